"""Finding the tokens a relation's slots hold: lists, possessives, the sentence's agent.

Rule matches point at one entity token per slot; these helpers widen or correct that
choice before the relation stage (:mod:`kg.extract.relations`) maps tokens to entities:
"Kyrgyzstan, Tajikistan and Kazakhstan" gives three subjects, "Sri Lanka's Finance Minister
Ronnie de Mel" makes the minister the object, "his former rival" makes "his" none.
Pure functions over a processed, entity-merged ``Doc``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.modality import in_quotes
from kg.extract.roles import ORG_CLASSES
from kg.nlp.lexicon import FIRM_KIND_NOUNS, RELATIVE_PRONOUNS
from kg.nlp.role_phrases import portfolio_title_end, role_at, role_ending_at
from kg.nlp.places import PLACE_NOUNS_OF_PLURAL
from kg.nlp.relation_matcher import PREPOSITIONS
from kg.nlp.wire_markup import ticker_at

ACTOR_CLASSES = ORG_CLASSES | {"Country"}


LIST_JOINERS = frozenset({",", "and", "or", "&", "as", "well"})


def family(token: Token) -> str:
    """The kind of thing a list item must share with its siblings: a state (or its capital), an organisation, ..."""
    cls = token.ent_type_
    return "state" if cls in ("Country", "City") or token.ent_id_ == "demonym" else "org" if cls in ORG_CLASSES else cls


#: verbs after a name that make "X, Y said" a report's speaker, not a list
REPORTING_AFTER = frozenset({"said", "says", "told", "tells", "added", "adds", "stated", "noted", "reported", "wrote", "argued"})


def expand_list(doc: Doc, token: Token, direction: int) -> list[Token]:
    """The token and its coordinated siblings: "Kyrgyzstan, Tajikistan and Kazakhstan"."""
    items = [token]
    kind = family(token)
    i = token.i + direction
    while 0 <= i < len(doc):
        joined = False
        if direction < 0 and family(token) == kind and doc[items[-1].i].ent_type_ == "Person" and not doc[i].ent_type_:
            if (title := role_ending_at(doc, i + 1)) is not None:
                i = title[1] - 1  # "Prince Charles and Princess Diana": the title before a name is no joiner
        if direction > 0 and ticker_at(doc, i):
            i += 3  # "BASF AG <BASF.F> and ...": a listed firm's ticker is no joiner, and no item
        words = []
        while 0 <= i < len(doc) and (doc[i].lower_ in LIST_JOINERS or doc[i].text == "-" or _article_after_comma(doc, i, direction, words)) \
                and not doc[i].ent_type_:
            joined = True
            words.append(doc[i].lower_)
            i += direction
        if joined and direction < 0 and len(items) == 1 and words == [","]:
            break  # "Before meeting with Bush, the Crown Prince paid": a list's last item follows "and", not a lone comma
        if joined and direction > 0 and 0 <= i < len(doc) and kind == family(token) and doc[items[-1].i].ent_type_ == "Person" \
                and (found := _titled_name(doc, i)) is not None:
            i = found  # "Prince Charles and Princess Diana", "... and Egyptian ambassador to Moscow Y": a title before the next name
        if joined and direction > 0 and 0 <= i < len(doc) and kind == "org" and (found := _described_firm(doc, i)) is not None:
            i = found  # "with BASF AG and the Japanese firm Kawasaki Heavy Industries Ltd": the firm's kind before its name
        if not joined or not (0 <= i < len(doc)) or not _item(doc[i]) or family(doc[i]) != kind:
            break
        if doc[i].sent.start != token.sent.start:
            break
        if direction > 0 and words == [","] and i + 1 < len(doc) and doc[i + 1].lower_ in REPORTING_AFTER:
            break  # "... with President Miguel de la Madrid, Huayta said": the speaker, no list item
        if direction > 0 and i + 2 < len(doc) and doc[i + 1].norm_ == "'s" and (doc[i + 2].is_lower and doc[i + 2].is_alpha
                                                                              or doc[i + 2].ent_type_ in ORG_CLASSES):
            break  # "arms sales to Iran and China's political situation", "the Gevaert group of Belgium and West Germany's
            # VEBA AG": the possessor of something else (one firm has one home), no list item
        if direction > 0 and words == [","] and i + 1 < len(doc) and doc[i + 1].norm_ == "'s":
            break  # "in northern Iraq, Tehran's IRNA news agency said": after a lone comma, a possessor starts a new phrase
        items.append(doc[i])
        i += direction
    return items


def _described_firm(doc: Doc, i: int) -> int | None:
    """The firm a description starting at ``i`` names: "the Japanese firm X", "the West German chemicals group Y"."""
    if doc[i].lower_ not in ("the", "a", "an"):
        return None
    k = i + 1
    if k < len(doc) and doc[k].ent_type_ and doc[k].ent_id_ == "demonym":
        k += 1
    start = k
    while k < len(doc) and k - start < 3 and doc[k].lower_ in FIRM_KIND_NOUNS:
        k += 1
    return k if k > start and k < len(doc) and doc[k].ent_type_ in ("Company", "MediaOrganization") else None


def _item(token: Token) -> bool:
    """Can the token be an item of a list: an entity, not a relative pronoun read as one ("Florida, which ...")?"""
    return bool(token.ent_type_) and token.lower_ not in RELATIVE_PRONOUNS


def _article_after_comma(doc: Doc, i: int, direction: int, words: list[str]) -> bool:
    """ "Iraq, the United Arab Emirates, Kuwait": "the" after a list's comma belongs to the next item."""
    if doc[i].lower_ != "the":
        return False
    return words[-1:] == [","] if direction > 0 else not words and i > 0 and doc[i - 1].text == ","


def _titled_name(doc: Doc, i: int) -> int | None:
    """The person a title starting at ``i`` names, if one does: "Oil Minister Y", "Egyptian Foreign Minister Y", "Egyptian
    ambassador to Moscow Y" (a demonym, the title, and the post it is held at)."""
    if doc[i].ent_type_ and not (doc[i].ent_id_ == "demonym" and i + 1 < len(doc) and not doc[i + 1].ent_type_):
        return None
    found = _title_from(doc, i + 1 if doc[i].ent_type_ else i)
    if found is not None and found + 2 < len(doc) and doc[found].lower_ in ("to", "in") and doc[found + 1].ent_type_ in ("Country", "City") \
            and doc[found + 2].ent_type_ == "Person":
        found += 2  # "ambassador to Moscow Y"
    return found if found is not None and found < len(doc) and doc[found].ent_type_ == "Person" else None


def _title_from(doc: Doc, i: int) -> int | None:
    """The end of a title starting at ``i``, its portfolio included ("Oil Minister"), if one does."""
    found = role_at(doc, i)
    return found[1] if found is not None else portfolio_title_end(doc, i)


def possessed(doc: Doc, token: Token) -> Token:
    """For an object "X's <entity>", the possessed entity is the object ("to Moscow's key ally",
    "a meeting with Sri Lanka's Finance Minister Ronnie de Mel")."""
    if token.i + 2 < len(doc) and doc[token.i + 1].norm_ == "'s" and doc[token.i + 2].ent_id_ == "description":
        return doc[token.i + 2]
    end = _possessed_role_end(doc, token)
    while end is not None and end < len(doc) and (honorific := role_at(doc, end)) is not None and honorific[0] == "honorific":
        end = honorific[1]  # "UAE President Sheikh Zaid": an honorific between the title and the name
    if end is not None and end < len(doc) and doc[end].ent_type_ == "Person":
        return doc[end]  # "Sri Lanka's Finance Minister Ronnie de Mel", "Canada Prime Minister Brian Mulroney"
    if token.i + 1 < len(doc) and doc[token.i + 1].norm_ == "'s" and token.ent_type_:
        k = token.i + 2
        while k < len(doc) and k - token.i - 2 < 3 and doc[k].is_lower and doc[k].is_alpha and not doc[k].ent_type_ \
                and doc[k].lower_ not in PREPOSITIONS and doc[k].lower_ not in LIST_JOINERS:
            k += 1  # "backing for Iran's war enemy Iraq": the enemy, a state like its possessor, is the object
        if token.i + 2 < k < len(doc) and doc[k].ent_type_ and doc[k].ent_id_ not in ("pronoun", "demonym") \
                and family(doc[k]) == family(token) and doc[k].ent_kb_id_ != token.ent_kb_id_:
            return doc[k]
    return token


def determiner_pronoun(doc: Doc, token: Token) -> bool:
    """ "his", "its" before a noun: a possessor inside the object's noun phrase, never the object."""
    return token.ent_id_ == "pronoun" and token.lower_ in ("his", "her", "its", "their") and token.i + 1 < len(doc) \
        and doc[token.i + 1].is_alpha and not doc[token.i + 1].ent_type_


def _possessed_role_end(doc: Doc, token: Token) -> int | None:
    """ "Ecuador's oil minister ...", "Canada Prime Minister ...": the end of a role (portfolio included)
    just after "<token>'s" (or right after a state's name)."""
    first = token.i + 2 if token.i + 1 < len(doc) and doc[token.i + 1].norm_ == "'s" else token.i + 1
    if first >= len(doc) or first == token.i + 1 and token.ent_type_ != "Country":
        return None
    return _title_from(doc, first)


def role_possessor(doc: Doc, token: Token) -> bool:
    """ "talks with Turkey's (oil) minister": the party is the unnamed minister, not Turkey."""
    return _possessed_role_end(doc, token) is not None


def first_actor(doc: Doc, start: int) -> Token | None:
    """The sentence's agent before ``start``: its first agent outside a quotation and outside a prepositional phrase.

    "'... the UK must ...', Johnson said"; "In Paris, Macron said"; not Thatcher in "The Saudi leader will hold talks
    with Thatcher and meet the Queen".
    """
    sent = doc[start].sent
    for token in doc[sent.start:start]:
        if token.ent_type_ in ACTOR_CLASSES | {"City", "Person"} and token.ent_id_ != "demonym" \
                and not in_quotes(doc, sent, token.i) and not _after_preposition(doc, token) and not _inside_a_name(doc, token):
            return token
    return None


def _inside_a_name(doc: Doc, token: Token) -> bool:
    """ "to receive the US National Medal of Science": a state before more capitalised words of a name is its modifier."""
    after = token.i + 1
    return after < token.sent.end and doc[after].is_title and doc[after].is_alpha and not doc[after].ent_type_ \
        and role_at(doc, after) is None and token.i > token.sent.start and doc[token.i - 1].lower_ == "the"


def _after_preposition(doc: Doc, token: Token) -> bool:
    k = token.i - 1
    while k >= token.sent.start and (doc[k].lower_ in ("the", "a", "an") or role_at(doc, k) is not None or doc[k].is_title
                                       and not doc[k].ent_type_ and k > token.sent.start):
        k -= 1  # "with Prime Minister Margaret Thatcher"
    return k >= token.sent.start and doc[k].lower_ in PREPOSITIONS


def _comma_items_after(doc: Doc, token: Token) -> int:
    """How many entities follow ``token`` joined to it by commas alone ("token, A, B" -> 2); none when a state
    closes the chain: "Kenosha, Wisconsin, United States" is a place and its containers, not a list."""
    count, i = 0, token.i
    while i + 2 < len(doc) and doc[i + 1].text == "," and _item(doc[i + 2]) and doc[i + 2].sent.start == token.sent.start:
        if doc[i + 2].ent_type_ == "Country":
            return 0
        if doc[i + 2].ent_type_ not in ("City", "Place"):
            break  # "A resident of Antioch, Illinois, Rittenhouse is ...": a place, then the sentence's subject
        count += 1
        i += 2
    return count


def comma_items_before(doc: Doc, token: Token) -> int:
    """How many entities precede ``token`` joined to it by commas alone ("A, B, token" -> 2)."""
    count, i = 0, token.i
    while i >= 2 and doc[i - 1].text == "," and _item(doc[i - 2]) and doc[i - 2].sent.start == token.sent.start:
        count += 1
        i -= 2
    return count


def _place_chain(doc: Doc, first: Token, items: int) -> bool:
    """ "Reading, Berkshire, England", "Kenosha, Wisconsin, United States": three places joined by commas alone, a
    town first, that no "and" or further item continues, are a place and its containers, not a list."""
    last = first.i + 2 * (items - 1)
    if items != 3 or first.ent_type_ not in ("City", "Place") or doc[last].ent_type_ not in ("Country", "Place"):
        return False
    nxt = last + 1
    return not (nxt < len(doc) and (doc[nxt].lower_ in ("and", "or") or doc[nxt].text == "," and nxt + 1 < len(doc)
                                    and doc[nxt + 1].lower_ in ("and", "or")))


def in_list(doc: Doc, token: Token) -> bool:
    """Is the entity one item of a coordinated list ("Russia, Turkey and Iran")?

    Commas alone do not make a list: "Kenosha, Wisconsin" is a place and its state.
    """
    before, after = comma_items_before(doc, token), _comma_items_after(doc, token)
    if (before >= 2 or after >= 2) and not _place_chain(doc, doc[token.i - 2 * before], before + after + 1):
        return True  # "..., Nebraska, New Jersey, New York, ...": a long list, whatever it ends with
    i = token.i - 1
    while i > 0 and (doc[i].ent_type_ or doc[i].lower_ in (",", "and", "or")):
        i -= 1
    if i > 0 and i < token.i - 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in PLACE_NOUNS_OF_PLURAL:
        return True  # "the ports of Sydney, Newcastle and Port Kembla": known cities and unknown places alike
    items = [t for d in (1, -1) for t in expand_list(doc, token, d)]
    if not any(t.ent_type_ == token.ent_type_ and t.i != token.i for t in items):
        return False
    first, last = min(t.i for t in items), max(t.i for t in items)
    return any(t.lower_ in ("and", "or", "&", "nor") for t in doc[first:last])


def context_org(doc: Doc, before: int) -> Token | None:
    sent = doc[before].sent
    for token in reversed(doc[sent.start:before]):
        if token.ent_type_ in ("InternationalOrganization", "Organization"):
            return token
    return None


def object_of_earlier_verb(doc: Doc, subject: Token, trigger: int) -> bool:
    """ "will hold talks with Prime Minister Thatcher and meet Queen Elizabeth": the one who meets the
    Queen is the sentence's subject, not Thatcher, who is the object of "with" before "and meet"."""
    def verb_after(k: int) -> bool:  # "and (later) meet": a second verb phrase, not a second name
        k += 1
        while k < trigger and doc[k].lower_ in ("later", "then", "also", "will", "would", "to"):
            k += 1
        return k <= trigger and doc[k].is_lower and doc[k].is_alpha and not doc[k].ent_type_ \
            and doc[k].lower_ not in ("the", "a", "an", "his", "her", "its", "their")

    if not any(t.lower_ == "and" and verb_after(t.i) for t in doc[subject.i + 1:trigger]):
        return False
    j = subject.i - 1
    while j >= 0 and not doc[j].ent_type_ and (doc[j].lower_ in ("the", "a", "an") or doc[j].is_title and doc[j].is_alpha):
        j -= 1  # the person's title: "Prime Minister"
    return j >= 0 and doc[j].lower_ in PREPOSITIONS
