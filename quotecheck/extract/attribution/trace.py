"""The trace of a credit: its rule, its cue, its mention and the chain that resolved the mention, as the
``CreditTrace`` of a ``Quote`` (built once per credited quote, at the output boundary)."""

from __future__ import annotations

from bisect import bisect_right

from quotecheck.extract.attribution.grammar import Credit
from quotecheck.extract.mentions import Mention
from quotecheck.models import ChainStep, CreditTrace, Span

_MAX_STEPS = 8
"""A pronoun may stand for a pronoun before it, and so on: the chain shows this many steps at most."""


def _steps(mention: Mention) -> list[tuple[int, int, str]]:
    """(start, end, how) from the mention back through what it was resolved through, then where the
    article first names the person in full."""
    steps: list[tuple[int, int, str]] = []
    node: Mention | None = mention
    last = mention
    while node is not None and len(steps) < _MAX_STEPS:
        steps.append((node.start, node.end, node.how or node.kind))
        last = node
        node = node.via
    person = last.person or mention.person
    intro = person.intro if person is not None else None
    if intro is not None and not (intro[0] <= last.start and last.end <= intro[1]):
        steps.append((intro[0], intro[1], "introduced"))
    return steps


def _chain(mention: Mention, raw: str, para_starts: list[int]) -> tuple[ChainStep, ...]:
    return tuple(
        ChainStep.trusted(text=raw[start:end], start=start, end=end,
                          paragraph=max(0, bisect_right(para_starts, start) - 1), how=how)
        for start, end, how in _steps(mention)
    )


class TraceBuilder:
    """Builds the traces of one article's credits; a chain many quotes share (a speaker's mention carried
    over) is built once."""

    __slots__ = ("_chains", "_traces", "para_starts", "raw")

    def __init__(self, raw: str, para_starts: list[int]) -> None:
        self.raw = raw
        self.para_starts = para_starts
        """The start offsets of the article's paragraphs."""
        self._chains: dict[int, tuple[ChainStep, ...]] = {}
        self._traces: dict[tuple[int, str, str | None, int | None, str | None], CreditTrace] = {}

    def trace(self, credit: Credit, mention_span: Span | None) -> CreditTrace:
        """The trace of ``credit``; ``mention_span`` is the span of its mention (the quote's, shared)."""
        root = credit.origin
        while root is not None and root.origin is not None:
            root = root.origin
        carried_from = root.rule if root is not None else None
        mention = credit.mention
        # Quotes a credit is carried to share one trace (the same mention, rule, cue and origin).
        key = (id(mention), credit.rule, credit.cue, credit.cue_start, carried_from)
        trace = self._traces.get(key)
        if trace is None:
            trace = self._traces[key] = self._build(credit, mention_span, carried_from)
        return trace

    def _build(self, credit: Credit, mention_span: Span | None, carried_from: str | None) -> CreditTrace:
        raw = self.raw
        mention = credit.mention
        chain: tuple[ChainStep, ...] = ()
        if mention is not None:
            key = id(mention)
            cached = self._chains.get(key)
            if cached is None:
                cached = self._chains[key] = _chain(mention, raw, self.para_starts)
            chain = cached
        cue_span = cue_paragraph = None
        if credit.cue is not None and credit.cue_start is not None:
            cue_span = Span.trusted(start=credit.cue_start, end=min(len(raw), credit.cue_start + len(credit.cue)))
            cue_paragraph = max(0, bisect_right(self.para_starts, credit.cue_start) - 1)
        return CreditTrace.trusted(
            rule=credit.rule,
            cue=credit.cue,
            cue_span=cue_span,
            cue_paragraph=cue_paragraph,
            mention=raw[mention.start : mention.end] if mention is not None else None,
            mention_span=mention_span,
            chain=chain,
            carried_from=carried_from,
        )


def credit_trace(credit: Credit, raw: str, para_starts: list[int]) -> CreditTrace:
    """The trace of ``credit``; ``para_starts`` are the start offsets of the article's paragraphs."""
    mention = credit.mention
    span = Span.trusted(start=mention.start, end=mention.end) if mention is not None else None
    return TraceBuilder(raw, para_starts).trace(credit, span)
