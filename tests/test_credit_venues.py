"""Venues found on real news copy (issue 13's development sets): courtroom audiences, the court's door,
documents, presenters and the exchange a reply answers. Every sentence here is written for these tests in
the pattern, none is copied from an article."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes

_LEAD = "Officials met on Monday to discuss the plan.\n\n"


def venues(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, venue) of every quote of ``text`` (after a neutral first paragraph)."""
    article = article_from_text(_LEAD + text, "t.txt")
    return [(q.text, q.speaker, q.venue) for q in extract_quotes(article).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('“You must weigh the evidence calmly,” Justice Mary Cole told the jury.',
         [("You must weigh the evidence calmly,", "Mary Cole", "court (jury)")]),
        ('Tom Reed, prosecuting, told the Jury: "He knew exactly what he was doing."',
         [("He knew exactly what he was doing.", "Tom Reed", "court (jury)")]),
        ('Ann Lowe told the state supreme court last month that she had “never seen anything like it”.',
         [("never seen anything like it", "Ann Lowe", "court")]),
        ('“I am deeply sorry,” Paul Grant told U.S. District Judge Helen Ward.',
         [("I am deeply sorry,", "Paul Grant", "court")]),
        ('Paul Grant told the judge he was “a changed man”.', [("a changed man", "Paul Grant", "court (judge)")]),
        ('“I come here a humbled man,” Paul Grant said at his sentencing before Judge Helen Ward.',
         [("I come here a humbled man,", "Paul Grant", "court (sentencing)")]),
        ('“You betrayed the people who trusted you,” said Judge Helen Ward as she sentenced Grant.',
         [("You betrayed the people who trusted you,", "Helen Ward", "court")]),
        ('His lawyer, Mark Hyde, had argued in court that the inquiry was “a vendetta”.',
         [("a vendetta", "Mark Hyde", "court")]),
    ],
    ids=["told-the-jury", "told-the-Jury-colon", "told-a-named-court", "told-a-judge-by-name", "told-the-judge",
         "at-his-sentencing", "as-she-sentenced", "argued-in-court"],
)
def test_a_courtroom_audience_or_sitting_is_the_court(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert venues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Outside court, Mark Hyde said there were “no winners”.', [("no winners", "Mark Hyde", "outside court")]),
        ('“It is over,” Mark Hyde said outside the courthouse.',
         [("It is over,", "Mark Hyde", "outside the courthouse")]),
        ('Speaking outside the High Court, Mark Hyde said it was “a good day”.',
         [("a good day", "Mark Hyde", "outside the High Court")]),
        ('“Justice has been done,” Mark Hyde said in a statement read outside court.',
         [("Justice has been done,", "Mark Hyde", "statement read outside court")]),
    ],
    ids=["outside-court", "outside-the-courthouse", "outside-a-named-court", "statement-read-outside-court"],
)
def test_the_courts_door_is_the_venue(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert venues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Outside the town hall, Mark Hyde read a statement to reporters, saying “we are relieved”.',
         [("we are relieved", "Mark Hyde", "statement")]),
        ('Paul Grant sent a letter to the board arguing that he was “not a bad man”.',
         [("not a bad man", "Paul Grant", "letter")]),
        ('In text messages to his coach, Paul Grant said: “Can anything be done?”',
         [("Can anything be done?", "Paul Grant", "text messages")]),
        ('“I was at home all night,” Paul Grant told detectives.',
         [("I was at home all night,", "Paul Grant", "detectives")]),
    ],
    ids=["read-a-statement", "sent-a-letter", "in-text-messages", "told-detectives"],
)
def test_a_document_or_audience_named_by_the_verb(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert venues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Radio Hub presenter Jo Bloggs said: “So the plan is dead?”\n\nTom Hinds replied: “Not at all.”',
         [("So the plan is dead?", "Jo Bloggs", "Radio Hub"), ("Not at all.", "Tom Hinds", "Radio Hub")]),
        ('Jo Smith, presenter on the Morning Show, asked: “Is it over?”\n\nTom Hinds responded: “No.”',
         [("Is it over?", "Jo Smith", "The Morning Show"), ("No.", "Tom Hinds", "The Morning Show")]),
        ('Sky’s Kay Nolan put it to Tom Hinds that he was “hiding the truth”.\n\nHinds replied: “Of course not.”',
         [("hiding the truth", "Kay Nolan", "Sky"), ("Of course not.", "Tom Hinds", "Sky")]),
        ('Tom Hinds was also asked by Sky News if the time was right.\n\n“When is it ever right?” he replied.',
         [("When is it ever right?", "Tom Hinds", "Sky News")]),
        ('Tom Hinds was approached later on Radio Hub, and he repeated: “Nobody is lying.”',
         [("Nobody is lying.", "Tom Hinds", "Radio Hub")]),
        ('Tom Hinds said he would “fetch a cup of tea” during a clash on the flagship Radio Hub Today programme.',
         [("fetch a cup of tea", "Tom Hinds", "Radio Hub Today programme")]),
    ],
    ids=["outlet-presenter", "presenter-on-programme", "outlets-presenter", "reply-to-asked-by",
         "later-on-outlet", "on-the-programme"],
)
def test_the_exchange_gives_the_venue(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert venues(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Tom Hinds told LBC he was “sure”.\n\nAnn Lee said: “He is wrong.”',
         [("sure", "Tom Hinds", "LBC"), ("He is wrong.", "Ann Lee", None)]),
        ('Tom Hinds said the plan was “dead” during a bad-tempered interview.',
         [("dead", "Tom Hinds", "interview")]),
        ('Tom Hinds said he was “determined” in a round of interviews.', [("determined", "Tom Hinds", None)]),
        ('The NHS’s Tom Hinds said the wait was “too long”.', [("too long", "Tom Hinds", None)]),
    ],
    ids=["a-new-said-is-not-a-reply", "tone-is-not-the-venue", "a-round-names-no-venue", "a-body-is-no-outlet"],
)
def test_no_venue_is_invented(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert venues(text) == expected


def test_an_outlet_that_opens_a_presenters_mention_still_starts_the_mention() -> None:
    text = _LEAD + "“He did well,” said MSNBC host Jo Bloggs."
    quote = extract_quotes(article_from_text(text, "t.txt")).quotes[0]
    assert quote.venue == "MSNBC"
    assert quote.mention_span is not None and text[quote.mention_span.start :].startswith("MSNBC")
