"""A share the article works out from its own numbers must agree with them.

"Of the 72,098 MHz of spectrum on offer, 51,236 MHz, or 81 percent, found
buyers": 51,236 of 72,098 is 71 percent, whatever the reference says. The
part is the number right before ", or"; the whole is another number of the
sentence, in the same unit, written after "of" or "out of". Both are taken at
the precision the article wrote them, so "5.1 million of 7.2 million, or 71
percent" is not faulted for rounding. Only a disagreement is reported (the
article disagrees with itself); a share that agrees keeps its own verdict.
"""
from __future__ import annotations

import re

from factcheck import units
from factcheck.config import Config
from factcheck.match.claim_context import claim_unit
from factcheck.models import Claim, Finding, Verdict
from factcheck.quantities import claim_interval, format_number, overlaps, written_step

# "51,236 MHz, or 81 percent"; "1.2 million people, or about 4 percent"
_OR_BETWEEN = re.compile(
    r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?,?\s*or\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|almost\s+|around\s+)?",
    re.I,
)
# "of the 72,098 MHz", "out of 40", "of a total of 9,000"
_WHOLE_BEFORE = re.compile(r"\b(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+|its\s+|their\s+)?$", re.I)
# how far before a number "of" may stand (characters)
_REACH = 24


def self_contradictions(claims: list[Claim], findings: list[Finding], text: str, config: Config) -> list[Finding]:
    """`findings`, with a share its own part and whole contradict turned conflicting."""
    result = list(findings)
    ordered = sorted(range(len(claims)), key=lambda index: claims[index].start)
    for previous, current in zip(ordered, ordered[1:]):
        share, part = claims[current], claims[previous]
        if claim_unit(share).kind != units.SHARE or share.value is None or isinstance(share.value, tuple):
            continue
        if not _OR_BETWEEN.fullmatch(text[part.end : share.start]) or not _a_count(part):
            continue
        whole = _whole_of(part, claims, text)
        if whole is None:
            continue
        worked_out = _share_interval(part, whole)
        written = claim_interval(share.value, share.qualifier, share.text, config.approximate_margin)
        if not overlaps(written, worked_out):
            middle = 100 * float(part.value) / float(whole.value)
            message = (
                f"'{share.text}' disagrees with the article's own figures: {part.text} of {whole.text} is "
                f"{format_number(round(middle, 1))} percent"
            )
            result[current] = Finding(share, Verdict.CONFLICTING, message, None, None, 1.0)
    return result


def _a_count(claim: Claim) -> bool:
    return (
        claim.value is not None and not isinstance(claim.value, tuple) and float(claim.value) > 0
        and claim_unit(claim).kind != units.SHARE
    )


def _whole_of(part: Claim, claims: list[Claim], text: str) -> Claim | None:
    """The number of the part's sentence that the part is counted out of."""
    unit = units.normalize(part.unit)
    for whole in claims:
        if whole is part or whole.sentence != part.sentence or not _a_count(whole):
            continue
        if float(whole.value) <= float(part.value):
            continue
        if not _WHOLE_BEFORE.search(text[max(0, whole.start - _REACH) : whole.start]):
            continue
        other = units.normalize(whole.unit)
        if unit.key and other.key and units.compatibility(unit, other) < 1.0:
            continue
        return whole
    return None


def _share_interval(part: Claim, whole: Claim) -> tuple[float, float]:
    """The percentages the two numbers allow, each at the precision the article wrote it."""
    part_value, whole_value = float(part.value), float(whole.value)
    part_half = written_step(part.text, part_value) / 2
    whole_half = written_step(whole.text, whole_value) / 2
    low = 100 * (part_value - part_half) / (whole_value + whole_half)
    high = 100 * (part_value + part_half) / max(whole_value - whole_half, 1e-12)
    return low, high
