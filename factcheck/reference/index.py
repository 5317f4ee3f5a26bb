"""A name index over a Reference: exact lookup of accepted spellings and fast near-miss search.

Built once per Reference (see `name_index`) and shared by the entity ruler,
the name matcher and the attribution matcher. A near-miss search never
compares a mention with every reference name: candidates are blocked by the
last word (the surname of a person), whose near neighbours are found through
one-deletion keys and Metaphone keys, and only names with the same number of
words are scored.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from factcheck.reference.model import Entity, Reference
from factcheck.spelling import blocking_keys, edit_distance, fold, is_initial, same_sound, word_similarity

# Lower-case words that belong to the surname that follows them ("bin Salman", "von der Leyen").
PARTICLES = frozenset(
    "al el bin ibn bint abu de del della der den di da das do dos du la le van von ter ten zu y".split()
)
# Shortened forms are generated for every subset of a person's words up to this many words;
# longer names get only their prefixes and suffixes that keep the surname.
MAX_WORDS_FOR_ALL_SHORT_FORMS = 5
# Every differing word of a near miss must be at least this similar (surname / other words).
SURNAME_FLOOR = 0.80
OTHER_WORD_FLOOR = 0.85
# A one-word mention ("Mr. Quershi") has nothing else to confirm it: demand more.
SINGLE_WORD_FLOOR = 0.85
MIN_WORD_LENGTH = 4
# Words of role titles that do not make a title when an article writes them ("Minister of the
# Economy and Finance" must not make "the" or "and" a title word: "the late President Obama").
_ROLE_FUNCTION_WORDS = frozenset({"the", "and", "for", "with", "from"})


@dataclass(frozen=True, slots=True)
class Form:
    """One accepted spelling of an entity: its name, an alias, or a short form of a person's name."""

    text: str  # as the reference writes it: "Qureshi", "Shah Mehmood Qureshi"
    words: tuple[str, ...]  # folded
    entity: Entity
    kind: str  # "name" | "alias" | "short"


@dataclass(frozen=True)
class NearMatch:
    """A reference spelling close to, but not the same as, a mention."""

    form: Form
    score: float
    differing: tuple[tuple[str, str], ...]  # (mention word, reference word) pairs that differ


class NameIndex:
    def __init__(self, reference: Reference) -> None:
        self.forms: list[Form] = []
        self._exact: dict[str, list[Form]] = {}
        # (number of words, last word) -> words -> forms: people sharing a spelling are compared once
        self._by_shape: dict[tuple[int, str], dict[tuple[str, ...], list[Form]]] = {}
        self._last_words_by_key: dict[str, set[str]] = {}
        # Words of the reference's role titles: an article may use any of them in a title.
        self.role_words: set[str] = set()
        for entity in reference.entities:
            seen: set[tuple[str, ...]] = set()
            for form in entity_forms(entity):
                if form.words and form.words not in seen:
                    seen.add(form.words)
                    self._add(form)
            for role in entity.roles:
                self.role_words.update(
                    word for word in fold(role.title).split() if len(word) > 2 and word not in _ROLE_FUNCTION_WORDS
                )

    def _add(self, form: Form) -> None:
        self._exact.setdefault(" ".join(form.words), []).append(form)
        self.forms.append(form)
        last = form.words[-1]
        shape = (len(form.words), last)
        spellings = self._by_shape.get(shape)
        if spellings is None:
            spellings = self._by_shape[shape] = {}
            for key in blocking_keys(last):
                self._last_words_by_key.setdefault(key, set()).add(last)
        spellings.setdefault(form.words, []).append(form)

    def exact(self, text: str) -> list[Form]:
        """Reference spellings equal to `text` (accents, case, apostrophes and initials aside).

        An initial must stand for a name of the entity: "Hans J. Friedrich"
        fits Hans Joachim Friedrich, "Hans O. Friedrich" does not.
        """
        mention = mention_words(text)
        if not mention:
            return []
        forms = self._exact.get(" ".join(mention), ())
        written = fold(text).split()
        if len(written) != len(mention):
            forms = [form for form in forms if initials_fit(written, form.entity)]
        return list(forms)

    def entities_named(self, text: str) -> list[Entity]:
        seen: dict[str, Entity] = {}
        for form in self.exact(text):
            seen.setdefault(form.entity.id, form.entity)
        return list(seen.values())

    def near(
        self, text: str, min_similarity: float = 0.85, prefer: frozenset[str] = frozenset(), limit: int = 50
    ) -> list[NearMatch]:
        """Reference spellings that `text` may be a misspelling of, best first, one per entity.

        At most `limit` entities; among equally close ones, those in `prefer`
        (ids of entities the article names) come first.
        """
        mention = mention_words(text)
        if not mention:
            return []
        matches = []
        for last in self._near_last_words(mention[-1]):
            if last != mention[-1] and not could_be_typo(mention[-1], last, len(mention) == 1):
                continue
            for words, forms in self._by_shape.get((len(mention), last), {}).items():
                scored = near_score(mention, words, min_similarity)
                if scored is not None:
                    matches.extend(NearMatch(form, scored[0], scored[1]) for form in forms)
        matches.sort(key=lambda match: (-match.score, match.form.entity.id not in prefer))
        best: dict[str, NearMatch] = {}
        for match in matches:
            if len(best) >= limit:
                break
            best.setdefault(match.form.entity.id, match)
        return list(best.values())

    def _near_last_words(self, word: str) -> set[str]:
        found = {word}
        for key in blocking_keys(word):
            found.update(self._last_words_by_key.get(key, ()))
        return found


def initials_fit(written: list[str], entity: Entity) -> bool:
    """Does some spelling of `entity` have, in order, the words and initials of `written`?"""
    for spelling in entity.spellings:
        words = fold(spelling).split()
        position = 0
        for word in written:
            while position < len(words) and not (
                words[position] == word or (is_initial(word) and words[position].startswith(word))
            ):
                position += 1
            if position == len(words):
                break
            position += 1
        else:
            return True
    return False


def mention_words(text: str) -> tuple[str, ...]:
    """Folded words of a mention; initials are dropped when other words remain ("Donald J. Trump")."""
    folded = fold(text).split()
    kept = tuple(word for word in folded if not is_initial(word))
    return kept or tuple(folded)


def near_score(
    said: tuple[str, ...], written: tuple[str, ...], min_similarity: float
) -> tuple[float, tuple[tuple[str, str], ...]] | None:
    """(score, differing word pairs) when the folded words `said` read as a misspelling of `written`.

    None when they are equal, differ in length, or any word is too far from
    its counterpart to be a typo or transliteration of it.
    """
    if said == written or len(said) != len(written):
        return None
    differing = []
    total = 0.0
    for index, (said_word, written_word) in enumerate(zip(said, written)):
        similarity = word_similarity(said_word, written_word)
        if similarity < 1.0:
            is_last = index == len(said) - 1
            floor = SINGLE_WORD_FLOOR if len(said) == 1 else SURNAME_FLOOR if is_last else OTHER_WORD_FLOOR
            if similarity < floor or not plausible_typo(said_word, written_word):
                return None
            differing.append((said_word, written_word))
        total += similarity * len(written_word)
    score = total / sum(len(word) for word in written)
    if score < min_similarity:
        return None
    return round(score, 4), tuple(differing)


def could_be_typo(said: str, written: str, alone: bool) -> bool:
    """Quick test of a surname (`alone`: the whole mention) before whole names are compared."""
    floor = SINGLE_WORD_FLOOR if alone else SURNAME_FLOOR
    return plausible_typo(said, written) and word_similarity(said, written) >= floor


def plausible_typo(said: str, written: str) -> bool:
    """Could `said` be `written` mistyped or transliterated, rather than another word?

    Words up to seven letters allow one edit, longer ones two, one more when
    both sound the same. Dropping or adding two or more letters at
    the end makes a different word ("Niger"/"Nigeria"), not a typo, and a
    plural ("the Obamas") is the family.
    """
    shorter = min(len(said), len(written))
    if shorter < MIN_WORD_LENGTH and not (shorter >= 3 and sorted(said) == sorted(written)):
        return False
    if abs(len(said) - len(written)) >= 2 and (said.startswith(written) or written.startswith(said)):
        return False
    if said in (written + "s", written + "es"):  # "the Obamas": a family, not a typo
        return False
    allowed = 1 if shorter <= 7 else 2
    if same_sound(said, written):
        allowed += 1
    return edit_distance(said, written) <= allowed


def entity_forms(entity: Entity) -> list[Form]:
    """Every accepted spelling of an entity: name, aliases and, for a person, their short forms."""
    forms = []
    for kind, spelling in (("name", entity.name), *(("alias", alias) for alias in entity.aliases)):
        units = name_units(spelling)
        # Folding unit by unit hits the cache: given names and surnames repeat across people.
        folded = [fold_words(unit) for unit in units]
        forms.append(Form(spelling, tuple(word for words in folded for word in words), entity, kind))
        if entity.type == "person":
            forms.extend(Form(text, words, entity, "short") for text, words in _short_forms(units, folded))
    return forms


def fold_words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def short_forms(name: str) -> list[str]:
    """Shortened forms of a person's name that keep the surname: "Qureshi", "Shah Qureshi", ...

    The surname is the last word together with the particles before it
    ("von der Leyen"); the last word alone is accepted too.
    """
    units = name_units(name)
    return [text for text, _ in _short_forms(units, [fold_words(unit) for unit in units])]


def _short_forms(units: list[str], folded: list[tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    """(text, folded words) of each short form of a name given as units."""
    if len(units) < 2:
        return []
    surname, surname_words = units[-1], folded[-1]
    shorts = [(surname, surname_words)]
    if " " in surname:
        shorts.append((surname.split()[-1], fold_words(surname.split()[-1])))
    prefix, hyphen, rest_of_surname = surname.rpartition(" ")[-1].partition("-")
    if hyphen and prefix.lower() in PARTICLES and rest_of_surname:
        shorts.append((rest_of_surname, fold_words(rest_of_surname)))  # "al-Assad" -> "Assad"
    count = len(units) - 1
    if len(units) <= MAX_WORDS_FOR_ALL_SHORT_FORMS:
        chosen_sets = [chosen for size in range(1, count) for chosen in combinations(range(count), size)]
    else:
        chosen_sets = [(0,)]
        chosen_sets.extend(tuple(range(start, count)) for start in range(1, count))
        chosen_sets.extend(tuple(range(0, end)) for end in range(1, count))
    for chosen in chosen_sets:
        text = " ".join((*(units[index] for index in chosen), surname))
        words = tuple(word for index in chosen for word in folded[index]) + surname_words
        shorts.append((text, words))
    full = tuple(word for words in folded for word in words)
    unique: dict[tuple[str, ...], str] = {}
    for text, words in shorts:
        if words != full:
            unique.setdefault(words, text)
    return [(text, words) for words, text in unique.items()]


def name_units(name: str) -> list[str]:
    """The words of a name, with particles joined to the word after them."""
    units: list[str] = []
    pending: list[str] = []
    words = name.split()
    for position, word in enumerate(words):
        # "von der Leyen", "Bruno Le Maire": a particle, even capitalised, unless it begins or ends the name
        if word.lower() in PARTICLES and (word.islower() or 0 < position < len(words) - 1):
            pending.append(word)
            continue
        units.append(" ".join((*pending, word)))
        pending = []
    if pending:
        units.append(" ".join(pending))
    return units


def name_index(reference: Reference) -> NameIndex:
    """The NameIndex of `reference`, built on first use and kept with the dataset."""
    return reference.derived("name_index", NameIndex)
