"""The app's widgets; each defines the messages it sends."""
