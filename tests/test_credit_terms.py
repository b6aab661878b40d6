"""Short quoted terms inside someone's clause (issue 13): a cue that closes the sentence after a comma, and
the subject of the clause a quote sits in when no verb of saying credits it. Every sentence is written
for these tests."""

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
    # the host's word (a host never named): not Ivo Marsh's
    assert (q.speaker, q.cue, q.mention) == (None, "called", "the host")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("Ada Brook named “the price of bread” as her main worry.", "Ada Brook", "Ada Brook"),
        ("Ada Brook is promising lower fares and “trains, trains, trains” for the north.", "Ada Brook", "Ada Brook"),
        ("Ada Brook and Ivo Marsh regard the rebels as “lost causes” and have stopped calling them.",
         "Ada Brook", "Ada Brook"),
        ("At a rally on Friday, Ada Brook likened the scheme to a “leaky bucket”.", "Ada Brook", "Ada Brook"),
        ("Ada Brook spoke first. She has staked her career on a “green corridor”.", "Ada Brook", "She"),
        ("Ada Brook, who has cast herself as a “people's candidate,” is touring the docks.", "Ada Brook", "who"),
    ],
)
def test_a_term_in_the_subjects_clause_is_the_subjects_words(text: str, speaker: str, mention: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention, q.rule, q.kind.value) == (speaker, mention, "clause-subject", "partial")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook was warned the new timetable would be “chaos”.",
        "The vote came as Ada Brook met her “old friends” in the capital.",
        "Ada Brook defended the plan, even as rail unions criticized it as “reckless”.",
        "Ada Brook chairs the board; the fares were still “too high”.",
    ],
    ids=["passive-hearer", "subordinate-subject", "verb-with-own-subject", "after-a-semicolon"],
)
def test_a_term_outside_the_subjects_own_clause_is_not_credited_to_the_subject(text: str) -> None:
    q = quotes(text)[-1]
    assert q.rule != "clause-subject"
    assert q.speaker is None


def test_a_title_in_prose_stays_a_scare_quote() -> None:
    (show,) = quotes("Ada Brook watches “The Long Road” most evenings.")  # a name, not her words
    assert (show.kind.value, show.speaker) == ("scare", None)


def test_a_headline_credits_no_clause_subject() -> None:
    article = article_from_text("Ada Brook backs ‘lost causes’\n\nAda Brook spoke on Monday.\n", "t.txt")
    (q,) = extract_quotes(article).quotes
    assert q.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "cue"),
    [
        ("Ada Brook spoke on Friday. Her claim that the port was “a death trap” was denied.",
         "Ada Brook", "Her", "claim"),
        ("Ada Brook's call for “a total rethink” of the timetable went unanswered.",
         "Ada Brook", "Ada Brook's", "call"),
        ("The row began with Ada Brook's promise to be “even-handed” in the dispute.", "Ada Brook", "Ada Brook's",
         "promise"),
    ],
)
def test_a_quote_in_a_noun_of_sayings_complement_is_its_possessors(
    text: str, speaker: str, mention: str, cue: str
) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention, q.cue, q.rule) == (speaker, mention, cue, "claim-possessor")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook's statement about the fares is “simply wrong”, the review found.",
        "Ada Brook's remarks came after the mayor said the port was “a death trap”.",
        "Ada Brook's comments were “unhelpful” in the view of the board.",
    ],
    ids=["predicate-after-a-verb-of-being", "a-verb-with-its-own-subject", "no-complement"],
)
def test_a_quote_outside_the_nouns_complement_is_not_the_possessors(text: str) -> None:
    assert only_quote(text).rule != "claim-possessor"


@pytest.mark.parametrize(
    ("text", "mention", "rule"),
    [
        ("A report published last spring found a “pattern of neglect” at the depot.",
         "A report", "document-clause"),
        ("The memo puts the cost at “well over a billion” by 2030.", "The memo", "document-clause"),
        ("The depot was “left to rot” for a decade or more, the lawsuit alleges.", "the lawsuit", "trailing-cue"),
    ],
)
def test_a_text_is_the_mention_of_a_quote_in_its_clause(text: str, mention: str, rule: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention, q.rule) == (None, mention, rule)
