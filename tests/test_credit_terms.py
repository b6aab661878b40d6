"""Short quoted terms inside someone's clause (issue 13): a cue that closes the sentence after a comma.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
from quotecheck.models import Quote

LEAD = "Officials met on Monday to discuss the plan.\n\n"


def quotes(text: str) -> list[Quote]:
    return extract_quotes(article_from_text(LEAD + text, "t.txt")).quotes


def only_quote(text: str) -> Quote:
    (q,) = quotes(text)
    return q


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "cue"),
    [
        ("That would mean a “long winter” for the party and its donors, said Ivo Marsh.",
         "Ivo Marsh", "Ivo Marsh", "said"),
        ("Ivo Marsh spoke last. The board had been “asleep at the wheel” for years, he told the inquiry.",
         "Ivo Marsh", "he", "told"),
        ("The council spent a “small fortune” on the new signs last year, Ivo Marsh said.",
         "Ivo Marsh", "Ivo Marsh", "said"),
    ],
)
def test_a_cue_closing_the_sentence_credits_a_term_inside_it(
    text: str, speaker: str, mention: str, cue: str
) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention, q.cue, q.kind.value) == (speaker, mention, cue, "partial")


def test_a_term_in_a_fronted_clause_is_not_credited_by_the_main_clause_cue() -> None:
    q = only_quote("After the host called one reply “absurd” and then moved on to the next topic, Ivo Marsh said he "
                     "would leave.")
    assert (q.speaker, q.kind.value) == (None, "scare")
