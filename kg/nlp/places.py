"""Place names the gazetteer does not know, typed by the place that contains them.

Two cues, both read by :func:`kg.nlp.name_passes.find_names`:

* a name followed by a comma and a known country or first-level region, after a
  word that introduces a place: "visiting Kenosha, Wisconsin", "born in
  Kutama, Zimbabwe", "the port town of Mokha, Yemen";
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

from kg.gazetteer import load_gazetteer

if TYPE_CHECKING:
    from kg.nlp.names import NameFinder

#: words after which "Name, Region" names a place ("in Kutama, Zimbabwe", "visiting Kenosha, Wisconsin")
PLACE_INTRODUCERS = frozenset({"in", "at", "near", "from", "outside", "of", "to", "into", "visiting", "visited",
                               "visit", "town", "city", "village", "port", "toward", "towards", "across"})
#: place nouns that give their name with "of": "the city of Aden", "the island of Samos"
PLACE_NOUNS_OF = frozenset({"city", "town", "village", "port", "island", "islands", "province", "region", "district",
                            "state", "county", "municipality", "settlement", "enclave", "oblast", "governorate",
                            "prefecture", "kingdom", "emirate", "territory"})
MAX_PLACE_NAME = 3


def _container(finder: "NameFinder", i: int) -> bool:
    """Token ``i`` starts a known country, or a known region inside a country (not a sea or a continent)."""
    span = finder.gaz_at.get(i)
    if span is None or span.start != i:
        return False
    if span.label_ == "Country":
        return True
    return span.label_ == "Place" and bool(load_gazetteer().entry(span.kb_id_).country)


def places_before_regions(finder: "NameFinder") -> None:
    """ "visiting Kenosha, Wisconsin": an unknown name, a comma, a known region."""
    doc = finder.doc
    for i, token in enumerate(doc):
        if token.text != "," or i < 2 or i + 1 >= len(doc) or not _container(finder, i + 1):
            continue
        after = finder.gaz_at[i + 1].end
        if after < len(doc) and (doc[after].norm_ == "'s" or doc[after].text[:1].isupper() and doc[after].is_alpha):
            continue  # "in Paris, France's ...", "in London, Britain Ltd": not a place and its container
        start = finder.name_before(i)
        if start is None or start == 0 or i - start > MAX_PLACE_NAME or any(k in finder.gaz_at for k in range(start, i)):
            continue
        if doc[start - 1].lower_ in PLACE_INTRODUCERS:
            finder.add_name(start, i, "Place", "place-in-region")


def places_after_nouns(finder: "NameFinder") -> None:
    """ "the city of Aden", "the Greek island of Samos": a place noun, "of", a capitalised name."""
    doc = finder.doc
    for i, token in enumerate(doc[:-2]):
        if token.lower_ not in PLACE_NOUNS_OF or not token.is_lower or doc[i + 1].lower_ != "of" or not finder._determined(i):
            continue
        start = i + 2
        if start in finder.gaz_at:
            continue  # a known place: the gazetteer types it
        end = finder.name_from(start)
        if end is not None and end - start <= MAX_PLACE_NAME and not any(k in finder.gaz_at for k in range(start, end)):
            finder.add_name(start, end, "Place", "place-noun-of")
