"""Values reach the Oxigraph store as terms, never as query text: pyoxigraph's binding, what it needs, and a guard."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import EntityNotFoundError, QueryError
from kg.graph import entity_triples
from kg.ledger import entity_ledger
from kg.named_queries import resolve_entity, run_named_query
from kg.ontology import ENTITY_URI
from kg.resolve import ResolvedEntity
from kg.sparql import run_query
from kg.store import StoreGraph, find_store
from kg.store_write import write_new_store

KG_DIR = Path(__file__).resolve().parents[1] / "kg"
HOSTILE = ['} ; DROP ALL ; {', 'say "hi" } ; CLEAR DEFAULT ; {', "x' } DELETE WHERE { ?s ?p ?o } #",
           'line\nbreak \\ back"slash', "<http://x/> } INSERT DATA { <a> <b> <c> } #", "{ ?s ?p ?o }"]


def _entity(name: str, label: str, aliases: tuple[str, ...] = ()) -> ResolvedEntity:
    return ResolvedEntity(f"Organization:{label}", label, "Organization", "", set(aliases), iri_name=name,
                          classes=Counter({"Organization": 1}), names=Counter({label: 1, **{a: 1 for a in aliases}}),
                          keys=Counter({f"Organization:{label}": 1}))


@pytest.fixture
def hostile_store(tmp_path) -> Path:
    """A store whose entities are named with SPARQL syntax, and one plain entity beside them."""
    entities = [_entity(f"Evil_{n}", value) for n, value in enumerate(HOSTILE)] + [_entity("Plain", "Plain", ("Evil",))]
    triples = [t for e in entities for t in entity_triples(e)]
    ledger = [t for e in entities for t in entity_ledger(e)]
    write_new_store(tmp_path, triples, ledger)
    return tmp_path


@pytest.mark.parametrize("value", HOSTILE)
def test_a_value_with_sparql_syntax_is_matched_literally_on_the_store(hostile_store, value):
    with StoreGraph(find_store(hostile_store)) as store:
        size = len(store)
        rows = run_query(store, "SELECT ?e WHERE { ?e rdfs:label ?name }", {"name": Literal(value)}).rows
        assert rows == [(URIRef(f"{ENTITY_URI}Evil_{HOSTILE.index(value)}"),)]
        assert run_query(store, "ASK { ?e rdfs:label ?name }", {"name": Literal(value + " ")}).rows[0][0].toPython() is False
        if "://" in value:  # a parameter with "://" names an entity by IRI; this one is not even an IRI
            with pytest.raises(EntityNotFoundError, match="no entity"):
                resolve_entity(store, value)
        elif " ".join(value.split()) == value:  # a name given as a parameter has its spaces collapsed
            assert resolve_entity(store, value.upper()) == rows[0][0]  # through the store's name index, any case
            assert run_named_query(store, "facts-about", {"entity": value}).rows == []  # found and bound: no relation
        assert len(store) == size
    with StoreGraph(find_store(hostile_store)) as store:
        assert len(store) == size


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_name_no_entity_has_finds_nothing_on_the_store(tmp_path, value):
    write_new_store(tmp_path, entity_triples(_entity("Plain", "Plain")), [])  # no name index: the query over every name
    with StoreGraph(find_store(tmp_path)) as store, pytest.raises(EntityNotFoundError, match="no entity"):
        resolve_entity(store, value + "?")


def _graph() -> Graph:
    graph = Graph()
    x = "http://x/"
    for s, p, o in [("a", "p", "b"), ("b", "p", "c"), ("c", "q", "a"), ("a", "r", "lit")]:
        graph.add((URIRef(x + s), URIRef(x + p), Literal(o) if o == "lit" else URIRef(x + o)))
    return graph


# a variable used only in the WHERE clause, in every kind of place a named query uses one
WHERE_ONLY = [
    "SELECT ?o WHERE { ?e ?p ?o }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?e) }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER(!BOUND(?e) || ?e IN (?s, ?o)) }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?e ?q ?s } }",
    "SELECT ?s ?o WHERE { { ?e ?p ?o BIND(?e AS ?s) } UNION { ?s ?p ?e BIND(?e AS ?o) } }",
    "SELECT ?s ?x WHERE { ?s ?p ?o OPTIONAL { ?e ?p ?x } }",
    "SELECT ?o (COUNT(*) AS ?n) WHERE { ?e ?p ?o } GROUP BY ?o",
    "SELECT DISTINCT ?p WHERE { ?e ?p ?o } ORDER BY ?p",
    "ASK { ?e ?p <http://x/c> }",
]


@pytest.mark.parametrize("text", WHERE_ONLY)
def test_the_store_binds_variables_used_only_in_the_where_clause_as_rdflib_does(tmp_path, text):
    graph = _graph()
    write_new_store(tmp_path, graph, [])
    bindings = {"e": URIRef("http://x/b")}
    expected = run_query(graph, text, bindings)
    with StoreGraph(find_store(tmp_path)) as store:
        found = run_query(store, text, bindings)
    assert found.columns == expected.columns
    assert sorted(found.rows) == sorted(expected.rows)


def test_pyoxigraph_binds_only_projected_variables_and_its_bound_does_not_see_them():
    """Pins what :func:`kg.sparql.project_bound` works around; if this fails, pyoxigraph changed and it can be simpler."""
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("1")))
    store.add(ox.Quad(ox.NamedNode("http://x/b"), ox.NamedNode("http://x/p"), ox.Literal("2")))
    e = {ox.Variable("e"): ox.NamedNode("http://x/a")}
    with pytest.raises(RuntimeError, match="projection"):
        store.query("SELECT ?o WHERE { ?e ?p ?o }", substitutions=e)
    assert [s["o"].value for s in store.query("SELECT ?e ?o WHERE { ?e ?p ?o }", substitutions=e)] == ["1"]
    assert len(list(store.query("SELECT ?e ?o WHERE { ?x ?p ?o FILTER(!BOUND(?e)) }", substitutions=e))) == 2


@pytest.mark.parametrize("bindings, error", [({"e }": Literal("x")}, "not a SPARQL variable name"),
                                             ({"e": Literal("x")}, "aggregate query without GROUP BY")])
def test_what_cannot_be_bound_on_the_store_is_refused_clearly(tmp_path, bindings, error):
    write_new_store(tmp_path, _graph(), [])
    with StoreGraph(find_store(tmp_path)) as store, pytest.raises(QueryError, match=re.escape(error)):
        run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?e }", bindings)


_SPARQL = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|WHERE|VALUES|FILTER|GRAPH|PREFIX)\b|\{\s*[?$<]")


def _formatted_sparql(path: Path) -> list[str]:
    """Lines where an f-string, ``.format`` or ``%`` builds text that looks like SPARQL."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr) and any(isinstance(v, ast.FormattedValue) for v in node.values):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            text = node.func.value.value
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant) \
                and isinstance(node.left.value, str):
            text = node.left.value
        else:
            continue
        if _SPARQL.search(text):
            found.append(f"{path.name}:{node.lineno}: {text[:60]!r}")
    return found


@pytest.mark.parametrize("module", ["store.py", "store_terms.py", "store_write.py", "incremental.py", "incremental_add.py",
                                    "incremental_remove.py", "incremental_shared.py", "graph_files.py", "query_results.py",
                                    "query_timeout.py", "named_queries.py", "ledger.py"])
def test_no_sparql_text_is_formatted_with_values(module):
    assert _formatted_sparql(KG_DIR / module) == []


def test_the_guard_finds_formatted_sparql(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('q = f"SELECT ?a WHERE {{ ?a kg:contentHash {h} }}"\nr = "DELETE DATA {{ {} }}".format(x)\n'
                   's = f"no query {here}"\n', encoding="utf-8")
    assert [line.split(":")[1] for line in _formatted_sparql(bad)] == ["1", "2"]
