"""What the app shows, computed in a worker thread, never on the UI thread.

    Loader().load(paths, progress, notice) -> Dataset
    reference_diffs(event, reference) -> {cluster id: {quote id: WordDiff}}

``Loader`` reads each file on its own (a bad file becomes a notice and the rest load), extracts its
quotes, runs ``compare`` and builds one ``EventData`` per event: outlet names, one ``ClusterRow`` per
quote cluster with a status per outlet, and indexes (sentences, line numbers, quotes by id) so the UI
only looks things up. Nothing here imports Textual or Rich.
"""

from __future__ import annotations

import glob
import os
import pickle
import re
import signal
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import BinaryIO

from quotecheck.errors import QuotecheckError
from quotecheck.models import (
    ArticleQuotes,
    AttributionConflict,
    ChangeKind,
    ClusterMember,
    ClusterRelation,
    Comparison,
    Event,
    Lineup,
    LineupCell,
    NumberFact,
    OnlyIn,
    Quote,
    QuoteCluster,
    QuoteKind,
    Span,
    WordDiff,
)
from quotecheck.text import file_title, fold_typography, one_line

# The extraction pipeline (quotecheck.extract, .pipeline, .ingest) is imported where it is used: the app's
# process starts the loading child (``Prefetch``) first, and that child imports it while Textual loads here.

Progress = Callable[[int, int, str], None]
"""Called with (steps done, steps in all, what is being done)."""
Notice = Callable[[str], None]
"""Called with one line about a file that could not be read."""


class Status(StrEnum):
    """How one outlet printed a quote cluster, against the cluster's fullest version."""

    VERBATIM = "verbatim"
    TRUNCATED = "truncated"
    CHANGED = "changed"
    MISSING = "missing"


class Kind(StrEnum):
    """The kinds of difference the filter offers."""

    CHANGED = "changed words"
    TRUNCATED = "truncated"
    VERBATIM = "verbatim everywhere"
    CONFLICT = "credit conflict"


@dataclass(frozen=True)
class Filters:
    """The filter the user set with ``f``; None means any."""

    speaker: str | None = None
    outlet: str | None = None
    kind: Kind | None = None

    @property
    def active(self) -> bool:
        return self.speaker is not None or self.outlet is not None or self.kind is not None


@dataclass(frozen=True)
class Outlet:
    """One article of an event, as the app names it."""

    path: str
    name: str
    """Display name: the outlet, or the file name when the outlet is unknown or shared."""
    short: str
    """A shorter name by rule ("Mirror" for "Daily Mirror", "BBC" for "BBC News"; see ``short_outlet``)."""
    published: date | None
    headline: str


@dataclass(frozen=True)
class ClusterRow:
    """One quote cluster as a row of the Quotes tab."""

    cluster: QuoteCluster
    index: int
    """Position in the event (0-based): picks the cluster's colour."""
    speaker: str
    """The fullest version's speaker, or "unattributed"."""
    speakers: frozenset[str]
    words: str
    """The fullest version, on one line."""
    statuses: dict[str, Status]
    """By outlet path, for every article of the event."""
    cosmetic: frozenset[str]
    """Outlets whose version differs from the fullest only in typography, spelling or case."""
    conflicts: tuple[AttributionConflict, ...]
    haystack: str
    """Folded text for search: speakers, venues and every version."""

    @property
    def anchor(self) -> ClusterMember:
        return next(m for m in self.cluster.members if m.quote_id == self.cluster.anchor)

    def members_of(self, path: str) -> list[ClusterMember]:
        return [m for m in self.cluster.members if m.file == path]

    def matches(self, filters: Filters, query: str) -> bool:
        if query and query not in self.haystack:
            return False
        if filters.speaker is not None:
            from quotecheck.extract import same_name  # not at start-up: the app's process never extracts

            if not any(same_name(filters.speaker, s) for s in self.speakers):
                return False
        if filters.outlet is not None and self.statuses.get(filters.outlet, Status.MISSING) is Status.MISSING:
            return False
        if filters.kind is Kind.CHANGED:
            return Status.CHANGED in self.statuses.values()
        if filters.kind is Kind.TRUNCATED:
            return Status.TRUNCATED in self.statuses.values()
        if filters.kind is Kind.VERBATIM:
            return all(s in (Status.VERBATIM, Status.MISSING) for s in self.statuses.values())
        if filters.kind is Kind.CONFLICT:
            return bool(self.conflicts)
        return True


@dataclass
class EventData:
    """Everything the app shows for one event, with the indexes it looks things up in."""

    event: Event
    outlets: tuple[Outlet, ...]
    rows: tuple[ClusterRow, ...]
    conflicts: tuple[AttributionConflict, ...]
    numbers: tuple[NumberFact, ...]
    lineup: Lineup | None
    only_in: tuple[OnlyIn, ...]
    articles: dict[str, ArticleQuotes]
    quotes: dict[str, Quote]
    cluster_of_quote: dict[str, int]
    """Quote id -> index of its cluster row."""
    _cells: dict[str, list[LineupCell]] = field(default_factory=dict)
    _cell_starts: dict[str, list[int]] = field(default_factory=dict)
    _newlines: dict[str, list[int]] = field(default_factory=dict)
    _quote_starts: dict[str, list[int]] = field(default_factory=dict)
    _quotes_by_file: dict[str, list[Quote]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path, result in self.articles.items():
            raw = result.article.raw
            self._newlines[path] = [i for i, ch in enumerate(raw) if ch == "\n"]
            quotes = sorted((q for q in result.quotes if not q.furniture), key=lambda q: q.span.start)
            self._quotes_by_file[path] = quotes
            self._quote_starts[path] = [q.span.start for q in quotes]
        if self.lineup is not None:
            for row in self.lineup.rows:
                for cell in row.cells:
                    self._cells.setdefault(cell.file, []).append(cell)
            for path, cells in self._cells.items():
                cells.sort(key=lambda c: c.span.start)
                self._cell_starts[path] = [c.span.start for c in cells]

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def single(self) -> bool:
        """One article: its rows are its own quotes, not clusters across outlets."""
        return len(self.event.files) < 2

    def outlet(self, path: str) -> Outlet:
        for o in self.outlets:
            if o.path == path:
                return o
        title = one_line(file_title(path))
        return Outlet(path, title, title, None, "")

    def raw(self, path: str) -> str:
        result = self.articles.get(path)
        return result.article.raw if result else ""

    def line(self, path: str, offset: int) -> int:
        """1-based line of ``offset`` in the article."""
        return bisect_right(self._newlines.get(path, []), offset - 1) + 1

    def sentence(self, path: str, offset: int) -> Span | None:
        """The line-up sentence holding ``offset``, else its paragraph."""
        starts = self._cell_starts.get(path, [])
        i = bisect_right(starts, offset) - 1
        if i >= 0:
            cell = self._cells[path][i]
            if cell.span.start <= offset < cell.span.end:
                return cell.span
        result = self.articles.get(path)
        if result is None:
            return None
        for p in result.article.paragraphs:
            if p.span.start <= offset < p.span.end:
                return p.span
        return None

    def quotes_in(self, path: str, span: Span) -> list[Quote]:
        """Quotes of ``path`` that start inside ``span``."""
        starts = self._quote_starts.get(path, [])
        lo = bisect_right(starts, span.start - 1)
        hi = bisect_right(starts, span.end - 1)
        return self._quotes_by_file.get(path, [])[lo:hi]

    def speakers(self) -> list[str]:
        """Everyone quoted in a cluster or credited in a conflict, one name per speaker (``one_name_each``:
        "Bob Hale" and "Robert Hale" are one)."""
        from quotecheck.extract import one_name_each

        names = {s for r in self.rows for s in r.speakers}
        names.update(m.speaker for c in self.conflicts for m in c.members if m.speaker)
        return sorted(set(one_name_each(names).values()))


@dataclass
class Dataset:
    """The loaded comparison, one ``EventData`` per event, and what could not be read."""

    comparison: Comparison
    events: tuple[EventData, ...]
    notices: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    """Every path read, in the order given (folders expanded)."""

    def event(self, event_id: str | None) -> EventData | None:
        return next((e for e in self.events if e.id == event_id), None)


def fold(text: str) -> str:
    """What search compares: typography folded, case folded, whitespace collapsed."""
    return " ".join(fold_typography(text).casefold().split())


# --- loading ----------------------------------------------------------------------------------------


_GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: Sequence[str], notice: Notice) -> list[str]:
    """Files to read: folders walked, globs the shell did not expand expanded, duplicates dropped."""
    from quotecheck.ingest.files import walk_folder
    from quotecheck.ingest.url import is_url

    out: list[str] = []
    for path in paths:
        if path == "-":
            notice("-: the app cannot read stdin (it reads the keyboard); give files or folders")
        elif is_url(path):
            out.append(path)
        elif os.path.isdir(path):
            found = list(walk_folder(path, notice))
            if not found:
                notice(f"{path}: no readable articles")
            out.extend(found)
        elif not os.path.exists(path) and _GLOB_CHARS & set(path) and glob.glob(path):
            out.extend(sorted(p for p in glob.glob(path) if os.path.isfile(p)))
        else:
            out.append(path)
    return list(dict.fromkeys(out))


class Loader:
    """Reads files once: adding files later (``o`` in the app) re-runs only ``compare``."""

    def __init__(self) -> None:
        self._read: dict[str, list[ArticleQuotes]] = {}
        self.paths: list[str] = []

    def load(self, paths: Sequence[str], progress: Progress, notice: Notice) -> Dataset:
        """Read ``paths`` (added to any read before), compare everything, build the view data."""
        import quotecheck.extract
        import quotecheck.ingest
        import quotecheck.pipeline
        from quotecheck.ingest.files import SkipWarnings

        notices: list[str] = []

        def shown(message: str) -> None:
            line = one_line(message)
            notices.append(line)
            notice(line)

        note = SkipWarnings("", shown)  # a folder of 10,000 stray files: ten notices and a count, not 10,000
        files = [p for p in expand_paths(paths, note) if p not in self._read]
        total = len(files) + 1
        for done, path in enumerate(files):
            progress(done, total, f"Reading {one_line(os.path.basename(path) or path)}")
            try:
                articles = quotecheck.ingest.load_articles([path], warn=note)
                self._read[path] = [quotecheck.extract.extract_quotes(a) for a in articles]
            except QuotecheckError as exc:
                note(str(exc))
                continue
            except Exception as exc:  # a bug in a reader must not stop the other files
                note(f"{path}: could not be read ({type(exc).__name__}: {exc})")
                continue
            self.paths.append(path)
        note.finish()
        results = [r for p in self.paths for r in self._read[p]]
        progress(len(files), total, f"Comparing {len(results)} article{'s' * (len(results) != 1)}")
        try:
            comparison = quotecheck.pipeline.compare(results)
        except Exception as exc:  # never crash on input: show the articles read, without a comparison
            shown(f"compare failed ({type(exc).__name__}: {exc}); please report it")
            comparison = Comparison(articles=tuple(results), events=())
        dataset = build_dataset(comparison, notices, self.paths)
        progress(total, total, "Done")
        return dataset


class Prefetch:
    """``Loader.load`` in a child process, started before Textual is imported (and for every later load).

    Reading, extracting and comparing are pure Python: in a thread they would share one core with the
    app starting up. Forked first, they run on another core meanwhile, and the app's loading worker
    collects the result (progress and notices included) through a pipe. Only where ``os.fork`` exists;
    elsewhere ``start`` returns None and the worker loads in its thread as usual.

    Quitting the app while a child loads stops the child at once (``close``): a thread could not be stopped,
    and the app would wait for it (50 s on a 3.6 MB folder, forever on a slow URL).
    """

    def __init__(self, pid: int, stream: BinaryIO) -> None:
        self._pid = pid
        self._stream = stream
        self._done = False
        self.stopped = False
        """True when ``close`` stopped the child before it finished (the app quit while loading)."""

    @classmethod
    def start(cls, paths: Sequence[str], loader: Loader | None = None) -> Prefetch | None:
        """Fork a child that loads ``paths`` with ``loader`` (its copy; the child sends it back), or None."""
        if not hasattr(os, "fork") or sys.platform != "linux":
            return None
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: load, send everything back, leave without running any cleanup
            os.close(read_fd)
            code = 0
            try:
                with os.fdopen(write_fd, "wb") as out:
                    def send(kind: str, payload: object) -> None:
                        pickle.dump((kind, payload), out, protocol=pickle.HIGHEST_PROTOCOL)
                        out.flush()

                    loader = loader or Loader()
                    try:
                        dataset = loader.load(paths, lambda d, t, label: send("progress", (d, t, label)),
                                              lambda message: send("notice", message))
                        send("done", (loader, dataset))
                    except Exception as exc:
                        send("error", f"{type(exc).__name__}: {exc}")
            except BaseException:  # the app quit and closed the pipe
                code = 1
            os._exit(code)
        os.close(write_fd)
        return cls(pid, os.fdopen(read_fd, "rb"))

    def wait(self, progress: Progress, notice: Notice) -> tuple[Loader, Dataset]:
        """Relay progress and notices until the child sends the loader and the dataset (a worker calls this)."""
        try:
            while True:
                try:
                    kind, payload = pickle.load(self._stream)
                except EOFError:
                    raise RuntimeError("the loading process ended early") from None
                if kind == "progress":
                    progress(*payload)
                elif kind == "notice":
                    notice(payload)
                elif kind == "error":
                    raise RuntimeError(payload)
                else:
                    loader, dataset = payload
                    return loader, dataset
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child if it still runs, and reap it."""
        if self._done:
            return
        self._done = True
        try:
            pid, _ = os.waitpid(self._pid, os.WNOHANG)
            if pid == 0:
                self.stopped = True
                os.kill(self._pid, signal.SIGKILL)  # pure computation or a network read: nothing to clean up
                os.waitpid(self._pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass
        self._stream.close()


# --- view data ------------------------------------------------------------------------------------------


def outlet_names(results: Iterable[ArticleQuotes]) -> dict[str, tuple[str, str]]:
    """Long and short display names by path, never a path: the outlet, else a title from the file name.

    Short names follow ``short_outlet`` ("BBC News" -> "BBC") unless two outlets would then share one
    (they keep their full names); two articles of one outlet are told apart by date, else by number.
    """
    arts = list(results)
    longs: dict[str, str] = {}
    for r in arts:
        path = r.article.path
        longs[path] = one_line(r.article.outlet or "") or one_line(file_title(path))
    shorts = {name: short_outlet(name) for name in set(longs.values())}
    clash = {short for short in shorts.values() if sum(v == short for v in shorts.values()) > 1}
    shorts = {name: name if short in clash else short for name, short in shorts.items()}
    names: dict[str, tuple[str, str]] = {}
    for name in set(longs.values()):
        paths = [r.article.path for r in arts if longs[r.article.path] == name]
        if len(paths) == 1:
            names[paths[0]] = (name, shorts[name])
            continue
        days = [r.article.published for r in arts if r.article.path in paths]
        by_day = len(set(days)) == len(days) and None not in days
        for i, (path, day) in enumerate(zip(paths, days, strict=True), 1):
            base = one_line(os.path.basename(path) or path)
            mark = f"{day.day} {day:%b}" if by_day and day is not None else str(i)
            names[path] = (f"{name} ({base})", f"{shorts[name]} {mark}")
    return names


_OUTLET_AFFIXES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a web address's ending", re.compile(r"\.(?:co\.uk|com|co|org|net|news)$", re.IGNORECASE)),
    ("a bracketed note", re.compile(r"\s*\([^)]*\)$")),
    ("a leading article or edition", re.compile(r"^(?:the|daily|sunday|evening|weekly|morning)\s+", re.IGNORECASE)),
    ("what kind of outlet it is",
     re.compile(r"\s+(?:news|online|digital|newspaper|magazine|media|website)$", re.IGNORECASE)),
    ("a country edition", re.compile(r"\s+(?:UK|US|edition)$")),
)
"""What ``short_outlet`` drops from an outlet's name, tried in turn until nothing changes."""
MIN_SHORT = 3
"""Letters and digits a short name keeps at least ("GB News" stays: "GB" would be too short)."""


def short_outlet(name: str) -> str:
    """A readable short name by rule: "BBC News" -> "BBC", "Bloomberg News" -> "Bloomberg", "Daily Mirror"
    and "The Mirror" -> "Mirror", "Mail Online" -> "Mail", "bbc.co.uk" -> "BBC"; "GB News" stays."""
    short = " ".join(name.split())
    changed = True
    while changed:
        changed = False
        for _, pattern in _OUTLET_AFFIXES:
            shorter = pattern.sub("", short).strip()
            if shorter != short and sum(ch.isalnum() for ch in shorter) >= MIN_SHORT:
                short, changed = shorter, True
    if short.isalpha() and short.islower() and len(short) <= 4 and short != name:  # a web address: "bbc"
        short = short.upper()
    return short or name


def initials(name: str) -> str | None:
    """The initials of a name of two or more capitalised words ("New York Times" -> "NYT"), else None."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return None
    return "".join(w[0] for w in words)


def build_dataset(comparison: Comparison, notices: Sequence[str] = (), files: Sequence[str] = ()) -> Dataset:
    """One ``EventData`` per event of ``comparison``."""
    names = outlet_names(comparison.articles)
    by_path = {r.article.path: r for r in comparison.articles}
    lineups = {lu.event: lu for lu in comparison.lineups}
    events = []
    for event in comparison.events:
        outlets = tuple(
            Outlet(p, *names.get(p, (one_line(file_title(p)),) * 2),
                   by_path[p].article.published if p in by_path else None,
                   one_line(by_path[p].article.headline or "") if p in by_path else "")
            for p in event.files
        )
        conflicts = tuple(c for c in comparison.conflicts if c.event == event.id)
        articles = {p: by_path[p] for p in event.files if p in by_path}
        clusters = [c for c in comparison.clusters if c.event == event.id]
        if len(event.files) == 1 and not clusters:  # nothing to compare: its quotes, one row each
            clusters = [_one_version(event.id, n, q) for n, q in enumerate(_own_quotes(articles), 1)]
        rows = tuple(_row(c, i, event, conflicts) for i, c in enumerate(clusters))
        quotes = {q.id: q for r in articles.values() for q in r.quotes}
        cluster_of = {m.quote_id: row.index for row in rows for m in row.cluster.members}
        events.append(EventData(
            event=event, outlets=outlets, rows=rows, conflicts=conflicts,
            numbers=tuple(f for f in comparison.numbers if f.event == event.id),
            lineup=lineups.get(event.id),
            only_in=tuple(o for o in comparison.only_in if o.event == event.id),
            articles=articles, quotes=quotes, cluster_of_quote=cluster_of,
        ))
    return Dataset(comparison=comparison, events=tuple(events), notices=tuple(notices), files=tuple(files))


def _own_quotes(articles: dict[str, ArticleQuotes]) -> list[Quote]:
    """An article's quotations, in order: not page furniture, not scare quotes."""
    return [q for r in articles.values() for q in sorted(r.quotes, key=lambda q: q.span.start)
            if not q.furniture and q.kind is not QuoteKind.SCARE]


def _one_version(event_id: str, n: int, quote: Quote) -> QuoteCluster:
    """A quote of a one-article event as a cluster of one version (id ``<event>-s<n>``: single)."""
    member = ClusterMember(quote_id=quote.id, file=quote.file, span=quote.span, text=quote.text, kind=quote.kind,
                           speaker=quote.speaker, venue=quote.venue)
    return QuoteCluster(id=f"{event_id}-s{n}", event=event_id, relation=ClusterRelation.VERBATIM, members=(member,),
                        anchor=quote.id)


def diff_status(diff: WordDiff) -> tuple[Status, bool]:
    """The status a word diff gives its version, and whether it has cosmetic changes."""
    cosmetic = any(op.change is ChangeKind.COSMETIC for op in diff.ops)
    if any(op.change is ChangeKind.SUBSTANTIVE and op.reason != "not quoted" for op in diff.ops):
        return Status.CHANGED, cosmetic
    if any(op.reason == "not quoted" for op in diff.ops):
        return Status.TRUNCATED, cosmetic
    return Status.VERBATIM, cosmetic


_SEVERITY = {Status.VERBATIM: 0, Status.TRUNCATED: 1, Status.CHANGED: 2, Status.MISSING: 3}


def _row(cluster: QuoteCluster, index: int, event: Event, conflicts: Sequence[AttributionConflict]) -> ClusterRow:
    diffs = {d.other: d for d in cluster.diffs}
    statuses: dict[str, Status] = {}
    cosmetic: set[str] = set()
    for path in event.files:
        best: tuple[int, int, Status, bool] | None = None
        for m in cluster.members:
            if m.file != path:
                continue
            if m.quote_id == cluster.anchor or m.quote_id not in diffs:
                status, cos = Status.VERBATIM, False
            else:
                status, cos = diff_status(diffs[m.quote_id])
            key = (len(m.text.split()), -_SEVERITY[status], status, cos)
            if best is None or key[:2] > best[:2]:
                best = key
        statuses[path] = best[2] if best else Status.MISSING
        if best and best[3] and best[2] is Status.VERBATIM:
            cosmetic.add(path)
    anchor = next(m for m in cluster.members if m.quote_id == cluster.anchor)
    speakers = frozenset(m.speaker for m in cluster.members if m.speaker)
    mine = tuple(c for c in conflicts if c.cluster == cluster.id)
    hay = " ".join([*speakers, *(m.venue or "" for m in cluster.members), *(m.text for m in cluster.members)])
    return ClusterRow(
        cluster=cluster, index=index, speaker=one_line(anchor.speaker or "unattributed"), speakers=speakers,
        words=one_line(anchor.text), statuses=statuses, cosmetic=frozenset(cosmetic), conflicts=mine,
        haystack=fold(hay),
    )


def reference_member(row: ClusterRow, reference: str | None) -> ClusterMember:
    """The version diffs are shown against: the reference outlet's fullest, else the cluster's fullest."""
    if reference is not None:
        mine = row.members_of(reference)
        if mine:
            return max(mine, key=lambda m: (len(m.text.split()), -m.span.start))
    return row.anchor


def reference_diffs(event: EventData, reference: str) -> dict[str, dict[str, WordDiff]]:
    """Word diffs of every version against ``reference``'s version, by cluster then quote id.

    Pipeline work (runs in a worker): clusters the reference outlet does not print are left out.
    """
    from quotecheck.diff import word_diff

    out: dict[str, dict[str, WordDiff]] = {}
    for row in event.rows:
        if not row.members_of(reference):
            continue
        base = reference_member(row, reference)
        out[row.cluster.id] = {m.quote_id: word_diff(base, m) for m in row.cluster.members
                               if m.quote_id != base.quote_id}
    return out
