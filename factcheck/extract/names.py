"""Name mentions: every person, organization and place an article names, with exact spans.

Mentions come from the model's entity recogniser plus the reference entity
ruler (see `reference_ruler`). A mention's span is the name alone:
honorifics ("Mr.", "Dr."), titles ("Foreign Minister"), a leading "the" and
a possessive ("Qureshi's", "Taliban’s") are left out. In Markdown a name
broken over two lines is one mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.demonyms import country_of
from factcheck.extract import extractor, preparer
from factcheck.extract.reference_ruler import add_reference_ruler
from factcheck.models import Article, Claim
from factcheck.titles import GIVEN_NAMES, PERSON_TITLES, is_honorific, is_title_word

CHECK = "name.mention"
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "MISC"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’", "s", "'S", "’S"})
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Mention:
    """A name in the article: `start`/`end` are file offsets, tokens `[first, last)` in the Doc."""

    start: int
    end: int
    label: str
    first: int
    last: int
    text: str
    honorific: str | None = None  # "Mr.", "Dr." written before the name

    @property
    def name(self) -> str:
        return normalise_name(self.text)


def normalise_name(text: str) -> str:
    """A name as one line: runs of whitespace (line breaks too) become one space."""
    return _WHITESPACE.sub(" ", text).strip()


def _lead_length(doc, first: int, last: int, label: str) -> int:
    """How many tokens at the start of an entity are not part of the name.

    Punctuation, "the", honorifics and (for people) titles go; a country or
    nationality goes only when a title follows it ("Pakistani Foreign
    Minister Shah ..."), so that "Jordan Peterson" keeps his first name.
    """
    strip = 0
    for offset, token in enumerate(doc[first:last - 1]):
        text = token.text
        if token.is_space or not any(char.isalnum() for char in text):
            strip = offset + 1
        elif text.lower() in _DETERMINERS or is_honorific(text) or text in _POSSESSIVES:
            strip = offset + 1
        elif label == "PERSON" and is_title_word(text) and text.lower() not in GIVEN_NAMES:
            strip = offset + 1
        elif not (label == "PERSON" and country_of(text) is not None):
            break
    return strip


def _titled_person(doc, first: int, last: int) -> bool:
    """An entity the model did not call a person that reads "Title Firstname Lastname"."""
    if last - first < 2 or doc[first].text.lower().rstrip(".") not in PERSON_TITLES:
        return False
    rest = doc[first + 1:last]
    return len(rest) <= 3 and all(token.text[:1].isupper() and not is_title_word(token.text) for token in rest)


def _strippable_tail(token) -> bool:
    return token.is_space or token.text in _POSSESSIVES or not any(char.isalnum() for char in token.text)


def mentions(article: Article) -> list[Mention]:
    """Every name mention in the article, in text order (computed once per Doc)."""
    doc = article.doc
    cached = doc.user_data.get("factcheck.mentions")
    if cached is not None:
        return cached
    soft_breaks = article.document.path.lower().endswith((".md", ".markdown"))
    full_text = article.document.content  # the Doc's text; `doc.text` joins every token on each access
    found: list[Mention] = []
    for entity in _joined_entities(doc, soft_breaks):
        first, last, label = entity
        if label not in LABELS:
            continue
        if label != "PERSON" and _titled_person(doc, first, last):
            label = "PERSON"
        first += _lead_length(doc, first, last, label)
        while last > first and _strippable_tail(doc[last - 1]):
            last -= 1
        if first >= last:
            continue
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
        text = full_text[start:end]
        if not any(char.isupper() for char in text):
            continue
        before = doc[first - 1].text if first > 0 else ""
        found.append(Mention(start, end, label, first, last, text, before if is_honorific(before) else None))
    doc.user_data["factcheck.mentions"] = found
    return found


def _joined_entities(doc, soft_breaks: bool) -> list[tuple[int, int, str]]:
    """Entity token ranges; with Markdown soft line breaks, a name split over two lines is joined."""
    joined: list[tuple[int, int, str]] = []
    for entity in doc.ents:
        if soft_breaks and joined and joined[-1][2] in ("PERSON", entity.label_):
            first, last, label = joined[-1]
            between = doc[last:entity.start]
            if len(between) == 1 and between[0].is_space and between[0].text.count("\n") == 1:
                joined[-1] = (first, entity.end, label)
                continue
        joined.append((entity.start, entity.end, entity.label_))
    return joined


@extractor(CHECK)
def extract_names(article: Article) -> list[Claim]:
    return [
        Claim(
            kind="name",
            check=CHECK,
            text=article.document.text[mention.start:mention.end],
            start=mention.start,
            end=mention.end,
            sentence=article.sentence_of(mention.start),
            name=mention.name,
            label=mention.label,
            details={"honorific": mention.honorific} if mention.honorific else {},
        )
        for mention in mentions(article)
    ]


@preparer
def prepare(nlp, reference) -> None:
    """Teach the pipeline the reference's names (idempotent; a new reference replaces the old names)."""
    add_reference_ruler(nlp, reference)
