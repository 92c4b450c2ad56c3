"""Coreference, checked through the relations it makes possible.

Each text names an entity once and then refers to it by a pronoun, a
description or a bare surname; the relation of the later sentence must (or,
for the precision cases, must not) come out between the named entities.
Modality is ignored here (see ``test_modality.py``); symmetric predicates may
come in either direction.
"""

from __future__ import annotations

import pytest

SYMMETRIC = frozenset({"meetsWith", "signsAgreementWith", "allyOf", "partnerOf", "inConflictWith", "borders"})


def _norm(s: str, p: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


@pytest.fixture(scope="module")
def relations(triples_of):
    return lambda text: {_norm(s, p, o) for s, p, o, _ in triples_of(text)}


#: a story about Merkel, an oblique mention of Macron, then "she": the pronoun is the story's subject
OBLIQUE_THEN_PRONOUN = ("Angela Merkel won the vote. Merkel thanked voters. Merkel then left. Congratulations came from "
                        "leaders including Emmanuel Macron. A week later she flew to Ghana for talks.")


def ref(text: str, triple: tuple[str, str, str], id: str, bug: str | None = None):
    marks = [pytest.mark.xfail(reason=bug, strict=True)] if bug else []
    return pytest.param(text, triple, id=id, marks=marks)


RESOLVED = [
    # pronouns
    ref("Angela Merkel arrived in France on Monday. She met Emmanuel Macron.",
        ("Angela Merkel", "meetsWith", "Emmanuel Macron"), id="she"),
    ref("Emmanuel Macron landed in Brazil on Tuesday. He met Luiz Inácio Lula da Silva in Brasília on Wednesday.",
        ("Emmanuel Macron", "meetsWith", "Luiz Inácio Lula da Silva"), id="he"),
    ref("Fumio Kishida arrived in Australia on Sunday. His talks with Anthony Albanese focused on security.",
        ("Fumio Kishida", "meetsWith", "Anthony Albanese"), id="his"),
    ref("Canada announced new measures on Monday. It imposed sanctions on Iran over the crackdown.",
        ("Canada", "sanctions", "Iran"), id="it"),
    ref("Turkey has long sought a role in the region. Its troops remain in Iraq.",
        ("Turkey", "hasMilitaryPresenceIn", "Iraq"), id="its"),
    ref("Iran launched drones on Saturday. It has attacked Israel twice this year.",
        ("Iran", "attacks", "Israel"), id="it-has"),
    ref("Cyril Ramaphosa landed in Nigeria. Bola Tinubu met him at the airport.",
        ("Bola Tinubu", "meetsWith", "Cyril Ramaphosa"), id="him-object"),
    # descriptions
    ref("Kazakhstan hosted the forum on Tuesday. The Central Asian state signed a deal with Turkey.",
        ("Kazakhstan", "signsAgreementWith", "Turkey"), id="central-asian-state"),
    ref("Saudi Arabia hosted the summit. The kingdom signed a deal with China.",
        ("Saudi Arabia", "signsAgreementWith", "China"), id="the-kingdom"),
    ref("Mexico hosted the summit. Later, the country signed a trade deal with Canada.",
        ("Mexico", "signsAgreementWith", "Canada"), id="the-country"),
    ref("Saudi Arabia hosted the summit. The Gulf kingdom signed a deal with China.",
        ("Saudi Arabia", "signsAgreementWith", "China"), id="gulf-kingdom"),
    ref("Senegal hosted the forum. The West African nation signed a deal with France.",
        ("Senegal", "signsAgreementWith", "France"), id="west-african-nation"),
    ref("Argentina elected a new president. The South American country joined BRICS.",
        ("Argentina", "memberOf", "BRICS"), id="south-american-country"),
    ref("Sweden joined NATO in March. Finland praised the alliance.", ("Finland", "supports", "NATO"), id="the-alliance"),
    ref("NATO met on Monday. The alliance's members include Norway and Denmark.", ("Norway", "memberOf", "NATO"),
        id="the-alliance-possessive"),
    ref("The EC agreed on quotas. Greece, a member of the Community, objected.", ("Greece", "memberOf", "European Communities"),
        id="the-community-of-a-bloc-named-so"),
    ref("OPEC met in Vienna. Gabon praised the cartel.", ("Gabon", "supports", "OPEC"), id="the-cartel"),
    ref("Mali left ECOWAS in January. Niger criticized the bloc on Friday.",
        ("Niger", "criticizes", "Economic Community of West African States"), id="the-bloc"),
    ref("Joe Biden met Xi Jinping in California. The two leaders signed a climate agreement.",
        ("Joe Biden", "signsAgreementWith", "Xi Jinping"), id="two-leaders"),
    ref("Vietnam and the Philippines held talks on Monday. The two countries signed a maritime agreement.",
        ("Vietnam", "signsAgreementWith", "Philippines"), id="two-countries"),
    ref("Brazil is Uruguay's biggest trading partner. On Monday, Uruguay criticised its giant neighbour.",
        ("Uruguay", "criticizes", "Brazil"), id="its-neighbour"),
    ref("President Emmanuel Macron flew to Berlin on Monday. The president met Olaf Scholz.",
        ("Emmanuel Macron", "meetsWith", "Olaf Scholz"), id="the-president"),
    ref("Egyptian Foreign Minister Sameh Shoukry arrived in Ankara. The minister met Hakan Fidan.",
        ("Sameh Shoukry", "meetsWith", "Hakan Fidan"), id="the-minister"),
    # surnames
    ref("Angela Merkel arrived in Greece on Monday. Merkel met Alexis Tsipras in Athens.",
        ("Angela Merkel", "meetsWith", "Alexis Tsipras"), id="surname"),
    ref("Ursula von der Leyen arrived in Egypt. Von der Leyen met Abdel Fattah el-Sisi.",
        ("Ursula von der Leyen", "meetsWith", "Abdel Fattah el-Sisi"), id="surname-particle"),
    ref("Hamad bin Khalifa, the Emir of Qatar, spoke in Doha. Later Hamad flew to Egypt for talks.",
        ("Hamad bin Khalifa", "visits", "Egypt"), id="patronymic-name-by-given-name"),
    ref("South Sudanese minister John Luk Jok arrived in Kenya on Monday. John Luk met William Ruto in Nairobi.",
        ("John Luk Jok", "meetsWith", "William Ruto"), id="name-a-longer-name-starts-with"),
    ref("Yemen has been at war since 2014. Fighting in Yemen continued. The Houthis are fighting the government near Aden.",
        ("Houthis", "inConflictWith", "Yemen"), id="the-government-is-the-story-country"),
    ref("Leaders met at the European Council in Brussels. Council spokesperson Anna Berg said the talks ended.",
        ("Anna Berg", "worksFor", "European Council"), id="bare-head-word-is-the-one-body"),
    ref(OBLIQUE_THEN_PRONOUN, ("Angela Merkel", "visits", "Ghana"), id="pronoun-prefers-the-story-subject-over-an-oblique-name"),
    ref("King Fahd of Saudi Arabia arrived in London on Monday. The Saudi leader will hold talks with Margaret Thatcher.",
        ("Fahd of Saudi Arabia", "meetsWith", "Margaret Thatcher"), id="the-demonym-leader-is-the-titled-leader"),
    ref("Crown Prince Abdullah of Saudi Arabia landed in Washington. The Crown Prince paid a courtesy call on Ronald Reagan.",
        ("Abdullah of Saudi Arabia", "meetsWith", "Ronald Reagan"), id="capitalised-title-description"),
    ref("Sheikh Tahnoun bin Zayed landed in Paris on Sunday. The sheikh met Emmanuel Macron on Monday.",
        ("Tahnoun bin Zayed", "meetsWith", "Emmanuel Macron"), id="an-honorific-description-is-the-one-so-titled"),
    ref("The Islamic Development Bank met in Jeddah. The board approved a 4.2 mln dlr loan to Benin.",
        ("Islamic Development Bank", "providesAidTo", "Benin"), id="the-board-is-the-one-organisation"),
    ref("The World Bank and Ghana talked. The bank said it lent 40 mln dlrs to Ghana.", ("World Bank", "providesAidTo", "Ghana"),
        id="the-bank-is-the-one-bank-named"),
    ref("Regulators closed Tellsoft Ltd on Tuesday. Ana Ruiz had criticised the firm in 2017.",
        ("Ana Ruiz", "criticizes", "Tellsoft Ltd"), id="the-firm-is-the-one-company-named"),
    ref("Hamas fired rockets on Monday. According to officials, the militants are backed by Iran.", ("Iran", "supports", "Hamas"),
        id="the-militants-is-the-one-armed-group"),
    ref("Giorgia Meloni spoke with Olaf Scholz on Friday before her visit to Kenya.", ("Giorgia Meloni", "visits", "Kenya"),
        id="her-is-the-woman-not-the-nearer-man"),
    ref("Wanda Vázquez Garced was sworn in on Monday. Vázquez met Joe Biden.", ("Wanda Vázquez Garced", "meetsWith", "Joe Biden"),
        id="first-of-two-surnames"),
    ref("Carlos Mendoza Ruiz arrived on Monday. Mendoza Ruiz met Joe Biden.", ("Carlos Mendoza Ruiz", "meetsWith", "Joe Biden"),
        id="both-surnames-without-the-given-name"),
    ref("Xi Jinping spoke with Vladimir Putin on Friday. Xi visited Kazakhstan on Sunday.",
        ("Xi Jinping", "visits", "Kazakhstan"), id="family-name-first"),
    ref("President Mobutu Sese Seko spoke on Monday. Mobutu accused the IMF of strangling his country.",
        ("Mobutu Sese Seko", "criticizes", "International Monetary Fund"), id="a-known-persons-first-name-that-is-no-given-name"),
    ref("Tellmark Corp made a bid for Sandvale Group Inc on Monday. Tellmark said it would buy Sandvale Group soon.",
        ("Tellmark Corp", "acquires", "Sandvale Group Inc"), id="a-company-named-without-its-legal-form"),
    ref("Hughes Tool Co rejected the offer. Quorna Ltd said Hughes criticised it.", ("Hughes Tool Co", "criticizes", "Quorna Ltd"),
        id="a-company-named-by-its-first-word"),
    ref("Tender Loving Care Corp rejected the offer. Quorna Ltd said TLC criticised it.", ("Tender Loving Care Corp", "criticizes", "Quorna Ltd"),
        id="a-company-named-by-its-initials"),
    ref("Tellmark Holdings Inc made a bid on Monday. Quorna Ltd said Tellmark criticised it.",
        ("Tellmark Holdings Inc", "criticizes", "Quorna Ltd"), id="a-company-named-without-its-legal-form-and-holdings"),
    ref("State Department spokesman Ana Ruiz said so. She was responding to Iran's announcement that it had attacked Iraq.",
        ("Iran", "attacks", "Iraq"), id="a-possessor-after-a-preposition-is-an-antecedent"),
    ref("In a filing with the Securities and Exchange Commission, Fidelity Ltd said its funds bought shares of Tellmark Corp.",
        ("Fidelity Ltd", "acquires", "Tellmark Corp"), id="its-is-not-the-name-after-a-preposition"),
    ref("Turkey, which tomorrow will formally apply to join the European Community, faces obstacles.",
        ("Turkey", "seeksMembership", "European Communities"), id="which-after-a-comma-is-the-name-before-it"),
    ref("Tom Hale, who is the president of Vexa Corp, spoke on Monday.", ("Tom Hale", "leaderOf", "Vexa Corp"), id="who-is-the-person-before-it"),
    ref("Vexa Partners' Tellmark Oil Co said its chairman Tom Hale resigned.", ("Tom Hale", "leaderOf", "Tellmark Oil Co"),
        id="its-is-the-unit-not-its-owner"),
    ref("Tellmark Airlines Inc said it would buy Quorna Air Corp.", ("Tellmark Airlines Inc", "acquires", "Quorna Air Corp"),
        id="it-before-would-and-a-verb"),
    ref("Brazil said on Monday that it will not sign the pact. Officials said it will also visit Chile.",
        ("Brazil", "visits", "Chile"), id="it-before-will-and-adverbs"),
    ref("Vexa Tellmark Corp said it will build a plant. VTC spokesman Tom Hale told Reuters the plan was off.",
        ("Tom Hale", "worksFor", "Vexa Tellmark Corp"), id="initials-are-the-firm-named-in-full"),
    ref("Quorna Fruit Growers Association met. QFGA president Tom Hale said so.",
        ("Tom Hale", "leaderOf", "Quorna Fruit Growers Association"), id="initials-without-a-legal-form"),
]


@pytest.mark.parametrize(("text", "triple"), RESOLVED)
def test_reference_resolved(relations, text, triple):
    assert _norm(*triple) in relations(text)


NOT_RESOLVED = [
    ref("The United Nations sent aid. Greece, a member of the community, thanked the donors.", ("Greece", "memberOf", "United Nations"),
        id="the-community-is-no-bloc-not-named-so"),
    ref("President Donald Trump met Chuck Hale. The Senate Minority Leader criticized Mexico.",
        ("Donald Trump", "criticizes", "Mexico"), id="a-bodys-title-is-no-presidents"),
    ref("President Emmanuel Macron flew to Berlin. The president of Brazil met Olaf Scholz.",
        ("Emmanuel Macron", "meetsWith", "Olaf Scholz"), id="the-president-of-another-state"),
    ref("Norway hosted the summit. The Gulf kingdom signed a deal with China.",
        ("Norway", "signsAgreementWith", "China"), id="region-does-not-fit"),
    ref("Spain elected a new parliament. The South American country joined BRICS.",
        ("Spain", "memberOf", "BRICS"), id="region-does-not-fit-2"),
    ref("Kazakhstan hosted the forum. The Scandinavian country signed a deal with Japan.",
        ("Kazakhstan", "signsAgreementWith", "Japan"), id="region-does-not-fit-3"),
    ref("King Fahd of Saudi Arabia met Margaret Thatcher on Monday. The Iranian leader criticized Israel.",
        ("Fahd of Saudi Arabia", "criticizes", "Israel"), id="the-demonym-must-fit-the-leader"),
    ref("Bill Clinton arrived in Japan on Monday. Hillary Clinton flew to China. Clinton met Xi Jinping.",
        ("Bill Clinton", "meetsWith", "Xi Jinping"), id="shared-surname-bill"),
    ref("Bill Clinton arrived in Japan on Monday. Hillary Clinton flew to China. Clinton met Xi Jinping.",
        ("Hillary Clinton", "meetsWith", "Xi Jinping"), id="shared-surname-hillary"),
    ref(OBLIQUE_THEN_PRONOUN, ("Emmanuel Macron", "visits", "Ghana"), id="oblique-name-is-not-the-pronoun"),
    ref("Giorgia Meloni spoke with Olaf Scholz on Friday before her visit to Kenya.", ("Olaf Scholz", "visits", "Kenya"),
        id="her-is-not-a-man"),
    ref("Hamas and Hezbollah fired rockets. The militants are backed by Iran.", ("Iran", "supports", "Hamas"),
        id="the-militants-with-two-armed-groups-is-neither"),
    ref("Chile and Peru met. The Houthis are fighting the government.", ("Houthis", "inConflictWith", "Chile"),
        id="the-government-needs-a-story-country"),
    ref("Chile and Peru met. The Houthis are fighting the government.", ("Houthis", "inConflictWith", "Peru"),
        id="the-government-needs-a-story-country-2"),
    ref("The UN Security Council and the European Council met. Council spokesperson Anna Berg said so.",
        ("Anna Berg", "worksFor", "European Council"), id="bare-head-word-of-two-bodies"),
    ref("Japan signed the pact. The Austrian daily Kurier attacked it.", ("Kurier", "criticizes", "Austria"),
        id="a-demonym-is-no-antecedent-of-it"),
    ref("Siemens bought Plessey on Monday. Ana Ruiz criticised the company.", ("Ana Ruiz", "criticizes", "Plessey"),
        id="the-company-of-two-is-neither"),
    ref("Boris Johnson visited India in April. Lyndon Johnson visited Vietnam in 1966.",
        ("Boris Johnson", "visits", "Vietnam"), id="surname-inside-other-name"),
    ref("Gulf Canada Corp said it bought a stake in the Gulf of Suez concession.", ("Gulf Canada Corp", "basedIn", "Suez"),
        id="a-short-name-before-of-and-a-name-is-another-name"),
    ref("Liberty Financial Group Inc said it was sold. Liberty Savings met the Federal Reserve.",
        ("Liberty Financial Group Inc", "meetsWith", "Federal Reserve"), id="a-longer-name-is-another-firm"),
    ref("Vexa Tellmark Corp and Vexa Trading Corp met. VTC spokesman Tom Hale said so.", ("Tom Hale", "worksFor", "Vexa Tellmark Corp"),
        id="initials-of-two-firms-are-neither"),
    ref("Bankers Trust Corp said it was sold. U.S. Bankers met the Federal Reserve.", ("Bankers Trust Corp", "meetsWith", "Federal Reserve"),
        id="a-modified-common-noun-is-no-short-name"),
    ref("First Boston Inc said it was sold. First, Germany met the Federal Reserve.",
        ("First Boston Inc", "meetsWith", "Federal Reserve"), id="a-common-word-is-no-short-name"),
    ref("Hoya Ltd, a Hong Kong investment firm, said it bought Tellmark Corp. In a filing, Mesa Oil Co, which is owned by a "
        "New Zealand company, said it bought Quorna Corp.", ("New Zealand", "acquires", "Quorna Corp"), id="a-firms-modifier-is-no-antecedent"),
]


@pytest.mark.parametrize(("text", "triple"), NOT_RESOLVED)
def test_reference_not_resolved(relations, text, triple):
    assert _norm(*triple) not in relations(text)


@pytest.mark.parametrize(("text", "resolved"), [
    pytest.param("Turkey, which will apply to join the EC, waits.", True, id="a-name-before-the-comma"),
    pytest.param("The talks with Iran, which began on Monday, ended.", False, id="not-a-name-after-a-preposition"),
    pytest.param("Ana Ruiz, which is odd, spoke.", False, id="which-is-no-person"),
    pytest.param("Vexa Corp, who said so, rose.", False, id="who-is-a-person"),
])
def test_a_relative_pronoun_is_the_name_right_before_it(nlp, text, resolved):
    assert any(e.text in ("which", "who") for e in nlp(text).ents) == resolved


@pytest.mark.parametrize(("text", "resolved"), [
    pytest.param("Brazil hosted the summit. It will be hard to agree.", False, id="will-be"),
    pytest.param("Brazil hosted the summit. It would take years.", False, id="would-take"),
    pytest.param("Brazil hosted the summit. It would not have mattered.", False, id="would-not-have"),
    pytest.param("Brazil hosted the summit. It will, however, rain.", False, id="modal-then-comma"),
    pytest.param("Brazil hosted the summit. It will sign the pact.", True, id="will-sign"),
    pytest.param("Brazil hosted the summit. It is going to be hard.", False, id="is-going-to-be"),
    pytest.param("Brazil hosted the summit. It is interesting to watch.", False, id="is-adjective-in-ing"),
])
def test_it_after_a_modal_is_expletive_before_be_take_have(nlp, text, resolved):
    assert any(e.text == "It" for e in nlp(text).ents) == resolved


@pytest.mark.parametrize(("text", "resolved"), [
    pytest.param("The court heard Neka Dorokashvili, his ex-wife, on Monday.", False, id="a-relatives-possessor-is-someone-else"),
    pytest.param("Tom Hale arrived. Later, his wife spoke.", True, id="a-possessor-after-a-sentence-opener"),
])
def test_a_pronoun_opening_an_apposed_relative_is_not_the_name_before(nlp, text, resolved):
    assert any(e.text == "his" for e in nlp(text).ents) == resolved


INTERVIEW = ("Ana Ruizova is a chess player.\n\n((WN))  Where did you play, and did I miss it?\n\n"
             "((Ana Ruizova))  I went to Austria in 2014.\n\nLater I travelled to Denmark.\n\n"
             "((WN))  Your brother plays for England. He is in Spain now, right?")


def test_an_interviewees_i_is_the_person_the_label_names(extract_text):
    """ "((Ana Ruizova))  I went to Austria": the answer's "I" (and the next paragraphs' until the next label) is the
    person the speaker label names; the interviewer's "I" is nobody's, and "he" in a question is someone else."""
    ex = extract_text(INTERVIEW)
    labels = {e.key: e.label for e in ex.entities}
    visits = {labels[r.object] for r in ex.relations if r.predicate == "visits" and labels.get(r.subject) == "Ana Ruizova"}
    assert visits == {"Austria", "Denmark"}, visits


def test_a_relative_pronoun_is_no_list_item(extract_text):
    """ "Fort Lauderdale, Florida, which ...": a town and its state still, not a list of three."""
    ex = extract_text("The funds went to ESM Inc of Fort Lauderdale, Florida, which lost them.")
    labels = {e.key: e.label for e in ex.entities}
    assert ("Fort Lauderdale", "locatedIn", "Florida") in {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}


def test_pronoun_evidence_is_level_c(extract_text):
    ex = extract_text("Angela Merkel arrived in France on Monday. She met Emmanuel Macron.")
    levels = {(r.predicate, r.evidence.level) for r in ex.relations}
    assert ("visits", "E") in levels
    assert ("meetsWith", "C") in levels


def test_pronoun_mention_points_at_its_antecedent(extract_text):
    ex = extract_text("Canada announced new measures on Monday. It imposed sanctions on Iran.")
    pronouns = [m for m in ex.mentions if m.how == "pronoun"]
    assert [(m.text, m.key) for m in pronouns] == [("It", "gaz:canada")]


def test_a_body_named_by_its_head_is_no_description(extract_text):
    """ "The Government broker" after "the U.K. Government" must not make a description over an entity (it crashed)."""
    ex = extract_text("The Government broker's supplies were exhausted on the U.K. Government bond market, the Bank of England said.")
    assert "Bank of England" in {e.label for e in ex.entities}



@pytest.mark.parametrize(("text", "form", "label"), [
    pytest.param("Vexa Savings Bank rose. Tom Hale, chairman of Vexa Savings, said so.", "Vexa Savings", "Vexa Savings Bank",
                 id="a-bank-without-bank"),
    ("Mesa Group Inc bought a plant. Mesa, Arizona, is its home.", "Mesa", None),  # a town and its state, not the firm
    ("Tellmark S.A. bought a plant. Tellmark said so.", "Tellmark", "Tellmark S.A."),  # a dotted legal form stays whole
    pytest.param("Vexa Management Inc bought a plant. Vexa Management sold it.", "Vexa Management", "Vexa Management Inc",
                 id="a-short-form-that-is-a-name-of-its-own"),
    ("Tellmark Corp. bought a plant in Peru. Tellmark Corp sold it.", "Tellmark Corp", "Tellmark Corp"),  # one firm either way
])
def test_a_short_name_means_the_firm_named_before(nlp, text, form, label):
    doc = nlp(text)
    found = [e for e in doc.ents if e.text == form and e.start > 3]
    infos = doc._.kg_entities
    labels = {infos[e.kb_id_].label if e.kb_id_ in infos else None for e in found}
    assert labels <= {label} if label else not any(e.label_ == "Company" for e in found)


@pytest.mark.parametrize(("text", "resolved"), [
    pytest.param("Brazil said it is buying more wheat.", True, id="said-it-is-progressive"),
    pytest.param("Brazil said that it was considering a bid.", True, id="said-that-it-was-progressive"),
    pytest.param("Brazil hosted the summit. In January it was aiming for growth.", False, id="progressive-without-a-speaker"),
    pytest.param("Brazil said it is going to be hard.", False, id="said-it-is-going-to-be"),
])
def test_it_is_progressive_is_the_speakers_only_after_a_verb_of_saying(nlp, text, resolved):
    assert any(e.text == "it" for e in nlp(text).ents) == resolved


def test_a_datelines_place_is_no_antecedent(nlp):
    doc = nlp("OBERHAUSEN, West Germany, March 24 - Vexa AG said it agreed to cooperate with Delta AG.")
    it = next(e for e in doc.ents if e.text == "it")
    assert it.label_ == "Company"


def test_a_relative_pronoun_after_a_listed_firms_ticker_is_the_firm(nlp):
    doc = nlp("No offer came from Vexa Corp or Delta Corp <DLT>, which has agreed to acquire Tellmark Inc.")
    which = next(e for e in doc.ents if e.text == "which")
    assert which.kb_id_ == next(e for e in doc.ents if e.text == "Delta Corp").kb_id_

