"""Extract: every quotation of an article, with its kind and its credit."""

from __future__ import annotations

from quotecheck.extract.attribution import Credit, Sentence, credit_in_sentence, subject_credit
from quotecheck.extract.claims import (
    ClaimCredit,
    HeadlineCredit,
    claim_credit,
    headline_credits,
    number_credit,
    quote_credit,
    settle_credits,
)
from quotecheck.extract.identity import Agreement, one_name_each, same_name, same_speaker, speaker_key, surname
from quotecheck.extract.kinds import classify_kind
from quotecheck.extract.lexicon import (
    BODY_ALIASES,
    BODY_HEADS,
    COMMISSIVE_VERBS,
    HONORIFICS,
    PLURAL_PERSON_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from quotecheck.extract.mentions import MentionFinder
from quotecheck.extract.quotes import DOUBLE_MARKS, SINGLE_MARKS, QuoteSpan, find_quote_spans
from quotecheck.extract.speakers import Registry
from quotecheck.extract.tokens import Token, split_sentences, tokenize
from quotecheck.extract.venues import (
    find_venues,
    is_programme_title,
    masked_sentence,
    may_name_venue,
    resolve_anaphors,
)
from quotecheck.models import Article, ArticleQuotes, ParagraphRole, Quote, QuoteKind, Span

__all__ = [
    "BODY_ALIASES",
    "BODY_HEADS",
    "COMMISSIVE_VERBS",
    "HONORIFICS",
    "PLURAL_PERSON_HEADS",
    "ROLE_HEADS",
    "SPEECH_VERBS",
    "Agreement",
    "ClaimCredit",
    "HeadlineCredit",
    "claim_credit",
    "extract_quotes",
    "find_quote_spans",
    "headline_credits",
    "number_credit",
    "one_name_each",
    "quote_credit",
    "same_name",
    "same_speaker",
    "settle_credits",
    "speaker_key",
    "surname",
]


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


def extract_quotes(article: Article) -> ArticleQuotes:  # noqa: C901, PLR0912
    """Find every quote in ``article`` and credit it."""
    raw = article.raw
    spans = find_quote_spans(article)
    by_para: dict[int, list[int]] = {}
    for idx, span in enumerate(spans):
        by_para.setdefault(span.paragraph, []).append(idx)

    registry = Registry()
    finder = MentionFinder(registry, raw)
    para_tokens: list[list[Token]] = []
    for p_index, para in enumerate(article.paragraphs):
        marks = [(spans[i].open_at, _close_end(raw, spans[i]), i) for i in by_para.get(p_index, [])]
        tokens = tokenize(raw, para.span.start, para.span.end, marks)
        para_tokens.append(tokens)
        if para.role is not ParagraphRole.FURNITURE:
            finder.learn(tokens)
    registry.close_learning()

    heads = {span.start: idx for idx, span in enumerate(spans)}
    credits: list[Credit | None] = [None] * len(spans)
    kinds: list[QuoteKind] = [QuoteKind.PARTIAL] * len(spans)
    venues: list[tuple[str, int, int]] = []
    previous: Credit | None = None  # the last credit of the previous paragraph, for cue-less quote paragraphs
    for p_index, para in enumerate(article.paragraphs):
        tokens = para_tokens[p_index]
        furniture = para.role is ParagraphRole.FURNITURE
        in_para: Credit | None = None
        venue_by_speaker: dict[str, Credit] = {}
        for sentence in split_sentences(tokens, raw):
            sentence_venues: list[tuple[str, int, int]] = []
            quoted = [k for k, tok in enumerate(sentence) if tok.is_quote]
            titles = frozenset(
                k for k in quoted
                if k and (sentence[k - 1].is_possessive or sentence[k - 1].text in _APOSTROPHES)
                and is_programme_title(sentence, k, raw)
            )
            if not furniture and (titles or may_name_venue(sentence)):
                sentence_venues = resolve_anaphors(find_venues(*masked_sentence(sentence, raw, titles)), venues)
            # A name inside a programme's title ("Sunday with Laura Kuenssberg") is not a mention.
            mentions = [] if furniture else finder.sentence_mentions(sentence, sentence_venues)
            venues.extend(sentence_venues)
            view = Sentence(sentence, mentions, sentence_venues)
            for k in quoted:
                tok = sentence[k]
                span = spans[tok.quote]
                credit = None
                if k in titles:
                    kinds[tok.quote] = QuoteKind.SCARE  # NBC's "Meet the Press": a title, not speech
                    continue
                if not furniture:
                    credit = credit_in_sentence(view, k)
                    if credit is None:
                        credit = _inherited(heads, credits, span, in_para, previous, tokens, sentence, k)
                        if credit is None and previous is not None and _document_goes_on(sentence, k, previous):
                            credit = _carry(previous)
                    elif credit.venue is None and credit.speaker in venue_by_speaker:
                        _copy_venue(credit, venue_by_speaker[credit.speaker])
                credits[tok.quote] = credit
                kinds[tok.quote] = classify_kind(raw, span, sentence, k, credit, para.span.start)
                if credit is not None and credit.strength != "owner":
                    in_para = credit
                    if credit.venue and credit.speaker:
                        venue_by_speaker[credit.speaker] = credit
            if not furniture:
                subject = subject_credit(view)
                if subject is not None and subject.speaker:
                    if subject.venue:
                        venue_by_speaker.setdefault(subject.speaker, subject)
                    if not quoted:
                        in_para = subject
        if not furniture and (in_para is not None or tokens):
            previous = in_para

    quotes: list[Quote] = []
    for idx, span in enumerate(spans):
        credit = credits[idx]
        kind = kinds[idx]
        if kind is QuoteKind.SCARE:
            credit = None
        venue = _expand_venue(credit.venue, venues) if credit and credit.venue else None
        mention = credit.mention if credit else None
        group = f"{article.path}#{span.group_start}" if span.group_start is not None else None
        if group is None and not span.closed:
            group = f"{article.path}#{span.start}"
        # Built from the engine's own checked values: construct, do not re-validate (a hot path).
        quotes.append(
            Quote.trusted(
                id=f"{article.path}#{span.start}",
                file=article.path,
                span=Span.trusted(start=span.start, end=span.end),
                text=raw[span.start : span.end],
                kind=kind,
                paragraph=span.paragraph,
                closed=span.closed,
                group=group,
                speaker=credit.speaker if credit else None,
                mention=raw[mention.start : mention.end] if mention else None,
                mention_span=Span.trusted(start=mention.start, end=mention.end) if mention else None,
                cue=credit.cue if credit else None,
                venue=venue,
                venue_span=(
                    Span.trusted(start=credit.venue_start, end=credit.venue_end)
                    if credit and venue and credit.venue_start is not None and credit.venue_end is not None
                    else None
                ),
                furniture=article.paragraphs[span.paragraph].role is ParagraphRole.FURNITURE,
            )
        )
    return settle_credits(ArticleQuotes.trusted(article=article, quotes=tuple(quotes), speakers=registry.speakers()))


_APOSTROPHES = frozenset({"'", "’"})
_GOING_ON = frozenset("said says added adds continued read reads".split())


_DOCUMENTS = frozenset("statement letter post message note email video".split())


def _document_goes_on(sentence: list[Token], k: int, previous: Credit) -> bool:
    """"...," the statement added.: the words of the statement the paragraph before named, and so of
    its author."""
    if not previous.venue or not previous.speaker:
        return False
    rest = [tok.lower for tok in sentence[k + 1 : k + 5] if tok.is_word]
    return (
        len(rest) >= 3
        and rest[0] == "the"
        and rest[1] in _DOCUMENTS
        and rest[2] in _GOING_ON
        and rest[1] in previous.venue.lower().split()
    )


def _copy_venue(credit: Credit, source: Credit) -> None:
    credit.venue, credit.venue_start, credit.venue_end = source.venue, source.venue_start, source.venue_end


def _inherited(
    heads: dict[int, int],
    credits: list[Credit | None],
    span: QuoteSpan,
    in_para: Credit | None,
    previous: Credit | None,
    tokens: list[Token],
    sentence: list[Token],
    k: int,
) -> Credit | None:
    """A credit carried over: multi-paragraph continuation, same paragraph, previous paragraph."""
    if span.group_start is not None:
        head = heads.get(span.group_start)
        if head is not None and credits[head] is not None:
            return _carry(credits[head])
    if in_para is not None:
        return _carry(in_para)
    opens_paragraph = bool(tokens) and tokens[0] is sentence[k] and k == 0
    # A paragraph that is nothing but quotation, after the paragraph that named its speaker (the scan of
    # the paragraph last, for its first quote only: per quote it made a paragraph of n quotes cost n^2).
    if opens_paragraph and previous is not None and all(t.is_quote or not t.is_word for t in tokens):
        return _carry(previous)
    return None


def _carry(credit: Credit | None) -> Credit | None:
    if credit is None:
        return None
    return Credit(
        credit.speaker, credit.mention, credit.cue, credit.cue_start, credit.venue,
        credit.venue_start, credit.venue_end, "inherited",
    )


def _expand_venue(venue: str, venues: list[tuple[str, int, int]]) -> str:
    """"Today" -> "BBC Radio 4's Today programme" when the article names it in full elsewhere."""
    if not venue[:1].isupper():
        return venue  # "statement": a kind of occasion, not a name that a longer one spells out
    low = venue.lower()
    best = venue
    for other, _, _ in venues:
        ol = other.lower()
        if len(ol) > len(best) and f" {low} " in f" {ol.replace('’s', ' ').replace(chr(39) + 's', ' ')} ":
            best = other
    return best
