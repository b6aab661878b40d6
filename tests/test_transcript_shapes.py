"""Issue 14, item 3: transcripts as reporters have them, recognised by paragraph turns, and the same
verdicts from every shape of one interview (fixtures in tests/data/transcripts, written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.check.inputs import load_sources
from quotecheck.cli import cli
from quotecheck.ingest.transcripts import looks_like_transcript, transcript_from_text

DATA = Path(__file__).resolve().parent / "data" / "transcripts"
DRAFT = DATA / "draft.md"
# the draft: two right quotes, one changed number ("five" for "four"), and Frost's words credited to Olsen
EXPECTED = ["verified", "verified", "misquote", "misattributed"]
SHAPES = [
    "frost-hardwrapped.txt",  # title line, PRESENTER: / DANA FROST: turns wrapped at 100 columns, unlabelled paragraph
    "frost-timestamps.txt",  # "Transcript: ..." title, [00:00:09] Frost: surnames, no blank lines, a wrapped line
    "frost-otter.txt",  # Otter / Teams: "Dana Frost  0:09" label lines, the words below
    "frost-rev.txt",  # Rev: "Dana Frost (00:00:09):" label lines
    "frost-zoom.txt",  # Zoom: "[Dana Frost] 10:00:09" label lines
    "frost.vtt",
    "frost.srt",
]


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    return CliRunner()


def statuses(runner: CliRunner, *sources: str, extra: tuple[str, ...] = ()) -> tuple[list[tuple[str, str]], str]:
    result = runner.invoke(cli, ["check", str(DRAFT), "--sources", *sources, *extra, "--format", "json"])
    payload = json.loads(result.stdout.splitlines()[0])
    return [(q["status"], (q["source"] or {}).get("speaker")) for q in payload["quotes"]], result.stderr


@pytest.mark.parametrize("shape", SHAPES)
def test_every_verdict_is_right_against_every_shape(runner: CliRunner, shape: str) -> None:
    found, _ = statuses(runner, str(DATA / shape))
    assert [s for s, _ in found] == EXPECTED
    assert {who for _, who in found} <= {"Dana Frost", "Frost"}


@pytest.mark.parametrize("shape", [s for s in SHAPES if s.endswith(".txt")])
def test_plain_text_shapes_are_recognised(shape: str) -> None:
    assert looks_like_transcript((DATA / shape).read_text())
    (source,) = load_sources([str(DATA / shape)], lambda _: None)
    assert source.article.source_format == "transcript-text"


def test_title_is_no_ones_words_and_a_wrapped_colon_is_no_turn() -> None:
    raw = (DATA / "frost-hardwrapped.txt").read_text()
    result = transcript_from_text(raw, "t.txt", fmt="text")
    speakers = {q.speaker for q in result.quotes}
    assert speakers == {"Presenter", "Dana Frost"}  # not "Britain", and the title line is no quote
    assert not any("breakfast interview" in q.text for q in result.quotes)
    later = next(q for q in result.quotes if q.text.startswith("And I would say"))
    assert later.speaker == "Dana Frost"  # the unlabelled second paragraph goes on her turn


def test_a_title_with_a_colon_is_not_a_speaker() -> None:
    result = transcript_from_text((DATA / "frost-timestamps.txt").read_text(), "t.txt", fmt="text")
    assert {q.speaker for q in result.quotes} == {"Presenter", "Frost"}


def test_an_article_with_a_colon_headline_is_not_a_transcript() -> None:
    text = (
        "Frost: the river plan is funded\n\n"
        'Dana Frost told Riverside Radio: "There is money behind it."\n\n'
        "The opposition disagreed. Marek Olsen said the sums did not add up.\n\n"
        "Residents will see the first results in the summer.\n"
    )
    assert not looks_like_transcript(text)


def test_a_teams_style_word_transcript(runner: CliRunner, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in (DATA / "frost-otter.txt").read_text().split("\n\n"):
        label, words = line.strip().split("\n", 1)
        document.add_paragraph(label)
        document.add_paragraph(" ".join(words.split()))
    document.save(str(tmp_path / "frost-teams.docx"))
    found, _ = statuses(runner, str(tmp_path / "frost-teams.docx"))
    assert [s for s, _ in found] == EXPECTED


def test_transcript_option_reads_a_file_the_sniffing_would_not(runner: CliRunner, tmp_path: Path) -> None:
    # one labelled turn only: too little for the sniffing, but the user knows
    (tmp_path / "one.txt").write_text(
        "Dana Frost: We have set aside four million pounds over three years, and the first lock gates will "
        "open on the canal before the summer holidays begin. He is wrong, and he knows he is wrong.\n"
    )
    sniffed, _ = statuses(runner, str(tmp_path / "one.txt"))
    assert sniffed[0][0] == "unverified"
    forced, _ = statuses(runner, extra=("--transcript", str(tmp_path / "one.txt")))
    assert [s for s, _ in forced][:2] == ["verified", "verified"]


def test_transcripts_from_config(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Dana Frost: He is wrong, and he knows he is wrong.\n")
    (tmp_path / "quotecheck.toml").write_text('sources = ["one.txt"]\ntranscripts = ["*.txt"]\n')
    result = runner.invoke(cli, ["check", str(DRAFT), "--format", "json"])
    payload = json.loads(result.stdout.splitlines()[0])
    assert payload["quotes"][1]["status"] == "verified"


def test_a_source_with_no_quotes_is_named(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("The council met on Tuesday and the river was discussed at length.\n")
    _, err = statuses(runner, str(tmp_path / "notes.txt"), str(DATA / "frost.vtt"))
    assert f"quotecheck: warning: {tmp_path / 'notes.txt'}: no quotes found; nothing can be verified against it" in (
        err.splitlines()
    )
