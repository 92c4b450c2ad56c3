"""Names within one document: which mentions are the same entity, and which are none.

:func:`kg.nlp.entities.merge_candidates` chooses entity spans; these functions then
read the document as a whole, as a reader does:

* a name found once is found everywhere ("Rosatom"), a surname stands for the full name
  ("Nazarbayev"), a patronymic name for its given name ("Qaboos"), a bare head for the one
  body with that head ("the Council");
* a surname shared by two people none of whom dominates makes no node ("President Roosevelt");
* a titled bare surname is the gazetteer's one person of that name ("Chancellor Kohl");
* an acronym the article defines or spells out is its owner ("RSF" with Reporters Sans Frontières).
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from kg.gazetteer import fold, load_gazetteer, load_given_names
from kg.nlp.gazetteer_ruler import SPANS_KEY as GAZ_KEY
from kg.nlp.lexicon import NAME_PARTICLES, ORG_HEADS
from kg.nlp.names import GOVERNMENT_CUE, ROLES_KEY, is_cap
from kg.nlp.role_phrases import role_at


#: organisations a bare capitalised head word may refer back to ("the Council", "the Commission")
BODY_CLASSES = frozenset({"GovernmentBody", "InternationalOrganization", "Organization"})


def propagate(doc: Doc, spans: list[Span]) -> list[Span]:
    """Mark every other occurrence of a name found once (and a person's surname)."""
    full_surnames = {s[-1].text for s in spans if s.label_ == "Person" and len(s) >= 2}
    # "Bloomberg" in a story about Michael Bloomberg is the man, not the firm named after him
    spans = [s for s in spans if not (len(s) == 1 and s.id_ == "gazetteer" and s.label_ in ("Company", "MediaOrganization")
                                      and s.text in full_surnames)]
    covered = {i for s in spans for i in range(s.start, s.end)}
    by_text: dict[tuple[str, ...], Span] = {}
    surnames: dict[str, list[Span]] = {}
    for span in spans:
        if span.id_ in ("demonym",) or span.label_ in ("Country",):
            continue
        words = tuple(t.text for t in span)
        by_text.setdefault(words, span)
        if span.label_ == "Person" and len(span) >= 2 and is_cap(span[-1]):
            surnames.setdefault(span[-1].text, []).append(span)
        if span.label_ == "Person" and (paternal := paternal_surname([t.text for t in span])) is not None:
            surnames.setdefault(paternal, []).append(span)  # "Vázquez" after "Wanda Vázquez Garced"
            by_text.setdefault((span[-2].text, span[-1].text), span)  # "Santos Alvite" after "Fernando Santos Alvite"
        if span.label_ == "Person" and len(span) > 2 and span[1].lower_ in PATRONYMIC:
            by_text.setdefault((span[0].text,), span)  # "Qaboos" after "Qaboos bin Said"
        if span.label_ == "Person" and span.id_ == "gazetteer" and len(span) >= 2:
            for token in span[:-1]:  # "Mobutu" of "Mobutu Sese Seko", "Xi" of "Xi Jinping": a known person's other name
                if is_cap(token) and token.text not in load_given_names() and token.lower_ not in NAME_PARTICLES and token.is_alpha:
                    surnames.setdefault(token.text, []).append(span)
    heads: dict[str, set[str]] = {}
    for span in spans:  # "the Council" after "the European Council": the one body of the article with that head
        if _named_by_head(span):
            heads.setdefault(span[-1].text, set()).add(fold(span.text))
            by_text.setdefault(("\0" + span[-1].text,), span)
    for head, names in heads.items():
        owner = by_text.pop(("\0" + head,))
        if len(names) == 1:
            by_text.setdefault((head,), owner)
    for surname, owners in surnames.items():
        owner = dominant(owners)
        if owner is not None:
            by_text.setdefault((surname,), owner)
    extra: list[Span] = []
    folded = [fold(t.text) for t in doc]
    for words, source in by_text.items():
        n = len(words)
        words = tuple(fold(w) for w in words)
        for i in range(len(doc) - n + 1):
            if i in covered or folded[i] != words[0] or tuple(folded[i:i + n]) != words:
                continue
            if any(k in covered for k in range(i, i + n)):
                continue
            if n == 1 and i + 1 < len(doc) and is_cap(doc[i + 1]) and not doc[i + 1].is_sent_start \
                    and not (_head_of_body(source, words[0]) and role_at(doc, i + 1) is not None
                             and not (i > 0 and is_cap(doc[i - 1]) and not doc[i].is_sent_start)):  # "District Court Judge"
                continue  # "Johnson" followed by another capitalised word is a different name; "Senate President" is not
            if n == 1 and i > 0 and is_cap(doc[i - 1]) and (i - 1) not in covered and not doc[i].is_sent_start and source.label_ == "Person":
                continue  # "Lyndon Johnson" is not Boris Johnson
            extra.append(Span(doc, i, i + n, label=source.label_, kb_id=source.kb_id_, span_id="propagated"))
            covered.update(range(i, i + n))
    return sorted(spans + extra, key=lambda s: s.start)


def dominant(owners: list[Span]) -> Span | None:
    """The person a bare surname means when several full names share it, if one clearly dominates.

    "Joe Biden" named five times (and known to the gazetteer), "Hunter Biden" once: "Biden"
    is Joe Biden. Two equally present "Roosevelt"s leave "Roosevelt" unresolved.
    """
    counts = Counter(s.text for s in owners)
    if len(counts) == 1:
        return owners[0]
    (top, n1), (_, n2) = counts.most_common(2)
    first = next(s for s in owners if s.text == top)
    known = first.id_ == "gazetteer" and not any(s.id_ == "gazetteer" for s in owners if s.text != top)
    return first if n1 >= 2 * n2 and (known or n1 >= 3) else None


def titled_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "President Reagan", "the Reagan administration" in an article that never writes "Ronald Reagan": the gazetteer's one Reagan.

    Only a bare surname right after a title (the title says a public figure is meant), only when the
    article names no other person with that surname, only when the gazetteer knows exactly one, and
    only when the article names that person's country ("Prince Abdullah" in a Saudi story is no
    Abdullah Abdullah of Afghanistan).
    """
    gaz = load_gazetteer()
    role_ends = {span.end for span in doc.spans.get(ROLES_KEY, [])}
    surnames = {s[-1].text for s in spans if s.label_ == "Person" and len(s) >= 2}
    countries = {state.id for s in doc.spans.get(GAZ_KEY, []) if (state := gaz.country_of(s.kb_id_)) is not None}
    linked: dict[str, str] = {}
    for span in spans:
        if span.label_ == "Person" and len(span) == 1 and not span.kb_id_ and (span.start in role_ends or span.id_ == GOVERNMENT_CUE) \
                and span.text not in surnames and (entry := gaz.person_by_surname(span.text)) is not None \
                and entry.country in countries:
            linked[span.text] = entry.id
    # once "President Reagan" is the gazetteer's Reagan, so is every bare "Reagan" of the article
    return [Span(doc, span.start, span.end, label="Person", kb_id=linked[span.text], span_id=span.id_)
            if span.label_ == "Person" and len(span) == 1 and not span.kb_id_ and span.text in linked else span
            for span in spans]


def defined_acronyms(doc: Doc, spans: list[Span]) -> tuple[list[Span], dict[int, str]]:
    """ "Reporters Without Borders (RSF)", the wire's "<Banca Nazionale Del Lavoro-BNL>": in this article the
    acronym is that organisation, whatever else it may mean."""
    defined: dict[str, Span] = {}
    for a in spans:
        i = a.end
        if a.label_ in ("Person", "Country") or i + 2 >= len(doc):
            continue
        wire = doc[i].text == "-" and not doc[i - 1].whitespace_ and doc[i + 2].text == ">"  # "<Banca Nazionale Del Lavoro-BNL>"
        if not wire and (doc[i].text != "(" or doc[i + 2].text != ")"):
            continue
        acronym = doc[i + 1].text
        if len(acronym) >= 2 and acronym.isupper() and acronym.isalpha():
            defined[acronym] = a
    defined.update(acronyms_by_initials(spans, defined))
    if not defined:
        return spans, {}
    covered = {i for span in spans for i in range(span.start, span.end)}
    spans = sorted(spans + [Span(doc, t.i, t.i + 1) for t in doc if t.text in defined and t.i not in covered],
                   key=lambda span: span.start)  # an acronym the article defines is a mention wherever it appears
    out, owner_text = [], {}
    for span in spans:
        owner = defined.get(span.text)
        if owner is None:
            out.append(span)
            continue
        out.append(Span(doc, span.start, span.end, label=owner.label_, kb_id=owner.kb_id_, span_id="acronym"))
        owner_text[span.start] = " ".join(owner.text.split())  # the canonical name of an owner the gazetteer lacks
    return out, owner_text


def initials(name: str) -> str:
    """The capitals of a name's words: "Reporters Sans Frontières" -> "RSF"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def acronyms_by_initials(spans: list[Span], defined: dict[str, Span]) -> dict[str, Span]:
    """ "RSF" in a story naming Reporters Without Borders (Reporters sans frontières) is that body, not
    Sudan's Rapid Support Forces: an acronym goes to the organisation named in full whose name or
    alias it abbreviates, when the gazetteer's own reading of it is not named in full."""
    acronyms = [s for s in spans if len(s) == 1 and s.text.isupper() and s.text not in defined]
    if not acronyms:
        return {}
    gaz = load_gazetteer()
    named = {s.kb_id_ for s in spans if len(s) > 1 or not s.text.isupper()}
    by_initials: dict[str, Span] = {}
    for owner in spans:
        if owner.label_ in ("Person", "Country") or len(owner) < 2:
            continue  # an owner is named in full (the acronym's own gazetteer reading is no owner)
        entry = gaz.entries.get(owner.kb_id_) if owner.kb_id_ else None
        for form in [owner.text] + (list(entry.surface_forms) if entry else []):
            by_initials.setdefault(initials(form), owner)
    out: dict[str, Span] = {}
    for span in acronyms:
        owner = by_initials.get(span.text)
        if owner is not None and owner.kb_id_ != span.kb_id_ and span.kb_id_ not in named:
            out[span.text] = owner
    return out


def ambiguous_surnames(spans: list[Span]) -> set[str]:
    """Surnames of two or more full names none of which dominates ("Roosevelt" for Theodore and Franklin):
    a bare "President Roosevelt" then makes no node rather than a wrong one."""
    owners: dict[str, list[Span]] = {}
    for s in spans:
        if s.label_ == "Person" and len(s) >= 2:
            owners.setdefault(s[-1].text, []).append(s)
    return {name for name, full in owners.items() if len({fold(s.text) for s in full}) >= 2 and dominant(full) is None}


def paternal_surname(words: list[str]) -> str | None:
    """The first of two surnames of a Spanish or Portuguese name, by which its bearer is called: "Vázquez" of
    "Wanda Vázquez Garced", "López" of "Andrés Manuel López Obrador". None when the word before the last is a
    particle or a given name ("Rebecca Nyandeng De Mabior", "Mary Anne Smith")."""
    if len(words) < 3 or not words[-2][:1].isupper() or words[-2].lower() in NAME_PARTICLES or words[-2] in load_given_names() \
            or words[0] not in load_given_names():
        return None
    return words[-2]


#: particles of a patronymic name ("Qaboos bin Said"), whose bearer is called by the first word
PATRONYMIC = frozenset({"bin", "ibn", "bint", "ould", "wuld"})


def person_canonical(spans: list[Span]) -> dict[str, str]:
    """Surface form -> canonical full name for the persons of one document."""
    fulls = [s.text for s in spans if s.label_ == "Person" and len(s) >= 2]
    canonical: dict[str, str] = {}
    for span in spans:
        if span.label_ != "Person":
            continue
        text = span.text
        words = set(fold(text).split())
        longer = {f for f in fulls if f != text and fold(f).endswith(" " + fold(text).split()[-1]) and words <= set(fold(f).split())}
        if not longer and len(span) >= 2:  # "John Luk" for "John Luk Jok": a name the longer one starts with
            longer = {f for f in fulls if len(f.split()) > len(text.split()) and fold(f).startswith(fold(text) + " ")}
        if not longer and len(span) == 1:  # "Rosselló" for "Ricardo Rosselló Nevares": the first of two surnames
            longer = {f for f in fulls if paternal_surname(f.split()) == text}
        if not longer and len(span) == 1:  # "Qaboos" for "Qaboos bin Said": Arabic names go by the given name
            longer = {f for f in fulls if len(f.split()) > 2 and f.split()[1].lower() in PATRONYMIC and f.split()[0] == text}
        if len(longer) >= 1:
            best = max(sorted(longer), key=len)
            if all(best.endswith(f) or f in best for f in longer):
                canonical[text] = best
    return canonical


def _named_by_head(span: Span) -> bool:
    """A body whose name ends in a capitalised organisation head ("European Council", "Puerto Rico Senate")."""
    return span.label_ in BODY_CLASSES and len(span) >= 2 and span[-1].lower_ in ORG_HEADS and span[-1].text[:1].isupper()


def _head_of_body(source: Span, word: str) -> bool:
    """ "Senate" for the article's "Puerto Rico Senate", "Council" for the European Council: a body's bare head word.

    Not a state's body the gazetteer knows ("U.S. Senate"): in a story about another state, "the Senate" is
    that state's.
    """
    return source.label_ in BODY_CLASSES and ORG_HEADS.get(word.lower()) in BODY_CLASSES and len(source) >= 2 \
        and (not source.kb_id_ or source.label_ == "InternationalOrganization")


def body_canonical(spans: list[Span]) -> dict[str, str]:
    """Bare head -> full name for the one unknown body of a document with that head ("Senate" -> "Puerto Rico Senate").

    The propagation above marks the bare head as the body; this gives it the body's name, so both are one node.
    """
    fulls: dict[str, set[str]] = {}
    for span in spans:
        if _named_by_head(span) and not span.kb_id_:
            fulls.setdefault(span[-1].text, set()).add(" ".join(span.text.split()))
    return {head: next(iter(names)) for head, names in fulls.items() if len(names) == 1}
