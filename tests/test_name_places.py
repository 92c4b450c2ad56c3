"""Where an institution sits (kg.extract.name_places), with sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    pytest.param("Officers of the Malian National Guard detained two men.", id="demonym-in-the-name"),
    pytest.param("The Hong Kong Harbour Daily reported the bid on Monday.", id="city-in-an-outlets-name"),
    pytest.param("The official Saudi Press Agency carried the statement.", id="known-outlet-named-with-its-state"),
    pytest.param("The U.S. Congress voted on Monday.", id="known-body-as-the-article-writes-it"),
    pytest.param("The Central Reserve Bank of Peru raised rates.", id="of-state-in-the-name"),
    pytest.param("Staff of the Embassy of Peru in Madrid left.", id="embassy"),
])
def test_a_name_alone_places_nothing(triples_of, text):
    """An organisation's own name is no finding of the article: no basedIn is read from it."""
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

