"""Linked-entity precision and recall on the GUM news articles (issue 3's entity measure).

For each of the 24 Wikinews articles in ``../shared/corpora/gum-news/entities.jsonl``
(mentions linked to Wikidata by the GUM corpus team), compare the set of Q-ids
newskg links in the article (entities the article names, with ``owl:sameAs``
Wikidata) with the set of gold Q-ids whose type is person, place or organization.

Two gold sets are scored:

* ``entities.jsonl``, as the issue asks;
* the complete GUM annotation in ``gum-news/conllu/*.conllu``: every ``Entity=``
  mention with a Wikipedia identity, mapped to its Q-id by ``gum-news/wiki_map.tab``.
  ``entities.jsonl`` leaves out every mention annotated on a single token, so an
  entity named once by one word, such as "Libya" and "Canada" in GUM_news_afghan,
  is missing from it: linking it correctly counts as a false positive against
  ``entities.jsonl`` only.

Prints per-article and micro-averaged figures and writes them to
``benchmarks/results-gum.md``.

    python benchmarks/gum_entities.py [--gum DIR]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from kg.articles import article_from_text
from kg.extract import extract
from kg.nlp import build_pipeline

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "corpora" / "gum-news"
TYPES = frozenset({"person", "place", "organization"})
#: one mention in a conllu ``Entity=`` field: "(113-place-new-nnnnn-cf10-1-sgl-Libya"
_MENTION = re.compile(r"\((\d+)-([a-z]+)-[^()|]*")


def conllu_links(path: Path, wiki_map: dict[str, str]) -> set[str]:
    """Q-ids of person/place/organization mentions with a Wikipedia identity in one GUM conllu file."""
    found = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for field in re.findall(r"Entity=([^|\t]+)", line):
            for mention in _MENTION.finditer(field):
                parts = mention.group(0).split("-")
                qid = wiki_map.get(parts[-1])
                if mention.group(2) in TYPES and qid:
                    found.add(qid)
    return found


def read_wiki_map(path: Path) -> dict[str, str]:
    """Wikipedia title (formatted and URL forms) -> Q-id, from GUM's ``wiki_map.tab``."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        out[fields[0]] = out[fields[1]] = fields[2]
    return out


def score(gum: Path) -> list[tuple[str, int, int, int, int, int]]:
    """Per article: (id, linked, jsonl gold, correct vs jsonl, full gold, correct vs full)."""
    nlp = build_pipeline()
    wiki_map = read_wiki_map(gum / "wiki_map.tab")
    rows = []
    for line in (gum / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = {e["qid"] for e in record["entities"] if e.get("qid") and e.get("type") in TYPES}
        conllu = gum / "conllu" / f"{record['id']}.conllu"
        full = gold | (conllu_links(conllu, wiki_map) if conllu.is_file() else set())
        article = article_from_text(record["text"], name=record["id"])
        ours = {e.qid for e in extract(nlp(article.text), article.id).entities if e.qid and e.named}
        rows.append((record["id"], len(ours), len(gold), len(ours & gold), len(full), len(ours & full)))
    return rows


def _summary(name: str, linked: int, gold: int, correct: int, n: int) -> str:
    precision = correct / linked if linked else 0.0
    recall = correct / gold if gold else 0.0
    return (f"against {name}: linked-entity precision {precision:.3f} ({correct}/{linked}), "
            f"recall {recall:.3f} ({correct}/{gold}) over {n} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gum", type=Path, default=DEFAULT, help="the gum-news folder (entities.jsonl, conllu/, wiki_map.tab)")
    args = parser.parse_args()
    rows = score(args.gum)
    linked = sum(r[1] for r in rows)
    summaries = [_summary("entities.jsonl", linked, sum(r[2] for r in rows), sum(r[3] for r in rows), len(rows)),
                 _summary("the full GUM annotation (conllu + wiki_map.tab)", linked, sum(r[4] for r in rows),
                          sum(r[5] for r in rows), len(rows))]
    lines = ["| article | linked | gold (jsonl) | correct | gold (full) | correct |", "|---|---|---|---|---|---|"]
    lines += [f"| {a} | {n} | {g} | {c} | {fg} | {fc} |" for a, n, g, c, fg, fc in rows]
    print("\n".join(lines))
    print("\n".join(summaries))
    (HERE / "results-gum.md").write_text(
        "# GUM news: linked entities (person, place, organization)\n\n"
        "Command: `python benchmarks/gum_entities.py`\n\n" + "\n".join(f"- {s}" for s in summaries) + "\n\n"
        + "\n".join(lines) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
