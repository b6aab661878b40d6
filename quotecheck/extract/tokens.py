"""Tokens and sentences of a paragraph, with each quotation folded into one token.

Attribution reads the reporter's words around a quote; folding the quote keeps
names inside it ("...this is just Rishi Sunak making things up") from ever
being taken for the speaker.
"""

from __future__ import annotations

import re

from quotecheck.extract.lexicon import ABBREVIATIONS as _ABBREVIATIONS
from quotecheck.extract.lexicon import SPEECH_VERBS

_WORD = re.compile(
    r"(?:[A-Za-z]++-)?[A-Za-z](?:\.[A-Za-z])+\.?"  # U.S., U.K., D-N.Y. (possessive: no backtracking)
    r"|[^\W_][\w&]*(?:[’'\-][^\W_][\w&]*)*"  # words, don't, Europe's, Care4Calais, cross-border
    r"|[^\w\s]",
    re.UNICODE,
)
ABBREVIATIONS = _ABBREVIATIONS
"""The lexicon's abbreviations (kept here for the modules that import them from the tokenizer)."""
QUOTE_TOKEN = "\u00a7Q"
_TRAILING_MARKS = frozenset(",.;:")
_STOPS = frozenset({".", "!", "?", "…"})


_FEATURES: dict[str, tuple[bool, bool, bool, str, str, str]] = {}


def _features(text: str) -> tuple[bool, bool, bool, str, str, str]:
    """Capitalised, a word, possessive, the word without 's, lower case, the word without 's in lower case:
    computed once per distinct word."""
    first = text[:1]
    possessive = text.endswith(("'s", "’s"))
    lower = text.lower()
    bare = text[:-2] if possessive else text
    features = (first.isupper(), first.isalnum(), possessive, bare, lower, bare.lower() if possessive else lower)
    if len(_FEATURES) < 200_000:
        _FEATURES[text] = features
    return features


class Token:
    """A word, a punctuation mark, or a whole quotation. Properties are computed once: the
    attribution rules ask them of every token many times."""

    __slots__ = (
        "bare", "bare_lower", "end", "is_cap", "is_possessive", "is_quote", "is_word", "lower", "quote", "start",
        "text",
    )

    def __init__(self, text: str, start: int, end: int, quote: int = -1) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote
        """Index of the quotation this token stands for; -1 for the reporter's words."""
        self.is_quote = quote >= 0
        features = _FEATURES.get(text)
        if features is None:
            features = _features(text)
        self.is_cap, self.is_word, self.is_possessive, self.bare, self.lower, self.bare_lower = features
        if self.is_quote:
            self.is_cap = self.is_word = False

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.quote})"


def tokenize(raw: str, start: int, end: int, quotes: list[tuple[int, int, int]]) -> list[Token]:
    """Tokens of ``raw[start:end]``; ``quotes`` are (open_mark, close_mark_end, index) inside it."""
    tokens: list[Token] = []
    pos = start
    for mark, q_end, index in sorted(quotes):
        if q_end <= pos:
            continue
        q_open = max(mark, pos)  # a mark glued between two quotes closes one and opens the next
        tokens.extend(_words(raw, pos, q_open))
        tokens.append(Token(QUOTE_TOKEN, q_open, q_end, index))
        pos = q_end
    tokens.extend(_words(raw, pos, end))
    return tokens


def _words(raw: str, start: int, end: int) -> list[Token]:
    """The ``_WORD`` matches of ``raw[start:end]``, without running the regex on plain words.

    No token contains a space, so the text splits at spaces without changing a match. A piece that is all
    letters and digits is exactly one ``_WORD`` match (its first alternative needs a "." or "-"); one that
    ends in a stop or comma is that word and the mark. Anything else goes through the regex.
    """
    tokens: list[Token] = []
    append = tokens.append
    pos = start
    for piece in raw[start:end].split(" "):
        size = len(piece)
        if piece.isalnum():
            append(Token(piece, pos, pos + size))
        elif piece[-1:] in _TRAILING_MARKS and piece[:-1].isalnum():
            append(Token(piece[:-1], pos, pos + size - 1))
            append(Token(piece[-1], pos + size - 1, pos + size))
        elif piece:
            for m in _WORD.finditer(raw, pos, pos + size):
                a, b = m.span()
                append(Token(raw[a:b], a, b))
        pos += size + 1
    return tokens


def split_sentences(tokens: list[Token], raw: str) -> list[list[Token]]:
    """Split at . ! ? followed by a capital or a quote; never after an abbreviation or initial."""
    sentences: list[list[Token]] = []
    begin = 0  # first token of the current sentence
    last = len(tokens) - 1
    # Only a quotation or a stop can end a sentence: look at those alone.
    for i in [i for i, tok in enumerate(tokens) if tok.is_quote or tok.text in _STOPS]:
        if i == last:
            break
        tok = tokens[i]
        nxt = tokens[i + 1]
        if tok.is_quote:
            inner = raw[tok.start : tok.end].rstrip("\"'“”‘’»«„ \u00a0")
            ends = inner.endswith((".", "!", "?", "…"))
            if ends and (nxt.is_cap or nxt.is_quote) and not (
                inner.endswith(("?", "!")) and _opens_sentence(tokens, begin, i) and _cue_follows(tokens, i + 1)
            ):
                sentences.append(tokens[begin : i + 1])
                begin = i + 1
            continue
        if nxt.is_cap or nxt.is_quote or nxt.text[:1].isdigit():
            if _abbreviation_stop(tokens, i, begin):
                continue
            sentences.append(tokens[begin : i + 1])
            begin = i + 1
    if begin < len(tokens):
        sentences.append(tokens[begin:])
    return sentences


_CUE_REACH = 12
"""How many tokens after a quote its cue may stand ('"...?" Rep. Ann Lee (D-Ohio) asked.' needs ten)."""


def _abbreviation_stop(tokens: list[Token], i: int, begin: int = 0) -> bool:
    """The full stop at ``i`` closes an abbreviation or an initial ("Rep.", "J."), not a sentence."""
    prev = tokens[i - 1] if i > begin else None
    return (
        tokens[i].text == "."
        and prev is not None
        and (prev.lower in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())
             or is_party_state(prev.text))
    )


_PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]{1,4}")


def is_party_state(text: str) -> bool:
    """A party and state abbreviation before its full stop ("R-Pa.", "D-Wis."): the stop ends no sentence."""
    return _PARTY_STATE.fullmatch(text) is not None


def _opens_sentence(tokens: list[Token], begin: int, i: int) -> bool:
    """The quote at ``i`` is the first thing in its sentence (its opening mark may stand before it)."""
    return all(not tokens[x].text[:1].isalnum() for x in range(begin, i))


def _cue_follows(tokens: list[Token], j: int) -> bool:
    """A speech verb follows the quote before the next stop: '"Why now?" Vitter demanded.' is one
    sentence, the question mark inside a quote that opens it does not end it. (A quote that closes the
    reporter's sentence, '... accused him of "recklessness." Park said ...', still ends it.)"""
    for x in range(j, min(j + _CUE_REACH, len(tokens))):
        tok = tokens[x]
        if tok.is_quote:
            return False
        if tok.lower in SPEECH_VERBS:
            return True
        if tok.text in _STOPS and not _abbreviation_stop(tokens, x, j):
            return False
    return False
