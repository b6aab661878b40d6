"""Line-up and only-in: an event's articles collated sentence by sentence, and what one outlet alone says.

    content_sentences(result) -> list[Span]
    build_lineup(event, results, clusters, facts) -> Lineup
    find_only_in(event, lineup, results, clusters, facts, mentions) -> list[OnlyIn]
    paraphrases(lineup, clusters) -> {cluster id: (Evidence, ...)}

Sentences come from the story only (headline and body; captions and page furniture left out). The
articles are read in the event's file order (by date, then path), never the order given, so the
collation is the same however the files are listed. Each sentence joins the row it matches best
(a shared quote cluster or number fact, or overlap of rare meaningful words) that has no sentence of its
article yet, or opens a new row; candidate rows come from an index of rare words, so cost grows
with the number of sentences. Rows are put in reading order by the mean relative position of their
sentences.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from quotecheck.extract import HONORIFICS, speaker_key, surname
from quotecheck.models import (
    ArticleQuotes,
    Event,
    Evidence,
    Lineup,
    LineupCell,
    LineupRow,
    NumberFact,
    NumberMention,
    OnlyIn,
    ParagraphRole,
    QuoteCluster,
    QuoteKind,
    Span,
)
from quotecheck.words import content_stems, sentence_spans

JOIN_DICE = 0.3
"""Least Dice overlap of meaningful words for two sentences to share a row."""
JOIN_SHARED = 3
"""...and at least this many shared meaningful words."""
NUMBER_DICE = 0.2
"""Lower bar when the two sentences give the same figure."""
BLOCK_KEYS = 6
"""A sentence looks for rows through this many of its rarest words."""
MAX_POSTINGS = 64
"""A word found in more rows than this is too common to find candidate rows by."""
CELLS_COMPARED = 4
"""A sentence is compared with at most this many sentences of a row."""
MIN_ONLY_IN_WORDS = 5
"""Shorter sentences are not reported as only-in."""
PARAPHRASE_DICE = 0.35
"""Least overlap of a reporter's sentence with a quote to count as its indirect rendering."""
PARAPHRASE_SHARED = 4
"""...and at least this many shared meaningful words."""

_COUNTER = frozenset(
    "but however although though despite yet whereas instead rejected denied dismissed disputed criticised "
    "criticized accused attacked warned insisted contradicted countered argued claimed hit rubbished".split()
)
_STORY = (ParagraphRole.BODY, ParagraphRole.HEADLINE)


@dataclass(slots=True)
class _Sentence:
    file: str
    span: Span
    text: str
    stems: frozenset[str]
    numbers: frozenset[str]
    position: float
    clusters: frozenset[str]
    """Quote clusters and number facts with a member in the sentence."""


@dataclass(slots=True)
class _Row:
    cells: list[_Sentence] = field(default_factory=list)
    files: set[str] = field(default_factory=set)
    clusters: set[str] = field(default_factory=set)


def content_sentences(result: ArticleQuotes) -> list[Span]:
    """Sentences of the headline and body paragraphs, in order."""
    raw = result.article.raw
    return [
        Span(start=s, end=e)
        for p in result.article.paragraphs
        if p.role in _STORY
        for s, e in sentence_spans(raw, p.span.start, p.span.end)
    ]


def _sentences(result: ArticleQuotes, link_of: dict[tuple[str, int], str]) -> list[_Sentence]:
    raw = result.article.raw
    path = result.article.path
    spans = content_sentences(result)
    starts = sorted(start for (file, start) in link_of if file == path)
    out = []
    for k, span in enumerate(spans):
        text = span.slice(raw)
        stems = content_stems(text)
        inside = starts[bisect_left(starts, span.start) : bisect_left(starts, span.end)]
        clusters = frozenset(link_of[(path, x)] for x in inside)
        out.append(
            _Sentence(
                file=result.article.path,
                span=span,
                text=text,
                stems=frozenset(s for s in stems if not s[:1].isdigit() and not s[:3].isupper()),
                numbers=frozenset(s for s in stems if s[:1].isdigit() or s[:3].isupper()),
                position=k / max(1, len(spans) - 1),
                clusters=clusters,
            )
        )
    return out


def _dice(a: frozenset[str], b: frozenset[str], weight: dict[str, float] | None = None) -> tuple[float, int]:
    """Dice overlap of two word sets, each word weighted by its rarity when ``weight`` is given."""
    shared = a & b
    if weight is None:
        return (2 * len(shared) / (len(a) + len(b)) if a or b else 0.0), len(shared)
    total = sum(weight.get(w, 1.0) for w in a) + sum(weight.get(w, 1.0) for w in b)
    return (2 * sum(weight.get(w, 1.0) for w in shared) / total if total else 0.0), len(shared)


def _score(s: _Sentence, row: _Row, weight: dict[str, float]) -> float:
    best = 0.0
    if s.clusters & row.clusters:
        best = 1.0
    for cell in row.cells[:CELLS_COMPARED]:
        dice, shared = _dice(s.stems, cell.stems, weight)
        if (dice >= JOIN_DICE and shared >= JOIN_SHARED) or (
            s.numbers & cell.numbers and dice >= NUMBER_DICE and shared >= 2
        ):
            best = max(best, dice if best < 1.0 else 1.0 + dice)
        elif best >= 1.0:
            best = max(best, 1.0 + dice)
    return best


def build_lineup(
    event: Event,
    results: Sequence[ArticleQuotes],
    clusters: Sequence[QuoteCluster],
    facts: Sequence[NumberFact] = (),
) -> Lineup:
    """The collation of ``event``: one row per matching sentence, one column per article.

    Sentences that hold versions of one quote (a cluster) or one figure (a number fact) are
    drawn to the same row; otherwise rare shared words decide.
    """
    order = {p: i for i, p in enumerate(event.files)}
    link_of = {(m.file, m.span.start): c.id for c in clusters for m in c.members}
    link_of.update({(m.file, m.span.start): f"{f.id}={m.value:g}" for f in facts for m in f.members})
    by_path = {r.article.path: r for r in results if r.article.path in order}
    sentences = [s for path in event.files if path in by_path for s in _sentences(by_path[path], link_of)]
    df: Counter[str] = Counter(w for s in sentences for w in s.stems)
    n = max(1, len(sentences))
    weight = {w: math.log(1 + n / d) for w, d in df.items()}
    rows: list[_Row] = []
    index: dict[str, list[int]] = defaultdict(list)
    by_cluster: dict[str, list[int]] = defaultdict(list)
    for s in sentences:
        keys = sorted((w for w in s.stems if df[w] > 1), key=lambda w: (df[w], w))[:BLOCK_KEYS]
        candidates = {r for k in keys if len(index[k]) <= MAX_POSTINGS for r in index[k]}
        candidates |= {r for c in s.clusters if len(by_cluster[c]) <= MAX_POSTINGS for r in by_cluster[c]}
        best, best_score = None, 0.0
        for r in sorted(candidates):
            row = rows[r]
            if s.file in row.files:
                continue
            score = _score(s, row, weight)
            if score > best_score:
                best, best_score = r, score
        if best is None:
            best = len(rows)
            rows.append(_Row())
        row = rows[best]
        row.cells.append(s)
        row.files.add(s.file)
        for c in s.clusters - row.clusters:
            row.clusters.add(c)
            by_cluster[c].append(best)
        for k in s.stems:
            if not index[k] or index[k][-1] != best:
                index[k].append(best)
    ordered = sorted(
        rows,
        key=lambda r: (
            sum(c.position for c in r.cells) / len(r.cells),
            min((order[c.file], c.span.start) for c in r.cells),
        ),
    )
    return Lineup(
        event=event.id,
        files=tuple(p for p in event.files if p in by_path),
        rows=tuple(
            LineupRow(
                id=f"{event.id}-r{k}",
                cells=tuple(
                    LineupCell(file=c.file, span=c.span, text=c.text)
                    for c in sorted(r.cells, key=lambda c: order[c.file])
                ),
            )
            for k, r in enumerate(ordered, 1)
        ),
    )


def find_only_in(
    event: Event,
    lineup: Lineup,
    results: Sequence[ArticleQuotes],
    clusters: Sequence[QuoteCluster],
    facts: Sequence[NumberFact],
    mentions: Sequence[NumberMention],
) -> list[OnlyIn]:
    """Sentences only one article of ``event`` has, most telling first (numbers, people, quotes)."""
    if len(lineup.files) < 2:
        return []
    by_path = {r.article.path: r for r in results}
    clustered = {m.quote_id for c in clusters for m in c.members}
    shared_numbers = {(m.file, m.span.start) for f in facts for m in f.members}
    people = _people_by_file(event, by_path)
    order = {p: i for i, p in enumerate(event.files)}
    by_file: dict[str, list[NumberMention]] = defaultdict(list)
    for m in mentions:
        if m.file in order:
            by_file[m.file].append(m)
    found: list[tuple[float, int, int, LineupCell, tuple[str, ...]]] = []
    for row in lineup.rows:
        if len(row.cells) != 1:
            continue
        cell = row.cells[0]
        if len(cell.text.split()) < MIN_ONLY_IN_WORDS:
            continue
        score, reasons = _rank(cell, by_path[cell.file], clustered, shared_numbers, by_file[cell.file], people)
        found.append((score, order[cell.file], cell.span.start, cell, reasons))
    found.sort(key=lambda x: (-x[0], x[1], x[2]))
    return [
        OnlyIn(
            id=f"{event.id}-o{k}", event=event.id, file=cell.file, span=cell.span, text=cell.text,
            score=round(score, 3), reasons=reasons,
        )
        for k, (score, _, _, cell, reasons) in enumerate(found, 1)
    ]


def _people_by_file(event: Event, by_path: dict[str, ArticleQuotes]) -> dict[str, set[str]]:
    """Surnames of the people each article names: quoted anywhere in the event, or given a title or role."""
    quoted = {
        surname(q.speaker)
        for path in event.files if path in by_path
        for q in by_path[path].quotes
        if q.speaker and len(q.speaker.split()) >= 2 and speaker_key(q.speaker)[1]
    }
    out: dict[str, set[str]] = {}
    for path in event.files:
        result = by_path.get(path)
        if result is None:
            continue
        out[path] = {
            surname(s.name)
            for s in result.speakers
            if len(s.name.split()) >= 2 and (surname(s.name) in quoted or s.roles or _titled(s.aliases))
        }
    return out


def _titled(aliases: Sequence[str]) -> bool:
    return any(a.split()[0].lower() in HONORIFICS for a in aliases if a.split())


def _rank(
    cell: LineupCell,
    result: ArticleQuotes,
    clustered: set[str],
    shared_numbers: set[tuple[str, int]],
    mentions: Sequence[NumberMention],
    people: dict[str, set[str]],
) -> tuple[float, tuple[str, ...]]:
    reasons: list[str] = []
    score = min(1.0, len(cell.text.split()) / 30)
    inside = [m for m in mentions if cell.span.start <= m.span.start < cell.span.end]
    if any((m.file, m.span.start) not in shared_numbers for m in inside):
        score += 3
        reasons.append("number")
    words = {w.strip(".,;:'’\"“”") for w in cell.text.split()}
    named = people.get(cell.file, set()) & words
    if named:
        others = set().union(*(v for k, v in people.items() if k != cell.file)) if len(people) > 1 else set()
        score += 2 if named - others else 1
        reasons.append("named person")
    quotes = [
        q for q in result.quotes
        if cell.span.start <= q.span.start < cell.span.end and q.kind is not QuoteKind.SCARE and not q.furniture
    ]
    if any(q.id not in clustered for q in quotes):
        score += 2
        reasons.append("quote")
    if {w.lower() for w in words} & _COUNTER:
        score += 1
        reasons.append("counter-framing")
    return score, tuple(reasons)


def paraphrases(lineup: Lineup, clusters: Sequence[QuoteCluster]) -> dict[str, tuple[Evidence, ...]]:
    """Per cluster, reporters' sentences (no quote of the cluster in them) that render its fullest version."""
    cells = [c for row in lineup.rows for c in row.cells]
    stems = [frozenset(content_stems(c.text)) for c in cells]
    df: Counter[str] = Counter(w for st in stems for w in st)
    index: dict[str, list[int]] = defaultdict(list)
    for k, st in enumerate(stems):
        for w in st:
            index[w].append(k)
    out: dict[str, tuple[Evidence, ...]] = {}
    for cluster in clusters:
        anchor = next(m for m in cluster.members if m.quote_id == cluster.anchor)
        quote_stems = frozenset(content_stems(anchor.text))
        keys = sorted((w for w in quote_stems if df[w] > 0), key=lambda w: (df[w], w))[:BLOCK_KEYS]
        starts: dict[str, list[int]] = defaultdict(list)
        for m in cluster.members:
            starts[m.file].append(m.span.start)
        for found_starts in starts.values():
            found_starts.sort()
        found = []
        for k in sorted({k for w in keys for k in index[w]}):
            cell = cells[k]
            mine = starts.get(cell.file, [])
            if bisect_left(mine, cell.span.end) > bisect_left(mine, cell.span.start):
                continue  # a version of the quote is in this sentence
            dice, shared = _dice(stems[k], quote_stems)
            if dice >= PARAPHRASE_DICE and shared >= PARAPHRASE_SHARED:
                found.append(Evidence(file=cell.file, span=cell.span, text=cell.text))
        out[cluster.id] = tuple(found)
    return out
