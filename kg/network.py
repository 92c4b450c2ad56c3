"""``kg network``: the analytics of :mod:`kg.analytics` as tables, plus HTML maps.

:func:`network_report` projects an RDF graph once, computes one view
(``summary`` = blocs + centrality + communities, or ``blocs``, ``centrality``,
``communities``, ``path``, ``ego``) and returns :class:`Table` records;
:func:`format_tables` prints them as aligned text, CSV or JSON. Entity names
are resolved like the named queries' parameters (label or alias).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from rdflib import Graph, Literal

from kg.errors import EntityNotFoundError, NetworkError
from kg.query_results import QueryResult, format_result

VIEWS = ("summary", "blocs", "centrality", "communities", "path", "ego")


@dataclass(frozen=True)
class Table:
    """A named result: column names and rows of plain values."""

    name: str
    title: str
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts (``pandas.DataFrame(table.records())``)."""
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass
class NetworkReport:
    """What ``kg network`` computed: tables to print, HTML files written, notes for the reader."""

    tables: list[Table]
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_") or "entity"


def entity_node(graph: Graph, network: Any, name: str) -> str:
    """The projected node of the entity called ``name`` (it must take part in a relation)."""
    from kg.named_queries import resolve_entity

    iri = str(resolve_entity(graph, name))
    if iri not in network:
        raise EntityNotFoundError(f"{name!r} ({iri}) takes part in no relation, so it is not in the network")
    return iri


def _groups_table(name: str, column: str, title: str, network: Any, groups: list[list[str]]) -> Table:
    labels = {n: d["label"] for n, d in network.nodes(data=True)}
    rows = [(i, len(g), ", ".join(labels[n] for n in g)) for i, g in enumerate(groups, 1)]
    return Table(name, title, [column, "size", "members"], rows)


def network_report(
    graph: Graph,
    view: str = "summary",
    *,
    entities: Sequence[str] = (),
    hostile: bool = False,
    top: int = 10,
    depth: int = 2,
    max_paths: int = 10,
    seed: int | None = None,
    html: Path | None = None,
    html_dir: Path | None = None,
    max_nodes: int = 2000,
) -> NetworkReport:
    """Compute one view of the network of ``graph``; write its HTML map to ``html`` (or a default name in ``html_dir``).

    ``summary`` and ``blocs`` draw the alliance map (``hostile``: the conflict
    map), ``ego`` the neighbourhood; the other views write no HTML.
    """
    from kg import analytics as A
    from kg.views import write_network_html

    if view not in VIEWS:
        raise NetworkError(f"the view must be one of {', '.join(VIEWS)}, not {view!r}")
    if entities and view not in ("path", "ego"):
        raise NetworkError(f"the {view} view takes no entity (only path A B and ego ENTITY do)")
    if depth < 1 or top < 1 or max_paths < 1 or max_nodes < 1:
        raise NetworkError("--depth, --top, --max-paths and --max-nodes must be at least 1")
    network = A.project(graph)
    seed = A.DEFAULT_SEED if seed is None else seed
    labels = {n: d["label"] for n, d in network.nodes(data=True)}
    report = NetworkReport([])
    draw: tuple[Any, str, str] | None = None  # (sub-graph, default file name, page title)
    if view in ("summary", "blocs"):
        kind = "hostile" if hostile else "alliance"
        sub = A.alliance_graph(network, hostile)
        predicates = A.HOSTILE_PREDICATES if hostile else A.ALLIANCE_PREDICATES
        report.tables.append(_groups_table("blocs", "bloc", f"{kind.capitalize()} blocs (countries and organisations joined by "
                                           f"{', '.join(predicates)})", network, A.blocs(sub)))
        draw = (sub, f"{kind}.html", f"newskg: {kind} map")
    if view in ("summary", "centrality"):
        rows = [(i, r["label"], r["class"], r["degree"], r["pagerank"], r["betweenness"])
                for i, r in enumerate(A.centrality(network, top), 1)]
        report.tables.append(Table("centrality", f"Top {len(rows)} actors by PageRank (all relations)",
                                   ["rank", "entity", "class", "degree", "pagerank", "betweenness"], rows))
    if view in ("summary", "communities"):
        report.tables.append(_groups_table("communities", "community", f"Louvain communities (all relations, seed {seed})",
                                           network, A.communities(network, seed)))
    if view == "path":
        if len(entities) != 2:
            raise NetworkError("kg network path needs two entities: kg network path A B")
        source, target = (entity_node(graph, network, name) for name in entities)
        paths = A.shortest_paths(network, source, target, max_paths)
        rows = [(i, j, labels[s], p, labels[o]) for i, path in enumerate(paths, 1)
                for j, hop in enumerate(path, 1) for s, p, o in hop.relations]
        report.tables.append(Table("path", f"Shortest chains of relations from {labels[source]} to {labels[target]}",
                                   ["path", "step", "subject", "predicate", "object"], rows))
        if not paths:
            report.notes.append(f"no chain of relations joins {labels[source]} and {labels[target]}")
    if view == "ego":
        if len(entities) != 1:
            raise NetworkError("kg network ego needs one entity: kg network ego ENTITY")
        center = entity_node(graph, network, entities[0])
        rows = [(r["distance"], r["label"], r["class"], r["via"], r["relations"])
                for r in A.ego_table(network, center, depth)]
        report.tables.append(Table("ego", f"Within {depth} relations of {labels[center]}",
                                   ["distance", "entity", "class", "via", "relations"], rows))
        draw = (A.ego(network, center, depth), f"ego-{_slug(labels[center])}.html", f"newskg: around {labels[center]}")
    if draw is not None and (html is not None or html_dir is not None):
        sub, name, title = draw
        target_file = html if html is not None else Path(html_dir) / name
        report.files.append(write_network_html(sub, target_file, title=title, max_nodes=max_nodes))
    return report


def _as_result(table: Table) -> QueryResult:
    return QueryResult(table.columns, [tuple(None if v is None else Literal(v) for v in row) for row in table.rows])


def format_tables(tables: list[Table], fmt: str = "table") -> str:
    """Aligned text (each table under its title), CSV, or JSON (one object keyed by table name when several)."""
    if fmt == "json":
        if len(tables) == 1:
            return json.dumps(tables[0].records(), ensure_ascii=False, indent=2)
        return json.dumps({t.name: t.records() for t in tables}, ensure_ascii=False, indent=2)
    if fmt == "csv":
        if len(tables) == 1:
            return format_result(_as_result(tables[0]), "csv").rstrip("\n")
        return "\n".join(f"# {t.name}\n{format_result(_as_result(t), 'csv')}" for t in tables).rstrip("\n")
    return "\n\n".join(f"{t.title}\n{_text_table(t)}" for t in tables)


def _text_table(table: Table, width: int = 45) -> str:
    """Aligned columns; every column but the last is cut at ``width`` (the last, a list, is shown whole)."""
    cells = [["" if v is None else str(v) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(table.columns)]
    widths = [min(width, w) for w in widths[:-1]] + widths[-1:]

    def line(values: Sequence[str]) -> str:
        out = [v if len(v) <= w or i == len(values) - 1 else v[: w - 1] + "\u2026" for i, (v, w) in enumerate(zip(values, widths))]
        return "  ".join(v.ljust(w) for v, w in zip(out, widths)).rstrip()

    lines = [line(table.columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    return "\n".join(lines + [f"({len(cells)} row{'s' if len(cells) != 1 else ''})"])
