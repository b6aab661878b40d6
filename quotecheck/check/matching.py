"""Draft quote -> pattern -> the best word-level alignment with a stream of a source.

A draft quote is read as a pattern of words, omissions (``...``, ``…``, ``[...]``: any run of the
source's words) and square-bracket clarifications (``[Labour's]``: up to a few of the source's
words, or none). Punctuation and case are not compared, so a changed capital at the start, a
changed stop at the end, straight or curly marks and a quote that stops early all read as the
source's words; British and American spellings count as the same word.

Candidate streams come from a word index and rapidfuzz's ``partial_ratio``; the verdict comes from
an exact alignment (dynamic programming, semi-global: the draft quote may start and end anywhere in
the source): a word substituted, added or dropped costs 1, a longer run of source words cut without
an ellipsis costs ``CUT``, and an omission or a clarification that follows the conventions costs 0.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from quotecheck.check.corpus import Corpus, Stream, spell, word_keys

__all__ = ["Alignment", "Item", "Op", "Pattern", "align", "find_elsewhere", "parse_pattern", "search"]

CUT = 1.5
"""Cost of source words cut from the middle of a quote with no ellipsis (two words or more)."""
MAX_CLARIFIED = 5
"""Most source words one square-bracket clarification may stand for."""
CANDIDATES = 8
"""Streams aligned exactly for each draft quote, best fuzzy scores first."""
FAR_BEHIND = 30.0
"""Candidates scoring this far below the best are not aligned."""
WINDOW_SLACK = 12
"""Words of a long stream searched either side of the fuzzy match."""

WORD, CLARIFY, OMIT = "word", "clarify", "omit"
_ELLIPSIS = r"\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|\(\s*(?:\.\s*){3}\)|\(\s*…\s*\)|\.\s?\.\s?\.|…"
_SPECIAL = re.compile(
    rf"(?P<omit>{_ELLIPSIS})|(?P<sic>\[\s*sic!?\s*\])|(?P<link>\[(?P<label>[^\]\n]{{1,200}})\]\([^)\s]*\))"
    r"|(?P<clarify>\[[^\]\n]{1,80}\])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Item:
    """One element of a draft quote's pattern."""

    kind: str
    """``word``, ``clarify`` (a square-bracket insertion) or ``omit`` (an ellipsis)."""
    key: str
    """Comparison key of a word ("" otherwise)."""
    spell: str
    """Spelling-variant key of a word."""
    start: int
    """Raw offset in the draft."""
    end: int
    """Raw offset just past the item."""


@dataclass(slots=True)
class Pattern:
    """A draft quote as words, omissions and clarifications."""

    items: list[Item]
    """In order."""
    text: str
    """The words' keys joined by spaces (for fuzzy search)."""

    @property
    def words(self) -> list[Item]:
        """The word items."""
        return [it for it in self.items if it.kind == WORD]

    def fragments(self) -> list[list[Item]]:
        """Runs of items between omissions."""
        out: list[list[Item]] = [[]]
        for it in self.items:
            if it.kind == OMIT:
                out.append([])
            else:
                out[-1].append(it)
        return [f for f in out if any(it.kind == WORD for it in f)]


def parse_pattern(raw: str, start: int, end: int) -> Pattern:
    """The pattern of the draft quote ``raw[start:end]``."""
    items: list[Item] = []

    def words(lo: int, hi: int) -> None:
        for key, s, e in word_keys(raw[lo:hi], lo):
            items.append(Item(WORD, key, spell(key), s, e))

    pos = start
    for m in _SPECIAL.finditer(raw, start, end):
        words(pos, m.start())
        if m.group("omit"):
            items.append(Item(OMIT, "", "", m.start(), m.end()))
        elif m.group("link"):
            words(m.start("label"), m.end("label"))
        elif m.group("clarify"):
            items.append(Item(CLARIFY, "", "", m.start(), m.end()))
        pos = m.end()
    words(pos, end)
    return Pattern(items, " ".join(it.key for it in items if it.kind == WORD))


@dataclass(frozen=True, slots=True)
class Op:
    """One step of an alignment."""

    kind: str
    """equal, cosmetic (spelling), replace, insert (draft word not in the source), delete (a source
    word dropped), cut (source words cut), omit (ellipsis), clarify (square brackets)."""
    item: int | None
    """Index of the draft item, None for delete and cut."""
    lo: int
    """First source word consumed (stream index)."""
    hi: int
    """Just past the last source word consumed (``lo == hi`` when none is)."""


@dataclass(slots=True)
class Alignment:
    """The best alignment of a pattern with one stream."""

    stream: Stream
    """The stream."""
    ops: list[Op]
    """The steps, in order."""
    cost: float
    """Substantive changes: 0 when the draft keeps to the source's words."""
    matched: int
    """Draft words found in place."""
    words: int
    """Draft words."""
    first: int
    """First source word matched."""
    last: int
    """Last source word matched (inclusive)."""
    splices: list[str] = field(default_factory=list)
    """Joins of separate remarks with no ellipsis, in words."""
    elsewhere: list[tuple[int, int, Alignment]] = field(default_factory=list)
    """Draft item ranges not in place here but found word for word elsewhere (a splice)."""

    @property
    def exact(self) -> bool:
        """The draft keeps to the source's words, conventions aside."""
        return self.cost == 0 and not self.splices and not self.elsewhere and self.matched > 0

    @property
    def coverage(self) -> float:
        """Share of the draft's words found (here or, for a splice, elsewhere)."""
        found = self.matched + sum(a.matched for _, _, a in self.elsewhere)
        return found / self.words if self.words else 0.0

    def longest_run(self) -> int:
        """Most draft words matched in a row."""
        best = run = 0
        for op in self.ops:
            if op.kind in {"equal", "cosmetic"}:
                run += 1
                best = max(best, run)
            elif op.kind not in {"clarify", "omit"}:
                run = 0
        return best


MAX_PROBE_CHARS = 4000
"""Characters of a quote that rank the candidate sources (all of any real quote; a quote of thousands of words
is ranked by its start, so ranking stays linear in the source's length)."""


def search(corpus: Corpus, pattern: Pattern, prefer: set[int] | None = None) -> list[Stream]:
    """Streams worth aligning: those sharing a word with the pattern, best fuzzy scores first."""
    keys = {it.key for it in pattern.words}
    ids = corpus.candidates(keys)
    if not ids:
        return []
    scored = []
    for i in ids:
        stream = corpus.streams[i]
        shared = sum(1 for k in keys if i in corpus.by_key.get(k, ()))
        probe = pattern.text[:MAX_PROBE_CHARS]  # partial_ratio costs the product of the two lengths
        score = fuzz.partial_ratio(probe, stream.text) if probe else 0.0
        scored.append((score + 10.0 * shared / max(1, len(keys)), i))
    scored.sort(key=lambda t: (-t[0], t[1]))
    top = scored[0][0]
    chosen = [i for score, i in scored[:CANDIDATES] if score >= top - FAR_BEHIND]
    for i in sorted(prefer or ()):
        if i in ids and i not in chosen:
            chosen.append(i)
    return [corpus.streams[i] for i in chosen]


def _window(stream: Stream, pattern: Pattern) -> tuple[int, int]:
    """The part of a long stream worth aligning with the pattern."""
    n = len(stream.keys)
    m = len(pattern.items)
    if n <= 3 * m + 2 * WINDOW_SLACK:
        return 0, n
    lo, hi = n, 0
    for frag in pattern.fragments():
        text = " ".join(it.key for it in frag if it.kind == WORD)
        found = fuzz.partial_ratio_alignment(text, stream.text)
        if found is None:
            continue
        a = max(0, bisect_right(stream.offsets, found.dest_start) - 1)
        b = bisect_right(stream.offsets, found.dest_end)
        lo, hi = min(lo, a), max(hi, b)
    if lo >= hi:
        return 0, n
    return max(0, lo - m - WINDOW_SLACK), min(n, hi + m + WINDOW_SLACK)


def align(stream: Stream, pattern: Pattern, lo: int | None = None, hi: int | None = None) -> Alignment | None:
    """The cheapest alignment of the whole pattern with a stretch of ``stream`` (None if no word matches)."""
    if lo is None or hi is None:
        lo, hi = _window(stream, pattern)
    keys = stream.keys[lo:hi]
    spells = stream.spells[lo:hi]
    n = len(keys)
    items = pattern.items
    m = len(items)
    if n == 0 or m == 0:
        return None
    run = _verbatim_run(keys, spells, items)
    if run is not None:  # what the table finds too, without filling it: the common case of a clean draft
        ops = [Op("equal" if keys[run + i] == item.key else "cosmetic", i, lo + run + i, lo + run + i + 1)
               for i, item in enumerate(items)]  # fmt: skip
        return _alignment(stream, pattern, ops, 0.0)
    if m * (n + 1) > MAX_TABLE_CELLS:  # an 8,000-word quote: 51 s and 2 GB of table; word blocks instead
        return _block_alignment(stream, pattern, lo, hi)
    return _table_alignment(stream, pattern, lo, hi)


MAX_TABLE_CELLS = 2_000_000
"""Largest edit-distance table ``align`` fills (about 1,400 draft words against 1,400 source words); a longer
quote is aligned by blocks of identical words (Levenshtein opcodes), in time close to linear."""


def _block_alignment(stream: Stream, pattern: Pattern, lo: int, hi: int) -> Alignment | None:
    """A cheaper alignment for long quotes: Levenshtein opcodes over the word keys (rapidfuzz), the source
    words before the first and after the last match left out, runs of two or more dropped words as cuts.
    Ellipses and clarifications align with no source word."""
    from rapidfuzz.distance import Levenshtein

    keys = stream.keys[lo:hi]
    spells = stream.spells[lo:hi]
    items = pattern.items
    mine = [it.key if it.kind == WORD else f"\0{i}" for i, it in enumerate(items)]  # \0: never a word key
    blocks = Levenshtein.opcodes(mine, keys)
    ops: list[Op] = []
    cost = 0.0
    drops: list[int] = []

    def dropped() -> None:
        nonlocal cost
        if len(drops) >= 2:
            ops.append(Op("cut", None, lo + drops[0], lo + drops[-1] + 1))
            cost += CUT
        elif drops:
            ops.append(Op("delete", None, lo + drops[0], lo + drops[0] + 1))
            cost += 1.0
        drops.clear()

    def draft_item(i: int, at: int) -> None:
        nonlocal cost
        kind = items[i].kind
        ops.append(Op("insert" if kind == WORD else kind, i, lo + at, lo + at))
        cost += 1.0 if kind == WORD else 0.0

    for block in blocks:
        tag, i1, i2, j1, j2 = block.tag, block.src_start, block.src_end, block.dest_start, block.dest_end
        if tag in {"equal", "replace"}:
            pairs = min(i2 - i1, j2 - j1)
            for k in range(pairs):
                i, j = i1 + k, j1 + k
                if items[i].kind != WORD:
                    dropped()
                    draft_item(i, j)
                    drops.append(j)
                    continue
                dropped()
                same = keys[j] == items[i].key
                cosmetic = not same and spells[j] == items[i].spell
                ops.append(Op("equal" if same else "cosmetic" if cosmetic else "replace", i, lo + j, lo + j + 1))
                cost += 0.0 if same or cosmetic else 1.0
            for i in range(i1 + pairs, i2):
                dropped()
                draft_item(i, j1 + pairs)
            drops.extend(range(j1 + pairs, j2))
        elif tag == "delete":  # draft items the source does not have here
            dropped()
            for i in range(i1, i2):
                draft_item(i, j1)
        else:  # "insert": source words the draft leaves out
            drops.extend(range(j1, j2))
    dropped()
    while ops and ops[0].kind in {"delete", "cut"}:  # the stretch starts and ends where the draft's words do
        cost -= CUT if ops[0].kind == "cut" else 1.0
        ops.pop(0)
    while ops and ops[-1].kind in {"delete", "cut"}:
        cost -= CUT if ops[-1].kind == "cut" else 1.0
        ops.pop()
    return _alignment(stream, pattern, ops, cost)


def _table_alignment(stream: Stream, pattern: Pattern, lo: int, hi: int) -> Alignment | None:
    """The edit-distance table over ``stream.keys[lo:hi]``, one row per pattern item."""
    keys = stream.keys[lo:hi]
    spells = stream.spells[lo:hi]
    n = len(keys)
    items = pattern.items
    m = len(items)
    if n == 0 or m == 0:
        return None
    inf = float("inf")
    prev = [0.0] * (n + 1)
    moves: list[list[str]] = []
    aux: list[list[int]] = []
    for r in range(1, m + 1):
        item = items[r - 1]
        cur = [inf] * (n + 1)
        mv = [""] * (n + 1)
        ax = [0] * (n + 1)
        if item.kind == OMIT:
            best, arg = inf, 0
            for j in range(n + 1):
                if prev[j] < best:
                    best, arg = prev[j], j
                cur[j], mv[j], ax[j] = best, "omit", arg
        elif item.kind == CLARIFY:
            for j in range(n + 1):
                for k in range(min(MAX_CLARIFIED, j) + 1):
                    c = prev[j - k]
                    if c < cur[j]:
                        cur[j], mv[j], ax[j] = c, "clarify", j - k
        else:
            key, sp = item.key, item.spell
            cur[0], mv[0] = prev[0] + 1.0, "insert"
            run_best, run_arg = inf, 0
            for j in range(1, n + 1):
                same = keys[j - 1] == key
                c = prev[j - 1] + (0.0 if same or spells[j - 1] == sp else 1.0)
                best, move, arg = c, ("equal" if same else "cosmetic" if spells[j - 1] == sp else "replace"), j - 1
                c = prev[j] + 1.0
                if c < best:
                    best, move, arg = c, "insert", j
                c = cur[j - 1] + 1.0
                if c < best:
                    best, move, arg = c, "delete", j - 1
                if j >= 2:
                    # a cut of two or more source words: from the best cell at least two words back
                    if cur[j - 2] < run_best:
                        run_best, run_arg = cur[j - 2], j - 2
                    c = run_best + CUT
                    if c < best:
                        best, move, arg = c, "cut", run_arg
                cur[j], mv[j], ax[j] = best, move, arg
        moves.append(mv)
        aux.append(ax)
        prev = cur
    end = min(range(n + 1), key=lambda j: (prev[j], j))
    cost = prev[end]
    ops: list[Op] = []
    r, j = m, end
    while r > 0:
        move = moves[r - 1][j]
        arg = aux[r - 1][j]
        if move in {"equal", "cosmetic", "replace"}:
            ops.append(Op(move, r - 1, lo + j - 1, lo + j))
            r, j = r - 1, j - 1
        elif move == "insert":
            ops.append(Op("insert", r - 1, lo + j, lo + j))
            r -= 1
        elif move == "delete":
            ops.append(Op("delete", None, lo + j - 1, lo + j))
            j -= 1
        elif move == "cut":
            ops.append(Op("cut", None, lo + arg, lo + j))
            j = arg
        else:  # omit, clarify
            ops.append(Op(move, r - 1, lo + arg, lo + j))
            r, j = r - 1, arg
    ops.reverse()
    return _alignment(stream, pattern, ops, cost)


def _verbatim_run(keys: list[str], spells: list[str], items: list[Item]) -> int | None:
    """Where the first run of source words that matches every item at no cost starts (each word the
    same or spelled the same), when the pattern is words only: the alignment the table would find, as
    its ties go to the earliest end. None when there is no such run or the pattern has ellipses or
    clarifications (they match at no cost across gaps)."""
    if any(item.kind != WORD for item in items):
        return None
    first = items[0]
    m = len(items)
    for start in range(len(keys) - m + 1):
        if keys[start] != first.key and spells[start] != first.spell:
            continue
        if all(keys[start + i] == it.key or spells[start + i] == it.spell for i, it in enumerate(items)):
            return start
    return None


def _alignment(stream: Stream, pattern: Pattern, ops: list[Op], cost: float) -> Alignment | None:
    matched = sum(1 for op in ops if op.kind in {"equal", "cosmetic"})
    if matched == 0:
        return None
    consumed = [op for op in ops if op.kind in {"equal", "cosmetic", "replace"}]
    first, last = consumed[0].lo, consumed[-1].hi - 1
    result = Alignment(stream, ops, cost, matched, len(pattern.words), first, last)
    result.splices = _splices(stream, ops)
    return result


def _splices(stream: Stream, ops: list[Op]) -> list[str]:
    """Joins of separate remarks inside a stretch the draft gives as one (no ellipsis between)."""
    found: list[str] = []
    last: int | None = None
    for op in ops:
        if op.kind == "omit":
            last = None
            continue
        for t in range(op.lo, op.hi):
            if last is not None and any(b in stream.breaks for b in range(last + 1, t + 1)):
                found.append("joins words said apart with no ellipsis (a splice)")
            last = t
    return sorted(set(found))


def find_elsewhere(corpus: Corpus, pattern: Pattern, alignment: Alignment, min_words: int = 3) -> None:
    """Runs of the draft's words not in place in ``alignment`` that some source has word for word:
    the draft joined them on from elsewhere (a splice). Recorded on ``alignment.elsewhere``."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for op in alignment.ops:
        if op.item is None:
            continue
        bad = op.kind in {"insert", "replace"}
        if bad and start is None:
            start = op.item
        elif not bad and start is not None:
            runs.append((start, op.item))
            start = None
    if start is not None:
        runs.append((start, len(pattern.items)))
    for a, b in runs:
        sub_items = [it for it in pattern.items[a:b] if it.kind == WORD]
        if len(sub_items) < min_words:
            continue
        sub = Pattern(sub_items, " ".join(it.key for it in sub_items))
        for stream in search(corpus, sub):
            found = align(stream, sub)
            if found is not None and found.matched >= min_words and _exact_inside(found):
                alignment.elsewhere.append((a, b, found))
                break


def _exact_inside(found: Alignment) -> bool:
    """Word for word but for a few draft words at either end (the reporter's "and" that joins them)."""
    kinds = [op.kind for op in found.ops]
    lo = 0
    while lo < len(kinds) and kinds[lo] == "insert":
        lo += 1
    hi = len(kinds)
    while hi > lo and kinds[hi - 1] == "insert":
        hi -= 1
    return lo + len(kinds) - hi <= 2 and all(k in {"equal", "cosmetic"} for k in kinds[lo:hi])
