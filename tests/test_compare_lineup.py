"""Line-up and only-in (quotecheck.lineup) on hand-written articles."""

from __future__ import annotations

import itertools

from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.models import ArticleQuotes
from quotecheck.pipeline import compare

A = (
    "The council approved a plan to build 300 new homes on the old bus depot site on Tuesday.\n"
    "Council leader Tom Reilly said: “This is the biggest building programme in a generation.”\n"
    "Work is due to start in the spring.\n"
    "Tenants' campaigner Jo Brennan said the homes would still be out of reach for most local families.\n"
)
B = (
    "Councillors backed plans on Tuesday for 300 new homes on the former bus depot site.\n"
    "Work is expected to start in the spring.\n"
    "The scheme will cost £45m, paid for by borrowing.\n"
    "Tom Reilly, the council leader, said: “This is the biggest building programme in a generation.”\n"
)
C = (
    "Plans for 300 homes on the old bus depot were approved by the council on Tuesday.\n"
    "Opposition councillors walked out of the meeting in protest.\n"
    "Mr Reilly said: “This is the biggest building programme in a generation.”\n"
)


def art(path: str, body: str, day: str = "2025-03-04") -> ArticleQuotes:
    return extract_quotes(article_from_text(f"outlet: {path[0].upper()} News\ndate: {day}\n\n{body}", path))


def rows(results: list[ArticleQuotes]) -> list[list[tuple[str, str]]]:
    [lineup] = compare(results).lineups
    return [[(c.file, c.text[:20]) for c in r.cells] for r in lineup.rows]


def test_matching_sentences_share_a_row_and_gaps_are_left_open() -> None:
    got = rows([art("a.txt", A), art("b.txt", B), art("c.txt", C)])
    assert got[0] == [("a.txt", "The council approved"), ("b.txt", "Councillors backed p"),
                      ("c.txt", "Plans for 300 homes ")]
    quote_row = next(r for r in got if r[0][1].startswith("Council leader"))
    assert [f for f, _ in quote_row] == ["a.txt", "b.txt", "c.txt"]
    spring = next(r for r in got if "Work is" in r[0][1])
    assert [f for f, _ in spring] == ["a.txt", "b.txt"]  # c.txt has a gap here
    assert ["b.txt"] in [[f for f, _ in r] for r in got]  # the £45m sentence is B's alone


def test_the_line_up_does_not_depend_on_the_order_of_the_files() -> None:
    results = [art("a.txt", A), art("b.txt", B), art("c.txt", C)]
    expected = compare(results).lineups
    for perm in itertools.permutations(results):
        assert compare(list(perm)).lineups == expected


def test_only_in_ranks_numbers_and_people_first_and_ignores_furniture() -> None:
    b = B + "READ MORE: Council tax to rise by 5% in April\n"
    result = compare([art("a.txt", A), art("b.txt", b), art("c.txt", C)])
    texts = [(o.file, o.text, o.reasons) for o in result.only_in]
    assert texts[0][:2] == ("b.txt", "The scheme will cost £45m, paid for by borrowing.")
    assert "number" in texts[0][2]
    campaigner = next(t for t in texts if "Jo Brennan" in t[1])
    assert "named person" in campaigner[2]
    assert ("c.txt", "Opposition councillors walked out of the meeting in protest.") in [t[:2] for t in texts]
    assert not any("READ MORE" in t[1] for t in texts)
    assert [o.id for o in result.only_in] == [f"e1-o{k}" for k in range(1, len(texts) + 1)]


def test_a_single_article_has_a_line_up_but_no_only_in() -> None:
    result = compare([art("a.txt", A)])
    assert len(result.lineups[0].rows) == 4
    assert result.only_in == ()
