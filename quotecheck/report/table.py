"""A plain-text table of quotes for the terminal: one row a quote, widths fitted to the screen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence

from quotecheck.models import ArticleQuotes
from quotecheck.text import one_line, safe_path

_HEADERS = ("LOCATION", "KIND", "SPEAKER", "VENUE", "QUOTE")


def quotes_table(results: Sequence[ArticleQuotes], width: int | None = None) -> str:
    """Location (file:line:col), kind, speaker, venue and the first words of every quote."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    rows: list[tuple[str, ...]] = []
    for result in results:
        name = safe_path(os.path.basename(result.article.path) or result.article.path)
        for quote in result.quotes:
            line, col = result.article.line_col(quote.span.start)
            kind = quote.kind.value + ("*" if quote.furniture else "")
            rows.append((
                one_line(f"{name}:{line}:{col}", 40),
                kind,
                one_line(quote.speaker or "-", 24),
                one_line(quote.venue or "-", 28),
                one_line(quote.text),
            ))
    if not rows:
        return "no quotes found\n"
    widths = [max(len(r[i]) for r in [*rows, _HEADERS]) for i in range(4)]
    fixed = sum(widths) + 2 * 4
    room = max(20, width - fixed)
    lines = ["  ".join(h.ljust(w) for h, w in zip(_HEADERS[:4], widths, strict=True)) + "  " + _HEADERS[4]]
    for row in rows:
        words = row[4] if len(row[4]) <= room else row[4][: room - 1] + "…"
        lines.append("  ".join(c.ljust(w) for c, w in zip(row[:4], widths, strict=True)) + "  " + words)
    if any(r[1].endswith("*") for r in rows):
        lines.append("* in page furniture (link lists, captions): outside the story")
    return "\n".join(lines) + "\n"
