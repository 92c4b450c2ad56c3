"""Stances from evaluative quotations and "X called Y a <word>" (kg.extract.stances), on sentences of their own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.stances import quotations

from cases import A, absent, assert_absent, assert_extracted, case


STANCE_CASES = [
    case("quote-stance", 'Maria Lopez added, "Carlos Mendez is a liar and a coward."', ("Maria Lopez", "criticizes", "Carlos Mendez", A),
         id="speaker-before-quote"),
    case("quote-stance", '"Ana Silva was a true hero of the republic," Jorge Ortiz told reporters.', ("Jorge Ortiz", "supports", "Ana Silva", A),
         id="speaker-after-quote"),
    case("quote-stance", 'Peter Obi died on Friday. Sarah Alabi said of Obi, "He was a decent and honest man."',
         ("Sarah Alabi", "supports", "Peter Obi", A), id="said-of"),
    case("quote-stance", 'Peter Obi died on Friday. His rival Tunde Bako said: "He was a dictator. He was ruthless."',
         ("Tunde Bako", "criticizes", "Peter Obi", A), id="pronoun-across-sentences"),
    case("quote-stance", 'Lena Berg of the Green Party wrote, "Olaf Brandt is dangerous and reckless."',
         ("Lena Berg", "criticizes", "Olaf Brandt", A), id="speaker-qualified-by-organisation"),
    case("quote-stance", 'Tom Hale spoke. Ana Ruiz of the Green Party added, "Tom Hale is trying to seize power, a deeply dangerous way to govern."',
         ("Ana Ruiz", "criticizes", "Tom Hale", A), id="the-quotations-opening-subject"),
    case("quote-stance", 'Tom Hale died. Ana Ruiz told reporters Hale "was a great man," and left.', ("Ana Ruiz", "supports", "Tom Hale", A),
         id="a-name-before-a-quotation-that-opens-with-a-copula"),
    case("quote-stance", 'Tom Hale died. Acme Institute director Ana Ruiz said "Hale has been a treasure for science."',
         ("Ana Ruiz", "supports", "Tom Hale", A), id="the-titled-person-speaks-not-the-name-before-the-title"),
    case("quote-stance", '"Tom Hale is very irresponsible," Ana Ruiz, professor of law at Acme University, told Reuters.',
         ("Ana Ruiz", "criticizes", "Tom Hale", A), id="the-person-before-an-apposition-speaks"),
    case("named-as", "Donald Trump called Michael Bloomberg a liar on Tuesday.", ("Donald Trump", "criticizes", "Michael Bloomberg", A)),
    case("named-as", 'Tom Hale called Prime Minister Ana Ruiz\'s proposed new budget deal "lousy".', ("Tom Hale", "criticizes", "Ana Ruiz", A),
         id="named-as-a-long-possessed-phrase"),
    case("named-as", "Olaf Scholz acted over what he called China's failure to honour the trade pact.", ("Olaf Scholz", "criticizes", "China", A),
         id="named-as-the-possessed-noun"),
    case("named-as", "Tom Watson called Prime Minister Theresa May's Brexit deal lousy.", ("Tom Watson", "criticizes", "Theresa May", A),
         id="named-as-a-titled-person"),
    case("named-as", "Vladimir Putin described Robert Mugabe as a great statesman.", ("Vladimir Putin", "supports", "Robert Mugabe", A),
         id="described-as"),
]


@pytest.mark.parametrize(("rule", "text", "expected"), STANCE_CASES)
def test_stance_extracted(hits, rule, text, expected):
    assert_extracted(hits(text), rule, expected)


@pytest.mark.parametrize(("text", "missing", "present"), [
    absent('Maria Lopez said, "Carlos Mendez is not a liar."', ("Maria Lopez", "criticizes", "Carlos Mendez"), id="negated-word"),
    absent('Maria Lopez said, "Zimbabwe\'s founding father was a hero."', ("Maria Lopez", "supports", "Zimbabwe"),
           id="possessor-is-not-judged"),
    absent('Maria Lopez said, "Carlos Mendez was a great leader but a corrupt one."', ("Maria Lopez", "supports", "Carlos Mendez"),
           ("Maria Lopez", "criticizes", "Carlos Mendez"), id="mixed-words-say-nothing"),
    absent('"Carlos Mendez is a liar," the crowd chanted.', ("Carlos Mendez", "criticizes", "Carlos Mendez"), id="no-named-speaker"),
    absent('Maria Lopez said she entered the race "to defeat Carlos Mendez, a dangerous man".', ("Maria Lopez", "criticizes", "Carlos Mendez"),
           id="no-copula-no-judgement"),
    absent('Ana Ruiz said, "Russia has condemned the shameful attack."', ("Ana Ruiz", "criticizes", "Russia"), id="the-subject-judges-someone-else"),
    absent("Acme Corp met. Tom Hale of Fox News called it a mess.", ("Tom Hale", "criticizes", "Fox News"), id="called-it-is-a-thing"),
    absent("Donald Trump called Michael Bloomberg on Tuesday to discuss a great plan.", ("Donald Trump", "supports", "Michael Bloomberg"),
           id="called-by-phone"),
])
def test_stance_not_extracted(hits, text, missing, present):
    assert_absent(hits(text), missing, present)


def test_quotations_run_over_sentences_and_stop_at_a_paragraph(nlp):
    words = ["He", "said", ",", '"', "Go", ".", "Now", ".", '"', "Then", '"', "open", "\n\n", "Next", "."]
    spaces = [True, False, True, False, False, True, False, False, True, True, False, False, False, True, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    assert quotations(doc) == [(4, 8)]
