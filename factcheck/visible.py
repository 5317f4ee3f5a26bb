"""Build a same-length copy of a file that keeps only what a reader sees.

Readers of Markdown and HTML start from a fully blanked copy of the file and
reveal the spans that are visible text. Because nothing is ever inserted or
removed, every offset into the result is an offset into the original file.
"""
from __future__ import annotations

import re

_NOT_NEWLINE = re.compile(r"[^\r\n]")


class VisibleText:
    """The original text with everything blanked except the spans revealed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chars = list(_NOT_NEWLINE.sub(" ", text))

    def reveal(self, start: int, end: int) -> None:
        self.chars[start:end] = self.text[start:end]

    def replace(self, start: int, end: int, shown: str) -> None:
        """Show `shown` (e.g. the character an entity stands for) in place of [start:end).

        It is written at the end of the span so that "Pakistan&rsquo;s" reads
        "Pakistan      ’s" and the possessive stays attached to what follows.
        """
        shown = shown[: end - start]
        self.chars[end - len(shown):end] = shown

    def mark_break(self, offset: int) -> None:
        """Turn a blanked character into a line break, so that block elements end sentences."""
        if 0 <= offset < len(self.chars) and self.chars[offset] == " ":
            self.chars[offset] = "\n"

    def content(self) -> str:
        return "".join(self.chars)


def line_starts(text: str) -> list[int]:
    """Offsets where each line starts (lines end at '\\n', as Markdown parsers count them)."""
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts
