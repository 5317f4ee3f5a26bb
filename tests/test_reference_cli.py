"""`factcheck reference validate`: every error with file and line, or a summary."""
from __future__ import annotations

from conftest import DATA


def test_validate_lists_all_five_planted_errors(cli):
    dataset = DATA / "reference" / "five_errors"
    run = cli("reference", "validate", dataset)
    assert run.code == 2
    problems = run.stdout.splitlines()
    assert len(problems) == 5
    for problem in problems:
        path, line, _ = problem.split(":", 2)
        assert path.startswith("five_errors/") and line.isdigit()
    assert run.stderr.strip().startswith("error: reference data in")


def test_validate_summarises_a_valid_dataset(cli):
    run = cli("reference", "validate")
    assert run.code == 0
    assert run.stdout.strip().endswith("valid")
    assert "entities" in run.stdout and "facts" in run.stdout


def test_validate_missing_directory(cli, tmp_path):
    run = cli("reference", "validate", tmp_path / "nowhere")
    assert run.code == 2
    assert "nowhere" in run.stdout + run.stderr
