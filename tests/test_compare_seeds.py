"""The seed cases of issue 3, asserted on the shared evaluation seeds (read in place, never copied).

Skipped when the seeds are not there (set QUOTECHECK_SEEDS to their folder to point elsewhere).
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest

from quotecheck.ingest import load_articles
from quotecheck.models import ClusterRelation, Comparison, QuoteCluster
from quotecheck.pipeline import compare
from quotecheck.report.json import comparison_payload

SEEDS = Path(os.environ.get("QUOTECHECK_SEEDS", Path(__file__).resolve().parents[2] / "shared/eval/seeds"))
pytestmark = pytest.mark.skipif(not (SEEDS / "gold.json").exists(), reason="evaluation seeds not available")


def base(path: str) -> str:
    return Path(path).name[:3]


@pytest.fixture(scope="module")
def result() -> Comparison:
    return compare(load_articles(sorted(str(p) for p in (SEEDS / "articles").iterdir())))


def cluster(result: Comparison, text: str) -> QuoteCluster:
    return next(c for c in result.clusters if any(m.text == text for m in c.members))


def test_scorer_figures(result: Comparison) -> None:
    spec = importlib.util.spec_from_file_location("score", SEEDS.parent / "score.py")
    assert spec is not None and spec.loader is not None
    score: Any = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    got = score.score_compare(gold, comparison_payload(result))
    assert got["event_pair_f1"] == 1.0
    assert got["cluster_pair_f1"] >= 0.85


def test_the_2025_france_deal_is_its_own_event(result: Comparison) -> None:
    assert sorted(sorted(base(f) for f in e.files) for e in result.events) == [["000", "001", "002", "004"], ["003"]]


def test_cooper_garbage_line_is_one_paraphrased_cluster(result: Comparison) -> None:
    c = cluster(result, "talking garbage")
    assert {(base(m.file), m.text) for m in c.members if len(m.text) < 20} == {
        ("000", "garbage"), ("001", "talking garbage"),
    }
    assert any(m.text.startswith("We have seen total garbage") and m.venue for m in c.members)
    assert c.relation is ClusterRelation.PARAPHRASED


def test_philp_times_radio_quote_is_verbatim_in_two_outlets(result: Comparison) -> None:
    c = next(c for c in result.clusters if any(m.text.startswith("I think his policy has no credibility")
                                               for m in c.members))
    assert sorted(base(m.file) for m in c.members) == ["000", "001"]
    assert {m.venue for m in c.members} == {"Times Radio"}
    assert c.relation is ClusterRelation.VERBATIM


def test_open_border_fragments_are_one_truncated_cluster(result: Comparison) -> None:
    c = cluster(result, "open border")
    assert sorted((base(m.file), m.text) for m in c.members) == [
        ("000", "open border"), ("000", "open border policy"), ("001", "open border policy"),
    ]
    assert c.relation is ClusterRelation.TRUNCATED


def test_100000_claim_credited_to_ministers_and_to_sunak(result: Comparison) -> None:
    conflict = next(a for a in result.conflicts if a.claim.startswith("100,000"))
    credits = {(base(m.file), m.speaker) for m in conflict.members}
    assert ("000", "Government ministers") in credits
    assert {("001", "Rishi Sunak"), ("002", "Rishi Sunak")} <= credits
    assert conflict.kind == "speaker"


def test_asylum_hotel_cost_is_one_fact_with_differing_qualifiers(result: Comparison) -> None:
    fact = next(f for f in result.numbers if any(m.text == "more than £2bn" for m in f.members))
    assert sorted((base(m.file), m.qualifier) for m in fact.members) == [("000", "more than"), ("001", "around")]
    assert not fact.conflict
    assert "qualifiers differ: around vs more than" in fact.differences
