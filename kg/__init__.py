"""newskg: news articles in, a linked RDF knowledge graph out.

The library API (the ``kg`` command is a thin layer over it)::

    import kg
    result = kg.build(["articles/"], "output")   # read -> NLP -> extract -> graph -> files
    graph = kg.load("output/graph.ttl")           # an rdflib Graph
    kg.query(graph, "SELECT ?p ?c WHERE { ?p kg:leaderOf ?c }").records()

Nothing is loaded at import time: each function imports its stage when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import KGError

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.build import BuildResult
    from kg.query import QueryResult

__all__ = ["KGError", "build", "load", "query"]
__version__ = "0.1.0"


def build(paths: Any = None, out_dir: Any = "output", **options: Any) -> "BuildResult":
    """Build a graph from articles; see :func:`kg.build.build`."""
    from kg.build import build as _build

    return _build(paths, out_dir, **options)


def load(path: Any = "output") -> "Graph":
    """Load a built graph (a build folder or graph file); see :func:`kg.query.load_graph`."""
    from kg.query import load_graph

    return load_graph(path)


def query(graph: "Graph", sparql: str, **bindings: Any) -> "QueryResult":
    """Run SPARQL over ``graph`` with ``bindings`` bound as RDF terms; see :func:`kg.query.run_query`."""
    from kg.query import run_query

    return run_query(graph, sparql, bindings)
