"""Compare reports: golden Markdown and JSON of samples/, escaping, the JSON envelope, the CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import ExitCode, cli
from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text, load_articles
from quotecheck.models import Comparison
from quotecheck.pipeline import compare
from quotecheck.report.json import VERSION, comparison_json, comparison_payload
from quotecheck.report.markdown import comparison_markdown, escape

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("QUOTECHECK_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def samples() -> Comparison:
    """The samples compared with the paths a user would type from the repository root."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return compare(load_articles(sorted(f"samples/{p.name}" for p in (ROOT / "samples").glob("*.txt"))))
    finally:
        os.chdir(old)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        if not UPDATE:
            pytest.fail(f"wrote missing golden file {path}; run again")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; QUOTECHECK_UPDATE_GOLDEN=1 to accept"


def test_golden_markdown(samples: Comparison) -> None:
    check_golden("samples.md", comparison_markdown(samples))


def test_golden_json(samples: Comparison) -> None:
    check_golden("samples.json", comparison_json(samples))


def test_json_envelope_follows_the_contract(samples: Comparison) -> None:
    payload = json.loads(comparison_json(samples))
    assert payload["version"] == VERSION == 1
    for key in ("events", "quote_clusters", "attribution_conflicts", "number_facts", "only_in", "lineups"):
        assert isinstance(payload[key], list) and payload[key], key
    assert {"id", "files"} <= set(payload["events"][0])
    cluster = payload["quote_clusters"][0]
    assert cluster["relation"] in {"verbatim", "near_verbatim", "truncated", "spliced", "paraphrased"}
    assert {"file", "start", "end"} <= set(cluster["members"][0])
    assert {"file", "start", "end", "speaker", "venue"} <= set(payload["attribution_conflicts"][0]["members"][0])
    assert {"file", "start", "end", "text"} <= set(payload["number_facts"][0]["members"][0])
    assert isinstance(payload["number_facts"][0]["conflict"], bool)
    assert {"file", "start", "end", "text"} <= set(payload["only_in"][0])


def test_every_offset_slices_back_to_its_text(samples: Comparison) -> None:
    payload = comparison_payload(samples)
    raw = {r.article.path: r.article.raw for r in samples.articles}
    records = [m for c in payload["quote_clusters"] for m in c["members"]]
    records += [m for c in payload["attribution_conflicts"] for m in c["members"]]
    records += [m for f in payload["number_facts"] for m in f["members"]]
    records += payload["only_in"] + [c for lu in payload["lineups"] for r in lu["rows"] for c in r["cells"]]
    for rec in records:
        assert raw[rec["file"]][rec["start"] : rec["end"]] == rec["text"]


def test_markdown_sections(samples: Comparison) -> None:
    md = comparison_markdown(samples)
    assert md.startswith("# quotecheck")
    assert md.index("## What differs most") < md.index("## e1")
    for heading in ("### Outlets", "### Who is quoted where", "### Quotes across outlets",
                    "### Attribution conflicts", "### Numbers", "### Only in one outlet"):
        assert heading in md
    assert "~~total~~ **talking** garbage" in md
    assert "| Outlet | Date | Headline | Words | Quotes | File |" in md


HOSTILE = (
    "outlet: <b>Evil</b> | Times\n"
    "date: 2024-01-02\n"
    "headline: *Breaking* [click](http://x.test) <script>alert(1)</script>\n"
    "\n"
    "# Not a heading. The minister said: \"We will **never** <img src=x onerror=alert(1)> | pay `rm -rf` "
    "[x](y) ~~z~~.\"\n"
    "The minister said the budget was \"<i>fine</i> & *balanced*\".\n"
)


def test_article_text_cannot_inject_markdown_or_html() -> None:
    a = extract_quotes(article_from_text(HOSTILE, "a<b>.txt"))
    b = extract_quotes(article_from_text(HOSTILE.replace("2024-01-02", "2024-01-03"), "b|c.txt"))
    md = comparison_markdown(compare([a, b]))
    for raw in ("<script>", "<img", "<b>", "<i>", "**never**", "[click](", "[x](y)", "~~z~~", "*Breaking*"):
        assert raw not in md, raw
    assert not re.search(r"(?<!\\)`", md)  # no live backtick: no code span
    assert "&lt;script>" in md and "\\*\\*never\\*\\*" in md
    for line in md.splitlines():
        if line.startswith("|"):
            assert line.count("|") - line.count("\\|") == line.count(" | ") + 2 or line.startswith("|---")


def test_escape() -> None:
    assert escape("a <b> & c") == "a &lt;b> & c"  # "<" before a letter could open a tag; "&" alone is text
    assert escape("&amp; &copy;") == "&amp;amp; &amp;copy;"
    assert escape("snake_case _x_") == "snake_case \\_x\\_"
    assert escape("- item") == "\\- item"
    assert escape("1. item") == "1\\. item"
    assert escape("line\none\x1b[31m") == "line one\\x1b[31m"  # shown as line one\x1b[31m
    assert escape("[x](y) [z][1] [d]: u") == "[x\\](y) [z\\][1] [d\\]: u"
    assert escape("*a* _b_ ~c~ `d` e|f") == "\\*a\\* \\_b\\_ \\~c\\~ \\`d\\` e\\|f"
    assert escape("# a ##") == "\\# a \\##"
    assert escape("$x$ and $5") == "\\$x\\$ and $5"


PLAIN = [
    "$750,000 (£616,000)",
    "He said (twice) it was 50% — 15½ to 19½ years, or 30-55 years!",
    "AT&T, Marks & Spencer; a < b > c? 5 * 3 = 8 - 1 + 4 ~ 11",
    "1.5 million people, 2,000 homes and £30bn in 2025/26",
    "He [the minister] said so.",
    "Ask: what's next? snake_case, e-mail, 24/7, #hashtag, US$5 and $5-$6",
]


@pytest.mark.parametrize("text", PLAIN)
def test_escape_leaves_ordinary_punctuation_alone(text: str) -> None:
    assert escape(text) == text


# Article text that would change the rendering somewhere, and where the report puts article text.
TRICKY = [
    *PLAIN,
    "*bold* **strong** ~~struck~~ ~one~ 5*3 a*b",
    "snake_case and __init__ and _x_ and x_",
    "`code` and ``two`` and a lone `",
    "[x](javascript:alert(1)) and ![i](y) and [r][1] and [s][] and a [bracket]",
    "<script>alert(1)</script> <b>x</b> <!-- c --> <https://evil.example> <a@b.example> <?p?> <!X>",
    "# not a heading", "## nor this #", "- not a list", "+ not a list", "* nor this", "1. not a list",
    "2) nor this", "> not a quote", "=== not a rule", "--- not a rule", "___", "Title ##",
    "&amp; &copy; &#169; &#x41; &nbsp;", "a | b | c", "C:\\path\\ and \\* and end\\",
    "$x$ and $$y$$ and $`z`$", "https://evil.example/x www.evil.example press@evil.example @octocat #123",
    "[d]: /u", "[^1]: note",
]
PLACES = [  # (template, the tags it makes itself, the text it shows)
    ("{}", {"p"}, "{}"),
    ("- {}", {"ul", "li"}, "{}"),
    ("| Outlet |\n|---|\n| {} |", {"table", "thead", "tr", "th", "tbody", "td"}, "Outlet {}"),
    ("- **e1-q1**: “{}” (BBC)", {"ul", "li", "strong"}, "e1-q1: “{}” (BBC)"),
    ("**{}**", {"p", "strong"}, "{}"),
    ("~~{}~~", {"p", "del"}, "{}"),
    ("## e1: {}", {"h2"}, "e1: {}"),
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize(("template", "tags", "shows"), PLACES)
def test_escaped_text_reads_the_same_when_rendered(text: str, template: str, tags: set[str], shows: str) -> None:
    """cmark-gfm (GitHub's renderer) shows the article's text exactly, in every place the report puts it,
    and makes no element of it: no link, emphasis, code, heading, list or HTML."""
    cmarkgfm = pytest.importorskip("cmarkgfm")
    from html import unescape

    from cmarkgfm.cmark import Options

    markdown = template.format(escape(text))
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)
    html = re.sub(r"<!--.*?-->", "", html)  # the empty comments that split "@x" and "#1"
    assert set(re.findall(r"<(\w+)", html)) == tags, (markdown, html)
    shown = " ".join(unescape(re.sub(r"<[^>]*>", "", html)).split())
    assert shown == " ".join(shows.format(text).split()), markdown


# --- the command line ------------------------------------------------------------------------------


SAMPLE_FILES = [str(p) for p in sorted((ROOT / "samples").glob("*.txt"))]


def test_cli_markdown_to_stdout() -> None:
    result = CliRunner().invoke(cli, ["compare", *SAMPLE_FILES[:3]])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# quotecheck")


def test_cli_json_to_a_file_and_no_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    runner = CliRunner()
    result = runner.invoke(cli, ["compare", "--format", "json", "-o", str(out), *SAMPLE_FILES[:2]])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1
    assert result.stdout == ""
    out.write_text("keep me", encoding="utf-8")
    result = runner.invoke(cli, ["compare", "-o", str(out), *SAMPLE_FILES[:2]])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.count("\n") == 1 and "exists" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    result = runner.invoke(cli, ["compare", "--force", "-o", str(out), *SAMPLE_FILES[:2]])
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 1  # .json: JSON without --format
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind


def test_cli_bad_input_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["compare", str(tmp_path / "missing.txt")])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert result.stderr.count("\n") == 1


def test_quotes_command_does_not_load_the_compare_modules() -> None:
    code = (
        "import sys, quotecheck.cli\n"
        "heavy = [m for m in ('quotecheck.pipeline', 'quotecheck.events', 'quotecheck.align', 'quotecheck.diff',"
        " 'quotecheck.numbers', 'quotecheck.lineup', 'quotecheck.conflicts', 'rapidfuzz') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
