"""Quantities in a spaCy Doc: value, unit, qualifier and the exact span of each.

`find_quantities(doc)` is the whole step; `QuantityAnnotator` wraps it as the spaCy
component "numeric_quantities", which stores the result in `doc._.quantities`.

How a quantity is read:

1. `numbers.find_numbers` finds every number as written, with its currency and scale;
   `exclusions.excluded_spans` drops dates, years, times, ordinals, identifiers,
   phone numbers, addresses and sports scores.
2. The unit is read after the number: percent, money, a physical unit (the core
   table, then quantulum3's), a multiplier ("times"), an age ("65-year-old").
   Failing that, the parse says what the number counts: the noun it modifies
   ("14,000 U.S. troops" -> troops, "12-member delegation" -> members).
3. The parse rejects what only looks like a quantity: a year used as a modifier
   ("its 2018 sales"), a number that is part of a name ("Boeing 737 Max", "S&P 500"),
   the pronoun "one".
4. Neighbouring numbers are read together: "10 to 12", "between 5 and 7" are
   ranges; "eight or nine euros" and "7- or 8-inch" share the unit written once;
   "435 homes by open sale and 187 by tender" carries the noun over; a conversion in
   parentheses ("more than 100 km (60 miles)") keeps the qualifier.
5. The qualifier comes from the words around the number (`qualifiers`), the
   direction ("rose 5%") from the words before it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from factcheck.extract import unit_lexicon as lexicon
from factcheck.extract.exclusions import excluded_spans, inside
from factcheck.extract.number_words import digits_value, words_value
from factcheck.extract.numbers import NumberMention, find_numbers
from factcheck.extract.qualifiers import (
    APPROXIMATE,
    EXACT,
    RANGE,
    direction,
    qualifier_after,
    qualifier_before,
)

COUNT, MONEY, SHARE, MEASURE, MULTIPLIER, AGE = "count", "money", "share", "measure", "multiplier", "age"


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


# A cheap test that a text may hold a number at all (most sentences do not).
_MAY_HOLD_NUMBER = re.compile(
    r"\d|[½¼¾⅓⅔]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|billion|trillion|dozens?|half|thirds?|quarters?|fifths?|tenths?|"
    r"hundreds|thousands|millions|billions)",
    re.IGNORECASE,
)

_PERCENT = re.compile(
    r"\s?(?P<unit>%|per\s?cent\b|percent\b|pct\b|pc\b|percentage\s+points?\b|basis\s+points?\b|bps\b)", re.IGNORECASE
)
_CURRENCY_ADJECTIVE = (
    r"US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Singaporean|New\s+Taiwan|"
    r"Taiwan|Danish|Swedish|Norwegian|Czech|Pakistani|Sri\s+Lankan|Indian|Nepalese|Mexican|Philippine|Argentine|"
    r"Chilean|Colombian|Swiss|Brazilian|South\s+Korean|Chinese|Japanese|Turkish|South\s+African|Egyptian|British"
)
_CURRENCY_WORD = re.compile(
    rf"\s*-?\s*(?:(?P<adjective>{_CURRENCY_ADJECTIVE})\s+)?(?P<word>dollars?|euros?|yen|yuan|renminbi|rupees?|shekels?|"
    r"ringgit|baht|roubles?|rubles?|rand|liras?|lire|naira|dirhams?|riyals?|zlotys?|forints?|hryvnias?|francs?|"
    r"kronor|kronas?|kroner|krone|crowns?|pesos?|reais|reals?|won|bitcoins?|pounds?\s+sterling|sterling|pounds?|"
    r"kuna|rupiah|cents?|pence|penny|sen)\b",
    re.IGNORECASE,
)
_SUFFIX_SYMBOL = re.compile(
    r"\s?(?P<code>" + "|".join(re.escape(code) for code in sorted(lexicon.SUFFIX_CURRENCY_SYMBOLS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_US_SUFFIX = re.compile(r"\s(?:US|USD|U\.S\.)(?![A-Za-z.])")
_PENCE = re.compile(r"(?P<space>\s?)p(?![A-Za-z0-9])(?!\.\s?\d)")
_RATE = re.compile(
    r"\s*(?:per\b|an?(?=[\s-])-?|/|-a-|\s-\s?a-?)\s*(?P<denominator>square\s+f(?:oo|ee)t|sq\s+ft|sq\s+m|[A-Za-z]+[23²³]?)\b",
    re.IGNORECASE,
)
_NOT_A_RATE = re.compile(r"\s*(?:ago|earlier|later|before|prior|previously)\b", re.IGNORECASE)
_TIMES = re.compile(r"\s?(?:-\s?)?(?:times\b|fold\b)", re.IGNORECASE)
_HYPHEN_NOUN = re.compile(r"-(?P<noun>[A-Za-z][a-z]+)\b(?!-)")
_OF_NOUN = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|your|these|those|all|[A-Z][\w’']*?['’]s?)\s+)?", re.IGNORECASE
)
_OF_A_UNIT = re.compile(r"\s+of\s+(?:an?|one)\s+(?:[A-Z]{2,}\s+|US\s+|U\.S\.\s+|imperial\s+)?", re.IGNORECASE)
_COLLECTIVE_OF = re.compile(
    r"\b(?:crowd|audience|attendance|population|turnout|workforce|electorate|congregation|gathering|"
    r"headcount|membership|readership|viewership)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|from|between|until|till|before|after|during|of|circa|early|late|mid|summer|spring|"
    r"autumn|fall|winter|year|season|fiscal|FY|class|vintage|born|founded|established|through|A\.?D\.?|B\.?C\.?|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s*-?$",
    re.IGNORECASE,
)
_STOCK_INDEX = re.compile(
    r"\b(?:S&P|S\s?P|SP|S&P/ASX|S&P/TSX|ASX|TSX|FTSE|Nasdaq|NASDAQ|Stoxx|STOXX|Euro\s+Stoxx|Nikkei|DAX|CAC|"
    r"Russell|Fortune|Forbes|Hang\s+Seng|MSCI|KOSPI|Sensex|Nifty|IBEX|AEX|SMI|OMX|Dow\s+Jones|KLCI|Straits\s+Times)"
    r"\s?-?$",
    re.IGNORECASE,
)
_AGED = re.compile(r"\b(?:aged|ages|age\s+of|age)\s+$", re.IGNORECASE)
_APPOSITIVE_AGE_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+,\s$")
# Sports statistics written as abbreviations after the number.
_STAT_ABBREVIATIONS = {"ppg": "points per game", "rpg": "rebounds per game", "apg": "assists per game",
                       "spg": "steals per game", "bpg": "blocks per game"}
_STAT = re.compile(r"\s(?P<abbr>ppg|rpg|apg|spg|bpg)\b")
_STOP_WORDS = {
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are",
    "was", "were", "be", "been", "than", "that", "this", "which", "who", "per", "each", "more", "less",
    "but", "so", "if", "then", "it", "its", "their", "his", "her", "our", "your", "up", "down", "out", "over",
    "under", "into", "onto", "after", "before", "during", "since", "until", "about", "around", "last", "next",
    "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "not", "no",
    "all", "other", "another", "such", "only", "just", "also", "even", "still", "yet", "when", "where",
    "while", "what", "how", "why", "there", "here", "now", "ago", "later", "earlier", "respectively", "year",
    "old", "time", "way", "point", "thing", "one", "ones",
}


@dataclass
class _Reading:
    """A number on its way to becoming a Quantity."""

    mention: NumberMention
    value: float | tuple[float, float]
    unit: str | None = None
    kind: str = COUNT
    end: int = 0  # end of the unit or counted noun
    qualifier: str = EXACT
    qualifier_start: int | None = None
    change: str | None = None
    sign: str | None = None
    noun_far: bool = False  # the counted noun lies beyond a following number

    @property
    def start(self) -> int:
        return self.qualifier_start if self.qualifier_start is not None else self.mention.outer_start

    @property
    def bare(self) -> bool:
        return self.unit is None and not self.mention.vague


class _Context:
    """Character-to-token lookups and sentence bounds for one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.token_at = [-1] * (len(self.text) + 1)
        for token in doc:
            for index in range(token.idx, token.idx + len(token.text)):
                self.token_at[index] = token.i
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("TAG")
        self.has_ents = doc.has_annotation("ENT_IOB")
        if doc.has_annotation("SENT_START"):
            self.sentence_starts = [sentence.start_char for sentence in doc.sents]
        else:
            self.sentence_starts = [0]
        self.year_ends: list[int] = []
        self.excluded: list[tuple[int, int]] = []

    def sentence_start(self, char: int) -> int:
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, char) - 1]

    def token(self, char: int):
        """The token covering `char`, or the next one after whitespace."""
        for index in range(char, min(char + 3, len(self.text))):
            if self.token_at[index] >= 0:
                return self.doc[self.token_at[index]]
        return None

    def last_token(self, end: int):
        for index in range(end - 1, max(end - 4, -1), -1):
            if index >= 0 and self.token_at[index] >= 0:
                return self.doc[self.token_at[index]]
        return None

    def words_before(self, char: int, limit: int = 6) -> list[tuple[str, str]]:
        token = self.token(char)
        if token is None:
            return []
        sentence_start = self.sentence_start(char)
        words = []
        for index in range(token.i - 1, max(token.i - 1 - limit, -1), -1):
            previous = self.doc[index]
            if previous.idx < sentence_start or previous.is_punct and previous.text not in {"-", "—"}:
                break
            words.append((previous.text.lower(), previous.lemma_.lower() if previous.lemma_ else previous.text.lower()))
        return list(reversed(words))


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity in `doc`, in text order."""
    text = doc.text
    if not _MAY_HOLD_NUMBER.search(text):
        return []
    context = _Context(doc)
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
    readings = _join_ranges(readings, context)
    _share_units(readings, text)
    _inherit_from_parentheses(readings, text)
    readings = [reading for reading in readings if not _bare_word(reading)]
    return [_to_quantity(reading) for reading in readings]


def _continues_dropped(mention: NumberMention, text: str, dropped_ends: set[int]) -> bool:
    """ "ISO 3888-2", "9/11": the second half of something already set aside."""
    start = mention.outer_start
    return start >= 2 and text[start - 1] in "-–/." and (start - 1) in dropped_ends


def _precedes_excluded(mention: NumberMention, text: str, excluded: list[tuple[int, int]]) -> bool:
    """ "16-18 Industrial Avenue": the first half of an excluded number."""
    end = mention.end
    return end + 1 < len(text) and text[end] in "-–/" and text[end + 1].isdigit() and inside(excluded, end + 1, end + 2)


def _bare_word(reading: _Reading) -> bool:
    """A number word with nothing to count ("the bottom three", "three 4-3s") says little."""
    mention = reading.mention
    return reading.unit is None and mention.written_in_words and not mention.scaled and not mention.vague \
        and not isinstance(reading.value, tuple)


# --- one number --------------------------------------------------------------------------


def _read(mention: NumberMention, context: _Context) -> _Reading | None:
    if not _plausible_number(mention, context):
        return None
    reading = _Reading(mention, mention.value, end=mention.end)
    _read_sign(reading, context.text)
    if mention.vague:
        reading.value = mention.vague
        reading.qualifier = RANGE
    if not _read_unit(reading, context):
        return None
    if not _survives_parse_checks(reading, context):
        return None
    _read_qualifier(reading, context)
    reading.change = direction(context.words_before(reading.start))
    return reading


def _plausible_number(mention: NumberMention, context: _Context) -> bool:
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


def _one_counts(mention: NumberMention, context: _Context) -> bool:
    """ "one" is a number when it counts a noun ("one solution") or carries a unit
    ("one percent"); as a pronoun ("one of the best", "no one") it is not."""
    after = context.text[mention.end:mention.end + 30]
    if _PERCENT.match(after) or _CURRENCY_WORD.match(after) or lexicon.measure_at(after.lstrip(" -"), 0, False):
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


def _read_sign(reading: _Reading, text: str) -> None:
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


def _read_unit(reading: _Reading, context: _Context) -> bool:
    """Set the unit; False when the number turns out not to be a quantity."""
    mention = reading.mention
    text = context.text
    position = mention.end

    if mention.share and not mention.scaled:
        return _read_share(reading, context)
    if mention.vague:
        return _read_vague(reading, context)
    if re.match(r"-\s*(?:,|or\b|and\b|to\b)", text[position:position + 6]):
        return True  # "7- or 8-inch", "four-, five- and six-cylinder": the unit comes later

    # "37m (121ft)", "1.8m tall": an attached "m" without currency is a metre unless
    # a counted noun follows ("35m of its devices", "5m people").
    if mention.attached_scale == "m" and not mention.currency:
        if not _million_of_things(position, context):
            reading.value = reading.value / 1e6
            mention.value = reading.value
            mention.end -= 1
            mention.scaled = False
            mention.attached_scale = None
            position = mention.end

    after = text[position:position + 80]
    percent = _PERCENT.match(after)
    if percent:
        unit = re.sub(r"\s+", " ", percent.group("unit").lower())
        if not (unit == "pc" and not text[position - 1].isdigit()):
            if "point" in unit or unit in {"bps", "bp"}:
                reading.unit = lexicon.SHARE_UNITS.get(unit, lexicon.SHARE_UNITS.get(unit + "s"))
            else:
                reading.unit = lexicon.PERCENT
            reading.kind = SHARE
            reading.end = position + percent.end()
            return True

    if mention.currency:
        reading.unit = mention.currency
        reading.kind = MONEY
        reading.end = position
        us = _US_SUFFIX.match(after)
        if us:
            reading.end = position + us.end()
        _read_rate(reading, text)
        return True

    symbol = _SUFFIX_SYMBOL.match(after)
    if symbol and not (symbol.group("code") == "$" and re.match(r"\s?\$\s?\d", after)):
        reading.unit = lexicon.SUFFIX_CURRENCY_SYMBOLS[symbol.group("code")]
        reading.kind = MONEY
        reading.end = position + symbol.end()
        _read_rate(reading, text)
        return True

    word = _CURRENCY_WORD.match(after)
    if word:
        currency = _currency_from_word(word, mention)
        if currency:
            reading.unit = currency
            reading.kind = MONEY
            reading.end = position + word.end()
            _read_cents(reading, text)
            _read_rate(reading, text)
            return True

    pence = _PENCE.match(after)
    if pence and (not pence.group("space") or re.match(r"\s?p\s*(?:[,.;)]|$|at\b|to\b|a\s+share)", after)):
        reading.unit = "pence"
        reading.kind = MONEY
        reading.end = position + pence.end()
        return True

    times = _TIMES.match(after)
    if times:
        reading.unit = "times"
        reading.kind = MULTIPLIER
        reading.end = position + times.end()
        _read_rate(reading, text)
        return True

    stat = _STAT.match(after)
    if stat:
        reading.unit = _STAT_ABBREVIATIONS[stat.group("abbr")]
        reading.end = position + stat.end()
        return True

    measure = _measure_after(text, position)
    if measure is None:
        of_a = _OF_A_UNIT.match(after)  # "1/16 of a US pint"
        if of_a:
            found = lexicon.measure_at(text, position + of_a.end(), False)
            if found:
                measure = found
    if measure:
        unit, end = measure
        reading.end = end
        if unit in lexicon.AGE_UNITS:
            reading.unit = lexicon.AGE_UNITS[unit]
            reading.kind = AGE
            return True
        reading.unit = unit
        reading.kind = MEASURE
        age = re.match(r"\s*(?:of\s+age|old)\b", text[end:end + 12], re.IGNORECASE)
        if age and unit in lexicon.TIME_UNITS:
            reading.kind = AGE
            reading.end = end + age.end()
        elif unit in lexicon.TIME_UNITS and _AGED.search(text[max(0, mention.outer_start - 12):mention.outer_start]):
            reading.kind = AGE  # "under the age of 5 years"
        else:
            _read_rate(reading, text)
        return True

    before = text[max(0, mention.outer_start - 12):mention.outer_start]
    if _AGED.search(before) or _is_appositive_age(reading, context):
        reading.unit = "year"
        reading.kind = AGE
        return True

    if re.match(r"\s?-\s?(?:time|off|way|sided|stop|size|shot|on)\b", after, re.IGNORECASE):
        return False  # "one-time gains", "a one-off payment", "one-on-one"
    hyphen = _HYPHEN_NOUN.match(after)
    if hyphen and text[mention.start:mention.end].lower() != "one":
        noun = hyphen.group("noun")
        if noun.lower() not in _STOP_WORDS and noun.lower() not in {"to", "and", "or"}:
            reading.unit = lexicon.plural(lexicon.singular(noun))
            reading.end = position + hyphen.end()
            return True

    return _read_counted_noun(reading, context)


def _million_of_things(position: int, context: _Context) -> bool:
    """Whether "m" after digits at `position` reads "million": "of" or a plural noun follows."""
    after = context.text[position:position + 40]
    if re.match(r"\s+of\b", after):
        return True
    if not re.match(r"\s", after):
        return False  # "37m(121ft)", "a 5m-long"
    if lexicon.measure_at(after.lstrip(), 0, False):
        return True  # "12.3m tonnes"
    if not context.tagged:
        return bool(re.match(r"\s+[a-z]+s\b", after))
    token = context.token(position + 1)
    if token is None:
        return False
    for candidate in token.doc[token.i:token.i + 6]:
        if candidate.tag_ in {"NNS", "NNPS"}:
            return True
        if candidate.pos_ not in {"ADJ", "NOUN", "PROPN", "VERB", "CCONJ"}:
            return False
    return False


def _measure_after(text: str, position: int) -> tuple[str, int] | None:
    """A physical unit right after the number: attached ("5kW"), after a space
    ("5 km") or after a hyphen ("6.5-metre", "28 - year - old")."""
    found = lexicon.measure_at(text, position, True)
    if found:
        return found
    gap = re.match(r"[ \u00a0]?-?[ \u00a0]?", text[position:position + 3])
    if gap and gap.end():
        found = lexicon.measure_at(text, position + gap.end(), False)
        if found:
            return found
    if position < len(text):
        start = position + (0 if text[position].isalpha() else 1)
        if start < len(text) and (text[start].isalpha() or text[start] in "µμ°") and (start == position or text[position] in " -"):
            return lexicon.quantulum_unit_at(text, start, attached=start == position)
    return None


def _currency_from_word(match: re.Match, mention: NumberMention) -> str | None:
    word = match.group("word").lower()
    adjective = match.group("adjective")
    adjective = re.sub(r"\s+", " ", adjective.lower()) if adjective else None
    if word in lexicon.SUBUNITS:
        return lexicon.SUBUNITS[word]
    if word.startswith("pound"):
        if "sterling" in word:
            return "GBP"
        if adjective == "egyptian":
            return "EGP"
        # "208 pounds" weighs; "10 million pounds" pays.
        return "GBP" if mention.scaled or adjective == "british" else None
    singular = lexicon.singular(word)
    if singular in {"real", "won", "crown", "krone", "kroner", "rand"} and not adjective:
        if not (singular in {"won", "rand"} and mention.scaled):
            return None
    if adjective:
        for key in ((adjective, singular), (adjective, word)):
            if key in lexicon.CURRENCY_ADJECTIVES:
                return lexicon.CURRENCY_ADJECTIVES[key]
        if adjective in {"us", "u.s.", "american"} and singular == "dollar":
            return "USD"
    return lexicon.CURRENCY_WORDS.get(singular) or lexicon.CURRENCY_WORDS.get(word)


_CENTS = re.compile(
    r"\s+(?:and\s+)?(?P<number>\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:cents?|pence)\b",
    re.IGNORECASE,
)


def _read_cents(reading: _Reading, text: str) -> None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    cents = _CENTS.match(text, reading.end)
    if cents and isinstance(reading.value, float):
        number = cents.group("number")
        value = digits_value(number) if number[0].isdigit() else words_value(number)
        if value is not None:
            reading.value += value / 100.0
            reading.end = cents.end()


def _read_rate(reading: _Reading, text: str) -> None:
    """ "$3,500 a month" -> USD per month, "800,000 barrels a day" -> barrel per day,
    "10 kV/cm" -> kilovolt per centimetre."""
    rate = _RATE.match(text, reading.end)
    if not rate:
        return
    word = re.sub(r"\s+", " ", rate.group("denominator"))
    denominator = lexicon.rate_denominator(word)
    if denominator is None:
        measure = lexicon.measure_at(word, 0, True)
        if measure and measure[1] == len(word):
            denominator = measure[0]
    if denominator is None or _NOT_A_RATE.match(text, rate.end()):
        return
    # "a share of" is not "per share"
    if re.match(r"\s*an?\b", text[reading.end:reading.end + 4]) and re.match(r"\s*of\b", text[rate.end():rate.end() + 5]):
        return
    reading.unit = f"{reading.unit} per {denominator}"
    reading.end = rate.end()


def _read_share(reading: _Reading, context: _Context) -> bool:
    """A fraction word: "half the condos", "a third of", "two-thirds" -> percent;
    "half a mile" -> 0.5 mile; "one in five" -> 20 percent."""
    text = context.text
    mention = reading.mention
    after = text[mention.end:mention.end + 40]
    spaced = re.match(r"\s+(?:an?\s+)?|\s?-\s?", after)
    if spaced:
        found = lexicon.measure_at(text, mention.end + spaced.end(), False)
        if found and not re.match(r"\s+of\b", after):
            reading.unit = lexicon.AGE_UNITS.get(found[0], found[0])
            reading.kind = AGE if found[0] in lexicon.AGE_UNITS else MEASURE
            reading.end = found[1]
            return True
    reading.value = reading.value * 100.0
    reading.unit = lexicon.PERCENT
    reading.kind = SHARE
    reading.end = mention.end
    return True


def _read_vague(reading: _Reading, context: _Context) -> bool:
    """ "dozens of people", "tens of thousands of dollars": a range of the order of magnitude."""
    text = context.text
    of = re.match(r"\s+of\s+", text[reading.mention.end:reading.mention.end + 6])
    if not of:
        return True
    start = reading.mention.end + of.end()
    word = _CURRENCY_WORD.match(text, start)
    if word and _currency_from_word(word, reading.mention):
        reading.unit = _currency_from_word(word, reading.mention)
        reading.kind = MONEY
        reading.end = word.end()
        return True
    measure = lexicon.measure_at(text, start, False)
    if measure:
        reading.unit, reading.end = measure
        reading.kind = MEASURE
        return True
    noun = _noun_at(start, context)
    if noun:
        reading.unit, reading.end = noun
    return True


def _noun_at(start: int, context: _Context) -> tuple[str, int] | None:
    """The plural noun starting a noun phrase at `start` ("Kia and Hyundai vehicles")."""
    if context.tagged:
        token = context.token(start)
        if token is None:
            return None
        doc = context.doc
        for index in range(token.i, min(token.i + 5, len(doc))):
            candidate = doc[index]
            if candidate.tag_ in {"NNS", "NNPS"} and candidate.is_alpha and len(candidate.text) > 2:
                return _counted_unit(candidate), candidate.idx + len(candidate.text)
            if candidate.pos_ not in {"ADJ", "NOUN", "PROPN", "CCONJ", "PART"} or candidate.text in {",", "("}:
                return None
        return None
    match = re.match(r"(?:[A-Z][\w.]*\s+)?(?P<noun>[a-z][a-z\-]*s)\b", context.text[start:start + 40])
    if match and match.group("noun") not in _STOP_WORDS:
        return match.group("noun"), start + match.end()
    return None


def _is_appositive_age(reading: _Reading, context: _Context) -> bool:
    """ "Senard, 65, now faces...": a whole number between commas after a name."""
    mention = reading.mention
    text = context.text
    value = mention.value
    if mention.written_in_words or mention.currency or not float(value).is_integer() or not 1 <= value < 120:
        return False
    if not _APPOSITIVE_AGE_BEFORE.search(text[max(0, mention.start - 30):mention.start]):
        return False
    if not re.match(r",\s", text[mention.end:mention.end + 2]):
        return False
    if context.tagged:
        comma = context.token(mention.start - 2)
        if comma is None or comma.i == 0:
            return False
        name = context.doc[comma.i - 1]
        return name.pos_ == "PROPN" and name.ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "NORP"}
    return True


def _read_counted_noun(reading: _Reading, context: _Context) -> bool:
    mention = reading.mention
    text = context.text
    before = text[context.sentence_start(mention.outer_start):mention.outer_start]
    if _COLLECTIVE_OF.search(before):
        reading.unit = "people"
        return True
    after = text[mention.end:mention.end + 60]
    if re.match(r"\s+who\b", after) and not re.search(r"\d\s*(?:to|and|-|–)\s*$", before):
        reading.unit = "people"
        return True
    of = _OF_NOUN.match(after)
    if of:
        # "35m of its Echo devices", "two of Johnson's deputies"
        noun = _noun_at(mention.end + of.end(), context)
        if noun:
            reading.unit, reading.end = noun
        return True
    if context.parsed:
        noun = _counted_noun_from_parse(mention, context)
    else:
        noun = _counted_noun_from_words(mention, context)
    if noun is _NAME:
        return False
    if noun is not None:
        unit, end, plain_text = noun
        measure = lexicon.measure_at(plain_text, 0, False)
        if measure and measure[1] == len(plain_text):
            reading.unit = lexicon.AGE_UNITS.get(measure[0], measure[0])
            reading.kind = AGE if measure[0] in lexicon.AGE_UNITS else MEASURE
        else:
            reading.unit = unit
        reading.end = end
        reading.noun_far = _number_between(text, mention.end, end)
    return True


def _number_between(text: str, start: int, end: int) -> bool:
    return bool(_MAY_HOLD_NUMBER.search(text[start:end]))


_NAME = object()  # sentinel: the number is part of a name
# Words that start a new phrase: "2.1 last year" does not count years.
_NOT_BETWEEN = {"last", "next", "this", "that", "every", "each", "per", "a", "an", "the", "previous", "past"}
_BETWEEN_NUMBER_AND_NOUN = {"ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADV", "VERB", "SYM", "X", "CCONJ"}
_PRODUCT_LIKE = {"PRODUCT", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "LAW"}


def _counted_noun_from_parse(mention: NumberMention, context: _Context):
    """(unit, end, text) of the noun the number counts, `_NAME`, or None."""
    token = context.last_token(mention.end)
    if token is None:
        return None
    doc = context.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    raw = context.text[mention.start:mention.end]
    # "737 Max jets", "787 Dreamliner": a plain number glued to a product or person name.
    if following is not None and following.pos_ == "PROPN" and following.idx == token.idx + len(token.text) + 1 \
            and re.fullmatch(r"\d+", raw):
        named = following.ent_type_ in _PRODUCT_LIKE or not following.ent_type_ and following.is_title
        if named and following.tag_ != "NNPS":
            return _NAME
    # "a 12 page document", "3 cylinder engine": a singular noun between the number and
    # the noun it describes is what the number counts.
    if following is not None and following.tag_ == "NN" and following.is_alpha and following.i + 1 < len(doc):
        beyond = doc[following.i + 1]
        if beyond.pos_ == "NOUN" and beyond.tag_ == "NN" and following.dep_ == "compound":
            return _counted_unit(following), following.idx + len(following.text), following.text
    head = token.head
    if token.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos"} and head.i > token.i:
        if head.i - token.i <= 7 and all(
            doc[index].pos_ in _BETWEEN_NUMBER_AND_NOUN and doc[index].text not in {",", ";", ":", "(", ")"}
            and doc[index].lower_ not in _NOT_BETWEEN
            for index in range(token.i + 1, head.i)
        ):
            if (head.pos_ == "NOUN" or head.tag_ == "NNS") and head.is_alpha and len(head.text) > 2:
                return _counted_unit(head), head.idx + len(head.text), head.text
            if head.pos_ == "PROPN" and head.tag_ == "NNPS" and head.is_alpha:
                return _counted_unit(head), head.idx + len(head.text), head.text
    # The parse sometimes hangs the noun elsewhere ("68 league games"); take the next
    # plural noun when only modifiers stand between.
    for index in range(token.i + 1, min(token.i + 4, len(doc))):
        candidate = doc[index]
        if candidate.tag_ == "NNS" and candidate.pos_ == "NOUN" and candidate.is_alpha and len(candidate.text) > 2:
            return _counted_unit(candidate), candidate.idx + len(candidate.text), candidate.text
        if candidate.pos_ not in {"ADJ", "NOUN", "PROPN"} or candidate.text in {",", "("}:
            break
    return None


def _counted_noun_from_words(mention: NumberMention, context: _Context):
    """Without a parse (a blank pipeline): the next word, if it looks like a noun."""
    match = re.match(r"\s+(?:[A-Z][\w.]*\s+)?(?P<noun>[a-z][a-z\-]*[a-z])\b", context.text[mention.end:mention.end + 40])
    if not match or match.group("noun") in _STOP_WORDS:
        return None
    noun = match.group("noun")
    return lexicon.plural(lexicon.singular(noun)), mention.end + match.end(), noun


def _counted_unit(token) -> str:
    """The plural, lower-case form of a counted noun."""
    if token.tag_ in {"NNS", "NNPS"}:
        return token.text.lower() if token.tag_ == "NNS" else token.text
    lemma = token.lemma_ if token.lemma_ and token.lemma_.isalpha() else token.text
    return lexicon.plural(lemma.lower())


def _survives_parse_checks(reading: _Reading, context: _Context) -> bool:
    mention = reading.mention
    text = context.text
    raw = text[mention.start:mention.end]
    sentence_start = context.sentence_start(mention.outer_start)
    before = text[sentence_start:mention.outer_start]
    if _STOCK_INDEX.search(before[-20:]) and reading.kind == COUNT and not mention.written_in_words:
        return False  # "S&P 500", "FTSE 100", "Fortune 500"
    if _is_year(reading, context, raw, before):
        context.year_ends.append(mention.end)
        context.excluded.append((mention.start, mention.end))
        return False
    if reading.kind == COUNT and context.tagged and not mention.written_in_words:
        token = context.token(mention.outer_start)
        if token is not None and token.i > 0:
            prior = context.doc[token.i - 1]
            # "iPhone 11", "Apple Watch 5", "Euro 2020", "Planet 9": a number right after a name.
            if prior.pos_ == "PROPN" and prior.idx >= sentence_start and prior.i != _sentence_first_token(prior) \
                    and prior.ent_type_ not in {"GPE", "NORP"} and reading.kind != AGE:
                return False
    return True


def _sentence_first_token(token) -> int:
    return token.sent.start if token.doc.has_annotation("SENT_START") else 0


def _is_year(reading: _Reading, context: _Context, raw: str, before: str) -> bool:
    mention = reading.mention
    if mention.written_in_words or mention.scaled or mention.currency or reading.sign:
        return False
    if not re.fullmatch(r"\d{4}", raw) or reading.kind in {MONEY, SHARE, MEASURE, MULTIPLIER, AGE}:
        return False
    year = int(raw)
    word_before = _YEAR_BEFORE.search(before[-14:])
    # "between A.D. 1000 and 1260": the partner of a year is a year
    after_year = any(re.fullmatch(r"\s*(?:and|to|-|–|or)\s*", context.text[end:mention.outer_start]) for end in context.year_ends)
    if 2100 < year <= 2200 and not (word_before or after_year):
        return False
    # Before 1500 a year needs its era or a plain "in" ("in 1066", "A.D. 1000"): "from 1000 to 2000 hires".
    if year < 1500 and not (after_year or re.search(r"\b(?:in|circa|c\.|since|A\.?D\.?|B\.?C\.?)\s*$", before[-8:])):
        return False
    if year < 1000 or year > 2200:
        return False
    if reading.unit is None or word_before or after_year:
        return True
    if context.tagged:
        token = context.token(mention.start)
        if token is not None and token.i > 0:
            prior = token.doc[token.i - 1]
            if prior.pos_ in {"DET", "PROPN", "PRON"} or prior.tag_ in {"PRP$", "POS"}:
                return True
        # A count is written right before its noun ("2000 hires"); a year modifies from afar.
        if token is not None and token.i + 1 < len(token.doc):
            following = token.doc[token.i + 1]
            return following.idx + len(following.text) != reading.end
    return False


def _read_qualifier(reading: _Reading, context: _Context) -> None:
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


def _over_a_period(found: tuple[str, int], reading: _Reading, before: str) -> bool:
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


# --- several numbers ---------------------------------------------------------------------

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


def _join_ranges(readings: list[_Reading], context: _Context) -> list[_Reading]:
    joined: list[_Reading] = []
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


def _range(first: _Reading, second: _Reading, context: _Context) -> _Reading | None:
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
    merged = _Reading(first.mention, (min(low, high), max(low, high)), unit=unit, kind=kind, end=max(second.end, first_end))
    merged.qualifier = first.qualifier if first.qualifier != EXACT else RANGE
    merged.qualifier_start = first.qualifier_start
    if between and first.qualifier_start is None:
        merged.qualifier_start = first.start - (len(before) - between.start())  # "between 5 and 7 percent"
    merged.change = first.change
    merged.sign = first.sign
    return merged


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


def _share_units(readings: list[_Reading], text: str) -> None:
    # "eight or nine euros", "7- or 8-inch", "four-, five- and six-cylinder": right to left
    for index in range(len(readings) - 2, -1, -1):
        current, following = readings[index], readings[index + 1]
        if current.bare and following.unit and not isinstance(following.value, tuple):
            if _ELIDED.fullmatch(text[current.mention.end:following.start]):
                current.unit, current.kind = following.unit, following.kind
                if current.qualifier == EXACT and following.qualifier != EXACT and following.qualifier_start == following.start:
                    pass
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


def _inherit_from_parentheses(readings: list[_Reading], text: str) -> None:
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


def _to_quantity(reading: _Reading) -> Quantity:
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


# --- the spaCy component -------------------------------------------------------------------

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
