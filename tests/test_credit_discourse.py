"""Discourse: which earlier person a pronoun means (salience), on sentences written for these tests in
the patterns seen on real news copy; none is copied from an article."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes

HEAD = "Court hears the case\n\nThe hearing opened on a wet morning.\n\n"


def credits(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(article_from_text(HEAD + text, "t.txt")).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject beats an object known to be a man ("he" taught it earlier)
        ("Tom Hale said he would appeal.\n\nJudge Mara Voss called Hale's acts grave and ordered Hale to pay.\n\n"
         '"You broke their trust," he said.',
         [("You broke their trust,", "Mara Voss")]),
        # the subject of "was asked" beats the one asked about
        ("Tom Hale said he had done nothing wrong.\n\nSam Price was asked if Hale had lied, to which he replied "
         '"no, never".',
         [("no, never", "Sam Price")]),
        # the subject beats the object of "with"
        ("Tom Hale said he was busy.\n\nDerek Rowe started a row with Hale over the booking.\n\n"
         '"I was never invited," he said.',
         [("I was never invited,", "Derek Rowe")]),
        # a fronted clause: its subject is not the sentence's subject
        ("Tom Hale said he would go.\n\nNoting that Hale had resigned, Sam Price said the board was calm.\n\n"
         '"We move on," he said.',
         [("We move on,", "Sam Price")]),
        ("Tom Hale said he would go.\n\nPresented with the letter from Hale, Sam Price said the board was calm.\n\n"
         '"We move on," he said.',
         [("We move on,", "Sam Price")]),
    ],
)
def test_a_pronoun_means_the_subject_of_the_sentence_before(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert credits(text) == expected


def test_a_pronoun_inside_its_antecedents_sentence_teaches_no_gender() -> None:
    text = ("Tom Hale was jailed.\n\nJudge Sam Voss refused to give him credit for the years he had served.\n\n"
            '"This is a fair sentence," she said.')
    assert credits(text) == [("This is a fair sentence,", "Sam Voss")]


def test_a_pronoun_after_a_speech_verb_teaches_its_speakers_gender() -> None:
    text = ("Ann Price and Lee Dorn met. Lee Dorn said he was tired.\n\n"
            '"It was long," he said.')
    assert credits(text) == [("It was long,", "Lee Dorn")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ivo Marsh issued the following statement:\n\n“We will appeal the ruling.”", "Ivo Marsh"),
        ("Ivo Marsh spoke first.\n\nHe then listed the three things he wanted:\n\n“Lower fares, more trains "
         "and a new station.”", "Ivo Marsh"),
    ],
    ids=["statement", "pronoun"],
)
def test_a_sentence_ending_in_a_colon_introduces_its_subjects_words(text: str, speaker: str) -> None:
    q = extract_quotes(article_from_text(text, "t.txt")).quotes[-1]
    assert (q.speaker, q.rule) == (speaker, "quote-paragraph")


def test_a_colon_sentence_credits_no_subordinate_clauses_subject() -> None:
    text = "Ivo Marsh spoke first.\n\nAs Ada Brook left, the crowd turned to the stage:\n\n“Not again.”"
    (q,) = extract_quotes(article_from_text(text, "t.txt")).quotes
    assert q.speaker is None
