"""Who a mention names: canonical names, roles, descriptions and bodies (issue 13's name-form classes).
Every sentence here is written for these tests in the pattern, none is copied from an article."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
from quotecheck.extract.mentions import MentionFinder
from quotecheck.extract.speakers import Registry
from quotecheck.extract.tokens import tokenize
from quotecheck.models import Quote

_LEAD = "Officials met on Monday to discuss the plan.\n\n"


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(article_from_text(_LEAD + text, "t.txt")).quotes)


def credits(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.mention) for q in quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We respect the verdict," Crown counsel Nora Brant SC said.', [("Nora Brant", "Nora Brant SC")]),
        ('"We respect the verdict," said Nora Brant KC.', [("Nora Brant", "Nora Brant KC")]),
        ('"The plan is sound," said Owen Pask MP.', [("Owen Pask", "Owen Pask MP")]),
        ('"The plan is sound," said Owen Pask TD.', [("Owen Pask", "Owen Pask TD")]),
        ('"The plan is sound," Sinn Féin TD Owen Pask said.', [("Owen Pask", "Sinn Féin TD Owen Pask")]),
        # after a party or a rank the letters head a role: no name there
        ('"The plan is sound," said the Labour MP.', [(None, "the Labour MP")]),
        ('"The plan is sound," said a Senior Tory MP.', [(None, "a Senior Tory MP")]),
    ],
    ids=["sc", "kc", "mp", "td", "party-td-before-name", "party-mp", "rank-party-mp"],
)
def test_post_nominal_letters_are_not_the_name(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The law binds us all," said Judge Wendell Orme, III, on Friday. "It is done," Orme said.',
         [("Wendell Orme III", "Judge Wendell Orme, III"), ("Wendell Orme III", "Orme")]),
        ('"The law binds us all," said Wendell Orme, Jr., on Friday.', [("Wendell Orme Jr.", "Wendell Orme, Jr.")]),
        ('"The law binds us all," said Wendell Orme III.', [("Wendell Orme III", "Wendell Orme III")]),
    ],
    ids=["comma-iii", "comma-jr", "iii"],
)
def test_a_generational_suffix_is_part_of_the_name(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The evidence was weak," the judge said.', [(None, "the judge")]),
        ('"It is a fair offer," the food firm boss said.', [(None, "the food firm boss")]),
        ('"We are not moving," a union source said. "They must pay," they added.',
         [(None, "a union source"), (None, "they")]),
        ('"We have not decided," an official told reporters.', [(None, "an official")]),
        # a role the article ties to its holder still names the holder
        ('The judge, Ines Garrow, heard the case. "The evidence was weak," the judge said.',
         [("Ines Garrow", "the judge")]),
    ],
    ids=["the-judge", "firm-boss", "source-then-they", "one-official", "judge-named"],
)
def test_a_role_nobody_is_named_for_keeps_its_mention_and_names_nobody(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Mr Justice Penrose spoke to the court. The judge said: "He knew about it."', [("Penrose", "The judge")]),
        ('Supt Ann Lee gave evidence. "They were dependable," the superintendent said.',
         [("Ann Lee", "the superintendent")]),
        ('"It is clear," said Judge Wendell Orme. "It is done," the judge added.',
         [("Wendell Orme", "Judge Wendell Orme"), ("Wendell Orme", "the judge")]),
        # "CEO of ...": the office is the noun before "of"
        ('Mike Dorn, CEO of food maker Bakkavor, spoke. "We made a good offer," the CEO said.',
         [("Mike Dorn", "the CEO")]),
    ],
    ids=["mr-justice", "supt", "judge-title", "ceo-of"],
)
def test_a_title_or_an_office_of_something_gives_the_role_its_holder(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A superintendent told the trial they were "dependable". Supt Ann Lee, of Ennis station, gave evidence.',
         [("Ann Lee", "A superintendent")]),
        ('Food firm boss hits back at "disruptive" union.\n\nThe firm’s chief executive, Mike Dorn, spoke.',
         [("Mike Dorn", "Food firm boss")]),
        ('The boss of a food firm hit back at the union for "encouraging" strikes. Its chief executive Mike Dorn '
         "spoke.", [("Mike Dorn", "The boss")]),
        # another office, or a name too far on, is nobody's
        ('A superintendent told the trial they were "dependable". Sgt Ann Lee gave evidence.',
         [(None, "A superintendent")]),
        ('A superintendent told the trial they were "dependable".' + " The trial went on." * 50
         + " Supt Ann Lee gave evidence.", [(None, "A superintendent")]),
    ],
    ids=["lede-then-name", "headline-then-name", "boss-of-then-name", "other-office", "too-far"],
)
def test_a_role_introduced_before_its_name_is_the_person_named_next(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('NHS officials said the strike was "unlike anything".', [("NHS", "NHS officials")]),
        ('Labour officials said the plan was "a mess".', [("Labour Party", "Labour officials")]),
        ('Officials said the plan was "a mess".', [("Officials", "Officials")]),
        ('Garda Owen Pask said it was "a huge loss".', [("Owen Pask", "Garda Owen Pask")]),
    ],
    ids=["body-officials", "party-officials", "bare-officials", "garda-rank"],
)
def test_a_body_speaks_through_its_officials_and_a_rank_or_dateline_is_no_name(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    "sentence",
    ["DUBLIN (KTV) -- At the hearing, Owen Pask spoke.", "DUBLIN (KTV) — At the hearing, Owen Pask spoke."],
    ids=["two-hyphens", "dash"],
)
def test_a_dateline_with_a_double_hyphen_is_never_a_speaker(sentence: str) -> None:
    tokens = tokenize(sentence, 0, len(sentence), [])
    found = MentionFinder(Registry(), sentence).sentence_mentions(tokens)
    assert [sentence[m.start : m.end] for m in found] == ["Owen Pask"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Noting that Tesco had raised its dividend, Ann Lee of the IFS said the results were "mixed".',
         [("Ann Lee", "Ann Lee of the IFS")]),
        ('Ann Lee of Fidelity’s share dealing service said the results were "mixed".',
         [("Ann Lee", "Ann Lee of Fidelity’s share dealing service")]),
        ('Noting that Tesco had raised its dividend, Ann Lee of Fidelity’s share dealing service said the '
         'results were "mixed".', [("Ann Lee", "Ann Lee of Fidelity’s share dealing service")]),
    ],
    ids=["fronted-clause-name-of-body", "possessive-then-noun", "both"],
)
def test_an_organisation_near_a_person_does_not_take_the_credit(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert credits(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tom Frost told Times Radio: "We will win."\n\nThe shadow home secretary said: "They have lost it."', None),
        ('Tom Frost told Times Radio: "We will win."\n\nThe former chancellor said: "They have lost it."', None),
        ('Prime Minister Ann Lee spoke.\n\nThe prime minister said: "We will win."', "Ann Lee"),
    ],
)
def test_a_modified_office_is_not_the_person_just_named(text: str, speaker: str | None) -> None:
    """A definite title stands for the person just named, unless a modifier ("shadow", "former") makes it
    another office."""
    quotes = list(extract_quotes(article_from_text("Ministers met on Monday.\n\n" + text, "t.txt")).quotes)
    assert quotes[-1].speaker == speaker
