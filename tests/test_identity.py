"""Speaker identity (quotecheck.extract.identity): one decision for align, conflicts, lineup, check and the app."""

from __future__ import annotations

import pytest

from quotecheck.extract import Agreement, extract_quotes, same_name, same_speaker, speaker_key
from quotecheck.extract.identity import same_first_name, surname
from quotecheck.ingest import article_from_text
from quotecheck.models import ArticleQuotes, Speaker, SpeakerKind
from quotecheck.pipeline import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Bob Hale", "Robert Hale"),
        ("Bill Ames", "William Ames"),
        ("Liz Carter", "Elizabeth Carter"),
        ("Mike Dunn", "Michael Dunn"),
        ("Jim Otis", "James Otis"),
        ("Tom Reed", "Thomas Reed"),
        ("Dave Moss", "David Moss"),
        ("Steve Lyle", "Stephen Lyle"),
        ("Steven Lyle", "Stephen Lyle"),
        ("Chris Vane", "Christopher Vane"),
        ("Kate Orr", "Catherine Orr"),
        ("Katherine Orr", "Catherine Orr"),
        ("Robert J. Hale", "Robert Hale"),
        ("Bob Hale", "Robert J Hale"),
        ("R. Hale", "Robert Hale"),
        ("R Hale", "Bob Hale"),
        ("Ms Cooper", "Yvette Cooper"),
        ("Sir Keir", "Keir Starmer"),
        ("Shadow Home Secretary Yvette Cooper", "Yvette Cooper"),
        ("Hale", "Bob Hale"),
        ("von der Leyen", "Ursula von der Leyen"),
        ("Home Office minister Chris Philp", "Christopher Philp"),
        ("No10", "Downing Street"),
        ("No 10", "Downing Street"),
        ("Tories", "Conservative Party"),
        ("the Conservatives", "Tory"),
        ("Labour", "Labour Party"),
        ("the Government", "Government"),
    ],
)
def test_one_speaker(a: str, b: str) -> None:
    assert same_speaker(a, None, b, None) is Agreement.AGREE
    assert same_speaker(b, None, a, None) is Agreement.AGREE
    if not a.startswith("Sir "):  # a key cannot know a knight's surname: the registry resolves him first
        assert speaker_key(a)[0] == speaker_key(b)[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ann Lee", "Tom Lee"),
        ("Robert Hale", "Richard Hale"),
        ("Bob Hale", "Bill Hale"),
        ("T. Hale", "Robert Hale"),
        ("Robert J. Hale", "Robert K. Hale"),
        ("Donald Trump", "Donald Trump Jr."),
        ("Chris Philp", "Yvette Cooper"),
        ("Labour Party", "Conservative Party"),
        ("Tories", "Labour"),
    ],
)
def test_two_speakers(a: str, b: str) -> None:
    assert same_speaker(a, None, b, None) is Agreement.DISAGREE
    assert same_speaker(b, None, a, None) is Agreement.DISAGREE
    assert not same_name(a, b)


def test_nothing_to_compare() -> None:
    assert same_speaker(None, None, "Yvette Cooper", None) is Agreement.UNKNOWN
    assert same_speaker("Yvette Cooper", None, None, None) is Agreement.NONE
    assert same_speaker("the home secretary", None, "Yvette Cooper", None) is Agreement.UNKNOWN
    assert same_speaker("Government", None, "Home Office", None) is Agreement.UNKNOWN  # no party to part them
    assert same_speaker("Government", None, "Yvette Cooper", None) is Agreement.WEAK
    assert not same_name(None, "Yvette Cooper")


def test_a_role_agrees_when_the_record_says_so() -> None:
    cooper = Speaker(name="Yvette Cooper", roles=("shadow home secretary",))
    assert same_speaker("the shadow home secretary", None, "Yvette Cooper", cooper) is Agreement.AGREE
    assert same_speaker("Yvette Cooper", cooper, "the shadow home secretary", None) is Agreement.AGREE
    assert same_speaker("the chancellor", None, "Yvette Cooper", cooper) is Agreement.UNKNOWN
    # "Mr Justice Penrose" is a judge by his title; "the judge" is him
    penrose = Speaker(name="Penrose", aliases=("Mr Justice Penrose",))
    assert same_speaker("the judge", None, "Mr Justice Penrose", penrose) is Agreement.AGREE
    assert same_speaker("the judge", None, "Mr Justice Penrose", None) is Agreement.AGREE
    assert same_speaker("the judge", None, "Ann Penrose", None) is Agreement.UNKNOWN


def test_a_body_and_a_person_of_a_rival_party() -> None:
    cooper = Speaker(name="Yvette Cooper", roles=("labour shadow home secretary",))
    tories = Speaker(name="Conservative Party", kind=SpeakerKind.BODY)
    assert same_speaker("Conservative Party", tories, "Yvette Cooper", cooper) is Agreement.DISAGREE
    assert same_speaker("Labour", None, "Yvette Cooper", cooper) is Agreement.AGREE


def test_first_names_and_surnames() -> None:
    assert same_first_name("bob", "robert") and same_first_name("harry", "henry") and same_first_name("r", "bob")
    assert not same_first_name("bob", "william") and not same_first_name("t", "robert")
    assert surname("Martin Luther King III") == "King" and surname("Yvette Cooper") == "Cooper"
    assert speaker_key("Donald Trump Jr.") == ("trump jr", True)
    assert speaker_key("No10") == speaker_key("Downing Street") == ("body:downing street", False)
    assert speaker_key(None) == (None, False)


def _art(path: str, body: str) -> ArticleQuotes:
    return extract_quotes(article_from_text(f"outlet: {path}\ndate: 2025-03-04\n\n{body}\n", path))


def test_bob_and_robert_hale_are_one_speaker_across_articles() -> None:
    quote = "We will build the new bridge before the winter floods come back to the valley again."
    a = _art("a.txt", f"Council leader Bob Hale said: “{quote}”\n\nThe bridge will cost £4m.")
    b = _art("b.txt", f"Council leader Robert Hale said: “{quote}”\n\nThe bridge will cost £4m.")
    comparison = compare([a, b])
    [cluster] = comparison.clusters
    assert {(m.file, m.speaker) for m in cluster.members} == {("a.txt", "Bob Hale"), ("b.txt", "Robert Hale")}
    assert comparison.conflicts == ()
    [lineup] = comparison.lineups
    quoted = [row for row in lineup.rows if any(quote[:20] in c.text for c in row.cells)]
    assert len(quoted) == 1 and len(quoted[0].cells) == 2


def test_two_people_of_one_surname_are_a_conflict() -> None:
    quote = "We will build the new bridge before the winter floods come back to the valley again."
    a = _art("a.txt", f"Council leader Ann Hale said: “{quote}”")
    b = _art("b.txt", f"Council leader Tom Hale said: “{quote}”")
    [conflict] = compare([a, b]).conflicts
    assert conflict.kind == "speaker"
    assert {m.speaker for m in conflict.members} == {"Ann Hale", "Tom Hale"}


def test_the_apps_speaker_filter_knows_one_speaker_by_every_name() -> None:
    from quotecheck.tui.data import Filters, build_dataset

    quote = "We will build the new bridge before the winter floods come back to the valley again."
    a = _art("a.txt", f"Council leader Bob Hale said: “{quote}”")
    b = _art("b.txt", f"Council leader Robert Hale said: “{quote}”")
    c = _art("c.txt", f"Mayor Ann Lee said: “{quote} And soon.”")
    [event] = build_dataset(compare([a, b, c])).events
    assert event.speakers() == ["Ann Lee", "Bob Hale"]  # one name for Bob and Robert Hale
    [row] = event.rows
    assert row.matches(Filters(speaker="Robert Hale"), "") and row.matches(Filters(speaker="Bob Hale"), "")
    assert not row.matches(Filters(speaker="Tom Hale"), "")


def test_a_one_word_fragment_of_another_person_of_the_same_surname_stays_apart() -> None:
    a = _art("a.txt", "Council leader Bob Hale said the scheme was “reckless” and would cost too much.")
    b = _art("b.txt", "Council leader Robert Hale said: “This scheme is reckless and it will cost us dearly.”")
    c = _art("c.txt", "Councillor Tom Hale said: “This scheme is reckless and it will cost us dearly.”")
    assert [sorted(m.file for m in cl.members) for cl in compare([a, b]).clusters] == [["a.txt", "b.txt"]]
    clusters = compare([a, c]).clusters
    assert all(len({m.file for m in cl.members}) == 1 for cl in clusters)


def test_the_report_counts_one_speaker_once() -> None:
    from quotecheck.report.markdown import comparison_markdown

    quote = "We will build the new bridge before the winter floods come back to the valley again."
    a = _art("a.txt", f"Council leader Bob Hale said: “{quote}”")
    b = _art("b.txt", f"Council leader Robert Hale said: “{quote}”")
    table = comparison_markdown(compare([a, b])).split("### Who is quoted where")[1].split("###")[0]
    assert "| Bob Hale | 1 | 1 |" in table and "Robert Hale" not in table
