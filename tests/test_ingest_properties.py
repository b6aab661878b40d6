"""Invariants of ingest on arbitrary text, import cost, and speed."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.errors import InputError
from quotecheck.ingest import article_from_text
from quotecheck.ingest.paragraphs import WHITESPACE

ALPHABET = st.sampled_from(
    [*"abcXYZ .,:;!?-\"'\u201c\u201d\u2019\n\n\n\r\t\u00a0#", "---", "Outlet: ", "READ MORE: ", "PA", "\r\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join), st.sampled_from(["text", "markdown", "json", "html"]))
def test_spans_index_raw_and_are_trimmed(raw: str, source_format: str) -> None:
    try:
        article = article_from_text(raw, "x", source_format=source_format)
    except InputError as error:
        header_only = error.reason == "no article text after the header"
        assert not raw.strip(WHITESPACE) or header_only or raw.lstrip("\ufeff").startswith("---")
        return
    assert article.raw == raw.removeprefix("\ufeff")
    previous_end = article.body_start
    for paragraph in article.paragraphs:
        text = paragraph.span.slice(article.raw)
        assert paragraph.span.start >= previous_end
        assert text
        assert text == text.strip(WHITESPACE)
        previous_end = paragraph.span.end
    assert previous_end <= len(article.raw)


def test_text_path_imports_no_heavy_library(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Outlet: Gazette\nDate: 2024-03-05\n\nThe council met on Tuesday.\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from quotecheck.ingest import load_articles\n"
        f"load_articles([{str(story)!r}])\n"
        "heavy = {'trafilatura', 'dateparser', 'httpx', 'charset_normalizer', 'yaml', 'lxml'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_plain_text_article_takes_about_a_millisecond() -> None:
    paragraph = (
        'The minister told reporters on Thursday that the plan would "break the model" of the gangs, '
        "and that the first flights could leave within weeks if the courts agreed."
    )
    raw = "Minister defends plan\n" + "\n".join([paragraph] * 28) + "\nREAD MORE: Another story\nPA\n"
    assert 4500 < len(raw) < 6000
    article_from_text(raw)
    runs = 50
    start = time.perf_counter()
    for _ in range(runs):
        article_from_text(raw)
    per_article = (time.perf_counter() - start) / runs
    assert per_article < 0.005  # ~1 ms on a developer machine; generous for slow CI
