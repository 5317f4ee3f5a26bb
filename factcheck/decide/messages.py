"""What a numeric verdict says: messages naming the reference value, its date and source."""
from __future__ import annotations

from math import floor, log10

from factcheck import units
from factcheck.match.claim_context import claim_unit
from factcheck.models import Article, Candidate, Claim, Finding, Verdict
from factcheck.quantities import format_number, format_value
from factcheck.reference.model import Fact, Reference, period_text
from factcheck.timeframe import Period


def unverified(claim: Claim, message: str, score: float = 0.0) -> Finding:
    return Finding(claim, Verdict.UNVERIFIED, message, None, None, round(score, 3))


def no_match_message(claim: Claim, usable: list[Candidate], mismatched: list[Candidate]) -> str:
    if mismatched and (not usable or mismatched[0].details.get("words", 0) > usable[0].score):
        fact = mismatched[0].record
        claim_kind = claim_unit(claim)
        fact_unit = units.normalize(fact.unit)
        if claim_kind.kind == fact_unit.kind == units.CURRENCY:
            return (
                f"'{fact.statement}' ({fact.id}) is in {fact_unit.key} and '{claim.text}' in {claim_kind.key}; "
                "amounts in different currencies are not compared"
            )
        return (
            f"'{fact.statement}' ({fact.id}) counts {fact.unit or 'a plain number'}, "
            f"not {claim.unit or 'a plain number'}; not compared"
        )
    if usable and usable[0].score >= 0.1:
        fact = usable[0].record
        scope = usable[0].details.get("scope_differs")
        why = f"; the sentence may count something else ({scope})" if scope else ""
        return (
            f"no reference fact matches closely enough (closest: '{fact.statement}', {fact.id}, "
            f"score {usable[0].score:.2f}{why})"
        )
    return "no reference fact matches"


def no_fact_for_date(fact: Fact, facts: list[Fact], period: Period, article: Article) -> str:
    day = period.check_date(article.as_of)
    dated = sorted((f for f in facts if f.as_of or f.valid_from), key=lambda fact: fact.recency)
    when = "; the reference has " + ", ".join(
        f"{format_value(f.value, f.unit)} ({_when(f)})" for f in dated[:3]
    ) if dated else ""
    wording = f" ('{period.wording}')" if period.shifted else ""
    return f"no value of '{fact.statement}' applies on {day.isoformat()}{wording}{when}"


def agrees_message(claim: Claim, fact: Fact, unit: units.Unit, period: Period) -> str:
    message = f"agrees with '{fact.statement}' = {format_value(fact.value, fact.unit)}"
    message += conversion_note(fact, unit)
    notes = [note for note in (_when(fact), _tolerance_note(fact), _period_note(period)) if note]
    return message + (f" ({'; '.join(notes)})" if notes else "")


def weak_message(claim: Claim, fact: Fact, unit: units.Unit, best: Candidate) -> str:
    value = format_value(fact.value, fact.unit) + conversion_note(fact, unit)
    scope = best.details.get("scope_differs")
    if scope:
        why = f"the sentence may count something else ({scope})"
    elif best.details.get("what", 1.0) < 0.6:
        why = "the sentence does not clearly say it measures this"
    else:
        why = "the sentence does not clearly say whose number it is"
    return f"'{claim.text}' differs from '{fact.statement}' = {value} ({fact.id}), but {why}; not called conflicting"


def conflict_message(claim: Claim, fact: Fact, unit: units.Unit, period: Period) -> str:
    value = format_value(fact.value, fact.unit) + conversion_note(fact, unit)
    statement = fact.statement
    # "157 killed in the crash" reads as a phrase; "population of France" needs the '=' form
    if _is_measure_name(statement):
        described = f"'{statement}' = {value}"
    elif statement.split(" ", 1)[0].casefold() == value.rsplit(" ", 1)[-1].casefold() and " " in statement:
        described = f"{value} {statement.split(' ', 1)[1]}"  # "23 years Mei Xiang and Tian Tian lived ..."
    else:
        described = f"{value} {statement}"
    notes = [note for note in (_when(fact), _tolerance_note(fact), _period_note(period)) if note]
    notes.append(f"reference {fact.id}")
    if fact.source:
        notes.append(f"source {fact.source}")
    return f"'{claim.text}' conflicts with {described} ({'; '.join(notes)})"


def outdated_message(claim: Claim, old: Fact, current: Fact, reference: Reference) -> str:
    old_value = format_value(old.value, old.unit)
    new_value = format_value(current.value, current.unit)
    changed = _change_date(old, current, reference)
    source = f", source {current.source}" if current.source else ""
    return (
        f"'{claim.text}' is outdated: '{current.statement}' was {old_value} until {changed}; "
        f"{new_value} since (reference {current.id}{source})"
    )


def _change_date(old: Fact, current: Fact, reference: Reference) -> str:
    if old.valid_to is not None:
        return str(old.valid_to)
    if current.valid_from is not None:
        return str(current.valid_from)
    successors = reference.successors(old)
    following = successors[0] if successors else current
    return str(following.as_of) if following.as_of else "recently"


def conversion_note(fact: Fact, unit: units.Unit) -> str:
    fact_unit = units.normalize(fact.unit)
    if fact_unit.kind != units.PHYSICAL or fact_unit.key == unit.key or isinstance(fact.value, tuple):
        return ""
    converted = units.convert(fact.value, fact_unit, unit)
    return f" (= {format_number(rounded(converted))} {unit.written or unit.key})"


def rounded(value: float) -> float:
    """Four significant digits: enough to see agreement, few enough to read."""
    if value == 0:
        return 0.0
    digits = 4 - int(floor(log10(abs(value)))) - 1
    return round(value, digits)


def _when(fact: Fact) -> str:
    if fact.as_of:
        return f"as of {fact.as_of}"
    return period_text(fact.valid_from, fact.valid_to)


def _tolerance_note(fact: Fact) -> str:
    return f"tolerance {fact.tolerance}" if fact.tolerance else ""


def _period_note(period: Period) -> str:
    return f"checked for {period} ('{period.wording}')" if period.shifted else ""


def _is_measure_name(statement: str) -> bool:
    words = statement.split()
    return len(words) > 2 and words[1].lower() == "of" and words[0][:1].islower()


def reference_payload(fact: Fact) -> dict:
    value = list(fact.value) if isinstance(fact.value, tuple) else fact.value
    return {"id": fact.id, "value": value, "unit": fact.unit, "source": fact.source}

