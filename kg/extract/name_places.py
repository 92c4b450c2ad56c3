"""Where an institution sits, from the place right after its name.

"<institution> in <city>": "the Victorian Infectious Diseases Reference Laboratory in Melbourne",
"Gleneagles Hospital in Singapore", "the International Court of Justice at The Hague"
(:func:`seat_after_name_relations`).

An organisation's own name is not read for its seat ("Qatar News Agency", "Supreme Court of
the United States", "Indonesian National Police"): the article does not state that as a finding.
Measured on the development gold (136 articles), such name-read seats were 21 true and 27
false: hand annotators of news mostly leave them out, and they are entity facts that Wikidata,
linked from each node, already holds. "Iranian airline Mahan Air", "Russia's Izvestia newspaper"
(a state written beside the name) are relation rules of :mod:`kg.nlp.rules`.

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("The samples went to the Doherty Reference Laboratory in Melbourne.")
>>> [(r.subject, r.predicate, r.object) for r in seat_after_name_relations(doc)]
[('Organization:doherty reference laboratory', 'basedIn', 'gaz:melbourne')]
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.model import Relation
from kg.extract.relations import sentence_evidence

#: classes of institutions with one seat (with Place and international organisations)
SEATED_CLASSES = frozenset({"Organization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
PLACE_CLASSES = frozenset({"Country", "City"})
#: mention cues that do not name the entity (its name is read where it is named)
NOT_NAMED = frozenset({"pronoun", "description", "group", "demonym"})
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
