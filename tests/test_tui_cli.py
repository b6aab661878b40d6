"""How the app is reached from the command line, and that nothing else ever imports Textual."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotecheck
from quotecheck.cli import ExitCode, cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
DRAFT = str(ROOT / "samples-drafts" / "clean.md")


def imported_after(code: str) -> list[str]:
    """Top-level modules of the Textual stack imported by running ``code`` in a fresh interpreter."""
    probe = (
        f"{code}\n"
        "import sys\n"
        "print('LOADED', sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}), file=sys.stderr)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False,
                          cwd=ROOT)
    line = next(x for x in proc.stderr.splitlines() if x.startswith("LOADED"))
    return eval(line.removeprefix("LOADED "))  # type: ignore[no-any-return]


def run_cli(*args: str) -> str:
    return (
        "from quotecheck.cli import main\n"
        f"try:\n    main({list(args)!r})\nexcept SystemExit:\n    pass\n"
    )


def test_import_quotecheck_does_not_import_textual() -> None:
    assert imported_after("import quotecheck, quotecheck.cli, quotecheck.models") == []


def test_quotes_does_not_import_textual() -> None:
    assert "textual" not in imported_after(run_cli("quotes", "--format", "jsonl", *SAMPLES[:1]))


def test_compare_does_not_import_textual() -> None:
    assert "textual" not in imported_after(run_cli("compare", "--format", "json", *SAMPLES))


def test_check_does_not_import_textual() -> None:
    assert "textual" not in imported_after(run_cli("check", DRAFT, "--sources", *SAMPLES, "--format", "json"))


def test_the_app_data_layer_does_not_import_textual() -> None:
    """``tui.data`` runs in the worker and in benchmarks; only ``app``, screens and widgets need Textual."""
    assert "textual" not in imported_after("import quotecheck.tui.data")


def test_paths_without_a_command_open_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[list[str]] = []
    monkeypatch.setattr("quotecheck.cli._run_app", lambda paths, index_path=None: opened.append(list(paths)))
    runner = CliRunner()
    assert runner.invoke(cli, SAMPLES[:2]).exit_code == 0
    assert runner.invoke(cli, ["tui", *SAMPLES[:1]]).exit_code == 0
    assert opened == [SAMPLES[:2], SAMPLES[:1]]
    no_terminal = runner.invoke(cli, [])  # CliRunner's stdout is no terminal: the usage instead
    assert no_terminal.exit_code == 0 and "Usage" in no_terminal.output
    assert opened == [SAMPLES[:2], SAMPLES[:1]]
    # commands still win, and --help still helps
    assert "Usage" in runner.invoke(cli, ["--help"]).output


def test_the_app_needs_a_terminal() -> None:
    result = CliRunner().invoke(cli, ["tui", *SAMPLES[:1]])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "needs a terminal" in result.stderr and "quotecheck compare" in result.stderr


def test_no_path_opens_the_bundled_samples(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck import cli as cli_module

    assert cli_module._samples() == SAMPLES


def test_missing_samples_say_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from quotecheck import cli as cli_module

    monkeypatch.setattr(quotecheck, "__file__", str(tmp_path / "site-packages" / "quotecheck" / "__init__.py"))
    with pytest.raises(SystemExit) as exc:
        cli_module._samples()
    assert exc.value.code == ExitCode.BAD_INPUT
