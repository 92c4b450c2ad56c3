"""``kg serve``: the store as a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1, with the HTML map.

A small standard-library HTTP server (no framework) in front of the build's
Oxigraph store, opened read-only:

* ``GET /sparql?query=...``, ``POST /sparql`` (form field ``query`` or an
  ``application/sparql-query`` body): the SPARQL 1.1 Protocol query operation.
  Results as JSON (default), XML, CSV or TSV; CONSTRUCT as Turtle, N-Triples or
  JSON-LD (``Accept`` header). The project's prefixes are predeclared.
* Updates (``update=``, ``application/sparql-update``) are refused (403), as are
  ``SERVICE`` and ``FROM`` (403: the endpoint never fetches anything); a query
  is stopped after ``timeout`` seconds (503). The checks are those of ``kg query``.
* ``GET /`` (``/graph.html``): the offline map of the build; ``GET /graph.ttl``: the graph.

It listens on 127.0.0.1 only: to share it, put a reverse proxy in front or run
``oxigraph serve-read-only --location DIR/store`` (the same store).
"""

from __future__ import annotations

import json
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable
from urllib.parse import parse_qs, urlsplit

from kg.errors import GraphNotFoundError, KGError, QueryError

HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_QUERY_BYTES = 1_000_000
STATIC = {"/": ("graph.html", "text/html; charset=utf-8"), "/graph.html": ("graph.html", "text/html; charset=utf-8"),
          "/graph.ttl": ("graph.ttl", "text/turtle; charset=utf-8")}


class EndpointServer(ThreadingHTTPServer):
    """The HTTP server; ``store_path``, ``folder`` and ``timeout`` are what handlers read."""

    daemon_threads = True

    def __init__(self, folder: Path, store_path: Path, port: int, timeout: float) -> None:
        from kg.store import StoreGraph

        self.folder, self.store_path, self.query_timeout = folder, store_path, timeout
        self.store = StoreGraph(store_path)  # opened once, read-only; timed queries fork their own handle
        super().__init__((HOST, port), SparqlHandler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}"


class SparqlHandler(BaseHTTPRequestHandler):
    """One request: a SPARQL query, a refused update, or a static file of the build."""

    server: EndpointServer
    server_version = "newskg"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass  # quiet: kg serve prints its address once

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        if url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            if "update" in params:
                return self._refuse_update()
            if "query" not in params:
                return self._error(HTTPStatus.BAD_REQUEST, "give the query as ?query=...")
            return self._query(params["query"][0])
        if url.path in STATIC:
            return self._static(*STATIC[url.path])
        return self._error(HTTPStatus.NOT_FOUND, f"{url.path}: nothing here (the endpoint is /sparql, the map /)")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._error(HTTPStatus.NOT_FOUND, f"{url.path}: nothing here (the endpoint is /sparql)")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a query of {length:,} bytes is over {MAX_QUERY_BYTES:,}")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            return self._refuse_update()
        if kind == "application/sparql-query":
            return self._query(body)
        if kind == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                return self._refuse_update()
            if "query" in form:
                return self._query(form["query"][0])
        return self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "POST a form with query=... or an application/sparql-query body")

    do_PUT = do_DELETE = do_PATCH = lambda self: self._refuse_update()  # noqa: E731 - the Graph Store Protocol: read-only

    def _query(self, text: str) -> None:
        from kg.sparql import check_read_only

        try:
            check_read_only(text)
        except QueryError as exc:
            refused = "SERVICE" in str(exc) or "FROM" in str(exc) or "SPARQL Update" in str(exc)
            return self._error(HTTPStatus.FORBIDDEN if refused else HTTPStatus.BAD_REQUEST, str(exc))
        try:
            media, body = self.server.store.call_within("answer", (text, self.headers.get("Accept", "")), self.server.query_timeout)
        except QueryError as exc:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE if "longer than" in str(exc) else HTTPStatus.BAD_REQUEST, str(exc))
        except KGError as exc:
            return self._error(HTTPStatus.BAD_REQUEST, str(exc))
        self._send(HTTPStatus.OK, media + ("; charset=utf-8" if media.startswith("text/") else ""), body)

    def _refuse_update(self) -> None:
        self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update and graph writes are refused "
                                          "(change the store with kg add / kg remove)")

    def _static(self, name: str, media: str) -> None:
        file = self.server.folder / name
        if not file.is_file():
            return self._error(HTTPStatus.NOT_FOUND, f"{name}: the build has no such file")
        self._send(HTTPStatus.OK, media, file.read_bytes())

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "application/json", json.dumps({"error": message}).encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")  # a read-only endpoint: other local tools may query it
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def make_server(graph_dir: Path | str = "output", port: int = DEFAULT_PORT, timeout: float = 30.0) -> EndpointServer:
    """The endpoint for the store of ``graph_dir`` on 127.0.0.1:``port`` (0: a free port), not yet serving."""
    from kg.store import find_store

    folder = Path(graph_dir)
    store = find_store(folder)
    if store is None:
        raise GraphNotFoundError(f"{folder}: no store to serve (no {folder / 'store'}); run `kg build --out {folder}` first")
    try:
        return EndpointServer(folder if folder.resolve() != store.resolve() else folder.parent, store, port, timeout)
    except OSError as exc:
        raise KGError(f"cannot listen on {HOST}:{port} ({exc.strerror or exc}); choose another --port") from exc


def serve(graph_dir: Path | str = "output", port: int = DEFAULT_PORT, timeout: float = 30.0,
          log: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted (Ctrl-C)."""
    log = log or (lambda message: print(message, file=sys.stderr))
    server = make_server(graph_dir, port, timeout)
    log(f"kg: SPARQL endpoint {server.url}/sparql (read-only), map {server.url}/ ; Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
