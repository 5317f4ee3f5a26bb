"""An index of a reference dataset's facts for the numeric matcher, built once per Reference.

Facts are found through the words of their statement, keywords and entity
names, and through the entities an article mentions, so that a large
dataset is never scanned for every claim. Only the entities that facts are
about are indexed, however many entities the dataset holds.

Each fact's statement is read once, on first use, into what it measures and
whose number it is: the entities its statement names ("Amazon Web Services
annual net sales" is about Amazon Web Services, not about Amazon, though
both are listed), the other names it spells without an entity record ("the
Green Party"), the period it counts per ("visitors to the Louvre in a
year"), and the words of what is measured.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from factcheck import units
from factcheck.demonyms import country_of
from factcheck.match.words import index_key, rate_of, words_of
from factcheck.reference.model import Fact, Reference


@dataclass(frozen=True)
class IndexedFact:
    fact: Fact
    unit: units.Unit
    statement: tuple[str, ...]  # stems
    measure: tuple[str, ...]  # the statement's stems that are not names: what is counted or measured
    keywords: tuple[tuple[str, ...], ...]  # each keyword as its stems ("Flight 302" -> ("flight", "302"))
    keyword_units: tuple[units.Unit, ...]  # each keyword read as a unit ("metres" is one; "peak" a noun)
    entities: tuple[str, ...]  # ids of the entities the fact is about
    scope: frozenset[str]  # every stem of statement and keywords
    subjects: tuple[str, ...] = ()  # entities the statement names: whose number it is
    names: tuple[tuple[str, ...], ...] = ()  # other names the statement spells, each as its words
    name_countries: tuple[str | None, ...] = ()  # the country each name is, if it is one ("U.S.")
    keyword_names: tuple[bool, ...] = ()  # whether each keyword only names an entity ("AWS", "Labour")
    rate: str | None = None  # the period or thing the value is counted per ("year", "day", "share")

    @property
    def context(self) -> tuple[str, ...]:
        """The fact's entities that its statement does not name (the company behind a product, a place)."""
        return tuple(entity_id for entity_id in self.entities if entity_id not in self.subjects)


@dataclass
class FactIndex:
    reference: Reference
    postings: dict[str, list[int]]  # index key -> positions in `reference.facts`
    weights: dict[str, float]  # index key -> how telling the key is
    spellings: dict[str, tuple[str, ...]]  # entity id -> accepted spellings (person surnames included)
    by_entity: dict[str, list[int]]  # entity id -> positions of its facts
    first_words: dict[str, list[tuple[str, str]]]  # first word of a spelling -> (spelling, entity id)
    # a person's surname alone (folded) -> how many indexed people it may name
    surnames: dict[str, int] = field(default_factory=dict)
    _name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    _entries: dict[int, IndexedFact] = field(default_factory=dict)
    # folded spelling -> [(spelling, entity ids it names, people it names by their shared surname)],
    # and the most words a spelling has after each first word
    _by_spelling: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] | None = None
    _most_words: dict[str, int] | None = None

    def entry(self, position: int) -> IndexedFact:
        """The fact at `position` with its words worked out (on first use: most facts never are)."""
        found = self._entries.get(position)
        if found is None:
            found = self._entries[position] = _indexed(self.reference.facts[position], self)
        return found

    def name_words(self, entity_id: str) -> frozenset[str]:
        """The stems of every spelling of an entity's name."""
        cached = self._name_words.get(entity_id)
        if cached is None:
            cached = frozenset(word for spelling in self.spellings.get(entity_id, ()) for word in words_of(spelling))
            self._name_words[entity_id] = cached
        return cached

    def _spelling_table(self) -> tuple[dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]], dict[str, int]]:
        if self._by_spelling is None or self._most_words is None:
            grouped: dict[str, dict[str, tuple[list[str], list[str]]]] = defaultdict(dict)
            most_words: dict[str, int] = {}
            for first, written in self.first_words.items():
                for spelling, entity_id in written:
                    full, shared = grouped[spelling.casefold()].setdefault(spelling, ([], []))
                    is_shared = self.surnames.get(spelling.casefold(), 0) > 1 and self._is_surname(entity_id, spelling)
                    (shared if is_shared else full).append(entity_id)
                    most_words[first] = max(most_words.get(first, 0), len(re.findall(r"\w+", spelling)))
            self._by_spelling = {
                folded: [(spelling, tuple(full), frozenset(shared)) for spelling, (full, shared) in spellings.items()]
                for folded, spellings in grouped.items()
            }
            self._most_words = most_words
        return self._by_spelling, self._most_words

    def entities_in(self, text: str) -> set[str]:
        """Ids of the indexed entities that `text` names (spellings matched as whole words)."""
        return set(self.mentions_in(text))

    def mentions_in(self, text: str, named_in_full: set[str] | None = None) -> dict[str, list[tuple[int, int]]]:
        """Entity id -> where `text` names it (start, end). A name inside a longer one is not a
        mention: "Amazon Web Services" names Amazon Web Services, not Amazon; "Reform UK" is no
        mention of the UK. A surname alone names a person only when no other indexed person has
        it, or when the person is named in full in `text` or in `named_in_full` (the article):
        "Suzuki" is none of a thousand Suzukis, but "Qureshi" after "Shah Mehmood Qureshi" is him."""
        by_spelling, most_words = self._spelling_table()
        tokens = list(re.finditer(r"\w+", text))
        spans: list[tuple[int, int, tuple[str, ...], frozenset[str]]] = []
        for position, match in enumerate(tokens):
            start = match.start()
            if start > 0 and text[start - 1].isalnum():
                continue
            # look the next few words up as a whole, rather than trying every spelling of the first word
            for last in tokens[position : position + most_words.get(match.group(0).casefold(), 0)]:
                end = last.end()
                for stop in (end, end + 1) if text[end : end + 1] == "." else (end,):
                    for spelling, full, shared in by_spelling.get(text[start:stop].casefold(), ()):
                        if spelled_at(text, start, spelling):
                            spans.append((start, start + len(spelling), full, shared))
        found: dict[str, list[tuple[int, int]]] = defaultdict(list)
        widest: tuple[int, int] = (-1, -1)  # the span reaching furthest among those that start earlier
        in_full: set[str] = set(named_in_full or ())
        by_surname: list[tuple[int, int, frozenset[str]]] = []
        for start, end, full, shared in sorted(spans, key=lambda span: (span[0], -span[1])):
            if end <= widest[1] and (start, end) != widest:
                continue  # inside a longer name
            if end > widest[1]:
                widest = (start, end)
            if shared:
                by_surname.append((start, end, shared))
            for entity_id in full:
                in_full.add(entity_id)
                if (start, end) not in found[entity_id]:
                    found[entity_id].append((start, end))
        for start, end, shared in by_surname:
            for entity_id in shared & in_full:
                if (start, end) not in found[entity_id]:
                    found[entity_id].append((start, end))
                    found[entity_id].sort()
        return dict(found)

    def _is_surname(self, entity_id: str, written: str) -> bool:
        """Whether `written` names the person only by the surname the index adds to their spellings."""
        entity = self.reference.get(entity_id)
        folded = written.casefold()
        return not any(spelling.casefold() == folded for spelling in getattr(entity, "spellings", ()))


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
    surnames: dict[str, int] = defaultdict(int)
    for entity_id, names in spellings.items():
        entity = reference.get(entity_id)
        if getattr(entity, "type", None) == "person":
            full = {spelling.casefold() for spelling in entity.spellings}
            for spelling in {name.casefold() for name in names} - full:
                surnames[spelling] += 1
    index = FactIndex(
        reference, dict(postings), weights, spellings, dict(by_entity), dict(first_words),
        surnames=dict(surnames), _name_words=name_words,
    )
    index._spelling_table()  # built here so that a compiled dataset stores it
    return index


def _indexed(fact: Fact, index: FactIndex) -> IndexedFact:
    statement = tuple(words_of(fact.statement))
    # one keyword per meaning: "long", "length" and "longest" are one piece of evidence
    by_stems: dict[tuple[str, ...], str] = {}
    for keyword in fact.keywords:
        stems = tuple(words_of(keyword))
        if stems:
            by_stems.setdefault(stems, keyword)
    written_keywords = list(by_stems.values())
    keywords = tuple(tuple(words_of(keyword)) for keyword in written_keywords)
    mentions = index.mentions_in(fact.statement, set(fact.entities))
    subjects = tuple(entity_id for entity_id in mentions)
    named = set(fact.entities) | set(subjects)
    name_stems = frozenset().union(*(index.name_words(entity_id) for entity_id in named))
    covered = [span for spans in mentions.values() for span in spans]
    written_names = [
        (name, text) for name, text in statement_names(fact.statement, covered)
        if not all(word in name_stems for word in name)
    ]
    names = tuple(name for name, _ in written_names)
    unresolved = frozenset(word for name in names for word in name)
    spellings = {spelling.casefold() for entity_id in named for spelling in index.spellings.get(entity_id, ())}
    # "AWS", "Labour", "airport" (of Heathrow Airport) say whose number it is, not what it measures
    keyword_names = tuple(
        keyword.casefold() in spellings or all(word in name_stems for word in stems)
        for keyword, stems in zip(written_keywords, keywords)
    )
    # names without an entity record ("the FIFA World Cup in Qatar") say what is counted as well
    return IndexedFact(
        fact, units.normalize(fact.unit), statement,
        tuple(word for word in statement if word not in name_stems),
        keywords, tuple(units.normalize(keyword) for keyword in written_keywords), tuple(fact.entities),
        frozenset(statement) | frozenset(word for keyword in keywords for word in keyword),
        subjects, names, tuple(country_of(text) for _, text in written_names), keyword_names,
        units.rate_written(fact.unit) or rate_of(" ; ".join((fact.statement, *fact.keywords)))
        or _counted_in_a_year(fact),
    )


# "Tesla vehicle deliveries in 2023": a count over that year
_IN_A_YEAR = re.compile(
    r"\b(?:in|during|for|over)\s+(?:the\s+(?:fiscal|financial)\s+year\s+)?(?:1[6-9]|20)\d\d\b", re.I
)


def _counted_in_a_year(fact: Fact) -> str | None:
    """ "year" for a count or an amount its statement dates to one year ("deliveries in 2023",
    "passengers in a financial year"): what a month of it is only a part of."""
    if units.normalize(fact.unit).kind not in (units.COUNT, units.CURRENCY):
        return None
    if _IN_A_YEAR.search(fact.statement) or re.search(r"\b(?:financial|fiscal) year\b", fact.statement, re.I):
        return "year"
    return None


# a name's words may be joined by these ("Bank of England", "Tour de France")
_NAME_JOINERS = frozenset({"of", "the", "de", "du", "la", "le", "and", "&", "for"})


def statement_names(statement: str, covered: list[tuple[int, int]] = ()) -> list[tuple[tuple[str, ...], str]]:
    """The names a statement spells (runs of capitalised words), each as its stems and its text, leaving out
    the spans in `covered` (entity names already resolved). A capitalised first word followed by
    a lower-case one is just the start of the statement, unless it is an acronym."""
    tokens = [
        found for found in re.finditer(r"[A-Za-z0-9][A-Za-z0-9.'\u2019&-]*", statement)
        if not any(start <= found.start() < end for start, end in covered)
    ]
    ends = {end for _, end in covered}
    runs: list[list[str]] = []
    current: list[str] = []
    pending: list[str] = []
    continues_name = False  # "Lion Air Flight 610": a run right after a resolved name is part of it
    for position, token in enumerate(tokens):
        word = token.group(0)
        capital = word[:1].isupper() or (word[:1].isdigit() and bool(current))
        if position == 0 and capital and not _is_acronym(word):
            following = tokens[1].group(0) if len(tokens) > 1 else ""
            if not following[:1].isupper():
                continue
        if capital:
            if not current:
                continues_name = any(
                    statement[end : token.start()].strip() == "" for end in ends if end <= token.start()
                )
            current.extend(pending)
            current.append(word)
            pending = []
        elif current and word.casefold() in _NAME_JOINERS:
            pending.append(word)
        else:
            if current and not continues_name:
                runs.append(current)
            current, pending = [], []
    if current and not continues_name:
        runs.append(current)
    names = []
    for run in runs:
        stems = tuple(words_of(" ".join(run)))
        if stems:
            names.append((stems, " ".join(run)))
    return names


def _is_acronym(word: str) -> bool:
    letters = [char for char in word if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def _entity_spellings(reference: Reference, entity_id: str) -> tuple[str, ...]:
    entity = reference.get(entity_id)
    if entity is None or not hasattr(entity, "spellings"):
        return ()
    names = list(entity.spellings)
    if entity.type == "person":
        names.extend(spelling.split()[-1] for spelling in entity.spellings if len(spelling.split()) > 1)
    return tuple(dict.fromkeys(names))
