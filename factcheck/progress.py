"""A progress bar on stderr for long runs at a terminal, and nowhere else.

It is shown only when stderr is a terminal, more than a few files are
checked, and the run is not in CI (the `CI` variable that GitHub Actions,
GitLab and most others set), so logs never fill with redrawn bars.
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Iterator

MIN_FILES = 5


def wanted(files: int, stream=None, environ=None) -> bool:
    stream = sys.stderr if stream is None else stream
    environ = os.environ if environ is None else environ
    if files <= MIN_FILES or environ.get("CI") or environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Silent:
    def advance(self, path: str) -> None:
        pass


class _Bar:
    def __init__(self, progress, task) -> None:
        self.progress = progress
        self.task = task

    def advance(self, path: str) -> None:
        self.progress.update(self.task, advance=1, description=os.path.basename(path))


@contextmanager
def progress(files: int) -> Iterator:
    """Yields an object whose `advance(path)` is called after each file."""
    if not wanted(files):
        yield _Silent()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        yield _Bar(bar, bar.add_task("", total=files))
