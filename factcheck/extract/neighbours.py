"""Neighbouring numbers read together: "10 to 12", "between 5 and 7", "from $40,000
to $60,000" are ranges; "eight or nine euros" and "7- or 8-inch" share the unit
written once; "1 hour and 46 minutes" is one duration; "435 homes by open sale and 187 by tender" carries the noun over; a
conversion in parentheses ("more than 100 km (60 miles)") keeps the qualifier.
"""
from __future__ import annotations

import re

from factcheck.extract.number_words import digits_value, words_value
from factcheck.extract.numbers import NumberMention
from factcheck.extract.qualifiers import EXACT, RANGE
from factcheck.extract.reading import AGE, SHARE, DocContext, Reading


_RANGE_CONNECTOR = re.compile(r"\s*(?:-|–|—|to-?|-to-|through|thru)\s*", re.IGNORECASE)

_UP_TO = re.compile(r"\s*up\s+to\s*", re.IGNORECASE)

_AND = re.compile(r"\s*and\s*", re.IGNORECASE)

# Between "from X" and "to Y", a time of day or a date may intervene ("§" stands for it).
_TIMED_TO = re.compile(r"\s*(?:(?:in|at|on|during|last|this|that|night|morning|evening|afternoon|§)\s*)+to\s*", re.IGNORECASE)


def _without(gap: str, excluded: list[tuple[int, int]], offset: int) -> str:
    """`gap` with every excluded span (a date, a year, a time) replaced by "§"."""
    characters = list(gap)
    for start, end in excluded:
        for index in range(max(start, offset), min(end, offset + len(gap))):
            characters[index - offset] = "§"
    return re.sub("§+", "§", "".join(characters))


def join_ranges(readings: list[Reading], context: DocContext) -> list[Reading]:
    joined: list[Reading] = []
    index = 0
    while index < len(readings):
        first = readings[index]
        if index + 1 < len(readings):
            merged = _range(first, readings[index + 1], context)
            if merged is not None:
                joined.append(merged)
                index += 2
                continue
        joined.append(first)
        index += 1
    return joined


def _range(first: Reading, second: Reading, context: DocContext) -> Reading | None:
    text = context.text
    if isinstance(first.value, tuple) or isinstance(second.value, tuple):
        return None
    if first.mention.share or second.mention.share:
        return None
    # A noun found beyond the second number belongs to both ("2000 - 2500 Calories").
    first_unit = None if first.noun_far else first.unit
    first_end = first.mention.end if first.noun_far or first.unit is None else first.end
    gap = text[first_end:second.mention.outer_start]
    before = text[context.sentence_start(first.start):first.start]
    between = re.search(r"\bbetween\s+$", before, re.IGNORECASE)
    from_ = re.search(r"\bfrom\s+$", before, re.IGNORECASE)
    if _AND.fullmatch(gap):
        if not between:
            return None
    elif _UP_TO.fullmatch(gap):
        if not from_:
            return None
    elif from_ and _TIMED_TO.fullmatch(_without(gap, context.excluded, first_end)):
        pass  # "from 20 mpg in 2008 to 29 mpg in 2020", "from $36,040 at 10.45pm to $34,935"
    elif _RANGE_CONNECTOR.fullmatch(gap):
        if gap.strip() in {"-", "–", "—"} and first.value >= second.value:
            return None
        if gap.strip().lower().startswith("to") and first.value > second.value and not from_:
            return None  # "passed by 43 votes to 19", "won 3 to 1": a tally, not a range
        # "rose 64 points to 4,577": a change, then the level reached
        if gap.strip().lower().startswith("to") and first.change is not None and first_unit is not None and not from_:
            return None
    else:
        return None
    if first_unit is not None and second.unit is not None and first_unit != second.unit:
        if not second.unit.startswith(first_unit + " per ") and not first_unit.startswith(second.unit + " per "):
            return None
    low, high = first.value, second.value
    if second.mention.scaled and not first.mention.scaled:
        # "$10 to $15 billion", "four to five thousand": the scale is written once
        scale = second.mention.value / _unscaled(second.mention, text)
        if scale > 1 and low * scale <= high:
            low = low * scale
    unit = second.unit if second.unit is not None and len(second.unit) >= len(first_unit or "") else first_unit
    kind = second.kind if second.unit is not None else first.kind
    merged = Reading(first.mention, (min(low, high), max(low, high)), unit=unit, kind=kind, end=max(second.end, first_end))
    merged.qualifier = first.qualifier if first.qualifier != EXACT else RANGE
    merged.qualifier_start = first.qualifier_start
    if between and first.qualifier_start is None:
        merged.qualifier_start = first.start - (len(before) - between.start())  # "between 5 and 7 percent"
    merged.change = first.change
    merged.sign = first.sign
    return merged


# seconds in each unit of a duration written in parts ("1 hour and 46 minutes"; not "14 days, and 16 hours"
# at the end of a list of spans)
_SECONDS = {"hour": 3600.0, "minute": 60.0, "second": 1.0}
_SMALLER_PART = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<number>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s*"
    r"(?P<unit>hours?|hrs?|minutes?|mins?|seconds?|secs?)\b",
    re.IGNORECASE,
)
_PART_UNIT = {"hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second", "secs": "second"}


def join_durations(readings: list[Reading], text: str) -> list[Reading]:
    """ "1 hour and 46 minutes", "2 hours, 1 minute and 9 seconds": the smaller units (not read on
    their own) add to the duration they follow, counted in the smallest (106 minutes), the precision
    it is written to."""
    for reading in readings:
        if reading.unit not in _SECONDS or isinstance(reading.value, tuple):
            continue
        seconds, end, smallest = reading.value * _SECONDS[reading.unit], reading.end, reading.unit
        while (found := _SMALLER_PART.match(text, end)) is not None:
            written = found.group("unit").lower()
            unit = _PART_UNIT.get(written, written.rstrip("s"))
            if _SECONDS[unit] >= _SECONDS[smallest]:
                break
            number = found.group("number")
            amount = float(number) if number[0].isdigit() else words_value(number)
            if amount is None:
                break
            seconds += amount * _SECONDS[unit]
            end, smallest = found.end(), unit
        if end != reading.end:
            reading.value, reading.unit, reading.end = seconds / _SECONDS[smallest], smallest, end
    joined: list[Reading] = []
    for reading in readings:
        if joined and joined[-1].unit in _SECONDS and reading.mention.start < joined[-1].end:
            continue  # a part of the duration before it ("two hours and 35 seconds")
        joined.append(reading)
    return joined


def _unscaled(mention: NumberMention, text: str) -> float:
    raw = text[mention.start:mention.end]
    number = re.match(r"[\d.,]+", raw)
    if number:
        return digits_value(number.group(0)) or mention.value
    words = re.match(r"[A-Za-z\- ]+?(?=\s+(?:hundred|thousand|million|billion|trillion)\b)", raw)
    if words:
        return words_value(words.group(0)) or mention.value
    return mention.value

# A number written bare beside one with a unit takes that unit, when the two are
# plainly the same kind of figure.
_ELIDED = re.compile(r"-?\s*(?:,|or|and|to|,\s*or|,\s*and)\s*", re.IGNORECASE)

_COMPARED = re.compile(
    r"[^\d]{0,40}?\b(?:from|to|than|and|or|while|versus|vs\.?|against|compared\s+(?:with|to)|by)\b[^\d]{0,20}",
    re.IGNORECASE,
)


def share_units(readings: list[Reading], text: str) -> None:
    """Give a bare number the unit its neighbour states, and a restated figure the
    direction of the one it restates."""
    # "eight or nine euros", "7- or 8-inch", "four-, five- and six-cylinder": right to left
    for index in range(len(readings) - 2, -1, -1):
        current, following = readings[index], readings[index + 1]
        if current.bare and following.unit and not isinstance(following.value, tuple):
            if _ELIDED.fullmatch(text[current.mention.end:following.start]):
                current.unit, current.kind = following.unit, following.kind
    # "435 homes by open sale and 187 by tender", "84.75 cents, while the lowest is 74.07"
    for previous, current in zip(readings, readings[1:]):
        if not current.bare or previous.unit is None or previous.kind in {SHARE, AGE}:
            continue
        if isinstance(previous.value, tuple) or isinstance(current.value, tuple):
            continue
        gap = text[previous.end:current.start]
        if len(gap) > 60 or not _COMPARED.fullmatch(gap) or re.search(r"[.!?;:]\s|\n", gap):
            continue
        ratio = abs(current.value) / abs(previous.value) if previous.value else 0
        if 0.1 <= ratio <= 10:
            current.unit, current.kind = previous.unit, previous.kind
    # "lost 190 points, or 0.6%": the second figure restates the same change
    for previous, current in zip(readings, readings[1:]):
        if current.change is None and previous.change is not None:
            if re.fullmatch(r"\s*,?\s*(?:or|and)\s*", text[previous.end:current.start]):
                current.change = previous.change


def inherit_from_parentheses(readings: list[Reading], text: str) -> None:
    """ "more than 100 km (60 miles)", "just under 296 hp (224 kW / 300 PS)": a
    conversion in parentheses restates the quantity before it."""
    for index in range(1, len(readings)):
        current = readings[index]
        source = readings[index - 1]
        gap = text[source.end:current.start]
        if re.fullmatch(r"\s*\(\s*", gap) or re.fullmatch(r"\s*/\s*", gap) and "(" in text[max(0, source.start - 3):source.start]:
            if current.qualifier == EXACT and source.qualifier not in {EXACT, RANGE}:
                current.qualifier = source.qualifier
            if current.change is None:
                current.change = source.change
