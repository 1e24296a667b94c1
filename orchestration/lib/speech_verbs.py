"""Lexicons used by :mod:`orchestration.lib.quotes`.

Speech/cue verbs (lemmas) follow the spirit of the Gender Gap Tracker allowlist: verbs that
introduce reported speech or writing. Belief verbs (think, believe, hope) are deliberately NOT
included: they report opinions, not quotations.
"""

from __future__ import annotations

from orchestration.lib.gendered_words import titles, words_of

SPEECH_VERBS: frozenset[str] = frozenset(
    """
    say tell add state stress note warn describe explain claim argue insist announce report write
    ask answer reply respond declare assert acknowledge admit affirm allege comment complain
    concede confirm contend deny emphasize emphasise indicate maintain mention observe predict
    promise recall
    remark reiterate repeat reveal suggest testify tweet urge vow caution charge counter retort
    demand propose disclose speculate lament quip joke boast conclude continue recount shout chant
    exclaim hail praise criticize criticise condemn accuse call point underline underscore highlight
    inform assure brief pledge threaten reaffirm elaborate clarify summarize summarise proclaim
    declare wonder muse tout post blast slam dismiss echo yell scream interject
    """.split()
)

# verbs that only count as a cue with a particle/complement ("pointed out", "went on")
PARTICLE_CUES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "go": frozenset({"on"}),
    "call": frozenset({"for", "on"}),
    "shoot": frozenset({"back"}),  # "Hillary shot back, “…”"
    "fire": frozenset({"back"}),
    "hit": frozenset({"back"}),
}

# lemmas that may be cues for quotes but are too weak to introduce an indirect quote on their own
WEAK_FOR_INDIRECT: frozenset[str] = frozenset(
    {"call", "continue", "go", "hail", "praise", "criticize", "criticise", "condemn", "blast",
     "slam", "dismiss", "echo", "post", "tout", "wonder", "muse",
     "describe", "joke", "quip", "repeat", "ask"}
)

# irregular inflections, used when no lemmatizer is available
IRREGULAR_FORMS: dict[str, str] = {
    "said": "say", "says": "say", "saying": "say", "told": "tell", "tells": "tell",
    "telling": "tell", "wrote": "write", "written": "write", "writes": "write",
    "writing": "write", "spoke": "speak", "spoken": "speak",
}

# head nouns of "documents" that speak for an organization
DOCUMENT_NOUNS: frozenset[str] = frozenset(
    """
    statement report release communique communiqué letter memo document filing declaration
    announcement notice post tweet message website site note press readout transcript study
    survey poll analysis paper editorial article story account complaint lawsuit indictment
    ruling order decision
    """.split()
)

# verbs that are cues only with a document as their subject ("“…,” the ministry's statement read",
# "the letter read"): a person who reads is not quoting
DOCUMENT_CUES: frozenset[str] = frozenset({"read"})

# nouns of the occasion a statement was made on ("said, in a statement read by ...", "during a
# phone call"): a prepositional phrase on them closing a reported clause is the frame, not content
FRAME_NOUNS: frozenset[str] = frozenset(
    "interview speech call conversation conference meeting briefing address session sermon "
    "visit tour ceremony message".split()
)

# head nouns that denote an organization-like collective
ORG_NOUNS: frozenset[str] = frozenset(
    """
    company firm ministry department agency government administration committee campaign
    office council party group army military police court commission board network newspaper
    media embassy coalition alliance organization organisation union team institute center
    centre bank parliament congress senate house regime authority authorities
    """.split()
)

# organization nouns that stand for the outlet, agency or group last quoted ("the newspaper
# reported", "the group said in a statement")
GROUP_NOUNS: frozenset[str] = frozenset(
    "group movement militia faction organization organisation".split()
)
# a lower-case noun that introduces an outlet's name ("the Turkish daily Hurriyet", "the newspaper
# Sabah"): the entity step reads the name as an ORG, the quote step takes it as the speaker
MEDIA_NOUNS: frozenset[str] = frozenset(
    "daily newspaper paper weekly magazine tabloid broadcaster channel website outlet".split()
)

ANAPHORIC_ORG_NOUNS: frozenset[str] = GROUP_NOUNS | frozenset(
    "newspaper daily paper agency network channel broadcaster outlet website".split()
)

# head nouns of unnamed/anonymous sources: never resolved to a named person
ANONYMOUS_NOUNS: frozenset[str] = frozenset(
    """
    source sources official officials people person insider insiders witness witnesses resident
    residents observer observers critic critics supporter supporters analyst analysts expert
    experts diplomat diplomats aide aides member members activist activists voter voters
    someone somebody anyone many some others other media press reporter reporters journalist
    journalists man woman men women
    """.split()
)

# determiners marking an indefinite (hence unnamed) speaker description
INDEFINITE_DETS: frozenset[str] = frozenset(
    {"a", "an", "some", "several", "many", "one", "two", "three", "four", "other", "another",
     "various", "numerous", "few", "most", "all", "both", "any"}
)

# gendered titles ("Mr.", "Queen") and role or kinship nouns written next to a name ("Government
# spokeswoman Fatemeh Mohajerani", "Obama's wife Michelle"): the one gender lexicon,
# seeds/reference/gendered_words.csv, which the entity step's SQL reads too
MALE_TITLES: frozenset[str] = titles("m")
FEMALE_TITLES: frozenset[str] = titles("f")
MALE_ROLE_WORDS: frozenset[str] = words_of(frozenset({"role", "kinship"}), "m")
FEMALE_ROLE_WORDS: frozenset[str] = words_of(frozenset({"role", "kinship"}), "f")

PERSON_PRONOUNS: dict[str, str] = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "them", "it", "we", "i", "you"})

# head nouns of role descriptions that denote one person ("the top Iranian commander")
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    chief commander general minister president spokesman spokeswoman spokesperson secretary
    director chairman chairwoman chair governor mayor ambassador envoy senator congressman
    congresswoman representative leader head premier chancellor king queen prince emir sheikh
    ceo founder candidate nominee businessman businesswoman billionaire mogul adviser advisor
    strategist manager attorney lawyer judge prosecutor professor counterpart officer admiral
    colonel captain lieutenant marshal sergeant deputy undersecretary commissioner justice
    speaker pope cleric ayatollah rabbi bishop coach owner executive publisher editor author
    """.split()
)

# role descriptions that name a title in other words ("the head of state noted that ...")
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "head of state": frozenset({"president", "king", "emir", "sultan", "monarch"}),
    "top diplomat": frozenset({"foreign", "minister", "secretary"}),
    "premier": frozenset({"prime", "minister"}),
    "monarch": frozenset({"king", "emir", "sultan", "queen"}),
}

# forms of address that stand for a named ruler or dignitary ("His Highness the Amir said")
HONORIFICS: frozenset[str] = frozenset(
    {"highness", "majesty", "excellency", "eminence", "holiness"}
)
