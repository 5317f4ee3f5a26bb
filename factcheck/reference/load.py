"""Load a reference dataset directory into a `Reference`, or fail listing every problem.

    reference = load_reference("reference_data")
    print(describe(reference))

Every `*.yaml` / `*.yml` file below the directory holds `entities:` and
`facts:` lists; every `*.csv` file is a table of facts. Files are read in
sorted path order so that records, and messages, come out the same every time.
Any problem raises `ReferenceDataError` whose `errors` are lines like

    reference_data/people.yaml:42: entity 'imran-khan': roles[0].from: '2018-13-01' is not a date (YYYY-MM-DD)
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path, PurePosixPath

from factcheck.errors import ReferenceDataError
from factcheck.reference import cache as compiled_cache
from factcheck.reference.fields import ENTITY_TYPES
from factcheck.reference.model import Entity, Fact, Reference
from factcheck.reference.records import build_entity, build_fact
from factcheck.reference.sources import Problem, RawRecord, decode, read_csv, read_yaml

YAML_SUFFIXES = (".yaml", ".yml")
CSV_SUFFIXES = (".csv",)
_PLURALS = {"person": "people", "organization": "organizations", "place": "places", "group": "groups", "other": "other"}


def load_reference(path: str | Path, cache: bool | None = None) -> Reference:
    """The dataset at `path` (a directory, or a single data file); raises ReferenceDataError.

    `cache`: True reads and writes the compiled cache (see cache.py), False
    never does, None (default) uses it for datasets large enough to gain.
    """
    given = str(path)
    root = Path(path)
    if not root.exists():
        raise ReferenceDataError(given, [f"{given}: no such file or directory"])
    files = data_files(root)
    if not files:
        raise ReferenceDataError(given, [f"{given}: no reference data files (*.yaml, *.yml, *.csv) found"])
    if cache is False or os.environ.get("FACTCHECK_NO_CACHE"):
        return _parse(given, root, files)
    key, size = compiled_cache.dataset_key(root, files)
    if cache is None and size < compiled_cache.MIN_BYTES:
        return _parse(given, root, files)
    name = compiled_cache.entry_name(root, key)
    reference = compiled_cache.read(name, given)
    if reference is None:
        reference = _parse(given, root, files)
        compiled_cache.write(root, name, reference)
    return reference


def _parse(given: str, root: Path, files: list[Path]) -> Reference:
    """Read and validate every file; raises ReferenceDataError listing all problems."""

    problems: list[Problem] = []
    raws: list[RawRecord] = []
    for file in files:
        shown = display_path(root, file)
        records, file_problems = _read(file, shown)
        raws.extend(records)
        problems.extend(file_problems)

    known_ids = _check_unique_ids(raws, problems)
    entities: list[Entity] = []
    facts: list[Fact] = []
    for raw in raws:
        if raw.kind == "entity":
            entity = build_entity(raw, problems)
            if entity:
                entities.append(entity)
        else:
            fact = build_fact(raw, problems, known_ids)
            if fact:
                facts.append(fact)

    if problems:
        order = {display_path(root, file): index for index, file in enumerate(files)}
        problems.sort(key=lambda problem: (order.get(problem.file, len(order)), problem.line))
        raise ReferenceDataError(given, [problem.message for problem in problems])
    return Reference(path=given, entities=tuple(entities), facts=tuple(facts))


def data_files(root: Path) -> list[Path]:
    """The data files of a dataset, in sorted path order.

    Hidden files and directories are skipped: editors and version control keep
    their own copies and lock files there.
    """
    if root.is_file():
        return [root] if root.suffix.lower() in YAML_SUFFIXES + CSV_SUFFIXES else []
    found = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in names:
            if not name.startswith(".") and Path(name).suffix.lower() in YAML_SUFFIXES + CSV_SUFFIXES:
                found.append(Path(directory, name))
    return sorted(found, key=lambda file: file.relative_to(root).as_posix())


def display_path(root: Path, file: Path) -> str:
    """How messages name `file`: under the dataset path as given when that is
    relative, else under the dataset directory's own name (`reference_data/people.yaml`)."""
    if not root.is_absolute():
        return PurePosixPath(os.path.normpath(file)).as_posix()
    if root.is_file():
        return file.name
    return f"{_root_name(root)}/{file.relative_to(root).as_posix()}"


def _root_name(root: Path) -> str:
    return root.resolve().name or root.as_posix()


def _read(file: Path, shown: str) -> tuple[list[RawRecord], list[Problem]]:
    try:
        data = file.read_bytes()
    except OSError as error:
        return [], [Problem(shown, 0, f"{shown}: cannot be read ({error.strerror or error})")]
    text, problems = decode(data, shown)
    if text is None:
        return [], problems
    reader = read_csv if file.suffix.lower() in CSV_SUFFIXES else read_yaml
    return reader(text, shown)


def _check_unique_ids(raws: list[RawRecord], problems: list[Problem]) -> dict[str, str]:
    """Report ids used twice (entities and facts share one namespace); map each id to its kind."""
    first_seen: dict[str, RawRecord] = {}
    for raw in raws:
        record_id = raw.given_id
        if record_id is None:
            continue
        first = first_seen.setdefault(record_id, raw)
        if first is not raw:
            where = f"{first.file}:{first.line}"
            problems.append(raw.problem("id", f"duplicate id: {record_id!r} is already the id of the {first.kind} at {where}"))
    return {record_id: raw.kind for record_id, raw in first_seen.items()}


def describe(reference: Reference) -> str:
    """One line for `factcheck reference validate`:
    `reference_data: 23 entities (9 people, 6 organizations, 8 places), 4 facts, 15 roles — valid`."""
    path = Path(reference.path)
    name = _root_name(path) if path.is_absolute() else PurePosixPath(os.path.normpath(path)).as_posix()
    by_type = Counter(entity.type for entity in reference.entities)
    kinds = [
        _count(by_type[kind], kind, _PLURALS[kind]) for kind in ENTITY_TYPES if by_type[kind]
    ]
    entities = _count(len(reference.entities), "entity", "entities")
    if kinds:
        entities += f" ({', '.join(kinds)})"
    roles = sum(len(entity.roles) for entity in reference.entities)
    return f"{name}: {entities}, {_count(len(reference.facts), 'fact', 'facts')}, {_count(roles, 'role', 'roles')} — valid"


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
