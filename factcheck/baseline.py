"""A baseline: findings accepted once, silenced in later runs.

Each entry is keyed on the file's path (relative to the baseline file), the
claim's kind and its normalised text, never on a line number, so that edits
elsewhere in an article do not bring old findings back. An entry has a
count: an article that repeats an accepted misspelling once more gets the
new occurrence reported.
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from factcheck.errors import UsageError
from factcheck.models import FileResult, Verdict

BASELINE_VERSION = 1
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})

Key = tuple[str, str, str]


def normalise(text: str) -> str:
    """Claim text as compared: NFKC, case-folded, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return re.sub(r"\s+", " ", text).strip()


def path_key(path: str, root: str) -> str:
    """`path` relative to `root` with '/' separators (absolute when it lies outside `root`)."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute, root)
    if relative.startswith(os.pardir):
        return absolute.replace(os.sep, "/")
    return relative.replace(os.sep, "/")


def accepted(verdict: Verdict) -> bool:
    """Only findings that would be shown as a problem go into a baseline."""
    return verdict is not Verdict.CONSISTENT


@dataclass
class Baseline:
    root: str
    counts: Counter = field(default_factory=Counter)

    @classmethod
    def load(cls, file: str) -> "Baseline":
        fix = f"create it with 'factcheck check PATH... --write-baseline {file}'"
        try:
            with open(file, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise UsageError(f"{file}: baseline file not found; {fix}") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise UsageError(f"{file}: not a factcheck baseline ({error}); {fix}") from None
        if not isinstance(data, dict) or data.get("schema_version") != BASELINE_VERSION:
            raise UsageError(f"{file}: not a factcheck baseline (schema_version {BASELINE_VERSION} expected); {fix}")
        counts: Counter = Counter()
        try:
            for entry in data["findings"]:
                counts[(entry["path"], entry["kind"], normalise(entry["text"]))] += int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError) as error:
            raise UsageError(f"{file}: baseline entry is missing or has a bad value for {error}; {fix}") from None
        return cls(os.path.dirname(os.path.abspath(file)), counts)

    def key(self, result: FileResult, kind: str, text: str) -> Key:
        return path_key(result.document.path, self.root), kind, normalise(text)

    def filter(self, results: list[FileResult]) -> tuple[list[FileResult], int]:
        """The results without accepted findings, and how many were silenced."""
        remaining = Counter(self.counts)
        kept_results = []
        silenced = 0
        for result in results:
            kept = []
            for finding in result.findings:
                key = self.key(result, finding.claim.kind, finding.claim.text)
                if accepted(finding.verdict) and remaining[key] > 0:
                    remaining[key] -= 1
                    silenced += 1
                else:
                    kept.append(finding)
            kept_results.append(dataclasses.replace(result, findings=tuple(kept)))
        return kept_results, silenced


def write(file: str, results: list[FileResult]) -> int:
    """Write every shown finding of `results` as the baseline `file`; returns the number of findings."""
    root = os.path.dirname(os.path.abspath(file))
    counts: Counter = Counter()
    first: dict[Key, dict] = {}
    for result in results:
        for finding in result.findings:
            if not accepted(finding.verdict):
                continue
            key = (path_key(result.document.path, root), finding.claim.kind, normalise(finding.claim.text))
            counts[key] += 1
            first.setdefault(key, {"path": key[0], "kind": key[1], "text": " ".join(finding.claim.text.split()),
                                   "verdict": finding.verdict.value, "message": finding.message})
    entries = [dict(first[key], count=counts[key]) for key in sorted(counts)]
    data = {"schema_version": BASELINE_VERSION, "tool": "factcheck", "findings": entries}
    try:
        with open(file, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
    except OSError as error:
        raise UsageError(f"{file}: cannot write the baseline ({error.strerror}); check the directory exists and is writable") from None
    return sum(counts.values())
