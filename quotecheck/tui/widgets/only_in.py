"""The Only in tab: what one outlet reports and the others leave out, grouped by outlet."""

from __future__ import annotations

from rich.text import Text

from quotecheck.tui.data import fold
from quotecheck.tui.render import Doc, View, cut, only_in_detail, plain
from quotecheck.tui.widgets.table import ListPane

_SHORT = {"named person": "person", "counter-framing": "counter", "number": "figure"}


class OnlyInPane(ListPane):
    """One row per sentence, outlet by outlet, most telling first within each."""

    def columns(self, view: View, width: int) -> list[tuple[str, int]]:
        avail = max(30, width - 3 - 2 * 3)
        outlet = max(6, min(14, max((len(o.short) for o in view.event.outlets), default=6)))
        why = 16 if avail > 70 else 0
        cols = [("Outlet", outlet), ("Sentence", max(12, avail - outlet - why))]
        return [*cols, ("Why", why)] if why else cols

    def rows(self, view: View, widths: list[int]) -> list[tuple[str, list[Text]]]:
        e, f = view.event, view.filters
        order = {o.path: i for i, o in enumerate(e.outlets)}
        items = sorted(e.only_in, key=lambda o: (order.get(o.file, 99), -o.score, o.span.start))
        out: list[tuple[str, list[Text]]] = []
        last = None
        for o in items:
            if f.outlet is not None and o.file != f.outlet:
                continue
            if view.query and view.query not in fold(o.text):
                continue
            name = e.outlet(o.file).short if o.file != last else ""
            last = o.file
            cells = [Text(cut(name, widths[0]), style="bold", end=""), plain(o.text, width=widths[1])]
            if len(widths) > 2 and widths[2]:
                why = ", ".join(_SHORT.get(r, r) for r in o.reasons)
                cells.append(Text(cut(why, widths[2]), style=view.palette.muted, end=""))
            out.append((o.id, cells))
        return out

    def total(self, view: View) -> int:
        return len(view.event.only_in)

    def describe(self, view: View, key: str) -> Doc | Text:
        for o in view.event.only_in:
            if o.id == key:
                return only_in_detail(o, view.event, view.palette, view.query)
        return Text("")

    def empty(self, view: View) -> Text:
        if len(view.event.outlets) < 2:
            return Text("A single article: nothing to compare it with.", style=view.palette.muted)
        if not view.event.only_in:
            return Text("Every sentence is reported by more than one outlet.", style=view.palette.muted)
        return super().empty(view)
