"""The compare report for people: Markdown that reads as plain text and renders on GitHub.

    comparison_markdown(comparison) -> str

A "what differs most" summary first, then per event: the outlets, who is quoted where, each quote
cluster with its word diff (``~~dropped~~ **added**``), attribution conflicts, numbers and what
only one outlet says. Every piece of article text goes through ``escape`` so it can never inject
Markdown or HTML into the report.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable

from quotecheck.extract import one_name_each
from quotecheck.models import (
    ArticleQuotes,
    AttributionConflict,
    ChangeKind,
    ClusterRelation,
    Comparison,
    DiffOp,
    Event,
    NumberFact,
    OnlyIn,
    QuoteCluster,
    QuoteKind,
    WordDiff,
)
from quotecheck.text import file_title, safe_for_terminal

SUMMARY_ITEMS = 8
"""Findings in the "what differs most" summary."""
ONLY_IN_ITEMS = 10
"""Only-in sentences shown per event (the JSON report has them all)."""
QUOTE_WIDTH = 160
"""Longer quotes are cut, with an ellipsis, in the report (never in the JSON)."""

# Markdown and HTML that article text could form, by position: (name, pattern, replacement). One pass over
# the text, so each rule sees the text as written; a replacement is a string (``{}`` is what matched) or a
# function of the match. The text is one line put inside a line the report writes, so "at the start" is
# the start of a paragraph, a list item or a table cell, and either edge may touch the report's own marks
# (``**``, ``~~``, ``“``): an edge counts as neither space nor a letter.
_ESCAPES: tuple[tuple[str, str, str | Callable[[re.Match[str]], str]], ...] = (
    ("a heading", r"^#{1,6}(?=\s|$)", "\\{}"),
    ("a list item or a rule", r"^[-+](?=\s|$|-)", "\\{}"),
    ("a numbered list item", r"^\d{1,9}[.)](?=\s|$)", lambda m: m.group()[:-1] + "\\" + m.group()[-1]),
    ("a block quote, a setext rule or a definition", r"^[>=:]", "\\{}"),
    ("a heading's closing marks", r"(?<=\s)#(?=#*$)", "\\{}"),
    ("a backslash escape or a line break", r"\\(?=[!-/:-@\[-`{-~]|$)", "\\{}"),
    ("an entity", r"&(?=[A-Za-z0-9#]+;)", "&amp;"),
    ("an HTML tag, comment or autolink", r"<(?=[A-Za-z/!?]|$)", "&lt;"),
    ("a code span", r"`", "\\{}"),
    ("a table cell's end", r"\|", "\\{}"),
    ("emphasis or strikethrough", r"(?<!\s)[*~]|[*~](?!\s)", "\\{}"),
    ("emphasis with underscores", r"(?<![^\W_])_|_(?![^\W_])", "\\{}"),
    ("a link or an image", r"\](?=[(\[:]|$)", "\\{}"),
    ("maths (a dollar not before a figure)", r"\$(?!\d)", "\\{}"),
    ("an autolinked URL", r"(?<=/)/", "\\{}"),
    ("an autolinked www. address", r"(?<![^\W_])(?i:www)\.", lambda m: m.group()[:-1] + "\\."),
    # cmark-gfm autolinks an e-mail address (``mailto:`` and ``xmpp:`` ones too) even with ``@`` escaped, and
    # GitHub turns ``@user`` and ``#123`` into a ping and an issue link: an empty comment splits the text.
    ("a mention or an e-mail address", r"(?<=\w)@|@(?=\w)", "@<!-- -->"),
    ("an issue reference", r"#(?=\d)", "#<!-- -->"),
)
_ESCAPE = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (_, pattern, _) in enumerate(_ESCAPES)))


def _escaped(m: re.Match[str]) -> str:
    replacement = _ESCAPES[int(str(m.lastgroup)[1:])][2]
    return replacement(m) if callable(replacement) else replacement.replace("{}", m.group())


_SEVERITY_WORDS = {
    ClusterRelation.VERBATIM: "verbatim",
    ClusterRelation.NEAR_VERBATIM: "near verbatim",
    ClusterRelation.TRUNCATED: "truncated",
    ClusterRelation.SPLICED: "spliced",
    ClusterRelation.PARAPHRASED: "paraphrased",
}


def escape(text: str | None, width: int | None = None) -> str:
    """Article text made inert: one line, control characters shown, and a backslash (or an entity) only
    where a character would change what renders there (``_ESCAPES``); "$750,000 (£616,000)" stays as is."""
    if not text:
        return ""
    flat = " ".join(safe_for_terminal(text).split())
    if width is not None and len(flat) > width:
        flat = flat[: width - 1].rstrip() + "…"
    return _ESCAPE.sub(_escaped, flat)


def _quoted(text: str | None, width: int | None = QUOTE_WIDTH) -> str:
    return f"“{escape(text, width)}”"


class _Names:
    """Display names of the articles: the outlet, or the file name when the outlet is unknown or shared."""

    def __init__(self, articles: Iterable[ArticleQuotes]) -> None:
        arts = list(articles)
        counts = Counter(a.article.outlet for a in arts if a.article.outlet)
        self.by_path: dict[str, str] = {}
        for r in arts:
            base = os.path.basename(r.article.path) or r.article.path
            outlet = r.article.outlet
            self.by_path[r.article.path] = (
                f"{outlet} ({base})" if outlet and counts[outlet] > 1 else (outlet or file_title(r.article.path))
            )

    def __call__(self, path: str) -> str:
        return escape(self.by_path.get(path, file_title(path)))


def comparison_markdown(comparison: Comparison) -> str:
    """The whole report."""
    names = _Names(comparison.articles)
    by_path = {r.article.path: r for r in comparison.articles}
    lines = ["# quotecheck: how the outlets differ", ""]
    n_art, n_ev = len(comparison.articles), len(comparison.events)
    lines.append(f"{n_art} article{'s' * (n_art != 1)}, {n_ev} event{'s' * (n_ev != 1)}.")
    lines += ["", "## What differs most", ""]
    summary = _summary(comparison, names)
    lines += summary or ["Nothing: the outlets agree on every quote, credit and number found."]
    for event in comparison.events:
        lines += ["", *_event_section(event, comparison, names, by_path)]
    return "\n".join(lines).rstrip() + "\n"


# --- summary -----------------------------------------------------------------------------------


def _summary(comparison: Comparison, names: _Names) -> list[str]:
    items: list[tuple[float, str, str]] = []
    for c in comparison.conflicts:
        weight = {"speaker": 3.5, "headline": 3.3, "imprecise": 1.4}.get(c.kind, 3.0)
        label = {"headline": "Headline and body disagree", "imprecise": "Credited less precisely"}.get(
            c.kind, "Credited differently")
        items.append((weight, c.id, f"- **{label}** ({c.id}): {_conflict_line(c, names)}"))
    for cl in comparison.clusters:
        line = _cluster_headline(cl, names)
        if line is None:
            continue
        weight = {ClusterRelation.PARAPHRASED: 3.2, ClusterRelation.SPLICED: 2.8,
                  ClusterRelation.NEAR_VERBATIM: 2.5, ClusterRelation.TRUNCATED: 1.0}.get(cl.relation, 0.5)
        items.append((weight, cl.id, f"- **Quote {_SEVERITY_WORDS[cl.relation]}** ({cl.id}): {line}"))
    for f in comparison.numbers:
        if f.conflict:
            items.append((3.0, f.id, f"- **Numbers disagree** ({f.id}): {_fact_line(f, names)}"))
        elif f.differences:
            items.append((1.5, f.id, f"- **Numbers qualified differently** ({f.id}): {_fact_line(f, names)}"))
    for o in comparison.only_in:
        if o.score >= 4:
            items.append((1.2 + o.score / 10, o.id,
                          f"- **Only in {names(o.file)}** ({o.id}): {_quoted(o.text, 140)}"))
    items.sort(key=lambda x: (-x[0], _id_key(x[1])))
    return [text for _, _, text in items[:SUMMARY_ITEMS]]


def _id_key(ident: str) -> tuple[int, str, int]:
    m = re.fullmatch(r"e(\d+)-([a-z])(\d+)", ident)
    return (int(m.group(1)), m.group(2), int(m.group(3))) if m else (0, ident, 0)


def _cluster_headline(cl: QuoteCluster, names: _Names) -> str | None:
    """One line for a cluster whose versions differ in substance."""
    anchor = next(m for m in cl.members if m.quote_id == cl.anchor)
    who = escape(anchor.speaker) or "unattributed"
    for d in cl.diffs:
        change = next((op for op in d.ops if op.change is ChangeKind.SUBSTANTIVE and op.reason != "not quoted"), None)
        if change is None:
            continue
        other = next(m for m in cl.members if m.quote_id == d.other)
        what = _change_words(change.op, change.old, change.new)
        return f"{who}, {_quoted(anchor.text, 90)} ({names(anchor.file)}): {what} in {names(other.file)}"
    if cl.relation is ClusterRelation.TRUNCATED:
        shortest = min(cl.members, key=lambda m: len(m.text))
        return (f"{who}, {_quoted(anchor.text, 90)} ({names(anchor.file)}) is cut to "
                f"{_quoted(shortest.text, 60)} in {names(shortest.file)}")
    return None


def _change_words(op: DiffOp, old: str, new: str) -> str:
    if op is DiffOp.REPLACE:
        return f"{_quoted(old, 60)} becomes {_quoted(new, 60)}"
    if op is DiffOp.DELETE:
        return f"{_quoted(old, 60)} is dropped"
    if op is DiffOp.INSERT:
        return f"{_quoted(new, 60)} is added"
    return f"{_quoted(old, 60)} is moved"


def _conflict_line(c: AttributionConflict, names: _Names) -> str:
    groups: dict[str, list[str]] = {}
    by_speaker = c.kind != "venue"
    for m in c.members:
        credit = escape(m.speaker) if by_speaker else escape(m.venue)
        credit = credit or ("no one named" if by_speaker else "no venue")
        if by_speaker and m.venue:
            credit += f" on {escape(m.venue)}"
        groups.setdefault(credit, [])
        if names(m.file) not in groups[credit]:
            groups[credit].append(names(m.file))
    parts = [f"{credit} ({', '.join(files)})" for credit, files in groups.items()]
    return f"{_quoted(c.claim, 90)}: " + " vs ".join(parts)


def _fact_line(f: NumberFact, names: _Names) -> str:
    groups: dict[str, list[str]] = {}
    for m in f.members:
        shown = escape(m.text) + (f" {escape(m.counts)}" if m.counts else "")
        shown += f" {escape(m.period)}" if m.period else ""
        groups.setdefault(shown, [])
        if names(m.file) not in groups[shown]:
            groups[shown].append(names(m.file))
    return " vs ".join(f"{shown} ({', '.join(files)})" for shown, files in groups.items())


# --- one event -----------------------------------------------------------------------------------


def _event_section(
    event: Event, comparison: Comparison, names: _Names, by_path: dict[str, ArticleQuotes]
) -> list[str]:
    lines = [f"## {event.id}: {escape(event.title)}", ""]
    if event.undated:
        lines += ["Placed by content (no date found): " + ", ".join(names(p) for p in event.undated) + ".", ""]
    lines += _outlets_table(event, names, by_path)
    lines += _speaker_matrix(event, names, by_path)
    clusters = [c for c in comparison.clusters if c.event == event.id]
    lines += ["### Quotes across outlets", ""]
    if not clusters:
        lines += ["No quote appears in more than one version.", ""]
    for c in clusters:
        lines += _cluster_section(c, names, by_path)
    conflicts = [c for c in comparison.conflicts if c.event == event.id]
    lines += ["### Attribution conflicts", ""]
    if not conflicts:
        lines.append("None found.")
    for conflict in conflicts:
        lines.append(f"- **{conflict.id}** ({escape(conflict.kind)}): {_conflict_line(conflict, names)}")
        for m in conflict.members:
            who = escape(m.speaker) or "no one named"
            how = f" ({_quoted(m.mention, 80)})" if m.mention else ""
            lines.append(f"  - {names(m.file)}, {_where(by_path, m.file, m.span.start)}: {who}{how}: "
                         f"{_quoted(m.text, 120)}")
    facts = [f for f in comparison.numbers if f.event == event.id]
    lines += ["", "### Numbers", ""]
    lines += [_fact_item(f, names) for f in facts] or ["No figure appears in more than one outlet."]
    only = [o for o in comparison.only_in if o.event == event.id]
    lines += ["", "### Only in one outlet", ""]
    if len(event.files) < 2:
        lines.append("A single article: nothing to compare it with.")
    else:
        lines += [_only_item(o, names, by_path) for o in only[:ONLY_IN_ITEMS]] or ["Nothing."]
        if len(only) > ONLY_IN_ITEMS:
            lines.append(f"- … and {len(only) - ONLY_IN_ITEMS} more (see the JSON report).")
    return [*lines, ""]


def _where(by_path: dict[str, ArticleQuotes], path: str, offset: int) -> str:
    result = by_path.get(path)
    if result is None:
        return ""
    line, col = result.article.line_col(offset)
    return f"line {line}:{col}"


def _outlets_table(event: Event, names: _Names, by_path: dict[str, ArticleQuotes]) -> list[str]:
    lines = ["### Outlets", "", "| Outlet | Date | Headline | Words | Quotes | File |", "|---|---|---|---:|---:|---|"]
    for path in event.files:
        r = by_path[path]
        a = r.article
        words = sum(len(p.span.slice(a.raw).split()) for p in a.content_paragraphs)
        quotes = sum(1 for q in r.quotes if not q.furniture)
        date = a.published.isoformat() if a.published else "undated"
        lines.append(
            f"| {names(path)} | {date} | {escape(a.headline, 100) or '–'} | {words} | {quotes} | "
            f"{escape(os.path.basename(path) or path)} |"
        )
    return [*lines, ""]


def _speaker_matrix(event: Event, names: _Names, by_path: dict[str, ArticleQuotes]) -> list[str]:
    counts: dict[str, Counter[str]] = {}
    quoted = [
        q for path in event.files for q in by_path[path].quotes if not q.furniture and q.kind is not QuoteKind.SCARE
    ]
    shown = one_name_each(q.speaker for q in quoted if q.speaker)  # "Bob Hale" and "Robert Hale": one row
    for q in quoted:
        counts.setdefault(shown[q.speaker] if q.speaker else "(no one named)", Counter())[q.file] += 1
    if not counts:
        return []
    speakers = sorted(counts, key=lambda s: (-sum(counts[s].values()), s))
    header = "| Speaker | " + " | ".join(names(p) for p in event.files) + " |"
    rule = "|---|" + "---:|" * len(event.files)
    lines = ["### Who is quoted where", "", "Quotes per speaker and outlet (scare quotes left out).", "", header, rule]
    for s in speakers:
        cells = " | ".join(str(counts[s][p]) if counts[s][p] else "·" for p in event.files)
        lines.append(f"| {escape(s)} | {cells} |")
    return [*lines, ""]


def _cluster_section(c: QuoteCluster, names: _Names, by_path: dict[str, ArticleQuotes]) -> list[str]:
    anchor = next(m for m in c.members if m.quote_id == c.anchor)
    speakers = sorted({m.speaker for m in c.members if m.speaker})
    who = ", ".join(escape(s) for s in speakers) or "unattributed"
    lines = [f"#### {c.id}: {_SEVERITY_WORDS[c.relation]}, {who}", ""]
    for m in c.members:
        credit = escape(m.speaker) or "no one named"
        venue = f" on {escape(m.venue)}" if m.venue else ""
        mark = " (fullest)" if m is anchor else ""
        lines.append(f"- {names(m.file)}, {_where(by_path, m.file, m.span.start)}{mark}: {credit}{venue}: "
                     f"{_quoted(m.text)}")
    diffs = [d for d in c.diffs if any(op.op is not DiffOp.EQUAL for op in d.ops)]
    if diffs:
        lines += ["", f"Against the fullest version ({names(anchor.file)}):", ""]
        for d in diffs:
            other = next(m for m in c.members if m.quote_id == d.other)
            lines.append(f"- {names(other.file)}: {_render_diff(d)}")
    for p in c.paraphrases:
        lines.append(f"- {names(p.file)} puts it in the reporter's words: {_quoted(p.text, 140)}")
    return [*lines, ""]


def _render_diff(d: WordDiff) -> str:
    parts: list[str] = []
    cosmetic: Counter[str] = Counter()
    for op in d.ops:
        if op.op is DiffOp.EQUAL:
            parts.append(escape(op.old))
        elif op.change is ChangeKind.COSMETIC:
            parts.append(escape(op.new))
            cosmetic[op.reason] += 1
        elif op.reason == "not quoted":
            if not parts or parts[-1] != "…":
                parts.append("…")
        elif op.op is DiffOp.DELETE:
            parts.append(f"~~{escape(op.old)}~~")
        elif op.op is DiffOp.INSERT:
            parts.append(f"**{escape(op.new)}**")
        elif op.op is DiffOp.MOVE:
            parts.append(f"~~{escape(op.old)}~~ (moved: **{escape(op.new)}** elsewhere)")
        else:
            parts.append(f"~~{escape(op.old)}~~ **{escape(op.new)}**")
    text = " ".join(parts)
    notes = []
    if not d.substantive:
        notes.append("same words")
    if cosmetic:
        notes.append("cosmetic: " + ", ".join(f"{k} ×{v}" if v > 1 else k for k, v in sorted(cosmetic.items())))
    return text + (f" _({'; '.join(notes)})_" if notes else "")


def _fact_item(f: NumberFact, names: _Names) -> str:
    flag = "**conflict**" if f.conflict else ("details differ" if f.differences else "agree")
    diffs = f" ({escape('; '.join(f.differences))})" if f.differences else ""
    return f"- **{f.id}**, {flag}: {_fact_line(f, names)}{diffs}"


def _only_item(o: OnlyIn, names: _Names, by_path: dict[str, ArticleQuotes]) -> str:
    why = f" _({', '.join(o.reasons)})_" if o.reasons else ""
    return f"- {names(o.file)}, {_where(by_path, o.file, o.span.start)}: {_quoted(o.text, 220)}{why}"
