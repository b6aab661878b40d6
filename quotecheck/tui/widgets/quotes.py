"""The Quotes tab: one row per quote cluster, and below it every version of the selected one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Resize
from textual.widgets import DataTable, Static

from quotecheck.tui.data import ClusterRow, Outlet, initials
from quotecheck.tui.render import View, cluster_detail, cut, outlet_headers, status_cell, status_legend, swatch
from quotecheck.tui.widgets.table import DetailView, NavTable

MIN_QUOTE = 30
"""Characters of the quote column the layout keeps before it shortens outlet headers (six words or so)."""
SPEAKER = 9
"""The speaker column: a colour bar, a conflict mark and a surname."""


@dataclass(frozen=True)
class Columns:
    """The Quotes table's layout: content widths (each column also has one blank cell after it)."""

    speaker: int
    quote: int
    outlets: tuple[int, ...]
    headers: tuple[str, ...]
    words: bool
    """Statuses as words ("verbatim") rather than glyphs."""


def column_widths(width: int, outlets: Sequence[Outlet], scrollbar: bool = True) -> Columns:
    """Speaker, quote and outlet columns for a table ``width`` cells wide (and a scrollbar, if it has one).

    Each outlet's header is its short name ("BBC", "Mirror"); statuses are words when every column can
    hold "truncated" and the quote keeps 48 characters. Headers are shortened (initials, then cut, the
    longest first) only while the quote column would show fewer than ``MIN_QUOTE`` characters.
    """
    avail = max(24, width - scrollbar) - (SPEAKER + 1) - 1  # the quote's own gap
    names = [o.short for o in outlets]
    if sum(max(9, len(n)) + 1 for n in names[:8]) + 48 <= avail and len(names) <= 8:
        cols = [min(12, max(9, len(n))) for n in names]
        headers, words = outlet_headers(names, 12), True
    else:
        headers, words = list(names), False
        while avail - sum(len(h) + 1 for h in headers) < MIN_QUOTE:
            i = max(range(len(headers)), key=lambda k: (len(headers[k]), -k), default=None)
            if i is None or len(headers[i]) <= 3:
                break
            short = initials(headers[i])
            headers[i] = short if short and len(short) < len(headers[i]) else headers[i][:-1]
        headers = [h if h in names else cut(names[i], max(3, len(h))) for i, h in enumerate(headers)]
        headers = outlet_headers(headers, max((len(h) for h in headers), default=3))
        cols = [max(1, len(h)) for h in headers]
    quote = max(10, avail - sum(c + 1 for c in cols))
    speaker = SPEAKER + max(0, min(11, quote - 72))
    return Columns(speaker, quote - (speaker - SPEAKER), tuple(cols), tuple(headers), words)


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
        self._scrollbar = True
        self.rows: list[ClusterRow] = []

    def compose(self) -> ComposeResult:
        yield NavTable(id="clusters", cell_padding=0)
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
        outlets = () if view.event.single else view.event.outlets  # one article: nothing to compare
        self._width = table.size.width or self.size.width or 80
        self._scrollbar = self._needs_scrollbar()
        cols = column_widths(self._width, outlets, self._scrollbar)
        with self.app.batch_update():
            table.clear(columns=True)
            table.add_column(Text("Speaker", end=""), width=cols.speaker + 1, key="speaker")
            table.add_column(Text("Quote", end=""), width=cols.quote + 1, key="quote")
            for o, header, w in zip(outlets, cols.headers, cols.outlets, strict=True):
                table.add_column(Text(header, end=""), width=w + 1, key=o.path)
            for r in self.rows:
                speaker = swatch(r.index, view.palette)
                speaker.append("!" if r.conflicts else " ", style=view.palette.conflict)
                speaker.append(speaker_label(r.speaker, cols.speaker - 2))
                cells = [speaker, Text(cut(r.words, cols.quote), end="")]
                cells += [status_cell(r, o.path, view.palette, cols.words) for o in outlets]
                table.add_row(*cells, key=r.cluster.id)
            table.restore(keep)
            legend = self.query_one("#status-legend", Static)
            legend.update(status_legend(view.palette))
            legend.display = not view.event.single  # one article: no statuses to explain
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
        if not e.rows and e.single:
            return Text(f"{e.id} has one article and no quotation in it. The Line-up tab shows its text.",
                        style=view.palette.muted)
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

    def _needs_scrollbar(self) -> bool:
        height = self.table.size.height
        return not height or len(self.rows) + 1 > height

    def on_resize(self, event: Resize) -> None:
        self._check_layout()
        self.call_after_refresh(self._check_layout)  # the table's own size settles after the pane's

    def _check_layout(self) -> None:
        if self._view is not None and (self.table.size.width != self._width
                                       or self._needs_scrollbar() != self._scrollbar):
            self._fill(self.table.current_key())
