"""Parse-based rules on Doc objects built by hand with heads and dependency labels.

No trained model can be downloaded here, so these tests give the rule
components exactly what a model's tagger, parser and NER would: a Doc with
heads, dependency labels and entities. The components then run as they do
after a real model (``kg build --model NAME``).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract import extract
from kg.nlp.dep_rules import DEP_RULES


def parsed(nlp, words, heads, deps, ents):
    """A Doc as a trained pipeline leaves it, run through the rule components."""
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    for name, component in nlp.pipeline:
        if name not in ("kg_possessives", "kg_sentences"):
            doc = component(doc)
    return doc


def labelled(ex):
    labels = {e.key: e.label for e in ex.entities}
    return {(labels[r.subject], r.predicate, labels[r.object], r.evidence.rule) for r in ex.relations}


CASES = [
    pytest.param(  # a relative clause separates subject and verb: the word pattern's insertion variant reads it first
        ["Merkel", ",", "who", "had", "just", "won", "a", "fourth", "term", ",", "visited", "Japan", "."],
        [10, 0, 5, 5, 5, 0, 8, 8, 5, 0, 10, 10, 10],
        ["nsubj", "punct", "nsubj", "aux", "advmod", "relcl", "det", "amod", "dobj", "punct", "ROOT", "dobj", "punct"],
        ["B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
        ("Merkel", "visits", "Japan", "visit-verb"), id="visit-across-relative-clause-word-rule-first"),
    pytest.param(  # a relative clause longer than an insertion (9 words): only the parse reaches the verb
        ["Merkel", ",", "who", "had", "just", "won", "a", "fourth", "term", "in", "office", ",", "visited", "Japan", "."],
        [12, 0, 5, 5, 5, 0, 8, 8, 5, 8, 9, 0, 12, 12, 12],
        ["nsubj", "punct", "nsubj", "aux", "advmod", "relcl", "det", "amod", "dobj", "prep", "pobj", "punct", "ROOT", "dobj", "punct"],
        ["B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
        ("Merkel", "visits", "Japan", "dep-visit"), id="visit-across-long-relative-clause"),
    pytest.param(  # an insertion longer than word patterns allow (9 tokens)
        ["Brazil", ",", "after", "many", "long", "months", "of", "bitter", "debate", "in", "the", "regional", "council", ",",
         "condemned", "Venezuela", "."],
        [14, 0, 14, 5, 5, 2, 5, 8, 6, 8, 12, 12, 9, 14, 14, 14, 14],
        ["nsubj", "punct", "prep", "amod", "amod", "pobj", "prep", "amod", "pobj", "prep", "det", "amod", "pobj", "punct",
         "ROOT", "dobj", "punct"],
        ["B-GPE"] + ["O"] * 14 + ["B-GPE", "O"],
        ("Brazil", "criticizes", "Venezuela", "dep-criticize"), id="criticize-after-adverbial"),
    pytest.param(  # a conjoined verb inherits the subject of the first one
        ["Macron", "landed", "in", "Berlin", "and", "met", "Scholz", "."],
        [1, 1, 1, 2, 1, 1, 5, 1],
        ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "dobj", "punct"],
        ["B-PERSON", "O", "O", "B-GPE", "O", "O", "B-PERSON", "O"],
        ("Macron", "meetsWith", "Scholz", "dep-meet"), id="conjoined-verb-subject"),
    pytest.param(
        ["Spain", "formally", "withdrew", "from", "the", "pact", "NATO", "."],
        [2, 2, 2, 2, 5, 3, 5, 2],
        ["nsubj", "advmod", "ROOT", "prep", "det", "pobj", "appos", "punct"],
        ["B-GPE", "O", "O", "O", "O", "O", "B-ORG", "O"],
        None, id="object-must-be-an-entity"),
]


@pytest.mark.parametrize(("words", "heads", "deps", "ents", "expected"), CASES)
def test_dependency_rules(nlp, words, heads, deps, ents, expected):
    triples = labelled(extract(parsed(nlp, words, heads, deps, ents), "t"))
    if expected is None:
        assert not any(rule.startswith("dep-") for *_, rule in triples)
    else:
        assert expected in triples


def test_without_a_parse_the_component_adds_nothing(nlp):
    doc = nlp("Merkel, who had just won a fourth term, visited Japan.")
    assert not any(m.rule.startswith("dep-") for m in doc._.kg_matches)


def test_every_dependency_rule_names_a_vocabulary_predicate():
    from kg.ontology import PREDICATES

    assert {r.predicate for r in DEP_RULES} <= set(PREDICATES)
