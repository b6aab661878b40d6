"""The open modal: add a file, a folder or a glob to what is loaded."""

from __future__ import annotations

import glob
import os
import shlex

from quotecheck.tui.screens.prompt import PathPrompt


def split_paths(line: str) -> list[str]:
    """Paths typed on one line, shell-style quoting allowed, ``~`` expanded."""
    try:
        parts = shlex.split(line)
    except ValueError:
        parts = line.split()
    return [os.path.expanduser(p) for p in parts]


class OpenScreen(PathPrompt[list[str] | None]):
    """Paths to add; the articles already loaded stay."""

    NAME = "open"
    HEADING = "Open files or folders"
    HELP = (
        "Paths separated by spaces (quote names with spaces); folders are read whole, globs like "
        "reports/*.txt work, and URLs are fetched."
    )
    SUBMIT = "Open"

    def __init__(self) -> None:
        super().__init__(placeholder="path/to/article.txt  folder/  https://...")

    def submit(self, value: str) -> None:
        paths = split_paths(value)
        if not paths:
            self.show_error("Give a path.")
            return
        missing = [p for p in paths if "://" not in p and not os.path.exists(p) and not glob.glob(p)]
        if missing:
            self.show_error("Not found: " + ", ".join(missing))
            return
        self.dismiss(paths)
