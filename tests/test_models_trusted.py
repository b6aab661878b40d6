"""Model.trusted builds exactly what model_construct builds (given every field, in field order)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from quotecheck.models import (
    Article,
    ArticleQuotes,
    DateSource,
    Model,
    Paragraph,
    ParagraphRole,
    Quote,
    QuoteKind,
    Span,
)

SPAN = Span.model_construct(start=3, end=9)
PARAGRAPH = Paragraph.model_construct(span=SPAN, role=ParagraphRole.FURNITURE, reason="ad slot")
ARTICLE = Article.model_construct(
    path="a.txt", raw="x" * 20, encoding="utf-8", source_format="text", outlet="BBC News", outlet_source="header",
    headline="H", url=None, published=date(2024, 1, 2), date_source=DateSource.HEADER, body_start=0,
    paragraphs=(PARAGRAPH,),
)
QUOTE: dict[str, Any] = {
    "id": "a.txt#3", "file": "a.txt", "span": SPAN, "text": "xxxxxx", "kind": QuoteKind.FULL, "paragraph": 0,
    "closed": True, "group": None, "speaker": "Keir Starmer", "mention": "Sir Keir", "mention_span": SPAN,
    "cue": "said", "venue": None, "venue_span": None, "furniture": False, "rule": "verb-before",
    "credit": None,
}
CASES: list[tuple[type[Model], dict[str, Any]]] = [
    (Span, {"start": 3, "end": 9}),
    (Paragraph, {"span": SPAN, "role": ParagraphRole.BODY, "reason": None}),
    (Article, dict(ARTICLE.__dict__)),
    (Quote, QUOTE),
    (ArticleQuotes, {"article": ARTICLE, "quotes": (Quote.model_construct(**QUOTE),), "speakers": ()}),
]


@pytest.mark.parametrize(("cls", "values"), CASES, ids=[c.__name__ for c, _ in CASES])
def test_trusted_is_model_construct(cls: type[Model], values: dict[str, Any]) -> None:
    assert list(values) == list(cls.model_fields), "every field, in field order"
    made = cls.trusted(**values)
    reference = cls.model_construct(**values)
    assert type(made) is cls
    assert made == reference
    assert list(made.__dict__.items()) == list(reference.__dict__.items())
    assert made.model_fields_set == reference.model_fields_set
    assert made.__pydantic_extra__ == reference.__pydantic_extra__
    assert made.__pydantic_private__ == reference.__pydantic_private__
    assert repr(made) == repr(reference)
    assert made.model_dump_json() == reference.model_dump_json()
    assert not cls.__pydantic_post_init__
    assert cls.trusted(**values).model_fields_set is not made.model_fields_set


def test_trusted_refuses_a_call_that_leaves_a_field_out() -> None:
    with pytest.raises(TypeError, match=r"Paragraph\.trusted needs every field; missing reason"):
        Paragraph.trusted(span=SPAN, role=ParagraphRole.BODY)
