"""The reference entity ruler as a spaCy component, on a blank pipeline."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from factcheck.extract import PREPARERS
from factcheck.extract.reference_ruler import COMPONENT, ReferenceRuler, add_reference_ruler
from factcheck.reference.model import Entity, Reference

REFERENCE = Reference(
    path="<test>",
    entities=(
        Entity("qureshi", "Shah Mehmood Qureshi", "person"),
        Entity("imran", "Imran Khan", "person"),
        Entity("taliban", "Taliban", "group", aliases=("Islamic Emirate",)),
        Entity("tedros", "Tedros Adhanom Ghebreyesus", "person", aliases=("Tedros",)),
        Entity("us", "United States", "place", aliases=("U.S.",)),
    ),
)
OTHER = Reference(path="<other>", entities=(Entity("scholz", "Olaf Scholz", "person"),))


@pytest.fixture
def nlp():
    pipeline = spacy.blank("en")
    add_reference_ruler(pipeline, REFERENCE)
    return pipeline


def entities(doc) -> list[tuple[str, str]]:
    return [(entity.text, entity.label_) for entity in doc.ents]


def test_is_a_registered_component_added_by_the_names_preparer():
    pipeline = spacy.blank("en")
    for prepare in PREPARERS:
        prepare(pipeline, REFERENCE)
    assert COMPONENT in pipeline.pipe_names
    assert isinstance(pipeline.get_pipe(COMPONENT), ReferenceRuler)
    assert spacy.blank("en").add_pipe(COMPONENT) is not None


def test_finds_names_aliases_and_short_forms(nlp):
    doc = nlp("Shah Mehmood Qureshi met the Islamic Emirate. Qureshi and Mr. Khan spoke in the U.S.")
    assert entities(doc) == [
        ("Shah Mehmood Qureshi", "PERSON"),
        ("Islamic Emirate", "ORG"),
        ("Qureshi", "PERSON"),
        ("Khan", "PERSON"),
        ("U.S.", "GPE"),
    ]


def test_a_name_broken_over_two_lines_is_one_entity(nlp):
    doc = nlp("Foreign Minister Shah Mehmood\nQureshi said so.")
    assert entities(doc) == [("Shah Mehmood\nQureshi", "PERSON")]
    assert entities(nlp("Shah Mehmood\n\nQureshi said so."))[0][0] == "Qureshi"  # a paragraph break ends a name


def test_curly_apostrophes_match_straight_ones():
    pipeline = spacy.blank("en")
    add_reference_ruler(pipeline, Reference(path="<t>", entities=(Entity("ap", "People's Daily", "organization"),)))
    assert entities(pipeline("The People’s Daily said so.")) == [("People’s Daily", "ORG")]


def test_does_not_match_inside_a_longer_word(nlp):
    assert entities(nlp("The Khanate and the Talibans")) == []


def test_same_reference_again_changes_nothing_and_a_new_one_replaces_the_names(nlp):
    ruler = nlp.get_pipe(COMPONENT)
    add_reference_ruler(nlp, REFERENCE)
    assert nlp.pipe_names.count(COMPONENT) == 1
    assert ruler.reference is REFERENCE
    add_reference_ruler(nlp, OTHER)
    assert nlp.pipe_names.count(COMPONENT) == 1
    assert entities(nlp("Olaf Scholz met Imran Khan.")) == [("Olaf Scholz", "PERSON")]


def preset(nlp, text: str, spans: list[tuple[int, int, str]]):
    """A Doc with entities set as the statistical recogniser would, then run through the ruler."""
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    return nlp.get_pipe(COMPONENT)(doc)


def test_a_short_form_does_not_cut_down_a_longer_name(nlp):
    doc = preset(nlp, "Sadiq Khan won.", [(0, 2, "PERSON")])
    assert entities(doc) == [("Sadiq Khan", "PERSON")]


def test_a_short_form_relabels_the_same_span(nlp):
    doc = preset(nlp, "The Khan administration", [(1, 2, "ORG")])
    assert entities(doc) == [("Khan", "PERSON")]


def test_a_full_name_replaces_a_span_padded_with_a_title(nlp):
    doc = preset(nlp, "Foreign Minister Shah Mehmood Qureshi said", [(0, 5, "PERSON")])
    assert entities(doc) == [("Shah Mehmood Qureshi", "PERSON")]


def test_an_alias_does_not_cut_down_a_longer_name(nlp):
    doc = preset(nlp, "Tedros Adhanom Gebreyesus said", [(0, 3, "PERSON")])
    assert entities(doc) == [("Tedros Adhanom Gebreyesus", "PERSON")]
