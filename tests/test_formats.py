"""The report formats: what each promises, on findings built by hand and on real runs."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.documents import document_from_text
from factcheck.models import Claim, FileError, FileResult, Finding, Report, Verdict
from factcheck.report import Outcome, concise, github, sarif
from factcheck.report import json as json_report
from factcheck.report import text as text_report

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
ARTICLE = "Mayor Ada Lovelace opened the bridge.\nLovelase said 60,000 people, 100% of them, live in\nHarbourton.\n"
FORMATS = ("text", "concise", "json", "sarif", "github")


def claim(kind: str, text: str, occurrence: int = 0, **values) -> Claim:
    start = -1
    for _ in range(occurrence + 1):
        start = ARTICLE.index(text, start + 1)
    return Claim(kind, f"{kind}.test", text, start, start + len(text), "", **values)


def outcome(path: str = "news/harbour.md", min_level: str = "info", errors=()) -> Outcome:
    document = document_from_text(ARTICLE, path)
    findings = (
        Finding(claim("attribution", "Mayor Ada Lovelace", title="Mayor", name="Ada Lovelace"), Verdict.CONSISTENT,
                "'Mayor' agrees with the reference", reference={"id": "ada-lovelace"}, score=0.9),
        Finding(claim("name", "Lovelase"), Verdict.CONFLICTING, "'Lovelase' is spelled 'Lovelace' in the reference",
                suggestion="Lovelace", reference={"id": "ada-lovelace", "name": "Ada Lovelace"}, score=0.93),
        Finding(claim("numeric", "60,000 people", value=60000.0, unit="people", qualifier="exact"), Verdict.CONFLICTING,
                "disagrees with 'residents of Harbourton' = 52,000, 100% sure: see\nhttps://example.org/census",
                reference={"id": "harbourton-population", "value": 52000}, score=0.8),
        Finding(claim("numeric", "100%", value=100.0, unit="percent", qualifier="exact"), Verdict.UNVERIFIED,
                "no reference record applies"),
        Finding(claim("name", "live in\nHarbourton"), Verdict.UNVERIFIED, "a claim over two lines"),
    )
    report = Report(files=[FileResult(document, dt.date(2021, 6, 1), findings)],
                    errors=list(errors), warnings=[])
    return Outcome(report, {"path": "reference", "entities": 2, "facts": 2}, min_level=min_level)


# concise


def test_concise_is_one_line_per_finding():
    lines = concise.render(outcome(min_level="warning")).splitlines()
    assert lines == [
        "news/harbour.md:2:1: conflicting: 'Lovelase' is spelled 'Lovelace' in the reference",
        "news/harbour.md:2:15: conflicting: disagrees with 'residents of Harbourton' = 52,000, 100% sure: see "
        "https://example.org/census",
        "news/harbour.md:2:30: unverified: no reference record applies",
        "news/harbour.md:2:44: unverified: a claim over two lines",
    ]


# GitHub


def test_github_escaping():
    assert github.escape_data("100% sure\r\nnext") == "100%25 sure%0D%0Anext"
    assert github.escape_property("a: b, c%") == "a%3A b%2C c%25"


def test_github_annotations():
    lines = github.render(outcome(min_level="info")).splitlines()
    assert lines[0] == ('::notice file=news/harbour.md,line=1,col=1,endLine=1,endColumn=18,'
                        'title=factcheck%3A consistent attribution::"Mayor Ada Lovelace": \'Mayor\' agrees with the reference')
    assert lines[1].startswith("::error file=news/harbour.md,line=2,col=1,endLine=2,endColumn=8,"
                               "title=factcheck%3A conflicting name::")
    assert "::" not in lines[2].split("::", 2)[2] and "100%25 sure%3A" not in lines[2]
    assert lines[2].endswith("52,000, 100%25 sure: see https://example.org/census")
    # a claim over two lines: GitHub takes columns only within one line
    assert lines[4].startswith("::warning file=news/harbour.md,line=2,endLine=3,title=")
    assert lines[-1].startswith("factcheck: 1 file checked, 5 claims: 2 conflicting, 2 unverified, 1 consistent")


def test_github_message_with_line_breaks_stays_one_command():
    data = outcome()
    result = data.report.files[0]
    odd = Finding(result.findings[1].claim, Verdict.CONFLICTING, "first\nsecond 50%")
    data.report.files[0] = FileResult(result.document, result.date, (odd,))
    [command, _total] = github.render(data).splitlines()
    assert command.endswith("::\"Lovelase\": first second 50%25")


def test_github_notice_when_more_annotations_than_github_shows():
    data = outcome(min_level="warning")
    result = data.report.files[0]
    many = tuple(Finding(result.findings[1].claim, Verdict.CONFLICTING, f"finding {index}") for index in range(12))
    data.report.files[0] = FileResult(result.document, result.date, many)
    lines = github.render(data).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 12
    notice = lines[-2]
    assert notice.startswith("::notice title=factcheck%3A more findings than annotations::")
    assert "12 conflicting" in notice and "12 errors" in notice


def test_github_few_findings_no_notice():
    assert "::notice title=factcheck%3A more" not in github.render(outcome(min_level="warning"))


def test_github_unreadable_file_is_annotated():
    data = outcome(errors=[FileError("news/bad.md", "is not valid UTF-8 (byte 3, line 1); save it as UTF-8")])
    line = [line for line in github.render(data).splitlines() if "bad.md" in line][0]
    assert line.startswith("::error file=news/bad.md,title=factcheck%3A input error::could not be checked: is not valid")


# SARIF


def test_sarif_is_valid_with_errors_fixes_and_multiline_regions():
    data = outcome(path="news/Zürich budget.md",
                   errors=[FileError("news/missing.md", "no such file; check the path")])
    data.report.warnings.append("news/empty.md: file is empty; nothing to check")
    document = sarif.report_sarif(data, root=".")
    jsonschema.validate(document, SCHEMA)
    [run] = document["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is False
    results = run["results"]
    assert [result["level"] for result in results] == ["note", "error", "error", "warning", "warning"]
    location = results[1]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "news/Z%C3%BCrich%20budget.md", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 9,
                                  "snippet": {"text": "Lovelase"}}
    assert results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": "Lovelace"}
    region = results[4]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (2, 3, 11)


def test_sarif_rule_ids_are_stable_and_match_levels():
    rules = sarif.report_sarif(outcome(), root=".")["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [
        "numeric/conflicting", "numeric/unverified", "numeric/consistent",
        "name/conflicting", "name/unverified", "name/consistent",
        "attribution/conflicting", "attribution/unverified", "attribution/consistent",
    ]
    assert {rule["id"]: rule["defaultConfiguration"]["level"] for rule in rules}["name/conflicting"] == "error"
    results = sarif.report_sarif(outcome(), root=".")["runs"][0]["results"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_fingerprints_survive_edits_elsewhere():
    before = sarif.report_sarif(outcome(), root=".")["runs"][0]["results"]
    global ARTICLE
    saved = ARTICLE
    try:
        ARTICLE = "A new first line.\n" + saved
        after = sarif.report_sarif(outcome(), root=".")["runs"][0]["results"]
    finally:
        ARTICLE = saved
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    assert before[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert after[1]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3


def test_sarif_path_outside_the_working_directory_is_an_absolute_uri(tmp_path):
    data = outcome(path=str(tmp_path / "a.md"))
    [result, *_] = sarif.report_sarif(data, root=str(tmp_path / "elsewhere"))["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")


# levels: what is shown, never what is counted


def test_min_level_decides_what_is_listed_not_what_is_counted():
    data = outcome(min_level="error")
    document = json.loads(json_report.render(data))
    assert [claim["verdict"] for claim in document["files"][0]["claims"]] == ["conflicting", "conflicting"]
    assert document["summary"] == {"files": 1, "claims": 5, "consistent": 1, "conflicting": 2, "unverified": 2,
                                   "suppressed": 0}
    text = text_report.render(data)
    assert "Conflicting (2)" in text and "Unverified (" not in text
    assert "2 unverified claims (use --min-level warning to list them)" in text
    assert "1 consistent claim (use --verbose to list them)" in text


def test_json_claim_text_is_the_file_text_even_across_markup():
    document = document_from_text("Mayor *Ada* Lovelace spoke.\n", "a.md")
    start, end = 6, 20
    finding = Finding(Claim("name", "name.test", "Ada Lovelace", start, end, ""), Verdict.CONSISTENT, "ok")
    data = Outcome(Report(files=[FileResult(document, dt.date(2021, 1, 1), (finding,))]),
                   min_level="info")
    [entry] = json.loads(json_report.render(data))["files"][0]["claims"]
    assert entry["text"] == "*Ada* Lovelace"


# the command line


@pytest.fixture
def dataset(tmp_path):
    directory = tmp_path / "reference"
    directory.mkdir()
    (directory / "data.yaml").write_text(
        "entities:\n  - id: ada-lovelace\n    name: Ada Lovelace\n    type: person\n", encoding="utf-8")
    return directory


@pytest.fixture
def typo(tmp_path):
    path = tmp_path / "typo.md"
    path.write_text("Ada Lovelace wrote notes.\n\nLater, Lovelase published them.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fail_on,expected", [("conflicting", 1), ("unverified", 1), ("never", 0)])
def test_exit_status_is_the_same_for_every_format(cli, typo, dataset, fail_on, expected):
    codes = {fmt: cli("check", typo, "--reference", dataset, "--format", fmt, "--fail-on", fail_on, "--no-config").code
             for fmt in FORMATS}
    assert set(codes.values()) == {expected}, codes


def test_exit_status_2_is_the_same_for_every_format(cli, typo, dataset, tmp_path):
    missing = tmp_path / "missing.md"
    codes = {fmt: cli("check", typo, missing, "--reference", dataset, "--format", fmt, "--no-config").code
             for fmt in FORMATS}
    assert set(codes.values()) == {2}, codes


def test_min_level_does_not_change_the_exit_status(cli, typo, dataset):
    run = cli("check", typo, "--reference", dataset, "--format", "concise", "--min-level", "error", "--no-config")
    assert run.code == 1
    assert all(": conflicting: " in line for line in run.stdout.splitlines())


def test_format_from_the_environment(cli, typo, dataset, monkeypatch):
    monkeypatch.setenv("FACTCHECK_FORMAT", "concise")
    run = cli("check", typo, "--reference", dataset, "--no-config")
    assert f"{typo}:3:8: conflicting: " in run.stdout
    run = cli("check", typo, "--reference", dataset, "--no-config", "--format", "json")
    assert run.json["schema_version"] == 1


def test_output_file(cli, typo, dataset, tmp_path):
    out = tmp_path / "report.sarif"
    run = cli("check", typo, "--reference", dataset, "--format", "sarif", "--output", out, "--no-config")
    assert run.code == 1 and run.stdout == ""
    jsonschema.validate(json.loads(out.read_text(encoding="utf-8")), SCHEMA)


def test_output_file_that_cannot_be_written(cli, typo, dataset, tmp_path):
    run = cli("check", typo, "--reference", dataset, "-o", tmp_path / "no" / "such" / "dir.txt", "--no-config")
    assert run.code == 2
    assert run.stderr.startswith("error: ") and "cannot write the report" in run.stderr


def test_sarif_from_a_real_run_is_valid(cli, typo, dataset, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cli("check", "typo.md", "--reference", dataset, "--format", "sarif", "--no-config")
    document = run.json
    jsonschema.validate(document, SCHEMA)
    uris = {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for result in document["runs"][0]["results"]}
    assert uris == {"typo.md"}


@pytest.mark.parametrize("args,environ,colored", [
    ((), {}, False),  # not a terminal
    (("--color", "always"), {}, True),
    ((), {"FORCE_COLOR": "1"}, True),
    ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (("--color", "always"), {"NO_COLOR": "1"}, True),
    (("--color", "never"), {"FORCE_COLOR": "1"}, False),
])
def test_colour(cli, typo, dataset, monkeypatch, args, environ, colored):
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    run = cli("check", typo, "--reference", dataset, "--no-config", *args)
    assert ("\x1b[" in run.stdout) is colored
