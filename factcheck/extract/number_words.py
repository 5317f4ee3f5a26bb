"""Numbers written as words or with scale words: "twenty-eight thousand", "2.5 million", "$3.5bn".

Pure functions over strings; the quantity finder decides where a number is.
"""
from __future__ import annotations

import re

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers that may follow a number word or digits ("two dozen", "4 hundred million").
SCALES = {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
# Abbreviated scales written after digits, mostly in money: "$3.5bn", "£600m", "35m", "25k".
# Case matters for "M"/"B"/"K" only in that the lower-case forms are also unit symbols
# (metre, bit); the quantity finder decides between the two readings.
SCALE_ABBREVIATIONS = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6,
    "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}
# Denominators for fractions: "a third", "two-thirds", "one in five" is handled by the finder.
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
UNICODE_FRACTIONS = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
    "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}
DOZEN = 12.0

NUMBER_WORDS = {**SMALL, **TENS}
ALL_NUMBER_WORDS = set(NUMBER_WORDS) | set(SCALES) | {"dozen", "dozens"}

_WORD_SPLIT = re.compile(r"[\s\-‐–]+")


def words_value(phrase: str) -> float | None:
    """The value of a number written in words ("three hundred and five", "twenty-eight
    thousand six hundred forty-two", "two dozen"), or None if it is not one."""
    words = [word for word in _WORD_SPLIT.split(phrase.lower().strip()) if word and word != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen_number = False
    for word in words:
        if word in SMALL:
            current += SMALL[word]
            seen_number = True
        elif word in TENS:
            current += TENS[word]
            seen_number = True
        elif word == "dozen":
            current = (current or 1) * DOZEN
            seen_number = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen_number = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
            seen_number = True
        else:
            return None
    return total + current if seen_number else None


def digits_value(text: str) -> float | None:
    """The value of digits as news writes them: "14,000", "2.5", ".500", "−1.4", "1/2", "10 1/2"."""
    text = text.strip().replace("−", "-").replace("\u2009", "").replace("\u202f", "")
    mixed = re.fullmatch(r"(-?\d+)\s+(\d+)\s*[/⁄]\s*(\d+)", text)
    if mixed:
        whole, numerator, denominator = (int(part) for part in mixed.groups())
        if denominator == 0:
            return None
        sign = -1 if whole < 0 else 1
        return whole + sign * numerator / denominator
    fraction = re.fullmatch(r"(-?\d+)\s*[/⁄]\s*(\d+)", text)
    if fraction:
        numerator, denominator = int(fraction.group(1)), int(fraction.group(2))
        return numerator / denominator if denominator else None
    if text and text[-1] in UNICODE_FRACTIONS:
        whole = text[:-1].strip()
        base = float(whole) if whole and whole != "-" else 0.0
        return base + UNICODE_FRACTIONS[text[-1]]
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def fraction_value(numerator_word: str | None, denominator_word: str) -> float | None:
    """The share named by "a third", "two-thirds", "half", "three quarters" (0..1)."""
    denominator = FRACTIONS.get(denominator_word.lower())
    if denominator is None:
        return None
    if numerator_word is None or numerator_word.lower() in {"a", "an", "one"}:
        numerator = 1.0
    else:
        numerator = words_value(numerator_word) or digits_value(numerator_word)
        if numerator is None:
            return None
    return numerator / denominator
