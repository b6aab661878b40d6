"""Ingest: files, folders, stdin and URLs -> Article, with offsets into the raw text.

    load_articles(paths, *, cache_dir=None, warn=None, stdin=None) -> list[Article]
    load_article(path, *, cache_dir=None, stdin=None) -> Article
    article_from_text(raw, path="<text>", *, source_format="text", encoding="utf-8", **meta) -> Article
    resolve_relative_date(expression, published) -> date | None

Modules, one concept each: loader (entry points), files (bytes from disk and stdin, folder walks),
url (HTTP fetch and cache), readers (format dispatch), encoding (bytes -> str), header (key lines and
YAML front matter), records (JSON/JSONL), html (trafilatura), article (text -> Article), paragraphs
(paragraph spans), furniture (paragraph roles), outlet (outlets, datelines), dates (dateparser).
Heavy libraries (trafilatura, dateparser, httpx, charset-normalizer, PyYAML) load only when needed.
"""

from quotecheck.ingest.article import article_from_text
from quotecheck.ingest.dates import parse_date, resolve_relative_date
from quotecheck.ingest.loader import load_article, load_articles

__all__ = ["article_from_text", "load_article", "load_articles", "parse_date", "resolve_relative_date"]
