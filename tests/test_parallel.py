"""Parallel extraction: worker processes give the same outputs as one process, in input order, with failures reported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.articles import article_from_text
from kg.builder import build
from kg.cli import main
from kg.parallel import Outcome, batch_size, batches, extract_outcomes, progress_bar

STORIES = [
    "President Vladimir Putin visited Kazakhstan on Monday.",
    "Emmanuel Macron met Olaf Scholz in Berlin.",
    "Kazakhstan is a member of the Collective Security Treaty Organization.",
    "Joe Biden visited Poland on Tuesday.",
    "Xi Jinping met Narendra Modi in New Delhi.",
]


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        (folder / f"s{n:02d}.txt").write_text(f"Story {n}\n\n{STORIES[n % len(STORIES)]} Story number {n}.\n", encoding="utf-8")
    return folder


class _FailingNlp:
    """A stand-in pipeline that fails on texts containing 'BOOM' and delegates the rest."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.max_length = nlp.max_length

    def __call__(self, text: str):
        if "BOOM" in text:
            raise RuntimeError("boom")
        return self.nlp(text)


@pytest.mark.parametrize("jobs", [2, 3])
def test_worker_processes_write_the_same_files_as_one_process(tmp_path, reuse_pipeline, jobs):
    folder = _folder(tmp_path, 12)
    one = build([folder], tmp_path / "one", jobs=1, log=lambda m: None)
    many = build([folder], tmp_path / "many", jobs=jobs, min_parallel_words=0, log=lambda m: None)
    for name in ("graph", "html", "report"):
        assert many.files[name].read_bytes() == one.files[name].read_bytes(), name
    assert [ex.article_id for ex in many.extractions] == [ex.article_id for ex in one.extractions]
    assert len(one.extractions) == 12


@pytest.mark.parametrize("jobs", [1, 2])
def test_outcomes_come_back_in_input_order_and_a_failure_is_reported_not_raised(nlp, jobs):
    articles = [article_from_text(f"Story {n}\n\n{STORIES[n % 5]}" + (" BOOM" if n == 4 else ""), name=f"a{n}") for n in range(9)]
    outcomes = list(extract_outcomes(articles, jobs=jobs, factory=lambda model: _FailingNlp(nlp), min_parallel_words=0))
    assert [o.article_id for o in outcomes] == [a.id for a in articles]
    failed = [o for o in outcomes if o.extraction is None]
    assert [o.article_id for o in failed] == [articles[4].id] and failed[0].error == "RuntimeError: boom"
    assert all(isinstance(o, Outcome) and (o.extraction is None or o.extraction.article_id == o.article_id) for o in outcomes)


def test_a_failing_article_is_in_the_report_with_parallel_workers(tmp_path, monkeypatch, nlp):
    monkeypatch.setattr("kg.builder.build_pipeline", lambda model=None: _FailingNlp(nlp))
    folder = _folder(tmp_path, 6)
    (folder / "s03.txt").write_text("Story 3\n\nBOOM. Joe Biden visited Poland.\n", encoding="utf-8")
    result = build([folder], tmp_path / "out", jobs=2, min_parallel_words=0, html=False, log=lambda m: None, store=False)
    failed = [p for p in result.problems if "extraction failed" in p["problem"]]
    assert len(failed) == 1 and "s03.txt" in failed[0]["file"] and "boom" in failed[0]["problem"]
    assert result.report["articles"]["read"] == 5


@pytest.mark.parametrize("count, workers, expected", [(3, 2, 1), (12, 2, 2), (1000, 2, 64), (10_000, 8, 64), (1, 8, 1)])
def test_batches_give_every_worker_several_and_stay_small(count, workers, expected):
    assert batch_size(count, workers) == expected
    parts = list(batches(range(count), expected))
    assert sum(len(p) for p in parts) == count and all(len(p) <= expected for p in parts)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("stream, quiet, shown", [(_Terminal(), False, True), (_Terminal(), True, False), (io.StringIO(), False, False)])
def test_the_progress_bar_is_drawn_only_on_a_terminal_and_not_when_quiet(stream, quiet, shown):
    with progress_bar(10, quiet=quiet, stream=stream) as bar:
        for _ in range(10):
            bar.update(1)
            bar.set_postfix_str("1,234 words/s")
    text = stream.getvalue()
    assert ("10/10" in text and "words/s" in text) == shown
    assert bool(text) == shown


@pytest.mark.parametrize("argv", [["build", "--jobs", "0"], ["build", "--jobs", "x"], ["build", "--executor", "spark"]])
def test_bad_executor_arguments_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert "--jobs" in capsys.readouterr().err or "--executor" in argv


def test_a_streamed_build_counts_its_articles_first_for_the_progress_bar(tmp_path, reuse_pipeline, monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    folder = _folder(tmp_path, 6)
    (folder / "copy.txt").write_text((folder / "s01.txt").read_text(encoding="utf-8"), encoding="utf-8")  # a duplicate
    result = build([folder], tmp_path / "out", jobs=1, html=False, store=False, log=lambda m: None)
    assert "6/6" in terminal.getvalue() and "words/s" in terminal.getvalue()
    assert result.report["articles"]["read"] == 6 and result.report["articles"]["duplicates_merged"] == 1
