"""``kg network`` and kg.analytics: projection, blocs, centrality, communities, paths, ego graphs."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest

from kg import analytics as A
from kg.cli import main

CSTO = "Collective Security Treaty Organization"


@pytest.fixture(scope="module")
def out(sample_build) -> str:
    return str(sample_build.out_dir)


@pytest.fixture(scope="module")
def network(sample_build) -> nx.MultiDiGraph:
    return A.project(sample_build.graph)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["network", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_projection_has_every_plain_relation_with_its_evidence(sample_build, network) -> None:
    kg_ns = "https://w3id.org/newskg/ontology#"
    plain = {(str(s), str(p)[len(kg_ns):], str(o)) for s, p, o in sample_build.graph
             if str(p).startswith(kg_ns) and str(p)[len(kg_ns):] in A.ALLIANCE_PREDICATES + A.HOSTILE_PREDICATES + ("visits", "leaderOf")}
    edges = {(s, p, o) for s, o, p, _ in A.edge_records(network)}
    assert plain and plain <= edges
    for s, o, p, readings in A.edge_records(network):
        assert readings, (s, p, o)  # every sample relation has evidence
        assert all(r.modality in ("asserted", "planned", "reported") and r.sentence for r in readings)
    assert {d["label"] for _, d in network.nodes(data=True)} >= {"Kazakhstan", "Russia", CSTO, "Vladimir Putin"}


def test_cli_path_tajikistan_to_csto(capsys, out) -> None:
    code, text, _ = run(capsys, "path", "Tajikistan", "CSTO", "--graph", out, "--format", "json")
    steps = json.loads(text)
    assert code == 0 and steps
    for number in {s["path"] for s in steps}:
        path = [s for s in steps if s["path"] == number]
        hops: dict[int, list[set[str]]] = {}
        for s in path:
            hops.setdefault(s["step"], []).append({s["subject"], s["object"]})
        ends = [set.union(*pairs) if all(p == pairs[0] for p in pairs) else None for pairs in hops.values()]
        assert None not in ends  # every relation of a step joins the same two entities
        assert "Tajikistan" in ends[0] and CSTO in ends[-1]
        assert all(a & b for a, b in zip(ends, ends[1:]))  # consecutive steps share an entity
    code, table, _ = run(capsys, "path", "Tajikistan", "CSTO", "--graph", out)
    assert "Shortest chains of relations from Tajikistan to Collective Security Treaty Organization" in table
    assert {s["predicate"] for s in steps} <= set(table.split())


def test_cli_ego_kazakhstan_table_and_html(capsys, out, tmp_path: Path) -> None:
    page = tmp_path / "ego.html"
    code, text, err = run(capsys, "ego", "Kazakhstan", "--graph", out, "--format", "csv", "--html", str(page))
    assert code == 0 and f"wrote {page}" in err
    rows = list(csv.DictReader(io.StringIO(text)))
    distance = {r["entity"]: int(r["distance"]) for r in rows}
    assert distance["Kazakhstan"] == 0 and distance["Russia"] == 1 and distance[CSTO] == 1
    armenia = next(r for r in rows if r["entity"] == "Armenia")
    assert armenia["distance"] == "2" and armenia["via"] == CSTO and "memberOf" in armenia["relations"]
    assert max(distance.values()) == 2
    html = page.read_text(encoding="utf-8")
    assert "newskg: around Kazakhstan" in html and '"name": "Armenia"' in html and '"name": "Kazakhstan"' in html
    code, text, _ = run(capsys, "ego", "Kazakhstan", "--graph", out, "--depth", "1", "--no-html")
    assert "Armenia" not in text and "Russia" in text


def test_cli_summary_blocs_centrality_communities(capsys, out, tmp_path: Path) -> None:
    page = tmp_path / "alliance.html"
    code, text, err = run(capsys, "--graph", out, "--format", "json", "--html", str(page))
    report = json.loads(text)
    assert code == 0 and set(report) == {"blocs", "centrality", "communities"} and page.is_file()
    bloc = next(b for b in report["blocs"] if "Kazakhstan" in b["members"])
    assert {"Russia", CSTO, "Armenia", "Tajikistan"} <= set(bloc["members"].split(", "))
    assert "Vladimir Putin" not in bloc["members"]  # persons are not in the alliance graph
    top = [r["entity"] for r in report["centrality"]]
    assert len(top) == 10 and {"Russia", "Kazakhstan"} <= set(top[:3])
    assert all(0 <= r["pagerank"] <= 1 and 0 <= r["betweenness"] <= 1 for r in report["centrality"])
    members = [m for c in report["communities"] for m in c["members"].split(", ")]
    assert len(members) == len(set(members))  # a partition
    _, again, _ = run(capsys, "--graph", out, "--format", "json", "--no-html")
    assert json.loads(again) == report  # seeded: the same communities every run


def test_cli_hostile_blocs(capsys, out) -> None:
    code, text, _ = run(capsys, "blocs", "--hostile", "--graph", out, "--format", "json", "--no-html")
    blocs = [set(b["members"].split(", ")) for b in json.loads(text)]
    assert any({"Russia", "Ukraine"} <= b for b in blocs) and any({"Armenia", "Azerbaijan"} <= b for b in blocs)


@pytest.mark.parametrize("args, message", [
    (["path", "Tajikistan"], "needs two entities"),
    (["ego"], "needs one entity"),
    (["ego", "Atlantis"], "no entity is called"),
    (["ego", "Moscow"], "takes part in no relation"),
    (["centrality", "Russia"], "takes no entity"),
    (["ego", "Kazakhstan", "--depth", "0"], "at least 1"),
])
def test_cli_errors_exit_2(capsys, out, args: list[str], message: str) -> None:
    code, _, err = run(capsys, *args, "--graph", out, "--no-html")
    assert code == 2 and message in err


def tiny() -> nx.MultiDiGraph:
    """A - B allies, B member of O, C attacks A, D alone with E; labels = ids."""
    graph = nx.MultiDiGraph()
    for node, cls in [("A", "Country"), ("B", "Country"), ("C", "Country"), ("O", "InternationalOrganization"),
                      ("P", "Person"), ("D", "Country"), ("E", "Country")]:
        graph.add_node(node, label=node, cls=cls, qid="")
    for s, p, o in [("A", "allyOf", "B"), ("B", "memberOf", "O"), ("C", "attacks", "A"), ("P", "leaderOf", "A"),
                    ("D", "partnerOf", "E")]:
        graph.add_edge(s, o, key=p, predicate=p, symmetric=p in ("allyOf", "partnerOf"), evidence=())
    return graph


@pytest.mark.parametrize("hostile, expected", [
    (False, [["A", "B", "O"], ["D", "E"]]),
    (True, [["A", "C"]]),
])
def test_blocs_of_a_tiny_graph(hostile: bool, expected: list[list[str]]) -> None:
    assert A.blocs(A.alliance_graph(tiny(), hostile)) == expected


@pytest.mark.parametrize("source, target, expected", [
    ("C", "O", [[("C", "attacks", "A")], [("A", "allyOf", "B")], [("B", "memberOf", "O")]]),
    ("O", "P", [[("B", "memberOf", "O")], [("A", "allyOf", "B")], [("P", "leaderOf", "A")]]),
    ("A", "D", None),
])
def test_shortest_paths_carry_predicates(source: str, target: str, expected) -> None:
    paths = A.shortest_paths(tiny(), source, target)
    if expected is None:
        assert paths == []
    else:
        assert [list(hop.relations) for hop in paths[0]] == expected


def test_ego_and_centrality_of_a_tiny_graph() -> None:
    graph = tiny()
    assert set(A.ego(graph, "A", 1)) == {"A", "B", "C", "P"}
    assert {r["label"]: r["distance"] for r in A.ego_table(graph, "A", 2)}["O"] == 2
    rank = A.pagerank(graph)
    assert abs(sum(rank.values()) - 1) < 1e-9 and rank["A"] > rank["C"]  # A is pointed at, C only points
    rows = A.centrality(graph)
    assert [r["pagerank"] for r in rows] == sorted((r["pagerank"] for r in rows), reverse=True)
    assert {r["label"]: r["degree"] for r in rows}["A"] == 3
    assert A.communities(graph, seed=1) == A.communities(graph, seed=1)


def test_empty_graph_gives_empty_results() -> None:
    empty = nx.MultiDiGraph()
    assert A.centrality(empty) == [] and A.communities(empty) == [] and A.blocs(empty) == [] and A.pagerank(empty) == {}
