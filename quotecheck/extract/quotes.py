"""Find quoted spans: pair quote marks paragraph by paragraph.

Double marks (straight, curly, low-9, guillemets) are paired first, with the
multi-paragraph convention (each paragraph opens, only the last closes) and the
scraping glitch of a closing mark glued to the next opening one. Single marks
are then paired in the text left outside double quotes, never taking an
apostrophe (don't, Europe's, the '90s, Brits') for a quote. Quotes within a
double-quoted span (single-marked, or curly-marked after a word) are found
apart (``find_all_quote_spans``); a quote left open where the text stops is
kept to the end of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from quotecheck.models import Article, Paragraph, ParagraphRole

# ″ and ‶ (double primes) stand for an opening mark in some scraped text; after a figure they are
# inches or seconds (5′10″), never a mark.
DOUBLE_OPEN = frozenset("“„«‟″‶")
_PRIMES = frozenset("″‶")
DOUBLE_CLOSE = frozenset("”»")
DOUBLE_AMBIG = frozenset('"')
DOUBLE_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | DOUBLE_AMBIG
SINGLE_OPEN = frozenset("‘‛‹")
SINGLE_MARKS = frozenset("‘’'‛‹›")

_ELIDED_YEAR = re.compile(r"\d\d(?!\d)(?:s\b|(?![\w,.]*['’‘]))")
_FUNCTION_WORDS = frozenset(
    "as and or but in on at to of for with by from than that as if is are was were be".split()
)
_MARKS = "".join(sorted(DOUBLE_MARKS | SINGLE_MARKS))
# Characters after which an opening mark may stand.
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{—–-/:;,…") | DOUBLE_MARKS | SINGLE_MARKS
# Characters before which a closing mark may stand.
_CLOSE_AFTER = frozenset(" \t\n\r\u00a0)]}—–-/:;,.!?…") | DOUBLE_MARKS | SINGLE_MARKS
_SENTENCE_END = frozenset(".!?…,;:")
_WORDY = re.compile(rf"[^\s{re.escape(_MARKS)}]")


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
    if before.isspace() and raw[i] in DOUBLE_MARKS and i - 2 >= lo and raw[i - 2] in "'’" and raw[i - 3 : i - 2] != " ":
        # "... the term 'outreach,' " he said: a space set between a single and a double closing mark
        return after in _CLOSE_AFTER or after.isspace() or not after.isalnum()
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


def _measurement(raw: str, i: int) -> bool:
    """A double prime after a figure or a prime: 5′10″, 12″ (inches, seconds), not a quote mark."""
    before = raw[i - 1] if i > 0 else " "
    return before.isdigit() or before in "′'’"


def _mark_offsets(raw: str, paragraphs: tuple[Paragraph, ...]) -> list[list[int]]:
    """Offsets of the quote marks (double and single) in each paragraph, in order.

    One ``str.find`` pass over the article per mark character: a regex scan of each paragraph cost several
    times as much.
    """
    if not paragraphs:
        return []
    lo = min(para.span.start for para in paragraphs)
    hi = max(para.span.end for para in paragraphs)
    found: list[int] = []
    for mark in _MARKS:
        at = raw.find(mark, lo, hi)
        while at >= 0:
            if mark not in _PRIMES or not _measurement(raw, at):
                found.append(at)
            at = raw.find(mark, at + 1, hi)
    found.sort()
    out: list[list[int]] = []
    for para in paragraphs:
        first = bisect_left(found, para.span.start)
        out.append(found[first : bisect_left(found, para.span.end, first)])
    return out


def _pair_doubles(
    raw: str, marks: list[int], lo: int, hi: int, p_index: int, carry_group: int | None, spans: list[QuoteSpan],
    nested: list[QuoteSpan],
) -> tuple[int | None, int, int | None]:
    """Pair the double marks of one paragraph, appending each closed quotation to ``spans`` and each
    quotation within a quotation to ``nested``.

    Returns where the words of a quotation left open at the paragraph end start (None when every
    quotation closed), the offset of its mark, and the group start still carried from the paragraph before.
    """
    inside_from: int | None = None
    open_at = lo
    inner_at: int | None = None  # an opening mark inside the quotation that opens a quote within it
    doubled = -1  # offset of the second mark of a doubled one (""toxic"", a scraping glitch)
    for n, i in enumerate(marks):
        ch = raw[i]
        if i == doubled:
            continue
        if inside_from is None:
            if ch in DOUBLE_CLOSE or (ch in DOUBLE_AMBIG and not _can_open(raw, i, lo, hi)):
                continue  # a stray closing mark
            inside_from, open_at = i + 1, i
            if n + 1 < len(marks) and marks[n + 1] == i + 1:
                inside_from = doubled = i + 2
            continue
        handled, inner_at = _inner_mark(raw, i, lo, hi, inside_from, inner_at, p_index, nested)
        if handled:
            continue
        if ch in DOUBLE_AMBIG and not _can_close(raw, i, lo, hi):
            if _glued(raw, i, lo, hi) and (len(marks) - n - 1) % 2 == 1:
                pass  # handled below as a close followed by an open
            else:
                continue
        spans.append(_make(raw, inside_from, i, p_index, True, carry_group, False, open_at))
        carry_group = None
        inside_from = inner_at = None
        if n + 1 < len(marks) and marks[n + 1] == i + 1 and raw[i + 1] == ch:
            doubled = i + 1
            continue
        if ch in DOUBLE_AMBIG and _glued(raw, i, lo, hi) and (len(marks) - n - 1) % 2 == 1:
            inside_from, open_at = i + 1, i
    if (inside_from is not None and inner_at is None and raw[open_at] in DOUBLE_OPEN
            and _last_close_was_outer(raw, marks, hi, p_index, nested)):
        # '... of being “a lot like others, comparing it to “tax cuts.”' at the paragraph end: the last
        # closing mark closes the quotation (opened with the same style), the inner one has lost its own;
        # a quotation opened with a straight mark closes with one (or runs on to the next paragraph)
        nested.pop()
        spans.append(_make(raw, inside_from, marks[-1], p_index, True, carry_group, False, open_at))
        return None, open_at, None
    return inside_from, open_at, carry_group


def _last_close_was_outer(raw: str, marks: list[int], hi: int, p_index: int, nested: list[QuoteSpan]) -> bool:
    """The paragraph's last mark closed a quote within the quotation and only punctuation follows it."""
    if not nested or nested[-1].paragraph != p_index or not marks:
        return False
    last = marks[-1]
    return (raw[last] in DOUBLE_CLOSE and nested[-1].end <= last and not raw[nested[-1].end : last].strip()
            and not any(ch.isalnum() for ch in raw[last + 1 : hi]))


def _inner_mark(
    raw: str, i: int, lo: int, hi: int, inside_from: int, inner_at: int | None, p_index: int,
    nested: list[QuoteSpan],
) -> tuple[bool, int | None]:
    """A double mark inside a quotation that opens or closes a quote within it (or a stray opening mark):
    whether it was taken, and the opening mark of the inner quote now open."""
    if raw[i] in DOUBLE_OPEN and not _can_close(raw, i, lo, hi):
        if inner_at is None and _opens_inner(raw, i, inside_from):
            inner_at = i
        return True, inner_at  # a nested or stray opening mark inside a quote
    if inner_at is not None and raw[i] in DOUBLE_CLOSE and _can_close(raw, i, lo, hi):
        # 'what it calls “a campaign” to ...' inside the quotation: the inner quote closes, not the outer
        nested.append(_make(raw, inner_at + 1, i, p_index, True, None, False, inner_at))
        return True, None
    return False, inner_at


def _opens_inner(raw: str, i: int, inside_from: int) -> bool:
    """A directional opening mark after a word inside a quotation ('... what it calls “a campaign” ...')
    opens a quote within it; after a sentence end it is more likely the next quotation, its
    predecessor's closing mark lost."""
    before = raw[inside_from:i].rstrip()
    return (raw[i] in "“«" and bool(before) and before[-1] not in ".!?…:"
            and _can_open(raw, i, inside_from, len(raw)))


def _double_spans(
    raw: str, paragraphs: tuple[Paragraph, ...], mark_offsets: list[list[int]], nested: list[QuoteSpan]
) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    carry_group: int | None = None  # group start of an unclosed quote from the last paragraph
    carry_index: int | None = None  # index in spans of that unclosed quote
    for p_index, para in enumerate(paragraphs):
        lo, hi = para.span.start, para.span.end
        marks = [i for i in mark_offsets[p_index] if raw[i] in DOUBLE_MARKS]
        if carry_index is not None and not (marks and marks[0] == lo and _can_open(raw, lo, lo, hi)):
            # The last paragraph's open quote is not continued: keep it only if it read as speech.
            if not _looks_like_unclosed_speech(raw, spans[carry_index], paragraphs):
                spans.pop(carry_index)
            carry_group = carry_index = None
        inside_from, open_at, carry_group = _pair_doubles(raw, marks, lo, hi, p_index, carry_group, spans, nested)
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
    if carry_index is not None and not (
        _looks_like_unclosed_speech(raw, spans[carry_index], paragraphs) or _cut_off(raw, spans[carry_index])
    ):
        spans.pop(carry_index)
    return spans


def _cut_off(raw: str, span: QuoteSpan) -> bool:
    """An open quote that runs to the end of the text: the stored page stops mid-quotation
    ('She said: "We will ...' as the last words), so the words up to the end are the quotation. A text
    that ends on a full stop was not cut off: its open mark is a stray unless it reads as speech."""
    end = len(raw.rstrip())
    return span.end == end and raw[end - 1] not in ".!?…"


def _looks_like_unclosed_speech(raw: str, span: QuoteSpan, paragraphs: tuple[Paragraph, ...]) -> bool:
    """An unclosed quote not continued in the next paragraph: keep it when it reads as speech.

    It must open a paragraph or a sentence or follow a colon, and end the paragraph with sentence punctuation;
    otherwise the mark is a stray and the words are the reporter's.
    """
    para = paragraphs[span.paragraph]
    if span.group_start is not None:
        return True
    before = raw[para.span.start : span.open_at].rstrip()
    text = raw[span.start : span.end].rstrip()
    # It opens the paragraph, follows a colon, or opens a capitalised sentence after a quoted one in the
    # paragraph: '"Yes," she said. "Nobody replied.' (not a stray mark in the reporter's text)
    opens_well = before == "" or before.endswith(":") or (
        before[-1] in ".!?" and text[:1].isupper() and any(ch in DOUBLE_MARKS for ch in before)
    )
    return opens_well and bool(text) and text[-1] in ".!?…"


def _make(
    raw: str, start: int, end: int, p_index: int, closed: bool, group: int | None, single: bool, open_at: int
) -> QuoteSpan:
    # « Nous gagnerons » (French spacing, often a narrow no-break space): the quotation is the words only.
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return QuoteSpan(start, end, p_index, closed, group, single, open_at)


def _is_apostrophe(raw: str, i: int, lo: int, hi: int) -> bool:
    before = raw[i - 1] if i > lo else " "
    after = raw[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, Europe's, rock'n'roll
    if (after in "nN" and raw[i + 2 : i + 3] in SINGLE_MARKS) or (
        before in "nN" and i - 2 >= lo and raw[i - 2] in SINGLE_MARKS
    ):
        return True  # rock 'n' roll, fish 'n' chips: the two marks of an elided "and"
    if after.isdigit() and not before.isalnum():
        # the '90s, '24: two digits of an elided century (and perhaps an "s"), unless a mark closes them
        return bool(_ELIDED_YEAR.match(raw, i + 1, hi))
    return False


def _single_openers(
    raw: str, marks: list[tuple[int, str]], lo: int, hi: int, blocked: Callable[[int], bool]
) -> list[bool]:
    """For each mark of a paragraph: whether it can open a single-quoted quotation (not an apostrophe,
    not inside a double-quoted one)."""
    return [
        ch in SINGLE_MARKS
        and ch not in "’›"
        and not blocked(pos)
        and not _is_apostrophe(raw, pos, lo, hi)
        and _can_open(raw, pos, lo, hi)
        for pos, ch in marks
    ]


def _single_closers(
    raw: str, marks: list[tuple[int, str]], lo: int, hi: int, barriers: frozenset[str], blocked: Callable[[int], bool]
) -> list[int | None]:
    """For each mark of a paragraph (and one past the last): the first mark at or after it that can close
    a single quote, before any barrier."""
    n = len(marks)
    next_closer: list[int | None] = [None] * (n + 1)
    nearest: int | None = None
    for idx in range(n - 1, -1, -1):
        pos, ch = marks[idx]
        if ch in barriers or blocked(pos):
            nearest = None  # a single quote never runs across a double one
        elif (ch in SINGLE_MARKS and ch not in SINGLE_OPEN and not _is_apostrophe(raw, pos, lo, hi)
              and _can_close(raw, pos, lo, hi)):
            nearest = idx
        next_closer[idx] = nearest
    return next_closer


def _past_plural_possessive(raw: str, marks: list[tuple[int, str]], next_closer: list[int | None], close: int) -> int:
    """Brits' / the MPs' : a plural possessive, not a closing mark, when a noun (not "as", "and") follows
    and another mark closes; returns the mark that closes."""
    cpos = marks[close][0]
    if raw[cpos - 1] == "s" and raw[cpos + 1 : cpos + 2] == " " and raw[cpos + 2 : cpos + 3].islower():
        following = raw[cpos + 2 : cpos + 16].split(" ", 1)[0].strip(".,;:!?")
        later = next_closer[close + 1]
        if later is not None and following not in _FUNCTION_WORDS:
            return later
    return close


def _single_spans(
    raw: str, paragraphs: tuple[Paragraph, ...], taken: list[tuple[int, int]], mark_offsets: list[list[int]],
    doubles_inside: bool = False,
) -> list[QuoteSpan]:
    """Pair single marks left outside double quotes; linear in the number of marks.

    With ``doubles_inside`` (an article that quotes with single marks) a double mark is no barrier: it
    marks a quote within the quote ('Labour's "farmers' friend" act', she said).
    """
    barriers = frozenset() if doubles_inside else DOUBLE_MARKS
    spans: list[QuoteSpan] = []
    regions = sorted(taken)
    starts = [s for s, _ in regions]

    def blocked(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and i <= regions[k][1]

    carry: int | None = None  # group start of a single-quoted quotation running on from the last paragraph
    for p_index, para in enumerate(paragraphs):
        lo, hi = para.span.start, para.span.end
        marks = [(i, raw[i]) for i in mark_offsets[p_index]]
        opens = _single_openers(raw, marks, lo, hi, blocked)
        if not any(opens):  # no single quotation opens here (apostrophes only, or no single mark)
            carry = None
            continue
        n = len(marks)
        next_closer = _single_closers(raw, marks, lo, hi, barriers, blocked)
        idx = 0
        while idx < n:
            pos, ch = marks[idx]
            opener = opens[idx]
            close = next_closer[idx + 1] if opener else None
            if close is None:
                if opener and _continues(raw, paragraphs, p_index, pos, lo, hi, blocked):
                    # The multi-paragraph convention with single marks: runs to the paragraph end.
                    start, end = _trim(raw, pos + 1, hi)
                    group = carry if carry is not None else start
                    spans.append(QuoteSpan(start, end, p_index, False, carry, True, pos))
                    carry = group
                    break
                idx += 1
                continue
            close = _past_plural_possessive(raw, marks, next_closer, close)
            cpos = marks[close][0]
            at_start = pos == lo
            # ''culture of fear'': two single marks typed for a double one
            start = pos + 2 if raw[pos + 1] == ch and pos + 2 <= cpos else pos + 1
            spans.append(QuoteSpan(start, cpos, p_index, True, carry if at_start else None, True, pos))
            carry = None
            idx = close + 1
        else:
            carry = None
    return spans


def _continues(
    raw: str, paragraphs: tuple[Paragraph, ...], p_index: int, pos: int, lo: int, hi: int,
    blocked: Callable[[int], bool],
) -> bool:
    """An unclosed single mark that opens speech and the next paragraph opens again with one."""
    before = raw[lo:pos].rstrip()
    if before and before[-1] not in ":.!?":
        return False  # it opens neither the paragraph nor a sentence ("'Yes,' he said. 'We are ...")
    if raw[lo:hi].rstrip()[-1:] not in ".!?…" or p_index + 1 >= len(paragraphs):
        return False
    nxt = paragraphs[p_index + 1].span.start
    return raw[nxt : nxt + 1] in "‘'" and not blocked(nxt) and _can_open(raw, nxt, nxt, len(raw))


def _quotes_in_single_marks(raw: str, singles: list[QuoteSpan], doubles: list[QuoteSpan]) -> bool:
    """The article quotes speech in single marks: more single- than double-quoted stretches of four
    words or more (headlines' short single-quoted phrases do not make a British-style article)."""

    def long(span: QuoteSpan) -> bool:
        return raw.count(" ", span.start, span.end) >= 3

    return sum(map(long, singles)) > sum(map(long, doubles))


def find_quote_spans(article: Article) -> list[QuoteSpan]:
    """Every quoted span of the article, in offset order; no two overlap (quotes within quotes are left
    to ``find_all_quote_spans``)."""
    return find_all_quote_spans(article)[0]


def find_all_quote_spans(article: Article) -> tuple[list[QuoteSpan], list[QuoteSpan]]:
    """The quoted spans of the article (as ``find_quote_spans``) and, apart, the quotes within them: a
    single-marked term or a curly-marked quote inside a double-quoted one, each in offset order."""
    paragraphs = article.paragraphs
    raw = article.raw
    mark_offsets = _mark_offsets(raw, paragraphs)
    nested: list[QuoteSpan] = []
    doubles = _double_spans(raw, paragraphs, mark_offsets, nested)
    british = False
    taken = [(s.open_at, s.end) for s in doubles]
    singles = _single_spans(raw, paragraphs, taken, mark_offsets)
    if doubles and _quotes_in_single_marks(raw, singles, doubles):
        # British style: single marks quote, double marks quote within a quote. Pair the single marks
        # first; a double-quoted stretch inside (or across) a single-quoted one is not a quotation of its own.
        singles = _single_spans(raw, paragraphs, [], mark_offsets, doubles_inside=True)
        outer = sorted((s.open_at, s.end) for s in singles)
        outer_starts = [start for start, _ in outer]

        def inside_single(span: QuoteSpan) -> bool:
            k = bisect_right(outer_starts, span.end) - 1
            return k >= 0 and outer[k][1] > span.open_at

        doubles = [d for d in doubles if not inside_single(d)]
        taken = [(s.open_at, s.end) for s in doubles]
        british = True
    # A single-quoted stretch that would run over a double-quoted one yields to it (double marks are
    # the stronger convention): spans never overlap.
    regions = sorted(taken)
    starts = [start for start, _ in regions]

    def overlaps_double(span: QuoteSpan) -> bool:
        k = bisect_right(starts, span.end) - 1
        return k >= 0 and regions[k][1] > span.open_at

    singles = [s for s in singles if not overlaps_double(s)]
    # Words, not just marks and spaces: '""""' or "''" is no quotation.
    spans = [s for s in doubles + singles if s.end > s.start and _WORDY.search(raw, s.start, s.end)]
    inner = [] if british else _inner_spans(raw, paragraphs, doubles, nested, mark_offsets)
    inner = [s for s in inner if s.end > s.start and _WORDY.search(raw, s.start, s.end)]
    return sorted(spans, key=lambda s: (s.start, s.end)), sorted(inner, key=lambda s: (s.start, s.end))


def _inner_spans(
    raw: str, paragraphs: tuple[Paragraph, ...], doubles: list[QuoteSpan], nested: list[QuoteSpan],
    mark_offsets: list[list[int]],
) -> list[QuoteSpan]:
    """Quotes within the double-quoted spans: the curly-marked ones found while pairing (kept when their
    outer quotation was), and single-marked ones paired inside each span ('... a "modern 'Jekyll and
    Hyde'" ...', apostrophes excepted)."""
    out: list[QuoteSpan] = []
    for outer in doubles:
        out.extend(n for n in nested if outer.start <= n.open_at and n.end <= outer.end)
        offsets = mark_offsets[outer.paragraph]
        marks = [(i, raw[i]) for i in offsets[bisect_left(offsets, outer.start) : bisect_left(offsets, outer.end)]]
        if not any(ch in SINGLE_MARKS for _, ch in marks):
            continue
        lo, hi = outer.start, outer.end
        opens = _single_openers(raw, marks, lo, hi, lambda _: False)
        next_closer = _single_closers(raw, marks, lo, hi, DOUBLE_MARKS, lambda _: False)
        idx = 0
        while idx < len(marks):
            close = next_closer[idx + 1] if opens[idx] else None
            if close is None:
                idx += 1
                continue
            close = _past_plural_possessive(raw, marks, next_closer, close)
            pos, cpos = marks[idx][0], marks[close][0]
            out.append(QuoteSpan(pos + 1, cpos, outer.paragraph, True, None, True, pos))
            idx = close + 1
    return out


def is_furniture(article: Article, paragraph: int) -> bool:
    """True when the paragraph is page furniture, not part of the story."""
    return article.paragraphs[paragraph].role is ParagraphRole.FURNITURE
