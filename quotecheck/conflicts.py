"""Attribution conflicts: the same words or claim credited to different speakers or venues.

    find_conflicts(event, clusters, facts, results) -> list[AttributionConflict]

Each conflict is graded: ``kind`` "speaker" (or "headline") when two credits name people or bodies
that cannot be one side (``Agreement.DISAGREE``: two people, rival parties, different outlets), and
"imprecise" when every credit may be one side named more or less precisely ("the Government" and
one of its ministers, "Tory" and a Conservative minister, "CEO" and the chief executive's name).

Four sources:

* a quote cluster whose versions name different speakers (the Government in one outlet, the
  Conservatives in another), or, across articles, different venues (LBC against Times Radio;
  "the BBC" against "BBC Radio 4's Today programme" is only less precise, not a conflict);
* a short quoted phrase that also sits inside a longer quote credited to someone else (the
  phrase's probable source);
* a number fact whose mentions are credited to different sources: the quote's speaker when the
  number is quoted, otherwise the subject of the sentence's verb of saying ("Government ministers
  claim ...", "Prime Minister Rishi Sunak claimed ...", "Sunak told reporters ...");
* a headline that credits quoted words to one speaker ("... after Tory 'open border' attack") while
  its own body credits them to another ("the government accused the party of ... "open border
  policy"").

Who a figure or a headline credits is the extract stage's answer (``extract.number_credit``,
``extract.headline_credits``); whether two credits name one speaker is ``extract.same_speaker``, with
each article's records ("Labour's shadow home secretary Yvette Cooper" speaks for the Labour Party).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quotecheck.extract import (
    Agreement,
    headline_credits,
    number_credit,
    quote_credit,
    same_speaker,
)
from quotecheck.models import (
    ArticleQuotes,
    AttributionConflict,
    ClusterMember,
    Credit,
    Event,
    NumberFact,
    Quote,
    QuoteCluster,
    QuoteKind,
    Speaker,
)
from quotecheck.numbers import same_value
from quotecheck.words import norm_words

_VENUE_NOISE = frozenset(
    {"the", "s", "programme", "show", "radio", "interview", "in", "on", "an", "a", "with", "formerly"}
)


_VENUE_ALIASES = {"twitter": "x"}
"""One venue under its old and new names: "on Twitter", "tweeted" (X), "on X, formerly Twitter"."""


def _venue_words(venue: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", venue.lower().replace("’", "'").replace("'s", " "))
    return frozenset(_VENUE_ALIASES.get(w, w) for w in words if w not in _VENUE_NOISE)


_QUALIFIER = re.compile(r"\s*\([^)]*\)")
"""A venue's qualifier in brackets: "court (sentencing)", "court (judge)" are the one court."""


def venues_agree(a: str, b: str) -> bool:
    """One venue names the other, perhaps less precisely ("the BBC" and "BBC Radio 4's Today programme");
    two qualifiers of one venue ("court (sentencing)", "court (judge)") name the same place."""
    for x, y in ((a, b), (_QUALIFIER.sub("", a), _QUALIFIER.sub("", b))):
        wa, wb = _venue_words(x), _venue_words(y)
        if not wa or not wb or wa <= wb or wb <= wa:
            return True
    return False


_Records = dict[tuple[str, str], Speaker]
"""(file, canonical name) -> the speaker registry's record of that article."""


def _same(a: Credit | Quote, b: Credit | Quote | ClusterMember, records: _Records) -> bool:
    """``a`` and ``b`` name one speaker (``extract.same_speaker``, with their articles' records: "Labour's
    shadow home secretary" Yvette Cooper speaks for the Labour Party)."""
    ra = records.get((a.file, a.speaker)) if a.speaker else None
    rb = records.get((b.file, b.speaker)) if b.speaker else None
    return same_speaker(a.speaker, ra, b.speaker, rb) is Agreement.AGREE


def _distinct_speakers(credits: Sequence[Credit], records: _Records) -> list[Credit]:
    """One credit per speaker the credits name (``same_speaker``), in order."""
    kept: list[Credit] = []
    for c in credits:
        if c.speaker and not any(_same(c, k, records) for k in kept):
            kept.append(c)
    return kept


def _venue_conflict(credits: Sequence[Credit]) -> bool:
    with_venue = [c for c in credits if c.venue]
    return any(
        a.file != b.file and not venues_agree(a.venue or "", b.venue or "")
        for i, a in enumerate(with_venue)
        for b in with_venue[i + 1 :]
    )


def _incompatible(credits: Sequence[Credit], records: _Records, across: bool = False) -> bool:
    """Whether two of the credits (of two articles, if ``across``) name people or bodies that cannot be
    one side (``Agreement.DISAGREE``)."""
    def rec(c: Credit) -> Speaker | None:
        return records.get((c.file, c.speaker)) if c.speaker else None

    return any(
        same_speaker(a.speaker, rec(a), b.speaker, rec(b)) is Agreement.DISAGREE
        for i, a in enumerate(credits)
        for b in credits[i + 1 :]
        if not across or a.file != b.file
    )


def _speaker_kind(distinct: Sequence[Credit], records: _Records) -> str | None:
    """"speaker" when credits of two articles are incompatible, "imprecise" when they are one side named
    more or less precisely ("the Government" and one of its ministers; "Tory" and a Conservative
    minister); None when the credits differ within one article only (not a difference between outlets)."""
    if len({c.file for c in distinct}) < 2:
        return None
    return "speaker" if _incompatible(distinct, records, across=True) else "imprecise"


def _own_outlet(credit: Credit, outlets: dict[str, str]) -> bool:
    """A credit naming the article's own outlet ("Evening Standard" in the Evening Standard): the byline
    or masthead read as a speaker, no evidence of who said the words."""
    outlet = outlets.get(credit.file)
    if not outlet or not credit.speaker:
        return False
    words = [w for w in norm_words(credit.speaker) if w != "the"]
    return bool(words) and words == [w for w in norm_words(outlet) if w != "the"]


def _kind(credits: Sequence[Credit], records: _Records) -> str | None:
    distinct = _distinct_speakers(credits, records)
    if len(distinct) >= 2:
        return _speaker_kind(distinct, records)
    if _venue_conflict(credits):
        return "venue"
    return None


def find_conflicts(
    event: Event,
    clusters: Sequence[QuoteCluster],
    facts: Sequence[NumberFact],
    results: Sequence[ArticleQuotes],
) -> list[AttributionConflict]:
    """Attribution conflicts of ``event``, ids ``<event>-a1``... in reading order."""
    order = {p: i for i, p in enumerate(event.files)}
    by_path = {r.article.path: r for r in results if r.article.path in order}
    quotes = {q.id: q for r in by_path.values() for q in r.quotes}
    records = {(path, s.name): s for path, r in by_path.items() for s in r.speakers}
    outlets = {path: r.article.outlet for path, r in by_path.items() if r.article.outlet}
    found: list[tuple[str, str, list[Credit], str | None]] = []
    for cluster in clusters:
        credits = [quote_credit(quotes[m.quote_id]) for m in cluster.members]
        credits += _phrase_sources(cluster, quotes, records)
        credits = [c for c in credits if not _own_outlet(c, outlets)]
        kind = _kind(credits, records)
        if kind:
            anchor = quotes[cluster.anchor]
            found.append((kind, _short(anchor.text), credits, cluster.id))
    for fact in facts:
        values = Counter(m.value for m in fact.members)
        modal = max(values, key=lambda v: (values[v], -v))
        same = [m for m in fact.members if same_value(m.value, modal)]  # one claim: one figure
        credits = [number_credit(by_path[m.file], m.span, m.sentence, m.in_quote) for m in same]
        credits = [c for c in credits if c.speaker and not _own_outlet(c, outlets)]
        distinct = _distinct_speakers(credits, records)
        kind = _speaker_kind(distinct, records) if len(distinct) >= 2 else None
        if kind and len({c.file for c in credits}) >= 2:
            m = same[0]
            claim = m.text + (f" {m.counts}" if m.counts else "") + (f" {m.period}" if m.period else "")
            found.append((kind, claim, credits, None))
    for path in event.files:
        if path in by_path:
            found.extend(_headline_conflicts(by_path[path], records))
    out = []
    for kind, claim, credits, cluster_id in found:
        members = sorted(_unique(credits), key=lambda c: (order[c.file], c.span.start))
        out.append((kind, claim, members, cluster_id))
    out.sort(key=lambda x: (order[x[2][0].file], x[2][0].span.start, x[1]))
    return [
        AttributionConflict(
            id=f"{event.id}-a{k}", event=event.id, kind=kind, claim=claim, members=tuple(members), cluster=cid
        )
        for k, (kind, claim, members, cid) in enumerate(out, 1)
    ]


def _headline_conflicts(result: ArticleQuotes, records: _Records) -> list[tuple[str, str, list[Credit], str | None]]:
    """Quoted words in the headline credited to someone the article's own body does not credit."""
    art = result.article
    end = art.raw.find(art.headline or "") + len(art.headline or "")
    out: list[tuple[str, str, list[Credit], str | None]] = []
    for head in headline_credits(result):
        phrase = " ".join(norm_words(head.phrase))
        if not phrase:
            continue
        body = [
            q for q in result.quotes
            if q.speaker and q.kind is not QuoteKind.SCARE and not q.furniture and q.span.start > end
            and f" {phrase} " in f" {' '.join(norm_words(q.text))} "
        ]
        credit = Credit(file=art.path, span=head.span, text=head.span.slice(art.raw), speaker=head.speaker)
        if not body or any(_same(q, credit, records) for q in body):
            continue
        credits = [credit, *(quote_credit(q) for q in body)]
        kind = "headline" if _incompatible(credits, records) else "imprecise"  # "Tory" against "the Government"
        out.append((kind, head.phrase, credits, None))
    return out


def _unique(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in credits:
        key = (c.file, c.span.start, c.span.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _short(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _phrase_sources(cluster: QuoteCluster, quotes: dict[str, Quote], records: _Records) -> list[Credit]:
    """Longer quotes, credited to someone else, that contain a short cluster's words."""
    anchor = quotes[cluster.anchor]
    words = norm_words(anchor.text)
    if not 2 <= len(words) <= 5:
        return []
    phrase = f" {' '.join(words)} "
    members = {m.quote_id for m in cluster.members}
    speakers = [m for m in cluster.members if m.speaker]
    out = []
    for q in quotes.values():
        if q.id in members or q.kind is QuoteKind.SCARE or q.furniture or not q.speaker:
            continue
        if any(_same(q, m, records) for m in speakers):
            continue
        if phrase in f" {' '.join(norm_words(q.text))} " and len(q.text) > len(anchor.text):
            out.append(quote_credit(q))
    return out
