"""The index file: one SQLite database (standard library), FTS5 over word-pair terms of the quotes.

    create_or_open(db) -> Index       (for a build: a new file, or an existing quotecheck index)
    open_index(db) -> Index           (read only: search, stats, verify, check --index)

Tables: ``meta`` (what this file is), ``files`` (path, content hash, size, mtime), ``articles`` (outlet,
headline, date), ``texts`` (each distinct normalised quote text once, keyed by its hash, with its terms),
``texts_fts`` (FTS5, external content: the view ``texts_terms`` over ``texts``, whose terms the SQL function
``quotecheck_terms`` computes from the words; ``detail=full``), ``terms`` (how many texts hold each
term: the query keeps its rarest terms), ``printings`` (every quote as printed: file, offsets, line,
speaker as credited, venue, cue, kind). Every error is one line naming the file (``InputError``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from quotecheck.archive.rows import FileRows, shingles, text_hash
from quotecheck.errors import InputError

__all__ = ["APP", "SCHEMA_VERSION", "Index", "create_or_open", "fts5_available", "open_index", "register_functions"]

APP = "quotecheck-archive"
"""``meta.app`` of every quotecheck index."""
SCHEMA_VERSION = "1"
BUSY_SECONDS = 5.0
"""How long a command waits for another process's write (a build's batch) before saying the index is locked."""

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, digest TEXT NOT NULL, size INTEGER, mtime_ns INTEGER
);
CREATE TABLE articles (
    id INTEGER PRIMARY KEY, file_id INTEGER NOT NULL REFERENCES files(id), ordinal INTEGER NOT NULL,
    path TEXT NOT NULL, source_format TEXT, outlet TEXT, headline TEXT, published TEXT, url TEXT
);
CREATE INDEX articles_file ON articles(file_id);
CREATE TABLE texts (
    id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, norm TEXT NOT NULL, printings INTEGER NOT NULL
);
CREATE VIEW texts_terms(id, terms) AS SELECT id, quotecheck_terms(norm) FROM texts;
CREATE VIRTUAL TABLE texts_fts USING fts5(
    terms, content='texts_terms', content_rowid='id', detail=full,
    tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
);
CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE printings (
    id INTEGER PRIMARY KEY, text_id INTEGER NOT NULL REFERENCES texts(id),
    article_id INTEGER NOT NULL REFERENCES articles(id), file_id INTEGER NOT NULL REFERENCES files(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
    text TEXT NOT NULL, kind TEXT NOT NULL, speaker TEXT, speaker_key TEXT, mention TEXT, venue TEXT,
    cue TEXT, paragraph INTEGER NOT NULL
);
CREATE INDEX printings_text ON printings(text_id);
CREATE INDEX printings_file ON printings(file_id);
CREATE INDEX printings_speaker ON printings(speaker_key);
"""


def fts5_available() -> bool:
    """Whether this Python's SQLite has FTS5 compiled in."""
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    finally:
        con.close()
    return True


def _require_fts5(db: str) -> None:
    if not fts5_available():
        raise InputError(db, f"this Python's SQLite ({sqlite3.sqlite_version}) has no FTS5; the archive needs "
                             "a Python built with FTS5 (python.org, most Linux distributions and conda have it)")


def _explain(db: str, exc: sqlite3.Error) -> InputError:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return InputError(db, "the index is locked by another process (a build still writing?); try again later")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return InputError(db, "not a quotecheck index (not a SQLite database, or a damaged one)")
    if "readonly" in text or "read-only" in text:
        return InputError(db, "cannot write the index (read-only)")
    return InputError(db, f"index error ({exc})")


@dataclass
class Index:
    """An open index: its path and connection."""

    db: str
    con: sqlite3.Connection

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def error(self, exc: sqlite3.Error) -> InputError:
        """``exc`` as one line naming the index file."""
        return _explain(self.db, exc)

    def meta(self, key: str) -> str | None:
        """A value of the ``meta`` table."""
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the ``meta`` table (inside the caller's transaction)."""
        self.con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def register_functions(con: sqlite3.Connection) -> None:
    """The SQL function the full-text table's content view needs: ``quotecheck_terms(norm)``, a text's terms
    (computed from its words, not stored twice: a third of the index's size)."""
    con.create_function("quotecheck_terms", 1, lambda norm: " ".join(shingles(str(norm))), deterministic=True)


def _connect(db: str, mode: str) -> sqlite3.Connection:
    from urllib.parse import quote

    uri = f"file:{quote(os.path.abspath(db))}?mode={mode}"
    try:
        con = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _explain(db, exc) from exc
    register_functions(con)
    return con


def _check_ours(db: str, con: sqlite3.Connection) -> None:
    """Raise unless ``con`` is a quotecheck index of this schema."""
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if "meta" not in tables:
            raise InputError(db, "not a quotecheck index (a SQLite database of something else); give another --db")
        app = con.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.Error as exc:
        con.close()
        raise _explain(db, exc) from exc
    except InputError:
        con.close()
        raise
    if app is None or app[0] != APP:
        con.close()
        raise InputError(db, "not a quotecheck index (a SQLite database of something else); give another --db")
    if version is None or version[0] != SCHEMA_VERSION:
        con.close()
        raise InputError(db, f"an index of another quotecheck version (schema {version[0] if version else '?'}, "
                             f"this one reads {SCHEMA_VERSION}); rebuild it into a new file")


def open_index(db: str) -> Index:
    """The index at ``db``, read only; InputError (one line naming the file) when there is none, when it is not
    a quotecheck index, or when it is locked."""
    if not os.path.exists(db):
        raise InputError(db, "no index here; build one: quotecheck index build PATH... --db " + db)
    if os.path.isdir(db):
        raise InputError(db, "is a folder; give the index file")
    _require_fts5(db)
    con = _connect(db, "ro")
    _check_ours(db, con)
    return Index(db, con)


def create_or_open(db: str) -> Index:
    """The index at ``db`` for writing: created when there is no file (or an empty one); never a file that is
    not a quotecheck index (that is refused, never overwritten)."""
    _require_fts5(db)
    if os.path.isdir(db):
        raise InputError(db, "is a folder; give the index file")
    folder = os.path.dirname(os.path.abspath(db))
    if not os.path.isdir(folder):
        raise InputError(db, f"cannot create the index: no folder {folder}")
    fresh = not os.path.exists(db) or os.path.getsize(db) == 0
    if fresh:
        con = _connect(db, "rwc")
        try:
            con.executescript("BEGIN;" + _SCHEMA + "COMMIT;")
            con.execute("INSERT INTO meta VALUES ('app', ?), ('schema', ?)", (APP, SCHEMA_VERSION))
        except sqlite3.Error as exc:
            con.close()
            raise _explain(db, exc) from exc
        return Index(db, con)
    con = _connect(db, "rw")
    _check_ours(db, con)
    return Index(db, con)


# --- writing ---------------------------------------------------------------------------------------


def _text_id(index: Index, norm: str) -> int:
    """The id of the distinct text ``norm``, added (with its terms) when new; its printing count + 1."""
    con = index.con
    key = text_hash(norm)
    row = con.execute("SELECT id FROM texts WHERE hash = ?", (key,)).fetchone()
    if row is not None:
        con.execute("UPDATE texts SET printings = printings + 1 WHERE id = ?", (row[0],))
        return int(row[0])
    terms = shingles(norm)
    joined = " ".join(terms)
    cur = con.execute("INSERT INTO texts(hash, norm, printings) VALUES (?, ?, 1)", (key, norm))
    text_id = int(cur.lastrowid or 0)
    con.execute("INSERT INTO texts_fts(rowid, terms) VALUES (?, ?)", (text_id, joined))
    con.executemany(
        "INSERT INTO terms(term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1", ((t,) for t in terms)
    )
    return text_id


def write_file(index: Index, rows: FileRows, size: int | None, mtime_ns: int | None) -> int:
    """Replace whatever the index holds for ``rows.path`` by ``rows`` (inside the caller's transaction);
    the number of quotes stored."""
    from quotecheck.extract import speaker_key

    con = index.con
    remove_file(index, rows.path)
    cur = con.execute(
        "INSERT INTO files(path, digest, size, mtime_ns) VALUES (?, ?, ?, ?)", (rows.path, rows.digest, size, mtime_ns)
    )
    file_id = int(cur.lastrowid or 0)
    stored = 0
    for art in rows.articles:
        cur = con.execute(
            "INSERT INTO articles(file_id, ordinal, path, source_format, outlet, headline, published, url) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (file_id, art.ordinal, art.path, art.source_format, art.outlet, art.headline, art.published, art.url),
        )
        article_id = int(cur.lastrowid or 0)
        for q in art.quotes:
            text_id = _text_id(index, q.norm)
            con.execute(
                'INSERT INTO printings(text_id, article_id, file_id, start, "end", line, col, text, kind, speaker, '
                "speaker_key, mention, venue, cue, paragraph) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (text_id, article_id, file_id, q.start, q.end, q.line, q.col, q.text, q.kind, q.speaker,
                 speaker_key(q.speaker)[0], q.mention, q.venue, q.cue, q.paragraph),
            )  # fmt: skip
            stored += 1
    return stored


def remove_file(index: Index, path: str) -> bool:
    """Drop ``path`` and everything stored for it (inside the caller's transaction); texts no printing uses
    any longer leave the full-text index. True when there was something to drop."""
    con = index.con
    row = con.execute("SELECT id FROM files WHERE path = ?", (path,)).fetchone()
    if row is None:
        return False
    file_id = int(row[0])
    counts = con.execute(
        "SELECT text_id, count(*) FROM printings WHERE file_id = ? GROUP BY text_id", (file_id,)
    ).fetchall()
    con.executemany("UPDATE texts SET printings = printings - ? WHERE id = ?", ((n, t) for t, n in counts))
    con.execute("DELETE FROM printings WHERE file_id = ?", (file_id,))
    con.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))
    con.execute("DELETE FROM files WHERE id = ?", (file_id,))
    _drop_unused_texts(index, [int(t) for t, _ in counts])
    return True


def _drop_unused_texts(index: Index, ids: list[int]) -> None:
    con = index.con
    gone: list[tuple[int, str]] = []
    for text_id in ids:
        row = con.execute("SELECT norm FROM texts WHERE id = ? AND printings <= 0", (text_id,)).fetchone()
        if row is not None:
            gone.append((text_id, " ".join(shingles(str(row[0])))))
    for text_id, terms in gone:
        con.execute("INSERT INTO texts_fts(texts_fts, rowid, terms) VALUES ('delete', ?, ?)", (text_id, terms))
        words = terms.split()
        con.executemany("UPDATE terms SET df = df - 1 WHERE term = ?", ((t,) for t in words))
    if gone:
        con.executemany("DELETE FROM texts WHERE id = ?", ((t,) for t, _ in gone))
        con.execute("DELETE FROM terms WHERE df <= 0")


def indexed_files(index: Index) -> dict[str, tuple[str, int | None, int | None]]:
    """Every indexed path -> (digest, size, mtime_ns)."""
    rows = index.con.execute("SELECT path, digest, size, mtime_ns FROM files")
    return {str(p): (str(d), s, m) for p, d, s, m in rows}


def term_frequencies(index: Index, terms: Iterable[str]) -> dict[str, int]:
    """How many texts hold each of ``terms`` (absent terms left out)."""
    wanted = list(dict.fromkeys(terms))
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    rows = index.con.execute(f"SELECT term, df FROM terms WHERE term IN ({marks})", wanted)
    return {str(t): int(df) for t, df in rows}
