"""Check a built graph against the SHACL shapes of ``ontology/shapes.ttl`` (pySHACL).

The shapes say what the vocabulary promises: every entity has exactly one
class of the ontology and one ``rdfs:label``; a relation's subject and object
have the classes of its ``rdfs:domain`` and ``rdfs:range``; ``owl:sameAs``
points at a Wikidata item; every plain relation has a ``kg:Evidence`` with an
article and a sentence. ``kg validate`` prints the violations; every build
runs the same check and puts the count in ``report.json``.

The class hierarchy, the relation super-property and the symmetric predicates
of ``ontology/kg.ttl`` are mixed into a copy of the data (no inference), so
``sh:class kg:Agent`` accepts a ``kg:Person`` and the check reads the domains
and ranges the ontology declares.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.namespace import OWL, RDF, RDFS, SH

from kg.errors import OntologyError
from kg.graph import PREFIXES
from kg.ontology import ONTOLOGY_DIR, ontology_graph

SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
_SHORT = {**PREFIXES, "kgsh": "https://w3id.org/newskg/shapes#", "sh": str(SH)}
_IRI_IN_TEXT = re.compile(r"<?(https://w3id\.org/newskg/[^\s<>\"]+)>?")  # the project's IRIs in messages


@dataclass(frozen=True)
class Violation:
    """One SHACL result, with IRIs written short (``ent:Vladimir_Putin``, ``kg:visits``)."""

    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str

    def __str__(self) -> str:
        """``focus path value: message`` (just the message when it already names the triple)."""
        parts = [p for p in (self.focus, self.path, self.value if self.value != self.focus else None) if p and p != "kg:relation"]
        if not parts or self.message.startswith(parts[-1]) or self.message.startswith(f"{self.value} "):
            return self.message
        return f"{' '.join(parts)}: {self.message}"


@dataclass(frozen=True)
class Validation:
    """The outcome of checking one graph: whether it conforms, each violation, and the time it took."""

    conforms: bool
    violations: tuple[Violation, ...]
    seconds: float

    def summary(self, limit: int = 20) -> dict:
        """The part of ``report.json`` about validation (the first ``limit`` violations, as text).

        No timing: two builds of the same input give byte-identical reports.
        """
        return {"conforms": self.conforms, "violations": len(self.violations), "shapes": SHAPES_FILE.name,
                "first": [str(v) for v in self.violations[:limit]]}


def short(term: object) -> str:
    """An IRI as ``prefix:local`` when a project prefix covers it; other terms as their text."""
    text = str(term)
    if isinstance(term, URIRef) or text.startswith(("http://", "https://")):
        for prefix, uri in sorted(_SHORT.items(), key=lambda kv: -len(kv[1])):
            if text.startswith(uri) and len(text) > len(uri):
                return f"{prefix}:{text[len(uri):]}"
    return text


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """Parse ``ontology/shapes.ttl`` (cached)."""
    if not SHAPES_FILE.is_file():
        raise OntologyError(f"{SHAPES_FILE}: the SHACL shapes file is missing")
    return Graph().parse(SHAPES_FILE, format="turtle")


@lru_cache(maxsize=1)
def ontology_axioms() -> Graph:
    """The triples of ``ontology/kg.ttl`` the shapes rely on: subclasses, sub-properties, symmetric predicates."""
    axioms = Graph()
    ontology = ontology_graph()
    for triple in ontology.triples((None, RDFS.subClassOf, None)):
        axioms.add(triple)
    for triple in ontology.triples((None, RDFS.subPropertyOf, None)):
        axioms.add(triple)
    for triple in ontology.triples((None, RDF.type, OWL.SymmetricProperty)):
        axioms.add(triple)
    return axioms


def validate_graph(graph: Graph) -> Validation:
    """Check ``graph`` against the shapes; never changes ``graph``."""
    import pyshacl  # imported here: it takes a quarter of a second and only validation needs it

    started = time.perf_counter()
    data = _PreparingGraph()  # a copy with the ontology's axioms mixed in (a TriG build: the union of its graphs)
    for triple in graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else graph:
        data.add(triple[:3])
    for triple in ontology_axioms():
        data.add(triple)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), inference="none", inplace=True,
                                            abort_on_first=False, allow_warnings=False)
    violations = sorted(_violations(results), key=lambda v: (v.shape, v.focus, v.path or "", v.value or ""))
    return Validation(bool(conforms), tuple(violations), time.perf_counter() - started)


class _PreparingGraph(Graph):
    """A graph that parses each SPARQL text once.

    pySHACL hands the text of a SPARQL constraint to ``graph.query`` on every
    validation, and rdflib's parser takes about 60 ms for it: more than the
    rest of the check of a small build. A prepared query is reusable with
    other bindings, so the parse is cached per text.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared_query(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=64)
def _prepared_query(text: str) -> Any:
    return prepareQuery(text)


def _violations(results: Graph) -> list[Violation]:
    found = []
    for result in results.objects(None, SH.result):
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        focus, path = results.value(result, SH.focusNode), results.value(result, SH.resultPath)
        value, shape = results.value(result, SH.value), results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        message = messages[0] if messages else f"violates {short(component)}"
        found.append(Violation(
            focus=short(focus), path=short(path) if isinstance(path, URIRef) else None,
            value=short(value) if value is not None else None,
            message=_IRI_IN_TEXT.sub(lambda m: short(URIRef(m.group(1))), message),
            shape=_shape_name(shape, component),
        ))
    return found


def _shape_name(shape: object, component: object) -> str:
    """The named shape a result comes from (a property shape's node shape), for the reader to look up."""
    if not isinstance(shape, URIRef):
        owner = shapes_graph().value(None, SH.property, shape)
        shape = owner if isinstance(owner, URIRef) else None
    return f"{short(shape)}, {short(component)}" if shape is not None else short(component)


def format_validation(result: Validation, source: str | Path, limit: int | None = None) -> str:
    """Readable text: one line per violation (the first ``limit``), then how many there are."""
    if result.conforms:
        return f"{source}: conforms to {SHAPES_FILE.name} ({result.seconds:.2f} s)"
    shown = result.violations if limit is None else result.violations[:limit]
    lines = [f"{source}: {len(result.violations)} violation(s) of {SHAPES_FILE.name}"]
    lines += [f"  {v}   [{v.shape}]" for v in shown]
    if len(shown) < len(result.violations):
        lines.append(f"  ... and {len(result.violations) - len(shown)} more (use --limit 0 to see all)")
    return "\n".join(lines)
