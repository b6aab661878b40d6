"""The carry-over rules: a quote whose own sentence credits nobody takes the credit of an earlier quote,
sentence or paragraph.

``CARRY_RULES`` is tried in order for such a quote; the first rule that finds a credit decides it. The
carried credit keeps the speaker, mention, cue and venue of the one it comes from (``Credit.origin``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quotecheck.extract.attribution.grammar import Credit
from quotecheck.extract.quotes import QuoteSpan
from quotecheck.extract.tokens import Token


@dataclass(slots=True)
class CarryContext:
    """What the carry-over rules read about one quote and the article so far."""

    heads: dict[int, int]
    """Quote index by start offset (the first paragraph of a multi-paragraph quotation)."""
    credits: list[Credit | None]
    """The credits given so far, by quote index."""
    span: QuoteSpan
    """The quote."""
    in_para: Credit | None
    """The last credit of this paragraph so far."""
    previous: Credit | None
    """The last credit of the previous paragraph."""
    tokens: list[Token]
    """The paragraph's tokens."""
    sentence: list[Token]
    """The quote's sentence."""
    k: int
    """The quote's token in ``sentence``."""


@dataclass(frozen=True, slots=True)
class CarryRule:
    """One named way of carrying a credit over."""

    name: str
    """The rule's name, as the ``rule`` key and ``--explain`` print it."""
    find: Callable[[CarryContext], Credit | None]
    """The credit to carry (the one it comes from), or None."""
    example: str
    """Two quotes, the second credited by the rule."""

    @property
    def doc(self) -> str:
        """The finder's docstring: what the rule reads."""
        return (self.find.__doc__ or "").strip()


def _continuation(ctx: CarryContext) -> Credit | None:
    """A paragraph of a multi-paragraph quotation: the credit of its first paragraph."""
    if ctx.span.group_start is None:
        return None
    head = ctx.heads.get(ctx.span.group_start)
    return ctx.credits[head] if head is not None else None


def _same_paragraph(ctx: CarryContext) -> Credit | None:
    """A second quote of a paragraph: the credit of the paragraph's quote or speech verb before it."""
    return ctx.in_para


def _quote_paragraph(ctx: CarryContext) -> Credit | None:
    """A paragraph that is nothing but quotation, after the paragraph that named its speaker."""
    tokens, sentence, k = ctx.tokens, ctx.sentence, ctx.k
    opens_paragraph = bool(tokens) and tokens[0] is sentence[k] and k == 0
    # (the scan of the paragraph last, for its first quote only: per quote it made a paragraph of n
    # quotes cost n^2)
    if opens_paragraph and ctx.previous is not None and all(t.is_quote or not t.is_word for t in tokens):
        return ctx.previous
    return None


_GOING_ON = frozenset("said says added adds continued read reads".split())
_DOCUMENTS = frozenset("statement letter post message note email video".split())


def _document_goes_on(ctx: CarryContext) -> Credit | None:
    """The words of the document the paragraph before named, and so of its author."""
    previous = ctx.previous
    if previous is None or not previous.venue or not previous.speaker:
        return None
    rest = [tok.lower for tok in ctx.sentence[ctx.k + 1 : ctx.k + 5] if tok.is_word]
    if (
        len(rest) >= 3
        and rest[0] == "the"
        and rest[1] in _DOCUMENTS
        and rest[2] in _GOING_ON
        and rest[1] in previous.venue.lower().split()
    ):
        return previous
    return None


CARRY_RULES: tuple[CarryRule, ...] = (
    CarryRule("continuation", _continuation, 'Tom Smith said: "We will win.\n\n"And we will win again."'),
    CarryRule("same-paragraph", _same_paragraph, '"We will win," Mr Smith said. "Soon."'),
    CarryRule("quote-paragraph", _quote_paragraph, 'Mr Smith said the plan was dead.\n\n"It is over."'),
    CarryRule("document-goes-on", _document_goes_on,
              'Mr Smith said in a statement: "No."\n\n"We will fight," the statement added.'),
)


def carried_credit(ctx: CarryContext) -> Credit | None:
    """The credit the first carry-over rule finds, as a new inherited credit naming that rule."""
    for rule in CARRY_RULES:
        source = rule.find(ctx)
        if source is not None:
            return carry(source, rule.name)
    return None


def carry(credit: Credit, rule: str) -> Credit:
    """``credit`` carried over to another quote by ``rule``."""
    return Credit(
        credit.speaker, credit.mention, credit.cue, credit.cue_start, credit.venue,
        credit.venue_start, credit.venue_end, "inherited", rule, credit,
    )


def copy_venue(credit: Credit, source: Credit) -> None:
    """The venue of ``source`` (the same speaker's, earlier in the paragraph) for ``credit``."""
    credit.venue, credit.venue_start, credit.venue_end = source.venue, source.venue_start, source.venue_end


_REPLY_CUES = frozenset(
    "replied replies replying responded responds responding answered answers retorted retorts".split()
)
"""Cues of a reply: the words answer what was just asked, in the same exchange."""


def exchange_venue(credit: Credit, before: Credit | None, asked: tuple[str, int, int] | None = None) -> bool:
    """A reply takes the venue of the exchange it answers: the credit just ``before`` it (this paragraph's
    or the previous one's), else the venue ``asked`` in the paragraph before ("was asked by Sky News if
    ..."). Only a reply: a new "said" may be said anywhere.
    Example: 'LBC presenter Jo Bloggs said: "Is it over?"\n\nMr Smith replied: "No."' (LBC)."""
    if credit.venue is not None or (credit.cue or "").lower() not in _REPLY_CUES:
        return False
    if before is not None and before.venue:
        copy_venue(credit, before)
        return True
    if asked is not None:
        credit.venue, credit.venue_start, credit.venue_end = asked
        return True
    return False


def expand_venue(venue: str, venues: list[tuple[str, int, int]]) -> str:
    """"Today" -> "BBC Radio 4's Today programme" when the article names it in full elsewhere."""
    if not venue[:1].isupper():
        return venue  # "statement": a kind of occasion, not a name that a longer one spells out
    low = venue.lower()
    best = venue
    for other, _, _ in venues:
        ol = other.lower()
        if len(ol) > len(best) and f" {low} " in f" {ol.replace('’s', ' ').replace(chr(39) + 's', ' ')} ":
            best = other
    return best
