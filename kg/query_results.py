"""What a query answers: :class:`QueryResult` (columns and rows of RDF terms) and its rendering as a table, CSV or JSON.

Separate from :mod:`kg.sparql` because it is the step after a query has
run: the named queries, the network tables and the API build and read
results without running SPARQL themselves, and ``kg query`` renders them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from rdflib import Graph, Literal, URIRef

from kg.graph import PREFIXES


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


def _short(value: Any, graph: Graph | None) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        for prefix, uri in PREFIXES.items():
            if str(value).startswith(uri):
                return f"{prefix}:{str(value)[len(uri):]}"
        return str(value)
    return str(value)


def rows_left_out(result: QueryResult, limit: int | None) -> int:
    """How many rows a ``limit`` cuts from ``result`` (0 when there is no limit)."""
    return max(0, len(result.rows) - limit) if limit is not None and limit > 0 else 0


def format_result(result: QueryResult, fmt: str = "table", limit: int | None = None) -> str:
    """Render as an aligned table, CSV or JSON; ``limit`` (> 0) keeps the first rows.

    A table says in its last line how many rows there are and how many were left
    out; CSV and JSON stay machine-readable, so the caller says it (see :func:`rows_left_out`).
    """
    rows = result.rows[:limit] if limit is not None and limit > 0 else result.rows
    if fmt == "json":
        shown = QueryResult(result.columns, rows)
        return json.dumps(shown.records(), ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in rows:
            writer.writerow(["" if v is None else str(v) for v in row])
        return buffer.getvalue()
    cells = [[_short(v, None).replace("\n", " ") for v in row] for row in rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(r, widths)) for r in cells]
    footer = f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    if rows_left_out(result, limit):
        footer += f", {rows_left_out(result, limit)} not shown; use --limit or --format csv"
    return "\n".join(lines + [footer + ")"])

