"""How a sentence presents a relation: asserted, planned, reported, negated, hypothetical.

Each case names one relation of the sentence and the modality its evidence
must carry; attribution cases also check who the report is attributed to
(``Evidence.attributed_to``, as the speaker's label; None when unnamed).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def evidence_of(extract_text):
    """text -> {(subject label, predicate, object label): {(modality, speaker label or None)}}."""

    def run(text: str) -> dict[tuple[str, str, str], set[tuple[str, str | None]]]:
        ex = extract_text(text)
        labels = {e.key: e.label for e in ex.entities}
        out: dict[tuple[str, str, str], set[tuple[str, str | None]]] = {}
        for r in ex.relations:
            speaker = labels.get(r.evidence.attributed_to, r.evidence.attributed_to)
            out.setdefault((labels[r.subject], r.predicate, labels[r.object]), set()).add((r.evidence.modality, speaker))
        return out

    return run


def mod(text: str, triple: tuple[str, str, str], modality: str, id: str, bug: str | None = None):
    marks = [pytest.mark.xfail(reason=bug, strict=True)] if bug else []
    return pytest.param(text, triple, modality, id=id, marks=marks)


MODALITY_CASES = [
    # asserted
    mod("Emmanuel Macron arrived in Japan on Tuesday.", ("Emmanuel Macron", "visits", "Japan"), "asserted", id="asserted-arrived"),
    mod("Absent from next week's summit will be Mali, which suspended its membership of ECOWAS in 2022.",
        ("Mali", "leaves", "Economic Community of West African States"), "asserted", id="relative-clause-has-its-own-tense"),
    mod("Finland joined NATO in April 2023.", ("Finland", "memberOf", "NATO"), "asserted", id="asserted-joined"),
    mod("Argentina declined to join BRICS.", ("Argentina", "refusesToJoin", "BRICS"), "asserted", id="asserted-refusal-is-not-negated"),
    mod("Angela Merkel arrived in Greece on Monday. Merkel later met Alexis Tsipras.",
        ("Angela Merkel", "meetsWith", "Alexis Tsipras"), "asserted", id="asserted-later-past"),
    mod("Brazil's state oil company Petrobras reported record profits.", ("Petrobras", "basedIn", "Brazil"), "asserted",
        id="asserted-report-of-something-else"),
    mod("Japan's ambassador to China, Taro Yamada, said the talks went well.", ("Taro Yamada", "worksFor", "Japan"), "asserted",
        id="asserted-speaker-role"),
    # planned
    mod("Emmanuel Macron will visit India next month.", ("Emmanuel Macron", "visits", "India"), "planned", id="planned-will"),
    mod("Olaf Scholz is expected to visit China in April.", ("Olaf Scholz", "visits", "China"), "planned", id="planned-expected"),
    mod("Pedro Sánchez is scheduled to visit Morocco on Thursday.", ("Pedro Sánchez", "visits", "Morocco"), "planned", id="planned-scheduled"),
    mod("The contract, to be signed by Vexa Corp and Tellmark Inc, creates a venture.", ("Vexa Corp", "signsAgreementWith", "Tellmark Inc"),
        "planned", id="planned-to-be-done"),
    mod("Tellmark Corp said it would buy Vexa Inc.", ("Tellmark Corp", "acquires", "Vexa Inc"), "planned", id="planned-said-it-would"),
    mod("Tellmark Corp said it would buy Vexa Inc if the price fell.", ("Tellmark Corp", "acquires", "Vexa Inc"), "hypothetical",
        id="hypothetical-said-it-would-if"),
    mod("Tellmark Corp would buy Vexa Inc.", ("Tellmark Corp", "acquires", "Vexa Inc"), "hypothetical", id="hypothetical-would"),
    mod("Pedro Sánchez is due to visit Morocco on Thursday.", ("Pedro Sánchez", "visits", "Morocco"), "planned", id="planned-due"),
    mod("Japan plans to sign a defence pact with Australia.", ("Japan", "signsAgreementWith", "Australia"), "planned", id="planned-plans"),
    mod("Joe Biden met Xi Jinping in California. The two leaders are expected to sign a climate agreement.",
        ("Joe Biden", "signsAgreementWith", "Xi Jinping"), "planned", id="planned-group"),
    # reported
    mod("Dmitry Peskov said that Vladimir Putin met Xi Jinping in Beijing.", ("Vladimir Putin", "meetsWith", "Xi Jinping"), "reported",
        id="reported-said-that"),
    mod("Egypt sanctioned Israel, according to Reuters.", ("Egypt", "sanctions", "Israel"), "reported", id="reported-according-to"),
    mod("Olaf Scholz arrived in China on Sunday, German officials said.", ("Olaf Scholz", "visits", "China"), "reported", id="reported-said-after"),
    mod('"Nigeria supports Ghana," Bola Tinubu told reporters.', ("Nigeria", "supports", "Ghana"), "reported", id="reported-quote"),
    mod("Russia accused Ukraine of shelling the Zaporizhzhia Nuclear Power Plant.",
        ("Ukraine", "attacks", "Zaporizhzhia Nuclear Power Plant"), "reported", id="reported-accusation"),
    # negated
    mod("Germany did not sanction Iran.", ("Germany", "sanctions", "Iran"), "negated", id="negated-not"),
    mod("Hungary has never sanctioned Russia.", ("Hungary", "sanctions", "Russia"), "negated", id="negated-never"),
    mod("Saudi Arabia promised to send troops to Yemen.", ("Saudi Arabia", "hasMilitaryPresenceIn", "Yemen"), "planned", id="planned-promise"),
    mod("Vexa Corp said it had terminated an agreement to sell its Tellmark Inc unit to Lazada Group.", ("Lazada Group", "acquires", "Tellmark Inc"),
        "negated", id="negated-terminated-agreement"),
    mod("Shareholders sued to halt the sale of Tellmark Inc to Lazada Group.", ("Lazada Group", "acquires", "Tellmark Inc"),
        "negated", id="negated-halt"),
    mod("Mexico refused to sign a trade deal with China.", ("Mexico", "signsAgreementWith", "China"), "negated", id="negated-refused"),
    mod("Iran denied attacking Israel.", ("Iran", "attacks", "Israel"), "negated", id="negated-denied"),
    mod("Turkey's president Recep Tayyip Erdogan said Turkey would not support Sweden.", ("Turkey", "supports", "Sweden"), "negated",
        id="negated-wins-over-report"),
    # hypothetical
    mod("Iran could attack Israel.", ("Iran", "attacks", "Israel"), "hypothetical", id="hypothetical-could"),
    mod("Israel might bomb Lebanon again.", ("Israel", "attacks", "Lebanon"), "hypothetical", id="hypothetical-might"),
    mod("India may sanction Pakistan.", ("India", "sanctions", "Pakistan"), "hypothetical", id="hypothetical-may"),
    mod("If Serbia joins the European Union, it will gain access to new funds.", ("Serbia", "memberOf", "European Union"), "hypothetical",
        id="hypothetical-if"),
    mod("Turkey might leave NATO.", ("Turkey", "leaves", "NATO"), "hypothetical", id="hypothetical-leave"),
]


@pytest.mark.parametrize(("text", "triple", "modality"), MODALITY_CASES)
def test_modality(evidence_of, text, triple, modality):
    found = evidence_of(text)
    assert triple in found, f"{triple} not extracted: {sorted(found)}"
    assert {m for m, _ in found[triple]} == {modality}


@pytest.mark.parametrize(("text", "triple", "speaker"), [
    pytest.param("Dmitry Peskov said that Vladimir Putin met Xi Jinping in Beijing.", ("Vladimir Putin", "meetsWith", "Xi Jinping"),
                 "Dmitry Peskov", id="x-said-that"),
    pytest.param("Hakan Fidan said Sweden joined NATO in March.", ("Sweden", "memberOf", "NATO"), "Hakan Fidan", id="x-said"),
    pytest.param("Egypt sanctioned Israel, according to Reuters.", ("Egypt", "sanctions", "Israel"), "Reuters", id="according-to-x"),
    pytest.param("According to Reuters, Egypt sanctioned Israel.", ("Egypt", "sanctions", "Israel"), "Reuters", id="according-to-x-first"),
    pytest.param('"Nigeria supports Ghana," Bola Tinubu told reporters.', ("Nigeria", "supports", "Ghana"), "Bola Tinubu", id="quote-x-told"),
    pytest.param("Emmanuel Macron visited Algeria in May, Le Monde reported.", ("Emmanuel Macron", "visits", "Algeria"), "Le Monde",
                 id="x-reported"),
    # the vocabulary: "German officials said" stands for the country
    pytest.param("Olaf Scholz arrived in China on Sunday, German officials said.", ("Olaf Scholz", "visits", "China"), "Germany",
                 id="demonym-officials-are-the-state"),
    pytest.param("According to diplomats, Egypt sanctioned Israel.", ("Egypt", "sanctions", "Israel"), None, id="unnamed-according-to"),
    pytest.param("The minister said Ghana has joined the African Union.", ("Ghana", "memberOf", "African Union"), None, id="unnamed-said"),
])
def test_reported_speaker(evidence_of, text, triple, speaker):
    found = evidence_of(text)
    assert found.get(triple) == {("reported", speaker)}
