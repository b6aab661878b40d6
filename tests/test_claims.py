"""Credits the extract stage settles with the whole article (quotecheck.extract.attribution.claims): what quotes,
compare and check all see."""

from __future__ import annotations

from quotecheck.extract import extract_quotes, headline_credits, settle_credits
from quotecheck.extract.attribution import RULE_NAMES
from quotecheck.ingest import article_from_text
from quotecheck.models import ArticleQuotes


def quotes_of(raw: str, path: str = "draft.txt", fmt: str = "text") -> ArticleQuotes:
    return extract_quotes(article_from_text(raw, path, source_format=fmt))


def test_a_headline_label_credits_the_person_the_story_names() -> None:
    r = quotes_of("# Beck: Tory clinic claims are 'total nonsense'\n\n*A draft.*\n\nHealth spokesman Tom Beck spoke.\n")
    [q] = r.quotes
    assert (q.text, q.speaker, q.mention) == ("total nonsense", "Tom Beck", "Beck")
    # a label the story never names in full stays as written
    r = quotes_of("# Okafor: Tory clinic claims are 'total nonsense'\n\n*A draft.*\n\nThe clinics opened.\n")
    assert [(q.speaker, q.mention) for q in r.quotes] == [("Okafor", "Okafor")]


def test_two_glued_single_quoted_phrases_are_two_quotes() -> None:
    raw = "# Hale's 'fix the roads' pledge as Labour rejects Tory 'pothole tax'\n\nCouncil leader Bob Hale spoke.\n"
    r = quotes_of(raw, "d.md", "markdown")
    assert [(q.text, q.speaker) for q in r.quotes] == [("fix the roads", "Bob Hale"), ("pothole tax", None)]
    assert [q.id for q in r.quotes] == [f"d.md#{raw.index('fix')}", f"d.md#{raw.index('pothole')}"]
    assert settle_credits(r) is r  # settled once: a second pass changes nothing


def test_headline_credits_name_the_cast() -> None:
    header = "outlet: Test\nheadline: Labour rejects Tory 'open border' jibe over Hale's 'fair plan'\n\n"
    r = quotes_of(header + "Council leader Bob Hale spoke. Labour said no.\n", "a.txt")
    got = [(h.phrase, h.speaker) for h in headline_credits(r)]
    assert got == [("open border", "Conservative Party"), ("fair plan", "Bob Hale")]
    assert all(r.article.raw[h.span.start : h.span.end] == h.phrase for h in headline_credits(r))


def test_claims_read_the_article_as_extract_does() -> None:
    from pathlib import Path

    from quotecheck.extract.attribution.claims import read_story
    from quotecheck.ingest import load_articles

    samples = sorted(str(p) for p in (Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
    for article in load_articles(samples):
        assert read_story(article)[1] == extract_quotes(article).speakers, article.path



def test_a_headline_label_credit_names_its_rule_and_mention() -> None:
    raw = "# Beck: Tory clinic claims are 'total nonsense'\n\n*A draft.*\n\nHealth spokesman Tom Beck spoke.\n"
    [q] = quotes_of(raw).quotes
    assert (q.speaker, q.rule) == ("Tom Beck", "headline-label") and q.rule in RULE_NAMES
    assert q.credit is not None and q.credit.mention == "Beck"
    assert q.mention_span is not None and raw[q.mention_span.start : q.mention_span.end] == "Beck"
