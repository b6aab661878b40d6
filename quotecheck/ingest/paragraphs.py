"""Paragraph spans: one per non-blank line, or one per blank-line-separated block in hard-wrapped text.

Scraped news puts a paragraph on each line; e-mailed or plain-text wires wrap lines at a fixed width
and separate paragraphs with blank lines. Spans are trimmed of whitespace (NBSP and ``\\r`` included)
and always index the raw text.
"""

from __future__ import annotations

import re

__all__ = ["WHITESPACE", "split_paragraphs"]

# Everything str.isspace() accepts, plus zero-width characters scrapers leave at line ends.
WHITESPACE = (
    " \t\n\v\f\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
)
# A line that ends with one of these ends a sentence (or a quotation), so it was not wrapped mid-sentence.
_SENTENCE_END = frozenset(".!?:;…\"'”’»)]")

Span = tuple[int, int]
# A line and its ending: \r\n, \n, or a lone \r (old Mac files).
_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")


def split_paragraphs(raw: str, body_start: int = 0) -> list[Span]:
    """(start, end) of every paragraph from ``body_start`` on, in order, surrounding whitespace excluded."""
    blocks: list[list[Span]] = []
    current: list[Span] = []
    for match in _LINE.finditer(raw, body_start):
        line = match.group(1)
        if not line and not match.group(2):
            break  # the empty match at the end of the text
        left = line.lstrip(WHITESPACE)
        if left:
            start = match.start() + len(line) - len(left)
            current.append((start, start + len(left.rstrip(WHITESPACE))))
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if _hard_wrapped(raw, blocks):
        return [(block[0][0], block[-1][1]) for block in blocks]
    return [line for block in blocks for line in block]


def _hard_wrapped(raw: str, blocks: list[list[Span]]) -> bool:
    """True when most multi-line blocks look wrapped at a fixed width rather than one paragraph per line."""
    multi = [block for block in blocks if len(block) >= 2]
    if not multi or (len(blocks) < 2 and len(multi[0]) < 4):
        return False  # one short block: lines are paragraphs, whatever their ends
    wrapped = sum(1 for block in multi if _block_wrapped(raw, block))
    return wrapped * 2 > len(multi)


def _block_wrapped(raw: str, block: list[Span]) -> bool:
    inner = block[:-1]
    widest = max(end - start for start, end in block)
    open_ended = sum(1 for start, end in inner if raw[end - 1] not in _SENTENCE_END)
    full_width = sum(1 for start, end in inner if (end - start) * 2 >= widest)
    return open_ended * 2 > len(inner) and full_width * 4 >= len(inner) * 3
