"""Linked-entity precision and recall on the GUM news articles (issue 3's entity measure).

For each of the 24 Wikinews articles in ``../shared/corpora/gum-news/entities.jsonl``
(mentions linked to Wikidata by the GUM corpus team), compare the set of Q-ids
newskg links in the article (entities the article names, i.e. ``kg:mentionedIn``
it, with ``owl:sameAs`` Wikidata) with the set of gold Q-ids whose type is
person, place or organization. Prints per-article and micro-averaged figures and
writes them to ``benchmarks/results-gum.md``.

    python benchmarks/gum_entities.py [--entities PATH]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.articles import article_from_text
from kg.extract import extract
from kg.nlp import build_pipeline

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "gum-news" / "entities.jsonl"
TYPES = frozenset({"person", "place", "organization"})


def score(path: Path) -> tuple[list[tuple[str, int, int, int]], int, int, int]:
    """Per article (id, linked, gold, correct) and the totals."""
    nlp = build_pipeline()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = {e["qid"] for e in record["entities"] if e.get("qid") and e.get("type") in TYPES}
        article = article_from_text(record["text"], name=record["id"])
        ours = {e.qid for e in extract(nlp(article.text), article.id).entities if e.qid and e.named}
        rows.append((record["id"], len(ours), len(gold), len(ours & gold)))
    return rows, sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[3] for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=Path, default=DEFAULT)
    args = parser.parse_args()
    rows, linked, gold, correct = score(args.entities)
    lines = ["| article | linked | gold | correct |", "|---|---|---|---|"]
    lines += [f"| {a} | {n} | {g} | {c} |" for a, n, g, c in rows]
    precision = correct / linked if linked else 0.0
    recall = correct / gold if gold else 0.0
    summary = f"linked-entity precision {precision:.3f} ({correct}/{linked}), recall {recall:.3f} ({correct}/{gold}) over {len(rows)} articles"
    print("\n".join(lines))
    print(summary)
    (HERE / "results-gum.md").write_text(
        "# GUM news: linked entities (person, place, organization)\n\n"
        "Command: `python benchmarks/gum_entities.py`\n\n" + summary + "\n\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
