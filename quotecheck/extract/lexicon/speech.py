"""Verbs and nouns of reported speech: every inflection of a verb of saying, and the words around them."""

from __future__ import annotations

# Verbs that introduce reported speech, every inflection spelled out (fast lookups, no stemmer).
_SPEECH_STEMS = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "continue": ("continue", "continues", "continued", "continuing"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "warn": ("warn", "warns", "warned", "warning"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "state": ("state", "states", "stated", "stating"),
    "declare": ("declare", "declares", "declared", "declaring"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "write": ("write", "writes", "wrote", "writing"),
    "tweet": ("tweet", "tweets", "tweeted", "tweeting"),
    "post": ("posted", "posting"),
    "respond": ("respond", "responds", "responded", "responding"),
    "reply": ("reply", "replies", "replied", "replying"),
    "answer": ("answered", "answering"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "concede": ("concede", "concedes", "conceded", "conceding"),
    "note": ("note", "notes", "noted", "noting"),
    "observe": ("observes", "observed", "observing"),
    "remark": ("remarked", "remarking"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "urge": ("urge", "urges", "urged", "urging"),
    "criticise": ("criticise", "criticises", "criticised", "criticising",
                  "criticize", "criticizes", "criticized", "criticizing"),
    "accuse": ("accuse", "accuses", "accused", "accusing"),
    "brand": ("brand", "brands", "branded", "branding"),
    "describe": ("describe", "describes", "described", "describing"),
    "call": ("calls", "called", "calling"),
    "dub": ("dubbed", "dubbing"),
    "label": ("labelled", "labeled", "labelling", "labeling"),
    "stress": ("stressed", "stressing"),
    "maintain": ("maintained", "maintaining"),
    "assert": ("asserted", "asserting"),
    "recall": ("recalled", "recalling"),
    "predict": ("predict", "predicts", "predicted", "predicting"),
    "blast": ("blast", "blasts", "blasted", "blasting"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "reject": ("reject", "rejects", "rejected", "rejecting"),
    "dismiss": ("dismiss", "dismisses", "dismissed", "dismissing"),
    "complain": ("complain", "complains", "complained", "complaining"),
    "ask": ("ask", "asks", "asked", "asking"),
    "question": ("questioned", "questioning"),
    "joke": ("joked", "joking"),
    "quip": ("quipped", "quipping"),
    "boast": ("boasted", "boasting"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "deny": ("deny", "denies", "denied", "denying"),
    "repeat": ("repeated", "repeating"),
    "reiterate": ("reiterated", "reiterating"),
    "emphasise": ("emphasised", "emphasising", "emphasized", "emphasizing"),
    "report": ("reported", "reporting"),
    "hit": ("hit", "hits"),
    "lash": ("lashed",),
    "tear": ("tore", "torn"),
    "round": ("rounded",),
    "lay": ("laid",),
    "take": ("took",),
    "go": ("went", "goes"),
    "condemn": ("condemn", "condemns", "condemned", "condemning"),
    "attack": ("attacked", "attacking"),
    "mock": ("mocked", "mocking"),
    "deride": ("derided", "deriding"),
    "rubbish": ("rubbished", "rubbishing"),
    "downplay": ("downplayed", "downplaying"),
    "praise": ("praised", "praising"),
    "hail": ("hail", "hails", "hailed", "hailing"),
    "welcome": ("welcomed", "welcoming"),
    "pledge": ("pledge", "pledges", "pledged", "pledging"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "threaten": ("threatened", "threatening"),
    "seize": ("seized",),
    "put": ("put",),
    "exclaim": ("exclaimed",),
    "shout": ("shouted",),
    "cry": ("cried",),
    "demand": ("demanded", "demanding"),
    "shoot": ("shot", "shoots"),
    "fire": ("fired", "fires"),
    "reveal": ("reveal", "reveals", "revealed", "revealing"),
    "lament": ("lamented", "lamenting"),
    "fume": ("fumed", "fuming"),
    "hint": ("hinted", "hinting"),
    "testify": ("testified", "testifies", "testifying"),
    "recount": ("recounted", "recounting"),
    "counter": ("countered", "countering"),
    "retort": ("retorted",),
    "protest": ("protested",),
    "allege": ("alleged", "alleges"),
    "contend": ("contended", "contends"),
    "muse": ("mused",),
    "snap": ("snapped",),
    "scold": ("scold", "scolds", "scolded", "scolding"),
    "bellow": ("bellows", "bellowed", "bellowing"),
    "yell": ("yells", "yelled", "yelling"),
    "highlight": ("highlights", "highlighted", "highlighting"),
    "conclude": ("concludes", "concluded", "concluding"),
    "cite": ("cites", "cited", "citing"),
    "denounce": ("denounce", "denounces", "denounced", "denouncing"),
    "comment": ("commented", "commenting"),
    "read": ("reads", "read"),
    "sing": ("sings", "sang", "singing"),
    "chant": ("chanted", "chanting"),
    "thank": ("thanked", "thanking"),
}
SPEECH_VERBS: frozenset[str] = frozenset(w for forms in _SPEECH_STEMS.values() for w in forms)
"""Every inflected form of a verb of saying."""

# Verbs whose object is the promised act: they credit a quote only as "vowed to "smash"".
COMMISSIVE_VERBS: frozenset[str] = frozenset(
    _SPEECH_STEMS["pledge"] + _SPEECH_STEMS["promise"] + _SPEECH_STEMS["vow"] + _SPEECH_STEMS["threaten"]
)
# Verbs that need a particle or a "by" agent to be a credit ("hit out", "lashed out", "seized on by").
PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "hit": frozenset({"out", "back"}),
    "hits": frozenset({"out", "back"}),
    "lashed": frozenset({"out"}),
    "tore": frozenset({"into"}),
    "torn": frozenset({"into"}),
    "rounded": frozenset({"on"}),
    "laid": frozenset({"into"}),
    "took": frozenset({"aim"}),
    "went": frozenset({"on"}),
    "goes": frozenset({"on"}),
    "seized": frozenset({"on", "upon"}),
    "put": frozenset({"it"}),
    "shot": frozenset({"back"}),
    "shoots": frozenset({"back"}),
    "fired": frozenset({"back"}),
    "fires": frozenset({"back"}),
}
# Present-tense forms that are never a plural noun: "...," Badenoch says. / Reeves tells MPs: "..."
# (liveblog and headline present tense), so a following "." or ":" does not make them nouns.
VERB_ONLY_S: frozenset[str] = frozenset(
    "says tells adds explains insists argues declares announces admits acknowledges concedes suggests "
    "urges criticises criticizes accuses predicts complains asks confirms denies continues warns hails".split()
)
SPEAKING_DOCUMENTS: frozenset[str] = frozenset(
    "release statement email e-mail ad advertisement document website site letter memo report filing "
    "tweet post message text caption headline transcript complaint indictment lawsuit motion order ruling "
    "opinion petition sign banner story article book column editorial video notice announcement "
    "proposal plan bill platform policy guidance warning flyer leaflet brochure poster".split()
)
"""Nouns for a text that can be the subject of a speech verb ("the release said", "the ad says", "the
email read"): the credit keeps the phrase as its mention, with no person behind it."""
# Participles that carry the sentence subject forward ("..., saying it was "not unusual"").
PARTICIPLES: frozenset[str] = frozenset(w for w in SPEECH_VERBS if w.endswith("ing"))

AUXILIARIES: frozenset[str] = frozenset(
    "has have had also later then previously earlier once again further repeatedly "
    "would will could might may can must should did does do just only first last "
    "already recently today yesterday tonight separately privately publicly "
    "reportedly allegedly apparently angrily bluntly flatly simply openly".split()
)
PASSIVE_MARKERS: frozenset[str] = frozenset("was were been being is are be".split())
# "went on to blast", "moved to reassure", "was quick to"
VERB_CHAIN: frozenset[str] = frozenset("went on to moved sought tried quick keen".split())
SPEECH_NOUNS: frozenset[str] = frozenset(
    "message verdict response reply answer warning advice view argument retort reaction plea "
    "assessment conclusion prediction promise pledge words".split()
)
"""Nouns for what someone said: "His message was clear: '...'" credits the possessor."""
CLAIM_NOUNS: frozenset[str] = SPEECH_NOUNS | frozenset(
    "claim claims call calls statement statements remark remarks comment comments description vow vows "
    "demand demands assertion accusation accusations charge insistence suggestion criticism admission "
    "boast promises pledges warnings insult insults attack attacks".split()
)
"""Nouns whose complement reports someone's words: "Lee's claim that it was "rigged"" is Lee's."""
SO_CALLED: frozenset[str] = frozenset({"so-called", "so called", "dubbed", "termed", "the word", "the term",
                                       "the phrase", "coined", "nicknamed", "known as", "self-styled"})
REJECTING_VERBS: frozenset[str] = frozenset(
    w for stem in ("reject", "dismiss", "deny", "rubbish", "mock", "slam", "deride", "condemn", "attack")
    for w in _SPEECH_STEMS[stem]
)
"""Verbs whose object is someone else's words: "Labour rejects Tory 'open border' jibe"."""

