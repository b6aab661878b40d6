"""The Search screen (`s`, with ``--index FILE``): every printing of a quote in the archive index.

Type words of a quote (and, if you like, a speaker): the archive is searched in a thread worker as you type
(a newer search cancels the one before; the UI thread never touches the index), and the printings are
listed earliest first with their date, outlet, speaker as credited, label against the earliest printing and
file:line. A speaker alone lists what they said, newest first. Enter on a printing reads its article (the
app's loader, as for `o`) and shows the quote in the main screen: its cluster in the Quotes tab, else its
sentence in the Line-up.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Static
from textual.worker import Worker, WorkerState, get_current_worker

from quotecheck.archive import Index, search
from quotecheck.errors import QuotecheckError
from quotecheck.models import Printing, WordDiff
from quotecheck.text import one_line
from quotecheck.tui.archive import article_file, find_printing
from quotecheck.tui.render import Doc, Palette, diff_text, flowing, label
from quotecheck.tui.widgets.printings import PrintingTable
from quotecheck.tui.widgets.table import DetailView

if TYPE_CHECKING:
    from quotecheck.tui.app import QuotecheckApp

DEBOUNCE = 0.2
"""Seconds the worker waits before searching, so that a word typed fast is one search, not one per key."""
LIMIT = 10
"""Distinct quote texts listed (with all their printings); a speaker alone: printings."""


class ArchiveScreen(Screen[None]):
    """Search the archive index: two inputs, the printings, the detail of the highlighted one."""

    DEFAULT_CSS = """
    #archive-form { height: 1; background: $boost; }
    #archive-label { padding: 0 1; color: $accent; text-style: bold; }
    #archive-words { width: 1fr; background: $boost; }
    #archive-speaker { width: 30; background: $boost; margin-left: 1; }
    #archive-words:focus, #archive-speaker:focus { background: $surface; }
    #archive-status { height: 1; padding: 0 1; }
    #printings { height: 55%; min-height: 5; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back"),
        Binding("ctrl+l", "clear", "Clear", show=False),
    ]

    class Found(Message):
        """From the search worker: the printings found for (words, speaker), or why the search failed."""

        def __init__(self, words: str, speaker: str, printings: list[Printing], error: str | None = None) -> None:
            super().__init__()
            self.words, self.speaker, self.printings, self.error = words, speaker, printings, error

    def __init__(self, index: Index) -> None:
        super().__init__()
        self.index = index
        self._lock = threading.Lock()
        """One search at a time on the index's connection (a cancelled thread may still be running)."""

    @property
    def qapp(self) -> QuotecheckApp:
        from quotecheck.tui.app import QuotecheckApp

        assert isinstance(self.app, QuotecheckApp)
        return self.app

    @property
    def palette(self) -> Palette:
        return self.qapp.main.palette

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        with Horizontal(id="archive-form"):
            yield Label("Search the archive", id="archive-label")
            yield Input(placeholder="words of a quote", id="archive-words", compact=True)
            yield Input(placeholder="speaker (optional)", id="archive-speaker", compact=True)
        yield Static(Text(""), id="archive-status")
        yield PrintingTable(id="printings")
        yield DetailView(id="printing-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"archive {one_line(self.index.db)}"
        self._status(self._hint())
        self.query_one("#archive-words", Input).focus()

    @property
    def table(self) -> PrintingTable:
        return self.query_one(PrintingTable)

    @property
    def detail(self) -> DetailView:
        return self.query_one("#printing-detail", DetailView)

    def _query(self) -> tuple[str, str]:
        return (" ".join(self.query_one("#archive-words", Input).value.split()),
                " ".join(self.query_one("#archive-speaker", Input).value.split()))

    def _hint(self) -> Text:
        return Text("Type words of a quote (tab: a speaker too; a speaker alone lists what they said). "
                    "Enter opens a printing's article, esc goes back.", style=self.palette.muted, end="")

    def _status(self, text: Text) -> None:
        self.query_one("#archive-status", Static).update(text)

    # --- searching --------------------------------------------------------------------------------------------

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        words, speaker = self._query()
        if not words and not speaker:
            self.workers.cancel_group(self, "archive")
            self._show([])
            self._status(self._hint())
            return
        self._status(Text("searching…", style=self.palette.muted, end=""))
        self._search(words, speaker)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.table.row_count:
            self.table.focus()

    @work(thread=True, exclusive=True, group="archive", exit_on_error=False)
    def _search(self, words: str, speaker: str) -> None:
        worker = get_current_worker()
        time.sleep(DEBOUNCE)
        if worker.is_cancelled:
            return
        with self._lock:
            if worker.is_cancelled:
                return
            try:
                found = search(self.index, words, speaker=speaker or None, limit=LIMIT)
            except QuotecheckError as exc:  # a locked or damaged index: one line, the screen stays
                self.post_message(self.Found(words, speaker, [], error=one_line(str(exc))))
                return
        if not worker.is_cancelled:
            self.post_message(self.Found(words, speaker, found))

    @on(Found)
    def _found(self, message: Found) -> None:
        if (message.words, message.speaker) != self._query():
            return  # typed on meanwhile: a newer search is coming
        if message.error is not None:
            self._failed(message.error)
            return
        found = message.printings
        self._show(found)
        p = self.palette
        text = Text(end="")
        if not found:
            text.append("No printing in the archive matches.", style=p.muted)
        elif message.words:
            text.append(f"{len(found)} printing{'s' * (len(found) != 1)}", style="bold")
            text.append(", earliest first · enter opens one", style=p.muted)
        else:
            text.append(f"{len(found)} printing{'s' * (len(found) != 1)}", style="bold")
            text.append(f" credited to {one_line(message.speaker)}, newest first · enter opens one", style=p.muted)
        self._status(text)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "archive" and event.state is WorkerState.ERROR:  # a bug: say what to report
            error = event.worker.error
            self._failed(f"{type(error).__name__}: {error}; please report it")

    def _failed(self, error: str) -> None:
        self._show([])
        message = one_line(f"search failed: {error}")
        self._status(Text(message, style=self.palette.conflict, end=""))
        self.qapp.notice(message, severity="error")

    def _show(self, printings: list[Printing]) -> None:
        self.table.show(printings, self.palette)
        self._describe(self.table.current)

    # --- the highlighted printing ---------------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#printings")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._describe(self.table.current)

    def _describe(self, printing: Printing | None) -> None:
        if printing is None:
            self.detail.show(Text(""))
            return
        self.detail.show(printing_detail(printing, self.table.printings, self.palette))

    # --- opening a printing ----------------------------------------------------------------------------------

    @on(PrintingTable.Chosen)
    def _chosen(self, message: PrintingTable.Chosen) -> None:
        p = message.printing
        app = self.qapp
        main = app.main
        app.pop_screen()
        if main.dataset is not None and find_printing(main.dataset, p.file, p.span.start) is not None:
            self._reveal(p)
            return
        app.say(f"Opening {p.file}…")
        main.load([article_file(p.file)], then=lambda: self._reveal(p))

    def _reveal(self, p: Printing) -> None:
        shown = self.qapp.main.reveal(p.file, p.span.start)
        if shown is None:
            self.qapp.notice(f"{p.file}: could not be opened (moved or deleted since indexed?)")
        elif shown == "article":
            self.qapp.notice(f"{p.file}:{p.line}: the quote is not there any more (changed since indexed?); "
                             "showing the article")

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_clear(self) -> None:
        for input_ in self.query(Input):
            input_.value = ""
        self.query_one("#archive-words", Input).focus()


def printing_detail(p: Printing, printings: list[Printing], palette: Palette) -> Doc:
    """The quote as printed, its diff against the earliest printing, who is credited, where it is."""
    doc: Doc = [(0, flowing(f"“{p.text}”", palette.quote))]
    earliest = next((x for x in printings if x.earliest), None)
    if earliest is not None and not p.earliest and p.diff:
        head = label("against the earliest ", palette.label)
        head.append(one_line(f"({earliest.outlet or earliest.file}, "
                             f"{earliest.published.isoformat() if earliest.published else 'no date'}):"))
        head.append(" ")
        head.append_text(diff_text(WordDiff(base=earliest.quote_id, other=p.quote_id, ops=p.diff, substantive=False),
                                   palette))
        doc.append((0, head))
    credit = label("credit ", palette.label)
    credit.append(one_line(p.speaker or "nobody credited"))
    if p.mention or p.cue:
        credit.append(" ")
        credit.append(one_line(f"({', '.join(x for x in (p.mention, p.cue) if x)})"), style=palette.muted)
    if p.venue:
        credit.append(" · venue ", style=palette.label)
        credit.append(one_line(p.venue))
    doc.append((0, credit))
    if p.headline:
        head = label("headline ", palette.label)
        head.append(one_line(p.headline))
        doc.append((0, head))
    where = label("in ", palette.label)
    where.append(one_line(f"{p.file}:{p.line}:{p.col}"))
    if p.earliest or p.diff:
        where.append(f" · match {p.score:.0f}", style=palette.muted)
    doc.append((0, where))
    doc.append((0, Text("enter opens the article in the main screen", style=palette.muted, end="")))
    return doc
