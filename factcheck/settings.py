"""Project settings from `factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`.

For each checked file, the nearest settings file at or above its directory
applies (in one directory `factcheck.toml` wins over `pyproject.toml`; a
`pyproject.toml` without `[tool.factcheck]` is passed over). `--config FILE`
names one file for every article instead. Paths in a settings file are
relative to the directory that holds it. Options on the command line win
over settings. See docs/configuration.md.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck.config import Config
from factcheck.errors import UsageError

FILE_NAMES = ("factcheck.toml", "pyproject.toml")
FAIL_ON = ("conflicting", "unverified", "never")
LEVELS = ("error", "warning", "info")
DATE_MODES = ("today", "required")
KEYS = ("reference", "date", "fail-on", "min-level", "model", "baseline", "exclude", "checks", "thresholds")


def threshold_names() -> dict[str, str]:
    """Settings names (kebab-case) of the numeric Config fields, to their field names."""
    return {
        item.name.replace("_", "-"): item.name
        for item in dataclasses.fields(Config)
        if item.type in ("float", float)
    }


@dataclass(frozen=True)
class Settings:
    """What one settings file says; None means "not set here"."""

    source: str | None = None
    root: str = "."
    reference: str | None = None
    date: str = "today"
    fail_on: str | None = None
    min_level: str | None = None
    model: str | None = None
    baseline: str | None = None
    exclude: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    thresholds: dict[str, float] = field(default_factory=dict, hash=False, compare=True)

    def config(self, model: str | None = None) -> Config:
        """The pipeline Config these settings describe (`model` from the command line wins)."""
        return Config(model=model or self.model, checks=self.checks, **self.thresholds)


def read_toml(path: str) -> dict:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{path}: not valid TOML ({error}); fix the file") from None
    except OSError as error:
        raise UsageError(f"{path}: cannot be read ({error.strerror}); check the path") from None


def section_of(path: str, data: dict) -> dict | None:
    """The factcheck table of a settings file, or None when a pyproject.toml has none."""
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("factcheck") if isinstance(tool, dict) else None
    return data


def load(path: str, data: dict | None = None) -> Settings:
    """Read and validate one settings file; every problem names the file and the key."""
    data = read_toml(path) if data is None else data
    table = section_of(path, data)
    where = f"{path}: [tool.factcheck]" if os.path.basename(path) == "pyproject.toml" else path
    if table is None:
        raise UsageError(f"{path}: has no [tool.factcheck] table; add one or give a factcheck.toml")
    root = os.path.dirname(os.path.abspath(path))
    values: dict = {"source": path, "root": root}
    for raw_key, value in table.items():
        key = raw_key.replace("_", "-")
        if key not in KEYS:
            raise UsageError(f"{where}: unknown key '{raw_key}'; known keys are {', '.join(KEYS)}")
        values.update(parse_value(where, key, value, root))
    return Settings(**values)


def parse_value(where: str, key: str, value, root: str) -> dict:
    def bad(expected: str) -> UsageError:
        return UsageError(f"{where}: {key} = {value!r} is not valid; use {expected}")

    if key in ("reference", "baseline", "model"):
        if not isinstance(value, str) or not value:
            raise bad("a string")
        if key == "model":
            return {"model": value}
        return {key: os.path.normpath(os.path.join(root, os.path.expanduser(value)))}
    if key in ("date", "fail-on", "min-level"):
        choices = {"date": DATE_MODES, "fail-on": FAIL_ON, "min-level": LEVELS}[key]
        if value not in choices:
            raise bad(" or ".join(f"'{choice}'" for choice in choices))
        return {key.replace("-", "_"): value}
    if key in ("exclude", "checks"):
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            raise bad("a list of strings")
        return {key: tuple(value)}
    # thresholds
    if not isinstance(value, dict):
        raise bad("a table such as [thresholds] or thresholds = {name-min-similarity = 0.9}")
    names = threshold_names()
    thresholds = {}
    for raw_name, number in value.items():
        name = raw_name.replace("_", "-")
        if name not in names:
            raise UsageError(f"{where}: unknown key 'thresholds.{raw_name}'; known thresholds are {', '.join(names)}")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or number < 0:
            raise UsageError(f"{where}: thresholds.{raw_name} = {number!r} is not valid; use a number >= 0")
        thresholds[names[name]] = float(number)
    return {"thresholds": thresholds}


@lru_cache(maxsize=256)
def settings_file_in(directory: str) -> str | None:
    """The settings file in `directory` itself, if any."""
    for name in FILE_NAMES:
        candidate = os.path.join(directory, name)
        if os.path.isfile(candidate):
            if name == "pyproject.toml" and section_of(candidate, read_toml(candidate)) is None:
                continue
            return candidate
    return None


def find(start: str) -> str | None:
    """The nearest settings file at or above directory `start`."""
    directory = os.path.abspath(start)
    while True:
        found = settings_file_in(directory)
        if found:
            return found
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


class Resolver:
    """Settings for each checked path: the file given with --config, or the nearest one."""

    def __init__(self, config_file: str | None = None, isolated: bool = False) -> None:
        self.fixed: Settings | None = None
        settings_file_in.cache_clear()  # files may have changed since an earlier run in this process
        if isolated:
            self.fixed = Settings(root=os.getcwd())
        elif config_file:
            if not os.path.isfile(config_file):
                raise UsageError(f"{config_file}: no such settings file; check the path given with --config")
            self.fixed = load(config_file)
        self.loaded: dict[str, Settings] = {}

    def for_path(self, path: str | None) -> Settings:
        """Settings for an article at `path` (None: text from stdin, looked up from the working directory)."""
        if self.fixed is not None:
            return self.fixed
        start = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        found = find(start)
        if found is None:
            return Settings(root=os.getcwd())
        if found not in self.loaded:
            self.loaded[found] = load(found)
        return self.loaded[found]
