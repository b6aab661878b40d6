"""The help modal: every key, and what the colours mean."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quotecheck.tui.render import Palette, diff_legend, status_legend

KEYMAP: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Everywhere", (
        ("↑ ↓  j k", "move in a list or table; scroll a detail"),
        ("enter", "events: show the event's quotes · tables: read the detail"),
        ("tab  shift+tab", "next / previous pane"),
        ("1 2 3 4", "Quotes · Line-up · Conflicts & numbers · Only in"),
        ("b", "show or hide the events sidebar"),
        ("/", "search every tab (enter keeps it, esc clears it)"),
        ("f", "filter by speaker, outlet, kind of difference"),
        ("s", "search the archive (quotecheck --index FILE): every printing of a quote; enter opens one"),
        ("esc", "back from a detail; clear the search, then the filter"),
        ("r", "diff against the next outlet (then the fullest version)"),
        ("e", "export the Markdown report (asks where; never overwrites silently)"),
        ("o", "open more files, folders or URLs"),
        ("t", "light / dark theme"),
        ("ctrl+p", "command palette: every action by name"),
        ("?", "this help"),
        ("q", "quit"),
    )),
    ("Line-up tab", (
        ("← →", "move between outlets; scrolls sideways"),
        ("x", "hide the outlet under the cursor"),
        ("a", "show every outlet again"),
        ("< >", "move the outlet left / right"),
        ("[ ]", "next / previous pair of outlets (narrow terminal)"),
    )),
)


def help_text(palette: Palette) -> Group:
    """The key map as two-column grids (descriptions wrap in their column), then the colour legends."""
    parts: list[RenderableType] = []
    for section, keys in KEYMAP:
        parts.append(Text(section, style="bold underline"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style=palette.label, no_wrap=True, min_width=14)
        grid.add_column()
        for key, what in keys:
            grid.add_row(key, what)
        parts += [Padding(grid, (0, 0, 1, 2))]
    def add_section(title: str, *paragraphs: Text) -> None:
        parts.append(Text(title, style="bold underline"))
        for k, paragraph in enumerate(paragraphs):
            last = k == len(paragraphs) - 1
            parts.append(Padding(paragraph, (0, 0, 1 if last else 0, 2)))

    add_section("Quotes tab: one column per outlet", status_legend(palette),
            Text("Each outlet's fullest version against the cluster's fullest version; a bold = marks the "
                 "outlet that printed the fullest. ≈: the same words, with cosmetic differences.", style=palette.muted))
    add_section("Word diffs (against the reference outlet; r changes it)", diff_legend(palette),
            Text("Substantive changes alter what the reader is told; cosmetic ones do not.", style=palette.muted))
    gap = Text("Each quote cluster has a colour (the bar before its speaker); a quote only one outlet prints is in "
               "italics. ", style=palette.muted, end="")
    gap.append("┄ not in this outlet ┄", style=palette.missing)
    gap.append(" marks a gap.", style=palette.muted)
    add_section("Quotes in the line-up and in sentences", gap)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Keys and colours; any of esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close"),
        Binding("j", "scroll('down')", show=False),
        Binding("k", "scroll('up')", show=False),
    ]

    def __init__(self, palette: Palette) -> None:
        super().__init__(classes="modal")
        self.palette = palette

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog help-dialog"):
            yield Label("quotecheck: keys and colours  (esc closes)", classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(help_text(self.palette), id="help-text")

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help-scroll", VerticalScroll)
        scroll.scroll_relative(y=1 if direction == "down" else -1, animate=False, immediate=True)
