"""Named queries (ontology/queries/*.rq): headers, parameters bound as terms, rows on the sample build."""

from __future__ import annotations

import json
import shlex
from typing import Any, Callable

import pytest
from rdflib import URIRef

import kg.named_queries as nq
from kg.cli import main
from kg.errors import EntityNotFoundError, NamedQueryError
from kg.ontology import ENTITY_URI

CSTO = "Collective Security Treaty Organization"
EXPECTED_QUERIES = {"facts-about", "members-of", "visits", "leaders", "allies-and-rivals", "timeline",
                    "conflicting-claims", "evidence"}


@pytest.fixture(scope="module")
def graph(sample_build):
    return sample_build.graph


def rows(graph, name: str, **params: Any) -> list[dict[str, Any]]:
    return nq.run_named_query(graph, name, params).records()


def test_every_query_has_a_documented_header() -> None:
    queries = {q.name: q for q in nq.named_queries()}
    assert EXPECTED_QUERIES <= set(queries)
    for query in queries.values():
        assert query.title and len(query.description) > 40, query.name
        args = shlex.split(query.example)
        assert args[:4] == ["kg", "query", "--name", query.name], query.example
        given = {a.split("=", 1)[0] for a in args[4:] if "=" in a}
        assert {p.name for p in query.parameters if p.required} <= given <= {p.name for p in query.parameters}
        assert all(p.kind in nq.KINDS and p.description for p in query.parameters)


# Each named query on the sample, checked on the rows that matter.
def check_facts_about(found: list[dict]) -> None:
    assert all("Armenia" in (r["subject"], r["object"]) for r in found)
    facts = {(r["subject"], r["predicate"], r["object"], r["modality"]) for r in found}
    assert ("Armenia", "memberOf", CSTO, "reported") in facts
    assert ("Armenia", "leaves", CSTO) in {f[:3] for f in facts}
    assert all(r["sentence"] and r["article"] for r in found)


def check_members_of_csto(found: list[dict]) -> None:
    assert {"Kazakhstan", "Armenia"} <= {r["member"] for r in found}
    assert {r["organisation"] for r in found} == {CSTO}
    assert all(r["readings"] >= 1 and r["articles"] for r in found)


def check_members_of_kazakhstan(found: list[dict]) -> None:
    assert {r["member"] for r in found} == {"Kazakhstan"}
    assert CSTO in {r["organisation"] for r in found}


def check_visits(found: list[dict]) -> None:
    assert {r["visitor"] for r in found} == {"Vladimir Putin"}
    assert {"Kazakhstan", "Kyrgyzstan", "Tajikistan"} <= {r["host"] for r in found}
    assert any(str(r["date"]) == "2012-10-10" for r in found)
    assert all(r["article"] and r["sentence"] for r in found)


def check_leaders(found: list[dict]) -> None:
    pairs = {(r["person"], r["leads"]) for r in found}
    assert {("Vladimir Putin", "Russia"), ("Nursultan Nazarbayev", "Kazakhstan")} <= pairs
    assert "Russia" not in {r["person"] for r in found}  # persons only: "Moscow-led CSTO" is not a leader row


def check_allies_and_rivals(found: list[dict]) -> None:
    stance = {(r["stance"], r["other"], r["relation"]) for r in found}
    assert ("ally", "Kazakhstan", "allyOf") in stance
    assert ("rival", "Ukraine", "attacks") in stance
    assert {r["stance"] for r in found} == {"ally", "rival"}
    assert all(r["direction"] == "mutual" for r in found if r["relation"] in ("allyOf", "partnerOf", "inConflictWith"))


def check_timeline(found: list[dict]) -> None:
    dates = [str(r["date"]) if r["date"] else None for r in found]
    dated = [d for d in dates if d]
    assert dated and dated == sorted(dated)
    undated_from = dates.index(None) if None in dates else len(dates)
    assert all(d is None for d in dates[undated_from:])  # undated readings come after the dated ones
    assert all("Vladimir Putin" in (r["subject"], r["object"]) for r in found)


def check_conflicting_claims(found: list[dict]) -> None:
    armenia = [r for r in found if r["subject"] == "Armenia" and r["organisation"] == CSTO]
    assert armenia, found
    row = armenia[0]
    assert row["claim"].startswith("memberOf") and row["counterClaim"].startswith("leaves")
    assert "member" in row["sentence"] and "suspended its membership" in row["counterSentence"]
    assert row["article"] and row["counterArticle"] and row["source"] == row["counterSource"] == "AFP"
    assert "date" in row and "counterDate" in row


def check_evidence(found: list[dict]) -> None:
    assert len({r["article"] for r in found}) >= 2
    assert all("Kazakh" in r["sentence"] or "Astana" in r["sentence"] for r in found)
    assert "asserted" in {r["modality"] for r in found}
    assert all(r["rule"] and r["confidence"] is not None for r in found)


@pytest.mark.parametrize("name, params, check", [
    ("facts-about", {"entity": "Armenia"}, check_facts_about),
    ("members-of", {"entity": "CSTO"}, check_members_of_csto),
    ("members-of", {"entity": "Kazakhstan"}, check_members_of_kazakhstan),
    ("visits", {"entity": "Putin"}, check_visits),
    ("leaders", {}, check_leaders),
    ("allies-and-rivals", {"entity": "Russia"}, check_allies_and_rivals),
    ("timeline", {"entity": "Putin"}, check_timeline),
    ("conflicting-claims", {}, check_conflicting_claims),
    ("conflicting-claims", {"entity": "csto"}, check_conflicting_claims),
    ("evidence", {"subject": "Putin", "predicate": "visits", "object": "Kazakhstan"}, check_evidence),
], ids=lambda v: "-".join(f"{k}={x}" for k, x in v.items()) if isinstance(v, dict) else None)
def test_named_query_rows(graph, name: str, params: dict, check: Callable[[list[dict]], None]) -> None:
    check(rows(graph, name, **params))


def test_symmetric_evidence_counts_both_directions(graph) -> None:
    one = rows(graph, "evidence", subject="Russia", predicate="kg:allyOf", object="Kazakhstan")
    other = rows(graph, "evidence", subject="Kazakhstan", predicate="allyOf", object="Russia")
    assert one and sorted(map(str, one)) == sorted(map(str, other))


@pytest.mark.parametrize("name, label", [
    ("CSTO", CSTO), ("csto", CSTO), ("Collective Security Treaty Organisation", CSTO), ("Putin", "Vladimir Putin"),
    ("  vladimir   putin ", "Vladimir Putin"), ("Kazakstan", "Kazakhstan"), ("ent:Kazakhstan", "Kazakhstan"),
])
def test_entities_resolve_by_label_or_alias(graph, name: str, label: str) -> None:
    iri = nq.resolve_entity(graph, name)
    assert isinstance(iri, URIRef) and str(iri).startswith(ENTITY_URI)
    assert label in {str(o) for o in graph.objects(iri, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}


@pytest.mark.parametrize("name, message", [
    ("Kazakstaan", "did you mean"), ("Atlantis", "no entity is called"), ("", "empty"),
    ('Kazakhstan" } UNION { ?s ?p ?o } #', "no entity is called"), ("ent:Atlantis", "no entity"),
])
def test_unknown_entities_are_clear_errors(graph, name: str, message: str) -> None:
    with pytest.raises(EntityNotFoundError, match=message):
        nq.run_named_query(graph, "facts-about", {"entity": name})


def test_values_are_bound_as_terms_never_pasted(graph, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, dict]] = []
    real = nq.run_query

    def spy(g, text, bindings=None, **kwargs):
        seen.append((text, dict(bindings or {})))
        return real(g, text, bindings, **kwargs)

    monkeypatch.setattr(nq, "run_query", spy)
    nq.run_named_query(graph, "members-of", {"entity": "CSTO"})
    text, bindings = seen[-1]
    assert text == nq.named_query("members-of").path.read_text(encoding="utf-8")
    assert bindings == {"entity": URIRef(ENTITY_URI + "Collective_Security_Treaty_Organization")}


@pytest.mark.parametrize("name, params, message", [
    ("members-off", {}, "did you mean members-of"),
    ("evidence", {"subject": "Putin"}, "needs --param predicate"),
    ("visits", {"country": "Kazakhstan"}, "has no parameter 'country'"),
    ("evidence", {"subject": "Putin", "predicate": "visitz", "object": "Kazakhstan"}, "did you mean visits"),
])
def test_bad_requests_are_named_query_errors(graph, name: str, params: dict, message: str) -> None:
    with pytest.raises(NamedQueryError, match=message):
        nq.run_named_query(graph, name, params)


def test_header_without_title_is_refused(tmp_path) -> None:
    with pytest.raises(NamedQueryError, match="no '# title:' line"):
        nq.parse_header("# description: x\nSELECT * WHERE { ?s ?p ?o }", "x", tmp_path / "x.rq")


def test_cli_lists_and_runs_named_queries(sample_build, capsys) -> None:
    assert main(["query", "--list"]) == 0
    listing = capsys.readouterr().out
    assert all(f"\n{name}" in "\n" + listing for name in EXPECTED_QUERIES)
    out = str(sample_build.out_dir)
    assert main(["query", "--graph", out, "--name", "members-of", "--param", "entity=CSTO", "--format", "json"]) == 0
    assert {"Kazakhstan", "Armenia"} <= {r["member"] for r in json.loads(capsys.readouterr().out)}


@pytest.mark.parametrize("args, message", [
    (["--name", "visits", "--param", "entity"], "NAME=VALUE"),
    (["--name", "visits", "SELECT * WHERE { ?s ?p ?o }"], "not both"),
    (["--param", "entity=CSTO"], "goes with --name"),
    (["--name", "facts-about", "--param", "entity=Nowhere"], "no entity is called"),
])
def test_cli_named_query_errors_exit_2(sample_build, capsys, args: list[str], message: str) -> None:
    assert main(["query", "--graph", str(sample_build.out_dir), *args]) == 2
    assert message in capsys.readouterr().err
