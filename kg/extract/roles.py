"""leaderOf and worksFor from titles and appositions.

A title names a role and, often, whom it is held for:

* "Kazakh President Nursultan Nazarbayev", "Apple CEO Tim Cook" -> leaderOf;
* "Kremlin aide Yuri Ushakov", "US Secretary of State X" -> worksFor (the
  Kremlin stands for Russia);
* "Kazakhstan's ambassador to Russia, Tair Mansurov" -> worksFor Kazakhstan
  (the sending state, never the host);
* "President Emmanuel Macron of France" -> leaderOf France;
* "Lev Tarakov, head of Nazarbayev's news service" -> worksFor Nazarbayev
  (the head of an unnamed unit works for its owner);
* "Pannier, an expert of Radio Liberty" -> worksFor Radio Liberty
  ("U.S. expert" is a nationality, not an employer: experts need an organisation).

Works on the merged document; returns ``(person token, predicate, holder token,
rule)`` tuples for :mod:`kg.extract.relations` to finish.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.gazetteer import load_gazetteer
from kg.nlp.lexicon import PAST_ROLE_MARKERS
from kg.nlp.names import portfolio_start, role_at, role_ending_at
from kg.nlp.parties import PARTY_ADJECTIVE
from kg.nlp.places import PLACE_NOUNS_OF

HOLDER_CLASSES = frozenset({"Country", "City", "Place", "Organization", "InternationalOrganization", "GovernmentBody",
                            "Company", "MediaOrganization", "ArmedGroup", "Person"})
ORG_CLASSES = frozenset({"Organization", "InternationalOrganization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
#: leaderOf held by a mayor or governor: its holder is the city or province itself ("the mayor of Moscow"
#: leads Moscow, not Russia), so the relation stage reads it without metonymy
LOCAL_LEADER = "leaderOf/local"
RoleHit = tuple[int, str, int, str]


def _holder(token: Token) -> bool:
    return token.ent_type_ in HOLDER_CLASSES and "|" not in token.ent_kb_id_ and not _inside_a_name(token)


def _inside_a_name(token: Token) -> bool:
    """A country inside a longer name the gazetteer does not know: "Amoco Canada president X", "the China
    International Investment and Trust Corporation": the holder is that company, not the state."""
    if token.ent_type_ != "Country" or token.ent_id_ == "demonym":
        return False
    doc, i = token.doc, token.i
    before = i > 0 and not doc[i - 1].is_sent_start and (doc[i - 1].is_title and not doc[i - 1].ent_type_ and role_at(doc, i - 1) is None
                                                         or doc[i - 1].ent_type_ in ("Company", "Organization"))
    after = i + 1 < len(doc) and doc[i + 1].is_title and not doc[i + 1].ent_type_ and role_at(doc, i + 1) is None
    return before or after


def _predicate(kind: str, holder: Token, unit: bool) -> str | None:
    """leaderOf / worksFor for a role kind held for ``holder`` (``unit``: "X's <unnamed unit>")."""
    if holder.ent_id_ == PARTY_ADJECTIVE:
        return "memberOf"  # "Republican Senator X", "Democratic presidential nominee X"
    if kind == "honorific":
        return None
    if kind == "member":
        return "memberOf" if holder.ent_type_ in ORG_CLASSES else None
    if unit:
        return "worksFor"
    if kind == "expert":
        return "worksFor" if holder.ent_type_ in ORG_CLASSES else None
    if kind == "leader":
        return None if holder.ent_type_ == "Person" else "leaderOf"
    if holder.ent_id_ == "demonym" and kind in ("local", "local-staff"):
        return None  # "a Kenyan governor": a county of Kenya, not Kenya
    if kind == "local":  # a mayor or governor leads a city, a province or an organisation, never a state
        return LOCAL_LEADER if holder.ent_type_ in ORG_CLASSES | {"City", "Place"} else None
    if kind == "local-staff":  # "the deputy governor of the central bank"; a councillor of a city works for no agent
        return "worksFor" if holder.ent_type_ in ORG_CLASSES else None
    return "worksFor"


def role_relations(doc: Doc, skip: frozenset[int] = frozenset()) -> list[RoleHit]:
    """Every title/apposition role in the document (``skip``: tokens of the dateline)."""
    hits: list[RoleHit] = []
    for person in doc:
        if person.ent_type_ == "Person" and person.ent_id_ != "group":
            hits.extend(_own_party(doc, person))
        if person.ent_type_ != "Person" or person.ent_id_ in ("pronoun", "group"):
            continue
        hits.extend(_title_before(doc, person, skip))
        hits.extend(_administration(doc, person))
        hits.extend(_apposition_after(doc, person))
        hits.extend(_copular_role(doc, person))
        if not hits or hits[-1][0] != person.i:
            hits.extend(_of_organisation(doc, person))
        hits.extend(_party_label(doc, person))
    return hits


def _administration(doc: Doc, person: Token) -> list[RoleHit]:
    """ "the Reagan administration", "Nkurunziza's government": the person heads a state's government.

    Only for a person the gazetteer ties to a state (the relation stage reads the state from there).
    """
    i = person.i + 1
    if i < len(doc) and doc[i].norm_ == "'s":
        i += 1
    entry = load_gazetteer().entries.get(person.ent_kb_id_.removeprefix("gaz:")) if person.ent_kb_id_.startswith("gaz:") else None
    if i < len(doc) and doc[i].lower_ in ("administration", "government", "regime", "cabinet") and entry is not None and entry.country:
        return [(person.i, "leaderOf", NO_HOLDER, "administration")]
    return []


def _own_party(doc: Doc, person: Token) -> list[RoleHit]:
    """ "his own Democratic Party", "Johnson's Conservative Party": a person's party is one they belong to."""
    i = person.i + 1
    if person.ent_id_ != "pronoun":
        if i >= len(doc) or doc[i].norm_ != "'s":
            return []
        i += 1
    elif person.lower_ not in ("his", "her"):
        return []
    if i < len(doc) and doc[i].lower_ in ("own", "ruling", "governing", "former"):
        i += 1
    named = i + 1 < len(doc) and doc[i].lower_ == "party" and not doc[i].ent_type_  # "Adamowicz's former party Civic Platform"
    if named:
        i += 2 if doc[i + 1].text == "," and i + 2 < len(doc) else 1
    if i < len(doc) and _holder(doc[i]) and doc[i].ent_type_ in ORG_CLASSES and (named or doc[i].lower_.split()[-1] == "party"):
        return [(person.i, "memberOf", i, "own-party")]
    return []


def _party_label(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Republican Mitt Romney" and "Tony Evers, a Democrat," (party adjectives: kg.nlp.parties)."""
    before, after = person.i - 1, person.i + 3
    if before >= 0 and doc[before].ent_id_ == PARTY_ADJECTIVE:
        return [(person.i, "memberOf", before, "party-label")]
    if after < len(doc) and doc[person.i + 1].text == "," and doc[after].ent_id_ == PARTY_ADJECTIVE:
        return [(person.i, "memberOf", after, "party-apposition")]
    return []


#: organisations one belongs to rather than works for ("Phil Collins of the Prohibition Party")
MEMBERSHIP_HEADS = frozenset({"party", "movement", "front", "alliance", "coalition", "league", "union", "caucus"})


def _of_organisation(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Sabrina Bennoui of Reporters Without Borders" -> worksFor; "X of the Libertarian Party" -> memberOf.

    Only organisations: "Mugabe of Zimbabwe" says nothing about an office.
    """
    i = person.i + 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "of":
        i += 1  # "John Smith, of Amnesty International, said"
    if i + 1 >= len(doc) or doc[i].lower_ != "of" or (person.i > 0 and doc[person.i - 1].lower_ in ("of", "by")):
        return []  # "the death of X of ...", "killed by X of ...": too far from an apposition to trust
    target = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else i + 1
    holder = doc[target]
    if not _holder(holder) or holder.ent_type_ not in ORG_CLASSES:
        return []
    if target + 1 < len(doc) and doc[target + 1].norm_ == "'s":
        return []  # "X of the party's youth wing": a unit, not the organisation
    info = (doc._.kg_entities or {}).get(holder.ent_kb_id_)
    name = (info.label if info is not None else holder.text).lower().split()  # "the MDC": its full name says what it is
    member = holder.ent_type_ == "ArmedGroup" or holder.ent_type_ == "Organization" and bool(MEMBERSHIP_HEADS & set(name))
    return [(person.i, "memberOf" if member else "worksFor", target, "person-of-organisation")]


def _title_of_before(doc: Doc, person: Token) -> list[RoleHit]:
    """ "President of France Emmanuel Macron", "the Prime Minister of Japan Fumio Kishida"."""
    holder = person.i - 1
    if holder < 2 or not _holder(doc[holder]):
        return []
    of = holder - 1
    if doc[of].lower_ == "the":
        of -= 1
    if of < 1 or doc[of].lower_ != "of":
        return []
    found = role_ending_at(doc, of)
    if not found:
        return []
    predicate = _predicate(found[0], doc[holder], unit=False)
    return [(person.i, predicate, holder, f"title-of-{found[0]}")] if predicate else []


def _title_before(doc: Doc, person: Token, skip: frozenset[int]) -> list[RoleHit]:
    found = role_ending_at(doc, person.i)
    if not found and person.i >= 3 and doc[person.i - 2].lower_ in ("to", "in", "at") and doc[person.i - 1].ent_type_ \
            and doc[person.i - 1].ent_type_ != "Person":
        found = role_ending_at(doc, person.i - 2)  # "Egyptian ambassador to Moscow Salah Bassiouni": the sender's
    if not found:
        return _title_of_before(doc, person)
    kind, start = found
    while (outer := role_ending_at(doc, start)) is not None:  # "Commandant Admiral X": the outer title counts
        kind, start = outer
    i = portfolio_start(doc, start) - 1  # "Venezuelan energy and mines minister X"
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # "Organisation of Islamic Cooperation (OIC) head X"
    if i >= 0 and doc[i].norm_ == "'s":
        i -= 1
    if i >= 0 and _holder(doc[i]) and i not in skip and doc[i].i != person.i:
        predicate = _predicate(kind, doc[i], unit=False)
        hits = [(person.i, predicate, i, f"title-{kind}")] if predicate else []
        if doc[i].ent_id_ == PARTY_ADJECTIVE:  # "Republican Senator Mitt Romney": the party, and the state's chamber
            hits += [hit for hit in _bare_state_title(doc, person, start, "title-bare") if hit[1].startswith(LEGISLATURE)]
        return hits
    # "President Emmanuel Macron of France"
    after = person.i + 1
    if after + 1 < len(doc) and doc[after].lower_ == "of":
        target = after + 2 if doc[after + 1].lower_ == "the" and after + 2 < len(doc) else after + 1
        if _holder(doc[target]):
            predicate = _predicate(kind, doc[target], unit=False)
            return [(person.i, predicate, target, "title-of")] if predicate else []
    # "Soviet leader Mikhail Gorbachev and Foreign Minister Eduard Shevardnadze": the state of the first title
    if start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "Person" and doc[start - 2].i != person.i:
        for _, _, holder, _ in _title_before(doc, doc[start - 2], skip):
            if holder != NO_HOLDER and doc[holder].ent_type_ == "Country" and (predicate := _predicate(kind, doc[holder], unit=False)):
                return [(person.i, predicate, holder, f"title-{kind}-shared")]
    # "Kazakhstan's ambassador to Russia, Tair Mansurov" is handled where the role starts
    return _bare_state_title(doc, person, start, "title-bare")


#: titles that, with no holder named, can only mean an office of a state ("President X", "the Defence Secretary")
STATE_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan",
                          "minister", "secretary", "taoiseach", "monarch", "shah", "senator", "congressman", "congresswoman", "mp"})
NO_HOLDER = -1  # holder token for a bare state title: the relation stage finds the state
#: members of a chamber: the title names the chamber of the state (the relation stage finds both)
#: (a member of parliament sits in the lower house: its name varies by state, the first the gazetteer has counts)
LEGISLATORS = {"senator": "senate", "congressman": "house of representatives", "congresswoman": "house of representatives",
               "mp": "house of commons|house of representatives|national assembly|parliament"}
LEGISLATURE = "memberOf/chamber:"  # predicate marker: memberOf the state's chamber named after the colon ("|": first found)


def _bare_state_title(doc: Doc, person: Token, role_start: int, rule: str) -> list[RoleHit]:
    """ "President Rodrigo Duterte" with no country named: leader (or minister) of the article's state."""
    found = role_at(doc, role_start)
    if found is None or found[0] not in ("leader", "staff"):
        return []
    words = {t.lower_ for t in doc[role_start:found[1]]}
    if {"secretary", "general"} <= words:
        return []  # "Secretary General Javier Perez de Cuellar" heads the UN, not his state
    if not words & STATE_TITLES or ("vice" in words or "deputy" in words) and (found[0] == "leader" or doc[role_start].is_lower):
        return []  # "Vice President George Bush" serves the state; a lower-case "vice president" may be a firm's
    if role_start > 0 and doc[role_start - 1].lower_ in PAST_ROLE_MARKERS:
        return []
    if role_start > 0 and (doc[role_start - 1].text[:1].isupper() or doc[role_start - 1].text in (")", "'s", "’s")) \
            and not doc[role_start].is_sent_start and doc[role_start - 1].ent_id_ != PARTY_ADJECTIVE:
        return []  # "UCPB president Ramon Sy": a holder we could not name, not the state
    if found[1] - role_start == 1 and doc[role_start].lower_ in LEGISLATORS:  # "Senator Mitt Romney"
        return [(person.i, f"{LEGISLATURE}{LEGISLATORS[doc[role_start].lower_]}", NO_HOLDER, rule)]
    return [(person.i, "leaderOf" if found[0] == "leader" else "worksFor", NO_HOLDER, rule)]


def _apposition_after(doc: Doc, person: Token) -> list[RoleHit]:
    hits: list[RoleHit] = []
    i = person.i + 1
    if i >= len(doc) or doc[i].text != ",":
        return _role_then_name(doc, person)
    hits.extend(_role_then_name(doc, person))
    j = i + 1
    if j < len(doc) and doc[j].lower_ in ("a", "an", "the"):
        j += 1
    holder = None
    if j < len(doc) and _holder(doc[j]):  # "X, the Russian ambassador", "X, AU trade commissioner"
        holder = j
        j += 1
        if j < len(doc) and doc[j].norm_ == "'s":
            j += 1
    for k in range(j, min(j + 6, len(doc))):
        found = role_at(doc, k)
        if not found:
            if doc[k].is_punct and doc[k].text != "-" or doc[k].ent_type_:
                break  # "the long-serving Sultan of Oman": a hyphenated modifier is part of the phrase
            continue
        kind, end = found
        role_word = doc[end - 1].lower_
        if end < len(doc) and (doc[end].ent_type_ == "Person" or doc[end].text[:1].isupper() and doc[end].is_alpha):
            break  # "X, Bank of Japan Governor Satoshi Sumita": the next item of a list, not an apposition
        if holder is not None:
            predicate = _predicate(kind, doc[holder], unit=False)
            if predicate:
                hits.append((person.i, predicate, holder, f"apposition-{kind}"))
            break
        if doc[j - 1].lower_ == "the" and (end >= len(doc) or doc[end].is_punct):
            hits.extend(_bare_state_title(doc, person, k, "apposition-bare"))  # "Michael Makuei, the Information Minister"
            break
        if end + 2 < len(doc) and doc[end].lower_ in ("of", "at", "for", "with") and doc[end + 1].lower_ == "the":
            end += 1  # "a spokeswoman for the European Commission"
        elif end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].is_lower:
            # "director of global news for AFP": the role is in a unit of the organisation
            k = end + 1
            while k < len(doc) and k - end <= 4 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ("for", "at", "of"):
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ in ("for", "at", "of") and _holder(doc[k + 1]) and doc[k + 1].ent_type_ in ORG_CLASSES:
                hits.append((person.i, "worksFor", k + 1, f"apposition-{kind}-unit"))
            break
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "the") and (place := _place_named_after(doc, end + 1)) is not None:
            predicate = _predicate(kind, doc[place], unit=False)  # "mayor of the Polish city of Gdańsk"
            if predicate:
                hits.append((person.i, predicate, place, f"apposition-{kind}"))
            break
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "at", "for", "with", "the") and _holder(doc[end + 1]):
            target = doc[end + 1]
            unit = end + 2 < len(doc) and doc[end + 2].norm_ == "'s" and not (end + 3 < len(doc) and doc[end + 3].ent_type_)
            if role_word == "director" and k == j and doc[i + 1].lower_ not in ("a", "an") \
                    and target.ent_type_ in ORG_CLASSES and not unit:
                kind = "leader"  # "X, director of Youth Forum Zimbabwe" heads it; "X, a director of Y" sits on its board
            predicate = _predicate(kind, target, unit=unit)
            if predicate:
                hits.append((person.i, predicate, target.i, f"apposition-{kind}"))
        break
    return hits


def _place_named_after(doc: Doc, i: int) -> int | None:
    """ "(the) Polish city of Gdańsk" starting at ``i``: the token of the place named after "of"."""
    if i < len(doc) and doc[i].ent_id_ == "demonym":
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ in PLACE_NOUNS_OF and doc[i + 1].lower_ == "of" and doc[i + 2].ent_type_ in ("City", "Place"):
        return i + 2
    return None


def _role_then_name(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Kazakhstan's ambassador to Russia, Tair Mansurov": holder 's ROLE (to X)? , PERSON;
    "the general manager of Abu Dhabi Media, Dr Ali bin Tamim": ROLE of HOLDER , (title)? PERSON."""
    i = person.i - 1
    honorific = role_ending_at(doc, person.i)
    if honorific is not None and honorific[0] == "honorific":
        i = honorific[1] - 1
    if i < 2 or doc[i].text != ",":
        return []
    end = i
    holder = end - 1
    of = holder - 1 - (doc[holder - 1].lower_ == "the")
    if of >= 1 and _holder(doc[holder]) and doc[of].lower_ in ("of", "at"):
        found = role_ending_at(doc, of)
        if found:
            predicate = _predicate(found[0], doc[holder], unit=False)
            return [(person.i, predicate, holder, f"role-of-apposition-{found[0]}")] if predicate else []
    if end - 2 >= 0 and doc[end - 2].lower_ in ("to", "in", "on", "at") and doc[end - 1].ent_type_:
        end -= 2
    found = role_ending_at(doc, end)
    if not found:
        return []
    kind, start = found
    k = start - 1
    if k >= 0 and doc[k].norm_ == "'s":
        k -= 1
    if k >= 0 and _holder(doc[k]):
        predicate = _predicate(kind, doc[k], unit=False)
        if predicate:
            return [(person.i, predicate, k, f"role-apposition-{kind}")]
    return []


COPULAS = frozenset({"is", "was", "became", "becomes", "remains", "remained", "named", "elected", "appointed", "'s",
                     "serves", "served", "serving", "as"})


def _copular_role(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Johnson became leader of the Conservative Party", "X was elected president of Y"."""
    j = person.i + 1
    while j < len(doc) and j - person.i <= 3 and doc[j].lower_ in COPULAS:
        j += 1
    if j == person.i + 1 or doc[person.i + 1].lower_ == "as":
        return []  # "endorse Joe Biden as president": a hope, not an office held
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "new", "current", "interim", "acting"):
        j += 1
    found = role_at(doc, j) if j < len(doc) else None
    if not found:
        return []
    kind, end = found
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "at", "for"):
        target = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
        if _holder(doc[target]):
            predicate = _predicate(kind, doc[target], unit=False)
            return [(person.i, predicate, target, f"copular-{kind}")] if predicate else []
        return []
    if end < len(doc) and (doc[end].is_punct or doc[end].lower_ in ("in", "on", "after", "when", "and", "until")):
        return _bare_state_title(doc, person, j, "copular-bare")  # "Tsvangirai became prime minister in 2009"
    return []
