"""Checks of the bundled gazetteer data in kg/gazetteer/data/*.jsonl and given_names.txt.

Plain pytest, no fixtures: the files are read relative to the repository root.
The country Q-ids are cross-checked against ../shared/reference/territories.jsonl
when that file is present (the test is skipped otherwise).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "gazetteer" / "data"
REFERENCE = ROOT.parent / "shared" / "reference" / "territories.jsonl"

KEYS = {
    "countries": {"id", "name", "qid", "iso2", "aliases", "demonyms", "capital",
                  "region", "subregion", "historical", "territory"},
    "places": {"id", "name", "qid", "class", "country", "aliases", "capital", "metonym"},
    "organizations": {"id", "name", "qid", "class", "aliases", "country", "members"},
    "persons": {"id", "name", "qid", "aliases", "country"},
}
FILES = tuple(KEYS)
#: "until": the day a historical state ended (its capital stood for it in news before then);
#: "postal": a region's postal abbreviations ("Pa.", "Ont."), names only after "<Town>,"
OPTIONAL_KEYS = {"countries": {"until", "successor"}, "places": {"postal", "within"}}

ID_RE = re.compile(r"^[a-z0-9-]+$")
QID_RE = re.compile(r"^Q[1-9][0-9]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")

ORG_CLASSES = {"InternationalOrganization", "GovernmentBody", "Company",
               "MediaOrganization", "ArmedGroup", "Organization"}
PLACE_CLASSES = {"City", "Place"}
UN_GEOSCHEME = {
    "Africa": {"Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa",
               "Western Africa"},
    "Americas": {"Caribbean", "Central America", "South America", "Northern America"},
    "Asia": {"Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia",
             "Western Asia"},
    "Europe": {"Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"},
    "Oceania": {"Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"},
}

# Surface strings deliberately shared by two entities.  Keep this tiny: a city-state
# whose capital is written exactly like the country.
SHARED_SURFACE_ALLOWED = {
    "Singapore",  # country Singapore and its capital place "singapore-city"
}

# Sovereign states left without a demonym on purpose: their only demonym is
# shared with a neighbour and was given to that neighbour ("Dominican" ->
# Dominican Republic, "Congolese" -> DR Congo).
NO_DEMONYM_ALLOWED = {"dominica", "republic-of-the-congo"}

# One-word person aliases that are not bare surnames (nicknames / acronyms).
PERSON_ONE_WORD_ALIASES = {"Hemedti", "AMLO", "Jokowi"}

# Place names that legitimately start with "The".
PLACE_THE_ALLOWED = {"The Hague"}


@lru_cache(maxsize=None)
def load(name: str) -> tuple[dict, ...]:
    path = DATA / f"{name}.jsonl"
    rows = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"{path.name}:{lineno}: blank line"
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
                pytest.fail(f"{path.name}:{lineno}: invalid JSON: {exc}")
    return tuple(rows)


def ids(name: str) -> set[str]:
    return {r["id"] for r in load(name)}


@lru_cache(maxsize=None)
def reference() -> tuple[dict, ...]:
    if not REFERENCE.exists():
        pytest.skip(f"reference file not found: {REFERENCE}")
    with REFERENCE.open(encoding="utf-8") as fh:
        return tuple(json.loads(line) for line in fh if line.strip())


def ref_qids(entry: dict) -> set[str]:
    return {entry["qid"], *entry.get("other_qids", [])} - {None, ""}


# ---------------------------------------------------------------- 1. format

@pytest.mark.parametrize("name", FILES)
def test_lines_parse_and_keys_exact(name):
    rows = load(name)
    assert rows, f"{name}.jsonl is empty"
    for r in rows:
        optional = OPTIONAL_KEYS.get(name, set())
        assert KEYS[name] <= set(r) <= KEYS[name] | optional, (r.get("id"), set(r) ^ KEYS[name])


def test_a_region_lies_within_a_region_of_its_own_state():
    places = {r["id"]: r for r in load("places")}
    for r in places.values():
        if r.get("within"):
            outer = places.get(r["within"])
            assert outer is not None and outer["class"] == "Place" and outer["country"] == r["country"], (r["id"], r["within"])


@pytest.mark.parametrize("name", FILES)
def test_ids_unique_sorted_and_well_formed(name):
    got = [r["id"] for r in load(name)]
    assert len(got) == len(set(got)), [i for i in got if got.count(i) > 1]
    assert got == sorted(got), "rows must be sorted by id"
    bad = [i for i in got if not ID_RE.match(i)]
    assert not bad, bad


@pytest.mark.parametrize("name", FILES)
def test_qid_format(name):
    bad = [(r["id"], r["qid"]) for r in load(name)
           if r["qid"] != "" and not QID_RE.match(r["qid"])]
    assert not bad, bad


def test_qids_unique_across_all_files():
    seen = defaultdict(list)
    for name in FILES:
        for r in load(name):
            if r["qid"]:
                seen[r["qid"]].append(f"{name}:{r['id']}")
    dup = {q: v for q, v in seen.items() if len(v) > 1}
    assert not dup, dup


@pytest.mark.parametrize("name", FILES)
def test_field_types(name):
    for r in load(name):
        assert isinstance(r["name"], str) and r["name"].strip() == r["name"] != "", r["id"]
        assert isinstance(r["aliases"], list), r["id"]
        for a in r["aliases"]:
            assert isinstance(a, str) and a.strip() == a != "", (r["id"], a)
            assert not a.lower().startswith("the ") or name in ("organizations", "countries"), (r["id"], a)
        assert len(r["aliases"]) == len(set(r["aliases"])), r["id"]
        assert r["name"] not in r["aliases"], (r["id"], "alias repeats the name")
        if name == "countries":
            assert r["iso2"] == "" or ISO2_RE.match(r["iso2"]), r["id"]
            assert isinstance(r["demonyms"], list) and all(isinstance(d, str) and d for d in r["demonyms"])
            assert isinstance(r["historical"], bool) and isinstance(r["territory"], bool)
            assert r["subregion"] in UN_GEOSCHEME.get(r["region"], ()), (r["id"], r["region"], r["subregion"])
        elif name == "places":
            assert r["class"] in PLACE_CLASSES, r["id"]
            assert isinstance(r["capital"], bool) and isinstance(r["metonym"], bool)
            for s in [r["name"], *r["aliases"]]:
                assert not s.startswith("the ") and (not s.startswith("The ") or s in PLACE_THE_ALLOWED), (r["id"], s)
        elif name == "organizations":
            assert r["class"] in ORG_CLASSES, r["id"]
            assert isinstance(r["members"], list)
            if r["members"]:
                assert r["class"] == "InternationalOrganization", r["id"]
                assert r["members"] == sorted(set(r["members"])), r["id"]


def test_country_iso2_unique():
    got = [r["iso2"] for r in load("countries") if r["iso2"]]
    assert len(got) == len(set(got)), sorted(i for i in got if got.count(i) > 1)


# ------------------------------------------------- 2. country Q-ids vs reference

def _reference_candidates(country: dict, ref: tuple[dict, ...]) -> list[dict]:
    iso = country["iso2"].lower()
    if iso:
        found = [e for e in ref if e["code"] == iso]
        if not found and country["historical"]:
            # ISO 3166-3 four-letter codes of former states: SU -> suhh, YU -> yucs
            found = [e for e in ref if e.get("is_historical") and len(e["code"]) == 4
                     and e["code"].startswith(iso)]
        return found
    return [e for e in ref if e["name"].lower() == country["name"].lower()]


def test_country_qids_match_reference():
    ref = reference()
    checked, wrong = 0, []
    for c in load("countries"):
        cands = _reference_candidates(c, ref)
        if not cands:
            continue
        checked += 1
        allowed = set().union(*(ref_qids(e) for e in cands))
        if c["qid"] and c["qid"] not in allowed:
            wrong.append((c["id"], c["qid"], sorted(allowed)))
    assert not wrong, wrong
    assert checked >= 195


def test_reference_countries_all_present():
    ref = reference()
    have = {r["iso2"].lower() for r in load("countries") if r["iso2"]}
    missing = [(e["code"], e["name"]) for e in ref
               if e.get("is_country") and not e.get("is_historical") and e["code"] not in have]
    assert not missing, missing


def test_un_members_plus_observers_are_sovereign_rows():
    sovereign = [r for r in load("countries") if not r["historical"] and not r["territory"]]
    # 193 UN members + Holy See + Palestine + Taiwan + Kosovo + Western Sahara
    assert len(sovereign) == 198, len(sovereign)


# ---------------------------------------------------------- 3. cross references

def test_country_capitals_resolve():
    places = {p["id"]: p for p in load("places")}
    for c in load("countries"):
        if not c["capital"]:
            continue
        assert c["capital"] in places, (c["id"], c["capital"])
        cap = places[c["capital"]]
        assert cap["class"] == "City", c["id"]
        if not c["historical"]:
            assert cap["country"] == c["id"], (c["id"], cap["id"], cap["country"])
            assert cap["capital"], f"{cap['id']} is the capital of {c['id']} but has capital=false"


def test_place_countries_resolve():
    countries = ids("countries")
    for p in load("places"):
        if p["class"] == "City":
            assert p["country"], p["id"]
        assert p["country"] == "" or p["country"] in countries, (p["id"], p["country"])


def test_capital_places_are_capitals_of_their_country():
    capitals = {c["capital"] for c in load("countries") if c["capital"]}
    for p in load("places"):
        if p["capital"]:
            assert p["id"] in capitals or p["country"], p["id"]


def test_organization_countries_and_members_resolve():
    countries = ids("countries")
    for o in load("organizations"):
        assert o["country"] == "" or o["country"] in countries, (o["id"], o["country"])
        bad = [m for m in o["members"] if m not in countries]
        assert not bad, (o["id"], bad)


def test_person_countries_resolve():
    countries = ids("countries")
    for p in load("persons"):
        assert p["country"] == "" or p["country"] in countries, (p["id"], p["country"])


# ---------------------------------------------------- 4. no ambiguous surface forms

def test_no_surface_string_maps_to_two_entities():
    owners = defaultdict(set)
    for name in FILES:
        for r in load(name):
            for s in [r["name"], *r["aliases"], *r.get("demonyms", [])]:
                owners[s].add(f"{name}:{r['id']}")
    clashes = {s: sorted(o) for s, o in owners.items()
               if len(o) > 1 and s not in SHARED_SURFACE_ALLOWED}
    assert not clashes, clashes
    # the allow-list must not go stale
    for s in SHARED_SURFACE_ALLOWED:
        assert len(owners.get(s, ())) > 1, f"{s!r} no longer shared; drop it from the allow-list"


def test_person_aliases_are_not_bare_surnames():
    bad = []
    for p in load("persons"):
        for a in p["aliases"]:
            if len(a.split()) < 2 and a not in PERSON_ONE_WORD_ALIASES:
                bad.append((p["id"], a))
    assert not bad, bad


# ----------------------------------------------------- 5. sovereign-state rows

def test_sovereign_states_have_capital_and_demonym():
    for c in load("countries"):
        if c["historical"] or c["territory"]:
            continue
        assert c["capital"], c["id"]
        if c["id"] not in NO_DEMONYM_ALLOWED:
            assert c["demonyms"], c["id"]


def test_no_demonym_allow_list_is_minimal():
    rows = {c["id"]: c for c in load("countries")}
    for cid in NO_DEMONYM_ALLOWED:
        assert cid in rows and not rows[cid]["demonyms"], cid


def test_key_entities_present():
    countries = {c["id"]: c for c in load("countries")}
    assert countries["kazakhstan"]["qid"] == "Q232"
    assert countries["russia"]["qid"] == "Q159"
    assert countries["united-states"]["qid"] == "Q30"
    assert countries["united-kingdom"]["qid"] == "Q145"
    assert "Kazakh" in countries["kazakhstan"]["demonyms"]
    assert "U.S." in countries["united-states"]["aliases"]
    assert "USSR" in countries["soviet-union"]["aliases"]
    places = {p["id"]: p for p in load("places")}
    assert places["moscow"]["qid"] == "Q649" and places["moscow"]["metonym"]
    assert places["astana"]["capital"] and "Nur-Sultan" in places["astana"]["aliases"]
    assert places["kremlin"]["metonym"] and places["kremlin"]["country"] == "russia"
    orgs = {o["id"]: o for o in load("organizations")}
    assert orgs["nato"]["qid"] == "Q7184"
    assert orgs["european-union"]["qid"] == "Q458"
    assert orgs["united-nations"]["qid"] == "Q1065"
    assert "CSTO" in orgs["csto"]["aliases"]
    assert "kazakhstan" in orgs["csto"]["members"]
    assert "RFE/RL" in orgs["rferl"]["aliases"]
    persons = {p["id"]: p for p in load("persons")}
    assert persons["vladimir-putin"]["qid"] == "Q7747"
    assert persons["nursultan-nazarbayev"]["country"] == "kazakhstan"
    assert len(persons) >= 150


# ------------------------------------------------------------- 6. given names

GIVEN_NAMES = DATA / "given_names.txt"

# One word: letters, optionally joined by a hyphen or an apostrophe ("Jean-Pierre", "Ze'ev").
GIVEN_NAME_RE = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")

# Names that are also common English words, frequent capitalised non-name words in
# news, or places / organisations.  None of them may be in given_names.txt (compared
# without case and diacritics).
GIVEN_NAMES_EXCLUDED = {
    # common words
    "Will", "Bill", "May", "June", "April", "August", "Grant", "Mark", "Rose", "Guy",
    "Rich", "Sunny", "Young", "Major", "Prince", "King", "General", "Justice", "Rock",
    "Stone", "Brown", "White", "Black", "Green", "Gray", "Grey", "Long", "Little", "Star",
    "Summer", "Winter", "Autumn", "Dawn", "Crystal", "Amber", "Ruby", "Pearl", "Jade",
    "Angel", "Christian", "Islam", "Royal", "Noble", "Faith", "Hope", "Joy", "Grace",
    "Sue", "Rob", "Drew", "Chip", "Gene", "Can", "Said", "Roman", "German", "Marine",
    "Miles", "Chase", "Sterling", "Penny", "Hunter", "Oscar", "Harm", "Till", "Tea",
    # places
    "Jordan", "Georgia", "Chad", "Israel", "Paris", "China", "Virginia", "Florence",
    "Victoria", "Sydney", "Austin", "Lincoln", "Washington", "Kent", "Chelsea", "Madison",
    "Dallas", "Houston", "Orlando", "Miami", "Phoenix", "Aurora", "Charlotte", "Sofia",
    "Santiago", "Salvador", "Sierra", "Solomon", "Dakota", "Carolina", "Savannah",
    # organisations, titles and name particles
    "Wagner", "Morgan", "Stanley", "Mercedes", "Sheikh", "Sultan", "Emir", "Imam",
    "Abu", "Al", "El", "Bin", "Sri", "Hong", "Kong",
    # surnames
    "Wong", "Khan", "Singh", "Kumar", "Xi", "Li", "Wang", "Zhang", "Chen",
}


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=None)
def given_names() -> tuple[str, ...]:
    raw = GIVEN_NAMES.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    assert b"\r" not in raw, "LF line endings only"
    text = raw.decode("utf-8")
    assert text.endswith("\n"), "the last line must end with a newline"
    return tuple(text[:-1].split("\n"))


def test_given_names_sorted_unique_one_word_per_line():
    names = given_names()
    assert 3000 <= len(names) <= 12000, len(names)
    assert list(names) == sorted(names), "lines must be sorted"
    dup = sorted(n for n, k in Counter(names).items() if k > 1)
    assert not dup, dup
    bad = [n for n in names
           if not GIVEN_NAME_RE.match(n) or not n[0].isupper() or (len(n) > 1 and n.isupper())]
    assert not bad, bad


def test_given_names_exclude_common_words():
    from spacy.lang.en.stop_words import STOP_WORDS

    keys = {_key(n) for n in given_names()}
    excluded = sorted(w for w in GIVEN_NAMES_EXCLUDED if _key(w) in keys)
    assert not excluded, excluded
    stop = sorted(n for n in given_names() if n.lower() in STOP_WORDS)
    assert not stop, stop


def test_given_names_are_not_countries_places_or_organizations():
    surfaces = set()
    for name in ("countries", "places", "organizations"):
        for r in load(name):
            for s in [r["name"], *r["aliases"], *r.get("demonyms", [])]:
                surfaces.add(_key(s))
    clashes = sorted(n for n in given_names() if _key(n) in surfaces)
    assert not clashes, clashes


def test_until_is_an_iso_date_of_a_historical_state():
    for r in load("countries"):
        if "until" in r:
            assert r["historical"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["until"]), r["id"]


@pytest.mark.parametrize(("form", "entry_id"), [
    ("Organisation of Petroleum Exporting Countries", "opec"),  # British spelling, no "the"
    ("World Health Organisation", "who"),
    ("Republic of Congo", "republic-of-the-congo"),
    ("AT and T", "at-and-t"),
    ("Côte d’Ivoire", "ivory-coast"),
])
def test_spelling_variants_of_a_name_find_its_entry(form, entry_id):
    from kg.gazetteer import load_gazetteer
    entry = load_gazetteer().lookup(form)
    assert entry is not None and entry.id == entry_id


def test_gendered_given_names_are_given_names_of_one_gender_only():
    data = Path(__file__).resolve().parents[1] / "kg" / "gazetteer" / "data"
    given = set((data / "given_names.txt").read_text(encoding="utf-8").split("\n")) - {""}
    female = (data / "given_names_female.txt").read_text(encoding="utf-8").split("\n")
    male = (data / "given_names_male.txt").read_text(encoding="utf-8").split("\n")
    female, male = [n for n in female if n], [n for n in male if n]
    for names in (female, male):
        assert names == sorted(set(names)), "sorted, no duplicates"
        assert set(names) <= given, sorted(set(names) - given)[:5]
    assert not set(female) & set(male)


def test_postal_abbreviations_are_unique_abbreviations_of_regions():
    """Postal abbreviations ("Pa.", "N.J.") belong to first-level regions, end in a period, and name one region each."""
    seen: dict[str, str] = {}
    for r in load("places"):
        for form in r.get("postal", []):
            assert r["class"] == "Place" and r["country"] in ("united-states", "canada"), (r["id"], form)
            assert form.endswith(".") and form[0].isupper() and " " not in form, (r["id"], form)
            assert form not in seen, (form, seen.get(form), r["id"])
            seen[form] = r["id"]
    assert len(seen) >= 50


@pytest.mark.parametrize(("text", "form", "entry_id"), [
    ("Its plant is in Buford, Ga. It makes saws.", "Ga.", "georgia-us-state"),
    ("DALLAS, Tex., March 3 - Acme said.", "Tex", "texas"),
])
def test_a_postal_abbreviation_after_a_town_is_its_region(nlp, text, form, entry_id):
    doc = nlp(text)
    assert any(s.text == form and s.kb_id_ == entry_id for s in doc.spans["kg_gazetteer"])


@pytest.mark.parametrize(("text", "form", "key"), [
    ("PARIS, Texas, March 3 - Acme Corp said it sold a plant.", "PARIS", "City:paris (texas)"),
    ("She grew up in Moscow, Idaho. Moscow is a college town.", "Moscow", "City:moscow (idaho)"),
    ("LONDON, Ontario, March 3 - Acme Corp said it sold a plant.", "LONDON", "City:london (ontario)"),
    # the city's own state, or a historical state that held it
    ("They met in Paris, France, on Monday.", "Paris", "gaz:paris"),
    ("MOSCOW, USSR, March 3 - Tass said.", "MOSCOW", "gaz:moscow"),
    ("PARIS, Texas, March 3 - Acme said. Its rival in Paris, France, agreed.", "Paris", "gaz:paris"),
    # a list of places, not a town and its region
    ("Offices will open in Tokyo, Hong Kong, Moscow and Prague.", "Tokyo", "gaz:tokyo"),
])
def test_a_known_city_named_with_another_states_region_is_another_town(nlp, text, form, key):
    assert {e.kb_id_ for e in nlp(text).ents if e.text == form} == {key}


@pytest.mark.parametrize(("text", "form", "entry_id"), [
    ("She grew up in Atlanta, Georgia, and moved away.", "Georgia", "georgia-us-state"),
    ("Storms crossed Alabama, Georgia and South Carolina.", "Georgia", "georgia-us-state"),
    ("The firm moved from Seattle, Washington to Austin.", "Washington", "washington-state"),
    ("Monsoon rains flooded Haryana and Punjab.", "Punjab", "punjab-india"),
    ("Voters in Ohio, New York and Texas went to the polls.", "New York", "new-york-state"),
    ("Gunmen raided villages in Kano, Niger and Sokoto states.", "Kano", "kano-state"),
    ("Gunmen raided villages in Kano, Niger and Sokoto states.", "Niger", "niger-state"),
    ("Flights from Boston, New York and Chicago were cancelled.", "New York", "new-york-city"),
    # no neighbour says otherwise: the gazetteer's first reading
    ("Armenia, Georgia and Azerbaijan met in Tbilisi, Georgia.", "Georgia", "georgia"),
    ("Flights from Baltimore, Washington and Boston were cancelled.", "Washington", "washington-dc"),
    ("Georgia joined the talks.", "Georgia", "georgia"),
])
def test_a_name_of_two_places_is_the_one_its_neighbours_say(nlp, text, form, entry_id):
    doc = nlp(text)
    assert {e.kb_id_ for e in doc.ents if e.text == form} == {f"gaz:{entry_id}"}


@pytest.mark.parametrize("text", ["Miss. Ruiz sang.", "The Ind. candidate won, said Mo. Ruiz.", "He spoke of Pa. and Ma.",
                                  "Speaking to Jones, Miss. Ruiz said the plan failed."])
def test_a_postal_abbreviation_elsewhere_is_no_place(nlp, text):
    doc = nlp(text)
    assert not any(s.label_ == "Place" for s in doc.spans["kg_gazetteer"])
