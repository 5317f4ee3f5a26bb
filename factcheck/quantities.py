"""Comparing a number as an article wrote it with a reference value.

A claim stands for an interval of values:

- an exact number stands for everything that rounds to it at the precision
  it was written: "14,000" for 13,500..14,500, "14,200" for 14,150..14,250,
  "47.6 million" for 47.55..47.65 million. Trailing zeros of a plain number
  are read as rounding, but at least two significant digits are kept ("10",
  "50" are exact; "200" stands for 195..205), and the digits written before
  a scale word all count ("10 billion" stands for 9.5..10.5 billion);
- "about", "nearly", "almost" (qualifier `approximate`) widen that to
  `Config.approximate_margin` of the value either side;
- "more than" / "at least" stand for the value and above, "less than" /
  "at most" for the value and below. The reference value may itself be a
  rounded figure, so reaching the bound exactly is not a conflict;
- a range stands for itself, widened by its precision.

A fact stands for its value (or range), widened by its `tolerance`. The claim
agrees when the two intervals overlap, after converting the fact's value to
the claim's unit.
"""
from __future__ import annotations

import math
import re

from factcheck import units
from factcheck.reference.model import Fact

INFINITY = math.inf
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}
_NUMBER = re.compile(
    r"(?P<integer>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|mln|mn|bn|tn|[kmb])\b)?",
    re.I,
)


def written_step(text: str, value: float) -> float:
    """The precision the article wrote `value` at, in the value's own scale (1000 for "14,000")."""
    for found in _NUMBER.finditer(text):
        digits = found.group("integer").replace(",", "")
        number = float(digits + "." + (found.group("decimals") or "0"))
        # "330 m" is metres, not millions: try the scale word, then the bare number
        for scale in (SCALES.get((found.group("scale") or "").lower(), 1.0), 1.0):
            if not _close(number * scale, value):
                continue  # another number in the text ("Flight 302" is not the value)
            if found.group("decimals"):
                return 10.0 ** -len(found.group("decimals")) * scale
            return _integer_step(digits) * scale
    return _value_step(value)


def _integer_step(digits: str) -> float:
    trailing_zeros = len(digits) - len(digits.rstrip("0"))
    if digits.strip("0") == "":
        return 1.0
    return 10.0 ** max(0, min(trailing_zeros, len(digits) - 2))


def _value_step(value: float) -> float:
    """The precision of a number known only as a value (written in words: "twelve", "a dozen")."""
    if value == int(value):
        return _integer_step(str(int(abs(value)))) if abs(value) >= 100 else 1.0
    decimals = len(repr(float(value)).split(".")[1].rstrip("0"))
    return 10.0 ** -min(decimals, 6)


def _close(written: float, value: float) -> bool:
    return abs(written - value) <= 1e-6 * max(abs(written), abs(value), 1.0)


# an approximate number is not further off than this many steps of its last written digit
APPROXIMATE_STEPS = 5


def claim_interval(
    value: float | tuple[float, float], qualifier: str | None, text: str, approximate_margin: float
) -> tuple[float, float]:
    """The values a claim stands for (see the module docstring)."""
    qualifier = qualifier or "exact"
    if isinstance(value, tuple):
        low, high = sorted(value)
        return low - written_step(text, low) / 2, high + written_step(text, high) / 2
    step = written_step(text, value)
    half_step = step / 2
    if qualifier == "approximate":
        # "about 14,000" allows 10 percent; "some 29.8 million", written to a tenth, no more than
        # APPROXIMATE_STEPS of its last digit
        margin = max(half_step, min(abs(value) * approximate_margin, APPROXIMATE_STEPS * step))
        return value - margin, value + margin
    if qualifier in ("more_than", "at_least"):
        return value, INFINITY
    if qualifier in ("less_than", "at_most"):
        return -INFINITY, value
    return value - half_step, value + half_step


def fact_interval(fact: Fact) -> tuple[float, float]:
    """The values a fact allows: its value or range, widened by its tolerance."""
    low, high = (sorted(fact.value) if isinstance(fact.value, tuple) else (fact.value, fact.value))
    if fact.tolerance is None:
        return low, high
    if fact.tolerance.relative:
        return low - abs(low) * fact.tolerance.amount, high + abs(high) * fact.tolerance.amount
    return low - fact.tolerance.amount, high + fact.tolerance.amount


def converted_interval(fact: Fact, to_unit: units.Unit) -> tuple[float, float]:
    """`fact_interval` in the claim's unit."""
    low, high = fact_interval(fact)
    from_unit = units.normalize(fact.unit)
    converted = sorted(units.convert(bound, from_unit, to_unit) for bound in (low, high))
    return converted[0], converted[1]


def overlaps(first: tuple[float, float], second: tuple[float, float]) -> bool:
    tolerance = 1e-9 * max(1.0, *(abs(bound) for bound in (*first, *second) if math.isfinite(bound)))
    return first[0] <= second[1] + tolerance and second[0] <= first[1] + tolerance


def format_number(value: float) -> str:
    """14000 -> '14,000'; 47564296 -> '47,564,296'; 1.5e10 -> '15 billion'; 0.25 -> '0.25'."""
    if value is None or not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 1e9 and _round_to(value, 1e6):
        for word, scale in (("trillion", 1e12), ("billion", 1e9)):
            if magnitude >= scale:
                return f"{value / scale:,.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value == int(value):
        return f"{int(value):,}"
    if magnitude >= 100:
        return f"{value:,.1f}".rstrip("0").rstrip(".")
    return f"{value:,.3g}" if magnitude < 1 else f"{value:,.2f}".rstrip("0").rstrip(".")


def _round_to(value: float, step: float) -> bool:
    return abs(value / step - round(value / step)) < 1e-9


def format_value(value: float | tuple[float, float], unit: str | None) -> str:
    """A fact's value with its unit as a message shows it: '14,000', '330 m', '10 billion USD', '45%'."""
    if isinstance(value, tuple):
        number = f"{format_number(value[0])}-{format_number(value[1])}"
    else:
        number = format_number(value)
    normalized = units.normalize(unit)
    if normalized.kind == units.SHARE:
        return f"{number}%"
    if normalized.kind == units.COUNT or not unit:
        return number
    return f"{number} {unit}"
