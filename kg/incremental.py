"""``kg add`` and ``kg remove``: change a built graph's store without rebuilding it.

``kg add PATH...`` reads the articles, keeps those whose content hash the
store does not hold yet, extracts them (in parallel, as ``kg build`` does),
resolves their entities against the stored ones (:func:`kg.resolve.resolve_incremental`:
same key, same Wikidata item, alias of a gazetteer entity; one node per real
thing) and writes the change in one SPARQL Update request, which Oxigraph
applies in one transaction. ``kg remove ARTICLE`` takes an article out the same
way: its node, its evidence, its ``kg:mentionedIn``, every plain triple no
other article supports, and every entity no other article reads.

After the store has changed, ``graph.ttl``, ``graph.html`` and ``report.json``
are written again from the store (each atomically; the report then counts what
the store holds and lists this change's problems). The store is the source of
truth: a process killed after its commit leaves files one change behind, and
the next ``kg add``/``kg remove`` (or ``kg export``) writes them again.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.articles import DEFAULT_MAX_BYTES, Article, one_line, read_articles
from kg.errors import InputError, KGError
from kg.extract.model import Extraction
from kg.fsutil import commit, stage
from kg.graph import RDFLIB_LIMIT, article_iri, clean, entity_triples, graph_triples, new_graph
from kg.ledger import KGS, LEDGER, entity_ledger, ledger_triples, parse_readings, stored_entity, term_json
from kg.ontology import ART, ENT, KG_URI, PREDICATES, WD, symmetric_predicates
from kg.parallel import MIN_PARALLEL_WORDS
from kg.report import change_report, dumps
from kg.resolve import ResolvedEntity, resolve_incremental, retract
from kg.store import StoreGraph, data_block, find_store, sparql_term, store_turtle, values_block, write_new_store

GRAPH_FILE, HTML_FILE, REPORT_FILE = "graph.ttl", "graph.html", "report.json"
_DESCRIPTION = (RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs)


class ArticleNotFoundError(KGError):
    """``kg remove`` was given an article the store does not hold (or a name several articles share)."""

    exit_code = 2


@dataclass
class ChangeResult:
    """What ``kg add`` or ``kg remove`` did."""

    out_dir: Path
    added: list[Article] = field(default_factory=list)
    already_stored: list[Article] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # article IRIs
    problems: list[dict] = field(default_factory=list)
    report: dict = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)


# ------------------------------------------------------------------ kg add

def add(
    paths: Iterable[Path | str],
    graph_dir: Path | str = "output",
    *,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    quiet: bool = False,
    html: bool = True,
    max_nodes: int = 2000,
    log: Callable[[str], None] | None = None,
    min_parallel_words: int = MIN_PARALLEL_WORDS,
    files: bool = True,
) -> ChangeResult:
    """Add the articles of ``paths`` that the store of ``graph_dir`` does not hold yet, in one transaction.

    A folder without a store gets a new one (the first ``kg add`` is a build).
    Then ``graph.ttl``, ``graph.html`` (unless not ``html``) and ``report.json`` are written from the store;
    with ``files=False`` only ``report.json`` (the commands read the store; ``kg export`` writes graph.ttl).
    """
    from kg.builder import extract_all

    log = log or (lambda message: print(message, file=sys.stderr))
    out = Path(graph_dir)
    paths = list(paths)
    if not paths:
        raise InputError("kg add: give the articles to add (files, folders or .jsonl files)")
    read = read_articles(paths, max_bytes=max_bytes)
    result = ChangeResult(out)
    for problem in read.problems:
        log(f"{problem.level}: {problem}")
        result.problems.append({"file": problem.path, "problem": problem.problem, "action": problem.action, "level": problem.level})
    store_path = _store_or_new(out)
    with StoreGraph(store_path, writable=True) as store:
        stored_ids = _stored_hashes(store, [a.id for a in read.articles])
        result.already_stored = [a for a in read.articles if a.id in stored_ids]
        new = [a for a in read.articles if a.id not in stored_ids]

        def on_error(article: Article, why: str) -> None:
            log(f"error: {one_line(', '.join(article.paths) or article.name)}: extraction failed: {one_line(why)} (skipped)")
            result.problems.append({"file": ", ".join(article.paths) or article.name, "problem": f"extraction failed: {why}",
                                    "action": "skipped", "level": "error"})

        extractions = extract_all(new, on_error, model=model, jobs=jobs, executor=executor, scheduler=scheduler,
                                  quiet=quiet, min_parallel_words=min_parallel_words)
        done = {ex.article_id for ex in extractions}
        result.added = [a for a in new if a.id in done]
        merges = _add_to_store(store, result.added, extractions, result.already_stored)
    change = {"command": "add", "added": len(result.added), "already_stored": len(result.already_stored),
              "failed": len(new) - len(result.added) + sum(1 for p in read.problems if p.fatal),
              "merges": [{"key": a, "into": b, "why": why} for a, b, why in merges]}
    result.report, result.files = refresh_outputs(out, change, result.problems, html=html, max_nodes=max_nodes, files=files)
    return result


def _store_or_new(out: Path) -> Path:
    found = find_store(out)
    if found is not None:
        return found
    if (out / GRAPH_FILE).is_file():
        raise InputError(f"{out}: this build has no store (built with --no-store); run `kg build --out {out}` with the "
                         "articles first, then kg add")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot be the output folder ({exc.strerror or exc})") from exc
    return write_new_store(out, [], [])


def _stored_hashes(store: StoreGraph, hashes: Sequence[str]) -> set[str]:
    if not hashes:
        return set()
    rows = store.ledger_select(f"SELECT ?h WHERE {{ {values_block('h', (Literal(h) for h in hashes))} ?a kg:contentHash ?h }}")
    return {str(h) for (h,) in rows}


def _stored_entities(store: StoreGraph, extractions: list[Extraction]) -> dict[str, ResolvedEntity]:
    """The stored entities the new extractions can match: by key, Wikidata item, alias or label (see :mod:`kg.ledger`)."""
    entities = [e for ex in extractions for e in ex.entities]
    lookups = {
        "k": ("GRAPH kgs:ledger { ?e kgs:key ?k }", {Literal(term_json(e.key)) for e in entities}),
        "q": ("?e owl:sameAs ?q", {WD[e.qid] for e in entities if e.qid and e.qid[1:].isdigit()}),
        "f": ("GRAPH kgs:ledger { ?e kgs:aliasFold ?f }",
              {Literal(term_json(e.label.casefold())) for e in entities if not e.key.startswith("gaz:")}),
        "g": ("GRAPH kgs:ledger { ?e kgs:labelFold ?g }",
              {Literal(term_json(n.casefold())) for e in entities if e.key.startswith("gaz:") for n in set(e.aliases) | {e.label}}),
    }
    branches = [f"{{ {values_block(var, sorted(values))} {pattern} }}" for var, (pattern, values) in lookups.items() if values]
    if not branches:
        return {}
    found = {row[0] for row in store.ledger_select(f"SELECT DISTINCT ?e WHERE {{ {' UNION '.join(branches)} }}")}
    return _load_entities(store, found)


def _load_entities(store: StoreGraph, iris: Iterable[URIRef]) -> dict[str, ResolvedEntity]:
    """Stored entities (label, class, Wikidata item, tallies) by IRI name."""
    iris = sorted(iris)
    if not iris:
        return {}
    rows = store.ledger_select(f"""SELECT ?e ?label ?cls ?qid ?tally WHERE {{ {values_block('e', iris)}
        ?e rdfs:label ?label ; a ?cls . OPTIONAL {{ ?e owl:sameAs ?qid }} GRAPH kgs:ledger {{ ?e kgs:tally ?tally }} }}""")
    entities = {}
    for iri, label, cls, qid, tally in rows:
        name = str(iri)[len(str(ENT)):]
        entities[name] = stored_entity(name, str(label), str(cls)[len(KG_URI):], str(qid)[len(str(WD)):] if qid else "", str(tally))
    return entities


def _triples_of(store: StoreGraph, subjects: Iterable[URIRef], predicates: Sequence[URIRef] | None = None,
                ledger: bool = False) -> list[tuple]:
    subjects = sorted(subjects)
    if not subjects:
        return []
    p_values = values_block("p", predicates) if predicates else ""
    pattern = "GRAPH kgs:ledger { ?s ?p ?o }" if ledger else "?s ?p ?o"
    return store.ledger_select(f"SELECT ?s ?p ?o WHERE {{ {values_block('s', subjects)} {p_values} {pattern} }}")


def _add_to_store(store: StoreGraph, articles: list[Article], extractions: list[Extraction],
                  already: list[Article]) -> list[tuple[str, str, str]]:
    """Resolve and write the new articles in one update request; return the merges made."""
    updates: list[str] = []
    paths = [(article_iri(a), URIRef(KG_URI + "sourceFile"), Literal(clean(p))) for a in already for p in a.paths]
    if paths:  # an article already stored, found under another path: the path is recorded
        updates.append(f"INSERT DATA {{ {data_block(paths)} }}")
    if not extractions:
        if updates:
            store.update(" ;\n".join(updates))
        return []
    inc = resolve_incremental(extractions, _stored_entities(store, extractions), lambda name: (ENT[name], None, None) in store)
    touched = [ENT[name] for name in sorted(inc.stored | set(inc.renamed))]
    old = _triples_of(store, touched, _DESCRIPTION)
    old_ledger = _triples_of(store, touched, ledger=True)
    if old or old_ledger:
        updates.append(f"DELETE DATA {{ {data_block(old)} {data_block(old_ledger, LEDGER)} }}")
    for old_name, new_name in sorted(inc.renamed.items()):
        a, b = sparql_term(ENT[old_name]), sparql_term(ENT[new_name])
        updates.append(f"DELETE {{ ?s ?p {a} }} INSERT {{ ?s ?p {b} }} WHERE {{ ?s ?p {a} }}")
        updates.append(f"DELETE {{ {a} ?p ?o }} INSERT {{ {b} ?p ?o }} WHERE {{ {a} ?p ?o }}")
    new = list(dict.fromkeys(graph_triples(articles, extractions, inc.resolution)))
    new = _without_reversed_duplicates(store, new)
    ledger = list(ledger_triples(articles, extractions, inc.resolution))
    updates.append(f"INSERT DATA {{ {data_block(new)} {data_block(ledger, LEDGER)} }}")
    store.update(" ;\n".join(updates))
    return inc.resolution.merges


def _without_reversed_duplicates(store: StoreGraph, triples: list[tuple]) -> list[tuple]:
    """Drop new symmetric triples the store already holds the other way round (stored once, either direction)."""
    symmetric = {URIRef(KG_URI + p) for p in symmetric_predicates()}
    candidates = [(o, p, s) for s, p, o in triples if p in symmetric and isinstance(o, URIRef)]
    if not candidates:
        return triples
    rows = "".join(f"({sparql_term(s)} {sparql_term(p)} {sparql_term(o)}) " for s, p, o in candidates)
    found = {tuple(r) for r in store.ledger_select(f"SELECT ?s ?p ?o WHERE {{ VALUES (?s ?p ?o) {{ {rows} }} ?s ?p ?o }}")}
    return [t for t in triples if (t[2], t[1], t[0]) not in found]


# ------------------------------------------------------------------ kg remove

def remove(articles: Sequence[str], graph_dir: Path | str = "output", *, html: bool = True, max_nodes: int = 2000,
           files: bool = True) -> ChangeResult:
    """Remove articles (content hash, its first 16 characters, ``art:`` IRI or name) from the store, each in one transaction."""
    out = Path(graph_dir)
    store_path = find_store(out)
    if store_path is None:
        raise InputError(f"{out}: no store here (no {out / 'store'}); kg remove works on a build's store")
    if not articles:
        raise InputError("kg remove: give the article to remove (its id, content hash or name)")
    result = ChangeResult(out)
    with StoreGraph(store_path, writable=True) as store:
        iris = [_find_article(store, ident) for ident in articles]
        for iri in dict.fromkeys(iris):
            _remove_article(store, iri)
            result.removed.append(str(iri))
    change = {"command": "remove", "removed": [str(i)[len(str(ART)):] for i in result.removed]}
    result.report, result.files = refresh_outputs(out, change, [], html=html, max_nodes=max_nodes, files=files)
    return result


def _find_article(store: StoreGraph, ident: str) -> URIRef:
    """The article ``ident`` names: ``art:ID`` / its IRI, its id (16 hex digits), its content hash, or its name."""
    text = ident.strip()
    for prefix in ("art:", str(ART)):
        text = text[len(prefix):] if text.startswith(prefix) else text
    found: set[URIRef] = set()
    if len(text) == 16 and (ART[text], RDF.type, None) in store:
        found = {ART[text]}
    elif len(text) == 64:
        found = {row[0] for row in store.select(f"SELECT ?a WHERE {{ ?a kg:contentHash {sparql_term(Literal(text))} }}")[1]}
    if not found:
        found = {row[0] for row in store.select(f"SELECT ?a WHERE {{ ?a dcterms:identifier {sparql_term(Literal(ident.strip()))} ; "
                                                "a kg:Article }")[1]}
    if len(found) == 1:
        return found.pop()
    if found:
        raise ArticleNotFoundError(f"{ident!r} names {len(found)} articles ({', '.join(sorted(str(f)[len(str(ART)):] for f in found))}); "
                                   "give one of these ids")
    raise ArticleNotFoundError(f"{ident!r}: no such article in the store (give its id from graph.ttl, art:ID, its content hash or its name)")


def _remove_article(store: StoreGraph, art: URIRef) -> None:
    """Take one article out in one update request."""
    a = sparql_term(art)
    rows = store.ledger_select(f"SELECT ?r WHERE {{ GRAPH kgs:ledger {{ {a} kgs:readings ?r }} }}")
    readings = parse_readings(rows[0][0]) if rows else []
    owners = _owners(store, {key for key, _, _ in readings})
    kept, gone = retract([r for r in readings if r[0] in owners], owners)
    plain = "(kg:asserted, kg:planned, kg:reported)"
    symmetric = ", ".join(f"kg:{p}" for p in sorted(symmetric_predicates()))
    unsupported = store.ledger_select(f"""SELECT DISTINCT ?s ?p ?o WHERE {{
        ?ev kg:article {a} ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:modality ?m . FILTER(?m IN {plain})
        FILTER NOT EXISTS {{ ?e2 rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:modality ?m2 ; kg:article ?a2 .
                            FILTER(?a2 != {a} && ?m2 IN {plain}) }}
        FILTER NOT EXISTS {{ ?e3 rdf:subject ?o ; rdf:predicate ?p ; rdf:object ?s ; kg:modality ?m3 ; kg:article ?a3 .
                            FILTER(?p IN ({symmetric}) && ?a3 != {a} && ?m3 IN {plain}) }} }}""")
    symmetric_iris = {URIRef(KG_URI + p) for p in symmetric_predicates()}
    dead = [(s, p, o) for s, p, o in unsupported] + [(o, p, s) for s, p, o in unsupported if p in symmetric_iris]
    updates = [f"DELETE WHERE {{ ?ev kg:article {a} . ?ev ?p ?o }}", f"DELETE WHERE {{ {a} ?p ?o }}",
               f"DELETE WHERE {{ ?e kg:mentionedIn {a} }}", f"DELETE WHERE {{ GRAPH kgs:ledger {{ {a} ?p ?o }} }}"]
    if dead:
        updates.append(f"DELETE DATA {{ {data_block(dead)} }}")
    for entity in gone:
        e = sparql_term(ENT[entity.iri_name])
        updates += [f"DELETE WHERE {{ {e} ?p ?o }}", f"DELETE WHERE {{ ?s ?p {e} }}", f"DELETE WHERE {{ GRAPH kgs:ledger {{ {e} ?p ?o }} }}"]
    touched = [ENT[e.iri_name] for e in kept]
    old, old_ledger = _triples_of(store, touched, _DESCRIPTION), _triples_of(store, touched, ledger=True)
    if old or old_ledger:
        updates.append(f"DELETE DATA {{ {data_block(old)} {data_block(old_ledger, LEDGER)} }}")
    new = [t for e in kept for t in entity_triples(e)]
    new_ledger = [t for e in kept for t in entity_ledger(e)]
    if new or new_ledger:
        updates.append(f"INSERT DATA {{ {data_block(new)} {data_block(new_ledger, LEDGER)} }}")
    store.update(_PREFIXES + " ;\n".join(updates))


_PREFIXES = (f"PREFIX kg: <{KG_URI}>\nPREFIX kgs: <{KGS}>\nPREFIX rdf: <{RDF}>\n")


def _owners(store: StoreGraph, keys: set[str]) -> dict[str, ResolvedEntity]:
    """The stored entity each key is resolved to."""
    if not keys:
        return {}
    rows = store.ledger_select(f"SELECT ?k ?e WHERE {{ {values_block('k', sorted(Literal(term_json(k)) for k in keys))} "
                               "GRAPH kgs:ledger { ?e kgs:key ?k } }")
    entities = _load_entities(store, {e for _, e in rows})
    return {json.loads(str(k)): entities[str(e)[len(str(ENT)):]] for k, e in rows if str(e)[len(str(ENT)):] in entities}


# ------------------------------------------------------------------ the files, from the store

def store_graph_file(store: StoreGraph, limit: int = RDFLIB_LIMIT) -> tuple[bytes, Graph | None]:
    """``graph.ttl`` from the store: rdflib's sorted Turtle (and the graph) up to ``limit`` triples, Oxigraph's above."""
    if len(store) > limit:
        return store_turtle(store), None
    graph = new_graph()
    for triple in store.triples():
        graph.add(triple)
    return graph.serialize(format="turtle").encode("utf-8"), graph


def refresh_outputs(out: Path, change: dict, problems: list[dict], *, html: bool = True, max_nodes: int = 2000,
                    validate: bool = True, files: bool = True) -> tuple[dict, dict[str, Path]]:
    """Write ``graph.ttl``, ``graph.html`` and ``report.json`` again from the store of ``out`` (each atomically).

    ``files=False``: only ``report.json`` (for frequent small changes to a large store).
    """
    from kg.validate import validate_graph
    from kg.views import write_graph_html

    with StoreGraph(find_store(out)) as store:
        turtle, graph = store_graph_file(store) if files else (b"", None)
        report = change_report(store_counts(store), change, problems)
        if validate and graph is not None:
            report["validation"] = validate_graph(graph).summary()
        if not files:
            report["files"] = f"only report.json was written; graph.ttl and graph.html are older than the store (kg export -f ttl -o {out / GRAPH_FILE})"
        staged: list[tuple[Path, Path]] = []
        try:
            if files:
                staged.append((stage(out / GRAPH_FILE, turtle), out / GRAPH_FILE))
            if html and files:
                staging = out / f".{HTML_FILE}.{os.getpid()}-staged.tmp"
                staged.append((write_graph_html(graph if graph is not None else store, staging, title=f"newskg: {out}",
                                                max_nodes=max_nodes), out / HTML_FILE))
            staged.append((stage(out / REPORT_FILE, dumps(report)), out / REPORT_FILE))
            done = commit(staged)
        except BaseException:
            for tmp, _ in staged:
                tmp.unlink(missing_ok=True)
            raise
    kinds = (["graph"] if files else []) + (["html"] if html and files else []) + ["report"]
    return report, {**dict(zip(kinds, done, strict=True)), "store": out / "store"}


def store_counts(store: StoreGraph) -> dict:
    """What the store holds: articles, entities per class, plain triples per predicate, evidence per modality."""
    def pairs(text: str) -> dict[str, int]:
        return {str(k)[len(KG_URI):]: int(n) for k, n in store.select(text)[1] if k is not None}

    predicates = " ".join(f"kg:{p}" for p in PREDICATES)
    articles = store.select("SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }")[1][0][0]
    return {
        "articles": int(articles),
        "by_class": pairs("SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c FILTER(?c NOT IN (kg:Article, kg:Evidence)) } GROUP BY ?c"),
        "by_predicate": pairs(f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ VALUES ?p {{ {predicates} }} ?s ?p ?o }} GROUP BY ?p"),
        "by_modality": pairs("SELECT ?m (COUNT(?ev) AS ?n) WHERE { ?ev a kg:Evidence ; kg:modality ?m } GROUP BY ?m"),
    }

