"""A one-line path prompt: the shape the export and open modals share."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

ResultT = TypeVar("ResultT")


class PathPrompt(ModalScreen[ResultT]):
    """Title, help text, an input, an error line, and submit / cancel buttons; esc cancels.

    Subclasses name themselves (``NAME`` prefixes the widget ids: ``#<name>-path``, ``#<name>-error``,
    the submit button ``#<name>``) and decide what a submitted value means in ``submit``.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="close the dialog, nothing done"),
    ]
    NAME: ClassVar[str] = "prompt"
    HEADING: ClassVar[str] = ""
    HELP: ClassVar[str] = ""
    SUBMIT: ClassVar[str] = "OK"

    def __init__(self, value: str = "", placeholder: str = "") -> None:
        super().__init__(classes="modal")
        self.initial = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.HEADING, classes="dialog-title")
            yield Static(Text(self.HELP), classes="dialog-text")
            yield Input(value=self.initial, placeholder=self.placeholder, id=f"{self.NAME}-path")
            yield Static(Text(""), id=f"{self.NAME}-error", classes="dialog-error")
            with Horizontal(classes="buttons"):
                yield Button(self.SUBMIT, variant="primary", id=self.NAME, compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def show_error(self, message: str) -> None:
        self.query_one(f"#{self.NAME}-error", Static).update(Text(message))

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id == self.NAME:
            self.submit(self.query_one(Input).value)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.submit(event.value)

    def submit(self, value: str) -> None:
        """Act on the value: dismiss with a result, or ``show_error`` and stay."""
        raise NotImplementedError
