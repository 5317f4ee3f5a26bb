"""The exception tree. Each error carries the one line a user is shown."""
from __future__ import annotations


class FactcheckError(Exception):
    """Base class: `str(error)` is a complete, user-facing sentence."""


class UsageError(FactcheckError):
    """A bad option, date or combination of arguments."""


class InputError(FactcheckError):
    """An article that cannot be read: missing, a directory, binary, not UTF-8."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ReferenceDataError(FactcheckError):
    """A reference dataset that failed to load; `errors` lists every problem found."""

    def __init__(self, path: str, errors: list[str]) -> None:
        self.path = path
        self.errors = list(errors)
        count = len(self.errors)
        super().__init__(
            f"reference data in {path} has {count} error{'s' if count != 1 else ''}"
            f" (run 'factcheck reference validate {path}' to list them)"
        )


class ModelError(FactcheckError):
    """The spaCy model could not be loaded."""
