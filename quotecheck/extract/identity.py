"""Speaker identity: do two credits name the same person or body? The one place that decides it.

    same_speaker(a, a_record, b, b_record) -> Agreement     two credits, in one article or across articles
    same_name(a, b) -> bool                                 the same, with no records: AGREE
    one_name_each(names) -> {name: name shown}              one name per speaker, for lists and tables
    speaker_key(name) -> (key, is a person)                 a key to group credits by
    surname(name) -> the surname as written                 "Yvette Cooper" -> "Cooper"

People are compared by their name words without titles: "Ms Cooper", "Cooper", "Yvette Cooper" and
"Shadow Home Secretary Yvette Cooper" are one person; "Sir Keir" and "Keir Starmer" too. Two people
with the same surname and first names that cannot be one another ("Ann Lee" and "Tom Lee") are two;
a short form of a first name is the same name ("Bob Hale" and "Robert Hale", ``FIRST_NAME_FORMS``), so
is an initial ("R. Hale") and a name with or without a middle initial ("Robert J. Hale"). A credit by
role alone ("the home secretary", "the judge") agrees with a person the record knows by that role, or
whose title implies it ("Mr Justice Penrose" is a judge, ``TITLE_ROLES``).

Bodies are compared by their canonical names (``lexicon.BODY_ALIASES``: "No10" and "Downing Street",
"Tories" and "Conservative Party"); bodies of one party agree, rival parties disagree; a body and a
person disagree only when the person is tied to a rival party.

``speaker_key`` groups by what a key can say: a person by surname (and suffix: "Trump Jr."), a body by
its canonical name. It groups canonical names (the registry has already made "Sir Keir" Keir Starmer in
his article); it cannot know a knight's first name, nor part two people of one surname: where that
matters, ask ``same_speaker``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum
from functools import lru_cache

from quotecheck.extract.lexicon import (
    BODY_ALIASES,
    BODY_HEADS,
    HONORIFICS,
    NAME_SUFFIXES,
    PLURAL_PERSON_HEADS,
    ROLE_HEADS,
)
from quotecheck.models import Speaker, SpeakerKind
from quotecheck.text import fold_typography

__all__ = [
    "FIRST_NAME_FORMS",
    "TITLE_ROLES",
    "Agreement",
    "one_name_each",
    "same_first_name",
    "same_name",
    "same_speaker",
    "speaker_key",
    "surname",
]


class Agreement(IntEnum):
    """How two credits relate; the order ranks candidate matches."""

    NONE = 0
    """The other side credits nobody."""
    WEAK = 1
    """A body and a person with nothing to tie or part them: not counted against the credit."""
    DISAGREE = 2
    """Different people, rival parties, or different outlets."""
    UNKNOWN = 3
    """Nothing to compare (a role or an occasion that neither confirms nor contradicts)."""
    AGREE = 4
    """The same person, body or outlet."""


FIRST_NAME_FORMS: tuple[tuple[str, ...], ...] = (
    ("robert", "bob", "bobby", "rob", "robbie", "bert"),
    ("william", "bill", "billy", "will", "willie", "liam"),
    ("elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "libby"),
    ("michael", "mike", "mick", "mickey", "micky"),
    ("james", "jim", "jimmy", "jamie"),
    ("thomas", "tom", "tommy"),
    ("david", "dave", "davy"),
    ("steven", "stephen", "steve", "stevie"),
    ("christopher", "chris", "kit"),
    ("katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy", "kat"),
    ("richard", "rick", "ricky", "dick", "rich"),
    ("edward", "ed", "eddie", "ted", "ned"),
    ("anthony", "tony"),
    ("andrew", "andy", "drew"),
    ("benjamin", "ben", "benji"),
    ("daniel", "dan", "danny"),
    ("nicholas", "nick", "nicky"),
    ("matthew", "matt"),
    ("jonathan", "jon", "jonny"),
    ("john", "jack", "johnny"),
    ("joseph", "joe", "joey"),
    ("samuel", "sam", "sammy"),
    ("timothy", "tim"),
    ("peter", "pete"),
    ("patrick", "pat", "paddy"),
    ("charles", "charlie", "chuck"),
    ("alexander", "alex", "sandy"),
    ("gregory", "greg"),
    ("kenneth", "ken", "kenny"),
    ("lawrence", "laurence", "larry"),
    ("philip", "phillip", "phil"),
    ("raymond", "ray"),
    ("ronald", "ron", "ronnie"),
    ("donald", "don", "donnie"),
    ("douglas", "doug"),
    ("frederick", "fred", "freddie"),
    ("gerald", "gerry", "jerry"),
    ("harold", "harry", "hal"),
    ("henry", "harry", "hank"),
    ("jeffrey", "geoffrey", "jeff", "geoff"),
    ("leonard", "len", "lenny", "leo"),
    ("nathaniel", "nathan", "nat", "nate"),
    ("simon", "si"),
    ("terence", "terry"),
    ("vincent", "vince"),
    ("zachary", "zach", "zack"),
    ("margaret", "maggie", "meg", "peggy", "marge"),
    ("rebecca", "becky", "becca"),
    ("jennifer", "jen", "jenny"),
    ("jessica", "jess", "jessie"),
    ("deborah", "debbie", "deb"),
    ("patricia", "pat", "patty", "trish"),
    ("susan", "sue", "susie"),
    ("victoria", "vicky", "tori"),
    ("alexandra", "alex", "sandra", "lexi"),
    ("samantha", "sam", "sammy"),
    ("christine", "christina", "chris", "chrissie", "tina"),
    ("jacqueline", "jackie", "jacqui"),
    ("pamela", "pam"),
    ("penelope", "penny"),
    ("abigail", "abby", "abbie"),
    ("amanda", "mandy"),
    ("barbara", "barbie", "babs"),
    ("caroline", "carol", "carrie"),
    ("dorothy", "dot", "dottie"),
    ("eleanor", "ellie", "nell", "nora"),
    ("frances", "fran", "frankie"),
    ("francis", "frank", "frankie"),
    ("helen", "nell"),
    ("judith", "judy", "jude"),
    ("kimberly", "kim"),
    ("nicola", "nicky", "nikki"),
    ("natalie", "nat"),
    ("rosemary", "rose", "rosie"),
    ("theresa", "teresa", "tess", "terri"),
)
"""First names and their common English short forms: each row is one name (a form may sit in two rows,
"harry" for Harold and Henry)."""

TITLE_ROLES: dict[str, str] = {"justice": "judge"}
"""A title word inside a person's name and the role it implies: "Mr Justice Penrose" is "the judge"."""

_FORMS: dict[str, frozenset[int]] = {}
for _row, _names in enumerate(FIRST_NAME_FORMS):
    for _name in _names:
        _FORMS[_name] = _FORMS.get(_name, frozenset()) | {_row}

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
_BODY_NAMES = frozenset(v.lower() for v in BODY_ALIASES.values())


def _words(text: str) -> list[str]:
    low = fold_typography(text).lower()
    return [w[:-2] if w.endswith("'s") else w for w in _WORDS.findall(low)]


def _name_words(name: str) -> list[str]:
    return [w for w in _words(name) if w not in HONORIFICS and w != "the"]


def _body_words(name: str) -> list[str]:
    """A body's words under its canonical name: "No10" and "No 10" -> downing street; "Tories" ->
    conservative party."""
    words = [w for w in _words(name) if w != "the"]
    alias = BODY_ALIASES.get(" ".join(words))
    return _words(alias) if alias else words


def _is_body(name: str, record: Speaker | None = None) -> bool:
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


def _title_words(name: str) -> list[str]:
    """A credit by a title alone ("the judge", "the chancellor"): its words, as a role."""
    words = [w for w in _words(name) if w not in {"the", "a", "an"}]
    return words if _is_role(words) else []


def _parties(words: list[str]) -> set[str]:
    return {_PARTIES[w] for w in words if w in _PARTIES}


def _is_role(words: list[str]) -> bool:
    return bool(words) and all(w in _ROLE_WORDS for w in words)


def _known_as(name: str, record: Speaker | None) -> list[list[str]]:
    """Every way the record knows a person (aliases, roles), and roles their title implies."""
    names = (name, *record.aliases) if record is not None else (name,)
    implied = [[role] for n in names for w in _words(n) if (role := TITLE_ROLES.get(w))]
    if record is None:
        return implied
    return [_name_words(a) for a in (*record.aliases, *record.roles)] + implied


def _split_suffix(words: list[str]) -> tuple[list[str], str]:
    if len(words) > 1 and words[-1] in NAME_SUFFIXES:
        return words[:-1], words[-1]
    return words, ""


def _given(words: list[str]) -> list[str]:
    """The given names of a person's name words (roles and titles before them dropped), surname left out."""
    k = 0
    while k < len(words) - 1 and (words[k] in _ROLE_WORDS or words[k] in TITLE_ROLES):
        k += 1
    return words[k:-1]


def same_first_name(a: str, b: str) -> bool:
    """One first name, perhaps in a short form ("Bob", "Robert") or as an initial ("R", "Robert")."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        initial, full = (a, b) if len(a) == 1 else (b, a)
        rows = _FORMS.get(full, frozenset())
        return full[0] == initial or any(n[0] == initial for r in rows for n in FIRST_NAME_FORMS[r])
    return bool(_FORMS.get(a, frozenset()) & _FORMS.get(b, frozenset()))


def _people_differ(a: list[str], b: list[str], shorter_form: bool) -> bool:
    """Two name word lists with one surname that still name two people: given names or suffixes that
    cannot be one another ("Ann Lee" and "Tom Lee"; "Donald Trump" and "Donald Trump Jr";
    "Robert J Hale" and "Robert K Hale"). A shorter form of the other name ("von der Leyen", "Robert
    Hale" for "Robert J. Hale") parts them only by a suffix."""
    (a_core, a_suffix), (b_core, b_suffix) = _split_suffix(a), _split_suffix(b)
    if a_suffix != b_suffix and len(a_core) > 1 and len(b_core) > 1:
        return True
    if shorter_form:
        return False
    ga, gb = _given(a_core), _given(b_core)
    if not ga or not gb:
        return False
    if not same_first_name(ga[0], gb[0]):
        return True
    middle_a = [w for w in ga[1:] if len(w) == 1]
    middle_b = [w for w in gb[1:] if len(w) == 1]
    return bool(middle_a and middle_b and middle_a[0] != middle_b[0])


@lru_cache(maxsize=4096)
def same_speaker(a: str | None, a_record: Speaker | None, b: str | None, b_record: Speaker | None) -> Agreement:
    """How credit ``a`` (with its article's record, when known) relates to credit ``b``.

    NONE when ``b`` credits nobody, UNKNOWN when only ``a`` does. Symmetric otherwise.
    """
    if b is None:
        return Agreement.NONE
    if a is None:
        return Agreement.UNKNOWN
    a_body, b_body = _is_body(a, a_record), _is_body(b, b_record)
    if a_body and b_body:
        return _bodies_agree(a, b)
    a_words, b_words = _name_words(a) or _title_words(a), _name_words(b) or _title_words(b)
    if a_body or b_body:
        return _body_and_person(a_words, b, b_record) if a_body else _body_and_person(b_words, a, a_record)
    if not a_words or not b_words:
        return Agreement.UNKNOWN
    return _people_agree(a, a_words, a_record, b, b_words, b_record)


def _bodies_agree(a: str, b: str) -> Agreement:
    """Two bodies: one when their words or their party agree; apart when their parties differ."""
    a_words, b_words = _body_words(a), _body_words(b)
    a_party, b_party = _parties(a_words), _parties(b_words)
    if a_words == b_words or (a_party and a_party == b_party):
        return Agreement.AGREE
    return Agreement.DISAGREE if a_party and b_party and not a_party & b_party else Agreement.UNKNOWN


def _body_and_person(body_words: list[str], person_name: str, person: Speaker | None) -> Agreement:
    """A body and a person: the person speaks for the body when the record ties them to its party."""
    body_party = _parties(body_words)
    tied = set().union(*(_parties(w) for w in _known_as(person_name, person))) if person else set()
    if body_party and tied:
        return Agreement.AGREE if body_party & tied else Agreement.DISAGREE
    return Agreement.WEAK


def _people_agree(
    a: str, a_words: list[str], a_record: Speaker | None, b: str, b_words: list[str], b_record: Speaker | None
) -> Agreement:
    """Two people: one surname (and compatible first names), or a role the other is known by."""
    a_core, b_core = _split_suffix(a_words)[0], _split_suffix(b_words)[0]
    shorter_form = set(a_words) <= set(b_words) or set(b_words) <= set(a_words)
    if shorter_form or a_core[-1] == b_core[-1]:
        return Agreement.DISAGREE if _people_differ(a_words, b_words, shorter_form) else Agreement.AGREE
    # a credit by role: agree when the other side is known by that role
    for words, name, record in ((a_words, b, b_record), (b_words, a, a_record)):
        if _is_role(words):
            for known in _known_as(name, record):
                if known and (known == words or _ends_with(known, words)):
                    return Agreement.AGREE
    if _is_role(a_words) or _is_role(b_words):
        return Agreement.UNKNOWN
    return Agreement.DISAGREE


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(tail) <= len(words) and words[len(words) - len(tail) :] == tail


def same_name(a: str | None, b: str | None) -> bool:
    """``a`` and ``b`` name one speaker, with no records to go on (``same_speaker`` agrees)."""
    return a is not None and b is not None and same_speaker(a, None, b, None) is Agreement.AGREE


def one_name_each(names: Iterable[str]) -> dict[str, str]:
    """Each name -> the name shown for its speaker: the fullest of the names ``same_name`` joins ("Bob
    Hale" and "Robert Hale" -> "Robert Hale"; "Hale" -> the full name)."""
    kept: list[str] = []
    out: dict[str, str] = {}
    for name in sorted(set(names), key=lambda n: (-len(n.split()), n)):
        shown = next((k for k in kept if same_name(name, k)), None)
        if shown is None:
            kept.append(name)
            shown = name
        out[name] = shown
    return out


def speaker_key(name: str | None) -> tuple[str | None, bool]:
    """(grouping key, is a person) for a credited name: a person's surname (with a suffix: "trump jr"),
    a body's canonical name ("body:downing street" for "No10")."""
    if not name:
        return None, False
    if _is_body(name):
        return "body:" + " ".join(_body_words(name)), False
    low = name.lower().replace("’", "'")
    words = [w[:-2] if w.endswith("'s") else w for w in low.split()]
    if len(words) > 1 and words[-1].rstrip(".") in NAME_SUFFIXES:
        return f"{words[-2]} {words[-1].rstrip('.')}", True
    return words[-1], True


def surname(name: str) -> str:
    """The surname of a person's name as written ("Martin Luther King III" -> "King")."""
    words = name.split()
    if len(words) > 1 and words[-1].rstrip(".").lower() in NAME_SUFFIXES:
        return words[-2]
    return words[-1] if words else ""
