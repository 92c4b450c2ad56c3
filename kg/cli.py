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
                   max_nodes=args.max_nodes, log=(lambda m: None) if args.quiet else None, jobs=args.jobs,
                   executor=args.executor, scheduler=args.scheduler, quiet=args.quiet, store=not args.no_store)
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
    from kg.graph_files import graph_file, is_store, open_graph, save_graph
    from kg.sparql import run_query

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
    graph = open_graph(args.graph, writable=args.allow_update)
    result = run_query(graph, text, allow_update=args.allow_update, allow_service=args.allow_service, timeout=args.timeout)
    if result.columns[:1] == ["update"]:  # an allowed SPARQL Update: keep its changes
        saved = save_graph(graph, graph.path if is_store(graph) else graph_file(args.graph))
        print(f"{result.rows[0][0]}: {result.rows[0][1]} -> {result.rows[0][2]} triples; saved {saved}")
        return 0
    return _print_rows(result, args)


def _print_rows(result, args: argparse.Namespace) -> int:
    """Print query rows in the chosen format; say on stderr how many a --limit left out."""
    from kg.query_results import format_result, rows_left_out

    limit = args.limit if args.limit is not None else (200 if args.format == "table" else None)
    print(format_result(result, args.format, limit))
    if args.format != "table" and rows_left_out(result, limit):
        print(f"kg: {rows_left_out(result, limit)} of {len(result.rows)} rows not shown (--limit {limit})", file=sys.stderr)
    return 0


def _named_query(args: argparse.Namespace) -> int:
    """``kg query --list`` and ``kg query --name NAME --param KEY=VALUE ...``."""
    from kg.errors import NamedQueryError
    from kg.graph_files import open_graph
    from kg.named_queries import format_query_list, named_queries, parse_params, run_named_query

    if args.list:
        print(format_query_list(named_queries()))
        return 0
    if not args.name:
        raise NamedQueryError("--param goes with --name NAME (kg query --list shows the names)")
    if args.sparql or args.file:
        raise NamedQueryError("give --name or a SPARQL query (text or --file), not both")
    result = run_named_query(open_graph(args.graph), args.name, parse_params(args.param), timeout=args.timeout or None)
    return _print_rows(result, args)


def _cmd_add(args: argparse.Namespace) -> int:
    from kg.incremental import add

    result = add(args.paths, args.graph, model=args.model, max_bytes=args.max_bytes, jobs=args.jobs, executor=args.executor,
                 scheduler=args.scheduler, quiet=args.quiet, html=not args.no_html, max_nodes=args.max_nodes,
                 log=(lambda m: None) if args.quiet else None, files=not args.store_only)
    if not args.quiet:
        counts = result.report
        print(f"{len(result.added)} article(s) added, {len(result.already_stored)} already in the store; the store holds "
              f"{counts['articles']['read']} article(s), {counts['entities']['total']} entities, "
              f"{counts['relations']['plain_triples']} relations -> {', '.join(str(p) for p in result.files.values())}")
    serious = [p for p in result.problems if p.get("level") != "note"]
    return 1 if args.strict and serious else 0


def _cmd_remove(args: argparse.Namespace) -> int:
    from kg.incremental import remove

    result = remove(args.articles, args.graph, html=not args.no_html, max_nodes=args.max_nodes, files=not args.store_only)
    if not args.quiet:
        counts = result.report
        print(f"{len(result.removed)} article(s) removed; the store holds {counts['articles']['read']} article(s), "
              f"{counts['entities']['total']} entities, {counts['relations']['plain_triples']} relations")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from kg.export import export

    construct = args.construct
    if args.construct_file:
        try:
            construct = Path(args.construct_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise KGError(f"{args.construct_file}: cannot read the query ({exc.strerror or exc})") from exc
    files = export(args.graph, args.format, args.out, construct=construct, with_ledger=args.with_ledger)
    for file in files:
        print(f"kg: wrote {file}", file=sys.stderr)
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    serve(args.graph, args.port, args.timeout)
    return 0


def _cmd_push(args: argparse.Namespace) -> int:
    from kg.push import push

    result = push(args.graph, args.endpoint, named_graph=args.named_graph, method=args.method, user=args.user,
                  timeout=args.timeout)
    print(f"{result.method} {result.url}: {result.triples} triples ({result.bytes:,} bytes), answered {result.status}")
    return 0


def _cmd_network(args: argparse.Namespace) -> int:
    from kg.graph_files import graph_file, open_graph
    from kg.network import format_tables, network_report

    html_dir = None if args.no_html or args.html else graph_file(args.graph).parent
    report = network_report(open_graph(args.graph), args.view, entities=args.entities, hostile=args.hostile,
                            top=args.top, depth=args.depth, max_paths=args.max_paths, seed=args.seed,
                            html=None if args.no_html else args.html, html_dir=html_dir, max_nodes=args.max_nodes)
    print(format_tables(report.tables, args.format))
    for note in report.notes:
        print(f"kg: {note}", file=sys.stderr)
    for file in report.files:
        print(f"kg: wrote {file}", file=sys.stderr)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from kg.graph_files import graph_file, open_graph
    from kg.validate import format_validation, validate_graph

    result = validate_graph(open_graph(args.graph))
    print(format_validation(result, graph_file(args.graph), None if args.limit == 0 else args.limit))
    return 0 if result.conforms else 1


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, evaluation_json, format_evaluation, read_gold
    from kg.graph_files import open_graph

    gold = []
    for path in args.gold:
        gold += read_gold(path)
    result = evaluate(gold, open_graph(args.graph))
    print(evaluation_json(result) if args.format == "json" else format_evaluation(result, details=not args.summary))
    return 0


def _jobs(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _add_executor_arguments(command: argparse.ArgumentParser) -> None:
    """``--jobs``, ``--executor`` and ``--scheduler``: where the NLP runs (``kg build`` and ``kg add``)."""
    command.add_argument("--jobs", "-j", type=_jobs, default=None,
                         help="worker processes for the NLP (default: all cores; 1: in this process)")
    command.add_argument("--executor", choices=("process", "dask"), default="process",
                         help="process: local worker processes (default); dask: the workers of --scheduler")
    command.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="the Dask scheduler for --executor dask")


def _add_article_arguments(p: argparse.ArgumentParser, *, strict: str) -> None:
    """Options shared by the commands that read and extract articles (build, add)."""
    p.add_argument("--model", help="an installed spaCy pipeline to add its NER and parse (e.g. en_core_web_sm)")
    p.add_argument("--max-bytes", type=int, default=20_000_000, help="skip files larger than this (default 20 MB)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--max-nodes", type=int, default=2000,
                   help="graph.html shows at most this many entities, the top by PageRank (default 2000)")
    p.add_argument("--strict", action="store_true", help=strict)
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors (and no progress bar)")


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kg", description="News articles in, a linked RDF knowledge graph out.")
    sub = main.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the knowledge graph of articles (default: the bundled sample)")
    b.add_argument("paths", nargs="*", type=Path, help=".txt/.md files, folders of them, or .jsonl files")
    b.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: output/)")
    _add_article_arguments(b, strict="exit 1 when any file had a problem or the graph has SHACL violations")
    b.add_argument("--no-store", action="store_true", help="do not write the Oxigraph store out/store/ (kg add needs it)")
    _add_executor_arguments(b)
    b.set_defaults(func=_cmd_build)

    a = sub.add_parser("add", help="add new articles to a build's store (only those it does not hold), then rewrite its files",
                       description="Add articles to the store of --graph DIR in one transaction: articles already there "
                                   "(same content hash) are skipped, entities are resolved against the stored ones. "
                                   "graph.ttl, graph.html and report.json are then written again from the store.")
    a.add_argument("paths", nargs="+", type=Path, help=".txt/.md files, folders of them, or .jsonl files")
    a.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="the build folder (default: output/; made if missing)")
    a.add_argument("--store-only", action="store_true",
                   help="change the store and report.json only, not graph.ttl/graph.html (kg query, network, export read the store)")
    _add_article_arguments(a, strict="exit 1 when any file had a problem")
    _add_executor_arguments(a)
    a.set_defaults(func=_cmd_add)

    r = sub.add_parser("remove", help="remove articles from a build's store, with every triple only they supported",
                       description="Remove each article (its id as in art:ID, its content hash, or its name) from the store "
                                   "of --graph DIR in one transaction: its evidence, its mentions, the relations no other "
                                   "article supports and the entities no other article names. Then rewrite the files.")
    r.add_argument("articles", nargs="+", metavar="ARTICLE_ID", help="art:ID, the 16-digit id, the content hash, or the name")
    r.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="the build folder (default: output/)")
    r.add_argument("--no-html", action="store_true", help="do not write graph.html again")
    r.add_argument("--max-nodes", type=int, default=2000, help="graph.html shows at most this many entities (default 2000)")
    r.add_argument("--store-only", action="store_true", help="change the store and report.json only, not graph.ttl/graph.html")
    r.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    r.set_defaults(func=_cmd_remove)

    x = sub.add_parser("export", help="write the graph as RDF, GraphML/GEXF (Gephi) or CSV node and edge lists (Neo4j)",
                       description="RDF formats write the knowledge graph (the store's default graph) or a CONSTRUCT "
                                   "result; graphml, gexf and csv write the relation network (entities in a relation, "
                                   "one edge per relation); csv writes nodes.csv and relationships.csv for neo4j-admin import.")
    x.add_argument("--format", "-f", required=True, choices=("ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf", "csv"))
    x.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder, store or graph file (default: output/)")
    x.add_argument("--out", "-o", type=Path, help="the file to write (csv: the folder); default: standard output")
    x.add_argument("--construct", metavar="SPARQL", help="export the triples of this CONSTRUCT query instead")
    x.add_argument("--construct-file", metavar="FILE", help="read the CONSTRUCT query from a .rq file")
    x.add_argument("--with-ledger", action="store_true", help="nq/trig: the whole store, with its bookkeeping graph (a backup)")
    x.set_defaults(func=_cmd_export)

    sv = sub.add_parser("serve", help="serve the store as a read-only SPARQL endpoint on 127.0.0.1, with the HTML map",
                        description="SPARQL 1.1 Protocol queries at http://127.0.0.1:PORT/sparql (updates, SERVICE and "
                                    "FROM refused), the map at http://127.0.0.1:PORT/. Ctrl-C stops.")
    sv.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="the build folder (default: output/)")
    sv.add_argument("--port", type=int, default=7878, help="port on 127.0.0.1 (default 7878; 0: any free port)")
    sv.add_argument("--timeout", type=float, default=30.0, help="stop a query after this many seconds (default 30; 0: none)")
    sv.set_defaults(func=_cmd_serve)

    pu = sub.add_parser("push", help="send the graph to a SPARQL 1.1 Graph Store endpoint (Fuseki, GraphDB, Oxigraph, ...)")
    pu.add_argument("--endpoint", required=True, help="the Graph Store URL, e.g. http://127.0.0.1:7878/store")
    pu.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder, store or graph file (default: output/)")
    pu.add_argument("--named-graph", metavar="IRI", help="send to this named graph (default: the endpoint's default graph)")
    pu.add_argument("--method", choices=("PUT", "POST"), default="PUT", help="PUT replaces the graph (default), POST adds to it")
    pu.add_argument("--user", help="user for HTTP basic authentication; the password is read from $KG_PUSH_PASSWORD")
    pu.add_argument("--timeout", type=float, default=300.0, help="give up after this many seconds (default 300)")
    pu.set_defaults(func=_cmd_push)

    q = sub.add_parser("query", help="run a SPARQL query over a built graph (its store when it has one)")
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
