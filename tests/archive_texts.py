# ruff: noqa: E501
"""Articles written for the archive tests (invented people, places and words)."""

from __future__ import annotations

from pathlib import Path

FIRST = """outlet: Northern Echo
date: 2024-03-01
headline: Mayor promises homes on the rail yards

The mayor set out her housing plan on Friday.
Mayor Jane Holloway said: "We will build 4,000 homes on the old rail yards before the next election, and every one of them will be affordable."
"This is a plan for the whole city," she added.
"""

TRUNCATED = """outlet: Coast Gazette
date: 2024-03-05
headline: Rail yards to become homes

The city's mayor, Jane Holloway, said the council would build homes "on the old rail yards before the next election".
Opposition councillors were not convinced.
"""

CHANGED = """outlet: Daily Ledger
date: 2024-03-09
headline: Holloway doubles down on housing

"We will build 5,000 homes on the old rail yards before the next election, and every one of them will be affordable," said Jane Holloway, the city's mayor.
Councillor Tom Reddick said: "The numbers simply do not add up for the people of this city."
"""

ADDED = """outlet: Evening Courier
date: 2024-04-02
headline: Bus lanes row

Councillor Tom Reddick said: "Nobody asked the drivers what they wanted from the new bus lanes."
"""

DRAFT = """# Housing draft

Jane Holloway said: "We will build 4,000 homes on the old rail yards before the next election, and every one of them will be affordable."

Jane Holloway also said: "We will build 6,000 homes on the old rail yards before the next election, and every one of them will be affordable."

Jane Holloway said: "The numbers simply do not add up for the people of this city."

Tom Reddick said: "Every library in the county will stay open for another ten years at least."
"""


def write_archive(folder: Path) -> list[Path]:
    """The three printings of the mayor's quote, one file each; their paths in date order."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in (("echo.txt", FIRST), ("gazette.txt", TRUNCATED), ("ledger.txt", CHANGED)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out
