"""kg build streams: the records wait on disk, not in memory, and a graph too large for rdflib goes straight to the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.builder import build
from kg.ontology import kg_ns

STORIES = ["President Vladimir Putin visited Kazakhstan on Monday. Kazakhstan is a member of the CSTO.",
           "Emmanuel Macron met Olaf Scholz in Berlin. France and Germany signed a trade agreement.",
           "Joe Biden visited Poland on Tuesday, officials said."]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(9):
        (folder / f"s{n}.txt").write_text(f"Story {n}\n\n{STORIES[n % 3]} Story {n}.\n", encoding="utf-8")
    (folder / "again.txt").write_text((folder / "s4.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture
def both(tmp_path, reuse_pipeline) -> tuple:
    """The same articles built in memory (rdflib) and streamed into the store (a limit of 0 triples)."""
    folder = _folder(tmp_path)
    memory = build([folder], tmp_path / "memory", html=False, log=lambda m: None)
    streamed = build([folder], tmp_path / "streamed", html=False, rdflib_limit=0, log=lambda m: None)
    return memory, streamed


def test_a_graph_streamed_into_the_store_is_the_graph_built_in_memory(both):
    memory, streamed = both
    assert streamed.graph.is_store and not getattr(memory.graph, "is_store", False)
    on_disk = [Graph().parse(result.files["graph"], format="turtle") for result in both]
    assert isomorphic(*on_disk) and len(on_disk[0]) == len(memory.graph)
    reports = [json.loads(result.files["report"].read_text(encoding="utf-8")) for result in both]
    for report in reports:
        report.pop("validation")
    assert reports[0] == reports[1]


@pytest.mark.parametrize("which", [0, 1])
def test_the_build_keeps_no_text_and_leaves_no_temporary_file(both, which):
    result = both[which]
    assert len(result.articles) == 9 and all(a.text == "" for a in result.articles)
    assert all(not ex.relations and not ex.mentions for ex in result.extractions)
    assert any(ex.entities for ex in result.extractions)
    assert not list(result.out_dir.glob(".extractions.*"))


@pytest.mark.parametrize("which", [0, 1])
def test_a_duplicate_read_after_its_first_copy_still_adds_its_path(both, which):
    graph = Graph().parse(both[which].files["graph"], format="turtle")
    paths = sorted(str(o) for o in graph.objects(None, kg_ns().sourceFile) if str(o).endswith(("s4.txt", "again.txt")))
    assert [Path(p).name for p in paths] == ["again.txt", "s4.txt"]
    assert len(set(graph.subjects(kg_ns().sourceFile, Literal(paths[0])))) == 1
    assert both[which].report["articles"]["duplicates_merged"] == 1


@pytest.mark.parametrize("which", [0, 1])
def test_a_duplicate_keeps_its_identifier_on_the_one_article(both, which):
    """A story filed twice under two ids is one article that either id finds (gold files may use either)."""
    graph = Graph().parse(both[which].files["graph"], format="turtle")
    (article,) = set(graph.subjects(DCTERMS.identifier, Literal("again")))
    assert set(map(str, graph.objects(article, DCTERMS.identifier))) == {"s4", "again"}
