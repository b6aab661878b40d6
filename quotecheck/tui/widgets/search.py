"""The search bar, always at the bottom: `/` focuses it, typing narrows every tab, enter keeps the
search and goes back to the table, esc clears it. The filter in force is shown on its right."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label, Static


class SearchBar(Horizontal):
    """A one-line search input and the active filter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Clear search", tooltip="clear the search and go back to the table"),
    ]

    class Changed(Message):
        """The search text changed ("" when cleared)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Done(Message):
        """The user left the search (enter keeps it, esc clears it)."""

        def __init__(self, cleared: bool) -> None:
            super().__init__()
            self.cleared = cleared

    def compose(self) -> ComposeResult:
        yield Label("/", id="search-label")
        yield Input(placeholder="search quotes, speakers, sentences", id="search-input",
                    compact=True)
        yield Static(Text(""), id="status")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def show_status(self, text: Text) -> None:
        status = self.query_one("#status", Static)
        status.update(text)
        status.display = bool(text.plain)

    def action_close(self) -> None:
        had = bool(self.input.value)
        self.input.value = ""
        if had:
            self.post_message(self.Changed(""))
        self.post_message(self.Done(cleared=True))

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Done(cleared=not event.value.strip()))
