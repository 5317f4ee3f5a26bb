"""Labelled articles (tests/data/verdicts): every numeric claim gets its expected verdict.

The claims are built from the gold file (text, value, unit, qualifier), so
the test measures matching and deciding, not extraction. The same articles
also run through the whole pipeline: no claim the extractor finds may be
called conflicting unless the gold file says so.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.config import Config
from factcheck.decide.numeric import decide
from factcheck.documents import read_document
from factcheck.match.numeric import match
from factcheck.models import Claim
from factcheck.reference import load_reference

DATA = Path(__file__).resolve().parent / "data" / "verdicts"
GOLD = yaml.safe_load((DATA / "gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def checker():
    from factcheck.pipeline import Checker

    return Checker(load_reference(DATA / "reference"), Config())


def gold_claims(document, article, entries) -> list[Claim]:
    claims = []
    for entry in entries:
        start = document.text.index(entry["text"])
        value = entry["value"]
        value = tuple(float(v) for v in value) if isinstance(value, list) else float(value)
        claims.append(Claim(
            "numeric", "numeric.quantity", entry["text"], start, start + len(entry["text"]),
            article.sentence_of(start), value, entry["unit"], entry["qualifier"],
        ))
    return claims


@pytest.mark.parametrize("name", sorted(GOLD))
def test_every_claim_gets_its_expected_verdict(checker, name):
    document = read_document(str(DATA / "articles" / name))
    article = checker.article(document)
    claims = gold_claims(document, article, GOLD[name])
    findings = decide(claims, match(claims, article), article)
    got = [(finding.claim.text, finding.verdict.value) for finding in findings]
    expected = [(entry["text"], entry["verdict"]) for entry in GOLD[name]]
    assert got == expected, "\n".join(finding.message for finding in findings)


@pytest.mark.parametrize("name", sorted(GOLD))
def test_the_pipeline_calls_nothing_else_conflicting(checker, name):
    document = read_document(str(DATA / "articles" / name))
    result = checker.check(document)
    planted = {entry["text"] for entry in GOLD[name] if entry["verdict"] == "conflicting"}
    conflicting = [f for f in result.findings if f.claim.kind == "numeric" and f.verdict.value == "conflicting"]
    assert all(any(text in f.claim.text or f.claim.text in text for text in planted) for f in conflicting), [
        f.message for f in conflicting
    ]
