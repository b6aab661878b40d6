"""The sample drafts against the sample reports: every expected verdict (same lookup as the scorer)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quotecheck.check import build_corpus, check_draft, load_draft, load_sources
from quotecheck.models import CheckStatus

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
DRAFTS = SAMPLES.parent / "samples-drafts"


def norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2026", "...")
    return re.sub(r"\s+", " ", s).strip(" \"'").lower()


@pytest.mark.parametrize("name", ["clean", "errors"])
def test_sample_draft_verdicts(name: str) -> None:
    expected = json.loads((DRAFTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    sources = load_sources([str(SAMPLES / f) for f in expected["sources"]], warn=lambda m: None)
    draft, ignored = load_draft(str(DRAFTS / f"{name}.md"), warn=lambda m: None)
    quotes = check_draft(draft, build_corpus(sources), ignored).quotes
    for item in expected["expect"]:
        hits = [q for q in quotes if norm(item["quote"]) in norm(q.text)]
        assert hits, item["quote"]
        assert hits[0].status.value in item["status"], (item["quote"], hits[0].status, hits[0].reasons)
    if name == "clean":
        assert {q.status for q in quotes} == {CheckStatus.VERIFIED}
