"""A numeric claim in its sentence: the words around it and whose number each word describes.

A word counts fully for the number it is nearest to (a clause boundary
counts as several words); a word nearer another number of the same sentence
counts only a little ("14,000 troops in Afghanistan and 5,000 in Iraq").
Words before every number, in the same clause, are its subject and count for
all of them ("UK inflation fell to 4.6% in October from 6.7% in September");
so do all the words before a number compared with an earlier one ("revenue
of $383.3 billion, down 3% from $394.3 billion").

A number and its conversion in brackets ("341.4 millimetres (34 inches)")
are one quantity: neither takes words from the other. A duration that only
says over what time another number was counted ("fell in 24 hours") takes
no words from it either. A number written into a compound adjective ("the
650-seat House of Commons", "Japan's 53.9-kilometre Seikan Tunnel", "the
$10 billion observatory") measures the phrase it is part of, not the
subject of the clause: it adds the measure its unit implies ("length",
"cost"). An area or a volume always says it is one.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from factcheck import units
from factcheck.timeframe import counted_over
from factcheck.match.words import STOPWORDS, WORD, is_content, rate_match, rate_noun, stem, strip_suffix
from factcheck.models import Article, Claim

# a word that belongs to another number in the same sentence counts this much
OTHER_NUMBER_WEIGHT = 0.35
# words after the number and this many clause breaks away describe something else
TRAILING_BREAKS = 2
# each clause boundary between a word and a number counts as this many words
CLAUSE_DISTANCE = 4
_CLAUSE_BREAK = re.compile(r"[;:,\u2014\u2013]|\b(?:and|but|while|whereas|although|against)\b", re.I)
_SHARE_WORDS = re.compile(r"\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|one in)\b", re.I)

# "turbines, each rated at", "pulses each lasting"; not "the champions will each take home" (what each of
# the subject gets is the subject's own figure)
_EACH_BEFORE = re.compile(
    r"(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bmust )(?<!\bshould )(?<!\bdid )"
    r"(?<!\bwere )(?<!\bwas )(?<!\bare )(?<!\bhave )(?<!\bhad )"
    r"\b(?:each|every one)\b(?!\s+(?:year|month|week|day|hour|night|season)\b)[^,;]{0,30}$",
    re.I,
)
_EACH_OF_BEFORE = re.compile(r"\beach\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece)\b", re.I)
_OVER_YEARS = re.compile(
    r"\b(?:over|in|during|across)\s+the\s+(?:past|last|previous)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+|few|several|many)\s+)?(?:years|decades|decade|centuries|century)\b",
    re.I,
)
_SINCE_YEAR = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?(?:1[6-9]|20)\d\d\b", re.I)
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:\w+est|most|least|first|time|ever|record)\b[^,;]{0,30}$", re.I
)
# how far before a number (characters) the patterns anchored at it can reach
_ANCHORED_REACH = 80
# "grew by six metres", "up 28 percent", "5,000 more troops": a difference, not a level
_CHANGE_BEFORE = re.compile(
    r"\b(?:grew|grown|grows|grow|rose|risen|rises|rise|fell|fallen|falls|increased|increases|decreased|"
    r"decreases|dropped|drops|climbed|climbs|gained|gains|jumped|jumps|slipped|declined|declines|raised|"
    r"lowered|added|adds|adding|shrank|shrunk|expanded|boosted|reduced|lost|loses|lose|losing|shed|sheds|"
    r"shedding|cut|cuts|cutting|slashed|axed|gaining|rising|falling|growing|climbing|dropping|increasing|"
    r"decreasing|shrinking|shrinks|shrink|expanding|expands|declining|slumped|slumping|plunged|plunging|"
    r"soared|soaring|surged|surging|tumbled|tumbling|widened|narrowed|up|down|higher|lower)"
    r"(?:\s+by)?\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|more than\s+|over\s+|just\s+)?$"
    r"|\b(?:an?\s+)?(?:increase|rise|drop|fall|decline|gain|jump|reduction|growth|change)s?\s+of\s+$",
    re.I,
)
# "raised £84 million", "has raised about $6.6 billion": money raised (not "raised by $5", a rise)
_FUNDS_RAISED_BEFORE = re.compile(
    r"\braised\s+(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|more than\s+|over\s+|just\s+)?$", re.I
)
# "beat the national record of 38.7C set in July 2019 by 1.6 degrees", "won by 12 points": a margin
# (not "won by 306 electoral votes to 232", a result)
_MARGIN_BEFORE = re.compile(
    r"\b(?:beat|beating|beaten|broke|breaking|broken|exceeded|exceeding|topped|topping|surpassed|won|"
    r"winning|lead|leads|led|leading|trailed|trailing|missed|missing)\b(?:[^.;]|\.(?=\d)){0,100}?\bby\s+"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|around\s+|more than\s+|just\s+)?$",
    re.I,
)
_TO_A_NUMBER_AFTER = re.compile(r"\s+to\s+\d")
_RISES_TO_A_HEIGHT = re.compile(r"\b(?:rises|rise)\s+(?:to\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_MULTIPLE_OF = re.compile(r"\s+(?:the|as|that|its|their|more|larger|bigger|higher|greater|faster|over)\b", re.I)
# "about 1 million square kilometres below the previous record low": a gap between two values
_GAP = (
    r"^\s*(?:below|above|short\s+of|behind|ahead\s+of)\s+(?:the|its|their|his|her|that)\b"
    r"(?!\s+(?:sea|ground|surface|earth|Earth|seabed|floor|river|valley|city|town|village|summit)\b)"
)
_GAP_AFTER = re.compile(_GAP, re.I)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|taller|shorter|longer|bigger|smaller|larger|extra|additional)\b|" + _GAP,
    re.I,
)
# "expects 81.4 million passengers", "is forecast to reach 2 million", "plans for a 91-kilometre
# collider": a projection or a plan, not a record
_PROJECTION_BEFORE = re.compile(
    r"\b(?:expects?|expected|expecting|forecasts?|forecasting|projects|projected|predicts?|predicted|"
    r"anticipates?|anticipated|targets?|targeted|aims? (?:for|at)|hopes? (?:for|to)|plans? (?:for|to)|"
    r"planned|proposed|proposes?|proposals? (?:for|to))\b(?:[^,;.]|(?<=\d)\.(?=\d)|"
    r"\b(?:[A-Z]|St|Mr|Mrs|Ms|Dr|No|Co|Inc|Corp|Ltd|Jr|Sr)\.)*$",  # "expects U.S. output to", "fall 19.7 percent"
    re.I,
)
# a goal set for a later date, to be carried past a comma
_TARGET = re.compile(r"\b(?:aims?|aiming|aimed|hopes?|hoping|plans?|planning|wants?|seeks?|seeking)\s+to\b", re.I)
# a number that says a need, a bar or a limit ("a majority requires 326 seats", "capped at 30,000")
# is not the count of everything
_THRESHOLD = re.compile(
    r"\b(?:majority|need|needs|needed|require|requires|required|threshold|minimum|quorum|cap|caps|capped|"
    r"limit|limits|limited|ceiling)\b",
    re.I,
)
_CROSSED_BEFORE = re.compile(
    r"\b(?:passed|passing|crossed|crossing|broke|breaking|breached|hit|hitting|reached|reaching|topped|"
    r"surpassed|exceeded)\s+(?:the\s+)?$",
    re.I,
)
_CROSSED_IN_CLAIM = re.compile(r"(?:surpassed|exceeded|topped)\s+", re.I)
_FIRST_TIME = re.compile(r"\bfirst\s+time\b", re.I)
_FEAT = (
    r"(?:hit|score|scored|win|won|reach|reached|pass|surpass|top|break|steal|record|sell|sold|earn|climb|run|exceed|"
    r"have|hold|collect|claim|take)"
)
_FIRST_TO_BEFORE = re.compile(
    r"\b(?:first|only|second|third)\s+(?:[\w'-]+\s+){0,8}?to\s+(?:[\w'-]+\s+){0,2}?"
    + _FEAT + r"\s+"
    # "the first player to hit 50 home runs and steal 50 bases", "to record 6 million residents and
    # 50,000 births": both are bars
    r"(?:[\w\s'-]{1,40}?\s+(?:and|or)\s+(?:" + _FEAT + r"\s+)?)?"
    r"(?:more\s+than\s+|at\s+least\s+|over\s+)?$",
    re.I,
)
_MILESTONE_AFTER = re.compile(r"^[^.;]*?\b(?:for the first time|mark|milestone|barrier|threshold)\b", re.I)
THRESHOLD_STEMS = {
    "majority": "majority", "need": "need", "needs": "need", "needed": "need", "require": "need",
    "requires": "need", "required": "need", "threshold": "threshold", "minimum": "minimum", "quorum": "quorum",
    "cap": "cap", "caps": "cap", "capped": "cap", "limit": "limit", "limits": "limit", "limited": "limit",
    "ceiling": "ceiling",
}
# how far (characters) after the number a threshold word can be and still be about it
THRESHOLD_REACH = 25
# prepositions that place something rather than say whose it is ("beneath the Swiss Alps")
_PLACING = re.compile(
    r"\b(?:beneath|under|underneath|below|above|over|across|through|along|near|behind|beside|inside|"
    r"outside|around|towards|toward|into|onto|past|via|off)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,2}$",
    re.I,
)
# "in 24 hours", "over 48 hours": a duration that says over what time another number was counted
_ADVERBIAL_BEFORE = re.compile(r"\b(?:in|over|within|during|for|after|than|in just|in only)\s+$", re.I)
# a money amount after a verb of sale is a price ("launched at $3,499", "sold for $9.98 million")
_SALE_BEFORE = re.compile(
    r"\b(?:sale|sales|sold|sells?|selling|launch|launched|launches|priced|prices?|bought|buys?|buying|"
    r"available|offered|offers?|retails?|retailed|auctioned|paid|pays?|paying|costs?|costing|worth|"
    r"deal|takeover|acquisition|purchase|purchased)\b[^,;]{0,50}?\b(?:at|for)\s+(?:about\s+|roughly\s+|"
    r"some\s+|nearly\s+|around\s+|almost\s+|just\s+)?$|\b(?:priced|costs?|costing|worth)\s+(?:at\s+)?$",
    re.I,
)
_DISTANCE_AFTER = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:away\b|from\b)", re.I)
# between a noun and a number of the relative clause that follows it
_RELATIVE_CLAUSE = re.compile(r"\s*,\s*(?:which|who|whose|where)\b[^,;:.()]*", re.I)
# verbs that state an extent: "the tunnel runs for 31 miles", "stretches 636 kilometres"
_EXTENT_BEFORE = re.compile(
    r"\b(?:runs?|ran|stretch(?:es|ed)?|spans?|spanned|extends?|extended|measures?|measured|winds?)"
    r"(?:\s+(?:for|about|some|nearly|almost|roughly|around|over|more than|just|a|total of))*\s*$",
    re.I,
)
# verbs that state a height: "stands at 4,805.59 metres", "rises 828 metres", "towers 330 metres"
_HEIGHT_BEFORE = re.compile(
    r"\b(?:stands?|stood|rises?|rose|towers?|towered)(?:\s+(?:at|to|about|some|nearly|almost|roughly|around|"
    r"over|more than|just))*\s*$",
    re.I,
)
_HOME_TO_BEFORE = re.compile(
    r"\bhome to\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more than\s+|over\s+)?$", re.I
)
_PER_YEAR = re.compile(r"\b(?:for the (?:full |whole )?year|a year|per year|each year|every year|yearly|annually)\b"
                       r"(?!\s+(?:earlier|ago|before|after|later|previously|on|since))", re.I)
# "19 of them", "45 of its members": a part of a whole
_PART_OF = re.compile(
    r"(?:(?<=\d)|(?<=^))\s*\bof\s+(?:the|them|its|their|these|those|which|whom|all|our|his|her)\b", re.I
)
# "All but $20 million of it is deferred": what is left of a whole
# a number in digits that is not a year ("11 years", not "since 2001")
_NOT_A_YEAR = re.compile(r"(?<![\d.,])(?!(?:1[6-9]|20)\d\d(?!\d))\d")
# an appositive aside: ", a Mass General transplant patient for 11 years,"
_ASIDE = re.compile(r",\s+(?:a|an|the)\s+[^,;:()]{3,80}?,")
# "35 of the country's ", "eight of its ", "two of the ": a part, then the whole's number
_WHOLE_AFTER_PART = re.compile(
    r"(?:\b\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+of\s+"
    r"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[A-Za-z]+(?:'s|\u2019s)\s+)?(?:about\s+|some\s+)?$",
    re.I,
)
_ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+(?:about\s+|some\s+|roughly\s+)?$", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|one)\s+$", re.I)
_RATE_WORD_BEFORE = re.compile(r"\b(?P<adjective>daily|weekly|monthly|annual|yearly|hourly|nightly)\b(?P<noun>)", re.I)
# what a compound adjective's unit says the number measures: "a 48-mile waterway" is its length
_COMPOUND_MEASURES = {"[length]": ("length",)}
_MONEY_MEASURES = ("price", "cost", "value")
# an area or a volume says what it measures whatever the sentence's words; so do a speed, a weight,
# a temperature, a power and an amount of energy
_DIMENSION_MEASURES = {
    "[length] ** 2": ("area",), "[length] ** 3": ("volume",), "[length] / [time]": ("speed",),
    "[mass]": ("weight", "mass"), "[temperature]": ("temperature",),
    "[mass] * [length] ** 2 / [time] ** 3": ("capacity", "power", "output"),
    "[mass] * [length] ** 2 / [time] ** 2": ("energy", "generation", "output"),
}


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


def _read_once(method):
    """A ClaimContext question whose answer depends only on the sentence and the claim, asked once
    per claim however many facts are scored against it."""
    name = method.__name__

    def answer(self):
        if name not in self._answers:
            self._answers[name] = method(self)
        return self._answers[name]

    answer.__name__, answer.__doc__ = name, method.__doc__
    return answer


@dataclass
class Word:
    stem: str
    start: int
    end: int
    weight: float = 1.0
    from_unit: bool = False  # the claim's counted noun, added as a word
    implied: bool = False  # a measure the number's form implies ("a 48-mile waterway": length)
    by_dimension: bool = False  # implied by the unit's dimension alone ("335 pounds": a weight)


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
    subject: tuple[int, int] | None = None  # the grammatical subject of the number's verb, when parsed
    nouns: tuple[tuple[int, int], ...] | None = None  # spaCy NOUN and ADJ tokens of the sentence; None when untagged
    common_nouns: tuple[tuple[int, int], ...] = ()  # spaCy NOUN tokens of the sentence
    words: list[Word] = field(default_factory=list)
    others: list[tuple[int, int]] = field(default_factory=list)  # other numbers of the sentence
    partner: tuple[int, int] | None = None  # the same quantity converted or put another way, next to it
    alike: list[tuple[int, int]] = field(default_factory=list)  # other numbers of the same kind of unit
    modifiers: list[tuple[int, int]] = field(default_factory=list)  # other numbers written as compound adjectives
    _answers: dict = field(default_factory=dict, repr=False, compare=False)  # what the sentence says, read once

    @property
    def entity_texts(self) -> tuple[str, ...]:
        return tuple(self.sentence[start:end] for start, end, _ in self.entities)

    @property
    def unit(self) -> units.Unit:
        return claim_unit(self.claim)

    def weight_at(self, start: int, end: int, alike: bool = False) -> float:
        """How much words at sentence[start:end] describe this claim's number (see the module docstring).
        With `alike`, only the other numbers of the same kind (amounts, lengths) compete for them."""
        others = self.alike if alike else self.others
        if self.start <= start < self.end:
            return 1.0
        breaks = self.breaks()
        # counted from the number, or from its restatement after it ("5.5 billion people, or 68 percent
        # of the world's population, are online")
        last = max(self.end, self.partner[1]) if self.partner is not None else self.end
        if start >= last and sum(1 for position in breaks if last <= position < start) >= TRAILING_BREAKS:
            # "..., the company said on Thursday, as a recovery in cloud computing returned it to profit"
            return OTHER_NUMBER_WEIGHT
        if self._in_another_s_aside(start):
            # "Slayman, a transplant patient for 11 years, received a kidney that failed after about five
            # years": the aside and its words are its own number's
            return OTHER_NUMBER_WEIGHT
        part = self.part_before()
        if part is not None and self.clause()[0] <= start and end <= part:
            # "where he won 112 of his 114 matches": what the part's clause says of it is the part's
            return OTHER_NUMBER_WEIGHT
        antecedent = self.relative_antecedent()
        if antecedent is not None and end <= antecedent[1]:
            # "Hornsea 2 took the title from Hornsea 1, which has 1.2 gigawatts": the clause is the
            # name's before it, not the main clause's
            return 1.0 if start >= antecedent[0] else OTHER_NUMBER_WEIGHT
        if not others:
            return 1.0
        if end <= self.start and self.is_comparison():
            return 1.0  # "up from 67.0 million": the same measure as the number before
        # a compound adjective ("the 650-seat House") measures its own phrase, not the clause's subject
        counted = [other for other in others if other not in self.modifiers]
        first = min(other_start for other_start, _ in (*counted, (self.start, self.end)))
        if not self.is_compound() and end <= first and not any(end <= position < first for position in breaks):
            # the subject of the clause, before every number of it, also of a later number whose own
            # clause has no subject ("The U.S. keeps 14,000 troops in Afghanistan and 5,000 in Iraq":
            # the U.S. keeps both; not in "... and France 68 million")
            previous = max((other_end for _, other_end in counted if other_end <= self.start), default=0)
            opening = min((p for p in breaks if previous <= p < self.start), default=self.start)
            if not _has_subject(self.sentence[opening : self.start]):
                return 1.0
        if end <= self.start and _RELATIVE_CLAUSE.fullmatch(self.sentence[end : self.start]):
            return 1.0  # "the Panama Canal, which stretches 51 miles": what the clause is about
        own = _distance(self.sentence, breaks, start, end, self.start, self.end)
        if self.partner is not None:
            own = min(own, _distance(self.sentence, breaks, start, end, *self.partner))
        nearest_other = min(_distance(self.sentence, breaks, start, end, *other) for other in others)
        return OTHER_NUMBER_WEIGHT if nearest_other < own else 1.0

    def _in_another_s_aside(self, position: int) -> bool:
        """Whether `position` is in an aside between commas ("Slayman, a Mass General transplant patient for
        11 years, received") that holds a number in digits, and not this one."""
        return any(start <= position < end for start, end in self._others_asides())

    @_read_once
    def _others_asides(self) -> list[tuple[int, int]]:
        """The sentence's asides that describe another number: read once, asked of every word."""
        return [
            (aside.start(), aside.end()) for aside in _ASIDE.finditer(self.sentence)
            if not aside.start() <= self.start < aside.end()
            and _NOT_A_YEAR.search(self.sentence, aside.start(), aside.end())
            # a noun phrase, not a clause ("the DPP won 51 seats,")
            and not any(aside.start() <= start < aside.end() for start, _ in self.verbs)
        ]

    @_read_once
    def part_before(self) -> int | None:
        """Where the part starts when the number is the whole it is part of ("35 of the country's 47
        counties", "eight of the 45 proposals"), else None."""
        found = _WHOLE_AFTER_PART.search(self.sentence[: self.start])
        return found.start() if found else None

    def is_compound(self) -> bool:
        """Whether the number is written into a compound adjective ("the 48-mile waterway")."""
        return self.modified_phrase() is not None

    @_read_once
    def modified_phrase(self) -> tuple[int, int] | None:
        """Offsets of the phrase a compound-adjective number describes ("House of Commons" in "the
        650-seat House of Commons", "observatory" in "the $10 billion observatory"), if it is one."""
        return _modified_phrase(self)

    def is_indefinite(self) -> bool:
        """ "a 91-kilometre collider": the number introduces something new rather than describes a known one."""
        return bool(_INDEFINITE_BEFORE.search(self.sentence[: self.start]))

    @_read_once
    def rate(self) -> str | None:
        """What the number is counted per, when the sentence says ("30,000 visitors a day", "$95 a share",
        "daily attendance of 30,000")."""
        found = rate_match(self.claim.text)  # "$95 a share" read as one claim
        if found is not None:
            return rate_noun(found)
        written = units.rate_written(self.claim.unit)  # "12.3 million bpd": barrels per day
        if written is not None:
            return written
        after = self.sentence[self.end : self.end + 30]
        found = rate_match(after)
        if found is not None:
            between = after[: found.start()]  # "30,000 visitors a day": at most two words before the rate
            if re.fullmatch(r"[\s\w-]*", between) and len(between.split()) <= 2:
                return rate_noun(found)
        clause_start, _ = self.clause()
        before = self.sentence[max(clause_start, self.start - 40) : self.start]
        for found in _RATE_WORD_BEFORE.finditer(before):
            return rate_noun(found)
        return None

    @_read_once
    def relative_antecedent(self) -> tuple[int, int] | None:
        """Where the phrase a relative clause holding the number describes is ("its neighbour Hornsea
        1" in "..., which has a capacity of 1.2 gigawatts"): from the last clause break or verb
        before it to the comma. None when the number is in no such clause."""
        for found in re.finditer(r",", self.sentence[: self.start]):
            if _RELATIVE_CLAUSE.fullmatch(self.sentence[found.start() : self.start]):
                comma = found.start()
                floors = [p + 1 for p in self.breaks() if p < comma] + [e for _, e in self.verbs if e <= comma]
                return max(floors, default=0), comma
        return None

    @_read_once
    def per_item(self) -> bool:
        """ "165 turbines, each rated at 8 megawatts", "tickets at $95 each": the number is one item's,
        not the total's. Not "each of the 165 turbines" (the count) nor "each year" (a rate)."""
        clause_start, _ = self.clause()
        before = self.sentence[clause_start : self.start]
        if _EACH_BEFORE.search(before) and not _EACH_OF_BEFORE.search(before):
            return True
        return bool(_EACH_AFTER.match(self.sentence[self.end :]))

    @_read_once
    def counted_since(self) -> str | None:
        """ "cases averted since 2000", "has sold 5 million cars since 2010": a total over the years
        since then ("since 2000"), when the sentence says so after the number or before it in its
        clause; not a record's "the busiest since 2019"."""
        clause_start, _ = self.clause()
        over = _OVER_YEARS.search(self.sentence, self.end)
        if over is not None:
            return over.group(0)  # "700,000 deaths over the past two decades"
        for found in _SINCE_YEAR.finditer(self.sentence):
            if found.start() < self.end and found.start() < clause_start:
                continue
            if _SUPERLATIVE_BEFORE.search(self.sentence[max(0, found.start() - 40) : found.start()]):
                continue
            return found.group(0)
        return None

    @_read_once
    def counted_over(self) -> str | None:
        """The span of time shorter than a year the sentence dates the number to ("in March": month)."""
        return counted_over(self.sentence, self.start, self.end, self.verbs)

    @_read_once
    def part_of(self) -> str | None:
        """ "19 of them", "45 of its members", "two of the 27 states": the number counts part of a whole."""
        found = _PART_OF.search(self.claim.text) or _PART_OF.match(self.sentence[self.end :])
        if found is None and _ALL_BUT_BEFORE.search(self.sentence[: self.start]):
            return "all but"
        return found.group(0).strip() if found else None

    @_read_once
    def threshold(self) -> str | None:
        """A word saying the number is a need, a bar or a limit ("a majority requires 326 seats"), or a
        milestone passed ("deaths passed 100,000 for the first time", "crossed the 1 million mark")."""
        verb = _CROSSED_IN_CLAIM.match(self.claim.text)  # "surpassed 100,000" read as one claim
        crossed = _CROSSED_BEFORE.search(self.sentence[: self.start + (verb.end() if verb else 0)])
        if crossed and (
            _MILESTONE_AFTER.search(self.sentence[self.end : self.end + 60])
            or _FIRST_TIME.search(self.sentence[max(0, self.start - 80) : self.start])
        ):
            return "milestone"
        if _FIRST_TO_BEFORE.search(self.sentence[max(0, self.start - 80) : self.start]):
            return "milestone"  # "the first player to hit 50 home runs": a bar, not his tally
        clause_start, clause_end = self.clause()
        for found in _THRESHOLD.finditer(self.sentence, clause_start, clause_end):
            if found.end() <= self.start or found.start() - self.end <= THRESHOLD_REACH:
                return THRESHOLD_STEMS[found.group(0).casefold()]
        return None

    def is_placed(self, start: int) -> bool:
        """Whether the name at sentence[start:] follows a preposition that places ("beneath the Alps")."""
        return bool(_PLACING.search(self.sentence[max(0, start - 20) : start]))

    @_read_once
    def breaks(self) -> list[int]:
        """Where the sentence's clause breaks are (commas, "and", "while", ...)."""
        return [found.start() for found in _CLAUSE_BREAK.finditer(self.sentence)]

    @_read_once
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

    @_read_once
    def is_comparison(self) -> bool:
        """Whether the number is compared with one before it ("up from 900,000", "compared with 2.1%")."""
        return bool(_COMPARISON_BEFORE.search(self.sentence[max(0, self.start - _ANCHORED_REACH) : self.start]))

    @_read_once
    def is_change(self) -> bool:
        """Whether the number is a difference ("rose by 6 metres"), never compared with a level."""
        # the patterns end at the number: only the words just before it can match
        before = self.sentence[max(0, self.start - _ANCHORED_REACH) : self.start]
        after = self.sentence[self.end :]
        if _RISES_TO_A_HEIGHT.search(before) and units.dimension(self.unit) == "[length]":
            return False  # "Everest rises 8,849 metres above sea level": a height, not a change
        if self.unit.key == "times" and _MULTIPLE_OF.match(after):
            return True  # "more than 14 times the distance planned": a ratio, not a count
        margin = _MARGIN_BEFORE.search(self.sentence[max(0, self.start - 2 * _ANCHORED_REACH) : self.start])
        if margin and not _TO_A_NUMBER_AFTER.match(after) and not _TO_A_NUMBER_AFTER.search(self.claim.text):
            return True
        if self.unit.kind == units.CURRENCY and _FUNDS_RAISED_BEFORE.search(before):
            return False  # "it raised £84 million by selling its depot": money raised, not a rise
        return bool(_CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(after))

    @_read_once
    def is_gap(self) -> bool:
        """Whether the number is how far above or below something a value is ("1.6C above the
        1850-1900 level", "1 million square kilometres below the record")."""
        return bool(_GAP_AFTER.match(self.sentence[self.end :]))

    def is_projection(self) -> bool:
        """Whether the clause before the number expects or targets it rather than reports it; a target
        carries on past a comma into a clause with no verb of its own ("aims to attract 60 million
        visitors a year by 2030, with annual spending of 15 trillion yen")."""
        before = self.sentence[: self.start]
        projection = _PROJECTION_BEFORE.search(before)
        if projection and not self._names_a_forecast(projection.start(), before):
            return True
        targets = list(_TARGET.finditer(before))
        if not targets:
            return False
        target = targets[-1]  # the goal nearest the number
        infinitive = re.match(r"\s*\w+", self.sentence[target.end() :])
        first_verb_end = target.end() + (infinitive.end() if infinitive else 0)
        return not re.search(r"[;:.]", before[target.end() :]) and not any(
            first_verb_end <= start < self.start for start, _ in self.verbs
        )

    def _names_a_forecast(self, start: int, before: str) -> bool:
        """Whether the projection word at `start` is a noun that only names forecasts made by someone
        else ("ahead of analysts' forecasts and compared with $9.8 billion"), not one of this number
        ("forecasts of $7 billion", "a target for 2030")."""
        if not any(position == start for position, _ in self.common_nouns):
            return False
        word = re.match(r"\w+", before[start:])
        following = re.match(r"\W*(\w+)", before[start + len(word.group(0)) :]) if word else None
        return (
            word is not None and word.group(0).casefold() in ("forecast", "forecasts", "target", "targets")
            and (following is None or following.group(1).casefold() not in ("of", "for", "to", "at"))
        )


def _entities(doc) -> list[tuple[int, int, str]]:
    """The Doc's entities as (start, end, label) character spans, read once per Doc:
    `Span.ents` walks the whole Doc on every call."""
    cached = doc.user_data.get("factcheck.entity_spans")
    if cached is None:
        cached = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        doc.user_data["factcheck.entity_spans"] = cached
    return cached


def _text_length(doc) -> int:
    """len(doc.text) without building the text (`Doc.text` joins every token on each access)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def claim_context(claim: Claim, article: Article | None) -> ClaimContext:
    """The claim's sentence (from the spaCy Doc when there is one) and its position in it."""
    doc = getattr(article, "doc", None) if article is not None else None
    span = None
    if doc is not None and claim.end <= _text_length(doc):
        span = doc.char_span(claim.start, max(claim.end, claim.start + 1), alignment_mode="expand")
    if span is not None and doc.has_annotation("SENT_START"):
        sent = span.sent
        context = ClaimContext(
            claim, sent.text, sent.start_char, claim.start - sent.start_char, claim.end - sent.start_char,
            tuple(
                (start - sent.start_char, end - sent.start_char, label)
                for start, end, label in _entities(doc) if sent.start_char <= start and end <= sent.end_char
            ),
        )
        if doc.has_annotation("POS"):
            context.proper_nouns = tuple(
                (token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))
                for token in sent if token.pos_ == "PROPN" and not _CALENDAR_WORD.fullmatch(token.text)
            )
            context.verbs = tuple(
                (token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))
                # not a participle describing a noun ("adjusted earnings")
                for token in sent if token.pos_ == "VERB" and token.dep_ != "amod"
            )
            context.nouns = tuple(
                (token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))
                for token in sent if token.pos_ in ("NOUN", "ADJ")
            )
            context.common_nouns = tuple(
                (token.idx - sent.start_char, token.idx - sent.start_char + len(token.text))
                for token in sent if token.pos_ == "NOUN"
            )
        if doc.has_annotation("DEP"):
            context.subject = _subject_of(span[0], sent.start_char)
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
    for found in _PER_YEAR.finditer(context.sentence):
        # "sales of $91 billion for the year" are annual sales
        context.words.append(Word("annual", found.start(), found.end()))
    unit = units.normalize(claim.unit)
    if unit.kind == units.COUNT and unit.key:
        noun = strip_suffix(unit.key)
        for word in context.words:
            if word.stem == noun and context.start <= word.start < context.end + 2:
                word.from_unit = True
        # the counted noun as the extractor read it ("12-member" counts members)
        context.words.append(Word(noun, context.start, context.end, from_unit=True))
    return context


def implied_words(context: ClaimContext) -> list[Word]:
    """Measures the number's form implies: an area or a volume says so; a compound adjective of
    length is a length ("the 48-mile waterway"); an amount describing a thing or paid in a sale is
    its price, cost or value ("the $10 billion observatory", "launched at $3,499"); "up to" is a
    maximum."""
    unit = context.unit
    stems: list[str] = []
    by_dimension: list[str] = []
    if unit.kind == units.PHYSICAL:
        dimension = units.dimension(unit)
        by_dimension.extend(_DIMENSION_MEASURES.get(dimension, ()))
        if context.is_compound():
            stems.extend(_COMPOUND_MEASURES.get(dimension, ()))
        if dimension == "[length]" and _DISTANCE_AFTER.match(context.sentence[context.end :]):
            stems.append("distance")  # "384,400 kilometres from Earth" is a distance
        if dimension == "[length]" and _EXTENT_BEFORE.search(context.sentence[: context.start]):
            stems.append("length")  # "the canal stretches 51 miles" states its length
        if dimension == "[length]" and _HEIGHT_BEFORE.search(context.sentence[: context.start]):
            stems.append("height")  # "Mont Blanc now stands at 4,805.59 metres" states its height
    elif unit.kind == units.CURRENCY:
        if context.is_compound() or _SALE_BEFORE.search(context.sentence[: context.start]):
            stems.extend(_MONEY_MEASURES)
    if unit.kind == units.COUNT and _HOME_TO_BEFORE.search(context.sentence[: context.start]):
        stems.append("population")  # "Germany, home to 84.4 million people"
    if context.claim.qualifier == "at_most":
        stems.append("maximum")
    return [
        *(Word(stem, context.start, context.end, implied=True) for stem in stems),
        *(Word(stem, context.start, context.end, implied=True, by_dimension=True) for stem in by_dimension),
    ]


def _has_subject(clause: str) -> bool:
    """Whether the words of a clause before its number include a content word ("France 68 million",
    "players who lose will receive"), not just a conjunction ("and 5,000 in Iraq")."""
    return any(is_content(found.group(0)) and not found.group(0)[0].isdigit() for found in WORD.finditer(clause)
               if found.group(0).casefold() not in _CONJUNCTIONS)


_CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "although", "against", "or", "nor"})


def _subject_of(token, offset: int) -> tuple[int, int] | None:
    """The subject of the verb that governs `token` ("the book collected 36 plays": "the book"),
    as offsets in its sentence."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:  # the root is its own head
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
            noun = verb.head  # "the headset, which launched at $3,499": the headset
            return noun.left_edge.idx - offset, noun.idx + len(noun.text) - offset
        return child.left_edge.idx - offset, child.right_edge.idx + len(child.right_edge.text) - offset
    return None


def claim_contexts(claims: list[Claim], article: Article | None) -> list[ClaimContext]:
    """Every claim's context, its words weighed against the other numbers of its sentence."""
    contexts = [claim_context(claim, article) for claim in claims]
    by_sentence: dict[int, list[ClaimContext]] = defaultdict(list)
    for context in contexts:
        by_sentence[context.sentence_start].append(context)
    for group in by_sentence.values():
        for context in group:
            context.others = []
            for other in group:
                if other is context or other.start == context.start:
                    continue
                if any(_restated_after(first, second) for first, second in ((context, other), (other, context))):
                    context.partner = (other.start, other.end)
                elif not _is_adverbial(other):
                    context.others.append((other.start, other.end))
                    if units.compatibility(context.unit, other.unit) > 0 and not other.is_change():
                        context.alike.append((other.start, other.end))
                    if other.is_compound():
                        context.modifiers.append((other.start, other.end))
            _weigh_words(context)
    for context in contexts:
        context.words.extend(implied_words(context))
    return contexts


def _restated_after(first: ClaimContext, second: ClaimContext) -> bool:
    """ "341.4 millimetres (34 inches)": the second is the first converted; "5.5 billion people, or
    68 percent of the world's population, are online": the first put another way. Either way the
    rest of the sentence speaks of both."""
    return first.end <= second.start and bool(_RESTATED.fullmatch(first.sentence[first.end : second.start]))


_RESTATED = re.compile(r"\s*[(\[]\s*|\s*,\s*or\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?", re.I)


def _is_adverbial(context: ClaimContext) -> bool:
    """ "fell in 24 hours": a duration that says when another number was counted, not a quantity of its own."""
    return units.is_duration(context.unit) and bool(_ADVERBIAL_BEFORE.search(context.sentence[: context.start]))


# words that follow an amount without being what it measures ("$95 a share", "£2.7 million, up")
_NOT_A_NOUN = frozenset(
    {"a", "an", "per", "each", "every", "apiece", "last", "this", "next", "in", "from", "up", "down"}
)


def _modified_phrase(context: ClaimContext) -> tuple[int, int] | None:
    sentence, end = context.sentence, context.end
    hyphenated = bool(re.search(r"\d-[A-Za-z]+$", context.claim.text))
    if not hyphenated and context.unit.kind != units.CURRENCY:
        return None
    bracket = re.match(r"\s*\([^()]{1,40}\)", sentence[end:])  # "27-kilometre (17-mile) ring"
    if bracket:
        end += bracket.end()
    phrase_start, phrase_end = None, end
    for found in re.finditer(r"\s*([A-Za-z][\w'\u2019.-]*)", sentence[end:]):
        if end + found.start() != phrase_end:
            break  # punctuation in between
        word, position = found.group(1), end + found.start(1)
        folded = word.casefold()
        if phrase_start is None:
            if folded in STOPWORDS or folded in _NOT_A_NOUN or _is_verb(context, position):
                return None
            phrase_start = position
        elif folded in ("of", "the"):
            if not sentence[end + found.end() :].lstrip()[:1].isupper():
                break  # "of" inside a name ("House of Commons"), not before what follows
        elif folded in STOPWORDS or _is_verb(context, position):
            break
        phrase_end = end + found.end()
    if phrase_start is None:
        return None
    return phrase_start, phrase_end


def _is_verb(context: ClaimContext, position: int) -> bool:
    return any(start <= position < end for start, end in context.verbs)


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
    if re.search(r"\d", claim.text):
        return False  # "0.72" written in digits is a plain number (a fertility rate), not 72 percent
    values = claim.value if isinstance(claim.value, tuple) else (claim.value,)
    return all(value is not None and 0 < abs(value) < 1 for value in values)


def _weigh_words(context: ClaimContext) -> None:
    for word in context.words:
        word.weight = context.weight_at(word.start, word.end)


def _distance(sentence: str, breaks: list[int], word_start: int, word_end: int, start: int, end: int) -> float:
    """Words between a word and a number, plus CLAUSE_DISTANCE for each clause break between them. Asked
    for every word and number of a sentence, so counted by bisection: a sentence of many numbers stays
    fast."""
    if start <= word_start < end:
        return 0.0
    low, high = (word_end, start) if word_end <= start else (end, word_start)
    if high <= low:
        return 0.0
    starts, ends = _token_bounds(sentence)
    # tokens (runs of non-space) that overlap sentence[low:high], as len(sentence[low:high].split()) counts them
    words_between = bisect_left(starts, high) - bisect_right(ends, low)
    clause_breaks = bisect_left(breaks, high) - bisect_left(breaks, low)
    return max(0, words_between) + CLAUSE_DISTANCE * clause_breaks


@lru_cache(maxsize=512)
def _token_bounds(sentence: str) -> tuple[list[int], list[int]]:
    found = list(re.finditer(r"\S+", sentence))
    return [token.start() for token in found], [token.end() for token in found]
