"""Metadata at the top of a text file: ``key: value`` lines ended by a blank line, or YAML front matter.

The header stays in ``Article.raw`` (offsets count it); only ``body_start`` moves past it. A plain
header is recognised only when every line before the blank line is a key line and at least one key is
known, so a story that opens with "LONDON: ..." is never eaten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from quotecheck.errors import InputError

__all__ = ["FIELD_OF_KEY", "Header", "parse_header"]

# Header and metadata keys -> the Article field they fill.
FIELD_OF_KEY: dict[str, str] = {
    "outlet": "outlet", "source": "outlet", "publication": "outlet",
    "date": "date", "published": "date",
    "url": "url",
    "headline": "headline", "title": "headline",
    "author": "author", "byline": "author",
}  # fmt: skip

# The value is greedy (and stripped after): a lazy value before trailing blanks backtracks quadratically.
_KEY_LINE = re.compile(r"[ \t]*(?P<key>[A-Za-z][A-Za-z0-9 _-]{0,29}?)[ \t]*:[ \t]*(?P<value>.*)")
_MAX_KEY = 30
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_FENCE = re.compile(r"---[ \t]*\r?(?:\n|$)")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)


@dataclass(frozen=True)
class Header:
    """What a header gave: known fields (by Article field name) and where the body starts."""

    fields: dict[str, str | date] = field(default_factory=dict)
    body_start: int = 0


def parse_header(raw: str, path: str) -> Header:
    """The header at the very top of ``raw``, or an empty Header when there is none."""
    if _FENCE.match(raw):
        return _front_matter(raw, path)
    return _key_lines(raw)


def _key_lines(raw: str) -> Header:
    fields: dict[str, str | date] = {}
    pos = 0
    saw_known = False
    for match in _LINE.finditer(raw):
        line = match.group()
        if not line:
            break
        if not line.strip():
            if pos == 0 or not saw_known:
                return Header()
            return Header(fields, match.end())
        text = line.rstrip("\n")
        colon = text.find(":")  # no key before a first colon: not a key line, without trying the pattern
        key_line = None if colon < 0 or len(text[:colon].strip(" \t")) > _MAX_KEY else _KEY_LINE.fullmatch(text)
        if key_line is None:
            return Header()
        target = FIELD_OF_KEY.get(key_line["key"].strip().lower())
        value = (key_line["value"] or "").strip()
        if target is not None:
            saw_known = True
            if value and target not in fields:
                fields[target] = value
        pos = match.end()
    return Header()  # no blank line: not a header, just short lines


MAX_YAML_DEPTH = 20
"""Levels of nested lists and mappings a front matter may have (a header needs two or three)."""


def _header_loader() -> Any:
    """PyYAML's SafeLoader that refuses aliases (``*a``: an alias bomb grows without limit) and deep nesting."""
    import yaml
    from yaml.composer import ComposerError

    class HeaderLoader(yaml.SafeLoader):
        depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise ComposerError(None, None, "aliases (*name) are not allowed in a header", mark)
            if self.depth >= MAX_YAML_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise ComposerError(None, None, f"nested more than {MAX_YAML_DEPTH} levels deep", mark)
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    return HeaderLoader


def _front_matter(raw: str, path: str) -> Header:
    opening = _FENCE.match(raw)
    assert opening is not None
    closing = _FENCE_END.search(raw, opening.end())
    if closing is None:
        raise InputError(path, "YAML front matter opened with --- is never closed", line=1)
    import yaml

    block = raw[opening.end() : closing.start()]
    try:
        data: Any = yaml.load(block, Loader=_header_loader())  # a SafeLoader, without aliases
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(path, f"bad YAML front matter: {problem}", line=line) from exc
    except (ValueError, OverflowError) as exc:  # an impossible date (2024-02-30), an integer past 4,300 digits
        reason = "a number too long" if "digits" in str(exc) else str(exc)
        raise InputError(path, f"bad YAML front matter: {reason}", line=1) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "YAML front matter is not a mapping of keys to values", line=2)
    fields: dict[str, str | date] = {}
    for key, value in data.items():
        target = FIELD_OF_KEY.get(str(key).strip().lower())
        if target is None or value is None or target in fields:
            continue
        if isinstance(value, datetime):
            fields[target] = value.date()
        elif isinstance(value, date):
            fields[target] = value
        elif isinstance(value, (list, tuple)):
            fields[target] = ", ".join(str(v) for v in value)
        else:
            fields[target] = str(value).strip()
    body_start = closing.end()
    if raw.startswith("\n", body_start):
        body_start += 1
    return Header(fields, body_start)
