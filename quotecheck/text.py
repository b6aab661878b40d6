"""Text helpers shared by every stage: quote-mark folding and terminal-safe display."""

from __future__ import annotations

import re

_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
    "‘": "'", "’": "'", "‛": "'", "‹": "'", "›": "'",
    "–": "-", "—": "-", "\u00a0": " ", "…": "...",
})
# C0/C1 controls (tab and newline excepted), DEL, and bidi overrides that can disguise text.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def fold_typography(text: str) -> str:
    """Straight marks, plain dashes and spaces: what a reader does not count as a change."""
    return text.translate(_FOLD)


def safe_for_terminal(text: str) -> str:
    """Show control characters and escape sequences as visible escapes, never raw."""
    return _UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                       else f"\\u{ord(m.group()):04x}", text)


def one_line(text: str, width: int | None = None) -> str:
    """Collapse whitespace; cut to ``width`` characters with an ellipsis."""
    flat = " ".join(safe_for_terminal(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(0, width - 1)] + "…"
    return flat
