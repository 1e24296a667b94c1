"""Word lists for meeting extraction (see ``orchestration.lib.meetings`` for how they are used)."""

from __future__ import annotations

# Verbs whose subject and object meet.  Value: (kind, base confidence).
#   kind 'meet'    -> subject / object (symmetric)
#   kind 'visit'   -> subject = visitor, object = host (a person, or a place when no person
#                     is named)
#   kind 'host'    -> subject = host, object = visitor ('host', 'receive', 'welcome')
#   kind 'with'    -> counts only with a 'with' complement ('talk with', 'negotiate with')
MEETING_VERBS: dict[str, tuple[str, float]] = {
    "meet": ("meet", 0.9),
    "confer": ("with", 0.85),
    "negotiate": ("with", 0.8),
    "talk": ("with", 0.7),
    "visit": ("visit", 0.8),
    "host": ("host", 0.85),
    "receive": ("host", 0.75),
    "welcome": ("host", 0.6),
    # "arrived in Jeddah ... and was greeted by Crown Prince Mohammed bin Salman"
    "greet": ("host", 0.6),
}

# Groups a meeting verb may take, whose leader is the party ("received a delegation led by X").
GROUP_NOUNS = {"delegation", "team", "group", "mission", "party", "entourage", "contingent"}
# Nouns whose "of <place>" names the place itself ("in the border town of Rumichaca").
PLACE_HEAD_NOUNS = {
    "town",
    "city",
    "village",
    "port",
    "capital",
    "province",
    "region",
    "resort",
    "island",
    "district",
    "outskirts",
    "suburb",
    "suburbs",
    "enclave",
    "state",
}
# Meals and receptions a host gives "for" a guest ("hosted a dinner for X").
MEAL_NOUNS = {"dinner", "lunch", "luncheon", "banquet", "breakfast", "reception", "feast"}
# Verbs of a meeting's course, whose date is the meeting's ("talks that ended on Sunday").
COURSE_VERBS = {"end", "begin", "start", "conclude", "open", "close", "resume", "last"}
# Host verbs whose "to <place>" is where the visitor was received ("welcomed X to Nairobi").
WELCOME_VERBS = {"welcome", "receive", "host", "greet"}
# Nouns of meeting.  Value: (kind, base confidence).  'talk' only counts in the plural ("talks").
MEETING_NOUNS: dict[str, tuple[str, float]] = {
    "talk": ("meet", 0.8),
    "meeting": ("meet", 0.8),
    "visit": ("visit", 0.75),
    "summit": ("meet", 0.75),
    "negotiation": ("meet", 0.75),
    "discussion": ("meet", 0.7),
    "consultation": ("meet", 0.7),
    "encounter": ("meet", 0.7),
    "audience": ("meet", 0.6),
    "call": ("phone", 0.7),
    "conversation": ("phone", 0.6),
    "videoconference": ("video", 0.7),
}
# Verbs of coming together: a meeting only of two or more subjects ("A and B convened in Athens",
# "the foreign ministers of France and Germany gathered in Paris") or with a "with" partner, and
# never with a direct object ("convened a meeting": the noun is the trigger). One body convening
# alone ("the European Council convened") is no meeting.
GATHERING_VERBS = {"gather", "convene", "assemble", "reconvene"}
# Verbs that introduce a quotation: a first-person "I" inside the quoted clause is their subject
# ('"I met Xi in Beijing," Blinken said' -> Blinken).
SPEECH_VERBS = {"say", "tell", "add", "insist", "write", "recall", "explain", "declare", "note"}
QUOTE_MARKS = ('"', "“", "”", "«", "»")
# Nouns that only count with a light verb or a with/between complement (never alone).
NEEDS_COMPLEMENT = {
    "discussion",
    "consultation",
    "negotiation",
    "audience",
    "encounter",
    "call",
    "conversation",
}
# Light verbs: "held talks", "had discussions", "paid a visit", "made a visit", "conducted talks".
LIGHT_VERBS = {
    "hold",
    "have",
    "pay",
    "make",
    "conduct",
    "begin",
    "start",
    "open",
    "resume",
    "continue",
    "attend",
    "host",
}
# Manner phrases between a meeting verb and its partner ("met behind closed doors with X", "met
# face to face with X"); the partner is read after them.
MANNER_PHRASES = (
    "behind closed doors",
    "in private",
    "in person",
    "in secret",
    "in secrecy",
    "face to face",
    "face-to-face",
    "one-on-one",
    "one on one",
    "for the first time",
    "for the second time",
    "at length",
    "again",
    "secretly",
    "informally",
)
PHONE_WORDS = {"phone", "telephone", "telephonic", "cellphone", "mobile"}
VIDEO_WORDS = {"video", "videoconference", "virtual", "online", "zoom"}
# "press conference", "news conference" and friends are not meetings.
NOT_MEETING_COMPOUNDS = {"press", "news", "peace", "donor", "donors", "climate", "state"}

PLANNED_ADJ = {
    "planned",
    "scheduled",
    "upcoming",
    "forthcoming",
    "proposed",
    "expected",
    "future",
    "possible",
    "prospective",
    "likely",
    "next",
    "coming",
    "anticipated",
    "imminent",
    "potential",
}
# "<meeting> is under consideration / in the works / on the agenda": preposition and its object on
# the copula whose subject is the meeting noun; the meeting is planned, not held.
PLANNED_STATES = {
    ("under", "consideration"),
    ("under", "discussion"),
    ("under", "review"),
    ("under", "study"),
    ("in", "preparation"),
    ("in", "works"),
    ("in", "pipeline"),
    ("on", "agenda"),
    ("on", "cards"),
    ("on", "table"),
}
# Contests whose sides "meet" as opponents, not as parties of an encounter ("meet for the first of
# three debates", "met ... in her Senate races", "will meet in the final").
CONTEST_NOUNS = {
    "debate",
    "debates",
    "race",
    "races",
    "election",
    "primary",
    "runoff",
    "match",
    "game",
    "final",
    "semifinal",
    "semi-final",
    "quarterfinal",
    "tournament",
    "championship",
    "contest",
    "showdown",
    "duel",
    "bout",
}
# Crowds and counts of people: a reception of or by them is no meeting ("greeted by thousands of
# protesters", "welcomed hundreds of supporters", "received by cheering crowds").
CROWD_NOUNS = {
    "thousand",
    "thousands",
    "hundred",
    "hundreds",
    "dozen",
    "dozens",
    "score",
    "scores",
    "million",
    "millions",
    "crowd",
    "crowds",
    "throng",
    "throngs",
    "protester",
    "protesters",
    "demonstrator",
    "demonstrators",
    "fan",
    "fans",
    "supporter",
    "supporters",
    "well-wisher",
    "well-wishers",
    "cheer",
    "cheers",
    "applause",
}
# Verbs of presiding over a meeting noun they take as object: its time and place are theirs
# ("In Riyadh, X co-chaired the first India-GCC ministerial meeting").
CHAIR_VERBS = {"chair", "co-chair", "cochair", "preside", "moderate", "convene"}
# Nouns of intent whose infinitive is a future meeting: "an offer by Iran to negotiate with ...",
# "Chile's proposal to meet ...".  The noun's owner (by X, X's, the subject of "made an offer") is
# the meeting's subject, and the meeting is planned.
INTENT_NOUNS = {
    "offer",
    "proposal",
    "bid",
    "plan",
    "readiness",
    "willingness",
    "invitation",
    "decision",
    "agreement",
    "promise",
    "pledge",
    "intention",
    "commitment",
}
# Prepositions under which a gerund takes the subject of the verb it modifies ("X played hardball
# in negotiating ...", "X ended the war by negotiating with Y", "X told reporters after meeting Y",
# "X will fly home before meeting Y").  Not "without": "without meeting" says it did not happen.
GERUND_ADJUNCT_PREPS = {"in", "by", "while", "when", "after", "before", "upon"}
# Verbs that name who took part in a meeting noun: "talks involving A and B", "the summit brought
# together A and B", "the meeting was attended by A and B" (passive only), "It included A and B".
ATTENDANCE_VERBS = {"involve", "include", "bring", "gather", "attend"}
# Verbs that turn down such an intent ("rejected an offer to negotiate"): no meeting.
REJECT_VERBS = {"reject", "refuse", "decline", "dismiss", "rebuff", "spurn", "withdraw", "deny"}
# Verbs that cancel a meeting noun they take as object or passive subject ("cancelled his visit",
# "the talks were called off", "a planned visit was postponed"): no meeting.
CANCEL_VERBS = {"cancel", "scrap", "postpone", "shelve", "scupper", "abandon", "axe", "defer"}
# Of those, the verbs that move a meeting rather than drop it when a new time is given
# ("postponed to next week": still planned, for next week; meeting_triggers.rescheduled).
RESCHEDULE_VERBS = {"postpone", "defer"}
CANCEL_PHRASAL = {("call", "off"), ("put", "off")}
# Meeting verbs of kind 'with' whose parties may also be given by "between A and B"
# ("negotiated a ceasefire between Israel and Hamas": the subject negotiated with both sides).
BETWEEN_VERBS = {"negotiate"}
# What a negotiation produces; "between A and B" on such an object names the parties
# ("a truce between A and B"), on any other object it does not ("the border between A and B").
AGREEMENT_NOUNS = {
    "agreement",
    "deal",
    "truce",
    "ceasefire",
    "cease-fire",
    "accord",
    "treaty",
    "pact",
    "peace",
    "settlement",
    "compromise",
    "armistice",
    "swap",
    "exchange",
    "arrangement",
}
PLAN_VERBS = {
    "schedule",
    "plan",
    "expect",
    "set",
    "due",
    "intend",
    "agree",
    "hope",
    "want",
    "seek",
    "prepare",
    "propose",
    "invite",
    "arrange",
    "aim",
    "wish",
    "offer",
    "suggest",
    "try",
    "decide",
    "promise",
    "pledge",
    "go",
    "ready",
    "able",
    "likely",
    "willing",
    "open",
    "eager",
    "keen",
}
# Duration units that make a "visit" a stay rather than an encounter ("a six-month visit").
STAY_UNITS = ("month", "year")
MODALS = {"will", "would", "shall", "'ll", "may", "might", "could", "can", "should", "must"}
TOGETHER_CUES = (
    "together",
    "jointly",
    "trilateral",
    "three-way",
    "four-way",
    "tripartite",
    "all three",
    "all four",
    "joint meeting",
    "three-party",
    "multilateral",
)

# Head nouns that denote people or bodies that can meet (a GPE/NORP modifier then stands for them).
# Singular offices held by one person: "Iran's chief of staff" designates a person the corpus may
# name elsewhere ("Iran's Chief of Staff Major General Mohammad Baqeri").
ROLE_NOUNS = {
    "president",
    "minister",
    "chief",
    "head",
    "commander",
    "general",
    "envoy",
    "ambassador",
    "king",
    "queen",
    "prince",
    "emir",
    "premier",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
}

# Head nouns of a definite title that refers back to a person the article has named with that
# title: "the crown prince", "the pope", "the Secretary", "His Highness", "the Iranian minister".
TITLED_REFERENCE_NOUNS = ROLE_NOUNS | {
    "pope",
    "sultan",
    "highness",
    "majesty",
    "cleric",
    "ayatollah",
    "governor",
    "mayor",
    "senator",
    "sheikh",
    "monarch",
    "speaker",
    "premier",
    "pontiff",
    "diplomat",
    "amir",
}
# A title word that stands for the words of another title: "the Iraqi premier" is the "Iraqi
# Prime Minister X", "the pontiff" is "Pope Francis".
TITLE_SYNONYMS = {
    "premier": ("prime", "minister"),
    "pontiff": ("pope",),
    "monarch": ("king",),
    "diplomat": ("foreign", "minister"),
    # Gulf outlets write "HH the Amir" for the "Emir of Qatar" and the other way round
    "amir": ("emir",),
    "emir": ("amir",),
}
# Determiners that open such a title: "the", and "his"/"her" only before Highness/Majesty.
TITLED_REFERENCE_OPENERS = {"the", "his", "her"}
HONORIFIC_NOUNS = {"highness", "majesty", "excellency", "holiness"}

# Adverbs that place a meeting right after the one reported before it, on the same day when no
# date is given: "Sudani later met separately with ...".
SEQUENCE_ADVERBS = {"later", "afterwards", "afterward", "subsequently", "then"}
# Nouns of one gathering: "held a video conference with A and B" is one meeting of all, not one
# per partner as "met with A and B" is.
JOINT_EVENT_NOUNS = {"conference", "videoconference", "summit"}

# Nouns after a name that make it a building, not a city: "at the Ittihadiya palace in Cairo".
BUILDING_NOUNS = {
    "palace",
    "diwan",
    "house",
    "complex",
    "hotel",
    "building",
    "hall",
    "residence",
    "headquarters",
    "compound",
    "villa",
    "centre",
    "center",
}

# Family and friends: people in both lists below.
FAMILY_NOUNS = {
    "family",
    "relative",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "friend",
}

PERSON_NOUNS = {
    "president",
    "minister",
    "leader",
    "official",
    "chief",
    "head",
    "commander",
    "general",
    "delegation",
    "delegate",
    "envoy",
    "ambassador",
    "diplomat",
    "counterpart",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "premier",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "team",
    "government",
    "leadership",
    "authority",
    "side",
    "mayor",
    "governor",
    "senator",
    "lawmaker",
    "legislator",
    "member",
    "dissident",
    "rebel",
    "opposition",
    "activist",
    "executive",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "pope",
    "cardinal",
    "bishop",
    "cleric",
    "adviser",
    "advisor",
    "officer",
    "staff",
    "staffer",
    "deputy",
    "director",
    "negotiator",
    "mediator",
    "militant",
    "insurgent",
    "council",
    "committee",
    "board",
    "administration",
    "cabinet",
    "ministry",
    "army",
    "military",
    "force",
    "police",
    "judge",
    "lawyer",
    "attorney",
    "prosecutor",
    "investigator",
    "agent",
    "aide",
    "counsel",
    "party",
    "group",
    "vice",
    "monarch",
    "sultan",
    "ayatollah",
    "imam",
    "rabbi",
    "patriarch",
    "commissioner",
    "chief-of-staff",
    "speaker",
    "parliamentarian",
    "mp",
    "coach",
    "player",
    "founder",
    "owner",
    "investor",
    "banker",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "journalist",
    "reporter",
    "editor",
    "student",
    "partner",
    "colleague",
    "counterparts",
    "people",
    "man",
    "woman",
    "leaders",
    "emissary",
    "consul",
    "attaché",
    "premiere",
    "nominee",
    "candidate",
    "governors",
    "supporter",
    "union",
    "federation",
    "organization",
    "organisation",
    "civilian",
    "civilians",
    "company",
    "firm",
    "bank",
    "agency",
    "institute",
    "court",
} | FAMILY_NOUNS

# People who do not act for their country's government.  A country or demonym modifying them is
# not a participant ("met with Syrian rebels", "met with Boston students" are not meetings with
# Syria or Boston), while "U.S. officials", "Iranian diplomats" stand for that government.
NON_STATE_NOUNS = {
    "dissident",
    "rebel",
    "opposition",
    "activist",
    "militant",
    "insurgent",
    "exile",
    "refugee",
    "protester",
    "student",
    "people",
    "man",
    "woman",
    "civilian",
    "resident",
    "citizen",
    "voter",
    "worker",
    "journalist",
    "reporter",
    "editor",
    "coach",
    "player",
    "fan",
    "investor",
    "banker",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "supporter",
    "victim",
    "survivor",
    "community",
    # private business of a place is not its government: "the Philippines' creditor banks",
    # "representatives of U.S. cane sugar refiners" (plural forms only: "the central bank")
    "banks",
    "creditors",
    "lenders",
    "refiners",
    "producers",
    "exporters",
    "importers",
    "companies",
    "firms",
    "growers",
    "farmers",
} | FAMILY_NOUNS

# Country names (lower case) used to prefer a city over a country when both describe the place.
COUNTRIES = {
    "afghanistan",
    "albania",
    "algeria",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "bahrain",
    "bangladesh",
    "belarus",
    "belgium",
    "bolivia",
    "bosnia",
    "brazil",
    "bulgaria",
    "cambodia",
    "canada",
    "chile",
    "china",
    "colombia",
    "croatia",
    "cuba",
    "cyprus",
    "czech republic",
    "denmark",
    "egypt",
    "estonia",
    "ethiopia",
    "finland",
    "france",
    "georgia",
    "germany",
    "greece",
    "hungary",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kazakhstan",
    "kenya",
    "kosovo",
    "kuwait",
    "kyrgyzstan",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "malaysia",
    "mali",
    "mexico",
    "moldova",
    "mongolia",
    "morocco",
    "myanmar",
    "nepal",
    "netherlands",
    "new zealand",
    "nigeria",
    "north korea",
    "norway",
    "oman",
    "pakistan",
    "palestine",
    "peru",
    "philippines",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "saudi arabia",
    "serbia",
    "singapore",
    "slovakia",
    "somalia",
    "south africa",
    "south korea",
    "spain",
    "sri lanka",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tajikistan",
    "tanzania",
    "thailand",
    "tunisia",
    "turkey",
    "turkmenistan",
    "uganda",
    "ukraine",
    "united arab emirates",
    "uae",
    "united kingdom",
    "uk",
    "britain",
    "united states",
    "us",
    "u.s.",
    "usa",
    "america",
    "uzbekistan",
    "venezuela",
    "vietnam",
    "yemen",
    "zimbabwe",
}

PRONOUNS_SINGULAR = {"he", "she", "him", "her"}
# Subjects of a reciprocal "met" that stand for people named before: "when they met up",
# "The two met in Oslo".
# Words that make a capitalised name a place, never a person ("County Clare", "Kildare County").
PLACE_DESIGNATORS = {
    "county",
    "province",
    "district",
    "region",
    "prefecture",
    "oblast",
    "canton",
    "parish",
    "borough",
    "municipality",
    "governorate",
    "township",
}
RECIPROCAL_REFS = {
    "they",
    "both",
    "the two",
    "the pair",
    "the two men",
    "the two women",
    "both men",
    "both women",
    "the men",
    "the women",
}
PLURAL_REFS = {
    "the parties",
    "the two sides",
    "both sides",
    "the two countries",
    "the sides",
    "the three countries",
    "both countries",
    "the three sides",
    "the two leaders",
    "the leaders",
    "the two men",
    "the delegations",
    "the two delegations",
}
CEREMONY_CUES = (
    "welcoming ceremony",
    "guard of honor",
    "guard of honour",
    "official ceremony",
    "welcome ceremony",
)
# Seats of government the NER tags as organisations: "at the Kremlin" is where a meeting was held.
SEAT_BUILDINGS = {
    "kremlin",
    "white house",
    "capitol hill",  # "met with X on Capitol Hill" (round 9): the seat of Congress
    "capitol",
    "elysee palace",
    "élysée palace",
    "downing street",
    "10 downing street",
    "blue house",
    "zhongnanhai",
    "great hall of the people",
    "pentagon",
    "chancellery",
    "quirinale palace",
    "aksaray",
    "presidential palace",
}
# What "meet" takes as a target rather than a partner: "could meet its net capital needs", "met
# the deadline", "meet the conditions" are no meeting (also in the passive: "the target was met").
MET_TARGET_NOUNS = {
    "need",
    "demand",
    "target",
    "deadline",
    "requirement",
    "condition",
    "criterion",
    "criteria",
    "expectation",
    "obligation",
    "cost",
    "payment",
    "goal",
    "objective",
    "standard",
    "quota",
    "commitment",
    "debt",
    "bill",
    "expense",
    "shortfall",
    "estimate",
    "forecast",
    "request",
    "challenge",
    "term",
    "specification",
    "test",
    "threshold",
    "requisite",
    "prerequisite",
    "complaint",
    "concern",
    "grievance",
    "wish",
    "aspiration",
    "liability",
    "order",
    "price",
    "level",
    "limit",
    # a reaction met with: "met opposition from A and B", "met resistance", "met its fate"
    "opposition",
    "resistance",
    "criticism",
    "objection",
    "protest",
    "hostility",
    "skepticism",
    "scepticism",
    "approval",
    "success",
    "fate",
    "end",
    "response",
    "reaction",
    "support",
}
# Heads that make a passive subject of receive/welcome/host an actor ("the minister was received
# by ..."), besides entities, proper nouns, pronouns and PERSON_NOUNS; "a proposal was warmly
# received by ..." is no reception.
GUEST_NOUNS = {"visitor", "guest", "envoy", "emissary", "delegate", "pilgrim", "tourist"}
# Nouns under which a meeting is only a prospect: "would open the way for summit talks between A
# and B", "the prospect of talks", "opened the door to negotiations".
PROSPECT_NOUNS = {"way", "prospect", "possibility", "chance", "door", "path", "road", "hope"}
# Subordinators of a conditional clause: "if the proposed meeting took place ...".
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# A habit, not one meeting (round 9): "frequently meets with", "often meet together", "have
# regularly talked with him". Adverbs of frequency on the meeting verb ...
HABIT_ADVERBS = {
    "often", "frequently", "regularly", "routinely", "usually", "occasionally", "sometimes",
    "always", "habitually", "typically", "generally", "normally", "constantly", "periodically",
    "repeatedly", "seldom", "rarely",
}
# ... adjectives of frequency on a plural meeting noun ("his frequent visits") ...
HABIT_ADJECTIVES = {"frequent", "regular", "routine", "occasional", "periodic", "repeated"}
# ... a stretch of time the meetings recur over ("over the years", "for the last five years") ...
HABIT_SPANS = {"year", "decade", "month", "week"}
# ... and a free relative of place or time ("everywhere he visits", "whenever they meet").
FREE_RELATIVES = {"everywhere", "wherever", "whenever", "anywhere", "anytime"}
# Life events a "met" is told with: the first encounter of a couple or of friends, not a
# meeting ("before she met X and got married", "met in 1998 and fell in love").
LIFE_EVENT_VERBS = {"marry", "wed", "date", "divorce", "fall", "befriend", "elope", "engage"}
# Verbs of keeping a meeting from happening: what they govern has not happened yet ("called on
# the government to block Trump's visit to Israel", "a ruling that bars the visit").
PREVENT_VERBS = {"block", "prevent", "bar", "ban", "thwart", "forbid"}
# Verbs of object control: "invited Trump to meet with the leadership" (Trump meets, not the
# one who invites), "dispatched two aides to meet with doctors".
OBJECT_CONTROL_VERBS = {
    "invite", "ask", "urge", "send", "dispatch", "encourage", "persuade", "allow", "permit",
    "authorize", "authorise", "instruct", "direct", "press", "pressure", "push", "summon",
    "assign", "task", "delegate", "appoint",
}
# Verbs whose "if"/"whether" clause is an indirect question: "asked if he planned to visit".
ASK_VERBS = {"ask", "wonder", "question", "decide", "consider", "know", "see", "doubt"}
# Continents and world regions: never a government participant ("delegates from Latin America and
# the Caribbean"); still a destination ("visited the Gulf").
REGION_NAMES = {
    "africa",
    "america",
    "americas",
    "asia",
    "europe",
    "caribbean",
    "middle east",
    "far east",
    "gulf",
    "persian gulf",
    "balkans",
    "scandinavia",
    "pacific",
    "atlantic",
    "mediterranean",
    "baltic",
    "caucasus",
    "oceania",
    "antarctica",
    "arctic",
    "sahel",
    "maghreb",
    "latin america",
    "central america",
    "south america",
    "north america",
    "southeast asia",
    "south asia",
    "east asia",
    "central asia",
    "western europe",
    "eastern europe",
    "west africa",
    "east africa",
    "north africa",
    "southern africa",
}
# "exchanged views with X": the objects of "exchange" that make it talks (meeting_triggers)
VIEW_NOUNS = {"view", "views", "opinion", "opinions", "idea", "ideas", "perspective"}
