"""The relation matcher runs each rule only on the sentences that hold its words: that filter must be exact."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from kg.articles_read import sample_paths
from kg.nlp.patterns import compile_pattern, insertion_variant, required_words
from kg.nlp.relation_matcher import VARIANT, write_fill_codes
from kg.nlp.rules import RULES


@pytest.mark.parametrize("pattern, needed", [
    ("S:AGENT ~3 arrived|arrives in|at ?the O:LOC", [["arrived", "arrives"], ["at", "in"]]),
    ("S:AGENT 's ~2 visit|trip to ~6 O:LOC", [["'s"], ["trip", "visit"], ["to"]]),
    ("visiting ~4 S:PER", [["visiting"]]),
    ("S:STATED ~1[np] O:ORG", []),  # slots and fillers only: the rule runs everywhere
    ("S:AGENT ^insertion met O:AGENT", [["met"]]),
])
def test_required_words_are_the_mandatory_literals(pattern, needed):
    assert [sorted(words) for words in required_words(pattern)] == needed


def _all_at_once(doc, insertions: list[int]) -> set[tuple]:
    """What one Matcher holding every rule finds: the matcher's results before it filtered rules by words."""
    matcher, variants = Matcher(doc.vocab), Matcher(doc.vocab)
    for rule in RULES:
        matcher.add(rule.name, [compile_pattern(rule.pattern)[0]])
        if (variant := insertion_variant(rule.pattern)) is not None:
            variants.add(rule.name + VARIANT, [compile_pattern(variant)[0]])
    found = {(doc.vocab.strings[m], s, e, tuple(a)) for m, s, e, a in matcher(doc, with_alignments=True)
             if doc[s].sent.start == doc[e - 1].sent.start}
    for sent in {doc[i].sent for i in insertions}:
        found |= {(doc.vocab.strings[m], sent.start + s, sent.start + e, tuple(a))
                  for m, s, e, a in variants(sent, with_alignments=True)}
    return found


TEXTS = [
    "Putin arrived in Astana on Monday. He met Kazakh President Nursultan Nazarbayev, who called the talks useful.",
    "Youssri Mustapha, who leaves for Moscow on Tuesday, met Hosni Mubarak. Egypt signed a trade deal with Brazil.",
    "Iran accused Israel of attacking its ships. Turkey, a member of NATO, criticised Sweden.",
]


@pytest.mark.parametrize("source", ["texts", "samples"])
def test_the_word_filter_drops_no_match(nlp, source):
    texts = TEXTS if source == "texts" else [path.read_text(encoding="utf-8") for path in sample_paths()]
    relations = nlp.get_pipe("kg_relations")
    total = 0
    for text in texts:
        doc = nlp(text)
        insertions, _ = write_fill_codes(doc)
        filtered = {(doc.vocab.strings[m], s, e, tuple(a)) for m, s, e, a in relations._matches(doc, insertions)}
        reference = _all_at_once(doc, insertions)
        assert filtered == reference
        total += len(reference)
    assert total > 5  # the texts do hold matches, so the comparison compares something
