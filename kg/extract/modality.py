"""How a sentence presents a relation: asserted, planned, reported, negated, hypothetical.

The cues are read around the rule's match (never from the match's own trigger
words, so "refused to join" is a refusal, not a negated join):

* negated: not, n't, never, no, refused, denied, declined, failed, absent ...
* hypothetical: could, might, may, would, if, unless, whether, likely ...
* planned: will, shall, expected, scheduled, plans, set to, due to, "to" + verb ...
* reported: said, told, according to, claimed, alleged, reported ... or inside
  quotation marks; the speaker is recorded when the text names one.

Negation wins over hypothesis, hypothesis over plan, plan over report.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

NEGATION = frozenset({"not", "n't", "never", "no", "neither", "nor", "refused", "refuses", "refuse", "denied", "denies",
                      "deny", "declined", "declines", "failed", "fails", "absent", "without", "cannot", "rejected",
                      "rejects", "halted", "cancelled", "canceled", "postponed"})
HYPOTHESIS = frozenset({"could", "might", "may", "would", "if", "unless", "whether", "possibly", "perhaps", "likely",
                        "unlikely", "possible", "potential", "potentially", "should", "consider", "considering",
                        "considers", "threatened", "threatens", "threaten", "mulling"})
PLAN = frozenset({"will", "'ll", "shall", "expected", "scheduled", "plans", "planned", "plan", "planning", "intends",
                  "intend", "due", "upcoming", "later", "tomorrow", "next", "prepares", "preparing", "ready", "aims",
                  "aim", "agreed", "set", "going", "proposed", "wants", "want", "seeks", "hopes"})
REPORT = frozenset({"said", "says", "say", "told", "tells", "according", "claimed", "claims", "claim", "alleged",
                    "alleges", "allegedly", "reported", "reports", "reportedly", "stated", "states", "announced",
                    "announces", "believes", "believe", "added", "insisted", "insists", "noted", "notes", "warned",
                    "confirmed", "confirms", "quoted", "cited", "citing", "argued", "argues", "suggested", "wrote"})
QUOTES = frozenset({'"', "“", "”"})
CLAUSE_START = frozenset({",", ";", "that", "which", "who", "but", "while", "whereas", "—", "–"})
SPEAKER_CLASSES = frozenset({"Person", "Country", "City", "Organization", "InternationalOrganization",
                             "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup", "Place"})


def _cue_tokens(doc: Doc, sent: Span, start: int, end: int, literal: frozenset[int]) -> list[Token]:
    """Tokens whose words decide the modality: the clause lead-in and the match, minus trigger words."""
    lead = start
    while lead > sent.start and start - lead < 4 and doc[lead - 1].lower_ not in CLAUSE_START:
        lead -= 1
    return [t for t in doc[lead:end] if t.i not in literal]


def _speaker(doc: Doc, sent: Span, cue: Token) -> str | None:
    """The entity that says it: "X said", "said X", "according to X", "X told"."""
    def entity(token: Token) -> str | None:
        return token.ent_kb_id_ if token.ent_type_ in SPEAKER_CLASSES and "|" not in token.ent_kb_id_ and token.ent_id_ != "demonym" else None

    before = [doc[i] for i in range(max(sent.start, cue.i - 2), cue.i)]
    after = [doc[i] for i in range(cue.i + 1, min(sent.end, cue.i + 6))]
    if cue.lower_ == "according":
        after = after[1:]
    persons = [t for t in after if t.ent_type_ == "Person"]
    for token in ([] if cue.lower_ == "according" else list(reversed(before))) + persons + after:
        key = entity(token)
        if key:
            return key
    return None


def _in_quotes(doc: Doc, sent: Span, i: int) -> bool:
    opening = sum(1 for t in doc[sent.start:i] if t.text in QUOTES or t.text in ("'",) and t.i == sent.start)
    return opening % 2 == 1


def modality(doc: Doc, start: int, end: int, literal: frozenset[int] = frozenset(), negatable: bool = True) -> tuple[str, str | None]:
    """(modality, speaker key or None) of the relation a rule matched at ``doc[start:end]``."""
    sent = doc[start].sent
    cues = _cue_tokens(doc, sent, start, end, literal)
    words = {t.lower_ for t in cues if t.text != "May"}
    if negatable and words & NEGATION:
        return "negated", None
    if words & HYPOTHESIS:
        return "hypothetical", None
    planned = bool(words & PLAN) or any(
        t.lower_ == "to" and t.i + 1 < end and t.i + 1 in literal and doc[t.i + 1].is_alpha and doc[t.i + 1].is_lower
        for t in cues
    )
    if planned:
        return "planned", None
    for token in sent:
        if token.lower_ in REPORT and not (start <= token.i < end):
            return "reported", _speaker(doc, sent, token)
    if _in_quotes(doc, sent, start):
        return "reported", None
    return "asserted", None
