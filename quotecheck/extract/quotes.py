"""Find quoted spans: pair quote marks paragraph by paragraph.

Double marks (straight, curly, low-9, guillemets) are paired first, with the
multi-paragraph convention (each paragraph opens, only the last closes) and the
scraping glitch of a closing mark glued to the next opening one. Single marks
are then paired in the text left outside double quotes, never taking an
apostrophe (don't, Europe's, the '90s, Brits') for a quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.models import Article, Paragraph, ParagraphRole

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIG = frozenset('"')
DOUBLE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIG
SINGLE_OPEN = frozenset("‘‛‹")
SINGLE_MARKS = frozenset("‘’'‛‹›")

# Characters after which an opening mark may stand.
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/:;,…") | DOUBLE_MARKS | SINGLE_MARKS
# Characters before which a closing mark may stand.
_CLOSE_AFTER = frozenset(" \t\n\r\u00a0)]}—–-/:;,.!?…") | DOUBLE_MARKS | SINGLE_MARKS
_SENTENCE_END = frozenset(".!?…,;:")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted span before attribution: where it is and how it was marked."""

    start: int
    end: int
    paragraph: int
    closed: bool
    group_start: int | None
    """Start of the first span of a multi-paragraph quotation this span continues."""
    single: bool
    """True when set off by single marks."""
    open_at: int
    """Offset of the opening mark (or of the paragraph start for a continuation)."""


def _can_open(raw: str, i: int, lo: int, hi: int) -> bool:
    before = raw[i - 1] if i > lo else " "
    after = raw[i + 1] if i + 1 < hi else " "
    return (before in _OPEN_BEFORE or before.isspace()) and not after.isspace()


def _can_close(raw: str, i: int, lo: int, hi: int) -> bool:
    before = raw[i - 1] if i > lo else " "
    after = raw[i + 1] if i + 1 < hi else " "
    return not before.isspace() and (after in _CLOSE_AFTER or after.isspace() or not after.isalnum())


def _glued(raw: str, i: int, lo: int, hi: int) -> bool:
    """A straight mark with a sentence end before and a capital after: close + open."""
    before = raw[i - 1] if i > lo else " "
    after = raw[i + 1] if i + 1 < hi else " "
    return before in ".!?" and (after.isupper() or after.isdigit())


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def _double_spans(raw: str, paragraphs: tuple[Paragraph, ...]) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    carry_group: int | None = None  # group start of an unclosed quote from the last paragraph
    carry_index: int | None = None  # index in spans of that unclosed quote
    for p_index, para in enumerate(paragraphs):
        lo, hi = para.span.start, para.span.end
        marks = [i for i in range(lo, hi) if raw[i] in DOUBLE_MARKS]
        if carry_index is not None and not (marks and marks[0] == lo and _can_open(raw, lo, lo, hi)):
            # The last paragraph's open quote is not continued: keep it only if it read as speech.
            if not _looks_like_unclosed_speech(raw, spans[carry_index], paragraphs):
                spans.pop(carry_index)
            carry_group = carry_index = None
        inside_from: int | None = None
        open_at = lo
        for n, i in enumerate(marks):
            ch = raw[i]
            if inside_from is None:
                if ch in DOUBLE_CLOSE or (ch in DOUBLE_AMBIG and not _can_open(raw, i, lo, hi)):
                    continue  # a stray closing mark
                inside_from, open_at = i + 1, i
                continue
            if ch in DOUBLE_OPEN and not _can_close(raw, i, lo, hi):
                continue  # a nested or stray opening mark inside a quote
            if ch in DOUBLE_AMBIG and not _can_close(raw, i, lo, hi):
                if _glued(raw, i, lo, hi) and (len(marks) - n - 1) % 2 == 1:
                    pass  # handled below as a close followed by an open
                else:
                    continue
            spans.append(_make(raw, inside_from, i, p_index, True, carry_group, False, open_at))
            carry_group = None
            inside_from = None
            if ch in DOUBLE_AMBIG and _glued(raw, i, lo, hi) and (len(marks) - n - 1) % 2 == 1:
                inside_from, open_at = i + 1, i
        if inside_from is not None:
            start, end = _trim(raw, inside_from, hi)
            if end > start:
                spans.append(_make(raw, start, end, p_index, False, carry_group, False, open_at))
                carry_index = len(spans) - 1
                carry_group = carry_group if carry_group is not None else start
            else:
                carry_group = carry_index = None
        else:
            carry_group = carry_index = None
    if carry_index is not None and not _looks_like_unclosed_speech(raw, spans[carry_index], paragraphs):
        spans.pop(carry_index)
    return spans


def _looks_like_unclosed_speech(raw: str, span: QuoteSpan, paragraphs: tuple[Paragraph, ...]) -> bool:
    """An unclosed quote not continued in the next paragraph: keep it when it reads as speech.

    It must open a paragraph or follow a colon, and end the paragraph with sentence punctuation;
    otherwise the mark is a stray and the words are the reporter's.
    """
    para = paragraphs[span.paragraph]
    if span.group_start is not None:
        return True
    before = raw[para.span.start : span.open_at].rstrip()
    text = raw[span.start : span.end].rstrip()
    opens_well = before == "" or before.endswith(":")
    return opens_well and bool(text) and text[-1] in ".!?…"


def _make(
    raw: str, start: int, end: int, p_index: int, closed: bool, group: int | None, single: bool, open_at: int
) -> QuoteSpan:
    return QuoteSpan(start, end, p_index, closed, group, single, open_at)


def _is_apostrophe(raw: str, i: int, lo: int, hi: int) -> bool:
    before = raw[i - 1] if i > lo else " "
    after = raw[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Europe's, rock'n'roll
    if after.isdigit() and not before.isalnum():
        # the '90s, '24: an elided century, unless a closing mark follows soon
        j = i + 1
        while j < hi and raw[j].isalnum():
            j += 1
        return j >= hi or raw[j] not in SINGLE_MARKS
    return False


def _single_spans(
    raw: str, paragraphs: tuple[Paragraph, ...], taken: list[tuple[int, int]]
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    blocked = sorted((s - 1, e + 1) for s, e in taken)
    for p_index, para in enumerate(paragraphs):
        lo, hi = para.span.start, para.span.end
        i = lo
        while i < hi:
            ch = raw[i]
            if ch not in SINGLE_MARKS or _in_blocked(i, blocked):
                i += 1
                continue
            if _is_apostrophe(raw, i, lo, hi) or not _can_open(raw, i, lo, hi) or ch in "’›":
                i += 1
                continue
            close = _find_single_close(raw, i + 1, lo, hi, blocked)
            if close is None:
                i += 1
                continue
            spans.append(QuoteSpan(i + 1, close, p_index, True, None, True, i))
            i = close + 1
    return spans


def _find_single_close(raw: str, j: int, lo: int, hi: int, blocked: list[tuple[int, int]]) -> int | None:
    while j < hi:
        ch = raw[j]
        if ch in DOUBLE_MARKS or _in_blocked(j, blocked):
            return None  # a single quote does not run across a double one
        closing = ch in SINGLE_MARKS and ch not in SINGLE_OPEN
        if closing and not _is_apostrophe(raw, j, lo, hi) and _can_close(raw, j, lo, hi):
            if raw[j - 1] == "s" and raw[j + 1 : j + 2] == " " and raw[j + 2 : j + 3].islower():
                # Brits' / the MPs' : a plural possessive when a noun follows and another mark closes
                later = _find_single_close(raw, j + 1, lo, hi, blocked)
                if later is not None:
                    return later
            return j
        j += 1
    return None


def _in_blocked(i: int, blocked: list[tuple[int, int]]) -> bool:
    return any(s <= i < e for s, e in blocked)


def find_quote_spans(article: Article) -> list[QuoteSpan]:
    """Every quoted span of the article, in offset order."""
    paragraphs = article.paragraphs
    raw = article.raw
    doubles = _double_spans(raw, paragraphs)
    taken = [(s.open_at, s.end) for s in doubles]
    singles = _single_spans(raw, paragraphs, taken)
    spans = [s for s in doubles + singles if s.end > s.start and raw[s.start : s.end].strip()]
    return sorted(spans, key=lambda s: (s.start, s.end))


def is_furniture(article: Article, paragraph: int) -> bool:
    """True when the paragraph is page furniture, not part of the story."""
    return article.paragraphs[paragraph].role is ParagraphRole.FURNITURE
