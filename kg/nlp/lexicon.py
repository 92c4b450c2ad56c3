"""Word lists the rule components share: titles and roles, organisation heads, pronouns.

These are general English news vocabulary, not entity knowledge (which lives
in the gazetteer). Multi-word entries are tuples of lower-case tokens.
"""

from __future__ import annotations

#: Role phrases that make the person a leader of the country/organisation named with them.
LEADER_ROLES = frozenset({
    ("president",), ("prime", "minister"), ("premier",), ("chancellor",), ("king",), ("queen",),
    ("prime", "-", "minister"), ("emir",), ("amir",), ("sultan",), ("supreme", "leader"), ("head", "of", "state"), ("leader",),
    ("chairman",), ("chairwoman",), ("chairperson",), ("chair",), ("secretary", "general"), ("general", "secretary"),
    ("secretary", "-", "general"), ("director", "general"), ("director", "-", "general"),
    ("ceo",), ("chief", "executive"), ("chief", "executive", "officer"), ("head",), ("monarch",), ("dictator",), ("taoiseach",),
    ("grand", "duke"), ("shah",), ("pope",), ("chief",), ("boss",), ("founder",),
    ("general", "manager"),
    ("managing", "director"), ("commandant",), ("speaker",),
})
#: Local offices: they lead a city or a province, which is no country ("the mayor of Moscow" leads no state),
#: or an organisation ("the governor of the Bank of England").
LOCAL_ROLES = frozenset({("mayor",), ("governor",), ("lord", "mayor"),
                         ("chief", "minister"), ("first", "minister")})  # "Goa Chief Minister X" leads a state of India
#: Local offices that lead nothing: their holders serve a city or province, or work for an organisation
#: ("the deputy governor of the central bank").
LOCAL_STAFF_ROLES = frozenset({("deputy", "mayor"), ("councillor",), ("councilor",), ("alderman",), ("sheriff",),
                               ("deputy", "governor"), ("deputy", "chief", "minister"), ("deputy", "first", "minister")})
#: Role phrases that make the person work for the country/organisation named with them.
STAFF_ROLES = frozenset({
    ("crown", "prince"),  # an heir serves the state; the monarch leads it
    ("chancellor", "of", "the", "exchequer"),  # Britain's finance minister: staff, not a chancellor who leads
    ("minister", "of", "state"), ("first", "deputy", "prime", "minister"), ("first", "deputy", "minister"),
    ("first", "vice", "president"), ("first", "vice", "premier"), ("vice", "premier"), ("undersecretary",), ("under-secretary",),
    ("minister",), ("foreign", "minister"), ("defence", "minister"), ("defense", "minister"),
    ("finance", "minister"), ("interior", "minister"), ("economy", "minister"), ("trade", "minister"),
    ("energy", "minister"), ("health", "minister"), ("justice", "minister"), ("deputy", "minister"),
    ("secretary", "of", "state"), ("secretary",), ("foreign", "secretary"), ("home", "secretary"),
    ("defence", "secretary"), ("defense", "secretary"), ("ambassador",), ("envoy",), ("spokesman",),
    ("spokeswoman",), ("spokesperson",), ("aide",), ("adviser",), ("advisor",), ("diplomat",),
    ("negotiator",), ("official",), ("commissioner",), ("general",), ("commander",), ("admiral",),
    ("vice", "president"), ("deputy", "prime", "minister"), ("chief", "of", "staff"),
    ("press", "secretary"), ("attorney", "general"), ("senator",), ("lawmaker",),
    ("legislator",), ("mp",), ("deputy",), ("director",), ("manager",), ("executive",),
    ("representative",), ("delegate",), ("counsellor",), ("consul",), ("coach",), ("prosecutor",), ("district", "attorney"), ("state", "attorney"), ("attorney",), ("judge",), ("justice",),
    ("administrator",), ("commissioner",), ("inspector",), ("superintendent",), ("auditor",),
    ("chief", "technical", "officer"), ("chief", "technology", "officer"), ("chief", "operating", "officer"),
    ("chief", "financial", "officer"), ("chief", "information", "officer"), ("cto",), ("cfo",), ("coo",),
    ("vice", "chairman"), ("vice", "chair"), ("treasurer",), ("vice", "-", "president"), ("vice", "-", "chairman"),
    ("vice", "-", "premier"), ("vice", "premier"), ("vice", "minister"), ("vice", "-", "minister"), ("congressman",), ("congresswoman",), ("assemblyman",),
    ("assemblywoman",), ("councilman",), ("councilwoman",), ("chief", "of", "police"), ("police", "chief"),
    ("army", "chief"), ("intelligence", "chief"), ("national", "security", "adviser"),
    ("national", "security", "advisor"), ("solicitor", "general"), ("solicitor", "-", "general"), ("advocate", "general"),
    ("auditor", "general"), ("comptroller",), ("ombudsman",), ("surgeon", "general"),
})
#: Roles that make the person a member of the organisation named with them ("Democratic Party nominee X").
MEMBER_ROLES = frozenset({("member",), ("nominee",), ("presidential", "nominee"), ("candidate",),
                          ("presidential", "candidate"), ("co-founder",), ("founding", "member"),
                          ("fellow",), ("whip",), ("chief", "whip"), ("minority", "whip"), ("majority", "whip")})
#: Roles of people who comment from an institution: they work for the organisation named with them.
EXPERT_ROLES = frozenset({
    ("expert",), ("analyst",), ("researcher",), ("professor",), ("scholar",), ("economist",),
    ("correspondent",), ("journalist",), ("reporter",), ("editor",), ("columnist",),
    ("scientist",), ("lecturer",), ("historian",), ("commentator",), ("strategist",),
    ("photojournalist",), ("photographer",), ("cameraman",), ("camerawoman",), ("anchor",), ("anchorman",),
    ("anchorwoman",), ("presenter",), ("pundit",), ("pollster",), ("agent",), ("investigator",),
    ("engineer",), ("staffer",), ("officer",), ("operative",), ("physician",), ("doctor",), ("specialist",),
    ("cardinal",), ("archbishop",), ("bishop",),  # clergy serve a church, not the state they come from ("Polish archbishop X")
    ("anthropologist",), ("sociologist",), ("epidemiologist",), ("virologist",), ("psychologist",), ("geologist",),
    ("archaeologist",), ("biologist",), ("chemist",), ("physicist",), ("meteorologist",), ("seismologist",), ("producer",),
    ("astronomer",), ("astrophysicist",), ("astronaut",), ("climatologist",), ("oceanographer",), ("ecologist",),
    ("mathematician",), ("statistician",), ("neuroscientist",), ("immunologist",), ("pharmacologist",),
    ("zoologist",), ("botanist",), ("paleontologist",), ("volcanologist",), ("glaciologist",), ("demographer",),
})
#: Ministerial portfolios that may follow "Minister of" / "Secretary for" before the holder's name
#: ("Minister of Information Moammar al-Eryani"); lower-case word tuples.
PORTFOLIOS = frozenset({
    ("information",), ("presidency",), ("navy",), ("army",), ("air", "force"), ("aeronautics",), ("the", "presidency"), ("defence",), ("defense",), ("foreign", "affairs"), ("finance",), ("interior",),
    ("justice",), ("health",), ("education",), ("trade",), ("industry",), ("agriculture",), ("energy",),
    ("economy",), ("transport",), ("labour",), ("labor",), ("culture",), ("tourism",), ("environment",),
    ("home", "affairs"), ("the", "interior"), ("public", "security"), ("commerce",), ("communications",),
    ("oil",), ("petroleum",), ("planning",), ("water",), ("youth",), ("sport",), ("sports",),
    ("internal", "affairs"), ("external", "affairs"), ("state",), ("housing",), ("mines",), ("fisheries",),
    ("immigration",), ("security",), ("social", "affairs"), ("religious", "affairs"), ("economic", "affairs"),
    ("trade", "and", "industry"), ("science",), ("technology",), ("national", "defence"),
    ("national", "defense"), ("emergency", "situations"), ("infrastructure",), ("public", "health"),
    ("emergencies",), ("women",), ("family",), ("veterans", "affairs"), ("aviation",), ("telecommunications",),
    ("posts",), ("mining",), ("lands",), ("forestry",), ("public", "works"), ("local", "government"),
    ("foreign", "trade"), ("international", "trade"), ("development",), ("treasury",), ("budget",),
    ("presidential",),
})
MAX_PORTFOLIO_LEN = max(len(p) for p in PORTFOLIOS)
#: Honorifics and generic titles: they mark a person but give no relation.
HONORIFICS = frozenset({
    ("mr",), ("mr.",), ("mrs",), ("mrs.",), ("ms",), ("ms.",), ("dr",), ("dr.",), ("sir",), ("dame",),
    ("lord",), ("lady",), ("prof",), ("prof.",), ("rev",), ("rev.",), ("gen",), ("gen.",), ("col",),
    ("col.",), ("lt",), ("lt.",), ("capt",), ("capt.",), ("sen",), ("sen.",), ("rep",), ("rep.",),
    ("gov",), ("gov.",), ("president-elect",), ("president", "-", "elect"), ("prime", "minister", "-", "elect"),
    ("sheikh",), ("prince",), ("princess",), ("colonel",), ("captain",),
    ("lieutenant",), ("major",), ("sergeant",), ("marshal",), ("opposition", "leader"),
    ("activist",), ("lawyer",), ("billionaire",),
    ("businessman",), ("businesswoman",), ("entrepreneur",), ("actor",), ("actress",), ("singer",),
    ("author",), ("writer",), ("player",), ("striker",), ("midfielder",), ("defender",), ("goalkeeper",),
})
ALL_ROLES = LEADER_ROLES | LOCAL_ROLES | LOCAL_STAFF_ROLES | STAFF_ROLES | EXPERT_ROLES | MEMBER_ROLES | HONORIFICS
MAX_ROLE_LEN = max(len(r) for r in ALL_ROLES)

#: Party words that may stand before a person's name ("Republican Larry Hogan", "Democrat Chuck Schumer"): no part of it.
PARTY_DESCRIPTORS = frozenset({"republican", "democrat", "democratic", "conservative", "labour", "liberal", "socialist",
                               "communist", "tory", "independent"})
#: Words before a role that make it no longer current ("former President X"): no relation.
PAST_ROLE_MARKERS = frozenset({"former", "ex", "ex-", "late", "then", "outgoing", "erstwhile", "one-time"})
#: Given names that are also English words ("Mark", "Bill"): left out of the given-name list, and a name
#: only mid-sentence before a capitalised surname ("said Mark Trent"), never at a sentence start.
WORD_GIVEN_NAMES = frozenset({"Mark", "Bill", "Will", "Grant", "Rose", "Guy", "Rich", "Dawn", "Faith", "Hope", "Joy",
                              "Grace", "Sue", "Rob", "Drew", "Gene", "Miles", "Chase", "Penny", "Pat", "Ray", "Max",
                              "Art", "Carol", "Jay", "Hunter", "Oscar", "Sterling"})
#: Words allowed between parts of a personal name.
NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "dos", "das", "do", "van", "von", "der", "den",
                            "la", "le", "du", "di", "del", "della", "abu", "ben", "ter", "mac", "st."})

#: Heads that make a capitalised sequence an organisation, with the class they give.
ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(["ministry", "parliament", "council", "court", "army", "navy", "police", "department",
                     "agency", "forces", "force", "guard", "guards", "commission", "assembly", "senate",
                     "congress", "cabinet", "government", "office", "authority", "bureau", "service",
                     "services", "directorate", "tribunal", "duma", "committee", "command", "secretariat",
                     "administration", "legislature", "prosecutor's", "staff", "presidency"], "GovernmentBody"),
    **dict.fromkeys(["party", "movement", "front", "alliance", "coalition", "league", "association",
                     "federation", "foundation", "institute", "institution", "society", "club",
                     "university", "college", "academy", "church", "union", "fund", "organization",
                     "organisation", "network", "center", "centre", "board", "observatory", "initiative",
                     "trust", "forum", "team", "laboratory", "laboratories", "school", "clinic", "caucus", "chamber"], "Organization"),
    **dict.fromkeys(["bank", "airlines", "airline", "airways", "group", "ltd", "ltd.", "inc", "inc.", "corp",
                     "corp.", "corporation", "company", "co", "co.", "plc", "llc", "gmbh", "ag", "sa", "s.a.",
                     "kft", "a/s", "ab", "nv", "n.v.", "bv", "b.v.", "spa", "s.p.a.", "asa", "oy", "oyj", "kk", "bhd", "berhad", "pty",
                     "srl", "sarl", "holdings", "industries", "motors", "petroleum", "energy", "oil", "gas",
                     "telecom", "systems", "technologies", "pharmaceuticals", "enterprises", "partners",
                     "capital", "investments", "exchange", "railway", "railways", "railroad", "management", "bros", "bros."], "Company"),
    **dict.fromkeys(["times", "post", "news", "herald", "journal", "gazette", "tribune", "telegraph",
                     "radio", "television", "tv", "press", "daily", "chronicle", "magazine", "broadcasting",
                     "channel", "media", "observer", "mirror", "guardian", "star", "globe", "monitor",
                     "inquirer", "examiner", "dispatch", "bulletin"], "MediaOrganization"),
    **dict.fromkeys(["brigade", "brigades", "militia", "rebels", "battalion", "mujahideen"], "ArmedGroup"),
    **dict.fromkeys(["treaty", "agreement", "accord", "accords", "pact", "convention", "protocol", "charter",
                     "deal", "plan"], "Agreement"),
}
#: Legal-form words, capitalised or not ("Co", "Ltd", "SpA"), that end or sit inside a company's name; a name
#: without its trailing ones is the same company ("General Electric Co" is General Electric).
LEGAL_FORMS = frozenset({"co", "co.", "cos", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "ag", "sa", "s.a.", "nv",
                         "n.v.", "bv", "b.v.", "gmbh", "spa", "s.p.a.", "ab", "asa", "as", "oy", "oyj", "kk", "cie", "llc", "lp", "bhd",
                         "berhad", "pty", "srl", "sarl",
                         "corporation", "incorporated", "limited", "company"})
#: Common nouns that, before or after a capitalised name, type it ("the newspaper Respublika").
TYPE_NOUNS: dict[tuple[str, ...], str] = {
    **dict.fromkeys([("newspaper",), ("daily",), ("weekly",), ("news", "agency"), ("agency",), ("broadcaster",),
                     ("channel",), ("magazine",), ("tabloid",), ("outlet",), ("paper",), ("website",),
                     ("network",), ("radio",), ("television",), ("newswire",), ("wire", "service"), ("site",)],
                    "MediaOrganization"),
    **dict.fromkeys([("company",), ("firm",), ("airline",), ("carrier",), ("giant",), ("maker",),
                     ("manufacturer",), ("producer",), ("operator",), ("lender",), ("insurer",), ("retailer",),
                     ("conglomerate",), ("group",), ("corporation",), ("startup",), ("automaker",),
                     ("carmaker",), ("bank",), ("supplier",), ("developer",), ("chain",), ("subsidiary",),
                     ("exporter",), ("miner",), ("shipper",), ("platform",), ("app",)], "Company"),
    **dict.fromkeys([("party",), ("movement",)], "Organization"),
    **dict.fromkeys([("militia",), ("rebel", "group"), ("militant", "group"), ("armed", "group"),
                     ("insurgent", "group"), ("terrorist", "group")], "ArmedGroup"),
}
#: Common nouns after a capitalised name that make it a named place or facility.
PLACE_HEADS = frozenset({"station", "cosmodrome", "airport", "airbase", "base", "port", "harbour", "harbor",
                         "dam", "plant", "square", "stadium", "prison", "bridge", "canal", "strait", "island",
                         "islands", "mountains", "valley", "river", "lake", "sea", "desert", "peninsula",
                         "province", "district", "county", "oblast", "governorate",
                         "mine", "field", "oilfield", "refinery", "reactor", "palace", "hospital", "forest", "highway"})

#: Capitalised last words that make a capitalised sequence a named building or site ("Sultan Qaboos Grand Mosque",
#: "Gleneagles Hospital", "Jamarat Bridge").
FACILITY_HEADS = frozenset({"mosque", "cathedral", "shrine", "synagogue", "hospital", "stadium", "bridge", "palace",
                            "museum", "square", "dam", "prison", "hotel", "tower", "towers", "memorial", "monument",
                            "cemetery", "plaza", "basilica", "facility", "jail", "penitentiary", "airport", "gardens"})  # not "Park", "Castle", "Temple": also surnames
#: Last words of a named building or site, the facility heads and more ("Calicut International Airport", "the Costa Sur
#: power plant", "the Baikonur Cosmodrome"): what a place must end in to be "at" another place.
SITE_NOUNS = FACILITY_HEADS | frozenset({"station", "cosmodrome", "airbase", "base", "port", "plant", "complex", "site",
                                         "centre", "center", "camp", "mine", "field", "refinery", "reactor", "terminal"})
#: Capitalised last words of natural features and streets: "the Velliyar River", "Elbow Cay", "Streatham High Road".
#: Some are also surnames ("Anthony Lake", "Tom Park"): after a common given name they are not read.
GEO_HEADS = frozenset({"river", "island", "islands", "lake", "bay", "cay", "cays", "road", "street", "avenue", "boulevard",
                       "highway", "forest", "mountain", "reservoir", "creek", "lagoon", "reef", "glacier", "volcano",
                       "park", "atoll", "archipelago", "gorge", "canyon", "waterfall"})  # not "Beach", "Falls": towns
#: Capitalised last words that make a capitalised sequence a named region ("Biobio Region", "Trinity Peninsula"),
#: unless more of a name follows ("Christchurch District Court" is a court).
REGION_HEADS = frozenset({"region", "province", "peninsula", "oblast", "governorate", "prefecture", "county", "district",
                          "valley", "desert", "mountains", "krai", "okrug"})
#: Adjectives of regions that end in a state's demonym: "Latin American leaders" are no Americans.
REGION_ADJECTIVE_HEADS = frozenset({"latin", "south", "north", "central", "pan", "meso"})
#: Plural nouns for the people who speak and act for a state: after a demonym they are the state itself
#: ("Soviet officials criticized ..." -> the Soviet Union criticizes; the vocabulary's metonymy rule).
#: Armed forces are left out: rules read "Iraqi troops in X" word by word.
STATE_GROUP_NOUNS = frozenset({"officials", "authorities", "diplomats", "negotiators", "leaders", "delegation",
                               "delegates", "envoys", "spokesmen", "policymakers", "government", "regime",
                               "administration", "counterparts"})
#: nouns of a part of a place: "in the centre of Afghanistan", "in the heart of"
PART_NOUNS = frozenset({"centre", "center", "heart", "outskirts", "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "interior"})
#: nouns after a leader's name that name their government ("the Reagan administration", "Nkurunziza's government")
GOVERNMENT_NOUNS = frozenset({"administration", "presidency", "government", "cabinet", "regime"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
#: relative pronouns that coreference reads as the name right before them ("Turkey, which will apply to join the EC"):
#: a mention said in the same sentence, no item of a list, and still the start of an insertion
RELATIVE_PRONOUNS = frozenset({"which", "who"})
#: a relative's noun after a possessive makes an apposition a person's ("Neka Dorokashvili, his ex-wife")
KINSHIP_NOUNS = frozenset({"wife", "husband", "ex-wife", "ex-husband", "widow", "widower", "son", "daughter", "brother",
                           "sister", "mother", "father", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend", "cousin",
                           "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandmother", "grandfather",
                           "stepson", "stepdaughter", "stepfather", "stepmother", "sibling", "brother-in-law", "sister-in-law"})

#: possessive pronouns ("his Japanese counterpart", "its ally")
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
#: lower-case nouns of a firm's kind before its name: "of brokerage James Capel", "and the Japanese firm Kawasaki Heavy
#: Industries Ltd", "the West German chemicals group Y"
FIRM_KIND_NOUNS = frozenset({"firm", "company", "group", "bank", "carrier", "airline", "maker", "concern", "conglomerate",
                             "automaker", "carmaker", "insurer", "lender", "broker", "brokers", "brokerage", "publisher", "retailer",
                             "manufacturer", "producer", "subsidiary", "unit", "chemicals", "electronics", "steel", "oil",
                             "engineering", "trading", "investment", "holding", "mining", "state", "state-owned", "giant",
                             "securities", "house", "consultancy", "consulting", "research", "accounting", "law", "newspaper",
                             "magazine", "agency", "fund", "hedge", "analysts", "stockbrokers", "stockbroker", "merchant"})

