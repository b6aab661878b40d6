"""The Search screen's table: one row per printing found in the archive (date, outlet, speaker as credited,
label against the earliest printing, file:line); enter opens the printing's article."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.message import Message
from textual.widgets import DataTable

from quotecheck.models import Printing
from quotecheck.text import one_line
from quotecheck.tui.archive import printing_label
from quotecheck.tui.render import Palette, cut
from quotecheck.tui.widgets.table import NavTable

LABEL_STYLES = {"earliest": "bold", "verbatim": "verbatim", "verbatim~": "verbatim", "truncated": "truncated",
                "changed": "changed", "spliced": "changed"}
"""Label -> the Palette attribute (or a plain style) it is drawn in."""


def column_widths(width: int) -> list[tuple[str, int]]:
    """Labels and widths of the columns for a table ``width`` cells wide (the rest goes to file:line)."""
    avail = max(40, width - 2 - 2 * 5)  # a scrollbar, one cell of padding each side of a column
    outlet = max(8, min(20, avail // 5))
    speaker = max(8, min(22, avail // 5))
    fixed = 10 + outlet + speaker + 9
    return [("Date", 10), ("Outlet", outlet), ("Speaker", speaker), ("Label", 9), ("Where", max(10, avail - fixed))]


def tail(text: str, width: int) -> str:
    """``text`` cut at the start (a path keeps its file name and line)."""
    return text if len(text) <= width else "…" + text[len(text) - max(0, width - 1):]


class PrintingTable(NavTable):
    """The printings of the last search, in the order the archive lists them."""

    class Chosen(Message):
        """The user pressed enter (or clicked) on a printing: open its article."""

        def __init__(self, printing: Printing) -> None:
            super().__init__()
            self.printing = printing

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.printings: list[Printing] = []
        self.labels: list[str] = []
        """The label of each row, as shown."""

    @property
    def current(self) -> Printing | None:
        key = self.current_key()
        return self.printings[int(key)] if key is not None else None

    def show(self, printings: Sequence[Printing], palette: Palette) -> None:
        """Replace the rows with ``printings``."""
        self.printings = list(printings)
        drift = any(p.earliest for p in printings)
        self.labels = [printing_label(p, drift) for p in printings]
        columns = column_widths(self.size.width or 100)
        widths = [w for _, w in columns]
        with self.app.batch_update():
            self.clear(columns=True)
            for name, w in columns:
                self.add_column(Text(name, style="bold", end=""), width=w)
            for i, (p, label) in enumerate(zip(self.printings, self.labels, strict=True)):
                self.add_row(*self._cells(p, label, widths, palette), key=str(i))
            self.restore(None)

    @staticmethod
    def _cells(p: Printing, label: str, widths: list[int], palette: Palette) -> list[Text]:
        day = p.published.isoformat() if p.published else "no date"
        style = LABEL_STYLES.get(label, "")
        style = getattr(palette, style, style)
        return [
            Text(day, style="" if p.published else palette.muted, end=""),
            Text(cut(one_line(p.outlet or "no outlet"), widths[1]), style="" if p.outlet else palette.muted, end=""),
            Text(cut(one_line(p.speaker or "nobody credited"), widths[2]), style="" if p.speaker else palette.muted,
                 end=""),
            Text(label, style=style, end=""),
            Text(tail(one_line(f"{p.file}:{p.line}"), widths[4]), style=palette.muted, end=""),
        ]

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        key = event.row_key.value
        if key is not None:
            self.post_message(self.Chosen(self.printings[int(key)]))
