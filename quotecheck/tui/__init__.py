"""The quotecheck terminal app (Textual): ``quotecheck [PATH...]`` or ``quotecheck tui PATH...``.

This is the only package that imports ``textual``, and only from ``app``, ``screens`` and ``widgets``;
``data`` (loading and the per-event view data) and ``render`` (Rich text) stay importable without it.
Start the app with ``quotecheck.tui.app.create_app(paths).run()``.
"""
