"""Check: every quote of a draft against its sources, before publication.

    check_draft(draft, corpus, ignored=(), ignore_texts=()) -> DraftCheck
    build_corpus(sources) -> Corpus
    load_draft(path, warn) -> (ArticleQuotes, ignored ranges);  load_sources(paths, warn)
    failing(check, fail_on) -> the quotes that fail a run;  summary(check) -> counts by status

Modules, one concept each: corpus (sources -> per-speaker word streams), matching (draft quote ->
pattern -> word alignment), people (same speaker? same venue?), findings (alignment -> verdict, diff),
inputs (drafts and sources from disk, ignore comments).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from quotecheck.check.corpus import Corpus, build_corpus
from quotecheck.check.findings import check_quote
from quotecheck.check.inputs import load_draft, load_sources
from quotecheck.models import ArticleQuotes, CheckedQuote, CheckStatus, DraftCheck, ParagraphRole, Quote
from quotecheck.text import fold_typography

__all__ = [
    "DEFAULT_FAIL_ON",
    "Corpus",
    "build_corpus",
    "check_draft",
    "failing",
    "load_draft",
    "load_sources",
    "parse_statuses",
    "summary",
]

DEFAULT_FAIL_ON: frozenset[CheckStatus] = frozenset(
    {CheckStatus.MISQUOTE, CheckStatus.MISATTRIBUTED, CheckStatus.WRONG_VENUE}
)
"""Statuses that fail a run unless told otherwise."""


_HEADLINE_LABEL = re.compile(r"[#>*_\s]*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s*:\s")


def _headline_credit(draft: ArticleQuotes, quote: Quote) -> Quote:
    """A headline's ``Name: ... 'quote'`` credits Name, whom the story names in full."""
    if quote.speaker is not None or not draft.article.paragraphs:
        return quote
    para = draft.article.paragraphs[quote.paragraph]
    if para.role is not ParagraphRole.HEADLINE and quote.paragraph != 0:
        return quote
    m = _HEADLINE_LABEL.match(draft.article.raw, para.span.start, quote.span.start)
    if m is None:
        return quote
    label = m.group("name")
    words = set(label.lower().split())
    for speaker in draft.speakers:
        if words <= set(speaker.name.lower().split()):
            return quote.model_copy(update={"speaker": speaker.name, "mention": label})
    return quote.model_copy(update={"speaker": label, "mention": label})


_GLUED = re.compile(r"['’](?=[\s,.;:!?])(?P<mid>[^'‘’\"“”\n]{1,80}?)(?<=\s)['‘](?=\w)")


def _split_glued(draft: ArticleQuotes, quote: Quote) -> list[Quote]:
    """Two single-quoted phrases read as one (``'smash the gangs' as Labour rejects Tory 'open border'``,
    the first closing mark taken for a plural possessive): split them, the second with no credit."""
    raw = draft.article.raw
    if quote.span.start == 0 or raw[quote.span.start - 1] not in "'‘":
        return [quote]
    m = _GLUED.search(quote.text)
    if m is None:
        return [quote]
    first_end = quote.span.start + m.start()
    second_start = quote.span.start + m.end()
    first = quote.model_copy(update={"span": quote.span.model_copy(update={"end": first_end}),
                                     "text": raw[quote.span.start : first_end]})  # fmt: skip
    rest = quote.model_copy(update={
        "id": f"{quote.file}#{second_start}", "span": quote.span.model_copy(update={"start": second_start}),
        "text": raw[second_start : quote.span.end], "speaker": None, "mention": None, "mention_span": None,
        "cue": None, "venue": None, "venue_span": None,
    })  # fmt: skip
    return [first, *_split_glued(draft, rest)]


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
    quotes = [part for q in draft.quotes if not q.furniture for part in _split_glued(draft, q)]
    for quote in quotes:
        checked = check_quote(draft, _headline_credit(draft, quote), corpus, records)
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
