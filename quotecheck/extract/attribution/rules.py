"""The sentence rules: who the words of a quote's own sentence credit it to.

Each rule is a function ``(sentence, k) -> Credit | None`` for the quote token at ``k``, with a name, a
docstring and an example. The rules sit in ordered tables (data, not an if-chain); ``credit_in_sentence``
runs them:

1. ``OWNER_RULES``: the words belong to the party named right before them.
2. ``BEFORE_RULES`` and ``AFTER_RULES`` (the credit before the quote, or after it; a quote right after a
   colon, or after "said," tries the rules before it first), then ``AGENT_RULES``. Within a table the
   first rule that finds a credit decides it; the first table whose credit names a speaker wins.
3. ``HEADLINE_RULES``: a headline's possessor, when no table named a speaker.
4. ``CLAUSE_RULES``, when no table found any credit: a cue that closes the sentence after a comma, the
   possessor of a noun of saying whose complement holds the quote, else the subject of the clause the
   quote sits in (the last two weaker credits: ``strength="clause"``).
5. Else the first credit with a cue and no speaker ("She told LBC:" with nobody for "she" to be).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from quotecheck.extract.attribution.grammar import (
    _CLAUSE_OPENERS,
    _WINDOW,
    Credit,
    Sentence,
    _add_venue,
    _breaks_clause,
    _is_passive,
    _np_after,
    _skip_back,
    _subject,
    _usable,
    document_subject,
    np_head,
    premodified_start,
    starts_after_colon,
    unnamed_after,
    unnamed_subject,
)
from quotecheck.extract.lexicon import (
    CLAUSE_OPENERS,
    COMMISSIVE_VERBS,
    DOCUMENT_NOUNS,
    REJECTING_VERBS,
    SPEAKING_DOCUMENTS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from quotecheck.extract.mentions import Mention, claim_noun_after


@dataclass(frozen=True, slots=True)
class Rule:
    """One named way of crediting a quote."""

    name: str
    """The rule's name, as the ``rule`` key and ``--explain`` print it."""
    find: Callable[[Sentence, int], Credit | None]
    """The finder: the credit for the quote token at ``k`` of the sentence, or None."""
    example: str
    """A sentence the rule credits (the quote in it is the one credited)."""

    @property
    def doc(self) -> str:
        """The finder's docstring: what the rule reads."""
        return (self.find.__doc__ or "").strip()


# ---- owner and headline rules ---------------------------------------------------------------------


def _owner_before(sent: Sentence, k: int) -> Credit | None:
    """The words belong to the party named right before them, not to the subject that rejects them."""
    owner = sent.by_last.get(k - 1)
    if owner is None or not owner.speaker or owner.kind == "pronoun":
        return None
    rejecting = [v for v in sent.verbs_between(k - 8, k - 1) if sent.tokens[v].lower in REJECTING_VERBS]
    if not rejecting:
        return None
    return Credit(owner.speaker, owner, None, None, strength="owner")


def _headline_possessor(sent: Sentence, k: int) -> Credit | None:
    """In a headline (no full stop), the person whose words are quoted is written as their possessor.
    In running prose "Smith's 'bold' plan" may be the reporter's or a critic's term, so only a headline
    credits it."""
    tokens = sent.tokens
    if k == 0 or not tokens[k - 1].is_possessive or tokens[-1].text in {".", "!", "?"}:
        return None
    owner = sent.by_last.get(k - 1)
    if owner is None or not owner.speaker or owner.kind not in {"name", "role"}:
        return None
    return Credit(owner.speaker, owner, None, None, strength="owner")


# ---- after the quote ------------------------------------------------------------------------------


def _after_start(sent: Sentence, k: int) -> int:
    """The first token after the quote and the commas or dashes that follow it."""
    tokens = sent.tokens
    j = k + 1
    while j < len(tokens) and tokens[j].text in {",", "—", "–", "-"}:
        j += 1
    return j


def _verb_then_name(sent: Sentence, k: int) -> Credit | None:
    """A speech verb right after the quote, then the speaker."""
    tokens = sent.tokens
    j = _after_start(sent, k)
    if j < len(tokens) and tokens[j].lower in SPEECH_VERBS and j in sent.verb_set and not _is_passive(tokens, j):
        m = _np_after(sent, j + 1)
        if m is not None and m.speaker:
            return Credit(m.speaker, m, tokens[j].text, tokens[j].start)
        if m is None and (unnamed := unnamed_after(sent, j + 1)) is not None:
            return Credit(None, unnamed, tokens[j].text, tokens[j].start)
    return None


def _subject_start(sent: Sentence, j: int) -> int | None:
    """Where the subject after a quote starts: at ``j``, after "one"/"the", or after a short description
    and a comma ("one commuter, Sarah Jones, told ..."); None when no mention starts there."""
    tokens = sent.tokens
    if j not in sent.by_first and tokens[j].lower in {"one", "another", "a", "an", "the"} and j + 1 in sent.by_first:
        return j + 1  # "...," one Republican aide said
    if j in sent.by_first:
        return j
    if (premodified := premodified_start(sent, j)) != j:
        return premodified  # "...," political scientist Ann Lee told ...
    comma = next((x for x in range(j + 1, min(j + 4, len(tokens))) if tokens[x].text == ","), None)
    if comma is None or comma + 1 not in sent.by_first:
        return None
    return comma + 1


def _unnamed_then_verb(sent: Sentence, after: int) -> Credit | None:
    """"...," one aide said: a party never named, right after the quote, then the verb."""
    verbs = sent.verbs_between(after + 1, after + 8)
    if not verbs or _is_passive(sent.tokens, verbs[0]):
        return None
    tokens = sent.tokens
    if tokens[after].lower == "it" and verbs[0] == after + 1:
        it = Mention(after, after, tokens[after].start, tokens[after].end, "pronoun", None, how="pronoun")
        return Credit(None, it, tokens[after + 1].text, tokens[after + 1].start)  # '"...," it added.'

    m = unnamed_subject(sent, verbs[0])
    if m is None or m.first != after or sent.tokens[np_head(sent.tokens, m)].lower in SPEAKING_DOCUMENTS:
        return None  # '"...," the statement said': a text, read by ``_document_then_verb``
    return Credit(None, m, sent.tokens[verbs[0]].text, sent.tokens[verbs[0]].start)


def _name_then_verb(sent: Sentence, k: int) -> Credit | None:
    """The speaker right after the quote, then a speech verb (an apposition may come between)."""
    tokens = sent.tokens
    after = _after_start(sent, k)
    start = _subject_start(sent, after) if after < len(tokens) else None
    if start is None:
        return _unnamed_then_verb(sent, after)
    j = start
    for v in sent.verbs_between(j + 1, j + 32):
        if v >= j + 15 and tokens[v - 1].text != ",":
            break  # far from the subject only after a long apposition: "..., Ann Lee, 45, a nurse who ..., said"
        if _is_passive(tokens, v):
            break
        if any(tokens[x].is_quote or _breaks_clause(tokens, x) for x in range(j, v)):
            break
        subject = _subject(sent, v, floor=j)
        if subject is not None:
            return Credit(subject.speaker, subject, tokens[v].text, tokens[v].start)
        m = sent.by_first.get(j)
        if m is not None:  # "...," she said, with nobody for "she" to stand for
            return Credit(None, m, tokens[v].text, tokens[v].start)
        break
    return None


def _document_then_verb(sent: Sentence, k: int) -> Credit | None:
    """A text right after the quote, then a speech verb: "...," the statement said. The phrase is the
    credit's mention; no person is named."""
    tokens = sent.tokens
    j = _after_start(sent, k)
    for v in sent.verbs_between(j + 1, j + 8):
        if _is_passive(tokens, v):
            break
        m = document_subject(sent, v)
        if m is not None and m.first == j:
            return Credit(None, m, tokens[v].text, tokens[v].start)
        break
    return None


_DASHES = frozenset({"—", "―", "–"})


def _dash_credit(sent: Sentence, k: int) -> Credit | None:
    """A dash and a name after the quote, closing the sentence or followed by a comma (a signed quote, a
    reader's comment, an epigraph): '"We had no choice." ― Ada Brook'."""
    tokens = sent.tokens
    if k + 2 >= len(tokens) or tokens[k + 1].text not in _DASHES:
        return None
    m = sent.by_first.get(k + 2)
    if m is None or not m.speaker or m.kind != "name":
        return None
    end = m.last + 1
    if end < len(tokens) and tokens[end].text not in {",", ".", "("}:
        return None
    return Credit(m.speaker, m, tokens[k + 1].text, tokens[k + 1].start)


# ---- before the quote -----------------------------------------------------------------------------


def _colon_headline(sent: Sentence, k: int) -> Credit | None:
    """Headline and transcript convention: a name that opens the sentence, a colon, the quote."""
    tokens = sent.tokens
    if k >= 2 and tokens[k - 1].text == ":":
        m = sent.by_last.get(k - 2)
        if m is not None and m.speaker and m.kind != "pronoun" and m.first == 0:
            return Credit(m.speaker, m, ":", tokens[k - 1].start)
    return None


def _colon_lead(sent: Sentence, k: int) -> Credit | None:
    """A headline naming who says what: a name or body, a colon, then words with the quote in them."""
    tokens = sent.tokens
    lead = sent.by_first.get(0)
    if lead is not None and lead.speaker and lead.kind in {"name", "body"} and lead.last + 1 < k:
        colon = tokens[lead.last + 1]
        if colon.text == ":" and not sent.verbs_between(lead.last + 1, k):
            return Credit(lead.speaker, lead, ":", colon.start)
    return None


def _colon_possessive(sent: Sentence, k: int) -> Credit | None:
    """A possessive and a speech noun open the sentence, a colon comes before the quote."""
    tokens = sent.tokens
    lead = sent.by_first.get(0)
    if lead is not None and lead.speaker and lead.possessive and tokens[k - 1].text == ":" \
            and tokens[lead.last + 1].lower in SPEECH_NOUNS and not sent.verbs_between(lead.last + 1, k):
        return Credit(lead.speaker, lead, ":", tokens[k - 1].start)
    return None


def _words_of(sent: Sentence, k: int) -> Credit | None:
    """A phrase that opens the sentence or a comma-set clause names whose words follow: "In her (own)
    words", "In Reilly's words", "in the words of one aide", "To quote the minister"."""
    tokens = sent.tokens
    for i in range(max(0, k - _WINDOW), k - 2):
        low = tokens[i].lower
        if low not in {"in", "to"} or (i > 0 and tokens[i - 1].text != ","):
            continue
        m, cue = _words_phrase(sent, i, k)
        if m is None or not m.speaker or m.last >= k:
            continue
        if any(tokens[x].is_quote or _breaks_clause(tokens, x) for x in range(m.last + 1, k)):
            continue
        return Credit(m.speaker, m, cue, tokens[i].start)
    return None


def _words_phrase(sent: Sentence, i: int, k: int) -> tuple[Mention | None, str]:
    """For "to quote X" / "in the words of X" / "in X's (own) words" at ``i``: X and the cue."""
    tokens = sent.tokens
    low = tokens[i].lower
    if low == "to":
        return (_np_after(sent, i + 2), "to quote") if tokens[i + 1].lower == "quote" else (None, "")
    if [t.lower for t in tokens[i + 1 : i + 4]] == ["the", "words", "of"]:
        # the noun phrase after "of": "one ward sister" (the mention may start at its head)
        j = next((x for x in range(i + 4, min(k, i + 8)) if x in sent.by_first or tokens[x].text == ","), k)
        return _np_after(sent, j), "in the words of"
    m = sent.by_first.get(i + 1)
    j = m.last + 1 if m is not None else len(tokens)
    j += j < len(tokens) and tokens[j].lower == "own"
    if m is None or not m.possessive or j >= len(tokens) or tokens[j].lower != "words":
        return None, ""
    return m, " ".join(t.lower for t in tokens[i : j + 1])


def _governs(sent: Sentence, v: int, k: int) -> bool:
    """A verb of promising credits only the quote it governs, or one inside the clause it takes."""
    tokens = sent.tokens
    return tokens[v + 1].is_quote or (tokens[v + 1].lower == "to" and v + 2 == k) or (
        (tokens[v + 1].lower in _CLAUSE_OPENERS or v + 1 in sent.by_first) and k - v <= 10
        and not any(tokens[x].text == "," or tokens[x].is_quote or _breaks_clause(tokens, x)
                    for x in range(v + 1, k))
    )


def _inverted_subject(sent: Sentence, v: int, k: int) -> Mention | None:
    """A sentence that opens with its verb names the speaker right after it: "Said Ellis: ..."; one that
    opens with a participle names them after the fronted clause: "Describing himself as 'a broken man,' a
    despondent Abramoff asked ..."."""
    if v != 0:
        return None
    if sent.tokens[0].lower.endswith("ing"):
        return next((m for m in sent.mentions if k < m.first <= k + 6 and m.speaker and not m.possessive
                     and not m.after_preposition and m.kind != "relative"), None)
    m = sent.by_first.get(1) or sent.by_first.get(2)
    if m is None or m.last + 2 != k or sent.tokens[m.last + 1].text not in {":", ","}:
        return None
    if m.first == 2 and sent.tokens[1].lower not in {"the", "a", "an"}:
        return None
    return m


_ASKED = frozenset("asked questioned pressed challenged".split())


def _verb_before(sent: Sentence, k: int) -> Credit | None:
    """A speech verb before the quote and its subject ("vowed to" credits only the quote it governs)."""
    tokens = sent.tokens
    cands = sent.verbs_between(k - _WINDOW, k)
    for v in reversed(cands):
        if _is_passive(tokens, v):
            if tokens[v].lower in _ASKED:
                # "Hinds was asked if Kwarteng had been 'telling porkies'": the asker's words, not his
                return Credit(None, None, tokens[v].text, tokens[v].start)
            continue
        if tokens[v].lower in COMMISSIVE_VERBS and not _governs(sent, v, k):
            continue
        subj = _subject(sent, v) or _inverted_subject(sent, v, k)
        if subj is not None and subj.speaker:
            subj = _free_relative_owner(sent, subj)
            return Credit(subj.speaker, subj, tokens[v].text, tokens[v].start)
        if subj is None and (unnamed := unnamed_subject(sent, v)) is not None:
            return Credit(None, unnamed, tokens[v].text, tokens[v].start)
        if tokens[k - 1].text == ":" and v == cands[-1]:
            # "She told LBC:" with nobody for "she" to stand for: the cue and the venue still hold;
            # "The statement read:" keeps the text as the mention.
            return Credit(None, document_subject(sent, v), tokens[v].text, tokens[v].start)
    return None


def _free_relative_owner(sent: Sentence, subj: Mention) -> Mention:
    """"Ban condemned what he called a "brazen breach"": the pronoun of a free relative ("what he
    called") that means the sentence's subject hands the credit's mention to that subject."""
    if subj.kind != "pronoun" or subj.first == 0 or sent.tokens[subj.first - 1].lower != "what":
        return subj
    owner = next((m for m in sent.mentions if m.subject and m.last < subj.first - 1), None)
    return owner if owner is not None and owner.speaker == subj.speaker and owner.kind != "pronoun" else subj


def _according_to(sent: Sentence, k: int) -> Credit | None:
    """"according to" and the speaker (a document after it, "according to a court filing", has none)."""
    tokens = sent.tokens
    for i in range(max(0, k - _WINDOW), min(len(tokens) - 1, k + _WINDOW)):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to":
            m = _np_after(sent, i + 2)
            if m is not None and m.last + 1 < len(tokens) and tokens[m.last + 1].lower in DOCUMENT_NOUNS:
                return Credit(None, None, "according to", tokens[i].start)
            if m is not None and m.speaker:
                return Credit(m.speaker, m, "according to", tokens[i].start)
            if m is None and (unnamed := unnamed_after(sent, i + 2)) is not None:
                return Credit(None, unnamed, "according to", tokens[i].start)  # "according to one aide"
    return None


def _agent(sent: Sentence, k: int) -> Credit | None:
    """A passive speech verb and its agent after "by" (and "seized on by X")."""
    tokens = sent.tokens
    for v in sent.verbs_between(k - _WINDOW, k + _WINDOW):
        if not _is_passive(tokens, v) and tokens[v].lower != "seized":
            continue
        for b in range(v + 1, min(len(tokens), v + _WINDOW)):
            if tokens[b].lower == "by":
                m = _np_after(sent, b + 1)
                if m is not None and m.speaker:
                    return Credit(m.speaker, m, tokens[v].text, tokens[v].start)
                break
            if tokens[b].text in {".", ";"}:
                break
    return None


def _trailing_cue(sent: Sentence, k: int) -> Credit | None:
    """A cue closing the sentence after a comma credits the words before it, and a quote inside them.

    'That would be a "summer of agony" for her, said Ann Lee.' / '..., she told the court.' Not a quote in
    a fronted clause ("After the host called it "absurd", Lee said ..."): the cue is the main clause's."""
    tokens = sent.tokens
    if tokens[0].lower in CLAUSE_OPENERS and not any(t.text == "," for t in tokens[:k]):
        return None
    verbs = sent.verbs_between(k + 2, len(tokens))
    if not verbs or _is_passive(tokens, verbs[0]):
        return None
    v = verbs[0]
    if any(_breaks_clause(tokens, x) for x in range(k + 1, v)):
        return None
    if tokens[v - 1].text == ",":
        m = _np_after(sent, v + 1)
    else:
        m = sent.by_last.get(_skip_back(tokens, v - 1))
        if m is None and (doc := document_subject(sent, v)) is not None and tokens[doc.first - 1].text == ",":
            return Credit(None, doc, tokens[v].text, tokens[v].start)  # "..., the lawsuit alleges."
        if m is not None and (m.first == 0 or tokens[m.first - 1].text != ","):
            return None
    if m is None or not _usable(tokens, m):
        return None
    return Credit(m.speaker, m, tokens[v].text, tokens[v].start)


def _claim_possessor(sent: Sentence, k: int) -> Credit | None:
    """A quote in the complement of a noun of saying is its possessor's words: "Lee's claim that it was
    "rigged"", "his call for "a total ban"", "her promise to be "neutral""."""
    tokens = sent.tokens
    for m in sent.mentions:
        if m.last >= k or not m.speaker or not (m.possessive or tokens[m.last].is_possessive):
            continue
        noun = claim_noun_after(tokens, m.last)
        if noun is None or noun >= k or k - noun > _CLAIM_REACH:
            continue
        opener = tokens[noun + 1]
        clause = opener.lower == "that"  # a clause of its own may have a verb of being: "claim that it was"
        if (opener.is_quote or opener.lower in _COMPLEMENT_OPENERS) and not any(
            _breaks_clause(tokens, x) or (tokens[x].lower in _COPULAS and not clause) for x in range(noun, k)
        ) and not sent.verbs_between(noun, k):
            return Credit(m.speaker, m, tokens[noun].text, tokens[noun].start, strength="clause")
    return None


_CLAIM_REACH = 12
"""How far after its noun of saying a quote may sit in the noun's complement (tokens)."""
_COMPLEMENT_OPENERS = frozenset("that of for to about on against".split())
"""Words that open a noun's complement: "claim that", "call for", "promise to"."""
_COPULAS = frozenset("is are was were".split())
"""A verb of being after the noun ends its complement: "Lee's claim about "X" is "true"" (the second
quote is the predicate's, not Lee's)."""


def _clause_subject(sent: Sentence, k: int) -> Credit | None:
    """A quote in the clause of the sentence's subject, with no verb of saying: the subject's words.

    "Lee named "Veep" as her top show", "Lee is promising "jobs, jobs, jobs"", "Lee, who styles herself
    a "fixer", ..." (the relative). Not in a headline, nor a subordinate clause's subject ("as Lee meets
    her "family""), nor the hearer of a passive ("Lee was warned it would be "chaos""), nor past a verb
    with a subject of its own ("Lee defended it, even as critics called it "heavy-handed"")."""
    tokens = sent.tokens
    if sent.headline or (tokens[-1].text not in {".", "!", "?"} and not tokens[-1].is_quote):
        return None
    subj = next((m for m in sent.mentions if m.subject and m.last < k), None)
    if subj is None or not subj.speaker or subj.kind == "relative":
        return None
    if subj.person is None and subj.kind in {"name", "pronoun"}:
        return None  # "Talks hit "a dead end"": a capital no person of the story answers to
    if subj.first > 0 and tokens[subj.first - 1].lower in _NOT_BEFORE_SUBJECT:
        return None
    if any(tokens[x].is_quote or _breaks_clause(tokens, x) for x in range(subj.last + 1, k)):
        return None
    if any(_is_passive(tokens, v) or _subject(sent, v) is None for v in sent.verbs_between(subj.last + 1, k)):
        return None  # "... even as critics called it "heavy-handed"": a verb with a subject of its own
    relative = next((m for m in reversed(sent.mentions) if m.kind == "relative" and subj.last < m.first < k), None)
    if relative is not None and relative.speaker and not any(t.text == "," for t in tokens[relative.last + 1 : k]):
        subj = relative  # "Lee, who calls herself a "fixer", ...": the relative clause's own subject
    return Credit(subj.speaker, subj, None, None, strength="clause")


def _document_clause(sent: Sentence, k: int) -> Credit | None:
    """A quote in the clause of a text that opens the sentence: "A report released last year found a
    "pattern of neglect"", "The letter calls the plan "reckless"". The text is the mention; no person
    is named."""
    tokens = sent.tokens
    if sent.headline or not tokens[0].is_word or any(m.subject and m.last < k for m in sent.mentions):
        return None
    head = next((x for x in range(1, min(k, _DOC_REACH)) if tokens[x].lower in _TEXT_NOUNS
                 and not tokens[x].is_cap), None)
    if head is None or tokens[0].lower not in _DOC_OPENERS or any(
        not tokens[x].is_word or tokens[x].lower in _NOT_BEFORE_SUBJECT for x in range(1, head)
    ):
        return None
    if any(tokens[x].is_quote or _breaks_clause(tokens, x) for x in range(head + 1, k)):
        return None
    doc = Mention(0, head, tokens[0].start, tokens[head].end, "document", None, how="document")
    return Credit(None, doc, None, None, strength="clause")


_DOC_REACH = 7
"""How far into the sentence a text's head noun may sit ("A Government Accountability Office report")."""
_DOC_OPENERS = frozenset("a an the this that these those its his her their one".split())
_TEXT_NOUNS = (SPEAKING_DOCUMENTS | DOCUMENT_NOUNS) - frozenset(
    "proposal plan bill platform policy guidance order ruling opinion motion warning".split()
)
"""Texts that say things; not a plan or a policy, which a quote in its clause only names ("The plan, Lee's
"flagship" policy, ...")."""


_NOT_BEFORE_SUBJECT = frozenset("as while although though whereas because since when unless if that by".split())
"""Words that make the next noun phrase the subject of a subordinate clause, or a passive's agent."""


# ---- the tables -----------------------------------------------------------------------------------

OWNER_RULES: tuple[Rule, ...] = (
    Rule("rejected-owner", _owner_before, "Labour rejects Tory 'open border' jibe"),
)
AFTER_RULES: tuple[Rule, ...] = (
    Rule("verb-then-name", _verb_then_name, '"We will win," said Mr Smith.'),
    Rule("name-then-verb", _name_then_verb, '"We will win," Mr Smith said.'),
    Rule("document-then-verb", _document_then_verb, '"We will win," the statement said.'),
    Rule("dash-credit", _dash_credit, '"We had no choice." ― Ann Lee'),
)
BEFORE_RULES: tuple[Rule, ...] = (
    Rule("headline-colon", _colon_headline, 'Starmer: "We will smash the gangs"'),
    Rule("lead-colon", _colon_lead, 'Cooper: Tory claims are "total garbage"'),
    Rule("possessive-colon", _colon_possessive, 'Tom Smith spoke on Monday. His message was clear: "Go home."'),
    Rule("words-of", _words_of, 'Ann Lee spoke on Monday. In her own words, "it was a mess".'),
    Rule("verb-before", _verb_before, 'Mr Smith told LBC: "We will win."'),
    Rule("according-to", _according_to, 'The plan is "dead", according to Mr Smith.'),
)
AGENT_RULES: tuple[Rule, ...] = (
    Rule("passive-agent", _agent, 'The claims were rejected as "garbage" by Mr Smith.'),
)
CLAUSE_RULES: tuple[Rule, ...] = (
    Rule("trailing-cue", _trailing_cue, 'Ann Lee spoke. It was a "farce" from the very first day, she told the court.'),
    Rule("claim-possessor", _claim_possessor, 'Ann Lee spoke. Her claim that the vote was "rigged" was denied.'),
    Rule("clause-subject", _clause_subject, 'Ann Lee named "Veep" as her top show.'),
    Rule("document-clause", _document_clause, 'A report released last year found a "pattern of neglect".'),
)
HEADLINE_RULES: tuple[Rule, ...] = (
    Rule("headline-possessor", _headline_possessor, "Flood gran's 'living hell' as river bursts banks"),
)
_LABEL_RULES = frozenset({"headline-colon", "lead-colon"})

SENTENCE_RULES: tuple[Rule, ...] = (
    *OWNER_RULES, *AFTER_RULES, *BEFORE_RULES, *AGENT_RULES, *HEADLINE_RULES, *CLAUSE_RULES
)
"""Every sentence rule (the order ``credit_in_sentence`` documents)."""


def _first(rules: tuple[Rule, ...], sent: Sentence, k: int) -> Credit | None:
    """The credit of the first rule of ``rules`` that finds one, named after it."""
    for rule in rules:
        credit = rule.find(sent, k)
        if credit is not None:
            credit.rule = rule.name
            return credit
    return None


def _governed_before(sent: Sentence, k: int) -> bool:
    """A speech verb earlier in the quote's own clause governs it ("why the Treasury accused him of
    'making things up', Hinds insisted"): the credit before the quote comes first."""
    tokens = sent.tokens
    for v in reversed(sent.verbs_between(k - 12, k)):
        if v == k - 2 and tokens[k - 1].text == "," and k >= 3 and tokens[0].lower in _SUBORDINATE_OPENERS:
            return not _is_passive(tokens, v)  # "When someone in the audience shouted, "Cruz," Beck joked"
        return not _is_passive(tokens, v) and not any(
            tokens[x].text == "," or tokens[x].is_quote or _breaks_clause(tokens, x) for x in range(v + 1, k)
        )
    return False


def _unnamed(credit: Credit) -> bool:
    """A credit to a party the article never names ("one questioner", "someone in the audience")."""
    return credit.mention is not None and credit.mention.how == "unnamed"


_SUBORDINATE_OPENERS = frozenset("when after as once while before until because if".split())


def credit_in_sentence(sent: Sentence, k: int) -> Credit | None:
    """Credit for the quote token at ``k`` from the words of its own sentence (see the module docstring)."""
    owned = _first(OWNER_RULES, sent, k)
    if owned is not None:
        return owned
    governed = _governed_before(sent, k)
    before_first = starts_after_colon(sent.tokens, k) or governed
    order = (BEFORE_RULES, AFTER_RULES, AGENT_RULES) if before_first else (AFTER_RULES, BEFORE_RULES, AGENT_RULES)
    found: list[Credit | None] = []
    for rules in order:  # the rules are pure: the ones after a credit with a speaker need not run
        credit = _first(rules, sent, k)
        if credit is not None and credit.rule in _LABEL_RULES:
            # "World Cup: 'We left everything out there', says Southgate": a verb of saying after the
            # quote names the speaker; the label before the colon was the topic
            after = _first(AFTER_RULES, sent, k)
            credit = after if after is not None and after.speaker else credit
        if credit is not None and (credit.speaker or (governed and rules is BEFORE_RULES and _unnamed(credit))):
            _add_venue(credit, sent)  # a party never named that governs the quote keeps it ("one heckler shouted,")
            return credit
        found.append(credit)
    possessor = _first(HEADLINE_RULES, sent, k)
    if possessor is not None:
        return possessor
    if not any(found):
        clause = _first(CLAUSE_RULES, sent, k)
        if clause is not None:
            return clause
    # "She told LBC: ..." with nobody for "she" to stand for: keep the cue and the venue.
    for credit in found:
        if credit is not None:
            _add_venue(credit, sent)
            return credit
    return None


SUBJECT_RULE = "sentence-subject"
"""The rule of ``subject_credit``: "Mr Smith said the ruling was wrong." names who speaks next."""


def subject_credit(sent: Sentence) -> Credit | None:
    """Who the sentence says is speaking: the subject of its last speech verb.

    Used for a quote paragraph that follows with no cue of its own ("Mr Smith said
    the ruling was wrong." then a paragraph that is only a quotation).
    """
    tokens = sent.tokens
    for v in reversed(sent.verbs[-8:]):
        if tokens[v].lower in COMMISSIVE_VERBS or _is_passive(tokens, v):
            continue
        subj = _subject(sent, v)
        if subj is not None and subj.speaker:
            credit = Credit(subj.speaker, subj, tokens[v].text, tokens[v].start, rule=SUBJECT_RULE)
            _add_venue(credit, sent)
            return credit
    return _colon_subject(sent)


def _colon_subject(sent: Sentence) -> Credit | None:
    """A sentence that ends with a colon introduces what its subject says next, whatever its verb:
    "He then listed the qualities he wanted:", "Ann Lee issued the following statement:"."""
    tokens = sent.tokens
    if len(tokens) < 3 or tokens[-1].text != ":" or any(t.is_quote for t in tokens):
        return None
    subj = next((m for m in sent.mentions if m.subject), None)
    if subj is None or not subj.speaker or subj.kind == "relative":
        return None
    if subj.first > 0 and tokens[subj.first - 1].lower in _NOT_BEFORE_SUBJECT:
        return None
    return Credit(subj.speaker, subj, ":", tokens[-1].start, rule=SUBJECT_RULE)
