"""The machine-readable compare report: the scorer's contract inside a versioned envelope.

    comparison_payload(comparison) -> dict
    comparison_json(comparison) -> str

The contract keys (``events``, ``quote_clusters``, ``attribution_conflicts``, ``number_facts``,
``only_in``; see eval/README.md) sit at the top level beside ``version``, ``articles`` and
``lineups``. Every list is in a stable order and nothing depends on the clock, so the same input
always gives the same bytes.
"""

from __future__ import annotations

from typing import Any

from quotecheck.models import (
    ArticleQuotes,
    AttributionConflict,
    Comparison,
    Credit,
    Event,
    Lineup,
    NumberFact,
    NumberMention,
    OnlyIn,
    Quote,
    QuoteCluster,
    Span,
    WordDiff,
)
from quotecheck.report.explain import trace_record
from quotecheck.text import safe_json

VERSION = 1
"""Bumped when a key changes meaning or disappears; new keys may appear within a version."""


def _span(file: str, span: Span, text: str) -> dict[str, Any]:
    return {"file": file, "start": span.start, "end": span.end, "text": text}


def _article(r: ArticleQuotes) -> dict[str, Any]:
    a = r.article
    return {
        "file": a.path,
        "outlet": a.outlet,
        "published": a.published.isoformat() if a.published else None,
        "headline": a.headline,
        "words": sum(len(p.span.slice(a.raw).split()) for p in a.content_paragraphs),
        "quotes": sum(1 for q in r.quotes if not q.furniture),
    }


def _event(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "title": e.title,
        "files": list(e.files),
        "first_published": e.first_published.isoformat() if e.first_published else None,
        "last_published": e.last_published.isoformat() if e.last_published else None,
        "people": list(e.people),
        "topics": list(e.topics),
        "undated": list(e.undated),
    }


def _diff(d: WordDiff) -> dict[str, Any]:
    return {
        "base": d.base,
        "other": d.other,
        "substantive": d.substantive,
        "ops": [
            {
                "op": op.op.value,
                "old": op.old,
                "new": op.new,
                "old_start": op.old_span.start if op.old_span else None,
                "old_end": op.old_span.end if op.old_span else None,
                "new_start": op.new_span.start if op.new_span else None,
                "new_end": op.new_span.end if op.new_span else None,
                "change": op.change.value if op.change else None,
                "reason": op.reason,
            }
            for op in d.ops
        ],
    }


def _trace(quote: Quote | None) -> dict[str, Any]:
    """The ``rule`` and ``credit`` keys of a quote (None for a quote nobody is credited with)."""
    if quote is None or quote.credit is None:
        return {"rule": None, "credit": None}
    return {"rule": quote.rule, "credit": trace_record(quote.credit)}


def _cluster(c: QuoteCluster, quotes: dict[str, Quote]) -> dict[str, Any]:
    return {
        "id": c.id,
        "event": c.event,
        "relation": c.relation.value,
        "anchor": c.anchor,
        "members": [
            {**_span(m.file, m.span, m.text), "quote_id": m.quote_id, "kind": m.kind.value,
             "speaker": m.speaker, "venue": m.venue, **_trace(quotes.get(m.quote_id))}
            for m in c.members
        ],
        "diffs": [_diff(d) for d in c.diffs],
        "paraphrases": [_span(p.file, p.span, p.text) for p in c.paraphrases],
    }


def _credit(c: Credit, quotes: dict[str, Quote]) -> dict[str, Any]:
    return {
        **_span(c.file, c.span, c.text),
        "speaker": c.speaker,
        "venue": c.venue,
        "mention": c.mention,
        "mention_start": c.mention_span.start if c.mention_span else None,
        "mention_end": c.mention_span.end if c.mention_span else None,
        **_trace(quotes.get(f"{c.file}#{c.span.start}")),  # a claim's sentence is no quote: no rule
    }


def _conflict(c: AttributionConflict, quotes: dict[str, Quote]) -> dict[str, Any]:
    return {
        "id": c.id, "event": c.event, "kind": c.kind, "claim": c.claim, "cluster": c.cluster,
        "members": [_credit(m, quotes) for m in c.members],
    }


def _mention(m: NumberMention) -> dict[str, Any]:
    return {
        **_span(m.file, m.span, m.text),
        "value": m.value,
        "unit": m.unit,
        "qualifier": m.qualifier,
        "bound": m.bound,
        "counts": m.counts,
        "period": m.period,
        "in_quote": m.in_quote,
        "sentence_start": m.sentence.start,
        "sentence_end": m.sentence.end,
    }


def _fact(f: NumberFact) -> dict[str, Any]:
    return {
        "id": f.id, "event": f.event, "conflict": f.conflict, "differences": list(f.differences),
        "members": [_mention(m) for m in f.members],
    }


def _only(o: OnlyIn) -> dict[str, Any]:
    return {"id": o.id, "event": o.event, **_span(o.file, o.span, o.text), "score": o.score, "reasons": list(o.reasons)}


def _lineup(lu: Lineup) -> dict[str, Any]:
    return {
        "event": lu.event,
        "files": list(lu.files),
        "rows": [{"id": r.id, "cells": [_span(c.file, c.span, c.text) for c in r.cells]} for r in lu.rows],
    }


def comparison_payload(comparison: Comparison) -> dict[str, Any]:
    """The report as plain data: ``{"version": 1, "events": [...], "quote_clusters": [...], ...}``."""
    quotes = {q.id: q for r in comparison.articles for q in r.quotes}
    return {
        "version": VERSION,
        "articles": [_article(r) for r in comparison.articles],
        "events": [_event(e) for e in comparison.events],
        "quote_clusters": [_cluster(c, quotes) for c in comparison.clusters],
        "attribution_conflicts": [_conflict(c, quotes) for c in comparison.conflicts],
        "number_facts": [_fact(f) for f in comparison.numbers],
        "only_in": [_only(o) for o in comparison.only_in],
        "lineups": [_lineup(lu) for lu in comparison.lineups],
    }


def comparison_json(comparison: Comparison) -> str:
    """The report as JSON text (UTF-8, indented, ending in a newline)."""
    return safe_json(comparison_payload(comparison), indent=2) + "\n"
