"""Name mentions in whole articles: spans, and verdicts against the reference and inside the article."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck import check_text
from factcheck.reference.model import Entity, Reference

DATE = dt.date(2019, 10, 4)
REFERENCE = Reference(
    path="<test>",
    entities=(
        Entity("qureshi", "Shah Mehmood Qureshi", "person"),
        Entity("imran-khan", "Imran Khan", "person"),
        Entity("sadiq-khan", "Sadiq Khan", "person"),
        Entity("scholz", "Olaf Scholz", "person"),
        Entity("schulz", "Martin Schulz", "person"),
        Entity("starmer", "Keir Starmer", "person"),
        Entity("muilenburg", "Dennis Muilenburg", "person"),
        Entity("mbappe", "Kylian Mbappé", "person"),
        Entity("taliban", "Taliban", "group"),
        Entity("boeing", "Boeing", "organization"),
        Entity("pakistan", "Pakistan", "place"),
    ),
)


def names(text: str, path: str = "<text>") -> list:
    result = check_text(text, REFERENCE, date=DATE, path=path)
    return [finding for finding in result.findings if finding.claim.kind == "name"]


def by_text(findings, text: str) -> list:
    return [finding for finding in findings if finding.claim.text == text]


def verdicts(findings) -> dict[str, str]:
    return {finding.claim.text: finding.verdict.value for finding in findings}


# -- spans ------------------------------------------------------------------------------


def test_honorifics_titles_and_possessives_are_not_part_of_the_name():
    text = "Mr. Qureshi’s visit followed Foreign Minister Shah Mehmood Qureshi's talks with the Taliban’s envoys."
    found = names(text)
    assert [finding.claim.text for finding in found] == ["Qureshi", "Shah Mehmood Qureshi", "Taliban"]
    for finding in found:
        assert text[finding.claim.start:finding.claim.end] == finding.claim.text


def test_a_name_split_by_a_markdown_line_break_is_one_mention():
    text = "The talks with Foreign Minister Shah Mehmood\nQureshi went on for hours.\n"
    [found] = [finding for finding in names(text, "talks.md") if "Qureshi" in finding.claim.text]
    assert found.claim.text == "Shah Mehmood\nQureshi"
    assert found.claim.name == "Shah Mehmood Qureshi"
    assert found.verdict.value == "consistent"


def test_a_country_before_a_given_name_stays_when_no_title_follows():
    found = names("Jordan Peterson spoke in Toronto on Monday.")
    assert [finding.claim.text for finding in found][0] == "Jordan Peterson"


# -- against the reference -------------------------------------------------------------


def test_misspelling_of_a_reference_name_is_conflicting_and_names_the_line_spelled_right():
    text = (
        "Pakistani Foreign Minister Shah Mehmood Qureshi met the Taliban on Thursday.\n"
        "Mr. Quershi said the talks went well.\n"
    )
    [finding] = by_text(names(text), "Quershi")
    assert finding.verdict.value == "conflicting"
    assert finding.suggestion == "Qureshi"
    assert finding.message == "'Quershi' is spelled 'Qureshi' in the reference and in line 1"
    assert finding.reference == {"id": "qureshi", "name": "Shah Mehmood Qureshi"}


def test_the_reference_wins_over_the_articles_majority():
    text = "Mr. Quershi arrived. Mr. Quershi spoke. Mr. Qureshi left."
    found = names(text)
    assert [f.verdict.value for f in by_text(found, "Quershi")] == ["conflicting", "conflicting"]
    assert verdicts(by_text(found, "Qureshi")) == {"Qureshi": "consistent"}


def test_misspelling_without_the_right_spelling_in_the_article_cites_the_reference_only():
    [finding] = by_text(names("Boeing chief Dennis Muilenberg testified on Tuesday."), "Dennis Muilenberg")
    assert finding.verdict.value == "conflicting"
    assert finding.suggestion == "Dennis Muilenburg"
    assert finding.message == "'Dennis Muilenberg' is spelled 'Dennis Muilenburg' in the reference"


def test_misspelt_given_name_is_caught():
    [finding] = by_text(names("Labour leader Kier Starmer said so on Monday."), "Kier Starmer")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "Keir Starmer")


def test_accents_are_not_misspellings():
    assert verdicts(names("Kylian Mbappe scored twice. Mbappé, 20, was the best player.")) == {
        "Kylian Mbappe": "consistent",
        "Mbappé": "consistent",
    }


def test_similar_names_of_two_reference_people_are_not_confused():
    text = "Olaf Scholz met Martin Schulz in Berlin. Mr. Schulz and Mr. Scholz then spoke to reporters."
    found = names(text)
    assert {f.claim.text: f.reference["id"] for f in found if f.reference} == {
        "Olaf Scholz": "scholz", "Martin Schulz": "schulz", "Schulz": "schulz", "Scholz": "scholz",
    }
    assert {f.verdict.value for f in found if f.reference} == {"consistent"}


def test_a_surname_follows_the_full_name_written_in_the_article():
    text = "Sadiq Khan won the vote in London. Mr. Khan thanked voters."
    [short] = by_text(names(text), "Khan")
    assert short.verdict.value == "consistent"
    assert short.reference["id"] == "sadiq-khan"


def test_a_surname_of_an_unknown_person_is_not_checked_against_a_namesake_in_the_reference():
    text = "The architect Louis Kahn designed the building. Mr. Kahn died in 1974."
    found = names(text)
    assert verdicts(by_text(found, "Kahn")) == {"Kahn": "unverified"}


def test_surname_of_a_misspelt_full_name_is_flagged_with_it():
    text = "Olaf Scholtz met reporters. Mr. Scholtz said little."
    found = names(text)
    assert [(f.verdict.value, f.suggestion) for f in by_text(found, "Olaf Scholtz")] == [("conflicting", "Olaf Scholz")]
    assert [(f.verdict.value, f.suggestion) for f in by_text(found, "Scholtz")] == [("conflicting", "Scholz")]


# -- inside the article ----------------------------------------------------------------


def test_unknown_person_spelled_two_ways_follows_the_fullest_mention():
    text = (
        "Councillor Margaret Thornbury said the library would reopen.\n"
        "Residents had petitioned Ms. Thornberry for months.\n"
        "Ms. Thornberry did not reply.\n"
    )
    found = names(text)
    flagged = by_text(found, "Thornberry")
    assert [f.verdict.value for f in flagged] == ["conflicting", "conflicting"]
    assert flagged[0].suggestion == "Thornbury"
    assert "line 1" in flagged[0].message and flagged[0].reference is None
    assert verdicts(by_text(found, "Margaret Thornbury")) == {"Margaret Thornbury": "unverified"}


def test_without_a_full_name_the_majority_spelling_wins():
    text = "Ms. Okonjo spoke first. Ms. Okonjo was brief. Later Ms. Okonja said more."
    found = names(text)
    assert [(f.verdict.value, f.suggestion) for f in by_text(found, "Okonja")] == [("conflicting", "Okonjo")]
    assert {f.verdict.value for f in by_text(found, "Okonjo")} == {"unverified"}


def test_a_variant_given_in_parentheses_is_not_a_misspelling():
    found = names("Dr. Lena Okonjo (sometimes spelled Okonja) led the dig. Dr. Okonjo said the skull was old.")
    assert "conflicting" not in {f.verdict.value for f in found}


def test_unknown_names_spelled_consistently_are_unverified():
    found = names("Peter Okonjo backed the plan. Mr. Okonjo said the roof was fixed.")
    assert {f.verdict.value for f in found} == {"unverified"}
    assert all("not in the reference" in f.message for f in found)


def test_two_unknown_people_with_one_surname_are_not_variants_of_each_other():
    found = names("Mark Johnson and Mary Johnson ran the shop. Mr. Johnson opened it in 1990.")
    assert {f.verdict.value for f in found} == {"unverified"}


# -- real names that look like misspellings ---------------------------------------------

PLACES_REFERENCE = Reference(
    path="<test>",
    entities=(
        Entity("colombia", "Colombia", "place"),
        Entity("le-maire", "Bruno Le Maire", "person"),
        Entity("powell", "Jerome Powell", "person"),
    ),
)


def place_test_names(text: str) -> list:
    result = check_text(text, PLACES_REFERENCE, date=DATE)
    return [finding for finding in result.findings if finding.claim.kind == "name"]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Colombia sent a delegation. The space shuttle Columbia flew its first mission in 1981.", "Columbia"),
        ("The shuttle Columbia landed in Florida.", "Columbia"),
        ("The talks with Colombia moved to Colombo, the capital of Sri Lanka.", "Colombo"),
        ("French Finance Minister Bruno Le Maire visited Maine on Monday.", "Maine"),
        ("Jerome Powell spoke at a school in Lowell, Massachusetts.", "Lowell"),
    ],
)
def test_a_well_known_place_name_is_not_a_misspelling_of_a_similar_reference_name(text, mention):
    [finding] = by_text(place_test_names(text), mention)
    assert finding.verdict.value == "unverified"
    assert finding.suggestion is None
    assert "a place's name in its own right" in finding.message


def test_a_place_name_written_as_a_persons_name_is_still_a_misspelling():
    [finding] = by_text(place_test_names("Jerome Powell spoke on Monday. Mr. Lowell said rates would rise."), "Lowell")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "Powell")


def test_a_misspelt_place_that_is_no_place_of_its_own_is_still_caught():
    [finding] = by_text(place_test_names("Colombia exports coffee. Kolombia also exports flowers."), "Kolombia")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "Colombia")


def test_a_place_named_inside_an_organisations_name_is_not_its_short_form():
    reference = Reference(path="<test>", entities=(
        Entity("central-bank", "Central Bank of Freedonia", "organization"),
        Entity("freedonia", "Freedonia", "place"),
    ))
    text = ("The Central Bank of Freedonia raised its rate on Tuesday.\n"
            "Inflation in Freedonia has passed its peak, the bank said.\n")
    findings = [f for f in check_text(text, reference, date=DATE).findings if f.claim.kind == "name"]
    assert {f.claim.text: f.verdict.value for f in findings} == {
        "Central Bank of Freedonia": "consistent", "Freedonia": "consistent",
    }
