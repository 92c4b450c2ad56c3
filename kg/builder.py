"""``kg build``: articles in, graph files out, streaming: memory grows with the entities, not with the corpus.

The stages in order, each a function over plain data::

    iter_articles -> build_pipeline / nlp(text) -> extract -> resolve -> graph triples
      -> store / rdflib graph -> validate (SHACL) -> graph.ttl, graph.html, report.json

Articles are read lazily (duplicates merged by content hash as they come)
and extracted in order (:mod:`kg.parallel`); each extraction record goes to a
temporary file beside the outputs as soon as it arrives. Entity resolution
needs every article's readings before any IRI is final, so what stays in
memory until the end is small and per entity, or a few words per article:

* per entity: its resolved node and tallies (:class:`kg.resolve.ResolvedEntity`);
* per article: its metadata without the text, its content hash, and its entity
  readings (shared :class:`~kg.extract.model.Entity` records, one per distinct
  reading), which resolution and the bookkeeping need;
* per distinct plain relation: one triple, for the report.

The text, mentions, relations and evidence sentences are not kept: once the
entities are resolved, the records are read back from the file batch by batch
and their triples stream into the store (or, for a graph under
:data:`~kg.graph.RDFLIB_LIMIT`, into an rdflib graph). The reading, the
temporary file and the streamed triples are :mod:`kg.build_stream`; this
module runs the stages and writes the outputs.

One article's failure is reported and the build goes on; only a build that
read no article at all raises (:class:`~kg.errors.NothingReadError`). Every
output is staged beside its place and renamed in at the end
(:mod:`kg.fsutil`), so a build killed at any moment leaves the previous
outputs intact.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from rdflib import Graph
from spacy.language import Language

from kg.articles import Article, one_line
from kg.articles_read import DEFAULT_MAX_BYTES, sample_paths
from kg.build_stream import SPILL, _Reading, _Spill, _stage_from_store, _streamed_triples
from kg.errors import InputError, NothingReadError
from kg.extract import Extraction
from kg.fsutil import commit, remove_stale_temporaries, stage, write_atomically
from kg.graph import RDFLIB_LIMIT, Triple, build_graph
from kg.ledger import ledger_triples
from kg.nlp import build_pipeline
from kg.parallel import MIN_PARALLEL_WORDS, extract_one, extract_outcomes, progress_bar, progress_shown
from kg.report import build_report, dumps
from kg.resolve import Resolution, resolve
from kg.store import STORE_NAME, StoreGraph, open_store
from kg.store_write import drop_store, write_new_store
from kg.validate import SHAPES_FILE, validate_graph
from kg.views import write_graph_html

GRAPH_FILE = "graph.ttl"
HTML_FILE = "graph.html"
REPORT_FILE = "report.json"
OUTPUT_FILES = (GRAPH_FILE, HTML_FILE, REPORT_FILE)


@dataclass
class BuildResult:
    """What a build produced.

    ``articles`` are the articles kept, without their text; ``extractions``
    hold, per article, only its entity readings (the rest went to the store).
    """

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


def extract_stream(articles: Iterable[Article], on_error: Callable[[Article, str], None], *, model: str | None = None,
                   jobs: int | None = None, executor: str = "process", scheduler: str | None = None, quiet: bool = False,
                   min_parallel_words: int = MIN_PARALLEL_WORDS, total: int | None = None) -> Iterator[tuple[Article, Extraction]]:
    """Extract ``articles`` (read lazily) in ``jobs`` worker processes or on Dask, yielding ``(article, extraction)`` in input order.

    A progress bar (articles, words per second, time left when ``total`` is
    known) is drawn on stderr only when it is a terminal and not ``quiet``.
    Only the articles in flight are held here.
    """
    pending: dict[str, Article] = {}

    def taken() -> Iterator[Article]:
        for article in articles:
            pending[article.id] = article
            yield article

    words = 0
    with progress_bar(total, quiet=quiet) as bar:
        for outcome in extract_outcomes(taken(), jobs=jobs, model=model, factory=lambda name: build_pipeline(name),
                                        executor=executor, scheduler=scheduler, min_parallel_words=min_parallel_words):
            article = pending.pop(outcome.article_id)
            if outcome.extraction is None:
                on_error(article, outcome.error or "no extraction")
            else:
                yield article, outcome.extraction
            words += len(article.text.split())
            bar.update(1)
            if not bar.disable:
                bar.set_postfix_str(f"{words / max(bar.format_dict['elapsed'], 1e-9):,.0f} words/s", refresh=False)


def extract_all(articles: list[Article], on_error: Callable[[Article, str], None], **options: Any) -> list[Extraction]:
    """:func:`extract_stream` of a list (``kg add``), its extractions in input order."""
    return [extraction for _, extraction in extract_stream(articles, on_error, total=len(articles), **options)]


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
    return sum(_estimate(ex) for ex in extractions) + 4 * len(resolution.entities)


def _estimate(extraction: Extraction) -> int:
    return 8 + len(extraction.entities) + 14 * len(extraction.relations)


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
    remove_stale_temporaries(out, OUTPUT_FILES + (f".{HTML_FILE}", SPILL))
    reading = _Reading(paths or sample_paths(), max_bytes)
    failures: list[tuple[Article, str]] = []
    logged = 0

    def log_read_problems() -> None:  # as reading meets them
        nonlocal logged
        for problem in reading.problems[logged:]:
            log(f"{problem.level}: {problem}")
        logged = len(reading.problems)

    def on_error(article: Article, why: str) -> None:
        log_read_problems()
        failures.append((replace(article, text=""), why))
        log(f"error: {one_line(', '.join(article.paths) or article.name)}: extraction failed: {one_line(why)} (skipped)")

    kept: list[Article] = []
    readings: list[Extraction] = []  # per article, its entity readings only
    shared: dict[Any, Any] = {}  # one Entity record per distinct reading
    modalities: Counter[str] = Counter()
    estimate = 0
    total = reading.count() if progress_shown(quiet) else None
    with _Spill(out) as spill:
        for article, extraction in extract_stream(reading, on_error, model=model, jobs=jobs, executor=executor,
                                                  scheduler=scheduler, quiet=quiet, min_parallel_words=min_parallel_words,
                                                  total=total):
            log_read_problems()
            spill.write(article, extraction)
            kept.append(replace(article, text=""))
            readings.append(Extraction(extraction.article_id, tuple(shared.setdefault(e, e) for e in extraction.entities)))
            modalities.update(r.evidence.modality for r in extraction.relations)
            estimate += _estimate(extraction)
        log_read_problems()
        kept = [reading.complete(a) for a in kept]
        resolution = resolve(readings)
        if not readings:
            report = build_report(kept, readings, reading.problems, failures, resolution, [], reading.duplicates)
            files = {"report": write_atomically(out / REPORT_FILE, dumps(report))}
            raise NothingReadError(f"no article could be read from the input; see {files['report']} for each file's problem")
        large = store and estimate + 4 * len(resolution.entities) > rdflib_limit
        plain: set[Triple] = set()
        graph: Graph | StoreGraph | None = None
        if not large:  # the entities' graph, then each batch of records
            graph = build_graph([], [], resolution)
            for triple in _streamed_triples(spill, reading, resolution, plain, entities=False):
                graph.add(triple)
        if store:  # a graph too large for rdflib streams from the records into the store
            write_new_store(out, graph if graph is not None else _streamed_triples(spill, reading, resolution, plain),
                            ledger_triples(kept, readings, resolution))
    report = build_report(kept, readings, reading.problems, failures, resolution,
                          sorted(plain, key=lambda t: (t.subject, t.predicate, t.object)), reading.duplicates)
    report["relations"]["evidence_by_modality"] = dict(sorted(modalities.items()))  # counted as the records streamed by
    if validate and graph is not None:
        validation = validate_graph(graph)
        report["validation"] = validation.summary()
        if not validation.conforms:
            log(f"warning: {out / GRAPH_FILE}: {len(validation.violations)} SHACL violation(s) of {SHAPES_FILE.name}, "
                f"e.g. {validation.violations[0]} (all: kg validate {out})")
    elif validate:
        report["validation"] = {"skipped": f"over {rdflib_limit:,} triples: not validated during the build; run kg validate {out}"}
    if graph is None:
        graph = open_store(out)
    staged: list[tuple[Path, Path]] = []
    try:
        if large:
            staged.append((_stage_from_store(graph, out / GRAPH_FILE), out / GRAPH_FILE))
        else:
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
    if store:
        files["store"] = out / STORE_NAME
    elif (kept := drop_store(out)) is not None:
        log(f"note: {out / STORE_NAME} did not come from this build; moved to {kept} so that queries read the new graph")
    return BuildResult(out, graph, kept, readings, resolution, report, files)
