"""How a sentence presents a relation: asserted, planned, reported, negated, hypothetical.

The cues are read around the rule's match (never from the match's own trigger
words, so "refused to join" is a refusal, not a negated join):

* negated: not, n't, never, no, refused, denied, declined, failed, absent ...
* hypothetical: could, might, may, would, if, unless, whether, likely ... ("said it would buy" is
  the plan of a report told in the past, see :func:`_backshifted`)
* planned: will, shall, expected, scheduled, plans, set to, due to, "to" + verb ...
* reported: said, told, according to, claimed, alleged, reported ... or inside
  quotation marks; the speaker is recorded when the text names one.

Negation wins over hypothesis, hypothesis over plan, plan over report.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

NEGATION = frozenset({"not", "n't", "never", "no", "neither", "nor", "refused", "refuses", "refuse", "denied", "denies",
                      "deny", "declined", "declines", "failed", "fails", "absent", "without", "cannot", "rejected",
                      "rejects", "halted", "cancelled", "canceled", "postponed", "vetoed", "vetoes", "veto", "blocked",
                      # an agreement ended before it was carried out ("terminated an agreement to sell", "seeking to halt the sale")
                      "terminated", "terminates", "scrapped", "scraps", "abandoned", "abandons", "halt", "halts"})
HYPOTHESIS = frozenset({"could", "might", "may", "would", "if", "unless", "whether", "possibly", "perhaps", "likely",
                        "unlikely", "possible", "potential", "potentially", "should", "consider", "considering",
                        "considers", "threatened", "threatens", "threaten", "mulling"})
PLAN = frozenset({"will", "'ll", "shall", "expected", "scheduled", "plans", "planned", "plan", "planning", "intends",
                  "intend", "due", "upcoming", "tomorrow", "next", "prepares", "preparing", "ready", "aims",
                  "aim", "agreed", "set", "going", "proposed", "wants", "want", "seeks", "hopes", "draft",
                  "pledged", "pledges", "pledge", "promised", "promises"})  # a pledge of aid is aid to come
#: conjunctions of a time not yet come, with a present-tense verb ("before Turkey becomes a member"; "before it joined" is past)
NOT_YET = frozenset({"before", "until", "till", "once"})
PRESENT_VERBS = frozenset({"becomes", "become", "joins", "join", "is", "are", "gets", "signs", "sign", "visits", "meets", "takes"})
REPORT = frozenset({"said", "says", "say", "told", "tells", "according", "claimed", "claims", "claim", "alleged",
                    "alleges", "allegedly", "reported", "reports", "reportedly", "stated", "announced",
                    "announces", "believes", "believe", "added", "insisted", "insists", "noted", "warned",
                    "confirmed", "confirms", "quoted", "cited", "citing", "argued", "argues", "suggested", "wrote",
                    "accused", "accuses", "accusing"})
QUOTES = frozenset({'"', "“", "”"})
CLAUSE_START = frozenset({",", ";", "that", "which", "who", "but", "while", "whereas", "—", "–"})
SPEAKER_CLASSES = frozenset({"Person", "Country", "City", "Organization", "InternationalOrganization",
                             "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup", "Place"})


def _cue_tokens(doc: Doc, sent: Span, start: int, end: int, literal: frozenset[int]) -> list[Token]:
    """Tokens whose words decide the modality: the clause lead-in and the match, minus trigger words."""
    lead = start
    relative = start + 2 < end and doc[start + 1].text == "," and doc[start + 2].lower_ in ("which", "who", "that")
    while not relative and lead > sent.start and start - lead < 4 and doc[lead - 1].lower_ not in CLAUSE_START:
        lead -= 1  # ("Notably absent will be Armenia, which suspended ...": the relative clause has its own tense)
    return [t for t in doc[lead:end] if t.i not in literal]


def speaker_of(doc: Doc, sent: Span, cue: Token) -> str | None:
    """The entity that says it: "X said", "..., said X", "according to (role) X", "X told".

    Words after "said" are the speaker only in the inverted order ("..., said X");
    otherwise they begin what was said ("The minister said Ghana ...").
    """
    def entity(token: Token) -> str | None:
        return token.ent_kb_id_ if token.ent_type_ in SPEAKER_CLASSES and "|" not in token.ent_kb_id_ and token.ent_id_ != "demonym" else None

    def until_comma(tokens: list[Token]) -> list[Token]:
        out = []
        for token in tokens:
            if token.text in (",", ";", ":") or token.text in QUOTES:
                break
            out.append(token)
        return out

    after = until_comma([doc[i] for i in range(cue.i + 1, min(sent.end, cue.i + 6))])
    if cue.lower_ == "according":
        after = after[1:]
        candidates = [t for t in after if t.ent_type_ == "Person"] + after
    else:
        if (apposed := _apposed_person(doc, sent, cue)) is not None:
            return apposed
        before = [doc[i] for i in range(max(sent.start, cue.i - 2), cue.i)]
        inverted = cue.i > sent.start and (doc[cue.i - 1].text in (",",) or doc[cue.i - 1].text in QUOTES)
        candidates = list(reversed(before)) + (after if inverted else [])
    for token in candidates:
        key = entity(token)
        if key:
            return key
    return None


def _apposed_person(doc: Doc, sent: Span, cue: Token) -> str | None:
    """ "X, professor of politics at Dokkyo University, told Reuters": the person before an apposition that ends
    right before the verb speaks, not the name that ends the apposition."""
    if cue.i - 1 <= sent.start or doc[cue.i - 1].text != ",":
        return None
    k = cue.i - 2
    while k > sent.start and cue.i - k <= 14 and doc[k].text != "," and doc[k].text not in QUOTES:
        k -= 1
    if k <= sent.start or doc[k].text != "," or not (doc[k + 1].is_lower or doc[k + 1].lower_ in ("the", "a", "an")):
        return None
    person = doc[k - 1]
    return person.ent_kb_id_ if person.ent_type_ == "Person" and "|" not in person.ent_kb_id_ else None


def _reporting(doc: Doc, sent: Span, token: Token) -> bool:
    """A reporting verb that frames a report: "said (that)", ", officials said", "according to"."""
    if token.lower_ == "according":
        return token.i + 1 < sent.end and doc[token.i + 1].lower_ == "to"
    nxt = [doc[i] for i in range(token.i + 1, min(sent.end, token.i + 3))]
    if any(t.lower_ == "that" or t.text in (",", ":") or t.text in QUOTES for t in nxt):
        return True
    prev = [doc[i] for i in range(max(sent.start, token.i - 4), token.i)]
    if any(t.text == "," or t.text in QUOTES for t in prev):
        return True
    # "Ushakov said Armenia remained ...", "the minister said Ghana has ...": the claim follows the verb
    return token.tag_ in ("", "VBD", "VBZ", "VBP") and bool(nxt) and (nxt[0].ent_type_ != "" or nxt[0].lower_ in ("the", "a", "an", "it", "he", "she", "they"))


#: words that make a reported "would" a condition after all ("said it would buy X if the price fell")
CONDITIONS = frozenset({"if", "unless", "provided", "otherwise"})
BACKSHIFT_WINDOW = 8


def _backshifted(doc: Doc, sent: Span, would: Token) -> bool:
    """A "would" that is the "will" of a report in the past: "said it would", "announced that he would".

    The reporting verb comes shortly before it in the same sentence, nothing but the
    reported clause's subject (and "that") lies between, and no condition follows.

    >>> from kg.nlp import build_pipeline
    >>> doc = build_pipeline()("Tellmark said on Monday it would sell the unit.")
    >>> _backshifted(doc, doc[0].sent, doc[5])
    True
    """
    if any(t.lower_ in CONDITIONS for t in sent):
        return False
    for k in range(would.i - 1, max(sent.start, would.i - BACKSHIFT_WINDOW) - 1, -1):
        token = doc[k]
        if token.text in QUOTES or token.text in (";", ":", "(", ")") or token.lower_ in ("would", "could", "might", "may"):
            return False
        if token.lower_ in REPORT and token.lower_ not in ("according", "reportedly", "allegedly"):
            return True
    return False


def in_quotes(doc: Doc, sent: Span, i: int) -> bool:
    """Is token ``i`` inside a quotation of its sentence (an odd number of quote marks before it)?"""
    opening = sum(1 for t in doc[sent.start:i] if t.text in QUOTES or t.text in ("'",) and t.i == sent.start)
    return opening % 2 == 1


def modality(doc: Doc, start: int, end: int, literal: frozenset[int] = frozenset(), negatable: bool = True) -> tuple[str, str | None]:
    """(modality, speaker key or None) of the relation a rule matched at ``doc[start:end]``."""
    sent = doc[start].sent
    cues = _cue_tokens(doc, sent, start, end, literal)
    words = {t.lower_ for t in cues if t.text != "May"}
    backshifted = any(t.lower_ == "would" and _backshifted(doc, sent, t) for t in cues)
    if backshifted:
        words = (words - {"would"}) | {"will"}  # "TWA said it would buy USAir": the will of a report, told in the past
    if negatable and words & NEGATION:
        return "negated", None
    if words & HYPOTHESIS or words & NOT_YET and {t.lower_ for t in doc[start:end]} & PRESENT_VERBS:
        return "hypothetical", None  # "... before Turkey becomes a full member": not yet
    planned = bool(words & PLAN) or any(
        t.lower_ == "to" and t.i + 1 < end and t.i + 1 in literal and doc[t.i + 1].is_alpha and doc[t.i + 1].is_lower
        or t.lower_ == "to" and t.i + 2 < end and doc[t.i + 1].lower_ == "be" and t.i + 2 in literal  # "to be signed by"
        for t in cues
    )
    if planned:
        return "planned", None
    for token in sent:
        if token.lower_ in REPORT and not (start <= token.i < end) and _reporting(doc, sent, token):
            return "reported", speaker_of(doc, sent, token)
        if token.lower_ in REPORT and start <= token.i < end - 1 and doc[token.i + 1].lower_ == "to":
            return "reported", None  # "Azerbaijan claimed to have killed ...": the agent's own claim
    if in_quotes(doc, sent, start):
        return "reported", None
    return "asserted", None
