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
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.extract.model import Extraction

ORG_FAMILY = frozenset({"Organization", "InternationalOrganization", "GovernmentBody", "Company", "MediaOrganization", "ArmedGroup"})
#: when one key was typed differently in different articles, the more specific class wins
CLASS_PRIORITY = ("Country", "City", "Person", "InternationalOrganization", "GovernmentBody", "MediaOrganization",
                  "Company", "ArmedGroup", "Agreement", "Place", "Organization")


@dataclass
class ResolvedEntity:
    """An entity of the whole build."""

    key: str
    label: str
    cls: str
    qid: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    iri_name: str = ""


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


def resolve(extractions: list[Extraction]) -> Resolution:
    """Merge the entities of all extractions (deterministic for the same input)."""
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    found: dict[str, ResolvedEntity] = {}
    for ex in extractions:
        for ent in ex.entities:
            classes[ent.key][ent.cls] += 1
            res = found.setdefault(ent.key, ResolvedEntity(ent.key, ent.label, ent.cls, ent.qid))
            res.aliases.update(ent.aliases)
            res.aliases.add(ent.label)
            res.articles.add(ex.article_id)
            if not res.qid and ent.qid:
                res.qid = ent.qid
    for key, counts in classes.items():
        best = max(counts.items(), key=lambda kv: (kv[1], -CLASS_PRIORITY.index(kv[0]) if kv[0] in CLASS_PRIORITY else -99))
        found[key].cls = best[0]
    key_map = {key: key for key in found}
    merges: list[tuple[str, str, str]] = []

    def merge(source: str, target: str, why: str) -> None:
        src, tgt = found[source], found[target]
        tgt.aliases |= src.aliases
        tgt.articles |= src.articles
        for k, v in key_map.items():
            if v == source:
                key_map[k] = target
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
        if owner and owner in found and _compatible(found[owner].cls, entity.cls) and (entity.cls != "Person" or len(entity.label.split()) > 1):
            merge(key, owner, f"'{entity.label}' is an alias of {found[owner].label}")
    used: dict[str, str] = {}
    for key in sorted(found, key=lambda k: (not k.startswith("gaz:"), k)):
        entity = found[key]
        entity.aliases.discard(entity.label)
        name = slug(entity.label)
        if name in used:
            name = f"{name}_{entity.cls}"
            n = 2
            while name in used:
                name = f"{slug(entity.label)}_{entity.cls}_{n}"
                n += 1
        used[name] = key
        entity.iri_name = name
    return Resolution(found, key_map, merges)
