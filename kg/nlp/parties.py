"""US party labels as mentions of the parties: "Republican Senator Mitt Romney", "Tony Evers, a Democrat".

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

from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer
from kg.nlp.names import is_cap, role_at

US = "united-states"
#: adjective -> gazetteer id of the US party
US_PARTIES = {"republican": "republican-party-us", "democratic": "democratic-party-us", "democrat": "democratic-party-us"}
PARTY_ADJECTIVE = "party-adjective"
US_PARTY_NAME = "us-party-name"


def us_story(gaz_spans: list[Span]) -> bool:
    """Is the United States the country the story is set in (named most, at least twice)?"""
    gaz = load_gazetteer()
    counts: dict[str, int] = {}
    for span in gaz_spans:
        entry = gaz.entries.get(span.kb_id_)
        if entry is None:
            continue
        state = entry.id if entry.cls == "Country" else entry.country
        if state:
            counts[state] = counts.get(state, 0) + 1
    us = counts.get(US, 0)
    return us >= 2 and all(n < us for state, n in counts.items() if state != US)


def party_adjectives(doc: Doc, gaz_spans: list[Span], person_starts: set[int]) -> list[Span]:
    """Spans for "Republican" / "Democrat(ic)" qualifying a person in a US story (see module doc)."""
    if not any(t.lower_ in US_PARTIES for t in doc) or not us_story(gaz_spans):
        return []
    gaz = load_gazetteer()
    spans = []
    for token in doc:
        party = US_PARTIES.get(token.lower_)
        if party is None or not token.text[:1].isupper() or party not in gaz.entries:
            continue
        i, nxt = token.i, token.i + 1
        if nxt < len(doc) and doc[nxt].text == "Party" and token.lower_ != "democrat":
            spans.append(Span(doc, i, i + 2, label="Organization", kb_id=party, span_id=US_PARTY_NAME))
            continue  # "the Democratic Party" in a US story is the US party
        before_person = nxt < len(doc) and (nxt in person_starts or role_at(doc, nxt) is not None
                                            or (doc[nxt].lower_ in ("presidential", "vice-presidential", "state", "former")
                                                and nxt + 1 < len(doc) and role_at(doc, nxt + 1) is not None))
        apposition = (i >= 2 and doc[i - 1].lower_ in ("a", "an") and doc[i - 2].text == ","
                      and (nxt >= len(doc) or doc[nxt].is_punct))
        if (before_person or apposition) and not (nxt < len(doc) and is_cap(doc[nxt]) and nxt not in person_starts
                                                  and role_at(doc, nxt) is None):
            spans.append(Span(doc, i, i + 1, label="Organization", kb_id=party, span_id=PARTY_ADJECTIVE))
    return spans
