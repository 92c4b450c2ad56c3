"""``kg_names``: the passes that find names the gazetteer does not know, in order.

:class:`kg.nlp.names.NameFinder` holds the document and the names found so far
and reads titles, appositions, organisation heads and type nouns; the passes
here read the other cues, each a function of the finder:

* a common given name before a capitalised word: "Morgan Tsvangirai said";
* a known outlet or company followed by more of its name: "Sky News Arabia";
* a type noun in an apposition: "Milltech Marine, a firm ...", "Sampit, a small port town";
* a corporate title after capitalised words: "ABS-CBN CEO Carlo Katigbak";
* "central bank" with its state: "the Peruvian central bank", "the central bank of Mexico";
* the wire's company markup: "Daihatsu Motor <DMOT.T>", "<Sogecred>" (:mod:`kg.nlp.wire_markup`);
* places by their region or noun (:mod:`kg.nlp.places`).

>>> from kg.nlp import build_pipeline
>>> doc = build_pipeline()("Doug Miller of Milltech Marine, a firm in Oslo, said so.")
>>> [(e.text, e.label_) for e in doc.ents if e.label_ in ("Person", "Company")]
[('Doug Miller', 'Person'), ('Milltech Marine', 'Company')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.gazetteer import fold, load_gazetteer, load_given_names
from kg.metadata import MONTHS
from kg.nlp.gazetteer_ruler import SPANS_KEY as GAZ_KEY
from kg.nlp.lexicon import ALL_ROLES, GOVERNMENT_NOUNS, LEGAL_FORMS, ORG_HEADS, PARTY_DESCRIPTORS, PORTFOLIOS, WORD_GIVEN_NAMES
from kg.nlp.names import GOVERNMENT_CUE, NAMES_KEY, NOT_NAMES, ROLES_KEY, NameFinder, acronym, is_cap
from kg.nlp.role_phrases import role_at, role_ending_at
from kg.nlp.places import places_after_nouns, places_before_regions, places_in_containers
from kg.nlp.wire_markup import wire_companies

#: capitalised words that describe the person whose name follows ("Democrat Joe Manchin")
#: gazetteer classes whose names grow into their outlets and subsidiaries ("Sky News" -> "Sky News Arabia")
EXTENSIBLE_CLASSES = frozenset({"MediaOrganization", "Company"})
#: classes of one-word places that are also surnames after a given name ("Michael Jordan", "Jack London")
SURNAME_PLACES = frozenset({"Country", "City"})
#: nouns that type the name before them in "X, a (small) port town ...", "Y, a Kenyan firm ..."
APPOSITION_NOUNS = {
    **dict.fromkeys(["town", "city", "village", "port", "island", "district", "province", "region", "suburb"], "Place"),
    **dict.fromkeys(["company", "firm", "corporation", "conglomerate", "startup", "bank", "airline", "carmaker", "automaker",
                     "insurer", "lender", "retailer", "manufacturer", "subsidiary"], "Company"),
    **dict.fromkeys(["newspaper", "broadcaster", "magazine", "tabloid", "daily", "weekly"], "MediaOrganization"),
}
#: words that may follow the head noun of "X, a firm ...": the apposition ends or goes on with a clause
APPOSITION_HEAD_FOLLOWERS = frozenset({",", ".", ";", "that", "which", "whose", "based", "specialising", "specializing",
                                       "in", "of", "on", "near", "with", "owned", "founded", "from", "known", "headquartered", "run",
                                       "operating", "making", "listed", "controlled", "set"})
#: titles that only a company gives: the capitalised words before them name it
CORPORATE_ROLES = frozenset({("ceo",), ("chief", "executive"), ("chief", "executive", "officer"), ("chairman",), ("chairwoman",),
                             ("founder",), ("co-founder",), ("managing", "director"), ("cfo",), ("coo",)})
#: titles any organisation gives: the capitalised words before them name one, of no known kind ("Sea-Eye spokesperson X")
ORGANISATION_ROLES = frozenset({("spokesperson",), ("spokesman",), ("spokeswoman",), ("director",), ("executive", "director"),
                                ("official",), ("analyst",), ("economist",)})


def _plural_title(token: Token) -> bool:
    """ "Senators", "Ministers": a title for several persons, before the first one's name ("Senators Elizabeth Warren and ...")."""
    return token.lower_.endswith("s") and (token.lower_[:-1],) in ALL_ROLES


def persons_by_given_name(finder: NameFinder) -> None:
    """ "Morgan Tsvangirai said ...": a common given name followed by a capitalised word is a person."""
    doc, given = finder.doc, load_given_names()
    for i, token in enumerate(doc[:-1]):
        known = token.text in given or token.text in WORD_GIVEN_NAMES and not token.is_sent_start and not doc[i - 1].is_space
        if not known or i in finder.gaz_at or (i > 0 and is_cap(doc[i - 1]) and not token.is_sent_start
                                               and doc[i - 1].lower_ not in PARTY_DESCRIPTORS and role_ending_at(doc, i) is None
                                               and not _plural_title(doc[i - 1]) and not _place_before(finder, i)):
            continue  # "Mayor Michael Bloomberg": a title before the given name is no part of the name
        end = finder.name_from(i, min_len=2)
        if end is not None and end - i <= 4 and not any(k in finder.gaz_at for k in range(i, end)):
            finder.add_name(i, end, "Person", "given-name")
        elif end is None and (named_for := finder.gaz_at.get(i + 1)) is not None and named_for.start == i + 1 \
                and len(named_for) == 1 and (named_for.label_ in EXTENSIBLE_CLASSES
                                             or named_for.label_ in SURNAME_PLACES and token.text in given):
            # "Michael Bloomberg", "Henry Ford": the founder, not the firm; "John Holland": a person, not the Netherlands
            finder.add_name(i, i + 2, "Person", "given-name")


def _place_before(finder: NameFinder, i: int) -> bool:
    """ "United States Senator from Vermont Patrick Leahy": a known place ends right before the given name (after "from"
    or "of", the place a title is held for), so the name starts a new one."""
    span = finder.gaz_at.get(i - 1)
    return span is not None and span.end == i and span.label_ in ("Country", "City", "Place") and span.start >= 1 \
        and finder.doc[span.start - 1].lower_ in ("from", "of")


def _age_after(doc: Doc, i: int) -> str | None:
    """The age given after the comma at ``i``: ", 75,", ", aged 28,", ", a 28-year-old"."""
    k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "aged")
    if k + 1 < len(doc) and doc[k].text.isdigit() and (doc[k + 1].text == "," or k > i + 1 and doc[k + 1].is_punct):
        return doc[k].text
    words = [t.lower_ for t in doc[i + 1:i + 7]]
    if len(words) == 6 and words[0] in ("a", "an") and words[1].isdigit() and words[2:] == ["-", "year", "-", "old"]:
        return words[1]
    return None


#: words that open a place's part, not a person's given name ("East Amman")
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                             "upper", "lower", "greater", "new", "old", "downtown"})


def persons_with_age(finder: NameFinder) -> None:
    """ "Sirhan, 75, is serving a life sentence", "Ana Ruiz, 43, said", "Brenton Tarrant, aged 28,", "X, a 28-year-old
    Australian": news gives a person's age after a comma."""
    doc = finder.doc
    for i, token in enumerate(doc[:-3]):
        if token.text != "," or (age := _age_after(doc, i)) is None:
            continue
        if not 1 <= int(age) <= 110 or i < 1 or doc[i - 1].lower_.rstrip(".") in MONTHS:
            continue
        place = finder.gaz_at.get(i - 1)
        if place is not None and place.label_ in ("City", "Place") and place.end == i:
            # "Sudesh Amman, 20,": a surname that is also a town's name, after a given name
            first = finder.name_before(place.start) if place.start > 0 else None
            if first is not None and first < place.start and doc[first].lower_ not in DIRECTION_WORDS \
                    and not any(k in finder.gaz_at or doc[k].lower_ in ORG_HEADS for k in range(first, place.start)):
                finder.add_name(first, i, "Person", "age")
            continue
        start = finder.name_before(i)
        if start is not None and not any(k in finder.gaz_at or doc[k].lower_ in ORG_HEADS or doc[k].lower_ in LEGAL_FORMS
                                         for k in range(start, i)):
            finder.add_name(start, i, "Person", "age")  # "Vexa Corp, 28,": a firm's name, whatever follows it


def extended_organisations(finder: NameFinder) -> None:
    """ "Sky News Arabia", "Al Jazeera English": a known outlet or company followed by more of its name."""
    doc = finder.doc
    for span in doc.spans[GAZ_KEY] if GAZ_KEY in doc.spans else ():
        if span.label_ not in EXTENSIBLE_CLASSES:
            continue
        end = span.end
        while end < len(doc) and end - span.end < 2 and end not in finder.gaz_at and is_cap(doc[end]) \
                and not finder._breaks(end) and role_at(doc, end) is None and doc[end].lower_ not in ORG_HEADS:
            end += 1
        if end > span.end and not (end < len(doc) and (is_cap(doc[end]) or doc[end].norm_ == "'s")) \
                and not _used_alone(doc, span.end, end):
            finder.add_name(span.start, end, span.label_, "org-extended")


def national_branches(finder: NameFinder) -> None:
    """ "the Philippine Red Cross", "the American Red Cross": a demonym before an international movement's short name
    names the national society, not the international body the gazetteer holds."""
    doc, gaz = finder.doc, load_gazetteer()
    for span in doc.spans.get(GAZ_KEY, ()):
        before = finder.gaz_at.get(span.start - 1)
        entry = gaz.entries.get(span.kb_id_)
        if span.label_ == "Organization" and before is not None and before.label_ == "Demonym" and before.end == span.start \
                and entry is not None and not entry.country and fold(span.text) != fold(entry.name):
            finder.add_name(before.start, span.end, "Organization", "national-branch")


def _repeats(doc: Doc, start: int, end: int) -> list[int]:
    """Where else in the story the words of ``doc[start:end]`` stand (the starts of the other occurrences)."""
    words = [t.text for t in doc[start:end]]
    n = len(words)
    return [k for k in range(len(doc) - n + 1) if k != start and doc[k].text == words[0] and [t.text for t in doc[k:k + n]] == words]


def _used_alone(doc: Doc, start: int, end: int) -> bool:
    """Do the words also stand elsewhere in the story without the name before them ("told MSNBC Cummings ...",
    after "Elijah Cummings died"): another name, not more of this one."""
    return any(k == 0 or doc[k - 1].text != doc[start - 1].text for k in _repeats(doc, start, end))


def _heads_apposition(doc: Doc, i: int) -> bool:
    """Is token ``i`` the head noun of its apposition ("a firm specialising in ..."), not a modifier ("a company spokesman")?"""
    return i + 1 >= len(doc) or doc[i + 1].lower_ in APPOSITION_HEAD_FOLLOWERS


def typed_by_appositions(finder: NameFinder) -> None:
    """ "Milltech Marine, a firm specialising in AIS", "Sampit, a small port town": the name before the comma has the noun's type.

    Not a person's name (a known given name first), and not "John Smith, a company spokesman" (the noun must head its phrase).
    """
    doc = finder.doc
    for i, token in enumerate(doc):
        cls = APPOSITION_NOUNS.get(token.lower_)
        if cls is None:
            continue
        article = next((k for k in range(i - 1, max(0, i - 4), -1) if doc[k].lower_ in ("a", "an")), None)
        if article is None or article < 1 or doc[article - 1].text != "," or not _heads_apposition(doc, i) \
                or not all(t.is_lower or t.i in finder.gaz_at and finder.gaz_at[t.i].label_ == "Demonym" for t in doc[article + 1:i]):
            continue
        comma = article - 1
        start = finder.name_before(comma)
        if start is None or start == comma or any(k in finder.gaz_at for k in range(start, comma)) or doc[start].text in load_given_names():
            continue
        finder.add_name(start, comma, cls, "type-noun-apposition")


def companies_before_titles(finder: NameFinder) -> None:
    """Capitalised words right before a corporate title name the company ("ABS-CBN CEO X", "Acme Corp chairman Y"),
    before a spokesperson's or director's an organisation ("Sea-Eye spokesperson X", "Scripps Oceanography director Y").

    Not a party's adjective ("the Democratic chairman of the committee"): that names his party, not a firm.
    """
    doc = finder.doc
    for role in finder.roles:
        words = tuple(t.lower_ for t in role)
        if words not in CORPORATE_ROLES and words not in ORGANISATION_ROLES:
            continue
        anchor = role.start
        earlier = next((r for r in finder.roles if r.end == anchor - 1), None) if anchor >= 2 and doc[anchor - 1].lower_ == "and" else None
        if earlier is not None:
            anchor = earlier.start  # "PG&E President and CEO Andy Vesey": the firm comes before the first title
        start = anchor
        while start > 0 and anchor - start < 4 and (start - 1) not in finder.gaz_at and not doc[start - 1].ent_type_ \
                and (is_cap(doc[start - 1]) or acronym(doc[start - 1])
                     or doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and start >= 2 and not doc[start - 2].whitespace_):
            start -= 1
        while start < anchor and doc[start].text == "-":
            start += 1
        if start == anchor or role_at(doc, start) is not None \
                or any(t.lower_ in NOT_NAMES or t.lower_ in PARTY_DESCRIPTORS for t in doc[start:anchor]) \
                or doc[start].is_sent_start and anchor - start == 1 and not acronym(doc[start]) \
                or words in ORGANISATION_ROLES and ((start - 1) in finder.gaz_at or _bare_or_cut(doc, start, anchor)):
            continue  # "Former CEO X": a sentence's first word may be capitalised for no name
        finder.add_name(start, anchor, "Company" if words in CORPORATE_ROLES else "Organization", "org-before-role")


#: words that join the parts of one firm's name ("Carroll McEntee and McGinley", "Barclays de Zoete Wedd")
NAME_LINKS = frozenset({"and", "&", "de", "du", "van", "von", "der", "la", "le"})


def _bare_or_cut(doc: Doc, start: int, end: int) -> bool:
    """ "the Treasury spokesman" (a body's bare head word, or a portfolio, the story state's), "the Foreign Ministry
    spokesman" (a name with a head word: the organisation names' own pass types it) or "the Sunday Times
    director" (a capitalised word before the name that could not be part of it, or a word that links the parts of
    one name, "Carroll McEntee and McGinley analyst"), "ATPC Executive Director" (a
    title's own word), a short name or a lone acronym ("AMC spokesman", the initials of a firm named before, which
    coreference links): no organisation of unknown kind. (A known name before the words cuts them too, "the U.S.
    Embassy official": the caller checks its gazetteer matches.)"""
    bare = all(t.lower_ in ORG_HEADS or (t.lower_,) in PORTFOLIOS for t in doc[start:end])
    cut = start > 0 and (is_cap(doc[start - 1]) and not doc[start - 1].is_sent_start or doc[start - 1].text.isupper() and doc[start - 1].is_alpha
                         or doc[start - 1].lower_ in NAME_LINKS and start > 1 and is_cap(doc[start - 2]))
    return bare or doc[end - 1].lower_ in ORG_HEADS or cut \
        or any(role_at(doc, k) is not None for k in range(start, end)) or _short_name(doc, start, end) \
        or end - start == 1 and acronym(doc[start])


def _short_name(doc: Doc, start: int, end: int) -> bool:
    """The words begin a longer name elsewhere in the story ("Scherer Inc", "Contraves AG" ... "a Scherer director"): the short
    name of that organisation, which coreference links to it."""
    n = end - start
    return any(k + n < len(doc) and (is_cap(doc[k + n]) or acronym(doc[k + n]) or doc[k + n].lower_ in LEGAL_FORMS)
               for k in _repeats(doc, start, end))


#: the state's own central bank: a body named by description ("the Peruvian central bank"); kg.nlp.entities resolves it
CENTRAL_BANK = "central-bank"


def central_bank_state(doc: Doc, start: int, gaz_at: dict[int, Span]) -> Span | None:
    """The gazetteer span of the state named with "central bank" at ``start``: before it ("Peruvian", "Mexico's")
    or after it ("of (the) Mexico"); ``gaz_at`` maps tokens to the gazetteer spans covering them."""
    before = start - 1 - (start >= 2 and doc[start - 1].norm_ == "'s")
    span = gaz_at.get(before) if before >= 0 else None
    if span is not None and span.label_ in ("Country", "Demonym"):
        return span
    after = start + 3 + (start + 3 < len(doc) and doc[start + 3].lower_ == "the")
    span = gaz_at.get(after) if start + 2 < len(doc) and doc[start + 2].lower_ == "of" else None
    return span if span is not None and span.label_ == "Country" and span.start == after else None


def central_banks(finder: NameFinder) -> None:
    """ "Peruvian central bank", "Mexico's central bank", "the central bank of Mexico": the state's central bank.

    Only with the state named right there (kg.nlp.entities finds its entity), or capitalised on its own ("the
    Reserve Bank", "the Central Bank": the story state's); a bare "the central bank" stays a description.
    """
    doc = finder.doc
    for i, token in enumerate(doc[:-1]):
        if token.lower_ not in ("central", "reserve") or doc[i + 1].lower_ != "bank" or i in finder.gaz_at or i + 1 in finder.gaz_at:
            continue
        bare = token.text in ("Central", "Reserve") and doc[i + 1].text == "Bank" and not (i + 2 < len(doc) and doc[i + 2].lower_ == "of") \
            and not (i > 0 and is_cap(doc[i - 1]) and not doc[i - 1].is_sent_start)
        if (token.lower_ == "central" or bare) and central_bank_state(doc, i, finder.gaz_at) is not None or bare:
            finder.add_name(i, i + 2, "GovernmentBody", CENTRAL_BANK)


#: first words of organisations named in French, Spanish, Portuguese, Italian or German ("Institut National de
#: Recherche Biomédicale", "Partido Nuevo Progresista"), with the class they give
FOREIGN_ORG_HEADS: dict[str, str] = {
    **dict.fromkeys(("institut", "instituto", "istituto", "universidad", "universidade", "université", "universite",
                     "università", "universität", "centro", "fundación", "fundacion", "fundação", "fondation", "fondazione",
                     "asociación", "asociacion", "associação", "partido", "parti", "partito", "frente", "movimiento",
                     "movimento", "mouvement", "federación", "federacion", "fédération", "sindicato", "confederación",
                     "confédération"), "Organization"),
    **dict.fromkeys(("banco", "banca", "banque", "compagnie", "compañía", "compania", "companhia", "société", "societe",
                     "sociedad", "sociedade", "società", "empresa", "grupo", "groupe", "petróleos", "aerolíneas"), "Company"),
    **dict.fromkeys(("ministerio", "ministère", "ministere", "ministério", "consejo", "conseil", "consiglio", "tribunal",
                     "corte", "cour", "comisión", "comision", "comissão", "secretaría", "secretaria", "procuraduría",
                     "fiscalía", "bundesamt", "bundesanstalt"), "GovernmentBody"),
}
#: lower-case words inside such names: "de", "della", "y"
FOREIGN_PARTICLES = frozenset({"de", "del", "della", "delle", "dei", "degli", "di", "do", "da", "dos", "das", "des", "du",
                               "la", "le", "les", "los", "las", "el", "y", "e", "et", "und", "für", "fur", "der", "l'", "d'"})


def foreign_organisations(finder: NameFinder) -> None:
    """ "the Institut National de Recherche Biomédicale", "Partido Nuevo Progresista": a foreign institution's head word
    first, then capitalised words and the language's particles (at least one capitalised word after the head)."""
    doc = finder.doc
    for i, token in enumerate(doc):
        cls = FOREIGN_ORG_HEADS.get(token.lower_)
        if cls is None or not token.text[:1].isupper() or i in finder.gaz_at:
            continue
        end, last = i + 1, None
        while end < len(doc) and end - i < 8 and (is_cap(doc[end]) or doc[end].lower_ in FOREIGN_PARTICLES and not doc[end].is_title):
            if is_cap(doc[end]):
                last = end
            end += 1
        if last is not None and not any(k in finder.gaz_at for k in range(i + 1, last + 1)):
            finder.add_name(i, last + 1, cls, "foreign-org-head")


MAX_LABEL = 6


def speaker_labels(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of the inside of each speaker label opening a paragraph: "((Dorsa Derakhshani))  I got interested
    ...", "((WN))  What interested you ...": Wikinews's way of marking who speaks in an interview."""
    out = []
    for i in range(len(doc) - 4):
        if doc[i].text != "(" or doc[i + 1].text != "(" or not (i == 0 or "\n" in doc[i - 1].text + doc[i - 1].whitespace_):
            continue
        end = next((k for k in range(i + 2, min(len(doc) - 1, i + 2 + MAX_LABEL)) if doc[k].text == ")"), None)
        if end is not None and end > i + 2 and doc[end + 1].text == ")":
            out.append((i + 2, end))
    return out


def interviewees(finder: NameFinder) -> None:
    """The name in a speaker label is a person's (two capitalised words and more: not the interviewer's "((WN))" nor a
    language tag, "((fa))")."""
    doc = finder.doc
    for start, end in speaker_labels(doc):
        if end - start >= 2 and all(is_cap(t) for t in doc[start:end]) and not any(k in finder.gaz_at for k in range(start, end)):
            finder.add_name(start, end, "Person", "speaker-label")


def leaders_before_governments(finder: NameFinder) -> None:
    """ "the Reagan administration", "the Trump presidency": a bare surname the gazetteer knows for one person, between
    "the" and a government noun, is that person (:func:`kg.nlp.name_resolution.titled_surnames` links it)."""
    doc, gaz = finder.doc, load_gazetteer()
    for i in range(1, len(doc) - 1):
        if doc[i - 1].lower_ == "the" and doc[i + 1].lower_ in GOVERNMENT_NOUNS and is_cap(doc[i]) and i not in finder.gaz_at \
                and gaz.person_by_surname(doc[i].text) is not None:
            finder.add_name(i, i + 1, "Person", GOVERNMENT_CUE)


MAX_REPEATED_NAME = 3
#: words after a surname said alone that make it a person acting ("Saadallah said", "Amman was released")
PERSON_VERBS = frozenset({"said", "says", "told", "tells", "added", "wrote", "writes", "explained", "stated", "noted", "argued",
                          "testified", "replied", "asked", "recalled", "insisted", "died", "was", "is", "has", "had", "who", "himself",
                          "herself", "came", "went", "joined", "won", "lost", "resigned", "pleaded", "admitted", "denied"})
#: capitalised last words of names of events, faiths and products, not of persons ("Asian Championship", "Atheist Muslim")
NOT_SURNAMES = frozenset({"championship", "championships", "tournament", "cup", "games", "open", "festival", "awards", "prize",
                          "muslim", "christian", "catholic", "jewish", "hindu", "buddhist", "linux", "windows"})
#: capitalised first words of names of places, firms and phenomena ("El Nino", "St Lawrence Seaway", "Deutsche Babcock")
NOT_GIVEN_NAMES = frozenset({"el", "la", "le", "los", "las", "les", "die", "der", "st", "saint", "san", "santa", "fort", "port",
                             "mount", "gruppo", "grupo", "deutsche", "banco", "banca", "compagnie", "societe", "medicine"})
#: words before a surname said alone that make it a person's ("Mr Saadallah")
HONORIFIC_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mme", "mlle", "herr", "sr", "sra", "cde"})


def persons_by_repeated_surname(finder: NameFinder) -> None:
    """ "... identified as Sudesh Amman. Amman was released in January": two or three capitalised words whose last
    one the story later uses alone (news names a person in full once, then by surname) are a person.

    Read last, for names no other cue typed: not at a sentence's start, no word the gazetteer knows or the story
    writes in lower case, and the lone surname neither after nor before another capitalised word.
    """
    doc = finder.doc
    covered = {k for span in finder.names for k in range(span.start, span.end)} | set(finder.gaz_at)
    things = {k for span in finder.names if span.label_ != "Person" for k in range(span.start, span.end)} | set(finder.gaz_at)
    lone: set[str] = set()
    for k, token in enumerate(doc[:-1]):
        if not is_cap(token) or k in things or (k > 0 and is_cap(doc[k - 1]) and doc[k - 1].lower_.rstrip(".") not in HONORIFIC_WORDS) \
                or is_cap(doc[k + 1]) or doc[k + 1].text == "-":
            continue
        honoured = k > 0 and doc[k - 1].lower_.rstrip(".") in HONORIFIC_WORDS
        if honoured or doc[k + 1].lower_ in PERSON_VERBS:
            lone.add(token.text)  # "Amman was released", "Mr Saadallah": a surname said alone, as a person's
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in covered or not is_cap(token) or token.is_sent_start or (i > 0 and (is_cap(doc[i - 1]) or doc[i - 1].text == "-")):
            i += 1
            continue
        end = finder.name_from(i, min_len=2)
        if end is None or not 2 <= end - i <= MAX_REPEATED_NAME or any(k in covered for k in range(i, end)) \
                or (end < len(doc) and (is_cap(doc[end]) or doc[end].text == "-")) \
                or any(not is_cap(t) or t.lower_ in finder.lower_words or t.lower_ in ORG_HEADS or t.lower_ in LEGAL_FORMS for t in doc[i:end]):
            i += 1
            continue
        first = doc[i].text
        given_like = first[1:].islower() or len(first) == 2 and first[1] == "."  # "Ward", "J.", not "CentOS"
        if doc[end - 1].text in lone and given_like and first.lower().rstrip(".") not in HONORIFIC_WORDS | NOT_GIVEN_NAMES \
                and doc[end - 1].lower_ not in NOT_SURNAMES:
            finder.add_name(i, end, "Person", "repeated-surname")
        i = end


@Language.component("kg_names")
def find_names(doc: Doc) -> Doc:
    """Find persons, organisations and places from their context (see :mod:`kg.nlp.names` and this module)."""
    finder = NameFinder(doc)
    interviewees(finder)
    persons_by_given_name(finder)
    persons_with_age(finder)
    extended_organisations(finder)
    national_branches(finder)
    wire_companies(finder)
    central_banks(finder)
    finder.persons_after_roles()
    companies_before_titles(finder)
    finder.persons_before_roles()
    finder.organisations()
    foreign_organisations(finder)
    finder.typed_by_nouns()
    typed_by_appositions(finder)
    finder.facilities()
    places_before_regions(finder)
    places_in_containers(finder)
    places_after_nouns(finder)
    persons_by_repeated_surname(finder)
    leaders_before_governments(finder)
    doc.spans[NAMES_KEY] = filter_spans(finder.names)
    doc.spans[ROLES_KEY] = finder.roles
    return doc
