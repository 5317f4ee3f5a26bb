"""Reference records: entities, roles and numeric facts, as loaded from a dataset.

All records are frozen; `file` and `line` say where a record was defined so
that messages can point a curator at it.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from functools import total_ordering
from typing import Any, Callable, Union

Value = Union[float, tuple[float, float]]


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year.

    Ordered by the period it names (first day, then last day), so that
    `2019` < `2019-09-01` < `2019-09` < `2019-10` and a missing month or day
    never has to be compared with a number.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __lt__(self, other: "PartialDate") -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.first_day, self.last_day) < (other.first_day, other.last_day)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.day:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


@dataclass(frozen=True)
class Role:
    title: str
    of: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None

    def holds_on(self, date: dt.date) -> bool:
        if self.start and date < self.start.first_day:
            return False
        if self.end and date > self.end.last_day:
            return False
        return True

    def ended_before(self, date: dt.date) -> bool:
        return self.end is not None and self.end.last_day < date


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str  # person | organization | place | group | other
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str | None = None
    notes: str | None = None
    file: str = ""
    line: int = 0

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Tolerance:
    amount: float
    relative: bool  # True: `amount` is a fraction of the value (0.05 for "5%")

    def __str__(self) -> str:
        return f"{self.amount * 100:g}%" if self.relative else f"{self.amount:g}"


@dataclass(frozen=True)
class Fact:
    id: str
    statement: str
    value: Value
    unit: str | None = None
    tolerance: Tolerance | None = None
    as_of: PartialDate | None = None
    valid_from: PartialDate | None = None
    valid_to: PartialDate | None = None
    entities: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    source: str | None = None
    notes: str | None = None
    file: str = ""
    line: int = 0

    @property
    def recency(self) -> tuple[dt.date, dt.date]:
        """The span of the date the value holds from (`as_of`, else `valid_from`), to order a series."""
        date = self.as_of or self.valid_from
        return (date.first_day, date.last_day) if date else (dt.date.min, dt.date.min)

    def in_validity(self, date: dt.date) -> bool:
        if self.valid_from and date < self.valid_from.first_day:
            return False
        if self.valid_to and date > self.valid_to.last_day:
            return False
        return True


@dataclass(frozen=True)
class Reference:
    """A loaded, valid dataset."""

    path: str
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    _by_id: dict = field(default_factory=dict, compare=False, repr=False)
    # Indexes built from the records (see `derived`); pickled with the dataset by the compiled cache.
    _derived: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({record.id: record for record in (*self.entities, *self.facts)})

    def derived(self, key: str, build: Callable[["Reference"], Any]) -> Any:
        """The index `build(self)`, built on first use and kept with this dataset."""
        derived = self.__dict__.setdefault("_derived", {})
        if key not in derived:
            derived[key] = build(self)
        return derived[key]

    def get(self, record_id: str) -> Entity | Fact | None:
        return self._by_id.get(record_id)

    def facts_applying_on(self, date: dt.date) -> list[Fact]:
        """Facts that may decide a claim in an article dated `date`.

        A fact with `valid_from`/`valid_to` applies inside its bounds. A fact
        with only `as_of` applies unless another fact with the same statement
        has a later `as_of` on or before `date` (the spec's rule); when every
        such fact postdates the article, only the earliest of them applies.
        """
        return [fact for fact in self.facts if self.applies_on(fact, date)]

    def applies_on(self, fact: Fact, date: dt.date) -> bool:
        """Whether `fact` may decide a claim dated `date` (see `facts_applying_on`)."""
        if not fact.in_validity(date):
            return False
        if fact.as_of is not None and fact.valid_from is None and fact.valid_to is None:
            return self._is_current(fact, date)
        return True

    def _is_current(self, fact: Fact, date: dt.date) -> bool:
        for other in self.same_statement(fact):
            if other.as_of is None or other.valid_from is not None or other.valid_to is not None:
                continue
            if fact.as_of.first_day <= date:
                if fact.as_of < other.as_of and other.as_of.first_day <= date:
                    return False
            elif other.as_of.first_day <= date or other.as_of < fact.as_of:
                return False
        return True

    def same_statement(self, fact: Fact) -> list[Fact]:
        """The other facts with this fact's statement (indexed: datasets may hold many facts)."""
        group = statement_groups(self).get(statement_key(fact.statement), ())
        return [other for other in group if other is not fact]

    def successors(self, fact: Fact) -> list[Fact]:
        """Facts with the same statement and a later `as_of`, oldest first."""
        later = [
            other for other in self.same_statement(fact)
            if other.as_of and fact.as_of and other.as_of > fact.as_of
        ]
        return sorted(later, key=lambda other: other.as_of)


def period_text(start: PartialDate | None, end: PartialDate | None) -> str:
    """ "from 2018-08-20 to 2022-04-10", "since 2018-08-20", "until 2022-04-10", or "" (open-ended)."""
    if start and end:
        return f"from {start} to {end}"
    if start:
        return f"since {start}"
    if end:
        return f"until {end}"
    return ""


def statement_groups(reference: Reference) -> dict[str, list[Fact]]:
    """The dataset's facts grouped by statement (`statement_key`), built on first use."""
    return reference.derived("statement_groups", _group_by_statement)


def _group_by_statement(reference: Reference) -> dict[str, list[Fact]]:
    groups: dict[str, list[Fact]] = {}
    for fact in reference.facts:
        groups.setdefault(statement_key(fact.statement), []).append(fact)
    return groups


def statement_key(statement: str) -> str:
    """Statements that differ only in case or spacing are the same statement."""
    return " ".join(statement.casefold().split())
