"""SVG snapshots of the app on the samples (pytest-textual-snapshot; textual is pinned exactly).

Update after a deliberate change with ``pytest tests/test_tui_snapshots.py --snapshot-update`` and look
at the SVGs (``tests/__snapshots__/test_tui_snapshots/``) before committing them. The README's
screenshot, ``docs/screenshot.svg``, is a copy of ``test_cluster_diff_100x30.svg``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from quotecheck.tui.app import QuotecheckApp, create_app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))

Compare = Callable[..., bool]


def app() -> QuotecheckApp:
    return create_app(SAMPLES)


async def loaded(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_cluster_diff_100x30(snap_compare: Compare) -> None:
    """Cooper's "garbage" cluster: GB News changed a word, the Herald cut it (the README's screenshot)."""
    assert snap_compare(app(), terminal_size=(100, 30), run_before=loaded, press=["j", "j", "j"])


def test_quotes_80x24(snap_compare: Compare) -> None:
    """The narrow layout: no sidebar, status glyphs, Philp's cluster with its venue conflict."""
    assert snap_compare(app(), terminal_size=(80, 24), run_before=loaded, press=["j", "j", "j", "j"])


def test_lineup_80x24(snap_compare: Compare) -> None:
    """The line-up on a narrow terminal: two outlets side by side, gaps marked."""
    assert snap_compare(app(), terminal_size=(80, 24), run_before=loaded, press=["2"])


def test_conflicts_light_100x30(snap_compare: Compare) -> None:
    """The light theme, on the Conflicts & numbers tab (Philp: Times Radio or LBC)."""

    async def light(pilot: Pilot[Any]) -> None:
        await loaded(pilot)
        pilot.app.theme = "textual-light"
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(100, 30), run_before=light, press=["3", "j", "j", "j"])


def test_one_article_event_100x30(snap_compare: Compare) -> None:
    """A one-article event (the Times, 2025) lists its own quotes; no outlet columns."""

    async def second_event(pilot: Pilot[Any]) -> None:
        await loaded(pilot)
        pilot.app.query_one("#events").focus()
        await pilot.press("down", "enter")
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(100, 30), run_before=second_event)


def test_search_counts_80x24(snap_compare: Compare) -> None:
    """A search narrows the tabs' counts and the status says how many; the hidden events are named."""

    async def search(pilot: Pilot[Any]) -> None:
        await loaded(pilot)
        await pilot.press("slash", *"cooper", "enter")
        await pilot.pause()

    assert snap_compare(app(), terminal_size=(80, 24), run_before=search)


def test_help_100x30(snap_compare: Compare) -> None:
    """The help, made from the key bindings."""
    assert snap_compare(app(), terminal_size=(100, 30), run_before=loaded, press=["question_mark"])
