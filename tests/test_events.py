"""Events (quotecheck.events): dates, roles, content; hand-written articles."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from quotecheck.events import _features, _offices, _phase, _recaps, group_events
from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.models import ArticleQuotes


def art(path: str, body: str, day: str | None = None, outlet: str = "Test Gazette") -> ArticleQuotes:
    header = f"outlet: {outlet}\n" + (f"date: {day}\n" if day else "") + "\n"
    return extract_quotes(article_from_text(header + body, path))


HOUSING = (
    "Housing secretary Alex Morgan unveiled plans for 300,000 new council homes on Tuesday, promising "
    "faster planning decisions on brownfield land.\n"
    "Ms Morgan said: “We will build the homes this country needs, and we will build them faster.”\n"
    "Shadow housing secretary Sam Okafor called the plan a fantasy with no money behind it.\n"
)
HOUSING_FOLLOW_UP = (
    "Councils warned on Wednesday that the 300,000 council homes promised by housing secretary Alex Morgan "
    "would need new money for brownfield land.\n"
    "Mr Okafor said the plan was “a fantasy dressed up as a policy”.\n"
)
FLOODS = (
    "Heavy rain flooded hundreds of properties across the river valley, and the Environment Agency issued "
    "severe flood warnings for three towns.\n"
    "Residents were evacuated by boat as the river burst its banks overnight.\n"
)
HOUSING_LATER = (
    "Two years after her first council homes plan, Alex Morgan opened the first of the brownfield "
    "estates, with 300,000 homes still the target. Housing Secretary Sam Okafor was in the audience.\n"
    "Ms Morgan said: “We will build the homes this country needs.”\n"
)


def files(events: list[object]) -> list[list[str]]:
    return [list(e.files) for e in events]  # type: ignore[attr-defined]


def test_same_story_and_next_day_follow_up_are_one_event() -> None:
    events = group_events([art("a.txt", HOUSING, "2025-03-04"), art("b.txt", HOUSING_FOLLOW_UP, "2025-03-05")])
    assert files(events) == [["a.txt", "b.txt"]]
    assert events[0].id == "e1"
    assert events[0].first_published is not None and events[0].first_published.isoformat() == "2025-03-04"


def test_a_different_story_on_the_same_day_is_another_event() -> None:
    events = group_events([art("a.txt", HOUSING, "2025-03-04"), art("f.txt", FLOODS, "2025-03-04")])
    assert files(events) == [["a.txt"], ["f.txt"]]


def test_a_later_happening_with_the_same_people_is_another_event() -> None:
    events = group_events([art("a.txt", HOUSING, "2025-03-04"), art("z.txt", HOUSING_LATER, "2027-05-01")])
    assert files(events) == [["a.txt"], ["z.txt"]]


def test_an_undated_article_joins_the_event_it_matches_best() -> None:
    results = [
        art("a.txt", HOUSING, "2025-03-04"),
        art("f.txt", FLOODS, "2025-03-04"),
        art("u.txt", HOUSING_FOLLOW_UP),
    ]
    events = group_events(results)
    assert files(events) == [["a.txt", "u.txt"], ["f.txt"]]
    assert events[0].undated == ("u.txt",)


def test_an_undated_article_naming_a_later_year_does_not_join_an_earlier_event() -> None:
    later = HOUSING_FOLLOW_UP + "More than 70 families were rehoused in 2026.\n"
    events = group_events([art("a.txt", HOUSING, "2025-03-04"), art("u.txt", later)])
    assert files(events) == [["a.txt"], ["u.txt"]]


def test_the_same_office_held_by_someone_else_means_another_time() -> None:
    def offices(text: str) -> dict[str, str]:
        return _offices(art("x.txt", text + "\n"))

    assert offices("Home Secretary Suella Braverman said no. Tory Shadow Home Secretary Chris Philp said yes.") == {
        "home secretary": "braverman", "shadow home secretary": "philp",
    }
    assert offices("Chris Philp, the shadow home secretary, said no.") == {"shadow home secretary": "philp"}
    assert offices("Former Home Secretary Suella Braverman said no.") == {}
    assert offices("Home Secretary Suella Braverman met Home Secretary James Cleverly.") == {}
    # an office a later mention is taken for is no office the article gives
    assert offices("Shadow home secretary Ann Lee spoke. The home secretary, she said, was wrong.") == {
        "shadow home secretary": "lee",
    }
    first = art("a.txt", HOUSING)
    second = art("b.txt", HOUSING_FOLLOW_UP.replace("housing secretary Alex Morgan", "Ms Morgan")
                 + "Housing Secretary Sam Okafor replied.\n")
    assert files(group_events([first, second])) == [["a.txt"], ["b.txt"]]


def test_ids_by_date_then_path_and_a_readable_title() -> None:
    results = [art("z.txt", HOUSING_LATER, "2027-05-01"), art("b.txt", FLOODS, "2025-03-04"),
               art("a.txt", HOUSING, "2025-03-04")]
    events = group_events(results)
    assert [(e.id, e.files) for e in events] == [("e1", ("a.txt",)), ("e2", ("b.txt",)), ("e3", ("z.txt",))]
    assert events[0].title.startswith("2025-03-04: Alex Morgan")
    assert "homes" in events[0].topics or "council" in events[0].topics


def test_the_order_of_the_input_does_not_matter() -> None:
    results = [
        art("a.txt", HOUSING, "2025-03-04"),
        art("b.txt", HOUSING_FOLLOW_UP, "2025-03-05"),
        art("f.txt", FLOODS, "2025-03-04"),
        art("u.txt", HOUSING_FOLLOW_UP),
        art("z.txt", HOUSING_LATER, "2027-05-01"),
    ]
    expected = group_events(results)
    for perm in itertools.permutations(results):
        assert group_events(list(perm)) == expected


SENTENCING = (
    "A driver who killed a cyclist while travelling at more than twice the speed limit has been jailed for "
    "nine years.\n"
    "Craig Mellor, 34, hit Ruth Okonjo on the A614 in Northbridge in October.\n"
    "Sentencing him at Northbridge Crown Court, Judge Helen Castle said: “You chose to drive at more than twice "
    "the speed limit on a road you knew well, and a young mother paid for that choice with her life.”\n"
    "Mrs Okonjo's husband Daniel said: “Ruth was the heart of our family.”\n"
)
SENTENCING_ELSEWHERE = (
    "A cocaine-fuelled driver who mowed down a young mother as she cycled home has been locked up for nine years.\n"
    "Craig Mellor was doing 68mph in a 30mph limit when his car hit Ruth Okonjo, a pharmacist.\n"
    "The judge told him that “a young mother paid for that choice with her life”.\n"
    "Daniel Okonjo said: “Ruth was the heart of our family. Nothing the court does today will bring her back.”\n"
)
SAME_COURT_OTHER_CASE = (
    "Four members of a burglary gang who posed as water board workers to steal from elderly people in "
    "Northbridge have been jailed for a total of 22 years.\n"
    "Ringleader Wayne Haskins, 41, was jailed for eight years at Northbridge Crown Court.\n"
    "Judge Helen Castle told the gang: “You preyed on the old and the frail because you thought they would be "
    "easy targets.”\n"
    "Detective Constable Amy Foster said: “These men caused misery to people who had done nothing but open "
    "the door.”\n"
)
CAMPAIGN = (
    "The husband of a cyclist killed by a speeding driver on the A614 has launched a campaign for average "
    "speed cameras on the road.\n"
    "Daniel Okonjo's wife, Ruth, was hit by Craig Mellor, who was jailed for nine years last month.\n"
    "“I cannot bring Ruth back, but I can stop another family going through this,” Mr Okonjo said.\n"
    "Northshire County Council said each camera site would cost about £250,000.\n"
)


def test_the_same_court_on_the_same_day_is_another_event_for_another_case() -> None:
    results = [art("a.txt", SENTENCING, "2024-05-10"), art("b.txt", SENTENCING_ELSEWHERE, "2024-05-10"),
               art("g.txt", SAME_COURT_OTHER_CASE, "2024-05-10")]
    assert files(group_events(results)) == [["a.txt", "b.txt"], ["g.txt"]]


def test_an_undated_article_that_recaps_the_event_as_last_month_is_a_later_event() -> None:
    results = [art("a.txt", SENTENCING), art("b.txt", SENTENCING_ELSEWHERE), art("c.txt", CAMPAIGN)]
    assert files(group_events(results)) == [["a.txt", "b.txt"], ["c.txt"]]
    # the same sentence about something else "last month" is background, not a recap of the sentencing
    background = CAMPAIGN.replace("who was jailed for nine years last month", "who admitted the charge last month")
    assert _recaps(background) == (frozenset({"admit", "charge"}),)
    assert _recaps(CAMPAIGN) == (frozenset({"jail", "nine"}),)


def test_a_shared_quotation_counts_in_any_version() -> None:
    words = ("Ruth was the heart of our family. Nothing the court does today will bring her back.")
    trimmed = "the heart of our family. Nothing the court does today will"
    a, b = art("a.txt", f"Mr Okonjo said: “{words}”\n"), art("b.txt", f"Mr Okonjo said it was “{trimmed}”.\n")
    fa = _features(a, {}, Counter())
    fb = _features(b, {}, Counter())
    assert fa.quotes & fb.quotes


# Later happenings with the same people, told apart by what the text says (issue 15).

TRIAL = (
    "The jury in the trial of former councillor Dana Whitcombe heard that she moved grant money into "
    "her own accounts over three years at the Harbour Trust.\n"
    "Prosecutor Ian Castell told the court: “She treated the Harbour Trust as her own bank.”\n"
    "The trial continues.\n"
)
VERDICT = (
    "Former councillor Dana Whitcombe was found not guilty of fraud at the Harbour Trust after a jury "
    "deliberated for six hours.\n"
    "Prosecutor Ian Castell said: “We respect the jury's decision on the Harbour Trust grants.”\n"
)
VERDICT_TOO = (
    "Dana Whitcombe, the former councillor, was acquitted of fraud over Harbour Trust grant money.\n"
    "Ian Castell, the prosecutor, said: “We respect the jury's decision on the Harbour Trust grants.”\n"
)


def test_a_verdict_and_the_trial_before_it_are_two_events() -> None:
    events = group_events([art("t.txt", TRIAL, "2025-03-10"), art("v.txt", VERDICT, "2025-03-11"),
                           art("w.txt", VERDICT_TOO, "2025-03-11")])
    assert files(events) == [["t.txt"], ["v.txt", "w.txt"]]


def _sentencing(who: str, term: str) -> str:
    return (
        f"{who} was sentenced to {term} in prison on Monday for bribery and fraud, a federal judge ruled "
        "in Riverton.\n"
        "Judge Harriet Lowe said: “You abused the trust the people of Riverton placed in you.”\n"
    )


def test_sentencings_with_different_terms_are_two_events() -> None:
    events = group_events([
        art("a.txt", _sentencing("Former mayor Colin Prask", "10 years"), "2025-06-02"),
        art("b.txt", _sentencing("Former mayor Colin Prask", "ten years"), "2025-06-02"),
        art("c.txt", _sentencing("Colin Prask Jr., the former mayor's son,", "five years"), "2025-06-02"),
    ])
    assert files(events) == [["a.txt", "b.txt"], ["c.txt"]]


MATCH = (
    "Rovers manager Tom Ellery said his players gave everything after the cup semi-final defeat by "
    "United on Wednesday.\n"
    "“We left everything out there,” Ellery said after the semi-final.\n"
)
MATCH_NEXT_DAY = (
    "Tom Ellery said Rovers would recover from the cup semi-final defeat by United.\n"
    "“We left everything out there,” the Rovers manager said after the semi-final on Wednesday.\n"
)
PRESS_CONFERENCE = (
    "Rovers manager Tom Ellery says the cup semi-final defeat by United will stay with him forever.\n"
    "“I watched the game again at four this morning,” Ellery told reporters on Friday.\n"
)


def test_remarks_on_a_day_after_every_report_are_a_later_happening() -> None:
    events = group_events([art("a.txt", MATCH, "2025-07-09"), art("b.txt", MATCH_NEXT_DAY, "2025-07-10"),
                           art("c.txt", PRESS_CONFERENCE)])
    assert files(events) == [["a.txt", "b.txt"], ["c.txt"]]


def test_remarks_on_a_day_the_reports_name_join_them() -> None:
    same_day = PRESS_CONFERENCE.replace("on Friday", "on Wednesday")
    events = group_events([art("a.txt", MATCH, "2025-07-09"), art("b.txt", MATCH_NEXT_DAY, "2025-07-10"),
                           art("c.txt", same_day)])
    assert files(events) == [["a.txt", "b.txt", "c.txt"]]


STRIKE_START = (
    "Hundreds of workers at the Fenwick bakery in Marston walked out over a pay offer the union called "
    "an insult.\n"
    "Union organiser Jade Corran said: “Our members are angry after years of pay cuts.”\n"
)
STRIKE_WEEKS_ON = (
    "The strike by workers at the Fenwick bakery in Marston over a pay offer has entered its sixth week, "
    "and the union has rejected a new bonus.\n"
    "Bakery director Neil Ashdown said: “The offer on the table is fair and generous.”\n"
)


def test_undated_reports_with_no_quote_or_person_in_common_stay_apart() -> None:
    events = group_events([art("a.txt", STRIKE_START), art("b.txt", STRIKE_WEEKS_ON)])
    assert files(events) == [["a.txt"], ["b.txt"]]


def test_undated_reports_quoting_the_same_person_are_one_event() -> None:
    same_person = STRIKE_WEEKS_ON.replace("Bakery director Neil Ashdown", "Union organiser Jade Corran")
    events = group_events([art("a.txt", STRIKE_START), art("b.txt", same_person)])
    assert files(events) == [["a.txt", "b.txt"]]


def test_a_possessive_or_a_generation_suffix_is_no_other_office_holder() -> None:
    first = art("a.txt", "Housing minister Grant Hollis said the figures were right.\n" + HOUSING)
    second = art("b.txt", "Housing minister Grant Hollis's figures were questioned.\n" + HOUSING_FOLLOW_UP)
    third = art("c.txt", "District Judge Harvey Bartle III said the law was clear.\n" + HOUSING)
    assert _features(first, {}, Counter()).roles["housing minister"] == "hollis"
    assert _features(second, {}, Counter()).roles["housing minister"] == "hollis"
    assert _features(third, {}, Counter()).roles["district judge"] == "bartle"  # not "iii"


def test_what_someone_told_a_court_last_month_is_no_recap_of_a_happening() -> None:
    assert _recaps("Williams told the district court last month that he saw the shot.") == ()
    assert _recaps("Mellor, who was jailed for nine years last month, appealed.") != ()


@pytest.mark.parametrize(
    ("text", "lede", "phase"),
    [
        ("The trial heard evidence.", "Mayor Colin Prask was convicted on eleven counts.", "outcome"),
        ("The trial heard evidence.", "The judge sentenced Colin Prask to two years.", "outcome"),
        ("The jury heard he would face a long term if found guilty.", "The jury retired.", "trial"),
        ("The council met.", "The council met.", None),
    ],
)
def test_court_stage_of_an_article(text: str, lede: str, phase: str | None) -> None:
    assert _phase(text + " " + lede, lede) == phase


def test_undated_reports_quoting_the_same_union_are_not_one_event_for_that_alone() -> None:
    union_start = STRIKE_START + "Marston Bakers Union said the offer was “an insult to every worker”.\n"
    union_later = STRIKE_WEEKS_ON + "Marston Bakers Union said the bonus was “too little, too late”.\n"
    events = group_events([art("a.txt", union_start), art("b.txt", union_later)])
    assert files(events) == [["a.txt"], ["b.txt"]]
