"""``kg build``: articles in, graph files out.

The stages in order, each a function over plain data::

    read_articles -> build_pipeline / nlp(text) -> extract -> resolve -> build_graph
      -> validate (SHACL) -> graph.ttl, graph.html, report.json

One article's failure is reported and the build goes on; only a build that
read no article at all raises (:class:`~kg.errors.NothingReadError`). Every
output is staged beside its place and renamed in at the end
(:mod:`kg.fsutil`), so a build killed at any moment leaves the previous
outputs intact.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph
from spacy.language import Language

from kg.articles import DEFAULT_MAX_BYTES, Article, one_line, read_articles, sample_paths
from kg.errors import InputError, NothingReadError
from kg.extract import Extraction, extract
from kg.fsutil import commit, remove_stale_temporaries, stage, write_atomically
from kg.graph import build_graph, plain_triples
from kg.nlp import build_pipeline
from kg.report import build_report, dumps
from kg.resolve import Resolution, resolve
from kg.validate import SHAPES_FILE, validate_graph
from kg.views import write_graph_html

GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"
REPORT_FILE = "report.json"
OUTPUT_FILES = (GRAPH_FILE, HTML_FILE, REPORT_FILE)


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
        if len(article.text) > nlp.max_length:
            on_error(article, f"text is {len(article.text):,} characters, over the NLP limit of {nlp.max_length:,}")
            continue
        try:
            extractions.append(extract(nlp(article.text), article.id))
        except Exception as exc:  # one bad article must not stop the build
            on_error(article, f"{type(exc).__name__}: {exc}")
    return extractions


def assemble(articles: list[Article], extractions: list[Extraction]) -> tuple[list[Article], Resolution, Graph]:
    """Resolve the extractions' entities and build the graph; returns the articles kept (those extracted)."""
    resolution = resolve(extractions)
    done = {ex.article_id for ex in extractions}
    kept = [a for a in articles if a.id in done]
    return kept, resolution, build_graph(kept, extractions, resolution)


def build(
    paths: Iterable[Path | str] | None = None,
    out_dir: Path | str = "output",
    *,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    html: bool = True,
    max_nodes: int = 2000,
    validate: bool = True,
    log: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (default: the bundled sample) into ``out_dir``.

    ``max_nodes`` caps graph.html: a larger graph is cut to its top entities by PageRank, with a note.

    Every output is staged in ``out_dir`` and renamed into place at the end, so a
    build that fails or is killed leaves the previous outputs as they were.
    """
    log = log or (lambda message: print(message, file=sys.stderr))
    out = Path(out_dir)
    try:  # before the long work: an --out that cannot be a folder is the user's to fix
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot be the output folder ({exc.strerror or exc})") from exc
    paths = list(paths) if paths else []
    read = read_articles(paths or sample_paths(), max_bytes=max_bytes)
    for problem in read.problems:
        log(f"{problem.level}: {problem}")
    failures: list[tuple[Article, str]] = []

    def on_error(article: Article, why: str) -> None:
        failures.append((article, why))
        log(f"error: {one_line(', '.join(article.paths) or article.name)}: extraction failed: {one_line(why)} (skipped)")

    nlp = build_pipeline(model) if read.articles else None
    extractions = extract_articles(read.articles, nlp, on_error) if nlp else []
    kept, resolution, graph = assemble(read.articles, extractions)
    triples = plain_triples(extractions, resolution)
    report = build_report(kept, extractions, read.problems, failures, resolution, triples, read.duplicates)
    remove_stale_temporaries(out, OUTPUT_FILES + (f".{HTML_FILE}",))
    if not extractions:
        files = {"report": write_atomically(out / REPORT_FILE, dumps(report))}
        raise NothingReadError(f"no article could be read from the input; see {files['report']} for each file's problem")
    if validate:
        validation = validate_graph(graph)
        report["validation"] = validation.summary()
        if not validation.conforms:
            log(f"warning: {out / GRAPH_FILE}: {len(validation.violations)} SHACL violation(s) of {SHAPES_FILE.name}, "
                f"e.g. {validation.violations[0]} (all: kg validate {out})")
    staged: list[tuple[Path, Path]] = []
    try:
        staged.append((stage(out / GRAPH_FILE, graph.serialize(format="turtle")), out / GRAPH_FILE))
        if html:
            title = "newskg: " + (", ".join(str(p) for p in paths) if paths else "sample")
            staging = out / f".{HTML_FILE}.{os.getpid()}-staged.tmp"
            staged.append((write_graph_html(graph, staging, title=title, max_nodes=max_nodes), out / HTML_FILE))
        staged.append((stage(out / REPORT_FILE, dumps(report)), out / REPORT_FILE))  # last: a new report means a complete build
        files = dict(zip([kind for kind in ("graph", "html", "report") if html or kind != "html"], commit(staged), strict=True))
    except BaseException as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a read-only folder: the previous outputs are untouched
            raise InputError(f"{out}: cannot write the outputs ({exc.strerror or exc}); the previous ones are unchanged") from exc
        raise
    return BuildResult(out, graph, kept, extractions, resolution, report, files)
