"""Rich ``Text`` for everything the app shows: article words are only ever plain text with styles.

No function here parses markup: article text goes through ``safe_for_terminal`` and into
``Text.append``, so a ``[bold]`` or an escape sequence in an article is shown as typed, never obeyed.
Colours come from a ``Palette`` built from the app theme's variables, so light and dark themes both read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Group
from rich.padding import Padding
from rich.text import Text

from quotecheck.models import (
    AttributionConflict,
    ChangeKind,
    ClusterMember,
    DiffOp,
    LineupRow,
    NumberFact,
    OnlyIn,
    Quote,
    Span,
    WordDiff,
)
from quotecheck.report.explain import chain_text
from quotecheck.text import one_line, safe_for_terminal
from quotecheck.tui.data import ClusterRow, EventData, Filters, Status, reference_member

GLYPHS = {Status.VERBATIM: "=", Status.TRUNCATED: "…", Status.CHANGED: "≠", Status.MISSING: "·"}
WORDS = {Status.VERBATIM: "verbatim", Status.TRUNCATED: "truncated", Status.CHANGED: "changed",
         Status.MISSING: "·"}
RELATION_WORDS = {"verbatim": "verbatim", "near_verbatim": "near verbatim", "truncated": "truncated",
                  "spliced": "spliced", "paraphrased": "paraphrased"}

_DARK_CLUSTERS = ("#5fafff", "#ffaf5f", "#87d787", "#d787d7", "#5fd7d7", "#ffd75f", "#ff8787", "#afafff")
_LIGHT_CLUSTERS = ("#005fd7", "#af5f00", "#008700", "#af00af", "#008787", "#875f00", "#d70000", "#5f00d7")


@dataclass(frozen=True)
class Palette:
    """Rich style strings for every meaning the app colours."""

    dropped: str = "strike red"
    added: str = "bold green"
    cosmetic: str = "underline yellow"
    moved: str = "italic magenta"
    outside: str = "dim"
    verbatim: str = "green"
    truncated: str = "yellow"
    changed: str = "bold red"
    missing: str = "dim"
    conflict: str = "bold red"
    muted: str = "dim"
    heading: str = "bold"
    label: str = "bold blue"
    match: str = "reverse"
    quote: str = "italic"
    clusters: tuple[str, ...] = _DARK_CLUSTERS

    def status(self, status: Status) -> str:
        return {Status.VERBATIM: self.verbatim, Status.TRUNCATED: self.truncated, Status.CHANGED: self.changed,
                Status.MISSING: self.missing}[status]

    def cluster(self, index: int) -> str:
        return self.clusters[index % len(self.clusters)]


def palette_for(variables: dict[str, str], dark: bool) -> Palette:
    """A palette from a Textual theme's resolved CSS variables (``App.theme_variables``)."""

    def var(name: str, fallback: str) -> str:
        value = variables.get(name, "")
        return value if value.startswith("#") and len(value) in (4, 7) else fallback

    red, green = var("text-error", "red"), var("text-success", "green")
    yellow, blue = var("text-warning", "yellow"), var("text-primary", "blue")
    return Palette(
        dropped=f"strike {red}", added=f"bold {green}", cosmetic=f"underline {yellow}",
        moved=f"italic {var('text-secondary', 'magenta')}", verbatim=green, truncated=yellow,
        changed=f"bold {red}", conflict=f"bold {red}", label=f"bold {blue}",
        clusters=_DARK_CLUSTERS if dark else _LIGHT_CLUSTERS,
    )


def plain(text: str | None, style: str = "", width: int | None = None) -> Text:
    """Article text, made safe, on one line (cut to ``width`` with an ellipsis), as a Text (never markup)."""
    return Text(one_line(text or "", width), style=style, end="")


def flowing(text: str | None, style: str = "") -> Text:
    """Article text, made safe, keeping its line breaks (wrapped by the widget)."""
    return Text(safe_for_terminal(text or "").strip(), style=style, end="")


def label(words: str, style: str) -> Text:
    """A styled lead-in that what is appended after it does not inherit."""
    out = Text(end="")
    out.append(words, style=style)
    return out


def cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(0, width - 1)].rstrip() + "…"


Doc = list[tuple[int, Text]]
"""A detail pane's content: paragraphs with their indent (wrapped lines keep it)."""


def doc_renderable(doc: Doc) -> Group:
    """The paragraphs as one Rich renderable, each wrapped within its indent."""
    parts = []
    for indent, text in doc:
        line = text.copy()
        line.end = "\n"
        parts.append(Padding(line, (0, 0, 0, indent)) if indent else line)
    return Group(*parts)


def doc_plain(doc: Doc) -> str:
    return "\n".join(" " * indent + text.plain for indent, text in doc)


def highlight(text: Text, query: str, style: str) -> Text:
    """Mark every case-insensitive occurrence of ``query`` (search), in place."""
    if query:
        text.highlight_words([query], style=style, case_sensitive=False)
    return text


# --- Quotes tab --------------------------------------------------------------------------------------


def status_cell(row: ClusterRow, path: str, palette: Palette, words: bool) -> Text:
    status = row.statuses.get(path, Status.MISSING)
    shown = WORDS[status] if words else GLYPHS[status]
    if status is Status.VERBATIM and path in row.cosmetic:
        shown = "verbatim~" if words else "≈"
    if status is Status.VERBATIM and path == row.anchor.file:
        return Text(shown, style=f"bold {palette.verbatim}", end="")
    return Text(shown, style=palette.status(status), end="")


def swatch(index: int, palette: Palette) -> Text:
    return label("▌", palette.cluster(index))


def diff_text(diff: WordDiff, palette: Palette) -> Text:
    """A version against its base: dropped words struck, added words bold, cosmetic underlined."""
    out = Text(end="")
    ops = list(diff.ops)
    edges = _edges(diff)
    for i, op in enumerate(ops):
        if out.plain and not out.plain.endswith(" "):
            out.append(" ")
        if op.op is DiffOp.EQUAL:
            out.append(one_line(op.old))
        elif op.change is ChangeKind.COSMETIC:
            out.append(one_line(op.new), style=palette.cosmetic)
        elif op.reason == "not quoted":
            if not out.plain.rstrip().endswith("…"):
                out.append("…", style=palette.outside)
        elif op.op is DiffOp.DELETE:
            out.append(one_line(op.old), style=palette.dropped)
        elif op.op is DiffOp.INSERT:
            out.append(one_line(op.new), style=palette.outside if i in edges else palette.added)
        elif op.op is DiffOp.MOVE:
            out.append(one_line(op.old), style=palette.moved)
            out.append(" (moved)", style=palette.muted)
        else:
            out.append(one_line(op.old), style=palette.dropped)
            out.append(" ")
            out.append(one_line(op.new), style=palette.added)
    return out


def _longer(diff: WordDiff) -> bool:
    """Whether the version runs past its base (the base is a shorter reference, not the fullest)."""
    added = sum(len(op.new.split()) for op in diff.ops if op.op is DiffOp.INSERT)
    dropped = sum(len(op.old.split()) for op in diff.ops if op.op is DiffOp.DELETE)
    return added > dropped


def diff_note(diff: WordDiff) -> str:
    reasons = sorted({op.reason for op in diff.ops if op.change is ChangeKind.COSMETIC and op.reason})
    parts = [] if diff.substantive else ["same words"]
    if reasons:
        parts.append("cosmetic: " + ", ".join(reasons))
    return "; ".join(parts)


def credit_line(member: ClusterMember, quote: Quote | None, palette: Palette) -> Text:
    """Speaker, the words that credit them, the cue and the venue."""
    out = label("credit ", palette.muted)
    out.append(one_line(member.speaker or "no one named"), style="bold")
    if quote is not None and quote.mention and quote.mention != member.speaker:
        out.append(" as “")
        out.append(one_line(quote.mention))
        out.append("”")
    if quote is not None and quote.cue:
        out.append(" · cue ", style=palette.muted)
        out.append(one_line(quote.cue))
    out.append(" · venue ", style=palette.muted)
    out.append(one_line(member.venue) if member.venue else "not given", style="" if member.venue else palette.muted)
    return out


def why_line(quote: Quote | None, palette: Palette) -> Text | None:
    """Why the credit reads as it does: the rule that made it and how its mention was resolved."""
    trace = quote.credit if quote is not None else None
    if trace is None:
        return None
    out = label("why ", palette.muted)
    out.append(trace.rule, style="bold")
    if trace.carried_from:
        out.append(f" (carried from {trace.carried_from})", style=palette.muted)
    if len(trace.chain) > 1:
        out.append(" · ", style=palette.muted)
        out.append(chain_text(trace))
    return out


def sentence_text(event: EventData, path: str, span: Span | None, palette: Palette,
                  focus: Span | None = None, elide: int | None = None) -> Text:
    """The sentence around a quote, with the quoted words in the cluster colour and ``focus`` bold.

    With ``elide``, a ``focus`` quote longer than that many characters (shown just above) becomes "…".
    """
    if span is None:
        return Text("", end="")
    raw = event.raw(path)
    out = Text(end="")
    pos = span.start
    marks: list[tuple[int, int, str, bool]] = []
    for q in event.quotes_in(path, span):
        index = event.cluster_of_quote.get(q.id)
        style = palette.cluster(index) if index is not None else palette.quote
        short = False
        if focus is not None and q.span.start == focus.start:
            style = f"bold underline {style}"
            short = elide is not None and len(q.span) > elide
        marks.append((q.span.start, min(q.span.end, span.end), style, short))
    for start, end, style, short in marks:
        if start < pos:
            continue
        out.append(safe_for_terminal(raw[pos:start]))
        out.append("…" if short else safe_for_terminal(raw[start:end]), style=style)
        pos = end
    out.append(safe_for_terminal(raw[pos : span.end]))
    return Text(" ", end="").join(line for line in out.split("\n") if line.plain.strip())


def cluster_detail(
    event: EventData,
    row: ClusterRow,
    reference: str | None,
    diffs: dict[str, WordDiff] | None,
    palette: Palette,
    query: str = "",
) -> Doc:
    """Every version stacked, each with its word diff against the reference, credit line and sentence."""
    if event.single:
        return single_detail(event, row, palette, query)
    base = reference_member(row, reference)
    if diffs is None:
        diffs = {d.other: d for d in row.cluster.diffs} if base.quote_id == row.cluster.anchor else {}
    head = Text(end="")
    head.append(f"{row.cluster.id} ", style=palette.muted)
    head.append(row.speaker, style="bold")
    head.append(f" · {RELATION_WORDS.get(row.cluster.relation.value, row.cluster.relation.value)}",
                style=palette.muted)
    if row.conflicts:
        head.append(" · credited differently", style=palette.conflict)
    ref = label("diff against ", palette.muted)
    ref.append(event.outlet(base.file).name, style=palette.label)
    if base.quote_id == row.cluster.anchor:
        ref.append(" (fullest version)", style=palette.muted)
    if reference is not None and base.file != reference:
        ref.append(f"; {event.outlet(reference).name} does not print it", style=palette.muted)
    ref.append(" · r changes it", style=palette.muted)
    doc: Doc = [(0, head), (0, ref)]
    order = {o.path: i for i, o in enumerate(event.outlets)}
    members = sorted(row.cluster.members, key=lambda m: (m.quote_id != base.quote_id, order.get(m.file, 99),
                                                         m.span.start))
    for m in members:
        doc.append((0, Text("")))
        doc.extend(_version(event, row, m, base, diffs.get(m.quote_id), palette, query))
    missing = [o.name for o in event.outlets if row.statuses.get(o.path) is Status.MISSING]
    if missing:
        doc += [(0, Text("")), (0, label("not quoted by ", palette.muted).append(", ".join(missing)))]
    for p in row.cluster.paraphrases:
        para = Text(end="")
        para.append(event.outlet(p.file).name, style=palette.label)
        para.append(" in the reporter's words: ", style=palette.muted)
        para.append(highlight(plain(p.text), query, palette.match))
        doc += [(0, Text("")), (0, para)]
    doc += [(0, Text("")), (0, diff_legend(palette))]
    return doc


def single_detail(event: EventData, row: ClusterRow, palette: Palette, query: str = "") -> Doc:
    """A quote of a one-article event: the words, the credit, the sentence; nothing to diff against."""
    head = Text(end="")
    head.append(f"{row.cluster.id} ", style=palette.muted)
    head.append(row.speaker, style="bold")
    head.append(" · the only article of this event: nothing to compare with", style=palette.muted)
    doc: Doc = [(0, head), (0, Text(""))]
    doc.extend(_version(event, row, row.anchor, row.anchor, None, palette, query, mark=""))
    return doc


def _version(event: EventData, row: ClusterRow, m: ClusterMember, base: ClusterMember, diff: WordDiff | None,
             palette: Palette, query: str, mark: str = "  reference") -> Doc:
    head = Text(end="")
    head.append(event.outlet(m.file).name, style=palette.label)
    status = row.statuses.get(m.file, Status.MISSING)
    if m.quote_id == base.quote_id:
        head.append(mark, style=palette.muted)
    elif diff is not None:
        head.append("  ")
        word, shown = version_status(diff)
        head.append(word, style=palette.status(shown))
    elif status is not Status.MISSING:
        head.append("  computing diff…", style=palette.muted)
    head.append(f"  line {event.line(m.file, m.span.start)}", style=palette.muted)
    quote = Text("“", end="")
    quote.append(highlight(plain(m.text, palette.cluster(row.index)), query, palette.match))
    quote.append("”")
    doc: Doc = [(0, head), (2, quote)]
    if diff is not None and any(op.op is not DiffOp.EQUAL for op in diff.ops):
        line = label("diff ", palette.muted)
        line.append(diff_text(diff, palette))
        note = diff_note(diff)
        if note:
            line.append(f"  ({note})", style=palette.muted)
        doc.append((2, line))
    doc.append((2, credit_line(m, event.quotes.get(m.quote_id), palette)))
    why = why_line(event.quotes.get(m.quote_id), palette)
    if why is not None:
        doc.append((2, why))
    sentence = event.sentence(m.file, m.span.start)
    if sentence is not None:
        line = label("sentence ", palette.muted)
        context = sentence_text(event, m.file, sentence, palette, focus=m.span, elide=60)
        if any(ch.isalnum() for ch in context.plain):  # not when the sentence is the quote alone
            line.append(highlight(context, query, palette.match))
            doc.append((2, line))
    return doc


def _edges(diff: WordDiff) -> set[int]:
    """Op indexes of words a version quotes beyond a shorter reference, at either end: context, not changes."""
    ops = diff.ops
    if not ops or not _longer(diff):
        return set()
    return {i for i in (0, len(ops) - 1) if ops[i].op is DiffOp.INSERT}


def version_status(diff: WordDiff) -> tuple[str, Status]:
    """How a version compares with the reference, in words, and the status that colours it."""
    edges = _edges(diff)
    ops = [op for i, op in enumerate(diff.ops) if i not in edges]
    if any(op.change is ChangeKind.SUBSTANTIVE and op.reason != "not quoted" for op in ops):
        return "changed", Status.CHANGED
    if any(op.reason == "not quoted" for op in ops):
        return "truncated", Status.TRUNCATED
    if edges:
        return "longer (quotes more)", Status.VERBATIM
    if any(op.change is ChangeKind.COSMETIC for op in ops):
        return "verbatim (cosmetic changes)", Status.VERBATIM
    return "verbatim", Status.VERBATIM


def diff_legend(palette: Palette) -> Text:
    out = label("legend  ", palette.muted)
    out.append("substantive: ", style=palette.muted)
    out.append("dropped", style=palette.dropped)
    out.append(" ")
    out.append("added", style=palette.added)
    out.append(" ")
    out.append("moved", style=palette.moved)
    out.append("   cosmetic: ", style=palette.muted)
    out.append("typography, spelling, case", style=palette.cosmetic)
    out.append("   ")
    out.append("… not quoted", style=palette.outside)
    return out


def status_legend(palette: Palette) -> Text:
    out = Text(end="")
    for status in (Status.VERBATIM, Status.TRUNCATED, Status.CHANGED, Status.MISSING):
        out.append(GLYPHS[status], style=palette.status(status))
        out.append(f" {status.value}  ", style=palette.muted)
    out.append("≈", style=palette.verbatim)
    out.append(" cosmetic  ", style=palette.muted)
    out.append("!", style=palette.conflict)
    out.append(" conflict", style=palette.muted)
    return out


# --- Line-up tab ---------------------------------------------------------------------------------------


def lineup_cell(event: EventData, row: LineupRow, path: str, palette: Palette, query: str = "") -> Text:
    """One outlet's sentence in a line-up row, quotes in their cluster's colour; a visible gap if none."""
    cell = next((c for c in row.cells if c.file == path), None)
    if cell is None:
        return Text("┄ not in this outlet ┄", style=palette.missing, end="")
    return highlight(sentence_text(event, path, cell.span, palette), query, palette.match)


# --- Conflicts & numbers tab --------------------------------------------------------------------------


def _versus(versions: Iterable[tuple[str, str]], event: EventData) -> Text:
    """"A (BBC, Herald) vs B (Mirror)": each distinct version with the outlets that print it."""
    groups: dict[str, list[str]] = {}
    for shown, path in versions:
        names = groups.setdefault(one_line(shown), [])
        short = event.outlet(path).short
        if short not in names:
            names.append(short)
    return Text(" vs ".join(f"{shown} ({', '.join(n)})" for shown, n in groups.items()), end="")


def conflict_summary(c: AttributionConflict, event: EventData) -> Text:
    by_speaker = c.kind != "venue"
    return _versus(
        (((m.speaker if by_speaker else m.venue) or ("no one named" if by_speaker else "no venue"), m.file)
         for m in c.members),
        event,
    )


def conflict_detail(c: AttributionConflict, event: EventData, palette: Palette, query: str = "") -> Doc:
    head = Text(end="")
    head.append(f"{c.id} ", style=palette.muted)
    head.append({"speaker": "credited to different speakers", "venue": "credited to different venues",
                 "headline": "headline and body credit differently",
                 "imprecise": "credited less precisely"}.get(c.kind, one_line(c.kind)),
                style=palette.conflict)
    claim = Text("“", end="")
    claim.append(highlight(plain(c.claim, "bold"), query, palette.match))
    claim.append("”")
    doc: Doc = [(0, head), (0, claim)]
    for m in c.members:
        out = Text(end="")
        out.append(event.outlet(m.file).name, style=palette.label)
        out.append(f"  line {event.line(m.file, m.span.start)}", style=palette.muted)
        credit = label("credit ", palette.muted)
        credit.append(one_line(m.speaker or "no one named"), style="bold")
        if m.mention:
            credit.append(" as “")
            credit.append(one_line(m.mention))
            credit.append("”")
        credit.append(" · venue ", style=palette.muted)
        credit.append(one_line(m.venue) if m.venue else "not given", style="" if m.venue else palette.muted)
        sentence = event.sentence(m.file, m.span.start)
        body = sentence_text(event, m.file, sentence, palette, focus=m.span) if sentence else plain(m.text)
        line = label("sentence ", palette.muted).append(highlight(body, query, palette.match))
        doc += [(0, Text("")), (0, out), (2, credit), (2, line)]
    return doc


def fact_mark(f: NumberFact, palette: Palette) -> Text:
    if f.conflict:
        return Text("≠", style=palette.changed, end="")
    if f.differences:
        return Text("~", style=palette.truncated, end="")
    return Text("=", style=palette.verbatim, end="")


def fact_summary(f: NumberFact, event: EventData) -> Text:
    return _versus(
        ((" ".join(x for x in (m.text, m.counts or "", m.period or "") if x), m.file) for m in f.members), event
    )


def fact_detail(f: NumberFact, event: EventData, palette: Palette, query: str = "") -> Doc:
    head = Text(end="")
    head.append(f"{f.id} ", style=palette.muted)
    if f.conflict:
        head.append("the figures disagree", style=palette.changed)
    elif f.differences:
        head.append("the same figure, told differently", style=palette.truncated)
    else:
        head.append("the outlets agree", style=palette.verbatim)
    doc: Doc = [(0, head), *((2, plain(d)) for d in f.differences)]
    for m in f.members:
        out = Text(end="")
        out.append(event.outlet(m.file).name, style=palette.label)
        out.append("  ")
        out.append(one_line(m.text), style="bold")
        extra = " ".join(x for x in (m.counts or "", m.period or "") if x)
        if extra:
            out.append(" " + one_line(extra))
        out.append(f"  line {event.line(m.file, m.span.start)}", style=palette.muted)
        if m.in_quote:
            out.append("  (inside a quote)", style=palette.muted)
        line = label("sentence ", palette.muted)
        line.append(highlight(_marked(event, m.file, m.sentence, m.span, palette), query, palette.match))
        doc += [(0, Text("")), (0, out), (2, line)]
    return doc


def _marked(event: EventData, path: str, sentence: Span, mark: Span, palette: Palette) -> Text:
    raw = event.raw(path)
    out = Text(end="")
    out.append(safe_for_terminal(raw[sentence.start : mark.start]))
    out.append(safe_for_terminal(raw[mark.start : mark.end]), style=f"bold {palette.truncated}")
    out.append(safe_for_terminal(raw[mark.end : sentence.end]))
    return Text(" ", end="").join(line for line in out.split("\n") if line.plain.strip())


# --- Only-in tab ----------------------------------------------------------------------------------------


def only_in_detail(o: OnlyIn, event: EventData, palette: Palette, query: str = "") -> Doc:
    head = Text(end="")
    head.append(f"{o.id} ", style=palette.muted)
    head.append("only in ", style=palette.muted)
    head.append(event.outlet(o.file).name, style=palette.label)
    head.append(f"  line {event.line(o.file, o.span.start)}", style=palette.muted)
    if o.reasons:
        head.append("  (" + ", ".join(o.reasons) + ")", style=palette.muted)
    body = highlight(sentence_text(event, o.file, o.span, palette), query, palette.match)
    others = [x.name for x in event.outlets if x.path != o.file]
    tail = label("not reported by ", palette.muted).append(", ".join(others) or "any other outlet")
    return [(0, head), (0, Text("")), (2, body), (0, Text("")), (0, tail)]


# --- events sidebar ----------------------------------------------------------------------------------------


def date_range(first: object, last: object) -> str:
    from datetime import date

    if not isinstance(first, date):
        return "undated"
    if not isinstance(last, date) or last == first:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {first:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first:%d %b %Y} – {last:%d %b %Y}"


def event_label(event: EventData, width: int, palette: Palette, max_outlets: int = 8,
                matching: int | None = None) -> Text:
    """The event, its main people, its outlets with dates, and its quote count (``matching`` of them when a
    search or filter narrows the rows)."""
    e = event.event
    out = Text(end="")
    out.append(e.id, style="bold")
    out.append(" ")
    room = max(4, width - len(e.id) - 1)
    dates = date_range(e.first_published, e.last_published)
    if len(dates) > room:  # "14–15 Sep 2023" -> "14–15 Sep '23" in a narrow sidebar
        dates = re.sub(r"\b(?:19|20)(\d\d)$", r"'\1", dates)
    out.append(cut(dates, room), style="bold")
    if e.people:
        out.append("\n")
        out.append(cut(one_line(", ".join(e.people)), width), style=palette.muted)
    shown = event.outlets[:max_outlets]
    name_w = max(4, width - 8)
    for o in shown:
        out.append("\n ")
        out.append(cut(o.short, name_w).ljust(name_w))
        day = f"{o.published.day} {o.published:%b}" if o.published else "–"
        out.append(f" {day:>6}", style=palette.muted)
    if len(event.outlets) > max_outlets:
        out.append(f"\n and {len(event.outlets) - max_outlets} more", style=palette.muted)
    n = len(event.rows)
    noun = "quote" if event.single else ("quote cluster" if width >= 18 else "cluster")
    counts = f"{n} {noun}{'s' * (n != 1)}" if matching is None else f"{matching} of {n} match"
    out.append("\n ")
    out.append(cut(counts, width - 1), style=palette.muted if matching is None else palette.label)
    return out


def outlet_headers(names: Sequence[str], width: int) -> list[str]:
    """Column headers that fit ``width`` characters, still telling the outlets apart.

    Words every name starts with ("Outlet 001", "Outlet 002") are dropped when the names do not fit.
    """
    if len(names) > 1 and any(len(n) > width for n in names):
        split = [n.split() for n in names]
        common = 0
        while all(len(w) > common + 1 for w in split) and len({tuple(w[: common + 1]) for w in split}) == 1:
            common += 1
        if common:
            names = [" ".join(w[common:]) for w in split]
    out = []
    for name in names:
        if len(name) <= width:
            out.append(name)
        elif width <= 4:
            out.append(name[:width])
        else:
            out.append(name[: width - 1] + "…")
    seen: dict[str, int] = {}
    for i, h in enumerate(out):
        seen[h] = seen.get(h, 0) + 1
        if seen[h] > 1:
            out[i] = (h[: max(1, width - 1)] + str(seen[h]))[:width] if width > 1 else h
    return out


# --- what a tab is asked to show ---------------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    """The event on screen and how the user is looking at it."""

    event: EventData
    palette: Palette
    filters: Filters
    query: str
    """Folded search text ("" for none)."""
    reference: str | None
    """The outlet (path) diffs are shown against; None for each cluster's fullest version."""
    reference_diffs: dict[str, dict[str, WordDiff]] | None = None
    """Diffs against ``reference`` by cluster and quote id; None while they are computed."""
