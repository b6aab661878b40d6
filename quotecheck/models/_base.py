"""The models every stage shares: an article, its paragraphs, its quotes and speakers, and the
word-change run that both ``compare`` and ``check`` report."""

from __future__ import annotations

import bisect
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
        state); tests/test_models_trusted.py holds it to that. A call that leaves a field out is refused
        (``model_construct`` would fill in its default; this would leave it missing).
        """
        if len(values) != len(cls.__pydantic_fields__):
            missing = [name for name in cls.__pydantic_fields__ if name not in values]
            raise TypeError(f"{cls.__name__}.trusted needs every field; missing {', '.join(missing) or 'none'}")
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
        starts = _line_starts(self.raw)
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1


_LINE_STARTS: dict[int, tuple[str, list[int]]] = {}
"""Offsets where each line starts, for the last few texts asked about (by identity): ``line_col`` for every
quote of a 10 MB file counted from offset 0 each time (99 s); a bisection now."""


def _line_starts(raw: str) -> list[int]:
    cached = _LINE_STARTS.get(id(raw))
    if cached is not None and cached[0] is raw:
        return cached[1]
    starts = [0]
    at = raw.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = raw.find("\n", at + 1)
    if len(_LINE_STARTS) >= 16:
        _LINE_STARTS.pop(next(iter(_LINE_STARTS)))
    _LINE_STARTS[id(raw)] = (raw, starts)
    return starts


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
    """Roles and titles the article gives ("shadow home secretary"), or that its mentions resolve to
    ("the home secretary" taken for the person just named)."""
    gender: str | None = None
    """"f", "m" or None, from honorifics and pronouns, for pronoun resolution."""
    offices: tuple[str, ...] = ()
    """The roles the article gives beside the name ("Home Secretary Yvette Cooper", "Chris Philp, the
    shadow home secretary"), none inferred from a later mention: what events compare across articles."""


class ChainStep(Model):
    """One step of how a mention was resolved to its speaker ("she" -> "Ms Cooper" -> "Yvette Cooper")."""

    text: str
    """The words of this step, sliced from the raw text ("she", "Ms Cooper", "Yvette Cooper, the shadow
    home secretary")."""
    start: int
    """Offset of the first character of ``text`` in the raw text."""
    end: int
    """Offset just past ``text``."""
    paragraph: int
    """Index into ``Article.paragraphs`` of the paragraph holding ``text`` (as ``Quote.paragraph``; a reader's
    ¶ number is one more)."""
    how: str
    """How this step leads to the next one, or to the speaker: "pronoun" (the latest person the pronoun
    fits), "surname" (a short form of a full name), "role" (a title or role the article gave a person),
    "epithet" ("the 45-year-old": the person just named), "relative" ("who"), "body" ("the company":
    the one just named), "name" (the speaker named in full), "introduced" (where the article first names
    the person in full)."""


class CreditTrace(Model):
    """Why a quote is credited as it is: the rule, its cue, the mention and how that mention resolved."""

    rule: str
    """Name of the rule that made the credit (``quotecheck.extract.attribution.RULE_NAMES``)."""
    cue: str | None = None
    """The attributing words the rule read ("said", "told", "according to", ":")."""
    cue_span: Span | None = None
    """Where the cue is."""
    cue_paragraph: int | None = None
    """Index into ``Article.paragraphs`` of the paragraph holding the cue (for a carried credit, an earlier one)."""
    mention: str | None = None
    """The words that name the speaker ("she", "Ms Cooper")."""
    mention_span: Span | None = None
    """Where that mention is."""
    chain: tuple[ChainStep, ...] = ()
    """The resolution of the mention, from the mention itself to the speaker's full name."""
    carried_from: str | None = None
    """For a credit carried over (rule "continuation", "same-paragraph", ...): the rule of the credit it was
    carried from, the one that read the cue."""


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
    rule: str | None = None
    """Name of the rule that credited the quote (``credit.rule``); None when no rule did."""
    credit: CreditTrace | None = None
    """Why the quote is credited as it is: rule, cue, mention and its resolution chain."""


class ArticleQuotes(Model):
    """An article with its quotes and the speakers they resolve to."""

    article: Article
    """The article."""
    quotes: tuple[Quote, ...]
    """Quotes in offset order."""
    speakers: tuple[Speaker, ...] = ()
    """Speakers found in the article."""


# --- word changes: shared by compare's diffs and check's verdicts ----------------------------------


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
