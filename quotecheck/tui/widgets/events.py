"""The events sidebar: each event with its dates, people and outlets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quotecheck.tui.data import EventData
from quotecheck.tui.render import Palette, event_label


class EventList(OptionList):
    """Events to choose from; moving the cursor shows an event, enter also jumps to its quotes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    class Chosen(Message):
        """The user moved to an event (``go`` when they pressed enter or clicked it)."""

        def __init__(self, event_id: str, go: bool) -> None:
            super().__init__()
            self.event_id = event_id
            self.go = go

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.border_title = "Events"
        self._quiet = False

    def show(self, events: Sequence[EventData], current: str | None, palette: Palette) -> None:
        """List ``events`` with the cursor on ``current``."""
        width = max(16, (self.size.width or 24) - 3)
        self._quiet = True
        try:
            options: list[Option | None] = []
            for i, e in enumerate(events):
                if i:
                    options.append(None)
                options.append(Option(event_label(e, width, palette), id=e.id))
            self.set_options(options)
            ids = [e.id for e in events]
            if current in ids:
                self.highlighted = self.get_option_index(str(current))
        finally:
            self.call_after_refresh(self._unquiet)

    def _unquiet(self) -> None:
        self._quiet = False

    @on(OptionList.OptionHighlighted)
    def _moved(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if not self._quiet and event.option.id is not None:
            self.post_message(self.Chosen(event.option.id, go=False))

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(event.option.id, go=True))
