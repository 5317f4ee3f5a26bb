"""Candidate reference facts for numeric claims, with 0..1 scores.

A fact is a candidate only when its unit is compatible with the claim's
(`factcheck.units`). Its score says how well the words around the number
describe the fact:

- the fact's `statement` words found in the sentence (the core of the score);
- its `keywords` and the `entities` it is about, mentioned in the sentence;
- how closely the units fit (the same noun, a synonym, a conversion).

A word counts fully for the number it is nearest to; in a sentence with
several numbers ("14,000 troops in Afghanistan and 5,000 in Iraq") a word
nearer another number counts only a little. Facts are found through an index
of their words built once per reference dataset, so a large dataset is not
scanned for every claim.
"""
from __future__ import annotations

import math
import re
import weakref
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from factcheck import units
from factcheck.models import Article, Candidate, Claim
from factcheck.reference.model import Fact, Reference

# a word that belongs to another number in the same sentence counts this much
OTHER_NUMBER_WEIGHT = 0.35
# each clause boundary between a word and a number counts as this many words
CLAUSE_DISTANCE = 4
# facts scored per claim, after the cheap word-overlap pre-selection
SHORTLIST = 60
# candidates handed to decide per claim
KEEP = 8
# two word forms this similar (0..100) are the same word ("Ethiopian", "Ethiopia"),
# but not "Austria" and "Australia" (87.5)
WORD_SIMILARITY = 90
# words that widen or narrow what a number counts; a fact that does not say
# them must not be checked against a sentence that does
SCOPE_WORDS = frozenset(
    {"metropolitan", "metro", "greater", "region", "regional", "urban", "agglomeration", "province", "county",
     "district", "annual", "monthly", "weekly", "daily", "average", "median"}
)
STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or as is are was were be been being that this these those
    its it their his her our than then about over under more less some all any each per into out up down
    has have had will would could should may might can do does did not no nor so such very also just only
    which who whom whose what when where while during after before between since until""".split()
)
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z]|\.(?=[A-Za-z]\.))*\.?|[A-Za-z]+(?:['\u2019][a-z]+)?")
_CLAUSE_BREAK = re.compile(r"[;:,\u2014\u2013]|\b(?:and|but|while|whereas|although|against)\b", re.I)
_SHARE_WORDS = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|one in)\b", re.I)


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    """One list of candidates per claim (best first), aligned with `claims`."""
    reference = article.reference
    if reference is None or not reference.facts:
        return [[] for _ in claims]
    index = fact_index(reference)
    contexts = [claim_context(claim, article) for claim in claims]
    _assign_other_numbers(contexts)
    return [_candidates(context, index) for context in contexts]


# --- what the sentence says around one claim ---------------------------------------------------


@dataclass
class ClaimContext:
    """A claim located in its sentence, with the sentence's words."""

    claim: Claim
    sentence: str
    sentence_start: int  # offset of the sentence in the file
    start: int  # the claim's offsets inside `sentence`
    end: int
    entity_texts: tuple[str, ...] = ()
    words: list["_Word"] = field(default_factory=list)
    others: list[tuple[int, int]] = field(default_factory=list)  # other numbers in the sentence

    @property
    def unit(self) -> units.Unit:
        return claim_unit(self.claim)


@dataclass
class _Word:
    stem: str
    start: int
    end: int
    weight: float = 1.0


def claim_context(claim: Claim, article: Article | None) -> ClaimContext:
    """The claim's sentence (from the spaCy Doc when there is one) and its position in it."""
    doc = getattr(article, "doc", None) if article is not None else None
    span = None
    if doc is not None:
        span = doc.char_span(claim.start, max(claim.end, claim.start + 1), alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        sent = span.sent
        entity_texts = tuple(ent.text for ent in sent.ents)
        context = ClaimContext(
            claim, sent.text, sent.start_char, claim.start - sent.start_char, claim.end - sent.start_char, entity_texts
        )
    else:
        sentence = claim.sentence or claim.text
        position = max(sentence.find(claim.text), 0)
        context = ClaimContext(claim, sentence, claim.start - position, position, position + len(claim.text))
    context.words = [
        _Word(stem(found.group(0)), found.start(), found.end())
        for found in _WORD.finditer(context.sentence)
        if found.group(0).casefold().rstrip(".") not in STOPWORDS
    ]
    return context


def claim_unit(claim: Claim) -> units.Unit:
    """The claim's unit; a bare fraction ("a little under half") is a share, not a count."""
    unit = units.normalize(claim.unit)
    if unit == units.PLAIN_COUNT and _is_share(claim):
        return units.Unit(units.SHARE, "percent", None)
    return unit


def claim_values_as_share(claim: Claim) -> bool:
    """Whether the claim's value is a fraction that decide must read as a percentage."""
    return units.normalize(claim.unit) == units.PLAIN_COUNT and _is_share(claim)


def _is_share(claim: Claim) -> bool:
    values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
    if _SHARE_WORDS.search(claim.text):
        return True
    return all(value is not None and 0 < abs(value) < 1 for value in values)


def _assign_other_numbers(contexts: list[ClaimContext]) -> None:
    """Let each claim know where the other numbers of its sentence are, and weigh its words."""
    by_sentence: dict[int, list[ClaimContext]] = defaultdict(list)
    for context in contexts:
        by_sentence[context.sentence_start].append(context)
    for group in by_sentence.values():
        for context in group:
            context.others = [(other.start, other.end) for other in group if other is not context]
            _weigh_words(context)


def _weigh_words(context: ClaimContext) -> None:
    if not context.others:
        return
    breaks = [found.start() for found in _CLAUSE_BREAK.finditer(context.sentence)]
    for word in context.words:
        if context.start <= word.start < context.end:
            continue  # words inside the claim's own text are its own
        own = _distance(context.sentence, breaks, word, context.start, context.end)
        nearest_other = min(_distance(context.sentence, breaks, word, start, end) for start, end in context.others)
        if nearest_other < own:
            word.weight = OTHER_NUMBER_WEIGHT


def _distance(sentence: str, breaks: list[int], word: _Word, start: int, end: int) -> float:
    if start <= word.start < end:
        return 0.0
    low, high = (word.end, start) if word.end <= start else (end, word.start)
    words_between = len(sentence[low:high].split())
    clause_breaks = sum(1 for position in breaks if low <= position < high)
    return words_between + CLAUSE_DISTANCE * clause_breaks


# --- words --------------------------------------------------------------------------------------


def stem(word: str) -> str:
    """A crude, predictable stem: case folded, abbreviation dots, possessives and plural endings gone.

    Counted nouns fold onto their synonym class first ("soldiers" -> "troop").
    """
    folded = word.casefold().replace("\u2019", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    folded = folded.replace(".", "").strip("'")
    canonical = units.canonical_noun(folded) if folded in units._CANONICAL_NOUN else folded
    return _strip_suffix(canonical)


def _strip_suffix(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    return word


def words_of(text: str) -> list[str]:
    """The stems of the content words of `text`, in order, without repeats."""
    seen: dict[str, None] = {}
    for found in _WORD.finditer(text):
        if found.group(0).casefold().rstrip(".") in STOPWORDS:
            continue
        seen.setdefault(stem(found.group(0)), None)
    return list(seen)


def _key(word_stem: str) -> str:
    """The index key: a short prefix, so that word forms share postings ("ethiopia", "ethiopian")."""
    return word_stem[:5]


# --- the index of facts, built once per Reference --------------------------------------------------


@dataclass
class _IndexedFact:
    fact: Fact
    unit: units.Unit
    statement: tuple[str, ...]
    keywords: tuple[tuple[str, ...], ...]  # each keyword as its stems ("U.S." -> ("us",))
    entity_spellings: tuple[tuple[str, ...], ...]  # per entity: spellings, person surnames included
    scope: frozenset[str]


@dataclass
class FactIndex:
    facts: list[_IndexedFact]
    postings: dict[str, list[int]]
    weights: dict[str, float]


_INDEXES: dict[int, tuple[weakref.ref, FactIndex]] = {}


def fact_index(reference: Reference) -> FactIndex:
    """The word index of `reference`'s facts, built on first use and kept while the Reference lives."""
    cached = _INDEXES.get(id(reference))
    if cached is not None and cached[0]() is reference:
        return cached[1]
    index = _build_index(reference)
    key = id(reference)
    _INDEXES[key] = (weakref.ref(reference, lambda _ref, key=key: _INDEXES.pop(key, None)), index)
    return index


def _build_index(reference: Reference) -> FactIndex:
    indexed: list[_IndexedFact] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for position, fact in enumerate(reference.facts):
        statement = tuple(words_of(fact.statement))
        keywords = tuple(tuple(words_of(keyword)) for keyword in fact.keywords if words_of(keyword))
        spellings = tuple(_entity_spellings(reference, entity_id) for entity_id in fact.entities)
        entry = _IndexedFact(
            fact, units.normalize(fact.unit), statement, keywords, spellings,
            frozenset(statement) | frozenset(word for keyword in keywords for word in keyword),
        )
        indexed.append(entry)
        keys = {_key(word) for word in statement}
        keys.update(_key(word) for keyword in keywords for word in keyword)
        for spelling_set in spellings:
            keys.update(_key(word) for spelling in spelling_set for word in words_of(spelling))
        for key in keys:
            postings[key].append(position)
    total = max(len(indexed), 1)
    # rarer words say more about which fact is meant: a smoothed inverse document frequency
    weights = {key: math.log(1 + total / len(found)) for key, found in postings.items()}
    return FactIndex(indexed, dict(postings), weights)


def _entity_spellings(reference: Reference, entity_id: str) -> tuple[str, ...]:
    entity = reference.get(entity_id)
    if entity is None or not hasattr(entity, "spellings"):
        return ()
    spellings = list(entity.spellings)
    if entity.type == "person":
        spellings.extend(spelling.split()[-1] for spelling in entity.spellings if len(spelling.split()) > 1)
    return tuple(dict.fromkeys(spellings))


# --- scoring ------------------------------------------------------------------------------------


def _candidates(context: ClaimContext, index: FactIndex) -> list[Candidate]:
    claim_unit_ = context.unit
    found: Counter[int] = Counter()
    for key in {_key(word.stem) for word in context.words}:
        for position in index.postings.get(key, ()):
            found[position] += index.weights[key]
    scored: list[Candidate] = []
    mismatched: list[Candidate] = []
    for position, _ in found.most_common(SHORTLIST):
        entry = index.facts[position]
        fit = units.compatibility(claim_unit_, entry.unit)
        details = _score_details(context, entry)
        if fit == 0.0:
            # kept (scored 0) so that decide can say why a well-described fact was not used
            if details["words"] >= 0.6:
                mismatched.append(Candidate(entry.fact, 0.0, {**details, "unit_mismatch": True}))
            continue
        score = fit * details["words"]
        scored.append(Candidate(entry.fact, round(score, 3), {**details, "unit_fit": fit}))
    scored.sort(key=lambda candidate: (-candidate.score, candidate.record.id))
    mismatched.sort(key=lambda candidate: -candidate.details["words"])
    return scored[:KEEP] + mismatched[:1]


def _score_details(context: ClaimContext, entry: _IndexedFact) -> dict:
    """How well the sentence describes the fact: statement words, keywords, entities (0..1 each)."""
    statement = _coverage(context, entry.statement)
    parts = [(0.75, statement)]
    details = {"statement": round(statement, 3)}
    if entry.keywords:
        hits = sum(_coverage(context, keyword) for keyword in entry.keywords)
        keywords = min(1.0, hits / min(2, len(entry.keywords)))
        parts.append((0.25, keywords))
        details["keywords"] = round(keywords, 3)
    if entry.entity_spellings:
        mentioned = any(_mentions(context, spellings) for spellings in entry.entity_spellings)
        parts.append((0.25, 1.0 if mentioned else 0.0))
        details["entities"] = mentioned
    total_weight = sum(weight for weight, _ in parts)
    words = sum(weight * value for weight, value in parts) / total_weight
    if _scope_differs(context, entry):
        words *= 0.5
        details["scope_differs"] = True
    details["words"] = round(words, 3)
    return details


def _coverage(context: ClaimContext, stems: tuple[str, ...]) -> float:
    """The share of `stems` found in the sentence, each weighted by whose number it is nearest."""
    if not stems:
        return 0.0
    total = 0.0
    for wanted in stems:
        best = 0.0
        for word in context.words:
            if word.weight <= best:
                continue
            if word.stem == wanted or (
                len(wanted) >= 5 and len(word.stem) >= 5 and fuzz.ratio(word.stem, wanted) >= WORD_SIMILARITY
            ):
                best = word.weight
        total += best
    return total / len(stems)


def _mentions(context: ClaimContext, spellings: tuple[str, ...]) -> bool:
    """Whether the sentence names the entity: a spelling in the text, or a close spaCy entity."""
    folded = context.sentence.casefold()
    for spelling in spellings:
        if re.search(r"(?<!\w)" + re.escape(spelling.casefold()) + r"(?!\w)", folded):
            return True
    for text in context.entity_texts:
        for spelling in spellings:
            if len(spelling) >= 4 and fuzz.ratio(text.casefold(), spelling.casefold()) >= 88:
                return True
    return False


def _scope_differs(context: ClaimContext, entry: _IndexedFact) -> bool:
    """The sentence widens or narrows the count ("metropolitan", "annual") and the fact does not say so."""
    near = {word.stem for word in context.words if word.weight == 1.0 and _near(context, word)}
    return bool((near & SCOPE_WORDS) - entry.scope)


def _near(context: ClaimContext, word: _Word, reach: int = 40) -> bool:
    return context.start - reach <= word.start <= context.end + reach
