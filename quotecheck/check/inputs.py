"""Drafts and sources from disk: every format ``quotes`` reads, plus Word drafts and transcripts.

    load_draft(path) -> ArticleQuotes, ignored spans
    load_sources(paths, warn) -> list[ArticleQuotes]

Word (``.docx``) goes to ``ingest.docx``; WebVTT, SRT and plain text with speaker labels go to
``ingest.transcripts`` (a ``.txt`` is a transcript when most of its paragraphs open with a label);
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

__all__ = ["IGNORE_COMMENT", "load_draft", "load_sources"]

Warn = Callable[[str], None]

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


def _read_one(path: str, warn: Warn) -> list[ArticleQuotes]:
    """One path (file, folder, URL or ``-``) as sources."""
    suffix = _suffix(path)
    if suffix in _TRANSCRIPT_SUFFIXES:
        from quotecheck.ingest.transcripts import read_transcript_file

        return [read_transcript_file(path)]
    if suffix == ".docx":
        from quotecheck.ingest.docx import read_docx

        return [_extract(read_docx(path))]
    if path != "-" and os.path.isdir(path):
        return _read_folder(path, warn)
    return [_as_source(article) for article in _articles(path, warn)]


def _read_folder(folder: str, warn: Warn) -> list[ArticleQuotes]:
    from quotecheck.ingest.files import read_folder

    return read_folder(folder, warn, lambda path: _read_one(path, warn), "sources")


def _may_be_transcript(raw: str) -> bool:
    """A cheap necessary condition for ``looks_like_transcript``, so that a run whose sources are all
    articles never loads the transcript reader: every labelled line holds a colon or a bracket
    ("NAME:", "[NAME]", "Name 0:12"), and a transcript needs two such lines and half of all lines."""
    if raw.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    lines = [line for line in raw.split("\n") if line.strip()]
    marked = sum(1 for line in lines if ":" in line or "[" in line)
    return marked >= 2 and marked * 2 >= len(lines)


def _as_source(article: Article) -> ArticleQuotes:
    """An article, or the transcript it turns out to be."""
    if article.source_format in {"text", "markdown"} and _may_be_transcript(article.raw):
        from quotecheck.ingest.transcripts import looks_like_transcript, transcript_from_text

        if looks_like_transcript(article.raw):
            return transcript_from_text(article.raw, article.path, fmt="text")
    return _extract(article)


def load_sources(paths: Sequence[str], warn: Warn) -> list[ArticleQuotes]:
    """Every source in ``paths``, in the order given; a folder is read recursively."""
    out: list[ArticleQuotes] = []
    for path in paths:
        out.extend(_read_one(path, warn))
    return out


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (newlines kept): offsets unchanged."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


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
