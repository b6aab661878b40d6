"""Find the noun phrases of a sentence that can credit a quote, and resolve them.

Runs over the sentences of an article in order, so a pronoun or a bare role
("the PM") resolves against what the reader has seen so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotecheck.extract.lexicon import (
    ABBREVIATED_SUFFIXES,
    AUXILIARIES,
    BODY_ALIASES,
    BODY_HEADS,
    CAMEL_NAME_PREFIXES,
    CLAIM_NOUNS,
    CLAUSE_OPENERS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    EPITHET_HEADS,
    GENERIC_BODIES,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAMES,
    OFFICE_FAMILIES,
    OFFICE_MODIFIERS,
    OFFICE_SYNONYMS,
    OFFICE_WORDS,
    PARTY_MEMBERS,
    PLACE_ONLY_PREPOSITIONS,
    PLACE_PREPOSITIONS,
    PLURAL_PERSON_HEADS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    RELATION_HEADS,
    RELATIVES,
    ROLE_HEADS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STOPWORDS,
    TITLE_HEADS,
    TITLE_ROLES,
    alternation,
)
from quotecheck.extract.speakers import (
    PersonRecord,
    Registry,
    body_name,
    classify_chunk,
    is_name_word,
    role_key,
    strip_possessive,
)
from quotecheck.extract.tokens import Token

_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+")
# One word with a capital inside that no surname prefix explains: a company or group ("NetChoice",
# "BlackRock", "OpenAI"), not a person ("McCarthy", "DeSantis", "LaHood").
_CAMEL_BODY = re.compile(rf"(?!(?:{alternation(CAMEL_NAME_PREFIXES)})[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")
_CHUNK_STARTS = frozenset(
    {"the", "a", "an"} | {w for key in BODY_ALIASES for w in key.split()[:1]}
    | set("shadow former senior junior deputy chief foreign home prime acting interim".split())
)
# Words after which a lone capitalised word is acting as a subject ("Macron has ...", "Lopez said").
_SUBJECT_FOLLOWERS = frozenset(
    SPEECH_VERBS | AUXILIARIES | {"is", "was", "has", "had", "will", "would", "did", "does", "can", "could", "must"}
)
_PLACE_ONLY = PLACE_ONLY_PREPOSITIONS
_CONNECTORS = frozenset({"of", "for", "on"})
_LOOKBACK = 100
"""Mentions a pronoun looks back over for its antecedent (far more than any real article needs)."""
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_STOP = (
    NOT_NAMES - {"the", "a", "an"} | SPEECH_VERBS | PLACE_PREPOSITIONS | AUXILIARIES
    | {"and", "or", "is", "are", "was", "were", "be", "been", "being", "that", "who", "which", "whose"}
)


@dataclass(slots=True)
class Mention:
    """A resolved noun phrase: tokens [first, last] of a sentence."""

    first: int
    last: int
    start: int
    end: int
    kind: str
    """name, role, body, pronoun, relative."""
    speaker: str | None
    gender: str | None = None
    after_preposition: bool = False
    person: PersonRecord | None = field(default=None, repr=False)
    sentence: int = 0
    """Number of the sentence in the article, for salience."""
    possessive: bool = False
    """"Starmer's plan": a possessor, less likely to be the one a pronoun means."""
    subject: bool = False
    """The sentence's subject (or one of a coordinated pair): the one a later "he"/"she" most likely means."""
    proper: bool = False
    """A body named by its own capitalised name ("Ford Motor Co", "NetChoice"), that "the company" can mean."""
    via: Mention | None = field(default=None, repr=False, compare=False)
    """The earlier mention this one was resolved through: the antecedent of a pronoun ("she" -> "Ms
    Cooper"), of a relative ("who"), of an epithet or title ("the PM"), or the company "the company" means."""
    how: str = field(default="", compare=False)
    """How the mention was resolved (the ``how`` of ``ChainStep``): name, short-name, role, pronoun, ..."""


_ALIAS_NAMES = frozenset(BODY_ALIASES.values())
"""Parties and institutions of state ("White House", "Labour Party"): not what "the company" means."""


def _honorific(tok: Token) -> bool:
    return tok.bare_lower.rstrip(".") in HONORIFICS and tok.is_cap


def _dotted(tok: Token) -> bool:
    """A name word its dot belongs to: "J" of "Michael J. Fox", "Jr" of "Mims Jr."."""
    return (len(tok.text) == 1 and tok.is_cap) or tok.bare_lower in ABBREVIATED_SUFFIXES


def names_nobody(m: Mention) -> bool:
    """The mention, or the one it was resolved through ("they" -> "one backbencher"), is a role tied to
    no one the article names ("the judge said", "a senior official said"): the words are credited to the
    mention, with no canonical name (a role is never a name)."""
    root = m
    while root.via is not None:
        root = root.via
    return root.kind == "role" and root.person is None


def _suffix_comma(tokens: list[Token], j: int) -> bool:
    """The comma of "Harvey Bartle, III" or "Tom Hale, Jr.": a generational suffix set off from the name."""
    return (tokens[j].text == "," and 0 < j < len(tokens) - 1 and tokens[j - 1].is_cap
            and tokens[j + 1].is_cap and tokens[j + 1].bare_lower in NAME_SUFFIXES)


def _no_suffix_commas(words: list[Token]) -> list[Token]:
    """The words of a noun phrase without a comma before a generational suffix ("Harvey Bartle, III")."""
    return [t for k, t in enumerate(words) if not _suffix_comma(words, k)]


def _particle_run(tokens: list[Token], j: int) -> int:
    """For "von der Leyen" at ``j``: the capitalised surname word after the particles, else -1."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].text in NAME_PARTICLES:
        k += 1
    if k == j or k >= len(tokens) or not is_name_word(tokens[k]):
        return -1
    # One surname word: "de Blasio said", not "der Keir Starmer" (a stray word before a full name)
    return k if k + 1 == len(tokens) or not is_name_word(tokens[k + 1]) else -1


def _is_head(tok: Token) -> bool:
    return tok.bare_lower in _HEADS


_HEADS = ROLE_HEADS | BODY_HEADS | PLURAL_PERSON_HEADS
_BODY_NAME = re.compile(r"(?=\b([A-Z][\w'’&-]*(?: (?:the|of|for|and))?(?: [A-Z][\w'’&-]*){1,3})\b)")
"""A capitalised name of two to four words (a small word may join them) at every position: "Unite the Union"."""
_BEFORE_VERB = frozenset("to will would can could may might must shall should".split())
_MAY_START = frozenset(PRONOUNS) | RELATIVES | _CHUNK_STARTS | NAME_PARTICLES | frozenset(POSSESSIVE_PRONOUNS) | {"it"}
"""Lower-case words that can start a mention (with capitals and heads)."""


def _owns_words(tokens: list[Token], i: int) -> bool:
    """A possessive pronoun that says whose words follow: "His message was clear", "In her (own) words"."""
    n = len(tokens)
    if i == 0 and n > 1 and tokens[1].lower in SPEECH_NOUNS:
        return True
    if claim_noun_after(tokens, i) is not None:
        return True
    if tokens[i - 1].lower != "in" or (i > 1 and tokens[i - 2].text != ","):
        return False
    j = i + 2 if i + 1 < n and tokens[i + 1].lower == "own" else i + 1
    return j < n and tokens[j].lower == "words"


_BARE_STARTS = frozenset(_HEADS) | frozenset(PRONOUNS)
"""Words without their "'s" that may start a mention: a head ("the minister's"), a pronoun ("he's")."""


def _pronoun_word(tok: Token) -> str:
    """The word in lower case; for "he's" / "she's" (the pronoun and "is" or "has", never a possessor) the
    pronoun."""
    return tok.bare_lower if tok.is_possessive and tok.bare_lower in PRONOUNS else tok.lower


def claim_noun_after(tokens: list[Token], i: int) -> int | None:
    """For a possessor at ``i`` ("his", "Lee's"): the noun of saying right after it, a modifier or two
    between ("his repeated claims"), when a quote follows it in the same clause ("his call for "a total
    ban""); else None."""
    n = len(tokens)
    for j in range(i + 1, min(n, i + 4)):
        tok = tokens[j]
        if tok.lower in CLAIM_NOUNS:
            for x in range(j + 1, min(n, j + 12)):
                if tokens[x].is_quote:
                    return j
                if tokens[x].text in {".", ";", ":", "!", "?"}:
                    return None
            return None
        if not tok.is_word or tok.is_cap:
            return None
    return None


class MentionFinder:
    """Finds and resolves mentions sentence by sentence, keeping the article's history."""

    def __init__(self, registry: Registry, raw: str = "") -> None:
        self.registry = registry
        self.raw = raw
        self._lower_words: frozenset[str] | None = None  # the article's lower-case words, when first needed
        self._fullest: dict[str, str] | None = None  # a body's one-word name -> its fullest name in the story
        self.history: list[Mention] = []
        self.sentence_no = 0

    # ---- the first pass: learn names and roles from the whole article ---------------------------
    def learn(self, tokens: list[Token]) -> None:
        resume = 0  # the token after the last name run
        for i in [i for i, tok in enumerate(tokens) if tok.is_cap]:  # a run starts with a capital
            if i < resume:
                continue
            run_start, run_end = self._name_run(tokens, i)
            if run_end < run_start:
                continue
            honorific = None
            j = run_start - 1
            if j >= 0 and _honorific(tokens[j]):
                honorific = tokens[j].bare
                j -= 1
            office = _office_start(tokens, j)
            kind, role_words, name_words, title = classify_chunk(_no_suffix_commas(tokens[office : run_end + 1]))
            if kind != "name" and office < run_start:  # "a spokesman for Tom Hale": no office's holder
                kind, role_words, name_words, title = classify_chunk(
                    _no_suffix_commas(tokens[run_start : run_end + 1])
                )
            # "in Greater Manchester", "to New York": a name after a preposition is most often a place
            placed = j >= 0 and tokens[j].lower in _PLACE_ONLY and not honorific and not role_words
            # "Department of Health and Social Care": the words after "and" end a body's name
            placed = placed or (
                j > 0 and tokens[j].text in {",", "and"} and _joins_body_name(tokens, max(0, j - 10), j)
            )
            person = self.registry.add_name(name_words, honorific) if kind == "name" and not placed else None
            if person is None and kind == "name" and len(name_words) == 1 and honorific:
                found = self.registry.person_for_name(name_words, honorific)
                person = found
            if person is not None:
                at = tokens[run_start].start
                self._learn_title(person, title or honorific, at)
                left = [] if role_words else self._role_left(tokens, j)
                before = [] if role_words or left else self._role_before_comma(tokens, j)
                role = role_words or left or before
                if role:
                    self.registry.learn_role(role, person, at)
                post = self._role_after(tokens, run_end + 1)
                if post:
                    self.registry.learn_role(post, person, at)
                if person.intro is None:
                    begin = office if role_words else (
                        j - len(left) + 1 if left else (j - len(before) if before else run_start)
                    )
                    end = run_end + 1 + len(post) if post else run_end
                    person.intro = (tokens[begin].start, tokens[end].end)
            resume = run_end + 1

    def _learn_title(self, person: PersonRecord, title: str | None, at: int | None = None) -> None:
        """A title that is also an office teaches the role: "Mr Justice Penrose" is "the judge", "Supt Ann
        Lee" "the superintendent"."""
        role = TITLE_ROLES.get(title.lower().rstrip(".")) if title else None
        if role is not None:
            self.registry.learn_role([role], person, at)

    def _name_run(self, tokens: list[Token], i: int) -> tuple[int, int]:
        """The run of capitalised words (role heads and honorifics included) starting at ``i``."""
        if not (tokens[i].is_cap and (is_name_word(tokens[i]) or _is_head(tokens[i]))):
            return i, i - 1
        j = i
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            if nxt.text == "." and (tokens[j].bare_lower in HONORIFICS or _dotted(tokens[j])):
                j += 1
                continue
            if _suffix_comma(tokens, j + 1):
                j += 2  # "Harvey Bartle, III"
                continue
            if not nxt.is_cap and (surname := _particle_run(tokens, j + 1)) > 0:
                j = surname  # "Ursula von der Leyen"
                if tokens[j].is_possessive:
                    break
                continue
            if nxt.is_cap and (is_name_word(nxt) or _honorific(nxt)):
                j += 1
                if nxt.is_possessive:
                    break
                continue
            if _capital_preposition(tokens, j + 1):
                j += 1  # "Stand Up To Racism"
                continue
            break
        # A run must end in a name word, not a role head ("Home Secretary" alone is a role).
        if tokens[j].bare_lower in ROLE_HEADS and not is_name_word(tokens[j]):
            return i, i - 1
        return i, j

    def _role_left(self, tokens: list[Token], j: int) -> list[str]:
        """Lower-case role words right before a name: "Home Office minister" Chris Philp."""
        if j < 0 or tokens[j].bare_lower not in ROLE_HEADS:
            return []
        if j > 0 and tokens[j - 1].lower in _BEFORE_VERB:
            return []  # "plans to host Starmer", "will coach Smith": a verb, not a role
        k = j
        while k - 1 >= 0 and j - k < 5:
            prev = tokens[k - 1]
            if not prev.is_word or (prev.lower in _STOP and not _first_of_office(tokens, k - 1)):
                break
            k -= 1
            if prev.is_possessive:
                break
        return [t.text for t in tokens[k : j + 1]]

    def _role_before_comma(self, tokens: list[Token], j: int) -> list[str]:
        """"Sunak's spokesman, Max Blain," : a role, a comma, then the name."""
        if j < 1 or tokens[j].text != ",":
            return []
        return self._role_left(tokens, j - 1)

    def _role_after(self, tokens: list[Token], j: int) -> list[str]:
        """", the president of the TUC," after a name."""
        if j >= len(tokens) or tokens[j].text != ",":
            return []
        k = j + 1
        words: list[str] = []
        while k < len(tokens) and tokens[k].text not in {",", ".", ";", ":"} and not tokens[k].is_quote:
            words.append(tokens[k].text)
            k += 1
            if len(words) > 8:
                return []
        if k >= len(tokens) or tokens[k].text != ",":
            return []
        head_words = words[: words.index("of")] if "of" in words else words
        if head_words and head_words[0].lower() in {"the", "a", "an"} and head_words[-1].lower() in ROLE_HEADS:
            return words
        return []

    # ---- the second pass: mentions in reading order ---------------------------------------------
    def sentence_mentions(
        self, tokens: list[Token], venues: list[tuple[str, int, int]] | None = None
    ) -> list[Mention]:
        """Every mention of the sentence, resolved, in order; each is added to the history.

        Words inside ``venues`` (name, start, end) are part of a programme or publication's name.
        """
        self.sentence_no += 1
        out: list[Mention] = []
        # The token after the last noun phrase; a wire dateline ("ALBANY —") is skipped, never a speaker.
        resume = _dateline_end(tokens) if tokens and tokens[0].text.isupper() else 0
        # Only a capital, a pronoun, a relative, a chunk start or a head can start a mention (the tests
        # below skip every other word): look at those alone. A new kind of start word goes in _MAY_START.
        starts = [i for i, t in enumerate(tokens) if t.is_cap or t.lower in _MAY_START or t.bare_lower in _BARE_STARTS]
        for i in starts:
            if i < resume:
                continue
            tok = tokens[i]
            if tok.is_quote or not tok.is_word or _verb_not_role(tokens, i):
                continue
            if venues and any(start <= tok.start < end for _, start, end in venues):
                continue
            low = _pronoun_word(tok)
            if (low in PRONOUNS or _it_speaks(tokens, i)) and (i == 0 or tokens[i - 1].lower not in {"to", "than"}):
                _mark_subject(tokens, out)  # "Sam Lee was asked if Tom Hale lied, to which he replied"
                m = self._pronoun(tokens, i, low)
                out.append(m)
                continue
            if low in POSSESSIVE_PRONOUNS and _owns_words(tokens, i):
                # "His message was clear: ...", "In her (own) words, ..."
                m = self._pronoun(tokens, i, POSSESSIVE_PRONOUNS[low])
                m.possessive = True
                out.append(m)
                continue
            if low in RELATIVES and i >= 2 and tokens[i - 1].text == "," and out and (
                out[-1].last == i - 2 or _before_apposition(tokens, i - 1, out[-1])
            ):
                ante = out[-1]
                if (ante.kind == "role" and ante.person is None and len(out) > 1 and out[-2].kind == "name"
                        and out[-2].last == apposition_subject_end(tokens, ante.first)):
                    ante = out[-2]  # "Ann Lee, (45,) a local nurse, who said": the named one of the pair
                out.append(Mention(i, i, tok.start, tok.end, "relative", ante.speaker, ante.gender,
                                   False, ante.person, via=ante, how="relative"))
                continue
            if not (tok.is_cap or low in _CHUNK_STARTS or _is_head(tok) or (i > 0 and _particle_run(tokens, i) > 0)):
                continue
            chunk = self._chunk_at(tokens, i)
            if chunk is None:
                continue
            first, last = chunk
            found = self._resolve(tokens, first, last) or self._name_after_adjective(tokens, first, last)
            if found is not None:
                found.sentence = self.sentence_no
                found.possessive = tokens[last].is_possessive
                out.append(found)
                if found.speaker or found.kind == "body":
                    self.history.append(found)
            resume = last + 1
        _mark_subject(tokens, out)
        return out

    def _name_after_adjective(self, tokens: list[Token], first: int, last: int) -> Mention | None:
        """"a despondent Jack Abramoff": the name after a lower-case word no role reads."""
        cap = next((x for x in range(first + 1, last + 1) if tokens[x].is_cap and not tokens[x - 1].is_cap), None)
        return self._resolve(tokens, cap, last) if cap is not None else None

    def _chunk_at(self, tokens: list[Token], i: int) -> tuple[int, int] | None:
        """The longest noun phrase starting at ``i`` that ends in a name, role or body head."""
        n = len(tokens)
        j = i
        last_head = -1
        joined = -1
        while j < n and j - i < 12:
            tok = tokens[j]
            if (tok.text == "," or tok.bare_lower == "and") and (
                _suffix_comma(tokens, j) or self._joins_name(tokens, i, j)  # "Harvey Bartle, III"
            ):
                if tok.text == "and":
                    joined = j  # "Department of Health and Human Services"
                j += 1  # "Department for Environment, Food and Rural Affairs"
                continue
            if tok.is_quote or not (tok.is_word or (tok.text == "." and j > i and (
                    _honorific(tokens[j - 1]) or _dotted(tokens[j - 1])))):
                break
            if tok.text == "." or (tok.text in NAME_PARTICLES and (j == i or tokens[j - 1].is_cap)
                                   and _particle_run(tokens, j) > 0):
                if tok.text == "." and tokens[j - 1].bare_lower in ABBREVIATED_SUFFIXES and last_head == j - 1:
                    last_head = j  # "Donald Trump Jr.": the dot ends the name
                j += 1  # "Michael J. Fox", "Ursula von der Leyen", "de Blasio"
                continue
            low = tok.bare_lower
            tail = _relation_tail(tokens, j) if j > i and tokens[j - 1].bare_lower in RELATION_HEADS else None
            if tail is not None:  # "a source close to the chancellor", "an aide to the PM"
                last_head = tail
                break
            if tok.is_cap and low in {"no", "number"} and j + 1 < n and tokens[j + 1].lower in {"10", "ten"}:
                last_head = j + 1  # "No 10", "Number 10": Downing Street
                j += 2
                continue
            if low in _CONNECTORS and _connects(tokens, i, j):
                j += 1  # "Institute for Fiscal Studies", "president of the Trade Union Congress"
                continue
            if (low in _STOP_OR_NOT_NAME or last_head == j - 1) and _ends_chunk(tokens, i, j, low, last_head):
                break
            if j == i and low in _STOP and not _starts_chunk(tokens, j, low):
                return None
            if (tok.is_cap and is_name_word(tok)) or low in _HEADS or low in BODY_ALIASES or (
                j == i + 1 and tokens[i].lower == "the" and _is_epithet(low)
            ):
                last_head = j  # a name word, a head, a body's name; "the 45-year-old", "the Spaniard"
            j += 1
        return _chunk_end(tokens, i, last_head, joined) if last_head >= i else None

    def _joins_name(self, tokens: list[Token], i: int, j: int) -> bool:
        """A comma or "and" inside a body's name ("Department for Environment, Food and Rural Affairs",
        "Citizens for Responsibility and Ethics"), not before a person's name."""
        tok = tokens[j]
        n = len(tokens)
        if tok.text in {",", "and"} and _joins_body_name(tokens, i, j):
            return not self.registry.starts_name(tokens[j + 1].text)
        return (
            tok.bare_lower == "and" and j >= i + 2 and tokens[j - 2].lower in {"of", "for"} and tokens[j - 1].is_cap
            and j + 1 < n and tokens[j + 1].is_cap and (tokens[i].is_cap or tokens[i + 1].is_cap)
            and not self.registry.starts_name(tokens[j + 1].text)
        )

    def _resolve(self, tokens: list[Token], first: int, last: int) -> Mention | None:
        """Resolve the noun phrase at tokens [first, last] to a speaker, in named steps: a definite
        epithet, somebody near a person, a person and where from, then a name, a role or a body."""
        if tokens[first].lower == "the" and (
            (last == first + 1 and _is_epithet(tokens[last].lower)) or _is_party_epithet(tokens, first, last)
        ):
            return self._epithet(tokens, first, last)
        if last > first and _relation_at(tokens, first, last) is not None:
            return _relation_mention(tokens, first, last)
        cut = next((k for k in range(first + 2, last) if tokens[k].lower in {"of", "for"}), None)
        if cut is not None:
            # "Paul Johnson of the IFS", "Prime Minister Mark Carney of Canada": a person, then where from
            kind, _, names, honorific = classify_chunk(tokens[first:cut])
            if kind == "name" and len(names) >= 2 and self.registry.person_for_name(names, honorific):
                person = self._resolve(tokens, first, cut - 1)
                if person is not None:  # the phrase is the subject: "Ann Lee of the IFS said"
                    person.last, person.end = last, tokens[last].end
                return person
        words = _no_suffix_commas(tokens[first : last + 1])
        kind, role_words, name_words, honorific = classify_chunk(words)
        after_prep = follows_preposition(tokens, first)
        phrase = _Phrase(tokens, first, last, words, role_words, name_words, honorific, after_prep)
        if kind == "name":
            return self._resolve_name(phrase)
        if kind == "role":
            return self._resolve_role(phrase)
        if kind == "body":
            return self._resolve_body(phrase)
        return None

    def _epithet(self, tokens: list[Token], first: int, last: int) -> Mention | None:
        """A definite epithet ("said the 45-year-old", "The Spaniard added") for the person just named."""
        recent = self._recent_mention(None, within=6)
        person = recent.person if recent else None
        if person is None:
            return None
        return Mention(first, last, tokens[first].start, tokens[last].end, "role", person.name,
                       person.gender, follows_preposition(tokens, first), person,
                       via=recent, how="epithet")

    def _resolve_name(self, p: _Phrase) -> Mention | None:
        """A person's name: one the article knows ("Ms Cooper" for Yvette Cooper), else a new one."""
        person = self.registry.person_for_name(p.name_words, p.honorific)
        how = "short-name"
        if person is None:
            how = "name"
            if len(p.name_words) >= 2:
                placed = p.first > 0 and p.tokens[p.first - 1].lower in _PLACE_ONLY
                if placed and not p.honorific and not p.role_words:
                    return p.mention("name", " ".join(p.name_words), how="name")
                person = self.registry.add_name(p.name_words, p.honorific)
            else:
                found = self._single_name(p)
                if not isinstance(found, PersonRecord):
                    return found
                person = found
        elif person.name == " ".join(strip_possessive(w) for w in p.name_words):
            how = "name"
        if person is None:
            return None
        person.aliases.add(" ".join(t.text for t in p.words))
        if p.role_words:
            self.registry.learn_role(p.role_words, person)
        self._learn_title(person, p.honorific)
        return p.mention("name", person.name, person.gender, person, how=how)

    def _single_name(self, p: _Phrase) -> Mention | PersonRecord | None:
        """One capitalised word the article has not named in full: a body alias ("No10"), a company
        ("NetChoice"), a person acting ("Lopez said"), or nobody ("in London", "Figures showed")."""
        tokens, first, last = p.tokens, p.first, p.last
        single = strip_possessive(p.name_words[0]) if p.name_words else ""
        alias = BODY_ALIASES.get(single.lower())
        if alias:
            return p.mention("body", alias, how="alias")
        if not single:
            return None
        nxt = tokens[last + 1].lower if last + 1 < len(tokens) else ""
        acts = nxt in _SUBJECT_FOLLOWERS or nxt == ":" or (nxt.endswith("ed") and len(nxt) > 3)
        if _CAMEL_BODY.fullmatch(single) and not p.after_prep and (acts or nxt == ","):
            return p.mention("body", single, proper=True, how="name")  # "NetChoice said", "NetChoice, a trade group,"
        if not _SURNAME.fullmatch(single):
            return None  # "N.Y.", "G7": not a person's name
        if (fullest := self._fullest_body_name(single)) != single:
            return p.mention("body", fullest, proper=True, how="name")  # "Unite" of "Unite the Union"
        if nxt == "," and last + 3 < len(tokens) and tokens[last + 2].text.isdigit():
            acts = acts or tokens[last + 3].text == ","  # "Amy, 32, from Bolton, said"
        acts = acts or (nxt == "," and _apposition_then_verb(tokens, last + 1))
        if single.endswith("s") and nxt in {"were", "are", "have", "had"}:
            acts = False  # "Brits had been sold a lie": a plural, not a person
        if first == 0 and acts and not p.honorific and nxt not in SPEECH_VERBS and self._common_noun(single):
            return None  # "Figures published on Thursday showed": a common noun, no person
        if not (p.honorific or p.role_words or acts):
            # "in London", "Hitting out at ...": a capital that is not a person acting; a
            # speaker only if a verb follows, and never a pronoun's antecedent.
            if first == 0 or p.after_prep:
                return None
            return p.mention("name", single, how="name")
        return self.registry.add_single(single, p.honorific)

    def _resolve_role(self, p: _Phrase) -> Mention | None:
        """A role or title: the person the article gave it, the person just named ("the PM"), or the
        role itself as an anonymous speaker ("a government source")."""
        words = p.words
        key = role_key([t.bare if t is not words[-1] else t.text for t in words])
        indefinite = words[0].lower in {"a", "an", "one", "another"}
        person = None if indefinite else self.registry.person_for_role(key)
        if len(words) == 1 and words[0].is_cap and person is None:
            # "King said" after "Martin Luther King III": a surname that is also a role word
            person = self.registry.person_for_name([words[0].text], None)
            if person is not None:
                return p.mention("name", person.name, person.gender, person, how="short-name")
        via: Mention | None = None
        how = "role"
        if person is None:
            via, how = self._role_holder(p, key, indefinite)
            person = via.person if via is not None else None
        if person is None:
            # "A superintendent told the trial ..." then "Supt Ann Lee, of Ennis station, ...": a role
            # the article introduces before the name it gives next ("Food firm boss hits back", a headline;
            # "the Democratic chair of the finance committee ... Maria Ortiz")
            person = self.registry.holder_named_after(key, words[0].start, _NAMED_AFTER_WITHIN)
            how = "named-after" if person is not None else how
        if person is None:
            # "the judge said" with no judge named, "a government source": the role stands for its
            # speaker while the article is read (a "they" can mean it), but names nobody (``names_nobody``).
            anonymous = body_name([t.text for t in words])
            return p.mention("role", anonymous or None, how="role")
        person.aliases.add(" ".join(t.text for t in words))
        return p.mention("role", person.name, person.gender, person, via=via, how=how)

    def _role_holder(self, p: _Phrase, key: str, indefinite: bool) -> tuple[Mention | None, str]:
        """For a role the article has tied to nobody: the recent mention of the person it stands for
        ("said the 34-year-old striker"; "The Prime Minister warned" after the PM is named), and how."""
        words = p.words
        lows = [t.lower for t in words]
        head = words[lows.index("of") - 1] if "of" in lows[1:] else words[-1]  # "the Leader of the Opposition"
        if len(words) > 2 and words[0].lower == "the" and _is_epithet(words[1].lower):
            recent = self._recent_mention(None, within=6)  # as "the 34-year-old"
            if recent is not None:
                return recent, "epithet"
        owned = any(t.is_possessive for t in words[:-1])
        modified = bool(OFFICE_MODIFIERS.intersection(lows))  # "the shadow home secretary": another office
        if head.bare_lower in TITLE_HEADS and not indefinite and not owned and not modified and words[0].lower == "the":
            # A definite title the article has not tied to a name yet stands for the person just met;
            # one with a modifier ("shadow", "former", "deputy") names a different office, not that person.
            recent = self._recent_mention(None, within=6, office=role_key([head.bare]), key=key)
            if recent is not None and recent.person is not None:
                self.registry.learn_role([t.text for t in words], recent.person)
                return recent, "role"
        if head.bare_lower in EPITHET_HEADS and words[0].lower == "the" and not owned and not modified:
            # "said the convicted lobbyist": the person in focus, unless the article gave them another role
            # a fraudster may be "the defendant"; a judge never is
            recent = next((m for m in reversed(self.history[-6:]) if m.person is not None
                           and all(r.split()[-1] in EPITHET_HEADS for r in m.person.roles)), None)
            if recent is not None:
                return recent, "epithet"
        return None, "role"

    def _resolve_body(self, p: _Phrase) -> Mention:
        """A body: by its own name ("Ford Motor Co"), "the company" just named, or its description."""
        words, role_words, name_words = p.words, p.role_words, p.name_words
        proper = False
        if name_words and not role_words:
            name = name_words[0] if len(name_words) == 1 else body_name(name_words)
            proper = words[-1].is_cap and name not in _ALIAS_NAMES and \
                strip_possessive(name_words[-1]).lower() not in PLURAL_PERSON_HEADS
        elif len(words) == 2 and words[0].lower == "the" and words[1].lower in GENERIC_BODIES:
            named = self._recent_body(words[1].lower)  # "The company said": the company just named
            if named is not None:
                return p.mention("body", named.speaker, via=named, how="body")
            name = body_name([t.text for t in words])
        else:
            name = body_name(role_words + name_words if name_words else [t.text for t in words])
        if proper:
            name = self._fullest_body_name(name)
        return p.mention("body", name, proper=proper, how="name")

    def _fullest_body_name(self, name: str) -> str:
        """A body's fullest name in the story: "Unite" is "Unite the Union" where the article writes that
        (its name, a small word, capitalised words ending in a body noun). The article is read for such
        names once (one pass, whatever the number of names)."""
        if " " in name:
            return name
        if self._fullest is None:
            self._fullest = {}
            for m in _BODY_NAME.finditer(self.raw):
                full = m.group(1)
                if full.split()[-1].lower() in BODY_HEADS:
                    self._fullest.setdefault(full.split()[0], full)
        return self._fullest.get(name, name)

    def _common_noun(self, word: str) -> bool:
        """A capitalised sentence-initial plural that is a common noun: a document noun ("Figures",
        "Records"), or one the article also writes in lower case ("Prices ... rising prices")."""
        low = word.lower()
        if low in DOCUMENT_NOUNS:
            return True
        if len(low) < 4 or not low.endswith("s") or low.endswith(("ss", "us", "is")):
            return False
        if self._lower_words is None:
            self._lower_words = frozenset(_LOWER_WORD.findall(self.raw))
        return low in self._lower_words

    def _recent_body(self, noun: str) -> Mention | None:
        """The organisation named by its own name in the last three sentences; one whose name has ``noun``
        ("Bank of America" for "the bank") before a later one that has not."""
        recent = [m for m in self.history[-12:]
                  if m.proper and m.speaker and m.sentence >= self.sentence_no - 3]
        if not recent:
            return None
        same = [m for m in recent if noun in (m.speaker or "").lower().split()]
        return (same or recent)[-1]

    def _pronoun(self, tokens: list[Token], i: int, pronoun: str | None = None) -> Mention:
        tok = tokens[i]
        pronoun = pronoun or tok.lower
        gender = PRONOUNS.get(pronoun)
        if pronoun == "it":  # "it said": the organisation in focus (a proper body named in the last sentences)
            focus = next((m for m in reversed(self.history[-6:]) if m.kind == "body"), None)
            named = focus if focus is not None and (focus.proper or focus.via is not None) else None
            return Mention(i, i, tok.start, tok.end, "pronoun", named.speaker if named else None, None,
                           via=named, how="pronoun")
        if pronoun == "they":
            # A body, or the singular "they" of an unnamed source ("One backbencher ... they said").
            body = next((m for m in reversed(self.history[-4:])
                         if m.kind == "body" or (m.kind == "role" and m.person is None)), None)
            speaker = body.speaker if body else None
            return Mention(i, i, tok.start, tok.end, "pronoun", speaker, None, via=body, how="pronoun")
        recent = self._recent_mention(gender, earlier_only=_trailing_cue(tokens, i))
        person = recent.person if recent else None
        m = Mention(i, i, tok.start, tok.end, "pronoun", person.name if person else None, gender,
                    False, person, self.sentence_no, via=recent, how="pronoun")
        if person is not None:
            # "Judge Lee refused to give him credit for the years he served": a pronoun inside its
            # antecedent's sentence may mean another; one reaching back across sentences, or the subject
            # of what a speaker said ("Ann Lee said (that) she"), teaches a gender
            if person.gender is None and gender and recent is not None and (
                recent.sentence < self.sentence_no or _reported_subject(tokens, i)
            ):
                person.gender = gender
            self.history.append(m)
        return m

    def _recent_mention(
        self, gender: str | None, within: int | None = None, office: str | None = None, key: str = "",
        *, earlier_only: bool = False,
    ) -> Mention | None:
        """The mention of the most salient compatible person: the first one named in the latest sentence
        naming one.

        Subjects come first in English sentences, so the first mention of the latest sentence
        is a better antecedent than the last one ("Sir Keir Starmer and Emmanuel Macron agreed
        ... The prime minister said").
        """
        history = self.history if within is None else self.history[-within:]
        if key:  # "the Newcastle boss": one the article made manager beats one with no office
            holder = next((m for m in reversed(history) if m.person is not None
                           and any(_holds(r, key) for r in m.person.roles)), None)
            if holder is None and office is not None and not OFFICE_WORDS.intersection(key.split()[:-1]):
                # a generic title ("the Cabinet minister", "the host") for the holder of an office it covers
                head = office.split()[-1]
                covered = OFFICE_FAMILIES.get(head, frozenset()) | _OFFICE_SYNONYMS.get(head, frozenset()) | {head}
                holder = next((m for m in reversed(history) if m.person is not None
                               and any(r.split()[-1] in covered for r in m.person.roles)), None)
            if holder is not None:
                return holder
        best: Mention | None = None
        for m in reversed(history[-_LOOKBACK:]):  # bounded: one sentence of thousands of pronouns stays linear
            if m.person is None or (earlier_only and m.sentence == self.sentence_no):
                continue
            pg = m.person.gender
            if gender is not None and pg is not None and pg != gender:
                continue
            if office is not None and any(not _same_office(r.split()[-1], office.split()[-1]) for r in m.person.roles):
                continue  # "the home secretary" is not the person the article has made prime minister
            if best is not None and m.sentence != best.sentence:
                break
            # "Ann Lee and Tom Hale ... He said": one known to be a man beats one of unknown gender.
            if best is None or _salience(m, gender) <= _salience(best, gender):
                best = m
        return best


@dataclass(slots=True)
class _Phrase:
    """A noun phrase being resolved: tokens [first, last] of a sentence and how ``classify_chunk`` read it."""

    tokens: list[Token]
    first: int
    last: int
    words: list[Token]
    role_words: list[str]
    name_words: list[str]
    honorific: str | None
    after_prep: bool
    """The phrase follows a preposition ("met with Ann Lee"): less likely a subject."""

    def mention(
        self, kind: str, speaker: str | None, gender: str | None = None, person: PersonRecord | None = None,
        *, proper: bool = False, via: Mention | None = None, how: str = "",
    ) -> Mention:
        """The phrase as a mention of ``speaker``."""
        return Mention(self.first, self.last, self.words[0].start, self.words[-1].end, kind, speaker, gender,
                       self.after_prep, person, proper=proper, via=via, how=how)


def _relation_at(tokens: list[Token], first: int, last: int) -> int | None:
    """A relation noun inside [first, last] followed by "close"/"to"/"for"/"of" ("an aide to the PM")."""
    return next(
        (k for k in range(first, last) if tokens[k].bare_lower in RELATION_HEADS
         and tokens[k + 1].lower in {"close", "to", "for", "of"}),
        None,
    )


def _relation_mention(tokens: list[Token], first: int, last: int) -> Mention:
    """Somebody near the person named after the relation noun, never that person: the phrase is the speaker."""
    texts = [t.text for t in tokens[first : last + 1]]
    if texts[0].lower() in {"the", "a", "an", "one"}:
        texts = texts[1:]
    name = " ".join(texts)
    after_prep = follows_preposition(tokens, first)
    return Mention(first, last, tokens[first].start, tokens[last].end, "role", name[:1].upper() + name[1:], None,
                   after_prep, how="description")


_NOT_MODIFIERS = frozenset("least most than and or but nor that who which whom as if".split())


def follows_preposition(tokens: list[Token], first: int) -> bool:
    """The noun phrase starting at ``first`` is a preposition's object, also after up to two lowercase
    modifiers ("with military leaders", "to the angry crowd"); "at least three officials" is a subject."""
    j = first - 1
    for _ in range(2):
        if j < 0 or tokens[j].lower in PLACE_PREPOSITIONS:
            break
        tok = tokens[j]
        if not tok.is_word or tok.is_cap or tok.lower in _NOT_MODIFIERS or tok.lower in SPEECH_VERBS:
            return False
        j -= 1
    return j >= 0 and tokens[j].lower in PLACE_PREPOSITIONS


def apposition_subject_end(tokens: list[Token], first: int) -> int:
    """The last token of the noun phrase that an apposition starting at ``first`` describes: the token
    before its comma, or before an age between commas ("Ann Lee, 45, a nurse"); -1 if no comma."""
    k = first - 2
    if k < 0 or tokens[k + 1].text != ",":
        return -1
    if k >= 2 and tokens[k].text[:1].isdigit() and tokens[k - 1].text == ",":
        return k - 2
    return k


def _before_apposition(tokens: list[Token], comma: int, m: Mention) -> bool:
    """"the Citizens Budget Commission, a fiscal watchdog, which warned": ``m`` ends right before an
    apposition of common nouns (one that is no mention of its own) that the comma at ``comma`` closes."""
    for c in range(comma - 2, max(0, comma - 8), -1):
        tok = tokens[c]
        if tok.text == ",":
            return m.last == c - 1 and tokens[c + 1].lower in {"a", "an", "the"}
        if not tok.is_word:
            return False
    return False


def _connects(tokens: list[Token], i: int, j: int) -> bool:
    """ "of", "for", "on" (at ``j``) between a capital or a head and a capital: "Institute for Fiscal Studies"."""
    n = len(tokens)
    return j > i and j + 1 < n and (tokens[j - 1].is_cap or _is_head(tokens[j - 1])) and (
        tokens[j + 1].is_cap or (tokens[j + 1].lower == "the" and j + 2 < n and tokens[j + 2].is_cap)
    )


_STOP_OR_NOT_NAME = _STOP | NOT_NAMES
"""Words that may end a noun phrase (checked first, before the full test)."""


def _ends_chunk(tokens: list[Token], i: int, j: int, low: str, last_head: int) -> bool:
    """A word that ends the noun phrase: a function word or a verb after a name ("Tom Hale met Ann Lee")."""
    tok = tokens[j]
    if tokens[j - 1].is_possessive and tok.is_word and not tok.is_cap and low not in STOPWORDS \
            and low not in _SUBJECT_FOLLOWERS:
        return False  # "Fidelity's share dealing service": after a possessive, a noun, not a verb
    if j > i and (low in _STOP or (tok.is_cap and low in NOT_NAMES and not _honorific(tok))) \
            and not _first_of_office(tokens, j) and not _capital_preposition(tokens, j) \
            and not (tok.is_cap and tokens[j - 1].lower in _CONNECTORS and low not in NOT_NAMES):
        return True  # (but "Secretary of State": a capital after "of" names the office's field)
    prev = tokens[j - 1]
    return (
        last_head == j - 1 and not tok.is_cap and not _is_head(tok) and prev.is_cap
        and not prev.is_possessive and not _honorific(prev)
    )


def _starts_chunk(tokens: list[Token], j: int, low: str) -> bool:
    """A word a noun phrase may start with: not a function word, unless an article, an honorific, a
    body's name or the first word of an office."""
    tok = tokens[j]
    return (
        low not in _STOP or low in {"the", "a", "an"}
        or (tok.is_cap and (_honorific(tok) or low in BODY_ALIASES)) or _first_of_office(tokens, j)
    )


def _chunk_end(tokens: list[Token], i: int, last_head: int, joined: int) -> tuple[int, int] | None:
    """(first, last) of the noun phrase, or None when no head was found; "the Department of Justice and
    FBI officials" is two phrases. "Labour's shadow home secretary": a possessive is a modifier unless it
    ends the phrase."""
    if last_head < i:
        return None
    if i < joined < last_head and tokens[last_head].bare_lower in PLURAL_PERSON_HEADS \
            and not tokens[last_head].is_cap:
        return i, joined - 1
    return i, last_head


def _joins_body_name(tokens: list[Token], i: int, j: int) -> bool:
    """A "," or "and" inside a body's name: a capitalised body head, a connector, then a list of capitalised
    words ("Department of Health and Social Care", "Department for Culture, Media and Sport")."""
    if not (i < j - 2 and j + 1 < len(tokens) and tokens[j - 1].is_cap and tokens[j + 1].is_cap):
        return False
    connector = next((x for x in range(j - 1, i, -1) if tokens[x].lower in _CONNECTORS), -1)
    if connector < 0 or not (tokens[connector - 1].is_cap and tokens[connector - 1].bare_lower in BODY_HEADS):
        return False
    if tokens[j].text == "and":
        return True
    for x in range(j + 2, min(j + 6, len(tokens) - 1)):  # a comma: the list must end in "and" and a capital
        if tokens[x].lower == "and":
            return tokens[x + 1].is_cap
        if not (tokens[x].is_cap or tokens[x].text == ","):
            return False
    return False


def _office_start(tokens: list[Token], j: int) -> int:
    """For a name run after ``j``: where the office before it starts ("Secretary of State Marco Rubio",
    "Chancellor of the Exchequer Rachel Reeves"), so that the run is read with it; else ``j + 1``."""
    k = j - 1 if j >= 0 and tokens[j].lower == "the" else j
    if k >= 1 and tokens[k].lower in {"of", "for"} and tokens[k - 1].bare_lower in ROLE_HEADS:
        return k - 1
    return j + 1


def _capital_preposition(tokens: list[Token], k: int) -> bool:
    """A capitalised preposition between two capitalised words: part of a name ("Surfers Against Sewage")."""
    return (tokens[k].is_cap and tokens[k].lower in PLACE_PREPOSITIONS and 0 < k < len(tokens) - 1
            and tokens[k - 1].is_cap and tokens[k + 1].is_cap and not tokens[k + 1].is_quote)


def _first_of_office(tokens: list[Token], k: int) -> bool:
    """"First" naming an office with the role noun after it: "the First Minister", "first secretary"."""
    return tokens[k].lower == "first" and k + 1 < len(tokens) and tokens[k + 1].bare_lower in ROLE_HEADS


def _is_epithet(low: str) -> bool:
    return low in DEMONYMS or low in PARTY_MEMBERS or (low.endswith("-year-old") and low[:1].isdigit())


def _is_party_epithet(tokens: list[Token], first: int, last: int) -> bool:
    """"the Texas Republican", "the New York Democrat": a party noun after a place, for the person just named."""
    return tokens[last].bare_lower in PARTY_MEMBERS and 1 < last - first <= 3 and all(
        is_name_word(t) for t in tokens[first + 1 : last]
    )


_DASHES = frozenset("—–-")


def _dateline_end(tokens: list[Token]) -> int:
    """Past a wire dateline ("ALBANY —", "KYIV/MOSCOW, March 3 (Reuters) -"): a place, never a speaker.

    Capitals only (a place in upper case, a date, the agency in brackets), then a dash and a capital.
    """
    if not (tokens[0].is_word and len(tokens[0].text) >= 3 and tokens[0].text.isalpha()):
        return 0
    for d in range(1, min(len(tokens) - 1, 12)):
        tok = tokens[d]
        if tok.text in _DASHES:
            after = d + 1
            while after < len(tokens) - 1 and tokens[after].text in _DASHES:
                after += 1  # "PHILADELPHIA (CBS) --": a dash typed as two hyphens
            nxt = tokens[after]
            later = tokens[after + 1 : after + 11]
            if (nxt.is_cap or nxt.is_quote) and not any(t.text in _DASHES for t in later):
                return after
            return 0
        if tok.is_word and not (tok.is_cap or tok.text[:1].isdigit()):
            return 0
    return 0


def _relation_tail(tokens: list[Token], j: int) -> int | None:
    """After a relation noun at ``j - 1``: the last token of "close to / to / for / of (the) X"."""
    n = len(tokens)
    k = j
    if tokens[k].lower == "close" and k + 1 < n and tokens[k + 1].lower == "to":
        k += 1
    if tokens[k].lower not in {"to", "for", "of"}:
        return None
    m = k + 1
    if m < n and tokens[m].lower in {"the", "a", "an"}:
        m += 1
    end = m
    while end < n and end - m < 5 and tokens[end].is_word and not tokens[end].is_quote and (
        tokens[end].is_cap or _is_head(tokens[end]) or tokens[end].lower in _ROLE_MODIFIERS
    ):
        end += 1
        if tokens[end - 1].is_possessive:
            break
    return end - 1 if end > m else None


_ROLE_MODIFIERS = OFFICE_MODIFIERS | OFFICE_WORDS
"""Lower-case words inside a role after "close to" / "for": "the prime minister", "the shadow home secretary"."""


_NAMED_AFTER_WITHIN = 800
"""How far (characters) after a role with no holder yet the name it introduces may come: the next
paragraph or two, as a headline or a lede introduces someone the body then names."""
_OFFICE_SYNONYMS = OFFICE_SYNONYMS
"""Heads that name one office two ways: "manager Eddie Howe ... the Newcastle boss said"."""


def _same_office(learned: str, head: str) -> bool:
    return learned == head or learned in _OFFICE_SYNONYMS.get(head, ())


def _holds(role: str, key: str) -> bool:
    """A learned role is the office ``key`` names: the same head (or a synonym) and no other qualifier
    ("manager" ~ "the Newcastle boss"; not "shadow home secretary" ~ "home secretary" ~ "foreign secretary")."""
    r, k = role.split(), key.split()
    if not _same_office(r[-1], k[-1]) or OFFICE_MODIFIERS.intersection(r) != OFFICE_MODIFIERS.intersection(k):
        return False
    return set(r[:-1]) <= set(k[:-1]) or set(k[:-1]) <= set(r[:-1])


def _salience(m: Mention, gender: str | None) -> tuple[bool, bool, int]:
    """Lower is more salient: the sentence's subject ("Ann Lee told Tom Hale ... He said" is Ann Lee,
    whatever is known of her gender), then a person whose gender is known to fit the pronoun, then ``_rank``."""
    unsure = gender is not None and m.person is not None and m.person.gender is None
    return not m.subject, unsure, _rank(m)


def _it_speaks(tokens: list[Token], i: int) -> bool:
    """"it said", "It added": "it" as the subject of a verb of saying."""
    return tokens[i].lower == "it" and i + 1 < len(tokens) and tokens[i + 1].lower in SPEECH_VERBS


def _verb_not_role(tokens: list[Token], i: int) -> bool:
    """"plans to host Starmer", "will coach Smith": a role word after "to" or a modal is a verb."""
    tok = tokens[i]
    return not tok.is_cap and i > 0 and tok.bare_lower in _HEADS and tokens[i - 1].lower in _BEFORE_VERB


def _apposition_then_verb(tokens: list[Token], comma: int) -> bool:
    """", presenter on the Today programme, asked": a description between commas, then a speech verb."""
    for x in range(comma + 1, min(len(tokens) - 1, comma + 13)):
        if tokens[x].is_quote or tokens[x].text in {".", ";", ":"}:
            return False
        if tokens[x].text == ",":
            return x > comma + 1 and tokens[x + 1].lower in SPEECH_VERBS
    return False


def _trailing_cue(tokens: list[Token], i: int) -> bool:
    """The pronoun at ``i`` is the subject of a cue after quoted words of its sentence ("Coulson must
    bear the 'blame', he told the court"): it means someone named before the sentence, never a person
    the reported words name."""
    if i == 0 or tokens[i - 1].text != "," or i + 1 >= len(tokens) or tokens[i + 1].lower not in SPEECH_VERBS:
        return False
    return any(t.is_quote for t in tokens[:i])


def _reported_subject(tokens: list[Token], i: int) -> bool:
    """The pronoun at ``i`` opens what a speaker said: "said he", "told reporters that she"."""
    j = i - 1
    if j >= 0 and tokens[j].lower == "that":
        j -= 1
    return j >= 0 and (tokens[j].lower in SPEECH_VERBS or (j >= 1 and tokens[j - 1].lower in SPEECH_VERBS))


def _clause_start(tokens: list[Token]) -> int:
    """Where the main clause of a sentence starts: after the comma of a fronted clause ("Noting that
    Tesco grew, Ann Lee said ..."; "Asked if Tom Hale lied, Ann Lee said ..."; a participle: "Presented
    with the figures, ..."), else at its first word."""
    first = next((i for i, t in enumerate(tokens) if t.is_word), None)
    if first is None:
        return 0
    low = tokens[first].lower
    participle = len(low) > 4 and low.endswith(("ing", "ed")) and first + 1 < len(tokens) and (
        tokens[first + 1].text != "," and not tokens[first + 1].is_cap
    )  # "Presented with the figures, Tom Hale ..."; not "Redding, 45, said"
    if low not in CLAUSE_OPENERS and not participle:
        return 0
    comma = next((i for i in range(first + 1, len(tokens)) if tokens[i].text == "," and not tokens[i].is_quote),
                 None)
    return comma + 1 if comma is not None else 0


def _mark_subject(tokens: list[Token], out: list[Mention]) -> None:
    """Mark the sentence's subject: its first mention in the main clause, not a possessor nor after a
    preposition, and any mention joined to it by "and"; none when the main clause opens with a quote."""
    start = _clause_start(tokens)
    subject: Mention | None = None
    for m in out:
        if m.first < start or m.kind == "relative":
            continue
        if subject is None:
            if m.possessive or m.after_preposition:
                return
            if any(t.is_quote for t in tokens[start : m.first]):
                return  # '"We won," said Ann Lee': a quote, not a subject, opens the clause
            subject = m
            m.subject = True
            continue
        between = tokens[subject.last + 1 : m.first]
        if between and all(t.lower in {"and", ","} for t in between) and between[-1].lower == "and":
            m.subject = True
            subject = m
        else:
            return


def _rank(m: Mention) -> int:
    """Salience within a sentence: a plain subject-like mention beats a possessor or a prepositional object."""
    return int(m.possessive) + int(m.after_preposition)
