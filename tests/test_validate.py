"""SHACL: the shapes follow the ontology, builds conform, and a broken graph fails with a readable message."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.cli import main
from kg.ontology import ENT, EVI, KG_URI, PREDICATES, kg_ns, ontology_graph
from kg.validate import shapes_graph, validate_graph

KGSH = "https://w3id.org/newskg/shapes#"
KG = kg_ns()


@pytest.mark.parametrize("predicate", PREDICATES)
def test_each_relation_shape_follows_the_domain_and_range_of_the_ontology(predicate):
    shapes, ontology = shapes_graph(), ontology_graph()
    shape, prop = URIRef(KGSH + predicate), URIRef(KG_URI + predicate)
    assert (shape, SH.targetSubjectsOf, prop) in shapes
    assert shapes.value(shape, SH["class"]) == ontology.value(prop, RDFS.domain)
    value_shape = shapes.value(shape, SH.property)
    assert shapes.value(value_shape, SH.path) == prop
    assert shapes.value(value_shape, SH["class"]) == ontology.value(prop, RDFS.range)


def test_the_sample_build_conforms_and_says_so_in_its_report(sample_build, capsys):
    assert sample_build.report["validation"] == {"conforms": True, "violations": 0, "shapes": "shapes.ttl", "first": []}
    assert json.loads(sample_build.files["report"].read_text(encoding="utf-8"))["validation"]["conforms"] is True
    assert main(["validate", str(sample_build.out_dir)]) == 0
    assert "conforms to shapes.ttl" in capsys.readouterr().out


def _evidence(graph: Graph, s: URIRef, p: URIRef, o: URIRef, modality: str = "asserted", sentence: bool = True) -> None:
    node = EVI[f"test-{abs(hash((s, p, o, modality))):x}"]
    article = next(graph.subjects(RDF.type, KG.Article))
    graph.add((node, RDF.type, KG.Evidence))
    for prop, value in ((RDF.subject, s), (RDF.predicate, p), (RDF.object, o), (KG.article, article), (KG.modality, KG[modality])):
        graph.add((node, prop, value))
    if sentence:
        graph.add((node, KG.sentence, Literal("A test sentence.")))


def _two_types(g: Graph) -> None:
    g.add((ENT.Vladimir_Putin, RDF.type, KG.Country))


def _second_label(g: Graph) -> None:
    g.add((ENT.Vladimir_Putin, RDFS.label, Literal("Putin")))


def _no_label(g: Graph) -> None:
    g.remove((ENT.Kazakhstan, RDFS.label, None))


def _not_an_ontology_class(g: Graph) -> None:
    g.remove((ENT.Kazakhstan, RDF.type, None))
    g.add((ENT.Kazakhstan, RDF.type, URIRef("http://schema.org/Country")))


def _same_as_property(g: Graph) -> None:
    g.add((ENT.Kazakhstan, OWL.sameAs, URIRef("http://www.wikidata.org/entity/P31")))


def _same_as_elsewhere(g: Graph) -> None:
    g.add((ENT.Kazakhstan, OWL.sameAs, URIRef("http://dbpedia.org/resource/Kazakhstan")))


def _wrong_domain(g: Graph) -> None:
    g.add((ENT.Vladimir_Putin, KG.capitalOf, ENT.Kazakhstan))
    _evidence(g, ENT.Vladimir_Putin, KG.capitalOf, ENT.Kazakhstan)


def _wrong_range(g: Graph) -> None:
    g.add((ENT.Vladimir_Putin, KG.memberOf, ENT.Kazakhstan))
    _evidence(g, ENT.Vladimir_Putin, KG.memberOf, ENT.Kazakhstan)


def _atlantis(g: Graph) -> URIRef:
    """A new country that no article relates to anything."""
    g.add((ENT.Atlantis, RDF.type, KG.Country))
    g.add((ENT.Atlantis, RDFS.label, Literal("Atlantis")))
    return ENT.Atlantis


def _no_evidence(g: Graph) -> None:
    g.add((ENT.Kazakhstan, KG.borders, _atlantis(g)))


def _only_negated_evidence(g: Graph) -> None:
    g.add((ENT.Kazakhstan, KG.borders, _atlantis(g)))
    _evidence(g, ENT.Kazakhstan, KG.borders, ENT.Atlantis, modality="negated")


def _evidence_without_sentence(g: Graph) -> None:
    g.add((ENT.Kazakhstan, KG.borders, _atlantis(g)))
    _evidence(g, ENT.Kazakhstan, KG.borders, ENT.Atlantis, sentence=False)


BREAKAGES = [
    (_two_types, "ent:Vladimir_Putin rdf:type: an entity has exactly one rdf:type"),
    (_second_label, "ent:Vladimir_Putin rdfs:label: an entity has exactly one non-empty rdfs:label"),
    (_no_label, "ent:Kazakhstan rdfs:label: an entity has exactly one non-empty rdfs:label"),
    (_not_an_ontology_class, "ent:Kazakhstan rdf:type http://schema.org/Country: an entity has exactly one rdf:type, a class"),
    (_same_as_property, "ent:Kazakhstan owl:sameAs wd:P31: owl:sameAs must be a Wikidata item IRI"),
    (_same_as_elsewhere, "owl:sameAs must be a Wikidata item IRI http://www.wikidata.org/entity/Q<digits>"),
    (_wrong_domain, "ent:Vladimir_Putin: the subject of kg:capitalOf must be a kg:City (rdfs:domain)"),
    (_wrong_range, "ent:Vladimir_Putin kg:memberOf ent:Kazakhstan: the object of kg:memberOf must be a kg:Organization (rdfs:range)"),
    (_no_evidence, "  ent:Kazakhstan kg:borders ent:Atlantis: this relation has no kg:Evidence"),
    (_only_negated_evidence, "  ent:Kazakhstan kg:borders ent:Atlantis: this relation has no kg:Evidence"),
    (_evidence_without_sentence, "evidence has exactly one kg:sentence"),
]


@pytest.mark.parametrize(("breakage", "message"), BREAKAGES, ids=lambda x: getattr(x, "__name__", "")[1:])
def test_a_broken_graph_fails_with_a_readable_message(sample_build, tmp_path, capsys, breakage, message):
    graph = Graph().parse(sample_build.files["graph"], format="turtle")
    assert (ENT.Vladimir_Putin, RDF.type, KG.Person) in graph and (ENT.Kazakhstan, RDF.type, KG.Country) in graph
    breakage(graph)
    broken = tmp_path / "broken.ttl"
    broken.write_text(graph.serialize(format="turtle"), encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{broken}: ") and "violation(s) of shapes.ttl" in out
    assert message in out, out
    assert not validate_graph(graph).conforms


def test_validate_of_a_missing_graph_is_a_clear_error(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nothing-here")]) == 2
    assert "no such graph file or build folder" in capsys.readouterr().err


def test_a_build_whose_graph_breaks_the_shapes_reports_the_count(tmp_path, capsys, monkeypatch, reuse_pipeline):
    from kg import builder as build_module

    real = build_module.build_graph

    def broken_build_graph(*args, **kwargs):
        graph = real(*args, **kwargs)
        graph.add((ENT.Nobody, KG.visits, ENT.Kazakhstan))  # no type, no label, no evidence
        return graph

    monkeypatch.setattr(build_module, "build_graph", broken_build_graph)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin in Astana\n\nRussian President Vladimir Putin arrived in Kazakhstan.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--no-html"]) == 0
    validation = json.loads((out / "report.json").read_text(encoding="utf-8"))["validation"]
    assert validation["conforms"] is False and validation["violations"] == 4  # no type, no label, no evidence, domain
    assert any("ent:Nobody kg:visits ent:Kazakhstan: this relation has no kg:Evidence" in line for line in validation["first"])
    assert any("ent:Nobody rdf:type: an entity has exactly one rdf:type" in line for line in validation["first"])
    assert "4 SHACL violation(s)" in capsys.readouterr().err
    assert main(["build", str(folder), "--out", str(out), "--no-html", "--strict", "-q"]) == 1
