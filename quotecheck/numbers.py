"""Numbers: every figure with its unit, qualifier and what it counts, aligned across outlets.

    find_numbers(result, sentences) -> list[NumberMention]
    align_numbers(event, mentions, raw_by_file) -> list[NumberFact]

A mention is the qualifier ("more than", "around", "up to", "almost"), the number with its currency,
scale and per cent (``£2bn``, ``100,000``, ``94%``), what follows it ("1,000 new caseworkers") and a
rate's period ("a year"). Years, dates, times, names with numbers in them ("Radio 4") and currency
conversions in brackets are left out.

Two mentions in different articles are one fact when their units are comparable and either the value
is the same and the context agrees, or what they count is the same and the context agrees closely. A
fact whose values differ by more than ``TOLERANCE`` or whose currencies differ is a conflict;
qualifier and period differences are listed but are not conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from quotecheck.models import ArticleQuotes, Event, NumberFact, NumberMention, Span
from quotecheck.words import MONTHS, STOPWORDS, Word, content_stems, number_value, stem, tokenize

TOLERANCE = 0.05
"""Values further apart than this (relative) disagree; closer ones are rounding."""
SAME_VALUE_CONTEXT = 0.12
"""Least context overlap (Jaccard of meaningful words) for equal values to be one fact."""
OTHER_VALUE_CONTEXT = 0.2
"""Least context overlap for different values of the same thing to be one (conflicting) fact."""
MAX_CONFLICT_RATIO = 2.0
"""Different values further apart than this are two facts, not one misreported: a misreport is 100,000
for 124,614 or 15.5 for 19.5 years, not 60 (an age) for 22 (years in office)."""

QUALIFIERS: dict[str, str] = {
    "more than": ">", "over": ">", "at least": ">", "above": ">", "in excess of": ">", "upwards of": ">",
    "just over": ">", "well over": ">", "exceeding": ">", "passed": ">", "topped": ">",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "up to": "<", "almost": "<",
    "nearly": "<", "just under": "<", "as many as": "<", "no more than": "<", "a maximum of": "<",
    "around": "~", "about": "~", "roughly": "~", "approximately": "~", "some": "~", "an estimated": "~",
    "estimated": "~", "circa": "~", "close to": "~", "only": "=", "just": "=", "exactly": "=",
}
_PEOPLE = frozenset("people person migrant immigrant refugee asylum seeker applicant arrival individual".split())
_PERIODS = frozenset("year week month day annum decade".split())
_RATE = frozenset("a an per each every".split())
_ADDING = frozenset("add adds added adding amount amounts amounted amounting".split())
_ADJECTIVES = frozenset("more fewer other new extra additional so called so-called".split())
_MEASURE_ADJECTIVES = frozenset("old olds long high wide deep tall ago later earlier".split())
"""Words after a unit that say what it measures ("60 years old"): the unit stays the thing counted."""


CURRENCY_WORDS: dict[str, str] = {
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "dollar": "USD", "dollars": "USD",
    "euro": "EUR", "euros": "EUR", "yen": "JPY",
}
"""Currencies written as words after the figure ("750,000 dollar fine" is "$750,000 fine")."""
_RANGE_WORDS = frozenset({"to", "-", "and"})
"""What joins the two ends of a range ("30 to 55", "30-55", "between 30 and 55")."""


def _range_end(words: list[Word], k: int) -> int | None:
    """Index of the number that ends a range starting at ``words[k]``, if it is one."""
    j = k + 2
    if j >= len(words) or words[j].kind != "number" or words[k + 1].norm not in _RANGE_WORDS:
        return None
    if words[k + 1].norm == "and" and not (k and words[k - 1].norm == "between"):
        return None
    if words[k + 1].norm == "-" and _dated(words, k, j):
        return None
    return j


def _dated(words: list[Word], k: int, j: int) -> bool:
    """Whether ``words[k]`` - ``words[j]`` is part of a date, a time or a score line (2023-09-14, 24/7)."""
    before = words[k - 1] if k else None
    after = words[j + 1] if j + 1 < len(words) else None
    return bool(
        (before and before.kind == "punct" and before.text in "-/:")
        or (after and after.kind == "punct" and after.text in "-/:")
        or any(number_value(words[x].text) is None or number_value(words[x].text)[1] for x in (k, j))  # type: ignore[index]
    )


def _qualifier(words: list[Word], k: int) -> tuple[str | None, int]:
    """The qualifier just before ``words[k]`` and the index it starts at."""
    for size in (3, 2, 1):
        if k - size < 0:
            continue
        phrase = " ".join(w.norm for w in words[k - size : k])
        if phrase in QUALIFIERS and all(w.kind == "word" for w in words[k - size : k]):
            if phrase == "up to" and k - size > 0 and words[k - size - 1].norm in _ADDING:
                return None, k  # "adding up to 2,600" is a sum, not a ceiling
            return phrase, k - size
    return None, k


def _counts(words: list[Word], k: int) -> tuple[str | None, str | None]:
    """What the number at ``words[k]`` counts, and a rate's period."""
    j = k + 1
    noun: str | None = None
    taken = 0
    if j + 1 < len(words) and words[j].text == "-" and words[j + 1].kind == "word":  # a 12-year sentence
        unit = words[j + 1].norm
        return (unit + "s" if unit in _PERIODS else unit), None
    if j < len(words) and words[j].norm == "of":
        j += 1
    while j < len(words) and taken < 4:
        w = words[j]
        if w.kind == "punct" and w.norm in {'"', "'"}:
            j += 1  # so-called "illegal migrants"
            continue
        if w.kind != "word" or (w.norm in STOPWORDS and w.norm not in _ADJECTIVES) or (
            taken and (w.norm.endswith("ing") or w.norm in _MEASURE_ADJECTIVES)
        ):
            break
        if not w.norm.endswith("'s") and w.norm not in _ADJECTIVES:
            noun = w.norm
        taken += 1
        j += 1
    if j < len(words) and words[j].text == "(":  # a conversion or an aside: look past it
        close = next((x for x in range(j, min(len(words), j + 12)) if words[x].text == ")"), None)
        j = close + 1 if close is not None else j
    period = None
    if j + 1 < len(words) and words[j].norm in _RATE and words[j + 1].norm in _PERIODS:
        period = f"a {words[j + 1].norm}"
    if noun in _PERIODS and period is None and taken == 1:
        noun = None
    return noun, period


def _skip(words: list[Word], k: int, sentence_start: bool) -> bool:
    w = words[k]
    parsed = number_value(w.text)
    if parsed is None:
        return True
    value, cur, pct = parsed
    plain = cur is None and not pct and w.norm == w.text
    prev = words[k - 1] if k else None
    nxt = words[k + 1] if k + 1 < len(words) else None
    if plain and "," not in w.text and 1900 <= value <= 2100 and value == int(value):
        return True  # a year
    if (prev and prev.norm in MONTHS) or (nxt and nxt.norm in MONTHS):
        return True  # a date
    ranged = (nxt and nxt.text == "-" and _range_end(words, k) is not None) or (
        prev and prev.text == "-" and k >= 2 and _range_end(words, k - 2) == k
    )
    compound = nxt and nxt.text == "-" and k + 2 < len(words) and words[k + 2].kind == "word"  # a 12-year term
    if not ranged and not compound and (
        (prev and prev.kind == "punct" and prev.text in "-/:") or (nxt and nxt.kind == "punct" and nxt.text in "-/:")
    ):
        return True  # 2023-09-14, 10:30, 24/7
    if nxt and nxt.kind == "word" and nxt.norm in {"am", "pm", "gmt", "bst"}:
        return True
    if plain and prev is not None and prev.kind == "word" and prev.text[:1].isupper() and not sentence_start:
        return True  # Radio 4, Article 50
    return plain and value < 10 and not (nxt and nxt.kind == "word" and nxt.norm not in STOPWORDS)


def find_numbers(result: ArticleQuotes, sentences: Sequence[Span]) -> list[NumberMention]:
    """Every figure in the article's ``sentences`` (already free of page furniture)."""
    raw = result.article.raw
    quoted = [q.span for q in result.quotes]
    out: list[NumberMention] = []
    for sent in sentences:
        words = tokenize(raw[sent.start : sent.end], sent.start)
        for k, w in enumerate(words):
            if w.kind != "number" or _skip(words, k, k == 0 or (k == 1 and words[0].kind == "punct")):
                continue
            if k and words[k - 1].text == "(" and any(x.kind == "number" for x in words[max(0, k - 4) : k - 1]):
                continue  # a conversion: £2 billion ($2.5 billion)
            parsed = number_value(w.text)
            assert parsed is not None
            value, cur, pct = parsed
            qualifier, q_start = _qualifier(words, k)
            end = w.end
            if cur is None and not pct and k + 1 < len(words) and words[k + 1].norm in CURRENCY_WORDS:
                cur = CURRENCY_WORDS[words[k + 1].norm]  # 750,000 dollars
                end = words[k + 1].end
                counts, period = _counts(words, k + 1)
            else:
                counts, period = _counts(words, k)
            last = _range_end(words, k)
            if last is not None and counts is None:  # "30 to 55 years": the range's end names the unit
                counts, period = _counts(words, last)
                far = number_value(words[last].text)
                cur = cur or (far[1] if far else None)
            start = words[q_start].start
            out.append(
                NumberMention(
                    file=result.article.path,
                    span=Span(start=start, end=end),
                    text=raw[start:end],
                    value=value,
                    unit=cur or ("%" if pct else None),
                    qualifier=qualifier,
                    bound=QUALIFIERS.get(qualifier, "=") if qualifier else "=",
                    counts=counts,
                    period=period,
                    sentence=sent,
                    in_quote=any(s.start <= w.start < s.end for s in quoted),
                )
            )
    return out


MAX_LINK_TRIES = 200
"""Later mentions of the same value (or the same counted thing) that a mention is tried against: all of them in
any real event; a page repeating one figure thousands of times costs linear time, not quadratic."""


def _unit_class(m: NumberMention) -> str:
    if m.unit == "%":
        return "%"
    return "money" if m.unit else "count"


def _counts_key(m: NumberMention) -> str | None:
    if m.counts is None:
        return None
    s = stem(m.counts)
    return "people" if s in _PEOPLE else s


def same_value(a: float, b: float) -> bool:
    """Equal up to rounding (``TOLERANCE``)."""
    return a == b or abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def _context(raw_by_file: dict[str, str], m: NumberMention) -> frozenset[str]:
    """Meaningful words of the mention's sentence (numbers left out: they are compared apart)."""
    raw = raw_by_file[m.file]
    words = content_stems(raw[m.sentence.start : m.sentence.end])
    return frozenset(w for w in words if not w[:1].isdigit() and not w.startswith(("GBP", "USD", "EUR", "JPY")))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


_Printed = dict[tuple[str, str, str | None], list[float]]
"""(file, unit class, what it counts) -> the values that article prints."""


def _consistent(a: NumberMention, b: NumberMention, printed: _Printed) -> bool:
    """Two different values that do not contradict: one article prints both ("a maximum of 11 years" and
    "4 years" are two facts), or one is a bound the other keeps within ("up to 11 years", "4 years")."""
    for x, y in ((a, b), (b, a)):
        if any(same_value(v, y.value) for v in printed.get((x.file, _unit_class(x), _counts_key(x)), ())):
            return True
        if (x.bound == "<" and y.value < x.value) or (x.bound == ">" and y.value > x.value):
            return True
    return False


def _linked(a: NumberMention, b: NumberMention, ctx: dict[int, frozenset[str]], printed: _Printed) -> bool:
    if _unit_class(a) != _unit_class(b):
        return False
    sim = _jaccard(ctx[id(a)], ctx[id(b)])
    ka, kb = _counts_key(a), _counts_key(b)
    if a.file == b.file:
        return same_value(a.value, b.value) and a.unit == b.unit and (ka == kb or sim >= OTHER_VALUE_CONTEXT)
    if same_value(a.value, b.value):
        if ka is not None and kb is not None:
            return sim >= OTHER_VALUE_CONTEXT if ka != kb else (a.value >= 100 or sim >= SAME_VALUE_CONTEXT)
        return sim >= SAME_VALUE_CONTEXT
    ratio = max(a.value, b.value) / max(1e-9, min(a.value, b.value))
    return ka is not None and ka == kb and ratio <= MAX_CONFLICT_RATIO and sim >= OTHER_VALUE_CONTEXT \
        and not _consistent(a, b, printed)


def align_numbers(
    event: Event, mentions: Sequence[NumberMention], raw_by_file: dict[str, str]
) -> list[NumberFact]:
    """Facts reported by two or more articles of ``event`` (or in conflict), ids ``<event>-n1``..."""
    order = {p: i for i, p in enumerate(event.files)}
    ms = sorted((m for m in mentions if m.file in order), key=lambda m: (order[m.file], m.span.start))
    by_sentence: dict[tuple[str, int, int], frozenset[str]] = {}  # one sentence may hold thousands of numbers
    ctx = {}
    for m in ms:
        where = (m.file, m.sentence.start, m.sentence.end)
        if where not in by_sentence:
            by_sentence[where] = _context(raw_by_file, m)
        ctx[id(m)] = by_sentence[where]
    parent = list(range(len(ms)))
    printed: _Printed = defaultdict(list)
    for m in ms:
        printed[(m.file, _unit_class(m), _counts_key(m))].append(m.value)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        buckets[(_unit_class(m), f"v{round(m.value, 6)}")].append(i)
        key = _counts_key(m)
        if key:
            buckets[(_unit_class(m), f"c{key}")].append(i)
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1 : x + 1 + MAX_LINK_TRIES]:
                if find(i) != find(j) and _linked(ms[i], ms[j], ctx, printed):
                    parent[find(j)] = find(i)
    groups: dict[int, list[NumberMention]] = defaultdict(list)
    for i, m in enumerate(ms):
        groups[find(i)].append(m)
    facts = []
    for group in groups.values():
        files = {m.file for m in group}
        conflict, differences = _differences(group)
        if len(files) >= 2 or conflict:
            facts.append((group, conflict, differences))
    facts.sort(key=lambda f: (order[f[0][0].file], f[0][0].span.start))
    return [
        NumberFact(id=f"{event.id}-n{k}", event=event.id, members=tuple(g), conflict=c, differences=tuple(d))
        for k, (g, c, d) in enumerate(facts, 1)
    ]


def _differences(group: list[NumberMention]) -> tuple[bool, list[str]]:
    values = sorted({m.value for m in group})
    conflict = False
    diffs: list[str] = []
    if values and not same_value(values[0], values[-1]):
        conflict = True
        diffs.append("values differ: " + " vs ".join(_shown(v, group) for v in values))
    units = sorted({m.unit or "" for m in group})
    if len(units) > 1 and _unit_class(group[0]) == "money":
        conflict = True
        diffs.append("currencies differ: " + " vs ".join(u or "none" for u in units))
    quals = sorted({m.qualifier or "exact" for m in group})
    if len(quals) > 1:
        diffs.append("qualifiers differ: " + " vs ".join(quals))
    periods = sorted({m.period for m in group if m.period})
    if len(periods) > 1 or (periods and any(m.period is None for m in group)):
        diffs.append("period given as " + " / ".join(periods) + (" or not at all" if any(
            m.period is None for m in group) else ""))
    return conflict, diffs


def _shown(value: float, group: list[NumberMention]) -> str:
    m = next(m for m in group if m.value == value)
    return m.text
