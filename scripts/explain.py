"""Show what the pipeline sees in a text: sentences, entities, rule matches, relations.

    python scripts/explain.py FILE [FILTER]      # FILTER: only sentences containing this text
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.articles import normalise_text
from kg.extract import extract
from kg.nlp import build_pipeline


def main() -> None:
    text = normalise_text(Path(sys.argv[1]).read_text(encoding="utf-8"))
    needle = sys.argv[2] if len(sys.argv) > 2 else ""
    doc = build_pipeline()(text)
    for sent in doc.sents:
        if needle not in sent.text:
            continue
        print("SENT:", sent.text.strip()[:300].replace("\n", " "))
        print("   ", [(e.text, e.label_, e.kb_id_, e.id_) for e in sent.ents])
        for m in doc._.kg_matches:
            if sent.start <= m.start < sent.end:
                print("    match", m.rule, doc[m.start:m.end].text[:80], "| S:", m.subject is not None and doc[m.subject].text, "O:", m.object is not None and doc[m.object].text)
    for rel in extract(doc, "x").relations:
        if needle in rel.evidence.sentence:
            print(rel.subject, rel.predicate, rel.object, rel.evidence.modality, rel.evidence.rule, rel.evidence.level)


if __name__ == "__main__":
    main()
