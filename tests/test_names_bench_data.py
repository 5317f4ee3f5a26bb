"""The labelled article set of bench/names stays usable: its reference loads and every planted error is in its article."""
from __future__ import annotations

from pathlib import Path

import yaml

from factcheck.documents import read_document
from factcheck.reference import load_reference

DATASET = Path(__file__).resolve().parent.parent / "bench" / "names"


def test_reference_loads_in_the_published_format():
    reference = load_reference(DATASET / "reference")
    assert sum(1 for entity in reference.entities if entity.type == "person") >= 20


def test_every_gold_entry_is_in_its_dated_article():
    gold = yaml.safe_load((DATASET / "gold.yaml").read_text(encoding="utf-8"))
    assert len(gold) >= 20
    for name, planted in gold.items():
        document = read_document(str(DATASET / "articles" / name))
        assert document.date is not None, name
        for entry in (planted.get("misspellings") or []) + (planted.get("wrong_titles") or []):
            assert entry["text"] in document.text, (name, entry["text"])
            assert entry["suggestion"], (name, entry["text"])
