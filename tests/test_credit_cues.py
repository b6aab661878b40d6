"""Cues and subject shapes of reported speech (issue 13, phase 2): present-tense verbs after a subject,
party-state brackets, premodified names, more verbs of saying. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
from quotecheck.models import Quote

LEAD = "Officials met on Monday to discuss the plan.\n\n"


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(article_from_text(LEAD + text, "t.txt")).quotes)


def credit(text: str) -> tuple[str | None, str | None, str | None]:
    (q,) = quotes_of(text)
    return q.speaker, q.cue, q.mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The choice is grim," Nora Quill writes.', ("Nora Quill", "writes", "Nora Quill")),
        ('"The choice is grim," Quill notes.', ("Quill", "notes", "Quill")),
        ('Nora Quill spoke first.\n\n"We lost the vote," she states.', ("Nora Quill", "states", "she")),
        ('"We are proud," the memo reads.', (None, "reads", "the memo")),
        ('The email read: "Come now."', (None, "read", "The email")),
    ],
)
def test_a_present_tense_verb_after_its_subject_is_a_verb(text: str, expected: tuple[str | None, ...]) -> None:
    assert credit(text) == expected


def test_a_plural_noun_after_a_determiner_stays_a_noun() -> None:
    (q,) = quotes_of('The notes, found later, were "a mess".')
    assert q.cue is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We won," Rep. Ada Brook (D-Wis.) said Friday.', ("Ada Brook", "said", "Rep. Ada Brook")),
        ('"We won!" Rep. Ada Brook, R-Pa., said.', ("Ada Brook", "said", "Rep. Ada Brook")),
        ('Sen. Ada Brook (D-Mo.) said the bill was "a mess".', ("Ada Brook", "said", "Sen. Ada Brook")),
    ],
)
def test_party_and_state_brackets_and_appositions(text: str, expected: tuple[str | None, ...]) -> None:
    assert credit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Turnout will fall," political scientist Ivo Marsh told reporters.', ("Ivo Marsh", "told")),
        ('"They are wrong," said 9/11 widow Ada Brook.', ("Ada Brook", "said")),
        ('"Go home," bellowed Ivo Marsh.', ("Ivo Marsh", "bellowed")),
        ('Ivo Marsh scolded the board: "You failed."', ("Ivo Marsh", "scolded")),
        ('Ivo Marsh highlighted that the fund was "nearly empty".', ("Ivo Marsh", "highlighted")),
        ('Ivo Marsh concluded: "It is over."', ("Ivo Marsh", "concluded")),
        ('Ivo Marsh denounced the deal as "a fraud".', ("Ivo Marsh", "denounced")),
    ],
)
def test_premodified_names_and_more_verbs_of_saying(text: str, expected: tuple[str | None, str | None]) -> None:
    speaker, cue, _ = credit(text)
    assert (speaker, cue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We had no choice." ― Ada Brook', ("Ada Brook", "―")),
        ('"We had no choice." — Ada Brook, a nurse', ("Ada Brook", "—")),
    ],
)
def test_a_dash_and_a_name_after_a_quote_sign_it(text: str, expected: tuple[str | None, str | None]) -> None:
    speaker, cue, _ = credit(text)
    assert (speaker, cue) == expected


def test_a_dash_before_a_clause_is_not_a_signature() -> None:
    (q,) = quotes_of('"We had no choice." — Ada Brook left before the vote.')
    assert q.speaker is None
