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
    "despite unlike like ultimately besides asked speaking writing "
    # verbs of headlines in title case ("Chaka Fattah Jr. Sentenced To 5 Years"): never part of a name
    "sentenced jailed charged arrested acquitted indicted".split()
)
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    "in at from to into onto near outside inside across around through via alongside with "
    "of for on over against between among toward towards about".split()
)
RELATIVES: frozenset[str] = frozenset({"who", "which", "whose"})
CLAUSE_OPENERS: frozenset[str] = frozenset(
    "after although as because before despite if in since though unlike when whenever while "
    "noting asked speaking writing pressed responding replying addressing following".split()
)
"""First words of a fronted clause or phrase ("Noting that X rose, Ann Lee said"): the sentence's subject
comes after its comma."""
STOPWORDS: frozenset[str] = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he he'd he'll
    he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't
    it it's its itself let's me more most mustn't my myself no nor not of off on once only or other
    ought our ours ourselves out over own same shan't she she'd she'll she's should shouldn't so some
    such than that that's the their theirs them themselves then there there's these they they'd they'll
    they're they've this those through to too under until up very was wasn't we we'd we'll we're we've
    were weren't what what's when when's where where's which while who who's whom why why's will with
    won't would wouldn't you you'd you'll you're you've your yours yourself yourselves just now may
    might must shall one two said says say saying told tell tells added adding according mr mrs ms sir
    dr yes per via upon yet still even much many well back however""".split()
)
"""Function words and reporting glue: never evidence that two texts say the same thing."""
PLACE_ONLY_PREPOSITIONS: frozenset[str] = frozenset(
    "in at from near across outside inside into towards toward around throughout within".split()
)
"""Prepositions that introduce places, not people ("in Greater Manchester"; but "met with Emmanuel Macron")."""
