"""Offices taken, handed over and assumed: "X took office as president", "X succeeded Y as chairman of Z".

News reports a change of leadership with verbs, not titles: "took office as", "took over as", "assumed
the presidency of", "resumed the office of Speaker of the House", "became the first woman to serve as",
"succeeded Y as", "replaced Y as". The person after "succeeded" or "replaced" held the office before:
a former office is still the relation (as the gold files write it, asserted).

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("Tom Hale succeeded Ana Ruiz as chairman of Vexa Corp last year.")
>>> sorted((doc[p].text, pred, doc[h].text, rule) for p, pred, h, rule in succession_roles(doc, doc[0]))
[('Ana Ruiz', 'leaderOf', 'Vexa Corp', 'succession-predecessor-leader'), ('Tom Hale', 'leaderOf', 'Vexa Corp', 'succession-leader')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.role_base import NO_HOLDER, RoleHit, bare_state_title, can_hold, office_holder, role_predicate
from kg.nlp.role_phrases import role_at

#: verbs of taking an office: "took office as", "took over as", "assumed the post of", "resumed the office of"
TAKE_VERBS = frozenset({"took", "takes", "taking", "take", "assumed", "assumes", "assuming", "assume", "resumed", "resumes",
                        "resuming", "resume"})
#: nouns of an office between a taking verb and the title ("took the post of", "assumed the role of")
OFFICE_NOUNS = frozenset({"office", "post", "position", "role", "helm", "reins", "job", "mantle", "seat"})
#: nouns that are an office of their own, with what they head: "assumed the presidency of Peru"
OFFICES_OF = {"presidency": "leader", "premiership": "leader", "chairmanship": "leader", "leadership": "leader",
              "governorship": "local", "mayoralty": "local"}
#: verbs of taking over from someone: "succeeded Y as", "replaced Y as"
SUCCEED_VERBS = frozenset({"succeeded", "succeeds", "succeeding", "succeed", "replaced", "replaces", "replacing", "replace"})
#: the verbs of a change of office (their own tense and mood say when it happens)
CHANGE_VERBS = TAKE_VERBS | SUCCEED_VERBS | frozenset({"became", "becomes", "become", "taken"})
#: words between the person and the verb ("X, who formally took office as ...", "X has taken ...")
BEFORE_VERB = frozenset({"who", "also", "later", "then", "formally", "officially", "has", "had", "have", "will", "would", "is", "was",
                         "to", "quickly", "eventually", "subsequently", "first", "taken"})
#: "became the first woman to serve as Speaker": the words of a first before "to serve as"
FIRSTS = frozenset({"first", "only", "youngest", "oldest", "second", "last"})
MAX_FIRST = 8


def succession_roles(doc: Doc, person: Token) -> list[RoleHit]:
    """The office a person takes (and, after "succeeded Y as", the one Y held): see the module doc."""
    j = person.i + 1
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who":
        j += 1
    while j < len(doc) and j - person.i <= 4 and doc[j].lower_ in BEFORE_VERB:
        j += 1
    if j >= len(doc):
        return []
    verb, k, predecessor = doc[j].lower_, j + 1, None
    if verb in TAKE_VERBS or verb == "taken":
        if k + 2 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ in OFFICES_OF and doc[k + 2].lower_ == "of":
            return _office_of(doc, person, doc[k + 1].lower_, k + 3)  # "assumed the presidency of Peru"
        if k < len(doc) and doc[k].lower_ == "over":
            k += 1  # "took over as chairman"
        elif k + 1 < len(doc) and doc[k].lower_ in ("the", "his", "her") and doc[k + 1].lower_ in OFFICE_NOUNS:
            k += 2  # "resumed the office of Speaker", "took the helm as"
        elif k < len(doc) and doc[k].lower_ in OFFICE_NOUNS and verb in ("took", "takes", "taking", "take", "taken"):
            k += 1  # "took office as president"
        else:
            return []
        if k >= len(doc) or doc[k].lower_ not in ("as", "of"):
            return []
        k += 1
    elif verb in SUCCEED_VERBS:
        if k + 1 >= len(doc) or doc[k].ent_type_ != "Person" or doc[k].ent_id_ in ("pronoun", "group") or doc[k + 1].lower_ != "as":
            return []
        predecessor, k = k, k + 2
    elif verb in ("became", "becomes", "become") and k + 1 < len(doc) and doc[k].lower_ == "the" and doc[k + 1].lower_ in FIRSTS:
        found = next((m for m in range(k + 2, min(k + MAX_FIRST, len(doc) - 2))
                      if doc[m].lower_ == "to" and doc[m + 1].lower_ in ("serve", "be") and doc[m + 2].lower_ == "as"), None)
        if found is None:
            return []  # "became the first woman to win": no office
        k = found + 3
    else:
        return []
    hits = _office(doc, person, k, "succession")
    if predecessor is not None:
        hits += [(predecessor, predicate, holder, f"succession-predecessor-{rule.rsplit('-', 1)[-1]}")
                 for _, predicate, holder, rule in hits]
    return hits


def _office(doc: Doc, person: Token, k: int, rule: str) -> list[RoleHit]:
    """The title at ``k`` and what it is of: "chairman of Vexa Corp", "president of Peru"; a bare title, the story's state's."""
    while k < len(doc) and doc[k].lower_ in ("the", "a", "an", "its", "new", "interim", "acting"):
        k += 1
    found = role_at(doc, k) if k < len(doc) else None
    if found is None:
        return []
    kind, end = found
    if (target := office_holder(doc, end)) is not None:  # "chairman of Japan's Vexa Corp": the firm
        if can_hold(doc[target]) and (predicate := role_predicate(kind, doc[target], unit=False)):
            return [(person.i, predicate, target, f"{rule}-{kind}")]
        return []
    if end >= len(doc) or doc[end].is_punct or doc[end].lower_ in ("in", "on", "after", "when", "and", "until", "from"):
        firm = any(t.ent_type_ in ("Company", "MediaOrganization", "Organization") for t in person.sent)
        # "Coca-Cola Bottling said X will assume the position of president": the firm's office, if any, never a state's
        return [(p, pred, h, f"{rule}-{kind}") for p, pred, h, _ in bare_state_title(doc, person, k, rule) if not (firm and h == NO_HOLDER)]
    return []


def _office_of(doc: Doc, person: Token, noun: str, k: int) -> list[RoleHit]:
    """ "assumed the presidency of Peru", "took over the chairmanship of Vexa Corp"."""
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k >= len(doc) or not can_hold(doc[k]):
        return []
    kind = OFFICES_OF[noun]
    predicate = role_predicate(kind, doc[k], unit=False)
    if predicate is None:
        return []
    return [(person.i, predicate, k, f"succession-{kind}")]
