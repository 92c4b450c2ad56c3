"""Incremental resolution (kg add / kg remove) follows the rules of a full build, with stored entities first."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.extract.model import Entity, Extraction
from kg.resolve import ResolvedEntity, resolve, resolve_incremental, retract


def _ex(article: str, *entities: Entity) -> Extraction:
    return Extraction(article, tuple(entities))


def _stored(name: str, label: str, cls: str, keys: dict[str, int], qid: str = "", names: dict[str, int] | None = None) -> ResolvedEntity:
    names = Counter(names or {label: sum(keys.values())})
    return ResolvedEntity(min(keys, key=lambda k: (not k.startswith("gaz:"), k)), label, cls, qid, iri_name=name,
                          classes=Counter({cls: sum(keys.values())}), names=names, keys=Counter(keys),
                          aliases=set(names) - {label})


PUTIN = Entity("gaz:putin", "Vladimir Putin", "Person", "Q7747", ("Putin", "Vladimir Putin"))
CSTO = Entity("gaz:csto", "Collective Security Treaty Organization", "InternationalOrganization", "Q1141", ("CSTO",))


@pytest.mark.parametrize("new, stored, expected_iri, why", [
    (Entity("gaz:putin", "Vladimir Putin", "Person", "Q7747"), {"gaz:putin": 2}, "Vladimir_Putin", "same key"),
    (Entity("Person:V. Putin", "V. Putin", "Person", "Q7747"), {"gaz:putin": 2}, "Vladimir_Putin", "same Wikidata item"),
    (Entity("Organization:CSTO", "CSTO", "Organization"), None, "Collective_Security_Treaty_Organization", "alias of a gazetteer entity"),
])
def test_a_new_reading_of_a_stored_thing_joins_its_node(new, stored, expected_iri, why):
    known = {"Vladimir_Putin": _stored("Vladimir_Putin", "Vladimir Putin", "Person", stored or {"gaz:putin": 1}, "Q7747",
                                       {"Vladimir Putin": 1, "Putin": 1}),
             "Collective_Security_Treaty_Organization": _stored("Collective_Security_Treaty_Organization", CSTO.label,
                                                                CSTO.cls, {"gaz:csto": 1}, "Q1141", {CSTO.label: 1, "CSTO": 1})}
    inc = resolve_incremental([_ex("a9", new)], known, taken=lambda name: name in known)
    resolution = inc.resolution
    assert resolution.entities[resolution.canonical(new.key)].iri_name == expected_iri, why
    assert expected_iri in inc.stored and not inc.renamed
    entity = resolution.entities[resolution.canonical(new.key)]
    assert entity.keys[new.key] == (stored or {}).get(new.key, 0) + 1 and new.label in entity.names


def test_a_bare_surname_is_not_merged_into_a_stored_full_name():
    known = {"Boris_Johnson": _stored("Boris_Johnson", "Boris Johnson", "Person", {"gaz:johnson": 1}, "", {"Boris Johnson": 1, "Johnson": 1})}
    inc = resolve_incremental([_ex("a", Entity("Person:Johnson", "Johnson", "Person"))], known, taken=lambda n: n in known)
    assert [e.iri_name for e in inc.resolution.entities.values()] == ["Johnson"] and not inc.stored


def test_a_stored_name_claimed_by_a_new_gazetteer_entry_is_merged_and_renamed():
    known = {"Radio_Liberty": _stored("Radio_Liberty", "Radio Liberty", "MediaOrganization", {"MediaOrganization:Radio Liberty": 3})}
    rferl = Entity("gaz:rferl", "Radio Free Europe/Radio Liberty", "MediaOrganization", "Q1752", ("Radio Liberty", "RFE/RL"))
    inc = resolve_incremental([_ex("new", rferl)], known, taken=lambda n: n in known)
    entity = inc.resolution.entities["gaz:rferl"]
    assert inc.renamed == {"Radio_Liberty": "Radio_Free_Europe_Radio_Liberty"}
    assert entity.keys == Counter({"MediaOrganization:Radio Liberty": 3, "gaz:rferl": 1})
    assert "Radio Liberty" in entity.aliases and entity.label == rferl.label


def test_new_names_avoid_the_stored_ones():
    known_names = {"Georgia", "Georgia_City"}
    inc = resolve_incremental([_ex("a", Entity("City:Georgia", "Georgia", "City"))], {}, taken=lambda n: n in known_names)
    assert inc.resolution.entities["City:Georgia"].iri_name == "Georgia_City_2"


def test_class_votes_are_counted_across_the_store_and_the_new_articles():
    known = {"Jordan": _stored("Jordan", "Jordan", "Person", {"Person:Jordan": 1})}
    readings = [_ex(f"a{n}", Entity("Person:Jordan", "Jordan", "Country")) for n in range(2)]
    inc = resolve_incremental(readings, known, taken=lambda n: n in known)
    entity = inc.resolution.entities["Person:Jordan"]
    assert entity.cls == "Country" and entity.classes == Counter({"Country": 2, "Person": 1})
    kept, gone = retract([("Person:Jordan", "Country", ["Jordan"])] * 2, {"Person:Jordan": entity})
    assert kept == [entity] and not gone and entity.cls == "Person"


@pytest.mark.parametrize("split", [1, 2])
def test_resolving_in_two_steps_gives_the_full_build_s_entities(split):
    extractions = [
        _ex("a", PUTIN, Entity("gaz:kz", "Kazakhstan", "Country", "Q232", ("Kazakhstan", "Kazakstan"))),
        _ex("b", Entity("Person:Putin", "Putin", "Person"), CSTO, Entity("Country:Kazakstan", "Kazakstan", "Country")),
        _ex("c", Entity("Organization:CSTO", "CSTO", "Organization"), Entity("Person:Jane Roe", "Jane Roe", "Person")),
    ]
    full = resolve(extractions)
    first = resolve(extractions[:split])
    known = {e.iri_name: e for e in first.entities.values()}
    for entity in known.values():
        entity.aliases = set(entity.names) - {entity.label}
    inc = resolve_incremental(extractions[split:], known, taken=lambda n: n in known)
    merged = {e.iri_name: e for e in first.entities.values()} | {e.iri_name: e for e in inc.resolution.entities.values()}
    assert {n: (e.cls, e.label, sorted(e.aliases)) for n, e in merged.items()} == \
           {e.iri_name: (e.cls, e.label, sorted(e.aliases)) for e in full.entities.values()}


def test_retracting_the_last_reading_removes_the_entity():
    entity = _stored("Jane_Roe", "Jane Roe", "Person", {"Person:Jane Roe": 1})
    kept, gone = retract([("Person:Jane Roe", "Person", ["Jane Roe"])], {"Person:Jane Roe": entity})
    assert kept == [] and gone == [entity]


def _store_state(out) -> tuple[set, set]:
    """The store's graph (file paths aside) and bookkeeping, as sets of triples."""
    from kg.store import StoreGraph, find_store

    with StoreGraph(find_store(out)) as store:
        graph = {t for t in store.triples() if not str(t[1]).endswith("#sourceFile")}
        return graph, set(store.ledger_select("SELECT ?s ?p ?o WHERE { GRAPH kgs:ledger { ?s ?p ?o } }"))


@pytest.mark.parametrize("also_in_new", [False, True])
def test_removing_the_only_article_behind_a_merge_made_by_kg_add_undoes_the_merge(tmp_path, monkeypatch, also_in_new):
    from kg.extract.model import Evidence, Relation
    from kg.incremental import add, remove

    radio = Entity("MediaOrganization:radio liberty", "Radio Liberty", "MediaOrganization")
    rferl = Entity("gaz:rferl", "Radio Free Europe/Radio Liberty", "MediaOrganization", "Q1752", ("RFE/RL", "Radio Liberty"))
    prague = Entity("City:prague", "Prague", "City")

    def based(entity: Entity, sentence: str) -> Relation:
        return Relation(entity.key, "basedIn", prague.key, Evidence(sentence, 0, len(sentence), "test", 0.9, "asserted", "E"))

    stories = {"old": ((radio, prague), based(radio, "Radio Liberty is based in Prague.")),
               "new": ((rferl, prague) + ((radio,) if also_in_new else ()), based(rferl, "RFE/RL, based in Prague, said."))}
    monkeypatch.setattr("kg.builder.extract_all", lambda articles, on_error, **options: [
        Extraction(a.id, stories[a.name][0], relations=(stories[a.name][1],)) for a in articles])
    folder = tmp_path / "in"
    folder.mkdir()
    for name in stories:
        (folder / f"{name}.txt").write_text(f"{name} story\n\n{stories[name][1].evidence.sentence}\n", encoding="utf-8")
    out = tmp_path / "out"
    add([folder / "old.txt"], out, html=False, log=lambda m: None)
    before = _store_state(out)
    merged = add([folder / "new.txt"], out, html=False, log=lambda m: None)
    assert [m["into"] for m in merged.report["change"]["merges"]] == ["gaz:rferl"]
    graph, _ = _store_state(out)
    assert not any("Radio_Liberty" == str(s).rsplit("/", 1)[-1] for s, _, _ in graph)  # merged and renamed
    remove(["new"], out, html=False)
    assert _store_state(out) == before
