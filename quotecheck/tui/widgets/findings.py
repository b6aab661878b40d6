"""The Conflicts & numbers tab: credits that disagree across outlets, and figures each outlet gives."""

from __future__ import annotations

from rich.text import Text

from quotecheck.tui.data import Kind, fold
from quotecheck.tui.render import (
    Doc,
    View,
    conflict_detail,
    conflict_summary,
    cut,
    fact_detail,
    fact_mark,
    fact_summary,
    plain,
)
from quotecheck.tui.widgets.table import ListPane

_KINDS = {"speaker": "credit", "venue": "venue", "headline": "headline", "imprecise": "vaguer"}


class FindingsPane(ListPane):
    """Attribution conflicts first, then number facts."""

    def columns(self, view: View, width: int) -> list[tuple[str, int]]:
        avail = max(30, width - 3 - 2 * 4)
        what = max(16, int((avail - 1 - 8) * 0.45))
        return [("", 1), ("Kind", 8), ("Claim or figure", what), ("Outlets", max(12, avail - 1 - 8 - what))]

    def rows(self, view: View, widths: list[int]) -> list[tuple[str, list[Text]]]:
        from quotecheck.extract import same_name  # not at start-up (see tui.data)

        p, e, f = view.palette, view.event, view.filters
        out: list[tuple[str, list[Text]]] = []
        for c in e.conflicts:
            if f.outlet is not None and all(m.file != f.outlet for m in c.members):
                continue
            if f.speaker is not None and not any(same_name(m.speaker, f.speaker) for m in c.members):
                continue
            if view.query and view.query not in fold(" ".join([c.claim, *(m.text for m in c.members),
                                                                *(m.speaker or "" for m in c.members)])):
                continue
            out.append((c.id, [Text("!", style=p.conflict, end=""), Text(_KINDS.get(c.kind, c.kind), end=""),
                               plain(c.claim, width=widths[2]), Text(cut(conflict_summary(c, e).plain, widths[3]),
                                                                    end="")]))
        if f.kind is Kind.CONFLICT or f.speaker is not None:
            return out
        for n in e.numbers:
            if f.outlet is not None and all(m.file != f.outlet for m in n.members):
                continue
            if view.query and view.query not in fold(" ".join(m.text + " " + (m.counts or "") for m in n.members)):
                continue
            figure = n.members[0].text + (f" {n.members[0].counts}" if n.members[0].counts else "")
            out.append((n.id, [fact_mark(n, p), Text("number", end=""), plain(figure, width=widths[2]),
                               Text(cut(fact_summary(n, e).plain, widths[3]), end="")]))
        return out

    def total(self, view: View) -> int:
        return len(view.event.conflicts) + len(view.event.numbers)

    def describe(self, view: View, key: str) -> Doc | Text:
        e = view.event
        for c in e.conflicts:
            if c.id == key:
                return conflict_detail(c, e, view.palette, view.query)
        for n in e.numbers:
            if n.id == key:
                return fact_detail(n, e, view.palette, view.query)
        return Text("")

    def empty(self, view: View) -> Text:
        if not view.event.conflicts and not view.event.numbers:
            return Text("No attribution conflict and no figure shared by two outlets in this event.",
                        style=view.palette.muted)
        return super().empty(view)
