"""Nothing lost: every file quotecheck writes is written whole or not at all, and never over a file unasked.

``write_atomically`` (the one writer), ``compare -o/--force`` through the CLI, the app's export, the URL cache.
"""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import quotecheck._files as files
from quotecheck._files import write_atomically
from quotecheck.cli import ExitCode, cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))[:2]
OLD = "the old report, which must survive\n"


@pytest.fixture(autouse=True)
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def only(folder: Path) -> list[str]:
    """Every name in ``folder``: a temporary file left behind shows up here."""
    return sorted(os.listdir(folder))


# ---- write_atomically --------------------------------------------------------------------------


def test_writes_a_new_file_with_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_atomically(target, "é\r\nline\n", force=False)
    assert target.read_bytes() == "é\r\nline\n".encode()  # UTF-8, line endings as given
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not a temporary file's 0o600
    write_atomically(tmp_path / "raw.bin", b"\x00\xff", force=False)
    assert (tmp_path / "raw.bin").read_bytes() == b"\x00\xff"
    assert only(tmp_path) == ["raw.bin", "report.md"]


def test_never_replaces_without_force(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD)
    with pytest.raises(FileExistsError):
        write_atomically(target, "new", force=False)
    assert target.read_text() == OLD
    assert only(tmp_path) == ["report.md"]
    dangling = tmp_path / "link.md"
    dangling.symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(FileExistsError):
        write_atomically(dangling, "new", force=False)
    assert not (tmp_path / "nowhere.md").exists()


def test_force_replaces_and_keeps_the_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD)
    target.chmod(0o640)
    write_atomically(target, "new", force=True)
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert only(tmp_path) == ["report.md"]


def test_a_read_only_file_or_a_folder_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD)
    target.chmod(0o444)
    with pytest.raises(PermissionError):
        write_atomically(target, "new", force=True)
    assert target.read_text() == OLD
    (tmp_path / "folder").mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path / "folder", "new", force=True)
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "report.md", "new", force=True)
    assert only(tmp_path) == ["folder", "report.md"]


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
@pytest.mark.parametrize("error", [OSError(28, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "ctrl-c"])
def test_a_failure_mid_write_leaves_the_old_file_whole_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, error: BaseException
) -> None:
    target = tmp_path / "report.md"
    target.write_text(OLD)

    def fail(*_: object) -> None:
        raise error

    if where == "write":
        class Broken(str):
            def encode(self, *_: object, **__: object) -> bytes:  # type: ignore[override]
                raise error

        data: str = Broken("new")
    else:
        data = "new"
        monkeypatch.setattr(files.os, where, fail)
    with pytest.raises(type(error)):
        write_atomically(target, data, force=True)
    assert target.read_text() == OLD
    assert only(tmp_path) == ["report.md"]


def test_a_file_that_appears_meanwhile_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.md"
    real_fsync = os.fsync

    def someone_else_writes(fd: int) -> None:
        real_fsync(fd)
        target.write_text(OLD)

    monkeypatch.setattr(files.os, "fsync", someone_else_writes)
    with pytest.raises(FileExistsError):
        write_atomically(target, "new", force=False)
    assert target.read_text() == OLD
    assert only(tmp_path) == ["report.md"]


def test_a_file_system_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "report.md"
    write_atomically(target, "new", force=False)
    assert target.read_text() == "new"
    with pytest.raises(FileExistsError):
        write_atomically(target, "newer", force=False)
    assert target.read_text() == "new"
    assert only(tmp_path) == ["report.md"]


# ---- compare -o --------------------------------------------------------------------------------


def compare(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["compare", *args, *SAMPLES])
    return result.exit_code, result.stderr


def test_compare_output_never_replaced_without_force(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text(OLD)
    code, err = compare("-o", str(out))
    assert code == ExitCode.BAD_INPUT
    assert err == f"quotecheck: error: {out} exists; use --force to overwrite it\n"
    assert out.read_text() == OLD
    code, err = compare("-o", str(out), "--force")
    assert code == ExitCode.OK, err
    assert out.read_text().startswith("# quotecheck: how the outlets differ")
    assert only(tmp_path) == ["report.md"]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "cannot write {out}: no folder {folder}"),
        (lambda p: p.mkdir(parents=True), "{out} is a folder; give a file name"),
        (lambda p: (p.parent.mkdir(), p.write_text(OLD), p.chmod(0o444)), "cannot write {out}: the file is read-only"),
    ],
    ids=["missing-folder", "a-folder", "read-only"],
)
def test_compare_output_that_cannot_be_written_is_one_line_exit_2(tmp_path: Path, setup: object,
                                                                  message: str) -> None:
    out = tmp_path / "sub" / "report.md"
    setup(out)  # type: ignore[operator]
    code, err = compare("-o", str(out), "--force")
    assert code == ExitCode.BAD_INPUT
    assert err == "quotecheck: error: " + message.format(out=out, folder=out.parent) + "\n"
    if out.is_file():
        assert out.read_text() == OLD


@pytest.mark.parametrize(
    ("error", "code", "stderr"),
    [
        (KeyboardInterrupt(), ExitCode.INTERRUPTED, "quotecheck: interrupted\n"),
        (OSError(28, "No space left on device"), ExitCode.BAD_INPUT,
         "quotecheck: error: cannot write {out}: No space left on device\n"),
    ],
    ids=["ctrl-c", "disk-full"],
)
def test_compare_interrupted_while_writing_leaves_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, code: int, stderr: str
) -> None:
    out = tmp_path / "report.md"
    out.write_text(OLD)

    def fail(*_: object) -> None:
        raise error

    monkeypatch.setattr(files.os, "replace", fail)
    got, err = compare("-o", str(out), "--force")
    assert (got, err) == (code, stderr.format(out=out))
    assert out.read_text() == OLD
    assert only(tmp_path) == ["report.md"]


def test_compare_interrupted_while_serialising_leaves_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.report.markdown as markdown

    out = tmp_path / "report.md"
    out.write_text(OLD)

    def interrupted(*_: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(markdown, "comparison_markdown", interrupted)
    assert compare("-o", str(out), "--force") == (ExitCode.INTERRUPTED, "quotecheck: interrupted\n")
    assert out.read_text() == OLD
    assert only(tmp_path) == ["report.md"]


# ---- the URL cache -----------------------------------------------------------------------------


def test_url_cache_entries_are_written_whole_and_refreshed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck.ingest import url

    url._write_cache(tmp_path, "k", "https://example.org/a", b"first", "text/html")
    url._write_cache(tmp_path, "k", "https://example.org/a", b"second", "text/html")  # a cache may refresh
    cached = url._read_cache(tmp_path, "k")
    assert cached is not None and cached.body == b"second"

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    url._write_cache(tmp_path, "k", "https://example.org/a", b"third", "text/html")  # a failed write costs a refetch
    cached = url._read_cache(tmp_path, "k")
    assert cached is not None and cached.body == b"second"
    assert only(tmp_path) == ["k.body", "k.json"]


# ---- the app's export --------------------------------------------------------------------------


def test_app_export_asks_before_replacing_and_reports_a_failure(tmp_path: Path) -> None:
    from textual.widgets import Input

    from quotecheck.tui.app import create_app
    from quotecheck.tui.screens.export import ConfirmScreen, ExportScreen

    target = tmp_path / "report.md"
    target.write_text(OLD)
    target.chmod(0o444)
    app = create_app(SAMPLES)

    async def main() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, ExportScreen)
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen)  # it exists: asked, not replaced
            assert target.read_text() == OLD
            await pilot.press("y")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()

    asyncio.run(main())
    assert target.read_text() == OLD  # read-only: refused even when confirmed
    assert f"cannot write {target}: the file is read-only" in app.notices
    assert only(tmp_path) == ["report.md"]
