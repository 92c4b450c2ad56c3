"""Hard-wrapped wire copy is read as paragraphs (kg.markup.unwrap_hard_wrapped, applied by kg.articles)."""

from __future__ import annotations

import pytest

from kg.articles import normalise_text
from kg.markup import unwrap_hard_wrapped

WIRE = ("SHULTZ ARRIVES IN MOSCOW\n\n"
        "U.S. Secretary of State George Shultz arrived in Moscow for\n"
        "talks with Soviet leaders and drove to a meeting with Soviet\n"
        "Foreign Minister Eduard Shevardnadze and the Kremlin's Eduard\n"
        "Shevardnadze.\n"
        "    The talks are overshadowed by an espionage row between the\n"
        "two powers, officials said.")


def test_wire_lines_join_into_paragraphs():
    out = unwrap_hard_wrapped(WIRE)
    assert "Kremlin's Eduard Shevardnadze." in out and "with Soviet Foreign" in out
    assert out.startswith("SHULTZ ARRIVES IN MOSCOW\n\nU.S. Secretary")  # the headline keeps its break
    assert "\n    The talks" in out  # an indented paragraph start keeps its break
    assert len(out) == len(WIRE)  # offsets into the text do not move


@pytest.mark.parametrize("text", [
    pytest.param("Putin visits Kazakhstan\nPresident Vladimir Putin arrived in Astana on Monday for talks with the "
                 "Kazakh leader about gas, trade, space and the Baikonur cosmodrome that Russia rents.", id="long-paragraph"),
    pytest.param("Agenda:\n- Russia\n- Kazakhstan\n- Armenia", id="list"),
    pytest.param("One line only", id="one-line"),
    pytest.param("Short title\nAnother short line\nA third", id="short-lines"),
])
def test_other_layouts_are_left_alone(text):
    assert unwrap_hard_wrapped(text) == text


def test_wrapped_name_is_one_person(extract_text):
    ex = extract_text(normalise_text(WIRE))
    assert "Eduard Shevardnadze" in {e.label for e in ex.entities}
