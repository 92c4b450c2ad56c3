"""The wire's company markup (kg.nlp.wire_markup): tickers and bracketed names, with sentences of our own."""

from __future__ import annotations

import pytest

from kg.nlp.wire_markup import is_ticker, ticker_brackets


@pytest.mark.parametrize(("text", "expected"), [
    ("F", True), ("GE", True), ("DBKG.F", True), ("PGLO.AS", True), ("BRK.A", True),
    ("Sogecred", False), ("ge", False), ("TOOLONGSYM", False), ("A.BCD", False),
])
def test_is_ticker(text, expected):
    assert is_ticker(text) is expected


def test_ticker_brackets_are_found_from_token_texts():
    texts = ["Acme", "Corp", "<", "ACM", ">", "bought", "<", "Beta", "Works", ">"]
    assert ticker_brackets(texts) == [(2, 5)]


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Norbeck Motor <NBM.T> will build a plant in Ohio.", "Norbeck Motor", id="ticker-after-name"),
    pytest.param("Shares of Pellmore and Rusk PLC <PRK.L> rose sharply.", "Pellmore and Rusk PLC", id="and-inside-name"),
    pytest.param("Banque Generale d'Industrie <BGI.PA> said profits fell.", "Banque Generale d'Industrie", id="elided-article"),
    pytest.param("The state-owned <Compagnia Tessile Lombarda> was sold.", "Compagnia Tessile Lombarda", id="bracketed-name"),
    pytest.param("It sold its unit <Harlow Fasteners Inc> last year.", "Harlow Fasteners Inc", id="bracketed-with-legal-form"),
])
def test_wire_markup_names_a_company(nlp, text, name):
    assert {e.text: e.label_ for e in nlp(text).ents}.get(name) == "Company"


def test_a_ticker_is_no_mention(nlp):
    doc = nlp("Westbrook Steel Co <GE> and Boeing Co <BA> agreed on a price.")
    assert [e.text for e in doc.ents] == ["Westbrook Steel Co", "Boeing Co"]


def test_a_bracketed_acronym_tail_names_the_same_company(nlp):
    doc = nlp("Rome's state-owned <Banca Agricola Del Sud-BAS> opened a branch. BAS president Aldo Rossi said so.")
    keys = {e.text: e.kb_id_ for e in doc.ents}
    assert keys["BAS"] == keys["Banca Agricola Del Sud"]


def test_a_name_with_a_legal_form_is_the_gazetteers_company(nlp):
    keys = {e.text: e.kb_id_ for e in nlp("General Electric Co <GE> and Toyota Motor Corp signed a deal.").ents}
    assert keys == {"General Electric Co": "gaz:general-electric", "Toyota Motor Corp": "gaz:toyota"}


@pytest.mark.parametrize(("text", "triple"), [
    pytest.param("Halvorsen Marine AS <HAL.OL> said it acquired <Nordvik Shipping A/S>.",
                 ("Halvorsen Marine AS", "acquires", "Nordvik Shipping A/S", "reported"), id="ticker-subject-verb"),
    pytest.param("Portugal's state-owned <Banco Atlantico Real> raised its rates.",
                 ("Banco Atlantico Real", "basedIn", "Portugal", "asserted"), id="possessive-through-bracket"),
    pytest.param("Norbeck Motor <NBM.T> signed an agreement with <Fabryka Maszyn Lodz>.",
                 ("Norbeck Motor", "signsAgreementWith", "Fabryka Maszyn Lodz", "asserted"), id="object-in-brackets"),
])
def test_relations_read_through_the_markup(triples_of, text, triple):
    assert triple in triples_of(text)


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("The loan came from Bank of Dunmore City Co Inc <BDC.N>, its agent.", "Bank of Dunmore City Co Inc", id="of-place"),
    pytest.param("USAir made an offer for Piedmont Aviation <PIE> last week.", "Piedmont Aviation", id="place-first"),
    pytest.param("The <MTS Acquisition Corp's> offer rose.", "MTS Acquisition Corp", id="possessive-inside-brackets"),
])
def test_wire_company_names_keep_their_place_words(nlp, text, name):
    assert name in {e.text for e in nlp(text).ents}


def test_a_legal_form_alone_names_no_company(nlp):
    assert "NV" not in {e.text for e in nlp("Talks between Sony and Philips NV <PGLO.AS> went on.").ents}
