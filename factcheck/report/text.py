"""The report for a person at a terminal: conflicting first, then unverified, then a count."""
from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from factcheck.models import FileResult, Finding, Report, Verdict

ORDER = (Verdict.CONFLICTING, Verdict.UNVERIFIED, Verdict.CONSISTENT)
STYLES = {Verdict.CONFLICTING: "bold red", Verdict.UNVERIFIED: "yellow", Verdict.CONSISTENT: "green"}
HEADINGS = {Verdict.CONFLICTING: "Conflicting", Verdict.UNVERIFIED: "Unverified", Verdict.CONSISTENT: "Consistent"}


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


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


def summary_line(report: Report) -> Text:
    conflicting = report.count(Verdict.CONFLICTING)
    text = Text(f"{plural(len(report.files), 'file')} checked, {plural(report.claims, 'claim')}: ")
    text.append(f"{conflicting} conflicting", style=STYLES[Verdict.CONFLICTING] if conflicting else "")
    text.append(f", {report.count(Verdict.UNVERIFIED)} unverified, {report.count(Verdict.CONSISTENT)} consistent")
    if report.errors:
        text.append(f"; {plural(len(report.errors), 'file')} could not be read", style="bold red")
    return text


def render(report: Report, *, verbose: bool = False, color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False, soft_wrap=True)
    for verdict in ORDER:
        rows = [(finding, result) for result in report.files for finding in result.findings if finding.verdict is verdict]
        if not rows:
            continue
        if verdict is Verdict.CONSISTENT and not verbose:
            console.print(Text(f"{plural(len(rows), 'consistent claim')} (use --verbose to list them)", style="green"))
            console.print()
            continue
        console.print(Text(f"{HEADINGS[verdict]} ({len(rows)})", style=STYLES[verdict] + " underline"))
        for finding, result in rows:
            console.print(finding_line(finding, result))
        console.print()
    console.print(summary_line(report))
    return buffer.getvalue()


def render_claims(report: Report, *, color: bool = False, width: int = 100) -> str:
    """`factcheck extract` as text: one line a claim, no verdicts."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=width, highlight=False, soft_wrap=True)
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
