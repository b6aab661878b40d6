"""Quote clusters (quotecheck.align) on hand-built quotes, independent of the extractor."""

from __future__ import annotations

import random
import time

from quotecheck.align import cluster_quotes
from quotecheck.extract import speaker_key
from quotecheck.models import Article, ArticleQuotes, ClusterRelation, Event, Quote, QuoteKind, Span


def article(path: str, quotes: list[tuple[str, str | None, QuoteKind]], **extra: object) -> ArticleQuotes:
    """An article whose text is its quotes, one paragraph each, with the given credits."""
    raw = ""
    built = []
    for i, (text, speaker, kind) in enumerate(quotes):
        raw += "“"
        start = len(raw)
        raw += text
        built.append(
            Quote(
                id=f"{path}#{start}", file=path, span=Span(start=start, end=start + len(text)), text=text,
                kind=kind, paragraph=i, speaker=speaker, **extra,  # type: ignore[arg-type]
            )
        )
        raw += "”\n"
    return ArticleQuotes(article=Article(path=path, raw=raw), quotes=tuple(built))


def event(*results: ArticleQuotes) -> Event:
    return Event(id="e1", title="t", files=tuple(r.article.path for r in results))


def clusters(*results: ArticleQuotes) -> list[list[tuple[str, str]]]:
    return [[(m.file, m.text) for m in c.members] for c in cluster_quotes(event(*results), results)]


FULL, PARTIAL, SCARE = QuoteKind.FULL, QuoteKind.PARTIAL, QuoteKind.SCARE
GARBAGE = "We have seen total garbage on this from the Conservatives over the last 24 hours."
PHILP = "I think his policy has no credibility and the British public don't want it under his open border policy."


def test_speaker_keys() -> None:
    assert speaker_key("Yvette Cooper") == ("cooper", True)
    assert speaker_key("Ms Cooper")[0] == "cooper"
    assert speaker_key("Government") == ("body:government", False)
    assert speaker_key("Conservative Party")[1] is False
    assert speaker_key("Ministers")[1] is False
    assert speaker_key(None) == (None, False)


def test_typography_variants_are_one_verbatim_cluster() -> None:
    a = article("a.txt", [(PHILP, "Chris Philp", FULL)])
    b = article("b.txt", [(PHILP.replace("'", "’"), "Chris Philp", FULL)])
    [c] = cluster_quotes(event(a, b), [a, b])
    assert c.relation is ClusterRelation.VERBATIM
    assert c.id == "e1-q1" and [m.file for m in c.members] == ["a.txt", "b.txt"]
    assert not any(d.substantive for d in c.diffs)


def test_fragments_join_the_full_quote_of_the_same_speaker() -> None:
    a = article("a.txt", [("garbage", "Yvette Cooper", PARTIAL), (GARBAGE, "Yvette Cooper", FULL)])
    b = article("b.txt", [("talking garbage", "Yvette Cooper", PARTIAL)])
    c = article("c.txt", [("total garbage", "Yvette Cooper", PARTIAL)])
    [cl] = cluster_quotes(event(a, b, c), [a, b, c])
    assert len(cl.members) == 4
    assert cl.relation is ClusterRelation.PARAPHRASED  # "talking" is not in the full quote
    assert cl.anchor == "a.txt#" + str(a.quotes[1].span.start)


def test_a_fragment_credited_to_a_body_stays_apart_from_a_person_quote() -> None:
    a = article("a.txt", [("open border policy", "Government", PARTIAL), (PHILP, "Chris Philp", FULL)])
    b = article("b.txt", [("open border policy", "Conservative Party", PARTIAL), (PHILP, "Chris Philp", FULL)])
    c = article("c.txt", [("open borders policy", "Ministers", PARTIAL),
                          ("open border", "Conservative Party", PARTIAL)])
    got = cluster_quotes(event(a, b, c), [a, b, c])
    assert len(got) == 2
    phrase = next(g for g in got if len(g.members) == 4)
    assert {m.text for m in phrase.members} == {"open border policy", "open borders policy", "open border"}
    assert phrase.relation is ClusterRelation.TRUNCATED
    philp = next(g for g in got if len(g.members) == 2)
    assert philp.relation is ClusterRelation.VERBATIM


def test_short_fragments_of_different_people_stay_apart() -> None:
    a = article("a.txt", [("smash the gangs", "Keir Starmer", PARTIAL)])
    b = article("b.txt", [("The only way is to smash the gangs that run this trade.", "Yvette Cooper", FULL)])
    assert clusters(a, b) == []


def test_long_versions_join_whatever_the_credit() -> None:
    a = article("a.txt", [(PHILP, "Chris Philp", FULL)])
    b = article("b.txt", [(PHILP, "Rishi Sunak", FULL)])
    assert len(clusters(a, b)) == 1


def test_stemmed_fragment_needs_the_same_speaker() -> None:
    a = article("a.txt", [("lies", "Emmanuel Macron", PARTIAL), ("sold a lie", "Emmanuel Macron", PARTIAL)])
    [cl] = cluster_quotes(event(a), [a])
    assert cl.relation is ClusterRelation.PARAPHRASED
    b = article("b.txt", [("lies", "Emmanuel Macron", PARTIAL), ("sold a lie", "Nigel Farage", PARTIAL)])
    assert clusters(b) == []


def test_scare_quotes_and_furniture_take_no_part() -> None:
    a = article("a.txt", [("illegal migrants", None, SCARE)])
    b = article("b.txt", [("illegal migrants", None, SCARE)])
    assert clusters(a, b) == []
    c = article("c.txt", [(GARBAGE, "Yvette Cooper", FULL)], furniture=True)
    d = article("d.txt", [(GARBAGE, "Yvette Cooper", FULL)])
    assert clusters(c, d) == []


def test_paragraphs_of_one_quotation_are_not_versions_of_each_other() -> None:
    paragraphs = [("We will build the homes.", "Alex Morgan", FULL),
                  ("We will build the homes, and we will build them fast.", "Alex Morgan", FULL)]
    assert clusters(article("a.txt", paragraphs, group="a.txt#1")) == []
    assert len(clusters(article("a.txt", paragraphs))) == 1


def test_a_quote_is_in_at_most_one_cluster() -> None:
    a = article("a.txt", [("smash", "Keir Starmer", PARTIAL),
                          ("The only way to stop that is to smash the gangs running this vile trade.",
                           "Keir Starmer", FULL)])
    b = article("b.txt", [("I do not accept that it stops us working to smash the gangs in this vile trade.",
                           "Keir Starmer", FULL), ("smash the criminal gangs", "Keir Starmer", PARTIAL)])
    got = cluster_quotes(event(a, b), [a, b])
    ids = [m.quote_id for c in got for m in c.members]
    assert len(ids) == len(set(ids)) == 4
    assert len(got) == 1 and got[0].relation is ClusterRelation.PARAPHRASED


def test_unrelated_quotes_do_not_cluster() -> None:
    a = article("a.txt", [("Families deserve better than slogans.", "Sam Okafor", FULL)])
    b = article("b.txt", [("The city cannot wait for Westminster.", "Priya Desai", FULL)])
    assert clusters(a, b) == []


def test_blocking_keeps_many_quotes_fast() -> None:
    rng = random.Random(3)
    words = ["".join(rng.choice("bcdfghjklmnpqrstvwz") + rng.choice("aeiou") for _ in range(3)) for _ in range(4000)]
    results = []
    for k in range(200):
        # random words: shifted windows of one word list would be overlapping excerpts of one utterance
        quotes = [(" ".join(rng.sample(words, 12)), f"Person {j}", FULL) for j in range(5)]
        quotes.append((PHILP, "Chris Philp", FULL))
        results.append(article(f"{k:03d}.txt", quotes))
    t0 = time.perf_counter()
    got = cluster_quotes(event(*results), results)
    assert time.perf_counter() - t0 < 5
    assert max(len(c.members) for c in got) == 200


BIRCH = ("This is a disgrace. Residents are being asked to pay more for less, and they know it. "
         "We will vote against every line of this budget on Wednesday.")


def test_overlapping_excerpts_of_one_speaker_are_one_utterance() -> None:
    a = article("a.txt", [(BIRCH, "Tom Birch", FULL)])
    b = article("b.txt", [("Residents are being asked to pay more for less. We will vote against every line of this "
                           "budget.", "Tom Birch", FULL)])
    c = article("c.txt", [("Every option in front of us is painful. I wish it were otherwise.", "Janet Rowley", FULL),
                          ("Residents are being asked to pay more for less, and they know it,", "Tom Birch", FULL)])
    d = article("d.txt", [("We have been forced into the hardest budget this council has ever had to set, and every "
                           "option in front of us is painful.", "Janet Rowley", FULL)])
    assert clusters(a, b, c, d) == [
        [("a.txt", BIRCH), ("b.txt", b.quotes[0].text), ("c.txt", c.quotes[1].text)],
        [("c.txt", c.quotes[0].text), ("d.txt", d.quotes[0].text)],
    ]


def test_a_shared_stretch_needs_agreeing_speakers_unless_it_is_long() -> None:
    pruitt = article("a.txt", [("She says it takes decisions away from parents. Parents asked for this bill.",
                                "Gary Pruitt", FULL)])
    again = article("b.txt", [("Parents asked for this bill. Teachers asked for this bill.", "Gary Pruitt", FULL)])
    other = article("c.txt", [("Parents asked for this bill, and the governor ignored them.", "Carlos Ibarra", FULL)])
    assert clusters(pruitt, again, other) == [[("a.txt", pruitt.quotes[0].text), ("b.txt", again.quotes[0].text)]]
    long_run = "residents are being asked to pay more for less and they know it"
    e = article("e.txt", [(f"I say {long_run}.", "Sam Okafor", FULL)])
    assert clusters(article("a.txt", [(BIRCH, "Tom Birch", FULL)]), e)  # a misattributed version still joins


def test_a_rebuttal_that_echoes_a_few_words_stays_apart() -> None:
    a = article("a.txt", [("This bill would take decisions away from parents and give them to bureaucrats.",
                           "Linda Marsh", FULL)])
    b = article("b.txt", [("She says it takes decisions away from parents. Parents asked for this bill.",
                           "Gary Pruitt", FULL)])
    assert clusters(a, b) == []


def test_a_paraphrase_of_the_same_speaker_joins() -> None:
    a = article("a.txt", [("This case should be a warning to every driver who thinks the rules do not apply to "
                           "them.", "Lisa Varga", FULL)])
    b = article("b.txt", [("a warning to any driver who thinks the law does not apply to them", None, PARTIAL)])
    c = article("c.txt", [("a warning to any driver who thinks the law does not apply to them", "Dean Farrell",
                           PARTIAL)])
    assert len(clusters(a, b)) == 1
    assert clusters(a, c) == []


def test_the_same_speaker_saying_two_things_makes_two_clusters() -> None:
    a = article("a.txt", [("For too long, families in rural America have been told to wait. Today the Senate told "
                           "them their wait is over.", "Maria Alvarez", FULL),
                          ("We will keep fighting for every county that has been left behind.", "Maria Alvarez",
                           FULL)])
    b = article("b.txt", [("Today the Senate told them their wait is over.", "Maria Alvarez", FULL),
                          ("This is not a red-state or blue-state issue.", "Maria Alvarez", FULL),
                          ("We will keep fighting this in conference.", "Dale Whitaker", FULL)])
    c = article("c.txt", [("This is not a red-state or blue-state issue,", "Maria Alvarez", FULL),
                          ("a disgrace", "Tom Birch", PARTIAL)])
    d = article("d.txt", [("It is a disgrace that staff learned about this from the newspaper.", "Karen Doyle", FULL)])
    got = clusters(a, b, c, d)
    assert [[f for f, _ in g] for g in got] == [["a.txt", "b.txt"], ["b.txt", "c.txt"]]


# Clusters that mean it: two articles at least, statements kept apart, no denial as a rewording.

PIER_1 = "The pier will reopen before the summer season starts."
PIER_2 = "We owe that to every trader on the front who has waited two years."


def test_a_partial_and_its_own_full_quote_are_no_cluster_when_the_event_has_two_articles() -> None:
    a = article("a.txt", [("reopen before the summer", "Ann Hale", PARTIAL), (PIER_1, "Ann Hale", FULL)])
    b = article("b.txt", [("The harbour board met on Tuesday to discuss the repairs.", "Tom Reed", FULL)])
    assert clusters(a, b) == []
    assert clusters(a) == [[("a.txt", "reopen before the summer"), ("a.txt", PIER_1)]]  # one article, its own versions


def test_a_version_running_two_statements_together_goes_with_the_one_it_opens_with() -> None:
    a = article("a.txt", [(PIER_1, "Ann Hale", FULL), (PIER_2, "Ann Hale", FULL)])
    b = article("b.txt", [(PIER_1, "Ann Hale", FULL)])
    c = article("c.txt", [(PIER_2, "Ann Hale", FULL)])
    d = article("d.txt", [(f"{PIER_1} {PIER_2}", "Ann Hale", FULL)])
    assert clusters(a, b, c, d) == [
        [("a.txt", PIER_1), ("b.txt", PIER_1), ("d.txt", f"{PIER_1} {PIER_2}")],
        [("a.txt", PIER_2), ("c.txt", PIER_2)],
    ]


def test_an_outlet_that_splits_a_statement_in_two_keeps_both_halves_with_the_whole() -> None:
    a = article("a.txt", [(PIER_1, "Ann Hale", FULL), (PIER_2, "Ann Hale", FULL)])
    b = article("b.txt", [(f"{PIER_1} {PIER_2}", "Ann Hale", FULL)])
    assert clusters(a, b) == [[("a.txt", PIER_1), ("a.txt", PIER_2), ("b.txt", f"{PIER_1} {PIER_2}")]]


def test_a_few_words_found_in_two_statements_go_with_the_first_only() -> None:
    one = "You are not asking about trains, you are making speeches"
    two = "I came to answer questions and you keep making speeches about the budget"
    a = article("a.txt", [(one, "Ann Hale", FULL)])
    b = article("b.txt", [("making speeches", "Ann Hale", PARTIAL), (two, "Ann Hale", FULL)])
    c = article("c.txt", [(two, "Ann Hale", FULL)])
    assert clusters(a, b, c) == [
        [("a.txt", one), ("b.txt", "making speeches")],
        [("b.txt", two), ("c.txt", two)],
    ]


def test_a_denial_is_no_rewording() -> None:
    a = article("a.txt", [("We are cutting the school budget again this year", "Ann Hale", FULL)])
    b = article("b.txt", [("We are not cutting the school budget again this year", "Ann Hale", FULL)])
    c = article("c.txt", [("you're not asking questions, you're making speeches", "Ann Hale", PARTIAL)])
    d = article("d.txt", [("Are you asking questions or making speeches?", "Ann Hale", FULL)])
    assert clusters(a, b) == []
    assert clusters(c, d) == []


def test_a_short_sentence_sharing_one_verb_is_no_fragment() -> None:
    a = article("a.txt", [("How did it ever come to this", "Ann Hale", PARTIAL)])
    b = article("b.txt", [("I come before you a humbled woman", "Ann Hale", FULL)])
    assert clusters(a, b) == []


def test_a_scare_quote_echoing_a_quotation_joins_the_shortest_version_holding_it() -> None:
    long = "The court showed me patience and mercy I did not expect, and I thank the jury for its care"
    a = article("a.txt", [(long, "Ann Hale", FULL)])
    b = article("b.txt", [("for the mercy she showed", "Tom Reed", PARTIAL), ("tired man", None, SCARE)])
    c = article("c.txt", [("mercy", None, SCARE), ("a tired man, worn down by two trials", "Tom Reed", PARTIAL)])
    assert clusters(a, b, c) == [
        [("b.txt", "for the mercy she showed"), ("c.txt", "mercy")],
        [("b.txt", "tired man"), ("c.txt", "a tired man, worn down by two trials")],
    ]


def test_a_name_in_marks_is_no_echo_of_a_speech_that_names_it() -> None:
    a = article("a.txt", [("If you work in the north, we're building the Ring of Fire road for you.", "Doug Ford",
                           FULL)])
    b = article("b.txt", [("Ring of Fire", None, SCARE)])
    assert not any(("b.txt", "Ring of Fire") in c for c in clusters(a, b))


def test_two_remarks_sharing_only_names_are_no_paraphrase() -> None:
    a = article("a.txt", [("Before this trial started, we travelled to Yuendumu to meet the family of Kumanjayi "
                           "Walker and to meet the Warlpiri community,", "Ann Lee", FULL)])
    b = article("b.txt", [("It is our view that the family of Kumanjayi Walker and the Warlpiri community deserve "
                           "full scrutiny.", "Ann Lee", FULL)])
    assert clusters(a, b) == []
