"""Group articles into events: the reports of one happening, however many outlets.

    group_events(results) -> list[Event]

Evidence, strongest first:

* **dates**: articles published more than ``MAX_SPAN_DAYS`` apart never share an event; an undated
  article that mentions a later year ("more than 70 lives in 2024") cannot join an earlier event;
* **recaps**: an article that places an event's happening a week or more back ("Mellor, who was
  jailed for nine years last month", "who sparred over rural broadband last week") reports a later one;
* **roles**: two articles that give the same office to different people ("Home Secretary Suella
  Braverman" against "Home Secretary Yvette Cooper") were written at different times;
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
from datetime import date

from quotecheck.align import eligible, word_runs
from quotecheck.extract.lexicon import NOT_NAMES, ROLE_HEADS
from quotecheck.models import ArticleQuotes, Event, ParagraphRole, QuoteKind
from quotecheck.words import STOPWORDS, content_stems, is_content, norm_words, stem, tokenize

MAX_SPAN_DAYS = 2
"""A story and its follow-ups: articles at most this many days apart can share an event."""
JOIN_THRESHOLD = 0.16
"""Least content affinity for an article to join an event rather than open its own (a court's other
case on the same day, with the same judge, scores about 0.15; the thinnest report of one event, 0.25).
Kept near the low end: splitting one story's reports costs as much as merging two stories, and dates
already keep most different stories apart."""
QUOTE_BONUS = 0.15
"""Affinity added per quotation an article shares with an event, in any version (at most two count)."""
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
_CLAUSE_END = re.compile(r"[,;:()—–]|\s-\s|[.!?](?=\s)|\n")
RECAP_STEMS = 2
"""Words of an event's headline or lead a recap clause must share to recap that event's happening."""
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


def _roles(text: str) -> dict[str, str]:
    """Office -> surname for "Home Secretary Yvette Cooper" and "Chris Philp, the shadow home secretary"."""
    found: dict[str, str] = {}
    ambiguous: set[str] = set()

    def record(role_words: list[str], name: str, before: list[str]) -> None:
        words = [w.lower() for w in role_words]
        if not words or words[-1] not in ROLE_HEADS or set(before[-2:]) & _NOT_CURRENT:
            return
        key = [w for w in words if w not in _ROLE_SKIP]
        if len(key) >= 2:
            role, who = " ".join(key), name.rsplit(maxsplit=1)[-1].lower()
            if found.setdefault(role, who) != who:
                ambiguous.add(role)  # two holders in one article: a past and a present one

    words = [(m.group(), m.start()) for m in _WORDS.finditer(text)]
    joined = [i > 0 and text[words[i - 1][1] + len(words[i - 1][0]) : words[i][1]] == " " for i in range(len(words))]
    lowered = [w.lower() for w, _ in words]
    role_vocab = _ROLE_WORDS | ROLE_HEADS | _ROLE_SKIP
    i = 0
    while i < len(words) - 1:
        w, _ = words[i]
        if (
            _is_name_word(w, lowered[i], role_vocab)
            and joined[i + 1]
            and _is_name_word(words[i + 1][0], lowered[i + 1], role_vocab)
        ):
            j = i + 2
            while j < len(words) and joined[j] and _is_name_word(words[j][0], lowered[j], role_vocab):
                j += 1
            name = " ".join(x for x, _ in words[i:j])
            k = i
            portfolio = True  # one word of any kind before the office: "Housing Secretary", "culture minister"
            while k > 0 and i - k < 5 and joined[k]:
                prev, head = words[k - 1][0], words[k][0]
                if lowered[k - 1] in role_vocab:
                    k -= 1
                elif (
                    portfolio and lowered[k] in ROLE_HEADS
                    and (prev[:1].isupper() == head[:1].isupper() or _starts_sentence(text, words[k - 1][1]))
                    and lowered[k - 1] not in NOT_NAMES and lowered[k - 1] not in STOPWORDS
                ):
                    portfolio = False
                    k -= 1
                else:
                    break
            while k < i and lowered[k] in _ROLE_SKIP:
                k += 1
            record([x for x, _ in words[k:i]], name, lowered[max(0, k - 2) : k])
            i = j
            continue
        i += 1
    for m in _ROLE_AFTER.finditer(text):
        record(m.group(2).split(), m.group(1), m.group(2).lower().split())
    return {role: who for role, who in found.items() if role not in ambiguous}


def _starts_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n:"


def _is_name_word(word: str, lower: str, role_vocab: frozenset[str]) -> bool:
    return word[:1].isupper() and lower not in role_vocab and lower not in NOT_NAMES and len(word) > 1


def _earliest(text: str, published: date | None) -> date | None:
    if published is not None:
        return published
    years = [int(y) for y in _YEAR.findall(text)]
    return date(max(years), 1, 1) if years else None


def _lede(result: ArticleQuotes, headline: str) -> frozenset[str]:
    art = result.article
    first = next((p.span.slice(art.raw) for p in art.paragraphs if p.role is ParagraphRole.BODY), "")
    return frozenset(s for s in content_stems(headline + "\n" + first) if s not in _GENERIC_STEMS)


def _recaps(text: str) -> tuple[frozenset[str], ...]:
    """Stems of the clauses a recap marker qualifies: the clause it ends, else the one it opens."""
    out = []
    for m in _RECAP.finditer(text):
        ends = [e.end() for e in _CLAUSE_END.finditer(text, max(0, m.start() - 200), m.start())]
        before = text[ends[-1] if ends else max(0, m.start() - 200) : m.start()]
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
        q.speaker.split()[-1].lower() for q in result.quotes if q.speaker and q.kind is not QuoteKind.SCARE
    ) | frozenset(s.name.split()[-1].lower() for s in result.speakers if len(s.name.split()) >= 2)
    quote_runs = tuple(r for r in (word_runs(norm_words(q.text)) for q in result.quotes if eligible(q)) if r)
    surface: Counter[str] = Counter()
    headline = art.headline or next(
        (p.span.slice(art.raw) for p in art.paragraphs if p.role is ParagraphRole.HEADLINE), ""
    )
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
        roles=_roles(text),
        surface=surface,
        lede=_lede(result, headline),
        recaps=_recaps(text) if _RECAP.search(text) else (),
    )


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
    for role, who in f.roles.items():
        holders = group.roles.get(role)
        if not holders:
            continue
        others = {w for w, n in holders.items() if n - (1 if exclude and exclude.roles.get(role) == w else 0) > 0}
        if others - {who}:
            return False
    return True


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
        if score > best_score:
            best, best_score = g, score
    return best


def _refine(feats: list[_Features], groups: list[_Group]) -> list[_Group]:
    """Move articles whose best event changed once every article was placed (two passes at most)."""
    for _ in range(2):
        home = {id(m): g for g in groups for m in g.members}
        moved = False
        for f in feats:
            current = home[id(f)]
            if len(current.members) == 1:
                continue
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
