"""Settings from ``[tool.quotecheck]`` in ``pyproject.toml`` or from a ``quotecheck.toml``.

    find_config(start) -> Path | None
    load_config(path) -> Config

The first folder from ``start`` upwards that has a ``quotecheck.toml`` (top-level keys, or a
``[tool.quotecheck]`` table) or a ``pyproject.toml`` with a ``[tool.quotecheck]`` table wins; the
search stops at the repository root (a folder with ``.git``). Keys:

    sources = ["interviews/*.vtt", "wires/**/*.txt"]   # globs, relative to the config file
    fail-on = ["misquote", "misattributed", "wrong_venue"]   # or one comma-separated string
    ignore  = ["a quote text that is never checked"]
    exclude = ["drafts/**"]        # globs never read as sources (other drafts of the story)
    transcripts = ["interviews/*.txt"]   # sources read as transcripts whatever they look like
    index = "archive/quotecheck.db"   # the archive index (``index build``, ``search``, ``check``)

Every error is a ConfigError that names the file and the key.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotecheck.errors import ConfigError
from quotecheck.models import CheckStatus

__all__ = ["CONFIG_FILES", "Config", "find_config", "load_config"]

CONFIG_FILES = ("quotecheck.toml", "pyproject.toml")
_KEYS = ("sources", "fail-on", "ignore", "exclude", "transcripts", "index")


@dataclass(frozen=True)
class Config:
    """What a configuration file says; empty when there is none."""

    path: str | None = None
    """The file read, None for the defaults."""
    sources: tuple[str, ...] = ()
    """Source files matched by the globs, in glob order (sorted within each glob)."""
    source_globs: tuple[str, ...] = ()
    """The globs as written."""
    fail_on: frozenset[CheckStatus] | None = None
    """Statuses that fail a run; None when the file does not say."""
    ignore: tuple[str, ...] = field(default_factory=tuple)
    """Quote texts never checked."""
    exclude: tuple[str, ...] = ()
    """Globs of paths never read as sources, made absolute from the config file's folder."""
    transcripts: tuple[str, ...] = ()
    """Files matched by the ``transcripts`` globs: sources read as transcripts, no sniffing."""
    index: str | None = None
    """The archive index file (``index = "path"``), relative to the config file's folder; None when not set."""


def _table(path: Path) -> dict[str, Any] | None:
    """The quotecheck table of ``path``; None when a pyproject.toml has none.

    A project's pyproject.toml that never mentions quotecheck is not parsed at all: it is the common
    case in a repository's CI, and the TOML parser is a noticeable part of a ``check`` run's start-up.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(str(path), None, f"cannot read ({exc.strerror or exc})") from exc
    if path.name == "pyproject.toml" and not _may_hold_our_table(raw):
        return None
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML (not UTF-8 at byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML ({exc})") from exc
    except RecursionError as exc:
        raise ConfigError(str(path), None, "not valid TOML (nested too deeply)") from exc
    except ValueError as exc:  # an integer past Python's 4,300 digits
        raise ConfigError(str(path), None, "not valid TOML (a number too long)") from exc
    tool = data.get("tool")
    table = tool.get("quotecheck") if isinstance(tool, dict) else None
    if path.name == "pyproject.toml":
        if table is None:
            return None
        if not isinstance(table, dict):
            raise ConfigError(str(path), "tool.quotecheck", "must be a table")
        return table
    if table is not None:
        if not isinstance(table, dict):
            raise ConfigError(str(path), "tool.quotecheck", "must be a table")
        return table
    return {k: v for k, v in data.items() if k != "tool"}


def _may_hold_our_table(raw: bytes) -> bool:
    """A necessary condition for a ``tool.quotecheck`` table, however the TOML spells it:
    ``[tool.quotecheck]``, ``[ tool . "quotecheck" ]``, ``tool.quotecheck.x = ``, a ``[tool]`` table
    with a ``quotecheck`` key, or an inline ``tool = {...}``."""
    if b"quotecheck" not in raw:
        return False
    squeezed = raw.translate(None, b" \t\"'")
    return b"tool.quotecheck" in squeezed or b"[tool]" in squeezed or b"tool={" in squeezed


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The configuration file that applies to ``start`` (default: the working folder)."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _table(candidate) is not None):
                return candidate
        if (folder / ".git").exists():
            return None
    return None


def _strings(path: Path, key: str, value: Any, allow_csv: bool = False) -> list[str]:
    if allow_csv and isinstance(value, str):
        return [v for v in (p.strip() for p in value.split(",")) if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            str(path), key, "must be a list of strings" + (" or a comma-separated string" if allow_csv else "")
        )
    return list(value)


def _shown(path: str) -> str:
    """A path relative to the working folder when it is under it (as a user would type it)."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if rel.startswith("..") else rel


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read and check one configuration file."""
    file = Path(path)
    if not file.is_file():
        raise ConfigError(str(path), None, "no such file")
    table = _table(file)
    if table is None:
        raise ConfigError(str(path), "tool.quotecheck", "no [tool.quotecheck] table")
    prefix = "tool.quotecheck." if file.name == "pyproject.toml" else ""
    for key in table:
        if key not in _KEYS:
            raise ConfigError(str(path), prefix + key, f"unknown key (known: {', '.join(_KEYS)})")
    globs = _strings(file, prefix + "sources", table.get("sources", []))
    sources = _expand(file, prefix + "sources", globs)
    transcripts = _expand(file, prefix + "transcripts", _strings(file, prefix + "transcripts",
                                                                  table.get("transcripts", [])))
    exclude = tuple(
        g if os.path.isabs(g) else str(file.parent.resolve() / g)
        for g in _strings(file, prefix + "exclude", table.get("exclude", []))
    )
    fail_on: frozenset[CheckStatus] | None = None
    if "fail-on" in table:
        from quotecheck.check import parse_statuses

        names = _strings(file, prefix + "fail-on", table["fail-on"], allow_csv=True)
        try:
            fail_on = parse_statuses(names, where="fail-on")
        except ValueError as exc:
            raise ConfigError(str(path), prefix + "fail-on", str(exc).removeprefix("fail-on: ")) from exc
    ignore = _strings(file, prefix + "ignore", table.get("ignore", []))
    index = table.get("index")
    if index is not None and (not isinstance(index, str) or not index.strip()):
        raise ConfigError(str(path), prefix + "index", "must be a path (a string)")
    if index is not None and not os.path.isabs(index):
        index = _shown(str(file.parent / index))
    return Config(
        path=str(path), sources=tuple(sources), source_globs=tuple(globs), fail_on=fail_on, ignore=tuple(ignore),
        exclude=exclude, transcripts=tuple(transcripts), index=index,
    )


def _expand(file: Path, key: str, globs: list[str]) -> list[str]:
    """The files the globs match, relative to the config file's folder; a glob matching none is an error."""
    import glob

    out: list[str] = []
    for pattern in globs:
        full = pattern if os.path.isabs(pattern) else str(file.parent / pattern)
        matched = sorted(glob.glob(full, recursive=True))
        if not matched:
            raise ConfigError(str(file), key, f"{pattern!r} matches no file")
        for m in matched:
            shown = _shown(m)
            if shown not in out:
                out.append(shown)
    return out
