"""Entities and mentions of one processed document."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.model import Entity, Mention
from kg.gazetteer import load_gazetteer
from kg.nlp.entities import STATE_GROUP
from kg.nlp.parties import PARTY_ADJECTIVE

NAMED = frozenset({"gazetteer", "title", "apposition", "role-apposition", "org-head", "type-noun-before",
                   "type-noun-after", "place-head", "propagated", "model"})


def entities_from_doc(doc: Doc) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Every entity the document names (a pronoun alone makes none) and every mention of one.

    Entities reached only through a demonym ("Kazakh exports") or a metonym are
    included: they are named, just not by their own name.
    """
    gaz = load_gazetteer()
    infos = doc._.kg_entities or {}
    mentions: list[Mention] = []
    keys: set[str] = set()
    named: set[str] = set()
    for ent in doc.ents:
        for key in ent.kb_id_.split("|"):
            mentions.append(Mention(key, ent.text, ent.start_char, ent.end_char, ent.id_ or "gazetteer"))
            if ent.id_ not in ("pronoun", "description", "group"):
                keys.add(key)
                if ent.id_ not in ("demonym", STATE_GROUP, PARTY_ADJECTIVE):
                    named.add(key)
                entry = gaz.entries.get(key[4:]) if key.startswith("gaz:") else None
                if entry is not None and entry.country and entry.cls in ("City", "Place") and entry.metonym:
                    state = gaz.state_at(entry, entry.country, doc.user_data.get("kg_date"))
                    keys.add(f"gaz:{state}")  # "Moscow said" stands for Russia: it may be a party
    entities = []
    for key in sorted(keys):
        info = infos.get(key)
        if info is None:
            entry = gaz.entries.get(key[4:]) if key.startswith("gaz:") else None
            if entry is None:
                continue
            label, cls, qid, forms = entry.name, entry.cls, entry.qid, set()
        else:
            label, cls, qid, forms = info.label, info.cls, info.qid, set(info.forms)
        entry = gaz.entries.get(key[4:]) if key.startswith("gaz:") else None
        if entry is not None:
            forms.update(entry.aliases)
        aliases = tuple(sorted(f for f in forms if f != label))
        entities.append(Entity(key, label, cls, qid, aliases, key in named))
    return tuple(entities), tuple(mentions)


def implied_state(key: str) -> Entity | None:
    """The gazetteer country (or state body) ``key`` names, as an entity the article implies but never names.

    "King Fahd of Saudi Arabia" -> leaderOf Saudi Arabia, "Senator Mitt Romney" -> memberOf the
    United States Senate: the relation needs the node even when the article names it only inside
    a person's name or through a title.
    """
    entry = load_gazetteer().entries.get(key[4:]) if key.startswith("gaz:") else None
    if entry is None or entry.cls not in ("Country", "GovernmentBody"):
        return None
    return Entity(key, entry.name, entry.cls, entry.qid, tuple(sorted(entry.aliases)), named=False)
