"""What ``kg add`` and ``kg remove`` both do to a store: index lookups, stored entities, renaming a node.

Separate from :mod:`kg.incremental_add` and :mod:`kg.incremental_remove`
because both changes read the stored entities and their bookkeeping the
same way, and rewrite an entity's description and rename its IRI the same
way; one home keeps them in step. Every lookup is ``quads_for_pattern``
through :meth:`kg.store.StoreGraph.match` (terms, no query text).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Identifier

from kg.ledger import KGS, LEDGER, stored_entity
from kg.ontology import ENT, KG_URI, PLAIN_MODALITIES, WD
from kg.resolve import ResolvedEntity
from kg.store import StoreGraph

#: what describes an entity in the default graph (rewritten from its tallies when they change)
DESCRIPTION = (RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs)
KG = Namespace(KG_URI)  # plain: kg_ns() would read the ontology at import time
PLAIN = {KG[m] for m in PLAIN_MODALITIES}


def subjects(store: StoreGraph, p: URIRef, values: Iterable[Identifier], graph: URIRef | None = None) -> set[URIRef]:
    """Every subject of ``?s p value`` for each value (index lookups)."""
    return {s for value in values for s, _, _ in store.match(None, p, value, graph)}


def first(store: StoreGraph, s: URIRef, p: URIRef, graph: URIRef | None = None) -> Identifier | None:
    """The first object of ``s p ?o`` (in the named graph ``graph``, else the default one), or None."""
    return next((o for _, _, o in store.match(s, p, None, graph)), None)


def load_entities(store: StoreGraph, iris: Iterable[URIRef]) -> dict[str, ResolvedEntity]:
    """Stored entities (label, class, Wikidata item, tallies) by IRI name."""
    entities = {}
    for iri in sorted(iris):
        label, cls, tally = first(store, iri, RDFS.label), first(store, iri, RDF.type), first(store, iri, KGS.tally, LEDGER)
        if label is None or cls is None or tally is None:
            continue
        qid = first(store, iri, OWL.sameAs)
        name = str(iri)[len(str(ENT)):]
        entities[name] = stored_entity(name, str(label), str(cls)[len(KG_URI):], str(qid)[len(str(WD)):] if qid else "", str(tally))
    return entities


def triples_of(store: StoreGraph, nodes: Iterable[URIRef], predicates: Sequence[URIRef] | None = None,
               ledger: bool = False) -> list[tuple]:
    """The triples with one of ``nodes`` as subject (only ``predicates``, if given), in the bookkeeping graph if ``ledger``."""
    graph = LEDGER if ledger else None
    return [t for s in sorted(nodes) for p in (predicates or [None]) for t in store.match(s, p, None, graph)]


def rename(store: StoreGraph, old: URIRef, new: URIRef) -> None:
    """Every triple of the default graph with ``old`` as object, then as subject, now with ``new``."""
    for position in (2, 0):
        found = list(store.match(*(old if i == position else None for i in range(3))))
        store.remove(found)
        store.add(tuple(new if i == position and term == old else term for i, term in enumerate(t)) for t in found)


def merge_records(store: StoreGraph, entities: Iterable[URIRef]) -> dict[str, list[Literal]]:
    """The ``kgs:merged`` records of stored entities, by IRI name (kept when their bookkeeping is rewritten)."""
    return {str(e)[len(str(ENT)):]: sorted(o for _, _, o in store.match(e, KGS.merged, None, LEDGER)) for e in entities}
