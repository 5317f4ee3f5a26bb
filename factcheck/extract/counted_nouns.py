"""What a bare number counts, from the parse: "14,000 U.S. troops" -> troops, "a crowd
of 88,966" -> people, "35m of its devices" -> devices; and when the number is part of a
name instead ("Boeing 737 Max").
"""
from __future__ import annotations

import re

from factcheck.extract import unit_lexicon as lexicon
from factcheck.extract.numbers import NumberMention
from factcheck.extract.reading import AGE, MAY_HOLD_NUMBER, MEASURE, STOP_WORDS, DocContext, Reading


_OF_NOUN = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|your|these|those|all|[A-Z][\w’']*?['’]s?)\s+)?", re.IGNORECASE
)

_COLLECTIVE_OF = re.compile(
    r"\b(?:crowd|audience|attendance|population|turnout|workforce|electorate|congregation|gathering|"
    r"headcount|membership|readership|viewership)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)


def read_counted_noun(reading: Reading, context: DocContext) -> bool:
    mention = reading.mention
    text = context.text
    before = text[context.sentence_start(mention.outer_start):mention.outer_start]
    if _COLLECTIVE_OF.search(before):
        reading.unit = "people"
        return True
    after = text[mention.end:mention.end + 60]
    if re.match(r"\s+who\b", after) and not re.search(r"\d\s*(?:to|and|-|–)\s*$", before):
        reading.unit = "people"
        return True
    of = _OF_NOUN.match(after)
    if of:
        # "35m of its Echo devices", "two of Johnson's deputies"
        noun = noun_at(mention.end + of.end(), context)
        if noun:
            reading.unit, reading.end = noun
        return True
    if context.parsed:
        noun = _counted_noun_from_parse(mention, context)
    else:
        noun = _counted_noun_from_words(mention, context)
    if noun is _NAME:
        return False
    if noun is not None:
        unit, end, plain_text = noun
        measure = lexicon.measure_at(plain_text, 0, False)
        if measure and measure[1] == len(plain_text):
            reading.unit = lexicon.AGE_UNITS.get(measure[0], measure[0])
            reading.kind = AGE if measure[0] in lexicon.AGE_UNITS else MEASURE
        else:
            reading.unit = unit
            per = _PER_PERSON.match(text, end)
            if per:  # "1.62 children per woman": a rate, not a count of children
                unit, end = f"{unit} per {per.group('who').lower()}", per.end()
                reading.unit = unit
        reading.end = end
        reading.noun_far = _number_between(text, mention.end, end)
    return True


_PER_PERSON = re.compile(r"\s+per\s+(?P<who>woman|women|person|capita|head|household|resident|inhabitant)\b", re.I)


def noun_at(start: int, context: DocContext) -> tuple[str, int] | None:
    """The plural noun starting a noun phrase at `start` ("Kia and Hyundai vehicles")."""
    if context.tagged:
        token = context.token(start)
        if token is None:
            return None
        doc = context.doc
        for index in range(token.i, min(token.i + 5, len(doc))):
            candidate = doc[index]
            if candidate.tag_ in {"NNS", "NNPS"} and candidate.is_alpha and len(candidate.text) > 2:
                return counted_unit(candidate), candidate.idx + len(candidate.text)
            if candidate.pos_ not in {"ADJ", "NOUN", "PROPN", "CCONJ", "PART"} or candidate.text in {",", "("}:
                return None
        return None
    match = re.match(r"(?:[A-Z][\w.]*\s+)?(?P<noun>[a-z][a-z\-]*s)\b", context.text[start:start + 40])
    if match and match.group("noun") not in STOP_WORDS:
        return match.group("noun"), start + match.end()
    return None


def _number_between(text: str, start: int, end: int) -> bool:
    return bool(MAY_HOLD_NUMBER.search(text[start:end]))

_NAME = object()  # sentinel: the number is part of a name

# Words that start a new phrase: "2.1 last year" does not count years.
_NOT_BETWEEN = {"last", "next", "this", "that", "every", "each", "per", "a", "an", "the", "previous", "past"}

_BETWEEN_NUMBER_AND_NOUN = {"ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "ADV", "VERB", "SYM", "X", "CCONJ"}

_PRODUCT_LIKE = {"PRODUCT", "PERSON", "WORK_OF_ART", "FAC", "EVENT", "LAW"}


def _counted_noun_from_parse(mention: NumberMention, context: DocContext):
    """(unit, end, text) of the noun the number counts, `_NAME`, or None."""
    token = context.last_token(mention.end)
    if token is None:
        return None
    doc = context.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    raw = context.text[mention.start:mention.end]
    # "737 Max jets", "787 Dreamliner": a plain number glued to a product or person name.
    if following is not None and following.pos_ == "PROPN" and following.idx == token.idx + len(token.text) + 1 \
            and re.fullmatch(r"\d+", raw):
        named = following.ent_type_ in _PRODUCT_LIKE or not following.ent_type_ and following.is_title
        if named and following.tag_ != "NNPS":
            return _NAME
    # "a 12 page document", "3 cylinder engine": a singular noun between the number and
    # the noun it describes is what the number counts.
    if following is not None and following.tag_ == "NN" and following.is_alpha and following.i + 1 < len(doc):
        beyond = doc[following.i + 1]
        if beyond.pos_ == "NOUN" and beyond.tag_ == "NN" and following.dep_ == "compound":
            return counted_unit(following), following.idx + len(following.text), following.text
    head = token.head
    if token.dep_ in {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos"} and head.i > token.i:
        if head.i - token.i <= 7 and all(
            doc[index].pos_ in _BETWEEN_NUMBER_AND_NOUN and doc[index].text not in {",", ";", ":", "(", ")"}
            and doc[index].lower_ not in _NOT_BETWEEN
            for index in range(token.i + 1, head.i)
        ):
            if (head.pos_ == "NOUN" or head.tag_ == "NNS") and head.is_alpha and len(head.text) > 2:
                return counted_unit(head), head.idx + len(head.text), head.text
            if head.pos_ == "PROPN" and head.tag_ == "NNPS" and head.is_alpha:
                return counted_unit(head), head.idx + len(head.text), head.text
    # The parse sometimes hangs the noun elsewhere ("68 league games"); take the next
    # plural noun when only modifiers stand between.
    for index in range(token.i + 1, min(token.i + 4, len(doc))):
        candidate = doc[index]
        if candidate.tag_ == "NNS" and candidate.pos_ == "NOUN" and candidate.is_alpha and len(candidate.text) > 2:
            return counted_unit(candidate), candidate.idx + len(candidate.text), candidate.text
        if candidate.pos_ not in {"ADJ", "NOUN", "PROPN"} or candidate.text in {",", "("}:
            break
    return None


def _counted_noun_from_words(mention: NumberMention, context: DocContext):
    """Without a parse (a blank pipeline): the next word, if it looks like a noun."""
    match = re.match(r"\s+(?:[A-Z][\w.]*\s+)?(?P<noun>[a-z][a-z\-]*[a-z])\b", context.text[mention.end:mention.end + 40])
    if not match or match.group("noun") in STOP_WORDS:
        return None
    noun = match.group("noun")
    return lexicon.plural(lexicon.singular(noun)), mention.end + match.end(), noun


def counted_unit(token) -> str:
    """The plural, lower-case form of a counted noun."""
    if token.tag_ in {"NNS", "NNPS"}:
        return token.text.lower() if token.tag_ == "NNS" else token.text
    lemma = token.lemma_ if token.lemma_ and token.lemma_.isalpha() else token.text
    return lexicon.plural(lemma.lower())
