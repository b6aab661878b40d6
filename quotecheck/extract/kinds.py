"""Kinds: full sentences of speech, a partial fragment, or a scare-quoted term."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.extract.lexicon import SO_CALLED, SPEECH_VERBS, TITLE_LINKS, TITLE_NOUNS
from quotecheck.extract.quotes import QuoteSpan
from quotecheck.extract.tokens import Token
from quotecheck.models import QuoteKind

if TYPE_CHECKING:
    from quotecheck.extract.attribution import Credit

_FUNCTION_WORDS = frozenset(
    "the a an of to in on at for and or but by with from as is are was were be that this which who "
    "than then so if it its".split()
)
_SCARE_MAX_WORDS = 3
_SO_CALLED = tuple(SO_CALLED)
_CLOSING_MARKS = "'’\"”»›"
_DETERMINERS = frozenset({"the", "a", "an"})
_TITLE_LINKS = TITLE_LINKS


def classify_kind(
    raw: str, span: QuoteSpan, sentence: list[Token], k: int, credit: Credit | None, para_start: int
) -> QuoteKind:
    """Full when the quote is whole sentences set apart; scare when a short term nobody is credited with."""
    text = raw[span.start : span.end].strip()
    words = text.split()
    before = sentence[k - 1] if k > 0 else None
    after = sentence[k + 1] if k + 1 < len(sentence) else None
    if _names_a_term(raw[max(para_start, span.open_at - 40) : span.open_at], text):
        return QuoteKind.SCARE
    if (before is not None and after is not None and before.is_cap and after.is_cap and before.is_word
            and after.is_word and len(words) <= _SCARE_MAX_WORDS and text[-1:].isalnum()
            and (text[:1].isupper() or text.startswith("the "))):
        return QuoteKind.SCARE  # a nickname between given name and surname: Boris 'the Bulldozer' Johnson
    if span.group_start is not None:
        return QuoteKind.FULL  # a paragraph that goes on with a quotation, even "“— and we will ..." or "“and ..."
    # The sentence's own last mark, inside any nested closing mark: "... they hear 'deportations,'"
    last = text.rstrip(_CLOSING_MARKS)[-1:]
    starts_sentence = (
        before is None
        or before.text in {":", ",", "—", "–"}
        or (before.text in {"(", "["} and last in ".!?,…")  # ("He's not listening," Mr Darby added.)
        or (before.is_quote and raw[before.end - 2 : before.end - 1] in ".!?")
        or before.text in {".", "!", "?"}
    )
    first = text[:1]
    capital = first.isupper() or first.isdigit() or first in "‘'\"“…["
    ends_speech = (
        not span.closed
        or last in ".!?,…;—-"
        or after is None
        or after.text in {".", "!", "?", ",", ";", "-", "–", "—"}
    )
    if starts_sentence and capital and ends_speech and (len(words) > 2 or last in ".!?"):
        return QuoteKind.FULL
    if starts_sentence and capital and last == "," and len(words) >= 2 and after is not None:
        return QuoteKind.FULL  # "We will," Ms Reeves said, "win this.": the first half of a split sentence
    if (starts_sentence and capital and last in ",!?" and credit is not None and credit.cue_start is not None
            and credit.cue_start > span.end):
        return QuoteKind.FULL  # "Enough," he posted / "No!" she shouted: a one-word sentence, credited after it
    if before is None and capital and len(words) > 2 and after is not None and after.text in {":", "-", "–", "—"}:
        return QuoteKind.FULL  # 'I thought I was going to die': Grandmother ... / 'We will win' - Starmer (headlines)
    if _resumes_split_sentence(raw, sentence, k) and last in ".!?…":
        return QuoteKind.FULL  # ... said, "win this argument.": the second half
    if len(words) <= _SCARE_MAX_WORDS:
        if credit is None or (credit.strength == "clause" and title_case(words) and _in_prose(sentence)):
            return QuoteKind.SCARE
        # An attributive term: a "progressive" politician, "safe" countries
        if (
            after is not None
            and after.is_word
            and after.lower not in _FUNCTION_WORDS
            and not after.is_cap
            and before is not None
            and before.lower in _FUNCTION_WORDS
            and before.lower != "to"
            and credit.strength != "direct"
        ):
            return QuoteKind.SCARE
    return QuoteKind.PARTIAL


def _in_prose(sentence: list[Token]) -> bool:
    """The sentence is written in lower case, not a title-cased headline ("Lee Likes 'The View'")."""
    return any(t.is_word and not t.is_cap and t.lower not in _FUNCTION_WORDS for t in sentence)


def _names_a_term(prefix: str, text: str) -> bool:
    """The quote is a term or a title, not speech: so-called / dubbed (the) / known as (the) "...", or a title
    after its noun: the song "Dreams", an album called 'Midnight', a report entitled "...", placards reading
    "No Farmers, No Food", the sign read "Keep Out" (a title starts with a capital)."""
    low = prefix.lower()
    words = low.split()[-3:]
    if words and words[-1] in _DETERMINERS:
        low = low.rstrip()[: -len(words[-1])]
        words = words[:-1]
    if low.rstrip().endswith(_SO_CALLED):
        return True
    if not words or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    last = words[-1]
    if last in {"titled", "entitled"} or last in TITLE_NOUNS:
        return True
    return last in _TITLE_LINKS and len(words) > 1 and words[-2] in TITLE_NOUNS


def _resumes_split_sentence(raw: str, sentence: list[Token], k: int) -> bool:
    """"...," she said, "...": a quote that goes on after an attribution cut into its sentence."""
    if k < 3 or sentence[k - 1].text != ",":
        return False
    for j in range(k - 2, max(-1, k - 7), -1):
        tok = sentence[j]
        if tok.is_quote:
            return raw[tok.start : tok.end].rstrip("\"'”’ ").endswith(",")
    return False


def classify_inner_kind(raw: str, span: QuoteSpan, outer_start: int) -> QuoteKind:
    """A quote within a quotation: partial when the speaker reports someone's words ('what it describes as
    "a campaign"', 'he told me "never again"'), else a scare quote when it is a term or a title (three
    words or fewer, or every word capitalised: 'a modern "Jekyll and Hyde"')."""
    text = raw[span.start : span.end].strip()
    prefix = raw[max(outer_start, span.open_at - 40) : span.open_at]
    before = [w.strip(",;:—–-").lower() for w in prefix.split()[-3:]]
    before = [w for w in before if w and w not in {"as", "me", "us", "him", "her", "them", "it"}]
    if _names_a_term(prefix, text):
        return QuoteKind.SCARE
    if before and before[-1] in SPEECH_VERBS:
        return QuoteKind.PARTIAL
    words = text.split()
    if len(words) <= _SCARE_MAX_WORDS or title_case(words):
        return QuoteKind.SCARE
    return QuoteKind.PARTIAL


def title_case(words: list[str]) -> bool:
    """Every word but the little ones starts with a capital: a title ("Dr. Jekyll and Mr. Hyde")."""
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return len(words) >= 2 and bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)
