"""Load a built graph and answer SPARQL over it.

``kg query`` and the Python API go through :func:`load_graph` and
:func:`run_query`. The project's prefixes (``kg:``, ``ent:``, ``rdfs:``, ...)
are predeclared; values are bound as RDF terms (``bindings``), never pasted
into query text.

Queries are safe by default. The text is parsed with rdflib's own SPARQL
parsers (never matched with a regex): a SPARQL Update (INSERT, DELETE, LOAD,
CLEAR, DROP, ...) is refused unless ``allow_update``; ``SERVICE`` (a remote
endpoint) and ``FROM`` (a graph fetched from the web or disk) are refused
unless ``allow_service``. A query runs in a worker thread and is stopped after
``timeout`` seconds, because rdflib itself has no timeout.

>>> from rdflib import Graph
>>> result = run_query(Graph(), "SELECT ?s WHERE { ?s kg:visits ?o }")
>>> result.columns, result.rows
(['s'], [])
"""

from __future__ import annotations

import csv
import ctypes
import io
import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping, TypeVar

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.processor import prepareUpdate

from kg.errors import GraphNotFoundError, KGError, QueryError
from kg.graph import PREFIXES

GRAPH_FILES = ("graph.trig", "graph.ttl")
FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml", ".xml": "xml"}
QUERY_DIR = Path(__file__).resolve().parent / "queries"
DEFAULT_TIMEOUT = 30.0
_T = TypeVar("_T")


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


def open_graph(path: Path | str, *, writable: bool = False) -> Any:
    """What ``--graph`` means for queries: the build folder's Oxigraph store when it has one, else its graph file.

    A store (``DIR/store/``, or the store folder itself) is returned as a
    :class:`kg.store.StoreGraph`, read-only unless ``writable`` (``--allow-update``);
    :func:`run_query` and the named queries treat it like an rdflib graph.
    """
    from kg.store import StoreGraph, find_store

    store = find_store(path) if Path(path).is_dir() else None
    return StoreGraph(store, writable=writable) if store is not None else load_graph(path)


@lru_cache(maxsize=None)
def internal_query(name: str) -> str:
    """The text of one of the package's own queries (``kg/queries/NAME.rq``)."""
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def run_query(
    graph: Graph,
    text: str,
    bindings: Mapping[str, Any] | None = None,
    *,
    allow_update: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
) -> QueryResult:
    """Run a SPARQL SELECT / ASK / CONSTRUCT / DESCRIBE query (or, if allowed, an update) over ``graph``.

    Raises :class:`QueryError` when the text does not parse, is refused (update,
    SERVICE, FROM), fails, or runs longer than ``timeout`` seconds (None or 0:
    no limit, the default for library callers; ``kg query`` uses
    :data:`DEFAULT_TIMEOUT`). An allowed update changes ``graph`` in place and
    returns its size before and after.
    """
    terms = {k: v if isinstance(v, (URIRef, Literal, BNode)) else Literal(v) for k, v in (bindings or {}).items()}
    try:
        prepared = _prepare(text)
    except Exception as query_error:  # pyparsing errors carry the position
        return _run_update(graph, text, terms, query_error, allow_update, allow_service, timeout)
    if not allow_service:
        if prepared.algebra.get("datasetClause"):
            raise QueryError("FROM / FROM NAMED would load a graph from the web or from disk: refused unless --allow-service "
                             "(the query runs over the build's graph without it)")
        if _has_node(prepared.algebra, "ServiceGraphPattern"):
            raise QueryError("SERVICE calls a remote SPARQL endpoint: refused unless --allow-service")
    if is_store(graph):  # Oxigraph evaluates it (in a process stopped at the timeout); rdflib only parsed and checked it
        try:
            return _select_on_store(graph, text, terms, timeout)
        except QueryError:
            raise
        except KGError as exc:
            raise QueryError(f"the query failed: {exc}") from exc

    def execute() -> QueryResult:
        result = graph.query(prepared, initBindings=terms)
        if result.type == "ASK":
            return QueryResult(["ask"], [(Literal(bool(result.askAnswer)),)])
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult(["subject", "predicate", "object"], sorted(tuple(t) for t in result.graph))
        return QueryResult([str(v) for v in result.vars], [tuple(row) for row in result])

    return _with_timeout(execute, timeout, "query")


def _select_on_store(store: Any, text: str, terms: dict[str, Any], timeout: float | None) -> QueryResult:
    """Oxigraph evaluates the query with the terms bound by pyoxigraph (:func:`project_bound`); the added columns are dropped."""
    bound_text, added = project_bound(text, list(terms))
    columns, rows = store.select_within(bound_text, terms, timeout)
    if not added:
        return QueryResult(columns, rows)
    keep = [i for i, column in enumerate(columns) if column not in added]
    return QueryResult([columns[i] for i in keep], [tuple(row[i] for i in keep) for row in rows])


def _run_update(graph: Graph, text: str, terms: dict, query_error: Exception, allow_update: bool, allow_service: bool,
                timeout: float | None) -> QueryResult:
    """``text`` did not parse as a query: refuse it (or run it, if allowed) when it is an update, else say why it does not parse."""
    try:
        operations = [op.name for op in parseUpdate(text).request]
    except Exception:
        raise QueryError(f"the query does not parse: {query_error}") from query_error
    names = ", ".join(dict.fromkeys(_OPERATION_NAMES.get(n, n) for n in operations))
    if not allow_update:
        raise QueryError(f"this is a SPARQL Update ({names}): kg query is read-only and refuses it; "
                         "give --allow-update to change the graph file")
    try:
        prepared = prepareUpdate(text, initNs=PREFIXES)
    except Exception as exc:
        raise QueryError(f"the update does not parse: {exc}") from exc
    if not allow_service and ("Load" in operations or _has_node(prepared.algebra, "ServiceGraphPattern")):
        raise QueryError("LOAD and SERVICE reach the web: refused unless --allow-service")
    before = len(graph)
    if is_store(graph):
        if terms:
            raise QueryError("an update on the store takes no parameters (Oxigraph binds values only into queries); "
                             "bind them in a query, or give the update as plain SPARQL")

        def on_store() -> QueryResult:
            graph.update(_with_prefixes(text))
            return QueryResult(["update", "triples_before", "triples_after"], [(Literal(names), Literal(before), Literal(len(graph)))])

        return _with_timeout(on_store, timeout, "update")

    def execute() -> QueryResult:
        graph.update(prepared, initBindings=terms)
        return QueryResult(["update", "triples_before", "triples_after"], [(Literal(names), Literal(before), Literal(len(graph)))])

    return _with_timeout(execute, timeout, "update")


def check_read_only(text: str) -> None:
    """Raise :class:`QueryError` unless ``text`` parses as a query (not an update) without ``SERVICE`` or ``FROM``.

    The same checks as :func:`run_query` with its defaults, for callers that
    hand the text to another engine (``kg serve``).
    """
    try:
        prepared = _prepare(text)
    except Exception as query_error:
        _run_update(Graph(), text, {}, query_error, False, False, None)  # raises: an update, or why it does not parse
        raise
    if prepared.algebra.get("datasetClause"):
        raise QueryError("FROM / FROM NAMED would load a graph from the web or from disk: this endpoint refuses it")
    if _has_node(prepared.algebra, "ServiceGraphPattern"):
        raise QueryError("SERVICE calls a remote SPARQL endpoint: this endpoint refuses it")


@lru_cache(maxsize=256)
def _prepare(text: str) -> Any:
    """rdflib's parse of a query (cached: a named query is parsed once per process)."""
    return prepareQuery(text, initNs=PREFIXES)


def is_store(graph: object) -> bool:
    """Whether ``graph`` is a :class:`kg.store.StoreGraph` (Oxigraph) rather than an rdflib graph."""
    return getattr(graph, "is_store", False) is True


def _with_prefixes(text: str) -> str:
    """``text`` with the project's PREFIX declarations in front (a declaration in ``text`` itself still wins)."""
    return "".join(f"PREFIX {p}: <{uri}>\n" for p, uri in PREFIXES.items()) + text


# a SPARQL query as tokens: comments, strings and IRIs are taken whole, so a brace in them is not a group
_STRING = "|".join((r'"""(?:[^"\\]|\\.|"(?!""))*"""', r"'''(?:[^'\\]|\\.|'(?!''))*'''",
                    r'"(?:[^"\\\n]|\\.)*"', r"'(?:[^'\\\n]|\\.)*'"))
_TOKENS = re.compile(
    r"(?P<comment>#[^\n]*)"
    rf"|(?P<string>{_STRING})"
    r'|(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<var>[?$]\w+)"
    r"|(?P<pname>(?:[A-Za-z_][\w.-]*)?:[\w.-]*)"
    r"|(?P<word>[A-Za-z_]\w*)"
    r"|(?P<open>\{)"
    r"|(?P<other>[\s\S])"
)


_VARNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_AGGREGATES = frozenset({"COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"})


def project_bound(text: str, names: list[str]) -> tuple[str, list[str]]:
    """Prepare ``text`` for Oxigraph's own binding (``substitutions``): its structure changes, never a value enters it.

    pyoxigraph 0.5 binds a variable only when the outermost ``SELECT`` projects
    it (ASK, CONSTRUCT and DESCRIBE take any), and its ``BOUND()`` does not see
    a bound variable. So each bound variable the ``SELECT`` does not project is
    added to the projection (and to ``GROUP BY`` when there is one), and
    ``BOUND(?v)`` of a bound variable becomes ``true``. Returns the text and
    the added columns, which the caller drops from the results. The values
    travel as pyoxigraph terms (:meth:`kg.store.StoreGraph.select`).
    """
    if not names:
        return text, []
    for name in names:
        if not _VARNAME.match(name):
            raise QueryError(f"{name!r} is not a SPARQL variable name (letters, digits and _)")
    tokens = [(m.lastgroup or "", m.group()) for m in _TOKENS.finditer(text)]
    code = [i for i, (kind, token) in enumerate(tokens) if kind != "comment" and token.strip()]  # no space, no comment
    braces = parens = 0
    form, select_at, group_at = "", -1, -1
    projected: set[str] = set()
    star = aggregate = in_projection = False
    for n, i in enumerate(code):
        kind, token = tokens[i]
        word = token.upper() if kind == "word" else ""
        before = tokens[code[n - 1]][1].upper() if n else ""
        braces += (kind == "open") - (token == "}")
        parens += (token == "(") - (token == ")")
        if braces == 0 and not form and word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
            form, select_at, in_projection = word, i, word == "SELECT"
        elif in_projection:
            if word in ("DISTINCT", "REDUCED") and before == "SELECT":
                select_at = i
            elif word in ("WHERE", "FROM") or kind == "open":
                in_projection = False
            elif token == "*" and parens == 0:
                star = True
            elif word in _AGGREGATES:
                aggregate = True
            elif kind == "var" and (parens == 0 or before == "AS"):
                projected.add(token[1:])
        elif braces == 0 and word == "BY" and before == "GROUP":
            group_at = i
    added = [] if form != "SELECT" or star else [n for n in names if n not in projected]
    if added and aggregate and group_at < 0:
        raise QueryError(f"on the store, a parameter ({', '.join('?' + n for n in added)}) of an aggregate query without "
                         "GROUP BY must be projected: add it to the SELECT clause and GROUP BY it")
    out = [token for _, token in tokens]
    for i in (select_at, group_at) if added else ():
        if i >= 0:
            out[i] += "".join(" ?" + n for n in added)
    for n, i in enumerate(code[:-3]):  # BOUND ( ?v ) of a bound ?v
        parts = [tokens[j][1] for j in code[n:n + 4]]
        if parts[0].upper() == "BOUND" and parts[1] == "(" and parts[2][:1] in "?$" and parts[2][1:] in names and parts[3] == ")":
            out[code[n]] = "true"
            for j in range(code[n] + 1, code[n + 3] + 1):
                out[j] = ""
    return "".join(out), added


_OPERATION_NAMES = {"InsertData": "INSERT DATA", "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
                    "Modify": "DELETE/INSERT", "Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE",
                    "Add": "ADD", "Move": "MOVE", "Copy": "COPY"}


def _has_node(tree: Any, name: str) -> bool:
    """Whether the parsed query or update holds a part called ``name`` anywhere (inside EXISTS and sub-queries too)."""
    stack, seen = [tree], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, CompValue):
            if node.name == name:
                return True
            stack.extend(node.values())
        elif isinstance(node, Mapping):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, set)):
            stack.extend(node)
    return False


class QueryTimeout(Exception):
    """Raised inside a query's worker thread to stop it."""


def _with_timeout(work: Callable[[], _T], timeout: float | None, what: str) -> _T:
    """Run ``work`` in a worker thread; stop it and raise :class:`QueryError` after ``timeout`` seconds.

    rdflib evaluates SPARQL in pure Python, so the worker is stopped by raising
    :class:`QueryTimeout` in it (``PyThreadState_SetAsyncExc``) rather than left
    running; it is a daemon thread, so even a stuck worker never keeps the
    process alive.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    if not timeout or timeout <= 0:
        target()
    else:
        worker = threading.Thread(target=target, name=f"kg-{what}", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(QueryTimeout))
            worker.join(2.0)
            raise QueryError(f"the {what} ran longer than {timeout:g} s and was stopped (raise --timeout, or 0 for no limit)")
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, QueryError):
            raise error
        raise QueryError(f"the {what} failed: {error}") from error
    return outcome["value"]


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


def save_graph(graph: Graph, path: Path | str) -> Path:
    """Write ``graph`` back to the graph file ``path`` (its format from the suffix), atomically."""
    from kg.fsutil import write_atomically

    path = Path(path)
    if is_store(graph):  # the store changed: graph.ttl beside it is written again from it
        from kg.incremental import store_graph_file

        return write_atomically(graph.path.parent / "graph.ttl", store_graph_file(graph)[0])
    fmt = FORMATS.get(path.suffix.lower(), "turtle")
    return write_atomically(path, graph.serialize(format=fmt))
