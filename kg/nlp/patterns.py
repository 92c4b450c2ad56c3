"""A small pattern language for relation rules, compiled to spaCy ``Matcher`` patterns.

Rules run on a document whose entities are merged into single tokens, so a
pattern reads like the sentence it matches::

    S:AGENT ~2 arrived|arrives|arriving in|at ~3 O:LOC

* ``S:GROUP`` / ``O:GROUP``: the subject / object slot, an entity token whose
  class is in the named group (see :data:`GROUPS`); ``X:GROUP`` is an entity
  that must be there but fills no slot.
* ``a|b|c``: one token whose lower-case form is one of the words.
* ``'s``: a possessive (``'s``, ``’s``, or an "s" split off a known name).
* ``?word``: an optional token.
Slots and fillers are tested on native token attributes (``ENT_TYPE``,
``ENT_ID`` and a fill code in ``LEMMA``, see :data:`ALL_FILL_CODES`), which the
Matcher evaluates in C: extension attributes cost a Python call per test.

* ``~N``: up to N filler tokens: no named entity (demonyms and "X-led"
  modifiers are allowed) and no sentence punctuation.
* ``~N.``: stricter filler that also stops at clause words (prepositions,
  conjunctions, relative pronouns), for slots that must stay in one phrase.
* ``*N``: up to N tokens of anything but sentence punctuation (crosses entities).
* ``~N[name]``: up to N tokens from the word set ``name`` in :data:`WORD_SETS` (or demonyms).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

PERSON = ("Person",)
STATE = ("Country",)
CITY = ("City",)
PLACE = ("Place",)
ORGS = ("Organization", "InternationalOrganization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup")
GROUPS: dict[str, tuple[str, ...]] = {
    "PER": PERSON,
    "STATE": STATE + CITY,  # a capital acting as the state is mapped to it later
    "ORG": ORGS,
    "IGO": ("InternationalOrganization", "Organization"),
    "COMPANY": ("Company", "Organization"),
    "BASED": ("Company", "MediaOrganization", "GovernmentBody", "Organization", "ArmedGroup"),
    "AGENT": PERSON + STATE + CITY + ORGS,
    "ACTOR": STATE + CITY + ORGS,  # states and organisations (not persons)
    "ACTORD": STATE + CITY + ORGS + ("Demonym",),  # also "Iraqi forces"
    "ACTORN": STATE + CITY + ORGS + ("Named",),  # only by a name: no "Jamaican delegation" (a state group)
    "LOC": STATE + CITY + PLACE,
    "CITY": CITY + PLACE,
    "REGION": PLACE,  # a region or a named site: "Reading, Berkshire, UK"
    "COUNTRY": STATE,
    "DEM": ("Demonym",),
    "STATED": STATE + CITY + ("Demonym",),
    "AGENTD": PERSON + STATE + CITY + ORGS + ("Demonym",),
    #: a party to a lawsuit: an agent, or a federal state ("filed a lawsuit against the state of Montana", "Texas sued")
    "LITIGANT": PERSON + STATE + CITY + ORGS + PLACE,
    "ORGA": ORGS + ("Agreement",),
    "DOC": ("Agreement",),  # a named treaty or deal ("the Treaty of Asuncion")
    "BODY": ("GovernmentBody", "Organization", "InternationalOrganization"),  # bodies one is elected to
    "PARTY": ("Organization", "InternationalOrganization", "ArmedGroup"),  # what a person joins as a member
    "MEDIA": ("MediaOrganization",),
    "EMPLOYER": ("Company", "MediaOrganization"),  # what one joins as staff (a party or a chamber one joins as a member)
    "ANY": PERSON + STATE + CITY + PLACE + ORGS + ("Agreement", "Demonym"),
}
#: Clause words a strict filler may not cross.
CLAUSE_WORDS = frozenset({
    "with", "against", "from", "by", "after", "before", "over", "since", "during", "while", "when", "where",
    "but", "because", "although", "though", "than", "via", "between", "despite", "unlike", "amid",
    "without", "said", "says", "told", "tell", "if", "whether", "whereas", "except", "then",
})
HARD_PUNCT = frozenset({".", ";", ":", "!", "?", '"', "“", "”", "—", "–"})
WORD_SETS: dict[str, frozenset[str]] = {
    # words between a state and the company or outlet it hosts: "Russia's state energy giant Gazprom"
    "orgmod": frozenset({
        "state", "state-run", "state-owned", "national", "energy", "oil", "gas", "nuclear", "news", "daily",
        "leading", "largest", "biggest", "main", "official", "private", "major", "giant", "newspaper",
        "agency", "company", "firm", "airline", "carrier", "broadcaster", "television", "tv", "radio",
        "weekly", "paper", "magazine", "bank", "group", "corporation", "conglomerate", "producer", "maker",
        "-", "run", "owned", "mining", "steel", "defence", "defense", "arms", "telecoms", "tech",
        "technology", "car", "automaker", "carmaker", "independent", "opposition", "online", "outlet",
        "channel", "network", "publisher", "operator", "developer", "retailer", "lender", "insurer",
        "the", "a", "an", "top", "second-largest", "flag", "low-cost", "budget", "manufacturer",
        "media", "software", "internet", "pharmaceutical", "drug", "chemicals", "shipping", "logistics",
        "investment", "brewer", "brewing", "broker", "stockbroker", "brokerage", "stock", "trading", "house", "food",
        "beverage", "insurance", "financial", "holding", "electronics", "engineering", "construction",
        "computer", "publishing", "banking", "securities", "utility", "airlines", "listed",
        # industries and outlets: "French telecommunications firm X", "the Austrian news site X"
        "telecommunications", "telecom", "domestic", "site", "aerospace", "auto", "automotive", "power", "electric",
        "electrical", "biotech", "biotechnology", "semiconductor", "chip", "chipmaker", "textile", "cement",
        "tobacco", "telephone", "wire", "service", "petroleum", "petrochemical", "metals", "aviation", "aircraft",
        "shipbuilder", "railway", "transport", "agricultural", "retail", "supermarket", "hotel", "entertainment",
        "film", "cable", "satellite", "wireless", "mobile", "healthcare", "drugmaker", "machinery", "industrial",
        "appliance", "tyre", "tire", "packaging", "cosmetics", "e-commerce", "property", "real", "estate",
    }),
    # words between a named place and "in": "the Baikonur space station in", "the Zaporizhzhia nuclear power plant in"
    "facility": frozenset({"space", "nuclear", "power", "military", "air", "naval", "launch", "research", "oil", "gas",
                           "hydroelectric", "coal", "chemical", "steel", "international", "refugee", "detention",
                           "station", "cosmodrome", "airport", "airbase", "base", "port", "dam", "plant", "complex",
                           "facility", "site", "centre", "center", "camp", "mine", "field", "refinery", "reactor",
                           "terminal", "hospital", "prison", "stadium", "square", "palace", "bridge", "the", ","}),
    # words naming a part of a place: "in southern Yemen", "in the far north of"
    "part": frozenset({"the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                       "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                       "north-western", "south-eastern", "south-western", "far", "remote", "rural", "mainland"}),
    # words inside a noun phrase before its head: "the Kyrgyz capital", "two Central Asian states"
    "np": frozenset({"the", "a", "an", "its", "his", "her", "their", "two", "three", "four", "five", "capital",
                     "city", "of", ",", "neighbouring", "neighboring", "former", "soviet", "republic", "state", "visiting",
                     "outgoing", "incoming", "new", "top", "senior", "member", "fellow", "mainland", "federal", "central",
                     "counterpart", "rival", "opponent", "challenger", "predecessor", "successor"}),
}


@dataclass(frozen=True)
class Rule:
    """One relation rule: a pattern and what its match means.

    ``subject`` says where the subject comes from when the pattern has no
    ``S`` slot: ``"group"`` (a "the two leaders" mention stands for both
    parties) or ``"sentence"`` (the first agent of the sentence, for a
    coordinated verb: "It retains bases ... and maintains guards ...").
    ``object`` likewise: ``"context"`` takes the nearest organisation before
    the subject in the sentence ("the CIS Customs Union - Kazakhstan is a member"), ``"dateline"`` the
    place of the story's dateline ("TOKYO - ... the visiting Polish leader", "arrived here"),
    ``"own-state"`` the state whose capital the gazetteer makes the subject city ("Cairo, the
    country's capital"; nothing when the gazetteer disagrees), ``"list-country"`` the one state the
    gazetteer puts every listed subject in, when the story names it ("The states that vote are Alabama
    and Texas"), ``"story-state"`` the state the story is set in (:func:`kg.nlp.parties.story_country`:
    "the official newspaper El Peruano said" in a story about Peru).
    """

    name: str
    predicate: str
    pattern: str
    confidence: float = 0.8
    subject: str = "slot"
    object: str = "slot"
    not_followed_by: frozenset[str] = frozenset()
    no_list: bool = False  # the slots may not be items of a list ("Izmir, Turkey" yes; "Russia, Turkey and Iran" no)
    #: the modality the rule's own words give, when the sentence gives none stronger ("X bid for Y": planned)
    modality: str | None = None
    #: the rule says a place is a part of a state, so a dependent territory may be its subject ("Puerto Rico is a
    #: territory of the United States"), which is otherwise typed as a state of its own
    part_of: bool = False
    #: the object may not be a city the gazetteer names like a region of its state ("White Plains, New York": the
    #: state or the city? unsure, so neither)
    no_city_named_like_state: bool = False
    #: the subject may not be a party ("the Aam Aadmi Party in Goa": the party's branch there, not its seat)
    no_party_subject: bool = False
    #: no insertion that names an entity between the subject and the rest: "X Co, a subsidiary of Y AB, of Sweden"
    #: is Y's, the nearer name's (a wire ticker is fine: "Mobil Corp <MOB.N> of the U.S.")
    no_named_insertion: bool = False
    #: the subject is the one name the pattern matched, never a list ending in it: "Tellmark Inc and Vexa AG of
    #: Hanover": "of Hanover" is said of the nearer name only
    nearest_subject: bool = False
    #: the subject is a named building or site ("Calicut International Airport at Karipur"), not any place ("talks on
    #: Kashmir at Geneva")
    facility_subject: bool = False
    #: the match opens its sentence ("In a phone call with X, Y urged ...": fronted talks are the subject's own)
    sentence_start: bool = False
    #: the rule says what a place is: a plan in the words that describe its list is the list's, not the relation's
    #: ("The states scheduled to vote are Alabama and Texas": Alabama lies in the United States now)
    static: bool = False
    #: every subject must be a member of the object the gazetteer lists, and the list must close with a comma: an
    #: apposition naming a bloc's members ("The leaders of the G-7, the United States, Britain, ... and Japan, met"),
    #: not a list of parties that begins with the bloc ("the EC, the United States and Japan agreed")
    listed_members: bool = False
    #: the subject visits only when the story gives it a home state, and another one: "Garcia met De la Madrid in Mexico
    #: City" is a Peruvian's visit; a meeting of someone whose home is unknown may be at home
    away_only: bool = False


def insertion_variant(pattern: str) -> str | None:
    """The pattern with room for an insertion after its leading subject, or None.

    For every pattern that starts with its subject: "Youssri Mustapha, who leaves for Moscow on
    Tuesday, met Hosni Mubarak", "Elders IXL Ltd <ELXA.S>, the Melbourne-based brewer". The relation matcher
    marks insertions before matching (one Python pass; a Matcher gap of "any 8 tokens" cost half
    the matching time): a comma right after an entity, a lower-case word that is no entity (a
    relative pronoun, a preposition, "the ..."), at most 8 tokens without sentence punctuation,
    and a comma; so "In Tehran, Iran, officials met ..." has no insertion after "Tehran".
    """
    parts = pattern.split()
    if len(parts) < 3 or not parts[0].startswith("S:"):
        return None
    return " ".join([parts[0], "^insertion", *parts[1:]])


def required_words(pattern: str) -> tuple[frozenset[str], ...]:
    """The word sets a match cannot do without: one per mandatory literal token of the pattern.

    A document none of whose tokens is in one of these sets cannot match the pattern, so the
    relation matcher skips the rule there (see :class:`kg.nlp.relation_matcher.RelationMatcher`).
    Slots, fillers and optional words require nothing.

    >>> [sorted(words) for words in required_words("S:AGENT ~3 arrived|arrives in|at ?the O:LOC")]
    [['arrived', 'arrives'], ['at', 'in']]
    """
    out = []
    for part in pattern.split():
        if part[:2] in ("S:", "O:", "X:") or part[0] in "~*?^":
            continue
        out.append(frozenset(part.split("|")))  # "'s" is tested on NORM, which the matcher also collects
    return tuple(out)


def compile_pattern(pattern: str) -> tuple[list[dict], dict[str, int]]:
    """Compile a rule pattern to Matcher token dicts and the pattern index of each slot."""
    tokens: list[dict] = []
    slots: dict[str, int] = {}
    for part in pattern.split():
        if part[:2] in ("S:", "O:", "X:"):
            slot, group = part.split(":", 1)
            tokens.append(_slot(GROUPS[group]))
            if slot != "X":
                slots[slot] = len(tokens) - 1
        elif part.startswith(("~", "*")):
            tokens.append(_filler(part))
        elif part == "^insertion":  # the tokens of a comma-delimited insertion, marked by the relation matcher
            tokens.append({"LEMMA": {"IN": INSERTION_CODES}, "OP": "+"})
        elif part == "'s":
            tokens.append({"NORM": "'s"})
        elif part == "?'s":
            tokens.append({"NORM": "'s", "OP": "?"})
        elif part.startswith("?"):
            tokens.append({"LOWER": {"IN": part[1:].split("|")}, "OP": "?"})
        else:
            tokens.append({"LOWER": {"IN": part.split("|")}})
    return tokens, slots


def _filler(part: str) -> dict:
    kind, spec = part[0], part[1:]
    strict = spec.endswith(".")
    spec = spec.rstrip(".")
    word_set = None
    if "[" in spec:
        spec, word_set = spec.rstrip("]").split("[")
    op = f"{{0,{int(spec)}}}"
    if kind == "*":
        return {"ORTH": {"NOT_IN": sorted(HARD_PUNCT)}, "OP": op}
    flag = FILL_FLAGS[word_set] if word_set else STRICT if strict else None
    codes = [code for code in ALL_FILL_CODES if (flag in code if flag else (STRICT in code or LOOSE in code))]
    return {"LEMMA": {"IN": codes}, "OP": op}


def _slot(classes: tuple[str, ...]) -> dict:
    """An entity token of ``classes`` ("Demonym" is a Country mention whose ``ent_id_`` is "demonym")."""
    real = [c for c in classes if c not in ("Demonym", "Named")]
    if "Named" in classes:
        return {"ENT_TYPE": {"IN": real}, "ENT_ID": {"NOT_IN": ["demonym", "state-group"]}}
    if "Demonym" not in classes:
        return {"ENT_TYPE": {"IN": real}, "ENT_ID": {"NOT_IN": ["demonym"]}}
    if not real:
        return {"ENT_ID": "demonym"}
    return {"ENT_TYPE": {"IN": sorted(set(real) | {"Country"})}}


#: How a token may fill a gap, written by the relation matcher into ``token.lemma_`` (which no
#: stage of this pipeline uses otherwise) as "kg" + flags, so that the Matcher tests it natively:
#: s = strict filler, l = loose filler (a clause word), n/o/f/p = in WORD_SETS np/orgmod/facility/part.
STRICT, LOOSE = "s", "l"
FILL_FLAGS = {"np": "n", "orgmod": "o", "facility": "f", "part": "p"}
INSERTION = "i"  # last flag: the token is part of ", who ..., " after an entity (see insertion_variant)
ALL_FILL_CODES = sorted(
    "kg" + gap + "".join(f for f, keep in zip(FILL_FLAGS.values(), bits) if keep) + inside
    for gap in ("", STRICT, LOOSE)
    for bits in itertools.product((0, 1), repeat=len(FILL_FLAGS))
    for inside in ("", INSERTION)
)
INSERTION_CODES = [code for code in ALL_FILL_CODES if code.endswith(INSERTION)]
