"""`kg build` over the Reuters-21578 corpus: wall time, words per second, peak memory, triples, and the tokenizer floor.

    python benchmarks/build.py [--corpus PATH] [--out DIR] [--jobs N]

The build runs as ``python -m kg build CORPUS --out DIR -q --jobs N`` in a child
process. Peak memory is measured two ways: the summed resident memory of the
build's whole process tree (the main process and its extraction workers),
sampled every 50 ms, and ``ru_maxrss`` of the children (the largest single
process). The floor is the same articles through ``spacy.blank("en")``'s
tokenizer alone, in this process. Target (issue 6): the build within 25 times
the tokenizer time, at most 2 GiB.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, DEFAULT_OUT, mib, run, write_result  # noqa: E402


def tokenizer_seconds(texts: list[str]) -> float:
    """Seconds for ``spacy.blank("en")``'s tokenizer over every text (best of 2: the first warms the cache)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        for _doc in tokenizer.pipe(texts, batch_size=256):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    args = parser.parse_args()

    from kg.articles_read import read_articles

    read = read_articles([args.corpus])
    texts = [a.text for a in read.articles]
    words = sum(len(t.split()) for t in texts)
    floor = tokenizer_seconds(texts)
    print(f"{len(texts):,} articles, {words:,} words; tokenizer alone {floor:.1f} s ({words / floor:,.0f} words/s)")

    command = [sys.executable, "-m", "kg", "build", str(args.corpus), "--out", str(args.out), "-q"]
    command += ["--jobs", str(args.jobs)] if args.jobs else []
    result = run(command)
    if result.returncode != 0:
        sys.exit(f"kg build failed ({result.returncode}):\n{result.stderr[-2000:]}")
    children_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    report = json.loads((args.out / "report.json").read_text(encoding="utf-8"))
    from kg.store import open_store

    with open_store(args.out) as store:
        triples = len(store)
    ratio = result.seconds / floor
    lines = [
        f"articles read {report['articles']['read']:,} of {len(texts):,} with text; {words:,} words",
        f"kg build: {result.seconds:.1f} s wall, {words / result.seconds:,.0f} words/s",
        f"peak memory: {mib(result.peak_tree_bytes)} (whole process tree, sampled), {mib(children_max)} (largest process, ru_maxrss)",
        f"triples: {triples:,} in the store; {report['entities']['total']:,} entities, "
        f"{report['relations']['plain_triples']:,} plain relations",
        f"tokenizer alone (spacy.blank('en')): {floor:.1f} s, {words / floor:,.0f} words/s",
        f"build / tokenizer: {ratio:.1f}x (target <= 25x: {'met' if ratio <= 25 else 'NOT met'}); "
        f"peak <= 2 GiB: {'met' if result.peak_tree_bytes <= 2 * 2**30 else 'NOT met'}",
        f"against the issue's tokenizer figure (2.4M words/s, synthetic text, one core): {words / 2.4e6:.1f} s floor, "
        f"build / floor {result.seconds / (words / 2.4e6):.0f}x ({'met' if result.seconds <= 25 * words / 2.4e6 else 'NOT met'})",
    ]
    print("\n".join(lines))
    flags = f" --jobs {args.jobs}" if args.jobs else ""
    write_result("build", f"python benchmarks/build.py{flags}", lines, note=f"(runs `python -m kg build CORPUS --out DIR -q{flags}`)")


if __name__ == "__main__":
    main()
