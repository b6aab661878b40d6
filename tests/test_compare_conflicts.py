"""Attribution conflicts (quotecheck.conflicts) on hand-written articles."""

from __future__ import annotations

from quotecheck.conflicts import venues_agree
from quotecheck.extract import ClaimCredit, claim_credit, extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.models import ArticleQuotes, Span
from quotecheck.pipeline import compare


def art(path: str, body: str, headline: str | None = None, outlet: str = "Test") -> ArticleQuotes:
    header = f"outlet: {outlet}\ndate: 2025-03-04\n" + (f"headline: {headline}\n" if headline else "") + "\n"
    return extract_quotes(article_from_text(header + body, path))


def test_venues_agree_when_one_names_the_other() -> None:
    assert venues_agree("the BBC", "BBC Radio 4's Today programme")
    assert venues_agree("Good Morning Britain", "ITV’s Good Morning Britain")
    assert not venues_agree("LBC", "Times Radio")
    assert venues_agree("X", "Twitter") and venues_agree("X, formerly Twitter", "Twitter")  # one site renamed
    assert not venues_agree("X", "Instagram")


def _claim(body: str, sentence: str, at: str) -> ClaimCredit | None:
    r = art("a.txt", body + sentence + "\n")
    start = r.article.raw.index(sentence)
    return claim_credit(r, Span(start=start, end=start + len(sentence)), start + sentence.index(at))


def test_claim_credit_is_the_subject_of_the_verb_of_saying() -> None:
    cast = "Prime Minister Rishi Sunak was in Kent. Sunak told reporters the plan was wrong.\n\n"
    got = _claim(cast, "Government ministers claim the policy would lead to 100,000 people arriving.", "100,000")
    assert got is not None and (got.speaker, got.mention) == ("Government ministers", "Government ministers claim")
    got = _claim(cast, "Sunak told Times Radio that would mean 100,000 people a year.", "100,000")
    assert got is not None and (got.speaker, got.venue) == ("Rishi Sunak", "Times Radio")
    assert _claim(cast, "The weather was fine on 14 days.", "14") is None


def test_a_claims_pronoun_is_resolved_as_a_quotes_is() -> None:
    cast = "Council leader Ann Lee spoke on Monday.\n\n"
    got = _claim(cast, "The council would build 300 homes, she said.", "300")
    assert got is not None and (got.speaker, got.mention) == ("Ann Lee", "she said")
    got = _claim(cast, "Ms Lee told Radio Kent that 300 homes would be built.", "300")
    assert got is not None and (got.speaker, got.mention, got.venue) == ("Ann Lee", "Ms Lee told", "Radio Kent")


def test_same_words_credited_to_different_people() -> None:
    quote = "This plan is a fantasy dressed up as a policy, with no money behind it at all."
    a = art("a.txt", f"Housing spokesman Sam Okafor said: “{quote}”\n")
    b = art("b.txt", f"Mayor Priya Desai said: “{quote}”\n")
    [conflict] = compare([a, b]).conflicts
    assert conflict.kind == "speaker" and conflict.cluster == "e1-q1"
    assert {(m.file, m.speaker) for m in conflict.members} == {("a.txt", "Sam Okafor"), ("b.txt", "Priya Desai")}


def test_same_words_on_different_programmes() -> None:
    quote = "Families deserve better than slogans from a government that has run out of ideas."
    a = art("a.txt", f"Sam Okafor told LBC: “{quote}”\n")
    b = art("b.txt", f"Sam Okafor told Times Radio: “{quote}”\n")
    c = art("c.txt", f"Sam Okafor told Times Radio: “{quote}”\n")
    [conflict] = compare([a, b, c]).conflicts
    assert conflict.kind == "venue"
    assert sorted((m.file, m.venue) for m in conflict.members) == [
        ("a.txt", "LBC"), ("b.txt", "Times Radio"), ("c.txt", "Times Radio"),
    ]


def test_a_less_precise_venue_is_not_a_conflict() -> None:
    quote = "Families deserve better than slogans from a government that has run out of ideas."
    a = art("a.txt", f"Sam Okafor told BBC Radio 4's Today programme: “{quote}”\n")
    b = art("b.txt", f"Sam Okafor said on the BBC: “{quote}”\n")
    assert compare([a, b]).conflicts == ()


def test_a_figure_credited_to_different_sources() -> None:
    a = art("a.txt", "Government ministers claim the scheme would bring 100,000 migrants a year to the UK.\n")
    b = art("b.txt", "Prime Minister Rishi Sunak claimed the scheme would bring 100,000 migrants a year to the UK.\n")
    conflicts = compare([a, b]).conflicts
    assert len(conflicts) == 1
    assert conflicts[0].claim == "100,000 migrants a year"
    assert {m.speaker for m in conflicts[0].members} == {"Government ministers", "Rishi Sunak"}
    assert conflicts[0].members[0].mention == "Government ministers claim"


def test_a_headline_credit_its_body_contradicts() -> None:
    body = "Conservatives hit back after Labour accused them of an “open border policy”.\n"
    a = art("a.txt", body, headline="Labour defends plan after Tory 'open border' attack")
    [conflict] = compare([a]).conflicts
    assert conflict.kind == "headline"
    head, inside = conflict.members
    assert (head.speaker, head.text) == ("Conservative Party", "open border")
    assert inside.speaker == "Labour Party"
    agreeing = art("b.txt", body.replace("Labour accused them", "the Tories accused Labour"),
                   headline="Labour defends plan after Tory 'open border' attack")
    assert compare([agreeing]).conflicts == ()


def test_a_headline_naming_the_party_of_the_government_its_body_credits_is_only_less_precise() -> None:
    body = ("Labour hit back after the government accused it of an “open border policy”. Home Office minister "
            "Dan Pike, a Conservative, repeated the “open border policy” charge.\n")
    a = art("a.txt", body, headline="Labour defends plan after Tory 'open border' attack")
    conflicts = compare([a]).conflicts
    assert {c.kind for c in conflicts} == {"imprecise"}  # no "headline and body disagree"
    head = next(c for c in conflicts if c.claim == "open border")
    assert [m.speaker for m in head.members] == ["Conservative Party", "Government", "Dan Pike"]


def test_incompatible_credits_lead_the_summary_before_less_precise_ones() -> None:
    from quotecheck.report.markdown import comparison_markdown

    quote = "This plan is a fantasy dressed up as a policy, with no money behind it at all."
    other = "Every school in the county will have a new roof before the end of next year."
    a = art("a.txt", f"Housing spokesman Sam Okafor said: “{quote}” The government said: “{other}”\n")
    b = art("b.txt", f"Mayor Priya Desai said: “{quote}” Schools minister Dan Pike said: “{other}”\n")
    kinds = [c.kind for c in compare([a, b]).conflicts]
    assert sorted(kinds) == ["imprecise", "speaker"]
    md = comparison_markdown(compare([a, b]))
    summary = md[md.index("## What differs most"):md.index("## e1")]
    assert summary.index("**Credited differently**") < summary.index("**Credited less precisely**")


def test_a_person_the_article_ties_to_a_party_speaks_for_it() -> None:
    a = art("a.txt", "Labour's housing spokesman Sam Okafor said the party would build 300,000 homes a year.\n")
    b = art("b.txt", "Labour said it would build 300,000 homes a year.\n")
    c = art("c.txt", "The Conservatives said Labour would build 300,000 homes a year.\n")
    assert compare([a, b]).conflicts == ()
    [conflict] = compare([a, b, c]).conflicts
    assert {m.speaker for m in conflict.members} == {"Sam Okafor", "Labour Party", "Conservative Party"}


def test_credits_that_differ_within_one_article_only_are_no_conflict_between_outlets() -> None:
    quote = "This plan is a fantasy dressed up as a policy, with no money behind it at all."
    a = art("a.txt", f"Housing spokesman Sam Okafor said: “{quote}”\n\nMayor Priya Desai replied: “{quote}”\n")
    b = art("b.txt", f"Housing spokesman Sam Okafor said: “{quote}”\n")
    assert [c.kind for c in compare([a, b]).conflicts] == []
    c = art("c.txt", f"Mayor Priya Desai said: “{quote}”\n")
    assert [c.kind for c in compare([b, c]).conflicts] == ["speaker"]


def test_an_article_crediting_its_own_outlet_is_no_conflict() -> None:
    quote = "This plan is a fantasy dressed up as a policy, with no money behind it at all."
    a = art("a.txt", f"Housing spokesman Sam Okafor said: “{quote}”\n")
    b = art("b.txt", f"“{quote}” the Valley Courier said.\n", outlet="Valley Courier")
    assert compare([a, b]).conflicts == ()


def test_two_qualifiers_of_one_venue_agree() -> None:
    assert venues_agree("court (sentencing)", "court (judge)")
    assert not venues_agree("LBC", "BBC Radio 4's Today programme")
