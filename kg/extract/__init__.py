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

from spacy.tokens import Doc

from kg.extract.entities import entities_from_doc, implied_state
from kg.extract.model import Entity, Evidence, Extraction, Mention, Relation
from kg.extract.name_places import seat_after_name_relations
from kg.extract.relations import relations_from_doc
from kg.extract.stances import stance_relations

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
    return Extraction(article_id, entities, mentions, relations, place if place in known else None)
