"""``kg export``: a built graph in the formats other tools read.

* RDF (``ttl``, ``nt``, ``nq``, ``trig``, ``jsonld``): the knowledge graph
  (the store's default graph, written by Oxigraph; without a store, graph.ttl
  re-written by rdflib), or the triples of a SPARQL ``CONSTRUCT`` query.
  The store's bookkeeping graph is left out unless ``with_ledger``
  (``nq``/``trig`` only: a full copy of the store).
* ``graphml`` / ``gexf`` (Gephi, yEd, Cytoscape) and ``csv`` (node and
  relationship files for ``neo4j-admin database import``): the relation network,
  the projection :func:`kg.analytics.project` makes (entities in a relation;
  one edge per plain triple, with its readings).

Files are written atomically; without ``out`` the export goes to ``stream`` (stdout).
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputError, KGError
from kg.fsutil import write_atomically

RDF_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")
FORMATS = RDF_FORMATS + ("graphml", "gexf", "csv")
_RDFLIB_NAMES = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
NEO4J_FILES = ("nodes.csv", "relationships.csv")


class ExportError(KGError):
    """An export that cannot be made as asked (a CONSTRUCT for a network format, no --out for csv)."""

    exit_code = 2


def export(graph_dir: Path | str, fmt: str, out: Path | str | None = None, *, construct: str | None = None,
           with_ledger: bool = False, stream: BinaryIO | None = None) -> list[Path]:
    """Export the graph of ``graph_dir`` (a build folder, store folder or graph file) as ``fmt``; return the files written."""
    from kg.graph_files import is_store, open_graph
    from kg.sparql import run_query

    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r} (choose one of {', '.join(FORMATS)})")
    if fmt == "csv" and out is None:
        raise ExportError("--format csv writes two files (nodes.csv, relationships.csv): give the folder with --out")
    if construct and fmt not in RDF_FORMATS:
        raise ExportError(f"a CONSTRUCT result is RDF: export it as {', '.join(RDF_FORMATS)}")
    if with_ledger and (fmt not in ("nq", "trig") or construct):
        raise ExportError("--with-ledger exports the whole store: use --format nq or trig")
    graph = open_graph(graph_dir)
    try:
        if fmt in RDF_FORMATS:
            if construct:
                result = run_query(graph, construct, timeout=None)
                if result.columns != ["subject", "predicate", "object"]:
                    raise ExportError("the query given to export is not a CONSTRUCT (or DESCRIBE) query")
                data = _rdflib_bytes(result.rows, fmt)
            elif is_store(graph):
                buffer = io.BytesIO()
                graph.dump(buffer, fmt, with_ledger=with_ledger)
                data = buffer.getvalue()
            elif with_ledger:
                raise ExportError(f"{graph_dir}: no store here, so no bookkeeping to export")
            else:
                data = _rdflib_bytes(graph, fmt)
            return _write(data, out, stream)
        from kg.analytics import neo4j_tables, project, write_network

        network = project(graph)
        if fmt == "csv":
            nodes, edges = neo4j_tables(network)
            folder = Path(out)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InputError(f"{folder}: cannot be the export folder ({exc.strerror or exc})") from exc
            return [write_atomically(folder / name, _csv(rows)) for name, rows in zip(NEO4J_FILES, (nodes, edges))]
        buffer = io.BytesIO()
        write_network(network, buffer, fmt)
        return _write(buffer.getvalue(), out, stream)
    finally:
        if is_store(graph):
            graph.close()


def _rdflib_bytes(triples: Any, fmt: str) -> bytes:
    from rdflib import Dataset

    from kg.graph import PREFIXES, new_graph

    graph = new_graph() if fmt not in ("nq", "trig") else Dataset()
    for prefix, uri in PREFIXES.items():
        graph.bind(prefix, uri)
    for triple in triples:
        graph.add(tuple(triple))
    data = graph.serialize(format=_RDFLIB_NAMES[fmt])
    return data.encode("utf-8") if isinstance(data, str) else data


def _csv(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _write(data: bytes, out: Path | str | None, stream: BinaryIO | None) -> list[Path]:
    if out is None:
        target = stream or sys.stdout.buffer
        target.write(data)
        target.flush()
        return []
    try:
        return [write_atomically(Path(out), data)]
    except OSError as exc:
        raise InputError(f"{out}: cannot write the export ({exc.strerror or exc})") from exc
