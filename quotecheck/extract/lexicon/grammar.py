"""Function words of English prose: words that are never a name, prepositions of place, relatives."""

from __future__ import annotations

from quotecheck.extract.lexicon.calendar import MONTHS, WEEKDAYS

# Capitalised words that start sentences or name things, never a speaker on their own.
NOT_NAMES: frozenset[str] = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(
    "the a an but and or so yet however meanwhile then when while if as after before since "
    "although though because in on at for to from with without by of into onto over under "
    "this that these those there here it its his her their our my your we i you they he she "
    "today yesterday tomorrow "
    "last next earlier later finally indeed instead also only even still now "
    "mr mrs ms sir dr lord lady dame read more share watch live latest breaking update updated "
    "what who why how where which one two three some many most all both each every no not "
    "despite unlike like ultimately besides asked speaking writing".split()
)
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    "in at from to into onto near outside inside across around through via alongside with "
    "of for on over against between among toward towards about".split()
)
RELATIVES: frozenset[str] = frozenset({"who", "which", "whose"})
