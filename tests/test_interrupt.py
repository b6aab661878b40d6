"""Ctrl-C: exit 130, one line ``quotecheck: interrupted`` on stderr, no traceback, no file touched.

Each run reads stdin from a pipe the test keeps open. The test writes more than a pipe holds, so the write
returns only once quotecheck is reading (past start-up, inside the command); then the pipe stays open, the
command waits for the rest, and SIGINT arrives there. No sleeps and no timing: the timeouts only guard
against a hang.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
GUARD = 120  # seconds: a hang guard, never a measurement

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")

PARAGRAPH = (
    "Harbour engineers said the work on the east pier would begin in the spring and run for a year and a half, "
    "and people living along the quay asked that the old footbridge stay open while the cranes are there.\n"
)


def interrupt(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run ``python -m quotecheck ARGS`` with stdin held open, wait until it reads, then send SIGINT."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    # A child inherits an ignored SIGINT (a test before this one, or a CI runner, may ignore it) but not a
    # handler: with one installed here while it starts, the child gets Ctrl-C as a terminal delivers it.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "quotecheck", *args], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert proc.stdin is not None
    data = (PARAGRAPH * (1 + 512 * 1024 // len(PARAGRAPH))).encode()  # far more than a pipe buffer holds
    done = threading.Event()

    def feed() -> None:
        assert proc.stdin is not None
        proc.stdin.write(data)
        proc.stdin.flush()
        done.set()

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    feeder.join(GUARD)
    if not done.is_set():
        proc.kill()
        pytest.fail(f"quotecheck {' '.join(args)} never read its stdin")
    proc.send_signal(signal.SIGINT)  # stdin is still open: the command is waiting for the rest
    try:
        out, err = proc.communicate(timeout=GUARD)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    return subprocess.CompletedProcess(args, proc.returncode, out.decode(), err.decode())


def assert_interrupted(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 130, result
    assert result.stderr == "quotecheck: interrupted\n"
    assert "Traceback" not in result.stderr + result.stdout


def test_quotes_from_stdin() -> None:
    result = interrupt(["quotes", "-", "--format", "jsonl"])
    assert_interrupted(result)
    assert result.stdout == ""


def test_compare_leaves_an_existing_report_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.md"
    out.write_text("the old report\n", encoding="utf-8")
    result = interrupt(["compare", SAMPLES[0], "-", "-o", str(out), "--force"])
    assert_interrupted(result)
    assert out.read_text(encoding="utf-8") == "the old report\n"
    assert sorted(os.listdir(tmp_path)) == ["report.md"]


def test_check_reading_its_draft() -> None:
    result = interrupt(["check", "-", "--sources", *SAMPLES[:2], "--format", "sarif"])
    assert_interrupted(result)
    assert result.stdout == ""


# Ctrl-C while the modules load. The console script is ``quotecheck.__main__:run``; an import hook makes
# loading ``quotecheck.cli`` raise KeyboardInterrupt, as a Ctrl-C in that window does.
INTERRUPT_ON_IMPORT = """
import sys
class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "quotecheck.cli":
            raise KeyboardInterrupt
        return None
sys.meta_path.insert(0, Interrupt())
from quotecheck.__main__ import run
run()
"""


def test_ctrl_c_while_loading_is_one_line_not_a_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", INTERRUPT_ON_IMPORT, "quotes", SAMPLES[0]], check=False,
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=GUARD)
    assert_interrupted(result)
    assert result.stdout == ""


def test_the_console_script_is_the_guarded_entry_point() -> None:
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"quotecheck": "quotecheck.__main__:run"}


def test_importing_the_package_loads_no_model_code() -> None:
    """The guarded window starts after ``import quotecheck``: that import must stay cheap (no pydantic)."""
    code = "import sys, quotecheck; print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'quotecheck'))))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT,
                         timeout=GUARD, env=env).stdout
    assert out.strip() == "['quotecheck', 'quotecheck.errors']"
