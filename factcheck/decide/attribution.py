"""Verdicts for attribution claims (placeholder until implemented)."""
from factcheck.models import Article, Candidate, Claim, Finding, Verdict


def decide(claims: list[Claim], candidates: list[list[Candidate]], article: Article) -> list[Finding]:
    return [Finding(claim, Verdict.UNVERIFIED, "no reference record applies") for claim in claims]
