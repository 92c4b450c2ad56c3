"""Parties a match takes from the story rather than from its own words, and the checks that vouch for them.

A bare "Governor X" leads the one region the story names (:func:`story_region`); "the official news agency MTI
said" names an outlet of the state its sentence, dateline or story is about (:func:`outlet_state`); two signatories
of two states bind their states (:func:`signatories_states`); a list in apposition to a bloc is its members only when
the gazetteer says each one is (:func:`listed_members`); "The states that vote are Alabama and Texas" lists places of
the one state the gazetteer puts them all in (:func:`listed_places_state`). Pure functions over a processed ``Doc``
and the gazetteer, used by :func:`kg.extract.relations.relations_from_doc`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.model import Relation
from kg.extract.nodes import Node
from kg.gazetteer import load_gazetteer
from kg.nlp.dateline import Dateline
from kg.nlp.parties import story_country


def listed_members(doc: Doc, items: list[Token], bloc: Token) -> bool:
    """Are the listed states, two or more and closed by a comma, each a member of the bloc the gazetteer lists (as of
    the story's date: West Germany in 1987 stands for Germany's seat in the G-7)?"""
    gaz = load_gazetteer()
    entry = gaz.entries.get(bloc.ent_kb_id_[4:]) if bloc.ent_kb_id_.startswith("gaz:") else None
    end = items[-1].i + 1 if items else 0
    if entry is None or not entry.members or len(items) < 2 or end >= len(doc) or doc[end].text != ",":
        return False
    date = doc.user_data.get("kg_date")
    members = set(entry.members) | {gaz.as_of(m, date) for m in entry.members}
    return all(t.ent_kb_id_[4:] in members or gaz.as_of(t.ent_kb_id_[4:], date) in members for t in items)



def outlet_state(doc: Doc, at: int) -> str | None:
    """The state whose official outlet a sentence cites with no state named for it: the one state the sentence names
    ("The Soviet Union conducted a test, the official news agency Tass reported"), else the dateline's state among
    several, else, when it names none, the state the story is set in."""
    gaz = load_gazetteer()
    date = doc.user_data.get("kg_date")

    def state_of(token: Token) -> str | None:  # a state, or a city's state as of the story's date (Moscow in 1987: the USSR)
        entry = gaz.entries.get(token.ent_kb_id_[4:]) if token.ent_kb_id_.startswith("gaz:") else None
        if entry is None or token.ent_type_ not in ("Country", "City") or entry.cls not in ("Country", "City"):
            return None
        return gaz.as_of(entry.id, date) if entry.cls == "Country" else gaz.state_at(entry, entry.country, date) if entry.country else None

    named = {state for token in doc[at].sent if (state := state_of(token))}
    if len(named) == 1:
        return f"gaz:{named.pop()}"
    dateline: Dateline | None = getattr(doc._, "kg_dateline", None)
    if named and dateline is not None:
        state = state_of(doc[dateline.place])
        return f"gaz:{state}" if state in named else None
    country = story_country(doc) if not named else None
    return f"gaz:{country}" if country else None



def signatories_states(found: list[Relation], homes: dict[str, set[str]]) -> list[Relation]:
    """An agreement two people of two states sign binds their states: "Prime Ministers Zhao Ziyang of China and Anibal
    Cavaco Silva of Portugal signed an agreement" -> China signsAgreementWith Portugal (context: the states are the
    signatories' own, from the gazetteer or their titles). Only when each has one state."""
    out: list[Relation] = []
    known = {(r.subject, r.object) for r in found if r.predicate == "signsAgreementWith"}
    for r in found:
        if r.predicate != "signsAgreementWith" or len(homes.get(r.subject, ())) != 1 or len(homes.get(r.object, ())) != 1:
            continue
        (a,), (b,) = homes[r.subject], homes[r.object]
        if a == b or (a, b) in known or (b, a) in known:
            continue
        known.add((a, b))
        out.append(Relation(a, "signsAgreementWith", b, replace(r.evidence, rule=f"{r.evidence.rule}-states", level="C")))
    return out



def story_region(doc: Doc, state: str | None) -> Node | None:
    """The one region of the state (any state when none is known) that the story names, if only one: whose
    "Governor X" or "Chief Minister X" leads it ("Montana passed the bill. Governor Steve Bullock signed it")."""
    gaz = load_gazetteer()
    regions = set()
    for ent in doc.ents:
        entry = gaz.entries.get(ent.kb_id_[4:]) if ent.label_ == "Place" and ent.kb_id_.startswith("gaz:") else None
        if entry is not None and known_region(Node(ent.kb_id_, "Place", False)) and (state is None or f"gaz:{entry.country}" == state):
            regions.add(ent.kb_id_)
    return Node(regions.pop(), "Place", True) if len(regions) == 1 else None



def known_region(node: Node) -> bool:
    """Is the node a region of a state the gazetteer knows (Florida, Bavaria), not a district or a site?"""
    entry = load_gazetteer().entries.get(node.key[4:]) if node.key.startswith("gaz:") else None
    return entry is not None and entry.cls == "Place" and bool(entry.country and entry.qid) and not entry.metonym


def listed_places_state(tokens: list[Token]) -> list[Node]:
    """The one state the gazetteer puts every listed place in, when the story names that state ("The states that
    vote are Alabama, Texas and Utah" in a story about the United States); nothing when the places lie in
    different states, one is unknown or the story never names the state."""
    gaz = load_gazetteer()
    entries = [gaz.entries.get(t.ent_kb_id_[4:]) if t.ent_kb_id_.startswith("gaz:") else None for t in tokens]
    states = {e.country if e is not None and e.cls in ("City", "Place") else None for e in entries}
    if len(states) != 1 or None in states or not tokens:
        return []
    state = f"gaz:{next(iter(states))}"
    named = any(t.ent_kb_id_ == state for t in tokens[0].doc if t.ent_type_ == "Country")
    return [Node(state, "Country", True)] if named else []
