"""SARIF 2.1.0, the format code-scanning services read (GitHub's upload-sarif among them).

Rule ids are stable: `<kind>/<verdict>`, e.g. `name/conflicting`. Levels
follow the verdict (conflicting: error, unverified: warning, consistent:
note). Regions count columns in Unicode code points, with an exclusive end
column, and paths are relative to the working directory (`%SRCROOT%`), as
the repository's root is in a CI job.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factcheck import __version__
from factcheck.baseline import normalise
from factcheck.models import FileResult, Finding, Verdict
from factcheck.report import Outcome, level, one_line

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
ROOT_ID = "%SRCROOT%"
KIND_DESCRIPTIONS = {
    "numeric": ("a number", "the reference value"),
    "name": ("a name", "the reference spelling or the article's other spellings"),
    "attribution": ("a title given to a named person or organization", "the roles in the reference"),
}
VERDICT_DESCRIPTIONS = {
    Verdict.CONFLICTING: "{what} disagrees with {against}",
    Verdict.UNVERIFIED: "no reference record confirms {what}",
    Verdict.CONSISTENT: "{what} agrees with {against}",
}


def rule_id(kind: str, verdict: Verdict) -> str:
    return f"{kind}/{verdict.value}"


def rule(kind: str, verdict: Verdict) -> dict[str, Any]:
    what, against = KIND_DESCRIPTIONS.get(kind, (f"a {kind} claim", "the reference data"))
    sentence = VERDICT_DESCRIPTIONS[verdict].format(what=what, against=against)
    sentence = sentence[0].upper() + sentence[1:]
    return {
        "id": rule_id(kind, verdict),
        "name": f"{kind.capitalize()}{verdict.value.capitalize()}",
        "shortDescription": {"text": sentence + "."},
        "fullDescription": {"text": f"{sentence}. Reported as {level(verdict)} (verdict '{verdict.value}')."},
        "defaultConfiguration": {"level": SARIF_LEVELS[level(verdict)]},
        "properties": {"tags": ["fact-check", kind]},
    }


def artifact_location(path: str, root: str) -> dict[str, Any]:
    """A relative URI under %SRCROOT% for files below `root`, else an absolute file URI."""
    if path.startswith("<") or path == "-":
        return {"uri": quote(path, safe="")}
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, root)
    if relative.startswith(os.pardir):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": quote(relative.replace(os.sep, "/"), safe="/"), "uriBaseId": ROOT_ID}


def region(result: FileResult, start: int, end: int) -> dict[str, Any]:
    line, column = result.document.line_column(start)
    end_line, end_column = result.document.line_column(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column,
            "snippet": {"text": result.document.text[start:end]}}


def fingerprint(result: FileResult, finding: Finding, occurrence: int, root: str) -> str:
    """Stable across edits elsewhere in the file: path, kind, normalised claim text and which occurrence."""
    location = artifact_location(result.document.path, root)["uri"]
    key = "\0".join((location, finding.claim.kind, normalise(finding.claim.text), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def sarif_result(result: FileResult, finding: Finding, rule_index: int, occurrence: int, root: str) -> dict[str, Any]:
    claim = finding.claim
    location = artifact_location(result.document.path, root)
    data: dict[str, Any] = {
        "ruleId": rule_id(claim.kind, finding.verdict),
        "ruleIndex": rule_index,
        "level": SARIF_LEVELS[level(finding.verdict)],
        "message": {"text": one_line(finding.message) or finding.verdict.value},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region(result, claim.start, claim.end)}}],
        "partialFingerprints": {"factcheckClaim/v1": fingerprint(result, finding, occurrence, root)},
        "properties": {
            "verdict": finding.verdict.value,
            "kind": claim.kind,
            "check": claim.check,
            "claim": claim.text,
            "score": round(float(finding.score), 3),
            "reference": (finding.reference or {}).get("id"),
        },
    }
    if finding.suggestion:
        data["properties"]["suggestion"] = finding.suggestion
        if claim.kind == "name" and finding.verdict is Verdict.CONFLICTING:
            data["fixes"] = [{
                "description": {"text": f"Spell it '{finding.suggestion}'"},
                "artifactChanges": [{
                    "artifactLocation": location,
                    "replacements": [{"deletedRegion": region(result, claim.start, claim.end),
                                      "insertedContent": {"text": finding.suggestion}}],
                }],
            }]
    return data


def notification(path: str, message: str, severity: str, root: str) -> dict[str, Any]:
    return {
        "level": severity,
        "message": {"text": f"{path}: {message}"},
        "locations": [{"physicalLocation": {"artifactLocation": artifact_location(path, root)}}],
    }


def report_sarif(outcome: Outcome, root: str | None = None) -> dict[str, Any]:
    root = os.path.abspath(root or os.getcwd())
    report = outcome.report
    kinds = ["numeric", "name", "attribution"]
    kinds += sorted({finding.claim.kind for result in report.files for finding in result.findings} - set(kinds))
    rules = [rule(kind, verdict) for kind in kinds for verdict in (Verdict.CONFLICTING, Verdict.UNVERIFIED, Verdict.CONSISTENT)]
    index = {item["id"]: position for position, item in enumerate(rules)}
    results = []
    for result in report.files:
        seen: dict[tuple[str, str], int] = {}
        for finding in outcome.shown(result):
            key = (finding.claim.kind, normalise(finding.claim.text))
            seen[key] = seen.get(key, 0) + 1
            results.append(sarif_result(result, finding, index[rule_id(finding.claim.kind, finding.verdict)], seen[key], root))
    notifications = [notification(error.path, error.message, "error", root) for error in report.errors]
    notifications += [notification(*warning.split(": ", 1), "warning", root) if ": " in warning
                      else {"level": "warning", "message": {"text": warning}} for warning in report.warnings]
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__, "rules": rules}},
        "originalUriBaseIds": {ROOT_ID: {"uri": Path(root).as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": results,
    }
    if outcome.reference:
        run["properties"] = {"reference": outcome.reference}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(outcome: Outcome, root: str | None = None) -> str:
    return json.dumps(report_sarif(outcome, root), ensure_ascii=False, indent=2) + "\n"
