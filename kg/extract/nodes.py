"""The graph nodes a slot's token stands for: its entity, or the state a capital or seat stands for.

"Moscow banned ...", "the Kremlin said": a capital or seat of government in an agent's place is its
state (as of the story's date: Moscow in 1987 is the Soviet Union); a city visited is its country;
"the two leaders" (key ``a|b``) gives two nodes. Pure functions over a processed ``Doc``.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.gazetteer import load_gazetteer
from kg.nlp.lexicon import GOVERNMENT_NOUNS, RELATIVE_PRONOUNS

#: slots that hold a place, not an agent: metonymy does not apply there
PLACE_SLOTS = {("locatedIn", "S"), ("locatedIn", "O"), ("capitalOf", "S"), ("basedIn", "O"), ("attacks", "O")}
#: slots where a city stands for its country whether or not it is a seat of government
COUNTRY_SLOTS = {("visits", "O"), ("hasMilitaryPresenceIn", "O")}
INDIRECT = frozenset({"pronoun", "description", "group"})


class Node:
    """One party of a relation: an entity key and its class, with how it was reached."""

    __slots__ = ("key", "cls", "indirect")

    def __init__(self, key: str, cls: str, indirect: bool) -> None:
        self.key, self.cls, self.indirect = key, cls, indirect


def node_of(token: Token, predicate: str, slot: str) -> list[Node]:
    """The entities a slot token stands for, after metonymy (a group gives two).

    ``slot`` is "S" or "O", or "place" for a holder that is read as the place it names (a mayor's city).
    """
    gaz = load_gazetteer()
    if predicate not in OFFICE_PREDICATES and (state := governed_state(token)) is not None:
        return [Node(state, "Country", True)]  # "was thanked by the Reagan administration": the United States
    indirect = token.ent_id_ in INDIRECT and token.lower_ not in RELATIVE_PRONOUNS  # "Turkey, which will apply": said there
    keys = token.ent_kb_id_.split("|")
    infos = token.doc._.kg_entities or {}
    nodes = []
    for key in keys:
        cls = infos[key].cls if key in infos else token.ent_type_
        if token.ent_id_ == "demonym":
            cls = "Country"
        if cls in ("City", "Place") and key.startswith("gaz:"):
            entry = gaz.entries.get(key[4:])
            to_country = (predicate, slot) in COUNTRY_SLOTS or (entry is not None and entry.metonym and (predicate, slot) not in PLACE_SLOTS
                                                                and slot != "place")
            if entry is not None and entry.country and to_country:
                state = gaz.state_at(entry, entry.country, token.doc.user_data.get("kg_date"))
                nodes.append(Node(f"gaz:{state}", "Country", True))
                continue
        nodes.append(Node(key, cls, indirect))
    return nodes


#: predicates of a person's own offices and memberships: "the Reagan administration" leads nothing of its own
OFFICE_PREDICATES = frozenset({"leaderOf", "worksFor", "memberOf"})


def governed_state(token: Token) -> str | None:
    """The state a known leader's government stands for: "the Reagan administration", "Nakasone's government"."""
    doc, i = token.doc, token.i + 1
    if i < len(doc) and doc[i].norm_ == "'s":
        i += 1
    return person_state(token) if i < len(doc) and doc[i].lower_ in GOVERNMENT_NOUNS else None


def person_state(token: Token) -> str | None:
    """The country the gazetteer gives for a well-known person, if any."""
    if token.ent_type_ != "Person" or not token.ent_kb_id_.startswith("gaz:"):
        return None
    entry = load_gazetteer().entries.get(token.ent_kb_id_[4:])
    return f"gaz:{entry.country}" if entry is not None and entry.country else None


def state_nodes(token: Token, predicate: str) -> list[Node]:
    """The state a possessor stands for: a person's country (from the gazetteer) or the entity itself."""
    state = person_state(token)
    return [Node(state, "Country", True)] if state is not None else node_of(token, predicate, "O")


def capital_state(token: Token) -> list[Node]:
    """The state whose capital the gazetteer makes this city (as of the story's date), if any."""
    gaz = load_gazetteer()
    entry = gaz.entries.get(token.ent_kb_id_[4:]) if token.ent_kb_id_.startswith("gaz:") else None
    country = gaz.entries.get(entry.country) if entry is not None and entry.country else None
    if country is None or country.capital != entry.id:
        return []
    return [Node(f"gaz:{gaz.state_at(entry, country.id, token.doc.user_data.get('kg_date'))}", "Country", True)]
