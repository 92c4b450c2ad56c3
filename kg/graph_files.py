"""Which graph a ``--graph`` path means, and loading, opening and saving it: the step before any query runs.

Separate from :mod:`kg.sparql` (running queries safely) because finding and
parsing a graph file, or opening a build's Oxigraph store, is about files
and formats, not SPARQL; the commands that only load a graph (``kg
validate``, the maps, the API's ``kg.load``) need nothing else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import Graph

from kg.errors import GraphNotFoundError

GRAPH_FILES = ("graph.trig", "graph.ttl")
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}


def graph_file(path: Path | str) -> Path:
    """The graph file a ``--graph`` path means: a build folder or a graph file."""
    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise GraphNotFoundError(f"{path}: no graph here (no {' or '.join(GRAPH_FILES)}); run `kg build --out {path}` first")
    if path.is_file():
        return path
    raise GraphNotFoundError(f"{path}: no such graph file or build folder; run `kg build` first")


def load_graph(path: Path | str) -> Graph:
    """Parse a built graph (a build's output folder or a graph file)."""
    file = graph_file(path)
    fmt = FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise GraphNotFoundError(f"{file}: unknown graph format (expected one of {', '.join(sorted(FORMATS))})")
    graph = Graph() if fmt not in ("trig", "nquads") else __import__("rdflib").Dataset(default_union=True)
    try:
        graph.parse(file, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphNotFoundError(f"{file}: not a readable {fmt} graph ({exc})") from exc
    return graph


def open_graph(path: Path | str, *, writable: bool = False) -> Any:
    """What ``--graph`` means for queries: the build folder's Oxigraph store when it has one, else its graph file.

    A store (``DIR/store/``, or the store folder itself) is returned as a
    :class:`kg.store.StoreGraph`, read-only unless ``writable`` (``--allow-update``);
    :func:`kg.sparql.run_query` and the named queries treat it like an rdflib graph.
    """
    from kg.store import StoreGraph, find_store

    store = find_store(path) if Path(path).is_dir() else None
    return StoreGraph(store, writable=writable) if store is not None else load_graph(path)


def is_store(graph: object) -> bool:
    """Whether ``graph`` is a :class:`kg.store.StoreGraph` (Oxigraph) rather than an rdflib graph."""
    return getattr(graph, "is_store", False) is True


def save_graph(graph: Graph, path: Path | str) -> Path:
    """Write ``graph`` back to the graph file ``path`` (its format from the suffix), atomically."""
    from kg.fsutil import write_atomically

    path = Path(path)
    if is_store(graph):  # the store changed: graph.ttl beside it is written again from it
        from kg.incremental import store_graph_file

        return write_atomically(graph.path.parent / "graph.ttl", store_graph_file(graph)[0])
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    return write_atomically(path, graph.serialize(format=fmt))
