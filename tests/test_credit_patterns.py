"""Credit patterns found on real news copy (issue 13's development sets); every sentence here is
written for these tests in the pattern, none is copied from an article."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
from quotecheck.models import Quote


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(article_from_text(text, "t.txt")).quotes)


def credits(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Why is the bank still open?” Lena Hart demanded.", [("Why is the bank still open?", "Lena Hart")]),
        ("Omar Field spoke first.\n\n“Is that fair?” Field asked. “I doubt it.”",
         [("Is that fair?", "Omar Field"), ("I doubt it.", "Omar Field")]),
        ("“Stop it now!” shouted Dana Cole.", [("Stop it now!", "Dana Cole")]),
    ],
)
def test_a_question_or_exclamation_inside_an_opening_quote_does_not_end_the_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert credits(text) == expected


def test_a_quote_that_closes_the_reporters_sentence_still_ends_it() -> None:
    text = (
        "Ray Moss accused the council of “fanatic recklessness.” Mayor Ella Dunn said the plan was "
        "“spiralling out of control.”"
    )
    assert credits(text) == [("fanatic recklessness.", "Ray Moss"), ("spiralling out of control.", "Ella Dunn")]
