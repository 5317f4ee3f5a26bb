"""What a claim or a fact counts or measures, and conversion between units.

A unit is one of four kinds:

- a counted noun ("troops", "members", "people"), with synonyms folded
  together ("soldiers" counts troops, "residents" counts people);
- a currency (ISO code: "USD"); amounts compare only within one currency;
- a share ("percent"); a bare fraction such as "half" is a share too;
- a physical unit understood by pint ("km", "mile", "square kilometre").

A claim without a unit is a plain count. Two units are compatible when they
are the same counted noun (or synonyms), the same currency, both shares, or
physical units of the same dimension.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from factcheck import cache as stored
from factcheck.demonyms import is_adjective

COUNT, CURRENCY, SHARE, PHYSICAL = "count", "currency", "share", "physical"

# Counted nouns an article uses interchangeably, folded onto the first word.
# Kept small and literal: a synonym here lets a fact match more sentences.
NOUN_SYNONYMS: dict[str, tuple[str, ...]] = {
    "people": (
        "person", "persons", "residents", "resident", "inhabitants", "inhabitant",
        "citizens", "individuals", "humans",
    ),
    "troops": ("troop", "soldiers", "soldier", "servicemembers", "service members", "personnel", "forces"),
    "members": ("member",),
    "deaths": ("dead", "killed", "fatalities", "lives", "victims"),
    "employees": ("employee", "workers", "staff", "staffers"),
    "passengers": ("passenger",),
    "visitors": ("visitor", "tourists", "tourist", "sightseers"),
    "attendees": ("attendee", "spectators", "spectator", "fans", "crowd", "audience"),
    "students": ("student", "pupils"),
    "votes": ("vote", "ballots"),
    "voters": ("voter", "electors"),
    "survivors": ("survivor",),
    "births": ("birth", "babies", "baby", "newborns"),
    "viewers": ("viewer", "watchers", "tv viewers"),
    "awards": ("award", "prizes", "prize", "trophies", "trophy", "honours", "honors"),
    "seats": ("seat",),
    "medals": ("medal", "golds", "silvers", "bronzes"),
    "aircraft": ("planes", "plane", "jets", "jet", "airliners", "airliner", "airplanes", "aeroplanes"),
    "flights": ("flight", "takeoffs", "take-offs", "movements", "aircraft movements"),
    "births per woman": ("children per woman", "babies per woman", "live births per woman"),
    "cases": ("case", "infections"),
    "countries": ("country", "nations", "states", "member states", "member countries", "member nations"),
    "vehicles": ("vehicle", "cars", "car"),
    "matches": ("match", "games", "game", "fixtures", "fixture"),
    "wins": ("win", "victories", "victory"),
    "titles": ("title", "championships", "championship"),
}
_CANONICAL_NOUN = {
    synonym: canonical for canonical, synonyms in NOUN_SYNONYMS.items() for synonym in (canonical, *synonyms)
}
# "people" also counts the dead, the residents and so on: a count of people in
# a sentence about deaths is compatible with a fact counting deaths.
_NOUN_FAMILIES = {
    "deaths": "people", "passengers": "people", "students": "people", "employees": "people",
    "visitors": "people", "attendees": "people", "voters": "people", "survivors": "people", "viewers": "people",
    "adults": "people", "children": "people",
    **dict.fromkeys((
        "migrants", "immigrants", "refugees", "residents", "inhabitants", "citizens", "workers", "patients",
        "spectators", "fans", "tourists", "pilgrims", "climbers", "prisoners", "users", "subscribers",
        "members", "players", "athletes", "customers", "victims", "babies", "pupils", "staff", "nurses",
        "doctors", "teachers", "civilians", "travellers", "travelers", "commuters", "riders", "women", "men",
        "applicants", "runners", "participants", "entrants", "guests", "volunteers",
    ), "people"),
    "oscars": "awards", "emmys": "awards", "grammys": "awards", "baftas": "awards",
}
# counted nouns that pint would read as unit symbols
_COUNTED_NOT_SYMBOLS = frozenset({"mps", "meps", "mps'", "pcs"})
# who cast the votes a vote is counted in ("more than 300 lawmakers in favour")
_VOTERS = frozenset(
    {"lawmakers", "legislators", "mps", "senators", "deputies", "representatives", "democrats", "republicans",
     "members", "delegates", "councillors", "councilors", "peers"}
)
# counted nouns that count anything ("won it five times", "3,167 animals" of tigers): like a plain count
_ANY_COUNT = frozenset({"times", "animals"})

CURRENCY_WORDS = {
    "usd": "USD", "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "united states dollar": "USD",
    "gbp": "GBP", "£": "GBP", "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "eur": "EUR", "€": "EUR", "euro": "EUR", "euros": "EUR",
    "jpy": "JPY", "¥": "JPY", "yen": "JPY",
    "cny": "CNY", "yuan": "CNY", "renminbi": "CNY",
    "inr": "INR", "rupee": "INR", "rupees": "INR", "₹": "INR",
    "pkr": "PKR", "chf": "CHF", "swiss franc": "CHF", "cad": "CAD", "aud": "AUD", "rub": "RUB", "rouble": "RUB",
    "ruble": "RUB", "roubles": "RUB", "rubles": "RUB", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
}
# currency words that name several currencies: an amount in one is compared with a fact in any of them
# ("128.3 billion crowns" after "Danish crowns"; "900 francs" in a story on Swiss or West African prices)
CURRENCY_FAMILIES = {
    "crowns": frozenset({"DKK", "SEK", "NOK", "ISK", "CZK"}),
    "francs": frozenset({"CHF", "XOF", "XAF"}),
    "cfa francs": frozenset({"XOF", "XAF"}),
}
_FAMILY_WORDS = {
    "crown": "crowns", "crowns": "crowns", "krone": "crowns", "kroner": "crowns", "franc": "francs",
    "francs": "francs", "cfa franc": "cfa francs", "cfa francs": "cfa francs",
}
_CONCENTRATIONS = {
    "ppm": "ppm", "part per million": "ppm", "parts per million": "ppm",
    "ppb": "ppb", "part per billion": "ppb", "parts per billion": "ppb",
}
# a hundredth of a currency ("35 cents", "99p" as pence): compared with amounts in the currencies that
# have them, a hundred to the unit
SUBUNITS = {"cents": frozenset({"USD", "EUR", "CAD", "AUD", "NZD", "HKD", "SGD"}), "pence": frozenset({"GBP"})}
# ISO 4217 codes a newsroom meets (a three-letter unit is not a currency by its shape: "TEU", "GWh")
CURRENCY_CODES = frozenset(
    """USD EUR GBP JPY CNY INR PKR CHF CAD AUD NZD RUB HKD SGD SEK NOK DKK PLN CZK HUF RON BGN TRY ZAR EGP NGN
    KES GHS MAD SAR AED QAR KWD ILS IRR IQD BRL MXN ARS CLP COP PEN KRW TWD THB MYR IDR PHP VND BDT LKR NPR UAH
    KZT XOF XAF ISK BTC""".split()
)
SHARE_WORDS = {"percent", "per cent", "percentage", "%", "pct"}
# a difference between two shares ("cut by half a percentage point"), comparable only with another
POINT_WORDS = {"percentage point": "percentage points", "percentage points": "percentage points",
               "basis point": "basis points", "basis points": "basis points", "bps": "basis points", "bp": "basis points"}

# Spellings pint does not parse, mapped to ones it does.
_PINT_SPELLINGS = {
    "km2": "km**2", "km²": "km**2", "sq km": "km**2", "square km": "km**2",
    "m2": "m**2", "m²": "m**2", "sq m": "m**2", "mi2": "mile**2", "sq mi": "mile**2", "sq miles": "mile**2",
    "m3": "m**3", "m³": "m**3", "metres": "m", "meters": "m", "tonnes": "metric_ton", "tonne": "metric_ton",
    "metric tons": "metric_ton", "metric ton": "metric_ton", "kilometres": "km", "kilometers": "km",
    "degree celsius": "degC", "degrees celsius": "degC", "celsius": "degC", "°c": "degC",
    "degree fahrenheit": "degF", "degrees fahrenheit": "degF", "fahrenheit": "degF", "°f": "degF",
    "kph": "km/h", "km/h": "km/h",
    "nautical mile": "nautical_mile", "nautical miles": "nautical_mile",
}
# sizes of data: pint takes bytes as dimensionless, so they are named here ("700 gigabytes", "700GB")
_DATA_SIZES = {
    **dict.fromkeys(("kb", "kilobyte", "kilobytes"), "kilobyte"),
    **dict.fromkeys(("mb", "megabyte", "megabytes"), "megabyte"),
    **dict.fromkeys(("gb", "gigabyte", "gigabytes"), "gigabyte"),
    **dict.fromkeys(("tb", "terabyte", "terabytes"), "terabyte"),
    **dict.fromkeys(("pb", "petabyte", "petabytes"), "petabyte"),
}


_COUNTED_NOT_MEASURED = {
    "point", "points", "hand", "hands", "link", "links", "unit", "units", "shot", "shots",
    "bag", "bags", "cup", "cups", "line", "lines", "count", "counts",
}


@dataclass(frozen=True)
class Unit:
    """A normalised unit: its kind and a key that identifies it within the kind."""

    kind: str
    key: str  # counted noun, currency code, "percent", or pint unit string
    written: str | None = None

    @property
    def label(self) -> str:
        """How the unit is written after a number in a message."""
        if self.kind == SHARE:
            return "%"
        if self.kind == COUNT:
            return self.written or ""
        return self.written or self.key


PLAIN_COUNT = Unit(COUNT, "")


@lru_cache(maxsize=4096)
def normalize(unit: str | None) -> Unit:
    """The Unit for a claim's or a fact's unit string (None: a plain count)."""
    if unit is None or not unit.strip():
        return PLAIN_COUNT
    written = unit.strip()
    folded = " ".join(written.casefold().split())
    per = re.fullmatch(r"(.+?)\s+(?:per|a|an)\s+[\w-]+", folded)
    if per:
        # "USD per share", "$490 a tonne" are amounts of dollars; what they are counted per is read
        # from the sentence
        base = normalize(per.group(1))
        if base.kind in (CURRENCY, SHARE):
            return Unit(base.kind, base.key, written)
    over = re.fullmatch(r"(.+?)\s+(?:per|a|an|each)\s+(?:year|month|week|day|night|hour)", folded)
    if over:
        # "£9,250 a year", "300 billion kWh a year", "30,000 visitors a day": the amount, with what it is
        # counted over read from the sentence; a speed ("kilometres per hour") stays a speed
        base = normalize(over.group(1))
        if base.kind != PHYSICAL or _dimensionality(base.key) != "[length]":
            return Unit(base.kind, base.key, written)
    dense = re.fullmatch(r"(.+?)\s+per\s+(.+)", folded)
    if dense:
        # "people per square kilometre": a density, comparable only with the same density
        base, area = normalize(dense.group(1)), normalize(dense.group(2))
        if base.kind == COUNT and area.kind == PHYSICAL:
            return Unit(COUNT, f"{base.key} per {area.key}", written)
    if folded in SHARE_WORDS:
        return Unit(SHARE, "percent", written)
    if folded in POINT_WORDS:
        return Unit(SHARE, POINT_WORDS[folded], written)
    if folded in ("bpd", "b/d", "bbl/d"):
        return Unit(PHYSICAL, "barrel", written)  # barrels a day, the rate read as for "barrels per day"
    if folded in SUBUNITS:
        return Unit(CURRENCY, folded, written)
    if folded in _CONCENTRATIONS:
        return Unit(COUNT, _CONCENTRATIONS[folded], written)  # "parts per million" is no density of millions
    if folded in ("gross tons", "gross ton", "gross tonnage", "gt", "grt", "gross register tons", "gross-ton"):
        return Unit(COUNT, "gross tons", written)  # a ship's size (a volume index), not a weight
    if folded in CURRENCY_WORDS:
        return Unit(CURRENCY, CURRENCY_WORDS[folded], written)
    if written in CURRENCY_CODES:
        return Unit(CURRENCY, written, written)
    if folded in _FAMILY_WORDS:
        return Unit(CURRENCY, _FAMILY_WORDS[folded], written)
    if folded in _DATA_SIZES:
        return Unit(PHYSICAL, _DATA_SIZES[folded], written)
    if folded in _COUNTED_NOT_SYMBOLS:
        return Unit(COUNT, canonical_noun(folded), written)  # "300 MPs" are members of parliament, not m/s
    # a symbol keeps its case first: "GW" is gigawatts, "mW" milliwatts
    pint_unit = (_pint_unit(written) if " " not in written and written != folded else None) or _pint_unit(folded)
    if pint_unit is not None:
        return Unit(PHYSICAL, pint_unit, written)
    return Unit(COUNT, canonical_noun(folded), written)


def canonical_noun(noun: str) -> str:
    """The synonym-folded, plural form of a counted noun ("soldiers" -> "troops")."""
    noun = " ".join(noun.casefold().split())
    if noun in _CANONICAL_NOUN:
        return _CANONICAL_NOUN[noun]
    if " and " in noun:
        noun = noun.split(" and ")[0]  # "countries and regions" counts countries (and a few more)
    if noun.endswith("s") and " " not in noun and is_adjective(noun[:-1]):
        return "people"  # "143 million Americans", "2,000 Australians"
    last = noun.split(" ")[-1] if noun else noun
    if last in _CANONICAL_NOUN:
        return _CANONICAL_NOUN[last]
    if last.endswith(("goers", "goer")):  # festival-goers, concertgoers
        return "attendees"
    return plural(last)


def is_known_noun(noun: str) -> bool:
    """Whether `noun` is one of the counted nouns with synonyms."""
    return noun in _CANONICAL_NOUN


def plural(noun: str) -> str:
    if not noun or noun.endswith("s"):
        return noun
    if noun.endswith("y") and len(noun) > 2 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


# how well a plain count ("90 million") or any count fits a fact's counted noun
PLAIN_COUNT_FIT = 0.7
# how well a count of a wider kind ("people") fits one of a narrower kind ("deaths"), or the reverse
FAMILY_FIT = 0.8


def compatibility(claim_unit: Unit, fact_unit: Unit) -> float:
    """How well the two units fit: 1 the same or convertible, less for synonyms or a plain count, 0 incompatible."""
    if _bare_degrees(claim_unit, fact_unit) or _bare_degrees(fact_unit, claim_unit):
        return 0.9  # "124 degrees" in a story of Fahrenheit or Celsius records: read in the fact's scale
    if claim_unit.kind != fact_unit.kind:
        return 0.0
    if claim_unit.kind == PHYSICAL:
        if claim_unit.key == fact_unit.key:
            return 1.0
        return 1.0 if _dimensionality(claim_unit.key) == _dimensionality(fact_unit.key) else 0.0
    if claim_unit.kind in (CURRENCY, SHARE):
        if claim_unit.key == fact_unit.key:
            return 1.0
        if fact_unit.key in SUBUNITS.get(claim_unit.key, ()) or claim_unit.key in SUBUNITS.get(fact_unit.key, ()):
            return 1.0
        shared = CURRENCY_FAMILIES.get(claim_unit.key, {claim_unit.key}) & CURRENCY_FAMILIES.get(fact_unit.key, {fact_unit.key})
        return 0.9 if shared else 0.0
    # counts: same noun, a plain count on either side, or nouns of one family
    if claim_unit.key == fact_unit.key:
        return 1.0
    if not claim_unit.key or not fact_unit.key or claim_unit.key in _ANY_COUNT or fact_unit.key in _ANY_COUNT:
        return PLAIN_COUNT_FIT
    if _NOUN_FAMILIES.get(claim_unit.key) == fact_unit.key or _NOUN_FAMILIES.get(fact_unit.key) == claim_unit.key:
        return FAMILY_FIT
    if {claim_unit.key, fact_unit.key} & {"votes"} and {claim_unit.key, fact_unit.key} & _VOTERS:
        return FAMILY_FIT  # "joined 210 Democrats in voting": 210 votes
    return 0.0


def _bare_degrees(degrees: Unit, temperature: Unit) -> bool:
    return degrees.kind == COUNT and degrees.key == "degrees" and dimension(temperature) == "[temperature]"


def dimension(unit: Unit) -> str | None:
    """The physical dimension of a unit as pint writes it ("[length] ** 2"), None for counts, money, shares."""
    if unit.kind != PHYSICAL:
        return None
    return _dimensionality(unit.key)


def rate_written(unit_text: str | None) -> str | None:
    """The rate a unit is written with and that its own dimension does not hold ("barrels per day" is a
    volume counted per day; "kilometres per hour" is a speed, no rate)."""
    from factcheck.match.words import rate_of

    if not unit_text:
        return None
    found = rate_of(unit_text)
    if found is None:
        return None
    measured = dimension(normalize(unit_text))
    return None if measured is not None and "[time]" in measured else found


# counted nouns of time that pint does not take as units when written alone
_TIME_NOUNS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries"})


def is_duration(unit: Unit) -> bool:
    """Whether the unit is a span of time ("24 hours", "three decades")."""
    if unit.kind == COUNT:
        return unit.key in _TIME_NOUNS
    return dimension(unit) == "[time]"


def convert(value: float, from_unit: Unit, to_unit: Unit) -> float:
    """`value` in `from_unit` expressed in `to_unit`; the units must be compatible."""
    if from_unit.kind == CURRENCY and from_unit.key != to_unit.key:
        if from_unit.key in SUBUNITS:
            return value / 100  # 35 cents are 0.35 USD
        if to_unit.key in SUBUNITS:
            return value * 100
    if from_unit.kind != PHYSICAL or from_unit.key == to_unit.key or to_unit.key == "degrees":
        return value
    registry = _registry()
    return registry.Quantity(value, from_unit.key).to(to_unit.key).magnitude


@lru_cache(maxsize=1)
def _registry():
    import pint

    from factcheck.cache import cache_dir

    try:
        # pint keeps its parsed definitions on disk: a registry then builds in a fraction of the time
        return pint.UnitRegistry(cache_folder=cache_dir() / "pint")
    except OSError:
        return pint.UnitRegistry()


class _PintMemo:
    """What pint said about each unit word, kept in the user cache (named by pint's version).

    Importing pint and building its registry costs more than checking a short
    article; the unit words of articles and datasets repeat, so after the first
    run pint is only loaded to convert between two different units.
    """

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str], str | None] | None = None

    def answer(self, question: str, word: str, ask: Callable[[str], str | None]) -> str | None:
        if self._answers is None:
            loaded = stored.load(self._name())
            self._answers = loaded if isinstance(loaded, dict) else {}
        key = (question, word)
        if key not in self._answers:
            self._answers[key] = ask(word)
            stored.store(self._name(), self._answers)
        return self._answers[key]

    @staticmethod
    @lru_cache(maxsize=1)
    def _name() -> str:
        from importlib.metadata import version

        return f"pint-units-{version('pint')}"


_PINT = _PintMemo()


# a length symbol with a power written after it: "km3", "mi²", "ft2"
_POWER_OF_LENGTH = re.compile(r"([a-z]+)\s*([23\u00b2\u00b3])")
_POWERS = {"2": 2, "3": 3, "\u00b2": 2, "\u00b3": 3}


@lru_cache(maxsize=1024)
def _pint_unit(folded: str) -> str | None:
    spelling = _PINT_SPELLINGS.get(folded, folded)
    # Words pint knows but an article uses as counted nouns ("three points",
    # "two shots", "100 units"); they are counts here, never physical units.
    if spelling in _COUNTED_NOT_MEASURED:
        return None
    powered = _POWER_OF_LENGTH.fullmatch(spelling)
    if powered:
        # "km3" is pint's km**3, as "cubic kilometres" is: one unit however it is written
        base = _PINT.answer("unit", powered.group(1), _ask_pint_unit)
        if base is not None and _dimensionality(base) == "[length]":
            return _PINT.answer("unit", f"{base} ** {_POWERS[powered.group(2)]}", _ask_pint_unit)
        return None
    return _PINT.answer("unit", spelling, _ask_pint_unit)


def _ask_pint_unit(spelling: str) -> str | None:
    try:
        parsed = _registry().parse_units(spelling)
    except Exception:  # pint raises several unrelated types for unknown words
        return None
    if parsed.dimensionless:
        return None
    return str(parsed)


@lru_cache(maxsize=1024)
def _dimensionality(pint_unit: str) -> str:
    return _PINT.answer("dimensionality", pint_unit, lambda unit: str(_registry().parse_units(unit).dimensionality))
