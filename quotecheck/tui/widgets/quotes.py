"""The Quotes tab: one row per quote cluster, and below it every version of the selected one."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Resize
from textual.widgets import DataTable, Static

from quotecheck.tui.data import ClusterRow, Outlet
from quotecheck.tui.render import View, cluster_detail, cut, outlet_headers, status_cell, status_legend, swatch
from quotecheck.tui.widgets.table import DetailView, NavTable


def column_widths(width: int, outlets: tuple[Outlet, ...]) -> tuple[int, int, int, bool]:
    """Speaker, quote and per-outlet widths for a table ``width`` cells wide, and whether statuses fit as words."""
    n = len(outlets)
    avail = max(24, width - 2 - 2 * (n + 2))  # a scrollbar, and one cell of padding each side of a column
    if avail - n * 9 >= 48:
        outlet_w, words = max(9, min(12, max((len(o.short) for o in outlets), default=9))), True
    else:
        longest = max((len(o.tag) for o in outlets), default=3)
        outlet_w, words = max(3, min(6, longest, (avail - 26) // max(1, n))), False
    rest = avail - n * outlet_w
    speaker_w = max(9, min(20, int(rest * 0.36)))
    return speaker_w, max(10, rest - speaker_w), outlet_w, words


def speaker_label(name: str, width: int) -> str:
    """The name, or a person's surname when the name does not fit, else cut."""
    if len(name) <= width:
        return name
    words = name.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and len(words[-1]) <= width:
        return words[-1]
    return cut(name, width)


class QuotesPane(Vertical):
    """The cluster table, a status legend and the detail of the highlighted cluster."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._view: View | None = None
        self._width = 0
        self.rows: list[ClusterRow] = []

    def compose(self) -> ComposeResult:
        yield NavTable(id="clusters")
        yield Static(Text(""), id="status-legend")
        yield DetailView(id="cluster-detail")

    @property
    def table(self) -> NavTable:
        return self.query_one("#clusters", NavTable)

    @property
    def detail(self) -> DetailView:
        return self.query_one("#cluster-detail", DetailView)

    @property
    def current(self) -> ClusterRow | None:
        key = self.table.current_key()
        return next((r for r in self.rows if r.cluster.id == key), None)

    def update_view(self, view: View) -> None:
        keep = self.table.current_key() if self._view and self._view.event.id == view.event.id else None
        self._view = view
        self._fill(keep)

    def refresh_detail(self, view: View) -> None:
        """Show the same rows again, with new diffs or colours (a reference change, a theme change)."""
        self._view = view
        self._show(self.current)

    def _fill(self, keep: str | None) -> None:
        view = self._view
        if view is None:
            return
        table = self.table
        self.rows = [r for r in view.event.rows if r.matches(view.filters, view.query)]
        outlets = view.event.outlets
        self._width = table.size.width or self.size.width or 80
        speaker_w, quote_w, outlet_w, words = column_widths(self._width, outlets)
        with self.app.batch_update():
            table.clear(columns=True)
            table.add_column(Text("Speaker", end=""), width=speaker_w, key="speaker")
            table.add_column(Text("Quote", end=""), width=quote_w, key="quote")
            names = [o.short if words else o.tag for o in outlets]
            for o, header in zip(outlets, outlet_headers(names, outlet_w), strict=True):
                table.add_column(Text(header, end=""), width=outlet_w, key=o.path)
            for r in self.rows:
                speaker = swatch(r.index, view.palette)
                speaker.append("!" if r.conflicts else " ", style=view.palette.conflict)
                speaker.append(speaker_label(r.speaker, speaker_w - 2))
                cells = [speaker, Text(cut(r.words, quote_w), end="")]
                cells += [status_cell(r, o.path, view.palette, words) for o in outlets]
                table.add_row(*cells, key=r.cluster.id)
            table.restore(keep)
            self.query_one("#status-legend", Static).update(status_legend(view.palette))
            self._show(self.current)

    def _show(self, row: ClusterRow | None) -> None:
        view = self._view
        if view is None:
            return
        if row is None:
            self.detail.show(self._empty(view))
            return
        diffs = None
        if view.reference is not None and row.members_of(view.reference):
            ref = view.reference_diffs
            diffs = {} if ref is None else ref.get(row.cluster.id, {})
        self.detail.show(cluster_detail(view.event, row, view.reference, diffs, view.palette, view.query))

    @staticmethod
    def _empty(view: View) -> Text:
        e = view.event
        if not e.rows and len(e.outlets) < 2:
            return Text(f"{e.id} has one article: quotes are compared when two outlets print them. "
                        "The Line-up and Only in tabs show its text.", style=view.palette.muted)
        if not e.rows:
            return Text("No quote appears in more than one outlet of this event.", style=view.palette.muted)
        return Text("No quote cluster matches the search or filter. Esc clears the search, f changes the filter.",
                    style=view.palette.muted)

    @on(DataTable.RowHighlighted, "#clusters")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        key = event.row_key.value
        self._show(next((r for r in self.rows if r.cluster.id == key), None))

    @on(DataTable.RowSelected, "#clusters")
    def _selected(self) -> None:
        self.detail.focus()

    def on_resize(self, event: Resize) -> None:
        if self._view is not None and abs(self.table.size.width - self._width) >= 1:
            self._fill(self.table.current_key())
