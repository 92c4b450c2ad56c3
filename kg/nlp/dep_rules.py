"""``kg_dep_relations``: relation rules over a dependency parse, when a trained model gave one.

The token patterns of :mod:`kg.nlp.rules` read word order; with a parse the
same relations can be read from grammar, which reaches across long
modifiers ("Angela Merkel, who had just won the election, visited Japan").
Each rule names a verb, the subject's relation (``nsubj``; a verb in a
``conj`` chain inherits its head's subject) and where the object hangs
(``dobj`` or a preposition's ``pobj``). Matches are added to
``doc._.kg_matches`` like the token rules', so slots, lists, metonymy,
modality and evidence are handled in one place (:mod:`kg.extract.relations`).
Without a parse the component does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.nlp.relation_matcher import RuleMatch, register_extensions
from kg.nlp.patterns import Rule
from kg.nlp.rules import RULES, ARRIVE, ATTACK, BUY, CRITICIZE, JOINED, SUPPORT, TRAVEL, VISIT_V

SUBJECTS = frozenset({"nsubj"})


@dataclass(frozen=True)
class DepRule:
    """A verb, the predicate it signals, and where its object is found."""

    name: str
    predicate: str
    verbs: frozenset[str]
    object: str  # "dobj" or "prep:in|at"
    confidence: float = 0.8

    @property
    def preps(self) -> frozenset[str]:
        return frozenset(self.object.split(":", 1)[1].split("|")) if self.object.startswith("prep:") else frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split("|"))


DEP_RULES: tuple[DepRule, ...] = (
    DepRule("dep-visit", "visits", _words(VISIT_V), "dobj"),
    DepRule("dep-arrive", "visits", _words(ARRIVE), "prep:in|at"),
    DepRule("dep-travel", "visits", _words(TRAVEL), "prep:to"),
    DepRule("dep-meet", "meetsWith", _words("met|meets|meet|meeting"), "dobj"),
    DepRule("dep-talk", "meetsWith", _words("met|meets|meet|meeting|talked|talks|talk|spoke|speaks|negotiated"), "prep:with"),
    DepRule("dep-criticize", "criticizes", _words(CRITICIZE), "dobj"),
    DepRule("dep-support", "supports", _words(SUPPORT), "dobj"),
    DepRule("dep-sanction", "sanctions", _words("sanctioned|sanctions|sanction|expelled|expels|expel"), "dobj"),
    DepRule("dep-attack", "attacks", _words(ATTACK), "dobj"),
    DepRule("dep-join", "memberOf", _words(JOINED), "dobj"),
    DepRule("dep-withdraw", "leaves", _words("withdrew|withdraws|withdraw|withdrawing|quit|quits|exited|exits"), "prep:from"),
    DepRule("dep-border", "borders", _words("borders|bordered|border|bordering"), "dobj"),
    DepRule("dep-acquire", "acquires", _words(BUY), "dobj"),
)


#: rule name -> predicate, for token and dependency rules alike (to skip a reading both found)
PREDICATE_OF = {rule.name: rule.predicate for rule in RULES} | {rule.name: rule.predicate for rule in DEP_RULES}


def as_rule(rule: DepRule) -> Rule:
    """The token-rule view of a dependency rule (its trigger words), for the shared interpretation."""
    return Rule(rule.name, rule.predicate, "|".join(sorted(rule.verbs | rule.preps)), rule.confidence)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "") and verb.head is not verb:
        return _subject(verb.head)  # "Merkel arrived in Paris and met Macron"
    return None


def _object(verb: Token, rule: DepRule) -> Token | None:
    for child in verb.children:
        if rule.object == "dobj" and child.dep_ in ("dobj", "obj"):
            return child
        if child.dep_ == "prep" and child.lower_ in rule.preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def dep_matches(doc: Doc) -> list[RuleMatch]:
    """Matches of the dependency rules in a parsed document with merged entities."""
    found = []
    for token in doc:
        for rule in DEP_RULES:
            if token.lower_ not in rule.verbs:
                continue
            subject, obj = _subject(token), _object(token, rule)
            if subject is None or obj is None or not subject.ent_type_ or not obj.ent_type_:
                continue
            start, end = min(subject.i, token.i, obj.i), max(subject.i, token.i, obj.i) + 1
            found.append(RuleMatch(rule.name, start, end, subject.i, obj.i))
    return found


@Language.component("kg_dep_relations")
def dep_relations(doc: Doc) -> Doc:
    """Add dependency-rule matches to ``doc._.kg_matches`` (no-op without a parse)."""
    register_extensions()
    if not doc.has_annotation("DEP"):
        return doc
    predicate = PREDICATE_OF
    existing = list(doc._.kg_matches or [])
    seen = {(predicate[m.rule], m.subject, m.object) for m in existing}
    extra = [m for m in dep_matches(doc) if (predicate[m.rule], m.subject, m.object) not in seen]
    doc._.kg_matches = sorted(existing + extra, key=lambda m: (m.start, m.end, m.rule))
    return doc
