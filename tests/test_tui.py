"""The terminal app, driven with Textual's Pilot at 100x30: open, choose, diff, filter, search, export."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select
from tui_pilot import SIZE, drive, settle

from quotecheck.tui.app import COMMANDS, QuotecheckApp, create_app
from quotecheck.tui.screens.export import ConfirmScreen, ExportScreen
from quotecheck.tui.screens.filter import FilterScreen
from quotecheck.tui.screens.help import HelpScreen
from quotecheck.tui.screens.main import MainScreen
from quotecheck.tui.widgets.events import EventList
from quotecheck.tui.widgets.lineup import LineupPane
from quotecheck.tui.widgets.quotes import QuotesPane
from quotecheck.tui.widgets.table import DetailView, NavTable

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))
def main_screen(app: QuotecheckApp) -> MainScreen:
    return app.main


def quotes(app: QuotecheckApp) -> QuotesPane:
    return app.main.query_one(QuotesPane)


def row_ids(app: QuotecheckApp) -> list[str]:
    return [r.cluster.id for r in quotes(app).rows]


async def go_to_cluster(app: QuotecheckApp, pilot: Pilot[None], cluster_id: str) -> None:
    pane = quotes(app)
    pane.table.focus()
    target = row_ids(app).index(cluster_id)
    await pilot.press("g", *["j"] * target)
    await pilot.pause()
    assert pane.current is not None and pane.current.cluster.id == cluster_id


def test_selecting_an_event_and_a_cluster() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        events = app.main.query_one(EventList)
        events.focus()
        await pilot.press("down")  # the divider is skipped: e2
        await pilot.pause()
        assert app.main.event_id == "e2"  # one article: its quotes, one row each, no outlet columns
        assert row_ids(app) == [f"e2-s{i}" for i in range(1, 11)]
        assert [c.label.plain for c in quotes(app).table.columns.values()] == ["Speaker", "Quote"]
        assert quotes(app).detail.text.startswith("e2-s1 Keir Starmer · the only article of this event")
        assert "“one in, one out”" in quotes(app).detail.text
        await pilot.press("up", "enter")
        await pilot.pause()
        assert app.main.event_id == "e1"
        assert app.main.focused is quotes(app).table  # enter jumps to the event's quotes
        await go_to_cluster(app, pilot, "e1-q4")
        detail = quotes(app).detail.text
        for outlet in ("BBC News", "GB News", "The Herald", "Daily Mirror"):
            assert outlet in detail
        assert "“talking garbage”" in detail
        assert "total talking" in detail  # the word diff: "total" dropped, "talking" added
        assert "credit Yvette Cooper" in detail and "venue BBC Radio 4's Today programme" in detail
        assert "sentence Ms Cooper told Today:" in detail
        await pilot.press("enter")
        assert isinstance(app.main.focused, DetailView)
        await pilot.press("escape")
        assert isinstance(app.main.focused, NavTable)

    drive(SAMPLES, scenario)


def test_opens_on_the_samples_with_mouse_and_command_palette() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        assert screen.dataset is not None
        assert [e.id for e in screen.dataset.events] == ["e1", "e2"]
        assert screen.event_id == "e1"
        assert app.main.query_one(EventList).option_count == 2
        assert row_ids(app) == [f"e1-q{i}" for i in range(1, 8)]
        assert app.notices == []
        assert app.ready_at is not None
        detail = quotes(app).detail.text
        assert "diff against Bloomberg (fullest version)" in detail
        assert "smash the gangs" in detail
        # the mouse works: a click on the third row (under the header) selects the third cluster
        await pilot.click(quotes(app).table, offset=(5, 3))
        await pilot.pause()
        current = quotes(app).current
        assert current is not None and current.cluster.id == "e1-q3"
        # the command palette offers every action, and each runs
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {title for title, _ in COMMANDS.values()} <= titles
        for action in COMMANDS:
            name = action.split("(")[0].removeprefix("lineup.")
            owner = LineupPane if action.startswith("lineup.") else (QuotecheckApp if action == "help" else MainScreen)
            assert hasattr(owner, f"action_{name}"), action
        await app._run_main_action("lineup.hide_outlet")
        await pilot.pause()
        assert app.main.active_tab == "lineup" and len(app.main.query_one(LineupPane).shown) == 2

    drive(SAMPLES, scenario)


def test_changing_the_reference_outlet() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await go_to_cluster(app, pilot, "e1-q6")
        assert "diff against BBC News (fullest version)" in quotes(app).detail.text
        mirror = next(o.path for o in app.main.event.outlets if o.name == "Daily Mirror")  # type: ignore[union-attr]
        # fullest (the BBC's) -> Mirror: Bloomberg, GB News and the Herald do not print it, and the BBC's
        # version is the fullest already
        await pilot.press("r")
        await settle(app, pilot)
        assert app.main.references["e1"] == mirror
        detail = quotes(app).detail.text
        assert "diff against Daily Mirror" in detail
        assert "this the" in detail  # the BBC's "the" where the Mirror has "this"
        await pilot.press("r")
        await settle(app, pilot)
        assert app.main.references["e1"] is None
        assert "diff against BBC News (fullest version)" in quotes(app).detail.text
        # a reference set on another quote that this one's outlet does not print: the fullest version, said so
        await pilot.press("r")
        await settle(app, pilot)
        assert app.main.references["e1"] == mirror
        await go_to_cluster(app, pilot, "e1-q1")  # Bloomberg, GB News and the Herald only
        assert "Daily Mirror does not print it" in quotes(app).detail.text
        await pilot.press("r")  # from the Mirror: the next outlet after it that prints this one, none: fullest
        await settle(app, pilot)
        assert app.main.references["e1"] is None
        for expected in ("GB News", "The Herald"):  # Bloomberg's is the fullest
            await pilot.press("r")
            await settle(app, pilot)
            assert app.main.event.outlet(app.main.references["e1"]).name == expected  # type: ignore[arg-type,union-attr]

    drive(SAMPLES, scenario)


def test_filtering_by_speaker_outlet_and_kind() -> None:
    from quotecheck.tui.data import Kind

    async def set_filter(app: QuotecheckApp, pilot: Pilot[None], button: str = "#apply", **values: object) -> None:
        await pilot.press("f")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, FilterScreen)
        for name, value in values.items():
            modal.query_one(f"#{name}", Select).value = value
        await pilot.click(button)
        await pilot.pause()

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await set_filter(app, pilot, speaker="Yvette Cooper")
        assert row_ids(app) == ["e1-q4", "e1-q6", "e1-q7"]
        assert "speaker Yvette Cooper" in str(app.main.query_one("#status").render())
        herald = next(o.path for o in app.main.event.outlets if o.name == "The Herald")  # type: ignore[union-attr]
        await set_filter(app, pilot, outlet=herald)  # the speaker stays
        assert row_ids(app) == ["e1-q4", "e1-q7"]
        await set_filter(app, pilot, kind=Kind.CHANGED)  # Cooper's clusters the Herald has, words changed
        assert row_ids(app) == ["e1-q4"]
        assert "kind changed words" in str(app.main.query_one("#status").render())
        await pilot.press("escape")  # esc clears the filter when there is no search
        await pilot.pause()
        assert len(row_ids(app)) == 7

    drive(SAMPLES, scenario)


def test_searching_narrows_every_tab_and_esc_clears() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"garb")  # typed at once: the keys after / still reach the search
        await pilot.pause()
        search = app.focused
        assert isinstance(search, Input) and search.value == "garb"
        assert row_ids(app) == ["e1-q4"]
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.focused is quotes(app).table
        assert app.main.search == "garb"
        await pilot.press("4")  # the Only in tab: only sentences with the word
        await pilot.pause()
        from quotecheck.tui.widgets.only_in import OnlyInPane

        only = app.main.query_one(OnlyInPane)
        assert all("garb" in o.text.lower() for o in app.main.event.only_in if o.id in only.keys)  # type: ignore[union-attr]
        await pilot.press("1", "escape")
        await pilot.pause()
        assert app.main.search == "" and search.value == ""
        assert len(row_ids(app)) == 7
        # typography is folded: a straight apostrophe finds a curly one
        search.value = "there's no case"
        await pilot.pause()
        assert row_ids(app) == ["e1-q2"]

    drive(SAMPLES, scenario)


def test_export_writes_the_report_and_never_overwrites_silently(tmp_path: Path) -> None:
    from quotecheck.report.markdown import comparison_markdown

    target = tmp_path / "report.md"

    async def export_to(app: QuotecheckApp, pilot: Pilot[None], path: Path) -> None:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one(Input).value = str(path)
        await pilot.press("enter")
        await pilot.pause()

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert app.main.dataset is not None
        expected = comparison_markdown(app.main.dataset.comparison)
        await export_to(app, pilot, target)
        await settle(app, pilot)
        assert target.read_text(encoding="utf-8") == expected
        assert f"Report written to {target}" in app.notices

        target.write_text("mine", encoding="utf-8")
        await export_to(app, pilot, target)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)  # back to the path, to pick another
        await pilot.press("escape")
        await settle(app, pilot)
        assert target.read_text(encoding="utf-8") == "mine"

        await export_to(app, pilot, target)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert target.read_text(encoding="utf-8") == expected

    drive(SAMPLES, scenario)


def test_lineup_conflicts_and_only_in_tabs() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await pilot.press("2")
        await pilot.pause()
        pane = app.main.query_one(LineupPane)
        names = [app.main.event.outlet(p).short for p in pane.shown]  # type: ignore[union-attr]
        assert pane.narrow and names == ["Bloomberg", "BBC"]  # 74 columns: two outlets side by side
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert [app.main.event.outlet(p).short for p in pane.shown] == ["BBC", "GB News"]  # type: ignore[union-attr]
        await pilot.press("x")  # hides the BBC (the cursor's column)
        await pilot.pause()
        assert "BBC" not in [app.main.event.outlet(p).short for p in pane.shown]  # type: ignore[union-attr]
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("b")  # hide the sidebar: room for every outlet
        await pilot.pause()
        assert not pane.narrow and len(pane.shown) == 5
        first = pane.shown[0]
        pane.table.focus()
        await pilot.press("greater_than_sign")
        await pilot.pause()
        assert pane.shown[1] == first
        assert pane.table.row_count > 10

        from quotecheck.tui.widgets.findings import FindingsPane
        from quotecheck.tui.widgets.only_in import OnlyInPane

        await pilot.press("3")
        await pilot.pause()
        findings = app.main.query_one(FindingsPane)
        assert findings.keys[:4] == ["e1-a1", "e1-a2", "e1-a3", "e1-a4"]
        assert any(k.startswith("e1-n") for k in findings.keys)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert "credited to different venues" in findings.detail.text
        assert "venue LBC" in findings.detail.text
        await pilot.press("4")
        await pilot.pause()
        only = app.main.query_one(OnlyInPane)
        assert len(only.keys) == len(app.main.event.only_in)
        assert "only in" in only.detail.text and "not reported by" in only.detail.text

    drive(SAMPLES, scenario)


def test_a_bad_file_is_a_notice_and_the_rest_loads(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02" * 100)

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert any("missing.txt" in n for n in app.notices)
        assert len(app.main.dataset.comparison.articles) >= 6  # type: ignore[union-attr]
        assert row_ids(app)

    drive([*SAMPLES, str(tmp_path / "missing.txt"), str(junk)], scenario)


def test_nothing_readable_shows_how_to_go_on(tmp_path: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert app.notices
        label = str(app.main.query_one("#loading-label").render())
        assert "No article could be read" in label
        await pilot.press("e", "f", "r", "slash", "2")  # nothing to act on: no crash
        await pilot.pause()

    drive([str(tmp_path / "nope.txt")], scenario)


MARKUP = (
    "outlet: {outlet}\ndate: 2024-03-0{day}\nheadline: Minister speaks\n\n"
    "Jane Doe, the minister, said: \"[bold red]We will[/] act \x1b[31mnow\x1b[0m on the [link=x]plan[/link].\"\n"
    "She added: \"Nothing in this plan is [b]hidden[/b] from anyone at all.\"\n"
)


def test_article_text_is_shown_as_text_never_markup_or_escapes(tmp_path: Path) -> None:
    for i, outlet in enumerate(["Alpha News", "Beta [i]Times[/i]"], 1):
        (tmp_path / f"a{i}.txt").write_text(MARKUP.format(outlet=outlet, day=i), encoding="utf-8")

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert row_ids(app)
        detail = quotes(app).detail.text
        assert "[bold red]We will[/]" in detail
        assert "\\x1b[31m" in detail and "\x1b" not in detail
        assert "Beta [i]Times[/i]" in detail
        for tab in "234":
            await pilot.press(tab)
            await pilot.pause()
        await pilot.press("?")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)

    drive([str(tmp_path / "a1.txt"), str(tmp_path / "a2.txt")], scenario)


def test_opening_more_files_from_inside(tmp_path: Path) -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert [e.id for e in app.main.dataset.events] == ["e1"]  # type: ignore[union-attr]
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one(Input).value = SAMPLES[-1]  # the Times, 2025
        await pilot.press("enter")
        await settle(app, pilot)
        assert [e.id for e in app.main.dataset.events] == ["e1", "e2"]  # type: ignore[union-attr]

    drive(SAMPLES[:-1], scenario)


def test_light_theme_and_narrow_terminal() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert not app.main.query_one(EventList).display or app.main.query_one(EventList).region.width == 0
        await pilot.press("t")
        await pilot.pause()
        assert app.theme == "textual-light"
        assert app.main.palette.clusters[0] != "#5fafff"
        await pilot.press("b")
        await pilot.pause()
        assert app.main.query_one(EventList).has_focus
        await pilot.press("2")
        await pilot.pause()
        assert len(app.main.query_one(LineupPane).shown) == 2

    drive(SAMPLES, scenario, size=(80, 24))


def test_odd_sizes_do_not_crash() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "r", "1")
        await settle(app, pilot)
        await pilot.resize_terminal(140, 40)
        await settle(app, pilot)
        assert row_ids(app) and app.main.has_class("-wider")
        assert "verbatim" in str(quotes(app).table.get_row_at(0))  # wide: statuses as words

    drive(SAMPLES, scenario, size=(60, 20))


def test_prefetch_loads_in_a_child_process_with_progress_and_notices(tmp_path: Path) -> None:
    from quotecheck.tui.data import Loader, Prefetch

    paths = [*SAMPLES, str(tmp_path / "missing.txt")]
    prefetch = Prefetch.start(paths)
    if prefetch is None:
        pytest.skip("no fork on this platform")
    progress: list[tuple[int, int, str]] = []
    notices: list[str] = []
    loader, dataset = prefetch.wait(lambda d, t, label: progress.append((d, t, label)), notices.append)
    assert progress[-1][0] == progress[-1][1]
    assert any("missing.txt" in n for n in notices)
    assert isinstance(loader, Loader) and loader.paths == SAMPLES
    assert [e.id for e in dataset.events] == ["e1", "e2"]
    assert [r.cluster.id for r in dataset.events[0].rows] == [f"e1-q{i}" for i in range(1, 8)]

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert row_ids(app) == [f"e1-q{i}" for i in range(1, 8)]
        assert any("missing.txt" in n for n in app.notices)

    app = create_app(paths, Prefetch.start(paths))

    async def main() -> None:
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            await scenario(app, pilot)

    asyncio.run(main())


def test_the_quote_detail_shows_the_rule_and_chain_of_each_credit() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await go_to_cluster(app, pilot, "e1-q4")
        detail = quotes(app).detail.text
        assert "why verb-before · Ms Cooper (¶11) -> shadow home secretary Yvette Cooper (¶9)" in " ".join(
            detail.split()
        )

    drive(SAMPLES, scenario)


# --- issue 15: the app on real coverage -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "short"), [
    ("BBC News", "BBC"), ("Bloomberg News", "Bloomberg"), ("Daily Mirror", "Mirror"), ("The Mirror", "Mirror"),
    ("GB News", "GB News"), ("The Herald", "Herald"), ("Mail Online", "Mail"), ("bbc.co.uk", "BBC"),
    ("Harbour Gazette (Online)", "Harbour Gazette"), ("The i", "The i"), ("Quayside Weekly News", "Quayside Weekly"),
])
def test_outlet_short_names_follow_a_rule(name: str, short: str) -> None:
    from quotecheck.tui.data import short_outlet

    assert short_outlet(name) == short


def test_outlet_names_are_never_paths_and_tell_outlets_apart() -> None:
    from quotecheck import article_from_text
    from quotecheck.extract import extract_quotes
    from quotecheck.tui.data import initials, outlet_names

    def art(path: str, outlet: str | None, day: int) -> object:
        head = f"outlet: {outlet}\n" if outlet else ""
        return extract_quotes(article_from_text(f"{head}date: 2024-05-0{day}\n\nA pier opened.\n", path))

    names = outlet_names([art("/x/a.txt", "Daily Mirror", 1), art("/x/b.txt", "The Mirror", 2),  # type: ignore[list-item]
                          art("/x/c.txt", "Sky News", 3), art("/x/d.txt", "Sky News", 4),
                          art("/x/harbour-pier-story.txt", None, 5)])
    assert names["/x/a.txt"] == ("Daily Mirror", "Daily Mirror")  # both would be "Mirror": full names
    assert names["/x/b.txt"] == ("The Mirror", "The Mirror")
    assert names["/x/c.txt"] == ("Sky News (c.txt)", "Sky 3 May")  # one outlet twice: told apart by date
    assert names["/x/d.txt"] == ("Sky News (d.txt)", "Sky 4 May")
    assert names["/x/harbour-pier-story.txt"] == ("harbour pier story", "harbour pier story")
    assert initials("New York Times") == "NYT" and initials("GB News") is None


def test_quote_column_and_outlet_headers_at_100x30() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        table = quotes(app).table
        assert [c.label.plain for c in table.columns.values()] == [
            "Speaker", "Quote", "Bloomberg", "BBC", "GB News", "Herald", "Mirror"]
        shown = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        assert shown[0] == "The only way to stop that is to…"
        words = [len(s.rstrip("…").split()) for s in shown if s.endswith("…")]  # words (or a start of one) shown
        assert min(words) >= 5 and sum(words) / len(words) >= 6, shown

    drive(SAMPLES, scenario)


def test_counts_follow_the_search_and_the_filter() -> None:
    def tab_labels(app: QuotecheckApp) -> list[str]:
        from textual.widgets import TabbedContent

        tabs = app.main.query_one("#tabs", TabbedContent)
        return [tabs.get_tab(t).label.plain for t in ("quotes", "lineup", "findings", "only-in")]

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        assert tab_labels(app) == ["Quotes 7", "Line-up 57", "Conflicts & numbers 9", "Only in 40"]
        events = app.main.query_one(EventList)
        assert "7 clusters" in str(events.get_option_at_index(0).prompt)
        await pilot.press("slash", *"garb")
        await pilot.pause()
        assert tab_labels(app) == ["Quotes 1/7", "Line-up 2/57", "Conflicts & numbers 0/9", "Only in 0/40"]
        assert "1 of 7 quotes" in str(app.main.query_one("#status").render())
        assert str(events.get_option_at_index(0).prompt).endswith("\n 1 of 7 match")
        assert str(events.get_option_at_index(1).prompt).endswith("\n 1 of 10 match")
        await pilot.press("enter", "4")
        await pilot.pause()
        assert "0 of 40 only-in sentences" in str(app.main.query_one("#status").render())
        await pilot.press("1", "escape")
        await pilot.pause()
        assert tab_labels(app)[0] == "Quotes 7"
        assert "7 clusters" in str(events.get_option_at_index(0).prompt)
        app.main._set_filters(app.main.filters.__class__(speaker="Yvette Cooper"))
        await pilot.pause()
        assert tab_labels(app)[0] == "Quotes 3/7"
        assert "3 of 7 quotes" in str(app.main.query_one("#status").render())

    drive(SAMPLES, scenario)


def test_a_hint_names_the_hidden_events_at_80x24() -> None:
    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        status = app.main.query_one("#status")
        assert app.main.events_hidden
        assert "event 1 of 2 · b lists them" in str(status.render())
        assert status.region.width > 0 and status.region.right <= 80  # on screen
        await pilot.press("b")
        await pilot.pause()
        assert not app.main.events_hidden and "b lists them" not in str(status.render())
        await pilot.press("b")
        await pilot.pause()
        assert "event 1 of 2" in str(status.render())

    drive(SAMPLES, scenario, size=(80, 24))


def _classes_with_bindings() -> set[type]:
    import importlib
    import inspect
    import pkgutil

    import quotecheck.tui

    found: set[type] = set()
    for info in pkgutil.walk_packages(quotecheck.tui.__path__, "quotecheck.tui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and "BINDINGS" in vars(cls):
                found.add(cls)
    return found


def test_help_lists_every_key_of_every_screen_and_widget() -> None:
    """The help is made from the bindings: every class of the app that binds keys has a section, and each
    of its keys (Textual's inherited ones too) is on a row of the help, shown on screen."""
    from quotecheck.tui.screens.help import _bindings, help_sections, key_rows

    covered = {cls for _, classes in help_sections() for cls in classes}
    assert _classes_with_bindings() <= covered
    listed = {key for _, rows in key_rows() for keys, _, _ in rows for key in keys}
    for cls in covered:
        for _, binding in _bindings(cls):
            for key in binding.key.split(","):
                assert key.strip() in listed, (cls.__name__, key)

    async def scenario(app: QuotecheckApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(strip.text for strip in app.screen.query_one("#help-text").render_lines(
            app.screen.query_one("#help-text").region.reset_offset))
        assert "diff against the next outlet that prints the quote" in text
        assert "hide the outlet under the cursor" in text

    drive(SAMPLES, scenario)
