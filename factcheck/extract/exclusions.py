"""Numbers that are not quantities: dates, years, times of day, ordinals, identifiers,
phone numbers, addresses and sports scores.

`excluded_spans(text)` finds the character spans such numbers occupy from the text
alone; the quantity finder drops any number inside one. Checks that need the parse
(a year used as a modifier, a number that is part of a name) are in `years_and_names`.
"""
from __future__ import annotations

import re

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
TIME_ZONES = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|AEST|AEDT|IST|JST|HKT|SGT)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_PATTERNS = [
    # ISO dates and timestamps: 2019-09-01, 2019-09-01T10:38:07.190Z
    r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b",
    # 12/25/2019, 25.12.2019, 9/11/01
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
    # Month day[, year] and day Month [year]: "March 10", "Sept. 20-24", "1 September 2019"
    rf"\b{MONTHS}\.?\s+{DAY}(?:\s*[-–]\s*{DAY})?(?:,?\s+\d{{4}})?\b(?!\s*(?:%|per\s?cent|percent))",
    rf"\b{DAY}\s+(?:of\s+)?{MONTHS}\b\.?(?:,?\s+\d{{4}})?",
    rf"\b{MONTHS}\.?,?\s+\d{{4}}\b",
    # Times: 11:30, 9:01 p.m., 5am, 10.45pm, 1.56pm, 0401 GMT
    r"\b\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?(?:\s?[ap]\.?\s?m\b\.?)?",
    r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)",
    rf"\b\d{{1,4}}\s?{TIME_ZONES}\b",
    # Lap and race times: 1:36.6
    r"\b\d+:\d{2}\.\d+\b",
    # Decades: the 1970s, '90s, mid-1990s
    r"(?:\b|')\d{2,4}'?s\b",
    # Seasons and fiscal years: 2014-15, 2019/20, FY2019
    r"\b(?:19|20)\d{2}\s?[-–/]\s?(?:\d{2}|(?:19|20)\d{2})\b(?!\s*(?:%|per\s?cent|percent))",
    # Ordinals written with digits: 130th, 22nd, 96th-minute
    r"\b\d+(?:st|nd|rd|th)\b",
    # Phone numbers: (212) 555-1234, 212-555-1234, +44 20 7946 0958
    r"\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b",
    r"\b\d{3}[-.]\d{3}[-.]\d{4}\b",
    r"\+\d{1,3}(?:[\s-]\d{2,4}){2,4}\b",
    # Numbered things: No. 1, #3, Section 427, Row 21, flight 370, Game 7 ...
    r"(?:\bNo\.|\bNos\.|#)\s?\d+[\w-]*",
    # (either case: "section 427", "flight 370"; capitalised only where the lower-case
    # word also counts things: "Week 3" but "last week 5 people")
    r"\b(?:[Ss]ection|[Rr]ow|[Rr]oom|[Ff]light|[Cc]hapter|[Aa]rticle|[Pp]age|[Ee]xit|[Gg]ate|[Pp]latform|"
    r"[Aa]partment|[Ss]uite|[Ee]pisode|[Hh]ighway|[Rr]oute|[Ii]nterstate|[Cc]ategory|[Gg]ame|[Pp]p\.|[Vv]ol\.|"
    r"Part|Unit|Level|Box|Volume|Season|Week|Day|Group|Pool|Stage|Phase|Grade|Class|Rule|Amendment|Proposition|"
    r"Prop\.|Bill|Track|Lot|Block|Pier|Terminal|Sector|District|Ward|Precinct|Figure|Fig\.|Table|Version|"
    r"Release|Series|Model|Line|Round|Hole|Court|Studio|Floor|Tier|Building|Wing|Station|Berth|Lane|Zone|"
    r"Region|Radio|Squad|Planet|Sol|Chromosome|Code|Item|List|Slot|Bay|Dock|Gen|Cohort|Edition|Channel|"
    r"Act|Title|Form|Schedule|Pillar|Article|Number)"
    r"\s+\d+[A-Za-z]?\b(?!\s*(?:%|per\s?cent|percent|years?|months?|weeks?|days?))",
    # Street addresses: 575 Wilbraham Road, 9 E 71st St, 22 Ave Foch
    r"\b\d+[A-Za-z]?\s+(?:[A-Z0-9][\w.'-]*\s+){0,3}(?:Road|Rd|Street|St|Avenue|Ave|Av|Boulevard|Blvd|Lane|Ln|"
    r"Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Close|Row)\b\.?",
    r"\b(?:Ave|Avenue|Rue|Via|Calle)\s+[A-Z]\w+\s*,?",
    # ZIP and post codes: "the 90049 ZIP Code", "M21 9AB"
    r"\b\d{5}(?:-\d{4})?\s+(?:ZIP|zip)\b",
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b",
    # Identifiers with letters and digits: ISO 3888-2, COVID-19, F-150, TA-35, A380, 5G
    r"\b[A-Za-z]+[-‐]\d+(?:[-‐]\d+)*(?![\d.,]\d)",
    # "COVID -19", "MH -17": an acronym, a space, then a hyphenated number
    r"\b[A-Z]{2,}\s[-‐]\d+\b(?![.,]\d|\s?%)",
    # Network and image generations: 5G, 4G, 3D
    r"\b[2-6]G\b|\b[234]D\b",
    # A shirt number in parentheses after a name: "Dak Prescott (4)"
    r"\b[A-Z][a-z]+ \(\d{1,2}\)",
]
# Words that may stand before a hyphen and a number without making it a name:
# "minus-5", "sub-7", "then-18", "mid-60s".
_HYPHEN_PREFIXES = {"minus", "sub", "then", "now", "over", "under", "mid", "about", "nearly", "some",
                    "pre", "post", "top", "all", "a", "an", "the", "approximately", "around", "roughly",
                    "to", "from", "and", "or", "up"}

_COMPILED = [re.compile(pattern) for pattern in _PATTERNS]
_IDENTIFIER_WITH_HYPHEN = _COMPILED[_PATTERNS.index(r"\b[A-Za-z]+[-‐]\d+(?:[-‐]\d+)*(?![\d.,]\d)")]


def excluded_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of `text` that hold dates, times, identifiers and the like."""
    spans: list[tuple[int, int]] = []
    for pattern in _COMPILED:
        for match in pattern.finditer(text):
            if pattern is _IDENTIFIER_WITH_HYPHEN:
                word = re.match(r"[A-Za-z]+", match.group(0)).group(0).lower()
                if word in _HYPHEN_PREFIXES:
                    continue
            spans.append((match.start(), match.end()))
    spans.extend(_score_spans(text))
    return spans


# Sports results "beat Charlton 2-1", "a 9-2 lead", "drew 3-3", "at 2-0 down".
_SCORE = re.compile(r"(?<![\d.,])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d,%]|\.\d)(?!\s*(?:%|per\s?cent|percent))")
_SPORTS_WORDS = re.compile(
    r"\b(?:beat|beats|beaten|won|win|wins|winning|lost|lose|loses|losing|lead|leads|led|trail|trailed|trailing|"
    r"draw|drew|drawn|tie|tied|ties|victory|victories|defeat|defeated|score|scored|scoreline|result|"
    r"aggregate|game|games|match|final|finals|set|sets|inning|innings|half|quarter|series|record|win-loss|"
    r"goal|goals|down|up|ended|finished|thrashing|rout|edged|shutout|clean sheet|penalties|overtime)\b",
    re.IGNORECASE,
)


def _score_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _SCORE.finditer(text):
        first, second = int(match.group(1)), int(match.group(2))
        if first >= second:
            # never a range: a score, a vote tally ("4-2", "3-3", "89-89")
            spans.append((match.start(), match.end()))
            continue
        window = text[max(0, match.start() - 60):match.end() + 40]
        after = text[match.end():match.end() + 25]
        # A unit right after makes it a range ("10-12 hours", "5-10W").
        if re.match(r"\s*-?\s*[A-Za-z$€£%]", after) and not re.match(
            r"\s*(?:win|victory|defeat|lead|loss|draw|home|away|on|in|at|and|to|with|after|thanks|over|against|"
            r",|\.|s\b)", after, re.IGNORECASE
        ):
            continue
        if _SPORTS_WORDS.search(window):
            spans.append((match.start(), match.end()))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the characters start..end overlap one of `spans`."""
    return any(span_start < end and start < span_end for span_start, span_end in spans)
