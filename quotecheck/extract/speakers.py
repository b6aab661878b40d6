"""Speakers: noun phrases that can credit a quote, and one canonical person per article.

A mention is a name ("Sir Keir Starmer", "Ms Cooper", "Starmer"), a role ("the
shadow home secretary", "the PM"), a body ("Labour", "No10", "the government") or
a pronoun. The registry learns full names and the roles the article itself gives
("Home Office minister Chris Philp", "Matt Wrack, the president of ...") and
resolves every later mention to one canonical name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from quotecheck.extract.lexicon import (
    ABBREVIATED_SUFFIXES,
    BODY_ALIASES,
    BODY_HEADS,
    BODY_VOICES,
    FIRST_NAME_GENDER,
    HONORIFICS,
    MEMBER_POST_NOMINALS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    NOT_PERSON_WORDS,
    OFFICE_MODIFIERS,
    OFFICE_SYNONYMS,
    PLACE_PREPOSITIONS,
    PLURAL_PERSON_HEADS,
    POST_NOMINALS,
    PRONOUNS,
    RANK_ADJECTIVES,
    ROLE_ABBREVIATIONS,
    ROLE_GENDER,
    ROLE_HEADS,
    SPEECH_VERBS,
)
from quotecheck.extract.tokens import Token
from quotecheck.models import Speaker, SpeakerKind

# Capitalised words that are places, media or things, not people, when they stand in a name run.
_NON_PERSON_CAPS = NOT_PERSON_WORDS


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
class PersonRecord:
    name: str
    tokens: tuple[str, ...]
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    kind: SpeakerKind = SpeakerKind.PERSON
    offices: frozenset[str] = frozenset()
    """The roles learned from the article's own words beside the name (``Registry.close_learning``)."""
    intro: tuple[int, int] | None = field(default=None, repr=False, compare=False)
    """(start, end) of where the article first names the person in full, with the role given there
    ("Yvette Cooper, the shadow home secretary"), for the resolution chain of a credit."""
    office_at: dict[str, int] = field(default_factory=dict, repr=False, compare=False)
    """Where the article first gives each learned role beside the name (offset), for a role that
    introduces the person before the name ("A superintendent told the trial ... Supt Ann Lee")."""
    surname_suffix: tuple[str, str] = field(init=False, repr=False, default=("", ""))
    """(surname, suffix) of ``tokens``, kept for the look-ups that run for every capitalised word."""

    def __post_init__(self) -> None:
        self.surname_suffix = _split_suffix(self.tokens)


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


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _office_words(words: list[str]) -> list[str]:
    """The words of a learned role up to its head: "ceo of food maker bakkavor" -> ["ceo"], so that "the CEO"
    finds its holder ("the president of the TUC" asked for is looked up whole)."""
    cut = next((i for i, w in enumerate(words) if w in {"of", "for"}), -1)
    return words[:cut] if cut > 0 and words[cut - 1] in ROLE_HEADS else words


def _split_suffix(words: tuple[str, ...] | list[str]) -> tuple[str, str]:
    """(surname, suffix): "Martin Luther King III" -> ("King", "III"); "Eric Adams" -> ("Adams", "")."""
    last = words[-1]
    if len(words) > 1 and last.rstrip(".").lower() in NAME_SUFFIXES:
        return words[-2], last.rstrip(".")
    return last, ""


class Registry:
    """The people and bodies of one article and every way the article names them."""

    def __init__(self) -> None:
        self._people: list[PersonRecord] = []
        self._roles: dict[str, PersonRecord] = {}

    # ---- learning -------------------------------------------------------------------------------
    def add_name(self, words: list[str], honorific: str | None = None) -> PersonRecord | None:
        """Register a full name (two or more words) and return its person."""
        words = [strip_possessive(w) for w in words]
        if len(words) < 2:
            return None
        person = self._find_by_tokens(words)
        if person is None:
            person = PersonRecord(" ".join(words), tuple(words), FIRST_NAME_GENDER.get(words[0].lower()))
            self._people.append(person)
        elif len(words) > len(person.tokens):
            person.name, person.tokens = " ".join(words), tuple(words)
            person.surname_suffix = _split_suffix(person.tokens)
        if honorific:  # "Ms", "Sir": the title says the sex, whatever the first name suggests
            person.gender = HONORIFICS.get(honorific.lower().rstrip(".")) or person.gender
        return person

    def add_single(self, word: str, honorific: str | None = None) -> PersonRecord:
        """A person the article names by one word only ("Lopez said", "Ms Cooper")."""
        word = strip_possessive(word)
        person = self.person_for_name([word], honorific)
        if person is None:
            person = PersonRecord(word, (word,), None if honorific else FIRST_NAME_GENDER.get(word.lower()))
            self._people.append(person)
            if honorific:
                self.set_gender(person, honorific)
        return person

    def learn_role(self, role_words: list[str], person: PersonRecord, at: int | None = None) -> None:
        """Tie a role to ``person``; ``at`` is where the article gives it beside the name."""
        key = role_key(role_words)
        head = _office_words(key.split())
        if key and person.gender is None:
            person.gender = ROLE_GENDER.get(head[-1].partition("-of-")[0])
        if key and head[-1] in ROLE_HEADS | {"secretary", "minister"}:
            self._roles.setdefault(key, person)
            person.roles.add(key)
            if at is not None:
                person.office_at.setdefault(key, at)

    def set_gender(self, person: PersonRecord, honorific: str) -> None:
        gender = HONORIFICS.get(honorific.lower().rstrip("."))
        if gender and person.gender is None:
            person.gender = gender

    def close_learning(self) -> None:
        """The learning pass over the article is done: the roles learned so far are the offices the
        article gives beside a name; roles learned later come from resolving mentions."""
        for person in self._people:
            person.offices = frozenset(person.roles)

    # ---- lookup ---------------------------------------------------------------------------------
    def _find_by_tokens(self, words: list[str]) -> PersonRecord | None:
        surname, suffix = _split_suffix(words)
        for person in self._people:
            # "Donald Trump Jr." is not "Donald Trump": a suffix names another person of the family.
            found = person.surname_suffix
            if found[0] == surname and (
                (found[1] == suffix and (person.tokens[0] == words[0] or words[0] == surname))  # "Trump Jr."
                or len(words) == 1 or len(person.tokens) == 1
            ):
                return person
        return None

    def person_for_name(self, words: list[str], honorific: str | None) -> PersonRecord | None:
        """Resolve "Starmer", "Mr Starmer", "Sir Keir", "Keir Starmer" to a registered person."""
        words = [strip_possessive(w) for w in words]
        if not words:
            return None
        last, suffix = _split_suffix(words)
        # "King" is "Martin Luther King III"; "Trump Jr." is not "Donald Trump".
        matches = [p for p in self._people
                   if p.surname_suffix[0] == last and (not suffix or p.surname_suffix[1] == suffix)]
        if not matches and len(words) == 1:
            # "Sir Keir": British knights are named by first name.
            matches = [p for p in self._people if p.tokens[0] == last and len(p.tokens) > 1]
        if len(words) > 1:
            exact = [p for p in matches if p.tokens[0] == words[0]]
            matches = exact or matches
        if not matches:
            return None
        if len(matches) > 1 and honorific:
            gender = HONORIFICS.get(honorific.lower().rstrip("."))
            matches = [p for p in matches if gender is None or p.gender in {None, gender}] or matches
        # Two people share the surname ("Eric Adams" and "Adrienne Adams"): a bare "Mr Adams" is the
        # one the article introduced first; reporters give the other a first name.
        person = matches[0]
        if honorific:
            self.set_gender(person, honorific)
        return person

    def starts_name(self, word: str) -> bool:
        """``word`` is the first name of a person the article names in full ("Ann" of "Ann Lee")."""
        return any(len(p.tokens) > 1 and p.tokens[0] == word for p in self._people)

    def person_for_role(self, key: str) -> PersonRecord | None:
        if key in self._roles:
            return self._roles[key]
        words = key.split()
        if not words:
            return None
        best: PersonRecord | None = None
        best_overlap = -1
        for learned, person in self._roles.items():
            full = _office_words(learned.split())  # "ceo of food maker bakkavor": the office is "ceo"
            if full[-1] != words[-1]:
                continue
            # "labour's shadow home secretary" ~ "shadow home secretary"; "the pm" ~ "prime minister"
            stripped = [w for w in words if not w.endswith("'s")]
            lw = [w for w in full if not w.endswith("'s")]
            if OFFICE_MODIFIERS.intersection(stripped) != OFFICE_MODIFIERS.intersection(lw):
                continue  # "the chancellor" is not "the shadow chancellor"; "the president" not "the former president"
            if set(stripped) <= set(lw) or set(lw) <= set(stripped):
                # Two chief executives: "Southern Water's chief executive" is the one learned with that owner.
                overlap = len({w.removesuffix("'s") for w in words} & {w.removesuffix("'s") for w in full})
                if overlap >= best_overlap:
                    best, best_overlap = person, overlap
        return best

    def holder_named_after(self, key: str, offset: int, within: int) -> PersonRecord | None:
        """The person the article names in full within ``within`` characters after ``offset`` with the
        office ``key`` heads (its head or a synonym: "food firm boss" ~ "the firm's chief executive"), the
        first so named: "A superintendent told the trial ... Supt Ann Lee said"."""
        words = _office_words(key.split())  # "the boss of a food firm": a boss
        if not words:
            return None
        heads = {words[-1], *OFFICE_SYNONYMS.get(words[-1], ())}
        modifiers = OFFICE_MODIFIERS.intersection(words)
        found: tuple[int, PersonRecord] | None = None
        for person in self._people:
            for role, at in person.office_at.items():
                office = _office_words(role.split())
                if offset < at <= offset + within and office[-1] in heads \
                        and OFFICE_MODIFIERS.intersection(office) == modifiers and (found is None or at < found[0]):
                    found = (at, person)
        return found[1] if found else None

    def speakers(self) -> tuple[Speaker, ...]:
        return tuple(
            Speaker.trusted(
                name=p.name,
                kind=p.kind,
                aliases=tuple(sorted(p.aliases)),
                roles=tuple(sorted(p.roles)),
                gender=p.gender,
                offices=tuple(sorted(p.offices)),
            )
            for p in sorted(self._people, key=lambda p: p.name)
        )

    def person(self, name: str) -> PersonRecord | None:
        for p in self._people:
            if p.name == name:
                return p
        return None


def is_name_word(tok: Token) -> bool:
    """A capitalised word that can be part of a person's name."""
    if not tok.is_cap or tok.is_quote:
        return False
    low = tok.bare_lower
    return low not in NOT_NAMES and low not in SPEECH_VERBS


def is_acronym(word: str) -> bool:
    """RMT, TUC, NHS: an organisation, not a person."""
    bare = strip_possessive(word)
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def classify_chunk(words: list[Token]) -> tuple[str, list[str], list[str], str | None]:
    """Split a noun phrase into (kind, role words, name words, honorific).

    kind is "name", "role", "body" or "" (not a speaker). Cached by the words' text: the same
    names and roles recur through an article and across a corpus.
    """
    kind, roles, names, honorific = _classify_texts(tuple([t.text for t in words]))
    return kind, list(roles), list(names), honorific


@lru_cache(maxsize=4096)
def _classify_texts(texts: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...], str | None]:
    kind, roles, names, honorific = _classify([Token(t, 0, len(t)) for t in texts])
    return kind, tuple(roles), tuple(names), honorific


_Classified = tuple[str, list[str], list[str], str | None]
"""(kind, role words, name words, honorific) of a noun phrase."""
_ARTICLES = frozenset({"the", "a", "an"})


def _classify(words: list[Token]) -> _Classified:
    if len(words) > 2 and words[-1].bare.isupper() and (
        words[-1].bare_lower in POST_NOMINALS or _member_letters(words)
    ):
        words = words[:-1]  # "Ann Lee KC", "Ann Lee KC's", "Jo Bell MP"
    texts = [t.text for t in words]
    if not texts:
        return "", [], [], None
    lows = [t.bare.lower() for t in words]
    if len(words) > 2 and all(t.is_cap for t in words) and any(
        low in PLACE_PREPOSITIONS for low in lows[1:-1]
    ):  # "Surfers Against Sewage", "Stand Up To Racism": a capitalised preposition inside a body's name
        return "body", [], [" ".join(texts)], None
    office = -1
    if "of" in lows or "for" in lows or "on" in lows:
        found, office = _classify_office(words, lows, texts)
        if found is not None:
            return found
    last_head = _role_end(words, lows, office)
    if last_head < 0:
        body = _body_after_noun(words)
        if body is not None:
            return body
    name_part, honorific = _name_part(words, last_head)
    return _classify_name(words, texts, name_part, [t.text for t in words[: last_head + 1]], honorific)


def _member_letters(words: list[Token]) -> bool:
    """ "Jo Bell MP", "Ann Lee TD": a member's letters after a person's name. Not after a party or a rank
    ("the Labour MP", "Senior Tory MP", "Sinn Féin TD"), where the letters head a role."""
    if words[-1].bare_lower not in MEMBER_POST_NOMINALS:
        return False
    before = words[:-1]
    lows = [t.bare_lower for t in before]
    return all(is_name_word(t) for t in before) and " ".join(lows) not in BODY_ALIASES and not any(
        low in BODY_ALIASES or low in BODY_HEADS or low in ROLE_HEADS or low in OFFICE_MODIFIERS
        or low in _NON_PERSON_CAPS or low in RANK_ADJECTIVES for low in lows
    )


def _classify_office(words: list[Token], lows: list[str], texts: list[str]) -> tuple[_Classified | None, int]:
    """A phrase with "of", "for" or "on": a role ("the president of the TUC"), a body ("Institute for
    Fiscal Studies"), or an office before its holder's name (then the position where the name starts)."""
    office = -1
    cut = next(i for i, w in enumerate(lows) if w in {"of", "for", "on"})
    if cut > 0 and lows[cut - 1] in ROLE_HEADS:
        split = _holder_after_office(words, cut)
        if split is None:
            return ("role", texts, [], None), office  # "the president of the TUC", "the Leader of the Opposition"
        office = split  # "Secretary of State Marco Rubio": the office, then its holder's name
    if cut > 0 and lows[cut - 1] in BODY_HEADS and not words[cut - 1].is_cap:
        return ("body", texts, [], None), office  # "the family of Mark Evans"
    caps = [t for t in words if t.lower not in _ARTICLES]
    if office < 0 and caps and all(t.is_cap or t.lower in {"of", "for", "on", "and", ","} for t in caps):
        # "Institute for Fiscal Studies", "Department for Culture, Media and Sport"
        return ("body", [], [" ".join(t.text for t in caps).replace(" , ", ", ")], None), office
    return None, office


def _role_end(words: list[Token], lows: list[str], office: int) -> int:
    """Role head position: the last role noun followed only by capitalised name words (-1 when none)."""
    last_head = office - 1 if office >= 0 else -1
    for i, tok in enumerate(words if office < 0 else ()):
        low = tok.bare.lower()
        if i < len(words) - 1 and words[i + 1].bare.lower() in NAME_SUFFIXES:
            continue  # "Martin Luther King III": a surname, not a role or an honorific
        if (low in ROLE_HEADS or _descriptor(low)) and (i == len(words) - 1 or words[i + 1].is_cap):
            last_head = i
        elif low.rstrip(".") in HONORIFICS and 0 < i < len(words) - 1 and lows[i - 1].rstrip(".") not in HONORIFICS:
            last_head = i - 1  # "New York Gov. Kathy Hochul": the honorific starts the name ("Det Insp" is one title)
    return last_head


def _body_after_noun(words: list[Token]) -> _Classified | None:
    """ "campaign group Surfers Against Sewage", "the charity Shelter": a body noun, then the body's name."""
    body_at = next((i for i, t in enumerate(words[:-1]) if not t.is_cap and t.lower in BODY_HEADS
                    and words[i + 1].is_cap), -1)
    if body_at >= 0 and all(is_name_word(t) for t in words[body_at + 1 :]):
        return "body", [], [" ".join(t.text for t in words[body_at + 1 :])], None
    return None


def _name_part(words: list[Token], last_head: int) -> tuple[list[Token], str | None]:
    """The words after the role that may name someone, without an owner ("Labour's"), an honorific
    (returned) or stray dots."""
    name_part = words[last_head + 1 :]
    if last_head < 0:
        while name_part and name_part[0].lower in _ARTICLES:
            name_part = name_part[1:]  # "The RMT", "the Conservatives"
    owner = next((i for i in range(len(name_part) - 2, -1, -1) if name_part[i].is_possessive), -1)
    if owner >= 0 and (len(name_part) - owner > 2 or name_part[owner + 1].bare.lower().rstrip(".") in HONORIFICS):
        name_part = name_part[owner + 1 :]  # "Labour's Clive Lewis", "the BBC's Laura Kuenssberg": the person
    honorific: str | None = None
    while name_part and name_part[0].bare.lower().rstrip(".") in HONORIFICS and len(name_part) > 1 \
            and name_part[-1].bare.lower() not in BODY_HEADS:  # "the Justice Department" is a body
        honorific = name_part[0].bare
        name_part = name_part[1:]
    while name_part and name_part[0].text == ".":
        name_part = name_part[1:]
    return name_part, honorific


def _classify_name(
    words: list[Token], texts: list[str], name_part: list[Token], role_words: list[str], honorific: str | None
) -> _Classified:
    """Kind of the phrase from its name words: a person, a body (an alias, acronyms, body nouns), a role,
    a pronoun, or nothing."""
    name_words: list[str] = []
    for t in name_part:
        if t.text != ".":
            name_words.append(t.text)
        elif name_words and (len(name_words[-1]) == 1 or name_words[-1].lower() in ABBREVIATED_SUFFIXES):
            name_words[-1] += "."  # "Michael J. Fox", "Jeffrey J. Mims Jr.": the initial keeps its dot
    if name_words and name_words[-1][:1].isupper() and all(
        is_name_word(t) or t.text in NAME_PARTICLES for t in name_part if t.text != "."
    ):  # "Ursula von der Leyen": lower-case particles inside the surname
        low_names = {strip_possessive(w).lower() for w in name_words}
        alias = BODY_ALIASES.get(" ".join(strip_possessive(w).lower() for w in name_words))
        if alias and not role_words and honorific is None:  # "Baroness Scotland" is a peer, not a country
            return "body", [], [alias], None
        plural = len(name_words) == 1 and strip_possessive(name_words[0]).lower() in PLURAL_PERSON_HEADS
        peer = honorific is not None and not low_names & BODY_HEADS  # "Lord Bristol", "Baroness Scotland"
        if not peer and (plural or low_names & BODY_HEADS or low_names & _NON_PERSON_CAPS
                         or all(is_acronym(w) for w in name_words)):
            return "body", role_words, name_words, None
        return "name", role_words, name_words, honorific
    full_low = " ".join(t.bare.lower() for t in words)
    stripped_low = " ".join(t.bare.lower() for t in words if t.lower not in _ARTICLES)
    if stripped_low in BODY_ALIASES or full_low in BODY_ALIASES:
        return "body", [], [BODY_ALIASES.get(stripped_low) or BODY_ALIASES[full_low]], None
    head = words[-1].bare.lower()
    if head in ROLE_HEADS:
        return "role", texts, [], None
    owner = [t for t in words[:-1] if t.lower not in _ARTICLES]
    if head in BODY_VOICES and owner and all(is_name_word(t) for t in owner):
        named = [strip_possessive(t.text) for t in owner]  # "NHS officials said": the NHS speaking
        alias = BODY_ALIASES.get(" ".join(named).lower())
        return "body", [], [alias] if alias else named, None
    if head in BODY_HEADS or head in PLURAL_PERSON_HEADS:
        return "body", texts, [], None
    if len(words) == 1 and words[0].lower in PRONOUNS:
        return "pronoun", [], [], None
    return "", [], [], None


def _holder_after_office(words: list[Token], cut: int) -> int | None:
    """Where the holder's name starts in "Secretary of State Marco Rubio", "Chancellor of the Exchequer
    Rachel Reeves": after the office's last connector, the last two name words are the name (initials and
    particles inside it) when at least one word is left for the office. None when there is no name."""
    last = max(i for i, t in enumerate(words) if t.lower in {"of", "for", "on", "and", "the", ","})
    if last < cut:
        return None
    counting = [i for i in range(last + 1, len(words))
                if words[i].is_cap and len(words[i].bare) > 1 and words[i].bare.lower() not in NAME_SUFFIXES]
    if len(counting) < 3:
        return None  # "Secretary of Homeland Security", "Secretary of State Rubio": not sure where a name starts
    start = counting[-2]
    honorific = next((i for i in counting[1:] if words[i].bare.lower().rstrip(".") in HONORIFICS), None)
    if honorific is not None:
        start = honorific  # "Leader of the House Sir Alan Campbell"
    name = [t for t in words[start:] if t.text != "." and t.text not in NAME_PARTICLES]
    lows = {strip_possessive(t.text).lower() for t in name}
    if not all(is_name_word(t) or t.bare.lower().rstrip(".") in HONORIFICS for t in name) or lows & (
        BODY_HEADS | ROLE_HEADS | PLURAL_PERSON_HEADS | _NON_PERSON_CAPS
    ):
        return None  # "Chair of the Local Government Association": a body, no holder named
    return start


def _descriptor(low: str) -> bool:
    """"mum-of-three", "father-of-two": a role noun with its children, before a name."""
    head, sep, _ = low.partition("-of-")
    return bool(sep) and head in ROLE_HEADS




def body_name(words: list[str]) -> str:
    """A body's name as the article writes it, articles dropped: "the French government" -> "French government"."""
    kept = [strip_possessive(w) if i == len(words) - 1 else w for i, w in enumerate(words)]
    kept = [w for w in kept if w.lower() not in {"the", "a", "an", "one"}]
    if not kept:
        return ""
    key = " ".join(kept).lower()
    if key in BODY_ALIASES:
        return BODY_ALIASES[key]
    for size in (2, 1):  # "No 10 spokesman" -> "Downing Street spokesman": one name for one body
        prefix = " ".join(kept[:size]).lower()
        if len(kept) > size and BODY_ALIASES.get(prefix) == "Downing Street":
            kept = ["Downing", "Street", *kept[size:]]
            break
    text = " ".join(kept).replace(" , ", ", ")
    return text[:1].upper() + text[1:]
