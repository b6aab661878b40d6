"""Drafts and sources from disk: every format ``quotes`` reads, plus Word drafts and transcripts.

    load_draft(path) -> ArticleQuotes, ignored spans
    load_sources(paths, warn) -> list[ArticleQuotes]

Word (``.docx``) goes to ``ingest.docx``; WebVTT, SRT and plain text with speaker labels go to
``ingest.transcripts`` (a ``.txt`` is a transcript when its paragraphs are speaker turns, or when the
user says so: ``--transcript``);
everything else goes through ``load_articles`` and the quote engine. Ignore comments
(``<!-- quotecheck: ignore -->``) are blanked before extraction, offsets kept, so they never read as
text; the spans they silence are returned with the draft.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import PurePath

from quotecheck.errors import InputError
from quotecheck.models import Article, ArticleQuotes

__all__ = ["IGNORE_COMMENT", "SourceFilter", "is_blank_draft", "load_draft", "load_sources", "source_kind"]

Warn = Callable[[str], None]


class SourceFilter:
    """Which source paths are left out: the drafts being checked (a draft is never its own source) and
    the ``--exclude`` / config ``exclude`` globs (another draft of the same story). Every path left out
    is remembered, so the caller can say so once."""

    def __init__(self, drafts: Sequence[str] = (), globs: Sequence[str] = (), transcripts: Sequence[str] = ()) -> None:
        self._drafts = {_real(d) for d in drafts if d != "-"}
        self._globs = tuple(globs)
        self._transcripts = {_real(t) for t in transcripts if t != "-"}
        self.left_out: list[str] = []
        """Paths left out, in the order met."""

    def skips(self, path: str) -> bool:
        """True (and remembered) when ``path`` is a draft being checked or matches an exclude glob."""
        if path == "-" or "://" in path:
            return False
        hit = _real(path) in self._drafts or any(_glob_hit(path, g) for g in self._globs)
        if hit and path not in self.left_out:
            self.left_out.append(path)
        return hit

    def is_transcript(self, path: str) -> bool:
        """True when the user said ``path`` is a transcript (``--transcript``, config ``transcripts``)."""
        return path != "-" and "://" not in path and _real(path) in self._transcripts


def _real(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _glob_hit(path: str, pattern: str) -> bool:
    """``pattern`` matches the path as given, its absolute form or its file name."""
    from fnmatch import fnmatch

    names = {path, os.path.normpath(path), os.path.abspath(path), os.path.basename(path)}
    if fnmatch(os.path.abspath(path), os.path.abspath(pattern)):
        return True
    return any(fnmatch(name, pattern) for name in names)

IGNORE_COMMENT = re.compile(r"<!--\s*quotecheck:\s*ignore\s*-->", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TRANSCRIPT_SUFFIXES = frozenset({".vtt", ".srt"})


def _extract(article: Article) -> ArticleQuotes:
    from quotecheck.extract import extract_quotes

    return extract_quotes(article)


def _articles(path: str, warn: Warn) -> list[Article]:
    from quotecheck.ingest import load_articles

    return load_articles([path], warn=warn)


def _suffix(path: str) -> str:
    return PurePath(path).suffix.lower()


def _read_one(path: str, warn: Warn, keep: SourceFilter) -> list[ArticleQuotes]:
    """One path (file, folder, URL or ``-``) as sources."""
    if path != "-" and os.path.isdir(path):
        return _read_folder(path, warn, keep)
    if keep.skips(path):
        return []
    suffix = _suffix(path)
    forced = keep.is_transcript(path)
    if suffix in _TRANSCRIPT_SUFFIXES:
        from quotecheck.ingest.transcripts import read_transcript_file

        return [read_transcript_file(path)]
    if suffix == ".docx":
        from quotecheck.ingest.docx import read_docx

        return [_as_source(read_docx(path), forced)]
    return [_as_source(article, forced) for article in _articles(path, warn)]


def _read_folder(folder: str, warn: Warn, keep: SourceFilter) -> list[ArticleQuotes]:
    from quotecheck.ingest.files import read_folder

    left = len(keep.left_out)
    try:
        return read_folder(folder, warn, lambda path: _read_one(path, warn, keep), "sources")
    except InputError:
        if len(keep.left_out) > left:
            return []  # every readable file of the folder was a draft or excluded: nothing to read, not an error
        raise


_LABEL_HEAD = re.compile(r"[ \t]*(?:\[|[A-Z0-9(][^:\n]{0,60}?:)")
"""A line that may open a speaker turn: a bracket, or a short run before a colon (checked word by word)."""


def _may_be_transcript(raw: str) -> bool:
    """A cheap necessary condition for ``looks_like_transcript``, so that most articles never load the
    transcript reader: a transcript has two names in labels, or three labelled turns; a label is a
    bracket, or a run of capitalised words (a timestamp may follow) before a colon."""
    if raw.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    heads: list[str] = []
    for line in raw.split("\n"):
        m = _LABEL_HEAD.match(line)
        if m is None:
            continue
        head = m.group().strip()
        if not head.startswith("[") and not all(w[:1].isupper() or w[:1] in "([0123456789" for w in head.split()):
            continue
        heads.append(head.split(":")[0].split("(")[0].strip(" [").lower())
        if len(heads) >= 3 or len(set(heads)) >= 2:
            return True
    return False


def _as_source(article: Article, forced: bool = False) -> ArticleQuotes:
    """An article, or the transcript it turns out to be (or that the user says it is: ``forced``)."""
    if forced:
        from quotecheck.ingest.transcripts import transcript_from_text

        return transcript_from_text(article.raw, article.path, fmt="text")
    if article.source_format in {"text", "markdown", "docx"} and _may_be_transcript(article.raw):
        from quotecheck.ingest.transcripts import looks_like_transcript, transcript_from_text

        if looks_like_transcript(article.raw):
            return transcript_from_text(article.raw, article.path, fmt="text")
    return _extract(article)


def load_sources(paths: Sequence[str], warn: Warn, keep: SourceFilter | None = None) -> list[ArticleQuotes]:
    """Every source in ``paths``, in the order given; a folder is read recursively. Paths ``keep``
    skips (the drafts, excluded globs) are left out, folders' files included."""
    keep = keep or SourceFilter()
    out: list[ArticleQuotes] = []
    for path in paths:
        out.extend(_read_one(path, warn, keep))
    return out


SOURCE_KINDS: tuple[tuple[str, int], ...] = (
    ("transcript", 2),
    ("markdown", 0),
    ("docx", 0),
)
"""Source format prefix -> rank when several sources match (higher wins): a transcript over an
article, an article over a draft-like file (Markdown, Word). Anything else is an article (1)."""


def source_kind(source_format: str) -> int:
    """The rank of a source of this format (see ``SOURCE_KINDS``)."""
    for prefix, rank in SOURCE_KINDS:
        if source_format.startswith(prefix):
            return rank
    return 1


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (newlines kept): offsets unchanged."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def is_blank_draft(path: str) -> bool:
    """A draft file that holds nothing but white space (checked as "no quotes", not as bad input)."""
    if path == "-" or "://" in path or not os.path.isfile(path) or _suffix(path) == ".docx":
        return False
    try:
        if os.path.getsize(path) > 4096:
            return False
        with open(path, "rb") as handle:
            return not handle.read().decode("utf-8", errors="replace").lstrip("\ufeff").strip()
    except OSError:
        return False


def load_draft(path: str, warn: Warn) -> tuple[ArticleQuotes, list[tuple[int, int]]]:
    """The draft's quotes, and the raw ranges whose quotes an ignore comment silences."""
    if path != "-" and os.path.isdir(path):
        raise InputError(path, "is a folder; a draft is one file (to check every draft in it: FOLDER/*.md)")
    if _suffix(path) == ".docx":
        from quotecheck.ingest.docx import read_docx

        article = read_docx(path)
    else:
        articles = _articles(path, warn)
        if len(articles) != 1:
            raise InputError(path, f"holds {len(articles)} articles; a draft is one")
        article = articles[0]
    raw = article.raw
    if article.source_format == "html":
        return _extract(article), _html_ignored(path, raw)
    ignored = _ignored_lines(raw)
    if "<!--" in raw:
        from quotecheck.ingest import article_from_text

        masked = article_from_text(
            _blank(raw, _COMMENT), article.path, source_format=article.source_format,
            encoding=article.encoding, outlet=article.outlet, date=article.published,
            url=article.url, headline=article.headline,
        )  # fmt: skip
        result = _extract(masked)
        return result.model_copy(update={"article": article}), ignored
    return _extract(article), ignored


def _ignored_lines(raw: str) -> list[tuple[int, int]]:
    """For each ignore comment: the rest of its line and the next line with text."""
    spans: list[tuple[int, int]] = []
    for m in IGNORE_COMMENT.finditer(raw):
        line_end = raw.find("\n", m.end())
        line_end = len(raw) if line_end < 0 else line_end
        if raw[m.end() : line_end].strip():
            spans.append((m.end(), line_end))
            continue
        pos = line_end
        while pos < len(raw):
            nxt = raw.find("\n", pos + 1)
            nxt = len(raw) if nxt < 0 else nxt
            if raw[pos:nxt].strip():
                spans.append((pos, nxt))
                break
            pos = nxt
    return spans


def _html_ignored(path: str, text: str) -> list[tuple[int, int]]:
    """HTML drafts lose their comments in extraction: find the text after each ignore comment in the
    page and the paragraph of the extracted text that holds it."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            page = handle.read()
    except OSError:
        return []
    import html

    spans: list[tuple[int, int]] = []
    flat = " ".join(text.split())  # once, not once per comment: a page of 10,000 comments stays linear
    nonspace = [i for i, ch in enumerate(text) if not ch.isspace()]
    for m in IGNORE_COMMENT.finditer(page):
        after = re.sub(r"<[^>]*>", " ", page[m.end() : m.end() + 2000])
        words = " ".join(html.unescape(after).split())[:60]
        if not words:
            continue
        at = flat.find(words[:40])
        if at < 0:
            continue
        n = at - flat.count(" ", 0, at)
        pos = nonspace[n] if n < len(nonspace) else len(text)
        end = text.find("\n", pos)
        spans.append((pos, len(text) if end < 0 else end))
    return spans
