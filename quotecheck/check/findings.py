"""One draft quote -> its verdict: the best source match, the status, the word diff and why.

The best match is chosen from articles and transcripts before draft-like files (Markdown, Word: another
draft of the story is no evidence while a real source has the words), then words first (kept to the source's
words beats changed ones), then by kind (a transcript over an article), then by credit: among matches that
keep the words, one by the same speaker wins, then one that contradicts the draft's speaker (named evidence
beats an uncredited scare quote), then an uncredited one; then by venue (the draft's venue named beats
another outlet named, which beats none named). A scare or uncredited quote whose words no quote has may be
found in a source's own text. The status follows
from the winner:

* words kept, same or unknown speaker, venue agreeing or unknown: ``verified``;
* words kept, another speaker: ``misattributed``; same speaker, another outlet: ``wrong_venue``;
* words changed but mostly there (``MIN_COVERAGE`` and a run of ``MIN_RUN`` words): ``misquote``;
* otherwise ``unverified``.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.check.corpus import Corpus
from quotecheck.check.inputs import source_kind
from quotecheck.check.matching import Alignment, Op, Pattern, align, find_elsewhere, parse_pattern, search
from quotecheck.check.people import same_venue
from quotecheck.extract import Agreement, same_speaker
from quotecheck.models import (
    Article,
    ArticleQuotes,
    ChangeKind,
    CheckedQuote,
    CheckStatus,
    DiffOp,
    Quote,
    QuoteKind,
    SourceMatch,
    Span,
    Speaker,
    WordChange,
)

__all__ = ["check_quote"]

MIN_COVERAGE = 0.5
"""Least share of a changed quote's words a source must have for a misquote (else unverified)."""
MIN_RUN = 3
"""Least run of words in place for a misquote of a quote this long or longer."""
ELSEWHERE_TRIES = 2
"""Best inexact matches searched for words joined on from elsewhere."""
SHORT = 4
"""Quotes shorter than this many words are a misquote only when the speaker agrees."""
MISATTRIBUTION_WORDS = 4
"""Least meaningful words (not ``FUNCTION_WORDS``) another speaker's matching words must hold for a
``misattributed``, unless they are the whole quote (two meaningful words at least); less is ``unverified``."""
FUNCTION_WORDS = frozenset(
    "a an the and or but if so of to in on at by for from with as into onto over under than then that this "
    "these those there here it its it's is are was were be been being am do does did done have has had will "
    "would shall should can could may might must not no yes i me my we us our you your he him his she her "
    "they them their who whom which what when where why how all any some just very also too up out about".split()
)
"""Words too common to prove that a stretch of words is someone else's."""


# A source naming the draft's venue wins; one naming another outlet beats one that names none, so a
# venue the sources contradict is not cleared by a source that is silent about it.
_VENUE_RANK = {Agreement.AGREE: 3, Agreement.DISAGREE: 2, Agreement.UNKNOWN: 1, Agreement.WEAK: 1, Agreement.NONE: 0}


@dataclass(slots=True)
class _Scored:
    alignment: Alignment
    speaker: Agreement
    venue: Agreement
    source_speaker: str | None
    source_venue: str | None
    prose: bool = False

    def rank(self) -> tuple[bool, int, int, float, int, int, int, int]:
        a = self.alignment
        kind = source_kind(a.stream.result.article.source_format)
        return (
            kind > 0,  # any match in an article or transcript beats a draft-like file's, exact or not
            1 if a.exact else 0,
            kind,
            -a.cost - (0.5 * len(a.splices)) + a.coverage,
            int(self.speaker),
            _VENUE_RANK[self.venue],
            a.matched,
            -a.stream.index,
        )


def check_quote(
    draft: ArticleQuotes,
    quote: Quote,
    corpus: Corpus,
    records: dict[str, Speaker],
) -> CheckedQuote:
    """The verdict on one quote of ``draft``."""
    article = draft.article
    pattern = parse_pattern(article.raw, quote.span.start, quote.span.end)
    record = records.get(quote.speaker) if quote.speaker else None
    scored: list[_Scored] = []
    agree_ids = {
        s.index for s in corpus.streams
        if quote.speaker and same_speaker(quote.speaker, record, s.speaker, s.record) is Agreement.AGREE
    }  # fmt: skip
    for stream in search(corpus, pattern, prefer=agree_ids):
        found = align(stream, pattern)
        if found is None:
            continue
        source_venue = stream.venue_at(found.first)
        scored.append(
            _Scored(
                found,
                same_speaker(quote.speaker, record, stream.speaker, stream.record),
                same_venue(quote.venue, source_venue),
                stream.speaker,
                source_venue,
            )
        )
    if scored and not any(s.alignment.exact for s in scored):
        # a changed quote: look for its missing words elsewhere (a splice) in the likeliest sources
        for s in sorted(scored, key=_Scored.rank, reverse=True)[:ELSEWHERE_TRIES]:
            find_elsewhere(corpus, pattern, s.alignment)
    line, col = article.line_col(quote.span.start)

    def checked(
        status: CheckStatus, reasons: tuple[str, ...], source: SourceMatch | None = None,
        diff: tuple[WordChange, ...] = (),
    ) -> CheckedQuote:
        # The engine's own values: construct, do not validate (validation builds schemas at start-up).
        return CheckedQuote.model_construct(
            file=article.path, span=quote.span, line=line, col=col, text=quote.text, kind=quote.kind,
            speaker=quote.speaker, venue=quote.venue, status=status, source=source, diff=diff, reasons=reasons,
            credit=quote.credit,
        )  # fmt: skip

    if not pattern.words:
        return checked(CheckStatus.UNVERIFIED, ("no words to check",))
    best = max(scored, key=_Scored.rank) if scored else None
    if (best is None or not best.alignment.exact) and (quote.kind is QuoteKind.SCARE or quote.speaker is None):
        in_prose = _in_prose(corpus, pattern)
        if in_prose is not None:
            best = in_prose
    if best is None or not _credible(best, quote):
        why = "no source has these words"
        if best is not None:
            near = best.alignment
            why += f" (the nearest, in {near.stream.file}, shares {near.matched} of {near.words} words)"
        return checked(CheckStatus.UNVERIFIED, (why,))
    a = best.alignment
    diff = _diff(article, pattern, a)
    status, reasons = _verdict(best, quote, diff)
    return checked(status, tuple(reasons), _source_match(best), diff)


def _in_prose(corpus: Corpus, pattern: Pattern) -> _Scored | None:
    """A scare or uncredited quote whose words a source has in its own text (no quote marks)."""
    prose = corpus.prose()
    for stream in search(prose, pattern):
        found = align(stream, pattern)
        if found is not None and found.exact:
            return _Scored(found, Agreement.NONE, Agreement.UNKNOWN, None, None, prose=True)
    return None


def _credible(best: _Scored, quote: Quote) -> bool:
    """Enough of the draft's words are in the source for a changed quote to be a misquote."""
    a = best.alignment
    if a.exact:
        return True
    if a.words < 2:
        return False
    if a.words < SHORT:
        return best.speaker is Agreement.AGREE and a.matched >= a.words - 1
    return a.coverage >= MIN_COVERAGE and a.longest_run() >= MIN_RUN


def _verdict(best: _Scored, quote: Quote, diff: tuple[WordChange, ...]) -> tuple[CheckStatus, list[str]]:
    a = best.alignment
    who = best.source_speaker or "nobody"
    if not a.exact:
        reasons = _changes(a, diff)
        if best.speaker is Agreement.DISAGREE:
            reasons.append(f"and the source credits {who}, not {quote.speaker}")
        return CheckStatus.MISQUOTE, reasons
    if best.speaker is Agreement.DISAGREE:
        if not _enough_to_misattribute(a):
            return CheckStatus.UNVERIFIED, [
                f"credited to {quote.speaker}; only {_meaningful(a)} meaningful word(s) of it are in words "
                f"the source credits to {who}, too few to say whose they are"
            ]
        return CheckStatus.MISATTRIBUTED, [f"credited to {quote.speaker}; the source credits {who}"]
    if best.venue is Agreement.DISAGREE:
        return CheckStatus.WRONG_VENUE, [f"the draft says {quote.venue}; the source says {best.source_venue}"]
    if best.prose:
        return CheckStatus.VERIFIED, [f"the words are in {a.stream.file}, in the reporter's own text (not a quote)"]
    return CheckStatus.VERIFIED, ["the source has these words" + (f", from {who}" if best.source_speaker else "")]


def _meaningful(a: Alignment) -> int:
    """Matched words of the alignment that are not function words."""
    keys = a.stream.keys[a.first : a.last + 1] if a.matched else []
    return sum(1 for key in keys if key not in FUNCTION_WORDS)


def _enough_to_misattribute(a: Alignment) -> bool:
    """At least ``MISATTRIBUTION_WORDS`` meaningful words, or the whole quote with two or more."""
    meaningful = _meaningful(a)
    if meaningful >= MISATTRIBUTION_WORDS:
        return True
    whole = a.matched == a.words and not any(op.kind == "clarify" for op in a.ops)
    return whole and meaningful >= 2


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _changes(a: Alignment, diff: tuple[WordChange, ...]) -> list[str]:
    """Each substantive change in words: "'rubbish' where the source has 'garbage'"."""
    out: list[str] = []
    for c in diff:
        if c.change is not ChangeKind.SUBSTANTIVE:
            continue
        if c.reason.startswith("words said elsewhere"):
            out.append(f"'{_short(c.new)}' is joined on from elsewhere (a splice)")
        elif c.op is DiffOp.REPLACE:
            what = "a number changed: " if c.reason == "number changed" else ""
            out.append(f"{what}'{_short(c.new)}' where the source has '{_short(c.old)}'")
        elif c.op is DiffOp.INSERT:
            out.append(f"'{_short(c.new)}' added")
        elif c.op is DiffOp.DELETE:
            out.append(f"'{_short(c.old)}' cut with no ellipsis")
    out.extend(a.splices)
    return out or ["words changed"]


def _source_match(best: _Scored) -> SourceMatch:
    a = best.alignment
    stream = a.stream
    article: Article = stream.result.article
    start, end = stream.starts[a.first], stream.ends[a.last]
    line, col = article.line_col(start)
    quote = stream.quotes[stream.quote_of[a.first]]
    return SourceMatch.model_construct(
        file=article.path, span=Span.model_construct(start=start, end=end), text=article.raw[start:end],
        line=line, col=col,
        speaker=best.source_speaker, venue=best.source_venue, quote_id=None if best.prose else quote.id,
        sentence=_sentence(article.raw, start, end),
    )  # fmt: skip


SENTENCE_LIMIT = 400
"""Most characters of a source sentence shown (``check -v``)."""


def _sentence(raw: str, start: int, end: int) -> str:
    """The sentence(s) of ``raw`` around ``start:end``: back to a sentence end or line start before it,
    on to a sentence end or line end after it."""
    lo = start
    while lo > 0 and raw[lo - 1] != "\n" and not (raw[lo - 1] == " " and lo >= 2 and raw[lo - 2] in ".!?"):
        lo -= 1
    hi = end
    while hi < len(raw) and raw[hi] != "\n":
        hi += 1
        if raw[hi - 1] in ".!?" and (hi == len(raw) or raw[hi] in " \n"):
            break
    text = " ".join(raw[lo:hi].split())
    return text if len(text) <= SENTENCE_LIMIT else text[: SENTENCE_LIMIT - 1] + "…"


def _diff(article: Article, pattern: Pattern, a: Alignment) -> tuple[WordChange, ...]:
    """Runs of the alignment as word changes from the source (old) to the draft (new)."""
    stream = a.stream
    src = stream.result.article.raw
    raw = article.raw
    elsewhere = {i: (lo, hi) for lo, hi, _ in a.elsewhere for i in range(lo, hi)}
    runs: list[tuple[str, list[Op]]] = []
    for op in a.ops:
        kind = op.kind
        if op.item is not None and op.item in elsewhere and kind in {"insert", "replace"}:
            kind = "spliced"
        if kind == "cosmetic":
            kind = "equal"
        if runs and runs[-1][0] == kind and kind not in {"omit", "clarify"}:
            runs[-1][1].append(op)
        else:
            runs.append((kind, [op]))
    out: list[WordChange] = []
    for kind, ops in runs:
        items = [pattern.items[op.item] for op in ops if op.item is not None]
        new = raw[items[0].start : items[-1].end] if items else ""
        new_span = Span.model_construct(start=items[0].start, end=items[-1].end) if items else None
        lo = min((op.lo for op in ops if op.hi > op.lo), default=None)
        hi = max((op.hi for op in ops if op.hi > op.lo), default=None)
        old = src[stream.starts[lo] : stream.ends[hi - 1]] if lo is not None and hi is not None else ""
        old_span = None
        if lo is not None and hi is not None:
            old_span = Span.model_construct(start=stream.starts[lo], end=stream.ends[hi - 1])
        op_kind, change, reason = _describe(kind, old, new)
        out.append(WordChange.model_construct(op=op_kind, old=old, new=new, old_span=old_span, new_span=new_span,
                              change=change, reason=reason))  # fmt: skip
    return tuple(out)


def _describe(kind: str, old: str, new: str) -> tuple[DiffOp, ChangeKind | None, str]:
    if kind == "equal":
        return DiffOp.EQUAL, None, ""
    if kind == "omit":
        return DiffOp.DELETE, ChangeKind.COSMETIC, "omission marked by an ellipsis"
    if kind == "clarify":
        return (DiffOp.REPLACE if old else DiffOp.INSERT), ChangeKind.COSMETIC, "square-bracket clarification"
    if kind == "spliced":
        return DiffOp.INSERT, ChangeKind.SUBSTANTIVE, "words said elsewhere joined on (splice)"
    if kind == "insert":
        return DiffOp.INSERT, ChangeKind.SUBSTANTIVE, "words added"
    if kind in {"delete", "cut"}:
        return DiffOp.DELETE, ChangeKind.SUBSTANTIVE, "words cut with no ellipsis"
    number = any(ch.isdigit() for ch in old + new)
    return DiffOp.REPLACE, ChangeKind.SUBSTANTIVE, "number changed" if number else "words changed"
