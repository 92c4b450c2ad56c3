"""``kg evaluate``: score a built graph against gold relations.

Gold files follow ``vocabulary.md``: tab-separated ``article subject predicate
object level modality evidence``, names as ``Name / Alt|Q-id``, ``!`` marking a
negative (the triple must not be a plain triple). A graph's prediction for an
article is every relation with asserted, planned or reported evidence from that
article. An entity matches a gold name when their Q-ids agree or when one of
the gold names is the entity's label or one of its aliases (case-insensitive).
Symmetric predicates match in either direction.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import GoldFormatError
from kg.ontology import MODALITIES, PREDICATES, symmetric_predicates
from kg.sparql import internal_query, run_query


@dataclass(frozen=True)
class GoldName:
    names: frozenset[str]
    qid: str

    @classmethod
    def parse(cls, text: str) -> "GoldName":
        names, _, qid = text.partition("|")
        return cls(frozenset(norm(n) for n in names.split(" / ") if n.strip()), qid.strip())

    def __str__(self) -> str:
        return " / ".join(sorted(self.names)) + (f"|{self.qid}" if self.qid else "")


@dataclass(frozen=True)
class GoldLine:
    article: str
    subject: GoldName
    predicate: str
    object: GoldName
    level: str
    modality: str
    negative: bool
    evidence: str
    line: int


@dataclass(frozen=True)
class GraphEntity:
    iri: str
    label: str
    names: frozenset[str]
    qid: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    overall: Score = field(default_factory=Score)
    by_predicate: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_level: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[GoldLine] = field(default_factory=list)
    false_positives: list[tuple[str, str, str, str]] = field(default_factory=list)
    negatives_violated: list[GoldLine] = field(default_factory=list)
    negatives: int = 0
    articles: int = 0
    articles_missing: list[str] = field(default_factory=list)

    @classmethod
    def combine(cls, parts: list["Evaluation"]) -> "Evaluation":
        """One evaluation of several (gold files scored against different graphs): counts add up."""
        out = cls()
        for part in parts:
            for total, score in [(out.overall, part.overall)] + \
                    [(out.by_predicate[k], v) for k, v in part.by_predicate.items()] + [(out.by_level[k], v) for k, v in part.by_level.items()]:
                total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
            out.misses += part.misses
            out.false_positives += part.false_positives
            out.negatives_violated += part.negatives_violated
            out.negatives += part.negatives
            out.articles += part.articles
            out.articles_missing += part.articles_missing
        return out


def norm(name: str) -> str:
    """Fold case, accents, quotes and a leading "the" for name comparison."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii") or name
    text = text.casefold().replace("’", "'").replace("‐", "-").strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


def read_gold(path: Path | str) -> list[GoldLine]:
    """Parse a gold file; raise :class:`GoldFormatError` naming the file and line of a bad line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"{path}: cannot read gold file ({exc.strerror or exc})") from exc
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) < 6:
            raise GoldFormatError(f"{path}:{number}: expected 7 tab-separated fields, found {len(parts)}")
        article, subject, predicate, obj, level, modality = (p.strip() for p in parts[:6])
        negative = predicate.startswith("!")
        predicate = predicate.lstrip("!")
        if predicate not in PREDICATES:
            raise GoldFormatError(f"{path}:{number}: unknown predicate {predicate!r}")
        if modality not in MODALITIES:
            raise GoldFormatError(f"{path}:{number}: unknown modality {modality!r}")
        lines.append(GoldLine(article, GoldName.parse(subject), predicate, GoldName.parse(obj), level, modality,
                              negative, parts[6].strip() if len(parts) > 6 else "", number))
    return lines


def graph_predictions(graph: Graph) -> tuple[dict[str, set[tuple[str, str, str]]], dict[str, GraphEntity]]:
    """Per article identifier, the (subject, predicate, object) IRIs it supports as plain triples."""
    entities: dict[str, GraphEntity] = {}
    names: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    qids: dict[str, str] = {}
    for entity, label, alias, same in run_query(graph, internal_query("entity-names")).rows:
        key = str(entity)
        labels[key] = str(label)
        names[key].add(norm(str(label)))
        if alias is not None:
            names[key].add(norm(str(alias)))
        if same is not None:
            qids[key] = str(same).rsplit("/", 1)[-1]
    for key in labels:
        entities[key] = GraphEntity(key, labels[key], frozenset(names[key]), qids.get(key, ""))
    predictions: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for article, s, p, o in run_query(graph, internal_query("article-relations")).rows:
        predictions[str(article)].add((str(s), str(p).rsplit("#", 1)[-1], str(o)))
    return predictions, entities


def _matches(entity: GraphEntity | None, gold: GoldName) -> bool:
    if entity is None:
        return False
    if gold.qid and entity.qid:
        return gold.qid == entity.qid
    return bool(gold.names & entity.names)


def evaluate(gold: list[GoldLine], graph: Graph) -> Evaluation:
    """Score ``graph`` against ``gold`` (only the gold's articles are scored)."""
    predictions, entities = graph_predictions(graph)
    symmetric = symmetric_predicates()
    result = Evaluation()
    by_article: dict[str, list[GoldLine]] = defaultdict(list)
    for line in gold:
        by_article[line.article].append(line)
    result.articles = len(by_article)
    for article, lines in sorted(by_article.items()):
        if article not in predictions:
            result.articles_missing.append(article)
        predicted = predictions.get(article, set())

        def hit(line: GoldLine, triple: tuple[str, str, str]) -> bool:
            s, p, o = triple
            if p != line.predicate:
                return False
            forward = _matches(entities.get(s), line.subject) and _matches(entities.get(o), line.object)
            backward = p in symmetric and _matches(entities.get(o), line.subject) and _matches(entities.get(s), line.object)
            return forward or backward

        positives = _dedupe([line for line in lines if not line.negative])
        for line in (line for line in lines if line.negative):
            result.negatives += 1
            if any(hit(line, t) for t in predicted):
                result.negatives_violated.append(line)
        for line in positives:
            found = any(hit(line, t) for t in predicted)
            for score in (result.overall, result.by_predicate[line.predicate], result.by_level[line.level]):
                if found:
                    score.tp += 1
                else:
                    score.fn += 1
            if not found:
                result.misses.append(line)
        for triple in sorted(predicted):
            if not any(hit(line, triple) for line in positives):
                result.overall.fp += 1
                result.by_predicate[triple[1]].fp += 1
                s, p, o = triple
                result.false_positives.append((article, entities[s].label if s in entities else s, p, entities[o].label if o in entities else o))
    return result


def _dedupe(lines: list[GoldLine]) -> list[GoldLine]:
    seen, out = set(), []
    for line in lines:
        key = (line.subject, line.predicate, line.object)
        if key not in seen:
            seen.add(key)
            out.append(line)
    return out


def format_evaluation(result: Evaluation, *, details: bool = True) -> str:
    """A readable report; the last four lines are the summary."""
    out: list[str] = []
    if details:
        if result.articles_missing:
            out.append(f"articles in the gold but not in the graph ({len(result.articles_missing)}): {', '.join(result.articles_missing)}")
        out.append("per predicate:              P      R      TP  FP  FN")
        for predicate in PREDICATES:
            s = result.by_predicate.get(predicate)
            if s and s.tp + s.fp + s.fn:
                out.append(f"  {predicate:<24}{s.precision:6.2f} {s.recall:6.2f}  {s.tp:3d} {s.fp:3d} {s.fn:3d}")
        out.append(f"misses ({len(result.misses)}):")
        out += [f"  {m.article}\t{m.subject}\t{m.predicate}\t{m.object}\t{m.level}" for m in result.misses]
        out.append(f"false positives ({len(result.false_positives)}):")
        out += [f"  {a}\t{s}\t{p}\t{o}" for a, s, p, o in result.false_positives]
        if result.negatives_violated:
            out.append("negatives violated:")
            out += [f"  {m.article}\t{m.subject}\t!{m.predicate}\t{m.object}" for m in result.negatives_violated]
    o, e, c = result.overall, result.by_level.get("E", Score()), result.by_level.get("C", Score())
    out.append(f"articles {result.articles}  gold {o.tp + o.fn}  predicted {o.tp + o.fp}")
    out.append(f"precision {o.precision:.3f}  recall {o.recall:.3f}  F1 {o.f1:.3f}")
    out.append(f"recall E {e.recall:.3f} ({e.tp}/{e.tp + e.fn})  recall C {c.recall:.3f} ({c.tp}/{c.tp + c.fn})")
    out.append(f"negatives violated {len(result.negatives_violated)} of {result.negatives}")
    return "\n".join(out)


def evaluation_json(result: Evaluation) -> str:
    def score(s: Score) -> dict:
        return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}

    return json.dumps({
        "overall": score(result.overall),
        "by_level": {k: score(v) for k, v in sorted(result.by_level.items())},
        "by_predicate": {k: score(v) for k, v in sorted(result.by_predicate.items())},
        "negatives": result.negatives,
        "negatives_violated": len(result.negatives_violated),
    }, indent=2)
