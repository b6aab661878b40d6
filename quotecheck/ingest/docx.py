"""Word drafts (``.docx``) -> Article, through python-docx (imported only when a .docx is read).

The text is the document's paragraphs, then its tables' paragraphs, one paragraph per block with a
blank line between, so offsets, lines and columns point into that text (as for HTML, where they
point into the extracted article). A first paragraph styled Title or Heading is the headline.

A .docx is a zip archive: anything that is not one, has no ``word/document.xml``, or would unpack to
more than ``MAX_UNPACKED`` bytes or at a ratio above ``MAX_RATIO`` (a decompression bomb) is refused
with an InputError before python-docx sees it. zipfile never inflates a member past its declared
size, so checking the declared sizes is enough.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from quotecheck.errors import InputError
from quotecheck.models import Article

__all__ = ["MAX_MEMBERS", "MAX_RATIO", "MAX_UNPACKED", "read_docx", "read_docx_bytes"]

MAX_UNPACKED = 200 * 1024 * 1024
"""Most bytes a .docx may unpack to."""
MAX_RATIO = 200
"""Highest compression ratio of a member larger than 1 MB unpacked."""
MAX_MEMBERS = 10_000
"""Most files a .docx may hold."""


def _check_archive(data: bytes, path: str) -> None:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(path, "not a Word .docx file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(path, f"not a readable .docx ({exc})") from exc
    if len(members) > MAX_MEMBERS:
        raise InputError(path, f"refused: the .docx holds {len(members)} files (limit {MAX_MEMBERS})")
    if not any(m.filename == "word/document.xml" for m in members):
        raise InputError(path, "not a Word document (no word/document.xml in the archive)")
    total = 0
    for member in members:
        total += member.file_size
        if total > MAX_UNPACKED:
            raise InputError(path, f"refused: the .docx would unpack to over {MAX_UNPACKED // (1024 * 1024)} MB")
        if member.file_size > 1024 * 1024 and member.file_size > MAX_RATIO * max(1, member.compress_size):
            ratio = member.file_size // max(1, member.compress_size)
            raise InputError(path, f"refused: {member.filename} is compressed {ratio}:1 (a decompression bomb?)")
    packed = sum(m.compress_size for m in members)
    if total > 1024 * 1024 and total > MAX_RATIO * max(1, packed):  # many parts, each under the size above
        ratio = total // max(1, packed)
        raise InputError(path, f"refused: the .docx is compressed {ratio}:1 as a whole (a decompression bomb?)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for member in members:  # sizes and ratios are checked above: reading the XML parts is bounded
                if member.filename.endswith(".xml") and b"<!DOCTYPE" in archive.read(member):
                    raise InputError(path, f"refused: {member.filename} declares a DTD (Word never writes one; "
                                           "its entities would be dropped from the text)")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(path, f"not a readable .docx ({exc})") from exc


def _texts(document: Any) -> tuple[list[str], str | None]:
    texts: list[str] = []
    headline: str | None = None
    for para in document.paragraphs:
        text = " ".join(para.text.split())
        if not text:
            continue
        style = (getattr(para.style, "name", "") or "").lower()
        if not texts and style.startswith(("title", "heading")):
            headline = text
        texts.append(text)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for para in cell.paragraphs:
                    text = " ".join(para.text.split())
                    if text and (not texts or texts[-1] != text):
                        texts.append(text)
    return texts, headline


def read_docx_bytes(data: bytes, path: str) -> Article:
    """The article in a .docx given as bytes."""
    _check_archive(data, path)
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a dependency
        raise InputError(path, "reading .docx needs python-docx (pip install python-docx)") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on a damaged file
        raise InputError(path, f"not a readable Word document ({type(exc).__name__}: {exc})") from exc
    texts, headline = _texts(document)
    if not texts:
        raise InputError(path, "the Word document has no text")
    from quotecheck.ingest.article import article_from_text

    return article_from_text("\n\n".join(texts) + "\n", path, source_format="docx", headline=headline)


def read_docx(path: str) -> Article:
    """The article in the Word file at ``path``."""
    from quotecheck.ingest.files import read_file_bytes

    return read_docx_bytes(read_file_bytes(path), path)
