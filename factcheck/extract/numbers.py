"""Where the numbers are in a text, and what each is worth.

A `NumberMention` is a number as written, with what is glued to it: a sign, a
currency written before it ("$", "US $", "RM"), a scale ("2.5 million", "£600m",
"$3.5bn"). Units, qualifiers and what the number counts are decided later, with
the parse, by `quantities`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.extract.number_words import (
    FRACTIONS,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALES,
    UNICODE_FRACTIONS,
    digits_value,
    fraction_value,
    words_value,
)
from factcheck.extract.unit_lexicon import PREFIX_CURRENCIES


@dataclass
class NumberMention:
    start: int  # first character of the number (after any currency and sign)
    end: int  # end of the number and its scale
    value: float
    written_in_words: bool = False
    scaled: bool = False  # "million", "bn", "m" applied
    currency: str | None = None
    currency_start: int | None = None
    share: bool = False  # a fraction word used as a share ("half the condos")
    vague: tuple[float, float] | None = None  # "thousands of" -> (1000, 10000)
    attached_scale: str | None = None  # "m", "b": may also be a unit symbol

    @property
    def outer_start(self) -> int:
        return self.currency_start if self.currency_start is not None else self.start


_DIGITS = re.compile(
    r"""
    (?P<mixed>\d+\s\d+\s?[/⁄]\s?\d+)
  | (?P<slash>\d+\s?[/⁄]\s?\d+)
  | (?P<plain>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?!,\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?P<ufrac>[½¼¾⅓⅔⅛⅜⅝⅞])?
  | (?P<uonly>[½¼¾⅓⅔⅛⅜⅝⅞])
    """,
    re.VERBOSE,
)
# Denominators of written fractions ("1/2 cup", "3/4 mile", "1/16 of a pint"); others
# ("9/11", "7/13") are dates or labels.
_FRACTION_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128, 1000}
_WORD_ALTERNATION = "|".join(sorted(list(NUMBER_WORDS) + list(SCALES) + ["dozen"], key=len, reverse=True))
_WORDS = re.compile(
    rf"\b(?:{_WORD_ALTERNATION})(?:(?:[\s\-]+|\s+and\s+)(?:{_WORD_ALTERNATION}))*\b(?!-(?:thirds?|quarters?|fifths?|halves))",
    re.IGNORECASE,
)
_FRACTION_NUMERATORS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten"
_FRACTION = re.compile(
    rf"\b(?:(?P<numerator>{_FRACTION_NUMERATORS})[\s\-]+)?(?P<denominator>{'|'.join(FRACTIONS)})\b",
    re.IGNORECASE,
)
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:(?P<tens>tens|hundreds)\s+of\s+)?(?P<scale>dozens|hundreds|thousands|millions|billions)\s+of\b",
    re.IGNORECASE,
)
_SCALE_WORD = re.compile(r"(?:\s+|\s*-\s*)(?P<word>hundred|thousand|million|billion|trillion|lakh|crore)\b", re.IGNORECASE)
_SCALE_ABBREVIATION = re.compile(r"(?P<space>\s?)(?P<abbr>bn|bln|mn|mln|mil|mio|trn|tn|[kKmMbB])(?![A-Za-z0-9²³])")
_PREFIX_CURRENCY = re.compile(
    "(?:" + "|".join(re.escape(code).replace(r"\ ", r"\s") for code in sorted(PREFIX_CURRENCIES, key=len, reverse=True)) + r")\s?$"
)


_SMALL_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|hundred|thousand"
# "one in five", "two out of three": a share.
_ONE_IN = re.compile(
    rf"\b(?P<numerator>{_SMALL_NUMBER}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<denominator>{_SMALL_NUMBER}|\d+)\b(?![.,]\d)",
    re.IGNORECASE,
)
# "1.99×10^30", "2.998 x 10−8"
_SCIENTIFIC = re.compile(r"(?<![\w.])(?P<mantissa>\d+(?:\.\d+)?)\s?[×xX*]\s?10\s?(?:\^|\*\*)?\s?(?P<exponent>[-−]?\d{1,3})\b")
# "sixfold", "10-fold": the number part; the finder reads "fold" as "times".
_FOLD = re.compile(rf"\b(?P<number>{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}|\d+(?:\.\d+)?)(?=-?fold\b)", re.IGNORECASE)


def find_numbers(text: str) -> list[NumberMention]:
    """Every number written in `text`, in order, without overlaps."""
    mentions: list[NumberMention] = []
    taken = [False] * (len(text) + 1)

    def claim(mention: NumberMention) -> None:
        for index in range(mention.outer_start, mention.end):
            taken[index] = True
        mentions.append(mention)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    for match in _SCIENTIFIC.finditer(text):
        exponent = int(match.group("exponent").replace("−", "-"))
        if abs(exponent) > 300:
            continue
        value = float(match.group("mantissa")) * 10.0 ** exponent
        currency, currency_start = _currency_before(text, match.start())
        claim(NumberMention(match.start(), match.end(), value, currency=currency, currency_start=currency_start))

    for match in _ONE_IN.finditer(text):
        numerator = words_value(match.group("numerator")) or digits_value(match.group("numerator"))
        denominator = words_value(match.group("denominator")) or digits_value(match.group("denominator"))
        if numerator and denominator and numerator < denominator <= 1000:
            claim(NumberMention(match.start(), match.end(), numerator / denominator, written_in_words=True, share=True))

    for match in _FOLD.finditer(text):
        number = match.group("number")
        value = words_value(number) if number[0].isalpha() else digits_value(number)
        if value is not None and free(match.start(), match.end()):
            claim(NumberMention(match.start(), match.end(), value, written_in_words=number[0].isalpha()))

    for match in _VAGUE.finditer(text):
        scale = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}[
            match.group("scale").lower()
        ]
        if match.group("tens"):
            scale *= 10.0 if match.group("tens").lower() == "tens" else 100.0
        end = match.end() - len("of")
        end = len(text[:end].rstrip())
        claim(NumberMention(match.start(), end, scale, written_in_words=True, vague=(scale, scale * 10)))

    for match in _FRACTION.finditer(text):
        if not free(match.start(), match.end()):
            continue
        mention = _fraction_mention(text, match)
        if mention is not None:
            claim(mention)

    for match in _DIGITS.finditer(text):
        if not free(match.start(), match.end()):
            continue
        mention = _digits_mention(text, match)
        if mention is not None:
            claim(mention)

    for match in _WORDS.finditer(text):
        if not free(match.start(), match.end()):
            continue
        mention = _words_mention(text, match)
        if mention is not None and free(mention.outer_start, mention.end):
            claim(mention)

    mentions.sort(key=lambda mention: mention.outer_start)
    return mentions


def _digits_mention(text: str, match: re.Match) -> NumberMention | None:
    start, end = match.start(), match.end()
    before = text[start - 1] if start else " "
    # Digits glued to letters are part of a name ("A2", "S23", "CAC40", "ID.3"),
    # unless the letters are a currency ("RM79", "USD10m", "$US113").
    currency, currency_start = _currency_before(text, start)
    if (before.isalnum() or before in "._") and currency is None:
        return None
    # Digits glued to letters and more digits are a code ("1e10", "24703L202"), not a
    # number with a unit; "m2", "km3" are units.
    if re.match(r"[A-Za-z]{1,3}\d", text[end:end + 4]) and not re.match(r"(?:m|km|cm|mm|ft|in)[23]\b", text[end:end + 4]):
        return None
    if match.group("uonly"):
        value = UNICODE_FRACTIONS[match.group("uonly")]
    elif match.group("plain"):
        value = digits_value(match.group("plain") + (match.group("ufrac") or ""))
    else:
        raw = match.group("mixed") or match.group("slash")
        numerator, denominator = (int(part) for part in re.findall(r"\d+", raw)[-2:])
        if numerator >= denominator or denominator not in _FRACTION_DENOMINATORS:
            # "24/7", "9/11", "50/50" are not fractions
            return None
        value = digits_value(raw)
    if value is None:
        return None
    mention = NumberMention(start, end, value, currency=currency, currency_start=currency_start)
    _apply_scale(text, mention)
    _apply_and_a_half(text, mention)
    return mention


def _words_mention(text: str, match: re.Match) -> NumberMention | None:
    phrase = match.group(0)
    start, end = match.start(), match.end()
    value = words_value(phrase)
    if value is None:
        return None
    # "a dozen", "a hundred", "a million"; a bare "hundred" or "million" is not a number by itself
    first = phrase.split()[0].split("-")[0].lower()
    if first in SCALES or first == "dozen":
        article = re.search(r"\ban?\s+$", text[max(0, start - 4):start], re.IGNORECASE)
        if not article:
            return None
        start = max(0, start - 4) + article.start()
    currency, currency_start = _currency_before(text, start)
    mention = NumberMention(start, end, value, written_in_words=True, currency=currency, currency_start=currency_start)
    if any(word.lower() in SCALES for word in re.split(r"[\s\-]+", phrase)):
        mention.scaled = True
    _apply_and_a_half(text, mention)
    return mention


def _fraction_mention(text: str, match: re.Match) -> NumberMention | None:
    numerator_word = match.group("numerator")
    denominator_word = match.group("denominator").lower()
    if numerator_word is None and denominator_word not in {"half"}:
        # "third", "quarter" alone are ordinals or periods, but "quarter million" is a number
        if not (denominator_word == "quarter" and re.match(r"\s+(?:million|billion|trillion)\b", text[match.end():], re.I)):
            return None
    if numerator_word and numerator_word.lower() in {"a", "an"} and denominator_word in {"half", "halves"}:
        return None  # "a half" is read in "two and a half", "half a million"
    value = fraction_value(numerator_word, denominator_word)
    if value is None:
        return None
    start, end = match.start(), match.end()
    after = text[end:end + 40]
    # A fraction of a scale: "half a million", "a quarter million", "three quarters billion".
    scale = re.match(r"(?:\s+an?)?\s+(hundred|thousand|million|billion|trillion)\b", after, re.IGNORECASE)
    if scale:
        mention = NumberMention(start, end + scale.end(), value * SCALES[scale.group(1).lower()], written_in_words=True, scaled=True)
        mention.currency, mention.currency_start = _currency_before(text, start)
        return mention
    # Hyphenated compounds name things, not shares: "half-staff", "a third-party".
    if after.startswith("-"):
        return None
    # "the second half", "the first quarter": periods of a game or a year.
    before = text[max(0, start - 12):start].lower()
    if re.search(r"\b(?:first|second|third|fourth|final|last|other|the|this|that)\s+$", before) and numerator_word is None:
        return None
    # "half an hour", "half a mile" are measures; the quantity finder reads the unit.
    return NumberMention(start, end, value, written_in_words=True, share=True)


def _apply_scale(text: str, mention: NumberMention) -> None:
    while True:
        word = _SCALE_WORD.match(text, mention.end)
        if not word:
            break
        mention.value *= SCALES[word.group("word").lower()]
        mention.end = word.end()
        mention.scaled = True
    if mention.scaled:
        return
    abbreviation = _SCALE_ABBREVIATION.match(text, mention.end)
    if abbreviation:
        abbr = abbreviation.group("abbr")
        long_form = len(abbr) > 1
        # "35m", "$3.5bn", "25k" are scales; a spaced single letter ("5 m") is a unit.
        if long_form or not abbreviation.group("space") or mention.currency:
            mention.value *= SCALE_ABBREVIATIONS[abbr]
            mention.end = abbreviation.end()
            mention.scaled = True
            if not long_form:
                mention.attached_scale = abbr


def _apply_and_a_half(text: str, mention: NumberMention) -> None:
    half = _AND_A_HALF.match(text, mention.end)
    if half:
        mention.value += 0.5
        mention.end = half.end()
        scale = re.match(r"\s+(hundred|thousand|million|billion|trillion)\b", text[mention.end:], re.IGNORECASE)
        if scale:
            mention.value *= SCALES[scale.group(1).lower()]
            mention.end += scale.end()
            mention.scaled = True


def _currency_before(text: str, start: int) -> tuple[str | None, int | None]:
    window_start = max(0, start - 6)
    match = _PREFIX_CURRENCY.search(text[window_start:start])
    if not match:
        return None, None
    code_start = window_start + match.start()
    code = re.sub(r"\s", " ", match.group(0).rstrip())
    # A letter code must stand on its own: "RM79" yes, "FORM79" no.
    if code[0].isalpha() and code_start > 0 and text[code_start - 1].isalpha():
        return None, None
    currency = PREFIX_CURRENCIES.get(code) or PREFIX_CURRENCIES.get(code.replace(" ", ""))
    if currency is None:
        return None, None
    # "$US113", "US $58", "C $6": keep the longest reading that ends at the number.
    return currency, code_start
