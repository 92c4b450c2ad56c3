"""kg export: RDF that parses back to the graph, GraphML/GEXF for Gephi, CSV for Neo4j's importer."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.analytics import project
from kg.cli import main
from kg.export import export
from kg.graph_files import load_graph

# rdflib's own N-Quads parser uses an API rdflib deprecates; not ours to fix
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context is deprecated:DeprecationWarning")

RDFLIB = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def turtle_graph(sample_build) -> Graph:
    return load_graph(sample_build.files["graph"])


@pytest.mark.parametrize("source", ["store", "graph file"])
@pytest.mark.parametrize("fmt", sorted(RDFLIB))
def test_rdf_exports_parse_back_to_the_graph(sample_build, turtle_graph, tmp_path, fmt, source):
    where = sample_build.out_dir if source == "store" else sample_build.files["graph"]
    [file] = export(where, fmt, tmp_path / f"g.{fmt}")
    parsed = Dataset(default_union=True) if fmt in ("nq", "trig") else Graph()
    parsed.parse(file, format=RDFLIB[fmt])
    back = Graph()
    for triple in parsed.triples((None, None, None)):
        back.add(triple)
    assert isomorphic(back, turtle_graph)


def test_the_whole_store_with_its_bookkeeping_is_an_nquads_export(sample_build, turtle_graph):
    buffer = io.BytesIO()
    export(sample_build.out_dir, "nq", with_ledger=True, stream=buffer)
    dataset = Dataset()
    dataset.parse(data=buffer.getvalue().decode("utf-8"), format="nquads")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://w3id.org/newskg/store#ledger" in names
    assert sum(1 for _ in dataset.quads((None, None, None, None))) > len(turtle_graph)


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_hold_every_entity_and_relation_of_the_projection(sample_build, turtle_graph, tmp_path, fmt, read):
    [file] = export(sample_build.out_dir, fmt, tmp_path / f"g.{fmt}")
    network, expected = read(file), project(turtle_graph)
    assert network.number_of_nodes() == expected.number_of_nodes() > 10
    assert network.number_of_edges() == expected.number_of_edges()
    labels = {d.get("label") for _, d in network.nodes(data=True)}
    assert {"Vladimir Putin", "Kazakhstan"} <= labels
    predicates = {d.get("predicate") for *_, d in network.edges(data=True)}
    assert "visits" in predicates


def test_csv_export_is_what_neo4j_admin_import_reads(sample_build, turtle_graph, tmp_path, capsys):
    assert main(["export", "--graph", str(sample_build.out_dir), "--format", "csv", "--out", str(tmp_path / "neo4j")]) == 0
    with open(tmp_path / "neo4j" / "nodes.csv", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(tmp_path / "neo4j" / "relationships.csv", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    expected = project(turtle_graph)
    assert list(nodes[0]) == ["id:ID", "name", "wikidata", ":LABEL"]
    assert list(edges[0])[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert len(nodes) == expected.number_of_nodes() and len(edges) == expected.number_of_edges()
    ids = {n["id:ID"] for n in nodes}
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids and int(e["readings:int"]) >= 0 for e in edges)
    assert all(n[":LABEL"].startswith("Entity;") for n in nodes)


def test_a_construct_result_is_exported(sample_build, capsysbinary):
    assert main(["export", "--graph", str(sample_build.out_dir), "-f", "nt",
                 "--construct", "CONSTRUCT { ?p kg:leaderOf ?c } WHERE { ?p kg:leaderOf ?c }"]) == 0
    graph = Graph().parse(data=capsysbinary.readouterr().out.decode("utf-8"), format="nt")
    assert len(graph) >= 3 and {str(p) for p in graph.predicates()} == {"https://w3id.org/newskg/ontology#leaderOf"}


@pytest.mark.parametrize("argv, message", [
    (["-f", "csv"], "--out"),
    (["-f", "graphml", "--construct", "CONSTRUCT WHERE { ?s ?p ?o }"], "CONSTRUCT"),
    (["-f", "ttl", "--construct", "SELECT * WHERE { ?s ?p ?o }"], "not a CONSTRUCT"),
    (["-f", "ttl", "--with-ledger"], "nq or trig"),
])
def test_exports_that_cannot_be_made_say_why(sample_build, capsys, argv, message):
    assert main(["export", "--graph", str(sample_build.out_dir), *argv]) == 2
    assert message in capsys.readouterr().err
