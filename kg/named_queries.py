"""Named SPARQL queries: the analyst's questions, kept as ``ontology/queries/*.rq`` files.

Each file starts with a comment header that this module reads::

    # title: Members of an organisation
    # description: Memberships ... (continuation lines start with "#" and two spaces)
    # param entity (entity, optional): an organisation ("CSTO") or a member ("Kazakhstan")
    # example: kg query --name members-of --param entity=CSTO

A parameter's kind says how a value given as text becomes an RDF term:
``entity`` resolves a label or alias (case-insensitive, through ``rdfs:label``
and ``skos:altLabel``) to the entity's IRI, ``predicate`` turns ``visits`` into
``kg:visits``, ``text`` is a plain literal. The terms are bound, never
pasted into the query text (:func:`kg.sparql.run_query`): with rdflib's
``initBindings`` over a graph, with pyoxigraph's ``substitutions`` over the
Oxigraph store. An optional parameter that is not given stays unbound, and
the queries test it with ``!BOUND(?entity)``. On the store, an entity's name
is looked up in the bookkeeping's name index (:func:`kg.ledger.name_key`)
rather than by a scan of every label.

The queries are written so that Oxigraph plans them well without knowing the
parameters' values (it binds them only at evaluation): each pattern that
starts from a parameter comes first in its group, and a type test that would
otherwise lead the plan (``?ev a kg:Evidence``) is a ``FILTER EXISTS``.

Files are read when first asked for, not at import time.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from rdflib import RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import EntityNotFoundError, NamedQueryError
from kg.graph_files import is_store
from kg.ontology import ENTITY_URI, KG_URI, ONTOLOGY_DIR, PREDICATES
from kg.ledger import KGS, LEDGER, name_key
from kg.query_results import QueryResult
from kg.sparql import internal_query, run_query

QUERIES_DIR = ONTOLOGY_DIR / "queries"
KINDS = ("entity", "predicate", "text")
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_FIELD = re.compile(r"^#\s(title|description|example):\s*(.*)$")
_PARAM = re.compile(r"^#\sparam\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(\s*([a-z]+)\s*(,\s*optional\s*)?\)\s*:\s*(.*)$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*)$")


@dataclass(frozen=True)
class Parameter:
    """One parameter of a named query: its SPARQL variable name, kind, and whether it may be left out."""

    name: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """A query file with the header that documents it."""

    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    example: str
    text: str
    path: Path

    def parameter(self, name: str) -> Parameter:
        """The parameter called ``name``; :class:`NamedQueryError` names the ones there are."""
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise NamedQueryError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")


def parse_header(text: str, name: str, path: Path) -> NamedQuery:
    """Read the comment header of a query file; a file without a title is refused."""
    fields: dict[str, str] = {}
    params: list[dict[str, str]] = []
    current: tuple[dict[str, str], str] | None = None  # the value a continuation line extends
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if match := _PARAM.match(line):
            pname, kind, optional, description = match.groups()
            if kind not in KINDS:
                raise NamedQueryError(f"{path}: parameter {pname!r} has unknown kind {kind!r} (kinds: {', '.join(KINDS)})")
            params.append({"name": pname, "kind": kind, "optional": optional or "", "description": description.strip()})
            current = (params[-1], "description")
        elif match := _FIELD.match(line):
            fields[match.group(1)] = match.group(2).strip()
            current = (fields, match.group(1))
        elif (match := _CONTINUATION.match(line)) and current is not None:
            current[0][current[1]] += " " + match.group(1).strip()
    if not fields.get("title"):
        raise NamedQueryError(f"{path}: the header has no '# title:' line")
    parameters = tuple(Parameter(p["name"], p["kind"], not p["optional"], p["description"]) for p in params)
    return NamedQuery(name, fields["title"], fields.get("description", ""), parameters, fields.get("example", ""), text, path)


@lru_cache(maxsize=None)
def _load(folder: Path) -> dict[str, NamedQuery]:
    if not folder.is_dir():
        raise NamedQueryError(f"{folder}: the named query folder is missing")
    queries = {}
    for file in sorted(folder.glob("*.rq")):
        queries[file.stem] = parse_header(file.read_text(encoding="utf-8"), file.stem, file)
    return queries


def named_queries(folder: Path = QUERIES_DIR) -> list[NamedQuery]:
    """Every named query, sorted by name."""
    return list(_load(Path(folder)).values())


def named_query(name: str, folder: Path = QUERIES_DIR) -> NamedQuery:
    """The query called ``name``; an unknown name raises :class:`NamedQueryError` with the close ones."""
    queries = _load(Path(folder))
    if name not in queries:
        close = difflib.get_close_matches(name, queries, n=3)
        hint = f"did you mean {', '.join(close)}? " if close else ""
        raise NamedQueryError(f"no named query {name!r}; {hint}`kg query --list` lists them")
    return queries[name]


def is_query_name(text: str) -> bool:
    """Whether ``text`` looks like a query name (``members-of``) rather than SPARQL."""
    return bool(_NAME.match(text.strip()))


def resolve_entity(graph: Graph, name: str | URIRef) -> URIRef:
    """The IRI of the entity called ``name``.

    ``name`` is a label or an alias, compared case-insensitively (a label wins
    over an alias), or an IRI (``ent:Kazakhstan`` or the full IRI) of an
    entity in the graph. No match, or several entities for the same name,
    raises :class:`EntityNotFoundError` with suggestions.
    """
    if isinstance(name, URIRef):
        return name
    wanted = " ".join(str(name).split())
    if not wanted:
        raise EntityNotFoundError("an entity name is empty")
    iri = URIRef(ENTITY_URI + wanted[4:]) if wanted.startswith("ent:") else URIRef(wanted) if "://" in wanted else None
    if iri is not None:
        if (iri, None, None) in graph:
            return iri
        raise EntityNotFoundError(f"no entity {wanted} in the graph")
    rows = _named_in_store(graph, wanted.lower()) if is_store(graph) else []
    if not rows:  # rdflib, or a store without the name index (built before it): the query over every name
        rows = run_query(graph, internal_query("entity-by-name"), {"wanted": Literal(wanted.lower())}).rows
    best = min((int(rank) for _, rank in rows), default=None)
    found = sorted({entity for entity, rank in rows if int(rank) == best})
    if len(found) == 1:
        return found[0]
    if found:
        raise EntityNotFoundError(
            f"{wanted!r} names {len(found)} entities ({', '.join(str(e) for e in found)}); give the IRI (ent:...) instead")
    names = sorted({str(v) for row in run_query(graph, internal_query("entity-names")).rows for v in row[1:3] if v is not None})
    close = difflib.get_close_matches(wanted, names, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    raise EntityNotFoundError(f"no entity is called {wanted!r} (no label or alias matches){hint}")


def _named_in_store(store: Any, lowered: str) -> list[tuple[URIRef, Literal]]:
    """``(entity, rank)`` rows of ``entity-by-name`` from the store's name index (:func:`kg.ledger.name_key`).

    Index lookups instead of a scan of every label; each hit is checked
    against the entity's own names, so a stale index entry finds nothing.
    """
    found = []
    for rank, (index, names) in enumerate(((KGS.labelKey, RDFS.label), (KGS.aliasKey, SKOS.altLabel)), start=1):
        for entity, _, _ in store.match(None, index, name_key(lowered), LEDGER):
            if any(str(name).lower() == lowered for _, _, name in store.match(entity, names, None)):
                found.append((entity, Literal(rank)))
    return found


def resolve_predicate(name: str | URIRef) -> URIRef:
    """``visits``, ``kg:visits`` or the full IRI -> the predicate IRI; unknown names are refused."""
    text = str(name).strip()
    local = text[len(KG_URI):] if text.startswith(KG_URI) else text[3:] if text.startswith("kg:") else text
    if local not in PREDICATES:
        close = difflib.get_close_matches(local, PREDICATES, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise NamedQueryError(f"{text!r} is not a relation of the vocabulary{hint}")
    return URIRef(KG_URI + local)


def bind_parameters(graph: Graph, query: NamedQuery, values: Mapping[str, Any]) -> dict[str, Identifier]:
    """Turn the given parameter values into RDF terms, checking names and required ones."""
    bindings: dict[str, Identifier] = {}
    for key, value in values.items():
        parameter = query.parameter(key)
        if value is None:
            continue
        if parameter.kind == "entity":
            bindings[key] = resolve_entity(graph, value)
        elif parameter.kind == "predicate":
            bindings[key] = resolve_predicate(value)
        else:
            bindings[key] = value if isinstance(value, Identifier) else Literal(str(value))
    missing = [p.name for p in query.parameters if p.required and p.name not in bindings]
    if missing:
        example = f" (example: {query.example})" if query.example else ""
        raise NamedQueryError(f"query {query.name!r} needs --param {', --param '.join(m + '=...' for m in missing)}{example}")
    return bindings


def run_named_query(graph: Graph, name: str, params: Mapping[str, Any] | None = None, *,
                    timeout: float | None = None) -> QueryResult:
    """Run the named query ``name`` over ``graph`` with ``params`` resolved and bound as terms."""
    query = named_query(name)
    return run_query(graph, query.text, bind_parameters(graph, query, params or {}), timeout=timeout)


def parse_params(items: list[str] | None) -> dict[str, str]:
    """``["entity=CSTO", ...]`` (``--param`` values) -> ``{"entity": "CSTO"}``."""
    params: dict[str, str] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise NamedQueryError(f"--param {item!r}: write NAME=VALUE, e.g. --param entity=Kazakhstan")
        params[key.strip()] = value.strip()
    return params


def format_query_list(queries: list[NamedQuery]) -> str:
    """``kg query --list``: each query's name, title, parameters, description and example."""
    blocks = []
    for query in queries:
        params = " ".join(f"{p.name}=<{p.kind}>" if p.required else f"[{p.name}=<{p.kind}>]" for p in query.parameters)
        lines = [f"{query.name}  {params}".rstrip(), f"    {query.title}: {query.description}"]
        for parameter in query.parameters:
            lines.append(f"    {parameter.name}: {parameter.description}")
        if query.example:
            lines.append(f"    e.g. {query.example}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
