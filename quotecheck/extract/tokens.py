"""Tokens and sentences of a paragraph, with each quotation folded into one token.

Attribution reads the reporter's words around a quote; folding the quote keeps
names inside it ("...this is just Rishi Sunak making things up") from ever
being taken for the speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(
    r"[A-Za-z](?:\.[A-Za-z])+\.?"  # U.S., U.K.
    r"|[^\W_](?:[\w&]|[’'\-](?=[^\W_]))*(?:[’']s\b)?"  # words, don't, Europe's, Care4Calais, cross-border
    r"|[^\w\s]",
    re.UNICODE,
)
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st sen rep gov gen lt col capt prof rev no vs jan feb mar apr jun jul aug sep sept "
    "oct nov dec inc ltd co corp jr sr mt ft".split()
)
QUOTE_TOKEN = "\u00a7Q"


@dataclass(slots=True)
class Token:
    """A word, a punctuation mark, or a whole quotation."""

    text: str
    start: int
    end: int
    quote: int = -1
    """Index of the quotation this token stands for; -1 for the reporter's words."""

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_quote(self) -> bool:
        return self.quote >= 0

    @property
    def is_cap(self) -> bool:
        return not self.is_quote and self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return not self.is_quote and self.text[:1].isalnum()

    @property
    def is_possessive(self) -> bool:
        return self.text.endswith(("'s", "’s"))

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        return self.text[:-2] if self.is_possessive else self.text


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
    return [Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(raw, start, end)]


def split_sentences(tokens: list[Token], raw: str) -> list[list[Token]]:
    """Split at . ! ? followed by a capital or a quote; never after an abbreviation or initial."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for i, tok in enumerate(tokens):
        current.append(tok)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is None:
            break
        if tok.is_quote:
            inner = raw[tok.start : tok.end].rstrip("\"'“”‘’»«„ \u00a0")
            ends = inner.endswith((".", "!", "?", "…"))
            if ends and (nxt.is_cap or nxt.is_quote):
                sentences.append(current)
                current = []
            continue
        if tok.text in {".", "!", "?", "…"} and (nxt.is_cap or nxt.is_quote or nxt.text[:1].isdigit()):
            prev = current[-2] if len(current) >= 2 else None
            if tok.text == "." and prev is not None and (
                prev.lower in ABBREVIATIONS or (len(prev.text) == 1 and prev.text.isupper())
            ):
                continue
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences
