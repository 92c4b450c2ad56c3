"""The Python API: kg.build / kg.load -> KnowledgeGraph, queries as DataFrames, networkx, HTML."""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import URIRef

import kg
from kg.api import KnowledgeGraph, Rows

CSTO = "Collective Security Treaty Organization"


@pytest.fixture(scope="module")
def graph(sample_build) -> KnowledgeGraph:
    return kg.load(sample_build.out_dir)


def test_build_returns_a_knowledge_graph_and_stays_callable(tmp_path: Path) -> None:
    # A fresh interpreter: the functions kg.build and kg.query stay callable after the stage
    # modules (kg.builder, kg.sparql) are imported.
    code = f"""
import kg
first = kg.build(out_dir={str(tmp_path / 'a')!r}, log=lambda m: None)
second = kg.build(out_dir={str(tmp_path / 'b')!r}, log=lambda m: None)
import kg.builder, kg.sparql
from kg.sparql import run_query
assert type(first).__name__ == type(second).__name__ == "KnowledgeGraph", type(first)
assert callable(kg.build) and callable(kg.query) and callable(kg.sparql.run_query)
rows = kg.query(second, "members-of", entity="CSTO")
print(sorted(r["member"] for r in rows), sorted(second.files))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "'Armenia', 'Kazakhstan'" in done.stdout and "'graph', 'html', 'report'" in done.stdout


def test_load_and_query_as_dataframe(graph: KnowledgeGraph, sample_build) -> None:
    assert graph.source == sample_build.out_dir / "graph.ttl" and len(graph) == len(sample_build.graph)
    frame = graph.query("members-of", entity="CSTO").to_dataframe()
    assert list(frame.columns) == ["member", "organisation", "modalities", "readings", "articles", "latest"]
    assert {"Kazakhstan", "Armenia"} <= set(frame["member"])
    kazakhstan = URIRef(graph.entity("Kazakhstan"))
    sparql = graph.query("SELECT ?org WHERE { ?c kg:memberOf ?o . ?o rdfs:label ?org }", c=kazakhstan)
    assert {"org": CSTO} in sparql
    by_literal = graph.query("SELECT ?c WHERE { ?c rdfs:label ?name }", name="Kazakhstan")
    assert by_literal == [{"c": str(kazakhstan)}]
    empty = graph.query("SELECT ?a ?b WHERE { ?a kg:acquires ?b }")
    assert isinstance(empty, Rows) and list(empty.to_dataframe().columns) == ["a", "b"] and len(empty) == 0


def test_pandas_accepts_rows_directly(graph: KnowledgeGraph) -> None:
    import pandas

    frame = pandas.DataFrame(graph.query("leaders"))
    assert ("Vladimir Putin", "Russia") in set(zip(frame["person"], frame["leads"]))


def test_networkx_analytics(graph: KnowledgeGraph) -> None:
    network = graph.to_networkx()
    assert network is graph.to_networkx()  # projected once
    assert graph.entity("CSTO") in network
    assert any({"Kazakhstan", "Russia", CSTO} <= set(bloc) for bloc in graph.blocs())
    assert graph.communities() == graph.communities()
    assert {r["label"] for r in graph.centrality(top=3)} >= {"Russia", "Kazakhstan"}
    path = graph.paths("Tajikistan", "CSTO")[0]
    assert "Tajikistan" in path[0][::2] and CSTO in path[-1][::2]
    near = {r["label"]: r["distance"] for r in graph.ego("Kazakhstan", depth=1)}
    assert near["Kazakhstan"] == 0 and near["Russia"] == 1 and "Armenia" not in near


@pytest.mark.parametrize("view, entity, must_have, must_not", [
    ("graph", None, "Vladimir Putin", None),
    ("alliance", None, CSTO, "Vladimir Putin"),
    ("hostile", None, "Ukraine", CSTO),
    ("ego", "Armenia", "Azerbaijan", "Uzbekistan"),
])
def test_html_views(graph: KnowledgeGraph, tmp_path: Path, view: str, entity: str | None, must_have: str,
                    must_not: str | None) -> None:
    page = graph.html(tmp_path / f"{view}.html", view, entity=entity, depth=1).read_text(encoding="utf-8")
    assert f'"name": "{must_have}"' in page
    if must_not:
        assert f'"name": "{must_not}"' not in page


def test_show_is_a_sandboxed_iframe(graph: KnowledgeGraph) -> None:
    shown = graph.show("alliance", height=400)._repr_html_()
    assert shown.startswith('<iframe sandbox="allow-scripts"') and "height:400px" in shown
    page = html.unescape(shown.split('srcdoc="', 1)[1].rsplit('"', 1)[0])
    assert page.startswith("<!DOCTYPE html>") and f'"name": "{CSTO}"' in page
