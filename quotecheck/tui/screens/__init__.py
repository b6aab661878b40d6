"""The app's screens: the main screen and the modals (export, confirm, filter, open, help)."""
