"""Every development article goes through the pipeline and extraction without an exception.

The builder survives a failing article (it reports it and goes on), so a crash in a component
would only show as a missing article; this test makes such a crash fail loudly.
"""

from __future__ import annotations

import json

from kg.articles import normalise_text
from kg.extract import extract


def test_every_dev_article_extracts(shared, nlp):
    failures = []
    lines = (shared / "corpora" / "wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        record = json.loads(line)
        try:
            extract(nlp(normalise_text(record["text"])), record["id"])
        except Exception as exc:  # collected, so that one test names every failing article
            failures.append(f"{record['id']}: {type(exc).__name__}: {exc}")
    assert len(lines) > 200
    assert not failures, "\n".join(failures)
