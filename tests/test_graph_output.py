"""What `kg build` writes: Turtle that round-trips, identical bytes for identical input, declared terms."""

from __future__ import annotations

import json

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.builder import build
from kg.ontology import KG_URI, kg_ns
from kg.sparql import run_query


def test_turtle_round_trips_to_an_isomorphic_graph(sample_build):
    parsed = Graph().parse(sample_build.files["graph"], format="turtle")
    assert isomorphic(parsed, sample_build.graph)


def test_two_builds_of_the_same_input_are_byte_identical(tmp_path, sample_build):
    again = build(None, tmp_path / "again", log=lambda m: None)
    for name in ("graph", "html", "report"):
        assert again.files[name].read_bytes() == sample_build.files[name].read_bytes(), name


def test_every_kg_term_in_the_graph_is_declared_in_the_ontology(sample_build):
    declared = set(kg_ns()._ClosedNamespace__uris.values())
    used = {term for triple in sample_build.graph for term in triple if isinstance(term, URIRef) and str(term).startswith(KG_URI)}
    assert len(used) > 20
    assert used <= declared, used - declared


def test_evidence_sentence_of_a_triple_is_reachable_by_sparql(sample_build):
    rows = run_query(sample_build.graph, """
        SELECT ?sentence ?title WHERE {
          ?person rdfs:label "Vladimir Putin" . ?country rdfs:label "Kazakhstan" .
          ?person kg:visits ?country .
          ?ev rdf:subject ?person ; rdf:predicate kg:visits ; rdf:object ?country ;
              kg:sentence ?sentence ; kg:article ?a ; kg:modality kg:asserted .
          ?a dcterms:title ?title .
        }""").rows
    assert any("arrived in Kazakhstan" in str(sentence) for sentence, _ in rows)


def test_negated_relations_are_evidence_only(sample_build):
    rows = run_query(sample_build.graph, """
        SELECT ?s ?p ?o WHERE {
          ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:modality ?m .
          FILTER(?m IN (kg:negated, kg:hypothetical))
          FILTER NOT EXISTS { ?ev2 rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:modality ?m2 .
                              FILTER(?m2 IN (kg:asserted, kg:planned, kg:reported)) }
          ?s ?p ?o .
        }""").rows
    assert rows == []


def test_entities_are_linked_to_wikidata(sample_build):
    rows = run_query(sample_build.graph, 'SELECT ?wd WHERE { ?e rdfs:label "Kazakhstan" ; owl:sameAs ?wd }').rows
    assert [str(r[0]) for r in rows] == ["http://www.wikidata.org/entity/Q232"]


def test_report_counts_what_was_built(sample_build):
    report = json.loads(sample_build.files["report"].read_text())
    assert report["articles"]["read"] == 3
    assert report["relations"]["plain_triples"] == len(set(
        (s, p, o) for s, p, o in sample_build.graph if str(p).startswith(KG_URI) and isinstance(o, URIRef)
        and str(p)[len(KG_URI):] in report["relations"]["by_predicate"]))
    assert report["entities"]["by_class"]["Country"] >= 10


def test_one_triple_said_two_ways_in_one_sentence_has_one_modality_per_evidence_node():
    from dataclasses import replace

    from kg.articles import article_from_text
    from kg.extract import Entity, Evidence, Extraction, Relation
    from kg.graph import build_graph
    from kg.resolve import resolve

    article = article_from_text("Vexa Corp said it backs Delta Corp and will back it.", name="two-ways")
    said = Evidence(article.text, 0, len(article.text), "support-verb", 0.75, "reported", "E")
    entities = (Entity("Company:vexa corp", "Vexa Corp", "Company"), Entity("Company:delta corp", "Delta Corp", "Company"))
    relations = (Relation("Company:vexa corp", "supports", "Company:delta corp", said),
                 Relation("Company:vexa corp", "supports", "Company:delta corp", replace(said, modality="planned")))
    extraction = Extraction(article.id, entities=entities, relations=relations)
    graph = build_graph([article], [extraction], resolve([extraction]))
    kg = kg_ns()
    nodes = set(graph.subjects(kg.rule, None))
    assert len(nodes) == 2
    assert all(len(list(graph.objects(node, kg.modality))) == 1 for node in nodes)
