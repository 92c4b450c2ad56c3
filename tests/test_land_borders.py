"""Checks of kg/gazetteer/data/land_borders.tsv: land borders between rows of countries.jsonl.

Plain pytest, no fixtures: the files are read relative to this test file.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "kg" / "gazetteer" / "data"
BORDERS = DATA / "land_borders.tsv"
COUNTRIES = DATA / "countries.jsonl"


@lru_cache(maxsize=None)
def countries() -> dict[str, dict]:
    rows = {}
    with COUNTRIES.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


@lru_cache(maxsize=None)
def lines() -> tuple[str, ...]:
    """The data lines (neither comments nor blank lines), in file order."""
    text = BORDERS.read_text(encoding="utf-8")
    return tuple(l for l in text.split("\n") if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=None)
def pairs() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(l.split("\t")) for l in lines())


def neighbours(cid: str) -> set[str]:
    return {b if a == cid else a for a, b in pairs() if cid in (a, b)}


def key(a: str, b: str) -> tuple[str, str]:
    return tuple(sorted((a, b)))


def test_header_comment():
    first = BORDERS.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("#")
    assert "countries.jsonl" in first


def test_lines_parse_into_two_ids():
    assert lines(), "no data lines"
    for line in lines():
        parts = line.split("\t")
        assert len(parts) == 2, f"not two tab-separated ids: {line!r}"
        assert all(p and p == p.strip() for p in parts), f"empty or padded id: {line!r}"


def test_ids_exist_in_countries():
    known = countries()
    unknown = sorted({i for pair in pairs() for i in pair if i not in known})
    assert not unknown, f"ids not in countries.jsonl: {unknown}"


def test_ids_sorted_and_distinct_within_line():
    for a, b in (tuple(l.split("\t")) for l in lines()):
        assert a < b, f"ids not sorted or not distinct: {a}\t{b}"


def test_lines_sorted_and_unique():
    ls = list(lines())
    assert ls == sorted(ls), "lines are not sorted"
    dups = sorted({l for l in ls if ls.count(l) > 1})
    assert not dups, f"duplicate lines: {dups}"


def test_historical_states_not_paired_with_successors():
    successors = {
        "soviet-union": {"russia", "ukraine", "belarus", "estonia", "latvia", "lithuania",
                         "moldova", "georgia", "armenia", "azerbaijan", "kazakhstan",
                         "uzbekistan", "turkmenistan", "kyrgyzstan", "tajikistan"},
        "yugoslavia": {"slovenia", "croatia", "bosnia-and-herzegovina", "serbia",
                       "montenegro", "north-macedonia", "kosovo", "serbia-and-montenegro"},
        "serbia-and-montenegro": {"serbia", "montenegro", "kosovo"},
        "czechoslovakia": {"czech-republic", "slovakia"},
        "zaire": {"democratic-republic-of-the-congo"},
        "rhodesia": {"zimbabwe"},
        "netherlands-antilles": {"curacao", "sint-maarten", "bonaire-sint-eustatius-and-saba"},
    }
    for old, new in successors.items():
        assert old in countries()
        assert not neighbours(old) & new, f"{old} paired with successor(s) {neighbours(old) & new}"


@pytest.mark.parametrize("a,b", [
    ("france", "spain"),
    ("china", "india"),
    ("russia", "ukraine"),
    ("canada", "united-states"),
    ("china", "hong-kong"),
    ("china", "macau"),
    ("gibraltar", "spain"),
    ("morocco", "spain"),
    ("denmark", "germany"),
    ("north-korea", "russia"),
    ("norway", "russia"),
    ("poland", "russia"),
    ("lithuania", "russia"),
    ("brazil", "french-guiana"),
    ("saint-martin", "sint-maarten"),
    ("haiti", "dominican-republic"),
    ("indonesia", "papua-new-guinea"),
    ("ireland", "united-kingdom"),
    ("algeria", "tunisia"),
    ("morocco", "western-sahara"),
    ("israel", "palestine"),
    ("holy-see", "italy"),
    ("soviet-union", "finland"),
    ("soviet-union", "north-korea"),
    ("soviet-union", "afghanistan"),
    ("east-germany", "germany"),
    ("east-germany", "poland"),
    ("czechoslovakia", "east-germany"),
    ("yugoslavia", "albania"),
    ("serbia-and-montenegro", "croatia"),
    ("zaire", "angola"),
    ("rhodesia", "zambia"),
])
def test_pair_present(a, b):
    assert a in countries() and b in countries()
    assert key(a, b) in pairs(), f"missing land border {a} - {b}"


@pytest.mark.parametrize("a,b", [
    ("morocco", "tunisia"),
    ("japan", "south-korea"),
    ("united-kingdom", "france"),
    ("russia", "united-states"),
    ("australia", "new-zealand"),
    ("soviet-union", "russia"),
    ("soviet-union", "ukraine"),
    ("czechoslovakia", "slovakia"),
    ("zaire", "democratic-republic-of-the-congo"),
    ("rhodesia", "zimbabwe"),
    ("canada", "denmark"),
    ("brazil", "france"),
    ("denmark", "sweden"),
    ("bahrain", "saudi-arabia"),
    ("malaysia", "singapore"),
    ("china", "taiwan"),
    ("kazakhstan", "mongolia"),
    ("india", "afghanistan"),
    ("mauritania", "morocco"),
    ("zimbabwe", "namibia"),
])
def test_pair_absent(a, b):
    assert a in countries() and b in countries()
    assert key(a, b) not in pairs(), f"unexpected land border {a} - {b}"


@pytest.mark.parametrize("cid,expected", [
    ("brazil", {"argentina", "bolivia", "colombia", "french-guiana", "guyana", "paraguay",
                "peru", "suriname", "uruguay", "venezuela"}),
    ("russia", {"norway", "finland", "estonia", "latvia", "lithuania", "poland", "belarus",
                "ukraine", "georgia", "azerbaijan", "kazakhstan", "china", "mongolia",
                "north-korea"}),
    ("east-germany", {"germany", "poland", "czechoslovakia"}),
])
def test_full_neighbour_sets(cid, expected):
    assert neighbours(cid) == expected


@pytest.mark.parametrize("cid", [
    "japan", "iceland", "australia", "new-zealand", "madagascar", "sri-lanka", "cuba",
    "taiwan", "singapore", "philippines", "malta", "jamaica",
])
def test_island_states_have_no_land_borders(cid):
    assert cid in countries()
    assert not neighbours(cid)
