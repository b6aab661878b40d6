"""quotecheck: find every quotation in news reports, credit it, and compare outlets.

The library is headless: nothing here imports Textual. Heavy modules (pydantic and the models included)
load on first use, so the console script can catch a Ctrl-C while they load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotecheck.errors import ConfigError, InputError, QuotecheckError, UsageError

if TYPE_CHECKING:
    from quotecheck.extract import extract_quotes
    from quotecheck.ingest import article_from_text, load_article, load_articles
    from quotecheck.models import (
        Article,
        ArticleQuotes,
        DateSource,
        Paragraph,
        ParagraphRole,
        Quote,
        QuoteKind,
        Span,
        Speaker,
        SpeakerKind,
    )
    from quotecheck.pipeline import compare

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleQuotes",
    "ConfigError",
    "DateSource",
    "InputError",
    "Paragraph",
    "ParagraphRole",
    "Quote",
    "QuoteKind",
    "QuotecheckError",
    "Span",
    "Speaker",
    "SpeakerKind",
    "UsageError",
    "article_from_text",
    "compare",
    "extract_quotes",
    "load_article",
    "load_articles",
]

_MODELS = (
    "Article", "ArticleQuotes", "DateSource", "Paragraph", "ParagraphRole", "Quote", "QuoteKind", "Span", "Speaker",
    "SpeakerKind",
)
_LAZY = {
    **dict.fromkeys(_MODELS, "quotecheck.models"),
    "compare": "quotecheck.pipeline",
    "extract_quotes": "quotecheck.extract",
    "article_from_text": "quotecheck.ingest",
    "load_article": "quotecheck.ingest",
    "load_articles": "quotecheck.ingest",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'quotecheck' has no attribute {name!r}")
