"""Parsers for the scalar fields of a reference record: ids, dates, numbers, ranges, tolerances.

Each parser takes what the curator wrote (text, or an already typed value) and
returns the typed value, or raises `ValueError` whose message is the problem
as a curator should read it, e.g. `'2018-13-01' is not a date (YYYY-MM-DD)`.
"""
from __future__ import annotations

import datetime as dt
import difflib
import math
import re
from collections.abc import Iterable

from factcheck.reference.model import PartialDate, Tolerance, Value

ENTITY_TYPES = ("person", "organization", "place", "group", "other")

_SLUG = re.compile(r"[a-z0-9-]+")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_INTEGER = re.compile(r"[+-]?\d+")
# "14,000" and "1,250,000.5": commas only where a thousands separator belongs
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_RANGE_SEPARATOR = ".."


def describe_value(value: object) -> str:
    """How a value of the wrong type is named in a message: `text 'x'`, `a list`, `a mapping`."""
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return f"text {value!r}"
    if isinstance(value, bool):
        return f"a boolean ({value})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}"


def unknown_key(key: str, allowed: Iterable[str], noun: str = "key") -> str:
    """The problem for a key the format does not define, with the nearest known key if any."""
    allowed = list(allowed)
    close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
    if close:
        return f"unknown {noun} (did you mean '{close[0]}'?)"
    return f"unknown {noun} (expected one of: {', '.join(allowed)})"


def parse_id(text: str) -> str:
    if not _SLUG.fullmatch(text):
        raise ValueError(f"{text!r} is not a valid id (use lower-case letters, digits and '-')")
    return text


def parse_entity_type(text: str) -> str:
    kind = text.lower()
    if kind in ENTITY_TYPES:
        return kind
    close = difflib.get_close_matches(kind, ENTITY_TYPES, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(ENTITY_TYPES)}"
    raise ValueError(f"{text!r} is not an entity type ({hint})")


def parse_date(value: object) -> PartialDate:
    """`2019-09-01`, `2019-09` or `2019` (also a `datetime.date` or an int year)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValueError(f"expected a date (YYYY-MM-DD, YYYY-MM or YYYY), got {describe_value(value)}")
    text = value.strip()
    match = _DATE.fullmatch(text)
    if match:
        year = int(match[1])
        month = int(match[2]) if match[2] else None
        day = int(match[3]) if match[3] else None
        try:
            dt.date(year, month or 1, day or 1)  # validates month and day
        except ValueError:
            pass
        else:
            return PartialDate(year, month, day)
    # name the form the curator was evidently aiming at
    expected = {2: "YYYY-MM-DD", 1: "YYYY-MM"}.get(text.count("-"), "YYYY-MM-DD, YYYY-MM or YYYY")
    raise ValueError(f"{text!r} is not a date ({expected})")


def parse_number(value: object) -> int | float:
    """A finite number: `14000`, `2.5e6`, `14,000`, `1_000` (or an int/float)."""
    if isinstance(value, bool):
        raise ValueError(f"expected a number, got {describe_value(value)}")
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{value!r} is not a finite number")
        return value
    if not isinstance(value, str):
        raise ValueError(f"expected a number, got {describe_value(value)}")
    text = value.strip()
    digits = text.replace(",", "") if _GROUPED.fullmatch(text) else text
    if _INTEGER.fullmatch(digits.replace("_", "")):
        return int(digits.replace("_", ""))
    try:
        number = float(digits)
    except ValueError:
        number = None
    if number is None or not math.isfinite(number) or not any(c.isdigit() for c in digits):
        if text.endswith("%"):
            raise ValueError(f"{text!r} is not a number (for a percentage write the number with unit: percent)")
        raise ValueError(f"{text!r} is not a number")
    return number


def parse_value(value: object) -> Value:
    """A number, or a range given as `[low, high]` or `low..high`."""
    if isinstance(value, str) and _RANGE_SEPARATOR in value:
        parts = value.split(_RANGE_SEPARATOR)
        if len(parts) != 2:
            raise ValueError(f"{value.strip()!r} is not a range (write low..high)")
        return _range(parts, value.strip())
    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            raise ValueError(f"a range is [low, high], got {len(value)} item{'s' if len(value) != 1 else ''}")
        return _range(value, "[" + ", ".join(str(item) for item in value) + "]")
    if isinstance(value, dict):
        raise ValueError(f"expected a number or a range [low, high], got {describe_value(value)}")
    return parse_number(value)


def _range(items, written: str) -> tuple[int | float, int | float]:
    low, high = (parse_number(item) for item in items)
    if low > high:
        raise ValueError(f"{written} is not a range (low is above high)")
    return (low, high)


def parse_tolerance(value: object) -> Tolerance:
    """Relative `"5%"` (stored as 0.05) or absolute `500`."""
    written = value.strip() if isinstance(value, str) else value
    relative = isinstance(written, str) and written.endswith("%")
    try:
        amount = parse_number(written[:-1] if relative else written)
    except ValueError:
        raise ValueError(
            f"{written!r} is not a tolerance (a percentage like '5%' or an absolute amount like 500)"
        ) from None
    if amount < 0:
        raise ValueError(f"{written!r} is not a tolerance (it must not be negative)")
    return Tolerance(amount / 100 if relative else amount, relative=relative)


def check_period(start: PartialDate | None, end: PartialDate | None, end_key: str) -> None:
    """Reject a period that ends before it starts (a typo in one of the years, usually)."""
    if start and end and start.first_day > end.last_day:
        raise ValueError(f"{start} is after '{end_key}' {end}")
