"""Inline suppression: `<!-- factcheck: ignore -->` and `<!-- factcheck: off -->` ... `<!-- factcheck: on -->`.

The comments are read in Markdown and HTML only (in plain text they would be
part of what the reader sees). `ignore` silences the next paragraph (the next
block: paragraph, list, heading, element); `off` silences everything up to
the next `on`, or to the end of the file.
"""
from __future__ import annotations

import dataclasses

from factcheck.documents import article_format
from factcheck.models import FileResult


def ignored_ranges(path: str, text: str) -> list[tuple[int, int]]:
    """The [start, end) ranges of `text` silenced by suppression comments."""
    if "factcheck" not in text:
        return []
    kind = article_format(path)
    if kind == "markdown":
        from factcheck.markdown_text import ignored_ranges as markdown_ranges

        return markdown_ranges(text)
    if kind == "html":
        from factcheck.html_text import read

        return read(text).ignored
    return []


def apply_inline(result: FileResult) -> tuple[FileResult, int]:
    """The result without findings (or claims) inside silenced ranges, and how many were dropped."""
    ranges = ignored_ranges(result.document.path, result.document.text)
    if not ranges:
        return result, 0

    def silenced(start: int) -> bool:
        return any(low <= start < high for low, high in ranges)

    findings = tuple(finding for finding in result.findings if not silenced(finding.claim.start))
    claims = tuple(claim for claim in result.claims if not silenced(claim.start))
    dropped = len(result.findings) - len(findings) + len(result.claims) - len(claims)
    return dataclasses.replace(result, findings=findings, claims=claims), dropped
