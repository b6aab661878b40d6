"""Driving the app in tests as a person would: Textual's Pilot over ``create_app``, shared by the app's
test files."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from textual.pilot import Pilot

from quotecheck.archive import Index
from quotecheck.tui.app import QuotecheckApp, create_app

SIZE = (100, 30)
Scenario = Callable[[QuotecheckApp, Pilot[None]], Awaitable[None]]


def drive(
    paths: Sequence[str], scenario: Scenario, size: tuple[int, int] = SIZE, index: Index | None = None
) -> QuotecheckApp:
    """Run the app headless over ``paths`` (with an archive ``index`` if given), wait for loading, then play
    ``scenario``."""
    app = create_app(list(paths), index=index)

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await scenario(app, pilot)

    asyncio.run(main())
    return app


async def settle(app: QuotecheckApp, pilot: Pilot[None]) -> None:
    """Wait until every worker (loading, diffs, export, archive search) is done and the screen has caught up."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
