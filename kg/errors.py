"""The project's one exception family.

Every error a user can cause (a missing file, a bad query, a graph that is not
there) is raised as a :class:`KGError` subclass with a message that names the
file and the problem. The CLI turns these into a message and an exit code; the
Python API lets them propagate so notebooks see the same text.
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error newskg raises on purpose."""

    exit_code: int = 1


class InputError(KGError):
    """An input path or file cannot be used (missing, unreadable, wrong format)."""

    exit_code = 2


class NothingReadError(KGError):
    """A build found no article it could read: there is nothing to build."""

    exit_code = 3


class GraphNotFoundError(KGError):
    """A command that reads a graph found no graph at the given place."""

    exit_code = 2


class QueryError(KGError):
    """A SPARQL query is malformed, refused, or failed while running."""

    exit_code = 2


class GoldFormatError(KGError):
    """A gold file line does not follow the format of the vocabulary."""

    exit_code = 2


class OntologyError(KGError):
    """The code asked for a term that ontology/kg.ttl does not declare."""


class NamedQueryError(QueryError):
    """A named query is unknown, has a bad header, or was given a missing or unknown parameter."""


class EntityNotFoundError(KGError):
    """A name given for an entity matches no label or alias of the graph, or several entities."""

    exit_code = 2


class NetworkError(KGError):
    """A ``kg network`` request that cannot be answered as asked (wrong number of entities, a bad depth)."""

    exit_code = 2
