"""Relations from rule matches: slots, lists, metonymy, type checks, modality, evidence.

Input is a document processed by the pipeline (entities merged, rules matched,
see :mod:`kg.nlp`); output is :class:`~kg.extract.model.Relation` records.

* Lists: a slot filled by one item of "Kyrgyzstan, Tajikistan and Kazakhstan"
  stands for every item.
* Groups: "the two leaders" (key ``a|b``) gives the relation between the two.
* Metonymy: a capital or seat of government in an agent's place ("Moscow
  banned ...", "the Kremlin said") is its state; a city visited is its country
  (:mod:`kg.extract.nodes`).
* Titles: "Kazakh President X" leads Kazakhstan; a bare "President X" serves the state
  :mod:`kg.extract.title_states` finds.
* Types: every relation must fit its predicate's domain and range; a match
  that doesn't ("Putin arrived in Moscow" for borders) is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.extract.match_filters import labour_strike, pair_acts_on_another, pair_meets_another, pair_modifier, seller, undone_penalty, visited_place
from kg.extract.model import Evidence, Relation
from kg.extract.modality import modality
from kg.extract.nodes import Node, capital_state, node_of, state_nodes
from kg.extract.role_base import PREMIER, REGIONAL_PREMIER_STATES
from kg.extract.role_successions import CHANGE_VERBS
from kg.extract.roles import LEGISLATURE, LOCAL_LEADER, PRESIDING, NO_HOLDER, ORG_CLASSES, legislator_title, role_relations
from kg.extract.story_objects import known_region, listed_members, listed_places_state, outlet_state, signatories_states, story_region
from kg.extract.title_states import article_chamber, at_home, filed_state, home_countries, home_state, marked_chamber, title_state
from kg.extract.slots import (ACTOR_CLASSES, context_org, determiner_pronoun, expand_list, first_actor, in_list, object_of_earlier_verb,
                            possessed, role_possessor)
from kg.gazetteer import GazEntry, Gazetteer, load_gazetteer, load_land_borders
from kg.nlp.dateline import Dateline
from kg.nlp.lexicon import SITE_NOUNS
from kg.nlp.parties import PARTY_ADJECTIVE
from kg.nlp.relation_matcher import BY_RULES, RuleMatch
from kg.nlp.dep_rules import DEP_RULES, as_rule
from kg.nlp.rules import RULES, VISIT_N
from kg.nlp.truecase import SOURCE_TEXT
from kg.ontology import symmetric_predicates

ORG = ORG_CLASSES
AGENT = ORG | {"Person", "Country"}
ACTOR = ACTOR_CLASSES
LOC = frozenset({"Country", "City", "Place"})
#: predicate -> (subject classes, object classes), checked after metonymy
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "visits": (frozenset({"Person", "Country"}), frozenset({"Country"})),
    "meetsWith": (AGENT, AGENT),
    "signsAgreementWith": (AGENT, AGENT),
    "criticizes": (AGENT, AGENT),
    "supports": (AGENT, AGENT),
    "sanctions": (ACTOR, AGENT),
    "attacks": (AGENT, AGENT | LOC),
    "providesAidTo": (ACTOR, AGENT),
    "memberOf": (AGENT, ORG),
    "seeksMembership": (ACTOR, ORG),
    "refusesToJoin": (ACTOR, ORG),
    "leaves": (ACTOR, ORG | {"Agreement"}),
    "allyOf": (ACTOR, ACTOR),
    "partnerOf": (AGENT, AGENT),
    "inConflictWith": (AGENT, AGENT),
    "hasMilitaryPresenceIn": (ACTOR, frozenset({"Country", "Place"})),
    "borders": (frozenset({"Country"}), frozenset({"Country"})),
    "leaderOf": (frozenset({"Person", "Country"}), ACTOR | {"City", "Place"}),  # places: governors and mayors
    "worksFor": (frozenset({"Person"}), AGENT),
    "capitalOf": (frozenset({"City"}), frozenset({"Country"})),
    "locatedIn": (frozenset({"City", "Place"}), frozenset({"Country", "Place", "City"})),
    "basedIn": (ORG, frozenset({"Country", "City"})),
    "acquires": (ACTOR, ORG | {"Place"}),
}
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: words after a firm's name that make a number of them a stake in it ("bought 68,000 Vexa common shares")
SHARE_WORDS = frozenset({"shares", "share", "common", "stock", "preferred", "ordinary", "class", "stake"})
RULES_BY_NAME = {rule.name: rule for rule in RULES} | {rule.name: as_rule(rule) for rule in DEP_RULES}
LINK_PREDICATES = {"ally": "allyOf", "partner": "partnerOf", "neighbour": "borders", "neighbor": "borders"}


def _link_relations(doc: Doc, out: list[Relation]) -> None:
    """allyOf / partnerOf / borders from "X's ally", "his Central Asian ally" (see kg.nlp.coref)."""
    by_idx = {t.idx: t for t in doc}
    for owner_char, description_char, noun in getattr(doc._, "kg_links", None) or ():
        owner, description = by_idx.get(owner_char), by_idx.get(description_char)
        if owner is None or description is None:
            continue
        predicate = LINK_PREDICATES[noun]
        evidence = _evidence(doc, owner.i, description.i + 1, f"possessed-{noun}", 0.7, frozenset({description.i}), True, predicate)
        _emit(out, predicate, node_of(description, predicate, "S"), state_nodes(owner, predicate), evidence)


#: forms of a leaving still under way ("efforts on leaving the EU", "Britain is withdrawing from ...")
LEAVING = frozenset({"leaving", "withdrawing", "quitting", "exiting", "pulling"})


def _still_member(doc: Doc, match: RuleMatch, evidence: Evidence) -> bool:
    """A state that will leave, or is leaving, an organisation is still its member: "getting Britain out of the EU"."""
    return evidence.modality == "planned" or evidence.modality in ("asserted", "reported") \
        and any(t.lower_ in LEAVING for t in doc[match.start:match.end])


def _contradicts_gazetteer(rel: Relation) -> bool:
    """A locatedIn or basedIn the gazetteer rules out: the places of a list read as one inside the other.

    "Alabama, Georgia, North Carolina, Ohio": Alabama is known to be in the United States, so not
    in the country Georgia; two regions of one country are siblings, not one inside the other.
    A historical state stays possible ("MOSCOW, USSR"). A known region lies in no place the gazetteer does not know
    ("one in Cherry Hill, N.J., the other in Hauppauge"), and a state's known body is based in none ("Kamloops RCMP"). Likewise a basedIn in another country than the
    gazetteer's for the organisation: "Argentina's National Congress" is no United States Congress;
    and a ``borders`` between two states without a land border (:func:`kg.gazetteer.load_land_borders`).
    """
    if rel.predicate in ("locatedIn", "basedIn") and rel.subject.startswith("gaz:") and not rel.object.startswith("gaz:"):
        # "one in Cherry Hill, N.J., the other in Hauppauge": a known region lies in no place the gazetteer does not know;
        # "Kamloops RCMP": a state's known body has a local office there, its seat is elsewhere
        entry = load_gazetteer().entry(rel.subject[4:])
        return entry.cls in ("Place", "GovernmentBody") and bool(entry.country)
    if rel.predicate not in ("locatedIn", "basedIn", "borders", "leaderOf", "worksFor") \
            or not (rel.subject.startswith("gaz:") and rel.object.startswith("gaz:")):
        return False
    gaz = load_gazetteer()
    a, b = gaz.entry(rel.subject[4:]), gaz.entry(rel.object[4:])
    if rel.predicate in ("leaderOf", "worksFor"):  # "Ronald Reagan" leads no state but his own, whatever a title near him says
        return a.cls == "Person" and b.cls == "Country" and _other_state(gaz, a.country, b)
    if rel.predicate == "borders":  # "Tunisia's neighbouring countries including Morocco": no land border, no triple
        return a.cls == b.cls == "Country" and frozenset({a.id, b.id}) not in load_land_borders()
    if not a.country:
        return False
    if rel.predicate == "basedIn":
        return (b.id if b.cls == "Country" else b.country) not in (a.country, "") and not b.historical
    if b.cls == "Country":
        return b.id != a.country and not b.historical
    if b.country and b.country != a.country:
        return True
    return a.cls == b.cls == "Place" and a.country == b.country and a.within != b.id  # "Oxfordshire, England" is no sibling


def _other_state(gaz: Gazetteer, home: str, state: GazEntry) -> bool:
    """Is ``state`` another state than ``home`` (a historical state and the one it went on as are one)?"""
    if not home or home == state.id or state.historical or state.successor == home:
        return False
    own = gaz.entries.get(home)
    return own is not None and not own.historical and own.successor != state.id


#: words of a government department's name: its staff serve the state ("U.S. Treasury Secretary James Baker")
MINISTRY_WORDS = frozenset({"ministry", "ministries", "department", "treasury", "exchequer"})


def _ministry_state(token: Token) -> str | None:
    """The state whose ministry or department ``token`` names ("Foreign Ministry spokesman Per Paust" serves Norway too).

    A ministry's staff serve its state's government (the vocabulary's worksFor of spokespeople and
    ministers); other bodies (a central bank, a court) are employers of their own.
    """
    info = (token.doc._.kg_entities or {}).get(token.ent_kb_id_)
    if info is None or info.cls != "GovernmentBody" or not any(w in info.label.lower().split() for w in MINISTRY_WORDS):
        return None
    if info.state:  # the story's state only when the story is filed from it ("OSLO - ... Foreign Ministry spokesman")
        filed = filed_state(token.doc, getattr(token.doc._, "kg_dateline", None)) == f"gaz:{info.state}"
        return info.state if info.state_named or filed else None
    entry = load_gazetteer().entries.get(info.gaz_id) if info.gaz_id else None
    return entry.country or None if entry is not None else None


def _state_named_like(token: Token) -> bool:
    """Is ``token`` a city the gazetteer names like a region of its state ("New York" and New York State)?"""
    gaz = load_gazetteer()
    entry = gaz.entries.get(token.ent_kb_id_[4:]) if token.ent_type_ == "City" and token.ent_kb_id_.startswith("gaz:") else None
    return entry is not None and gaz.state_named_like(token.text, entry) is not None


VISIT_NOUNS = frozenset(VISIT_N.split("|"))


def _visit_owner(doc: Doc, start: int, end: int) -> Token | None:
    """A possessive right before a visit noun between ``start`` and ``end``: whose visit it is ("her visit to")."""
    for token in doc[start + 1:end]:
        if token.lower_ in ("his", "her", "their", "its") and token.i + 1 < end and doc[token.i + 1].lower_ in VISIT_NOUNS:
            return token
    return None


def sentence_evidence(sent: Span, rule: str, confidence: float, mod: str, level: str, speaker: str | None = None) -> Evidence:
    """Evidence quoting the whole sentence ``sent`` (its surrounding whitespace left out), from the article's own text
    when the pipeline read a re-cased copy of it (``doc.user_data[SOURCE_TEXT]``)."""
    source = sent.doc.user_data.get(SOURCE_TEXT)
    raw = source[sent.start_char:sent.end_char] if source is not None else sent.text
    text = raw.strip()
    offset = sent.start_char + (len(raw) - len(raw.lstrip()))
    return Evidence(text, offset, offset + len(text), rule, confidence, mod, level, speaker)


def _evidence(doc: Doc, start: int, end: int, rule: str, confidence: float, literal: frozenset[int], indirect: bool, predicate: str) -> Evidence:
    mod, speaker = modality(doc, start, end, literal, negatable=predicate not in ("refusesToJoin",))
    return sentence_evidence(doc[start].sent, rule, confidence, mod, "C" if indirect else "E", speaker)


def _literal(doc: Doc, match: RuleMatch) -> frozenset[int]:
    """Match tokens that are neither slots nor fillers: the rule's own trigger words."""
    rule = RULES_BY_NAME[match.rule]
    words = {w for part in rule.pattern.split() if not part.startswith(("S:", "O:", "X:", "~", "*")) for w in part.lstrip("?").split("|")}
    return frozenset(t.i for t in doc[match.start:match.end] if t.lower_ in words or t.norm_ in words)


BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "got", "get", "gets"})


def _passive(doc: Doc, literal: frozenset[int]) -> bool:
    """ "Venezuela was sanctioned by Canada": the word order of an active rule reads it backwards."""
    for i in literal:
        if 0 < i < len(doc) - 1 and doc[i - 1].lower_ in BE_FORMS and doc[i + 1].lower_ == "by":
            return True
    return False


def _holds_office_of_body(doc: Doc, person: int, found: list[Relation]) -> bool:
    """Has a rule already read the person's sentence as leading or serving an organisation (not a state)?"""
    sent, infos, key = doc[person].sent, doc._.kg_entities or {}, doc[person].ent_kb_id_
    return any(r.subject == key and r.predicate in ("leaderOf", "worksFor") and r.object in infos and infos[r.object].cls in ORG
               and sent.start_char <= r.evidence.start < sent.end_char for r in found)


def _fits(node: Node, allowed: frozenset[str], predicate: str, rule: str) -> bool:
    """Is ``node`` of a class the predicate's slot takes, with two gazetteer-backed widenings.

    A dependent territory is typed Country (it has its own flag, demonym and governor) but lies
    in a state when the text says it is a part of it: "Puerto Rico is a territory of the United
    States". An organisation can be based in a state's region the gazetteer places inside a
    country: "the Florida company Ridgeback", "the Court of Session in Scotland"; and a person serves one
    by a title: "Montana Secretary of State X".
    """
    if node.cls in allowed:
        return True
    entry = load_gazetteer().entries.get(node.key[4:]) if node.key.startswith("gaz:") else None
    if entry is None:
        return False
    if predicate == "locatedIn" and node.cls == "Country":
        return entry.territory and (found := RULES_BY_NAME.get(rule)) is not None and found.part_of and "Place" in allowed
    # a region with its Wikidata id and its country (Florida, Scotland, Bavaria); not a street or a landmark without one
    region = node.cls == "Place" and bool(entry.country and entry.qid) and not entry.metonym
    # "Montana Secretary of State X" serves the state of Montana, as "Governor X" leads it
    # a federal state is a party to a lawsuit: "filed a lawsuit against the state of Montana" (the rule's LITIGANT slot)
    litigant = predicate == "criticizes" and (found := RULES_BY_NAME.get(rule)) is not None and ":LITIGANT" in found.pattern
    return region and (predicate == "basedIn" and "City" in allowed or predicate == "worksFor" and rule in ("title-staff", "apposition-staff")
                       or litigant)


def _seat(out: list[Relation], person: Token, chamber: str, evidence: Evidence) -> None:
    """A legislator's seat: a member of the chamber, and a position held for its state (the vocabulary's worksFor
    takes Wikidata's P39, "position held": "U.S. Senator X" serves the United States, as a minister does)."""
    _emit(out, "memberOf", node_of(person, "memberOf", "S"), [Node(chamber, "GovernmentBody", True)], evidence)
    gaz = load_gazetteer()
    entry = gaz.entries.get(chamber[4:]) if chamber.startswith("gaz:") else None
    if entry is not None and entry.country and (state := gaz.entries.get(entry.country)) is not None and state.cls == "Country":
        _emit(out, "worksFor", node_of(person, "worksFor", "S"), [Node(f"gaz:{state.id}", "Country", True)], evidence)


#: the most parties a list may name for its meeting to be read as meetings of each pair
MAX_MEETING_PARTIES = 3


#: classes that trade with each other
FIRMS = frozenset({"Company", "MediaOrganization"})


def _emit(out: list[Relation], predicate: str, subjects: list[Node], objects: list[Node], evidence: Evidence) -> None:
    domain, range_ = SIGNATURES[predicate]
    start = len(out)
    for s in subjects:
        for o in objects:
            if s.key == o.key or not _fits(s, domain, predicate, evidence.rule) or not _fits(o, range_, predicate, evidence.rule):
                continue
            if predicate == "locatedIn" and o.cls == "City" and (s.cls != "Place" or known_region(s)):
                continue  # a mosque or a district lies in a city; a city or a state's region in a city is a misreading
            if predicate == "providesAidTo" and s.cls in FIRMS and o.cls in FIRMS:
                continue  # a firm's loan to or sale to a firm is commerce, not aid (a state bank's credit line to a state is)
            ev = evidence
            if (s.indirect or o.indirect) and ev.level == "E":
                ev = Evidence(ev.sentence, ev.start, ev.end, ev.rule, ev.confidence, ev.modality, "C", ev.attributed_to)
            if predicate in symmetric_predicates() and Relation(o.key, predicate, s.key, ev) in out[start:]:
                continue  # "Iran, Iraq and Syria held talks": a symmetric relation is written once, in the text's order
            out.append(Relation(s.key, predicate, o.key, ev))


def relations_from_doc(doc: Doc) -> list[Relation]:
    """Every relation the document's rule matches, roles and dateline support."""
    out: list[Relation] = []
    for match in doc._.kg_matches or ():
        rule = RULES_BY_NAME[match.rule]
        literal = _literal(doc, match)
        if match.subject is not None and match.object is not None and match.subject < match.object and _passive(doc, literal) \
                and rule.name not in BY_RULES:
            continue  # an active rule read backwards; a rule that takes its subject after "by" reads the passive itself
        if match.subject is not None and match.object is not None and match.subject == match.object + 1 \
                and doc[match.subject].ent_id_ == "pronoun":
            continue  # "a governorship in Fukuoka it had placed importance on": a pronoun begins a clause, it is no compound
        subjects: list[Node] = []
        objects: list[Node] = []
        if rule.subject == "group":
            token = doc[match.subject]
            if "|" not in token.ent_kb_id_:
                continue
            a, b = node_of(token, rule.predicate, "S")
            subjects, objects = [a], [b]
        else:
            s_token = doc[match.subject] if rule.subject == "slot" else first_actor(doc, match.start)
            if s_token is None or "|" in s_token.ent_kb_id_:
                continue
            if rule.predicate == "visits" and match.object is not None and (owner := _visit_owner(doc, s_token.i, match.object)) is not None:
                if owner.ent_kb_id_ != s_token.ent_kb_id_:
                    if owner.ent_type_ not in ("Person", "Country") or "|" in owner.ent_kb_id_:
                        continue
                    s_token = owner  # "talks with Kohl ahead of her visit to Moscow": the visit is hers
            # a list runs away from the words that match: a subject before them ends its list ("Kyrgyzstan and
            # Tajikistan want to join"), one that ends the match starts it ("was attacked by Russia and Belarus")
            last = match.object is not None and match.subject is not None and match.object < match.subject == match.end - 1 \
                or rule.object == "list-country"
            if rule.subject == "slot" and not last and match.object is not None and match.subject < match.object \
                    and object_of_earlier_verb(doc, s_token, match.object):
                continue
            s_tokens = expand_list(doc, s_token, 1 if last else -1) if rule.subject == "slot" and not rule.nearest_subject else [s_token]
            if rule.listed_members and not listed_members(doc, s_tokens, doc[match.object]):
                continue
            subjects = [n for t in s_tokens for n in node_of(t, rule.predicate, "S")]
            if rule.subject == "sentence":
                subjects = [Node(n.key, n.cls, True) for n in subjects]
            if rule.object == "context":
                o_token = context_org(doc, s_tokens[-1].i if s_tokens else match.start)
                if o_token is None:
                    continue
                objects = [Node(n.key, n.cls, True) for n in node_of(o_token, rule.predicate, "O")]
            elif rule.object == "own-state":  # "Cairo, the country's capital": the gazetteer names the state
                objects = capital_state(s_tokens[0]) if s_tokens else []
            elif rule.object == "list-country":  # "The states that vote are Alabama and Texas": the story's state
                objects = listed_places_state(s_tokens)
            elif rule.object == "story-state":  # "the official newspaper El Peruano said" in a story set in Peru
                country = outlet_state(doc, match.start)
                if country is None:
                    continue
                objects = [Node(country, "Country", True)]
            elif rule.object == "dateline":  # "the visiting Polish leader", "arrived here": the dateline's place
                place: Dateline | None = getattr(doc._, "kg_dateline", None)
                if place is None:
                    continue
                objects = [Node(n.key, n.cls, True) for n in node_of(doc[place.place], rule.predicate, "O")]
            else:
                o_token = possessed(doc, doc[match.object])
                if "|" in o_token.ent_kb_id_ or rule.predicate == "meetsWith" and role_possessor(doc, o_token):
                    continue
                if determiner_pronoun(doc, o_token) and match.object != match.start:
                    continue  # "endorsed his former rival, Joe Biden": the rival is the object, not "his" (but "its member X")
                if o_token.ent_id_ == "pronoun" and o_token.lower_ in SUBJECT_PRONOUNS:
                    continue  # "loans which he expects": a subject pronoun is nobody's object
                if rule.predicate == "acquires" and o_token.i + 1 < len(doc) and doc[o_token.i + 1].norm_ == "'s":
                    continue  # "purchased the assets of RCA's product group": RCA is the seller, not what was bought
                if rule.predicate == "acquires" and o_token.i > 0 and doc[o_token.i - 1].like_num and not (
                        o_token.i + 1 < len(doc) and doc[o_token.i + 1].lower_ in SHARE_WORDS):
                    continue  # "will acquire 15 Boeing Co 767 planes": things the firm makes ("68,000 Vexa shares" are a stake)
                # like the subject's, an object's list runs away from the match: back from one that starts it
                # ("Zambia and Botswana denied Botha's charges"), on from any other
                first = match.subject is not None and match.object == match.start < match.subject
                possessive = first and o_token.i + 1 < len(doc) and doc[o_token.i + 1].norm_ == "'s"
                # "the Gevaert group of Belgium and West Germany's VEBA AG": the possessive is the last item's only
                objects = [n for t in ([o_token] if possessive else expand_list(doc, o_token, -1 if first else 1))
                           for n in node_of(t, rule.predicate, "O")]
        if rule.no_list and any(in_list(doc, doc[i]) for i in (match.subject, match.object) if i is not None):
            continue
        if rule.no_city_named_like_state and match.object is not None and _state_named_like(doc[match.object]):
            continue  # "White Plains, New York": the state of New York, not its city; which one is meant is unsure
        if rule.sentence_start and not doc[match.start].is_sent_start:
            continue
        if rule.facility_subject and match.subject is not None and doc[match.subject].text.split()[-1].lower() not in SITE_NOUNS:
            continue
        if match.subject is not None and match.object is not None and match.subject < match.object \
                and pair_modifier(doc, match.subject, match.object, literal):
            continue  # "proposals to ease U.S.-Japan trade friction at a meeting with Reagan": the pair names the friction
        if rule.name == "conflict-pair-fought" and pair_acts_on_another(doc, match):
            continue  # "Iran and Iraq fought Kurdish rebels": both fight the rebels, not each other
        if rule.name == "meet-pair" and pair_meets_another(doc, match):
            continue  # "met Mubarak and ambassador Bassiouni to discuss": the two meet the visitor, not each other
        if rule.predicate in ("meetsWith", "signsAgreementWith") and visited_place(doc, match):
            continue  # "will visit Washington next month for talks with X": Washington is where, not who
        if rule.predicate == "acquires" and seller(doc, match):
            continue  # "bought the plant from Quorna Inc": Quorna sold it
        if rule.predicate == "attacks" and labour_strike(doc, match):
            continue  # "members of the United Food and Commercial Workers Union struck John Morrell's plant": a walkout
        if rule.predicate == "sanctions" and undone_penalty(doc, match):
            continue  # "The EU lifted sanctions on Iran", "asked the FCC to ease restrictions on ATT": no penalty imposed
        if rule.no_party_subject and match.subject is not None and "party" in doc[match.subject].lower_.split():
            continue  # "the Aam Aadmi Party in Goa": a party's branch there, not where the party is based
        if any(doc[i].ent_id_ == PARTY_ADJECTIVE for i in (match.subject, match.object) if i is not None):
            continue  # "Atlanta's Democratic mayor": a party label qualifies a person, it is no party to a relation
        if rule.subject == "slot" and rule.object == "slot" and rule.predicate in symmetric_predicates():
            items = expand_list(doc, doc[match.subject], 1)
            if match.subject < match.object and doc[match.object] in items:
                back = expand_list(doc, doc[match.object], -1)[::-1]  # the whole list the pair is in: before it ...
                items = back + [t for t in items if t not in back]  # ... and after it ("signed by A, B, C and D")
            # "between Serbia, Kosovo and Israel", "The United States, Japan, France and Canada signed an accord": every pair;
            # but a meeting of more than three ("The leaders of the G-7, the United States, Britain, ... are expected to
            # discuss") is a summit, no set of bilateral meetings: the gold files write none, the graph would get a clique
            if rule.predicate == "meetsWith" and len(items) > MAX_MEETING_PARTIES and doc[match.object] in items:
                continue
            if len(items) > 2 and doc[match.object] in items:
                nodes = [n for t in items for n in node_of(t, rule.predicate, "S")]
                subjects, objects = nodes, nodes
        evidence = _evidence(doc, match.start, match.end, rule.name, rule.confidence, literal, False, rule.predicate)
        if rule.static and evidence.modality == "planned":
            evidence = replace(evidence, modality="asserted")
        if rule.modality and evidence.modality in ("asserted", "reported"):
            evidence = replace(evidence, modality=rule.modality)  # "Elders had bid for X": a purchase not yet made
        _emit(out, rule.predicate, subjects, objects, evidence)
        if rule.predicate == "leaves" and _still_member(doc, match, evidence):
            _emit(out, "memberOf", subjects, objects, replace(evidence, rule=f"{rule.name}-still-member", level="C",
                                                             modality="reported" if evidence.modality == "reported" else "asserted"))
    _link_relations(doc, out)
    dateline: Dateline | None = getattr(doc._, "kg_dateline", None)
    skip = frozenset(range(dateline.start, dateline.end)) if dateline else frozenset()
    roles = role_relations(doc, skip)
    home = home_state(doc, dateline)
    for person, predicate, holder, rule_name in roles:
        # a title is the narrator's description: asserted, whatever the sentence reports
        if holder == NO_HOLDER:  # "President X": the state is the person's own, or the article's
            if _holds_office_of_body(doc, person, out):
                continue  # "The Supreme Court is led by President X": the title is the court's, not the state's
            state = title_state(doc, person, home)
            evidence = sentence_evidence(doc[person].sent, rule_name, 0.7, "asserted", "C")
            if predicate == PREMIER and state in REGIONAL_PREMIER_STATES:
                predicate = LOCAL_LEADER  # "Premier X" in an Australian story leads a state of Australia, not Australia
            if predicate == LOCAL_LEADER:  # "Governor X": a dependent territory's governor leads the story's "state" ...
                entry = load_gazetteer().entries.get(state.removeprefix("gaz:")) if state else None
                if entry is not None and entry.territory:
                    _emit(out, "leaderOf", node_of(doc[person], "leaderOf", "S"), [Node(state, "Country", True)], evidence)
                elif (region := story_region(doc, state)) is not None:  # ... any other the one region the story names
                    _emit(out, "leaderOf", node_of(doc[person], "leaderOf", "S"), [region], evidence)
                continue
            if predicate.startswith((LEGISLATURE, PRESIDING)):  # "Senator Mitt Romney" in a US story: the United States Senate
                chamber = (marked_chamber(state, predicate) if state is not None else None) or article_chamber(doc, predicate)
                relation = predicate.partition("/")[0]  # a member, or the speaker who presides over it
                if chamber is not None and relation == "memberOf":
                    _seat(out, doc[person], chamber, evidence)
                elif chamber is not None:
                    _emit(out, relation, node_of(doc[person], relation, "S"), [Node(chamber, "GovernmentBody", True)], evidence)
                continue
            if state is None:
                continue
            predicate = predicate.partition("/")[0]  # a premier of a state that has no regional premiers leads it
            _emit(out, predicate, node_of(doc[person], predicate, "S"), [Node(state, "Country", True)], evidence)
            continue
        # a holder named in another sentence ("Secretary General X" of the one organisation the article names) is context
        level = "E" if doc[holder].sent.start == doc[person].sent.start else "C"
        evidence = sentence_evidence(doc[person].sent, rule_name, 0.85, "asserted", level)
        if rule_name.startswith("succession-") and not rule_name.startswith("succession-predecessor"):
            # "will assume the post of", "the nomination of X to succeed Y as": a change of office is read with the sentence's
            # modality (a title is not; nor the predecessor's office, held before whatever is to come)
            span = sorted((person, holder)) if level == "E" else [person, min(doc[person].sent.end, person + 8) - 1]
            verbs = frozenset(t.i for t in doc[span[0]:span[1]] if t.lower_ in CHANGE_VERBS)
            mod, speaker = modality(doc, span[0], span[1] + 1, verbs, negatable=True)
            evidence = replace(evidence, modality=mod, attributed_to=speaker)
        if predicate == "worksFor" and doc[holder].ent_type_ == "Country" and (marker := legislator_title(doc, holder, person)):
            states = node_of(doc[holder], predicate, "O")  # "U.S. Senator X": the United States Senate
            if states and (chamber := marked_chamber(states[0].key, marker)) is not None:
                _seat(out, doc[person], chamber, evidence)
                continue
        slot = "O"
        if predicate == LOCAL_LEADER:
            predicate, slot = "leaderOf", "place"
        _emit(out, predicate, node_of(doc[person], predicate, "S"), node_of(doc[holder], predicate, slot), evidence)
        if predicate == "worksFor" and (state := _ministry_state(doc[holder])) is not None:
            _emit(out, predicate, node_of(doc[person], predicate, "S"), [Node(f"gaz:{state}", "Country", True)], evidence)
    homes = home_countries(doc, out)
    out.extend(signatories_states(out, homes))
    out[:] = [r for r in out if not (r.predicate == "visits" and at_home(r.object, homes.get(r.subject, ()))) and not _contradicts_gazetteer(r)
              and not (r.evidence.rule in AWAY_RULES and not homes.get(r.subject))
              and not (r.predicate == "meetsWith" and (r.subject in homes.get(r.object, ()) or r.object in homes.get(r.subject, ())))]
    # (a state does not meet its own leader or minister: "the United States ... a meeting with President Reagan")
    container = None if dateline is None else dateline.country if dateline.country is not None else dateline.region
    if dateline and container is not None:  # "ASTANA, Kazakhstan -", "HORSHAM, Pa., June 18 -"
        evidence = _evidence(doc, dateline.start, dateline.end, "dateline", 0.9, frozenset(range(dateline.start, dateline.end)), False, "locatedIn")
        evidence = Evidence(evidence.sentence, evidence.start, evidence.end, "dateline", 0.9, "asserted", "E", None)
        _emit(out, "locatedIn", node_of(doc[dateline.place], "locatedIn", "S"), node_of(doc[container], "locatedIn", "O"), evidence)
    # a list's state read twice, from the sentence and from the story: the sentence's reading is the evidence
    # ("Canada said the provinces affected include Ontario")
    explicit = {(r.subject, r.predicate, r.object, r.evidence.start) for r in out if r.evidence.level == "E"}
    return [r for r in out if not (r.evidence.rule in LIST_STATE_RULES and (r.subject, r.predicate, r.object, r.evidence.start) in explicit)]


#: rules whose subject visits only when the story gives it a home state elsewhere
AWAY_RULES = frozenset(rule.name for rule in RULES_BY_NAME.values() if rule.away_only)
#: rules whose object is the one state the gazetteer puts a listed place in, not a word of the sentence
LIST_STATE_RULES = frozenset(rule.name for rule in RULES_BY_NAME.values() if rule.object == "list-country")
