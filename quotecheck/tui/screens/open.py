"""The open modal: add a file, a folder or a glob to what is loaded."""

from __future__ import annotations

import glob
import os
import shlex
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


def split_paths(line: str) -> list[str]:
    """Paths typed on one line, shell-style quoting allowed, ``~`` expanded."""
    try:
        parts = shlex.split(line)
    except ValueError:
        parts = line.split()
    return [os.path.expanduser(p) for p in parts]


class OpenScreen(ModalScreen[list[str] | None]):
    """Paths to add; the articles already loaded stay."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self) -> None:
        super().__init__(classes="modal")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Open files or folders", classes="dialog-title")
            yield Static(Text("Paths separated by spaces (quote names with spaces); folders are read "
                              "whole, globs like reports/*.txt work, and URLs are fetched."), classes="dialog-text")
            yield Input(placeholder="path/to/article.txt  folder/  https://...", id="open-path")
            yield Static(Text(""), id="open-error", classes="dialog-error")
            with Horizontal(classes="buttons"):
                yield Button("Open", variant="primary", id="open", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#open")
    @on(Input.Submitted, "#open-path")
    def _open(self) -> None:
        paths = split_paths(self.query_one(Input).value)
        if not paths:
            self.query_one("#open-error", Static).update(Text("Give a path."))
            return
        missing = [p for p in paths if "://" not in p and not os.path.exists(p) and not glob.glob(p)]
        if missing:
            self.query_one("#open-error", Static).update(Text("Not found: " + ", ".join(missing)))
            return
        self.dismiss(paths)
