"""Place names the gazetteer does not know, typed by the place that contains them.

Three cues, all read by :func:`kg.nlp.name_passes.find_names`:

* a name followed by a comma and a known country or first-level region, after a
  word that introduces a place: "visiting Kenosha, Wisconsin", "born in
  Kutama, Zimbabwe", "the port town of Mokha, Yemen", "in Buford, Ga."; or opening a
  wire dateline with a state's postal abbreviation: "HORSHAM, Pa., June 18 -";
* a name after "in" followed by "in" and a known country or region: "in Maidan Shahr in Afghanistan";
* a place noun with "of": "the city of Aden", "the Greek island of Samos",
  "the port town of Mokha".

The containing place makes the ``locatedIn`` relation (rules ``located-comma``
and ``located-noun-of`` in :mod:`kg.nlp.rules`); here only the name is typed.

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("Riots broke out in Kenosha, Wisconsin, last week.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Kenosha', 'Place'), ('Wisconsin', 'Place')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.gazetteer import load_gazetteer
from kg.nlp.dateline import is_date_word
from kg.nlp.lexicon import PART_NOUNS, REGION_HEADS
from kg.nlp.patterns import WORD_SETS

if TYPE_CHECKING:
    from kg.nlp.names import NameFinder

#: words after which "Name, Region" names a place ("in Kutama, Zimbabwe", "visiting Kenosha, Wisconsin")
PLACE_INTRODUCERS = frozenset({"in", "at", "near", "from", "outside", "of", "to", "into", "visiting", "visited",
                               "visit", "town", "city", "village", "port", "toward", "towards", "across"})
#: words before "<Town>, <Region> <noun>" where the two modify the noun ("a local Wilmington, North Carolina outlet")
MODIFIER_INTRODUCERS = frozenset({"a", "an", "the", "local"})
#: place nouns that give their name with "of": "the city of Aden", "the island of Samos"
PLACE_NOUNS_OF = frozenset({"city", "town", "township", "village", "port", "island", "islands", "province", "region", "district",
                            "state", "county", "municipality", "settlement", "enclave", "oblast", "governorate",
                            "prefecture", "kingdom", "emirate", "territory"})
#: the plural place nouns that give a list of names with "of": "the towns of Beni, Butembo and Katwa"
PLACE_NOUNS_OF_PLURAL = frozenset({"cities", "towns", "townships", "villages", "ports", "provinces", "regions", "districts", "states",
                                   "counties", "municipalities", "settlements", "governorates", "prefectures", "oblasts"})
MAX_PLACE_NAME = 3
MAX_PLACE_LIST = 8


def _container(finder: "NameFinder", i: int) -> bool:
    """Token ``i`` starts a known country, or a known region inside a country (not a sea or a continent)."""
    span = finder.gaz_at.get(i)
    if span is None or span.start != i:
        return False
    if span.label_ == "Country":
        return True
    return span.label_ == "Place" and bool(load_gazetteer().entry(span.kb_id_).country)


def places_before_regions(finder: "NameFinder") -> None:
    """ "visiting Kenosha, Wisconsin": an unknown name, a comma, a known region.

    Also the town of a wire dateline, named with its state or its state's postal abbreviation: "HORSHAM, Pa., June 18 -",
    "AKRON, Ohio, June 29 -", "LAUSANNE, Switzerland, June 19 -".
    """
    doc = finder.doc
    gaz = load_gazetteer()
    for i, token in enumerate(doc):
        if token.text != "," or i < 1 or i + 1 >= len(doc):
            continue
        k = i + 1
        if doc[k].lower_ == "in":  # "fighting in Jaffna, in northern Sri Lanka"
            k += 1
            while k < len(doc) and k - i <= 4 and doc[k].lower_ in WORD_SETS["part"]:
                k += 1
        if k >= len(doc) or not _container(finder, k) or k > i + 1 and finder.gaz_at[k].label_ != "Country":
            continue
        if k > i + 1:
            start = finder.name_before(i)
            if start is not None and 0 < start and i - start <= MAX_PLACE_NAME and doc[start - 1].lower_ in PLACE_INTRODUCERS \
                    and not any(j in finder.gaz_at for j in range(start, i)):
                finder.add_name(start, i, "Place", "place-in-region")
            continue
        after = finder.gaz_at[i + 1].end
        postal = doc[i + 1].text in gaz.by_postal  # "in Buford, Ga. The company ...": the abbreviation's period ends the sentence
        if after < len(doc) and (doc[after].norm_ == "'s" or doc[after].text[:1].isupper() and doc[after].is_alpha and not postal):
            continue  # "in Paris, France's ...", "in London, Britain Ltd": not a place and its container
        if (start := _dateline_town(doc, i, after)) is not None and not any(k in finder.gaz_at for k in range(start, i)):
            finder.add_name(start, i, "City", "place-dateline")
            continue
        start = finder.name_before(i)
        if start is None or start == 0 or i - start > MAX_PLACE_NAME or any(k in finder.gaz_at for k in range(start, i)):
            continue
        town = finder.gaz_at[i + 1].label_ == "Place" and not _place_word(doc[i - 1])
        if after + 1 < len(doc) and doc[after].text == ",":
            after += 1  # "Prince, a Lowell, Mass., producer of pasta": the wire sets the abbreviation off with commas
        modifier = town and doc[start - 1].lower_ in MODIFIER_INTRODUCERS and after < len(doc) and doc[after].is_lower and doc[after].is_alpha
        if doc[start - 1].lower_ in PLACE_INTRODUCERS or modifier:
            # a name before a state's region is a town ("in Kenosha, Wisconsin"); before a country, a town or a region;
            # "a Frederick, Maryland assisted living facility": a town and its region modify a noun
            finder.add_name(start, i, "City" if town else "Place", "place-in-region")


#: words after which "Name in Region" names a place ("landfall in Elbow Cay in the Bahamas"); not "at" or "from",
#: which also introduce firms ("works at Vexa Partners in London")
IN_INTRODUCERS = frozenset({"in", "near", "outside", "into", "across"})


def places_in_containers(finder: NameFinder) -> None:
    """ "a base in Maidan Shahr in Afghanistan": an unknown name after "in", then "in" and a known country or region.

    Like :func:`places_before_regions` with "in" for the comma; the name is a town when its container is a region.
    """
    doc = finder.doc
    for i, token in enumerate(doc):
        if token.lower_ != "in" or i < 2:
            continue
        k = i + 1
        while k < len(doc) and k - i <= 3 and (doc[k].lower_ in WORD_SETS["part"] or doc[k].lower_ in PART_NOUNS
                                               or doc[k].lower_ == "of" and doc[k - 1].lower_ in PART_NOUNS | WORD_SETS["part"]):
            k += 1  # "in the southern Philippines", "in the centre of Afghanistan"
        if k >= len(doc) or not _container(finder, k):
            continue
        start = finder.name_before(i)
        if start is None or start == 0 or i - start > MAX_PLACE_NAME or doc[start - 1].lower_ not in IN_INTRODUCERS \
                or any(k2 in finder.gaz_at for k2 in range(start, i)) or not doc[i - 1].is_alpha:
            continue
        town = finder.gaz_at[k].label_ == "Place" and not _place_word(doc[i - 1])
        finder.add_name(start, i, "City" if town else "Place", "place-in-container")


#: last words of a place's name that make it no town: "Westchester County, New York", "Bay Area, California"
REGION_WORDS = REGION_HEADS | frozenset({"parish", "area", "island", "islands", "bay", "coast", "lake", "river", "park",
                                         "reservation", "borough"})


def _place_word(token: Token) -> bool:
    return token.lower_ in REGION_WORDS or token.lower_.endswith("shire")  # "Oxfordshire, England": a county


def _dateline_town(doc: Doc, comma: int, after: int) -> int | None:
    """Where the town starts in "HORSHAM, Pa., June 18 -", "WHITE PLAINS, N.Y., March 3 -": capitals opening
    a line before the comma, the state's abbreviation, a comma and a date."""
    start = comma
    while start > 0 and comma - start < MAX_PLACE_NAME and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1
    if start == comma or start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_:
        return None
    if after < len(doc) and doc[after].text == ".":
        after += 1  # "Tex" "." split by the tokenizer
    dated = after + 1 < len(doc) and doc[after].text == "," and is_date_word(doc[after + 1])
    return start if dated else None


def places_after_nouns(finder: "NameFinder") -> None:
    """ "the city of Aden", "the Greek island of Samos": a place noun, "of", a capitalised name.

    A plural noun gives a list: "the towns of Beni, Butembo, and Katwa" types each name.
    """
    doc = finder.doc
    for i, token in enumerate(doc[:-2]):
        plural = token.lower_ in PLACE_NOUNS_OF_PLURAL
        if not (plural or token.lower_ in PLACE_NOUNS_OF) or not token.is_lower or doc[i + 1].lower_ != "of" \
                or not finder._determined(i):
            continue
        start = i + 2
        for _ in range(MAX_PLACE_LIST if plural else 1):
            end = finder.gaz_at[start].end if start in finder.gaz_at else finder.name_from(start)
            if end is None or end - start > MAX_PLACE_NAME:
                break
            if start not in finder.gaz_at and not any(k in finder.gaz_at for k in range(start, end)):
                finder.add_name(start, end, "Place", "place-noun-of")  # a known place: the gazetteer types it
            start = _next_list_item(doc, end)
            if start is None:
                break


def _next_list_item(doc: Doc, end: int) -> int | None:
    """The start of the next item of a list after token ``end`` (", X", " and X", ", and X"), if any."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in ("and", "or"):
        i += 1
    return i if end < i < len(doc) else None
