"""How the lexicon's lists become regular expressions: one alternation per list, in the list's order."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, capitalise: bool = False, spaces: bool = False) -> str:
    """A regex alternation of ``words`` in their order, each escaped ("Monday|Tuesday|..."); with
    ``capitalise`` each word gets a capital first letter ("mr" -> "Mr"); with ``spaces`` the words of a
    phrase may be parted by any run of white space ("press conference" -> "press\\s+conference")."""
    if capitalise:
        words = [w[:1].upper() + w[1:] for w in words]
    if spaces:
        return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)
    return "|".join(re.escape(w) for w in words)
