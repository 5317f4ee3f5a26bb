"""Raw records -> Entity and Fact, with every problem in a record reported, not just the first."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from factcheck.reference.fields import (
    check_period,
    describe_value,
    parse_date,
    parse_entity_type,
    parse_id,
    parse_tolerance,
    parse_value,
    unknown_key,
)
from factcheck.reference.model import Entity, Fact, PartialDate, Role
from factcheck.reference.sources import FACT_KEYS, Problem, RawRecord

ENTITY_KEYS = ("id", "name", "type", "aliases", "roles", "source", "notes")
ROLE_KEYS = ("title", "of", "from", "to")

T = TypeVar("T")


class _Fields:
    """Typed access to one mapping (a record or a role); problems go to `report(field, problem)`."""

    def __init__(self, mapping: dict, prefix: str, report: Callable[[str, str], None]) -> None:
        self.mapping = mapping
        self.prefix = prefix
        self.report = report

    def problem(self, key: str, text: str) -> None:
        self.report(f"{self.prefix}{key}", text)

    def check_keys(self, allowed: tuple[str, ...]) -> None:
        for key in self.mapping:
            if key not in allowed:
                self.problem(key, unknown_key(key, allowed))

    def required_text(self, key: str) -> str | None:
        if key not in self.mapping:
            self.problem(key, "required key is missing")
            return None
        value = self.mapping[key]
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problem(key, "is empty (required)")
            return None
        return self.text(key)

    def text(self, key: str) -> str | None:
        value = self.mapping.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(key, f"expected text, got {describe_value(value)}")
            return None
        return value.strip() or None

    def texts(self, key: str) -> tuple[str, ...]:
        value = self.mapping.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(key, f"expected a list, got {describe_value(value)}")
            return ()
        items = []
        for index, item in enumerate(value):
            if item is None:
                continue
            if not isinstance(item, str):
                self.problem(f"{key}[{index}]", f"expected text, got {describe_value(item)}")
            elif item.strip():
                items.append(item.strip())
        return tuple(items)

    def parsed(self, key: str, parse: Callable[[Any], T]) -> T | None:
        value = self.mapping.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return parse(value)
        except ValueError as error:
            self.problem(key, str(error))
            return None

    def period(self, start_key: str, end_key: str) -> tuple[PartialDate | None, PartialDate | None]:
        start, end = self.parsed(start_key, parse_date), self.parsed(end_key, parse_date)
        try:
            check_period(start, end, end_key)
        except ValueError as error:
            self.problem(start_key, str(error))
        return start, end


def _record_id(fields: _Fields) -> str | None:
    given = fields.required_text("id")
    if given is None:
        return None
    try:
        return parse_id(given)
    except ValueError as error:
        fields.problem("id", str(error))
        return None


def build_entity(raw: RawRecord, problems: list[Problem]) -> Entity | None:
    """The entity, or None after adding its problems to `problems`."""
    found: list[Problem] = [raw.problem(path, text) for path, text in raw.issues]
    fields = _Fields(raw.fields, "", lambda path, text: found.append(raw.problem(path, text)))
    fields.check_keys(ENTITY_KEYS)
    record_id = _record_id(fields)
    name = fields.required_text("name")
    kind = fields.required_text("type")
    if kind is not None:
        kind = fields.parsed("type", parse_entity_type)
    aliases = fields.texts("aliases")
    roles = _roles(fields)
    source, notes = fields.text("source"), fields.text("notes")
    problems.extend(found)
    if found:
        return None
    return Entity(
        id=record_id, name=name, type=kind, aliases=aliases, roles=roles,
        source=source, notes=notes, file=raw.file, line=raw.line,
    )


def _roles(fields: _Fields) -> tuple[Role, ...]:
    value = fields.mapping.get("roles")
    if value is None:
        return ()
    if not isinstance(value, list):
        fields.problem("roles", f"expected a list of roles, got {describe_value(value)}")
        return ()
    roles = []
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            fields.problem(f"roles[{index}]", f"expected a mapping with {', '.join(ROLE_KEYS)}, got {describe_value(item)}")
            continue
        role = _Fields(item, f"roles[{index}].", fields.report)
        role.check_keys(ROLE_KEYS)
        title = role.required_text("title")
        of = role.text("of")  # free text ("Pakistan") or an entity id, kept as written
        start, end = role.period("from", "to")
        if title:
            roles.append(Role(title=title, of=of, start=start, end=end))
    return tuple(roles)


def build_fact(raw: RawRecord, problems: list[Problem], known_ids: Mapping[str, str]) -> Fact | None:
    """The fact, or None after adding its problems; `known_ids` maps every id to its kind."""
    found: list[Problem] = [raw.problem(path, text) for path, text in raw.issues]
    fields = _Fields(raw.fields, "", lambda path, text: found.append(raw.problem(path, text)))
    fields.check_keys(FACT_KEYS)
    record_id = _record_id(fields)
    statement = fields.required_text("statement")
    value = _value(fields)
    unit = fields.text("unit")
    tolerance = fields.parsed("tolerance", parse_tolerance)
    as_of = fields.parsed("as_of", parse_date)
    valid_from, valid_to = fields.period("valid_from", "valid_to")
    entities = fields.texts("entities")
    for index, entity_id in enumerate(entities):
        kind = known_ids.get(entity_id)
        if kind is None:
            fields.problem(f"entities[{index}]", f"{entity_id!r} is not the id of any entity")
        elif kind != "entity":
            fields.problem(f"entities[{index}]", f"{entity_id!r} is the id of a {kind}, not an entity")
    keywords = fields.texts("keywords")
    source, notes = fields.text("source"), fields.text("notes")
    problems.extend(found)
    if found:
        return None
    return Fact(
        id=record_id, statement=statement, value=value, unit=unit, tolerance=tolerance,
        as_of=as_of, valid_from=valid_from, valid_to=valid_to, entities=entities,
        keywords=keywords, source=source, notes=notes, file=raw.file, line=raw.line,
    )


def _value(fields: _Fields):
    """`value` is required and may be a list (a range), so it is not read as text."""
    if "value" not in fields.mapping:
        fields.problem("value", "required key is missing")
        return None
    written = fields.mapping["value"]
    if written is None or (isinstance(written, str) and not written.strip()):
        fields.problem("value", "is empty (required)")
        return None
    return fields.parsed("value", parse_value)
