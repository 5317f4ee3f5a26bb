"""An entity ruler built from the reference's names and aliases.

A registered spaCy component (`factcheck_reference_ruler`), placed after the
statistical recogniser, so that every name the reference knows is found even
where the model misses or mislabels it. A full name or alias overrides what
the model found ("Shah Mehmood Qureshi" inside a longer span); a short form
of a person's name ("Qureshi", "Trump") only fills gaps or relabels the very
same span, so that "Sadiq Khan" stays one name and does not become "Khan".

Matching is on characters rather than on pre-tokenised patterns, so that a
dataset of a million names costs no tokenizer run: any run of spaces or a
single line break in the text matches one space of a name, and typographic
apostrophes match straight ones.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from factcheck.demonyms import country_of
from factcheck.reference.index import Form, name_index
from factcheck.reference.model import Reference
from factcheck.titles import is_honorific, is_title_word

COMPONENT = "factcheck_reference_ruler"
LABELS = {"person": "PERSON", "organization": "ORG", "group": "ORG", "place": "GPE", "other": "MISC"}
_HEAD = re.compile(r"\w+|\S")
_APOSTROPHES = "'’‘ʼ`"


def head(text: str) -> str:
    found = _HEAD.match(text)
    return found.group() if found else ""


def second_head(text: str, position: int) -> str:
    """The word after the first one, from `position` (past any spaces); "" when there is none.
    Apostrophes are folded as `match_at` folds them."""
    while position < len(text) and text[position].isspace():
        position += 1
    found = _HEAD.match(text, position)
    if not found:
        return ""
    word = found.group()
    return "'" if word in _APOSTROPHES else word


def forms_by_head(reference: Reference) -> dict[str, dict[str, list[Form]]]:
    """The reference's name forms by their first word and then their second ("" for one-word
    forms), longest first; kept with the dataset. Two words, because a million names share
    few first names: "John" alone would try thousands."""
    return reference.derived("forms_by_head", _group_forms)


def _group_forms(reference: Reference) -> dict[str, dict[str, list[Form]]]:
    grouped: dict[str, dict[str, list[Form]]] = {}
    for form in name_index(reference).forms:
        first = head(form.text)
        grouped.setdefault(first, {}).setdefault(second_head(form.text, len(first)), []).append(form)
    for by_second in grouped.values():
        for forms in by_second.values():
            forms.sort(key=lambda form: -len(form.text))
    return grouped


def _candidates(by_second: dict[str, list[Form]], text: str, position: int) -> list[Form]:
    """The forms that may be written at `position`, right after their first word: those whose second
    word comes next, and the one-word forms, longest first."""
    following = by_second.get(second_head(text, position), [])
    alone = by_second.get("", [])
    if not alone or not following or following is alone:
        return following or alone
    return sorted([*following, *alone], key=lambda form: -len(form.text))


class ReferenceRuler:
    """Marks reference names in a Doc as entities. `set_reference` chooses the dataset."""

    def __init__(self, name: str = COMPONENT) -> None:
        self.name = name
        self.reference: Reference | None = None
        self._forms_by_head: dict[str, dict[str, list[Form]]] = {}

    def set_reference(self, reference: Reference | None) -> None:
        """Use `reference`'s names from now on; a no-op when it is the dataset already in use."""
        if reference is self.reference:
            return
        self.reference = reference
        self._forms_by_head = forms_by_head(reference) if reference is not None else {}

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[Span, Form]]:
        """Non-overlapping reference names in `doc`, longest first at each position."""
        found = []
        text = doc.text
        next_free = 0
        for token in doc:
            if token.idx < next_free or token.is_space:
                continue
            first = head(token.text)
            by_second = self._forms_by_head.get(first)
            if not by_second:
                continue
            for form in _candidates(by_second, text, token.idx + len(first)):
                end = match_at(text, token.idx, form.text)
                if end is None:
                    continue
                span = doc.char_span(token.idx, end, label=LABELS.get(form.entity.type, "MISC"))
                if span is not None:
                    if form.entity.type == "person":
                        span = _with_more_names(doc, span)
                    found.append((span, form))
                    next_free = span.end_char
                    break
        return found

    def set_annotations(self, doc: Doc, matches: list[tuple[Span, Form]]) -> None:
        entities = list(doc.ents)
        for span, form in matches:
            overlapping = [entity for entity in entities if entity.start < span.end and span.start < entity.end]
            if all(self._may_replace(span, form, entity) for entity in overlapping):
                entities = [entity for entity in entities if entity not in overlapping]
                entities.append(span)
        doc.ents = sorted(entities, key=lambda entity: entity.start)

    @staticmethod
    def _may_replace(span: Span, form: Form, entity: Span) -> bool:
        """May a reference name replace an overlapping entity the model found?

        Always when the model's entity lies inside it. When the model's entity
        is longer, only if what it adds is no name ("Foreign Minister", "the"):
        "Tedros Adhanom Gebreyesus" is not cut down to the alias "Tedros". A
        short form never replaces an entity that crosses it.
        """
        if span.start <= entity.start and entity.end <= span.end:
            return True
        if entity.start <= span.start and span.end <= entity.end:
            extra = [*entity[: span.start - entity.start], *entity[span.end - entity.start:]]
            return all(_not_a_name(token) for token in extra)
        return form.kind != "short"

    def to_bytes(self, **_) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_) -> "ReferenceRuler":
        return self

    def to_disk(self, *_args, **_kwargs) -> None:
        return None

    def from_disk(self, *_args, **_kwargs) -> "ReferenceRuler":
        return self


def _with_more_names(doc: Doc, span: Span) -> Span:
    """A person's known name followed by more capitalised names the model left untagged.

    "Tedros Adhanom Gebreyesus" is one name even when the reference knows
    only "Tedros" and the model knows none of it.
    """
    end = span.end
    while (
        end < len(doc) and end - span.end < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
        and not doc[end].ent_type_ and not doc[end].is_sent_start and not _not_a_name(doc[end])
    ):
        end += 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _not_a_name(token) -> bool:
    text = token.text
    if token.is_space or token.is_punct or not any(char.isalnum() for char in text):
        return True
    if text.lower() in ("the", "'s", "’s") or is_honorific(text) or is_title_word(text):
        return True
    return country_of(text) is not None


def match_at(text: str, start: int, name: str) -> int | None:
    """End offset if `name` is written at `text[start:]` (spaces and apostrophes loosely), else None."""
    position = start
    length = len(text)
    for char in name:
        if position >= length:
            return None
        if char == " ":
            if not text[position].isspace():
                return None
            gap_start = position
            while position < length and text[position].isspace():
                position += 1
            if text.count("\n", gap_start, position) > 1:  # a paragraph break ends a name
                return None
            continue
        found = text[position]
        if found != char and not (char in _APOSTROPHES and found in _APOSTROPHES):
            return None
        position += 1
    if position < length and (text[position].isalnum() and name[-1].isalnum()):
        return None
    return position


@Language.factory(COMPONENT)
def make_reference_ruler(nlp: Language, name: str) -> ReferenceRuler:
    return ReferenceRuler(name)


def add_reference_ruler(nlp: Language, reference: Reference) -> ReferenceRuler:
    """Add the ruler to `nlp` (after the recogniser) if absent, and point it at `reference`."""
    if COMPONENT not in nlp.pipe_names:
        placement = {"after": "ner"} if "ner" in nlp.pipe_names else {}
        nlp.add_pipe(COMPONENT, **placement)
    ruler = nlp.get_pipe(COMPONENT)
    ruler.set_reference(reference)
    return ruler
