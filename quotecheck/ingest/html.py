"""HTML -> main text and metadata via trafilatura (the one place importing it, lazily: it is slow to load).

For HTML the extracted text *is* ``Article.raw``: a web page's markup is not something a journalist
quotes from, and every offset then points into text the user can print with ``quotecheck text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quotecheck.errors import InputError
from quotecheck.ingest.outlet import canonical_outlet, outlet_from_host

__all__ = ["HtmlText", "declared_charset", "extract_html", "looks_like_html"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_MIN_WORDS_IN_A_LINE = 5  # a page whose best line is shorter than this has no article, just navigation


@dataclass(frozen=True)
class HtmlText:
    """The main text of a page and what its metadata says about it."""

    text: str
    headline: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def looks_like_html(text: str) -> bool:
    """True when text starts like a web page (doctype or <html>), for input with no telling suffix."""
    return _HTML_START.match(text[:2048]) is not None


def extract_html(markup: str, path: str, url: str | None = None) -> HtmlText:
    """The article text (paragraphs joined by newlines) and metadata; InputError when there is no article."""
    import trafilatura

    try:
        document: Any = trafilatura.bare_extraction(
            markup,
            url=url,
            include_comments=False,
            favor_precision=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise InputError(path, f"cannot parse HTML ({type(exc).__name__}: {exc})") from exc
    text = _raw_attr(document, "text") if document is not None else None
    if not text or not any(len(line.split()) >= _MIN_WORDS_IN_A_LINE for line in text.splitlines()):
        raise InputError(path, "no article text found")
    return HtmlText(
        text=text,
        headline=_attr(document, "title"),
        date=_attr(document, "date"),
        outlet=_outlet(_attr(document, "sitename"), _attr(document, "hostname")),
        url=_attr(document, "url") or url,
        author=_attr(document, "author"),
    )


def _raw_attr(document: Any, name: str) -> str | None:
    value = document.get(name) if isinstance(document, dict) else getattr(document, name, None)
    return None if value is None else str(value)


def _attr(document: Any, name: str) -> str | None:
    """A metadata field on one line, or None when missing or blank."""
    value = " ".join((_raw_attr(document, name) or "").split())
    return value or None


def _outlet(sitename: str | None, hostname: str | None) -> str | None:
    """The site name as the page gives it (canonical when the table knows it), else the web host."""
    if sitename:
        return canonical_outlet(sitename) or sitename
    if hostname:
        return outlet_from_host(hostname) or hostname.removeprefix("www.")
    return None
