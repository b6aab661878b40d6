"""What ``compare`` finds across a set of articles: events, quote clusters, word diffs, attribution
conflicts, number facts, line-ups and what only one outlet says."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from quotecheck.models._base import ArticleQuotes, Model, QuoteKind, Span, WordChange


class Event(Model):
    """The articles that report one happening: a day's story and its follow-ups."""

    id: str
    """Stable id, ``e1``, ``e2``... by earliest publication date, then path."""
    title: str
    """Readable title: date, main people, topic words."""
    files: tuple[str, ...]
    """Paths of the articles, dated ones first by date, then by path."""
    first_published: date | None = None
    """Earliest publication date among the articles, None when none is dated."""
    last_published: date | None = None
    """Latest publication date among the articles."""
    people: tuple[str, ...] = ()
    """People quoted in the event, most widely quoted first."""
    topics: tuple[str, ...] = ()
    """Words most of the articles use."""
    undated: tuple[str, ...] = ()
    """Articles without a date, placed here by their content alone."""


class ClusterRelation(StrEnum):
    """How the versions of one utterance differ, the strongest difference in the cluster."""

    VERBATIM = "verbatim"
    """The same words; typography aside (curly or straight marks, dashes, spaces)."""
    NEAR_VERBATIM = "near_verbatim"
    """Spelling, case, number format, punctuation, or a word or two in a long quote."""
    TRUNCATED = "truncated"
    """One version is a stretch of another."""
    SPLICED = "spliced"
    """A version joins fragments that are apart in another."""
    PARAPHRASED = "paraphrased"
    """Different words inside the quote marks for the same point."""


class WordDiff(Model):
    """A word-level diff of one version of a quote against the cluster's fullest version."""

    base: str
    """Quote id of the version compared against."""
    other: str
    """Quote id of this version."""
    ops: tuple[WordChange, ...]
    """The runs, in the order of the base (insertions where they fall)."""
    substantive: bool
    """True when any change is substantive (quoted stretches of a truncated version excepted)."""


class Evidence(Model):
    """A stretch of one article that a finding rests on."""

    file: str
    """Path of the article as given."""
    span: Span
    """Where the words are in the raw text."""
    text: str
    """The words, sliced from the raw text."""


class ClusterMember(Model):
    """One version of an utterance, as one outlet printed it."""

    quote_id: str
    """Id of the quote (``<file>#<start>``)."""
    file: str
    """Path of the article."""
    span: Span
    """The characters inside the quote marks."""
    text: str
    """The quoted words, as printed."""
    kind: QuoteKind
    """Full or partial."""
    speaker: str | None = None
    """Who the article credits."""
    venue: str | None = None
    """Where the article says it was said."""


class QuoteCluster(Model):
    """The versions of one utterance across the articles of an event."""

    id: str
    """Stable id, ``<event>-q<n>``."""
    event: str
    """Id of the event."""
    relation: ClusterRelation
    """How the versions differ."""
    members: tuple[ClusterMember, ...]
    """The versions, by file then offset."""
    anchor: str
    """Quote id of the fullest version, the base of every diff."""
    diffs: tuple[WordDiff, ...] = ()
    """Each other version against the anchor."""
    paraphrases: tuple[Evidence, ...] = ()
    """Reporters' sentences that render the same words as indirect speech."""


class Credit(Model):
    """Who and where one article says a set of words or a claim came from."""

    file: str
    """Path of the article."""
    span: Span
    """The words credited (a quote, or the sentence that makes the claim)."""
    text: str
    """Those words, as printed."""
    speaker: str | None = None
    """The person or body credited; None when the reporter gives no source."""
    venue: str | None = None
    """Where it was said, when the article says."""
    mention: str | None = None
    """The words that credit the speaker ("Government ministers claim", "Sunak told reporters")."""
    mention_span: Span | None = None
    """Where that mention is."""


class AttributionConflict(Model):
    """The same words or claim credited to different speakers or venues across outlets."""

    id: str
    """Stable id, ``<event>-a<n>``."""
    event: str
    """Id of the event."""
    kind: str
    """"speaker" (people or bodies that cannot be one side), "headline" (a headline's credit its body
    contradicts), "imprecise" (one side credited more or less precisely: "the Government" and one of
    its ministers) or "venue" (different programmes or papers)."""
    claim: str
    """The words or claim at issue, short."""
    members: tuple[Credit, ...]
    """Every credit, by file then offset."""
    cluster: str | None = None
    """Id of the quote cluster the conflict comes from, if any."""


class NumberMention(Model):
    """One number in one article, with what it measures."""

    file: str
    """Path of the article."""
    span: Span
    """The qualifier, the number and its unit, as printed ("more than £2bn")."""
    text: str
    """Those words."""
    value: float
    """The value (``£2bn`` -> 2e9, ``100k`` -> 1e5)."""
    unit: str | None = None
    """Currency code, "%" or None for a count."""
    qualifier: str | None = None
    """"more than", "around", "up to", "almost"... as printed, lower case; None when bare."""
    bound: str = "="
    """The qualifier's sense: ">" (more than), "<" (up to, almost), "~" (around), "=" (none)."""
    counts: str | None = None
    """What the number counts ("caseworkers", "migrants"), when a noun follows it."""
    period: str | None = None
    """A rate's period ("a year", "a week") when the text gives one."""
    sentence: Span
    """The sentence the number sits in."""
    in_quote: bool = False
    """True when the number is inside quotation marks."""


class NumberFact(Model):
    """The same figure as each outlet gives it."""

    id: str
    """Stable id, ``<event>-n<n>``."""
    event: str
    """Id of the event."""
    members: tuple[NumberMention, ...]
    """Every mention, by file then offset."""
    conflict: bool
    """True when the values or units disagree (not mere rounding or format)."""
    differences: tuple[str, ...] = ()
    """What differs: values, units, qualifiers, periods, in words."""


class LineupCell(Model):
    """One outlet's sentence in a line-up row."""

    file: str
    """Path of the article."""
    span: Span
    """The sentence."""
    text: str
    """The sentence, as printed."""


class LineupRow(Model):
    """Sentences of different outlets that report the same thing."""

    id: str
    """Stable id, ``<event>-r<n>``, in reading order."""
    cells: tuple[LineupCell, ...]
    """One sentence per outlet that has it, in the event's file order; other outlets have a gap."""


class Lineup(Model):
    """A collation of an event's articles, sentence by sentence."""

    event: str
    """Id of the event."""
    files: tuple[str, ...]
    """The columns, in the event's file order."""
    rows: tuple[LineupRow, ...]
    """The rows, in reading order."""


class OnlyIn(Model):
    """A sentence one outlet reports and the others of its event leave out."""

    id: str
    """Stable id, ``<event>-o<n>``, most telling first."""
    event: str
    """Id of the event."""
    file: str
    """Path of the article."""
    span: Span
    """The sentence."""
    text: str
    """The sentence, as printed."""
    score: float
    """Rank: higher for numbers, named people, quotes and counter-framing."""
    reasons: tuple[str, ...] = ()
    """Why it ranks: "number", "named person", "quote", "counter-framing"."""


class Comparison(Model):
    """Everything ``compare`` finds across a set of articles."""

    articles: tuple[ArticleQuotes, ...]
    """The articles with their quotes, by path."""
    events: tuple[Event, ...]
    """The events, by id."""
    clusters: tuple[QuoteCluster, ...] = ()
    """Quote clusters, by event then id."""
    conflicts: tuple[AttributionConflict, ...] = ()
    """Attribution conflicts."""
    numbers: tuple[NumberFact, ...] = ()
    """Number facts reported by more than one article, or in conflict."""
    lineups: tuple[Lineup, ...] = ()
    """One line-up per event."""
    only_in: tuple[OnlyIn, ...] = ()
    """What only one outlet of an event says, most telling first within each event."""
