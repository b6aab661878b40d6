"""The prose tokeniser (quotecheck.words) and word diffs (quotecheck.diff), on hand-made text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.diff import relation, word_diff
from quotecheck.models import ChangeKind, ClusterRelation, DiffOp, Span
from quotecheck.text import fold_typography
from quotecheck.words import content_stems, norm_words, number_value, sentence_spans, spelling_key, stem, tokenize


class V:
    """A version of a quote: what word_diff needs."""

    def __init__(self, quote_id: str, text: str, start: int = 0) -> None:
        self.quote_id = quote_id
        self.text = text
        self.span = Span(start=start, end=start + len(text))


# --- tokeniser -----------------------------------------------------------------------------------


def test_apostrophes_and_marks_fold() -> None:
    assert norm_words("the British public don't want") == norm_words("the British public don’t want")
    assert norm_words("Europe's illegal immigrants") == norm_words("Europe’s illegal immigrants")


def test_hyphenated_words_split_so_spacing_does_not_matter() -> None:
    assert norm_words("people-smuggling gangs") == norm_words("people smuggling gangs")
    assert norm_words("cross–border") == norm_words("cross border")


def test_money_in_any_format_has_one_key() -> None:
    keys = {tuple(norm_words(t)) for t in ("£2bn", "£2billion", "£2 billion", "£2,000,000,000")}
    assert keys == {("GBP2000000000",)}
    assert norm_words("$2.5 billion") == ["USD2500000000"]
    assert norm_words("€20,000") != norm_words("£20,000")


def test_counts_in_any_format_have_one_key() -> None:
    assert norm_words("100,000") == norm_words("100k") == ["100000"]
    assert norm_words("94%") == norm_words("94 per cent") == ["94%"]


def test_number_value() -> None:
    assert number_value("£2bn") == (2e9, "GBP", False)
    assert number_value("1.2m") == (1.2e6, None, False)
    assert number_value("17 per cent") == (17.0, None, True)
    assert number_value("Labour") is None


def test_numbers_glued_to_letters_are_words() -> None:
    words = tokenize("No10 and Care4Calais in the 90s")
    assert [w.kind for w in words] == ["word"] * 6


def test_token_offsets_point_into_the_text() -> None:
    text = "He said: “We’ll spend £2bn — 100,000 homes.”"
    for w in tokenize(text, base=10):
        assert text[w.start - 10 : w.end - 10] == w.text


@given(st.text(alphabet=st.sampled_from(list("ab c'’\"“”-–,.£$0123456789kmbn%\n")), max_size=60))
def test_tokens_slice_back_and_ignore_typography(text: str) -> None:
    for w in tokenize(text):
        assert text[w.start : w.end] == w.text
    assert norm_words(fold_typography(text)) == norm_words(text)


def test_spelling_and_stems() -> None:
    assert spelling_key("organised") == spelling_key("organized")
    assert spelling_key("labour") == spelling_key("labor")
    assert spelling_key("travelled") == spelling_key("traveled")
    assert spelling_key("programme") == spelling_key("program")
    assert spelling_key("filled") != spelling_key("filed")
    assert spelling_key("four") != spelling_key("for")
    assert stem("lies") == stem("lie")
    assert stem("borders") == stem("border")
    assert stem("crossings") == stem("crossing") == stem("cross")


def test_content_stems_drop_function_words() -> None:
    assert content_stems("We have seen total garbage on this") == ["seen", "total", "garbage"]


def test_sentence_spans() -> None:
    text = 'Ms Cooper said: "We will." Mr Philp disagreed. 100 people came. Is it? Yes.'
    got = [text[a:b] for a, b in sentence_spans(text, 0, len(text))]
    assert got == ['Ms Cooper said: "We will."', "Mr Philp disagreed.", "100 people came.", "Is it?", "Yes."]


# --- relation labels -------------------------------------------------------------------------------


FULL = "We have seen total garbage on this from the Conservatives over the last 24 hours."


def test_typography_only_is_verbatim() -> None:
    assert relation("I don't want it", "I don’t want it") is ClusterRelation.VERBATIM
    assert relation("no case for going back,", "No case for going back.") is ClusterRelation.VERBATIM


def test_spelling_or_word_form_is_near_verbatim() -> None:
    assert relation("the government’s program", "the government’s programme") is ClusterRelation.NEAR_VERBATIM
    assert relation("open border policy", "open borders policy") is ClusterRelation.NEAR_VERBATIM


def test_a_word_changed_in_a_long_quote_is_near_verbatim() -> None:
    a = "We're not talking about the European quota scheme at all,"
    b = "We’re not talking about this European quota scheme at all."
    assert relation(a, b) is ClusterRelation.NEAR_VERBATIM


def test_a_stretch_is_truncated() -> None:
    assert relation(FULL, "total garbage") is ClusterRelation.TRUNCATED
    assert relation(FULL, "garbage") is ClusterRelation.TRUNCATED


def test_fragments_joined_are_spliced() -> None:
    a = "We will build the homes this country needs and we will build them faster than anyone before us."
    b = "We will build the homes faster than anyone before us."
    assert relation(a, b) is ClusterRelation.SPLICED


def test_a_word_changed_in_a_short_quote_is_paraphrased() -> None:
    assert relation(FULL, "talking garbage") is ClusterRelation.PARAPHRASED
    assert relation("sold a lie", "lies") is ClusterRelation.PARAPHRASED


# --- word diffs ------------------------------------------------------------------------------------


def test_typography_is_cosmetic_and_not_substantive() -> None:
    d = word_diff(V("a", "the public don't want"), V("b", "the public don’t want"))
    changed = [op for op in d.ops if op.op is not DiffOp.EQUAL]
    assert [(op.old, op.new, op.change, op.reason) for op in changed] == [
        ("don't", "don’t", ChangeKind.COSMETIC, "typography")
    ]
    assert not d.substantive


def test_number_format_is_cosmetic_and_a_changed_number_substantive() -> None:
    d = word_diff(V("a", "costing more than £2bn a year"), V("b", "costing more than £2billion a year"))
    assert [op.reason for op in d.ops if op.change] == ["number format"]
    assert not d.substantive
    d = word_diff(V("a", "100,000 migrants a year"), V("b", "124,614 migrants a year"))
    assert [(op.reason, op.change) for op in d.ops if op.change] == [("number changed", ChangeKind.SUBSTANTIVE)]
    assert d.substantive


def test_substituted_word_is_substantive() -> None:
    d = word_diff(V("a", "We're not talking about the European quota scheme"),
                  V("b", "We’re not talking about this European quota scheme"))
    subs = [op for op in d.ops if op.change is ChangeKind.SUBSTANTIVE]
    assert [(op.op, op.old, op.new, op.reason) for op in subs] == [(DiffOp.REPLACE, "the", "this", "words changed")]


def test_truncation_edges_are_not_quoted_not_dropped() -> None:
    d = word_diff(V("a", FULL), V("b", "talking garbage", start=500))
    reasons = [op.reason for op in d.ops if op.change]
    assert reasons == ["not quoted", "words changed", "not quoted"]
    replace = next(op for op in d.ops if op.op is DiffOp.REPLACE)
    assert (replace.old, replace.new) == ("total", "talking")
    assert replace.new_span == Span(start=500, end=507)
    assert d.substantive
    plain_cut = word_diff(V("a", FULL), V("b", "total garbage"))
    assert not plain_cut.substantive


def test_moved_words_are_a_move() -> None:
    a = "we need to go after the gangs and we need to go after their money, quickly"
    b = "quickly we need to go after the gangs and we need to go after their money"
    d = word_diff(V("a", a), V("b", b))
    moves = [op for op in d.ops if op.op is DiffOp.MOVE]
    assert len(moves) == 1 and moves[0].old == moves[0].new == "quickly"
    assert not any(op.op in (DiffOp.DELETE, DiffOp.INSERT) for op in d.ops)


def test_diff_spans_point_into_each_version() -> None:
    a = V("a", "I think his policy has no credibility", start=100)
    b = V("b", "I think this policy has no credibility", start=7)
    d = word_diff(a, b)
    for op in d.ops:
        if op.old_span:
            assert a.text[op.old_span.start - 100 : op.old_span.end - 100] == op.old
        if op.new_span:
            assert b.text[op.new_span.start - 7 : op.new_span.end - 7] == op.new


def test_a_cut_with_one_word_changed_is_truncated_not_paraphrased() -> None:
    assert relation("for mercy he dispensed to me today", "for the mercy he dispensed") is ClusterRelation.TRUNCATED


def test_two_cuts_of_one_remark_overlapping_are_truncated() -> None:
    one = "I failed at times. But I never betrayed my sacred oath of office."
    two = "But I never betrayed my sacred oath of office in any way while I served as governor."
    assert relation(two, one) is ClusterRelation.TRUNCATED


def test_different_remarks_sharing_a_few_words_are_paraphrased() -> None:
    assert relation("We will build more homes for young families this year.",
                    "Young families deserve better than this.") is ClusterRelation.PARAPHRASED
