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


def test_evaluations_of_several_graphs_combine_by_adding_counts(seed_score):
    from kg.evaluate import Evaluation

    both = Evaluation.combine([seed_score, seed_score])
    assert (both.overall.tp, both.overall.fp, both.overall.fn) == (2 * seed_score.overall.tp, 2 * seed_score.overall.fp,
                                                                  2 * seed_score.overall.fn)
    assert both.by_level["E"].tp == 2 * seed_score.by_level["E"].tp
    assert both.articles == 2 * seed_score.articles and both.negatives == 2 * seed_score.negatives
    assert both.overall.precision == seed_score.overall.precision
