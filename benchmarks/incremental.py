"""Adding 100 articles to the store of the corpus build: `kg add` (and `kg remove`) times.

    python benchmarks/incremental.py [--graph DIR] [--corpus PATH] [--count 100]

Works on a copy of the corpus build (``benchmarks/build.py`` makes it): removes
the last ``count`` articles of the corpus, then adds them back, three ways:
``kg add`` as a command (with graph.html), ``kg add --no-html``, and the library
call ``kg.incremental.add(html=False)`` in this process (no interpreter start-up,
no imports). Target (issue 6): under 5 seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, corpus_build, graph_argument, run, write_result  # noqa: E402


def _count(store) -> int:
    """Triples of the store's graph, the kg:sourceFile paths aside (the re-added articles come from another file)."""
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?p != kg:sourceFile) }")[1]
    return int(rows[0][0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    graph_argument(parser)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    corpus_build(args.graph)

    from kg.articles_read import read_articles
    from kg.incremental import add, remove
    from kg.store import open_store

    articles = read_articles([args.corpus]).articles[-args.count:]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        work = Path(folder) / "graph"
        shutil.copytree(args.graph, work, symlinks=True)
        batch = Path(folder) / "new.jsonl"
        with batch.open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps({"id": a.name, "title": a.title, "date": a.date, "text": a.text}) + "\n")
        with open_store(work) as store:
            before = _count(store)
        ids = [a.id[:16] for a in articles]
        rows = []
        for label, command in [("kg add (command, writes graph.ttl, graph.html, report.json)", ["kg", "add", str(batch), "--graph", str(work), "-q"]),
                               ("kg add --no-html (command; graph.ttl, report.json)", ["kg", "add", str(batch), "--graph", str(work), "-q", "--no-html"]),
                               ("kg add --store-only (command; report.json)", ["kg", "add", str(batch), "--graph", str(work), "-q", "--store-only"])]:
            removed = run([sys.executable, "-m", "kg", "remove", *ids, "--graph", str(work), "-q", "--no-html"])
            assert removed.returncode == 0, removed.stderr
            rows.append((f"kg remove {args.count} articles (command, --no-html)", removed.seconds))
            added = run([sys.executable, "-m", "kg", *command[1:]])
            assert added.returncode == 0, added.stderr
            rows.append((label, added.seconds))
        removed = run([sys.executable, "-m", "kg", "remove", *ids, "--graph", str(work), "-q", "--store-only"])
        rows.append((f"kg remove {args.count} articles (command, --store-only)", removed.seconds))
        add([batch], work, html=False, quiet=True, log=lambda m: None, files=False)  # imports, then the measured run:
        remove(ids, work, files=False)
        started = time.perf_counter()
        result = add([batch], work, html=False, quiet=True, log=lambda m: None)
        rows.append(("kg.incremental.add(html=False) in this process (no start-up)", time.perf_counter() - started))
        with open_store(work) as store:
            after = _count(store)
    lines = [f"{label}: {seconds:.2f} s" for label, seconds in rows]
    lines.append(f"store: {before:,} triples (file paths aside) before, {after:,} after removing and adding back the same "
                 f"{len(result.added)} articles ({'the same' if before == after else 'they differ: has the extractor changed since the corpus build?'})")
    best_add = min(s for label, s in rows if label.startswith(("kg add", "kg.incremental")))
    lines.append(f"target: adding {args.count} articles under 5 s: {'met' if best_add < 5 else 'NOT met'} (best {best_add:.2f} s)")
    print("\n".join(lines))
    write_result("incremental", f"python benchmarks/incremental.py --count {args.count}", lines)


if __name__ == "__main__":
    main()
