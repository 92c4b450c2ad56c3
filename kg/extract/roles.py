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

from kg.extract.role_successions import succession_roles
from kg.extract.role_appositions import apposition_after, appointed, copular_role, office_in_passing
from kg.extract.role_base import (COURT_LEVELS, DEPUTY_WORDS, HOLDER_CLASSES, LEGISLATOR_WORDS, LEGISLATORS, LEGISLATURE, LOCAL_LEADER, NO_HOLDER, ORG_CLASSES, PRESIDING, STATE_TITLES,
                                  RoleHit, bare_state_title, can_hold, legislator_title, membership_body, region_legislator, role_predicate,
                                  story_body_holder)
from kg.gazetteer import load_gazetteer
from kg.nlp.lexicon import FIRM_KIND_NOUNS, GOVERNMENT_NOUNS, LEGAL_FORMS, MAX_ROLE_LEN, ORG_HEADS, PAST_ROLE_MARKERS, POSSESSIVE_PRONOUNS
from kg.nlp.role_phrases import ROLE_KIND_OF, portfolio_start, role_ending_at
from kg.nlp.parties import PARTY_ADJECTIVE, POLITICIAN_NOUNS

__all__ = ["HOLDER_CLASSES", "LEGISLATORS", "LEGISLATURE", "PRESIDING", "legislator_title", "LOCAL_LEADER", "NO_HOLDER", "ORG_CLASSES", "RoleHit", "role_relations"]


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
        hits.extend(apposition_after(doc, person))
        hits.extend(copular_role(doc, person))
        hits.extend(office_in_passing(doc, person))
        hits.extend(appointed(doc, person))
        if not hits or hits[-1][0] != person.i:
            hits.extend(_of_organisation(doc, person))
        if not hits or hits[-1][0] != person.i:
            hits.extend(_organisation_possessive(doc, person))
        hits.extend(_own_firm(doc, person))
        hits.extend(_party_label(doc, person))
        hits.extend(_counterpart(doc, person, skip))
        hits.extend(_leaders_staff(doc, person, hits))
        hits.extend(succession_roles(doc, person))
    return hits


def _leaders_staff(doc: Doc, person: Token, hits: list[RoleHit]) -> list[RoleHit]:
    """ "West German Chancellor Helmut Kohl ... His farm minister Ignaze Kiechle": a leader's minister serves the state
    the leader leads (a title the story gave the leader before)."""
    found = role_ending_at(doc, person.i)
    if found is None or found[0] != "staff":
        return []
    i = portfolio_start(doc, found[1]) - 1
    while i >= 1 and found[1] - i <= 2 and doc[i].is_lower and doc[i].is_alpha and not doc[i].ent_type_:
        i -= 1  # "His farm minister": a portfolio the lexicon does not know
    if i < 0 or doc[i].ent_id_ != "pronoun" or doc[i].ent_type_ != "Person" or doc[i].lower_ not in ("his", "her"):
        return []
    for holder_of, predicate, holder, _ in hits:
        if predicate == "leaderOf" and holder != NO_HOLDER and doc[holder_of].ent_kb_id_ == doc[i].ent_kb_id_ \
                and doc[holder].ent_type_ == "Country" and (staff := role_predicate("staff", doc[holder], unit=False)):
            return [(person.i, staff, holder, "title-staff-of-leader")]
    return []


def _counterpart(doc: Doc, person: Token, skip: frozenset[int]) -> list[RoleHit]:
    """ "Foreign Minister Wu Xueqian met his Japanese counterpart Tadashi Kuranari": the same office, of the named state.

    The office is the one the sentence's titled person before it holds (a leader's counterpart leads, a minister's
    serves); nothing without such a person or when the state is his own.
    """
    k = person.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 2 or doc[k].lower_ != "counterpart" or doc[k - 1].ent_id_ != "demonym" or doc[k - 2].lower_ not in POSSESSIVE_PRONOUNS:
        return []
    state = k - 1
    for other in reversed(doc[person.sent.start:k - 2]):
        if other.ent_type_ != "Person" or other.ent_id_ in ("pronoun", "group"):
            continue
        for _, predicate, holder, _ in _title_before(doc, other, skip):
            if predicate not in ("leaderOf", "worksFor") or holder != NO_HOLDER and doc[holder].ent_type_ != "Country":
                continue
            if holder != NO_HOLDER and doc[holder].ent_kb_id_ == doc[state].ent_kb_id_:
                return []  # "his Soviet counterpart" of a Soviet minister: a colleague's office is unknown
            return [(person.i, predicate, state, "title-counterpart")]
        return []
    return []


def _administration(doc: Doc, person: Token) -> list[RoleHit]:
    """ "the Reagan administration", "Nkurunziza's government": the person heads a state's government.

    Only for a person the gazetteer ties to a state (the relation stage reads the state from there).
    """
    i = person.i + 1
    if i < len(doc) and doc[i].norm_ == "'s":
        i += 1
    entry = load_gazetteer().entries.get(person.ent_kb_id_.removeprefix("gaz:")) if person.ent_kb_id_.startswith("gaz:") else None
    if i < len(doc) and doc[i].lower_ in GOVERNMENT_NOUNS and entry is not None and entry.country:
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
    if i < len(doc) and can_hold(doc[i]) and doc[i].ent_type_ in ORG_CLASSES and (named or doc[i].lower_.split()[-1] == "party"):
        return [(person.i, "memberOf", i, "own-party")]
    return []


def _party_label(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Republican Mitt Romney", "Tony Evers, a Democrat,", "Bob Dole (R-Kan.)" (party labels: kg.nlp.parties)."""
    before, after = person.i - 1, person.i + 3
    if before >= 0 and doc[before].ent_id_ == PARTY_ADJECTIVE:
        return [(person.i, "memberOf", before, "party-label")]
    if before >= 1 and doc[before].lower_ in POLITICIAN_NOUNS and doc[before - 1].ent_id_ == PARTY_ADJECTIVE:
        return [(person.i, "memberOf", before - 1, "party-label")]  # "Democratic rival Joe Biden"
    if after < len(doc) and doc[person.i + 1].text == ",":
        # "Tony Evers, a Democrat,", "Carolyn Maloney, the most senior Democrat on the committee"
        label = next((k for k in range(after, min(after + 4, len(doc))) if doc[k].ent_id_ == PARTY_ADJECTIVE), None)
        if label is not None and all(t.is_lower for t in doc[after - 1:label]):
            return [(person.i, "memberOf", label, "party-apposition")]
    label = next((k for k in range(person.i + 1, min(person.i + 12, person.sent.end)) if doc[k].ent_id_ == PARTY_ADJECTIVE
                  and doc[k - 2].lower_ == "as"), None)
    if label is not None and not any(t.ent_type_ == "Person" and t.lower_ != "who" or t.text in (";", "and")
                                     for t in doc[person.i + 1:label]):
        return [(person.i, "memberOf", label, "party-candidacy")]  # "Kokesh ran for Congress as a Republican"
    if after - 1 < len(doc) and doc[person.i + 1].text == "(" and doc[after - 1].ent_id_ == PARTY_ADJECTIVE:
        return [(person.i, "memberOf", after - 1, "party-letter")]  # "Sen. David Boren (D-Okla.)"
    return []


#: words after a person's name that go on with the clause ("CNN's X said", "X will ask"), not a noun the name modifies
CLAUSE_CONTINUATIONS = frozenset({"said", "says", "told", "tells", "say", "will", "would", "can", "could", "may", "might", "must",
                                  "should", "who", "and", "or", "to", "in", "on", "at", "of", "for", "with", "from", "by", "as",
                                  "added", "noted", "wrote", "has", "had", "is", "was", "attended", "asked", "warned", "argued"})


#: lower-case nouns of an organisation's units ("the party's youth wing", "the ministry's press office")
UNIT_NOUNS = frozenset({"youth", "women's", "wing", "division", "department", "bureau", "office", "section", "unit", "branch",
                        "desk", "team", "committee", "council", "board", "staff", "research", "press", "legal", "foreign",
                        "international", "economic", "political", "military", "central", "regional", "local", "national"})


def _of_organisation(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Sabrina Bennoui of Reporters Without Borders" -> worksFor; "X of (or from) the Libertarian Party" -> memberOf.

    Only organisations: "Mugabe of Zimbabwe" says nothing about an office.
    """
    i = person.i + 1
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "of":
        i += 1  # "John Smith, of Amnesty International, said"
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "from") or (person.i > 0 and doc[person.i - 1].lower_ in ("of", "by", "from")):
        return []  # "the death of X of ...", "killed by X of ...": too far from an apposition to trust
    target = i + 2 if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else i + 1
    k = target
    while k < len(doc) and k - target < 3 and doc[k].lower_ in FIRM_KIND_NOUNS:
        k += 1  # "Tom Murtha of brokerage James Capel and Co", "X of the investment bank Y": the firm named after its kind
    if k > target and k < len(doc) and doc[k].ent_type_ in ("Company", "MediaOrganization"):
        target = k
    if target + 2 < len(doc) and doc[target].ent_type_ == "Country" and doc[target + 1].norm_ == "'s" and doc[target + 2].ent_type_ in ORG_CLASSES:
        target += 2  # "Sally Wasef of Australia's Griffith University": the university
    holder = doc[target]
    if not can_hold(holder) or holder.ent_type_ not in ORG_CLASSES:
        return []
    if target + 2 < len(doc) and doc[target + 1].norm_ == "'s" and not (doc[target + 2].text[:1].isupper() or doc[target + 2].lower_ in UNIT_NOUNS):
        return []  # "X of the party's campaign": something of the organisation's, not a unit of it
    # "Shuichi Takemoto of the Foreign Ministry's North American Division", "X of the party's youth wing": its unit's
    return [(person.i, _member_or_staff(doc, holder), target, "person-of-organisation")]


def _member_or_staff(doc: Doc, holder: Token) -> str:
    """A person named with an organisation is a member of a party, movement or armed group, else its staff."""
    return "memberOf" if holder.ent_type_ == "ArmedGroup" or membership_body(holder) else "worksFor"


def _organisation_possessive(doc: Doc, person: Token) -> list[RoleHit]:
    """ "The Native American Rights Fund's Jacqueline De León said", "CNN's Anderson Cooper": the organisation's
    staff (a party's or an armed group's member). Titled names are the title's business ("Apple's CEO Tim Cook");
    a state's or an international organisation's named person may be its leader ("Russia's Putin", "the UN's Guterres")."""
    i = person.i - 1
    if i < 1 or doc[i].norm_ != "'s" or role_ending_at(doc, person.i) is not None:
        return []
    holder = doc[i - 1]
    if not can_hold(holder) or holder.ent_type_ not in ORG_CLASSES - {"InternationalOrganization"} or holder.ent_id_ == "pronoun":
        return []
    after = doc[person.i + 1] if person.i + 1 < len(doc) else None
    if after is not None and after.is_alpha and after.lower_ not in CLAUSE_CONTINUATIONS:
        return []  # "NASA's James Webb space telescope": a name before a noun names a thing after the person
    return [(person.i, _member_or_staff(doc, holder), i - 1, "organisation-possessive")]


def _own_firm(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Alan Bond's Bond Corp Holdings Ltd", "Sugarman's Giant Group Ltd": a person's firm, named in full with its legal
    form, is the one he heads (not "Biden's Twitter account", nor "his Democratic Party")."""
    i = person.i + 2
    if i >= len(doc) or doc[person.i + 1].norm_ != "'s" or doc[i].ent_type_ != "Company" or not can_hold(doc[i]) \
            or person.ent_id_ == "pronoun":
        return []
    if doc[i].text.split()[-1].lower() not in LEGAL_FORMS:
        return []
    return [(person.i, "leaderOf", i, "own-firm")]


def _title_of_before(doc: Doc, person: Token) -> list[RoleHit]:
    """ "President of France Emmanuel Macron", "the Prime Minister of Japan Fumio Kishida"."""
    holder = person.i - 1
    if holder < 2 or not can_hold(doc[holder]):
        return []
    of = holder - 1
    if doc[of].lower_ == "the":
        of -= 1
    if of < 1 or doc[of].lower_ != "of":
        return []
    found = role_ending_at(doc, of)
    if not found:
        return []
    predicate = role_predicate(found[0], doc[holder], unit=False)
    return [(person.i, predicate, holder, f"title-of-{found[0]}")] if predicate else []


def _title_in_name(doc: Doc, person: Token) -> list[RoleHit]:
    """A title the name itself starts with: "Saudi Arabia's King Fahd" (a gazetteer name), "Crown Prince Abdullah".

    The holder is the one before the name ("Jordan's King Abdullah II"); with none, a state title reads the
    state as a bare title does ("King Fahd said").
    """
    words = person.text.lower().split()
    found = next(((ROLE_KIND_OF[tuple(words[:n])], n) for n in range(len(words) - 1, 0, -1) if tuple(words[:n]) in ROLE_KIND_OF), None)
    if found is None or found[0] not in ("leader", "staff"):
        return []
    kind, length = found
    i = person.i - 1
    if i >= 1 and doc[i].norm_ == "'s":
        i -= 1
    if i >= 0 and can_hold(doc[i]) and doc[i].ent_type_ != "Person":
        predicate = role_predicate(kind, doc[i], unit=False)
        return [(person.i, predicate, i, "title-in-name")] if predicate else []
    if not set(words[:length]) & STATE_TITLES or i >= 0 and doc[i].lower_ in PAST_ROLE_MARKERS:
        return []
    return [(person.i, "leaderOf" if kind == "leader" else "worksFor", NO_HOLDER, "title-in-name")]


def _plural_title_of(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Prime Ministers Zhao Ziyang of China and Anibal Cavaco Silva of Portugal": each holds the title of his state."""
    after = person.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ != "of":
        return []
    target = after + 2 if doc[after + 1].lower_ == "the" and after + 2 < len(doc) else after + 1
    if doc[target].ent_type_ != "Country":
        return []
    k = person.i - 1  # back over the list's earlier items: "X of A, Y of B and"
    while k >= 0 and (doc[k].lower_ in (",", "and", "of", "the") or doc[k].ent_type_ in ("Person", "Country")):
        k -= 1
    if k < 0 or not doc[k].lower_.endswith("s"):
        return []
    plural = doc[k].lower_
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    for length in range(MAX_ROLE_LEN, 0, -1):  # "Prime Ministers", "Foreign Ministers", "Presidents"
        words = tuple(t.lower_ for t in doc[max(0, k - length + 1):k]) + (singular,)
        kind = ROLE_KIND_OF.get(words) if len(words) == length else None
        if kind in ("leader", "staff") and (predicate := role_predicate(kind, doc[target], unit=False)):
            return [(person.i, predicate, target, "title-plural-of")]
    return []


#: a state's agents, whose field may stand between the state and the title ("Soviet arms negotiator"; not "American
#: football coach", nor a leader: "Russian opposition leader")
STATE_AGENTS = frozenset({"negotiator", "envoy", "diplomat", "official", "ambassador", "delegate", "spokesman", "spokeswoman",
                          "adviser", "advisor", "aide"})


def _title_before(doc: Doc, person: Token, skip: frozenset[int]) -> list[RoleHit]:
    found = role_ending_at(doc, person.i)
    if not found and person.i >= 3 and doc[person.i - 2].lower_ in ("to", "in", "at") and doc[person.i - 1].ent_type_ \
            and doc[person.i - 1].ent_type_ != "Person":
        found = role_ending_at(doc, person.i - 2)  # "Egyptian ambassador to Moscow Salah Bassiouni": the sender's
    if not found and person.i >= 3 and doc[person.i - 2].lower_ == "from" and doc[person.i - 1].ent_type_ in ("Place", "City") \
            and doc[person.i - 3].lower_ in LEGISLATOR_WORDS:
        found = role_ending_at(doc, person.i - 2)  # "United States Senator from Vermont Bernie Sanders": the state's chamber
    if not found:
        return _title_of_before(doc, person) or _title_in_name(doc, person) or _plural_title_of(doc, person)
    kind, start = found
    title_start = start  # where the state title starts: a deputy word before it is read with it
    while (outer := role_ending_at(doc, start)) is not None:  # "Commandant Admiral X": the outer title counts
        kind, start = outer
        if not (title_start - start == 1 and doc[start].lower_ in DEPUTY_WORDS):
            title_start = start  # "Deputy Secretary of State X": "Deputy" alone is no title of its own
    i = portfolio_start(doc, start) - 1  # "Venezuelan energy and mines minister X"
    portfolio = i + 1 < start
    while i >= 1 and doc[start].lower_ in ("judge", "justice") and doc[i].lower_ in COURT_LEVELS:
        i -= 1  # "U.S. District Judge Clark Waddoups": a judge of the state's courts serves the state
    if i >= 1 and doc[i].is_lower and doc[i].lower_ in ORG_HEADS and doc[i - 1].ent_id_ == PARTY_ADJECTIVE:
        # "Democratic committee chairman Jerrold Nadler": the party's member, the chair of the one committee named
        return [(person.i, "memberOf", i - 1, "title-party")] + story_body_holder(doc, person, doc[i].lower_, kind, "title-bare")
    if i >= 2 and doc[i].text == ")" and doc[i - 2].text == "(":
        i -= 3  # "Organisation of Islamic Cooperation (OIC) head X"
    if i >= 0 and doc[i].norm_ == "'s":
        i -= 1
    if i >= 2 and doc[i].ent_type_ == "City" and doc[i - 1].norm_ == "'s" and doc[i - 2].ent_type_ in ORG_CLASSES:
        i -= 2  # "Citibank's Oslo treasury head X": the bank's office in Oslo
    elif i >= 1 and kind in ("staff", "expert") and doc[i].ent_type_ in ("City", "Place", "Country") and doc[i].ent_id_ != "demonym" \
            and doc[i - 1].ent_type_ in ("Company", "MediaOrganization"):
        i -= 1  # "Salomon Brothers Asia analyst Carole Ryavec": the firm's arm in a region
    elif i >= 1 and kind in ("staff", "expert") and doc[i].ent_id_ == "demonym" and doc[i - 1].ent_type_ in ORG_CLASSES \
            and doc[i - 1].lower_ in ("its", "their"):
        i -= 1  # "its Philippine agent X": the firm's agent in the Philippines
    elif i >= 2 and kind in ("staff", "expert") and doc[i].ent_id_ == "demonym" and doc[i - 1].norm_ == "'s" \
            and doc[i - 2].ent_type_ in ORG_CLASSES:
        i -= 2  # "Ariadne's Philippine agent Domingo Panganiban"
    elif i >= 1 and kind == "staff" and doc[start].lower_ in STATE_AGENTS and doc[i].is_lower and doc[i].is_alpha \
            and not doc[i].ent_type_ and doc[i - 1].ent_type_ == "Country" and doc[i - 1].ent_id_ != "pronoun":
        i -= 1  # "Chief Soviet arms negotiator Yuli Vorontsov": a state's agent named with his field
    elif i >= 1 and kind == "expert" and doc[i].is_lower and doc[i].is_alpha and not doc[i].ent_type_ \
            and doc[i - 1].ent_type_ in ORG_CLASSES and doc[i - 1].ent_id_ not in ("pronoun", "demonym"):
        i -= 1  # "Johns Hopkins Center for Health Security medical anthropologist X"
    if kind == "staff" and (doc[start].text in ("Director", "Administrator") or doc[start].lower_ == "administrator" and i == start - 1
                            or doc[start].lower_ == "director" and i == start - 1 and doc[i].ent_type_ not in ("Company", "MediaOrganization")
                            and "bank" not in doc[i].lower_.split()) \
            and start + 1 == person.i and not portfolio:
        # "NIAID Director Anthony Fauci", "NASA administrator X", "CIA director William Casey": the agency's head (a firm's
        # or a bank's "director" sits on its board: "Central Bank director Daniel Marx")
        kind = "leader"
    elif kind == "leader" and portfolio:
        kind = "staff"  # "treasury head", "White House Budget Director": the head of a unit serves the holder
    if i >= 0 and doc[i].ent_id_ == "demonym" and [t.lower_ for t in doc[start:person.i]] == ["leader"] \
            and (body := _organisation_after(doc, person)) is not None:
        return [(person.i, "leaderOf", body, "title-of")]  # "Polish leader X of the Law and Justice Party": the party's
    if i >= 0 and can_hold(doc[i]) and i not in skip and doc[i].i != person.i:
        predicate = None if region_legislator(doc, i, start, person.i) else role_predicate(kind, doc[i], unit=False)
        if predicate == "worksFor" and membership_body(doc[i]) and any(t.lower_ in LEGISLATOR_WORDS for t in doc[start:person.i]):
            predicate = "memberOf"  # "Labour Party MP Tom Watson" sits for the party, a member ("party spokesman X" is its staff)
        hits = [(person.i, predicate, i, f"title-{kind}")] if predicate else []
        if doc[i].ent_id_ == PARTY_ADJECTIVE:  # "Republican Senator Mitt Romney": the party, and the state's chamber
            hits += [hit for hit in bare_state_title(doc, person, start, "title-bare") if hit[1].startswith(LEGISLATURE)]
        elif i >= 1 and doc[i - 1].ent_id_ == PARTY_ADJECTIVE and doc[i].ent_type_ == "Country":
            hits.append((person.i, "memberOf", i - 1, "title-party"))  # "Republican US Senator Elizabeth Dole": her party too
        return hits
    # "President Emmanuel Macron of France"
    after = person.i + 1
    if after + 1 < len(doc) and doc[after].lower_ == "of":
        target = after + 2 if doc[after + 1].lower_ == "the" and after + 2 < len(doc) else after + 1
        if can_hold(doc[target]) and not (doc[target].ent_type_ in ("City", "Place") and kind != "local"):
            # "Mayor X of Y" leads the city; "committee chairman Jerrold Nadler of New York" is from there, no more
            predicate = role_predicate(kind, doc[target], unit=False)
            return [(person.i, predicate, target, "title-of")] if predicate else []
    # "Soviet leader Mikhail Gorbachev and Foreign Minister Eduard Shevardnadze": the state of the first title
    if start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "Person" and doc[start - 2].i != person.i \
            and not _two_heads(doc, doc[start - 2], [t.lower_ for t in doc[start:person.i]]):
        for _, _, holder, _ in _title_before(doc, doc[start - 2], skip):
            if holder != NO_HOLDER and doc[holder].ent_type_ == "Country" and (predicate := role_predicate(kind, doc[holder], unit=False)):
                return [(person.i, predicate, holder, f"title-{kind}-shared")]
    # "Kazakhstan's ambassador to Russia, Tair Mansurov" is handled where the role starts
    return bare_state_title(doc, person, title_start, "title-bare") + _coordinated_title(doc, person, start, skip)


#: titles of a head of state: a state has one, so two of them in "X and Y" name two states
HEAD_OF_STATE = frozenset({"president", "leader", "king", "queen", "emir", "amir", "sultan", "monarch", "shah", "emperor"})


def _two_heads(doc: Doc, first: Token, title: list[str]) -> bool:
    """ "Soviet leader Mikhail Gorbachev and President Ronald Reagan": two heads of state, so two states (the second
    title shares no state); "Soviet leader X and Foreign Minister Y", "French President X and Prime Minister Y" share one.
    """
    found = role_ending_at(doc, first.i)
    if not found:
        return False
    before = [t.lower_ for t in doc[found[1]:first.i]]
    return before == title or bool(before and title and before[-1] in HEAD_OF_STATE and title[-1] in HEAD_OF_STATE)


def _organisation_after(doc: Doc, person: Token) -> int | None:
    """The organisation named "of" it right after a person, a few lower-case words allowed ("X of the conservative Law
    and Justice Party"), if any."""
    k = person.i + 1
    if k + 1 >= len(doc) or doc[k].lower_ != "of":
        return None
    k += 1
    while k < len(doc) and k - person.i <= 4 and (doc[k].lower_ == "the" or doc[k].is_lower and doc[k].is_alpha and not doc[k].ent_type_):
        k += 1
    return k if k < len(doc) and doc[k].ent_type_ in ORG_CLASSES and can_hold(doc[k]) else None


def _coordinated_title(doc: Doc, person: Token, start: int, skip: frozenset[int]) -> list[RoleHit]:
    """ "Conservative Party leader and Prime Minister Boris Johnson": the first title, held for the name before it,
    is the same person's too."""
    field = start
    while start >= 3 and field - start < 2 and doc[start - 1].is_lower and doc[start - 1].is_alpha \
            and doc[start - 1].lower_ != "and" and not doc[start - 1].ent_type_:
        start -= 1  # "FBI agent and terrorism expert X": a lower-case field before the second title
    if start < 3 or doc[start - 1].lower_ != "and" or (earlier := role_ending_at(doc, start - 1)) is None:
        return []
    kind, first = earlier
    holder = first - 1
    if holder < 0 or not can_hold(doc[holder]) or holder in skip or doc[holder].ent_type_ == "Person" and kind != "staff":
        return []  # "Trump adviser and retired general Michael Flynn": a person's staff (a person leads no one)
    predicate = role_predicate(kind, doc[holder], unit=False)
    return [(person.i, predicate, holder, f"title-{kind}-coordinated")] if predicate else []

