"""Roles in appositions and copulas: "X, the Russian ambassador,", "Kazakhstan's ambassador to Russia,
Tair Mansurov", "Johnson became leader of the Conservative Party".

Part of the role readers: :mod:`kg.extract.roles` calls :func:`apposition_after` and :func:`copular_role`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.role_base import DEPUTY_WORDS, ORG_CLASSES, RoleHit, agency, bare_state_title, can_hold, office_holder, region_legislator, role_predicate
from kg.nlp.lexicon import GOVERNMENT_NOUNS, PAST_ROLE_MARKERS
from kg.nlp.role_phrases import portfolio_end, portfolio_start, role_at, role_ending_at
from kg.nlp.parties import PARTY_ADJECTIVE
from kg.nlp.places import PLACE_NOUNS_OF


#: nouns after a person's name that make what follows a member of a group of theirs ("a Nakasone faction member")
GROUP_NOUNS = frozenset({"faction", "camp", "wing", "bloc", "movement", "campaign", "family", "clan"})


#: occupations that say nothing of an employer, but whose holder works for the person who retains them
CLIENT_ROLES = frozenset({"lawyer"})


def apposition_after(doc: Doc, person: Token) -> list[RoleHit]:
    """ "X, the Russian ambassador,", "X, executive vice president of Y,", "X, Puerto Rico's governor," (and, through
    :func:`role_then_name`, a role before the name: "Kazakhstan's ambassador to Russia, Tair Mansurov")."""
    hits: list[RoleHit] = []
    i = after_age(doc, person.i + 1)
    if i >= len(doc) or doc[i].text != ",":
        return role_then_name(doc, person)
    hits.extend(role_then_name(doc, person))
    j = i + 1
    if j < len(doc) and doc[j].lower_ in ("a", "an", "the"):
        j += 1
    while j + 1 < len(doc) and doc[j].lower_ in PAST_ROLE_MARKERS and not doc[j].ent_type_ and can_hold(doc[j + 1]):
        j += 1  # "Beto O'Rourke, a former United States Representative": the state after the time word
    holder = None
    if j < len(doc) and can_hold(doc[j]):  # "X, the Russian ambassador", "X, AU trade commissioner"
        holder = j
        j += 1
        if j < len(doc) and doc[j].norm_ == "'s":
            j += 1
        if doc[holder].ent_id_ == "pronoun" and role_at(doc, j) is None:
            holder = None  # "X, his wife and the chairwoman of Y": "his" holds no title here
        elif doc[holder].ent_type_ == "Person" and j < len(doc) and doc[j].lower_ in GROUP_NOUNS:
            holder = None  # "X, a Nakasone faction member": a member of the person's faction, not their staff
    for k in range(j, min(j + 6, len(doc))):
        found = role_at(doc, k)
        if not found:
            if doc[k].is_punct and doc[k].text != "-" or doc[k].ent_type_ and doc[k].ent_id_ != "pronoun":
                break  # "the long-serving Sultan of Oman": a hyphenated modifier is part of the phrase ("his wife and the ...")
            continue
        kind, end = found
        while (longer := role_at(doc, end)) is not None and longer[0] != "honorific":
            # "X, executive vice president of Y": the last title names the office; a deputy leads nothing
            kind = "staff" if longer[0] == "leader" and doc[k].lower_ in DEPUTY_WORDS else longer[0]
            end = longer[1]
        end = portfolio_end(doc, end)  # "X, the Secretary of Justice for Puerto Rico"
        while end + 1 < len(doc) and doc[end].lower_ == "and" and (second := role_at(doc, end + 1)) is not None \
                and second[0] != "honorific":
            kind, end = (kind if kind == "leader" else second[0]), second[1]  # "X, chairman and president of Y": both Y's
        role_word = doc[end - 1].lower_
        if kind == "leader" and k > 0 and doc[k - 1].lower_ in ("minority", "majority"):
            kind = "member"  # "X, the Senate minority leader": a party's leader in the chamber, a member of it
        after = end
        if after < len(doc) and doc[after].text == "(":  # "Labour MP (Member of Parliament) Tom Watson"
            after = next((t.i + 1 for t in doc[after:min(after + 8, len(doc))] if t.text == ")"), after)
        if after < len(doc) and (doc[after].ent_type_ == "Person" or doc[after].text[:1].isupper() and doc[after].is_alpha):
            break  # "X, Bank of Japan Governor Satoshi Sumita": the next item of a list, not an apposition
        if holder is not None:
            predicate = None if region_legislator(doc, holder, k, end) else role_predicate(kind, doc[holder], unit=False)
            if kind == "honorific" and role_word in CLIENT_ROLES and doc[holder].ent_type_ == "Person":
                predicate = "worksFor"  # "Irma Tchkadua, Basilashvili's lawyer": counsel works for the client
            if predicate:
                hits.append((person.i, predicate, holder, f"apposition-{kind}"))
            if doc[holder].ent_id_ != PARTY_ADJECTIVE or not (end + 1 < len(doc) and doc[end].lower_ in ("of", "at", "for")):
                break
            holder = None  # "the Democratic chairman of the Oversight Committee": the party's member, the committee's chair
        if doc[j - 1].lower_ == "the" and (end >= len(doc) or doc[end].is_punct or _verb_after(doc[end])):
            # "Michael Makuei, the Information Minister, said", also with the closing comma left out ("... Minister paid")
            hits.extend(bare_state_title(doc, person, k, "apposition-bare"))
            break
        if end + 2 < len(doc) and doc[end].lower_ in ("of", "at", "for", "with") and doc[end + 1].lower_ == "the":
            end += 1  # "a spokeswoman for the European Commission"
        elif end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].is_lower:
            # "director of global news for AFP": the role is in a unit of the organisation
            k = end + 1
            while k < len(doc) and k - end <= 4 and doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ("for", "at", "of"):
                k += 1
            target = k + 1
            if target + 1 < len(doc) and doc[target].lower_ == "the":
                target += 1  # "director of research at the Peterson Institute"
            if target < len(doc) and doc[k].lower_ in ("for", "at", "of") and can_hold(doc[target]) and doc[target].ent_type_ in ORG_CLASSES:
                hits.append((person.i, "worksFor", target, f"apposition-{kind}-unit"))
            break
        if end + 1 < len(doc) and doc[end].lower_ == "to" and role_word in PERSONAL_STAFF:
            # "X, a former adviser to President Donald Trump": the person advised (an ambassador to a state is its guest)
            target = end + 1 + (doc[end + 1].lower_ == "the")
            target = title[1] if (title := role_at(doc, target)) is not None else target
            if target < len(doc) and can_hold(doc[target]) and doc[target].ent_type_ in ("Person", *ORG_CLASSES):
                hits.append((person.i, "worksFor", target, f"apposition-{kind}"))
            break
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "the") and (place := place_named_after(doc, end + 1)) is not None:
            predicate = role_predicate(kind, doc[place], unit=False)  # "mayor of the Polish city of Gdańsk"
            if predicate:
                hits.append((person.i, predicate, place, f"apposition-{kind}"))
            break
        if end + 1 < len(doc) and doc[end].lower_ in ("of", "at", "for", "with", "the") and can_hold(doc[end + 1]):
            target = doc[end + 1]
            if end + 3 < len(doc) and doc[end + 2].norm_ == "'s" and can_hold(doc[end + 3]) and doc[end + 3].ent_type_ in ORG_CLASSES:
                end, target = end + 2, doc[end + 3]  # "X, Director General of the DRC's INRB": the institute
            elif target.ent_type_ == "Person" and end + 4 < len(doc) and doc[end + 2].lower_ in GOVERNMENT_NOUNS \
                    and doc[end + 3].norm_ == "'s" and can_hold(doc[end + 4]) and doc[end + 4].ent_type_ in ORG_CLASSES:
                end, target = end + 3, doc[end + 4]  # "spokeswoman for the Trump administration's Department of Justice"
            elif target.ent_id_ == "demonym" and end + 2 < len(doc) and doc[end + 2].ent_type_ in ORG_CLASSES and can_hold(doc[end + 2]):
                end, target = end + 1, doc[end + 2]  # "a member of the Iranian Expediency Council": the council
            unit = end + 2 < len(doc) and doc[end + 2].norm_ == "'s" and not (end + 3 < len(doc) and doc[end + 3].ent_type_)
            if role_word == "director" and all(doc[t].lower_ in BEFORE_THE_TITLE for t in range(j, k)) \
                    and not any(t.lower_ in DEPUTY_WORDS for t in doc[k:end]) \
                    and doc[i + 1].lower_ not in ("a", "an") and target.ent_type_ in ORG_CLASSES and not unit:
                kind = "leader"  # "X, director of Youth Forum Zimbabwe", "X, formerly the director of Y" heads it; "X, a director of Y"
            # sits on its board
            predicate = role_predicate(kind, target, unit=unit)
            if predicate:
                hits.append((person.i, predicate, target.i, f"apposition-{kind}"))
                other = target.i + 2  # "chairman of Liberty Financial and Liberty Savings": of both
                if not unit and other < len(doc) and doc[other - 1].lower_ == "and" and can_hold(doc[other]) \
                        and doc[other].ent_type_ == target.ent_type_ and (twin := role_predicate(kind, doc[other], unit=False)):
                    hits.append((person.i, twin, other, f"apposition-{kind}"))
        break
    return hits


#: words between an apposition's comma and its title that keep the title the office itself ("X, formerly the director of Y")
BEFORE_THE_TITLE = PAST_ROLE_MARKERS | frozenset({"formerly", "currently", "now", "the", "its", "acting", "interim"})
#: roles held to a person or body: "adviser to", "aide to", "assistant to"
PERSONAL_STAFF = frozenset({"adviser", "advisor", "aide", "assistant", "consultant", "counsellor", "counselor"})


def place_named_after(doc: Doc, i: int) -> int | None:
    """ "(the) Polish city of Gdańsk" starting at ``i``: the token of the place named after "of"."""
    if i < len(doc) and doc[i].ent_id_ == "demonym":
        i += 1
    if i + 2 < len(doc) and doc[i].lower_ in PLACE_NOUNS_OF and doc[i + 1].lower_ == "of" and doc[i + 2].ent_type_ in ("City", "Place"):
        return i + 2
    return None


def role_then_name(doc: Doc, person: Token) -> list[RoleHit]:
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
    if holder >= 3 and doc[holder].ent_type_ == "Country" and doc[holder - 1].lower_ == "of" and doc[holder - 2].ent_type_ in ORG_CLASSES:
        holder -= 2  # "the head of the central bank of Mexico, X": the bank
    of = holder - 1 - (doc[holder - 1].lower_ == "the")
    if of >= 2 and doc[of].norm_ == "'s" and can_hold(doc[of - 1]) and doc[holder].ent_type_ in ORG_CLASSES:
        of -= 2 + (doc[of - 2].lower_ == "the")  # "the director of Argentina's Amnesty International, X": the organisation
    if of >= 1 and can_hold(doc[holder]) and doc[of].lower_ in ("of", "at"):
        found = role_ending_at(doc, of)
        if found and found[1] > 0 and doc[found[1] - 1].lower_ == "the" and doc[of - 1].lower_ == "director":
            found = ("leader", found[1])  # "the director of Amnesty International, X" heads it
        if found:
            predicate = role_predicate(found[0], doc[holder], unit=False)
            return [(person.i, predicate, holder, f"role-of-apposition-{found[0]}")] if predicate else []
    if end - 2 >= 0 and doc[end - 2].lower_ in ("to", "in", "on", "at") and doc[end - 1].ent_type_:
        end -= 2
    found = role_ending_at(doc, end)
    if not found:
        return []
    kind, start = found
    k = portfolio_start(doc, start) - 1  # "the Peruvian energy and mines minister, X"
    if k >= 0 and doc[k].norm_ == "'s":
        k -= 1
    if k >= 0 and can_hold(doc[k]):
        if [t.lower_ for t in doc[start:end]] == ["director"] and k + 1 < start and doc[k + 1].norm_ == "'s" and agency(doc[k]):
            kind = "leader"  # "the National Institute of Allergy and Infectious Disease's director, Dr. Anthony Fauci" heads it
        predicate = role_predicate(kind, doc[k], unit=False)
        if predicate:
            return [(person.i, predicate, k, f"role-apposition-{kind}")]
        return []
    if k >= 0 and doc[k].lower_ == "the":  # "The Vice President, Mike Pence, said": the article's state's office
        return bare_state_title(doc, person, start, "role-apposition-bare")
    return []


COPULAS = frozenset({"is", "was", "became", "becomes", "remains", "remained", "named", "elected", "appointed", "'s",
                     "serves", "served", "serving", "as", "resigned", "resigns", "retired", "retires", "stepped", "steps"})
#: words a swearing-in may put between "sworn in" and "as" ("sworn in at 5 p.m. local time (2100 UTC) as governor")
CLOCK_WORDS = frozenset({"on", "at", "in", "yesterday", "today", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday",
                        "sunday", "morning", "afternoon", "evening", "night", "local", "time", "p.m.", "a.m.", "pm", "am", "(", ")",
                        "utc", "gmt", "last", "this", "week", "officially", "formally"})


#: verbs that may follow an apposition whose closing comma was left out
APPOSITION_VERBS = frozenset({"said", "says", "told", "tells", "paid", "pays", "added", "adds", "spoke", "speaks", "wrote",
                              "writes", "stated", "announced", "confirmed", "warned", "insisted", "argued", "met", "held"})


def _verb_after(token: Token) -> bool:
    return token.lower_ in APPOSITION_VERBS or token.is_lower and token.is_alpha and token.lower_.endswith("ed") and len(token) > 4


def _duration(doc: Doc, j: int) -> int | None:
    """ "served eight years as vice president": where "as" follows a span of time starting at ``j``, if it does."""
    k = j
    while k < len(doc) and k - j < 3 and (doc[k].like_num or doc[k].lower_ in ("years", "year", "months", "terms", "term", "a")):
        k += 1
    return k if j < k < len(doc) and doc[k].lower_ == "as" else None


def _time_then_as(doc: Doc, j: int) -> int | None:
    """Where "as" follows a time phrase (numbers and time words only) starting at ``j``, if it does."""
    k = j
    while k < len(doc) and k - j < 10 and not doc[k].ent_type_ and (doc[k].like_num or doc[k].lower_ in CLOCK_WORDS):
        k += 1
    return k if j < k < len(doc) and doc[k].lower_ == "as" else None


def after_age(doc: Doc, i: int) -> int:
    """The comma that closes a person's age set off after the name ("Tom Hale, 54, was named ..."), else ``i``."""
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 1].is_digit and doc[i + 2].text == ",":
        return i + 2
    return i


def copular_role(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Johnson became leader of the Conservative Party", "X was elected president of Y"."""
    first = after_age(doc, person.i + 1)
    if first > person.i + 1:
        first += 1  # "Tom Hale, 54, was named president of Vexa Corp"
    if first + 1 < len(doc) and doc[first].text == "," and doc[first + 1].lower_ == "who":
        first += 1  # "Mike Pompeo, who is the secretary of state"
    if first < len(doc) and doc[first].lower_ == "who":
        first += 1
    j = first
    while j < len(doc) and j - first <= 5 and (doc[j].lower_ in COPULAS or doc[j].lower_ in ("sworn", "also", "now")
                                               or doc[j].lower_ == "in" and doc[j - 1].lower_ == "sworn"
                                               or doc[j].lower_ == "down" and doc[j - 1].lower_ in ("stepped", "steps")):
        if doc[j].lower_ in ("serves", "served", "serving") and (end := _duration(doc, j + 1)) is not None:
            j = end  # "served eight years as prime minister"
            continue
        if doc[j].lower_ == "in" and doc[j - 1].lower_ == "sworn" and (end := _time_then_as(doc, j + 1)) is not None:
            j = end + 1  # "was sworn in on Friday as governor"
            break
            continue
        j += 1
    if not any(t.lower_ in COPULAS for t in doc[first:j]) or doc[first].lower_ == "as":
        return []  # "endorse Joe Biden as president": a hope, not an office held
    if j < len(doc) and doc[j].lower_ in ("the", "a", "an", "its", "new", "current", "interim", "acting"):
        j += 1
    if j + 2 < len(doc) and can_hold(doc[j]) and doc[j + 1].norm_ == "'s":
        k = j + 3 if j + 3 < len(doc) and doc[j + 2].lower_ in ("new", "current", "interim", "acting", "first", "next") else j + 2
        if (found := role_at(doc, k)) is not None:
            predicate = role_predicate(found[0], doc[j], unit=False)  # "was sworn in as Puerto Rico's new governor"
            return [(person.i, predicate, j, f"copular-{found[0]}")] if predicate else []
    found = role_at(doc, j) if j < len(doc) else None
    if not found:
        return []
    kind, end = found
    if (target := office_holder(doc, end)) is not None:  # "head of Iran's Quds Force": the force, not Iran
        if can_hold(doc[target]):
            predicate = role_predicate(kind, doc[target], unit=False)
            return [(person.i, predicate, target, f"copular-{kind}")] if predicate else []
        return []
    if end < len(doc) and (doc[end].is_punct or doc[end].lower_ in ("in", "on", "after", "when", "and", "until")):
        return bare_state_title(doc, person, j, "copular-bare")  # "Tsvangirai became prime minister in 2009"
    return []


#: words that, before "becoming" and a title, say the office is held since ("Since becoming president, X ...")
SINCE_WORDS = frozenset({"since", "after", "upon", "on"})


def office_in_passing(doc: Doc, person: Token) -> list[RoleHit]:
    """A bare title the sentence gives the person in passing: "Since becoming president, Putin has visited ...",
    "Putin arrived for his first official visit as president": the office of the person's state (or the story's).

    Not a title that names its holder ("his visit as president of the club"), nor an office to come ("his bid to
    become president" has no "as").
    """
    sent = person.sent
    if person.i >= 4 and doc[person.i - 1].text == ",":  # "Since becoming president, Putin"
        k = person.i - 2
        start = next((j for j in range(max(sent.start, person.i - 7), k) if doc[j].lower_ == "becoming"
                      and j > sent.start and doc[j - 1].lower_ in SINCE_WORDS), None)
        if start is not None and (found := _bare_title(doc, start + 1)) is not None and found == person.i - 1:
            return bare_state_title(doc, person, start + 1, "copular-bare")
    for k in range(person.i + 1, min(sent.end, person.i + 20)):
        if doc[k].lower_ in ("his", "her") and doc[k].ent_kb_id_ == person.ent_kb_id_:
            for j in range(k + 1, min(sent.end - 1, k + 6)):
                if doc[j].lower_ == "as" and _bare_title(doc, j + 1) is not None:
                    return bare_state_title(doc, person, j + 1, "copular-bare")
            break
    return []


def _bare_title(doc: Doc, start: int) -> int | None:
    """The end of a leader's or staff title at ``start`` that names no holder after it ("president,", "president to")."""
    found = role_at(doc, start) if start < len(doc) else None
    if found is None or found[0] not in ("leader", "staff") or found[1] >= len(doc):
        return None
    return None if doc[found[1]].lower_ in ("of", "at", "for", "'s") or doc[found[1]].ent_type_ else found[1]


#: verbs by which a body or state gives a person an office ("Vexa Corp named Tom Hale chairman")
APPOINT = frozenset({"named", "names", "appointed", "appoints", "elected", "elects", "hired", "hires", "picked", "picks",
                     "promoted", "promotes", "nominated", "nominates", "chose", "chooses", "selected", "selects", "tapped", "taps"})
#: the same verbs' participles after "has been", "was" ("Tom Hale has been named president")
APPOINTED = frozenset({"named", "appointed", "elected", "promoted", "nominated", "chosen", "selected", "picked", "hired", "tapped"})
#: words between the appointer and its verb, or between a person and a passive appointment
APPOINT_FILLERS = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "be", "will", "would", "also", "today",
                             "yesterday", "recently", "formally", "officially", "unanimously"})
REPORTING = frozenset({"said", "says", "announced", "announces"})
#: a firm's board appoints for it: "its board of directors elected X"
BOARD_WORDS = frozenset({"board", "directors", "of", "shareholders", "stockholders"})


def appointed(doc: Doc, person: Token) -> list[RoleHit]:
    """ "Vexa Corp named Tom Hale chairman", "Vexa appointed Tom Hale as its chief executive", "Vexa Corp said Tom Hale
    has been named president": the office is the appointer's, unless the title names a holder of its own ("president
    of Y": :func:`copular_role` and the appositions read those)."""
    holder, i = None, person.i - 1
    if i >= 1 and doc[i].lower_ in APPOINT:
        k = i - 1
        while k >= 0 and i - k <= 6 and (doc[k].lower_ in APPOINT_FILLERS or doc[k].lower_ in BOARD_WORDS):
            k -= 1  # "Regency Cruises Inc said its board of directors elected X": the firm's
        holder = k if k >= 0 and can_hold(doc[k]) and doc[k].ent_type_ != "Person" else None
        j = person.i + 1
    else:
        j = person.i + 1
        while j < len(doc) and j - person.i <= 3 and doc[j].lower_ in APPOINT_FILLERS:
            j += 1
        if j == person.i + 1 or j >= len(doc) or doc[j].lower_ not in APPOINTED:
            return []
        j += 1
        said = person.i - 1 - (person.i >= 2 and doc[person.i - 1].lower_ == "that")
        if said >= 1 and doc[said].lower_ in REPORTING and can_hold(doc[said - 1]) and doc[said - 1].ent_type_ in ORG_CLASSES:
            holder = said - 1  # "Vexa Corp said Tom Hale has been named president": the firm's president
    if holder is None:
        return []
    j += j < len(doc) and doc[j].lower_ == "as"
    if j + 3 < len(doc) and doc[j].lower_ == "to" and doc[j + 1].lower_ == "the":  # "named X to the new post of vice chairman"
        k = j + 2 + (doc[j + 2].lower_ in ("new", "additional", "newly-created"))
        j = k + 2 if k + 1 < len(doc) and doc[k].lower_ in ("post", "position", "office", "job") and doc[k + 1].lower_ == "of" else j
    j += j < len(doc) and doc[j].lower_ in ("its", "the", "a", "an", "their")
    while j < len(doc) and doc[j].lower_ in ("new", "acting", "interim", "next", "first"):
        j += 1
    if (found := role_at(doc, j) if j < len(doc) else None) is None:
        return []
    kind, end = found
    while end + 1 < len(doc) and doc[end].lower_ == "and" and (second := role_at(doc, end + 1)) is not None and second[0] != "honorific":
        kind, end = (kind if kind == "leader" else second[0]), second[1]  # "named X president and chief executive"
    if end < len(doc) and doc[end].lower_ in ("of", "at", "for"):
        return []  # "president of Y": the title's own holder ("ambassador to Kenya" is the appointer's)
    predicate = role_predicate(kind, doc[holder], unit=False)
    return [(person.i, predicate, holder, f"appointed-{kind}")] if predicate else []
