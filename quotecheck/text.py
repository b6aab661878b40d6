"""Text helpers shared by every stage: quote-mark folding and terminal-safe display."""

from __future__ import annotations

import json
import os
import re

_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
    "‘": "'", "’": "'", "‛": "'", "‹": "'", "›": "'",
    "–": "-", "—": "-", "\u00a0": " ", "…": "...",
})
# C0/C1 controls (tab and newline excepted), DEL, bidi embeddings, overrides and isolates that can reorder
# what a reader sees, and invisible characters that can hide a difference (zero-width space, word joiner,
# invisible operators, deprecated format characters, a BOM inside the text). Joiners (U+200C, U+200D) and
# the bidi marks (U+200E, U+200F, U+061C) are left alone: Persian, Indic scripts, emoji and right-to-left
# text need them, and they cannot move text around.
# Lone surrogates too: the bytes of a file name that is not UTF-8 (0x9B, the 8-bit CSI, arrives as U+DC9B).
# And characters that show as nothing at all: the soft hyphen, Hangul fillers, the Mongolian vowel
# separator, line and paragraph separators, interlinear annotation marks, tag characters (U+E0000-E007F).
_INVISIBLE = r"\u00ad\u115f\u1160\u180e\u2028\u2029\u3164\uffa0\ufff9-\ufffb\U000e0000-\U000e007f"
_UNSAFE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff" + _INVISIBLE + "]"
)
# What ``safe_json`` writes as ``\uXXXX``: the above (JSON itself escapes C0), and the line and paragraph
# separators that some JSON readers and terminals treat as line breaks.
_JSON_UNSAFE = re.compile(
    r"[\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff" + _INVISIBLE + "]"
)


_NAME_UNSAFE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ud800-\udfff" + _INVISIBLE + "]"
)


def fold_typography(text: str) -> str:
    """Straight marks, plain dashes and spaces: what a reader does not count as a change."""
    return text.translate(_FOLD)


def _shown(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _json_escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON has no escape past U+FFFF: a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def safe_for_terminal(text: str) -> str:
    """Show control characters and escape sequences as visible escapes, never raw."""
    return _UNSAFE.sub(_shown, text)


def safe_path(path: str) -> str:
    r"""A file name as a line of output may show it: every control character escaped (newline and tab
    too: a name holding ``\n::error`` must not start a line of its own), lone surrogates (bytes of a
    name that is not UTF-8) as ``\udcXX``, and a leading ``:`` behind ``./`` so that no line naming the
    file starts with ``::`` (a GitHub workflow command)."""
    shown = _NAME_UNSAFE.sub(_shown, path)
    return "./" + shown if shown.startswith(":") else shown


def safe_json(payload: object, *, indent: int | None = None) -> str:
    """``json.dumps`` whose bytes are safe on a terminal and whose values are the text exactly.

    JSON is data: strings keep every character, so offsets stay right. C0 controls are escaped by JSON
    itself; C1 controls, DEL, bidi controls and invisible characters are written as ``\\uXXXX`` escapes
    too, which decode to the same string, so a JSON report piped to a terminal cannot drive it.
    """
    text = json.dumps(payload, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(_json_escape, text)


def one_line(text: str, width: int | None = None) -> str:
    """Collapse whitespace; cut to ``width`` characters with an ellipsis."""
    flat = " ".join(safe_for_terminal(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(0, width - 1)] + "…"
    return flat


def file_title(path: str) -> str:
    """A readable name for an article whose outlet is unknown: its file name without the folder or the
    extension, hyphens and underscores as spaces ("news/bbc-labour-small-boats.txt" -> "bbc labour small
    boats"); the file name itself when nothing readable is left."""
    base = os.path.basename(path.rstrip("/\\")) or path
    stem, ext = os.path.splitext(base)
    if not ext or not stem:
        stem = base
    title = " ".join(re.sub(r"[-_]+", " ", stem).split())
    return title or base
