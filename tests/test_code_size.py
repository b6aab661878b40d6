"""Functions of the extract package stay small enough to read in one sitting (issue 12): ruff holds
cyclomatic complexity (C901, max 15) and branches (PLR0912); this holds length."""

from __future__ import annotations

import ast
from pathlib import Path

import quotecheck

EXTRACT = Path(quotecheck.__file__).parent / "extract"
MAX_LINES = 60


def _long_functions(source: str, max_lines: int) -> list[tuple[str, int]]:
    return [
        (node.name, node.end_lineno - node.lineno + 1)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > max_lines
    ]


def test_no_function_in_extract_is_long() -> None:
    long = [
        f"{path.relative_to(EXTRACT)}:{name} ({lines} lines)"
        for path in sorted(EXTRACT.rglob("*.py"))
        for name, lines in _long_functions(path.read_text(encoding="utf-8"), MAX_LINES)
    ]
    assert not long


def test_the_length_check_counts_lines() -> None:
    source = "def f():\n" + "    x = 1\n" * 3 + "\ndef g():\n    pass\n"
    assert _long_functions(source, 3) == [("f", 4)]
