"""The seed article, checked against the shipped dataset as of 2019-10-04."""
from __future__ import annotations

import pytest

from conftest import SEED


@pytest.fixture(scope="module")
def seed_report():
    import datetime as dt

    from factcheck import check_text, default_reference_path, load_reference

    text = SEED.read_text(encoding="utf-8")
    return check_text(text, load_reference(default_reference_path()), date=dt.date(2019, 10, 4), path=str(SEED))


def findings(result, kind, text=None):
    return [f for f in result.findings if f.claim.kind == kind and (text is None or f.claim.text == text)]


def test_quershi_is_flagged_twice_with_the_reference_spelling(seed_report):
    conflicting_names = [f for f in findings(seed_report, "name") if f.verdict.value == "conflicting"]
    assert [f.claim.text for f in conflicting_names] == ["Quershi", "Quershi"]
    for finding in conflicting_names:
        assert finding.suggestion == "Qureshi"
        assert "Qureshi" in finding.message and "line 2" in finding.message


def test_full_name_is_consistent(seed_report):
    [full] = findings(seed_report, "name", "Shah Mehmood Qureshi")
    assert full.verdict.value == "consistent"


@pytest.mark.parametrize("text,value,unit", [("14,000 U.S. troops", 14000, "troops"), (None, 12, "members")])
def test_numeric_claims_are_consistent(seed_report, text, value, unit):
    matches = [f for f in findings(seed_report, "numeric") if f.claim.value == value and f.claim.unit == unit]
    assert len(matches) == 1
    [finding] = matches
    if text:
        assert finding.claim.text == text
    assert finding.verdict.value == "consistent", finding.message
    assert finding.reference and finding.reference["source"]


@pytest.mark.parametrize("name", ["Shah Mehmood Qureshi", "Imran Khan", "Zalmay Khalilzad"])
def test_attributions_are_consistent(seed_report, name):
    attributions = [f for f in findings(seed_report, "attribution") if name in f.claim.text]
    assert attributions, f"no attribution found for {name}"
    assert all(f.verdict.value == "consistent" for f in attributions), [f.message for f in attributions]


def test_nothing_else_conflicts(seed_report):
    conflicting = [f.claim.text for f in seed_report.findings if f.verdict.value == "conflicting"]
    assert conflicting == ["Quershi", "Quershi"]


def test_cli_exit_status_and_text_report(cli):
    run = cli("check", SEED, "--date", "2019-10-04", "--color", "never")
    assert run.code == 1
    lines = run.stdout.splitlines()
    assert lines[0].startswith("Conflicting (2)")
    assert lines[1].startswith(f"{SEED}:6:5  conflicting")
    assert '"Quershi"' in lines[1]
    assert "consistent claims (use --verbose to list them)" in run.stdout
    assert lines[-1].startswith("1 file checked,") and "2 conflicting" in lines[-1]


def test_verbose_lists_consistent_claims(cli):
    run = cli("check", SEED, "--date", "2019-10-04", "--color", "never", "--verbose")
    assert "Consistent (" in run.stdout
    assert '"Shah Mehmood Qureshi"' in run.stdout
