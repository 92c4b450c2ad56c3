"""The ``kg`` command: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the
result. A :class:`~kg.errors.KGError` becomes ``kg: error: <message>`` on
stderr and the error's exit code; nothing else is caught, so a bug shows its
traceback.

Exit codes: 0 success, 1 partial (``--strict`` with problems) or generic
error, 2 bad input or usage, 3 nothing could be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from kg.errors import KGError

DEFAULT_OUT = Path("output")


def _cmd_build(args: argparse.Namespace) -> int:
    from kg.build import build

    result = build(args.paths or None, args.out, model=args.model, max_bytes=args.max_bytes, html=not args.no_html,
                   log=(lambda m: None) if args.quiet else None)
    report = result.report
    if not args.quiet:
        arts, rels = report["articles"], report["relations"]
        print(f"{arts['read']} article(s) read, {report['entities']['total']} entities, {rels['plain_triples']} relations "
              f"-> {', '.join(str(p) for p in result.files.values())}")
        if report["problems"]:
            print(f"{len(report['problems'])} problem(s): see {result.files['report']}", file=sys.stderr)
    serious = [p for p in report["problems"] if p["action"] != "kept, nothing extracted"]
    return 1 if args.strict and serious else 0


def _cmd_query(args: argparse.Namespace) -> int:
    from kg.query import format_result, load_graph, run_query

    if args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except OSError as exc:
            raise KGError(f"{args.file}: cannot read query file ({exc.strerror or exc})") from exc
    elif args.sparql:
        text = args.sparql
    else:
        raise KGError("give a SPARQL query as an argument or with --file")
    result = run_query(load_graph(args.graph), text)
    print(format_result(result, args.format, None if args.format != "table" else args.limit))
    return 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, evaluation_json, format_evaluation, read_gold
    from kg.query import load_graph

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
    b.add_argument("--strict", action="store_true", help="exit 1 when any file had a problem")
    b.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    b.set_defaults(func=_cmd_build)

    q = sub.add_parser("query", help="run a SPARQL query over a built graph")
    q.add_argument("sparql", nargs="?", help="the query text (prefixes kg:, ent:, rdfs:, ... are predeclared)")
    q.add_argument("--file", "-f", help="read the query from a .rq file")
    q.add_argument("--graph", type=Path, default=DEFAULT_OUT, help="build folder or graph file (default: output/)")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--limit", type=int, default=200, help="rows to print in a table (default 200)")
    q.set_defaults(func=_cmd_query)

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
