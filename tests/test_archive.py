"""The archive (issue 17): build, incremental rebuild, resume, search, check --index, bad input."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quotecheck.archive import build_index, index_stats, open_index, search, verify_index
from quotecheck.cli import ExitCode, cli
from quotecheck.errors import InputError
from quotecheck.models import ClusterRelation, DiffOp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_texts import ADDED, CHANGED, DRAFT, write_archive

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
MAYOR = "We will build 4,000 homes on the old rail yards before the next election"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # no configuration file above
    return tmp_path


def rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (ids included), for comparing two builds."""
    from quotecheck.archive.store import register_functions

    con = sqlite3.connect(db)
    register_functions(con)
    try:
        tables = ["files", "articles", "texts", "terms", "printings"]
        out = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
        out["fts"] = indexed_terms(con)
        assert dict(out["fts"]) == dict(out["terms"])  # the full-text index holds exactly the terms counted
        con.execute("INSERT INTO texts_fts(texts_fts) VALUES ('integrity-check')")
        return out
    finally:
        con.close()


def indexed_terms(con: sqlite3.Connection) -> list[tuple[str, int]]:
    """(term, texts holding it) as the full-text index itself has them (fts5vocab)."""
    con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, texts_fts, row)")
    return sorted(con.execute("SELECT term, doc FROM temp.vocab").fetchall())


def content(db: Path) -> dict[str, set[tuple[Any, ...]]]:
    """What the index holds, ids left out (an incremental build numbers rows in another order)."""
    from quotecheck.archive.store import register_functions

    con = sqlite3.connect(db)
    register_functions(con)
    try:
        printings = set(con.execute(
            'SELECT f.path, p.start, p."end", p.line, p.text, p.speaker, t.norm FROM printings p '
            "JOIN files f ON f.id = p.file_id JOIN texts t ON t.id = p.text_id"
        ))
        texts = set(con.execute("SELECT hash, norm, printings FROM texts"))
        terms = set(con.execute("SELECT term, df FROM terms"))
        fts = set(indexed_terms(con))
        assert dict(fts) == dict(terms)  # the full-text index holds exactly the terms the frequency table counts
        files = set(con.execute("SELECT path, digest FROM files"))
        return {"printings": printings, "texts": texts, "terms": terms, "fts": fts, "files": files}
    finally:
        con.close()


def test_build_stores_every_quote_with_its_article(here: Path) -> None:
    write_archive(here / "arc")
    done = build_index(["arc"], "q.db")
    assert (done.listed, done.indexed, done.unchanged, done.removed, done.quotes) == (3, 3, 0, 0, 5)
    with open_index("q.db") as index:
        stats = index_stats(index)
        assert (stats.files, stats.articles, stats.printings, stats.texts) == (3, 3, 5, 5)
        dates = (str(stats.first), str(stats.last))
        assert (*dates, stats.outlets, stats.complete) == ("2024-03-01", "2024-03-09", 3, True)
        assert verify_index(index) == []
    con = sqlite3.connect("q.db")
    row = con.execute(
        'SELECT f.path, p.start, p."end", p.line, p.col, p.kind, p.speaker, p.cue, a.outlet, a.published '
        "FROM printings p JOIN files f ON f.id = p.file_id JOIN articles a ON a.id = p.article_id "
        "WHERE f.path = ? ORDER BY p.start LIMIT 1", (os.path.join("arc", "gazette.txt"),)
    ).fetchone()
    con.close()
    assert row == (os.path.join("arc", "gazette.txt"), 146, 192, 5, 70, "partial", "Jane Holloway", "said",
                   "Coast Gazette", "2024-03-05")


def test_search_lists_printings_earliest_first_with_drift(here: Path) -> None:
    write_archive(here / "arc")
    build_index(["arc"], "q.db")
    with open_index("q.db") as index:
        found = search(index, MAYOR)
    assert [(p.file, p.line, str(p.published), p.relation, p.earliest) for p in found] == [
        (os.path.join("arc", "echo.txt"), 6, "2024-03-01", ClusterRelation.VERBATIM, True),
        (os.path.join("arc", "gazette.txt"), 5, "2024-03-05", ClusterRelation.TRUNCATED, False),
        (os.path.join("arc", "ledger.txt"), 5, "2024-03-09", ClusterRelation.NEAR_VERBATIM, False),
    ]
    changed = [(c.op, c.old, c.new, c.reason) for c in found[2].diff if c.op is not DiffOp.EQUAL]
    assert changed == [(DiffOp.REPLACE, "4,000", "5,000", "number changed")]
    cut = [(c.op, c.old, c.reason) for c in found[1].diff if c.op is not DiffOp.EQUAL]
    assert cut == [(DiffOp.DELETE, "We will build 4,000 homes", "not quoted"),
                   (DiffOp.DELETE, "and every one of them will be affordable", "not quoted")]


def test_search_finds_a_query_with_words_changed_or_cut_to_its_middle(here: Path) -> None:
    write_archive(here / "arc")
    build_index(["arc"], "q.db")
    with open_index("q.db") as index:
        middle = search(index, "build 4,000 homes on the old rail", limit=1)
        changed = search(index, "We shall build 4,000 houses on the old rail yards before the next election", limit=1)
    assert [p.file for p in middle] == [os.path.join("arc", "echo.txt")]
    assert [p.file for p in changed] == [os.path.join("arc", "echo.txt")]


def test_search_filters_and_speaker_alone_newest_first(here: Path) -> None:
    write_archive(here / "arc")
    build_index(["arc"], "q.db")
    with open_index("q.db") as index:
        by_outlet = search(index, MAYOR, outlet="gazette")
        since = search(index, MAYOR, since=__import__("datetime").date(2024, 3, 6))
        said = search(index, None, speaker="Holloway")
        reddick = search(index, None, speaker="Tom Reddick")
    assert [p.outlet for p in by_outlet] == ["Coast Gazette"]
    assert [p.outlet for p in since] == ["Daily Ledger"]
    assert [(str(p.published), p.line) for p in said] == [("2024-03-09", 5), ("2024-03-05", 5), ("2024-03-01", 6),
                                                          ("2024-03-01", 7)]
    assert [p.text for p in reddick] == ["The numbers simply do not add up for the people of this city."]


def test_incremental_rebuild_reads_only_added_and_changed_files_and_drops_deleted(here: Path) -> None:
    echo, gazette, ledger = write_archive(here / "arc")
    build_index(["arc"], "q.db")
    gazette.unlink()
    (here / "arc" / "courier.txt").write_text(ADDED, encoding="utf-8")
    ledger.write_text(CHANGED.replace("5,000", "7,500"), encoding="utf-8")
    os.utime(echo, ns=(1, 1))  # touched, same bytes: not re-read
    done = build_index(["arc"], "q.db")
    assert (done.listed, done.indexed, done.unchanged, done.removed) == (3, 2, 1, 1)
    fresh = build_index(["arc"], "fresh.db")
    assert fresh.indexed == 3
    assert content(here / "q.db") == content(here / "fresh.db")
    with open_index("q.db") as index:
        gone = search(index, "on the old rail yards before the next election", outlet="gazette")
        assert [p.outlet for p in gone] == []
        assert verify_index(index) == []
    again = build_index(["arc"], "q.db")
    assert (again.indexed, again.unchanged, again.removed) == (0, 3, 0)


def test_a_killed_build_leaves_a_usable_index_and_the_next_run_resumes(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.archive.build as build

    write_archive(here / "arc")
    monkeypatch.setattr(build, "SHARD_FILES", 1)
    real = build.extract_shard
    calls: list[int] = []

    def dies_on_second(items: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(items)

    monkeypatch.setattr(build, "extract_shard", dies_on_second)
    with pytest.raises(KeyboardInterrupt):
        build_index(["arc"], "q.db")
    with open_index("q.db") as index:
        stats = index_stats(index)
        assert (stats.files, stats.printings, stats.complete) == (1, 2, False)
        assert [p.line for p in search(index, MAYOR)] == [6]
    monkeypatch.setattr(build, "extract_shard", real)
    done = build_index(["arc"], "q.db")
    assert (done.indexed, done.unchanged) == (2, 1)
    build_index(["arc"], "fresh.db")
    assert rows(here / "q.db") == rows(here / "fresh.db")
    with open_index("q.db") as index:
        assert index_stats(index).complete


def test_a_build_killed_while_writing_a_batch_keeps_the_batches_before_it(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.archive.build as build

    write_archive(here / "arc")
    monkeypatch.setattr(build, "SHARD_FILES", 2)
    real = build.write_file
    written: list[str] = []

    def dies_on_third(index: Any, rows: Any, size: Any, mtime: Any) -> int:
        written.append(rows.path)
        if len(written) == 3:
            raise KeyboardInterrupt
        return real(index, rows, size, mtime)

    monkeypatch.setattr(build, "write_file", dies_on_third)
    with pytest.raises(KeyboardInterrupt):
        build_index(["arc"], "q.db")
    with open_index("q.db") as index:
        assert (index_stats(index).files, index_stats(index).printings) == (2, 3)
    monkeypatch.setattr(build, "write_file", real)
    done = build_index(["arc"], "q.db")
    assert (done.indexed, done.unchanged) == (1, 2)
    build_index(["arc"], "fresh.db")
    assert rows(here / "q.db") == rows(here / "fresh.db")


def test_search_by_words_and_speaker(here: Path) -> None:
    write_archive(here / "arc")
    build_index(["arc"], "q.db")
    with open_index("q.db") as index:
        assert [p.line for p in search(index, "The numbers simply do not add up", speaker="Reddick")] == [6]
        assert search(index, "The numbers simply do not add up", speaker="Jane Holloway") == []


def test_an_unreadable_file_is_a_warning_and_leaves_the_index(here: Path) -> None:
    write_archive(here / "arc")
    build_index(["arc"], "q.db")
    (here / "arc" / "echo.txt").write_bytes(b"\x00" * 5000)  # binary now: not an article
    warnings: list[str] = []
    done = build_index(["arc"], "q.db", warn=warnings.append)
    assert (done.indexed, done.failed) == (0, 1)
    assert len(warnings) == 1 and warnings[0].startswith(os.path.join("arc", "echo.txt")), warnings
    with open_index("q.db") as index:
        assert index_stats(index).files == 2


def test_verify_names_changed_and_missing_files(here: Path) -> None:
    echo, gazette, _ = write_archive(here / "arc")
    build_index(["arc"], "q.db")
    echo.write_text(echo.read_text(encoding="utf-8").replace("Friday", "Thursday"), encoding="utf-8")
    gazette.unlink()
    with open_index("q.db") as index:
        problems = [(p.file, p.line, p.reason) for p in verify_index(index)]
    assert problems == [
        (os.path.join("arc", "echo.txt"), None, "changed since indexed; run quotecheck index build"),
        (os.path.join("arc", "gazette.txt"), None, "missing (deleted or moved since indexed)"),
    ]
    result = CliRunner().invoke(cli, ["index", "verify", "--db", "q.db"])
    assert result.exit_code == ExitCode.FINDINGS


def _statuses(out: str) -> list[tuple[int, str]]:
    return [(q["line"], q["status"]) for q in json.loads(out)["quotes"]]


def test_check_index_gives_the_verdicts_check_sources_gives_and_names_the_earliest(here: Path) -> None:
    write_archive(here / "arc")
    (here / "draft.md").write_text(DRAFT, encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(cli, ["index", "build", "arc", "--db", "q.db"])
    assert built.exit_code == 0, built.stderr
    by_index = runner.invoke(cli, ["check", "draft.md", "--index", "q.db", "--format", "json"])
    by_sources = runner.invoke(cli, ["check", "draft.md", "--sources", "arc", "--format", "json"])
    assert by_index.exit_code == by_sources.exit_code == ExitCode.FINDINGS
    assert _statuses(by_index.stdout) == _statuses(by_sources.stdout) == [
        (3, "verified"), (5, "misquote"), (7, "misattributed"), (9, "unverified"),
    ]
    quotes = json.loads(by_index.stdout)["quotes"]
    assert [q["source"]["file"] if q["source"] else None for q in quotes] == [
        q["source"]["file"] if q["source"] else None for q in json.loads(by_sources.stdout)["quotes"]
    ]
    earliest = [(q["earliest"]["file"], q["earliest"]["published"], q["earliest"]["outlet"])
                if "earliest" in q else None for q in quotes]  # fmt: skip
    assert earliest == [
        (os.path.join("arc", "echo.txt"), "2024-03-01", "Northern Echo"),
        (os.path.join("arc", "echo.txt"), "2024-03-01", "Northern Echo"),
        (os.path.join("arc", "ledger.txt"), "2024-03-09", "Daily Ledger"),
        None,
    ]
    text = runner.invoke(cli, ["check", "draft.md", "--index", "q.db"])
    first = f"    first:  {os.path.join('arc', 'echo.txt')}:6:28 (2024-03-01, Northern Echo, Jane Holloway)"
    assert first in text.stdout


def test_check_index_on_the_samples_equals_check_sources(here: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["index", "build", str(SAMPLES), "--db", "q.db"]).exit_code == 0
    draft = str(ROOT / "samples-drafts" / "errors.md")
    by_index = runner.invoke(cli, ["check", draft, "--index", "q.db", "--format", "json"])
    by_sources = runner.invoke(cli, ["check", draft, "--sources", str(SAMPLES), "--format", "json"])
    assert _statuses(by_index.stdout) == _statuses(by_sources.stdout)
    assert len(_statuses(by_index.stdout)) == 12


def test_cli_search_formats_and_config_index(here: Path) -> None:
    write_archive(here / "arc")
    (here / "quotecheck.toml").write_text('index = "store/archive.db"\n', encoding="utf-8")
    (here / "store").mkdir()
    runner = CliRunner()
    built = runner.invoke(cli, ["index", "build", "arc"])
    assert built.exit_code == 0, built.stderr
    assert (here / "store" / "archive.db").is_file()
    assert "indexed 3/3 files, 5 quotes" in built.stderr
    table = runner.invoke(cli, ["search", MAYOR])
    assert table.exit_code == 0
    assert table.stdout.splitlines()[7] == (
        "    diff: We will build [-4,000-]{+5,000+} homes on the old rail yards before "
        "the next election and every one of them will be affordable"
    )
    payload = json.loads(runner.invoke(cli, ["search", MAYOR, "--format", "json"]).stdout)
    assert [p["relation"] for p in payload["printings"]] == ["verbatim", "truncated", "near_verbatim"]
    markdown = runner.invoke(cli, ["search", MAYOR, "--format", "markdown"]).stdout
    assert markdown.splitlines()[0] == f"# Printings of “{MAYOR}”"
    stats = json.loads(runner.invoke(cli, ["index", "stats", "--format", "json"]).stdout)
    assert (stats["files"], stats["printings"]) == (3, 5)


def test_default_index_is_beside_the_archive(here: Path) -> None:
    write_archive(here / "news" / "arc")
    result = CliRunner().invoke(cli, ["index", "build", os.path.join("news", "arc")])
    assert result.exit_code == 0, result.stderr
    assert (here / "news" / "quotecheck.db").is_file()


# --- bad input: one line naming the file, exit 2, nothing overwritten ----------------------------------------


def _one_line_error(result: Any, name: str, words: str) -> None:
    assert result.exit_code == ExitCode.BAD_INPUT, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and words in lines[0], lines[0]


@pytest.mark.parametrize("command", [["search", "rail yards", "--db"], ["index", "stats", "--db"],
                                     ["index", "verify", "--db"], ["index", "build", "arc", "--db"]])
def test_a_corrupt_file_as_index_is_refused_and_left_alone(here: Path, command: list[str]) -> None:
    write_archive(here / "arc")
    junk = here / "junk.db"
    junk.write_bytes(b"these are not the pages of a database\n" * 200)
    before = junk.read_bytes()
    _one_line_error(CliRunner().invoke(cli, [*command, "junk.db"]), "junk.db", "not a quotecheck index")
    assert junk.read_bytes() == before


@pytest.mark.parametrize("command", [["search", "rail yards", "--db"], ["index", "build", "arc", "--db"]])
def test_a_foreign_sqlite_database_is_refused_and_left_alone(here: Path, command: list[str]) -> None:
    write_archive(here / "arc")
    con = sqlite3.connect(here / "shop.db")
    con.execute("CREATE TABLE customers (name TEXT)")
    con.execute("INSERT INTO customers VALUES ('a customer')")
    con.commit()
    con.close()
    before = (here / "shop.db").read_bytes()
    _one_line_error(CliRunner().invoke(cli, [*command, "shop.db"]), "shop.db", "not a quotecheck index")
    assert (here / "shop.db").read_bytes() == before


@pytest.mark.parametrize("command", [["search", "rail yards", "--db", "none.db"], ["index", "stats", "--db", "none.db"],
                                     ["check", "draft.md", "--index", "none.db"]])
def test_a_missing_index_is_one_line_and_not_created(here: Path, command: list[str]) -> None:
    (here / "draft.md").write_text(DRAFT, encoding="utf-8")
    _one_line_error(CliRunner().invoke(cli, command), "none.db", "no index here")
    assert not (here / "none.db").exists()


@pytest.mark.parametrize("command", [["search", "rail yards", "--db", "q.db"],
                                     ["index", "build", "arc", "--db", "q.db"]])
def test_a_locked_index_is_one_line(here: Path, command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import quotecheck.archive.store as store

    write_archive(here / "arc")
    build_index(["arc"], "q.db")
    (here / "arc" / "courier.txt").write_text(ADDED, encoding="utf-8")  # so the build has something to write
    monkeypatch.setattr(store, "BUSY_SECONDS", 0.05)
    holder = sqlite3.connect(here / "q.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        _one_line_error(CliRunner().invoke(cli, command), "q.db", "locked by another process")
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_index_build_refuses_stdin_and_missing_paths(here: Path) -> None:
    _one_line_error(CliRunner().invoke(cli, ["index", "build", "-", "--db", "q.db"]), "-", "not stdin")
    _one_line_error(CliRunner().invoke(cli, ["index", "build", "gone", "--db", "q.db"]), "gone", "no such file")
    assert not (here / "q.db").exists()


def test_open_index_error_names_the_file(here: Path) -> None:
    with pytest.raises(InputError, match=r"^nothing\.db: no index here"):
        open_index("nothing.db")


def test_no_fts5_is_one_line_naming_the_index(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quotecheck.archive.store as store

    write_archive(here / "arc")
    monkeypatch.setattr(store, "fts5_available", lambda: False)
    _one_line_error(CliRunner().invoke(cli, ["index", "build", "arc", "--db", "q.db"]), "q.db", "has no FTS5")
    assert not (here / "q.db").exists()


def test_a_file_that_cannot_be_hashed_is_a_warning_not_the_end_of_the_build(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.ingest.files as files

    write_archive(here / "arc")
    real = files.read_file_bytes

    def refuses_echo(path: str, *args: Any) -> bytes:
        if path.endswith("echo.txt"):
            raise InputError(path, "file too large (51 MB; limit 50 MB)")
        return real(path, *args)

    monkeypatch.setattr(files, "read_file_bytes", refuses_echo)
    warnings: list[str] = []
    done = build_index(["arc"], "q.db", warn=warnings.append)
    assert (done.indexed, done.failed, done.quotes) == (2, 1, 3)
    assert warnings == [f"{os.path.join('arc', 'echo.txt')}: file too large (51 MB; limit 50 MB)"]


def test_index_build_dot_writes_the_index_in_the_working_folder_and_skips_it(here: Path) -> None:
    write_archive(here)
    runner = CliRunner()
    assert runner.invoke(cli, ["index", "build", "."]).exit_code == 0
    assert (here / "quotecheck.db").is_file()
    again = runner.invoke(cli, ["index", "build", "."])
    assert again.exit_code == 0, again.stderr
    assert "0 files indexed" in again.stderr and "3 unchanged" in again.stderr


def test_workers_without_dask_installed_is_one_line(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_archive(here / "arc")
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as when the extra is not installed
    result = CliRunner().invoke(cli, ["index", "build", "arc", "--db", "q.db", "--workers", "2"])
    _one_line_error(result, "quotecheck[dask]", "need Dask")
    assert not (here / "q.db").exists()
