"""Names the gazetteer does not know, typed by their context (the ``kg_names`` component is in :mod:`kg.nlp.name_passes`).

Without a trained model a capitalised word is only a name when the text says
what it names. This component reads those cues:

* titles and roles before a name: "President Vladimir Putin", "Kremlin aide
  Yuri Ushakov", "the U.S. expert on Central Asia Bruce Pannier";
* appositions: "Lev Tarakov, head of ...", "Pannier, an expert of ...",
  "Kazakhstan's ambassador to Russia, Tair Mansurov";
* organisation heads: "Russian Defence Ministry", "Ministry of Defence",
  "CIS Customs Union", "Mahan Air Group";
* type nouns: "the newspaper Respublika", "Russia's Izvestia newspaper",
  "the energy company Gazprom", "the Baikonur space station".

Names go to ``doc.spans["kg_names"]`` (label = class, ``id_`` = the cue) and
role phrases (:mod:`kg.nlp.role_phrases`) to ``doc.spans["kg_roles"]`` (label = leader / staff / expert /
honorific), which the relation stage reads for leaderOf and worksFor.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from kg.gazetteer import load_given_names
from kg.nlp.gazetteer_ruler import SPANS_KEY as GAZ_KEY
from kg.nlp.lexicon import (
    ALL_ROLES, PARTY_DESCRIPTORS, WORD_GIVEN_NAMES,
    REGION_HEADS, KINSHIP_NOUNS, LEGAL_FORMS, MAX_ROLE_LEN, FACILITY_HEADS, GEO_HEADS, MAX_PORTFOLIO_LEN, NAME_PARTICLES, ORG_HEADS,
    PLACE_HEADS, PORTFOLIOS, TYPE_NOUNS,
)
from kg.metadata import MONTHS
from kg.nlp.role_phrases import portfolio_end, portfolio_start, role_at

NAMES_KEY = "kg_names"
GOVERNMENT_CUE = "government-of"  # the cue of a leader's surname before "administration" ("the Reagan administration")
ROLES_KEY = "kg_roles"
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
NOT_NAMES = WEEKDAYS | frozenset(MONTHS) | STOP_WORDS | frozenset({
    "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "meanwhile", "however", "also", "but", "and",
    "according", "after", "before", "since", "during", "while", "although", "despite", "following", "image", "photo",
    "video", "sources", "source", "reuters", "update", "breaking", "exclusive", "analysis", "opinion", "editorial"})
#: what a market trades, before "Exchange" in its name ("Tokyo Stock Exchange", "Chicago Mercantile Exchange")
EXCHANGE_KINDS = frozenset({"stock", "mercantile", "commodity", "commodities", "futures", "options", "securities", "metal",
                            "metals", "grain", "cotton", "coffee", "petroleum", "financial", "diamond", "board"})
#: common words that open an organisation's name at a sentence's start or after "the" ("First Boston Inc", "The Sunday Times")
ORG_LEADING_WORDS = WEEKDAYS | frozenset({"first", "second", "third"})
#: function words that may sit inside an apposition's noun phrase before the role ("its former chief")
APPOSITION_WORDS = frozenset({"and", "of", "former", "first", "last", "top", "own", "one", "two", "three", "its",
                              "his", "her", "their", "then", "new", "now", "also"})
MAX_NAME = 5
#: capitalised words that end a personal name: buildings, institutions, places named after people
NAME_STOPPERS = frozenset(ORG_HEADS) | PLACE_HEADS | frozenset({
    "grand", "mosque", "church", "cathedral", "temple", "synagogue", "shrine", "hospital", "airport", "stadium",
    "street", "avenue", "road", "boulevard", "bridge", "memorial", "museum", "foundation", "prize", "award",
    "cup", "trophy", "doctrine", "plan", "act", "law", "bill", "market", "park", "hall", "tower", "towers", "garden",
    "gardens", "centre", "center", "theatre", "theater", "school", "building", "house", "stadium", "arena",
    "telescope", "satellite", "probe", "spacecraft", "ship", "vessel", "rover", "station", "library", "lecture", "scholarship"})


#: words after a name that make it an agent, not a place ("Giant Bay said", "South Bay had assets")
ACTING_WORDS = frozenset({"said", "says", "announced", "reported", "had", "has", "agreed", "shares", "stock"})
TYPE_NOUN_FIRSTS = frozenset(words[0] for words in TYPE_NOUNS)


def is_cap(token: Token) -> bool:
    """A capitalised word that can be part of a name."""
    text = token.text
    return (
        len(text) > 1 and text[0].isupper() and any(c.islower() for c in text)
        and (text.replace("'", "").replace("’", "").replace(".", "").isalpha())
        and token.lower_ not in NOT_NAMES
    ) or (len(text) == 2 and text[0].isupper() and text[1] == ".")  # an initial: "George W. Bush"


def acronym(token: Token) -> bool:
    """An all-capitals name such as "EURACTIV", "NDTV" or "PG&E" (not a single letter)."""
    text = token.text
    return len(text) >= 3 and text.isupper() and text.replace("&", "").isalpha() and text[0] != "&" and text[-1] != "&"


def _comma_firm(doc: Doc, head: int) -> bool:
    """A firm's name of partners joined by commas, the last by "and Co": "Goldman, Sachs and Co", "Birr, Wilson and Co"
    ("Vexa, Quorna and Tellmark Inc" may as well be a list of three firms)."""
    return head >= 1 and doc[head - 1].lower_ in ("and", "&") and doc[head].lower_ in ("co", "co.", "company")


def _and_company(doc: Doc, start: int) -> bool:
    """ "Allen and Co", "Smith & Sons": the "and" before a company's "Co" is part of its name."""
    return start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start].lower_ in ("co", "co.", "company", "sons") \
        and is_cap(doc[start - 2])


class NameFinder:
    """The context rules above, over one Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.gaz_at: dict[int, Span] = {}
        for span in doc.spans[GAZ_KEY] if GAZ_KEY in doc.spans else ():
            for i in range(span.start, span.end):
                self.gaz_at[i] = span
        self.names: list[Span] = []
        self.roles: list[Span] = []

    # -- helpers ---------------------------------------------------------
    def _breaks(self, i: int) -> bool:
        """A name never runs across a sentence or paragraph break (a wrapped line is not one)."""
        token = self.doc[i]
        return token.is_space or token.is_sent_start

    def name_from(self, i: int, *, min_len: int = 1) -> int | None:
        """End of a personal name starting at ``i`` (None if there is none)."""
        doc, j, last_cap = self.doc, i, None
        while j < len(doc) and j - i < MAX_NAME + 2:
            token = doc[j]
            if j > i and self._breaks(j):
                break
            if j in self.gaz_at and self.gaz_at[j].label_ not in ("Person",):
                break
            if token.lower_ in NAME_STOPPERS and not (j == i and token.text in WORD_GIVEN_NAMES):
                break  # "Sultan Qaboos Grand Mosque": the name ends where a building begins ("Bill Trent" begins a name)
            if is_cap(token) and (role_at(doc, j) is None or _patronymic_name(doc, j)):
                last_cap = j
            elif token.text in ("-", "‐") and j > i and not doc[j - 1].whitespace_ and j + 1 < len(doc) and is_cap(doc[j + 1]) \
                    and (last_cap == j - 1 or doc[j - 1].lower_ in NAME_PARTICLES):
                pass  # Kassym-Jomart, al-Sharabi
            elif token.text in ("-", "‐") and last_cap == j - 1 and not doc[j - 1].whitespace_ and not token.whitespace_ \
                    and j + 2 < len(doc) and doc[j + 1].is_lower and doc[j + 1].is_alpha and len(doc[j + 1]) <= 5 and is_cap(doc[j + 2]):
                last_cap = j + 1  # "Man-kei Tam": a glued lower-case syllable of a given name, a surname after it
                j += 1
            elif token.lower_ in NAME_PARTICLES and last_cap is not None and j + 1 < len(doc) and (is_cap(doc[j + 1]) or doc[j + 1].text == "-"):
                pass
            else:
                break
            j += 1
        if last_cap is None:
            return None
        end = last_cap + 1
        caps = sum(1 for t in doc[i:end] if is_cap(t))
        return end if caps >= min_len and doc[i].text[:1].isupper() else None

    def name_before(self, end: int) -> int | None:
        """Start of a personal name ending just before token ``end``."""
        doc, j = self.doc, end - 1
        start = None
        while j >= 0 and end - j <= MAX_NAME:
            token = doc[j]
            particle = token.lower_ in NAME_PARTICLES and token.is_lower and start is not None and j > 0 and is_cap(doc[j - 1])
            if j in self.gaz_at or not (is_cap(token) or particle or (token.text == "-" and not token.whitespace_)):
                break  # "Qaboos bin Said": a particle between two capitalised words stays in the name
            if (found := role_at(doc, j)) is not None and found[1] <= end:
                break  # "Prime Minister Yasuhiro Nakasone": the title is not part of the name
            if any((found := role_at(doc, k)) is not None and found[1] > j for k in range(max(0, j - MAX_ROLE_LEN), j)):
                break  # "Secretary of State John Whitehead": "State" ends a title
            if is_cap(token):
                start = j
            if token.is_sent_start or self._breaks(j):
                break
            j -= 1
        if start is None:
            return None
        if end - start == 1 and (doc[start].is_sent_start and doc[start].lower_ in self.lower_words):
            return None
        return start

    @property
    def lower_words(self) -> set[str]:
        if not hasattr(self, "_lower"):
            self._lower = {t.lower_ for t in self.doc if t.text.islower()}
        return self._lower

    def _determined(self, i: int) -> bool:
        """A type noun that heads a noun phrase: "the newspaper", "Kazakh newspaper", "Russia's newspaper"."""
        doc = self.doc
        for k in range(i - 1, max(-1, i - 6), -1):
            token = doc[k]
            if token.lower_ in ("the", "a", "an", "its", "their", "his", "her") or token.norm_ == "'s" or k in self.gaz_at:
                return True
            if not (token.is_lower and token.is_alpha) and token.text != "-":
                return False
        return False

    def _holder_end(self, i: int) -> int:
        """End of a capitalised organisation's name starting at ``i`` (its "the", "of", "for", "and" included) when a comma
        follows it, else ``i - 1`` (the "of" before it, so that nothing is read as an apposition)."""
        doc, j = self.doc, i
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        while j < len(doc) and j - i < 12 and (is_cap(doc[j]) or j in self.gaz_at or doc[j].norm_ == "'s"
                                                or doc[j].lower_ in ("of", "for", "the", "and", "on") and j > i):
            j += 1
        return j if j > i + 1 and j < len(doc) and doc[j].text == "," and is_cap(doc[j - 1]) else i - 1

    def add_name(self, start: int, end: int, label: str, cue: str) -> None:
        if label == "Person" and end - start > 2 and self.doc[start].lower_ in PARTY_DESCRIPTORS:
            start += 1  # "Republican Larry Hogan": the party is no part of the name
        if start < end:
            self.names.append(Span(self.doc, start, end, label=label, span_id=cue))

    # -- rules -----------------------------------------------------------
    def persons_after_roles(self) -> None:
        doc, i = self.doc, 0
        while i < len(doc):
            found = role_at(doc, i)
            if not found or not (doc[i].text[:1].isupper() or found[0] in ("staff", "expert", "leader", "local", "local-staff", "member")):
                i += 1
                continue
            kind, end = found
            later = next((k for k in range(end + 1, min(end + MAX_PORTFOLIO_LEN + 1, len(doc)))
                          if role_at(doc, k) is not None and portfolio_start(doc, k) == end), None)
            if later is not None:
                i = later  # "Deputy Emergency Situations Minister X": one title, read from its last role
                continue
            self.roles.append(Span(doc, i, end, label=kind))
            j = portfolio_end(doc, end)  # "Minister of Information Moammar al-Eryani"
            # "expert on Central Asia Bruce Pannier", "ambassador to Russia Tair Mansurov"
            after_holder = j < len(doc) and doc[j].lower_ in ("on", "of", "for", "at", "to") and j + 1 in self.gaz_at
            if after_holder:
                j = self.gaz_at[j + 1].end
            elif j < len(doc) and doc[j].lower_ in ("of", "at") and kind != "honorific":
                j = self._holder_end(j + 1)  # "the president of the Tunisian League for the Defence of Human Rights, X"
            if j < len(doc) and doc[j].text == ",":
                name_end = self.name_from(j + 1, min_len=2)
                if name_end and (name_end >= len(doc) or doc[name_end].text in (",", ".") or doc[name_end].lower_ in ("said", "told", "says")):
                    self.add_name(j + 1, name_end, "Person", "role-apposition")
                i = end
                continue
            # a lower-case "candidate" / "member" is a weak cue: only a full name (two words) follows it; so is a known
            # holder, whose name one capitalised word may go on ("chief executive officer of Hoechst Celanese")
            weak = kind == "member" and not doc[i].text[:1].isupper() or after_holder
            name_end = self.name_from(j, min_len=2 if weak else 1)
            if name_end is None and kind != "honorific" and _stop_word_given_name(doc, j):
                name_end = self.name_from(j + 1, min_len=1)  # "spokesman Per Paust", "minister Will Hodgman"
            if name_end and not _organisation_word(doc[j]):
                self.add_name(j, name_end, "Person", "title")  # not "General Agreements on Tariffs", "General Motors"
            i = end

    def persons_before_roles(self) -> None:
        """ "Lev Tarakov, head of ...", "Pannier, an expert of Radio Liberty"."""
        doc = self.doc
        for i, token in enumerate(doc[:-2]):
            if token.text != ",":
                continue
            j = i + 1
            if doc[j].lower_ in ("a", "an", "the"):
                j += 1
            # allow a few modifiers: "AU trade and industry commissioner", "Russia's deputy foreign minister"
            for k in range(j, min(j + 6, len(doc))):
                found = role_at(doc, k)
                if found is None and doc[k].lower_ in KINSHIP_NOUNS and any(t.lower_ in ("his", "her", "their") or t.norm_ == "'s"
                                                                            for t in doc[j:k]):
                    found = ("kin", k + 1)  # "Neka Dorokashvili, his ex-wife"
                if found and found[1] < len(doc) and doc[found[1]].norm_ == "'s":
                    break  # "Tellmark, the singer's label": the role names a possessor, not the apposition's head
                if found and j > i + 1 and found[1] < len(doc) and doc[found[1]].lower_ in ("said", "says", "told", "added"):
                    break  # "sales of dollars for Special Drawing Rights, the spokesman said": who said it, no apposition
                # an occupation said in lower case types the name too ("Irma Tchkadua, Basilashvili's lawyer")
                if found and (found[0] != "honorific" or doc[k].is_lower):
                    if found[1] < len(doc) and is_cap(doc[found[1]]) and role_at(doc, found[1]) is None:
                        break  # ", Defense Secretary Caspar Weinberger": the next item of a list, not an apposition
                    start = self.name_before(i)
                    # "growing U.S. Protectionism, a ministry spokesman said": one capitalised word after a state is a
                    # wire's capital after an abbreviation, no person
                    if start is not None and not (i - start == 1 and start - 1 in self.gaz_at and self.gaz_at[start - 1].label_ == "Country"):
                        self.add_name(start, i, "Person", "apposition")
                    break
                if doc[k].is_punct and doc[k].text not in ("'s", "-") or doc[k].text in ("and",) and k == j:
                    break
                if doc[k].lower_ in STOP_WORDS and doc[k].lower_ not in APPOSITION_WORDS and doc[k].norm_ != "'s":
                    break  # "the Court, similar to what President ...": a clause, not a noun phrase

    def organisations(self) -> None:
        doc = self.doc
        for i, token in enumerate(doc):
            cls = ORG_HEADS.get(token.lower_)
            if cls is None or not token.text[:1].isupper() or i in self.gaz_at:
                continue
            if i + 1 < len(doc) and role_at(doc, i + 1) is not None and doc[i + 1].text[:1].isupper() \
                    and (token.lower_ in TITLE_PART_HEADS or (token.lower_,) in PORTFOLIOS):
                continue  # "White House Press Secretary", "Petroleum Minister": a title ("Chess Federation President" has a body)
            start = i
            while start > 0 and not doc[start].is_sent_start and (is_cap(doc[start - 1]) or (start - 1) in self.gaz_at or doc[start - 1].text.isupper() and doc[start - 1].is_alpha
                                                                  or _and_company(doc, start) or _glued_hyphen(doc, start)
                                                                  or _and_inside(doc, start, self.gaz_at)):
                if doc[start - 1].lower_ in ("the",) or self.gaz_at.get(start - 1) is not None and self.gaz_at[start - 1].label_ == "Person":
                    break
                if doc[start - 1].is_lower and role_at(doc, start - 1) is not None:
                    break  # "Council spokesperson ..." ends the name ("General Services Administration" does not)
                start -= 1
            while cls == "Company" and start >= 2 and doc[start - 1].text == "," and _comma_firm(doc, i) and is_cap(doc[start - 2]) \
                    and (start - 2 not in self.gaz_at or self.gaz_at[start - 2].label_ == "Company") and not doc[start - 2].is_sent_start \
                    and not any(n.label_ == "Person" and n.start <= start - 2 < n.end for n in self.names):
                start = self.gaz_at[start - 2].start if start - 2 in self.gaz_at else start - 2
                # "Goldman, Sachs and Co", "Merrill Lynch, Pierce, Fenner and Smith Inc": partners' names joined by commas
            if start > 0 and doc[start - 1].lower_ in ORG_LEADING_WORDS and doc[start - 1].text[:1].isupper() and start < i + 1 \
                    and (doc[start - 1].is_sent_start or start > 1 and doc[start - 2].lower_ == "the"):
                start -= 1  # "First Boston Inc said", "The Sunday Times": a capitalised common word that opens the name
            end = i + 1
            the = end + 2 < len(doc) and doc[end].lower_ in ("of", "for", "on") and doc[end + 1].lower_ == "the" \
                and is_cap(doc[end + 2]) and end + 2 not in self.gaz_at and (i > start or token.lower_ in HEAD_FIRST_ORGS)
            # "League for the Defence of ...", "the University of the South Pacific"
            # an abbreviated legal form ends the name ("Tellsoft Ltd of Norway", but "Food Corporation of India",
            # "Insurance Co of America"); "Bank of ..." and "League for the ..." go on
            if not _ends_name(doc, i) and (the or end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "on") and (is_cap(doc[end + 1]) or end + 1 in self.gaz_at)):
                end += 2 if the else 1
                while end < len(doc) and (is_cap(doc[end]) or end in self.gaz_at or doc[end].lower_ in ("and", "of")) and not self._breaks(end) \
                        and not _ends_name(doc, end - 1) and not _second_organisation(doc, end, self.gaz_at):
                    end += 1
                while doc[end - 1].lower_ in ("and", "of"):
                    end -= 1
            if end == i + 1 and end < len(doc) and end in self.gaz_at and self.gaz_at[end].label_ == "Country" and self.gaz_at[end].start == end \
                    and not (self.gaz_at[end].end < len(doc) and doc[self.gaz_at[end].end].norm_ == "'s"):
                end = self.gaz_at[end].end  # "Youth Forum Zimbabwe", "Transparency International Kenya"
            if start == i and end == i + 1:
                continue  # a bare head word ("Parliament") names nothing on its own
            if token.lower_ == "chamber" and end == i + 1:
                continue  # "Chamber of Commerce", "Chamber of Deputies"; not "the Upper Chamber"
            if token.lower_ == "exchange" and not (i - 1 in self.gaz_at or doc[i - 1].lower_ in EXCHANGE_KINDS and (start < i - 1 or end > i + 1)):
                continue  # "Tokyo Stock Exchange", "Stock Exchange of Singapore", "Montreal Exchange"; not "Foreign Exchange"
            if start < i and all(k in self.gaz_at and self.gaz_at[k].label_ == "Demonym" for k in range(start, i)) and end == i + 1 \
                    and cls in ("Organization", "Company", "MediaOrganization") and token.lower_ not in ("university", "college"):
                continue  # "Russian Television" and "American University" are fine, but "Kazakh Party" is too generic to name
            if token.lower_ in ("organisation", "organization") and doc[start].lower_ in ("international", "world", "intergovernmental"):
                cls = "InternationalOrganization"  # "International Coffee Organisation", "World Intellectual Property Organization"
            self.add_name(start, end, cls, "org-head")

    def facilities(self) -> None:
        """ "the Sultan Qaboos Grand Mosque", "Gleneagles Hospital": capitalised words ending in a building noun
        (a person's name may be part of it: "the Sheikh Zayed Grand Mosque"); "the Biobio Region", a region's;
        "the Velliyar River", "Elbow Cay", "Streatham High Road": a natural feature's or a street's, unless its
        first word is a common given name ("Anthony Lake" is a person)."""
        doc = self.doc
        given = load_given_names()
        for i, token in enumerate(doc):
            followed = i + 1 < len(doc) and is_cap(doc[i + 1])
            region = token.lower_ in REGION_HEADS and not followed  # "Biobio Region"
            geo = token.lower_ in GEO_HEADS and not followed  # "Hyde Park Corner" is read whole or not at all
            if not (region or geo or token.lower_ in FACILITY_HEADS) or not token.text[:1].isupper() or i in self.gaz_at or i == 0:
                continue
            start = i
            while start > 0 and not doc[start].is_sent_start and is_cap(doc[start - 1]) \
                    and ((start - 1) not in self.gaz_at or self.gaz_at[start - 1].label_ == "Person") \
                    and i - start < 5 and not (role_at(doc, start - 1) is not None and start - 1 == i - 1):
                start -= 1  # "Sultan Qaboos Grand Mosque", but not "President Tower" (a person)
            place = self.gaz_at.get(start - 1) if start > 0 and not doc[start].is_sent_start else None
            if place is not None and place.label_ in ("City", "Place") and place.end == start and not geo and not region:
                start = place.start  # "Madurai International Airport", "Kabul Airport": a city's name opens the building's
            if start < i and not (geo and (doc[start].text in given or self._acts(doc[start:i + 1].text))):
                self.add_name(start, i + 1, "Place", "facility")

    def _acts(self, name: str) -> bool:
        """Whether the document has ``name`` say or own something: "Giant Bay said", "Green Mountain Inc" name firms."""
        text = self.doc.text
        at = text.find(name)
        while at != -1:
            after = text[at + len(name):at + len(name) + 12].split()
            if after and (after[0].lower().rstrip(".,;:") in ACTING_WORDS or after[0].rstrip(",").lower() in LEGAL_FORMS | {"group", "holdings"}):
                return True
            at = text.find(name, at + 1)
        return False

    def typed_by_nouns(self) -> None:
        """ "the newspaper Respublika", "the news agency, KUNA,", "Izvestia newspaper", "the Baikonur space station"."""
        doc = self.doc
        lower = [t.lower_ for t in doc]
        for i in range(len(doc)):
            if lower[i] not in TYPE_NOUN_FIRSTS and lower[i] not in PLACE_HEADS:
                continue  # most tokens
            for length in (2, 1):
                words = tuple(lower[i:i + length])
                cls = TYPE_NOUNS.get(words)
                if cls is None or len(words) < length:
                    continue
                after = i + length
                comma = after + 1 < len(doc) and doc[after].text == ","  # "the Kuwaiti news agency, KUNA, said"
                after += comma
                if after < len(doc) and after not in self.gaz_at and (is_cap(doc[after]) or acronym(doc[after])) and not doc[i].text[:1].isupper() and self._determined(i):
                    end = self.name_from(after) or (after + 1 if acronym(doc[after]) else None)
                    if end and end - after <= 3 and (not comma or end < len(doc) and doc[end].text in (",", ".")):
                        self.add_name(after, end, cls, "type-noun-before")
                start = self.name_before(i) if i > 0 and i not in self.gaz_at else None  # not "Central" + "Bank of Mexico"
                # not "its U.S. Operating company": one word capitalised after a state's abbreviation is the wire's capital
                wire_capital = start is not None and i - start == 1 and start - 1 in self.gaz_at \
                    and self.gaz_at[start - 1].label_ == "Country" and doc[start - 1].text.endswith(".")
                if start is not None and (start == 0 or not doc[start].is_sent_start or i - start > 1) and not wire_capital:
                    self.add_name(start, i, cls, "type-noun-after")
                break
            if lower[i] in PLACE_HEADS and not doc[i].text[:1].isupper():
                j = i
                while j > 0 and doc[j - 1].is_lower and doc[j - 1].is_alpha and i - j < 2 and doc[j - 1].lower_ not in STOP_WORDS:
                    j -= 1  # "space" in "space station"
                start = self.name_before(j) if j > 0 else None
                if start is not None and start < j and not (doc[start].is_sent_start and j - start == 1):
                    self.add_name(start, j, "Place", "place-head")


#: heads that begin an institution's name with "of the" ("University of the South Pacific", "Ministry of the Interior")
HEAD_FIRST_ORGS = frozenset({"university", "institute", "ministry", "academy", "college", "bank", "league", "party",
                             "movement", "front", "federation", "association", "society", "council", "commission", "agency"})


#: particles of Arabic names that join a name to its father's ("Zaid bin Sultan", "Sultan bin Mohammed")
PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "ould"})


def _patronymic_name(doc: Doc, j: int) -> bool:
    """A title word that is a name beside a patronymic particle: "Zaid bin Sultan", "Sheikh Sultan bin Mohammed"."""
    return j > 0 and doc[j - 1].lower_ in PATRONYMIC_PARTICLES or j + 1 < len(doc) and doc[j + 1].lower_ in PATRONYMIC_PARTICLES


def _stop_word_given_name(doc: Doc, i: int) -> bool:
    """A capitalised stop word right after a title and before a capitalised word: a given name ("Per")."""
    return i + 1 < len(doc) and doc[i].is_title and doc[i].is_alpha and doc[i].lower_ in STOP_WORDS \
        and not doc[i].is_sent_start and is_cap(doc[i + 1]) and doc[i + 1].lower_ not in NOT_NAMES


def _glued_hyphen(doc: Doc, start: int) -> bool:
    """ "ABS-CBN Corporation": a hyphen glued between two capitalised words joins them into one name."""
    return start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
        and (is_cap(doc[start - 2]) or doc[start - 2].text.isupper() and doc[start - 2].is_alpha)


def _ends_name(doc: Doc, i: int) -> bool:
    """An abbreviated legal form ("Ltd", "Co", "AG") ends a company's name unless "of America" follows it."""
    return doc[i].lower_ in LEGAL_FORMS and doc[i].lower_ not in ("corporation", "company") \
        and not (i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].text == "America")


#: head words that are part of a title after them ("White House Press Secretary", "Radical Party deputy")
TITLE_PART_HEADS = frozenset({"house", "press", "staff", "office", "post", "capital", "plan", "deal"})


def _organisation_word(token: Token) -> bool:
    """An organisation's head word, singular or plural ("Agreements", "Motors"), or a plural title ("the Executive
    Directors"): no given name after a title."""
    lower = token.lower_
    return lower in ORG_HEADS or lower.endswith("s") and (lower[:-1] in ORG_HEADS or (lower[:-1],) in ALL_ROLES)


def _second_organisation(doc: Doc, k: int, gaz_at: dict) -> bool:
    """ "the Union of Montana and Native American Rights Fund": an "and" after a place ends a body's name when the
    capitalised words after it end in a head word of their own (two bodies; "Ministry of Trade and Industry" is one)."""
    if doc[k].lower_ != "and" or (k - 1) not in gaz_at or gaz_at[k - 1].label_ not in ("Country", "Place", "City"):
        return False
    j = k + 1
    while j < len(doc) and is_cap(doc[j]):
        j += 1
    return j > k + 1 and _organisation_word(doc[j - 1])


def _and_inside(doc: Doc, start: int, gaz_at: dict) -> bool:
    """ "House Oversight and Reform Committee", "Trade and Industry Ministry": an "and" between two capitalised
    words inside a body's name, the first no organisation of its own ("the Army and Navy" are two)."""
    k = start - 1
    return k >= 1 and doc[k].lower_ == "and" and is_cap(doc[k - 1]) and doc[k - 1].lower_ not in ORG_HEADS \
        and doc[k - 1].lower_ not in LEGAL_FORMS and doc[k - 1].lower_ not in NAME_ENDINGS \
        and (k - 1) not in gaz_at and (k + 1) not in gaz_at and is_cap(doc[start]) \
        and not any(t.lower_ == "and" for t in doc[start:start + 4])  # one "and" in a name: "A and B Inc and C Inc" are two


#: words that end a firm's name before "and" ("Len M. House and Associates and United Rehabilitation Inc")
NAME_ENDINGS = frozenset({"associates", "sons", "partners", "brothers", "bros", "bros."})
