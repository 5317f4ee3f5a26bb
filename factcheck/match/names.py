"""Reference entities a name mention may be: exact spellings first, near misses otherwise.

A mention that is an accepted spelling of one or more entities (name,
alias, or a person's short form) gets those entities with score 1.0 and
`details["exact"] = True`; it is never also offered as a misspelling of a
different entity. Otherwise every entity with a spelling close enough to be
a typo or transliteration is a candidate, with the similarity as its score.

A common surname may fit thousands of people in a large dataset: at most
`MAX_CANDIDATES` are kept, those the article names in full first.
"""
from __future__ import annotations

from factcheck.models import Article, Candidate, Claim
from factcheck.reference.index import Form, NameIndex, mention_words, name_index

MAX_CANDIDATES = 50


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    index = name_index(article.reference)
    min_similarity = article.config.name_min_similarity
    named = named_in_full(index, [claim.name or claim.text for claim in claims])
    return [candidates_for(claim.name or claim.text, index, min_similarity, named) for claim in claims]


def named_in_full(index: NameIndex, names: list[str]) -> frozenset[str]:
    """Ids of the entities that some name of two or more words in the article spells exactly."""
    return frozenset(
        form.entity.id for name in names if len(mention_words(name)) > 1 for form in index.exact(name)
    )


def candidates_for(
    name: str, index: NameIndex, min_similarity: float, prefer: frozenset[str] = frozenset()
) -> list[Candidate]:
    exact = index.exact(name) or index.exact(f"the {name}")
    if exact:
        unique: dict[str, Form] = {}
        for form in sorted(exact, key=lambda form: form.entity.id not in prefer):
            if len(unique) >= MAX_CANDIDATES:
                break
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
        for near in index.near(name, min_similarity, prefer, MAX_CANDIDATES)
    ]
