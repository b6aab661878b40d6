"""`check_draft`: each status, each editorial convention, speakers and venues, suppression.

The source articles here are invented for the tests (no real reporting).
"""

from __future__ import annotations

import pytest

from quotecheck.check import DEFAULT_FAIL_ON, build_corpus, check_draft, failing, parse_statuses, summary
from quotecheck.check.corpus import Corpus
from quotecheck.check.inputs import _ignored_lines
from quotecheck.check.people import same_venue
from quotecheck.extract import Agreement, extract_quotes, same_speaker
from quotecheck.ingest import article_from_text
from quotecheck.models import ChangeKind, CheckedQuote, CheckStatus, DiffOp

LEDGER = (
    "outlet: Evening Ledger\n"
    "date: 2024-03-01\n"
    "\n"
    "Health plan row as clinics promised\n"
    'Health secretary Jane Marlow told Radio Ridings: "We will open twelve new clinics by next spring, '
    'and every one of them will be staffed by local nurses."\n'
    'Opposition spokesman Tom Beck said the plan was "a fantasy with no money behind it".\n'
    '"The government has promised 40,000 new nurses and delivered none of them," Mr Beck told the Evening '
    'Post. "Patients deserve better than slogans."\n'
    'Ms Marlow later added: "Nobody should wait six months for a scan. That is the promise we are making '
    'today."\n'
    "Campaigners welcomed the clinics but said the staffing numbers did not add up.\n"
)
COURIER = (
    "outlet: Dale Courier\n"
    "date: 2024-03-02\n"
    "\n"
    'Speaking on Dale FM, Tom Beck said: "This is a plan written on the back of an envelope."\n'
)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    sources = [
        extract_quotes(article_from_text(LEDGER, "ledger.txt")),
        extract_quotes(article_from_text(COURIER, "courier.txt")),
    ]
    return build_corpus(sources)


def check(corpus: Corpus, body: str, ignored: list[tuple[int, int]] | None = None) -> list[CheckedQuote]:
    raw = "Draft headline for the desk\n\n" + body + "\n"
    draft = extract_quotes(article_from_text(raw, "draft.md", source_format="markdown"))
    return list(check_draft(draft, corpus, ignored or []).quotes)


def status(corpus: Corpus, body: str) -> CheckStatus:
    quotes = check(corpus, body)
    assert quotes, "no quote found in the draft"
    return quotes[-1].status


# --- verified and the conventions --------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        'Jane Marlow told Radio Ridings: "We will open twelve new clinics by next spring, and every one of them '
        'will be staffed by local nurses."',
        # straight vs curly marks, single marks
        "Jane Marlow told Radio Ridings: “We will open twelve new clinics by next spring.”",
        "Jane Marlow told Radio Ridings: 'We will open twelve new clinics by next spring.'",
        # a partial quote: an exact stretch, capital and stop changed
        'Ms Marlow promised that "every one of them will be staffed by local nurses".',
        'Ms Marlow said: "Every one of them will be staffed by local nurses."',
        # stops early at a sentence boundary
        'Ms Marlow added: "Nobody should wait six months for a scan."',
        # omissions: three dots, the ellipsis character, square-bracketed
        'Jane Marlow said: "We will open twelve new clinics ... staffed by local nurses."',
        'Jane Marlow said: "We will open twelve new clinics … staffed by local nurses."',
        'Jane Marlow said: "We will open twelve new clinics [...] staffed by local nurses."',
        # a square-bracket clarification standing for a word, or added
        'Ms Marlow said: "[Patients] should wait six months for a scan" was untrue.',
        'Ms Marlow added: "That is the promise we [in government] are making today."',
        # one remark across the attribution that interrupts it in the source
        'Mr Beck said: "The government has promised 40,000 new nurses and delivered none of them. Patients '
        'deserve better than slogans."',
    ],
)
def test_verified_conventions(corpus: Corpus, body: str) -> None:
    quotes = check(corpus, body)
    assert quotes[0].status is CheckStatus.VERIFIED, quotes[0].reasons
    assert quotes[0].source is not None


def test_verified_records_the_source(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Tom Beck said the plan was "a fantasy with no money behind it".')
    assert q.status is CheckStatus.VERIFIED
    assert q.source is not None
    assert q.source.file == "ledger.txt"
    assert q.source.speaker == "Tom Beck"
    assert LEDGER[q.source.span.start : q.source.span.end] == q.source.text == "a fantasy with no money behind it"
    assert all(c.op is DiffOp.EQUAL for c in q.diff)


def test_ellipsis_is_a_cosmetic_omission_in_the_diff(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Jane Marlow said: "We will open twelve new clinics ... staffed by local nurses."')
    omitted = [c for c in q.diff if c.op is DiffOp.DELETE]
    assert omitted and omitted[0].change is ChangeKind.COSMETIC
    assert "by next spring" in omitted[0].old


def test_surname_matches_full_name() -> None:
    assert same_speaker("Ms Cooper", None, "Yvette Cooper", None) is Agreement.AGREE
    assert same_speaker("Sir Keir", None, "Keir Starmer", None) is Agreement.AGREE
    assert same_speaker("Chris Philp", None, "Yvette Cooper", None) is Agreement.DISAGREE
    assert same_speaker("Labour Party", None, "Conservative Party", None) is Agreement.DISAGREE
    assert same_speaker("Tories", None, "Conservative Party", None) is Agreement.AGREE
    assert same_speaker(None, None, "Yvette Cooper", None) is Agreement.UNKNOWN
    assert same_speaker("Yvette Cooper", None, None, None) is Agreement.NONE


def test_venues() -> None:
    assert same_venue("Today", "BBC Radio 4's Today programme") is Agreement.AGREE
    assert same_venue("the BBC", "BBC Radio 4's Today programme") is Agreement.AGREE
    assert same_venue("Good Morning Britain", "ITV’s Good Morning Britain") is Agreement.AGREE
    assert same_venue("The Times", "Times Radio") is Agreement.DISAGREE
    assert same_venue("LBC", "Times Radio") is Agreement.DISAGREE
    assert same_venue("reporters", "Times Radio") is Agreement.UNKNOWN
    assert same_venue("Sky News", "pooled interview outside the Hague") is Agreement.UNKNOWN
    assert same_venue(None, "LBC") is Agreement.UNKNOWN


# --- misquotes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('Jane Marlow said: "We will open twelve new surgeries by next spring."', "where the source has"),
        ('Jane Marlow said: "We will open twelve brand new clinics by next spring."', "added"),
        ('Jane Marlow said: "We will open twelve clinics by next spring."', "cut with no ellipsis"),
        ('Mr Beck said: "The government has promised 4,000 new nurses and delivered none of them."',
         "a number changed"),
        ('Jane Marlow said: "We will open twelve new clinics, and every one of them will be staffed by local nurses."',
         "cut with no ellipsis"),
        # a splice: two remarks joined with no ellipsis
        ('Ms Marlow said: "We will open twelve new clinics by next spring. That is the promise we are making today."',
         "splice"),
        # a splice across sources
        ('Mr Beck said: "This is a plan written on the back of an envelope and a fantasy with no money behind it."',
         "splice"),
    ],
)  # fmt: skip
def test_misquote(corpus: Corpus, body: str, reason: str) -> None:
    quotes = check(corpus, body)
    q = quotes[0]
    assert q.status is CheckStatus.MISQUOTE, (q.status, q.reasons)
    assert any(reason in r for r in q.reasons), q.reasons
    assert any(c.change is ChangeKind.SUBSTANTIVE for c in q.diff)


def test_misquote_diff_names_the_words(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Jane Marlow said: "We will open twelve new surgeries by next spring."')
    (changed,) = [c for c in q.diff if c.op is DiffOp.REPLACE]
    assert (changed.old, changed.new) == ("clinics", "surgeries")
    assert changed.old_span is not None and LEDGER[changed.old_span.start : changed.old_span.end] == "clinics"


# --- credits --------------------------------------------------------------------------------------


def test_misattributed(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Tom Beck said: "We will open twelve new clinics by next spring."')
    assert q.status is CheckStatus.MISATTRIBUTED
    assert q.source is not None and q.source.speaker == "Jane Marlow"


def test_misattributed_by_pronoun(corpus: Corpus) -> None:
    quotes = check(corpus, 'Tom Beck spoke first. He said: "Nobody should wait six months for a scan."')
    assert quotes[-1].status is CheckStatus.MISATTRIBUTED


def test_wrong_venue(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Jane Marlow told the Evening Post: "We will open twelve new clinics by next spring."')
    assert q.status is CheckStatus.WRONG_VENUE
    assert q.source is not None and q.source.venue == "Radio Ridings"


def test_right_venue_from_the_second_source(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Tom Beck told Dale FM: "This is a plan written on the back of an envelope."')
    assert q.status is CheckStatus.VERIFIED


def test_unverified(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Jane Marlow said: "Every hospital in the county will get a new car park this year."')
    assert q.status is CheckStatus.UNVERIFIED
    assert q.source is None and q.diff == ()


def test_short_changed_phrase_of_another_speaker_is_unverified(corpus: Corpus) -> None:
    (q,) = check(corpus, 'Tom Beck called it "a fantasy with money".')
    assert q.status in {CheckStatus.MISQUOTE, CheckStatus.UNVERIFIED}


def test_headline_label_credits_the_speaker(corpus: Corpus) -> None:
    raw = "Beck: clinics plan is 'written on the back of an envelope'\n\nTom Beck said it again.\n"
    draft = extract_quotes(article_from_text(raw, "draft.md", source_format="markdown"))
    (q,) = check_draft(draft, corpus).quotes
    assert q.speaker == "Tom Beck"
    assert q.status is CheckStatus.VERIFIED


def test_headline_credit_to_the_wrong_person(corpus: Corpus) -> None:
    raw = "Marlow: clinics plan is 'written on the back of an envelope'\n\nJane Marlow spoke.\n"
    draft = extract_quotes(article_from_text(raw, "draft.md", source_format="markdown"))
    (q,) = check_draft(draft, corpus).quotes
    assert q.status is CheckStatus.MISATTRIBUTED


# --- suppression, summary, fail-on ---------------------------------------------------------------


def test_ignore_comment_silences_the_next_line() -> None:
    raw = 'First line.\n<!-- quotecheck: ignore -->\n\nShe said "x".\nThen "y".\n'
    spans = _ignored_lines(raw)
    assert len(spans) == 1
    start, end = spans[0]
    assert raw[start:end].strip() == 'She said "x".'


def test_suppressed_quote_never_fails(corpus: Corpus) -> None:
    body = 'Jane Marlow said: "Every hospital in the county will get a new car park this year."'
    raw = "Draft headline for the desk\n\n" + body + "\n"
    draft = extract_quotes(article_from_text(raw, "draft.md", source_format="markdown"))
    result = check_draft(draft, corpus, ignore_texts=["every hospital in the county will get a new car park this year"])
    (q,) = result.quotes
    assert q.suppressed and q.status is CheckStatus.UNVERIFIED
    assert failing(result, parse_statuses("all")) == []
    assert summary(result)["suppressed"] == 1 and summary(result)["unverified"] == 0


def test_parse_statuses() -> None:
    assert parse_statuses("misquote, wrong-venue") == {CheckStatus.MISQUOTE, CheckStatus.WRONG_VENUE}
    assert parse_statuses("none") == frozenset()
    assert CheckStatus.UNVERIFIED in parse_statuses("all")
    assert CheckStatus.UNVERIFIED not in DEFAULT_FAIL_ON
    with pytest.raises(ValueError, match="unknown status 'typo'"):
        parse_statuses("misquote,typo")


def test_scare_quote_found_in_the_reporters_text(corpus: Corpus) -> None:
    (q,) = check(corpus, 'The so-called "staffing numbers" row goes on.')
    assert q.status is CheckStatus.VERIFIED
    assert q.source is not None and q.source.quote_id is None
    assert "reporter's own text" in q.reasons[0]


def test_sic_and_markdown_links_are_not_clarifications(corpus: Corpus) -> None:
    quotes = check(
        corpus,
        'Tom Beck said it was "a fantasy [sic] with no money behind it".\n\n'
        'Tom Beck said it was "a [fantasy with no money](https://example.org/x) behind it".',
    )
    assert [q.status for q in quotes] == [CheckStatus.VERIFIED, CheckStatus.VERIFIED]
