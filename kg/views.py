"""From a graph to the plain node and edge records the HTML map draws.

Reads any graph built by newskg (a fresh build or one loaded from Turtle)
through the one networkx projection (:func:`kg.analytics.project`), so
``kg build``, ``kg network`` and ``graph.html(path)`` in the API draw the same
picture. Nodes are sized by PageRank (or degree), and a graph over
``max_nodes`` entities is cut to the top ones by that weight, which the page
says.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from kg.html import HtmlEdge, HtmlNode, write_html

if TYPE_CHECKING:  # networkx is imported by kg.analytics only
    import networkx

SIZE_BY = {"pagerank": "PageRank", "degree": "degree"}


def network_records(network: "networkx.MultiDiGraph", size_by: str = "pagerank") -> tuple[list[HtmlNode], list[HtmlEdge]]:
    """Nodes weighted by ``size_by`` (``pagerank`` or ``degree``) and one edge per reading of each relation."""
    from kg.analytics import edge_records, node_records, pagerank

    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_BY)}, got {size_by!r}")
    records = node_records(network)
    weights: dict[str, Any] = pagerank(network) if size_by == "pagerank" else {r["id"]: r["degree"] for r in records}
    nodes = [HtmlNode(r["id"], r["label"], r["cls"], r["qid"], max(0.0, float(weights.get(r["id"], 0.0)))) for r in records]
    edges = []
    for source, target, predicate, readings in edge_records(network):
        for reading in readings or (None,):
            if reading is None:  # a triple without provenance: drawn as asserted, no evidence
                edges.append(HtmlEdge(source, target, predicate))
            else:
                edges.append(HtmlEdge(source, target, predicate, reading.modality, reading.title, reading.date, reading.sentence))
    return nodes, edges


def html_records(graph: Graph, size_by: str = "pagerank") -> tuple[list[HtmlNode], list[HtmlEdge]]:
    """Entities in relations and one edge per reading, from an RDF graph."""
    from kg.analytics import project

    return network_records(project(graph), size_by)


def write_network_html(network: "networkx.MultiDiGraph", path: Path, *, title: str = "newskg",
                       max_nodes: int = 2000, size_by: str = "pagerank") -> Path:
    """Draw a projected graph (the whole graph, an alliance map, an ego graph) as an offline HTML page."""
    nodes, edges = network_records(network, size_by)
    return write_html(nodes, edges, path, title=title, max_nodes=max_nodes, weight_name=SIZE_BY[size_by])


def write_graph_html(graph: Graph, path: Path, *, title: str = "newskg", max_nodes: int = 2000,
                     size_by: str = "pagerank") -> Path:
    """Draw ``graph`` as an offline interactive HTML page at ``path``."""
    from kg.analytics import project

    return write_network_html(project(graph), path, title=title, max_nodes=max_nodes, size_by=size_by)
