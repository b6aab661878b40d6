"""People: honorifics, role and office nouns, name particles and suffixes, pronouns, nationality nouns."""

from __future__ import annotations

NAME_HONORIFICS: tuple[str, ...] = ("sir", "mr", "mrs", "ms", "miss", "dr", "lord", "lady", "dame", "prof")
"""The honorifics most often written before a name in running text ("Sir Keir", "Ms Cooper"); all in
``HONORIFICS``."""
OFFICE_OPENERS: tuple[str, ...] = ("president", "prime")
"""First words of an office written before a name ("President Macron", "Prime Minister Rishi Sunak")."""
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
TITLE_ROLES: dict[str, str] = {
    "judge": "judge", "justice": "judge", "sen": "senator", "senator": "senator", "rep": "representative",
    "gov": "governor", "governor": "governor", "mayor": "mayor", "supt": "superintendent",
    "superintendent": "superintendent", "insp": "inspector", "inspector": "inspector", "det": "detective",
    "sgt": "sergeant", "sergeant": "sergeant", "cllr": "councillor", "councillor": "councillor",
    "prof": "professor", "professor": "professor", "gen": "general", "general": "general",
    "capt": "captain", "captain": "captain", "commissioner": "commissioner", "chancellor": "chancellor",
    "president": "president", "coroner": "coroner", "sheriff": "sheriff",
}
"""A title before a name that is also the office ("Mr Justice Penrose" is the judge, "Supt Ann Lee" the
superintendent, "Sen. Ann Lee" the senator): the role the article's later "the judge" means."""
# Words that head a role: "the shadow home secretary", "TUC president", "Sunak's spokesman".
EPITHET_HEADS: frozenset[str] = frozenset(
    "lobbyist fraudster defendant financier tycoon businessman businesswoman entrepreneur banker "
    "politician veteran singer musician writer artist comedian chef farmer fugitive inmate "
    "prisoner killer murderer gunman attacker motorist driver plaintiff claimant appellant "
    "billionaire millionaire mogul executive founder".split()
)
"""Nouns that describe one person of the story: "said the convicted lobbyist" after "lobbyist Jack
Abramoff" is Abramoff (a definite epithet for the person in focus)."""
ROLE_HEADS: frozenset[str] = frozenset(
    "secretary minister president leader chief chairman chairwoman chair spokesman spokeswoman "
    "spokesperson chancellor mayor governor senator representative commissioner director head "
    "mp mep msp ms ceo boss executive officer adviser advisor campaigner economist analyst "
    "professor editor correspondent ambassador envoy premier pm deputy whip speaker candidate "
    "lawyer barrister solicitor judge inspector commander superintendent constable "
    "councillor member peer treasurer general counterpart chairperson coordinator organiser "
    "activist expert researcher scientist doctor surgeon nurse teacher headteacher principal "
    "owner manager coach captain pope king queen prince princess monarch attorney prosecutor "
    "official aide strategist pollster founder co-founder source insider figure ally friend colleague "
    "resident witness voter commuter neighbour neighbor relative parent mother father brother sister "
    "daughter son wife husband partner td mla mpp mha garda "
    "backbencher frontbencher lawmaker legislator congressman congresswoman assemblyman assemblywoman "
    "councilman councilwoman diplomat negotiator student pupil victim survivor pensioner worker patient "
    "passenger shopper tenant landlord investor trader historian academic detective sergeant "
    "footballer player striker midfielder defender goalkeeper winger skipper cricketer batsman bowler "
    "golfer boxer athlete referee umpire pundit jockey grandmother grandfather nominee "
    "recorder sheriff coroner magistrate mum dad gran granny grandma grandad grandpa presenter host anchor "
    "interviewer broadcaster".split()
) | EPITHET_HEADS
PLURAL_PERSON_HEADS: frozenset[str] = frozenset(
    "ministers officials sources critics campaigners experts residents aides insiders allies "
    "backbenchers mps peers activists protesters lawyers analysts economists officers police "
    "leaders politicians diplomats lawmakers students workers patients pensioners "
    "msps councillors relatives families parents neighbours locals villagers fans organisers detectives "
    "bosses chiefs prosecutors investigators authorities regulators researchers scientists doctors nurses "
    "medics teachers executives senators judges voters witnesses".split()
)
BODY_VOICES: frozenset[str] = frozenset("officials spokespeople spokesmen spokeswomen representatives".split())
"""Plural nouns for the people a body speaks through: "NHS officials said" is the NHS speaking."""
# Nouns that head the name of an organisation that can speak.
ROLE_ABBREVIATIONS: dict[str, str] = {"pm": "prime minister", "tory": "conservative", "tories": "conservative"}
POST_NOMINALS: frozenset[str] = frozenset("kc qc sc obe mbe cbe kbe dbe jp".split())
"""Letters after a British or Irish name ("Ann Lee KC", "Tom Hale SC", "Tom Hale OBE"): not part of the name."""
MEMBER_POST_NOMINALS: frozenset[str] = frozenset("mp msp mla mpp mha td mep".split())
"""A member's letters after a name ("Jo Bell MP", "Ann Lee TD"): not part of the name. Also written after
a party ("the Labour MP", "Sinn Féin TD"), where they head a role: stripped only after a person's name."""
RANK_ADJECTIVES: frozenset[str] = frozenset("senior veteran backbench leading top junior new local".split())
"""Capitalised adjectives before a member's letters ("Senior Tory MP", "Veteran MP"): a role, no name."""
PRONOUNS: dict[str, str | None] = {"he": "m", "she": "f", "they": None}
NAME_SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv".split())
"""Generational suffixes ending a full name ("Martin Luther King III", "Mims Jr."): the surname comes before."""
ABBREVIATED_SUFFIXES: frozenset[str] = frozenset("jr sr".split())
"""The suffixes that are abbreviations and keep their dot ("Mims Jr."); a roman numeral takes none, so a dot
after "III" ends the sentence."""
SURNAME_PARTICLES: tuple[str, ...] = tuple(
    "von van der den de da di del della du la le ter ten bin ibn al dos das".split()
)
"""Lower-case particles inside a surname: "Ursula von der Leyen", "Vincent van Gogh"."""
NAME_PARTICLES: frozenset[str] = frozenset(SURNAME_PARTICLES)
"""The same particles, for lookups."""
CAMEL_NAME_PREFIXES: tuple[str, ...] = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St")
"""Surname prefixes written with a capital after them ("McCarthy", "DeSantis", "LaHood", "FitzGerald")."""
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
    "spokesperson general captain manager coach monarch king queen pope ambassador envoy presenter host "
    "anchor interviewer".split()
)
"""Offices one person holds at a time: "the Prime Minister" can stand for the person just named."""
ROLE_GENDER: dict[str, str] = {
    **dict.fromkeys("mother mum wife daughter sister grandmother gran nan aunt niece girlfriend widow "
                    "spokeswoman chairwoman congresswoman councilwoman businesswoman actress".split(), "f"),
    **dict.fromkeys("father dad husband son brother grandfather grandad uncle nephew boyfriend widower "
                    "spokesman chairman congressman councilman businessman actor".split(), "m"),
}
"""Role nouns that say a person's sex: "his wife Rhian", "mum-of-three Kelly Brown"."""
OFFICE_SYNONYMS: dict[str, frozenset[str]] = {
    "boss": frozenset("manager coach executive ceo chief chairman chairwoman chair head director leader".split()),
    "manager": frozenset({"boss", "coach"}),
    "coach": frozenset({"boss", "manager"}),
    "executive": frozenset({"boss", "ceo", "chief"}),
    "ceo": frozenset({"boss", "executive", "chief"}),
    "chief": frozenset({"boss", "executive", "ceo"}),
    # who puts the questions in an interview
    "presenter": frozenset({"host", "anchor", "interviewer", "broadcaster"}),
    "host": frozenset({"presenter", "anchor", "interviewer", "broadcaster"}),
    "anchor": frozenset({"presenter", "host", "interviewer"}),
    "interviewer": frozenset({"presenter", "host", "anchor", "broadcaster"}),
}
"""Heads that name one office two ways: "manager Eddie Howe ... the Newcastle boss said"."""
OFFICE_FAMILIES: dict[str, frozenset[str]] = {
    "minister": frozenset({"secretary", "chancellor"}),
}
"""A generic office and the specific ones it covers: a secretary of state is a minister ("Home Secretary
Ann Lee ... the Cabinet minister said"), but "the home secretary" is no other minister."""
OFFICE_WORDS: frozenset[str] = frozenset({"prime", "home", "foreign", "first", "chief"})
"""Lower-case words inside the name of an office before its head: "the prime minister", "the home secretary"."""
