"""The ``quotecheck`` command line: a thin layer over the library.

Data goes to stdout, narration and errors to stderr. Exit codes are ``ExitCode``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import IntEnum
from functools import wraps
from typing import Any, TypeVar, cast

import click

from quotecheck.errors import QuotecheckError
from quotecheck.models import Article, ArticleQuotes, Quote

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(IntEnum):
    """What the process tells its caller."""

    OK = 0
    FINDINGS = 1
    BAD_INPUT = 2
    INTERNAL = 3
    INTERRUPTED = 130


def _warn(message: str) -> None:
    click.echo(f"quotecheck: warning: {message}", err=True)


def _fail(message: str, code: ExitCode = ExitCode.BAD_INPUT) -> None:
    click.echo(f"quotecheck: error: {message}", err=True)
    sys.exit(int(code))


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


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotecheck")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Find every quotation in news reports, credit it, and compare outlets.

    \b
      quotecheck quotes samples/*.txt      every quote, its speaker and venue
      quotecheck text FILE                 the text that offsets point into
    """
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())


def quote_record(article: Article, quote: Quote) -> dict[str, Any]:
    """One quote as the JSON the scorer and pipelines read (see eval/README.md)."""
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
    }


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl", "json"]), default="table", show_default=True,
    help="table for people; jsonl/json for pipelines (contract in the README).",
)
@handle_errors
def quotes(paths: tuple[str, ...], fmt: str) -> None:
    """Every quote in PATHS (files, folders, URLs or - for stdin) with its speaker and venue."""
    articles = _load(paths)
    results = list(_extract(articles))
    if fmt == "jsonl":
        out = sys.stdout
        for result in results:
            for quote in result.quotes:
                out.write(json.dumps(quote_record(result.article, quote), ensure_ascii=False) + "\n")
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
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    from quotecheck.report.table import quotes_table

    click.echo(quotes_table(results), nl=False)
    total = sum(len(r.quotes) for r in results)
    click.echo(f"{total} quotes in {len(results)} articles", err=True)


@cli.command()
@click.argument("path")
@handle_errors
def text(path: str) -> None:
    """Print the text of PATH that every offset points into (for HTML, the extracted article)."""
    from quotecheck.text import safe_for_terminal

    (article,) = _load([path])[:1]
    click.echo(safe_for_terminal(article.raw), nl=not article.raw.endswith("\n"))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
    help="markdown for people; json for pipelines (contract in the README).",
)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False), default=None,
              help="Write the report to FILE instead of stdout.")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@handle_errors
def compare(paths: tuple[str, ...], fmt: str, output: str | None, force: bool) -> None:
    """Group PATHS into events and show where the outlets differ: quotes, credits, numbers, omissions."""
    import os
    import tempfile

    from quotecheck.compare import compare as run_compare

    if output is not None and os.path.exists(output) and not force:
        _fail(f"{output} exists; use --force to overwrite it")
    articles = _load(paths)
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
        folder = os.path.dirname(os.path.abspath(output))
        try:
            fd, tmp = tempfile.mkstemp(prefix=".quotecheck-", suffix=".tmp", dir=folder)
        except OSError as exc:
            _fail(f"cannot write {output}: {exc.strerror or exc}")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(report)
            os.replace(tmp, output)
        except OSError as exc:
            if os.path.exists(tmp):
                os.unlink(tmp)
            _fail(f"cannot write {output}: {exc.strerror or exc}")
    counts = [(len(comparison.articles), "article"), (len(comparison.events), "event"),
              (len(comparison.clusters), "quote cluster"), (len(comparison.conflicts), "attribution conflict")]
    click.echo(", ".join(f"{n} {what}{'s' * (n != 1)}" for n, what in counts), err=True)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="quotecheck")
    except KeyboardInterrupt:
        click.echo("quotecheck: interrupted", err=True)
        sys.exit(int(ExitCode.INTERRUPTED))
