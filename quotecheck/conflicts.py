"""Attribution conflicts: the same words or claim credited to different speakers or venues.

    find_conflicts(event, clusters, facts, results) -> list[AttributionConflict]

Four sources:

* a quote cluster whose versions name different speakers (the Government in one outlet, the
  Conservatives in another), or, across articles, different venues (LBC against Times Radio;
  "the BBC" against "BBC Radio 4's Today programme" is only less precise, not a conflict);
* a short quoted phrase that also sits inside a longer quote credited to someone else (the
  phrase's probable source);
* a number fact whose mentions are credited to different sources: the quote's speaker when the
  number is quoted, otherwise the subject of the sentence's verb of saying ("Government ministers
  claim ...", "Prime Minister Rishi Sunak claimed ...", "Sunak told reporters ...");
* a headline that credits quoted words to one speaker ("... after Tory 'open border' attack") while
  its own body credits them to another ("the government accused the party of ... "open border
  policy"").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from quotecheck.align import speaker_key
from quotecheck.extract import BODY_ALIASES, BODY_HEADS, COMMISSIVE_VERBS, PLURAL_PERSON_HEADS, SPEECH_VERBS
from quotecheck.models import (
    ArticleQuotes,
    AttributionConflict,
    Credit,
    Event,
    NumberFact,
    Quote,
    QuoteCluster,
    QuoteKind,
    Span,
)
from quotecheck.numbers import same_value
from quotecheck.words import norm_words

_VERBS = SPEECH_VERBS | COMMISSIVE_VERBS | frozenset({"suggests", "suggested", "estimates", "estimated"})
_NP_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_STOP_NP = frozenset(
    "and but that which who as while if when because so or than this despite although though after before "
    "since on in at of for to with by from".split()
)
_PRONOUNS = frozenset({"he", "she", "they"})
_VENUE_NOISE = frozenset(
    {"the", "s", "programme", "show", "radio", "interview", "in", "on", "an", "a", "with", "formerly"}
)


_VENUE_ALIASES = {"twitter": "x"}
"""One venue under its old and new names: "on Twitter", "tweeted" (X), "on X, formerly Twitter"."""


def _venue_words(venue: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", venue.lower().replace("’", "'").replace("'s", " "))
    return frozenset(_VENUE_ALIASES.get(w, w) for w in words if w not in _VENUE_NOISE)


def venues_agree(a: str, b: str) -> bool:
    """One venue names the other, perhaps less precisely ("the BBC" and "BBC Radio 4's Today programme")."""
    wa, wb = _venue_words(a), _venue_words(b)
    return not wa or not wb or wa <= wb or wb <= wa


def _credit_from_quote(q: Quote) -> Credit:
    return Credit(
        file=q.file, span=q.span, text=q.text, speaker=q.speaker, venue=q.venue, mention=q.mention,
        mention_span=q.mention_span,
    )


def _distinct_speakers(credits: Sequence[Credit]) -> list[str]:
    keys = []
    for c in credits:
        key, _ = speaker_key(c.speaker)
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def _venue_conflict(credits: Sequence[Credit]) -> bool:
    with_venue = [c for c in credits if c.venue]
    return any(
        a.file != b.file and not venues_agree(a.venue or "", b.venue or "")
        for i, a in enumerate(with_venue)
        for b in with_venue[i + 1 :]
    )


def _kind(credits: Sequence[Credit]) -> str | None:
    if len(_distinct_speakers(credits)) >= 2:
        return "speaker"
    if _venue_conflict(credits):
        return "venue"
    return None


def find_conflicts(
    event: Event,
    clusters: Sequence[QuoteCluster],
    facts: Sequence[NumberFact],
    results: Sequence[ArticleQuotes],
) -> list[AttributionConflict]:
    """Attribution conflicts of ``event``, ids ``<event>-a1``... in reading order."""
    order = {p: i for i, p in enumerate(event.files)}
    by_path = {r.article.path: r for r in results if r.article.path in order}
    quotes = {q.id: q for r in by_path.values() for q in r.quotes}
    found: list[tuple[str, str, list[Credit], str | None]] = []
    for cluster in clusters:
        credits = [_credit_from_quote(quotes[m.quote_id]) for m in cluster.members]
        credits += _phrase_sources(cluster, by_path.values(), quotes)
        kind = _kind(credits)
        if kind:
            anchor = quotes[cluster.anchor]
            found.append((kind, _short(anchor.text), credits, cluster.id))
    for fact in facts:
        values = Counter(m.value for m in fact.members)
        modal = max(values, key=lambda v: (values[v], -v))
        same = [m for m in fact.members if same_value(m.value, modal)]  # one claim: one figure
        credits = [_number_credit(m.file, m.span, m.sentence, m.in_quote, by_path[m.file]) for m in same]
        credits = [c for c in credits if c.speaker]
        if len(_distinct_speakers(credits)) >= 2 and len({c.file for c in credits}) >= 2:
            m = same[0]
            claim = m.text + (f" {m.counts}" if m.counts else "") + (f" {m.period}" if m.period else "")
            found.append(("speaker", claim, credits, None))
    for path in event.files:
        if path in by_path:
            found.extend(_headline_conflicts(by_path[path]))
    out = []
    for kind, claim, credits, cluster_id in found:
        members = sorted(_unique(credits), key=lambda c: (order[c.file], c.span.start))
        out.append((kind, claim, members, cluster_id))
    out.sort(key=lambda x: (order[x[2][0].file], x[2][0].span.start, x[1]))
    return [
        AttributionConflict(
            id=f"{event.id}-a{k}", event=event.id, kind=kind, claim=claim, members=tuple(members), cluster=cid
        )
        for k, (kind, claim, members, cid) in enumerate(out, 1)
    ]


_HEADLINE_QUOTE = re.compile(r"(?:(?<=\s)|^)['‘\"“]([^'’\"”]{2,80}?)['’\"”](?=[\s,.:;!?]|$)")


def _headline_conflicts(result: ArticleQuotes) -> list[tuple[str, str, list[Credit], str | None]]:
    """Quoted words in the headline credited to someone the article's own body does not credit."""
    art = result.article
    headline = art.headline
    if not headline:
        return []
    at = art.raw.find(headline)
    if at < 0:
        return []
    out: list[tuple[str, str, list[Credit], str | None]] = []
    for m in _HEADLINE_QUOTE.finditer(headline):
        phrase = " ".join(norm_words(m.group(1)))
        credit = _headline_credit(headline[: m.start()], result) or _headline_credit(
            headline[m.end() :], result, before=False
        )
        if not phrase or credit is None:
            continue
        key = speaker_key(credit)[0]
        body = [
            q for q in result.quotes
            if q.speaker and q.kind is not QuoteKind.SCARE and not q.furniture and q.span.start > at + len(headline)
            and f" {phrase} " in f" {' '.join(norm_words(q.text))} "
        ]
        if not body or any(speaker_key(q.speaker)[0] == key for q in body):
            continue
        span = Span(start=at + m.start(1), end=at + m.end(1))
        head = Credit(file=art.path, span=span, text=span.slice(art.raw), speaker=credit)
        out.append(("headline", m.group(1), [head, *(_credit_from_quote(q) for q in body)], None))
    return out


def _headline_credit(text: str, result: ArticleQuotes, before: bool = True) -> str | None:
    """Who a headline credits its quote to: a name just before it ("Tory 'open border' attack"),
    else the headline's subject, its first name ("Yvette Cooper brands ... 'total garbage'")."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if w.lower() not in {"a", "an", "the"}]
    names = [_name_of(w, result) for w in words]
    if before and names and names[-1]:
        return names[-1]
    return next((n for n in names if n), None)


def _name_of(word: str, result: ArticleQuotes) -> str | None:
    low = word.lower().replace("’", "'").removesuffix("'s")
    for sp in result.speakers:
        parts = sp.name.split()
        if len(parts) >= 2 and low == parts[-1].lower():
            return sp.name
    return BODY_ALIASES.get(low)


def _unique(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in credits:
        key = (c.file, c.span.start, c.span.end)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _short(text: str, width: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _phrase_sources(
    cluster: QuoteCluster, results: Sequence[ArticleQuotes] | object, quotes: dict[str, Quote]
) -> list[Credit]:
    """Longer quotes, credited to someone else, that contain a short cluster's words."""
    anchor = quotes[cluster.anchor]
    words = norm_words(anchor.text)
    if not 2 <= len(words) <= 5:
        return []
    phrase = f" {' '.join(words)} "
    members = {m.quote_id for m in cluster.members}
    keys = {speaker_key(m.speaker)[0] for m in cluster.members if m.speaker}
    out = []
    for q in quotes.values():
        if q.id in members or q.kind is QuoteKind.SCARE or q.furniture or not q.speaker:
            continue
        if speaker_key(q.speaker)[0] in keys:
            continue
        if phrase in f" {' '.join(norm_words(q.text))} " and len(q.text) > len(anchor.text):
            out.append(_credit_from_quote(q))
    return out


def _number_credit(file: str, span: Span, sentence: Span, in_quote: bool, result: ArticleQuotes) -> Credit:
    """Who an article says a figure comes from."""
    if in_quote:
        q = next((q for q in result.quotes if q.span.start <= span.start < q.span.end), None)
        if q is not None:
            return _credit_from_quote(q).model_copy(update={"span": q.span, "text": q.text})
    raw = result.article.raw
    text = raw[sentence.start : sentence.end]
    source = claim_source(text, sentence.start, span.start, result)
    speaker, mention, mention_span, venue = source if source else (None, None, None, None)
    return Credit(
        file=file, span=sentence, text=text, speaker=speaker, venue=venue, mention=mention,
        mention_span=mention_span,
    )


def claim_source(
    text: str, base: int, at: int, result: ArticleQuotes
) -> tuple[str, str, Span, str | None] | None:
    """(speaker, mention, mention span, venue) of the verb of saying nearest before offset ``at``."""
    words = [(m.group(), base + m.start(), base + m.end()) for m in _NP_WORD.finditer(text)]
    verbs = [i for i, (w, _, _) in enumerate(words) if w.lower() in _VERBS]
    verbs = sorted(verbs, key=lambda i: (words[i][1] > at, abs(words[i][1] - at)))
    for v in verbs:
        np = _subject(words, v, text, base)
        if not np:
            continue
        name = _canonical(" ".join(w for w, _, _ in np), result, np[0][1])
        if name is None:
            continue
        venue = None
        if words[v][0].lower() in {"told", "tells", "tell"} and v + 1 < len(words) and words[v + 1][0][:1].isupper():
            venue = " ".join(w for w, _, _ in words[v + 1 : v + 4] if w[:1].isupper())
        start, end = np[0][1], words[v][2]
        return name, text[start - base : end - base], Span(start=start, end=end), venue
    return None


def _subject(words: list[tuple[str, int, int]], v: int, text: str, base: int) -> list[tuple[str, int, int]]:
    np: list[tuple[str, int, int]] = []
    k = v - 1
    while k >= 0 and len(np) < 6:
        w, _, e = words[k]
        gap = text[e - base : (np[0][1] if np else words[v][1]) - base]
        if gap.strip():  # punctuation between: the phrase ends
            break
        if w.lower() in _STOP_NP:
            break
        np.insert(0, words[k])
        k -= 1
    return np


def _canonical(np: str, result: ArticleQuotes, at: int) -> str | None:
    low = np.lower().replace("’", "'")
    words = low.split()
    if words and words[-1] in _PRONOUNS:
        if words[-1] == "they":
            return None
        before = [q for q in result.quotes if q.span.start < at and q.speaker and speaker_key(q.speaker)[1]]
        return before[-1].speaker if before else None
    for sp in result.speakers:
        parts = sp.name.split()
        if len(parts) < 2:
            continue
        surname = parts[-1].lower()
        if surname in words or any(a.lower() in low for a in sp.aliases if len(a) > 3 and a.lower() != low):
            return sp.name
        if low in {a.lower() for a in sp.aliases} or low.removeprefix("the ") in set(sp.roles):
            return sp.name
    stripped = low.removeprefix("the ")
    if stripped in BODY_ALIASES or low in BODY_ALIASES:
        return BODY_ALIASES.get(stripped, BODY_ALIASES.get(low))
    if words and (words[-1] in BODY_HEADS or words[-1] in PLURAL_PERSON_HEADS):
        shown = np[4:] if np.lower().startswith("the ") else np
        return shown[:1].upper() + shown[1:]
    caps = [w for w in np.split() if w[:1].isupper()]
    if len(caps) >= 2 and len(caps) == len(np.split()):
        return np
    return None
