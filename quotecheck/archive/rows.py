"""One file -> the rows the index stores: its articles and every quote, read and extracted as ``quotes`` does.

    read_file_rows(path, digest) -> FileRows         (what a worker runs, locally or on Dask)
    extract_shard(items) -> list[FileRows]           (a shard of (path, digest) pairs)
    normalise(text) -> str;  shingles(norm) -> list[str];  text_hash(norm) -> str

Rows are plain picklable dataclasses, so a Dask worker can return them to the driver. Files are read
with the loader ``check --sources`` uses (articles of every format ``quotes`` reads, transcripts,
Word files) and the one extraction engine (``quotecheck.extract``, through that loader).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from quotecheck.errors import QuotecheckError
from quotecheck.models import ArticleQuotes
from quotecheck.words import STOPWORDS, spelling_key, tokenize

__all__ = [
    "ArticleRow", "FileRows", "QuoteRow", "extract_shard", "file_digest", "normalise", "read_file_rows",
    "shingles", "text_hash",
]

END = "_"
"""Second half of the term for a text's last word (so a one-word search finds it as a prefix)."""
_NOT_TOKEN = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One printed quote."""

    start: int
    end: int
    line: int
    col: int
    text: str
    kind: str
    speaker: str | None
    mention: str | None
    venue: str | None
    cue: str | None
    paragraph: int
    norm: str
    """The quote's normalised words, space-separated (``normalise``)."""


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One article of a file, with its quotes."""

    ordinal: int
    path: str
    source_format: str
    outlet: str | None
    headline: str | None
    published: str | None
    """ISO date, or None."""
    url: str | None
    quotes: tuple[QuoteRow, ...]


@dataclass(frozen=True, slots=True)
class FileRows:
    """A file read and extracted, or the one-line reason it could not be."""

    path: str
    digest: str
    articles: tuple[ArticleRow, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)


def normalise(text: str) -> str:
    """The words of a quote as the index compares them: typography folded, lower case, numbers by value,
    British and American spellings alike, punctuation dropped."""
    out = []
    for word in tokenize(text):
        if word.kind == "punct":
            continue
        key = word.norm if word.kind == "number" else spelling_key(word.norm)
        token = _NOT_TOKEN.sub("", key)
        if token:
            out.append(token)
    return " ".join(out)


def shingles(norm: str) -> list[str]:
    """The full-text terms of a normalised text: each pair of neighbouring words (``a_b``), and the last
    word with ``END``; pairs of two very common words are left out (they match everything)."""
    words = norm.split()
    out: list[str] = []
    seen: set[str] = set()
    for a, b in zip(words, [*words[1:], ""], strict=True):
        if a in STOPWORDS and (not b or b in STOPWORDS):
            continue
        term = f"{a}_{b or END}"
        if term not in seen:
            seen.add(term)
            out.append(term)
    return out


def text_hash(norm: str) -> str:
    """The key of a distinct quote text."""
    return hashlib.blake2b(norm.encode("utf-8"), digest_size=16).hexdigest()


def file_digest(data: bytes) -> str:
    """The content hash of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def _article_row(ordinal: int, result: ArticleQuotes) -> ArticleRow:
    article = result.article
    quotes = []
    for q in result.quotes:
        if q.furniture:
            continue
        norm = normalise(q.text)
        if not norm:
            continue
        line, col = article.line_col(q.span.start)
        quotes.append(QuoteRow(
            q.span.start, q.span.end, line, col, q.text, q.kind.value, q.speaker, q.mention, q.venue, q.cue,
            q.paragraph, norm,
        ))  # fmt: skip
    return ArticleRow(
        ordinal, article.path, article.source_format, article.outlet, article.headline,
        article.published.isoformat() if article.published else None, article.url, tuple(quotes),
    )  # fmt: skip


def read_file_rows(path: str, digest: str) -> FileRows:
    """Read ``path`` (a file or URL) as ``check --sources`` reads a source, and extract its quotes."""
    from quotecheck.check import load_sources

    warnings: list[str] = []
    try:
        results = load_sources([path], warnings.append)
    except QuotecheckError as exc:
        return FileRows(path, digest, error=str(exc), warnings=tuple(warnings))
    articles = tuple(_article_row(n, r) for n, r in enumerate(results))
    return FileRows(path, digest, articles, warnings=tuple(warnings))


def extract_shard(items: Sequence[tuple[str, str]]) -> list[FileRows]:
    """Rows for each ``(path, digest)`` of a shard, in order (a Dask task)."""
    return [read_file_rows(path, digest) for path, digest in items]
