"""Stage 5: the RDF graph (rdflib appears here and in the modules that read graphs).

Provenance model: every reading of a relation is a ``kg:Evidence`` node, an RDF
reification (``rdf:subject`` / ``rdf:predicate`` / ``rdf:object``) that also
carries the article, sentence, offsets, rule, confidence, modality, level and
who it is attributed to. Relations whose evidence is asserted, planned or
reported are also plain triples in the default graph; negated and hypothetical
ones exist only as evidence.

>>> from kg.graph import PREFIXES
>>> PREFIXES["kg"]
'https://w3id.org/newskg/ontology#'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.articles import Article
from kg.extract.model import Extraction
from kg.ontology import ART, ENT, EVI, KG_URI, PLAIN_MODALITIES, WD, kg_ns, symmetric_predicates
from kg.resolve import Resolution

PREFIXES = {
    "kg": KG_URI, "ent": str(ENT), "art": str(ART), "evi": str(EVI), "wd": str(WD),
    "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS), "dcterms": str(DCTERMS), "xsd": str(XSD),
}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
# characters that are not legal in XML 1.0 text or cannot be encoded in UTF-8 (lone surrogates): dropped
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Text safe to put in a literal of any RDF syntax: no control characters, no lone surrogates.

    rdflib escapes quotes, backslashes and line breaks when it serialises, so
    what is left round-trips through Turtle unchanged.
    """
    return _CONTROL.sub("", text)


def date_literal(value: str) -> Literal:
    """``xsd:date`` for a real ISO date; a plain literal for anything else (never an ill-typed literal)."""
    if _ISO_DATE.match(value):
        try:
            date.fromisoformat(value)
            return Literal(value, datatype=XSD.date)
        except ValueError:
            pass
    return Literal(clean(value))


@dataclass(frozen=True)
class Triple:
    """A plain relation triple of the build, by entity key."""

    subject: str
    predicate: str
    object: str


def entity_iri(resolution: Resolution, key: str) -> URIRef:
    return ENT[resolution.entities[resolution.canonical(key)].iri_name]


def article_iri(article: Article) -> URIRef:
    return ART[article.id[:16]]


def plain_triples(extractions: list[Extraction], resolution: Resolution) -> list[Triple]:
    """The relations that become plain triples (symmetric ones once, in sorted direction)."""
    symmetric = symmetric_predicates()
    triples: set[Triple] = set()
    for ex in extractions:
        for rel in ex.relations:
            if rel.evidence.modality not in PLAIN_MODALITIES:
                continue
            s, o = resolution.canonical(rel.subject), resolution.canonical(rel.object)
            if s == o:
                continue
            if rel.predicate in symmetric and o < s:
                s, o = o, s
            triples.add(Triple(s, rel.predicate, o))
    return sorted(triples, key=lambda t: (t.subject, t.predicate, t.object))


def build_graph(articles: list[Article], extractions: list[Extraction], resolution: Resolution) -> Graph:
    """The knowledge graph of a build: entities, articles, plain triples and evidence."""
    kg = kg_ns()
    graph = Graph()
    for prefix, uri in PREFIXES.items():
        graph.bind(prefix, uri)
    for entity in resolution.entities.values():
        node = ENT[entity.iri_name]
        graph.add((node, RDF.type, kg[entity.cls]))
        graph.add((node, RDFS.label, Literal(clean(entity.label).strip() or entity.iri_name)))  # never an empty label
        for alias in entity.aliases:
            graph.add((node, SKOS.altLabel, Literal(clean(alias))))
        if _QID.match(entity.qid or ""):
            graph.add((node, OWL.sameAs, WD[entity.qid]))
    by_id = {a.id: a for a in articles}
    for ex in extractions:
        article = by_id[ex.article_id]
        art = article_iri(article)
        graph.add((art, RDF.type, kg.Article))
        graph.add((art, DCTERMS.identifier, Literal(clean(article.name))))
        graph.add((art, DCTERMS.title, Literal(clean(article.title))))
        graph.add((art, kg.contentHash, Literal(article.id)))
        if article.date:
            graph.add((art, DCTERMS.date, date_literal(article.date)))
        if article.source:
            graph.add((art, DCTERMS.source, Literal(clean(article.source))))
        if article.url:
            graph.add((art, kg.url, Literal(clean(article.url))))
        for path in article.paths:
            graph.add((art, kg.sourceFile, Literal(clean(path))))
        if ex.dateline_place:
            graph.add((art, kg.datelinePlace, entity_iri(resolution, ex.dateline_place)))
        for entity in ex.entities:
            if entity.named:  # a demonym or a capital's state is implied, not named
                graph.add((entity_iri(resolution, entity.key), kg.mentionedIn, art))
        for rel in ex.relations:
            s, o = entity_iri(resolution, rel.subject), entity_iri(resolution, rel.object)
            if s == o:
                continue
            ev = rel.evidence
            key = f"{article.id}|{s}|{rel.predicate}|{o}|{ev.start}|{ev.rule}|{ev.sentence}"
            digest = hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:20]
            node = EVI[digest]
            graph.add((node, RDF.type, kg.Evidence))
            graph.add((node, RDF.subject, s))
            graph.add((node, RDF.predicate, kg[rel.predicate]))
            graph.add((node, RDF.object, o))
            graph.add((node, kg.article, art))
            graph.add((node, kg.sentence, Literal(clean(ev.sentence))))
            graph.add((node, kg.charStart, Literal(ev.start)))
            graph.add((node, kg.charEnd, Literal(ev.end)))
            graph.add((node, kg.rule, Literal(clean(ev.rule))))
            graph.add((node, kg.confidence, Literal(f"{ev.confidence:.2f}", datatype=XSD.decimal)))
            graph.add((node, kg.modality, kg[ev.modality]))
            graph.add((node, kg.level, Literal(clean(ev.level))))
            if ev.attributed_to and resolution.canonical(ev.attributed_to) in resolution.entities:
                graph.add((node, kg.attributedTo, entity_iri(resolution, ev.attributed_to)))
    for triple in plain_triples(extractions, resolution):
        graph.add((entity_iri(resolution, triple.subject), kg[triple.predicate], entity_iri(resolution, triple.object)))
    return graph
