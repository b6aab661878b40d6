"""Word diffs between two versions of a quote, each change classed cosmetic or substantive.

    word_diff(base, other) -> WordDiff
    relation(base_text, other_text) -> ClusterRelation

Words are matched on a loose key (typography folded, lower case, British/American spelling, numbers
by value), so ``don't``/``don’t``, ``organise``/``organize`` and ``£2bn``/``£2billion`` line up;
where the printed words still differ the change is cosmetic. Words added, dropped or substituted and
changed numbers are substantive; a run deleted in one place and inserted in another is a move.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

from rapidfuzz import fuzz

from quotecheck.models import ChangeKind, ClusterRelation, DiffOp, Span, WordChange, WordDiff
from quotecheck.text import fold_typography
from quotecheck.words import Word, is_content, spelling_key, stem, tokenize, words_only

NEAR_VERBATIM_RATIO = 85.0
"""Least similarity (0-100) of two long versions that differ by a word or two."""
NEAR_VERBATIM_MIN_WORDS = 6
"""Versions shorter than this are never near-verbatim by similarity alone (one word in two is a lot)."""

_SEVERITY = {
    ClusterRelation.VERBATIM: 0,
    ClusterRelation.NEAR_VERBATIM: 1,
    ClusterRelation.TRUNCATED: 2,
    ClusterRelation.SPLICED: 3,
    ClusterRelation.PARAPHRASED: 4,
}


class Version(Protocol):
    """Anything with an id, a text and its offset (a quote or a cluster member)."""

    @property
    def quote_id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def span(self) -> Span: ...


def severity(relation: ClusterRelation) -> int:
    """Order of relations, verbatim (0) to paraphrased (4)."""
    return _SEVERITY[relation]


def loose_key(word: Word) -> str:
    """What two printings of the same word share."""
    return word.norm if word.kind == "number" else spelling_key(word.norm)


def _words(text: str, base: int = 0) -> list[Word]:
    return words_only(tokenize(text, base))


def _contiguous(small: list[str], big: list[str]) -> bool:
    n = len(small)
    if n == 0 or n > len(big):
        return False
    first = small[0]
    return any(big[i] == first and big[i : i + n] == small for i in range(len(big) - n + 1))


@lru_cache(maxsize=16384)
def _keys(text: str) -> tuple[tuple[str, ...], list[str], tuple[str, ...]]:
    words = _words(text)
    loose = [loose_key(w) for w in words]
    return tuple(w.norm for w in words), loose, tuple(stem(k) for k in loose)


def relation(base_text: str, other_text: str) -> ClusterRelation:
    """How ``other_text`` stands to ``base_text`` (the fuller version)."""
    na, ka, sa_ = _keys(base_text)
    nb, kb, sb_ = _keys(other_text)
    if na == nb:
        return ClusterRelation.VERBATIM
    if ka == kb or sa_ == sb_:
        return ClusterRelation.NEAR_VERBATIM
    if len(kb) < len(ka) and _contiguous(kb, ka):
        return ClusterRelation.TRUNCATED
    if len(kb) > len(ka) and _contiguous(ka, kb):
        return ClusterRelation.TRUNCATED
    sa, sb = " ".join(ka), " ".join(kb)
    if min(len(ka), len(kb)) >= NEAR_VERBATIM_MIN_WORDS and fuzz.ratio(sa, sb) >= NEAR_VERBATIM_RATIO:
        return ClusterRelation.NEAR_VERBATIM
    if _spliced(ka, kb):
        return ClusterRelation.SPLICED
    if len(kb) < len(ka) and len(kb) >= NEAR_VERBATIM_MIN_WORDS and fuzz.partial_ratio(sb, sa) >= 92:
        return ClusterRelation.TRUNCATED
    if _cut_with_one_change(ka, kb):
        return ClusterRelation.TRUNCATED
    return ClusterRelation.PARAPHRASED


_OVERLAP_MIN_WORDS = 6


def _cut_with_one_change(a: list[str], b: list[str]) -> bool:
    """The shorter version is a stretch of the longer but for one word ("for the mercy he dispensed" and
    "for mercy he dispensed to me today"): a cut, not a paraphrase."""
    short, long = (b, a) if len(b) <= len(a) else (a, b)
    if len(short) < 3:
        return False
    blocks = SequenceMatcher(None, long, short, autojunk=False).get_matching_blocks()
    if sum(m.size for m in blocks) >= len(short) - 1:
        return True
    # two cuts of one remark: a shared stretch of six words or more, most of the shorter version ("one
    # outlet quotes sentences one and two, another two and three")
    longest = max((m.size for m in blocks), default=0)
    return longest >= _OVERLAP_MIN_WORDS and longest * 5 >= len(short) * 3


def _spliced(base: list[str], other: list[str]) -> bool:
    """``other`` is two or more stretches of ``base``, in order, with words of ``base`` left out between."""
    if len(other) < 3:
        return False
    blocks = [m for m in SequenceMatcher(None, base, other, autojunk=False).get_matching_blocks() if m.size]
    covered = sum(m.size for m in blocks)
    if len(blocks) < 2 or covered < len(other) - 1:
        return False
    gaps_in_base = sum(1 for x, y in pairwise(blocks) if y.a > x.a + x.size)
    return gaps_in_base >= 1 and all(m.size >= 2 for m in blocks)


def word_diff(base: Version, other: Version) -> WordDiff:
    """The word diff turning ``base`` (the fuller version) into ``other``."""
    a = _words(base.text, base.span.start)
    b = _words(other.text, other.span.start)
    ka, kb = [loose_key(w) for w in a], [loose_key(w) for w in b]
    ops: list[WordChange] = []
    codes = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal":
            ops.extend(_equal_runs(a[i1:i2], b[j1:j2]))
            continue
        old, new = a[i1:i2], b[j1:j2]
        if tag == "delete":
            at_edge = (i1 == 0 or i2 == len(a)) and len(b) < len(a) and (j1 in (0, len(b)))
            ops.append(_change(DiffOp.DELETE, old, [], "not quoted" if at_edge else "words dropped"))
        elif tag == "insert":
            ops.append(_change(DiffOp.INSERT, [], new, "words added"))
        else:
            ops.extend(_replace(old, new, i1 == 0 and j1 == 0, i2 == len(a) and j2 == len(b), len(b) < len(a)))
    ops = _find_moves(ops, a, b)
    substantive = any(op.change is ChangeKind.SUBSTANTIVE and op.reason != "not quoted" for op in ops)
    return WordDiff(base=base.quote_id, other=other.quote_id, ops=tuple(ops), substantive=substantive)


def _cosmetic_reason(x: Word, y: Word) -> str | None:
    if x.text == y.text:
        return None
    if fold_typography(x.text) == fold_typography(y.text):
        return "typography"
    if x.kind == "number":
        return "number format"
    if x.norm == y.norm:
        return "case"
    return "spelling"


def _equal_runs(old: list[Word], new: list[Word]) -> list[WordChange]:
    runs: list[WordChange] = []
    start = 0
    for k in range(len(old) + 1):
        reason = _cosmetic_reason(old[k], new[k]) if k < len(old) else "end"
        if reason is None:
            continue
        if k > start:
            runs.append(_run(DiffOp.EQUAL, old[start:k], new[start:k], None, ""))
        if reason != "end":
            runs.append(_run(DiffOp.REPLACE, old[k : k + 1], new[k : k + 1], ChangeKind.COSMETIC, reason))
        start = k + 1
    return runs


def _replace(old: list[Word], new: list[Word], at_start: bool, at_end: bool, shorter: bool) -> list[WordChange]:
    """A replacement at the edge of a shorter version: the surplus words were simply not quoted."""
    surplus = len(old) - len(new)
    if shorter and surplus > 0 and at_start and not at_end:
        return [_change(DiffOp.DELETE, old[:surplus], [], "not quoted"),
                _change(DiffOp.REPLACE, old[surplus:], new, _replace_reason(old[surplus:], new))]
    if shorter and surplus > 0 and at_end and not at_start:
        return [_change(DiffOp.REPLACE, old[: len(new)], new, _replace_reason(old[: len(new)], new)),
                _change(DiffOp.DELETE, old[len(new) :], [], "not quoted")]
    return [_change(DiffOp.REPLACE, old, new, _replace_reason(old, new))]


def _replace_reason(old: list[Word], new: list[Word]) -> str:
    if any(w.kind == "number" for w in old) and any(w.kind == "number" for w in new):
        return "number changed"
    if [stem(w.norm) for w in old] == [stem(w.norm) for w in new]:
        return "word form"
    return "words changed"


def _change(op: DiffOp, old: list[Word], new: list[Word], reason: str) -> WordChange:
    return _run(op, old, new, ChangeKind.SUBSTANTIVE, reason)


def _run(op: DiffOp, old: list[Word], new: list[Word], change: ChangeKind | None, reason: str) -> WordChange:
    return WordChange(
        op=op,
        old=" ".join(w.text for w in old),
        new=" ".join(w.text for w in new),
        old_span=Span(start=old[0].start, end=old[-1].end) if old else None,
        new_span=Span(start=new[0].start, end=new[-1].end) if new else None,
        change=change,
        reason=reason,
    )


def _find_moves(ops: list[WordChange], a: list[Word], b: list[Word]) -> list[WordChange]:
    """A deleted run that is inserted elsewhere (same words) becomes one move."""
    deletes = [i for i, op in enumerate(ops) if op.op is DiffOp.DELETE and op.reason == "words dropped"]
    inserts = [i for i, op in enumerate(ops) if op.op is DiffOp.INSERT]
    if not deletes or not inserts:
        return ops
    key = {id(w): loose_key(w) for w in (*a, *b)}
    by_pos_a = {w.start: w for w in a}
    by_pos_b = {w.start: w for w in b}

    def keys(span: Span | None, index: dict[int, Word], words: list[Word]) -> tuple[str, ...]:
        if span is None:
            return ()
        return tuple(key[id(w)] for w in words if span.start <= w.start < span.end and w.start in index)

    drop: set[int] = set()
    out = list(ops)
    for d in deletes:
        dk = keys(ops[d].old_span, by_pos_a, a)
        if not dk or (len(dk) == 1 and not is_content(dk[0])):
            continue
        for i in inserts:
            if i in drop:
                continue
            if keys(ops[i].new_span, by_pos_b, b) == dk:
                out[d] = WordChange(
                    op=DiffOp.MOVE, old=ops[d].old, new=ops[i].new, old_span=ops[d].old_span,
                    new_span=ops[i].new_span, change=ChangeKind.SUBSTANTIVE, reason="moved",
                )
                drop.add(i)
                break
    return [op for k, op in enumerate(out) if k not in drop]


def worst(relations: list[ClusterRelation]) -> ClusterRelation:
    """The strongest difference among ``relations`` (verbatim when empty)."""
    return max(relations, key=severity, default=ClusterRelation.VERBATIM)
