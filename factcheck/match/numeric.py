"""Candidate reference facts for numeric claims, with 0..1 scores.

A fact is a candidate only when its unit is compatible with the claim's
(`factcheck.units`), never for a projection or plan ("expects 81.4 million"),
and for a number that is a difference ("rose by 6 metres", "added 297.6 GW")
only when its statement counts a change ("capacity added in 2023"). Its score is

    unit fit x what x (1 - WHO_WEIGHT + WHO_WEIGHT x who)

- `what`: how well the sentence says what the fact measures. The share of
  the statement's measure words (its words that are not names) found in
  the sentence, each weighted by whose number it is nearest
  (`claim_context`), together with the fact's keywords (keywords that only
  name an entity say whose number it is, not what it measures). A year or
  a period word ("annual") of the statement helps when the sentence has it
  and is not missed when it has not. A measure that is only the counted
  noun ("seats in the House of Commons": seats) counts as UNIT_EVIDENCE:
  the noun alone does not say which count of seats it is.
- `who`: whether the sentence speaks of the fact's subject. The subjects
  are the entities (and other names) its statement spells: each must be
  named near the number (1), or referred to ("the lake" after "Lake
  Baikal"), or be what the article is about (ARTICLE_ENTITY when named in
  its first sentence, the sentence before or twice, ARTICLE_MINOR once),
  and a subject named only nearer another number counts little. A fact's
  other entities, when named in the sentence, say which number is its. A
  different name in the number's clause or as its verb's subject
  ("Reform UK took five seats") leaves a subject only the article names
  CONTESTED.

A candidate is marked `strong` when both `what` and `who` are clear and
nothing says the number counts something else (`_scope_differs`): a scope
word the fact does not have ("metropolitan", "quarterly"), a rate the fact
is not counted per ("30,000 visitors a day"), a shorter time than the
fact's ("6.6 million passengers in March" against a yearly count), a part
of a whole ("19 of them"), a part of the subject ("the tower's second
floor"), a noun that narrows what is measured ("mortgage rates" against a
base rate), a need or a limit ("a majority requires 326 seats") or
something new ("a 91-kilometre collider"). Those halve the score. Only a
strong candidate can make a claim conflicting (decide).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from factcheck import units
from factcheck.match import subjects
from factcheck.match.claim_context import ClaimContext, claim_contexts
from factcheck.match.fact_index import FactIndex, IndexedFact, fact_index
from factcheck.match.subjects import ArticleNames, SentenceNames
from factcheck.match.words import index_key, is_year, similar, stem, strip_suffix, words_of
from factcheck.models import Article, Candidate, Claim
from factcheck.place_names import countries_of
from factcheck.reference.model import Reference
from factcheck.spelling import fold
from factcheck.timeframe import ROUGHLY

# what one keyword in the sentence is worth (two make it certain)
KEYWORD_HIT = 0.7
# what the claim's counted noun is worth when it is all the fact's measure says, or when the fact
# counts the same specific thing
UNIT_EVIDENCE = 0.7
# counted nouns too general to say what is counted ("120,000 people" at a concert, in a country)
GENERIC_NOUNS = frozenset({"people", "members", "times", "cases", "units", "items", "countries"})
# how much naming (or not naming) the fact's subject weighs on a fact that has one
WHO_WEIGHT = 0.6
# facts scored per claim, after the cheap word-overlap pre-selection
SHORTLIST = 60
# how well a fact of another unit must be described to be named in a message
MISMATCH_WORDS = 0.6
# candidates handed to decide per claim
KEEP = 8
# a candidate whose what and who reach these may make a claim conflicting
STRONG_WHAT = 0.6
STRONG_WHO = 0.75
# words that widen or narrow what a number counts; a fact that does not say
# them must not be checked against a sentence that does
SCOPE_WORDS = frozenset(
    {"metropolitan", "metro", "greater", "region", "regional", "urban", "agglomeration", "province", "county",
     "district", "average", "median", "quarter", "quarterly", "target", "goal", "forecast", "projection",
     "projected", "gross"}
) | frozenset(
    # people counted by what befell them: "5,674 people injured" is no death toll
    stem(word) for word in ("injured", "wounded", "hurt", "missing", "displaced", "evacuated", "hospitalised",
                            "hospitalized", "rescued", "arrested", "detained", "infected")
)
# the rates a count over a shorter span of time is a part of
_LONGER_THAN = {
    "day": ("week", "month", "year"), "week": ("month", "year"), "month": ("year",), "quarter": ("year",),
    "half": ("year",),
}
# words that can describe any measure of a thing ("the tower's official height", "Heathrow's passenger numbers")
_DESCRIBES_ANY = frozenset(
    {"number", "figure", "total", "count", "tally", "level", "latest", "new", "official", "own", "overall",
     "current", "record", "estimated", "annual", "full", "final"}
)
_ALONE = re.compile(
    r"\b(?i:in|at|on|from|for|by)\s+(?P<phrase>(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+(?i:alone)\b"
    # "Tubi alone averaged 13.6 million viewers": a name standing alone as the subject
    r"|(?P<name>\b[A-Z][\w'\u2019&.-]*(?:\s+[A-Z][\w'\u2019&.-]*){0,3})\s+alone\b",
)
_TIME_PHRASE = re.compile(
    r"\b(?:\d{4}|\d{4}s|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|year|years|month|months|week|weeks|day|days|"
    r"quarter|half|season|today|yesterday)\b",
    re.I,
)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "mn", "bn"})
# nouns of time and the words that qualify them, which say when rather than what
_PERIOD_WORDS = frozenset({"year", "month", "week", "day", "quarter", "half", "season", "financial", "fiscal"})
# words of a statement that a sentence need not repeat: the period it is counted over
# and "net" ("sales of $91 billion" are the net sales a company reports; "gross" is a scope word)
OPTIONAL_WORDS = frozenset({"annual", "year", "yearly", "total", "overall", "net"})
# words of a statement about one item of many ("capacity of each turbine", "average price per ticket")
_EACH_WORDS = re.compile(r"\b(?:each|per|average|typical|individual)\b", re.I)
def _adds_up(context: ClaimContext, together: re.Match) -> bool:
    """Whether "together" speaks of this number, not of another: no "each" lies between them ("four
    units of 500 megawatts each could together produce 2,000": 2,000 is the sum, 500 is each one's)."""
    low, high = sorted((together.start(), context.start if together.start() < context.start else context.end))
    return not re.search(r"\beach\b", context.sentence[low:high], re.I)


# words that add items up ("could together produce 2,000 megawatts")
_TOGETHER = re.compile(r"\b(?:together|combined|altogether|in all|in total|between them)\b", re.I)
# how far (characters) from the number a scope word must be to count
SCOPE_REACH = 40
# facts a word may index before it is too common to pre-select by (keeps a claim's cost
# independent of the dataset's size: "population" in 200,000 facts says little)
MAX_POSTINGS = 5000


def match(claims: list[Claim], article: Article) -> list[list[Candidate]]:
    """One list of candidates per claim (best first), aligned with `claims`."""
    reference = getattr(article, "reference", None)
    if reference is None or not reference.facts:
        return [[] for _ in claims]
    index = fact_index(reference)
    names = ArticleNames(index, article)
    return [_candidates(context, index, names) for context in claim_contexts(claims, article)]


# a statement of what is expected, not what happened
_PROJECTED_STATEMENT = re.compile(
    r"\b(?:forecasts?|forecasted|projected|projections?|expected|expects|outlook|guidance|targets?|goal|"
    r"planned|plans?|estimated\s+future)\b",
    re.I,
)
# a statement of someone's age
_AGE_WORDS = re.compile(r"\b(?:age|aged|ages|old|oldest|youngest|born)\b", re.I)


def _candidates(context: ClaimContext, index: FactIndex, names: ArticleNames) -> list[Candidate]:
    # a projection ("expects operating profit to fall to 4.3 trillion yen") is compared only with a
    # fact that is a projection too ("forecast operating profit for the year to March 2025")
    projection = context.is_projection()
    change = context.is_change()
    gap = change and context.is_gap()
    age = (context.claim.details or {}).get("kind") == "age"
    in_sentence = SentenceNames(context, index, names)
    found: Counter[int] = Counter()
    for key in {index_key(word.stem) for word in context.words}:
        postings = index.postings.get(key, ())
        if len(postings) > MAX_POSTINGS:
            continue  # a word this common singles out no fact; rarer words and the entities do
        for position in postings:
            found[position] += index.weights[key]
    shortlist = [position for position, _ in found.most_common(SHORTLIST)]
    # facts about what the article is about, however the sentence words it; in a large dataset
    # an article names many entities, so only the SHORTLIST best described of their facts
    about = {position for entity_id in names.entities for position in index.by_entity.get(entity_id, ())}
    shortlist.extend(sorted(about, key=lambda position: (-found[position], position))[:SHORTLIST])
    claim_unit = context.unit
    scored: list[Candidate] = []
    mismatched: Candidate | None = None
    bounded: list[tuple[float, int, IndexedFact, float, dict, float]] = []
    for order, position in enumerate(dict.fromkeys(shortlist)):
        entry = index.entry(position)
        if change and not _counts_a_change(entry.fact.statement, gap):
            continue  # "rose by 6 metres" is no height; "China alone added 297.6 GW" is capacity added
        if age and not _AGE_WORDS.search(entry.fact.statement):
            continue  # "Tian Tian, 26," is his age, not the 23 years the pandas spent at the zoo
        if projection and not _PROJECTED_STATEMENT.search(entry.fact.statement):
            continue
        fit = units.compatibility(claim_unit, entry.unit)
        if fit in (units.PLAIN_COUNT_FIT, units.FAMILY_FIT) and _counted_noun_in_clause(context, entry.unit):
            # "monthly active users climbed to more than 90 million": 90 million users; "the fire
            # killed 115 people": 115 deaths
            fit = 1.0
        details, what = _what_details(context, entry, in_sentence)
        if fit == 0.0:
            # kept (scored 0) so that decide can say why a well-described fact was not used; the
            # first of the best described, as `what` bounds the words score from above
            if what >= MISMATCH_WORDS and (mismatched is None or what > mismatched.details["words"]):
                details = _full_details(context, entry, in_sentence, names, details, what)
                if details["words"] >= MISMATCH_WORDS and (
                    mismatched is None or details["words"] > mismatched.details["words"]
                ):
                    mismatched = Candidate(entry.fact, 0.0, {**details, "unit_mismatch": True})
            continue
        bounded.append((round(fit * what, 3), order, entry, fit, details, what))
    # whose number it is and its scope only lower a score: a fact whose bound cannot reach the
    # KEEP best needs neither worked out (the same candidates, in a large dataset far faster)
    bounded.sort(key=lambda item: (-item[0], item[1]))
    for bound, _, entry, fit, details, what in bounded:
        if len(scored) >= KEEP and bound < sorted(candidate.score for candidate in scored)[-KEEP]:
            break
        details = _full_details(context, entry, in_sentence, names, details, what)
        scored.append(Candidate(entry.fact, round(fit * details["words"], 3), {**details, "unit_fit": fit}))
    scored.sort(key=lambda candidate: (-candidate.score, candidate.record.id))
    return scored[:KEEP] + ([mismatched] if mismatched is not None else [])


def _counted_noun_in_clause(context: ClaimContext, fact_unit: units.Unit) -> bool:
    """Whether a plain number's clause (or that of a count of a wider kind) names, for it alone, the
    noun the fact counts ("monthly active users climbed to more than 90 million", "killed 115 people")."""
    if fact_unit.kind != units.COUNT or not fact_unit.key:
        return False
    noun = strip_suffix(units.canonical_noun(fact_unit.key))
    start, end = context.clause()
    return any(
        word.stem == noun and start <= word.start < end and not word.implied and not word.from_unit
        and context.weight_at(word.start, word.end, alike=True) == 1.0
        for word in context.words
    )


# the currency an exchange rate is counted against: "145 yen to the dollar", "yen per U.S. dollar"
_CURRENCY_NAMES = r"(?P<currency>dollar|euro|pound|sterling|yen|yuan|renminbi|franc|rupee|won|real|peso|rouble|ruble)s?"
_RATE_AGAINST_AFTER = re.compile(
    r"\s*(?:to\s+(?:the|one|a|each)\s+|per\s+|against\s+the\s+)(?:U\.?S\.?\s+)?" + _CURRENCY_NAMES + r"\b", re.I
)
_RATE_AGAINST = re.compile(
    r"\b(?:to\s+(?:the|one|a|each)\s+|per\s+|against\s+the\s+)(?:U\.?S\.?\s+)?" + _CURRENCY_NAMES + r"\b", re.I
)


def _another_currency_rate(context: ClaimContext, entry: IndexedFact) -> str | None:
    """An exchange rate the sentence gives against one currency for a fact of the rate against another."""
    written = _RATE_AGAINST_AFTER.match(context.sentence, context.end)
    counted = _RATE_AGAINST.search(" ; ".join((entry.fact.statement, entry.fact.unit or "")))
    if written is None or counted is None:
        return None
    one, other = written.group("currency").casefold(), counted.group("currency").casefold()
    if one == other or {one, other} <= {"pound", "sterling"} or {one, other} <= {"yuan", "renminbi"}:
        return None
    return f"'{written.group(0).strip()}', the reference per {other}"


# words that name opposite ends of a measure: a sentence that says one is not about a fact that says the other
_OPPOSITES = (("minimum", "maximum"), ("smallest", "largest"), ("fewest", "most"), ("min", "max"))
_OPPOSITE = {first: second for pair in _OPPOSITES for first, second in (pair, pair[::-1])}


def _opposite(near: set[str], scope: frozenset[str]) -> str | None:
    """The sentence's word for one end of a measure whose other end the fact names ("minimum" against
    the "maximum"), when the fact does not name both."""
    for word in sorted(near):
        other = _OPPOSITE.get(word)
        if other is not None and other in scope and word not in scope:
            return f"'{word}', the reference '{other}'"
    return None


# words of a statement that counts a change itself ("capacity added in 2023", "population increase")
_CHANGE_STATEMENT = re.compile(
    r"\b(?:added|additions?|increases?|increased|growth|grew|rise|rose|gains?|gained|declines?|declined|"
    r"decrease|fall|fell|drop|dropped|loss|lost|change|net\s+migration|cut|reduction)\b",
    re.I,
)
# words of a statement that counts a gap ("temperature above the 1850-1900 level")
_GAP_STATEMENT = re.compile(r"\b(?:above|below)\b", re.I)


@lru_cache(maxsize=100_000)
def _counts_a_change(statement: str, gap: bool = False) -> bool:
    """Whether a fact's statement counts a change itself, so that a number written as one can be its
    value (its keywords may mention a rise without the fact being one); a gap ("1.6C above the
    1850-1900 level") may also be a statement's gap, a rise ("0.12C higher than in 2023") may not."""
    return bool(_CHANGE_STATEMENT.search(statement) or (gap and _GAP_STATEMENT.search(statement)))


def _what_details(context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames) -> tuple[dict, float]:
    """How well the sentence says what the fact measures: the details so far and `what` (0..1)."""
    measure = _measure_coverage(context, entry.measure)
    if measure > UNIT_EVIDENCE and _only_the_counted_noun(context, entry) and not _names_subject(
        context, entry, in_sentence
    ):
        measure = UNIT_EVIDENCE
    details: dict = {"measure": round(measure, 3)}
    if _counts_the_same_thing(context.unit, entry.unit) or _dimension_names_the_measure(context, entry):
        # "Netflix, with its 230 million subscribers": the counted noun says what is measured;
        # "the line will supply 1.8 GW": so does a power for a generating capacity
        measure = max(measure, UNIT_EVIDENCE)
    keywords = 0.0
    if entry.keywords:
        hits = sum(
            _keyword_coverage(context, keyword)
            for keyword, unit, is_name in zip(entry.keywords, entry.keyword_units, entry.keyword_names)
            if not is_name and not _names_the_unit(unit, context.unit)
            and not (_only_a_change(keyword) and context.is_change())
        )
        keywords = min(1.0, KEYWORD_HIT * hits)
        details["keywords"] = round(keywords, 3)
    # keywords are other words for what the fact measures ("peak", "above sea level" for a height)
    high, low = max(measure, keywords), min(measure, keywords)
    what = high + (1 - high) * low / 2
    details["what"] = round(what, 3)
    return details, what


def _full_details(
    context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames, names: ArticleNames,
    details: dict, what: float,
) -> dict:
    """`details` completed with whose number it is and whether the sentence counts something else;
    "words" is the score before the unit fit, never above `what`."""
    details = dict(details)
    who = subjects.who(context, entry, in_sentence, names)
    if who is None and not _thing_named(context, entry, names):
        who = 0.0  # "the world record for the heaviest pumpkin" in an article that never speaks of pumpkins
    if who is not None:
        details["entities"] = round(who, 3)
        details["lede"] = bool(names.lede & set(entry.subjects))
        words = what * (1 - WHO_WEIGHT + WHO_WEIGHT * who)
    else:
        words = what
    scope = _scope_differs(context, entry, in_sentence)
    if scope:
        words /= 2
        details["scope_differs"] = scope
    described = _describes(context, entry, in_sentence)
    if described is not None:
        details["describes"] = described
    details["words"] = round(words, 3)
    # a fact that is no one's number ("the record for the heaviest pumpkin") conflicts only with a
    # sentence that says what it measures in its own words, not just by the unit
    said = who is not None or details["measure"] >= STRONG_WHAT
    details["strong"] = (
        what >= STRONG_WHAT and (who is None or who >= STRONG_WHO) and not scope and said
        and _writes_the_measure(context, entry, details)
    )
    return details


def _thing_named(context: ClaimContext, entry: IndexedFact, names: ArticleNames) -> bool:
    """Whether the article speaks of the thing a fact with no subject is about: the last word of its
    statement that is no period or year ("pumpkin", "universe", "train")."""
    things = [word for word in entry.measure if not is_year(word) and word not in _PERIOD_WORDS and len(word) > 2]
    return not things or names.name_weight((things[-1],), context) > 0


def _writes_the_measure(context: ClaimContext, entry: IndexedFact, details: dict) -> bool:
    """Whether the sentence says what the fact measures in its own words, or the unit implies most of
    it ("will supply 1.8 GW": a generating capacity): "gusts reached 288 km/h" is a speed, but says
    nothing of a "10-minute sustained wind speed"."""
    return details.get("keywords", 0.0) > 0 or details["measure"] >= 0.5 or any(
        _best_weight(context, wanted, written=True) > 0 for wanted in entry.measure
    )


def _measure_coverage(context: ClaimContext, stems: tuple[str, ...]) -> float:
    """The share of the words of what the fact measures that the sentence has, each weighted by
    whose number it is nearest. A year or a period word the sentence does not repeat is not
    counted against it."""
    total, counted = 0.0, 0
    for wanted in stems:
        found = _best_weight(context, wanted)
        if found == 0.0 and (is_year(wanted) or wanted in OPTIONAL_WORDS):
            continue
        total, counted = total + found, counted + 1
    return total / counted if counted else 0.0


def _only_the_counted_noun(context: ClaimContext, entry: IndexedFact) -> bool:
    """Whether all the fact's measure says is the claim's counted noun ("seats in the House of Commons")."""
    unit = context.unit
    if unit.kind != units.COUNT or not unit.key:
        return False
    nouns = {word.stem for word in context.words if word.from_unit}
    rest = [word for word in entry.measure if not is_year(word) and word not in OPTIONAL_WORDS]
    return bool(rest) and all(any(similar(word, noun) for noun in nouns) for word in rest)


def _names_subject(context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames) -> bool:
    """Whether the sentence names the fact's subject for this number ("the town of Harbourton has
    60,000 residents", "the 650-seat House of Commons"): then the counted noun says all the rest."""
    return any(
        context.weight_at(start, end) == 1.0
        for entity_id in (entry.subjects or entry.entities)
        for start, end in in_sentence.named.get(entity_id, ())
    )


def _counts_the_same_thing(claim_unit: units.Unit, fact_unit: units.Unit) -> bool:
    """The same specific counted noun: "subscribers", "troops", "vehicles"; not just "people"."""
    return (
        claim_unit.kind == fact_unit.kind == units.COUNT
        and bool(claim_unit.key)
        and claim_unit.key == fact_unit.key
        and claim_unit.key not in GENERIC_NOUNS
    )


def _dimension_names_the_measure(context: ClaimContext, entry: IndexedFact) -> bool:
    """Whether the unit's dimension is what the fact measures ("speed", "capacity", "weight")."""
    return any(
        word.by_dimension and any(similar(word.stem, wanted) for wanted in entry.measure) for word in context.words
    )


# keywords that say a number changed, not what it counts ("fall", "decline")
_CHANGE_KEYWORDS = frozenset(
    {"fall", "fell", "decline", "declin", "rise", "rose", "increase", "increas", "drop", "growth", "grow", "gain",
     "cut", "loss", "change", "up", "down", "higher", "lower"}
)


def _only_a_change(keyword: tuple[str, ...]) -> bool:
    """A keyword that only says a number changed ("fall", "decline"): for a number written as a change
    ("a fall of nearly 27 percent") it says nothing of what changed."""
    return bool(keyword) and all(word in _CHANGE_KEYWORDS for word in keyword)


def _names_the_unit(keyword_unit: units.Unit, claim_unit: units.Unit) -> bool:
    """A keyword that only repeats the claim's unit ("metres", "residents") is no evidence of the fact."""
    if keyword_unit.kind == units.COUNT:
        return bool(claim_unit.key) and keyword_unit.key == claim_unit.key
    return units.compatibility(keyword_unit, claim_unit) > 0


def _keyword_coverage(context: ClaimContext, keyword: tuple[str, ...]) -> float:
    """Whether the sentence writes the keyword: every word of a phrase ("base rate": not just "rate").
    A measure only the unit's dimension implies ("335 pounds": a weight) is no keyword of the sentence."""
    return min(_best_weight(context, wanted, written=True) for wanted in keyword)


def _best_weight(context: ClaimContext, wanted: str, written: bool = False) -> float:
    """The greatest weight of a sentence word like `wanted` (`written`: not one the unit implies);
    asked once per claim and stem, however many facts share the stem."""
    answers = context._answers.setdefault("best_weight", {})
    key = (wanted, written)
    if key not in answers:
        answers[key] = _find_best_weight(context, wanted, written)
    return answers[key]


def _find_best_weight(context: ClaimContext, wanted: str, written: bool) -> float:
    best = 0.0
    for word in context.words:
        if written and word.by_dimension:
            continue
        if word.weight > best and similar(word.stem, wanted):
            best = word.weight
    return best


def _narrower(context: ClaimContext, entry: IndexedFact, vocabulary: frozenset[str]) -> str | None:
    """A noun written before the word that says what is measured and that the fact does not use:
    "mortgage rates" for a fact about the base rate, "NATO troops" for U.S. troops, "service
    tunnel" for the tunnel. Only in a tagged sentence, in the number's clause."""
    if context.nouns is None:
        return None
    clause_start, clause_end = context.clause()
    # the words that say what is measured: the statement's, the keywords' and the counted noun
    wanted = set(entry.measure) | {
        stem for keyword, is_name in zip(entry.keywords, entry.keyword_names) if not is_name for stem in keyword
    }
    measured = [
        word for word in context.words
        if not word.implied and word.weight == 1.0 and clause_start <= word.start < clause_end
        and (word.from_unit or any(similar(word.stem, known) for known in wanted))
        and word.start != context.start
    ]
    allowed = set(entry.scope) | _DESCRIBES_ANY | vocabulary
    for word in measured:
        if not any(low <= word.start < high for low, high in context.common_nouns):
            continue  # "the observatory cost $10 billion": a verb, not a noun a modifier could narrow
        if word.stem in _PERIOD_WORDS:
            continue  # "in its last financial year" says when
        for modifier in _modifiers_before(context, word.start, clause_start):
            stems = words_of(modifier)
            if stems and not any(similar(stem, known) for stem in stems for known in allowed):
                return f"{modifier} {context.sentence[word.start:word.end]}"
    return None


def _alone(context: ClaimContext, vocabulary: frozenset[str]) -> str | None:
    """ "3,000 athletes competed in athletics alone", "in London alone": the number is a part's.
    Not a time ("in 2022 alone", "on Sunday alone": the period decides), nor what the fact says."""
    clause_start, clause_end = context.clause()
    for found in _ALONE.finditer(context.sentence, clause_start, clause_end):
        phrase = found.group("phrase") or found.group("name")
        stems = words_of(phrase)
        if not stems or _names_a_time(phrase):
            continue
        if not all(any(similar(stem, known) for known in vocabulary) for stem in stems):
            return f"{phrase} alone"
    return None


def _describes(context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames) -> bool | None:
    """For a number written into a hyphenated compound ("the 400-metre container ship"), whether the
    fact speaks of what it describes (its statement, keywords or names have a word of the phrase);
    None for other numbers. Decide uses it between near-equal candidates."""
    if "-" not in context.claim.text or not context.is_compound():
        return None
    start, end = context.modified_phrase()
    nouns = words_of(context.sentence[start:end])
    vocabulary = in_sentence.vocabulary(entry)
    return any(similar(noun, word) for noun in nouns for word in vocabulary)


def _in_a_part_of(context: ClaimContext, entry: IndexedFact, reference: Reference) -> str | None:
    """ "In Tokyo" in the number's clause, for a fact about Japan: the number was counted in a city or
    state of the country the fact is about, not in all of it."""
    countries = _fact_countries(entry, reference)
    if not countries:
        return None
    clause_start, clause_end = context.clause()
    opening = len(context.sentence) - len(context.sentence.lstrip())
    for found in _IN_A_PLACE.finditer(context.sentence, 0, clause_end):
        if found.start() < clause_start and found.start() != opening:
            continue  # in the clause, or opening the sentence ("In Tokyo, the rate dropped to 0.96")
        name = found.group("place").rstrip(".'\u2019")
        words = name.split()
        for size in range(len(words), 0, -1):  # "New York City", then "New York"
            candidate = " ".join(words[:size])
            inside = countries_of(candidate)
            if inside and fold(candidate) not in {fold(country) for country in inside}:
                named_by_fact = any(similar(stem, word) for stem in words_of(candidate) for word in entry.scope)
                if inside & countries and not named_by_fact:
                    return f"'{candidate}', a part of {sorted(inside & countries)[0]}"
                break
    return None


def _fact_countries(entry: IndexedFact, reference: Reference) -> frozenset[str]:
    """The countries among the fact's own entities ("Japan"), by their place-list names."""
    found: set[str] = set()
    for entity_id in entry.entities:
        entity = reference.get(entity_id)
        if getattr(entity, "type", None) == "place":
            for spelling in entity.spellings:
                found.update(_country_named(spelling))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _country_named(spelling: str) -> frozenset[str]:
    """{the country} when `spelling` names a country of the place list, else nothing (asked for every
    candidate fact, so answered once per spelling)."""
    inside = countries_of(spelling)
    return inside if any(fold(country) == fold(spelling) for country in inside) else frozenset()


# a place where a number was counted: "in Tokyo", "across California", "in the city of Osaka"
_IN_A_PLACE = re.compile(
    r"\b(?i:in|across|throughout|within)\s+(?:(?i:the)\s+)?(?:(?i:city|state|province|prefecture)\s+of\s+)?"
    r"(?P<place>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})"
)


def _percent_kind(context: ClaimContext, entry: IndexedFact) -> str | None:
    """For a percentage, the kind of rate the sentence says it is ("duty", "turnout", "inflation") when
    the fact is a rate of another kind: the kind word nearest the number in its clause, before it or
    right after it, and none of the fact's words."""
    if context.unit.kind != units.SHARE:
        return None
    fact_kinds = {word for word in entry.scope if word in _PERCENT_KINDS}
    clause_start, clause_end = context.clause()
    found = [
        word for word in context.words
        if word.stem in _PERCENT_KINDS and not word.implied and clause_start <= word.start < clause_end
        and (context.start - SCOPE_REACH <= word.start < context.start or context.end <= word.start < context.end + 12)
    ]
    odds = [word for word in context.words if word.stem in _LIKELIHOODS and clause_start <= word.start < context.start]
    if odds and not entry.scope & _LIKELIHOODS:
        return odds[-1].stem  # "put the odds of a cut at roughly 60 percent": a likelihood, not a rate
    if not found or not fact_kinds:
        return None
    nearest = min(found, key=lambda word: abs(word.start - context.start))
    return None if nearest.stem in fact_kinds else nearest.stem


# a percentage that says how likely something is
_LIKELIHOODS = frozenset({"odd", "odds", "chance", "probability", "likelihood", "likely"})


# what a percentage can be: a word of these names the kind of rate
_PERCENT_KINDS = frozenset(
    {"duty", "tax", "tariff", "levy", "vat", "interest", "inflation", "unemployment", "turnout", "growth",
     "margin", "stake", "share", "vote", "yield", "discount", "fee", "commission", "approval", "support"}
)


def _plural_phrase(context: ClaimContext) -> bool:
    """Whether the hyphenated compound adjective describes a plural common noun ("the 8,000-metre
    peaks"; not "sales of $170 billion beat analysts' forecasts", which a parser may read so)."""
    start, end = context.modified_phrase()
    if "-" not in context.claim.text or context.sentence[context.end : start].strip(" -"):
        return False
    last = re.search(r"([A-Za-z]+)\W*$", context.sentence[start:end])
    if last is None or not last.group(1).islower():
        return False
    word = last.group(1)
    noun = any(low <= start + last.start(1) < high for low, high in context.common_nouns)
    return noun and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _names_a_time(phrase: str) -> bool:
    return bool(_TIME_PHRASE.search(phrase))


def _modifiers_before(context: ClaimContext, position: int, floor: int) -> list[str]:
    """The common nouns written right before `position` ("mortgage" before "rates"), at most two;
    not a possessive ("the landmark's height") nor a unit ("feet tall")."""
    found: list[str] = []
    text = context.sentence
    while len(found) < 2:
        match = re.search(r"([A-Za-z][\w-]*)[\s-]+$", text[floor:position])
        if match is None:
            break
        start = floor + match.start(1)
        if not any(low <= start < high for low, high in context.common_nouns):
            break
        if units.normalize(match.group(1)).kind != units.COUNT or match.group(1).casefold() in _SCALE_WORDS:
            break
        found.append(match.group(1))
        position = start
    return found


# "going without it", "do not have access to", "never received": the number counts those who lack the thing
_WITHOUT = re.compile(r"\b(?:without|lack(?:s|ed|ing)?)\b", re.I)
_NOT = re.compile(r"\b(?:not|never|n't|no\s+longer)\b", re.I)


def _lacking(context: ClaimContext, entry: IndexedFact) -> str | None:
    """ "9.3 million people ... were going without it", "people who do not use the internet": in the
    number's clause, after it, a "without", or a "not" before one of the fact's own measure words.
    Those are the ones the fact does not count, unless the fact says so itself."""
    statement = " ".join((entry.fact.statement, *entry.fact.keywords))
    if _WITHOUT.search(statement) or _NOT.search(statement):
        return None
    clause_end = context.clause()[1]
    after = context.sentence[context.end : clause_end]
    found = _WITHOUT.search(after)
    if found:
        return f"'{found.group(0)}'"
    for negation in _NOT.finditer(after):
        following = words_of(after[negation.end() : negation.end() + 40])[:3]
        if any(similar(word, stem) for word in following for stem in entry.measure):
            return f"'{negation.group(0)}'"
    return None


# "in high-income countries", "in poorer nations": a group of places, part of a fact about all of them
_IN_A_GROUP = re.compile(
    r"\b(?:in|across|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>countries|nations|economies|regions)\b", re.I
)


_RECORD_FOR = re.compile(
    r"\brecord\s+for\s+(?:an?|the|any|one)\s+(?P<what>(?:[\w-]+\s+){0,3}?[\w-]+)(?=\s*(?:[,.;]|$|\b(?:in|at|on|by|since|and)\b))",
    re.I,
)


def _record_for(context: ClaimContext, entry: IndexedFact) -> str | None:
    """ "an auction record for a work of literature", "the record for a woman": a record of a kind of
    thing the fact does not name is another record."""
    found = _RECORD_FOR.search(context.sentence, max(0, context.start - 60), context.end + 80)
    if found is None:
        return None
    allowed = set(entry.scope) | _DESCRIBES_ANY
    stems = [stem for stem in words_of(found.group("what")) if stem not in ("work", "single")]
    if not stems or all(any(similar(stem, known) for known in allowed) for stem in stems):
        return None
    return f"'record for {found.group('what')}'"


# "of the 22 races", "of its 37 paintings": a whole counted by a number of its own
_WHOLE_COUNTED = re.compile(r"\s*of\s+(?:the|its|their|all)\s+(?:about\s+|some\s+|roughly\s+)?\d", re.I)


# words of a record: a statement with one counts the extreme, a sentence with one speaks of it
_RECORD_WORDS = re.compile(
    r"\b(?:record|highest|lowest|hottest|coldest|wettest|driest|most|fewest|largest|biggest|longest|tallest|"
    r"fastest|deepest|heaviest|ever|all-time|peak|previous high|matching|matched|beat|broke|surpassed)\b",
    re.I,
)


# money a sentence names right before the amount ("revenue of about $1 billion")
_MONEY_MEASURE_BEFORE = re.compile(
    r"\b(?P<noun>revenues?|sales|turnover|profits?|earnings|income|losses|loss|debts?|costs?|prices?|valuation|"
    r"budget|fines?|salary|salaries|wages?|dividends?|spending|investments?|funding|assets|capital)\s+of\s+"
    + ROUGHLY + r"(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|just\s+)?$",
    re.I,
)


def _measure_named(context: ClaimContext, entry: IndexedFact) -> str | None:
    """The money the sentence says an amount is ("had revenue of about $1 billion"), when the fact
    measures something else (the price paid for the company)."""
    if context.unit.kind != units.CURRENCY:
        return None
    found = _MONEY_MEASURE_BEFORE.search(context.sentence, max(0, context.start - 40), context.start)
    if found is None:
        return None
    if any(similar(stem, word) for stem in words_of(found.group("noun")) for word in entry.scope):
        return None
    return found.group("noun")


def _part_of(context: ClaimContext, entry: IndexedFact) -> str | None:
    """`ClaimContext.part_of`, except a share of what the fact is a share of ("40.5 percent of the
    vote" is the "share of the vote", not a part of it); or a group of places the clause puts the
    number in ("In high-income countries 93 percent ...") that the fact does not speak of."""
    part = context.part_of()
    if part is not None and context.unit.kind == units.SHARE:
        # the noun phrase after "of": up to a comma or a verb-like break, at most three words
        phrase = re.split(r"[,;.]|\b(?:and|but|while|which|that)\b", context.sentence[context.end : context.end + 40])[0]
        wholes = [word for word in words_of(phrase) if word not in ("of", "the", "it", "its", "their")][:3]
        if any(similar(whole, word) for whole in wholes for word in entry.scope):
            # "owns 20 percent of the refinery", "61 percent of the combined business": the stake in
            # what the fact is about
            part = None
    if part is not None and _WHOLE_COUNTED.match(context.sentence, context.end):
        # "Red Bull won 21 of the 22 races": the whole has a number of its own, which a fact of the
        # whole is matched to; this one counts the part the sentence describes
        part = None
    if part is not None:
        return part
    group = _IN_A_GROUP.search(context.sentence, context.clause()[0], context.start)
    if group is not None and not any(
        similar(stem, word) for stem in words_of(group.group("noun")) for word in entry.measure
    ):
        return group.group(0).strip()
    return None


def _scope_differs(context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames) -> str | None:
    """Why the number may count something else than the fact, if the sentence says so (see the
    module docstring for the reasons, in the order they are tried)."""
    clause_start, clause_end = context.clause()
    following = re.match(r"[\s-]*([\w'-]+)", context.sentence[context.end :])
    share = context.unit.kind == units.SHARE
    near = {
        word.stem for word in context.words
        if word.weight == 1.0 and not word.implied and clause_start <= word.start < clause_end
        and (
            # before the number, or inside the claim ("90 regional seats"; not the fraction that is the
            # number: "three-quarters")
            context.start - SCOPE_REACH <= word.start < (context.start if share else context.end)
            # after the number, only the word it qualifies ("a 2 percent target"), not "beat forecasts"
            or (following is not None and word.start == context.end + following.start(1))
        )
    }
    widened = (near & SCOPE_WORDS) - entry.scope
    if widened:
        return f"'{sorted(widened)[0]}'"
    rate = context.rate()
    if rate != entry.rate and not (rate is None and entry.rate == "year") and not (
        rate == "year" and entry.rate is None
    ):
        return f"counted per {rate}" if rate else f"the reference counts per {entry.rate}"
    lacking = _lacking(context, entry)
    if lacking is not None:
        return lacking  # "9.3 million people with HIV were going without it": those the fact does not count
    for negated in (stem for stem in entry.scope if stem.startswith("non-")):
        # "a minimum price for basmati" is not the one for non-basmati rice
        if any(word.stem == negated[4:] and word.weight == 1.0 for word in context.words):
            return f"'{negated[4:]}', the reference '{negated}'"
    against = _another_currency_rate(context, entry)
    if against is not None:
        return against  # "145 yen to the dollar" is no rate of the yen to the euro
    opposite = _opposite(
        {word.stem for word in context.words
         if word.weight == 1.0 and not word.implied and clause_start <= word.start < clause_end},
        entry.scope,
    )
    if opposite is not None:
        return opposite  # "below the 1981-2010 average minimum": not the shortfall of a maximum
    place = _in_a_part_of(context, entry, in_sentence.index.reference)
    if place is not None:
        return place  # "In Tokyo, the fertility rate dropped to 0.96": Tokyo's rate, not Japan's
    kind = _percent_kind(context, entry)
    if kind is not None:
        return f"'{kind}'"  # "cut the export duty to 10 percent": a duty, not India's share of exports
    if context.per_item() and not _EACH_WORDS.search(" ".join((entry.fact.statement, *entry.fact.keywords))):
        return "'each'"  # "165 turbines, each rated at 8 megawatts": one turbine's, not the farm's
    together = _TOGETHER.search(context.sentence, max(0, context.start - SCOPE_REACH), context.end + SCOPE_REACH)
    if together and _adds_up(context, together) and re.search(r"\beach\b", entry.fact.statement, re.I):
        return f"'{together.group(0)}'"  # "four units ... could together produce 2,000 megawatts": not each unit's
    since = context.counted_since() if context.unit.kind != units.SHARE else None
    if since is not None and entry.rate == "year":
        return f"counted {since}, the reference per year"  # "2.2 billion cases averted since 2000"
    # a share ("inflation of 4.6 percent in October") is a rate already, not a count over the month
    span = context.counted_over() if context.unit.kind != units.SHARE else None
    if span is not None and entry.rate in _LONGER_THAN.get(span, ()):
        return f"counted over a {span}, the reference per {entry.rate}"  # "6.6 million passengers in March"
    if (span == "day" and context.unit.kind == units.PHYSICAL and _RECORD_WORDS.search(entry.fact.statement)
            and not _RECORD_WORDS.search(context.sentence)):
        # "the high hit 129 degrees on Sunday" against the highest temperature ever measured there
        return "a day's reading, the reference a record"
    named = _measure_named(context, entry)
    if named is not None:
        return f"'{named}'"  # "which had revenue of about $1 billion": not the price paid for it
    record = _record_for(context, entry)
    if record is not None:
        return record  # "$9.98 million, an auction record for a work of literature": not any artwork's
    part = (
        _part_of(context, entry)
        or in_sentence.possessed_part(entry, _DESCRIBES_ANY)
        or _narrower(context, entry, in_sentence.vocabulary(entry))
        or _alone(context, in_sentence.vocabulary(entry))
    )
    if part is not None:
        return f"'{part}'"  # "the Eiffel Tower's second floor is 116 metres high"
    threshold = context.threshold()
    if threshold is not None and not any(similar(threshold, word) for word in entry.scope):
        return f"'{threshold}'"
    if context.is_compound() and (context.is_indefinite() or _plural_phrase(context)):
        # "a 91-kilometre collider" is a new thing; "all the 8,000-metre mountains" a class of things
        start, end = context.modified_phrase()
        nouns = words_of(context.sentence[start:end])
        if nouns and not any(similar(noun, word) for noun in nouns for word in entry.measure):
            return f"'{context.sentence[start:end]}'"
    return None



