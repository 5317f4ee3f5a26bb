"""Ties between facts a number matches almost equally well, broken by the sentence's words.

Each tie-break takes the tied candidates (the best of each statement) and the claim's
context, and returns the ones it keeps, or None when the words do not tell them apart.
The tie-breaks that go by dates are in `decide.numeric`, with the rest of the dating.
"""
from __future__ import annotations

from factcheck.match.claim_context import ClaimContext
from factcheck.match.words import WORD, is_content, is_year, plain, strip_suffix
from factcheck.models import Article, Candidate


# how much more of its statement's own words a tied candidate must have to be the one meant
MEASURE_LEAD = 0.25


def by_statement_words(tied: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate] | None:
    """Between near-equal candidates, the one whose statement the sentence words far better ("the rings
    stretch 282,000 km": the extent, not the thickness, though both facts' keywords say "rings"):
    keywords saturate, the statement's own words tell them apart. None when none leads so."""
    ranked = sorted(tied, key=lambda group: -group.details.get("measure", 0.0))
    lead = ranked[0].details.get("measure", 0.0) - ranked[1].details.get("measure", 0.0)
    return None if lead < MEASURE_LEAD else [ranked[0]]


# how much better one candidate's words (before the unit's fit) must be to break a tie
WORDS_LEAD = 0.15


def by_description(tied: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate] | None:
    """Between near-equal candidates, one the sentence describes far better when only a synonym unit
    brought the other level ("Thirty-eight people were killed": the deaths fact, counted in deaths, not
    the count of victims identified, counted in people). None when none leads so."""
    ranked = sorted(tied, key=lambda group: -group.details.get("words", 0.0))
    lead = ranked[0].details.get("words", 0.0) - ranked[1].details.get("words", 0.0)
    return None if lead < WORDS_LEAD else [ranked[0]]


def by_distinct_words(tied: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate] | None:
    """Between near-equal candidates whose statements differ in a word, the one whose own word the
    number's clause gives it ("£1.35 for a first-class stamp and 85p for a second-class stamp": the
    first-class price for £1.35). None unless every candidate has words of its own, the clause gives
    one candidate's and the sentence gives the number none of the others'."""
    own = [set(_statement_stems(group.record.statement)) for group in tied]
    distinct = [
        stems.difference(*(other for position, other in enumerate(own) if position != index))
        for index, stems in enumerate(own)
    ]
    if not all(distinct):
        return None
    clause = _described_by(context, *context.clause())
    sentence = _described_by(context, 0, len(context.sentence))
    given = [index for index, own_words in enumerate(distinct) if own_words & clause]
    if len(given) != 1 or any(
        own_words & sentence for index, own_words in enumerate(distinct) if index != given[0]
    ):
        return None
    return [tied[given[0]]]


# words of time: which period a number is counted over is the timeframe's to tell, not a measure's name
_TIME_WORDS = frozenset({"year", "annual", "fiscal", "financial", "quarter", "month", "week", "day", "daily"})


def _described_by(context: ClaimContext, start: int, end: int, own: bool = False) -> set[tuple[str, bool]]:
    """The words of sentence[start:end] that describe the number rather than another one, each with
    whether it is capitalised (a name's "Party" is not a "party"). Verbs and the claim's own words
    ("15 seats") do not tell one fact from another; with `own`, they count, and only numbers of the
    same kind take words from it (what sets a fact apart from the one chosen)."""
    verbs = set() if own else {position for position, _ in context.verbs}
    return {
        _marked(found.group(0))
        for found in WORD.finditer(context.sentence, start, end)
        if is_content(found.group(0)) and found.start() not in verbs and found.start() > 0
        and not (context.start <= found.start() < context.end and (not own or found.group(0)[:1].isdigit()))
        and context.weight_at(found.start(), found.end(), alike=own) == 1.0
    }


def _statement_stems(statement: str) -> list[tuple[str, bool]]:
    return [_marked(found.group(0)) for found in WORD.finditer(statement)
            if is_content(found.group(0)) and not is_year(found.group(0))
            and _marked(found.group(0))[0] not in _TIME_WORDS]


def _marked(word: str) -> tuple[str, bool]:
    """The word without its inflection (not folded onto a synonym: "silvers" are silver, not any
    medal), and whether it is capitalised."""
    return strip_suffix(plain(word)), word[:1].isupper()


def by_lede(tied: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate] | None:
    """Between near-equal facts about different subjects, none of which the sentence names, the one
    about what the article's first sentence names ("the company's revenue slipped 1 percent" in a
    story that opens on Arm's listing: Arm's revenue, not that of Nvidia, named later). None when the
    sentence names a subject, or a name it gives the number may be one, or the first sentence names
    none or several of them."""
    if any(group.details.get("entities", 0.0) >= 1.0 or "lede" not in group.details for group in tied):
        return None
    if any(context.weight_at(start, end) == 1.0 for start, end in context.proper_nouns):
        return None  # "Tusk's Civic Coalition won 157 seats": a name the reference may spell otherwise
    if len({frozenset(group.record.entities) for group in tied}) < len(tied):
        return None  # two statements of one subject: the lede cannot tell them apart
    in_lede = [group for group in tied if group.details["lede"]]
    return in_lede if len(in_lede) == 1 else None


def described(groups: list[Candidate]) -> list[Candidate]:
    """For "the 400-metre container ship", the candidates that speak of a container ship when one that
    does is a strong match: the canal's length is about something else. All of them when none does
    ("the 48-mile waterway", or only another canal's fact says "waterway")."""
    if any(group.details.get("describes") and group.details.get("strong") for group in groups):
        return [group for group in groups if group.details.get("describes") is not False]
    return groups


def words_of_another_number(candidate: Candidate, best: Candidate, context: ClaimContext) -> bool:
    """Whether the words that set `candidate` apart from `best` are in the sentence, but none of them
    describes the claim's number."""
    telling = set(_statement_stems(candidate.record.statement)) - set(_statement_stems(best.record.statement))
    written = {_marked(found.group(0)) for found in WORD.finditer(context.sentence) if found.start() > 0}
    return bool(telling & written) and not telling & _described_by(context, 0, len(context.sentence), own=True)
