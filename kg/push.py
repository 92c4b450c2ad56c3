"""``kg push``: send the graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint (Fuseki, GraphDB, Virtuoso, Oxigraph).

The graph (the store's default graph, or graph.ttl) is written as N-Triples
to a temporary file and sent in one request with :mod:`urllib`:

* ``PUT`` (the default) replaces the target graph, ``POST`` adds to it;
* the target is the endpoint's default graph (``?default``) or ``--named-graph IRI`` (``?graph=IRI``).

Endpoints: Oxigraph ``http://HOST:7878/store``, Fuseki ``http://HOST:3030/DATASET/data``,
GraphDB ``http://HOST:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://HOST:8890/sparql-graph-crud`` (these need ``--user``; the password is read from
``KG_PUSH_PASSWORD``, never from the command line).
"""

from __future__ import annotations

import base64
import os
import tempfile
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from kg.errors import KGError

METHODS = ("PUT", "POST")
PASSWORD_VARIABLE = "KG_PUSH_PASSWORD"


class PushError(KGError):
    """The endpoint could not be reached or refused the graph."""


@dataclass(frozen=True)
class PushResult:
    """What was sent where, and what the endpoint answered."""

    url: str
    method: str
    triples: int
    bytes: int
    status: int


def target_url(endpoint: str, named_graph: str | None = None) -> str:
    """The Graph Store Protocol URL: ``endpoint?default`` or ``endpoint?graph=IRI`` (kept if the endpoint already has a query)."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PushError(f"{endpoint!r} is not an http(s) URL of a Graph Store endpoint (e.g. http://127.0.0.1:7878/store)")
    if parts.query:
        return endpoint
    return f"{endpoint}?graph={quote(named_graph, safe='')}" if named_graph else f"{endpoint}?default"


def push(graph_dir: Path | str, endpoint: str, *, named_graph: str | None = None, method: str = "PUT",
         user: str | None = None, timeout: float = 300.0) -> PushResult:
    """Send the graph of ``graph_dir`` to ``endpoint`` (see the module docs)."""
    from kg.export import export

    method = method.upper()
    if method not in METHODS:
        raise PushError(f"method must be PUT (replace the graph) or POST (add to it), not {method}")
    url = target_url(endpoint, named_graph)
    with tempfile.TemporaryDirectory(prefix="kg-push-") as folder:
        file = Path(folder) / "graph.nt"
        export(graph_dir, "nt", file)
        size = file.stat().st_size
        with file.open("rb") as fh:
            triples = sum(1 for line in fh if line.strip())
        with file.open("rb") as body:
            request = urllib.request.Request(url, data=body, method=method, headers={
                "Content-Type": "application/n-triples", "Content-Length": str(size)})
            if user:
                password = os.environ.get(PASSWORD_VARIABLE, "")
                token = base64.b64encode(f"{user}:{password}".encode("utf-8")).decode("ascii")
                request.add_header("Authorization", f"Basic {token}")
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    status = response.status
            except urllib.error.HTTPError as exc:
                detail = exc.read(500).decode("utf-8", errors="replace").strip().splitlines()
                raise PushError(f"{url}: the endpoint answered {exc.code} {exc.reason}"
                                f"{': ' + detail[0] if detail else ''}") from exc
            except (urllib.error.URLError, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                raise PushError(f"{url}: cannot reach the endpoint ({reason})") from exc
    return PushResult(url, method, triples, size, status)
