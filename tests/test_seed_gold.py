"""The sample build against the hand-made seed gold: the pipeline issue's thresholds."""

from __future__ import annotations

import pytest

from kg.evaluate import evaluate, read_gold


@pytest.fixture(scope="module")
def seed_score(sample_build, shared):
    return evaluate(read_gold(shared / "gold" / "seeds.tsv"), sample_build.graph)


def test_precision(seed_score):
    assert seed_score.overall.precision >= 0.90, seed_score.false_positives


def test_recall(seed_score):
    assert seed_score.overall.recall >= 0.80, [str(m) for m in seed_score.misses]


def test_recall_of_single_clause_relations(seed_score):
    assert seed_score.by_level["E"].recall >= 0.95, [m for m in seed_score.misses if m.level == "E"]


def test_no_negative_line_is_a_plain_triple(seed_score):
    assert seed_score.negatives > 0
    assert seed_score.negatives_violated == []
