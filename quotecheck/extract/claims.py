"""Claims and headlines: who an article credits words that are not a quote's, and the credits that need
the whole article (its headline and its cast), settled once in the extract stage.

    settle_credits(result) -> ArticleQuotes           glued quotes split, headline labels credited
    claim_credit(result, sentence, at) -> ClaimCredit | None   who a sentence says a claim at ``at`` is from
    number_credit(result, span, sentence, in_quote) -> Credit  who an article says a figure comes from
    headline_credits(result) -> list[HeadlineCredit]  who a headline credits each of its quoted phrases to

``quotes``, ``compare`` and ``check`` all read these; none re-derives a credit. Names are resolved
against the article's own cast (``ArticleQuotes.speakers``, the speaker registry's records) and the
extract stage's quote credits; whether two names are one speaker is ``identity.same_speaker``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotecheck.extract.identity import speaker_key, surname
from quotecheck.extract.lexicon import BODY_ALIASES, BODY_HEADS, COMMISSIVE_VERBS, PLURAL_PERSON_HEADS, SPEECH_VERBS
from quotecheck.models import ArticleQuotes, Credit, ParagraphRole, Quote, Span

__all__ = [
    "ClaimCredit",
    "HeadlineCredit",
    "claim_credit",
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
    """``result`` with glued single-quoted phrases split (``split_glued``) and headline labels credited
    (``credit_headline_label``): the credits every command sees."""
    quotes = [credit_headline_label(result, part) for q in result.quotes for part in split_glued(result, q)]
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
    for speaker in result.speakers:
        if words <= set(speaker.name.lower().split()):
            return quote.model_copy(update={"speaker": speaker.name, "mention": label})
    return quote.model_copy(update={"speaker": label, "mention": label})


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

_VERBS = SPEECH_VERBS | COMMISSIVE_VERBS | frozenset({"suggests", "suggested", "estimates", "estimated"})
_NP_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_STOP_NP = frozenset(
    "and but that which who as while if when because so or than this despite although though after before "
    "since on in at of for to with by from".split()
)
_PRONOUNS = frozenset({"he", "she", "they"})


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
    nearest before it (else the nearest after), resolved against the article's cast."""
    base = sentence.start
    text = sentence.slice(result.article.raw)
    words = [(m.group(), base + m.start(), base + m.end()) for m in _NP_WORD.finditer(text)]
    verbs = [i for i, (w, _, _) in enumerate(words) if w.lower() in _VERBS]
    verbs = sorted(verbs, key=lambda i: (words[i][1] > at, abs(words[i][1] - at)))
    for v in verbs:
        np = _subject(words, v, text, base)
        if not np:
            continue
        name = _resolve(" ".join(w for w, _, _ in np), result, np[0][1])
        if name is None:
            continue
        venue = None
        if words[v][0].lower() in {"told", "tells", "tell"} and v + 1 < len(words) and words[v + 1][0][:1].isupper():
            venue = " ".join(w for w, _, _ in words[v + 1 : v + 4] if w[:1].isupper())
        start, end = np[0][1], words[v][2]
        return ClaimCredit(name, text[start - base : end - base], Span(start=start, end=end), venue)
    return None


def _subject(words: list[tuple[str, int, int]], v: int, text: str, base: int) -> list[tuple[str, int, int]]:
    """The noun phrase right before the verb at ``v``: up to six words, no punctuation or clause word."""
    np: list[tuple[str, int, int]] = []
    k = v - 1
    while k >= 0 and len(np) < 6:
        w, _, e = words[k]
        gap = text[e - base : (np[0][1] if np else words[v][1]) - base]
        if gap.strip():  # punctuation between: the phrase ends
            break
        if w.lower() in _STOP_NP:
            break
        np.insert(0, words[k])
        k -= 1
    return np


def _resolve(np: str, result: ArticleQuotes, at: int) -> str | None:
    """The canonical speaker a claim's subject names: "he"/"she" the last person the extract stage
    credited a quote to before ``at``; a name, alias or role of the article's cast; a body."""
    low = np.lower().replace("’", "'")
    words = low.split()
    if words and words[-1] in _PRONOUNS:
        if words[-1] == "they":
            return None
        before = [q for q in result.quotes if q.span.start < at and q.speaker and speaker_key(q.speaker)[1]]
        return before[-1].speaker if before else None
    for sp in result.speakers:
        parts = sp.name.split()
        if len(parts) < 2:
            continue
        if surname(sp.name).lower() in words or any(
            a.lower() in low for a in sp.aliases if len(a) > 3 and a.lower() != low
        ):
            return sp.name
        if low in {a.lower() for a in sp.aliases} or low.removeprefix("the ") in set(sp.roles):
            return sp.name
    stripped = low.removeprefix("the ")
    if stripped in BODY_ALIASES or low in BODY_ALIASES:
        return BODY_ALIASES.get(stripped, BODY_ALIASES.get(low))
    if words and (words[-1] in BODY_HEADS or words[-1] in PLURAL_PERSON_HEADS):
        shown = np[4:] if np.lower().startswith("the ") else np
        return shown[:1].upper() + shown[1:]
    caps = [w for w in np.split() if w[:1].isupper()]
    if len(caps) >= 2 and len(caps) == len(np.split()):
        return np
    return None


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
    out = []
    for m in _HEADLINE_QUOTE.finditer(headline):
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

