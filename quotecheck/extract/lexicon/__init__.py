"""Word lists of English news writing: speech verbs, honorifics, role and body nouns, media, calendar words,
first names. General vocabulary of reporting, not of any one outlet or story.

Every list of words the engine uses lives here, one module per kind; regular expressions elsewhere are
built from these lists with ``alternation`` rather than re-typing them.
"""

from __future__ import annotations

from quotecheck.extract.lexicon._build import alternation
from quotecheck.extract.lexicon.abbreviations import (
    ABBREVIATIONS,
    PROSE_ABBREVIATIONS,
)
from quotecheck.extract.lexicon.bodies import (
    BODY_ALIASES,
    BODY_HEADS,
    DOCUMENT_NOUNS,
    GENERIC_BODIES,
)
from quotecheck.extract.lexicon.calendar import (
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
    WHEN_WORDS,
)
from quotecheck.extract.lexicon.grammar import (
    NOT_NAMES,
    PLACE_PREPOSITIONS,
    RELATIVES,
)
from quotecheck.extract.lexicon.media import (
    AUDIENCE_PEOPLE,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    OCCASION_PHRASES,
    OCCASIONS,
    OUTLET_NOUNS,
    PLATFORMS,
    TITLE_NOUNS,
    WIRE_NAMES,
)
from quotecheck.extract.lexicon.names import (
    FIRST_NAME_GENDER,
)
from quotecheck.extract.lexicon.people import (
    CAMEL_NAME_PREFIXES,
    DEMONYMS,
    HONORIFICS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    OFFICE_MODIFIERS,
    OFFICE_OPENERS,
    PARTY_MEMBERS,
    PLURAL_PERSON_HEADS,
    POSSESSIVE_PRONOUNS,
    POST_NOMINALS,
    PRONOUNS,
    RELATION_HEADS,
    ROLE_ABBREVIATIONS,
    ROLE_GENDER,
    ROLE_HEADS,
    SURNAME_PARTICLES,
    TITLE_HEADS,
)
from quotecheck.extract.lexicon.speech import (
    AUXILIARIES,
    COMMISSIVE_VERBS,
    PARTICIPLES,
    PARTICLE_VERBS,
    PASSIVE_MARKERS,
    REJECTING_VERBS,
    SO_CALLED,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    VERB_CHAIN,
    VERB_ONLY_S,
)

__all__ = [
    "ABBREVIATIONS",
    "AUDIENCE_PEOPLE",
    "AUXILIARIES",
    "BODY_ALIASES",
    "BODY_HEADS",
    "CAMEL_NAME_PREFIXES",
    "COMMISSIVE_VERBS",
    "DEMONYMS",
    "DOCUMENT_NOUNS",
    "FIRST_NAME_GENDER",
    "GENERIC_BODIES",
    "HONORIFICS",
    "MEDIA_NAMES",
    "MEDIA_NOUNS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NUMBERS",
    "NAME_HONORIFICS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "NOT_NAMES",
    "OCCASIONS",
    "OCCASION_PHRASES",
    "OFFICE_MODIFIERS",
    "OFFICE_OPENERS",
    "OUTLET_NOUNS",
    "PARTICIPLES",
    "PARTICLE_VERBS",
    "PARTY_MEMBERS",
    "PASSIVE_MARKERS",
    "PLACE_PREPOSITIONS",
    "PLATFORMS",
    "PLURAL_PERSON_HEADS",
    "POSSESSIVE_PRONOUNS",
    "POST_NOMINALS",
    "PRONOUNS",
    "PROSE_ABBREVIATIONS",
    "REJECTING_VERBS",
    "RELATION_HEADS",
    "RELATIVES",
    "ROLE_ABBREVIATIONS",
    "ROLE_GENDER",
    "ROLE_HEADS",
    "SO_CALLED",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "SURNAME_PARTICLES",
    "TITLE_HEADS",
    "TITLE_NOUNS",
    "VERB_CHAIN",
    "VERB_ONLY_S",
    "WEEKDAYS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NUMBERS",
    "WHEN_WORDS",
    "WIRE_NAMES",
    "alternation",
]
