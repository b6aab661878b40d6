"""Reading the index: every printing of a quote, what a speaker said, figures, and whether spans still hold.

    search(index, words, speaker=None, since=None, until=None, outlet=None, limit=10) -> list[Printing]
    ranked_texts(index, words, n) -> [(text id, score)]
    index_stats(index) -> IndexStats;  verify_index(index) -> list[VerifyProblem]

Candidates come from FTS5 (the query's rarest word-pair terms, OR-ed, ranked by bm25), then are re-ranked with
rapidfuzz on the normalised words, so a printing with words changed, cut to its middle or truncated is still
found. The printings of the best texts are listed earliest first, each with a word diff against the earliest
(``quotecheck.diff``: the labels of ``compare``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from quotecheck.archive.rows import normalise, shingles
from quotecheck.archive.store import Index, term_frequencies
from quotecheck.errors import UsageError
from quotecheck.models import IndexStats, Printing, QuoteKind, Span, VerifyProblem

__all__ = [
    "CANDIDATES", "MIN_SCORE", "index_stats", "printings_of", "ranked_texts", "search", "speaker_printings",
    "verify_index",
]

CANDIDATES = 50
"""Texts FTS5 hands to the fuzzy re-ranking."""
MAX_QUERY_TERMS = 12
"""Word-pair terms of a query used, the rarest first (common pairs rank little and cost a lot)."""
MAX_TERM_SHARE = 0.05
"""A term held by more than this share of all texts is left out of the query, unless nothing rarer is left."""
MIN_SCORE = 60.0
"""Least re-ranking score (0-100) of a text that is listed."""
PARTIAL_WEIGHT = 0.85
"""Weight of rapidfuzz's ``partial_ratio`` (a stretch of the other) against ``ratio`` (the whole) in a score,
when the stored text is as long as the query or longer (a query may be cut to the middle of a quote)."""
FRAGMENT_WEIGHT = 0.5
"""The same weight when the stored text is shorter than the query: a fragment of the words searched for
ranks below a whole printing with a word or two changed."""

_PRINTING_COLUMNS = (
    'p.text_id, f.path, a.path, p.start, p."end", p.line, p.col, p.text, p.kind, p.speaker, p.mention, p.venue, '
    "p.cue, a.outlet, a.headline, a.published"
)
_FROM = "FROM printings p JOIN articles a ON a.id = p.article_id JOIN files f ON f.id = p.file_id"


def _match_query(index: Index, norm: str) -> str | None:
    words = norm.split()
    if not words:
        return None
    if len(words) == 1:
        return f'"{words[0]}_"*'
    terms = shingles(norm)
    df = term_frequencies(index, terms)
    present = sorted((df[t], t) for t in terms if t in df)
    if not present:
        return None
    total = int(index.con.execute("SELECT coalesce(max(id), 1) FROM texts").fetchone()[0])  # ~ texts, in O(log n)
    rare = [t for d, t in present if d <= max(50, MAX_TERM_SHARE * total)] or [present[0][1]]
    return " OR ".join(f'"{t}"' for t in rare[:MAX_QUERY_TERMS])


def score(query: str, text: str) -> float:
    """How well normalised ``text`` matches normalised ``query``, 0-100."""
    weight = PARTIAL_WEIGHT if len(text) >= len(query) else FRAGMENT_WEIGHT
    return weight * fuzz.partial_ratio(query, text) + (1 - weight) * fuzz.ratio(query, text)


def ranked_texts(index: Index, words: str, n: int = CANDIDATES) -> list[tuple[int, float]]:
    """(text id, score) of the texts best matching ``words``, best first, those under ``MIN_SCORE`` left out."""
    norm = normalise(words)
    query = _match_query(index, norm)
    if query is None:
        return []
    con = index.con
    ids = [int(r[0]) for r in con.execute(
        "SELECT rowid FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rank LIMIT ?", (query, n)
    )]  # fmt: skip
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    norms = dict(con.execute(f"SELECT id, norm FROM texts WHERE id IN ({marks})", ids).fetchall())
    scored = [(i, score(norm, str(norms[i]))) for i in ids if i in norms]
    scored = [(i, s) for i, s in scored if s >= MIN_SCORE]
    scored.sort(key=lambda t: (-t[1], t[0]))
    return scored


def _filters(
    speaker: str | None, since: date | None, until: date | None, outlet: str | None
) -> tuple[str, list[Any]]:
    from quotecheck.extract import speaker_key

    where: list[str] = []
    args: list[Any] = []
    if speaker:
        where.append("p.speaker_key = ?")
        args.append(speaker_key(speaker)[0])
    if since is not None:
        where.append("a.published >= ?")
        args.append(since.isoformat())
    if until is not None:
        where.append("a.published <= ?")
        args.append(until.isoformat())
    if outlet:
        where.append("instr(lower(a.outlet), ?) > 0")
        args.append(" ".join(outlet.lower().split()))
    return "".join(f" AND {w}" for w in where), args


def _printing(db: str, row: Sequence[Any], score_: float) -> Printing:
    from quotecheck.archive.build import display_path

    _, file, article_path, start, end, line, col, text, kind, speaker, mention, venue, cue, outlet, headline, pub = row
    shown = display_path(db, str(file))
    if article_path != file:  # one record of a JSON-lines file: its own path
        shown = shown + str(article_path)[len(str(file)):]
    return Printing.model_construct(
        quote_id=f"{shown}#{start}", file=shown, span=Span.model_construct(start=start, end=end), line=line,
        col=col, text=text, kind=QuoteKind(kind), speaker=speaker, mention=mention, venue=venue, cue=cue,
        outlet=outlet, headline=headline, published=date.fromisoformat(pub) if pub else None, score=score_,
    )  # fmt: skip


def _speaker_ok(wanted: str | None, credited: str | None) -> bool:
    from quotecheck.extract import same_name

    return not wanted or same_name(wanted, credited)


def _earliest_first(p: Printing) -> tuple[bool, date, str, int]:
    return (p.published is None, p.published or date.min, p.file, p.span.start)


def printings_of(
    index: Index, scored: Sequence[tuple[int, float]], speaker: str | None = None, since: date | None = None,
    until: date | None = None, outlet: str | None = None, limit: int | None = None,
) -> list[Printing]:
    """Every printing of the texts ``scored`` (id, score) that passes the filters, of the best ``limit``
    texts that have one, earliest first (no diffs)."""
    if not scored:
        return []
    where, args = _filters(speaker, since, until, outlet)
    ids = [i for i, _ in scored]
    marks = ",".join("?" * len(ids))
    rows = index.con.execute(f"SELECT {_PRINTING_COLUMNS} {_FROM} WHERE p.text_id IN ({marks}){where}",
                             [*ids, *args]).fetchall()  # fmt: skip
    by_text: dict[int, list[Sequence[Any]]] = {}
    for row in rows:
        if _speaker_ok(speaker, row[9]):
            by_text.setdefault(int(row[0]), []).append(row)
    chosen = [(i, s) for i, s in scored if i in by_text][:limit]
    out = [_printing(index.db, row, s) for i, s in chosen for row in by_text[i]]
    out.sort(key=_earliest_first)
    return out


def with_diffs(printings: list[Printing]) -> list[Printing]:
    """``printings`` (earliest first) with each one's relation and word diff against the first."""
    from quotecheck.diff import relation, word_diff

    if not printings:
        return []
    base = printings[0]
    out = [base.model_copy(update={"earliest": True})]
    for p in printings[1:]:
        diff = word_diff(base, p)
        out.append(p.model_copy(update={"relation": relation(base.text, p.text), "diff": diff.ops}))
    return out


def speaker_printings(
    index: Index, speaker: str, since: date | None = None, until: date | None = None, outlet: str | None = None,
    limit: int = 50,
) -> list[Printing]:
    """What ``speaker`` is credited with, newest first."""
    where, args = _filters(speaker, since, until, outlet)
    rows = index.con.execute(
        f"SELECT {_PRINTING_COLUMNS} {_FROM} WHERE 1{where} "
        'ORDER BY a.published IS NULL, a.published DESC, f.path, p.start', args
    )  # fmt: skip
    out: list[Printing] = []
    for row in rows:
        if _speaker_ok(speaker, row[9]):
            out.append(_printing(index.db, row, 100.0))
            if len(out) >= limit:
                break
    return out


def search(
    index: Index, words: str | None, speaker: str | None = None, since: date | None = None,
    until: date | None = None, outlet: str | None = None, limit: int = 10,
) -> list[Printing]:
    """Every printing of the quote ``words`` (of its ``limit`` best-matching texts), earliest first, each with
    its score and word diff against the earliest; with no words, what ``speaker`` said, newest first
    (``limit`` printings)."""
    try:
        if not (words or "").strip():
            if not speaker:
                raise UsageError("give words to search for, or --speaker NAME")
            return speaker_printings(index, speaker, since, until, outlet, limit)
        scored = ranked_texts(index, words or "", CANDIDATES * (4 if speaker or outlet or since or until else 1))
        return with_diffs(printings_of(index, scored, speaker, since, until, outlet, limit))
    except sqlite3.Error as exc:
        raise index.error(exc) from exc


def index_stats(index: Index) -> IndexStats:
    """What the index holds."""
    con = index.con

    def one(sql: str) -> Any:
        return con.execute(sql).fetchone()[0]

    try:
        first, last = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return IndexStats(
            db=index.db, files=one("SELECT count(*) FROM files"), articles=one("SELECT count(*) FROM articles"),
            printings=one("SELECT count(*) FROM printings"), texts=one("SELECT count(*) FROM texts"),
            terms=one("SELECT count(*) FROM terms"), bytes=os.path.getsize(index.db),
            outlets=one("SELECT count(DISTINCT lower(outlet)) FROM articles WHERE outlet IS NOT NULL"),
            first=date.fromisoformat(first) if first else None, last=date.fromisoformat(last) if last else None,
            sqlite=sqlite3.sqlite_version, complete=index.meta("complete") != "0",
        )  # fmt: skip
    except sqlite3.Error as exc:
        raise index.error(exc) from exc


def _raw_texts(path: str) -> list[str]:
    """The raw text of each article of ``path``, read as the build read it (no extraction)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in {".vtt", ".srt"}:
        from quotecheck.ingest.transcripts import read_transcript_file

        return [read_transcript_file(path).article.raw]
    if suffix == ".docx":
        from quotecheck.ingest.docx import read_docx

        return [read_docx(path).raw]
    from quotecheck.ingest import load_articles

    return [a.raw for a in load_articles([path], warn=lambda message: None)]


def _verify_file(index: Index, file_id: int, stored: str, digest: str) -> list[VerifyProblem]:
    from quotecheck.archive.build import display_path, full_path
    from quotecheck.archive.rows import file_digest
    from quotecheck.errors import QuotecheckError
    from quotecheck.ingest.files import read_file_bytes

    shown = display_path(index.db, stored)
    full = full_path(index, stored)
    if not os.path.exists(full):
        return [VerifyProblem(file=shown, reason="missing (deleted or moved since indexed)")]
    try:
        if file_digest(read_file_bytes(full)) != digest:
            return [VerifyProblem(file=shown, reason="changed since indexed; run quotecheck index build")]
        raws = _raw_texts(full)
    except QuotecheckError as exc:
        return [VerifyProblem(file=shown, reason=f"cannot be read ({exc})")]
    problems = []
    rows = index.con.execute(
        'SELECT a.ordinal, p.start, p."end", p.line, p.text FROM printings p JOIN articles a ON a.id = p.article_id '
        "WHERE p.file_id = ? ORDER BY p.id", (file_id,)
    )  # fmt: skip
    for ordinal, start, end, line, text in rows:
        raw = raws[ordinal] if ordinal < len(raws) else None
        if raw is None or raw[start:end] != text:
            problems.append(VerifyProblem(file=shown, line=line, reason="the stored span no longer holds the quote"))
    return problems


def verify_index(index: Index) -> list[VerifyProblem]:
    """Every stored quote checked against its file: missing and changed files, spans that no longer hold
    their quote (URLs are not fetched again)."""
    try:
        files = index.con.execute("SELECT id, path, digest FROM files ORDER BY path").fetchall()
        problems: list[VerifyProblem] = []
        for file_id, stored, digest in files:
            if str(stored).startswith(("http://", "https://")):
                continue
            problems.extend(_verify_file(index, int(file_id), str(stored), str(digest)))
        return problems
    except sqlite3.Error as exc:
        raise index.error(exc) from exc
