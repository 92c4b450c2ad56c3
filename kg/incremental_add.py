"""``kg add``, the change itself: resolve the new articles against the stored entities and write them into the copy.

Separate from :mod:`kg.incremental` (the command: reading, extracting,
the transaction, the files after) because this is the one step that
rewrites stored entities (merges, renames, recounted descriptions); it
runs inside :func:`kg.store_write.changing`, on the copy that is swapped in.
"""

from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL

from kg.articles import Article
from kg.extract.model import Extraction
from kg.graph import article_iri, clean, graph_triples
from kg.incremental_shared import DESCRIPTION, KG, load_entities, merge_records, rename, subjects, triples_of
from kg.ledger import KGS, LEDGER, ledger_triples, merge_record, term_json
from kg.ontology import ENT, KG_URI, WD, symmetric_predicates
from kg.resolve import ResolvedEntity, resolve_incremental
from kg.store import StoreGraph


def add_to_store(store: StoreGraph, articles: list[Article], extractions: list[Extraction],
                 already: list[Article]) -> list[tuple[str, str, str]]:
    """Resolve and write the new articles (into the copy :func:`kg.store_write.changing` swaps in); return the merges made."""
    # an article already stored, found under another path or identifier: both are recorded
    store.add((article_iri(a), KG.sourceFile, Literal(clean(p))) for a in already for p in a.paths)
    store.add((article_iri(a), DCTERMS.identifier, Literal(clean(n))) for a in already for n in (a.name, *a.other_names))
    if not extractions:
        return []
    stored = _stored_entities(store, extractions)
    before = {name: merge_record(entity) for name, entity in stored.items()}
    inc = resolve_incremental(extractions, stored, lambda name: (ENT[name], None, None) in store)
    touched = [ENT[name] for name in sorted(inc.stored | set(inc.renamed))]
    records = merge_records(store, touched)
    store.remove(triples_of(store, touched, DESCRIPTION))
    store.remove(triples_of(store, touched, ledger=True), LEDGER)
    for old_name, new_name in sorted(inc.renamed.items()):
        rename(store, ENT[old_name], ENT[new_name])
        records[new_name] = records.pop(old_name, []) + [before[old_name]] + records.get(new_name, [])
    new = list(dict.fromkeys(graph_triples(articles, extractions, inc.resolution)))
    store.add(_without_reversed_duplicates(store, new))
    store.add(ledger_triples(articles, extractions, inc.resolution), LEDGER)
    store.add(((ENT[name], KGS.merged, record) for name, entity_records in records.items() for record in entity_records), LEDGER)
    return inc.resolution.merges


def _stored_entities(store: StoreGraph, extractions: list[Extraction]) -> dict[str, ResolvedEntity]:
    """The stored entities the new extractions can match: by key, Wikidata item, alias or label (see :mod:`kg.ledger`)."""
    entities = [e for ex in extractions for e in ex.entities]
    found = subjects(store, KGS.key, {Literal(term_json(e.key)) for e in entities}, LEDGER)
    found |= subjects(store, OWL.sameAs, {WD[e.qid] for e in entities if e.qid and e.qid[1:].isdigit()})
    found |= subjects(store, KGS.aliasFold, {Literal(term_json(e.label.casefold())) for e in entities
                                             if not e.key.startswith("gaz:")}, LEDGER)
    found |= subjects(store, KGS.labelFold, {Literal(term_json(n.casefold())) for e in entities if e.key.startswith("gaz:")
                                             for n in set(e.aliases) | {e.label}}, LEDGER)
    return load_entities(store, found)


def _without_reversed_duplicates(store: StoreGraph, triples: list[tuple]) -> list[tuple]:
    """Drop new symmetric triples the store already holds the other way round (stored once, either direction)."""
    symmetric = {URIRef(KG_URI + p) for p in symmetric_predicates()}
    return [(s, p, o) for s, p, o in triples if not (p in symmetric and isinstance(o, URIRef) and (o, p, s) in store)]
