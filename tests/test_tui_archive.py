# ruff: noqa: E501
"""The app's Search screen over an archive index (``quotecheck --index FILE``), driven with Pilot at 100x30:
type words, the printings arrive from a worker, enter opens one's article in the main screen."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from textual.pilot import Pilot
from textual.widgets import Input

from quotecheck.archive import build_index, open_index
from quotecheck.cli import ExitCode, cli
from quotecheck.tui.app import QuotecheckApp
from quotecheck.tui.screens.archive import ArchiveScreen
from quotecheck.tui.screens.main import MainScreen
from quotecheck.tui.widgets.lineup import LineupPane
from quotecheck.tui.widgets.printings import PrintingTable
from quotecheck.tui.widgets.quotes import QuotesPane

sys.path.insert(0, str(Path(__file__).resolve().parent))
from archive_texts import ADDED, write_archive
from tui_pilot import SIZE, Scenario, settle
from tui_pilot import drive as drive_app

HARBOUR = """outlet: Harbour Post
date: 2024-03-01
headline: Mayor's rail yards pledge

Jane Holloway, the mayor, said on Friday: "We will build 4,000 homes on the old rail yards before the next election, and all of them will be affordable."
Her deputy did not comment.
"""
"""A second printing on the day of the first (so the two are one event in the app), one word changed."""



@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An archive of five articles (``arc/``) and its index ``arc.db``, the working folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # no configuration file above
    write_archive(tmp_path / "arc")
    (tmp_path / "arc" / "courier.txt").write_text(ADDED, encoding="utf-8")
    (tmp_path / "arc" / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    build_index(["arc"], "arc.db")
    return tmp_path


def drive(paths: list[str], scenario: Scenario, db: str | None = "arc.db") -> QuotecheckApp:
    return drive_app(paths, scenario, SIZE, open_index(db) if db else None)


async def type_in(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*("space" if c == " " else c for c in text))


def table(app: QuotecheckApp) -> PrintingTable:
    assert isinstance(app.screen, ArchiveScreen)
    return app.screen.query_one(PrintingTable)


def shown_rows(app: QuotecheckApp) -> list[tuple[str, ...]]:
    t = table(app)
    return [tuple(cell.plain for cell in t.get_row_at(i)) for i in range(t.row_count)]


def status(app: QuotecheckApp) -> str:
    return str(app.screen.query_one("#archive-status").render())


async def open_search(app: QuotecheckApp, pilot: Pilot[None], words: str) -> None:
    await pilot.press("s")
    await pilot.pause()
    assert isinstance(app.screen, ArchiveScreen)
    assert app.focused is app.screen.query_one("#archive-words", Input)
    await type_in(pilot, words)
    await settle(app, pilot)


def test_typing_words_lists_every_printing_earliest_first_and_enter_opens_one(here: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        # one article loaded: the Quotes tab lists its own quotes, no cluster across outlets yet
        assert all(len({m.file for m in r.cluster.members}) == 1 for r in app.main.query_one(QuotesPane).rows)
        await pilot.press("slash", "z", "z", "enter")  # a search in the main screen: cleared when a printing opens
        await pilot.pause()
        assert app.main.search == "zz"
        await open_search(app, pilot, "homes on the old rail yards")
        assert shown_rows(app) == [
            ("2024-03-01", "Northern Echo", "Jane Holloway", "earliest", "arc/echo.txt:6"),
            ("2024-03-01", "Harbour Post", "Jane Holloway", "changed", "arc/harbour.txt:5"),
            ("2024-03-05", "Coast Gazette", "Jane Holloway", "truncated", "arc/gazette.txt:5"),
            ("2024-03-09", "Daily Ledger", "Jane Holloway", "changed", "arc/ledger.txt:5"),
        ]
        assert status(app).startswith("4 printings, earliest first")
        screen = app.screen
        assert isinstance(screen, ArchiveScreen)
        await pilot.press("enter")  # from the input to the table
        assert app.focused is table(app)
        await pilot.press("j", "j", "j")
        detail = screen.query_one("#printing-detail").text  # type: ignore[attr-defined]
        assert "“We will build 5,000 homes" in detail
        assert "against the earliest (Northern Echo, 2024-03-01)" in detail
        assert "credit Jane Holloway" in detail and "in arc/ledger.txt:5:2" in detail
        await pilot.press("k", "k")
        harbour = table(app).current
        assert harbour is not None and harbour.outlet == "Harbour Post"
        await pilot.press("enter")  # the article is read, and the quote shown in the Quotes tab
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.loader.paths == ["arc/echo.txt", "arc/harbour.txt"]
        assert app.main.active_tab == "quotes" and app.main.search == ""
        pane = app.main.query_one(QuotesPane)
        current = pane.current
        assert current is not None
        assert [(m.file, m.span.start) for m in current.cluster.members] == [
            ("arc/echo.txt", 162), ("arc/harbour.txt", harbour.span.start)]
        assert app.focused is pane.table
        # s again: the same search, kept
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen) and len(shown_rows(app)) == 4

    drive(["arc/echo.txt"], scenario)


def test_a_printing_already_loaded_is_shown_without_reading_it_again(here: Path) -> None:
    echo = str(here / "arc" / "echo.txt")  # loaded by its absolute path; the index lists it as arc/echo.txt

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await open_search(app, pilot, "a plan for the whole city")
        assert shown_rows(app)[0] == ("2024-03-01", "Northern Echo", "Jane Holloway", "earliest", "arc/echo.txt:7")
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert app.loader.paths == [echo]
        # the event has one article: the Quotes tab lists its own quotes, the cursor on this one
        assert app.main.active_tab == "quotes"
        current = app.main.query_one(QuotesPane).current
        assert current is not None
        assert [m.text for m in current.cluster.members] == ["This is a plan for the whole city,"]

    drive([echo], scenario)


BAY = """outlet: Bay Times
date: 2024-03-01
headline: Trams through the night

Jane Holloway said: "We will build 4,000 homes on the old rail yards before the next election, and every one of them will be affordable."
Transport chief Ada Quist said: "The trams will run all night from May, on every line in the city."
"""
"""A third outlet the same day, with a quote no other outlet prints."""


def test_a_quote_only_one_outlet_prints_is_shown_in_the_line_up_pair_that_holds_it(here: Path) -> None:
    (here / "arc" / "wharf.txt").write_text(BAY, encoding="utf-8")
    build_index(["arc"], "arc.db")

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        lineup = app.main.query_one(LineupPane)
        app.main.action_show_tab("lineup")
        await pilot.pause()
        assert lineup.narrow and lineup.shown == ["arc/echo.txt", "arc/harbour.txt"]  # Bay Times is off screen
        await open_search(app, pilot, "trams will run all night")
        assert shown_rows(app) == [("2024-03-01", "Bay Times", "Ada Quist", "earliest", "arc/wharf.txt:6")]
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert app.loader.paths == ["arc/echo.txt", "arc/harbour.txt", "arc/wharf.txt"]  # nothing read again
        assert app.main.active_tab == "lineup"
        assert "arc/wharf.txt" in lineup.shown
        table_ = lineup.table
        cell = table_.coordinate_to_cell_key(table_.cursor_coordinate)
        assert cell.column_key.value == "arc/wharf.txt"
        event = app.main.event
        assert event is not None and event.lineup is not None
        row = next(r for r in event.lineup.rows if r.id == cell.row_key.value)
        assert [c.text for c in row.cells if c.file == "arc/wharf.txt"] == [
            'Transport chief Ada Quist said: "The trams will run all night from May, on every line in the city."']

    drive(["arc/echo.txt", "arc/harbour.txt", "arc/wharf.txt"], scenario)


def test_a_speaker_alone_lists_what_they_said_newest_first(here: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await pilot.press("s")
        await pilot.press("tab")  # to the speaker input
        await type_in(pilot, "Tom Reddick")
        await settle(app, pilot)
        assert shown_rows(app) == [
            ("2024-04-02", "Evening Courier", "Tom Reddick", "", "arc/courier.txt:5"),
            ("2024-03-09", "Daily Ledger", "Tom Reddick", "", "arc/ledger.txt:6"),
        ]
        assert status(app).startswith("2 printings credited to Tom Reddick, newest first")
        # words and a speaker: only that speaker's printings of the words
        app.screen.query_one("#archive-words", Input).value = "homes on the old rail yards"
        await settle(app, pilot)
        assert shown_rows(app) == []
        assert status(app) == "No printing in the archive matches."
        await pilot.press("ctrl+l")  # clear: the hint again, no rows
        await settle(app, pilot)
        assert shown_rows(app) == [] and status(app).startswith("Type words of a quote")

    drive(["arc/echo.txt"], scenario)


def test_a_stale_result_never_replaces_the_newer_search(here: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await open_search(app, pilot, "homes on the old rail yards")
        screen = app.screen
        assert isinstance(screen, ArchiveScreen)
        screen.post_message(ArchiveScreen.Found("homes on the old", "", []))  # an older query's answer, late
        await pilot.pause()
        assert len(shown_rows(app)) == 4
        await pilot.press("ctrl+l")
        await type_in(pilot, "nobody asked the drivers")
        await settle(app, pilot)
        assert shown_rows(app) == [("2024-04-02", "Evening Courier", "Tom Reddick", "earliest", "arc/courier.txt:5")]

    drive(["arc/echo.txt"], scenario)


def test_without_an_index_s_says_how_to_open_one(here: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.notices == ["No archive index is open: start the app with quotecheck --index FILE to search it (s)"]
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Search the archive")
        command.callback()
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and len(app.notices) == 2

    drive(["arc/echo.txt"], scenario, db=None)


def test_the_command_palette_opens_the_search_screen(here: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        command = next(c for c in app.get_system_commands(app.screen) if c.title == "Search the archive")
        command.callback()
        await pilot.pause()
        assert isinstance(app.screen, ArchiveScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)

    drive(["arc/echo.txt"], scenario)


def test_index_option_opens_the_app_with_the_index(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[list[str], str | None]] = []
    monkeypatch.setattr("quotecheck.cli._run_app", lambda paths, index_path=None: opened.append((list(paths),
                                                                                                  index_path)))
    runner = CliRunner()
    assert runner.invoke(cli, ["--index", "arc.db", "arc/echo.txt"]).exit_code == 0
    assert runner.invoke(cli, ["--index=arc.db"]).exit_code == 0
    assert runner.invoke(cli, ["tui", "--index", "arc.db", "arc"]).exit_code == 0
    assert opened == [(["arc/echo.txt"], "arc.db"), ([], "arc.db"), (["arc"], "arc.db")]


@pytest.mark.parametrize("command", [["--index"], ["tui", "--index"]])
@pytest.mark.parametrize(("name", "words"), [("none.db", "no index here"), ("junk.db", "not a quotecheck index"),
                                             ("shop.db", "not a quotecheck index"), ("arc", "is a folder")])
def test_a_bad_index_is_one_line_and_exit_2(here: Path, command: list[str], name: str, words: str) -> None:
    (here / "junk.db").write_bytes(b"these are not the pages of a database\n" * 200)
    con = sqlite3.connect(here / "shop.db")
    con.execute("CREATE TABLE customers (name TEXT)")
    con.commit()
    con.close()
    result = CliRunner().invoke(cli, [*command, name, "arc/echo.txt"])
    assert result.exit_code == ExitCode.BAD_INPUT
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"quotecheck: error: {name}") and words in lines[0], lines[0]
    assert not (here / "none.db").exists()


def test_a_good_index_still_needs_a_terminal(here: Path) -> None:
    result = CliRunner().invoke(cli, ["--index", "arc.db", "arc/echo.txt"])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "needs a terminal" in result.stderr


def test_a_search_that_fails_says_so_in_the_status_line(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from quotecheck.errors import InputError

    def locked(*args: object, **kwargs: object) -> None:
        raise InputError("arc.db", "the index is locked by another process (a build still writing?); try again later")

    monkeypatch.setattr("quotecheck.tui.screens.archive.search", locked)

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await open_search(app, pilot, "rail yards")
        message = "search failed: arc.db: the index is locked by another process (a build still writing?); try again later"
        assert status(app) == message
        assert app.notices == [message]
        assert shown_rows(app) == []
        assert isinstance(app.screen, ArchiveScreen)

    drive(["arc/echo.txt"], scenario)
