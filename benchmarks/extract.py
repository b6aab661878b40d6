"""Throughput of ingest + quote extraction, and start-up-included wall time of the CLI.

    python benchmarks/extract.py                 # 500 articles, table
    python benchmarks/extract.py --articles 2000 --json
    python benchmarks/extract.py --profile 25    # also print the top engine hotspots (cProfile)

Everything runs pinned to ONE core. The corpus is generated (fixed seed), ~800 words per article,
news-style: headers, names and roles, quotes credited before and after, "told Times Radio:",
multi-paragraph quotes, partial and scare quotes, curly and straight marks, apostrophes.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
sys.path.insert(0, str(ROOT / "benchmarks"))
from _installed import installed_env  # noqa: E402

TARGET_ARTICLES_PER_S = 100.0
TARGET_CLI_WALL_S = 0.5
WORDS_PER_ARTICLE = 800

# ---- corpus --------------------------------------------------------------------------------------

OUTLETS = ["BBC News", "The Guardian", "The Times", "Daily Mirror", "GB News", "The Herald", "Bloomberg"]
PEOPLE = [
    ("Yvette Cooper", "Ms Cooper", "the shadow home secretary", "she"),
    ("Keir Starmer", "Sir Keir", "the Labour leader", "he"),
    ("Chris Philp", "Mr Philp", "the policing minister", "he"),
    ("Suella Braverman", "Mrs Braverman", "the home secretary", "she"),
    ("Emmanuel Macron", "Mr Macron", "the French president", "he"),
    ("Priya Natarajan", "Dr Natarajan", "the council's chief executive", "she"),
    ("Tom O'Brien", "Mr O'Brien", "the union's general secretary", "he"),
    ("Aisling Ní Bhriain", "Ms Ní Bhriain", "the charity's director", "she"),
]
BODIES = ["Downing Street", "the Home Office", "Labour", "the Conservatives", "the Treasury", "the council"]
VENUES = [
    "Times Radio", "LBC", "the BBC", "Sky News", "BBC Radio 4's Today programme", "the Guardian", "ITV's Peston",
    "reporters", "MPs",
]
SPEECH_VERBS = ["said", "added", "warned", "insisted", "argued", "claimed", "told reporters"]
TOPICS = [
    "the asylum backlog", "small boat crossings", "the returns agreement", "hotel costs", "the quota scheme",
    "the spending review", "housing targets", "the rail strike", "NHS waiting lists", "energy bills",
]
CLAIMS = [
    "We will clear the backlog within a year and we will do it without cutting corners",
    "This is total garbage from a government that has run out of ideas",
    "I don't accept that the figures add up, and neither does anyone who has looked at them closely",
    "The public want to see a plan that works, not another set of slogans",
    "We're not talking about the European quota scheme at all",
    "Nobody should be in any doubt about how serious this is for families across the country",
    "It's the right thing to do and it's what people in this country expect of us",
    "We've been clear from the start: the rules apply to everyone",
    "There is no credible path to the target without more money from the Treasury",
    "What we've seen this week is a government in chaos",
]
PARTIALS = ["controlled and managed", "garbage", "open border", "a betrayal", "smash the gangs", "reckless", "safe"]
NARRATIVE = [
    "The government has pointed to a fall in crossings this year as evidence that its measures are working.",
    "Figures published on Thursday showed {n:,} people were waiting for a decision at the end of June.",
    "The plan would cost about £{m}m a year, according to officials, though critics say the figure is too low.",
    "Ministers are expected to set out further details in the autumn, before the party conference season.",
    "The department's own assessment, seen by this newspaper, warned of delays at every stage of the process.",
    "Opposition parties have called for an independent review of the scheme's costs and of its legal basis.",
    "It is the third time in as many months that the issue has dominated the week at Westminster.",
    "Campaigners said the change would leave thousands of people in limbo for years, at great public expense.",
    "The vote is due to take place on {day}, when MPs return from the summer recess.",
    "Local leaders in the '90s had tried a similar approach, with mixed results and a great deal of argument.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MARKS = [('"', '"'), ("“", "”")]


def _person(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(PEOPLE)


def _paragraph(rng: random.Random, marks: tuple[str, str]) -> list[str]:
    """One or more paragraphs (a multi-paragraph quote returns several)."""
    o, c = marks
    full, short, role, pronoun = _person(rng)
    claim = rng.choice(CLAIMS)
    shape = rng.randrange(20)  # 0-9 carry quotes, the rest is the reporter's narrative (as in real reports)
    if shape == 0:
        return [f"{short} told {rng.choice(VENUES)}: {o}{claim}.{c}"]
    if shape == 1:
        return [f"{o}{claim},{c} {rng.choice([short, pronoun])} {rng.choice(SPEECH_VERBS)}."]
    if shape == 2:
        return [f"{o}{claim},{c} said {role}."]
    if shape == 3:
        return [
            f"Speaking to {rng.choice(VENUES)}, {role} {full} said the proposals on {rng.choice(TOPICS)} were "
            f"{o}{rng.choice(PARTIALS)}{c} and would not survive contact with the courts."
        ]
    if shape == 4:  # multi-paragraph quote: every paragraph opens, only the last closes
        parts = rng.sample(CLAIMS, 3)
        return [f"{full} said: {o}{parts[0]}.", f"{o}{parts[1]}.", f"{o}{parts[2]}.{c}"]
    if shape == 5:
        return [f"{rng.choice(BODIES).capitalize()} dismissed the claims as {o}{rng.choice(PARTIALS)}{c}."]
    if shape == 6:
        return [f"According to {short}, the {rng.choice(TOPICS)} had been {o}{rng.choice(PARTIALS)}{c} for years."]
    if shape == 7:
        return [f"{o}{claim}.{c}"]  # a quote paragraph inheriting the previous speaker
    if shape == 8:
        return [f"{o}{claim},{c} {short} told {rng.choice(VENUES)}. {o}{rng.choice(CLAIMS)}.{c}"]
    if shape == 9:
        return [f"A spokesperson for {rng.choice(BODIES)} said the so-called 'open border' charge was wrong."]
    sentences = [
        template.format(n=rng.randrange(10_000, 200_000), m=rng.randrange(50, 900), day=rng.choice(DAYS))
        for template in rng.sample(NARRATIVE, rng.randrange(1, 3))
    ]
    return [" ".join(sentences)]


def make_article(rng: random.Random, words: int = WORDS_PER_ARTICLE) -> str:
    """One news-style article of about ``words`` words, with a metadata header."""
    marks = rng.choice(MARKS)
    full, short, _role, _ = _person(rng)
    topic = rng.choice(TOPICS)
    headline = f"{full.split()[-1]} vows to 'fix' {topic} as row deepens"
    lines = [
        f"outlet: {rng.choice(OUTLETS)}",
        f"date: 2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
        f"headline: {headline}",
        "",
        headline,
        f"{full} has defended the plan on {topic}, after critics said it would not work.",
    ]
    count = len(" ".join(lines[4:]).split())
    while count < words:
        for para in _paragraph(rng, marks):
            lines.append(para)
            count += len(para.split())
    lines.append(f"READ MORE: {short} under pressure over {rng.choice(TOPICS)}")
    return "\n".join(lines) + "\n"


def make_corpus(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [make_article(rng) for _ in range(n)]


# ---- measurements --------------------------------------------------------------------------------


def pin_one_core() -> int | None:
    """Pin this process (and the children it starts) to one CPU; the CPU, or None where unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def calibrate() -> float:
    """Microseconds for ``sum(range(1000))``: a machine-speed yardstick to compare figures across machines."""
    import timeit

    return round(min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6, 2)


def run_library(texts: list[str]) -> tuple[float, float, int]:
    """Seconds spent in article_from_text, in extract_quotes, and the number of quotes."""
    from quotecheck import article_from_text, extract_quotes

    ingest = extract = 0.0
    quotes = 0
    clock = time.perf_counter
    for i, text in enumerate(texts):
        t0 = clock()
        article = article_from_text(text, f"bench/{i}.txt")
        t1 = clock()
        result = extract_quotes(article)
        t2 = clock()
        ingest += t1 - t0
        extract += t2 - t1
        quotes += len(result.quotes)
    return ingest, extract, quotes


def measure_library(texts: list[str], repeat: int) -> dict[str, float]:
    run_library(texts[: min(20, len(texts))])  # warm-up: lazy imports, regex compilation
    runs = [run_library(texts) for _ in range(repeat)]
    ingest, extract, quotes = min(runs, key=lambda r: r[0] + r[1])  # best of `repeat`: least noise
    total = ingest + extract
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return {
        "articles": len(texts),
        "megabytes": round(megabytes, 3),
        "words_per_article": round(sum(len(t.split()) for t in texts) / len(texts), 1),
        "quotes_per_article": round(quotes / len(texts), 2),
        "seconds": round(total, 4),
        "articles_per_s": round(len(texts) / total, 1),
        "mb_per_s": round(megabytes / total, 3),
        "ingest_ms_per_article": round(1000 * ingest / len(texts), 3),
        "extract_ms_per_article": round(1000 * extract / len(texts), 3),
    }


def _wall(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, check=False)
    return time.perf_counter() - t0, done


def measure_cli(text: str, runs: int) -> dict[str, float]:
    """Median wall time of ``python -m quotecheck quotes FILE --format jsonl``, start-up included."""
    env = installed_env()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.txt"
        path.write_text(text, encoding="utf-8")
        cmd = [sys.executable, "-m", "quotecheck", "quotes", str(path), "--format", "jsonl"]
        _, done = _wall(cmd, env)  # warm-up: byte-compile, fill the page cache
        if done.returncode != 0:
            sys.exit(f"CLI failed ({done.returncode}): {done.stderr.decode(errors='replace').strip()}")
        times = [_wall(cmd, env)[0] for _ in range(runs)]
        bare = [_wall([sys.executable, "-c", "pass"], env)[0] for _ in range(runs)]
    return {
        "cli_runs": runs,
        "cli_wall_s": round(statistics.median(times), 4),
        "cli_wall_min_s": round(min(times), 4),
        "cli_wall_max_s": round(max(times), 4),
        "cli_quotes": done.stdout.count(b"\n"),
        "python_startup_s": round(statistics.median(bare), 4),
    }


def profile(texts: list[str], top: int) -> str:
    """cProfile of ingest + extract over ``texts``: the top functions by own time (file:line)."""
    profiler = cProfile.Profile()
    profiler.enable()
    run_library(texts)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats("quotecheck", top)
    return out.getvalue()


# ---- report --------------------------------------------------------------------------------------


def table(result: dict[str, object]) -> str:
    def ok(flag: object) -> str:
        return "ok" if flag else "MISSED"

    rows = [
        ("corpus", f"{result['articles']} articles, {result['megabytes']} MB, "
                   f"~{result['words_per_article']} words, {result['quotes_per_article']} quotes each"),
        ("articles/s (ingest+extract)", f"{result['articles_per_s']:>10}   target >= {TARGET_ARTICLES_PER_S:.0f}  "
                                        f"{ok(result['articles_per_s_ok'])}"),
        ("MB/s (ingest+extract)", f"{result['mb_per_s']:>10}"),
        ("  ingest ms/article", f"{result['ingest_ms_per_article']:>10}"),
        ("  extract ms/article", f"{result['extract_ms_per_article']:>10}"),
        ("CLI wall s (median)", f"{result['cli_wall_s']:>10}   target <  {TARGET_CLI_WALL_S}   "
                                f"{ok(result['cli_wall_ok'])}  "
                                f"(min {result['cli_wall_min_s']}, max {result['cli_wall_max_s']}, "
                                f"{result['cli_runs']} runs)"),
        ("  bare python start-up s", f"{result['python_startup_s']:>10}"),
    ]
    width = max(len(name) for name, _ in rows)
    head = (
        f"quotecheck extract benchmark: python {result['python']}, pinned to cpu {result['cpu']}, "
        f"sum(range(1000)) = {result['calibration_us']} us"
    )
    return "\n".join([head, *(f"{name:<{width}}  {value}" for name, value in rows)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500, help="articles in the corpus (default 500)")
    parser.add_argument("--seed", type=int, default=20240915, help="corpus seed (default fixed)")
    parser.add_argument("--repeat", type=int, default=3, help="library passes over the corpus; best is kept")
    parser.add_argument("--cli-runs", type=int, default=5, help="timed CLI runs; the median is reported")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--profile", type=int, metavar="N", default=0,
                        help="also print the N top engine functions by own time (cProfile)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.repeat < 1 or args.cli_runs < 1:
        parser.error("--articles, --repeat and --cli-runs must be at least 1")

    cpu = pin_one_core()
    texts = make_corpus(args.articles, args.seed)
    result: dict[str, object] = {
        "python": platform.python_version(), "cpu": cpu, "seed": args.seed, "calibration_us": calibrate(),
    }
    library = measure_library(texts, args.repeat)
    cli = measure_cli(texts[0], args.cli_runs)
    result.update(library)
    result.update(cli)
    result["articles_per_s_ok"] = library["articles_per_s"] >= TARGET_ARTICLES_PER_S
    result["cli_wall_ok"] = cli["cli_wall_s"] < TARGET_CLI_WALL_S
    if args.json:
        print(json.dumps(result))
    else:
        print(table(result))
    if args.profile:
        print(profile(texts, args.profile), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
