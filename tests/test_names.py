"""Names typed by their context (kg.nlp.names, kg.nlp.places) and surname resolution (kg.nlp.entities)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def ents(nlp):
    """text -> {entity text: class} (the first class seen for each text)."""

    def run(text: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for ent in nlp(text).ents:
            found.setdefault(ent.text, ent.label_)
        return found

    return run


@pytest.mark.parametrize(("text", "name", "label"), [
    pytest.param("Flooding closed schools in Dunmore, Pennsylvania, on Monday.", "Dunmore", "City", id="town-comma-state"),
    pytest.param("The reporter grew up in Rusape, Zimbabwe.", "Rusape", "Place", id="town-comma-country"),
    pytest.param("Protests spread to the Tunisian port city of Sfax.", "Sfax", "Place", id="city-of"),
    pytest.param("Fishermen on the Italian island of Lampedusa rescued forty people.", "Lampedusa", "Place", id="island-of"),
    pytest.param("Yemen's Minister of Information Moammar al-Eryani denied it.", "Moammar al-Eryani", "Person", id="portfolio-and-particle"),
    pytest.param("'No,' Foreign Ministry spokesman Per Paust told reporters.", "Per Paust", "Person", id="stop-word-given-name-after-title"),
    pytest.param("Doug Miller of Milltech Marine, a firm specialising in AIS, said so.", "Milltech Marine", "Company", id="firm-apposition"),
    pytest.param("Orbital Dynamics, a Kenyan firm based in Nairobi, bought it.", "Orbital Dynamics", "Company", id="firm-apposition-demonym"),
    pytest.param("The network said ABS-CBN CEO Carlo Katigbak would appeal.", "ABS-CBN", "Company", id="company-before-ceo"),
    pytest.param("Jamel Msallem, the president of the Tunisian League for the Defence of Human Rights, spoke.",
                 "Tunisian League for the Defence of Human Rights", "Organization", id="organisation-for-the"),
    pytest.param("A shell killed Al Jazeera cameraman Omar al-Khatib.", "Omar al-Khatib", "Person", id="media-role"),
    pytest.param("Green Party presidential candidate Howie Hawkins spoke.", "Howie Hawkins", "Person", id="lower-case-candidate"),
    pytest.param("Asked about it, Mark Trent said no.", "Mark Trent", "Person", id="word-given-name-mid-sentence"),
    pytest.param("Condolences came from Sky News Arabia on Tuesday.", "Sky News Arabia", "MediaOrganization", id="outlet-extended"),
    pytest.param("Speaking for the agency, John Holland said so.", "John Holland", "Person", id="given-name-before-country-surname"),
    pytest.param("A poster of Michael Jordan hung there.", "Michael Jordan", "Person", id="given-name-before-country-surname-2"),
    pytest.param("General Ali Demir, Secretary General of the Turkish General Staff, spoke.", "Turkish General Staff", "GovernmentBody",
                 id="general-staff-is-a-body"),
    pytest.param("Tonga Observer editor Sione Fifita said so.", "Tonga Observer", "MediaOrganization", id="outlet-observer"),
    pytest.param("The story ran in the Dakar Monitor on Monday.", "Dakar Monitor", "MediaOrganization", id="outlet-monitor"),
    pytest.param("Oslo-based software company Tellsoft hired engineers.", "Tellsoft", "Company", id="type-noun-after-compound"),
    pytest.param("He met Deputy Secretary of State John Whitehead, Defense Secretary Caspar Weinberger and others.", "John Whitehead",
                 "Person", id="title-ending-in-a-capital-word-then-list"),
    pytest.param("Prayers were held at the Sheikh Zayed Grand Mosque on Friday.", "Sheikh Zayed Grand Mosque", "Place", id="facility"),
    pytest.param("She was treated at Mount Elizabeth Hospital.", "Mount Elizabeth Hospital", "Place", id="facility-hospital"),
    pytest.param("Flights left Madurai International Airport on Sunday.", "Madurai International Airport", "Place",
                 id="facility-opened-by-a-city"),
    pytest.param("Floods hit Hubei Province on Sunday.", "Hubei", "Place", id="a-region-head-after-a-known-region-is-no-facility"),
    pytest.param("The hurricane made landfall on Tarrow Cay on Sunday.", "Tarrow Cay", "Place", id="natural-feature"),
    pytest.param("Nordvik AB said profits rose.", "Nordvik AB", "Company", id="a-swedish-legal-form"),
    pytest.param("The charge was denied by Irma Tchkadua, Basilashvili's lawyer.", "Irma Tchkadua", "Person",
                 id="an-apposed-occupation-after-a-possessor"),
    pytest.param("He was accused of assaulting Neka Dorokashvili, his ex-wife.", "Neka Dorokashvili", "Person", id="an-apposed-relative"),
    pytest.param("The attacker, identified as Sudesh Amman, 20, was shot.", "Sudesh Amman", "Person", id="a-town-named-surname-before-an-age"),
    pytest.param("Tellmark Inc agreed to buy Sime Darby Bhd on Monday.", "Sime Darby Bhd", "Company", id="a-malaysian-legal-form"),
    pytest.param("First Boston Inc said it started its bid.", "First Boston Inc", "Company", id="an-ordinal-opens-a-firms-name"),
    pytest.param("Sara Duterte, the mayor of Davao City, spoke.", "Davao City", "City", id="a-city-named-with-the-word-city"),
    pytest.param("It bought a share in the bank Tellmark, Sachs and Co.", "Tellmark, Sachs and Co.", "Company", id="partners-names-joined-by-commas"),
    pytest.param("Tom Hale, analyst at Vexa, Ball and Co, said so.", "Vexa, Ball and Co", "Company", id="partners-and-co"),
    pytest.param("The Philippine Red Cross sent food.", "Philippine Red Cross", "Organization", id="a-national-society-of-a-movement"),
    pytest.param("Senators Elizabeth Warne and Tom Hale spoke.", "Elizabeth Warne", "Person", id="a-given-name-after-a-plural-title"),
    pytest.param("Police named the man as Kheri Saddalin on Sunday. Saddalin came to the UK in 2012.", "Kheri Saddalin", "Person",
                 id="a-name-whose-surname-is-said-alone-later"),
    pytest.param("The court heard from Jonna Mendro. Mrs Mendro wept.", "Jonna Mendro", "Person", id="a-surname-after-an-honorific-later"),
    pytest.param("The Sunday Times quoted a letter.", "Sunday Times", "MediaOrganization", id="a-weekday-opens-a-papers-name"),
    pytest.param("The Tokyo Stock Exchange opens at nine.", "Tokyo Stock Exchange", "Company", id="stock-exchange"),
    pytest.param("She chaired the Congressional Black Caucus.", "Congressional Black Caucus", "Organization", id="caucus"),
    pytest.param("An elephant was found standing in the Maruli River.", "Maruli River", "Place", id="river"),
    pytest.param("He stabbed two men on Dunmore High Road.", "Dunmore High Road", "Place", id="street"),
    pytest.param("Shares of Borg-Warner Corp rose on Monday.", "Borg-Warner Corp", "Company", id="hyphenated-company-with-legal-form"),
    pytest.param("It was criticised by the president of the Tunisian League for Human Rights, Jamel Msallem.", "Jamel Msallem", "Person",
                 id="name-after-role-of-organisation"),
    pytest.param("Amnesty International director Man-kei Tam spoke.", "Man-kei Tam", "Person", id="hyphenated-lower-case-given-name"),
    pytest.param("Tellsoft Ltd of Norway bought the plant.", "Tellsoft Ltd", "Company", id="legal-form-ends-the-name"),
    pytest.param("The Food Corporation of India bought wheat.", "Food Corporation of India", "Company", id="corporation-of-a-country"),
    pytest.param("Combined Insurance Co of America said so.", "Combined Insurance Co of America", "Company", id="co-of-america"),
    pytest.param("He met Emirati President Sheikh Hamad bin Sultan al-Dhaheri on Monday.", "Hamad bin Sultan al-Dhaheri", "Person",
                 id="title-word-after-bin-is-a-name"),
    pytest.param("The family said its ruler Sheikh Sultan bin Rashid al-Mualla had abdicated.", "Sultan bin Rashid al-Mualla", "Person",
                 id="title-word-before-bin-is-a-name"),
    pytest.param("The Biobio Region voted.", "Biobio Region", "Place", id="capitalised-region-head"),
    pytest.param("Cases came from the towns of Beni, Butembo and Katwa.", "Butembo", "Place", id="list-after-plural-place-noun"),
    pytest.param("He taught at the University of the South Pacific.", "University of the South Pacific", "Organization",
                 id="head-first-of-the"),
    pytest.param("The Instituto Nacional de Salud Publica said so.", "Instituto Nacional de Salud Publica", "Organization",
                 id="foreign-head-first-institution"),
    pytest.param("The Partido Verde Ecologista won seats.", "Partido Verde Ecologista", "Organization", id="foreign-party"),
    pytest.param("Ana Ruiz of American University said so.", "American University", "Organization", id="demonym-university"),
    pytest.param("Police said Okonkwo, 75, was stabbed in prison.", "Okonkwo", "Person", id="name-before-an-age"),
    pytest.param("An Australian, Brenton Tarrant, aged 28, was charged.", "Brenton Tarrant", "Person", id="name-before-aged"),
    pytest.param("Police arrested Brenton Tarrant, a 28-year-old Australian.", "Brenton Tarrant", "Person", id="name-before-a-year-old"),
    pytest.param("Tom Hale chairs the House Finance and Budget Committee.", "House Finance and Budget Committee", "GovernmentBody",
                 id="and-inside-a-body-name"),
    pytest.param("Shares of Ostrava Mining and Smelting Co rose.", "Ostrava Mining and Smelting Co", "Company", id="and-inside-a-firm-name"),
    pytest.param("The posts appeared on the Chinese social networking platform Weibo.", "Weibo", "Company", id="a-platform-named-after-its-noun"),
    pytest.param("He is held in San Diego County, California.", "San Diego County", "Place", id="a-county-named-after-its-town"),
    pytest.param("Intro.\n\n((Dorsa Derakhshani))  I play chess.", "Dorsa Derakhshani", "Person", id="an-interview-speaker-label"),
    pytest.param("She left. Iranian Chess Federation President Ana Ruiz banned her.", "Iranian Chess Federation", "Organization",
                 id="a-body-before-a-capitalised-title"),
    pytest.param("The launch slipped, said Bill Trent of NASA.", "Bill Trent", "Person", id="a-given-name-that-is-a-noun-mid-sentence"),
    *(pytest.param(f"The board elected {name} as chairman.", name, "Person", id=f"given-name-{name.split()[0]}")
      for name in ("William Schanz", "Bob Bannon", "Nikki Holland", "Thom Tillis", "Gholamreza Aqazadeh", "Newt Hale")),
    pytest.param("On Monday, Sea-Eye spokesperson Ana Ruiz said so.", "Sea-Eye", "Organization", id="name-before-a-spokesperson"),
    pytest.param("Prices fell, said Larry Cole, a Vexa Tellmark economist.", "Vexa Tellmark", "Organization", id="name-before-an-economist"),
    pytest.param("Tom Hale, chief economist at Vexa Commodity Management, spoke.", "Vexa Commodity Management", "Company", id="a-management-firm"),
    pytest.param("Oil fell, said Ann Lee, analyst with Quorna Lehman Bros.", "Quorna Lehman Bros.", "Company", id="a-bros-firm"),
    pytest.param("Turkey's Disaster and Emergency Management Presidency reported it.", "Disaster and Emergency Management Presidency",
                 "GovernmentBody", id="a-presidency-body"),
    pytest.param("The Union of Montana and Native American Rights Fund sued.", "Native American Rights Fund", "Organization",
                 id="and-after-a-place-starts-a-second-body"),
    pytest.param("Tom Hale chairs the Ministry of Trade and Industry.", "Ministry of Trade and Industry", "GovernmentBody",
                 id="and-inside-an-of-name"),
    pytest.param("The Senator from Ohio Tom Hale said so.", "Tom Hale", "Person", id="a-given-name-after-the-place-a-title-is-from"),
])
def test_name_typed(ents, text, name, label):
    found = ents(text)
    assert found.get(name) == label, found


@pytest.mark.parametrize(("text", "name", "wrong"), [
    pytest.param("Deputy Emergency Situations Minister Ivan Petrov spoke.", "Emergency Situations", "Person", id="portfolio-between-titles"),
    pytest.param("Some proposed changes to the Court, similar to what President Franklin Roosevelt did.", "Court", "Person",
                 id="clause-not-apposition"),
    pytest.param("He received 3 percent on Election Day, the most a Green Party nominee has won.", "Election Day", "Person",
                 id="superlative-not-apposition"),
    pytest.param("Mark Twain Hotel Opens In Ohio", "Mark Twain", "Person", id="word-given-name-sentence-start"),
    pytest.param("He met Deputy Secretary of State John Whitehead, Defense Secretary Caspar Weinberger and others.",
                 "State John Whitehead", "Person", id="title-word-not-in-name"),
    pytest.param("Riots broke out in Dunmore, France's second city.", "Dunmore", "Place", id="possessive-after-country"),
    pytest.param("Vexa AG said profit of its U.S. Holding company, Vexa Corp, rose.", "Holding", "Company", id="wire-capital-after-abbreviation"),
    pytest.param("A candidate visited Tellsoft on Monday.", "Tellsoft", "Person", id="lower-case-candidate-one-word"),
    pytest.param("Talks on the General Agreements on Tariffs and Trade resumed.", "Agreements", "Person", id="organisation-word-after-a-title"),
    pytest.param("On March 3, 1987, prices fell.", "March", "Person", id="a-date-is-no-age"),
    pytest.param("On Monday, Vexa Corp, 28, rose.", "Vexa Corp", "Person", id="a-firm-before-a-number-is-no-person"),
    pytest.param("The Executive Directors of the Asian Development Bank met.", "Directors", "Person", id="plural-title-after-a-title"),
    pytest.param("Maryland's leader, Republican Larry Hogan, spoke.", "Republican Larry Hogan", "Person", id="party-word-before-a-name"),
    pytest.param("Tom Hale, the Democratic chairman of the panel, spoke.", "Democratic", "Company", id="party-word-before-a-corporate-title"),
    pytest.param("The Treasury spokesman Tom Hale said so.", "Treasury", "Organization", id="bare-body-word-before-a-spokesman"),
    pytest.param("Tellmark Holdings Inc gained. A Tellmark spokesman said so.", "Tellmark", "Organization",
                 id="short-name-before-a-spokesman-is-the-firms"),
    pytest.param("National security adviser Anthony Lake spoke.", "Anthony Lake", "Place", id="a-given-name-before-a-feature-word"),
    pytest.param("The Foreign Exchange market was calm.", "Foreign Exchange", "Company", id="an-exchange-of-no-market-kind"),
    pytest.param("Shares of Vexa, Quorna and Tellmark Inc rose.", "Vexa, Quorna and Tellmark Inc", "Company", id="a-list-of-firms-is-no-partnership"),
    pytest.param("The Federal administration met on Monday.", "Federal", "Person", id="no-known-leaders-surname-before-administration"),
    pytest.param("Fears grew that El Nino may return. It said El Nino was weak.", "El Nino", "Person", id="an-article-is-no-given-name"),
    pytest.param("She won the Asian Championship in 2015. The Championship was held in Riyadh.", "Asian Championship", "Person",
                 id="an-events-head-is-no-surname"),
    pytest.param("Users of CentOS Linux complained. Linux is free.", "CentOS Linux", "Person", id="a-camel-cased-first-word-is-no-given-name"),
    pytest.param("Talks with Vexa Tellmark went on. Tellmark rose.", "Vexa Tellmark", "Person", id="a-surname-said-alone-must-act-as-a-person"),
    pytest.param("On Monday Boston Inc said so.", "Monday Boston Inc", "Company", id="a-weekday-after-a-preposition"),
    pytest.param("The ore zone was found, Tarrow Bay said on Monday.", "Tarrow Bay", "Place", id="a-feature-name-that-speaks-is-a-firm"),
    pytest.param("She works at Vexa Partners in London.", "Vexa Partners", "Place", id="at-a-firm-in-a-city"),
    pytest.param("Tellmark, the singer's label, said sales rose.", "Tellmark", "Person", id="a-role-that-is-a-possessor-types-nothing"),
    pytest.param("Schools in East Amman, 20 of them, closed.", "East Amman", "Person", id="a-direction-before-a-town-is-no-given-name"),
    pytest.param("They fought growing U.S. Protectionism, a Foreign Ministry spokesman said.", "Protectionism", "Person",
                 id="a-wire-capital-after-a-state-abbreviation-is-no-apposed-person"),
    pytest.param("But a U.S. Embassy official said so.", "Embassy", "Organization", id="a-known-name-before-an-official-cuts-the-name"),
    pytest.param("Oil rose, said Ann Lee, a Carroll Hume and Quorna analyst.", "Quorna", "Organization", id="a-linking-word-cuts-the-name"),
    pytest.param("Cattle fell, GH Quorna analyst Jerry Gidel said.", "Quorna", "Organization", id="a-capital-initial-word-cuts-the-name"),
    pytest.param("Vexa AG denied it, a Vexa official said.", "Vexa", "Organization", id="a-firms-short-name-before-an-official"),
    pytest.param("Lorenzo, chairman of Texas Air, bought it.", "Air", "Person", id="one-word-after-a-titles-known-holder-goes-on-its-name"),
    pytest.param("They sold dollars for Special Drawing Rights, the spokesman said.", "Special Drawing Rights", "Person",
                 id="a-speakers-title-after-a-comma-is-no-apposition"),
    pytest.param("He is chief executive officer of U.S. Courier division.", "Courier", "Person", id="a-known-holder-then-a-capitalised-noun"),
])
def test_not_typed(ents, text, name, wrong):
    found = ents(text)
    assert found.get(name) != wrong, found


@pytest.mark.parametrize(("text", "entity"), [
    pytest.param("Britain voted. In London, the Labour Party lost.", "gaz:labour-party-uk", id="british-story"),
    pytest.param("Norway voted. In Oslo, the Labour Party won seats in Norway.", "gaz:labour-party-norway", id="norwegian-story"),
])
def test_qualified_name_follows_the_story_country(nlp, text, entity):
    assert entity in {e.kb_id_ for e in nlp(text).ents}


@pytest.mark.parametrize(("text", "key"), [
    pytest.param("Norway banned trade. In Oslo, Norway, the Foreign Ministry said so.", "GovernmentBody:foreign ministry (norway)",
                 id="generic-body-of-the-story-country"),
    pytest.param("Yemen is at war. In Aden, Yemen, the Southern Transitional Council took power.",
                 "GovernmentBody:southern transitional council", id="proper-body-keeps-its-name"),
    pytest.param("Taiwan's reserves hit 53 billion U.S. Dlrs, up from 51 billion U.S. Dlrs, after sales of 2 billion U.S. Dlrs "
                 "to Taiwan firms. The Finance Ministry said so.", "GovernmentBody:finance ministry (taiwan)",
                 id="a-currency-names-no-story-country"),
])
def test_government_body_named_without_its_state(nlp, text, key):
    assert key in {e.kb_id_ for e in nlp(text).ents}


@pytest.mark.parametrize(("text", "name", "key"), [
    pytest.param("Argentina's National Congress passed the bill.", "National Congress", "GovernmentBody:national congress (argentina)",
                 id="possessive-state"),
    pytest.param("Argentine Congress members voted.", "Congress", "GovernmentBody:congress (argentina)", id="demonym-state"),
    pytest.param("The US Congress passed the bill.", "US Congress", "gaz:us-congress", id="the-gazetteer-s-own"),
])
def test_a_state_s_body_is_not_another_state_s(nlp, text, name, key):
    assert {e.text: e.kb_id_ for e in nlp(text).ents}.get(name) == key


@pytest.mark.parametrize(("text", "key"), [
    pytest.param("Peruvian central bank president Ana Ruiz spoke.", "gaz:central-reserve-bank-of-peru", id="demonym"),
    pytest.param("Mexico's central bank cut rates.", "gaz:bank-of-mexico", id="possessive"),
    pytest.param("The head of the central bank of Mexico spoke.", "gaz:bank-of-mexico", id="of-the-state"),
    pytest.param("The Chadian central bank cut rates.", "GovernmentBody:central bank (chad)", id="a-state-the-gazetteer-gives-none"),
    pytest.param("WELLINGTON, Feb 27 - New Zealand growth slowed. The Reserve Bank said rates would rise. New Zealand is calm.",
                 "gaz:reserve-bank-of-new-zealand", id="a-capitalised-bare-name-is-the-story-states"),
])
def test_central_bank_of_a_named_state(nlp, text, key):
    assert key in {e.kb_id_ for e in nlp(text).ents}


def test_a_town_named_with_its_state_is_keyed_by_it(nlp):
    """Towns of one name in two states are two nodes, each labelled by its name."""
    doc = nlp("PORTLAND, Maine, March 2 - Sales rose. Rain fell in Portland, Oregon, on Monday.")
    keys = [e.kb_id_ for e in doc.ents if e.label_ == "City"]
    assert keys == ["City:portland (maine)", "City:portland (oregon)"], keys
    assert {doc._.kg_entities[key].label for key in keys} == {"Portland"}


@pytest.mark.parametrize("text", ["The central bank cut rates on Monday.", "The Reserve Bank cut rates on Monday."])
def test_bare_central_bank_is_no_entity(nlp, text):
    """Lower-case, or capitalised in a story set in no one state: a description, not a node merging every state's bank."""
    assert not [e for e in nlp(text).ents if "bank" in e.text.lower()]


def test_qualified_body_and_royal_keep_their_other_names(nlp):
    doc = nlp("Norway banned trade. In Oslo, Norway, the Foreign Ministry said Prince Haakon would visit Kenya.")
    forms = {info.label: info.forms for info in doc._.kg_entities.values()}
    assert "Norwegian Foreign Ministry" in forms["Foreign Ministry (Norway)"]
    assert "Prince Haakon" in forms["Haakon"]


def test_qualified_name_needs_a_story_country(nlp):
    keys = {e.kb_id_ for e in nlp("The Labour Party lost the vote.").ents}
    assert not any(k.startswith("gaz:labour-party") for k in keys)


@pytest.mark.parametrize(("text", "acronym", "owner"), [
    pytest.param("Reporters Without Borders (RSF) condemned it. Later RSF criticized Yemen.", "RSF", "gaz:reporters-without-borders",
                 id="defined-acronym-beats-the-gazetteer"),
    pytest.param("The Southern Transitional Council (STC) took Aden. Later the STC attacked Yemen.", "STC",
                 "GovernmentBody:southern transitional council", id="defined-unknown-acronym"),
    pytest.param("Reporters Without Borders condemned it. 'Unacceptable', said Ana Silva, of RSF.", "RSF",
                 "gaz:reporters-without-borders", id="acronym-of-an-organisation-named-in-full"),
    pytest.param("'Unacceptable', said Ana Silva, of RSF. Reporters Without Borders condemned it.", "RSF",
                 "gaz:reporters-without-borders", id="acronym-before-the-full-name"),
    pytest.param("Fighters of the RSF attacked Khartoum.", "RSF", "gaz:rapid-support-forces", id="acronym-gazetteer-reading"),
])
def test_defined_acronym_is_its_owner(nlp, text, acronym, owner):
    keys = {e.kb_id_ for e in nlp(text).ents if e.text == acronym}
    assert keys == {owner}


def test_titled_bare_surname_is_the_gazetteers_one_person(nlp):
    keys = {e.text: e.kb_id_ for e in nlp("Chancellor Kohl met the French president in Bonn.").ents}
    assert keys.get("Kohl") == "gaz:helmut-kohl"


def test_titled_bare_surname_of_a_person_the_article_names_stays_theirs(nlp):
    keys = {e.text: e.kb_id_ for e in nlp("Hannelore Kohl opened the fair. Chancellor Kohl met her there.").ents}
    assert keys.get("Kohl") != "gaz:helmut-kohl"


def test_dominant_full_name_takes_the_bare_surname(extract_text):
    ex = extract_text("Joe Biden spoke in Ohio. Joe Biden then left. His son Hunter Biden stayed home. "
                      "Donald Trump insulted Biden on Monday.")
    labels = {e.key: e.label for e in ex.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}
    assert ("Donald Trump", "criticizes", "Joe Biden") in found


def test_equally_named_surnames_stay_unresolved(extract_text):
    ex = extract_text("Theodore Roosevelt won in 1904. Franklin Roosevelt won in 1932. Herbert Hoover praised Roosevelt.")
    labels = {e.key: e.label for e in ex.entities}
    assert not [r for r in ex.relations if r.predicate == "supports" and "Roosevelt" in labels[r.object]
                and labels[r.object] in ("Theodore Roosevelt", "Franklin Roosevelt")]


def test_one_and_per_firm_name(ents):
    found = ents("Vexa Inc said it acquired Tom Hale and Associates and United Rehab Inc.")
    assert "Tom Hale and Associates and United Rehab Inc" not in found and "Associates and United Rehab Inc" not in found, found


@pytest.mark.parametrize(("text", "name", "key"), [
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke. The Senate voted on Monday.", "Senate", "gaz:us-senate", id="the-senate"),
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke. The House of Representatives voted.", "House of Representatives", "gaz:us-house",
                 id="the-house-of-representatives"),
    pytest.param("WASHINGTON, May 3 - Ana Ruiz, the Speaker of the House, spoke in the United States.", "House", "gaz:us-house",
                 id="the-house"),
    pytest.param("LONDON, May 3 - The House voted on Monday in Britain.", "House", "gaz:house-of-commons", id="the-house-of-a-parliament"),
])
def test_a_bare_chamber_is_the_story_states(nlp, text, name, key):
    assert {e.text: e.kb_id_ for e in nlp(text).ents}.get(name) == key


@pytest.mark.parametrize("text", [
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke. Kay Hagan won a seat in North Carolina's state Senate.", id="state-senate"),
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke. The bill passed the Senate of the state on Tuesday.", id="senate-of-a-state"),
    pytest.param("LONDON, May 3 - Britain and France argued. The Senate voted.", id="no-such-chamber-in-the-gazetteer"),
])
def test_a_bare_chamber_that_is_not_the_story_states(nlp, text):
    assert not {"gaz:us-senate", "gaz:us-house"} & {e.kb_id_ for e in nlp(text).ents}


@pytest.mark.parametrize("text", [
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke. House Speaker Ana Ruiz agreed.", id="house-before-a-title"),
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke. A House committee met.", id="house-without-the"),
    pytest.param("WASHINGTON, May 3 - Donald Trump spoke at the White House.", id="white-house"),
])
def test_house_alone_is_the_story_states_chamber_only_as_the_house(nlp, text):
    assert "gaz:us-house" not in {e.kb_id_ for e in nlp(text).ents}


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Riots broke out in Dunmore, Wisconsin, last week.", "Dunmore", "City"),  # before a state's region: a town
    ("The vase was stolen in Rutlandshire, England.", "Rutlandshire", "Place"),  # a county
    ("Fires burned in Marin County, California.", "Marin County", "Place"),
    ("He was born in Kutama, Zimbabwe.", "Kutama", "Place"),  # before a country: a town or a region
    ("A car bomb hit a base in Maidan Tor in Afghanistan.", "Maidan Tor", "Place"),  # "in" for the comma
    ("He was born in Kutama in the west of Zimbabwe.", "Kutama", "Place"),
    ("The blast took place in Jolo in the southern Philippines.", "Jolo", "Place"),
    ("Fire broke out near Dunmore in Wisconsin.", "Dunmore", "City"),
])
def test_a_place_named_before_its_container_is_typed_by_it(nlp, text, name, label):
    doc = nlp(text)
    assert (name, label) in {(e.text, e.label_) for e in doc.ents}
