"""Names that depend on the story's country: "the Labour Party" in a British story, US party labels.

The gazetteer qualifies names that several countries use: "Labour Party (UK)",
"Labour Party (Norway)". In a story set in one country (see :func:`story_country`),
the bare name is that country's entity (:func:`qualified_names`).

US party labels are read as mentions of the parties: "Republican Senator Mitt Romney", "Tony Evers, a Democrat",
"Sen. David Boren (D-Okla.)" (that label is American wherever the story is set).

American news names a politician's party by an adjective, never by the party's
name. "Republican" and "Democrat(ic)" mean other parties elsewhere (Ireland,
Italy, Thailand), so they are read as the US parties only in a story set in the
United States: one where the gazetteer's US places and the United States
itself are named more than any other country, at least twice.

"the Democratic Party" / "the Republican Party" in such a story is the US party
(``id_`` = ``us-party-name``). The adjective becomes an entity span (label ``Organization``, ``id_`` =
``party-adjective``) when it qualifies a person: before a title or a name
("Republican Senator Ben Sasse", "Democratic presidential nominee Joe Biden",
"Republican Mitt Romney"), or as an apposition (", a Democrat,"). The role
reader (:mod:`kg.extract.roles`) turns it into ``memberOf``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer
from kg.nlp.gazetteer_ruler import SPANS_KEY as GAZ_KEY
from kg.nlp.names import is_cap
from kg.nlp.role_phrases import role_at

US = "united-states"
#: adjective -> gazetteer id of the US party
US_PARTIES = {"republican": "republican-party-us", "democratic": "democratic-party-us", "democrat": "democratic-party-us"}
PARTY_ADJECTIVE = "party-adjective"
US_PARTY_NAME = "us-party-name"
QUALIFIED_NAME = "qualified-name"


def story_country(doc: Doc) -> str | None:
    """The country the story is set in: the one its countries, places and bodies name most, at least twice.

    Read from the gazetteer's spans once per document (several stages ask: parties, bodies, coreference).
    """
    if STORY_KEY not in doc.user_data:
        doc.user_data[STORY_KEY] = _story_country(list(doc.spans[GAZ_KEY]) if GAZ_KEY in doc.spans else [])
    return doc.user_data[STORY_KEY]


STORY_KEY = "kg_story_country"
#: words after a state's name that make it a currency's ("U.S. Dlrs")
CURRENCY_WORDS = frozenset({"dlrs", "dlr", "dollar", "dollars", "cents", "currency"})


def _story_country(gaz_spans: list[Span]) -> str | None:
    gaz = load_gazetteer()
    counts: dict[str, int] = {}
    for span in gaz_spans:
        entry = gaz.entries.get(span.kb_id_)
        if entry is None or span.end < len(span.doc) and span.doc[span.end].lower_ in CURRENCY_WORDS:
            continue  # "53 billion U.S. Dlrs" names a currency, not where the story is
        state = entry.id if entry.cls == "Country" else entry.country
        if state:
            counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    return ranked[0][0]


def us_story(doc: Doc) -> bool:
    """Is the United States the country the story is set in?"""
    return story_country(doc) == US


@lru_cache(maxsize=None)
def _qualified_names(country: str) -> dict[tuple[str, ...], str]:
    """Base name words -> entry id, for the gazetteer's "Labour Party (UK)"-style names of one country."""
    gaz = load_gazetteer()
    out: dict[tuple[str, ...], str] = {}
    for entry in gaz.entries.values():
        if entry.country == country and entry.name.endswith(")") and " (" in entry.name:
            base = entry.name[:entry.name.rindex(" (")]
            out[tuple(base.lower().split())] = entry.id
    return out


def qualified_names(doc: Doc, gaz_spans: list[Span]) -> list[Span]:
    """ "the Labour Party" in a British story is "Labour Party (UK)"; in a Norwegian one, Norway's."""
    country = story_country(doc)
    if country is None:
        return []
    names = _qualified_names(country)
    if not names:
        return []
    gaz = load_gazetteer()
    covered = {i for s in gaz_spans for i in range(s.start, s.end)}
    firsts = {words[0] for words in names}
    spans = []
    for token in doc:
        if token.lower_ not in firsts or not token.text[:1].isupper() or token.i in covered:
            continue
        for words, entry_id in names.items():
            end = token.i + len(words)
            if tuple(t.lower_ for t in doc[token.i:end]) == words and not any(k in covered for k in range(token.i, end)) \
                    and all(t.text[:1].isupper() or t.is_lower and len(t) <= 3 for t in doc[token.i:end]):
                spans.append(Span(doc, token.i, end, label=gaz.entries[entry_id].cls, kb_id=entry_id, span_id=QUALIFIED_NAME))
                break
    return spans


#: words between a party adjective and the title it qualifies ("Democratic presidential nominee", "Republican
#: committee member")
TITLE_MODIFIERS = frozenset({"presidential", "vice-presidential", "state", "former", "committee", "party", "caucus", "panel",
                             "campaign", "congressional", "senate", "house"})


#: nouns for a politician that are no office, between a party's label and a name ("Democratic rival Joe Biden")
POLITICIAN_NOUNS = frozenset({"rival", "rivals", "challenger", "opponent", "contender", "hopeful", "incumbent", "lawmaker",
                              "lawmakers", "congressman", "congresswoman", "legislator", "strategist", "operative",
                              "activist", "politician", "stalwart", "loyalist", "heavyweight", "veteran", "frontrunner",
                              "front-runner"})


def _qualifies_person(doc: Doc, nxt: int, person_starts: set[int]) -> bool:
    """Does what follows an adjective at ``nxt - 1`` name a person: a name, a title, "presidential nominee"?"""
    if nxt >= len(doc):
        return False
    if doc[nxt].lower_ in POLITICIAN_NOUNS and nxt + 1 in person_starts:
        return True  # "Democratic rival Joe Biden"
    return nxt in person_starts or role_at(doc, nxt) is not None or (
        (doc[nxt].lower_ in TITLE_MODIFIERS or doc[nxt].text in US_FORMS) and nxt + 1 < len(doc) and role_at(doc, nxt + 1) is not None)


#: the United States named between a party's adjective and a title ("Republican US Senator Elizabeth Dole")
US_FORMS = frozenset({"US", "U.S."})


#: the party letter of a US legislator's label "(D-Okla.)", "(R-Kan)"
US_PARTY_LETTERS = {"D": "democratic-party-us", "R": "republican-party-us"}


def _party_letters(doc: Doc) -> list[int]:
    """Tokens of the party letter in "Sen. David Boren (D-Okla.)": after a capitalised name, before "-State)"."""
    out = []
    for token in doc:
        i = token.i
        if token.text in US_PARTY_LETTERS and 2 <= i and i + 3 < len(doc) and doc[i - 1].text == "(" and doc[i - 2].text[:1].isupper() \
                and doc[i + 1].text == "-" and doc[i + 2].text[:1].isupper() and doc[i + 2].text.replace(".", "").isalpha() \
                and doc[i + 3].text == ")":
            out.append(i)
    return out


def party_adjectives(doc: Doc, gaz_spans: list[Span], person_starts: set[int]) -> list[Span]:
    """Spans for "Republican" / "Democrat(ic)" qualifying a person in a US story (see module doc)."""
    gaz = load_gazetteer()
    spans = [Span(doc, i, i + 1, label="Organization", kb_id=US_PARTY_LETTERS[doc[i].text], span_id=PARTY_ADJECTIVE)
             for i in _party_letters(doc) if US_PARTY_LETTERS[doc[i].text] in gaz.entries]
    if not any(t.lower_ in US_PARTIES for t in doc) or not us_story(doc):
        return spans
    for token in doc:
        party = US_PARTIES.get(token.lower_)
        if party is None or not token.text[:1].isupper() or party not in gaz.entries:
            continue
        i, nxt = token.i, token.i + 1
        if nxt < len(doc) and doc[nxt].text == "Party" and token.lower_ != "democrat":
            spans.append(Span(doc, i, i + 2, label="Organization", kb_id=party, span_id=US_PARTY_NAME))
            continue  # "the Democratic Party" in a US story is the US party
        before_person = _qualifies_person(doc, nxt, person_starts)
        if (before_person or _label_apposition(doc, i) or _candidacy_label(doc, i)) and not (nxt < len(doc) and is_cap(doc[nxt]) and nxt not in person_starts
                                                  and role_at(doc, nxt) is None and doc[nxt].text not in US_FORMS):
            spans.append(Span(doc, i, i + 1, label="Organization", kb_id=party, span_id=PARTY_ADJECTIVE))
    return spans


#: words between the article and a party's label in an apposition ("Carolyn Maloney, the most senior Democrat on the
#: committee", "X, a lifelong Republican,")
LABEL_MODIFIERS = frozenset({"most", "senior", "top", "ranking", "leading", "only", "lone", "first", "longtime", "lifelong",
                             "veteran", "moderate", "conservative", "liberal", "progressive", "fellow", "registered"})
#: what may follow a party's label in an apposition: its end, or what places the member ("on the committee")
LABEL_ENDS = frozenset({"on", "in", "from", "who", "and", "representing", "serving"})


def _label_apposition(doc: Doc, i: int) -> bool:
    """ "Tony Evers, a Democrat,", "Carolyn Maloney, the most senior Democrat on the committee": the label at ``i``."""
    nxt, k = i + 1, i - 1
    if nxt < len(doc) and not (doc[nxt].is_punct or doc[nxt].lower_ in LABEL_ENDS):
        return False
    while k >= 0 and doc[k].lower_ in LABEL_MODIFIERS and i - k <= 3:
        k -= 1
    return k >= 1 and doc[k].lower_ in ("a", "an", "the") and doc[k - 1].text == "," and (doc[k].lower_ != "the" or k < i - 1)


#: verbs of standing for office, before "as a Republican" ("Kokesh ran for Congress as a Republican in 2010")
CANDIDACY = frozenset({"ran", "run", "runs", "running", "stood", "stand", "stands", "standing", "campaigned", "campaigns",
                       "campaigning", "elected", "re-elected", "served", "serves", "serving", "won", "registered"})


#: what may follow "as a Republican" when it labels a candidate
CANDIDACY_ENDS = frozenset({"in", "for", "on", "from", "candidate", "nominee", "against", "and", "but", "until", "before",
                            "after", "during", "with", "to", "at", "since"})


def _candidacy_label(doc: Doc, i: int) -> bool:
    """ "ran for the US Congress as a Republican": a candidacy verb up to 6 tokens before "as a <label>"."""
    if i < 2 or doc[i - 1].lower_ not in ("a", "an") or doc[i - 2].lower_ != "as":
        return False
    if i + 1 < len(doc) and not (doc[i + 1].is_punct or doc[i + 1].lower_ in CANDIDACY_ENDS):
        return False  # "won as a Republican stronghold": the label qualifies a noun, no person
    start = doc[i].sent.start
    return any(doc[k].lower_ in CANDIDACY for k in range(max(start, i - 8), i - 2))


def named_party_adjectives(doc: Doc, spans: list[Span], person_starts: set[int]) -> tuple[list[Span], dict[int, str]]:
    """ "then-Libertarian presidential nominee Gary Johnson" where the article names the "Libertarian Party".

    An adjective that is the first word of a party the article itself names ("Libertarian Party",
    "Labour Party"), or of a party the gazetteer gives the story's country ("Conservative MP X" in a
    British story), stands for that party when it qualifies a person, as the US labels do. Returns
    the spans and, for parties the gazetteer does not know, the party's name by span start.
    """
    parties: dict[str, tuple[str, str]] = {}  # adjective -> (entity key, the party's name)
    longer: dict[tuple[str, ...], tuple[str, str]] = {}  # "liberal national" -> the "Liberal National Party"
    for span in spans:
        words = span.text.split()
        if len(words) == 2 and words[1] == "Party" and span.label_ == "Organization":
            parties.setdefault(words[0].lower(), (span.kb_id_, span.text))
        elif 3 <= len(words) <= 4 and words[-1] == "Party" and span.label_ == "Organization" and all(w[:1].isupper() for w in words):
            longer.setdefault(tuple(w.lower() for w in words[:-1]), (span.kb_id_, span.text))
    country = story_country(doc)  # "Conservative MP Philip Hammond" in a British story: the gazetteer's party of that country
    for words, entry_id in (_qualified_names(country) if country else {}).items():
        if len(words) == 2 and words[1] == "party" and words[0] not in parties:
            parties[words[0]] = (entry_id, "")
    if not parties and not longer:
        return [], {}
    covered = {i for span in spans for i in range(span.start, span.end)}
    out, owners = [], {}
    for words, (key, name) in longer.items():  # "Liberal National MP John McVeigh" where the story names the party
        n = len(words)
        for token in doc:
            i = token.i
            if i + n < len(doc) and token.text[:1].isupper() and tuple(t.lower_ for t in doc[i:i + n]) == words \
                    and not any(k in covered for k in range(i, i + n)) and _qualifies_person(doc, i + n, person_starts):
                out.append(Span(doc, i, i + n, label="Organization", kb_id=key, span_id=PARTY_ADJECTIVE))
                covered.update(range(i, i + n))
                if not key:
                    owners[i] = name
    for token in doc:
        party = parties.get(token.lower_)
        nxt = token.i + 1
        if party is None or token.i in covered or not token.text[:1].isupper() or nxt >= len(doc):
            continue
        if _qualifies_person(doc, nxt, person_starts):
            key, name = party
            out.append(Span(doc, token.i, token.i + 1, label="Organization", kb_id=key, span_id=PARTY_ADJECTIVE))
            if not key:
                owners[token.i] = name
    return out, owners

