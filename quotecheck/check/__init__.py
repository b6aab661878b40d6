"""Check: every quote of a draft against its sources, before publication.

    check_draft(draft, corpus, ignored=(), ignore_texts=()) -> DraftCheck
    build_corpus(sources) -> Corpus
    load_draft(path, warn) -> (ArticleQuotes, ignored ranges);  load_sources(paths, warn, keep)
    SourceFilter(drafts, exclude_globs, transcripts): the drafts are never their own sources
    failing(check, fail_on) -> the quotes that fail a run;  summary(check) -> counts by status

Modules, one concept each: corpus (sources -> per-speaker word streams), matching (draft quote ->
pattern -> word alignment), people (same venue?), findings (alignment -> verdict, diff),
inputs (drafts and sources from disk, ignore comments). Credits (headline labels, glued quotes
included) come from the extract stage as they are; whether two credits name the same speaker is
``quotecheck.extract.same_speaker``.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

from quotecheck.check.corpus import Corpus, build_corpus
from quotecheck.check.findings import check_quote
from quotecheck.check.inputs import SourceFilter, is_blank_draft, load_draft, load_sources
from quotecheck.models import ArticleQuotes, CheckedQuote, CheckStatus, DraftCheck
from quotecheck.text import fold_typography

__all__ = [
    "DEFAULT_FAIL_ON",
    "Corpus",
    "SourceFilter",
    "build_corpus",
    "check_draft",
    "failing",
    "is_blank_draft",
    "load_draft",
    "load_sources",
    "parse_statuses",
    "summary",
]

DEFAULT_FAIL_ON: frozenset[CheckStatus] = frozenset(
    {CheckStatus.MISQUOTE, CheckStatus.MISATTRIBUTED, CheckStatus.WRONG_VENUE}
)
"""Statuses that fail a run unless told otherwise."""


def _norm(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold_typography(text).lower()).split())


def check_draft(
    draft: ArticleQuotes,
    corpus: Corpus,
    ignored: Iterable[tuple[int, int]] = (),
    ignore_texts: Iterable[str] = (),
) -> DraftCheck:
    """Every quote of ``draft`` (headline included) with its verdict.

    ``ignored``: raw ranges of the draft whose quotes are silenced (ignore comments);
    ``ignore_texts``: quote texts silenced wherever they appear (configuration).
    """
    ranges = sorted(ignored)  # by start, with the furthest end so far: a bisection per quote, not a scan
    starts = [lo for lo, _ in ranges]
    reach = list(itertools.accumulate((hi for _, hi in ranges), max))
    texts = {_norm(t) for t in ignore_texts}
    records = {s.name: s for s in draft.speakers}
    out: list[CheckedQuote] = []
    for quote in draft.quotes:
        if quote.furniture:
            continue
        checked = check_quote(draft, quote, corpus, records)
        before = bisect.bisect_right(starts, quote.span.start)
        silenced = (before > 0 and reach[before - 1] > quote.span.start) or _norm(quote.text) in texts
        if silenced:
            checked = checked.model_copy(update={"suppressed": True})
        out.append(checked)
    return DraftCheck.model_construct(
        draft=draft.article.path, quotes=tuple(out), sources=tuple(s.article.path for s in corpus.sources)
    )


def summary(check: DraftCheck) -> dict[str, int]:
    """Quotes by status (suppressed ones counted apart), every status present."""
    counts = {status.value: 0 for status in CheckStatus}
    counts["suppressed"] = 0
    for quote in check.quotes:
        if quote.suppressed:
            counts["suppressed"] += 1
        else:
            counts[quote.status.value] += 1
    return counts


def failing(check: DraftCheck, fail_on: Iterable[CheckStatus]) -> list[CheckedQuote]:
    """The quotes whose status fails the run (suppressed ones never do)."""
    kinds = set(fail_on)
    return [q for q in check.quotes if q.status in kinds and not q.suppressed]


def parse_statuses(value: str | Sequence[str], where: str = "--fail-on") -> frozenset[CheckStatus]:
    """``"misquote,misattributed"`` (or a list) as statuses; ``none`` for none, ``all`` for every
    status but verified. ValueError names what is wrong."""
    items = value.split(",") if isinstance(value, str) else list(value)
    if not any(str(raw).strip() for raw in items):  # "" or []: a typo, not "never fail" (that is "none")
        raise ValueError(f"{where}: no status given (use 'none' to never fail)")
    out: set[CheckStatus] = set()
    known = {s.value: s for s in CheckStatus}
    for raw in items:
        name = str(raw).strip().lower().replace("-", "_")
        if not name or name == "none":
            continue
        if name in {"all", "any"}:
            out |= set(CheckStatus) - {CheckStatus.VERIFIED}
            continue
        if name not in known:
            choices = ", ".join([*known, "all", "none"])
            raise ValueError(f"{where}: unknown status {raw!r} (choose from {choices})")
        out.add(known[name])
    return frozenset(out)
