"""The help modal: every key, and what the colours mean."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from quotecheck.tui.render import Palette, diff_legend, status_legend

KEY_NAMES = {"question_mark": "?", "slash": "/", "escape": "esc", "up": "↑", "down": "↓", "left": "←",
             "right": "→", "less_than_sign": "<", "greater_than_sign": ">", "left_square_bracket": "[",
             "right_square_bracket": "]", "pageup": "page up", "pagedown": "page down", "shift+tab": "shift+tab"}
"""How a key is written in the help when its binding gives no ``key_display``."""


def help_sections() -> list[tuple[str, list[type[DOMNode]]]]:
    """Where each key works, in the order the help lists them: every class of the app with key bindings."""
    from quotecheck.tui.app import QuotecheckApp
    from quotecheck.tui.screens.archive import ArchiveScreen
    from quotecheck.tui.screens.export import ConfirmScreen, ExportScreen
    from quotecheck.tui.screens.filter import FilterScreen
    from quotecheck.tui.screens.main import MainScreen
    from quotecheck.tui.screens.open import OpenScreen
    from quotecheck.tui.screens.prompt import PathPrompt
    from quotecheck.tui.widgets.events import EventList
    from quotecheck.tui.widgets.lineup import LineupPane, LineupTable
    from quotecheck.tui.widgets.search import SearchBar
    from quotecheck.tui.widgets.table import DetailView, NavTable

    return [
        ("Everywhere", [QuotecheckApp, MainScreen]),
        ("Tables and the events list", [NavTable, EventList]),
        ("Detail panes (below a table)", [DetailView]),
        ("Line-up tab", [LineupPane, LineupTable]),
        ("Search bar", [SearchBar]),
        ("Archive search (s, with --index FILE)", [ArchiveScreen]),
        ("Dialogs", [FilterScreen, PathPrompt, ExportScreen, OpenScreen, ConfirmScreen, HelpScreen]),
    ]


TEXTUAL_ACTIONS = {"help_quit": "how to quit (ctrl+q)", "focus_next": "next pane", "focus_previous": "previous pane",
                   "copy_text": "copy the selected text", "select_cursor": "choose the highlighted row"}
"""Words for actions Textual binds itself, where its own description is terse."""


def _bindings(cls: type[DOMNode]) -> list[tuple[type, Binding]]:
    """The bindings that work in ``cls`` with the class that declares each: its own first, then inherited
    ones (Textual's arrows and pages) for keys not bound already."""
    out: list[tuple[type, Binding]] = []
    keys: set[str] = set()
    for klass in cls.__mro__:
        for item in vars(klass).get("BINDINGS", []):
            binding = item if isinstance(item, Binding) else Binding(*item)
            mine = [k.strip() for k in binding.key.split(",") if k.strip() not in keys]
            keys.update(mine)
            if mine:
                out.append((klass, Binding(",".join(mine), binding.action, binding.description,
                                           key_display=binding.key_display, tooltip=binding.tooltip)))
    if issubclass(cls, App):
        out.append((cls, Binding(cls.COMMAND_PALETTE_BINDING, "command_palette",
                                 tooltip="command palette: every action by name")))
    return out


def _what(binding: Binding) -> str:
    action = binding.action.removeprefix("app.").removeprefix("screen.")
    what = binding.tooltip or TEXTUAL_ACTIONS.get(action) or binding.description.lower() or action.replace("_", " ")
    return (what[:1].lower() + what[1:]).rstrip(".")


def key_rows() -> list[tuple[str, list[tuple[list[str], str, str]]]]:
    """The help's key map, made from the bindings themselves: per section, (keys, what they are written as,
    what they do), keys of one action on one row; a binding listed in a section above is not listed again."""
    seen: set[tuple[type, str, str]] = set()
    sections = []
    for title, classes in help_sections():
        rows: dict[str, tuple[list[str], list[str], str]] = {}
        for cls in classes:
            for owner, binding in _bindings(cls):
                for key in (k.strip() for k in binding.key.split(",")):
                    if (owner, key, binding.action) in seen:
                        continue
                    seen.add((owner, key, binding.action))
                    keys, shown, _ = rows.setdefault(binding.action, ([], [], _what(binding)))
                    keys.append(key)
                    shown.append(binding.key_display if binding.key_display and "," not in binding.key
                                 else KEY_NAMES.get(key, key))
        if rows:
            sections.append((title, [(keys, "  ".join(dict.fromkeys(shown)), what)
                                     for keys, shown, what in rows.values()]))
    return sections


def help_text(palette: Palette) -> Group:
    """The key map as two-column grids (descriptions wrap in their column), then the colour legends."""
    parts: list[RenderableType] = []
    for section, rows in key_rows():
        parts.append(Text(section, style="bold underline"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style=palette.label, no_wrap=True, min_width=14)
        grid.add_column()
        for _, shown, what in rows:
            grid.add_row(Text(shown), Text(what))
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
        Binding("escape,q,question_mark", "close", "Close", tooltip="close this help"),
        Binding("j", "scroll('down')", show=False, tooltip="scroll the help down"),
        Binding("k", "scroll('up')", show=False, tooltip="scroll the help up"),
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
