"""The plain records extraction returns: entities, mentions, relations with evidence.

Frozen dataclasses, so later stages (graph, analytics, HTML) can share them
without copying and nothing downstream can change what was extracted.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    """One real-world thing as an article names it.

    ``key`` identifies it across articles: ``gaz:<id>`` for gazetteer entries,
    ``<Class>:<canonical name>`` otherwise.
    """

    key: str
    label: str
    cls: str
    qid: str = ""
    aliases: tuple[str, ...] = ()
    named: bool = True  # False when the article only implies it (a demonym, a capital standing for its state)


@dataclass(frozen=True)
class Mention:
    """Where an entity is named (character offsets in the article text)."""

    key: str
    text: str
    start: int
    end: int
    how: str  # gazetteer, title, apposition, propagated, demonym, pronoun, description, group, model ...


@dataclass(frozen=True)
class Evidence:
    """Why a relation is believed: one sentence of one article, read by one rule."""

    sentence: str
    start: int  # offset of the sentence in the article text
    end: int
    rule: str
    confidence: float
    modality: str  # asserted, planned, reported, negated, hypothetical
    level: str  # E or C
    attributed_to: str | None = None  # entity key of who said it


@dataclass(frozen=True)
class Relation:
    """``subject predicate object`` with its evidence."""

    subject: str
    predicate: str
    object: str
    evidence: Evidence


@dataclass(frozen=True)
class Extraction:
    """Everything extraction found in one article."""

    article_id: str
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    dateline_place: str | None = None
    warnings: tuple[str, ...] = field(default=())
