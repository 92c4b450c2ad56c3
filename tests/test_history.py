"""Metonymy follows history: a capital stands for the state that had it on the article's date."""

from __future__ import annotations

import pytest

from kg.extract import extract


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        ("Moscow expelled two Canadian diplomats.", "1987-03-02", ("Soviet Union", "sanctions", "Canada")),
        ("Moscow expelled two Canadian diplomats.", "2023-03-02", ("Russia", "sanctions", "Canada")),
        ("Moscow expelled two Canadian diplomats.", None, ("Russia", "sanctions", "Canada")),
        ("Kremlin leader Mikhail Gorbachev met Margaret Thatcher.", "1987-03-30", ("Mikhail Gorbachev", "leaderOf", "Soviet Union")),
        ("Bonn expelled two Czechoslovak diplomats.", "1985-06-01", ("West Germany", "sanctions", "Czechoslovakia")),
        ("West German Chancellor Helmut Kohl met Margaret Thatcher.", "1987-03-30", ("Helmut Kohl", "leaderOf", "West Germany")),
        ("East Germany expelled two West German diplomats.", "1985-06-01", ("East Germany", "sanctions", "West Germany")),
        # the Federal Republic went on as Germany: before 3 October 1990 its name is West Germany's (Q713750)
        ("Germany expelled two Czechoslovak diplomats.", "1987-06-01", ("West Germany", "sanctions", "Czechoslovakia")),
        ("Germany expelled two Russian diplomats.", "2019-06-01", ("Germany", "sanctions", "Russia")),
        ("Belgrade condemned Albania on Monday.", "1990-05-01", ("Yugoslavia", "criticizes", "Albania")),
        ("Belgrade condemned Albania on Monday.", "2001-05-01", ("Serbia and Montenegro", "criticizes", "Albania")),
    ],
    ids=["moscow-1987", "moscow-2023", "moscow-undated", "kremlin-1987", "bonn-1985", "west-german-1987", "east-and-west-1985",
         "germany-1987", "germany-2019", "belgrade-1990", "belgrade-2001"],
)
def test_capital_stands_for_the_state_of_its_day(nlp, text, date, expected):
    ex = extract(nlp(text), "t", date)
    labels = {e.key: e.label for e in ex.entities}
    assert expected in {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}


def test_a_state_named_both_ways_in_one_story_is_one_node(nlp):
    ex = extract(nlp("West Germany and France signed a pact. Germany's finance minister Gerhard Stoltenberg spoke."), "t", "1987-05-01")
    assert [e.label for e in ex.entities if e.label in ("Germany", "West Germany")] == ["West Germany"]
    assert all(m.key != "gaz:germany" for m in ex.mentions)
