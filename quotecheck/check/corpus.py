"""Sources -> streams: each speaker's quoted words in one source, in order, with offsets kept.

A stream holds every word one source credits to one speaker (quotes with no speaker stand alone),
so a draft quote that runs across two quotes of the same remark ("... in small boats," Starmer
said. "The only way ...") is one stretch of that stream. Where two quotes of a stream are not one
remark (a later paragraph, another speaker's words between them) the stream records a break: a
draft quote that runs across a break without an ellipsis joins separate remarks (a splice).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from quotecheck.extract import SPEECH_VERBS
from quotecheck.models import ArticleQuotes, ParagraphRole, Quote, QuoteKind, Speaker
from quotecheck.words import spelling_key, tokenize

__all__ = ["Corpus", "Stream", "build_corpus", "spell", "word_keys"]

MAX_JOIN_WORDS = 14
"""Most words between two quotes of one speaker that can still be one remark (the attribution)."""
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def spell(key: str) -> str:
    """A key that British and American spellings share (possessive kept: Europe's is not Europe)."""
    if key.endswith("'s"):
        return spelling_key(key[:-2]) + "'s"
    return spelling_key(key)


def word_keys(text: str, base: int = 0) -> list[tuple[str, int, int]]:
    """(key, start, end) of every word and number of ``text``: folded, lower case, numbers by value."""
    return [(w.norm, w.start, w.end) for w in tokenize(text, base) if w.kind != "punct"]


@dataclass(slots=True)
class Stream:
    """The words one source credits to one speaker, in order."""

    index: int
    """Position in the corpus (stable: sources in the order given, then offset)."""
    result: ArticleQuotes
    """The source with its quotes."""
    speaker: str | None
    """Canonical speaker, None for an uncredited quote (which is a stream of its own)."""
    record: Speaker | None
    """The source's record of the speaker (aliases, roles)."""
    quotes: list[Quote] = field(default_factory=list)
    """The quotes of the stream, in offset order."""
    keys: list[str] = field(default_factory=list)
    """Comparison key of every word."""
    spells: list[str] = field(default_factory=list)
    """Spelling-variant key of every word."""
    starts: list[int] = field(default_factory=list)
    """Raw offset of every word."""
    ends: list[int] = field(default_factory=list)
    """Raw offset just past every word."""
    quote_of: list[int] = field(default_factory=list)
    """Index into ``quotes`` of every word."""
    breaks: set[int] = field(default_factory=set)
    """Word indices ``i`` such that words ``i - 1`` and ``i`` belong to separate remarks."""
    text: str = ""
    """The keys joined by spaces, for fuzzy candidate search."""
    offsets: list[int] = field(default_factory=list)
    """Character offset of every key in ``text``."""

    @property
    def file(self) -> str:
        """Path of the source."""
        return self.result.article.path

    def add(self, quote: Quote, continuous: bool) -> None:
        """Append a quote's words; ``continuous`` when it goes on the previous quote's remark."""
        if self.keys and not continuous:
            self.breaks.add(len(self.keys))
        q = len(self.quotes)
        self.quotes.append(quote)
        for key, start, end in word_keys(quote.text, quote.span.start):
            self.keys.append(key)
            self.spells.append(spell(key))
            self.starts.append(start)
            self.ends.append(end)
            self.quote_of.append(q)

    def finish(self) -> None:
        """Build the search text once every quote is in."""
        pos = 0
        self.offsets = []
        for key in self.keys:
            self.offsets.append(pos)
            pos += len(key) + 1
        self.text = " ".join(self.keys)

    def venue_at(self, i: int) -> str | None:
        """The venue of the quote holding word ``i`` (or of the remark it belongs to)."""
        venue = self.quotes[self.quote_of[i]].venue
        if venue:
            return venue
        # a later paragraph of one remark inherits the venue named at its start
        j = i
        while j > 0 and j not in self.breaks:
            j -= 1
            venue = self.quotes[self.quote_of[j]].venue
            if venue:
                return venue
        return None


@dataclass(slots=True)
class Corpus:
    """Every stream of every source, with an index from word key to the streams that have it."""

    streams: list[Stream]
    """The streams."""
    by_key: dict[str, set[int]]
    """Streams holding each key."""
    sources: tuple[ArticleQuotes, ...]
    """The sources as given."""
    _prose: Corpus | None = None

    def prose(self) -> Corpus:
        """The sources' own text, paragraph by paragraph (built on first use): where a scare quote's
        words may be found outside quote marks."""
        if self._prose is None:
            self._prose = _prose_corpus(self.sources)
        return self._prose

    def candidates(self, keys: Iterable[str]) -> set[int]:
        """Streams holding any of ``keys``."""
        found: set[int] = set()
        for key in keys:
            found |= self.by_key.get(key, set())
        return found


def _eligible(quote: Quote) -> bool:
    return not quote.furniture and bool(_WORD.search(quote.text))


def _continuous(result: ArticleQuotes, prev: Quote, quote: Quote, between: Sequence[Quote]) -> bool:
    """True when ``quote`` goes on the remark ``prev`` started: one multi-paragraph quote, or two
    quotes parted only by a short attribution ("...," Starmer said. "..."), not by the reporter's
    own words ("smash the gangs" and "stop the boats" are two fragments)."""
    if quote.group is not None and quote.group in {prev.group, prev.id}:
        return True
    if between or abs(quote.paragraph - prev.paragraph) > 1:
        return False
    gap = _WORD.findall(result.article.raw[prev.span.end : quote.span.start].lower())
    return len(gap) <= MAX_JOIN_WORDS and any(w in SPEECH_VERBS for w in gap)


def _prose_corpus(sources: Sequence[ArticleQuotes]) -> Corpus:
    streams: list[Stream] = []
    for result in sources:
        article = result.article
        if article.source_format.startswith("transcript"):
            continue
        stream = Stream(len(streams), result, None, None)
        for index, para in enumerate(article.paragraphs):
            if para.role is ParagraphRole.FURNITURE:
                continue
            text = para.span.slice(article.raw)
            stream.add(
                Quote.model_construct(
                    id=f"{article.path}#{para.span.start}", file=article.path, span=para.span, text=text,
                    kind=QuoteKind.SCARE, paragraph=index,
                ),
                continuous=False,
            )  # fmt: skip
        streams.append(stream)
    return _indexed(streams, sources)


def _indexed(streams: list[Stream], sources: Sequence[ArticleQuotes]) -> Corpus:
    by_key: dict[str, set[int]] = {}
    for stream in streams:
        stream.finish()
        for key in stream.keys:
            by_key.setdefault(key, set()).add(stream.index)
    return Corpus(streams, by_key, tuple(sources))


def build_corpus(sources: Sequence[ArticleQuotes]) -> Corpus:
    """Streams for every source: one per credited speaker per source, one per uncredited quote."""
    streams: list[Stream] = []
    for result in sources:
        records = {s.name: s for s in result.speakers}
        by_speaker: dict[str, Stream] = {}
        quotes = [q for q in result.quotes if _eligible(q)]
        position = {q.id: n for n, q in enumerate(quotes)}
        for n, quote in enumerate(quotes):
            if quote.speaker is None or quote.kind is QuoteKind.SCARE:
                stream = Stream(len(streams), result, None, None)
                stream.add(quote, continuous=False)
                streams.append(stream)
                continue
            stream_or_none = by_speaker.get(quote.speaker)
            if stream_or_none is None:
                stream = Stream(len(streams), result, quote.speaker, records.get(quote.speaker))
                by_speaker[quote.speaker] = stream
                streams.append(stream)
                stream.add(quote, continuous=False)
                continue
            stream = stream_or_none
            prev = stream.quotes[-1]
            between = quotes[position[prev.id] + 1 : n]
            stream.add(quote, continuous=_continuous(result, prev, quote, between))
    return _indexed(streams, sources)
