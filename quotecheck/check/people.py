"""Do the draft and a source credit the same person, and the same programme or paper?

Names are compared by their words without titles: "Ms Cooper", "Cooper", "Yvette Cooper" and
"Shadow Home Secretary Yvette Cooper" are one person; "Sir Keir" and "Keir Starmer" too. A credit by
role alone ("the home secretary") agrees with a source that gives the person that role. Bodies
(the Government, the Tories, Labour) agree with each other unless they are rival parties; a body and
a person disagree only when the person is tied to a rival party.

Venues agree when one names the other or a part of it ("the BBC" and "BBC Radio 4's Today
programme", "Good Morning Britain" and "ITV's Good Morning Britain"), never a paper and the radio
station of the same name ("The Times" and "Times Radio"). An occasion rather than an outlet
("reporters", "a pooled interview", "a press conference") contradicts nothing.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache

from quotecheck.extract import BODY_ALIASES, BODY_HEADS, HONORIFICS, PLURAL_PERSON_HEADS, ROLE_HEADS
from quotecheck.models import Speaker, SpeakerKind
from quotecheck.text import fold_typography

__all__ = ["Agreement", "same_speaker", "same_venue"]


class Agreement(IntEnum):
    """How two credits relate; the order ranks candidate matches."""

    NONE = 0
    """The source credits nobody."""
    WEAK = 1
    """A body and a person with nothing to tie or part them: not counted against the draft."""
    DISAGREE = 2
    """Different people, rival parties, or different outlets."""
    UNKNOWN = 3
    """Nothing to compare (a role or an occasion that neither confirms nor contradicts)."""
    AGREE = 4
    """The same person, body or outlet."""


_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_PARTIES = {
    "labour": "labour", "conservative": "conservative", "conservatives": "conservative", "tory": "conservative",
    "tories": "conservative", "lib": "libdem", "liberal": "libdem", "snp": "snp", "reform": "reform",
    "green": "green", "greens": "green", "plaid": "plaid", "democratic": "democrat", "democrats": "democrat",
    "democrat": "democrat", "republican": "republican", "republicans": "republican", "gop": "republican",
}  # fmt: skip
_ROLE_WORDS = ROLE_HEADS | {
    "shadow", "home", "foreign", "prime", "deputy", "junior", "senior", "former", "justice", "health", "education",
    "defence", "business", "culture", "transport", "work", "pensions", "environment", "policing", "immigration",
    "security", "borders", "office", "state", "uk", "labour", "conservative", "tory", "party", "opposition",
    "french", "german", "us", "eu", "european", "of", "for", "the", "and", "a",
}  # fmt: skip


def _words(text: str) -> list[str]:
    low = fold_typography(text).lower()
    return [w[:-2] if w.endswith("'s") else w for w in _WORDS.findall(low)]


def _name_words(name: str) -> list[str]:
    return [w for w in _words(name) if w not in HONORIFICS and w != "the"]


_BODY_NAMES = frozenset(v.lower() for v in BODY_ALIASES.values())


def _is_body(name: str, record: Speaker | None) -> bool:
    if record is not None and record.kind is SpeakerKind.BODY:
        return True
    low = " ".join(_words(name))
    words = low.split()
    return (
        low in BODY_ALIASES
        or low.removeprefix("the ") in BODY_ALIASES
        or low in _BODY_NAMES
        or bool(words and (words[-1] in BODY_HEADS or words[-1] in PLURAL_PERSON_HEADS))
    )


def _parties(words: list[str]) -> set[str]:
    return {_PARTIES[w] for w in words if w in _PARTIES}


def _is_role(words: list[str]) -> bool:
    return bool(words) and all(w in _ROLE_WORDS for w in words)


def _known_as(record: Speaker | None) -> list[list[str]]:
    if record is None:
        return []
    return [_name_words(a) for a in (*record.aliases, *record.roles)]


@lru_cache(maxsize=4096)
def same_speaker(
    draft: str | None, draft_record: Speaker | None, source: str | None, source_record: Speaker | None
) -> Agreement:
    """How the draft's credit relates to the source's."""
    if source is None:
        return Agreement.NONE
    if draft is None:
        return Agreement.UNKNOWN
    d_body, s_body = _is_body(draft, draft_record), _is_body(source, source_record)
    d_words, s_words = _name_words(draft), _name_words(source)
    if d_body and s_body:
        d_party, s_party = _parties(d_words), _parties(s_words)
        if d_words == s_words or (d_party and d_party == s_party):
            return Agreement.AGREE
        return Agreement.DISAGREE if d_party and s_party and not d_party & s_party else Agreement.UNKNOWN
    if d_body or s_body:
        body_words, person = (d_words, source_record) if d_body else (s_words, draft_record)
        body_party = _parties(body_words)
        tied = set().union(*(_parties(w) for w in _known_as(person))) if person else set()
        if body_party and tied:
            return Agreement.AGREE if body_party & tied else Agreement.DISAGREE
        return Agreement.WEAK
    if not d_words or not s_words:
        return Agreement.UNKNOWN
    if set(d_words) <= set(s_words) or set(s_words) <= set(d_words) or d_words[-1] == s_words[-1]:
        return Agreement.AGREE
    # a credit by role: agree when the other side is known by that role
    for words, record in ((d_words, source_record), (s_words, draft_record)):
        if _is_role(words):
            for known in _known_as(record):
                if known and (known == words or _ends_with(known, words)):
                    return Agreement.AGREE
    if _is_role(d_words) or _is_role(s_words):
        return Agreement.UNKNOWN
    return Agreement.DISAGREE


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(tail) <= len(words) and words[len(words) - len(tail) :] == tail


# --- venues -----------------------------------------------------------------------------------

_VENUE_STOP = frozenset("the a an programme program show on of in to with for and 's".split())
_OCCASION = frozenset(
    "reporters journalists broadcasters press conference news pooled interview interviews statement briefing "
    "speech rally meeting event summit hearing audience mps peers parliament commons lords debate address "
    "joint televised separate video letter article column op ed blog tweet social media".split()
)
_MEDIUM = frozenset({"radio", "tv", "television", "magazine", "newspaper", "podcast"})
_BROADCASTERS = frozenset(
    "bbc itv sky channel cnn lbc gb abc nbc cbs npr rte stv talk fox pbs cbc msnbc al jazeera euronews".split()
)
# Programmes named without their broadcaster: the words they stand for.
_PROGRAMMES: dict[str, tuple[str, ...]] = {
    "today": ("bbc", "radio", "4"), "newsnight": ("bbc",), "question time": ("bbc",), "panorama": ("bbc",),
    "world at one": ("bbc", "radio", "4"), "pm": ("bbc", "radio", "4"), "breakfast": ("bbc",),
    "laura kuenssberg": ("bbc",), "kuenssberg": ("bbc",), "andrew marr": ("bbc",),
    "good morning britain": ("itv",), "gmb": ("itv", "good", "morning", "britain"), "peston": ("itv",),
    "this morning": ("itv",), "loose women": ("itv",), "ridge": ("sky", "news"), "kay burley": ("sky", "news"),
    "beth rigby": ("sky", "news"), "sophy ridge": ("sky", "news"), "channel 4 news": ("channel", "4"),
}  # fmt: skip


def _venue_words(venue: str) -> list[str]:
    return [w for w in _words(venue) if w not in _VENUE_STOP]


def _expand(words: list[str]) -> set[str]:
    out = set(words)
    text = f" {' '.join(words)} "  # words are whole between spaces: a plain search finds whole names
    for name, extra in _PROGRAMMES.items():
        if f" {name} " in text:
            out |= set(extra)
    return out


def _occasion(words: list[str]) -> bool:
    """An occasion ("reporters", "pooled interview outside the Hague"), not an outlet."""
    if not words:
        return True
    return any(w in _OCCASION for w in words) and not any(w in _BROADCASTERS for w in words)


@lru_cache(maxsize=4096)
def same_venue(draft: str | None, source: str | None) -> Agreement:
    """How the draft's venue relates to the source's."""
    if draft is None or source is None:
        return Agreement.UNKNOWN
    d, s = _venue_words(draft), _venue_words(source)
    if _occasion(d) or _occasion(s):
        return Agreement.UNKNOWN
    if d == s:
        return Agreement.AGREE
    de, se = _expand(d), _expand(s)
    small, big = (de, se) if len(de) <= len(se) else (se, de)
    if small <= big:
        extra = big - small
        if extra & _MEDIUM and not small & _BROADCASTERS:
            return Agreement.DISAGREE  # The Times and Times Radio
        return Agreement.AGREE
    return Agreement.DISAGREE
