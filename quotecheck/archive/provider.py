"""The archive as a source provider for ``check``: the files that may hold a draft's quotes, and the earliest
printing of each quote checked.

    archive_sources(index, drafts, warn, keep) -> list[ArticleQuotes]   (more sources for build_corpus)
    with_earliest(index, check) -> DraftCheck                           (each quote's earliest printing named)

The verdicts are ``check``'s own: the index only chooses which archive files are read as sources (those
printing the texts that best match each draft quote), so ``check --index`` on an archive says what
``check --sources`` says on the same files.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotecheck.archive.query import printings_of, ranked_texts
from quotecheck.archive.store import Index
from quotecheck.errors import QuotecheckError
from quotecheck.models import ArticleQuotes, DraftCheck, Printing, SourceMatch

if TYPE_CHECKING:
    from quotecheck.check import SourceFilter

__all__ = ["EARLIEST_SCORE", "FILES_PER_TEXT", "TEXTS_PER_QUOTE", "archive_sources", "with_earliest"]

TEXTS_PER_QUOTE = 4
"""Best-matching archive texts whose printings are read as sources, per draft quote."""
FILES_PER_TEXT = 4
"""Printings of each of those texts read (the draft's speaker's first, then the earliest)."""
EARLIEST_SCORE = 85.0
"""Least score of an archive text that counts as a printing of the draft's quote for ``earliest``."""

Warn = Callable[[str], None]


def _files_for(index: Index, text: str, speaker: str | None) -> list[str]:
    """Indexed files printing the texts that best match ``text``: per text, the draft speaker's printings
    first, then the earliest, ``FILES_PER_TEXT`` of them, and always the earliest."""
    from quotecheck.archive.build import display_path
    from quotecheck.extract import same_name

    out: list[str] = []
    for text_id, _ in ranked_texts(index, text)[:TEXTS_PER_QUOTE]:
        rows = index.con.execute(
            "SELECT f.path, p.speaker FROM printings p JOIN articles a ON a.id = p.article_id "
            "JOIN files f ON f.id = p.file_id WHERE p.text_id = ? "
            "ORDER BY a.published IS NULL, a.published, f.path, p.start", (text_id,)
        ).fetchall()  # fmt: skip
        if not rows:
            continue
        mine = [r for r in rows if speaker and same_name(speaker, r[1])]
        picked = [rows[0], *mine[:FILES_PER_TEXT], *rows[: FILES_PER_TEXT - min(len(mine), FILES_PER_TEXT)]]
        out.extend(display_path(index.db, str(r[0])) for r in picked)
    return out


def archive_sources(
    index: Index, drafts: Sequence[ArticleQuotes], warn: Warn, keep: SourceFilter | None = None
) -> list[ArticleQuotes]:
    """The archive files worth checking ``drafts`` against, read as ``check --sources`` reads them (``keep``:
    the drafts and excluded paths, never read as sources)."""
    from quotecheck.check import SourceFilter, load_sources

    chosen: dict[str, None] = {}
    for draft in drafts:
        for quote in draft.quotes:
            if not quote.furniture:
                chosen.update(dict.fromkeys(_files_for(index, quote.text, quote.speaker)))
    filt = keep or SourceFilter()
    out: list[ArticleQuotes] = []
    for path in sorted(chosen):  # in path order, as a folder given to --sources is read
        try:
            out.extend(load_sources([path], warn, filt))
        except QuotecheckError as exc:
            warn(f"{exc} (indexed in {index.db}; rebuild it: quotecheck index build)")
    return out


def _as_match(p: Printing) -> SourceMatch:
    return SourceMatch.model_construct(
        file=p.file, span=p.span, text=p.text, line=p.line, col=p.col, speaker=p.speaker, venue=p.venue,
        quote_id=p.quote_id, sentence="", outlet=p.outlet, published=p.published,
    )  # fmt: skip


def _source_text(index: Index, match: SourceMatch) -> str | None:
    """The normalised text of the archive printing ``match`` starts in, when it is one."""
    from quotecheck.archive.build import stored_path

    row = index.con.execute(
        "SELECT t.norm FROM printings p JOIN files f ON f.id = p.file_id JOIN texts t ON t.id = p.text_id "
        'WHERE f.path = ? AND p.start <= ? AND p."end" >= ? ORDER BY p.start DESC LIMIT 1',
        (stored_path(index, match.file), match.span.start, match.span.end),
    ).fetchone()  # fmt: skip
    return None if row is None else str(row[0])


def earliest_printing(index: Index, text: str) -> Printing | None:
    """The earliest printing in the archive of the quote ``text`` (texts scoring ``EARLIEST_SCORE`` or more)."""
    scored = [(i, s) for i, s in ranked_texts(index, text) if s >= EARLIEST_SCORE]
    printings = printings_of(index, scored)
    return printings[0] if printings else None


def with_earliest(index: Index, check: DraftCheck) -> DraftCheck:
    """``check`` with the earliest archive printing named on every quote a source was found for."""
    quotes = []
    for q in check.quotes:
        first = None
        if q.source is not None:
            first = earliest_printing(index, _source_text(index, q.source) or q.text)
        quotes.append(q.model_copy(update={"earliest": _as_match(first)}) if first is not None else q)
    return check.model_copy(update={"quotes": tuple(quotes)})
