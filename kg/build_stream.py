"""The streaming half of ``kg build``: input read lazily, extraction records spilled to disk, triples streamed back.

Entity resolution needs every article's readings before any IRI is final, so
:func:`kg.builder.build` cannot write an article's triples as soon as it is
extracted; holding the extractions instead would make memory grow with the
corpus. The pieces here keep it growing with the entities only:

* :class:`_Reading` reads the input lazily (:func:`kg.articles_read.iter_articles`)
  and merges duplicates by content hash as they come, keeping only the hashes
  seen and the extra paths of duplicates;
* :class:`_Spill` pickles each extraction record, without the article text or
  the mentions, to a temporary file beside the outputs (``.extractions.*.tmp``)
  in batches of :data:`SPILL_BATCH`, and reads them back batch by batch;
* :func:`_streamed_triples` turns the records read back into the graph's
  triples once the entities are resolved (:class:`_Lookup` keeps each entity's
  own triples from being written once per batch);
* :func:`_stage_from_store` has Oxigraph write ``graph.ttl`` of a large graph
  straight into a staged file.

Separate from :mod:`kg.builder` (which runs the stages and writes the outputs)
so that the order of the build reads in one place and the memory bookkeeping
in another.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from kg.articles import Article, ReadProblem
from kg.articles_read import iter_articles
from kg.extract import Extraction
from kg.fsutil import stage
from kg.graph import Triple, graph_triples, plain_triples
from kg.resolve import Resolution
from kg.store import StoreGraph

SPILL = "extractions"  # the temporary file of extraction records: .extractions.*.tmp
#: extraction records per pickled batch in the temporary file (and per batch of triples read back)
SPILL_BATCH = 256


class _Reading:
    """The input articles, read lazily and merged by content hash as they come (a duplicate adds only its paths).

    Keeps the content hashes seen, the paths of duplicates, and the problems met.
    """

    def __init__(self, paths: list[Path | str], max_bytes: int) -> None:
        self.paths, self.max_bytes = paths, max_bytes
        self.problems: list[ReadProblem] = []
        self.duplicates = 0
        self.duplicates_of: dict[str, Article] = {}  # content hash -> the later copies merged into one

    def __iter__(self) -> Iterator[Article]:
        seen: set[str] = set()
        for article in iter_articles(self.paths, max_bytes=self.max_bytes, problems=self.problems):
            if article.id not in seen:
                seen.add(article.id)
                yield article
                continue
            self.duplicates += 1
            earlier = self.duplicates_of.get(article.id)
            self.duplicates_of[article.id] = earlier.merged(article) if earlier else article

    def count(self) -> int:
        """How many distinct articles there are (a first pass that keeps only the hashes; for the progress bar)."""
        return len({a.id for a in iter_articles(self.paths, max_bytes=self.max_bytes, problems=[])})

    def complete(self, article: Article) -> Article:
        """``article`` with the paths and identifiers of its duplicates (known once the input has been read)."""
        more = self.duplicates_of.get(article.id)
        return article.merged(more) if more else article


class _Spill:
    """Extraction records on disk between extraction and resolution: pickled in batches, read back in batches."""

    def __init__(self, folder: Path) -> None:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{SPILL}.", suffix=".tmp")
        self.path = Path(name)
        self.file = os.fdopen(fd, "w+b")
        self.buffer: list[tuple[Article, Extraction]] = []

    def write(self, article: Article, extraction: Extraction) -> None:
        """Keep what the graph needs: the article without its text, the extraction without its mentions."""
        self.buffer.append((replace(article, text=""), replace(extraction, mentions=())))
        if len(self.buffer) >= SPILL_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            pickle.dump(self.buffer, self.file, protocol=pickle.HIGHEST_PROTOCOL)
            self.buffer = []

    def batches(self) -> Iterator[list[tuple[Article, Extraction]]]:
        self._flush()
        self.file.seek(0)
        while True:
            try:
                yield pickle.load(self.file)
            except EOFError:
                return

    def __enter__(self) -> "_Spill":
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


class _Lookup(dict):
    """Entities that :func:`graph_triples` can look up but does not list (their own triples were written once already).

    ``graph_triples`` starts with the triples of every entity its resolution
    lists; for each batch of records read back, only the records' triples are
    wanted, so the batch's resolution finds every entity and lists none.
    """

    def values(self) -> tuple:  # type: ignore[override]
        return ()


def _streamed_triples(spill: _Spill, reading: _Reading, resolution: Resolution, plain: set[Triple], *,
                      entities: bool = True) -> Iterator[tuple]:
    """The graph's triples: each entity's (unless not ``entities``), then the records' read back batch by batch.

    ``plain`` collects the plain relations (for the report).
    """
    if entities:
        yield from graph_triples([], [], resolution)
    records_only = Resolution(_Lookup(resolution.entities), resolution.key_map, [])
    for batch in spill.batches():
        articles, extractions = [reading.complete(a) for a, _ in batch], [ex for _, ex in batch]
        plain.update(plain_triples(extractions, resolution))
        yield from graph_triples(articles, extractions, records_only)


def _stage_from_store(store: StoreGraph, path: Path) -> Path:
    """``graph.ttl`` written by Oxigraph straight into a staged temporary file (never whole in memory)."""
    tmp = stage(path, b"")
    store.dump(tmp, "ttl")
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    return tmp
