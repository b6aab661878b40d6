"""Abbreviations whose full stop does not end a sentence ("Mr.", "Sept.", "Corp.")."""

from __future__ import annotations

from quotecheck.extract.lexicon.calendar import MONTH_ABBREVIATIONS

ABBREVIATIONS: frozenset[str] = frozenset(MONTH_ABBREVIATIONS) | frozenset(
    "mr mrs ms dr st sen rep gov gen lt col capt prof rev no vs inc ltd co corp jr sr mt ft det insp supt sgt "
    "cllr".split()
)
"""Lower-case abbreviations the tokenizer keeps their full stop with (no sentence ends after "Mr.")."""
PROSE_ABBREVIATIONS: tuple[str, ...] = tuple("Mr Mrs Ms Dr St No Prof Gen Sen Rev Jr Sr vs".split())
"""Abbreviations the comparison's sentence splitter does not end a sentence after (as written, case and all)."""
