"""The grammar the credit rules share: a sentence's speech verbs, the subject of a verb, the noun phrase
after a word, and the credit record itself."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from quotecheck.extract.lexicon import (
    AUXILIARIES,
    HONORIFICS,
    PARTICLE_VERBS,
    PASSIVE_MARKERS,
    SPEAKING_DOCUMENTS,
    SPEECH_VERBS,
    VERB_CHAIN,
    VERB_ONLY_S,
    WHEN_WORDS,
)
from quotecheck.extract.mentions import Mention, apposition_subject_end
from quotecheck.extract.tokens import ABBREVIATIONS, Token, is_party_state
from quotecheck.extract.venues import nearest_venue

_WINDOW = 60
"""How many tokens either side of a quote a credit may be looked for (bounds pathological input)."""

_CLAUSE_ENDS = frozenset(". , ; :".split())
"""What may follow a present-tense verb that closes its clause ("...," Frank writes.)."""
_NOUN_FOLLOWERS = frozenset("is are was were have had has of about by against and or , . ; :".split())
_DETERMINERS = frozenset(
    "the a an its their his her our my your this that these those one another each every any".split()
)


@dataclass(slots=True)
class Credit:
    """Who a quote is credited to, how, and where."""

    speaker: str | None
    mention: Mention | None
    cue: str | None
    cue_start: int | None = None
    venue: str | None = None
    venue_start: int | None = None
    venue_end: int | None = None
    strength: str = "direct"
    """direct (in the sentence), inherited (earlier quote or paragraph), owner (the quote's own
    possessor or owner: "Tory 'open border' jibe", credits that quote alone, not the ones after it), clause
    (the subject of the clause the quote sits in, with no verb of saying: "Lee named "Veep" her top show")."""
    rule: str = ""
    """Name of the rule that made the credit (a name of ``quotecheck.extract.attribution.RULES``)."""
    origin: Credit | None = None
    """For a credit carried over from an earlier quote or sentence: the credit it was carried from."""


class Sentence:
    """A sentence with what attribution needs, computed once: mentions by position, verbs, venues."""

    __slots__ = ("by_first", "by_last", "headline", "mentions", "tokens", "venues", "verb_set", "verbs")

    def __init__(
        self, tokens: list[Token], mentions: list[Mention], venues: list[tuple[str, int, int]],
        headline: bool = False,
    ) -> None:
        self.tokens = tokens
        self.headline = headline
        """The sentence is (in) the article's headline: a headline's words are no clause of the story."""
        self.mentions = mentions
        self.venues = venues
        self.by_first = {m.first: m for m in reversed(mentions)}
        self.by_last = {m.last: m for m in reversed(mentions)}
        subjects = frozenset(m.last for m in mentions if m.kind in _SUBJECT_KINDS and not m.possessive)
        self.verbs = [i for i, tok in enumerate(tokens)
                      if tok.lower in SPEECH_VERBS and _is_verb(tokens, i, subjects)]
        self.verb_set = frozenset(self.verbs)

    def verbs_between(self, lo: int, hi: int) -> list[int]:
        """Speech verbs at token positions lo <= v < hi, in order (bisect: long sentences stay linear)."""
        return self.verbs[bisect_left(self.verbs, lo) : bisect_left(self.verbs, hi)]


_SUBJECT_KINDS = frozenset({"name", "pronoun", "role", "body"})


def _after_subject(tokens: list[Token], i: int, subjects: frozenset[int]) -> bool:
    """The word at ``i`` follows a subject: a name, pronoun or role ("Frank writes.", "he notes:", "Sen.
    Ann Lee (D-Ohio) states."), or a text a speech verb can have as subject ("the document states")."""
    j = i - 1
    if j >= 0 and tokens[j].text == ")":
        j = _paren_open(tokens, j) - 1
    if j < 0:
        return False
    if j in subjects:
        return True
    return tokens[j].lower in SPEAKING_DOCUMENTS and j > 0 and tokens[j - 1].lower in _DETERMINERS


def _paren_open(tokens: list[Token], close: int) -> int:
    """For a short parenthetical ("(D-Wis.)", "(R)") closing at ``close``: its "(" (else ``close`` + 1)."""
    for k in range(close - 1, max(-1, close - 7), -1):
        if tokens[k].is_quote:
            break
        if tokens[k].text == "(":
            return k
    return close + 1


def _is_verb(tokens: list[Token], i: int, subjects: frozenset[int] = frozenset()) -> bool:
    tok = tokens[i]
    low = tok.lower
    if low not in SPEECH_VERBS or tok.is_quote:
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and (prev.lower in _DETERMINERS or prev.is_possessive):
        return False  # "the claims", "her warning": a noun
    nxt_low = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low.endswith("s") and not low.endswith("ss") and nxt_low in _NOUN_FOLLOWERS and low not in VERB_ONLY_S \
            and not (nxt_low in _CLAUSE_ENDS and _after_subject(tokens, i, subjects)):
        return False  # "the Tory claims were ...": a plural noun
    if low in PARTICLE_VERBS:
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if nxt not in PARTICLE_VERBS[low]:
            return False
    return not (tok.is_cap and i > 0)  # "Said" inside a name, or a title


def _is_passive(tokens: list[Token], i: int) -> bool:
    """A past participle after a form of "be" ("was told"); "is telling", a progressive, is active."""
    if tokens[i].lower.endswith("ing"):
        return False
    j = i - 1
    while j >= 0 and tokens[j].lower in AUXILIARIES and tokens[j].lower not in PASSIVE_MARKERS:
        j -= 1
    return j >= 0 and tokens[j].lower in PASSIVE_MARKERS


def _is_modifier(tok: Token) -> bool:
    """Words between a subject and its verb: "has", "also", "later", "went on to", "angrily"."""
    low = tok.lower
    return low in AUXILIARIES or low in VERB_CHAIN or (low.endswith("ly") and not tok.is_cap)


def _skip_back(tokens: list[Token], j: int) -> int:
    """Step left over modifiers, a time ("on Tuesday") and a short apposition (", 34,", ", D-Mass.,")."""
    while j >= 0:
        tok = tokens[j]
        if _is_modifier(tok):
            j -= 1
        elif tok.lower in WHEN_WORDS:
            j -= 2 if j >= 1 and tokens[j - 1].lower in {"on", "last", "this", "early", "late"} else 1
        elif tok.text == "," and (close := _short_apposition(tokens, j)) is not None:
            j = close - 1
        elif tok.text == ")" and (opening := _paren_open(tokens, j)) < j:
            j = opening - 1  # "Rep. Gwen Moore (D-Wis.) said": a party and state in brackets
        else:
            break
    return j


def _short_apposition(tokens: list[Token], comma: int) -> int | None:
    """For ", 34," / ", D-Mass.," / ", R-La.," ending at ``comma``: the opening comma's position."""
    for k in range(comma - 1, max(-1, comma - 6), -1):
        tok = tokens[k]
        if tok.text == ",":
            inner = tokens[k + 1 : comma]
            if inner and (inner[0].text[:1].isdigit() or re.fullmatch(r"[DRI]-\S*", inner[0].text)):
                return k
            return None
        if tok.is_quote or tok.lower in SPEECH_VERBS:
            return None
    return None


def _usable(tokens: list[Token], m: Mention | None) -> bool:
    """A mention that can be a subject: resolved, not a place, not a possessor ("Starmer's plan")."""
    return (
        m is not None
        and bool(m.speaker)
        and not m.after_preposition
        and m.kind != "relative"
        and (not tokens[m.last].is_possessive or m.kind == "pronoun")  # "he's": "he is" or "he has"
    )


def _subject(sent: Sentence, verb: int, floor: int = 0, chain: bool = True) -> Mention | None:
    """The subject of the speech verb at ``verb`` (mentions before ``floor`` are not considered).

    The noun phrase right before the verb; else, for "X, the Y, said", the named one of the pair;
    for "... and added", the subject of the verb before; else the sentence's first usable mention
    (participles and long subjects: "No10 downplayed the trip, saying ...").
    """
    tokens = sent.tokens
    j = _skip_back(tokens, verb - 1)
    if j >= floor and tokens[j].text == ",":
        appositive = (
            _participle_subject(sent, verb, j, floor) or _appositive_subject(sent, j) or _relative_subject(sent, j)
        )
        if appositive is not None and appositive.first >= floor:
            return appositive
    if j >= floor:
        adjacent = sent.by_last.get(j)
        if adjacent is not None and adjacent.kind == "relative" and adjacent.speaker:
            return adjacent
        if _usable(tokens, adjacent):
            return adjacent
        if adjacent is not None and adjacent.speaker and adjacent.first > 0 and adjacent.kind != "relative" \
                and tokens[adjacent.first - 1].lower in _PARTICIPLE_OWNERS and tokens[verb].lower.endswith("ing"):
            # "..., with Chair Jerome Powell saying ...", "footage of Trump saying ...": the participle's subject
            return adjacent
        if chain and tokens[j].lower in {"and", "but", "then", "before"}:
            for v in reversed(sent.verbs_between(max(floor, j - _WINDOW), j)):
                found = _subject(sent, v, floor, chain=False)
                if found is not None:
                    return found
    low = max(floor, verb - _WINDOW)
    # a subject after the last quote before the verb beats one before it ("Mr Jenrick began to say '...'
    # before the presenter cut in to demand:" is the presenter)
    quoted = next((x for x in range(verb - 1, low - 1, -1) if tokens[x].is_quote), None)
    after_quote = None if quoted is None else next(
        (m for m in sent.mentions if quoted < m.first < verb and _usable(tokens, m)), None)
    first = after_quote or next((m for m in sent.mentions if low <= m.first < verb and _usable(tokens, m)), None)
    if first is not None and first.last < j and tokens[j].is_word and not tokens[j].is_cap:
        # The verb has a subject of its own that this engine cannot name, and it is not X:
        # "X defended the plan, even as civil liberties groups criticized it" (a short subordinate
        # clause right before the verb), "X faces union leaders who have warned" (a relative pronoun).
        if tokens[j].lower in {"who", "which"}:
            return None
        if any(tokens[x].lower in _SUBORDINATORS for x in range(max(first.last + 1, j - 4), j)):
            return None
    return first


def _participle_subject(sent: Sentence, verb: int, j: int, floor: int) -> Mention | None:
    """A participle of saying after a comma has its clause's subject: "Lee spoke in Tulsa, Oklahoma,
    arguing ..." is Lee, not Oklahoma (``j`` is the token before the verb, past its modifiers)."""
    tokens = sent.tokens
    if j < floor or tokens[j].text != "," or not tokens[verb].lower.endswith("ing"):
        return None
    main = next((m for m in sent.mentions if m.subject and floor <= m.first and m.last < j), None)
    return main if main is not None and _usable(tokens, main) else None


_CLAUSE_OPENERS = frozenset("that he she they we it i".split())
_PARTICIPLE_OWNERS = frozenset({"with", "of"})
"""Prepositions whose object can be the subject of a participle right after it."""
"""Words that open the clause a verb of promising takes: "vowed (that) he would ..."."""
_SUBORDINATORS = frozenset("as while although though whereas because since when unless".split())


def _appositive_subject(sent: Sentence, comma: int) -> Mention | None:
    tokens = sent.tokens
    inner = sent.by_last.get(comma - 1)
    if inner is None or inner.first < 2 or tokens[inner.first - 1].text != ",":
        return None
    outer = sent.by_last.get(apposition_subject_end(tokens, inner.first))
    pair = [m for m in (outer, inner) if m is not None and m.speaker and not m.after_preposition]
    named = [m for m in pair if m.kind == "name" and not tokens[m.last].is_possessive]
    return named[0] if named else (pair[0] if pair else None)


def _relative_subject(sent: Sentence, comma: int) -> Mention | None:
    """"An aide, who spoke on condition of anonymity, told ...": the noun before ", who"."""
    tokens = sent.tokens
    for w in range(comma - 1, max(0, comma - 25), -1):
        if tokens[w].is_quote or _breaks_clause(tokens, w):
            return None
        if tokens[w].lower in {"who", "which"} and w >= 2 and tokens[w - 1].text == ",":
            antecedent = sent.by_last.get(w - 2)
            if antecedent is not None and antecedent.kind == "role" and antecedent.person is None \
                    and antecedent.first >= 2 and tokens[antecedent.first - 1].text == ",":
                named = sent.by_last.get(apposition_subject_end(tokens, antecedent.first))  # "Ann Lee, a nurse, who"
                if named is not None and named.kind == "name" and named.speaker:
                    return named
            return antecedent if antecedent is not None and antecedent.speaker else None
    return None


def _breaks_clause(tokens: list[Token], x: int) -> bool:
    """A ";", ":" or full stop; not the dot of "Sen.", "Gov.", ", D-Mass.," (an abbreviation) or an initial."""
    text = tokens[x].text
    if text in {";", ":"}:
        return True
    if text != ".":
        return False
    prev = tokens[x - 1] if x > 0 else None
    nxt = tokens[x + 1] if x + 1 < len(tokens) else None
    abbreviated = prev is not None and (
        prev.lower in ABBREVIATIONS or prev.lower in HONORIFICS or (len(prev.text) == 1 and prev.is_cap)
        or is_party_state(prev.text)
    )  # "Michael J. Fox", "(D-Wis.)"
    return not abbreviated and not (nxt is not None and nxt.text == ",")


def premodified_start(sent: Sentence, j: int) -> int:
    """Where the mention starts after a few lower-case premodifiers at ``j`` ("political scientist
    Ann Lee", "9/11 widow Ann Lee", "panel Chairman Rep. Ann Lee"); ``j`` when none leads to one."""
    tokens = sent.tokens
    for x in range(j, min(j + 6, len(tokens))):
        if x in sent.by_first:
            return x
        tok = tokens[x]
        plain = (tok.is_word and not tok.is_cap) or tok.text[:1].isdigit() or tok.text == "/"
        if not plain or tok.lower in _NOT_PREMODIFIERS:
            break
    return j


def document_subject(sent: Sentence, verb: int) -> Mention | None:
    """A text as the subject of the speech verb at ``verb``: "the release said", "the campaign's new ad
    says", "an internal memo reads". A mention with no speaker: the credit keeps where it is written."""
    tokens = sent.tokens
    j = _skip_back(tokens, verb - 1)
    if j < 1 or tokens[j].lower not in SPEAKING_DOCUMENTS:
        return None
    for d in range(j - 1, max(-1, j - 5), -1):
        tok = tokens[d]
        if tok.lower in _DETERMINERS or tok.is_possessive:
            return Mention(d, j, tok.start, tokens[j].end, "document", None, how="document")
        if tok.is_quote or not tok.is_word or tok.lower in _NOT_PREMODIFIERS:
            return None
    return None


_NOT_PREMODIFIERS = frozenset(
    "of by for in on at to from with about after before that who which and or but than as when while "
    "is are was were has have had will would".split()
) | SPEECH_VERBS
"""Words that end a run of premodifiers: prepositions, conjunctions, verbs."""


def _np_after(sent: Sentence, j: int) -> Mention | None:
    tokens = sent.tokens
    while j < len(tokens) and tokens[j].lower in _NP_DETERMINERS and j not in sent.by_first:
        j += 1
    j = premodified_start(sent, j)
    m = sent.by_first.get(j)
    if m is not None and m.kind == "role" and m.last + 2 < len(tokens) and tokens[m.last + 1].text == ",":
        named = sent.by_first.get(m.last + 2)  # "said its chief executive, Giles Bristow": the name
        if named is not None and named.kind == "name" and named.speaker:
            return named
    return m


_NP_DETERMINERS = frozenset("the a an its his her their".split())

_INDEFINITES = frozenset(
    "a an one some several many other another few two three four five six seven eight nine ten dozens "
    "hundreds thousands most numerous various multiple someone somebody".split()
)
"""Words that open a noun phrase for a party not named before ("one questioner", "several groups")."""
_DEFINITES = frozenset("the this that these those his her their its our".split())
"""Words that open a description of a party the article does not name ("the announcer", "his wife")."""
_NP_OPENERS = _INDEFINITES | _DEFINITES
_NP_INNER = frozenset({"of", "'s", "’s"})
_NP_MAX = 6


def _unnamed_np(sent: Sentence, first: int, last: int) -> Mention | None:
    """tokens[first..last] as an unnamed party: it opens with an indefinite word and holds only words."""
    tokens = sent.tokens
    if last < first or last - first >= _NP_MAX or tokens[first].lower not in _NP_OPENERS:
        return None
    if any(not tokens[x].is_word and tokens[x].lower not in _NP_INNER for x in range(first, last + 1)):
        return None
    if any(tokens[x].lower in _NOT_PREMODIFIERS and not (first < x < last and tokens[x].lower in _NP_PREPOSITIONS)
           for x in range(first, last + 1)):
        return None
    return Mention(first, last, tokens[first].start, tokens[last].end, "role", None, how="unnamed")


_NP_PREPOSITIONS = frozenset("of in at for from on".split())
_NP_BOUNDARIES = frozenset("and but that when after as while if because before once until".split())
"""Words before an unnamed party's phrase that end the clause before it ("When one heckler shouted")."""
"""Prepositions inside an unnamed party's phrase: "a narrator in the new ad", "one official at the port"."""


def np_head(tokens: list[Token], m: Mention) -> int:
    """The head of an unnamed party's phrase: the word before its first preposition ("a narrator in the
    ad"), else its last word."""
    return next((x - 1 for x in range(m.first + 1, m.last) if tokens[x].lower in _NP_PREPOSITIONS), m.last)


def unnamed_subject(sent: Sentence, verb: int) -> Mention | None:
    """The noun phrase right before a speech verb naming a party the article never names: "one
    questioner claimed", "several environmental groups said", "two aides told reporters", a description
    ("the announcer says", "his campaign manager told"). Its span is kept as the credit's mention; it
    names no speaker."""
    tokens = sent.tokens
    last = _skip_back(tokens, verb - 1)
    if last < 0 or not tokens[last].is_word or (tokens[last].is_cap and last > 0):
        return None
    for first in range(last, max(-1, last - _NP_MAX), -1):
        if first == 0 or not tokens[first - 1].is_word or tokens[first - 1].lower in _NP_BOUNDARIES:
            return _unnamed_np(sent, first, last)
    return None


def unnamed_after(sent: Sentence, j: int) -> Mention | None:
    """The unnamed party after an inverted verb: "...," said one questioner."""
    tokens = sent.tokens
    last = j
    while last + 1 < len(tokens) and last - j < _NP_MAX and tokens[last + 1].is_word \
            and tokens[last + 1].lower not in _NOT_PREMODIFIERS | {"of"}:
        last += 1
    return _unnamed_np(sent, j, last) if j < len(tokens) else None


def _add_venue(credit: Credit, sent: Sentence) -> None:
    """The venue phrase of the sentence nearest the cue."""
    if credit.cue_start is None or not sent.venues:
        return
    cue = credit.cue_start
    credit.venue, credit.venue_start, credit.venue_end = nearest_venue(sent.venues, cue)


def starts_after_colon(tokens: list[Token], k: int) -> bool:
    """"X said: "..."" or "X said, "..."": the credit comes before the quote."""
    if k == 0:
        return False
    if tokens[k - 1].text == ":":
        return True
    return tokens[k - 1].text == "," and any(t.lower in SPEECH_VERBS for t in tokens[max(0, k - 8) : k])


