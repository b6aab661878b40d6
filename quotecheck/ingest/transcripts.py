"""Interview transcripts -> an Article and one quote per stretch of each speaker's words.

    read_transcript_file(path) -> ArticleQuotes
    transcript_from_text(raw, path, fmt=None) -> ArticleQuotes      fmt: "text", "vtt", "srt" or None (sniff)
    looks_like_transcript(text) -> bool

A transcript is the primary source a reporter checks quotes against, so every word a speaker says is
a quote credited to that speaker, quote marks or not. Three shapes are read:

* plain text with speaker labels: ``COOPER: We have seen...``, ``Yvette Cooper (00:01:12): ...``,
  ``[00:01:12] Yvette Cooper: ...``, or a label line ``Yvette Cooper  1:12`` (Otter) followed by the
  words; a line with no label goes on the last speaker's turn;
* WebVTT with voice spans (``<v Yvette Cooper>...``) or labels in the cue text;
* SRT with labels in the cue text (``COOPER: ...``, ``[Yvette Cooper] ...``).

A few ``key: value`` lines at the top (``venue:``, ``programme:``, ``title:``, ``date:``; in WebVTT
a ``NOTE`` block) name the programme: it becomes every quote's venue. Offsets point into the file's
text exactly as read. The cues of one turn share a group id, like the paragraphs of one quotation, so
a quote that runs across cues is one remark; a turn interrupted by someone else is two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from quotecheck.errors import InputError
from quotecheck.extract.lexicon import SURNAME_PARTICLES, alternation
from quotecheck.models import (
    Article,
    ArticleQuotes,
    ChainStep,
    CreditTrace,
    DateSource,
    Paragraph,
    Quote,
    QuoteKind,
    Span,
    Speaker,
)

__all__ = ["looks_like_transcript", "read_transcript_file", "transcript_from_text"]

_TS = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
_NAME = rf"(?:[A-Z][A-Za-z0-9.'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z0-9.'’\-]*|{alternation(SURNAME_PARTICLES)})){{0,4}})"
_LABEL = re.compile(
    rf"(?P<pre>[ \t]*(?:[\[(]?(?P<ts1>{_TS})[\])]?[ \t]+)?)"
    rf"(?:\[(?P<bracketed>{_NAME})\]|(?P<label>{_NAME}))"
    rf"(?:[ \t]*[\[(](?P<ts2>{_TS})[\])])?[ \t]*(?P<colon>:)?[ \t]*"
)
_OTTER = re.compile(rf"[ \t]*(?P<label>{_NAME})[ \t]+(?P<ts>{_TS})[ \t]*$")
_HEADER_KEYS = {
    "venue": "venue",
    "programme": "venue",
    "program": "venue",
    "show": "venue",
    "outlet": "venue",
    "station": "venue",
    "channel": "venue",
    "source": "venue",
    "publication": "venue",
    "title": "title",
    "headline": "title",
    "date": "date",
    "published": "date",
    "recorded": "date",
    "url": "url",
}
# The value is greedy and stripped after: a lazy one before trailing blanks costs a long line its length squared.
_HEADER_LINE = re.compile(r"(?P<key>[A-Za-z][A-Za-z ]{0,20}?)[ \t]*:[ \t]*(?P<value>.*)")
_NOT_LABELS = frozenset(
    "read more|latest|latest developments|update|updated|watch|photo|picture|note|editor's note|breaking|live|"
    "related|see also|advertisement|source|sources|warning|caption|credit|image|video|listen|subscribe|"
    "kind|language|style|region|webvtt".split("|")
)
_TAG = re.compile(r"<[^>\n]*>")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^>\n]+)>")
_TIMING = re.compile(rf"[ \t]*{_TS}[ \t]*-->[ \t]*{_TS}.*")
_WORD = re.compile(r"[^\W_]", re.UNICODE)


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    speaker: str | None
    label: tuple[int, int] | None
    new_turn: bool


@dataclass(slots=True)
class _Header:
    fields: dict[str, str] = field(default_factory=dict)
    end: int = 0


def _canonical(label: str) -> str:
    """``YVETTE COOPER`` -> ``Yvette Cooper``; names in mixed case stay as written."""
    label = " ".join(label.split()).strip(" .:-")
    if label.isupper() and any(ch.isalpha() for ch in label):
        return " ".join(w[:1] + w[1:].lower() if len(w) > 1 else w for w in label.split())
    return label


def _valid_label(name: str) -> bool:
    low = " ".join(name.lower().split())
    return bool(low) and low not in _NOT_LABELS and len(name) <= 60


def _parse_header(raw: str, start: int = 0) -> _Header:
    """Known ``key: value`` lines at the top, ended by a blank line; nothing when any line is not one."""
    header = _Header(end=start)
    pos = start
    found: dict[str, str] = {}
    while pos < len(raw):
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        line = raw[pos:end]
        if not line.strip():
            if found:
                header.fields, header.end = found, end + 1 if nl >= 0 else end
            return header
        m = _HEADER_LINE.fullmatch(line)
        key = m.group("key").strip().lower() if m else ""
        if not m or key not in _HEADER_KEYS:
            return header
        found.setdefault(_HEADER_KEYS[key], m.group("value").rstrip(" \t\r"))
        pos = end + 1
    return header


def _label_at(raw: str, pos: int, end: int) -> tuple[str, int, int, int] | None:
    """(name, label start, label end, text start) of a speaker label opening ``raw[pos:end]``: a name
    followed by a colon (a timestamp may stand between), or a name in square brackets."""
    m = _LABEL.match(raw, pos, end)
    if m is None or not (m.group("colon") or m.group("bracketed")):
        return None
    name_group = "bracketed" if m.group("bracketed") else "label"
    name = m.group(name_group)
    if not _valid_label(name):
        return None
    return name, m.start(name_group), m.end(name_group), m.end()


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    opens_paragraph: bool
    """First line of a paragraph (after a blank line, or after a line that ends a sentence when the
    text has no blank lines)."""
    label: tuple[str, int, int, int] | None = None
    """(name, label start, label end, text start) when the line opens a turn."""


_SENTENCE_END = re.compile(r"[.!?…\"'”’)\]][ \t]*$")
TITLE_MAX = 160
"""Longest single-line first paragraph that, labelled by a name never used again, is a title."""
MIN_TURN_SHARE = 3
"""A transcript's paragraphs from its first turn on: at least one in this many opens a turn."""


def _line_label(raw: str, a: int, b: int) -> tuple[str, int, int, int] | None:
    """The turn a line opens: ``NAME: text``, ``[NAME] text``, a label line ``Name  1:12`` (Otter, Teams),
    ``[Name] 10:01:12`` (Zoom) or ``NAME:`` alone; the text start is ``b`` when the words follow on the
    next line."""
    otter = _OTTER.fullmatch(raw, a, b)
    if otter is not None and _valid_label(otter.group("label")):
        return otter.group("label"), otter.start("label"), otter.end("label"), b
    found = _label_at(raw, a, b)
    if found is None:
        return None
    name, la, lb, text_start = found
    if re.fullmatch(rf"[ \t]*[\[(]?{_TS}[\])]?[ \t]*", raw[text_start:b]):
        text_start = b  # a label line with a timestamp after it: the words follow
    return name, la, lb, text_start


def _lines(raw: str, start: int) -> list[_Line]:
    """The text lines of ``raw[start:]``, each with whether it opens a paragraph and the turn it opens.

    With blank lines between paragraphs, only a paragraph's first line can open a turn (a hard-wrapped
    line that happens to start ``Britain: ...`` does not)."""
    spans = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n]+", raw[start:])]
    spans = [(a, b) for a, b in spans if raw[a:b].strip()]
    labels = [_line_label(raw, a, b) for a, b in spans]
    first = next((k for k, found in enumerate(labels) if found is not None), len(spans))
    # blank lines between paragraphs after the first labelled line's own (which may be a title's)
    blank_separated = any(raw.count("\n", spans[k - 1][1], spans[k][0]) >= 2 for k in range(first + 2, len(spans)))
    out: list[_Line] = []
    prev_end: int | None = None
    for a, b in spans:
        if prev_end is None:
            opens = True
        elif blank_separated:
            opens = raw.count("\n", prev_end, a) >= 2
        else:
            opens = True
        out.append(_Line(a, b, opens))
        prev_end = b
    for line, found in zip(out, labels, strict=True):
        if line.opens_paragraph or not blank_separated:
            line.label = found
    if not blank_separated:
        # one paragraph per line, or hard-wrapped with no blank lines: a line opens a paragraph when the
        # one before it ends a sentence
        for k in range(1, len(out)):
            before = out[k - 1]
            out[k].opens_paragraph = bool(_SENTENCE_END.search(raw, before.start, before.end)) or (
                out[k].label is not None
            )
    _drop_title(raw, out)
    return out


def _drop_title(raw: str, lines: list[_Line]) -> None:
    """A one-line first paragraph whose label is used nowhere else (``Interview: Yvette Cooper``) is a
    title, not a turn, when two turns follow."""
    turns = [line for line in lines if line.label is not None]
    if len(turns) < 3 or turns[0] is not lines[0]:
        return
    first = lines[0]
    one_line = len(lines) == 1 or lines[1].opens_paragraph
    name = _canonical(turns[0].label[0]) if turns[0].label else ""
    if one_line and first.end - first.start <= TITLE_MAX and all(
        _canonical(t.label[0]) != name for t in turns[1:] if t.label
    ):
        first.label = None


def looks_like_transcript(text: str) -> bool:
    """Speaker turns by paragraph: at least two paragraphs open with a speaker label (one name used
    twice, or two names), and from the first turn on, one paragraph in ``MIN_TURN_SHARE`` opens a turn; a
    title or header block may come before the first turn. A WebVTT file always is one."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    header = _parse_header(text)
    lines = _lines(text, header.end)
    first = next((k for k, line in enumerate(lines) if line.label is not None), None)
    if first is None:
        return False
    before = lines[:first]
    if sum(1 for line in before if line.opens_paragraph) > 4 or sum(b.end - b.start for b in before) > 800:
        return False  # too much text before the first turn for a title or header block
    paragraphs = [line for line in lines[first:] if line.opens_paragraph]
    turns = [line for line in paragraphs if line.label is not None]
    names = [_canonical(t.label[0]) for t in turns if t.label]
    if len(turns) < 2 or (len(set(names)) < 2 and len(names) < 3):
        return False
    return len(turns) * MIN_TURN_SHARE >= len(paragraphs)


def _plain_pieces(raw: str, start: int) -> list[_Piece]:
    """One piece per line of words; a line with no label goes on the last speaker's turn. Lines before
    the first turn (a title, a header block) are no one's words when the text has turns at all."""
    pieces: list[_Piece] = []
    speaker: str | None = None
    label: tuple[int, int] | None = None
    pending_turn = False
    lines = _lines(raw, start)
    seen_turn = not any(line.label is not None for line in lines)
    for line in lines:
        a, b = line.start, line.end
        new_turn = pending_turn
        text_start = a
        if line.label is not None:
            name, la, lb, text_start = line.label
            speaker, label, new_turn, seen_turn = _canonical(name), (la, lb), True, True
        if not seen_turn:
            continue
        pending_turn = new_turn and text_start >= b  # a label line: its turn's words follow
        while b > text_start and raw[b - 1].isspace():
            b -= 1
        if text_start < b and _WORD.search(raw, text_start, b):
            pieces.append(_Piece(text_start, b, speaker, label, new_turn or not pieces))
            pending_turn = False
    return pieces


def _cue_blocks(raw: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the payload lines of every cue (the lines after a timing line).

    A cue is a run of lines with text; found line by line (a pattern for "a line with a non-blank" tried
    at every offset of a long blank line costs its length squared).
    """
    blocks: list[tuple[int, int]] = []
    lines: list[tuple[int, int]] = []  # the current run of lines with text

    def close_run() -> None:
        for k, (a, b) in enumerate(lines):
            if _TIMING.fullmatch(raw, a, b):
                if k + 1 < len(lines):
                    blocks.append((lines[k + 1][0], lines[-1][1]))
                break
        lines.clear()

    pos = start
    while True:
        nl = raw.find("\n", pos)
        end = len(raw) if nl < 0 else nl
        if raw[pos:end].strip():
            lines.append((pos, end))
        else:
            close_run()
        if nl < 0:
            break
        pos = nl + 1
    close_run()
    return blocks


def _tags(raw: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_TAG`` matches in one line, searched only up to its last ``>``: a ``<`` with no ``>`` after it
    would otherwise scan to the end of the line, for each ``<`` of a long run."""
    last = raw.rfind(">", start, end)
    return _TAG.finditer(raw, start, last + 1) if last >= 0 else iter(())


def _cue_pieces(raw: str, start: int) -> list[_Piece]:
    pieces: list[_Piece] = []
    speaker: str | None = None
    label: tuple[int, int] | None = None
    for a, b in _cue_blocks(raw, start):
        for line in re.finditer(r"[^\n]+", raw[a:b]):
            la, lb = line.start() + a, line.end() + a
            new_turn = False
            last = raw.rfind(">", la, lb)  # as in ``_tags``: no scan past the last ``>``, once per "<v "
            voice = _VOICE.search(raw, la, last + 1) if last >= 0 else None
            pos = la
            if voice is not None:
                name = _canonical(voice.group("name"))
                new_turn = name != speaker
                speaker, label, pos = name, (voice.start("name"), voice.end("name")), voice.end()
            else:
                text = raw[la:lb]
                dash = re.match(r"[ \t]*-[ \t]+", text)
                if dash:
                    pos = la + dash.end()
                found = _label_at(raw, pos, lb)
                if found is not None:
                    name, s, e, pos = found
                    new_turn = _canonical(name) != speaker
                    speaker, label = _canonical(name), (s, e)
                elif dash:
                    speaker, label, new_turn = None, None, True
            # the words between tags, each run a piece of the same turn
            cursor = pos
            for tag in [*_tags(raw, pos, lb), None]:
                stop = tag.start() if tag is not None else lb
                seg_a, seg_b = cursor, stop
                while seg_a < seg_b and raw[seg_a].isspace():
                    seg_a += 1
                while seg_b > seg_a and raw[seg_b - 1].isspace():
                    seg_b -= 1
                if seg_a < seg_b and _WORD.search(raw, seg_a, seg_b):
                    pieces.append(_Piece(seg_a, seg_b, speaker, label, new_turn or not pieces))
                    new_turn = False
                if tag is not None:
                    cursor = tag.end()
    return pieces


def _vtt_header(raw: str) -> tuple[_Header, int]:
    """Fields from ``NOTE key: value`` lines before the first cue, and where the cues start."""
    header = _Header()
    first_line_end = raw.find("\n")
    start = len(raw) if first_line_end < 0 else first_line_end + 1
    for m in re.finditer(r"^NOTE\b(?P<body>[^\n]*(?:\n[^\n]*\S[^\n]*)*)", raw, re.MULTILINE):
        for line in m.group("body").splitlines():
            hm = _HEADER_LINE.fullmatch(line.strip())
            if hm and hm.group("key").strip().lower() in _HEADER_KEYS:
                header.fields.setdefault(_HEADER_KEYS[hm.group("key").strip().lower()], hm.group("value"))
    for line in raw[:start].splitlines()[:1]:
        title = line.removeprefix("\ufeff").removeprefix("WEBVTT").strip(" -\t")
        if title:
            header.fields.setdefault("title", title)
    return header, start


def _sniff(raw: str, path: str) -> str:
    suffix = PurePath(path).suffix.lower()
    if suffix == ".vtt" or raw.lstrip("\ufeff").startswith("WEBVTT"):
        return "vtt"
    if suffix == ".srt" or re.match(rf"\s*\d+\s*\n{_TS}\s*-->", raw):
        return "srt"
    return "text"


def transcript_from_text(raw: str, path: str = "<transcript>", fmt: str | None = None) -> ArticleQuotes:
    """The transcript in ``raw`` as an article whose quotes are the speakers' words."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    fmt = fmt or _sniff(raw, path)
    if fmt == "vtt":
        if not raw.startswith("WEBVTT"):
            raise InputError(path, "not a WebVTT file (it must start with WEBVTT)")
        header, body = _vtt_header(raw)
        pieces = _cue_pieces(raw, body)
    elif fmt == "srt":
        header = _parse_header(raw)
        body = header.end
        pieces = _cue_pieces(raw, body)
    else:
        header = _parse_header(raw)
        body = header.end
        pieces = _plain_pieces(raw, body)
    if not pieces:
        raise InputError(path, "no speaker's words found in the transcript")
    venue = header.fields.get("venue")
    published = _iso_date(header.fields.get("date"))
    paragraphs = tuple(Paragraph(span=Span(start=p.start, end=p.end)) for p in pieces)
    article = Article(
        path=path,
        raw=raw,
        source_format=f"transcript-{fmt}",
        outlet=venue,
        outlet_source="header" if venue else None,
        headline=header.fields.get("title"),
        url=header.fields.get("url"),
        published=published,
        date_source=DateSource.HEADER if published else DateSource.NONE,
        body_start=body,
        paragraphs=paragraphs,
    )
    quotes: list[Quote] = []
    aliases: dict[str, set[str]] = {}
    group: str | None = None
    last_label: ChainStep | None = None
    for index, piece in enumerate(pieces):
        qid = f"{path}#{piece.start}"
        if piece.new_turn or group is None:
            group = qid
        mention = raw[piece.label[0] : piece.label[1]] if piece.label else None
        if piece.speaker:
            aliases.setdefault(piece.speaker, set()).add(mention or piece.speaker)
        if piece.label and mention is not None and group == qid:
            last_label = ChainStep(text=mention, start=piece.label[0], end=piece.label[1], paragraph=index, how="label")
        quotes.append(
            Quote(
                id=qid,
                file=path,
                span=Span(start=piece.start, end=piece.end),
                text=raw[piece.start : piece.end],
                kind=QuoteKind.FULL,
                paragraph=index,
                closed=True,
                group=group,
                speaker=piece.speaker,
                mention=mention,
                mention_span=Span(start=piece.label[0], end=piece.label[1]) if piece.label else None,
                cue=":" if piece.label else None,
                venue=venue,
                rule=_rule(piece, group == qid),
                credit=_trace(piece, group == qid, mention, last_label),
            )
        )
    speakers = tuple(
        Speaker(name=name, aliases=tuple(sorted(a for a in names if a != name)))
        for name, names in sorted(aliases.items())
    )
    return ArticleQuotes(article=article, quotes=tuple(quotes), speakers=speakers)


def _rule(piece: _Piece, opens_turn: bool) -> str | None:
    """The credit rule of a transcript paragraph (``quotecheck.extract.attribution.TRANSCRIPT_RULES``)."""
    if not piece.speaker:
        return None
    return "transcript-label" if opens_turn and piece.label else "transcript-turn"


def _trace(piece: _Piece, opens_turn: bool, mention: str | None, label: ChainStep | None) -> CreditTrace | None:
    """The credit trace of a transcript paragraph: the label of its turn (its own, when it opens the turn)."""
    rule = _rule(piece, opens_turn)
    if rule is None:
        return None
    span = Span(start=piece.label[0], end=piece.label[1]) if piece.label else None
    return CreditTrace(
        rule=rule, cue=":" if piece.label else None, mention=mention, mention_span=span,
        chain=(label,) if label else (), carried_from=None if rule == "transcript-label" else "transcript-label",
    )


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read_transcript_file(path: str) -> ArticleQuotes:
    """Read and parse a transcript file (``.vtt``, ``.srt`` or labelled text)."""
    from quotecheck.ingest.encoding import decode_bytes
    from quotecheck.ingest.files import read_file_bytes

    text, _ = decode_bytes(read_file_bytes(path), path)
    return transcript_from_text(text, path)
