"""Candidate reference records for attribution claims (placeholder until implemented)."""
from factcheck.models import Article, Candidate, Claim


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    return [[] for _ in claims]
