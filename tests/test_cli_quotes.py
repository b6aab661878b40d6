"""`quotecheck quotes` and `quotecheck text` through click's CliRunner, bad input included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import ExitCode, cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ARTICLE = (
    "outlet: Test Herald\n"
    "date: 2023-09-15\n"
    "\n"
    "Home Office minister Chris Philp told Times Radio: “It has no credibility.”\n"
    "Ms Cooper said the claims were “garbage”.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "herald.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_follows_the_contract(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["quotes", "--format", "jsonl", str(article)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["kind"], r["speaker"], r["venue"], r["cue"]) for r in records] == [
        ("It has no credibility.", "full", "Chris Philp", "Times Radio", "told"),
        ("garbage", "partial", "Cooper", None, "said"),
    ]
    raw = article.read_text(encoding="utf-8")
    for r in records:
        assert r["file"] == str(article)
        assert raw[r["start"] : r["end"]] == r["text"]
        assert raw[r["speaker_start"] : r["speaker_end"]] in {"Home Office minister Chris Philp", "Ms Cooper"}
    assert records[0]["line"] == 4


def test_json_envelope(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["quotes", "--format", "json", str(article)])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["version"] == 1
    (entry,) = payload["articles"]
    assert entry["outlet"] == "Test Herald"
    assert entry["published"] == "2023-09-15"
    assert len(entry["quotes"]) == 2


def test_table_is_for_people(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["quotes", str(article)])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["LOCATION", "KIND", "SPEAKER", "VENUE", "QUOTE"]
    assert "herald.txt:4:" in lines[1] and "Chris Philp" in lines[1] and "Times Radio" in lines[1]
    assert "2 quotes in 1 article" in result.stderr


def test_samples_folder_reads_every_article(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["quotes", "--format", "jsonl", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    files = {json.loads(line)["file"] for line in result.stdout.splitlines()}
    assert len(files) >= 5
    assert not any(f.endswith("README.md") for f in files)


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["quotes", "--format", "jsonl", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["file"] == "-"


def test_text_prints_what_offsets_point_into(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(cli, ["text", str(article)])
    assert result.exit_code == 0
    assert result.stdout == ARTICLE


def test_control_characters_never_reach_the_terminal(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    padding = "Labour set out its plans for the small boats crisis on Thursday in The Hague.\n" * 5
    path.write_text(padding + 'Ms Cooper said: "We \x1b[31mwon\x1b]0;pwned\x07 it."\n', encoding="utf-8")
    table = runner.invoke(cli, ["quotes", str(path)])
    text = runner.invoke(cli, ["text", str(path)])
    for result in (table, text):
        assert result.exit_code == 0
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "\\x1b" in result.stdout


# ---- bad input: one line naming the file, exit 2, never a traceback ------------------------------

def _bad(tmp_path: Path, name: str, content: bytes | None) -> Path:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file or directory"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ],
    ids=["missing", "empty", "whitespace-only", "binary"],
)
def test_bad_input_is_one_line_exit_2(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = _bad(tmp_path, name, content)
    result = runner.invoke(cli, ["quotes", str(path)])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"quotecheck: error: {path}")
    assert message in line.lower()
    assert "Traceback" not in result.output


def test_undecodable_bytes(runner: CliRunner, tmp_path: Path) -> None:
    path = _bad(tmp_path, "junk.txt", bytes(range(0x80, 0x100)) * 50)
    result = runner.invoke(cli, ["quotes", str(path)])
    assert result.exit_code == ExitCode.BAD_INPUT
    (line,) = result.stderr.splitlines()
    assert str(path) in line


def test_huge_file_is_refused_without_reading_it(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    result = runner.invoke(cli, ["quotes", str(path)])
    assert result.exit_code == ExitCode.BAD_INPUT
    (line,) = result.stderr.splitlines()
    assert str(path) in line and "too large" in line


def test_folder_skips_bad_files_with_a_warning(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["quotes", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "empty.txt" in warnings[0]


def test_folder_with_nothing_readable(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(cli, ["quotes", str(tmp_path)])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert str(tmp_path) in result.stderr.splitlines()[-1]


def test_usage_error_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["quotes"])
    assert result.exit_code == ExitCode.BAD_INPUT
    result = runner.invoke(cli, ["quotes", "--format", "xml", "x.txt"])
    assert result.exit_code == ExitCode.BAD_INPUT


def test_input_files_are_never_modified(runner: CliRunner, article: Path) -> None:
    before = article.read_bytes(), os.stat(article).st_mtime_ns
    runner.invoke(cli, ["quotes", "--format", "json", str(article)])
    assert (article.read_bytes(), os.stat(article).st_mtime_ns) == before


def test_no_textual_or_heavy_imports_for_quotes(article: Path) -> None:
    """The library and the non-interactive commands never import Textual (or dateparser needlessly)."""
    code = (
        "import sys, quotecheck, quotecheck.cli\n"
        "from quotecheck.cli import main\n"
        f"sys.argv = ['quotecheck', 'quotes', '--format', 'jsonl', {str(article)!r}]\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'trafilatura', 'rapidfuzz'})\n"
        "print('HEAVY', bad, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in done.stderr


def test_compare_outlet_option_names_the_outlet(tmp_path: Path) -> None:
    story = "The council approved the new bridge on Tuesday, its leader told reporters outside the hall.\n"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(story, encoding="utf-8")
    second.write_text(story, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["compare", "--format", "json", "--outlet", "a.txt=Riverside Post",
                                 "--outlet", f"{second}=Valley Echo", str(first), str(second)])
    assert result.exit_code == 0, result.output
    outlets = {os.path.basename(a["file"]): a["outlet"] for a in json.loads(result.stdout)["articles"]}
    assert outlets == {"a.txt": "Riverside Post", "b.txt": "Valley Echo"}
    bad = runner.invoke(cli, ["compare", "--outlet", "a.txt", str(first)])
    assert bad.exit_code == 2 and "give FILE=NAME" in bad.output
    unknown = runner.invoke(cli, ["compare", "--outlet", "c.txt=X", str(first)])
    assert unknown.exit_code == 2 and "no such file" in unknown.output
