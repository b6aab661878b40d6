"""Paragraph roles (furniture, captions, headline) and outlet/dateline detection. All text here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from quotecheck.ingest import article_from_text
from quotecheck.ingest.furniture import furniture_reason
from quotecheck.ingest.outlet import canonical_outlet, find_dateline, outlet_from_host
from quotecheck.models import Article, DateSource

LEDE = "The council has promised to repair every reported pothole on its roads before the end of April."
QUOTE = 'Council leader Jane Morrow said: "We have heard residents loud and clear, and we will act now."'
LONG_BODY = (
    "Opposition councillors said the pledge came far too late for the many people whose cars had "
    "already been damaged over a long and wet winter, and called for compensation to be paid quickly."
)


def roles_and_reasons(article: Article) -> list[tuple[str, str, str | None]]:
    return [(p.span.slice(article.raw), p.role.value, p.reason) for p in article.paragraphs]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ARTICLE AD BOX", "ad slot"),
        ("ADVERTISEMENT", "ad slot"),
        ("Advertisement", "ad slot"),
        ("READ MORE: Council tax to rise by five per cent in April", "related link"),
        ("Read more:", "related link"),
        ("RELATED: Bus routes cut across the county", "related link"),
        ("MORE: Bridge closed for repairs", "related link"),
        ("You may also like", "related links"),
        ("Related articles", "related links"),
        ("Most read", "related links"),
        ("More on this story", "related links"),
        ("Recommended", "related links"),
        ("PA", "photo credit"),
        ("Getty Images", "photo credit"),
        ("Reuters", "photo credit"),
        ("AFP", "photo credit"),
        ("PA Wire", "photo credit"),
        ("Getty", "photo credit"),
        ("Alamy", "photo credit"),
        ("AFP via Getty Images", "photo credit"),
        ("Image: Northshire Council", "photo credit"),
        ("Photo: Jane Smith", "photo credit"),
        ("(Image: PA)", "photo credit"),
        ("LATEST DEVELOPMENTS:", "section header"),
        ("LIVE:", "section header"),
        ("Sign up to our free morning newsletter", "newsletter or social prompt"),
        ("Join our Gazette politics WhatsApp group for updates", "newsletter or social prompt"),
        ("Follow us on Twitter", "newsletter or social prompt"),
        ("Click here to read the full report", "newsletter or social prompt"),
        ("Share this article", "share buttons"),
        ("© 2024 Northshire Gazette", "copyright line"),
        ("Copyright 2024 Northshire Gazette. All rights reserved.", "copyright line"),
        ("https://gazette.example/news/potholes", "bare link"),
        ("Published 5 March 2024", "timestamp"),
        ("By Jane Doe, CNN", "byline"),
    ],
)
def test_furniture_rules(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        LEDE,
        QUOTE,
        "More than 175,000 people are waiting for a decision.",
        "Related charges were dropped last year, the court heard.",
        "Read more about the plan on the council's website, officials said.",
        "PA said the figures were correct.",
        "Reuters reported the talks had stalled.",
        "LONDON: Ministers met on Tuesday.",
        "Published figures for 2023 show a rise of 5%.",
        "By Thursday, the council had spent the whole budget.",
        "Copyright lawyers said the ruling would stand",
        "He said: \u201cClick here is not a policy.\u201d",
    ],
)
def test_body_lines_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None


def test_link_list_runs_to_end_of_file() -> None:
    raw = "\n".join(
        [
            LEDE,
            QUOTE,
            "You may also like",
            "Bin collections to move to fortnightly",
            "'Eyesore' bus shelter finally replaced after ten years",
            "Why are so many potholes appearing this winter?",
        ]
    )
    rows = roles_and_reasons(article_from_text(raw))
    assert [row[1] for row in rows] == ["body", "body", "furniture", "furniture", "furniture", "furniture"]
    assert {row[2] for row in rows[2:]} == {"related links"}


def test_link_list_stops_at_a_long_body_paragraph() -> None:
    raw = "\n".join([LEDE, "Related stories", "Bus fares frozen for a year", LONG_BODY, "He declined to say more."])
    rows = roles_and_reasons(article_from_text(raw))
    assert [row[1] for row in rows] == ["body", "furniture", "furniture", "body", "body"]


def test_caption_before_photo_credit() -> None:
    raw = "\n".join([LEDE, "Council leader Jane Morrow inspects a pothole on the high street", "PA", QUOTE])
    rows = roles_and_reasons(article_from_text(raw))
    assert rows[1] == (
        "Council leader Jane Morrow inspects a pothole on the high street",
        "caption",
        "caption above a photo credit",
    )
    assert rows[2] == ("PA", "furniture", "photo credit")
    assert rows[3][1] == "body"


def test_punctuated_sentence_before_credit_is_not_a_caption() -> None:
    raw = "\n".join([LEDE, "He declined to comment further.", "Reuters"])
    assert [row[1] for row in roles_and_reasons(article_from_text(raw))] == ["body", "body", "furniture"]


def test_caption_with_inline_credit() -> None:
    raw = "\n".join([LEDE, "Crews at work on the ring road (Image: Northshire Council)", QUOTE])
    rows = roles_and_reasons(article_from_text(raw))
    assert rows[1][1:] == ("caption", "caption with a photo credit")


def test_headline_is_short_unpunctuated_first_paragraph() -> None:
    raw = "\n".join(["Council vows to fix every pothole by spring", "PA", LEDE])
    article = article_from_text(raw)
    assert article.headline == "Council vows to fix every pothole by spring"
    assert [row[1] for row in roles_and_reasons(article)] == ["headline", "furniture", "body"]


def test_no_headline_when_first_paragraph_is_a_sentence() -> None:
    article = article_from_text("\n".join(["ARTICLE AD BOX", LEDE, QUOTE]))
    assert article.headline is None
    assert [row[1] for row in roles_and_reasons(article)] == ["furniture", "body", "body"]


def test_no_headline_when_first_paragraph_is_long() -> None:
    words = " ".join(["word"] * 30)
    article = article_from_text(words + "\n" + LEDE)
    assert article.headline is None


# --- outlet and dateline ------------------------------------------------------------------------------


def test_dateline_iso_date_and_agency() -> None:
    raw = f" date 2024-03-05 (Bloomberg) -- {LEDE}\n\n{QUOTE}\n"
    article = article_from_text(raw)
    assert (article.outlet, article.outlet_source) == ("Bloomberg", "dateline")
    assert (article.published, article.date_source) == (date(2024, 3, 5), DateSource.DATELINE)


def test_dateline_without_year_leaves_date_unknown() -> None:
    article = article_from_text(f"LONDON, Sept 14 (Reuters) - {LEDE}\n{QUOTE}\n")
    assert (article.outlet, article.outlet_source) == ("Reuters", "dateline")
    assert article.published is None
    assert article.date_source is DateSource.NONE


def test_dateline_without_year_takes_year_from_url() -> None:
    raw = f"LONDON, Sept 14 (Reuters) - {LEDE}\n{QUOTE}\n"
    article = article_from_text(raw, url="https://news.example/world/2023/roads")
    assert (article.published, article.date_source) == (date(2023, 9, 14), DateSource.DATELINE)


def test_dateline_ap_style() -> None:
    article = article_from_text(f"WASHINGTON (AP) \u2014 {LEDE}\n")
    assert (article.outlet, article.outlet_source) == ("Associated Press", "dateline")
    assert article.published is None


def test_byline_names_outlet() -> None:
    article = article_from_text(f"By Jane Doe, CNN\n{LEDE}\n")
    assert (article.outlet, article.outlet_source) == ("CNN", "dateline")
    assert article.paragraphs[0].role.value == "furniture"


def test_outlet_from_our_phrase_in_furniture() -> None:
    raw = "\n".join([LEDE, QUOTE, "READ MORE: Join our Mirror politics WhatsApp group to get the latest updates"])
    article = article_from_text(raw)
    assert (article.outlet, article.outlet_source) == ("Daily Mirror", "furniture")


def test_our_phrase_in_body_is_not_a_clue() -> None:
    article = article_from_text(f'{LEDE}\nShe said: "Our Times are hard."\n')
    assert article.outlet is None


def test_header_outlet_beats_dateline() -> None:
    article = article_from_text(f"Outlet: Northshire Gazette\n\nLONDON (Reuters) - {LEDE}\n")
    assert (article.outlet, article.outlet_source) == ("Northshire Gazette", "header")


def test_unknown_bracket_after_ordinary_words_is_not_a_dateline() -> None:
    assert find_dateline("The Conservatives (Tories) - who lead the council - disagreed.") is None


def test_outlet_table() -> None:
    assert canonical_outlet("the Mirror") == "Daily Mirror"
    assert canonical_outlet("The Guardian") == "The Guardian"
    assert canonical_outlet("Northshire Gazette") is None
    assert outlet_from_host("www.bbc.co.uk") == "BBC News"
    assert outlet_from_host("news.sky.com") == "Sky News"
    assert outlet_from_host("example.com") is None


def test_timestamp_line_gives_text_date() -> None:
    article = article_from_text(f"Updated: 5 March 2024\n{LEDE}\n")
    assert (article.published, article.date_source) == (date(2024, 3, 5), DateSource.TEXT)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("20 February 2024", date(2024, 2, 20)),
        ("June 13, 2024", date(2024, 6, 13)),
        ("Wed 21 Feb 2024 18.04 GMT", date(2024, 2, 21)),
        ("Wednesday, June 12, 2024 10:32 a.m. EDT", date(2024, 6, 12)),
        ("Thursday 14 September 2023 at 07:15 BST", date(2023, 9, 14)),
        ("May 2024 was the wettest on record", None),  # a sentence, not a date line
        ("Harwick 12, 2024", None),
    ],
)
def test_a_line_that_is_only_a_date_gives_text_date(line: str, expected: date | None) -> None:
    article = article_from_text(f"Council tax to rise in Harwick\n{line}\n{LEDE}\n")
    assert article.published == expected
    assert article.date_source is (DateSource.TEXT if expected else DateSource.NONE)


# The headline: the first line that reads as one, past site chrome, section labels, dates and captions.

_STORY = ("The council approved the new bridge on Tuesday after a long debate, its leader told reporters "
          "outside the town hall.")


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        (["Skip to main contentSkip to navigation", "Council approves the river bridge"],
         "Council approves the river bridge"),
        (["Stay up to date with notifications from The Riverside Post",
          "Notifications can be managed in browser preferences.", "Council approves the river bridge"],
         "Council approves the river bridge"),
        (["News", "Nation & World", "Council approves the river bridge"], "Council approves the river bridge"),
        (["4 Mar 2024", "Council approves the river bridge"], "Council approves the river bridge"),
        (["- The Riverside Post - Tuesday, March 5, 2024", "Council approves the river bridge"],
         "Council approves the river bridge"),
        (["Latest", "1h agoFerry strike called off after late talks", "Council approves the river bridge"],
         "Council approves the river bridge"),
        (["Workers in hard hats on the bridge site", "Source: Riverside Council",
          "Council approves the river bridge"], "Council approves the river bridge"),
        (["The mayor outside the hall | PICTURE: Jo Bell", "Council approves the river bridge"],
         "Council approves the river bridge"),
        (["IE 11 is not supported. For an optimal experience visit our site on another browser.",
          "Council approves the river bridge"], "Council approves the river bridge"),
        # the reporting begins before any headline line: none
        (["The mayor outside the hall | PICTURE: Jo Bell"], None),
    ],
)
def test_headline_past_page_chrome(top: list[str], headline: str | None) -> None:
    article = article_from_text("\n\n".join([*top, _STORY]) + "\n", "p.txt")
    assert article.headline == headline


def test_a_date_line_prefix_is_not_part_of_the_headline() -> None:
    raw = " date 2024-03-05 Council approves the river bridge\n\n" + _STORY + "\n"
    article = article_from_text(raw, "p.txt")
    assert article.headline == "Council approves the river bridge"
    assert article.published == date(2024, 3, 5)
    headline = next(p for p in article.paragraphs if p.role.value == "headline")
    assert headline.span.slice(raw) == "Council approves the river bridge"


def test_a_short_first_line_is_the_headline_when_no_longer_one_follows() -> None:
    assert article_from_text("Bridge approved\n\n" + _STORY + "\n", "p.txt").headline == "Bridge approved"
    assert article_from_text("News\n\n" + _STORY + "\n", "p.txt").headline is None


# Outlet names from the page itself (quotecheck.ingest.outlet.outlet_from_page).

@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        (["Stay up to date with notifications from The Riverside Post"], "The Riverside Post"),
        (["Support from readers like you keeps The Harbour Journal open."], "The Harbour Journal"),
        (["Council approves the river bridge", "The Riverside Gazette"], "The Riverside Gazette"),
        (["- The Riverside Times - Tuesday, March 5, 2024", "Council approves the river bridge"],
         "The Riverside Times"),
        (["Council approves the river bridge | Sky News"], "Sky News"),
        (["Council approves the river bridge - Metro US"], "Metro US"),
        (["Follow The Valley Echo on Twitter"], "The Valley Echo"),
        # a section label, a photo credit, a byline, a person to follow: no outlet
        (["News", "PA", "Council approves the river bridge"], None),
        (["Council approves the river bridge", "PA Reporter"], None),
        (["Follow Jo Bell on Twitter"], None),
        (["Council approves the river bridge - Jo Bell"], None),
    ],
)
def test_outlet_from_the_page(top: list[str], outlet: str | None) -> None:
    article = article_from_text("\n\n".join([*top, _STORY]) + "\n", "p.txt")
    assert article.outlet == outlet
    assert article.outlet_source == ("page" if outlet else None)
