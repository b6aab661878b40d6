"""Time and memory of ``quotecheck.compare()`` on 50, 100, 200 and 400 generated articles of one event.

    python benchmarks/compare.py [--sizes 50,100,200,400] [--seed 7]

The articles are written here from templates (no real text): one event, a pool of facts each told
in a few wordings, a pool of quotes printed in full, cut, with curly or straight marks or a word
changed, figures with qualifiers, and a few sentences only one article has. Extraction and comparison
are timed apart; memory is the peak traced by ``tracemalloc`` during ``compare``. Growth is near-linear
when the per-article time stays roughly flat as the number of articles doubles.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout, installed or not

from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.models import ArticleQuotes
from quotecheck.pipeline import compare

SPEAKERS = [
    ("Alex Morgan", "the housing secretary", "Ms Morgan"),
    ("Sam Okafor", "the shadow housing secretary", "Mr Okafor"),
    ("Priya Desai", "the mayor", "Ms Desai"),
    ("Tom Reilly", "the council leader", "Mr Reilly"),
    ("Jo Brennan", "a tenants' campaigner", "Ms Brennan"),
]
QUOTES = [
    (0, "We will build the homes this country needs, and we will build them faster than any government before us."),
    (0, "Nobody should have to wait ten years for a safe and secure home."),
    (1, "This plan is a fantasy dressed up as a policy, with no money behind it and no timetable."),
    (1, "Families deserve better than slogans."),
    (2, "The city cannot wait for Westminster to make up its mind."),
    (2, "We have the land, we have the builders, what we need now is the money."),
    (3, "Every council in the country is stretched to breaking point by temporary accommodation costs."),
    (4, "Renters are being priced out of the places they grew up in, and nobody in power seems to care."),
    (4, "This is a start, but it is not the end of the fight."),
]
FACTS = [
    ["The government announced plans to build {n1} new homes over the next five years.",
     "Ministers set out a plan for {n1} new homes by the end of the parliament.",
     "A target of {n1} new homes was unveiled on Tuesday."],
    ["The package is worth {money} in total.", "The scheme will cost {money}, the Treasury said.",
     "Officials put the price of the programme at {money}."],
    ["Around {waiting} households are on council waiting lists.",
     "There are more than {waiting} households waiting for social housing.",
     "Council waiting lists now hold almost {waiting} households."],
    ["The announcement was made at a building site in the north of the city.",
     "Ministers made the announcement at a construction site in the city's north."],
    ["Opposition parties said the plan lacked detail.", "Critics said the plan was short on detail.",
     "Rival parties attacked the plan as vague."],
    ["Rents have risen sharply over the past two years.", "Private rents have climbed steeply since 2023.",
     "Tenants have faced steep rent rises in recent years."],
    ["Building firms welcomed the extra certainty.", "Construction companies said the plan gave them certainty."],
    ["The plan includes new powers to buy land at lower prices.",
     "Councils will get powers to buy land more cheaply under the plan."],
    ["Planning rules will be relaxed for brownfield sites.", "Brownfield sites will face fewer planning hurdles."],
    ["The first homes are expected to be finished within two years.",
     "Officials expect the first homes to be ready in two years."],
]
FILLER = ("local residents gathered outside the town hall on a wet afternoon to hear the speeches "
          "while campaigners handed out leaflets about repairs and damp in older blocks").split()


def _quote_version(rng: random.Random, text: str) -> str:
    roll = rng.random()
    words = text.split()
    if roll < 0.25 and len(words) > 8:
        cut = rng.randint(4, len(words) - 2)
        return " ".join(words[:cut]).rstrip(",") + "."
    if roll < 0.35:
        k = rng.randrange(len(words))
        words[k] = {"the": "this", "we": "they", "and": "but"}.get(words[k].lower(), words[k])
        return " ".join(words)
    if roll < 0.5:
        return text.replace("'", "’")
    return text


def make_article(rng: random.Random, k: int, day: date) -> str:
    open_q, close_q = ("“", "”") if rng.random() < 0.6 else ('"', '"')
    numbers = {
        "n1": rng.choice(["300,000", "300k", "about 300,000", "more than 300,000"]),
        "money": rng.choice(["£5bn", "£5billion", "£5 billion", "around £5bn"]),
        "waiting": rng.choice(["1.2 million", "1.2m", "1,200,000"]),
    }
    paras = []
    facts = rng.sample(FACTS, k=rng.randint(6, len(FACTS)))
    quotes = rng.sample(QUOTES, k=rng.randint(4, 7))
    for i, variants in enumerate(facts):
        paras.append(rng.choice(variants).format(**numbers))
        if i < len(quotes):
            who, text = quotes[i]
            name, role, short = SPEAKERS[who]
            said = _quote_version(rng, text)
            style = rng.random()
            if style < 0.4:
                paras.append(f"{name}, {role}, said: {open_q}{said}{close_q}")
            elif style < 0.7:
                paras.append(f"{open_q}{said}{close_q} {short} said.")
            else:
                frag = " ".join(text.split()[2:6]).strip(",.")
                paras.append(f"{short} said the plan would {open_q}{frag}{close_q} according to aides.")
    extra = " ".join(rng.sample(FILLER, k=12))
    paras.append(f"Article {k} also notes that {extra}.")
    header = f"outlet: Outlet {k:03d}\ndate: {day.isoformat()}\nheadline: Housing plan unveiled, report {k}\n\n"
    return header + "\n\n".join(paras) + "\n"


def generate(n: int, seed: int) -> list[ArticleQuotes]:
    rng = random.Random(seed)
    start = date(2025, 3, 4)
    out = []
    for k in range(n):
        text = make_article(rng, k, start + timedelta(days=rng.choice([0, 0, 0, 1])))
        out.append(extract_quotes(article_from_text(text, f"gen/article-{k:04d}.txt")))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="50,100,200,400")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(f"{'articles':>8} {'extract s':>10} {'compare s':>10} {'ms/article':>10} {'peak MiB':>9} "
          f"{'events':>6} {'clusters':>8} {'rows':>6}")
    for n in (int(x) for x in args.sizes.split(",")):
        t0 = time.perf_counter()
        results = generate(n, args.seed)
        t1 = time.perf_counter()
        tracemalloc.start()
        t2 = time.perf_counter()
        comparison = compare(results)
        t3 = time.perf_counter()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        # timed again without tracemalloc, which slows allocation-heavy code
        t4 = time.perf_counter()
        compare(results)
        t5 = time.perf_counter()
        del t2, t3
        rows = sum(len(lu.rows) for lu in comparison.lineups)
        print(f"{n:>8} {t1 - t0:>10.2f} {t5 - t4:>10.2f} {1000 * (t5 - t4) / n:>10.1f} {peak / 2**20:>9.1f} "
              f"{len(comparison.events):>6} {len(comparison.clusters):>8} {rows:>6}")


if __name__ == "__main__":
    main()
