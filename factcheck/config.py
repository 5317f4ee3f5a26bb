"""One frozen Config carries every tunable setting through the pipeline."""
from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Config:
    model: str | None = None
    # numeric: a fact must score at least this to decide a claim
    numeric_min_score: float = 0.55
    # numeric: two facts within this score of each other are ambiguous
    numeric_ambiguity_margin: float = 0.05
    # numeric: "about", "nearly", "almost" allow this relative margin
    approximate_margin: float = 0.10
    # names: similarity (0..1) from which a near-miss spelling is a misspelling
    name_min_similarity: float = 0.85
    checks: tuple[str, ...] = field(default=())  # empty: every registered check

    def with_(self, **changes) -> "Config":
        return replace(self, **changes)
