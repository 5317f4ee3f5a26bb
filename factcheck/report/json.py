"""The JSON report (schema version 1, see docs/report-json.md)."""
from __future__ import annotations

import json
from typing import Any

from factcheck import __version__
from factcheck.models import Claim, FileResult, Finding, Report, Verdict
from factcheck.report import Outcome

SCHEMA_VERSION = 1


def number(value: float) -> int | float:
    """Whole numbers as JSON integers (14000, not 14000.0)."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [number(item) for item in value]
    if isinstance(value, (int, float)):
        return number(value)
    return value


def claim_json(claim: Claim, result: FileResult) -> dict[str, Any]:
    line, column = result.document.line_column(claim.start)
    end_line, end_column = result.document.line_column(claim.end)
    data: dict[str, Any] = {
        "kind": claim.kind,
        "check": claim.check,
        "text": result.document.text[claim.start:claim.end],  # the contract: exactly the file's text
        "start": claim.start,
        "end": claim.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "sentence": claim.sentence,
    }
    if claim.kind == "numeric":
        data.update(value=json_value(claim.value), unit=claim.unit, qualifier=claim.qualifier)
    if claim.name is not None:
        data["name"] = claim.name
    if claim.title is not None:
        data["title"] = claim.title
    return data


def finding_json(finding: Finding, result: FileResult) -> dict[str, Any]:
    data = claim_json(finding.claim, result)
    data["verdict"] = finding.verdict.value
    data["message"] = finding.message
    if finding.suggestion is not None or finding.claim.kind in ("name", "attribution"):
        data["suggestion"] = finding.suggestion
    data["reference"] = {key: json_value(value) for key, value in finding.reference.items()} if finding.reference else None
    data["score"] = round(float(finding.score), 3)
    return data


def summary(report: Report, suppressed: int = 0) -> dict[str, int]:
    return {
        "files": len(report.files),
        "claims": report.claims,
        **{verdict.value: report.count(verdict) for verdict in (Verdict.CONSISTENT, Verdict.CONFLICTING, Verdict.UNVERIFIED)},
        "suppressed": suppressed,
    }


def report_json(outcome: Outcome, with_verdicts: bool = True) -> dict[str, Any]:
    """The report document. Claims below a file's minimum level are not listed; the summary counts them."""
    report = outcome.report
    files = []
    for result in report.files:
        if with_verdicts:
            claims = [finding_json(finding, result) for finding in outcome.shown(result)]
        else:
            claims = [claim_json(claim, result) for claim in result.claims]
        files.append({"path": result.document.path, "date": result.date.isoformat(), "claims": claims})
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "reference": outcome.reference,
        "files": files,
        "errors": [{"path": error.path, "message": error.message} for error in report.errors],
        "warnings": list(report.warnings),
    }
    if with_verdicts:
        data["summary"] = summary(report, outcome.suppressed)
    else:
        data["summary"] = {"files": len(report.files), "claims": report.claims}
    return data


def render(outcome: Outcome, with_verdicts: bool = True) -> str:
    return json.dumps(report_json(outcome, with_verdicts), ensure_ascii=False, indent=2) + "\n"
