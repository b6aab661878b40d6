"""Hostile article text through every output: nothing reaches a terminal raw, nothing renders as markup.

One pair of articles (and a draft) carries terminal escapes (CSI, OSC 0 title, OSC 8 hyperlink, C1 CSI),
a carriage return, backspaces, bidi overrides and isolates, a zero-width space, HTML and ``<script>``,
Markdown emphasis, links, pipes, backticks, a line that starts with ``#``, Rich markup and a SARIF
placeholder. Each output is checked for what its reader would otherwise obey:

- terminal text (``quotes``, ``text``, ``check``, stderr, the app's Rich Text): no C0 but newline, no
  DEL or C1, no bidi control or zero-width space; the escapes are shown (``\\x1b``), not dropped;
- JSON (``quotes --format jsonl/json``, ``compare --format json``, ``check --format json/sarif``): valid,
  and the strings hold the article's text exactly (offsets stay right) while the bytes stay inert;
- Markdown (``compare``): rendered by a GFM-like renderer, no HTML, no link, no heading from the text,
  and table rows keep their cells;
- GitHub annotations and SARIF: their own escapes (``%25 %0D %0A %3A %2C``; ``\\[``, ``{{``).
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotecheck.cli import cli
from quotecheck.models import CheckedQuote, CheckStatus, DraftCheck, QuoteKind, SourceMatch, Span
from quotecheck.report import check_formats
from quotecheck.text import one_line, safe_for_terminal, safe_json

FILLER = (
    "Harbour engineers said the work on the east pier would begin in the spring and run for a year and a half. "
    "People living along the quay have asked that the old footbridge stay open while the cranes are there. "
)
ESCAPES = (
    "\x1b[31mwill\x1b]8;;http://evil.example/\x07 {verb}\x1b]8;;\x07 the \x1b]0;owned\x07harbour \x9b2J "
    "repairs now\x08\x08 \u202eevil\u202c and \u2066more\u2069 this\u200b year"
)
MARKUP = (
    "The <script>alert(1)</script> figure is **bold** and [link](javascript:x) and | pipe | and `tick` and "
    "<img src=x onerror=alert(2)> stays [bold red]x[/] and {0} final."
)
HEADING = "# We are not a heading, and 3,000 people will see it at https://evil.example/x and www.evil.example,"


def _article(outlet: str, day: int, verb: str, treasurer: str, extra: str = "") -> str:
    return (
        f"outlet: {outlet}\n"
        f"date: 2025-03-0{day}\n"
        "headline: # Council \x1b[31mvotes\x1b[0m on <script>alert(1)</script> harbour budget\n"
        "\n"
        "The council met on Tuesday to settle the harbour budget for the coming year.\n"
        + FILLER * 10 + "\n"
        f'Dr Vera Quill said: "We {ESCAPES.format(verb=verb)}."\n'
        + FILLER * 10 + "\n"
        f'{treasurer}, said: "{MARKUP}"\n'
        f'"{HEADING}" Reed said.\n'
        "About 3,000 people signed the \x1b[1mpetition\x1b[0m against the plan, officials said.\n"
        + FILLER * 10 + "\n" + extra
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    a = folder / "alpha.txt"
    b = folder / "be|ta.txt"
    draft = folder / "dr,af:t%1.md"
    a.write_text(_article(
        "Alpha [bold red]Wire[/] <b>x</b>", 4, "fund", "The treasurer, Amos Reed",
        "Only this outlet says the \x1b]8;;http://evil.example/\x07pier\x1b]8;;\x07 survey [i]leaked[/i] on a "
        "Monday in the Welsh town of Abergele.\n"), encoding="utf-8")
    b.write_text(_article("Beta | Times", 5, "find", "The mayor, Nia Hart"), encoding="utf-8")
    draft.write_text(
        f'Reed said: "{MARKUP.replace("final", "finals")}"\n' + FILLER * 10 + "\n"
        f'Dr Vera Quill said: "We {ESCAPES.format(verb="fund")}."\n' + FILLER * 10 + "\n"
        'Mx Zed said: "Nobody has ever said \x1b[2J this {1} line at all."\n',
        encoding="utf-8",
    )
    return {"a": a, "b": b, "draft": draft}


def invoke(*args: str) -> tuple[str, str]:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (0, 1), (result.exit_code, result.stderr, result.exception)
    return result.stdout, result.stderr


def _hidden(ch: str) -> bool:
    """A character a terminal obeys or hides rather than shows (newline and tab are fine)."""
    if ch in "\n\t":
        return False
    return ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u200b\u2028\u2029\ufeff" or (
        unicodedata.bidirectional(ch) in {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})


def assert_terminal_safe(text: str) -> None:
    bad = sorted({f"U+{ord(ch):04X}" for ch in text if _hidden(ch)})
    assert not bad, f"raw control characters in terminal output: {bad}"


# ---- terminal text -----------------------------------------------------------------------------


def test_helpers_show_every_hidden_character() -> None:
    for ch in [*map(chr, range(0x20)), *map(chr, range(0x7F, 0xA0)), "\u202a", "\u202e", "\u2066", "\u2069",
               "\u200b", "\u2060", "\ufeff"]:
        shown = safe_for_terminal(f"a{ch}b")
        assert_terminal_safe(shown)
        if ch not in "\n\t":
            assert shown == f"a\\x{ord(ch):02x}b" if ord(ch) < 0x100 else shown == f"a\\u{ord(ch):04x}b"
        assert_terminal_safe(one_line(f"a{ch}b"))
    # joiners and bidi marks are part of real text and stay
    assert safe_for_terminal("می\u200cخواهم \u200f") == "می\u200cخواهم \u200f"


def test_terminal_outputs_show_escapes_and_never_obey_them(hostile: dict[str, Path]) -> None:
    a, b, draft = str(hostile["a"]), str(hostile["b"]), str(hostile["draft"])
    outputs = {
        "quotes": invoke("quotes", a, b),
        "text": invoke("text", a),
        "check": invoke("check", draft, "--sources", a, b),
        "check --color": invoke("check", draft, "--sources", a, b, "--color"),
    }
    for name, (raw_out, err) in outputs.items():
        assert_terminal_safe(err)
        # with --color the only escapes are the colours quotecheck adds itself
        out = re.sub(r"\x1b\[[0-9;]*m", "", raw_out) if name == "check --color" else raw_out
        assert_terminal_safe(out)
        assert "\\x1b" in out, name
    text_out = outputs["text"][0]
    for shown in ("\\x1b]0;owned\\x07", "\\x1b]8;;http://evil.example/\\x07", "\\x9b2J", "\\x08\\x08",
                  "\\u202eevil\\u202c", "\\u2066more\\u2069", "this\\u200b year"):
        assert shown in text_out
    assert "credited to" in outputs["check"][0]


def test_stderr_names_a_hostile_file_safely(tmp_path: Path) -> None:
    path = tmp_path / "bad\x1b]0;owned\x07name.txt"
    path.write_bytes(b"")
    result = CliRunner().invoke(cli, ["quotes", str(path)])
    assert result.exit_code == 2
    assert_terminal_safe(result.stderr)
    assert result.stderr.count("\n") == 1 and "\\x1b]0;owned\\x07" in result.stderr


# ---- JSON: the exact text, inert bytes ---------------------------------------------------------


def test_safe_json_keeps_the_text_and_escapes_the_bytes() -> None:
    value = {"t": "a\x1b[31m \x9b2J \u202eb\u202c \u2028 \u200b\x7f é “x”"}
    dumped = safe_json(value)
    assert json.loads(dumped) == value
    assert_terminal_safe(dumped)
    assert "\\u009b" in dumped and "\\u202e" in dumped and "é “x”" in dumped


def test_json_outputs_are_valid_exact_and_inert(hostile: dict[str, Path]) -> None:
    a, b, draft = str(hostile["a"]), str(hostile["b"]), str(hostile["draft"])
    raw = {p: Path(p).read_text(encoding="utf-8") for p in (a, b, draft)}

    out, _ = invoke("quotes", a, b, "--format", "jsonl")
    assert_terminal_safe(out)
    records = [json.loads(line) for line in out.splitlines()]
    assert any("\x1b]8;;http://evil.example/\x07" in r["text"] for r in records)
    assert any("<script>alert(1)</script>" in r["text"] for r in records)
    for r in records:
        assert raw[r["file"]][r["start"] : r["end"]] == r["text"]

    out, _ = invoke("quotes", a, "--format", "json")
    assert_terminal_safe(out)
    assert json.loads(out)["articles"][0]["headline"].startswith("# Council \x1b[31mvotes")

    out, _ = invoke("compare", a, b, "--format", "json")
    assert_terminal_safe(out)
    payload = json.loads(out)
    texts = [m["text"] for c in payload["quote_clusters"] for m in c["members"]]
    assert any("\u202eevil\u202c" in t for t in texts)

    out, _ = invoke("check", draft, "--sources", a, b, "--format", "json")
    assert_terminal_safe(out)
    checked = json.loads(out)
    for q in checked["quotes"]:
        assert raw[draft][q["start"] : q["end"]] == q["text"]
        if q["source"]:
            assert raw[q["source"]["file"]][q["source"]["start"] : q["source"]["end"]] == q["source"]["text"]


# ---- Markdown ----------------------------------------------------------------------------------


def _render_gfm(markdown: str) -> str:
    """HTML as a GFM-like renderer makes it: tables, strikethrough, bare-URL and www. autolinks, raw HTML on."""
    markdown_it = pytest.importorskip("markdown_it")
    pytest.importorskip("linkify_it")
    md = markdown_it.MarkdownIt("gfm-like")
    md.linkify.set({"fuzzy_link": False})  # GitHub links http(s)://, www. and e-mail addresses, not bare names
    return str(md.render(markdown))


def test_markdown_report_is_inert_when_rendered(hostile: dict[str, Path]) -> None:
    out, err = invoke("compare", str(hostile["a"]), str(hostile["b"]))
    assert_terminal_safe(out + err)
    assert "&lt;script>alert(1)&lt;/script>" in out  # "<" that could open a tag, and nothing else, escaped
    assert not re.search(r"<(script|img|b)\b", out)
    html = _render_gfm(out)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as typed
    assert "<a " not in html, re.findall(r"<a [^>]*>", html)  # no link from the text: not [..](..), not https://
    assert "javascript:x" in html and "https://evil.example/x" in html and "www.evil.example" in html
    assert "**bold**" in html and "`tick`" in html and "[bold red]x[/]" in html and "{0}" in html
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", html)
    assert headings[0] == ("1", "quotecheck: how the outlets differ")
    assert not any("not a heading" in text for _, text in headings)
    assert "# We are not a heading" in html
    for table in re.findall(r"<table>.*?</table>", html, flags=re.S):
        widths = {len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>.*?</tr>", table, flags=re.S)}
        assert len(widths) == 1, widths  # a pipe in an outlet or file name never adds a cell
    assert "Beta | Times" in html and "be|ta.txt" in html


# ---- GitHub annotations ------------------------------------------------------------------------


def test_github_escapes_data_and_properties() -> None:
    assert check_formats._gh_data("50% off\r\nnext: a, b") == "50%25 off%0D%0Anext: a, b"
    assert check_formats._gh_prop("dr,af:t%1\r\n.md") == "dr%2Caf%3At%251%0D%0A.md"


def _synthetic(draft: str, speaker: str, text: str, reason: str, source_file: str) -> DraftCheck:
    source = SourceMatch(file=source_file, span=Span(start=0, end=len(text)), text=text, line=1, col=1,
                         speaker=speaker, venue="Radio, 4: 100%")
    quote = CheckedQuote(file=draft, span=Span(start=0, end=len(text)), line=1, col=1, text=text,
                         kind=QuoteKind.FULL, speaker=speaker, venue="BBC: Today, 50%", status=CheckStatus.MISQUOTE,
                         source=source, reasons=(reason,))
    return DraftCheck(draft=draft, quotes=(quote,))


HOSTILE_CHECK = _synthetic(
    draft="notes/dr,af:t%1.md",
    speaker="Quill, Vera: 100%\x1b[31m",
    text="We [will](javascript:x) {0} \x1b]0;t\x07 pay\r\n::error::forged",
    reason="'pay' added\n::warning::forged",
    source_file="src: a,b%.txt",
)


def test_github_annotations_cannot_forge_commands_or_colour_the_log(hostile: dict[str, Path]) -> None:
    out = check_formats.check_github([HOSTILE_CHECK], {CheckStatus.MISQUOTE})
    lines = out.splitlines()
    assert len(lines) == 1  # \r and \n are escaped: the text cannot start a command of its own
    assert_terminal_safe(out)
    m = re.fullmatch(r"::error (file=[^,:]*,line=1,col=1,endLine=\d+,endColumn=\d+,title=[^,:]*)::(.*)", lines[0])
    assert m, lines[0]
    props = dict(p.split("=", 1) for p in m.group(1).split(","))
    assert props["file"] == "notes/dr%2Caf%3At%251.md"
    message = m.group(2)
    assert "%25" in message and "\\x1b" in message and "\r" not in message
    assert "src: a,b%25.txt" in message  # a message keeps : and , (only properties escape them)

    out, err = invoke("check", str(hostile["draft"]), "--sources", str(hostile["a"]), str(hostile["b"]),
                      "--format", "github")
    assert_terminal_safe(out + err)
    assert out and all(line.startswith(("::error file=", "::warning file=")) for line in out.splitlines())
    assert all("file=" + check_formats._gh_prop(str(hostile["draft"])) + "," in line for line in out.splitlines())
    assert "dr%2Caf%3At%251.md" in out


# ---- SARIF -------------------------------------------------------------------------------------


def test_sarif_messages_are_plain_text_and_uris_relative(hostile: dict[str, Path]) -> None:
    log = json.loads(check_formats.check_sarif([HOSTILE_CHECK], {CheckStatus.MISQUOTE}))
    (result,) = log["runs"][0]["results"]
    text = result["message"]["text"]
    assert_terminal_safe(text)
    assert "\\[will\\](javascript:x)" in text  # SARIF 3.11.6: escaped brackets, no embedded link
    assert not re.search(r"(?<!\\)\[[^\]]*(?<!\\)\]\(", text)
    assert "{{0}}" in text and not re.search(r"(?<!\{)\{\d\}(?!\})", text)  # 3.11.5: no placeholder
    related = result["relatedLocations"][0]["message"]["text"]
    assert related == "source: Quill, Vera: 100%\\\\x1b\\[31m, Radio, 4: 100%"
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "notes/dr,af%3At%251.md"
    assert result["properties"]["speaker"] == "Quill, Vera: 100%\x1b[31m"  # data keeps the text exactly

    out, _ = invoke("check", str(hostile["draft"]), "--sources", str(hostile["a"]), str(hostile["b"]),
                    "--format", "sarif")
    assert_terminal_safe(out)
    log = json.loads(out)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]
            for loc in r["locations"]}
    assert all(":" not in uri.split("/")[0] or uri.startswith("file:///") for uri in uris), uris  # absolute: file://


def test_sarif_with_hostile_text_still_matches_the_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json").read_text())
    jsonschema.validate(json.loads(check_formats.check_sarif([HOSTILE_CHECK], {CheckStatus.MISQUOTE})), schema)


# ---- the app's Rich Text -----------------------------------------------------------------------


def test_app_renderers_give_plain_text_never_markup_or_escapes(hostile: dict[str, Path]) -> None:
    from rich.console import Console
    from rich.text import Text

    from quotecheck.tui import render
    from quotecheck.tui.data import Loader

    notices: list[str] = []
    dataset = Loader().load([str(hostile["a"]), str(hostile["b"])], progress=lambda *_: None,
                            notice=notices.append)
    assert not notices
    (event,) = dataset.events
    palette = render.Palette()
    texts: list[Text] = [render.event_label(event, 40, palette)]
    for row in event.rows:
        for d in render.cluster_detail(event, row, None, None, palette):
            texts.append(d[1])
        for o in event.outlets:
            texts.append(render.status_cell(row, o.path, palette, True))
    for c in event.conflicts:
        texts += [render.conflict_summary(c, event), *(t for _, t in render.conflict_detail(c, event, palette))]
    for f in event.numbers:
        texts += [render.fact_summary(f, event), *(t for _, t in render.fact_detail(f, event, palette))]
    for o in event.only_in:
        texts += [t for _, t in render.only_in_detail(o, event, palette)]
    assert event.lineup is not None
    for lrow in event.lineup.rows:
        texts += [render.lineup_cell(event, lrow, o.path, palette) for o in event.outlets]
    assert event.rows and event.conflicts and event.only_in and event.lineup.rows
    plain = "\n".join(t.plain for t in texts)
    assert_terminal_safe(plain)
    for shown in ("\\x1b]0;owned\\x07", "\\x9b2J", "\\u202eevil\\u202c", "<script>alert(1)</script>",
                  "[bold red]x[/]", "[link](javascript:x)", "Alpha [bold red]Wire[/] <b>x</b>", "Beta | Times"):
        assert shown in plain, shown
    # the styles are quotecheck's own: none comes from a [bold red] in the text
    assert not any("red" in str(span.style) and "bold" in str(span.style) for t in texts for span in t.spans
                   if "[bold red]" in t.plain[span.start : span.end])
    console = Console(record=True, width=200, color_system=None, file=io.StringIO())
    for t in texts:
        console.print(t)
    assert_terminal_safe(console.export_text())
    assert render.doc_plain(render.cluster_detail(event, event.rows[0], None, None, palette))
