"""Numeric verdicts: rounding, qualifiers, units, currencies, dates, relative time, ambiguity.

Claims are built by hand (text, value, unit, qualifier) so that each rule is
tested on its own, whatever the extractor finds.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import pytest

from factcheck.config import Config
from factcheck.decide.numeric import decide
from factcheck.match.numeric import match
from factcheck.models import Article, Claim, Document, Finding
from factcheck.reference.model import Fact, PartialDate, Reference, Tolerance


@lru_cache(maxsize=1)
def blank_nlp():
    """A tokenizer and sentence splitter: enough for matching, and quick to load."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def date(text: str | None) -> PartialDate | None:
    if text is None:
        return None
    parts = [int(part) for part in text.split("-")]
    return PartialDate(*parts)


def fact(
    id: str, statement: str, value, unit: str | None = None, *, as_of: str | None = None,
    valid_from: str | None = None, valid_to: str | None = None, keywords=(), entities=(),
    tolerance: Tolerance | None = None, source: str | None = "https://example.org/source",
) -> Fact:
    return Fact(
        id, statement, tuple(float(v) for v in value) if isinstance(value, (list, tuple)) else float(value), unit,
        tolerance, date(as_of), date(valid_from), date(valid_to), tuple(entities), tuple(keywords), source,
    )


def article(text: str, facts=(), entities=(), on: str = "2023-06-01", config: Config | None = None, nlp=None) -> Article:
    reference = Reference("test", tuple(entities), tuple(facts))
    document = Document("article.txt", text, text)
    return Article(document, (nlp or blank_nlp())(text), reference, dt.date.fromisoformat(on), config or Config())


def claim(art: Article, text: str, value, unit: str | None = None, qualifier: str = "exact", occurrence: int = 0) -> Claim:
    start = -1
    for _ in range(occurrence + 1):
        start = art.document.text.index(text, start + 1)
    return Claim(
        "numeric", "numeric.quantity", text, start, start + len(text), art.sentence_of(start),
        tuple(float(v) for v in value) if isinstance(value, tuple) else float(value), unit, qualifier,
    )


def check(art: Article, claims: list[Claim]) -> list[Finding]:
    return decide(claims, match(claims, art), art)


def check_one(text: str, claim_text: str, value, unit=None, qualifier="exact", facts=(), **options) -> Finding:
    art = article(text, facts, **options)
    [finding] = check(art, [claim(art, claim_text, value, unit, qualifier)])
    return finding


# --- the facts the tests check against -------------------------------------------------------------

TROOPS = fact(
    "us-troops-afghanistan-2019", "U.S. troops in Afghanistan", 14000, "troops", as_of="2019-09-01",
    keywords=["troops", "Afghanistan", "U.S."], source="https://example.org/pentagon-briefing",
)
TROOPS_2020 = fact(
    "us-troops-afghanistan-2020", "U.S. troops in Afghanistan", 8600, "troops", as_of="2020-07-13",
    keywords=["troops", "Afghanistan", "U.S."],
)
CRASH = fact(
    "ethiopian-302-deaths", "killed in the Ethiopian Airlines Flight 302 crash", 157, "people",
    as_of="2019-03-10", keywords=["crash", "killed", "Ethiopian", "Boeing"], source="https://example.org/ecaa-report",
)
TOWER_OLD = fact("eiffel-height-1957", "height of the Eiffel Tower", 324, "m", as_of="1957", keywords=["tall", "tower"])
TOWER_NEW = fact("eiffel-height-2022", "height of the Eiffel Tower", 330, "m", as_of="2022-03-15", keywords=["tall", "tower"])
VERDICT = {"consistent": "consistent", "conflicting": "conflicting", "unverified": "unverified"}


def verdict(finding: Finding) -> str:
    return finding.verdict.value


# --- rounding at the precision the article wrote ----------------------------------------------------


@pytest.mark.parametrize(
    "written,value,reference,expected",
    [
        ("14,000", 14000, 13960, "consistent"),
        ("14,000", 14000, 14499, "consistent"),
        ("14,000", 14000, 14600, "conflicting"),
        ("14,200", 14200, 14000, "conflicting"),
        ("47.6 million", 47.6e6, 47564296, "consistent"),
        ("47.6 million", 47.6e6, 47700000, "conflicting"),
        ("12", 12, 12, "consistent"),
        ("10", 10, 12, "conflicting"),  # a small number is not read as rounded
    ],
)
def test_a_number_agrees_when_the_reference_rounds_to_it(written, value, reference, expected):
    statement = fact("rounding", "U.S. troops in Afghanistan", reference, "troops", keywords=["troops"])
    text = f"There are {written} U.S. troops in Afghanistan, officials said."
    finding = check_one(text, f"{written} U.S. troops", value, "troops", facts=[statement])
    assert verdict(finding) == expected, finding.message


def test_tolerance_widens_the_agreement():
    loose = fact("fr-pop", "population of France", 66987244, "people", keywords=["population"],
                 tolerance=Tolerance(0.05, relative=True))
    text = "The population of France is 68.4 million people."
    assert verdict(check_one(text, "68.4 million people", 68.4e6, "people", facts=[loose])) == "consistent"
    text = "The population of France is 75 million people."
    assert verdict(check_one(text, "75 million people", 75e6, "people", facts=[loose])) == "conflicting"


# --- qualifiers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words,qualifier,value,reference,expected",
    [
        ("more than 14,000", "more_than", 14000, 14500, "consistent"),
        ("more than 14,000", "more_than", 14000, 13000, "conflicting"),
        ("at least 14,000", "at_least", 14000, 14000, "consistent"),
        ("at least 14,000", "at_least", 14000, 13900, "conflicting"),
        ("fewer than 14,000", "less_than", 14000, 13000, "consistent"),
        ("fewer than 14,000", "less_than", 14000, 15000, "conflicting"),
        ("up to 14,000", "at_most", 14000, 14000, "consistent"),
        ("up to 14,000", "at_most", 14000, 16000, "conflicting"),
        ("about 14,000", "approximate", 14000, 15200, "consistent"),  # within the 10% margin
        ("about 14,000", "approximate", 14000, 16000, "conflicting"),
        ("nearly 14,000", "approximate", 14000, 13100, "consistent"),
        # written to a hundred, "about" reaches no further than five hundreds
        ("about 14,200", "approximate", 14200, 14650, "consistent"),
        ("about 14,200", "approximate", 14200, 15200, "conflicting"),
        ("between 13,000 and 15,000", "range", (13000, 15000), 14000, "consistent"),
        ("between 13,000 and 15,000", "range", (13000, 15000), 16000, "conflicting"),
    ],
)
def test_qualifiers_change_the_comparison(words, qualifier, value, reference, expected):
    statement = fact("qualified", "U.S. troops in Afghanistan", reference, "troops", keywords=["troops"])
    text = f"The Pentagon has {words} U.S. troops in Afghanistan."
    finding = check_one(text, f"{words} U.S. troops", value, "troops", qualifier, facts=[statement])
    assert verdict(finding) == expected, finding.message


def test_ranges_in_the_reference_overlap_with_the_claim():
    statement = fact("range", "U.S. troops in Afghanistan", (13000, 14000), "troops", keywords=["troops"])
    text = "There are 13,500 U.S. troops in Afghanistan."
    assert verdict(check_one(text, "13,500 U.S. troops", 13500, "troops", facts=[statement])) == "consistent"
    text = "There are 12,000 U.S. troops in Afghanistan."
    assert verdict(check_one(text, "12,000 U.S. troops", 12000, "troops", facts=[statement])) == "conflicting"


def test_the_approximate_margin_is_configurable():
    statement = fact("qualified", "U.S. troops in Afghanistan", 15200, "troops", keywords=["troops"])
    text = "The Pentagon has about 14,000 U.S. troops in Afghanistan."
    strict = Config().with_(approximate_margin=0.05)
    finding = check_one(text, "about 14,000 U.S. troops", 14000, "troops", "approximate", facts=[statement], config=strict)
    assert verdict(finding) == "conflicting"


# --- units and currencies --------------------------------------------------------------------------

L2 = fact("l2-distance", "distance from Earth to the L2 point", 1.5e6, "km", keywords=["telescope", "orbit", "L2"])


def test_units_convert_before_comparing():
    text = "The telescope orbits the L2 point, a distance from Earth of 930,000 miles."
    finding = check_one(text, "930,000 miles", 930000, "miles", facts=[L2])
    assert verdict(finding) == "consistent", finding.message
    assert "1,500,000 km" in finding.message and "miles" in finding.message


def test_a_converted_number_can_conflict():
    text = "The telescope orbits the L2 point, a distance from Earth of 600,000 miles."
    finding = check_one(text, "600,000 miles", 600000, "miles", facts=[L2])
    assert verdict(finding) == "conflicting"


def test_units_of_another_dimension_never_match():
    text = "The telescope orbits the L2 point, a distance from Earth of 930,000 kg."
    assert verdict(check_one(text, "930,000 kg", 930000, "kg", facts=[L2])) == "unverified"


BUDGET = fact("nasa-budget-2023", "NASA budget", 25.4e9, "USD", as_of="2023", keywords=["NASA", "budget"])


def test_dollar_amounts_compare_with_dollar_facts():
    text = "Congress gave NASA a budget of $25.4 billion for the year."
    assert verdict(check_one(text, "$25.4 billion", 25.4e9, "USD", facts=[BUDGET])) == "consistent"
    text = "Congress gave NASA a budget of $10 billion for the year."
    assert verdict(check_one(text, "$10 billion", 10e9, "USD", facts=[BUDGET])) == "conflicting"


def test_a_currency_mismatch_is_unverified_and_says_why():
    text = "Congress gave NASA a budget of £20 billion for the year."
    finding = check_one(text, "£20 billion", 20e9, "GBP", facts=[BUDGET])
    assert verdict(finding) == "unverified"
    assert "USD" in finding.message and "GBP" in finding.message and "currencies" in finding.message


def test_counted_noun_synonyms_match_and_other_nouns_do_not():
    text = "There are 14,000 American soldiers in Afghanistan."
    assert verdict(check_one(text, "14,000 American soldiers", 14000, "soldiers", facts=[TROOPS], on="2019-10-04")) == "consistent"
    text = "There are 14,000 U.S. contractors in Afghanistan."
    assert verdict(check_one(text, "14,000 U.S. contractors", 14000, "contractors", facts=[TROOPS], on="2019-10-04")) == "unverified"


def test_a_share_of_a_count_is_not_a_count():
    text = (
        "The agreement would have withdrawn a little under half of the 14,000 U.S. troops "
        "currently in Afghanistan."
    )
    art = article(text, [TROOPS], on="2019-10-04")
    share = claim(art, "a little under half", 0.5, None, "less_than")
    count = claim(art, "14,000 U.S. troops", 14000, "troops")
    findings = check(art, [share, count])
    assert [verdict(finding) for finding in findings] == ["unverified", "consistent"]


# --- messages ------------------------------------------------------------------------------------


def test_a_conflict_names_the_reference_value_id_and_source():
    text = "All 175 people on board were killed when Ethiopian Airlines Flight 302 crashed near Addis Ababa."
    finding = check_one(text, "175 people", 175, "people", facts=[CRASH], on="2019-03-12")
    assert verdict(finding) == "conflicting"
    assert finding.message.startswith("'175 people' conflicts with 157 killed in the Ethiopian Airlines Flight 302 crash")
    assert "reference ethiopian-302-deaths" in finding.message and "https://example.org/ecaa-report" in finding.message
    assert finding.reference == {
        "id": "ethiopian-302-deaths", "value": 157.0, "unit": "people", "source": "https://example.org/ecaa-report"
    }


def test_agreement_names_the_statement_value_and_date():
    text = "Early drafts would have withdrawn some of the 14,000 U.S. troops currently in Afghanistan."
    finding = check_one(text, "14,000 U.S. troops", 14000, "troops", facts=[TROOPS], on="2019-10-04")
    assert verdict(finding) == "consistent"
    assert finding.message == "agrees with 'U.S. troops in Afghanistan' = 14,000 (as of 2019-09-01)"
    assert 0 < finding.score <= 1


# --- dates: which fact applies ------------------------------------------------------------------------


def test_the_latest_value_on_or_before_the_article_date_applies():
    text = "The U.S. has 8,600 troops in Afghanistan."
    facts = [TROOPS, TROOPS_2020]
    assert verdict(check_one(text, "8,600 troops", 8600, "troops", facts=facts, on="2020-09-01")) == "consistent"
    assert verdict(check_one(text, "8,600 troops", 8600, "troops", facts=facts, on="2019-12-01")) == "conflicting"


def test_an_outdated_number_is_conflicting_and_names_both_values_and_dates():
    text = "The Eiffel Tower, 324 m tall, draws millions of visitors."
    finding = check_one(text, "324 m", 324, "m", facts=[TOWER_OLD, TOWER_NEW], on="2023-06-01")
    assert verdict(finding) == "conflicting"
    assert "outdated" in finding.message
    assert "324 m" in finding.message and "330 m" in finding.message and "2022-03-15" in finding.message
    assert finding.reference["id"] == "eiffel-height-2022"


def test_before_the_change_the_old_value_is_right():
    text = "The Eiffel Tower, 324 m tall, draws millions of visitors."
    assert verdict(check_one(text, "324 m", 324, "m", facts=[TOWER_OLD, TOWER_NEW], on="2015-06-01")) == "consistent"


def test_a_fact_outside_its_validity_never_decides():
    bounded = fact("delegation", "Taliban delegation in Islamabad", 12, "members",
                   valid_from="2019-10-02", valid_to="2019-10-31", keywords=["delegation", "Taliban"])
    text = "A 15-member Taliban delegation arrived in Islamabad."
    inside = check_one(text, "15-member", 15, "members", facts=[bounded], on="2019-10-04")
    outside = check_one(text, "15-member", 15, "members", facts=[bounded], on="2021-05-01")
    assert verdict(inside) == "conflicting"
    assert verdict(outside) == "unverified" and "applies" in outside.message


# --- relative time in the sentence ---------------------------------------------------------------------

POPULATION = [
    fact("town-pop-2009", "population of Springfield", 900000, "people", as_of="2009", keywords=["residents", "population"]),
    fact("town-pop-2019", "population of Springfield", 1.2e6, "people", as_of="2019", keywords=["residents", "population"]),
]


@pytest.mark.parametrize(
    "text,number,value,expected",
    [
        ("In 2009 the population of Springfield was 900,000 people.", "900,000 people", 900000, "consistent"),
        ("The population of Springfield was 900,000 people in 2009.", "900,000 people", 900000, "consistent"),
        ("The population of Springfield is 900,000 people.", "900,000 people", 900000, "conflicting"),
        ("The population of Springfield reached 1.2 million people, up from 900,000 a decade earlier.",
         "900,000", 900000, "consistent"),
        ("The population of Springfield reached 1.2 million people, up from 700,000 a decade earlier.",
         "700,000", 700000, "conflicting"),
        ("A decade ago the population of Springfield was 900,000 people.", "900,000 people", 900000, "consistent"),
        ("Last year the population of Springfield was 1.2 million people.", "1.2 million people", 1.2e6, "consistent"),
    ],
)
def test_relative_time_moves_the_date_a_claim_is_checked_at(text, number, value, expected):
    unit = "people" if "people" in number else None
    finding = check_one(text, number, value, unit, facts=POPULATION, on="2020-03-01")
    assert verdict(finding) == expected, finding.message


def test_a_date_before_every_value_is_unverified():
    text = "In 1990 the population of Springfield was 600,000 people."
    finding = check_one(text, "600,000 people", 600000, "people", facts=POPULATION, on="2020-03-01")
    assert verdict(finding) == "unverified"


def test_a_projection_into_the_future_is_unverified():
    text = "The population of Springfield will reach 2 million people by 2035."
    finding = check_one(text, "2 million people", 2e6, "people", facts=POPULATION, on="2020-03-01")
    assert verdict(finding) == "unverified" and "2035" in finding.message


# --- confidence and ambiguity --------------------------------------------------------------------------


def test_a_weak_match_is_unverified_never_conflicting():
    text = "Afghanistan has 34 provinces, and 14 of them saw fighting last month."
    art = article(text, [TROOPS], on="2019-10-04")
    findings = check(art, [claim(art, "34 provinces", 34, "provinces"), claim(art, "14", 14, None)])
    assert [verdict(finding) for finding in findings] == ["unverified", "unverified"]


def test_two_facts_that_fit_equally_well_leave_the_claim_unverified():
    facts = [
        fact("army-a", "soldiers in the northern brigade", 4000, "troops", keywords=["brigade"]),
        fact("army-b", "soldiers in the southern brigade", 5000, "troops", keywords=["brigade"]),
    ]
    text = "The brigade has 4,500 soldiers."
    finding = check_one(text, "4,500 soldiers", 4500, "soldiers", facts=facts)
    assert verdict(finding) == "unverified"
    assert "almost equally" in finding.message and "army-a" in finding.message and "army-b" in finding.message


def test_words_nearer_another_number_belong_to_it():
    facts = [TROOPS, fact("us-troops-iraq", "U.S. troops in Iraq", 5000, "troops", as_of="2019-09-01", keywords=["troops", "Iraq"])]
    text = "The U.S. keeps 14,000 troops in Afghanistan and 5,000 troops in Iraq."
    art = article(text, facts, on="2019-10-04")
    findings = check(art, [claim(art, "14,000 troops", 14000, "troops"), claim(art, "5,000 troops", 5000, "troops")])
    assert [f.reference["id"] for f in findings] == ["us-troops-afghanistan-2019", "us-troops-iraq"]
    assert [verdict(f) for f in findings] == ["consistent", "consistent"]


def test_a_sentence_naming_the_facts_entity_matches_it():
    from factcheck.reference.model import Entity

    afghanistan = Entity("afghanistan", "Afghanistan", "place")
    troops = fact("troops", "foreign troops deployed", 14000, "troops", entities=["afghanistan"])
    text = "Some 14,000 foreign troops are deployed in Afghanistan."
    finding = check_one(text, "14,000 foreign troops", 14000, "troops", facts=[troops], entities=[afghanistan])
    assert verdict(finding) == "consistent"


def test_the_index_is_built_once_per_reference():
    from factcheck.match.fact_index import fact_index

    reference = Reference("test", (), (TROOPS, CRASH))
    assert fact_index(reference) is fact_index(reference)
    assert fact_index(Reference("other", (), (TROOPS,))) is not fact_index(reference)


# --- the seed's numbers ---------------------------------------------------------------------------------


def test_the_seed_numbers():
    from conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    delegation = fact("taliban-delegation", "Taliban delegation in Islamabad", 12, "members", as_of="2019-10",
                      keywords=["Taliban", "delegation"])
    art = article(text, [TROOPS, delegation], on="2019-10-04")
    claims = [
        claim(art, "12-member", 12, "members"),
        claim(art, "a little under half", 0.5, None, "less_than"),
        claim(art, "14,000 U.S. troops", 14000, "troops"),
    ]
    assert [verdict(finding) for finding in check(art, claims)] == ["consistent", "unverified", "consistent"]


# --- the rules underneath, table by table ---------------------------------------------------------


@pytest.mark.parametrize(
    "text,value,step",
    [
        ("14,000 troops", 14000, 1000),
        ("14,200 troops", 14200, 100),
        ("47.6 million", 47.6e6, 1e5),
        ("930,000 miles", 930000, 10000),
        ("$10 billion", 10e9, 1e9),
        ("100 million", 100e6, 10e6),
        ("200 people", 200, 10),
        ("a 12-member delegation", 12, 1),
        ("10 people", 10, 1),
        ("330 m", 330, 10),  # metres, not millions
        ("8,848.86 metres", 8848.86, 0.01),
        ("twelve people", 12, 1),
    ],
)
def test_the_precision_an_article_wrote_a_number_at(text, value, step):
    from factcheck.quantities import written_step

    assert written_step(text, value) == pytest.approx(step)


@pytest.mark.parametrize(
    "first,second,compatible",
    [
        ("troops", "soldiers", True),
        ("people", "residents", True),
        ("people", "deaths", True),
        ("festival-goers", "people", True),
        ("troops", "members", False),
        ("km", "miles", True),
        ("square miles", "km2", True),
        ("km", "kg", False),
        ("USD", "dollars", True),
        ("USD", "GBP", False),
        ("percent", "%", True),
        ("percent", "people", False),
        ("points", "km", False),  # "three points" is a count, not a typographic length
        ("golds", "gold medals", True),
        ("jets", "aircraft", True),
        ("takeoffs", "flights", True),
        ("adults", "people", True),
        ("migrants", "people", True),
        ("spectators", "people", True),
        ("migrants", "seats", False),
        ("animals", "tigers", True),  # a word for any animal counts tigers too
        ("games", "matches", True),
        ("nmi", "nautical miles", True),
        ("GB", "gigabytes", True),
        ("TB", "gigabytes", True),
        ("GB", "km", False),
        ("Americans", "people", True),  # people of a nationality are people
        ("people", "applicants", True),
        ("victories", "wins", True),
        ("championships", "titles", True),
        ("Americans", "seats", False),
        ("countries", "countries and regions", True),
        ("homes and businesses", "homes", True),
        ("children per woman", "births per woman", True),
        ("bpd", "barrels per day", True),
        ("cents", "USD", True),
        ("pence", "GBP", True),
        ("pence", "USD", False),
        ("parts per million", "ppm", True),
        ("crowns", "DKK", True),
        ("crowns", "EUR", False),
        ("percentage points", "percent", False),  # a difference of two shares is no share
        ("percentage points", "percentage points", True),
        ("degrees", "°F", True),  # "124 degrees", read in the fact's scale
        ("degrees", "km", False),
    ],
)
def test_which_units_can_be_compared(first, second, compatible):
    from factcheck import units

    assert (units.compatibility(units.normalize(first), units.normalize(second)) > 0) is compatible


@pytest.mark.parametrize(
    "sentence,number,on,period",
    [
        ("In 2009 the city had 900,000 residents.", "900,000", "2020-03-01", "2009"),
        ("The city had 900,000 residents in March 2015.", "900,000", "2020-03-01", "2015-03"),
        ("The city had 1.2 million residents in 2019, up from 900,000 a decade earlier.", "900,000", "2020-03-01", "2009"),
        ("The company hired 3,000 people last year.", "3,000", "2020-03-01", "2019"),
        ("A year ago the fund held $2 billion.", "$2 billion", "2020-03-01", "2019-03-01"),
        ("Inflation fell to 4.6 percent in October.", "4.6 percent", "2023-11-16", "2023-10"),
        ("Inflation was 9 percent in December.", "9 percent", "2023-11-16", "2022-12"),
        ("In 2009, the tower was 324 m tall; it now stands at 330 m.", "330 m", "2023-05-10", "2023-05-10"),
        ("There are 14,000 troops in Afghanistan.", "14,000", "2019-10-04", "2019-10-04"),
        ("The drawdown ordered last year left 2,500 troops there in January.", "2,500", "2021-03-01", "2021-01"),
        # a clause after "when" happened at the time before it, not since then
        ("It was the worst crash since 1997, when a jet went down in Guam, killing 228 people.", "228", "2024-12-30",
         "1997"),
        ("The line has carried 5 million people since 2019.", "5 million", "2024-12-30", "2019-01-01..2024-12-30"),
        ("She began the year on 21 titles before winning two more.", "21 titles", "2023-06-12", "2022-12-31"),
        # a year that straddles two calendar years covers both
        ("Deliveries fell to 74 percent in the 2022-23 financial year.", "74 percent", "2024-12-13",
         "2022-2023"),
        ("It was fined for its record in 2022-23, when only 73.7 percent arrived on time.", "73.7 percent",
         "2024-12-13", "2022-2023"),
        ("The probe had travelled 5.24 billion kilometres since its launch in December 2014.", "5.24 billion",
         "2020-12-07", "2014-12-01..2020-12-07"),
        # a clause without a time of its own takes its sentence's
        ("The bank moved first in March, lowering its rate to 1.5 percent.", "1.5 percent", "2024-12-12", "2024-03"),
        # ... but not an aside's time that describes a name
        ("The Green League, formed only in December, took 58 seats, pushing the Blues into fourth with 39 seats.",
         "39 seats", "2024-06-02", "2024-06-02"),
        ("The previous record, with 24,862 digits, was found in December 2018.", "24,862", "2024-10-22", "2018-12"),
        ("The old record was the 45C recorded at Midale in July 1937.", "45C", "2021-06-30", "1937-07"),
        ("When the network started in 2009, miners received 50 coins for each block.", "50 coins", "2024-04-20",
         "2009"),
        ("The population grew after the 2016 census, when 4,761,865 people were counted.", "4,761,865", "2023-08-30",
         "2016"),
        # an aside's own verb dates it; so does a participle right after the number
        ("The record low, 3.39 million square kilometres, was set in 2012.", "3.39 million square kilometres",
         "2024-09-20", "2012"),
        ("Last year's additions were well above the 295 gigawatts installed in 2022.", "295 gigawatts", "2024-03-28",
         "2022"),
        ("Profit fell to 6.57 trillion won in 2023 from 43.38 trillion won the year before.", "43.38 trillion won",
         "2024-01-31", "2022"),
        # the time a rise is measured from is not the number's
        ("Paying subscribers rose 15 percent from a year earlier to 236 million.", "236 million", "2024-02-06",
         "2024-02-06"),
        # a time after a later number's own verb is that number's
        ("He ran 7,235 seconds to take 34 seconds off the mark his rival set in Berlin last year.", "7,235 seconds",
         "2023-10-09", "2023-10-09"),
    ],
)
def test_the_period_a_number_speaks_about(sentence, number, on, period):
    import datetime as dt

    from factcheck.timeframe import claim_period

    start = sentence.index(number)
    verbs = tuple(
        (m.start(), m.end()) for m in __import__("re").finditer(r"\b(?:ordered|left|installed|set)\b", sentence)
    )
    found = claim_period(sentence, start, start + len(number), dt.date.fromisoformat(on), verbs)
    assert str(found) == period


def test_a_difference_is_never_compared_with_a_level():
    text = "The Eiffel Tower grew by six metres on Tuesday when a new antenna was fitted."
    finding = check_one(text, "six metres", 6, "m", facts=[TOWER_NEW], on="2022-03-20")
    assert verdict(finding) == "unverified"


def test_a_projection_is_not_checked_against_a_record():
    facts = [fact("airport-2023", "passengers through the airport in a year", 79.2e6, "passengers", as_of="2023-12-31",
                  keywords=["airport", "passengers"])]
    text = "The airport expects 81.4 million passengers through its gates this year."
    finding = check_one(text, "81.4 million passengers", 81.4e6, "passengers", facts=facts, on="2024-01-12")
    assert verdict(finding) == "unverified"


def test_partial_dates_order_by_the_period_they_name():
    assert PartialDate(2019) < PartialDate(2019, 9, 1) < PartialDate(2019, 9) < PartialDate(2019, 10)
    assert sorted([PartialDate(2020), PartialDate(2019, 12), PartialDate(2019)]) == [
        PartialDate(2019), PartialDate(2019, 12), PartialDate(2020)
    ]


def test_facts_with_a_year_or_a_month_apply_by_the_spec_rule():
    older = fact("pop-2018", "population of Springfield", 900000, "people", as_of="2018")
    newer = fact("pop-2019-06", "population of Springfield", 950000, "people", as_of="2019-06")
    reference = Reference("test", (), (older, newer))
    import datetime as dt

    assert reference.facts_applying_on(dt.date(2019, 3, 1)) == [older]
    assert reference.facts_applying_on(dt.date(2019, 7, 1)) == [newer]
    assert reference.successors(older) == [newer]


def test_the_shipped_places_data_checks_country_figures_in_their_years():
    import datetime as dt

    from factcheck import check_text, default_reference_path, load_reference

    reference = load_reference(default_reference_path())
    in_2019 = check_text("The population of France is 67 million.", reference, date=dt.date(2019, 6, 1))
    later = check_text("The population of France is 68 million.", reference, date=dt.date(2024, 6, 1))
    numeric = [f for f in in_2019.findings if f.claim.kind == "numeric"]
    assert [f.verdict.value for f in numeric] == ["consistent"]
    assert "place-fr-population" == numeric[0].reference["id"]
    assert all(f.verdict.value == "unverified" for f in later.findings if f.claim.kind == "numeric")
