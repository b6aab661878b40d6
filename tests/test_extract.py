"""The quote engine, one case per pattern of news writing (all text written for these tests)."""

from __future__ import annotations

import pytest

from quotecheck import article_from_text, extract_quotes
from quotecheck.models import Quote, QuoteKind


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(article_from_text(text, "t.txt")).quotes)


def only(text: str) -> Quote:
    found = quotes_of(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def summary(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.text, q.kind.value, q.speaker, q.venue) for q in quotes_of(text)]


# ---- quote marks ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('Ms Cooper said: "We will clear the backlog."', "We will clear the backlog."),
        ("Ms Cooper said: “We will clear the backlog.”", "We will clear the backlog."),
        ("Ms Cooper said: „We will clear the backlog.“".replace("“", "”"), "We will clear the backlog."),
        ("Ms Cooper said: «We will clear the backlog.»", "We will clear the backlog."),
        ("Ms Cooper said: « We will clear the backlog.\u202f»", "We will clear the backlog."),
        ("Ms Cooper said: “We will clear the backlog.\"", "We will clear the backlog."),  # mixed marks
    ],
    ids=["straight", "curly", "low-9", "guillemets", "spaced-guillemets", "curly-open-straight-close"],
)
def test_double_marks(text: str, inside: str) -> None:
    quote = only(text)
    assert quote.text == inside
    assert text[quote.span.start : quote.span.end] == inside
    assert quote.speaker == "Cooper" or quote.speaker is not None


def test_offsets_are_exact_and_exclude_marks() -> None:
    text = 'Yvette Cooper told LBC: "We have a plan." Then she left.'
    quote = only(text)
    assert (quote.span.start, quote.span.end) == (25, 40)
    assert text[24] == '"' and text[40] == '"'


def test_single_marks_in_a_british_headline() -> None:
    text = "Starmer vows to 'smash the gangs' in small boats crackdown\nSir Keir Starmer spoke in The Hague."
    (quote,) = quotes_of(text)
    assert quote.text == "smash the gangs"
    assert quote.speaker == "Keir Starmer"


@pytest.mark.parametrize(
    "text",
    [
        "The minister said he didn't know and couldn't say.",
        "Europe's leaders met in Brussels.",
        "It was a hit in the '90s and again in '24.",
        "The Brits' holiday plans were hit by strikes.",
        "Rock 'n' roll never died, said nobody in particular.".replace("'n'", "’n’"),
        "The teachers’ union met on Tuesday.",
        "Rock 'n' roll never died, and fish 'n' chips never will, said nobody in particular.",
    ],
    ids=["contractions", "possessive", "decades", "plural-possessive", "rock-n-roll", "curly-plural-possessive",
         "straight-rock-n-roll"],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert quotes_of(text) == []


def test_single_quote_with_plural_possessive_inside_headline() -> None:
    (quote,) = quotes_of("'Dark side' of the MPs' expenses exposed\nBody text follows here.")
    assert quote.text == "Dark side"
    assert quote.kind is QuoteKind.SCARE


def test_multi_paragraph_quote_one_record_per_paragraph_linked() -> None:
    text = (
        "Yvette Cooper told LBC: “Unfortunately this is just the government making things up.\n\n"
        "“We have always said the routes need to be capped.\n\n"
        "“We would not be part of that.”\n\n"
        "Labour later set out its plans."
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "Unfortunately this is just the government making things up.",
        "We have always said the routes need to be capped.",
        "We would not be part of that.",
    ]
    assert [q.closed for q in found] == [False, False, True]
    assert len({q.group for q in found}) == 1 and found[0].group == found[0].id
    assert all(q.venue == "LBC" for q in found)


def test_unclosed_paragraph_ends_at_paragraph_end_without_trailing_space() -> None:
    text = "He said: “We are not talking about this scheme at all.\u00a0\n“We would not be part of it.”"
    first, second = quotes_of(text)
    assert first.text == "We are not talking about this scheme at all."
    assert second.text == "We would not be part of it."


def test_closing_mark_glued_to_next_opening_mark() -> None:
    text = (
        'The Labour leader said: "The features are the same.\n'
        '"Very few gangs work in one nation. They are cross-border."They move people and money."'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == [
        "The features are the same.",
        "Very few gangs work in one nation. They are cross-border.",
        "They move people and money.",
    ]
    assert all(q.kind is QuoteKind.FULL for q in found)


def test_nested_quotes_stay_inside_the_outer_quote_and_are_records_of_their_own() -> None:
    text = "“He told me ‘never again’, and I believed him,” Lopez said."
    assert summary(text) == [
        ("He told me ‘never again’, and I believed him,", "full", "Lopez", None),
        ("never again", "partial", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The hospital said: “The ward (‘the annexe’) will close in May.”",
            [("The ward (‘the annexe’) will close in May.", "full"), ("the annexe", "scare")],
        ),
        (
            'The lawyer called him "a modern \'Jack the Giant Killer\' figure" in court.',
            [("a modern 'Jack the Giant Killer' figure", "partial"), ("Jack the Giant Killer", "scare")],
        ),
        (
            "Ms Obi said: “The union’s members’ pay is fair. It is what they described as ‘a fair offer to all’.",
            [
                ("The union’s members’ pay is fair. It is what they described as ‘a fair offer to all’.", "full"),
                ("a fair offer to all", "partial"),
            ],
        ),
        (
            "The firm said:\n\n“Our staff, and what the union calls “a campaign” against them, come first.\n\n"
            "“We will talk to anyone.”",
            [
                ("Our staff, and what the union calls “a campaign” against them, come first.", "full"),
                ("a campaign", "partial"),
                ("We will talk to anyone.", "full"),
            ],
        ),
        (
            "“We said no. “They asked again.”",
            [("We said no. “They asked again.", "full")],
        ),
        (
            "“It was ab“ut time,” she said.",
            [("It was ab“ut time,", "full")],
        ),
        (
            "The paper called him “a man who compares it to “tax cuts that pay.”\n\nHe left.",
            [("a man who compares it to “tax cuts that pay.", "partial")],
        ),
    ],
    ids=[
        "term-in-a-closed-quote", "title-in-a-fragment", "words-reported-in-an-unclosed-quote",
        "same-style-inner-quote-in-an-unclosed-paragraph", "mark-after-a-sentence-end-is-no-inner-quote",
        "mark-glued-inside-a-word-is-no-inner-quote", "last-closing-mark-closes-the-outer-quote",
    ],
)
def test_quotes_within_quotes(text: str, found: list[tuple[str, str]]) -> None:
    assert [(q.text, q.kind.value) for q in quotes_of(text)] == found


def test_unbalanced_mark_does_not_swallow_the_next_paragraph() -> None:
    text = (
        'The minister called the plan "unworkable and said nothing more.\n'
        'Mr Philp told Times Radio: "It has no credibility."'
    )
    found = quotes_of(text)
    assert [q.text for q in found] == ["It has no credibility."]
    assert found[0].paragraph == 1


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The trust apologised.\n\nShe said: “We will reopen the ward soon as", "We will reopen the ward soon as"),
        ("The trust apologised.\n\n“We will reopen the ward as soon as  \n", "We will reopen the ward as soon as"),
        ("The trust apologised. “We will reopen the ward as soon", "We will reopen the ward as soon"),
        ("The council said it was “vital that people do not", "vital that people do not"),
    ],
    ids=["after-a-cue", "own-paragraph-trailing-space", "after-a-sentence", "mid-sentence"],
)
def test_a_quote_cut_off_where_the_text_ends_runs_to_the_end(text: str, inside: str) -> None:
    quote = only(text)
    assert quote.text == inside
    assert not quote.closed


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("The mayor said: ″We will not close the library.”", "We will not close the library."),
        ("The mayor said: ‶We will not close the library.”", "We will not close the library."),
        ("The mayor said: ″We will not close it.\n\n“It stays open.”", "We will not close it."),
    ],
    ids=["double-prime", "reversed-double-prime", "double-prime-opens-a-continued-paragraph"],
)
def test_a_double_prime_typed_for_an_opening_mark(text: str, inside: str) -> None:
    assert quotes_of(text)[0].text == inside


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The suspect is 5′10″ tall and was seen at 9 p.m. “He ran,” a witness said.", ["He ran,"]),
        ("He is 6'2″ and plays for “the Blues”.", ["the Blues"]),
    ],
    ids=["feet-and-inches", "straight-foot-mark"],
)
def test_a_double_prime_after_a_figure_is_a_measurement(text: str, found: list[str]) -> None:
    assert [q.text for q in quotes_of(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Ms Lane spoke. \"I dislike the phrase 'voter outreach,' \" she told the group.",
            [("I dislike the phrase 'voter outreach,'", "full", "Lane"), ("voter outreach,", "scare", None)],
        ),
        (
            "Ms Lane spoke. “I dislike the phrase ‘voter outreach,’ ” she told the group.",
            [("I dislike the phrase ‘voter outreach,’", "full", "Lane"), ("voter outreach,", "scare", None)],
        ),
    ],
    ids=["straight", "curly"],
)
def test_a_space_between_a_single_and_a_double_closing_mark(
    text: str, found: list[tuple[str, str, str | None]]
) -> None:
    assert [(q.text, q.kind.value, q.speaker) for q in quotes_of(text)] == found


def test_an_unclosed_mark_before_the_last_paragraph_is_not_cut_off() -> None:
    text = "The minister called the plan “unworkable and left\n\nThe council said nothing"
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('The council leader said the culture was ""toxic"" and quit.', "toxic"),
        ("He called for a review of what he called the council's ''culture of fear''.", "culture of fear"),
    ],
    ids=["doubled-double-marks", "two-single-marks-for-a-double"],
)
def test_doubled_marks_from_scraping(text: str, inside: str) -> None:
    quote = only(text)
    assert quote.text == inside
    assert text[quote.span.start : quote.span.end] == inside


def test_a_closing_mark_missing_at_the_end_of_a_paragraph_after_a_quoted_sentence() -> None:
    text = (
        '"I raised this in writing in January," she said. "Nobody replied.\n'
        "The council declined to comment. \"he report was due in May, it said.\n"
    )
    found = quotes_of(text)
    assert [(q.text, q.closed, q.kind) for q in found] == [
        ("I raised this in writing in January,", True, QuoteKind.FULL),
        ("Nobody replied.", False, QuoteKind.FULL),
    ]


def test_multi_paragraph_continuations_are_full_whatever_they_start_with() -> None:
    text = (
        "Chief executive Dr Amara Okafor said: “We are deeply sorry.\n\n"
        "“we know that apologies are not enough.\n\n"
        "“– and we will keep going until every patient is seen.”\n\n"
        "The trust was fined."
    )
    found = quotes_of(text)
    assert [(q.text, q.kind) for q in found] == [
        ("We are deeply sorry.", QuoteKind.FULL),
        ("we know that apologies are not enough.", QuoteKind.FULL),
        ("– and we will keep going until every patient is seen.", QuoteKind.FULL),
    ]


def test_stray_closing_mark_is_ignored() -> None:
    assert [q.text for q in quotes_of('He said it was over." Then "fine," she said.')] == ["fine,"]


# ---- kinds ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Ms Cooper said: "We will end the use of hotels."', QuoteKind.FULL),
        ('"We will end the use of hotels," Ms Cooper said.', QuoteKind.FULL),
        ("Ms Cooper said the Conservatives were “talking garbage” on migration.", QuoteKind.PARTIAL),
        ("The ministers would have taken 124,614 so-called “illegal migrants” in 2022.", QuoteKind.SCARE),
        ("He will attend a summit of “progressive” politicians in Montreal.", QuoteKind.SCARE),
        ('Labour wants faster decisions for people from "safe" countries.', QuoteKind.SCARE),

        ('("He is not listening," Mr Darby added.)', QuoteKind.FULL),
        ("\"When voters hear 'safety,' they hear 'cuts,'\" she said.", QuoteKind.FULL),
        ('"Enough is enough" - that was the message from the union on Monday.', QuoteKind.FULL),
        ('She still plays the Fleetwood Mac song "Dreams" before every show, Ms Quinn said.', QuoteKind.SCARE),
        ("Quinn said she would release a new album called 'Midnight' in May.", QuoteKind.SCARE),
        ('Farmers carried placards reading "No Farms, No Food" through Whitehall, the union said.',
         QuoteKind.SCARE),
        ('Mr Hunt said the levy, dubbed the "pasty tax", was dead.', QuoteKind.SCARE),
        ('The plan was "unfair", she said in her speech to the documentary makers.', QuoteKind.PARTIAL),
        ("Boris 'the Bulldozer' Johnson said he had done nothing wrong.", QuoteKind.SCARE),
        ("The sign read “Keep Out”, police said.", QuoteKind.SCARE),
        ('Earvin "Magic" Johnson told reporters he was happy.', QuoteKind.SCARE),
    ],
    ids=["full-colon", "full-comma-cue", "partial", "so-called", "attributive-term", "attributive-term-2",
         "full-in-parentheses", "full-ending-inside-nested-marks", "full-before-a-dash", "title-after-its-noun",
         "title-called", "slogan-reading", "dubbed-the", "partial-not-a-title", "nickname-the",
         "sign-read", "nickname-capital"],
)
def test_kinds(text: str, kind: QuoteKind) -> None:
    quote = quotes_of(text)[0]  # the outer quote (quotes within it follow)
    assert quote.kind is kind
    if kind is QuoteKind.SCARE:
        assert quote.speaker is None


# ---- attribution patterns ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"The plan has no credibility," Chris Philp said.', "Chris Philp", "said"),
        ('"The plan has no credibility," said Chris Philp.', "Chris Philp", "said"),
        ('Chris Philp said: "The plan has no credibility."', "Chris Philp", "said"),
        ('Chris Philp told Times Radio: "The plan has no credibility."', "Chris Philp", "told"),
        ("Chris Philp said the plan had “no credibility” at all.", "Chris Philp", "said"),
        ('According to Chris Philp, the plan has "no credibility".', "Chris Philp", "according to"),
        ('The plan was dismissed as "garbage" by Yvette Cooper.', "Yvette Cooper", "dismissed"),
        ('"It is a sad day," Maria Lopez, 54, told reporters.', "Maria Lopez", "told"),
        ("Max Blain, the prime minister's spokesman, said: “There are discussions ongoing.”", "Max Blain", "said"),
        ("The spokesman, Max Blain, said: “There are discussions ongoing.”", "Max Blain", "said"),
        ("No10 downplayed the trip, saying it was “not unusual”.", "Downing Street", "saying"),
        ('Labour said it would "take back control" of the system.', "Labour Party", "said"),
        ('The Government said the scheme was "working".', "Government", "said"),
        ("Sir Keir promised to “smash the criminal gangs” behind the crossings.", None, "promised"),
        ("Starmer vowed to “smash” the gangs.", "Starmer", "vowed"),
    ],
    ids=[
        "quote-name-said", "quote-said-name", "name-said-colon", "name-told-venue-colon", "name-said-partial",
        "according-to", "passive-by", "age-apposition", "apposition-after", "apposition-before",
        "body-participle", "body-labour", "body-government", "commissive-bare", "commissive-single",
    ],
)
def test_attribution_patterns(text: str, speaker: str | None, cue: str) -> None:
    quote = only(text)
    if speaker is None:  # a bare first-name knight with no full name in the text
        assert quote.speaker == "Keir"
    else:
        assert quote.speaker == speaker
    assert quote.cue == cue
    assert quote.mention_span is not None
    assert quote.mention is not None and text[quote.mention_span.start : quote.mention_span.end] == quote.mention


_GAP_LEAD = "Councillor Sarah Ogden spoke on Monday.\n"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "kind"),
    [
        # "in her words", "in the words of X", "to quote X", "as X put it": the phrase names the speaker
        (_GAP_LEAD + 'In her words, "the depot is a disgrace."', "Sarah Ogden", "in her words", QuoteKind.PARTIAL),
        (_GAP_LEAD + 'In his own words, "we were never told."', None, None, QuoteKind.PARTIAL),
        (_GAP_LEAD + 'The scheme is, in her own words, "dead in the water".', "Sarah Ogden", "in her own words",
         QuoteKind.PARTIAL),
        ("In Ms Ogden's words, the depot is \"falling apart\".", "Ogden", "in ms ogden's words", QuoteKind.PARTIAL),
        ('In the words of one council aide, "nobody wants to blink first".', None, "in the words of",
         QuoteKind.PARTIAL),
        ('To quote the transport secretary, Louise Haigh, "we will not let this slide".', "Louise Haigh",
         "to quote", QuoteKind.PARTIAL),
        ('As Mr Thomas put it, "you can\'t keep asking people to mop up."', "Thomas", "put", QuoteKind.PARTIAL),
        # a promise credits a quote inside the clause it takes
        ('Senator Maria Delgado has vowed she "will not back down" on the farm bill.', "Maria Delgado", "vowed",
         QuoteKind.PARTIAL),
        (_GAP_LEAD + 'She has pledged that the depot would "never close".', "Sarah Ogden", "pledged",
         QuoteKind.PARTIAL),
        ('Ms Ogden has promised residents would "get their say".', "Ogden", "promised", QuoteKind.PARTIAL),
        (_GAP_LEAD + 'He vowed he "won\'t rest".', None, None, QuoteKind.SCARE),
        # cue verbs with the quote in their complement, any tense, pronoun subjects
        ('Ms Ogden insisted the plan was "fully costed".', "Ogden", "insisted", QuoteKind.PARTIAL),
        (_GAP_LEAD + 'She had warned that councils risked "sleepwalking into disaster".', "Sarah Ogden", "warned",
         QuoteKind.PARTIAL),
        (_GAP_LEAD + 'She will tell MPs on Tuesday that the regulator is "not fit for purpose".', "Sarah Ogden",
         "tell", QuoteKind.PARTIAL),
        ('Ms Ogden admitted to feeling "gutted".', "Ogden", "admitted", QuoteKind.PARTIAL),
        ('Ms Ogden revealed she had been "terrified" by the flood.', "Ogden", "revealed", QuoteKind.PARTIAL),
        ('Ms Ogden hinted the vote could be "very close".', "Ogden", "hinted", QuoteKind.PARTIAL),
        ('Ms Ogden told the BBC that the scheme was "a shambles".', "Ogden", "told", QuoteKind.PARTIAL),
        # headlines: "X hits back at 'garbage' claims", "Name: '...'", a possessor before the quote
        ("Ogden hits back at 'garbage' claims from water bosses", "Ogden", "hits", QuoteKind.PARTIAL),
        ("Ogden fires back at 'fake news' claims", "Ogden", "fires", QuoteKind.PARTIAL),
        ('Nurses, in the words of one senior nurse, are "running on empty".', None, "in the words of",
         QuoteKind.PARTIAL),
        ("Ogden: 'We will act on water bills'", "Ogden", ":", QuoteKind.FULL),
        ("Flood gran's 'living hell' as river bursts banks", None, None, QuoteKind.PARTIAL),
        # a possessor in running prose is not a credit; a real scare quote stays uncredited
        ("The plan, Ms Ogden's \"flagship\" policy, was dropped.", None, None, QuoteKind.SCARE),
        ('Critics say the so-called "experts" advising ministers are biased, Ms Ogden said.', None, None,
         QuoteKind.SCARE),
    ],
    ids=[
        "in-her-words", "in-his-words-no-antecedent", "in-her-own-words-mid", "in-name-s-words",
        "in-the-words-of", "to-quote", "as-x-put-it", "vowed-clause", "pledged-that", "promised-np-clause",
        "vowed-no-antecedent",
        "insisted", "had-warned-that", "will-tell", "admitted-to", "revealed", "hinted", "told-venue-that",
        "headline-hits-back", "headline-fires-back", "words-of-mid-sentence", "headline-name-colon",
        "headline-possessor", "prose-possessor", "so-called",
    ],
)
def test_attribution_gaps(text: str, speaker: str | None, cue: str | None, kind: QuoteKind) -> None:
    quote = only(text)
    assert (quote.speaker, quote.cue, quote.kind) == (speaker, cue, kind)
    if speaker is not None:
        assert quote.mention_span is not None and quote.mention is not None
        assert text[quote.mention_span.start : quote.mention_span.end] == quote.mention


def test_quote_attribution_quote_in_one_paragraph() -> None:
    text = (
        "“The government has lost control of our borders,” Starmer said in a pooled interview outside "
        "The Hague on Thursday. “The only way to stop that is to smash the gangs.”"
    )
    first, second = quotes_of(text)
    assert first.speaker == second.speaker == "Starmer"
    assert first.venue == second.venue == "pooled interview outside The Hague"
    assert second.cue == "said"


def test_quote_paragraph_after_the_paragraph_that_introduced_the_speaker() -> None:
    text = (
        "Mr Smith, the chief executive of the charity, said the ruling was wrong.\n"
        "“We are disappointed and we will appeal.”\n"
        "The charity has 40 staff."
    )
    quote = only(text)
    assert quote.speaker == "Smith"
    assert quote.kind is QuoteKind.FULL


def test_she_added_colon_then_quote() -> None:
    text = "Yvette Cooper spoke to reporters in Westminster.\nShe added: “We will clear the backlog.”"
    assert only(text).speaker == "Yvette Cooper"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "But Ms Cooper said the UK would not join the scheme. She told LBC: “It is just Rishi Sunak "
            "making things up.”",
            "Ms Cooper",
        ),
        (
            "Home Secretary Suella Braverman attacked the plan. Sir Keir Starmer replied later. "
            "She said: “None of this will stop the boats.”",
            "Suella Braverman",
        ),
        (
            "Sunak's spokesman, Max Blain, told reporters the government was open to a deal. “There are "
            "discussions ongoing,” he said.",
            "Max Blain",
        ),
    ],
    ids=["she-after-ms", "she-skips-sir", "he-after-apposition"],
)
def test_pronouns_go_to_the_last_compatible_person(text: str, speaker: str) -> None:
    quote = only(text)
    assert quote.speaker == speaker if speaker != "Ms Cooper" else quote.speaker == "Cooper"


def test_pronoun_venue_carries_within_the_paragraph() -> None:
    text = (
        "Sunak's spokesman, Max Blain, told reporters the government was open to a deal. “There are "
        "discussions ongoing,” he said."
    )
    assert only(text).venue == "reporters"


def test_names_titles_and_roles_resolve_to_one_canonical_person() -> None:
    text = (
        "Sir Keir Starmer set out his plan in The Hague.\n"
        "Sir Keir said he would “smash the gangs”.\n"
        "Mr Starmer added that it would be “a new approach”.\n"
        "The Labour leader said it was “a serious plan”.\n"
        "Starmer later said: “We will get a grip.”"
    )
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Keir Starmer"] * 4
    assert [q.mention for q in found] == ["Sir Keir", "Mr Starmer", "The Labour leader", "Starmer"]


def test_roles_are_learned_from_the_articles_own_appositions() -> None:
    text = (
        "The plan was rejected as “garbage” by Labour's shadow home secretary.\n"
        "Home Office minister Chris Philp told Times Radio: “It has no credibility.”\n"
        "Yvette Cooper, the shadow home secretary, spoke later.\n"
        "“It is a desperate attack,” the shadow home secretary said.\n"
        "The minister replied that it was “nonsense”."
    )
    found = quotes_of(text)
    assert [(q.text, q.speaker) for q in found] == [
        ("garbage", "Yvette Cooper"),
        ("It has no credibility.", "Chris Philp"),
        ("It is a desperate attack,", "Yvette Cooper"),
        ("nonsense", "Chris Philp"),
    ]


def test_a_definite_title_stands_for_the_person_just_named() -> None:
    text = (
        "Keir Starmer and Emmanuel Macron agreed a returns pilot on Thursday.\n"
        "The Prime Minister said the scheme would “break the model” of the gangs."
    )
    assert only(text).speaker == "Keir Starmer"


def test_an_indefinite_role_is_an_anonymous_source_not_the_last_person() -> None:
    text = (
        "Maria Lopez said the cuts were cruel.\n"
        "According to a senior administration official, the president “will not sign” the bill."
    )
    quote = only(text)  # a role is never a name: nobody named, the mention kept
    assert (quote.speaker, quote.mention) == (None, "a senior administration official")


def test_names_inside_a_quote_are_never_the_speaker() -> None:
    text = "Ms Cooper said: “This is just Rishi Sunak making things up.”\nShe added: “The plan is working.”"
    assert [q.speaker for q in quotes_of(text)] == ["Cooper", "Cooper"]


# ---- venues --------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ('Chris Philp told Times Radio: "It has no credibility."', "Times Radio"),
        ("Ms Cooper told BBC Radio 4's Today programme: \"We have a plan.\"", "BBC Radio 4's Today programme"),
        ('She told LBC: "We have a plan."', "LBC"),
        ('In an interview with the Times, Sir Keir Starmer said: "I was a prosecutor."', "The Times"),
        ("“There is no case for going back,” he told ITV’s Good Morning Britain from outside The Hague.",
         "ITV’s Good Morning Britain"),
        ('Writing in the Telegraph, Liz Truss said growth was "the only answer".', "The Telegraph"),
        ('"We are open to a deal," the spokesman told reporters.', "reporters"),
        ('At a press conference in Paris, Emmanuel Macron said: "Brexit was sold on a lie."',
         "press conference in Paris"),
        ('Chuck Schumer said in a statement that the bill was "a disgrace."', "statement"),
        ('Rachel Reeves said the budget was "fair" in a post on X.', "X"),
    ],
    ids=["told-radio", "today-programme", "told-lbc", "interview-with", "told-itv-gmb", "wrote-in",
         "told-reporters", "press-conference", "statement", "post-on-x"],
)
def test_venues(text: str, venue: str) -> None:
    assert only(text).venue == venue


@pytest.mark.parametrize(
    ("text", "venue", "span"),
    [
        ("Rachel Reeves told the BBC's Sunday with Laura Kuenssberg programme that it was \"far worse\".",
         "BBC's Sunday with Laura Kuenssberg programme", "BBC's Sunday with Laura Kuenssberg programme"),
        ('"Americans want us to do our jobs," Sen. Thom Tillis told CNN\'s State of the Union on Sunday.',
         "CNN's State of the Union", "CNN's State of the Union"),
        ('Bukayo Saka told Match of the Day: "The fans were amazing."', "Match of the Day", "Match of the Day"),
        ('"He decides games," Mikel Arteta told BBC Sport.', "BBC Sport", "BBC Sport"),
        ('"I will not apologize," Pam Bondi told the Senate Judiciary Committee in her first appearance.',
         "The Senate Judiciary Committee", "the Senate Judiciary Committee"),
        ('Pam Bondi defended the firings, telling senators she would not tolerate "political activism".',
         "senators", "senators"),
        ('Todd Blanche wrote in an op-ed for The Washington Post that the department was "weaponized".',
         "The Washington Post", "The Washington Post"),
        ('Liz Truss tweeted that the party had "learnt nothing" from its defeat.', "X", "tweeted"),
        ('In a victim impact statement read to the court, Karen Hughes said: "You took my whole world."',
         "victim impact statement", "victim impact statement"),
        ('Later, at a Home Office event in Birmingham, Shabana Mahmood said it was "broken for years".',
         "Home Office event in Birmingham", "Home Office event in Birmingham"),
        ('At a rally in Ohio on Saturday night, Donald Trump told supporters: "We are not going to be bullied."',
         "rally in Ohio", "rally in Ohio"),
        ('Donald Trump told reporters at the White House that Pam Bondi was doing "a fantastic job."',
         "reporters at the White House", "reporters at the White House"),
        ('"We lost our heads a bit," Thomas Frank said at his post-match news conference.',
         "post-match news conference", "post-match news conference"),
        ('Chris Philp told the Times the plan had "no credibility".', "The Times", "the Times"),
        ('Speaking to the PA news agency, a Downing Street source said it was "playing politics".',
         "The PA news agency", "the PA news agency"),
        ('In comments to Reuters, a senior Labour figure described the exchanges as "grim".', "Reuters", "Reuters"),
        ('In remarks at the Munich Security Conference, JD Vance warned of "a threat from within."',
         "The Munich Security Conference", "the Munich Security Conference"),
        ('Speaking at Prime Minister\'s Questions, Keir Starmer said the Tories had "done nothing".',
         "Prime Minister's Questions", "Prime Minister's Questions"),
        ('One aide, who spoke to the Guardian on condition of anonymity, said it was "a mess".',
         "The Guardian", "the Guardian"),
        ('Pam Bondi told a Senate hearing that the firings were "overdue".', "Senate hearing", "Senate hearing"),
        ('Andrew Bailey told the Commons Treasury committee that rates were "on a gradual path".',
         "The Commons Treasury committee", "the Commons Treasury committee"),
        ('In a statement read outside court, Mark Hughes said: "Justice has been done."',
         "statement read outside court", "statement read outside court"),
    ],
    ids=["bbc-programme-with-owner", "title-of-the", "match-of-the-day", "span-without-full-stop",
         "named-committee", "telling-senators", "op-ed-for-outlet", "tweeted", "victim-impact-statement",
         "event-with-modifiers", "occasion-over-people-told", "reporters-at-place", "post-match-conference",
         "the-ends-an-outlet", "news-agency", "comments-to", "remarks-at", "question-time", "spoke-to",
         "told-a-hearing", "named-lower-case-committee", "statement-outside-court"],
)
def test_venue_phrasings(text: str, venue: str, span: str) -> None:
    quote = only(text)
    assert quote.venue == venue
    assert quote.venue_span is not None and text[quote.venue_span.start : quote.venue_span.end] == span


def test_a_person_told_is_not_a_venue() -> None:
    assert only('Chris Philp told Johnson the BBC had "no credibility".').venue is None


def test_an_earlier_appearance_in_a_relative_clause_is_not_the_venue() -> None:
    text = 'Mr Healey, who appeared on Newsnight last month to defend the cuts, said it was "a down payment".'
    assert only(text).venue is None


def test_a_title_after_an_owner_ending_in_s_apostrophe() -> None:
    text = '"You can\'t end a war without talking," Marco Rubio said on CBS\' "Face the Nation."'
    first, title = quotes_of(text)
    assert (first.speaker, first.venue) == ("Marco Rubio", "CBS' Face the Nation")
    assert (title.kind, title.speaker) == (QuoteKind.SCARE, None)


def test_a_programme_title_in_quotation_marks_names_the_venue() -> None:
    text = '"We are not going to blink," JD Vance said on NBC\'s "Meet the Press." "The president made a promise."'
    first, title, second = quotes_of(text)
    assert (first.speaker, first.venue) == ("JD Vance", "NBC's Meet the Press")
    assert (title.kind, title.speaker, title.venue) == (QuoteKind.SCARE, None, None)
    assert (second.speaker, second.venue) == ("JD Vance", "NBC's Meet the Press")


@pytest.mark.parametrize(
    ("text", "venue", "span"),
    [
        ('In an interview with the Financial Times, Sandra Okafor said the plant would go ahead.\n'
         '"This is a ten-year bet," she told the paper.', "The Financial Times", "the paper"),
        ('JD Vance appeared on NBC\'s Meet the Press on Sunday.\n'
         'Later in the interview, Vance said: "Nobody said this would be painless."', "NBC's Meet the Press",
         "the interview"),
    ],
    ids=["told-the-paper", "later-in-the-interview"],
)
def test_a_venue_named_again_by_a_definite_noun(text: str, venue: str, span: str) -> None:
    quote = only(text)
    assert quote.venue == venue
    assert quote.venue_span is not None and text[quote.venue_span.start : quote.venue_span.end] == span


def test_no_outlet_to_name_again() -> None:
    assert only('"We are fine," she told the paper.').venue is None


def test_venue_carries_only_where_the_text_ties_it() -> None:
    text = (
        'Wes Streeting told Times Radio on Wednesday: "I am not running for anything."\n'
        '"People in Westminster love a parlour game," he told the station. "The public want results."\n'
        'Mr Streeting later visited a hospital in Essex.\n'
        '"I want to thank every nurse on this ward," he said.'
    )
    venues = [q.venue for q in quotes_of(text)]
    assert venues == ["Times Radio", "Times Radio", "Times Radio", None]


def test_a_said_paragraph_after_an_interview_names_no_venue() -> None:
    # Reporters splice remarks from several interviews: the BBC put a line Yvette Cooper gave LBC right
    # after her Today quote (samples/). Without words that tie it, the paragraph names no venue.
    text = (
        'Ms Cooper told Today: "We have seen total garbage from the Conservatives."\n'
        '"We are not talking about the European quota scheme at all," the shadow home secretary said.'
    )
    assert [q.venue for q in quotes_of(text)] == ["Today", None]


def test_venue_does_not_carry_to_a_paragraph_with_words_of_its_own() -> None:
    text = (
        'Shabana Mahmood told Times Radio that she was "absolutely determined" to end the use of hotels.\n'
        '"We are moving faster than anyone expected," she said later on a visit to Kent.'
    )
    assert [q.venue for q in quotes_of(text)] == ["Times Radio", None]


def test_the_statement_goes_on_in_its_authors_words() -> None:
    text = (
        'In a statement, Mark Hughes said: "Today justice has been done."\n'
        '"We want every young person to know that carrying a knife ruins lives," the statement added.'
    )
    second = quotes_of(text)[1]
    assert (second.speaker, second.venue) == ("Mark Hughes", "statement")


def test_an_occasion_is_not_spelled_out_by_a_longer_one() -> None:
    text = (
        'In a victim impact statement, Karen Hughes said: "You took my whole world."\n'
        'In a statement, Mark Hughes said: "Justice has been done."'
    )
    assert [q.venue for q in quotes_of(text)] == ["victim impact statement", "statement"]


def test_short_venue_expands_to_the_full_name_given_elsewhere() -> None:
    text = (
        "Yvette Cooper gave an interview to BBC Radio 4's Today programme on Friday.\n"
        'Ms Cooper told Today: "We have seen total garbage from the Conservatives."'
    )
    assert only(text).venue == "BBC Radio 4's Today programme"


def test_no_venue_for_a_place() -> None:
    text = "On a visit to The Hague, Sir Keir Starmer promised to “smash the criminal gangs”."
    quote = only(text)
    assert quote.venue is None
    assert quote.speaker == "Keir Starmer"


def test_venue_named_inside_the_quote_is_not_taken() -> None:
    quote = only('Ms Cooper said: "I told LBC that we would win."')
    assert quote.venue is None


def test_furniture_quotes_are_flagged_and_uncredited() -> None:
    text = (
        "Labour set out its plan on Thursday, and Ms Cooper said it would work.\n"
        "You may also like\n"
        "'Dark side' of social media exposed as MPs warn of riots\n"
    )
    (quote,) = quotes_of(text)
    assert quote.furniture is True
    assert quote.speaker is None
    assert quote.kind is QuoteKind.SCARE


def test_crlf_offsets_stay_exact() -> None:
    text = 'Chris Philp said:\r\n"It has no credibility."\r\nShe replied: "Nonsense."\r\n'
    found = quotes_of(text)
    assert [text[q.span.start : q.span.end] for q in found] == ["It has no credibility.", "Nonsense."]
    assert [q.text for q in found] == ["It has no credibility.", "Nonsense."]


def test_headline_colon_credit() -> None:
    quote = only("Starmer: 'We will smash the gangs'\nThe Labour leader spoke in The Hague.")
    assert (quote.speaker, quote.cue, quote.kind) == ("Starmer", ":", QuoteKind.FULL)


@pytest.mark.parametrize(
    ("text", "speaker", "venue"),
    [
        ("“It's a disgrace,” one commuter, Sarah Jones, 34, told the Evening Standard.", "Sarah Jones",
         "The Evening Standard"),
        ('The RMT called the offer "derisory".', "RMT", None),
        ('Network Rail said in a statement: "We remain open to talks."', "Network Rail", "statement"),
        ("The Institute for Fiscal Studies said the plans were “credible but risky”.",
         "Institute for Fiscal Studies", None),
    ],
    ids=["description-then-name", "acronym-body", "two-word-body", "body-with-connectors"],
)
def test_bodies_and_descriptions(text: str, speaker: str, venue: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.venue) == (speaker, venue)


def test_pronoun_skips_a_person_named_after_a_preposition() -> None:
    text = (
        "Speaking on BBC One's Sunday with Laura Kuenssberg, Ms Reeves said the budget was fair.\n"
        "She added that the Conservatives had left “a £22bn black hole”."
    )
    assert only(text).speaker == "Reeves"


def test_stray_opening_mark_mid_paragraph_is_dropped_not_run_on() -> None:
    text = (
        'The minister called the plan "unworkable and left\n'
        "Labour said nothing.\n"
        'Mr Philp told Times Radio: "It has no credibility."'
    )
    assert [q.text for q in quotes_of(text)] == ["It has no credibility."]


def test_lone_cr_line_endings_keep_paragraphs_and_offsets() -> None:
    text = 'Chris Philp said:\r"It has no credibility."\rShe replied: "Nonsense."\r'
    found = quotes_of(text)
    assert [text[q.span.start : q.span.end] for q in found] == ["It has no credibility.", "Nonsense."]
    assert [q.paragraph for q in found] == [1, 2]


def test_a_possessor_is_not_the_speaker() -> None:
    text = (
        "The department's own assessment, seen by this newspaper, warned of delays.\n"
        "“We will clear the backlog.”"
    )
    assert only(text).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker", "venue"),
    [
        ('WASHINGTON (AP) — President Joe Biden on Tuesday called the plan "a disaster for working families."',
         "Joe Biden", None),
        ('In an interview with CNN, Rep. Alexandria Ocasio-Cortez, D-N.Y., said: "This is a fight."',
         "Alexandria Ocasio-Cortez", "CNN"),
        ('"We have the votes," one Republican aide, who spoke on condition of anonymity, told The New York Times.',
         None, "The New York Times"),
        ('Donald Trump weighed in on Truth Social, writing that Biden was "destroying our country."',
         "Donald Trump", "Truth Social"),
    ],
    ids=["time-between-subject-and-verb", "party-state-apposition", "relative-clause", "platform"],
)
def test_american_wire_patterns(text: str, speaker: str | None, venue: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.venue) == (speaker, venue)


def test_a_place_is_never_a_pronouns_antecedent() -> None:
    text = (
        "Speaking at Northwood, the military headquarters in northwest London, Starmer said the deal would "
        "“break the model” for gangs.\n"
        "He said the government was determined to “smash the gangs”."
    )
    assert [q.speaker for q in quotes_of(text)] == ["Starmer", "Starmer"]


def test_attack_idioms_credit_the_attacker() -> None:
    quote = only("Yvette Cooper has torn into the Tories for churning out “total garbage” about the plan.")
    assert (quote.speaker, quote.kind) == ("Yvette Cooper", QuoteKind.PARTIAL)


@pytest.mark.parametrize(
    ("text", "speaker", "venue"),
    [
        ('In a speech to the Labour conference in Liverpool, Starmer said: "We will not return to austerity."',
         "Starmer", "speech to the Labour conference"),
        ('Speaking to journalists on the flight to Washington, Starmer said he was "confident" of a deal.',
         "Starmer", "journalists"),
        ('"Who is going to pay for this?" asked Conservative leader Kemi Badenoch.', "Kemi Badenoch", None),
    ],
    ids=["speech-to-conference", "speaking-to-journalists", "asked-inversion"],
)
def test_more_venues(text: str, speaker: str, venue: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.venue) == (speaker, venue)


def test_a_title_does_not_jump_to_someone_holding_another_office() -> None:
    text = (
        "British Prime Minister Keir Starmer spoke on Wednesday.\n"
        '"We are taking action," the home secretary told the Commons.'
    )
    quote = only(text)
    assert (quote.speaker, quote.mention) == (None, "the home secretary")
    assert quote.venue == "The Commons"


def test_single_marks_as_the_main_quotes_of_an_article() -> None:
    text = (
        "The mayor, Andy Burnham, said: 'This is a historic day for Greater Manchester.'\n"
        "'We've waited a long time for this,' said commuter Sue Davies, 61. 'It's brilliant.'\n"
        "Mr Burnham said the trams would run every six minutes.\n"
        "Critics say the project's costs are 'eye-watering'.\n"
        "He told the Manchester Evening News: 'I don't accept that. The people's verdict counts.'"
    )
    assert [(q.text, q.speaker, q.venue) for q in quotes_of(text)] == [
        ("This is a historic day for Greater Manchester.", "Andy Burnham", None),
        ("We've waited a long time for this,", "Sue Davies", None),
        ("It's brilliant.", "Sue Davies", None),
        ("eye-watering", "Critics", None),
        ("I don't accept that. The people's verdict counts.", "Andy Burnham", "The Manchester Evening News"),
    ]


def test_double_marks_inside_single_quoted_speech() -> None:
    text = (
        "Victoria Atkins accused Labour of 'betraying' rural Britain.\n"
        "'This is a war on the countryside,' she said. 'Labour's \"farmers' friend\" act lasted five minutes.'\n"
        "'I'm not rich,' said Sarah Milne. 'I get up at 4am to milk cows.\n"
        "'And I'm being told I'm a \"tax dodger\". It's insulting.'"
    )
    assert [(q.text, q.kind, q.closed) for q in quotes_of(text)] == [
        ("betraying", QuoteKind.PARTIAL, True),
        ("This is a war on the countryside,", QuoteKind.FULL, True),
        ("Labour's \"farmers' friend\" act lasted five minutes.", QuoteKind.FULL, True),
        ("I'm not rich,", QuoteKind.FULL, True),
        ("I get up at 4am to milk cows.", QuoteKind.FULL, False),
        ("And I'm being told I'm a \"tax dodger\". It's insulting.", QuoteKind.FULL, True),
    ]


def test_multi_paragraph_quote_in_single_marks() -> None:
    text = (
        "Mr Starmer went on: 'They are highly organised.\n"
        "'There is usually a lot of finance involved.\n"
        "'It has to stop.'\n"
        "Labour said nothing more."
    )
    found = quotes_of(text)
    assert [(q.text, q.closed) for q in found] == [
        ("They are highly organised.", False),
        ("There is usually a lot of finance involved.", False),
        ("It has to stop.", True),
    ]
    assert {q.group for q in found} == {found[0].id}
    assert {q.speaker for q in found} == {"Starmer"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Philp said the public did not want to see '100,000 of Europe's illegal immigrants'.",
         [("100,000 of Europe's illegal immigrants", "Philp")]),
        ("Starmer vows to 'smash the gangs' as Labour rejects Tory 'open border' jibe",
         [("smash the gangs", "Starmer"), ("open border", "Conservative Party")]),
        ("Cooper: Tory claims are 'total garbage'\nYvette Cooper spoke on Friday.",
         [("total garbage", "Yvette Cooper")]),
    ],
    ids=["single-quote-opening-with-a-number", "possessive-s-before-as", "headline-name-colon"],
)
def test_headline_single_quotes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in quotes_of(text)] == expected


def test_a_sentence_split_by_its_attribution_is_two_full_quotes() -> None:
    found = quotes_of('"We will," Ms Reeves said, "win this argument."')
    assert [(q.text, q.kind, q.speaker) for q in found] == [
        ("We will,", QuoteKind.FULL, "Reeves"),
        ("win this argument.", QuoteKind.FULL, "Reeves"),
    ]


def test_previous_paragraph_credits_only_a_paragraph_of_pure_quotation() -> None:
    text = (
        "Labour said the changes would be fair.\n"
        '"Enough is enough" - that was the message from union leaders on Monday.'
    )
    assert only(text).speaker is None


@pytest.mark.parametrize(
    ("text", "speaker", "venue"),
    [
        ('"We will win this fight," Sen. Maria Lopez, D-Ore., said Tuesday.', "Maria Lopez", None),
        ('"We will win this fight," Sen. Maria Lopez said Tuesday.', "Maria Lopez", None),
        ('"Nobody wants a shutdown," Gov. Tom Reilly, R-Ind., told reporters.', "Tom Reilly", "reporters"),
    ],
    ids=["abbreviated-title-and-party-state", "abbreviated-title", "gov-party-state-venue"],
)
def test_an_abbreviation_dot_does_not_end_the_clause(text: str, speaker: str, venue: str | None) -> None:
    quote = only(text)
    assert (quote.speaker, quote.venue) == (speaker, venue)


def test_a_shadow_office_is_not_the_office() -> None:
    text = (
        "Sarah Mills has defended her budget plans.\n"
        'Speaking on Sunday, the chancellor said: "The rules are not up for negotiation."\n'
        'The shadow chancellor, Tom Hale, called the plans "a betrayal".'
    )
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [
        ("The rules are not up for negotiation.", "Sarah Mills"),
        ("a betrayal", "Tom Hale"),
    ]


def test_a_name_inside_a_programme_title_is_not_a_mention() -> None:
    text = (
        "Sarah Mills has defended her budget plans.\n"
        "Speaking on BBC One's Sunday with Laura Kuenssberg, she said: \"The rules are the rules.\""
    )
    quote = only(text)
    assert quote.speaker == "Sarah Mills"
    assert quote.venue == "BBC One's Sunday with Laura Kuenssberg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We have accepted the recommendations," Number 10 said.', "Downing Street"),
        ('"We have accepted the recommendations," No10 said.', "Downing Street"),
    ],
    ids=["number-10", "no10"],
)
def test_no_10_is_downing_street(text: str, speaker: str) -> None:
    assert only(text).speaker == speaker


def test_asked_on_a_programme_is_a_venue() -> None:
    quote = only('Asked on LBC whether the government would back down, Pat Hale said: "No. The offer stands."')
    assert (quote.speaker, quote.venue) == ("Pat Hale", "LBC")


def test_a_shared_surname_goes_to_the_person_introduced_first() -> None:
    text = (
        "Mayor Eric Adams on Monday defended his subway plan.\n"
        '"Riders deserve to feel safe," Mr. Adams said.\n'
        'Council Speaker Adrienne Adams said the council would "hold hearings".'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Eric Adams", "Adrienne Adams"]


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Eric Adams defended the plan, even as civil liberties groups criticized it as "heavy-handed".',
        'Sir Keir Starmer is facing a revolt from union leaders who have warned of a "summer of discontent".',
    ],
    ids=["subordinate-clause", "restrictive-relative"],
)
def test_a_verb_with_its_own_unnamed_subject_is_not_credited_to_the_main_subject(text: str) -> None:
    assert only(text).speaker is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('A source close to the chancellor said he was "deeply frustrated".', "A source close to the chancellor"),
        ('"No deal is better than a bad deal," said a spokesman for Tom Hale.', "a spokesman for Tom Hale"),
        ('An aide to the prime minister said: "Nothing has been decided."', "An aide to the prime minister"),
    ],
    ids=["source-close-to", "spokesman-for-a-name", "aide-to-a-title"],
)
def test_somebody_near_a_person_is_not_that_person(text: str, mention: str) -> None:
    context = "The prime minister, Tom Hale, and the chancellor, Sarah Mills, spoke on Tuesday.\n"
    assert [(q.speaker, q.mention) for q in quotes_of(context + text)] == [(None, mention)]


def test_a_single_quoted_run_never_overlaps_a_double_quoted_one() -> None:
    # An unclosed single mark that would run to the paragraph's end across a double-quoted stretch
    # (found by hypothesis: spans overlapped).
    text = '‘"‘"!\n‘"'
    spans = [(q.span.start, q.span.end) for q in quotes_of(text)]
    assert spans == []  # the one pair left, '"‘"', holds a mark and no word: no quotation
    text = '‘"a‘"!\n‘"'
    spans = [(q.span.start, q.span.end) for q in quotes_of(text)]
    assert spans == [(2, 4)]


# ---- other outlets' styles: wire, liveblog, sport, court, business -------------------------------

@pytest.mark.parametrize(
    ("text", "speaker", "cue", "kind"),
    [
        ('"She has broken that promise," Ann Lee says.', "Ann Lee", "says", QuoteKind.FULL),
        ('The union boss, Ann Lee, says: "Firms will be let down."', "Ann Lee", "says", QuoteKind.FULL),
        ('Ann Lee calls the budget "a disaster".', "Ann Lee", "calls", QuoteKind.PARTIAL),
        ("Arteta hails 'unbelievable' character of his side", "Arteta", "hails", QuoteKind.PARTIAL),
    ],
    ids=["present-says-then-full-stop", "present-says-colon", "present-calls", "hails"],
)
def test_present_tense_cues(text: str, speaker: str, cue: str, kind: QuoteKind) -> None:
    quote = only(text)
    assert (quote.speaker, quote.cue, quote.kind) == (speaker, cue, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('One Labour backbencher said colleagues were "furious".', None),
        ('A senior European diplomat said: "Nobody believes him."', None),
        ('Former Arsenal defender Tom Hale said the team had "real steel".', "Tom Hale"),
        ('In a statement read to the court, the student said: "I no longer feel safe."', None),
    ],
    ids=["backbencher", "diplomat", "sport-position-before-name", "student"],
)
def test_more_role_nouns(text: str, speaker: str | None) -> None:
    quote = only(text)
    assert quote.speaker == speaker
    assert quote.mention is not None  # an unnamed role keeps its mention


def test_singular_they_stands_for_an_unnamed_source() -> None:
    text = 'One Labour backbencher, who asked not to be named, was angry. "We did not canvass for this," they said.'
    quote = only(text)
    assert (quote.speaker, quote.mention) == (None, "they")


@pytest.mark.parametrize(
    "text",
    [
        'ALBANY — Gov. Kathy Hochul on Tuesday unveiled a plan, calling it "the most ambitious investment".',
        'KYIV, March 3 (Reuters) - Gov. Kathy Hochul on Monday called the deal "a trap".',
    ],
    ids=["city-dash", "city-date-agency"],
)
def test_a_dateline_is_never_the_speaker(text: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == ("Kathy Hochul", "Gov. Kathy Hochul")


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("The plan was echoed by the Citizens Budget Commission, a fiscal watchdog, which warned that costs "
         'could "balloon quickly".', "Citizens Budget Commission", "which"),
        ('Tom Hale, a retired teacher, who lives nearby, said it was "a disgrace".', "Tom Hale", "Tom Hale"),
        ('Neighbours include Ann Lee, a local nurse, who said it was "a disgrace".', "Ann Lee", "who"),
    ],
    ids=["which-after-apposition", "named-one-before-who", "who-after-apposition"],
)
def test_a_relative_pronoun_after_an_apposition_is_the_named_one(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention, quote.kind) == (speaker, mention, QuoteKind.PARTIAL)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Paul Johnson of the Institute for Fiscal Studies tells the BBC: "These are big numbers."',
         "Paul Johnson", "Paul Johnson of the Institute for Fiscal Studies"),
        ('Prime Minister Mark Carney of Canada said his government would "defend workers."',
         "Mark Carney", "Prime Minister Mark Carney of Canada"),
        ('The Bank of England said inflation was "sticky".', "Bank of England", "The Bank of England"),
    ],
    ids=["name-of-body", "title-name-of-country", "body-of-place-stays"],
)
def test_a_person_of_a_place_or_body_is_the_person(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)


def test_a_verb_between_two_names_ends_the_first_name() -> None:
    text = 'Sir Tom Hale met Ann Lee in Paris. He said the talks were "useful".'
    quote = only(text)
    assert (quote.speaker, quote.mention) == ("Tom Hale", "He")


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ('"Pass the bill," Joe Biden said at a campaign stop in Philadelphia.', "campaign stop in Philadelphia"),
        ('"We need peace," Ivan Petrenko said in his nightly video address.', "nightly video address"),
        ('Prosecutor Sarah Whitfield told the court he had been "minding his own business".', "court"),
        ('Chief executive Laura Pryce told analysts on a call: "We are not happy."', "analysts"),
        ('Tom Hale, 23, told Sky Sports: "We knew we had to keep going."', "Sky Sports"),
        ('Emmanuel Macron told Le Figaro newspaper that a truce could cover "air and sea".',
         "Le Figaro newspaper"),
    ],
    ids=["campaign-stop", "nightly-address", "told-the-court", "told-analysts", "sky-sports", "x-newspaper"],
)
def test_venues_of_other_beats(text: str, venue: str) -> None:
    assert only(text).venue == venue


@pytest.mark.parametrize(
    "text",
    [
        'Marco Rubio said on Sunday that Washington wanted "a lasting end" to the war.',
        'Speaking on Sunday, the minister said it was "a lasting end".',
    ],
    ids=["said-on-a-day", "speaking-on-a-day"],
)
def test_a_day_is_not_a_programme(text: str) -> None:
    assert only(text).venue is None


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Chelsea boss Enzo Maresca was upset. "It is a clear foul," said the 45-year-old.',
         "Enzo Maresca", "the 45-year-old"),
        ('"It was unbelievable," Mikel Arteta told reporters. The Spaniard added that Saka was "in a different '
         'dimension".', "Mikel Arteta", "The Spaniard"),
    ],
    ids=["age-epithet", "nationality-epithet"],
)
def test_a_definite_epithet_is_the_person_just_named(text: str, speaker: str, mention: str) -> None:
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.mention) == (speaker, mention)


def test_a_nationality_adjective_before_a_head_is_not_an_epithet() -> None:
    assert only('The German government said it was "fine".').speaker == "German government"


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Nigel Farage posted a video. His message was clear: "No deal, no money."', "Nigel Farage", "His"),
        ("Ann Lee spoke next. Her reply was blunt: “Not a chance.”", "Ann Lee", "Her"),
    ],
    ids=["his-message", "her-reply"],
)
def test_a_speech_noun_before_a_colon_credits_its_possessor(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention, quote.cue, quote.kind) == (speaker, mention, ":", QuoteKind.FULL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Tom Hale was blunter. "Enough," he posted on X.', [("Enough,", QuoteKind.FULL)]),
        ('"No!" Ann Lee shouted.', [("No!", QuoteKind.FULL)]),
        ("'I thought I was going to die': Grandmother, 78, slams council",
         [("I thought I was going to die", QuoteKind.FULL)]),
        ("'Dark side': MPs warn of riots", [("Dark side", QuoteKind.SCARE)]),
    ],
    ids=["one-word-credited-after", "one-word-exclamation", "headline-sentence-before-colon", "headline-term"],
)
def test_short_and_headline_sentences_are_full(text: str, expected: list[tuple[str, QuoteKind]]) -> None:
    assert [(q.text, q.kind) for q in quotes_of(text)] == expected


def test_a_role_with_an_owner_is_the_one_learned_with_that_owner() -> None:
    text = (
        "Southern Water's chief executive, Lawrence Gosden, apologised. \"We are sorry,\" he said.\n"
        'Campaigners were unmoved. "Nothing will change," said its chief executive, Giles Bristow.'
    )
    assert [(q.speaker, q.mention) for q in quotes_of(text)] == [
        ("Lawrence Gosden", "he"),
        ("Giles Bristow", "Giles Bristow"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('The Fed held rates on Wednesday, with Chair Jerome Powell saying it was "well positioned" to wait.',
         "Jerome Powell", "Chair Jerome Powell"),
        ('The charity Shelter called the plan "a disgrace".', "Shelter", "The charity Shelter"),
        ('"Nothing will change," said its chief executive, Giles Bristow.', "Giles Bristow", "Giles Bristow"),
    ],
    ids=["with-x-saying", "body-noun-then-name", "said-its-role-comma-name"],
)
def test_subjects_of_other_constructions(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)


# ---- American names, epithets and bodies ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('"The ruling is wrong," said Michael J. Fox.', "Michael J. Fox", "Michael J. Fox"),
        ('Martin Luther King III, who attended the rally, spoke. "My father marched here," King said.',
         "Martin Luther King III", "King"),
        ('"It was a mistake," Donald J. Trump Jr. said.', "Donald J. Trump Jr.", "Donald J. Trump Jr."),
        ('Donald Trump spoke before Donald Trump Jr. did. "We won," Trump Jr. said.', "Donald Trump Jr.",
         "Trump Jr."),
        ('Ursula von der Leyen spoke in Brussels. "Europe stands united," von der Leyen said.',
         "Ursula von der Leyen", "von der Leyen"),
        ('"We are scared," Ann Lee, 45, a nurse from Dayton who has lived there for 20 years, said.',
         "Ann Lee", "Ann Lee"),
        ('"It\'s close," the official, who spoke on condition of anonymity because he was not authorized '
         "to speak publicly, said.", None, "the official"),
        ('"We take these allegations seriously," the Justice Department said.', "Justice Department",
         "the Justice Department"),
        ('Rep. Andy Harris said talks were going on. The Maryland Republican added: "We want to get to yes."',
         "Andy Harris", "The Maryland Republican"),
        ('Sen. Jon Tester spoke first. "We need jobs," the Democrat said.', "Jon Tester", "the Democrat"),
        ('NetChoice said in a statement that it was "pleased with the decision."', "NetChoice", "NetChoice"),
        ('Ford Motor Co. is recalling 240,000 SUVs. "Safety is our top priority," the company said.',
         "Ford Motor Co", "the company"),
        ("Citizens for Responsibility and Ethics, a watchdog, has raised questions. The group said the contract "
         '"lacked basic oversight."', "Citizens for Responsibility and Ethics", "The group"),
        ('"We have nothing to add," the company said.', "Company", "the company"),
        ('"Nobody has earned it," said the Department of Health and Human Services.',
         "Department of Health and Human Services", "the Department of Health and Human Services"),
    ],
    ids=[
        "middle-initial", "suffix-iii", "suffix-jr", "jr-is-not-his-father", "particle-surname",
        "long-apposition-after-quote", "anonymity-clause-after-quote", "honorific-word-in-body-name",
        "state-party-epithet", "party-epithet", "camel-case-body", "the-company-named", "the-group-named",
        "the-company-unnamed", "body-name-with-and",
    ],
)
def test_american_speakers(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)
    assert quote.mention_span is not None and text[quote.mention_span.start : quote.mention_span.end] == mention


def test_pronoun_prefers_the_person_known_to_have_that_gender() -> None:
    text = (
        "Commissioner Darryl Fairchild said he supported the plan. Shenise Turner-Sloss and Fairchild clashed. "
        'He accused her of "slowing down progress," and she shot back that she was "doing the job."'
    )
    assert [q.speaker for q in quotes_of(text)] == ["Darryl Fairchild", "Shenise Turner-Sloss"]


def test_according_to_a_document_credits_no_speaker() -> None:
    quote = only('According to a court filing, the law is "narrowly tailored" to its aim.')
    assert (quote.speaker, quote.cue, quote.kind) == (None, "according to", QuoteKind.PARTIAL)


# ---- British regional, court, sport, health, tabloid, Scottish and business styles ------------------

@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Det Insp Jane Hargreaves, of Greater Manchester Police, said: "This was a shocking attack."',
         "Jane Hargreaves", "Det Insp Jane Hargreaves"),
        ('Ch Supt Rob Kelly said patrols would rise. "Incidents like this are rare," said Ch Supt Kelly.',
         "Rob Kelly", "Ch Supt Kelly"),
        ('PC Tom Ainsworth said: "Even the smallest detail could be vital."', "Tom Ainsworth", "PC Tom Ainsworth"),
        ('Det. Sgt. Ian Moore said: "We need help."', "Ian Moore", "Det. Sgt. Ian Moore"),
        ('Cllr Jane Smith, leader of the council, said: "This is good news."', "Jane Smith", "Cllr Jane Smith"),
    ],
    ids=["det-insp-of-force", "ch-supt-surname", "pc", "ranks-with-stops", "cllr"],
)
def test_british_police_and_council_titles_are_not_part_of_the_name(text: str, speaker: str, mention: str) -> None:
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Ann Lee, 45, a nurse, who lives in Leeds, said: "It was terrifying."', "Ann Lee", "Ann Lee"),
        ('Ann Lee, 45, a nurse, who lives in Leeds, said it was "terrifying".', "Ann Lee", "Ann Lee"),
        ('Ann Lee, 45, a nurse, said: "It was terrifying."', "Ann Lee", "Ann Lee"),
        ('Neighbours include Ann Lee, 45, a nurse, who said it was "a disgrace".', "Ann Lee", "who"),
    ],
    ids=["age-role-who-colon", "age-role-who-partial", "age-role", "age-role-who-mention"],
)
def test_an_age_between_a_name_and_its_apposition_keeps_the_name(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Manager Eddie Howe told BBC Sport: "Alex was outstanding." Jacob Murphy scored late on.\n'
         '"We had to be patient," the Newcastle boss said.', "Eddie Howe", "the Newcastle boss"),
        ('Callum Wilson scored twice. "I was happy," said the 34-year-old striker.',
         "Callum Wilson", "the 34-year-old striker"),
        ('First Minister John Swinney spoke at Holyrood. Anas Sarwar asked about ferries.\n'
         'The First Minister hit back, saying: "I will not take lectures."', "John Swinney", "The First Minister"),
        ('Deputy First Minister Kate Forbes said the budget was fair. First Minister John Swinney agreed.\n'
         'The Deputy First Minister added: "It is fair."', "Kate Forbes", "The Deputy First Minister"),
    ],
    ids=["boss-is-the-manager", "age-epithet-with-head", "first-minister", "deputy-first-minister"],
)
def test_british_titles_for_the_person_just_named(text: str, speaker: str, mention: str) -> None:
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Mark Evans died in the crash. In a statement, the family said: "He was our world."', "Family",
         "the family"),
        ("Mark Evans died in the crash. Mark's family said: \"He was our world.\"", "Mark's family",
         "Mark's family"),
        ('Mark Evans died. The family of Mark Evans said: "He was our world."', "Family of Mark Evans",
         "The family of Mark Evans"),
        ('A Department of Health and Social Care spokesperson said: "We are determined."',
         None, "A Department of Health and Social Care spokesperson"),
        ('The Department for Culture, Media and Sport said it was "reviewing" the rules.',
         "Department for Culture, Media and Sport", "The Department for Culture, Media and Sport"),
        ('Ann Lee spoke first. The Department for Education and Ann Lee said it was "reviewing" them.',
         "Ann Lee", "Ann Lee"),
        ('Residents were angry. Councillors said the plan was "a mess".', "Councillors", "Councillors"),
    ],
    ids=["the-family", "name-s-family", "family-of-name", "department-and", "department-comma-and",
         "and-a-named-person", "councillors"],
)
def test_british_bodies(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Opening the case, prosecutor Ann Lee KC told the jury: "This was a planned attack."', "Ann Lee",
         "prosecutor Ann Lee KC"),
        ('Recorder Simon Brown told Hale: "You are a danger to women."', "Simon Brown", "Recorder Simon Brown"),
        ('Mum-of-three Kelly Brown, 38, said: "I was terrified."', "Kelly Brown", "Mum-of-three Kelly Brown"),
        ('Amy, 32, from Bolton, said: "I cried for days."', "Amy", "Amy"),
        ('Surfers Against Sewage said the figures were "shocking".', "Surfers Against Sewage",
         "Surfers Against Sewage"),
        ('Stand Up To Racism said the march would go ahead "whatever happens".', "Stand Up To Racism",
         "Stand Up To Racism"),
        ('Hospital bosses said they were "deeply sorry".', "Hospital bosses", "Hospital bosses"),
    ],
    ids=["post-nominal-kc", "recorder", "mum-of-three", "first-name-age", "capital-against", "capital-to",
         "bosses"],
)
def test_british_names_titles_and_descriptions(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tom Hale and Sarah Dawson were at home. She said: "We heard a bang."', "Sarah Dawson"),
        ('Sarah Dawson and Tom Hale were at home. He said: "We heard a bang."', "Tom Hale"),
        ('Jamie Fletcher died. His wife Rhian said: "I miss him." Tom Hale was there. She added: "It is hard."',
         "Rhian"),
        ('Mum-of-three Kelly Hale met Tom Brown on Friday. She said: "I was terrified."', "Kelly Hale"),
    ],
    ids=["first-name-she", "first-name-he", "wife-she", "mum-she"],
)
def test_a_first_name_or_a_family_role_gives_the_pronoun_its_person(text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


def test_a_body_name_joined_by_and_ends_before_a_plural_head() -> None:
    """"Department of Health and Social Care spokesperson" is one phrase; "Department of Justice and FBI
    officials" is two, and the FBI speaks through its officials."""
    assert only('The Department of Justice and FBI officials said: "The case is closed."').speaker == "FBI"
    quote = only('A Department of Health and Social Care spokesperson said: "We are determined."')
    assert (quote.speaker, quote.mention) == (None, "A Department of Health and Social Care spokesperson")


@pytest.mark.parametrize(
    "byline",
    [
        "By Priya Malhotra, Political Correspondent",
        "Priya Malhotra\nPolitical editor",
        "Priya Malhotra, Political Correspondent\nTuesday 4 March 2025 10:15 GMT",
        "Priya Malhotra | Political Correspondent",
        "Holly Bancroft Social Affairs Correspondent",
    ],
    ids=["by-name-role", "name-then-role-line", "with-timestamp", "bar", "no-separator"],
)
def test_a_byline_author_is_no_actor_of_the_story(byline: str) -> None:
    """The writer of a byline is never a speaker, nor what "the chancellor" or "she" stands for."""
    text = (
        f"Fuel duty row\n\n{byline}\n\nThe chancellor spoke on Monday.\n\n"
        '"It cannot go on like this," the chancellor said.\n\n"We must act," she said.\n'
    )
    found = quotes_of(text)
    assert [(q.speaker, q.mention) for q in found] == [(None, "the chancellor"), (None, "she")]


def test_a_credit_line_at_the_end_is_furniture() -> None:
    text = 'Fuel duty row\n\nTom Hale said: "We must act."\n\nAdditional reporting by Ann Lee\n'
    article = article_from_text(text, "t.txt")
    assert article.paragraphs[-1].reason == "byline"
    assert [q.speaker for q in quotes_of(text)] == ["Tom Hale"]


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Labour\'s Clive Lewis said: "This is the wrong tax."', "Clive Lewis", "Labour's Clive Lewis"),
        ('"This is the wrong tax," said Labour\'s Clive Lewis.', "Clive Lewis", "Labour's Clive Lewis"),
        ('Reform UK\'s Zia Yusuf told GB News: "Drivers are a cash machine."', "Zia Yusuf",
         "Reform UK's Zia Yusuf"),
        ('The BBC\'s Laura Kuenssberg said: "It is over."', "Laura Kuenssberg", "The BBC's Laura Kuenssberg"),
    ],
    ids=["party-before", "party-after-said", "two-word-party", "outlet"],
)
def test_a_party_or_outlet_possessive_before_a_name_is_no_part_of_it(text: str, speaker: str, mention: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Secretary of State Marco Rubio said: "Allies must pay."', "Marco Rubio", "Secretary of State Marco Rubio"),
        ('"Allies must pay," said Secretary of State Marco Rubio.', "Marco Rubio", "Secretary of State Marco Rubio"),
        ('Chancellor of the Exchequer Rachel Reeves said: "We are building."', "Rachel Reeves",
         "Chancellor of the Exchequer Rachel Reeves"),
        ('Secretary of Defense Pete Hegseth said: "Nothing is off the table."', "Pete Hegseth",
         "Secretary of Defense Pete Hegseth"),
        ('Leader of the House Lucy Powell said MPs would vote. "There will be a debate," she said.', "Lucy Powell",
         "she"),
        ('The Leader of the Opposition said: "We will vote against."', None,
         "The Leader of the Opposition"),
    ],
    ids=["secretary-of-state", "after-said", "chancellor-of-the-exchequer", "secretary-of-defense",
         "leader-of-the-house-pronoun", "office-alone"],
)
def test_an_office_with_of_before_a_name_gives_the_name(text: str, speaker: str, mention: str) -> None:
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Ann Lee runs a garage. Figures published on Thursday showed prices rising. "We will act," she said.',
         "Ann Lee"),
        ('Ann Lee runs a garage. Records obtained by the BBC showed the scale. "We will act," she said.', "Ann Lee"),
        ('Ann Lee runs a garage. Prices jumped in May, and rising prices hurt. "We will act," she said.', "Ann Lee"),
        ('Evans appeared in court on Friday. "I am sorry," he said.', "Evans"),
    ],
    ids=["figures", "records", "lower-case-elsewhere", "surname-stays"],
)
def test_a_sentence_initial_common_noun_is_no_person(text: str, speaker: str) -> None:
    assert quotes_of(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('Nicholas Dean KC said: "He lied."', "Nicholas Dean", "Nicholas Dean KC"),
        ('"He lied," said Nicholas Dean KC, adding more.', "Nicholas Dean", "Nicholas Dean KC"),
        ('Nicholas Dean KC, prosecuting, said: "He lied."', "Nicholas Dean", "Nicholas Dean KC"),
        ('Nicholas Dean KC\'s speech was brief. "He lied," he said.', "Nicholas Dean", "he"),
    ],
    ids=["before-said", "after-said", "apposition", "possessive"],
)
def test_a_post_nominal_is_no_part_of_the_name(text: str, speaker: str, mention: str) -> None:
    quote = quotes_of(text)[-1]
    assert (quote.speaker, quote.mention) == (speaker, mention)
