"""Where an institution sits, from its name and from the place right after it.

* basedIn from an organisation's own name: "Qatar News Agency", "Indonesian National Police", "Bank of Mexico";
* basedIn / locatedIn from "<institution> in <city>": "the Victorian Infectious Diseases Reference Laboratory
  in Melbourne", "Gleneagles Hospital in Singapore", "the International Court of Justice at The Hague"
  (:func:`seat_after_name_relations`).

Many names say where their organisation sits: they begin with a state, a city or a
demonym, or end in "of <place>" or "in <place>". A name qualified with the story's state
("Ministry of Health (Samoa)", see :mod:`kg.nlp.entities`) is not read: the article does
not say it, and annotators of news do not count it as a finding. A name the gazetteer knows is read
as the article writes it ("the U.S. Congress"), when that agrees with the gazetteer's country. A leading place is read for
state bodies, companies, outlets and armed groups only: an association's name often gives its
cause ("Syrian Observatory for Human Rights" works from London). Never for international
organisations, nor for an embassy or a mission: "Embassy of France" names whose it
is, not where it is.

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("The Hong Kong Harbour Daily carried the statement.")
>>> [(r.subject, r.predicate, r.object) for r in name_place_relations(doc)]
[('MediaOrganization:hong kong harbour daily', 'basedIn', 'gaz:hong-kong')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.model import Relation
from kg.extract.relations import sentence_evidence
from kg.gazetteer import GazEntry, load_gazetteer
from kg.nlp.entities import EntityInfo

#: classes whose names are read; international organisations sit in no one state their name gives
SEATED_CLASSES = frozenset({"Organization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
#: words of names that say whose an office is, not where ("Embassy of France", "Iraqi Mission to the UN")
NOT_SEATED = frozenset({"embassy", "embassies", "consulate", "mission", "delegation", "legation", "exile", "exiled", "abroad"})
PLACE_CLASSES = frozenset({"Country", "City"})
#: a state's armed service is no institution with a seat (the British Army of the Rhine served abroad);
#: "Air Canada" and "Air France" are airlines, "air force" is a service
MILITARY_NAME = re.compile(r"\b(army|navy|air force|armed forces|marines|military|guards?)\b", re.I)
#: classes whose names begin with their seat: a state's body, a company, an outlet, a state's armed group
PREFIX_CLASSES = frozenset({"GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
MAX_PLACE_WORDS = 3
#: mention cues that do not name the entity (its name is read where it is named)
NOT_NAMED = frozenset({"pronoun", "description", "group", "demonym"})


def _place(form: str) -> GazEntry | None:
    entry = load_gazetteer().lookup(form)
    return entry if entry is not None and entry.cls in PLACE_CLASSES else None


def place_in_name(name: str, cls: str = "Company") -> GazEntry | None:
    """The state or city an organisation's name places it in.

    >>> place_in_name("Central Reserve Bank of Peru").name
    'Peru'
    """
    words = name.split()
    if len(words) < 2 or name.endswith(")") or any(w.lower() in NOT_SEATED for w in words):
        return None  # "Foreign Ministry (Norway)": qualified by the story's state, not by the name
    for joiner in (" in ", " of the ", " of "):  # "American University in Cairo", "Bank of Mexico"
        if joiner in name:
            if (entry := _place(name.rsplit(joiner, 1)[1])) is not None:
                return entry
            break  # "United States Department of Justice": the name may still begin with its state
    if cls not in PREFIX_CLASSES:
        return None  # "Syrian Observatory for Human Rights", "Tibet Action Institute": a cause, not an address
    for n in range(min(MAX_PLACE_WORDS, len(words) - 1), 0, -1):  # "Hong Kong Economic Journal", "Qatar News Agency"
        if (entry := _place(" ".join(words[:n]))) is not None:
            return entry
    return load_gazetteer().demonym_country(words[0])  # "Indonesian National Police"


def name_place_relations(doc: Doc) -> list[Relation]:
    """One basedIn per organisation whose name places it, with the sentence that first names it.

    A name the gazetteer knows is read as the article writes it, and only when the article's
    form agrees with the gazetteer: "the U.S. Congress", "the official Saudi Press Agency" say
    where those sit; "Congress" alone says nothing.
    """
    infos = doc._.kg_entities or {}
    seen: set[str] = set()
    out = []
    for token in doc:
        key = token.ent_kb_id_
        if key in seen or key not in infos or token.ent_id_ in NOT_NAMED or infos[key].cls not in SEATED_CLASSES:
            continue
        if not key.startswith("gaz:"):
            seen.add(key)  # an unknown body's name is the same at every mention: read at the first
        if (place := _seat_named(token, infos[key])) is not None:
            seen.add(key)
            out.append(Relation(key, "basedIn", f"gaz:{place.id}", sentence_evidence(token.sent, "name-place", 0.7, "asserted", "E")))
    return out


def _seat_named(token: Token, info: EntityInfo) -> GazEntry | None:
    """The place a mention's name gives its organisation: the name for an unknown body, the mention's own
    form for a known one when it agrees with the gazetteer ("the U.S. Congress"; a state's army excepted)."""
    if not token.ent_kb_id_.startswith("gaz:"):
        return place_in_name(info.label, info.cls)
    entry = load_gazetteer().entries.get(token.ent_kb_id_[4:])
    if entry is None or MILITARY_NAME.search(entry.name):
        return None
    place = place_in_name(token.text, info.cls)
    return place if place is not None and place.id == entry.country else None


#: last words of names of institutions that have one seat: "<X Hospital> in <city>" says where it is
#: (an association, a party or a company "in" a city may just be acting there)
SEATED_HEADS = frozenset({"laboratory", "laboratories", "university", "college", "academy", "institute", "court", "tribunal",
                          "hospital", "clinic", "school", "museum", "observatory", "library", "seminary"})
#: words between "in" and the city: "in the capital city Tehran", "at The Hague"
SEAT_FILLERS = frozenset({"the", "capital", "city", "of", "town"})


def _head(name: str) -> str:
    """The head word of a name: "Court" of "International Court of Justice", "Hospital" of "Gleneagles Hospital"."""
    return name.split(" of ")[0].split()[-1].lower()


def seat_after_name_relations(doc: Doc) -> list[Relation]:
    """ "the Masih Daneshvari Hospital in the capital city Tehran" -> locatedIn; "the X Institute in Lyon" -> basedIn.

    Only for institutions (:data:`SEATED_HEADS`) right before "in"/"at" and a city or state the gazetteer
    or the text names; a facility (a Place) is locatedIn, an organisation basedIn.
    """
    infos = doc._.kg_entities or {}
    out = []
    for token in doc:
        info = infos.get(token.ent_kb_id_)
        if info is None or token.ent_id_ in NOT_NAMED or "|" in token.ent_kb_id_:
            continue
        if info.cls not in SEATED_CLASSES | {"Place", "InternationalOrganization"} or _head(token.text) not in SEATED_HEADS:
            continue
        i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
        if i >= len(doc) or doc[i].lower_ not in ("in", "at"):
            continue
        i += 1
        while i < len(doc) and doc[i].lower_ in SEAT_FILLERS and not doc[i].ent_type_:
            i += 1
        if i >= len(doc) or doc[i].ent_type_ not in PLACE_CLASSES or "|" in doc[i].ent_kb_id_ or doc[i].ent_id_ in ("demonym", "pronoun"):
            continue
        if i + 1 < len(doc) and doc[i + 1].norm_ == "'s":
            continue  # "the hospital in Tehran's north": fine, but "at Moscow's request" is no seat
        predicate = "locatedIn" if info.cls == "Place" else "basedIn"
        out.append(Relation(token.ent_kb_id_, predicate, doc[i].ent_kb_id_, sentence_evidence(token.sent, "seat-after-name", 0.75, "asserted", "E")))
    return out
