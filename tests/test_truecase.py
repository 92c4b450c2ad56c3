"""Lower-case wire copy: names get their capitals back, evidence quotes the text as written."""

from __future__ import annotations

import pytest

from kg.nlp.truecase import lower_case_copy, truecase
from kg.parallel import extract_one

LOWER = ("the cabinet authorized energy and mines minister arturo hernandez grisanti to approve the purchase.\n"
         "    venezuelan finance minister manuel azpurua met opec officials in vienna on monday, the ministry said.")


@pytest.mark.parametrize(("written", "restored"), [
    ("petroleos de venezuela", "Petroleos de Venezuela"),
    ("opec officials", "OPEC officials"),
    ("minister arturo hernandez grisanti to", "minister Arturo Hernandez Grisanti to"),
    ("manuel azpurua met", "Manuel Azpurua met"),
    ("in vienna on monday", "in Vienna on monday"),
])
def test_names_get_their_capitals(written, restored):
    text = f"{LOWER} it said {written} again, and the talks would go on for some time."
    assert restored in truecase(text)


@pytest.mark.parametrize("kept", ["who", "us", "turkey", "march", "last april 14"])
def test_common_words_stay_lower_case(kept):
    text = f"{LOWER} it said {kept} would come, and the talks would go on for some time."
    assert f" {kept} " in truecase(text)


def test_normal_copy_is_left_alone():
    text = "Venezuelan Finance Minister Manuel Azpurua met OPEC officials in Vienna on Monday, and the talks went on."
    assert not lower_case_copy(text)
    assert truecase(text) is text


def test_lower_case_copy_gives_relations_quoting_the_text_as_written(nlp):
    outcome = extract_one(nlp, "lc", LOWER)
    found = {(r.subject, r.predicate, r.object): r.evidence for r in outcome.extraction.relations}
    evidence = found[("Person:manuel azpurua", "worksFor", "gaz:venezuela")]
    assert evidence.sentence == LOWER[evidence.start:evidence.end]
    assert "manuel azpurua" in evidence.sentence
