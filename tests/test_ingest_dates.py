"""Publication dates and relative dates resolved against them."""

from __future__ import annotations

from datetime import date

import pytest

from quotecheck.ingest import parse_date, resolve_relative_date

THURSDAY = date(2023, 9, 14)  # a Thursday
FRIDAY = date(2023, 9, 15)


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("on Thursday", FRIDAY, date(2023, 9, 14)),
        ("Thursday", FRIDAY, date(2023, 9, 14)),
        ("on Monday", FRIDAY, date(2023, 9, 11)),
        ("Monday", THURSDAY, date(2023, 9, 11)),
        ("on Friday", THURSDAY, date(2023, 9, 8)),
        ("Thursday night", FRIDAY, date(2023, 9, 14)),
        ("last Thursday", FRIDAY, date(2023, 9, 14)),
        ("next Tuesday", THURSDAY, date(2023, 9, 19)),
        ("last night", FRIDAY, date(2023, 9, 14)),
        ("yesterday", FRIDAY, date(2023, 9, 14)),
        ("today", FRIDAY, FRIDAY),
        ("this morning", FRIDAY, FRIDAY),
        ("tomorrow", FRIDAY, date(2023, 9, 16)),
        ("this week", FRIDAY, date(2023, 9, 11)),
        ("earlier this week", FRIDAY, date(2023, 9, 11)),
        ("last week", FRIDAY, date(2023, 9, 4)),
        ("this month", FRIDAY, date(2023, 9, 1)),
        ("last month", FRIDAY, date(2023, 8, 1)),
        ("three days ago", FRIDAY, date(2023, 9, 12)),
        ("2 weeks ago", FRIDAY, date(2023, 9, 1)),
        ("on 12 September", FRIDAY, date(2023, 9, 12)),
        ("December 20", FRIDAY, date(2022, 12, 20)),
        ("14 September 2021", FRIDAY, date(2021, 9, 14)),
    ],
)
def test_relative_expressions(expression: str, published: date, expected: date) -> None:
    assert resolve_relative_date(expression, published) == expected


def test_weekday_on_the_publication_weekday_is_the_publication_day() -> None:
    # dateparser (PREFER_DATES_FROM="past") would say 2023-09-07, a week early.
    assert resolve_relative_date("on Thursday", THURSDAY) == THURSDAY
    assert resolve_relative_date("Thursday", THURSDAY) == THURSDAY


def test_last_weekday_on_that_weekday_is_a_week_back() -> None:
    assert resolve_relative_date("last Thursday", THURSDAY) == date(2023, 9, 7)


@pytest.mark.parametrize("expression", ["", "the government", "on the way"])
def test_non_dates(expression: str) -> None:
    assert resolve_relative_date(expression, FRIDAY) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-09-14", date(2023, 9, 14)),
        ("2023-09-14T10:00:00+01:00", date(2023, 9, 14)),
        ("14 September 2023", date(2023, 9, 14)),
        ("Thursday 14th September 2023", date(2023, 9, 14)),
        ("Sept. 14, 2023", date(2023, 9, 14)),
        ("14/09/2023", date(2023, 9, 14)),
        ("Sept 14", None),
        ("no date here", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


# Publication dates from the lines at the top of a saved page (quotecheck.ingest.article).

from quotecheck.ingest import article_from_text  # noqa: E402
from quotecheck.models import DateSource  # noqa: E402

_BODY = "The council approved the new bridge after a long debate, its leader said on the steps of the hall.\n"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a saved page's own date line, the story running on in the same line
        (" date 2024-03-05 The council approved the bridge, its leader said.\n\nMore text follows here.\n",
         date(2024, 3, 5)),
        # a "Published" line under an "Updated" line in one paragraph: the first publication wins
        ("Bridge approved\n\nUpdated: 7 March 2024, 10:02\nPublished: 5 March 2024, 09:31\n\n" + _BODY,
         date(2024, 3, 5)),
        # a bare date with a time, then an "Updated" line, in one paragraph
        ("March 5, 2024 11:52 am\nUpdated: March 6, 2024 8:50 pm\n\nBridge approved\n\n" + _BODY,
         date(2024, 3, 5)),
        # the writer's name with the date glued on
        ("Bridge approved\n\nJo Bellamy5 March 2024\n\n" + _BODY, date(2024, 3, 5)),
        # an agency dateline that opens the story
        ("Bridge approved\n\nMarch 5, 2024— -- The council approved the new bridge after a long debate.\n",
         date(2024, 3, 5)),
        # a masthead line with the outlet and the date
        ("- The Riverside Post - Tuesday, March 5, 2024\n\nBridge approved\n\n" + _BODY, date(2024, 3, 5)),
        # the site's clock in the masthead is not the story's date; the story's own date line is
        ("3:11 AM / Friday November 28, 2025\n\nBridge approved\n\n5 Mar 2024\n\n" + _BODY, date(2024, 3, 5)),
        # only an "Updated" line: that is the date there is
        ("Bridge approved\n\nLast updated 6 March 2024\n\n" + _BODY, date(2024, 3, 6)),
        # a date further down the page (a related story) is never the publication date
        ("Bridge approved\n\n" + (_BODY + "\n") * 9 + "5 March 2024\n", None),
    ],
)
def test_page_date_lines(page: str, expected: date | None) -> None:
    article = article_from_text(page, "p.txt")
    assert article.published == expected
    assert article.date_source is (DateSource.TEXT if expected else DateSource.NONE)
