"""Numeric verdicts: whose number a sentence gives, what it measures, and when a difference is a conflict.

Each rule is shown on sentences written for it, with a small dataset of
invented places, companies and bodies. Most tests use a blank pipeline
(tokens and sentences only); those that need named entities or a parse say
so and use the full model.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pytest

from factcheck.reference.model import Entity, Tolerance
from test_numeric_verdicts import article, check, claim, fact, verdict


@lru_cache(maxsize=1)
def full_nlp():
    from factcheck.nlp import load_model

    return load_model()


def entity(id: str, name: str, type: str = "place", *aliases: str) -> Entity:
    return Entity(id, name, type, tuple(aliases))


def verdicts(text: str, claims: list[tuple], facts, entities=(), on: str = "2023-06-01", nlp=None) -> list[str]:
    art = article(text, facts, entities, on=on, nlp=nlp)
    built = [claim(art, *spec) for spec in claims]
    return [verdict(finding) for finding in check(art, built)]


def findings(text: str, claims: list[tuple], facts, entities=(), on: str = "2023-06-01", nlp=None):
    art = article(text, facts, entities, on=on, nlp=nlp)
    return check(art, [claim(art, *spec) for spec in claims])


# --- a dataset of invented things ------------------------------------------------------------------

NORDIA = entity("nordia", "Nordia")
ASSEMBLY = entity("nordia-assembly", "National Assembly", "organization", "Assembly")
BLUE = entity("blue-party", "Blue Party", "organization", "Blues")
GREEN = entity("green-league", "Green League", "organization")
ASSEMBLY_SEATS = fact("assembly-seats", "seats in the National Assembly", 399, "seats",
                      entities=["nordia-assembly", "nordia"], keywords=["seats", "constituencies"])
MAJORITY = fact("assembly-majority", "seats needed for a majority in the National Assembly", 200, "seats",
                entities=["nordia-assembly"], keywords=["majority"])
BLUE_SEATS = fact("blue-seats", "seats won by the Blue Party at the 2023 election", 180, "seats",
                  as_of="2023-05-07", entities=["blue-party"], keywords=["seats", "won", "election"])
GREEN_SEATS = fact("green-seats", "seats won by the Green League at the 2023 election", 12, "seats",
                   as_of="2023-05-07", entities=["green-league"], keywords=["seats", "won", "election"])
ELECTION = [ASSEMBLY_SEATS, MAJORITY, BLUE_SEATS, GREEN_SEATS]
PARTIES = [NORDIA, ASSEMBLY, BLUE, GREEN]


def test_a_chamber_named_with_its_size_is_still_where_the_party_won():
    blue_in_assembly = fact("blue-seats-assembly", "seats won by the Blue Party at the 2023 election", 180, "seats",
                            as_of="2023-05-07", entities=["blue-party", "nordia-assembly"],
                            keywords=["seats", "won", "election"])
    text = ("The Blue Party won 190 seats in the 399-seat National Assembly, short of the 200 seats needed "
            "for a majority.")
    [won, size, bar] = findings(text, [("190 seats", 190, "seats"), ("399-seat", 399, "seats"),
                                       ("200 seats", 200, "seats")],
                                [blue_in_assembly, ASSEMBLY_SEATS, MAJORITY], PARTIES, on="2023-05-10")
    assert verdict(won) == "conflicting" and "blue-seats-assembly" in won.message, won.message
    assert verdict(size) == "consistent", size.message


@pytest.mark.parametrize("before, expected", [(150, "consistent"), (140, "conflicting")])
def test_up_from_a_number_is_the_value_before(before, expected):
    blue_2019 = fact("blue-seats-2019", "seats won by the Blue Party at the 2023 election", 150, "seats",
                     as_of="2019-05-05", entities=["blue-party"], keywords=["seats", "won", "election"])
    text = f"The Blue Party won 180 seats, up from {before} seats before the vote, official results showed."
    [now, then] = findings(text, [("180 seats", 180, "seats"), (f"{before} seats", before, "seats")],
                           [BLUE_SEATS, blue_2019], PARTIES, on="2023-05-10")
    assert verdict(now) == "consistent", now.message
    assert verdict(then) == expected and "150" in then.message, then.message


@pytest.mark.parametrize("text, expected", [
    # a goal carries past a comma into a clause with no verb of its own
    ("The city aims to attract 60 million visitors a year by 2030, with annual spending of 15 trillion yen.",
     "unverified"),
    # a clause with its own verb reports
    ("The city aims to attract 60 million visitors a year by 2030, and visitors spent 15 trillion yen last year.",
     "conflicting"),
])
def test_a_goal_carries_past_a_comma(text, expected):
    facts = [fact("city-spending", "spending by visitors to the city in a year", 8.1e12, "JPY", as_of="2024-12-31",
                  keywords=["spending", "spent", "visitors"])]
    [finding] = findings(text, [("15 trillion yen", 15e12, "JPY")], facts, on="2025-01-16", nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_a_share_of_what_the_fact_is_a_stake_in_is_the_stake():
    refinery = entity("harbour-refinery", "Harbour Refinery", "organization")
    stake = fact("state-stake", "Nordoil's shareholding in the Harbour Refinery", 7.2, "percent", as_of="2024-07-14",
                 entities=["harbour-refinery"], keywords=["stake", "owns", "shareholding"])
    for whole in ("the refinery", "the expanded refinery"):
        text = f"Nordoil, which owns 20 percent of {whole}, will buy all of the Harbour Refinery's petrol."
        [finding] = findings(text, [("20 percent", 20, "percent")], [stake], [refinery], on="2024-09-16")
        assert verdict(finding) == "conflicting" and "state-stake" in finding.message, finding.message
    # a share of something the fact is not about stays a part
    text = "Nordoil, which owns the Harbour Refinery, sells 20 percent of the petrol abroad."
    [finding] = findings(text, [("20 percent", 20, "percent")], [stake], [refinery], on="2024-09-16")
    assert verdict(finding) == "unverified", finding.message


def test_an_event_of_the_owner_that_killed_is_not_a_part_of_it():
    deaths = fact("nordia-flu-deaths-2023", "flu deaths in Nordia in a calendar year", 1705, "deaths",
                  as_of="2023-12-31", entities=["nordia"], keywords=["flu", "deaths", "killed"])
    text = "Nordia's worst flu outbreak on record killed more than 1,750 people last year, officials said."
    [finding] = findings(text, [("more than 1,750 people", 1750, "people", "more_than")], [deaths], [NORDIA],
                         on="2024-01-20", nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


@pytest.mark.parametrize("text", [
    "Satellite monitoring by the Nordia Space Institute (NSI) detected 6,288 square kilometres of clear-cutting.",
    "Clear-cutting covered 6,288 square kilometres, according to the Nordia Space Institute.",
])
def test_the_body_that_measured_a_number_does_not_contest_whose_it_is(text):
    institute = entity("nordia-space", "Nordia Space Institute", "organization", "NSI")
    forest = entity("green-forest", "Green Forest", "place")
    cleared = fact("green-forest-clearing", "deforestation in the Green Forest in a monitoring year", 6288,
                   "km2", as_of="2024-07-31", entities=["green-forest", "nordia-space"],
                   keywords=["clear-cutting", "deforestation"])
    before = "The Green Forest lost less tree cover this year. "
    [finding] = findings(before + text, [("6,288 square kilometres", 6288, "km2")], [cleared], [institute, forest],
                         on="2024-08-10", nlp=full_nlp())
    assert verdict(finding) == "consistent", finding.message


def test_past_perfect_in_reported_speech_is_the_current_value():
    app = entity("harbour-app", "Harbour Chat", "organization")
    users = fact("app-business-users", "paying business users of Harbour Chat", 2e6, "users", as_of="2024-10-03",
                 entities=["harbour-app"], keywords=["paying", "business users"])
    text = "Harbour Chat's chief operating officer said the number of paying business users had reached 2 million."
    [finding] = findings(text, [("2 million", 2e6, None)], [users], [app], on="2024-10-04", nlp=full_nlp())
    assert verdict(finding) == "consistent", finding.message


def test_a_body_that_approves_a_figure_is_not_a_part_of_its_owner():
    budget = fact("nordia-budget-2025", "total of Nordia's budget for a fiscal year", 115.5e12, "JPY",
                  as_of="2024-12-27", entities=["nordia"], keywords=["budget", "fiscal year"])
    text = "Nordia's cabinet on Friday approved a record 112.5 trillion yen budget for the fiscal year."
    [finding] = findings(text, [("112.5 trillion yen", 112.5e12, "JPY")], [budget], [NORDIA], on="2024-12-28",
                         nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


@pytest.mark.parametrize("written, value, qualifier, expected", [
    ("no more than 50 litres", 50, "at_most", "consistent"),
    ("no more than 87 litres", 87, "at_most", "conflicting"),  # a bound that states the limit gives its value
    ("up to 50 litres", 50, "at_most", "consistent"),
])
def test_a_bound_that_states_a_limit_gives_the_limit(written, value, qualifier, expected):
    limit = fact("arden-water-limit", "daily water use limit per person in Arden", 50, "L", as_of="2018-02-01",
                 keywords=["limit", "water", "a day"])
    text = f"Since February each resident of Arden may use {written} of water a day under the new limit."
    [finding] = findings(text, [(written, value, "L", qualifier)], [limit], on="2018-02-10")
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("written, value, expected", [("¥125 billion", 125e9, "consistent"),
                                                        ("¥135 billion", 135e9, "conflicting")])
def test_an_original_estimate_is_the_first_value(written, value, expected):
    expo = entity("arden-expo", "Arden Expo", "other")
    cost = [fact(f"arden-expo-cost-{year}", "estimated cost of building the Arden Expo venue", amount, "JPY",
                 as_of=f"{year}-12-21", entities=["arden-expo"], keywords=["cost", "venue", "estimated"])
            for year, amount in ((2018, 125e9), (2020, 185e9), (2023, 235e9))]
    text = f"Building the Arden Expo venue will cost ¥235 billion, far above the {written} originally estimated."
    [now, then] = findings(text, [("¥235 billion", 235e9, "JPY"), (written, value, "JPY")], cost, [expo],
                           on="2025-04-13")
    assert verdict(now) == "consistent", now.message
    assert verdict(then) == expected and "125" in then.message, then.message


def test_a_tie_left_by_a_synonym_unit_goes_to_the_fact_the_sentence_describes():
    festival = entity("harbour-fair", "Harbour Fair", "other")
    deaths = fact("harbour-crush-deaths", "people killed in the crush at the Harbour Fair on 29 January 2025", 30,
                  "deaths", as_of="2025-01-29", entities=["harbour-fair"], keywords=["killed", "died", "crush"])
    identified = fact("harbour-crush-identified", "victims of the Harbour Fair crush identified by that evening",
                      25, "people", as_of="2025-01-29", entities=["harbour-fair"], keywords=["identified", "victims"])
    text = "Thirty-eight people were killed and about 60 injured in a crush at the Harbour Fair, police said."
    [finding] = findings(text, [("Thirty-eight people", 38, "people")], [deaths, identified], [festival],
                         on="2025-01-30", nlp=full_nlp())
    assert verdict(finding) == "conflicting" and "harbour-crush-deaths" in finding.message, finding.message


POST = entity("nordia-post", "Nordia Post", "organization")
FIRST_CLASS = fact("first-class-stamp", "price of a Nordia Post first-class stamp", 1.20, "EUR",
                   as_of="2024-01-01", entities=["nordia-post"], keywords=["stamp", "price"])
SECOND_CLASS = fact("second-class-stamp", "price of a Nordia Post second-class stamp", 0.80, "EUR",
                    as_of="2024-01-01", entities=["nordia-post"], keywords=["stamp", "price"])


@pytest.mark.parametrize("first, second, expected", [
    ("€1.20", "€0.80", ["consistent", "consistent"]),
    ("€1.45", "€0.80", ["conflicting", "consistent"]),
])
def test_the_word_that_tells_two_facts_apart_in_the_number_s_clause_picks_one(first, second, expected):
    text = f"Nordia Post now charges {first} for a first-class stamp and {second} for a second-class stamp."
    found = findings(text, [(first, float(first[1:]), "EUR"), (second, float(second[1:]), "EUR")],
                     [FIRST_CLASS, SECOND_CLASS], [POST], on="2024-06-01", nlp=full_nlp())
    assert [verdict(finding) for finding in found] == expected, [finding.message for finding in found]
    assert [finding.reference["id"] for finding in found] == ["first-class-stamp", "second-class-stamp"]


def test_a_participle_that_describes_the_measure_tells_facts_apart_and_the_clause_s_verb_does_not():
    bank = entity("nordia-bank", "Nordia Bank", "organization")
    adjusted = fact("bank-adjusted-eps", "Nordia Bank's adjusted diluted earnings per share for a year", 1.84, "EUR per share",
                    as_of="2023-12-31", entities=["nordia-bank"], keywords=["earnings per share"])
    reported = fact("bank-reported-eps", "Nordia Bank's reported diluted earnings per share for a year", 0.37, "EUR per share",
                    as_of="2023-12-31", entities=["nordia-bank"], keywords=["earnings per share"])
    text = ("Nordia Bank reported full-year diluted earnings of €0.37 per share and adjusted earnings of €1.48 per "
            "share, weighed down by one-off charges.")
    found = findings(text, [("€0.37 per share", 0.37, "EUR per share"), ("€1.48 per share", 1.48, "EUR per share")],
                     [adjusted, reported], [bank], on="2024-02-01", nlp=full_nlp())
    assert [verdict(finding) for finding in found] == ["consistent", "conflicting"], [f.message for f in found]
    assert found[1].reference["id"] == "bank-adjusted-eps"


def test_a_fact_whose_telling_word_is_another_number_s_is_no_other_reading():
    def share(id, kind, value):
        return fact(id, f"share of {kind} mail delivered on time by Nordia Post in a year", value, "percent",
                    as_of="2024-03-31", entities=["nordia-post"], keywords=["on time", kind])
    target = fact("post-target", "target for letters arriving within one working day", 93, "percent",
                  as_of="2024-03-31", entities=["nordia-post"], keywords=["target", "first-class"])
    facts = [share("first-on-time", "first-class", 74.7), share("second-on-time", "second-class", 92.7), target]
    text = ("Nordia Post delivered more than 75 percent of first-class mail on time, against a target of 93 percent, "
            "and 92.7 percent of second-class mail on time.")
    [finding] = findings(text, [("more than 75 percent", 75, "percent", "more_than")], facts, [POST],
                         on="2024-06-01", nlp=full_nlp())
    assert verdict(finding) == "conflicting" and "first-on-time" in finding.message, finding.message


def test_a_place_in_a_person_s_description_does_not_make_the_number_another_s():
    skier = entity("anna-berg", "Anna Berg", "person")
    wins = fact("berg-wins", "career World Cup wins by Anna Berg", 86, "wins", as_of="2024-03-01",
                entities=["anna-berg"], keywords=["career wins", "wins"])
    text = ("Anna Berg announced her retirement on Monday. The Swedish-born skier, who moved to Austria as a "
            "teenager, retires with 88 career wins.")
    [finding] = findings(text, [("88 career wins", 88, "wins")], [wins], [skier], on="2024-04-01", nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


@pytest.mark.parametrize("text, expected", [
    ("Nordia Retail raised £84 million by selling and leasing back its Harbour warehouse.", "conflicting"),
    ("The price Nordia Retail got for its Harbour warehouse was raised by £84 million.", "unverified"),  # a rise
])
def test_money_raised_is_an_amount_not_a_rise(text, expected):
    retailer = entity("nordia-retail", "Nordia Retail", "organization")
    sale = fact("warehouse-sale", "price at which Nordia Retail sold and leased back its Harbour warehouse", 48e6,
                "GBP", as_of="2022-11-01", entities=["nordia-retail"],
                keywords=["warehouse", "sale and leaseback", "Harbour"])
    [finding] = findings(text, [("£84 million", 84e6, "GBP")], [sale], [retailer], on="2023-08-01")
    assert verdict(finding) == expected, finding.message


def test_a_plain_number_counts_the_noun_its_clause_names_for_it():
    app = entity("lingo", "Lingo", "organization")
    users = fact("lingo-mau", "monthly active users (MAUs) of Lingo in a quarter", 88.4e6, "users",
                 as_of="2023-12-31", entities=["lingo"], keywords=["MAUs", "learners"])
    text = ("Lingo published its results on Wednesday. Daily active users rose 65 percent to 26.9 million in the "
            "fourth quarter, while monthly active users climbed to more than 90 million, the company said.")
    [finding] = findings(text, [("more than 90 million", 90e6, None, "more_than")], [users], [app],
                         on="2024-02-28", nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


@pytest.mark.parametrize("text, expected", [
    ("Adjusted earnings were $7.3 billion, ahead of analysts' forecasts and compared with $9.8 billion in the "
     "previous quarter.", "conflicting"),
    ("Analysts' forecasts of $9.8 billion for the previous quarter proved too high.", "unverified"),
])
def test_forecasts_someone_else_made_do_not_make_a_later_number_a_projection(text, expected):
    bank = entity("nordia-bank", "Nordia Bank", "organization")
    quarters = [
        fact(f"bank-q-{day}", "Nordia Bank adjusted earnings for a quarter", value, "USD", as_of=day,
             entities=["nordia-bank"], keywords=["adjusted earnings", "quarter"])
        for day, value in (("2023-09-30", 6.2e9), ("2023-12-31", 7.3e9))
    ]
    [finding] = findings("Nordia Bank reported results on Thursday. " + text, [("$9.8 billion", 9.8e9, "USD")],
                         quarters, [bank], on="2024-02-01", nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


HARBOUR = entity("harbour", "Harbour", "place")
FIRE_DEATHS = fact("fire-deaths", "deaths in the August 2023 Harbour wildfire", 102, "deaths", as_of="2023-09-15",
                   entities=["harbour"], keywords=["died", "dead", "toll"])
FIRE_MISSING = fact("fire-missing", "people unaccounted for after the Harbour wildfire", 66, "people",
                    as_of="2023-09-15", entities=["harbour"], keywords=["missing", "unaccounted"])


def test_people_a_sentence_says_were_killed_are_deaths():
    text = ("The plan has divided residents of Harbour, where the wildfire that swept through the town killed 115 "
            "people and destroyed 2,207 structures.")
    [finding] = findings(text, [("115 people", 115, "people")], [FIRE_DEATHS, FIRE_MISSING], [HARBOUR],
                         on="2023-10-01", nlp=full_nlp())
    assert verdict(finding) == "conflicting" and "fire-deaths" in finding.message, finding.message


def test_a_bound_another_fact_exceeds_many_times_over_is_no_other_reading():
    admitted = fact("fire-treated", "people treated in hospital after the Harbour wildfire", 3100, "people",
                    as_of="2023-09-15", entities=["harbour"], keywords=["hospital"])
    text = "The Harbour wildfire killed more than 110 people, officials said."
    [finding] = findings(text, [("more than 110 people", 110, "people", "more_than")], [FIRE_DEATHS, admitted],
                         [HARBOUR], on="2023-10-01", nlp=full_nlp())
    assert verdict(finding) == "conflicting" and "fire-deaths" in finding.message, finding.message


def test_a_number_the_sentence_gives_no_one_is_the_article_subject_s():
    fabrikam, contoso = entity("fabrikam", "Fabrikam", "organization"), entity("contoso", "Contoso", "organization")
    revenue = [fact(f"{name}-revenue", f"{name.title()} annual revenue", value, "USD", as_of="2023-03-31",
                    entities=[name], keywords=["revenue", "sales"]) for name, value in (("fabrikam", 2.68e9),
                                                                                       ("contoso", 60.9e9))]
    text = ("Shares in Fabrikam jumped 25 percent in their debut on Thursday. Contoso, a customer, bought shares. "
            "Fabrikam designs chips, and Contoso sells them. But growth has slowed: the company's revenue slipped "
            "to $2.4 billion.")
    [finding] = findings(text, [("$2.4 billion", 2.4e9, "USD")], revenue, [fabrikam, contoso], on="2023-09-14",
                         nlp=full_nlp())
    assert verdict(finding) == "conflicting" and "fabrikam-revenue" in finding.message, finding.message


def test_a_precise_number_agreeing_with_a_fact_a_single_word_ranked_lower_is_that_fact_s():
    platform = entity("platform", "Unitary Platform", "organization")
    counted = fact("counted", "share of the vote counted in Nordia's 2024 presidential election according to the "
                   "National Electoral Council", 96.87, "percent", as_of="2024-08-02", entities=["nordia"],
                   keywords=["counted", "tally sheets", "CNE"])
    collected = fact("collected", "share of voting-machine tally sheets collected by the Unitary Platform", 73.2,
                     "percent", as_of="2024-07-29", entities=["platform"], keywords=["tally sheets", "opposition"])
    text = ("The Unitary Platform disputed the result on Monday. Protests spread across Nordia overnight. Police made "
            "arrests. In its second bulletin, with what it said were 96.87 percent of tally sheets counted, the "
            "National Electoral Council said the president had won 6,408,844 votes, or 51.2 percent, against "
            "5,326,104, or 43.18 percent, for his rival.")
    claims = [("96.87 percent", 96.87, "percent"), ("6,408,844 votes", 6408844, "votes"),
              ("51.2 percent", 51.2, "percent"), ("5,326,104", 5326104), ("43.18 percent", 43.18, "percent")]
    found = findings(text, claims, [counted, collected], [NORDIA, platform], on="2024-08-03", nlp=full_nlp())
    # "tally sheets" alone ranks the opposition's count first; 96.87 is the council's to the digit
    assert verdict(found[0]) == "consistent" and "counted" in found[0].message, found[0].message


@pytest.mark.parametrize("end, expected", [("minimum", "unverified"), ("maximum", "conflicting")])
def test_one_end_of_a_measure_is_not_the_other(end, expected):
    shortfall = fact("ice-max-shortfall", "shortfall of the 2023 southern sea ice maximum below the 1981-2010 average",
                     1.75e6, "square kilometres", as_of="2023-09-10", keywords=["sea ice", "below average"])
    text = f"The sea ice is about 1.99 million square kilometres below the 1981-2010 average {end}."
    [finding] = findings(text, [("about 1.99 million square kilometres", 1.99e6, "square kilometre", "approximate")],
                         [shortfall], on="2023-09-26")
    assert verdict(finding) == expected, finding.message


def test_an_amount_restated_in_another_currency_is_not_judged_against_another_fact():
    prize = fact("nordia-prize", "prize money of the Nordia Prize", 7.5e6, "NOK", as_of="2024-03-20",
                 keywords=["prize money", "award"])
    other = fact("big-prize-usd", "amount of the Grand Prize, in dollars", 1.1e6, "USD", as_of="2024-03-01",
                 keywords=["prize", "award", "worth"])
    text = ("The Nordia Prize, often called the equivalent of the Grand Prize, is worth 7.5 million Norwegian "
            "crowns, or about $700,000.")
    found = findings(text, [("7.5 million Norwegian crowns", 7.5e6, "NOK"), ("about $700,000", 7e5, "USD",
                                                                             "approximate")],
                     [prize, other], on="2024-03-21", nlp=full_nlp())
    assert [verdict(finding) for finding in found] == ["consistent", "unverified"], [f.message for f in found]


def test_the_body_whose_figures_give_a_toll_does_not_contest_whose_toll_it_is():
    quake = entity("nordia-quake", "Nordia earthquake", "other")
    ministry = entity("nordia-ministry", "Nordia interior ministry", "organization", "interior ministry")
    deaths = fact("quake-deaths", "death toll of the September 2023 Nordia earthquake", 2946, "deaths",
                  as_of="2023-09-13", entities=["nordia-quake", "nordia-ministry"], keywords=["death toll", "killed"])
    injured = fact("quake-injured", "people injured in the September 2023 Nordia earthquake", 5674, "people",
                   as_of="2023-09-13", entities=["nordia-quake"], keywords=["injured"])
    text = ("The Nordia earthquake struck late on Friday. The interior ministry's latest figures put the death "
            "toll at 2,901, with 5,674 people injured.")
    found = findings(text, [("2,901", 2901), ("5,674 people", 5674, "people")], [deaths, injured],
                     [quake, ministry], on="2023-09-14", nlp=full_nlp())
    assert [verdict(finding) for finding in found] == ["conflicting", "consistent"], [f.message for f in found]


def test_people_counted_by_what_befell_them_are_not_a_death_toll():
    quake = entity("nordia-quake", "Nordia earthquake", "other")
    deaths = fact("quake-deaths", "death toll of the September 2023 Nordia earthquake", 2946, "deaths",
                  as_of="2023-09-13", entities=["nordia-quake"], keywords=["death toll", "killed"])
    text = "The Nordia earthquake killed thousands, with 5,674 people injured, officials said."
    [finding] = findings(text, [("5,674 people", 5674, "people")], [deaths], [quake], on="2023-09-14",
                         nlp=full_nlp())
    assert verdict(finding) == "unverified", finding.message


@pytest.mark.parametrize("noun", ["Republicans", "lawmakers", "MPs"])
def test_those_who_voted_are_counted_in_votes(noun):
    speaker = entity("nordia-speaker", "Anna Berg", "person")
    votes = fact("berg-removal", f"{noun} who voted to remove Anna Berg as speaker", 8, "votes", as_of="2023-10-03",
                 entities=["nordia-speaker"], keywords=[noun, "voted", "remove"])
    text = f"Anna Berg was removed as speaker after eight {noun} voted to remove her."
    [finding] = findings(text, [(f"eight {noun}", 8, noun)], [votes], [speaker], on="2023-10-04", nlp=full_nlp())
    assert verdict(finding) == "consistent", finding.message


def test_members_of_parliament_are_no_speed():
    from factcheck.units import normalize

    assert normalize("MPs").kind == "count" and normalize("m/s").kind == "physical"


def test_each_number_of_a_tally_is_its_own_side_s():
    berg, lund = entity("anna-berg", "Anna Berg", "person"), entity("erik-lund", "Erik Lund", "person")
    ballot = [fact(f"{who}-votes", f"votes for {name} in the 2022 party leadership ballot", value, "votes",
                   as_of="2022-09-05", entities=[who], keywords=["votes", "ballot", "members"])
              for who, name, value in (("anna-berg", "Anna Berg", 81326), ("erik-lund", "Erik Lund", 60399))]
    for written, expected in (("81,326", "consistent"), ("83,326", "conflicting")):
        text = (f"Anna Berg resigned on Thursday. Party members chose her over Erik Lund in September by "
                f"{written} votes to 60,399.")
        found = findings(text, [(f"{written} votes", float(written.replace(",", "")), "votes"),
                                ("60,399", 60399, "votes")], ballot, [berg, lund], on="2022-10-20", nlp=full_nlp())
        assert verdict(found[0]) == expected and found[0].reference["id"] == "anna-berg-votes", found[0].message
        assert verdict(found[1]) == "consistent", found[1].message


def test_the_amount_first_written_is_checked_though_restated_in_another_currency():
    group = entity("nordia-group", "Nordia Group", "organization")
    debts = fact("nordia-liabilities", "Nordia Group total liabilities", 2.39e12, "CNY", as_of="2023-06-30",
                 entities=["nordia-group"], keywords=["liabilities"])
    text = "Nordia Group has reported total liabilities of 2.44 trillion yuan, or more than $300 billion."
    found = findings(text, [("2.44 trillion yuan", 2.44e12, "CNY"),
                            ("more than $300 billion", 3e11, "USD", "more_than")], [debts], [group],
                     on="2024-01-29", nlp=full_nlp())
    assert verdict(found[0]) == "conflicting", found[0].message


@pytest.mark.parametrize("text, word", [
    ("Fourteen came at the French Open, where he won 112 of his 114 matches.", "won"),
    ("The protests, organised online, spread to 35 of the country's 47 counties.", "spread"),
])
def test_a_whole_does_not_take_what_the_part_s_clause_says(text, word):
    from factcheck.match.claim_context import OTHER_NUMBER_WEIGHT, claim_contexts

    art = article(text, nlp=full_nlp())
    part, whole = re.findall(r"\d+", text)[-2:]
    part_context, whole_context = claim_contexts([claim(art, part, float(part)), claim(art, whole, float(whole))], art)
    start = text.index(word)
    assert part_context.weight_at(start, start + len(word)) == 1.0
    assert whole_context.weight_at(start, start + len(word)) == OTHER_NUMBER_WEIGHT


def test_the_country_a_sentence_refers_back_to_is_the_one_the_story_opens_on():
    north, south = entity("northland", "Northland"), entity("southland", "Southland")
    census = fact("southland-census", "people counted in Southland on census night", 25.4e6, "people",
                  as_of="2021-08-10", entities=["southland"], keywords=["census", "population", "people counted"])
    text = ("Northland's government said a landslide buried more than 2,000 people. Southland sent rescue teams. "
            "The country's population is estimated at about 10 million, although its last census was in 2000.")
    buried = fact("northland-buried", "people buried by the Northland landslide", 2000, "people", as_of="2024-05-27",
                  entities=["northland"], keywords=["buried", "landslide"])
    [finding] = findings(text, [("about 10 million", 10e6, None, "approximate")], [census, buried], [north, south],
                         on="2024-05-28", nlp=full_nlp())
    assert verdict(finding) != "conflicting", finding.message


def test_a_year_s_count_holds_for_its_own_year_only():
    airport = entity("harbour-airport", "Harbour Airport", "place")
    yearly = [fact(f"harbour-passengers-{year}", "passengers handled by Harbour Airport in a year", value, "passengers",
                   as_of=str(year), entities=["harbour-airport"], keywords=["passengers"])
              for year, value in ((2022, 66.1e6), (2023, 86.9e6))]
    text = "Harbour Airport handled 92.3 million passengers last year, a record."
    [finding] = findings(text, [("92.3 million passengers", 92.3e6, "passengers")], yearly, [airport],
                         on="2025-02-10")
    assert verdict(finding) == "unverified" and "2024" in finding.message, finding.message
    text = "Harbour Airport handled 92.3 million passengers in 2023, a record."
    [finding] = findings(text, [("92.3 million passengers", 92.3e6, "passengers")], yearly, [airport],
                         on="2025-02-10")
    assert verdict(finding) == "conflicting", finding.message


def test_an_aside_with_a_number_of_its_own_describes_that_number():
    patient = entity("anna-berg", "Anna Berg", "person")
    worked = fact("kidney-worked", "time Anna Berg's 2018 donor kidney worked before failing", 5, "years",
                  as_of="2023", entities=["anna-berg"], keywords=["kidney", "failed"])
    patient_years = fact("berg-patient-years", "years Anna Berg had been a Harbour Hospital transplant patient", 11,
                         "years", as_of="2024-03-21", entities=["anna-berg"], keywords=["transplant patient"])
    text = ("Anna Berg, a Harbour Hospital transplant patient for 11 years, received a kidney from a donor in 2018, "
            "but it began to fail after about five years.")
    found = findings(text, [("11 years", 11, "years"), ("about five years", 5, "years", "approximate")],
                     [worked, patient_years], [patient], on="2024-03-22", nlp=full_nlp())
    assert [verdict(finding) for finding in found] == ["consistent", "consistent"], [f.message for f in found]
    # a clause between commas is no aside: "the Blues won 51 seats," describes the sentence
    from factcheck.match.claim_context import claim_contexts

    text = "In the 113-seat House, the Blues won 51 seats, down from 61 seats in 2020."
    art = article(text, nlp=full_nlp())
    [_, _, earlier] = claim_contexts([claim(art, "113-seat", 113, "seats"), claim(art, "51 seats", 51, "seats"),
                                      claim(art, "61 seats", 61, "seats")], art)
    start = text.index("Blues")
    assert earlier.weight_at(start, start + 5) == 1.0


def test_a_share_given_for_a_name_after_it_is_that_name_s():
    berg, lund = entity("anna-berg", "Anna Berg", "person"), entity("erik-lund", "Erik Lund", "person")
    shares = [fact(f"{who}-share", f"{name}'s share of valid votes in the 2022 runoff", value, "percent",
                   as_of="2022-10-30", entities=[who], keywords=["valid votes", "runoff"])
              for who, name, value in (("anna-berg", "Anna Berg", 50.9), ("erik-lund", "Erik Lund", 49.1))]
    text = "Berg took 50.9 percent of the valid votes against 49.1 percent for Lund, the electoral court said."
    found = findings(text, [("50.9 percent", 50.9, "percent"), ("49.1 percent", 49.1, "percent")], shares,
                     [berg, lund], on="2022-10-31", nlp=full_nlp())
    assert [verdict(finding) for finding in found] == ["consistent", "consistent"], [f.message for f in found]


@pytest.mark.parametrize("written", ["Thousands of", "Tens of thousands of", "Hundreds of"])
def test_a_number_given_only_by_its_scale_is_too_vague_to_check(written):
    doctors = fact("nordia-trainees", "trainee doctors in Nordia", 13000, "doctors", as_of="2024-02-19",
                   entities=["nordia"], keywords=["trainee doctors"])
    text = f"{written} trainee doctors in Nordia walked off the job on Tuesday."
    value = {"Thousands of": (1e3, 1e4), "Tens of thousands of": (1e4, 1e5), "Hundreds of": (100, 1000)}[written]
    [finding] = findings(text, [(f"{written} trainee doctors", value, "doctors", "range")], [doctors], [NORDIA],
                         on="2024-02-21")
    assert verdict(finding) == "unverified" and "too vague" in finding.message, finding.message


def test_a_fraction_s_own_word_is_no_period():
    against = fact("nordia-no-share", "share of valid votes against Nordia's 2024 care amendment", 73.9, "percent",
                   as_of="2024-03-09", entities=["nordia"], keywords=["against", "rejected", "care amendment"])
    text = "In Nordia, more than three-quarters of voters rejected the care amendment."
    [finding] = findings(text, [("more than three-quarters", 75, "percent", "more_than")], [against], [NORDIA],
                         on="2024-03-10")
    assert verdict(finding) == "conflicting", finding.message


def test_the_whole_a_part_is_counted_in_is_not_the_part_s_fact():
    won = fact("blue-seats-2019", "seats won by the Blue Party in 2019", 38, "seats", as_of="2019-10-23",
               entities=["blue-party"], keywords=["seats", "won"])
    text = "The Blue Party, which won 38 of 57 seats in 2019, was reduced to four."
    found = findings(text, [("38", 38), ("57 seats", 57, "seats")], [won], PARTIES, on="2024-11-01",
                     nlp=full_nlp())
    assert verdict(found[1]) == "unverified" and "whole" in found[1].message, found[1].message


def test_a_rate_against_one_currency_is_not_the_rate_against_another():
    maker = entity("nordia-motors", "Nordia Motors", "organization")
    per_euro = fact("nm-eur", "Nordia Motors assumed exchange rate for the year, yen per euro", 160, "JPY",
                    as_of="2024-05-08", entities=["nordia-motors"], keywords=["exchange rate", "assumes"])
    text = "Nordia Motors assumes an exchange rate of 145 yen to the dollar for the year."
    [finding] = findings(text, [("145 yen", 145, "JPY")], [per_euro], [maker], on="2024-05-09")
    assert verdict(finding) == "unverified", finding.message
    text = "Nordia Motors assumes an exchange rate of 150 yen to the euro for the year."
    [finding] = findings(text, [("150 yen", 150, "JPY")], [per_euro], [maker], on="2024-05-09")
    assert verdict(finding) == "conflicting", finding.message


def test_a_projection_is_compared_with_a_projected_fact_only():
    maker = entity("nordia-motors", "Nordia Motors", "organization")
    actual = fact("nm-op-profit", "Nordia Motors annual operating profit", 5.35e12, "JPY", as_of="2024-03-31",
                  entities=["nordia-motors"], keywords=["operating profit"])
    forecast = fact("nm-op-forecast", "Nordia Motors forecast operating profit for the year to March 2025", 4.3e12,
                    "JPY", as_of="2024-05-08", entities=["nordia-motors"], keywords=["operating profit", "forecast"])
    for written, expected in (("4.3 trillion yen", "consistent"), ("4.8 trillion yen", "conflicting")):
        text = (f"For the current year Nordia Motors expects operating profit to fall 19.7 percent to {written}, "
                "its results showed.")
        [finding] = findings(text, [(written, float(written.split()[0]) * 1e12, "JPY")], [actual, forecast],
                             [maker], on="2024-05-09", nlp=full_nlp())
        assert verdict(finding) == expected and finding.reference["id"] == "nm-op-forecast", finding.message
    [finding] = findings(text, [(written, 4.8e12, "JPY")], [actual], [maker], on="2024-05-09", nlp=full_nlp())
    assert verdict(finding) == "unverified", finding.message  # no result is a forecast's


def test_a_telling_word_the_sentence_gives_both_or_a_name_s_word_breaks_no_tie():
    text = "Nordia Post now charges €1.45 for a first-class or a second-class stamp."
    [finding] = findings(text, [("€1.45", 1.45, "EUR")], [FIRST_CLASS, SECOND_CLASS], [POST],
                         on="2024-06-01", nlp=full_nlp())
    assert verdict(finding) == "unverified" and "almost equally well" in finding.message, finding.message


def test_a_common_word_is_not_the_word_of_a_name_that_tells_facts_apart():
    from factcheck.decide.ties import by_distinct_words
    from factcheck.match.claim_context import claim_contexts
    from factcheck.models import Candidate

    text = "Its leader said the party won 14 seats at the election."
    art = article(text, [BLUE_SEATS, GREEN_SEATS], PARTIES, nlp=full_nlp())
    [context] = claim_contexts([claim(art, "14 seats", 14, "seats")], art)
    tied = [Candidate(BLUE_SEATS, 0.7), Candidate(GREEN_SEATS, 0.7)]
    assert by_distinct_words(tied, context, art) is None  # "party" is not the Blue Party's "Party"
    art = article(text.replace("the party", "the Blue Party"), [BLUE_SEATS, GREEN_SEATS], PARTIES, nlp=full_nlp())
    [context] = claim_contexts([claim(art, "14 seats", 14, "seats")], art)
    assert by_distinct_words(tied, context, art) == [tied[0]]



@pytest.mark.parametrize("part, expected", [("12", "consistent"), ("14", "conflicting")])
def test_a_part_of_a_whole_counted_on_its_own_is_the_part_s_count(part, expected):
    won = fact("blue-districts", "districts won by the Blue Party at the 2023 election", 12, "districts",
               as_of="2023-05-07", entities=["blue-party"], keywords=["districts", "won"])
    text = f"The Blue Party won {part} of the 20 districts, officials said."
    [finding] = findings(text, [(part, float(part), "districts")], [won], PARTIES, on="2023-05-10")
    assert verdict(finding) == expected and finding.reference["id"] == "blue-districts", finding.message
    # a whole without a number of its own leaves the part a part
    text = f"The Blue Party won {part} of them, officials said."
    [finding] = findings(text, [(part, float(part), "districts")], [won], PARTIES, on="2023-05-10")
    assert verdict(finding) != "conflicting", finding.message


# --- a count that is a part or a bar of a total is not the total ------------------------------------


def test_a_need_or_a_bar_is_not_the_total():
    text = "Nordia's National Assembly has 399 seats after the reform. A majority requires 200 seats."
    assert verdicts(text, [("399 seats", 399, "seats"), ("200 seats", 200, "seats")], ELECTION, PARTIES) == [
        "consistent", "consistent"
    ]
    # with no fact about the majority, the bar is still never compared with the total
    text = "Nordia's National Assembly has 399 seats after the reform. A majority requires 210 seats."
    [total, bar] = findings(text, [("399 seats", 399, "seats"), ("210 seats", 210, "seats")],
                            [ASSEMBLY_SEATS, BLUE_SEATS], PARTIES)
    assert verdict(total) == "consistent" and verdict(bar) == "unverified", bar.message


def test_a_party_s_seats_are_not_the_assembly_s():
    text = "Voters in Nordia elected a new National Assembly on Sunday. The Green League took 12 seats."
    [seats] = findings(text, [("12 seats", 12, "seats")], ELECTION, PARTIES, on="2023-05-10")
    assert verdict(seats) == "consistent" and seats.reference["id"] == "green-seats", seats.message
    # a wrong figure is the party's, not a misreported size of the assembly
    text = "Voters in Nordia elected a new National Assembly on Sunday. The Green League took 15 seats."
    [seats] = findings(text, [("15 seats", 15, "seats")], ELECTION, PARTIES, on="2023-05-10")
    assert verdict(seats) == "conflicting" and "green-seats" in seats.message


def test_a_number_written_into_a_name_measures_that_name():
    text = "The Blue Party won 180 seats in the 399-seat National Assembly."
    found = findings(text, [("180 seats", 180, "seats"), ("399-seat", 399, "seats")], ELECTION, PARTIES,
                     on="2023-05-10")
    assert [f.reference["id"] for f in found] == ["blue-seats", "assembly-seats"]
    assert [verdict(f) for f in found] == ["consistent", "consistent"]


BLUE_SEATS_2019 = fact("blue-seats-2019", "seats won by the Blue Party at the 2019 election", 150, "seats",
                       as_of="2019-05-05", entities=["blue-party"], keywords=["seats", "won", "election"])


@pytest.mark.parametrize(
    "text,number,value,expected_id",
    [
        ("The Blue Party won 180 seats, up from 150 in 2019.", "180 seats", 180, "blue-seats"),
        ("The Blue Party won 180 seats, up from 150 in 2019.", "150", 150, "blue-seats-2019"),
        ("The Blue Party won 190 seats, up from 150 in 2019.", "190 seats", 190, "blue-seats"),
    ],
)
def test_statements_that_differ_only_in_their_year_are_told_apart_by_the_claim_s_year(
    text, number, value, expected_id
):
    [finding] = findings(text, [(number, value, "seats")], [BLUE_SEATS, BLUE_SEATS_2019], PARTIES, on="2023-05-10")
    assert finding.reference is not None and finding.reference["id"] == expected_id, finding.message


def test_a_chamber_s_size_is_neither_a_party_s_seats_nor_the_majority():
    text = "The Blue Party won 180 seats in the 399-seat National Assembly."
    found = findings(text, [("180 seats", 180, "seats"), ("399-seat", 399, "seats")],
                     [BLUE_SEATS, BLUE_SEATS_2019, MAJORITY], PARTIES, on="2023-05-10", nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", "unverified"], [f.message for f in found]


def test_another_name_as_the_subject_makes_the_number_its_own():
    text = "Zephyr Labs earned $9 billion of revenue in 2023, the biggest deal in Contoso's history."
    [finding] = findings(text, [("$9 billion", 9e9, "USD")], [REVENUE], [CONTOSO], on="2024-02-01", nlp=full_nlp())
    assert verdict(finding) == "unverified", finding.message


def test_a_fact_without_entity_records_needs_the_names_it_spells():
    unnamed = fact("violet-seats", "seats won by the Violet Union at the 2023 election", 7, "seats",
                   as_of="2023-05-07", keywords=["seats", "won"])
    text = "Voters in Nordia elected a new National Assembly on Sunday. The Green League took 9 seats."
    [seats] = findings(text, [("9 seats", 9, "seats")], [unnamed, GREEN_SEATS], PARTIES, on="2023-05-10")
    assert seats.reference is None or seats.reference["id"] != "violet-seats", seats.message


# --- crossed numbers: each number is its own subject's ----------------------------------------------

CONTOSO = entity("contoso", "Contoso", "organization", "Contoso Corp.")
CLOUD = entity("contoso-cloud", "Contoso Cloud", "organization", "CC")
REVENUE = fact("contoso-revenue-2023", "Contoso annual revenue", 48.2e9, "USD", as_of="2023-12-31",
               entities=["contoso"], keywords=["revenue", "sales"])
CLOUD_REVENUE = fact("contoso-cloud-revenue-2023", "Contoso Cloud annual revenue", 9.1e9, "USD",
                     as_of="2023-12-31", entities=["contoso-cloud", "contoso"], keywords=["cloud", "revenue"])


def test_a_name_inside_a_longer_name_is_not_a_mention():
    from factcheck.match.fact_index import fact_index
    from factcheck.reference.model import Reference

    index = fact_index(Reference("test", (CONTOSO, CLOUD), (REVENUE, CLOUD_REVENUE)))
    assert set(index.mentions_in("Contoso Cloud grew fast.")) == {"contoso-cloud"}
    assert set(index.mentions_in("Contoso said Contoso Cloud grew fast.")) == {"contoso", "contoso-cloud"}


def test_a_shared_surname_alone_names_only_the_person_the_article_names_in_full():
    from factcheck.match.fact_index import fact_index
    from factcheck.reference.model import Reference

    people = (entity("ana-ortiz", "Ana Ortiz", "person"), entity("luis-ortiz", "Luis Ortiz", "person"),
              entity("mia-lind", "Mia Lind", "person"))
    facts = tuple(fact(f"{person.id}-age", f"age of {person.name}", 40, "years", entities=[person.id])
                  for person in people)
    index = fact_index(Reference("test", people, facts))
    assert index.mentions_in("Ortiz said the plan would work.") == {}  # which Ortiz?
    assert set(index.mentions_in("Ana Ortiz spoke first. Later Ortiz said it would work.")) == {"ana-ortiz"}
    assert set(index.mentions_in("Ortiz said it would work.", {"luis-ortiz"})) == {"luis-ortiz"}
    assert set(index.mentions_in("Lind said it would work.")) == {"mia-lind"}  # the only Lind


def test_two_subjects_in_one_article_keep_their_own_numbers():
    text = (
        "Contoso's revenue rose to about $48 billion last year, helped by demand for cloud computing. "
        "Contoso Cloud, the group's fastest-growing unit, had revenue of about $9 billion for the year."
    )
    found = findings(text, [("about $48 billion", 48e9, "USD", "approximate"),
                            ("about $9 billion", 9e9, "USD", "approximate")],
                     [REVENUE, CLOUD_REVENUE], [CONTOSO, CLOUD], on="2024-02-01")
    assert [f.reference["id"] for f in found] == ["contoso-revenue-2023", "contoso-cloud-revenue-2023"]
    assert [verdict(f) for f in found] == ["consistent", "consistent"]


def test_a_number_that_agrees_with_another_close_candidate_is_not_a_conflict():
    # "revenue" fits both facts; the unit's figure is no misreported group revenue
    text = "Contoso said revenue of about $9 billion came from Contoso Cloud and its partners."
    [finding] = findings(text, [("about $9 billion", 9e9, "USD", "approximate")], [REVENUE, CLOUD_REVENUE],
                         [CONTOSO, CLOUD], on="2024-02-01")
    assert verdict(finding) != "conflicting", finding.message


# --- rates and scope -----------------------------------------------------------------------------------

MUSEUM = entity("grand-museum", "Grand Museum", "place")
MUSEUM_VISITORS = fact("grand-museum-visitors-2022", "visitors to the Grand Museum in a year", 6.1e6, "visitors",
                       as_of="2022-12-31", entities=["grand-museum"], keywords=["visitors", "attendance"])


def test_a_rate_per_day_is_not_a_yearly_count():
    text = "The Grand Museum limits attendance to 20,000 visitors a day."
    [daily] = findings(text, [("20,000 visitors", 20000, "visitors")], [MUSEUM_VISITORS], [MUSEUM])
    assert verdict(daily) == "unverified" and "day" in daily.message, daily.message
    text = "The Grand Museum drew 6.1 million visitors last year."
    assert verdicts(text, [("6.1 million visitors", 6.1e6, "visitors")], [MUSEUM_VISITORS], [MUSEUM]) == [
        "consistent"
    ]


def test_an_amount_per_share_is_compared_with_a_price_per_share():
    deal = fact("deal-price", "price per share paid for Fabrikam", 42, "USD", entities=["fabrikam"],
                keywords=["per share", "a share"])
    value = fact("deal-value", "value of the takeover of Fabrikam", 12e9, "USD", entities=["fabrikam"],
                 keywords=["takeover", "deal", "value"])
    fabrikam = entity("fabrikam", "Fabrikam", "organization")
    text = "The takeover of Fabrikam, at $42 a share, closed on Friday."
    [price] = findings(text, [("$42 a share", 42, "USD per share")], [deal, value], [fabrikam])
    assert verdict(price) == "consistent" and price.reference["id"] == "deal-price", price.message


def test_a_scope_word_after_the_number_counts_only_when_it_qualifies_it():
    quarterly = fact("q4-sales", "Contoso net sales in the fourth quarter of 2023", 14.5e9, "USD",
                     as_of="2023-12-31", entities=["contoso"], keywords=["fourth quarter", "quarterly"])
    text = "Contoso's fourth-quarter sales of $14.5 billion beat analysts' forecasts."
    assert verdicts(text, [("$14.5 billion", 14.5e9, "USD")], [quarterly], [CONTOSO], on="2024-02-01") == [
        "consistent"
    ]


# --- what the sentence says the number measures -----------------------------------------------------

LAKE = entity("lake-morrow", "Lake Morrow", "place", "Morrow")
LAKE_DEPTH = fact("lake-morrow-depth", "maximum depth of Lake Morrow", 412, "m", entities=["lake-morrow"],
                  keywords=["depth", "deepest"])
LAKE_LENGTH = fact("lake-morrow-length", "length of Lake Morrow", 88, "km", entities=["lake-morrow"],
                   keywords=["length", "long"])
LAKE_VOLUME = fact("lake-morrow-volume", "volume of water in Lake Morrow", 310, "km3", entities=["lake-morrow"],
                   keywords=["volume", "holds"], tolerance=Tolerance(0.01, relative=True))


@pytest.mark.parametrize(
    "sentence,number,value,unit,qualifier,expected",
    [
        # an adjective of size names the measure; "the lake" refers back to Lake Morrow
        ("The lake, the deepest in the country at more than 450 metres, freezes in winter.",
         "more than 450 metres", 450, "m", "more_than", "conflicting"),
        ("The lake, the deepest in the country at about 410 metres, freezes in winter.",
         "about 410 metres", 410, "m", "approximate", "consistent"),
        # "cubic kilometres" and "km3" are one unit
        ("The lake holds about 310 cubic kilometres of water.", "about 310 cubic kilometres", 310,
         "cubic kilometres", "approximate", "consistent"),
        # a verb of extent states a length
        ("The lake stretches 88 kilometres from north to south.", "88 kilometres", 88, "km", "exact", "consistent"),
        ("The lake stretches 95 kilometres from north to south.", "95 kilometres", 95, "km", "exact", "conflicting"),
    ],
)
def test_the_measure_a_sentence_states(sentence, number, value, unit, qualifier, expected):
    text = "Lake Morrow is drying out, scientists warned on Monday. " + sentence
    [finding] = findings(text, [(number, value, unit, qualifier)], [LAKE_DEPTH, LAKE_LENGTH, LAKE_VOLUME], [LAKE])
    assert verdict(finding) == expected, finding.message


PEAK = entity("mount-arden", "Mount Arden", "place")
PEAK_HEIGHT = fact("mount-arden-height", "height of the summit of Mount Arden", 4805.59, "m", as_of="2023-09-16",
                   entities=["mount-arden"], keywords=["height", "altitude", "summit"])


@pytest.mark.parametrize("written, value, expected", [("4,805.59 metres", 4805.59, "consistent"),
                                                      ("4,807.81 metres", 4807.81, "conflicting")])
def test_a_verb_of_height_states_a_height(written, value, expected):
    text = (f"Mount Arden, the highest peak in the region, has shrunk by 2.22 metres since 2021 and now stands at "
            f"{written}, surveyors said.")
    [_, finding] = findings(text, [("2.22 metres", 2.22, "m"), (written, value, "m")], [PEAK_HEIGHT], [PEAK],
                            on="2023-10-05")
    assert verdict(finding) == expected, finding.message


TRAIN = entity("kestrel-express", "Kestrel Express", "other")
TRAIN_SPEED = fact("kestrel-top-speed", "top speed of the Kestrel Express", 320, "km/h",
                   entities=["kestrel-express"], keywords=["top speed"])
TRAIN_WEIGHT = fact("kestrel-weight", "weight of the Kestrel Express", 410, "tonnes",
                    entities=["kestrel-express"], keywords=["weight", "weighs"])
PLANT = entity("dunmore-plant", "Dunmore power station", "place", "Dunmore")
PLANT_CAPACITY = fact("dunmore-capacity", "generating capacity of the Dunmore power station", 1.8, "GW",
                      entities=["dunmore-plant"], keywords=["capacity"])
PUMPKIN = fact("heaviest-marrow", "world record for the heaviest marrow", 93.7, "kg", keywords=["heaviest", "marrow"])


@pytest.mark.parametrize(
    "text,number,value,unit,expected",
    [
        # a speed, a weight and a power say what they measure without naming it
        ("The Kestrel Express reached 320 km/h on its first run.", "320 km/h", 320, "km/h", "consistent"),
        ("The Kestrel Express reached 350 km/h on its first run.", "350 km/h", 350, "km/h", "conflicting"),
        ("The Kestrel Express, all 410 tonnes of it, left on time.", "410 tonnes", 410, "tonnes", "consistent"),
        ("The Dunmore power station will supply 1.8 GW to the grid.", "1.8 GW", 1.8, "GW", "consistent"),
        ("The Dunmore power station will supply 2.4 gigawatts to the grid.", "2.4 gigawatts", 2.4, "gigawatts",
         "conflicting"),
    ],
)
def test_a_unit_s_dimension_says_what_is_measured(text, number, value, unit, expected):
    [finding] = findings(text, [(number, value, unit)], [TRAIN_SPEED, TRAIN_WEIGHT, PLANT_CAPACITY, PUMPKIN],
                         [TRAIN, PLANT])
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("converted,value,expected", [("40-mile", 40, "consistent"), ("48-mile", 48, "conflicting")])
def test_a_conversion_in_brackets_is_judged_against_the_fact_of_the_number_it_restates(converted, value, expected):
    text = f"Barges use the 64-kilometre ({converted}) Harrow Canal."
    found = findings(text, [("64-kilometre", 64, "km"), (converted, value, "mile")], [CANAL_LENGTH], [CANAL],
                     nlp=full_nlp())
    assert [verdict(finding) for finding in found] == ["consistent", expected], [f.message for f in found]
    assert found[1].reference["id"] == "harrow-canal-length"


@pytest.mark.parametrize("number,value,expected", [("300-metre", 300, "consistent"), ("350-metre", 350, "conflicting")])
def test_a_compound_adjective_measures_what_it_describes_not_the_place_it_is_in(number, value, expected):
    ship = entity("kell-star", "Kell Star", "other")
    ship_length = fact("kell-star-length", "length overall of the container ship Kell Star", 300, "m",
                       entities=["kell-star"], keywords=["long", "length", "container ship", "vessel"])
    canal_length = fact("harrow-canal-length", "length of the Harrow Canal", 64, "km", entities=["harrow-canal"],
                        keywords=["length", "long", "waterway"])
    text = (f"The Kell Star ran aground in the Harrow Canal on Tuesday. Tugboats pulled the {number} container "
            "ship free on the high tide, the canal authority said.")
    [finding] = findings(text, [(number, value, "m")], [ship_length, canal_length], [ship, CANAL], nlp=full_nlp())
    assert verdict(finding) == expected, finding.message
    assert finding.reference["id"] == "kell-star-length"


def test_a_right_conversion_in_brackets_is_not_flagged_as_a_conflict():
    # 350 km/h is 217.5 mph: "up to 217 mph" is right at the precision it is written
    fast = fact("kestrel-line-speed", "maximum operating speed of the Kestrel line", 350, "km/h",
                entities=["kestrel-express"], keywords=["top speed", "operating speed", "run at"])
    text = "Trains on the Kestrel Express line will run at up to 350 km/h (217 mph) from June."
    found = findings(text, [("up to 350 km/h", 350, "km/h", "at_most"), ("217 mph", 217, "mph", "at_most")],
                     [fast], [TRAIN], nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", "consistent"], [f.message for f in found]


def test_a_weight_alone_is_no_keyword_of_an_unnamed_record():
    """ "Tickets cost 35 kilograms" is absurd, but "the crate weighed 35 kg" says nothing of a marrow."""
    [finding] = findings("The crate weighed 35 kilograms.", [("35 kilograms", 35, "kg")], [PUMPKIN])
    assert verdict(finding) == "unverified", finding.message


NORDIA_POPULATION = fact("nordia-population-2023", "population of Nordia", 5.1e6, "people", as_of="2023-12-31",
                         entities=["nordia"], keywords=["population", "inhabitants"])
NORDIA_BIRTHS = fact("nordia-births-2023", "births in Nordia in a year", 48_000, "births", as_of="2023-12-31",
                     entities=["nordia"], keywords=["births", "born"])
UNION = entity("nordic-union", "Nordic Union", "organization")
UNION_MEMBERS = fact("nordic-union-members", "member states of the Nordic Union", 27, "countries",
                     entities=["nordic-union"], keywords=["member states", "members"])


@pytest.mark.parametrize("rate,expected", [("0.72", "consistent"), ("0.78", "conflicting")])
def test_a_decimal_written_in_digits_is_a_plain_number_not_a_share(rate, expected):
    fertility = fact("nordia-fertility-2023", "total fertility rate of Nordia", 0.72, None, as_of="2023-12-31",
                     entities=["nordia"], keywords=["fertility rate", "births per woman"])
    text = f"Nordia's total fertility rate was {rate} last year, the statistics office said."
    [finding] = findings(text, [(rate, float(rate), None)], [fertility], [NORDIA], on="2024-02-01")
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize(
    "text,number,value,unit,expected",
    [
        ("Nordia's population fell again, shrinking by about 200,000 to 5.1 million.", "about 200,000", 200_000,
         None, "unverified"),
        ("Nordia's population fell again, shrinking by about 200,000 to 5.1 million.", "5.1 million", 5.1e6,
         None, "consistent"),
        ("In Nordia, just over 48,000 babies were born last year.", "just over 48,000 babies", 48_000, "babies",
         "consistent"),
        ("In Nordia, 51,000 babies were born last year.", "51,000 babies", 51_000, "babies", "conflicting"),
        # a total since a year is not a yearly count, but "the most since" is still the year's
        ("Nordia has recorded 950,000 births since 2000, officials said.", "950,000 births", 950_000, "births",
         "unverified"),
        ("Nordia recorded 48,000 births last year, the most since 2015.", "48,000 births", 48_000, "births",
         "consistent"),
        # a milestone passed is no count
        ("Births in Nordia passed 50,000 for the first time in 2023.", "50,000", 50_000, None, "unverified"),
        ("It was the first time births in Nordia had passed 50,000.", "50,000", 50_000, None, "unverified"),
        ("Nordia became the first country in the region to record 50,000 births in a year.", "50,000 births",
         50_000, "births", "unverified"),
        ("Nordia became the first country to record 6 million residents and 50,000 births in a year.",
         "50,000 births", 50_000, "births", "unverified"),
        # a total over many years is not a yearly count; what is left of a whole is a part
        ("Nordia recorded more than 900,000 births over the past two decades.", "more than 900,000 births", 900_000,
         "births", "unverified"),
        ("Nordia recorded 48,000 births last year; all but 5,000 of them were in hospitals.", "5,000", 5_000, None,
         "unverified"),
        ("Births in Nordia crossed the 50,000 mark in 2023.", "50,000", 50_000, None, "unverified"),
        # "countries" counts any countries, not the union's members
        ("The Nordic Union met on Monday. Twelve countries have banned the practice.", "Twelve countries", 12,
         "countries", "unverified"),
        ("The Nordic Union met on Monday. Its 27 member states agreed.", "27 member states", 27, "countries",
         "consistent"),
    ],
)
def test_changes_synonyms_and_generic_counts(text, number, value, unit, expected):
    [finding] = findings(text, [(number, value, unit)], [NORDIA_POPULATION, NORDIA_BIRTHS, UNION_MEMBERS],
                         [NORDIA, UNION], on="2024-01-20")
    assert verdict(finding) == expected, finding.message


MOUNT = entity("mount-kell", "Mount Kell", "place")
MOUNT_HEIGHT = fact("mount-kell-height", "height of Mount Kell", 4_210, "m", entities=["mount-kell"],
                    keywords=["height", "tall", "summit", "peak"])


@pytest.mark.parametrize(
    "text,number,value,expected",
    [
        ("Mount Kell draws climbers. She has climbed all of the 4,000-metre peaks in the range.", "4,000-metre",
         4000, "unverified"),
        ("Mount Kell draws climbers. In 2019 she reached the summit of all the 4,000-metre peaks.", "4,000-metre",
         4000, "unverified"),
        ("Climbers set out for the summit of the 4,210-metre Mount Kell at dawn.", "4,210-metre", 4210,
         "consistent"),
        ("Climbers set out for the summit of the 4,400-metre Mount Kell at dawn.", "4,400-metre", 4400,
         "conflicting"),
    ],
)
def test_a_compound_adjective_of_a_plural_noun_describes_a_class(text, number, value, expected):
    [finding] = findings(text, [(number, value, "m")], [MOUNT_HEIGHT], [MOUNT], nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_between_facts_whose_keywords_both_fit_the_statement_s_own_words_decide():
    depth = fact("morrow-depth", "maximum depth of Lake Morrow", 412, "m", entities=["lake-morrow"],
                 keywords=["water", "basin", "deep"])
    shore = fact("morrow-shore", "length of the shoreline of Lake Morrow", 380, "km", entities=["lake-morrow"],
                 keywords=["water", "basin", "shore"])
    text = "Lake Morrow is drying out. The water in its basin reaches a maximum depth of 412 metres."
    [finding] = findings(text, [("412 metres", 412, "m")], [depth, shore], [LAKE])
    assert verdict(finding) == "consistent", finding.message


CANAL = entity("harrow-canal", "Harrow Canal", "place")
CANAL_LENGTH = fact("harrow-canal-length", "length of the Harrow Canal", 64, "km", entities=["harrow-canal"],
                    keywords=["length"])
BRIDGE = entity("kell-bridge", "Kell Bridge", "place")
BRIDGE_COST = fact("kell-bridge-cost", "cost of the Kell Bridge", 2.1e9, "USD", entities=["kell-bridge"],
                   keywords=["cost"])


@pytest.mark.parametrize(
    "text,number,value,unit,expected",
    [
        ("Traffic on the Harrow Canal fell sharply. The 40-mile waterway carries grain.", "40-mile", 40, "miles",
         "consistent"),
        ("Traffic on the Harrow Canal fell sharply. The 52-mile waterway carries grain.", "52-mile", 52, "miles",
         "conflicting"),
        ("The Kell Bridge opened on Friday. The $2 billion bridge links two islands.", "$2 billion", 2e9, "USD",
         "consistent"),
    ],
)
def test_a_compound_adjective_states_the_measure_of_what_it_describes(text, number, value, unit, expected):
    [finding] = findings(text, [(number, value, unit)], [CANAL_LENGTH, BRIDGE_COST], [CANAL, BRIDGE], nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_an_amount_paid_in_a_sale_is_a_price():
    headset = entity("orbit-headset", "Orbit Headset", "other", "Orbit")
    price = fact("orbit-price-france", "starting price of the Orbit Headset in France", 1899, "EUR",
                 entities=["orbit-headset"], keywords=["price", "priced"])
    text = "The Orbit Headset reached Europe this week. The device went on sale in France at 1,899 euros."
    assert verdicts(text, [("1,899 euros", 1899, "EUR")], [price], [headset]) == ["consistent"]


def test_home_to_states_a_population():
    ostland = entity("ostland", "Ostland")
    population = fact("ostland-population", "population of Ostland", 4.2e6, "people", as_of="2022",
                      entities=["ostland"], keywords=["population", "inhabitants"])
    text = "Ostland, home to 4.2 million people, held elections on Sunday."
    assert verdicts(text, [("4.2 million people", 4.2e6, "people")], [population], [ostland]) == ["consistent"]


# --- several numbers in one sentence ---------------------------------------------------------------------

PASS = entity("kestrel-pass", "Kestrel Pass")
FELL = entity("mirren-fell", "Mirren Fell")
RAIN_24 = fact("rain-24h", "national record rainfall in 24 hours", 301.2, "mm", as_of="2016-01-02",
               entities=["kestrel-pass"], keywords=["rainfall", "record", "24 hours"])
RAIN_48 = fact("rain-48h", "national record rainfall in 48 hours", 377, "mm", as_of="2016-01-03",
               entities=["mirren-fell"], keywords=["rainfall", "record", "48 hours"])


def test_a_conversion_in_brackets_is_the_same_quantity_and_a_duration_takes_no_words():
    text = ("In January 2016, 301.2 millimetres (30 inches) of rain fell at Kestrel Pass in 24 hours, "
            "and Mirren Fell received 377 millimetres over 48 hours.")
    found = findings(text, [("301.2 millimetres", 301.2, "mm"), ("30 inches", 30, "inches"),
                            ("24 hours", 24, "hours"), ("377 millimetres", 377, "mm")],
                     [RAIN_24, RAIN_48], [PASS, FELL], on="2023-12-01")
    assert [verdict(f) for f in found] == ["consistent", "conflicting", "unverified", "consistent"]
    assert found[1].reference["id"] == "rain-24h"


# --- a difference must be about the same quantity --------------------------------------------------------

GALLERY = entity("north-gallery", "North Gallery", "place")
PAINTING = entity("blue-horse", "The Blue Horse", "other", "Blue Horse")
SALE = fact("blue-horse-sale", "auction price of The Blue Horse", 31e6, "USD", as_of="2019-05-14",
            entities=["blue-horse"], keywords=["auction", "sold", "record"])


def test_an_entity_and_a_unit_alone_do_not_make_a_conflict():
    text = "The North Gallery bought The Blue Horse in 1990. Its shop sells posters of the painting for $25."
    [poster] = findings(text, [("$25", 25, "USD")], [SALE], [GALLERY, PAINTING])
    assert verdict(poster) == "unverified", poster.message


def test_a_number_orders_of_magnitude_away_is_not_a_misreport():
    text = "The Blue Horse was sold at auction in 2019 for a record $3,100."
    [finding] = findings(text, [("$3,100", 3100, "USD")], [SALE], [PAINTING])
    assert verdict(finding) == "unverified" and "thousand" in finding.message, finding.message


@pytest.mark.parametrize("written, value, unit, expected", [
    ("$4 million", 4e6, "USD", "unverified"),        # eight times off, no slip in its digits
    ("$130 million", 130e6, "USD", "unverified"),    # four times off
    ("$3.1 million", 3.1e6, "USD", "conflicting"),   # a decimal point slipped
    ("$31 billion", 31e9, "USD", "conflicting"),     # a scale word slipped
    ("$13 million", 13e6, "USD", "conflicting"),     # two digits swapped
    ("$81 million", 81e6, "USD", "conflicting"),     # one digit wrong
    ("$45 million", 45e6, "USD", "conflicting"),     # off, but within three times
])
def test_a_number_far_off_must_show_its_slip(written, value, unit, expected):
    text = f"The Blue Horse was sold at auction in 2019 for a record {written}."
    [finding] = findings(text, [(written, value, unit)], [SALE], [PAINTING])
    assert verdict(finding) == expected, finding.message
    if expected == "unverified":
        assert "3 times off" in finding.message and "blue-horse-sale" in finding.message


def test_an_outdated_number_is_a_conflict_however_far_off():
    garrison = [fact(f"harbour-garrison-{year}", "soldiers stationed at Harbour Fort", value, "soldiers",
                     as_of=f"{year}-01-01", keywords=["soldiers", "stationed", "garrison"])
                for year, value in ((2019, 14000), (2021, 2500))]
    text = "Harbour Fort, where 14,000 soldiers are stationed, will close next year."
    [finding] = findings(text, [("14,000 soldiers", 14000, "soldiers")], garrison, on="2022-03-01")
    assert verdict(finding) == "conflicting" and "outdated" in finding.message, finding.message


def test_a_round_number_far_off_shows_no_digit_slip():
    summit = [fact("harbour-peak-winter", "climbers in the first winter ascent of Harbour Peak", 10, "climbers",
                   as_of="2021-01-16", keywords=["winter", "ascent", "summit"])]
    text = "About 60 climbers are on Harbour Peak this winter, hoping to repeat the first winter ascent."
    [finding] = findings(text, [("About 60 climbers", 60, "climbers", "approximate")], summit, on="2023-01-10")
    assert verdict(finding) == "unverified", finding.message  # "60" for 10 is no one-digit slip
    text = "Harbour Peak's first winter ascent, by 16 climbers, made history."
    [finding] = findings(text, [("16 climbers", 16, "climbers")], summit, on="2023-01-10")
    assert verdict(finding) == "conflicting", finding.message


@pytest.mark.parametrize("written, value, what, expected", [
    ("41.6 million tonnes", 41.6e6, 1.0, "conflicting"),  # the fact's digits, a scale word off
    ("43.1 million tonnes", 43.1e6, 1.0, "unverified"),   # other digits
    ("41.6 million tonnes", 41.6e6, 0.5, "unverified"),   # the sentence does not say what it measures
    ("40 million tonnes", 40e6, 1.0, "unverified"),       # one significant digit: too few to tell
    ("416 million tonnes", 416e6, 1.0, "conflicting"),    # a hundred times off: lakh for crore
])
def test_a_weak_match_with_the_fact_s_digits_at_another_scale_is_a_slip(written, value, what, expected):
    from factcheck.decide.numeric import decide
    from factcheck.models import Candidate

    total = fact("ledger-total-2024", "projected total global CO2 emissions in 2024 including land use", 41.6e9,
                 "tonnes", as_of="2024-11-13", keywords=["total emissions", "land use"])
    text = f"Total emissions, including those from land use, would reach {written}, researchers at the talks said."
    art = article(text, [total], on="2024-11-14")
    built = claim(art, written, value, "tonnes")
    # matched on what it measures, not on whose number it is
    weak = Candidate(total, 0.7, {"what": what, "entities": 0.5, "words": 0.7, "strong": False, "unit_fit": 1.0})
    [finding] = decide([built], [[weak]], art)
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("written, value, score, expected", [
    ("8,859 companies", 8859, 0.33, "consistent"),   # precise, and it agrees: the match is confirmed
    ("9,000 companies", 9000, 0.33, "unverified"),   # a round number agrees by chance too easily
    ("8,859 companies", 8859, 0.25, "unverified"),   # too weak a match for agreement to confirm
    ("8,958 companies", 8958, 0.33, "unverified"),   # a weak match never makes a conflict
])
def test_a_precise_number_that_agrees_confirms_a_weak_match(written, value, score, expected):
    from factcheck.decide.numeric import decide
    from factcheck.models import Candidate

    held = fact("fund-companies-2023", "listed companies the fund was invested in at the end of a year", 8859,
                "companies", as_of="2023-12-31", keywords=["companies", "invested"])
    text = f"At the end of the year the fund held shares in {written} worldwide, it said."
    art = article(text, [held], on="2024-01-31")
    weak = Candidate(held, score, {"what": 0.5, "words": score, "strong": False, "unit_fit": 1.0})
    [finding] = decide([claim(art, written, value, "companies")], [[weak]], art)
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("other_score, expected", [(0.31, "consistent"), (0.45, "unverified")])
def test_a_round_number_confirms_a_weak_match_only_when_no_close_candidate_disagrees(other_score, expected):
    from factcheck.decide.numeric import decide
    from factcheck.models import Candidate

    turnout = fact("nordia-turnout-2023", "voter turnout in the 2023 Nordia general election", 77.8, "percent",
                   as_of="2023-11-23", keywords=["turnout"])
    other = fact("arden-turnout-2024", "voter turnout in the 2024 Arden presidential election", 71.9, "percent",
                 as_of="2024-01-13", keywords=["turnout"])
    text = "Turnout was about 78 percent."
    art = article(text, [turnout, other], on="2023-11-24")
    candidates = [Candidate(turnout, 0.51, {"what": 0.73, "words": 0.51, "strong": False, "unit_fit": 1.0}),
                  Candidate(other, other_score, {"what": 0.7, "words": other_score, "strong": False, "unit_fit": 1.0})]
    [finding] = decide([claim(art, "about 78 percent", 78, "percent", "approximate")], [candidates], art)
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("text, expected", [
    ("In Harbour Valley the high hit 129F on Sunday, forecasters said.", "unverified"),  # a day's reading
    ("In Harbour Valley the high hit a record 129F on Sunday, forecasters said.", "conflicting"),
    ("Harbour Valley's highest temperature ever measured is 129F, forecasters said.", "conflicting"),
])
def test_a_day_s_reading_is_not_a_record(text, expected):
    record = fact("harbour-valley-record", "highest temperature measured in Harbour Valley", 130, "degF",
                  as_of="2021-07-09", keywords=["highest", "temperature", "high"])
    [finding] = findings(text, [("129F", 129, "degF")], [record], on="2024-07-08")
    assert verdict(finding) == expected, finding.message


def test_an_age_is_compared_only_with_an_age():
    years = fact("zoo-years", "years the pandas lived at the Harbour Zoo", 23, "years", keywords=["lived", "zoo"])
    age = fact("mei-age", "age of the panda Mei at the Harbour Zoo", 25, "years", keywords=["age", "panda"])
    text = "The pandas Mei, 25, and Tian, 26, arrived at the Harbour Zoo in 2000 and lived there until 2023."
    art = article(text, [years, age], on="2023-11-10")
    mei, tian = claim(art, "25", 25, "years"), claim(art, "26", 26, "years")
    for built in (mei, tian):
        built.details["kind"] = "age"
    found = check(art, [mei, tian])
    assert [verdict(finding) for finding in found] != ["conflicting", "conflicting"]
    assert all("zoo-years" not in finding.message for finding in found), [f.message for f in found]


def test_a_statement_that_starts_with_the_unit_is_not_repeated_in_the_message():
    years = fact("zoo-years", "years the pandas lived at the Harbour Zoo", 23, "years", keywords=["lived", "zoo"])
    [finding] = findings("The pandas lived at the Harbour Zoo for 26 years.", [("26 years", 26, "years")], [years])
    assert verdict(finding) == "conflicting"
    assert "conflicts with 23 years the pandas lived at the Harbour Zoo" in finding.message, finding.message


@pytest.mark.parametrize("text, expected", [
    ("Harbour Books, which had revenue of about $1 billion last year, was sold to a rival.", "unverified"),
    ("Harbour Books was sold to a rival for about $1 billion last year.", "conflicting"),
])
def test_money_the_sentence_names_is_not_other_money(text, expected):
    publisher = entity("harbour-books", "Harbour Books", "organization")
    price = fact("harbour-books-price", "price a rival agreed to pay for Harbour Books", 2.175e9, "USD",
                 as_of="2023-11-25", entities=["harbour-books"], keywords=["deal", "sold", "acquisition"])
    [finding] = findings(text, [("about $1 billion", 1e9, "USD", "approximate")], [price], [publisher],
                         on="2024-03-01")
    assert verdict(finding) == expected, finding.message


def test_a_number_in_the_wrong_unit_is_a_slip_however_far_off():
    tower = entity("harbour-tower", "Harbour Tower", "other")
    height = fact("harbour-tower-height", "height of the Harbour Tower", 172, "m",
                  entities=["harbour-tower"], keywords=["tall", "height"])
    text = "The Harbour Tower, finished in 1998, stands 172 feet tall."
    [finding] = findings(text, [("172 feet", 172, "ft")], [height], [tower])
    assert verdict(finding) == "conflicting", finding.message


def test_a_loose_bound_is_not_agreement():
    deaths = fact("flu-excess-deaths", "excess deaths associated with the 2018 flu season", 2.1e6, "deaths",
                  as_of="2019-03-01", keywords=["excess deaths", "flu"])
    text = "More than 900,000 deaths were reported during the 2018 flu season, officials said."
    [finding] = findings(text, [("More than 900,000 deaths", 900000, "deaths", "more_than")], [deaths])
    assert verdict(finding) == "unverified", finding.message
    text = "More than 2 million excess deaths were linked to the 2018 flu season, officials said."
    [finding] = findings(text, [("More than 2 million excess deaths", 2e6, "deaths", "more_than")], [deaths])
    assert verdict(finding) == "consistent", finding.message


def test_a_plan_is_not_a_record():
    collider = entity("old-collider", "Grand Ring Collider", "other", "GRC")
    circumference = fact("grc-circumference", "circumference of the Grand Ring Collider", 31, "km",
                         entities=["old-collider"], keywords=["ring", "circumference"])
    text = "The laboratory has set out plans for a 100-kilometre ring that would dwarf the Grand Ring Collider."
    [finding] = findings(text, [("100-kilometre", 100, "km")], [circumference], [collider])
    assert verdict(finding) == "unverified", finding.message


def test_something_new_is_not_the_known_thing():
    collider = entity("old-collider", "Grand Ring Collider", "other", "GRC")
    depth = fact("grc-depth", "depth of the Grand Ring Collider tunnel below ground", 120, "m",
                 entities=["old-collider"], keywords=["beneath", "below ground", "depth"])
    text = "Engineers dug a 300-metre shaft beneath the Grand Ring Collider last year."
    [finding] = findings(text, [("300-metre", 300, "m")], [depth], [collider], nlp=full_nlp())
    assert verdict(finding) == "unverified", finding.message


# --- when: a count about a period published later -----------------------------------------------------


def test_a_year_the_statement_names_is_what_is_counted_not_when():
    toll = fact("storm-toll", "homes destroyed by the storms of 2020 and 2021", 14200, "homes", as_of="2022-04-01",
                keywords=["homes", "destroyed", "storms"])
    text = "A report last year put the number of homes destroyed by the storms in 2020 and 2021 at 14,200."
    [finding] = findings(text, [("14,200", 14200, None)], [toll], on="2023-03-01")
    assert verdict(finding) == "consistent", finding.message


def test_a_period_before_every_value_is_still_unverified():
    sales = fact("contoso-revenue-2023", "Contoso annual revenue", 48.2e9, "USD", as_of="2023-12-31",
                 entities=["contoso"], keywords=["revenue"])
    text = "Contoso's revenue was $41 billion in 2021."
    [finding] = findings(text, [("$41 billion", 41e9, "USD")], [sales], [CONTOSO], on="2024-02-01")
    assert verdict(finding) == "unverified", finding.message


# --- the rules underneath ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written,other,compatible",
    [("km3", "cubic kilometres", True), ("km²", "square kilometres", True), ("mi2", "km2", True),
     ("USD per share", "USD", True), ("km3", "km2", False), ("GW", "gigawatts", True), ("MW", "GW", True),
     ("TWh", "kWh", True), ("mW", "MW", True), ("km/h", "mph", True), ("GW", "km/h", False),
     ("voters", "people", True), ("babies", "births", True), ("Oscars", "awards", True), ("times", "awards", True),
     ("prizes", "awards", True), ("Oscars", "seats", False), ("GBP per year", "GBP", True),
     ("kilowatt hour per year", "kWh", True), ("people per day", "people", True), ("kilometre per hour", "km", False),
     ("gross ton", "gross tons", True), ("gross tons", "tonnes", False), ("TEU", "USD", False), ("TEU", "TEU", True),
     ("bitcoin", "BTC", True), ("USD per tonne", "USD", True), ("viewers", "people", True),
     ("people per square kilometre", "inhabitants per km2", True), ("people per square kilometre", "people", False)],
)
def test_units_written_as_powers_and_per_share(written, other, compatible):
    from factcheck import units

    assert (units.compatibility(units.normalize(written), units.normalize(other)) > 0) is compatible


@pytest.mark.parametrize(
    "text,rate",
    [("visitors to the museum in a year", "year"), ("price per share paid", "share"), ("annual sales", "year"),
     ("net income a year earlier", None), ("daily attendance", "day"), ("seats in the assembly", None)],
)
def test_what_a_statement_counts_per(text, rate):
    from factcheck.match.words import rate_of

    assert rate_of(text) == rate


@pytest.mark.parametrize(
    "statement,names",
    [("seats won by the Green League at the 2023 election", [("green", "league")]),
     ("U.S. troops in Afghanistan", [("us",), ("afghanistan",)]),
     ("population of Abu Dhabi (city proper)", [("abu", "dhabi")]),
     ("cost of the tunnel", [])],
)
def test_the_names_a_statement_spells(statement, names):
    from factcheck.match.fact_index import statement_names

    assert [stems for stems, _ in statement_names(statement)] == names


# --- a count over a shorter time, or of a part, is not the whole -------------------------------------

AIRPORT = entity("kellby-airport", "Kellby Airport", "place", "Kellby")
AIRPORT_PASSENGERS = fact("kellby-passengers-2023", "passengers through Kellby Airport in 2023", 31.4e6, "passengers",
                          as_of="2023-12-31", entities=["kellby-airport"], keywords=["passengers"])


@pytest.mark.parametrize(
    "sentence,number,value",
    [
        ("Kellby Airport handled 2.9 million passengers in March.", "2.9 million passengers", 2.9e6),
        ("Kellby Airport handled 8.1 million passengers in the fourth quarter.", "8.1 million passengers", 8.1e6),
        ("Kellby Airport handled 95,000 passengers on Sunday alone.", "95,000 passengers", 95000),
        ("Kellby Airport handled 610,000 passengers last week.", "610,000 passengers", 610000),
    ],
)
def test_a_count_over_a_shorter_time_is_not_the_yearly_count(sentence, number, value):
    [finding] = findings(sentence, [(number, value, "passengers")], [AIRPORT_PASSENGERS], [AIRPORT], on="2024-04-10")
    assert verdict(finding) == "unverified", finding.message


def test_a_yearly_count_is_still_compared_when_another_clause_dates_something_else():
    text = "Kellby Airport raised its fees this week after handling 34 million passengers in 2023."
    [finding] = findings(text, [("34 million passengers", 34e6, "passengers")], [AIRPORT_PASSENGERS], [AIRPORT],
                         on="2024-04-10")
    assert verdict(finding) == "conflicting", finding.message


def test_a_part_of_a_whole_is_not_the_whole():
    union = entity("alpine-union", "Alpine Union", "organization")
    members = fact("alpine-members", "member states of the Alpine Union", 14, "countries",
                   entities=["alpine-union"], keywords=["member states"])
    text = "The Alpine Union has 14 member states, and 9 of them use a common currency."
    found = findings(text, [("14 member states", 14, "member states"), ("9", 9, None)], [members], [union])
    assert [verdict(f) for f in found] == ["consistent", "unverified"], [f.message for f in found]


@pytest.mark.parametrize(
    "sentence,number,value",
    [
        ("The Kell Tower's viewing platform stands 88 metres above the street.", "88 metres", 88),
        ("Kell Tower base station sits at 12 metres.", "12 metres", 12),
    ],
)
def test_a_part_of_the_subject_is_not_the_subject(sentence, number, value):
    tower = entity("kell-tower", "Kell Tower")
    height = fact("kell-tower-height", "height of the Kell Tower", 204, "m", entities=["kell-tower"],
                  keywords=["tall", "height"])
    [finding] = findings("The Kell Tower reopened on Monday. " + sentence, [(number, value, "m")], [height], [tower],
                         nlp=full_nlp())
    assert verdict(finding) == "unverified", finding.message
    [finding] = findings("The Kell Tower reopened on Monday. The Kell Tower's official height is 250 metres.",
                         [("250 metres", 250, "m")], [height], [tower], nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


def test_a_number_put_another_way_shares_the_rest_of_the_sentence():
    online = fact("nordia-internet-users", "people using the internet in Nordia", 4.1e6, "people",
                  as_of="2023-12-31", entities=["nordia"], keywords=["internet", "online"])
    text = ("Nordia's regulator published its yearly survey on Monday. About 4.1 million people, or 80 percent "
            "of the population, are using the internet, it said.")
    finding, _ = findings(text, [("About 4.1 million people", 4.1e6, "people", "approximate"),
                                 ("80 percent", 80, "percent")], [online], [NORDIA], on="2024-02-01")
    assert verdict(finding) == "consistent", finding.message


@pytest.mark.parametrize(
    "text,number,value,unit,expected",
    [
        ("The Dunmore power station's 12 turbines, each rated at 150 megawatts, went live.", "150 megawatts", 150,
         "megawatts", "unverified"),
        ("The Dunmore power station will supply 1.8 GW to the grid.", "1.8 GW", 1.8, "GW", "consistent"),
        ("The Dunmore power station will each year supply 1.8 GW to the grid.", "1.8 GW", 1.8, "GW", "consistent"),
    ],
)
def test_one_item_s_number_is_not_the_whole_s(text, number, value, unit, expected):
    [finding] = findings(text, [(number, value, unit)], [PLANT_CAPACITY], [PLANT], nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_a_relative_clause_s_number_is_the_name_s_before_it():
    kell = entity("kell-plant", "Kell power station", "place", "Kell")
    kell_capacity = fact("kell-capacity", "generating capacity of the Kell power station", 1.2, "GW",
                         entities=["kell-plant"], keywords=["capacity"])
    text = ("The Dunmore power station is now the largest in the region. Dunmore took the title from its "
            "neighbour the Kell power station, which has a capacity of 1.2 gigawatts.")
    [finding] = findings(text, [("1.2 gigawatts", 1.2, "gigawatts")], [PLANT_CAPACITY, kell_capacity],
                         [PLANT, kell], nlp=full_nlp())
    assert verdict(finding) == "consistent" and finding.reference["id"] == "kell-capacity", finding.message


KELLTOWN = entity("kelltown", "Kelltown", "place")
HEAT_2019 = fact("kelltown-heat-2019", "highest temperature recorded in Kelltown", 38.7, "degC", as_of="2019-07-25",
                 entities=["kelltown"], keywords=["record", "hottest", "temperature"])
HEAT_2022 = fact("kelltown-heat-2022", "highest temperature recorded in Kelltown", 40.3, "degC", as_of="2022-07-19",
                 entities=["kelltown"], keywords=["record", "hottest", "temperature"])


@pytest.mark.parametrize("previous,value,expected", [("38.7C", 38.7, "consistent"), ("38.5C", 38.5, "conflicting")])
def test_a_previous_record_is_checked_against_the_value_the_current_one_replaced(previous, value, expected):
    text = f"Kelltown recorded 40.3C on Tuesday, its hottest day, smashing the previous record of {previous}."
    found = findings(text, [("40.3C", 40.3, "degree Celsius"), (previous, value, "degree Celsius")],
                     [HEAT_2019, HEAT_2022], [KELLTOWN], on="2022-07-20", nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", expected], [f.message for f in found]
    assert found[1].reference["id"] == "kelltown-heat-2019"


def test_the_value_a_change_started_from_is_the_one_it_replaced():
    bank = entity("nordia-bank", "Bank of Nordia", "organization")
    old_rate = fact("nordia-rate-2023", "Bank of Nordia policy rate", 1.75, "percent", as_of="2023-06-22",
                    entities=["nordia-bank"], keywords=["policy rate", "interest rate", "rate"])
    new_rate = fact("nordia-rate-2024", "Bank of Nordia policy rate", 1.5, "percent", as_of="2024-03-21",
                    entities=["nordia-bank"], keywords=["policy rate", "interest rate", "rate"])
    text = "The Bank of Nordia moved first in March, lowering its rate to 1.5 percent from 1.75 percent."
    found = findings(text, [("1.5 percent", 1.5, "percent"), ("1.75 percent", 1.75, "percent")],
                     [old_rate, new_rate], [bank], on="2024-12-12", nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", "consistent"], [f.message for f in found]


@pytest.mark.parametrize(
    "text,number,value",
    [
        ("The Bank of Nordia raised its rate from 1.5 percent to 1.75 percent in June.", "1.5 percent", 1.5),
        ("The Bank of Nordia's rate, which had stood at 1.5 percent, rose in June.", "1.5 percent", 1.5),
        ("The Bank of Nordia's rate, which had been held at 1.5 percent for a year, rose in June.", "1.5 percent", 1.5),
    ],
)
def test_a_value_before_a_change_is_checked_against_the_value_it_was(text, number, value):
    bank = entity("nordia-bank", "Bank of Nordia", "organization")
    older = fact("nordia-rate-2023", "Bank of Nordia policy rate", 1.5, "percent", as_of="2023-06-22",
                 entities=["nordia-bank"], keywords=["policy rate", "interest rate", "rate"])
    newer = fact("nordia-rate-2024", "Bank of Nordia policy rate", 1.75, "percent", as_of="2024-06-20",
                 entities=["nordia-bank"], keywords=["policy rate", "interest rate", "rate"])
    [finding] = findings(text, [(number, value, "percent")], [older, newer], [bank], on="2024-12-12", nlp=full_nlp())
    assert verdict(finding) == "consistent" and finding.reference["id"] == "nordia-rate-2023", finding.message


def test_between_near_equal_facts_the_date_the_sentence_names_decides():
    search = fact("contoso-search-fine", "EU antitrust fine on Contoso over its search service", 2.4e9, "EUR",
                  as_of="2017-06-27", entities=["contoso"], keywords=["fine", "antitrust", "search"])
    phones = fact("contoso-phone-fine", "EU antitrust fine on Contoso over its phones", 4.3e9, "EUR",
                  valid_from="2018-07-18", entities=["contoso"], keywords=["fine", "antitrust", "phones"])
    text = "The court upheld a €2.4 billion fine imposed on Contoso in 2017, lawyers said."
    [finding] = findings(text, [("€2.4 billion", 2.4e9, "EUR")], [search, phones], [CONTOSO], on="2024-09-10",
                         nlp=full_nlp())
    assert verdict(finding) == "consistent" and finding.reference["id"] == "contoso-search-fine", finding.message


@pytest.mark.parametrize(
    "text,number,value,expected",
    [
        ("Nordia cut the export duty on rice to 45 percent on Friday.", "45 percent", 45, "unverified"),
        ("Nordia's share of global rice exports rose to 45 percent last year.", "45 percent", 45, "conflicting"),
        ("Nordia's share of global rice exports rose to 40 percent last year.", "40 percent", 40, "consistent"),
    ],
)
def test_a_percentage_of_another_kind_is_not_the_fact_s(text, number, value, expected):
    rice = fact("nordia-rice-share", "Nordia's share of global rice exports", 40, "percent", as_of="2023",
                entities=["nordia"], keywords=["share", "rice exports", "exporter"])
    [finding] = findings(text, [(number, value, "percent")], [rice], [NORDIA], on="2024-02-01", nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_a_name_alone_as_the_subject_counts_a_part():
    audience = fact("kell-cup-audience", "average audience of the Kell Cup final", 41e6, "viewers", as_of="2024-06-02",
                    entities=["kell-cup"], keywords=["viewers", "audience", "watched"])
    cup = entity("kell-cup", "Kell Cup", "other")
    text = "The Kell Cup final drew a record audience on Sunday. On the night, Streamo alone averaged 3.6 million viewers, a record."
    [finding] = findings(text, [("3.6 million viewers", 3.6e6, "viewers")], [audience], [cup], on="2024-06-04",
                         nlp=full_nlp())
    assert verdict(finding) == "unverified" and "'Streamo alone'" in finding.message, finding.message


def test_a_negated_kind_is_another_kind():
    price = fact("nordia-rice-floor", "minimum export price per tonne for Nordian non-basmati white rice", 490, "USD",
                 as_of="2024-09-28", entities=["nordia"], keywords=["minimum export price", "white rice"])
    text = "Nordia also scrapped a minimum export price of $950 a tonne for shipments of basmati rice."
    [finding] = findings(text, [("$950 a tonne", 950, "USD per tonne")], [price], [NORDIA], on="2024-10-01",
                         nlp=full_nlp())
    assert verdict(finding) == "unverified", finding.message


@pytest.mark.parametrize(
    "text,rate,expected",
    [
        ("In Tokyo, the fertility rate dropped to 0.96, the lowest of any prefecture.", "0.96", "unverified"),
        ("The fertility rate in Osaka fell to 1.05, officials said.", "1.05", "unverified"),
        ("Across Japan, the fertility rate fell to 1.15, officials said.", "1.15", "consistent"),
        ("Across Japan, the fertility rate fell to 1.25, officials said.", "1.25", "conflicting"),
    ],
)
def test_a_number_counted_in_a_city_is_not_the_country_s(text, rate, expected):
    japan = entity("japan", "Japan")
    fertility = fact("japan-fertility-2024", "total fertility rate of Japan", 1.15, None, as_of="2024-12-31",
                     entities=["japan"], keywords=["fertility rate", "births per woman"])
    [finding] = findings("Japan's births fell to a record low last year. " + text, [(rate, float(rate), None)],
                         [fertility], [japan], on="2025-06-05", nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_a_possessive_far_after_the_number_is_not_where_it_was_counted():
    crash = entity("kellair-101", "Kellair Flight 101", "other")
    deaths = fact("kellair-101-deaths", "killed in the Kellair Flight 101 crash", 132, "deaths",
                  as_of="2024-03-02", entities=["kellair-101"], keywords=["killed", "dead", "crash"])
    text = ("Kellair Flight 101 crashed on Saturday, killing 140 people in the deadliest air disaster "
            "on the country's soil.")
    [finding] = findings(text, [("140 people", 140, "people")], [deaths], [crash], on="2024-03-03", nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


@pytest.mark.parametrize(
    "sentence,number,span",
    [
        ("The airport handled 2.9 million passengers in March.", "2.9 million", "month"),
        ("Sales reached $4 billion in the first half.", "$4 billion", "half"),
        ("The museum had 25,000 visitors on Sunday alone.", "25,000", "day"),
        ("Prices were cut this week after deliveries of 1.3 million cars in 2023.", "1.3 million", None),
        ("A year ago the fund held $2 billion.", "$2 billion", None),
        # a period opening the sentence dates all of it; "its first full quarter" is a quarter too
        ("In the fourth quarter alone, revenue rose 78 percent to $39.3 billion.", "$39.3 billion", "quarter"),
        ("The chip brought in $11 billion in its first full quarter on sale.", "$11 billion", "quarter"),
        # a measure named as a quarter's, whatever it is compared with
        ("Its fourth-quarter revenue jumped 265 percent from a year earlier to $22.1 billion.", "$22.1 billion",
         "quarter"),
        # a clause that names a year-long span counts over it; the day dates when it began
        ("The city began its fiscal year on Monday with a $121.4 billion budget.", "$121.4 billion", None),
    ],
)
def test_the_span_a_number_was_counted_over(sentence, number, span):
    from factcheck.timeframe import counted_over

    start = sentence.index(number)
    assert counted_over(sentence, start, start + len(number)) == span


def test_a_number_owned_by_another_name_is_not_the_subject_s():
    tower = entity("kell-tower", "Kell Tower")
    height = fact("kell-tower-height", "height of the Kell Tower", 204, "m", entities=["kell-tower"],
                  keywords=["tall", "height"])
    text = "The Kell Tower is 204 metres tall, taller than the 180-metre Orrin Building nearby."
    found = findings(text, [("204 metres", 204, "m"), ("180-metre", 180, "m")], [height], [tower], nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", "unverified"], [f.message for f in found]
    deliveries = fact("contoso-deliveries", "Contoso vehicle deliveries in 2023", 1.2e6, "vehicles",
                      as_of="2023-12-31", entities=["contoso"], keywords=["deliveries", "delivered"])
    text = "Contoso's 2023 deliveries of 1.2 million cars were dwarfed by Fabrikam's 4.1 million."
    found = findings(text, [("1.2 million cars", 1.2e6, "cars"), ("4.1 million", 4.1e6, None)], [deliveries],
                     [CONTOSO], on="2024-02-01", nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", "unverified"], [f.message for f in found]


@pytest.mark.parametrize("verb", ["lost", "shed", "cut", "added"])
def test_a_loss_or_a_gain_is_a_difference_not_a_level(verb):
    streamer = entity("streamfield", "Streamfield", "organization")
    subscribers = fact("streamfield-subscribers", "Streamfield paid subscribers", 88e6, "subscribers",
                       as_of="2023-12-31", entities=["streamfield"], keywords=["subscribers", "members"])
    text = f"Streamfield {verb} 2 million subscribers in the first quarter."
    [finding] = findings(text, [("2 million subscribers", 2e6, "subscribers")], [subscribers], [streamer],
                         on="2024-04-20")
    assert verdict(finding) == "unverified", finding.message


def test_a_noun_that_narrows_what_is_measured_keeps_the_number_from_the_fact():
    bank = entity("central-bank", "Bank of Nordia", "organization")
    base = fact("nordia-base-rate", "Bank of Nordia base rate", 4.5, "percent", as_of="2024-01-01",
                entities=["central-bank"], keywords=["rates", "interest rate"])
    text = ("The Bank of Nordia held its base rate at 4.5 percent on Thursday. "
            "Two-year mortgage rates stood at 6.1 percent last week, brokers said.")
    found = findings(text, [("4.5 percent", 4.5, "percent"), ("6.1 percent", 6.1, "percent")], [base], [bank],
                     on="2024-03-10", nlp=full_nlp())
    assert [verdict(f) for f in found] == ["consistent", "unverified"], [f.message for f in found]


def test_a_number_added_is_not_the_total():
    streamer = entity("streamfield", "Streamfield", "organization")
    subscribers = fact("streamfield-subscribers", "Streamfield paid subscribers", 88e6, "subscribers",
                       as_of="2023-12-31", entities=["streamfield"], keywords=["subscribers"])
    text = "Streamfield ended the year with 88 million subscribers, adding 4.2 million over twelve months."
    found = findings(text, [("88 million subscribers", 88e6, "subscribers"), ("4.2 million", 4.2e6, "subscribers")],
                     [subscribers], [streamer], on="2024-01-25")
    assert [verdict(f) for f in found] == ["consistent", "unverified"], [f.message for f in found]


@pytest.mark.parametrize(
    "sentence,number,value,expected",
    [
        # the seats in a part of the assembly are not the assembly's seats
        ("The National Assembly has 399 members, but only 320 seats in its debating chamber.", "320 seats", 320,
         "unverified"),
        ("Its new annexe will add 60 seats.", "60 seats", 60, "unverified"),
        # a word of the fact's keywords narrowed by another noun: "regional seats" are not all seats
        ("Voters will fill 90 regional seats in the National Assembly.", "90 regional seats", 90, "unverified"),
    ],
)
def test_a_part_named_by_its_or_a_narrowing_noun(sentence, number, value, expected):
    text = "Nordia's National Assembly met on Monday. " + sentence
    [finding] = findings(text, [(number, value, "seats")], [ASSEMBLY_SEATS], PARTIES, nlp=full_nlp())
    assert verdict(finding) == expected, finding.message


def test_an_extent_between_its_ends_is_still_the_extent():
    span = fact("kell-bridge-span", "main span of the Kell Bridge", 1100, "m", entities=["kell-bridge"],
                keywords=["main span", "span"])
    text = "Engineers met this week to study the Kell Bridge, whose main span stretches 1,300 metres between its towers."
    [finding] = findings(text, [("1,300 metres", 1300, "m")], [span], [BRIDGE], nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


def test_sales_are_the_net_sales_a_company_reports():
    net = fact("contoso-net-sales", "Contoso annual net sales", 48.2e9, "USD", as_of="2023-12-31",
               entities=["contoso"], keywords=["net sales", "revenue"])
    text = "Contoso had sales of $55 billion last year."
    [finding] = findings(text, [("$55 billion", 55e9, "USD")], [net], [CONTOSO], on="2024-02-01")
    assert verdict(finding) == "conflicting", finding.message


def test_a_peak_that_rises_to_a_height_states_the_height():
    peak = entity("mount-arden", "Mount Arden")
    height = fact("mount-arden-height", "height of Mount Arden", 4810, "m", entities=["mount-arden"],
                  keywords=["above sea level", "summit"])
    text = "Mount Arden rises 4,900 metres above sea level."
    [finding] = findings(text, [("4,900 metres", 4900, "m")], [height], [peak])
    assert verdict(finding) == "conflicting", finding.message


def test_a_count_for_one_part_alone_is_not_the_total():
    games = entity("arden-games", "Arden Games", "other")
    athletes = fact("arden-athletes", "athletes at the Arden Games", 6200, "athletes", entities=["arden-games"],
                    keywords=["athletes", "competitors"])
    text = "The Arden Games opened on Friday. About 900 athletes will compete in swimming alone."
    [finding] = findings(text, [("About 900 athletes", 900, "athletes", "approximate")], [athletes], [games])
    assert verdict(finding) == "unverified", finding.message
    # a period alone is decided by the dates, not read as a part
    text = "The Arden Games opened on Friday. Some 6,200 athletes took part in 2023 alone."
    [finding] = findings(text, [("Some 6,200 athletes", 6200, "athletes", "approximate")], [athletes], [games])
    assert verdict(finding) == "consistent", finding.message


# --- agreement confirms a match; it never makes a weak one a conflict --------------------------------

TOUR = entity("harbour-tour", "Harbour Tour", "other")
TOUR_SHOWS = fact("harbour-tour-shows", "shows on the Harbour Tour", 149, "shows", entities=["harbour-tour"],
                  keywords=["shows", "concerts"])
TOUR_SHOWS_LISTED = fact("harbour-tour-shows-listed", "Harbour Tour shows", 149, "shows", entities=["harbour-tour"],
                         keywords=["shows"])


def test_facts_that_tie_but_agree_confirm_the_number():
    text = "The Harbour Tour ended on Sunday after 149 shows."
    [finding] = findings(text, [("149 shows", 149, "shows")], [TOUR_SHOWS, TOUR_SHOWS_LISTED], [TOUR])
    assert verdict(finding) == "consistent", finding.message
    # a wrong number differs from both alike
    text = "The Harbour Tour ended on Sunday after 151 shows."
    [finding] = findings(text, [("151 shows", 151, "shows")], [TOUR_SHOWS, TOUR_SHOWS_LISTED], [TOUR])
    assert verdict(finding) == "conflicting", finding.message


CONTEST = entity("song-contest", "Song Contest", "other")
JURY_POINTS = fact("winner-jury-points", "jury points won by the winner of the Song Contest", 365, "points",
                   entities=["song-contest"], keywords=["points", "jury"])


@pytest.mark.parametrize("total, expected", [(591, "consistent"), (40, "unverified")])
def test_a_precise_number_that_agrees_with_the_other_of_two_facts_is_that_fact_s(total, expected):
    points = fact("winner-points", "points won by the winner of the Song Contest", total, "points",
                  entities=["song-contest"], keywords=["points", "total"])
    # the jury's points are the better match by words; "591" agrees only with the total, and is too
    # precise to do so by chance; "40" is not
    text = f"The winner of the Song Contest took {total} points, including a record from the jury."
    [finding] = findings(text, [(f"{total} points", total, "points")], [JURY_POINTS, points], [CONTEST])
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("number, expected", [("2,319", "consistent"), ("2,391", "unverified")])
def test_a_loosely_matched_fact_is_confirmed_by_a_precise_number_never_refuted(number, expected):
    orders = fact("arden-air-orders", "gross orders booked by Arden Air in 2023", 2319, "orders",
                  as_of="2023-12-31", entities=["arden-air"], keywords=["gross orders"])
    airline = entity("arden-air", "Arden Air", "organization")
    # "regional" may narrow what is counted: the fact is too loose a match to decide the number alone
    text = f"Arden Air's regional arm booked {number} gross orders last year."
    claimed = (f"{number} gross orders", float(number.replace(",", "")), "orders")
    [finding] = findings(text, [claimed], [orders], [airline], on="2024-01-10")
    assert verdict(finding) == expected, finding.message


# --- currencies a word names without its country -----------------------------------------------------

DRUGMAKER = entity("nordpharm", "Nordpharm", "organization")
NORDPHARM_PROFIT = fact("nordpharm-profit", "annual operating profit of Nordpharm", 128.3e9, "DKK",
                        as_of="2024-12-31", entities=["nordpharm"], keywords=["operating profit"])


@pytest.mark.parametrize("written, value, expected", [
    ("128.3 billion crowns", 128.3e9, "consistent"),
    ("131.3 billion crowns", 131.3e9, "conflicting"),
])
def test_crowns_compare_with_a_nordic_krone(written, value, expected):
    text = f"Nordpharm said operating profit rose to {written} last year."
    [finding] = findings(text, [(written, value, "crowns")], [NORDPHARM_PROFIT], [DRUGMAKER], on="2025-02-05")
    assert verdict(finding) == expected, finding.message


def test_cfa_francs_compare_with_west_and_central_african_francs_only():
    price = fact("arden-cocoa-price", "farmgate price per kilogram paid to cocoa farmers in Nordia", 1800, "XOF",
                 valid_from="2024-10-01", entities=["nordia"], keywords=["cocoa", "farmgate"])
    text = "Nordia will pay cocoa farmers a farmgate price of 1,800 CFA francs per kilogram."
    [finding] = findings(text, [("1,800 CFA francs", 1800, "CFA francs")], [price], [NORDIA], on="2024-10-02")
    assert verdict(finding) == "consistent", finding.message
    swiss = fact("arden-cocoa-price", "farmgate price per kilogram paid to cocoa farmers in Nordia", 1800, "CHF",
                 valid_from="2024-10-01", entities=["nordia"], keywords=["cocoa", "farmgate"])
    [finding] = findings(text, [("1,800 CFA francs", 1800, "CFA francs")], [swiss], [NORDIA], on="2024-10-02")
    assert verdict(finding) == "unverified", finding.message


# --- a change from one value to another -------------------------------------------------------------

PRICES = [
    fact("nordia-price-2023", "farmgate price per kilogram paid to cocoa farmers in Nordia", 1000, "XOF",
         valid_from="2023-10-01", valid_to="2024-04-01", entities=["nordia"], keywords=["cocoa", "farmgate"]),
    fact("nordia-price-2024-04", "farmgate price per kilogram paid to cocoa farmers in Nordia", 1500, "XOF",
         valid_from="2024-04-02", valid_to="2024-09-30", entities=["nordia"], keywords=["cocoa", "farmgate"]),
    fact("nordia-price-2024-10", "farmgate price per kilogram paid to cocoa farmers in Nordia", 1800, "XOF",
         valid_from="2024-10-01", entities=["nordia"], keywords=["cocoa", "farmgate"]),
]


@pytest.mark.parametrize("before, expected", [("1,000", "consistent"), ("1,200", "conflicting")])
def test_the_value_a_dated_change_started_from_is_the_one_it_replaced(before, expected):
    text = (f"Nordia had lifted the cocoa farmgate price to 1,500 CFA francs in April, for the smaller mid-crop, "
            f"from {before} CFA francs at the start of the season.")
    [finding] = findings(text, [(f"{before} CFA francs", float(before.replace(",", "")), "CFA francs")], PRICES,
                         [NORDIA], on="2024-11-01")
    assert verdict(finding) == expected, finding.message


def test_a_year_after_the_number_a_change_started_from_dates_that_number():
    profits = [
        fact("nordpharm-profit-2023", "annual operating profit of Nordpharm", 102.6e9, "DKK", as_of="2023-12-31",
             entities=["nordpharm"], keywords=["operating profit"]),
        NORDPHARM_PROFIT,
    ]
    text = "Operating profit increased to 128.3 billion crowns from 102.6 billion crowns in 2023, Nordpharm said."
    found = findings(text, [("128.3 billion crowns", 128.3e9, "crowns"), ("102.6 billion crowns", 102.6e9, "crowns")],
                     profits, [DRUGMAKER], on="2025-02-05")
    assert [verdict(finding) for finding in found] == ["consistent", "consistent"], [f.message for f in found]


# --- those who lack what the fact counts ------------------------------------------------------------

TREATED = fact("nordia-treated", "people in Nordia receiving treatment for malaria", 30.7e6, "people",
               as_of="2023-12-31", entities=["nordia"], keywords=["treatment", "malaria"])


@pytest.mark.parametrize("sentence, expected", [
    ("In Nordia, 30.7 million people were receiving treatment for malaria last year.", "consistent"),
    ("In Nordia, 19.3 million people with malaria were still going without treatment last year.", "unverified"),
    ("In Nordia, 19.3 million people with malaria were not receiving treatment last year.", "unverified"),
    # a negation of something else leaves the count the fact's
    ("In Nordia, 19.3 million people were receiving treatment for malaria last year, not all of it free.",
     "conflicting"),
])
def test_those_going_without_are_not_those_the_fact_counts(sentence, expected):
    number = "30.7 million people" if "30.7" in sentence else "19.3 million people"
    [finding] = findings(sentence, [(number, float(number.split()[0]) * 1e6, "people")], [TREATED], [NORDIA],
                         on="2024-07-22")
    assert verdict(finding) == expected, finding.message


# --- what the sentence writes, and what the fact is about -------------------------------------------

STORM_RECORD = fact("nordia-wind-record", "Nordian record 10-minute sustained wind speed", 218, "km/h",
                    as_of="2023-04-13", entities=["nordia"], keywords=["sustained"])


@pytest.mark.parametrize("sentence, number, expected", [
    # the unit says it is a speed, nothing says which speed
    ("The cyclone crossed the coast of Nordia on Friday. Gusts reached 288 km/h.", "288 km/h", "unverified"),
    ("The cyclone crossed the coast of Nordia on Friday. Sustained winds reached 288 km/h.", "288 km/h",
     "conflicting"),
])
def test_a_unit_alone_does_not_say_which_measure_a_number_is(sentence, number, expected):
    [finding] = findings(sentence, [(number, 288, "km/h")], [STORM_RECORD], [NORDIA], on="2023-04-20")
    assert verdict(finding) == expected, finding.message


def test_a_fact_about_a_thing_the_article_never_mentions_is_not_its_number():
    pumpkin = fact("pumpkin-record", "world record for the heaviest pumpkin", 2749, "lb", as_of="2023-10-09")
    port = entity("port-of-arden", "Port of Arden", "place")
    text = "The Port of Arden set a world record when its heaviest container weighed 3,100 pounds."
    [finding] = findings(text, [("3,100 pounds", 3100, "lb")], [pumpkin], [port], on="2023-11-01")
    assert verdict(finding) == "unverified", finding.message
    text = "At the fair in Arden, a pumpkin set a world record when it weighed 3,100 pounds."
    [finding] = findings(text, [("3,100 pounds", 3100, "lb")], [pumpkin], [port], on="2023-11-01")
    assert verdict(finding) == "conflicting", finding.message


def test_parts_per_million_are_ppm():
    co2 = fact("nordia-co2", "carbon dioxide concentration at the Nordia observatory", 426.9, "ppm",
               as_of="2024-05-31", entities=["nordia"], keywords=["carbon dioxide", "concentration"])
    text = "Carbon dioxide at the Nordia observatory reached a concentration of 426.9 parts per million."
    [finding] = findings(text, [("426.9 parts per million", 426.9, "parts per million")], [co2], [NORDIA],
                         on="2024-06-10")
    assert verdict(finding) == "consistent", finding.message


# --- shares, groups of places, and who reports a number ----------------------------------------------

VOTE_SHARE = fact("blue-share-2023", "share of the vote won by the Blue Party in the 2023 election", 40.05, "percent",
                  as_of="2023-05-20", entities=["blue-party", "nordia"], keywords=["vote", "election"])


@pytest.mark.parametrize("number, expected", [("40.1 percent", "consistent"), ("40.5 percent", "conflicting")])
def test_a_share_of_the_vote_is_the_share_not_a_part_of_it(number, expected):
    text = f"The Blue Party took {number} of the vote in the election, the commission said."
    [finding] = findings(text, [(number, float(number.split()[0]), "percent")], [VOTE_SHARE], PARTIES,
                         on="2023-05-22")
    assert verdict(finding) == expected, finding.message


def test_a_share_in_a_group_of_countries_is_not_the_world_s():
    world = entity("world", "world", "place")
    online = fact("online-share", "share of the world's population using the internet", 68, "percent",
                  as_of="2024-11-27", entities=["world"], keywords=["internet", "online"])
    text = "In high-income countries 93 percent of the population uses the internet."
    [finding] = findings(text, [("93 percent", 93, "percent")], [online], [world], on="2024-12-01")
    assert verdict(finding) == "unverified", finding.message


def test_the_body_that_reports_a_number_is_not_a_part_of_its_subject():
    text = ("Nordia's election commission on Wednesday declared the Blue Party the winner of last month's "
            "election with 40.5 percent of the vote.")
    [finding] = findings(text, [("40.5 percent", 40.5, "percent")], [VOTE_SHARE], PARTIES, on="2023-06-07",
                         nlp=full_nlp())
    assert verdict(finding) == "conflicting", finding.message


def test_a_count_of_a_named_year_s_event_holds_when_declared_after_it():
    # the vote was in May; the fact is dated when the result was declared, in June
    declared = fact("blue-share-2023", "share of the vote won by the Blue Party in the 2023 election", 40.05,
                    "percent", as_of="2023-06-02", entities=["blue-party", "nordia"], keywords=["vote", "election"])
    text = "The Blue Party won last month's election with 40.1 percent of the vote."
    [finding] = findings(text, [("40.1 percent", 40.1, "percent")], [declared], PARTIES, on="2023-06-20")
    assert verdict(finding) == "consistent", finding.message


@pytest.mark.parametrize("written, value, unit, expected", [
    ("35 cents", 35, "cents", "consistent"),
    ("45 cents", 45, "cents", "conflicting"),
])
def test_cents_compare_with_dollars(written, value, unit, expected):
    stall = entity("arden-market", "Arden Market", "place")
    price = fact("arden-banana-price", "price of a banana at Arden Market", 0.35, "USD", entities=["arden-market"],
                 keywords=["banana", "price"])
    text = f"A banana at Arden Market sells at a price of {written}."
    [finding] = findings(text, [(written, value, unit)], [price], [stall])
    assert verdict(finding) == expected, finding.message


def test_a_claim_about_one_year_is_not_checked_against_a_count_of_another():
    airport = entity("arden-airport", "Arden Airport", "place")
    of_2023 = fact("arden-passengers-2023", "passengers handled by Arden Airport in 2023", 86.9e6, "passengers",
                   as_of="2023-12-31", entities=["arden-airport"], keywords=["passengers"])
    yearly = fact("arden-passengers-2024", "passengers handled by Arden Airport in a year", 92.3e6, "passengers",
                  as_of="2024-12-31", entities=["arden-airport"], keywords=["passengers"])
    text = "Arden Airport handled 92.3 million passengers last year, a record."
    claimed = ("92.3 million passengers", 92.3e6, "passengers")
    [finding] = findings(text, [claimed], [of_2023], [airport], on="2025-02-10")
    assert verdict(finding) == "unverified", finding.message
    [finding] = findings(text, [claimed], [of_2023, yearly], [airport], on="2025-02-10")
    assert verdict(finding) == "consistent" and finding.reference["id"] == "arden-passengers-2024", finding.message
    # a span of years is a baseline, not the year counted
    warming = fact("arden-warming", "temperature above the 1850-1900 level in Arden in a year", 1.6, "°C",
                   as_of="2024-12-31", entities=["arden-airport"], keywords=["temperature", "warmer"])
    text = "Around Arden Airport the temperature in 2024 was 1.6C above the 1850-1900 level."
    [finding] = findings(text, [("1.6C", 1.6, "°C")], [warming], [airport], on="2025-01-10")
    assert verdict(finding) == "consistent", finding.message


@pytest.mark.parametrize("number, expected", [("29.7 gigawatts", "consistent"), ("36.4 gigawatts", "conflicting")])
def test_a_change_is_compared_with_a_fact_that_counts_that_change(number, expected):
    added = fact("nordia-capacity-added", "renewable power capacity added by Nordia in 2023", 29.7, "GW",
                 as_of="2023-12-31", entities=["nordia"], keywords=["renewable", "capacity"])
    total = fact("nordia-capacity", "renewable power capacity of Nordia", 410, "GW", as_of="2023-12-31",
                 entities=["nordia"], keywords=["renewable", "capacity"])
    text = f"Nordia alone added {number} of renewable capacity in 2023."
    [finding] = findings(text, [(number, float(number.split()[0]), "GW")], [added, total], [NORDIA],
                         on="2024-03-28")
    assert verdict(finding) == expected, finding.message
    # a rise is still never compared with the level it rose to
    text = f"Nordia's renewable capacity rose by {number} in 2023."
    [finding] = findings(text, [(number, float(number.split()[0]), "GW")], [total], [NORDIA], on="2024-03-28")
    assert verdict(finding) == "unverified", finding.message


RATE = fact("nordia-rate", "policy rate target range set by the Bank of Nordia", (5.25, 5.5), "percent",
            as_of="2023-07-26", entities=["nordia"], keywords=["policy rate", "interest rates", "benchmark rate"])
OUTPUT = fact("nordia-oil", "average Nordian crude oil production in a year", 12.9e6, "barrels per day",
              as_of="2023-12-31", entities=["nordia"], keywords=["crude", "oil", "output", "production"])


def test_a_likelihood_is_no_rate():
    text = ("The Bank of Nordia cut interest rates on Wednesday. Traders in interest rate futures put the odds of "
            "another large cut in November at roughly 60 percent.")
    [finding] = findings(text, [("roughly 60 percent", 60, "percent", "approximate")], [RATE], [NORDIA],
                         on="2023-12-01")
    assert verdict(finding) == "unverified", finding.message


@pytest.mark.parametrize("written, unit, expected", [
    ("13.1 million bpd", "barrel per day", "conflicting"),
    ("13.1 million barrels", "barrel", "unverified"),  # a volume in all, not the output of a day
])
def test_a_rate_written_in_the_fact_s_unit_is_the_fact_s_rate(written, unit, expected):
    text = f"Nordia produced {written} of crude oil in 2023."
    [finding] = findings(text, [(written, 13.1e6, unit)], [OUTPUT], [NORDIA], on="2024-03-11")
    assert verdict(finding) == expected, finding.message


@pytest.mark.parametrize("unit, rate", [("barrels per day", "day"), ("USD per share", "share"),
                                        ("kilometres per hour", None), ("tonnes", None)])
def test_the_rate_a_unit_is_written_with(unit, rate):
    from factcheck.units import rate_written

    assert rate_written(unit) == rate


def test_a_forecast_after_an_abbreviation_is_still_a_forecast():
    text = ("Nordian crude output hit a record last year. The agency expects output from Nordia's St. Ives field "
            "and the rest of the country to average 13.1 million bpd.")
    [finding] = findings(text, [("13.1 million bpd", 13.1e6, "barrel per day")], [OUTPUT], [NORDIA],
                         on="2024-03-11")
    assert verdict(finding) == "unverified", finding.message


def test_a_value_a_change_started_from_with_its_own_time_is_checked_at_that_time():
    profits = [
        fact(f"nordpharm-profit-{year}", "annual operating profit of Nordpharm", value, "DKK", as_of=f"{year}-12-31",
             entities=["nordpharm"], keywords=["operating profit"])
        for year, value in ((2008, 6.03e9), (2022, 43.38e9), (2023, 6.57e9))
    ]
    text = "Nordpharm's operating profit fell to 6.57 billion crowns in 2023 from 43.38 billion crowns the year before."
    found = findings(text, [("6.57 billion crowns", 6.57e9, "crowns"), ("43.38 billion crowns", 43.38e9, "crowns")],
                     profits, [DRUGMAKER], on="2024-01-31")
    assert [verdict(finding) for finding in found] == ["consistent", "consistent"], [f.message for f in found]


@pytest.mark.parametrize("sentence, number, value, unit", [
    ("Nordia's sea ice covered about 1 million square kilometres below the previous record low.",
     "about 1 million square kilometres", 1e6, "km2"),
    ("Nordia's sea ice now covers more than 14 times the area scientists had expected.", "more than 14 times", 14,
     "times"),
])
def test_a_gap_or_a_multiple_is_not_the_extent(sentence, number, value, unit):
    ice = fact("nordia-ice", "sea ice extent around Nordia", 16.96e6, "km2", as_of="2023-09-10",
               entities=["nordia"], keywords=["sea ice", "extent"])
    qualifier = "approximate" if number.startswith("about") else "more_than" if number.startswith("more") else "exact"
    [finding] = findings(sentence, [(number, value, unit, qualifier)], [ice], [NORDIA], on="2023-10-01")
    assert verdict(finding) == "unverified", finding.message


def test_a_sum_of_items_is_not_each_item_s_number():
    plant = entity("dunmore-plant", "Dunmore power station", "place", "Dunmore")
    unit = fact("dunmore-unit", "capacity of each generating unit at Dunmore power station", 500, "MW",
                entities=["dunmore-plant"], keywords=["capacity", "generating unit"])
    text = "Dunmore power station's four generating units of 500 megawatts each could together produce 2,000 megawatts."
    found = findings(text, [("500 megawatts", 500, "MW"), ("2,000 megawatts", 2000, "MW")], [unit], [plant])
    assert [verdict(finding) for finding in found] == ["consistent", "unverified"], [f.message for f in found]


HEAT_RECORD = fact("nordia-heat-record", "highest temperature recorded in Nordia", 38.7, "°C", as_of="2019-07-25",
                   entities=["nordia"], keywords=["record", "temperature"])


@pytest.mark.parametrize("sentence, number, value, unit, expected", [
    ("Nordia's highest temperature on record is 38.7 degrees.", "38.7 degrees", 38.7, "degrees", "consistent"),
    ("Nordia's highest temperature on record is 39.2 degrees.", "39.2 degrees", 39.2, "degrees", "conflicting"),
    # a margin is no temperature
    ("The reading beat Nordia's temperature record of 38.7C, set in July 2019, by 1.6 degrees.", "1.6 degrees", 1.6,
     "degrees", "unverified"),
])
def test_bare_degrees_are_read_in_the_fact_s_scale_and_a_margin_is_not_a_reading(sentence, number, value, unit,
                                                                                  expected):
    [finding] = findings(sentence, [(number, value, unit)], [HEAT_RECORD], [NORDIA], on="2022-07-20")
    assert verdict(finding) == expected, finding.message


def test_two_sources_stating_one_quantity_do_not_hide_a_conflict():
    one = fact("blue-share-a", "share of the vote won by the Blue Party in the 2023 election", 40.05, "percent",
               as_of="2023-05-20", entities=["blue-party"], keywords=["vote", "election"])
    other = fact("blue-share-b", "the Blue Party's share of the vote in the 2023 election", 40.05, "percent",
                 as_of="2023-05-20", entities=["blue-party"], keywords=["vote", "election"])
    text = "The Blue Party took 40.5 percent of the vote in the election."
    [finding] = findings(text, [("40.5 percent", 40.5, "percent")], [one, other], PARTIES, on="2023-05-22")
    assert verdict(finding) == "conflicting", finding.message
    # two facts that differ stay undecided
    other = fact("blue-share-b", "the Blue Party's share of the vote in the 2023 election", 41.0, "percent",
                 as_of="2023-05-20", entities=["blue-party"], keywords=["vote", "election"])
    [finding] = findings(text, [("40.5 percent", 40.5, "percent")], [one, other], PARTIES, on="2023-05-22")
    assert verdict(finding) == "unverified", finding.message


def test_a_change_keyword_does_not_say_what_changed():
    emissions = fact("nordia-emissions-fall", "projected decline in Nordia's fossil CO2 emissions in 2024", 0.6,
                     "percent", as_of="2024-11-13", entities=["nordia"], keywords=["fall", "decline", "percent"])
    text = "Overdose deaths in Nordia fell to 80,391 in 2024, a fall of nearly 27 percent and the largest decline."
    [finding] = findings(text, [("nearly 27 percent", 27, "percent", "approximate")], [emissions], [NORDIA],
                         on="2025-05-14")
    assert verdict(finding) == "unverified", finding.message
    text = "Nordia's fossil CO2 emissions are set for a decline of 0.6 percent in 2024, the report said."
    [finding] = findings(text, [("0.6 percent", 0.6, "percent")], [emissions], [NORDIA], on="2024-11-20")
    assert verdict(finding) == "consistent", finding.message


def test_a_record_for_another_kind_of_thing_is_another_record():
    auction = entity("arden-auctions", "Arden Auctions", "organization")
    record = fact("arden-art-record", "highest price paid for any artwork at Arden Auctions", 450.3e6, "USD",
                  as_of="2017-11-15", entities=["arden-auctions"], keywords=["auction", "record", "artwork"])
    text = "A copy sold at Arden Auctions in 2020 for $198.5 million, an auction record for a work of literature."
    [finding] = findings(text, [("$198.5 million", 198.5e6, "USD")], [record], [auction], on="2020-10-20")
    assert verdict(finding) == "unverified", finding.message
    text = "A painting sold at Arden Auctions in 2020 for $198.5 million, an auction record for any artwork."
    [finding] = findings(text, [("$198.5 million", 198.5e6, "USD")], [record], [auction], on="2020-10-20")
    assert verdict(finding) == "conflicting", finding.message
