"""Which outlet published an article: from a dateline, a byline, a web host, or furniture that names it.

Wire datelines name their agency ("LONDON, Sept 14 (Reuters) -"), bylines their paper ("By Jane Doe,
CNN"), and newsletter prompts their own title ("Join our Mirror politics WhatsApp group"). A small table
of well-known outlets turns the names and host names they use into one canonical name each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from quotecheck.extract.lexicon import SURNAME_PARTICLES, alternation
from quotecheck.ingest.dates import month_number

__all__ = [
    "Dateline", "canonical_outlet", "find_dateline", "outlet_from_furniture", "outlet_from_host", "outlet_from_page",
]

# canonical name: (names and abbreviations used in text, web hosts)
_OUTLETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "BBC News": (("BBC", "BBC News", "BBC Online"), ("bbc.co.uk", "bbc.com")),
    "Reuters": (("Reuters", "Thomson Reuters"), ("reuters.com",)),
    "Associated Press": (("AP", "Associated Press", "The Associated Press"), ("apnews.com",)),
    "AFP": (("AFP", "Agence France-Presse", "Agence France Presse"), ("afp.com",)),
    "PA Media": (("PA", "PA Media", "Press Association", "PA news agency"), ("pa.media",)),
    "Bloomberg": (("Bloomberg", "Bloomberg News"), ("bloomberg.com",)),
    "The Guardian": (("Guardian", "The Guardian", "Observer", "The Observer"), ("theguardian.com",)),
    "The Times": (("Times", "Sunday Times", "The Sunday Times"), ("thetimes.co.uk", "thetimes.com")),
    "The Telegraph": (("Telegraph", "Daily Telegraph", "The Daily Telegraph"), ("telegraph.co.uk",)),
    "Daily Mirror": (("Mirror", "The Mirror", "Daily Mirror", "Sunday Mirror"), ("mirror.co.uk",)),
    "The Sun": (("Sun", "The Sun", "Sun Online"), ("thesun.co.uk", "the-sun.com")),
    "Daily Mail": (("Mail", "MailOnline", "Mail Online", "Mail on Sunday"), ("dailymail.co.uk",)),
    "Daily Express": (("Express", "Daily Express", "Sunday Express"), ("express.co.uk",)),
    "GB News": (("GB News", "GBN"), ("gbnews.com", "gbnews.uk")),
    "Sky News": (("Sky News",), ("news.sky.com",)),
    "ITV News": (("ITV News", "ITV"), ("itv.com",)),
    "Channel 4 News": (("Channel 4 News",), ("channel4.com",)),
    "The Independent": (("Independent", "The Independent"), ("independent.co.uk",)),
    "The i Paper": (("i", "the i", "The i Paper", "i newspaper"), ("inews.co.uk",)),
    "The Herald": (("Herald", "The Herald", "Herald Scotland"), ("heraldscotland.com",)),
    "The Scotsman": (("Scotsman", "The Scotsman"), ("scotsman.com",)),
    "Evening Standard": (("Evening Standard", "Standard", "The Standard"), ("standard.co.uk",)),
    "Metro": (("Metro",), ("metro.co.uk",)),
    "Financial Times": (("Financial Times", "FT"), ("ft.com",)),
    "The Economist": (("Economist", "The Economist"), ("economist.com",)),
    "The Spectator": (("Spectator", "The Spectator"), ("spectator.co.uk",)),
    "New Statesman": (("New Statesman",), ("newstatesman.com",)),
    "HuffPost": (("HuffPost", "Huffington Post", "HuffPost UK"), ("huffingtonpost.co.uk", "huffpost.com")),
    "LBC": (("LBC",), ("lbc.co.uk",)),
    "Belfast Telegraph": (("Belfast Telegraph",), ("belfasttelegraph.co.uk",)),
    "The Irish Times": (("Irish Times", "The Irish Times"), ("irishtimes.com",)),
    "RTÉ": (("RTÉ", "RTE"), ("rte.ie",)),
    "CNN": (("CNN",), ("cnn.com",)),
    "The New York Times": (("NYT", "New York Times", "The New York Times"), ("nytimes.com",)),
    "The Washington Post": (("Washington Post", "The Washington Post"), ("washingtonpost.com",)),
    "The Wall Street Journal": (("WSJ", "Wall Street Journal", "The Wall Street Journal"), ("wsj.com",)),
    "USA Today": (("USA Today", "USA TODAY"), ("usatoday.com",)),
    "Politico": (("Politico", "POLITICO", "Politico Europe"), ("politico.com", "politico.eu")),
    "NBC News": (("NBC News", "NBC"), ("nbcnews.com",)),
    "CBS News": (("CBS News", "CBS"), ("cbsnews.com",)),
    "ABC News": (("ABC News", "ABC"), ("abcnews.go.com", "abc.net.au")),
    "Fox News": (("Fox News",), ("foxnews.com",)),
    "NPR": (("NPR",), ("npr.org",)),
    "Axios": (("Axios",), ("axios.com",)),
    "Al Jazeera": (("Al Jazeera",), ("aljazeera.com",)),
    "Deutsche Welle": (("Deutsche Welle", "DW"), ("dw.com",)),
    "Euronews": (("Euronews",), ("euronews.com",)),
    "Xinhua": (("Xinhua",), ("xinhuanet.com",)),
    "UPI": (("UPI", "United Press International"), ("upi.com",)),
    "dpa": (("dpa", "DPA"), ("dpa.com",)),
}  # fmt: skip

_BY_NAME: dict[str, str] = {
    variant.casefold(): canonical for canonical, (names, _) in _OUTLETS.items() for variant in (*names, canonical)
}
_BY_HOST: dict[str, str] = {host: canonical for canonical, (_, hosts) in _OUTLETS.items() for host in hosts}
# Variants as they appear in running text (case-sensitive: "the Sun", not "the sun"), longest first.
_IN_TEXT = re.compile(
    r"(?:"
    + "|".join(
        re.escape(v)
        for v in sorted(
            {v for canonical, (names, _) in _OUTLETS.items() for v in (*names, canonical) if len(v) > 1},
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])"
)

_MONTH_DAY = r"(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})(?:,?\s+(?P<year>\d{4}))?"
_DAY_MONTH = r"(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})\.?(?:\s+(?P<year2>\d{4}))?"
_PLACE = r"[A-Z][A-Za-z.'’\-]*(?:(?:,\s*|\s+)[A-Z][A-Za-z.'’\-]*){0,4}"
_DATELINE = re.compile(
    rf"(?:(?:[Dd]ate\s+)?(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})\s*"
    rf"|(?P<place>{_PLACE})(?:,\s*(?:{_MONTH_DAY}|{_DAY_MONTH}))?\s*)?"
    r"\((?P<agency>[A-Z][\w.&' -]{1,40})\)\s*(?:--|[-—–:])\s*"
)
_PARTICLE = alternation(SURNAME_PARTICLES)
_BYLINE = re.compile(rf"By\s+[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and|&|{_PARTICLE}))*\s*[,|]\s*")
_OUR = re.compile(r"\bour\s+")
_COPYRIGHT_NAME = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<name>[A-Z][\w&.' -]{1,40}?)"
    r"\s*(?:[.,;|]|\ball\s+rights\b|$)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dateline:
    """An agency dateline or byline: the outlet, and the date when it gives a full one."""

    outlet: str
    published: date | None = None
    month_day: tuple[int, int] | None = None
    """(month, day) of a dateline that gives no year."""


def canonical_outlet(name: str) -> str | None:
    """The table's name for an outlet name or variant ("the Mirror" -> "Daily Mirror"); None if unknown."""
    key = " ".join(name.split()).casefold()
    return _BY_NAME.get(key) or _BY_NAME.get(key.removeprefix("the "))


def outlet_from_host(host: str) -> str | None:
    """The outlet for a web host ("www.bbc.co.uk" -> "BBC News"); None if unknown."""
    host = host.lower().split(":")[0].rstrip(".")
    while host:
        if host in _BY_HOST:
            return _BY_HOST[host]
        _, _, host = host.partition(".")
    return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline or byline at the start of a paragraph, if any."""
    match = _DATELINE.match(text)
    if match is not None:
        agency = match["agency"].strip()
        outlet = canonical_outlet(agency)
        if outlet is None and not _looks_like_agency(agency, match["place"]):
            return None
        if match["iso"]:
            try:
                return Dateline(outlet or agency, published=date.fromisoformat(match["iso"]))
            except ValueError:
                return Dateline(outlet or agency)
        return _with_month_day(outlet or agency, match)
    byline = _BYLINE.match(text)
    if byline is not None:
        outlet_match = _IN_TEXT.match(text, byline.end())
        if outlet_match is not None:
            outlet = canonical_outlet(outlet_match.group())
            if outlet is not None:
                return Dateline(outlet)
    return None


def _looks_like_agency(agency: str, place: str | None) -> bool:
    """An unknown name in brackets counts only after a capitalised place, as in "KYIV (Ukrinform) -"."""
    return bool(place) and place is not None and place.split(",")[0].isupper() and len(agency.split()) <= 3


def _with_month_day(outlet: str, match: re.Match[str]) -> Dateline:
    month_name = match["month"] or match["month2"]
    day_text = match["day"] or match["day2"]
    year_text = match["year"] or match["year2"]
    month = month_number(month_name) if month_name else None
    if month is None or not day_text:
        return Dateline(outlet)
    day = int(day_text)
    if year_text:
        try:
            return Dateline(outlet, published=date(int(year_text), month, day))
        except ValueError:
            return Dateline(outlet)
    return Dateline(outlet, month_day=(month, day))


def outlet_from_furniture(texts: list[str]) -> str | None:
    """An outlet a furniture line names as its own ("Join our Mirror politics ...", "© 2023 Reuters")."""
    for text in texts:
        for our in _OUR.finditer(text):
            found = _IN_TEXT.match(text, our.end())
            if found is not None:
                outlet = canonical_outlet(found.group())
                if outlet is not None:
                    return outlet
        copyright_match = _COPYRIGHT_NAME.search(text)
        if copyright_match is not None:
            outlet = canonical_outlet(copyright_match["name"].strip())
            if outlet is not None:
                return outlet
    return None


# Words that end a news outlet's name: a general clue, not a list of outlets.
_MEDIA_WORDS = frozenset(
    "news times post herald standard journal telegraph guardian gazette chronicle tribune independent express "
    "mail mirror record echo leader examiner sun star metro radio tv online press observer courier argus "
    "advertiser sentinel globe insider review magazine wire bulletin dispatch voice today daily weekly".split()
)
_WORD = r"[A-Z][\w'’&-]*(?:\.\w+)*"
_NAME = rf"(?:The\s+)?{_WORD}(?:\s+(?:{_WORD}|of|&|and)){{0,3}}"
# Clues on the page itself, in order (one list of named rules): prompts that name their site
# ("notifications from The Post", "keeps The Journal open"), a masthead line that is only the name
# ("The Evening Standard", "- The Daily Post - Friday, September 5, 2008"), a title suffix ("Bridge
# approved | Sky News", "... - Metro US"), and "Follow The Post on Twitter".
_PAGE_RULES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("notifications prompt", re.compile(
        rf".{{0,60}}\b(?i:notifications|newsletters?|alerts|updates)\s+from\s+(?P<name>{_NAME})\b.{{0,80}}"), False),
    ("reader-support prompt", re.compile(
        rf".{{0,60}}\bkeeps\s+(?P<name>{_NAME})\s+(?:open|free|going|independent)\b.{{0,80}}"), False),
    ("masthead line", re.compile(rf"[-–—|]?\s*(?P<name>{_NAME})\s*(?:[-–—|,]\s*.{{0,40}})?"), True),
    ("title suffix", re.compile(rf".{{12,200}}?\s[-–—|]\s(?P<name>{_NAME})"), True),
    ("follow prompt", re.compile(
        rf"(?i:follow)\s+(?P<name>{_NAME})\s+on\s+(?i:twitter|x|facebook|instagram|threads|bluesky)\b.{{0,40}}"), True),
)
_BYLINE_WORDS = frozenset("reporter reporters correspondent editor staff writer team".split())
_PAGE_LINES = 12
"""Lines from the top of the page searched for a masthead, title suffix or prompt."""


def _media_name(name: str) -> bool:
    words = [w.strip(".") for w in name.split() if w.lower() != "the"]
    if not words or words[-1].lower() in _BYLINE_WORDS:
        return False  # "PA Reporter": a byline
    return (words[-1].lower() in _MEDIA_WORDS or canonical_outlet(words[0]) is not None)


def outlet_from_page(lines: list[str]) -> str | None:
    """The outlet the page names for itself by ``_PAGE_RULES``; None when it names none.

    A masthead, a title suffix or a "Follow" prompt must read as an outlet's name: one the table knows,
    one that ends with a news word ("Riverside Post") or one that starts with a known one ("Metro US"); a
    notification or reader-support prompt names its own site, whatever the name.
    """
    top = [" ".join(line.split()) for line in lines[:_PAGE_LINES] if line.strip()]
    for rule, pattern, strict in _PAGE_RULES:
        for line in top:
            match = pattern.fullmatch(line)
            if match is None:
                continue
            name = match["name"].strip(" .,")
            if rule == "masthead line" and len(name.split()) < 2:
                continue  # "News", "PA": a section label or a photo credit
            known = canonical_outlet(name)
            if known is not None:
                return known
            if not strict or _media_name(name):
                return name
    return None
