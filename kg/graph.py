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
from decimal import Decimal
from typing import Iterator

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.term import Identifier
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.articles import Article
from kg.extract.model import Extraction
from kg.ontology import ART, ENT, EVI, KG_URI, PLAIN_MODALITIES, WD, kg_ns, symmetric_predicates
from kg.resolve import Resolution, ResolvedEntity

PREFIXES = {
    "kg": KG_URI, "ent": str(ENT), "art": str(ART), "evi": str(EVI), "wd": str(WD),
    "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS), "dcterms": str(DCTERMS), "xsd": str(XSD),
}
#: graphs larger than this (estimated triples) are not held in rdflib but streamed into the Oxigraph store
RDFLIB_LIMIT = 200_000
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


def decimal_text(value: float) -> str:
    """A confidence as ``xsd:decimal`` text: two places, no trailing zeros but one (``0.8``, ``1.0``).

    The form both rdflib (which writes ``"1"^^xsd:decimal`` as ``1.0``) and
    Oxigraph (which keeps ``0.8`` for ``0.80``) read back unchanged.
    """
    text = format(Decimal(f"{value:.2f}").normalize(), "f")
    return text if "." in text else text + ".0"


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


def new_graph() -> Graph:
    """An empty rdflib graph with the project's prefixes bound."""
    graph = Graph()
    for prefix, uri in PREFIXES.items():
        graph.bind(prefix, uri)
    return graph


def build_graph(articles: list[Article], extractions: list[Extraction], resolution: Resolution) -> Graph:
    """The knowledge graph of a build: entities, articles, plain triples and evidence."""
    graph = new_graph()
    for triple in graph_triples(articles, extractions, resolution):
        graph.add(triple)
    return graph


def entity_triples(entity: ResolvedEntity) -> Iterator[tuple[URIRef, URIRef, Identifier]]:
    """What the graph says about one entity: class, label, aliases, Wikidata item."""
    node = ENT[entity.iri_name]
    yield node, RDF.type, kg_ns()[entity.cls]
    yield node, RDFS.label, Literal(clean(entity.label).strip() or entity.iri_name)  # never an empty label
    for alias in sorted(entity.aliases):
        yield node, SKOS.altLabel, Literal(clean(alias))
    if _QID.match(entity.qid or ""):
        yield node, OWL.sameAs, WD[entity.qid]


def graph_triples(articles: list[Article], extractions: list[Extraction],
                  resolution: Resolution) -> Iterator[tuple[URIRef, URIRef, Identifier]]:
    """The triples of :func:`build_graph`, one by one (a large build streams them into the store).

    A triple may come more than once (a graph or store keeps it once).
    """
    kg = kg_ns()
    for entity in resolution.entities.values():
        yield from entity_triples(entity)
    by_id = {a.id: a for a in articles}
    for ex in extractions:
        article = by_id[ex.article_id]
        art = article_iri(article)
        yield art, RDF.type, kg.Article
        for name in (article.name, *article.other_names):
            yield art, DCTERMS.identifier, Literal(clean(name))
        yield art, DCTERMS.title, Literal(clean(article.title))
        yield art, kg.contentHash, Literal(article.id)
        if article.date:
            yield art, DCTERMS.date, date_literal(article.date)
        if article.source:
            yield art, DCTERMS.source, Literal(clean(article.source))
        if article.url:
            yield art, kg.url, Literal(clean(article.url))
        for path in article.paths:
            yield art, kg.sourceFile, Literal(clean(path))
        if ex.dateline_place:
            yield art, kg.datelinePlace, entity_iri(resolution, ex.dateline_place)
        for entity in ex.entities:
            if entity.named:  # a demonym or a capital's state is implied, not named
                yield entity_iri(resolution, entity.key), kg.mentionedIn, art
        for rel in ex.relations:
            s, o = entity_iri(resolution, rel.subject), entity_iri(resolution, rel.object)
            if s == o:
                continue
            ev = rel.evidence
            key = f"{article.id}|{s}|{rel.predicate}|{o}|{ev.start}|{ev.rule}|{ev.sentence}"
            if ev.modality != "asserted":  # one sentence may say the same triple two ways ("X said it backs Y, as it will"): one
                key += f"|{ev.modality}"  # node per modality (an asserted one keeps the key earlier versions gave it)
            digest = hashlib.sha256(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:20]
            node = EVI[digest]
            yield node, RDF.type, kg.Evidence
            yield node, RDF.subject, s
            yield node, RDF.predicate, kg[rel.predicate]
            yield node, RDF.object, o
            yield node, kg.article, art
            yield node, kg.sentence, Literal(clean(ev.sentence))
            yield node, kg.charStart, Literal(ev.start)
            yield node, kg.charEnd, Literal(ev.end)
            yield node, kg.rule, Literal(clean(ev.rule))
            yield node, kg.confidence, Literal(decimal_text(ev.confidence), datatype=XSD.decimal)
            yield node, kg.modality, kg[ev.modality]
            yield node, kg.level, Literal(clean(ev.level))
            if ev.attributed_to and resolution.canonical(ev.attributed_to) in resolution.entities:
                yield node, kg.attributedTo, entity_iri(resolution, ev.attributed_to)
    for triple in plain_triples(extractions, resolution):
        yield entity_iri(resolution, triple.subject), kg[triple.predicate], entity_iri(resolution, triple.object)
