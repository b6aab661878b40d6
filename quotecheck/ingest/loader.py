"""The entry points: paths, folders, ``-`` and URLs as the user typed them -> Articles.

A bad file named on the command line is an error; a bad file met while walking a folder is a warning,
because one stray file should not stop a comparison of fifty.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from quotecheck.errors import InputError
from quotecheck.ingest.files import read_file_bytes, read_folder, read_stream_bytes
from quotecheck.ingest.readers import (
    articles_from_bytes,
    charset_of_content_type,
    format_for_content_type,
    format_for_name,
)
from quotecheck.ingest.url import fetch_url, is_url
from quotecheck.models import Article

__all__ = ["load_article", "load_articles"]

Warn = Callable[[str], None]


def _warn_to_stderr(message: str) -> None:
    print(f"quotecheck: warning: {message}", file=sys.stderr)


def load_articles(
    paths: Sequence[str],
    *,
    cache_dir: Path | None = None,
    warn: Warn | None = None,
    stdin: BinaryIO | None = None,
) -> list[Article]:
    """Every article in ``paths`` (files, folders, ``-`` for stdin, http(s) URLs), in the order given.

    Folders are read recursively in sorted order; a file there that cannot be read is reported through
    ``warn`` (default: a line on stderr) and skipped (past ``MAX_SKIP_WARNINGS``, one line counts the rest),
    and a folder with no readable article is an error.
    """
    report = warn or _warn_to_stderr
    articles: list[Article] = []
    for path in paths:
        if path != "-" and not is_url(path) and os.path.isdir(path):
            articles.extend(_load_folder(path, cache_dir, report))
        else:
            articles.extend(_load_one(path, cache_dir, stdin))
    return articles


def load_article(path: str, *, cache_dir: Path | None = None, stdin: BinaryIO | None = None) -> Article:
    """The one article at ``path``; InputError for a folder or a file that holds several."""
    if path != "-" and not is_url(path) and os.path.isdir(path):
        raise InputError(path, "is a directory (give a file, or load every article in it)")
    articles = _load_one(path, cache_dir, stdin)
    if len(articles) != 1:
        raise InputError(path, f"holds {len(articles)} articles, expected one")
    return articles[0]


def _load_one(path: str, cache_dir: Path | None, stdin: BinaryIO | None) -> list[Article]:
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        return articles_from_bytes(read_stream_bytes(stream, path), path, None)
    if is_url(path):
        fetched = fetch_url(path, cache_dir)
        return articles_from_bytes(
            fetched.body,
            path,
            format_for_content_type(fetched.content_type),
            declared=charset_of_content_type(fetched.content_type),
            url=path,
        )
    return articles_from_bytes(read_file_bytes(path), path, format_for_name(path))


def _load_folder(folder: str, cache_dir: Path | None, warn: Warn) -> list[Article]:
    return read_folder(folder, warn, lambda path: _load_one(path, cache_dir, None), "articles")
