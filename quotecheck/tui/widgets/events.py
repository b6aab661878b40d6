"""The events sidebar: each event with its dates, people and outlets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.binding import Binding, BindingType
from textual.events import Resize
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
        self._shown: tuple[tuple[EventData, ...], str | None, Palette] | None = None
        self._matching: dict[str, int] | None = None
        self._width = 0

    def show(self, events: Sequence[EventData], current: str | None, palette: Palette) -> None:
        """List ``events`` with the cursor on ``current``."""
        self._shown = (tuple(events), current, palette)
        self._matching = None
        width = max(12, (self.size.width or 20) - 3)  # the options' padding and a scrollbar
        self._width = self.size.width
        self._quiet = True
        try:
            options: list[Option | None] = []
            for i, e in enumerate(events):
                if i:
                    options.append(None)
                options.append(Option(self._label(e, width, palette), id=e.id))
            self.set_options(options)
            ids = [e.id for e in events]
            if current in ids:
                self.highlighted = self.get_option_index(str(current))
        finally:
            self.call_after_refresh(self._unquiet)

    def _label(self, event: EventData, width: int, palette: Palette) -> Text:
        matching = self._matching.get(event.id) if self._matching is not None else None
        return event_label(event, width, palette, matching=matching)

    def update_counts(self, matching: dict[str, int] | None) -> None:
        """Show how many quotes of each event match the search and filter (None: no count of matches)."""
        if self._shown is None or matching == self._matching:
            return
        self._matching = matching
        events, _, palette = self._shown
        width = max(12, (self.size.width or 20) - 3)
        for e in events:
            self.replace_option_prompt(e.id, self._label(e, width, palette))

    def on_resize(self, event: Resize) -> None:
        """Labels are cut to the list's width: draw them again when it changes (the sidebar shown or resized)."""
        if self._shown is not None and self.size.width != self._width:
            events, _, palette = self._shown
            highlighted, matching = self.highlighted, self._matching
            current = self.get_option_at_index(highlighted).id if highlighted is not None else self._shown[1]
            self.show(events, current, palette)
            self.update_counts(matching)

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
