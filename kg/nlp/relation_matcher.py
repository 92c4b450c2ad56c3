"""``kg_relations``: run the relation rules over a document with merged entities.

Matches go to ``doc._.kg_matches`` as :class:`RuleMatch` records (rule name,
token span, subject and object token); :mod:`kg.extract.relations` turns them
into relations with modality and evidence. A match must stay inside one sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from kg.nlp.lexicon import ALL_ROLES, PAST_ROLE_MARKERS, RELATIVE_PRONOUNS
from kg.nlp.patterns import CLAUSE_WORDS, FILL_FLAGS, HARD_PUNCT, INSERTION, LOOSE, STRICT, WORD_SETS, compile_pattern, insertion_variant, required_words
from kg.nlp.role_phrases import portfolio_start, role_ending_at
from kg.nlp.rules import RULES
from kg.nlp.wire_markup import ticker_brackets

COMPOUND_MODIFIERS = frozenset({"led", "backed", "based", "owned", "supplied", "made", "run", "brokered", "sponsored",
                                "funded", "built", "controlled", "held", "allied", "aligned", "born", "bound"})


@dataclass(frozen=True)
class RuleMatch:
    """One rule matched: token indices in the merged document."""

    rule: str
    start: int
    end: int
    subject: int | None
    object: int | None


ROLE_WORDS = frozenset(word for role in ALL_ROLES for word in role if word.isalpha())
PREPOSITIONS = frozenset({"in", "at", "to", "from", "with", "of", "on", "for", "by", "into", "against", "about", "over",
                          "under", "among", "toward", "towards", "across", "through", "near", "via", "unlike"})
#: relations between places: their subject may well follow a preposition ("talks in Hanoi, the capital of Vietnam")
PLACE_PREDICATES = frozenset({"capitalOf", "locatedIn", "basedIn"})
#: rules read inside one noun phrase, which says the same after a preposition ("a majority over the SPD and their Greens
#: allies": the SPD and the Greens are allies)
NOUN_PHRASE_RULES = frozenset({"ally-and-their", "ally-and-its"})


#: what a state has or sends, named with the state as its modifier ("U.S. bases", "Soviet troops")
STATE_MEANS = frozenset({"bases", "base", "troops", "forces", "soldiers", "warships", "ships", "missiles", "jets", "planes",
                         "aircraft", "arms", "weapons", "aid", "loans", "credits", "navy", "army", "military", "garrison"})
#: nouns after a possessive that name another party than the possessor ("Nippon's affiliate Koba")
OTHER_PARTIES = frozenset({"affiliate", "affiliates", "subsidiary", "subsidiaries", "unit", "units", "parent", "partner", "partners",
                           "ally", "allies", "rival", "rivals", "neighbour", "neighbours", "neighbor", "neighbors", "opponent",
                           "opponents", "creditor", "creditors", "client", "clients", "customer", "customers", "supplier",
                           "suppliers", "shareholder", "shareholders", "owner", "owners", "enemy", "enemies", "critics"})
#: plural nouns whose "of X and Y" names their members ("the leaders of France and Germany met")
GROUP_NOUNS = frozenset({"nations", "countries", "states", "governments", "leaders", "presidents", "heads",
                         "ministers", "republics", "kingdoms", "members", "delegations"})
#: irregular past tenses that take an object: the name after them is that object, no subject of what follows
PAST_TRANSITIVE = frozenset({"left", "met", "saw", "told", "took", "gave", "sent", "led", "held", "beat", "sold", "bought",
                             "won", "lost", "hit", "shot", "struck", "fought", "quit", "ruled", "flew"})
PARTICIPLE_ADJECTIVES = frozenset({"united", "armed", "so-called", "alleged", "embattled", "beleaguered", "isolated",
                                   "sanctioned", "newly-elected", "elected", "exiled", "jailed", "detained", "besieged",
                                   "troubled", "indebted", "landlocked", "impoverished", "divided", "occupied"})


def _object_of_preposition(doc: Doc, i: int) -> bool:
    """ "bases in Kazakhstan and maintains ...", "founded Al-Qaeda and orchestrated ...": the entity
    after a preposition or a past-tense verb is its object, nobody's subject."""
    if i == 0 or doc[i].lower_ in ("its", "his", "her", "their"):
        return False
    before = doc[i - 1]
    after = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if before.is_lower and before.is_alpha and before.lower_.endswith("ed") and before.lower_ not in PARTICIPLE_ADJECTIVES and after == "and":
        return True  # "founded Al-Qaeda and orchestrated the attacks": the founder orchestrated them
    if before.lower_ in PAST_TRANSITIVE or before.is_lower and before.is_alpha and before.lower_.endswith("ed") \
            and before.lower_ not in PARTICIPLE_ADJECTIVES and i >= 2 and doc[i - 2].lower_ not in ("the", "a", "an", "newly") \
            and not (doc[i - 2].is_lower and doc[i - 2].lower_.endswith("ly")):  # "financially troubled Zaire": an adverb (not "Italy")
        # "Thatcher left Bonn after talks with Kohl": Bonn is an object, no agent; but "accused Ukraine of shelling",
        # "urged Iran to join": the object is the agent of what follows
        return after not in ("of", "to", "for", "into")
    if before.lower_ in ("the", "a", "an") and i >= 2:
        before = doc[i - 2]  # "of the United States signed ..."
    if before.lower_ not in PREPOSITIONS:
        return False
    if doc[i].ent_id_ == "demonym" and i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].is_alpha:
        return False  # "in response to an Iranian attack": the demonym names the attacker, the noun is the object
    if before.lower_ in ("of", "over", "about", "on", "against", "to") and doc[i].ent_type_ == "Country" and i + 1 < len(doc) and doc[i + 1].lower_ in STATE_MEANS:
        return False  # "the future of the U.S. bases in Greece": the state's bases (but "armed with U.S. weapons": no agent)
    if before.lower_ == "of" and before.i > 0 and doc[before.i - 1].lower_ in GROUP_NOUNS:
        return False  # "the nations of Serbia and Kosovo opened ties": the group's members are the subject
    if doc[i - 1].lower_ == "with" and i + 1 < len(doc) and doc[i + 1].lower_.endswith("ing"):
        return False  # "with Moscow banning ...": an absolute clause, Moscow is its subject
    return not (i + 1 < len(doc) and (doc[i + 1].norm_ == "'s" or doc[i + 1].text == "-"))


def _preposition_before_subject(pattern: str) -> bool:
    """The pattern puts a preposition of its own before the subject slot (fillers aside): "filed by ~3[np] S:AGENT"."""
    words = pattern.split()
    at = next((k for k, word in enumerate(words) if word.startswith("S:")), None)
    k = (at or 0) - 1
    while k >= 0 and words[k][0] in "~?":
        k -= 1
    return at is not None and k >= 0 and bool(set(words[k].split("|")) & PREPOSITIONS)


#: titles sit inside noun phrases too ("met German Chancellor Olaf Scholz")
#: their plurals too, before a list of names ("met officers Antoine Quirin and Nicolas Redouane")
FILL_SETS = {flag: (WORD_SETS[name] | ROLE_WORDS | {f"{word}s" for word in ROLE_WORDS} if name == "np" else WORD_SETS[name])
             for name, flag in FILL_FLAGS.items()}


def fill_codes(texts: list[str], lowers: list[str], ent_types: list[str], ent_ids: list[str],
               titles: frozenset[int] = frozenset()) -> list[str]:
    """Each token's filler code (see kg.nlp.patterns.ALL_FILL_CODES), from plain per-token lists.

    A filler is no named entity (a demonym, a pronoun or the "Moscow" of "Moscow-led" may fill) and
    no sentence punctuation; "loose" fillers are clause words a strict gap stops at. Set membership
    also admits demonyms, pronouns and the pieces of "X-led" compounds. ``titles``: the tokens of
    a title right before a person's name (:func:`title_tokens`), which fill a noun phrase gap whole,
    the place in "Turkish Ambassador to Athens Nazmi Akiman" included.
    """
    n = len(texts)
    codes = []
    for i in range(n):
        text, lower = texts[i], lowers[i]
        modifier = i + 2 < n and texts[i + 1] == "-" and lowers[i + 2] in COMPOUND_MODIFIERS  # "Moscow" in "Moscow-led"
        soft = ent_ids[i] in ("demonym", "pronoun") or i in titles or _bracketed_acronym(texts, ent_types, i)
        if text in HARD_PUNCT or ("\n\n" in text and not text.strip()) or (ent_types[i] and not soft and not modifier):
            code = "kg"
        else:
            code = "kg" + (LOOSE if lower in CLAUSE_WORDS else STRICT)
        # a demonym fills any modifier slot ("Russia's Kazakh partner"); a pronoun only where its word fits ("its")
        # the wire's brackets around a company name fill any slot too ("with <Fabryka Samochodow Osobowych>")
        compound = ent_ids[i] == "demonym" or modifier or i in titles or text in ("<", ">") or (text == "-" and 0 < i < n - 1) or (i > 0 and texts[i - 1] == "-" and lower in COMPOUND_MODIFIERS)
        codes.append(code + "".join(flag for flag, words in FILL_SETS.items() if compound or lower in words))
    inserted = {k for start, end in _insertions(texts, lowers, ent_types) for k in range(start, end)}  # two may share a comma
    return [code + INSERTION if k in inserted else code for k, code in enumerate(codes)]


def _bracketed_acronym(texts: list[str], ent_types: list[str], i: int) -> bool:
    """ "Free Democrat Party (FDP) allies": an acronym in brackets right after a name repeats it, and fills a gap."""
    return 2 <= i < len(texts) - 1 and texts[i - 1] == "(" and texts[i + 1] == ")" and bool(ent_types[i - 2]) \
        and texts[i].isupper() and len(texts[i]) <= 6


def insertion_starts(codes: list[str]) -> list[int]:
    """Where the marked insertions start (a token marked after one that is not)."""
    return [i for i, code in enumerate(codes) if code.endswith(INSERTION) and (i == 0 or not codes[i - 1].endswith(INSERTION))]


MAX_INSERTION = 8


def _insertions(texts: list[str], lowers: list[str], ent_types: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each ", <lower-case word> ... ," right after an entity (both commas included), of a person's
    age (", 39,"), and of each wire ticker or closing bracket after one ("Deutsche Bank AG <DBKG.F> said", "<Sogecred>, which":
    :mod:`kg.nlp.wire_markup`)."""
    n = len(texts)
    for start, end in ticker_brackets(texts):
        if start > 0 and ent_types[start - 1]:
            yield start, end
    for i in range(n - 1):  # the wire's "<Barwon Farmlands Ltd>, an Australian firm": the closing bracket
        if texts[i + 1] == ">" and ent_types[i]:
            yield i + 1, i + 2
    ages = set()  # "Emily Spanton, 39, who has waived ..., met": an age after a person is an insertion, and another may follow it
    for i in range(n - 3):
        if ent_types[i] == "Person" and texts[i + 1] == "," and texts[i + 2].isdigit() and len(texts[i + 2]) <= 3 and texts[i + 3] == ",":
            ages.add(i + 2)
            yield i + 1, i + 4
    covered = -1  # the end of the last insertion: a name inside one opens none ("..., an affiliate of Nippon, will buy")
    for i in range(n - 3):
        named = ent_types[i] or i in ages
        if not named or i < covered and i not in ages or texts[i + 1] != "," or ent_types[i + 2] and lowers[i + 2] not in RELATIVE_PRONOUNS \
                or not (lowers[i + 2].isalpha() and texts[i + 2].islower()):
            continue
        for j in range(i + 3, min(n, i + 3 + MAX_INSERTION)):
            if texts[j] == ",":
                yield i + 1, j + 1
                covered = j
                break
            if texts[j] in HARD_PUNCT or ("\n\n" in texts[j] and not texts[j].strip()):
                break


def title_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the titles right before persons' names: "Venezuelan energy and mines minister",
    "Turkish Ambassador to Athens" (a title's state or post inside it included)."""
    out: set[int] = set()
    for person in doc:
        if person.ent_type_ != "Person" or person.ent_id_ == "pronoun":
            continue
        i = person.i
        found = role_ending_at(doc, i)
        if found is None and i >= 3 and doc[i - 2].lower_ in ("to", "in", "at", "of") and doc[i - 1].ent_type_ and doc[i - 1].ent_type_ != "Person":
            found = role_ending_at(doc, i - 2)  # "ambassador to Moscow Salah Bassiouni"
        if found is not None:
            k = portfolio_start(doc, found[1])
            while k > 0 and (doc[k - 1].text == "-" or doc[k - 1].lower_ in PAST_ROLE_MARKERS
                             or doc[k - 1].ent_type_ == "Country" and doc[k].text == "-"):
                k -= 1  # "then-U.S.-president Jimmy Carter": the whole hyphenated title
            if k > 0 and doc[k - 1].ent_type_ in ("City", "Place") and doc[k].text[:1].isupper():
                k -= 1  # "sued Manhattan District Attorney Cyrus Vance": the place is the office's, no party
            out.update(range(k, i))
    return frozenset(out)


def write_fill_codes(doc: Doc) -> tuple[list[int], frozenset[int]]:
    """Store each token's filler code in ``lemma_`` for the Matcher to read natively (one array write).

    Returns where the insertions start (:func:`insertion_starts`) and the tokens no slot may take: the titles'
    (:func:`title_tokens`) and the demonym right before one ("Japanese Prime Minister X": X acts, not Japan)."""
    texts, lowers, types, ids = [], [], [], []
    for token in doc:
        texts.append(token.text)
        lowers.append(token.lower_)
        types.append(token.ent_type_)
        ids.append(token.ent_id_)
    strings = doc.vocab.strings
    titles = title_tokens(doc)
    codes = fill_codes(texts, lowers, types, ids, titles)
    values = numpy.array([[strings.add(code)] for code in codes], dtype="uint64")
    doc.from_array([LEMMA], values)
    holders = {k - 1 for k in titles if k > 0 and k - 1 not in titles and doc[k - 1].ent_type_ == "Country" and doc[k - 1].ent_id_ == "demonym"}
    return insertion_starts(codes), titles | holders


def _insertion_end(doc: Doc, i: int) -> int:
    """Where the run of insertion tokens (the fill codes written by :func:`write_fill_codes`) from ``i`` ends."""
    while i < len(doc) and doc[i].lemma_.endswith(INSERTION):
        i += 1
    return i


def _whole_insertion(doc: Doc, start: int, alignments: list[int], subject: int) -> bool:
    """Does an insertion variant's match take the whole insertion after its subject (pattern index 1: see
    :func:`kg.nlp.patterns.insertion_variant`), not just its first words?"""
    taken = [start + offset for offset, index in enumerate(alignments) if index == 1]
    return bool(taken) and taken[-1] == _insertion_end(doc, subject + 1) - 1


def _closed_insertion(doc: Doc, token: int, end: int) -> bool:
    """Is ``token`` inside an insertion that closes before ``end``?"""
    return doc[token].lemma_.endswith(INSERTION) and _insertion_end(doc, token) < end


def _names_inside(doc: Doc, start: int) -> bool:
    """Does the insertion starting at ``start`` name an entity (a pronoun aside)?"""
    return any(t.ent_type_ and t.ent_id_ != "pronoun" for t in doc[start:_insertion_end(doc, start)])


def register_extensions() -> None:
    """The document extension the matches are stored on."""
    if not Doc.has_extension("kg_matches"):
        Doc.set_extension("kg_matches", default=None)


@Language.factory("kg_relations")
def make_relation_matcher(nlp: Language, name: str) -> "RelationMatcher":
    return RelationMatcher(nlp)


VARIANT = "|insertion"  # the Matcher key of a rule's insertion variant


#: rules whose own words include "by": they read a passive themselves ("X was attacked by Y", "was blamed by X on Y")
BY_RULES = frozenset(rule.name for rule in RULES if "by" in rule.pattern.split())
#: words too common to tell whether a sentence may hold a rule's match
COMMON_WORDS = frozenset({"in", "at", "to", "of", "the", "a", "an", "and", "with", "by", "for", "on", "from", ",", "'s", "-",
                          "is", "was", "are", "were", "has", "have", "had", "its", "his", "her", "their"})

Compiled = tuple[Matcher, tuple[frozenset[str], ...]]  # a rule's Matcher, the word sets a match needs


def _anchor(needs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The word set a rule is looked up by: one of its needed sets, the least common-looking."""
    return min(needs, key=lambda words: (len(words & COMMON_WORDS) > 0, len(words)))


class _Index:
    """Compiled rules looked up by the words of a sentence: those whose every needed word set it meets, in rule order."""

    def __init__(self, compiled: list[Compiled]) -> None:
        self.compiled = compiled
        self.always = [k for k, (_matcher, needs) in enumerate(compiled) if not needs]
        self.by_word: dict[str, list[int]] = {}
        for k, (_matcher, needs) in enumerate(compiled):
            if needs:
                for word in _anchor(needs):
                    self.by_word.setdefault(word, []).append(k)

    def candidates(self, words: set[str]) -> list[Matcher]:
        found = set(self.always)
        for word in words:
            found.update(self.by_word.get(word, ()))
        out = []
        for k in sorted(found):
            matcher, needs = self.compiled[k]
            if all(not needed.isdisjoint(words) for needed in needs):
                out.append(matcher)
        return out


class RelationMatcher:
    """Compiled relation rules, one ``Matcher`` per rule, each run only on the sentences that can match it.

    A spaCy Matcher tries every pattern at every token, so its cost grows with the number of
    rules whether they match or not. Each rule's mandatory words (:func:`required_words`) are
    known, though: a sentence that lacks one of them cannot hold a match of the rule (a match stays
    inside one sentence), so the rule is not run there. The filter is exact: it never drops a
    match. Rules are indexed by one word set each (:func:`_anchor`), so a sentence looks up its
    candidate rules by its own words instead of testing every rule.
    """

    def __init__(self, nlp: Language) -> None:
        register_extensions()
        self.slots: dict[str, dict[str, int]] = {}
        self.rules = {rule.name: rule for rule in RULES}
        #: rules whose object is the subject of a passive clause ("X was attacked by Y")
        self.passives = {rule.name for rule in RULES if rule.pattern.startswith("O:") and rule.name in BY_RULES}
        #: rules that read their subject after a preposition of their own ("a lawsuit filed by X against Y")
        self.by_subject = {rule.name for rule in RULES if not rule.pattern.startswith("O:") and _preposition_before_subject(rule.pattern)}
        #: rules that read a possessive after their subject ("S:AGENT 's ~2 visit"); in others a possessor is no subject
        self.possessive_subject = {rule.name for rule in RULES if any(
            a.startswith("S:") and b in ("'s", "?'s") for a, b in zip(rule.pattern.split(), rule.pattern.split()[1:]))}
        compiled: list[Compiled] = []
        variants: list[Compiled] = []
        for rule in RULES:
            needs = required_words(rule.pattern)
            compiled.append(self._compile(nlp, rule.name, rule.pattern, needs))
            if (variant := insertion_variant(rule.pattern)) is not None:  # "X, who ..., met Y": same rule
                variants.append(self._compile(nlp, f"{rule.name}{VARIANT}", variant, needs))
        self.matchers = _Index(compiled)
        self.variants = _Index(variants)

    def _compile(self, nlp: Language, key: str, pattern: str, needs: tuple[frozenset[str], ...]) -> Compiled:
        matcher = Matcher(nlp.vocab)
        tokens, self.slots[key] = compile_pattern(pattern)
        matcher.add(key, [tokens])
        return matcher, needs

    def _matches(self, doc: Doc, insertions: list[int]) -> Iterator[tuple[int, int, int, list[int]]]:
        """The rules' matches, sentence by sentence; the insertion variants only in the sentences that have an insertion."""
        with_insertion = {doc[i].sent.start for i in insertions}
        for sent in doc.sents:
            words = {token.lower_ for token in sent} | {token.norm_ for token in sent}
            matchers = self.matchers.candidates(words)
            if sent.start in with_insertion:
                matchers += self.variants.candidates(words)
            for matcher in matchers:
                for match_id, start, end, alignments in matcher(sent, with_alignments=True):
                    yield match_id, sent.start + start, sent.start + end, alignments


    def __call__(self, doc: Doc) -> Doc:
        insertions, titles = write_fill_codes(doc)
        starts = set(insertions)
        seen: set[tuple[str, int | None, int | None]] = set()
        found: list[RuleMatch] = []
        for match_id, start, end, alignments in self._matches(doc, insertions):  # one sentence at a time
            pattern_name = doc.vocab.strings[match_id]
            name = pattern_name.removesuffix(VARIANT)
            rule = self.rules[name]
            if rule.not_followed_by and end < len(doc) and doc[end].lower_ in rule.not_followed_by:
                continue
            slots = self.slots[pattern_name]
            subject = obj = None
            for offset, pattern_index in enumerate(alignments):
                if pattern_index == slots.get("S"):
                    subject = start + offset
                elif pattern_index == slots.get("O"):
                    obj = start + offset
            if subject in titles or obj in titles:
                continue  # the place in "talks with Turkish Ambassador to Athens X" is where X serves, no party
            if pattern_name != name and (subject is None or subject + 1 not in starts):
                continue  # an insertion belongs to the entity right before it, not to one inside another insertion
            if subject is not None and subject + 2 < end and doc[subject + 1].norm_ == "'s" and doc[subject + 2].lower_ in OTHER_PARTIES \
                    and name not in self.possessive_subject and (obj is None or obj > subject):
                continue  # "Nippon's affiliate Koba buying a stake": the possessor is not who acts
            if pattern_name == name and subject is not None and rule.predicate not in PLACE_PREDICATES and _closed_insertion(doc, subject, end):
                continue  # "Koba Co, an affiliate of Nippon, will buy": a name inside an insertion is no subject beyond it
            if pattern_name != name and not _whole_insertion(doc, start, alignments, subject):
                continue  # "X, previously an ally of the government, is ...": the rule reads on after the insertion, not inside it
            if pattern_name != name and rule.no_named_insertion and _names_inside(doc, subject + 1):
                continue  # "X Co, a subsidiary of Y AB, of Sweden": what follows the insertion is Y's
            subject_first = obj is None or (subject is not None and subject < obj)
            if subject is not None and subject_first and rule.predicate not in PLACE_PREDICATES and name not in self.by_subject \
                    and name not in NOUN_PHRASE_RULES and not (name in self.possessive_subject and subject + 1 < len(doc) and doc[subject + 1].norm_ == "'s") \
                    and _object_of_preposition(doc, subject):  # "captured Russia's air base in Syria": Russia's base
                continue
            if obj is not None and not subject_first and name in self.passives and _object_of_preposition(doc, obj):
                continue  # "which belonged to Syria and was occupied by Israel": Syria is no subject of "was occupied"
            key = (name, subject, obj)
            if key in seen:
                continue
            seen.add(key)
            found.append(RuleMatch(name, start, end, subject, obj))
        doc._.kg_matches = sorted(found, key=lambda m: (m.start, m.end, m.rule))
        return doc
