"""The compiled dataset cache gives the same dataset as the files, and notices any change."""
from __future__ import annotations

import pytest

from conftest import write_dataset

from factcheck.reference.load import load_reference

DATASET = """\
entities:
  - {id: ada-lovelace, name: Ada Lovelace, type: person, aliases: [Augusta Ada King]}
facts:
  - {id: engine-parts, statement: parts of the Analytical Engine, value: 25000, as_of: 1843}
"""


@pytest.fixture
def dataset(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return write_dataset(tmp_path / "ref", DATASET)


def test_cached_load_equals_the_files(dataset, tmp_path):
    first = load_reference(dataset, cache=True)
    assert list((tmp_path / "cache").glob("*.pickle")), "a compiled cache was written"
    second = load_reference(dataset, cache=True)
    assert second == first == load_reference(dataset, cache=False)
    assert second.get("ada-lovelace").aliases == ("Augusta Ada King",)


def test_changing_a_file_invalidates_the_cache(dataset):
    load_reference(dataset, cache=True)
    (dataset / "data.yaml").write_text(DATASET.replace("25000", "26000"), encoding="utf-8")
    assert load_reference(dataset, cache=True).get("engine-parts").value == 26000


def test_a_new_version_of_a_dataset_replaces_the_old_one_in_the_cache(dataset, tmp_path):
    load_reference(dataset, cache=True)
    other = write_dataset(tmp_path / "other", DATASET)
    load_reference(other, cache=True)
    (dataset / "data.yaml").write_text(DATASET.replace("25000", "26000"), encoding="utf-8")
    load_reference(dataset, cache=True)
    # one entry per dataset: the edited one's new version and the other dataset's
    assert len(list((tmp_path / "cache").glob("dataset-*.pickle"))) == 2
    assert load_reference(other, cache=True).get("engine-parts").value == 25000


def test_adding_a_file_invalidates_the_cache(dataset):
    load_reference(dataset, cache=True)
    (dataset / "more.csv").write_text("id,statement,value\nbabbage-age,age of Babbage,52\n", encoding="utf-8")
    assert load_reference(dataset, cache=True).get("babbage-age").value == 52


def test_a_broken_cache_falls_back_to_the_files(dataset, tmp_path):
    expected = load_reference(dataset, cache=False)
    load_reference(dataset, cache=True)
    for pickled in (tmp_path / "cache").glob("*.pickle"):
        pickled.write_bytes(b"not a pickle")
    assert load_reference(dataset, cache=True) == expected


def test_check_results_are_the_same_with_and_without_the_cache(dataset):
    from factcheck import check_text

    text = ("Ada Lovelace wrote notes on the Analytical Engine, which had 25,000 parts. "
            "Later, Lovelase published them.\n")
    without = check_text(text, load_reference(dataset, cache=False), path="a.txt")
    load_reference(dataset, cache=True)  # writes the compiled cache, indexes included
    cached = load_reference(dataset, cache=True)
    assert cached.__dict__["_derived"], "the indexes came from the cache"
    with_cache = check_text(text, cached, path="a.txt")
    assert with_cache.findings == without.findings
    assert {finding.verdict.value for finding in without.findings} >= {"consistent", "conflicting"}
