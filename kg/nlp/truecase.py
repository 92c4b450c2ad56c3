"""Capitals back for wire copy set in lower case, before the pipeline reads it.

About one Reuters-21578 story in twenty is set in lower case ("the council of ministers
approved petroleos de venezuela's planned purchase ..."): the rules find names by their
capitals, so such a story would give nothing. :func:`truecase` gives the gazetteer's names
("Venezuela", "Petroleos de Venezuela", "OPEC", "Venezuelan") their capitals again and leaves
every other character as it is. Only case changes, so every character offset still points at
the same place in the original text, which the evidence quotes (see
:func:`kg.extract.relations.sentence_evidence`).

A person the gazetteer does not know gets capitals when a common given name starts the name
("finance minister manuel azpurua told" -> "Manuel Azpurua"): the given name and up to two
more words that are neither function words nor reporting verbs.

A one-word name that is also a common English word ("who", "us", "turkey", "chad") is left
alone: in lower-case copy nothing tells the two apart.

>>> truecase("the cabinet approved petroleos de venezuela's purchase of a texas refinery, opec said.")
"the cabinet approved Petroleos de Venezuela's purchase of a Texas refinery, OPEC said."
>>> truecase("finance minister manuel azpurua told a press conference the debt talks went well.")
'finance minister Manuel Azpurua told a press conference the debt talks went well.'
>>> truecase("Prices rose in Venezuela.") == "Prices rose in Venezuela."
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from kg.gazetteer import load_gazetteer, load_given_names
from kg.nlp.lexicon import NAME_PARTICLES, WORD_GIVEN_NAMES

#: ``doc.user_data`` key of the article's own text when the pipeline read a re-cased copy
SOURCE_TEXT = "kg_source_text"
#: below this share of capital letters a text is lower-case copy (normal English prose has 3-5 %)
LOWER_CASE_SHARE = 0.02
#: one-word names that are also common English words: never capitalised from lower-case copy
COMMON_WORDS = frozenset({
    "who", "us", "let", "ice", "male", "shell", "apple", "turkey", "china", "chad", "jordan", "georgia", "guinea",
    "nice", "reading", "split", "bath", "mobile", "orange", "sale", "hull", "derby", "cork", "worms", "bar", "mars",
    "amazon", "target", "gap", "sun", "times", "post", "mirror", "express", "independent", "guardian", "observer",
    "mint", "best", "bank", "first", "general", "union", "national", "united", "royal", "delta", "alliance",
    "continental", "eagle", "pacific", "atlantic", "contras", "dw", "fed", "gas", "oil", "energy", "capital",
    "police", "army", "navy", "senate", "congress", "parliament", "government", "cabinet", "council", "court",
    "home", "march", "may", "van", "page", "victoria", "ore", "tin", "sky", "ford", "apex", "nation",
})


#: words that end a person's name in lower-case copy ("manuel azpurua told")
NAME_ENDERS = frozenset({"said", "says", "told", "tells", "added", "adds", "announced", "stated", "noted", "asked", "urged",
                         "warned", "met", "meets", "visited", "arrived", "left", "signed", "agreed", "denied", "declined",
                         "reported", "explained", "predicted", "insisted", "stressed", "replied", "wrote", "spoke", "called",
                         "described", "confirmed", "ordered", "approved", "rejected", "expects", "expected", "believes"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})
WORD = re.compile(r"[^\W\d_][\w'\-]*")


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Lower-case given names that start a person's name in lower-case copy (no English word among them)."""
    return frozenset({name.lower() for name in load_given_names()} - {w.lower() for w in WORD_GIVEN_NAMES} - STOP_WORDS - COMMON_WORDS - MONTHS)


def _persons(text: str) -> str:
    """Capitals for "<given name> <surname> [<surname>]" in lower-case copy (see the module doc)."""
    given = _given_names()
    chars = list(text)
    words = list(WORD.finditer(text))
    for n, word in enumerate(words):
        if not word.group(0).islower() or word.group(0) not in given:
            continue
        name = [word]
        for nxt in words[n + 1:n + 4]:
            gap = text[name[-1].end():nxt.start()]
            lower = nxt.group(0)
            if gap.strip() or not lower.islower() or lower in STOP_WORDS - NAME_PARTICLES or lower in NAME_ENDERS or lower in MONTHS:
                break
            name.append(nxt)
        while len(name) > 1 and name[-1].group(0) in NAME_PARTICLES:
            name.pop()
        if len(name) < 2:
            continue
        for part in name:
            if part.group(0) not in NAME_PARTICLES:
                chars[part.start()] = chars[part.start()].upper()
    return "".join(chars)


def lower_case_copy(text: str) -> bool:
    """Is ``text`` set in lower case (enough letters, almost no capitals)?"""
    letters = sum(map(str.isalpha, text))  # every article passes here: counted in C, not in a Python loop
    return letters >= 40 and sum(map(str.isupper, text)) < LOWER_CASE_SHARE * letters


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every gazetteer name worth restoring, and lower-case form -> its written form."""
    gaz = load_gazetteer()
    forms: dict[str, str] = {}
    for form in list(gaz.by_form) + list(gaz.by_demonym):
        lower = form.lower()
        if form == lower or len(form) != len(lower) or not form[:1].isalpha():
            continue  # nothing to restore, or a form whose case change moves offsets
        if " " not in form and (lower in STOP_WORDS or lower in COMMON_WORDS or len(form) < 2):
            continue
        forms.setdefault(lower, form)
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), forms


def truecase(text: str) -> str:
    """``text`` with the gazetteer's names capitalised when it is lower-case copy; otherwise ``text`` itself."""
    if not lower_case_copy(text):
        return text
    pattern, forms = _names()

    def restore(match: re.Match[str]) -> str:
        found = match.group(0)
        return forms.get(found.lower(), found) if found.islower() else found

    cased = _persons(pattern.sub(restore, text))
    return cased if len(cased) == len(text) else text
