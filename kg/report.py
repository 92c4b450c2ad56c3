"""``report.json``: what a build read, what it found, and what went wrong, per file."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from kg.articles import Article, ReadProblem
from kg.extract.model import Extraction
from kg.graph import Triple
from kg.resolve import Resolution


def build_report(
    articles: list[Article],
    extractions: list[Extraction],
    problems: list[ReadProblem],
    failures: list[tuple[Article, str]],
    resolution: Resolution,
    triples: list[Triple],
    duplicates: int,
) -> dict[str, Any]:
    """Counts per class and predicate, articles read, and every problem with its file.

    Each problem has a ``level``: ``error`` (the file or line was skipped),
    ``warning`` (it was read anyway, e.g. decoded as Windows-1252) or ``note``
    (read, but nothing was found in it). The build adds ``validation`` (SHACL).
    """
    evidence = Counter(r.evidence.modality for ex in extractions for r in ex.relations)
    no_entity = [ex.article_id for ex in extractions if not ex.entities]
    by_id = {a.id: a for a in articles}
    return {
        "articles": {
            "read": len(articles),
            "extracted": len(extractions),
            "duplicates_merged": duplicates,
            "failed": len(failures) + sum(1 for p in problems if p.fatal),
        },
        "entities": {"total": len(resolution.entities), "by_class": dict(sorted(Counter(e.cls for e in resolution.entities.values()).items()))},
        "relations": {"plain_triples": len(triples), "by_predicate": dict(sorted(Counter(t.predicate for t in triples).items())),
                      "evidence_by_modality": dict(sorted(evidence.items()))},
        "merges": [{"key": a, "into": b, "why": why} for a, b, why in resolution.merges],
        "problems": [
            *({"file": p.path, "problem": p.problem, "action": p.action, "level": p.level} for p in problems),
            *({"file": ", ".join(a.paths) or a.name, "problem": f"extraction failed: {why}", "action": "skipped", "level": "error"}
              for a, why in failures),
            *({"file": ", ".join(by_id[i].paths) or by_id[i].name, "problem": "no recognisable entity", "action": "kept, nothing extracted",
               "level": "note"} for i in no_entity),
        ],
    }


def change_report(counts: dict[str, Any], change: dict[str, Any], problems: list[dict]) -> dict[str, Any]:
    """``report.json`` after ``kg add`` / ``kg remove``: what the store now holds, the change, and its problems.

    ``counts`` comes from the store (:func:`kg.incremental.store_counts`). The
    build's per-build details (merges of all entities, duplicates) are not kept;
    ``change`` says what this command did.
    """
    classes, predicates = counts["by_class"], counts["by_predicate"]
    return {
        "articles": {"read": counts["articles"], "extracted": counts["articles"]},
        "entities": {"total": sum(classes.values()), "by_class": dict(sorted(classes.items()))},
        "relations": {"plain_triples": sum(predicates.values()), "by_predicate": dict(sorted(predicates.items())),
                      "evidence_by_modality": dict(sorted(counts["by_modality"].items()))},
        "change": change,
        "problems": problems,
    }


def dumps(report: dict[str, Any]) -> str:
    """The report as JSON text (UTF-8, indented, newline at the end)."""
    return json.dumps(report, ensure_ascii=False, indent=2, sort_keys=False) + "\n"
