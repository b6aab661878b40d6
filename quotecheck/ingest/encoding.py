"""Bytes -> text: every offset counts characters of the text decoded here, so decoding must be predictable.

Strict UTF-8 first (almost every file, and fast); a BOM decides UTF-8/16/32; NUL bytes mean UTF-16
without a BOM or a binary file; anything else goes to charset-normalizer, imported only then.
"""

from __future__ import annotations

import codecs
import re

from quotecheck.errors import InputError

__all__ = ["decode_bytes"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Controls that text does not use (tab, newlines, form feeds and DOS end-of-file aside).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1c-\x1f\x7f]")
# Single-byte encodings charset-normalizer often picks for Western text where cp1252 reads the same
# bytes just as cleanly (it prefers cp1250 for curly quotes, which turns "£" into "Ł").
_PREFER_CP1252 = "cp1252"


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text, returning (text, encoding name); raise InputError when it is not text.

    ``declared`` is an encoding the source announced (HTTP header, HTML meta): tried after a BOM and
    before guessing, because declarations are often wrong but guesses are worse.
    """
    if not data.strip():
        raise InputError(path, "empty file")
    text, encoding = _decode(data, path, declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(path, "empty file")
    return text, encoding


def _decode(data: bytes, path: str, declared: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name.removesuffix("-sig")), name.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise InputError(path, f"cannot decode text (BOM says {name}: {exc.reason})") from exc
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, path)
    if declared:
        decoded = _try_declared(data, declared)
        if decoded is not None:
            return decoded
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_damaged_utf8(data, path, exc)
        return _detect(data, path)
    if _looks_binary(text):
        raise InputError(path, "binary file (not text)")
    return text, "utf-8"


def _refuse_damaged_utf8(data: bytes, path: str, error: UnicodeDecodeError) -> None:
    """UTF-8 with a few bad bytes (a truncated copy, two files pasted together) is damaged UTF-8, not a
    legacy encoding: guessing cp1252 would turn every curly quote into mojibake and lose every quote.
    So when the valid multi-byte characters outnumber the bad bytes, refuse and say where the damage is.
    """
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(escaped) - len(escaped.encode("utf-8", "ignore").decode("utf-8"))  # the escapes: lone surrogates
    multibyte = len(escaped) - len(escaped.encode("ascii", "ignore")) - bad
    if multibyte == 0 or multibyte < bad:
        return
    before = data[: error.start]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
    raise InputError(
        path, f"invalid UTF-8 at column {column} (byte 0x{data[error.start]:02x}); save the file as UTF-8", line=line
    )


def _try_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    try:
        info = codecs.lookup(declared.strip().strip("\"'"))
    except (LookupError, ValueError):  # ValueError: a name with a NUL in it
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # rot13, base64, zlib...: codecs that are not text encodings are not charsets
    name = info.name
    if name in {"latin-1", "iso8859-1", "ascii"}:
        name = "cp1252"  # what browsers do: the declaration means Windows-1252 in practice
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        return None


def _decode_utf16_without_bom(data: bytes, path: str) -> tuple[str, str]:
    """UTF-16 text of mostly Latin script has a NUL in every other byte; anything else with NULs is binary."""
    if len(data) % 2 == 0:
        pairs = len(data) // 2
        odd_nuls = data[1::2].count(0)
        even_nuls = data[0::2].count(0)
        for name, text_nuls, other_nuls in (
            ("utf-16-le", odd_nuls, even_nuls),
            ("utf-16-be", even_nuls, odd_nuls),
        ):
            if text_nuls >= pairs * 0.3 and other_nuls <= pairs * 0.05:
                try:
                    text = data.decode(name)
                except UnicodeDecodeError:
                    continue
                if not _looks_binary(text):
                    return text, name
    raise InputError(path, "binary file (not text)")


def _looks_binary(text: str) -> bool:
    """More than 1% control characters: a stray one in a scraped page is not enough to refuse it."""
    found = _CONTROLS.findall(text)
    return bool(found) and len(found) * 100 >= len(text)


def _detect(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(path, "cannot decode text (tried utf-8, utf-16, charset detection)")
    chosen = best
    for match in matches:
        if match.chaos <= best.chaos + 0.01 and _PREFER_CP1252 in match.could_be_from_charset:
            chosen = match
            break
    name = _PREFER_CP1252 if _PREFER_CP1252 in chosen.could_be_from_charset else str(chosen.encoding)
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(path, "cannot decode text (tried utf-8, utf-16, charset detection)") from exc
    if _looks_binary(text):
        raise InputError(path, "binary file (not text)")
    return text, codecs.lookup(name).name
