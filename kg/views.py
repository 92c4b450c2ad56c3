"""From an RDF graph to the plain node and edge records the HTML map draws.

Reads any graph built by newskg (a fresh build or one loaded from Turtle), so
``kg build`` and ``graph.html(path)`` in the API draw the same picture.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.html import HtmlEdge, HtmlNode, write_html
from kg.ontology import KG_URI
from kg.query import internal_query, run_query


def _local(iri: object) -> str:
    text = str(iri)
    return text[len(KG_URI):] if text.startswith(KG_URI) else text.rsplit("/", 1)[-1]


def html_records(graph: Graph) -> tuple[list[HtmlNode], list[HtmlEdge]]:
    """Entities in relations (weighted by degree) and one edge per plain triple and evidence."""
    edges: list[HtmlEdge] = []
    degree: dict[str, int] = {}
    for s, p, o, modality, title, date, sentence, _confidence in run_query(graph, internal_query("graph-edges")).rows:
        edges.append(HtmlEdge(str(s), str(o), _local(p), _local(modality) if modality else "asserted",
                              str(title or ""), str(date or ""), str(sentence or "")))
        degree[str(s)] = degree.get(str(s), 0) + 1
        degree[str(o)] = degree.get(str(o), 0) + 1
    nodes: dict[str, HtmlNode] = {}
    for entity, cls, label, wd in run_query(graph, internal_query("graph-nodes")).rows:
        key = str(entity)
        if key not in nodes:
            nodes[key] = HtmlNode(key, str(label), _local(cls), _local(wd) if wd else "", float(degree.get(key, 1)))
    return sorted(nodes.values(), key=lambda n: n.id), sorted(set(edges), key=lambda e: (e.source, e.predicate, e.target, e.sentence))


def write_graph_html(graph: Graph, path: Path, *, title: str = "newskg", max_nodes: int = 2000) -> Path:
    """Draw ``graph`` as an offline interactive HTML page at ``path``."""
    nodes, edges = html_records(graph)
    return write_html(nodes, edges, path, title=title, max_nodes=max_nodes)
