"""Content words as the numeric matcher compares them: crude, predictable stems.

"U.S." and "US" are one word, "soldiers" is "troop", "Ethiopian" and
"Ethiopia" are near enough (`similar`), "Austria" and "Australia" are not.
An adjective of size is the measure it names ("tall" is "height", "deep"
is "depth"), and "requires" is "need".
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck import units

# two word forms this similar (0..100) are the same word ("Ethiopian", "Ethiopia": 94),
# but not "Austria" and "Australia" (87.5)
WORD_SIMILARITY = 90
STOPWORDS = frozenset(
    """a an the of in on at to for from by with and or as is are was were be been being that this these those
    its it their his her our than then about over under more less some all any each per into out up down
    has have had will would could should may might can do does did not no nor so such very also just only
    which who whom whose what when where while during after before between since until""".split()
)
# words, abbreviations ("U.S."), and whole numbers that name things ("Flight 302", "the 2022 World Cup");
# a decimal number ("1.5") is no word (see `is_content`)
WORD = re.compile(r"(?:[Nn]on-)?[A-Za-z0-9][A-Za-z0-9.'\u2019]*")  # "non-basmati" is not "basmati"
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
# "330 metres tall" states a height, "the deepest lake" a depth: the adjective is read as the
# measure it names, so that a statement written with the noun is found
MEASURE_ADJECTIVES = {
    "tall": "height", "tallest": "height", "high": "height", "highest": "height",
    "deep": "depth", "deepest": "depth", "long": "length", "longest": "length",
    "wide": "width", "widest": "width", "thick": "thickness", "thickest": "thickness",
    "heavy": "weight", "heaviest": "weight",
    "fast": "speed", "fastest": "speed",
}
# words of one meaning that statements and articles use interchangeably
WORD_SYNONYMS = {
    "require": "need", "requires": "need", "required": "need", "requiring": "need",
    "needs": "need", "needed": "need", "born": "birth", "died": "death", "die": "death", "dying": "death",
    "killed": "death", "kill": "death", "kills": "death", "killing": "death",
}
# periods (and things) a number can be counted per: "a day", "per share", "annual"
RATE_NOUNS = ("day", "week", "month", "year", "hour", "night", "minute", "share", "person", "head", "capita")
_RATE_ADJECTIVES = {
    "daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "annually": "year",
    "yearly": "year", "hourly": "hour", "nightly": "night", "per-share": "share", "per-capita": "capita",
}
_RATE = re.compile(
    r"\b(?:per|a|an|each|every)\s+(?P<noun>" + "|".join(RATE_NOUNS) + r")\b"
    # "a year earlier", "a day after" are times, not rates
    r"(?!\s+(?:earlier|ago|before|after|later|previously|on|since|into|from|of)\b)"
    r"|\b(?P<adjective>" + "|".join(_RATE_ADJECTIVES) + r")\b",
    re.I,
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Case folded, abbreviation dots, possessives and plural endings gone; counted nouns folded
    onto their synonym class first ("soldiers" -> "troop")."""
    folded = plain(word)
    if not folded:
        return folded
    if word[:1].islower():
        folded = MEASURE_ADJECTIVES.get(folded, WORD_SYNONYMS.get(folded, folded))
    # common nouns only: "States" in "United States" is a name, not a count of countries
    if units.is_known_noun(folded) and not word[:1].isupper():
        folded = units.canonical_noun(folded)
    return strip_suffix(folded)


def plain(word: str) -> str:
    """The word case folded, without abbreviation dots or a possessive ending ("U.S." -> "us")."""
    folded = word.casefold().replace("\u2019", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    return folded.replace(".", "").strip("'")


def strip_suffix(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    return word


def is_content(word: str) -> bool:
    if word[0].isdigit() and ("." in word.rstrip(".") or not word.rstrip(".").isdigit()):
        return False
    return word.casefold().rstrip(".'\u2019") not in STOPWORDS


def words_of(text: str) -> list[str]:
    """The stems of the content words of `text`, in order, without repeats."""
    return list(_words_of(text))


@lru_cache(maxsize=100_000)
def _words_of(text: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for found in WORD.finditer(text):
        if is_content(found.group(0)):
            seen.setdefault(stem(found.group(0)), None)
    return tuple(seen)


def similar(first: str, second: str) -> bool:
    """The same stem, or a close spelling of a longer word."""
    if first == second:
        return True
    return len(first) >= 5 and len(second) >= 5 and fuzz.ratio(first, second) >= WORD_SIMILARITY


def is_year(word: str) -> bool:
    """A year in a statement ("the 2022 World Cup") helps when the sentence has it; its absence says little."""
    return bool(_YEAR.fullmatch(word))


def index_key(word_stem: str) -> str:
    """A short prefix, so that word forms share index postings ("ethiopia", "ethiopian")."""
    return word_stem[:5]


def rate_of(text: str) -> str | None:
    """What `text` counts per ("visitors a day" -> "day", "annual sales" -> "year"), if it says."""
    found = _RATE.search(text)
    if found is None:
        return None
    if found.group("noun"):
        return found.group("noun").casefold()
    return _RATE_ADJECTIVES[found.group("adjective").casefold()]


def rate_match(text: str) -> re.Match | None:
    """The first rate phrase of `text` ("a day", "per share", "annual"), as a match."""
    return _RATE.search(text)


def rate_noun(found: re.Match) -> str:
    if found.group("noun"):
        return found.group("noun").casefold()
    return _RATE_ADJECTIVES[found.group("adjective").casefold()]
