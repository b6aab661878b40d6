"""The main screen: events on the left, four tabs on the right, search and status at the bottom.

The screen owns what the user is looking at (event, filters, search, reference outlet per event) and
hands each tab a ``View``. Slow work (reading, comparing, diffs against another reference, writing the
report) runs in thread workers; the UI thread only looks things up and draws.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, TabbedContent, TabPane
from textual.worker import Worker, WorkerState

from quotecheck.models import WordDiff
from quotecheck.text import one_line
from quotecheck.tui.data import ClusterRow, Dataset, EventData, Filters, fold, reference_member
from quotecheck.tui.render import Palette, View, palette_for
from quotecheck.tui.widgets.events import EventList
from quotecheck.tui.widgets.findings import FindingsPane
from quotecheck.tui.widgets.lineup import LineupPane
from quotecheck.tui.widgets.loading import LoadingPanel
from quotecheck.tui.widgets.only_in import OnlyInPane
from quotecheck.tui.widgets.quotes import QuotesPane
from quotecheck.tui.widgets.search import SearchBar
from quotecheck.tui.widgets.table import DetailView, ListPane, NavTable

if TYPE_CHECKING:
    from quotecheck.tui.app import QuotecheckApp

TABS = ("quotes", "lineup", "findings", "only-in")
"""Tab pane ids, in order (keys 1-4)."""
TAB_TITLES = {"quotes": "Quotes", "lineup": "Line-up", "findings": "Conflicts & numbers", "only-in": "Only in"}
TAB_NOUNS = {"quotes": "quotes", "lineup": "line-up rows", "findings": "conflicts and numbers",
             "only-in": "only-in sentences"}

DiffsByCluster = dict[str, dict[str, WordDiff]]


class MainScreen(Screen[None]):
    """Everything but the modals."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide"), (120, "-wider")]  # noqa: RUF012 (Textual declares them)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (28, "-tall")]  # noqa: RUF012

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "search", "Search", key_display="/",
                tooltip="search every tab (enter keeps it, esc clears it)"),
        Binding("f", "filter", "Filter", tooltip="filter by speaker, outlet, kind of difference"),
        Binding("r", "cycle_reference", "Reference",
                tooltip="diff against the next outlet that prints the quote (then the fullest version)"),
        Binding("e", "export", "Export", tooltip="export the Markdown report (asks where; never overwrites silently)"),
        Binding("o", "open", "Open", show=False, tooltip="open more files, folders or URLs"),
        Binding("b", "toggle_events", "Events", tooltip="show or hide the events sidebar"),
        Binding("t", "toggle_theme", "Light/dark", show=False, tooltip="light / dark theme"),
        Binding("escape", "back", "Back", show=False, tooltip="back from a detail; clear the search, then the filter"),
        Binding("1", "show_tab('quotes')", "Quotes", show=False, tooltip="the Quotes tab"),
        Binding("2", "show_tab('lineup')", "Line-up", show=False, tooltip="the Line-up tab"),
        Binding("3", "show_tab('findings')", "Conflicts", show=False, tooltip="the Conflicts & numbers tab"),
        Binding("4", "show_tab('only-in')", "Only in", show=False, tooltip="the Only in tab"),
    ]

    def __init__(self, paths: Sequence[str]) -> None:
        super().__init__()
        self.paths = list(paths)
        self.dataset: Dataset | None = None
        self.event_id: str | None = None
        self.filters = Filters()
        self.search = ""
        self.references: dict[str, str | None] = {}
        self._reference_cache: dict[tuple[str, str], DiffsByCluster] = {}
        self._dirty: set[str] = set(TABS)
        self.counts: dict[str, tuple[int, int]] = {}
        """Rows each tab shows and has, by tab id (shown = all when nothing narrows them)."""
        self._palette: Palette | None = None
        self._then: Callable[[], None] | None = None

    @property
    def qapp(self) -> QuotecheckApp:
        from quotecheck.tui.app import QuotecheckApp

        assert isinstance(self.app, QuotecheckApp)
        return self.app

    # --- layout ------------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        with Horizontal(id="body"):
            yield EventList(id="events")
            with Vertical(id="main"):
                yield LoadingPanel(id="loading")
                with TabbedContent(id="tabs", initial="quotes"):
                    with TabPane("Quotes", id="quotes"):
                        yield QuotesPane(id="quotes-pane")
                    with TabPane("Line-up", id="lineup"):
                        yield LineupPane(id="lineup-pane")
                    with TabPane("Conflicts & numbers", id="findings"):
                        yield FindingsPane(id="findings-pane")
                    with TabPane("Only in", id="only-in"):
                        yield OnlyInPane(id="only-in-pane")
                yield SearchBar(id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.qapp.theme_changed_signal.subscribe(self, self._theme_changed)
        self.load(self.paths)

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_status)  # the sidebar may have hidden or shown

    @property
    def palette(self) -> Palette:
        if self._palette is None:
            self._palette = palette_for(self.app.theme_variables, self.app.current_theme.dark)
        return self._palette

    # --- loading -----------------------------------------------------------------------------------------

    def load(self, paths: Sequence[str], then: Callable[[], None] | None = None) -> None:
        """Read ``paths`` (added to what is loaded) in a worker; the screen shows progress meanwhile, and
        ``then`` runs once what was read is shown."""
        self._then = then
        loading = self.query_one(LoadingPanel)
        loading.display = True
        loading.progress(0, 0, "Reading…")
        self._load(list(paths))

    class LoadProgress(Message):
        """From the loading worker: how far it got (posted, never waited for)."""

        def __init__(self, done: int, total: int, label: str) -> None:
            super().__init__()
            self.done, self.total, self.label = done, total, label

    class LoadNotice(Message):
        """From the loading worker: a file that could not be read."""

        def __init__(self, message: str) -> None:
            super().__init__()
            self.message = message

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, paths: list[str]) -> Dataset:
        app = self.qapp

        def progress(done: int, total: int, label: str) -> None:
            self.post_message(self.LoadProgress(done, total, label))

        def notice(message: str) -> None:
            self.post_message(self.LoadNotice(message))

        prefetch, app.prefetch_used = (None if app.prefetch_used else app.prefetch), True
        if prefetch is None:  # a later load: in a child too, so that quitting can stop it
            from quotecheck.tui.data import Prefetch

            prefetch = app.prefetch = Prefetch.start(paths, app.loader)
        if prefetch is not None:
            try:
                app.loader, dataset = prefetch.wait(progress, notice)
                return dataset
            except Exception as exc:  # the child failed: load here instead
                if prefetch.stopped:  # the app is quitting: nothing to load for
                    raise
                notice(f"loading in the background failed ({exc}); loading again")
        return app.loader.load(paths, progress=progress, notice=notice)

    @on(LoadProgress)
    def _load_progress(self, message: LoadProgress) -> None:
        self.query_one(LoadingPanel).progress(message.done, message.total, message.label)

    @on(LoadNotice)
    def _load_notice(self, message: LoadNotice) -> None:
        self.qapp.notice(message.message)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "load":
            if event.state is WorkerState.SUCCESS and isinstance(worker.result, Dataset):
                self._loaded(worker.result)
            elif event.state is WorkerState.ERROR:
                self.qapp.notice(f"loading failed ({type(worker.error).__name__}: {worker.error}); please report it")
                self._loaded(self.dataset)
            if event.state in (WorkerState.SUCCESS, WorkerState.ERROR):
                then, self._then = self._then, None
                if then is not None:
                    then()
        elif worker.group == "export" and event.state is WorkerState.ERROR:
            self.qapp.notice(f"export failed: {worker.error}", severity="error")

    def _loaded(self, dataset: Dataset | None) -> None:
        self.dataset = dataset
        self._reference_cache.clear()
        loading = self.query_one(LoadingPanel)
        tabs = self.query_one("#tabs")
        if dataset is None or not dataset.events:
            loading.progress(1, 1, "No article could be read. Press o to open a file or folder, q to quit.")
            tabs.display = False
            self.query_one(EventList).show([], None, self.palette)
            self.sub_title = "no articles"
            return
        loading.display = False
        tabs.display = True
        if self.dataset is None or self.dataset.event(self.event_id) is None:
            self.event_id = dataset.events[0].id
        self.query_one(EventList).show(dataset.events, self.event_id, self.palette)
        self._event_changed()
        self.call_after_refresh(self.qapp.mark_ready)
        if not isinstance(self.focused, NavTable):
            self.query_one("#clusters", NavTable).focus()

    # --- what is shown ----------------------------------------------------------------------------------------

    @property
    def event(self) -> EventData | None:
        return self.dataset.event(self.event_id) if self.dataset else None

    def view(self) -> View | None:
        event = self.event
        if event is None:
            return None
        reference = self.references.get(event.id)
        diffs = self._reference_cache.get((event.id, reference)) if reference else None
        return View(event=event, palette=self.palette, filters=self.filters, query=fold(self.search),
                    reference=reference, reference_diffs=diffs)

    @property
    def active_tab(self) -> str:
        return self.query_one("#tabs", TabbedContent).active or "quotes"

    def _refresh(self, tabs: Sequence[str] = TABS) -> None:
        """Redraw ``tabs`` now if visible, later (when opened) if not; recount tabs and events."""
        self._dirty.update(tabs)
        self._draw_active()
        view = self.view()
        if view is not None:
            self._count_tabs(view)
        self._count_events()
        self._update_status()

    def _draw_active(self) -> None:
        view = self.view()
        tab = self.active_tab
        if view is None or tab not in self._dirty:
            return
        self._dirty.discard(tab)
        self._pane(tab).update_view(view)

    def _pane(self, tab: str) -> QuotesPane | LineupPane | ListPane:
        if tab == "lineup":
            return self.query_one(LineupPane)
        if tab == "findings":
            return self.query_one(FindingsPane)
        if tab == "only-in":
            return self.query_one(OnlyInPane)
        return self.query_one(QuotesPane)

    def _event_changed(self) -> None:
        event = self.event
        if event is None:
            return
        self.sub_title = f"{event.id}: {one_line(event.event.title)}"
        self._refresh()

    @property
    def narrowed(self) -> bool:
        """Whether a search or a filter is in force (counts then say how many of how many)."""
        return bool(self.search.strip()) or self.filters.active

    def _count_tabs(self, view: View) -> None:
        """Each tab's title with its count: of the rows the search and filter leave, when they are in force."""
        self.counts = {
            "quotes": (sum(1 for r in view.event.rows if r.matches(view.filters, view.query)), len(view.event.rows)),
            "lineup": self.query_one(LineupPane).count(view),
            "findings": self.query_one(FindingsPane).count(view),
            "only-in": self.query_one(OnlyInPane).count(view),
        }
        tabbed = self.query_one("#tabs", TabbedContent)
        for tab, title in TAB_TITLES.items():
            shown, total = self.counts[tab]
            count = f" {shown}/{total}" if self.narrowed else f" {total}"
            tabbed.get_tab(tab).label = title + (count if total or tab != "lineup" else "")

    def _count_events(self) -> None:
        """The sidebar's counts: quotes matching the search and filter in each event, while they are in force."""
        if self.dataset is None:
            return
        query = fold(self.search)
        matching = ({e.id: sum(1 for r in e.rows if r.matches(self.filters, query)) for e in self.dataset.events}
                    if self.narrowed else None)
        self.query_one(EventList).update_counts(matching)

    @property
    def events_hidden(self) -> bool:
        """Whether the events sidebar is off screen (narrow terminal, or hidden with b)."""
        if self.has_class("-narrow"):
            return not self.has_class("-show-events")
        return self.has_class("-hide-events")

    def _update_status(self) -> None:
        event = self.event
        text = Text(end="")
        p = self.palette
        if self.dataset is not None and len(self.dataset.events) > 1 and self.events_hidden and event is not None:
            ids = [e.id for e in self.dataset.events]
            text.append(f"event {ids.index(event.id) + 1} of {len(ids)}", style="bold")
            text.append(" · b lists them  ", style=p.muted)
        parts: list[tuple[str, str]] = []
        f = self.filters
        if f.speaker:
            parts.append(("speaker ", f.speaker))
        if f.outlet and event is not None:
            parts.append(("outlet ", event.outlet(f.outlet).short))
        if f.kind:
            parts.append(("kind ", f.kind.value))
        if self.narrowed and event is not None and self.active_tab in self.counts:
            shown, total = self.counts[self.active_tab]
            text.append(f"{shown} of {total} {TAB_NOUNS[self.active_tab]}", style=p.label)
            text.append("  ")
        if parts:
            text.append("filter ", style=p.label)
            for i, (label, value) in enumerate(parts):
                text.append(" · " if i else "", style=p.muted)
                text.append(label, style=p.muted)
                text.append(" ".join(value.split()), style="bold")
            text.append("  esc clears", style=p.muted)
        self.query_one(SearchBar).show_status(text)

    @on(TabbedContent.TabActivated, "#tabs")
    def _tab_activated(self) -> None:
        self._draw_active()
        self._update_status()

    @on(EventList.Chosen)
    def _event_chosen(self, message: EventList.Chosen) -> None:
        if message.event_id != self.event_id:
            self.event_id = message.event_id
            self._event_changed()
        if message.go:
            self._focus_tab_table()

    def _focus_tab_table(self) -> None:
        self.set_focus(self._pane(self.active_tab).table)

    # --- search and filter ---------------------------------------------------------------------------------------

    def action_search(self) -> None:
        if self.event is not None:
            self.set_focus(self.query_one(SearchBar).input)  # at once: the next keys typed are the search

    @on(SearchBar.Changed)
    def _search_changed(self, message: SearchBar.Changed) -> None:
        if message.query != self.search:
            self.search = message.query
            self._refresh()

    @on(SearchBar.Done)
    def _search_done(self) -> None:
        if self.event is not None:
            self._focus_tab_table()

    def action_filter(self) -> None:
        from quotecheck.tui.screens.filter import FilterScreen

        event = self.event
        if event is None:
            return
        self.app.push_screen(FilterScreen(event, self.filters), self._set_filters)

    def _set_filters(self, filters: Filters | None) -> None:
        if filters is not None and filters != self.filters:
            self.filters = filters
            self._refresh()

    def action_back(self) -> None:
        """Esc: from a detail back to its table, else clear the search, else the filter."""
        focused = self.focused
        if isinstance(focused, DetailView):
            self._focus_tab_table()
        elif self.search:
            self.query_one(SearchBar).action_close()
            self.search = ""
            self._refresh()
        elif self.filters.active:
            self.filters = Filters()
            self._refresh()

    # --- reference outlet -------------------------------------------------------------------------------------------

    def action_cycle_reference(self) -> None:
        """Diff against the next outlet of the event that prints the quote under the cursor, other than the one
        printing its fullest version (then the fullest version again); outside the Quotes tab, the next outlet."""
        event = self.event
        if event is None:
            return
        row = self.query_one(QuotesPane).current if self.active_tab == "quotes" else None
        outlets = [o.path for o in event.outlets]
        current = self.references.get(event.id)
        after = outlets[outlets.index(current) + 1 :] if current in outlets else outlets
        self.set_reference(next((p for p in after if row is None or _shows_other_diffs(row, p)), None))

    def set_reference(self, reference: str | None) -> None:
        event = self.event
        if event is None:
            return
        self.references[event.id] = reference
        if reference is not None and (event.id, reference) not in self._reference_cache:
            self._diffs_against(event, reference)
        if self.active_tab != "quotes":  # the Quotes tab's detail says it; elsewhere, say it here
            name = "the fullest version" if reference is None else event.outlet(reference).name
            self.qapp.say(f"Quote diffs are now against {name}")
        self._refresh_quotes_detail()

    def _refresh_quotes_detail(self) -> None:
        view = self.view()
        if view is not None:
            self.query_one(QuotesPane).refresh_detail(view)

    @work(thread=True, group="reference", exit_on_error=False)
    def _diffs_against(self, event: EventData, reference: str) -> None:
        from quotecheck.tui.data import reference_diffs

        diffs = reference_diffs(event, reference)
        self.app.call_from_thread(self._diffs_ready, event.id, reference, diffs)

    def _diffs_ready(self, event_id: str, reference: str, diffs: DiffsByCluster) -> None:
        self._reference_cache[(event_id, reference)] = diffs
        if event_id == self.event_id and self.references.get(event_id) == reference:
            self._refresh_quotes_detail()

    # --- a printing found in the archive (the Search screen) ----------------------------------------------

    def reveal(self, path: str, start: int) -> str | None:
        """Show the quote of article ``path`` that starts at ``start``: its cluster in the Quotes tab, else its
        sentence in the Line-up (search and filter cleared). "quote" when shown, "article" when only the
        article is (no quote starts there), None when no loaded article is ``path``."""
        from quotecheck.tui.archive import find_printing, lineup_row, same_path

        found = find_printing(self.dataset, path, start) if self.dataset is not None else None
        if found is None or self.dataset is None:
            return None
        event, quote = found
        if self.search:
            self.query_one(SearchBar).action_close()
        self.search, self.filters, self.event_id = "", Filters(), event.id
        self.query_one(EventList).show(self.dataset.events, self.event_id, self.palette)
        self._event_changed()
        row = event.cluster_of_quote.get(quote.id) if quote is not None else None
        self.query_one("#tabs", TabbedContent).active = "quotes" if row is not None else "lineup"
        self._draw_active()
        if row is not None:
            self.query_one(QuotesPane).table.restore(event.rows[row].cluster.id)
        else:
            lineup = self.query_one(LineupPane)
            if lineup.narrow and not any(same_path(p, path) for p in lineup.shown):  # two outlets shown
                lineup.action_shift(-len(event.outlets))  # the first pair, then on to the one with ``path``
                for _ in event.outlets:
                    if any(same_path(p, path) for p in lineup.shown):
                        break
                    lineup.action_shift(1)
            key = lineup_row(event, path, start)
            if key is not None and key in lineup.table.rows:
                column = next((i for i, p in enumerate(lineup.shown) if same_path(p, path)), 0)
                lineup.table.move_cursor(row=lineup.table.get_row_index(key), column=column, animate=False)
        self._focus_tab_table()
        return "quote" if quote is not None else "article"

    # --- export, open, panes, theme ---------------------------------------------------------------------------------

    def action_export(self) -> None:
        from quotecheck.tui.screens.export import ExportScreen

        if self.dataset is None or not self.dataset.events:
            self.qapp.notice("nothing to export yet", severity="warning")
            return
        self.app.push_screen(ExportScreen(default_export_path()), self._export_to)

    def _export_to(self, choice: tuple[str, bool] | None) -> None:
        if choice is not None and self.dataset is not None:
            path, overwrite = choice
            self._write_report(self.dataset, path, overwrite)

    @work(thread=True, group="export", exit_on_error=False)
    def _write_report(self, dataset: Dataset, path: str, overwrite: bool) -> None:
        from quotecheck._files import write_atomically
        from quotecheck.report.markdown import comparison_markdown

        report = comparison_markdown(dataset.comparison)
        try:
            write_atomically(path, report, force=overwrite)
        except FileExistsError:
            self.app.call_from_thread(self.qapp.notice, f"{path} exists; not overwritten", "warning")
            return
        except OSError as exc:
            self.app.call_from_thread(self.qapp.notice, f"cannot write {path}: {exc.strerror or exc}", "error")
            return
        self.app.call_from_thread(self.qapp.say, f"Report written to {path}")

    def action_open(self) -> None:
        from quotecheck.tui.screens.open import OpenScreen

        self.app.push_screen(OpenScreen(), self._open_paths)

    def _open_paths(self, paths: list[str] | None) -> None:
        if paths:
            self.load(paths)

    def action_toggle_events(self) -> None:
        """Show or hide the events sidebar (hidden by default below 100 columns)."""
        narrow = self.has_class("-narrow")
        self.toggle_class("-show-events" if narrow else "-hide-events")
        visible = not self.events_hidden
        self._update_status()
        events = self.query_one(EventList)
        if visible:
            events.focus()
        elif events.has_focus:
            self._focus_tab_table()

    def action_show_tab(self, tab: str) -> None:
        if tab in TABS and self.event is not None:
            self.query_one("#tabs", TabbedContent).active = tab
            self._focus_tab_table()

    def action_toggle_theme(self) -> None:
        self.app.action_toggle_dark()

    def _theme_changed(self, _theme: object) -> None:
        self._palette = None
        if self.dataset is not None and self.dataset.events:
            self.query_one(EventList).show(self.dataset.events, self.event_id, self.palette)
            self._refresh()


def _shows_other_diffs(row: ClusterRow, reference: str) -> bool:
    """Whether diffing ``row`` against ``reference`` shows something new: the outlet prints the quote, and
    its version is not the fullest one (the default reference already)."""
    return bool(row.members_of(reference)) and reference_member(row, reference).quote_id != row.cluster.anchor


def default_export_path() -> str:
    """``quotecheck-report.md`` in the working folder, numbered if taken."""
    base = "quotecheck-report"
    candidate = f"{base}.md"
    n = 2
    while os.path.exists(candidate):
        candidate = f"{base}-{n}.md"
        n += 1
    return candidate
