"""The two building blocks of every tab: a keyboard-first table and a scrolling detail view."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.events import Resize
from textual.widgets import DataTable, Static

from quotecheck.tui.render import Doc, View, doc_plain, doc_renderable


class NavTable(DataTable[Text]):
    """A row-cursor table that also moves with j/k and g/G."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "Top", show=False, tooltip="first row"),
        Binding("G", "scroll_bottom", "Bottom", show=False, tooltip="last row"),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None, cell_padding: int = 1) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row", zebra_stripes=True, cell_padding=cell_padding)

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
        Binding("j", "line(1)", "Down", show=False, tooltip="scroll down a line"),
        Binding("k", "line(-1)", "Up", show=False, tooltip="scroll up a line"),
        Binding("space", "page_down", "Page down", show=False),
    ]

    def action_line(self, step: int) -> None:
        self.scroll_relative(y=step, animate=False, immediate=True)  # key repeats add up

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.can_focus = True
        self._body = Static(Text(""), classes="detail-body")
        self._plain = ""

    def compose(self) -> ComposeResult:
        yield self._body

    def show(self, content: Doc | Text) -> None:
        if isinstance(content, Text):
            content = [(0, content)]
        self._plain = doc_plain(content)
        self._body.update(doc_renderable(content))
        self.scroll_home(animate=False)

    @property
    def text(self) -> str:
        """What the view shows, as plain text."""
        return self._plain


class ListPane(Vertical):
    """A table of items over the detail of the highlighted one; subclasses say what the rows are."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._view: View | None = None
        self._width = 0
        self.keys: list[str] = []

    def compose(self) -> ComposeResult:
        yield NavTable(classes="list-table")
        yield DetailView(classes="list-detail")

    @property
    def table(self) -> NavTable:
        return self.query_one(NavTable)

    @property
    def detail(self) -> DetailView:
        return self.query_one(DetailView)

    def columns(self, view: View, width: int) -> list[tuple[str, int]]:
        """Column labels and widths for a table ``width`` cells wide."""
        raise NotImplementedError

    def rows(self, view: View, widths: list[int]) -> list[tuple[str, list[Text]]]:
        """Row keys and cells, filtered by the view's search and filter."""
        raise NotImplementedError

    def describe(self, view: View, key: str) -> Doc | Text:
        """The detail of row ``key``."""
        raise NotImplementedError

    def empty(self, view: View) -> Text:
        return Text("Nothing here matches the search or filter.", style=view.palette.muted)

    def total(self, view: View) -> int:
        """Rows with no search and no filter."""
        raise NotImplementedError

    def count(self, view: View) -> tuple[int, int]:
        """Rows the view's search and filter leave, and rows in all."""
        return len(self.rows(view, [20] * 4)), self.total(view)

    def update_view(self, view: View) -> None:
        same = self._view is not None and self._view.event.id == view.event.id
        keep = self.table.current_key() if same else None
        self._view = view
        self._fill(keep)

    def _fill(self, keep: str | None) -> None:
        view = self._view
        if view is None:
            return
        table = self.table
        self._width = table.size.width or self.size.width or 80
        columns = self.columns(view, self._width)
        rows = self.rows(view, [w for _, w in columns])
        self.keys = [k for k, _ in rows]
        with self.app.batch_update():
            table.clear(columns=True)
            for label, width in columns:
                table.add_column(Text(label, style="bold", end=""), width=width)
            for key, cells in rows:
                table.add_row(*cells, key=key)
            table.restore(keep)
            self._show(table.current_key())

    def _show(self, key: str | None) -> None:
        view = self._view
        if view is None:
            return
        self.detail.show(self.empty(view) if key is None else self.describe(view, key))

    @on(DataTable.RowHighlighted, ".list-table")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show(event.row_key.value)

    @on(DataTable.RowSelected, ".list-table")
    def _selected(self) -> None:
        self.detail.focus()

    def on_resize(self, event: Resize) -> None:
        if self._view is not None and self.table.size.width != self._width:
            self._fill(self.table.current_key())
