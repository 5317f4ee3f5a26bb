"""Candidate reference facts for numeric claims, with 0..1 scores.

A fact is a candidate only when its unit is compatible with the claim's
(`factcheck.units`), and never for a number that is a difference ("rose by
6 metres") or a projection ("expects 81.4 million"). Its score says how
well the words around the number describe the fact:

- `statement`: the share of the statement's words found in the sentence,
  each weighted by whose number it is nearest (`claim_context`). Words of
  the name of an entity the fact is about count as found when the sentence
  names it in any accepted spelling, and half when only the article does
  ("The peak, 8,848 metres above sea level" in an article about Everest).
  A statement matched only through such names counts half: "his final UK
  show, watched by 120,000 people" says nothing about the UK's population.
  A year in the statement helps when the sentence has it and is not missed
  when it has not.
- `keywords`: the fact's keywords in the sentence (two make it certain).
- `entities`: the sentence names an entity of the fact (1), only the article does (0.6).

score = unit fit x (0.5 statement + 0.25 keywords + 0.25 entities), the
weights of absent parts (a fact without keywords or entities) going to the
statement; halved when the sentence widens or narrows what is counted
("metropolitan", "annual", "target") and the fact does not say so.
"""
from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz

from factcheck import units
from factcheck.match.claim_context import ClaimContext, claim_contexts
from factcheck.match.fact_index import FactIndex, IndexedFact, fact_index
from factcheck.match.words import index_key, is_year, similar, words_of
from factcheck.models import Article, Candidate, Claim

# what one keyword in the sentence is worth (two make it certain)
KEYWORD_HIT = 0.7
# what the claim's counted noun is worth when the fact counts the same specific thing
UNIT_EVIDENCE = 0.7
# counted nouns too general to say what is counted ("120,000 people" at a concert, in a country)
GENERIC_NOUNS = frozenset({"people", "members", "times", "cases", "units", "items"})
# how much naming (or not naming) the fact's entities weighs on a fact that has entities
WHO_WEIGHT = 0.6
# facts scored per claim, after the cheap word-overlap pre-selection
SHORTLIST = 60
# candidates handed to decide per claim
KEEP = 8
# weight of an entity named in the article but not in the claim's sentence ("the peak", "the
# telescope" in an article about Everest, about Webb)
ARTICLE_ENTITY = 0.8
# words that widen or narrow what a number counts; a fact that does not say
# them must not be checked against a sentence that does
SCOPE_WORDS = frozenset(
    {"metropolitan", "metro", "greater", "region", "regional", "urban", "agglomeration", "province", "county",
     "district", "annual", "monthly", "weekly", "daily", "average", "median", "quarter", "quarterly",
     "target", "goal", "forecast", "projection", "projected"}
)
# how far (characters) from the number a scope word must be to count
SCOPE_REACH = 40
# spaCy entity labels that name someone or something (not dates, numbers, quantities)
_NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    """One list of candidates per claim (best first), aligned with `claims`."""
    reference = getattr(article, "reference", None)
    if reference is None or not reference.facts:
        return [[] for _ in claims]
    index = fact_index(reference)
    document = getattr(article, "document", None)
    in_article = index.entities_in(document.content) if document is not None else set()
    return [_candidates(context, index, in_article) for context in claim_contexts(claims, article)]


def _candidates(context: ClaimContext, index: FactIndex, in_article: set[str]) -> list[Candidate]:
    if context.is_change() or context.is_projection():
        return []
    in_sentence = _NamesInSentence(context, index)
    found: Counter[int] = Counter()
    for key in {index_key(word.stem) for word in context.words}:
        for position in index.postings.get(key, ()):
            found[position] += index.weights[key]
    shortlist = [position for position, _ in found.most_common(SHORTLIST)]
    for entity_id in in_article:  # facts about what the article is about, however the sentence words it
        shortlist.extend(index.by_entity.get(entity_id, ()))
    claim_unit = context.unit
    scored: list[Candidate] = []
    mismatched: list[Candidate] = []
    for position in dict.fromkeys(shortlist):
        entry = index.entry(position)
        fit = units.compatibility(claim_unit, entry.unit)
        details = _score_details(context, entry, index, in_sentence, in_article)
        if fit == 0.0:
            # kept (scored 0) so that decide can say why a well-described fact was not used
            if details["words"] >= 0.6:
                mismatched.append(Candidate(entry.fact, 0.0, {**details, "unit_mismatch": True}))
            continue
        scored.append(Candidate(entry.fact, round(fit * details["words"], 3), {**details, "unit_fit": fit}))
    scored.sort(key=lambda candidate: (-candidate.score, candidate.record.id))
    mismatched.sort(key=lambda candidate: -candidate.details["words"])
    return scored[:KEEP] + mismatched[:1]


def _score_details(
    context: ClaimContext, entry: IndexedFact, index: FactIndex, in_sentence: "_NamesInSentence", in_article: set[str]
) -> dict:
    measure = _measure_coverage(context, entry.measure)
    details: dict = {"measure": round(measure, 3)}
    what = measure
    if _counts_the_same_thing(context.unit, entry.unit):
        # "Netflix, with its 230 million subscribers": the counted noun says what is measured
        what = max(what, UNIT_EVIDENCE)
    if entry.keywords:
        hits = sum(
            _keyword_coverage(context, keyword)
            for keyword, unit in zip(entry.keywords, entry.keyword_units)
            if not _names_the_unit(unit, context.unit)
        )
        keywords = min(1.0, KEYWORD_HIT * hits)
        details["keywords"] = round(keywords, 3)
        # keywords are other words for what the fact measures ("peak", "above sea level" for a height)
        what = max(what, keywords)
    if entry.entities:
        vocabulary = entry.scope | frozenset().union(*(index.name_words(e) for e in entry.entities))
        who = max(_entity_weight(entity_id, vocabulary, in_sentence, in_article) for entity_id in entry.entities)
        details["entities"] = who
        words = what * (1 - WHO_WEIGHT + WHO_WEIGHT * who)
    else:
        words = what
    if _scope_differs(context, entry):
        words /= 2
        details["scope_differs"] = True
    details["words"] = round(words, 3)
    return details


def _measure_coverage(context: ClaimContext, stems: tuple[str, ...]) -> float:
    """The share of the words of what the fact measures that the sentence has, each weighted by
    whose number it is nearest. A year the sentence does not repeat is not counted against it."""
    total, counted = 0.0, 0
    for wanted in stems:
        found = _best_weight(context, wanted)
        if found == 0.0 and is_year(wanted):
            continue
        total, counted = total + found, counted + 1
    return total / counted if counted else 0.0


def _entity_weight(
    entity_id: str, vocabulary: frozenset[str], in_sentence: "_NamesInSentence", in_article: set[str]
) -> float:
    """1 when the sentence names the entity near the number; ARTICLE_ENTITY when the article names it
    and no one else is named near the number; less when the sentence names it nearer another number."""
    here = in_sentence.weight(entity_id)
    if here == 1.0 or entity_id not in in_article or in_sentence.names_someone_else(entity_id, vocabulary):
        return here
    # named in the article, or in this sentence nearer another number, and no one else nearer this one
    return max(here, ARTICLE_ENTITY)


def _counts_the_same_thing(claim_unit: units.Unit, fact_unit: units.Unit) -> bool:
    """The same specific counted noun: "subscribers", "troops", "vehicles"; not just "people"."""
    return (
        claim_unit.kind == fact_unit.kind == units.COUNT
        and bool(claim_unit.key)
        and claim_unit.key == fact_unit.key
        and claim_unit.key not in GENERIC_NOUNS
    )


def _names_the_unit(keyword_unit: units.Unit, claim_unit: units.Unit) -> bool:
    """A keyword that only repeats the claim's unit ("metres", "residents") is no evidence of the fact."""
    if keyword_unit.kind == units.COUNT:
        return bool(claim_unit.key) and keyword_unit.key == claim_unit.key
    return units.compatibility(keyword_unit, claim_unit) > 0


def _keyword_coverage(context: ClaimContext, keyword: tuple[str, ...]) -> float:
    """Whether the sentence has the keyword: every word of a phrase ("base rate": not just "rate")."""
    return min(_best_weight(context, wanted) for wanted in keyword)


def _best_weight(context: ClaimContext, wanted: str) -> float:
    best = 0.0
    for word in context.words:
        if word.weight > best and similar(word.stem, wanted):
            best = word.weight
    return best


class _NamesInSentence:
    """How much the claim's sentence names an entity for this number: 1 named near it, less when
    named nearer another number, 0 not named. A spaCy entity of the sentence within a typo of a
    spelling ("Quershi") names it too."""

    def __init__(self, context: ClaimContext, index: FactIndex) -> None:
        self.context = context
        self.index = index
        self.mentions = index.mentions_in(context.sentence)
        self.weights = {
            entity_id: max(context.weight_at(start, end) for start, end in spans)
            for entity_id, spans in self.mentions.items()
        }

    def names_someone_else(self, entity_id: str, vocabulary: frozenset[str]) -> bool:
        """Whether a name near the number is not `entity_id`'s: another reference entity, a spaCy
        entity that is no date or number, or a proper noun the fact does not use ("iPhone sales"
        in an article about Apple's revenue)."""
        own = self.mentions.get(entity_id, ())
        reach = min((self._distance(start, end) for start, end in own), default=None)
        others = [span for other, spans in self.mentions.items() if other != entity_id for span in spans]
        names = [(start, end) for start, end, label in self.context.entities if label in _NAME_LABELS]
        # a proper noun inside a spaCy entity is judged with the whole entity ("Summer Olympics")
        inside = [(start, end) for start, end, _ in self.context.entities]
        proper_nouns = [
            (start, end) for start, end in self.context.proper_nouns
            if not any(low <= start and end <= high for low, high in inside)
        ]
        spellings = [spelling.casefold() for spelling in self.index.spellings.get(entity_id, ())]
        for start, end in (*others, *names, *proper_nouns):
            if self.context.start <= start < self.context.end:
                continue
            if reach is None and self.context.weight_at(start, end) < 1.0:
                continue  # the entity is only in the article: a name nearer another number does not count
            if reach is not None and self._distance(start, end) >= reach:
                continue  # the entity is in the sentence, nearer this number than the other name
            text = self.context.sentence[start:end]
            folded = text.casefold()
            if any(spelling in folded or folded in spelling for spelling in spellings):
                continue
            if any(word in vocabulary for word in words_of(text)):
                continue  # "Summer Olympics" in an article about the Tokyo Olympics
            return True
        return False

    def _distance(self, start: int, end: int) -> int:
        return self.context.start - end if end <= self.context.start else max(0, start - self.context.end)

    def weight(self, entity_id: str) -> float:
        if entity_id not in self.weights:
            near = any(
                len(spelling) >= 4 and fuzz.ratio(text.casefold(), spelling.casefold()) >= 88
                for spelling in self.index.spellings.get(entity_id, ())
                for text in self.context.entity_texts
            )
            self.weights[entity_id] = 1.0 if near else 0.0
        return self.weights[entity_id]


def _scope_differs(context: ClaimContext, entry: IndexedFact) -> bool:
    """The sentence widens or narrows the count ("metropolitan", "annual") and the fact does not say so."""
    clause_start, clause_end = context.clause()
    near = {
        word.stem for word in context.words
        if word.weight == 1.0 and clause_start <= word.start < clause_end
        and context.start - SCOPE_REACH <= word.start <= context.end + SCOPE_REACH
    }
    return bool((near & SCOPE_WORDS) - entry.scope)
