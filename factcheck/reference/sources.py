"""Data files -> raw records: YAML files with `entities:`/`facts:` lists, CSV fact tables.

A raw record is still untyped (text, lists, mappings as written); it knows the
file and line it begins on. Problems with the file itself (syntax, layout,
columns) are returned as `Problem`s; problems inside a record are found later,
when it is built.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from factcheck.reference.fields import describe_value, unknown_key
from factcheck.reference.yaml_lines import Issue, YamlSyntaxError, is_null, line_of, parse_yaml, to_plain

SECTIONS = {"entities": "entity", "facts": "fact"}
FACT_KEYS = (
    "id", "statement", "value", "unit", "tolerance", "as_of", "valid_from", "valid_to",
    "entities", "keywords", "source", "notes",
)
REQUIRED_COLUMNS = ("id", "statement", "value")
LIST_COLUMNS = ("entities", "keywords")
LIST_SEPARATOR = ";"
_UNKNOWN = ""  # a named column the header error already reported: its cells are not repeated per row


class Problem(NamedTuple):
    file: str
    line: int
    message: str  # complete, starting with `file:line:`


@dataclass
class RawRecord:
    kind: str  # "entity" or "fact"
    file: str
    line: int
    fields: Any  # a dict when the record is well-formed
    issues: list[Issue] = field(default_factory=list)

    @property
    def given_id(self) -> str | None:
        value = self.fields.get("id") if isinstance(self.fields, dict) else None
        return (value.strip() or None) if isinstance(value, str) else None

    @property
    def label(self) -> str:
        return f"{self.kind} '{self.given_id}'" if self.given_id else f"{self.kind} (no id)"

    def problem(self, field_path: str, text: str) -> Problem:
        return Problem(self.file, self.line, f"{self.file}:{self.line}: {self.label}: {field_path}: {text}")


def _problem(file: str, line: int, text: str) -> Problem:
    return Problem(file, line, f"{file}:{line}: {text}")


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 text (a byte-order mark, as spreadsheets write it, is dropped)."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return None, [_problem(file, line, "not UTF-8 text (save the file as UTF-8)")]


def read_yaml(text: str, file: str) -> tuple[list[RawRecord], list[Problem]]:
    try:
        root = parse_yaml(text)
    except YamlSyntaxError as error:
        return [], [_problem(file, error.line, f"YAML syntax error: {error.problem}")]
    if is_null(root):
        return [], []  # an empty file holds no records
    if not isinstance(root, MappingNode):
        got = describe_value(to_plain(root)[0])
        return [], [_problem(file, line_of(root), f"expected a mapping with 'entities:' and/or 'facts:' lists, got {got}")]
    records: list[RawRecord] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, ScalarNode) else None
        line = line_of(key_node)
        if key not in SECTIONS:
            shown = key if key is not None else "(a list or mapping)"
            problems.append(_problem(file, line, f"{shown}: {unknown_key(key or '', SECTIONS, 'top-level key')}"))
            continue
        if key in seen:
            problems.append(_problem(file, line, f"{key}: given twice in this file"))
        seen.add(key)
        if is_null(value_node):
            continue  # `facts:` with nothing under it yet
        if not isinstance(value_node, SequenceNode):
            got = describe_value(to_plain(value_node)[0])
            problems.append(_problem(file, line, f"{key}: expected a list of records, got {got}"))
            continue
        kind = SECTIONS[key]
        for index, item in enumerate(value_node.value):
            fields, issues = to_plain(item)
            if not isinstance(fields, dict):
                problems.append(_problem(
                    file, line_of(item),
                    f"{key}[{index}]: expected a {kind} record (a mapping of keys to values), got {describe_value(fields)}",
                ))
                continue
            records.append(RawRecord(kind, file, line_of(item), fields, issues))
    return records, problems


def read_csv(text: str, file: str) -> tuple[list[RawRecord], list[Problem]]:
    """A fact table: a header row of fact keys, then one fact per row."""
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[RawRecord] = []
    problems: list[Problem] = []
    columns: list[str | None] | None = None
    try:
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if not any(cell.strip() for cell in row):
                continue  # blank lines between rows are harmless
            if columns is None:
                columns, header_problems, complete = _header(row, file, line)
                problems.extend(header_problems)
                if not complete:
                    return [], problems  # every row would repeat the same complaint
                continue
            records.append(_row(row, columns, file, line))
    except csv.Error as error:
        problems.append(_problem(file, reader.line_num, f"CSV error: {error}"))
    return records, problems


def _header(row: list[str], file: str, line: int) -> tuple[list[str | None], list[Problem], bool]:
    """Column names (None: unnamed, _UNKNOWN: reported), problems, and whether the required columns are there."""
    columns: list[str | None] = []
    problems: list[Problem] = []
    for cell in row:
        name = cell.strip().lower()
        if not name:
            columns.append(None)  # spreadsheets leave trailing unnamed columns
        elif name not in FACT_KEYS:
            problems.append(_problem(file, line, f"column {cell.strip()!r}: {unknown_key(name, FACT_KEYS, 'column')}"))
            columns.append(_UNKNOWN)
        elif name in columns:
            problems.append(_problem(file, line, f"column {name!r}: given twice in the header"))
            columns.append(_UNKNOWN)
        else:
            columns.append(name)
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    for name in missing:
        problems.append(_problem(file, line, f"column {name!r}: required column is missing"))
    return columns, problems, not missing


def _row(row: list[str], columns: list[str | None], file: str, line: int) -> RawRecord:
    fields: dict[str, Any] = {}
    issues: list[Issue] = []
    for position, cell in enumerate(row):
        cell = cell.strip()
        name = columns[position] if position < len(columns) else None
        if name == _UNKNOWN:
            continue
        if name is None:
            if cell:
                issues.append((f"cell {position + 1}", f"{cell!r} is in a column the header does not name"))
            continue
        if name in LIST_COLUMNS:
            fields[name] = [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]
        else:
            fields[name] = cell  # empty: absent, as the format says
    return RawRecord("fact", file, line, fields, issues)
