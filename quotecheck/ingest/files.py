"""Reading bytes from files and stdin, and walking folders, with errors a user can act on.

Sizes are checked before reading (a 2 GB log passed by mistake must fail at once, not after filling
memory), and every OS error becomes a one-line InputError naming the path.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterator
from typing import BinaryIO, TypeVar

from quotecheck.errors import InputError
from quotecheck.ingest.readers import BINARY_SUFFIXES

__all__ = [
    "MAX_FILE_BYTES", "MAX_SKIP_WARNINGS", "SkipWarnings", "read_file_bytes", "read_folder", "read_stream_bytes",
    "walk_folder",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
# A folder of articles often carries its own notes; named on their own these files are still read.
_NOT_ARTICLES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING", "NOTICE", "AUTHORS", "CONTRIBUTING"})
_MB = 1024 * 1024
MAX_FOLDER_DEPTH = 64
"""Levels of folders a walk goes down (os.walk recurses: 1,100 levels would exhaust Python's stack)."""
MAX_SKIP_WARNINGS = 10
"""Files skipped in one folder that are reported one per line; one more line counts the rest."""


class SkipWarnings:
    """Warnings about the files skipped in one folder: the first few one per line, then a count.

    A folder of 10,000 stray files should not bury the output under 10,000 lines; call ``finish`` when
    the folder is done. ``folder`` empty: the files come from several places.
    """

    def __init__(self, folder: str, warn: Callable[[str], None], limit: int = MAX_SKIP_WARNINGS) -> None:
        self.folder = folder
        self.warn = warn
        self.limit = limit
        self.skipped = 0

    def __call__(self, message: str) -> None:
        self.skipped += 1
        if self.skipped <= self.limit:
            self.warn(message)

    def finish(self) -> None:
        """The line counting the skipped files not reported one by one, if any."""
        hidden = self.skipped - self.limit
        if hidden > 0:
            where = f"{self.folder}: " if self.folder else ""
            self.warn(f"{where}{hidden} more file{'s' * (hidden != 1)} skipped ({self.skipped} in all)")
            self.skipped = self.limit


T = TypeVar("T")


def read_folder(folder: str, warn: Callable[[str], None], read_one: Callable[[str], list[T]], what: str) -> list[T]:
    """``read_one`` over every file of ``folder``; a file that fails is skipped with a warning.

    Raises ``InputError`` naming the folder when nothing in it could be read (``what``: "articles").
    """
    out: list[T] = []
    skipped = SkipWarnings(folder, warn)
    for path in walk_folder(folder, skipped):
        try:
            out.extend(read_one(path))
        except InputError as exc:
            skipped(str(exc))
    skipped.finish()
    if not out:
        raise InputError(folder, f"no readable {what}")
    return out


def too_large(path: str, size: int | None, limit: int) -> InputError:
    """The error for an input over ``limit`` bytes (``size`` None when only "more than" is known)."""
    limit_mb = limit // _MB
    if size is None:
        return InputError(path, f"file too large (over {limit_mb} MB; limit {limit_mb} MB)")
    size_mb = -(-size // _MB)  # round up, so 50.2 MB never reads as "50 MB; limit 50 MB"
    return InputError(path, f"file too large ({size_mb} MB; limit {limit_mb} MB)")


def read_file_bytes(path: str, limit: int = MAX_FILE_BYTES) -> bytes:
    """All bytes of a regular file (or a pipe or device, read up to the limit)."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, "is a directory")
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            raise too_large(path, info.st_size, limit)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise os_error(path, exc) from exc
    if len(data) > limit:
        raise too_large(path, None, limit)
    return data


def read_stream_bytes(stream: BinaryIO, path: str = "-", limit: int = MAX_FILE_BYTES) -> bytes:
    """Bytes of a stream such as stdin, up to the limit."""
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        raise os_error(path, exc) from exc
    if len(data) > limit:
        raise too_large(path, None, limit)
    return data


def os_error(path: str, exc: OSError) -> InputError:
    """An OS error as a one-line InputError ("no such file or directory", "permission denied")."""
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return InputError(path, "no such file or directory")
    if isinstance(exc, PermissionError):
        return InputError(path, "permission denied")
    if isinstance(exc, IsADirectoryError):
        return InputError(path, "is a directory")
    return InputError(path, f"cannot read ({exc.strerror or exc})")


def walk_folder(folder: str, warn: Callable[[str], None]) -> Iterator[str]:
    """Readable candidate files under ``folder``, recursively, in sorted path order.

    Hidden files and folders (a leading dot), files with binary suffixes, a folder's README/LICENSE-style
    notes and anything that is not a regular file (pipes, sockets, dangling links) are skipped; the paths start
    with ``folder`` as the user wrote it, so messages and outputs name files the way the user would.
    """
    found: list[tuple[tuple[str, ...], str]] = []

    def unreadable(exc: OSError) -> None:
        warn(str(os_error(exc.filename or folder, exc)))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        relative_root = os.path.relpath(root, folder)
        parts = () if relative_root == os.curdir else tuple(relative_root.split(os.sep))
        if len(parts) >= MAX_FOLDER_DEPTH and dirs:
            warn(f"{root}: folders nested more than {MAX_FOLDER_DEPTH} deep are skipped")
            dirs[:] = []
        for name in files:
            path = os.path.join(root, name)
            stem, suffix = os.path.splitext(name)
            if name.startswith(".") or suffix.lower() in BINARY_SUFFIXES or stem.upper() in _NOT_ARTICLES:
                continue
            if not os.path.isfile(path):
                continue  # a pipe or socket would block the read, a dangling link cannot be read
            found.append(((*parts, name), path))
    found.sort()
    for _, path in found:
        yield path
