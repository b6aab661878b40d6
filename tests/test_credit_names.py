"""Who a mention names: canonical names, roles, descriptions and bodies (issue 13's name-form classes).
Every sentence here is written for these tests in the pattern, none is copied from an article."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
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
