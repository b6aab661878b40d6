"""The lexicon: every word list lives in quotecheck.extract.lexicon, without duplicates, and the
regular expressions elsewhere are built from those lists rather than re-typing them."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

import quotecheck
from quotecheck.extract import lexicon
from quotecheck.extract.lexicon import (
    AUDIENCE_PEOPLE,
    CAMEL_NAME_PREFIXES,
    HONORIFICS,
    MEDIA_NAMES,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    NAME_HONORIFICS,
    OCCASIONS,
    OUTLET_NOUNS,
    PLATFORMS,
    SURNAME_PARTICLES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)

PACKAGE = Path(quotecheck.__file__).parent
LEXICON = PACKAGE / "extract" / "lexicon"


def _literal_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """Every list of words written in a module: a string split into words, a tuple/list/set of strings,
    the keys of a dict literal."""
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
            and not node.args
        ):
            found.append((node.lineno, node.func.value.value.split()))
        elif isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            found.append((node.lineno, words))
        elif isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            found.append((node.lineno, keys))
    return found


@pytest.mark.parametrize("path", sorted(LEXICON.glob("*.py")), ids=lambda p: p.name)
def test_no_list_has_a_duplicate(path: Path) -> None:
    for line, words in _literal_lists(ast.parse(path.read_text(encoding="utf-8"))):
        twice = sorted(w for w, n in Counter(words).items() if n > 1)
        assert not twice, f"{path.name}:{line} lists {twice} more than once"


def test_the_duplicate_check_finds_a_duplicate() -> None:
    tree = ast.parse('A = frozenset("mr mrs mr".split())\nB = {"x": 1, "x": 2}\nC = ("a", "b", "a")')
    found = [sorted(w for w, n in Counter(ws).items() if n > 1) for _, ws in _literal_lists(tree)]
    assert sorted(d for d in found if d) == [["a"], ["mr"], ["x"]]


def test_a_first_name_has_one_sex() -> None:
    from quotecheck.extract.lexicon.names import _FEMALE_FIRST, _MALE_FIRST

    assert not set(_FEMALE_FIRST) & set(_MALE_FIRST)
    assert len(_FEMALE_FIRST) == len(set(_FEMALE_FIRST))
    assert len(_MALE_FIRST) == len(set(_MALE_FIRST))


def test_every_public_name_is_exported() -> None:
    for module in LEXICON.glob("[!_]*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else (
                node.targets[0] if isinstance(node, ast.Assign) else None
            )
            if isinstance(target, ast.Name) and not target.id.startswith("_"):
                assert target.id in lexicon.__all__, f"{module.name}: {target.id} not re-exported"
                assert hasattr(lexicon, target.id)


def test_name_honorifics_are_honorifics() -> None:
    assert set(NAME_HONORIFICS) <= set(HONORIFICS)


def test_calendar_numbers() -> None:
    assert MONTH_NUMBERS["january"] == 1
    assert MONTH_NUMBERS["sept"] == MONTH_NUMBERS["sep"] == MONTH_NUMBERS["september"] == 9
    assert MONTH_NUMBERS["may"] == 5
    assert "janu" not in MONTH_NUMBERS
    assert len(MONTH_NUMBERS) == len(MONTHS) + len(MONTH_ABBREVIATIONS)
    assert all(any(day.startswith(short) for day in WEEKDAYS) for short in WEEKDAY_ABBREVIATIONS)


def test_alternation_escapes_and_capitalises() -> None:
    assert alternation(("mr", "truth social", "a.b", "op-ed", "x|y")) == r"mr|truth social|a\.b|op-ed|x\|y"
    assert alternation(("press conference",), spaces=True) == r"press\s+conference"
    for word in ("a.b", "op-ed", "x|y", "(c)", "a\\b", "a{2}", "[x]", "q?", "#x", "^$"):
        assert re.fullmatch(alternation((word,)), word), word
    assert alternation(("mr", "dr"), capitalise=True) == "Mr|Dr"
    assert re.fullmatch(alternation(("a.b",)), "axb") is None


# Regexes built from the lists: each list's every word is matched where it should be.


def test_venue_regexes_are_built_from_the_lists() -> None:
    from quotecheck.extract import venues

    for word in (*MEDIA_NAMES, *PLATFORMS):
        assert venues._MEDIA.fullmatch(word), word
    for word in PLATFORMS:
        assert venues._PLATFORM.fullmatch(f"on {word}"), word
    for word in AUDIENCE_PEOPLE:
        assert venues._PEOPLE.fullmatch(word), word
    for word in (*WEEKDAYS, *MONTHS):
        assert venues._BARE_WHEN.fullmatch(word.capitalize()), word
    for word in NAME_HONORIFICS:
        assert re.fullmatch(venues._HONORIFIC, word.capitalize()), word
    for word in OCCASIONS:
        m = venues._EVENT.search(f"She spoke at a {word}.")
        assert m and m.group("v") == word, word
        assert word.split()[-1] in venues.VENUE_TRIGGERS, word
    for word in OUTLET_NOUNS:
        m = venues._ANAPHOR.search(f"She told the {word} it was over.")
        assert m and m.group("v") == f"the {word}", word


def test_ingest_regexes_are_built_from_the_lists() -> None:
    from quotecheck.ingest import article, dates, outlet, transcripts

    for word in MONTH_NUMBERS:
        assert article._BARE_DATE.fullmatch(f"3 {word.capitalize()} 2024"), word
        assert dates.month_number(word) == MONTH_NUMBERS[word]
    for word in (*WEEKDAYS, *WEEKDAY_ABBREVIATIONS):
        assert article._BARE_DATE.fullmatch(f"{word.capitalize()}, 3 May 2024"), word
    for particle in SURNAME_PARTICLES:
        assert outlet._BYLINE.match(f"By Ana {particle} Souza, Reuters"), particle
        assert re.fullmatch(transcripts._NAME, f"Ana {particle} Souza"), particle


def test_camel_case_prefixes_are_built_from_the_list() -> None:
    from quotecheck.extract import mentions

    for prefix in CAMEL_NAME_PREFIXES:
        assert not mentions._CAMEL_BODY.fullmatch(prefix + "Carthy"), prefix
    assert mentions._CAMEL_BODY.fullmatch("BlackRock")


_CALENDAR = {w.lower() for w in (*WEEKDAYS, *MONTHS)}
_HONORIFIC_WORDS = {w.lower() for w in NAME_HONORIFICS}
_PARTICLES = set(SURNAME_PARTICLES)


def _retyped(text: str, words: set[str]) -> list[str]:
    """Words of ``words`` written as alternatives of a regex ("Monday|Tuesday") in ``text``."""
    parts = [p.lower() for p in re.split(r"[|()?:]+", text)]
    hits = [p for p in parts if p in words]
    return hits if len(hits) >= 2 and "|" in text else []


@pytest.mark.parametrize(
    "words", [_CALENDAR, _HONORIFIC_WORDS, _PARTICLES], ids=["calendar", "honorifics", "particles"]
)
def test_no_regex_outside_the_lexicon_retypes_a_list(words: set[str]) -> None:
    """Month and day names, honorifics and surname particles are written once, in the lexicon."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if LEXICON in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                hits = _retyped(node.value, words)
                if hits:
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {hits}")
    assert not offenders


def test_the_retyping_check_finds_a_retyped_list() -> None:
    assert _retyped(r"(?:Mon|Monday|Tuesday)\b", _CALENDAR) == ["monday", "tuesday"]
    assert _retyped(r"(?:Sir|Mr|Mrs)\s+", _HONORIFIC_WORDS) == ["sir", "mr", "mrs"]
    assert _retyped("Monday and Tuesday", _CALENDAR) == []
