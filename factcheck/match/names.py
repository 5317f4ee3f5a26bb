"""Reference entities a name mention may be: exact spellings first, near misses otherwise.

A mention that is an accepted spelling of one or more entities (name,
alias, or a person's short form) gets those entities with score 1.0 and
`details["exact"] = True`; it is never also offered as a misspelling of a
different entity. Otherwise every entity with a spelling close enough to be
a typo or transliteration is a candidate, with the similarity as its score.
"""
from __future__ import annotations

from factcheck.models import Article, Candidate, Claim
from factcheck.reference.index import NameIndex, name_index


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    index = name_index(article.reference)
    min_similarity = article.config.name_min_similarity
    return [candidates_for(claim.name or claim.text, index, min_similarity) for claim in claims]


def candidates_for(name: str, index: NameIndex, min_similarity: float) -> list[Candidate]:
    exact = index.exact(name) or index.exact(f"the {name}")
    if exact:
        unique = {}
        for form in exact:
            unique.setdefault(form.entity.id, form)
        return [
            Candidate(form.entity, 1.0, {"exact": True, "form": form.text, "kind": form.kind})
            for form in unique.values()
        ]
    return [
        Candidate(
            near.form.entity,
            near.score,
            {"exact": False, "form": near.form.text, "kind": near.form.kind, "differing": near.differing},
        )
        for near in index.near(name, min_similarity)
    ]
