"""A short, bounded atheris run of the quote engine (at most 30 s; the long run is in fuzz/README.md)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

TARGET = Path(__file__).resolve().parent.parent / "fuzz" / "fuzz_extract.py"


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_atheris_short_run_finds_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(TARGET), "-runs=1000", "-max_total_time=30", f"-artifact_prefix={tmp_path}/"],
        capture_output=True,
        text=True,
        timeout=55,  # a hang guard: libFuzzer stops itself after 30 s
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(TARGET.parent.parent)},  # this checkout's quotecheck
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr
    assert not list(tmp_path.glob("crash-*"))
