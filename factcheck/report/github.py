"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

    ::error file=drafts/a.md,line=6,col=5,endLine=6,endColumn=12,title=factcheck%3A conflicting name::'Quershi' is ...

GitHub shows at most ten annotations of each level per step, so when a run
has more, a final notice gives the totals. Values are escaped as the
runner expects (see `escape_data` and `escape_property`).
"""
from __future__ import annotations

from collections import Counter

from factcheck.models import Verdict
from factcheck.report import Outcome, level, one_line, plural

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SHOWN_PER_LEVEL = 10  # GitHub's limit of annotations of one level per step


def escape_data(text: str) -> str:
    """A command's message: % and line breaks are escaped."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value: also ':' and ',', which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    listed = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + listed if listed else ''}::{escape_data(message)}"


def render(outcome: Outcome) -> str:
    lines = []
    per_level: Counter = Counter()
    for result, finding in outcome.rows():
        claim = finding.claim
        line, column = result.document.line_column(claim.start)
        end_line, end_column = result.document.line_column(max(claim.end - 1, claim.start))
        same_line = line == end_line
        name = COMMANDS[level(finding.verdict)]
        per_level[name] += 1
        message = f'"{one_line(claim.text)}": {one_line(finding.message)}'
        lines.append(command(
            name, message, file=result.document.path, line=line, col=column if same_line else None,
            endLine=end_line, endColumn=end_column if same_line else None,
            title=f"factcheck: {finding.verdict.value} {claim.kind}",
        ))
    for error in outcome.report.errors:
        per_level["error"] += 1
        lines.append(command("error", f"could not be checked: {error.message}", file=error.path, title="factcheck: input error"))
    report = outcome.report
    totals = (f"factcheck: {plural(len(report.files), 'file')} checked, {plural(report.claims, 'claim')}: "
              f"{report.count(Verdict.CONFLICTING)} conflicting, {report.count(Verdict.UNVERIFIED)} unverified, "
              f"{report.count(Verdict.CONSISTENT)} consistent")
    if outcome.suppressed:
        totals += f", {outcome.suppressed} suppressed"
    if report.errors:
        totals += f"; {plural(len(report.errors), 'file')} could not be read"
    if any(count > SHOWN_PER_LEVEL for count in per_level.values()):
        listed = ", ".join(plural(per_level[name], name) for name in ("error", "warning", "notice") if per_level[name])
        lines.append(command(
            "notice", f"{totals}. GitHub shows only {SHOWN_PER_LEVEL} annotations of each level; "
            f"this run has {listed}: see the job log or the SARIF report for all of them.",
            title="factcheck: more findings than annotations",
        ))
    lines.append(totals)
    return "".join(line + "\n" for line in lines)
