"""Pydantic models: the contracts between pipeline stages.

Every model is frozen. Every span is a pair of Python ``str`` indices into
``Article.raw``, the decoded text exactly as read (headers, furniture and all),
so any stage, report or UI can slice the original words back out.

The models of one stage live in a private module and are all importable from here. Those of
``compare`` and ``check`` load on first use: building a pydantic class costs start-up, and
``quotecheck quotes`` or a ``check`` run in a CI hook should not pay for the other command's models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quotecheck.models._base import (
    Article,
    ArticleQuotes,
    ChainStep,
    ChangeKind,
    CreditTrace,
    DateSource,
    DiffOp,
    Model,
    Paragraph,
    ParagraphRole,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
    WordChange,
)

if TYPE_CHECKING:
    from quotecheck.models._archive import BuildSummary, IndexStats, Printing, VerifyProblem
    from quotecheck.models._check import CheckedQuote, CheckStatus, DraftCheck, SourceMatch
    from quotecheck.models._compare import (
        AttributionConflict,
        ClusterMember,
        ClusterRelation,
        Comparison,
        Credit,
        Event,
        Evidence,
        Lineup,
        LineupCell,
        LineupRow,
        NumberFact,
        NumberMention,
        OnlyIn,
        QuoteCluster,
        WordDiff,
    )

__all__ = [
    "Article",
    "ArticleQuotes",
    "AttributionConflict",
    "BuildSummary",
    "ChainStep",
    "ChangeKind",
    "CheckStatus",
    "CheckedQuote",
    "ClusterMember",
    "ClusterRelation",
    "Comparison",
    "Credit",
    "CreditTrace",
    "DateSource",
    "DiffOp",
    "DraftCheck",
    "Event",
    "Evidence",
    "IndexStats",
    "Lineup",
    "LineupCell",
    "LineupRow",
    "Model",
    "NumberFact",
    "NumberMention",
    "OnlyIn",
    "Paragraph",
    "ParagraphRole",
    "Printing",
    "Quote",
    "QuoteCluster",
    "QuoteKind",
    "SourceMatch",
    "Span",
    "Speaker",
    "SpeakerKind",
    "VerifyProblem",
    "WordChange",
    "WordDiff",
]

_CHECK = frozenset({"CheckStatus", "CheckedQuote", "DraftCheck", "SourceMatch"})
_ARCHIVE = frozenset({"BuildSummary", "IndexStats", "Printing", "VerifyProblem"})
_COMPARE = frozenset(__all__) - _CHECK - _ARCHIVE - set(globals())


def __getattr__(name: str) -> Any:
    if name in _CHECK:
        from quotecheck.models import _check

        return getattr(_check, name)
    if name in _ARCHIVE:
        from quotecheck.models import _archive

        return getattr(_archive, name)
    if name in _COMPARE:
        from quotecheck.models import _compare

        return getattr(_compare, name)
    raise AttributeError(f"module 'quotecheck.models' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
