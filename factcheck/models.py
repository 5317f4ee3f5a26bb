"""The objects that flow through the pipeline: Document -> Claim -> Finding -> Result."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum, IntEnum
from functools import cached_property
from typing import Any, Union

Value = Union[float, tuple[float, float]]


class Verdict(str, Enum):
    CONSISTENT = "consistent"
    CONFLICTING = "conflicting"
    UNVERIFIED = "unverified"

    def __str__(self) -> str:
        return self.value


class ExitCode(IntEnum):
    OK = 0
    CONFLICTING = 1
    ERROR = 2


@dataclass(frozen=True)
class Document:
    """An article as read from disk or stdin.

    `text` is the file exactly as decoded. `content` has the same length and
    the same characters wherever a reader sees text; markup (front matter,
    Markdown syntax, HTML tags) is blanked with spaces so that every offset
    into `content` is also an offset into `text`.
    """

    path: str
    text: str
    content: str
    date: dt.date | None = None

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(index + 1 for index, char in enumerate(self.text) if char == "\n")
        return starts

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a code-point offset into `text`."""
        line_index = bisect_right(self._line_starts, offset) - 1
        return line_index + 1, offset - self._line_starts[line_index] + 1


@dataclass(frozen=True)
class Claim:
    """One checkable statement found in an article.

    `check` is the dotted id of the extractor that found it (`numeric.quantity`,
    `name.mention`, `attribution.title`); `kind` is its family as written to
    the JSON report. Offsets index the original file text.
    """

    kind: str
    check: str
    text: str
    start: int
    end: int
    sentence: str
    value: Value | None = None
    unit: str | None = None
    qualifier: str | None = None
    name: str | None = None
    label: str | None = None
    title: str | None = None
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Finding:
    """A claim with its verdict. `reference` is the JSON form of the record used."""

    claim: Claim
    verdict: Verdict
    message: str
    suggestion: str | None = None
    reference: dict[str, Any] | None = None
    score: float = 0.0


@dataclass(frozen=True)
class FileResult:
    document: Document
    date: dt.date
    findings: tuple[Finding, ...] = ()
    warnings: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()  # set when only extracting: claims without verdicts

    def count(self, verdict: Verdict) -> int:
        return sum(1 for finding in self.findings if finding.verdict is verdict)


@dataclass(frozen=True)
class FileError:
    path: str
    message: str


@dataclass
class Report:
    """Everything one run produced; owns the exit status."""

    files: list[FileResult] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, verdict: Verdict) -> int:
        return sum(result.count(verdict) for result in self.files)

    @property
    def claims(self) -> int:
        return sum(len(result.findings) or len(result.claims) for result in self.files)

    def return_code(self, fail_on: str = "conflicting") -> ExitCode:
        if self.errors:
            return ExitCode.ERROR
        if fail_on == "never":
            return ExitCode.OK
        failing = {Verdict.CONFLICTING} if fail_on == "conflicting" else {Verdict.CONFLICTING, Verdict.UNVERIFIED}
        if any(self.count(verdict) for verdict in failing):
            return ExitCode.CONFLICTING
        return ExitCode.OK


@dataclass(frozen=True)
class Article:
    """What every extract, match and decide step sees for one document.

    `doc` is the spaCy Doc of `document.content` (so its character offsets are
    offsets into the original file); `as_of` is the date facts are looked up at.
    """

    document: Document
    doc: Any
    reference: Any  # factcheck.reference.Reference
    as_of: dt.date
    config: Any  # factcheck.config.Config

    def sentence_of(self, start: int) -> str:
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None:
            return ""
        return span.sent.text.strip()


@dataclass(frozen=True)
class Candidate:
    """A reference record that may match a claim, with a 0..1 score."""

    record: Any  # Entity | Fact
    score: float
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
