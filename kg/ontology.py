"""The ontology namespace, read once from ``ontology/kg.ttl``.

The namespace is a :class:`rdflib.namespace.ClosedNamespace` whose terms are the
subjects ``ontology/kg.ttl`` declares, so code that emits an undeclared term
fails loudly instead of writing a typo into users' graphs. Nothing is read at
import time: :func:`kg_ns` loads the file on first use and caches it.

>>> kg_ns().visits
rdflib.term.URIRef('https://w3id.org/newskg/ontology#visits')
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import ClosedNamespace

from kg.errors import OntologyError

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
KG_URI = "https://w3id.org/newskg/ontology#"
ENTITY_URI = "https://w3id.org/newskg/entity/"
ARTICLE_URI = "https://w3id.org/newskg/article/"
EVIDENCE_URI = "https://w3id.org/newskg/evidence/"
WIKIDATA_URI = "http://www.wikidata.org/entity/"

ENT = Namespace(ENTITY_URI)
ART = Namespace(ARTICLE_URI)
EVI = Namespace(EVIDENCE_URI)
WD = Namespace(WIKIDATA_URI)

#: The 23 relation predicates of vocabulary v1, in the vocabulary's order.
PREDICATES: tuple[str, ...] = (
    "visits", "meetsWith", "signsAgreementWith", "criticizes", "supports", "sanctions",
    "attacks", "providesAidTo", "memberOf", "seeksMembership", "refusesToJoin", "leaves",
    "allyOf", "partnerOf", "inConflictWith", "hasMilitaryPresenceIn", "borders", "leaderOf",
    "worksFor", "capitalOf", "locatedIn", "basedIn", "acquires",
)

#: Modalities that become plain triples; the others stay in provenance only.
PLAIN_MODALITIES = frozenset({"asserted", "planned", "reported"})
MODALITIES = ("asserted", "planned", "reported", "negated", "hypothetical")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """Parse ``ontology/kg.ttl`` (cached)."""
    if not ONTOLOGY_FILE.is_file():
        raise OntologyError(f"{ONTOLOGY_FILE}: the ontology file is missing")
    graph = Graph()
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


@lru_cache(maxsize=1)
def kg_ns() -> ClosedNamespace:
    """The ``kg:`` namespace with exactly the terms the ontology declares."""
    terms = sorted(
        {str(s)[len(KG_URI):] for s in ontology_graph().subjects() if isinstance(s, URIRef) and str(s).startswith(KG_URI)}
    )
    return ClosedNamespace(KG_URI, terms)


@lru_cache(maxsize=1)
def symmetric_predicates() -> frozenset[str]:
    """Local names of the predicates the ontology declares ``owl:SymmetricProperty``."""
    from rdflib.namespace import OWL, RDF

    return frozenset(
        str(s)[len(KG_URI):]
        for s in ontology_graph().subjects(RDF.type, OWL.SymmetricProperty)
        if str(s).startswith(KG_URI)
    )


def term(name: str) -> URIRef:
    """The ``kg:`` IRI of ``name``; raises :class:`OntologyError` if undeclared."""
    try:
        return kg_ns()[name]
    except (AttributeError, KeyError) as exc:
        raise OntologyError(f"{ONTOLOGY_FILE}: kg:{name} is not declared") from exc
