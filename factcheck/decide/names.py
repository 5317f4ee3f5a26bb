"""Verdicts for name mentions: against the reference first, then against the article itself.

Rules, in order, for each mention:

1. A one-word mention ("Khalilzad", "Mr. Quershi") whose word is the
   surname of a fuller mention in the same article follows that mention's
   reading: right if spelled as the entity it resolved to, a misspelling of
   that entity otherwise, unknown if the fuller mention is unknown.
2. An accepted reference spelling is `consistent`.
3. A near miss of a reference spelling is `conflicting`, with the reference
   spelling as suggestion and the line where the article spells it right.
   A one-word near miss also needs the entity named correctly elsewhere in
   the article, or a very close spelling. A mention spelled as a well-known
   place ("the space shuttle Columbia", "Colombo") is a real name, not a
   misspelling of a similar one ("Colombia"): `unverified`, unless it is
   a person's name close to a reference person's: with an honorific ("Mr.
   Lowell") or read as a person ("Lowell said", after "Jerome Powell").
4. Mentions of people the reference does not know are clustered; the
   spelling of the fullest mention (else the majority) is canonical and the
   odd variants are `conflicting` (unless given in parentheses after the
   canonical spelling, "Jinniushi (sometimes spelled Jinniushan)"); the
   rest are `unverified`.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from factcheck.models import Article, Candidate, Claim, Finding, Verdict
from factcheck.place_names import is_place_name
from factcheck.reference.index import mention_words, name_units, near_score

# A one-word near miss of an entity the article never names correctly must be at least this close.
LONE_WORD_MIN_SCORE = 0.9


@dataclass
class Reading:
    """How one mention resolved: "exact", "near", "article" (variant inside the article), "place" or "unknown".

    "place": a near miss of `candidate` spelled as a real place of its own."""

    kind: str
    candidate: Candidate | None = None
    suggestion: str | None = None
    score: float = 0.0
    model: int | None = None  # for "article": the mention whose spelling is canonical


def decide(claims: list[Claim], candidates: list[list[Candidate]], article: Article) -> list[Finding]:
    return NameDecisions(claims, candidates, article).findings()


class NameDecisions:
    def __init__(self, claims: list[Claim], candidates: list[list[Candidate]], article: Article) -> None:
        self.claims = claims
        self.candidates = candidates
        self.article = article
        self.min_similarity = article.config.name_min_similarity
        self.words = [mention_words(claim.name or claim.text) for claim in claims]
        self.readings: list[Reading | None] = [None] * len(claims)
        self.named_right = {
            candidate.record.id
            for options in candidates
            for candidate in options
            if candidate.details.get("exact") and len(options) == 1
        }

    def findings(self) -> list[Finding]:
        order = sorted(range(len(self.claims)), key=lambda i: len(self.words[i]) < 2)
        for i in order:  # fuller mentions first: one-word mentions may follow them
            self.readings[i] = self._read(i)
        self._cluster_unknown_people()
        return [self._finding(i) for i in range(len(self.claims))]

    # -- reading each mention -------------------------------------------------

    def _read(self, i: int) -> Reading:
        options = self.candidates[i]
        exact = [candidate for candidate in options if candidate.details.get("exact")]
        if len(self.words[i]) == 1:
            followed = self._follow_fuller_mention(i, exact)
            if followed is not None:
                return followed
        if exact:
            return Reading("exact", self._preferred(exact), score=1.0)
        near = sorted(options, key=lambda candidate: (candidate.record.id in self.named_right, candidate.score))
        if near:
            best = near[-1]
            lone_word = len(self.words[i]) == 1
            if not lone_word or best.record.id in self.named_right or best.score >= LONE_WORD_MIN_SCORE:
                if self._names_a_place_of_its_own(i, best):
                    return Reading("place", best, best.details.get("form"))
                return Reading("near", best, best.details.get("form"), best.score)
        return Reading("unknown")

    def _names_a_place_of_its_own(self, i: int, best: Candidate) -> bool:
        """Is the mention a well-known place's name, and nothing marks it as the person `best` misspelt?"""
        claim = self.claims[i]
        if not is_place_name(claim.name or claim.text) or claim.details.get("honorific"):
            return False
        # "Lowell said" after "Jerome Powell": read as a person, it is his name misspelt.
        return not (best.record.type == "person" and claim.label == "PERSON")

    def _preferred(self, exact: list[Candidate]) -> Candidate:
        """Of several entities a spelling fits, the one the article names in full."""
        return max(exact, key=lambda candidate: candidate.record.id in self.named_right)

    def _follow_fuller_mention(self, i: int, exact: list[Candidate]) -> Reading | None:
        surname = self.words[i][-1]
        # Only people are named by their last word: "Australia" after "Reserve Bank of Australia"
        # is the country, not a short form of the bank.
        fuller = [
            self.readings[j]
            for j in range(len(self.claims))
            if len(self.words[j]) > 1 and self.words[j][-1] == surname and self.readings[j] is not None
            and self._names_a_person(j)
        ]
        if not fuller:
            return None
        # A fuller mention that names a place of its own says nothing about whom the word names.
        if all(reading.kind in ("unknown", "place") for reading in fuller):
            return Reading("unknown")
        entities = {reading.candidate.record.id for reading in fuller if reading.candidate is not None}
        if len(entities) != 1 or any(reading.kind in ("unknown", "place") for reading in fuller):
            return None
        [entity_id] = entities
        for candidate in exact:
            if candidate.record.id == entity_id:
                return Reading("exact", candidate, score=1.0)
        resolved = next(reading for reading in fuller if reading.candidate is not None)
        entity = resolved.candidate.record
        for candidate in self.candidates[i]:
            if candidate.record.id == entity_id:
                return Reading("near", candidate, candidate.details.get("form"), candidate.score)
        surname_form = name_units(resolved.suggestion or entity.name)[-1]
        return Reading("near", Candidate(entity, resolved.score, {"form": surname_form}), surname_form, resolved.score)

    # -- people the reference does not know ------------------------------------

    def _names_a_person(self, i: int) -> bool:
        reading = self.readings[i]
        if reading.candidate is not None:
            return reading.candidate.record.type == "person"
        return self._is_person(i)

    def _is_person(self, i: int) -> bool:
        return self.claims[i].label == "PERSON" or bool(self.claims[i].details.get("honorific"))

    def _cluster_unknown_people(self) -> None:
        unknown = [i for i, reading in enumerate(self.readings) if reading.kind == "unknown" and self._is_person(i)]
        clusters: list[list[int]] = []
        for i in sorted(unknown, key=lambda i: (len(self.words[i]) < 2, i)):
            homes = [cluster for cluster in clusters if self._belongs(i, cluster)]
            if len(homes) == 1:
                homes[0].append(i)
            elif not homes:
                clusters.append([i])
        for cluster in clusters:
            self._settle(sorted(cluster))

    def _belongs(self, i: int, cluster: list[int]) -> bool:
        words = self.words[i]
        for j in cluster:
            other = self.words[j]
            if len(words) == len(other):
                if words == other or near_score(words, other, self.min_similarity):
                    return True
            elif len(words) == 1:
                if words[-1] == other[-1] or near_score(words[-1:], other[-1:], self.min_similarity):
                    return True
        return False

    def _settle(self, cluster: list[int]) -> None:
        """Pick the cluster's canonical spelling; mark the variants."""
        fullest = max(len(self.words[i]) for i in cluster)
        spellings = Counter(self.words[i] for i in cluster if len(self.words[i]) == fullest)
        top = max(spellings.values())
        canonical = next(self.words[i] for i in cluster if spellings.get(self.words[i]) == top)
        model = next(i for i in cluster if self.words[i] == canonical)
        for i in cluster:
            words = self.words[i]
            expected = canonical if len(words) == len(canonical) else canonical[-1:]
            compared = words if len(words) == len(canonical) else words[-1:]
            if compared == expected or self._given_as_variant(model, i):
                continue
            name = self.claims[model].name or self.claims[model].text
            suggestion = name if len(words) == len(canonical) else name_units(name)[-1]
            scored = near_score(compared, expected, self.min_similarity)
            self.readings[i] = Reading("article", None, suggestion, scored[0] if scored else 0.0, model)

    def _given_as_variant(self, model: int, i: int) -> bool:
        """ "Jinniushi (sometimes spelled Jinniushan)": a variant the writer gives on purpose."""
        first, second = sorted((self.claims[model], self.claims[i]), key=lambda claim: claim.start)
        between = self.article.document.text[first.end:second.start]
        return "(" in between and ")" not in between and len(between) < 60

    # -- findings --------------------------------------------------------------

    def _line(self, i: int) -> int:
        return self.article.document.line_column(self.claims[i].start)[0]

    def _finding(self, i: int) -> Finding:
        claim = self.claims[i]
        reading = self.readings[i]
        said = claim.name or claim.text
        if reading.kind == "exact":
            entity = reading.candidate.record
            if said == entity.name:
                message = f"'{said}' is spelled as in the reference"
            else:
                message = f"'{said}' agrees with the reference spelling '{entity.name}'"
            return Finding(claim, Verdict.CONSISTENT, message, reference=reference_of(entity), score=1.0)
        if reading.kind == "near":
            entity = reading.candidate.record
            where = self._line_spelled_right(i, entity.id, reading.suggestion)
            message = f"'{said}' is spelled '{reading.suggestion}' in the reference"
            if where:
                message += f" and in line {where}"
            elif reading.suggestion != entity.name:
                message += f" ('{entity.name}')"
            return Finding(
                claim, Verdict.CONFLICTING, message, reading.suggestion, reference_of(entity), reading.score
            )
        if reading.kind == "place":
            message = (
                f"'{said}' is not in the reference; it is a place's name in its own right,"
                f" not a misspelling of '{reading.suggestion}'"
            )
            return Finding(claim, Verdict.UNVERIFIED, message, score=0.0)
        if reading.kind == "article":
            line = self._line(reading.model)
            message = f"'{said}' is spelled '{reading.suggestion}' in line {line}; the reference has no such name"
            return Finding(claim, Verdict.CONFLICTING, message, reading.suggestion, None, reading.score)
        return Finding(claim, Verdict.UNVERIFIED, f"'{said}' is not in the reference", score=0.0)

    def _line_spelled_right(self, i: int, entity_id: str, suggestion: str | None) -> int | None:
        """The first line where the article itself spells the suggested words as the reference does."""
        wanted = set(mention_words(suggestion or ""))
        for j, reading in enumerate(self.readings):
            if j == i or reading.kind != "exact" or reading.candidate.record.id != entity_id:
                continue
            if wanted <= set(self.words[j]):
                return self._line(j)
        return None


def reference_of(entity) -> dict:
    record = {"id": entity.id, "name": entity.name}
    if entity.source:
        record["source"] = entity.source
    return record
