"""Numeric claim extraction, case by case, from the examples table in
tests/data/numeric_examples.yaml (sentence -> every quantity it must yield)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.extract.quantities import find_quantities

EXAMPLES = yaml.safe_load((Path(__file__).parent / "data" / "numeric_examples.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def nlp():
    from factcheck.nlp import load_model

    return load_model()


def _case_id(case: dict) -> str:
    return f"{case['topic']}: {case['sentence'][:48]}"


def _value(quantity_value):
    if isinstance(quantity_value, tuple):
        return [pytest.approx(quantity_value[0], rel=1e-4), pytest.approx(quantity_value[1], rel=1e-4)]
    return pytest.approx(quantity_value, rel=1e-4)


@pytest.mark.parametrize("case", EXAMPLES, ids=[_case_id(case) for case in EXAMPLES])
def test_example(nlp, case):
    sentence = case["sentence"]
    found = [
        {
            "text": sentence[q.start:q.end],
            "value": list(q.value) if isinstance(q.value, tuple) else q.value,
            "unit": q.unit,
            "qualifier": q.qualifier,
            "change": q.change,
        }
        for q in find_quantities(nlp(sentence))
    ]
    expected = [
        {
            "text": item["text"],
            "value": _value(tuple(item["value"]) if isinstance(item["value"], list) else item["value"]),
            "unit": item["unit"],
            "qualifier": item.get("qualifier", "exact"),
            "change": item.get("change", found[index]["change"] if index < len(found) else None),
        }
        for index, item in enumerate(case["expect"])
    ]
    assert found == expected


def test_the_table_covers_every_kind_of_news_number():
    topics = {case["topic"] for case in EXAMPLES}
    assert len(EXAMPLES) >= 80
    for topic in ("separators", "scale words", "money", "number words", "hyphenated compounds", "fractions",
                  "percentages", "ranges", "multipliers", "qualifiers", "dates", "times", "ordinals",
                  "identifiers", "scores", "metadata"):
        assert topic in topics, topic


def test_the_step_is_a_spacy_component_that_works_without_a_parser():
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("numeric_quantities")
    doc = blank("The company raised $3.5bn and sold 2,000 tonnes in 2019, up 4%.")
    assert [(doc.text[q.start:q.end], q.value, q.unit) for q in doc._.quantities] == [
        ("$3.5bn", 3.5e9, "USD"),
        ("2,000 tonnes", 2000.0, "tonne"),
        ("4%", 4.0, "percent"),
    ]


def test_the_component_in_a_full_pipeline_finds_what_the_function_finds(nlp):
    import spacy

    from factcheck.nlp import resolve_model_name

    pipeline = spacy.load(resolve_model_name())
    pipeline.add_pipe("numeric_quantities", last=True)
    sentence = "A 12-member delegation met a little under half of the 14,000 troops in 2019."
    assert pipeline(sentence)._.quantities == find_quantities(nlp(sentence))
    assert [sentence[q.start:q.end] for q in pipeline(sentence)._.quantities] == [
        "12-member", "a little under half", "14,000 troops",
    ]


def test_the_extractor_reports_claims_with_offsets_into_the_file(nlp):
    from factcheck.config import Config
    from factcheck.extract import EXTRACTORS
    from factcheck.models import Article, Document

    text = "# Talks\n\nOfficials said about 1,500 troops would leave, roughly half of the 3,000 deployed.\n"
    content = "  Talks\n\nOfficials said about 1,500 troops would leave, roughly half of the 3,000 deployed.\n"
    article = Article(Document("draft.md", text, content), nlp(content), None, dt.date(2020, 1, 1), Config())
    claims = EXTRACTORS["numeric.quantity"](article)
    assert [(c.text, c.value, c.unit, c.qualifier) for c in claims] == [
        ("about 1,500 troops", 1500.0, "troops", "approximate"),
        ("roughly half", 50.0, "percent", "approximate"),
        ("3,000", 3000.0, None, "exact"),
    ]
    for claim in claims:
        assert claim.kind == "numeric" and claim.check == "numeric.quantity"
        assert text[claim.start:claim.end] == claim.text
        assert "Officials said" in claim.sentence
