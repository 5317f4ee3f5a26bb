"""How exact a number is meant to be, and whether the sentence says it moved.

The qualifier comes from the words just before the number (see the JSON report
spec): "about", "nearly", "roughly" give `approximate`; "more than", "over",
"exceeded", "surpassed", "topped" give `more_than`; "at least" gives `at_least`;
"under", "fewer than", "a little under" give `less_than`; "up to" gives
`at_most`. A few words after the number count too ("or more", "or so").

The direction ("up" / "down") is kept in `Claim.details["change"]`: "shares rose
6.5%", "down 68p", "lost 190 points, or 0.6%". It says the number is a change, not
a level, which matters when it is compared with a reference value.
"""
from __future__ import annotations

import re

EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, RANGE = (
    "exact", "approximate", "at_least", "more_than", "at_most", "less_than", "range",
)

# Longest phrases first: "a little under" before "under".
_BEFORE = [
    (LESS_THAN, r"(?:under|below|younger\s+than)\s+the\s+age\s+of|a\s+little\s+(?:under|less\s+than|below)|just\s+(?:under|below|shy\s+of)|slightly\s+(?:under|less\s+than|below)|"
                r"(?:a\s+)?(?:bit|tad)\s+(?:under|less\s+than)|(?:fewer|less|lower)\s+than|under|below|shy\s+of|short\s+of|sub-?"),
    (MORE_THAN, r"(?:over|above|older\s+than)\s+the\s+age\s+of|a\s+little\s+(?:over|more\s+than|above)|just\s+(?:over|above)|slightly\s+(?:over|more\s+than|above)|"
                r"well\s+(?:over|above)|(?:more|greater|higher|larger)\s+than|in\s+excess\s+of|upwards\s+of|"
                r"north\s+of|over|above|exceeding|exceeded|exceeds|surpassing|surpassed|surpasses|beyond|topping|topped"),
    (AT_LEAST, r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of|at\s+minimum|minimum\s+of"),
    (AT_MOST, r"up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|maximum\s+of|at\s+the\s+most|as\s+(?:much|many)\s+as"),
    (APPROXIMATE, r"about|around|roughly|approximately|approx\.?|nearly|almost|close\s+to|circa|c\.|some|"
                  r"an\s+estimated|estimated|an\s+approximate|barely|just\s+about|more\s+or\s+less|~|≈|±"),
]
_BEFORE_PATTERN = re.compile(
    "(?:^|(?<=[\\s(\"'“‘]))(?P<phrase>" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _BEFORE) + r")\s*$",
    re.IGNORECASE,
)
_AFTER = [
    (AT_LEAST, r"^\s*(?:or|and)\s+(?:more|above|over|higher|greater)\b"),
    (AT_MOST, r"^\s*(?:or|and)\s+(?:less|fewer|under|below|lower)\b"),
    (APPROXIMATE, r"^\s*(?:or\s+so|odd|-odd|or\s+thereabouts|give\s+or\s+take)\b"),
]
# "as many as" is emphasis more often than a bound ("as many as 14 players left").
_EMPHASIS = re.compile(r"as\s+(?:much|many)\s+as", re.IGNORECASE)


def qualifier_before(text_before: str) -> tuple[str, int] | None:
    """The qualifier ending `text_before` and how many characters it takes, or None."""
    window = text_before[-40:]
    match = _BEFORE_PATTERN.search(window)
    if not match:
        return None
    if _EMPHASIS.fullmatch(match.group("phrase").strip()):
        return None
    for name, _ in _BEFORE:
        if match.group(name):
            return name, len(window) - match.start("phrase")
    return None


def qualifier_after(text_after: str) -> tuple[str, int] | None:
    """A qualifier written after the number ("five or more") and its length, or None."""
    for name, pattern in _AFTER:
        match = re.match(pattern, text_after, re.IGNORECASE)
        if match:
            return name, match.end()
    return None


UP_WORDS = {
    "rise", "rose", "risen", "rising", "rises", "up", "gain", "gained", "gains", "gaining", "climb",
    "climbed", "climbs", "climbing", "jump", "jumped", "jumps", "jumping", "surge", "surged", "surges",
    "surging", "soar", "soared", "soars", "soaring", "increase", "increased", "increases", "increasing",
    "added", "adds", "advance", "advanced", "advances", "advancing", "grow", "grew", "grown", "grows",
    "growing", "rally", "rallied", "rallies", "boosted", "spiked", "rebounded", "firmed", "widened",
    "accelerated", "swelled", "rocketed", "skyrocketed", "leapt", "leaped", "expanded", "improved",
    "upped", "hiked", "lifted",
}
DOWN_WORDS = {
    "fall", "fell", "fallen", "falling", "falls", "down", "drop", "dropped", "drops", "dropping",
    "decline", "declined", "declines", "declining", "decrease", "decreased", "decreases", "decreasing",
    "slide", "slid", "slides", "sliding", "slip", "slipped", "slips", "lose", "lost", "loses", "losing",
    "shed", "sheds", "shedding", "plunge", "plunged", "plunges", "plunging", "plummet", "plummeted",
    "plummeting", "tumble", "tumbled", "tumbles", "sank", "sink", "sinks", "sunk", "eased", "eases",
    "dip", "dipped", "dips", "slump", "slumped", "crashed", "retreated", "contracted", "shrank", "shrunk",
    "cut", "cuts", "slashed", "reduced", "narrowed", "weakened", "slowed", "dived", "dove", "tanked",
    "sagged", "skidded", "lowered",
}
# Words between a change verb and its amount that do not break the link:
# "rose by about 5%", "fell sharply by 3 points", "was up nearly 57%".
_LINK_WORDS = {"by", "a", "an", "another", "further", "sharply", "slightly", "steeply", "just", "only",
               "marginally", "modestly", "roughly", "some", "nearly", "almost", "about", "around",
               "approximately", "more", "than", "over", "under", "less", "fewer", "as", "much", "many",
               "strongly", "significantly", "little", "least", "estimated", "whopping", "massive", "hefty",
               "was", "were", "is", "are", "be", "been", "has", "had", "have", "will", "would", "could",
               "may", "might", "poised", "expected", "set", "forecast", "likely"}
# Verbs whose "up" or "down" is a particle, not a movement.
_PHRASAL_VERBS = {"give", "take", "make", "set", "sign", "pick", "show", "put", "pay", "back", "come", "turn",
                  "add", "clean", "shut", "bring", "break", "hold", "sum", "wind", "tie", "line", "open",
                  "rack", "scale", "write", "mark", "knock", "let", "slow", "calm", "play"}
# Words after which the number is a level, not the change: "rose 6.5% to 164p".
_LEVEL_WORDS = {"to", "at", "from", "of", "with", "reach", "reached", "hit", "total", "totalled", "totaled"}


def direction(words_before: list[tuple[str, str]]) -> str | None:
    """"up" or "down" when the nearest words before the number make it a change.

    `words_before` are (lower-case text, lemma) pairs, nearest last, from the same
    clause.
    """
    words = words_before[-6:]
    if len(words) >= 2 and words[-2][0] == "up" and words[-1][0] == "to":
        return None  # "up to 400 jobs" is a bound
    for position in range(len(words) - 1, -1, -1):
        word, lemma = words[position]
        if word in _LEVEL_WORDS:
            return None
        if word in {"up", "down"} and position > 0 and words[position - 1][1] in _PHRASAL_VERBS:
            return None  # "gave up 517 yards", "set up 5 teams"
        if word in UP_WORDS or lemma in UP_WORDS:
            return "up"
        if word in DOWN_WORDS or lemma in DOWN_WORDS:
            return "down"
        if word in _LINK_WORDS:
            continue
        if words[-1][0] == "by":
            continue  # "cut its rate by 25 basis points": the verb is further back
        return None
    return None
