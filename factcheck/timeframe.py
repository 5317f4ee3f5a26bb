"""When a number in a sentence was true: the article's date, moved by the words around it.

"in 2009", "in March 2015", "in October" (the last October; "by October": the next),
"in the 1990s", "last year", "a year ago", "a
decade earlier" (than another date in the same sentence, else the article's
date), "by 2030". A time expression applies to the numbers in its own clause;
one that opens the sentence ("In 2009, ...") applies to the whole sentence,
unless a clause says "now", "today", "currently" or "since".
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    """The days a claim speaks about. `shifted` is False when it is just the article's date."""

    first: dt.date
    last: dt.date
    shifted: bool = False
    wording: str = ""

    def check_date(self, article_date: dt.date) -> dt.date:
        """The day facts are looked up at: the end of the period, never after the article."""
        return min(self.last, article_date)

    def is_future(self, article_date: dt.date) -> bool:
        return self.first > article_date

    def covers_a_year(self) -> bool:
        """Whether the period is one or more whole calendar years ("in 2023", "last year")."""
        return (self.first.month, self.first.day, self.last.month, self.last.day) == (1, 1, 12, 31)

    def __str__(self) -> str:
        if self.first == self.last:
            return self.first.isoformat()
        if (self.first.month, self.first.day, self.last.month, self.last.day) == (1, 1, 12, 31):
            if self.first.year == self.last.year:
                return str(self.first.year)
            return f"{self.first.year}-{self.last.year}"
        if self.first.day == 1 and self.first.year == self.last.year and self.first.month == self.last.month:
            return f"{self.first.year:04d}-{self.first.month:02d}"
        return f"{self.first.isoformat()}..{self.last.isoformat()}"


MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
MONTHS.pop("may", None)  # "may" is far more often the verb; only "May 2015" with a year counts
_MONTH_NAMES = "|".join(sorted((*MONTHS, "may"), key=len, reverse=True))
COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "several": None, "few": None, "a few": None, "some": None,
    "the": 1,  # "the year before", "the month after"
}
_COUNT = r"(?P<count>\d+|a few|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + ")"
_SPAN = r"(?P<span>year|decade|month|week|day|century)s?"

_PATTERNS = [
    ("relative", re.compile(_COUNT + r"\s+" + _SPAN + r"\s+(?P<direction>earlier|before|later|after|ago|previously)\b", re.I)),
    ("last", re.compile(r"\b(?P<which>last|past|previous|this|current|next|the previous|the following)\s+(?P<span>year|month|week|decade)\b", re.I)),
    ("month", re.compile(r"\b(?P<month>" + _MONTH_NAMES + r")\.?\s+(?:\d{1,2},?\s+)?(?P<year>(?:1[6-9]|20)\d{2})\b", re.I)),
    ("bare_month", re.compile(r"\b(?P<prep>in|during|since|by|until|through|last|this|early|late|mid-?)\s*(?P<month>" + _MONTH_NAMES + r")\b(?!\.?\s+\d)", re.I)),
    # "the 2023-24 financial year", "in 2022/23": a year that straddles two calendar years
    ("split_year", re.compile(r"\b(?P<year>(?:19|20)\d{2})[-\u2013/](?P<next>\d{2})\b(?![-/]\d)", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<year>(?:1[6-9]|20)\d0)s\b", re.I)),
    ("year", re.compile(r"(?<![\d,.$£€])\b(?P<prep>in|during|by|as of|until|through|since|from|at the end of|end of|early|late|mid-?)?\s*(?P<year>(?:1[6-9]|20)\d{2})\b(?!\d|[,.]\d|\s*(?:%|percent|people|troops|km|miles))", re.I)),
]
# Words that put a clause back at the article's date.
_NOW = re.compile(r"\b(?:now|today|currently|at present|presently|nowadays|since then|as of now)\b", re.I)
_SINCE_ALONE = re.compile(r"\bsince\b(?!\s+(?:(?:1[6-9]|20)\d{2}|" + _MONTH_NAMES + r"|the|last|then))", re.I)
# Where one clause of a sentence ends and the next begins.
_CLAUSE_BREAK = re.compile(
    r"[;:,\u2014\u2013]|\s-\s|\b(?:and|but|while|whereas|although|compared with|compared to|up from|down from|against)\b",
    re.I,
)


# the words that may stand between "from" or "to" and a number of a change ("from about 900,000")
ROUGHLY = r"(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?"
# "rose to 128.3 billion from 102.6 billion in 2023": a time after "from" and another number is that number's
_FROM_NUMBER = re.compile(r"\bfrom\s+" + ROUGHLY + r"[$£€]?\d", re.I)
_FROM_BEFORE_TIME = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TO_BEFORE_NUMBER = re.compile(r"\bto\s+" + ROUGHLY + r"[$£€]?$", re.I)


def _compared_from(sentence: str, mention: "_Mention", claim_start: int) -> bool:
    """ "rose 15 percent from a year earlier to 236 million": the time is the comparison's, not the number's."""
    return (
        mention.end <= claim_start
        and bool(_FROM_BEFORE_TIME.search(sentence[max(0, mention.start - 12) : mention.start]))
        and bool(_TO_BEFORE_NUMBER.search(sentence[mention.end : claim_start]))
    )


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str
    match: re.Match

    @property
    def absolute(self) -> bool:
        return self.kind in ("month", "bare_month", "decade", "year", "split_year")


def claim_period(
    sentence: str, claim_start: int, claim_end: int, article_date: dt.date, verbs: tuple[tuple[int, int], ...] = (),
    ignore_years: frozenset[int] = frozenset(),
) -> Period:
    """The period the number at `sentence[claim_start:claim_end]` speaks about.

    `verbs` (offsets of the sentence's verbs, when a tagger found them) keep a time phrase with its
    own verb: in "the drawdown ordered last year left 2,500 troops there in January", "in January"
    dates the 2,500, "last year" the order. Years in `ignore_years` are part of what is counted
    ("excess deaths in 2020 and 2021"), not of when.
    """
    today = Period(article_date, article_date)
    start_of_year = _YEAR_START_BEFORE.search(sentence, max(0, claim_start - 60), claim_start)
    if start_of_year:
        # "Djokovic began the year on 21 major titles": the value before the year's first day
        eve = dt.date(article_date.year - 1, 12, 31)
        return Period(eve, eve, True, start_of_year.group(0).strip())
    mentions = [
        m for m in _mentions(sentence)
        if (m.end <= claim_start or m.start >= claim_end) and not _names_year(m, ignore_years)
    ]
    clause_start, clause_end = _clause_around(sentence, claim_start, claim_end)
    clause = sentence[clause_start:clause_end]
    local = [
        m for m in mentions
        if clause_start <= m.start and m.end <= clause_end and not _FROM_NUMBER.search(sentence, claim_end, m.start)
        and not _compared_from(sentence, m, claim_start) and not _dates_a_later_number(sentence, m, claim_end, verbs)
    ]
    when = [m for m in mentions if m.end <= claim_start and _WHEN_AFTER.match(sentence, m.end)]
    if not local and when:
        # "the worst crash since 1997, when a jet went down in Guam, killing 228 people": the
        # clause after "when" happened then, in that year (not since)
        then = _resolve(when[-1], today, today)
        last = then.last if when[-1].kind == "split_year" else min(then.last, dt.date(then.first.year, 12, 31))
        return Period(then.first, last, True, then.wording)
    borrowed = None if local else _borrowed_time(sentence, mentions, clause_start, claim_start, claim_end)
    participle = _DATED_PARTICIPLE_AFTER.match(sentence, claim_end)
    own = [m for m in local if participle and m.start <= participle.end() + 1 <= m.end] if participle else []
    if own:
        # "the 295 gigawatts installed in 2022": the participle and its time describe the number
        chosen = own[0]
    elif local:
        # the nearest mention in the clause wins ("from 900,000 in 2009 to 1.2 million in 2019")
        chosen = min(local, key=lambda m: _distance(m, claim_start, claim_end, verbs))
    elif _NOW.search(clause) or _SINCE_ALONE.search(clause):
        return today
    elif borrowed is not None:
        chosen = borrowed
    else:
        opening = [m for m in mentions if _opens_sentence(sentence, m) or _in_opening_when_clause(sentence, m)]
        if not opening:
            return today
        chosen = opening[0]
    anchors = [m for m in mentions if m.absolute and m.start < chosen.start]
    anchor = _resolve(anchors[-1], today, today) if anchors else today
    period = _resolve(chosen, anchor, today)
    if _SINCE_EVENT_BEFORE.search(sentence, max(0, chosen.start - 40), chosen.start):
        # "had travelled 5.24 billion km since its launch in December 2014": from then until now
        return Period(period.first, today.last, True, period.wording)
    return period


def _dates_a_later_number(sentence: str, mention: "_Mention", claim_end: int, verbs: tuple[tuple[int, int], ...]) -> bool:
    """Whether a time after the number belongs to a later number's own verb ("running two hours and 35
    seconds to take 34 seconds off the mark Kipchoge set in Berlin last year": the mark was set then)."""
    if mention.start < claim_end:
        return False
    later = _NUMBER.search(sentence, claim_end, mention.start)
    return later is not None and any(later.end() <= start < mention.start for start, _ in verbs)


_NUMBER = re.compile(r"\d")


# "began the year on", "started the season with": the value the year opened with
_YEAR_START_BEFORE = re.compile(
    r"\b(?:began|begun|begins|started|starts|entered|enters|opened|opens)\s+(?:the|this)\s+year\s+(?:on|with|at)\s+"
    r"(?:about\s+|some\s+|roughly\s+|nearly\s+)?$",
    re.I,
)
# "since its launch in", "since the crash on": the time of an event a count runs from
_SINCE_EVENT_BEFORE = re.compile(
    r"\bsince\s+(?:its|the|their|his|her|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|on)\s*$", re.I
)


def _in_opening_when_clause(sentence: str, mention: _Mention) -> bool:
    """ "When the network started in 2009, miners received 50 bitcoin": a time in an opening "when"
    clause dates the main clause."""
    opening = _WHEN_OPENING.match(sentence)
    return bool(opening) and mention.end <= opening.end()


_WHEN_OPENING = re.compile(r"\s*(?:when|as|while|back\s+when)\b[^,;]*,", re.I)


def _borrowed_time(
    sentence: str, mentions: list[_Mention], clause_start: int, claim_start: int, claim_end: int
) -> _Mention | None:
    """The time a clause without one of its own takes from its sentence: a participle clause from the
    clause before it ("in March became the first to ease, lowering its rate to 1.5 percent"), an
    aside from its sentence ("The previous record, with 24,862,048 digits, was found in December
    2018"), a number from the time it was recorded ("the 45C recorded at Midale in July 1937")."""
    opening = sentence[clause_start:claim_start].lstrip(" ,;:(")
    if _PARTICIPLE_OPENING.match(opening):
        # not the time of an aside that describes a name ("uMkhonto weSizwe, formed only in December,")
        before = [m for m in mentions if m.end <= clause_start and not _IN_DESCRIBING_ASIDE.search(
            sentence[max(0, sentence.rfind(",", 0, m.start)) : m.start])]
        return before[-1] if before else None
    if _ASIDE_OPENING.match(opening) or _RECORDED_AFTER.match(sentence, claim_end):
        after = [m for m in mentions if m.start >= claim_end]
        return after[0] if after else None
    return None


_PARTICIPLE_OPENING = re.compile(r"[a-z]+ing\b", re.I)
# ", formed only in December", ", founded in 1998": an aside of a past participle, after a comma
_IN_DESCRIBING_ASIDE = re.compile(
    r"^,\s*(?:only\s+|just\s+|first\s+)?(?:[a-z]+ed|built|begun|founded|born|made)\b[^,;]*$", re.I
)
_ASIDE_OPENING = re.compile(r"with\b", re.I)
_RECORDED_AFTER = re.compile(
    # "The record low, 3.39 million square kilometres, was set in 2012": an aside's verb after it
    r"(?:\s*,\s*(?:was|were|had\s+been|has\s+been))?"
    r"(?:\s+(?:recorded|measured|registered|observed|set|reached|found|counted|reported)\b[^.;,]*$|"
    r"\s+(?:recorded|measured|registered|observed|set|reached|found|counted|reported)\b[^.;]{0,80}?\b(?:in|on)\s)",
    re.I,
)


# "295 gigawatts installed in 2022", "the 1.2 million sold during 2021": a participle that dates the number
_DATED_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|built|sold|grown|made|won|held|paid|spent|taken|given|seen)\s+(?:in|during|at\s+the\s+end\s+of)\s",
    re.I,
)


# a time followed by a clause that says what happened then
_WHEN_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s*,?\s+when\b")  # "in 1997, when", "the 2016 census, when"


# "on Sunday", "yesterday": a single day
_DAY = re.compile(
    r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"(?:in|on|over) a single day|in one day)\b",
    re.I,
)


# a clause that names a year-long span counts over it, whatever day it names
_YEAR_LONG = re.compile(r"\b(?:(?:fiscal|financial|calendar|full)\s+year|annual|annually|yearly)\b", re.I)


# "in the fourth quarter", "in the first half", "in the three months to September", "in Q3"
_PART_OF_YEAR = re.compile(
    r"\b(?:in|during|for|over)\s+(?:the|its|their)\s+(?:first|second|third|fourth|final|last|latest|past)\s+"
    r"(?:full\s+)?(?:fiscal\s+|financial\s+)?(?P<span>quarter|half|three months|six months)\b|"
    r"\b(?:in|during)\s+(?P<q>Q[1-4])\b",
    re.I,
)


def counted_over(
    sentence: str, claim_start: int, claim_end: int, verbs: tuple[tuple[int, int], ...] = ()
) -> str | None:
    """The span of time a number was counted over, when the time phrase nearest it in its clause
    names one shorter than a year: "6.6 million passengers in March" ("month"), "last week"
    ("week"), "on Sunday alone" ("day"), "in the fourth quarter" ("quarter"). None for a year or
    longer ("cut prices this week after delivering 1.3 million cars in 2023"), for a point in time
    ("a year ago") and when nothing is said."""
    clause_start, clause_end = _clause_around(sentence, claim_start, claim_end)
    if _YEAR_LONG.search(sentence, clause_start, clause_end):
        return None  # "began its fiscal year on Monday with a $121.4 billion budget": the day dates the start
    phrases: list[tuple[int, int, str | None]] = []
    for found in _DAY.finditer(sentence, clause_start, clause_end):
        phrases.append((*found.span(), "day"))
    for found in _PART_OF_YEAR.finditer(sentence, clause_start, clause_end):
        span = (found.group("span") or "quarter").lower()
        phrases.append((*found.span(), "quarter" if span in ("quarter", "three months") else "half"))
    for mention in _mentions(sentence):
        if not (clause_start <= mention.start and mention.end <= clause_end):
            continue
        if any(start <= mention.start < end for start, end, _ in phrases):
            continue
        if mention.kind in ("month", "bare_month"):
            since = (mention.match.groupdict().get("prep") or "").lower() == "since"
            phrases.append((mention.start, mention.end, None if since else "month"))
        elif mention.kind == "last":
            span = mention.match.group("span").lower()
            phrases.append((mention.start, mention.end, span if span in ("month", "week") else None))
        else:
            phrases.append((mention.start, mention.end, None))
    outside = [phrase for phrase in phrases if phrase[1] <= claim_start or phrase[0] >= claim_end]
    if not outside:
        # "In the fourth quarter alone, revenue rose to $39.3 billion": a phrase opening the
        # sentence dates all of it
        opening = _PART_OF_YEAR.match(sentence, len(sentence) - len(sentence.lstrip()))
        if opening is not None and opening.end() <= claim_start:
            span = (opening.group("span") or "quarter").lower()
            return "quarter" if span in ("quarter", "three months") else "half"
        return "quarter" if _QUARTER_MEASURE.search(sentence, clause_start, clause_end) else None
    nearest = min(
        outside,
        key=lambda phrase: _distance(_Span(phrase[0], phrase[1]), claim_start, claim_end, verbs),
    )
    if nearest[2] is None and _QUARTER_MEASURE.search(sentence, clause_start, clause_end):
        # "whose fourth-quarter revenue jumped 265 percent from a year earlier to $22.1 billion": the
        # measure is a quarter's, whatever point in time it is compared with
        return "quarter"
    return nearest[2]


# a measure named as a quarter's ("fourth-quarter revenue", "quarterly profit")
_QUARTER_MEASURE = re.compile(r"\b(?:(?:first|second|third|fourth|final|latest)-quarter|quarterly)\s+[a-z]", re.I)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _names_year(mention: "_Mention", years: frozenset[int]) -> bool:
    return mention.kind in ("year", "month") and int(mention.match.group("year")) in years


# a verb between a time phrase and the number counts as this many characters of distance
_VERB_DISTANCE = 60


def _distance(mention: _Mention, claim_start: int, claim_end: int, verbs: tuple[tuple[int, int], ...]) -> int:
    low, high = (mention.end, claim_start) if mention.end <= claim_start else (claim_end, mention.start)
    between = sum(1 for start, end in verbs if low <= start and end <= high)
    return (high - low) + _VERB_DISTANCE * between


def _mentions(sentence: str) -> list[_Mention]:
    found: list[_Mention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            while start < end and sentence[start].isspace():
                start += 1
            if any(start < other.end and other.start < end for other in found):
                continue  # an earlier, more specific pattern already took these words
            found.append(_Mention(start, end, kind, match))
    return sorted(found, key=lambda mention: mention.start)


def _clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    clause_start, clause_end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= end:
            clause_end = match.start()
            break
    return clause_start, clause_end


def _opens_sentence(sentence: str, mention: _Mention) -> bool:
    """ "In 2009, ...", "Last year the ...": a time phrase before the first clause's verb."""
    before = sentence[: mention.start].strip().lower()
    return before in ("", "in", "back in", "by", "as of", "at the end of", "during", "until", "early in", "late in")


def _resolve(mention: _Mention, anchor: Period, today: Period) -> Period:
    match = mention.match
    wording = match.group(0).strip()
    if mention.kind == "year":
        year = int(match.group("year"))
        prep = (match.group("prep") or "").lower()
        if prep == "since":
            return Period(dt.date(year, 1, 1), today.last, True, wording)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), True, wording)
    if mention.kind == "month":
        year, month = int(match.group("year")), MONTHS.get(match.group("month").lower().rstrip("."), 5)
        return Period(dt.date(year, month, 1), _month_end(year, month), True, wording)
    if mention.kind == "bare_month":
        # "in February" without a year: the latest February up to the article's month
        month = MONTHS.get(match.group("month").lower().rstrip("."), 5)
        prep = (match.group("prep") or "").lower()
        if prep in ("by", "until", "through"):
            # "by November" looks ahead: the next November from the article's month on
            year = today.last.year if month >= today.last.month else today.last.year + 1
        else:
            year = today.last.year if month <= today.last.month else today.last.year - 1
        if prep == "since":
            return Period(dt.date(year, month, 1), today.last, True, wording)
        return Period(dt.date(year, month, 1), _month_end(year, month), True, wording)
    if mention.kind == "split_year":
        year = int(match.group("year"))
        if int(match.group("next")) == (year + 1) % 100:
            return Period(dt.date(year, 1, 1), dt.date(year + 1, 12, 31), True, wording)
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), True, wording)
    if mention.kind == "decade":
        year = int(match.group("year"))
        return Period(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), True, wording)
    if mention.kind == "last":
        return _calendar_neighbour(match.group("which").lower(), match.group("span").lower(), today.last, wording)
    return _relative(mention, anchor, today, wording)


def _relative(mention: _Mention, anchor: Period, today: Period, wording: str) -> Period:
    match = mention.match
    written = match.group("count").lower()
    count = int(written) if written.isdigit() else COUNT_WORDS.get(written)
    if count is None:
        count = 3  # "several years ago": some years back; the exact day matters little
    span = match.group("span").lower()
    direction = match.group("direction").lower()
    base = today if direction == "ago" else anchor
    sign = 1 if direction in ("later", "after") else -1
    if span == "day":
        day = base.last + dt.timedelta(days=sign * count)
        return Period(day, day, True, wording)
    if span == "week":
        day = base.last + dt.timedelta(weeks=sign * count)
        return Period(day, day, True, wording)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[span] * count * sign
    if base.first.year != base.last.year or (base.first.month, base.last.month) != (1, 12) or span == "month":
        return _shift_day(base, months, wording)
    # an anchor that is a whole year ("in 2019") moves as a whole year
    year = base.first.year + months // 12
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), True, wording)


def _shift_day(base: Period, months: int, wording: str) -> Period:
    total = base.last.year * 12 + base.last.month - 1 + months
    year, month = divmod(total, 12)
    day = min(base.last.day, calendar.monthrange(year, month + 1)[1])
    shifted = dt.date(year, month + 1, day)
    return Period(shifted, shifted, True, wording)


def _calendar_neighbour(which: str, span: str, today: dt.date, wording: str) -> Period:
    step = {"last": -1, "past": -1, "previous": -1, "the previous": -1, "next": 1, "the following": 1}.get(which, 0)
    if span == "year":
        year = today.year + step
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), step != 0, wording)
    if span == "decade":
        if which == "past":  # "over the past decade": the ten years up to now
            return Period(dt.date(today.year - 10, 1, 1), today, True, wording)
        year = (today.year // 10 + step) * 10
        return Period(dt.date(year, 1, 1), dt.date(year + 9, 12, 31), step != 0, wording)
    if span == "month":
        total = today.year * 12 + today.month - 1 + step
        year, month = divmod(total, 12)
        return Period(dt.date(year, month + 1, 1), _month_end(year, month + 1), step != 0, wording)
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=step)
    return Period(monday, monday + dt.timedelta(days=6), step != 0, wording)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])
