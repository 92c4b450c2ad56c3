"""Stage 2+3 at scale: run NLP and extraction over many articles, in worker processes or on a Dask cluster.

Articles are independent, so they are cut into batches and handed to workers
that each build the spaCy pipeline once (in the pool's initializer, or on
first use on a Dask worker) and send back only plain :class:`Outcome` records
(frozen :class:`~kg.extract.model.Extraction` dataclasses, cheap to pickle),
never ``Doc`` objects: spaCy's own ``nlp.pipe(n_process=...)`` pickles every
``Doc`` back and was slower than one process.

Results come back in input order whatever the executor, so a build is byte for
byte the same with ``--jobs 1``, ``--jobs 8`` or ``--executor dask``. Articles
are taken from their iterator as they are needed (a look-ahead of at most a
few batches per worker decides between one process and many, and the batch
size), and at most a few batches per worker are in flight, so memory stays
bounded however many articles there are.

>>> outcomes = list(extract_outcomes([], jobs=1))
>>> outcomes
[]
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from itertools import chain
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from kg.articles import Article
from kg.errors import KGError
from kg.extract import Extraction, extract
from kg.nlp.truecase import SOURCE_TEXT, truecase

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: articles per batch sent to a worker (fewer when there are few articles, so every worker gets some)
BATCH_ARTICLES = 64
#: batches in flight per worker: enough to keep workers busy, few enough to bound memory
IN_FLIGHT_PER_WORKER = 3
#: inputs with fewer words run in-process: starting workers would cost more than it saves
MIN_PARALLEL_WORDS = 10_000
EXECUTORS = ("process", "dask")
#: seconds to wait for the Dask scheduler to answer
DASK_CONNECT_TIMEOUT = 30.0

PipelineFactory = Callable[[str | None], "Language"]


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back for one article: its extraction, or why it failed."""

    article_id: str
    extraction: Extraction | None
    error: str | None = None


class ExecutorError(KGError):
    """The Dask scheduler cannot be reached or a worker failed (not one article: the executor itself)."""

    exit_code = 1


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _default_factory(model: str | None) -> "Language":
    from kg.nlp import build_pipeline

    return build_pipeline(model)


def read_text(nlp: "Language", text: str) -> "Doc":
    """The pipeline over ``text``; lower-case wire copy is read with its names' capitals restored
    (:func:`kg.nlp.truecase.truecase`), and its evidence still quotes ``text`` itself."""
    cased = truecase(text)
    doc = nlp(cased)
    if cased is not text:
        doc.user_data[SOURCE_TEXT] = text
    return doc


def extract_one(nlp: "Language", article_id: str, text: str, date: str | None = None) -> Outcome:
    """Pipeline + extraction of one article; a failure is an :class:`Outcome` with the reason, never an exception."""
    if len(text) > nlp.max_length:
        return Outcome(article_id, None, f"text is {len(text):,} characters, over the NLP limit of {nlp.max_length:,}")
    try:
        return Outcome(article_id, extract(read_text(nlp, text), article_id, date))
    except Exception as exc:  # one bad article must not stop the build
        return Outcome(article_id, None, f"{type(exc).__name__}: {exc}")


# ------------------------------------------------------------------ worker side (one pipeline per process)

_WORKER_NLP: dict[str | None, "Language"] = {}


def _init_worker(factory: PipelineFactory, model: str | None) -> None:
    """Process-pool initializer: build the pipeline once for every batch this worker will run.

    A forked worker finds the parent's pipeline already built (copy-on-write) and keeps it.
    """
    if model not in _WORKER_NLP:
        _WORKER_NLP[model] = factory(model)


def _extract_batch(batch: Sequence[tuple[str, str, str | None]], model: str | None = None,
                   factory: PipelineFactory | None = None) -> list[Outcome]:
    """Worker entry point: ``(article id, text, date)`` triples in, outcomes out (same order)."""
    nlp = _WORKER_NLP.get(model)
    if nlp is None:  # a Dask worker: build on first use, keep for the next batches
        nlp = _WORKER_NLP[model] = (factory or _default_factory)(model)
    return [extract_one(nlp, article_id, text, date) for article_id, text, date in batch]


# ------------------------------------------------------------------ driver side

def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``articles`` in lists of ``size`` (the last one shorter)."""
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def batch_size(count: int, workers: int) -> int:
    """Articles per batch: :data:`BATCH_ARTICLES`, fewer so that ``count`` articles give each worker several batches."""
    return max(1, min(BATCH_ARTICLES, -(-count // (workers * IN_FLIGHT_PER_WORKER))))


def _lookahead(articles: Iterator[Article], workers: int, min_words: int = 0) -> tuple[list[Article], bool]:
    """The first articles, enough to decide what :func:`extract_outcomes` does; and whether they are all of them.

    Reads until there are ``min_words`` words and enough articles for full
    batches on every worker (then :func:`batch_size` is :data:`BATCH_ARTICLES`
    whatever the total), or the input ends.
    """
    head: list[Article] = []
    words = 0
    for article in articles:
        head.append(article)
        words += len(article.text.split())
        if words >= min_words and len(head) >= workers * IN_FLIGHT_PER_WORKER * BATCH_ARTICLES:
            return head, False
    return head, True


def _ordered(submit: Callable[[list[tuple[str, str]]], Any], result: Callable[[Any], list[Outcome]],
             articles: Iterable[Article], workers: int, count: int | None) -> Iterator[Outcome]:
    """Submit batches with a bounded number in flight; yield outcomes in input order (``count``: None if unknown)."""
    pending: deque[Any] = deque()
    for batch in batches(articles, batch_size(count, workers) if count is not None else BATCH_ARTICLES):
        pending.append(submit([(a.id, a.text, a.date) for a in batch]))
        if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


def _process_outcomes(articles: Iterable[Article], count: int | None, jobs: int, model: str | None,
                      factory: PipelineFactory, nlp: "Language") -> Iterator[Outcome]:
    # fork: workers inherit the imported modules and the pipeline built here; spawn (not Linux): each builds its own
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "spawn" and not _picklable(factory):
        factory = _default_factory
    inherited = method == "fork" and model not in _WORKER_NLP
    if inherited:
        _WORKER_NLP[model] = nlp
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_init_worker, initargs=(factory, model))
    try:
        yield from _ordered(lambda batch: pool.submit(_extract_batch, batch, model), Future.result, articles, jobs, count)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if inherited:
            _WORKER_NLP.pop(model, None)


def _picklable(value: object) -> bool:
    import pickle

    try:
        pickle.dumps(value)
        return True
    except Exception:
        return False


def _dask_outcomes(articles: Iterator[Article], scheduler: str | None, model: str | None) -> Iterator[Outcome]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise ExecutorError("--executor dask needs Dask distributed: pip install 'newskg[dask]'") from exc
    if not scheduler:
        raise ExecutorError("--executor dask needs --scheduler tcp://HOST:PORT (the address of a running Dask scheduler)")
    try:
        client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ExecutorError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from exc
    try:
        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        head, complete = _lookahead(articles, workers)
        submit = lambda batch: client.submit(_extract_batch, batch, model, pure=False)  # noqa: E731
        yield from _ordered(submit, lambda future: future.result(), chain(head, articles), workers,
                            len(head) if complete else None)
    finally:
        client.close()


def extract_outcomes(
    articles: Iterable[Article],
    *,
    jobs: int | None = None,
    model: str | None = None,
    factory: PipelineFactory | None = None,
    executor: str = "process",
    scheduler: str | None = None,
    min_parallel_words: int = MIN_PARALLEL_WORDS,
) -> Iterator[Outcome]:
    """Extract every article, yielding one :class:`Outcome` per article in input order.

    ``jobs`` worker processes (default: all cores; 1 runs in this process, as
    does an input under ``min_parallel_words`` words), or the workers of the
    Dask scheduler at ``scheduler`` when ``executor="dask"``. ``factory``
    builds the pipeline (default :func:`kg.nlp.build_pipeline`); with the
    process executor it must be picklable where processes are spawned rather
    than forked. ``articles`` may be a lazy iterator: it is read as the
    workers need more.
    """
    if executor not in EXECUTORS:
        raise ExecutorError(f"unknown executor {executor!r} (choose {' or '.join(EXECUTORS)})")
    articles = iter(articles)
    factory = factory or _default_factory
    if executor == "dask":
        yield from _dask_outcomes(articles, scheduler, model)
        return
    jobs = default_jobs() if not jobs or jobs < 1 else jobs
    head, complete = _lookahead(articles, jobs, min_parallel_words if jobs > 1 else 0)
    if complete:
        if not head:
            return
        jobs = min(jobs, len(head))
    nlp = factory(model)  # here too: a missing --model is reported before any worker starts
    if jobs <= 1 or (complete and sum(len(a.text.split()) for a in head) < min_parallel_words):
        for article in chain(head, articles):
            yield extract_one(nlp, article.id, article.text, article.date)
        return
    yield from _process_outcomes(chain(head, articles), len(head) if complete else None, jobs, model, factory, nlp)


def progress_shown(quiet: bool = False, stream: Any = None) -> bool:
    """Whether :func:`progress_bar` draws anything: on a terminal, unless ``quiet``."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


def progress_bar(total: int | None, *, quiet: bool = False, stream: Any = None) -> Any:
    """A tqdm bar on stderr (articles done, words/s, time left when ``total`` is known) on a terminal; a no-op otherwise."""
    stream = stream or sys.stderr
    from tqdm import tqdm

    return tqdm(total=total, unit="art", file=stream, disable=not progress_shown(quiet, stream), dynamic_ncols=True,
                smoothing=0.1)
