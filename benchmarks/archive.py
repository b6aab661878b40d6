"""The archive (issue 17): build rate, index size, search latency and recall, ``check --index`` wall time.

    python benchmarks/archive.py                      # 1,500 articles; 10^5 and 10^6 stored quotes
    python benchmarks/archive.py --articles 400 --sizes 100000 --json

1. Build: ``--articles`` generated ~800-word articles (``benchmarks/extract.py``'s corpus) written to a temporary
   folder, indexed by ``build_index`` in one process (1 worker) and on a running Dask LocalCluster of 2 processes
   (``--dask ADDRESS``), best of ``--repeat`` alternating runs of each; the rate of ``--workers 2``, cluster
   start-up included, is given too, and the speed-up a plain ProcessPoolExecutor(2) gets from the same
   extraction (what the machine allows). The indexes must hold the same rows. Index size per 1,000
   articles is the one-process index file's size.
2. Search: for each size in ``--sizes``, an index of that many quotes GENERATED STRAIGHT INTO THE INDEX (no
   article text is extracted: rows are bulk-inserted into the same tables a build writes, ~20 quotes per
   synthetic article, one text in ten reprinted elsewhere, Zipf-distributed words with function words among
   them), then 200 queries made from stored quotes: one word changed, two words changed, cut to their middle, or
   with an ellipsis cut. Latency is ``search()`` end to end (FTS5 candidates, rapidfuzz re-ranking, printings,
   word diffs), median and p95; recall@10 is the share of queries whose source quote is among the printings of
   the 10 best texts.
3. ``check --index``: the real ``quotecheck check samples-drafts/errors.md --index FILE`` in a fresh interpreter,
   wall time start-up included (median of 5), against the largest index with the samples indexed into it.

Targets (issue 17): median < 50 ms and p95 < 200 ms with recall@10 >= 0.95 at 10^6; check --index < 1 s;
2-worker build >= 1.6x the 1-worker rate. Exit 1 when one is missed.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _installed import installed_env  # noqa: E402
from extract import make_corpus  # noqa: E402

TARGET_MEDIAN_MS = 50.0
TARGET_P95_MS = 200.0
TARGET_RECALL = 0.95
TARGET_CHECK_S = 1.0
TARGET_SPEEDUP = 1.6
QUERIES = 200
QUOTES_PER_ARTICLE = 20
DRAFT = "samples-drafts/errors.md"

# ---- 1. build --------------------------------------------------------------------------------------


def measure_build(articles: int, seed: int, workdir: Path, repeat: int) -> dict[str, Any]:
    """Best of ``repeat`` alternating one-process and 2-worker builds (the machine may be shared: the best run
    is the one least disturbed)."""
    import logging

    from dask.distributed import LocalCluster

    from quotecheck.archive import build_index

    folder = workdir / "corpus"
    folder.mkdir()
    for i, text in enumerate(make_corpus(articles, seed)):
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    t0 = time.perf_counter()
    started = build_index([str(folder)], str(workdir / "started.db"), workers=2)  # --workers 2: cluster start-up in
    started_s = time.perf_counter() - t0
    ones: list[float] = []
    twos: list[float] = []
    quotes = 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:  # fmt: skip
        warm = workdir / "warm"  # a running cluster has imported quotecheck already: warm it with a small build
        warm.mkdir()
        for name in sorted(os.listdir(folder))[:40]:
            shutil.copy(folder / name, warm / name)
        build_index([str(warm)], str(workdir / "warm.db"), dask_address=cluster.scheduler_address)
        for r in range(repeat):
            one = build_index([str(folder)], str(workdir / f"one-{r}.db"))
            two = build_index([str(folder)], str(workdir / f"two-{r}.db"), dask_address=cluster.scheduler_address)
            ones.append(one.seconds)
            twos.append(two.seconds)
            quotes = one.quotes
    same = _rows(workdir / "one-0.db") == _rows(workdir / "two-0.db") == _rows(workdir / "started.db")
    size = os.path.getsize(workdir / "one-0.db")
    return {
        "articles": articles, "quotes": quotes, "repeat": repeat, "indexed_with_start": started.indexed,
        "rate_1": round(articles / min(ones), 1), "rate_2": round(articles / min(twos), 1),
        "rate_2_with_start": round(articles / started_s, 1),
        "speedup": round(min(ones) / min(twos), 2), "same_rows": same, "pool_speedup": _pool_speedup(folder, repeat),
        "mb_per_1000_articles": round(size / articles * 1000 / 1e6, 2),
    }  # fmt: skip


def _pool_speedup(folder: Path, repeat: int) -> float:
    """What this machine gives two processes: the same extraction on a plain ProcessPoolExecutor(2), no Dask,
    no index (the ceiling for any 2-worker build here), best of ``repeat`` each."""
    from concurrent.futures import ProcessPoolExecutor

    from quotecheck.archive.rows import extract_shard

    files = sorted(str(folder / name) for name in os.listdir(folder))
    shards = [[(f, "") for f in files[i : i + 16]] for i in range(0, len(files), 16)]
    ones, twos = [], []
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(extract_shard, shards[:2]))  # warm: imports in both processes
        for _ in range(repeat):
            t0 = time.perf_counter()
            for shard in shards:
                extract_shard(shard)
            ones.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            list(pool.map(extract_shard, shards))
            twos.append(time.perf_counter() - t0)
    return round(min(ones) / min(twos), 2)


def _rows(db: Path) -> list[Any]:
    import sqlite3

    con = sqlite3.connect(db)
    out = [sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
           for t in ("files", "articles", "texts", "terms", "printings")]  # fmt: skip
    con.close()
    return out


# ---- 2. generated quotes straight into the index ---------------------------------------------------------


def _vocabulary(rng: random.Random, n: int) -> list[str]:
    syllables = [a + b for a in "bdfgklmnprstvz" for b in "aeiou"] + ["ar", "el", "in", "on", "ul", "est", "ant"]
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 3, 3, 4)))))
    return sorted(words)


FUNCTION = ("the a to of and in that we is it for on be this will not are have with as they our but at "
            "from by an was or what there all can has would people I been more do so about if").split()


class Generator:
    """Quotes of 8 to 40 words: function words about 40% of the time, else Zipf-distributed content words."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng, 30000)
        weights = [1 / (k + 1) ** 1.05 for k in range(len(self.vocab))]
        total = sum(weights)
        self.cum = list(itertools.accumulate(w / total for w in weights))

    def word(self) -> str:
        if self.rng.random() < 0.4:
            return self.rng.choice(FUNCTION)
        return self.vocab[min(len(self.vocab) - 1, bisect.bisect_left(self.cum, self.rng.random()))]

    def quote(self) -> str:
        return " ".join(self.word() for _ in range(self.rng.randint(8, 40)))


def fill(db: str, quotes: int, seed: int) -> list[tuple[int, str]]:
    """Bulk-insert ``quotes`` generated printings into the index at ``db`` (created if need be); the
    (printing id, text) of each, for queries."""
    from quotecheck.archive import create_or_open
    from quotecheck.archive.rows import shingles, text_hash
    from quotecheck.words import spelling_key

    gen = Generator(seed)
    with create_or_open(db) as index:
        con = index.con
        con.execute("BEGIN")
        first_file = int(con.execute("SELECT coalesce(max(id), 0) FROM files").fetchone()[0]) + 1
        first_text = int(con.execute("SELECT coalesce(max(id), 0) FROM texts").fetchone()[0]) + 1
        first_printing = int(con.execute("SELECT coalesce(max(id), 0) FROM printings").fetchone()[0]) + 1
        n_files = -(-quotes // QUOTES_PER_ARTICLE)
        con.executemany("INSERT INTO files(id, path, digest) VALUES (?, ?, '')",
                        ((first_file + k, f"synthetic/{seed}/{k}.txt") for k in range(n_files)))  # fmt: skip
        con.executemany(
            "INSERT INTO articles(id, file_id, ordinal, path, source_format, outlet, published) VALUES "
            "(?, ?, 0, ?, 'text', ?, ?)",
            ((first_file + k, first_file + k, f"synthetic/{seed}/{k}.txt", f"Outlet {k % 40}",
              f"20{10 + k % 15:02d}-{1 + k % 12:02d}-{1 + k % 28:02d}") for k in range(n_files)),
        )  # fmt: skip
        texts: list[tuple[int, str, str, int]] = []
        printings: list[tuple[Any, ...]] = []
        df: Counter[str] = Counter()
        made: list[tuple[int, str]] = []
        for q in range(quotes):
            if texts and gen.rng.random() < 0.1:  # a reprint of an earlier text
                text_id, _, norm, _ = texts[gen.rng.randrange(len(texts))]
                text = norm
            else:
                text = gen.quote()
                norm = " ".join(spelling_key(w) for w in text.lower().split())
                terms = shingles(norm)
                df.update(terms)
                text_id = first_text + len(texts)
                texts.append((text_id, text_hash(norm), norm, 0))
            file_id = first_file + q // QUOTES_PER_ARTICLE
            pid = first_printing + q
            printings.append((pid, text_id, file_id, file_id, q * 300, q * 300 + len(text), 1 + q % 50, 1, text,
                              "full", f"Speaker {q % 997}", f"speaker {q % 997}"))  # fmt: skip
            made.append((pid, text))
        counts = Counter(p[1] for p in printings)
        con.executemany("INSERT INTO texts(id, hash, norm, printings) VALUES (?, ?, ?, ?)",
                        ((t[0], t[1], t[2], counts[t[0]]) for t in texts))  # fmt: skip
        fts = "INSERT INTO texts_fts(rowid, terms) SELECT id, terms FROM texts_terms WHERE id >= ?"
        con.execute(fts, (first_text,))
        upsert = "INSERT INTO terms(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df"
        con.executemany(upsert, df.items())
        con.executemany(
            'INSERT INTO printings(id, text_id, article_id, file_id, start, "end", line, col, text, kind, speaker, '
            "speaker_key, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", printings,
        )  # fmt: skip
        index.set_meta("complete", "1")
        con.execute("COMMIT")
    return made


def make_query(rng: random.Random, gen: Generator, text: str) -> tuple[str, str]:
    words = text.split()
    how = rng.choice(("one word changed", "two words changed", "cut to the middle", "ellipsis cut"))
    if how.endswith("changed"):
        for _ in range(1 if how.startswith("one") else 2):
            words[rng.randrange(len(words))] = gen.word()
    elif how == "cut to the middle":
        keep = max(5, len(words) // 2)
        start = rng.randrange(0, len(words) - keep + 1)
        words = words[start : start + keep]
    else:
        cut = max(1, len(words) // 4)
        start = rng.randrange(2, len(words) - cut - 1)
        words = [*words[:start], "...", *words[start + cut :]]
    return how, " ".join(words)


def measure_search(db: str, made: list[tuple[int, str]], seed: int) -> dict[str, Any]:
    from quotecheck.archive import open_index, search

    rng = random.Random(seed + 1)
    gen = Generator(seed + 2)
    picks = [made[rng.randrange(len(made))] for _ in range(QUERIES)]
    times: list[float] = []
    hits = 0
    by_kind: Counter[str] = Counter()
    kind_hits: Counter[str] = Counter()
    with open_index(db) as index:
        search(index, picks[0][1])  # warm-up: imports, page cache
        for pid, text in picks:
            how, query = make_query(rng, gen, text)
            t0 = time.perf_counter()
            found = search(index, query, limit=10)
            times.append(time.perf_counter() - t0)
            wanted = set(index.con.execute(
                "SELECT f.path, p.start FROM printings p JOIN files f ON f.id = p.file_id WHERE p.text_id = "
                "(SELECT text_id FROM printings WHERE id = ?)", (pid,)
            ).fetchall())  # fmt: skip
            ok = any(p.file.endswith(path) and p.span.start == start for p in found for path, start in wanted)
            hits += ok
            by_kind[how] += 1
            kind_hits[how] += ok
    times.sort()
    return {
        "median_ms": round(statistics.median(times) * 1000, 1),
        "p95_ms": round(times[int(0.95 * len(times)) - 1] * 1000, 1),
        "recall_at_10": round(hits / len(picks), 3),
        "recall_by_kind": {k: round(kind_hits[k] / by_kind[k], 3) for k in sorted(by_kind)},
        "bytes": os.path.getsize(db),
    }


# ---- 3. check --index ------------------------------------------------------------------------------------


def measure_check(db: str, runs: int = 5) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "quotecheck", "check", DRAFT, "--index", db, "--format", "json"]
    env = installed_env()
    subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False)  # warm-up (bytecode, page cache)
    times = []
    proc = None
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - t0)
    assert proc is not None
    statuses = Counter(q["status"] for q in json.loads(proc.stdout)["quotes"]) if proc.stdout else {}
    return {"check_wall_s": round(statistics.median(times), 3), "check_statuses": dict(statuses)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1500, help="generated articles to build (default 1,500)")
    parser.add_argument("--sizes", default="100000,1000000", help="stored quotes for the search figures")
    parser.add_argument("--seed", type=int, default=20240915)
    parser.add_argument("--repeat", type=int, default=3, help="builds of each kind; the best is kept (default 3)")
    parser.add_argument("--skip-build", action="store_true", help="search and check figures only")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    result: dict[str, Any] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    import sqlite3

    result["sqlite"] = sqlite3.sqlite_version
    work = Path(tempfile.mkdtemp(prefix="quotecheck-archive-bench-"))
    try:
        if not args.skip_build:
            result["build"] = measure_build(args.articles, args.seed, work, args.repeat)
        result["search"] = {}
        for n in sizes:
            db = str(work / f"search-{n}.db")
            from quotecheck.archive import build_index

            build_index([str(ROOT / "samples")], db)  # the real samples first, for check --index
            t0 = time.perf_counter()
            made = fill(db, n, args.seed)
            filled = time.perf_counter() - t0
            figures = measure_search(db, made, args.seed)
            figures["fill_s"] = round(filled, 1)
            result["search"][str(n)] = figures
        if sizes:
            result["check"] = measure_check(str(work / f"search-{max(sizes)}.db"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ok = _verdicts(result, max(sizes) if sizes else None)
    print(json.dumps(result) if args.json else _table(result))
    return 0 if all(ok.values()) else 1


def _verdicts(result: dict[str, Any], top: int | None) -> dict[str, bool]:
    ok: dict[str, bool] = {}
    if "build" in result:
        ok["speedup"] = result["build"]["speedup"] >= TARGET_SPEEDUP and result["build"]["same_rows"]
    if top is not None:
        s = result["search"][str(top)]
        ok["median"] = s["median_ms"] < TARGET_MEDIAN_MS
        ok["p95"] = s["p95_ms"] < TARGET_P95_MS
        ok["recall"] = s["recall_at_10"] >= TARGET_RECALL
        ok["check"] = result["check"]["check_wall_s"] < TARGET_CHECK_S
    result["ok"] = ok
    return ok


def _table(result: dict[str, Any]) -> str:
    lines = [f"quotecheck archive benchmark: python {result['python']}, SQLite {result['sqlite']}, "
             f"{result['cpus']} CPUs"]  # fmt: skip
    b = result.get("build")
    if b:
        lines.append(f"build        {b['articles']} articles, {b['quotes']} quotes: 1 worker {b['rate_1']} articles/s, "
                     f"2 Dask workers {b['rate_2']} articles/s ({b['speedup']}x; same rows: {b['same_rows']}); "
                     f"--workers 2 with cluster start-up {b['rate_2_with_start']} articles/s; "
                     f"this machine's 2-process ceiling {b['pool_speedup']}x")
        lines.append(f"index size   {b['mb_per_1000_articles']} MB per 1,000 articles")
    for n, s in result.get("search", {}).items():
        lines.append(f"search {int(n):>9,} quotes: median {s['median_ms']} ms, p95 {s['p95_ms']} ms, "
                     f"recall@10 {s['recall_at_10']} {s['recall_by_kind']}, {s['bytes'] / 1e6:.0f} MB, "
                     f"generated in {s['fill_s']} s")
    if "check" in result:
        c = result["check"]
        lines.append(f"check --index  {c['check_wall_s']} s wall, start-up included ({c['check_statuses']})")
    lines.append("targets      " + ", ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in result["ok"].items()))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
