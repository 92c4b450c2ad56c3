"""Bad files are reported with their name and problem, and the rest of the build goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main

GOOD = "Putin in Astana\n\nRussian President Vladimir Putin arrived in Kazakhstan on Monday.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text())


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "empty file"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
        ("nul.txt", b"\x00" * 500, "binary file"),
    ],
)
def test_unreadable_file_is_reported_and_skipped(folder, tmp_path, capsys, name, data, problem):
    (folder / name).write_bytes(data)
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    report = _report(out)
    lines = [p for p in report["problems"] if p["file"].endswith(name)]
    assert len(lines) == 1 and problem in lines[0]["problem"] and lines[0]["action"] == "skipped"
    assert name in capsys.readouterr().err
    assert report["articles"]["read"] == 1
    assert "kg:visits" in (out / "graph.ttl").read_text() or "visits" in (out / "graph.ttl").read_text()


def test_windows_1252_text_is_decoded_with_a_warning(folder, tmp_path):
    (folder / "cp1252.txt").write_bytes("Caf\xe9 talks\n\nPresident Emmanuel Macron visited Germany \u2013 again.".encode("cp1252"))
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    report = _report(out)
    warning = [p for p in report["problems"] if p["file"].endswith("cp1252.txt")]
    assert warning and "Windows-1252" in warning[0]["problem"] and warning[0]["action"] == "read with a warning"
    assert report["articles"]["read"] == 2


def test_article_without_entities_is_noted(folder, tmp_path):
    (folder / "nothing.txt").write_text("A quiet day\n\nNothing happened to anyone today, the weather was mild.\n")
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    notes = [p for p in _report(out)["problems"] if p["file"].endswith("nothing.txt")]
    assert notes and notes[0]["problem"] == "no recognisable entity"


def test_strict_exits_non_zero_on_any_problem(folder, tmp_path):
    (folder / "empty.txt").write_bytes(b"")
    assert main(["build", str(folder), "--out", str(tmp_path / "out"), "--strict", "-q"]) == 1


def test_nothing_readable_exits_non_zero_and_still_reports(tmp_path, capsys):
    d = tmp_path / "bad"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(d), "--out", str(out)]) == 3
    assert "no article could be read" in capsys.readouterr().err
    assert _report(out)["problems"][0]["file"].endswith("empty.txt")


def test_missing_path_is_reported(folder, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(folder), str(tmp_path / "nope.txt"), "--out", str(out)]) == 0
    assert "no such file or folder" in capsys.readouterr().err


def test_same_article_under_two_paths_is_one_article(folder, tmp_path):
    (folder / "copy.txt").write_text(GOOD.replace("\n\n", "\n\n\n"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    report = _report(out)
    assert report["articles"]["read"] == 1 and report["articles"]["duplicates_merged"] == 1


def test_jsonl_problems_name_the_line(tmp_path):
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "ok", "title": "t", "text": GOOD}),
        "{broken",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "num", "text": 42}),
    ]) + "\n")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out)]) == 0
    problems = {p["file"]: p["problem"] for p in _report(out)["problems"]}
    assert "not valid JSON" in problems[f"{src}:2"]
    assert "no string 'text'" in problems[f"{src}:3"]
    assert "is a int" in problems[f"{src}:4"]
