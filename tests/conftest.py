"""Shared fixtures: the CLI run in-process (the model loads once per test session)."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_f4ce3f877ad76716.txt"
DATA = Path(__file__).resolve().parent / "data"


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def json(self) -> dict:
        return json.loads(self.stdout)


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run `factcheck ARGS...` in this process; returns exit code, stdout and stderr."""

    def run(*args: str, stdin: bytes | None = None) -> Run:
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        capsys.readouterr()
        try:
            main([str(arg) for arg in args])
            code = 0
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 2
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def write_dataset(directory: Path, yaml_text: str) -> Path:
    """A reference dataset directory holding one YAML file; returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "data.yaml").write_text(yaml_text, encoding="utf-8")
    return directory
