"""``kg_dateline``: the place line that opens a news story.

Wire stories open with a dateline: "ASTANA, Kazakhstan -", "LONDON, March 22 -", "HORSHAM, Pa., June 18 -",
or, in some agencies' style, "Azerbaijan, Baku, Oct. 10 / Trend". Reading it
gives the story's place (and "city in country", a locatedIn fact) and keeps the
dateline's country from being read as part of the first sentence
("ASTANA, Kazakhstan President Vladimir Putin" is not a Kazakh president).

Result: ``doc._.kg_dateline`` = :class:`Dateline` or None (merged-token indices).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.metadata import MONTHS

HEAD_TOKENS = 80  # a dateline is in the first lines


@dataclass(frozen=True)
class Dateline:
    """The dateline's place token, its country token (if named) and the token span it covers; ``region``: the
    state or province token of "HORSHAM, Pa., June 18 -" (the country then is not named)."""

    place: int
    country: int | None
    start: int
    end: int
    region: int | None = None


def _line_start(token: Token) -> bool:
    doc = token.doc
    return token.i == 0 or "\n" in doc[token.i - 1].whitespace_ or doc[token.i - 1].is_space


def is_date_word(token: Token) -> bool:
    """A month's name or abbreviation, or a number: the date of a dateline ("June 18", "Feb 26")."""
    return token.lower_.rstrip(".") in MONTHS or token.is_digit


def find_dateline(doc: Doc) -> Dateline | None:
    """The first dateline in the document's first lines, if any."""
    for token in doc[:HEAD_TOKENS]:
        if not _line_start(token) or token.ent_type_ not in ("City", "Country", "Place"):
            continue
        i = token.i
        if i + 2 >= len(doc) or doc[i + 1].text != ",":
            continue
        second = doc[i + 2]
        after = doc[i + 3] if i + 3 < len(doc) else None
        if token.ent_type_ in ("City", "Place") and second.ent_type_ == "Country" and second.ent_id_ != "demonym":
            if token.text.isupper() or (after is not None and (after.text in ("-", "—", "–", "(", ",") or is_date_word(after))):
                return Dateline(place=i, country=i + 2, start=i, end=i + 3)
        if token.ent_type_ == "Country" and second.ent_type_ in ("City", "Place") and after is not None and after.text == ",":
            if i + 4 < len(doc) and is_date_word(doc[i + 4]):
                return Dateline(place=i + 2, country=i, start=i, end=i + 3)
        if token.ent_type_ in ("City", "Place") and token.text.isupper() and second.ent_type_ == "Place" and after is not None:
            k = i + 4 if after.text == "." else i + 3  # "HORSHAM, Pa., June 18 -", "DALLAS, Tex., March 3 -"
            if k + 1 < len(doc) and doc[k].text == "," and is_date_word(doc[k + 1]):
                return Dateline(place=i, country=None, start=i, end=k, region=i + 2)
        if token.ent_type_ in ("City", "Place") and token.text.isupper() and is_date_word(second):
            return Dateline(place=i, country=None, start=i, end=i + 1)
    return None


@Language.component("kg_dateline")
def dateline(doc: Doc) -> Doc:
    """Store the document's dateline on ``doc._.kg_dateline``."""
    if not Doc.has_extension("kg_dateline"):
        Doc.set_extension("kg_dateline", default=None)
    doc._.kg_dateline = find_dateline(doc)
    return doc
