"""One finding a line, `path:line:col: verdict: message`, as compilers and linters print them.

Editors (Vim's quickfix, Emacs' compilation mode) and `grep` read this
format as is; nothing else is printed.
"""
from __future__ import annotations

from factcheck.report import Outcome, one_line


def render(outcome: Outcome) -> str:
    lines = []
    for result, finding in outcome.rows():
        line, column = result.document.line_column(finding.claim.start)
        lines.append(f"{result.document.path}:{line}:{column}: {finding.verdict.value}: {one_line(finding.message)}")
    return "".join(line + "\n" for line in lines)
