"""The terminal app: time to the first full screen, and no pipeline work on the UI thread.

    python benchmarks/tui.py [--runs 5] [--json] [PATH...]        (default: samples/*.txt)

1. **First full screen** (target < 1.5 s): ``python -m quotecheck PATH...`` runs in a pseudo-terminal of
   100x30, as a user starts it; the clock runs from the spawn until the terminal has received the
   first frame with data in it (the quote-cluster detail, "diff against ..."), so interpreter start-up,
   imports, reading, extraction, ``compare`` and drawing all count. Median of ``--runs`` runs after one
   untimed warm-up. The CLI forks the loading into a child process before Textual is imported
   (``tui.data.Prefetch``), so that figure includes it. Also timed in process, headless
   (``App.run_test``), from ``create_app`` to ``QuotecheckApp.ready_at``, loading in a worker thread.
2. **Moving between clusters** (target: no pipeline call on the UI thread): the pipeline's entry points
   (``load_articles``, ``extract_quotes``, ``compare``, ``word_diff``, ``reference_diffs``,
   ``build_dataset``) are wrapped to record the thread they run on; the app then loads, moves down and
   up every cluster, changes the reference outlet (``r``), moves again and switches event. Any call
   on the main thread fails the check. Each move's latency (key press to a settled screen) is reported.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import fcntl
import glob
import json
import os
import pty
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout, installed or not
sys.path.insert(0, str(ROOT / "benchmarks"))
from _installed import installed_env  # noqa: E402

MARKER = b"diff against"
"""Text that reaches the terminal only once a cluster's detail, hence the whole first screen, is drawn."""


def first_screen_pty(paths: list[str], timeout: float = 30.0) -> float:
    """Seconds from spawning the app in a 100x30 pseudo-terminal to the first frame with data."""
    env = installed_env({"TERM": "xterm-256color"})  # in the parent: every run shares one bytecode cache
    pid, fd = pty.fork()
    if pid == 0:  # the child: the app, as a user runs it
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "quotecheck", *paths], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    start = time.perf_counter()
    seen = b""
    elapsed = float("nan")
    try:
        while time.perf_counter() - start < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen = (seen + chunk)[-4096:]
            if MARKER in seen:
                elapsed = time.perf_counter() - start
                break
    finally:
        try:
            os.write(fd, b"q")
            deadline = time.perf_counter() + 5
            while time.perf_counter() < deadline:
                done, _ = os.waitpid(pid, os.WNOHANG)
                if done:
                    break
                ready, _, _ = select.select([fd], [], [], 0.05)
                if ready:
                    with contextlib.suppress(OSError):
                        os.read(fd, 65536)
            else:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        finally:
            os.close(fd)
    return elapsed


def first_screen_headless(paths: list[str]) -> float:
    """Seconds from ``create_app`` to ``ready_at`` in process (imports already done), headless."""
    from quotecheck.tui.app import create_app

    async def run() -> float:
        app = create_app(paths)
        start = time.perf_counter()
        async with app.run_test(size=(100, 30)) as pilot:
            while app.ready_at is None:
                await pilot.pause(0.01)
            return app.ready_at - start

    return asyncio.run(run())


# --- no pipeline work on the UI thread ---------------------------------------------------------------


ENTRY_POINTS = [
    ("quotecheck.ingest", "load_articles"),
    ("quotecheck.extract", "extract_quotes"),
    ("quotecheck.pipeline", "compare"),
    ("quotecheck.diff", "word_diff"),
    ("quotecheck.tui.data", "reference_diffs"),
    ("quotecheck.tui.data", "build_dataset"),
]


def instrument() -> list[tuple[str, str]]:
    """Wrap the pipeline's entry points; returns the list that collects (function, thread name) calls."""
    import importlib

    calls: list[tuple[str, str]] = []
    for module_name, name in ENTRY_POINTS:
        module = importlib.import_module(module_name)
        original: Callable[..., Any] = getattr(module, name)

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name, **kwargs: Any) -> Any:
            calls.append((_n, threading.current_thread().name))
            return _f(*args, **kwargs)

        setattr(module, name, wrapper)
    return calls


def ui_thread_check(paths: list[str]) -> dict[str, Any]:
    calls = instrument()
    from quotecheck.tui.app import create_app
    from quotecheck.tui.widgets.quotes import QuotesPane

    moves: list[float] = []

    async def run() -> dict[str, Any]:
        app = create_app(paths)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            loading_calls = list(calls)
            calls.clear()
            pane = app.main.query_one(QuotesPane)
            pane.table.focus()
            n = len(pane.rows)

            async def move(key: str) -> None:
                start = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                moves.append(time.perf_counter() - start)

            for key in ["j"] * (n - 1) + ["k"] * (n - 1):
                await move(key)
            await pilot.press("r")  # a new reference: its diffs are computed in a worker
            await app.workers.wait_for_complete()
            await pilot.pause()
            for key in ["j"] * (n - 1):
                await move(key)
            app.main.query_one("#events").focus()
            await move("down")
            await move("up")
            await app.workers.wait_for_complete()
            main = threading.main_thread().name
            on_ui = [c for c in calls if c[1] == main]
            return {
                "loading_calls": len(loading_calls),
                "loading_calls_on_ui_thread": sum(1 for c in loading_calls if c[1] == main),
                "calls_while_moving": len(calls),
                "calls_on_ui_thread": len(on_ui),
                "calls_on_ui_thread_detail": sorted({c[0] for c in on_ui}),
                "moves": len(moves),
            }

    result = asyncio.run(run())
    result["move_ms_median"] = round(1000 * statistics.median(moves), 1) if moves else None
    result["move_ms_max"] = round(1000 * max(moves), 1) if moves else None
    result["ui_thread_ok"] = result["calls_on_ui_thread"] == 0 and result["loading_calls_on_ui_thread"] == 0
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="articles (default: samples/*.txt)")
    ap.add_argument("--runs", type=int, default=5, help="timed pty runs (median kept); default 5")
    ap.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = ap.parse_args()
    paths = args.paths or sorted(glob.glob(str(ROOT / "samples" / "*.txt")))

    first_screen_pty(paths)  # warm-up: bytecode and OS caches
    runs = [first_screen_pty(paths) for _ in range(args.runs)]
    startup = subprocess.run([sys.executable, "-c", "pass"], check=True, capture_output=True)
    del startup
    py = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        py.append(time.perf_counter() - t)
    headless = first_screen_headless(paths)
    check = ui_thread_check(paths)
    figures = {
        "articles": len(paths),
        "first_screen_s": round(statistics.median(runs), 3),
        "first_screen_min_s": round(min(runs), 3),
        "first_screen_max_s": round(max(runs), 3),
        "first_screen_ok": statistics.median(runs) < 1.5,
        "headless_ready_s": round(headless, 3),
        "python_startup_s": round(statistics.median(py), 3),
        **check,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"articles                          {figures['articles']}")
        print(f"first full screen, pty 100x30     {figures['first_screen_s']:.2f} s (median of {args.runs}; "
              f"{figures['first_screen_min_s']:.2f}-{figures['first_screen_max_s']:.2f}; target < 1.5: "
              f"{'ok' if figures['first_screen_ok'] else 'MISSED'})")
        print(f"ready in process, headless        {figures['headless_ready_s']:.2f} s (no child process: loading in "
              "a thread, first pipeline imports included)")
        print(f"bare python start-up              {figures['python_startup_s']:.2f} s")
        print(f"pipeline calls while loading      {check['loading_calls']} "
              f"({check['loading_calls_on_ui_thread']} on the UI thread)")
        print(f"pipeline calls while moving       {check['calls_while_moving']} "
              f"({check['calls_on_ui_thread']} on the UI thread: {'ok' if check['ui_thread_ok'] else 'FAILED'})"
              + (f" {check['calls_on_ui_thread_detail']}" if check["calls_on_ui_thread"] else ""))
        print(f"move between clusters             median {check['move_ms_median']} ms, max {check['move_ms_max']} ms "
              f"({check['moves']} moves, key press to settled screen, headless)")
    if not (figures["first_screen_ok"] and check["ui_thread_ok"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
