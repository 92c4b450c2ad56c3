"""The bad-input battery: each kind of bad file alone and mixed into good articles.

For every case: the good articles' triples are all still there, the bad file
has exactly one line in ``report.json`` and one on stderr (file, what is
wrong, what was done), and the exit code follows the README's rule (0 when
something was read, 3 when nothing was, 1 with ``--strict`` on any problem).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest
from rdflib import Graph

from kg.cli import main
from kg.sparql import run_query

GOOD = {
    "astana.txt": "Putin in Astana\n\nRussian President Vladimir Putin arrived in Kazakhstan on Monday.\n",
    "nato.txt": "Alliance\n\nGermany is a member of NATO. President Joe Biden visited Poland on Friday.\n",
}
GOOD_TRIPLES = {
    ("Vladimir Putin", "visits", "Kazakhstan"), ("Vladimir Putin", "leaderOf", "Russia"),
    ("Germany", "memberOf", "NATO"), ("Joe Biden", "visits", "Poland"),
}
RELATIONS = """
    SELECT ?s ?p ?o WHERE {
        ?ev a kg:Evidence ; rdf:subject ?x ; rdf:predicate ?p ; rdf:object ?y ; kg:modality ?m .
        FILTER (?m IN (kg:asserted, kg:planned, kg:reported))
        ?x rdfs:label ?s . ?y rdfs:label ?o . ?x ?p ?y .
    }"""


def triples(out: Path) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every plain triple of a build, read back from graph.ttl."""
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    return {(str(s), str(p).rsplit("#", 1)[-1], str(o)) for s, p, o in run_query(graph, RELATIONS).rows}


def report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Case:
    """One bad input: its file name and bytes, and what the build must say and do about it."""

    name: str
    data: Callable[[], bytes]
    level: str | None  # "error" (skipped), "warning" (read anyway) or None (read, nothing to say)
    problem: str = ""  # a phrase the report line must contain
    found: tuple[tuple[str, str, str], ...] = ()  # triples the file itself must give when it is read

    def __str__(self) -> str:
        return self.name


def _long_line() -> bytes:
    """One 200 KB line: a story, 200 KB of an inlined data blob (as scraped pages have), and more story."""
    blob = "data:image/png;base64," + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk" * 3400
    return ("Blob\n\nPresident Emmanuel Macron visited China. " + blob + " President Xi Jinping visited France.").encode()


CASES = [
    Case("empty.txt", lambda: b"", "error", "empty file"),
    Case("blank.txt", lambda: b"  \n\n \t \r\n", "error", "empty file"),
    Case("long-line.txt", _long_line, None, found=(("Emmanuel Macron", "visits", "China"), ("Xi Jinping", "visits", "France"))),
    Case("huge.txt", lambda: b"x", "error", "file is 50,000,000 bytes, over the limit of 20,000,000 (--max-bytes)"),  # made 50 MB (sparse) below
    Case("latin1.txt", lambda: "Caf\xe9 talks\n\nSe\xf1or Pedro S\xe1nchez visited Morocco on Monday.".encode("latin-1"),
         "warning", "decoded as Latin-1", (("Pedro S\xe1nchez", "visits", "Morocco"),)),
    Case("cp1252.txt", lambda: "Talks \u2013 again\n\n\u201cPresident Xi Jinping visited Russia,\u201d the agency said.".encode("cp1252"),
         "warning", "decoded as Windows-1252", (("Xi Jinping", "visits", "Russia"),)),
    Case("utf16.txt", lambda: "Visit\n\nPresident Joe Biden visited Mexico on Friday.".encode("utf-16"),
         "warning", "UTF-16", (("Joe Biden", "visits", "Mexico"),)),
    Case("utf16-nobom.txt", lambda: "Visit\n\nPresident Joe Biden visited Canada on Friday.".encode("utf-16-le"),
         "warning", "UTF-16", (("Joe Biden", "visits", "Canada"),)),
    Case("bad-utf8.txt", lambda: "Z\xfcrich\n\nChancellor Olaf Scholz visited Switzerland. ".encode() + b"\xff\xfe\xc3(",
         "warning", "not valid UTF-8", (("Olaf Scholz", "visits", "Switzerland"),)),
    Case("nul-bytes.txt", lambda: b"Visit\n\nPresident Joe Biden visited\x00 Japan on Friday.",
         "warning", "NUL", (("Joe Biden", "visits", "Japan"),)),
    Case("only-nul.txt", lambda: b"\x00" * 500, "error", "binary file"),
    Case("picture.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "error", "binary file"),
    Case("random.txt", lambda: bytes((i * 7919) % 32 for i in range(4000)), "error", "binary file"),
    Case("page.html", lambda: (
        "<!DOCTYPE html><html><head><title>Modi</title><script>var s = 'Vladimir Putin visited France';</script></head>"
        "<body><nav>Home | World</nav><article><h1>Modi in Moscow</h1><p>Indian Prime Minister <b>Narendra Modi</b> "
        "visited <a href='javascript:alert(1)'>Russia</a> on Monday.</p></article></body></html>").encode(),
         None, found=(("Narendra Modi", "visits", "Russia"),)),
    Case("page-as-text.txt", lambda: (
        "<html><body><div><h1>Kishida</h1></div><div><p>Japanese Prime Minister Fumio Kishida visited "
        "<i>South Korea</i> on Sunday.</p></div></body></html>").encode(), None, found=(("Fumio Kishida", "visits", "South Korea"),)),
    Case("story.md", lambda: (
        "---\ntitle: Lula in Beijing\n---\n\n# Lula in Beijing\n\n**President Luiz Inacio Lula da Silva** visited "
        "[China](https://example.org/cn) on *Friday*.\n\n```\nVladimir Putin visited Spain\n```\n").encode(),
         None, found=(("Luiz In\xe1cio Lula da Silva", "visits", "China"),)),
    Case("lines.jsonl", lambda: b"{broken\n", "error", "not valid JSON"),
    Case("no-text.jsonl", lambda: json.dumps({"id": "x", "title": "t"}).encode() + b"\n", "error", "no string 'text'"),
    Case("number-text.jsonl", lambda: json.dumps({"id": "x", "text": 42}).encode() + b"\n", "error", "'text' is a int"),
    Case("dup-ids.jsonl", lambda: "\n".join(json.dumps({"id": "same", "text": t}) for t in (
        "One\n\nPresident Emmanuel Macron visited Japan.", "Two\n\nPresident Emmanuel Macron visited Vietnam.")).encode(),
         "warning", "duplicate id 'same'", (("Emmanuel Macron", "visits", "Japan"), ("Emmanuel Macron", "visits", "Vietnam"))),
    Case("png.jsonl", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "error", "binary file"),
    Case('hostile "name"\n<x>.txt', lambda: b"", "error", "empty file"),
]


def _write(folder: Path, case: Case) -> Path:
    path = folder / case.name
    if case.name == "huge.txt":
        with path.open("wb") as fh:  # 50 MB without writing 50 MB: refused on its size before any byte is read
            fh.truncate(50_000_000)
    else:
        path.write_bytes(case.data())
    return path


@pytest.fixture(scope="module")
def good_triples(tmp_path_factory, nlp) -> set[tuple[str, str, str]]:
    """The triples of the good articles alone (they must survive every bad neighbour)."""
    folder = tmp_path_factory.mktemp("good")
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("kg.builder.build_pipeline", lambda model=None: nlp)
        assert main(["build", str(folder), "--out", str(out), "--no-html", "-q"]) == 0
    found = triples(out)
    assert GOOD_TRIPLES <= found
    return found


@pytest.mark.parametrize("case", CASES, ids=str)
def test_bad_file_mixed_with_good_articles(case, tmp_path, capsys, reuse_pipeline, good_triples):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    bad = _write(folder, case)
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--no-html"]) == 0
    err = capsys.readouterr().err
    lines = [p for p in report(out)["problems"] if p["file"].startswith(str(bad))]
    found = triples(out)
    assert good_triples <= found
    assert set(case.found) <= found
    stderr_lines = [line for line in err.splitlines() if case.name.split("\n")[0] in line]
    if case.level is None:
        assert lines == [] and stderr_lines == []
    else:
        assert len(lines) == 1, lines
        assert case.problem in lines[0]["problem"] and lines[0]["level"] == case.level
        assert lines[0]["action"] == ("skipped" if case.level == "error" else lines[0]["action"])
        assert len(stderr_lines) == 1 and case.problem in stderr_lines[0] and stderr_lines[0].startswith(case.level)
    assert report(out)["validation"]["conforms"], report(out)["validation"]
    strict = main(["build", str(folder), "--out", str(tmp_path / "strict"), "--no-html", "--strict", "-q"])
    assert strict == (0 if case.level is None else 1)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_bad_file_alone(case, tmp_path, capsys, reuse_pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder, case)
    out = tmp_path / "out"
    code = main(["build", str(folder), "--out", str(out), "--no-html"])
    assert code == (3 if case.level == "error" else 0)
    if code == 3:
        assert "no article could be read" in capsys.readouterr().err
        assert not (out / "graph.ttl").exists()
    else:
        assert set(case.found) <= triples(out)
    assert len([p for p in report(out)["problems"] if p["level"] != "note"]) == (0 if case.level is None else 1)


def test_max_bytes_sets_the_limit(tmp_path, capsys, reuse_pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "long.txt").write_text("Long\n\n" + "President Joe Biden visited Japan. " * 100, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "--no-html", "--max-bytes", "2000"]) == 0
    problems = report(out)["problems"]
    assert [p["problem"] for p in problems] == ["file is 3,506 bytes, over the limit of 2,000 (--max-bytes)"]
    assert "long.txt" in capsys.readouterr().err


def test_an_over_long_jsonl_line_is_skipped_and_the_next_lines_read(tmp_path, reuse_pipeline):
    src = tmp_path / "big.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a", "text": GOOD["astana.txt"]}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "x" * 50_000}) + "\n")
        fh.write(json.dumps({"id": "b", "text": GOOD["nato.txt"]}) + "\n")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html", "--max-bytes", "10000", "-q"]) == 0
    assert [(p["file"], p["level"]) for p in report(out)["problems"]] == [(f"{src}:2", "error")]
    assert GOOD_TRIPLES <= triples(out)


def test_a_jsonl_file_of_many_bad_lines_is_summarised(tmp_path, reuse_pipeline):
    src = tmp_path / "junk.jsonl"
    src.write_text(json.dumps({"id": "a", "text": GOOD["astana.txt"]}) + "\n" + "{not json\n" * 100, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html", "-q"]) == 0
    problems = report(out)["problems"]
    assert len(problems) == 21 and problems[-1]["problem"] == "80 more bad line(s) not listed"


def test_same_id_and_same_text_in_jsonl_is_one_article(tmp_path, reuse_pipeline):
    src = tmp_path / "twice.jsonl"
    src.write_text((json.dumps({"id": "a", "text": GOOD["astana.txt"]}) + "\n") * 2, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(src), "--out", str(out), "--no-html", "-q"]) == 0
    assert report(out)["articles"]["read"] == 1 and report(out)["articles"]["duplicates_merged"] == 1
    assert report(out)["problems"] == []


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin visited Kazakhstan <script>alert(1)</script> on Monday.",
    "Russian President Vladimir Putin arrived in Kazakhstan <script src=x onerror=alert(1)></script> javascript:alert(1).",
    "Russian President Vladimir Putin arrived in Kazakhstan on Monday <img src=x onerror=alert(1)> <a href='javascript:alert(1)'>x</a>.",
])
def test_script_text_in_sentences_runs_nothing_in_graph_html(text, tmp_path, reuse_pipeline, sample_build):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil.txt").write_text("<script>alert(0)</script> title\n\n" + text + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out), "-q"]) == 0
    page = (out / "graph.html").read_text(encoding="utf-8")
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    sentences = [str(s) for s, in run_query(graph, "SELECT ?s WHERE { ?e kg:sentence ?s }").rows]
    assert any("alert(1)" in s and "<" in s for s in sentences)  # the text is kept as text in the graph ...
    on_page = "alert(1)" in page
    assert on_page  # ... and is on the page
    scripts, attributes = _scripts_and_attributes(page)
    clean_scripts, _ = _scripts_and_attributes(sample_build.files["html"].read_text(encoding="utf-8"))
    assert [attrs for attrs, _ in scripts] == [attrs for attrs, _ in clean_scripts]  # no script element was added
    for attrs, body in scripts:
        if ("type", "application/json") in attrs:
            json.loads(body)  # data stays data
            assert "<" not in body
        else:
            runs = "alert(1)" in body  # (a bool: pytest would diff the whole vis-network library)
            assert not runs
    assert not [v for v in attributes if v.strip().lower().startswith("javascript:")]


def _scripts_and_attributes(page: str) -> tuple[list[tuple[list, str]], list[str]]:
    """The page's script elements (attributes, text) and every attribute value, as a browser's tokenizer sees them."""
    from html.parser import HTMLParser

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.scripts: list[tuple[list, str]] = []
            self.values: list[str] = []
            self.current: list | None = None

        def handle_starttag(self, tag, attrs):
            self.values += [v for _, v in attrs if v]
            if tag == "script":
                self.current = [attrs, ""]

        def handle_data(self, data):
            if self.current is not None:
                self.current[1] += data

        def handle_endtag(self, tag):
            if tag == "script" and self.current is not None:
                self.scripts.append((self.current[0], self.current[1]))
                self.current = None

    parser = Collect()
    parser.feed(page)
    return parser.scripts, parser.values


def test_an_out_path_that_is_a_file_is_a_clear_error_before_any_work(tmp_path, capsys):
    out = tmp_path / "out"
    out.write_text("not a folder")
    assert main(["build", "--out", str(out), "-q"]) == 2
    assert f"{out}: cannot be the output folder" in capsys.readouterr().err
    assert out.read_text() == "not a folder"
