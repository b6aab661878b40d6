"""Subjects in real copy's clause shapes (issue 13): progressives are active, a sentence may open with
its verb, a party never named keeps its mention, a preposition's object is no subject. Every sentence
is written for these tests."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
from quotecheck.models import Quote

LEAD = "Officials met on Monday to discuss the plan.\n\n"


def only_quote(text: str) -> Quote:
    (q,) = extract_quotes(article_from_text(LEAD + text, "t.txt")).quotes
    return q


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Ada Brook is stressing the need for walls against “constant attack” from abroad.", "Ada Brook", "stressing"),
        ("Ada Brook was telling the crowd the plan was “a disgrace”.", "Ada Brook", "telling"),
        ("Ada Brook was told the plan was “a disgrace”.", None, None),
    ],
)
def test_a_progressive_is_active_and_a_participle_after_be_is_passive(
    text: str, speaker: str | None, cue: str | None
) -> None:
    q = only_quote(text)
    assert (q.speaker, q.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("Said Ivo Marsh: “Nobody asked us first.”", "Ivo Marsh", "Ivo Marsh"),
        ("Ivo Marsh spoke last.\n\nSaid the mayor, “Nobody asked us first.”", "Ivo Marsh", "the mayor"),
    ],
)
def test_a_sentence_opening_with_its_verb_names_the_speaker_after_it(
    text: str, speaker: str, mention: str
) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("At a meeting with local leaders, one questioner claimed that “the rules are rigged”.", "one questioner"),
        ("Several farming groups said the scheme was “dead on arrival”.", "Several farming groups"),
        ("“We were never consulted,” two regular diners said.", "two regular diners"),
        ("“We were never consulted,” said one shopkeeper.", "one shopkeeper"),
    ],
)
def test_a_party_never_named_keeps_its_mention_and_names_nobody(text: str, mention: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention) == (None, mention)


def test_the_object_of_a_preposition_with_a_modifier_is_no_subject() -> None:
    q = only_quote("Ivo Marsh met with angry farmers, and later claimed the scheme was “dead on arrival”.")
    assert q.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“We were never consulted,” the shopkeeper told the inquiry.", "the shopkeeper"),
        ("“We were never consulted,” said the night porter.", "the night porter"),
        ("The ad's narrator says the council “lost control of the budget”.", "The ad's narrator"),
        ("Their oldest customer wrote that the shop was “full of ghosts”.", "Their oldest customer"),
        ("“We were never consulted,” a narrator in the new ad says.", "a narrator in the new ad"),
    ],
)
def test_a_description_of_a_party_never_named_keeps_its_mention(text: str, mention: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention) == (None, mention)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The scheme was “years behind schedule”, according to one senior engineer.", "one senior engineer"),
        ("According to her oldest customer, the shop was “never busier”.", "her oldest customer"),
    ],
)
def test_according_to_a_party_never_named_keeps_its_mention(text: str, mention: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention, q.cue) == (None, mention, "according to")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("Ivo Marsh spoke last. He’s claiming the plan is “dead in the water”.", "Ivo Marsh", "He’s"),
        ("Ada Brook spoke last. She's said the fares are “far too high”.", "Ada Brook", "She's"),
    ],
)
def test_a_pronoun_with_a_contracted_verb_is_a_subject_not_a_possessor(text: str, speaker: str, mention: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention) == (speaker, mention)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Brook spoke in Leeds, West Yorkshire, arguing that the cuts were “a betrayal”.",
        "Ada Brook met the rail union's leaders, saying later that the talks had been “a waste of time”.",
    ],
)
def test_a_participle_after_a_comma_has_the_clauses_subject(text: str) -> None:
    q = only_quote(text)
    assert (q.speaker, q.mention) == ("Ada Brook", "Ada Brook")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Northwind Foods Ltd said profits rose. “We will grow,” the company said. “We are strong,” it added.",
         "Northwind Foods Ltd"),
        ("Ada Brook spoke first. “We are strong,” it added.", None),
    ],
    ids=["the-body-just-credited", "never-a-person"],
)
def test_it_after_a_quote_is_the_body_just_credited(text: str, speaker: str | None) -> None:
    q = extract_quotes(article_from_text(LEAD + text, "t.txt")).quotes[-1]
    assert (q.speaker, q.mention, q.cue) == (speaker, "it", "added")


def test_what_a_pronoun_called_gives_the_mention_to_the_subject_it_means() -> None:
    q = only_quote("Ivo Marsh condemned what he called a “reckless gamble” with public money.")
    assert (q.speaker, q.mention, q.cue) == ("Ivo Marsh", "Ivo Marsh", "called")
