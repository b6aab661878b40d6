"""Properties of comparison and check on generated articles: no exception, every offset valid, deterministic.

Articles are built from a small vocabulary of names, cues and remarks so that outlets share quotes (and
clusters, conflicts, numbers and line-up rows are found), with every kind of quote mark, cut and changed
words, ``\\r\\n`` endings and noise. ``max_examples`` comes from the profile in ``conftest.py``.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck import article_from_text, extract_quotes
from quotecheck.check import build_corpus, check_draft
from quotecheck.errors import InputError
from quotecheck.models import ArticleQuotes
from quotecheck.pipeline import compare
from quotecheck.report.check_formats import check_json
from quotecheck.report.json import comparison_json

NAMES = ["Ann Rowe", "Ms Rowe", "Tom Patel", "Mr Patel", "the harbour master", "a council spokesman", "she", "he"]
CUES = ["said", "told Radio Kent:", "told the Gazette", "added", "warned", "said:"]
REMARKS = [
    "The ferry will sail again on Friday.", "We cannot keep patching the pier", "long overdue",
    "The repairs will cost £2m and take 18 months.", "Nobody was hurt, thank goodness.", "far too slow",
    "It's a scandal that the council waited so long.", "We will reopen the bridge by 3 May.",
]
MARKS = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("“", ""), ("", "”")]
FILLER = [
    "The council met on Tuesday.", "About 1,200 people use the ferry every day.", "The pier opened in 1899.",
    "READ MORE: Other news", "Councillors voted 7-3 in favour.", "—", "(", ":", "It’s the islanders’ only link.",
]
HEADERS = ["", "outlet: Gazette\ndate: 2024-03-05\n\n", "Outlet: Courier\r\nDate: 5 March 2024\r\n\r\n"]


def _mutate(remark: str, how: int) -> str:
    words = remark.split()
    if how == 1 and len(words) > 3:
        return " ".join(words[: len(words) // 2]) + "..."
    if how == 2 and len(words) > 2:
        words[1] = "never"
        return " ".join(words)
    if how == 3 and len(words) > 3:
        return " ".join(words[:1] + words[2:])
    return remark


@st.composite
def sentence(draw: st.DrawFn) -> str:
    opening, closing = draw(st.sampled_from(MARKS))
    words = _mutate(draw(st.sampled_from(REMARKS)), draw(st.integers(0, 3)))
    quote = f"{opening}{words}{closing}"
    name, cue = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{name} {cue} {quote}"
    if shape == 1:
        return f"{quote} {name} {cue}."
    if shape == 2:
        return f"{name} said the plan was {quote}."
    if shape == 3:
        return draw(st.sampled_from(FILLER))
    return quote


ARTICLE = st.tuples(
    st.sampled_from(HEADERS),
    st.lists(st.tuples(sentence(), st.sampled_from([" ", "\n", "\n\n", "\r\n\r\n", " \n"])), min_size=1, max_size=12),
    st.text(max_size=8),
).map(lambda t: t[0] + "".join(s + sep for s, sep in t[1]) + t[2])


def _read(texts: list[str], prefix: str) -> list[ArticleQuotes]:
    out = []
    for k, text in enumerate(texts):
        try:
            out.append(extract_quotes(article_from_text(text, f"{prefix}{k}.txt")))
        except InputError:
            continue  # blank text, or a header and no body: refused, as documented
    return out


def _spans(node: Any) -> list[dict[str, Any]]:
    """Every object in a JSON report that points into a file: ``file``, ``start`` and ``end``."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if {"file", "start", "end"} <= node.keys():
            found.append(node)
        for value in node.values():
            found.extend(_spans(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_spans(value))
    return found


def _check_span(raw: str, span: dict[str, Any]) -> None:
    start, end = span["start"], span["end"]
    assert 0 <= start <= end <= len(raw), span
    if "text" in span:
        assert raw[start:end] == span["text"], span
    if "line" in span:
        assert span["line"] == raw.count("\n", 0, start) + 1, span
        assert span["col"] == start - (raw.rfind("\n", 0, start) + 1) + 1, span


@given(st.lists(ARTICLE, min_size=2, max_size=3))
def test_compare_offsets_valid_and_deterministic(texts: list[str]) -> None:
    results = _read(texts, "outlet")
    report = comparison_json(compare(results))
    assert comparison_json(compare(_read(texts, "outlet"))) == report, "the same articles compare differently"
    raw = {r.article.path: r.article.raw for r in results}
    spans = _spans(json.loads(report))
    for span in spans:
        _check_span(raw[span["file"]], span)


@given(st.lists(ARTICLE, min_size=1, max_size=3), ARTICLE)
def test_check_offsets_valid_and_deterministic(source_texts: list[str], draft_text: str) -> None:
    sources = _read(source_texts, "source")
    drafts = _read([draft_text], "draft")
    if not drafts:
        return
    (draft,) = drafts
    report = check_json([check_draft(draft, build_corpus(sources))])
    again = check_json([check_draft(_read([draft_text], "draft")[0], build_corpus(_read(source_texts, "source")))])
    assert again == report, "the same draft and sources check differently"
    raw = {r.article.path: r.article.raw for r in sources}
    (payload,) = [json.loads(line) for line in report.splitlines()]
    for quote in payload["quotes"]:
        _check_span(draft.article.raw, quote)
        if quote["source"] is not None:
            _check_span(raw[quote["source"]["file"]], quote["source"])
    assert {q["status"] for q in payload["quotes"]} <= {"verified", "misquote", "misattributed", "wrong_venue",
                                                       "unverified"}


def test_the_generators_reach_every_verdict() -> None:
    """The check property is only as good as its inputs: one draft from the vocabulary hits each status."""
    source = "Ann Rowe told Radio Kent: “The ferry will sail again on Friday.” Tom Patel said: “far too slow”.\n"
    draft = (
        "Ann Rowe told Radio Kent: “The ferry will sail again on Friday.”\n\n"
        "Ann Rowe told Radio Kent: “The ferry will never sail again on Friday.”\n\n"
        "Ann Rowe said: “far too slow”.\n\n"
        "Ann Rowe told the Gazette “The ferry will sail again on Friday.”\n\n"
        "Tom Patel said: “Nobody was hurt, thank goodness.”\n"
    )
    (checked,) = [json.loads(line) for line in check_json(
        [check_draft(_read([draft], "draft")[0], build_corpus(_read([source], "source")))]).splitlines()]
    assert [q["status"] for q in checked["quotes"]] == [
        "verified", "misquote", "misattributed", "wrong_venue", "unverified"]


_WORDS = ["the", "ferry", "sails", "sail", "colour", "color", "Friday", "2m", "£2m", "pier", "…", "[the council]"]


@given(
    st.lists(st.sampled_from(_WORDS[:10]), min_size=1, max_size=30),
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8),
    st.none() | st.tuples(st.integers(0, 29), st.integers(1, 8)),
)
@example(["sail", "the", "colour", "pier"], ["x"], (1, 3))  # "the color pier": a spelling, cosmetic
@example(["the", "pier", "the", "pier"], ["the", "pier"], None)  # two runs: the first one wins
@example(["the", "pier"], ["the", "…", "pier"], None)  # an ellipsis: the table decides
def test_the_verbatim_shortcut_finds_what_the_table_finds(
    source: list[str], draft: list[str], cut: tuple[int, int] | None
) -> None:
    """``align`` skips the edit-distance table when the draft's words are in the source as they stand;
    it must return exactly the alignment the table returns."""
    from quotecheck.check.matching import _table_alignment, align, parse_pattern

    if cut is not None and source[cut[0] : cut[0] + cut[1]]:
        draft = source[cut[0] : cut[0] + cut[1]]  # a stretch of the source, as a clean draft quotes it
        draft = [{"colour": "color", "color": "colour"}.get(w, w) for w in draft]  # the other spelling

    raw = f'Ann Rowe said: "{" ".join(source)}"\n'
    corpus = build_corpus([extract_quotes(article_from_text(raw, "source.txt"))])
    quoted = " ".join(draft)
    pattern = parse_pattern(quoted, 0, len(quoted))
    for stream in corpus.streams:
        for lo, hi in ((0, len(stream.keys)), (1, len(stream.keys))):
            fast, table = align(stream, pattern, lo, hi), _table_alignment(stream, pattern, lo, hi)
            assert (fast is None) == (table is None)
            if fast is not None and table is not None:
                assert (fast.ops, fast.cost, fast.matched, fast.first, fast.last, fast.splices) == (
                    table.ops, table.cost, table.matched, table.first, table.last, table.splices,
                )
