"""Printings of a quote (``quotecheck search``) as a table for people, Markdown, or JSON for pipelines.

    printings_table(printings) -> str;  printings_markdown(printings, query) -> str
    printings_json(printings, query) -> str;  diff_text(printing) -> str
    stats_text(stats) -> str
"""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.models import ChangeKind, DiffOp, IndexStats, Printing
from quotecheck.text import one_line, safe_for_terminal, safe_json

__all__ = ["diff_text", "printings_json", "printings_markdown", "printings_table", "stats_text"]


def diff_text(p: Printing) -> str:
    """The word diff against the earliest printing, inline: ``[-old-]{+new+}``; words not quoted as ``…``."""
    parts: list[str] = []
    for c in p.diff:
        if c.op is DiffOp.EQUAL or (c.change is ChangeKind.COSMETIC and c.op is DiffOp.REPLACE):
            parts.append(c.new)
        elif c.reason == "not quoted":
            parts.append("…")
        elif c.op is DiffOp.DELETE:
            parts.append(f"[-{c.old}-]")
        elif c.op is DiffOp.INSERT:
            parts.append(f"{{+{c.new}+}}")
        elif c.op is DiffOp.MOVE:
            parts.append(f"[~{c.new}~]")
        else:
            parts.append(f"[-{c.old}-]{{+{c.new}+}}")
    return " ".join(x for x in parts if x)


def _label(p: Printing) -> str:
    return "earliest" if p.earliest else p.relation.value


def _who(p: Printing) -> str:
    return ", ".join(x for x in (p.speaker or "nobody credited", p.venue) if x)


def printings_table(printings: Sequence[Printing]) -> str:
    """One block per printing: date, outlet, speaker (venue), file:line, label and score (a search by words); the
    quote; the diff against the earliest."""
    out: list[str] = []
    drift = any(p.earliest for p in printings)  # a search by words; by speaker alone there is no earliest
    for p in printings:
        day = p.published.isoformat() if p.published else "(no date)"
        fields = [day, p.outlet or "(no outlet)", _who(p), f"{p.file}:{p.line}"]
        if drift:
            fields += [_label(p), f"{p.score:.0f}"]
        out.append("  ".join(safe_for_terminal(one_line(f)) for f in fields))
        out.append(f"    “{safe_for_terminal(one_line(p.text, 100))}”")
        if p.diff and not p.earliest and any(c.op is not DiffOp.EQUAL for c in p.diff):
            out.append(f"    diff: {safe_for_terminal(one_line(diff_text(p), 200))}")
    return "".join(line + "\n" for line in out)


def _cell(text: str) -> str:
    return one_line(text).replace("|", "\\|")


def printings_markdown(printings: Sequence[Printing], query: str) -> str:
    """A Markdown table of the printings, earliest first, with each one's diff."""
    lines = [f"# Printings of “{_cell(query)}”", "", "| Date | Outlet | Speaker | Where | Relation | Quote | Diff |",
             "|---|---|---|---|---|---|---|"]  # fmt: skip
    for p in printings:
        day = p.published.isoformat() if p.published else ""
        diff = "" if p.earliest else diff_text(p)
        lines.append(f"| {day} | {_cell(p.outlet or '')} | {_cell(_who(p))} | `{_cell(p.file)}:{p.line}` | "
                     f"{_label(p)} | {_cell(p.text)} | {_cell(diff)} |")  # fmt: skip
    return "\n".join(lines) + "\n"


def printings_json(printings: Sequence[Printing], query: str) -> str:
    """``{"version": 1, "query", "printings": [Printing as JSON]}`` on one line."""
    return safe_json({"version": 1, "query": query, "printings": [p.model_dump(mode="json") for p in printings]}) + "\n"


def stats_text(stats: IndexStats) -> str:
    """What ``index stats`` prints."""
    rows = [
        ("index", stats.db), ("files", f"{stats.files:,}"), ("articles", f"{stats.articles:,}"),
        ("quotes", f"{stats.printings:,} printings of {stats.texts:,} distinct texts"),
        ("terms", f"{stats.terms:,}"), ("outlets", f"{stats.outlets:,}"),
        ("dates", f"{stats.first} to {stats.last}" if stats.first else "none"),
        ("size", f"{stats.bytes / 1e6:.1f} MB"), ("sqlite", stats.sqlite),
        ("complete", "yes" if stats.complete else "no: a build was interrupted; run index build again"),
    ]  # fmt: skip
    return "".join(f"{k:<9} {safe_for_terminal(v)}\n" for k, v in rows)
