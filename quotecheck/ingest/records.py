"""JSON and JSON Lines: articles as records with a text field and optional metadata.

A ``.json`` file holds one object or a list of them (``file.json#0``, ``#1`` ...); a ``.jsonl`` file
one object per line (``file.jsonl#N``, N the 1-based line, so an error and a result name the same line).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from quotecheck.errors import InputError
from quotecheck.ingest.article import MetaValue

__all__ = ["Record", "json_records", "jsonl_records"]

_TEXT_KEYS = ("text", "body", "content")
_META_KEYS: dict[str, tuple[str, ...]] = {
    "outlet": ("outlet", "publication", "source", "site", "sitename", "publisher"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate", "datePublished"),
    "url": ("url", "link"),
    "headline": ("headline", "title"),
    "author": ("author", "byline"),
}


@dataclass(frozen=True)
class Record:
    """One article's text and metadata, and the path that names it."""

    path: str
    text: str
    meta: dict[str, MetaValue]


def json_records(text: str, path: str) -> list[Record]:
    """Records of a JSON document: one object, a list of objects, or an object with an ``articles`` list."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"bad JSON: {exc.msg} (column {exc.colno})", line=exc.lineno) from exc
    except (ValueError, RecursionError) as exc:
        raise InputError(path, f"bad JSON: {_beyond_limits(exc)}") from exc
    if isinstance(data, dict) and not _has_text_key(data) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, dict):
        return [_record(data, path, path)]
    if isinstance(data, list):
        if not data:
            raise InputError(path, "no articles in the JSON list")
        return [_record(item, f"{path}#{index}", path, item_name=f"item {index}") for index, item in enumerate(data)]
    raise InputError(path, "JSON must be an object with a text field, or a list of them")


def jsonl_records(text: str, path: str) -> list[Record]:
    """Records of a JSON Lines document; blank lines are skipped, a bad line names its number."""
    records: list[Record] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"bad JSON: {exc.msg} (column {exc.colno})", line=number) from exc
        except (ValueError, RecursionError) as exc:
            raise InputError(path, f"bad JSON: {_beyond_limits(exc)}", line=number) from exc
        records.append(_record(data, f"{path}#{number}", path, line=number))
    if not records:
        raise InputError(path, "empty file")
    return records


def _beyond_limits(exc: Exception) -> str:
    """What a parser's own limit refused: an integer past Python's 4,300 digits, or nesting past its stack."""
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return "a number too long" if "digits" in str(exc) else str(exc)


def _has_text_key(data: dict[str, Any]) -> bool:
    return any(isinstance(data.get(key), str) for key in _TEXT_KEYS)


def _record(data: Any, record_path: str, file_path: str, *, line: int | None = None, item_name: str = "") -> Record:
    where = f"{item_name}: " if item_name else ""
    if not isinstance(data, dict):
        raise InputError(file_path, f"{where}expected a JSON object, got {type(data).__name__}", line=line)
    text = next((data[key] for key in _TEXT_KEYS if isinstance(data.get(key), str)), None)
    if text is None or not text.strip():
        raise InputError(file_path, f"{where}no article text (need a 'text', 'body' or 'content' string)", line=line)
    meta: dict[str, MetaValue] = {}
    for name, keys in _META_KEYS.items():
        for key in keys:
            value = _meta_value(data.get(key))
            if value:
                meta[name] = value
                break
    return Record(record_path, text, meta)


def _meta_value(value: Any) -> str | None:
    """A metadata value as text: strings as given, ``{"name": ...}`` objects by name, lists joined."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if isinstance(v, (str, int, float)))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return value.strip() if isinstance(value, str) and value.strip() else None
