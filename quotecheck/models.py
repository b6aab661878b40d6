"""Pydantic models: the contracts between pipeline stages.

Every model is frozen. Every span is a pair of Python ``str`` indices into
``Article.raw``, the decoded text exactly as read (headers, furniture and all),
so any stage, report or UI can slice the original words back out.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Model(BaseModel):
    """Base for every quotecheck model: frozen, no unknown fields.

    Validators are built on first use (``defer_build``) and field docstrings stay documentation, not
    schema descriptions (``use_attribute_docstrings`` would parse this file's source at every start-up):
    `quotecheck check` must start in well under a second.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """``model_construct(**values)`` when ``values`` gives every field, in field order: at a third of its cost.

        For the engine's hot paths, which build thousands of models from their own checked values. The
        instance is the one ``model_construct`` makes (same ``__dict__``, fields set, extra and private
        state); tests/test_models_trusted.py holds it to that.
        """
        model = _new(cls)
        _setattr(model, "__dict__", values)
        _set_fields_set(model, set(values))
        _set_extra(model, None)
        _set_private(model, None)
        return model


# BaseModel's own slots, set directly (a frozen model refuses ``setattr``).
_new = object.__new__
_setattr = object.__setattr__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


class Span(Model):
    """A half-open range ``[start, end)`` of character offsets into ``Article.raw``."""

    start: int = Field(ge=0)
    """Offset of the first character."""
    end: int = Field(ge=0)
    """Offset just past the last character."""

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self

    def slice(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


class DateSource(StrEnum):
    """Where a publication date was found, strongest first."""

    HEADER = "header"
    METADATA = "metadata"
    DATELINE = "dateline"
    TEXT = "text"
    NONE = "none"


class ParagraphRole(StrEnum):
    """What a paragraph is, as far as the analysis is concerned."""

    HEADLINE = "headline"
    BODY = "body"
    CAPTION = "caption"
    FURNITURE = "furniture"


class Paragraph(Model):
    """One paragraph of the article body, with its role."""

    span: Span
    """Where the paragraph sits in the raw text, surrounding whitespace excluded."""
    role: ParagraphRole = ParagraphRole.BODY
    """Body text, the headline, an image caption, or page furniture kept out of the analysis."""
    reason: str | None = None
    """Why a paragraph was judged furniture or caption ("ad slot", "related links", ...)."""


class Article(Model):
    """One news report as read from a file, URL or stdin."""

    path: str
    """The path or URL exactly as the user gave it (``-`` for stdin)."""
    raw: str
    """The decoded text every offset points into (for HTML: the extracted main text)."""
    encoding: str = "utf-8"
    """The encoding the bytes were decoded with."""
    source_format: str = "text"
    """Reader that produced the article: text, markdown, html, json, jsonl."""
    outlet: str | None = None
    """Publishing outlet ("BBC News", "Bloomberg"), from metadata or a dateline."""
    outlet_source: str | None = None
    """How the outlet was found: header, metadata, dateline, furniture."""
    headline: str | None = None
    """Headline from metadata, or the first line when it reads like one."""
    url: str | None = None
    """Canonical URL when known."""
    published: date | None = None
    """Publication date."""
    date_source: DateSource = DateSource.NONE
    """How the publication date was found."""
    body_start: int = 0
    """Offset where the article text starts (after any metadata header)."""
    paragraphs: tuple[Paragraph, ...] = ()
    """Every non-blank paragraph in order, furniture included and marked as such."""

    @property
    def content_paragraphs(self) -> tuple[Paragraph, ...]:
        """Paragraphs that take part in the analysis (no furniture)."""
        return tuple(p for p in self.paragraphs if p.role is not ParagraphRole.FURNITURE)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset`` in ``raw``."""
        line = self.raw.count("\n", 0, offset) + 1
        col = offset - (self.raw.rfind("\n", 0, offset) + 1) + 1
        return line, col


class QuoteKind(StrEnum):
    """How a quotation is used in the reporter's sentence."""

    FULL = "full"
    """Whole sentence(s) of reported speech."""
    PARTIAL = "partial"
    """A fragment of speech set inside the reporter's own sentence."""
    SCARE = "scare"
    """A term set off by quote marks, not reported speech."""


class SpeakerKind(StrEnum):
    """A person or a body (party, government, department, newspaper)."""

    PERSON = "person"
    BODY = "body"


class Speaker(Model):
    """One canonical speaker within an article."""

    name: str
    """Canonical full name ("Yvette Cooper", "Downing Street")."""
    kind: SpeakerKind = SpeakerKind.PERSON
    """Person or body."""
    aliases: tuple[str, ...] = ()
    """Other mentions that resolve to this speaker ("Ms Cooper", "the shadow home secretary")."""
    roles: tuple[str, ...] = ()
    """Roles and titles the article gives ("shadow home secretary")."""
    gender: str | None = None
    """"f", "m" or None, from honorifics and pronouns, for pronoun resolution."""


class Quote(Model):
    """One quoted span (one paragraph of a multi-paragraph quotation)."""

    id: str
    """Stable id: ``<file>#<start>``."""
    file: str
    """Path of the article as given."""
    span: Span
    """The characters inside the quote marks (multi-paragraph: to the paragraph end)."""
    text: str
    """``raw[span.start:span.end]``."""
    kind: QuoteKind
    """Full, partial or scare."""
    paragraph: int
    """Index into ``Article.paragraphs`` of the paragraph holding the quote."""
    closed: bool = True
    """False when the paragraph ends without a closing mark (multi-paragraph convention)."""
    group: str | None = None
    """Id of the first quote of a multi-paragraph quotation this paragraph belongs to."""
    speaker: str | None = None
    """Canonical name of the person or body credited; None when nobody is."""
    mention: str | None = None
    """The words that credit the speaker here ("Ms Cooper", "she", "the shadow home secretary")."""
    mention_span: Span | None = None
    """Where that mention is."""
    cue: str | None = None
    """Attributing words ("told", "said", "according to", ":")."""
    venue: str | None = None
    """Where it was said or published ("LBC", "BBC Radio 4's Today programme")."""
    venue_span: Span | None = None
    """Where the venue is named."""
    furniture: bool = False
    """True when the quote sits in page furniture (link lists, captions), outside the story."""


class ArticleQuotes(Model):
    """An article with its quotes and the speakers they resolve to."""

    article: Article
    """The article."""
    quotes: tuple[Quote, ...]
    """Quotes in offset order."""
    speakers: tuple[Speaker, ...] = ()
    """Speakers found in the article."""


# --- compare: events, quote clusters, word diffs, conflicts, numbers, line-up ---------------------


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


class ChangeKind(StrEnum):
    """Whether a change alters what the reader is told."""

    COSMETIC = "cosmetic"
    """Typography, spelling, case, punctuation, number format."""
    SUBSTANTIVE = "substantive"
    """Words added, dropped, substituted or moved; a number changed."""


class DiffOp(StrEnum):
    """One step of a word diff from the base version to another."""

    EQUAL = "equal"
    """The same words."""
    DELETE = "delete"
    """Words of the base missing from the other version."""
    INSERT = "insert"
    """Words of the other version missing from the base."""
    REPLACE = "replace"
    """Words of the base replaced by other words."""
    MOVE = "move"
    """The same words at another place."""


class WordChange(Model):
    """One run of words in a word diff, with what kind of change it is."""

    op: DiffOp
    """Equal, delete, insert, replace or move."""
    old: str = ""
    """The words of the base version, as printed ("" for an insertion)."""
    new: str = ""
    """The words of the other version, as printed ("" for a deletion)."""
    old_span: Span | None = None
    """Where ``old`` is in the base article."""
    new_span: Span | None = None
    """Where ``new`` is in the other article."""
    change: ChangeKind | None = None
    """Cosmetic or substantive; None for equal runs."""
    reason: str = ""
    """Why: typography, spelling, case, punctuation, number format, words added, words dropped,
    words changed, number changed, moved, not quoted (outside a truncated version)."""


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
    """"speaker" (different people or bodies) or "venue" (different programmes or papers)."""
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


# --- check: a draft's quotes against their sources ------------------------------------------------


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


class DraftCheck(Model):
    """Every quote of one draft, checked."""

    draft: str
    """Path of the draft as given."""
    quotes: tuple[CheckedQuote, ...]
    """The draft's quotes in offset order, headline included."""
    sources: tuple[str, ...] = ()
    """Paths of the sources checked against."""
