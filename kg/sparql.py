"""Answer SPARQL over a loaded graph or store, safely.

``kg query`` and the Python API go through :func:`run_query`: the graph comes
from :mod:`kg.graph_files` (loading is a step of its own), the result goes
to :mod:`kg.query_results` (rendering is too). The project's prefixes
(``kg:``, ``ent:``, ``rdfs:``, ...) are predeclared; values are bound as RDF
terms (``bindings``), never pasted into query text (on the store:
:func:`project_bound`).

Queries are safe by default. The text is parsed with rdflib's own SPARQL
parsers (never matched with a regex): a SPARQL Update (INSERT, DELETE, LOAD,
CLEAR, DROP, ...) is refused unless ``allow_update``; ``SERVICE`` (a remote
endpoint) and ``FROM`` (a graph fetched from the web or disk) are refused
unless ``allow_service``. A query runs in a worker thread and is stopped after
``timeout`` seconds, because rdflib itself has no timeout (:mod:`kg.query_timeout`).

>>> from rdflib import Graph
>>> result = run_query(Graph(), "SELECT ?s WHERE { ?s kg:visits ?o }")
>>> result.columns, result.rows
(['s'], [])
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parser import parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.processor import prepareUpdate

from kg.errors import KGError, QueryError
from kg.graph import PREFIXES
from kg.graph_files import is_store
from kg.query_results import QueryResult
from kg.query_timeout import with_timeout

QUERY_DIR = Path(__file__).resolve().parent / "queries"
DEFAULT_TIMEOUT = 30.0


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

    return with_timeout(execute, timeout, "query")


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

        return with_timeout(on_store, timeout, "update")

    def execute() -> QueryResult:
        graph.update(prepared, initBindings=terms)
        return QueryResult(["update", "triples_before", "triples_after"], [(Literal(names), Literal(before), Literal(len(graph)))])

    return with_timeout(execute, timeout, "update")


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
