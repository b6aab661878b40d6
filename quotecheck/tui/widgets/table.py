"""The two building blocks of every tab: a keyboard-first table and a scrolling detail view."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Static


class NavTable(DataTable[Text]):
    """A row-cursor table that also moves with j/k and g/G."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "Top", show=False),
        Binding("G", "scroll_bottom", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True)

    def current_key(self) -> str | None:
        """The key of the row under the cursor, None when the table is empty."""
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except Exception:  # the cursor can sit outside a table that was just cleared
            return None

    def restore(self, key: str | None) -> None:
        """Put the cursor back on the row with ``key`` (or the first row)."""
        if not self.row_count:
            return
        index = 0
        if key is not None:
            try:
                index = self.get_row_index(key)
            except Exception:  # the row was filtered out
                index = 0
        self.move_cursor(row=index, animate=False, scroll=True)


class DetailView(VerticalScroll):
    """A read-only pane of wrapped text, scrolled with the arrows, j/k and the mouse."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.can_focus = True
        self._body = Static(Text(""), classes="detail-body")

    def compose(self) -> ComposeResult:
        yield self._body

    def show(self, text: Text) -> None:
        self._body.update(text)
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        """What the view shows, as plain text (tests and the export of a selection use it)."""
        content = self._body.content
        return content.plain if isinstance(content, Text) else str(content)
