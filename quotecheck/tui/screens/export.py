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
from textual.widgets import Button, Static

from quotecheck.tui.screens.prompt import PathPrompt


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; "no" is the default and esc means no."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No", tooltip="overwrite? no: pick another path"),
        Binding("y", "answer(True)", "Yes", tooltip="overwrite? yes"),
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


class ExportScreen(PathPrompt[tuple[str, bool] | None]):
    """Where to write the report; returns (path, overwrite) or None when cancelled."""

    NAME = "export"
    HEADING = "Export the Markdown report"
    HELP = (
        "Every event, cluster, conflict, number and only-in sentence, as `quotecheck compare` writes it. "
        "A file that exists is never overwritten without asking."
    )
    SUBMIT = "Export"

    def __init__(self, default: str) -> None:
        super().__init__(value=default)
        self.default = default

    def submit(self, value: str) -> None:
        path = os.path.expanduser(value.strip())
        if not path:
            self.show_error("Give a file name.")
            return
        if os.path.isdir(path):
            self.show_error(f"{path} is a folder; give a file name.")
            return
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            self.show_error(f"No folder {folder}.")
            return
        if os.path.lexists(path):
            def answered(yes: bool | None) -> None:
                if yes:
                    self.dismiss((path, True))

            self.app.push_screen(ConfirmScreen(f"{path} exists. Overwrite it?"), answered)
            return
        self.dismiss((path, False))
