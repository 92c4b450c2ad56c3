"""The persistent store, read: an Oxigraph database in ``<out>/store/``, opened and queried with rdflib terms.

Its default graph is the knowledge graph (the triples of ``graph.ttl``); the
named graph :data:`kg.ledger.LEDGER` holds the bookkeeping ``kg add`` and
``kg remove`` need. Why Oxigraph: on 1M triples it loads 10x faster than
rdflib, holds half the memory and answers SPARQL 10-100x faster (measured in
``../shared/spec/stack-findings.md``); rdflib stays the library for small graphs.

The store is three modules along its data flow: :mod:`kg.store_terms`
(rdflib <-> pyoxigraph terms; it and this module are the only ones that
import pyoxigraph), this one (where a store is, opening it, queries and
lookups: what every reader needs) and :mod:`kg.store_write` (a new store for
a build, a copy-and-swap change for ``kg add``/``kg remove``: the crash-safety
design is described there).

Values never enter query text: SELECT/ASK take their terms through
pyoxigraph's ``substitutions`` (see :func:`kg.sparql.project_bound`), simple
lookups use ``quads_for_pattern``.

One process writes at a time (Oxigraph locks the folder); readers open it read-only.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.term import Identifier

from kg.errors import GraphNotFoundError, KGError, QueryError
from kg.graph import PREFIXES
from kg.ledger import STORE_URI
from kg.store_terms import Triple, from_ox, quads, to_ox

STORE_NAME = "store"
RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
               "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD, "rdf": ox.RdfFormat.RDF_XML}
_QUAD_FORMATS = ("nq", "trig")


class StoreError(KGError):
    """The store cannot be opened (in use by another process, damaged) or written."""


# ------------------------------------------------------------------ where the store is

def store_dir(path: Path | str) -> Path:
    """The store of a build folder (``<out>/store``), or ``path`` itself when it is a store."""
    path = Path(path)
    return path if is_store(path) else path / STORE_NAME


def is_store(path: Path | str) -> bool:
    """Whether ``path`` is an Oxigraph store folder (RocksDB keeps a ``CURRENT`` file)."""
    return (Path(path) / "CURRENT").is_file()


def find_store(path: Path | str) -> Path | None:
    """The store ``path`` means (a build folder with ``store/``, or a store folder), or None."""
    path = Path(path)
    for candidate in (path, path / STORE_NAME):
        if candidate.is_dir() and is_store(candidate):
            return candidate
    return None


def open_oxigraph(path: Path, read_only: bool) -> Any:
    """The pyoxigraph ``Store`` at ``path`` (created when writable and absent); why it cannot be opened as :class:`StoreError`."""
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except (OSError, RuntimeError) as exc:
        text = str(exc)
        if "lock" in text.lower():
            raise StoreError(f"{path}: the store is in use by another process (kg add, kg remove, kg serve?); "
                             "try again when it has finished") from exc
        raise StoreError(f"{path}: cannot open the store ({text.splitlines()[0] if text else type(exc).__name__})") from exc


# ------------------------------------------------------------------ reading

def _solutions(result: Any) -> tuple[list[str], list[tuple[Identifier | None, ...]]]:
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return columns, [tuple(from_ox(row[i]) for i in range(len(columns))) for row in result]
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [(Literal(bool(result)),)]
    return ["subject", "predicate", "object"], sorted((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result)


class StoreGraph:
    """A store opened for reading, answering SPARQL with rdflib terms (what ``kg query`` and the maps read).

    :func:`kg.sparql.run_query` and the named queries accept it where they
    accept an rdflib graph; ``(s, p, o) in store`` (``None`` as a wildcard) and
    ``len(store)`` (triples of the default graph) work as on a graph.
    """

    is_store = True

    def __init__(self, path: Path | str, *, writable: bool = False) -> None:
        self.path = Path(path)
        if not is_store(self.path):
            raise GraphNotFoundError(f"{self.path}: not an Oxigraph store (no CURRENT file); run `kg build` first")
        self._store = open_oxigraph(self.path, read_only=not writable)

    def __repr__(self) -> str:
        return f"<StoreGraph {self.path}>"

    def select(self, text: str, bindings: Mapping[str, Identifier] | None = None,
               ) -> tuple[list[str], list[tuple[Identifier | None, ...]]]:
        """Run a SPARQL query (the project's prefixes predeclared) over the default graph: columns and rows.

        ``bindings`` (variable name -> rdflib term) are bound by pyoxigraph
        (``substitutions``), never written into ``text``; a SELECT must project
        them (:func:`kg.sparql.project_bound` makes it so).
        """
        substitutions = {ox.Variable(name): to_ox(term) for name, term in (bindings or {}).items()}
        try:
            return _solutions(self._store.query(text, prefixes={**PREFIXES, "kgs": STORE_URI}, substitutions=substitutions or None))
        except SyntaxError as exc:
            raise KGError(f"the query does not parse: {exc}") from exc
        except RuntimeError as exc:  # e.g. a bound variable the SELECT does not project
            raise KGError(f"the query cannot be run on the store: {exc}") from exc

    def select_within(self, text: str, bindings: Mapping[str, Identifier] | None, timeout: float | None,
                      ) -> tuple[list[str], list[tuple[Identifier | None, ...]]]:
        """:meth:`select`, stopped after ``timeout`` seconds (None or 0: no limit); see :meth:`call_within`."""
        return self.call_within("select", (text, bindings), timeout)

    def answer(self, text: str, accept: str = "") -> tuple[str, bytes]:
        """A query's result serialised for the SPARQL 1.1 Protocol: ``(media type, body)``.

        SELECT/ASK: SPARQL results as JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE:
        Turtle (default), N-Triples or JSON-LD; chosen from the ``Accept`` header.
        """
        try:
            result = self._store.query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise KGError(f"the query does not parse: {exc}") from exc
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            fmt = _negotiate(accept, (ox.QueryResultsFormat.JSON, ox.QueryResultsFormat.XML, ox.QueryResultsFormat.CSV,
                                      ox.QueryResultsFormat.TSV))
        else:
            fmt = _negotiate(accept, (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD))
        return fmt.media_type.split(";")[0], result.serialize(format=fmt)

    def call_within(self, method: str, args: tuple, timeout: float | None) -> Any:
        """``self.method(*args)``, stopped after ``timeout`` seconds (None or 0: no limit).

        Oxigraph evaluates a query in Rust, where no Python thread can stop it,
        so a timed query runs in a forked process with its own read-only handle,
        killed at the deadline (where processes cannot be forked, it runs here without limit).
        """
        if not timeout or timeout <= 0 or "fork" not in multiprocessing.get_all_start_methods():
            return getattr(self, method)(*args)
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_call_in_child, args=(self.path, method, args, send), daemon=True)
        child.start()
        send.close()
        try:
            if not receive.poll(timeout):
                raise QueryTimeoutError(f"the query ran longer than {timeout:g} s and was stopped (raise --timeout, or 0 for no limit)")
            outcome = receive.recv()
        except EOFError:
            outcome = ("error", "the query process ended without an answer")
        finally:
            if child.is_alive():
                child.kill()
            child.join()
            receive.close()
        if outcome[0] == "error":
            raise KGError(outcome[1])
        return outcome[1]

    def ledger_select(self, text: str, bindings: Mapping[str, Identifier] | None = None) -> list[tuple[Identifier | None, ...]]:
        """Rows of a query that may read the bookkeeping graph (``GRAPH kgs:ledger { ... }``)."""
        return self.select(text, bindings)[1]

    def __contains__(self, triple: tuple[Any, Any, Any]) -> bool:
        return any(True for _ in self.match(*triple))

    def match(self, s: Identifier | None = None, p: Identifier | None = None, o: Identifier | None = None,
              graph: URIRef | None = None) -> Iterator[Triple]:
        """The triples of the default graph (or of the named graph ``graph``) matching a pattern; None is a wildcard.

        An index lookup (``quads_for_pattern``): the terms are pyoxigraph terms, no query text.
        """
        g = ox.NamedNode(str(graph)) if graph is not None else ox.DefaultGraph()
        try:
            pattern = [to_ox(t) if t is not None else None for t in (s, p, o)]
        except ValueError:  # not a valid IRI (e.g. a name with "://"): nothing in the store has it
            return
        for quad in self._store.quads_for_pattern(*pattern, g):
            yield from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)

    def remove(self, triples: Iterable[Triple], graph: URIRef | None = None) -> None:
        """Remove triples (absent ones are ignored); a store opened ``writable``, see :func:`kg.store_write.changing`."""
        try:
            for quad in quads(triples, graph):
                self._store.remove(quad)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store ({exc})") from exc

    def add(self, triples: Iterable[Triple], graph: URIRef | None = None) -> None:
        """Add triples (present ones are kept once); a store opened ``writable``, see :func:`kg.store_write.changing`."""
        try:
            self._store.extend(quads(triples, graph))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store ({exc})") from exc

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1]
        return int(rows[0][0]) if rows else 0

    def __iter__(self) -> Iterator[Triple]:
        return self.triples()

    def triples(self) -> Iterator[Triple]:
        """Every triple of the default graph, as rdflib terms."""
        for quad in self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)

    def update(self, text: str) -> None:
        """Apply a SPARQL Update request in one transaction (a store opened ``writable``)."""
        try:
            self._store.update(text)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store ({exc}); it is unchanged") from exc

    def dump(self, target: Any, fmt: str, *, with_ledger: bool = False) -> None:
        """Write the default graph to ``target`` (a path or binary file) in ``fmt`` (a key of :data:`RDF_FORMATS`).

        ``with_ledger`` (``nq``/``trig``): the whole store, the bookkeeping graph included.
        """
        prefixes = PREFIXES if fmt in ("ttl", "trig") else None
        target = str(target) if isinstance(target, Path) else target
        if with_ledger:
            self._store.dump(target, RDF_FORMATS[fmt], prefixes=prefixes)
        elif fmt in _QUAD_FORMATS:  # a dataset format, but only the default graph
            ox.serialize(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()), target, RDF_FORMATS[fmt],
                         prefixes=prefixes)
        else:
            self._store.dump(target, RDF_FORMATS[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def flush(self) -> None:
        """Write everything to disk (a store opened ``writable``)."""
        self._store.flush()

    def close(self) -> None:
        self._store = None

    def __enter__(self) -> "StoreGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class QueryTimeoutError(QueryError):
    """A store query ran past its timeout and its process was stopped."""


def _negotiate(accept: str, formats: tuple[Any, ...]) -> Any:
    """The first of ``formats`` the ``Accept`` header names (by media type or a ``*/*``), else the first."""
    wanted = [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]
    for media in wanted:
        for fmt in formats:
            known = fmt.media_type.split(";")[0]
            if media == known or (media == "application/json" and known.endswith("+json")):
                return fmt
    return formats[0]


def _call_in_child(path: Path, method: str, args: tuple, send: Any) -> None:
    """The forked side of :meth:`StoreGraph.call_within`: its own read-only handle, the answer back through ``send``."""
    try:
        send.send(("value", getattr(StoreGraph(path), method)(*args)))
    except BaseException as exc:  # reported to the parent as text
        send.send(("error", str(exc) or type(exc).__name__))
    finally:
        send.close()
        os._exit(0)  # no atexit handlers, no flushing of the parent's buffers


def store_turtle(store: StoreGraph) -> bytes:
    """The default graph as Turtle, written by Oxigraph (with the project's prefixes)."""
    return store._store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)


def open_store(path: Path | str, *, writable: bool = False) -> StoreGraph:
    """The store of a build folder (or a store folder), read-only unless ``writable``."""
    found = find_store(path)
    if found is None:
        raise GraphNotFoundError(f"{path}: no store here (no {STORE_NAME}/); run `kg build --out {path}` first")
    return StoreGraph(found, writable=writable)

