"""The archive built on Dask (a LocalCluster of two processes on 127.0.0.1) equals the one-process build."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="Dask is an optional extra: pip install 'quotecheck[dask]'")

from quotecheck.archive import build_index

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_texts import write_archive
from test_archive import rows

ROOT = Path(__file__).resolve().parent.parent


def test_a_two_worker_dask_build_equals_the_local_build_row_for_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.archive.build as build

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(build, "SHARD_FILES", 2)  # several shards, finishing in any order
    write_archive(tmp_path / "arc" / "mine")
    shutil.copytree(ROOT / "samples", tmp_path / "arc" / "samples", ignore=shutil.ignore_patterns("README*"))
    local = build_index(["arc"], "local.db")
    spread = build_index(["arc"], "dask.db", workers=2)
    assert (local.indexed, local.quotes) == (spread.indexed, spread.quotes) == (9, 52)
    assert rows(tmp_path / "dask.db") == rows(tmp_path / "local.db")


def test_index_build_workers_2_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from quotecheck.cli import cli

    monkeypatch.chdir(tmp_path)
    write_archive(tmp_path / "arc")
    result = CliRunner().invoke(cli, ["index", "build", "arc", "--db", "dask.db", "--workers", "2"])
    assert result.exit_code == 0, result.stderr
    assert "3 files indexed (5 quotes" in result.stderr
    build_index(["arc"], "local.db")
    assert rows(tmp_path / "dask.db") == rows(tmp_path / "local.db")
