"""The ``quotecheck`` command line: a thin layer over the library.

Data goes to stdout, narration and errors to stderr. Exit codes are ``ExitCode``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import IntEnum
from functools import wraps
from typing import Any, TypeVar, cast

import click

from quotecheck.errors import QuotecheckError
from quotecheck.models import Article, ArticleQuotes, Quote
from quotecheck.text import one_line, safe_for_terminal, safe_json, safe_path

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(IntEnum):
    """What the process tells its caller."""

    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2
    INTERNAL = 3
    INTERRUPTED = 130


def _warn(message: str) -> None:
    click.echo(f"quotecheck: warning: {one_line(message)}", err=True)


def _fail(message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
    click.echo(f"quotecheck: error: {one_line(message)}", err=True)
    sys.exit(int(code))


_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})
"""Errors writing stdout that are the destination's fault (a full disk, a quota): exit 2, not a bug."""


def handle_errors(func: F) -> F:
    """One line on stderr and a meaningful exit code, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except QuotecheckError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("quotecheck: interrupted", err=True)
            sys.exit(int(ExitCode.INTERRUPTED))
        except BrokenPipeError:
            sys.exit(int(ExitCode.OK))
        except MemoryError:
            _fail("out of memory reading the input", ExitCode.BAD_INPUT)
        except OSError as exc:
            if exc.errno not in _OUTPUT_ERRNOS:
                _fail(f"internal error ({type(exc).__name__}: {exc}); please report it", ExitCode.INTERNAL)
            _fail(f"<stdout>: cannot write ({exc.strerror or exc})")
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug: still one line, with what to report
            _fail(f"internal error ({type(exc).__name__}: {exc}); please report it", ExitCode.INTERNAL)
        return None

    return cast(F, wrapper)


def _load(paths: Sequence[str]) -> list[Article]:
    from quotecheck.ingest import load_articles

    return load_articles(list(paths), warn=_warn)


def _extract(articles: Sequence[Article]) -> Iterator[ArticleQuotes]:
    from quotecheck.extract import extract_quotes

    for article in articles:
        yield extract_quotes(article)


def _did_you_mean(word: str, commands: Sequence[str]) -> str | None:
    """The command ``word`` is a likely typo of, when ``word`` is no path (``compre`` -> ``compare``)."""
    import difflib

    if os.path.exists(word) or "://" in word or word == "-" or os.sep in word or "." in word:
        return None
    close = difflib.get_close_matches(word, list(commands), n=1, cutoff=0.6)
    return close[0] if close else None


def _usage_error(exc: click.UsageError) -> None:
    """A usage error as one line and a hint (not click's usage block): exit 2."""
    message = exc.format_message().rstrip(".")
    click.echo(f"quotecheck: error: {one_line(message)}", err=True)
    path = exc.ctx.command_path if exc.ctx is not None else "quotecheck"
    click.echo(f"hint: {path} --help", err=True)
    sys.exit(int(ExitCode.BAD_INPUT))


_APP_OPTIONS = frozenset({"--index"})
"""Options of ``tui`` that also open the app without the command name (``quotecheck --index FILE``)."""


class _PathsOpenTheApp(click.Group):
    """``quotecheck PATH...``: arguments that are not a command name are paths for the app (``tui``);
    a word that is no path and looks like a command mistyped is an error that names the command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0].split("=", 1)[0] in _APP_OPTIONS:  # quotecheck --index FILE [PATHS...]
            args = ["tui", *args]
        elif args and not args[0].startswith("-") and args[0] not in self.commands:
            guess = _did_you_mean(args[0], sorted(self.commands))
            if guess is not None:
                raise click.UsageError(f"No such command '{args[0]}'. Did you mean '{guess}'?", ctx)
            args = ["tui", *args]
        return super().parse_args(ctx, args)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        run = cast(Callable[..., Any], super().main)
        standalone = kwargs.pop("standalone_mode", True)
        if not standalone:
            return run(*args, standalone_mode=False, **kwargs)
        try:
            code = run(*args, standalone_mode=False, **kwargs)
        except click.UsageError as exc:
            _usage_error(exc)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("quotecheck: aborted", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(cls=_PathsOpenTheApp, invoke_without_command=True,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotecheck")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Find every quotation in news reports, credit it, and compare outlets.

    \b
      quotecheck samples/*.txt             open the app on these articles (no path: the samples)
      quotecheck --index archive.db        the app, with a Search screen (s) over the archive index
      quotecheck quotes samples/*.txt      every quote, its speaker and venue
      quotecheck compare samples/*.txt     how the outlets differ, as Markdown or JSON
      quotecheck text FILE                 the text that offsets point into
      quotecheck index build archive/      index every quote of an archive (then: search, check --index)
      quotecheck search "WORDS"            every printing of a quote in the index, earliest first
    """
    if ctx.invoked_subcommand is None:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            click.echo(ctx.get_help())  # piped or scripted: the usage, as before the app existed
            return
        _run_app(())


def _samples() -> list[str]:
    """The bundled sample articles (``samples/*.txt`` next to the package in a checkout)."""
    import glob
    import os

    import quotecheck

    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(quotecheck.__file__))), "samples")
    found = sorted(glob.glob(os.path.join(glob.escape(folder), "*.txt")))
    if not found:
        _fail(f"no path given and the bundled samples are not here ({folder}); "
              "give articles: quotecheck PATH...")
    return found


def _run_app(paths: Sequence[str], index_path: str | None = None) -> None:
    index = None
    if index_path is not None:  # a bad index is one line and exit 2, before anything starts
        from quotecheck.archive import open_index

        index = open_index(index_path)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        _fail("the app needs a terminal; for a report use: quotecheck compare PATH...")
    from quotecheck.tui.data import Prefetch

    chosen = list(paths) or _samples()
    prefetch = Prefetch.start(chosen)  # reading starts on another core while Textual loads
    from quotecheck.tui.app import create_app

    create_app(chosen, prefetch, index).run()


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--index", "index_path", default=None, metavar="FILE",
              help="The archive index (quotecheck index build) the Search screen (s) reads.")
@handle_errors
def tui(paths: tuple[str, ...], index_path: str | None) -> None:
    """Open the app on PATHS (files, folders, URLs); with no path, on the bundled samples.

    With --index FILE, s opens a Search screen over the archive: every printing of a quote, and enter opens
    one's article in the app.
    """
    _run_app(paths, index_path)


def quote_record(article: Article, quote: Quote) -> dict[str, Any]:
    """One quote as the JSON the scorer and pipelines read (see eval/README.md)."""
    from quotecheck.report.explain import trace_record

    line, col = article.line_col(quote.span.start)
    return {
        "file": quote.file,
        "start": quote.span.start,
        "end": quote.span.end,
        "text": quote.text,
        "kind": quote.kind.value,
        "speaker": quote.speaker,
        "venue": quote.venue,
        "speaker_start": quote.mention_span.start if quote.mention_span else None,
        "speaker_end": quote.mention_span.end if quote.mention_span else None,
        "cue": quote.cue,
        "mention": quote.mention,
        "id": quote.id,
        "line": line,
        "col": col,
        "paragraph": quote.paragraph,
        "closed": quote.closed,
        "group": quote.group,
        "furniture": quote.furniture,
        "rule": quote.rule,
        "credit": trace_record(quote.credit),
    }


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True,
    help="table for people; jsonl/json for pipelines (contract in the README).",
)
@click.option("--explain", is_flag=True,
              help="Say why each quote is credited as it is: rule, cue, venue and how the speaker was resolved.")
@handle_errors
def quotes(paths: tuple[str, ...], fmt: str, explain: bool) -> None:
    """Every quote in PATHS (files, folders, URLs or - for stdin) with its speaker and venue."""
    articles = _load(paths)
    results = list(_extract(articles))
    if explain:
        from quotecheck.report.explain import explain_text

        click.echo(explain_text(results), nl=False)
        return
    if fmt == "jsonl":
        out = sys.stdout
        for result in results:
            for quote in result.quotes:
                out.write(safe_json(quote_record(result.article, quote)) + "\n")
        return
    if fmt == "json":
        payload = {
            "version": 1,
            "articles": [
                {
                    "file": r.article.path,
                    "outlet": r.article.outlet,
                    "published": r.article.published.isoformat() if r.article.published else None,
                    "headline": r.article.headline,
                    "quotes": [quote_record(r.article, q) for q in r.quotes],
                }
                for r in results
            ],
        }
        click.echo(safe_json(payload, indent=2))
        return
    from quotecheck.report.table import quotes_table

    click.echo(quotes_table(results), nl=False)
    total = sum(len(r.quotes) for r in results)
    n = len(results)
    click.echo(f"{total} quote{'s' * (total != 1)} in {n} article{'s' * (n != 1)}", err=True)


@cli.command()
@click.argument("path")
@handle_errors
def text(path: str) -> None:
    """Print the text of PATH that every offset points into (for HTML, the extracted article)."""
    (article,) = _load([path])[:1]
    shown = article.raw.replace("\r\n", "\n")  # a CRLF line end is a line end, not a control to show
    click.echo(safe_for_terminal(shown), nl=not shown.endswith("\n"))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "json"]), default=None,
    help="markdown for people; json for pipelines (contract in the README). Default: from -o FILE's "
         "extension (.json is json), else markdown.",
)
@click.option("-o", "--output", "output", type=click.Path(), default=None,
              help="Write the report to FILE instead of stdout (- is stdout).")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option("--outlet", "outlets", multiple=True, metavar="FILE=NAME",
              help="Name the outlet of FILE (the path as given, or its file name); repeatable.")
@handle_errors
def compare(
    paths: tuple[str, ...], fmt: str | None, output: str | None, force: bool, outlets: tuple[str, ...]
) -> None:
    """Group PATHS into events and show where the outlets differ: quotes, credits, numbers, omissions."""
    from quotecheck.pipeline import compare as run_compare

    if output == "-":
        output = None
    if fmt is None:
        fmt = "json" if output is not None and output.lower().endswith(".json") else "markdown"
    if output is not None:
        output = _check_output(output, force)  # before the work, so a long run does not end in "exists"
    names = _outlet_options(outlets)
    articles = _with_outlets(_load(paths), names)
    comparison = run_compare(list(_extract(articles)))
    if fmt == "json":
        from quotecheck.report.json import comparison_json

        report = comparison_json(comparison)
    else:
        from quotecheck.report.markdown import comparison_markdown

        report = comparison_markdown(comparison)
    if output is None:
        sys.stdout.write(report)
        sys.stdout.flush()
    else:
        _write_output(output, report, force)
    counts = [(len(comparison.articles), "article"), (len(comparison.events), "event"),
              (len(comparison.clusters), "quote cluster"), (len(comparison.conflicts), "attribution conflict")]
    click.echo(", ".join(f"{n} {what}{'s' * (n != 1)}" for n, what in counts), err=True)


def _outlet_options(options: Sequence[str]) -> dict[str, str]:
    """``FILE=NAME`` pairs of ``--outlet``; exit 2 with one line on a malformed one."""
    names: dict[str, str] = {}
    for option in options:
        file, sep, name = option.partition("=")
        if not sep or not file.strip() or not name.strip():
            _fail(f"--outlet {option!r}: give FILE=NAME")
        names[file.strip()] = " ".join(name.split())
    return names


def _with_outlets(articles: list[Article], names: dict[str, str]) -> list[Article]:
    """Articles with the outlets ``--outlet`` names (by path as given, else by file name)."""
    if not names:
        return articles
    used: set[str] = set()
    out = []
    for article in articles:
        key = article.path if article.path in names else os.path.basename(article.path)
        if key in names:
            used.add(key)
            out.append(article.model_copy(update={"outlet": names[key], "outlet_source": "option"}))
        else:
            out.append(article)
    unknown = sorted(set(names) - used)
    if unknown:
        _fail(f"--outlet {unknown[0]}: no such file among the inputs")
    return out


def _check_output(output: str, force: bool) -> str | None:
    """``-o FILE`` as the file to write (None: stdout, for ``-`` and /dev/stdout), or exit 2 with one line
    when it cannot be written: a folder, a file without --force, no folder, not a regular file."""
    from quotecheck._files import STDOUT_NAMES, check_target

    if output in STDOUT_NAMES:
        return None
    shown = safe_for_terminal(output)
    if os.path.isdir(output):
        _fail(f"{shown} is a folder; give a file name")
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        _fail(f"cannot write {shown}: no folder {safe_for_terminal(folder)}")
    try:
        check_target(output, force)
    except FileExistsError:
        _fail(f"{shown} exists; use --force to overwrite it")
    except OSError as exc:
        _fail(f"cannot write {shown}: {exc.strerror or exc}")
    return output


def _write_output(output: str, report: str, force: bool) -> None:
    """The report to ``output``, whole or not at all (see ``write_atomically``); one line on failure."""
    from quotecheck._files import write_atomically

    shown = safe_for_terminal(output)
    try:
        write_atomically(output, report, force=force)
    except FileExistsError:
        _fail(f"{shown} exists; use --force to overwrite it")
    except OSError as exc:
        _fail(f"cannot write {shown}: {exc.strerror or exc}")


class _GreedySources(click.Command):
    """``--sources a b c`` takes every value up to the next option (as ``--sources a --sources b ...``);
    ``--sources -- -a b`` (``--`` right after ``--sources``) takes every argument after ``--`` as a source,
    names starting with ``-`` included; ``--sources a b -- DRAFT`` ends the sources at ``--``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        out: list[str] = []
        greedy = False
        taken = 0  # sources taken since the last --sources
        rest_are_sources = False
        for arg in args:
            if rest_are_sources:  # ``--sources -- -odd-name.txt``: every argument after ``--`` is a source
                out.extend(["--sources", arg])
            elif arg == "--" and greedy and not taken:
                rest_are_sources = True
            elif arg == "--":
                greedy = False
                out.append(arg)
            elif arg in {"--sources", "-s"}:
                greedy, taken = True, 0
            elif greedy and (arg == "-" or not arg.startswith("-")):
                out.extend(["--sources", arg])
                taken += 1
            else:
                greedy = False
                out.append(arg)
        if "--sources" in out and not _has_positional(out) and not ({"-h", "--help"} & set(args)):
            raise click.UsageError(
                "no draft: --sources takes every path after it; give check DRAFT... --sources PATH... "
                "(or -- to separate: check --sources PATH... -- DRAFT...)", ctx
            )
        return super().parse_args(ctx, out)


_VALUED = frozenset({"--sources", "-s", "--format", "--fail-on", "--config", "--exclude", "--transcript", "--index"})
"""Options of ``check`` that take a value (the next argument)."""


def _has_positional(args: Sequence[str]) -> bool:
    """Whether ``args`` (after the greedy rewrite) hold an argument that is no option nor option value."""
    skip = False
    for n, arg in enumerate(args):
        if arg == "--":
            return n + 1 < len(args)
        if skip:
            skip = False
            continue
        if arg in _VALUED:
            skip = True
        elif arg == "-" or not arg.startswith("-"):
            return True
    return False


@cli.command(cls=_GreedySources)
@click.argument("drafts", nargs=-1, required=True)
@click.option("-s", "--sources", "sources", multiple=True, metavar="PATH...",
              help="Sources to check against: articles, transcripts (.vtt, .srt, labelled .txt), folders.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github", "sarif"]), default="text",
              show_default=True, help="text for people; json for pipelines; github annotations; sarif 2.1.0.")
@click.option("--fail-on", "fail_on", metavar="KINDS", default=None,
              help="Statuses that fail the run, comma-separated (default misquote,misattributed,wrong_venue; "
                   "'all' adds unverified; 'none' never fails).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
              help="Read settings from FILE (default: quotecheck.toml or [tool.quotecheck] in pyproject.toml).")
@click.option("--exclude", "exclude", multiple=True, metavar="GLOB",
              help="Never read paths matching GLOB as sources (another draft of the story); repeatable.")
@click.option("--transcript", "transcripts", multiple=True, metavar="FILE",
              help="A source that is an interview transcript, whatever it looks like; repeatable.")
@click.option("--index", "index_path", default=None, metavar="FILE",
              help="Also check against the archive index FILE (quotecheck index build); default: config 'index'.")
@click.option("--color/--no-color", "color", default=None, help="Colour the text diff (default: on a terminal).")
@click.option("-v", "--verbose", is_flag=True,
              help="Text format: say why each draft quote's credit was read as it was (rule, cue, chain).")
@handle_errors
def check(
    drafts: tuple[str, ...], sources: tuple[str, ...], fmt: str, fail_on: str | None,
    config_path: str | None, exclude: tuple[str, ...], transcripts: tuple[str, ...], index_path: str | None,
    color: bool | None, verbose: bool,
) -> None:
    """Check every quote of DRAFTS against --sources: verified, misquote, misattributed, wrong_venue or
    unverified. Exit 0 when nothing fails, 1 when a quote fails (--fail-on), 2 on bad input.

    \b
      quotecheck check draft.md --sources interview.vtt wire.txt
      quotecheck check drafts/*.md --format github      (sources from quotecheck.toml)
      quotecheck check draft.md --index archive.db      (every printing in the archive)
    """
    from quotecheck.check import (
        DEFAULT_FAIL_ON,
        SourceFilter,
        build_corpus,
        check_draft,
        failing,
        load_draft,
        load_sources,
        parse_statuses,
        summary,
    )
    from quotecheck.config import Config, find_config, load_config

    found = config_path or find_config()
    config = load_config(found) if found else Config()
    statuses = DEFAULT_FAIL_ON if config.fail_on is None else config.fail_on
    if fail_on is not None:
        try:
            statuses = parse_statuses(fail_on)
        except ValueError as exc:
            _fail(str(exc))
    forced = [*transcripts, *config.transcripts]
    source_paths = list(sources) or list(config.sources)
    source_paths += [t for t in transcripts if t not in source_paths]
    index_file = index_path or config.index
    if not source_paths and not index_file:
        _fail("no sources: give --sources PATH... or --index FILE, or list them in quotecheck.toml (sources = [...])")
    keep = SourceFilter(drafts, [*exclude, *config.exclude], forced)
    loaded = load_sources(source_paths, _warn, keep) if source_paths else []
    if keep.left_out:
        shown = ", ".join(safe_for_terminal(p) for p in keep.left_out[:5])
        more = f" and {len(keep.left_out) - 5} more" if len(keep.left_out) > 5 else ""
        click.echo(f"quotecheck: not read as sources (drafts being checked or --exclude): {shown}{more}", err=True)
    if not loaded and not index_file:
        _fail("no sources left once the drafts and excluded paths are left out; give --sources PATH...")
    for source in loaded:
        if not any(q for q in source.quotes if not q.furniture):
            kind = "turns" if source.article.source_format.startswith("transcript") else "quotes"
            _warn(f"{source.article.path}: no {kind} found; nothing can be verified against it")
    from quotecheck.check import is_blank_draft
    from quotecheck.models import DraftCheck

    read: dict[str, tuple[ArticleQuotes, list[tuple[int, int]]] | None] = {
        path: None if is_blank_draft(path) else load_draft(path, _warn) for path in dict.fromkeys(drafts)
    }
    index = None
    if index_file:
        from quotecheck.archive import archive_sources, open_index

        index = open_index(index_file)
        drafted = [d[0] for d in read.values() if d is not None]
        have = {s.article.path for s in loaded}
        loaded += [s for s in archive_sources(index, drafted, _warn, keep) if s.article.path not in have]
    corpus = build_corpus(loaded)
    checks = []
    for path in drafts:
        draft_read = read[path]
        if draft_read is None:  # an empty draft has no quotes: nothing fails
            paths = tuple(s.article.path for s in corpus.sources)
            checks.append(DraftCheck.model_construct(draft=path, quotes=(), sources=paths))
            continue
        result = check_draft(draft_read[0], corpus, draft_read[1], config.ignore)
        if index is not None:
            from quotecheck.archive import with_earliest

            result = with_earliest(index, result)
        checks.append(result)
    if index is not None:
        index.close()
    from quotecheck.report import check_formats

    if fmt == "json":
        report = check_formats.check_json(checks)
    elif fmt == "github":
        report = check_formats.check_github(checks, statuses)
    elif fmt == "sarif":
        report = check_formats.check_sarif(checks, statuses)
    else:
        use_color = sys.stdout.isatty() if color is None else color
        report = check_formats.check_text(checks, statuses, color=use_color, verbose=verbose)
    sys.stdout.write(report)
    sys.stdout.flush()
    failed = 0
    for result in checks:
        counts = summary(result)
        bad = len(failing(result, statuses))
        failed += bad
        shown = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        name = safe_path(result.draft)
        n = len(result.quotes)
        if not n:
            click.echo(f"{name}: no quotes", err=True)
            continue
        click.echo(f"{name}: {n} quote{'s' * (n != 1)} ({shown or 'none'}); {bad} failing", err=True)
    if failed:
        sys.exit(int(ExitCode.FINDINGS))


# --- the archive: index build / stats / verify, search ------------------------------------------------


def _index_db(db: str | None, config_path: str | None = None, paths: Sequence[str] = ()) -> str:
    """The index file: ``--db``, else the config's ``index``, else ``quotecheck.db`` beside the archive
    (for a build) or in the working folder."""
    if db:
        return db
    from quotecheck.config import find_config, load_config

    found = config_path or find_config()
    if found:
        config = load_config(found)
        if config.index:
            return config.index
    if paths:
        from quotecheck.archive import default_db

        return default_db(paths)
    return "quotecheck.db"


def _date_option(value: str | None, name: str) -> Any:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(f"{name} {value!r}: give a date as YYYY-MM-DD")
    return None


class _Progress:
    """Build progress on stderr: a bar on a terminal, else a line every few seconds (files, quotes, rate, ETA)."""

    EVERY = 5.0

    def __init__(self) -> None:
        self.bar: Any = None
        self.shown = 0
        self.last = 0.0

    def __call__(self, p: Any) -> None:
        if sys.stderr.isatty():
            if self.bar is None:
                self.bar = click.progressbar(length=p.total, label="indexing", file=sys.stderr,
                                             item_show_func=lambda _: None, show_pos=True)  # fmt: skip
                self.bar.__enter__()
            self.bar.label = f"indexing ({p.quotes:,} quotes, {p.rate:.1f} files/s)"
            self.bar.update(p.done - self.shown)
            self.shown = p.done
            return
        if p.elapsed - self.last >= self.EVERY or p.done == p.total:
            self.last = p.elapsed
            eta = f", ETA {p.eta:.0f} s" if p.eta is not None and p.done < p.total else ""
            click.echo(f"quotecheck: indexed {p.done:,}/{p.total:,} files, {p.quotes:,} quotes, "
                       f"{p.rate:.1f} files/s{eta}", err=True)  # fmt: skip

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


_DB_HELP = "The index file (default: config 'index', else quotecheck.db)."


@cli.group(name="index", invoke_without_command=True)
@click.pass_context
def index_group(ctx: click.Context) -> None:
    """Build and inspect the archive index (one SQLite file) that search and check --index read.

    \b
      quotecheck index build archive/      every quote of the archive (new and changed files only)
      quotecheck index stats               what the index holds
      quotecheck index verify              every stored span against its file
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


@index_group.command(name="build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db", default=None, metavar="FILE",
              help="The index file (default: config 'index', else quotecheck.db beside the archive).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extract on a local Dask cluster of N processes (needs quotecheck[dask]).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on the Dask scheduler at ADDRESS (tcp://host:8786); workers must see the files.")
@handle_errors
def index_build(paths: tuple[str, ...], db: str | None, workers: int | None, dask_address: str | None) -> None:
    """Index every quote of PATHS (files, folders, URLs): new and changed files only; deleted ones removed."""
    from quotecheck.archive import build_index
    from quotecheck.archive.build import check_paths_exist

    check_paths_exist(paths)
    target = _index_db(db, paths=paths)
    progress = _Progress()
    try:
        done = build_index(list(paths), target, workers=workers, dask_address=dask_address, progress=progress,
                           warn=_warn)  # fmt: skip
    finally:
        progress.close()
    rate = done.indexed / done.seconds if done.seconds > 0 else 0.0
    click.echo(f"{safe_path(target)}: {done.indexed:,} file{'s' * (done.indexed != 1)} indexed "
               f"({done.quotes:,} quotes, {rate:.1f} files/s), {done.unchanged:,} unchanged, {done.removed:,} removed"
               + (f", {done.failed:,} unreadable" if done.failed else ""), err=True)  # fmt: skip


@index_group.command(name="stats")
@click.option("--db", "db", default=None, metavar="FILE", help=_DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def index_stats_command(db: str | None, fmt: str) -> None:
    """What the index holds: files, articles, quotes, distinct texts, dates, size."""
    from quotecheck.archive import index_stats, open_index

    with open_index(_index_db(db)) as index:
        stats = index_stats(index)
    if fmt == "json":
        click.echo(safe_json(stats.model_dump(mode="json")))
        return
    from quotecheck.report.archive import stats_text

    click.echo(stats_text(stats), nl=False)


@index_group.command(name="verify")
@click.option("--db", "db", default=None, metavar="FILE", help=_DB_HELP)
@handle_errors
def index_verify(db: str | None) -> None:
    """Check every stored quote against its file. Exit 0 when all hold, 1 when some do not."""
    from quotecheck.archive import open_index, verify_index

    with open_index(_index_db(db)) as index:
        problems = verify_index(index)
    for p in problems:
        where = f"{safe_path(p.file)}:{p.line}" if p.line is not None else safe_path(p.file)
        click.echo(f"{where}: {one_line(p.reason)}")
    click.echo(f"{len(problems)} problem{'s' * (len(problems) != 1)}", err=True)
    if problems:
        sys.exit(int(ExitCode.FINDINGS))


@cli.command()
@click.argument("words", required=False, default=None)
@click.option("--speaker", default=None, metavar="NAME",
              help="Only printings credited to NAME (alone: what NAME said, newest first).")
@click.option("--since", default=None, metavar="DATE", help="Only printings published on or after DATE (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Only printings published on or before DATE.")
@click.option("--outlet", default=None, metavar="X", help="Only printings in outlets whose name holds X.")
@click.option("--db", "db", default=None, metavar="FILE", help=_DB_HELP)
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="Distinct quote texts listed (all their printings); with --speaker alone, printings.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True)
@handle_errors
def search(
    words: str | None, speaker: str | None, since: str | None, until: str | None, outlet: str | None,
    db: str | None, limit: int, fmt: str,
) -> None:
    """Every printing of the quote WORDS in the archive, earliest first, with its drift from the earliest.

    \b
      quotecheck search "smash the gangs"
      quotecheck search --speaker "Yvette Cooper" --since 2024-01-01
    """
    from quotecheck.archive import open_index
    from quotecheck.archive import search as run_search

    if not (words or "").strip() and not speaker:
        _fail("give words to search for, or --speaker NAME")
    after, before = _date_option(since, "--since"), _date_option(until, "--until")
    with open_index(_index_db(db)) as index:
        found = run_search(index, words, speaker=speaker, since=after, until=before, outlet=outlet, limit=limit)
    from quotecheck.report import archive as report

    shown = words or f"--speaker {speaker}"
    if fmt == "json":
        sys.stdout.write(report.printings_json(found, shown))
    elif fmt == "markdown":
        sys.stdout.write(report.printings_markdown(found, shown))
    else:
        sys.stdout.write(report.printings_table(found))
    sys.stdout.flush()
    n = len(found)
    click.echo(f"{n} printing{'s' * (n != 1)}", err=True)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point.

    After a one-shot command the process ends at once, output flushed: tearing down the interpreter's
    modules (pydantic's above all) would add a twentieth of a second to every `check` in a hook.
    """
    code: int | str | None = 0
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="quotecheck")
    except KeyboardInterrupt:
        click.echo("quotecheck: interrupted", err=True)
        code = int(ExitCode.INTERRUPTED)
    except SystemExit as exc:
        code = exc.code
    if argv is not None:  # called from Python, not as the console script: behave like a function
        sys.exit(code)
    _exit_now(code)


def _exit_now(code: int | str | None) -> None:
    if isinstance(code, str):
        click.echo(code, err=True)
        code = 1
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = code or 0
    except OSError as exc:  # a full disk under a redirected stdout: the output is lost, so say so
        with contextlib.suppress(OSError):
            sys.stderr.write(f"quotecheck: error: <stdout>: cannot write ({exc.strerror or exc})\n")
        code = int(ExitCode.BAD_INPUT) if exc.errno in _OUTPUT_ERRNOS else code or 0
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(int(code or 0))
