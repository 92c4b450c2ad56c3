"""Readings of a rule's match that say it is no relation, whatever the rule: a penalty taken away ("lifted sanctions
on Iran"), a union's strike ("the UFCWU struck John Morrell's plant"), one side of a hyphenated pair that modifies a
noun ("to ease U.S.-Japan trade friction at a meeting with Reagan"), a place visited before the talks held there
("will visit Washington next month for talks with World Bank executives"), a seller named as the buyer's object
("bought the plant from Quorna Inc"), a pair who meet someone else ("met Mubarak and ambassador Bassiouni to discuss",
"he and Sourrouille had discussed the loan with Knox").

Pure functions over a ``Doc`` and a :class:`~kg.nlp.relation_matcher.RuleMatch`; :func:`kg.extract.relations.relations_from_doc`
skips a match any of them flags.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.relation_matcher import RuleMatch
from kg.nlp.rules import PENALTY, VISIT_V

#: verbs that take a penalty away (CAMEO 08, "ease sanctions", is cooperation, not a sanction)
UNDO_VERBS = frozenset({"lift", "lifts", "lifted", "lifting", "ease", "eases", "eased", "easing", "relax", "relaxes", "relaxed",
                        "relaxing", "remove", "removes", "removed", "removing", "end", "ends", "ended", "ending", "scrap", "scraps",
                        "scrapped", "scrapping", "drop", "drops", "dropped", "dropping", "rescind", "rescinds", "rescinded",
                        "waive", "waives", "waived", "loosen", "loosens", "loosened", "revoke", "revoked", "repeal", "repealed",
                        "withdraw", "withdrew", "withdrawn", "cancel", "cancelled", "canceled", "phase", "phased"})
PENALTY_NOUNS = frozenset(PENALTY.split("|"))


def undone_penalty(doc: Doc, match: RuleMatch) -> bool:
    """Does a verb that takes a penalty away come before the penalty's noun in the match ("lifted sanctions on"), or
    right before a match that opens with a possessor ("ended its sanctions against")?"""
    words = [t.lower_ for t in doc[max(doc[match.start].sent.start, match.start - 2):match.end]]
    return any(w in UNDO_VERBS and any(later in PENALTY_NOUNS for later in words[k + 1:k + 5]) for k, w in enumerate(words))


#: what a labour union or its members do when they "strike": a walkout, no attack
STRIKE_VERBS = frozenset({"struck", "strikes", "strike", "striking"})
LABOUR_WORDS = frozenset({"union", "unions", "teamsters", "mineworkers"})


def labour_strike(doc: Doc, match: RuleMatch) -> bool:
    """Is the match a union's strike ("the UFCWU struck the plant", "Workers Union members are striking X")?"""
    if match.subject is None or not any(t.lower_ in STRIKE_VERBS for t in doc[match.start:match.end]):
        return False
    subject = doc[match.subject]  # by its own words or, for an acronym, its antecedent's ("UFCWU")
    words = set(subject.lower_.split()) | set(subject.ent_kb_id_.partition(":")[2].split())
    return subject.ent_type_ == "Organization" and bool(words & LABOUR_WORDS)


def pair_modifier(doc: Doc, i: int, other: int, literal: frozenset[int]) -> bool:
    """Is the entity at ``i`` one side of a hyphenated pair before a common noun the rule did not match ("U.S.-Japan
    trade friction ... at a meeting with Reagan"): a modifier of that noun, no agent. Not when the rule reads the pair
    itself ("the U.S.-Japan semiconductor pact": the other side is the object)."""
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].ent_type_:
        partner, end = i - 2, i + 1
    elif i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].ent_type_:
        partner, end = i + 2, i + 3
    else:
        return False
    return partner != other and end < len(doc) and end not in literal and doc[end].is_alpha and doc[end].is_lower


#: verbs whose object is the place one goes to
VISIT_WORDS = frozenset(VISIT_V.split("|"))


def visited_place(doc: Doc, match: RuleMatch) -> bool:
    """Is the match's subject the object of a visit ("will visit Washington next month for talks with World Bank
    executives"): the place of the talks, not a party to them?"""
    if match.subject is None or match.subject != match.start:
        return False
    before = match.subject - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in VISIT_WORDS


def seller(doc: Doc, match: RuleMatch) -> bool:
    """Is the match's object the one something was bought from ("Vexa bought the plant from Quorna Inc",
    "Inmont Corp bought from United Technologies"): the seller, not what was acquired?"""
    if match.object is None or match.subject is None or match.object < match.subject:
        return False
    before = match.object - 1
    while before > match.subject and doc[before].lower_ in ("the", "its", "their", "a", "an"):
        before -= 1
    return doc[before].lower_ == "from"


#: verbs whose objects are the people met
MET_VERBS = frozenset({"met", "meets", "meet", "meeting", "received", "receives", "hosted", "hosts", "visited", "visits"})


def pair_meets_another(doc: Doc, match: RuleMatch) -> bool:
    """Is the pair of a "X and Y met/discussed" match the object of a meeting ("Mustapha met President Mubarak and
    ambassador Bassiouni to discuss the issue"), or do the two meet a third party ("he and Sourrouille had discussed the
    loan with Knox")? Then they meet that party, not each other."""
    if match.subject is None:
        return False
    i = match.subject - 1
    while i >= 0 and (doc[i].ent_id_ == "demonym" or doc[i].is_title and not doc[i].ent_type_ or doc[i].lower_ == "the"):
        i -= 1  # the title before the first name: "met President Hosni Mubarak and ..."
    if i >= 0 and doc[i].lower_ in MET_VERBS:
        return True
    sent_end = doc[match.end - 1].sent.end
    for k in range(match.end, min(match.end + 10, sent_end)):
        if doc[k].text in (";", ".") or doc[k].lower_ in ("and", "but", "while"):
            break
        if doc[k].lower_ == "with" and k + 1 < len(doc) and any(t.ent_type_ for t in doc[k + 1:k + 5]):
            return True
    return False


#: words after "X and Y fought" that say when or how they fought each other ("have fought since 1980")
FOUGHT_EACH_OTHER = frozenset({"since", "for", "in", "over", "until", "during", "each", "one", "again", "repeatedly",
                               "intermittently", "bitterly", "fiercely", "twice", "on", "along", "near", "across", "at"})
#: the war they fought ("fought a bloody war", "fought two wars")
WARS = frozenset({"war", "wars", "battle", "battles", "conflict", "conflicts", "border"})


def pair_acts_on_another(doc: Doc, match: RuleMatch) -> bool:
    """Does the pair's verb take an object of its own ("Iran and Iraq fought Kurdish rebels", "fought against
    Britain", "fought side by side"): a third party or a common cause, not each other? The pair fights each other when
    nothing follows, a time or place does ("have fought since 1980"), or a war ("fought a bloody war")."""
    sent_end = doc[match.end - 1].sent.end
    k = match.end
    if k >= sent_end or doc[k].is_punct or doc[k].lower_ in FOUGHT_EACH_OTHER:
        return False
    if doc[k].lower_ in ("a", "an", "the", "two", "three", "four", "several", "many", "numerous", "their"):
        return not any(t.lower_ in WARS for t in doc[k + 1:min(k + 4, sent_end)])
    return True
