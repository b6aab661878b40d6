"""What the archive (``quotecheck.archive``) returns: printings of a quote, build and index figures."""

from __future__ import annotations

from datetime import date

from quotecheck.models._base import Model, QuoteKind, Span, WordChange
from quotecheck.models._compare import ClusterRelation


class Printing(Model):
    """One printing of a quote in the archive: where, when, by whom, and how it differs from the earliest."""

    quote_id: str
    """Id of the printed quote, ``<file>#<start>`` (as ``Quote.id``)."""
    file: str
    """Path of the article as it was indexed."""
    span: Span
    """The characters inside the quote marks in the article's raw text."""
    line: int
    """1-based line of ``span.start``."""
    col: int
    """1-based column of ``span.start``."""
    text: str
    """The quote as printed there."""
    kind: QuoteKind
    """Full, partial or scare, as the quote engine read it."""
    speaker: str | None = None
    """Who the article credits (canonical name as credited there); None when nobody is."""
    mention: str | None = None
    """The words that credit the speaker ("Ms Cooper", "she")."""
    venue: str | None = None
    """Where the article says the words were said ("LBC"), None when it does not say."""
    cue: str | None = None
    """The attributing words ("said", "told")."""
    outlet: str | None = None
    """The article's outlet, when known."""
    headline: str | None = None
    """The article's headline, when known."""
    published: date | None = None
    """The article's publication date, when known."""
    score: float = 0.0
    """How well the printing's words match the words searched for, 0-100 (100 for a search by speaker alone)."""
    relation: ClusterRelation = ClusterRelation.VERBATIM
    """How this printing stands to the earliest one listed: verbatim, near_verbatim, truncated, spliced,
    paraphrased (changed)."""
    diff: tuple[WordChange, ...] = ()
    """Word diff from the earliest printing listed (``old``) to this one (``new``); empty for the earliest."""
    earliest: bool = False
    """True for the earliest printing listed (the one every diff is against)."""


class IndexStats(Model):
    """What an index holds."""

    db: str
    """Path of the index file."""
    files: int
    """Files (and URLs) indexed."""
    articles: int
    """Articles in them (a JSON-lines file holds several)."""
    printings: int
    """Quotes stored, one per printing."""
    texts: int
    """Distinct quote texts (normalised words): a wire quote printed 2,000 times is one."""
    terms: int
    """Distinct word-pair terms in the full-text index."""
    bytes: int
    """Size of the index file."""
    outlets: int
    """Distinct outlets named."""
    first: date | None = None
    """Earliest publication date among the articles."""
    last: date | None = None
    """Latest publication date among the articles."""
    sqlite: str = ""
    """Version of the SQLite library the index was read with."""
    complete: bool = True
    """False while a build is unfinished (interrupted): the next build resumes it."""


class VerifyProblem(Model):
    """A stored quote (or file) that no longer matches the file on disk."""

    file: str
    """The file."""
    line: int | None = None
    """1-based line of the stored quote, None for a problem with the whole file."""
    reason: str
    """What is wrong ("missing", "changed since indexed", "span no longer holds the quote")."""


class BuildSummary(Model):
    """What one ``build_index`` run did."""

    db: str
    """Path of the index file."""
    listed: int
    """Files (and URLs) found under the paths given."""
    indexed: int
    """Files read and extracted in this run (new or changed)."""
    unchanged: int
    """Files skipped because their content hash is unchanged."""
    removed: int
    """Files dropped from the index (deleted, or gone from a folder given)."""
    failed: int
    """Files that could not be read (each reported as a warning)."""
    quotes: int
    """Quotes stored in this run."""
    seconds: float
    """Wall time of the run."""
