"""Bodies that speak: organisation head nouns, their aliases, and the documents they issue."""

from __future__ import annotations

BODY_HEADS: frozenset[str] = frozenset(
    "government party office department ministry council committee commission agency union "
    "congress court police service services group association institute foundation trust charity "
    "company firm bank board authority regulator opposition administration campaign coalition "
    "parliament senate house cabinet treasury embassy spokesman network organisation organization "
    "federation league society club team army navy force forces unit family".split()
)
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "filing filings document documents papers records record report memo letter complaint indictment "
    "lawsuit transcript data figures estimate estimates survey poll study analysis".split()
)
"""Nouns for a document a body noun may modify: "according to a court filing" credits no speaker."""
GENERIC_BODIES: frozenset[str] = frozenset(
    "company firm group union bank organization organisation charity agency association committee".split()
)
"""Body nouns that, with "the" alone, stand for the organisation the article has just named ("Ford Motor
Co. is recalling ... The company said")."""
# Bodies that are named by a bare proper noun.
BODY_ALIASES: dict[str, str] = {
    "labour": "Labour Party",
    "tories": "Conservative Party",
    "tory": "Conservative Party",
    "conservatives": "Conservative Party",
    "conservative": "Conservative Party",
    "lib dems": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats",
    "snp": "Scottish National Party",
    "reform uk": "Reform UK",
    "plaid cymru": "Plaid Cymru",
    "greens": "Green Party",
    "no10": "Downing Street",
    "no 10": "Downing Street",
    "number 10": "Downing Street",
    "number ten": "Downing Street",
    "downing street": "Downing Street",
    "whitehall": "Whitehall",
    "the white house": "White House",
    "white house": "White House",
    "the kremlin": "Kremlin",
    "kremlin": "Kremlin",
    "the government": "Government",
    "government": "Government",
    "democrats": "Democratic Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "home office": "Home Office",
    "the home office": "Home Office",
    "foreign office": "Foreign Office",
    "the treasury": "Treasury",
    "treasury": "Treasury",
    "pentagon": "Pentagon",
    "the pentagon": "Pentagon",
    "state department": "State Department",
    "the state department": "State Department",
    "europol": "Europol",
    "brussels": "European Commission",
    "the eu": "European Union",
    "eu": "European Union",
    "nhs": "NHS",
    "the nhs": "NHS",
}
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    "co corp inc llc ltd plc corporation incorporated holdings bancorp".split()
)
"""Words that end a company's name ("Ford Motor Co.", "Acme Holdings")."""
PLACE_NOUNS: frozenset[str] = frozenset(
    "street palace house hall square city county state republic kingdom union island islands sea ocean river "
    "channel court airport station road avenue bridge tower centre center hospital school college university".split()
)
"""Nouns that end the name of a place or building ("Downing Street", "Buckingham Palace")."""
PLACE_NAMES: frozenset[str] = frozenset(
    "eu uk us usa europe britain england scotland wales ireland france germany".split()
)
"""Places named in reporting often enough to be mistaken for a name word."""
POLICY_NOUNS: frozenset[str] = frozenset("brexit asylum courts act bill plan scheme deal agreement wall seats".split())
"""Nouns of policy and law that end a capitalised phrase ("the Rwanda Bill", "the Safety Act")."""
OUTLET_WORDS: frozenset[str] = frozenset(
    "radio news times guardian telegraph mirror express mail sun post herald independent "
    "programme show tv bbc itv lbc sky cnn fox channel today".split()
)
"""Words of outlet names ("Times Radio", "Sky News", "LBC")."""
NOT_PERSON_WORDS: frozenset[str] = COMPANY_SUFFIXES | PLACE_NOUNS | PLACE_NAMES | POLICY_NOUNS | OUTLET_WORDS
"""Capitalised words that make a phrase a thing, a place or a body, never a person's name."""
