"""Pathological input for every regex-heavy stage: each case must finish in time and scale linearly.

    python benchmarks/regex.py            # every case; exit 1 if a bound is broken
    python benchmarks/regex.py --json     # the figures as one JSON object
    python benchmarks/regex.py --only marks,said

Each case builds text of size N and 2N and runs it through three stages: ingest + extract (header,
furniture, paragraphs, quote pairing, attribution, venues), compare (two articles: events, numbers,
clusters, line-up, word diffs) and check (the article as a draft against itself as a source). A case
passes when the 2N run takes under ``BOUND_S`` seconds and at most ``MAX_RATIO`` times the N run
(catastrophic backtracking or a quadratic loop shows as 4x and more). Runs under ``NOISE_S`` are too
short for the ratio to mean anything and only face the time bound. The best of ``--repeat`` runs is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

BOUND_S = 2.0
MAX_RATIO = 2.5
NOISE_S = 0.05

# Sizes (characters) of the N run per stage: compare and check do far more per character than extraction.
SIZES = {"extract": 100_000, "compare": 10_000, "check": 20_000}


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


CASES: dict[str, Callable[[int], str]] = {
    # Names are runs of capitalised words: a pattern trying every split of a long run is quadratic or worse.
    "capitalised-words": lambda n: _repeat("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta ", n),
    "capitalised-said": lambda n: _repeat("Alpha Beta Gamma Delta said ", n),
    # 50,000 marks at 2N of the extract stage; opening marks only, then alternating, then straight ones.
    "marks-open": lambda n: _repeat("“", n // 2),
    "marks-mixed": lambda n: _repeat("“a” ‘b’ \"c\" «d» ", n),
    "marks-straight": lambda n: _repeat('"', n // 2),
    "no-spaces": lambda n: _repeat("abcdefghij", n),
    "no-spaces-dots": lambda n: _repeat("a.b,c:d;", n),
    "said": lambda n: _repeat("said ", n),
    "said-told": lambda n: _repeat("he said she told Radio Kent: ", n),
    "apostrophes": lambda n: _repeat("'", n),
    "apostrophes-words": lambda n: _repeat("it's the MPs' '90s rock 'n' roll ", n),
    "brackets-nested": lambda n: "(" * (n // 4) + "[x] " + ")" * (n // 4),
    "brackets-open": lambda n: _repeat("([{", n // 2),
    "long-number": lambda n: "1" * (n // 2),
    "numbers-commas": lambda n: _repeat("1,000,", n),
    "dates": lambda n: _repeat("5 March 2024, 2024-03-05, Tuesday 5 March ", n),
    "honorifics": lambda n: _repeat("Mr Dr Ms Sir Lord ", n),
    "furniture": lambda n: _repeat("READ MORE: ", n),
    "sentence-ends": lambda n: _repeat("A. ", n),
    "spaces": lambda n: "x" + " " * n + "y",
    "newlines": lambda n: "x" + "\n" * n + "y",
    # issue 16: runs of stops (the sentence splitter tried every dot), a header line of blanks, one figure
    # repeated (every pair of mentions was compared), one sentence naming hundreds of people.
    "dots": lambda n: _repeat(".", n),
    "stops-mixed": lambda n: _repeat(".!?…", n),
    "stops-spaced": lambda n: _repeat("... ", n),
    "header-blank-line": lambda n: "Title: a" + " " * n + "b\n\nAnn Rowe said: “The pier is safe.”\n",
    "money-repeated": lambda n: _repeat("£1m ", n),
    "money-sentences": lambda n: _repeat("It cost £1m. ", n),
    "one-sentence-people": lambda n: "“We agree,” said " + _repeat("Ann Rowe and Tom Hale and ", n) + "he said.",
    "one-sentence-pronouns": lambda n: "Ann Rowe told Tom Hale " + _repeat("she said he said ", n) + ".",
}


def _transcript(fmt: str, body: Callable[[int], str]) -> Callable[[int], str]:
    def build(n: int) -> str:
        return fmt + "\n" + body(n)

    return build


# Inputs read by one reader, not as an article: (the reader's input at size n, how it is read, size N).
def _read_transcript(text: str) -> None:
    from quotecheck.errors import InputError
    from quotecheck.ingest.transcripts import looks_like_transcript, transcript_from_text

    looks_like_transcript(text)
    fmt, _, body = text.partition("\n")
    with contextlib.suppress(InputError):
        transcript_from_text(body, "t", fmt)


def _check_html_draft(text: str) -> None:
    import tempfile

    from quotecheck.check import build_corpus, check_draft, load_draft
    from quotecheck.errors import InputError

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.html"
        path.write_text(text, encoding="utf-8")
        try:
            draft, ignored = load_draft(str(path), lambda _: None)
        except InputError:
            return
        check_draft(draft, build_corpus([draft]), ignored)


def _ignore_comments(n: int) -> str:
    para = "<!-- quotecheck: ignore --><p>Ann Rowe said: “The pier is safe.”</p>\n"
    return "<html><body><article>" + para * (n // len(para)) + "</article></body></html>"


def _made_up_words(n: int) -> str:
    import random

    rng = random.Random(16)
    vocabulary = ["".join(rng.choice("bdfgklmnprst") + rng.choice("aeiou") for _ in range(3)) for _ in range(500)]
    return _repeat(" ".join(rng.choice(vocabulary) for _ in range(n // 7 + 1)) + " ", n).strip()


def _check_long_quote(text: str) -> None:
    """A quote of thousands of words checked against its source with one word changed and four cut."""
    from quotecheck import article_from_text, extract_quotes
    from quotecheck.check import build_corpus, check_draft

    words = text.split()
    changed = [*words[:100], *words[104 : len(words) // 2], "changed", *words[len(words) // 2 + 1 :]]
    source = extract_quotes(article_from_text(f"Ann Rowe said: “{text}.”\n", "s.txt"))
    draft = extract_quotes(article_from_text(f"Ann Rowe said: “{' '.join(changed)}.”\n", "d.txt"))
    check_draft(draft, build_corpus([source]))


READER_CASES: dict[str, tuple[Callable[[int], str], Callable[[str], None], int]] = {
    "vtt-blank-line": (_transcript("vtt", lambda n: "WEBVTT\n\n00:01.000 --> 00:02.000\n" + " " * n + "x\n"),
                       _read_transcript, 100_000),
    "srt-blank-line": (_transcript("srt", lambda n: "1\n00:01,000 --> 00:02,000\n" + " " * n + "x\n"),
                       _read_transcript, 100_000),
    "vtt-tag-opens": (_transcript("vtt", lambda n: "WEBVTT\n\n00:01.000 --> 00:02.000\nhi " + "<" * n + "\n"),
                      _read_transcript, 100_000),
    "vtt-voice-opens": (_transcript("vtt", lambda n: "WEBVTT\n\n00:01.000 --> 00:02.000\n" + _repeat("<v a", n)),
                        _read_transcript, 100_000),
    "transcript-header-line": (_transcript("text", lambda n: "Title: a" + " " * n + "b\n\nANN: Hello.\nTOM: Hi.\n"),
                               _read_transcript, 100_000),
    "html-ignore-comments": (_ignore_comments, _check_html_draft, 100_000),
    "check-long-quote": (_made_up_words, _check_long_quote, 20_000),  # about 2,900 words, then 5,700
}


def _stage_extract(text: str) -> None:
    from quotecheck import article_from_text, extract_quotes
    from quotecheck.errors import InputError

    with contextlib.suppress(InputError):
        extract_quotes(article_from_text(text, "a.txt"))


def _stage_compare(text: str) -> None:
    from quotecheck import article_from_text, extract_quotes
    from quotecheck.errors import InputError
    from quotecheck.pipeline import compare

    try:
        first = extract_quotes(article_from_text(text, "a.txt"))
        second = extract_quotes(article_from_text("Ann Rowe said: “" + text + "”", "b.txt"))
    except InputError:
        return
    compare([first, second])


def _stage_check(text: str) -> None:
    from quotecheck import article_from_text, extract_quotes
    from quotecheck.check import build_corpus, check_draft
    from quotecheck.errors import InputError

    try:
        article = extract_quotes(article_from_text(text, "a.txt"))
    except InputError:
        return
    check_draft(article, build_corpus([article]))


STAGES: dict[str, Callable[[str], None]] = {"extract": _stage_extract, "compare": _stage_compare, "check": _stage_check}


def _time(stage: Callable[[str], None], text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        stage(text)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", default="", help="comma-separated case names")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the best is kept")
    args = parser.parse_args(argv)
    known = [*CASES, *READER_CASES]
    chosen = [c for c in args.only.split(",") if c] or known
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        parser.error(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(known)}")
    _stage_check("warm up: Ann Rowe said: “imports and regex compilation are not timed.”")
    _stage_compare("warm up: Ann Rowe said: “imports and regex compilation are not timed.”")
    rows = []
    broken = 0
    plan = [(name, stage_name, stage, CASES[name], SIZES[stage_name])
            for name in chosen if name in CASES for stage_name, stage in STAGES.items()]
    plan += [(name, "read", READER_CASES[name][1], READER_CASES[name][0], READER_CASES[name][2])
             for name in chosen if name in READER_CASES]
    for name, stage_name, stage, build, n in plan:
        if True:
            small = _time(stage, build(n), args.repeat)
            large = _time(stage, build(2 * n), args.repeat)
            ratio = large / small if small > 0 else 0.0
            ok = large < BOUND_S and (large < NOISE_S or ratio <= MAX_RATIO)
            broken += not ok
            rows.append({"case": name, "stage": stage_name, "n": n, "s_n": round(small, 4),
                         "s_2n": round(large, 4), "ratio": round(ratio, 2), "ok": ok})
            if not args.json:
                flag = "ok" if ok else "BROKEN"
                print(f"{name:20} {stage_name:8} N={n:>7}  {small:7.3f} s  2N {large:7.3f} s  x{ratio:4.1f}  {flag}",
                      flush=True)
    if args.json:
        print(json.dumps({"bound_s": BOUND_S, "max_ratio": MAX_RATIO, "cases": rows, "broken": broken}))
    elif broken:
        print(f"{broken} case(s) broke a bound (under {BOUND_S} s at 2N, at most x{MAX_RATIO} from N to 2N)")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
