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
from kg.extract import Extraction
from kg.fsutil import commit, remove_stale_temporaries, stage, write_atomically
from kg.graph import RDFLIB_LIMIT, build_graph, graph_triples, plain_triples
from kg.ledger import ledger_triples
from kg.nlp import build_pipeline
from kg.parallel import MIN_PARALLEL_WORDS, extract_one, extract_outcomes, progress_bar
from kg.report import build_report, dumps
from kg.resolve import Resolution, resolve
from kg.store import STORE_NAME, StoreGraph, open_store, store_turtle, write_new_store
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
    graph: "Graph | StoreGraph"  # the store itself for a graph over RDFLIB_LIMIT triples
    articles: list[Article]
    extractions: list[Extraction]
    resolution: Resolution
    report: dict
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def problems(self) -> list[dict]:
        return self.report["problems"]


def extract_articles(articles: list[Article], nlp: Language, on_error: Callable[[Article, str], None]) -> list[Extraction]:
    """Run the pipeline and extraction on each article in this process; a failing article is reported, not fatal."""
    extractions = []
    for article in articles:
        outcome = extract_one(nlp, article.id, article.text, article.date)
        if outcome.extraction is None:
            on_error(article, outcome.error or "no extraction")
        else:
            extractions.append(outcome.extraction)
    return extractions


def extract_all(articles: list[Article], on_error: Callable[[Article, str], None], *, model: str | None = None,
                jobs: int | None = None, executor: str = "process", scheduler: str | None = None,
                quiet: bool = False, min_parallel_words: int = MIN_PARALLEL_WORDS) -> list[Extraction]:
    """Extract ``articles`` in ``jobs`` worker processes (or on a Dask cluster), in input order, with a progress bar.

    The bar (articles, words per second, time left) is drawn on stderr only when it is a terminal and not ``quiet``.
    """
    by_id = {a.id: a for a in articles}
    extractions: list[Extraction] = []
    words = 0
    with progress_bar(len(articles), quiet=quiet) as bar:
        for outcome in extract_outcomes(articles, jobs=jobs, model=model, factory=lambda name: build_pipeline(name),
                                        executor=executor, scheduler=scheduler, min_parallel_words=min_parallel_words):
            article = by_id[outcome.article_id]
            if outcome.extraction is None:
                on_error(article, outcome.error or "no extraction")
            else:
                extractions.append(outcome.extraction)
            words += len(article.text.split())
            bar.update(1)
            if not bar.disable:
                bar.set_postfix_str(f"{words / max(bar.format_dict['elapsed'], 1e-9):,.0f} words/s", refresh=False)
    return extractions


def resolve_kept(articles: list[Article], extractions: list[Extraction]) -> tuple[list[Article], Resolution]:
    """Resolve the extractions' entities; returns the articles kept (those extracted) and the resolution."""
    done = {ex.article_id for ex in extractions}
    return [a for a in articles if a.id in done], resolve(extractions)


def assemble(articles: list[Article], extractions: list[Extraction]) -> tuple[list[Article], Resolution, Graph]:
    """Resolve the extractions' entities and build the graph; returns the articles kept (those extracted)."""
    kept, resolution = resolve_kept(articles, extractions)
    return kept, resolution, build_graph(kept, extractions, resolution)


def estimate_triples(extractions: list[Extraction], resolution: Resolution) -> int:
    """About how many triples the graph will have (articles ~8, evidence ~13 per relation, entities ~4)."""
    return sum(8 + len(ex.entities) + 14 * len(ex.relations) for ex in extractions) + 4 * len(resolution.entities)


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
    jobs: int | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    quiet: bool = False,
    min_parallel_words: int = MIN_PARALLEL_WORDS,
    store: bool = True,
    rdflib_limit: int = RDFLIB_LIMIT,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (default: the bundled sample) into ``out_dir``.

    ``max_nodes`` caps graph.html: a larger graph is cut to its top entities by PageRank, with a note.
    ``jobs`` worker processes extract the articles (default: all cores; 1: in this process), or the
    workers of the Dask scheduler ``scheduler`` with ``executor="dask"`` (see :mod:`kg.parallel`);
    the outputs are the same whichever. ``quiet`` hides the progress bar.

    ``store`` also writes the Oxigraph store ``out_dir/store/`` that ``kg add``, ``kg remove``,
    ``kg query`` and ``kg serve`` use. A graph of more than ``rdflib_limit`` (estimated) triples is
    never held in rdflib: its triples stream into the store, ``graph.ttl`` is written from there,
    SHACL validation is left to ``kg validate``, and the result's ``graph`` is the store
    (:class:`kg.store.StoreGraph`, which queries, named queries and maps accept like a graph).

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

    extractions = extract_all(read.articles, on_error, model=model, jobs=jobs, executor=executor, scheduler=scheduler,
                              quiet=quiet, min_parallel_words=min_parallel_words)
    kept, resolution = resolve_kept(read.articles, extractions)
    large = store and estimate_triples(extractions, resolution) > rdflib_limit
    graph: Graph | StoreGraph = build_graph(kept, extractions, resolution) if not large else None
    triples = plain_triples(extractions, resolution)
    report = build_report(kept, extractions, read.problems, failures, resolution, triples, read.duplicates)
    remove_stale_temporaries(out, OUTPUT_FILES + (f".{HTML_FILE}",))
    if not extractions:
        files = {"report": write_atomically(out / REPORT_FILE, dumps(report))}
        raise NothingReadError(f"no article could be read from the input; see {files['report']} for each file's problem")
    if validate and not large:
        validation = validate_graph(graph)
        report["validation"] = validation.summary()
        if not validation.conforms:
            log(f"warning: {out / GRAPH_FILE}: {len(validation.violations)} SHACL violation(s) of {SHAPES_FILE.name}, "
                f"e.g. {validation.violations[0]} (all: kg validate {out})")
    elif validate:
        report["validation"] = {"skipped": f"over {rdflib_limit:,} triples: not validated during the build; run kg validate {out}"}
    if store:  # first: a graph too large for rdflib is written from the store
        write_new_store(out, graph if graph is not None else graph_triples(kept, extractions, resolution),
                        ledger_triples(kept, extractions, resolution))
    if large:
        graph = open_store(out)
    staged: list[tuple[Path, Path]] = []
    try:
        turtle = graph.serialize(format="turtle") if not large else store_turtle(graph)
        staged.append((stage(out / GRAPH_FILE, turtle), out / GRAPH_FILE))
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
    if store:
        files["store"] = out / STORE_NAME
    return BuildResult(out, graph, kept, extractions, resolution, report, files)
