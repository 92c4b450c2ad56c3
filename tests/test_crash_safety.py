"""Crashes lose nothing: a killed build leaves the previous outputs intact, and rebuilding adds nothing.

The kill test runs ``kg build`` in a subprocess on generated articles and
kills it (SIGKILL) during the NLP and at the moments its outputs are being
written (watching for the staged temporary files). After every kill each
output is byte for byte either the previous build's or the complete new one,
and parses.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.builder import build
from kg.ontology import kg_ns

OUTPUTS = ("graph.ttl", "graph.html", "report.json")
PEOPLE = ["Vladimir Putin", "Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Xi Jinping", "Narendra Modi", "Fumio Kishida"]
COUNTRIES = ["Kazakhstan", "France", "Poland", "Japan", "China", "Germany", "India", "Brazil", "Egypt", "Turkey", "Vietnam"]


def _articles(folder: Path, count: int) -> Path:
    """``count`` small generated news articles in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        person, country = PEOPLE[n % len(PEOPLE)], COUNTRIES[(n * 3) % len(COUNTRIES)]
        other = COUNTRIES[(n * 5 + 1) % len(COUNTRIES)]
        (folder / f"a{n:03d}.txt").write_text(
            f"Story {n}\n\n{n} March 2023\n\nPresident {person} visited {country} on Monday. "
            f"{country} is a member of NATO, officials said. {person} met the leaders of {other} in {country}. "
            f"The talks with {other} were expected to continue on Tuesday, story {n} said.\n",
            encoding="utf-8",
        )
    return folder


def _check_outputs(out: Path, versions: dict[str, set[bytes]]) -> None:
    """Each output is one of the known complete versions, and it parses."""
    for name in OUTPUTS:
        data = (out / name).read_bytes()
        assert data in versions[name], f"{name} is neither the previous nor the new complete file"
    Graph().parse(data=(out / "graph.ttl").read_text(encoding="utf-8"), format="turtle")
    json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (out / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def _kg_build(folder: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def _kill_when(process: subprocess.Popen, out: Path, trigger: str, deadline: float, before: set[str], delay: float = 0.0) -> str:
    """SIGKILL ``process`` when ``trigger`` holds: ``"after:SECONDS"``, or ``"file:PREFIX"`` (a new staged file
    appears; then ``delay`` seconds later)."""
    started = time.monotonic()
    kind, _, arg = trigger.partition(":")
    while process.poll() is None and time.monotonic() - started < deadline:
        if kind == "after" and time.monotonic() - started >= float(arg):
            break
        if kind == "file" and any(name.startswith(arg) and name not in before for name in os.listdir(out)):
            time.sleep(delay)
            break
        time.sleep(0.001 if kind == "file" else 0.01)
    if process.poll() is not None:
        return "finished"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return "killed"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_build_killed_at_any_moment_leaves_the_previous_outputs_intact(tmp_path, reuse_pipeline):
    out = tmp_path / "out"
    build([_articles(tmp_path / "small", 2)], out, log=lambda m: None)  # the user's previous build
    previous = {name: (out / name).read_bytes() for name in OUTPUTS}
    big = _articles(tmp_path / "big", 30)
    started = time.monotonic()
    assert _kg_build(big, tmp_path / "ref").wait() == 0  # what a complete new build writes
    seconds = time.monotonic() - started
    new = {name: (tmp_path / "ref" / name).read_bytes() for name in OUTPUTS}
    assert all(previous[name] != new[name] for name in OUTPUTS)
    versions = {name: {previous[name], new[name]} for name in OUTPUTS}
    # during start-up and NLP, then while each output is staged (its temporary file exists)
    triggers = [f"after:{seconds * 0.5:.2f}", "file:.graph.ttl.", "file:.graph.html.", "file:.report.json."]
    outcomes = []
    for trigger in triggers:
        before = set(os.listdir(out))  # temporaries a killed build left behind do not count as new
        outcomes.append(_kill_when(_kg_build(big, out), out, trigger, deadline=seconds * 3 + 10, before=before))
        _check_outputs(out, versions)
    assert outcomes.count("killed") >= 2, outcomes  # the last trigger may come too late: the build has finished


def test_a_finished_build_leaves_no_temporary_file(tmp_path, reuse_pipeline):
    out = tmp_path / "out"
    build([_articles(tmp_path / "in", 2)], out, log=lambda m: None)
    build([_articles(tmp_path / "in", 3)], out, log=lambda m: None)
    store = out / "store"
    assert store.is_symlink() and (store / "CURRENT").is_file()  # the store: a link to the one store folder
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUTS + ("store", os.readlink(store)))


def test_stale_temporaries_of_a_killed_build_are_removed_by_the_next(tmp_path, reuse_pipeline):
    out = tmp_path / "out"
    out.mkdir()
    stale, fresh = out / ".graph.ttl.abc123.tmp", out / ".report.json.def456.tmp"
    stale.write_text("half a graph")
    fresh.write_text("a build running now")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    build([_articles(tmp_path / "in", 2)], out, html=False, log=lambda m: None)
    assert not stale.exists() and fresh.exists()


def test_building_the_same_articles_twice_adds_nothing(tmp_path, reuse_pipeline):
    folder = _articles(tmp_path / "in", 4)
    first = build([folder], tmp_path / "out", html=False, log=lambda m: None)
    again = build([folder], tmp_path / "out", html=False, log=lambda m: None)
    assert isomorphic(first.graph, again.graph)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == first.graph.serialize(format="turtle").encode("utf-8")


@pytest.mark.parametrize("copy", ["same text", "other layout", "jsonl line"])
def test_the_same_article_under_two_paths_adds_only_its_path_and_identifier(tmp_path, reuse_pipeline, copy):
    folder = _articles(tmp_path / "in", 3)
    alone = build([folder], tmp_path / "out1", html=False, log=lambda m: None)
    text = (folder / "a001.txt").read_text(encoding="utf-8")
    extra = tmp_path / "extra"
    extra.mkdir()
    if copy == "jsonl line":
        second = extra / "copies.jsonl"
        second.write_text(json.dumps({"id": "copy", "text": text}) + "\n", encoding="utf-8")
        where = f"{second}:1"
    else:
        second = extra / "copy.txt"
        second.write_text(text if copy == "same text" else text.replace("\n\n", "\n\n\n").replace(". ", ".  "), encoding="utf-8")
        where = str(second)
    both = build([folder, extra], tmp_path / "out2", html=False, log=lambda m: None)
    assert both.report["articles"]["read"] == 3 and both.report["articles"]["duplicates_merged"] == 1
    added = set(both.graph) - set(alone.graph)
    assert {(p, o) for _, p, o in added} == {(kg_ns().sourceFile, Literal(where)), (DCTERMS.identifier, Literal("copy"))}
    assert set(alone.graph) <= set(both.graph)


def _store_state(out: Path) -> bytes:
    """The whole store (graph and bookkeeping) as sorted N-Quads."""
    import io

    from kg.store import StoreGraph, find_store

    buffer = io.BytesIO()
    with StoreGraph(find_store(out)) as store:
        store.dump(buffer, "nq", with_ledger=True)
    return b"\n".join(sorted(buffer.getvalue().splitlines()))


def _kill_during_change(process: subprocess.Popen, out: Path, delay: float, deadline: float) -> str:
    """SIGKILL ``process`` ``delay`` seconds after its copy of the store (a new ``.store-*`` folder) appears."""
    before = {name for name in os.listdir(out) if name.startswith(".store-")}
    return _kill_when(process, out, "file:.store-", deadline, before, delay)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_kg_remove_killed_at_any_moment_leaves_the_store_as_before_or_after(tmp_path, reuse_pipeline):
    import shutil

    out = tmp_path / "out"
    build([_articles(tmp_path / "in", 30)], out, html=False, log=lambda m: None)
    shutil.copytree(out, tmp_path / "ref", symlinks=True)
    command = [sys.executable, "-m", "kg", "remove", *(f"a{n:03d}" for n in range(0, 30, 2)), "--graph", "", "-q",
               "--no-html", "--store-only"]
    before = _store_state(out)
    assert subprocess.run([c or str(tmp_path / "ref") for c in command], timeout=300).returncode == 0
    after = _store_state(tmp_path / "ref")
    assert after != before
    outcomes = []
    for delay in (0.0, 0.01, 0.03, 0.06, 0.1, 0.2):
        process = subprocess.Popen([c or str(out) for c in command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        outcomes.append(_kill_during_change(process, out, delay, deadline=120))
        assert _store_state(out) in (before, after), f"killed {delay} s into the change: the store is neither before nor after"
        if _store_state(out) == after:
            break
    assert "killed" in outcomes, outcomes
