"""The quotecheck terminal app.

    create_app(paths, prefetch=None, index=None) -> QuotecheckApp      (the CLI and the tests share it)

The app holds what outlives a screen (the loader with every file read, notices, readiness) and the
command palette's list of actions; ``screens.main.MainScreen`` does the rest.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from quotecheck.text import one_line
from quotecheck.tui.data import Loader, Prefetch
from quotecheck.tui.screens.main import MainScreen

if TYPE_CHECKING:
    from quotecheck.archive import Index

Severity = Literal["information", "warning", "error"]


class QuotecheckApp(App[None]):
    """Events, quote clusters, line-ups, conflicts and only-in context of news reports."""

    CSS_PATH = "app.tcss"
    TITLE = "quotecheck"
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="quit"),
        Binding("question_mark", "help", "Help", key_display="?",
                tooltip="this help: every key and what the colours mean"),
        Binding("s", "search_archive", "Archive", tooltip="search the archive index (--index FILE)"),
        Binding("s", "no_archive", "Archive", show=False,  # without --index: says why s does nothing
                tooltip="search the archive index (--index FILE)"),
    ]

    def __init__(self, paths: Sequence[str], prefetch: Prefetch | None = None, index: Index | None = None) -> None:
        super().__init__()
        self.paths = list(paths)
        self.index = index
        """The archive index (``--index FILE``) the Search screen reads, or None."""
        self.loader = Loader()
        self.prefetch = prefetch
        """The first load, already running in a child process (see ``Prefetch``), or None."""
        self.prefetch_used = False
        self.notices: list[str] = []
        """Every notice shown (files that could not be read, export results), for tests and the log."""
        self.started = time.perf_counter()
        self.ready_at: float | None = None
        """``time.perf_counter()`` when the first full screen (data drawn) was on screen."""

    def on_unmount(self) -> None:
        if self.prefetch is not None:
            self.prefetch.close()
        if self.index is not None:
            self.index.close()

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.paths)

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    def mark_ready(self) -> None:
        if self.ready_at is None:
            self.ready_at = time.perf_counter()

    def notice(self, message: str, severity: Severity = "warning") -> None:
        """A problem the user should see (a file that could not be read); never markup."""
        message = one_line(message)
        self.notices.append(message)
        self.notify(message, severity=severity, timeout=8, markup=False)

    def say(self, message: str) -> None:
        """A short confirmation (report written, reference changed)."""
        message = one_line(message)
        self.notices.append(message)
        self.notify(message, timeout=3, markup=False)

    def on_key(self, event: events.Key) -> None:
        """Keys typed right after `/` may have left for the table before the focus moved: they are the search.

        (Textual routes a key to the widget focused when it arrives; "/garb" in one read would otherwise
        lose "garb".) A printable key that bubbles up here while the search has the focus came from elsewhere,
        since the search input keeps every printable key it gets.
        """
        from textual.widgets import Input

        focused = self.focused
        if (isinstance(focused, Input) and focused.id == "search-input" and event.is_printable and event.character
                and isinstance(self.screen, MainScreen)):
            focused.post_message(events.Key(event.key, event.character))
            event.stop()

    def action_help(self) -> None:
        from quotecheck.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.main.palette))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search_archive":
            return self.index is not None
        if action == "no_archive":
            return self.index is None
        return True

    def action_search_archive(self) -> None:
        """The Search screen (one, kept: its last search is there when it is opened again)."""
        from quotecheck.tui.screens.archive import ArchiveScreen

        if isinstance(self.screen, ArchiveScreen):
            self.screen.query_one("#archive-words").focus()
        elif self.index is not None and self.screen is self.main:
            if not self.is_screen_installed("archive"):
                self.install_screen(ArchiveScreen(self.index), "archive")
            self.push_screen("archive")

    def action_no_archive(self) -> None:
        self.say("No archive index is open: start the app with quotecheck --index FILE to search it (s)")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        def run(action: str) -> SystemCommand:
            title, help_ = COMMANDS[action]
            return SystemCommand(title, help_, lambda: self.call_next(self._run_main_action, action))

        yield from (run(action) for action in COMMANDS)
        archive = self.action_search_archive if self.index is not None else self.action_no_archive
        yield SystemCommand("Search the archive", "Every printing of a quote in the --index archive (s)",
                            lambda: self.call_next(archive))
        yield from super().get_system_commands(screen)

    async def _run_main_action(self, action: str) -> None:
        target = self.main
        if action.startswith("lineup."):
            from quotecheck.tui.widgets.lineup import LineupPane

            target.action_show_tab("lineup")
            await self.run_action(action.removeprefix("lineup."), target.query_one(LineupPane))
        elif action == "help":
            self.action_help()
        else:
            await self.run_action(action, target)


COMMANDS: dict[str, tuple[str, str]] = {
    "search": ("Search", "Search quotes, speakers and sentences in every tab (/)"),
    "filter": ("Filter", "Narrow to a speaker, an outlet or a kind of difference (f)"),
    "back": ("Clear search or filter", "Clear the search, then the filter (esc)"),
    "cycle_reference": ("Change reference outlet",
                        "Diff every version against the next outlet that prints the quote (r)"),
    "export": ("Export Markdown report", "Write the compare report to a file you name (e)"),
    "open": ("Open files or folders", "Add articles to the comparison (o)"),
    "toggle_events": ("Show or hide events", "The events sidebar (b)"),
    "show_tab('quotes')": ("Quotes tab", "Quote clusters across outlets (1)"),
    "show_tab('lineup')": ("Line-up tab", "The outlets side by side, sentence by sentence (2)"),
    "show_tab('findings')": ("Conflicts & numbers tab", "Credits and figures that differ (3)"),
    "show_tab('only-in')": ("Only in tab", "What one outlet reports and the others leave out (4)"),
    "lineup.hide_outlet": ("Line-up: hide outlet", "Hide the outlet under the cursor (x)"),
    "lineup.show_all": ("Line-up: show all outlets", "Show hidden outlets again (a)"),
    "lineup.move_outlet(-1)": ("Line-up: move outlet left", "Move the outlet under the cursor left (<)"),
    "lineup.move_outlet(1)": ("Line-up: move outlet right", "Move the outlet under the cursor right (>)"),
    "lineup.shift(1)": ("Line-up: next outlets", "Show the next pair of outlets, or move right (])"),
    "lineup.shift(-1)": ("Line-up: previous outlets", "Show the previous pair of outlets, or move left ([)"),
    "toggle_theme": ("Light or dark", "Switch between the light and dark themes (t)"),
    "help": ("Help: keys and colours", "Every key and what the colours mean (?)"),
}
"""Every action the command palette offers, by action string: (title, help)."""


def create_app(paths: Sequence[str], prefetch: Prefetch | None = None, index: Index | None = None) -> QuotecheckApp:
    """The app over ``paths`` (files, folders, globs, URLs); loading starts when it runs, or ``prefetch``
    (``Prefetch.start(paths)``, called before Textual is imported) already loads them. With ``index`` (an open
    archive index, ``quotecheck.archive.open_index``; the app closes it) ``s`` opens the Search screen."""
    return QuotecheckApp(paths, prefetch, index)
