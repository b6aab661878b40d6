"""The Line-up tab: the event's outlets side by side, one row per thing reported."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.events import Resize
from textual.widgets import DataTable, Static

from quotecheck.models import LineupRow
from quotecheck.tui.data import fold
from quotecheck.tui.render import View, lineup_cell
from quotecheck.tui.widgets.table import NavTable

MIN_COLUMN = 26
"""Narrowest useful column; below three of these the tab falls back to two outlets side by side."""


class LineupTable(NavTable):
    """A cell-cursor table: left and right move between outlets and scroll sideways."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor_type = "cell"


class _Layout:
    """Which outlets one event shows, in which order (kept per event while the app runs)."""

    def __init__(self, files: tuple[str, ...]) -> None:
        self.order = list(files)
        self.hidden: set[str] = set()
        self.offset = 0

    def visible(self) -> list[str]:
        return [p for p in self.order if p not in self.hidden]


class LineupPane(Vertical):
    """A caption and the line-up table; the keys hide, reorder and shift outlets."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x", "hide_outlet", "Hide outlet", show=False, tooltip="hide the outlet under the cursor"),
        Binding("a", "show_all", "All outlets", show=False, tooltip="show every outlet again"),
        Binding("less_than_sign", "move_outlet(-1)", "Move left", show=False, key_display="<",
                tooltip="move the outlet left"),
        Binding("greater_than_sign", "move_outlet(1)", "Move right", show=False, key_display=">",
                tooltip="move the outlet right"),
        Binding("left_square_bracket", "shift(-1)", "Shift", show=False, key_display="[",
                tooltip="previous pair of outlets (narrow terminal), else move left"),
        Binding("right_square_bracket", "shift(1)", "Shift", show=False, key_display="]",
                tooltip="next pair of outlets (narrow terminal), else move right"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._view: View | None = None
        self._layouts: dict[str, _Layout] = {}
        self._width = 0
        self.shown: list[str] = []
        """The outlets (paths) in the table's columns, left to right."""
        self.narrow = False

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="lineup-caption")
        yield LineupTable(id="lineup")

    @property
    def table(self) -> LineupTable:
        return self.query_one("#lineup", LineupTable)

    def _layout(self) -> _Layout | None:
        if self._view is None:
            return None
        e = self._view.event
        return self._layouts.setdefault(e.id, _Layout(tuple(o.path for o in e.outlets)))

    def update_view(self, view: View) -> None:
        self._view = view
        self._fill()

    def _fill(self) -> None:
        view, layout = self._view, self._layout()
        if view is None or layout is None:
            return
        table = self.table
        event = view.event
        self._width = self.size.width or 80
        avail = max(20, self._width - 3)
        visible = layout.visible()
        self.narrow = avail < 3 * (MIN_COLUMN + 2) and len(visible) > 2
        if self.narrow:
            layout.offset = max(0, min(layout.offset, len(visible) - 2))
            shown = visible[layout.offset : layout.offset + 2]
        else:
            layout.offset = 0
            shown = visible
        self.shown = shown
        fit = max(1, min(len(shown), avail // (MIN_COLUMN + 2)))  # whole columns on screen; the rest scroll
        col_w = max(MIN_COLUMN, avail // fit - 2)
        rows = self._rows(view, shown)
        cursor = table.cursor_coordinate
        with self.app.batch_update():
            table.clear(columns=True)
            for path in shown:
                table.add_column(Text(event.outlet(path).name, style="bold", end=""), width=col_w, key=path)
            for row in rows:
                cells = [lineup_cell(event, row, path, view.palette, view.query) for path in shown]
                table.add_row(*cells, key=row.id, height=None)
            if rows and shown:
                table.move_cursor(row=min(cursor.row, len(rows) - 1), column=min(cursor.column, len(shown) - 1),
                                  animate=False)
            self.query_one("#lineup-caption", Static).update(self._caption(view, rows, shown, visible))

    def count(self, view: View) -> tuple[int, int]:
        """Rows the view's search and filter leave (every outlet shown), and rows in all."""
        total = len(view.event.lineup.rows) if view.event.lineup else 0
        return len(self._rows(view, [o.path for o in view.event.outlets])), total

    def _rows(self, view: View, shown: list[str]) -> list[LineupRow]:
        lineup = view.event.lineup
        if lineup is None:
            return []
        keep = set(shown)
        out = []
        for row in lineup.rows:
            cells = [c for c in row.cells if c.file in keep]
            if not cells:
                continue
            if view.filters.outlet is not None and not any(c.file == view.filters.outlet for c in row.cells):
                continue
            if view.query and not any(view.query in fold(c.text) for c in cells):
                continue
            out.append(row)
        return out

    def _caption(self, view: View, rows: list[LineupRow], shown: list[str], visible: list[str]) -> Text:
        p = view.palette
        event = view.event
        out = Text(end="")
        if event.lineup is None or not event.lineup.rows:
            out.append("No sentences to line up.", style=p.muted)
            return out
        total = len(event.lineup.rows)
        out.append(f"{len(rows)} of {total} rows" if len(rows) != total else f"{total} rows", style="bold")
        out.append(f" · {len(shown)} of {len(event.outlets)} outlets" if len(shown) != len(event.outlets)
                   else f" · {len(shown)} outlets", style=p.muted)
        keys = " · [ ] next pair" if self.narrow else " · ← → scroll"
        out.append(keys + " · x hide · < > move · a all", style=p.muted)
        return out

    def _current_outlet(self) -> str | None:
        if not self.shown:
            return None
        return self.shown[min(self.table.cursor_column, len(self.shown) - 1)]

    def action_hide_outlet(self) -> None:
        layout, path = self._layout(), self._current_outlet()
        if layout is None or path is None:
            return
        if len(layout.visible()) <= 1:
            self.app.bell()
            return
        layout.hidden.add(path)
        self._fill()

    def action_show_all(self) -> None:
        layout = self._layout()
        if layout is not None:
            layout.hidden.clear()
            self._fill()

    def action_move_outlet(self, step: int) -> None:
        layout, path = self._layout(), self._current_outlet()
        if layout is None or path is None:
            return
        i = layout.order.index(path)
        j = i + step
        visible = layout.visible()
        while 0 <= j < len(layout.order) and layout.order[j] not in visible:
            j += step
        if not 0 <= j < len(layout.order):
            self.app.bell()
            return
        layout.order[i], layout.order[j] = layout.order[j], layout.order[i]
        column = self.table.cursor_column
        self._fill()
        new_col = self.shown.index(path) if path in self.shown else column
        self.table.move_cursor(column=new_col, animate=False)

    def action_shift(self, step: int) -> None:
        layout = self._layout()
        if layout is None:
            return
        if self.narrow:
            layout.offset += step
            self._fill()
        else:
            table = self.table
            table.move_cursor(column=max(0, min(len(self.shown) - 1, table.cursor_column + step)))

    def on_resize(self, event: Resize) -> None:
        if self._view is not None and self.size.width != self._width:
            self._fill()

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        event.stop()
