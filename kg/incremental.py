"""``kg add`` and ``kg remove``: change a built graph's store without rebuilding it.

``kg add PATH...`` reads the articles, keeps those whose content hash the
store does not hold yet, extracts them (in parallel, as ``kg build`` does),
resolves their entities against the stored ones (:func:`kg.resolve.resolve_incremental`:
same key, same Wikidata item, alias of a gazetteer entity; one node per real
thing) and writes them. ``kg remove ARTICLE...`` takes articles out: each
one's node, evidence, ``kg:mentionedIn``, every plain triple no other article
supports, and every entity no other article reads; a merge that ``kg add``
made (a stored name claimed by a new gazetteer entry, recorded as
``kgs:merged``) is undone when no article left reads the entry's side.

Transactions: each command changes a copy of the store and swaps it in
(:func:`kg.store_write.changing`, where the choice is measured), so a ``kg add`` or
``kg remove`` killed at any moment leaves the store as before or as after.
The store is read with index lookups (``quads_for_pattern``) and written
with pyoxigraph's ``remove``/``extend``: no value is ever written into query
text, and no query text is built at all.

After the store has changed, ``graph.ttl``, ``graph.html`` and ``report.json``
are written again from the store (each atomically; the report then counts what
the store holds and lists this change's problems). The store is the source of
truth: a process killed after its swap leaves files one change behind, and
the next ``kg add``/``kg remove`` (or ``kg export``) writes them again.

This module is the two commands (reading the input, the transaction, the
files after); what each change does to the store is in
:mod:`kg.incremental_add` and :mod:`kg.incremental_remove`, with the lookups
both use in :mod:`kg.incremental_shared`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF

from kg.articles import Article, one_line
from kg.articles_read import DEFAULT_MAX_BYTES, read_articles
from kg.errors import InputError, KGError
from kg.fsutil import commit, stage
from kg.graph import RDFLIB_LIMIT, new_graph
from kg.incremental_add import add_to_store
from kg.incremental_remove import remove_article
from kg.incremental_shared import KG, subjects
from kg.ontology import ART, KG_URI, PREDICATES
from kg.parallel import MIN_PARALLEL_WORDS
from kg.report import change_report, dumps
from kg.store import StoreGraph, find_store, store_turtle
from kg.store_write import changing, write_new_store

GRAPH_FILE, HTML_FILE, REPORT_FILE = "graph.ttl", "graph.html", "report.json"


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
    """Add the articles of ``paths`` that the store of ``graph_dir`` does not hold yet, all at once (:func:`kg.store_write.changing`).

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
    with changing(store_path) as store:
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
        merges = add_to_store(store, result.added, extractions, result.already_stored)
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
    return {h for h in hashes if (None, KG.contentHash, Literal(h)) in store}


# ------------------------------------------------------------------ kg remove

def remove(articles: Sequence[str], graph_dir: Path | str = "output", *, html: bool = True, max_nodes: int = 2000,
           files: bool = True) -> ChangeResult:
    """Remove articles (content hash, its first 16 characters, ``art:`` IRI or name) from the store, all in one change."""
    out = Path(graph_dir)
    store_path = find_store(out)
    if store_path is None:
        raise InputError(f"{out}: no store here (no {out / 'store'}); kg remove works on a build's store")
    if not articles:
        raise InputError("kg remove: give the article to remove (its id, content hash or name)")
    result = ChangeResult(out)
    with changing(store_path) as store:
        iris = [_find_article(store, ident) for ident in articles]
        for iri in dict.fromkeys(iris):
            remove_article(store, iri)
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
        found = subjects(store, KG.contentHash, [Literal(text)])
    if not found:
        found = {a for a in subjects(store, DCTERMS.identifier, [Literal(ident.strip())]) if (a, RDF.type, KG.Article) in store}
    if len(found) == 1:
        return found.pop()
    if found:
        raise ArticleNotFoundError(f"{ident!r} names {len(found)} articles ({', '.join(sorted(str(f)[len(str(ART)):] for f in found))}); "
                                   "give one of these ids")
    raise ArticleNotFoundError(f"{ident!r}: no such article in the store (give its id from graph.ttl, art:ID, its content hash or its name)")


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

    articles = store.select("SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }")[1][0][0]
    predicates = {p: sum(1 for _ in store.match(None, KG[p], None)) for p in PREDICATES}
    return {
        "articles": int(articles),
        "by_class": pairs("SELECT ?c (COUNT(?e) AS ?n) WHERE { ?e a ?c FILTER(?c NOT IN (kg:Article, kg:Evidence)) } GROUP BY ?c"),
        "by_predicate": {p: n for p, n in predicates.items() if n},
        "by_modality": pairs("SELECT ?m (COUNT(?ev) AS ?n) WHERE { ?ev a kg:Evidence ; kg:modality ?m } GROUP BY ?m"),
    }
