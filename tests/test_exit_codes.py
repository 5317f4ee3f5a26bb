"""Exit status: 0 nothing conflicting, 1 a conflicting claim, 2 an error (see ExitCode)."""
from __future__ import annotations

import pytest

from conftest import write_dataset

REFERENCE = """\
entities:
  - id: ada-lovelace
    name: Ada Lovelace
    type: person
facts:
  - id: bridge-length
    statement: length of the Harbour Bridge
    value: 1149
    unit: metre
    as_of: 2020-01-01
    keywords: [bridge, long, length]
    source: test data
"""


@pytest.fixture
def dataset(tmp_path):
    return write_dataset(tmp_path / "ref", REFERENCE)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_article_exits_0(cli, tmp_path, dataset):
    path = write(tmp_path, "clean.txt", "Ada Lovelace wrote the first program.\n")
    assert cli("check", path, "--reference", dataset, "--date", "2021-01-01").code == 0


def test_conflicting_claim_exits_1(cli, tmp_path, dataset):
    path = write(tmp_path, "typo.txt", "Ada Lovelace wrote notes. Later, Lovelase published them.\n")
    run = cli("check", path, "--reference", dataset, "--date", "2021-01-01")
    assert run.code == 1, run.stdout
    assert "conflicting" in run.stdout


def test_fail_on_never_exits_0_with_conflicts(cli, tmp_path, dataset):
    path = write(tmp_path, "typo.txt", "Ada Lovelace wrote notes. Later, Lovelase published them.\n")
    assert cli("check", path, "--reference", dataset, "--fail-on", "never").code == 0


def test_exit_status_is_the_same_for_every_format(cli, tmp_path, dataset):
    path = write(tmp_path, "typo.txt", "Ada Lovelace wrote notes. Later, Lovelase published them.\n")
    codes = {fmt: cli("check", path, "--reference", dataset, "--format", fmt).code for fmt in ("text", "json")}
    assert set(codes.values()) == {1}


def test_extract_exits_0_even_with_conflicts(cli, tmp_path, dataset):
    path = write(tmp_path, "typo.txt", "Ada Lovelace wrote notes. Later, Lovelase published them.\n")
    run = cli("extract", path, "--reference", dataset, "--format", "json")
    assert run.code == 0
    for claim in run.json["files"][0]["claims"]:
        assert not {"verdict", "message", "reference", "score"} & claim.keys()
