"""Paragraph roles: page furniture, captions and the headline, told apart from body text by general rules.

Scraped articles keep ad slots, link lists, photo credits and newsletter prompts as lines of their own.
They stay in ``raw`` (offsets must not move) and are only marked, so quotes in a "READ MORE" headline
never count as reported speech. The rules look at the shape of a line, never at which outlet it came from.
"""

from __future__ import annotations

import re

from quotecheck.extract.lexicon import MONTH_ABBREVIATIONS, MONTHS, alternation
from quotecheck.models import Paragraph, ParagraphRole, Span

__all__ = ["CREDIT", "assign_roles", "furniture_reason", "word_count"]

_I = re.IGNORECASE

_AD = re.compile(
    r"(?:article\s+)?(?:ad|advert|advertisement|advertising)(?:\s+(?:box|slot|feature|break))?"
    r"|sponsored(?:\s+content)?|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?"
    r"(?:\s+(?:advert|advertisement|ad))?|continue\s+reading(?:\s+(?:below|the main story))?"
    r"|skip\s+(?:advert|advertisement|ad)",
    _I,
)
# "READ MORE: headline", "Related: ...", "MORE: ..." (the short labels only in capitals, as sites print them).
_LINK_LABEL = re.compile(
    r"(?i:read\s+more|read\s+also|also\s+read|see\s+also|related|more\s+on\s+this)\s*(?::|\s[-–—|])(?:\s|$)"
    r"|(?:MORE|WATCH|LISTEN|LIVE|VIDEO|PICTURED)\s*(?::|\s[-–—|])\s+\S"
)
_LIST_HEADER = re.compile(
    r"(?:you\s+(?:may|might)\s+also\s+(?:like|enjoy)|related(?:\s+(?:articles?|stories|content|coverage"
    r"|topics|links|reading|news))?|most\s+(?:read|popular|viewed|shared)|more\s+(?:on\s+this\s+story"
    r"|stories|from\s+[\w' ]{1,30})|recommended(?:\s+(?:for\s+you|stories|articles|reading|videos))?"
    r"|read\s+next|what\s+to\s+read\s+next|trending(?:\s+now)?|top\s+stories|popular\s+now"
    r"|(?:from\s+)?around\s+the\s+web|don'?t\s+miss|explore\s+more|latest\s+stories)\s*:?",
    _I,
)
_AGENCY = (
    r"(?:PA(?:\s+(?:Wire|Media|Images|Archive))?|Press\s+Association|Getty(?:\s+Images)?|Reuters|AFP|AP"
    r"|Associated\s+Press|Alamy(?:\s+Live\s+News)?|Shutterstock|EPA(?:-EFE)?|Rex(?:\s+Features)?"
    r"|Bloomberg|Handout|Supplied|iStock(?:photo)?|SWNS|Bav\s+Media|Mirrorpix|UK\s+Parliament"
    r"|Sky\s+News|BBC|Pool|X|Twitter|Instagram|Facebook|YouTube|TikTok|Reach|Anadolu|Sipa|ZUMA(?:\s+Wire)?)"
)
_CREDIT_WORD = r"(?:image|images|photo|photos|picture|pictures|pic|pics|photograph|credit|source|video)"
CREDIT = re.compile(
    rf"\(?\s*(?:(?i:{_CREDIT_WORD})(?:\s+(?i:credit))?\s*:\s*[^\n]{{1,60}}?"
    rf"|{_AGENCY}(?:\s*(?:/|,|;|\||&|\band\b|\bvia\b)\s*{_AGENCY})*)\s*\)?"
)
_INLINE_CREDIT = re.compile(rf"\((?i:{_CREDIT_WORD})(?:\s+(?i:credit))?\s*:\s*[^()\n]{{1,60}}\)\s*$")
_SECTION = re.compile(r"[A-Z0-9][A-Z0-9 ,'’&/\-]{0,48}[A-Z0-9]?:|[A-Z]{2,}:")
_PROMPT = re.compile(
    r"(?:sign\s+up\b.{0,80}\b(?:newsletter|alerts|updates|email)|join\s+our\b.{0,80}"
    r"\b(?:whatsapp|telegram|facebook|community|channel|group|newsletter|mailing)"
    r"|follow\s+(?:us|[\w ]{1,30})\s+on\s+(?:twitter|x|instagram|facebook|tiktok|threads|bluesky|whatsapp)"
    r"|click\s+here\b|subscribe\s+(?:to|for)\b|get\s+(?:our|the\s+latest)\b.{0,60}"
    r"\b(?:newsletter|inbox|alerts|app)|download\s+(?:the|our)\b.{0,40}\bapp\b|like\s+us\s+on\s+facebook"
    r"|(?:for|get)\s+the\s+latest\s+(?:news|updates)\b.{0,60}\b(?:follow|sign\s+up|subscribe|join))",
    _I,
)
_SHARE = re.compile(
    r"share(?:\s+(?:this|the)\s+(?:article|story|page|post))?|share\s+(?:on|via)\s+\w+|copy\s+link"
    r"(?:\s+to\s+clipboard)?|print(?:\s+this\s+(?:article|page))?|comments?|save(?:\s+article)?"
    r"|(?:facebook|twitter|whatsapp|email|linkedin|reddit|x)(?:\s*[|,/]\s*(?:facebook|twitter|whatsapp"
    r"|email|linkedin|reddit|x))*",
    _I,
)
# "© 2024 ...", "(c) ...", "Copyright 2024 ..." ("Copyright lawyers said ..." is a sentence, not a notice).
_COPYRIGHT = re.compile(r"©|\(c\)\s|copyright\s+(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b", _I)
# Words without which no line is a newsletter or social prompt.
_PROMPT_WORDS = (
    "sign up", "join our", "follow", "click here", "subscribe", "newsletter", "download", "like us",
)  # fmt: skip
_TIMESTAMP = re.compile(r"(?:published|updated|last\s+updated|posted|first\s+published)\b\s*:?\s*.{0,60}", _I)
_BYLINE = re.compile(
    r"By\s+(?:[A-Z][\w.'’\-]*\s*){1,4}(?:(?:,|\band\b|&)\s*(?:[A-Z][\w.'’\-]*\s*){1,4})*"
    r"(?:[,|]\s*[\w.'’ ]{1,40})?"
)
# A byline without "By": the writer's name, then a journalist's job ("Priya Malhotra, Political
# Correspondent", "Jo Bell | Health editor", "Holly Bancroft Social Affairs Correspondent", the job on a line
# of its own); the writer is no actor of the story, so the line is furniture and its name never learned.
_JOURNALIST = r"(?i:correspondent|editor|reporter|writer|columnist|journalist|contributor|producer)s?"
_STAFF_BYLINE = re.compile(
    r"(?:[A-Z][\w.'’\-]*\s+){1,3}[A-Z][\w.'’\-]*(?:\s*[,|–—]\s*|\s+)"
    rf"(?:[A-Za-z&\-]+\s+){{0,4}}{_JOURNALIST}(?:\s+(?:in|for|at)(?:\s+[A-Z][\w\-]*){{1,3}})?"
)
# "Additional reporting by Tom Hale", "Reporting by Jane Doe; Editing by John Roe" (wire credits).
_CREDIT_LINE = re.compile(
    r"(?:(?i:additional\s+)?(?i:reporting|writing|editing|research)(?:\s+(?:and|&)\s+\w+)?\s+(?i:by)"
    r"\s+[A-Z][^.!?\n]{0,100}[;,]?\s*)+\.?"
)
_LINK = re.compile(r"(?:https?://|www\.)\S+")
# A "Latest" list item: "1h agoHeadline of another story", "25 mins ago Another headline".
_AGO_ITEM = re.compile(r"\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\s*(?=[A-Z])")
# Site chrome a saved page keeps: skip links, notification and reader-support prompts.
_CHROME = re.compile(
    r"(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|footer|menu)\s*)+"
    r"|stay\s+up\s+to\s+date\s+with\s+notifications\b.{0,60}|notifications\s+can\s+be\s+managed\b.{0,60}"
    r"|we\s+need\s+your\s+help(?:\s+now)?[.!]?|support\s+from\s+readers\s+like\s+you\b.{0,80}"
    r"|click\s+to\s+follow|[\w .]{1,30}\bis\s+not\s+supported\b.{0,100}"
    r"|this\s+article\s+is\s+more\s+than\s+\w+\s+(?:years?|months?)\s+old",
    _I,
)
# A caption's credit inside the line: "... outside the court | PICTURE: Jo Bell", "Photograph: AAP".
_CAPTION_CREDIT = re.compile(
    r"\|\s*(?i:picture|photo|image|photograph)s?\s*:|(?i:photograph|image\s+source)\s*[:,]"
    r"|\((?i:photo|image|picture)s?\s*(?:by\b|credit\b|:)"
)
_MONTH_WORD = re.compile(rf"\b(?:{alternation((*MONTHS, *MONTH_ABBREVIATIONS), capitalise=True)})\b\.?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A saved page's "date 2024-03-05" prefix before the first line.
_DATE_PREFIX = re.compile(r"\s*date\s+(?:19|20)\d\d-\d\d-\d\d\s+", _I)
HEADLINE_MIN_WORDS = 4
"""Fewest words of a headline: shorter lines at the top are section labels ("News", "Nation & World"),
passed over for a longer line before the story; a first line of two or three words is the headline
when no longer one follows."""
HEADLINE_SEARCH = 8
"""Paragraphs searched for the headline, above the first paragraph of reporting."""

_CLOSERS = "\"'”’»)]" + " \t"
_SHORT_CHARS = 160  # furniture lines are short; body paragraphs skip every line rule at once


def word_count(text: str) -> int:
    """Words in ``text`` (whitespace-separated)."""
    return len(text.split())


def _last_mark(text: str) -> str:
    stripped = text.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def _is_prompt(text: str) -> bool:
    # The anchored pattern fails at the first character of almost every line: cheaper than lower-casing
    # the line for the word test, so it runs first.
    if _PROMPT.match(text) is None:
        return False
    lowered = text.lower()
    return any(word in lowered for word in _PROMPT_WORDS)


def _is_copyright(text: str) -> bool:
    return _COPYRIGHT.match(text) is not None or "all rights reserved" in text.lower()


def furniture_reason(text: str) -> str | None:
    """Why one paragraph on its own is page furniture, or None when it may be body text."""
    if _LINK_LABEL.match(text) or _AGO_ITEM.match(text):
        return "related link"
    if len(text) > _SHORT_CHARS:
        if len(text) <= 2 * _SHORT_CHARS and _is_prompt(text):
            return "newsletter or social prompt"
        return "copyright line" if _is_copyright(text) and word_count(text) <= 40 else None
    if _AD.fullmatch(text):
        return "ad slot"
    if _LIST_HEADER.fullmatch(text):
        return "related links"
    if CREDIT.fullmatch(text):
        return "photo credit"
    if _SECTION.fullmatch(text) and sum(ch.isalpha() for ch in text) >= 2:
        return "section header"
    if _is_prompt(text):
        return "newsletter or social prompt"
    if _SHARE.fullmatch(text):
        return "share buttons"
    if _is_copyright(text):
        return "copyright line"
    if _LINK.fullmatch(text):
        return "bare link"
    if _CHROME.fullmatch(text):
        return "site chrome"
    if _TIMESTAMP.fullmatch(text) and any(ch.isdigit() for ch in text) and _last_mark(text) != ".":
        return "timestamp"
    if _BYLINE.fullmatch(text) and _last_mark(text) not in ".!?":
        return "byline"
    if _is_staff_byline(text) or _CREDIT_LINE.fullmatch(text):
        return "byline"
    return None


def _is_staff_byline(text: str) -> bool:
    """ "Name, Political Correspondent", or the name and the job on lines of their own, with at most
    a date or time line under them."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or len(lines) > 3 or _last_mark(text) in ".!?:;" or '"' in text or "“" in text:
        return False
    if _STAFF_BYLINE.fullmatch(lines[0]):
        rest = lines[1:]
    elif len(lines) >= 2 and _STAFF_BYLINE.fullmatch(f"{lines[0]}, {lines[1]}"):
        rest = lines[2:]
    else:
        return False
    return all(any(ch.isdigit() for ch in line) and word_count(line) <= 10 for line in rest)


def _headline_like(text: str, max_words: int) -> bool:
    """Short, and not a sentence of reporting (which ends with a full stop)."""
    return word_count(text) <= max_words and _last_mark(text) not in {".", ",", ";", ":", ""}


def _list_item_like(text: str) -> bool:
    if word_count(text) > 25 or _last_mark(text) == ".":
        return False
    return _last_mark(text) not in "?!" or word_count(text) <= 15


def assign_roles(
    raw: str,
    spans: list[tuple[int, int]],
    *,
    headline: str | None = None,
    markdown: bool = False,
) -> tuple[list[Paragraph], str | None]:
    """Paragraphs with roles, and the headline text found in the body (None when there is none).

    ``headline`` is one a header or metadata gave: the first paragraph is the headline only when it
    repeats it. Without one, a short first paragraph with no full stop reads as the headline.
    """
    texts = [raw[start:end] for start, end in spans]
    roles = [ParagraphRole.BODY] * len(spans)
    reasons: list[str | None] = [None] * len(spans)
    for i, text in enumerate(texts):
        reason = furniture_reason(text)
        if reason is not None:
            roles[i], reasons[i] = ParagraphRole.FURNITURE, reason
            if reason in {"related links", "section header"}:
                _mark_link_list(texts, roles, reasons, i + 1)
    spans = list(spans)
    found_headline = _mark_headline(raw, texts, spans, roles, given=headline, markdown=markdown)
    _mark_captions(texts, roles, reasons)
    paragraphs = [
        Paragraph.trusted(span=Span.trusted(start=start, end=end), role=role, reason=reason)
        for (start, end), role, reason in zip(spans, roles, reasons, strict=True)
    ]
    return paragraphs, found_headline


def _mark_link_list(texts: list[str], roles: list[ParagraphRole], reasons: list[str | None], start: int) -> None:
    """The short headline-like lines under a "You may also like" header, up to the next real paragraph."""
    for j in range(start, len(texts)):
        if roles[j] is ParagraphRole.FURNITURE:
            continue
        if not _list_item_like(texts[j]):
            return
        if j + 1 < len(texts) and furniture_reason(texts[j + 1]) == "photo credit":
            return  # a caption above a photo credit, not a link
        roles[j], reasons[j] = ParagraphRole.FURNITURE, "related links"


def _mark_headline(
    raw: str,
    texts: list[str],
    spans: list[tuple[int, int]],
    roles: list[ParagraphRole],
    *,
    given: str | None,
    markdown: bool,
) -> str | None:
    first = next((i for i, role in enumerate(roles) if role is ParagraphRole.BODY), None)
    if first is None:
        return None
    text = texts[first]
    if markdown and text.startswith("# "):
        start, end = spans[first]
        offset = len(text) - len(text[1:].lstrip())
        spans[first] = (start + offset, end)
        texts[first] = raw[start + offset : end]
        roles[first] = ParagraphRole.HEADLINE
        return texts[first]
    if given is not None:
        if _same_headline(text, given):
            roles[first] = ParagraphRole.HEADLINE
            return text
        return None
    short: int | None = None  # a short first line: the headline when no longer one comes before the story
    for i in range(first, min(len(texts), first + HEADLINE_SEARCH)):
        if roles[i] is not ParagraphRole.BODY:
            continue
        text = texts[i]
        prefix = _DATE_PREFIX.match(text)
        if prefix is not None and i == first:
            text = text[prefix.end() :]
        if _is_caption(texts, roles, i):
            continue
        if "\n" in text or not _headline_like(text, 25):
            break  # the reporting has begun
        if _is_date_line(text):
            continue
        if word_count(text) < HEADLINE_MIN_WORDS:
            if i == first and prefix is None and word_count(text) >= 2:
                short = i
            continue
        if prefix is not None and i == first:
            start, end = spans[i]
            spans[i] = (start + prefix.end(), end)
            texts[i] = text
        roles[i] = ParagraphRole.HEADLINE
        return text
    if short is not None:
        roles[short] = ParagraphRole.HEADLINE
        return texts[short]
    return None


def _is_date_line(text: str) -> bool:
    """A line that gives a full date ("- The Post - Friday, September 5, 2008", "3:11 AM / Tuesday ...")."""
    return _YEAR.search(text) is not None and _MONTH_WORD.search(text) is not None and word_count(text) <= 12


def _is_caption(texts: list[str], roles: list[ParagraphRole], i: int) -> bool:
    """A photo caption: a credit inside the line, or a labelled photo credit on the next line."""
    if _CAPTION_CREDIT.search(texts[i]):
        return True
    # a labelled credit ("Source: Unite", "Photo: PA"); a bare "PA" under a headline credits the photo below
    return i + 1 < len(texts) and ":" in texts[i + 1] and CREDIT.fullmatch(texts[i + 1]) is not None


def _same_headline(text: str, given: str) -> bool:
    """The first line repeats the metadata headline (which may carry a " | Site name" suffix)."""
    line = " ".join(text.split()).casefold()
    title = " ".join(given.split()).casefold()
    return line == title or (_headline_like(text, 25) and len(line) >= 12 and title.startswith(line))


def _mark_captions(texts: list[str], roles: list[ParagraphRole], reasons: list[str | None]) -> None:
    """A short unpunctuated line just above a lone photo credit, or one ending "(Image: PA)", is a caption."""
    for i, text in enumerate(texts):
        if roles[i] is not ParagraphRole.BODY:
            continue
        before_credit = (
            i + 1 < len(texts)
            and reasons[i + 1] == "photo credit"
            and word_count(text) <= 40
            and _last_mark(text) not in ".!?:;"
        )
        if before_credit:
            roles[i], reasons[i] = ParagraphRole.CAPTION, "caption above a photo credit"
        elif text.endswith(")") and word_count(text) <= 40 and _INLINE_CREDIT.search(text):
            roles[i], reasons[i] = ParagraphRole.CAPTION, "caption with a photo credit"
