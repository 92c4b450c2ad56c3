"""Shared helpers of the benchmark scripts: the corpus, peak memory of a process tree, and results.md sections.

Each script prints its figures and writes them into its own section of
``benchmarks/results.md`` (between ``<!-- NAME:start -->`` and ``<!-- NAME:end -->``),
so the scripts can run one at a time, in any order.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.md"
CORPUS = HERE.parent.parent / "shared" / "corpora" / "reuters21578.jsonl"
DEFAULT_OUT = HERE / "out" / "reuters"
HEADER = """# Benchmarks

Measured by the scripts of `benchmarks/` (run on demand, not in CI); each script rewrites its own section.
Machine: see each section. Corpus: `../shared/corpora/reuters21578.jsonl` (Reuters-21578).
"""


def machine() -> str:
    """One line: CPU count, memory, Python, OS."""
    memory = ""
    try:
        with open("/proc/meminfo") as fh:
            kib = int(fh.readline().split()[1])
        memory = f", {kib / 2**20:.0f} GiB RAM"
    except OSError:
        pass
    return f"{os.cpu_count()} CPU{memory}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def graph_argument(parser: argparse.ArgumentParser) -> None:
    """``--graph DIR``: the corpus build the script reads (made by :func:`corpus_build` when missing)."""
    parser.add_argument("--graph", type=Path, default=DEFAULT_OUT,
                        help=f"the corpus build (default {DEFAULT_OUT}; built from {CORPUS.name} first if it has no store)")


def corpus_build(graph: Path) -> Path:
    """The corpus build at ``graph``: made with ``kg build`` (about 2 minutes here) when it has no store yet."""
    if (graph / "store" / "CURRENT").is_file() and (graph / "graph.ttl").is_file():
        return graph
    print(f"{graph}: no corpus build yet; running kg build over {CORPUS} (about 2 minutes)", file=sys.stderr)
    result = run([sys.executable, "-m", "kg", "build", str(CORPUS), "--out", str(graph), "-q"])
    if result.returncode != 0:
        sys.exit(f"kg build failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return graph


def write_result(name: str, command: str, lines: list[str], *, note: str = "", bullets: bool = True) -> None:
    """The section ``name`` of results.md: the command (and a note), the machine, then ``lines`` (as a list, or as they are)."""
    body = [f"- {line}" for line in lines] if bullets else lines
    heading = f"Command: `{command}`" + (f" {note}" if note else "")
    write_section(name, "\n".join([f"## {name}", "", heading, f"Machine: {machine()}", "", *body]))


def write_section(name: str, text: str) -> None:
    """Replace (or append) the section ``name`` of results.md."""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.is_file() else HEADER
    block = f"<!-- {name}:start -->\n{text.rstrip()}\n<!-- {name}:end -->"
    pattern = re.compile(rf"<!-- {re.escape(name)}:start -->.*?<!-- {re.escape(name)}:end -->", re.S)
    updated = pattern.sub(lambda _: block, current) if pattern.search(current) else current.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(updated, encoding="utf-8")


def _tree_rss(pid: int) -> int:
    """Resident memory (bytes) of ``pid`` and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


@dataclass
class Run:
    """A timed command: wall seconds, peak resident memory of its whole process tree, exit code, output."""

    seconds: float
    peak_tree_bytes: int
    returncode: int
    stdout: str
    stderr: str


def run(command: list[str], poll: float = 0.05) -> Run:
    """Run ``command``, sampling the summed RSS of its process tree every ``poll`` seconds."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(poll)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    return Run(seconds, peak, process.returncode, stdout, stderr)


def mib(n: float) -> str:
    return f"{n / 2**20:,.0f} MiB"
