"""Credit each quote: speaker, cue and venue, by the patterns of news writing.

Patterns, in the order they are tried:
  "...," X said / "...," said X / "...," X told Y         (after the quote)
  X said: "..." / X told Y: "..." / X said the plan was "..."  (before it)
  rejected as "..." by X / according to X                  (agent phrases)
  a second quote of the same paragraph, a continuation paragraph, or a quote
  paragraph after the paragraph that introduced the speaker (inherited)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from quotecheck.extract.lexicon import (
    AUXILIARIES,
    COMMISSIVE_VERBS,
    DOCUMENT_NOUNS,
    HONORIFICS,
    PARTICLE_VERBS,
    PASSIVE_MARKERS,
    REJECTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    VERB_CHAIN,
    VERB_ONLY_S,
    WHEN_WORDS,
)
from quotecheck.extract.mentions import Mention, apposition_subject_end
from quotecheck.extract.tokens import ABBREVIATIONS, Token
from quotecheck.extract.venues import nearest_venue

_WINDOW = 60
"""How many tokens either side of a quote a credit may be looked for (bounds pathological input)."""

_NOUN_FOLLOWERS = frozenset("is are was were have had has of about by against and or , . ; :".split())
_DETERMINERS = frozenset("the a an its their his her our my your this that these those".split())


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
    possessor or owner: "Tory 'open border' jibe", credits that quote alone, not the ones after it)."""


class Sentence:
    """A sentence with what attribution needs, computed once: mentions by position, verbs, venues."""

    __slots__ = ("by_first", "by_last", "mentions", "tokens", "venues", "verb_set", "verbs")

    def __init__(self, tokens: list[Token], mentions: list[Mention], venues: list[tuple[str, int, int]]) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.venues = venues
        self.by_first = {m.first: m for m in reversed(mentions)}
        self.by_last = {m.last: m for m in reversed(mentions)}
        self.verbs = [i for i, tok in enumerate(tokens) if tok.lower in SPEECH_VERBS and _is_verb(tokens, i)]
        self.verb_set = frozenset(self.verbs)

    def verbs_between(self, lo: int, hi: int) -> list[int]:
        """Speech verbs at token positions lo <= v < hi, in order (bisect: long sentences stay linear)."""
        return self.verbs[bisect_left(self.verbs, lo) : bisect_left(self.verbs, hi)]


def _is_verb(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    low = tok.lower
    if low not in SPEECH_VERBS or tok.is_quote:
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and (prev.lower in _DETERMINERS or prev.is_possessive):
        return False  # "the claims", "her warning": a noun
    nxt_low = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low.endswith("s") and not low.endswith("ss") and nxt_low in _NOUN_FOLLOWERS and low not in VERB_ONLY_S:
        return False  # "the Tory claims were ...": a plural noun
    if low in PARTICLE_VERBS:
        nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        if nxt not in PARTICLE_VERBS[low]:
            return False
    return not (tok.is_cap and i > 0)  # "Said" inside a name, or a title


def _is_passive(tokens: list[Token], i: int) -> bool:
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
        and not tokens[m.last].is_possessive
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
        appositive = _appositive_subject(sent, j) or _relative_subject(sent, j)
        if appositive is not None and appositive.first >= floor:
            return appositive
    if j >= floor:
        adjacent = sent.by_last.get(j)
        if adjacent is not None and adjacent.kind == "relative" and adjacent.speaker:
            return adjacent
        if _usable(tokens, adjacent):
            return adjacent
        if adjacent is not None and adjacent.speaker and adjacent.first > 0 and adjacent.kind != "relative" \
                and tokens[adjacent.first - 1].lower == "with" and tokens[verb].lower.endswith("ing"):
            return adjacent  # "..., with Chair Jerome Powell saying ...": the participle's own subject
        if chain and tokens[j].lower in {"and", "but", "then", "before"}:
            for v in reversed(sent.verbs_between(max(floor, j - _WINDOW), j)):
                found = _subject(sent, v, floor, chain=False)
                if found is not None:
                    return found
    low = max(floor, verb - _WINDOW)
    first = next((m for m in sent.mentions if low <= m.first < verb and _usable(tokens, m)), None)
    if first is not None and first.last < j and tokens[j].is_word and not tokens[j].is_cap:
        # The verb has a subject of its own that this engine cannot name, and it is not X:
        # "X defended the plan, even as civil liberties groups criticized it" (a short subordinate
        # clause right before the verb), "X faces union leaders who have warned" (a relative pronoun).
        if tokens[j].lower in {"who", "which"}:
            return None
        if any(tokens[x].lower in _SUBORDINATORS for x in range(max(first.last + 1, j - 4), j)):
            return None
    return first


_CLAUSE_OPENERS = frozenset("that he she they we it i".split())
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
    )  # "Michael J. Fox"
    return not abbreviated and not (nxt is not None and nxt.text == ",")


def _np_after(sent: Sentence, j: int) -> Mention | None:
    tokens = sent.tokens
    while j < len(tokens) and tokens[j].lower in _NP_DETERMINERS and j not in sent.by_first:
        j += 1
    m = sent.by_first.get(j)
    if m is not None and m.kind == "role" and m.last + 2 < len(tokens) and tokens[m.last + 1].text == ",":
        named = sent.by_first.get(m.last + 2)  # "said its chief executive, Giles Bristow": the name
        if named is not None and named.kind == "name" and named.speaker:
            return named
    return m


_NP_DETERMINERS = frozenset("the a an its his her their".split())


def _owner_before(sent: Sentence, k: int) -> Credit | None:
    """"Labour rejects Tory 'open border' jibe": the words belong to the party named before them,
    not to the subject that rejects them."""
    owner = sent.by_last.get(k - 1)
    if owner is None or not owner.speaker or owner.kind == "pronoun":
        return None
    rejecting = [v for v in sent.verbs_between(k - 8, k - 1) if sent.tokens[v].lower in REJECTING_VERBS]
    if not rejecting:
        return None
    return Credit(owner.speaker, owner, None, None, strength="owner")


def _headline_possessor(sent: Sentence, k: int) -> Credit | None:
    """"Flood gran's 'living hell' as river bursts banks": in a headline (no full stop), the person whose
    words are quoted is written as their possessor. In running prose "Smith's 'bold' plan" may be the
    reporter's or a critic's term, so only a headline credits it."""
    tokens = sent.tokens
    if k == 0 or not tokens[k - 1].is_possessive or tokens[-1].text in {".", "!", "?"}:
        return None
    owner = sent.by_last.get(k - 1)
    if owner is None or not owner.speaker or owner.kind not in {"name", "role"}:
        return None
    return Credit(owner.speaker, owner, None, None, strength="owner")


def credit_in_sentence(sent: Sentence, k: int) -> Credit | None:
    """Credit for the quote token at ``k`` from the words of its own sentence."""
    owned = _owner_before(sent, k)
    if owned is not None:
        return owned
    order = (_before_quote, _after_quote, _agent) if starts_after_colon(sent.tokens, k) else (
        _after_quote, _before_quote, _agent
    )
    found: list[Credit | None] = []
    for finder in order:  # the finders are pure: the ones after a credit with a speaker need not run
        credit = finder(sent, k)
        if credit is not None and credit.speaker:
            _add_venue(credit, sent)
            return credit
        found.append(credit)
    possessor = _headline_possessor(sent, k)
    if possessor is not None:
        return possessor
    # "She told LBC: ..." with nobody for "she" to stand for: keep the cue and the venue.
    for credit in found:
        if credit is not None:
            _add_venue(credit, sent)
            return credit
    return None


def _after_quote(sent: Sentence, k: int) -> Credit | None:  # noqa: PLR0912
    """"...," said Mr Smith / "...," Mr Smith said / "...," one commuter, Sarah Jones, 34, told the BBC."""
    tokens = sent.tokens
    j = k + 1
    while j < len(tokens) and tokens[j].text in {",", "—", "–", "-"}:
        j += 1
    if j >= len(tokens):
        return None
    if tokens[j].lower in SPEECH_VERBS and j in sent.verb_set and not _is_passive(tokens, j):
        m = _np_after(sent, j + 1)
        if m is not None and m.speaker:
            return Credit(m.speaker, m, tokens[j].text, tokens[j].start)
    if j not in sent.by_first and tokens[j].lower in {"one", "another", "a", "an", "the"} and j + 1 in sent.by_first:
        j += 1  # "...," one Republican aide said
    if j not in sent.by_first:
        # "...," one commuter, Sarah Jones, told ...: a short description, then the name
        comma = next((x for x in range(j + 1, min(j + 4, len(tokens))) if tokens[x].text == ","), None)
        if comma is None or comma + 1 not in sent.by_first:
            return None
        j = comma + 1
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


def _before_quote(sent: Sentence, k: int) -> Credit | None:  # noqa: C901, PLR0912
    tokens = sent.tokens
    if k >= 2 and tokens[k - 1].text == ":":
        # Headline and transcript convention: "Starmer: 'We will smash the gangs'"
        m = sent.by_last.get(k - 2)
        if m is not None and m.speaker and m.kind != "pronoun" and m.first == 0:
            return Credit(m.speaker, m, ":", tokens[k - 1].start)
    lead = sent.by_first.get(0)
    if lead is not None and lead.speaker and lead.kind in {"name", "body"} and lead.last + 1 < k:
        colon = tokens[lead.last + 1]
        if colon.text == ":" and not sent.verbs_between(lead.last + 1, k):
            # "Cooper: Tory claims are 'total garbage'": a headline naming who says what
            return Credit(lead.speaker, lead, ":", colon.start)
    if lead is not None and lead.speaker and lead.possessive and tokens[k - 1].text == ":" \
            and tokens[lead.last + 1].lower in SPEECH_NOUNS and not sent.verbs_between(lead.last + 1, k):
        return Credit(lead.speaker, lead, ":", tokens[k - 1].start)  # "His message was clear: ..."
    quoted = _words_of(sent, k)
    if quoted is not None:
        return quoted
    cands = sent.verbs_between(k - _WINDOW, k)
    for v in reversed(cands):
        low = tokens[v].lower
        if _is_passive(tokens, v):
            continue
        # "vowed to "smash" the gangs": a promise credits only the quote it governs, or one inside
        # the clause it takes: "vowed he "won't back down"", "pledged (that) Republicans would "stay""
        governs = tokens[v + 1].is_quote or (tokens[v + 1].lower == "to" and v + 2 == k) or (
            (tokens[v + 1].lower in _CLAUSE_OPENERS or v + 1 in sent.by_first) and k - v <= 10
            and not any(tokens[x].text == "," or tokens[x].is_quote or _breaks_clause(tokens, x)
                        for x in range(v + 1, k))
        )
        if low in COMMISSIVE_VERBS and not governs:
            continue
        subj = _subject(sent, v)
        if subj is not None and subj.speaker:
            return Credit(subj.speaker, subj, tokens[v].text, tokens[v].start)
        if tokens[k - 1].text == ":" and v == cands[-1]:
            # "She told LBC:" with nobody for "she" to stand for: the cue and the venue still hold.
            return Credit(None, None, tokens[v].text, tokens[v].start)
    # "according to X, ..."
    for i in range(max(0, k - _WINDOW), min(len(tokens) - 1, k + _WINDOW)):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to":
            m = _np_after(sent, i + 2)
            if m is not None and m.last + 1 < len(tokens) and tokens[m.last + 1].lower in DOCUMENT_NOUNS:
                # "according to a court filing", "according to police records": a document, no speaker
                return Credit(None, None, "according to", tokens[i].start)
            if m is not None and m.speaker:
                return Credit(m.speaker, m, "according to", tokens[i].start)
    return None


def _words_of(sent: Sentence, k: int) -> Credit | None:
    """"In her (own) words, "..."", "In Reilly's words", "in the words of one aide, "..."", "To quote the
    minister, "..."": a phrase that opens the sentence or a comma-set clause names whose words follow."""
    tokens = sent.tokens
    for i in range(max(0, k - _WINDOW), k - 2):
        low = tokens[i].lower
        if low not in {"in", "to"} or (i > 0 and tokens[i - 1].text != ","):
            continue
        m: Mention | None = None
        if low == "to" and tokens[i + 1].lower == "quote":
            m, cue = _np_after(sent, i + 2), "to quote"
        elif low == "in" and [t.lower for t in tokens[i + 1 : i + 4]] == ["the", "words", "of"]:
            # the noun phrase after "of": "one ward sister" (the mention may start at its head)
            j = next((x for x in range(i + 4, min(k, i + 8)) if x in sent.by_first or tokens[x].text == ","), k)
            m, cue = _np_after(sent, j), "in the words of"
        elif low == "in":
            m = sent.by_first.get(i + 1)
            j = m.last + 1 if m is not None else len(tokens)
            j += j < len(tokens) and tokens[j].lower == "own"
            if m is None or not m.possessive or j >= len(tokens) or tokens[j].lower != "words":
                continue
            cue = " ".join(t.lower for t in tokens[i : j + 1])
        if m is None or not m.speaker or m.last >= k:
            continue
        if any(tokens[x].is_quote or _breaks_clause(tokens, x) for x in range(m.last + 1, k)):
            continue
        return Credit(m.speaker, m, cue, tokens[i].start)
    return None


def _agent(sent: Sentence, k: int) -> Credit | None:
    """Passive credits: rejected as "garbage" by X; seized on by X as evidence ... "..."."""
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
            credit = Credit(subj.speaker, subj, tokens[v].text, tokens[v].start)
            _add_venue(credit, sent)
            return credit
    return None
