"""Who said a quote: the one place that decides every credit of an article, and records why.

Rules, in the order they are tried (each a named function with a docstring and an example):

* the sentence rules (``rules.py``, ``SENTENCE_RULES``): "...," X said / "...," said X (after the
  quote); X said: "..." / X told Y: "..." / X said the plan was "..." / according to X / in X's words /
  headline colons (before it); rejected as "..." by X (agent); a headline's possessor; failing all
  those, a cue closing the sentence ("..., she told the court.") or the subject of the quote's clause;
* the carry-over rules (``carry.py``, ``CARRY_RULES``): a continuation paragraph, a second quote of the
  same paragraph, a quote paragraph after the paragraph that named its speaker, "the statement added";
* a sentence with a speech verb and no quote names who speaks next (``SUBJECT_RULE``).

Every ``Credit`` names its rule; its mention records how it was resolved (pronoun, surname, role; see
``Mention.via``), and ``trace.credit_trace`` turns both into the ``CreditTrace`` of the ``Quote``.
"""

from __future__ import annotations

from quotecheck.extract.attribution.article import ArticleCredits, credit_article
from quotecheck.extract.attribution.carry import CARRY_RULES, CarryRule
from quotecheck.extract.attribution.grammar import Credit, Sentence, starts_after_colon
from quotecheck.extract.attribution.rules import (
    SENTENCE_RULES,
    SUBJECT_RULE,
    Rule,
    credit_in_sentence,
    subject_credit,
)
from quotecheck.extract.attribution.trace import TraceBuilder, credit_trace

TRANSCRIPT_RULES: dict[str, str] = {
    "transcript-label": "A speaker label opens the turn (\"COOPER: ...\"): the words after it are the speaker's.",
    "transcript-turn": "A paragraph of a turn with no label of its own: the words of the turn's labelled speaker.",
}
"""A transcript's credit rules: its turns are credited by their speaker labels (``ingest/transcripts.py``
names them), not by the prose rules."""

STORY_RULES: dict[str, str] = {
    "headline-label": "A headline's label names whose words follow (\"Cooper: ... 'total garbage'\").",
    "echo": "A phrase quoted with no credit whose words a credited quote of the story holds: that speaker's.",
}
"""Credits settled with the whole story in view (``attribution/claims.py``)."""

RULE_NAMES: tuple[str, ...] = (
    *(r.name for r in SENTENCE_RULES), *(r.name for r in CARRY_RULES), SUBJECT_RULE, *TRANSCRIPT_RULES,
    *STORY_RULES,
)
"""Every rule name a credit can carry."""

_SUBJECT_DOC = "A sentence with a speech verb and no quote names who speaks in the quote after it."

RULE_DOCS: dict[str, str] = {
    **{r.name: r.doc.split("\n\n")[0] for r in SENTENCE_RULES},
    **{r.name: r.doc.split("\n\n")[0] for r in CARRY_RULES},
    SUBJECT_RULE: _SUBJECT_DOC,
    **TRANSCRIPT_RULES,
    **STORY_RULES,
}
"""What each rule reads, in plain words (the first paragraph of its docstring)."""

__all__ = [
    "CARRY_RULES",
    "RULE_DOCS",
    "RULE_NAMES",
    "SENTENCE_RULES",
    "SUBJECT_RULE",
    "TRANSCRIPT_RULES",
    "ArticleCredits",
    "CarryRule",
    "Credit",
    "Rule",
    "Sentence",
    "TraceBuilder",
    "credit_article",
    "credit_in_sentence",
    "credit_trace",
    "starts_after_colon",
    "subject_credit",
]
