"""Spelling comparison and the name index: what is the same name, what is a misspelling, what is another name."""
from __future__ import annotations

import gc
import weakref

import pytest

from factcheck.reference.index import NameIndex, name_index, short_forms
from factcheck.reference.model import Entity, Reference
from factcheck.spelling import fold, same_sound, word_similarity


def person(entity_id: str, name: str, *aliases: str) -> Entity:
    return Entity(entity_id, name, "person", aliases=tuple(aliases))


PEOPLE = (
    person("qureshi", "Shah Mehmood Qureshi", "Shah Mahmood Qureshi"),
    person("muilenburg", "Dennis Muilenburg"),
    person("starmer", "Keir Starmer"),
    person("scholz", "Olaf Scholz"),
    person("schulz", "Martin Schulz"),
    person("imran", "Imran Khan"),
    person("sadiq", "Sadiq Khan"),
    person("mbappe", "Kylian Mbappé"),
    person("assad", "Bashar al-Assad"),
    person("leyen", "Ursula von der Leyen"),
    person("obrien", "Conan O'Brien"),
    person("friedrich", "Hans Joachim Friedrich"),
    person("obama", "Barack Obama"),
    person("zelenskyy", "Volodymyr Zelenskyy"),
    Entity("nigeria", "Nigeria", "place"),
    Entity("labour", "Labour Party", "organization", aliases=("Labour",)),
    Entity("un", "United Nations", "organization", aliases=("U.N.", "UN")),
)


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(Reference(path="<test>", entities=PEOPLE))


def exact_ids(index: NameIndex, text: str) -> list[str]:
    return [form.entity.id for form in index.exact(text)]


def near(index: NameIndex, text: str) -> list[tuple[str, str]]:
    return [(match.form.entity.id, match.form.text) for match in index.near(text)]


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Mbappe", "Mbappé"),
        ("AL-ASSAD", "al-Assad"),
        ("Al Assad", "al-Assad"),
        ("O’Brien", "O'Brien"),
        ("U.N.", "UN"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("World Health Organisation", "World Health Organization"),
        ("Labour", "Labor"),
    ],
)
def test_accents_case_apostrophes_dots_hyphens_and_british_spelling_do_not_change_a_spelling(written, canonical):
    assert fold(written) == fold(canonical)


@pytest.mark.parametrize(
    "mention, entity_id",
    [
        ("Shah Mehmood Qureshi", "qureshi"),  # the name
        ("Shah Mahmood Qureshi", "qureshi"),  # an alias
        ("Qureshi", "qureshi"),  # a person's surname
        ("Shah Qureshi", "qureshi"),  # given name + surname
        ("Mbappe", "mbappe"),  # without the accent
        ("Assad", "assad"),  # surname without its particle
        ("al-Assad", "assad"),
        ("von der Leyen", "leyen"),
        ("Conan O’Brien", "obrien"),  # typographic apostrophe
        ("Hans J. Friedrich", "friedrich"),  # an initial that fits
        ("U.N.", "un"),
    ],
)
def test_accepted_spellings_are_exact(index, mention, entity_id):
    assert exact_ids(index, mention) == [entity_id]


def test_an_initial_that_fits_no_name_is_not_the_person(index):
    assert exact_ids(index, "Hans O. Friedrich") == []


@pytest.mark.parametrize(
    "mention, suggestion",
    [
        ("Quershi", "Qureshi"),  # transposition
        ("Muilenberg", "Muilenburg"),  # one letter
        ("Kier Starmer", "Keir Starmer"),  # transposed given name
        ("Shah Mehmood Quershi", "Shah Mehmood Qureshi"),
        ("Olaf Schulz", "Olaf Scholz"),  # surname of another person, given name of this one
        ("Bashar al-Asad", "Bashar al-Assad"),
        ("Nigerria", "Nigeria"),
        ("Volodymyr Selenskyy", "Volodymyr Zelenskyy"),  # transliteration: first letter differs
    ],
)
def test_near_misses_are_found_with_the_reference_spelling(index, mention, suggestion):
    assert exact_ids(index, mention) == []
    assert near(index, mention)[0][1] == suggestion


@pytest.mark.parametrize("mention", ["Martin Schulz", "Schulz", "Olaf Scholz", "Scholz"])
def test_an_exact_spelling_is_never_a_misspelling_of_someone_else(index, mention):
    assert len(exact_ids(index, mention)) == 1


def test_a_shared_surname_fits_both_people(index):
    assert sorted(exact_ids(index, "Khan")) == ["imran", "sadiq"]


@pytest.mark.parametrize(
    "mention",
    [
        "Michelle Obama",  # same surname, another given name
        "Imran Khaja",  # same given name, another surname
        "Niger",  # a different country, not Nigeria cut short
        "Obamas",  # "the Obamas": the family
        "Friedrich Lindenberg",
        "Hans Friedrichs",
    ],
)
def test_different_names_are_not_misspellings(index, mention):
    assert near(index, mention) == []


def test_a_misspelt_name_is_read_as_the_person_whose_given_name_it_has(index):
    assert [entity_id for entity_id, _ in near(index, "Sadiq Kahn")] == ["sadiq"]


@pytest.mark.parametrize("name", ["Pierre", "Louise", "Seymour", "Florence"])
def test_names_that_look_british_are_left_alone(name):
    assert fold(name) == name.lower()


def test_words_that_sound_alike_are_closer():
    assert same_sound("usama", "osama") and same_sound("mohammed", "muhammad")
    assert word_similarity("quershi", "qureshi") > word_similarity("iran", "iraq")
    assert word_similarity("scholz", "scholz") == 1.0


def test_short_forms_keep_the_surname_with_its_particles():
    assert set(short_forms("Ursula von der Leyen")) == {"von der Leyen", "Leyen"}
    assert set(short_forms("Shah Mehmood Qureshi")) == {"Qureshi", "Shah Qureshi", "Mehmood Qureshi"}
    assert "Assad" in short_forms("Bashar al-Assad")


def test_the_index_is_built_once_per_reference_and_dropped_with_it():
    reference = Reference(path="<test>", entities=PEOPLE)
    first = name_index(reference)
    assert name_index(reference) is first
    other = Reference(path="<test>", entities=PEOPLE[:2])
    assert name_index(other) is not first
    dropped = weakref.ref(first)
    del reference, first
    gc.collect()
    assert dropped() is None


def test_the_shipped_place_names_know_countries_states_and_large_cities_only():
    from factcheck.place_names import is_place_name

    for name in ("Colombia", "Columbia", "São Paulo", "sao paulo", "Maine", "Colombo", "Africa"):
        assert is_place_name(name), name
    # towns under 100,000 people are left out: their names are often surnames a typo may spell
    for name in ("Johnston", "Hannibal", "Quershi", "Muilenberg"):
        assert not is_place_name(name), name


def test_the_shipped_place_names_know_the_country_each_place_is_in():
    from factcheck.place_names import countries_of

    assert countries_of("Tokyo") == {"Japan"}
    assert countries_of("Japan") == {"Japan"}
    assert countries_of("California") == {"United States"}
    assert {"United Kingdom", "Canada"} <= countries_of("London")  # a name in several countries
    assert countries_of("Africa") == frozenset() and countries_of("Quershi") == frozenset()
