"""The report for a person at a terminal: conflicting first, then unverified, then a count."""
from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from factcheck.models import FileResult, Finding, Report, Verdict
from factcheck.report import Outcome, at_least, plural

ORDER = (Verdict.CONFLICTING, Verdict.UNVERIFIED, Verdict.CONSISTENT)
STYLES = {Verdict.CONFLICTING: "bold red", Verdict.UNVERIFIED: "yellow", Verdict.CONSISTENT: "green"}
HEADINGS = {Verdict.CONFLICTING: "Conflicting", Verdict.UNVERIFIED: "Unverified", Verdict.CONSISTENT: "Consistent"}
HINTS = {Verdict.CONSISTENT: "use --verbose to list them", Verdict.UNVERIFIED: "use --min-level warning to list them"}


def finding_line(finding: Finding, result: FileResult) -> Text:
    claim = finding.claim
    line, column = result.document.line_column(claim.start)
    text = Text()
    text.append(f"{result.document.path}:{line}:{column}", style="bold")
    text.append("  ")
    text.append(f"{finding.verdict.value:<11}", style=STYLES[finding.verdict])
    text.append("  ")
    text.append('"' + " ".join(claim.text.split()) + '"', style="cyan")
    text.append("  " + finding.message)
    return text


def summary_line(outcome: Outcome) -> Text:
    report = outcome.report
    conflicting = report.count(Verdict.CONFLICTING)
    text = Text(f"{plural(len(report.files), 'file')} checked, {plural(report.claims, 'claim')}: ")
    text.append(f"{conflicting} conflicting", style=STYLES[Verdict.CONFLICTING] if conflicting else "")
    text.append(f", {report.count(Verdict.UNVERIFIED)} unverified, {report.count(Verdict.CONSISTENT)} consistent")
    if outcome.suppressed:
        text.append(f"; {outcome.suppressed} suppressed")
    if report.errors:
        text.append(f"; {plural(len(report.errors), 'file')} could not be read", style="bold red")
    return text


def console_for(buffer: io.StringIO, color: bool, width: int) -> Console:
    # The caller has decided about colour (--color, NO_COLOR, FORCE_COLOR); rich must not second-guess it from TERM.
    return Console(file=buffer, force_terminal=color, no_color=not color, color_system="standard" if color else None,
                   width=width, highlight=False, soft_wrap=True)


def render(outcome: Outcome, *, color: bool = False, width: int = 100) -> str:
    """Findings grouped by verdict, conflicting first; verdicts below the minimum level only counted."""
    buffer = io.StringIO()
    console = console_for(buffer, color, width)
    for verdict in ORDER:
        rows = [(finding, result) for result in outcome.report.files for finding in result.findings
                if finding.verdict is verdict]
        if not rows:
            continue
        listed = [(finding, result) for finding, result in rows if at_least(verdict, outcome.level_for(result))]
        if listed:
            console.print(Text(f"{HEADINGS[verdict]} ({len(listed)})", style=STYLES[verdict] + " underline"))
            for finding, result in listed:
                console.print(finding_line(finding, result))
            console.print()
        hidden = len(rows) - len(listed)
        if hidden:
            console.print(Text(f"{plural(hidden, verdict.value + ' claim')} ({HINTS.get(verdict, '')})",
                               style=STYLES[verdict]))
            console.print()
    console.print(summary_line(outcome))
    return buffer.getvalue()


def render_claims(report: Report, *, color: bool = False, width: int = 100) -> str:
    """`factcheck extract` as text: one line a claim, no verdicts."""
    buffer = io.StringIO()
    console = console_for(buffer, color, width)
    for result in report.files:
        for claim in result.claims:
            line, column = result.document.line_column(claim.start)
            detail = ""
            if claim.kind == "numeric":
                detail = f"value={claim.value} unit={claim.unit} qualifier={claim.qualifier}"
            elif claim.kind == "attribution":
                detail = f"title={claim.title!r} name={claim.name!r}"
            elif claim.kind == "name":
                detail = f"{claim.label or ''}"
            row = Text(f"{result.document.path}:{line}:{column}", style="bold")
            row.append(f"  {claim.kind:<11}  ")
            row.append('"' + " ".join(claim.text.split()) + '"', style="cyan")
            row.append(f"  {detail}")
            console.print(row)
    console.print(Text(f"{plural(len(report.files), 'file')}, {plural(report.claims, 'claim')}"))
    return buffer.getvalue()
