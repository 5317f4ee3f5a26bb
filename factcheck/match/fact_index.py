"""An index of a reference dataset's facts for the numeric matcher, built once per Reference.

Facts are found through the words of their statement, keywords and entity
names, and through the entities an article mentions, so that a large
dataset is never scanned for every claim. Only the entities that facts are
about are indexed, however many entities the dataset holds.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from factcheck import units
from factcheck.match.words import index_key, words_of
from factcheck.reference.model import Fact, Reference


@dataclass(frozen=True)
class IndexedFact:
    fact: Fact
    unit: units.Unit
    statement: tuple[str, ...]  # stems
    measure: tuple[str, ...]  # the statement's stems that are not names of its entities: what is counted
    keywords: tuple[tuple[str, ...], ...]  # each keyword as its stems ("Flight 302" -> ("flight", "302"))
    keyword_units: tuple[units.Unit, ...]  # each keyword read as a unit ("metres" is one; "peak" a noun)
    entities: tuple[str, ...]  # ids of the entities the fact is about
    scope: frozenset[str]  # every stem of statement and keywords


@dataclass
class FactIndex:
    reference: Reference
    postings: dict[str, list[int]]  # index key -> positions in `reference.facts`
    weights: dict[str, float]  # index key -> how telling the key is
    spellings: dict[str, tuple[str, ...]]  # entity id -> accepted spellings (person surnames included)
    by_entity: dict[str, list[int]]  # entity id -> positions of its facts
    first_words: dict[str, list[tuple[str, str]]]  # first word of a spelling -> (spelling, entity id)
    _name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    _entries: dict[int, IndexedFact] = field(default_factory=dict)

    def entry(self, position: int) -> IndexedFact:
        """The fact at `position` with its words worked out (on first use: most facts never are)."""
        found = self._entries.get(position)
        if found is None:
            found = self._entries[position] = _indexed(self.reference.facts[position], self.name_words)
        return found

    def name_words(self, entity_id: str) -> frozenset[str]:
        """The stems of every spelling of an entity's name."""
        cached = self._name_words.get(entity_id)
        if cached is None:
            cached = frozenset(word for spelling in self.spellings.get(entity_id, ()) for word in words_of(spelling))
            self._name_words[entity_id] = cached
        return cached

    def entities_in(self, text: str) -> set[str]:
        """Ids of the indexed entities that `text` names (spellings matched as whole words)."""
        return set(self.mentions_in(text))

    def mentions_in(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """Entity id -> where `text` names it (start, end)."""
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for match in re.finditer(r"\w+", text):
            if match.start() > 0 and text[match.start() - 1].isalnum():
                continue
            for spelling, entity_id in self.first_words.get(match.group(0).casefold(), ()):
                if spelled_at(text, match.start(), spelling):
                    found[entity_id].append((match.start(), match.start() + len(spelling)))
        return dict(found)


def spelled_at(text: str, start: int, spelling: str) -> bool:
    """Whether `spelling` is written at `start` as whole words; acronyms must keep their case ("US", not "us")."""
    written = text[start : start + len(spelling)]
    after = text[start + len(spelling) : start + len(spelling) + 1]
    if after and (after.isalnum() or after == "_"):
        return False
    if spelling.isupper() or len(spelling) < 4:
        return written == spelling
    return written.casefold() == spelling.casefold()


def fact_index(reference: Reference) -> FactIndex:
    """The index of `reference`'s facts, built on first use and kept with the dataset."""
    return reference.derived("fact_index", _build)


def _build(reference: Reference) -> FactIndex:
    postings: dict[str, list[int]] = defaultdict(list)
    spellings: dict[str, tuple[str, ...]] = {}
    name_words: dict[str, frozenset[str]] = {}
    by_entity: dict[str, list[int]] = defaultdict(list)
    for position, fact in enumerate(reference.facts):
        keys = {index_key(word) for word in words_of(fact.statement)}
        for keyword in fact.keywords:
            keys.update(index_key(word) for word in words_of(keyword))
        for entity_id in fact.entities:
            if entity_id not in spellings:
                spellings[entity_id] = _entity_spellings(reference, entity_id)
                name_words[entity_id] = frozenset(w for spelling in spellings[entity_id] for w in words_of(spelling))
            by_entity[entity_id].append(position)
        for key in keys:
            postings[key].append(position)
    total = max(len(reference.facts), 1)
    # rarer words say more about which fact is meant: a smoothed inverse document frequency
    weights = {key: math.log(1 + total / len(found)) for key, found in postings.items()}
    first_words: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity_id, names in spellings.items():
        for spelling in names:
            first = re.match(r"\w+", spelling)
            if first:
                first_words[first.group(0).casefold()].append((spelling, entity_id))
    return FactIndex(reference, dict(postings), weights, spellings, dict(by_entity), dict(first_words), name_words)


def _indexed(fact: Fact, name_words) -> IndexedFact:
    statement = tuple(words_of(fact.statement))
    written_keywords = [keyword for keyword in fact.keywords if words_of(keyword)]
    keywords = tuple(tuple(words_of(keyword)) for keyword in written_keywords)
    names = frozenset().union(*(name_words(entity_id) for entity_id in fact.entities))
    return IndexedFact(
        fact, units.normalize(fact.unit), statement, tuple(word for word in statement if word not in names),
        keywords, tuple(units.normalize(keyword) for keyword in written_keywords), tuple(fact.entities),
        frozenset(statement) | frozenset(word for keyword in keywords for word in keyword),
    )


def _entity_spellings(reference: Reference, entity_id: str) -> tuple[str, ...]:
    entity = reference.get(entity_id)
    if entity is None or not hasattr(entity, "spellings"):
        return ()
    names = list(entity.spellings)
    if entity.type == "person":
        names.extend(spelling.split()[-1] for spelling in entity.spellings if len(spelling.split()) > 1)
    return tuple(dict.fromkeys(names))
