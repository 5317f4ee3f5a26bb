"""Quantities in a spaCy Doc: value, unit, qualifier and the exact span of each.

`find_quantities(doc)` is the whole step; `QuantityAnnotator` wraps it as the spaCy
component "numeric_quantities", which stores the result in `doc._.quantities`.

How a quantity is read, and where:

1. `numbers` finds every number as written, with its currency and scale;
   `exclusions` drops dates, years, times, ordinals, identifiers, phone numbers,
   addresses and sports scores.
2. `unit_reading` reads the unit after the number: percent, money, a physical unit
   (the core table of `unit_lexicon`, then quantulum3's), a multiplier, an age.
   Failing that, `counted_nouns` asks the parse what the number counts
   ("14,000 U.S. troops" -> troops, "12-member delegation" -> members).
3. `years_and_names` rejects what only looks like a quantity: a year used as a
   modifier ("its 2018 sales"), a number that is part of a name ("S&P 500"); this
   module rejects the pronoun "one".
4. `neighbours` reads neighbouring numbers together: ranges, a unit written once for
   two numbers, conversions in parentheses.
5. `qualifiers` gives the qualifier from the words around the number and the
   direction ("rose 5%") from the words before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.extract import unit_lexicon as lexicon
from factcheck.extract.exclusions import excluded_spans, inside
from factcheck.extract.neighbours import inherit_from_parentheses, join_durations, join_ranges, share_units
from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.extract.qualifiers import APPROXIMATE, EXACT, RANGE, direction, qualifier_after, qualifier_before
from factcheck.extract.reading import AGE, COUNT, MAY_HOLD_NUMBER, SHARE, DocContext, Reading
from factcheck.extract.unit_reading import CURRENCY_WORD, PERCENT_AFTER, read_unit
from factcheck.extract.years_and_names import survives_parse_checks

__all__ = ["Quantity", "QuantityAnnotator", "find_quantities"]


@dataclass(frozen=True)
class Quantity:
    """One quantity: `start`/`end` index the Doc's text and cover the qualifier, the
    number and its unit or counted noun; `number_start`/`number_end` the number alone."""

    start: int
    end: int
    value: float | tuple[float, float]
    unit: str | None
    qualifier: str = EXACT
    kind: str = COUNT
    change: str | None = None  # "up" / "down": the number is a change, not a level
    number_start: int = 0
    number_end: int = 0


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity in `doc`, in text order."""
    text = doc.text
    if not MAY_HOLD_NUMBER.search(text):
        return []
    context = DocContext(doc)
    excluded = context.excluded = excluded_spans(text)
    readings = []
    dropped_ends: set[int] = set()
    for mention in find_numbers(text):
        if inside(excluded, mention.start, mention.end) or _continues_dropped(mention, text, dropped_ends) \
                or _precedes_excluded(mention, text, excluded):
            dropped_ends.add(mention.end)
            continue
        if readings and not readings[-1].noun_far and mention.outer_start < readings[-1].end:
            continue  # already read as part of the previous quantity ("3 dollars 50 cents")
        reading = _read(mention, context)
        if reading is None:
            dropped_ends.add(mention.end)
            continue
        readings.append(reading)
    readings = join_ranges(readings, context)
    readings = join_durations(readings, text)
    share_units(readings, text)
    inherit_from_parentheses(readings, text)
    readings = [reading for reading in readings if not _bare_word(reading)]
    quantities = [_to_quantity(reading) for reading in readings] + _clock_durations(text)
    return sorted(quantities, key=lambda quantity: quantity.start)


# a race time on the clock: "2:01:09" (hours, minutes, seconds), not a time of day ("10:30", "2:15:00 p.m.")
_CLOCK_DURATION = re.compile(
    r"(?<![\d:.])(?P<hours>\d):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?:\.(?P<fraction>\d+))?(?![\d:])"
    r"(?!\s*(?:[ap]\.?\s?m\b|GMT|UTC|BST|CET|local\b))"
)


def _clock_durations(text: str) -> list[Quantity]:
    """Race times written on the clock, in seconds ("2:01:09" is 7,269 seconds)."""
    found = []
    for match in _CLOCK_DURATION.finditer(text):
        seconds = int(match["hours"]) * 3600 + int(match["minutes"]) * 60 + int(match["seconds"])
        if match["fraction"]:
            seconds += float("0." + match["fraction"])
        before = qualifier_before(text[max(0, match.start() - 40) : match.start()])
        qualifier, start = (before[0], match.start() - before[1]) if before else (EXACT, match.start())
        found.append(Quantity(start, match.end(), float(seconds), "second", qualifier, "measure", None,
                              match.start(), match.end()))
    return found


def _continues_dropped(mention: NumberMention, text: str, dropped_ends: set[int]) -> bool:
    """ "ISO 3888-2", "9/11": the second half of something already set aside."""
    start = mention.outer_start
    return start >= 2 and text[start - 1] in "-–/." and (start - 1) in dropped_ends


def _precedes_excluded(mention: NumberMention, text: str, excluded: list[tuple[int, int]]) -> bool:
    """ "16-18 Industrial Avenue": the first half of an excluded number."""
    end = mention.end
    return end + 1 < len(text) and text[end] in "-–/" and text[end + 1].isdigit() and inside(excluded, end + 1, end + 2)


def _bare_word(reading: Reading) -> bool:
    """A number word with nothing to count ("the bottom three", "three 4-3s") says little."""
    mention = reading.mention
    return reading.unit is None and mention.written_in_words and not mention.scaled and not mention.vague \
        and not isinstance(reading.value, tuple)


def _read(mention: NumberMention, context: DocContext) -> Reading | None:
    if not _plausible_number(mention, context):
        return None
    reading = Reading(mention, mention.value, end=mention.end)
    if mention.value == 1 and mention.written_in_words and _NOT_BEFORE.search(context.text[max(0, mention.start - 10) : mention.start]):
        reading.value = 0.0  # "not one state voted yes": none
    _read_sign(reading, context.text)
    if mention.vague:
        reading.value = mention.vague
        reading.qualifier = RANGE
    if not read_unit(reading, context):
        return None
    if not survives_parse_checks(reading, context):
        return None
    _read_qualifier(reading, context)
    reading.change = direction(context.words_before(reading.start))
    return reading


# "not one", "Not a single" (a number word "one" right after "not")
_NOT_BEFORE = re.compile(r"\bnot\s+$", re.IGNORECASE)


def _plausible_number(mention: NumberMention, context: DocContext) -> bool:
    text = context.text
    raw = text[mention.start:mention.end]
    if re.fullmatch(r"0\d+", raw):
        return False  # "0401 GMT", codes with leading zeros
    if mention.written_in_words and not mention.share and not mention.vague:
        first = raw.split()[0].split("-")[0]
        if re.search(r"[A-Za-z]-$", text[max(0, mention.start - 2):mention.start]):
            return False  # "production-four-door"
        # "Formula One", "Big Ten", "Catch-22": capitalised number words inside a sentence are names.
        if first[0].isupper() and context.sentence_start(mention.start) != mention.start and not raw.isupper():
            if text[max(0, mention.start - 2):mention.start].strip() not in {'"', "“", "(", ":", "-", "—"}:
                return False
        if raw.lower() in {"one", "zero"}:
            return _one_counts(mention, context)
    return True


def _one_counts(mention: NumberMention, context: DocContext) -> bool:
    """ "one" is a number when it counts a noun ("one solution") or carries a unit
    ("one percent"); as a pronoun ("one of the best", "no one") it is not."""
    after = context.text[mention.end:mention.end + 30]
    if PERCENT_AFTER.match(after) or CURRENCY_WORD.match(after) or lexicon.measure_at(after.lstrip(" -"), 0, False):
        return True
    if re.match(r"\s+(?:to|or|-)\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)", after, re.IGNORECASE):
        return True
    if not context.parsed:
        return False
    token = context.token(mention.start)
    if token is None or token.dep_ != "nummod" or token.head.i <= token.i:
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ in {"no", "the", "this", "that", "any", "every", "each"}:
        return False
    return token.head.pos_ == "NOUN"


def _read_sign(reading: Reading, text: str) -> None:
    """ "minus 5", "-5 yards", "FTSE -0.6%", "+0.2%"; "10-12" is a range, not a sign."""
    start = reading.mention.outer_start
    before = text[max(0, start - 7):start]
    minus = re.search(r"(?:(?<=[\s,(\[:])|^)(?:minus[\s-]|[-−–])$", before, re.IGNORECASE)
    if minus and not isinstance(reading.value, tuple):
        reading.value = -reading.value
        reading.sign = "-"
        reading.qualifier_start = start - (len(before) - minus.start())
        return
    if re.search(r"(?:(?<=[\s(\[:])|^)\+$", before):
        reading.sign = "+"
        reading.qualifier_start = start - 1


def _read_qualifier(reading: Reading, context: DocContext) -> None:
    text = context.text
    start = reading.start
    sentence_start = context.sentence_start(start)
    found = qualifier_before(text[sentence_start:start])
    if found and _over_a_period(found, reading, text[sentence_start:start]):
        found = None
    if found:
        qualifier, length = found
        if reading.qualifier != RANGE or qualifier == APPROXIMATE:
            reading.qualifier = qualifier
        reading.qualifier_start = start - length
    after = qualifier_after(text[reading.end:reading.end + 30])
    if after and reading.qualifier in {EXACT, RANGE}:
        reading.qualifier = after[0]
        reading.end += after[1]
    elif reading.qualifier == EXACT and reading.end > reading.mention.end:
        inside_after = qualifier_after(text[reading.mention.end:reading.end])  # "five or more delegates"
        if inside_after:
            reading.qualifier = inside_after[0]


def _over_a_period(found: tuple[str, int], reading: Reading, before: str) -> bool:
    """ "spending over five years" is during five years, not more than five; "for over
    two years" and "is over 50 years old" are more than."""
    qualifier, length = found
    phrase = before[len(before) - length:].strip().lower()
    if phrase != "over" or reading.unit not in lexicon.TIME_UNITS or reading.kind == AGE:
        return False
    previous = re.search(r"(\w+)\s*$", before[:len(before) - length])
    return not (previous and previous.group(1).lower() in {"for", "is", "was", "are", "were", "be", "been", "took",
                                                               "takes", "take", "lasted", "lasts", "last", "spanning",
                                                               "after", "of"})


def _to_quantity(reading: Reading) -> Quantity:
    value = reading.value
    value = (float(value[0]), float(value[1])) if isinstance(value, tuple) else float(value)
    change = reading.change
    if reading.sign and change is None and reading.kind in {SHARE, COUNT} and reading.unit != "points per game":
        change = "up" if reading.sign == "+" else "down"
    return Quantity(
        start=reading.start,
        end=reading.end,
        value=value,
        unit=reading.unit,
        qualifier=reading.qualifier,
        kind=reading.kind,
        change=change,
        number_start=reading.mention.start,
        number_end=reading.mention.end,
    )


if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)


class QuantityAnnotator:
    """spaCy component: finds quantities and stores them in `doc._.quantities`.

    Works on any pipeline; with a tagger and parser it also finds what a number counts.
    """

    def __init__(self, nlp: Language, name: str = "numeric_quantities"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Quantity]:
        return find_quantities(doc)

    def set_annotations(self, doc: Doc, quantities: list[Quantity]) -> None:
        doc._.quantities = quantities


@Language.factory("numeric_quantities")
def make_quantity_annotator(nlp: Language, name: str) -> QuantityAnnotator:
    return QuantityAnnotator(nlp, name)
