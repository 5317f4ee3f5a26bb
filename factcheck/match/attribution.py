"""The reference person an attribution names.

The name is looked up like a name mention (accepted spellings first, then
near misses, so that a misspelled name still has its title checked). When a
short name fits several people ("Khan"), those the article names in full
come first.
"""
from __future__ import annotations

from factcheck.extract.names import mentions
from factcheck.match.names import candidates_for, named_in_full
from factcheck.models import Article, Candidate, Claim
from factcheck.reference.index import name_index


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    index = name_index(article.reference)
    min_similarity = article.config.name_min_similarity
    named = named_in_full(index, [mention.name for mention in mentions(article)])
    results = []
    for claim in claims:
        options = [
            candidate
            for candidate in candidates_for(claim.name or "", index, min_similarity, named)
            if candidate.record.type == "person"
        ]
        options.sort(key=lambda candidate: (candidate.record.id not in named, -candidate.score))
        results.append(options)
    return results
