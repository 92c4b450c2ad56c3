"""Load a built graph and answer SPARQL over it.

``kg query`` and the Python API go through :func:`load_graph` and
:func:`run_query`. The project's prefixes (``kg:``, ``ent:``, ``rdfs:``, ...)
are predeclared; values are bound as RDF terms (``bindings``), never pasted
into query text. Queries are read-only: SPARQL Update is refused.

>>> from rdflib import Graph
>>> result = run_query(Graph(), "SELECT ?s WHERE { ?s kg:visits ?o }")
>>> result.columns, result.rows
(['s'], [])
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.errors import GraphNotFoundError, QueryError
from kg.graph import PREFIXES

GRAPH_FILES = ("graph.trig", "graph.ttl")
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}
QUERY_DIR = Path(__file__).resolve().parent / "queries"
_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\b[^{]*?)?\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.I | re.S)


@dataclass(frozen=True)
class QueryResult:
    """Column names and rows of RDF terms (None where a variable is unbound)."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (for pandas: ``DataFrame(result.records())``)."""
        return [{c: _plain(v) for c, v in zip(self.columns, row)} for row in self.rows]


def _plain(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Literal):
        return value.toPython() if value.datatype else str(value)
    return str(value)


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


@lru_cache(maxsize=None)
def internal_query(name: str) -> str:
    """The text of one of the package's own queries (``kg/queries/NAME.rq``)."""
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def run_query(graph: Graph, text: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a SPARQL SELECT / ASK / CONSTRUCT query; raise :class:`QueryError` on bad or update queries."""
    if _UPDATE.search(_strip_comments(text)):
        raise QueryError("SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...) is refused: kg query is read-only")
    try:
        prepared = prepareQuery(text, initNs=PREFIXES)
    except Exception as exc:  # pyparsing errors carry the position
        raise QueryError(f"the query does not parse: {exc}") from exc
    terms = {k: v if isinstance(v, (URIRef, Literal, BNode)) else Literal(v) for k, v in (bindings or {}).items()}
    try:
        result = graph.query(prepared, initBindings=terms)
    except Exception as exc:
        raise QueryError(f"the query failed: {exc}") from exc
    if result.type == "ASK":
        return QueryResult(["ask"], [(Literal(bool(result.askAnswer)),)])
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        return QueryResult(["subject", "predicate", "object"], sorted(tuple(t) for t in result.graph))
    columns = [str(v) for v in result.vars]
    return QueryResult(columns, [tuple(row) for row in result])


def _strip_comments(text: str) -> str:
    return "\n".join(line.split("#", 1)[0] if "<" not in line else line for line in text.splitlines())


def _short(value: Any, graph: Graph | None) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        for prefix, uri in PREFIXES.items():
            if str(value).startswith(uri):
                return f"{prefix}:{str(value)[len(uri):]}"
        return str(value)
    return str(value)


def format_result(result: QueryResult, fmt: str = "table", limit: int | None = None) -> str:
    """Render as an aligned table, CSV or JSON (``limit`` cuts a table, saying how much)."""
    if fmt == "json":
        return json.dumps(result.records(), ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if v is None else str(v) for v in row])
        return buffer.getvalue()
    rows = result.rows if limit is None else result.rows[:limit]
    cells = [[_short(v, None).replace("\n", " ") for v in row] for row in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(r, widths)) for r in cells]
    footer = f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    if limit is not None and len(result.rows) > limit:
        footer += f", {len(result.rows) - limit} not shown; use --limit or --format csv"
    return "\n".join(lines + [footer + ")"])
