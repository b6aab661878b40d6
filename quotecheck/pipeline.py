"""The compare pipeline: articles in, a ``Comparison`` out.

    compare(articles) -> Comparison

Stages, one module each: events (group), align (quote clusters), diff (word diffs, inside align),
numbers (figures aligned), conflicts (attribution), lineup (collation and only-in). Every stage is
pure over pydantic models and deterministic: the same files in any order give the same result.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotecheck.align import cluster_quotes
from quotecheck.conflicts import find_conflicts
from quotecheck.events import group_events
from quotecheck.lineup import build_lineup, content_sentences, find_only_in, paraphrases
from quotecheck.models import (
    Article,
    ArticleQuotes,
    AttributionConflict,
    Comparison,
    Lineup,
    NumberFact,
    NumberMention,
    OnlyIn,
    QuoteCluster,
)
from quotecheck.numbers import align_numbers, find_numbers


def _results(articles: Sequence[Article | ArticleQuotes]) -> list[ArticleQuotes]:
    from quotecheck.extract import extract_quotes

    out = [a if isinstance(a, ArticleQuotes) else extract_quotes(a) for a in articles]
    seen: set[str] = set()
    unique = []
    for r in sorted(out, key=lambda r: r.article.path):
        if r.article.path not in seen:  # the same path twice is one article
            seen.add(r.article.path)
            unique.append(r)
    return unique


def compare(articles: Sequence[Article | ArticleQuotes]) -> Comparison:
    """Group ``articles`` into events and compare the outlets within each event.

    ``articles`` may be plain articles (quotes are extracted here) or ``ArticleQuotes`` already
    extracted. The result does not depend on the order of ``articles``.
    """
    results = _results(articles)
    events = group_events(results)
    raw_by_file = {r.article.path: r.article.raw for r in results}
    mentions: list[NumberMention] = []
    for r in results:
        mentions.extend(find_numbers(r, content_sentences(r)))

    clusters: list[QuoteCluster] = []
    conflicts: list[AttributionConflict] = []
    facts: list[NumberFact] = []
    lineups: list[Lineup] = []
    only_in: list[OnlyIn] = []
    for event in events:
        members = [r for r in results if r.article.path in event.files]
        event_clusters = cluster_quotes(event, members)
        event_facts = [f for f in align_numbers(event, mentions, raw_by_file) if not _only_quoted(f, event_clusters)]
        lineup = build_lineup(event, members, event_clusters, event_facts)
        found = paraphrases(lineup, event_clusters)
        event_clusters = [c.model_copy(update={"paraphrases": found[c.id]}) for c in event_clusters]
        clusters.extend(event_clusters)
        facts.extend(event_facts)
        conflicts.extend(find_conflicts(event, event_clusters, event_facts, members))
        lineups.append(lineup)
        only_in.extend(find_only_in(event, lineup, members, event_clusters, event_facts, mentions))
    return Comparison(
        articles=tuple(results),
        events=tuple(events),
        clusters=tuple(clusters),
        conflicts=tuple(conflicts),
        numbers=tuple(facts),
        lineups=tuple(lineups),
        only_in=tuple(only_in),
    )


def _only_quoted(fact: NumberFact, clusters: Sequence[QuoteCluster]) -> bool:
    """A figure that only ever appears inside one quote cluster adds nothing the cluster does not show."""
    if fact.conflict or not all(m.in_quote for m in fact.members):
        return False
    for c in clusters:
        spans = [(m.file, m.span) for m in c.members]
        if all(any(f == m.file and s.start <= m.span.start < s.end for f, s in spans) for m in fact.members):
            return True
    return False
