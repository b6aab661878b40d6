"""Reports: render pipeline results for people (tables, Markdown) and programs (JSON)."""
