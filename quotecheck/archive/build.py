"""Building the index: list the files, skip the unchanged, extract the rest (here or on Dask), write in batches.

    build_index(paths, db, *, workers=None, dask_address=None, progress=None, warn=None) -> BuildSummary

A file is re-read only when its content hash changed (size and modification time unchanged: not even read);
files gone from disk, or from a folder given, are removed. Each batch of files is one transaction, so a build
that is killed leaves a usable index and the next build carries on where it stopped. Extraction runs in this
process, or on Dask (``workers``: a local cluster of processes on 127.0.0.1; ``dask_address``: a running
scheduler) with one task per shard of files; tasks return rows and this process writes them in listing
order, so every build of the same files gives the same rows.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any

from quotecheck.archive.rows import FileRows, extract_shard, file_digest
from quotecheck.archive.store import Index, create_or_open, indexed_files, remove_file, write_file
from quotecheck.errors import UsageError
from quotecheck.models import BuildSummary

__all__ = [
    "SHARD_FILES", "BuildProgress", "build_index", "check_paths_exist", "default_db", "display_path", "full_path",
    "stored_path",
]

SHARD_FILES = 16
"""Files per task (and per transaction)."""
IN_FLIGHT_PER_WORKER = 3
"""Shards queued on a cluster per worker: enough to keep every worker busy, few enough to bound memory."""

Warn = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class BuildProgress:
    """How far a build is: what ``progress`` is called with after every batch."""

    done: int
    """Files extracted so far in this run."""
    total: int
    """Files to extract in this run (new or changed)."""
    quotes: int
    """Quotes stored so far in this run."""
    elapsed: float
    """Seconds since extraction started."""

    @property
    def rate(self) -> float:
        """Files per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far (None before the first batch)."""
        return (self.total - self.done) / self.rate if self.rate > 0 else None


def _is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def stored_path(index: Index, path: str) -> str:
    """How the index names ``path``: relative to the index's folder when under it (so the index can be read
    from any working folder or moved with its archive), else absolute; URLs as they are."""
    if _is_url(path):
        return path
    full = os.path.abspath(path)
    base = os.path.dirname(os.path.abspath(index.db))
    rel = os.path.relpath(full, base)
    return full if rel.startswith(os.pardir) else rel


def full_path(index: Index, stored: str) -> str:
    if _is_url(stored) or os.path.isabs(stored):
        return stored
    return os.path.join(os.path.dirname(os.path.abspath(index.db)), stored)


def display_path(db: str, stored: str) -> str:
    """An indexed path as the user would type it here: relative to the working folder when under it."""
    if _is_url(stored):
        return stored
    full = stored if os.path.isabs(stored) else os.path.join(os.path.dirname(os.path.abspath(db)), stored)
    rel = os.path.relpath(full)
    return full if rel.startswith(os.pardir) else rel


def _list(paths: Sequence[str], db: str, warn: Warn) -> tuple[list[str], list[str]]:
    """(every file and URL under ``paths``, in order; the absolute folders and files given)."""
    from quotecheck.ingest.files import SkipWarnings, os_error, walk_folder

    skip = {os.path.abspath(db), os.path.abspath(db) + "-journal"}
    found: dict[str, None] = {}
    roots: list[str] = []
    for path in paths:
        if path == "-":
            raise UsageError("index build reads files, folders and URLs, not stdin (-)")
        if _is_url(path):
            found[path] = None
            continue
        if not os.path.exists(path):
            raise os_error(path, FileNotFoundError(path))
        roots.append(os.path.abspath(path))
        if os.path.isdir(path):
            skipped = SkipWarnings(path, warn)
            for file in walk_folder(path, skipped):
                if os.path.abspath(file) not in skip:
                    found[file] = None
            skipped.finish()
        else:
            found[path] = None
    return list(found), roots


def _under(full: str, roots: Sequence[str]) -> bool:
    return any(full == r or full.startswith(r.rstrip(os.sep) + os.sep) for r in roots)


@dataclass(slots=True)
class _Plan:
    todo: list[tuple[str, str, int | None, int | None]]  # stored path, digest, size, mtime_ns
    unchanged: int
    removed: list[str]
    touched: list[tuple[str, int, int]]  # stored path, size, mtime_ns: same content, new mtime
    unreadable: list[str]  # one line each: files that cannot even be hashed (too large, permission denied)


def _plan(index: Index, listed: Sequence[str], roots: Sequence[str]) -> _Plan:
    from quotecheck.errors import InputError
    from quotecheck.ingest.files import os_error, read_file_bytes

    known = indexed_files(index)
    plan = _Plan([], 0, [], [], [])
    seen: set[str] = set()
    for path in listed:
        key = stored_path(index, path)
        seen.add(key)
        if _is_url(path):
            plan.todo.append((key, "", None, None))
            continue
        old = known.get(key)
        try:
            info = os.stat(path)
            if old is not None and old[1] == info.st_size and old[2] == info.st_mtime_ns:
                plan.unchanged += 1
                continue
            digest = file_digest(read_file_bytes(path))
        except OSError as exc:
            plan.unreadable.append(str(os_error(path, exc)))
            continue
        except InputError as exc:
            plan.unreadable.append(str(exc))
            continue
        if old is not None and old[0] == digest:
            plan.unchanged += 1
            plan.touched.append((key, info.st_size, info.st_mtime_ns))
            continue
        plan.todo.append((key, digest, info.st_size, info.st_mtime_ns))
    for key in known:
        if key in seen or _is_url(key):
            continue
        full = full_path(index, key)
        if _under(full, roots) or not os.path.exists(full):
            plan.removed.append(key)
    return plan


def _shards(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _run_local(shards: list[list[tuple[str, str]]]) -> Generator[list[FileRows], None, None]:
    for shard in shards:
        yield extract_shard(shard)


def _require_dask() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError as exc:
        raise UsageError("--workers and --dask need Dask: pip install 'quotecheck[dask]'") from exc


def _dask_client(workers: int | None, address: str | None) -> Any:
    _require_dask()
    import logging

    from dask.distributed import Client, LocalCluster

    if address:
        try:
            return Client(address, timeout=10)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(f"--dask {address}: cannot reach the scheduler ({exc})") from exc
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers or 1, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
        silence_logs=logging.ERROR,
    )  # fmt: skip
    return Client(cluster)  # type: ignore[no-untyped-call]


def _run_dask(
    shards: list[list[tuple[str, str]]], workers: int | None, address: str | None
) -> Generator[list[FileRows], None, None]:
    """Shards extracted on Dask, yielded in order, a bounded number queued at a time."""
    client = _dask_client(workers, address)
    try:
        slots = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1)) * IN_FLIGHT_PER_WORKER
        queued: list[Any] = []
        pending = iter(shards)
        for shard in pending:
            queued.append(client.submit(extract_shard, shard, pure=False))
            if len(queued) >= slots:
                break
        while queued:
            result = queued.pop(0).result()
            nxt = next(pending, None)
            if nxt is not None:
                queued.append(client.submit(extract_shard, nxt, pure=False))
            yield result
    finally:
        cluster = client.cluster
        client.close()
        if cluster is not None and not address:
            cluster.close()


def _absolute(index: Index, rows: FileRows, key: str) -> FileRows:
    """Rows whose article paths name the file as the index does (the worker read it by its full path)."""
    from dataclasses import replace

    full = full_path(index, key)
    articles = tuple(replace(a, path=key + a.path[len(full):] if a.path.startswith(full) else a.path)
                     for a in rows.articles)  # fmt: skip
    return replace(rows, path=key, articles=articles)


def build_index(
    paths: Sequence[str],
    db: str,
    *,
    workers: int | None = None,
    dask_address: str | None = None,
    progress: Callable[[BuildProgress], None] | None = None,
    warn: Warn | None = None,
) -> BuildSummary:
    """Index every quote of ``paths`` (files, folders, URLs) into ``db``, incrementally (see the module)."""
    say: Warn = warn or (lambda message: None)
    started = time.perf_counter()
    if dask_address is not None or (workers is not None and workers > 1):
        _require_dask()  # before the index is touched
    listed, roots = _list(paths, db, say)
    with create_or_open(db) as index:
        try:
            return _build(index, listed, roots, workers, dask_address, progress, say, started)
        except sqlite3.Error as exc:
            raise index.error(exc) from exc


def _build(
    index: Index, listed: list[str], roots: list[str], workers: int | None, dask_address: str | None,
    progress: Callable[[BuildProgress], None] | None, warn: Warn, started: float,
) -> BuildSummary:
    plan = _plan(index, listed, roots)
    for message in plan.unreadable:
        warn(message)
    con = index.con
    con.execute("BEGIN IMMEDIATE")
    index.set_meta("complete", "0")
    for key in plan.removed:
        remove_file(index, key)
    con.executemany("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", ((s, m, k) for k, s, m in plan.touched))
    con.execute("COMMIT")
    sizes = {key: (size, mtime) for key, _, size, mtime in plan.todo}
    shards = _shards([(full_path(index, key), digest) for key, digest, _, _ in plan.todo], SHARD_FILES)
    keys = iter([key for key, _, _, _ in plan.todo])
    parallel = dask_address is not None or (workers is not None and workers > 1)
    results = _run_dask(shards, workers, dask_address) if parallel and shards else _run_local(shards)
    done = quotes = 0
    failed = len(plan.unreadable)
    t0 = time.perf_counter()
    try:
        for shard_rows in results:
            con.execute("BEGIN IMMEDIATE")
            for rows in shard_rows:
                stored = _write(index, rows, next(keys), sizes, warn)
                failed += stored is None
                quotes += stored or 0
            con.execute("COMMIT")
            done += len(shard_rows)
            if progress is not None:
                progress(BuildProgress(done, len(plan.todo), quotes, time.perf_counter() - t0))
    finally:
        results.close()  # a cluster this build started stops with it, whatever happened
    con.execute("BEGIN IMMEDIATE")
    index.set_meta("complete", "1")
    con.execute("COMMIT")
    return BuildSummary(
        db=index.db, listed=len(listed), indexed=len(plan.todo) - failed + len(plan.unreadable),
        unchanged=plan.unchanged,
        removed=len(plan.removed), failed=failed, quotes=quotes, seconds=time.perf_counter() - started,
    )  # fmt: skip


def _write(
    index: Index, rows: FileRows, key: str, sizes: dict[str, tuple[int | None, int | None]], warn: Warn
) -> int | None:
    """Store one file's rows (inside the batch's transaction): the quotes stored, None when it was unreadable."""
    full, shown = full_path(index, key), display_path(index.db, key)
    for message in rows.warnings:
        warn(message.replace(full, shown))  # the worker read the file by its full path; name it as the user does
    if rows.error is not None:
        warn(rows.error.replace(full, shown))
        remove_file(index, key)  # what it held before no longer stands for it
        return None
    named = _absolute(index, rows, key)
    if _is_url(key):
        named = _with_url_digest(named)
        same = "SELECT 1 FROM files WHERE path = ? AND digest = ?"
        if index.con.execute(same, (key, named.digest)).fetchone():
            return 0
    size, mtime = sizes[key]
    return write_file(index, named, size, mtime)


def _with_url_digest(rows: FileRows) -> FileRows:
    """A URL's rows with a digest of what was read (a page has no file to hash before it is fetched)."""
    from dataclasses import replace

    parts = [f"{a.path}\0{a.headline}\0" + "\0".join(q.text for q in a.quotes) for a in rows.articles]
    return replace(rows, digest=file_digest("\n".join(parts).encode("utf-8")))


def default_db(paths: Sequence[str]) -> str:
    """``quotecheck.db`` beside the archive: in the folder holding the folders and files given (the working
    folder when one of them holds it: ``index build .`` writes ./quotecheck.db, which the build skips)."""
    here = os.getcwd()
    local = [os.path.abspath(p) for p in paths if not _is_url(p) and p != "-"]
    if not local or any(_under(here, [p]) for p in local):
        return os.path.join(here, "quotecheck.db")
    folder = os.path.commonpath([os.path.dirname(p) for p in local])
    return os.path.join(folder, "quotecheck.db")


def check_paths_exist(paths: Sequence[str]) -> None:
    """InputError for the first local path that does not exist (before an index file is created)."""
    from quotecheck.ingest.files import os_error

    for path in paths:
        if path != "-" and not _is_url(path) and not os.path.exists(path):
            raise os_error(path, FileNotFoundError(path))

