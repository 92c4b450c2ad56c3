"""The Python API for notebooks: :class:`KnowledgeGraph` wraps a built graph.

::

    import kg
    graph = kg.build(out_dir="/tmp/out")                 # or kg.load("output/graph.ttl")
    graph.query("members-of", entity="CSTO").to_dataframe()
    graph.query("SELECT ?p ?c WHERE { ?p kg:leaderOf ?c }")
    graph.centrality(top=5)                              # list of dicts -> pandas.DataFrame(...)
    graph.to_networkx()                                  # the projection kg.analytics works on
    graph.html("map.html")                               # the offline map; graph.show() inline

Each method is a thin layer over a library function (:mod:`kg.named_queries`,
:mod:`kg.analytics`, :mod:`kg.views`); the networkx projection is computed
once per object and reused.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from kg.query_results import QueryResult

if TYPE_CHECKING:
    import networkx
    import pandas

    from kg.builder import BuildResult
    from kg.named_queries import NamedQuery


class Rows(list):
    """Query rows as dicts of plain values: ``pandas.DataFrame(rows)`` works, and so does :meth:`to_dataframe`.

    ``columns`` keeps the column order (also for no rows); ``result`` keeps the RDF terms.
    """

    def __init__(self, result: QueryResult) -> None:
        super().__init__(result.records())
        self.columns: list[str] = list(result.columns)
        self.result = result

    def records(self) -> list[dict[str, Any]]:
        """The rows as a plain list of dicts."""
        return list(self)

    def to_dataframe(self) -> "pandas.DataFrame":
        """A pandas DataFrame with the query's columns in order (pandas is imported here, when asked for)."""
        import pandas

        return pandas.DataFrame(list(self), columns=self.columns)


class InlineHtml:
    """A page shown inline in Jupyter, inside a sandboxed ``<iframe srcdoc>`` (scripts run, nothing else)."""

    def __init__(self, page: str, height: int = 600) -> None:
        self.page = page
        self.height = height

    def __repr__(self) -> str:
        return f"<InlineHtml: a {len(self.page):,}-character page; shown as a map in Jupyter>"

    def _repr_html_(self) -> str:
        import html

        return (f'<iframe sandbox="allow-scripts" style="width:100%;height:{int(self.height)}px;border:1px solid #ddd" '
                f'srcdoc="{html.escape(self.page, quote=True)}"></iframe>')


class KnowledgeGraph:
    """An RDF graph built by newskg, with its named queries, network analytics and HTML maps."""

    def __init__(self, rdf: Graph, source: Path | None = None, build_result: "BuildResult | None" = None) -> None:
        self.rdf = rdf
        self.source = source
        self.build_result = build_result
        self._network: "networkx.MultiDiGraph | None" = None

    def __repr__(self) -> str:
        where = f" from {self.source}" if self.source else ""
        return f"<KnowledgeGraph{where}: {len(self.rdf)} triples>"

    def __len__(self) -> int:
        return len(self.rdf)

    @property
    def report(self) -> dict | None:
        """The build report (counts and problems) when this graph came from :func:`kg.build`."""
        return self.build_result.report if self.build_result else None

    @property
    def files(self) -> dict[str, Path]:
        """The files the build wrote (``graph``, ``html``, ``report``), or ``{}`` for a loaded graph."""
        return dict(self.build_result.files) if self.build_result else {}

    # ---------------------------------------------------------------- queries

    def query(self, sparql_or_name: str, **params: Any) -> Rows:
        """Run a named query (``"members-of"``, ``entity="CSTO"``) or SPARQL text (``params`` bound as terms)."""
        from kg.named_queries import is_query_name, run_named_query
        from kg.sparql import run_query

        if is_query_name(sparql_or_name):
            return Rows(run_named_query(self.rdf, sparql_or_name.strip(), params))
        return Rows(run_query(self.rdf, sparql_or_name, params))

    def queries(self) -> list["NamedQuery"]:
        """The named queries (name, title, description, parameters, example)."""
        from kg.named_queries import named_queries

        return named_queries()

    def entity(self, name: str) -> str:
        """The IRI of the entity called ``name`` (a label or alias, any case)."""
        from kg.named_queries import resolve_entity

        return str(resolve_entity(self.rdf, name))

    # ---------------------------------------------------------------- networkx

    def to_networkx(self) -> "networkx.MultiDiGraph":
        """The relation graph as networkx (computed once; treat it as read-only)."""
        if self._network is None:
            from kg.analytics import project

            self._network = project(self.rdf)
        return self._network

    def _label(self, node: str) -> str:
        return self.to_networkx().nodes[node]["label"]

    def _node(self, name: str) -> str:
        from kg.network import entity_node

        return entity_node(self.rdf, self.to_networkx(), name)

    def centrality(self, top: int | None = None) -> list[dict[str, Any]]:
        """Degree, PageRank and betweenness per entity, highest PageRank first."""
        from kg.analytics import centrality

        return centrality(self.to_networkx(), top)

    def blocs(self, hostile: bool = False) -> list[list[str]]:
        """Labels of each connected bloc of the alliance (or hostile) graph, largest first."""
        from kg.analytics import alliance_graph, blocs

        return [[self._label(n) for n in group] for group in blocs(alliance_graph(self.to_networkx(), hostile))]

    def communities(self, seed: int | None = None) -> list[list[str]]:
        """Labels of each Louvain community (fixed seed, so the result repeats), largest first."""
        from kg.analytics import DEFAULT_SEED, communities

        return [[self._label(n) for n in group] for group in communities(self.to_networkx(), DEFAULT_SEED if seed is None else seed)]

    def paths(self, source: str, target: str, limit: int = 10) -> list[list[tuple[str, str, str]]]:
        """The shortest chains of relations between two entities, as (subject, predicate, object) labels per path."""
        from kg.analytics import shortest_paths

        found = shortest_paths(self.to_networkx(), self._node(source), self._node(target), limit)
        return [[(self._label(s), p, self._label(o)) for hop in path for s, p, o in hop.relations] for path in found]

    def ego(self, entity: str, depth: int = 2) -> list[dict[str, Any]]:
        """The entities within ``depth`` relations of ``entity``, with distance, class and how each is reached."""
        from kg.analytics import ego_table

        return ego_table(self.to_networkx(), self._node(entity), depth)

    # ---------------------------------------------------------------- HTML

    def _view(self, view: str, entity: str | None, depth: int) -> tuple["networkx.MultiDiGraph", str]:
        from kg import analytics

        network = self.to_networkx()
        if view == "graph":
            return network, "newskg"
        if view in ("alliance", "hostile"):
            return analytics.alliance_graph(network, view == "hostile"), f"newskg: {view} map"
        if view == "ego" and entity:
            center = self._node(entity)
            return analytics.ego(network, center, depth), f"newskg: around {self._label(center)}"
        raise ValueError(f"view must be graph, alliance, hostile or ego (with entity=...), got {view!r}")

    def html(self, path: Path | str, view: str = "graph", *, entity: str | None = None, depth: int = 2,
             max_nodes: int = 2000, size_by: str = "pagerank") -> Path:
        """Write an offline HTML map of the whole graph, the alliance or hostile map, or an ego graph."""
        from kg.views import write_network_html

        network, title = self._view(view, entity, depth)
        return write_network_html(network, Path(path), title=title, max_nodes=max_nodes, size_by=size_by)

    def show(self, view: str = "alliance", *, entity: str | None = None, depth: int = 2, height: int = 600,
             max_nodes: int = 2000) -> InlineHtml:
        """The map for a notebook cell (same page as :meth:`html`, shown in a sandboxed iframe)."""
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            page = self.html(Path(folder) / "map.html", view, entity=entity, depth=depth, max_nodes=max_nodes)
            return InlineHtml(page.read_text(encoding="utf-8"), height)


def build(paths: Any = None, out_dir: Any = "output", **options: Any) -> KnowledgeGraph:
    """Build articles (default: the bundled sample) into ``out_dir`` and wrap the graph."""
    from kg.builder import build as run_build

    result = run_build(paths, out_dir, **options)
    return KnowledgeGraph(result.graph, result.files.get("graph"), result)


def load(path: Any = "output") -> KnowledgeGraph:
    """Load a built graph (a build folder or a graph file)."""
    from kg.graph_files import graph_file, load_graph

    return KnowledgeGraph(load_graph(path), graph_file(path))


def as_graph(graph: "KnowledgeGraph | Graph") -> Graph:
    """The rdflib graph of a :class:`KnowledgeGraph`, or ``graph`` itself."""
    return graph.rdf if isinstance(graph, KnowledgeGraph) else graph
