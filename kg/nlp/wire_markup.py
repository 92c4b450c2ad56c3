"""Company markup of wire copy: "Deutsche Bank AG <DBKG.F>", "<Banca Nazionale Del Lavoro-BNL>".

Reuters and other 1980s-90s wires mark companies in angle brackets: a stock
ticker after a listed company's name, the whole name of an unlisted one. Both
are strong cues that the words name a company, and the ticker itself is no
entity of its own ("<GE>", "<F>", "<AN>" would otherwise match the gazetteer
as something else). This module reads the markup as plain token data:

* :func:`is_ticker` / :func:`ticker_brackets`: where the "< TICKER >" groups are;
* :func:`wire_companies`: the ``kg_names`` pass that names the companies.

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("Cable and Wireless PLC <CAWL.L> bought <Hong Kong Telephone Ltd>.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Cable and Wireless PLC', 'Company'), ('Hong Kong Telephone Ltd', 'Company')]
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.lexicon import LEGAL_FORMS, ORG_HEADS
from kg.nlp.names import NameFinder, acronym, is_cap

#: "F", "GE", "DBKG.F", "PGLO.AS", "BRK.A": capitals and digits, an optional exchange suffix
_TICKER = re.compile(r"[A-Z][A-Z0-9&]{0,6}(?:\.[A-Z]{1,2})?")
#: lower-case words that may sit inside a company's name ("Bank of Tokyo", "Cie Generale d'Electricite")
NAME_JOINERS = frozenset({"of", "&", "and", "de", "du", "des", "di", "del", "della", "d'", "e", "y", "la", "le", "van", "von", "für"})
#: an elided French or Italian article before a capitalised word: "d'Electricite", "l'Oreal"
_ELIDED = re.compile(r"[dlDL]['’][A-Z]\w+")
#: gazetteer classes whose names companies take ("San Diego Gas and Electric Co", "British Petroleum Co")
PLACE_LABELS = frozenset({"Country", "City", "Place", "Demonym"})
MAX_COMPANY_NAME = 7
MAX_BRACKETED = 12


def is_ticker(text: str) -> bool:
    """A stock symbol as wires print it inside angle brackets."""
    return _TICKER.fullmatch(text) is not None


def ticker_at(doc: Doc, i: int) -> bool:
    """Does a "< TICKER >" group start at token ``i`` ("BASF AG <BASF.F> and ...")?"""
    return i + 2 < len(doc) and doc[i].text == "<" and doc[i + 2].text == ">" and is_ticker(doc[i + 1].text)


def ticker_brackets(texts: list[str]) -> list[tuple[int, int]]:
    """(start, end) token ranges of each "< TICKER >" group, from the tokens' texts."""
    return [(i, i + 3) for i in range(len(texts) - 2) if texts[i] == "<" and texts[i + 2] == ">" and is_ticker(texts[i + 1])]


def _name_part(finder: NameFinder, i: int) -> bool:
    token = finder.doc[i]
    return is_cap(token) or acronym(token) or _ELIDED.match(token.text) is not None or token.lower_ in LEGAL_FORMS and token.text[:1].isupper() and token.lower_ not in NAME_JOINERS \
        or token.text.isupper() and token.is_alpha and len(token.text) == 2


def _company_before(finder: NameFinder, end: int) -> int | None:
    """Start of the company name that ends just before token ``end`` (a ticker's "<"), or None.

    Capitalised words, with "of", "&", "and", "de" ... between two of them, no further back than a
    sentence's first word; a known entity of another kind ("Japan's") or a known company ends it.
    """
    doc, start, j = finder.doc, None, end - 1
    while j >= 0 and end - j <= MAX_COMPANY_NAME:
        token = doc[j]
        if j in finder.gaz_at and (start is None or finder.gaz_at[j].label_ not in PLACE_LABELS):
            break  # "Bank of New York Co Inc", "Piedmont Aviation": a place's name may be part of a company's
        if _name_part(finder, j) or j in finder.gaz_at:
            start = j
        elif not (token.lower_ in NAME_JOINERS and start is not None and j > 0 and _name_part(finder, j - 1)
                  and (j - 1) not in finder.gaz_at):
            break
        if token.is_sent_start or finder._breaks(j):
            break
        j -= 1
    if start is None or doc[start].lower_ in NAME_JOINERS:
        return None
    if doc[start].is_sent_start and end - start == 1 and doc[start].lower_ in finder.lower_words:
        return None  # "Shares <X>": a sentence's first word, and a common one
    if doc[start].is_sent_start and end - start > 2 and doc[start + 1].lower_ == "of" \
            and (doc[start].lower_ in finder.lower_words or doc[start].lower_ not in ORG_HEADS):
        start += 2  # "Shares of Acme Corp <ACM>": a sentence's first word, not "Bank of Tokyo Ltd <BTOK.T>"
    if start >= end or doc[start].lower_ in NAME_JOINERS or all(t.lower_ in LEGAL_FORMS for t in doc[start:end]):
        return None  # "Philips NV <PGLO.AS>" after a known "Philips": "NV" names nothing alone
    return start


def _bracketed_name(finder: NameFinder, start: int, end: int) -> tuple[int, int] | None:
    """The company name inside "<" ... ">" (tokens ``start``..``end``), without a "-ACRONYM" tail."""
    doc = finder.doc
    if end - start >= 2 and doc[end - 1].norm_ == "'s":
        end -= 1  # "<MTS Acquisition Corp's> offer"
    if end - start >= 3 and doc[end - 2].text == "-" and not doc[end - 2].whitespace_ and doc[end - 1].text.isupper():
        end -= 2  # "<Banca Nazionale Del Lavoro-BNL>": BNL is its acronym (kg.nlp.name_resolution reads it)
    if start >= end or not (is_cap(doc[start]) or acronym(doc[start]) or start in finder.gaz_at):
        return None
    if any(doc[k].is_space or doc[k].is_sent_start and k > start for k in range(start, end)):
        return None
    return start, end


def wire_companies(finder: NameFinder) -> None:
    """ "Daihatsu Motor <DMOT.T>" and "<Sogecred>": the wire's company markup names a company."""
    doc = finder.doc
    if "<" not in doc.text:
        return
    texts = [t.text for t in doc]
    for open_at, close_at in ticker_brackets(texts):
        start = _company_before(finder, open_at)
        if start is not None:
            finder.add_name(start, open_at, "Company", "wire-ticker")
    for i, text in enumerate(texts):
        if text != "<":
            continue
        close = next((k for k in range(i + 1, min(len(texts), i + MAX_BRACKETED)) if texts[k] in ("<", ">")), None)
        if close is None or texts[close] != ">" or (close == i + 2 and is_ticker(texts[i + 1])):
            continue
        found = _bracketed_name(finder, i + 1, close)
        if found is not None and not (found[1] - found[0] == 1 and found[0] in finder.gaz_at):
            finder.add_name(found[0], found[1], "Company", "wire-markup")


def inside_ticker(doc: Doc) -> set[int]:
    """Indices of the tokens of every "< TICKER >" group: no entity may start there."""
    if "<" not in doc.text:
        return set()
    return {k for start, end in ticker_brackets([t.text for t in doc]) for k in range(start, end)}
