"""Claim extractors, each a small registered unit with a dotted id.

An extractor is `fn(article) -> list[Claim]`; register it with
`@extractor("family.name")`. A step that needs the spaCy pipeline changed
(an entity ruler, say) also registers `@preparer`, called once per
(pipeline, reference) pair.
"""
from __future__ import annotations

from typing import Callable

from factcheck.models import Article, Claim

Extractor = Callable[[Article], list[Claim]]

EXTRACTORS: dict[str, Extractor] = {}
PREPARERS: list[Callable] = []


def extractor(check_id: str) -> Callable[[Extractor], Extractor]:
    def register(function: Extractor) -> Extractor:
        EXTRACTORS[check_id] = function
        return function

    return register


def preparer(function: Callable) -> Callable:
    PREPARERS.append(function)
    return function


def extract_claims(article: Article, checks: tuple[str, ...] = ()) -> list[Claim]:
    """Every claim in the article, in text order."""
    claims: list[Claim] = []
    for check_id, function in EXTRACTORS.items():
        if checks and not any(check_id == c or check_id.startswith(c + ".") for c in checks):
            continue
        claims.extend(function(article))
    return sorted(claims, key=lambda claim: (claim.start, claim.end, claim.kind))


# Importing the modules registers their extractors.
from factcheck.extract import attribution, names, numeric  # noqa: E402,F401
