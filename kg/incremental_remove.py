"""``kg remove``, the change itself: take one article out of the store and recount or undo what it supported.

Separate from :mod:`kg.incremental` (the command: which articles, the
transaction, the files after) because this is the one step that decides
what else goes with an article (unsupported triples, entities no other
article reads, merges only it supported); it runs inside
:func:`kg.store_write.changing`, on the copy that is swapped in.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.graph import entity_triples
from kg.incremental_shared import (DESCRIPTION, KG, PLAIN, first, load_entities, merge_records, rename, subjects,
                                   triples_of)
from kg.ledger import KGS, LEDGER, entity_ledger, parse_readings, term_json, undo_merge, undone_name
from kg.ontology import ENT, KG_URI, symmetric_predicates
from kg.resolve import ResolvedEntity, retract
from kg.store import StoreGraph


def remove_article(store: StoreGraph, art: URIRef) -> None:
    """Take one article out: its node, evidence, mentions, unsupported triples and entities, then recount the others."""
    readings = parse_readings(first(store, art, KGS.readings, LEDGER) or "[]")
    owners = _owners(store, {key for key, _, _ in readings})
    records = merge_records(store, {ENT[e.iri_name] for e in owners.values()})
    kept, gone = retract([r for r in readings if r[0] in owners], owners)
    evidence = sorted(subjects(store, KG.article, [art]))
    dead = _unsupported(store, art, evidence)
    for ev in evidence:
        store.remove(list(store.match(ev)))
    store.remove(list(store.match(art)))
    store.remove(list(store.match(None, KG.mentionedIn, art)))
    store.remove(list(store.match(art, None, None, LEDGER)), LEDGER)
    store.remove(dead)
    for entity in gone:
        e = ENT[entity.iri_name]
        store.remove(list(store.match(e)) + list(store.match(None, None, e)))
        store.remove(list(store.match(e, None, None, LEDGER)), LEDGER)
    touched = [ENT[e.iri_name] for e in kept]
    store.remove(triples_of(store, touched, DESCRIPTION))
    store.remove(triples_of(store, touched, ledger=True), LEDGER)
    for entity in kept:
        entity_records = records.get(entity.iri_name, [])
        undone = undo_merge(entity, entity_records)  # a merge only the removed articles supported is undone
        if undone is not None:
            old_name, entity_records = entity.iri_name, [r for r in entity_records if r is not undone]
            entity.iri_name = _free(store, str(undone_name(undone)), entity.iri_name)
            rename(store, ENT[old_name], ENT[entity.iri_name])
        store.add(entity_triples(entity))
        store.add(entity_ledger(entity), LEDGER)
        store.add(((ENT[entity.iri_name], KGS.merged, r) for r in entity_records), LEDGER)


def _free(store: StoreGraph, wanted: str, current: str) -> str:
    """``wanted`` as an entity's IRI name if no other entity has it, else ``current``."""
    return wanted if wanted == current or (ENT[wanted], None, None) not in store else current


def _unsupported(store: StoreGraph, art: URIRef, evidence: list[URIRef]) -> list[tuple]:
    """The plain triples (both directions of a symmetric one) that only ``art``'s evidence supports."""
    symmetric = {URIRef(KG_URI + p) for p in symmetric_predicates()}
    claims = {_claim(store, ev) for ev in evidence} - {None}
    dead = []
    for s, p, o in sorted(claims):
        others = (subjects(store, RDF.subject, [s]) & subjects(store, RDF.object, [o])) | \
                 ((subjects(store, RDF.subject, [o]) & subjects(store, RDF.object, [s])) if p in symmetric else set())
        if not any((ev, RDF.predicate, p) in store and _supports(store, ev, art) for ev in others):
            dead += [(s, p, o), (o, p, s)] if p in symmetric else [(s, p, o)]
    return dead


def _claim(store: StoreGraph, ev: URIRef) -> tuple | None:
    """``(subject, predicate, object)`` of an evidence node whose modality makes a plain triple, else None."""
    if first(store, ev, KG.modality) not in PLAIN:
        return None
    s, p, o = (first(store, ev, term) for term in (RDF.subject, RDF.predicate, RDF.object))
    return (s, p, o) if None not in (s, p, o) else None


def _supports(store: StoreGraph, ev: URIRef, art: URIRef) -> bool:
    """Whether evidence ``ev`` of another article than ``art`` makes a plain triple."""
    return first(store, ev, KG.modality) in PLAIN and any(a != art for _, _, a in store.match(ev, KG.article, None))


def _owners(store: StoreGraph, keys: set[str]) -> dict[str, ResolvedEntity]:
    """The stored entity each key is resolved to."""
    owner = {key: e for key in keys for e, _, _ in store.match(None, KGS.key, Literal(term_json(key)), LEDGER)}
    entities = load_entities(store, set(owner.values()))
    return {k: entities[str(e)[len(str(ENT)):]] for k, e in owner.items() if str(e)[len(str(ENT)):] in entities}
