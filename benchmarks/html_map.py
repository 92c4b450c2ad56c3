"""Writing graph.html for the corpus graph (cut to its top entities by PageRank): time and size.

    python benchmarks/html_map.py [--graph DIR] [--max-nodes 2000]

Reads the corpus build's store (``benchmarks/build.py``; built first if missing), projects it once
(networkx) and writes the offline map, as ``kg build`` does.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import corpus_build, graph_argument, write_result  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    graph_argument(parser)
    parser.add_argument("--max-nodes", type=int, default=2000)
    args = parser.parse_args()
    corpus_build(args.graph)

    from kg.analytics import project
    from kg.graph_files import open_graph
    from kg.views import write_network_html

    store = open_graph(args.graph)
    started = time.perf_counter()
    network = project(store)
    projected = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        page = write_network_html(network, Path(folder) / "graph.html", title="newskg: Reuters-21578", max_nodes=args.max_nodes)
        written = time.perf_counter() - started
        size = page.stat().st_size
    lines = [f"projection of the store: {network.number_of_nodes():,} entities in relations, {network.number_of_edges():,} "
             f"relations, {projected:.2f} s",
             f"graph.html (at most {args.max_nodes:,} entities): {written:.2f} s to write, {size / 2**20:.1f} MiB",
             f"total: {projected + written:.2f} s"]
    print("\n".join(lines))
    write_result("html", f"python benchmarks/html_map.py --max-nodes {args.max_nodes}", lines)


if __name__ == "__main__":
    main()
