"""Do the draft and a source credit the same programme or paper? (The same person or body is
decided by ``quotecheck.extract.identity.same_speaker``, for check as for compare.)

Venues agree when one names the other or a part of it ("the BBC" and "BBC Radio 4's Today
programme", "Good Morning Britain" and "ITV's Good Morning Britain"), never a paper and the radio
station of the same name ("The Times" and "Times Radio"). An occasion rather than an outlet
("reporters", "a pooled interview", "a press conference") contradicts nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.extract import Agreement
from quotecheck.text import fold_typography

__all__ = ["same_venue"]

_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def _words(text: str) -> list[str]:
    low = fold_typography(text).lower()
    return [w[:-2] if w.endswith("'s") else w for w in _WORDS.findall(low)]


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
