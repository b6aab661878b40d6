"""Dates: publication dates from headers and datelines, and relative dates resolved against them.

The only module that imports ``dateparser``, and only when the cheap parsers below fail: parsing
must stay around a millisecond per article, and dateparser costs 150 ms to import.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from quotecheck.extract.lexicon import MONTH_NUMBERS, WEEKDAY_NUMBERS

__all__ = ["month_number", "parse_date", "resolve_relative_date"]

_MONTHS = MONTH_NUMBERS
_WEEKDAYS = WEEKDAY_NUMBERS
_NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b")
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?")

_DATEPARSER_SETTINGS: dict[str, Any] = {
    "DATE_ORDER": "DMY",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}
_FALLBACK_LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pt"]


def month_number(name: str) -> int | None:
    """1-12 for an English month name or abbreviation ("Sept", "sept.", "September")."""
    return _MONTHS.get(name.lower().rstrip("."))


def find_month_day(text: str) -> tuple[int, int, int | None] | None:
    """The first "14 September [2023]" or "Sept 14[, 2023]" in ``text`` as (month, day, year or None)."""
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(text):
            month = month_number(match["month"])
            day = int(match["day"])
            if month is not None and 1 <= day <= 31:
                year = int(match["year"]) if match["year"] else None
                return month, day, year
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """A calendar date from a header, metadata or timestamp string; None when there is none.

    ISO dates and plain English day-month-year forms are parsed here; anything else goes to dateparser
    (day-first, then its own month-first fallback; English first, then a few European languages).
    """
    text = text.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    iso = _ISO.search(text)
    if iso:
        return _safe_date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
    found = find_month_day(text)
    if found is not None and found[2] is not None:
        return _safe_date(found[2], found[0], found[1])
    if _CLOCK_WORDS.search(text):
        return None  # "today", "2 days ago": a date that moves with the clock would change the output daily
    return _dateparser_date(text)


MAX_DATE_CHARS = 100
"""Longer strings are no date (dateparser's time grows with its input)."""
_CLOCK_WORDS = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|now|ago|next|last|this)\b", re.IGNORECASE)


def _dateparser_date(text: str, relative_base: date | None = None) -> date | None:
    import dateparser

    settings = dict(_DATEPARSER_SETTINGS)
    if relative_base is not None:
        settings["RELATIVE_BASE"] = datetime(relative_base.year, relative_base.month, relative_base.day)
        settings["PREFER_DATES_FROM"] = "past"
        del settings["REQUIRE_PARTS"]
    attempts = (["en"],) if relative_base is not None else (["en"], _FALLBACK_LANGUAGES)
    for languages in attempts:
        parsed: datetime | None = dateparser.parse(text, languages=languages, settings=settings)
        if parsed is not None:
            return parsed.date()
    return None


_RELATIVE_PREFIX = re.compile(r"^(?:on|at|from|by|since|earlier|late|early)\s+")
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|lunchtime))?"
_WEEKDAY_EXPR = re.compile(
    rf"^(?P<which>last|this|next|past)?\s*(?P<day>{'|'.join(_WEEKDAYS)})(?:'s|’s)?{_PART_OF_DAY}$"
)
_AGO = re.compile(r"^(?P<n>\d+|[a-z]+)\s+(?P<unit>day|week)s?\s+ago$")
_SAME_DAY = {"today", "tonight", "this morning", "this afternoon", "this evening", "earlier today",
             "later today", "today's", "now"}  # fmt: skip
_DAY_BEFORE = {"yesterday", "last night", "yesterday morning", "yesterday afternoon", "yesterday evening",
               "yesterday's", "overnight"}  # fmt: skip


def resolve_relative_date(expression: str, published: date) -> date | None:
    """The calendar day a relative expression ("on Thursday", "last night") means, seen from ``published``.

    A bare weekday is the most recent such day: the publication day itself when it is that weekday
    (dateparser would pick the week before), otherwise the latest one before it. "last night" and
    "yesterday" are the day before. Weeks resolve to their Monday, months to their first day.
    Returns None when the expression is not a date.
    """
    expr = " ".join(expression.lower().replace("\u2019", "'").split()).strip(" .,;:")
    expr = _RELATIVE_PREFIX.sub("", expr)
    if not expr:
        return None
    if expr in _SAME_DAY:
        return published
    if expr in _DAY_BEFORE:
        return published - timedelta(days=1)
    if expr in {"tomorrow", "tomorrow's"}:
        return published + timedelta(days=1)
    if expr in {"the day before yesterday", "two days ago"}:
        return published - timedelta(days=2)
    weekday = _WEEKDAY_EXPR.match(expr)
    if weekday:
        return _resolve_weekday(_WEEKDAYS[weekday["day"]], weekday["which"], published)
    week_start = published - timedelta(days=published.weekday())
    if expr in {"this week", "earlier this week", "this weekend"}:
        return week_start + timedelta(days=5) if expr.endswith("weekend") else week_start
    if expr in {"last week", "past week"}:
        return week_start - timedelta(days=7)
    if expr == "last weekend":
        return week_start - timedelta(days=2)
    if expr in {"this month", "earlier this month"}:
        return published.replace(day=1)
    if expr == "last month":
        return (published.replace(day=1) - timedelta(days=1)).replace(day=1)
    ago = _AGO.match(expr)
    if ago:
        count = int(ago["n"]) if ago["n"].isdigit() else _NUMBER_WORDS.get(ago["n"])
        if count is None:
            return None
        return published - timedelta(days=count * (7 if ago["unit"] == "week" else 1))
    return _resolve_calendar(expr, published)


def _resolve_weekday(target: int, which: str | None, published: date) -> date:
    back = (published.weekday() - target) % 7
    if which == "next":
        return published + timedelta(days=(7 - back) if back else 7)
    if which == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _resolve_calendar(expr: str, published: date) -> date | None:
    """A day-and-month ("14 September"), given its year or taken as the latest one not after publication."""
    found = find_month_day(expr)
    if found is not None:
        month, day, year = found
        if year is not None:
            return _safe_date(year, month, day)
        candidate = _safe_date(published.year, month, day)
        if candidate is not None and candidate > published:
            candidate = _safe_date(published.year - 1, month, day)
        return candidate
    if not any(ch.isalpha() for ch in expr):
        return parse_date(expr)
    return _dateparser_date(expr, relative_base=published)
