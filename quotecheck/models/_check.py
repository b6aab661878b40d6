"""What ``check`` says of a draft: a verdict per quote, with the source match and the word diff."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from quotecheck.models._base import CreditTrace, Model, QuoteKind, Span, WordChange


class CheckStatus(StrEnum):
    """The verdict on one quote of a draft, checked against the sources."""

    VERIFIED = "verified"
    """The words are in a source, credited to the same person (and venue, where the draft names one)."""
    MISQUOTE = "misquote"
    """A source has the quote, but the draft changed its words (substituted, added, dropped, cut, spliced)."""
    MISATTRIBUTED = "misattributed"
    """The words are in a source, said by someone else."""
    WRONG_VENUE = "wrong_venue"
    """Right person and words, wrong programme or publication."""
    UNVERIFIED = "unverified"
    """No source has the words."""


class SourceMatch(Model):
    """Where a source has a draft quote's words: the best match found."""

    file: str
    """Path of the source as given."""
    span: Span
    """The matched words in the source's raw text (first to last matched word)."""
    text: str
    """Those words, sliced from the source."""
    line: int
    """1-based line of ``span.start`` in the source."""
    col: int
    """1-based column of ``span.start`` in the source."""
    speaker: str | None = None
    """Who the source credits with the words (a transcript's speaker label)."""
    venue: str | None = None
    """Where the source says the words were said, when it says."""
    quote_id: str | None = None
    """Id of the source quote (``<file>#<start>``) the match starts in."""
    sentence: str = ""
    """The source's sentence (or sentences) holding the match, on one line of its text, for ``check -v``."""
    outlet: str | None = None
    """The source's outlet, when known (set for matches from an archive index)."""
    published: date | None = None
    """The source's publication date, when known (set for matches from an archive index)."""


class CheckedQuote(Model):
    """One quote of a draft with its verdict, best source match and word diff."""

    file: str
    """Path of the draft as given."""
    span: Span
    """The characters inside the quote marks, in the draft's raw text."""
    line: int
    """1-based line of ``span.start``."""
    col: int
    """1-based column of ``span.start``."""
    text: str
    """The quoted words as printed in the draft."""
    kind: QuoteKind
    """Full, partial or scare, as the quote engine reads the draft."""
    speaker: str | None = None
    """Who the draft credits (canonical name), None when nobody is."""
    venue: str | None = None
    """Where the draft says the words were said, None when it does not say."""
    status: CheckStatus
    """The verdict."""
    source: SourceMatch | None = None
    """The best source match; None when no source has the words."""
    diff: tuple[WordChange, ...] = ()
    """Word diff from the source (``old``) to the draft (``new``); conventions are cosmetic changes."""
    reasons: tuple[str, ...] = ()
    """Why the verdict, in words ("'talking' where the source has 'total'")."""
    suppressed: bool = False
    """True when an ignore comment or the configuration silences this quote (it never fails a run)."""
    credit: CreditTrace | None = None
    """Why the draft's credit reads as it does: the engine's trace of the draft quote (None when no rule
    credited it)."""
    earliest: SourceMatch | None = None
    """With an archive index (``check --index``): the earliest printing of the quote in the archive (the
    match's words, speaker, outlet and date), None without an index or when the archive has none."""


class DraftCheck(Model):
    """Every quote of one draft, checked."""

    draft: str
    """Path of the draft as given."""
    quotes: tuple[CheckedQuote, ...]
    """The draft's quotes in offset order, headline included."""
    sources: tuple[str, ...] = ()
    """Paths of the sources checked against."""
