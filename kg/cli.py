"""The ``kg`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the
result. A :class:`~kg.errors.KGError` becomes ``kg: error: <message>`` on
stderr and the error's exit code; nothing else is caught, so a bug shows its
traceback.

Exit codes: 0 success, 1 partial (``--strict`` with problems), SHACL
violations (``kg validate``) or generic error, 2 bad input or usage, 3 nothing
could be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from kg.errors import KGError

DEFAULT_OUT = Path("output")


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.builder import build

    result = build(args.paths or None, args.out, model=args.model, max_bytes=args.max_bytes, html=not args.no_html,
                   max_nodes=args.max_nodes, log=(lambda m: None) if args.quiet else None)
    report = result.report
    if not args.quiet:
        arts, rels = report["articles"], report["relations"]
        print(f"{arts['read']} article(s) read, {report['entities']['total']} entities, {rels['plain_triples']} relations "
              f"-> {', '.join(str(p) for p in result.files.values())}")
        if report["problems"]:
            print(f"{len(report['problems'])} problem(s): see {result.files['report']}", file=sys.stderr)
    serious = [p for p in report["problems"] if p.get("level") != "note"]
    violations = report.get("validation", {}).get("violations", 0)
    return 1 if args.strict and (serious or violations) else 0


def _cmd_query(args: argparse.Namespace) -> int:
    from kg.sparql import format_result, graph_file, load_graph, rows_left_out, run_query, save_graph

    if args.list or args.name or args.param:
        return _named_query(args)
    if args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise KGError(f"{args.file}: cannot read query file ({exc.strerror or exc})") from exc
    elif args.sparql:
        text = args.sparql
    else:
        raise KGError("give a SPARQL query as an argument or with --file")
    graph = load_graph(args.graph)
    result = run_query(graph, text, allow_update=args.allow_update, allow_service=args.allow_service, timeout=args.timeout)
    if result.columns[:1] == ["update"]:  # an allowed SPARQL Update: keep its changes
        print(f"{result.rows[0][0]}: {result.rows[0][1]} -> {result.rows[0][2]} triples; saved {save_graph(graph, graph_file(args.graph))}")
        return 0
    limit = args.limit if args.limit is not None else (200 if args.format == "table" else None)
    print(format_result(result, args.format, limit))
    if args.format != "table" and rows_left_out(result, limit):
        print(f"kg: {rows_left_out(result, limit)} of {len(result.rows)} rows not shown (--limit {limit})", file=sys.stderr)
    return 0


def _named_query(args: argparse.Namespace) -> int:
    """``kg query --list`` and ``kg query --name NAME --param KEY=VALUE ...``."""
    from kg.errors import NamedQueryError
    from kg.named_queries import format_query_list, named_queries, parse_params, run_named_query
    from kg.sparql import format_result, load_graph, rows_left_out

    if args.list:
        print(format_query_list(named_queries()))
        return 0
    if not args.name:
        raise NamedQueryError("--param goes with --name NAME (kg query --list shows the names)")
    if args.sparql or args.file:
        raise NamedQueryError("give --name or a SPARQL query (text or --file), not both")
    result = run_named_query(load_graph(args.graph), args.name, parse_params(args.param), timeout=args.timeout or None)
    limit = args.limit if args.limit is not None else (200 if args.format == "table" else None)
    print(format_result(result, args.format, limit))
    if args.format != "table" and rows_left_out(result, limit):
        print(f"kg: {rows_left_out(result, limit)} of {len(result.rows)} rows not shown (--limit {limit})", file=sys.stderr)
    return 0


def _cmd_network(args: argparse.Namespace) -> int:
    from kg.network import format_tables, network_report
    from kg.sparql import graph_file, load_graph

    html_dir = None if args.no_html or args.html else graph_file(args.graph).parent
    report = network_report(load_graph(args.graph), args.view, entities=args.entities, hostile=args.hostile,
                            top=args.top, depth=args.depth, max_paths=args.max_paths, seed=args.seed,
                            html=None if args.no_html else args.html, html_dir=html_dir, max_nodes=args.max_nodes)
    print(format_tables(report.tables, args.format))
    for note in report.notes:
        print(f"kg: {note}", file=sys.stderr)
    for file in report.files:
        print(f"kg: wrote {file}", file=sys.stderr)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.sparql import graph_file, load_graph
    from kg.validate import format_validation, validate_graph

    result = validate_graph(load_graph(args.graph))
    print(format_validation(result, graph_file(args.graph), None if args.limit == 0 else args.limit))
    return 0 if result.conforms else 1


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, evaluation_json, format_evaluation, read_gold
    from kg.sparql import load_graph

    gold = []
    for path in args.gold:
        gold += read_gold(path)
    result = evaluate(gold, load_graph(args.graph))
    print(evaluation_json(result) if args.format == "json" else format_evaluation(result, details=not args.summary))
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kg", description="News articles in, a linked RDF knowledge graph out.")
    sub = main.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the knowledge graph of articles (default: the bundled sample)")
    b.add_argument("paths", nargs="*", type=Path, help=".txt/.md files, folders of them, or .jsonl files")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: output/)")
    b.add_argument("--model", help="an installed spaCy pipeline to add its NER and parse (e.g. en_core_web_sm)")
    b.add_argument("--max-bytes", type=int, default=20_000_000, help="skip files larger than this (default 20 MB)")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--max-nodes", type=int, default=2000,
                   help="graph.html shows at most this many entities, the top by PageRank (default 2000)")
    b.add_argument("--strict", action="store_true", help="exit 1 when any file had a problem or the graph has SHACL violations")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    b.set_defaults(func=_cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query over a built graph")
    q.add_argument("sparql", nargs="?", help="the query text (prefixes kg:, ent:, rdfs:, ... are predeclared)")
    q.add_argument("--file", "-f", help="read the query from a .rq file")
    q.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder or graph file (default: output/)")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=int, default=None,
                   help="rows to print (default: 200 in a table, all in csv/json; 0: all); the rows left out are counted")
    q.add_argument("--timeout", type=float, default=30.0, help="stop the query after this many seconds (default 30; 0: none)")
    q.add_argument("--allow-update", action="store_true", help="allow SPARQL Update (INSERT, DELETE, ...) and save the changed graph")
    q.add_argument("--allow-service", action="store_true", help="allow SERVICE, FROM and LOAD, which reach other endpoints and files")
    q.add_argument("--name", "-n", help="run a named query of ontology/queries/ (see --list)")
    q.add_argument("--param", "-p", action="append", metavar="KEY=VALUE",
                   help="a named query's parameter; entities by label or alias, e.g. --param entity=CSTO (repeatable)")
    q.add_argument("--list", action="store_true", help="list the named queries with their parameters and examples")
    q.set_defaults(func=_cmd_query)

    n = sub.add_parser("network", help="alliance blocs, centrality, communities, paths and neighbourhoods (networkx)",
                       description="Project the graph into networkx and report one view: summary (blocs, centrality and "
                                   "communities; writes the alliance map), blocs, centrality, communities, "
                                   "path A B (shortest chains of relations), ego ENTITY (the neighbourhood; writes its map).")
    n.add_argument("view", nargs="?", default="summary", choices=("summary", "blocs", "centrality", "communities", "path", "ego"))
    n.add_argument("entities", nargs="*", help="path: two entities; ego: one (labels or aliases)")
    n.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder or graph file (default: output/)")
    n.add_argument("--format", choices=("table", "csv", "json"), default="table")
    n.add_argument("--hostile", action="store_true", help="blocs and map of conflict (inConflictWith, attacks, sanctions, criticizes)")
    n.add_argument("--top", type=int, default=10, help="actors in the centrality table (default 10)")
    n.add_argument("--depth", type=int, default=2, help="ego: relations away from the entity (default 2)")
    n.add_argument("--max-paths", type=int, default=10, help="path: at most this many shortest chains (default 10)")
    n.add_argument("--seed", type=int, default=None, help="Louvain seed (default fixed, so communities repeat)")
    n.add_argument("--html", type=Path, help="write the map here (default: alliance.html, hostile.html or ego-NAME.html beside the graph)")
    n.add_argument("--no-html", action="store_true", help="write no HTML map")
    n.add_argument("--max-nodes", type=int, default=2000, help="draw at most this many entities, the top by PageRank (default 2000)")
    n.set_defaults(func=_cmd_network)

    v = sub.add_parser("validate", help="check a built graph against the SHACL shapes (ontology/shapes.ttl)")
    v.add_argument("graph", nargs="?", type=Path, default=DEFAULT_OUT, help="build folder or graph file (default: output/)")
    v.add_argument("--limit", type=int, default=50, help="violations to print (default 50; 0: all)")
    v.set_defaults(func=_cmd_validate)

    e = sub.add_parser("evaluate", help="score a graph against gold relations")
    e.add_argument("graph", nargs="?", type=Path, default=DEFAULT_OUT, help="build folder or graph file (default: output/)")
    e.add_argument("--gold", action="append", required=True, help="gold TSV file (repeatable)")
    e.add_argument("--format", choices=("text", "json"), default="text")
    e.add_argument("--summary", action="store_true", help="print only the summary")
    e.set_defaults(func=_cmd_evaluate)
    return main


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KGError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
