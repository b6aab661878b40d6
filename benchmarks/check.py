"""Wall time of ``quotecheck check`` on one draft against five sources, start-up included.

    python benchmarks/check.py [--runs 7] [--draft samples-drafts/clean.md] [--target 0.5]

Runs the real command in a fresh interpreter each time (as an editor's CI or pre-commit hook does)
and reports the median wall time, next to two floors measured the same way on this machine: a bare
``python -c pass`` and importing the modules ``check`` needs (quotecheck.cli, models, ingest,
extract, check). The difference between the command and the import floor is quotecheck's own work.
It also lists any heavy module the command imported (textual, trafilatura, dateparser, httpx, lxml,
PyYAML, python-docx, webvtt): there must be none. Exit 1 when the median is over ``--target``.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from _installed import installed_env  # noqa: E402

SOURCES = [
    "samples/bbc-labour-small-boats.txt",
    "samples/bloomberg-starmer-hague.txt",
    "samples/gbnews-starmer-eu.txt",
    "samples/herald-labour-open-border.txt",
    "samples/mirror-cooper-garbage.txt",
]
HEAVY = ("textual", "trafilatura", "dateparser", "httpx", "lxml", "yaml", "docx", "webvtt")
IMPORTS = "import quotecheck.cli, quotecheck.models, quotecheck.ingest, quotecheck.extract, quotecheck.check"


def _time(cmd: list[str], runs: int) -> float:
    env = installed_env()
    subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _heavy(draft: str) -> list[str]:
    code = (
        "import sys\nfrom quotecheck.cli import main\n"
        f"sys.argv = ['quotecheck', 'check', {draft!r}, '--sources', *{SOURCES!r}, '--format', 'json']\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"  # with argv, main() returns: no os._exit()
        f"print('HEAVY:' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    env = installed_env()
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    line = next((ln for ln in proc.stderr.splitlines() if ln.startswith("HEAVY:")), "HEAVY:?")
    return [m for m in line.removeprefix("HEAVY:").split(",") if m]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--draft", default="samples-drafts/clean.md")
    ap.add_argument("--target", type=float, default=0.5)
    args = ap.parse_args()
    command = [sys.executable, "-m", "quotecheck", "check", args.draft, "--sources", *SOURCES, "--format", "json"]
    bare = _time([sys.executable, "-c", "pass"], args.runs)
    floor = _time([sys.executable, "-c", IMPORTS], args.runs)
    wall = _time(command, args.runs)
    heavy = _heavy(args.draft)
    print(f"python -c pass:           {bare:.3f} s (median of {args.runs})")
    print(f"import floor:             {floor:.3f} s ({IMPORTS.removeprefix('import ')})")
    print(f"check, 1 draft, 5 sources: {wall:.3f} s  (quotecheck's own work: {wall - floor:.3f} s)")
    print(f"heavy modules imported:   {', '.join(heavy) or 'none'}")
    ok = wall <= args.target and not heavy
    print(f"target {args.target:.2f} s: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
