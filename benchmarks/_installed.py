"""The environment a benchmark's child processes run in: quotecheck as ``pip install`` leaves it.

``pip install`` byte-compiles every module it installs, so an installed ``quotecheck`` never parses
its own sources at start-up. A benchmark that runs a checkout instead must not pay that cost on
every run either; on machines that set ``PYTHONDONTWRITEBYTECODE`` (some sandboxes and CI images
do) it would, about 0.1 s a run. So the children write and reuse bytecode in a private cache
(``PYTHONPYCACHEPREFIX``), and one untimed warm-up run fills it. The checkout itself is never
written to.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CACHE: list[str] = []


def installed_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """``os.environ`` with the checkout on ``PYTHONPATH`` and bytecode cached as an install has it."""
    if not _CACHE:
        folder = tempfile.mkdtemp(prefix="quotecheck-bench-pyc-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _CACHE.append(folder)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _CACHE[0]
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    if extra:
        env.update(extra)
    return env
