"""A short, bounded atheris run of the quote engine (a longer one is documented in fuzz/)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

TARGET = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_extract.py"


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_atheris_short_run_finds_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(TARGET), "-runs=1000", "-max_total_time=50", f"-artifact_prefix={tmp_path}/"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr
    assert not list(tmp_path.glob("crash-*"))
