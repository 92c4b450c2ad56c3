"""``kg query`` is safe: read-only unless told, no remote calls unless told, a timeout, a row limit."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.errors import QueryError
from kg.graph_files import load_graph
from kg.sparql import run_query

UPDATES = [
    "INSERT DATA { kg:a kg:b kg:c }",
    "DELETE DATA { kg:a kg:b kg:c }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s kg:x ?o } WHERE { ?s ?p ?o }",
    "WITH <http://x/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/evil.ttl>",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "DROP ALL",
    "DROP SILENT GRAPH <http://x/>",
    "CREATE GRAPH <http://x/>",
    "ADD DEFAULT TO <http://x/>",
    "MOVE DEFAULT TO <http://x/>",
    "COPY DEFAULT TO <http://x/>",
    "drop all",
    "# SELECT * WHERE { ?s ?p ?o }\nPREFIX x: <http://x/>\nBASE <http://y/>\nINSERT DATA { x:a x:b x:c }",
    "INSERT DATA { kg:a kg:b 'SELECT' } ; DROP ALL",
]


@pytest.fixture
def out(tmp_path, sample_build) -> Path:
    """A private copy of the sample build (queries that would change it must not touch the shared one)."""
    copy = tmp_path / "out"
    shutil.copytree(sample_build.out_dir, copy)
    return copy


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_and_change_nothing(out, capsys, update):
    before = (out / "graph.ttl").read_bytes()
    assert main(["query", "--graph", str(out), update]) == 2
    err = capsys.readouterr().err
    assert "SPARQL Update" in err and "read-only" in err and "--allow-update" in err
    assert (out / "graph.ttl").read_bytes() == before


def test_allowed_update_changes_the_graph_file(out, capsys):
    assert main(["query", "--graph", str(out), "--allow-update", "INSERT DATA { ent:Atlantis a kg:Country ; rdfs:label 'Atlantis' }"]) == 0
    assert "INSERT DATA" in capsys.readouterr().out
    rows = run_query(load_graph(out), "SELECT ?c WHERE { ?c rdfs:label 'Atlantis' }").rows
    assert len(rows) == 1


def test_load_needs_allow_service_even_with_allow_update(out, capsys):
    assert main(["query", "--graph", str(out), "--allow-update", "LOAD <http://example.org/x.ttl>"]) == 2
    assert "--allow-service" in capsys.readouterr().err


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } } LIMIT 1",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://x/sparql> { ?s ?q ?r } } } LIMIT 1",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://x/sparql> { ?s ?p ?o } } } LIMIT 1",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } } } }",
    "ASK { SERVICE <http://x/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.org/other.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_remote_access_is_refused(out, capsys, text):
    assert main(["query", "--graph", str(out), text]) == 2
    assert "--allow-service" in capsys.readouterr().err


def test_allow_service_lets_from_through(tmp_path):
    other = tmp_path / "other.ttl"
    other.write_text("<http://x/a> <http://x/b> 'from the other file' .\n", encoding="utf-8")
    text = f"SELECT ?o FROM <{other.as_uri()}> WHERE {{ ?s ?p ?o }}"
    with pytest.raises(QueryError, match="allow-service"):
        run_query(Graph(), text)
    assert run_query(Graph(), text, allow_service=True).columns == ["o"]  # rdflib reads the local file; nothing refused


@pytest.mark.parametrize("text", [
    'SELECT ?s WHERE { ?s rdfs:label "INSERT DATA { } ; DROP ALL" }',
    "# DROP ALL\nSELECT ?s WHERE { ?s rdfs:label ?l }  # DELETE WHERE",
    "SELECT ?service WHERE { ?service rdfs:label 'SERVICE <http://x/>' }",
    "PREFIX load: <http://example.org/load#>\nSELECT ?drop WHERE { ?drop load:clear ?insert }",
])
def test_keywords_inside_strings_comments_and_names_are_not_refused(sample_build, text):
    assert run_query(sample_build.graph, text).columns


def test_a_query_that_does_not_parse_says_so(out, capsys):
    assert main(["query", "--graph", str(out), "SELECT ?x WHERE { ?x ?y } ; DROP ALL"]) == 2
    assert "does not parse" in capsys.readouterr().err


def test_a_slow_query_is_stopped_at_the_timeout(out, capsys):
    started, threads = time.monotonic(), threading.active_count()
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    assert main(["query", "--graph", str(out), "--timeout", "0.5", slow]) == 2
    assert "longer than 0.5 s" in capsys.readouterr().err
    assert time.monotonic() - started < 10
    time.sleep(0.2)
    assert threading.active_count() == threads  # the worker was stopped, not left running


def test_the_default_timeout_is_30_seconds():
    from kg.cli import parser

    assert parser().parse_args(["query", "SELECT * {}"]).timeout == 30.0


@pytest.mark.parametrize(("fmt", "limit", "shown"), [("table", "2", 2), ("csv", "2", 2), ("json", "2", 2), ("csv", None, None)])
def test_the_row_limit_says_how_many_rows_were_left_out(out, capsys, fmt, limit, shown):
    text = "SELECT ?e ?l WHERE { ?e rdfs:label ?l }"
    total = len(run_query(load_graph(out), text).rows)
    assert total > 5
    assert main(["query", "--graph", str(out), "--format", fmt, text] + (["--limit", limit] if limit else [])) == 0
    captured = capsys.readouterr()
    if shown is None:  # csv and json print every row unless --limit is given
        assert len(captured.out.strip().splitlines()) == total + 1 and captured.err == ""
        return
    said = f"{total - shown} not shown" if fmt == "table" else f"{total - shown} of {total} rows not shown"
    assert said in (captured.out if fmt == "table" else captured.err)
    if fmt == "csv":
        assert len(captured.out.strip().splitlines()) == shown + 1


INJECTIONS = ['x" } ; DROP ALL ; #', "x' } DELETE WHERE { ?s ?p ?o } #", 'Vladimir Putin" . ?s ?p ?o . #', "Russia> } #"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_bound_values_are_terms_never_query_text(sample_build, value):
    size = len(sample_build.graph)
    result = run_query(sample_build.graph, "SELECT ?e WHERE { ?e rdfs:label ?name }", {"name": value})
    assert result.rows == [] and len(sample_build.graph) == size


@pytest.mark.parametrize("value", INJECTIONS)
def test_named_query_parameters_are_looked_up_as_names(out, capsys, value):
    before = (out / "graph.ttl").read_bytes()
    assert main(["query", "--graph", str(out), "--name", "facts-about", "--param", f"entity={value}"]) == 2
    assert f"no entity is called {value!r}" in capsys.readouterr().err
    assert (out / "graph.ttl").read_bytes() == before
