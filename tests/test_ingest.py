"""Ingest: readers, headers, encodings, folders, stdin and errors. All article text here is made up."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from quotecheck.errors import InputError
from quotecheck.ingest import article_from_text, load_article, load_articles
from quotecheck.models import Article, DateSource, ParagraphRole

STORY = (
    "Council promises to fix potholes by spring\n"
    "Northshire council has promised to repair every reported pothole before the end of April.\n"
    '"We have heard residents loud and clear," said council leader Jane Morrow.\n'
    "Opposition councillors said the pledge came too late for drivers.\n"
)


def texts(article: Article) -> list[str]:
    return [p.span.slice(article.raw) for p in article.paragraphs]


def roles(article: Article) -> list[str]:
    return [p.role.value for p in article.paragraphs]


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    target = tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        target.write_text(data, encoding="utf-8", newline="")
    else:
        target.write_bytes(data)
    return str(target)


# --- text and headers ---------------------------------------------------------------------------------


def test_plain_text_paragraphs_and_headline(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "story.txt", STORY))
    assert article.raw == STORY
    assert article.source_format == "text"
    assert article.body_start == 0
    assert texts(article) == STORY.strip("\n").split("\n")
    assert roles(article) == ["headline", "body", "body", "body"]
    assert article.headline == "Council promises to fix potholes by spring"
    assert article.paragraphs[1].span.start == STORY.index("Northshire")


def test_key_value_header_sets_metadata_and_body_start(tmp_path: Path) -> None:
    header = "Outlet: Northshire Gazette\nDATE: 2024-03-05\nURL: https://gazette.example/a\nAuthor: A. Writer\n\n"
    article = load_article(write(tmp_path, "story.txt", header + STORY))
    assert article.raw == header + STORY
    assert article.body_start == len(header)
    assert article.outlet == "Northshire Gazette"
    assert article.outlet_source == "header"
    assert article.published == date(2024, 3, 5)
    assert article.date_source is DateSource.HEADER
    assert article.url == "https://gazette.example/a"
    assert article.paragraphs[0].span.start == len(header)
    assert texts(article)[0] == "Council promises to fix potholes by spring"


def test_header_with_free_text_date_and_headline_key() -> None:
    raw = "Title: Potholes: the council acts\nPublished: Tuesday 5 March 2024\n\nThe council acted.\n"
    article = article_from_text(raw)
    assert article.headline == "Potholes: the council acts"
    assert article.published == date(2024, 3, 5)
    assert roles(article) == ["body"]  # the header gave the headline, the body does not repeat it


def test_header_needs_a_known_key_and_only_key_lines() -> None:
    unknown_keys = "Category: Local\nDesk: Roads\n\nThe council acted.\n"
    assert article_from_text(unknown_keys).body_start == 0
    prose_line = "Outlet: Gazette\nThe council acted on Tuesday.\n\nMore text here.\n"
    assert article_from_text(prose_line).body_start == 0
    assert article_from_text(prose_line).outlet is None


def test_dateline_with_colon_is_not_a_header() -> None:
    raw = "LONDON: Ministers met on Tuesday to discuss the roads budget.\n\nThey agreed nothing.\n"
    article = article_from_text(raw)
    assert article.body_start == 0
    assert texts(article) == [
        "LONDON: Ministers met on Tuesday to discuss the roads budget.",
        "They agreed nothing.",
    ]


def test_yaml_front_matter(tmp_path: Path) -> None:
    front = "---\noutlet: Northshire Gazette\ndate: 2024-03-05\ntitle: Potholes to be fixed\n---\n"
    body = "# Potholes to be fixed\n\nThe council says crews start work on Monday.\n"
    article = load_article(write(tmp_path, "story.md", front + body))
    assert article.source_format == "markdown"
    assert article.body_start == len(front)
    assert article.outlet == "Northshire Gazette"
    assert article.published == date(2024, 3, 5)
    assert article.date_source is DateSource.HEADER
    assert article.headline == "Potholes to be fixed"
    assert roles(article) == ["headline", "body"]
    assert texts(article) == ["Potholes to be fixed", "The council says crews start work on Monday."]


def test_markdown_heading_is_the_headline() -> None:
    article = article_from_text("# Roads to be resurfaced.\n\nThe work starts today.\n", source_format="markdown")
    assert article.headline == "Roads to be resurfaced."
    assert roles(article) == ["headline", "body"]
    assert article.paragraphs[0].span.start == 2


def test_bad_yaml_front_matter_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\noutlet: Gazette\ndate: [2024-03-05\n---\nBody text here.\n")
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert caught.value.path == path
    assert caught.value.line == 4
    assert "bad YAML front matter" in caught.value.reason
    assert str(caught.value).startswith(f"{path}:4: bad YAML front matter")
    assert "\n" not in str(caught.value)


def test_unclosed_front_matter_is_an_error() -> None:
    with pytest.raises(InputError) as caught:
        article_from_text("---\noutlet: Gazette\n\nBody.\n", "x.md", source_format="markdown")
    assert caught.value.line == 1


def test_crlf_offsets_are_exact(tmp_path: Path) -> None:
    raw = 'Outlet: Gazette\r\n\r\nThe leader said: "We will act."\r\nShe added: "Soon."\r\n'
    article = load_article(write(tmp_path, "crlf.txt", raw.encode("utf-8")))
    assert article.raw == raw
    assert article.body_start == len("Outlet: Gazette\r\n\r\n")
    assert [(p.span.start, p.span.end) for p in article.paragraphs] == [(19, 50), (52, 70)]
    assert texts(article) == ['The leader said: "We will act."', 'She added: "Soon."']


def test_nbsp_and_trailing_spaces_are_trimmed_from_spans() -> None:
    raw = "\u00a0 The minister said the plan was fair.\u00a0 \nIt was not.\u00a0\n"
    article = article_from_text(raw)
    assert texts(article) == ["The minister said the plan was fair.", "It was not."]
    assert article.paragraphs[0].span.start == 2


def test_hard_wrapped_text_uses_blank_line_blocks() -> None:
    raw = (
        "The transport minister said on Tuesday that the\n"
        "government would spend more on local roads, and\n"
        "that councils would get the money within weeks.\n"
        "\n"
        "Critics said the sum was far too small to make\n"
        "a difference to drivers in rural areas this year.\n"
    )
    article = article_from_text(raw)
    assert len(article.paragraphs) == 2
    assert texts(article)[0].startswith("The transport minister")
    assert texts(article)[0].endswith("within weeks.")
    assert article.paragraphs[1].span.start == raw.index("Critics")


def test_one_paragraph_per_line_even_with_blank_lines_between() -> None:
    raw = "The council met.\n\nIt voted to act.\n\nCrews start on Monday.\n"
    assert texts(article_from_text(raw)) == ["The council met.", "It voted to act.", "Crews start on Monday."]


def test_article_from_text_metadata_wins_over_header() -> None:
    raw = "Outlet: Gazette\n\nThe council met.\n"
    article = article_from_text(raw, "x.txt", outlet="Evening Post", date="2024-03-06")
    assert article.outlet == "Evening Post"
    assert article.outlet_source == "metadata"
    assert article.published == date(2024, 3, 6)
    assert article.date_source is DateSource.METADATA


def test_article_from_text_rejects_unknown_metadata() -> None:
    with pytest.raises(TypeError):
        article_from_text("The council met.", colour="blue")


def test_header_only_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article text after the header"):
        load_article(write(tmp_path, "h.txt", "Outlet: Gazette\n\n"))


# --- encodings ----------------------------------------------------------------------------------------


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + STORY.encode("utf-8")))
    assert article.raw == STORY
    assert article.encoding == "utf-8"


def test_utf16_with_bom(tmp_path: Path) -> None:
    text = "The minister said: \u201cWe will act.\u201d\n"
    article = load_article(write(tmp_path, "u16.txt", text.encode("utf-16")))
    assert article.raw == text
    assert article.encoding == "utf-16-le"


def test_utf16_without_bom(tmp_path: Path) -> None:
    text = "The minister said: \u201cWe will act on the roads.\u201d\n"
    article = load_article(write(tmp_path, "u16.txt", text.encode("utf-16-be")))
    assert article.raw == text
    assert article.encoding == "utf-16-be"


def test_cp1252_curly_quotes_and_pound_sign(tmp_path: Path) -> None:
    text = "She said the plan was \u201cgarbage\u201d and would cost \u00a32bn \u2013 the council\u2019s view.\n"
    article = load_article(write(tmp_path, "w.txt", text.encode("cp1252")))
    assert article.raw == text
    assert article.encoding == "cp1252"


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01")
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}: binary file (not text)"


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", bytes(range(128, 256)) * 3)
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert caught.value.reason.startswith("cannot decode text (tried ")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  ", b"\xef\xbb\xbf \n"])
def test_empty_and_whitespace_only(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "e.txt", data)
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}: empty file"


def test_missing_path(tmp_path: Path) -> None:
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert str(caught.value) == f"{path}: no such file or directory"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", STORY)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("quotecheck.ingest.files.open", refuse, raising=False)
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}: permission denied"


def test_file_over_50_mb_fails_without_reading(tmp_path: Path) -> None:
    target = tmp_path / "huge.txt"
    with target.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    with pytest.raises(InputError) as caught:
        load_article(str(target))
    assert str(caught.value) == f"{target}: file too large (60 MB; limit 50 MB)"


# --- folders ------------------------------------------------------------------------------------------


def test_folder_recursion_order_hidden_and_binary_skipped(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "The second story is here.\n")
    write(tmp_path, "a.txt", "The first story is here.\n")
    write(tmp_path, "sub/c.md", "The third story is here.\n")
    write(tmp_path, "sub/deeper/d.txt", "The fourth story is here.\n")
    write(tmp_path, ".hidden.txt", "Never read.\n")
    write(tmp_path, ".git/e.txt", "Never read either.\n")
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF")
    write(tmp_path, "README.md", "# About these articles\n\nCollected for a test.\n")
    write(tmp_path, "LICENSE", "Made-up text, free to use.\n")
    warnings: list[str] = []
    articles = load_articles([str(tmp_path)], warn=warnings.append)
    assert [a.path for a in articles] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.md"),
        str(tmp_path / "sub" / "deeper" / "d.txt"),
    ]
    assert warnings == []


def test_folder_warns_about_bad_file_and_goes_on(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", "The council met.\n")
    bad = write(tmp_path, "bad.txt", b"\x00\x01\x02\x03binary\x00")
    empty = write(tmp_path, "empty.txt", b"")
    warnings: list[str] = []
    articles = load_articles([str(tmp_path)], warn=warnings.append)
    assert [a.path for a in articles] == [str(tmp_path / "good.txt")]
    assert warnings == [f"{bad}: binary file (not text)", f"{empty}: empty file"]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path, "empty/.hidden", "x")
    with pytest.raises(InputError) as caught:
        load_articles([str(tmp_path / "empty")], warn=lambda _: None)
    assert str(caught.value) == f"{tmp_path / 'empty'}: no readable articles"


def test_load_article_refuses_a_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_article(str(tmp_path))


def test_paths_keep_the_order_given(tmp_path: Path) -> None:
    second = write(tmp_path, "z.txt", "The later story.\n")
    first = write(tmp_path, "a.txt", "The earlier story.\n")
    assert [a.path for a in load_articles([second, first])] == [second, first]


# --- JSON and JSONL -----------------------------------------------------------------------------------


def test_json_object(tmp_path: Path) -> None:
    record = {
        "text": 'The leader said: "We will act."',
        "outlet": "Gazette",
        "date": "2024-03-05",
        "url": "https://gazette.example/x",
        "title": "Leader vows action",
        "tags": ["roads"],
    }
    path = write(tmp_path, "one.json", json.dumps(record))
    article = load_article(path)
    assert article.path == path
    assert article.raw == 'The leader said: "We will act."'
    assert article.source_format == "json"
    assert (article.outlet, article.outlet_source) == ("Gazette", "metadata")
    assert (article.published, article.date_source) == (date(2024, 3, 5), DateSource.METADATA)
    assert article.url == "https://gazette.example/x"
    assert article.headline == "Leader vows action"


def test_json_list_paths(tmp_path: Path) -> None:
    path = write(tmp_path, "many.json", json.dumps([{"body": "First story."}, {"content": "Second story."}]))
    articles = load_articles([path])
    assert [a.path for a in articles] == [f"{path}#0", f"{path}#1"]
    assert [a.raw for a in articles] == ["First story.", "Second story."]


def test_json_item_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "many.json", json.dumps([{"text": "Fine."}, {"title": "No body"}]))
    with pytest.raises(InputError, match="item 1: no article text"):
        load_articles([path])


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.json", '{\n  "text": "Fine",\n  oops\n}')
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert caught.value.line == 3


def test_jsonl_paths_are_line_numbers(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First story."}),
        "",
        json.dumps({"text": "Third-line story.", "source": "Post"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    articles = load_articles([path])
    assert [a.path for a in articles] == [f"{path}#1", f"{path}#3"]
    assert articles[1].outlet == "Post"
    assert articles[1].source_format == "jsonl"


def test_jsonl_bad_line(tmp_path: Path) -> None:
    path = write(tmp_path, "feed.jsonl", json.dumps({"text": "Fine."}) + "\n{not json}\n")
    with pytest.raises(InputError) as caught:
        load_articles([path])
    assert caught.value.path == path
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path}:2: bad JSON")


# --- HTML ---------------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council promises to fix potholes by spring | Northshire Gazette</title>
<meta property="og:title" content="Council promises to fix potholes by spring">
<meta property="og:site_name" content="Northshire Gazette">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<link rel="canonical" href="https://gazette.example/news/potholes">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Council promises to fix potholes by spring</h1>
<p>Northshire council has promised to repair every reported pothole on its roads before the end of April,
after months of complaints from drivers and cyclists.</p>
<p>"We have heard residents loud and clear," said council leader Jane Morrow. "The money is in place and
the crews start work on Monday."</p>
<p>Opposition councillors said the pledge came too late for people whose cars had already been damaged.</p>
</article></main>
<footer><p>Copyright 2024 Northshire Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, "page.html", PAGE))
    assert article.source_format == "html"
    assert article.outlet == "Northshire Gazette"
    assert article.outlet_source == "metadata"
    assert article.published == date(2024, 3, 5)
    assert article.date_source is DateSource.METADATA
    assert article.url == "https://gazette.example/news/potholes"
    assert article.headline == "Council promises to fix potholes by spring"
    assert roles(article) == ["headline", "body", "body", "body"]
    body = texts(article)
    assert body[0] == "Council promises to fix potholes by spring"
    assert body[1].startswith("Northshire council has promised")
    assert body[2].startswith('"We have heard residents loud and clear," said council leader Jane Morrow.')
    assert body[3].startswith("Opposition councillors said")
    assert "Home" not in article.raw
    assert "Privacy" not in article.raw
    assert article.raw == "\n".join(body)


def test_html_without_article_text(tmp_path: Path) -> None:
    path = write(tmp_path, "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(InputError) as caught:
        load_article(path)
    assert str(caught.value) == f"{path}: no article text found"


# --- stdin --------------------------------------------------------------------------------------------


def test_stdin_text() -> None:
    article = load_article("-", stdin=io.BytesIO(STORY.encode("utf-8")))
    assert article.path == "-"
    assert article.raw == STORY


def test_stdin_html_is_sniffed() -> None:
    article = load_articles(["-"], stdin=io.BytesIO(PAGE.encode("utf-8")))[0]
    assert article.source_format == "html"
    assert article.headline == "Council promises to fix potholes by spring"


def test_stdin_empty() -> None:
    with pytest.raises(InputError) as caught:
        load_article("-", stdin=io.BytesIO(b""))
    assert str(caught.value) == "-: empty file"


def test_plain_text_keeps_roles_consistent_with_content_paragraphs() -> None:
    article = article_from_text("ADVERTISEMENT\n" + STORY)
    assert article.paragraphs[0].role is ParagraphRole.FURNITURE
    assert len(article.content_paragraphs) == 4
