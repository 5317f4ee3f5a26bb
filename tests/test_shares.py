"""A share the article works out from its own numbers must agree with them (whatever the reference holds)."""
from __future__ import annotations

import pytest

from factcheck.config import Config
from factcheck.documents import document_from_text
from factcheck.pipeline import Checker
from factcheck.reference.model import Reference


@pytest.fixture(scope="module")
def checker():
    return Checker(Reference("empty", (), ()), Config())


def share_finding(checker, text: str, share: str):
    result = checker.check(document_from_text(text))
    [finding] = [f for f in result.findings if f.claim.kind == "numeric" and share in f.claim.text]
    return finding


@pytest.mark.parametrize("text, share, conflicting", [
    ("Of the 72,098 MHz of spectrum on offer, 51,236 MHz, or 81 percent, found buyers.", "81 percent", True),
    ("Of the 72,098 MHz of spectrum on offer, 51,236 MHz, or 71 percent, found buyers.", "71 percent", False),
    # each number at the precision it was written: 5.1 of 7.2 million may be 70 or 71 percent
    ("Some 5.1 million of the 7.2 million voters, or 71 percent, cast a ballot.", "71 percent", False),
    ("Of the 40 members present, 26 members, or 55 percent, voted for the motion.", "55 percent", True),
    ("Of the 40 members present, 26 members, or 65 percent, voted for the motion.", "65 percent", False),
])
def test_a_share_must_agree_with_the_article_s_own_part_and_whole(checker, text, share, conflicting):
    finding = share_finding(checker, text, share)
    assert (finding.verdict.value == "conflicting") is conflicting, finding.message
    if conflicting:
        assert "disagrees with the article's own figures" in finding.message and "of" in finding.message
    if "81 percent" in text:
        assert "51,236 MHz of 72,098 MHz is 71.1 percent" in finding.message, finding.message
