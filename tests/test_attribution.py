"""Attributions: the titles given to named people, read from articles and checked against dated roles."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck import check_text
from factcheck.reference.model import Entity, PartialDate, Reference, Role
from factcheck.titles import same_kind, same_title, title_agrees


def role(title: str, of: str | None, start: str | None, end: str | None = None) -> Role:
    def date(text):
        return PartialDate(*map(int, text.split("-"))) if text else None

    return Role(title, of, date(start), date(end))


REFERENCE = Reference(
    path="<test>",
    entities=(
        Entity("qureshi", "Shah Mehmood Qureshi", "person",
               roles=(role("Foreign Minister", "pakistan", "2018-08-20", "2022-04-10"),)),
        Entity("imran-khan", "Imran Khan", "person",
               roles=(role("Prime Minister", "pakistan", "2018-08-18", "2022-04-10"),)),
        Entity("khalilzad", "Zalmay Khalilzad", "person",
               roles=(role("Special Representative for Afghanistan Reconciliation", "United States",
                           "2018-09-05", "2021-10-18"),)),
        Entity("trump", "Donald Trump", "person",
               roles=(role("President", "united-states", "2017-01-20", "2021-01-20"),)),
        Entity("obama", "Barack Obama", "person",
               roles=(role("President", "united-states", "2009-01-20", "2017-01-20"),)),
        Entity("scholz", "Olaf Scholz", "person",
               roles=(role("Finance Minister", "Germany", "2018-03-14", "2021-12-08"),
                      role("Chancellor", "Germany", "2021-12-08", "2025-05-06"))),
        Entity("calhoun", "David Calhoun", "person",
               roles=(role("Chairman", "boeing", "2019-10-11", "2020-01-13"),
                      role("Chief Executive Officer", "boeing", "2020-01-13", "2024-08-08"))),
        Entity("nelson", "Bill Nelson", "person",
               roles=(role("Senator", "Florida", "2001-01-03", "2019-01-03"),
                      role("Administrator", "nasa", "2021-05-03", "2025-01-20"))),
        Entity("lagarde", "Christine Lagarde", "person",
               roles=(role("Managing Director", "imf", "2011-07-05", "2019-09-12"),
                      role("President", "ecb", "2019-11-01", None))),
        Entity("ban", "Ban Ki-moon", "person",
               roles=(role("Secretary-General", "united-nations", "2007-01-01", "2016-12-31"),)),
        Entity("guterres", "António Guterres", "person",
               roles=(role("Prime Minister", "portugal", "1995-10-28", "2002-04-06"),
                      role("Secretary-General", "united-nations", "2017-01-01", None))),
        Entity("gates", "Bill Gates", "person",
               roles=(role("Chief Executive Officer", "microsoft", "1975-04-04", "2000-01-13"),
                      role("Technology Adviser", "microsoft", "2014-02-04", "2020-03-13"))),
        Entity("musk", "Elon Musk", "person",
               roles=(role("Founder", "spacex", "2002-03-14", None),
                      role("Chief Executive Officer", "tesla", "2008-10-01", None))),
        Entity("sunak", "Rishi Sunak", "person",
               roles=(role("Chancellor of the Exchequer", "united-kingdom", "2020-02-13", "2022-07-05"),)),
        Entity("imf", "International Monetary Fund", "organization", aliases=("IMF",)),
        Entity("united-nations", "United Nations", "organization", aliases=("U.N.", "UN")),
        Entity("microsoft", "Microsoft", "organization"),
        Entity("spacex", "SpaceX", "organization"),
        Entity("tesla", "Tesla", "organization"),
        Entity("portugal", "Portugal", "place"),
        Entity("ecb", "European Central Bank", "organization", aliases=("ECB",)),
        Entity("shaheen", "Suhail Shaheen", "person", roles=(role("Spokesperson", "taliban", None),)),
        Entity("mbappe", "Kylian Mbappé", "person"),
        Entity("pakistan", "Pakistan", "place"),
        Entity("united-states", "United States", "place", aliases=("U.S.",)),
        Entity("boeing", "Boeing", "organization"),
        Entity("nasa", "NASA", "organization"),
        Entity("taliban", "Taliban", "group"),
    ),
)
DATE = dt.date(2019, 10, 4)


def attributions(text: str, date: dt.date = DATE) -> list:
    result = check_text(text, REFERENCE, date=date)
    return [finding for finding in result.findings if finding.claim.kind == "attribution"]


def only(text: str, date: dt.date = DATE):
    found = attributions(text, date)
    assert len(found) == 1, [finding.claim.text for finding in found]
    return found[0]


# -- reading titles ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, span, title, owner",
    [
        ("Pakistani Foreign Minister Shah Mehmood Qureshi met them.",
         "Pakistani Foreign Minister Shah Mehmood Qureshi", "Foreign Minister", "Pakistani"),
        ("Talks were led by U.S. special envoy Zalmay Khalilzad.",
         "U.S. special envoy Zalmay Khalilzad", "special envoy", "U.S."),
        ("NASA Administrator Bill Nelson watched the launch.", "NASA Administrator Bill Nelson", "Administrator", "NASA"),
        ("The Taliban’s spokesperson Suhail Shaheen confirmed it.",
         "Taliban’s spokesperson Suhail Shaheen", "spokesperson", "Taliban"),
        ("David Calhoun, Boeing's chairman, said so.", "David Calhoun, Boeing's chairman", "chairman", "Boeing"),
        ("Qureshi, the foreign minister of Pakistan, said so.",
         "Qureshi, the foreign minister of Pakistan", "foreign minister", "Pakistan"),
        ("Pakistan’s foreign minister, Shah Mehmood Qureshi, said so.",
         "Pakistan’s foreign minister, Shah Mehmood Qureshi", "foreign minister", "Pakistan"),
    ],
)
def test_titles_before_and_after_the_name_are_read(text, span, title, owner):
    finding = only(text)
    assert finding.claim.text == span
    assert text[finding.claim.start:finding.claim.end] == span
    assert finding.claim.title == title
    assert finding.claim.details["of"] == owner


def test_a_title_without_a_name_after_it_is_no_attribution():
    assert attributions("The delegation met Pakistan’s Foreign Minister and senior officials in Islamabad.") == []


def test_former_is_read_as_a_qualifier_not_part_of_the_title():
    finding = only("Former President Barack Obama spoke.")
    assert (finding.claim.title, finding.claim.details["qualifier"]) == ("President", "former")


@pytest.mark.parametrize(
    "text, span, title, qualifier",
    [
        ("Former Secretary-General Ban Ki-moon visited Seoul.",
         "Former Secretary-General Ban Ki-moon", "Secretary-General", "former"),
        ("U.N. Secretary-General António Guterres flew to Geneva.",
         "U.N. Secretary-General António Guterres", "Secretary-General", None),
        ("Ban Ki-moon, the former secretary-general of the United Nations, said so.",
         "Ban Ki-moon, the former secretary-general of the United Nations", "secretary-general", "former"),
        ("Ex-President Barack Obama spoke.", "Ex-President Barack Obama", "President", "former"),
        ("Microsoft co-founder Bill Gates spoke.", "Microsoft co-founder Bill Gates", "co-founder", None),
    ],
)
def test_a_hyphenated_title_is_read_whole(text, span, title, qualifier):
    finding = only(text)
    assert finding.claim.text == span
    assert (finding.claim.title, finding.claim.details["qualifier"]) == (title, qualifier)


def test_the_words_of_a_reference_role_title_do_not_make_the_or_and_a_title():
    finding = only("The late President Barack Obama spoke.")
    assert finding.claim.text == "late President Barack Obama"
    assert (finding.claim.title, finding.claim.details["qualifier"]) == ("President", "former")
    finding = only("Chancellor of the Exchequer Rishi Sunak spoke.", dt.date(2021, 3, 3))
    assert (finding.claim.title, finding.verdict.value) == ("Chancellor of the Exchequer", "consistent")


def test_a_hyphenated_title_is_checked_whole():
    assert only("Former Secretary-General Ban Ki-moon visited Seoul.").verdict.value == "consistent"
    assert only("Ex-President Barack Obama spoke.").verdict.value == "consistent"
    finding = only("Secretary-General Ban Ki-moon visited Seoul.")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "former Secretary-General")


# -- checking them ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Foreign Minister Shah Mehmood Qureshi met them.",
        "Pakistani Prime Minister Imran Khan met them.",
        "U.S. special envoy Zalmay Khalilzad met them.",  # news wording of the official title
        "U.S. Special Envoy Zalmay Khalilzad met them.",
        "President Trump met them.",
        "The Taliban’s spokesperson Suhail Shaheen confirmed it.",  # owner given as an entity id
        "Former President Barack Obama spoke.",
    ],
)
def test_right_titles_are_consistent(text):
    finding = only(text)
    assert finding.verdict.value == "consistent", finding.message


def test_consistent_message_names_the_role_and_its_dates():
    finding = only("Pakistani Foreign Minister Shah Mehmood Qureshi met them.")
    assert finding.message == (
        "the reference has Shah Mehmood Qureshi as Foreign Minister of Pakistan from 2018-08-20 to 2022-04-10"
    )
    assert finding.reference["id"] == "qureshi"


def test_a_wrong_title_of_the_same_kind_is_conflicting_with_the_right_one():
    finding = only("Defense Minister Shah Mehmood Qureshi met them.")
    assert finding.verdict.value == "conflicting"
    assert finding.suggestion == "Foreign Minister"
    assert "Foreign Minister of Pakistan" in finding.message


def test_a_wrong_country_is_conflicting():
    finding = only("Indian Prime Minister Imran Khan met them.")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "Pakistani Prime Minister")


def test_an_out_of_date_title_is_conflicting():
    finding = only("President Barack Obama spoke on Tuesday.")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "former President")
    assert "until 2017-01-20" in finding.message


def test_an_out_of_date_title_suggests_the_post_held_then_when_it_is_of_that_kind():
    assert only("Senator Bill Nelson watched the launch.", dt.date(2022, 11, 16)).suggestion == "Administrator"
    assert only("Boeing chairman David Calhoun spoke.", dt.date(2021, 3, 1)).suggestion == "Chief Executive Officer"


def test_an_out_of_date_title_suggests_the_post_held_on_the_date_even_of_another_owner():
    finding = only("IMF Managing Director Christine Lagarde said on Thursday that rates would stay low.",
                   dt.date(2020, 6, 4))
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "President")
    assert "is President of the European Central Bank on 2020-06-04" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "IMF Managing Director Christine Lagarde had warned of a slowdown.",  # the past perfect
        "IMF Managing Director Christine Lagarde, now the head of the ECB, warned of a slowdown.",
        "IMF Managing Director Christine Lagarde, who is now at the ECB, warned of a slowdown.",
    ],
)
def test_a_sentence_about_earlier_times_suggests_former(text):
    finding = only(text, dt.date(2020, 6, 4))
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "former Managing Director")


def test_an_out_of_date_title_without_a_post_of_its_kind_now_suggests_former():
    finding = only("Microsoft chief executive Bill Gates met investors.", dt.date(2019, 10, 4))
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "former chief executive")


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft co-founder Bill Gates met investors.",
        "Microsoft founder Bill Gates met investors.",
        "Bill Gates, the inventor of the operating system, met investors.",
    ],
)
def test_a_lasting_description_is_no_office_and_never_wrong_by_date(text):
    finding = only(text, dt.date(2019, 10, 4))
    assert finding.verdict.value == "unverified", finding.message
    assert "not an office" in finding.message


def test_a_lasting_description_the_reference_lists_is_consistent():
    assert only("SpaceX founder Elon Musk spoke.", dt.date(2020, 5, 30)).verdict.value == "consistent"
    assert only("SpaceX co-founder Elon Musk spoke.", dt.date(2020, 5, 30)).verdict.value == "consistent"


def test_former_for_someone_still_in_office_is_conflicting():
    finding = only("Former President Donald Trump spoke.")
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "President")


def test_a_title_held_only_later_is_conflicting_with_the_one_held_then():
    finding = only("Chancellor Olaf Scholz spoke in Berlin.", dt.date(2020, 6, 1))
    assert (finding.verdict.value, finding.suggestion) == ("conflicting", "Finance Minister")
    assert "only on 2021-12-08" in finding.message


def test_the_role_on_the_articles_date_decides():
    assert only("Boeing CEO David Calhoun spoke.", dt.date(2019, 11, 1)).verdict.value == "conflicting"
    assert only("Boeing CEO David Calhoun spoke.", dt.date(2020, 3, 1)).verdict.value == "consistent"


def test_a_misspelt_name_still_has_its_title_checked():
    assert only("Pakistani Foreign Minister Shah Mehmood Quershi met them.").verdict.value == "consistent"


def test_a_person_without_roles_is_unverified():
    finding = only("France captain Kylian Mbappé scored twice.")
    assert finding.verdict.value == "unverified"


def test_a_title_of_another_kind_may_be_an_unlisted_post():
    finding = only("Cricket legend and party chairman Imran Khan spoke.")
    assert finding.verdict.value == "unverified"


def test_an_unknown_person_is_unverified():
    assert only("Councillor Margaret Thornbury said the library would reopen.").verdict.value == "unverified"


@pytest.mark.parametrize(
    "said, role_title, agrees",
    [
        ("special envoy", "Special Representative for Afghanistan Reconciliation", True),
        ("Special Envoy", "special envoy", True),
        ("defence minister", "Defense Minister", True),
        ("foreign minister", "Minister of Foreign Affairs", True),
        ("Minister", "Foreign Minister", True),  # less specific, still true
        ("chief executive", "Chief Executive Officer", True),
        ("spokesman", "Spokesperson", True),
        ("Premier", "Prime Minister", True),
        ("Defense Minister", "Foreign Minister", False),
        ("Prime Minister", "Foreign Minister", False),
        ("Minister", "Prime Minister", False),
        ("President", "Vice President", False),  # rank words must agree
        ("Vice President", "President", False),
        ("chairman", "Chief Executive Officer", False),
        ("ambassador to Iraq", "Ambassador to Afghanistan", False),
        ("Secretary General", "Secretary-General", True),
        ("Director-General", "Director-General", True),
        ("Secretary", "Secretary-General", False),  # "general" after a head word changes the post
        ("Director", "Director-General", False),
        ("Attorney General", "Attorney General", True),
        ("General", "Major General", True),  # but a general is a general
        ("co-founder", "Founder", True),
    ],
)
def test_title_agreement(said, role_title, agrees):
    assert title_agrees(said, role_title) is agrees


@pytest.mark.parametrize(
    "first, second, same",
    [
        ("former CEO", "former Chief Executive Officer", True),
        ("Prime Minister", "Premier", True),
        ("ex-President", "former President", True),
        ("CEO", "former CEO", False),
        ("former CFO", "former CEO", False),
        ("Minister", "Foreign Minister", False),  # agreeing one way is not enough
    ],
)
def test_same_title(first, second, same):
    assert same_title(first, second) is same


def test_same_kind_of_post():
    assert same_kind("Secretary-General", "Prime Minister")
    assert same_kind("Major General", "Admiral")
    assert not same_kind("founder", "Chief Executive Officer")


def test_lower_case_under_before_a_title_is_a_preposition():
    reference = Reference(path="<test>", entities=(
        Entity("ana-ruiz", "Ana Ruiz", "person",
               roles=(Role("Governor", "Central Bank of Freedonia", PartialDate(2023, 9, 18)),)),
    ))
    text = "It was the first rate rise under Governor Ana Ruiz, who took over in September.\n"
    result = check_text(text, reference, date=dt.date(2023, 11, 7))
    [attribution] = [f for f in result.findings if f.claim.kind == "attribution"]
    assert attribution.claim.title == "Governor"
    assert attribution.verdict.value == "consistent", attribution.message
