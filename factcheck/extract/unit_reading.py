"""What a number measures or counts, read from the words after it: percent, money,
rates ("$80 a barrel"), physical units (the core table, then quantulum3's), multipliers,
ages, hyphenated compounds ("12-member"), and, failing all that, the counted noun.
"""
from __future__ import annotations

import re

from factcheck.extract import unit_lexicon as lexicon
from factcheck.extract.counted_nouns import noun_at, read_counted_noun
from factcheck.extract.number_words import digits_value, words_value
from factcheck.extract.numbers import NumberMention
from factcheck.extract.reading import AGE, MEASURE, MONEY, MULTIPLIER, SHARE, STOP_WORDS, DocContext, Reading


PERCENT_AFTER = re.compile(
    r"\s?(?P<unit>%|per\s?cent\b|percent\b|pct\b|pc\b|percentage\s+points?\b|basis\s+points?\b|bps\b)", re.IGNORECASE
)

_CURRENCY_ADJECTIVE = (
    r"US|U\.S\.|American|Australian|Canadian|New\s+Zealand|Hong\s+Kong|Singapore|Singaporean|New\s+Taiwan|"
    r"Taiwan|Danish|Swedish|Norwegian|Czech|Pakistani|Sri\s+Lankan|Indian|Nepalese|Mexican|Philippine|Argentine|"
    r"Chilean|Colombian|Swiss|Brazilian|South\s+Korean|Chinese|Japanese|Turkish|South\s+African|Egyptian|British|"
    r"CFA|Ghanaian"
)

CURRENCY_WORD = re.compile(
    rf"\s*-?\s*(?:(?P<adjective>{_CURRENCY_ADJECTIVE})\s+)?(?P<word>dollars?|euros?|yen|yuan|renminbi|rupees?|shekels?|"
    r"ringgit|baht|roubles?|rubles?|rand|liras?|lire|naira|dirhams?|riyals?|zlotys?|forints?|hryvnias?|francs?|"
    r"kronor|kronas?|kroner|krone|crowns?|pesos?|reais|reals?|won|bitcoins?|pounds?\s+sterling|sterling|pounds?|"
    r"kuna|rupiah|cedis?|cents?|pence|penny|sen)\b",
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

_OF_A_UNIT = re.compile(r"\s+of\s+(?:an?|one)\s+(?:[A-Z]{2,}\s+|US\s+|U\.S\.\s+|imperial\s+)?", re.IGNORECASE)

AGED_BEFORE = re.compile(r"\b(?:aged|ages|age\s+of|age)\s+$", re.IGNORECASE)

_APPOSITIVE_AGE_BEFORE = re.compile(r"\b[A-Z][a-z'’-]+,\s$")

# Sports statistics written as abbreviations after the number.
_STAT_ABBREVIATIONS = {"ppg": "points per game", "rpg": "rebounds per game", "apg": "assists per game",
                       "spg": "steals per game", "bpg": "blocks per game"}

_STAT = re.compile(r"\s(?P<abbr>ppg|rpg|apg|spg|bpg)\b")


def read_unit(reading: Reading, context: DocContext) -> bool:
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
    percent = PERCENT_AFTER.match(after)
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

    word = CURRENCY_WORD.match(after)
    if word:
        currency = _currency_from_word(word, mention, text[max(0, mention.outer_start - 40) : mention.outer_start])
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
        elif unit in lexicon.TIME_UNITS and AGED_BEFORE.search(text[max(0, mention.outer_start - 12):mention.outer_start]):
            reading.kind = AGE  # "under the age of 5 years"
        else:
            _read_rate(reading, text)
        return True

    before = text[max(0, mention.outer_start - 12):mention.outer_start]
    magnitude = re.search(r"\bmagnitude[\s-]$", before, re.IGNORECASE)
    if magnitude:  # "a magnitude 7.8 earthquake"
        reading.unit, reading.kind = "magnitude", MEASURE
        reading.qualifier_start = mention.outer_start - (len(before) - magnitude.start())
        return True
    if AGED_BEFORE.search(before) or _is_appositive_age(reading, context):
        reading.unit = "year"
        reading.kind = AGE
        return True

    if re.match(r"\s?-\s?(?:time|off|way|sided|stop|size|shot|on)\b", after, re.IGNORECASE):
        return False  # "one-time gains", "a one-off payment", "one-on-one"
    hyphen = _HYPHEN_NOUN.match(after)
    if hyphen and text[mention.start:mention.end].lower() != "one":
        noun = hyphen.group("noun")
        if noun.lower() not in STOP_WORDS and noun.lower() not in {"to", "and", "or"}:
            reading.unit = lexicon.plural(lexicon.singular(noun))
            reading.end = position + hyphen.end()
            return True

    return read_counted_noun(reading, context)


def _million_of_things(position: int, context: DocContext) -> bool:
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


# words before an amount that make "pounds" money rather than weight
_PAID_BEFORE = re.compile(
    r"\b(?:costs?|costing|paid|pays?|paying|priced|price[sd]?|worth|fined?|fees?|charged?|charges|spent|spends?|"
    r"spending|earn(?:s|ed|ing)?|salary|wages?|tickets?|sold for|bought for|budget|raised|raising|donated|"
    r"compensation|bonus|prize|fund(?:s|ed|ing)?|invest(?:s|ed|ing|ment)?|bill)\b[^.;]*$",
    re.I,
)
_WEIGHED_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing)?|weight|heav(?:y|ier|iest)|tipped the scales|lift(?:s|ed)?)\b[^.;]*$", re.I)


def _currency_from_word(match: re.Match, mention: NumberMention, before: str = "") -> str | None:
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
        # "208 pounds" weighs; "10 million pounds" and "tickets cost 335 pounds" pay; "45 million pounds
        # of snow crab" weighs
        paid = _PAID_BEFORE.search(before) and not _WEIGHED_BEFORE.search(before)
        of_a_thing = re.match(r"\s+of\s+(?!the\s+(?:money|cash|funds?|budget)\b)", match.string[match.end() :])
        if of_a_thing and not paid and adjective != "british":
            return None
        return "GBP" if mention.scaled or adjective == "british" or paid else None
    singular = lexicon.singular(word)
    if singular in {"real", "won", "crown", "krone", "kroner", "rand"} and not adjective:
        if not (singular in {"won", "rand", "crown", "krone", "kroner"} and mention.scaled):
            return None
        if singular in {"crown", "krone", "kroner"}:
            return "crowns"  # "128.3 billion crowns": Danish, Swedish, Norwegian... (`units.CURRENCY_FAMILIES`)
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


def _read_cents(reading: Reading, text: str) -> None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount."""
    cents = _CENTS.match(text, reading.end)
    if cents and isinstance(reading.value, float):
        number = cents.group("number")
        value = digits_value(number) if number[0].isdigit() else words_value(number)
        if value is not None:
            reading.value += value / 100.0
            reading.end = cents.end()


def _read_rate(reading: Reading, text: str) -> None:
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


def _read_share(reading: Reading, context: DocContext) -> bool:
    """A fraction word: "half the condos", "a third of", "two-thirds" -> percent;
    "half a mile" -> 0.5 mile; "one in five" -> 20 percent."""
    text = context.text
    mention = reading.mention
    after = text[mention.end:mention.end + 40]
    spaced = re.match(r"\s+(?:an?\s+)?|\s?-\s?", after)
    article = re.match(r"\s+(?:of\s+)?an?\s+", after)
    points = PERCENT_AFTER.match(text, mention.end + article.end() - 1) if article else None
    if points and "point" in points.group("unit").lower():
        # "by half a percentage point", "a quarter of a percentage point": points, not a share of something
        reading.unit = lexicon.SHARE_UNITS.get(points.group("unit").lower(), "percentage points")
        reading.kind = SHARE
        reading.end = points.end()
        return True
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


def _read_vague(reading: Reading, context: DocContext) -> bool:
    """ "dozens of people", "tens of thousands of dollars": a range of the order of magnitude."""
    text = context.text
    of = re.match(r"\s+of\s+", text[reading.mention.end:reading.mention.end + 6])
    if not of:
        return True
    start = reading.mention.end + of.end()
    word = CURRENCY_WORD.match(text, start)
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
    noun = noun_at(start, context)
    if noun:
        reading.unit, reading.end = noun
    return True


def _is_appositive_age(reading: Reading, context: DocContext) -> bool:
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
