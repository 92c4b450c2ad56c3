"""Network analytics over the relation graph (the only module that imports networkx).

:func:`project` reads an RDF graph built by newskg once and returns a
:class:`networkx.MultiDiGraph`: one node per entity that takes part in a plain
relation (attributes ``label``, ``cls``, ``qid``), one edge per plain triple
keyed by its predicate (attributes ``predicate``, ``symmetric``, ``evidence``:
the readings behind it). Everything else is a plain function that takes such a
graph and returns data (dicts, lists, sub-graphs), so notebooks, ``kg network``
and the HTML map share the same numbers.

Symmetric relations (``allyOf``, ``meetsWith``, ...) are stored once, as in the
RDF graph; the directed views used for PageRank count them both ways.

>>> import rdflib
>>> project(rdflib.Graph()).number_of_nodes()
0
"""

from __future__ import annotations

from typing import Any, Iterable, NamedTuple

import networkx as nx
from rdflib import Graph

from kg.ontology import KG_URI, symmetric_predicates
from kg.sparql import internal_query, run_query

#: Relations that join countries and organisations into blocs, and hostile ones (``--hostile``).
ALLIANCE_PREDICATES = ("memberOf", "allyOf", "partnerOf")
HOSTILE_PREDICATES = ("inConflictWith", "attacks", "sanctions", "criticizes")
#: Classes of the alliance map: countries and organisations (not persons or places).
BLOC_CLASSES = frozenset({
    "Country", "Organization", "InternationalOrganization", "GovernmentBody", "ArmedGroup", "Company",
    "MediaOrganization",
})
DEFAULT_SEED = 7
BETWEENNESS_SAMPLES = 200


class Reading(NamedTuple):
    """One piece of evidence behind an edge, as the HTML tooltip shows it."""

    modality: str
    title: str
    date: str
    sentence: str


def local_name(iri: object) -> str:
    """``kg:visits`` -> ``visits``; an entity or Wikidata IRI -> its last path segment."""
    text = str(iri)
    return text[len(KG_URI):] if text.startswith(KG_URI) else text.rsplit("/", 1)[-1]


def project(graph: Graph) -> nx.MultiDiGraph:
    """The plain relation triples of ``graph`` as a MultiDiGraph (the one projection)."""
    readings: dict[tuple[str, str, str], set[Reading]] = {}
    for s, p, o, modality, title, date, sentence in run_query(graph, internal_query("relation-edges")).rows:
        key = (str(s), local_name(p), str(o))
        found = readings.setdefault(key, set())  # a triple without provenance still counts
        if modality is not None:
            found.add(Reading(local_name(modality), str(title or ""), str(date or ""), str(sentence or "")))
    ends = {s for s, _, _ in readings} | {o for _, _, o in readings}
    nodes: dict[str, dict[str, str]] = {}
    for entity, cls, label, wd in sorted(run_query(graph, internal_query("entity-classes")).rows, key=lambda r: tuple(map(str, r))):
        if str(entity) in ends:
            nodes.setdefault(str(entity), {"label": str(label), "cls": local_name(cls), "qid": local_name(wd) if wd else ""})
    symmetric = symmetric_predicates()
    result = nx.MultiDiGraph()
    for key in sorted(ends):
        result.add_node(key, **nodes.get(key, {"label": local_name(key), "cls": "", "qid": ""}))
    for (s, p, o), found in sorted(readings.items()):
        result.add_edge(s, o, key=p, predicate=p, symmetric=p in symmetric, evidence=tuple(sorted(found)))
    return result


def restrict(graph: nx.MultiDiGraph, predicates: Iterable[str] | None = None,
             classes: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """A copy with only the edges of ``predicates`` between nodes of ``classes`` (None: all); no isolated nodes."""
    wanted, kinds = set(predicates or ()), set(classes or ())
    result = nx.MultiDiGraph()
    for s, o, key, data in graph.edges(keys=True, data=True):
        if predicates is not None and key not in wanted:
            continue
        if classes is not None and not (graph.nodes[s]["cls"] in kinds and graph.nodes[o]["cls"] in kinds):
            continue
        result.add_node(s, **graph.nodes[s])
        result.add_node(o, **graph.nodes[o])
        result.add_edge(s, o, key=key, **data)
    return result


def alliance_graph(graph: nx.MultiDiGraph, hostile: bool = False) -> nx.MultiDiGraph:
    """Countries and organisations joined by membership and alliance (or, ``hostile``, by conflict)."""
    return restrict(graph, HOSTILE_PREDICATES if hostile else ALLIANCE_PREDICATES, BLOC_CLASSES)


def undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    """Simple undirected graph; ``weight`` = number of relations between the pair."""
    result = nx.Graph()
    result.add_nodes_from(graph.nodes(data=True))
    for s, o in graph.edges():
        if s != o:
            weight = result.get_edge_data(s, o, {"weight": 0})["weight"]
            result.add_edge(s, o, weight=weight + 1)
    return result


def directed(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """Simple directed graph; symmetric relations point both ways; ``weight`` = number of relations."""
    result = nx.DiGraph()
    result.add_nodes_from(graph.nodes(data=True))
    for s, o, data in graph.edges(data=True):
        for a, b in ((s, o), (o, s)) if data.get("symmetric") else ((s, o),):
            if a != b:
                weight = result.get_edge_data(a, b, {"weight": 0})["weight"]
                result.add_edge(a, b, weight=weight + 1)
    return result


def pagerank(graph: nx.MultiDiGraph) -> dict[str, float]:
    """PageRank of each entity over the directed relations (an entity many important ones point at ranks high)."""
    if graph.number_of_nodes() == 0:
        return {}
    return nx.pagerank(directed(graph), weight="weight")


def centrality(graph: nx.MultiDiGraph, top: int | None = None) -> list[dict[str, Any]]:
    """Degree (number of relations), PageRank and betweenness per entity, highest PageRank first.

    Betweenness is exact up to 1,000 entities and estimated (seeded) above.
    """
    if graph.number_of_nodes() == 0:
        return []
    rank = pagerank(graph)
    view = undirected(graph)
    # Exact betweenness is O(nodes * edges); past a thousand nodes it is estimated from
    # BETWEENNESS_SAMPLES seeded sources, so it stays quick and still repeats.
    sample = BETWEENNESS_SAMPLES if view.number_of_nodes() > 1000 else None
    between = nx.betweenness_centrality(view, k=sample, normalized=True, seed=DEFAULT_SEED)
    rows = [
        {"entity": n, "label": d["label"], "class": d["cls"], "degree": graph.degree(n),
         "pagerank": round(rank[n], 4), "betweenness": round(between[n], 4)}
        for n, d in graph.nodes(data=True)
    ]
    rows.sort(key=lambda r: (-r["pagerank"], -r["degree"], r["label"]))
    return rows if top is None else rows[:top]


def _by_label(graph: nx.MultiDiGraph, groups: Iterable[Iterable[str]]) -> list[list[str]]:
    """Groups of node ids, each sorted by label, largest group first (ties: first label)."""
    ordered = [sorted(group, key=lambda n: (graph.nodes[n]["label"], n)) for group in groups]
    return sorted(ordered, key=lambda g: (-len(g), graph.nodes[g[0]]["label"] if g else ""))


def blocs(graph: nx.MultiDiGraph) -> list[list[str]]:
    """Connected components (ignoring direction): each bloc's entity ids, largest first."""
    return _by_label(graph, nx.connected_components(undirected(graph)))


def communities(graph: nx.MultiDiGraph, seed: int = DEFAULT_SEED) -> list[list[str]]:
    """Louvain communities of the undirected weighted graph; the fixed ``seed`` makes them repeat."""
    if graph.number_of_nodes() == 0:
        return []
    return _by_label(graph, nx.community.louvain_communities(undirected(graph), weight="weight", seed=seed))


class Hop(NamedTuple):
    """One step of a path: the relations (subject, predicate, object) that join two neighbours."""

    source: str
    target: str
    relations: tuple[tuple[str, str, str], ...]


def relations_between(graph: nx.MultiDiGraph, a: str, b: str) -> tuple[tuple[str, str, str], ...]:
    """Every plain triple between ``a`` and ``b``, in either direction, sorted."""
    found = [(a, key, b) for key in graph.get_edge_data(a, b, default={})]
    found += [(b, key, a) for key in graph.get_edge_data(b, a, default={})]
    return tuple(sorted(found, key=lambda t: (t[1], t[0])))


def shortest_paths(graph: nx.MultiDiGraph, source: str, target: str, limit: int = 10) -> list[list[Hop]]:
    """Up to ``limit`` shortest chains of relations from ``source`` to ``target`` (direction ignored).

    Returns ``[]`` when no chain joins them; raises :class:`KeyError` for an id not in the graph.
    """
    for node in (source, target):
        if node not in graph:
            raise KeyError(node)
    view = undirected(graph)
    if source == target or not nx.has_path(view, source, target):
        return []
    labels = nx.get_node_attributes(graph, "label")
    paths = sorted(nx.all_shortest_paths(view, source, target), key=lambda p: [labels[n] for n in p])[:limit]
    return [[Hop(a, b, relations_between(graph, a, b)) for a, b in zip(path, path[1:])] for path in paths]


def ego(graph: nx.MultiDiGraph, center: str, depth: int = 2) -> nx.MultiDiGraph:
    """The entities within ``depth`` relations of ``center`` (direction ignored) and the relations among them."""
    if center not in graph:
        raise KeyError(center)
    near = nx.single_source_shortest_path_length(undirected(graph), center, cutoff=depth)
    return graph.subgraph(near).copy()


def ego_table(graph: nx.MultiDiGraph, center: str, depth: int = 2) -> list[dict[str, Any]]:
    """Each entity near ``center``: its distance, the neighbour it is reached through, and the relations to it."""
    if center not in graph:
        raise KeyError(center)
    view = undirected(graph)
    paths = nx.single_source_shortest_path(view, center, cutoff=depth)
    labels = nx.get_node_attributes(graph, "label")
    rows = []
    for node, path in paths.items():
        via = path[-2] if len(path) > 1 else None
        relations = relations_between(graph, via, node) if via else ()
        rows.append({
            "distance": len(path) - 1, "entity": node, "label": labels[node], "class": graph.nodes[node]["cls"],
            "via": labels[via] if via else "",
            "relations": "; ".join(f"{labels[s]} {p} {labels[o]}" for s, p, o in relations),
        })
    rows.sort(key=lambda r: (r["distance"], r["via"], r["label"]))
    return rows


def node_records(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Each node as ``{"id", "label", "cls", "qid", "degree"}`` (for drawing without networkx)."""
    return [{"id": n, "label": d["label"], "cls": d["cls"], "qid": d["qid"], "degree": graph.degree(n)}
            for n, d in sorted(graph.nodes(data=True))]


def edge_records(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, tuple[Reading, ...]]]:
    """Each edge as ``(source, target, predicate, readings)``, sorted (for drawing without networkx)."""
    return sorted((s, o, key, data.get("evidence", ())) for s, o, key, data in graph.edges(keys=True, data=True))


# ------------------------------------------------------------------ exports for Gephi and Neo4j (kg export)

NETWORK_FORMATS = ("graphml", "gexf")


def flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are plain text and numbers, as GraphML and GEXF require.

    Nodes: ``label``, ``class``, ``qid``. Edges: ``predicate``, ``symmetric``,
    ``readings`` (how many pieces of evidence), ``modalities`` and ``articles``
    (titles, `` | ``-separated) and ``sentence`` (the first reading's).
    """
    result = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        result.add_node(node, label=data["label"], **{"class": data["cls"]}, qid=data["qid"])
    for s, o, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        readings = data.get("evidence", ())
        result.add_edge(s, o, key=key, predicate=key, symmetric=bool(data.get("symmetric")), readings=len(readings),
                        modalities=", ".join(sorted({r.modality for r in readings})),
                        articles=" | ".join(sorted({r.title for r in readings if r.title})),
                        sentence=readings[0].sentence if readings else "")
    return result


def write_network(graph: nx.MultiDiGraph, target: Any, fmt: str) -> None:
    """Write the projection as GraphML or GEXF (for Gephi, yEd, Cytoscape) to a path or binary file."""
    if fmt not in NETWORK_FORMATS:
        raise ValueError(f"format must be one of {', '.join(NETWORK_FORMATS)}, got {fmt!r}")
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(flat(graph), target)


def neo4j_tables(graph: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Node and relationship rows in the header format of ``neo4j-admin database import``.

    Nodes: ``id:ID``, ``name``, ``wikidata``, ``:LABEL`` (``Entity;<class>``);
    relationships: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the predicate), ``readings:int``, ``modalities``, ``articles``.
    """
    network = flat(graph)
    nodes = [{"id:ID": n, "name": d["label"], "wikidata": d["qid"], ":LABEL": ";".join(filter(None, ("Entity", d["class"])))}
             for n, d in network.nodes(data=True)]
    edges = [{":START_ID": s, ":END_ID": o, ":TYPE": d["predicate"], "readings:int": d["readings"], "modalities": d["modalities"],
              "articles": d["articles"]} for s, o, d in network.edges(data=True)]
    return nodes, edges
