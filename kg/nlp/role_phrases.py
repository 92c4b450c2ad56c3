"""Role phrases: titles before or after a name ("Prime Minister", "Oil Minister", "Minister of Information").

Shared by name finding (:mod:`kg.nlp.names`), coreference and the relation stage: a role phrase is a
word sequence of the lexicon's roles (:mod:`kg.nlp.lexicon`), with a ministerial portfolio before or
after it. Pure functions over a ``Doc``.

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("Energy and Mines Minister Ana Ruiz spoke.")
>>> role_ending_at(doc, 4)
('staff', 3)
>>> portfolio_start(doc, 3)
0
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.lexicon import (
    EXPERT_ROLES, HONORIFICS, LEADER_ROLES, LOCAL_ROLES, LOCAL_STAFF_ROLES, MAX_PORTFOLIO_LEN, MAX_ROLE_LEN, MEMBER_ROLES,
    PORTFOLIOS, STAFF_ROLES,
)

ROLE_KINDS = (("leader", LEADER_ROLES), ("local", LOCAL_ROLES), ("local-staff", LOCAL_STAFF_ROLES), ("staff", STAFF_ROLES), ("expert", EXPERT_ROLES), ("member", MEMBER_ROLES),
              ("honorific", HONORIFICS))
ROLE_KIND_OF: dict[tuple[str, ...], str] = {role: kind for kind, roles in reversed(ROLE_KINDS) for role in roles}
ROLE_FIRST_WORDS = frozenset(role[0] for role in ROLE_KIND_OF)


def role_at(doc: Doc, i: int) -> tuple[str, int] | None:
    """The longest role phrase starting at token ``i``: (kind, end token)."""
    first = doc[i].lower_
    if first not in ROLE_FIRST_WORDS:  # most tokens: answered without building any phrase
        return None
    words = [first] + [t.lower_ for t in doc[i + 1:i + MAX_ROLE_LEN]]
    for length in range(len(words), 0, -1):
        kind = ROLE_KIND_OF.get(tuple(words[:length]))
        if kind is not None:
            return kind, i + length
    return None


def portfolio_end(doc: Doc, end: int) -> int:
    """After a role ending at ``end``, skip a ministerial portfolio: "Minister of Information", "Secretary for Health"."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "for") or not doc[end + 1].text[:1].isupper():
        return end
    words = [t.lower_ for t in doc[end + 1:end + 1 + MAX_PORTFOLIO_LEN]]
    for length in range(len(words), 0, -1):
        if tuple(words[:length]) in PORTFOLIOS:
            return end + 1 + length
    return end


def portfolio_start(doc: Doc, start: int) -> int:
    """Before a role starting at ``start``, skip portfolios: "energy and mines minister", "Oil Minister"."""
    i = start
    while i > 0:
        words = [t.lower_ for t in doc[max(0, i - MAX_PORTFOLIO_LEN):i]]
        length = next((n for n in range(len(words), 0, -1) if tuple(words[-n:]) in PORTFOLIOS), 0)
        if not length or any(t.ent_type_ for t in doc[i - length:i]):
            break
        i -= length
        if i > 1 and doc[i - 1].lower_ in ("and", ",", "&") and start - i < 8:
            i -= 1  # "energy and mines": another portfolio must come before "and"
            continue
    return i if i == start or doc[i].lower_ not in ("and", ",", "&") else i + 1


def portfolio_title_end(doc: Doc, start: int) -> int | None:
    """The end of a title whose portfolio starts at ``start`` ("Oil Minister", "U.S. Agriculture Secretary"), if any."""
    for k in range(start + 1, min(start + MAX_PORTFOLIO_LEN + 3, len(doc))):
        if (found := role_at(doc, k)) is not None and portfolio_start(doc, k) == start:
            return found[1]
    return None


def role_ending_at(doc: Doc, end: int) -> tuple[str, int] | None:
    """A role phrase that ends just before token ``end``, portfolio included: (kind, start).

    "Prime Minister X" (longest first, not "Minister"); "Minister of Information X".
    """
    for start in range(max(0, end - MAX_ROLE_LEN - MAX_PORTFOLIO_LEN - 1), end):
        found = role_at(doc, start)
        if found and (found[1] == end or found[1] < end and portfolio_end(doc, found[1]) == end):
            return found[0], start
    return None
