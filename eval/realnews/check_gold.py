"""Prove the gold against the article texts: every text is the one SOURCES.md names (SHA-256), and every
gold span is exactly the characters the gold says it is.

    python eval/realnews/check_gold.py [TEXTS_DIR]      # default: eval/realnews/texts

Exit 0 when every check passes, 1 with one line per failure, 2 when the texts are not there.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_ROW = re.compile(r"^\|\s*(?P<file>[\w.-]+\.txt)\s*\|.*\|\s*(?P<sha>[0-9a-f]{64})\s*\|\s*$")


def expected_hashes() -> dict[str, str]:
    rows = (_ROW.match(line) for line in (HERE / "SOURCES.md").read_text(encoding="utf-8").splitlines())
    return {m["file"]: m["sha"] for m in rows if m}


def check(texts: Path) -> list[str]:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    hashes = expected_hashes()
    problems: list[str] = []
    contents: dict[str, str] = {}
    for article in gold["articles"]:
        name = article["file"]
        path = texts / name
        if not path.is_file():
            problems.append(f"{name}: text missing")
            continue
        data = path.read_bytes()
        if hashes.get(name) != hashlib.sha256(data).hexdigest():
            problems.append(f"{name}: SHA-256 differs from SOURCES.md (not the stored page, or re-saved)")
        contents[name] = data.decode("utf-8")
    for q in gold["quotes"]:
        text = contents.get(q["file"])
        if text is not None and text[q["start"] : q["end"]] != q["text"]:
            problems.append(f"{q['id']}: span {q['start']}-{q['end']} is not the gold text")
    ids = {q["id"] for q in gold["quotes"]}
    problems += [f"{c['id']}: member {m} is no gold quote" for c in gold["quote_clusters"] for m in c["members"]
                 if m not in ids]
    return problems


def main(argv: list[str]) -> int:
    texts = Path(argv[0]) if argv else HERE / "texts"
    if not texts.is_dir():
        print(f"{texts}: no such folder (rebuild the texts first: eval/realnews/README.md)", file=sys.stderr)
        return 2
    problems = check(texts)
    for line in problems:
        print(line)
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    print(f"{len(gold['articles'])} articles, {len(gold['quotes'])} quotes: "
          f"{'all proved' if not problems else f'{len(problems)} problems'}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
