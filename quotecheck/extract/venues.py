"""Venues: where words were said or published ("told LBC", "in an interview with the Times").

A venue is set only where the sentence ties it to the credit; the quotation
itself is masked, so a programme named inside a quote is never taken.
"""

from __future__ import annotations

import re

from quotecheck.extract.lexicon import (
    AUDIENCE_PEOPLE,
    BODY_HEADS,
    COURT_AUDIENCES,
    COURT_OCCASIONS,
    MEDIA_NAMES,
    MEDIA_NOUNS,
    MONTHS,
    NAME_HONORIFICS,
    OCCASIONS,
    OFFICE_OPENERS,
    OUTLET_NOUNS,
    PLATFORMS,
    ROLE_HEADS,
    TITLE_HEADS,
    TONE_WORDS,
    WEEKDAYS,
    WIRE_NAMES,
    alternation,
)
from quotecheck.extract.tokens import Token

_MEDIA_WORDS = "|".join(alternation(words) for words in (MEDIA_NAMES, MEDIA_NOUNS, PLATFORMS, WIRE_NAMES))
_MEDIA_WORDS += r"|[A-Z]{2,}[0-9]?"  # "BBC", "LBC", "GB News", "ITV1"
_MEDIA = re.compile(rf"\b(?:{_MEDIA_WORDS})\b")
_CAP = r"[A-Z0-9][\w’'&.\-]*"
# A media name: capitalised words, possessives, digits, and the words programme/show/podcast.
_MEDIA_NP = (
    rf"(?:(?:the|The)\s+)?{_CAP}"
    rf"(?:\s+(?:{_CAP}|programme|show|podcast|radio|channel|newspaper|magazine|website|news\s+agency|agency|"
    rf"(?:with|of\s+the|of|the)(?=\s+[A-Z])))*"
)
# "the" or "of the" inside a title ("Meet the Press", "Match of the Day"), not after an outlet's name
# ("told the Times the Prime Minister ...", "told the BBC of the Government's plan").
_CONNECTOR_AFTER_MEDIA = re.compile(rf"\b(?:{_MEDIA_WORDS})(?P<cut>(?:’s|'s)?\s+(?:of\s+)?the\b)")
_HONORIFIC = rf"(?:{alternation(NAME_HONORIFICS + OFFICE_OPENERS, capitalise=True)})\b"
_NAME_TITLE = alternation(NAME_HONORIFICS, capitalise=True)
_NOT_MODIFIER = (
    r"(?:of|the|a|an|his|her|their|its|our|to|and|or|but|that|this|which|who|with|for|in|on|at|by|from|"
    r"where|when|while|as|is|was|are|were|be|been|has|had|have|not|after|before|since|during|than)\b"
)
_MODIFIERS = rf"(?:(?!{_NOT_MODIFIER})[\w’'\-]+\s+)"
_PEOPLE_WORDS = alternation(AUDIENCE_PEOPLE)
"""The people told, as an audience ("told reporters")."""
_AUDIENCE = (
    # a named committee or an occasion first, before "the Commons" can take its first word
    rf"(?:a|the)\s+{_MODIFIERS}{{0,4}}(?:[Cc]ommittee|[Ss]ubcommittee)|"
    rf"(?:a|an|the)\s+{_MODIFIERS}{{0,3}}(?:press\s+conference|news\s+conference|conference|rally|hearing|"
    r"meeting|briefing|summit|crowd|gathering|audience|convention|hustings)|"
    rf"{_PEOPLE_WORDS}|the Commons|the House of Commons|the House of Lords|the Lords|parliament|Parliament|"
    r"the court|the jury|the tribunal|the inquiry|Congress"
)
_DAY_OR_MONTH = alternation(WEEKDAYS + MONTHS, capitalise=True)
_WHEN = rf"(?:{_DAY_OR_MONTH}|\d)"
_BARE_WHEN = re.compile(rf"(?:{_DAY_OR_MONTH})(?:\s+\d+)?")
_TIME_WORDS = (
    r"on|last|this|earlier|later|yesterday|today|tonight|in\s+(?:19|20)\d\d|at\s+\d|after|before|when|"
    r"as|while|ahead|during|and|but"
)
_OCCASION = alternation(OCCASIONS, spaces=True)
"""In the lexicon's order, a phrase before any occasion it starts with ("conference call", "conference")."""
_EVENT = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n)\s+(?:an?|the|his|her|their|its)\s+"
    # up to three words before the head: "victim impact statement", "Conservative party conference"
    rf"(?P<v>(?:(?!{_NOT_MODIFIER})(?:round\s+of|[A-Za-z][\w’'\-]*)\s+){{0,3}}"
    rf"(?:{_OCCASION})(?![\w\-])"
    rf"(?:\s+(?:alongside|with|outside|at|in|to|on)\s+(?!{_WHEN})(?:(?:the|The|{_NAME_TITLE})\s+)?{_CAP}"
    r"(?:\s+(?:[A-Z0-9][\w’'&.\-]*|conference|summit|convention|rally|meeting|committee|assembly))*"
    r"|\s+(?:read\s+(?:out\s+)?)?outside\s+(?:the\s+)?court)?)"
)
_AT_PLACE = rf"(?:\s+(?:at|in|outside)\s+(?:the\s+)?(?!{_WHEN}){_CAP}(?:\s+{_CAP})*)?"
"""Where an audience was told: "reporters at the White House", "MPs in the Commons"."""
_INTERVIEW_WITH = re.compile(
    rf"\b(?:[Ii]n\s+an?\s+(?:\w+\s+){{0,2}}interview\s+(?:with|on|for|to)|(?:gave|giving|gives|give)\s+an?\s+(?:\w+\s+)?interview\s+to|[Ss]peaking\s+(?:to|on|with)|spoke\s+(?:to|on|with)|"
    rf"[Aa]ppear(?:ing|ed|s)\s+on|interviewed\s+(?:by|on)|[Aa]sked\s+(?:on|by)|[Ww]riting\s+(?:in|for|on)|wrote\s+(?:in|for|on)|"
    rf"[Ii]n\s+an?\s+(?:article|column|op-ed|piece|post)\s+(?:for|in|on)|posted\s+on|said\s+on|"
    rf"[Ii]n\s+(?:(?:his|her|their|brief|written|separate)\s+)?(?:comments|remarks)\s+(?:to|at)|"
    rf"told\s+(?:the\s+)?(?:audience|viewers|listeners)\s+(?:of|on))\s+"
    rf"(?P<v>(?:{_AUDIENCE})\b{_AT_PLACE}|(?!{_HONORIFIC}){_MEDIA_NP})"
)
_TOLD = re.compile(
    rf"\b(?:told|telling|tells)\s+(?P<v>(?:{_AUDIENCE})\b{_AT_PLACE}|(?!{_HONORIFIC}){_MEDIA_NP})"
)
_PLATFORM = re.compile(rf"\b(?:on|to|via)\s+(?P<v>{alternation(PLATFORMS)})\b")
_ANAPHOR = re.compile(
    r"\b(?:told|telling|tells|[Ss]peaking\s+(?:to|on)|said\s+on|[Aa]ppearing\s+on|[Ww]riting\s+(?:in|for)|"
    r"wrote\s+(?:in|for)|(?:[Ii]n|[Dd]uring|[Ll]ater\s+in)(?=\s+the\s+(?:same\s+)?interview\b))\s+"
    rf"(?P<v>the\s+(?:same\s+)?(?:{alternation(OUTLET_NOUNS, spaces=True)}|interview))\b"
)
"""A venue named again by a definite noun: "she told the paper", "later in the interview"."""
ANAPHOR_PREFIX = "\u00b6"
"""Marks the name of a venue that stands for one named before it (resolved by ``resolve_anaphor``)."""
_AUDIENCE_AT = re.compile(rf"(?:{_AUDIENCE}){_AT_PLACE}")
_QUESTION_TIME = re.compile(
    rf"\b(?:[Aa]t|[Dd]uring)\s+(?:a\s+|the\s+)?(?:(?:weekly|{alternation(TONE_WORDS)})\s+)?"
    r"(?P<v>PMQs|(?:[A-Z][\w’'\-]*\s+){1,3}[Qq]uestions)\b"
)
"""The Commons' question sessions: "at Prime Minister's Questions", "during Treasury questions", "at PMQs"."""
_COURT_HEADS = alternation(COURT_AUDIENCES)
_COURT_TOLD = re.compile(
    r"\b(?:told|telling|tells|invited|inviting|invites|urged|urging|urges|reminded|reminding|asked|asking|"
    r"warned|warning|addressed|addressing|assured|begged|begging|pleaded\s+with|implored)\s+"
    rf"(?P<v>(?:(?:the|a)\s+)?(?:(?!{_NOT_MODIFIER})[\w’'.\-]+\s+){{0,3}}?(?i:{_COURT_HEADS})\b"
    rf"|(?:(?:U\.S\.|US|[A-Z][a-z]+)\s+){{0,3}}(?:Judge|Magistrate|(?:{_NAME_TITLE})\s+Justice)\s+"
    r"(?!Secretary|Minister|Department)[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)"
)
"""The court addressed: "told the jury", "told the Northern Territory supreme court", "told U.S. District
Judge Ann Smith" (a judge's name is not the venue: the court is)."""
_COURT_SITTING = re.compile(
    r"\b(?:[Aa]t|[Dd]uring|[Bb]efore)\s+(?:his|her|their|the|a|its)\s+"
    rf"(?P<v>{alternation(COURT_OCCASIONS, spaces=True)})\b"
    r"|\b(?P<s>(?:as|when|before|after)\s+(?:he|she|they|the\s+judge)\s+sentenced)\b"
    r"|\b(?P<c>in\s+(?:open\s+)?court)\b(?!\s+(?:filings?|papers|documents|records|dates?))"
)
"""A court sitting: "said at his sentencing hearing", "as he sentenced her", "argued in court"."""
_OUTSIDE_COURT = re.compile(
    r"\b(?P<v>[Oo]utside\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){0,3}(?:[Cc]ourt(?:house|room)?|[Cc]ourts)\b)"
)
"""Words said to the press at the court's door: "Outside court, she said", "speaking outside the courthouse"."""
_DOCUMENT = re.compile(
    r"\b(?:read|reading|reads|issued|issuing|issues|released|releasing|releases|sent|sending|sends|wrote|"
    r"writing|writes|published|publishing|publishes)\s+(?:out\s+)?(?:a|an)\s+"
    rf"(?P<v>(?:(?!{_NOT_MODIFIER})[\w’'\-]+\s+){{0,2}}?(?:statement|letter|email|text\s+message|message|note))\b"
)
"""A document the words come from: "read a statement to media", "sent a letter to the judge arguing"."""
_MESSAGES = re.compile(
    r"\b(?:(?:[Aa]n?|[Tt]he|[Ii]n)\s+(?:(?:thread|exchange|series)\s+of\s+)?)"
    r"(?P<v>(?:text|WhatsApp)\s+messages?|messages?(?=\s+(?:from|between|sent)\b))\b"
)
"""Words from text messages: "A text message sent from his phone said", "In text messages between them",
"The message from her was forwarded to him, who replied"."""
_PRESENTER_WORDS = r"(?:presenter|host|anchor|interviewer)"
_PRESENTER = re.compile(
    rf"(?P<v>\b(?:[A-Z0-9][\w’'&.\-]*\s+){{1,5}}?){_PRESENTER_WORDS}\s+(?=[A-Z])"
    rf"|\b{_PRESENTER_WORDS}\s+(?:on|of)\s+(?P<w>{_MEDIA_NP})"
)
"""The programme an interviewer's words are said on: "LBC presenter Jo Bloggs said", "Smith, presenter on
BBC Radio 4's Today programme, asked"."""
_NAMED_MEDIA = "|".join(alternation(words) for words in (MEDIA_NAMES, PLATFORMS, WIRE_NAMES))
_OUTLET_PERSON = re.compile(
    rf"(?P<v>\b(?:[A-Z][\w&\-]*\s+)?(?:{_NAMED_MEDIA}))(?:’s|'s|’|')\s+(?=[A-Z][\w\-]+\s+[A-Z][\w\-]+\b)"
)
"""A broadcaster's presenter by name: "Sky's Jo Bloggs put it to him", "Times Radio's Jo Bloggs asked"."""
_ON_PROGRAMME = re.compile(
    r"\b(?:(?:later|earlier|also|again|separately|then)\s+on\s+(?P<v>" + _MEDIA_NP + r")"
    r"|on\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?(?P<w>[A-Z0-9][\w’'&.\-]*(?:\s+[A-Z0-9][\w’'&.\-]*){0,4}\s+"
    r"(?:programme|show|podcast)))\b"
)
"""An outlet reached later in the exchange or a programme by name: "approached later on LBC", "a clash on
the flagship Radio 4 Today programme"."""
_TWEETED = re.compile(r"\b(?:tweeted|tweeting)\b")
_TRAILING = re.compile(r"(?:\s+(?:from|outside|on|in|at|about|that|after|before|when|as|while|with))+$")


_TITLE_CONNECTOR = re.compile(r"\sof\s+the\s+[A-Z]")
_BARE_THE = re.compile(r"(?<!\bof)(?<!\bat)(?<!\bin)(?<!\boutside)\s+the\b")
_OWNED = re.compile(r"\w(?:’s|'s|[sS]’|[sS]')(?:\s|$)")
_NOT_TITLE_HEADS = ROLE_HEADS | BODY_HEADS | TITLE_HEADS


def _is_title(v: str) -> bool:
    """A capitalised title with a lower-case "of the" inside ("Match of the Day"), not an office or a
    body ("Secretary of the Treasury")."""
    return bool(_TITLE_CONNECTOR.search(v)) and v.split(None, 1)[0].lower() not in _NOT_TITLE_HEADS


def _clean(venue: str) -> str:
    venue = venue.strip(" ,.:;")
    venue = " ".join(venue.split())
    venue = re.sub(r"[’']s$", "", venue) if venue.endswith(("’s", "'s")) and " " not in venue else venue
    if venue.startswith("the "):
        venue = "The " + venue[4:]
    return venue


def _cut_np(text: str) -> str:
    """A media name stops before a following person ("told the Guardian Sir Keir was ...")."""
    m = re.search(rf"\s+{_HONORIFIC}", text)
    if m:
        text = text[: m.start()]
    m = _CONNECTOR_AFTER_MEDIA.search(text)
    if m:
        text = text[: m.start("cut")]
    m = _BARE_THE.search(text)
    if m and not _OWNED.search(text[: m.start()]):
        text = text[: m.start()]  # "told Johnson the BBC had ...": a title takes "the" only after its owner
    return _TRAILING.sub("", text).rstrip(".,:;")


_PHRASE_HEADS = tuple(dict.fromkeys(occasion.split()[-1] for occasion in OCCASIONS))
"""Last words of the occasions ("conference", "stop", "hall", "call", ...)."""
VENUE_TRIGGERS = frozenset(_PHRASE_HEADS) | frozenset(
    "asked told tell tells telling interviewed speaking appearing appeared appears writing wrote written piece "
    "posted audience viewers listeners tweeted tweeting comments remarks questions pmqs spoke invited inviting "
    "urged reminded warned addressed assured begged implored sentencing sentenced trial court outside read "
    "reading issued released sent wrote presenter host anchor interviewer later programme show message messages".split()
)
"""Words without which a sentence names no venue: a cheap test before the venue patterns run."""


_EVENT_HEAD = re.compile(
    rf"\b(?:{alternation(w for w in _PHRASE_HEADS if w not in MEDIA_NOUNS)})\b"
)
"""An occasion's head word (a podcast is an outlet, not an occasion)."""


def is_outlet(venue: str) -> bool:
    """A venue that is a publication, broadcaster, programme or platform (not an audience or an occasion)."""
    return (
        venue[:1].isupper()
        and bool(_MEDIA.search(venue) or _is_title(venue))
        and not _EVENT_HEAD.search(venue)
        and not re.match(_AUDIENCE, venue, re.IGNORECASE)
    )


def resolve_anaphors(
    found: list[tuple[str, int, int]], before: list[tuple[str, int, int]]
) -> list[tuple[str, int, int]]:
    """"told the paper": the outlet named last before it (the span stays on "the paper"); dropped when
    the article names none ("in the interview" then stays an interview)."""
    if not any(v[0].startswith(ANAPHOR_PREFIX) for v in found):
        return found
    out: list[tuple[str, int, int]] = []
    for name, start, end in found:
        if not name.startswith(ANAPHOR_PREFIX):
            out.append((name, start, end))
            continue
        outlet = next((v for v in reversed(before) if v[1] < start and is_outlet(v[0])), None)
        if outlet is not None:
            out.append((outlet[0], start, end))
        elif name.endswith("interview"):
            out.append(("interview", end - len("interview"), end))
    return out


_NAMED_MEDIA_WORDS = frozenset(w for name in MEDIA_NAMES + PLATFORMS + WIRE_NAMES for w in name.split())


_OWNS_A_PERSON = re.compile(rf"(?:’s|'s|’|')?\s+{_PRESENTER_WORDS}\b|(?:’s|'s|’|')\s+[A-Z]")


def name_venues(venues: list[tuple[str, int, int]], raw: str) -> list[tuple[str, int, int]]:
    """The venues whose words are no one's name ("Sunday with Laura Kuenssberg"): not an outlet that opens
    a person's mention ("MSNBC host Chris Matthews", "Sky's Kay Nolan")."""
    return [v for v in venues if not _OWNS_A_PERSON.match(raw, v[2])]


def may_name_venue(tokens: list[Token]) -> bool:
    """True when the sentence has a word that can introduce a venue ("told", "interview", "said on") or an
    outlet's possessive ("Sky's Jo Bloggs")."""
    lows = [tok.lower for tok in tokens]
    if not VENUE_TRIGGERS.isdisjoint(lows):
        return True
    if any(tok.is_possessive and tok.bare in _NAMED_MEDIA_WORDS for tok in tokens):
        return True
    return "said" in lows and any(low == "said" and lows[i + 1] == "on" for i, low in enumerate(lows[:-1]))


_OWNER_THE = re.compile(r"[Tt]he\s+(?=\S+(?:’s|'s|s’|s')\s)")
_INDEFINITE = re.compile(r"an?\s+")
_LINK = re.compile(r"\s+(?:for|in|with|on|to|by)\s+")


def _venue(v: str, start: int) -> tuple[str, int, int]:
    """(name, start, end) of a venue phrase found at ``start``: the span is exactly the name's words,
    without trailing punctuation, and without "the" before an owner ("the BBC's Today programme")."""
    v = v.rstrip(" ,.:;")
    m = _OWNER_THE.match(v) or _INDEFINITE.match(v)
    if m:
        v, start = v[m.end() :], start + m.end()
    return _clean(" ".join(v.split())), start, start + len(v)


_PAST_RELATIVE = re.compile(
    r",\s+(?:who|which)\s+[^,§]*?\b(?:last\s+(?:week|month|year)|previously|once|earlier\s+this|ago|"
    r"in\s+(?:19|20)\d\d|yesterday|years?\s+before)\b[^,§]*"
)
"""", who appeared on Newsnight last month to defend the cuts,": an earlier occasion, not this quote's."""


def _past_occasions(masked: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PAST_RELATIVE.finditer(masked)] if ", wh" in masked else []


def find_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    """Every venue phrase of a masked sentence, as (venue, start, end) in raw offsets."""
    found = _find_venues(masked, base)
    past = _past_occasions(masked)
    if past:
        found = [v for v in found if not any(a <= v[1] - base < b for a, b in past)]
    return found


def _told_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    """ "told Times Radio", "told reporters at the White House"."""
    found: list[tuple[str, int, int]] = []
    for m in _TOLD.finditer(masked):
        v = _cut_np(m.group("v"))
        if v and (_AUDIENCE_AT.fullmatch(v) or _MEDIA.search(v) or _is_title(v)):
            found.append(_venue(v, base + m.start("v")))
    return found


def _interview_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    """ "in an interview with the Times", "speaking on Sky News", "writing in the Telegraph"."""
    found: list[tuple[str, int, int]] = []
    for m in _INTERVIEW_WITH.finditer(masked):
        v = _cut_np(m.group("v"))
        if _BARE_WHEN.fullmatch(v):
            continue  # "said on Sunday": a time, not a programme
        if v and (_MEDIA.search(v) or v.lower().startswith("the ") or _AUDIENCE_AT.fullmatch(v) or _is_title(v)):
            found.append(_venue(v, base + m.start("v")))
    return found


_ROUND = re.compile(r"round\s+of\s+\w+s\b")
_TONE = re.compile(rf"(?:(?:{alternation(TONE_WORDS)})\s+)+")


def _event_venues(masked: str, base: int, named: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "at a press conference", "in a speech to the Conservative party conference", unless the occasion
    is only the way an outlet already ``named`` was reached."""
    found: list[tuple[str, int, int]] = []
    for m in _EVENT.finditer(masked):
        start, end = base + m.start("v"), base + m.end("v")
        if any((n[1] < end and start < n[2]) or _LINK.fullmatch(masked[end - base : n[1] - base]) for n in named):
            continue  # "in an interview with the Times", "in an op-ed for The Washington Post": the outlet
        v = m.group("v")
        v = re.split(rf"\s+(?:{_TIME_WORDS})\b", v)[0] if " " in v else v
        if _ROUND.match(v):
            continue  # "in a round of interviews": several outlets, none of them named
        tone = _TONE.match(v)
        if tone:
            v, start = v[tone.end() :], start + tone.end()  # "a bad-tempered interview": how it went
        found.append(_venue(v, start))
    return found


def _court_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    """ "told the jury" -> court (jury), "at his sentencing" -> court (sentencing), "outside court"."""
    found: list[tuple[str, int, int]] = []
    for m in _COURT_TOLD.finditer(masked):
        v = m.group("v").rstrip(" ,.:;")
        head = v.split()[-1].lower()
        by_name = v.split()[-1][:1].isupper() and head == "judge"  # "told U.S. District Judge Ann Smith"
        plain = by_name or head in {"court", "courtroom"} or head not in COURT_AUDIENCES
        name = "court" if plain else f"court ({head})"
        found.append((name, base + m.start("v"), base + m.start("v") + len(v)))
    for m in _COURT_SITTING.finditer(masked):
        group = "v" if m.group("v") else "s" if m.group("s") else "c"
        name = f"court ({m.group('v').lower()})" if group == "v" else "court"
        found.append((name, base + m.start(group), base + m.end(group)))
    for m in _OUTSIDE_COURT.finditer(masked):
        v = " ".join(m.group("v").split())
        found.append(("outside" + v[len("outside") :], base + m.start("v"), base + m.end("v")))
    return found


def _overlaps(v: tuple[str, int, int], found: list[tuple[str, int, int]]) -> bool:
    return any(v[1] < f[2] and f[1] < v[2] for f in found)


def _exchange_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    """A document ("read a statement"), a presenter's programme, a programme reached "later on"."""
    found = [_venue(m.group("v"), base + m.start("v")) for m in _DOCUMENT.finditer(masked)]
    found += [_venue(m.group("v"), base + m.start("v")) for m in _MESSAGES.finditer(masked)]
    for m in _PRESENTER.finditer(masked):
        group = "v" if m.group("v") else "w"
        v = _cut_np(m.group(group))
        if v and (_MEDIA.search(v) or _is_title(v)):
            found.append(_venue(v, base + m.start(group)))
    for m in _OUTLET_PERSON.finditer(masked):
        found.append(_venue(m.group("v"), base + m.start("v")))
    for m in _ON_PROGRAMME.finditer(masked):
        group = "v" if m.group("v") else "w"
        v = _cut_np(m.group(group)) if group == "v" else m.group(group)
        if v and (group == "w" or _MEDIA.search(v)):
            found.append(_venue(v, base + m.start(group)))
    return found


def _find_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    court = _court_venues(masked, base)
    found = [v for v in _told_venues(masked, base) + _interview_venues(masked, base) if not _overlaps(v, court)]
    found = court + found
    found += [v for v in _exchange_venues(masked, base) if not _overlaps(v, found)]
    for m in _QUESTION_TIME.finditer(masked):
        found.append(_venue(m.group("v"), base + m.start("v")))
    for m in _TWEETED.finditer(masked):
        found.append(("X", base + m.start(), base + m.end()))  # the verb names the platform
    for m in _PLATFORM.finditer(masked):
        if not any(f[1] <= base + m.start("v") < f[2] for f in found):
            found.append((m.group("v"), base + m.start("v"), base + m.end("v")))
    for m in _ANAPHOR.finditer(masked):
        found.append((ANAPHOR_PREFIX + m.group("v"), base + m.start("v"), base + m.end("v")))
    events = _event_venues(masked, base, [v for v in found if not v[0].startswith("outside")])
    # "in a statement read outside court": the statement is the venue; "at his sentencing hearing": the court
    outside = [c for c in court if c[0].startswith("outside") and _overlaps(c, events)]
    if outside:
        found = [v for v in found if v not in outside]
    return found + [v for v in events if not _overlaps(v, [c for c in court if c not in outside])]


_TITLE_WORD = re.compile(r"(?:[A-Z0-9][\w’'&\-]*|the|of|a|an|and|with|in|on|for|to|at)")
_TITLE_MAX_WORDS = 8


def is_programme_title(tokens: list[Token], k: int, raw: str) -> bool:
    """A programme's title in quotation marks after its broadcaster: NBC's "Meet the Press" (the
    American style). It names the venue; it is not speech."""
    if k == 0:
        return False
    owner = tokens[k - 1]
    if owner.text in {"'", "’"} and k >= 2 and tokens[k - 2].end == owner.start and owner.end < tokens[k].start:
        owner = tokens[k - 2]  # CBS' "Face the Nation", Fox News' "Sunday Morning Futures"
        if owner.text[-1:] not in "sS":
            return False
    elif not owner.is_possessive:
        return False
    if not _MEDIA.fullmatch(owner.bare):
        return False
    tok = tokens[k]
    inner = raw[tok.start : tok.end].strip("\"'“”‘’ ").rstrip(".,")
    words = inner.split()
    return (
        0 < len(words) <= _TITLE_MAX_WORDS
        and words[0][:1].isupper()
        and all(_TITLE_WORD.fullmatch(w) for w in words)
    )


def masked_sentence(tokens: list[Token], raw: str, titles: frozenset[int] = frozenset()) -> tuple[str, int]:
    """The raw text of a sentence with every quotation blanked out (offsets kept); a programme title
    (``titles``: token positions) keeps its words and loses only its marks."""
    if not tokens:
        return "", 0
    base = tokens[0].start
    chars = list(raw[base : tokens[-1].end])
    for k, tok in enumerate(tokens):
        if tok.is_quote:
            if k in titles:
                for i in range(tok.start - base, tok.end - base):
                    if not (chars[i].isalnum() or chars[i] in " -&,.!?"):
                        chars[i] = " "  # the marks go; a comma inside them ("Face the Nation,") still ends the name
                continue
            for i in range(tok.start - base, tok.end - base):
                chars[i] = "\u00a7"
    return "".join(chars), base


_PEOPLE = re.compile(rf"(?:{_PEOPLE_WORDS})\b")
_OCCASION_REACH = 80
"""How far (characters) from the cue an occasion may be to win over the people told ("At a rally in Ohio,
Trump told supporters")."""


def nearest_venue(venues: list[tuple[str, int, int]], cue_start: int) -> tuple[str, int, int]:
    """The venue phrase nearest the cue; the people told ("reporters") give way to the occasion or
    outlet of the same clause ("at a news conference", "told reporters at a rally")."""
    best = min(venues, key=lambda v: abs(v[1] - cue_start))
    if len(venues) > 1 and _PEOPLE.match(best[0]):
        other = [v for v in venues if not _PEOPLE.match(v[0]) and abs(v[1] - cue_start) <= _OCCASION_REACH]
        if other:
            return min(other, key=lambda v: abs(v[1] - cue_start))
    return best


def venue_near(tokens: list[Token], cue_start: int, raw: str) -> tuple[str, int, int] | None:
    """The venue phrase of the sentence nearest to the cue at ``cue_start``."""
    masked, base = masked_sentence(tokens, raw)
    venues = find_venues(masked, base)
    if not venues:
        return None
    return nearest_venue(venues, cue_start)
