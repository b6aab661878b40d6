"""Invariants of the quote engine on generated text: offsets, paragraphs, order, determinism.

The text mixes random unicode with news-like sentences that use every kind of quote mark,
apostrophes, ``\\r\\n`` and ``\\r`` line endings, blank lines, NBSP and control characters.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotecheck import article_from_text, extract_quotes
from quotecheck.errors import InputError
from quotecheck.ingest.paragraphs import WHITESPACE
from quotecheck.models import Article, ArticleQuotes

# ---- generators ----------------------------------------------------------------------------------

# (open, close) pairs, matched and mismatched, so the engine sees every pairing it may meet.
MARK_PAIRS = [
    ('"', '"'), ("“", "”"), ("‘", "’"), ("'", "'"), ("„", "“"), ("„", "”"), ("«", "»"), ("»", "«"),
    ("“", '"'), ('"', "”"), ("‘", "'"), ("«", ""), ("", "»"), ("“", ""), ("", "”"), ("'", ""),
]
MARKS = list('"“”‘’\'„«»‟‛‹›')
NAMES = [
    "Yvette Cooper", "Ms Cooper", "Sir Keir Starmer", "Sir Keir", "Chris Philp", "the shadow home secretary",
    "Home Office minister Chris Philp", "Downing Street", "a spokesperson", "she", "he", "they", "Mr O'Neill",
    "Dr Ng", "the PM", "Labour", "Emmanuel Macron",
]
CUES = ["said", "told Times Radio:", "told the BBC:", "said:", "added", "told LBC", "warned", "according to", "told"]
SPEECH = [
    "We will clear the backlog.", "This is total garbage", "I don't accept that.", "smash the gangs",
    "open border", "We're not talking about the European quota scheme at all,", "safe", "Europe's leaders",
    "It was a hit in the '90s.", "controlled and managed", "the Brits' plans", "rock 'n' roll", "",
    " ", "No.", "Yes!", "What?",
]
FILLER = [
    "The council met on Tuesday.", "Europe's leaders met in Brussels.", "The minister didn't know.",
    "It was a hit in the '90s and again in '24.", "The teachers’ union met.", "The MPs' expenses",
    "U.S. officials", "According to Ms Cooper, the cost was £2bn.", "READ MORE: Another story", "PA",
    "Speaking to BBC Radio 4's Today programme,", "—", "…", "(", ")", ":", ",", ".",
]
BREAKS = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\u00a0\n", " ", "  ", "\u00a0", "\t", "\u2028", "\x85"]
CONTROL = st.characters(codec=None, categories=["Cc", "Cf", "Zs", "Zl", "Zp"])


@st.composite
def quoted_sentence(draw: st.DrawFn) -> str:
    """A news-like sentence with a quote, attribution before, after or missing."""
    opening, closing = draw(st.sampled_from(MARK_PAIRS))
    inner = draw(st.sampled_from(SPEECH))
    quote = f"{opening}{inner}{closing}"
    name = draw(st.sampled_from(NAMES))
    cue = draw(st.sampled_from(CUES))
    shape = draw(st.integers(0, 5))
    if shape == 0:
        return f"{name} {cue} {quote}"
    if shape == 1:
        return f"{quote} {name} {cue}."
    if shape == 2:
        return f"{quote}, {cue} {name}."
    if shape == 3:
        return f"{name} said the plan was {quote} and left."
    if shape == 4:  # multi-paragraph convention: opens, no close, next paragraph opens again
        return f"{opening}{inner}\n{opening}{inner}{closing} {name} {cue}."
    return quote


FRAGMENT = st.one_of(
    quoted_sentence(),
    st.sampled_from(FILLER),
    st.sampled_from(NAMES),
    st.sampled_from(CUES),
    st.sampled_from(MARKS),
    st.sampled_from(BREAKS),
    st.text(max_size=12),
    st.text(alphabet=CONTROL, max_size=3),
)
# An optional metadata header, and lines cut mid-sentence so the text reads as hard-wrapped.
HEADER = st.sampled_from([
    "", "outlet: BBC News\ndate: 2023-09-15\n\n", "Outlet: Gazette\r\nDate: 5 March 2024\r\n\r\n",
    "---\ntitle: x\n---\n", "headline: 'Open border' row\n\n",
])
WRAPPED = st.sampled_from(["the minister said\n", "would “work well\n", "and that the\r\n", "officials ‘did\n"])
TEXT = st.tuples(HEADER, st.lists(st.one_of(FRAGMENT, WRAPPED), max_size=30)).map(lambda t: t[0] + "".join(t[1]))
# A dense alphabet of marks and boundaries: most likely to find pairing and offset bugs.
DENSE = st.lists(st.sampled_from([*MARKS, *"ab .,:!?\n\r\u00a0\x00\x1f", "\r\n", "s ", "A"]), max_size=60).map("".join)


# ---- properties ----------------------------------------------------------------------------------


def extract(text: str) -> tuple[Article, ArticleQuotes] | None:
    try:
        article = article_from_text(text, "p.txt")
    except InputError as error:
        # Refusing is allowed only for text with nothing to read: blank, or a header and no body.
        assert not text.strip(WHITESPACE) or error.reason == "no article text after the header", error
        return None
    return article, extract_quotes(article)


def check_invariants(article: Article, result: ArticleQuotes) -> None:
    raw = article.raw
    previous_end = -1
    previous_start = -1
    for q in result.quotes:
        start, end = q.span.start, q.span.end
        assert 0 <= start <= end <= len(raw), q
        assert raw[start:end] == q.text, q
        assert 0 <= q.paragraph < len(article.paragraphs), q
        para = article.paragraphs[q.paragraph].span
        assert para.start <= start and end <= para.end, (q, para)
        assert start >= previous_start, "quotes not sorted by start"
        # a quote follows the ones before it or lies wholly inside one (a quote within a quote)
        assert start >= previous_end or end <= previous_end, f"quote {q.id} overlaps the one before it"
        previous_start, previous_end = start, max(end, previous_end)
        if q.mention_span is not None:
            assert 0 <= q.mention_span.start <= q.mention_span.end <= len(raw), q
            assert raw[q.mention_span.start : q.mention_span.end] == q.mention, q
        if q.venue_span is not None:
            assert 0 <= q.venue_span.start <= q.venue_span.end <= len(raw), q


def check_text(text: str) -> None:
    first = extract(text)
    if first is None:
        return
    article, result = first
    assert result.article == article
    check_invariants(article, result)
    assert extract_quotes(article) == result, "extracting the same article twice differs"
    again = extract(text)
    assert again is not None and again[1] == result, "extracting the same text twice differs"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example('Ms Cooper told Times Radio: "We will clear the backlog."\r\n\r\n“Next,” she said.')
@example("„Nein“, sagte er. «Non», dit-elle.\r'Dark side' of the MPs' expenses\n")
@example('"One.\n"Two.\n"Three." she said.')
@example("\u00a0\x00\r\n\t\u2028")
def test_invariants_on_news_like_text(text: str) -> None:
    check_text(text)


@settings(max_examples=200, deadline=None)
@given(DENSE)
def test_invariants_on_dense_quote_marks(text: str) -> None:
    check_text(text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_invariants_on_random_unicode(text: str) -> None:
    check_text(text)


def test_one_megabyte_paragraph_with_ten_thousand_marks() -> None:
    words = "the minister said the plan would work and that officials didn't agree with Europe's view"
    chunk = f"{words} “{words}” and {words} '{words}' then «{words}» and "
    # each chunk holds 6 quote marks; repeat until we have 10,000 marks, then pad to 1 MB with plain words
    pieces = [chunk] * (10_000 // 6 + 1)
    text = "".join(pieces)
    if len(text) < 1_000_000:
        text += (words + " ") * ((1_000_000 - len(text)) // (len(words) + 1) + 1)
    text = text.strip() + "."
    assert "\n" not in text and len(text) >= 1_000_000
    article = article_from_text(text, "p.txt")
    assert len(article.paragraphs) == 1
    result = extract_quotes(article)
    check_invariants(article, result)
    assert len(result.quotes) >= 3_000
