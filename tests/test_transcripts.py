"""Transcripts as sources: labelled plain text, WebVTT and SRT; every utterance is the speaker's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.check import build_corpus, check_draft
from quotecheck.check.inputs import _may_be_transcript, load_sources
from quotecheck.errors import InputError
from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.ingest.transcripts import looks_like_transcript, transcript_from_text
from quotecheck.models import ArticleQuotes, CheckStatus

PLAIN = """title: Morning interview
venue: Radio Ridings
date: 2024-03-01

PRESENTER: Minister, where are the nurses?
MARLOW: We will open twelve new clinics by next spring,
and every one of them will be staffed by local nurses.
PRESENTER: And the money?
MARLOW: The money is in the budget.
"""
TIMESTAMPED = """Jane Marlow (00:01:12): We will open twelve new clinics by next spring.
Tom Beck (00:01:30): This is a plan written on the back of an envelope.
[00:01:45] Jane Marlow: The money is in the budget.
"""
OTTER = """Jane Marlow  0:04
We will open twelve new clinics by next spring.

Tom Beck  0:09
This is a plan written on the back of an envelope.
"""
VTT = """WEBVTT - Ridings debate

NOTE
venue: Radio Ridings

00:00:01.000 --> 00:00:04.000
<v Presenter>Where are the nurses?</v>

00:00:04.500 --> 00:00:07.000
<v Jane Marlow>We will open twelve new clinics

00:00:07.000 --> 00:00:10.000
<v Jane Marlow>by next spring.</v>

00:00:10.500 --> 00:00:12.000
<v Tom Beck>Nonsense.</v>

00:00:12.500 --> 00:00:15.000
<v Jane Marlow>Every one of them will be staffed by local nurses.</v>
"""
SRT = """1
00:00:01,000 --> 00:00:04,000
MARLOW: We will open twelve new clinics

2
00:00:04,000 --> 00:00:06,000
by next spring.

3
00:00:06,500 --> 00:00:08,000
[Tom Beck] This is a plan written on the back of an envelope.
"""


def words_of(result: ArticleQuotes, speaker: str) -> str:
    return " ".join(q.text for q in result.quotes if q.speaker == speaker)


def test_plain_labels() -> None:
    result = transcript_from_text(PLAIN, "interview.txt")
    assert result.article.outlet == "Radio Ridings"
    assert words_of(result, "Marlow").startswith("We will open twelve new clinics by next spring,")
    assert "staffed by local nurses." in words_of(result, "Marlow")
    assert {q.venue for q in result.quotes} == {"Radio Ridings"}
    for q in result.quotes:
        assert PLAIN[q.span.start : q.span.end] == q.text
    marlow = [q for q in result.quotes if q.speaker == "Marlow"]
    assert marlow[0].group == marlow[1].group  # a continuation line goes on the same turn
    assert marlow[2].group != marlow[0].group  # a new turn after the presenter


def test_timestamped_labels() -> None:
    result = transcript_from_text(TIMESTAMPED, "t.txt")
    assert [q.speaker for q in result.quotes] == ["Jane Marlow", "Tom Beck", "Jane Marlow"]
    assert result.quotes[0].text == "We will open twelve new clinics by next spring."


def test_otter_labels() -> None:
    result = transcript_from_text(OTTER, "otter.txt")
    assert [q.speaker for q in result.quotes] == ["Jane Marlow", "Tom Beck"]


def test_webvtt_voices() -> None:
    result = transcript_from_text(VTT, "debate.vtt")
    assert result.article.outlet == "Radio Ridings"
    assert result.article.headline == "Ridings debate"
    marlow = [q for q in result.quotes if q.speaker == "Jane Marlow"]
    assert [q.text for q in marlow] == [
        "We will open twelve new clinics",
        "by next spring.",
        "Every one of them will be staffed by local nurses.",
    ]
    assert marlow[0].group == marlow[1].group != marlow[2].group
    for q in result.quotes:
        assert VTT[q.span.start : q.span.end] == q.text


def test_srt_labels() -> None:
    result = transcript_from_text(SRT, "clip.srt")
    assert [q.speaker for q in result.quotes] == ["Marlow", "Marlow", "Tom Beck"]


@pytest.mark.parametrize(("name", "text"), [("a.txt", PLAIN), ("b.txt", TIMESTAMPED), ("c.txt", OTTER),
                                            ("d.vtt", VTT), ("e.srt", SRT)])  # fmt: skip
def test_draft_checked_against_each_format(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    corpus = build_corpus(load_sources([str(path)], warn=lambda m: None))
    raw = (
        "Draft\n\n"
        'Jane Marlow said: "We will open twelve new clinics by next spring."\n'
        'Tom Beck said: "We will open twelve new clinics by next spring."\n'
        'Jane Marlow said: "We will open ten new clinics by next spring."\n'
    )
    draft = extract_quotes(article_from_text(raw, "draft.md", source_format="markdown"))
    statuses = [q.status for q in check_draft(draft, corpus).quotes]
    assert statuses == [CheckStatus.VERIFIED, CheckStatus.MISATTRIBUTED, CheckStatus.MISQUOTE]


def test_words_across_cues_are_one_remark_but_not_across_turns(tmp_path: Path) -> None:
    path = tmp_path / "d.vtt"
    path.write_text(VTT, encoding="utf-8")
    corpus = build_corpus(load_sources([str(path)], warn=lambda m: None))
    raw = (
        "Draft\n\n"
        'Jane Marlow said: "By next spring. Every one of them will be staffed by local nurses."\n'
        'Jane Marlow said: "By next spring ... every one of them will be staffed by local nurses."\n'
    )
    draft = extract_quotes(article_from_text(raw, "draft.md", source_format="markdown"))
    statuses = [q.status for q in check_draft(draft, corpus).quotes]
    assert statuses == [CheckStatus.MISQUOTE, CheckStatus.VERIFIED]


def test_a_news_article_is_not_a_transcript() -> None:
    article = (
        "Cooper: Tory claims are garbage\n"
        "READ MORE: Something else\n"
        "Labour has hit back at the government.\n"
        "Ms Cooper said the claims were wrong.\n"
        "The party would hire 1,000 caseworkers.\n"
    )
    assert not looks_like_transcript(article)
    assert looks_like_transcript(PLAIN)
    assert looks_like_transcript(TIMESTAMPED)
    assert looks_like_transcript(VTT)


def test_the_cheap_transcript_sniff_never_misses_a_transcript() -> None:
    for transcript in (PLAIN, TIMESTAMPED, VTT):
        assert _may_be_transcript(transcript)
    assert not _may_be_transcript("Labour has hit back.\nMs Cooper said the claims were wrong.\n")


_TRANSCRIPT_LINES = st.lists(
    st.sampled_from([
        "YVETTE COOPER: We will.", "[Nick Robinson] Is it?", "Jane Marlow 0:12", "Jane Marlow (00:01:12): Yes.",
        "00:01 Host: Welcome.", "Read more: elsewhere", "Plain prose with no label.", "title: Interview", "",
        "WEBVTT", "Mr Smith said: \"no\".", "  ", "Q: and A",
    ]),
    max_size=12,
)


@given(_TRANSCRIPT_LINES)
def test_the_transcript_sniff_is_a_necessary_condition(lines: list[str]) -> None:
    text = "\n".join(lines)
    if looks_like_transcript(text):
        assert _may_be_transcript(text)


def test_bad_transcripts() -> None:
    with pytest.raises(InputError, match=r"x\.vtt: not a WebVTT file"):
        transcript_from_text("00:00:01.000 --> 00:00:02.000\nHello\n", "x.vtt", fmt="vtt")
    with pytest.raises(InputError, match=r"y\.srt: no speaker's words"):
        transcript_from_text("1\n00:00:01,000 --> 00:00:02,000\n\n", "y.srt")


def test_a_transcript_credit_names_its_label_rule() -> None:
    result = transcript_from_text(PLAIN, "interview.txt")
    marlow = [q for q in result.quotes if q.speaker == "Marlow"]
    assert [q.rule for q in marlow[:2]] == ["transcript-label", "transcript-turn"]
    first, turn = marlow[0].credit, marlow[1].credit
    assert first is not None and turn is not None
    assert [(s.text, s.how) for s in first.chain] == [(marlow[0].mention, "label")]
    assert turn.chain == first.chain and turn.carried_from == "transcript-label"
    assert all(q.rule for q in result.quotes if q.speaker)
