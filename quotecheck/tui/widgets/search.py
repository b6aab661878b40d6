"""The search bar: `/` opens it, typing narrows every tab, enter keeps the search, esc clears it."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """A one-line search input, shown on demand."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "Clear search")]

    class Changed(Message):
        """The search text changed ("" when cleared)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Done(Message):
        """The user is done typing (enter keeps the search, esc clears it)."""

        def __init__(self, cleared: bool) -> None:
            super().__init__()
            self.cleared = cleared

    def compose(self) -> ComposeResult:
        yield Label("Search", id="search-label")
        yield Input(placeholder="words in quotes, speakers, sentences (enter: keep · esc: clear)", id="search-input")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    def open(self) -> None:
        self.display = True
        self.input.focus()

    def action_close(self) -> None:
        self.input.value = ""
        self.display = False
        self.post_message(self.Changed(""))
        self.post_message(self.Done(cleared=True))

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.display = False
        self.post_message(self.Done(cleared=not event.value.strip()))
