"""`[tool.quotecheck]` / `quotecheck.toml`: sources, fail-on, ignore; errors name the file and the key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import ExitCode, cli
from quotecheck.config import find_config, load_config
from quotecheck.errors import ConfigError
from quotecheck.models import CheckStatus

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "sources").mkdir()
    for name in ("bbc-labour-small-boats.txt", "mirror-cooper-garbage.txt"):
        shutil.copy(SAMPLES / name, tmp_path / "sources" / name)
    (tmp_path / "draft.md").write_text(
        'Draft\n\nChris Philp told LBC: "I think his policy has no credibility."\n'
        'Ms Cooper said: "We are building a fairer system for everyone."\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_config(repo: Path) -> None:
    assert find_config(repo) is None


def test_quotecheck_toml(repo: Path) -> None:
    (repo / "quotecheck.toml").write_text(
        'sources = ["sources/*.txt"]\nfail-on = "misquote, unverified"\nignore = ["a quote"]\n', encoding="utf-8"
    )
    found = find_config(repo / "sources")
    assert found == repo / "quotecheck.toml"
    config = load_config(found)
    assert [Path(s).name for s in config.sources] == ["bbc-labour-small-boats.txt", "mirror-cooper-garbage.txt"]
    assert config.fail_on == frozenset({CheckStatus.MISQUOTE, CheckStatus.UNVERIFIED})
    assert config.ignore == ("a quote",)


def test_pyproject_table(repo: Path) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.quotecheck]\nsources = ["sources/bbc-*.txt"]\nfail-on = ["wrong_venue"]\n',
        encoding="utf-8",
    )
    config = load_config(find_config(repo) or "")
    assert len(config.sources) == 1
    assert config.fail_on == frozenset({CheckStatus.WRONG_VENUE})


def test_pyproject_without_table_is_skipped(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(repo) is None


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ('sources = "sources/*.txt"\n', "sources", "must be a list of strings"),
        ('sources = ["nothing/*.txt"]\n', "sources", "matches no file"),
        ('fail-on = ["misquote", "typo"]\n', "fail-on", "unknown status 'typo'"),
        ("fail-on = 3\n", "fail-on", "must be a list of strings or a comma-separated string"),
        ("ignore = [1, 2]\n", "ignore", "must be a list of strings"),
        ('format = "json"\n', "format", "unknown key"),
    ],
)
def test_errors_name_file_and_key(repo: Path, text: str, key: str, message: str) -> None:
    path = repo / "quotecheck.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(path) in str(info.value) and f"[{key}]" in str(info.value) and message in str(info.value)


def test_pyproject_errors_use_the_full_key(repo: Path) -> None:
    path = repo / "pyproject.toml"
    path.write_text("[tool.quotecheck]\nsources = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[tool\.quotecheck\.sources\]"):
        load_config(path)


def test_bad_toml(repo: Path) -> None:
    path = repo / "quotecheck.toml"
    path.write_text("sources = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_a_pyproject_that_never_names_quotecheck_is_not_ours_to_judge(repo: Path) -> None:
    (repo / "pyproject.toml").write_text("[project\nname = broken\n", encoding="utf-8")
    assert find_config(repo) is None
    (repo / "pyproject.toml").write_text('[project]\nname = "quotecheck"\n[project\n', encoding="utf-8")
    assert find_config(repo) is None
    (repo / "pyproject.toml").write_text("[tool.quotecheck\nsources = [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"pyproject\.toml.*not valid TOML"):
        find_config(repo)


@pytest.mark.parametrize(
    "spelling",
    [
        '[ tool . "quotecheck" ]\nignore = ["x"]\n',
        'tool.quotecheck.ignore = ["x"]\n',
        '[tool]\nquotecheck = { ignore = ["x"] }\n',
        'tool = { quotecheck = { ignore = ["x"] } }\n',
        "[tool.'quotecheck']\nignore = ['x']\n",
    ],
)
def test_every_toml_spelling_of_the_table_is_found(repo: Path, spelling: str) -> None:
    (repo / "pyproject.toml").write_text(spelling, encoding="utf-8")
    found = find_config(repo)
    assert found == repo / "pyproject.toml"
    assert load_config(found).ignore == ("x",)


def test_a_config_that_is_not_utf8_names_the_byte(repo: Path) -> None:
    path = repo / "quotecheck.toml"
    path.write_bytes(b'ignore = ["caf\xe9"]\n')
    with pytest.raises(ConfigError, match=r"quotecheck\.toml.*not valid TOML \(not UTF-8 at byte 14\)"):
        load_config(path)


def test_cli_reads_the_config(repo: Path) -> None:
    (repo / "quotecheck.toml").write_text('sources = ["sources/*.txt"]\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "draft.md", "--format", "json"])
    assert result.exit_code == ExitCode.OK, result.stderr
    statuses = [q["status"] for q in json.loads(result.stdout)["quotes"]]
    assert statuses == ["verified", "unverified"]  # Philp told LBC in the Mirror's report
    (repo / "quotecheck.toml").write_text('sources = ["sources/*.txt"]\nfail-on = "all"\n', encoding="utf-8")
    assert CliRunner().invoke(cli, ["check", "draft.md"]).exit_code == ExitCode.FINDINGS
    # the command line wins over the file
    assert CliRunner().invoke(cli, ["check", "draft.md", "--fail-on", "misquote"]).exit_code == ExitCode.OK


def test_cli_config_ignore(repo: Path) -> None:
    (repo / "quotecheck.toml").write_text(
        'sources = ["sources/*.txt"]\nfail-on = "all"\nignore = ["We are building a fairer system for everyone."]\n',
        encoding="utf-8",
    )
    assert CliRunner().invoke(cli, ["check", "draft.md"]).exit_code == ExitCode.OK


def test_cli_config_error_exits_2(repo: Path) -> None:
    (repo / "quotecheck.toml").write_text("colour = true\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "draft.md", "--sources", "sources"])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "quotecheck.toml: [colour]: unknown key" in result.stderr
    result = CliRunner().invoke(cli, ["check", "draft.md", "--config", "missing.toml", "--sources", "sources"])
    assert result.exit_code == ExitCode.BAD_INPUT and "missing.toml" in result.stderr
