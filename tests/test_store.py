"""The Oxigraph store: what kg build writes, kg add and kg remove change, and kg query reads."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.builder import build
from kg.cli import main
from kg.errors import QueryError
from kg.graph_files import load_graph, open_graph
from kg.incremental import add, remove
from kg.named_queries import named_queries, run_named_query
from kg.ontology import KG_URI
from kg.sparql import project_bound, run_query
from kg.store import StoreError, StoreGraph, find_store

SOURCE_FILE = URIRef(KG_URI + "sourceFile")
SAMPLES = sorted((Path(__file__).resolve().parents[1] / "kg" / "samples").glob("*.txt"))


def _graph(folder: Path) -> Graph:
    """graph.ttl of a build, without the file paths (which differ between two ways of building)."""
    graph = Graph().parse(folder / "graph.ttl", format="turtle")
    graph.remove((None, SOURCE_FILE, None))
    return graph


def _ledger(folder: Path) -> set[tuple]:
    with StoreGraph(find_store(folder)) as store:
        return set(store.ledger_select("SELECT ?s ?p ?o WHERE { GRAPH kgs:ledger { ?s ?p ?o } }"))


def _split(tmp_path: Path, first: int) -> tuple[Path, Path]:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    for n, sample in enumerate(SAMPLES):
        shutil.copy(sample, (a if n < first else b) / sample.name)
    return a, b


@pytest.fixture
def store_copy(tmp_path, sample_build) -> Path:
    copy = tmp_path / "out"
    shutil.copytree(sample_build.out_dir, copy)
    return copy


def test_the_build_s_store_holds_exactly_graph_ttl(sample_build):
    with StoreGraph(find_store(sample_build.out_dir)) as store:
        assert isomorphic(Graph().parse(sample_build.files["graph"], format="turtle"), _into_graph(store.triples()))
        assert len(store) == len(sample_build.graph)


def test_a_build_without_store_takes_the_old_store_away(tmp_path, reuse_pipeline):
    """``kg build --no-store`` over an earlier build: queries must read the new graph.ttl, not the old store."""
    out = tmp_path / "out"
    build(SAMPLES[:2], out, html=False, log=lambda m: None)
    assert find_store(out) is not None
    result = build(SAMPLES[:1], out, html=False, store=False, log=lambda m: None)
    assert find_store(out) is None
    assert not list(out.glob(".store-*"))
    graph = open_graph(out)  # no store: graph.ttl, as an rdflib graph
    assert isinstance(graph, Graph) and isomorphic(graph, result.graph)


def test_a_store_folder_made_by_someone_else_is_kept_aside(tmp_path, reuse_pipeline):
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    (out / "store" / "theirs.txt").write_text("keep me", encoding="utf-8")
    messages: list[str] = []
    build([SAMPLES[0]], out, html=False, store=False, log=messages.append)
    kept = list(out.glob("store.stale-*"))
    assert [p.joinpath("theirs.txt").read_text(encoding="utf-8") for p in kept] == ["keep me"]
    assert any("did not come from this build" in m for m in messages)


def _into_graph(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def _rows(result) -> list[tuple]:
    """Rows to compare: GROUP_CONCAT lists in a fixed order (SPARQL leaves their order to the engine)."""
    def cell(value):
        return (type(value).__name__, tuple(sorted(str(value).replace(" | ", ", ").split(", "))), getattr(value, "datatype", None))

    return sorted(tuple(cell(v) for v in row) for row in result.rows)


@pytest.mark.parametrize("query", [q.name for q in named_queries()])
def test_every_named_query_answers_the_same_from_the_store_and_from_rdflib(sample_build, query):
    example = next(q for q in named_queries() if q.name == query).example
    params = dict(part.split("=", 1) for part in example.split() if "=" in part and not part.startswith("-"))
    rdflib_rows = run_named_query(load_graph(sample_build.files["graph"]), query, params)
    with open_graph(sample_build.out_dir) as store:
        store_rows = run_named_query(store, query, params)
    assert store_rows.columns == rdflib_rows.columns
    assert _rows(store_rows) == _rows(rdflib_rows)
    assert store_rows.rows, f"the example of {query} finds nothing in the sample"


@pytest.mark.parametrize("text, refused", [
    ("DROP ALL", "SPARQL Update"),
    ("INSERT DATA { kg:a kg:b kg:c }", "SPARQL Update"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://127.0.0.1:9/g.ttl> WHERE { ?s ?p ?o }", "FROM"),
])
def test_the_store_is_read_only_and_never_calls_out(sample_build, text, refused):
    with open_graph(sample_build.out_dir) as store, pytest.raises(QueryError, match=refused):
        run_query(store, text)


def test_an_allowed_update_changes_the_store_and_graph_ttl(store_copy, capsys):
    assert main(["query", "--graph", str(store_copy), "--allow-update", "INSERT DATA { ent:Atlantis a kg:Country ; rdfs:label 'Atlantis' }"]) == 0
    assert "INSERT DATA" in capsys.readouterr().out
    for graph in (load_graph(store_copy / "graph.ttl"), open_graph(store_copy)):
        assert len(run_query(graph, "SELECT ?c WHERE { ?c rdfs:label 'Atlantis' }").rows) == 1


@pytest.mark.parametrize("names, text, expected, added", [
    (["e"], "SELECT ?o WHERE { ?e ?p ?o }", "SELECT ?e ?o WHERE { ?e ?p ?o }", ["e"]),
    (["e"], "SELECT DISTINCT ?o WHERE { ?e ?p '{ ?x }' # SELECT ?y {\n}", "SELECT DISTINCT ?e ?o WHERE { ?e ?p '{ ?x }' # SELECT ?y {\n}", ["e"]),
    (["e"], "SELECT ?o (COUNT(*) AS ?n) WHERE { ?e ?p ?o } GROUP BY ?o", "SELECT ?e ?o (COUNT(*) AS ?n) WHERE { ?e ?p ?o } GROUP BY ?e ?o", ["e"]),
    (["e"], "SELECT ?o WHERE { ?s ?p ?o FILTER(!BOUND(?e) || ?e = ?s) }", "SELECT ?e ?o WHERE { ?s ?p ?o FILTER(!true || ?e = ?s) }", ["e"]),
    (["e"], "SELECT * WHERE { ?e ?p ?o }", "SELECT * WHERE { ?e ?p ?o }", []),
    (["e"], "SELECT ?e ?o WHERE { ?e ?p ?o }", "SELECT ?e ?o WHERE { ?e ?p ?o }", []),
    (["e"], "ASK { ?e ?p ?o }", "ASK { ?e ?p ?o }", []),
    ([], "SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p ?o }", []),
])
def test_bound_variables_are_projected_for_oxigraph_and_no_value_enters_the_text(names, text, expected, added):
    assert project_bound(text, names) == (expected, added)


@pytest.mark.parametrize("first", [1, 2])
def test_adding_articles_gives_the_graph_of_a_build_of_all_of_them(tmp_path, reuse_pipeline, first):
    a, b = _split(tmp_path, first)
    build([a], tmp_path / "inc", html=False, log=lambda m: None)
    result = add([b], tmp_path / "inc", html=False, log=lambda m: None)
    build([a, b], tmp_path / "full", html=False, log=lambda m: None)
    assert len(result.added) == len(SAMPLES) - first and not result.already_stored
    assert isomorphic(_graph(tmp_path / "inc"), _graph(tmp_path / "full"))
    assert _ledger(tmp_path / "inc") == _ledger(tmp_path / "full")
    again = add([a, b], tmp_path / "inc", html=False, log=lambda m: None)
    assert not again.added and len(again.already_stored) == len(SAMPLES)
    assert isomorphic(_graph(tmp_path / "inc"), _graph(tmp_path / "full"))


def test_removing_an_added_article_gives_back_the_graph_before(tmp_path, reuse_pipeline):
    a, b = _split(tmp_path, 2)
    build([a], tmp_path / "before", html=False, log=lambda m: None)
    build([a], tmp_path / "out", html=False, log=lambda m: None)
    added = add([b], tmp_path / "out", html=False, log=lambda m: None).added
    result = remove([added[0].id[:16]], tmp_path / "out", html=False)
    assert result.removed == [f"https://w3id.org/newskg/article/{added[0].id[:16]}"]
    assert isomorphic(_graph(tmp_path / "out"), _graph(tmp_path / "before"))
    assert _ledger(tmp_path / "out") == _ledger(tmp_path / "before")
    assert result.report["articles"]["read"] == 2 and result.report["change"]["command"] == "remove"


VISIT = "Visit {n}\n\n{n} May 2023\n\nPresident Emmanuel Macron visited Kazakhstan on Monday. {extra}\n"


def test_a_triple_other_articles_support_stays_and_an_entity_no_article_names_goes(tmp_path, reuse_pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(VISIT.format(n=1, extra="Olaf Scholz met Fumio Kishida in Berlin."), encoding="utf-8")
    (folder / "two.txt").write_text(VISIT.format(n=2, extra="It was his second trip."), encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out, html=False, log=lambda m: None)
    ask_visit = "ASK { ?m rdfs:label 'Emmanuel Macron' . ?k rdfs:label 'Kazakhstan' . ?m kg:visits ?k }"
    ask_scholz = "ASK { ?s rdfs:label 'Olaf Scholz' }"
    with open_graph(out) as store:
        assert run_query(store, ask_visit).rows[0][0].toPython() and run_query(store, ask_scholz).rows[0][0].toPython()
    assert main(["remove", "one", "--graph", str(out), "--no-html", "-q"]) == 0  # by name
    with open_graph(out) as store:
        assert run_query(store, ask_visit).rows[0][0].toPython()  # two.txt still says it
        assert not run_query(store, ask_scholz).rows[0][0].toPython()  # only one.txt named him
        assert not run_query(store, "ASK { ?ev kg:article ?a . FILTER NOT EXISTS { ?a a kg:Article } }").rows[0][0].toPython()
    assert main(["remove", "two", "--graph", str(out), "--no-html", "-q"]) == 0
    with open_graph(out) as store:
        assert len(store) == 0
    assert Graph().parse(out / "graph.ttl", format="turtle").__len__() == 0


@pytest.mark.parametrize("ident, message", [("nosuch", "no such article"), ("0123456789abcdef", "no such article")])
def test_removing_an_unknown_article_is_refused(store_copy, capsys, ident, message):
    before = (store_copy / "graph.ttl").read_bytes()
    assert main(["remove", ident, "--graph", str(store_copy)]) == 2
    assert message in capsys.readouterr().err
    assert (store_copy / "graph.ttl").read_bytes() == before


def test_kg_add_to_a_new_folder_makes_a_store_and_reports(tmp_path, reuse_pipeline, capsys):
    assert main(["add", str(SAMPLES[0]), "--graph", str(tmp_path / "new"), "--no-html", "--jobs", "1"]) == 0
    assert "1 article(s) added, 0 already in the store" in capsys.readouterr().out
    assert (tmp_path / "new" / "store" / "CURRENT").is_file() and (tmp_path / "new" / "report.json").is_file()


def test_a_store_is_written_by_one_process_at_a_time(store_copy):
    with StoreGraph(find_store(store_copy), writable=True):
        with pytest.raises(StoreError, match="in use"):
            StoreGraph(find_store(store_copy), writable=True)


def _articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    people = ["Vladimir Putin", "Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Xi Jinping"]
    places = ["Kazakhstan", "France", "Poland", "Japan", "China", "Germany", "India"]
    for n in range(count):
        (folder / f"k{n:03d}.txt").write_text(
            f"Story {n}\n\n{n % 28 + 1} March 2023\n\nPresident {people[n % 5]} visited {places[n % 7]} on Monday. "
            f"{places[(n + 2) % 7]} is a member of NATO, officials said. {people[(n + 1) % 5]} met {people[(n + 3) % 5]} "
            f"in {places[(n + 4) % 7]}, story {n} said.\n", encoding="utf-8")
    return folder


def _state(out: Path) -> bytes:
    with StoreGraph(find_store(out)) as store:
        return b"\n".join(sorted(store_dump(store).splitlines()))


def store_dump(store: StoreGraph) -> bytes:
    import io

    buffer = io.BytesIO()
    store.dump(buffer, "nq", with_ledger=True)  # the whole store: graph and bookkeeping
    return buffer.getvalue()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_killed_kg_add_leaves_the_store_as_before_or_after(tmp_path, reuse_pipeline):
    out = tmp_path / "out"
    build([_articles(tmp_path / "old", 3)], out, html=False, log=lambda m: None)
    new = _articles(tmp_path / "new", 40)
    shutil.copytree(out, tmp_path / "ref", symlinks=True)
    before = _state(out)
    command = [sys.executable, "-m", "kg", "add", str(new), "--graph", None, "-q", "--no-html", "--jobs", "1"]
    started = time.monotonic()
    assert subprocess.run([c if c else str(tmp_path / "ref") for c in command], timeout=300).returncode == 0
    seconds = time.monotonic() - started
    after = _state(tmp_path / "ref")
    assert after != before
    outcomes = []
    for fraction in (0.5, 0.75, 0.85, 0.92, 0.97, 1.02):
        process = subprocess.Popen([c if c else str(out) for c in command], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            process.wait(timeout=seconds * fraction)
            outcomes.append("finished")
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            outcomes.append("killed")
        assert _state(out) in (before, after), f"killed at {fraction:.0%} of a run: the store is neither before nor after"
        if _state(out) == after:
            break
    assert "killed" in outcomes, outcomes


def test_store_only_changes_leave_the_files_and_the_commands_read_the_store(tmp_path, reuse_pipeline, capsys):
    a, b = _split(tmp_path, 2)
    out = tmp_path / "out"
    build([a], out, log=lambda m: None)
    graph_before, html_before = (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()
    assert main(["add", str(b), "--graph", str(out), "--store-only", "-q"]) == 0
    assert (out / "graph.ttl").read_bytes() == graph_before and (out / "graph.html").read_bytes() == html_before
    report = (out / "report.json").read_text(encoding="utf-8")
    assert '"read": 3' in report and "older than the store" in report
    assert main(["query", "--graph", str(out), "--format", "csv", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }"]) == 0
    assert capsys.readouterr().out.split() == ["n", "3"]
