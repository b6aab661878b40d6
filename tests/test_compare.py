"""compare() on samples/: the deliberate differences listed in samples/README.md, and order independence."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from quotecheck.ingest import load_articles
from quotecheck.lineup import content_sentences
from quotecheck.models import Article, ClusterRelation, Comparison, DiffOp, QuoteCluster
from quotecheck.pipeline import compare
from quotecheck.report.json import comparison_json

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FILES = sorted(str(p) for p in SAMPLES.glob("*.txt"))


def short(path: str) -> str:
    return Path(path).name.split("-")[0]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return load_articles(FILES)


@pytest.fixture(scope="module")
def result(articles: list[Article]) -> Comparison:
    return compare(articles)


def cluster_with(result: Comparison, text: str, outlet: str) -> QuoteCluster:
    return next(c for c in result.clusters if any(m.text == text and short(m.file) == outlet for m in c.members))


def members(cluster: QuoteCluster) -> set[tuple[str, str]]:
    return {(short(m.file), m.text) for m in cluster.members}


def test_two_events_the_2025_deal_apart(result: Comparison) -> None:
    assert [[short(f) for f in e.files] for e in result.events] == [
        ["bloomberg", "bbc", "gbnews", "herald", "mirror"], ["times"],
    ]
    assert [e.id for e in result.events] == ["e1", "e2"]
    assert result.events[0].title.startswith("2023-09-14 to 2023-09-15: Keir Starmer")


def test_q1_garbage_versions_are_one_paraphrased_cluster(result: Comparison) -> None:
    full = "We have seen total garbage on this from the Conservatives over the last 24 hours, which just shows how " \
           "desperate they are that their whole system is failing."
    c = cluster_with(result, "talking garbage", "gbnews")
    assert {("bbc", full), ("mirror", full), ("bbc", "garbage"), ("herald", "total garbage"),
            ("gbnews", "talking garbage")} <= members(c)
    assert c.relation is ClusterRelation.PARAPHRASED
    by_id = {m.quote_id: m for m in c.members}
    for d in c.diffs:
        other = by_id[d.other]
        if short(other.file) == "mirror" and other.text == full:
            assert not d.substantive  # curly against straight marks only
        if other.text == "talking garbage":
            assert [(op.old, op.new) for op in d.ops if op.op is DiffOp.REPLACE] == [("total", "talking")]


def test_q2_philp_typography_truncation_and_venue_conflict(result: Comparison) -> None:
    c = cluster_with(result, "I think his policy has no credibility.", "mirror")
    assert {o for o, _ in members(c)} == {"bbc", "gbnews", "mirror"}
    assert c.relation is ClusterRelation.TRUNCATED
    gb = next(d for d in c.diffs if short(d.other.split("#")[0]) == "gbnews")
    assert not gb.substantive and {op.reason for op in gb.ops if op.change} == {"typography"}
    venue = next(a for a in result.conflicts if a.cluster == c.id)
    assert venue.kind == "venue"
    assert {(short(m.file), m.venue) for m in venue.members} == {
        ("bbc", "Times Radio"), ("gbnews", "Times Radio"), ("mirror", "LBC"),
    }


def test_q4_smash_cluster_stays_in_2023(result: Comparison) -> None:
    c = cluster_with(result, "smash", "gbnews")
    assert {("herald", "smash the gangs"), ("gbnews", "smash")} <= members(c)
    assert any(o == "bloomberg" for o, _ in members(c))
    assert c.relation is ClusterRelation.TRUNCATED
    assert all(short(m.file) != "times" for cl in result.clusters for m in cl.members)


def test_q5_and_q6_are_truncated(result: Comparison) -> None:
    q5 = cluster_with(result, "There’s no case for going back to the EU,", "gbnews")
    assert {o for o, _ in members(q5)} == {"bloomberg", "gbnews", "mirror"}
    assert q5.relation is ClusterRelation.TRUNCATED
    q6 = cluster_with(result, "just Rishi Sunak making things up", "herald")
    assert {o for o, _ in members(q6)} == {"herald", "mirror"}
    assert q6.relation is ClusterRelation.TRUNCATED


def test_q7_changed_word_is_substantive(result: Comparison) -> None:
    c = cluster_with(result, "We're not talking about the European quota scheme at all,", "bbc")
    assert c.relation is ClusterRelation.NEAR_VERBATIM
    [d] = c.diffs
    assert d.substantive
    assert [(op.old, op.new) for op in d.ops if op.reason == "words changed"] == [("the", "this")]


def test_q8_open_border_phrase_and_its_credits(result: Comparison) -> None:
    c = cluster_with(result, "open borders policy", "mirror")
    assert members(c) == {("bbc", "open border policy"), ("herald", "open border policy"),
                          ("mirror", "open borders policy")}
    conflict = next(a for a in result.conflicts if a.cluster == c.id)
    assert conflict.kind == "imprecise"  # the Government, its ministers, the Tories, a Tory minister: one side
    credits = {(short(m.file), m.speaker) for m in conflict.members}
    assert {("bbc", "Government"), ("herald", "Conservative Party"), ("mirror", "Ministers"),
            ("bbc", "Chris Philp"), ("gbnews", "Chris Philp")} <= credits


def test_a1_the_100000_claim_is_credited_differently(result: Comparison) -> None:
    a1 = next(a for a in result.conflicts if a.claim.startswith("100,000"))
    credits = {(short(m.file), m.speaker) for m in a1.members}
    assert {("bloomberg", "Rishi Sunak"), ("herald", "Rishi Sunak"), ("bbc", "Government ministers"),
            ("mirror", "Conservative Party"), ("bbc", "Chris Philp"), ("gbnews", "Chris Philp")} <= credits


def test_numbers(result: Comparison) -> None:
    def fact(text: str, outlet: str) -> set[tuple[str, str]]:
        f = next(f for f in result.numbers if any(m.text == text and short(m.file) == outlet for m in f.members))
        assert f.event == "e1"
        return {(short(m.file), m.text) for m in f.members}

    n1 = next(f for f in result.numbers if any(m.text == "around £2billion" for m in f.members))
    assert not n1.conflict and "qualifiers differ: around vs more than" in n1.differences
    assert fact("around £2billion", "herald") == {
        ("bbc", "more than £2bn"), ("mirror", "more than £2billion"), ("herald", "around £2billion"),
        ("bloomberg", "more than £2 billion"),
    }
    # GB News prints both 100,000 (the forecast a year) and 124,614 (last year's figure): two facts, no
    # conflict between outlets
    assert not any(m.text == "124,614" for f in result.numbers for m in f.members if f.conflict)
    assert {o for o, t in fact("100,000", "gbnews") if t == "100,000"} == {"bbc", "bloomberg", "herald", "mirror",
                                                                          "gbnews"}
    assert {o for o, _ in fact("1,000", "bbc")} == {"bbc", "bloomberg", "mirror", "herald"}
    assert {("bloomberg", "about 23,000"), ("herald", "More than 23,000")} <= fact("about 23,000", "bloomberg")
    assert fact("about 175,000", "bloomberg") == {("bloomberg", "about 175,000"), ("herald", "more than 175,000")}
    assert not any(short(m.file) == "times" for f in result.numbers for m in f.members)


def test_only_in(result: Comparison) -> None:
    texts = {(short(o.file), o.text) for o in result.only_in}
    assert ("bloomberg", "“It’s embarrassing that the government is pumping out this nonsense,” Starmer said.") in texts
    assert any(o == "gbnews" and "Suella Braverman" in t for o, t in texts)
    assert any(o == "herald" and "Scotland" in t for o, t in texts)
    assert any(o == "bbc" and '"safe"' in t for o, t in texts)
    assert not any("ARTICLE AD BOX" in t or "READ MORE" in t or "You may also like" in t for _, t in texts)
    assert not any(short(o.file) == "times" for o in result.only_in)  # nothing to compare it with
    top = [o for o in result.only_in if o.event == "e1"][:5]
    assert all(o.reasons for o in top)
    assert [o.id for o in result.only_in][:2] == ["e1-o1", "e1-o2"]


def test_lineup_covers_every_sentence_once(result: Comparison, articles: list[Article]) -> None:
    lineup = result.lineups[0]
    cells = [(c.file, c.span.start) for row in lineup.rows for c in row.cells]
    assert len(cells) == len(set(cells))
    for row in lineup.rows:
        files = [c.file for c in row.cells]
        assert len(files) == len(set(files))
    by_path = {r.article.path: r for r in result.articles}
    expected = Counter(f for f in lineup.files for _ in content_sentences(by_path[f]))
    assert Counter(f for f, _ in cells) == expected
    assert any(len(row.cells) >= 4 for row in lineup.rows)


def test_the_order_of_the_files_does_not_matter(articles: list[Article], result: Comparison) -> None:
    expected = comparison_json(result)
    rng = random.Random(5)
    for _ in range(3):
        shuffled = list(articles)
        rng.shuffle(shuffled)
        assert comparison_json(compare(shuffled)) == expected
    assert comparison_json(compare(list(reversed(articles)))) == expected


def test_every_quote_in_at_most_one_cluster(result: Comparison) -> None:
    ids = [m.quote_id for c in result.clusters for m in c.members]
    assert len(ids) == len(set(ids))
    furniture_or_scare = {q.id for r in result.articles for q in r.quotes if q.furniture or q.kind.value == "scare"}
    assert not furniture_or_scare & set(ids)
