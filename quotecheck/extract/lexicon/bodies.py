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
