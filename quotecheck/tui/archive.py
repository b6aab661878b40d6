"""What the Search screen needs from the archive, without Textual: labels, and where a printing is in the app.

    printing_label(printing, drift) -> str        ("earliest", "verbatim", "truncated", "changed", ...)
    article_file(printing.file) -> str            (the file to read for it)
    find_printing(dataset, file, start) -> (EventData, Quote | None) | None
    lineup_row(event, file, start) -> str | None  (id of the line-up row holding that offset)

A printing is found in the loaded data by its article's path (spelled either way: relative or absolute) and
the offset of its quote; the app labels it the way its Quotes tab labels a version (``diff_status`` of its
word diff against the earliest printing).
"""

from __future__ import annotations

import os

from quotecheck.models import ClusterRelation, Printing, Quote, WordDiff
from quotecheck.tui.data import Dataset, EventData, Status, diff_status

__all__ = ["article_file", "find_printing", "lineup_row", "printing_label", "same_path"]


def printing_label(p: Printing, drift: bool) -> str:
    """How ``p`` stands to the earliest printing listed, in the app's words: earliest, verbatim, verbatim~
    (typography or spelling only), truncated (one is a stretch of the other), changed, spliced; "" when there
    is no earliest (``drift`` is False: a search by speaker alone). The archive's relation decides, except that
    a near-verbatim printing with a substantive change (a number, a word) is changed, as in the Quotes tab."""
    if not drift:
        return ""
    if p.earliest:
        return "earliest"
    if p.relation in _RELATION_LABELS:
        return _RELATION_LABELS[p.relation]
    status, cosmetic = diff_status(WordDiff(base="", other=p.quote_id, ops=p.diff, substantive=False))
    if status is not Status.VERBATIM:
        return status.value
    return "verbatim~" if cosmetic or p.relation is ClusterRelation.NEAR_VERBATIM else "verbatim"


_RELATION_LABELS = {ClusterRelation.TRUNCATED: "truncated", ClusterRelation.SPLICED: "spliced",
                    ClusterRelation.PARAPHRASED: "changed"}


def _is_url(path: str) -> bool:
    return path.lower().startswith(("http://", "https://"))


def same_path(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name one article (``arch/a.txt`` and ``/home/me/arch/a.txt`` do)."""
    if a == b:
        return True
    if _is_url(a) or _is_url(b):
        return False
    return os.path.abspath(a) == os.path.abspath(b)


def article_file(file: str) -> str:
    """The file to read for a printing in ``file``: itself, or for one record of a JSON file
    (``feed.jsonl#3``) the JSON file."""
    if _is_url(file) or os.path.exists(file) or "#" not in file:
        return file
    base = file.rsplit("#", 1)[0]
    return base if os.path.exists(base) else file


def find_printing(dataset: Dataset, file: str, start: int) -> tuple[EventData, Quote | None] | None:
    """The event holding article ``file`` and its quote starting at ``start`` (None when the article changed
    since it was indexed and no quote starts there); None when no loaded article is ``file``."""
    for event in dataset.events:
        for path, result in event.articles.items():
            if same_path(path, file):
                quote = next((q for q in result.quotes if q.span.start == start), None)
                return event, quote
    return None


def lineup_row(event: EventData, file: str, start: int) -> str | None:
    """Id of the line-up row whose sentence of article ``file`` holds offset ``start``."""
    if event.lineup is None:
        return None
    for row in event.lineup.rows:
        for cell in row.cells:
            if same_path(cell.file, file) and cell.span.start <= start < cell.span.end:
                return row.id
    return None
