"""Venues: where words were said or published ("told LBC", "in an interview with the Times").

A venue is set only where the sentence ties it to the credit; the quotation
itself is masked, so a programme named inside a quote is never taken.
"""

from __future__ import annotations

import re

from quotecheck.extract.tokens import Token

_MEDIA_WORDS = (
    r"Radio|News|TV|Television|Times|Guardian|Telegraph|Mail|Express|Mirror|Sun|Post|Herald|Independent|"
    r"Today|Journal|Tribune|Gazette|Observer|Standard|Economist|Politico|Bloomberg|Reuters|Breakfast|"
    r"Morning|Sunday|Newsnight|Question Time|Channel|Magazine|Chronicle|Record|Scotsman|Spectator|"
    r"Statesman|Atlantic|Newsweek|Podcast|Show|Hour|Tonight|Live|Week|Politics|Agenda|Report|"
    r"programme|show|podcast|newspaper|magazine|channel|radio|broadcast|X|Twitter|Facebook|Instagram|"
    r"TikTok|YouTube|Substack|LinkedIn|Telegram|Truth Social|Press|Wire|Associated Press|Sky|Sport|Sports|"
    r"[A-Z]{2,}[0-9]?"
)
_MEDIA = re.compile(rf"\b(?:{_MEDIA_WORDS})\b")
_CAP = r"[A-Z0-9][\w’'&.\-]*"
# A media name: capitalised words, possessives, digits, and the words programme/show/podcast.
_MEDIA_NP = (
    rf"(?:(?:the|The)\s+)?{_CAP}"
    rf"(?:\s+(?:{_CAP}|programme|show|podcast|radio|channel|newspaper|magazine|website|with(?=\s+[A-Z])))*"
)
_HONORIFIC = r"(?:Sir|Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Dame|Prof|President|Prime)\b"
_AUDIENCE = (
    r"reporters|journalists|broadcasters|MPs|peers|supporters|delegates|activists|listeners|viewers|"
    r"students|the Commons|the House of Commons|the House of Lords|the Lords|parliament|Parliament|"
    r"the conference|(?:a|the)\s+(?:press|news)\s+conference|a rally|an audience|a meeting|"
    r"(?:a|the)\s+(?:\w+\s+)?committee|a briefing|the briefing|a hearing|a summit|"
    r"the court|the jury|the tribunal|the inquiry|analysts|investors|shareholders|lawmakers|Congress"
)
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|\d)"
)
_BARE_WHEN = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)(?:\s+\d+)?"
)
_TIME_WORDS = (
    r"on|last|this|earlier|later|yesterday|today|tonight|in\s+(?:19|20)\d\d|at\s+\d|after|before|when|"
    r"as|while|ahead|during|and|but"
)
_EVENT = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n)\s+(?:an?|the|his|her|their|its)\s+"
    r"(?P<v>(?:(?:joint|pooled|televised|exclusive|radio|TV|television|broadcast|live|recorded|"
    r"written|video|separate|lengthy|wide-ranging|round\s+of|Commons|conference|keynote|major|"
    r"nightly|weekly|daily|annual|inaugural|farewell|victory|brief|short|final|first)\s+)*"
    r"(?:press\s+conference|news\s+conference|interviews?|speech|statement|briefing|rally|debate|"
    r"hearing|podcast|address|post|video|op-ed|article|column|letter|blog\s+post|tweet|social\s+media\s+post|"
    r"campaign\s+(?:stop|event)|town\s+hall(?:\s+meeting)?|fundraiser|vigil|(?:conference|earnings)\s+call)"
    rf"(?:\s+(?:alongside|with|outside|at|in|to|on)\s+(?!{_WHEN})(?:(?:the|The|Mr|Ms|Mrs|Sir)\s+)?{_CAP}"
    r"(?:\s+(?:[A-Z0-9][\w’'&.\-]*|conference|summit|convention|rally|meeting|committee|assembly))*)?)"
)
_INTERVIEW_WITH = re.compile(
    rf"\b(?:[Ii]n\s+an?\s+(?:\w+\s+){{0,2}}interview\s+(?:with|on|for|to)|(?:gave|giving|gives|give)\s+an?\s+(?:\w+\s+)?interview\s+to|[Ss]peaking\s+(?:to|on|with)|"
    rf"[Aa]ppearing\s+on|interviewed\s+(?:by|on)|[Aa]sked\s+(?:on|by)|[Ww]riting\s+(?:in|for|on)|wrote\s+(?:in|for|on)|"
    rf"[Ii]n\s+an?\s+(?:article|column|op-ed|piece|post)\s+(?:for|in|on)|posted\s+on|said\s+on|"
    rf"told\s+(?:the\s+)?(?:audience|viewers|listeners)\s+(?:of|on))\s+"
    rf"(?P<v>(?:{_AUDIENCE})\b|(?!{_HONORIFIC}){_MEDIA_NP})"
)
_TOLD = re.compile(
    rf"\b(?:told|telling|tells)\s+(?P<v>(?:{_AUDIENCE})\b|(?!{_HONORIFIC}){_MEDIA_NP})"
)
_PLATFORM = re.compile(
    r"\b(?:on|to|via)\s+(?P<v>X|Twitter|Truth Social|Facebook|Instagram|Threads|Bluesky|TikTok|YouTube|LinkedIn|"
    r"Telegram|Substack|Weibo)\b"
)
_TRAILING = re.compile(r"(?:\s+(?:from|outside|on|in|at|about|that|after|before|when|as|while|with))+$")


def _clean(venue: str) -> str:
    venue = venue.strip(" ,.:;")
    venue = re.sub(r"[’']s$", "", venue) if venue.endswith(("’s", "'s")) and " " not in venue else venue
    if venue.startswith("the "):
        venue = "The " + venue[4:]
    return venue


def _cut_np(text: str) -> str:
    """A media name stops before a following person ("told the Guardian Sir Keir was ...")."""
    m = re.search(rf"\s+{_HONORIFIC}", text)
    if m:
        text = text[: m.start()]
    return _TRAILING.sub("", text)


VENUE_TRIGGERS = frozenset(
    "asked told tell tells telling interview interviews interviewed speaking appearing writing wrote written "
    "article column op-ed piece post posted conference speech statement briefing rally debate hearing "
    "podcast address video letter tweet audience viewers listeners stop hall fundraiser vigil call".split()
)
"""Words without which a sentence names no venue: a cheap test before the venue patterns run."""


def may_name_venue(tokens: list[Token]) -> bool:
    """True when the sentence has a word that can introduce a venue ("told", "interview", "said on")."""
    lows = [tok.lower for tok in tokens]
    if not VENUE_TRIGGERS.isdisjoint(lows):
        return True
    return "said" in lows and any(low == "said" and lows[i + 1] == "on" for i, low in enumerate(lows[:-1]))


def find_venues(masked: str, base: int) -> list[tuple[str, int, int]]:
    """Every venue phrase of a masked sentence, as (venue, start, end) in raw offsets."""
    found: list[tuple[str, int, int]] = []
    for m in _TOLD.finditer(masked):
        v = _cut_np(m.group("v"))
        if not v:
            continue
        if re.fullmatch(_AUDIENCE, v) or _MEDIA.search(v):
            found.append((_clean(v), base + m.start("v"), base + m.start("v") + len(v)))
    for m in _INTERVIEW_WITH.finditer(masked):
        v = _cut_np(m.group("v"))
        if _BARE_WHEN.fullmatch(v):
            continue  # "said on Sunday": a time, not a programme
        if v and (_MEDIA.search(v) or v.lower().startswith("the ") or re.fullmatch(_AUDIENCE, v)):
            found.append((_clean(v), base + m.start("v"), base + m.start("v") + len(v)))
    for m in _PLATFORM.finditer(masked):
        if not any(f[1] <= base + m.start("v") < f[2] for f in found):
            found.append((m.group("v"), base + m.start("v"), base + m.end("v")))
    named = list(found)
    for m in _EVENT.finditer(masked):
        start = base + m.start("v")
        if any(n[1] < base + m.end("v") and start < n[2] for n in named):
            continue  # "in an interview with the Times": the outlet is the venue
        v = m.group("v")
        v = re.split(rf"\s+(?:{_TIME_WORDS})\b", v)[0] if " " in v else v
        found.append((_clean(v), base + m.start("v"), base + m.start("v") + len(v)))
    return found


def masked_sentence(tokens: list[Token], raw: str) -> tuple[str, int]:
    """The raw text of a sentence with every quotation blanked out (offsets kept)."""
    if not tokens:
        return "", 0
    base = tokens[0].start
    chars = list(raw[base : tokens[-1].end])
    for tok in tokens:
        if tok.is_quote:
            for i in range(tok.start - base, tok.end - base):
                chars[i] = "\u00a7"
    return "".join(chars), base


def venue_near(tokens: list[Token], cue_start: int, raw: str) -> tuple[str, int, int] | None:
    """The venue phrase of the sentence nearest to the cue at ``cue_start``."""
    masked, base = masked_sentence(tokens, raw)
    venues = find_venues(masked, base)
    if not venues:
        return None
    return min(venues, key=lambda v: abs(v[1] - cue_start))
