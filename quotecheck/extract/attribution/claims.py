"""Claims and headlines: who an article credits words that are not a quote's, and the credits that need
the whole article (its headline and its cast), settled once in the extract stage.

    settle_credits(result) -> ArticleQuotes           glued quotes split, headline labels credited
    claim_credit(result, sentence, at) -> ClaimCredit | None   who a sentence says a claim at ``at`` is from
    number_credit(result, span, sentence, in_quote) -> Credit  who an article says a figure comes from
    headline_credits(result) -> list[HeadlineCredit]  who a headline credits each of its quoted phrases to

``quotes``, ``compare`` and ``check`` all read these; none re-derives a credit. A claim's subject is
resolved by the extract stage's own machinery (the mention finder with the speaker registry, reading the
article in order as ``extract_quotes`` does, so "she said" means whom it means for a quote); a headline's
names by the article's cast (``ArticleQuotes.speakers``). Whether two names are one speaker is
``identity.same_speaker``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.extract.attribution.article import _programme_titles, _Reader
from quotecheck.extract.attribution.grammar import Sentence
from quotecheck.extract.identity import surname
from quotecheck.extract.lexicon import BODY_ALIASES, COMMISSIVE_VERBS, SPEECH_VERBS, STOPWORDS
from quotecheck.extract.quotes import find_quote_spans
from quotecheck.extract.tokens import Token, split_sentences
from quotecheck.extract.venues import (
    find_venues,
    masked_sentence,
    may_name_venue,
    name_venues,
    resolve_anaphors,
)
from quotecheck.models import (
    Article,
    ArticleQuotes,
    Credit,
    CreditTrace,
    ParagraphRole,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)

__all__ = [
    "ClaimCredit",
    "HeadlineCredit",
    "claim_credit",
    "credit_echoes",
    "credit_headline_label",
    "headline_credits",
    "number_credit",
    "quote_credit",
    "settle_credits",
    "split_glued",
]


@dataclass(frozen=True, slots=True)
class ClaimCredit:
    """Who a sentence says a claim comes from."""

    speaker: str
    """Canonical name of the person or body."""
    mention: str
    """The words that name them, through the verb of saying ("Government ministers claim")."""
    mention_span: Span
    """Where those words are in the raw file."""
    venue: str | None
    """The programme or paper named after "told", if any."""


@dataclass(frozen=True, slots=True)
class HeadlineCredit:
    """A phrase the headline quotes and whom the headline credits it to."""

    span: Span
    """The quoted words (inside the marks) in the raw file."""
    phrase: str
    """The quoted words as written."""
    speaker: str
    """Whom the headline credits them to."""


# --- the extract stage's last step ---------------------------------------------------------------


def settle_credits(result: ArticleQuotes) -> ArticleQuotes:
    """``result`` with glued single-quoted phrases split (``split_glued``), headline labels credited
    (``credit_headline_label``) and echoes credited (``credit_echoes``): the credits every command sees."""
    quotes = [credit_headline_label(result, part) for q in result.quotes for part in split_glued(result, q)]
    quotes = credit_echoes(quotes)
    if len(quotes) == len(result.quotes) and all(a is b for a, b in zip(quotes, result.quotes, strict=True)):
        return result
    return ArticleQuotes.trusted(article=result.article, quotes=tuple(quotes), speakers=result.speakers)


_HEADLINE_LABEL = re.compile(r"[#>*_\s]*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s*:\s")


def credit_headline_label(result: ArticleQuotes, quote: Quote) -> Quote:
    """A headline's ``Name: ... 'quote'`` credits Name, under the full name the story gives them."""
    if quote.speaker is not None or quote.furniture or not result.article.paragraphs:
        return quote
    para = result.article.paragraphs[quote.paragraph]
    if para.role is not ParagraphRole.HEADLINE and quote.paragraph != 0:
        return quote
    m = _HEADLINE_LABEL.match(result.article.raw, para.span.start, quote.span.start)
    if m is None:
        return quote
    label = m.group("name")
    words = set(label.lower().split())
    name = next((sp.name for sp in result.speakers if words <= set(sp.name.lower().split())), label)
    at = Span(start=m.start("name"), end=m.end("name"))
    trace = CreditTrace(
        rule=HEADLINE_LABEL_RULE, cue=":", mention=label, mention_span=at, cue_paragraph=quote.paragraph
    )
    return quote.model_copy(
        update={"speaker": name, "mention": label, "mention_span": at, "rule": HEADLINE_LABEL_RULE, "credit": trace}
    )


_WORD = re.compile(r"[\w’']+")
_ECHO_ONE_WORD_OF = 3


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(text))


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def credit_echoes(quotes: list[Quote]) -> list[Quote]:
    """A phrase the story quotes with no credit, whose words a credited quote of the same story holds
    (the lead's "significantly impacted" before the paragraph where Dr Thomas says "... will be
    significantly impacted"), is that speaker's: the speaker of every such quote, when there is one."""
    credited = [(q, _words(q.text)) for q in quotes if q.speaker and not q.furniture]
    out = []
    for q in quotes:
        words = _words(q.text)
        if q.speaker or q.mention or q.furniture or not words or all(w in STOPWORDS for w in words):
            out.append(q)
            continue
        # One word is an echo only of a short phrase ("insult" of "an insult"), never a word of a long quote.
        longest = _ECHO_ONE_WORD_OF if len(words) == 1 else 10_000
        sources = [src for src, held in credited
                   if src is not q and len(words) < len(held) <= longest and _holds(held, words)
                   and not src.span.start <= q.span.start < src.span.end]  # not the quotation it is inside
        speakers = {src.speaker for src in sources}
        if len(speakers) != 1:
            out.append(q)
            continue
        src = sources[0]
        trace = CreditTrace(rule=ECHO_RULE, cue=None, mention=src.mention, mention_span=src.mention_span,
                            cue_paragraph=src.paragraph)
        update = {"speaker": src.speaker, "mention": src.mention, "mention_span": src.mention_span,
                  "rule": ECHO_RULE, "credit": trace}
        if q.kind is QuoteKind.SCARE:
            update["kind"] = QuoteKind.PARTIAL
        out.append(q.model_copy(update=update))
    return out


ECHO_RULE = "echo"
"""The rule name of ``credit_echoes``'s credits."""

HEADLINE_LABEL_RULE = "headline-label"
"""The rule name of ``credit_headline_label``'s credits."""

_GLUED = re.compile(r"['’](?=[\s,.;:!?])(?P<mid>[^'‘’\"“”\n]{1,80}?)(?<=\s)['‘](?=\w)")


def split_glued(result: ArticleQuotes, quote: Quote) -> list[Quote]:
    """Two single-quoted phrases read as one (``'smash the gangs' as Labour rejects Tory 'open border'``,
    the first closing mark taken for a plural possessive): split them, the second with no credit."""
    raw = result.article.raw
    if quote.furniture or quote.span.start == 0 or raw[quote.span.start - 1] not in "'‘":
        return [quote]
    m = _GLUED.search(quote.text)
    if m is None:
        return [quote]
    first_end = quote.span.start + m.start()
    second_start = quote.span.start + m.end()
    first = quote.model_copy(update={"span": quote.span.model_copy(update={"end": first_end}),
                                     "text": raw[quote.span.start : first_end]})  # fmt: skip
    rest = quote.model_copy(update={
        "id": f"{quote.file}#{second_start}", "span": quote.span.model_copy(update={"start": second_start}),
        "text": raw[second_start : quote.span.end], "speaker": None, "mention": None, "mention_span": None,
        "cue": None, "venue": None, "venue_span": None,
    })  # fmt: skip
    return [first, *split_glued(result, rest)]


# --- claims: the subject of the verb of saying ------------------------------------------------------

def number_credit(result: ArticleQuotes, span: Span, sentence: Span, in_quote: bool) -> Credit:
    """Who an article says the figure at ``span`` (in ``sentence``) comes from: the quote's speaker when
    the figure is quoted, else the subject of the sentence's verb of saying (``claim_credit``)."""
    file = result.article.path
    if in_quote:
        q = next((q for q in result.quotes if q.span.start <= span.start < q.span.end), None)
        if q is not None:
            return quote_credit(q)
    text = sentence.slice(result.article.raw)
    claim = claim_credit(result, sentence, span.start)
    if claim is None:
        return Credit(file=file, span=sentence, text=text)
    return Credit(
        file=file, span=sentence, text=text, speaker=claim.speaker, venue=claim.venue, mention=claim.mention,
        mention_span=claim.mention_span,
    )


def quote_credit(q: Quote) -> Credit:
    """A quote's credit as a ``Credit``."""
    return Credit(
        file=q.file, span=q.span, text=q.text, speaker=q.speaker, venue=q.venue, mention=q.mention,
        mention_span=q.mention_span,
    )


def claim_credit(result: ArticleQuotes, sentence: Span, at: int) -> ClaimCredit | None:
    """Who ``sentence`` credits the claim at raw offset ``at`` to: the subject of the verb of saying
    nearest before it (else the nearest after), the noun phrase right before the verb, as the extract
    stage's mention finder and speaker registry resolve it (pronouns included)."""
    raw = result.article.raw
    for view in _views(result.article):
        tokens = view.tokens
        if not tokens or not tokens[0].start <= at < tokens[-1].end or not sentence.start <= at < sentence.end:
            continue
        verbs = [i for i, t in enumerate(tokens) if i and t.lower in _VERBS and not t.is_quote]
        for v in sorted(verbs, key=lambda i: (tokens[i].start > at, abs(tokens[i].start - at))):
            subject = view.by_last.get(v - 1)
            if subject is None or not subject.speaker or subject.kind == "relative" or tokens[v - 1].is_possessive:
                continue
            venue = None
            if tokens[v].lower in _TOLD:  # the programme or paper told, not an occasion ("told reporters")
                venue = next((name for name, start, _ in view.venues
                              if start == _next_start(tokens, v) and any(w[:1].isupper() for w in name.split())), None)
            start, end = subject.start, tokens[v].end
            return ClaimCredit(subject.speaker, raw[start:end], Span(start=start, end=end), venue)
        break
    return None


_VERBS = SPEECH_VERBS | COMMISSIVE_VERBS | frozenset({"suggests", "suggested", "estimates", "estimated"})
_TOLD = frozenset({"told", "tells", "tell"})


def _next_start(tokens: list[Token], v: int) -> int:
    return tokens[v + 1].start if v + 1 < len(tokens) else -1


def _views(article: Article) -> tuple[Sentence, ...]:
    return read_story(article)[0]


@lru_cache(maxsize=256)
def read_story(article: Article) -> tuple[tuple[Sentence, ...], tuple[Speaker, ...]]:
    """Every sentence of the article's story as the extract stage reads it (tokens, resolved mentions and
    venues, the mention finder's history carried through the article in order), and the registry's
    speakers after it. Tokens and the learning pass are the attribution reader's own (``_Reader.learn``);
    venues and mentions follow its sentence order: the speakers are ``extract_quotes(article).speakers``
    (a test holds it)."""

    raw = article.raw
    reader = _Reader(article, find_quote_spans(article))  # the extract stage's tokens and learning pass
    para_tokens = reader.learn(article)
    finder = reader.finder
    story = [
        t for t, para in zip(para_tokens, article.paragraphs, strict=True) if para.role is not ParagraphRole.FURNITURE
    ]
    views: list[Sentence] = []
    venues: list[tuple[str, int, int]] = []
    for tokens in story:
        for sentence in split_sentences(tokens, raw):
            titles = _programme_titles(sentence, [k for k, tok in enumerate(sentence) if tok.is_quote], raw)
            found: list[tuple[str, int, int]] = []
            if titles or may_name_venue(sentence):
                found = resolve_anaphors(find_venues(*masked_sentence(sentence, raw, titles)), venues)
            mentions = finder.sentence_mentions(sentence, name_venues(found, raw))
            venues.extend(found)
            views.append(Sentence(sentence, mentions, found))
    return tuple(views), finder.registry.speakers()


# --- headlines ---------------------------------------------------------------------------------------

_HEADLINE_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘\"“]([^'’\"”]{2,80}?)['’\"”](?=[\s,.:;!?]|$)")


def headline_credits(result: ArticleQuotes) -> list[HeadlineCredit]:
    """Each phrase the headline quotes, credited to a name just before it ("Tory 'open border' attack"),
    else to the headline's subject, its first name ("Yvette Cooper brands ... 'total garbage'")."""
    art = result.article
    headline = art.headline
    if not headline:
        return []
    at = art.raw.find(headline)
    if at < 0:
        return []
    own = {q.span.start: q for q in result.quotes}
    out = []
    for m in _HEADLINE_QUOTE.finditer(headline):
        quote = own.get(at + m.start(1))
        if quote is not None and (quote.speaker or quote.mention):
            # the extract stage credited it ("..., says Southgate"; "..., lawyer warns"): that credit holds
            speaker = quote.speaker
        else:
            speaker = _headline_name(headline[: m.start()], result) or _headline_name(
                headline[m.end() :], result, before=False
            )
        if speaker is not None:
            span = Span(start=at + m.start(1), end=at + m.end(1))
            out.append(HeadlineCredit(span=span, phrase=m.group(1), speaker=speaker))
    return out


def _headline_name(text: str, result: ArticleQuotes, before: bool = True) -> str | None:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if w.lower() not in {"a", "an", "the"}]
    names = [_name_of(w, result) for w in words]
    if before and names and names[-1]:
        return names[-1]
    return next((n for n in names if n), None)


def _name_of(word: str, result: ArticleQuotes) -> str | None:
    """The cast member a headline word names by surname, or the body it is a name of."""
    low = word.lower().replace("’", "'").removesuffix("'s")
    for sp in result.speakers:
        if len(sp.name.split()) >= 2 and low == surname(sp.name).lower():
            return sp.name
    return BODY_ALIASES.get(low)

