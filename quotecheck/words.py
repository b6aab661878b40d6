"""Prose-aware words: the tokeniser and comparison keys every compare stage shares.

Two texts that a reader would call the same should give the same keys: curly and straight
marks (don't/don’t), hyphens and dashes, ``£2bn``/``£2billion``/``£2 billion``,
``100,000``/``100k``, upper and lower case, British and American spelling. The raw slice of
every token is kept (offsets relative to the text given) so reports can show the words as
printed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.extract.lexicon import MONTH_NUMBERS, PROSE_ABBREVIATIONS, alternation
from quotecheck.extract.lexicon import STOPWORDS as _STOPWORDS
from quotecheck.text import fold_typography

_SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
    "b": 1e9, "tn": 1e12, "trillion": 1e12,
}
_CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY"}
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
"""Vulgar fractions after a whole number, as journalists print sentences ("15½ years" = 15.5 years)."""
_NUMBER = re.compile(
    r"(?P<cur>[£$€¥])?\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<frac>[½¼¾⅓⅔⅛])?"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn|mn|tn|k|m|b)(?![\w’']))?"
    r"(?:\s?(?P<pct>%|per\s?cent|percent)(?!\w))?"
)
_TOKEN = re.compile(
    r"(?P<number>(?:[£$€¥]\s?)?\d(?:[\d,.]*\d)?[½¼¾⅓⅔⅛]?"
    r"(?:(?:bn|mn|tn|k|m|b)|\s?(?:thousand|million|billion|trillion))?(?:\s?(?:%|per\s?cent|percent))?"
    r"(?![^\W_]))"
    r"|(?P<word>[^\W\d_](?:[^\W_]|[’'](?=[^\W_]))*|\d+[^\W\d_][^\W_]*)"
    r"|(?P<punct>[^\w\s])",
    re.UNICODE,
)

STOPWORDS = _STOPWORDS
"""Function words and reporting glue: never evidence that two texts say the same thing."""

MONTHS: frozenset[str] = frozenset(MONTH_NUMBERS)


@dataclass(frozen=True, slots=True)
class Word:
    """One token of prose: a word, a number expression or a punctuation mark."""

    text: str
    """The characters as printed."""
    start: int
    """Offset of the first character, relative to the text tokenised (plus any base)."""
    end: int
    """Offset just past the last character."""
    kind: str
    """"word", "number" or "punct"."""
    norm: str
    """Comparison key: typography folded, lower case; numbers as currency + value."""

    @property
    def is_word(self) -> bool:
        """A word or a number (not punctuation)."""
        return self.kind != "punct"


def number_value(text: str) -> tuple[float, str | None, bool] | None:
    """``(value, currency, percent)`` of a number expression such as ``£2bn`` or ``100k``; None if not one."""
    m = _NUMBER.fullmatch(fold_typography(text).strip().lower())
    if m is None:
        return None
    num = m.group("num").replace(",", "")
    try:
        value = float(num)
    except ValueError:  # pragma: no cover - the pattern only admits digits
        return None
    frac = m.group("frac")
    if frac:
        value += _FRACTIONS[frac]
    scale = m.group("scale")
    if scale:
        value *= _SCALES[scale]
    if not math.isfinite(value):  # 309 digits and more: not a figure anyone reports (and no int of it)
        return None
    cur = m.group("cur")
    return value, _CURRENCY.get(cur) if cur else None, bool(m.group("pct"))


def _number_norm(text: str) -> str:
    parsed = number_value(text)
    if parsed is None:
        return fold_typography(text).lower().replace(" ", "")
    value, cur, pct = parsed
    shown = f"{value:.6g}" if value != int(value) or value >= 1e15 else str(int(value))
    return f"{cur or ''}{shown}{'%' if pct else ''}"


def tokenize(text: str, base: int = 0) -> list[Word]:
    """Words, numbers and punctuation of ``text``; hyphenated words split so "cross-border" = "cross border"."""
    out: list[Word] = []
    for m in _TOKEN.finditer(text):
        raw = m.group()
        start, end = base + m.start(), base + m.end()
        if m.lastgroup == "number":
            trimmed = raw.rstrip(",.")
            end -= len(raw) - len(trimmed)
            if not any(ch.isdigit() for ch in trimmed):
                continue
            out.append(Word(trimmed, start, end, "number", _number_norm(trimmed)))
            if len(trimmed) < len(raw):
                for k, ch in enumerate(raw[len(trimmed):]):
                    out.append(Word(ch, end + k, end + k + 1, "punct", ch))
        elif m.lastgroup == "word":
            out.append(Word(raw, start, end, "word", fold_typography(raw).lower()))
        else:
            out.append(Word(raw, start, end, "punct", fold_typography(raw)))
    return out


def words_only(words: Iterable[Word]) -> list[Word]:
    """The words and numbers, punctuation dropped."""
    return [w for w in words if w.kind != "punct"]


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """British and American spellings of a word share a key (organise/organize, labour/labor)."""
    w = word.lower()
    if w.endswith("'s"):
        w = w[:-2]
    w = re.sub(r"is(e|es|ed|ing|ation|ations)$", r"iz\1", w)
    w = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", w)
    if len(w) >= 6:
        w = re.sub(r"our(s|ed|ing|ite|ites|able)?$", r"or\1", w)
    if len(w) >= 8:
        w = re.sub(r"([aeiou])ll(ed|ing|er|ers)$", r"\1l\2", w)  # travelled -> traveled
    w = re.sub(r"tre(s)?$", r"ter\1", w)
    w = w.replace("programme", "program").replace("catalogue", "catalog").replace("defence", "defense")
    return w.replace("-", "")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stemmer for matching (plurals, -ed, -ing), over the spelling key."""
    w = spelling_key(word)
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "xes", "ches", "shes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    return w


def is_content(norm: str) -> bool:
    """A word that carries meaning: not a stop word, not a bare punctuation key."""
    return bool(norm) and norm not in STOPWORDS and (norm[0].isalnum() or norm[0] in "£$€¥")


def content_stems(text: str) -> list[str]:
    """Stems of the meaningful words of ``text``, in order (numbers by value)."""
    return list(_content_stems(text))


@lru_cache(maxsize=32768)
def _content_stems(text: str) -> tuple[str, ...]:
    out = []
    for w in tokenize(text):
        if w.kind == "number":
            out.append(w.norm)
        elif w.kind == "word" and is_content(w.norm):
            out.append(stem(w.norm))
    return tuple(out)


def norm_words(text: str) -> list[str]:
    """Comparison keys of the words and numbers of ``text`` (punctuation dropped)."""
    return list(_norm_words(text))


@lru_cache(maxsize=32768)
def _norm_words(text: str) -> tuple[str, ...]:
    return tuple(w.norm for w in tokenize(text) if w.kind != "punct")


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets, whitespace trimmed.

    Splits after . ! ? (and a closing mark) when a capital, digit or opening mark follows,
    never after a title abbreviation or an initial.
    """
    spans: list[tuple[int, int]] = []
    end = min(end, len(text))
    pos = start
    chunk = text[start:end]  # a slice, so the lookbehind never sees what comes before ``start``
    for m in _SENTENCE_END.finditer(chunk):
        m_start, m_end, cut = m.start() + start, m.end() + start, m.end(1) + start
        before = text[max(start, m_start - 6) : m_start + 1]
        if _ABBREV_BEFORE.search(before):
            continue
        if text[pos:cut].strip():
            spans.append(_trim(text, pos, cut))
        pos = m_end
    if text[pos:end].strip():
        spans.append(_trim(text, pos, end))
    return spans


# Tried only where a run of stops begins, possessively: 30 KB of dots cost over a minute tried at every dot.
_SENTENCE_END = re.compile(r"(?<![.!?…])([.!?…]++[\"'”’»)]*+)(\s++)(?=[\"“‘'«(]?[A-Z0-9£$€])")
_ABBREV_BEFORE = re.compile(rf"(?:\b(?:{alternation(PROSE_ABBREVIATIONS)}|[A-Z])\.)$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
