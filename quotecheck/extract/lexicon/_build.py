"""How the lexicon's lists become regular expressions: one alternation per list, in the list's order."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, capitalise: bool = False) -> str:
    """A regex alternation of ``words`` in their order, each escaped ("Monday|Tuesday|..."); with
    ``capitalise`` each word gets a capital first letter ("mr" -> "Mr")."""
    return "|".join(re.escape(w[:1].upper() + w[1:] if capitalise else w) for w in words)
