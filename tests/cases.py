"""Case builders the rule tests share: ``case()`` for what a sentence must give, ``absent()`` for what it must not.

Triples are ``(subject label, predicate, object label[, modality])``; symmetric predicates are compared
in one canonical direction (:func:`pair`).
"""

from __future__ import annotations

import pytest

SYMMETRIC = frozenset({"meetsWith", "signsAgreementWith", "allyOf", "partnerOf", "inConflictWith", "borders"})
A = "asserted"


def pair(s: str, p: str, o: str) -> tuple[str, str, str]:
    """A symmetric triple in one canonical direction."""
    return (min(s, o), p, max(s, o)) if p in SYMMETRIC else (s, p, o)


def norm(s: str, p: str, o: str, m: str) -> tuple[str, str, str, str]:
    return (*pair(s, p, o), m)


def case(rule: str, text: str, *expected: tuple[str, str, str, str], id: str | None = None, bug: str | None = None):
    marks = [pytest.mark.xfail(reason=bug, strict=True)] if bug else []
    return pytest.param(rule, text, expected, id=id or rule, marks=marks)


def absent(text: str, *missing: tuple[str, str, str], present: tuple[str, str, str] | None = None, id: str, bug: str | None = None):
    marks = [pytest.mark.xfail(reason=bug, strict=True)] if bug else []
    return pytest.param(text, missing, present, id=id, marks=marks)


def assert_extracted(found: dict[tuple[str, str, str, str], set[str]], rule: str, expected: tuple[tuple[str, str, str, str], ...]) -> None:
    """Each expected triple is in ``found`` (the ``hits`` fixture's result) and came from ``rule``."""
    for triple in expected:
        key = norm(*triple)
        assert key in found, f"{triple} not in {sorted(found)}"
        assert rule in found[key], f"{triple} came from {found[key]}, not {rule}"


def assert_absent(found: dict[tuple[str, str, str, str], set[str]], missing: tuple[tuple[str, str, str], ...],
                  present: tuple[str, str, str] | None) -> None:
    """No missing triple is in ``found``, whatever its modality; the present one (if any) is."""
    triples = {(s, p, o) for s, p, o, _ in found}
    for triple in missing:
        assert pair(*triple) not in triples
    if present:
        assert pair(*present) in triples
