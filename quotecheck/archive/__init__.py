"""The archive: index a newsroom's articles once, then find every printing of a quote and check drafts against
all of it.

    build_index(paths, db, *, workers=None, dask_address=None, progress=None, warn=None) -> BuildSummary
    open_index(db) -> Index                       (read only; ``with open_index(db) as index: ...``)
    search(index, words, speaker=None, since=None, until=None, outlet=None, limit=10) -> list[Printing]
    index_stats(index) -> IndexStats;  verify_index(index) -> list[VerifyProblem]
    archive_sources(index, drafts, warn, keep) -> list[ArticleQuotes];  with_earliest(index, check) -> DraftCheck
    fts5_available() -> bool

The index is one SQLite file (the standard library's ``sqlite3``; FTS5 must be compiled in, and a clear error
says so where it is not). It holds every file's content hash, every article's metadata (outlet, headline,
publication date), each distinct normalised quote text once (keyed by its hash) with its word-pair terms in an
FTS5 table (external content, ``detail=full``) and a table of how many texts hold each term, and every printing
of it (file, offsets, line, kind, speaker as credited, venue, cue). Files are read by the loader
``check --sources`` uses (everything ``quotes`` reads, plus transcripts and Word files) and extracted by the one
engine, ``quotecheck.extract``.

Modules: rows (one file -> rows; what a Dask task runs), store (schema, open, write), build (listing,
incremental plan, batches, Dask), query (search, stats, verify), provider (``check --index``). Paths are stored
relative to the index's folder when under it, so an index can be read from any working folder.
"""

from __future__ import annotations

from quotecheck.archive.build import BuildProgress, build_index, default_db
from quotecheck.archive.provider import archive_sources, earliest_printing, with_earliest
from quotecheck.archive.query import index_stats, search, verify_index
from quotecheck.archive.store import Index, create_or_open, fts5_available, open_index

__all__ = [
    "BuildProgress",
    "Index",
    "archive_sources",
    "build_index",
    "create_or_open",
    "default_db",
    "earliest_printing",
    "fts5_available",
    "index_stats",
    "open_index",
    "search",
    "verify_index",
    "with_earliest",
]
