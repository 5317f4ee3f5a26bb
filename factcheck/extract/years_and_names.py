"""Numbers the parse shows are not quantities: years used as modifiers ("its 2018
sales", "between 1600 and 1900"), numbers that are part of a name ("iPhone 11",
"S&P 500"). The checks that need only the text are in `exclusions`.
"""
from __future__ import annotations

import re

from factcheck.extract.reading import AGE, COUNT, MEASURE, MONEY, MULTIPLIER, SHARE, DocContext, Reading


_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|from|between|until|till|before|after|during|of|circa|early|late|mid|summer|spring|"
    r"autumn|fall|winter|year|season|fiscal|FY|class|vintage|born|founded|established|through|A\.?D\.?|B\.?C\.?|"
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s*-?$",
    re.IGNORECASE,
)

_STOCK_INDEX = re.compile(
    r"\b(?:S&P|S\s?P|SP|S&P/ASX|S&P/TSX|ASX|TSX|FTSE|Nasdaq|NASDAQ|Stoxx|STOXX|Euro\s+Stoxx|Nikkei|DAX|CAC|"
    r"Russell|Fortune|Forbes|Hang\s+Seng|MSCI|KOSPI|Sensex|Nifty|IBEX|AEX|SMI|OMX|Dow\s+Jones|KLCI|Straits\s+Times)"
    r"\s?-?$",
    re.IGNORECASE,
)


def survives_parse_checks(reading: Reading, context: DocContext) -> bool:
    mention = reading.mention
    text = context.text
    raw = text[mention.start:mention.end]
    sentence_start = context.sentence_start(mention.outer_start)
    before = text[sentence_start:mention.outer_start]
    if _STOCK_INDEX.search(before[-20:]) and reading.kind == COUNT and not mention.written_in_words:
        return False  # "S&P 500", "FTSE 100", "Fortune 500"
    if _is_year(reading, context, raw, before):
        context.year_ends.append(mention.end)
        context.excluded.append((mention.start, mention.end))
        return False
    if reading.unit in ("minute", "second") and _LARGER_UNIT_BEFORE.search(before[-30:]):
        return False  # "62 hours and 6 minutes": the minutes belong to the hours before them
    if reading.kind == COUNT and not reading.unit and _MODEL_NUMBER.fullmatch(raw) and (
        _MODEL_AFTER.match(text, mention.end)
        or (_PLANE_MAKERS.search(text) and not re.match(r"\s+of\b", text[mention.end : mention.end + 5]))
    ):
        return False  # "the 737 Max", "production of the 737, 767 and 777": aircraft models, not counts
    if reading.kind == COUNT and context.tagged and not mention.written_in_words:
        token = context.token(mention.outer_start)
        if token is not None and token.i > 0:
            prior = context.doc[token.i - 1]
            # "iPhone 11", "Apple Watch 5", "Euro 2020", "Planet 9": a number right after a name.
            if prior.pos_ == "PROPN" and prior.idx >= sentence_start and prior.i != _sentence_first_token(prior) \
                    and prior.ent_type_ not in {"GPE", "NORP"} and reading.kind != AGE:
                return False
            # "Hornsea 2, a wind farm off Yorkshire, ...": a name the recogniser (or the reference)
            # found with the number inside it, even at the start of a sentence
            if token.ent_iob_ == "I" and token.ent_type_ not in _NUMBER_LABELS and prior.ent_type_ == token.ent_type_:
                return False
            # "Apollo 11 landed", "Boeing 737 jets": a named thing's number opening the sentence
            if prior.i == _sentence_first_token(prior) and prior.pos_ == "PROPN" and prior.ent_type_ in _NAME_LABELS \
                    and reading.kind != AGE:
                return False
    return True


_LARGER_UNIT_BEFORE = re.compile(r"\d\s*(?:hours?|hrs?|h|minutes?|mins?)\s*(?:and\s+|,\s*)?$", re.I)
# Boeing's and Airbus's model numbers ("737", "787-9", "A350")
_MODEL_NUMBER = re.compile(r"7[0-8]7|3[2-8]0")
_MODEL_AFTER = re.compile(r"(?:-\d{1,3})?\s*(?:Max|MAX|Dreamliner|neo|NEO|XWB|freighters?)\b")
_PLANE_MAKERS = re.compile(r"\b(?:Boeing|Airbus)\b")


_NUMBER_LABELS = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME", "ORDINAL"})
_NAME_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "MISC", "PERSON", "LOC"})


def _sentence_first_token(token) -> int:
    return token.sent.start if token.doc.has_annotation("SENT_START") else 0


def _is_year(reading: Reading, context: DocContext, raw: str, before: str) -> bool:
    mention = reading.mention
    if mention.written_in_words or mention.scaled or mention.currency or reading.sign:
        return False
    if not re.fullmatch(r"\d{4}", raw) or reading.kind in {MONEY, SHARE, MEASURE, MULTIPLIER, AGE}:
        return False
    year = int(raw)
    word_before = _YEAR_BEFORE.search(before[-14:])
    # "between A.D. 1000 and 1260": the partner of a year is a year
    after_year = any(re.fullmatch(r"\s*(?:and|to|-|–|or)\s*", context.text[end:mention.outer_start]) for end in context.year_ends)
    if 2100 < year <= 2200 and not (word_before or after_year):
        return False
    # Before 1500 a year needs its era or a plain "in" ("in 1066", "A.D. 1000"): "from 1000 to 2000 hires".
    if year < 1500 and not (after_year or re.search(r"\b(?:in|circa|c\.|since|A\.?D\.?|B\.?C\.?)\s*$", before[-8:])):
        return False
    if year < 1000 or year > 2200:
        return False
    if reading.unit is None or word_before or after_year:
        return True
    if context.tagged:
        token = context.token(mention.start)
        if token is not None and token.i > 0:
            prior = token.doc[token.i - 1]
            if prior.pos_ in {"DET", "PROPN", "PRON"} or prior.tag_ in {"PRP$", "POS"}:
                return True
        # A count is written right before its noun ("2000 hires"); a year modifies from afar.
        if token is not None and token.i + 1 < len(token.doc):
            following = token.doc[token.i + 1]
            return following.idx + len(following.text) != reading.end
    return False
