"""Credit every quote of an article: read it paragraph by paragraph, sentence by sentence, ask the
sentence rules, then the carry-over rules."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from quotecheck.extract.attribution.carry import (
    CarryContext,
    carried_credit,
    copy_venue,
    exchange_venue,
    expand_venue,
)
from quotecheck.extract.attribution.grammar import Credit, Sentence
from quotecheck.extract.attribution.rules import credit_in_sentence, subject_credit
from quotecheck.extract.mentions import MentionFinder, names_nobody
from quotecheck.extract.quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan
from quotecheck.extract.speakers import Registry
from quotecheck.extract.tokens import Token, split_sentences, tokenize
from quotecheck.extract.venues import (
    find_venues,
    is_programme_title,
    masked_sentence,
    may_name_venue,
    name_venues,
    resolve_anaphors,
)
from quotecheck.models import Article, Paragraph, ParagraphRole, QuoteKind

_APOSTROPHES = frozenset({"'", "’"})


@dataclass(slots=True)
class ArticleCredits:
    """The credits of an article's quotes, with what the kind of each quote is read from."""

    registry: Registry
    """The article's people and bodies."""
    credits: list[Credit | None]
    """By quote index: the credit, or None."""
    places: list[tuple[list[Token], int, int] | None]
    """By quote index: (sentence tokens, quote token, paragraph start), or None when no sentence holds it."""
    titles: set[int] = field(default_factory=set)
    """Quote indexes that are a programme's title ("NBC's "Meet the Press""): scare quotes, no credit."""
    venues: list[tuple[str, int, int]] = field(default_factory=list)
    """Every venue the article names: (name, start, end)."""

    def final(self, idx: int, kind: QuoteKind) -> Credit | None:
        """The credit of quote ``idx`` once its kind is known: a scare quote is a term set off by quote
        marks, not reported speech, so it is nobody's words whatever its sentence says. A credit to a role
        the article ties to no name ("the judge said", "a senior official said") keeps its mention and
        names nobody: a role is never a canonical name."""
        if kind is QuoteKind.SCARE:
            return None
        credit = self.credits[idx]
        if credit is not None and credit.speaker and credit.mention is not None and names_nobody(credit.mention):
            return replace(credit, speaker=None)
        return credit

    def venue(self, credit: Credit | None) -> str | None:
        """The venue of ``credit``, spelled as fully as the article spells it anywhere."""
        return expand_venue(credit.venue, self.venues) if credit and credit.venue else None


def _close_end(raw: str, span: QuoteSpan) -> int:
    """Offset just past the closing mark (or the span end when there is none)."""
    if not span.closed:
        return span.end
    at = span.end
    while at < len(raw) and raw[at] in " \t\u00a0\u202f\u2009":
        at += 1  # « Nous gagnerons » : the span leaves out the space before the closing mark
    if at < len(raw) and (raw[at] in DOUBLE_MARKS or raw[at] in SINGLE_MARKS):
        return at + 1
    return span.end


def _programme_titles(sentence: list[Token], quoted: list[int], raw: str) -> frozenset[int]:
    """Quote tokens that are a programme's title after a possessive ("NBC's "Meet the Press"")."""
    return frozenset(
        k for k in quoted
        if k and (sentence[k - 1].is_possessive or sentence[k - 1].text in _APOSTROPHES)
        and is_programme_title(sentence, k, raw)
    )


class _Reader:
    """Reads an article in order, keeping what carries over between quotes and paragraphs."""

    def __init__(self, article: Article, spans: list[QuoteSpan]) -> None:
        self.raw = article.raw
        self.spans = spans
        self.heads = {span.start: idx for idx, span in enumerate(spans)}
        registry = Registry()
        self.finder = MentionFinder(registry, self.raw)
        self.out = ArticleCredits(registry, [None] * len(spans), [None] * len(spans))
        self.previous: Credit | None = None  # the last credit of the previous paragraph
        # per paragraph
        self.tokens: list[Token] = []
        self.para_start = 0
        self.in_para: Credit | None = None
        self.headline = False
        self.venue_by_speaker: dict[str, Credit] = {}
        self.para_venues: list[tuple[str, int, int]] = []
        self.asked: tuple[str, int, int] | None = None  # the previous paragraph's question venue

    def learn(self, article: Article) -> list[list[Token]]:
        """Tokenize every paragraph and learn the names and roles of the story's paragraphs."""
        by_para: dict[int, list[int]] = {}
        for idx, span in enumerate(self.spans):
            by_para.setdefault(span.paragraph, []).append(idx)
        para_tokens: list[list[Token]] = []
        for p_index, para in enumerate(article.paragraphs):
            marks = [(self.spans[i].open_at, _close_end(self.raw, self.spans[i]), i)
                     for i in by_para.get(p_index, [])]
            tokens = tokenize(self.raw, para.span.start, para.span.end, marks)
            para_tokens.append(tokens)
            if para.role is not ParagraphRole.FURNITURE:
                self.finder.learn(tokens)
        self.finder.registry.close_learning()
        return para_tokens

    def paragraph(self, para: Paragraph, tokens: list[Token]) -> None:
        """Credit the quotes of one paragraph."""
        self.tokens, self.para_start = tokens, para.span.start
        self.in_para, self.venue_by_speaker = None, {}
        self.headline = para.role is ParagraphRole.HEADLINE
        furniture = para.role is ParagraphRole.FURNITURE
        if not furniture:
            self.para_venues = []
        for sentence in split_sentences(tokens, self.raw):
            if furniture:
                self._furniture_sentence(sentence)
            else:
                self._sentence(sentence)
        if not furniture and (self.in_para is not None or tokens) and not _subhead(tokens, self.in_para):
            self.previous = self.in_para
            asked = any(tok.lower == "asked" for tok in tokens)
            self.asked = self.para_venues[-1] if asked and self.para_venues else None

    def _furniture_sentence(self, sentence: list[Token]) -> None:
        """Page furniture: its quotes are found and given a kind, never a credit."""
        quoted = [k for k, tok in enumerate(sentence) if tok.is_quote]
        titles = _programme_titles(sentence, quoted, self.raw)
        for k in quoted:
            self._place(sentence, k, None, k in titles)

    def _sentence(self, sentence: list[Token]) -> None:
        raw = self.raw
        quoted = [k for k, tok in enumerate(sentence) if tok.is_quote]
        titles = _programme_titles(sentence, quoted, raw)
        sentence_venues: list[tuple[str, int, int]] = []
        if titles or may_name_venue(sentence):
            sentence_venues = resolve_anaphors(
                find_venues(*masked_sentence(sentence, raw, titles)), self.out.venues
            )
        # A name inside a programme's title ("Sunday with Laura Kuenssberg") is not a mention.
        mentions = self.finder.sentence_mentions(sentence, name_venues(sentence_venues, raw))
        self.out.venues.extend(sentence_venues)
        self.para_venues.extend(sentence_venues)
        view = Sentence(sentence, mentions, sentence_venues, self.headline)
        for k in quoted:
            if k in titles:
                self._place(sentence, k, None, title=True)
                continue
            credit = self._credit(view, k)
            self._place(sentence, k, credit, title=False)
            if credit is not None and credit.strength != "owner":
                self.in_para = credit
                if credit.venue and credit.speaker:
                    self.venue_by_speaker[credit.speaker] = credit
        subject = subject_credit(view)
        if subject is not None and subject.speaker:
            if subject.venue:
                self.venue_by_speaker.setdefault(subject.speaker, subject)
            if not quoted:
                self.in_para = subject

    def _credit(self, view: Sentence, k: int) -> Credit | None:
        """The sentence rules, else the carry-over rules; a venue the speaker was given earlier."""
        credit = credit_in_sentence(view, k)
        document = credit is not None and credit.speaker is None and credit.mention is not None \
            and credit.mention.kind == "document"
        if credit is not None and credit.speaker is None and self._unresolved_it(credit):
            # '"...," it added.': "it" is the body or text the paragraph's credit names
            carried = self.in_para or self.previous
            if carried is not None and carried.mention is not None and carried.mention.kind in {"body", "document"}:
                credit.speaker = carried.speaker
        if credit is None or document:
            span = self.spans[view.tokens[k].quote]
            ctx = CarryContext(self.heads, self.out.credits, span, self.in_para, self.previous,
                               self.tokens, view.tokens, k)
            carried = carried_credit(ctx)
            if credit is None:
                return carried
            if carried is not None and carried.rule == "document-goes-on":
                return carried  # "...," the statement added: the author the paragraph before named
            return credit
        if credit.venue is None and credit.speaker in self.venue_by_speaker:
            copy_venue(credit, self.venue_by_speaker[credit.speaker])
        exchange_venue(credit, self.in_para or self.previous, None if self.in_para else self.asked)
        return credit

    def _unresolved_it(self, credit: Credit) -> bool:
        """The credit's mention is a bare "it" that no rule resolved."""
        m = credit.mention
        return m is not None and m.kind == "pronoun" and self.raw[m.start : m.end].lower() == "it"

    def _place(self, sentence: list[Token], k: int, credit: Credit | None, title: bool) -> None:
        idx = sentence[k].quote
        self.out.credits[idx] = credit
        self.out.places[idx] = (sentence, k, self.para_start)
        if title:
            self.out.titles.add(idx)


_SUBHEAD_WORDS = 16


def _subhead(tokens: list[Token], credit: Credit | None) -> bool:
    """A short line with no quote, no credit and no full stop ("On the budget", "Here are the highlights:")
    heads what follows; the speaker of the paragraphs around it goes on."""
    if credit is not None or not tokens or tokens[-1].text in {".", "!", "?", "…"}:
        return False
    return not any(t.is_quote for t in tokens) and sum(t.is_word for t in tokens) <= _SUBHEAD_WORDS


def credit_article(article: Article, spans: list[QuoteSpan]) -> ArticleCredits:
    """Credit every quote span of ``article`` (spans in offset order, as ``find_quote_spans`` gives them)."""
    reader = _Reader(article, spans)
    para_tokens = reader.learn(article)
    for para, tokens in zip(article.paragraphs, para_tokens, strict=True):
        reader.paragraph(para, tokens)
    return reader.out
