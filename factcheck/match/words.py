"""Content words as the numeric matcher compares them: crude, predictable stems.

"U.S." and "US" are one word, "soldiers" is "troop", "Ethiopian" and
"Ethiopia" are near enough (`similar`), "Austria" and "Australia" are not.
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
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.'\u2019]*")
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Case folded, abbreviation dots, possessives and plural endings gone; counted nouns folded
    onto their synonym class first ("soldiers" -> "troop")."""
    folded = word.casefold().replace("\u2019", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    folded = folded.replace(".", "").strip("'")
    if not folded:
        return folded
    # common nouns only: "States" in "United States" is a name, not a count of countries
    if units.is_known_noun(folded) and not word[:1].isupper():
        folded = units.canonical_noun(folded)
    return strip_suffix(folded)


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
