"""Word lists of English news writing: speech verbs, honorifics, role and body nouns.

General vocabulary of reporting, not of any one outlet or story.
"""

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
    "note": ("noted", "noting"),
    "observe": ("observed", "observing"),
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
# Participles that carry the sentence subject forward ("..., saying it was "not unusual"").
PARTICIPLES: frozenset[str] = frozenset(w for w in SPEECH_VERBS if w.endswith("ing"))

AUXILIARIES: frozenset[str] = frozenset(
    "has have had also later then previously earlier once again further repeatedly "
    "would will could might may can must should did does do just only first last "
    "has also had also already recently today yesterday tonight separately privately publicly "
    "reportedly allegedly apparently angrily bluntly flatly simply openly".split()
)
PASSIVE_MARKERS: frozenset[str] = frozenset("was were been being is are be".split())
# "went on to blast", "moved to reassure", "was quick to"
VERB_CHAIN: frozenset[str] = frozenset("went on to moved sought tried went quick keen".split())

HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None, "sir": "m", "dame": "f",
    "lord": "m", "lady": "f", "baroness": "f", "baron": "m", "dr": None, "prof": None,
    "professor": None, "rev": None, "reverend": None, "rabbi": None, "imam": None, "father": "m",
    "sister": "f", "judge": None, "justice": None, "gen": None, "general": None, "col": None,
    "capt": None, "captain": None, "sen": None, "senator": None, "rep": None, "gov": None,
    "governor": None, "king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m",
    "president": None, "chancellor": None, "commissioner": None, "mayor": None,
    # British police ranks and council titles, written without full stops ("Det Insp Jane Smith",
    # "Ch Supt", "PC", "Sgt", "Cllr"): titles before a name, never part of it.
    "det": None, "insp": None, "supt": None, "ch": None, "sgt": None, "pc": None, "pcso": None, "dc": None,
    "ds": None, "dci": None, "dsi": None, "dcs": None, "con": None, "asst": None, "cllr": None,
}
# Words that head a role: "the shadow home secretary", "TUC president", "Sunak's spokesman".
ROLE_HEADS: frozenset[str] = frozenset(
    "secretary minister president leader chief chairman chairwoman chair spokesman spokeswoman "
    "spokesperson chancellor mayor governor senator representative commissioner director head "
    "founder mp mep msp ms ceo boss executive officer adviser advisor campaigner economist analyst "
    "professor editor correspondent ambassador envoy premier pm deputy whip speaker candidate "
    "lawyer barrister solicitor judge inspector commander commissioner superintendent constable "
    "councillor member peer treasurer general counterpart chairperson coordinator organiser "
    "activist expert researcher scientist doctor surgeon nurse teacher headteacher principal "
    "owner manager coach captain pope king queen prince princess monarch attorney prosecutor "
    "official aide strategist pollster founder co-founder source insider figure ally friend colleague "
    "resident witness voter commuter neighbour neighbor relative parent mother father brother sister "
    "daughter son wife husband partner "
    "backbencher frontbencher lawmaker legislator congressman congresswoman assemblyman assemblywoman "
    "councilman councilwoman diplomat negotiator student pupil victim survivor pensioner worker patient "
    "passenger shopper tenant landlord investor trader historian academic detective sergeant "
    "footballer player striker midfielder defender goalkeeper winger skipper cricketer batsman bowler "
    "golfer boxer athlete referee umpire pundit jockey grandmother grandfather nominee "
    "recorder sheriff coroner magistrate mum dad gran granny grandma grandad grandpa".split()
)
PLURAL_PERSON_HEADS: frozenset[str] = frozenset(
    "ministers officials sources critics campaigners experts residents aides insiders allies "
    "backbenchers mps peers activists protesters lawyers analysts economists officers police "
    "leaders politicians diplomats lawmakers students workers patients pensioners "
    "msps councillors relatives families parents neighbours locals villagers fans organisers detectives "
    "bosses chiefs".split()
)
# Nouns that head the name of an organisation that can speak.
BODY_HEADS: frozenset[str] = frozenset(
    "government party office department ministry council committee commission agency union "
    "congress court police service services group association institute foundation trust charity "
    "company firm bank board authority regulator opposition administration campaign coalition "
    "parliament senate house cabinet treasury embassy spokesman network organisation organization "
    "federation league society club team army navy force forces unit family".split()
)
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    "filing filings document documents papers records record report memo letter complaint indictment "
    "lawsuit transcript data figures estimate estimates survey poll study analysis".split()
)
"""Nouns for a document a body noun may modify: "according to a court filing" credits no speaker."""
GENERIC_BODIES: frozenset[str] = frozenset(
    "company firm group union bank organization organisation charity agency association committee".split()
)
"""Body nouns that, with "the" alone, stand for the organisation the article has just named ("Ford Motor
Co. is recalling ... The company said")."""
# Bodies that are named by a bare proper noun.
BODY_ALIASES: dict[str, str] = {
    "labour": "Labour Party",
    "tories": "Conservative Party",
    "tory": "Conservative Party",
    "conservatives": "Conservative Party",
    "conservative": "Conservative Party",
    "lib dems": "Liberal Democrats",
    "liberal democrats": "Liberal Democrats",
    "snp": "Scottish National Party",
    "reform uk": "Reform UK",
    "plaid cymru": "Plaid Cymru",
    "greens": "Green Party",
    "no10": "Downing Street",
    "no 10": "Downing Street",
    "number 10": "Downing Street",
    "number ten": "Downing Street",
    "downing street": "Downing Street",
    "whitehall": "Whitehall",
    "the white house": "White House",
    "white house": "White House",
    "the kremlin": "Kremlin",
    "kremlin": "Kremlin",
    "the government": "Government",
    "government": "Government",
    "democrats": "Democratic Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "home office": "Home Office",
    "the home office": "Home Office",
    "foreign office": "Foreign Office",
    "the treasury": "Treasury",
    "treasury": "Treasury",
    "pentagon": "Pentagon",
    "the pentagon": "Pentagon",
    "state department": "State Department",
    "the state department": "State Department",
    "europol": "Europol",
    "brussels": "European Commission",
    "the eu": "European Union",
    "eu": "European Union",
    "nhs": "NHS",
    "the nhs": "NHS",
}
ROLE_ABBREVIATIONS: dict[str, str] = {"pm": "prime minister", "tory": "conservative", "tories": "conservative"}

# Capitalised words that start sentences or name things, never a speaker on their own.
NOT_NAMES: frozenset[str] = frozenset(
    "the a an but and or so yet however meanwhile then when while if as after before since "
    "although though because in on at for to from with without by of into onto over under "
    "this that these those there here it its his her their our my your we i you they he she "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december today yesterday tomorrow "
    "last next earlier later finally indeed instead also only even still now "
    "mr mrs ms sir dr lord lady dame read more share watch live latest breaking update updated "
    "what who why how where which one two three some many most all both each every no not "
    "despite unlike like ultimately besides asked speaking writing".split()
)
POST_NOMINALS: frozenset[str] = frozenset("kc qc obe mbe cbe jp".split())
"""Letters after a British name ("Ann Lee KC", "Tom Hale OBE"): not part of the name."""
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    "in at from to into onto near outside inside across around through via alongside with "
    "of for on over against between among toward towards about".split()
)
PRONOUNS: dict[str, str | None] = {"he": "m", "she": "f", "they": None}
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv".split())
"""Generational suffixes ending a full name ("Martin Luther King III", "Mims Jr."): the surname comes before."""
NAME_PARTICLES: frozenset[str] = frozenset(
    "von van der den de da di del della du la le ter ten bin ibn al dos das".split()
)
"""Lower-case particles inside a surname: "Ursula von der Leyen", "Vincent van Gogh"."""
DEMONYMS: frozenset[str] = frozenset(
    "spaniard frenchman frenchwoman scot scotsman welshman welshwoman irishman irishwoman englishman "
    "englishwoman dutchman dutchwoman argentine argentinian brazilian portuguese italian german american "
    "australian canadian norwegian swede dane belgian croat serb nigerian ghanaian egyptian japanese "
    "korean mexican colombian uruguayan kiwi".split()
)
"""Nationality nouns used as a definite epithet for the person just named ("the Spaniard added")."""
PARTY_MEMBERS: frozenset[str] = frozenset({"democrat", "republican"})
"""Party nouns used as such an epithet, with or without a state: "the Democrat", "the Texas Republican"."""
POSSESSIVE_PRONOUNS: dict[str, str] = {"his": "he", "her": "she", "their": "they"}
SPEECH_NOUNS: frozenset[str] = frozenset(
    "message verdict response reply answer warning advice view argument retort reaction plea "
    "assessment conclusion prediction promise pledge words".split()
)
"""Nouns for what someone said: "His message was clear: '...'" credits the possessor."""
RELATIVES: frozenset[str] = frozenset({"who", "which", "whose"})
SO_CALLED: frozenset[str] = frozenset({"so-called", "so called", "dubbed", "termed", "the word", "the term",
                                       "the phrase", "coined", "nicknamed", "known as", "self-styled"})
TITLE_NOUNS: frozenset[str] = frozenset(
    "album albums single track song songs record ep film films movie movies book books novel novels memoir "
    "biography play musical opera show programme program series sitcom documentary drama podcast poem painting "
    "exhibition slogan slogans hashtag motto banner banners placard placards sign signs headline".split()
)
"""Nouns a title or slogan follows: the song "Dreams", an album called 'Midnight', placards reading "No
Farms, No Food". The quoted words are a name, not reported speech."""
WHEN_WORDS: frozenset[str] = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "morning afternoon evening night week weekend month year".split()
)
"""Time words that stand between a subject and its verb ("Biden on Tuesday called ...")."""
RELATION_HEADS: frozenset[str] = frozenset(
    "spokesman spokeswoman spokesperson spokesmen spokespeople source sources ally allies aide aides friend "
    "friends adviser advisers advisor advisors insider insiders colleague colleagues".split()
)
"""Nouns for someone speaking near or for another: "a source close to the chancellor", "an aide to the
PM", "a spokesman for the prime minister" name a different person from the one after them."""
OFFICE_MODIFIERS = frozenset("shadow former ex deputy vice junior assistant acting interim outgoing".split())
"""Words that make a different office of a role: "the shadow chancellor" is not "the chancellor"."""
TITLE_HEADS: frozenset[str] = frozenset(
    "secretary minister president leader chancellor premier pm governor mayor senator chief chairman "
    "chairwoman chair speaker commissioner director head ceo boss executive spokesman spokeswoman "
    "spokesperson general captain manager coach monarch king queen pope ambassador envoy".split()
)
"""Offices one person holds at a time: "the Prime Minister" can stand for the person just named."""
REJECTING_VERBS: frozenset[str] = frozenset(
    w for stem in ("reject", "dismiss", "deny", "rubbish", "mock", "slam", "deride", "condemn", "attack")
    for w in _SPEECH_STEMS[stem]
)
"""Verbs whose object is someone else's words: "Labour rejects Tory 'open border' jibe"."""

_FEMALE_FIRST = (
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra "
    "ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia "
    "kathleen amy angela helen anna brenda pamela emma nicole samantha katherine christine debra rachel carolyn "
    "janet catherine maria heather diane julie joyce victoria kelly christina lauren joan evelyn olivia judith "
    "megan cheryl martha andrea hannah jacqueline ann anne gloria jean kathryn alice teresa sara janice doris "
    "madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie "
    "sophia rose isabella kayla charlotte louise claire fiona gillian jane joanne kirsty lesley lorraine "
    "lucy nicola sally sophie tracey tracy wendy zoe chloe ellie jade jodie leanne lynn maureen mandy "
    "natasha paula shirley sheila siobhan stacey suzanne tina vicky kate katie harriet georgia eleanor amelia "
    "ava isla freya poppy rhian sian cerys bethan nia megan eilidh morag ailsa kirsteen shona mhairi aisling "
    "niamh roisin orla aoife ciara bridget priya aisha fatima yasmin jean jackie sue liz beth tasha".split()
)
_MALE_FIRST = (
    "james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony "
    "mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan "
    "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander "
    "frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle "
    "ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence "
    "dylan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy "
    "vincent ralph eugene russell bobby mason philip louis harry oliver alfie archie alfred callum "
    "connor craig darren dean declan duncan gavin graham gareth glyn gwyn huw ian iain jamie jim kieran liam "
    "lee martin neil nigel owen rhys rob robbie ross rory ruaridh simon stuart tom tony trevor wes "
    "boris ed nick dave steve mike pete andy rob ben dan matt luke max leo finn hamish angus "
    "euan fraser murdo dafydd emrys ifan iwan aled tudor seamus ciaran eamonn padraig conor niall".split()
)
FIRST_NAME_GENDER: dict[str, str] = {**dict.fromkeys(_MALE_FIRST, "m"), **dict.fromkeys(_FEMALE_FIRST, "f")}
"""Common English, Scottish, Welsh and Irish first names that say a person's sex ("Sarah ... she")."""
ROLE_GENDER: dict[str, str] = {
    **dict.fromkeys("mother mum wife daughter sister grandmother gran nan aunt niece girlfriend widow "
                    "spokeswoman chairwoman congresswoman councilwoman businesswoman actress".split(), "f"),
    **dict.fromkeys("father dad husband son brother grandfather grandad uncle nephew boyfriend widower "
                    "spokesman chairman congressman councilman businessman actor".split(), "m"),
}
"""Role nouns that say a person's sex: "his wife Rhian", "mum-of-three Kelly Brown"."""
