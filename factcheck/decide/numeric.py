"""Verdicts for numeric claims: which fact applies, and whether the number agrees with it.

- The best candidate must score at least `Config.numeric_min_score`; below
  it the claim is unverified, never conflicting.
- When the two best statements score within `Config.numeric_ambiguity_margin`
  of each other, the claim is unverified and the message names both, unless
  they differ only in the year they name ("seats won at the 2019 election",
  "... at the 2024 election"): then the year the claim speaks about decides;
  or unless the sentence's words tell them apart (`decide.ties`).
- Messages name the reference value, its date and source (`decide.messages`).
- Agreement confirms a match and never refutes one (`_corroborated`): tied
  candidates that all agree with the number make it consistent, and so does
  a precise number (`_specific`: "591", "$18.4 billion") that agrees with one
  tied candidate, with a nearly as good alternative, or with a candidate
  scoring at least CORROBORATED_SCORE, below `numeric_min_score`.
- Near-equal candidates of which only some have a value on the date the
  sentence names ("a fine imposed in 2017") are decided by that date.
- The fact used is the one of that statement that applies on the date the
  claim speaks about: the article's date, moved by "in 2009", "last year",
  "a decade earlier" (`factcheck.timeframe`). A claim about a future date
  is unverified. "The previous record of 38.5C" is checked against the value
  the current one replaced.
- The claim is consistent when its interval overlaps the fact's
  (`factcheck.quantities`), conflicting otherwise. A number that agrees with
  an older value of the same statement is called outdated, with both values
  and dates in the message.
- A number that does not agree is called conflicting only on strong
  evidence that it states the fact's quantity (the candidate is `strong`,
  see `factcheck.match.numeric`), and only when no other fact it was
  matched to agrees with it ("about $91 billion" next to Amazon and Amazon
  Web Services). Otherwise it is unverified, and the message says what
  differs and why it was not called a conflict.
- A number written into a hyphenated compound ("the 400-metre container ship")
  measures what it describes: when a strong candidate speaks of that thing,
  candidates that do not (the canal's length) are set aside.
- A number restated in brackets in another unit ("603 km/h (354 mph)") that
  found no fact of its own is judged against the fact of the number it
  restates, at its own precision: a wrong conversion is a conflict.
- A year the fact's statement itself names ("excess deaths in 2020 and
  2021") says what is counted, not when the claim was true: it does not
  move the date the claim is checked at.
"""
from __future__ import annotations

import math
import re
from math import floor, log10

from factcheck import units
from factcheck.config import Config
from factcheck.decide import messages, ties
from factcheck.match.words import rate_of
from factcheck.decide.shares import self_contradictions
from factcheck.match.claim_context import ClaimContext, claim_contexts, claim_unit, claim_values_as_share
from factcheck.models import Article, Candidate, Claim, Finding, Verdict
from factcheck.quantities import (
    claim_interval, converted_interval, format_number, format_value, overlaps, written_step,
)
from factcheck.reference.model import Fact, Reference, statement_key
from factcheck.timeframe import ROUGHLY, Period, claim_period



def decide(claims: list[Claim], candidates: list[list[Candidate]], article: Article) -> list[Finding]:
    """One Finding per claim, aligned with `claims`."""
    config = getattr(article, "config", None) or Config()
    contexts = claim_contexts(claims, article)
    findings = [
        _decide(claim, found, context, article, config) for claim, found, context in zip(claims, candidates, contexts)
    ]
    findings = _restatements(claims, findings, article, config)
    findings = _tallies(claims, findings, candidates, contexts, article, config)
    findings = _wholes(claims, findings, article)
    document = getattr(article, "document", None)
    return self_contradictions(claims, findings, document.content if document is not None else "", config)


def _restatements(claims: list[Claim], findings: list[Finding], article: Article, config: Config) -> list[Finding]:
    """A number restated in brackets in another unit ("603 km/h (354 mph)", "the 400-metre (1,300-foot)
    ship") is the same quantity: when one of the two was judged against a fact and the other found
    none, or one agrees with a fact and the other was called a conflict, the other is judged against
    that fact at its own precision, so that a wrong conversion is caught and a right one is not
    flagged."""
    result = list(findings)
    for first, second, gap in _neighbours(claims, article):
        if _OR_ABOUT.fullmatch(gap) and _in_another_currency(claims[first], claims[second]):
            if result[first].verdict == Verdict.CONSISTENT and result[second].verdict == Verdict.CONFLICTING:
                # "7.5 million Norwegian crowns, or about $700,000": the same prize in dollars, not the
                # Nobel's; exchange rates are not in the reference (the amount first written is the
                # one checked: "2.44 trillion yuan, or more than $300 billion" conflicts on its own)
                result[second] = messages.unverified(
                    claims[second],
                    f"'{claims[second].text}' restates '{claims[first].text}' in another currency; "
                    "conversions between currencies are not checked",
                    result[second].score,
                )
            continue
        if not _BRACKETED.fullmatch(gap):
            continue
        for judged, other in ((first, second), (second, first)):
            if result[other].verdict == Verdict.UNVERIFIED and result[judged].verdict != Verdict.UNVERIFIED:
                result[other] = _as_restated(claims[other], claims[judged], result[judged], article, config) or result[other]
            elif result[judged].verdict == Verdict.CONSISTENT and result[other].verdict == Verdict.CONFLICTING:
                # "350 km/h (217 mph)", "1.6-mile (2.6-kilometre) crossing": the conversion is the same
                # quantity, judged at its own precision against the fact the number it restates agrees with
                result[other] = _as_restated(claims[other], claims[judged], result[judged], article, config) or result[other]
    return result


def _tallies(
    claims: list[Claim], findings: list[Finding], candidates: list[list[Candidate]], contexts: list[ClaimContext],
    article: Article, config: Config,
) -> list[Finding]:
    """A tally ("chose her over Rishi Sunak by 81,326 votes to 60,399") gives two sides' numbers: when
    one is called a conflict with a fact the other number states, it is the other side's number, not
    a misstatement of that fact; it is judged again without that fact ("by 195 votes to 115": the
    noes, not the ayes)."""
    result = list(findings)
    for first, second, gap in _neighbours(claims, article):
        if not _TALLY.fullmatch(gap):
            continue
        for judged, other in ((first, second), (second, first)):
            fact = article.reference.get(result[judged].reference["id"]) if result[judged].reference else None
            if result[judged].verdict != Verdict.CONFLICTING or not isinstance(fact, Fact):
                continue
            if _states_the_value(claims[other], claim_unit(claims[other]), fact):
                key = statement_key(fact.statement)
                rest = [c for c in candidates[judged] if statement_key(c.record.statement) != key]
                again = _decide(claims[judged], rest, contexts[judged], article, config)
                result[judged] = again if again.verdict != Verdict.UNVERIFIED else messages.unverified(
                    claims[judged],
                    f"'{claims[judged].text}' is tallied against '{claims[other].text}', which is "
                    f"'{fact.statement}' ({fact.id}); it is the other side's number",
                    result[judged].score,
                )
    return result


def _wholes(claims: list[Claim], findings: list[Finding], article: Article) -> list[Finding]:
    """The whole of "won 38 of 57 seats" is no count of what the part counts: when it is called a
    conflict with a fact whose value the part states, it is the size of the whole, unverified."""
    result = list(findings)
    for part, whole, gap in _neighbours(claims, article):
        if not _PART_OF_WHOLE.fullmatch(gap):
            continue
        judged = result[whole]
        fact = article.reference.get(judged.reference["id"]) if judged.reference else None
        if judged.verdict != Verdict.CONFLICTING or not isinstance(fact, Fact):
            continue
        # "38 of 57 seats": the part counts what the whole does
        if _states_the_value(claims[part], claim_unit(claims[whole]), fact):
            result[whole] = messages.unverified(
                claims[whole],
                f"'{claims[whole].text}' is the whole that '{claims[part].text}' is part of, not "
                f"'{fact.statement}' ({fact.id})",
                judged.score,
            )
    return result


def _neighbours(claims: list[Claim], article: Article):
    """Each claim and the next one in the text, as indexes into `claims`, with the text between them."""
    document = getattr(article, "document", None)
    text = document.content if document is not None else ""
    order = sorted(range(len(claims)), key=lambda index: claims[index].start)
    for first, second in zip(order, order[1:]):
        yield first, second, text[claims[first].end : claims[second].start]


def _states_the_value(claim: Claim, unit: units.Unit, fact: Fact) -> bool:
    """Whether the number `claim` writes, read in `unit`, states the fact's value at its precision."""
    if claim.value is None or isinstance(claim.value, tuple):
        return False
    if units.compatibility(unit, units.normalize(fact.unit)) == 0:
        return False
    return overlaps(claim_interval(claim.value, "exact", claim.text, 0.0), converted_interval(fact, unit))


# "38 of 57", "112 of his 114", "35 of the country's 47": a part, then its whole
_PART_OF_WHOLE = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z]+(?:'s|\u2019s)\s+)?(?:about\s+|some\s+)?"
)
# "81,326 votes to 60,399": the two sides of a tally
_TALLY = re.compile(r"\s+to\s+")
_BRACKETED = re.compile(r"\s*[(\[]\s*")
# "7.5 million Norwegian crowns, or about $700,000": the amount put in another currency
_OR_ABOUT = re.compile(r"\s*,\s*or\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?")


def _in_another_currency(first: Claim, second: Claim) -> bool:
    one, other = claim_unit(first), claim_unit(second)
    return one.kind == other.kind == units.CURRENCY and one.key != other.key


def _as_restated(claim: Claim, restated: Claim, judged: Finding, article: Article, config: Config) -> Finding | None:
    fact = article.reference.get(judged.reference["id"]) if judged.reference else None
    unit = claim_unit(claim)
    if not isinstance(fact, Fact) or claim.value is None:
        return None
    if units.compatibility(unit, units.normalize(fact.unit)) == 0:
        return None
    # a conversion restates the other number at its own precision, whatever bound both are ("up to
    # 282,000 kilometres (175,000 miles)")
    qualifier = "approximate" if claim.qualifier == "approximate" else "exact"
    interval = claim_interval(_claim_value(claim), qualifier, claim.text, config.approximate_margin)
    value = format_value(fact.value, fact.unit) + messages.conversion_note(fact, unit)
    payload = messages.reference_payload(fact)
    if overlaps(interval, converted_interval(fact, unit)):
        message = f"agrees with '{fact.statement}' = {value}, as '{restated.text}' beside it does"
        return Finding(claim, Verdict.CONSISTENT, message, None, payload, judged.score)
    message = (
        f"'{claim.text}' conflicts with {value} {fact.statement} ({fact.id}), which '{restated.text}' beside it "
        f"states; the conversion is wrong"
        if judged.verdict == Verdict.CONSISTENT
        else f"'{claim.text}' conflicts with {value} {fact.statement} ({fact.id}), as '{restated.text}' beside it does"
    )
    return Finding(claim, Verdict.CONFLICTING, message, None, payload, judged.score)


def _decide(claim: Claim, candidates: list[Candidate], context: ClaimContext, article: Article, config: Config) -> Finding:
    usable = [candidate for candidate in candidates if not candidate.details.get("unit_mismatch")]
    mismatched = [candidate for candidate in candidates if candidate.details.get("unit_mismatch")]
    if claim.value is None:
        return messages.unverified(claim, "no number to compare")
    if _VAGUE.match(claim.text):
        # "thousands of trainee doctors" of 13,000: no editor would correct it, nor confirm a figure by it
        closest = f" (closest fact: '{usable[0].record.statement}', {usable[0].record.id})" if usable else ""
        return messages.unverified(claim, f"'{claim.text}' is too vague to check{closest}",
                                   usable[0].score if usable else 0.0)
    best_score = usable[0].score if usable else 0.0
    if best_score < config.numeric_min_score:
        weak = [candidate for candidate in _best_per_statement(usable)
                if candidate.score >= max(CORROBORATED_SCORE, best_score - CORROBORATION_REACH)]
        found = _corroborated(claim, weak, context, article, config) if weak else None
        if found is not None:
            return found
        return messages.unverified(claim, messages.no_match_message(claim, usable, mismatched), best_score)

    groups = _of_the_year(ties.described(_best_per_statement(usable)), context, article)
    set_aside: list[Candidate] = []  # facts a single telling word ranked lower: still possible readings
    for tie_break in (_by_year, ties.by_statement_words, ties.by_description, ties.by_distinct_words, ties.by_lede, _by_date):
        tied = [group for group in groups if groups[0].score - group.score < config.numeric_ambiguity_margin]
        if len(tied) < 2:
            break
        kept = tie_break(tied, context, article)
        if kept is not None:
            groups = [*kept, *(group for group in groups if group not in tied)]
            if tie_break is ties.by_distinct_words:  # one word ranks the facts; it does not rule one out
                set_aside.extend(group for group in tied if group not in kept)

    best = groups[0]
    if len(groups) > 1 and best.score - groups[1].score < config.numeric_ambiguity_margin:
        other = groups[1]
        tied = [group for group in groups if best.score - group.score < config.numeric_ambiguity_margin]
        found = _corroborated(claim, tied, context, article, config)
        if found is not None:
            return found
        if _one_quantity(tied, context, article):
            # two sources' statements of one quantity ("Lai's share of the vote", twice): decided as one,
            # other candidates kept for what the number may be about instead
            groups = [best, *(group for group in groups if group not in tied)]
    if len(groups) > 1 and best.score - groups[1].score < config.numeric_ambiguity_margin:
        return messages.unverified(
            claim,
            f"matches '{best.record.statement}' ({best.record.id}) and '{other.record.statement}' "
            f"({other.record.id}) almost equally well; not decided",
            best.score,
        )

    reference: Reference = article.reference
    period = _period(context, article, _years_named(best.record.statement))
    if period.is_future(article.as_of):
        return messages.unverified(
            claim, f"'{claim.text}' is about {period} ('{period.wording}'), after the article's date", best.score
        )
    statement_facts = [best.record, *reference.same_statement(best.record)]
    fact = _applying_fact(reference, statement_facts, period, article.as_of)
    if fact is None:
        return messages.unverified(claim, messages.no_fact_for_date(best.record, statement_facts, period, article), best.score)
    before = context.sentence[max(0, context.start - 50) : context.start]
    after = context.sentence[context.end : context.end + 40]
    dated = _DATED_AFTER.match(after) or (
        # "from 43.38 trillion won the year before": the number's own time already picks its value
        period.shifted and bool(period.wording)
        and re.match(r"[^\d]{0,12}" + re.escape(period.wording), after) is not None
    )
    earlier = (
        _PREVIOUS_BEFORE.search(before) or _CHANGED_FROM_BEFORE.search(before)
        # "which had stood 9,677 feet tall"; not reported speech: "said the number had reached 2 million"
        or (_HAD_BEEN_BEFORE.search(before) and not _REPORTED_SPEECH.search(context.sentence[: context.start]))
        or (_UP_FROM_BEFORE.search(before) and not period.shifted)
        or (_FROM_BEFORE.search(before) and _TO_AFTER.match(after))
    )
    changed = None if dated else _CHANGED_TO_NUMBER.search(context.sentence[max(0, context.start - 120) : context.start])
    if changed and not earlier:
        # "lifted the price to 1,500 francs in April, for the mid-crop, from 1,000 francs": the value the
        # one of that time replaced
        offset = max(0, context.start - 120) + changed.start("number")
        then = claim_period(context.sentence, offset, offset + len(changed.group("number")), article.as_of,
                            context.verbs, ignore_years=_years_named(best.record.statement))
        fact = _applying_fact(reference, statement_facts, then, article.as_of) or fact
        earlier = True
    original = not dated and (_ORIGINAL_AFTER.match(after) or _ORIGINAL_BEFORE.search(before))
    if original:
        # "far above the ¥125 billion originally estimated": the first value the reference has
        fact = min((other for other in statement_facts if other.recency <= fact.recency), key=lambda fact: fact.recency)
    elif not dated and earlier:
        # "smashing the previous high of 38.5C", "lowering its rate to 1.5 percent from 1.75 percent":
        # the value the current one replaced (unless the sentence dates it: "from 6.7 percent in September")
        fact = _predecessor(fact, statement_facts)
        if fact is None:
            return messages.unverified(claim, f"the reference has no value of '{best.record.statement}' before the current one",
                               best.score)

    unit = claim_unit(claim)
    value = _claim_value(claim)
    # "may use no more than 87 litres a day" against a limit of 50 litres: a bound that states a limit
    # gives the limit's value
    qualifier = "exact" if _states_the_limit(claim.qualifier, fact.statement) else claim.qualifier
    interval = claim_interval(value, qualifier, claim.text, config.approximate_margin)
    agrees = overlaps(interval, converted_interval(fact, unit))
    payload = messages.reference_payload(fact)
    if agrees and _far_beyond_bound(claim, interval, converted_interval(fact, unit)):
        return messages.unverified(
            claim,
            f"'{claim.text}' is true of '{fact.statement}' = {format_value(fact.value, fact.unit)} ({fact.id}) "
            "only as a loose bound; it may count something else",
            best.score,
        )
    if agrees:
        return Finding(claim, Verdict.CONSISTENT, messages.agrees_message(claim, fact, unit, period), None, payload, best.score)
    if not best.details.get("strong", True):
        if best.details.get("what", 0.0) >= SAYS_WHAT and _scale_word_slipped(claim, value, fact, unit):
            # "total emissions would reach 41.6 million tonnes" beside a fact of 41.6 billion tonnes: the
            # sentence says what is measured, and the digits say whose number it is
            return Finding(claim, Verdict.CONFLICTING, messages.conflict_message(claim, fact, unit, period)
                           + "; the digits are the fact's, at another scale", None, payload, best.score)
        return messages.unverified(claim, messages.weak_message(claim, fact, unit, best), best.score)
    if _orders_apart(interval, converted_interval(fact, unit)):
        return messages.unverified(
            claim,
            f"'{claim.text}' is more than a thousand times off '{fact.statement}' = "
            f"{format_value(fact.value, fact.unit)} ({fact.id}); it must count something else",
            best.score,
        )
    agreeing = _agreeing_alternative(best, [*groups[1:], *set_aside], context, period, interval, unit, article)
    if agreeing is not None and _specific(claim, interval):
        # "591 points" beside a jury's 365 and a total of 591: a number this precise that agrees with a
        # fact it was matched to is that fact's, not a slip from the other
        return Finding(claim, Verdict.CONSISTENT, messages.agrees_message(claim, agreeing, unit, period), None,
                       messages.reference_payload(agreeing), best.score)
    if agreeing is not None:
        return messages.unverified(
            claim,
            f"'{claim.text}' differs from '{fact.statement}' = {format_value(fact.value, fact.unit)} ({fact.id}) "
            f"but agrees with '{agreeing.statement}' = {format_value(agreeing.value, agreeing.unit)} "
            f"({agreeing.id}), which it may be about; not decided",
            best.score,
        )
    outdated = _outdated_value(claim, fact, statement_facts, interval, unit)
    if outdated is None and _too_far_for_a_slip(claim, value, interval, fact, unit):
        return messages.unverified(
            claim,
            f"'{claim.text}' is more than {format_number(SLIP_REACH)} times off '{fact.statement}' = "
            f"{format_value(fact.value, fact.unit)} ({fact.id}) and shows no slip of a digit, scale or unit; "
            "it may count something else",
            best.score,
        )
    if outdated is not None:
        message = messages.outdated_message(claim, outdated, fact, reference)
    else:
        message = messages.conflict_message(claim, fact, unit, period)
    return Finding(claim, Verdict.CONFLICTING, message, None, payload, best.score)


# --- choosing the fact ----------------------------------------------------------------------------

# a number given only by its scale: "thousands of", "tens of millions of"
_VAGUE = re.compile(
    r"(?:about\s+|some\s+|nearly\s+)?(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)\b",
    re.I,
)
# a candidate scoring this share of the best is a reading of the sentence worth ruling out before a conflict
ALTERNATIVE_SHARE = 0.6
# a number this many times larger or smaller than the reference is not a misreport of it
MAGNITUDE_REACH = 1000.0


# a bound ("more than 7 million") that the reference exceeds this many times over says little about it
BOUND_REACH = 2.0


def _orders_apart(interval, fact_interval) -> bool:
    """ "$3,499" against a revenue of $383 billion: no slip of a digit or of a scale word."""
    return _times_apart(interval, fact_interval) > MAGNITUDE_REACH * 1.01


def _times_apart(interval, fact_interval) -> float:
    """How many times larger or smaller the nearest value the claim allows is than the fact's nearest
    (1 when they overlap; 0 when a sign or a zero leaves nothing to compare)."""
    if overlaps(interval, fact_interval):
        return 1.0
    low, high = interval
    if high < fact_interval[0]:
        near, far = high, fact_interval[0]
    else:
        near, far = fact_interval[1], low
    if near <= 0 or not math.isfinite(far):
        return 0.0
    return far / near


# a number within this factor of the reference may be a misreport of it; one further off must show
# how it was slipped to (a digit, a scale word, a unit) to be a misreport rather than another quantity
SLIP_REACH = 3.0


def _too_far_for_a_slip(claim: Claim, value, interval, fact: Fact, unit) -> bool:
    """ "159 million children" against 22 million, "46 percent" against 6.4 percent: numbers this far
    apart are seldom one misreported, unless the digits show the slip ("6.86 million" for 68.6 million,
    "6.57 billion" for trillion, "91" for 19, "172 feet" for 172 metres)."""
    fact_span = converted_interval(fact, unit)
    if _times_apart(interval, fact_span) <= SLIP_REACH:
        return False
    if isinstance(value, tuple) or value == 0:
        return True
    step = written_step(claim.text, value)
    middle = _middle(fact_span)
    slipped = [middle * 10.0**power for power in (-3, -2, -1, 1, 2, 3)]
    slipped.append(fact.value if isinstance(fact.value, (int, float)) else 0.0)  # in another unit
    if _written_as(value, step, slipped):
        return False
    return not _digit_slip(_digits(value, step), _digits(middle, step))


# a candidate whose measure the sentence states this well (`what`) is weak only for whose number it is
SAYS_WHAT = 0.9


def _scale_word_slipped(claim: Claim, value, fact: Fact, unit) -> bool:
    """ "8.1 billion yen" for 8.136 trillion: the fact's digits, written to at least two, with a scale
    word a hundred (lakh for crore), a thousand or a million times off."""
    if isinstance(value, tuple) or not value or claim.qualifier not in (None, "exact", "approximate"):
        return False
    step = written_step(claim.text, value)
    if not _telling(_digits(value, step)):
        return False
    middle = _middle(converted_interval(fact, unit))
    # a thousand, a million; a hundred: lakh and crore
    return _written_as(value, step, [middle * 10.0**power for power in (-6, -3, -2, 2, 3, 6)])


def _middle(span: tuple[float, float]) -> float:
    return (span[0] + span[1]) / 2


def _written_as(value: float, step: float, others: list[float]) -> bool:
    """Whether one of `others`, of the value's magnitude, is written with the value's digits."""
    written = _digits(value, step)
    return any(_magnitude(other) == _magnitude(value) and _digits(other, step) == written for other in others)


def _digits(value: float, step: float) -> str:
    """The digits the article wrote a value with ("6.86 million" -> "686")."""
    return str(round(abs(value) / step))


def _telling(written: str) -> bool:
    """At least two significant digits: any one digit is one slip from any other ("60" for 10)."""
    return len(written.rstrip("0")) >= 2


def _magnitude(value: float) -> int | None:
    return floor(log10(abs(value))) if value else None


def _digit_slip(written: str, actual: str) -> bool:
    """One digit changed, or two neighbours swapped ("91" for 19)."""
    if len(written) != len(actual) or not _telling(written):
        return False
    differ = [index for index, (a, b) in enumerate(zip(written, actual)) if a != b]
    if len(differ) == 1:
        return True
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and written[differ[0]] == actual[differ[1]] and written[differ[1]] == actual[differ[0]])


def _far_beyond_bound(claim: Claim, interval, fact_interval) -> bool:
    """ "more than 7 million deaths" against 14.9 million: true, but a writer who meant that figure
    would not have put it so; the number more likely counts something else."""
    if claim.qualifier in ("more_than", "at_least") and interval[0] > 0:
        return fact_interval[0] > interval[0] * BOUND_REACH
    if claim.qualifier in ("less_than", "at_most") and fact_interval[1] > 0:
        return fact_interval[1] * BOUND_REACH < interval[1]
    return False


# a candidate this good may still be confirmed by a precise number that agrees with it (never refuted)
CORROBORATED_SCORE = 0.30
# weak candidates this far behind the best are not what the number may be about: they need not agree
CORROBORATION_REACH = 0.10
# a number written to within this relative half-step agrees with an unrelated fact only by rare chance
SPECIFIC_WIDTH = 0.01


def _specific(claim: Claim, interval) -> bool:
    """ "2,319", "$18.4 billion", "40.3C": exact and precise enough that agreeing with a fact it was
    matched to is evidence of being about it. Not "40", "seven" or "about 5 million"."""
    if claim.qualifier not in (None, "exact") or not all(math.isfinite(bound) for bound in interval):
        return False
    middle = (interval[0] + interval[1]) / 2
    return middle != 0 and (interval[1] - interval[0]) / 2 <= abs(middle) * SPECIFIC_WIDTH


def _corroborated(
    claim: Claim, candidates: list[Candidate], context: ClaimContext, article: Article, config: Config
) -> Finding | None:
    """A consistent verdict for a claim whose candidates cannot decide it by their scores alone: when
    every candidate's value on the claim's date agrees with the number (the "149 shows" two facts
    both count), or when the number is `_specific` and one of them agrees. Agreement confirms a
    match; it never makes a weak one a conflict."""
    unit = claim_unit(claim)
    interval = claim_interval(_claim_value(claim), claim.qualifier, claim.text, config.approximate_margin)
    if not all(math.isfinite(bound) for bound in interval):
        return None  # "above 8,000 metres" is true of many heights
    reference: Reference = article.reference
    agreeing: list[tuple[Candidate, Fact, Period]] = []
    for candidate in candidates:
        period = _period(context, article, _years_named(candidate.record.statement))
        if period.is_future(article.as_of):
            return None
        facts = [candidate.record, *reference.same_statement(candidate.record)]
        fact = _applying_fact(reference, facts, period, article.as_of)
        if fact is not None and overlaps(interval, converted_interval(fact, unit)):
            agreeing.append((candidate, fact, period))
    if not agreeing or (len(agreeing) < len(candidates) and not _specific(claim, interval)):
        return None
    candidate, fact, period = agreeing[0]
    if _far_beyond_bound(claim, interval, converted_interval(fact, unit)):
        return None
    return Finding(claim, Verdict.CONSISTENT, messages.agrees_message(claim, fact, unit, period), None,
                   messages.reference_payload(fact), candidate.score)


def _of_the_year(groups: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate]:
    """For a claim about another year ("92.3 million passengers last year"), the candidates whose
    statement counts in one year ("... in 2023") only when it is that year; all when none is."""
    if not any(_statement_year(group.record.statement) for group in groups):
        return groups
    period = _period(context, article)
    if not period.shifted:
        return groups
    kept = [group for group in groups if _counts_in(group.record.statement, period)]
    return kept or groups


def _one_quantity(tied: list[Candidate], context: ClaimContext, article: Article) -> bool:
    """Whether candidates that tie say the same: all strong, with the same value on the claim's date
    (one quantity in two sources' words); whichever is meant, the number agrees or differs alike."""
    reference: Reference = article.reference
    period = _period(context, article)
    values = set()
    for group in tied:
        if not group.details.get("strong"):
            return False
        fact = _applying_fact(reference, [group.record, *reference.same_statement(group.record)], period, article.as_of)
        if fact is None:
            return False
        values.add((messages.rounded(fact.value) if not isinstance(fact.value, tuple) else fact.value, units.normalize(fact.unit).key))
    return len(values) == 1


def _counts_in(statement: str, period: Period) -> bool:
    """Whether a statement that counts in one year ("... in 2023") counts in the period's; true of one
    that names no year."""
    year = _statement_year(statement)
    return year is None or period.first.year <= year <= period.last.year


def _period(context: ClaimContext, article: Article, ignore_years: frozenset[int] = frozenset()) -> Period:
    """The period the claim speaks about (`claim_period`), worked out once per claim and set of years
    its candidate's statement names, however many tie-breakers and checks ask."""
    answers = context._answers.setdefault("period", {})
    if ignore_years not in answers:
        answers[ignore_years] = claim_period(
            context.sentence, context.start, context.end, article.as_of, context.verbs, ignore_years=ignore_years
        )
    return answers[ignore_years]


def _statement_year(statement: str) -> int | None:
    """The one year a statement counts in ("passengers handled by Dubai International Airport in 2023"),
    if it names one; not a span ("above the 1850-1900 level")."""
    years = re.findall(r"(?<![\d–-])\b(?:1[6-9]|20)\d\d\b(?![–-]\d)", statement)
    return int(years[0]) if len(years) == 1 and len(_years_named(statement)) == 1 else None


def _years_named(statement: str) -> frozenset[int]:
    return frozenset(int(year) for year in re.findall(r"\b(?:1[6-9]|20)\d\d\b", statement))


def _agreeing_alternative(
    best: Candidate, others: list[Candidate], context: ClaimContext, period: Period, interval, unit: units.Unit,
    article: Article,
) -> Fact | None:
    """Another matched fact, nearly as likely, that the number agrees with on the claim's date. Not one
    whose telling words the sentence gives another number ("more than 75 percent of mail on time,
    against a target of 93 percent": the target is 93's)."""
    reference: Reference = article.reference
    floor = best.score * ALTERNATIVE_SHARE
    for candidate in others:
        if candidate.score < floor or ties.words_of_another_number(candidate, best, context):
            continue
        facts = [candidate.record, *reference.same_statement(candidate.record)]
        fact = _applying_fact(reference, facts, period, article.as_of)
        if fact is None:
            continue
        fact_interval = converted_interval(fact, unit)
        if overlaps(interval, fact_interval) and not _far_beyond_bound(context.claim, interval, fact_interval):
            return fact  # not a bound the other fact exceeds many times over: no writer means that
    return None


def _by_year(tied: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate] | None:
    """Statements that tie and differ only in the year they name ("seats won by the BJP at the 2019
    election", "... at the 2024 election") are one quantity counted in different years: the one of
    the year the claim speaks about is meant, else the latest before it. None when the tie is of
    different statements or no year decides."""
    shapes = {_YEAR_IN_STATEMENT.sub("#", statement_key(group.record.statement)) for group in tied}
    years = [_years_named(group.record.statement) for group in tied]
    if len(shapes) != 1 or any(len(found) != 1 for found in years) or len(set().union(*years)) != len(tied):
        return None
    period = _period(context, article)
    year = period.check_date(article.as_of).year
    by_year = {next(iter(found)): group for found, group in zip(years, tied)}
    earlier = [named for named in by_year if named <= year]
    if not earlier:
        return None
    return [by_year[year] if year in by_year else by_year[max(earlier)]]



# "the previous record of", "the former high of", "the old mark of about"
_PREVIOUS_BEFORE = re.compile(
    r"\b(?:previous|former|old|prior|earlier|last)\s+(?:[\w-]+\s+){0,2}?(?:record|high|low|best|mark|peak|"
    r"benchmark|maximum|minimum|title)\s+(?:of\s+|at\s+|was\s+|stood\s+at\s+)?(?:about\s+|some\s+|roughly\s+|"
    r"nearly\s+|almost\s+|around\s+|just\s+)?$",
    re.I,
)


# "from 6.7 percent in September", "set in 2019": the number's own time, right after it
_DATED_AFTER = re.compile(
    r"\s*(?:(?:set|recorded|reached)\s+)?(?:in|on|during|as of|at the end of)\s+(?:the\s+)?(?:(?:1[6-9]|20)\d\d\b|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"(?:last|the previous|the prior)\s+(?:year|month|quarter))",
    re.I,
)
# "which had stood 9,677 feet tall": a value before the one now
_HAD_BEEN_BEFORE = re.compile(
    r"\bhad\s+(?:been\s+(?:held|kept|pegged|fixed|set|capped|frozen)|been|stood|risen|reached|grown|fallen|"
    r"measured|numbered|totalled|totaled|stayed|remained)\s+"
    r"(?:at\s+|to\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?$",
    re.I,
)
_REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|reported|announced|added|wrote)\b", re.I)
# "raised its rate from minus 0.1 percent to ...": the value before the change
_FROM_BEFORE = re.compile(r"\bfrom\s+" + ROUGHLY + "$", re.I)
_TO_AFTER = re.compile(r"\s*,?\s+to\b", re.I)
# "won more than 150 seats, up from 98": the value before the change, when no time is given for it
_UP_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+" + ROUGHLY + r"[$£€]?$", re.I)
# "to 1.5 percent from 1.75 percent": the value before the change
_CHANGED_FROM_BEFORE = re.compile(
    r"\bto\s+[^,;]{1,40}?\s+from\s+" + ROUGHLY + "$", re.I
)


# "to 1,500 CFA francs in April, for the smaller mid-crop, from ": a change to a number, then from
_CHANGED_TO_NUMBER = re.compile(
    r"\bto\s+" + ROUGHLY + r"[$£€]?(?P<number>\d[\d,.]*)[^;]{0,80}?\bfrom\s+" + ROUGHLY + "$",
    re.I,
)


# "the ¥125 billion originally estimated", "an initial budget of": the first value of a series
_ORIGINAL_AFTER = re.compile(
    r"\s+(?:originally|initially|first)\s+(?:estimated|planned|budgeted|forecast|projected|expected|announced|"
    r"proposed|set|quoted)\b", re.I
)
_ORIGINAL_BEFORE = re.compile(
    r"\b(?:originally|initially)\s+(?:estimated|planned|budgeted|forecast|projected|expected|set|put|priced)\s+"
    r"(?:at\s+)?" + ROUGHLY + r"[$£€¥₹]?$|\b(?:original|initial)\s+(?:estimate|budget|forecast|plan|price)\s+of\s+"
    + ROUGHLY + r"[$£€¥₹]?$",
    re.I,
)
# a statement of a limit: an upper one (a bound "up to" or "no more than" states it) or a lower one
_UPPER_LIMIT = re.compile(r"\b(?:limit|cap|maximum|ceiling|max)\b", re.I)
_LOWER_LIMIT = re.compile(r"\b(?:minimum|floor)\b", re.I)


def _states_the_limit(qualifier: str | None, statement: str) -> bool:
    if qualifier in ("at_most", "less_than"):
        return bool(_UPPER_LIMIT.search(statement))
    if qualifier in ("at_least", "more_than"):
        return bool(_LOWER_LIMIT.search(statement))
    return False


def _predecessor(fact: Fact, facts: list[Fact]) -> Fact | None:
    """The value of the same statement that `fact` replaced, if the reference has it."""
    earlier = [other for other in facts if other is not fact and other.recency < fact.recency]
    return max(earlier, key=lambda fact: fact.recency) if earlier else None


def _by_date(tied: list[Candidate], context: ClaimContext, article: Article) -> list[Candidate] | None:
    """Between near-equal candidates, those with a value on the date the sentence names ("the fine
    imposed on Google in 2017" is not the one imposed in 2018). None when the sentence names no time,
    or the date rules out all of them or none."""
    period = _period(context, article, _years_named(tied[0].record.statement))
    if not period.shifted:
        return None
    reference: Reference = article.reference
    dated = [
        group for group in tied
        if _applying_fact(reference, [group.record, *reference.same_statement(group.record)], period, article.as_of)
    ]
    if not dated or len(dated) == len(tied):
        return None
    return dated


_YEAR_IN_STATEMENT = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def _best_per_statement(candidates: list[Candidate]) -> list[Candidate]:
    """The best candidate of each statement, best first (facts of one statement are one fact over time)."""
    best: dict[str, Candidate] = {}
    for candidate in candidates:
        key = statement_key(candidate.record.statement)
        if key not in best or candidate.score > best[key].score:
            best[key] = candidate
    return sorted(best.values(), key=lambda candidate: -candidate.score)


def _applying_fact(reference: Reference, facts: list[Fact], period: Period, article_date) -> Fact | None:
    """The fact of one statement that holds on the claim's date, if any."""
    day = period.check_date(article_date)
    applying = [fact for fact in facts if reference.applies_on(fact, day)]
    if period.shifted:
        # a value measured after the period ("in 2009" against a 2019 figure) says nothing about it
        applying = [
            fact for fact in applying
            if fact.as_of is None or fact.valid_from is not None or fact.as_of.first_day <= period.last
            # "last month's election" for the "share of the vote in the 2024 election", declared later
            or period.first.year in _years_named(fact.statement)
        ]
        # "92.3 million passengers last year" (2024) is no count of the "passengers ... in 2023", nor is
        # the 2023 value of "passengers ... in a year": a year's count holds for its own year only
        applying = [
            fact for fact in applying
            if _counts_in(fact.statement, period) and not _an_earlier_year_s_count(fact, period)
        ]
    if not applying:
        return None
    return max(applying, key=lambda fact: fact.recency)


def _an_earlier_year_s_count(fact: Fact, period: Period) -> bool:
    """Whether `fact` is a count over a year ("passengers handled ... in a year", "annual revenue")
    measured before the whole-year period the claim speaks of."""
    if fact.as_of is None or fact.valid_from is not None or not period.covers_a_year():
        return False
    if rate_of(" ; ".join((fact.statement, *fact.keywords))) != "year":
        return False
    return fact.as_of.last_day < period.first


def _outdated_value(claim: Claim, current: Fact, facts: list[Fact], interval, unit: units.Unit) -> Fact | None:
    """An older value of the statement that the claim agrees with, if there is one."""
    older = [
        fact for fact in facts
        if fact is not current and fact.recency < current.recency
        and overlaps(interval, converted_interval(fact, unit))
    ]
    return max(older, key=lambda fact: fact.recency) if older else None


def _claim_value(claim: Claim):
    if claim_values_as_share(claim):
        # "half" arrives as 0.5: a share, compared in percent
        if isinstance(claim.value, tuple):
            return tuple(part * 100 for part in claim.value)
        return claim.value * 100
    return claim.value
