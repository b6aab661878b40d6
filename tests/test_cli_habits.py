"""Issue 14, item 4: a typo names the command, usage errors are one line and a hint, compare -o picks the
format from the extension, -o - is stdout, an empty draft has no quotes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import cli

DATA = Path(__file__).resolve().parent / "data" / "check14"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    return CliRunner()


def test_a_mistyped_command_is_named(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compre", "a.txt"], prog_name="quotecheck")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "quotecheck: error: No such command 'compre'. Did you mean 'compare'?",
        "hint: quotecheck --help",
    ]


def test_an_existing_file_named_like_a_command_is_still_a_path(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "quotse").write_text("x")
    result = runner.invoke(cli, ["quotse"])
    assert "No such command" not in result.stderr


def test_a_usage_error_is_one_line_and_a_hint(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["quotes"], prog_name="quotecheck")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "quotecheck: error: Missing argument 'PATHS...'",
        "hint: quotecheck quotes --help",
    ]


def test_sources_before_the_draft_is_explained(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["check", "--sources", str(DATA / "wire.txt"), str(DATA / "draft-clean.md")], prog_name="quotecheck"
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "quotecheck: error: no draft: --sources takes every path after it; give check DRAFT... --sources PATH... "
        "(or -- to separate: check --sources PATH... -- DRAFT...)",
        "hint: quotecheck check --help",
    ]


def test_double_dash_separates_sources_from_drafts(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "--sources", str(DATA / "wire.txt"), "--", str(DATA / "draft-clean.md")])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("verified") == 2


def test_compare_output_json_by_extension(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["compare", str(DATA / "wire.txt"), "-o", "report.json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads((tmp_path / "report.json").read_text())["version"] == 1


def test_compare_format_option_beats_the_extension(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(cli, ["compare", str(DATA / "wire.txt"), "-o", "report.json", "--format", "markdown"])
    assert (tmp_path / "report.json").read_text().startswith("# ")


def test_compare_output_dash_is_stdout(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["compare", str(DATA / "wire.txt"), "-o", "-"])
    assert result.stdout.startswith("# ")
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("content", ["", "  \n\n"])
def test_an_empty_draft_has_no_quotes(runner: CliRunner, tmp_path: Path, content: str) -> None:
    (tmp_path / "empty.md").write_text(content)
    result = runner.invoke(cli, ["check", "empty.md", "--sources", str(DATA / "wire.txt")])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == ["empty.md: no quotes"]
    assert result.stdout == ""
