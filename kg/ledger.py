"""The store's bookkeeping: what ``kg add`` and ``kg remove`` need that the graph itself does not say.

The graph names each entity once, by IRI; it does not keep the extraction keys
(``gaz:russia``, ``Person:Jane Doe``) the entity was resolved from, nor how
many articles read it as which class under which name. The store keeps them in
a named graph of its own (:data:`LEDGER`, never part of ``graph.ttl`` or of a
query's default graph):

* ``ent:X kgs:key "gaz:russia"``: every extraction key resolved to ``ent:X``;
* ``ent:X kgs:tally "{json}"``: articles per class, per name and per key;
* ``ent:X kgs:aliasFold "russia"``: the case-folded names of an entity with a
  gazetteer key (new names are matched against them), ``kgs:labelFold`` the
  folded label of one without (a new gazetteer entry may claim it);
* ``ent:X kgs:labelKey "..."`` / ``kgs:aliasKey``: its ``rdfs:label`` and each
  ``skos:altLabel`` lower-cased, an index for naming entities in queries
  (``--param entity=csto``) without scanning every name (:func:`name_key`);
* ``art:A kgs:readings "[json]"``: the article's own entity readings
  ``[key, class, names]``, taken back out of the tallies when it is removed;
* ``ent:X kgs:merged "{json}"``: a stored entity that ``kg add`` merged into
  ``ent:X`` (a new gazetteer entry claimed its name), as it was: IRI name,
  label, Wikidata item and keys. ``kg remove`` undoes the merge when only
  those keys are left (:func:`undo_merge`).

Plain functions between these triples and :class:`~kg.resolve.ResolvedEntity`;
no store access here.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable, Iterator

from rdflib import RDFS, SKOS, Literal, Namespace, URIRef
from rdflib.term import Identifier

from kg.articles import Article
from kg.extract.model import Extraction
from kg.graph import article_iri, entity_triples
from kg.ontology import ENT
from kg.resolve import Resolution, ResolvedEntity, has_gazetteer_key, primary_key

STORE_URI = "https://w3id.org/newskg/store#"
KGS = Namespace(STORE_URI)
#: the named graph of the bookkeeping (the default graph is the knowledge graph itself)
LEDGER = URIRef(STORE_URI + "ledger")

Triple = tuple[URIRef, URIRef, Identifier]
_NAME_KEYS = {RDFS.label: KGS.labelKey, SKOS.altLabel: KGS.aliasKey}


def _json(value: Any) -> Literal:
    # ASCII escapes: names may hold lone surrogates or control characters, which no RDF syntax carries
    return Literal(json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":")))


def entity_ledger(entity: ResolvedEntity) -> Iterator[Triple]:
    """The bookkeeping of one entity: its keys, tallies and folded names."""
    node = ENT[entity.iri_name]
    for key in sorted(entity.keys):
        yield node, KGS.key, _json(key)
    yield node, KGS.tally, _json({"classes": dict(entity.classes), "names": dict(entity.names), "keys": dict(entity.keys)})
    if has_gazetteer_key(entity):
        for fold in sorted({name.casefold() for name in entity.names} | {entity.label.casefold()}):
            yield node, KGS.aliasFold, _json(fold)
    else:
        yield node, KGS.labelFold, _json(entity.label.casefold())
    for _, p, name in entity_triples(entity):
        if p in _NAME_KEYS:
            yield node, _NAME_KEYS[p], name_key(str(name))


def name_key(name: str) -> Literal:
    """How a name is indexed (``kgs:labelKey``/``kgs:aliasKey``): lower-cased as SPARQL's ``LCASE`` in rdflib, JSON-encoded."""
    return _json(name.lower())


def readings(extraction: Extraction) -> list[list[Any]]:
    """An article's entity readings: ``[key, class, sorted names]`` each."""
    return [[e.key, e.cls, sorted(set(e.aliases) | {e.label})] for e in extraction.entities]


def article_ledger(article: Article, extraction: Extraction) -> Iterator[Triple]:
    yield article_iri(article), KGS.readings, _json(readings(extraction))


def ledger_triples(articles: Iterable[Article], extractions: Iterable[Extraction], resolution: Resolution,
                   entities: Iterable[ResolvedEntity] | None = None) -> Iterator[Triple]:
    """The bookkeeping of a build (every entity of ``resolution``, or only ``entities``) and of its articles."""
    for entity in resolution.entities.values() if entities is None else entities:
        yield from entity_ledger(entity)
    by_id = {a.id: a for a in articles}
    for ex in extractions:
        yield from article_ledger(by_id[ex.article_id], ex)


def fold_value(literal: object) -> str:
    """The text of a ``kgs:`` literal (JSON-encoded)."""
    return json.loads(str(literal))


def term_json(value: str) -> str:
    """How a ``kgs:key`` / fold value is written, to look it up (``VALUES ?k { ... }``)."""
    return json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def stored_entity(iri_name: str, label: str, cls: str, qid: str, tally: str) -> ResolvedEntity:
    """A stored entity back as a :class:`ResolvedEntity` with its tallies (for :mod:`kg.resolve`)."""
    counts = json.loads(tally)
    keys = Counter(counts.get("keys", {}))
    entity = ResolvedEntity(primary_key(keys) if keys else f"stored:{iri_name}", label, cls, qid, iri_name=iri_name,
                            classes=Counter(counts.get("classes", {})), names=Counter(counts.get("names", {})), keys=keys)
    entity.aliases = {n for n, c in entity.names.items() if c > 0} - {label}
    return entity


def parse_readings(literal: object) -> list[tuple[str, str, list[str]]]:
    """``kgs:readings`` back as ``(key, class, names)`` tuples."""
    return [(key, cls, names) for key, cls, names in json.loads(str(literal))]


def merge_record(entity: ResolvedEntity) -> Literal:
    """A stored entity as it is before ``kg add`` merges it into another (the ``kgs:merged`` value)."""
    return _json({"iri": entity.iri_name, "label": entity.label, "qid": entity.qid, "keys": sorted(entity.keys)})


def undo_merge(entity: ResolvedEntity, records: Iterable[object]) -> object | None:
    """The merge record to undo once ``entity``'s readings have been retracted, or None.

    A merge is undone when every key ``entity`` has left came from the merged
    entity (the keys that claimed it are gone): ``entity`` takes back that
    entity's label and Wikidata item (:func:`undone_name` gives its IRI
    name), as a build of the remaining articles would give them. ``entity``
    is changed in place; the record returned is the one used.
    """
    for record in records:
        before = json.loads(str(record))
        if entity.keys and set(entity.keys) <= set(before["keys"]):
            entity.label, entity.qid = before["label"], before["qid"]
            entity.key = primary_key(entity.keys)
            entity.aliases = {n for n, c in entity.names.items() if c > 0} - {entity.label}
            return record
    return None


def undone_name(record: object) -> str:
    """The IRI name of the entity a merge record describes."""
    return json.loads(str(record))["iri"]
