"""Shared fixtures: the pipeline, the sample build, the shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.builder import BuildResult, build
from kg.extract import Extraction, extract
from kg.nlp import build_pipeline

from cases import norm

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the checkout (skips when it is not there)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    """The default rule pipeline (built once: it compiles the gazetteer)."""
    return build_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Run pipeline + extraction on a text: ``extract_text("Putin visited Kazakhstan.")``."""

    def run(text: str) -> Extraction:
        return extract(nlp(text), "test")

    return run


@pytest.fixture(scope="session")
def triples_of(extract_text):
    """The (subject label, predicate, object label, modality) of every relation in a text."""

    def run(text: str) -> set[tuple[str, str, str, str]]:
        ex = extract_text(text)
        labels = {e.key: e.label for e in ex.entities}
        return {(labels[r.subject], r.predicate, labels[r.object], r.evidence.modality) for r in ex.relations}

    return run


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> BuildResult:
    """A build of the bundled sample articles (shared by the tests that only read it)."""
    return build(None, tmp_path_factory.mktemp("sample") / "output", log=lambda m: None)


@pytest.fixture
def reuse_pipeline(monkeypatch, nlp):
    """Make ``kg build`` (API and CLI, in this process) reuse the session pipeline instead of building its own."""
    monkeypatch.setattr("kg.builder.build_pipeline", lambda model=None: nlp)
    return nlp


@pytest.fixture(scope="session")
def hits(extract_text):
    """text -> {normalised (s, p, o, modality): {rules that produced it}} (symmetric triples in one direction)."""

    def run(text: str) -> dict[tuple[str, str, str, str], set[str]]:
        ex = extract_text(text)
        labels = {e.key: e.label for e in ex.entities}
        out: dict[tuple[str, str, str, str], set[str]] = {}
        for r in ex.relations:
            key = norm(labels[r.subject], r.predicate, labels[r.object], r.evidence.modality)
            out.setdefault(key, set()).add(r.evidence.rule)
        return out

    return run
