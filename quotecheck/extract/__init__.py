"""Extract: every quotation of an article, with its kind and its credit.

    find_all_quote_spans -> credit_article (the attribution package) -> classify_kind -> Quote
    (quotes within quotes: classify_inner_kind, no credit)
"""

from __future__ import annotations

from quotecheck.extract.attribution import ArticleCredits, Credit, TraceBuilder, credit_article
from quotecheck.extract.attribution.claims import (
    ClaimCredit,
    HeadlineCredit,
    claim_credit,
    headline_credits,
    number_credit,
    quote_credit,
    settle_credits,
)
from quotecheck.extract.identity import Agreement, one_name_each, same_name, same_speaker, speaker_key, surname
from quotecheck.extract.kinds import classify_inner_kind, classify_kind, title_case
from quotecheck.extract.lexicon import (
    BODY_ALIASES,
    BODY_HEADS,
    COMMISSIVE_VERBS,
    HONORIFICS,
    PLURAL_PERSON_HEADS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from quotecheck.extract.quotes import QuoteSpan, find_all_quote_spans, find_quote_spans
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
    "title_case",
]


def extract_quotes(article: Article) -> ArticleQuotes:
    """Find every quote in ``article`` and credit it."""
    spans, inner = find_all_quote_spans(article)
    credited = credit_article(article, spans)
    traces = TraceBuilder(article.raw, [p.span.start for p in article.paragraphs])
    quotes: list[Quote] = []
    for idx, span in enumerate(spans):
        kind = _kind(article, credited, idx, span)
        credit = credited.final(idx, kind)
        quotes.append(_quote(article, span, kind, credit, credited, traces))
    if inner:
        # A quote within a quotation is a record of its own, credited to nobody (whose words it reports
        # is the outer speaker's claim); its kind is read from the words around it.
        quotes.extend(
            _quote(article, span, classify_inner_kind(article.raw, span, _outer_start(spans, span)), None, credited,
                   traces)
            for span in inner
        )
        quotes.sort(key=lambda q: (q.span.start, q.span.end))
    return settle_credits(
        ArticleQuotes.trusted(article=article, quotes=tuple(quotes), speakers=credited.registry.speakers())
    )


def _outer_start(spans: list[QuoteSpan], inner: QuoteSpan) -> int:
    """Start of the quotation that holds ``inner``."""
    return max((s.start for s in spans if s.start <= inner.open_at < s.end), default=inner.open_at)


def _kind(article: Article, credited: ArticleCredits, idx: int, span: QuoteSpan) -> QuoteKind:
    """A programme's title is a scare quote; else what ``classify_kind`` reads in the quote's sentence."""
    if idx in credited.titles:
        return QuoteKind.SCARE  # NBC's "Meet the Press": a title, not speech
    place = credited.places[idx]
    if place is None:
        return QuoteKind.PARTIAL
    sentence, k, para_start = place
    return classify_kind(article.raw, span, sentence, k, credited.credits[idx], para_start)


def _quote(
    article: Article, span: QuoteSpan, kind: QuoteKind, credit: Credit | None, credited: ArticleCredits,
    traces: TraceBuilder,
) -> Quote:
    raw = article.raw
    venue = credited.venue(credit)
    mention = credit.mention if credit else None
    mention_span = Span.trusted(start=mention.start, end=mention.end) if mention else None
    group = f"{article.path}#{span.group_start}" if span.group_start is not None else None
    if group is None and not span.closed:
        group = f"{article.path}#{span.start}"
    # Built from the engine's own checked values: construct, do not re-validate (a hot path).
    return Quote.trusted(
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
        mention_span=mention_span,
        cue=credit.cue if credit else None,
        venue=venue,
        venue_span=(
            Span.trusted(start=credit.venue_start, end=credit.venue_end)
            if credit and venue and credit.venue_start is not None and credit.venue_end is not None
            else None
        ),
        furniture=article.paragraphs[span.paragraph].role is ParagraphRole.FURNITURE,
        rule=credit.rule if credit else None,
        credit=traces.trace(credit, mention_span) if credit else None,
    )
