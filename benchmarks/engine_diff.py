"""Differential check of the engine: dump ingest + extract results over a large input set, compare two dumps.

    # the reference, from another checkout (e.g. `git archive main quotecheck | tar -x -C /tmp/base`)
    PYTHONPATH=/tmp/base python benchmarks/engine_diff.py dump /tmp/base.jsonl
    PYTHONPATH=.         python benchmarks/engine_diff.py dump /tmp/new.jsonl
    python benchmarks/engine_diff.py compare /tmp/base.jsonl /tmp/new.jsonl

Inputs: generated benchmark articles (several seeds), every file under samples/, the eval seed articles,
every long string literal in tests/*.py, and adversarial texts: mutated articles (unbalanced and mixed
marks, apostrophes, abbreviations, CRLF, non-ASCII names) and random soups of tricky tokens. Each line of
a dump is one input's article (paragraphs, roles, outlet, date) and every field of every quote and speaker.
A speed change to the engine must leave the dump identical, byte for byte.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
_before = list(sys.path)
import extract as bench  # noqa: E402

# The benchmark module puts this checkout first (the engine under test is PYTHONPATH's), and
# benchmarks/regex.py would shadow the `regex` package.
sys.path[:] = [p for p in _before if Path(p or ".").resolve() != ROOT / "benchmarks"]

SEEDS_DIR = ROOT.parent / "shared" / "eval" / "seeds" / "articles"

TRICKY = [
    "Mr.", "Mrs", "Dr.", "U.S.", "U.K.", "D-N.Y.", "R-La.,", "Sen.", "Gov.", "No", "10", "No.", "St.", "Jan.",
    "\"", "\"", "“", "”", "‘", "’", "'", "'", "«", "»", "„", "—", "–", "-", ":", ";", ",", ",", ".", ".", "!", "?",
    "…", "(", ")", "said", "told", "added", "says", "according", "to", "by", "was", "the", "a", "The", "of",
    "Labour", "Downing", "Street", "Keir", "Starmer", "Sir", "Ms", "Cooper", "she", "he", "they", "who", ",",
    "Aisling", "Ní", "Bhriain", "Zoë", "O'Brien", "O’Brien", "McDonald", "Müller", "Łukasz", "François",
    "spokesman", "minister", "secretary", "home", "shadow", "PM", "BBC", "Radio", "4's", "Today", "programme",
    "Times", "LBC", "on", "Sky", "News", "told", "reporters", "don't", "it's", "'90s", "rock'n'roll", "e.g.",
    "Care4Calais", "cross-border", "G7", "N.Y.", "\r\n", "\n", "\n\n", "  ", "\t", "\u00a0", "§Q", "A.", "J.",
    "Hitting", "out", "at", "in", "London", "rejected", "as", "garbage", "dismissed", "claims", "vowed",
    "smash", "gangs", "READ", "MORE:", "Photograph:", "Advertisement", "outlet:", "date:", "headline:", "2024-03-05",
]
MARK_SWAPS = ["\"", "“", "”", "‘", "’", "'", "«", "»", ""]
INSERTS = [
    " Mr. ", " U.S. ", " D-N.Y. ", " Sen. Smith, R-La., said ", "\r\n", "\n\n", " Zoë Ní Bhriain ", "'", "\"",
    "“", "”", " e.g. ", " No 10 ", ", 34, ", " she said. ", " told the BBC: ", "... ", "…", " (AP) ", "\u00a0",
]


def _mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(1, 12)):
        if not chars:
            break
        op = rng.randrange(5)
        pos = rng.randrange(len(chars))
        if op == 0:
            del chars[pos : pos + rng.randrange(1, 40)]
        elif op == 1:
            chars.insert(pos, rng.choice(INSERTS))
        elif op == 2 and chars[pos] in "\"“”‘’'":
            chars[pos] = rng.choice(MARK_SWAPS)
        elif op == 3:
            chars[pos] = rng.choice(MARK_SWAPS) or " "
        else:
            chars.insert(pos, "\r\n" if rng.random() < 0.5 else "\n")
    out = "".join(chars)
    if rng.random() < 0.2:
        out = out.replace("\n", "\r\n")
    return out


def _soup(rng: random.Random) -> str:
    words = [rng.choice(TRICKY) for _ in range(rng.randrange(5, 300))]
    return "".join(w if w.isspace() else (w + rng.choice(["", " ", " ", " "])) for w in words)


def _test_strings() -> Iterator[str]:
    for path in sorted((ROOT / "tests").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 20:
                yield node.value


def inputs(articles: int, seeds: list[int]) -> Iterator[tuple[str, str, str]]:
    """(name, source_format, text) of every input."""
    for seed in seeds:
        for i, text in enumerate(bench.make_corpus(articles, seed)):
            yield f"bench/{seed}/{i}", "text", text
    for path in sorted((ROOT / "samples").rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            fmt = "markdown" if path.suffix == ".md" else "text"
            yield f"samples/{path.relative_to(ROOT / 'samples')}", fmt, text
            yield f"samples/{path.relative_to(ROOT / 'samples')}#text", "text", text
    if SEEDS_DIR.is_dir():
        for path in sorted(SEEDS_DIR.iterdir()):
            yield f"seeds/{path.name}", "text", path.read_text(encoding="utf-8", errors="replace")
    for text in dict.fromkeys(_test_strings()):
        yield f"tests/{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}", "text", text
    rng = random.Random(7)
    base = bench.make_corpus(60, 99) + [t for _, _, t in _fixed()]
    for i in range(articles):
        yield f"mutated/{i}", "text", _mutate(rng, rng.choice(base))
    for i in range(articles):
        yield f"soup/{i}", "text", _soup(rng)


def _fixed() -> Iterator[tuple[str, str, str]]:
    texts = [
        'Mr. Smith, D-N.Y., said: "We will win." U.S. officials disagreed.',
        "“Unclosed quote runs on\n\n“and on. ‘Nested ’single’ marks’, he said.",
        "Sen. John Kennedy, R-La., told reporters: \"It's rock'n'roll.\"\r\n\r\n\"Second,\" he added.",
        "Zoë Ní Bhriain, the charity's director, said the '90s were 'reckless'. She told LBC: \"No.\"",
        "\"\"\"\"''''“”“”‘’‘’",
        "No 10 said: \"Nothing.\" Downing Street's spokesman, Max Blain, said it was \"garbage\".",
    ]
    for i, text in enumerate(texts):
        yield f"fixed/{i}", "text", text


def record(name: str, fmt: str, text: str) -> dict[str, object]:
    from quotecheck import article_from_text, extract_quotes
    from quotecheck.errors import InputError

    try:
        article = article_from_text(text, name, source_format=fmt)
    except InputError as exc:
        return {"name": name, "error": str(exc)}
    result = extract_quotes(article)
    return {
        "name": name,
        "article": article.model_dump(mode="json", exclude={"raw"}),
        "raw_sha": hashlib.sha1(article.raw.encode("utf-8", "surrogatepass")).hexdigest(),
        # The credit trace (rule, credit) is new output, not a change to the fields compared here.
        "quotes": [q.model_dump(mode="json", exclude={"rule", "credit"}) for q in result.quotes],
        "speakers": [s.model_dump(mode="json") for s in result.speakers],
    }


def dump(out: Path, articles: int, seeds: list[int]) -> int:
    import quotecheck

    print(f"engine: {quotecheck.__file__}")
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for name, fmt, text in [*inputs(articles, seeds), *_fixed()]:
            fh.write(json.dumps(record(name, fmt, text), ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} inputs -> {out}")
    return 0


def compare(a: Path, b: Path) -> int:
    left = _by_name(a)
    right = _by_name(b)
    only = sorted(left.keys() ^ right.keys())
    diffs = [name for name in left if name in right and left[name] != right[name]]
    if only:
        print(f"{len(only)} inputs in one dump only (rerun both dumps with the same harness): {only[:5]}")
    for name in diffs[:5]:
        print("-", left[name][:2000])
        print("+", right[name][:2000])
    print(f"{len(left)} inputs, {len(diffs)} differ")
    return 1 if diffs or only else 0


def _by_name(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    return {json.loads(line)["name"]: line for line in lines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--articles", type=int, default=400, help="articles per seed, and mutated/soup inputs")
    d.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3, 20240915])
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "dump":
        return dump(args.out, args.articles, args.seeds)
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
