"""Reporters: each renders an Outcome to a string; none of them prints or decides the exit status.

A verdict has a severity level, as linters have: conflicting is an error,
unverified a warning, consistent is info. `--min-level` decides which
findings a report lists; counts always cover every finding that was not
suppressed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.models import FileResult, Finding, Report, Verdict

LEVELS = {Verdict.CONFLICTING: "error", Verdict.UNVERIFIED: "warning", Verdict.CONSISTENT: "info"}
RANK = {"info": 0, "warning": 1, "error": 2}
FORMATS = ("text", "concise", "json", "sarif", "github")


def level(verdict: Verdict) -> str:
    return LEVELS[verdict]


def at_least(verdict: Verdict, min_level: str) -> bool:
    return RANK[LEVELS[verdict]] >= RANK[min_level]


@dataclass
class Outcome:
    """One run, as the reporters see it.

    `report` holds the findings left after suppression; `min_level` is the
    lowest level listed (`file_levels` overrides it for a file, by path);
    `suppressed` counts findings silenced by comments or the baseline.
    """

    report: Report
    reference: dict[str, Any] | None = None
    min_level: str = "warning"
    file_levels: dict[str, str] = field(default_factory=dict)
    suppressed: int = 0

    def level_for(self, result: FileResult) -> str:
        return self.file_levels.get(result.document.path, self.min_level)

    def shown(self, result: FileResult) -> list[Finding]:
        """The findings of one file at or above its minimum level, in file order."""
        threshold = self.level_for(result)
        return [finding for finding in result.findings if at_least(finding.verdict, threshold)]

    def rows(self) -> list[tuple[FileResult, Finding]]:
        """Every shown finding with its file, in file order."""
        return [(result, finding) for result in self.report.files for finding in self.shown(result)]


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def one_line(text: str) -> str:
    return " ".join(text.split())
