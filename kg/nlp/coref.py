"""``kg_coref``: pronouns and descriptions resolved to the named entity they mean.

Rule-based and deliberately cautious (a wrong antecedent makes a wrong triple):

* he / his / him / she / her -> the nearest person before it in the sentence,
  else the first person of the closest earlier sentence that names one; never a
  person whose given name is the other gender's ("her" is not Helmut Kohl);
* it / its -> likewise for a country or organisation; "it is ...", "it was
  ..." (usually an expletive "it") are left alone;
* "the Central Asian state", "the country", "the kingdom" -> the most recent
  country, whose region must fit the adjective when there is one;
* "the alliance", "the bloc", "the organisation" -> the most recent
  international organisation; "the network", "the rebels" -> the one company or
  armed group the story has named;
* "its (giant) neighbour" -> the most recent country other than the one "its" means;
* "the two leaders / presidents" and "the two countries / sides" -> the two most
  recent distinct persons or countries, as a group (key ``a|b``).
* a company's name without its legal form or "Group" ("Equimark" after "Equimark Corp",
  "Liberty Financial" after "Liberty Financial Group Inc") -> that company, when no other
  company named before shares the short name and no capitalised word follows it
  ("Liberty Savings" is another firm). It is a name, so the evidence stays E.

Each resolution becomes an entity span in ``doc.ents`` with the antecedent's
key and ``id_`` = "pronoun", "description" or "group", so relation rules treat
it like a name and the evidence level becomes C.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.gazetteer import load_gazetteer, load_given_name_genders
from kg.nlp.lexicon import (KINSHIP_NOUNS, LEADER_ROLES, LEGAL_FORMS, ORG_HEADS, PERSON_PRONOUNS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS,
                            THING_PRONOUNS)
from kg.nlp.dateline import find_dateline
from kg.nlp.name_passes import speaker_labels
from kg.nlp.name_resolution import initials
from kg.nlp.names import ROLES_KEY
from kg.nlp.role_phrases import role_at
from kg.nlp.wire_markup import ticker_at
from kg.nlp.parties import story_country

STATE_NOUNS = frozenset({"state", "country", "nation", "republic", "kingdom", "emirate", "monarchy"})
ORG_NOUNS = frozenset({"alliance", "bloc", "organisation", "organization", "union", "grouping", "pact", "group", "cartel"})
NEIGHBOUR = frozenset({"neighbour", "neighbor"})
#: heads of descriptions of a company or an outlet ("the network", "the broadcaster")
FIRM_NOUNS = frozenset({"company", "firm", "network", "broadcaster", "airline", "carrier", "conglomerate", "newspaper",
                        "insurer", "lender", "automaker", "carmaker", "corporation", "channel", "outlet", "daily", "bank"})
#: heads of descriptions of an armed group ("the rebels")
ARMED_NOUNS = frozenset({"rebels", "militants", "insurgents", "guerrillas", "guerillas", "militia", "militias", "jihadists"})
#: trailing words a company's name is also written without ("Liberty Financial Group Inc" -> "Liberty Financial")
SHORTENABLE = LEGAL_FORMS | frozenset({"group", "holdings", "holding", "companies", "cos."})
#: classes whose names the wire shortens after the first mention
SHORTENED_CLASSES = frozenset({"Company", "MediaOrganization", "Organization"})
MAX_SHORT_NAME = 3
PERSON_GROUP = frozenset({"leaders", "presidents", "men", "heads", "ministers", "premiers"})
STATE_GROUP = frozenset({"countries", "nations", "states", "sides", "governments", "neighbours", "neighbors"})
AGENT_CLASSES = frozenset({"Country", "InternationalOrganization", "Organization", "GovernmentBody", "Company", "ArmedGroup", "MediaOrganization"})
BE = frozenset({"is", "was", "'s", "seems", "appears", "remains"})
#: "it will be", "it would take years", "it would have been": after a modal these verbs begin an expletive "it";
#: "it will buy", "it would sell" name what the company or state does
EXPLETIVE_AFTER_MODAL = frozenset({"be", "seem", "appear", "become", "take", "make", "mean", "cost", "depend", "help", "have",
                                   "need", "require", "remain", "matter", "hurt", "rain", "happen", "ever"})
#: verbs of saying whose subject a following "it is <verb>ing" means
SAYING = frozenset({"said", "says", "announced", "announces", "added", "adds", "stated", "states", "confirmed", "confirms",
                    "disclosed", "discloses", "reported", "reports", "noted", "notes", "explained", "explains"})
#: "-ing" words after "it is" that begin an expletive "it" ("it is going to be hard", "it is being said") or are no verb
EXPLETIVE_PROGRESSIVES = frozenset({"going", "being", "raining", "snowing", "getting", "becoming", "nothing", "something",
                                    "everything", "anything", "interesting", "surprising", "disappointing", "encouraging",
                                    "worrying", "frightening", "alarming", "amazing", "astonishing", "troubling", "disturbing",
                                    "embarrassing", "confusing", "misleading", "exciting", "promising", "pleasing", "shocking",
                                    "striking", "tempting", "boring", "damaging", "devastating", "humiliating", "appalling"})
MODALS = frozenset({"would", "will", "'ll", "could", "may", "might", "should", "must", "can"})
#: adverbs between a modal and its verb ("it will not buy", "it would also sell")
MODAL_ADVERBS = frozenset({"not", "n't", "also", "still", "probably", "likely", "soon", "then", "now", "only", "never", "eventually"})
OBJECT_PRONOUNS = frozenset({"him", "them"})  # never the subject of their own clause
#: regional adjectives of descriptions ("the Gulf kingdom") -> UN regions or subregions they fit
REGION_ADJECTIVES: dict[str, frozenset[str]] = {
    "gulf": frozenset({"Western Asia"}), "persian gulf": frozenset({"Western Asia"}), "arab": frozenset({"Western Asia", "Northern Africa"}),
    "middle eastern": frozenset({"Western Asia"}), "mideast": frozenset({"Western Asia"}),
    "west african": frozenset({"Western Africa"}), "east african": frozenset({"Eastern Africa"}),
    "north african": frozenset({"Northern Africa"}), "southern african": frozenset({"Southern Africa"}),
    "central african": frozenset({"Middle Africa"}), "horn of africa": frozenset({"Eastern Africa"}),
    "african": frozenset({"Africa"}), "sub-saharan": frozenset({"Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"}),
    "asian": frozenset({"Asia"}), "central asian": frozenset({"Central Asia"}), "east asian": frozenset({"Eastern Asia"}),
    "south asian": frozenset({"Southern Asia"}), "southeast asian": frozenset({"South-eastern Asia"}),
    "south-east asian": frozenset({"South-eastern Asia"}), "european": frozenset({"Europe"}),
    "eastern european": frozenset({"Eastern Europe"}), "western european": frozenset({"Western Europe"}),
    "baltic": frozenset({"Northern Europe"}), "nordic": frozenset({"Northern Europe"}), "scandinavian": frozenset({"Northern Europe"}),
    "balkan": frozenset({"Southern Europe"}), "caucasus": frozenset({"Western Asia"}), "caucasian": frozenset({"Western Asia"}),
    "south american": frozenset({"South America"}), "latin american": frozenset({"South America", "Central America", "Caribbean"}),
    "central american": frozenset({"Central America"}), "caribbean": frozenset({"Caribbean"}),
    "north american": frozenset({"Northern America", "Central America"}), "pacific": frozenset({"Oceania"}),
    "island": frozenset({"Caribbean", "Melanesia", "Micronesia", "Polynesia", "Australia and New Zealand"}),
}
LOOKBACK_SENTENCES = 3  # pronouns look back this far
DESCRIPTION_LOOKBACK = 8  # "the alliance", "the two leaders" can reach further


def _region_fits(adjectives: list[str], country_id: str) -> bool:
    """Does a description's regional adjective ("Central Asian", "Gulf") fit this country?"""
    gaz = load_gazetteer()
    entry = gaz.entries.get(country_id)
    if entry is None:
        return not adjectives
    place = f"{entry.region} {entry.subregion}".lower().replace("-", " ")
    for adjective in adjectives:
        known = REGION_ADJECTIVES.get(adjective.lower())
        if known is not None:
            if entry.region not in known and entry.subregion not in known:
                return False
            continue
        if gaz.demonym_country(adjective) is not None:
            return gaz.demonym_country(adjective).id == entry.id  # "the Russian state"
        stem = adjective.lower().replace("-", " ")
        stem = stem[:-2] if stem.endswith("an") else stem  # "Central Asian" -> "central asi"
        if stem and stem not in place:
            return False
    return True


#: words before a name that make it an oblique mention, not its sentence's subject
OBLIQUE_WORDS = frozenset({"by", "including", "with", "to", "from", "for", "against", "among", "like", "as", "than"})


class Resolver:
    """Walks the document once, remembering mentions in order."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[Span] = list(doc.ents)
        self.sent_of = {}
        for number, sent in enumerate(doc.sents):
            for token in sent:
                self.sent_of[token.i] = number
        self.new: list[Span] = []
        # the places of a wire dateline ("OBERHAUSEN, West Germany, March 24 -") are no antecedents: the story's first
        # sentence begins after them ("Deutsche Babcock AG said it agreed ...": the firm, not West Germany)
        line = find_dateline(doc)
        self.dateline = frozenset() if line is None else frozenset(k for k in (line.place, line.country, line.region) if k is not None)
        # the title each person was introduced with: "President X" -> {"president"}
        ends = {span.end: span for span in doc.spans.get(ROLES_KEY, [])}
        self.titles: dict[str, set[str]] = {}
        for ent in doc.ents:
            role = ends.get(ent.start)
            if ent.label_ == "Person" and role is not None:
                self.titles.setdefault(ent.kb_id_, set()).update(t.lower_ for t in role)
        # the short forms of companies' names: ("Liberty", "Financial") -> the mentions that can be shortened so
        self.short_names: dict[tuple[str, ...], list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ in SHORTENED_CLASSES and ent.id_ not in ("pronoun", "description", "group"):
                for short in _short_forms([t.text for t in ent]):
                    self.short_names.setdefault(short, []).append(ent)
        # the initials of organisations named in full: "AMC" -> "American Motors Corp" (with or without its legal form)
        self.initials: dict[str, list[Span]] = {}
        for ent in doc.ents:
            if ent.label_ in ORGANISATION_CLASSES and ent.id_ not in ("pronoun", "description", "group") and len(ent) >= 2:
                for form in {_initials(ent, True), _initials(ent, False)}:
                    if len(form) >= 3:
                        self.initials.setdefault(form, []).append(ent)

    def _titled(self, i: int, j: int, state: str | None = None) -> int | None:
        """ "the president", "the Kremlin aide", "the Russian foreign minister" -> the person with that title.

        A generic head ("the Saudi leader", "the ruler") means the person last introduced with a leader's
        title; a demonym (``state``, an entity key) must be that person's state when the gazetteer knows it.
        A title qualified by a body ("The Senate Minority Leader") is the one whose title has all its words:
        no President is the Senate's minority leader.
        """
        doc = self.doc
        found = role_at(doc, j)
        if found is None or found[0] not in ("leader", "local", "local-staff", "staff", "honorific"):
            return None  # an honorific only as the person's own title: "the prince" after "Crown Prince Abdullah"
        kind, end = found
        if end < len(doc) and (doc[end].lower_ in ("of", "'s") or doc[end].text[:1].isupper()):
            return None  # "the president of Brazil", "the President Lula": not a bare title
        head = doc[end - 1].lower_
        body = {t.lower_ for t in doc[i + 1:j] if t.lower_ in ORG_HEADS}
        words = {t.lower_ for t in doc[j:end]} | body
        for mention in reversed(self._before(i, PERSON_CLASSES, DESCRIPTION_LOOKBACK)):
            titles = self.titles.get(mention.kb_id_, set())
            if body and not words <= titles:
                continue
            if not (head in titles or head in GENERIC_LEADER_HEADS and titles & LEADER_WORDS):
                continue
            if state is not None and self._state_of(mention) not in (mention.kb_id_, state):
                continue  # "the Saudi leader" is no British leader (a person the gazetteer does not know may be)
            self.add(i, end, mention.kb_id_, "Person", "description")
            return end
        return None

    def _short_name(self, i: int, taken: set[int]) -> int | None:
        """ "Equimark said" after "Equimark Corp": the one company named before whose short name starts here."""
        doc = self.doc
        for n in range(MAX_SHORT_NAME, 0, -1):
            end = i + n
            if end > len(doc) or any(k in taken for k in range(i, end)):
                continue
            words = tuple(t.text for t in doc[i:end])
            before = {m.kb_id_: m for m in self.short_names.get(words, []) if m.end <= i and "|" not in m.kb_id_}
            if len(before) != 1:
                continue
            if end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].text == "-"):
                return None  # "Liberty Savings" after "Liberty Financial Group Inc": another name
            if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ in ("Country", "City", "Place"):
                return None  # "Mesa, Arizona" after "Mesa Group Inc": a town and its state
            if end + 1 < len(doc) and doc[end].lower_ == "of" and (doc[end + 1].ent_type_ or doc[end + 1].text[:1].isupper()):
                return None  # "the Gulf of Suez" after "Gulf Canada Corp", "Bell of Pennsylvania": a name of its own
            if i > 0 and (doc[i - 1].ent_type_ in ("Country", "City", "Place") or doc[i - 1].text == "<"):
                return None  # "U.S. Bankers will meet": a modified common noun, not a firm; "<GE>": a ticker
            antecedent = next(iter(before.values()))
            self.add(i, end, antecedent.kb_id_, antecedent.label_, "short-name")
            return end
        return None

    def _named_short_forms(self) -> None:
        """A company name found on its own that is the short form of one named before ("Waste Management" after
        "Waste Management Inc", "Vexa Industries" after "Vexa Industries Inc"): that company, one node."""
        for ent in self.doc.ents:
            if ent.label_ not in SHORTENED_CLASSES or ent.id_ in ("pronoun", "description", "group") or ent.kb_id_.startswith("gaz:"):
                continue
            words = tuple(t.text for t in ent)
            before = {m.kb_id_: m for m in self.short_names.get(words, []) if m.end <= ent.start and m.kb_id_ != ent.kb_id_
                      and "|" not in m.kb_id_}
            if len(before) == 1:
                antecedent = next(iter(before.values()))
                self.add(ent.start, ent.end, antecedent.kb_id_, antecedent.label_, "short-name")

    def _initials_of(self, i: int) -> Span | None:
        """The one organisation named in full before token ``i`` whose initials it is ("AMC" after "American Motors
        Corp", "TWA" after "Trans World Airlines Inc")."""
        text = self.doc[i].text
        if not (3 <= len(text) <= 6 and text.isupper() and text.isalpha()) or i > 0 and self.doc[i - 1].text == "<":
            return None  # "Digital Equipment Co <DEC>": a wire ticker, read as one
        owners = {m.kb_id_: m for m in self.initials.get(text, []) if m.end <= i and "|" not in m.kb_id_}
        return next(iter(owners.values())) if len(owners) == 1 else None

    def _one_named_org(self, i: int, head: str) -> Span | None:
        """The one organisation named before token ``i`` that "the <head>" can mean: for "the bank" / "the fund"
        the one whose name has that word, for "the board" / "the directors" the one named at all."""
        named = {m.kb_id_: m for m in self._before(i, ORGANISATION_CLASSES, DESCRIPTION_LOOKBACK) if "|" not in m.kb_id_}
        if head in ("bank", "fund"):
            named = {k: m for k, m in named.items() if head in m.text.lower().split() or head in k.lower()}
        return next(iter(named.values())) if len(named) == 1 else None

    def _before(self, i: int, classes: frozenset[str] | set[str], lookback: int = LOOKBACK_SENTENCES) -> list[Span]:
        """Mentions of ``classes`` before token ``i``, within the look-back window, nearest last."""
        here = self.sent_of[i]
        found = [m for m in self.mentions if m.end <= i and m.label_ in classes and here - self.sent_of[m.start] <= lookback
                 and m.start not in self.dateline]
        return sorted(found, key=lambda m: m.start)

    def salient(self, i: int, classes: frozenset[str] | set[str], exclude_sentence: bool = False, adjectives: bool = True,
                gender: str | None = None) -> Span | None:
        """The antecedent of a pronoun at ``i``; ``adjectives=False``: no demonym ("the Austrian site published it"
        is no Austria); ``gender`` ("f" for "her"): no person whose given name is the other gender's."""
        here = self.sent_of[i]
        candidates = [m for m in self._before(i, classes) if not (exclude_sentence and self.sent_of[m.start] == here)
                      and (adjectives or m.id_ != "demonym") and (gender is None or person_gender(m.kb_id_) in (None, gender))]
        if not candidates:
            return None
        same = [m for m in candidates if self.sent_of[m.start] == here]
        if same and classes is PERSON_CLASSES:
            return same[-1]
        if same:  # "In a filing with the SEC, Fidelity Ltd said its funds bought": the first not named after a preposition,
            # nor as a firm's modifier ("a New Zealand company"); else one of an earlier sentence
            found = next((m for m in same if not self._after_preposition(m) and not self._modifier(m) and not self._names_owner(m, same)), None)
            if found is not None:
                return found
            candidates = [m for m in candidates if self.sent_of[m.start] != here]
            if not candidates:
                return None
        last_sent = self.sent_of[candidates[-1].start]
        first = [m for m in candidates if self.sent_of[m.start] == last_sent][0]
        if classes is PERSON_CLASSES and not self._subject_like(first):
            return self._topic(candidates, first)
        if classes is not PERSON_CLASSES:  # "In a filing with the SEC, X said ... The firm said it had talks": not the SEC
            earlier = [m for m in candidates if self.sent_of[m.start] == last_sent]
            return next((m for m in earlier if not self._after_preposition(m) and not self._modifier(m)), None)
        return first

    def _after_preposition(self, mention: Span) -> bool:
        """Is the mention the object of a preposition ("with the SEC", "in Moscow"), not a possessor after one
        ("responding to Iran's announcement that it had launched ...": Iran)?"""
        if mention.end < len(self.doc) and self.doc[mention.end].norm_ == "'s":
            return False
        k = mention.start - 1
        while k >= mention.sent.start and self.doc[k].lower_ in ("the", "a", "an"):
            k -= 1
        return k >= mention.sent.start and self.doc[k].lower_ in OBLIQUE_WORDS | {"in", "of", "at", "on", "into", "over"}

    def _relative_antecedent(self, i: int) -> Span | None:
        """The name a relative pronoun after a comma stands for: "Turkey, which will apply to join the EC", "Nazmi Akiman,
        who arrived from a meeting with ..." ("who" a person, "which" anything else). Not a name after a preposition,
        which the clause may not be about ("the talks with Iran, which began": the talks)."""
        doc = self.doc
        if i < 2 or doc[i - 1].text != ",":
            return None
        end = i - 1
        if end >= 4 and ticker_at(doc, end - 3):
            end -= 3  # "Alleghany Corp <Y>, which has agreed to acquire ...": the listed firm
        ant = next((m for m in self.mentions if m.end == end), None)
        if ant is None or ant.id_ in ("pronoun", "demonym", "description", "group") or "|" in ant.kb_id_ or self._after_preposition(ant):
            return None
        return ant if (ant.label_ == "Person") == (doc[i].lower_ == "who") else None

    def _names_owner(self, mention: Span, mentions: list[Span]) -> bool:
        """Is the mention the owner of the name after it ("Saxon Partners' Saxon Oil Co said its chairman ...":
        the unit, not its owner, is the subject)?"""
        doc, k = self.doc, mention.end
        return k + 1 < len(doc) and doc[k].norm_ in ("'s", "'") and any(m.start == k + 1 for m in mentions)

    def _modifier(self, mention: Span) -> bool:
        """Does the mention modify a firm's noun ("a New Zealand company", "a Hong Kong investment firm")?"""
        doc = self.doc
        return mention.end < len(doc) and doc[mention.end].lower_ in FIRM_NOUNS or mention.start > 0 and doc[mention.start - 1].lower_ in ("a", "an")

    def _subject_like(self, mention: Span) -> bool:
        """Is the mention its sentence's subject, not a name after "by", "including", "with" ...?"""
        lead = self.doc[mention.sent.start:mention.start]
        return not any(t.lower_ in OBLIQUE_WORDS for t in lead)

    def _topic(self, candidates: list[Span], fallback: Span) -> Span:
        """The person the story is about, when it clearly leads the mentions in the window ("Tributes were paid
        by X and Y. ... he returned to Oman": "he" is the story's subject, not X)."""
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.label_ == "Person" and m.start < fallback.end:
                counts[m.kb_id_] = counts.get(m.kb_id_, 0) + 1
        best = max(candidates, key=lambda m: (counts.get(m.kb_id_, 0), m.start))
        if best.kb_id_ != fallback.kb_id_ and counts.get(best.kb_id_, 0) >= 2 * counts.get(fallback.kb_id_, 0):
            return best
        return fallback

    def add(self, start: int, end: int, antecedent_key: str, label: str, how: str) -> None:
        span = Span(self.doc, start, end, label=label, kb_id=antecedent_key, span_id=how)
        self.new.append(span)
        self.mentions.append(span)
        self.mentions.sort(key=lambda m: m.start)

    def _answers(self, labels: list[tuple[int, int]]) -> dict[int, Span]:
        """Token -> the interviewee whose answer it is in: from a speaker label naming a person ("((Dorsa
        Derakhshani))") to the next label of any speaker ("((WN))" asks the next question)."""
        out: dict[int, Span] = {}
        for n, (start, end) in enumerate(labels):
            person = next((m for m in self.mentions if m.start == start and m.end == end and m.label_ == "Person"), None)
            stop = labels[n + 1][0] - 2 if n + 1 < len(labels) else len(self.doc)
            if person is not None and "|" not in person.kb_id_:
                out.update(dict.fromkeys(range(end + 2, stop), person))
        return out

    def run(self) -> list[Span]:
        doc = self.doc
        labels = speaker_labels(doc)
        answers = self._answers(labels)
        speakers = {person.kb_id_ for person in answers.values()}
        qa_start = labels[0][0] if labels else len(doc)  # where the questions and answers begin
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        self._named_short_forms()
        i = 0
        while i < len(doc):
            token = doc[i]
            if i in taken:
                i += 1
                continue
            lower = token.lower_
            if token.text[:1].isupper() and (end := self._short_name(i, taken)) is not None:
                i = end
                continue
            if (owner := self._initials_of(i)) is not None:  # "AMC spokesman X" after "American Motors Corp"
                self.add(i, i + 1, owner.kb_id_, owner.label_, "initials")
                i += 1
                continue
            if lower in FIRST_PERSON and i in answers and not self._quoted(i):  # the interviewee's own "I"
                self.add(i, i + 1, answers[i].kb_id_, "Person", "pronoun")
            elif lower in RELATIVE_PRONOUNS and (ant := self._relative_antecedent(i)) is not None:
                self.add(i, i + 1, ant.kb_id_, ant.label_, "pronoun")
            elif lower in PERSON_PRONOUNS and not self._quoted(i):
                ant = self.salient(i, PERSON_CLASSES, exclude_sentence=lower in OBJECT_PRONOUNS, gender=PRONOUN_GENDERS.get(lower))
                if ant is not None and ant.end == i - 1 and doc[i - 1].text == "," \
                        and any(t.lower_ in KINSHIP_NOUNS for t in doc[i + 1:i + 4]):
                    ant = None  # "Neka Dorokashvili, his ex-wife": the relative of someone else
                if ant is not None and not (i > qa_start and ant.kb_id_ in speakers):
                    # in an interview's questions and answers the interviewee is "you" and "I", never "he" or "she"
                    self.add(i, i + 1, ant.kb_id_, ant.label_, "pronoun")
            elif lower in THING_PRONOUNS and not self._quoted(i) and not (lower == "it" and self._expletive(i)):
                ant = self.salient(i, AGENT_CLASSES, adjectives=False)
                if ant is not None and ant.label_ != "Person":
                    end = self._neighbour(i, ant)
                    if end is None:
                        self.add(i, i + 1, ant.kb_id_, ant.label_, "pronoun")
                    else:
                        i = end
                        continue
            elif lower == "the" and i + 1 < len(doc):
                end = self._description(i)
                if end:
                    i = end
                    continue
            i += 1
        self._possessed_relations()
        return self.new

    def _expletive(self, i: int) -> bool:
        """Whether "it" at ``i`` likely refers to nothing: "it is ...", "it would be ...", "it will take years".

        After a modal, "it" is read as the company or state only before a verb of
        its own doing ("it would sell the unit", "it will not buy"), so that "said
        it would buy USAir" keeps its subject.
        """
        doc = self.doc
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        if nxt in BE:
            return not (self._progressive(i + 2) and self._reported(i))
        if nxt not in MODALS:
            return False
        j = i + 2
        while j < len(doc) and doc[j].lower_ in MODAL_ADVERBS:
            j += 1
        return j >= len(doc) or doc[j].lower_ in EXPLETIVE_AFTER_MODAL or not doc[j].is_alpha

    def _reported(self, i: int) -> bool:
        """ "Borden Inc said it is acquiring ...": "it" right after a verb of saying (a "that" allowed) is its speaker's."""
        doc = self.doc
        k = i - 1 - (i >= 1 and doc[i - 1].lower_ == "that")
        return k >= 0 and doc[k].lower_ in SAYING

    def _progressive(self, j: int) -> bool:
        """ "said it is acquiring Prince Co", "it was also considering a bid": a verb of the company's or state's own doing
        after "it is" (not "it is going to be hard", "it is being said", "it is raining")."""
        doc = self.doc
        while j < len(doc) and doc[j].lower_ in MODAL_ADVERBS:
            j += 1
        return j < len(doc) and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_.endswith("ing") and len(doc[j]) > 5 \
            and doc[j].lower_ not in EXPLETIVE_PROGRESSIVES


    def _possessed_relations(self) -> None:
        """ "Moscow's key Central Asian ally", "his giant neighbour": the ally is another named state.

        The description becomes a mention of the most recent other country that
        fits its adjectives; ``doc._.kg_links`` records (possessor, description,
        noun) by character offsets for the relation stage.
        """
        doc = self.doc
        taken = {i for m in self.mentions for i in range(m.start, m.end)}
        for token in doc:
            noun = token.lower_
            if noun not in RELATION_NOUNS or token.i in taken:
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and (after.text == "," or after.text[:1].isupper() or after.lower_ in ("of", "'s")):
                continue  # "Russia's ally, Belarus" / "an ally of X": other rules read those
            j = token.i
            while j > 0 and token.i - j < 3 and doc[j - 1].is_alpha and doc[j - 1].i not in taken and doc[j - 1].lower_ not in ("the", "a", "an"):
                j -= 1
            owner_end = j - 1 if j > 0 and doc[j - 1].norm_ == "'s" else j
            owner = next((m for m in self.mentions if m.end == owner_end), None)
            if owner is None or "|" in owner.kb_id_ or (owner_end == j and owner.text.lower() not in POSSESSIVE_PRONOUNS):
                continue
            owner_country = self._state_of(owner)
            adjectives = [" ".join(t.text for t in doc[j:token.i] if t.text[:1].isupper())] if any(t.text[:1].isupper() for t in doc[j:token.i]) else []
            for mention in reversed(self._before(j, {"Country"}, DESCRIPTION_LOOKBACK)):
                if "|" in mention.kb_id_ or mention.kb_id_ == owner_country:
                    continue
                if _region_fits(adjectives, mention.kb_id_.removeprefix("gaz:")):
                    self.add(j, token.i + 1, mention.kb_id_, "Country", "description")
                    links = doc._.kg_links or []
                    links.append((owner.start_char, doc[j].idx, noun))
                    doc._.kg_links = links
                    break

    def _state_of(self, mention: Span) -> str:
        """The country a possessor stands for: itself, a capital's country, a known person's country."""
        key = mention.kb_id_
        entry = load_gazetteer().entries.get(key.removeprefix("gaz:")) if key.startswith("gaz:") else None
        if mention.label_ == "Country" or entry is None:
            return key
        return f"gaz:{entry.country}" if entry.country else key

    def _quoted(self, i: int) -> bool:
        """Inside a quotation the speaker's "he" is not the narrator's: leave it."""
        quotes = sum(1 for t in self.doc[self.doc[i].sent.start:i] if t.text in ('"', "“", "”"))
        return quotes % 2 == 1

    def _neighbour(self, i: int, owner: Span) -> int | None:
        """ "its (giant) neighbour" -> the most recent other country."""
        doc = self.doc
        j = i + 1
        while j < len(doc) and j - i <= 3 and doc[j].is_alpha and doc[j].lower_ not in NEIGHBOUR:
            j += 1
        if j >= len(doc) or doc[j].lower_ not in NEIGHBOUR:
            return None
        others = [m for m in self._before(i, {"Country"}) if m.kb_id_ != owner.kb_id_]
        if not others:
            return None
        self.add(i, i + 1, owner.kb_id_, owner.label_, "pronoun")
        self.add(i + 1, j + 1, others[-1].kb_id_, "Country", "description")
        return j + 1

    def _description(self, i: int) -> int | None:
        doc = self.doc
        j, adjectives = i + 1, []
        if doc[j].lower_ == "two" and j + 1 < len(doc):
            head = doc[j + 1].lower_
            classes = PERSON_CLASSES if head in PERSON_GROUP else {"Country"} if head in STATE_GROUP else None
            if classes is None:
                return None
            keys: list[tuple[str, str]] = []
            for mention in reversed(self._before(i, classes, DESCRIPTION_LOOKBACK)):
                if "|" not in mention.kb_id_ and mention.kb_id_ not in [k for k, _ in keys]:
                    keys.append((mention.kb_id_, mention.label_))
                if len(keys) == 2:
                    break
            if len(keys) == 2:
                self.add(i, j + 2, "|".join(sorted(k for k, _ in keys)), keys[0][1], "group")
                return j + 2
            return None
        while j < len(doc) and j - i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha and (doc[j].ent_type_ == "" or doc[j].ent_id_ == "demonym") \
                and role_at(doc, j) is None \
                and not (doc[j].lower_ in ORG_NOUNS | {"community"} and not (j + 1 < len(doc) and doc[j + 1].text[:1].isupper())):
            # "The Crown Prince": a capitalised title is no adjective; "the Community", "the Alliance": the head itself
            adjectives.append(doc[j].text)
            j += 1
        if j >= len(doc):
            return None
        state = next((doc[k].ent_kb_id_ for k in range(i + 1, j) if doc[k].ent_id_ == "demonym"), None)
        titled = self._titled(i, j, state)  # "the president", "the Saudi leader"
        if titled is not None:
            return titled
        if adjectives and " ".join(adjectives).lower() not in REGION_ADJECTIVES and any(doc[k].ent_type_ for k in range(i + 1, j)):
            return None  # "the Russian government": a demonym alone is the country itself, not a description
        if doc[j].ent_type_:
            return None  # "the Government" already names a body ("the U.K. Government" before it)
        head = doc[j].lower_
        after = doc[j + 1].text if j + 1 < len(doc) else ""
        if after[:1].isupper() or after == "of" or after in ("'s", "’s") and head not in ORG_NOUNS | {"community"}:
            return None  # "the state of Texas", "the Union Jack": not a bare description ("the alliance's members" is)
        if head in ("government", "regime") and not adjectives:
            # the government of the country the story is set in; else of the one country just named
            country = story_country(self.doc)
            recent = {m.kb_id_ for m in self._before(i, {"Country"}, 1) if "|" not in m.kb_id_}
            key = f"gaz:{country}" if country is not None else recent.pop() if len(recent) == 1 else None
            if key is not None:
                self.add(i, j + 1, key, "Country", "description")
                return j + 1
        elif head in STATE_NOUNS:
            adjs = [" ".join(adjectives)] if adjectives else []
            for mention in reversed(self._before(i, {"Country"}, DESCRIPTION_LOOKBACK)):
                if "|" not in mention.kb_id_ and _region_fits(adjs, mention.kb_id_.removeprefix("gaz:")):
                    self.add(i, j + 1, mention.kb_id_, "Country", "description")
                    return j + 1
        elif head in ORG_NOUNS and not adjectives:
            before = self._before(i, {"InternationalOrganization"}, DESCRIPTION_LOOKBACK)
            if before:
                self.add(i, j + 1, before[-1].kb_id_, before[-1].label_, "description")
                return j + 1
        elif head == "community" and not adjectives and doc[i].lower_ == "the" and j == i + 1:
            # "a member of the Community": the bloc whose name says it is one (the European or Andean Community), not
            # the neighbourhood a local story calls so
            before = [m for m in self._before(i, {"InternationalOrganization"}, DESCRIPTION_LOOKBACK)
                      if "|" not in m.kb_id_ and {"community", "communities"} & set(_entity_name(m).lower().split())]
            if before:
                self.add(i, j + 1, before[-1].kb_id_, before[-1].label_, "description")
                return j + 1
        elif head in ARMED_NOUNS and not adjectives and doc[i].lower_ == "the" and j == i + 1:
            # "the rebels", "the militants": the one armed group the story has named so far
            groups = {m.kb_id_: m for m in self._before(i, {"ArmedGroup"}, DESCRIPTION_LOOKBACK) if "|" not in m.kb_id_}
            if len(groups) == 1:
                group = next(iter(groups.values()))
                self.add(i, j + 1, group.kb_id_, group.label_, "description")
                return j + 1
        elif head in BODY_PART_NOUNS and doc[i].lower_ == "the" and (owner := self._one_named_org(i, head)) is not None:
            # "the board approved a loan", "the bank said": the one organisation (the one bank or fund) named so far
            self.add(i, j + 1, owner.kb_id_, owner.label_, "description")
            return j + 1
        elif head in FIRM_NOUNS and not adjectives and doc[i].lower_ == "the" and j == i + 1:
            # "the network", "the broadcaster": the one company or outlet the story has named so far (with two, a
            # reader needs more than the noun: "X bought Y; the company said" may be either)
            firms = {m.kb_id_: m for m in self._before(i, {"Company", "MediaOrganization"}, DESCRIPTION_LOOKBACK) if "|" not in m.kb_id_}
            if len(firms) == 1:
                firm = next(iter(firms.values()))
                self.add(i, j + 1, firm.kb_id_, firm.label_, "description")
                return j + 1
        return None


PERSON_CLASSES = frozenset({"Person"})
#: descriptions of an organisation by the people who run it, or by what it is ("the board", "the bank")
BODY_PART_NOUNS = frozenset({"board", "directors", "governors", "bank", "fund"})
ORGANISATION_CLASSES = frozenset({"InternationalOrganization", "Organization", "GovernmentBody", "Company"})
PRONOUN_GENDERS = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


def person_gender(key: str) -> str | None:
    """ "f" or "m" for a person key whose given name says so ("Person:helmut kohl" -> "m"), else None."""
    if key.startswith("gaz:"):
        entry = load_gazetteer().entries.get(key[4:])
        name = entry.name if entry is not None else ""
    else:
        name = key.partition(":")[2]
    first = name.split()[0] if name.split() else ""
    return load_given_name_genders().get(first[:1].upper() + first[1:])
#: heads that name any leader ("the Saudi leader", "the ruler"), and the title words that make one
GENERIC_LEADER_HEADS = frozenset({"leader", "ruler", "monarch", "head"})
LEADER_WORDS = frozenset(word for role in LEADER_ROLES for word in role) - {"vice", "deputy", "chief", "head", "general"}
RELATION_NOUNS = frozenset({"ally", "partner", "neighbour", "neighbor"})
#: one-word short names too common to stand for a company ("First Boston Inc" is no "First"; "American")
COMMON_SHORT_WORDS = frozenset({"first", "american", "national", "general", "united", "international", "continental",
                                "southern", "northern", "eastern", "western", "central", "pacific", "atlantic", "global",
                                "royal", "standard", "union", "federal", "mutual", "security", "liberty", "citizens",
                                "bankers", "brokers", "dealers", "traders", "chemical", "energy", "capital", "trust", "financial",
                                "insurance", "savings", "securities", "industries", "resources", "holdings", "petroleum", "steel",
                                "motor", "motors", "home", "great", "new", "west", "east", "north", "south", "world", "people"})


#: the interviewee's words for himself in an answer
FIRST_PERSON = frozenset({"i", "me", "my", "myself", "mine"})


def _initials(name: Span, legal_form: bool) -> str:
    """The initials of a name (:func:`kg.nlp.name_resolution.initials`), its legal form's included or not: "American
    Motors Corp" -> "AMC" / "AM"."""
    words = [t.text for t in name]
    if not legal_form and words[-1].lower() in LEGAL_FORMS:
        words = words[:-1]
    return initials(" ".join(words))


def _short_forms(words: list[str]) -> list[tuple[str, ...]]:
    """The shorter ways the wire writes a company's name after the first mention: without its trailing legal forms
    and "Group", one by one ("Liberty Financial Group Inc" -> "Liberty Financial Group", "Liberty Financial"), by its
    first word ("Hughes Tool Co" -> "Hughes") and by its initials ("General Motors Corp" -> "GM"), a bank of three
    words and more without "Bank" ("Liberty Savings Bank" -> "Liberty Savings"); never by a lone common word ("First
    Boston Inc" is no "First")."""
    out: list[tuple[str, ...]] = []
    core = None
    if len(words) > 2 and words[-1].lower() == "bank":
        out.append(tuple(words[:-1]))  # "Liberty Savings Bank" -> "Liberty Savings" (not "Deutsche Bank" -> "Deutsche")
    while len(words) > 1 and words[-1].lower().rstrip(",") in SHORTENABLE:
        words = words[:-1]
        if words[-1].lower() in ("of", "and", "&", "the"):
            break
        core = words
        if len(words) > 1 or _distinctive(words[0]):
            out.append(tuple(words))
    if core is not None and 2 <= len(core) <= 4 and all(w[:1].isupper() and w.isalpha() for w in core):
        if _distinctive(core[0]):
            out.append((core[0],))
        out.append(("".join(w[0] for w in core),))
    return out


def _distinctive(word: str) -> bool:
    """A word that can stand for a company alone: capitalised, four letters or more, no common adjective."""
    return len(word) >= 4 and word[:1].isupper() and word.isalpha() and word.lower() not in COMMON_SHORT_WORDS




@Language.component("kg_coref", requires=["doc.ents"], assigns=["doc.ents"])
def resolve(doc: Doc) -> Doc:
    """Resolve pronouns and descriptions (see module doc) and add them to ``doc.ents``."""
    if not Doc.has_extension("kg_links"):
        Doc.set_extension("kg_links", default=None)
    if not doc.ents:
        return doc
    new = Resolver(doc).run()
    if new:
        inside = {i for span in new for i in range(span.start, span.end)}
        # a description may hold a demonym ("the South American country"): the description is the mention
        kept = [e for e in doc.ents if not any(i in inside for i in range(e.start, e.end))]
        doc.ents = sorted(kept + new, key=lambda s: s.start)
    return doc


def _entity_name(mention: Span) -> str:
    """The gazetteer's name of a mention's entity ("EC" -> "European Community"), or the mention's own text."""
    entry = load_gazetteer().entries.get(mention.kb_id_[4:]) if mention.kb_id_.startswith("gaz:") else None
    return entry.name if entry is not None else mention.text
