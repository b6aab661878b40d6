"""Group articles into events: the reports of one happening, however many outlets.

    group_events(results) -> list[Event]

Evidence, strongest first:

* **dates**: articles published more than ``MAX_SPAN_DAYS`` apart never share an event; an undated
  article that mentions a later year ("more than 70 lives in 2024") cannot join an earlier event;
* **recaps**: an article that places an event's happening a week or more back ("Mellor, who was
  jailed for nine years last month", "who sparred over rural broadband last week") reports a later one;
* **roles**: two articles that give the same office to different people ("Home Secretary Suella
  Braverman" against "Home Secretary Yvette Cooper") were written at different times;
* **stages**: a trial report (a jury, evidence, no outcome) and a verdict or sentence report are
  different happenings, and so are two sentencings whose ledes give different prison terms;
* **days**: an undated article whose people spoke on a weekday after every dated report was written,
  and on no day those reports name ("told reporters on Friday" against Wednesday's match), is later;
* **no dates at all**: two undated reports join only on a shared quotation, a person quoted in both or
  close wording (``UNDATED_COSINE``), since an ongoing story gives weeks of reports on one topic;
* **content**: TF-IDF cosine of the articles' meaningful words, plus shared quotations (any version
  that prints the same six-word stretch as another: verbatim, trimmed or with a word changed) and people.

Articles are placed one at a time in a fixed order (dated first, by date, then by path, so the
result never depends on the order the files were given in): each joins the compatible event whose
centroid it matches best, or opens a new one. A second pass moves any article whose best event
changed. Cost is O(articles x events x words).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from quotecheck.align import eligible, word_runs
from quotecheck.extract import surname
from quotecheck.extract.lexicon import ROLE_HEADS, WEEKDAYS
from quotecheck.models import ArticleQuotes, Event, ParagraphRole, QuoteKind, SpeakerKind
from quotecheck.words import content_stems, is_content, norm_words, stem, tokenize

MAX_SPAN_DAYS = 2
"""A story and its follow-ups: articles at most this many days apart can share an event."""
JOIN_THRESHOLD = 0.16
"""Least content affinity for an article to join an event rather than open its own (a court's other
case on the same day, with the same judge, scores about 0.15; the thinnest report of one event, 0.25).
Kept near the low end: splitting one story's reports costs as much as merging two stories, and dates
already keep most different stories apart."""
QUOTE_BONUS = 0.15
"""Affinity added per quotation an article shares with an event, in any version (at most two count)."""
UNDATED_COSINE = 0.45
"""Least word likeness (cosine) for an article to join an event with no date to match and no quotation or
person in common (two reports of one factory strike six weeks apart score about 0.43)."""
PEOPLE_WEIGHT = 0.1
"""Weight of the overlap of people named."""
HEADLINE_WEIGHT = 3
"""A headline word counts this many times for the event's topic words."""
_GENERIC = frozenset(
    "people year years week weeks time times government said says told plan plans day days party "
    "minister ministers leader country today yesterday number claims claim would could should think "
    "want wants make made going thursday friday monday tuesday wednesday saturday sunday also last".split()
)

_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC)
_YEAR = re.compile(
    r"\b(?:in|during|since|of|throughout|early|late|mid|summer|spring|autumn|winter)\s+((?:19|20)\d\d)\b"
)
# At most nine words: a run of capitalised words no longer costs its length squared (only the surname counts).
_NAME = r"([A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?(?:\s[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?){1,8})"
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
_ROLE_AFTER = re.compile(_NAME + r",\s(?:the|a|its|their|his|her)\s((?:[A-Za-z]+\s){0,3}[A-Za-z]+)[,.]")
_ROLE_SKIP = frozenset("tory tories conservative labour uk british senior then the a".split())
_RECAP = re.compile(
    r"\b(?:last\s+(?:week|month)|earlier\s+this\s+(?:month|year)|(?:\d+|a|an|a\s+few|one|two|three|four|five|six|"
    r"several)\s+(?:weeks?|months?)\s+ago)\b",
    re.IGNORECASE,
)
"""Time markers that put what they qualify a week or more before the article's own news."""
_SPEECH = re.compile(r"\b(?:said|says|told|testified|telling)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s|[.!?](?=\s)|\n")
RECAP_STEMS = 2
"""Words of an event's headline or lead a recap clause must share to recap that event's happening."""
_WEEKDAY_NAMES = WEEKDAYS
_SPEECH_DAY = re.compile(
    r"\b(?:said|says|told\s+(?:[\w'’.-]+\s+){0,4}?|speaking|spoke|in\s+an\s+interview(?:\s+with\s+(?:[\w'’.-]+\s+){1,6}?)?)"
    r"\s*(?:on\s+)?(" + "|".join(_WEEKDAY_NAMES) + r")\b",
    re.IGNORECASE,
)
"""The day someone spoke: "told reporters on Friday", "said Sunday", "in an interview with the Post on Sunday"."""
_ON_DAY = re.compile(r"\bon\s+(" + "|".join(_WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
# Stages of one court case, each a distinct happening: the trial (evidence, the jury) and its outcome
# (a verdict, a sentence). Conditional outcomes ("if found guilty") are no outcome.
_OUTCOME = re.compile(
    r"\b(?:acquitted|acquittals?|(?<!if\s)found\s+(?:not\s+)?guilty|not\s+guilty\s+verdicts?|convicted\s+of"
    r"|(?:was|were|been)\s+convicted|sentenced\s+(?:[A-Z][\w.'’-]*\s+){1,3}to"
    r"|(?:is|was|were|are|been)\s+cleared|cleared\s+of|sentenced\s+(?:to|him|her|them)|jailed\s+for"
    r"|(?:after|following|since)\s+the\s+(?:[\w'’-]+\s+){0,3}verdicts?|verdicts?\s+(?:was|were)\s+(?:read|handed|delivered"
    r"|returned|announced)|reached\s+(?:a|its|their)\s+verdicts?)\b",
    re.IGNORECASE,
)
_TRIAL = re.compile(
    r"\b(?:trial|jury|jurors|court\s+heard|told\s+the\s+(?:court|jury)|gave\s+evidence)\b", re.IGNORECASE
)
_NUMBER_WORD = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_TERM = re.compile(
    r"\b(?:sentenced|jailed|imprisoned)\b(?:\s+[\w'’.-]+){0,8}?\s+(?:to|for)\s+(?:an?\s+(?:additional|further|extra)\s+)?"
    r"(\d{1,3}|" + "|".join(_NUMBER_WORD) + r")[\s-]+(years?|months?)\b"
    r"|\b(\d{1,3}|" + "|".join(_NUMBER_WORD) + r")\s+(?:more\s+)?(years?|months?)\s+in\s+(?:prison|jail)\b",
    re.IGNORECASE,
)
"""A prison term in the lede: two sentencings with different terms are different happenings."""
_GENERATION = frozenset("jr jr. sr sr. ii iii iv".split())
_NOT_CURRENT = frozenset("former ex then late outgoing incoming would-be future previous".split())
_ROLE_WORDS = frozenset(
    "shadow home foreign prime deputy first chief justice health education defence business culture "
    "transport work pensions environment energy trade immigration policing security northern ireland "
    "scottish welsh office state general attorney lord exchequer treasury cabinet french german us "
    "american european opposition party house commons lords interior finance economy development "
    "international chancellor secretary minister president leader mayor governor spokesman spokeswoman "
    "commissioner".split()
)


@dataclass(slots=True)
class _Features:
    path: str
    published: date | None
    earliest: date | None
    """Lower bound on the publication date from years the text mentions (undated articles)."""
    vector: dict[str, float]
    people: frozenset[str]
    quotes: frozenset[tuple[str, ...]]
    """Every word stretch of the article's quotations (``align.word_runs``)."""
    quote_runs: tuple[frozenset[tuple[str, ...]], ...]
    """The stretches of each quotation."""
    roles: dict[str, str]
    surface: Counter[str]
    lede: frozenset[str]
    """Stems of the headline and first paragraph: what happened."""
    recaps: tuple[frozenset[str], ...]
    """Stems of each clause the article places a week or more back (``_RECAP``)."""
    phase: str | None = None
    """The stage of a court case the article reports: "trial" (evidence, no outcome) or "outcome"."""
    terms: frozenset[tuple[int, str]] = frozenset()
    """Prison terms its lede reports ((10, "year"))."""
    speech_days: frozenset[int] = frozenset()
    """Weekdays (0 = Monday) on which the article says someone spoke."""
    days: frozenset[int] = frozenset()
    """Weekdays the article names with "on" or a speech cue."""
    persons: frozenset[str] = frozenset()
    """Surnames of the persons it quotes (a full name, or a surname the article gives in full)."""
    quoted: frozenset[str] = frozenset()
    """Last words of every name it credits a quotation to ("Shapps", "Unite", "David Cameron")."""


@dataclass(slots=True)
class _Group:
    """An event being built: running sums, so adding, removing and scoring cost O(article)."""

    members: list[_Features] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    people: Counter[str] = field(default_factory=Counter)
    quotes: Counter[tuple[str, ...]] = field(default_factory=Counter)
    roles: dict[str, Counter[str]] = field(default_factory=dict)
    dates: Counter[date] = field(default_factory=Counter)
    bounds: Counter[date] = field(default_factory=Counter)
    ledes: Counter[str] = field(default_factory=Counter)

    def _shift(self, f: _Features, sign: int) -> None:
        c = self.centroid
        dot = sum(v * c.get(w, 0.0) for w, v in f.vector.items())
        own = sum(v * v for v in f.vector.values())
        self.norm2 = max(0.0, self.norm2 + sign * 2 * dot + own)
        for w, v in f.vector.items():
            c[w] = c.get(w, 0.0) + sign * v
        self.people.update(dict.fromkeys(f.people, sign))
        self.quotes.update(dict.fromkeys(f.quotes, sign))
        self.ledes.update(dict.fromkeys(f.lede, sign))
        for role, who in f.roles.items():
            self.roles.setdefault(role, Counter())[who] += sign
        if f.published is not None:
            self.dates[f.published] += sign
        elif f.earliest is not None:
            self.bounds[f.earliest] += sign

    def add(self, f: _Features) -> None:
        self.members.append(f)
        self._shift(f, +1)

    def remove(self, f: _Features) -> None:
        self.members = [m for m in self.members if m is not f]
        self._shift(f, -1)
        if not self.members:
            self.centroid, self.norm2 = {}, 0.0

    @staticmethod
    def known(counter: Counter[date], own: date | None) -> list[date]:
        """The distinct dates in ``counter``, one occurrence of ``own`` (a member left out) removed."""
        return [d for d, n in counter.items() if n - (1 if d == own else 0) > 0]


def _article_text(result: ArticleQuotes) -> str:
    art = result.article
    keep = (ParagraphRole.BODY, ParagraphRole.HEADLINE)
    parts = [art.headline or ""] + [p.span.slice(art.raw) for p in art.paragraphs if p.role in keep]
    return "\n".join(parts)


def _offices(result: ArticleQuotes) -> dict[str, str]:
    """Office -> surname of its holder, from the offices the speaker registry says the article gives
    ("Home Secretary Yvette Cooper", "Chris Philp, the shadow home secretary"). Party and seniority words
    are left out ("Tory shadow home secretary" is the shadow home secretary); offices of one word
    ("leader") or past ("former home secretary") are left out; an office
    two people hold in one article (a past and a present holder) is dropped."""
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    for speaker in result.speakers:
        if speaker.kind is not SpeakerKind.PERSON or len(speaker.name.split()) < 2:
            continue
        who = surname(speaker.name).lower()
        for role in speaker.offices:
            words = role.split()
            if not words or words[-1] not in ROLE_HEADS or set(words) & _NOT_CURRENT:
                continue
            key = " ".join(w for w in words if w not in _ROLE_SKIP)
            if len(key.split()) >= 2 and found.setdefault(key, who) != who:
                ambiguous.add(key)
    return {role: who for role, who in found.items() if role not in ambiguous}


def _earliest(text: str, published: date | None) -> date | None:
    if published is not None:
        return published
    years = [int(y) for y in _YEAR.findall(text)]
    return date(max(years), 1, 1) if years else None


LEDE_WORDS = 8
"""Fewest words of the first paragraph of reporting (a leftover "news, national," line is not one)."""


def _first_paragraph(result: ArticleQuotes) -> str:
    art = result.article
    body = [p.span.slice(art.raw) for p in art.paragraphs if p.role is ParagraphRole.BODY]
    return next((t for t in body if len(t.split()) >= LEDE_WORDS), body[0] if body else "")


def _lede(result: ArticleQuotes, headline: str) -> frozenset[str]:
    first = _first_paragraph(result)
    return frozenset(s for s in content_stems(headline + "\n" + first) if s not in _GENERIC_STEMS)


def _recaps(text: str) -> tuple[frozenset[str], ...]:
    """Stems of the clauses a recap marker qualifies: the clause it ends, else the one it opens."""
    out = []
    for m in _RECAP.finditer(text):
        ends = [e.end() for e in _CLAUSE_END.finditer(text, max(0, m.start() - 200), m.start())]
        before = text[ends[-1] if ends else max(0, m.start() - 200) : m.start()]
        if _SPEECH.search(before):
            continue  # "Williams told the court last month": an earlier quote's source, not a happening
        stems = [s for s in content_stems(before) if s not in _GENERIC_STEMS]
        if len(stems) < 2:
            after = _CLAUSE_END.search(text, m.end())
            stems = [s for s in content_stems(text[m.end() : after.start() if after else m.end() + 200])
                     if s not in _GENERIC_STEMS]
        if stems:
            out.append(frozenset(stems))
    return tuple(out)


def _recapped(recaps: Iterable[frozenset[str]], lede: Collection[str]) -> bool:
    return any(sum(1 for s in r if s in lede) >= RECAP_STEMS for r in recaps)


def _features(result: ArticleQuotes, idf: dict[str, float], stems: Counter[str]) -> _Features:
    art = result.article
    text = _article_text(result)
    weights = {w: (1 + math.log(c)) * idf.get(w, 1.0) for w, c in stems.items()}
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    people = frozenset(
        surname(q.speaker).lower() for q in result.quotes if q.speaker and q.kind is not QuoteKind.SCARE
    ) | frozenset(surname(s.name).lower() for s in result.speakers if len(s.name.split()) >= 2)
    full_names = {
        surname(sp.name).lower() for sp in result.speakers
        if sp.kind is SpeakerKind.PERSON and len(sp.name.split()) >= 2
    }
    cast = {sp.name for sp in result.speakers if sp.kind is SpeakerKind.PERSON}
    persons = frozenset(  # people, not bodies: a union speaks in every report of a weeks-long dispute
        last
        for q in result.quotes
        if q.speaker and q.kind is not QuoteKind.SCARE and not q.furniture and q.speaker in cast
        for last in [surname(q.speaker).lower()]
        if len(q.speaker.split()) >= 2 or last in full_names
    )
    quote_runs = tuple(r for r in (word_runs(norm_words(q.text)) for q in result.quotes if eligible(q)) if r)
    surface: Counter[str] = Counter()
    headline = art.headline or next(
        (p.span.slice(art.raw) for p in art.paragraphs if p.role is ParagraphRole.HEADLINE), ""
    )
    lede_text = headline + "\n" + _first_paragraph(result)
    for weight, part in ((1, text), (HEADLINE_WEIGHT, headline)):
        for w in tokenize(part):
            if w.kind == "word" and is_content(w.norm) and len(w.norm) > 3 and w.norm not in _GENERIC:
                surface[w.norm] += weight
    return _Features(
        path=art.path,
        published=art.published,
        earliest=_earliest(text, art.published),
        vector={w: v / norm for w, v in weights.items()},
        people=people,
        quotes=frozenset().union(*quote_runs),
        quote_runs=quote_runs,
        roles=_current_roles(_offices(result)),
        surface=surface,
        lede=_lede(result, headline),
        recaps=_recaps(text) if _RECAP.search(text) else (),
        phase=_phase(text, lede_text),
        persons=persons,
        quoted=frozenset(
            q.speaker.split()[-1].lower() for q in result.quotes
            if q.speaker and q.kind is not QuoteKind.SCARE and not q.furniture
        ),
        terms=_terms(lede_text),
        speech_days=frozenset(_WEEKDAY_NAMES.index(d.lower()) for d in _SPEECH_DAY.findall(text)),
        days=frozenset(_WEEKDAY_NAMES.index(d.lower()) for d in _ON_DAY.findall(text) + _SPEECH_DAY.findall(text)),
    )


def _current_roles(roles: dict[str, str]) -> dict[str, str]:
    """Office holders keyed by a surname: possessives dropped ("Shapps's"), a bare "III" or "Jr" not a name."""
    out = {}
    for role, holder in roles.items():
        who = re.sub(r"['’]s?$", "", holder)
        if who and who not in _GENERATION:
            out[role] = who
    return out


def _phase(text: str, lede: str) -> str | None:
    if _OUTCOME.search(lede):
        return "outcome"
    if _TRIAL.search(text) and not _OUTCOME.search(text):
        return "trial"
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORD[word.lower()]


def _terms(lede: str) -> frozenset[tuple[int, str]]:
    out = set()
    for m in _TERM.finditer(lede):
        n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.add((_number(n), unit.lower().rstrip("s")))
    return frozenset(out)


def _compatible(f: _Features, group: _Group, exclude: _Features | None = None) -> bool:
    """No date or office held against joining ``group`` (``exclude``, a member, left out)."""
    dates = group.known(group.dates, exclude.published if exclude else None)
    bounds = group.known(group.bounds, exclude.earliest if exclude and not exclude.published else None)
    if f.published is not None and dates and (
        max(*dates, f.published) - min(*dates, f.published)
    ).days > MAX_SPAN_DAYS:
        return False
    if f.published is None and f.earliest is not None and dates and (f.earliest - max(dates)).days > MAX_SPAN_DAYS:
        return False
    if f.published is not None and bounds and (max(bounds) - f.published).days > MAX_SPAN_DAYS:
        return False
    if f.recaps:
        ledes = group.ledes if exclude is None else {w for w, n in group.ledes.items() if n - (w in exclude.lede) > 0}
        if _recapped(f.recaps, ledes):
            return False
    if any(m.recaps and m is not exclude and _recapped(m.recaps, f.lede) for m in group.members):
        return False
    members = [m for m in group.members if m is not exclude]
    if not _same_stage(f, members) or not _same_stage_days(f, members):
        return False
    for role, who in f.roles.items():
        holders = group.roles.get(role)
        if not holders:
            continue
        others = {w for w, n in holders.items() if n - (1 if exclude and exclude.roles.get(role) == w else 0) > 0}
        if others - {who}:
            return False
    return True


def _same_stage(f: _Features, members: list[_Features]) -> bool:
    """No trial report with an outcome report, no two sentencings with different prison terms."""
    for m in members:
        if f.phase and m.phase and f.phase != m.phase:
            return False
        if f.terms and m.terms and not f.terms & m.terms:
            return False
    return True


def _same_stage_days(f: _Features, members: list[_Features]) -> bool:
    """An undated article whose people spoke on a weekday after every dated member was written, and on
    no day the event's articles name, reports a later happening (a press conference two days on)."""
    dated = [m.published for m in members if m.published is not None]
    if f.published is not None or not f.speech_days or not dated:
        return True
    first, last = min(dated), max(dated)
    window = {(first - timedelta(days=1) + timedelta(days=i)).weekday() for i in range((last - first).days + 2)}
    named = set().union(*(m.days for m in members))
    return bool(f.speech_days & (window | named))


def _affinity(f: _Features, group: _Group, exclude: _Features | None = None) -> float:
    """Cosine of ``f`` with the group's centroid, plus shared quotes and people (``exclude`` left out)."""
    c = group.centroid
    dot = sum(v * c.get(w, 0.0) for w, v in f.vector.items())
    norm2 = group.norm2
    people_out: frozenset[str] = frozenset()
    quotes_out: frozenset[tuple[str, ...]] = frozenset()
    if exclude is not None:
        own = sum(v * v for v in exclude.vector.values())
        cross = sum(v * exclude.vector.get(w, 0.0) for w, v in f.vector.items())
        norm2 = norm2 - 2 * sum(v * c.get(w, 0.0) for w, v in exclude.vector.items()) + own
        dot -= cross
        people_out, quotes_out = exclude.people, exclude.quotes
    if norm2 <= 1e-12:
        return 0.0
    cos = dot / math.sqrt(norm2)
    held = group.quotes
    shared_quotes = min(2, sum(1 for runs in f.quote_runs if any(held.get(r, 0) - (r in quotes_out) > 0 for r in runs)))
    in_group = sum(1 for p, n in group.people.items() if n - (p in people_out) > 0)
    shared = sum(1 for p in f.people if group.people.get(p, 0) - (p in people_out) > 0)
    union = len(f.people) + in_group - shared
    overlap = shared / union if union else 0.0
    return cos + QUOTE_BONUS * shared_quotes + PEOPLE_WEIGHT * overlap


def _timeless_stranger(f: _Features, group: _Group, exclude: _Features | None) -> bool:
    """With no date on either side nothing says two reports are of one day: an ongoing dispute gives
    weeks of reports on one topic. Then an article joins only on a shared quotation, a person quoted in
    both (named in full in one), or words alike enough (``UNDATED_COSINE``)."""
    members = [m for m in group.members if m is not exclude]
    if f.published is not None or any(m.published is not None for m in members):
        return False
    for m in members:
        if f.persons & m.quoted or f.quoted & m.persons:
            return False
        if any(any(r in m.quotes for r in runs) for runs in f.quote_runs):
            return False
        if sum(v * m.vector.get(w, 0.0) for w, v in f.vector.items()) >= UNDATED_COSINE:
            return False
    return True


def _order_key(f: _Features) -> tuple[int, date, str]:
    return (0 if f.published else 1, f.published or date.max, f.path)


def group_events(results: Sequence[ArticleQuotes]) -> list[Event]:
    """Events of ``results``, with stable ids ``e1``, ``e2``... by earliest date, then path."""
    stem_counts = [Counter(content_stems(_article_text(r))) for r in results]
    df: Counter[str] = Counter(w for c in stem_counts for w in c)
    n = len(results)
    idf = {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()}
    feats = sorted(
        (_features(r, idf, c) for r, c in zip(results, stem_counts, strict=True)), key=_order_key
    )

    groups: list[_Group] = []
    for f in feats:
        best = _best(f, groups)
        if best is None:
            best = _Group()
            groups.append(best)
        best.add(f)
    groups = _refine(feats, groups)
    by_path = {r.article.path: r for r in results}
    events = [_event(g, by_path) for g in groups if g.members]
    events.sort(key=lambda e: (e.first_published or date.max, e.files[0]))
    return [e.model_copy(update={"id": f"e{i}"}) for i, e in enumerate(events, 1)]


def _best(f: _Features, groups: Iterable[_Group], home: _Group | None = None) -> _Group | None:
    """The compatible group ``f`` matches best above the threshold (``f`` left out of ``home``)."""
    best: _Group | None = None
    best_score = JOIN_THRESHOLD
    for g in groups:
        exclude = f if g is home else None
        if len(g.members) - (1 if exclude else 0) <= 0 or not _compatible(f, g, exclude):
            continue
        score = _affinity(f, g, exclude)
        if score > best_score and not _timeless_stranger(f, g, exclude):
            best, best_score = g, score
    return best


def _refine(feats: list[_Features], groups: list[_Group]) -> list[_Group]:
    """Move articles whose best event changed once every article was placed (two passes at most)."""
    for _ in range(2):
        home = {id(m): g for g in groups for m in g.members}
        moved = False
        for f in feats:
            current = home[id(f)]
            best = _best(f, groups, home=current)
            if best is None or best is current:
                continue
            if _affinity(f, best) <= _affinity(f, current, exclude=f) + 0.02:
                continue
            current.remove(f)
            best.add(f)
            home[id(f)] = best
            moved = True
        if not moved:
            break
    return [g for g in groups if g.members]


def _event(group: _Group, by_path: dict[str, ArticleQuotes]) -> Event:
    members = sorted(group.members, key=_order_key)
    dates = sorted(m.published for m in group.members if m.published is not None)
    people = _people(members, by_path)
    topics = _topics(members, people)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    return Event(
        id="e0",
        title=_title(first, last, people, topics),
        files=tuple(m.path for m in members),
        first_published=first,
        last_published=last,
        people=tuple(people),
        topics=tuple(topics),
        undated=tuple(m.path for m in members if m.published is None),
    )


def _people(members: list[_Features], by_path: dict[str, ArticleQuotes]) -> list[str]:
    """People quoted across the event, most widely quoted first."""
    articles: Counter[str] = Counter()
    quotes: Counter[str] = Counter()
    for m in members:
        names = [q.speaker for q in by_path[m.path].quotes
                 if q.speaker and q.kind is not QuoteKind.SCARE and not q.furniture and len(q.speaker.split()) >= 2]
        quotes.update(names)
        articles.update(set(names))
    ranked = sorted(articles, key=lambda p: (-articles[p], -quotes[p], p))
    return ranked[:4]


def _topics(members: list[_Features], people: list[str]) -> list[str]:
    """Words most of the event's articles use, names excluded."""
    name_words = {w.lower() for p in people for w in p.split()}
    df: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for m in members:
        df.update(set(m.surface))
        total.update(m.surface)
    seen_stems: set[str] = set()
    out: list[str] = []
    for word in sorted(df, key=lambda w: (-df[w] * total[w], w)):
        s = stem(word)
        if word in name_words or s in seen_stems:
            continue
        seen_stems.add(s)
        out.append(word)
        if len(out) == 4:
            break
    return out


def _title(first: date | None, last: date | None, people: list[str], topics: list[str]) -> str:
    if first is None or last is None:
        when = "undated"
    elif first == last:
        when = first.isoformat()
    else:
        when = f"{first.isoformat()} to {last.isoformat()}"
    who = ", ".join(people[:3]) or "no one quoted"
    what = ", ".join(topics[:4])
    return f"{when}: {who}" + (f" ({what})" if what else "")
