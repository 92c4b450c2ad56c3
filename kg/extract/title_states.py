"""Which state a title serves when the sentence names none: "President X", "Emergencies Minister Y".

The state is, in this order, the person's own (the gazetteer's, when the story names that state or
is about it), the state named just before an unknown portfolio ("British corporate affairs minister
X"), or the story's own state (:func:`home_state`: the one it names most, the dateline's counting
twice) for a person named in full and introduced with the title. A person's home states also keep
"returned to Moscow" from being read as a visit.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.model import Relation
from kg.extract.nodes import capital_state, node_of, person_state
from kg.gazetteer import load_gazetteer
from kg.nlp.dateline import Dateline
from kg.nlp.parties import CURRENCY_WORDS
from kg.nlp.role_phrases import role_at, role_ending_at


@lru_cache(maxsize=None)
def chamber_of(state: str, name: str) -> str | None:
    """The gazetteer's chamber of ``state`` (an entity key) named ``name`` ("senate"), if exactly one
    (:meth:`kg.gazetteer.Gazetteer.chamber`)."""
    found = load_gazetteer().chamber(state.removeprefix("gaz:"), name)
    return f"gaz:{found.id}" if found is not None else None


def marked_chamber(state: str, marker: str) -> str | None:
    """The chamber a legislator's predicate marker names for ``state`` (the first of its "|" names the
    gazetteer has): "memberOf/chamber:senate" and the United States -> the United States Senate."""
    return next(filter(None, (chamber_of(state, name) for name in marker.partition(":")[2].split("|"))), None)


def article_chamber(doc: Doc, marker: str) -> str | None:
    """The one chamber of a legislator's marker the article itself names ("Senator Juan Dalmau" in a story
    about the Senate of Puerto Rico, which the gazetteer does not know), if exactly one."""
    names = marker.partition(":")[2].split("|")
    infos = doc._.kg_entities or {}
    for name in names:
        found = {key for key, info in infos.items() if info.cls == "GovernmentBody" and name in info.label.lower()
                 and "committee" not in info.label.lower()}
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def body_state(token: Token) -> str | None:
    """The state a government body is named with ("U.S. Senate", "Japanese Foreign Ministry" -> that state), if any
    ("the Senate" names none: which one it is may be a guess)."""
    if token.ent_type_ != "GovernmentBody" or len(words := token.text.split()) < 2:
        return None
    gaz = load_gazetteer()
    for n in range(len(words) - 1, 0, -1):  # "United States Senate", "U.S. Senate"
        if (entry := gaz.lookup(" ".join(words[:n]))) is not None and entry.cls == "Country":
            return f"gaz:{entry.id}"
    entry = gaz.demonym_country(words[0])  # "Japanese Foreign Ministry"
    return f"gaz:{entry.id}" if entry is not None else None


#: organisations whose titles a person named in the same sentence may hold instead of a state's
ORG_OFFICES = frozenset({"InternationalOrganization", "GovernmentBody", "Organization", "Company"})


def _qualifying_state(doc: Doc, person: int) -> str | None:
    """The state named just before a title whose portfolio the lexicon does not know.

    "British corporate affairs minister Michael Howard", "visiting U.S. Under-Secretary of State for
    Economic Affairs Allen Wallis": the state a few title and portfolio words before the name.
    """
    k, first = person - 1, doc[person].sent.start
    while k >= first and person - k <= 8 and not doc[k].ent_type_ and doc[k].text not in (",", ".", ";", ":", '"', "(", ")") \
            and "\n" not in doc[k].text \
            and doc[k].lower_ not in ("and", "or", "with", "by", "to", "from", "in", "at", "said", "says", "told"):
        k -= 1
    if k < first or k == person - 1 or doc[k].ent_type_ != "Country" or "|" in doc[k].ent_kb_id_ or doc[k].ent_id_ == "pronoun":
        return None
    if any(role_at(doc, j) is not None for j in range(k + 1, person - 1)) and not _one_title(doc, k + 1, person):
        return None  # "The Tanzanian leader met King Olav": the state qualifies an earlier title, not the king's
    if k + 1 < len(doc) and doc[k + 1].norm_ == "'s":
        return None  # "Japan's talks with trade minister X": a possessive names something else
    return doc[k].ent_kb_id_


def _one_title(doc: Doc, start: int, person: int) -> bool:
    """Do the words from ``start`` up to ``person`` make one title, an unknown portfolio before it allowed?"""
    found = role_ending_at(doc, person)
    return found is not None and not any(role_at(doc, j) is not None for j in range(start, found[1]))


def _actor_state(token: Token) -> str | None:
    """The state of a person or government body the gazetteer knows, or of a body named with its state."""
    if token.ent_type_ not in ("Person", "GovernmentBody") or "|" in token.ent_kb_id_:
        return None
    if token.ent_kb_id_.startswith("gaz:"):
        entry = load_gazetteer().entries.get(token.ent_kb_id_[4:])
        return f"gaz:{entry.country}" if entry is not None and entry.country else None
    info = (token.doc._.kg_entities or {}).get(token.ent_kb_id_)
    return f"gaz:{info.state}" if info is not None and info.state else body_state(token)


def filed_state(doc: Doc, dateline: Dateline | None) -> str | None:
    """The state (an entity key) a story is filed from: its dateline's country, its region's ("HORSHAM, Pa.,
    June 18 -"), or the state whose capital it names ("OSLO -"; "NEW YORK -" may file any country's news)."""
    if dateline is None:
        return None
    if dateline.country is not None:
        return doc[dateline.country].ent_kb_id_
    if dateline.region is not None:
        region = load_gazetteer().entries.get(doc[dateline.region].ent_kb_id_.removeprefix("gaz:"))
        return f"gaz:{region.country}" if region is not None and region.country else None
    return next((node.key for node in capital_state(doc[dateline.place])), None)


def home_state(doc: Doc, dateline: Dateline | None) -> str | None:
    """The article's own state: the country it names most (the dateline's counts twice), if one clearly leads."""
    counts: dict[str, int] = {}
    actors: set[str] = set()
    for token in doc:
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in CURRENCY_WORDS:
            continue  # "53 billion U.S. Dlrs" in a Taiwanese story names a currency, not the story's state
        if token.ent_type_ == "Country" and "|" not in token.ent_kb_id_:
            counts[token.ent_kb_id_] = counts.get(token.ent_kb_id_, 0) + 1
        elif token.ent_type_ in ("City", "Place") and token.ent_id_ != "pronoun":
            for node in node_of(token, "visits", "O"):
                if node.cls == "Country":
                    counts[node.key] = counts.get(node.key, 0) + 1
        elif token.ent_id_ != "pronoun" and token.ent_kb_id_ not in actors and (state := _actor_state(token)) is not None:
            actors.add(token.ent_kb_id_)  # each actor once: a hurricane centre quoted six times makes no US story
            counts[state] = counts.get(state, 0) + 1  # "Trump", "the Supreme Court (United States)": a US story
    filed = filed_state(doc, dateline)  # the dateline's state counts twice more
    if filed is not None:
        counts[filed] = counts.get(filed, 0) + 2
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] != filed))  # a tie goes to the filing state
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        # a story filed from a capital is that state's when it also names it most ("CAIRO - ... Egypt and the
        # Soviet Union ... Economy Minister X"); without that lead, two states share the story
        return ranked[0][0] if ranked[0][0] == filed and ranked[1][1] <= ranked[0][1] else None
    return ranked[0][0]


def title_state(doc: Doc, person: int, home: str | None) -> str | None:
    """The state a bare title before ``person`` serves, if one can be told (see the module doc)."""
    bodies = {state for t in doc[person].sent if (state := body_state(t)) not in (None, home)}
    others = {t.ent_kb_id_ for t in doc[person].sent if t.ent_type_ == "Country" and t.ent_kb_id_ != home} | bodies
    near = any(t.ent_type_ == "Country" and t.ent_kb_id_ != home for t in doc[max(doc[person].sent.start, person - 8):person])
    # the article's own state only for a person it names in full: a bare "President Reagan" in a
    # story about Japan is no Japanese president
    info = (doc._.kg_entities or {}).get(doc[person].ent_kb_id_)
    full = info is not None and len(info.label.split()) >= 2
    # a foreign official is introduced with the state ("Fijian leader X"): a bare title where the article
    # first names a person is the article's own state's, whatever other states the sentence names
    first = next(t.i for t in doc if t.ent_kb_id_ == doc[person].ent_kb_id_) == person
    own = person_state(doc[person])
    if own is not None:  # "The EC Commission, led by President Jacques Delors": the title is the body's, not France's
        named = own == home or any(t.ent_kb_id_ == own for t in doc if t.ent_type_ == "Country")
        body = any(t.ent_type_ in ORG_OFFICES and body_state(t) in (None, *others) for t in doc[person].sent)
        return own if named or not body else None
    if home is None and full and first and not bodies:
        return _qualifying_state(doc, person) or _nearby_state(doc, person)
    if (owner := _state_organ_owner(doc, person)) is not None and owner in others and len(others) == 1:
        return owner  # "BANGKOK - Vietnam's parliament sacked Prime Minister Pham Van Dong": Vietnam's, not the filing state's
    return _qualifying_state(doc, person) or (home if (not others or first and not bodies and not near) and full else None)


#: a state's organs that act on its office holders ("Vietnam's parliament sacked Prime Minister X")
STATE_ORGANS = frozenset({"parliament", "government", "cabinet", "assembly", "congress", "senate", "legislature", "politburo",
                          "presidium", "junta", "council", "leadership"})


def _state_organ_owner(doc: Doc, person: int) -> str | None:
    """The state whose organ, named with its possessive earlier in the sentence, is the sentence's subject."""
    sent = doc[person].sent
    for k in range(sent.start, person - 2):
        if doc[k].ent_type_ == "Country" and doc[k].ent_id_ not in ("pronoun", "demonym") and doc[k + 1].norm_ == "'s" \
                and doc[k + 2].lower_ in STATE_ORGANS:
            return doc[k].ent_kb_id_ if k == sent.start or doc[k - 1].lower_ in ("the", "-", "—", "–") or doc[k - 1].is_punct else None
    return None


def _nearby_state(doc: Doc, person: int) -> str | None:
    """In a story shared by states, the one state its sentence names before the person, or else the sentence before
    names at all ("The storm reached the Bahamas. Prime Minister Hubert Minnis urged residents to leave")."""
    sent = doc[person].sent
    title = role_ending_at(doc, person)
    if title is None or not doc[title[1]].text[:1].isupper() or any(t.ent_type_ in ORG_OFFICES for t in sent):
        return None  # "Bank of Montreal ... president Grant Reuber": a firm's or a body's officer, not a state's
    before = {t.ent_kb_id_ for t in doc[sent.start:person] if _names_state(t)}
    after = any(t.ent_type_ == "Country" for t in doc[person:sent.end])
    if before or after:  # the sentence names states: the one before the person, or none
        if after or len(before) != 1:
            return None
        last = max(t.i for t in doc[sent.start:person] if t.ent_type_ == "Country")
        if any(t.norm_ == "'s" for t in doc[last + 2:person]):
            return None  # "in Brazil ... the group's executive-secretary Eduardo Latorre": another holder's title
        return before.pop()
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    named = {t.ent_kb_id_ for t in previous if _names_state(t)}
    return named.pop() if len(named) == 1 else None


def _names_state(token: Token) -> bool:
    """A state named as such: not by a pronoun, a demonym ("Soviet economic reforms") or a currency ("U.S. dlrs")."""
    return token.ent_type_ == "Country" and "|" not in token.ent_kb_id_ and token.ent_id_ not in ("pronoun", "demonym") \
        and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in CURRENCY_WORDS)


def at_home(state: str, homes) -> bool:
    """Is ``state`` one of ``homes``, or a former state with the same capital ("returned to Rhodesia" for a Zimbabwean)?"""
    if state in homes:
        return True
    gaz = load_gazetteer()
    entry = gaz.entries.get(state[4:]) if state.startswith("gaz:") else None
    return entry is not None and entry.historical and entry.capital != "" \
        and any((home := gaz.entries.get(h[4:])) is not None and home.capital == entry.capital for h in homes if h.startswith("gaz:"))


def _nationality(doc: Doc, start: int) -> str | None:
    """The state of a demonym before a person's name, over a lower-case description ("Spanish striker Tom Hale",
    "the Kenyan marathon runner Ana Ruiz"): the person's own country."""
    k = start - 1
    while k >= 0 and start - k <= 4 and doc[k].is_lower and doc[k].is_alpha:
        k -= 1
    if k >= 0 and k < start - 1 and doc[k].ent_type_ == "Country" and doc[k].ent_id_ == "demonym":
        return doc[k].ent_kb_id_
    return None


def home_countries(doc: Doc, relations: list[Relation]) -> dict[str, set[str]]:
    """Person key -> the states the gazetteer or the article's titles tie them to (their own)."""
    homes: dict[str, set[str]] = {}
    for token in doc:
        if (state := person_state(token)) is not None:
            homes.setdefault(token.ent_kb_id_, set()).add(state)
    for ent in doc.ents:
        if ent.label_ == "Person" and ent.id_ != "pronoun" and (state := _nationality(doc, ent.start)) is not None:
            homes.setdefault(ent.kb_id_, set()).add(state)
    infos = doc._.kg_entities or {}
    for rel in relations:
        if rel.predicate in ("leaderOf", "worksFor") and (rel.object.startswith("gaz:") or rel.object in infos):
            entry = load_gazetteer().entries.get(rel.object[4:]) if rel.object.startswith("gaz:") else None
            if entry is not None and entry.cls == "Country":
                homes.setdefault(rel.subject, set()).add(rel.object)
    return homes
