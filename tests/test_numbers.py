"""Numbers (quotecheck.numbers): figures with unit, qualifier and what they count, aligned across outlets."""

from __future__ import annotations

from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.lineup import content_sentences
from quotecheck.models import ArticleQuotes, Event, NumberMention
from quotecheck.numbers import align_numbers, find_numbers, same_value


def art(path: str, body: str) -> ArticleQuotes:
    return extract_quotes(article_from_text("outlet: Test\ndate: 2025-03-04\n\n" + body, path))


def mentions(result: ArticleQuotes) -> list[NumberMention]:
    return find_numbers(result, content_sentences(result))


def facts(*results: ArticleQuotes) -> list[list[tuple[str, str]]]:
    ms = [m for r in results for m in mentions(r)]
    ev = Event(id="e1", title="t", files=tuple(r.article.path for r in results))
    raw = {r.article.path: r.article.raw for r in results}
    return [[(m.file, m.text) for m in f.members] for f in align_numbers(ev, ms, raw)]


def test_qualifier_unit_counts_and_period() -> None:
    r = art("a.txt", "Hotels are costing taxpayers more than £2bn a year. Labour would hire 1,000 new caseworkers.\n")
    got = [(m.text, m.value, m.unit, m.qualifier, m.bound, m.counts, m.period) for m in mentions(r)]
    assert got == [
        ("more than £2bn", 2e9, "GBP", "more than", ">", None, "a year"),
        ("1,000", 1000.0, None, None, "=", "caseworkers", None),
    ]


def test_more_qualifiers_and_formats() -> None:
    r = art("a.txt", "Around 23,000 people crossed. Up to 50 a week could go. Almost 94% stay. About 1.2m wait.\n")
    got = [(m.qualifier, m.bound, m.value, m.unit) for m in mentions(r)]
    assert got == [("around", "~", 23000.0, None), ("up to", "<", 50.0, None), ("almost", "<", 94.0, "%"),
                   ("about", "~", 1.2e6, None)]


def test_years_dates_names_and_conversions_are_not_figures() -> None:
    body = ("In 2023 the plan, set out on 14 September and on 2023-09-14, was discussed on Radio 4 at 10am. "
            "It will cost £2 billion ($2.5 billion) a year.\n")
    got = [(m.text, m.period) for m in mentions(art("a.txt", body))]
    assert got == [("£2 billion", "a year")]


def test_adding_up_to_is_a_sum_not_a_ceiling() -> None:
    [m] = mentions(art("a.txt", "It will be capped at a weekly figure, adding up to 2,600 a year.\n"))
    assert m.qualifier is None and m.value == 2600


def test_numbers_inside_quotes_are_marked() -> None:
    r = art("a.txt", 'Mr Philp said: "They want 100,000 of Europe\'s illegal immigrants here."\n')
    [m] = mentions(r)
    assert m.in_quote and m.counts == "immigrants"


def test_rounding_is_not_a_different_value() -> None:
    assert same_value(23000, 23456)
    assert not same_value(100000, 124614)


def test_same_figure_in_two_outlets_is_one_fact_with_qualifiers_noted() -> None:
    a = art("a.txt", "Ms Cooper said hotels are costing taxpayers more than £2bn a year.\n")
    b = art("b.txt", "Labour said hotels cost around £2billion a year.\n")
    ms = mentions(a) + mentions(b)
    ev = Event(id="e1", title="t", files=("a.txt", "b.txt"))
    [fact] = align_numbers(ev, ms, {"a.txt": a.article.raw, "b.txt": b.article.raw})
    assert not fact.conflict
    assert fact.differences == ("qualifiers differ: around vs more than",)
    assert fact.id == "e1-n1"


def test_different_values_of_the_same_thing_conflict() -> None:
    a = art("a.txt", "Ministers say the deal would mean 100,000 migrants a year coming to the UK from the EU.\n")
    b = art("b.txt", "Tory analysis says the deal would mean 124,614 migrants coming to the UK from the EU.\n")
    ms = mentions(a) + mentions(b)
    ev = Event(id="e1", title="t", files=("a.txt", "b.txt"))
    [fact] = align_numbers(ev, ms, {"a.txt": a.article.raw, "b.txt": b.article.raw})
    assert fact.conflict
    assert fact.differences[0] == "values differ: 100,000 vs 124,614"


def test_a_different_currency_conflicts() -> None:
    a = art("a.txt", "Each family will get a grant of £20,000 under the housing scheme.\n")
    b = art("b.txt", "Each family will get a grant of €20,000 under the housing scheme.\n")
    ms = mentions(a) + mentions(b)
    ev = Event(id="e1", title="t", files=("a.txt", "b.txt"))
    [fact] = align_numbers(ev, ms, {"a.txt": a.article.raw, "b.txt": b.article.raw})
    assert fact.conflict and fact.differences[-1].startswith("currencies differ")


def test_unrelated_figures_stay_apart() -> None:
    a = art("a.txt", "More than 23,000 people have crossed the Channel this year.\n")
    b = art("b.txt", "About 175,000 people are waiting for an asylum decision.\n")
    assert facts(a, b) == []
    c = art("c.txt", "The council will recruit 1,000 new caseworkers. A returns unit gets 1,000 staff.\n")
    d = art("d.txt", "An extra 1,000 Home Office caseworkers will be hired.\n")
    assert facts(c, d) == [[("c.txt", "1,000"), ("d.txt", "1,000")]]


def test_a_measure_word_after_the_unit_is_not_what_is_counted() -> None:
    r = art("a.txt", "The defendant, who is 60 years old, was fined by the court on Tuesday afternoon.\n")
    assert [(m.text, m.counts) for m in mentions(r)] == [("60", "years")]


def _seen(body: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(m.text, m.value, m.unit, m.counts) for m in mentions(art("a.txt", body + "\n"))]


def test_fractions_and_decimals_are_one_value() -> None:
    assert _seen("The baker was jailed for 15½ to 19½ years after the fire.") == [
        ("15½", 15.5, None, "years"), ("19½", 19.5, None, "years"),
    ]
    assert _seen("The baker was jailed for between 15.5 and 19.5 years after the fire.") == [
        ("15.5", 15.5, None, "years"), ("19.5", 19.5, None, "years"),
    ]


def test_both_ends_of_a_range_count_what_the_far_end_names() -> None:
    assert _seen("The bakery employs 30 to 55 apprentices in summer.") == [
        ("30", 30.0, None, "apprentices"), ("55", 55.0, None, "apprentices"),
    ]
    assert _seen("The bakery employs 30-55 apprentices in summer.") == [
        ("30", 30.0, None, "apprentices"), ("55", 55.0, None, "apprentices"),
    ]
    assert _seen("The shop opened on 2023-09-14 at 10:30 and trades 24/7.") == []  # dates and times stay out


def test_a_hyphenated_year_counts_years() -> None:
    assert _seen("The baker received a 12-year sentence for the fire.") == [("12", 12.0, None, "years")]
    assert _seen("The baker was sentenced to 12 years for the fire.") == [("12", 12.0, None, "years")]


def test_a_currency_written_as_a_word_is_the_currency() -> None:
    assert _seen("The bakery paid a 750,000 dollar fine for the fire.") == [("750,000 dollar", 750000.0, "USD", "fine")]
    assert _seen("The bakery paid a $750,000 fine for the fire.") == [("$750,000", 750000.0, "USD", "fine")]
    assert _seen("The owner was paid 2.5 million pounds for the site.") == [
        ("2.5 million pounds", 2.5e6, "GBP", None),
    ]


def test_a_fine_in_words_and_in_symbols_lines_up_across_outlets() -> None:
    a = art("a.txt", "The bakery in Leeds paid a $750,000 fine over the warehouse fire.\n")
    b = art("b.txt", "The Leeds bakery paid a 750,000 dollar fine over the warehouse fire.\n")
    assert facts(a, b) == [[("a.txt", "$750,000"), ("b.txt", "750,000 dollar")]]


def _facts(a: ArticleQuotes, b: ArticleQuotes) -> list:
    ms = mentions(a) + mentions(b)
    ev = Event(id="e1", title="t", files=("a.txt", "b.txt"))
    return align_numbers(ev, ms, {"a.txt": a.article.raw, "b.txt": b.article.raw})


def test_an_outlet_that_prints_both_values_reports_two_facts_not_a_conflict() -> None:
    a = art("a.txt", "The judge gave Ann Lee 4 years in prison. She had faced a maximum of 11 years in prison.\n")
    b = art("b.txt", "Ann Lee was handed 11 years in prison at the hearing on Tuesday.\n")
    assert not any(f.conflict for f in _facts(a, b))


def test_a_bound_is_kept_by_a_value_within_it() -> None:
    a = art("a.txt", "Ann Lee could face up to 11 years in prison for the fraud.\n")
    b = art("b.txt", "Ann Lee could face 4 years in prison for the fraud.\n")
    assert not any(f.conflict for f in _facts(a, b))


def test_values_far_apart_are_two_facts() -> None:
    a = art("a.txt", "Ann Lee, who served 22 years in Congress, was sentenced on Tuesday in Congress.\n")
    b = art("b.txt", "Ann Lee spoke of her 60 years in Congress as she was sentenced on Tuesday.\n")
    assert not any(f.conflict for f in _facts(a, b))
