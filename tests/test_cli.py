"""The `kg` command: query, evaluate, errors as messages and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import main
from kg.errors import KGError
from kg.nlp import build_pipeline


@pytest.fixture(scope="module")
def out(sample_build):
    return sample_build.out_dir


def test_query_prints_a_table(out, capsys):
    assert main(["query", "SELECT ?p ?c WHERE { ?p kg:leaderOf ?c }", "--graph", str(out)]) == 0
    text = capsys.readouterr().out
    assert "ent:Vladimir_Putin" in text and "ent:Russia" in text and "row" in text.splitlines()[-1]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_query_file_in_csv_and_json(out, tmp_path, capsys, fmt):
    rq = tmp_path / "q.rq"
    rq.write_text('SELECT ?org WHERE { ?c rdfs:label "Kazakhstan" ; kg:memberOf ?o . ?o rdfs:label ?org }')
    assert main(["query", "--graph", str(out), "--file", str(rq), "--format", fmt]) == 0
    text = capsys.readouterr().out
    if fmt == "json":
        assert {"org": "Collective Security Treaty Organization"} in json.loads(text)
    else:
        assert text.splitlines()[0] == "org" and "Collective Security Treaty Organization" in text


def test_query_without_a_graph_says_so(tmp_path, capsys):
    assert main(["query", "SELECT * WHERE { ?s ?p ?o }", "--graph", str(tmp_path)]) == 2
    assert "no graph here" in capsys.readouterr().err


@pytest.mark.parametrize("update", ["DELETE WHERE { ?s ?p ?o }", "INSERT DATA { <a:b> <a:c> <a:d> }", "DROP ALL", "CLEAR DEFAULT"])
def test_query_refuses_updates(out, capsys, update):
    assert main(["query", update, "--graph", str(out)]) == 2
    assert "read-only" in capsys.readouterr().err


def test_bad_sparql_is_a_message_not_a_traceback(out, capsys):
    assert main(["query", "SELECT ?x WHERE { ?x", "--graph", str(out)]) == 2
    assert "does not parse" in capsys.readouterr().err


def test_evaluate_prints_the_summary_last(out, shared, capsys):
    assert main(["evaluate", "--gold", str(shared / "gold" / "seeds.tsv"), str(out / "graph.ttl")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-3].startswith("precision") and lines[-1].startswith("negatives violated")


def test_evaluate_names_the_bad_gold_line(out, tmp_path, capsys):
    gold = tmp_path / "gold.tsv"
    gold.write_text("# header\narticle\tA|\tvisitz\tB|\tE\tasserted\tev\n")
    assert main(["evaluate", "--gold", str(gold), str(out)]) == 2
    assert f"{gold}:2: unknown predicate 'visitz'" in capsys.readouterr().err


def test_a_missing_model_is_a_clear_error():
    with pytest.raises(KGError, match="not installed"):
        build_pipeline("en_core_web_nonexistent")


def test_python_dash_m_kg_works():
    done = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=True)
    assert "build" in done.stdout and "query" in done.stdout


def test_build_max_nodes_cuts_the_map_and_says_so(tmp_path):
    out = tmp_path / "out"
    assert main(["build", "--out", str(out), "--max-nodes", "5", "-q"]) == 0
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "Showing 5 of" in page and "the top by" in page
