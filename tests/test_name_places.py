"""basedIn read from an organisation's own name (kg.extract.name_places), with names of our own."""

from __future__ import annotations

import pytest

from kg.extract.name_places import place_in_name


@pytest.mark.parametrize(("name", "cls", "place"), [
    pytest.param("Central Reserve Bank of Peru", "GovernmentBody", "Peru", id="of-state"),
    pytest.param("Polytechnic University of Milan", "Organization", "Milan", id="of-city-any-class"),
    pytest.param("Benedictine College in Cairo", "Organization", "Cairo", id="in-city"),
    pytest.param("Kenya Pipeline Company", "Company", "Kenya", id="leading-state"),
    pytest.param("Hong Kong Harbour Daily", "MediaOrganization", "Hong Kong", id="leading-two-word-place"),
    pytest.param("Malian Gendarmerie Command", "GovernmentBody", "Mali", id="leading-demonym"),
    pytest.param("United States Department of Justice", "GovernmentBody", "United States", id="leading-state-before-of-a-portfolio"),
])
def test_place_in_name(name, cls, place):
    found = place_in_name(name, cls)
    assert found is not None and found.name == place


@pytest.mark.parametrize(("name", "cls"), [
    pytest.param("Syrian Centre for Refugee Studies", "Organization", id="association-named-for-its-cause"),
    pytest.param("Embassy of France", "GovernmentBody", id="embassy-names-whose"),
    pytest.param("Friends Group", "Company", id="no-place"),
    pytest.param("Kenya", "Company", id="place-alone"),
])
def test_no_place_in_name(name, cls):
    assert place_in_name(name, cls) is None


def test_a_body_qualified_by_the_story_state_is_not_read():
    assert place_in_name("Water Ministry (Jordan)", "GovernmentBody") is None


@pytest.mark.parametrize(("text", "triple"), [
    pytest.param("Officers of the Malian National Guard detained two men.", ("Malian National Guard", "basedIn", "Mali", "asserted"),
                 id="demonym-body"),
    pytest.param("The Hong Kong Harbour Daily reported the bid on Monday.", ("Hong Kong Harbour Daily", "basedIn", "Hong Kong", "asserted"),
                 id="outlet"),
    pytest.param("The official Saudi Press Agency carried the statement.", ("Saudi Press Agency", "basedIn", "Saudi Arabia", "asserted"),
                 id="known-outlet-named-with-its-state"),
    pytest.param("The U.S. Congress voted on Monday.", ("United States Congress", "basedIn", "United States", "asserted"),
                 id="known-body-as-the-article-writes-it"),
])
def test_name_place_relation(triples_of, text, triple):
    assert triple in triples_of(text)


@pytest.mark.parametrize("text", [
    pytest.param("The Labour Party said the vote was lost.", id="known-organisation-left-to-the-gazetteer"),
    pytest.param("Staff of the Embassy of Peru in Madrid left.", id="embassy"),
    pytest.param("Congress voted on Monday.", id="known-body-named-without-its-state"),
    pytest.param("The British Army closed the base.", id="a-states-army-has-no-seat"),
])
def test_no_name_place_relation(triples_of, text):
    assert not any(p == "basedIn" for _, p, _, _ in triples_of(text))


@pytest.mark.parametrize(("text", "triple"), [
    pytest.param("Samples went to the Doherty Reference Laboratory in Melbourne.",
                 ("Doherty Reference Laboratory", "basedIn", "Melbourne", "asserted"), id="laboratory-in-city"),
    pytest.param("He was flown to the Al Noor Hospital in the capital city Tehran.", ("Al Noor Hospital", "locatedIn", "Tehran", "asserted"),
                 id="hospital-in-the-capital-city"),
    pytest.param("The case went to the International Court of Justice at The Hague.",
                 ("International Court of Justice", "basedIn", "The Hague", "asserted"), id="court-of-x-at-city"),
])
def test_seat_after_name(triples_of, text, triple):
    assert triple in triples_of(text)


@pytest.mark.parametrize("text", [
    pytest.param("Amnesty International in London said the ban was illegal.", id="an-association-acting-in-a-city"),
    pytest.param("Officials of the Hanover Medical School at Moscow's request left.", id="a-possessive-is-no-seat"),
])
def test_no_seat_after_name(triples_of, text):
    assert not any(p in ("basedIn", "locatedIn") for _, p, _, _ in triples_of(text))

