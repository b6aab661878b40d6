"""How the lexicon's lists become regular expressions: one alternation per list, in the list's order."""

from __future__ import annotations

from collections.abc import Iterable


def alternation(words: Iterable[str], *, capitalise: bool = False, spaces: bool = False) -> str:
    """A regex alternation of ``words`` in their order, each escaped ("Monday|Tuesday|..."); with
    ``capitalise`` each word gets a capital first letter ("mr" -> "Mr"); with ``spaces`` the words of a
    phrase may be parted by any run of white space ("press conference" -> "press\\s+conference")."""
    if capitalise:
        words = [w[:1].upper() + w[1:] for w in words]
    if spaces:
        return "|".join(r"\s+".join(_escape(part) for part in w.split()) for w in words)
    return "|".join(_escape(w) for w in words)


_SPECIAL = frozenset(".^$*+?{}[]\\|()#")


def _escape(word: str) -> str:
    """``re.escape`` for a word or phrase, leaving spaces and hyphens alone (they are literal outside a
    character class), so the patterns stay as short as hand-written ones."""
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in word)
