"""The loading panel: what is being read, and how far along."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static


class LoadingPanel(Vertical):
    """A label and a progress bar, shown while the worker reads and compares."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Starting…"), id="loading-label")
        yield ProgressBar(total=None, show_eta=False, id="loading-bar")

    def progress(self, done: int, total: int, label: str) -> None:
        self.query_one("#loading-label", Static).update(Text(label))
        self.query_one(ProgressBar).update(total=total, progress=done)
