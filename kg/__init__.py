"""newskg: news articles in, a linked RDF knowledge graph out.

The library API (the ``kg`` command is a thin layer over it)::

    import kg
    graph = kg.build(["articles/"], "output")      # read -> NLP -> extract -> graph -> files; a KnowledgeGraph
    graph = kg.load("output/graph.ttl")            # a KnowledgeGraph (graph.rdf is the rdflib Graph)
    graph.query("members-of", entity="CSTO").to_dataframe()
    kg.query(graph, "SELECT ?p ?c WHERE { ?p kg:leaderOf ?c }").records()
    graph.centrality(top=5); graph.to_networkx(); graph.html("map.html")

See :mod:`kg.api` for :class:`~kg.api.KnowledgeGraph`. The stages themselves are
modules of their own (``kg.articles``, ``kg.nlp``, ``kg.extract``, ``kg.builder``,
``kg.sparql``, ...). Nothing is loaded at import time: each function imports
its stage when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import KGError

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.api import KnowledgeGraph, Rows

__all__ = ["KGError", "build", "load", "query"]
__version__ = "0.1.0"


def build(paths: Any = None, out_dir: Any = "output", **options: Any) -> "KnowledgeGraph":
    """Build a graph from articles (default: the bundled sample); see :func:`kg.builder.build` for ``options``."""
    from kg.api import build as _build

    return _build(paths, out_dir, **options)


def load(path: Any = "output") -> "KnowledgeGraph":
    """Load a built graph (a build folder or graph file) as a :class:`~kg.api.KnowledgeGraph`."""
    from kg.api import load as _load

    return _load(path)


def query(graph: "KnowledgeGraph | Graph", sparql_or_name: str, **params: Any) -> "Rows":
    """Run SPARQL or a named query over ``graph`` with ``params`` bound as RDF terms."""
    from kg.api import KnowledgeGraph, as_graph

    return KnowledgeGraph(as_graph(graph)).query(sparql_or_name, **params)
