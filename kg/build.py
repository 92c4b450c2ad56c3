"""``kg build``: articles in, graph files out.

The stages in order, each a function over plain data::

    read_articles -> build_pipeline / nlp(text) -> extract -> resolve -> build_graph
      -> graph.ttl, graph.html, report.json

One article's failure is reported and the build goes on; only a build that
read no article at all raises (:class:`~kg.errors.NothingReadError`). Every
output is written atomically.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph
from spacy.language import Language

from kg.articles import DEFAULT_MAX_BYTES, Article, ReadProblem, read_articles, sample_paths
from kg.errors import NothingReadError
from kg.extract import Extraction, extract
from kg.fsutil import write_atomically
from kg.graph import build_graph, plain_triples
from kg.nlp import build_pipeline
from kg.report import build_report, dumps
from kg.resolve import Resolution, resolve
from kg.views import write_graph_html

GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"
REPORT_FILE = "report.json"


@dataclass
class BuildResult:
    """What a build produced."""

    out_dir: Path
    graph: Graph
    articles: list[Article]
    extractions: list[Extraction]
    resolution: Resolution
    report: dict
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def problems(self) -> list[dict]:
        return self.report["problems"]


def extract_articles(articles: list[Article], nlp: Language, on_error: Callable[[Article, str], None]) -> list[Extraction]:
    """Run the pipeline and extraction on each article; a failing article is reported, not fatal."""
    extractions = []
    for article in articles:
        try:
            extractions.append(extract(nlp(article.text), article.id))
        except Exception as exc:  # one bad article must not stop the build
            on_error(article, f"{type(exc).__name__}: {exc}")
    return extractions


def build(
    paths: Iterable[Path | str] | None = None,
    out_dir: Path | str = "output",
    *,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    html: bool = True,
    log: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (default: the bundled sample) into ``out_dir``."""
    log = log or (lambda message: print(message, file=sys.stderr))
    out = Path(out_dir)
    read = read_articles(list(paths) if paths else sample_paths(), max_bytes=max_bytes)
    for problem in read.problems:
        log(f"warning: {problem}")
    failures: list[tuple[Article, str]] = []

    def on_error(article: Article, why: str) -> None:
        failures.append((article, why))
        log(f"warning: {', '.join(article.paths) or article.name}: extraction failed: {why} (skipped)")

    nlp = build_pipeline(model) if read.articles else None
    extractions = extract_articles(read.articles, nlp, on_error) if nlp else []
    resolution = resolve(extractions)
    done = {ex.article_id for ex in extractions}
    kept = [a for a in read.articles if a.id in done]
    graph = build_graph(kept, extractions, resolution)
    triples = plain_triples(extractions, resolution)
    report = build_report(kept, extractions, read.problems, failures, resolution, triples, read.duplicates)
    files = {"report": write_atomically(out / REPORT_FILE, dumps(report))}
    if not extractions:
        raise NothingReadError(f"no article could be read from the input; see {files['report']} for each file's problem")
    files["graph"] = write_atomically(out / GRAPH_FILE, graph.serialize(format="turtle"))
    if html:
        files["html"] = write_graph_html(graph, out / HTML_FILE, title="newskg: " + (", ".join(str(p) for p in paths) if paths else "sample"))
    return BuildResult(out, graph, kept, extractions, resolution, report, files)
