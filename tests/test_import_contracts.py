"""What may import what: the contracts in pyproject.toml ([tool.importlinter]), checked by import-linter.

The library never imports textual or rich (only quotecheck.tui does, and the CLI reaches it inside the
tui command); comparison and checking use quotecheck.extract's public API, not its modules.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "quotecheck"


def _contracts() -> dict[str, dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}


def test_import_linter_keeps_every_contract() -> None:
    pytest.importorskip("importlinter")
    lint = Path(sys.executable).parent / "lint-imports"
    command = [str(lint)] if lint.exists() else [sys.executable, "-m", "importlinter.cli"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [*command, "--no-cache", "--no-logo"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 kept, 0 broken" in done.stdout


def test_every_core_module_is_under_the_ui_contract() -> None:
    """A new module of the library is covered by "never imports textual or rich" as soon as it exists."""
    core = {
        f"quotecheck.{p.stem if p.is_file() else p.name}"
        for p in PACKAGE.iterdir()
        if (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))
        and p.stem not in {"__init__", "__main__", "cli", "tui"}
    }
    assert set(_contracts()["core-no-ui"]["source_modules"]) == core  # type: ignore[arg-type]


def test_every_extract_module_is_private_to_the_comparison() -> None:
    """Every module of quotecheck.extract is forbidden to the comparison and checking stages."""
    modules = {
        f"quotecheck.extract.{p.stem if p.is_file() else p.name}"
        for p in (PACKAGE / "extract").iterdir()
        if (p.suffix == ".py" and p.stem != "__init__") or (p.is_dir() and (p / "__init__.py").exists())
    }
    assert set(_contracts()["extract-public-api"]["forbidden_modules"]) == modules  # type: ignore[arg-type]
