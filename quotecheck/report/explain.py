"""Why each quote is credited as it is, in plain words: ``quotecheck quotes --explain``, the app's quote
detail and ``check -v`` all print a credit this way.

    explain_text(results) -> str        one block per quote
    credit_lines(quote) -> [(label, value)]
    chain_text(trace) -> "she (¶5) -> Ms Cooper (¶4) -> Yvette Cooper, the shadow home secretary (¶2)"
    trace_record(trace) -> dict        the ``credit`` object of the JSON outputs
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quotecheck.models import ArticleQuotes, CreditTrace, Quote, QuoteKind, Span
from quotecheck.text import one_line

_QUOTE_WIDTH = 72
"""How much of a quote a block shows."""


def _span(span: Span | None) -> dict[str, int] | None:
    return {"start": span.start, "end": span.end} if span is not None else None


def trace_record(trace: CreditTrace | None) -> dict[str, Any] | None:
    """The trace as the JSON outputs carry it under ``credit`` (the model's fields, by hand: building
    pydantic's serializer would cost every ``quotes --format jsonl`` run its start-up)."""
    if trace is None:
        return None
    return {
        "rule": trace.rule,
        "cue": trace.cue,
        "cue_span": _span(trace.cue_span),
        "cue_paragraph": trace.cue_paragraph,
        "mention": trace.mention,
        "mention_span": _span(trace.mention_span),
        "chain": [
            {"text": s.text, "start": s.start, "end": s.end, "paragraph": s.paragraph, "how": s.how}
            for s in trace.chain
        ],
        "carried_from": trace.carried_from,
    }


def chain_text(trace: CreditTrace) -> str:
    """The resolution chain as a reader follows it: each step's words and its paragraph (¶, from 1)."""
    return " -> ".join(f"{one_line(step.text, 60)} (¶{step.paragraph + 1})" for step in trace.chain)


def rule_text(trace: CreditTrace) -> str:
    """The rule's name and what it reads; for a carried credit, the rule that read the cue."""
    from quotecheck.extract.attribution import RULE_DOCS

    doc = RULE_DOCS.get(trace.rule, "")
    text = f"{trace.rule}: {doc}" if doc else trace.rule
    if trace.carried_from:
        text += f" (carried from a credit by {trace.carried_from})"
    return text


def _cue_text(trace: CreditTrace) -> str:
    if not trace.cue:
        return "-"
    cue = f"\u201c{trace.cue}\u201d"
    return f"{cue} (¶{trace.cue_paragraph + 1})" if trace.cue_paragraph is not None else cue


def credit_lines(quote: Quote) -> list[tuple[str, str]]:
    """(label, value) lines that say who is credited with ``quote`` and why."""
    trace = quote.credit
    if trace is None:
        if quote.kind is QuoteKind.SCARE:
            why = "nobody: a scare quote (a term set off by quote marks, not reported speech)"
        elif quote.furniture:
            why = "nobody: the quote is in page furniture, outside the story"
        else:
            why = "nobody: no rule found a speaker"
        return [("speaker", why)]
    lines = [
        ("speaker", quote.speaker or "nobody named (the cue has no speaker to resolve to)"),
        ("rule", rule_text(trace)),
        ("cue", _cue_text(trace)),
        ("venue", quote.venue or "-"),
    ]
    if trace.chain:
        lines.append(("chain", chain_text(trace)))
    return lines


def explain_block(result: ArticleQuotes, quote: Quote) -> str:
    """One quote's block: file:line, the quote (shortened), then its credit lines."""
    line, _ = result.article.line_col(quote.span.start)
    head = f"{quote.file}:{line}  \u201c{one_line(quote.text, _QUOTE_WIDTH)}\u201d ({quote.kind.value})"
    body = [f"  {label + ':':<9}{one_line(value)}" for label, value in credit_lines(quote)]
    return "\n".join([head, *body])


def explain_text(results: Sequence[ArticleQuotes]) -> str:
    """Every quote of ``results`` as a block, blocks separated by a blank line."""
    blocks = [explain_block(r, q) for r in results for q in r.quotes]
    return "\n\n".join(blocks) + "\n" if blocks else "no quotes found\n"
