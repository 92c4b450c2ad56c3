"""kg serve and kg push against a real Oxigraph server (`oxigraph serve`, from PyPI) on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph

from kg.cli import main
from kg.push import PushError, push
from kg.serve import make_server


def _oxigraph() -> str | None:
    local = Path(sys.executable).parent / "oxigraph"
    return str(local) if local.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port: int, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {seconds} s")


@pytest.fixture(scope="module")
def oxigraph_server():
    """`oxigraph serve` (in memory) on a free loopback port; its base URL."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the dev extra)")
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def kg_server(sample_build):
    """`kg serve` of the sample build on a free loopback port, in a thread; its base URL."""
    server = make_server(sample_build.out_dir, port=0, timeout=5.0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.url
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def _get(url: str, accept: str = "application/sparql-results+json", data: bytes | None = None,
         content_type: str | None = None, method: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, data=data, method=method, headers={"Accept": accept})
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def _select(base: str, query: str, path: str) -> list[dict]:
    status, _, body = _get(f"{base}{path}?query={urllib.parse.quote(query)}")
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


PREFIXES = "PREFIX kg: <https://w3id.org/newskg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
QUERIES = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?p ?c WHERE { ?p kg:leaderOf ?c } ORDER BY ?p ?c",
    "SELECT ?l WHERE { ?e a kg:Country ; rdfs:label ?l } ORDER BY ?l",
]


def test_kg_push_puts_the_graph_into_oxigraph_and_kg_serve_answers_as_oxigraph_does(sample_build, oxigraph_server, kg_server):
    result = push(sample_build.out_dir, f"{oxigraph_server}/store")
    assert result.status in (200, 201, 204) and result.triples == len(sample_build.graph)
    for query in QUERIES:
        theirs = _select(oxigraph_server, PREFIXES + query, "/query")
        ours = _select(kg_server, query, "/sparql")  # kg serve predeclares the prefixes
        assert ours == theirs and ours, query
    assert int(theirs and _select(oxigraph_server, QUERIES[0], "/query")[0]["n"]["value"]) == len(sample_build.graph)


@pytest.mark.parametrize("method, named, expected_factor", [("PUT", None, 1), ("POST", None, 1), ("POST", "urn:newskg:sample", 1)])
def test_push_replaces_or_adds_and_can_target_a_named_graph(sample_build, oxigraph_server, method, named, expected_factor):
    push(sample_build.out_dir, f"{oxigraph_server}/store")
    assert main(["push", "--graph", str(sample_build.out_dir), "--endpoint", f"{oxigraph_server}/store", "--method", method]
                + (["--named-graph", named] if named else [])) == 0
    where = f"GRAPH <{named}> {{ ?s ?p ?o }}" if named else "?s ?p ?o"
    count = _select(oxigraph_server, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}", "/query")[0]["n"]["value"]
    assert int(count) == expected_factor * len(sample_build.graph)  # RDF is a set: POSTing the same triples adds none


def test_push_to_nothing_says_it_cannot_reach_it(sample_build):
    with pytest.raises(PushError, match="cannot reach"):
        push(sample_build.out_dir, f"http://127.0.0.1:{_free_port()}/store", timeout=5)


@pytest.mark.parametrize("accept, media, parse", [
    ("application/sparql-results+json", "application/sparql-results+json", lambda b: json.loads(b)["results"]["bindings"]),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda b: [None] * b.count(b"<result>")),
    ("text/csv", "text/csv", lambda b: b.decode().strip().splitlines()[1:]),
    ("text/tab-separated-values", "text/tab-separated-values", lambda b: b.decode().strip().splitlines()[1:]),
])
def test_select_results_come_in_the_format_asked_for(kg_server, accept, media, parse):
    status, kind, body = _get(f"{kg_server}/sparql?query={urllib.parse.quote(QUERIES[1])}", accept)
    assert status == 200 and kind.startswith(media)
    assert len(parse(body)) == 4


def test_a_construct_is_turtle_and_a_post_query_works(kg_server, sample_build):
    status, kind, body = _get(f"{kg_server}/sparql", "text/turtle", data=b"CONSTRUCT WHERE { ?p kg:leaderOf ?c }",
                              content_type="application/sparql-query")
    assert status == 200 and kind.startswith("text/turtle") and len(Graph().parse(data=body.decode(), format="turtle")) == 4
    form = urllib.parse.urlencode({"query": "ASK { ?p kg:leaderOf ?c }"}).encode()
    status, _, body = _get(f"{kg_server}/sparql", data=form, content_type="application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize("how", ["get-update", "post-update", "post-form-update", "put", "service", "from", "insert-as-query"])
def test_the_endpoint_is_read_only_and_never_calls_out(kg_server, sample_build, how):
    base = f"{kg_server}/sparql"
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    requests = {
        "get-update": lambda: _get(f"{base}?update={urllib.parse.quote(update)}"),
        "post-update": lambda: _get(base, data=update.encode(), content_type="application/sparql-update"),
        "post-form-update": lambda: _get(base, data=urllib.parse.urlencode({"update": update}).encode(),
                                         content_type="application/x-www-form-urlencoded"),
        "put": lambda: _get(base, data=b"<urn:a> <urn:b> <urn:c> .", content_type="application/n-triples", method="PUT"),
        "service": lambda: _get(f"{base}?query={urllib.parse.quote('SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }')}"),
        "from": lambda: _get(f"{base}?query={urllib.parse.quote('SELECT * FROM <http://127.0.0.1:9/x.ttl> WHERE { ?s ?p ?o }')}"),
        "insert-as-query": lambda: _get(f"{base}?query={urllib.parse.quote(update)}"),
    }
    status, _, body = requests[how]()
    assert status == 403, body
    assert json.loads(body)["error"]
    assert _select(kg_server, QUERIES[0], "/sparql")[0]["n"]["value"] == str(len(sample_build.graph))


def test_a_slow_query_is_stopped_with_503(sample_build):
    server = make_server(sample_build.out_dir, port=0, timeout=0.5)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        started = time.monotonic()
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        status, _, body = _get(f"{server.url}/sparql?query={urllib.parse.quote(slow)}")
        assert status == 503 and b"longer than" in body and time.monotonic() - started < 10
    finally:
        server.shutdown()
        server.server_close()


def test_the_map_and_the_graph_file_are_served(kg_server, sample_build):
    status, kind, body = _get(f"{kg_server}/", accept="text/html")
    assert status == 200 and kind.startswith("text/html") and body == sample_build.files["html"].read_bytes()
    status, kind, body = _get(f"{kg_server}/graph.ttl", accept="text/turtle")
    assert status == 200 and len(Graph().parse(data=body.decode(), format="turtle")) == len(sample_build.graph)
    assert _get(f"{kg_server}/nothing")[0] == 404
