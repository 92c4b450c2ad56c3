"""rdflib terms <-> pyoxigraph terms: the conversion every reader and writer of the store goes through.

Separate from :mod:`kg.store` (reading) and :mod:`kg.store_write` (writing)
because both need it and it depends on neither: the rest of the project
speaks rdflib, Oxigraph speaks its own terms, and only these functions
translate. Values cross as terms, never as query text.

>>> from rdflib import URIRef
>>> str(to_ox(URIRef("https://w3id.org/newskg/entity/Kazakhstan")))
'<https://w3id.org/newskg/entity/Kazakhstan>'
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Identifier

_XSD_STRING = str(XSD.string)
_XSD_DECIMAL = str(XSD.decimal)

Triple = tuple[Identifier, Identifier, Identifier]


def to_ox(term: Identifier) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term: Any) -> Identifier | None:
    """A pyoxigraph term as an rdflib term (plain literals stay plain, as rdflib parses them)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        if datatype == _XSD_DECIMAL and "." not in term.value:  # Oxigraph's canonical "1" is rdflib's "1.0"
            return Literal(term.value + ".0", datatype=URIRef(datatype))
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise TypeError(f"not an RDF term: {term!r}")


def quads(triples: Iterable[Triple], graph: URIRef | None = None) -> Iterator[Any]:
    """rdflib triples as pyoxigraph quads of the default graph (or of the named graph ``graph``)."""
    g = ox.NamedNode(str(graph)) if graph is not None else ox.DefaultGraph()
    for s, p, o in triples:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), g)
