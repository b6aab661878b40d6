"""Export modals: ask where to write the Markdown report, and confirm before overwriting a file."""

from __future__ import annotations

import os
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; "no" is the default and esc means no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]

    def __init__(self, question: str, yes: str = "Overwrite") -> None:
        super().__init__(classes="modal")
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question), classes="dialog-text")
            with Horizontal(classes="buttons"):
                yield Button(f"{self.yes} (y)", variant="error", id="yes", compact=True)
                yield Button("Cancel (n)", variant="primary", id="no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")


class ExportScreen(ModalScreen[tuple[str, bool] | None]):
    """Where to write the report; returns (path, overwrite) or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default: str) -> None:
        super().__init__(classes="modal")
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Export the Markdown report", classes="dialog-title")
            yield Static(Text("Every event, cluster, conflict, number and only-in sentence, as `quotecheck "
                              "compare` writes it. A file that exists is never overwritten without asking."),
                         classes="dialog-text")
            yield Input(value=self.default, id="export-path")
            yield Static(Text(""), id="export-error", classes="dialog-error")
            with Horizontal(classes="buttons"):
                yield Button("Export", variant="primary", id="export", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#export")
    @on(Input.Submitted, "#export-path")
    def _export(self) -> None:
        path = os.path.expanduser(self.query_one(Input).value.strip())
        error = self.query_one("#export-error", Static)
        if not path:
            error.update(Text("Give a file name."))
            return
        if os.path.isdir(path):
            error.update(Text(f"{path} is a folder; give a file name."))
            return
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            error.update(Text(f"No folder {folder}."))
            return
        if os.path.lexists(path):
            def answered(yes: bool | None) -> None:
                if yes:
                    self.dismiss((path, True))

            self.app.push_screen(ConfirmScreen(f"{path} exists. Overwrite it?"), answered)
            return
        self.dismiss((path, False))
