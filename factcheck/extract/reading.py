"""A number on its way to becoming a quantity, and the lookups into the Doc that every
reading step shares."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from factcheck.extract.numbers import NumberMention
from factcheck.extract.qualifiers import EXACT


COUNT, MONEY, SHARE, MEASURE, MULTIPLIER, AGE = "count", "money", "share", "measure", "multiplier", "age"

# A cheap test that a text may hold a number at all (most sentences do not).
MAY_HOLD_NUMBER = re.compile(
    r"\d|[½¼¾⅓⅔]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|billion|trillion|dozens?|half|thirds?|quarters?|fifths?|tenths?|"
    r"hundreds|thousands|millions|billions)",
    re.IGNORECASE,
)

STOP_WORDS = {
    "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "are",
    "was", "were", "be", "been", "than", "that", "this", "which", "who", "per", "each", "more", "less",
    "but", "so", "if", "then", "it", "its", "their", "his", "her", "our", "your", "up", "down", "out", "over",
    "under", "into", "onto", "after", "before", "during", "since", "until", "about", "around", "last", "next",
    "have", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must", "not", "no",
    "all", "other", "another", "such", "only", "just", "also", "even", "still", "yet", "when", "where",
    "while", "what", "how", "why", "there", "here", "now", "ago", "later", "earlier", "respectively", "year",
    "old", "time", "way", "point", "thing", "one", "ones",
}


@dataclass
class Reading:
    """A number on its way to becoming a Quantity."""

    mention: NumberMention
    value: float | tuple[float, float]
    unit: str | None = None
    kind: str = COUNT
    end: int = 0  # end of the unit or counted noun
    qualifier: str = EXACT
    qualifier_start: int | None = None
    change: str | None = None
    sign: str | None = None
    noun_far: bool = False  # the counted noun lies beyond a following number

    @property
    def start(self) -> int:
        return self.qualifier_start if self.qualifier_start is not None else self.mention.outer_start

    @property
    def bare(self) -> bool:
        return self.unit is None and not self.mention.vague


class DocContext:
    """Character-to-token lookups and sentence bounds for one Doc."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.token_at = [-1] * (len(self.text) + 1)
        for token in doc:
            for index in range(token.idx, token.idx + len(token.text)):
                self.token_at[index] = token.i
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("TAG")
        self.has_ents = doc.has_annotation("ENT_IOB")
        if doc.has_annotation("SENT_START"):
            # where each sentence's first word is (a sentence may open with the blank lines before it)
            self.sentence_starts = [
                sentence.start_char + len(sentence.text) - len(sentence.text.lstrip()) for sentence in doc.sents
            ]
        else:
            self.sentence_starts = [0]
        self.year_ends: list[int] = []
        self.excluded: list[tuple[int, int]] = []

    def sentence_start(self, char: int) -> int:
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, char) - 1]

    def token(self, char: int):
        """The token covering `char`, or the next one after whitespace."""
        for index in range(char, min(char + 3, len(self.text))):
            if self.token_at[index] >= 0:
                return self.doc[self.token_at[index]]
        return None

    def last_token(self, end: int):
        for index in range(end - 1, max(end - 4, -1), -1):
            if index >= 0 and self.token_at[index] >= 0:
                return self.doc[self.token_at[index]]
        return None

    def words_before(self, char: int, limit: int = 6) -> list[tuple[str, str]]:
        token = self.token(char)
        if token is None:
            return []
        sentence_start = self.sentence_start(char)
        words = []
        for index in range(token.i - 1, max(token.i - 1 - limit, -1), -1):
            previous = self.doc[index]
            if previous.idx < sentence_start or previous.is_punct and previous.text not in {"-", "—"}:
                break
            words.append((previous.text.lower(), previous.lemma_.lower() if previous.lemma_ else previous.text.lower()))
        return list(reversed(words))
