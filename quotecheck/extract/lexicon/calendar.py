"""Calendar words: weekdays and months, written out and abbreviated, and the time words of reporting."""

from __future__ import annotations

WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
"""The days of the week, Monday first (index = ``date.weekday()``)."""
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
"""Short weekdays of page date lines ("Wed, 12 June 2024"); each is the start of its weekday."""
MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
"""The months, January first (index + 1 = month number)."""
MONTH_ABBREVIATIONS: tuple[str, ...] = tuple("jan feb mar apr jun jul aug sep sept oct nov dec".split())
"""Short months ("Sept 14", "Jan."); each is the start of its month (May has none)."""


MONTH_NUMBERS: dict[str, int] = {
    **{month: i for i, month in enumerate(MONTHS, 1)},
    **{short: next(i for i, month in enumerate(MONTHS, 1) if month.startswith(short)) for short in MONTH_ABBREVIATIONS},
}
"""1-12 for each month and abbreviation ("sept" -> 9)."""
WEEKDAY_NUMBERS: dict[str, int] = {day: i for i, day in enumerate(WEEKDAYS)}
"""0-6 for each weekday, Monday 0 (as ``date.weekday()``)."""

WHEN_WORDS: frozenset[str] = frozenset(WEEKDAYS) | frozenset(
    "yesterday today tonight morning afternoon evening night week weekend month year".split()
)
"""Time words that stand between a subject and its verb ("Biden on Tuesday called ...")."""
