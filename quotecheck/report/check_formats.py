"""``quotecheck check`` output: text for people, JSON for pipelines, GitHub annotations, SARIF 2.1.0.

    check_text(checks, fail_on, color=False) -> str
    check_json(checks) -> str          one JSON object per draft, one per line (the contract in docs/check.md)
    check_github(checks, fail_on) -> str
    check_sarif(checks, fail_on) -> str

Every function is pure: the CLI writes the string to stdout. Quotes are listed in draft order.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Sequence
from typing import Any
from urllib.parse import quote as url_quote

from quotecheck.models import CheckedQuote, CheckStatus, DiffOp, DraftCheck, SourceMatch, WordChange
from quotecheck.text import one_line, safe_for_terminal, safe_json, safe_path

__all__ = ["RULES", "check_github", "check_json", "check_sarif", "check_text", "quote_json"]

RULES: dict[CheckStatus, tuple[str, str]] = {
    CheckStatus.MISQUOTE: (
        "The draft changes a source's words",
        "A source has this quote, but the draft substitutes, adds or drops a word, changes a number, "
        "cuts words from the middle without an ellipsis, or joins separate remarks (a splice).",
    ),
    CheckStatus.MISATTRIBUTED: (
        "The words are someone else's",
        "A source has these words word for word, credited to a different person or body.",
    ),
    CheckStatus.WRONG_VENUE: (
        "Right person and words, wrong programme or publication",
        "A source has these words from the same speaker, said on or to a different outlet.",
    ),
    CheckStatus.UNVERIFIED: (
        "No source has these words",
        "None of the sources checked against has this quote; add the source, or check the wording.",
    ),
}


def _end(q: CheckedQuote) -> tuple[int, int]:
    """1-based line and column of the quote's last character."""
    lines = q.text.split("\n")
    if len(lines) == 1:
        return q.line, q.col + max(0, len(q.text) - 1)
    return q.line + len(lines) - 1, max(1, len(lines[-1]))


def _diff_json(change: WordChange) -> dict[str, Any]:
    return {
        "op": change.op.value,
        "source": change.old,
        "draft": change.new,
        "change": change.change.value if change.change else None,
        "reason": change.reason,
    }


def quote_json(q: CheckedQuote) -> dict[str, Any]:
    """One checked quote as the JSON contract's object."""
    src = q.source
    return {
        "start": q.span.start,
        "end": q.span.end,
        "line": q.line,
        "col": q.col,
        "text": q.text,
        "kind": q.kind.value,
        "speaker": q.speaker,
        "venue": q.venue,
        "status": q.status.value,
        "suppressed": q.suppressed,
        "reasons": list(q.reasons),
        "source": None
        if src is None
        else {
            "file": src.file,
            "start": src.span.start,
            "end": src.span.end,
            "line": src.line,
            "col": src.col,
            "text": src.text,
            "speaker": src.speaker,
            "venue": src.venue,
        },
        "diff": [_diff_json(c) for c in q.diff],
    } | ({} if q.earliest is None else {"earliest": _earliest_json(q.earliest)})


def _earliest_json(e: SourceMatch) -> dict[str, Any]:
    """The earliest archive printing (``check --index``)."""
    return {
        "file": e.file, "start": e.span.start, "end": e.span.end, "line": e.line, "col": e.col, "text": e.text,
        "speaker": e.speaker, "venue": e.venue, "outlet": e.outlet,
        "published": e.published.isoformat() if e.published else None,
    }


def _summary(check: DraftCheck) -> dict[str, int]:
    from quotecheck.check import summary

    return summary(check)


def check_json(checks: Sequence[DraftCheck]) -> str:
    """One object per draft, one per line: ``{"draft", "quotes", "summary", "sources"}``."""
    lines = []
    for check in checks:
        payload = {
            "draft": check.draft,
            "quotes": [quote_json(q) for q in check.quotes],
            "summary": _summary(check),
            "sources": list(check.sources),
        }
        lines.append(safe_json(payload))
    return "".join(line + "\n" for line in lines)


# --- text ---------------------------------------------------------------------------------------

_COLOURS = {
    CheckStatus.VERIFIED: "green",
    CheckStatus.MISQUOTE: "red",
    CheckStatus.MISATTRIBUTED: "red",
    CheckStatus.WRONG_VENUE: "yellow",
    CheckStatus.UNVERIFIED: "magenta",
}


def _style(text: str, color: bool, **kwargs: Any) -> str:
    if not color:
        return text
    import click

    return click.style(text, **kwargs)


def _diff_line(q: CheckedQuote, color: bool) -> str:
    """The draft against its source: ``[-source words-]{+draft words+}``, conventions in ``(...)``."""
    parts: list[str] = []
    for c in q.diff:
        old, new = one_line(c.old), one_line(c.new)
        if c.op is DiffOp.EQUAL:
            parts.append(new)
        elif c.change is not None and c.change.value == "cosmetic":
            parts.append(_style(f"{new or '…'}", color, fg="cyan") + _style(f"({c.reason})", color, dim=True))
        else:
            if old:
                parts.append(_style(f"[-{old}-]", color, fg="red", bold=True))
            if new:
                parts.append(_style(f"{{+{new}+}}", color, fg="green", bold=True))
    return " ".join(p for p in parts if p)


def _read_as(q: CheckedQuote) -> str:
    """Why the draft's credit reads as it does (``-v``): the rule, its cue and the resolution chain."""
    from quotecheck.report.explain import chain_text

    trace = q.credit
    if trace is None or (q.speaker and not trace.chain):
        if q.speaker:
            return f"credited to {one_line(q.speaker)} by the draft's headline label, not by a rule"
        return "nobody credited: " + ("a scare quote" if q.kind.value == "scare" else "no rule found a speaker")
    who = f"credited to {one_line(q.speaker)}" if q.speaker else "nobody named"
    text = f"{who} by rule {trace.rule}"
    if trace.carried_from:
        text += f" (carried from {trace.carried_from})"
    if trace.cue:
        text += f", cue “{one_line(trace.cue)}”"
    if trace.chain:
        text += f": {chain_text(trace)}"
    return text


def _where(path: str, line: int, col: int) -> str:
    """``line:col``, or ``¶N`` for a Word file: Word has no lines, and its text is one paragraph per line
    with a blank line between (``ingest.docx``), so paragraph N is on line 2N - 1."""
    return f"¶{(line + 1) // 2}" if path.lower().endswith(".docx") else f"{line}:{col}"


def check_text(
    checks: Sequence[DraftCheck], fail_on: Collection[CheckStatus], color: bool = False, verbose: bool = False
) -> str:
    """``file:line:col: status: "quote"``, credited and source speakers, and a word diff under findings.

    Every quote with a source match names it (``source: file:line:col (speaker, venue)``), verified ones too.
    With ``verbose``, every quote also says why the draft's credit was read as it was (``read as:``) and
    gives the source's sentence (``said:``)."""
    out: list[str] = []
    for check in checks:
        for q in check.quotes:
            status = q.status.value + (" (ignored)" if q.suppressed else "")
            fails = q.status in fail_on and not q.suppressed
            head = _style(status, color, fg=_COLOURS[q.status], bold=fails)
            credit = f" credited to {one_line(q.speaker)}" if q.speaker else ""
            credit += f" ({one_line(q.venue)})" if q.venue else ""
            where = _where(check.draft, q.line, q.col)
            out.append(f"{safe_path(check.draft)}:{where}: {head}: “{one_line(q.text, 70)}”{credit}")
            if verbose:
                out.append(f"    read as: {_read_as(q)}")
            if q.source is not None:
                s = q.source
                who = one_line(", ".join(x for x in (s.speaker or "nobody credited", s.venue) if x))
                out.append(f"    source: {safe_for_terminal(s.file)}:{_where(s.file, s.line, s.col)} ({who})")
                if verbose:
                    out.append(f"    said:   {one_line(s.sentence or s.text, 400)}")
            if q.earliest is not None:
                e = q.earliest
                when = ", ".join(x for x in (e.published.isoformat() if e.published else None, e.outlet,
                                             e.speaker or "nobody credited") if x)  # fmt: skip
                place = f"{safe_for_terminal(e.file)}:{_where(e.file, e.line, e.col)}"
                out.append(f"    first:  {place} ({one_line(when)})")
            if q.status is CheckStatus.VERIFIED:
                continue
            if q.diff and q.status is not CheckStatus.UNVERIFIED:
                out.append(f"    diff:   {_diff_line(q, color)}")
            if q.reasons:
                out.append(f"    why:    {one_line('; '.join(q.reasons))}")
    return "".join(line + "\n" for line in out)


# --- GitHub workflow commands -------------------------------------------------------------------


def _gh_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF as ``%25``, ``%0D``, ``%0A`` (GitHub's own escapes)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    """A workflow command's property value (``file=``, ``title=``): also ``:`` and ``,`` as ``%3A``, ``%2C``."""
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(q: CheckedQuote, inert: Callable[[str], str] = one_line) -> str:
    """What an annotation says, on one line with control characters shown; ``inert`` makes text from
    articles and paths harmless where the message goes (SARIF's embedded links)."""
    text = f"{q.status.value.replace('_', ' ')}: “{inert(one_line(q.text, 100))}”"
    if q.reasons:
        text += f": {inert(one_line('; '.join(q.reasons)))}"
    if q.source is not None:
        text += f" (source: {inert(one_line(q.source.file))}:{q.source.line}:{q.source.col}"
        text += f", {inert(one_line(q.source.speaker))}" if q.source.speaker else ""
        text += f", {inert(one_line(q.source.venue))})" if q.source.venue else ")"
    return text


def check_github(checks: Sequence[DraftCheck], fail_on: Collection[CheckStatus]) -> str:
    """``::error`` for findings that fail the run, ``::warning`` for the others; verified quotes say nothing."""
    out: list[str] = []
    for check in checks:
        for q in check.quotes:
            if q.status is CheckStatus.VERIFIED or q.suppressed:
                continue
            level = "error" if q.status in fail_on else "warning"
            end_line, end_col = _end(q)
            props = (
                f"file={_gh_prop(safe_path(check.draft))},line={q.line},col={q.col},endLine={end_line},endColumn={end_col},"
                f"title={_gh_prop('quotecheck ' + q.status.value)}"
            )
            out.append(f"::{level} {props}::{_gh_data(_message(q))}")
    return "".join(line + "\n" for line in out)


# --- SARIF 2.1.0 --------------------------------------------------------------------------------


def _uri(path: str) -> str:
    """A URI reference for ``path``: ``:`` is encoded too, so ``a:b.md`` is not read as scheme ``a``; a
    backslash is a name's own character on POSIX (``%5C``), a separator only on Windows; an absolute path is
    a ``file://`` URI. The bytes of a name that is not UTF-8 are percent-encoded as they are."""
    name = path.replace("\\", "/") if os.sep == "\\" else path
    raw = name.encode("utf-8", "surrogateescape")
    quoted = url_quote(raw, safe="/@!$&'()*+,;=-._~")
    return "file://" + quoted if os.path.isabs(name) else quoted


def _location(path: str) -> dict[str, str]:
    """A SARIF artifactLocation: relative to %SRCROOT%, or an absolute ``file://`` URI without a base."""
    uri = _uri(path)
    return {"uri": uri} if uri.startswith("file://") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _sarif_text(text: str) -> str:
    """Text from an article or a path, as a SARIF plain-text message holds it literally (SARIF 2.1.0
    3.11.5-3.11.6): backslash and square brackets escaped, so ``[x](javascript:y)`` is never an embedded link."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _sarif_message(text: str) -> dict[str, str]:
    """A SARIF message object; braces doubled, as every SARIF message string must (3.11.5: ``{0}`` is a placeholder)."""
    return {"text": text.replace("{", "{{").replace("}", "}}")}


def _fingerprint(q: CheckedQuote) -> str:
    import hashlib  # SARIF only: the other formats do not pay for it at start-up

    words = " ".join("".join(ch if ch.isalnum() else " " for ch in q.text.lower()).split())
    return hashlib.sha256(f"{q.status.value}\0{words}".encode()).hexdigest()[:32]


def check_sarif(checks: Sequence[DraftCheck], fail_on: Collection[CheckStatus]) -> str:
    """One SARIF 2.1.0 log with one run; a result per quote that is not verified."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        tool_version = version("quotecheck")
    except PackageNotFoundError:  # pragma: no cover - running from a checkout
        tool_version = "0.0.0"
    statuses = list(RULES)
    rules = [
        {
            "id": f"quotecheck/{status.value}",
            "name": "".join(w.capitalize() for w in status.value.split("_")),
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "defaultConfiguration": {"level": "error" if status in fail_on else "warning"},
        }
        for status, (short, full) in RULES.items()
    ]
    results: list[dict[str, Any]] = []
    for check in checks:
        for q in check.quotes:
            if q.status is CheckStatus.VERIFIED:
                continue
            end_line, end_col = _end(q)
            result: dict[str, Any] = {
                "ruleId": f"quotecheck/{q.status.value}",
                "ruleIndex": statuses.index(q.status),
                "level": "error" if q.status in fail_on else "warning",
                "message": _sarif_message(_message(q, inert=_sarif_text)),
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": _location(check.draft),
                            "region": {
                                "startLine": q.line,
                                "startColumn": q.col,
                                "endLine": end_line,
                                "endColumn": end_col + 1,
                                "charOffset": q.span.start,
                                "charLength": len(q.span),
                            },
                        }
                    }
                ],
                "partialFingerprints": {"quotecheck/v1": _fingerprint(q)},
                "properties": {"speaker": q.speaker, "venue": q.venue, "kind": q.kind.value},
            }
            if q.source is not None:
                s = q.source
                result["relatedLocations"] = [
                    {
                        "id": 0,
                        "message": _sarif_message(
                            "source: " + _sarif_text(one_line(", ".join(x for x in (s.speaker or "nobody credited",
                                                                                    s.venue) if x)))
                        ),
                        "physicalLocation": {
                            "artifactLocation": _location(s.file),
                            "region": {
                                "startLine": s.line,
                                "startColumn": s.col,
                                "charOffset": s.span.start,
                                "charLength": len(s.span),
                            },
                        },
                    }
                ]
            if q.suppressed:
                result["suppressions"] = [{"kind": "inSource", "justification": "quotecheck: ignore"}]
            results.append(result)
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "quotecheck",
                        "version": tool_version,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return safe_json(log, indent=2) + "\n"
