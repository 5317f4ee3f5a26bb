"""A numeric claim in its sentence: the words around it and whose number each word describes.

A word counts fully for the number it is nearest to (a clause boundary
counts as several words); a word nearer another number of the same sentence
counts only a little ("14,000 troops in Afghanistan and 5,000 in Iraq").
Words before every number, in the same clause, are its subject and count for
all of them ("UK inflation fell to 4.6% in October from 6.7% in September");
so do all the words before a number compared with an earlier one ("revenue
of $383.3 billion, down 3% from $394.3 billion").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from factcheck import units
from factcheck.match.words import WORD, is_content, stem, strip_suffix
from factcheck.models import Article, Claim

# a word that belongs to another number in the same sentence counts this much
OTHER_NUMBER_WEIGHT = 0.35
# each clause boundary between a word and a number counts as this many words
CLAUSE_DISTANCE = 4
_CLAUSE_BREAK = re.compile(r"[;:,\u2014\u2013]|\b(?:and|but|while|whereas|although|against)\b", re.I)
_SHARE_WORDS = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|one in)\b", re.I)

# "grew by six metres", "up 28 percent", "5,000 more troops": a difference, not a level
_CHANGE_BEFORE = re.compile(
    r"\b(?:grew|grown|grows|grow|rose|risen|rises|rise|fell|fallen|falls|increased|increases|decreased|"
    r"decreases|dropped|drops|climbed|climbs|gained|gains|jumped|jumps|slipped|declined|declines|raised|"
    r"lowered|added|adds|shrank|shrunk|expanded|boosted|reduced|up|down|higher|lower)"
    r"(?:\s+by)?\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|more than\s+|over\s+|just\s+)?$"
    r"|\b(?:an?\s+)?(?:increase|rise|drop|fall|decline|gain|jump|reduction|growth|change)s?\s+of\s+$",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|taller|shorter|longer|bigger|smaller|larger|extra|additional)\b", re.I
)
# "expects 81.4 million passengers", "is forecast to reach 2 million": a projection, not a record
_PROJECTION_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects|projected|predicts?|predicted|"
    r"anticipates?|anticipated|targets?|targeted|aims? (?:for|at)|hopes? (?:for|to))\b[^,;.]*$",
    re.I,
)


# a sentence that opens by comparing its number with the previous sentence's
_COMPARED_TO_BEFORE = re.compile(
    r"^\s*(?:that|this|it|the figure|the number)\s+(?:compares|compared|is up|is down|was up|was down|rose|fell)"
    r"\s+(?:with|to|from)\s+(?:about\s+|roughly\s+|some\s+)?$",
    re.I,
)
_CALENDAR_WORD = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_COMPARISON_BEFORE = re.compile(
    r"\b(?:from|compared (?:with|to)|than|versus|vs\.?|short of|against)\s+"
    r"(?:the\s+|about\s+|roughly\s+|some\s+|nearly\s+|around\s+|almost\s+|just\s+)?$",
    re.I,
)


@dataclass
class Word:
    stem: str
    start: int
    end: int
    weight: float = 1.0
    from_unit: bool = False  # the claim's counted noun, added as a word


@dataclass
class ClaimContext:
    """A claim located in its sentence, with the sentence's words."""

    claim: Claim
    sentence: str
    sentence_start: int  # offset of the sentence in the file
    start: int  # the claim's offsets inside `sentence`
    end: int
    entities: tuple[tuple[int, int, str], ...] = ()  # spaCy entities of the sentence: start, end, label
    proper_nouns: tuple[tuple[int, int], ...] = ()  # spaCy PROPN tokens of the sentence
    verbs: tuple[tuple[int, int], ...] = ()  # spaCy VERB tokens of the sentence
    words: list[Word] = field(default_factory=list)
    others: list[tuple[int, int]] = field(default_factory=list)  # other numbers of the sentence

    @property
    def entity_texts(self) -> tuple[str, ...]:
        return tuple(self.sentence[start:end] for start, end, _ in self.entities)

    @property
    def unit(self) -> units.Unit:
        return claim_unit(self.claim)

    def weight_at(self, start: int, end: int) -> float:
        """How much words at sentence[start:end] describe this claim's number (see the module docstring)."""
        if not self.others or self.start <= start < self.end:
            return 1.0
        if end <= self.start and self.is_comparison():
            return 1.0  # "up from 67.0 million": the same measure as the number before
        breaks = [found.start() for found in _CLAUSE_BREAK.finditer(self.sentence)]
        if end <= min(other_start for other_start, _ in (*self.others, (self.start, self.end))) and not any(
            end <= position < self.start for position in breaks
        ):
            return 1.0  # the subject of the clause, before every number of it
        own = _distance(self.sentence, breaks, start, end, self.start, self.end)
        nearest_other = min(_distance(self.sentence, breaks, start, end, *other) for other in self.others)
        return OTHER_NUMBER_WEIGHT if nearest_other < own else 1.0

    def clause(self) -> tuple[int, int]:
        """Offsets of the clause of the sentence that holds the number."""
        start, end = 0, len(self.sentence)
        for found in _CLAUSE_BREAK.finditer(self.sentence):
            if found.end() <= self.start:
                start = found.end()
            elif found.start() >= self.end:
                end = found.start()
                break
        return start, end

    def is_comparison(self) -> bool:
        """Whether the number is compared with one before it ("up from 900,000", "compared with 2.1%")."""
        return bool(_COMPARISON_BEFORE.search(self.sentence[: self.start]))

    def is_change(self) -> bool:
        """Whether the number is a difference ("rose by 6 metres"), never compared with a level."""
        before, after = self.sentence[: self.start], self.sentence[self.end :]
        return bool(_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after))

    def is_projection(self) -> bool:
        """Whether the clause before the number expects or targets it rather than reports it."""
        return bool(_PROJECTION_BEFORE.search(self.sentence[: self.start]))


def claim_context(claim: Claim, article: Article | None) -> ClaimContext:
    """The claim's sentence (from the spaCy Doc when there is one) and its position in it."""
    doc = getattr(article, "doc", None) if article is not None else None
    span = None
    if doc is not None and claim.end <= len(doc.text):
        span = doc.char_span(claim.start, max(claim.end, claim.start + 1), alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        sent = span.sent
        context = ClaimContext(
            claim, sent.text, sent.start_char, claim.start - sent.start_char, claim.end - sent.start_char,
            tuple((ent.start_char - sent.start_char, ent.end_char - sent.start_char, ent.label_) for ent in sent.ents),
        )
        if doc.has_annotation("POS"):
            context.proper_nouns = tuple(
                (token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))
                for token in sent if token.pos_ == "PROPN" and not _CALENDAR_WORD.fullmatch(token.text)
            )
            context.verbs = tuple(
                (token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))
                for token in sent if token.pos_ == "VERB"
            )
    else:
        sentence = claim.sentence or claim.text
        position = max(sentence.find(claim.text), 0)
        context = ClaimContext(claim, sentence, claim.start - position, position, position + len(claim.text))
    context.words = [
        Word(stem(found.group(0)), found.start(), found.end())
        for found in WORD.finditer(context.sentence)
        if is_content(found.group(0))
        # the claim's own number is what is checked, not a word describing it
        and not (found.group(0).isdigit() and context.start <= found.start() < context.end)
    ]
    if span is not None and _COMPARED_TO_BEFORE.match(context.sentence[: context.start]):
        # "That compares with 230.75 million a year earlier": what is compared is in the sentence before
        previous = span.sent.start - 1
        if previous >= 0:
            before = doc[previous].sent
            offset = before.start_char - context.sentence_start
            context.words[:0] = [
                Word(stem(found.group(0)), found.start() + offset, found.end() + offset)
                for found in WORD.finditer(before.text)
                if is_content(found.group(0)) and not found.group(0).isdigit()
            ]
    unit = units.normalize(claim.unit)
    if unit.kind == units.COUNT and unit.key:
        noun = strip_suffix(unit.key)
        for word in context.words:
            if word.stem == noun and context.start <= word.start < context.end + 2:
                word.from_unit = True
        # the counted noun as the extractor read it ("12-member" counts members)
        context.words.append(Word(noun, context.start, context.end, from_unit=True))
    return context


def claim_contexts(claims: list[Claim], article: Article | None) -> list[ClaimContext]:
    """Every claim's context, its words weighed against the other numbers of its sentence."""
    contexts = [claim_context(claim, article) for claim in claims]
    by_sentence: dict[int, list[ClaimContext]] = defaultdict(list)
    for context in contexts:
        by_sentence[context.sentence_start].append(context)
    for group in by_sentence.values():
        for context in group:
            context.others = [(other.start, other.end) for other in group if other is not context]
            _weigh_words(context)
    return contexts


def claim_unit(claim: Claim) -> units.Unit:
    """The claim's unit; a bare fraction ("a little under half") is a share, not a count."""
    unit = units.normalize(claim.unit)
    if unit == units.PLAIN_COUNT and _is_share(claim):
        return units.Unit(units.SHARE, "percent", None)
    return unit


def claim_values_as_share(claim: Claim) -> bool:
    """Whether the claim's value is a fraction to be read as a percentage ("half" -> 50)."""
    return units.normalize(claim.unit) == units.PLAIN_COUNT and _is_share(claim)


def _is_share(claim: Claim) -> bool:
    if _SHARE_WORDS.search(claim.text):
        return True
    values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
    return all(value is not None and 0 < abs(value) < 1 for value in values)


def _weigh_words(context: ClaimContext) -> None:
    for word in context.words:
        word.weight = context.weight_at(word.start, word.end)


def _distance(sentence: str, breaks: list[int], word_start: int, word_end: int, start: int, end: int) -> float:
    if start <= word_start < end:
        return 0.0
    low, high = (word_end, start) if word_end <= start else (end, word_start)
    words_between = len(sentence[low:high].split())
    clause_breaks = sum(1 for position in breaks if low <= position < high)
    return words_between + CLAUSE_DISTANCE * clause_breaks
