"""The filter modal: narrow the tabs to a speaker, an outlet and a kind of difference."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from quotecheck.text import one_line
from quotecheck.tui.data import EventData, Filters, Kind


class FilterScreen(ModalScreen[Filters | None]):
    """Three choices, each "any" by default; returns the new filters or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="close the dialog, nothing done"),
    ]

    def __init__(self, event: EventData, current: Filters) -> None:
        super().__init__(classes="modal")
        self.event = event
        self.current = current

    def compose(self) -> ComposeResult:
        speakers = self.event.speakers()
        with Vertical(classes="dialog"):
            yield Label("Filter", classes="dialog-title")
            yield Static(Text("Speaker and kind narrow the Quotes tab (speaker also the conflicts); outlet "
                              "narrows every tab."), classes="dialog-text")
            with Horizontal(classes="field"):
                yield Label("Speaker")
                yield Select([(Text(one_line(s)), s) for s in speakers], prompt="any speaker", id="speaker",
                             value=self.current.speaker if self.current.speaker in speakers else Select.NULL,
                             compact=True)
            outlets = [o.path for o in self.event.outlets]
            with Horizontal(classes="field"):
                yield Label("Outlet")
                yield Select([(Text(o.name), o.path) for o in self.event.outlets], prompt="any outlet", id="outlet",
                             value=self.current.outlet if self.current.outlet in outlets else Select.NULL,
                             compact=True)
            with Horizontal(classes="field"):
                yield Label("Kind")
                yield Select([(Text(k.value), k) for k in Kind], prompt="any kind of difference", id="kind",
                             value=self.current.kind if self.current.kind is not None else Select.NULL,
                             compact=True)
            with Horizontal(classes="buttons"):
                yield Button("Apply", variant="primary", id="apply", compact=True)
                yield Button("Clear", id="clear", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#speaker", Select).focus()

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#clear")
    def _clear(self) -> None:
        self.dismiss(Filters())

    @on(Button.Pressed, "#apply")
    def _apply(self) -> None:
        def value(select_id: str) -> object:
            v = self.query_one(f"#{select_id}", Select).value
            return None if v is Select.NULL else v

        speaker, outlet, kind = value("speaker"), value("outlet"), value("kind")
        self.dismiss(Filters(
            speaker=speaker if isinstance(speaker, str) else None,
            outlet=outlet if isinstance(outlet, str) else None,
            kind=kind if isinstance(kind, Kind) else None,
        ))
