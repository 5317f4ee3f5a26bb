"""The JSON report contract (docs/report-json.md): keys, offsets, lines and columns."""
from __future__ import annotations

import pytest

from conftest import SEED

MARKDOWN = """\
---
title: "Zürich council"
date: 2021-03-05
---
# Zürich's *new* budget

Mayor Corine Mauch said the city of Zürich will spend **about 9.2 billion francs**
next year, up from 8.9 billion. More than 40% of it goes to schools — a [report](https://example.org/r "r")
by the Swiss Federal Statistical Office says 2,300 teachers work in the city.
"""

PLAIN_NON_ASCII = (
    "São Paulo’s mayor, Ricardo Nunes, said on Tuesday that 12 million people live in the city.\n"
    "Nunes added that the café owners’ union has 3,400 members — “a record,” he said.\n"
)

CLAIM_KEYS = {"kind", "text", "start", "end", "line", "column", "sentence", "verdict", "message", "reference", "score"}


def line_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


@pytest.fixture(params=["seed", "markdown", "non_ascii"])
def article(request, tmp_path):
    if request.param == "seed":
        return SEED
    name, text = {"markdown": ("budget.md", MARKDOWN), "non_ascii": ("sao-paulo.txt", PLAIN_NON_ASCII)}[request.param]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_claim_points_into_the_original_file(cli, article):
    run = cli("check", article, "--format", "json", "--date", "2021-03-05")
    assert run.code in (0, 1), run.stderr
    report = run.json
    text = article.read_text(encoding="utf-8")
    [entry] = report["files"]
    assert entry["claims"], "the article has checkable claims"
    for claim in entry["claims"]:
        assert CLAIM_KEYS <= claim.keys()
        assert claim["text"] == text[claim["start"]:claim["end"]]
        assert (claim["line"], claim["column"]) == line_column(text, claim["start"])
        assert claim["verdict"] in ("consistent", "conflicting", "unverified")
        assert 0.0 <= claim["score"] <= 1.0
        if claim["kind"] == "numeric":
            assert claim["qualifier"] in ("exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range")
            assert "value" in claim and "unit" in claim


def test_report_header_and_summary(cli, article):
    report = cli("check", article, "--format", "json").json
    assert report["schema_version"] == 1
    assert report["tool"]["name"] == "factcheck"
    assert report["reference"]["entities"] > 0 and report["reference"]["facts"] > 0
    claims = [claim for entry in report["files"] for claim in entry["claims"]]
    summary = report["summary"]
    assert summary["files"] == 1 and summary["claims"] == len(claims)
    for verdict in ("consistent", "conflicting", "unverified"):
        assert summary[verdict] == sum(claim["verdict"] == verdict for claim in claims)
    assert report["errors"] == []


def test_markdown_front_matter_gives_the_date_and_is_not_checked(cli, tmp_path):
    path = tmp_path / "budget.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [entry] = cli("check", path, "--format", "json").json["files"]
    assert entry["date"] == "2021-03-05"
    body_start = MARKDOWN.index("# Zürich")
    assert all(claim["start"] >= body_start for claim in entry["claims"])
    assert not any("*" in claim["text"] or "](" in claim["text"] for claim in entry["claims"])


def test_date_option_overrides_front_matter(cli, tmp_path):
    path = tmp_path / "budget.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    [entry] = cli("check", path, "--format", "json", "--date", "2019-10-04").json["files"]
    assert entry["date"] == "2019-10-04"


def test_stdin_with_a_file_name(cli):
    run = cli("check", "-", "--stdin-filename", "draft.txt", "--format", "json", stdin=PLAIN_NON_ASCII.encode())
    assert run.code in (0, 1)
    [entry] = run.json["files"]
    assert entry["path"] == "draft.txt"
    for claim in entry["claims"]:
        assert claim["text"] == PLAIN_NON_ASCII[claim["start"]:claim["end"]]


def test_extract_reports_claims_without_verdicts(cli, article):
    report = cli("extract", article, "--format", "json").json
    [entry] = report["files"]
    assert entry["claims"]
    for claim in entry["claims"]:
        assert {"kind", "text", "start", "end", "line", "column", "sentence"} <= claim.keys()
        assert not {"verdict", "message", "reference", "score"} & claim.keys()
