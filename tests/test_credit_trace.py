"""Every credit names its rule and the chain that resolved its speaker: the engine, the rule tables,
``quotes --explain``, the jsonl/compare keys, the app's quote detail and ``check -v``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck import article_from_text, extract_quotes
from quotecheck.cli import cli
from quotecheck.extract.attribution import CARRY_RULES, RULE_DOCS, RULE_NAMES, SENTENCE_RULES, CarryRule, Rule
from quotecheck.models import Quote

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(str(p) for p in (ROOT / "samples").glob("*.txt"))

FERRY = (
    "Ferry timetable in doubt\n\n"
    "Dana Whitfield, the shadow transport secretary, visited the port on Monday.\n\n"
    "Ms Whitfield said the timetable had collapsed.\n\n"
    'She told reporters: "The ferries are a shambles."\n\n'
    '"Nobody can plan a trip," she added. "Nobody."\n\n'
    "Karl Brandt, the port chairman, disagreed.\n\n"
    'The chairman said the service was "recovering".\n'
)
SCARE = 'Officials warned about so-called "ghost ferries" on the route.\n'


def quotes_of(text: str) -> list[Quote]:
    return list(extract_quotes(article_from_text(text, "ferry.txt")).quotes)


def chain(q: Quote) -> list[tuple[str, int, str]]:
    assert q.credit is not None
    return [(s.text, s.paragraph, s.how) for s in q.credit.chain]


def test_a_pronoun_resolves_through_the_surname_to_the_full_name_and_role() -> None:
    shambles = quotes_of(FERRY)[0]
    assert shambles.text == "The ferries are a shambles."
    assert shambles.speaker == "Dana Whitfield"
    assert shambles.rule == "verb-before"
    assert shambles.credit is not None and shambles.credit.cue == "told"
    assert chain(shambles) == [
        ("She", 3, "pronoun"),
        ("Ms Whitfield", 2, "short-name"),
        ("Dana Whitfield, the shadow transport secretary", 1, "introduced"),
    ]
    raw = FERRY
    for step in shambles.credit.chain:
        assert raw[step.start : step.end] == step.text  # offsets into the raw text


def test_a_carried_credit_names_the_carry_rule_and_the_rule_that_read_the_cue() -> None:
    _, plan, nobody, _ = quotes_of(FERRY)
    assert (plan.rule, nobody.rule) == ("name-then-verb", "same-paragraph")
    assert nobody.credit is not None and nobody.credit.carried_from == "name-then-verb"
    assert chain(nobody)[0] == ("she", 4, "pronoun")
    assert chain(nobody)[-1] == ("Dana Whitfield, the shadow transport secretary", 1, "introduced")


def test_a_role_resolves_to_the_person_the_article_gave_it() -> None:
    recovering = quotes_of(FERRY)[-1]
    assert (recovering.speaker, recovering.rule) == ("Karl Brandt", "verb-before")
    assert chain(recovering) == [
        ("The chairman", 6, "role"),
        ("Karl Brandt, the port chairman", 5, "introduced"),
    ]


def test_nobody_credited_means_no_rule_and_no_trace() -> None:
    (scare,) = quotes_of(SCARE)
    assert scare.kind.value == "scare" and scare.speaker is None and scare.rule is None and scare.credit is None


@pytest.mark.parametrize("rule", [*SENTENCE_RULES, *CARRY_RULES], ids=lambda r: r.name)
def test_every_rule_credits_its_own_example(rule: Rule | CarryRule) -> None:
    name, example = rule.name, rule.example
    credited = [q for q in quotes_of(example + "\n") if q.speaker or q.mention]  # or a mention alone
    assert credited, f"{name}: nobody credited in its example"
    assert credited[-1].rule == name
    assert RULE_DOCS[name] and name in RULE_NAMES


def test_rule_names_are_unique() -> None:
    assert len(set(RULE_NAMES)) == len(RULE_NAMES)


def test_quotes_explain_prints_one_block_per_quote(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(FERRY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["quotes", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    blocks = result.output.rstrip("\n").split("\n\n")
    assert len(blocks) == 4
    assert blocks[0].split("\n") == [
        f"{path}:7  “The ferries are a shambles.” (full)",
        "  speaker: Dana Whitfield",
        f"  rule:    verb-before: {RULE_DOCS['verb-before']}",
        "  cue:     “told” (¶4)",
        "  venue:   reporters",
        "  chain:   She (¶4) -> Ms Whitfield (¶3) -> Dana Whitfield, the shadow transport secretary (¶2)",
    ]
    assert "  rule:    same-paragraph: " in blocks[2] and "(carried from a credit by name-then-verb)" in blocks[2]


def test_explain_says_why_a_scare_quote_has_no_speaker(tmp_path: Path) -> None:
    path = tmp_path / "scare.txt"
    path.write_text(SCARE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["quotes", "--explain", str(path)])
    assert result.output.split("\n")[1] == (
        "  speaker: nobody: a scare quote (a term set off by quote marks, not reported speech)"
    )


def test_jsonl_records_with_a_speaker_all_have_a_rule() -> None:
    result = CliRunner().invoke(cli, ["quotes", "--format", "jsonl", *SAMPLES])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    credited = [r for r in records if r["speaker"]]
    assert credited and all(r["rule"] in RULE_NAMES for r in credited)
    assert all(r["credit"]["rule"] == r["rule"] and r["credit"]["chain"] for r in credited)
    assert all(r["rule"] is None for r in records if r["kind"] == "scare")


def test_compare_json_members_with_a_speaker_have_a_rule() -> None:
    result = CliRunner().invoke(cli, ["compare", "--format", "json", *SAMPLES])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    members = [m for c in payload["quote_clusters"] for m in c["members"]]
    assert members and all(m["rule"] in RULE_NAMES for m in members if m["speaker"])


def test_check_verbose_says_how_the_draft_credit_was_read() -> None:
    draft = str(ROOT / "samples-drafts" / "errors.md")
    plain = CliRunner().invoke(cli, ["check", draft, "-s", *SAMPLES])
    verbose = CliRunner().invoke(cli, ["check", draft, "-s", *SAMPLES, "-v"])
    assert "read as:" not in plain.output
    lines = verbose.stdout.splitlines()
    assert lines[1] == (
        "    read as: credited to Chris Philp by rule lead-colon, cue “:”: Philp (¶1) -> Tory minister Chris Philp (¶3)"
    )
    heads = [line for line in lines if re.match(rf"{re.escape(draft)}:\d+:\d+: ", line)]
    assert len(heads) == 12
    assert sum(line.startswith("    read as: ") for line in lines) == len(heads)


def test_the_json_credit_object_is_the_models_fields() -> None:
    from quotecheck.ingest import load_articles
    from quotecheck.report.explain import trace_record

    traces = [q.credit for a in load_articles(SAMPLES) for q in extract_quotes(a).quotes if q.credit]
    assert traces and all(trace_record(t) == t.model_dump(mode="json") for t in traces)
