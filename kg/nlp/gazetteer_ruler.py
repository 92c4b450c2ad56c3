"""``kg_gazetteer``: mark every gazetteer name, alias and demonym in the text.

A case-sensitive :class:`~spacy.matcher.PhraseMatcher` over the surface forms
(and their all-capitals variants, for wire headlines such as "SAUDI ARABIA'S
KING FAHD"). Results go to ``doc.spans["kg_gazetteer"]``: label = the entry's
class (or ``Demonym``), ``kb_id_`` = the gazetteer id. Overlaps keep the
longest match.

Two readings need the neighbours: a name the gazetteer gives to two places is the one the places around it say
("Atlanta, Georgia": the U.S. state), and a known city named with a region of another state is another town of
its name ("PARIS, Texas": no gazetteer id).
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer, load_gazetteer
from kg.nlp.lexicon import REGION_ADJECTIVE_HEADS

SPANS_KEY = "kg_gazetteer"
DEMONYM = "Demonym"


@Language.factory("kg_gazetteer")
def make_gazetteer_ruler(nlp: Language, name: str) -> "GazetteerRuler":
    return GazetteerRuler(nlp, load_gazetteer())


class GazetteerRuler:
    """Phrase matcher over the gazetteer's surface forms."""

    def __init__(self, nlp: Language, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}  # match id -> (label, entry id)
        forms: dict[str, tuple[str, str]] = {}
        for form, entry_id in gaz.by_form.items():
            forms[form] = (gaz.entries[entry_id].cls, entry_id)
        for form, entry_id in gaz.by_demonym.items():
            forms.setdefault(form, (DEMONYM, entry_id))
        for form, value in list(forms.items()):
            upper = form.upper()
            if len(form) >= 4 and upper != form:
                forms.setdefault(upper, value)
        for form, value in forms.items():
            key = f"{value[0]}|{value[1]}"
            match_id = nlp.vocab.strings.add(key)
            self.labels[match_id] = value
            self.matcher.add(key, [nlp.make_doc(form)])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        matches = self.matcher(doc)
        known = {i for _, start, end in matches for i in range(start, end)}
        for match_id, start, end in matches:
            if _inside_compound(doc, start, end, known):
                continue
            label, entry_id = self.labels[match_id]
            if label == DEMONYM and start > 0 and doc[start - 1].lower_ in REGION_ADJECTIVE_HEADS and doc[start - 1].is_title:
                continue  # "Latin American", "South American": a region's adjective, not the state's
            if label in ("City", "Place") and end < len(doc) and doc[end].text in COUNTY_WORDS:
                continue  # "San Diego County": a county named after its town (the name finder names it)
            if label == "City" and start >= 2 and doc[start - 1].text == "," and doc[start - 2].text in COUNTY_WORDS \
                    and (state := self.gaz.state_named_like(doc[start:end].text, self.gaz.entries[entry_id])) is not None:
                label, entry_id = state.cls, state.id  # "Westchester County, New York": the state, not the city
            if label == "City" and end < len(doc) and doc[end].text == "City" and end not in known:
                end += 1  # "Davao City", "Cebu City": the city's name with the word, not a name "City" of its own
            spans.append(Span(doc, start, end, label=label, kb_id=entry_id))
        spans.extend(_postal_abbreviations(doc, self.gaz))
        doc.spans[SPANS_KEY] = _other_towns(_namesakes(filter_spans(spans), self.gaz), self.gaz)
        return doc


#: ``doc.user_data`` key: the casefolded names of known cities the story uses for other towns ("PARIS, Texas")
OTHER_TOWNS = "kg_other_towns"


def _other_towns(spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """A known city named with a region or state it does not lie in is another town of its name: "PARIS, Texas",
    "LONDON, Ontario", "HANOVER, Mass." are no capitals of Europe, but towns the gazetteer does not know. A
    historical state may still hold it ("MOSCOW, USSR")."""
    by_start = {span.start: span for span in spans}

    def named_with(span: Span) -> Span | None:  # the place named after the city and a comma, if any
        return by_start.get(span.end + 1) if span.end < len(span.doc) and span.doc[span.end].text == "," else None

    def own_state_after(span: Span) -> bool:  # "Paris, France" later in a story that also has "PARIS, Texas"
        after, entry = named_with(span), gaz.entries[span.kb_id_]
        region = gaz.entries.get(after.kb_id_) if after is not None else None
        return region is not None and entry.country in (region.id, region.country)

    other = set()
    for span in spans:
        entry = gaz.entries.get(span.kb_id_) if span.label_ == "City" else None
        after = named_with(span) if entry is not None else None
        region = gaz.entries.get(after.kb_id_) if after is not None and after.label_ in ("Place", "Country") else None
        if region is not None and region.cls == "Country" and after.end < len(span.doc) and span.doc[after.end].is_alpha:
            region = None  # "in Paris, Japan promised": a state that begins the next clause ("Valencia, Venezuela, said" is a town's)
        following = by_start.get(after.end + 1) if region is not None and after.end + 1 < len(span.doc) \
            and span.doc[after.end].lower_ in PLACE_LIST_JOINERS else None
        if following is not None and following.kb_id_ not in (region.country, region.within):
            region = None  # "talks in Paris, Bavaria, Germany and Spain": a list ("Paris, Texas, USA" is a town's)
        if region is not None and entry.country and not region.historical \
                and (region.id if region.cls == "Country" else region.country) not in (entry.country, ""):
            other.add(span.kb_id_)
    if not other:
        return spans
    # every mention of the name in the story is that town ("Moscow, Idaho ... Moscow is small"): the name finder reads
    # it ("EAST HANOVER, N.J."), and the entity stage gives it no id of the gazetteer
    doc = spans[0].doc
    dropped = [s for s in spans if s.kb_id_ in other and s.label_ == "City" and not own_state_after(s)]
    doc.user_data[OTHER_TOWNS] = {" ".join(s.text.split()).casefold() for s in dropped}
    return [s for s in spans if s not in dropped]


#: what joins the items of a list of places ("Florida, Georgia and South Carolina")
PLACE_LIST_JOINERS = frozenset({",", "and", "or"})


def _namesakes(spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """A name the gazetteer gives to two places is the one its neighbours say: "Georgia" is the U.S. state in
    "Atlanta, Georgia" and in "Florida, Georgia and South Carolina" (places of the United States around it), the
    Caucasian republic elsewhere; "Seattle, Washington" and "Ohio, New York and Texas" name states, not cities (a
    city after "Town," or among regions is the region of its name). Only the gazetteer's own namesakes ("Georgia (U.S. state)") are chosen from."""
    if not any(span.kb_id_ in gaz.namesakes for span in spans):
        return spans
    doc = spans[0].doc
    by_end = {span.end: span for span in spans}
    by_start = {span.start: span for span in spans}

    def place_country(span: Span | None) -> str | None:
        entry = gaz.entries.get(span.kb_id_) if span is not None else None
        return entry.country if entry is not None and entry.cls in ("City", "Place") and entry.country else None

    out = []
    for span in spans:
        entry = gaz.entries[span.kb_id_] if span.kb_id_ in gaz.namesakes else None
        if entry is None:
            out.append(span)
            continue
        own = entry.id if entry.cls == "Country" else entry.country
        after = by_start.get(span.end + 1) if span.end < len(doc) and doc[span.end].lower_ in PLACE_LIST_JOINERS else None
        # "Atlanta, Georgia": the town's region; not "Baltimore, Washington and Philadelphia" (a list of cities) nor
        # "Indianapolis, New York's Kennedy Airport" (the city's airport)
        possessive = span.end < len(doc) and doc[span.end].norm_ in ("'s", "’s")
        before = by_end.get(span.start - 1) if span.start >= 1 and doc[span.start - 1].text == "," and after is None \
            and not possessive else None
        town = place_country(before)
        neighbours = [n for n in (by_end.get(span.start - 1) if span.start >= 1 and doc[span.start - 1].lower_ in PLACE_LIST_JOINERS else None,
                                  after) if n is not None]
        countries = {place_country(n) for n in neighbours}
        listed = next(iter(countries)) if len(countries) == 1 and None not in countries else None
        # "Ohio, New York and Texas", "in Kano, Niger and Sokoto states": states, not cities
        regions = bool(neighbours) and all(n.label_ == "Place" for n in neighbours)
        kinds = _before_region_kind(doc, span, by_start)
        chosen = None
        for other in (gaz.entries[i] for i in gaz.namesakes[entry.id]):
            # a city named among its country's regions, or after a town of its country, is the region of its name
            region = entry.cls == "City" and other.cls == "Place" and other.country == entry.country \
                and (regions and listed == other.country or town == other.country or kinds)
            if listed == other.country != own or town == other.country != own or region:
                chosen = other
                break
        out.append(span if chosen is None else Span(doc, span.start, span.end, label=chosen.cls, kb_id=chosen.id))
    return out


#: plural words after a list of places that say they are regions ("in Kano, Niger and Sokoto states")
REGION_KINDS = frozenset({"states", "provinces", "regions", "governorates", "prefectures", "oblasts"})


def _before_region_kind(doc: Doc, span: Span, by_start: dict[int, Span]) -> bool:
    """Does the list of places the span is in end before a plural region word ("Kano, Niger and Sokoto states")?"""
    while span.end + 1 < len(doc) and doc[span.end].lower_ in PLACE_LIST_JOINERS and (after := by_start.get(span.end + 1)) is not None:
        span = after
    return span.end < len(doc) and doc[span.end].lower_ in REGION_KINDS


#: words that end a county's name ("Westchester County", "Orleans Parish")
COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})
#: postal abbreviations that are also titles or words before a name ("Miss. Ruiz", "Ind. candidate")
TITLE_LIKE = frozenset({"Miss.", "Ind.", "Mo."})


def _postal_abbreviations(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """ "HORSHAM, Pa., June 18", "in Buford, Ga.": a state's or province's postal abbreviation right after
    "<Town>," is that state. Nowhere else: "Miss." or "Ind." on their own are other words."""
    spans = []
    for token in doc[2:]:
        entry_id = gaz.by_postal.get(token.text)
        if entry_id is None or doc[token.i - 1].text != "," or not doc[token.i - 2].is_alpha \
                or not (doc[token.i - 2].is_title or doc[token.i - 2].is_upper):
            continue
        if not token.text.endswith(".") and not (token.i + 1 < len(doc) and doc[token.i + 1].text == "."):
            continue  # "Tex" only when its period follows as a token of its own
        after = next((t for t in doc[token.i + 1:token.i + 3] if t.text != "."), None)
        if token.text in TITLE_LIKE and after is not None and after.is_title and after.is_alpha and after.lower_ not in STOP_WORDS:
            continue  # "Speaking to Jones, Miss. Ruiz said": a title before a name ("in Biloxi, Miss. The city" is a place)
        spans.append(Span(doc, token.i, token.i + 1, label=gaz.entries[entry_id].cls, kb_id=entry_id))
    return spans


def _inside_compound(doc: Doc, start: int, end: int, known: set[int]) -> bool:
    """An acronym glued by a hyphen to an unknown capitalised word is part of a longer name: "CBN" in
    "ABS-CBN" is no Central Bank of Nigeria. Two known names stay ("US-UK deal", "EU-US summit")."""
    if end - start != 1 or not doc[start].text.isupper():
        return False

    def glued(hyphen: int, other: int) -> bool:
        return doc[hyphen].text == "-" and not any(t.whitespace_ for t in doc[min(start, other):max(start, other)]) \
            and doc[other].text.isupper() and doc[other].is_alpha and other not in known

    return (start >= 2 and glued(start - 1, start - 2)) or (end + 1 < len(doc) and glued(end, end + 1))
