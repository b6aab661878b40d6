"""Media: outlet and programme words, platforms, audiences told, and the nouns a title follows."""

from __future__ import annotations

MEDIA_NAMES: tuple[str, ...] = (
    "Radio", "News", "TV", "Television", "Times", "Guardian", "Telegraph", "Mail", "Express", "Mirror", "Sun",
    "Post", "Herald", "Independent", "Today", "Journal", "Tribune", "Gazette", "Observer", "Standard",
    "Economist", "Politico", "Bloomberg", "Reuters", "Breakfast", "Morning", "Sunday", "Newsnight",
    "Question Time", "Channel", "Magazine", "Chronicle", "Record", "Scotsman", "Spectator", "Statesman",
    "Atlantic", "Newsweek", "Podcast", "Show", "Hour", "Tonight", "Live", "Week", "Politics", "Agenda", "Report",
)  # fmt: skip
"""Capitalised words of outlet and programme names ("Times Radio", "BBC Breakfast", "Question Time")."""
MEDIA_NOUNS: tuple[str, ...] = tuple("programme show podcast newspaper magazine channel radio broadcast".split())
"""Common nouns that make a phrase a medium ("the Today programme", "his podcast")."""
PLATFORMS: tuple[str, ...] = (
    "X", "Twitter", "Truth Social", "Facebook", "Instagram", "Threads", "Bluesky", "TikTok", "YouTube",
    "LinkedIn", "Telegram", "Substack", "Weibo",
)  # fmt: skip
"""Social platforms people post on ("on X", "via Truth Social")."""
WIRE_NAMES: tuple[str, ...] = ("Press", "Wire", "Associated Press", "Sky", "Sport", "Sports")
"""Words of agency and broadcaster names ("Associated Press", "Sky Sports")."""
AUDIENCE_PEOPLE: tuple[str, ...] = (
    "reporters", "journalists", "broadcasters", "MPs", "peers", "supporters", "delegates", "activists", "listeners",
    "viewers", "students", "analysts", "investors", "shareholders", "lawmakers", "senators", "detectives",
    "investigators",
)  # fmt: skip
"""The people told, as an audience ("told reporters", "told MPs")."""

TONE_WORDS: tuple[str, ...] = (
    "heated", "rowdy", "stormy", "bad-tempered", "ill-tempered", "tetchy", "testy", "fiery", "combative", "tense",
    "angry", "bruising", "awkward", "car-crash", "excruciating", "intense", "feisty", "spiky", "frosty",
)  # fmt: skip
"""How an occasion went ("a bad-tempered interview", "a stormy PMQs"): not part of the occasion's name."""
COURT_AUDIENCES: tuple[str, ...] = (
    "court", "courtroom", "jury", "jurors", "judge", "magistrates", "bench", "trial", "defendants", "tribunal",
)  # fmt: skip
"""Who is addressed in a courtroom ("told the jury", "told the judge"): the words were said in court."""
COURT_OCCASIONS: tuple[str, ...] = ("sentencing hearing", "sentencing", "trial", "court hearing", "bail hearing")
"""Court sittings words are said at ("said at his sentencing", "during the trial")."""

TITLE_NOUNS: frozenset[str] = frozenset(
    "album albums single track song songs record ep film films movie movies book books novel novels memoir "
    "biography play musical opera show programme program series sitcom documentary drama podcast poem painting "
    "exhibition slogan slogans hashtag motto banner banners placard placards sign signs headline".split()
)
"""Nouns a title or slogan follows: the song "Dreams", an album called 'Midnight', placards reading "No
Farms, No Food". The quoted words are a name, not reported speech."""
OUTLET_NOUNS: tuple[str, ...] = (
    "paper", "newspaper", "programme", "program", "show", "broadcaster", "network", "station", "channel",
    "podcast", "magazine", "outlet", "agency", "news agency", "website", "publication",
)  # fmt: skip
"""Nouns that name an outlet again after it was named ("she told the paper", "the broadcaster said")."""
OCCASIONS: tuple[str, ...] = (
    "press conference", "news conference", "interview", "interviews", "speech", "statement", "briefing", "rally",
    "debate", "hearing", "podcast", "address", "post", "video", "op-ed", "article", "column", "letter", "blog post",
    "tweet", "social media post", "campaign stop", "campaign event", "town hall meeting", "town hall",
    "fundraiser", "vigil", "conference call", "earnings call", "event", "summit", "conference", "convention",
    "meeting", "ceremony", "hustings", "reception", "lecture",
)  # fmt: skip
"""Occasions words are said at or published in ("at a rally", "in a statement", "at a town hall meeting"),
a longer phrase before any occasion it starts with ("conference call" before "conference")."""
TITLE_LINKS: frozenset[str] = frozenset({"called", "named", "reading", "read", "reads"})
"""Words between a title noun and the title: an album called 'Midnight', a sign reading "No Entry"."""
