"""Bytes of one input -> Articles, by format: text and markdown (with a header), HTML, JSON, JSON Lines, Word.

The format comes from the file suffix (or the HTTP content type); input with no telling suffix is text,
unless it starts like a web page.
"""

from __future__ import annotations

from pathlib import PurePath

from quotecheck.ingest.article import article_from_text
from quotecheck.ingest.encoding import decode_bytes
from quotecheck.models import Article

__all__ = [
    "BINARY_SUFFIXES",
    "articles_from_bytes",
    "charset_of_content_type",
    "format_for_content_type",
    "format_for_name",
]

_SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".docx": "docx",
}  # fmt: skip
# Suffixes of files that are never articles; a folder walk skips them without a warning.
BINARY_SUFFIXES = frozenset(
    {
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ppt", ".pptx", ".png",
        ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".ico", ".svg", ".heic",
        ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".mov", ".avi", ".mkv", ".webm", ".zip",
        ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".exe", ".dll", ".so",
        ".dylib", ".bin", ".o", ".a", ".pyc", ".pyo", ".class", ".jar", ".whl", ".db",
        ".sqlite", ".sqlite3", ".parquet", ".pickle", ".pkl", ".npy", ".npz", ".woff", ".woff2", ".ttf",
        ".otf", ".eot", ".iso", ".dmg",
    }
)  # fmt: skip


def format_for_name(name: str) -> str | None:
    """The reader for a file name by its suffix; None when the suffix does not tell (sniff the content)."""
    return _SUFFIX_FORMATS.get(PurePath(name).suffix.lower())


def format_for_content_type(content_type: str | None) -> str | None:
    """The reader for an HTTP content type: HTML pages to the HTML reader, everything else is text."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in {"text/html", "application/xhtml+xml"}:
        return "html"
    return None


def charset_of_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of an HTTP content type."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def articles_from_bytes(
    data: bytes,
    path: str,
    source_format: str | None,
    *,
    declared: str | None = None,
    url: str | None = None,
) -> list[Article]:
    """Decode and read one input; ``source_format`` None means text unless the content is a web page."""
    if source_format == "docx":  # a zip archive, never decoded as text (its checks refuse non-zips and bombs)
        from quotecheck.ingest.docx import read_docx_bytes

        return [read_docx_bytes(data, path)]
    if source_format == "html" and declared is None:
        from quotecheck.ingest.html import declared_charset

        declared = declared_charset(data)
    text, encoding = decode_bytes(data, path, declared)
    if source_format is None:
        from quotecheck.ingest.html import looks_like_html

        source_format = "html" if looks_like_html(text) else "text"
    if source_format in {"text", "markdown"}:
        return [article_from_text(text, path, source_format=source_format, encoding=encoding)]
    if source_format == "html":
        return [_html_article(text, path, encoding, url)]
    from quotecheck.ingest.records import json_records, jsonl_records

    records = json_records(text, path) if source_format == "json" else jsonl_records(text, path)
    return [
        article_from_text(record.text, record.path, source_format=source_format, encoding=encoding, **record.meta)
        for record in records
    ]


def _html_article(text: str, path: str, encoding: str, url: str | None) -> Article:
    from quotecheck.ingest.html import extract_html

    page = extract_html(text, path, url)
    return article_from_text(
        page.text,
        path,
        source_format="html",
        encoding=encoding,
        outlet=page.outlet,
        date=page.date,
        url=page.url,
        headline=page.headline,
        author=page.author,
    )
