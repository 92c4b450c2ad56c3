"""Stage 4: one node per real-world thing across articles.

Each article's extraction names entities by key (``gaz:<id>`` or
``<Class>:<name>``). Across articles:

* the same key is the same entity (gazetteer entries, identical full names);
* keys with the same Wikidata Q-id are merged;
* a name that is a known alias of another entity of a compatible class
  ("Radio Liberty" and "Radio Free Europe/Radio Liberty") is merged into it;
* a bare surname ("Johnson") is never merged with a full name: it stays its
  own node, because two articles' Johnsons may be different people.

Every surface form is kept as an alias; the merges are listed for the report.

:func:`resolve_incremental` does the same for articles added to an existing
store (``kg add``): entities already there keep their IRIs, new keys are
matched against their keys, Wikidata items and aliases, and each entity keeps
tallies (how many articles gave each class, name and key) so that classes and
aliases can be recounted when articles are added or removed (:func:`retract`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from kg.extract.model import Extraction

ORG_FAMILY = frozenset({"Organization", "InternationalOrganization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
#: when one key was typed differently in different articles, the more specific class wins
CLASS_PRIORITY = ("Country", "City", "Person", "InternationalOrganization", "GovernmentBody", "MediaOrganization",
                  "Company", "ArmedGroup", "Agreement", "Place", "Organization")


@dataclass
class ResolvedEntity:
    """An entity of the whole build.

    ``classes``, ``names`` and ``keys`` count the article readings behind it
    (a reading = one article's entity with that key): the class is the most
    frequent, the aliases are every name with a count.
    """

    key: str
    label: str
    cls: str
    qid: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    iri_name: str = ""
    classes: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    keys: Counter[str] = field(default_factory=Counter)

    def absorb(self, other: "ResolvedEntity") -> None:
        """Take ``other``'s names, articles and tallies (``other`` is merged into this entity)."""
        self.aliases |= other.aliases
        self.articles |= other.articles
        self.classes.update(other.classes)
        self.names.update(other.names)
        self.keys.update(other.keys)
        if not self.qid and other.qid:
            self.qid = other.qid


@dataclass
class Resolution:
    """Entities of the build and the map from every article-level key to its entity key."""

    entities: dict[str, ResolvedEntity]
    key_map: dict[str, str]
    merges: list[tuple[str, str, str]]  # (merged key, into key, why)

    def canonical(self, key: str) -> str:
        return self.key_map.get(key, key)


def _compatible(a: str, b: str) -> bool:
    return a == b or (a in ORG_FAMILY and b in ORG_FAMILY)


def slug(label: str) -> str:
    """An IRI-safe local name for a label: ASCII letters, digits and underscores."""
    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "_", ascii_).strip("_")
    return text[:80] or "entity"


def best_class(counts: Counter[str]) -> str:
    """The most frequent class; ties go to the more specific one (:data:`CLASS_PRIORITY`)."""
    return max(counts.items(), key=lambda kv: (kv[1], -CLASS_PRIORITY.index(kv[0]) if kv[0] in CLASS_PRIORITY else -99))[0]


def _gather(extractions: list[Extraction]) -> dict[str, ResolvedEntity]:
    """One :class:`ResolvedEntity` per key of the extractions, with its tallies (before any merge)."""
    found: dict[str, ResolvedEntity] = {}
    for ex in extractions:
        for ent in ex.entities:
            res = found.setdefault(ent.key, ResolvedEntity(ent.key, ent.label, ent.cls, ent.qid))
            res.classes[ent.cls] += 1
            res.keys[ent.key] += 1
            res.names.update(set(ent.aliases) | {ent.label})
            res.aliases.update(ent.aliases)
            res.aliases.add(ent.label)
            res.articles.add(ex.article_id)
            if not res.qid and ent.qid:
                res.qid = ent.qid
    for res in found.values():
        res.cls = best_class(res.classes)
    return found


def _person_guard(entity: ResolvedEntity) -> bool:
    """A bare surname is never merged into a full name by alias: two articles' Johnsons may differ."""
    return entity.cls != "Person" or len(entity.label.split()) > 1


def resolve(extractions: list[Extraction]) -> Resolution:
    """Merge the entities of all extractions (deterministic for the same input)."""
    found = _gather(extractions)
    key_map = {key: key for key in found}
    members: dict[str, list[str]] = {key: [key] for key in found}  # entity key -> the article keys mapped to it
    merges: list[tuple[str, str, str]] = []

    def merge(source: str, target: str, why: str) -> None:
        found[target].absorb(found[source])
        for k in members[source]:
            key_map[k] = target
        members[target] += members.pop(source)
        del found[source]
        merges.append((source, target, why))

    by_qid: dict[str, str] = {}
    for key in sorted(found, key=lambda k: (not k.startswith("gaz:"), k)):
        qid = found[key].qid
        if not qid:
            continue
        if qid in by_qid and _compatible(found[by_qid[qid]].cls, found[key].cls):
            merge(key, by_qid[qid], f"same Wikidata item {qid}")
        else:
            by_qid.setdefault(qid, key)
    alias_owner: dict[str, str] = {}
    for key in sorted(k for k in found if k.startswith("gaz:")):
        for alias in found[key].aliases:
            alias_owner.setdefault(alias.casefold(), key)
    for key in sorted(k for k in found if not k.startswith("gaz:")):
        entity = found[key]
        owner = alias_owner.get(entity.label.casefold())
        if owner and owner in found and _compatible(found[owner].cls, entity.cls) and _person_guard(entity):
            merge(key, owner, f"'{entity.label}' is an alias of {found[owner].label}")
    used: set[str] = set()
    for key in sorted(found, key=lambda k: (not k.startswith("gaz:"), k)):
        entity = found[key]
        entity.aliases.discard(entity.label)
        entity.iri_name = _free_name(entity, lambda name: name in used)
        used.add(entity.iri_name)
    return Resolution(found, key_map, merges)


def _free_name(entity: ResolvedEntity, taken: Callable[[str], bool]) -> str:
    """The entity's IRI local name: its label's slug, then ``slug_Class``, ``slug_Class_2``, ... while taken."""
    name = slug(entity.label)
    if taken(name):
        name = f"{name}_{entity.cls}"
        n = 2
        while taken(name):
            name = f"{slug(entity.label)}_{entity.cls}_{n}"
            n += 1
    return name


# ------------------------------------------------------------------ incremental: kg add / kg remove

@dataclass
class IncrementalResolution:
    """New articles' entities resolved against those already stored.

    ``resolution`` holds every entity the new articles touch (stored ones with
    their updated tallies, class and aliases; new ones with fresh IRI names) and
    maps every key of the new articles. ``stored`` names the touched entities
    that were already in the store; ``renamed`` maps a stored entity's IRI name
    to the new entity it was merged into (a name first seen without, now with a
    gazetteer entry).
    """

    resolution: Resolution
    stored: set[str]
    renamed: dict[str, str]


def _order(key: str) -> tuple[bool, str]:
    return (not key.startswith("gaz:"), key)


def primary_key(keys: Iterable[str]) -> str:
    """The key an entity is known by: its first gazetteer key, else its first key (the order :func:`resolve` merges in)."""
    return min(keys, key=_order)


def has_gazetteer_key(entity: ResolvedEntity) -> bool:
    return any(k.startswith("gaz:") for k in entity.keys)


def _refresh(entity: ResolvedEntity) -> None:
    """Class and aliases from the tallies."""
    entity.cls = best_class(entity.classes) if entity.classes else entity.cls
    entity.aliases = {name for name, count in entity.names.items() if count > 0} - {entity.label}


def resolve_incremental(extractions: list[Extraction], stored: Mapping[str, ResolvedEntity],
                        taken: Callable[[str], bool]) -> IncrementalResolution:
    """Resolve the entities of new articles against ``stored`` entities (by IRI name, with tallies and keys).

    The rules are those of :func:`resolve`, with stored entities first: a key
    already stored is that entity; a new key with a stored entity's Wikidata
    item, or whose name is a stored gazetteer entity's alias, joins it; a
    stored entity without gazetteer key whose label is an alias of a new
    gazetteer entity is merged into the new one (and renamed). New entities get
    IRI names that ``taken`` (the store) and this batch do not use yet.
    ``stored`` needs only the entities these articles can match; it is updated in place.
    """
    fresh = _gather(extractions)
    stored_keys = {e.key for e in stored.values()}
    found: dict[str, ResolvedEntity] = {e.key: e for e in stored.values()}
    by_article_key = {k: e.key for e in stored.values() for k in e.keys}
    key_map: dict[str, str] = {}
    members: dict[str, list[str]] = {}  # entity key -> the new articles' keys mapped to it
    merges: list[tuple[str, str, str]] = []
    touched: set[str] = set()
    renamed: dict[str, str] = {}

    def merge(source: str, target: str, why: str) -> None:
        found[target].absorb(found.pop(source))
        for k in members.pop(source, []):
            key_map[k] = target
            members.setdefault(target, []).append(k)
        touched.discard(source)
        touched.add(target)
        merges.append((source, target, why))

    for key in sorted(fresh, key=_order):
        target = by_article_key.get(key, key)
        if target == key and key not in stored_keys:
            found[key] = fresh[key]
        else:
            found[target].absorb(fresh[key])
        key_map[key] = target
        members.setdefault(target, []).append(key)
        touched.add(target)
    new_keys = [k for k in sorted(fresh, key=_order) if key_map[k] == k and k not in stored_keys]
    by_qid: dict[str, str] = {}
    for key in sorted(stored_keys, key=_order) + new_keys:
        entity = found.get(key)
        if entity is None or not entity.qid:
            continue
        if entity.qid in by_qid and key not in stored_keys and _compatible(found[by_qid[entity.qid]].cls, entity.cls):
            merge(key, by_qid[entity.qid], f"same Wikidata item {entity.qid}")
        else:
            by_qid.setdefault(entity.qid, key)
    alias_owner: dict[str, str] = {}
    owners = [e.key for e in sorted(stored.values(), key=lambda e: _order(e.key)) if has_gazetteer_key(e)]
    owners += [k for k in new_keys if k.startswith("gaz:") and k in found]
    for key in owners:
        for alias in sorted(set(found[key].names) | {found[key].label}):
            alias_owner.setdefault(alias.casefold(), key)
    candidates = [k for k in new_keys if not k.startswith("gaz:")]
    candidates += [e.key for e in sorted(stored.values(), key=lambda e: _order(e.key)) if not has_gazetteer_key(e)]
    for key in candidates:
        entity = found.get(key)
        owner = alias_owner.get(entity.label.casefold()) if entity else None
        if not owner or owner == key or owner not in found or not _compatible(found[owner].cls, entity.cls) or not _person_guard(entity):
            continue
        if key in stored_keys:
            if owner in stored_keys:
                continue  # both stored: they were kept apart when stored
            renamed[entity.iri_name] = owner  # a stored name now known to the gazetteer: merged into the new entity
        merge(key, owner, f"'{entity.label}' is an alias of {found[owner].label}")
    used: set[str] = set()
    for key in sorted(found, key=_order):
        if key not in stored_keys and key in touched:
            entity = found[key]
            _refresh(entity)
            entity.iri_name = _free_name(entity, lambda name: name in used or taken(name))
            used.add(entity.iri_name)
    for key in touched:
        _refresh(found[key])
    renamed = {old: found[target].iri_name for old, target in renamed.items()}
    entities = {key: found[key] for key in sorted(touched, key=_order)}
    return IncrementalResolution(Resolution(entities, key_map, merges), {e.iri_name for k, e in entities.items() if k in stored_keys},
                                 renamed)


def retract(readings: Iterable[tuple[str, str, Iterable[str]]], owners: Mapping[str, ResolvedEntity]) -> tuple[list[ResolvedEntity], list[ResolvedEntity]]:
    """Take one article's entity readings (key, class, names) out of the tallies of their ``owners`` (by key).

    Returns the entities that remain (class and aliases recounted) and those no
    article reads any more (to be removed).
    """
    touched: dict[str, ResolvedEntity] = {}
    for key, cls, names in readings:
        entity = owners[key]
        entity.classes[cls] -= 1
        entity.keys[key] -= 1
        entity.names.subtract(set(names))
        touched[entity.iri_name] = entity
    kept, gone = [], []
    for entity in touched.values():
        for tally in (entity.classes, entity.keys, entity.names):
            for name in [n for n, c in tally.items() if c <= 0]:
                del tally[name]
        if entity.keys:
            _refresh(entity)
            kept.append(entity)
        else:
            gone.append(entity)
    return kept, gone
