"""Credit each quote: speaker, cue and venue, by the patterns of news writing.

Patterns, in the order they are tried:
  "...," X said / "...," said X / "...," X told Y         (after the quote)
  X said: "..." / X told Y: "..." / X said the plan was "..."  (before it)
  rejected as "..." by X / according to X                  (agent phrases)
  a second quote of the same paragraph, a continuation paragraph, or a quote
  paragraph after the paragraph that introduced the speaker (inherited)
"""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.extract.lexicon import (
    AUXILIARIES,
    COMMISSIVE_VERBS,
    PARTICLE_VERBS,
    PASSIVE_MARKERS,
    SPEECH_VERBS,
    VERB_CHAIN,
)
from quotecheck.extract.mentions import Mention
from quotecheck.extract.tokens import Token
from quotecheck.extract.venues import venue_near

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
    """direct (in the sentence), inherited (earlier quote or paragraph)."""


def _is_verb(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    low = tok.lower
    if low not in SPEECH_VERBS or tok.is_quote:
        return False
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and (prev.lower in _DETERMINERS or prev.is_possessive):
        return False  # "the claims", "her warning": a noun
    nxt_low = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low.endswith("s") and not low.endswith("ss") and nxt_low in _NOUN_FOLLOWERS:
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


def _mention_ending_at(mentions: list[Mention], j: int) -> Mention | None:
    for m in mentions:
        if m.last == j:
            return m
    return None


def _mention_starting_at(mentions: list[Mention], j: int) -> Mention | None:
    for m in mentions:
        if m.first == j:
            return m
    return None


def _is_modifier(tok: Token) -> bool:
    """Words between a subject and its verb: "has", "also", "later", "went on to", "angrily"."""
    low = tok.lower
    return low in AUXILIARIES or low in VERB_CHAIN or (low.endswith("ly") and not tok.is_cap)


def _usable(tokens: list[Token], m: Mention | None) -> bool:
    """A mention that can be a subject: resolved, not a place, not a possessor ("Starmer's plan")."""
    return (
        m is not None
        and bool(m.speaker)
        and not m.after_preposition
        and m.kind != "relative"
        and not (m.kind == "name" and tokens[m.last].is_possessive)
    )


def _subject(tokens: list[Token], mentions: list[Mention], verb: int, verbs_before: list[int]) -> Mention | None:
    """The subject of the speech verb at ``verb``.

    The noun phrase right before the verb; else, for "X, the Y, said", the named one of the pair;
    for "... and added", the subject of the verb before; else the sentence's first usable mention
    (participles and long subjects: "No10 downplayed the trip, saying ...").
    """
    j = verb - 1
    while j >= 0 and _is_modifier(tokens[j]):
        j -= 1
    if j >= 0 and tokens[j].text == ",":
        appositive = _appositive_subject(tokens, mentions, j)
        if appositive is not None:
            return appositive
    if j >= 0:
        adjacent = _mention_ending_at(mentions, j)
        if adjacent is not None and adjacent.kind == "relative" and adjacent.speaker:
            return adjacent
        if _usable(tokens, adjacent):
            return adjacent
        if tokens[j].lower in {"and", "but", "then", "before"}:
            for v in reversed(verbs_before):
                found = _subject(tokens, mentions, v, []) if v < j else None
                if found is not None:
                    return found
    return next((m for m in mentions if m.first < verb and _usable(tokens, m)), None)


def _appositive_subject(tokens: list[Token], mentions: list[Mention], comma: int) -> Mention | None:
    inner = _mention_ending_at(mentions, comma - 1)
    if inner is None or inner.first < 2 or tokens[inner.first - 1].text != ",":
        return None
    outer = _mention_ending_at(mentions, inner.first - 2)
    pair = [m for m in (outer, inner) if m is not None and m.speaker and not m.after_preposition]
    named = [m for m in pair if m.kind == "name" and not tokens[m.last].is_possessive]
    return named[0] if named else (pair[0] if pair else None)


def _np_after(mentions: list[Mention], tokens: list[Token], j: int) -> Mention | None:
    while j < len(tokens) and tokens[j].lower in {"the", "a", "an"} and not _mention_starting_at(mentions, j):
        j += 1
    return _mention_starting_at(mentions, j)


def credit_in_sentence(
    tokens: list[Token], mentions: list[Mention], k: int, raw: str, colon_before: bool
) -> Credit | None:
    """Credit for the quote token at ``k`` from the words of its own sentence."""
    verbs = [i for i in range(len(tokens)) if _is_verb(tokens, i)]
    after = _after_quote(tokens, mentions, k, verbs)
    before = _before_quote(tokens, mentions, k, verbs)
    agent = _agent(tokens, mentions, k, verbs)
    order = [before, after, agent] if colon_before else [after, before, agent]
    for credit in order:
        if credit is not None and credit.speaker:
            _add_venue(credit, tokens, raw)
            return credit
    # "She told LBC: ..." with nobody for "she" to stand for: keep the cue and the venue.
    for credit in order:
        if credit is not None:
            _add_venue(credit, tokens, raw)
            return credit
    return None


def _after_quote(tokens: list[Token], mentions: list[Mention], k: int, verbs: list[int]) -> Credit | None:
    j = k + 1
    while j < len(tokens) and tokens[j].text in {",", "—", "–", "-"}:
        j += 1
    if j >= len(tokens):
        return None
    # "...," said Mr Smith
    if j in verbs and not _is_passive(tokens, j):
        m = _np_after(mentions, tokens, j + 1)
        if m is not None and m.speaker:
            return Credit(m.speaker, m, tokens[j].text, tokens[j].start)
    # "...," Mr Smith said / "...," he told LBC
    m = _mention_starting_at(mentions, j)
    if m is not None:
        v = m.last + 1
        while v < len(tokens) and (tokens[v].lower in AUXILIARIES or tokens[v].text == ","):
            if tokens[v].text == ",":
                # "...," Mr Smith, the chief executive, said
                close = next((x for x in range(v + 1, min(len(tokens), v + 10)) if tokens[x].text == ","), None)
                if close is None:
                    break
                v = close + 1
                continue
            v += 1
        if v in verbs:
            return Credit(m.speaker, m, tokens[v].text, tokens[v].start)
    return None


def _before_quote(tokens: list[Token], mentions: list[Mention], k: int, verbs: list[int]) -> Credit | None:
    cands = [v for v in verbs if v < k]
    for v in reversed(cands):
        low = tokens[v].lower
        if _is_passive(tokens, v):
            continue
        # "vowed to "smash" the gangs": a promise credits only the quote it governs
        governs = tokens[v + 1].is_quote or (tokens[v + 1].lower == "to" and v + 2 == k)
        if low in COMMISSIVE_VERBS and not governs:
            continue
        subj = _subject(tokens, mentions, v, [x for x in cands if x < v])
        if subj is not None and subj.speaker:
            return Credit(subj.speaker, subj, tokens[v].text, tokens[v].start)
        if tokens[k - 1].text == ":" and v == cands[-1]:
            # "She told LBC:" with nobody for "she" to stand for: the cue and the venue still hold.
            return Credit(None, None, tokens[v].text, tokens[v].start)
    # "according to X, ..."
    for i in range(len(tokens) - 1):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to":
            m = _np_after(mentions, tokens, i + 2)
            if m is not None and m.speaker:
                return Credit(m.speaker, m, "according to", tokens[i].start)
    return None


def _agent(tokens: list[Token], mentions: list[Mention], k: int, verbs: list[int]) -> Credit | None:
    """Passive credits: rejected as "garbage" by X; seized on by X as evidence ... "..."."""
    for v in verbs:
        if not _is_passive(tokens, v) and tokens[v].lower not in {"seized"}:
            continue
        for b in range(v + 1, len(tokens)):
            if tokens[b].lower == "by":
                m = _np_after(mentions, tokens, b + 1)
                if m is not None and m.speaker:
                    return Credit(m.speaker, m, tokens[v].text, tokens[v].start)
                break
            if tokens[b].text in {".", ";"}:
                break
    return None


def _add_venue(credit: Credit, tokens: list[Token], raw: str) -> None:
    if credit.cue_start is None:
        return
    found = venue_near(tokens, credit.cue_start, raw)
    if found is not None:
        credit.venue, credit.venue_start, credit.venue_end = found


def starts_after_colon(tokens: list[Token], k: int) -> bool:
    """"X said: "..."" or "X said, "..."": the credit comes before the quote."""
    if k == 0:
        return False
    if tokens[k - 1].text == ":":
        return True
    return tokens[k - 1].text == "," and any(t.lower in SPEECH_VERBS for t in tokens[max(0, k - 8) : k])




def subject_credit(tokens: list[Token], mentions: list[Mention], raw: str) -> Credit | None:
    """Who the sentence says is speaking: the subject of its last speech verb.

    Used for a quote paragraph that follows with no cue of its own ("Mr Smith said
    the ruling was wrong." then a paragraph that is only a quotation).
    """
    verbs = [i for i in range(len(tokens)) if _is_verb(tokens, i) and not _is_passive(tokens, i)]
    for v in reversed(verbs):
        if tokens[v].lower in COMMISSIVE_VERBS:
            continue
        subj = _subject(tokens, mentions, v, [x for x in verbs if x < v])
        if subj is not None and subj.speaker:
            credit = Credit(subj.speaker, subj, tokens[v].text, tokens[v].start)
            _add_venue(credit, tokens, raw)
            return credit
    return None
