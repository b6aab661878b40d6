"""Coverage-guided fuzzing of the quote engine with atheris.

    python fuzz/fuzz_extract.py -runs=2000            # a short run (CI does this through pytest)
    python fuzz/fuzz_extract.py -max_total_time=3600  # a long run; crashes are written as crash-* files

Properties checked on every input: no exception but ``InputError`` (for empty text), every quote's
span slices its own text out of ``raw`` and stays inside its paragraph, every credit's span too.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from quotecheck.errors import InputError
    from quotecheck.extract import extract_quotes
    from quotecheck.ingest import article_from_text


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(4096)
    try:
        article = article_from_text(text, "fuzz.txt")
    except InputError:
        return
    result = extract_quotes(article)
    raw = article.raw
    for quote in result.quotes:
        span = quote.span
        assert raw[span.start : span.end] == quote.text, quote
        para = article.paragraphs[quote.paragraph].span
        assert para.start <= span.start <= span.end <= para.end, quote
        if quote.mention_span is not None:
            assert raw[quote.mention_span.start : quote.mention_span.end] == quote.mention, quote


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
