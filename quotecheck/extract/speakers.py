"""Speakers: noun phrases that can credit a quote, and one canonical person per article.

A mention is a name ("Sir Keir Starmer", "Ms Cooper", "Starmer"), a role ("the
shadow home secretary", "the PM"), a body ("Labour", "No10", "the government") or
a pronoun. The registry learns full names and the roles the article itself gives
("Home Office minister Chris Philp", "Matt Wrack, the president of ...") and
resolves every later mention to one canonical name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotecheck.extract.lexicon import (
    BODY_ALIASES,
    BODY_HEADS,
    HONORIFICS,
    NOT_NAMES,
    PLURAL_PERSON_HEADS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from quotecheck.extract.tokens import Token
from quotecheck.models import Speaker, SpeakerKind

# Capitalised words that are places, media or things, not people, when they stand in a name run.
_NON_PERSON_CAPS = frozenset(
    "radio news times guardian telegraph mirror express mail sun post herald independent "
    "programme show tv bbc itv lbc sky cnn fox channel today street palace house hall square "
    "city county state republic kingdom union island islands sea ocean river channel court "
    "airport station road avenue bridge tower centre center hospital school college university "
    "eu uk us usa europe britain england scotland wales ireland france germany brexit "
    "asylum courts act bill plan scheme deal agreement wall seats".split()
)


@dataclass(slots=True)
class Mention:
    """A noun phrase that may credit a quote."""

    start: int
    end: int
    text: str
    kind: str
    """name, role, body, pronoun or relative."""
    speaker: str | None = None
    """Canonical name once resolved."""
    gender: str | None = None


@dataclass
class _Person:
    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    kind: SpeakerKind = SpeakerKind.PERSON


def role_key(words: list[str]) -> str:
    """Normalise a role: lower case, no determiners, abbreviations spelled out."""
    out: list[str] = []
    for w in words:
        lw = w.lower().replace("’", "'")
        if lw in {"the", "a", "an", "party", "its", "his", "her", "their"}:
            continue
        lw = ROLE_ABBREVIATIONS.get(lw, lw)
        out.extend(lw.split())
    return " ".join(out)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


class Registry:
    """The people and bodies of one article and every way the article names them."""

    def __init__(self) -> None:
        self._people: list[_Person] = []
        self._roles: dict[str, _Person] = {}

    # ---- learning -------------------------------------------------------------------------------
    def add_name(self, words: list[str], honorific: str | None = None) -> _Person | None:
        """Register a full name (two or more words) and return its person."""
        words = [_strip_possessive(w) for w in words]
        if len(words) < 2:
            return None
        person = self._find_by_tokens(words)
        if person is None:
            person = _Person(" ".join(words), tuple(words))
            self._people.append(person)
        elif len(words) > len(person.tokens):
            person.name, person.tokens = " ".join(words), tuple(words)
        if honorific and person.gender is None:
            person.gender = HONORIFICS.get(honorific.lower().rstrip("."))
        return person

    def add_single(self, word: str, honorific: str | None = None) -> _Person:
        """A person the article names by one word only ("Lopez said", "Ms Cooper")."""
        word = _strip_possessive(word)
        person = self.person_for_name([word], honorific)
        if person is None:
            person = _Person(word, (word,))
            self._people.append(person)
            if honorific:
                self.set_gender(person, honorific)
        return person

    def learn_role(self, role_words: list[str], person: _Person) -> None:
        key = role_key(role_words)
        if key and key.split()[-1] in ROLE_HEADS | {"secretary", "minister"}:
            self._roles.setdefault(key, person)
            person.roles.add(key)

    def set_gender(self, person: _Person, honorific: str) -> None:
        gender = HONORIFICS.get(honorific.lower().rstrip("."))
        if gender and person.gender is None:
            person.gender = gender

    # ---- lookup ---------------------------------------------------------------------------------
    def _find_by_tokens(self, words: list[str]) -> _Person | None:
        for person in self._people:
            if person.tokens[-1] == words[-1] and (
                person.tokens[0] == words[0] or len(words) == 1 or len(person.tokens) == 1
            ):
                return person
        return None

    def person_for_name(self, words: list[str], honorific: str | None) -> _Person | None:
        """Resolve "Starmer", "Mr Starmer", "Sir Keir", "Keir Starmer" to a registered person."""
        words = [_strip_possessive(w) for w in words]
        if not words:
            return None
        last = words[-1]
        matches = [p for p in self._people if p.tokens[-1] == last]
        if not matches and len(words) == 1:
            # "Sir Keir": British knights are named by first name.
            matches = [p for p in self._people if p.tokens[0] == last and len(p.tokens) > 1]
        if len(words) > 1:
            exact = [p for p in matches if p.tokens[0] == words[0]]
            matches = exact or matches
        if not matches:
            return None
        person = matches[-1]
        if honorific:
            self.set_gender(person, honorific)
        return person

    def person_for_role(self, key: str) -> _Person | None:
        if key in self._roles:
            return self._roles[key]
        words = key.split()
        if not words:
            return None
        best: _Person | None = None
        for learned, person in self._roles.items():
            lw = learned.split()
            if lw[-1] != words[-1]:
                continue
            # "labour's shadow home secretary" ~ "shadow home secretary"; "the pm" ~ "prime minister"
            stripped = [w for w in words if not w.endswith("'s")]
            if set(stripped) <= set(lw) or set(lw) <= set(stripped):
                best = person
        return best

    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(
            Speaker(
                name=p.name,
                kind=p.kind,
                aliases=tuple(sorted(p.aliases)),
                roles=tuple(sorted(p.roles)),
                gender=p.gender,
            )
            for p in sorted(self._people, key=lambda p: p.name)
        )

    def person(self, name: str) -> _Person | None:
        for p in self._people:
            if p.name == name:
                return p
        return None


def is_name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a person's name."""
    if not tok.is_cap or tok.is_quote:
        return False
    low = tok.bare.lower()
    if low in NOT_NAMES or low in SPEECH_VERBS:
        return False
    return not (tok.text.isupper() and len(tok.text) > 1 and low not in {"ii", "iii"})


def classify_chunk(words: list[Token]) -> tuple[str, list[str], list[str], str | None]:
    """Split a noun phrase into (kind, role words, name words, honorific).

    kind is "name", "role", "body" or "" (not a speaker).
    """
    texts = [t.text for t in words]
    if not texts:
        return "", [], [], None
    lows = [t.bare.lower() for t in words]
    if "of" in lows or "for" in lows or "on" in lows:
        cut = next(i for i, w in enumerate(lows) if w in {"of", "for", "on"})
        if cut > 0 and lows[cut - 1] in ROLE_HEADS:
            return "role", texts, [], None  # "the president of the TUC", "the Leader of the Opposition"
        caps = [t for t in words if t.lower not in {"the", "a", "an"}]
        if caps and all(t.is_cap or t.lower in {"of", "for", "on", "and"} for t in caps):
            return "body", [], [" ".join(t.text for t in caps)], None  # "Institute for Fiscal Studies"
    # Role head position: the last role noun followed only by capitalised name words.
    last_head = -1
    for i, tok in enumerate(words):
        low = tok.bare.lower()
        if low in ROLE_HEADS and (i == len(words) - 1 or words[i + 1].is_cap):
            last_head = i
        elif low.rstrip(".") in HONORIFICS and i > 0 and i < len(words) - 1:
            last_head = i - 1  # "New York Gov. Kathy Hochul": the honorific starts the name
    name_part = words[last_head + 1 :]
    role_part = words[: last_head + 1]
    honorific: str | None = None
    while name_part and name_part[0].bare.lower().rstrip(".") in HONORIFICS and len(name_part) > 1:
        honorific = name_part[0].bare
        name_part = name_part[1:]
    while name_part and name_part[0].text == ".":
        name_part = name_part[1:]
    name_words = [t.text for t in name_part if t.text != "."]
    role_words = [t.text for t in role_part]
    full_low = " ".join(t.bare.lower() for t in words)
    stripped_low = " ".join(t.bare.lower() for t in words if t.lower not in {"the", "a", "an"})
    if name_words and all(is_name_word(t) for t in name_part if t.text != "."):
        low_names = {_strip_possessive(w).lower() for w in name_words}
        alias = BODY_ALIASES.get(" ".join(_strip_possessive(w).lower() for w in name_words))
        if alias and not role_words:
            return "body", [], [alias], None
        if low_names & BODY_HEADS or low_names & _NON_PERSON_CAPS:
            return "body", role_words, name_words, None
        return "name", role_words, name_words, honorific
    if stripped_low in BODY_ALIASES or full_low in BODY_ALIASES:
        return "body", [], [BODY_ALIASES.get(stripped_low) or BODY_ALIASES[full_low]], None
    head = words[-1].bare.lower()
    if head in ROLE_HEADS:
        return "role", texts, [], None
    if head in BODY_HEADS or head in PLURAL_PERSON_HEADS:
        return "body", texts, [], None
    if len(words) == 1 and words[0].lower in PRONOUNS:
        return "pronoun", [], [], None
    return "", [], [], None


def body_name(words: list[str]) -> str:
    """A readable canonical name for a body: "the French government" -> "French Government"."""
    kept = [w for w in words if w.lower() not in {"the", "a", "an"}]
    if not kept:
        return ""
    key = " ".join(kept).lower()
    if key in BODY_ALIASES:
        return BODY_ALIASES[key]
    return " ".join(w if w[:1].isupper() else w.capitalize() for w in kept)
