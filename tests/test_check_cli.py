"""`quotecheck check` through the CLI: formats, exit codes, suppression, bad input, imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import ExitCode, cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DRAFTS = ROOT / "samples-drafts"
SOURCES = sorted(str(p) for p in SAMPLES.glob("*.txt"))
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-2.1.0-subset.schema.json"
STATUSES = {"verified", "misquote", "misattributed", "wrong_venue", "unverified"}


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)  # no configuration file around
    (tmp_path / ".git").mkdir()
    return CliRunner()


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, ["check", *args])
    return result.exit_code, result.stdout, result.stderr


def test_clean_draft_exits_0_and_every_quote_verified(runner: CliRunner) -> None:
    code, out, err = run(runner, str(DRAFTS / "clean.md"), "--sources", *SOURCES, "--format", "json")
    assert code == ExitCode.OK, err
    payload = json.loads(out)
    assert payload["draft"] == str(DRAFTS / "clean.md")
    assert {q["status"] for q in payload["quotes"]} == {"verified"}
    assert payload["summary"]["verified"] == len(payload["quotes"])
    assert "0 failing" in err


def test_json_contract(runner: CliRunner) -> None:
    code, out, _ = run(runner, str(DRAFTS / "errors.md"), "--sources", *SOURCES, "--format", "json")
    assert code == ExitCode.FINDINGS
    payload = json.loads(out)
    assert set(payload) >= {"draft", "quotes", "summary"}
    assert set(payload["summary"]) >= STATUSES
    raw = (DRAFTS / "errors.md").read_text(encoding="utf-8")
    seen = set()
    for q in payload["quotes"]:
        assert set(q) >= {"start", "end", "line", "col", "text", "speaker", "venue", "status", "source", "diff"}
        assert raw[q["start"] : q["end"]] == q["text"]
        assert q["status"] in STATUSES
        seen.add(q["status"])
        if q["source"] is not None:
            assert set(q["source"]) >= {"file", "start", "end", "speaker", "venue"}
            src = Path(q["source"]["file"]).read_text(encoding="utf-8")
            assert src[q["source"]["start"] : q["source"]["end"]] == q["source"]["text"]
        for step in q["diff"]:
            assert step["op"] in {"equal", "insert", "delete", "replace"}
    assert seen == STATUSES - {"verified"}  # the planted-errors draft has one of each finding


def test_greedy_sources_then_options(runner: CliRunner) -> None:
    code, out, _ = run(runner, str(DRAFTS / "clean.md"), "--sources", SOURCES[0], SOURCES[1], "--format", "json")
    assert code in {ExitCode.OK, ExitCode.FINDINGS}
    assert len(json.loads(out)["sources"]) == 2


def test_several_drafts_give_one_json_line_each(runner: CliRunner) -> None:
    code, out, _ = run(
        runner, str(DRAFTS / "clean.md"), str(DRAFTS / "errors.md"), "--format", "json", "--sources", *SOURCES
    )
    assert code == ExitCode.FINDINGS
    lines = out.splitlines()
    assert [json.loads(line)["draft"] for line in lines] == [str(DRAFTS / "clean.md"), str(DRAFTS / "errors.md")]


def test_text_format(runner: CliRunner) -> None:
    code, out, err = run(runner, str(DRAFTS / "errors.md"), "--sources", *SOURCES)
    assert code == ExitCode.FINDINGS
    assert f"{DRAFTS / 'errors.md'}:11:" in out
    assert "misquote" in out and "[-100,000-]" in out and "{+10,000+}" in out
    assert "\x1b[" not in out  # no colour unless asked or on a terminal
    assert "12 quotes (" in err and "12 quotes (" not in out
    code, out, _ = run(runner, str(DRAFTS / "errors.md"), "--sources", *SOURCES, "--color")
    assert "\x1b[" in out


def test_github_format(runner: CliRunner) -> None:
    code, out, _ = run(runner, str(DRAFTS / "errors.md"), "--sources", *SOURCES, "--format", "github")
    assert code == ExitCode.FINDINGS
    lines = out.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ")) for line in lines)
    assert any(line.startswith("::error file=") and "title=quotecheck misquote::" in line for line in lines)
    assert any(line.startswith("::warning ") and "unverified" in line for line in lines)  # not in --fail-on
    assert all("\n" not in line for line in lines)


def test_sarif_is_valid_2_1_0(runner: CliRunner) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = run(runner, str(DRAFTS / "errors.md"), "--sources", *SOURCES, "--format", "sarif")
    assert code == ExitCode.FINDINGS
    log = json.loads(out)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    (run_,) = log["runs"]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    for result in run_["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
    suppressed = [r for r in run_["results"] if r.get("suppressions")]
    assert suppressed and suppressed[0]["suppressions"][0]["kind"] == "inSource"


def test_fail_on(runner: CliRunner) -> None:
    draft = str(DRAFTS / "errors.md")
    assert run(runner, draft, "--sources", *SOURCES, "--fail-on", "none")[0] == ExitCode.OK
    assert run(runner, draft, "--sources", *SOURCES, "--fail-on", "wrong_venue")[0] == ExitCode.FINDINGS
    code, _, err = run(runner, draft, "--sources", *SOURCES, "--fail-on", "bogus")
    assert code == ExitCode.BAD_INPUT and "unknown status 'bogus'" in err


def test_unverified_fails_only_when_asked(runner: CliRunner, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text('Draft\n\nYvette Cooper said: "Every train will run on time from May."\n', encoding="utf-8")
    assert run(runner, str(draft), "--sources", *SOURCES)[0] == ExitCode.OK
    assert run(runner, str(draft), "--sources", *SOURCES, "--fail-on", "unverified")[0] == ExitCode.FINDINGS


def test_ignore_comment_suppresses(runner: CliRunner, tmp_path: Path) -> None:
    text = 'Draft\n\n<!-- quotecheck: ignore -->\nChris Philp said: "We have seen total garbage on this."\n'
    draft = tmp_path / "d.md"
    draft.write_text(text, encoding="utf-8")
    code, out, _ = run(runner, str(draft), "--sources", *SOURCES, "--format", "json")
    assert code == ExitCode.OK
    (q,) = json.loads(out)["quotes"]
    assert q["status"] == "misattributed" and q["suppressed"] is True
    draft.write_text(text.replace("<!-- quotecheck: ignore -->\n", ""), encoding="utf-8")
    assert run(runner, str(draft), "--sources", *SOURCES)[0] == ExitCode.FINDINGS


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no such file"),
        (lambda p: p.write_bytes(b"not a zip"), "not a zip archive"),
    ],
)
def test_bad_draft_is_one_line_naming_the_file(runner: CliRunner, tmp_path: Path, setup: object, message: str) -> None:
    draft = tmp_path / "missing.docx"
    setup(draft)  # type: ignore[operator]
    code, out, err = run(runner, str(draft), "--sources", *SOURCES)
    assert code == ExitCode.BAD_INPUT
    assert out == ""
    assert err.strip().count("\n") == 0 and str(draft) in err and message in err


def test_docx_bomb_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    draft = tmp_path / "bomb.docx"
    with zipfile.ZipFile(draft, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    code, _, err = run(runner, str(draft), "--sources", *SOURCES)
    assert code == ExitCode.BAD_INPUT and "decompression bomb" in err and str(draft) in err


def test_docx_draft(runner: CliRunner, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Cooper: Tory claims are 'total garbage'", level=0)
    document.add_paragraph('Mr Philp told Sky News: "I think his policy has no credibility."')
    path = tmp_path / "draft.docx"
    document.save(str(path))
    code, out, _ = run(runner, str(path), "--sources", *SOURCES, "--format", "json")
    assert code == ExitCode.FINDINGS
    statuses = [q["status"] for q in json.loads(out)["quotes"]]
    assert statuses == ["verified", "wrong_venue"]


def test_missing_sources_is_a_usage_error(runner: CliRunner) -> None:
    code, _, err = run(runner, str(DRAFTS / "clean.md"))
    assert code == ExitCode.BAD_INPUT and "no sources" in err


def test_bad_source_names_the_file(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, str(DRAFTS / "clean.md"), "--sources", str(tmp_path / "nope.txt"))
    assert code == ExitCode.BAD_INPUT and "nope.txt: no such file" in err


def test_check_imports_nothing_heavy() -> None:
    """Article sources and a repository whose pyproject.toml has no quotecheck table: no transcript,
    HTML or records reader, no TOML parser, none of the heavy packages quotecheck chooses to load (each
    costs start-up a CI hook pays every run). What a dependency imports for itself is its own business."""
    code = (
        "import sys\n"
        "from quotecheck.cli import main\n"
        f"sys.argv = ['quotecheck', 'check', {str(DRAFTS / 'clean.md')!r}, '--sources', *{SOURCES!r}]\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('textual', 'trafilatura', 'dateparser', 'httpx', 'lxml', 'yaml', 'docx', 'webvtt',"
        " 'quotecheck.ingest.transcripts', 'quotecheck.ingest.html', 'quotecheck.ingest.records',"
        " 'tomllib') if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert "HEAVY []" in proc.stderr, proc.stderr


def test_html_draft_keeps_its_ignore_comment(runner: CliRunner, tmp_path: Path) -> None:
    page = (
        "<!doctype html><html><head><title>Cooper hits back</title></head><body><article>\n"
        "<h1>Cooper hits back at Tory claims</h1>\n"
        "<p>Yvette Cooper told BBC Radio 4's Today programme: \"We have seen total garbage on this from the "
        'Conservatives over the last 24 hours."</p>\n'
        "<!-- quotecheck: ignore -->\n"
        '<p>Chris Philp said: "We have seen total garbage on this from the Conservatives over the last 24 hours."</p>\n'
        "<p>Labour also set out plans for more caseworkers and faster decisions on asylum claims this year.</p>\n"
        "</article></body></html>\n"
    )
    draft = tmp_path / "draft.html"
    draft.write_text(page, encoding="utf-8")
    code, out, _ = run(runner, str(draft), "--sources", *SOURCES, "--format", "json")
    assert code == ExitCode.OK
    quotes = json.loads(out)["quotes"]
    assert [(q["status"], q["suppressed"]) for q in quotes] == [("verified", False), ("misattributed", True)]
