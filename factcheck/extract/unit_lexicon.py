"""What the words after (or before) a number say it measures.

Normalisation (what `Claim.unit` holds for a numeric claim):

- money: the ISO 4217 code ("USD", "GBP", "EUR", "JPY", ...); a bare "$" is USD, a
  bare "¥" JPY; "cents", "pence" (also "164p") and "sen" stay as words, in the plural;
- shares: "percent" ("%", "per cent", "pc", "pct"); "percentage points" and
  "basis points" keep their own names; a fraction word ("half", "a third", "one in
  five") is a share too and is reported in percent (50, 33.3..., 20);
- physical measures: the unit's full singular name in British spelling, as quantulum3
  and pint name it ("kilometre", "mile", "kilogram", "square metre", "mile per hour",
  "degree Celsius", "kilowatt hour", "year", "magnitude"); full names because symbols
  lose their meaning in lower case ("MW" is not "mW"), except "lb" for the pound
  weight, which as "pound" would read as sterling;
- ages ("65-year-old", "Smith, 47,", "aged 55"): the time unit ("year", "month"), with
  `Claim.details["kind"] == "age"`;
- rates: two units joined by " per " ("USD per barrel", "barrel per day",
  "points per game");
- multipliers stated with a number ("three times", "sixfold"): "times";
- everything else a number counts: the counted noun in the plural ("troops",
  "members", "people"), lower case except proper nouns ("Americans"), chosen by the
  quantity finder from the parse; None when the number counts nothing named.

The core table below covers the units news text uses; anything else that quantulum3
knows (its 400 units) is looked up there, lazily, the first time a number is followed
by a word the core table does not know.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck import cache as stored

# --- money -----------------------------------------------------------------------------

# Written before the number ("$3.5bn", "US $58.24", "£600m", "RM79"). Case-sensitive.
PREFIX_CURRENCIES = {
    "US$": "USD", "US $": "USD", "U.S.$": "USD", "$US": "USD", "USD": "USD", "USD$": "USD",
    "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "CAD": "CAD", "C $": "CAD",
    "A$": "AUD", "AU$": "AUD", "AU $": "AUD", "$A": "AUD", "AUD": "AUD",
    "NZ$": "NZD", "NZ $": "NZD", "NZD": "NZD",
    "HK$": "HKD", "HK $": "HKD", "HKD": "HKD",
    "S$": "SGD", "S $": "SGD", "SGD": "SGD",
    "Mex$": "MXN", "MXN": "MXN", "R$": "BRL", "BRL": "BRL",
    "$": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR",
    "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR",
    "INR": "INR", "₩": "KRW", "KRW": "KRW", "₽": "RUB", "RUB": "RUB", "₪": "ILS", "NIS": "ILS",
    "ILS": "ILS", "₿": "BTC", "BTC": "BTC", "RM": "MYR", "MYR": "MYR", "CHF": "CHF", "SEK": "SEK",
    "NOK": "NOK", "DKK": "DKK", "ZAR": "ZAR", "PKR": "PKR", "AED": "AED", "SAR": "SAR",
    "NGN": "NGN", "KES": "KES", "IDR": "IDR", "THB": "THB", "TWD": "TWD", "PLN": "PLN",
    "CZK": "CZK", "HUF": "HUF", "UAH": "UAH", "EGP": "EGP", "₦": "NGN", "₺": "TRY", "₱": "PHP",
    "元": "CNY", "円": "JPY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "₫": "VND", "₴": "UAH", "₸": "KZT",
}
# Written after the number as a code or symbol ("115USD", "10 USD", "1,200€").
SUFFIX_CURRENCY_SYMBOLS = {
    code: iso for code, iso in PREFIX_CURRENCIES.items() if re.fullmatch(r"[A-Z]{3}|[^\w\s]|[元円]", code)
}
# Currency words after a number, with the adjectives that pick the country. Lower case.
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupee": "INR", "shekel": "ILS", "ringgit": "MYR", "baht": "THB", "rouble": "RUB",
    "ruble": "RUB", "rand": "ZAR", "lira": "TRY", "naira": "NGN", "dirham": "AED",
    "riyal": "SAR", "zloty": "PLN", "forint": "HUF", "hryvnia": "UAH", "cedi": "GHS", "cedis": "GHS", "won": "KRW",
    # a franc without its country may be Swiss or CFA (`units.CURRENCY_FAMILIES`)
    "franc": "francs",
    "krona": "SEK", "kronor": "SEK", "peso": "MXN", "reais": "BRL", "bitcoin": "BTC",
    "pound sterling": "GBP", "sterling": "GBP", "kuna": "HRK", "rupiah": "IDR",
    # codes written in lower case after the number ("20 usd", "10 rmb")
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rmb": "CNY", "cny": "CNY", "jpy": "JPY", "inr": "INR",
}
CURRENCY_ADJECTIVES = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("australian", "dollar"): "AUD", ("canadian", "dollar"): "CAD",
    ("new zealand", "dollar"): "NZD", ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD", ("singaporean", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("new taiwan", "dollar"): "TWD",
    ("danish", "crown"): "DKK", ("swedish", "crown"): "SEK", ("norwegian", "crown"): "NOK",
    ("czech", "crown"): "CZK", ("danish", "krone"): "DKK", ("norwegian", "krone"): "NOK",
    ("danish", "kroner"): "DKK", ("norwegian", "kroner"): "NOK",
    ("pakistani", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR", ("indian", "rupee"): "INR",
    ("nepalese", "rupee"): "NPR", ("mexican", "peso"): "MXN", ("philippine", "peso"): "PHP",
    ("argentine", "peso"): "ARS", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP",
    ("swiss", "franc"): "CHF", ("cfa", "franc"): "CFA francs", ("ghanaian", "cedi"): "GHS", ("brazilian", "real"): "BRL", ("south korean", "won"): "KRW",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("turkish", "lira"): "TRY",
    ("south african", "rand"): "ZAR", ("egyptian", "pound"): "EGP", ("british", "pound"): "GBP",
}
SUBUNITS = {"cent": "cents", "cents": "cents", "pence": "pence", "penny": "pence", "sen": "sen"}

# --- shares -----------------------------------------------------------------------------

PERCENT = "percent"
SHARE_UNITS = {
    "%": PERCENT, "percent": PERCENT, "per cent": PERCENT, "pc": PERCENT, "pct": PERCENT,
    "percentage point": "percentage points", "percentage points": "percentage points",
    "basis point": "basis points", "basis points": "basis points", "bps": "basis points",
    "bp": "basis points",
}

# --- physical measures ------------------------------------------------------------------

# canonical name: (words, matched case-insensitively with regular plurals added;
#                  symbols, matched exactly)
MEASURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "millimetre": (("millimetre", "millimeter"), ("mm",)),
    "centimetre": (("centimetre", "centimeter"), ("cm",)),
    "decimetre": (("decimetre", "decimeter"), ("dm",)),
    "metre": (("metre", "meter"), ("m",)),
    "kilometre": (("kilometre", "kilometer"), ("km", "kms", "Km", "KM")),
    "micrometre": (("micrometre", "micrometer", "micron"), ("μm", "µm")),
    "nanometre": (("nanometre", "nanometer"), ("nm",)),
    "inch": (("inch", "inches"), ("″", "in.")),
    "foot": (("foot", "feet"), ("ft", "ft.", "FEET", "Ft")),
    "yard": (("yard",), ("yd", "yds")),
    "mile": (("mile",), ("mi",)),
    "nautical mile": (("nautical mile",), ("nmi",)),
    "light-year": (("light-year", "light year", "lightyear"), ()),
    "milligram": (("milligram", "milligramme"), ("mg",)),
    "gram": (("gram", "gramme"), ("g", "gr")),
    "kilogram": (("kilogram", "kilogramme", "kilo"), ("kg", "kgs", "Kg")),
    "microgram": (("microgram", "microgramme"), ("μg", "µg", "mcg")),
    "tonne": (("tonne", "metric ton"), ("t",)),
    "ton": (("ton",), ()),
    "gross ton": (("gross ton", "gross tonnage", "gross register ton"), ("GT", "GRT")),
    "kilotonne": (("kilotonne", "kiloton"), ("kt",)),
    "megatonne": (("megatonne", "megaton"), ("Mt",)),
    "gigatonne": (("gigatonne", "gigaton"), ("Gt",)),
    # "lb", not "pound": a bare "pound" would read as sterling
    "lb": (("pound",), ("lb", "lbs", "lb.", "lbs.")),
    "ounce": (("ounce",), ("oz", "oz.")),
    "carat": (("carat",), ("ct",)),
    "dram": (("dram",), ()),
    "square metre": (("square metre", "square meter", "sq metre", "sq meter"), ("m2", "m²", "sq m", "sqm", "sq. m", "sq.m")),
    "square kilometre": (("square kilometre", "square kilometer"), ("km2", "km²", "sq km", "sq. km", "square km")),
    "square mile": (("square mile",), ("sq mi", "sq miles", "sq. mi")),
    "square foot": (("square foot", "square feet"), ("sq ft", "sq. ft", "sq. ft.", "sqft", "ft2", "ft²")),
    "hectare": (("hectare",), ("ha",)),
    "acre": (("acre",), ()),
    "litre": (("litre", "liter"), ("L", "l", "ltr")),
    "millilitre": (("millilitre", "milliliter"), ("ml", "mL")),
    "gallon": (("gallon",), ("gal",)),
    "barrel": (("barrel",), ("bbl",)),
    "barrel per day": (("barrel per day", "barrels a day"), ("bpd", "b/d", "bbl/d")),
    "cubic metre": (("cubic metre", "cubic meter"), ("m3", "m³")),
    "cubic foot": (("cubic foot", "cubic feet"), ("cu ft",)),
    "pint": (("pint",), ()),
    "radian": (("radian",), ("rad",)),
    "quart": (("quart",), ()),
    "tablespoon": (("tablespoon",), ("tbsp",)),
    "teaspoon": (("teaspoon",), ("tsp",)),
    "fluid ounce": (("fluid ounce",), ("fl oz",)),
    "kilometre per hour": (("kilometre per hour", "kilometer per hour", "kilometres an hour", "kilometers an hour"),
                           ("km/h", "kph", "kmph", "km/hr", "kmh", "Km/h")),
    "mile per hour": (("mile per hour", "miles an hour"), ("mph", "m.p.h.", "MPH")),
    "metre per second": (("metre per second", "meter per second"), ("m/s",)),
    "knot": (("knot",), ("kn", "kt")),
    "millisecond": (("millisecond",), ("ms",)),
    "second": (("second",), ("sec", "secs")),
    "minute": (("minute",), ("min", "mins")),
    "hour": (("hour",), ("hr", "hrs", "h")),
    "day": (("day",), ()),
    "week": (("week",), ("wk", "wks")),
    "month": (("month",), ()),
    "year": (("year",), ("yr", "yrs")),
    "decade": (("decade",), ()),
    "century": (("century", "centuries"), ()),
    # with the common misspellings "celcius" and "farenheit"
    "degree Celsius": (("degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade", "celsius",
                        "centigrade", "deg c", "deg. c", "deg celsius", "degrees c", "degree c", "celcius",
                        "degrees celcius", "° celsius", "°celsius"),
                       ("°C", "° C", "ºC", "degC", "deg C", "C")),
    "degree Fahrenheit": (("degrees fahrenheit", "degree fahrenheit", "fahrenheit", "deg f", "deg. f", "deg fahrenheit",
                           "degrees f", "degree f", "farenheit", "degrees farenheit", "° fahrenheit", "°fahrenheit"),
                          ("°F", "° F", "ºF", "degF", "deg F", "F")),
    "degree": (("degree",), ("°", "º", "deg", "deg.")),
    "watt": (("watt",), ("W",)),
    "kilowatt": (("kilowatt",), ("kW", "KW")),
    "megawatt": (("megawatt",), ("MW",)),
    "gigawatt": (("gigawatt",), ("GW",)),
    "terawatt": (("terawatt",), ("TW",)),
    "kilowatt hour": (("kilowatt hour", "kilowatt-hour"), ("kWh", "KWh", "kwh")),
    "megawatt hour": (("megawatt hour", "megawatt-hour"), ("MWh",)),
    "gigawatt hour": (("gigawatt hour", "gigawatt-hour"), ("GWh",)),
    "terawatt hour": (("terawatt hour", "terawatt-hour"), ("TWh",)),
    "horsepower": (("horsepower", "brake horsepower"), ("hp", "HP", "bhp", "Hp")),
    "calorie": (("calorie", "kilocalorie"), ("kcal", "Cal")),
    "joule": (("joule",), ("J",)),
    "volt": (("volt",), ("V",)),
    "kilovolt": (("kilovolt",), ("kV",)),
    "milliampere hour": (("milliampere hour", "milliampere-hour"), ("mAh",)),
    "newton metre": (("newton metre", "newton meter"), ("Nm",)),
    "pound-foot": (("pound-foot", "pound-feet", "foot-pound"), ("lb-ft", "lb ft", "ft-lb")),
    "kilobyte": (("kilobyte",), ("KB", "kB")),
    "megabyte": (("megabyte",), ("MB",)),
    "gigabyte": (("gigabyte",), ("GB",)),
    "terabyte": (("terabyte",), ("TB",)),
    "petabyte": (("petabyte",), ("PB",)),
    "megabit per second": (("megabit per second", "megabits a second"), ("Mbps", "Mb/s", "mbps")),
    "gigabit per second": (("gigabit per second",), ("Gbps", "Gb/s")),
    "hertz": (("hertz",), ("Hz", "HZ")),
    "kilohertz": (("kilohertz",), ("kHz", "KHz")),
    "megahertz": (("megahertz",), ("MHz",)),
    "gigahertz": (("gigahertz",), ("GHz", "Ghz")),
    "revolution per minute": (("revolutions per minute", "revolution per minute"), ("rpm", "RPM")),
    "kilopascal": (("kilopascal",), ("kPa",)),
    "megapascal": (("megapascal",), ("MPa",)),
    "gigapascal": (("gigapascal",), ("GPa",)),
    "pound per square inch": (("pound per square inch", "pounds per square inch"), ("psi",)),
    "kilopound per square inch": ((), ("ksi",)),
    "decibel": (("decibel",), ("dB",)),
    "part per million": (("part per million", "parts per million"), ("ppm",)),
    "part per billion": (("part per billion", "parts per billion"), ("ppb",)),
    "mile per gallon": (("mile per gallon", "miles per gallon"), ("mpg", "MPG")),
    "megapixel": (("megapixel",), ("MP",)),
    "magnitude": (("magnitude",), ()),  # of an earthquake: "a 7.8-magnitude quake"
    "year old": (("year-old", "year old", "years-old", "years old"), ("yo",)),
    "month old": (("month-old", "month old", "months-old", "months old"), ()),
    "week old": (("week-old", "week old", "weeks-old", "weeks old"), ()),
    "day old": (("day-old", "day old", "days-old", "days old"), ()),
}
# Ages are measured in years (months, ...) of age; the finder reports them as the time
# unit and marks the claim as an age.
AGE_UNITS = {"year old": "year", "month old": "month", "week old": "week", "day old": "day"}
TIME_UNITS = {"millisecond", "second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}

# A symbol of one letter is a unit only when written against the digits ("5m", "10g")
# or after "degrees"; spaced out it is usually something else ("14,000 U.S. troops").
ATTACHED_ONLY = {"m", "g", "t", "L", "l", "h", "W", "V", "J", "in.", "gr", "ha", "kt", "kn", "Cal", "MP", "ct", "ms", "rad",
                 "C", "F"}
# Some of them are units even spaced out when only punctuation or a number follows ("1 m x 1 m").
SPACED_WHEN_ALONE = {"m", "g", "W", "V", "L"}

# Nouns that follow "per", "a" or "an" to make a rate ("$3,500 a month", "barrels per day").
RATE_DENOMINATORS = {
    "second", "minute", "hour", "day", "week", "month", "year", "night", "game", "share",
    "barrel", "gallon", "litre", "liter", "ounce", "gram", "kilogram", "kg", "pound", "lb",
    "tonne", "ton", "person", "head", "capita", "household", "woman", "square foot", "square feet",
    "sq ft", "sq m", "square metre", "square meter", "mile", "kilometre", "kilometer", "km",
    "dozen", "unit", "century", "decade", "mmbtu", "mwh", "kwh",
}
_RATE_CANONICAL = {
    "liter": "litre", "kg": "kilogram", "pound": "lb", "square feet": "square foot", "sq ft": "square foot",
    "sq m": "square metre", "square meter": "square metre", "kilometer": "kilometre", "km": "kilometre",
    "capita": "person", "head": "person", "mmbtu": "mmBtu", "mwh": "megawatt hour", "kwh": "kilowatt hour",
}


def _plural_forms(word: str) -> tuple[str, ...]:
    if word.endswith(("s", "x", "ch", "sh")):
        return (word, word + "es")
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return (word, word[:-1] + "ies")
    if " per " in word or " an " in word or " a " in word:
        head, _, tail = word.partition(" ")
        return (word, head + "s " + tail)
    return (word, word + "s")


@lru_cache(maxsize=1)
def _measure_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str], dict[str, str]]:
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for canonical, (word_forms, symbol_forms) in MEASURES.items():
        for word in word_forms:
            for form in _plural_forms(word.lower()):
                words.setdefault(form, canonical)
        for symbol in symbol_forms:
            symbols.setdefault(symbol, canonical)
    tail = r"(?![A-Za-z0-9²³])"
    word_pattern = re.compile(
        "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+") for w in sorted(words, key=len, reverse=True)) + ")" + tail,
        re.IGNORECASE,
    )
    symbol_pattern = re.compile(
        "(?:" + "|".join(re.escape(s).replace(r"\ ", r"\s?") for s in sorted(symbols, key=len, reverse=True)) + ")"
        + r"(?![A-Za-z0-9²³])"
    )
    return word_pattern, symbol_pattern, words, symbols


def measure_at(text: str, position: int, attached: bool) -> tuple[str, int] | None:
    """The physical unit written at `position` (the unit's canonical name and where it
    ends), or None. `attached` says the unit touches the digits, as in "5kW"."""
    word_pattern, symbol_pattern, words, symbols = _measure_patterns()
    found: list[tuple[int, str]] = []
    word_match = word_pattern.match(text, position)
    if word_match:
        key = re.sub(r"[\s\-]+", " ", word_match.group(0).lower())
        canonical = words.get(key) or words.get(key.replace(" ", "-")) or _word_lookup(key, words)
        if canonical:
            found.append((word_match.end(), canonical))
    symbol_match = symbol_pattern.match(text, position)
    if symbol_match:
        key = symbol_match.group(0)
        canonical = symbols.get(key) or symbols.get(re.sub(r"\s", " ", key)) or symbols.get(key.replace(" ", ""))
        alone = key in SPACED_WHEN_ALONE and re.match(r"\s*(?:$|[.,;:)\]x×]|\d)", text[symbol_match.end():symbol_match.end() + 3])
        if canonical and (attached or key not in ATTACHED_ONLY or alone):
            found.append((symbol_match.end(), canonical))
    if not found:
        return None
    end, canonical = max(found)
    return canonical, end


def _word_lookup(key: str, words: dict[str, str]) -> str | None:
    for variant in (key, key.replace(" ", "-"), key.replace("-", " ")):
        if variant in words:
            return words[variant]
    return None


def singular(noun: str) -> str:
    """A plain English singular, enough for unit and rate words."""
    lower = noun.lower()
    irregular = {"feet": "foot", "people": "person", "men": "man", "women": "woman", "children": "child",
                 "centuries": "century", "inches": "inch", "teeth": "tooth", "mice": "mouse"}
    if lower in irregular:
        return irregular[lower]
    if lower.endswith(("innings", "species", "series", "news", "means", "headquarters", "athletics")):
        return noun
    if lower.endswith("ies") and len(lower) > 4:
        return noun[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "uses")):
        return noun[:-2]
    if lower.endswith("men") and len(lower) > 4 and not lower.endswith(("specimen", "regimen", "abdomen")):
        return noun[:-3] + "man"
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def plural(noun: str) -> str:
    """The plural of a counted noun's lemma ("member" -> "members", "person" -> "people")."""
    lower = noun.lower()
    irregular = {"person": "people", "man": "men", "woman": "women", "child": "children",
                 "foot": "feet", "tooth": "teeth", "mouse": "mice", "fish": "fish", "sheep": "sheep",
                 "staff": "staff", "personnel": "personnel", "police": "police", "aircraft": "aircraft",
                 "series": "series", "species": "species", "crew": "crew", "people": "people",
                 "cattle": "cattle", "deer": "deer", "offspring": "offspring", "data": "data",
                 "innings": "innings", "news": "news", "means": "means", "headquarters": "headquarters"}
    if lower in irregular:
        return irregular[lower]
    if lower.endswith("man") and not lower.endswith(("human", "german", "talisman", "shaman")):
        return lower[:-3] + "men"
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return lower + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return lower[:-1] + "ies"
    if lower.endswith("fe"):
        return lower[:-2] + "ves"
    if lower.endswith("f") and lower not in {"chief", "roof", "proof", "belief", "cliff", "reef"}:
        return lower[:-1] + "ves"
    return lower + "s"


def rate_denominator(word: str) -> str | None:
    """The canonical denominator of a rate ("a month" -> "month"), or None."""
    lower = word.lower()
    if lower in RATE_DENOMINATORS:
        return _RATE_CANONICAL.get(lower, lower)
    single = singular(lower)
    if single in RATE_DENOMINATORS:
        return _RATE_CANONICAL.get(single, single)
    return None


# --- quantulum3's unit table, for the units the core table does not list ------------------

# quantulum3 names units that are common English words ("a pair", "a set", "a drop"...);
# after a number those words are counted nouns, not units.
_QUANTULUM_COMMON_WORDS = {
    "pair", "set", "count", "drop", "span", "league", "quarter", "gross", "mill", "quad",
    "shake", "turn", "point", "unit", "ell", "rad", "gal", "stere", "tex", "darcy", "rhe",
    "bar", "dime", "penny", "cent", "pixel", "dozen", "baker's dozen", "long hundred", "cup",
    "peck", "nibble", "drop", "rutherford", "gray", "henry", "tesla", "maxwell", "langley",
    "mole", "poise", "stokes", "denier", "darcy", "curie", "cubit", "fathom", "furlong",
    "hand", "link", "chain", "rod", "pole", "perch", "stone", "grain", "line", "shot",
    "speed of light", "earth mass", "solar mass", "quantum bit", "base pair", "nucleotide",
    "megaton", "kiloton", "lustrum", "fortnight", "twip", "therm", "quintal", "kip", "mill",
}
# quantulum3 names that differ from ours.
_QUANTULUM_RENAMES = {
    "pound-mass": "lb", "degree fahrenheit": "degree Fahrenheit", "degree angle": "degree",
    "cubic centimetre": "millilitre", "parts-per-million": "part per million",
    "parts-per-billion": "part per billion", "revolutions per minute": "revolution per minute",
    "gigaton": "gigatonne", "percentage": PERCENT,
}


@dataclass(frozen=True)
class QuantulumTable:
    """The part of quantulum3's unit table read here: surface or symbol -> (unit name, dimension)."""

    surfaces_lower: dict[str, tuple[tuple[str, str], ...]]
    symbols: dict[str, tuple[tuple[str, str], ...]]


@lru_cache(maxsize=1)
def _quantulum_units() -> QuantulumTable:
    """quantulum3's unit table, loaded on first use.

    Importing quantulum3 costs about a second (most of it `inflect`), so the
    table is kept in the user's cache, named by quantulum3's version.
    """
    from importlib.metadata import version

    name = f"quantulum3-units-{version('quantulum3')}"
    table = stored.load(name)
    if not isinstance(table, QuantulumTable):
        table = _read_quantulum_units()
        stored.store(name, table)
    return table


def _read_quantulum_units() -> QuantulumTable:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

        units = load.units("en_US")

    def entries(table) -> dict[str, tuple[tuple[str, str], ...]]:
        return {
            surface: tuple(sorted((unit.name, unit.entity.name) for unit in found))
            for surface, found in table.items()
        }

    return QuantulumTable(entries(units.surfaces_lower), entries(units.symbols))


def quantulum_unit_at(text: str, position: int, attached: bool) -> tuple[str, int] | None:
    """A physical unit from quantulum3's table written at `position`, or None.

    Only units with a physical dimension count; money and dimensionless "units" are
    handled by the core tables or are counted nouns. One-letter symbols and symbols
    written apart from the digits are not trusted: quantulum3 reads "14,000 U.S." as
    atomic mass units and "a key" as exayears that way.
    """
    window = re.match(r"[A-Za-zµμ°Ω'\-/²³]+(?:\s[A-Za-z]+){0,2}", text[position:position + 40])
    if not window:
        return None
    units = _quantulum_units()
    words = window.group(0).split()
    for count in range(len(words), 0, -1):
        surface = " ".join(words[:count])
        candidates = units.surfaces_lower.get(surface.lower(), ())
        if not candidates and len(surface) >= 2 and (attached or len(surface) >= 3):
            candidates = units.symbols.get(surface, ())
        for unit_name, dimension in candidates:
            if dimension in {"dimensionless", "currency", "unknown"}:
                continue
            if unit_name in _QUANTULUM_COMMON_WORDS or surface.lower() in _QUANTULUM_COMMON_WORDS:
                continue
            name = _QUANTULUM_RENAMES.get(unit_name, unit_name)
            end = position + len(" ".join(window.group(0).split(" ")[:count]))
            return name, end
    return None
