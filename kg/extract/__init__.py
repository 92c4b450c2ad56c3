"""Stage 3: from a processed ``Doc`` to plain, frozen records.

Pure functions: :func:`extract` reads what the pipeline's components put on the
document (entities, matches, dateline) and returns an
:class:`~kg.extract.model.Extraction`. No rdflib here.

>>> from kg.nlp import build_pipeline
>>> nlp = build_pipeline()
>>> ex = extract(nlp("Russian President Vladimir Putin arrived in Kazakhstan on Monday."), "demo")
>>> sorted((r.subject, r.predicate, r.object) for r in ex.relations)
[('gaz:vladimir-putin', 'leaderOf', 'gaz:russia'), ('gaz:vladimir-putin', 'visits', 'gaz:kazakhstan')]
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg.extract.entities import entities_from_doc, implied_state
from kg.extract.model import Entity, Evidence, Extraction, Mention, Relation
from kg.extract.name_places import seat_after_name_relations
from kg.extract.relations import relations_from_doc
from kg.extract.stances import stance_relations
from kg.gazetteer import load_gazetteer

__all__ = ["extract", "Entity", "Evidence", "Extraction", "Mention", "Relation"]


def extract(doc: Doc, article_id: str, date: str | None = None) -> Extraction:
    """Entities, mentions and relations of one processed article.

    ``date`` (ISO, the article's publication date) makes metonymy historical:
    "Moscow" in a 1987 story stands for the Soviet Union.
    """
    if date:
        doc.user_data["kg_date"] = date
    entities, mentions = entities_from_doc(doc)
    found = relations_from_doc(doc) + seat_after_name_relations(doc) + stance_relations(doc)
    known = {e.key for e in entities}
    implied = {key: state for r in found for key in (r.subject, r.object)
               if key not in known and (state := implied_state(key)) is not None}
    entities = tuple(sorted((*entities, *implied.values()), key=lambda e: e.key))
    known |= set(implied)
    relations = tuple(r for r in found if r.subject in known and r.object in known)
    dateline = getattr(doc._, "kg_dateline", None)
    place = doc[dateline.place].ent_kb_id_ if dateline else None
    return as_of(Extraction(article_id, entities, mentions, relations, place if place in known else None), date)


def as_of(ex: Extraction, date: str | None) -> Extraction:
    """States named as they were on the story's date: "Germany" in a 1987 story is West Germany (see
    :meth:`kg.gazetteer.Gazetteer.as_of`); one node when the story names both."""
    gaz = load_gazetteer()
    renamed = {e.key: f"gaz:{then}" for e in ex.entities if e.key.startswith("gaz:") and (then := gaz.as_of(e.key[4:], date)) != e.key[4:]}
    if not renamed:
        return ex
    by_key: dict[str, Entity] = {}
    for e in ex.entities:
        key = renamed.get(e.key, e.key)
        entry = gaz.entries[key[4:]] if key != e.key else None
        if entry is not None:
            e = Entity(key, entry.name, entry.cls, entry.qid, tuple(sorted(set(entry.aliases) | set(e.aliases))), e.named)
        if key in by_key:  # the story names both: one node, named if either is
            old = by_key[key]
            e = replace(old, aliases=tuple(sorted(set(old.aliases) | set(e.aliases))), named=old.named or e.named)
        by_key[key] = e
    mentions = tuple(replace(m, key=renamed.get(m.key, m.key)) for m in ex.mentions)
    relations = []
    for r in ex.relations:
        r = replace(r, subject=renamed.get(r.subject, r.subject), object=renamed.get(r.object, r.object))
        if r.subject != r.object and r not in relations:
            relations.append(r)
    place = renamed.get(ex.dateline_place, ex.dateline_place) if ex.dateline_place else None
    return replace(ex, entities=tuple(sorted(by_key.values(), key=lambda e: e.key)), mentions=mentions, relations=tuple(relations),
                   dateline_place=place)
