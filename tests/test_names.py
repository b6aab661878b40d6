"""Readable article names when no outlet is known (quotecheck.text.file_title), in reports and the app's data."""

from __future__ import annotations

from quotecheck.extract import extract_quotes
from quotecheck.ingest import article_from_text
from quotecheck.pipeline import compare
from quotecheck.report.markdown import comparison_markdown
from quotecheck.text import file_title
from quotecheck.tui.data import outlet_names


def test_file_title_strips_the_folder_and_extension_and_spaces_the_separators() -> None:
    assert file_title("news/bbc-labour-small-boats.txt") == "bbc labour small boats"
    assert file_title("uk_11.txt") == "uk 11"
    assert file_title("a__b--c.md") == "a b c"
    assert file_title("notes/README") == "README"
    assert file_title("x/.txt") == ".txt"  # nothing readable left: the file name itself


def test_reports_name_an_article_without_an_outlet_by_its_file_title() -> None:
    quote = "The pier will reopen before the summer season starts, whatever the board decides."
    a = extract_quotes(article_from_text(f"date: 2025-03-04\n\nAnn Hale said: “{quote}”\n", "in/pier-news_one.txt"))
    b = extract_quotes(article_from_text(f"date: 2025-03-04\n\nAnn Hale said: “{quote}”\n", "in/pier-news_two.txt"))
    md = comparison_markdown(compare([a, b]))
    assert "| pier news one | 2025-03-04 |" in md and "| pier news two | 2025-03-04 |" in md
    assert "in/pier-news_one.txt" not in md
    assert outlet_names([a, b])["in/pier-news_one.txt"] == ("pier news one", "pier news one")
