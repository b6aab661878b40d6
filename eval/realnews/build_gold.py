"""Build the scorer's gold (../../../shared/eval/README.md format) from hand annotations.

    python eval/realnews/build_gold.py ANNOTATIONS_DIR TEXTS_DIR OUT.json

ANNOTATIONS_DIR holds one ``<article>.json`` per article and any number of ``*.clusters.json`` files.
An article file:

    {"file": "uk_01.txt", "outlet": "BBC News", "event": "uk-e1", "published_date": "2024-05-22",
     "boilerplate_lines": ["ARTICLE AD BOX"],
     "quotes": [{"text": "exact characters inside the marks", "occurrence": 1, "kind": "full",
                 "speaker": "Yvette Cooper", "speaker_mention": "she", "venue": "LBC", "notes": "..."}]}

``occurrence`` (default 1) picks the n-th place the text stands in the file. Quote ids are
``<file>#<n>`` with n the quote's index in its article's list. A clusters file is a list of
``{"relation": "verbatim", "members": ["uk_01.txt#0", "uk_02.txt#3"], "differences": "..."}``.
Every span is proved against the text; any miss is an error naming the annotation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = {"full", "partial", "scare"}
RELATIONS = {"verbatim", "near_verbatim", "truncated", "spliced", "paraphrased"}


def _find(text: str, needle: str, occurrence: int) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def build(ann_dir: Path, texts_dir: Path) -> dict:
    articles, quotes, clusters, errors = [], [], [], []
    ids: set[str] = set()
    for path in sorted(ann_dir.glob("*.json")):
        if path.name.endswith(".clusters.json"):
            continue
        ann = json.loads(path.read_text(encoding="utf-8"))
        name = ann["file"]
        text_path = texts_dir / name
        if not text_path.is_file():
            errors.append(f"{path.name}: text {name} is missing")
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append({k: ann.get(k) for k in ("file", "outlet", "event", "published_date", "boilerplate_lines")}
                        | {"outlet_guess": ann.get("outlet")})
        for n, q in enumerate(ann.get("quotes", [])):
            qid = f"{name}#{n}"
            start = _find(text, q["text"], int(q.get("occurrence", 1)))
            if start < 0 or not q["text"]:
                errors.append(f"{path.name}: quote {n} not found in {name}: {q['text'][:60]!r}")
                continue
            if q.get("kind") not in KINDS:
                errors.append(f"{path.name}: quote {n} has kind {q.get('kind')!r}")
            if q.get("kind") == "scare" and q.get("speaker"):
                errors.append(f"{path.name}: quote {n} is scare but has a speaker")
            ids.add(qid)
            quotes.append({"id": qid, "file": name, "start": start, "end": start + len(q["text"]),
                           "text": q["text"], "kind": q["kind"], "speaker": q.get("speaker"),
                           "speaker_mention": q.get("speaker_mention"), "venue": q.get("venue"),
                           "notes": q.get("notes", "")})
    seen_spans: dict[tuple[str, int], str] = {}
    for q in quotes:
        key = (q["file"], q["start"])
        if key in seen_spans:
            errors.append(f"{q['id']}: same span as {seen_spans[key]} (set occurrence)")
        seen_spans[key] = q["id"]
    in_cluster: dict[str, str] = {}
    for path in sorted(ann_dir.glob("*.clusters.json")):
        for n, c in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            cid = f"{path.name.removesuffix('.clusters.json')}-c{n}"
            if c.get("relation") not in RELATIONS:
                errors.append(f"{path.name}: cluster {n} relation {c.get('relation')!r}")
            for m in c["members"]:
                if m not in ids:
                    errors.append(f"{path.name}: cluster {n} member {m} is no quote")
                if m in in_cluster:
                    errors.append(f"{path.name}: {m} is in {in_cluster[m]} and {cid}")
                in_cluster[m] = cid
            clusters.append({"id": cid, "members": c["members"], "relation": c.get("relation"),
                             "differences": c.get("differences", "")})
    if errors:
        raise SystemExit("\n".join(errors))
    quotes.sort(key=lambda q: (q["file"], q["start"]))
    return {"articles": articles, "quotes": quotes, "quote_clusters": clusters,
            "attribution_conflicts": [], "number_facts": [], "context_only_in": []}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    gold = build(Path(argv[0]), Path(argv[1]))
    Path(argv[2]).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(gold['articles'])} articles, {len(gold['quotes'])} quotes, {len(gold['quote_clusters'])} clusters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
