"""What the role readers share: which tokens can hold a role, and which predicate a role kind gives.

Roles are read by :mod:`kg.extract.roles` (titles before a name, "X of Y") and
:mod:`kg.extract.role_appositions` (appositions and copulas); both give ``(person token,
predicate, holder token, rule)`` tuples, whose predicate may carry a marker (:data:`LOCAL_LEADER`,
:data:`LEGISLATURE`) and whose holder may be :data:`NO_HOLDER` (the relation stage finds the state).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kg.extract.nodes import person_state
from kg.gazetteer import load_gazetteer
from kg.nlp.entities import SUBNATIONAL, local_story
from kg.nlp.lexicon import ORG_HEADS, PAST_ROLE_MARKERS
from kg.nlp.role_phrases import portfolio_start, portfolio_title_end, role_at
from kg.nlp.parties import PARTY_ADJECTIVE

HOLDER_CLASSES = frozenset({"Country", "City", "Place", "Organization", "InternationalOrganization", "GovernmentBody",
                            "Company", "MediaOrganization", "ArmedGroup", "Person"})
ORG_CLASSES = frozenset({"Organization", "InternationalOrganization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
#: leaderOf held by a mayor or governor: its holder is the city or province itself ("the mayor of Moscow"
#: leads Moscow, not Russia), so the relation stage reads it without metonymy
LOCAL_LEADER = "leaderOf/local"
#: leaderOf held under the bare title "Premier": a state's head of government (China's), or in a federation whose
#: states or provinces have premiers (Australia, Canada, South Africa) the head of one of them, not of the country
PREMIER = "leaderOf/premier"
#: federations whose first-level regions are led by premiers (the country's own head is a prime minister)
REGIONAL_PREMIER_STATES = frozenset({"gaz:australia", "gaz:canada", "gaz:south-africa"})
RoleHit = tuple[int, str, int, str]
#: first words of a title whose holder stands in for a leader: "Deputy Chief Minister", "vice chairman"
DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "under"})
#: capitalised words that start a sentence before "<country> <role>" without being part of a name
TIME_WORDS = PAST_ROLE_MARKERS | frozenset({"acting", "interim", "incoming", "new", "current", "then", "now", "today",
                                            "yesterday", "meanwhile", "but", "and", "also", "when", "after", "as"})


#: the court a judge sits on, between the state and the title ("U.S. District Judge", "U.S. Circuit Judge")
COURT_LEVELS = frozenset({"district", "circuit", "federal", "bankruptcy", "magistrate", "appeals", "appellate"})


def _court_level_judge(doc: Doc, i: int) -> bool:
    """Do court words and then a judge's title start at ``i`` ("District Judge", "Circuit Judge")?"""
    while i < len(doc) and doc[i].lower_ in COURT_LEVELS:
        i += 1
    return i < len(doc) and doc[i].lower_ in ("judge", "justice")


def agency(holder: Token) -> bool:
    """A public body or an organisation whose "director" heads it (a firm's or a bank's director sits on its board)."""
    return holder.ent_type_ in ("GovernmentBody", "Organization", "InternationalOrganization") and "bank" not in holder.lower_.split()


def office_holder(doc: Doc, end: int) -> int | None:
    """What a title ending before ``end`` is "of" ("president of Peru", "chairman of the Vexa Corp", "head of Iran's Quds
    Force": the force, not Iran), when the words say so; None when no "of", "at" or "for" follows the title."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "at", "for"):
        return None
    target = end + 2 if doc[end + 1].lower_ == "the" and end + 2 < len(doc) else end + 1
    if target + 2 < len(doc) and doc[target].ent_type_ in ("Country", "City") and doc[target + 1].norm_ == "'s" \
            and doc[target + 2].ent_type_ in ORG_CLASSES:
        target += 2
    return target


def can_hold(token: Token) -> bool:
    return token.ent_type_ in HOLDER_CLASSES and "|" not in token.ent_kb_id_ and not inside_a_name(token)


def inside_a_name(token: Token) -> bool:
    """A country inside a longer name the gazetteer does not know: "Amoco Canada president X", "the China
    International Investment and Trust Corporation": the holder is that company, not the state."""
    if token.ent_type_ != "Country" or token.ent_id_ == "demonym":
        return False
    doc, i = token.doc, token.i
    before = i > 0 and (doc[i - 1].is_title and not doc[i - 1].ent_type_ and role_at(doc, i - 1) is None
                        and not (doc[i - 1].is_sent_start and doc[i - 1].lower_ in TIME_WORDS) and doc[i - 1].lower_ not in ("the", "a", "an")
                        or doc[i - 1].ent_type_ in ("Company", "Organization") and doc[i - 1].ent_id_ != PARTY_ADJECTIVE)
    after = i + 1 < len(doc) and doc[i + 1].is_title and not doc[i + 1].ent_type_ and role_at(doc, i + 1) is None \
        and portfolio_title_end(doc, i + 1) is None and not _court_level_judge(doc, i + 1)  # "U.S. District Judge X"
    return before or after


def _territory(token: Token) -> bool:
    """A dependent territory of the gazetteer ("Puerto Rico's governor" leads Puerto Rico)."""
    if token.ent_type_ != "Country" or not token.ent_kb_id_.startswith("gaz:") or token.ent_id_ == "demonym":
        return False
    entry = load_gazetteer().entries.get(token.ent_kb_id_[4:])
    return entry is not None and entry.territory


def _seat_of_state(token: Token) -> bool:
    """A city the gazetteer lets stand for its state ("Moscow", "Washington"), not any other city."""
    entry = load_gazetteer().entries.get(token.ent_kb_id_[4:]) if token.ent_kb_id_.startswith("gaz:") else None
    return entry is not None and bool(entry.country) and entry.metonym


#: organisations one belongs to rather than works for ("Phil Collins of the Prohibition Party")
MEMBERSHIP_HEADS = frozenset({"party", "movement", "front", "alliance", "coalition", "league", "union", "caucus"})


def membership_body(holder: Token) -> bool:
    """Is the holder an organisation one belongs to (a party, movement, union)? Its full name says ("the MDC")."""
    if holder.ent_type_ != "Organization":
        return False
    info = (holder.doc._.kg_entities or {}).get(holder.ent_kb_id_)
    return bool(MEMBERSHIP_HEADS & set((info.label if info is not None else holder.text).lower().split()))


#: states that are a church's own government: their clergy and scholars work for them ("Vatican archbishop X")
CHURCH_STATES = frozenset({"gaz:holy-see"})


def role_predicate(kind: str, holder: Token, unit: bool) -> str | None:
    """leaderOf / worksFor for a role kind held for ``holder`` (``unit``: "X's <unnamed unit>")."""
    if holder.ent_id_ == PARTY_ADJECTIVE:
        return "memberOf"  # "Republican Senator X", "Democratic presidential nominee X"
    if kind == "honorific":
        return None
    if kind == "member":
        return "memberOf" if holder.ent_type_ in ORG_CLASSES else None
    if unit:
        return "worksFor"
    if kind == "expert":  # an expert works for an institution, not for the state they come from ("Polish archbishop X")
        return "worksFor" if holder.ent_type_ in ORG_CLASSES or holder.ent_kb_id_ in CHURCH_STATES else None
    if kind == "leader":
        # "San Diego's chancellor" heads no city (a mayor does); "Moscow's leader" is Russia's, a seat standing for its state
        return None if holder.ent_type_ == "Person" or holder.ent_type_ == "City" and not _seat_of_state(holder) else "leaderOf"
    if holder.ent_id_ == "demonym" and kind in ("local", "local-staff"):
        return None  # "a Kenyan governor": a county of Kenya, not Kenya
    if kind == "local":  # a mayor or governor leads a city, a province, a dependent territory or an organisation, never a state
        return LOCAL_LEADER if holder.ent_type_ in ORG_CLASSES | {"City", "Place"} or _territory(holder) else None
    if kind == "local-staff":  # "the deputy governor of the central bank"; a councillor of a city works for no agent
        return "worksFor" if holder.ent_type_ in ORG_CLASSES else None
    return "worksFor"


#: titles that, with no holder named, can only mean an office of a state ("President X", "the Defence Secretary")
STATE_TITLES = frozenset({"president", "prime", "premier", "chancellor", "king", "queen", "emir", "amir", "sultan",
                          "minister", "secretary", "undersecretary", "under-secretary", "taoiseach", "monarch", "shah", "senator", "congressman", "congresswoman", "mp",
                          "solicitor", "attorney", "ombudsman", "comptroller", "surgeon", "presidential", "national", "government"})
NO_HOLDER = -1  # holder token for a bare state title: the relation stage finds the state
#: members of a chamber: the title names the chamber of the state (the relation stage finds both)
#: (a member of parliament sits in the lower house: its name varies by state, the first the gazetteer has counts)
LEGISLATORS = {"senator": "senate", "congressman": "house of representatives", "congresswoman": "house of representatives",
               "mp": "house of commons|house of representatives|national assembly|parliament"}
LEGISLATURE = "memberOf/chamber:"  # predicate marker: memberOf the state's chamber named after the colon ("|": first found)
PRESIDING = "leaderOf/chamber:"  # predicate marker: leaderOf the state's chamber ("House Speaker Jim Wright")
#: the word before "Speaker" that names the chamber the speaker presides over
SPEAKERS_CHAMBERS = {"House": "house of representatives", "Commons": "house of commons"}
#: members of a legislature: a region's ("Connecticut Senator X", "a New Hampshire state representative") sits for it,
#: and works for no government of it
LEGISLATOR_WORDS = frozenset(LEGISLATORS) | frozenset({"senators", "representative", "representatives", "lawmaker", "legislator",
                                                       "assemblyman", "assemblywoman", "assemblymember", "delegate", "councillor",
                                                       "councilor", "councilman", "councilwoman", "alderman"})


def region_legislator(doc: Doc, holder: int, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` a legislator's title held for a region (a Place): no worksFor that region."""
    return doc[holder].ent_type_ == "Place" and any(t.lower_ in LEGISLATOR_WORDS for t in doc[start:end])


def legislator_title(doc: Doc, holder: int, person: int) -> str | None:
    """The chamber marker of a legislator's title named with its state: "U.S. Senator X", "X, a U.S. Senator",
    "British MP X" (the member of a chamber serves in it, not for the state's government)."""
    for k in range(holder + 1, min(holder + 5, len(doc))):
        if k == person or doc[k].is_punct or doc[k].ent_type_:
            return None
        found = role_at(doc, k)
        if found is not None:
            word = doc[k].lower_
            return f"{LEGISLATURE}{LEGISLATORS[word]}" if found[1] == k + 1 and word in LEGISLATORS else None
    return None


def _unknown_portfolio(doc: Doc, lead: int) -> bool:
    """ "Emergencies Minister X": one or two capitalised words before "Minister", no name the pipeline knows.

    Only states have ministers, so the words are a portfolio, not a holder (unlike "UCPB president").
    """
    k = lead - 1
    while k >= 0 and lead - k <= 2 and doc[k].is_title and doc[k].is_alpha and not doc[k].ent_type_:
        if k == 0 or doc[k].is_sent_start or not (doc[k - 1].is_title and doc[k - 1].is_alpha):
            return True
        k -= 1
    return False


#: words of an international body's organ (it has a president, not a secretary general of its own)
ORGAN_WORDS = frozenset({"council", "assembly", "court", "commission", "committee", "parliament"})


def _story_organisation_head(doc: Doc, person: Token, rule: str) -> list[RoleHit]:
    """ "Secretary General X" with no body named: the head of the one international organisation the article names.

    Its organs ("the UN Security Council") have no secretary general of their own and do not count;
    with two organisations named ("NATO ... the EU"), whose secretary general it is stays unknown.
    """
    holder = the_one_named(doc, person, lambda t: t.ent_type_ == "InternationalOrganization"
                           and not ORGAN_WORDS & set(t.lower_.replace("-", " ").split()))
    return [(person.i, "leaderOf", holder, rule.replace("bare", "organisation"))] if holder is not None else []


def the_one_named(doc: Doc, person: Token, fits: Callable[[Token], bool]) -> int | None:
    """The mention nearest ``person`` of the one entity the article names that ``fits`` (none when it names two)."""
    mentions: dict[str, int] = {}
    for token in doc:
        if token.ent_type_ and "|" not in token.ent_kb_id_ and fits(token):
            if token.ent_kb_id_ not in mentions or abs(token.i - person.i) < abs(mentions[token.ent_kb_id_] - person.i):
                mentions[token.ent_kb_id_] = token.i
    return next(iter(mentions.values())) if len(mentions) == 1 else None


def story_body_holder(doc: Doc, person: Token, head: str, kind: str, rule: str) -> list[RoleHit]:
    """ "Democratic committee chairman X", "Senate President X", "central bank president X": the office is in the
    one organisation the article names with that head word ("the House Judiciary Committee"), if one; else none
    (the organisation is left unnamed, and no state's office is meant)."""
    if head == "bank" and person.i >= 3 and doc[person.i - 3].lower_ == "central":
        return []  # "central bank president X": a state's central bank, whichever bank the story names
    def own_title(t: Token) -> bool:  # the head word of this person's title: "Senate Minority Whip X"
        return t.i < person.i and person.i - t.i <= 4 and all(u.is_alpha and not u.ent_type_ for u in doc[t.i:person.i])

    if any(t.lower_ == head and t.text[:1].isupper() and not t.ent_type_ and not own_title(t) for t in doc):
        return []  # the story also says "the Senate" of a body it does not name: which one is meant is unsure
    holder = the_one_named(doc, person, lambda t: t.ent_type_ in ORG_CLASSES and (
        head in t.lower_.split() or head in ("company", "firm") and t.ent_type_ == "Company"))  # "company chairman X"
    if holder is None:
        return []
    if doc[holder].ent_kb_id_.startswith("gaz:") and local_story(doc):
        return []  # "Senate President X" in a Puerto Rico story: not the one Senate of the United States it names
    predicate = role_predicate(kind, doc[holder], unit=False)
    return [(person.i, predicate, holder, rule.replace("bare", "body"))] if predicate else []


#: a firm's titles: said in lower case before a name in a story about one firm, they are its offices
FIRM_TITLE_WORDS = frozenset({"chairman", "chairwoman", "president", "chief", "executive", "officer", "managing", "director",
                              "spokesman", "spokeswoman", "spokesperson", "vice", "treasurer", "general", "manager", "financial",
                              "operating", "finance", "ceo", "cfo", "coo", "deputy", "senior", "head"})


def _story_firm_officer(doc: Doc, person: Token, role_start: int, found: tuple[str, int], rule: str) -> list[RoleHit] | None:
    """ "spokesman David Annesley told Reuters", "finance director Niall Fitzgerald added": a firm's title said in lower
    case, with no holder, in a story that names one company and no other organisation: that company's officer.

    None when the title is not such (the caller reads it as a state's office, or as nothing); a person the gazetteer
    ties to a state ("president Reagan") holds that state's office, not a firm's.
    """
    lead = portfolio_start(doc, role_start)
    words = {t.lower_ for t in doc[lead:found[1]]}
    # lower case, or capitalised as a sentence's first word when no state has the title ("Chief executive David Kendall
    # said"; "President X said" may be a state's)
    said_low = doc[lead].is_lower or doc[lead].is_sent_start and not words & STATE_TITLES
    if not said_low or not words <= FIRM_TITLE_WORDS or words == {"general"} or found[0] not in ("leader", "staff") \
            or person.ent_id_ in ("pronoun", "description"):
        return None  # ("General Mills said": a firm's name, no general)
    before = doc[lead - 1] if lead > 0 else None
    if before is not None and (before.ent_type_ or before.norm_ == "'s" or before.text in (">", ")", "-")
                               or before.text[:1].isupper() and not before.is_sent_start
                               or before.lower_ in ORG_HEADS and before.lower_ != "board" or before.lower_ in ("lead", "union")):
        # "Dome's spokesman", "UCPB president", "<FRMS ST> founder": a holder is named (or cut); "police spokesman",
        # "union spokesman": another body's ("board chairman" is the firm's); "lead manager Banque Paribas": a bank
        return None
    if person_state(person) is not None:
        return None  # a known politician ("president Reagan"): a state's office
    others = {t.ent_kb_id_ for t in doc if t.ent_type_ in ("GovernmentBody", "Organization", "InternationalOrganization", "ArmedGroup")}
    if others:
        return None  # a union's, a ministry's or an agency's spokesman may be meant as well
    firm = the_one_named(doc, person, lambda t: t.ent_type_ == "Company")
    if firm is None:
        return None
    lede = next(iter(doc.sents))
    if not any(t.ent_kb_id_ == doc[firm].ent_kb_id_ for t in (*person.sent, *lede)):
        return None  # the story is about the firm (its first sentence names it) or the sentence is: not "Twitter" in a president's story
    return [(person.i, role_predicate(found[0], doc[firm], unit=False) or "worksFor", firm, rule.replace("bare", "firm"))]


def _story_court_judge(doc: Doc, person: Token, rule: str) -> list[RoleHit]:
    """ "Judge X" with no court named: a judge of the one court the article names (works for it), if one.

    Only where the article first names the judge: a later "Judge Miller" after "U.S. District Judge Gray
    Miller" says nothing of the one court named elsewhere.
    """
    if next(t.i for t in doc if t.ent_kb_id_ == person.ent_kb_id_) != person.i:
        return []
    court = the_one_named(doc, person, lambda t: t.ent_type_ == "GovernmentBody" and "court" in t.lower_.split())
    return [(person.i, "worksFor", court, rule.replace("bare", "court"))] if court is not None else []


#: units below a state whose own offices a possessive names ("Satyendra Jain, the city's home minister")
LOCAL_UNITS = frozenset({"city", "state", "province", "region", "county", "town", "district", "municipality", "territory", "island"})
#: words that make a title a local office ("District Attorney", "County Judge")
LOCAL_TITLE_WORDS = frozenset({"district", "county", "municipal", "city"})


def bare_state_title(doc: Doc, person: Token, role_start: int, rule: str) -> list[RoleHit]:
    """ "President Rodrigo Duterte" with no country named: leader (or minister) of the article's state."""
    found = role_at(doc, role_start)
    if found is not None and found[0] == "local" and doc[role_start].is_title and doc[role_start].lower_ in ("governor", "chief", "first") \
            and (role_start == 0 or not doc[role_start - 1].is_title or doc[role_start - 1].is_sent_start):
        return [(person.i, LOCAL_LEADER, NO_HOLDER, rule)]  # "Governor X", "Chief Minister X": the story's territory or one region
    before = doc[role_start - 1] if role_start > 0 else None
    if found is not None and found[0] == "member" and before is not None and before.lower_ in ORG_HEADS and not before.ent_type_:
        return story_body_holder(doc, person, before.lower_, "member", rule)  # "Senate Minority Whip Dick Durbin"
    if found is None or found[0] not in ("leader", "staff"):
        return []
    role_words = words = {t.lower_ for t in doc[role_start:found[1]]}
    if (firm := _story_firm_officer(doc, person, role_start, found, rule)) is not None:
        return firm
    if role_words == {"speaker"} and before is not None and before.text in SPEAKERS_CHAMBERS and doc[role_start].text == "Speaker":
        region = role_start >= 2 and (doc[role_start - 2].ent_type_ in ("Place", "City") or doc[role_start - 2].text[:1].isupper()
                                      and not doc[role_start - 2].is_sent_start)
        # "House Speaker Jim Wright" presides over the story state's house; "Texas House Speaker X" over a region's
        return [] if region else [(person.i, f"{PRESIDING}{SPEAKERS_CHAMBERS[before.text]}", NO_HOLDER, rule)]
    if {"secretary", "general"} <= words or {"director", "general"} <= words:
        return _story_organisation_head(doc, person, rule)  # "Secretary General X" heads the UN, not his state
    if words == {"judge"}:  # "Judge Paul Kellar ordered": a judge of the court the story names; not a "District Judge"
        capitalised_before = role_start > 0 and doc[role_start - 1].is_title and not doc[role_start].is_sent_start
        return [] if capitalised_before else _story_court_judge(doc, person, rule)
    if words == {"attorney"}:
        return []  # "attorney Jacob Hornberger", "Trump's personal attorney": a lawyer unless a state is named ("U.S. Attorney X")
    before = doc[role_start - 1] if role_start > 0 else None
    if before is not None and before.lower_ in ORG_HEADS and before.lower_ != "government" and not before.ent_type_ \
            and portfolio_start(doc, role_start) == role_start:  # "Petroleum Minister X" has a portfolio, no organisation
        return story_body_holder(doc, person, before.lower_, found[0], rule)  # "committee chairman X", "Senate President X"
    words = words | {t.lower_ for t in doc[portfolio_start(doc, role_start):role_start]}  # "Presidential Spokesperson X"
    if found[0] == "staff" and role_start > 0 and doc[role_start - 1].lower_ == "government":
        words = words | {"government"}  # "government spokesman X": the spokesman of the story's government
    if not words & STATE_TITLES or words & DEPUTY_WORDS and (found[0] == "leader" or doc[role_start].is_lower):
        return []  # "Vice President George Bush" serves the state; a lower-case "vice president" may be a firm's
    lead = portfolio_start(doc, role_start)  # "Industry Minister X": the word before the portfolio counts
    if "government" in words and lead == role_start:
        lead -= 1
    if doc[lead].lower_ == "state" and lead < role_start:
        return []  # "State Senator X": an office of a federal state, not of the country
    deputy = lead > 0 and doc[lead - 1].lower_ in DEPUTY_WORDS and doc[lead - 1].text != "under"  # "under President X"
    if deputy:
        lead -= 1  # "Deputy Emergency Situations Minister X", "Assistant Secretary of State X": a deputy serves the state
    while lead > 0 and (doc[lead - 1].lower_ in PAST_ROLE_MARKERS or doc[lead - 1].text == "-" and lead > 1
                        and doc[lead - 2].lower_ in PAST_ROLE_MARKERS):
        lead -= 1  # "former President X", "then-prime-minister X": a past office is still held (the gold's reading)
    if found[0] == "leader" and lead > 1 and doc[lead - 1].lower_ == "by" and doc[lead - 2].lower_ in ("led", "headed", "chaired"):
        return []  # "The Commissioners, led by President Jacques Delors": the president of what is led, not a state's
    j = lead - 1
    while j > 0 and lead - j <= 2 and doc[j].is_lower and doc[j].is_alpha:
        j -= 1  # "the city's home minister": back over the portfolio's words to the possessor
    local_owner = j > 0 and doc[j].norm_ == "'s" and doc[j - 1].lower_ in LOCAL_UNITS
    if lead > 0 and doc[lead - 1].lower_ in SUBNATIONAL or role_words & LOCAL_TITLE_WORDS or local_owner:
        return []  # "Vasco Cordeiro, the regional president", "District Attorney Vance": a region's office, not the state's
    if lead > 0 and doc[lead - 1].is_lower and doc[lead - 1].lower_ in ORG_HEADS and doc[lead - 1].lower_ != "government":
        return []  # "central bank president X", "party leader X": the head of an organisation left unnamed
    if lead > 0 and (doc[lead - 1].text[:1].isupper() and doc[lead - 1].lower_ != "the"
                     and not (doc[lead - 1].is_sent_start and doc[lead - 1].lower_ in TIME_WORDS)  # "But government spokesman X"
                     or doc[lead - 1].text in (")", "'s", "’s")) \
            and not doc[lead].is_sent_start and doc[lead - 1].ent_id_ != PARTY_ADJECTIVE \
            and not (role_words == {"minister"} and _unknown_portfolio(doc, lead)):
        return []  # "UCPB president Ramon Sy": a holder we could not name, not the state
    if found[1] - role_start == 1 and doc[role_start].lower_ in LEGISLATORS:  # "Senator Mitt Romney"
        return [(person.i, f"{LEGISLATURE}{LEGISLATORS[doc[role_start].lower_]}", NO_HOLDER, rule)]
    if found[0] == "leader" and not deputy and role_words == {"premier"}:
        return [(person.i, PREMIER, NO_HOLDER, rule)]  # "Premier Gladys Berejiklian": which premier depends on the state
    return [(person.i, "leaderOf" if found[0] == "leader" and not deputy else "worksFor", NO_HOLDER, rule)]

