"""``kg_entities``: one entity per real thing inside a document, written to ``doc.ents``.

Combines gazetteer matches, context-typed names (:mod:`kg.nlp.names`) and, when
a trained pipeline is loaded, its NER. Overlaps keep the longest span, the
gazetteer winning ties (it carries the Q-id). Each entity gets a key in
``doc.ents[i].kb_id_``:

* ``gaz:<id>`` for gazetteer entries (so "Moscow-led" and "Moscow" are one node);
* ``<Class>:<canonical name>`` otherwise, where a person's canonical name is the
  longest full name the article gives ("Nazarbayev" -> "Nursultan Nazarbayev").

A name found once is found everywhere in the article ("Rosatom", "Pannier").
``doc._.kg_entities`` maps each key to its :class:`EntityInfo`.
Demonyms become ``Country`` mentions with ``id_ == "demonym"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.gazetteer import GazEntry, load_gazetteer
from kg.nlp.gazetteer_ruler import DEMONYM, OTHER_TOWNS, SPANS_KEY as GAZ_KEY
from kg.nlp.name_resolution import (
    BODY_CLASSES, ambiguous_surnames, body_canonical, defined_acronyms, person_canonical, propagate, titled_surnames,
)
from kg.nlp.lexicon import LEGAL_FORMS, ORG_HEADS, PORTFOLIOS, STATE_GROUP_NOUNS
from kg.nlp.name_passes import CENTRAL_BANK, central_bank_state
from kg.nlp.names import NAMES_KEY
from kg.nlp.role_phrases import role_at
from kg.nlp.wire_markup import inside_ticker
from kg.nlp.parties import PARTY_ADJECTIVE, named_party_adjectives, party_adjectives, qualified_names, story_country

#: trained-model NER label -> our class (GPE is refined through the gazetteer)
MODEL_LABELS = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}


@dataclass
class EntityInfo:
    """What the document says about one entity (mutable while the pipeline runs)."""

    key: str
    label: str
    cls: str
    qid: str = ""
    gaz_id: str = ""
    forms: set[str] = field(default_factory=set)
    #: the gazetteer id of the state a body named without one belongs to ("Foreign Ministry (Norway)": "norway")
    state: str = ""
    #: was that state named with the body ("Norway's Foreign Ministry"), or is it the story's (a guess)?
    state_named: bool = False


def _register(Doc_: type[Doc] = Doc) -> None:
    for name in ("kg_entities", "kg_matches"):
        if not Doc_.has_extension(name):
            Doc_.set_extension(name, default=None)


ORG_LABELS = frozenset({"Organization", "InternationalOrganization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})


def _title_before_a_name(span: Span, person_starts: set[int]) -> bool:
    """A gazetteer office named like its holder's title, right before a name: "U.S. Trade Representative
    Clayton Yeutter" is the man's title (the office of the Trade Representative is named elsewhere)."""
    if span.id_ != "gazetteer" or span.label_ not in ORG_LABELS or span.end not in person_starts:
        return False
    return any((found := role_at(span.doc, k)) is not None and found[1] == span.end for k in range(span.start, span.end))


#: the bodies a story names without their state ("the Senate voted"): the story state's own, when the gazetteer has one
CHAMBER_NAMES = (("House", "of", "Representatives"), ("House", "of", "Commons"), ("House", "of", "Lords"), ("National", "Assembly"),
                 ("Supreme", "Court"), ("Senate",), ("Congress",), ("House",))
#: chambers named by a short word, read only after "the" ("the Speaker of the House"): the gazetteer's names to look up
SHORT_CHAMBERS = {("House",): ("house of representatives", "house of commons")}
CHAMBER_FIRST_WORDS = frozenset(words[0] for words in CHAMBER_NAMES)


SUBNATIONAL = frozenset({"state", "provincial", "regional", "local", "city", "county", "municipal", "territorial"})


def story_chambers(doc: Doc, candidates: list[Span]) -> list[Span]:
    """ "The Senate", "the House of Representatives" in a story set in one state: that state's chamber.

    Only a capitalised name standing alone (not "State Senate", not inside another name) and only
    when the gazetteer knows exactly one such body of the story's state (:func:`story_country`).
    """
    covered = {i for span in candidates for i in range(span.start, span.end)}
    state = None
    found: list[Span] = []
    for i, token in enumerate(doc):
        if token.text not in CHAMBER_FIRST_WORDS:
            continue
        for words in CHAMBER_NAMES:
            end = i + len(words)
            if token.text != words[0] or end > len(doc) or tuple(t.text for t in doc[i:end]) != words:
                continue
            if any(k in covered for k in range(i, end)) or i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ != "the" \
                    or end < len(doc) and (doc[end].is_title or doc[end].lower_ == "of") or i > 0 and doc[i - 1].lower_ in SUBNATIONAL:
                break  # "Senate Majority Leader", "the Senate of the state", "North Carolina's state Senate"
            if words in SHORT_CHAMBERS and not (i > 0 and doc[i - 1].lower_ == "the"):
                break  # "House Speaker", "a house": the short name only as "the House"
            state = state if state is not None else (story_country(doc) or "") if not local_story(doc) else ""
            names = SHORT_CHAMBERS.get(words, (" ".join(words).lower(),))
            entry = next(filter(None, (load_gazetteer().chamber(state, name) for name in names)), None) if state else None
            if entry is not None:
                found.append(Span(doc, i, end, label=entry.cls, kb_id=entry.id, span_id="story-chamber"))
            break
    return found


LOCAL_STORY_KEY = "kg_local_story"


def local_story(doc: Doc) -> bool:
    """Does the story name a dependent territory twice or more (Puerto Rico)? Its "Senate" may then be the
    territory's own, not the country's. Read from the gazetteer's spans once, before entities are merged
    (:func:`merge_candidates` asks first; later stages read the stored answer)."""
    if LOCAL_STORY_KEY not in doc.user_data:
        gaz = load_gazetteer()
        counts: dict[str, int] = {}
        for span in doc.spans.get(GAZ_KEY, []):
            entry = gaz.entries.get(span.kb_id_)
            if entry is not None and entry.territory:
                counts[entry.id] = counts.get(entry.id, 0) + 1
        doc.user_data[LOCAL_STORY_KEY] = any(n >= 2 for n in counts.values())
    return doc.user_data[LOCAL_STORY_KEY]


def _title_state(span: Span) -> Span | None:
    """The state a title read out of a gazetteer office starts with ("U.S." of "U.S. Trade Representative")."""
    gaz = load_gazetteer()
    for end in range(span.end - 1, span.start, -1):
        entry = gaz.lookup(span.doc[span.start:end].text)
        if entry is not None and entry.cls == "Country":
            return Span(span.doc, span.start, end, label="Country", kb_id=entry.id, span_id="gazetteer")
    entry = gaz.demonym_country(span.doc[span.start].text)
    return Span(span.doc, span.start, span.start + 1, label="Country", kb_id=entry.id, span_id="demonym") if entry is not None else None


def town_regions(doc: Doc, chosen: list[Span]) -> dict[str | int, str]:
    """Unknown towns the story names with their region or state ("Portland, Maine", "BADEN, Switzerland"): name -> the
    region's name. Such a town's key is made of "Portland (Maine)" (its label stays "Portland", "Portland, Maine" an
    altLabel): towns of one name in many states stay apart, and every mention of it in the story is that town.
    Keyed by the casefolded name (empty when the story names two towns so) and by the start of each mention named with
    its region."""
    gaz = load_gazetteer()
    after = {s.start: s for s in doc.spans.get(GAZ_KEY, []) if s.label_ in ("Place", "Country")}
    out: dict[str | int, str] = {}
    for span in chosen:
        if span.kb_id_ or span.label_ not in ("City", "Place") or span.end + 1 >= len(doc) or doc[span.end].text != ",":
            continue
        region = after.get(span.end + 1)
        entry = gaz.entries.get(region.kb_id_) if region is not None else None
        if entry is not None:
            name = " ".join(span.text.split())
            name = " ".join(word.capitalize() for word in name.split()) if name.isupper() else name
            out[span.start] = entry.name
            out[name.casefold()] = entry.name if out.get(name.casefold(), entry.name) == entry.name else ""
    return out


def entity_key(entry: GazEntry | None, cls: str, label: str) -> str:
    return f"gaz:{entry.id}" if entry else f"{cls}:{' '.join(label.split()).casefold()}"


#: a demonym and the people who act for its state, read as the state ("Soviet officials", "Chinese diplomats"):
#: a Country mention that names no form of the country
STATE_GROUP = "state-group"


@Language.component("kg_entities", requires=["doc.spans"], assigns=["doc.ents"])
def merge_candidates(doc: Doc) -> Doc:
    """Choose entity spans, resolve names within the document, set ``doc.ents``."""
    _register()
    gaz = load_gazetteer()
    candidates: list[Span] = []
    for span in doc.spans[GAZ_KEY] if GAZ_KEY in doc.spans else ():
        if span.label_ == DEMONYM:
            group = span.end < len(doc) and doc[span.end].lower_ in STATE_GROUP_NOUNS
            candidates.append(Span(doc, span.start, span.end + group, label="Country", kb_id=span.kb_id_,
                                   span_id=STATE_GROUP if group else "demonym"))
        else:
            candidates.append(Span(doc, span.start, span.end, label=span.label_, kb_id=span.kb_id_, span_id="gazetteer"))
    other_towns = doc.user_data.get(OTHER_TOWNS, set())
    for span in doc.spans[NAMES_KEY] if NAMES_KEY in doc.spans else ():
        if span.label_ in ("City", "Place") and " ".join(span.text.split()).casefold() in other_towns:
            entry = None  # "PARIS, Texas": another town of a known city's name
        else:
            entry = gaz.lookup(span.text) or (_known_company(span.text) if span.label_ == "Company" else None)
        candidates.append(Span(doc, span.start, span.end, label=entry.cls if entry else span.label_, kb_id=entry.id if entry else "", span_id=span.id_))
    for ent in doc.ents:  # a trained model's NER, when there is one
        cls = MODEL_LABELS.get(ent.label_)
        if cls:
            entry = gaz.lookup(ent.text)
            candidates.append(Span(doc, ent.start, ent.end, label=entry.cls if entry else cls, kb_id=entry.id if entry else "", span_id="model"))
    local_story(doc)  # answered while the gazetteer's spans still index this document
    candidates += story_chambers(doc, candidates)
    person_starts = {s.start for s in candidates if s.label_ == "Person"}
    titles = [s for s in candidates if _title_before_a_name(s, person_starts)]
    candidates = [s for s in candidates if s not in titles] + [state for s in titles if (state := _title_state(s)) is not None]
    gaz_spans = list(doc.spans[GAZ_KEY]) if GAZ_KEY in doc.spans else []
    # first: on a tie with the context-typed "Democratic Party" the US party wins
    candidates = (party_adjectives(doc, gaz_spans, {s.start for s in candidates if s.label_ == "Person"})
                  + qualified_names(doc, gaz_spans) + candidates)
    tickers = inside_ticker(doc)  # "<GE>" after "General Electric Co" is a stock symbol, no mention
    chosen = filter_spans([span for span in candidates if span.start not in tickers])
    chosen = propagate(doc, chosen)
    ambiguous = ambiguous_surnames(chosen)
    chosen = [s for s in chosen if not (s.label_ == "Person" and len(s) == 1 and s.text in ambiguous and s.id_ != "gazetteer")]
    chosen = titled_surnames(doc, chosen)
    chosen, acronym_owner = defined_acronyms(doc, chosen)
    adjectives, party_owner = named_party_adjectives(doc, chosen, {s.start for s in chosen if s.label_ == "Person"})
    if adjectives:
        chosen = sorted(chosen + adjectives, key=lambda span: span.start)
        acronym_owner.update(party_owner)
    infos: dict[str, EntityInfo] = {}
    persons = person_canonical(chosen)
    bodies = body_canonical(chosen)
    country_before = {s.end: s for s in doc.spans.get(GAZ_KEY, []) if s.label_ in ("Country", DEMONYM)}
    towns = town_regions(doc, chosen)
    final: list[Span] = []
    for span in chosen:
        also: str | None = None  # another name of a government body qualified by its state ("Tunisian Parliament")
        state = ""  # the state of such a body
        keyed = ""  # the name the key is made of, when not the label: a town qualified by its region
        entry = gaz.entries.get(span.kb_id_) if span.kb_id_ else None
        if entry is not None and entry.cls == "GovernmentBody" and (own := _other_state_body(doc, span, entry, country_before)) is not None:
            entry, span = None, Span(doc, own, span.end, label="GovernmentBody", span_id=span.id_)  # "Argentina's National Congress"
        if span.id_ == CENTRAL_BANK:
            entry, also = _central_bank(doc, span)
            if entry is None and also is None:
                continue  # its state is not the gazetteer's: no node for a description
        if entry is None and span.label_ == "Person":
            canonical = persons.get(span.text, span.text)
            entry = gaz.lookup(canonical)
        else:
            name = " ".join(span.text.split())
            if len(span) == 1 and span.label_ in BODY_CLASSES:
                name = bodies.get(name, name)  # "Senate" after "the Puerto Rico Senate": the body's name
            canonical = entry.name if entry else acronym_owner.get(span.start, name)
            if entry is None and span.id_ == CENTRAL_BANK and also is not None:
                canonical, also = also.split("|")
            elif entry is None and span.label_ == "GovernmentBody":
                canonical, also, state = _qualified(doc, span, canonical, country_before, story_country(doc))
            elif entry is None and len(canonical.split()) > 1 and _stray_period(canonical.split()[-1]):
                canonical = canonical[:-1]  # "Tellmark Corp." is the Tellmark Corp named elsewhere (not "Tellmark S.A.")
            elif entry is None and span.id_ == "place-dateline":
                canonical = " ".join(word.capitalize() for word in name.split())  # "HORSHAM, Pa., June 18 -": Horsham
            if entry is None and span.label_ in ("City", "Place") and (region := towns.get(span.start) or towns.get(canonical.casefold())):
                keyed, also = f"{canonical} ({region})", f"{canonical}, {region}"  # one node per Portland, its label plain
        cls = entry.cls if entry else span.label_
        if span.id_ == "demonym":
            cls = "Country"
        key = entity_key(entry, cls, keyed or canonical)
        info = infos.setdefault(key, EntityInfo(key, entry.name if entry else canonical, cls, entry.qid if entry else "", entry.id if entry else "",
                                                state=state, state_named=bool(state) and _owner(doc, span.start, country_before) is not None))
        if span.id_ not in ("demonym", STATE_GROUP, PARTY_ADJECTIVE):
            info.forms.add(" ".join(span.text.split()))
        if also:
            info.forms.add(also)
        if cls == "Person" and span.start > 0 and doc[span.start - 1].lower_ in ROYAL_TITLES and doc[span.start - 1].is_title:
            info.forms.add(f"{doc[span.start - 1].text} {' '.join(span.text.split())}")  # "Prince Charles" is its name too
        final.append(Span(doc, span.start, span.end, label=cls, kb_id=key, span_id=span.id_))
    doc.ents = final
    doc._.kg_entities = infos
    return doc


def _central_bank(doc: Doc, span: Span) -> tuple[GazEntry | None, str | None]:
    """The central bank of the state named with "central bank" (before it, or after "of"; else the story's state, for
    "the Reserve Bank" on its own): the gazetteer's entry, or
    else ``"Central Bank (<state>)|<Demonym> central bank"`` (its name and another form) for a state with none there."""
    gaz = load_gazetteer()
    gaz_at = {i: s for s in doc.spans.get(GAZ_KEY, []) for i in range(s.start, s.end)}
    owner = central_bank_state(doc, span.start, gaz_at)
    state = gaz.entries.get(owner.kb_id_) if owner is not None else gaz.entries.get(story_country(doc) or "")
    if state is None or state.cls != "Country":
        return None, None
    bank = gaz.central_bank(state.id)
    if bank is not None:
        return bank, f"{state.demonyms[0]} central bank" if state.demonyms else None
    return None, f"Central Bank ({state.name})|{state.demonyms[0] if state.demonyms else state.name} central bank"


def _stray_period(word: str) -> bool:
    """Is the final period of a legal form an abbreviation's or a sentence's, either way no part of the name ("Corp.");
    not for a dotted form ("S.A.", "N.V.")?"""
    return word.endswith(".") and "." not in word[:-1] and word.lower() in LEGAL_FORMS


def _known_company(name: str) -> GazEntry | None:
    """The gazetteer's company that ``name`` is without its legal form: "General Electric Co", "Mitsui Co Ltd"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in LEGAL_FORMS:
        words.pop()
    if len(words) == len(name.split()):
        return None
    entry = load_gazetteer().lookup(" ".join(words))
    return entry if entry is not None and entry.cls in ("Company", "MediaOrganization") else None


#: titles that are part of how a royal is called ("Prince Charles", "King Fahd"): kept as an altLabel
ROYAL_TITLES = frozenset({"prince", "princess", "king", "queen", "emir", "sultan", "sheikh", "duke", "duchess", "shah"})
#: words of a government body's name that every state's body of that kind shares ("Foreign Ministry")
GENERIC_BODY_WORDS = frozenset(ORG_HEADS) | frozenset(word for portfolio in PORTFOLIOS for word in portfolio) | frozenset({
    "national", "supreme", "central", "federal", "state", "foreign", "constitutional", "high", "general", "public",
    "armed", "legislative", "upper", "lower", "of", "the", "and", "for", "people's", "presidential", "royal", "prime",
    "minister's", "office", "electoral", "election", "elections", "cabinet", "government", "defence", "defense"})


def _other_state_body(doc: Doc, span: Span, entry: GazEntry, country_before: dict[int, Span]) -> int | None:
    """ "Argentina's National Congress": a state's own body, not the gazetteer's body of another state.

    Returns where the body's name starts (after the possessive, its capitalised words included), or None.
    """
    start = span.start
    while start > 0 and span.start - start < 2 and doc[start - 1].is_title and start not in country_before:
        start -= 1  # "National" in "Argentina's National Congress"; not past "Argentine" in "Argentine Congress"
    owner = _owner(doc, start, country_before)
    if not entry.country or owner is None or owner.kb_id_ == entry.country:
        return None
    return start


def _owner(doc: Doc, start: int, country_before: dict[int, Span]) -> Span | None:
    """The country or demonym right before token ``start`` ("Thailand's", "Argentine"), if any."""
    return country_before.get(start - 1 if start > 0 and doc[start - 1].norm_ == "'s" else start)


def _qualified(doc: Doc, span: Span, name: str, country_before: dict[int, Span], story: str | None) -> tuple[str, str | None, str]:
    """ "Thailand's Commerce Ministry" -> "Commerce Ministry (Thailand)": one node per state's ministry.

    A government body named without its state ("Central Bank", "Foreign Ministry")
    would otherwise merge with every other state's body of that name; with no state
    before it, it is the body of the state the story is set in (when there is one).
    Returns the name and, when qualified, its demonym form ("Norwegian Foreign Ministry") and the state's id.
    """
    gaz = load_gazetteer()
    owner = _owner(doc, span.start, country_before)
    if owner is None and not all(word in GENERIC_BODY_WORDS for word in name.lower().split()):
        return name, None, ""  # "Southern Transitional Council" names one body; "Foreign Ministry" one per state
    entry = gaz.entries.get(owner.kb_id_) if owner is not None else gaz.entries.get(story or "")
    if entry is None:
        return name, None, ""
    return f"{name} ({entry.name})", f"{entry.demonyms[0]} {name}" if entry.demonyms else None, entry.id


@Language.component("kg_merge", requires=["doc.ents"])
def merge_ents(doc: Doc) -> Doc:
    """Merge each entity into one token, keeping its type, key and cue (like spaCy's merge_entities)."""
    with doc.retokenize() as retokenizer:
        for ent in doc.ents:
            if len(ent) > 1:
                retokenizer.merge(ent, attrs={"ENT_TYPE": ent.label, "ENT_KB_ID": ent.kb_id, "ENT_ID": ent.id, "ENT_IOB": 3})
    return doc
