"""Text + metadata -> Article: header, paragraphs and their roles, outlet and publication date.

Every reader ends here, so a file, a JSON record, an HTML page and a test string all get the same
treatment. Plain text stays on cheap paths (no dateparser unless a date string is not ISO or plain
English), because the whole pipeline has to read hundreds of articles a second.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from quotecheck.errors import InputError
from quotecheck.extract.lexicon import MONTH_NUMBERS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, alternation
from quotecheck.ingest.dates import parse_date
from quotecheck.ingest.furniture import assign_roles
from quotecheck.ingest.header import FIELD_OF_KEY, Header, parse_header
from quotecheck.ingest.outlet import find_dateline, outlet_from_furniture, outlet_from_page
from quotecheck.ingest.paragraphs import split_paragraphs
from quotecheck.models import Article, DateSource, Paragraph, ParagraphRole

__all__ = ["MetaValue", "article_from_text"]

MetaValue = str | date | None

_HEADER_FORMATS = frozenset({"text", "markdown"})
_DATELINE_PARAGRAPHS = 3  # datelines and bylines sit in the first few paragraphs
_TIMESTAMP_PARAGRAPHS = 8
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A paragraph that is nothing but a date ("20 February 2024", "Wednesday, June 12, 2024 10:32 a.m. EDT"):
# scraped pages keep the page's date line without its "Published" label.
_MONTH_WORDS = sorted(MONTH_NUMBERS, key=lambda w: (MONTH_NUMBERS[w], -len(w)))  # "September|Sept|Sep"
_MONTH_NAME = "(?:" + alternation(_MONTH_WORDS, capitalise=True) + ")"
_WEEKDAY_NAME = "(?:" + alternation(WEEKDAYS + WEEKDAY_ABBREVIATIONS, capitalise=True) + ")"
_BARE_DATE = re.compile(
    rf"(?:{_WEEKDAY_NAME}\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\.?,?\s+(?:19|20)\d\d"
    rf"|{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
    r"(?:\s*(?:[,|·•–—-]|at)?\s*\d{1,2}[.:]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?"
)
_BARE_DATE_CHARS = 60
# A saved page's own date line at the very top: "date 2023-09-15", the story running on after it.
_TOP_DATE_LINE = re.compile(r"\s*date\s+((?:19|20)\d\d-\d\d-\d\d)\b", re.IGNORECASE)
# Lines near the top that carry the page's date, strongest first (one list of named rules): a
# "Published" line, a line that is only a date, a byline with the date glued on ("Jo Bell3 October
# 2018"), an agency dateline ("Sept. 4, 2008 -- A federal judge..."), a masthead line with the outlet
# ("- The Daily Post - Friday, September 5, 2008"), and last an "Updated" line.
_D = rf"(?P<d>{_BARE_DATE.pattern})"
_LINE_DATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("published line", re.compile(rf"(?i:first\s+published|published|posted)\b(?:\s+(?i:on))?\s*:?\s*{_D}")),
    ("date line", re.compile(_D)),
    ("byline with date", re.compile(rf"(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,3}}\s*{_D}")),
    ("dateline", re.compile(rf"{_D}\s*(?:[-–—]+\s*)+(?=[A-Z]).*", re.DOTALL)),
    ("masthead line", re.compile(rf"[-–—|]\s*(?:[A-Z][\w'’.&-]*\s+){{0,4}}[A-Z][\w'’.&-]*\s*[-–—|,]\s*{_D}")),
    ("updated line", re.compile(rf"(?i:last\s+updated|updated)\b(?:\s+(?i:on))?\s*:?\s*{_D}")),
)
_DATE_LINE_CHARS = 80
"""Longest line read as a date line (a dateline is only read up to its date)."""
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d\d)\b", re.IGNORECASE)


def article_from_text(
    raw: str,
    path: str = "<text>",
    *,
    source_format: str = "text",
    encoding: str = "utf-8",
    **meta: MetaValue,
) -> Article:
    """Build an Article from decoded text; ``raw`` is kept exactly (a leading BOM aside).

    ``meta`` takes the header keys (outlet/source/publication, date/published, url, headline/title,
    author/byline) as given by metadata; they win over a header in the text. Text and markdown are
    searched for a header; other formats are body text from the first character.
    """
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    given = _meta_fields(meta)
    header = parse_header(raw, path) if source_format in _HEADER_FORMATS else Header()
    spans = split_paragraphs(raw, header.body_start)
    if not spans:
        raise InputError(path, "no article text after the header" if header.body_start else "empty file")

    outlet, outlet_source = _pick_text(given, header.fields, "outlet")
    url, _ = _pick_text(given, header.fields, "url")
    headline, _ = _pick_text(given, header.fields, "headline")
    published, date_source = _pick_date(given, header.fields)

    paragraphs, body_headline = assign_roles(raw, spans, headline=headline, markdown=source_format == "markdown")
    if headline is None:
        headline = body_headline
    if outlet is None or published is None:
        found = _from_dateline(raw, paragraphs, url)
        if found is not None:
            dateline_outlet, dateline_date = found
            if outlet is None:
                outlet, outlet_source = dateline_outlet, "dateline"
            if published is None and dateline_date is not None:
                published, date_source = dateline_date, DateSource.DATELINE
    if outlet is None:
        furniture = [p.span.slice(raw) for p in paragraphs if p.role is ParagraphRole.FURNITURE]
        outlet = outlet_from_furniture(furniture)
        outlet_source = "furniture" if outlet else None
    if outlet is None:
        outlet = outlet_from_page(raw[header.body_start : header.body_start + 4000].split("\n"))
        outlet_source = "page" if outlet else None
    if published is None:
        published = _top_date_line(raw, header.body_start) or _timestamp_date(raw, paragraphs)
        date_source = DateSource.TEXT if published else DateSource.NONE

    # Every field is already the model's own type: construct without validating. Validation would
    # build pydantic's schemas at start-up, ~40 ms of every `quotecheck check` run.
    return Article.trusted(
        path=path,
        raw=raw,
        encoding=encoding,
        source_format=source_format,
        outlet=outlet,
        outlet_source=outlet_source,
        headline=headline,
        url=url,
        published=published,
        date_source=date_source,
        body_start=header.body_start,
        paragraphs=tuple(paragraphs),
    )


def _meta_fields(meta: dict[str, MetaValue]) -> dict[str, str | date]:
    fields: dict[str, str | date] = {}
    for key, value in meta.items():
        target = FIELD_OF_KEY.get(key.lower())
        if target is None:
            known = ", ".join(sorted(FIELD_OF_KEY))
            raise TypeError(f"article_from_text() got an unknown metadata key {key!r} (known: {known})")
        if value is None or target in fields:
            continue
        if isinstance(value, str):
            text = " ".join(value.split())
            if text:
                fields[target] = text
        else:
            fields[target] = value
    return fields


def _pick_text(given: dict[str, str | date], header: dict[str, str | date], name: str) -> tuple[str | None, str | None]:
    for fields, source in ((given, "metadata"), (header, "header")):
        value = fields.get(name)
        if value is not None:
            return str(value), source
    return None, None


def _pick_date(given: dict[str, str | date], header: dict[str, str | date]) -> tuple[date | None, DateSource]:
    for fields, source in ((given, DateSource.METADATA), (header, DateSource.HEADER)):
        value = fields.get("date")
        if isinstance(value, datetime):
            return value.date(), source
        if isinstance(value, date):
            return value, source
        if isinstance(value, str):
            parsed = parse_date(value)
            if parsed is not None:
                return parsed, source
    return None, DateSource.NONE


def _from_dateline(raw: str, paragraphs: list[Paragraph], url: str | None) -> tuple[str, date | None] | None:
    """Outlet and full date from a dateline or byline in the first paragraphs.

    A dateline without a year ("Sept 14") gets one only from the URL or a copyright line; otherwise the
    date stays unknown rather than guessed.
    """
    candidates = [p for p in paragraphs if p.role is ParagraphRole.BODY or p.reason == "byline"]
    candidates = candidates[:_DATELINE_PARAGRAPHS]
    for paragraph in candidates:
        dateline = find_dateline(paragraph.span.slice(raw))
        if dateline is None:
            continue
        if dateline.published is not None or dateline.month_day is None:
            return dateline.outlet, dateline.published
        year = _year_hint(raw, paragraphs, url)
        if year is None:
            return dateline.outlet, None
        month, day = dateline.month_day
        try:
            return dateline.outlet, date(year, month, day)
        except ValueError:
            return dateline.outlet, None
    return None


def _year_hint(raw: str, paragraphs: list[Paragraph], url: str | None) -> int | None:
    if url:
        match = _URL_YEAR.search(url)
        if match:
            return int(match.group(1))
    for paragraph in paragraphs:
        if paragraph.role is ParagraphRole.FURNITURE:
            match = _COPYRIGHT_YEAR.search(paragraph.span.slice(raw))
            if match:
                return int(match.group(1))
    return None


def _top_date_line(raw: str, body_start: int) -> date | None:
    """The date of a ``date 2023-09-15`` line that opens the body (saved pages put it there)."""
    match = _TOP_DATE_LINE.match(raw, body_start)
    return parse_date(match.group(1)) if match else None


def _timestamp_date(raw: str, paragraphs: list[Paragraph]) -> date | None:
    """The page's date from the lines of its first paragraphs, by ``_LINE_DATE_RULES`` in order.

    A line with a time before its date ("3:11 AM / Tuesday November 29, 2022") is the site's clock in
    the masthead, not the story's date, and matches no rule; dates further down ("Most read", related
    stories) are never read.
    """
    lines: list[str] = []
    for paragraph in paragraphs[:_TIMESTAMP_PARAGRAPHS]:
        text = paragraph.span.slice(raw)
        lines.extend(line.strip() for line in text.split("\n") if line.strip())
    for name, rule in _LINE_DATE_RULES:
        for line in lines:
            if name != "dateline" and len(line) > _DATE_LINE_CHARS:
                continue
            match = rule.fullmatch(line)
            if match is None:
                continue
            parsed = parse_date(match.group("d"))
            if parsed is not None:
                return parsed
    return None
