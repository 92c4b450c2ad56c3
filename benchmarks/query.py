"""Each named query on the corpus graph: median of 5 runs in the Oxigraph store vs rdflib in memory.

    python benchmarks/query.py [--graph DIR] [--runs 5]

Reads the corpus build (``benchmarks/build.py``; built first if missing).
Parameters: the entity in the most plain relations of the corpus graph (and,
for ``evidence``, one of its triples). rdflib gets graph.ttl parsed into an
in-memory ``Graph`` (the load time is printed apart). Both go through
``kg.named_queries.run_named_query`` (entity lookup, checks, binding), without
timeout. Target (issue 6): every query under 200 ms and at least 10 times
faster than rdflib in memory.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_build, graph_argument, write_result  # noqa: E402

TOP_TRIPLE = """SELECT ?s ?p ?o ?sl ?ol WHERE {
  { SELECT ?e (COUNT(*) AS ?n) WHERE { { ?e ?p0 ?x } UNION { ?x ?p0 ?e } ?ev rdf:predicate ?p0 . } GROUP BY ?e ORDER BY DESC(?n) LIMIT 1 }
  ?s ?p ?o . FILTER(?s = ?e || ?o = ?e) FILTER(STRSTARTS(STR(?p), STR(kg:)) && ?p != kg:mentionedIn)
  ?s rdfs:label ?sl . ?o rdfs:label ?ol . } ORDER BY ?p ?s ?o LIMIT 1"""


def timed(call, runs: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = len(call().rows)
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    graph_argument(parser)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    corpus_build(args.graph)

    from kg.graph_files import load_graph, open_graph
    from kg.named_queries import named_queries, run_named_query
    from kg.sparql import run_query

    store = open_graph(args.graph)
    s, p, o, sl, ol = run_query(store, TOP_TRIPLE).rows[0]
    entity = str(sl) if str(s) != str(o) else str(ol)
    started = time.perf_counter()
    memory = load_graph(args.graph / "graph.ttl")
    load = time.perf_counter() - started
    values = {"entity": entity, "subject": str(sl), "predicate": str(p).rsplit("#", 1)[-1], "object": str(ol)}  # names, as analysts give them
    lines = [f"store: {len(store):,} triples; rdflib parsed graph.ttl in {load:.1f} s; "
             f"parameters: entity={entity!r}, evidence of {sl} {values['predicate']} {ol}", "",
             "| query | rows | Oxigraph store (ms) | rdflib in memory (ms) | faster | < 200 ms | >= 10x |", "|---|---|---|---|---|---|---|"]
    met = True
    for query in named_queries():
        params = {k.name: values[k.name] for k in query.parameters if k.name in values}
        ours, rows = timed(lambda: run_named_query(store, query.name, params), args.runs)
        theirs, their_rows = timed(lambda: run_named_query(memory, query.name, params), args.runs)
        fast, faster = ours < 0.2, theirs / ours >= 10
        met = met and fast and faster
        lines.append(f"| {query.name} | {rows}{'' if rows == their_rows else f' (rdflib {their_rows})'} | {ours * 1000:.1f} | "
                     f"{theirs * 1000:.1f} | {theirs / ours:.1f}x | {'yes' if fast else 'no'} | {'yes' if faster else 'no'} |")
    lines += ["", f"targets (every query < 200 ms and >= 10x rdflib): {'met' if met else 'NOT met'}"]
    print("\n".join(lines))
    write_result("query", f"python benchmarks/query.py --runs {args.runs}", lines, note=f"(median of {args.runs})", bullets=False)


if __name__ == "__main__":
    main()
