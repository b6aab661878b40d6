"""Quote clusters: the versions of one utterance across the articles of an event.

    cluster_quotes(event, results) -> list[QuoteCluster]

Quotes in page furniture take no part; a scare quote takes part only as the echo of a quotation
another article prints (see ``_echoes``). Identical versions (after folding
typography and case) are merged first, so a quote printed by a hundred outlets costs one
comparison. Candidate pairs come from an index of each version's rarest meaningful words
(blocking), so the cost grows with the number of versions, not its square. Two versions join when

* they are the same words, or the same words in other forms ("open borders policy");
* one is a stretch of the other (a partial quote of a full one) and the speakers agree;
* they are long and differ by a word or two (rapidfuzz ratio);
* a short fragment's words all occur, stemmed, in a longer quote of the same speaker ("lies" and
  "sold a lie"), when they are most of its words ("how did it come to this" shares a verb, not a claim);
* they overlap: both print the same stretch of six or more words, three of them meaningful, and the
  speakers agree (one outlet quotes sentences one and two, another two and three); a stretch of
  ``LONG_RUN`` words joins whatever the credit;
* one paraphrases the other: at least ``PARAPHRASE_STEMS`` of its meaningful words, four in five of
  them, occur in the same order in the other, and the speakers agree ("a warning to any driver who
  thinks the law does not apply" and "a warning to every driver who thinks the rules do not apply").

No fuzzy rule pairs a statement with its denial ("you're not asking questions" is not "are you
asking questions"): the versions must carry as many "not"s.

Speakers agree when either is unknown, both are the same person (one surname, ``extract.speaker_key``,
and no names ``extract.same_speaker`` parts: "Ann Hale" is not "Tom Hale"), or both are bodies (the
Government, the Conservatives, ministers). Long versions join whatever the credit: that is an
attribution conflict, reported as such, not a different quote.

Clusters are closed transitively, with three limits (``link_nodes``): links are taken identical
wordings first, fragments last, and otherwise by where the shared words start; two groups that each
span two articles never merge when that puts together two quotes one article printed apart (a third
version that runs both statements together goes with the one it opens with); and a fragment of a
few words found in two full statements goes with the first only. A cluster spans two articles at
least whenever its event has two: a headline and its body, or a partial and its own full quote, are
no cluster of their own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from quotecheck.diff import relation, severity, word_diff, worst
from quotecheck.extract import Agreement, same_speaker, speaker_key, title_case
from quotecheck.models import (
    ArticleQuotes,
    ClusterMember,
    ClusterRelation,
    Event,
    Quote,
    QuoteCluster,
    QuoteKind,
)
from quotecheck.words import content_stems, is_content, norm_words

BLOCK_KEYS = 3
"""How many of a version's rarest words index it (all of them when it has few)."""
LONG_WORDS = 6
"""Versions at least this long join on wording alone, whatever the credit."""
NEAR_RATIO = 85.0
"""Least rapidfuzz ratio of two long versions of one utterance."""
CONTAIN_RATIO = 92.0
"""Least rapidfuzz partial ratio for a long fragment with small edits inside a fuller version."""
FRAGMENT_STEMS = 4
"""A fragment has at most this many meaningful words."""
RUN_WORDS = 5
"""Words in the shortest shared stretch that makes two overlapping versions one utterance."""
RUN_CONTENT = 3
"""Meaningful words such a stretch needs ("we will not be able to" is no evidence)."""
NAMELESS_RUN_CONTENT = 2
"""Least meaningful words other than names in the shared stretch of an overlap."""
LONG_RUN = 10
"""A shared stretch this long joins two versions whatever the credit."""
PARAPHRASE_STEMS = 4
"""Least meaningful words, in order, that a paraphrase shares with the version it rewords."""
PARAPHRASE_SHARE = 0.8
"""Least share of the paraphrase's meaningful words found, in order, in the other version."""
MAX_COMPARE = 24
"""Fullest versions each member is compared with when labelling a large cluster."""
NEGATORS = frozenset({"not", "no", "never", "nor", "neither", "nobody", "nothing", "none", "cannot"})
"""Words that turn a statement round: "you're not asking questions" is no rewording of "are you asking questions"."""

@dataclass(slots=True)
class _Node:
    """One distinct wording by one speaker, and every quote printed that way."""

    key: str
    words: list[str]
    stems: list[str]
    speaker: str | None
    person: bool
    quotes: list[Quote] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    """The credited names behind ``speaker`` (one key: "Bob Hale" and "Robert Hale", or "Ann Hale" and "Tom Hale")."""
    runs: frozenset[tuple[str, ...]] = frozenset()
    """Every stretch of ``RUN_WORDS`` words with ``RUN_CONTENT`` meaningful ones (blocking and overlap)."""
    proper: frozenset[str] = frozenset()
    """Stems of the capitalised words inside the quote (names: "Kumanjayi Walker", "Warlpiri"), which two
    different remarks about one story share without saying the same thing."""


def proper_stems(text: str) -> frozenset[str]:
    """Stems of the words written with a capital that do not open a sentence."""
    tokens = text.split()
    caps = [w for i, w in enumerate(tokens)
            if i > 0 and w[:1].isupper() and not tokens[i - 1].endswith((".", "!", "?", ":"))]
    return frozenset(content_stems(" ".join(caps)))


def word_runs(words: list[str]) -> frozenset[tuple[str, ...]]:
    """Every stretch of ``RUN_WORDS`` of ``words`` with at least ``RUN_CONTENT`` meaningful ones."""
    if len(words) < RUN_WORDS:
        return frozenset()
    content = [is_content(w) for w in words]
    return frozenset(
        tuple(words[i : i + RUN_WORDS])
        for i in range(len(words) - RUN_WORDS + 1)
        if sum(content[i : i + RUN_WORDS]) >= RUN_CONTENT
    )


def speakers_agree(a: _Node, b: _Node, strict: bool = False) -> bool:
    """Same person, both bodies, or (unless ``strict``) one unknown."""
    if a.speaker is None or b.speaker is None:
        return not strict
    if a.person and b.person:  # one surname; two people if their names say so ("Ann Hale", "Tom Hale")
        return a.speaker == b.speaker and not any(
            same_speaker(x, None, y, None) is Agreement.DISAGREE for x in a.names for y in b.names
        )
    if not a.person and not b.person:
        return not strict or a.speaker == b.speaker
    return False


def eligible(quote: Quote) -> bool:
    """Quotes that take part in clustering: reported speech in the story."""
    return not quote.furniture and quote.kind is not QuoteKind.SCARE and bool(content_stems(quote.text))


def _nodes(quotes: list[Quote]) -> list[_Node]:
    by_key: dict[tuple[str, str | None], _Node] = {}
    for q in quotes:
        words = norm_words(q.text)
        spk, person = speaker_key(q.speaker)
        key = " ".join(words)
        node = by_key.get((key, spk))
        if node is None:
            node = _Node(key, words, content_stems(q.text), spk, person, runs=word_runs(words),
                         proper=proper_stems(q.text))
            by_key[(key, spk)] = node
        node.quotes.append(q)
        if q.speaker:
            node.names.add(q.speaker)
    return sorted(by_key.values(), key=lambda n: (n.quotes[0].file, n.quotes[0].span.start))


def _denials(words: Sequence[str]) -> int:
    """How many of ``words`` deny ("not", "never", "can't")."""
    return sum(1 for w in words if w in NEGATORS or w.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")))


def _negations(node: _Node) -> int:
    """How many words of the version deny."""
    return _denials(node.words)


def _offset(a: _Node, b: _Node) -> int:
    """Where the longest stretch ``a`` and ``b`` share starts, the later of its two places."""
    run = SequenceMatcher(None, a.words, b.words, autojunk=False).find_longest_match()
    return max(run.a, run.b)


def _linked(a: _Node, b: _Node) -> bool:
    """Whether versions ``a`` (no longer than ``b``) and ``b`` render one utterance."""
    if a.key == b.key:
        return len(set(a.stems)) >= 2 or speakers_agree(a, b)
    long_a = len(a.words) >= LONG_WORDS
    turned = _negations(a) != _negations(b)  # fuzzy rules never pair a statement with its denial
    denied = _negations(a) > _negations(b)  # nor a fragment with a version that lacks its "not"
    if long_a and len(b.words) >= LONG_WORDS and not turned and fuzz.ratio(a.key, b.key) >= NEAR_RATIO:
        return True
    contained = f" {a.key} " in f" {b.key} "
    if contained:
        if long_a:
            return True
        if len(set(a.stems)) == 1:  # one loaded word ("garbage", "smash"): only the same speaker's
            return speakers_agree(a, b, strict=True)
        return speakers_agree(a, b)
    if long_a and not turned and fuzz.partial_ratio(a.key, b.key) >= CONTAIN_RATIO:
        return True
    if a.stems == b.stems:  # word forms only: "open borders policy"; not a denial of the other
        return speakers_agree(a, b) and not turned
    short = len(set(a.stems)) <= FRAGMENT_STEMS and 2 * len(a.stems) >= len(a.words)  # loaded words, not a sentence
    if short and not denied and set(a.stems) <= set(b.stems) and speakers_agree(a, b, strict=True):
        return True
    if not a.runs.isdisjoint(b.runs):
        run = SequenceMatcher(None, a.words, b.words, autojunk=False).find_longest_match()
        around = _denials(a.words[max(0, run.a - 2) : run.a + run.size]) != _denials(
            b.words[max(0, run.b - 2) : run.b + run.size]
        )  # "we are cutting" and "we are not cutting" share a stretch, not a statement
        shared = a.words[run.a : run.a + run.size]
        claim = sum(1 for w in shared if is_content(w) and not set(content_stems(w)) <= a.proper | b.proper)
        # a stretch that is mostly names ("the family of Kumanjayi Walker and") is a topic, not a claim
        if not around and claim >= NAMELESS_RUN_CONTENT and (run.size >= LONG_RUN or speakers_agree(a, b)):
            return True
    elif long_a and SequenceMatcher(None, a.words, b.words, autojunk=False).find_longest_match().size >= LONG_RUN:
        return True  # a long shared stretch of common words ("all the grace and mercy I can muster")
    return not turned and _paraphrase(a, b) and speakers_agree(a, b)


def _paraphrase(a: _Node, b: _Node) -> bool:
    """Most of the meaningful words of one version occur, in order, in the other; names do not count
    (two remarks about "the family of Kumanjayi Walker" share a topic, not a claim)."""
    names = a.proper | b.proper
    sa, sb = [x for x in a.stems if x not in names], [x for x in b.stems if x not in names]
    shorter, longer = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(shorter) < PARAPHRASE_STEMS or len(set(shorter) & set(longer)) < PARAPHRASE_STEMS:
        return False
    matcher = SequenceMatcher(None, shorter, longer, autojunk=False)
    shared = sum(m.size for m in matcher.get_matching_blocks())
    return shared >= PARAPHRASE_STEMS and shared >= PARAPHRASE_SHARE * len(shorter)


def _same_paragraph_run(a: _Node, b: _Node) -> bool:
    """Two paragraphs of one multi-paragraph quotation are one utterance, not two versions."""
    if len(a.quotes) != 1 or len(b.quotes) != 1:
        return False
    qa, qb = a.quotes[0], b.quotes[0]
    return qa.file == qb.file and qa.group is not None and qa.group == qb.group


def _files(node: _Node) -> frozenset[str]:
    return frozenset(q.file for q in node.quotes)


def link_nodes(nodes: list[_Node]) -> list[list[int]]:
    """Connected groups of node indices (blocking on rare words, union-find).

    Links are taken identical wordings first, then by where the shared words start (a version that
    runs two statements together goes with the one it opens with). Two groups that each span two
    articles do not merge when that would put in one group two quotes of one article that are not
    versions of each other: the article printed them as two statements, each found elsewhere, and a
    third version that holds both does not make them one.
    """
    df: Counter[str] = Counter(s for n in nodes for s in set(n.stems))
    postings: dict[str, list[int]] = defaultdict(list)
    runs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, n in enumerate(nodes):
        for s in set(n.stems):
            postings[s].append(i)
        for r in n.runs:
            runs[r].append(i)
    links: list[tuple[int, int, int, int, int]] = []
    for i, a in enumerate(nodes):
        stems = sorted(set(a.stems), key=lambda s: (df[s], s))
        keys = stems if len(stems) <= FRAGMENT_STEMS else stems[:BLOCK_KEYS]
        candidates = {j for k in keys for j in postings[k] if j != i}
        candidates.update(j for r in a.runs for j in runs[r] if j != i)  # an overlap away from the rare words
        for j in sorted(candidates):
            b = nodes[j]
            if (len(a.words), i) > (len(b.words), j):
                continue  # each pair once, from its shorter side
            if _same_paragraph_run(a, b):
                continue
            if _linked(a, b):
                rank = 0 if a.key == b.key else 1 if len(a.words) >= LONG_WORDS else 2  # fragments last
                links.append((rank, _offset(a, b), len(b.words), i, j))
    linked = {(i, j) for *_, i, j in links} | {(j, i) for *_, i, j in links}
    parent = list(range(len(nodes)))
    by_file: dict[int, dict[str, list[int]]] = {}
    for i, n in enumerate(nodes):
        by_file[i] = defaultdict(list)
        for f in _files(n):
            by_file[i][f].append(i)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def apart(ra: int, rb: int) -> bool:
        fa, fb = by_file[ra], by_file[rb]
        if len(fa) < 2 or len(fb) < 2:
            return False  # one article's quotes join a cluster (an outlet that split a statement in two)
        return any(
            x != y and (x, y) not in linked for f in fa.keys() & fb.keys() for x in fa[f] for y in fb[f]
        )

    def stated(root: int, via: int) -> bool:
        """Whether the group spans two articles and holds a full statement besides the fragment ``via``."""
        return len(by_file[root]) > 1 and any(
            len(nodes[x].words) >= LONG_WORDS for ms in by_file[root].values() for x in ms if x != via
        )

    for *_, i, j in sorted(links):
        ri, rj = find(i), find(j)
        if ri == rj or apart(ri, rj):
            continue
        if len(nodes[i].words) < LONG_WORDS and stated(ri, i) and stated(rj, i):
            continue  # a few words found in two statements ("making statements") go with the first only
        parent[ri] = rj
        for f, members in by_file.pop(ri).items():
            by_file[rj][f].extend(members)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(nodes)):
        groups[find(i)].append(i)
    return [sorted(g) for g in groups.values()]


def _echo(quote: Quote) -> bool:
    """A scare quote that may echo a quotation: words in marks in the story, not a label or a name in
    title case ("Ring of Fire", a place: another outlet quoting a speech that names it is no echo)."""
    return (not quote.furniture and quote.kind is QuoteKind.SCARE and bool(content_stems(quote.text))
            and not _title_case(quote.text))


def _title_case(text: str) -> bool:
    return title_case([w.strip(".,;:!?'’\"") for w in text.split()])


def _echoes(nodes: list[_Node], groups: list[list[int]], scare: list[Quote]) -> list[list[Quote]]:
    """Each group's quotes with the scare quotes that echo it, then the echoes no quote accounts for.

    A scare quote joins the group holding, in another article, the shortest version that contains
    its words ("a broken man" in "I come before you as a broken man"; "mercy" in "for the mercy he
    dispensed" rather than in a long sentence that mentions mercy). Scare quotes that only echo each
    other make no group: two outlets may put one label in marks ("illegal migrants").
    """
    members = [[q for i in g for q in nodes[i].quotes] for g in groups]
    for q in scare:
        key = " ".join(norm_words(q.text))
        holders = [
            (len(nodes[i].words), k)
            for k, g in enumerate(groups)
            for i in g
            if f" {key} " in f" {nodes[i].key} " and any(o.file != q.file for o in nodes[i].quotes)
        ]
        if holders:
            members[min(holders)[1]].append(q)
    return members


def cluster_quotes(event: Event, results: Sequence[ArticleQuotes]) -> list[QuoteCluster]:
    """Quote clusters of ``event``, ids ``<event>-q1``... in reading order of the event's files."""
    order = {path: i for i, path in enumerate(event.files)}
    quotes = [q for r in results if r.article.path in order for q in r.quotes if eligible(q)]
    scare = [q for r in results if r.article.path in order for q in r.quotes if _echo(q)]
    nodes = _nodes(quotes)
    clusters: list[list[Quote]] = []
    for members in _echoes(nodes, link_nodes(nodes), scare):
        # two articles at least when the event has two: never a headline and its body alone
        if len(members) >= 2 and len({q.file for q in members}) >= min(2, len(event.files)):
            clusters.append(sorted(members, key=lambda q: (order[q.file], q.span.start)))
    clusters.sort(key=lambda ms: (order[ms[0].file], ms[0].span.start))
    return [_cluster(event, f"{event.id}-q{k}", ms) for k, ms in enumerate(clusters, 1)]


def _member(q: Quote) -> ClusterMember:
    return ClusterMember(
        quote_id=q.id, file=q.file, span=q.span, text=q.text, kind=q.kind, speaker=q.speaker, venue=q.venue
    )


def _cluster(event: Event, cid: str, quotes: list[Quote]) -> QuoteCluster:
    members = [_member(q) for q in quotes]
    length = [len(norm_words(m.text)) for m in members]
    a = max(range(len(members)), key=lambda i: (length[i], -i))
    anchor = members[a]
    fullest = sorted(range(len(members)), key=lambda i: (-length[i], i))[:MAX_COMPARE]
    distinct: dict[str, ClusterRelation] = {}
    relations = []
    for i, m in enumerate(members):
        if i == a:
            continue
        if m.text not in distinct:
            best = ClusterRelation.PARAPHRASED
            for j in fullest:
                other = members[j]
                if j == i or length[j] < length[i]:
                    continue
                rel = relation(other.text, m.text)
                if severity(rel) < severity(best):
                    best = rel
            distinct[m.text] = best
        relations.append(distinct[m.text])
    diffs = tuple(word_diff(anchor, m) for i, m in enumerate(members) if i != a)
    return QuoteCluster(
        id=cid, event=event.id, relation=worst(relations), members=tuple(members), anchor=anchor.quote_id,
        diffs=diffs,
    )
