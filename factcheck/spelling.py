"""Compare name spellings: what counts as the same spelling, and how close a near miss is.

Two spellings that differ only in accents, letter case, typographic
apostrophes, hyphens, the dots of initials or British and American
spelling are the same spelling ("Mbappe" = "Mbappé", "al-Assad" =
"Al Assad", "U.S." = "US", "Organisation" = "Organization"). Anything else
is compared word by word with three signals: the optimal-string-alignment
edit distance (a transposition counts as one edit: "Quershi"/"Qureshi"),
Jaro-Winkler similarity (forgiving towards the end of a word) and the
Metaphone key (a transliteration usually sounds the same: "Mohammed" /
"Muhammad"), or has the same consonants ("Usama" / "Osama").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import jellyfish
from rapidfuzz.distance import OSA, JaroWinkler

# Letters that Unicode does not decompose into a base letter plus accent.
_UNDECOMPOSED = str.maketrans({
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "ı": "i",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ß": "ss",
})
_APOSTROPHES = re.compile(r"[’‘`´ʼʻ']")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/,;:()\[\]\"“”]+")
# A dot inside an abbreviation joins ("U.S." -> "US"); any other dot separates.
_INNER_DOTS = re.compile(r"\.(?=\w)")
_DOTS = re.compile(r"\.")


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """The comparison form of a spelling: no accents, case, apostrophes, dots or hyphens."""
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    # Recompose what is left (Hangul syllables) so that a letter stays one character.
    text = unicodedata.normalize("NFC", "".join(char for char in text if not unicodedata.combining(char)))
    text = _APOSTROPHES.sub("", text.casefold())
    text = _DOTS.sub(" ", _INNER_DOTS.sub("", text))
    text = _SEPARATORS.sub(" ", text)
    return " ".join(american(word) for word in text.split())


# British spellings of common words, as American. Only whole families of
# words, anchored so that names are left alone ("Seymour", "Pierre", "Louise").
_BRITISH = [(re.compile(pattern), replacement) for pattern, replacement in (
    (r"^(col|hon|lab|harb|fav|neighb|behavi|rum|hum|vap|sav|val|od|endeav|arm|vig|splend|parl|clam|flav|tum)our",
     r"\1or"),
    (r"^(cen|thea|me|li|fib|calib|somb|spec|lus)tre(s?)$", r"\1ter\2"),
    (r"(al|an|or|at|og|iv|ar|ys|ial|om|it)is(e|ed|es|ing|ation|ations)$", r"\1iz\2"),
    (r"^(def|lic|off|pret)ence(s?)$", r"\1ense\2"),
    (r"^(anal|paral|catal)yse(s?)$", r"\1yze\2"),
    (r"^(catal|dial|monol|anal|prol|epil)ogue(s?)$", r"\1og\2"),
    (r"^programme(s?)$", r"program\1"),
)]


@lru_cache(maxsize=262144)
def american(word: str) -> str:
    """A folded word in American spelling ("labour" -> "labor", "centre" -> "center")."""
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


def words(text: str) -> tuple[str, ...]:
    """The folded words of a spelling."""
    return tuple(fold(text).split())


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """The Metaphone key of a folded word (empty for words without letters)."""
    letters = "".join(char for char in word if char.isalpha())
    return jellyfish.metaphone(letters) if letters else ""


_VOWELS = re.compile(r"[aeiouy]+")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonants of a word, doubled ones once: "Usama" and "Osama" are both "sm"."""
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", word))


def same_sound(first: str, second: str) -> bool:
    """Do two folded words sound alike: the same Metaphone key, or (from four letters) the same consonants?"""
    key = sound(first)
    if key and key == sound(second):
        return True
    return min(len(first), len(second)) >= 4 and skeleton(first) != "" and skeleton(first) == skeleton(second)


@lru_cache(maxsize=262144)
def word_similarity(first: str, second: str) -> float:
    """0..1: how likely one folded word is a misspelling of the other (1.0: equal).

    The mean of the normalised edit similarity and Jaro-Winkler (or the edit
    similarity again where Jaro-Winkler is lower, as it is for a letter added
    mid-word), with a bonus when both sound the same; capped below 1 so that
    only equal words score 1.
    """
    if first == second:
        return 1.0
    edits = OSA.distance(first, second)
    edit_similarity = 1.0 - edits / max(len(first), len(second))
    score = (edit_similarity + max(JaroWinkler.similarity(first, second), edit_similarity)) / 2
    if same_sound(first, second):
        score += 0.1
    return round(min(score, 0.99), 4)


def edit_distance(first: str, second: str) -> int:
    """Edits (insert, delete, substitute, swap two neighbours) between two folded words."""
    return OSA.distance(first, second)


def is_initial(word: str) -> bool:
    """A folded word that is one letter: the initial of a given or middle name."""
    return len(word) == 1 and word.isalpha()


def blocking_keys(word: str) -> set[str]:
    """Keys under which a word and its likely misspellings meet (see `deletion_keys`).

    Besides the one-deletion keys: the Metaphone key of the word and of the
    word without its first and last letters ("Selenskyj" / "Zelenskyy"), and
    for long words each half, so that two edits in one half still meet.
    """
    keys = deletion_keys(word)
    if len(sound(word)) >= 2:
        keys.add("~" + sound(word))
    if len(word) >= 5 and len(sound(word[1:-1])) >= 2:
        keys.add("~~" + sound(word[1:-1]))
    if len(word) >= 8:
        half = len(word) // 2
        keys.add("<" + word[:half])
        keys.add(">" + word[-half:])
    return keys


def deletion_keys(word: str) -> set[str]:
    """The word and every form of it with one letter deleted.

    Two words within one edit of each other, or one transposition or two
    substitutions at the same place, share at least one key: the blocking
    that lets a near miss be found without comparing against every name.
    """
    keys = {word}
    if len(word) > 2:
        keys.update(word[:index] + word[index + 1:] for index in range(len(word)))
    return keys
