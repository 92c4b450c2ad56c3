"""Stances read from quotations: what a speaker says of someone in evaluative words.

News reports criticism and praise mostly as quotations, not as "X criticized Y":

* ``Tanya Chan added, "Carrie Lam is a liar."`` -> Tanya Chan criticizes Carrie Lam;
* ``Ben Affleck tweeted, "Tony Mendez was a true American hero."`` -> Ben
  Affleck supports Tony Mendez;
* ``Ana Ruiz said of Mugabe, "He was a dictator."`` -> criticizes.

A quotation gives a stance when (1) a reporting verb outside it names its
speaker, (2) it judges someone: the one named after "said of", else a person,
organisation or state it names (a pronoun resolved by coreference counts)
that a copula ties to an evaluative word ("X was a true hero"), and (3) its evaluative
words lean one way only (:data:`POSITIVE` or :data:`NEGATIVE`, a word right
after a negation left out). Anything less clear gives nothing: precision first.

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()('Ben Affleck tweeted, "Tony Mendez was a true American hero."')
>>> [(r.subject, r.predicate, r.object) for r in stance_relations(doc)]
[('Person:ben affleck', 'supports', 'Person:tony mendez')]
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.model import Relation
from kg.extract.modality import QUOTES, REPORT, speaker_of
from kg.nlp.lexicon import POSSESSIVE_PRONOUNS
from kg.nlp.relation_matcher import PREPOSITIONS
from kg.nlp.parties import PARTY_ADJECTIVE
from kg.nlp.role_phrases import role_at
from kg.extract.relations import sentence_evidence

#: words that praise whom they describe ("a true hero", "very honest", "an icon of liberation")
POSITIVE = frozenset({
    "hero", "heroes", "heroic", "icon", "iconic", "legend", "legendary", "great", "greatest", "brilliant", "excellent",
    "outstanding", "remarkable", "extraordinary", "exceptional", "honest", "honesty", "courageous", "courage", "brave",
    "bravery", "wise", "wisdom", "visionary", "statesman", "champion", "inspiration", "inspiring", "admired", "beloved",
    "dedicated", "selfless", "humble", "generous", "compassionate", "devoted", "patriot", "tireless", "indelible",
    "pioneer", "helpful", "supportive", "grateful", "thank", "thanks", "proud", "honour", "honor", "honoured",
    "honored", "giant", "decent", "integrity", "trusted", "distinguished", "hardworking", "hard-working", "respected",
    "friend", "congratulate", "congratulations", "treasure", "wonderful", "tremendous", "loved", "beloved",
})
#: words that condemn whom they describe ("a dictator", "deeply dangerous and irresponsible", "fake news")
NEGATIVE = frozenset({
    "dictator", "tyrant", "despot", "ruthless", "brutal", "corrupt", "criminal", "crook", "liar", "lies", "lying",
    "dishonest", "fraud", "incompetent", "incompetence", "irresponsible", "reckless", "dangerous", "disgrace",
    "disgraceful", "shameful", "outrageous", "unacceptable", "idiot", "stupid", "fool", "foolish", "primitive", "racist",
    "fascist", "traitor", "treason", "betrayal", "betrayed", "murderer", "thug", "thugs", "barbaric", "barbarity",
    "appalling", "deplorable", "despicable", "hypocrite", "hypocrisy", "anti-democratic", "undemocratic",
    "authoritarian", "ignorance", "ignorant", "fake", "cowardly", "coward", "shocking", "scandalous", "swindling",
    "illegitimate", "lawless", "aggressor", "aggression", "arrogant", "arrogance", "spy-mania",
    "failure", "failures", "breach", "violation", "violations", "abuse", "abuses", "misconduct", "wrongdoing",
    "lousy", "terrible", "disastrous", "awful", "catastrophic", "shambles", "mess", "deceitful", "deceit", "deceptive",
})
NEGATORS = frozenset({"not", "n't", "never", "no", "nothing", "hardly", "without"})
#: verbs that introduce a quotation besides the reporting verbs of :mod:`kg.extract.modality`
SAY = REPORT | frozenset({"tweeted", "posted", "wrote", "declared", "remarked", "commented", "stressed", "replied",
                          "responded", "continued", "explained", "recalled", "stated"})
#: words before a name that make it qualify the speaker rather than be the speaker
QUALIFIERS = PREPOSITIONS | frozenset({"'s"})
BE = frozenset({"is", "was", "are", "were", "'s", "remains", "remained", "has", "had", "been", "became"})
TARGET_CLASSES = frozenset({"Person", "Country", "Organization", "InternationalOrganization", "GovernmentBody", "Company",
                            "MediaOrganization", "ArmedGroup"})


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges inside quotation marks (a quotation may run over sentences; a paragraph break ends it)."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for token in doc:
        if token.text in QUOTES:
            if start is None and token.text != "”":
                start = token.i + 1
            elif start is not None:
                regions.append((start, token.i))
                start = None
        elif token.is_space and "\n" in token.text:
            start = None
    return regions


def _cue(doc: Doc, start: int, end: int) -> Token | None:
    """The reporting verb that introduces the quotation ``doc[start:end]``: before it in its first sentence
    ("X added, "...""), or after it in its last ("..." X said)."""
    first, last = doc[start].sent, doc[end - 1].sent
    before = [t for t in doc[first.start:start - 1] if t.lower_ in SAY]
    if before:
        return before[-1]
    return next((t for t in doc[end + 1:last.end] if t.lower_ in SAY), None)


def _speaker(doc: Doc, cue: Token, start: int) -> str | None:
    """Who says the quotation: the clause's first agent before a verb that opens it ("Yvette Cooper of the Labour
    Party added, ..."; a name after "of", "from", "in" only qualifies the speaker), else the reporting verb's speaker
    (""...," Boris Johnson said")."""
    if cue.i < start:
        for token in doc[cue.sent.start:cue.i]:
            if token.ent_type_ and (token.i == 0 or doc[token.i - 1].lower_ not in QUALIFIERS) and token.ent_id_ != "demonym" \
                    and token.lower_ not in POSSESSIVE_PRONOUNS and not _before_title(doc, token) and token.ent_id_ != PARTY_ADJECTIVE:
                # "His rival X said": the rival speaks; "Democrat Chuck Schumer told": Schumer does
                return token.ent_kb_id_ if "|" not in token.ent_kb_id_ else None
    return speaker_of(doc, cue.sent, cue)


def _before_title(doc: Doc, token: Token) -> bool:
    """Does the name modify a title after it ("Scripps Oceanography director Margaret Leinen said": she speaks)?"""
    k = token.i + 1
    while k < len(doc) and doc[k].ent_type_ and doc[k].ent_kb_id_ == token.ent_kb_id_:
        k += 1
    return role_at(doc, k) is not None


def _target(doc: Doc, cue: Token, start: int, end: int) -> Token | None:
    """Whom the quotation judges: the one named after "said of", else a name (or a pronoun resolved by coreference)
    that a copula ties to the evaluative word: "Tony Mendez was a true American hero", "He was a dictator"; a name
    right before a quotation that opens with the copula (X said Cummings "was a great man"); or the name that opens
    the quotation as its subject, an auxiliary after it, the evaluative words later in its sentence ("Boris Johnson
    is trying to use the Queen ... a deeply dangerous and irresponsible way to govern")."""
    after = cue.i + 1
    if after + 1 < len(doc) and doc[after].lower_ in ("of", "about") and _can_be_target(doc[after + 1]):
        return doc[after + 1]
    if start >= 2 and doc[start].lower_ in BE and _can_be_target(doc[start - 2]) and doc[start - 2].i != cue.i:
        return doc[start - 2]
    if (opening := _opening_subject(doc, start, end)) is not None:
        return opening
    for token in doc[start:end]:
        if not _can_be_target(token) or token.i + 1 < end and doc[token.i + 1].norm_ == "'s":
            continue  # "Zimbabwe's founding father": the possessor is not who is judged
        be = next((k for k in range(token.i + 1, min(end, token.i + 3)) if doc[k].lower_ in BE), None)
        if be is None or be + 1 < end and (doc[be + 1].lower_ in STANCE_VERBS or doc[be + 1].lower_ in SAY):
            continue  # "Russia has condemned the shameful attack": Russia judges, it is not judged
        judged = doc[be + 1:min(end, be + 7, token.sent.end)]
        if any(t.ent_type_ for t in judged if t.lower_ not in POSITIVE | NEGATIVE and t.ent_id_ != "demonym"):
            continue  # "X was ... Y": another name takes the words
        if any(t.lower_ in POSITIVE or t.lower_ in NEGATIVE for t in judged):
            return token
    return None


#: words after a quotation's opening name that make it the subject of a claim about it ("X is trying", "X has made")
AUXILIARIES = BE | frozenset({"have", "wants", "wanted", "will", "would", "can", "cannot", "could", "does", "did", "isn't",
                              "wasn't", "doesn't", "didn't", "won't", "keeps", "continues"})


def _opening_subject(doc: Doc, start: int, end: int) -> Token | None:
    """The name opening the quotation as its subject, an auxiliary after it, the evaluative words later in its own
    sentence and no other name between ("Howard has made a mess of it"); not when it does the judging itself
    ("Russia has condemned the shameful attack": its verb is a stance verb)."""
    first = doc[start]
    if not _can_be_target(first):
        return None
    k = first.i + 1
    while k < end and doc[k].ent_kb_id_ == first.ent_kb_id_ and doc[k].ent_type_:
        k += 1
    if k + 1 >= end or doc[k].lower_ not in AUXILIARIES or doc[k].norm_ == "'s" or doc[k + 1].lower_ in SAY or doc[k + 1].lower_ in STANCE_VERBS:
        return None
    rest = doc[k:min(end, first.sent.end)]
    if any(t.ent_type_ and t.ent_id_ not in ("demonym", "pronoun") for t in rest):
        return None
    return first if _leaning(rest) is not None else None


#: verbs with which the quotation's subject judges someone else
STANCE_VERBS = frozenset({"condemned", "criticized", "criticised", "denounced", "praised", "welcomed", "accused", "blamed",
                          "called", "described", "hailed", "attacked", "slammed", "backed", "supported", "endorsed"})


def _can_be_target(token: Token) -> bool:
    return token.ent_type_ in TARGET_CLASSES and token.ent_id_ != "demonym" and "|" not in token.ent_kb_id_


def _leaning(tokens: Span) -> str | None:
    """ "supports" or "criticizes" when the quotation's evaluative words lean one way, else None."""
    positive = negative = 0
    for token in tokens:
        word = token.lower_
        if word not in POSITIVE and word not in NEGATIVE:
            continue
        if any(t.lower_ in NEGATORS for t in tokens.doc[max(tokens.start, token.i - 3):token.i]):
            return None  # "not a hero": too subtle to read
        if word in POSITIVE:
            positive += 1
        else:
            negative += 1
    if bool(positive) == bool(negative):
        return None
    return "supports" if positive else "criticizes"


#: verbs that give their object a name: "X called Y a dictator", "X described Y as a hero"
CALL = frozenset({"called", "calls", "calling", "labelled", "labeled", "labels", "branded", "brands", "described",
                  "describes", "dubbed", "termed", "hailed"})


#: words that end the name a CALL verb gives
NAMED_AS_STOPS = frozenset({"to", "on", "in", "at", "for", "about", "after", "before", "during", "and", "but", "because", "while",
                            "when", "since", "with", "from", "over", "by", "if", "that", "who", "which"})
QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _named_as(doc: Doc) -> list[Relation]:
    """ "Trump called Bloomberg a liar", "Putin described Mugabe as a great statesman": the subject right before the
    verb, the object right after it, and an evaluative word in the next few words."""
    out: list[Relation] = []
    for verb in doc:
        if verb.lower_ not in CALL or verb.i < 1 or verb.i + 2 >= len(doc):
            continue
        subject, at = doc[verb.i - 1], verb.i + 1
        if (title := role_at(doc, at)) is not None and title[1] < len(doc) and doc[title[1]].ent_type_:
            at = title[1]  # "called Prime Minister Theresa May's deal lousy": the titled person
        target = doc[at]
        if target.ent_id_ == "pronoun" and target.lower_ in ("it", "its"):
            continue  # "X called it a mess": "it" is mostly a thing (a debate, a plan), whatever coreference guessed
        if not (_can_be_target(subject) and _can_be_target(target)) or subject.ent_kb_id_ == target.ent_kb_id_ or at + 1 >= len(doc):
            continue
        stop = at + 1  # the name given ends where a phrase of time, place or purpose starts ("called X on Tuesday to ...")
        while stop < min(at + 8, verb.sent.end) and doc[stop].lower_ not in NAMED_AS_STOPS \
                and not (doc[stop].is_punct and doc[stop].text not in QUOTE_MARKS):
            stop += 1
        words = doc[at + 1:stop]  # "called May's proposed Brexit deal "lousy""
        if any(t.ent_type_ and t.ent_id_ != "demonym" for t in words):
            continue
        predicate = _leaning(words)
        if len(words) > 1 and words[0].norm_ == "'s" and (own := _leaning(words[1:2])) is not None:
            predicate = own  # "what he called Japan's failure to honour a pact": the possessed noun is what is named
        if predicate is not None:
            evidence = sentence_evidence(verb.sent, "named-as", 0.65, "asserted", "E")
            out.append(Relation(subject.ent_kb_id_, predicate, target.ent_kb_id_, evidence))
    return out


def stance_relations(doc: Doc) -> list[Relation]:
    """criticizes / supports from evaluative quotations with a named speaker and a named subject, and from
    "X called Y a <word>"."""
    out: list[Relation] = _named_as(doc)
    infos = doc._.kg_entities or {}
    for start, end in quotations(doc):
        if end - start < 3:
            continue  # a scare-quoted word ("spy-mania"), not a statement
        predicate = _leaning(doc[start:end])
        if predicate is None:
            continue
        cue = _cue(doc, start, end)
        if cue is None:
            continue
        speaker = _speaker(doc, cue, start)
        target = _target(doc, cue, start, end)
        if speaker is None or speaker not in infos or infos[speaker].cls not in TARGET_CLASSES:
            continue  # "Moscow said": a city speaks for its state only through the relation rules' metonymy
        if target is None or target.ent_kb_id_ == speaker:
            continue
        evidence = sentence_evidence(doc[start].sent, "quote-stance", 0.6, "asserted", "C", speaker)
        out.append(Relation(speaker, predicate, target.ent_kb_id_, evidence))
    return out
