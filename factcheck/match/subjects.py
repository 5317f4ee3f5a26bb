"""Whose number a sentence gives: the subjects of a fact named, referred to or implied.

A fact's subjects are the entities its statement names (`fact_index`). A
sentence speaks of a subject when it names it near the number (in any
accepted spelling, a country also by its adjective: "American soldiers"),
or refers back to it by a common noun of its name ("the tunnel" after "the
Gotthard Base Tunnel", when no other entity named before has that noun). It
may also leave the subject to the article: ARTICLE_ENTITY when the article
names it in its first sentence, in the sentence before, or twice;
ARTICLE_MINOR when once elsewhere. Then a name of the same kind standing
for the number instead ("Reform UK took five seats", said of the House of
Commons' seats) leaves it CONTESTED. A fact without entity records says
whose number it is by the names its statement spells ("population of
Springfield").
"""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from factcheck.demonyms import country_of, is_adjective
from factcheck.match.claim_context import OTHER_NUMBER_WEIGHT, ClaimContext
from factcheck.match.fact_index import FactIndex, IndexedFact
from factcheck.match.words import WORD, similar, stem, words_of
from factcheck.models import Article

# a subject named in the article's first sentence, in the sentence before, or twice
ARTICLE_ENTITY = 0.8
# a subject named once elsewhere in the article
ARTICLE_MINOR = 0.5
# a subject only the article names, while the number's clause names someone else
CONTESTED = 0.3
# a number written into the name that follows it ("the 543-seat ")
_COMPOUND_BEFORE = re.compile(r"\d[\d,.]*-[A-Za-z]+\s+$")
# spaCy entity labels that name someone or something (not dates, numbers, quantities)
_NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# who can stand in a subject's place near a number: a place or a body for a country ("NATO
# allies have 7,000 soldiers"), a person only for a person (the leader named with a party's seats
# does not make them someone else's)
_KIND = {
    "group": "organization", "PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place",
    "ORG": "organization", "NORP": "organization", "PRODUCT": "other", "EVENT": "other",
    "WORK_OF_ART": "other", "LAW": "other",
}
_RIVALS = {
    "person": frozenset({"person"}),
    "place": frozenset({"place", "organization"}),
    "organization": frozenset({"organization", "place"}),
    "other": frozenset({"other", "organization"}),
}
# names that follow these are examples of what is counted, not whose number it is
_EXAMPLES_BEFORE = re.compile(r"\b(?:including|such as|among them|among which|like|notably)\b", re.I)
# a common noun of a name that can refer back to it ("the tunnel", "the lake"), unless too general
_GENERIC_HEADS = frozenset(
    {"united", "states", "state", "national", "international", "republic", "federal", "great", "first",
     "world", "general", "royal", "north", "south", "east", "west", "central", "kingdom", "union", "city",
     "people", "party", "company", "group", "house", "new"}
)
# "Volkswagen Group's 9.2 million": a name owning the number, right before it
_OWNER_BEFORE = re.compile(r"(?P<owner>\b[A-Z][\w.&+-]*(?:\s+[A-Z][\w.&+-]*)*)(?:'s|\u2019s|')\s+$")
# "49.1 percent for Bolsonaro", "51.2 percent of the vote for Maduro": the name the number is given to
_OWNER_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:valid\s+|popular\s+)?votes?\s+)?for\s+(?P<owner>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*)*)"
)
# an owner that refers back rather than names: "its", "their", "the company's"
_POSSESSIVE = re.compile(r"\b(?:[Ii]ts|[Tt]heir|[a-z]+(?='s\b|\u2019s\b))")
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "quarter", "half", "season", "decade", "period", "time"})
# how far after the number (characters) "in its ..." still says where the counted things are
_INSIDE_REACH = 25
_INSIDE_BEFORE = re.compile(r"\b(?:in|at|inside|within|on)\s+(?:the\s+)?$", re.I)
_REFERRING = re.compile(r"\b(?:the|this|that|its|their)\s+", re.I)


def who(context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames, names: ArticleNames) -> float | None:
    """How surely the sentence speaks of the fact's subject (see the module docstring); None when the
    fact names no one."""
    vocabulary = in_sentence.vocabulary(entry)
    own = set(entry.entities) | set(entry.subjects)
    weights = [
        _entity_weight(entity_id, vocabulary, own, in_sentence, names) for entity_id in entry.subjects
    ]
    if any(in_sentence.weight(entity_id) == 1.0 and not in_sentence.only_reports(entity_id)
           for entity_id in entry.context):
        # "Amazon's revenue rose to $575 billion" is not about Amazon Web Services, though the fact
        # lists Amazon: the sentence names the other entity instead of the subject
        weights = [
            min(weight, CONTESTED) if in_sentence.weight(entity_id) == 0.0 else weight
            for entity_id, weight in zip(entry.subjects, weights)
        ]
    if not entry.subjects and not entry.entities:
        # a fact with no entity record says whose number it is by the names it spells ("population
        # of Springfield"); otherwise its other names ("at L2") are only words of what it measures
        weights.extend(
            _name_weight(context, name, country, names, in_sentence, own, vocabulary)
            for name, country in zip(entry.names, entry.name_countries)
        )
    if weights:
        found = min(weights)
        # another entity of the fact named in the sentence says which number is the fact's
        named = [in_sentence.weight_among_alike(e) for e in entry.context if in_sentence.weight(e) > 0]
        if named:
            found = min(found, max(named))
    elif entry.entities:
        found = max(_entity_weight(e, vocabulary, own, in_sentence, names) for e in entry.entities)
    else:
        return None
    if entry.subjects and in_sentence.in_phrase and not in_sentence.in_phrase & set(entry.subjects):
        # "the BJP won 240 seats in the 543-seat Lok Sabha": the number is the chamber's, though
        # the BJP's seats fact lists the chamber too
        found = min(found, CONTESTED)
    if in_sentence.subject_is_another(own, vocabulary, _kinds(entry, in_sentence)):
        # "Blackwell brought in $11 billion, the fastest ramp in Nvidia's history": the number is the
        # subject's, though the company is named in the sentence
        found = min(found, CONTESTED)
    if found < 1.0 and _refers_to_the_lede_s_other(context, entry, in_sentence, names):
        # "The country's population is estimated at about 10 million" in a story that opens on Papua New
        # Guinea: not Australia's, named further down
        found = min(found, CONTESTED)
    if in_sentence.owned_by_another(own, vocabulary):
        # "the 319-metre Chrysler Building", "Volkswagen's 9.2 million": the number is someone else's
        found = min(found, CONTESTED)
    return found


def _kinds(entry: IndexedFact, in_sentence: SentenceNames) -> frozenset[str]:
    """{"person"} when every subject of the fact is a person (only another person's name then stands
    in their place as a subject); empty otherwise."""
    kinds = {getattr(in_sentence.index.reference.get(entity_id), "type", None) for entity_id in entry.subjects}
    return frozenset(kinds) if kinds == {"person"} else frozenset()


# a phrase that refers back to what the story is about: "the country's", "the company" (not "its", which
# refers to the nearest name)
_REFERS_BACK = re.compile(
    r"\b(?:the|this)\s+(?:country|nation|company|firm|group|city|state|government|carrier|airline|bank)\b", re.I
)


def _refers_to_the_lede_s_other(
    context: ClaimContext, entry: IndexedFact, in_sentence: SentenceNames, names: ArticleNames,
) -> bool:
    """Whether a sentence that names none of the fact's subjects refers back ("the country's") while the
    article's first sentence names another entity of their kind, and none of them."""
    if not entry.subjects or not _REFERS_BACK.search(context.sentence, 0, context.start):
        return False
    if any(in_sentence.weight(entity_id) > 0 for entity_id in entry.subjects):
        return False
    if names.lede & set(entry.subjects):
        return False
    reference = in_sentence.index.reference
    kinds = {getattr(reference.get(entity_id), "type", None) for entity_id in entry.subjects}
    return any(getattr(reference.get(entity_id), "type", None) in kinds for entity_id in names.lede)


def _entity_weight(
    entity_id: str, vocabulary: frozenset[str], own: set[str], in_sentence: SentenceNames,
    names: ArticleNames,
) -> float:
    """1 when the sentence names (or refers to) the entity for this number; the article's weight
    when only the article names it; at least what a mention nearer another number gives; at most
    CONTESTED when someone else is named for the number instead."""
    here = in_sentence.weight(entity_id)
    kind = getattr(in_sentence.index.reference.get(entity_id), "type", None)
    spans = tuple(in_sentence.mentions.get(entity_id, ()))
    if here == 1.0:
        return here
    article = names.weight(entity_id, in_sentence.context)
    if article == 0.0:
        return here
    if in_sentence.names_someone_else(own, vocabulary, kind, own_spans=spans):
        article = min(article, CONTESTED)
    return max(here, article)


def _name_weight(
    context: ClaimContext, name: tuple[str, ...], country: str | None, names: ArticleNames,
    in_sentence: SentenceNames, own: set[str], vocabulary: frozenset[str],
) -> float:
    """How surely the sentence speaks of a name the statement spells without an entity record
    ("the Green Party"): named near the number (a country also by its adjective: "American"),
    referred to ("the bridge"), elsewhere in the article, or not at all."""
    if country is not None and country in in_sentence.countries:
        return max(context.weight_at(start, end) for start, end in in_sentence.countries[country])
    weights = []
    for wanted in name:
        found = [
            word.weight for word in context.words
            if not word.implied and not word.from_unit and similar(word.stem, wanted)
        ]
        if found:
            weights.append(max(found))
    # most of its words: "the World Cup" names "the 2022 FIFA World Cup"; "Party" alone is no "Green Party"
    if len(weights) * 2 > len(name):
        return max(weights)
    article = names.name_weight(name, context)
    if article == 0.0:
        return 0.0
    referring = [
        context.weight_at(start, start + len(noun))
        for noun, start in _referring_nouns(context.sentence)
        if len(name) > 1 and stem(noun) in name
    ]
    if referring:
        return max(referring)  # "The bridge is 1,149 metres long" after "the Harbour Bridge"
    if in_sentence.names_someone_else(own, vocabulary):
        article = min(article, CONTESTED)
    return max([*weights, article])


def _entities_spelled(index: FactIndex, spelling: str) -> list[str]:
    first = spelling.split()[0].casefold()
    return [entity_id for written, entity_id in index.first_words.get(first, ()) if written == spelling]


def _referring_nouns(sentence: str):
    """(noun, offset) for each common noun that could refer back to a name: "the tunnel", "its
    Siberian lake"; up to two words after the determiner, none of them generic ("the company")."""
    for reference in _REFERRING.finditer(sentence):
        rest = sentence[reference.end() : reference.end() + 40]
        for position, word in enumerate(re.finditer(r"[\w'\u2019-]+", rest)):
            if position > 2 or re.search(r"[,;:.()]", rest[: word.start()]):
                break
            noun = word.group(0)
            if noun[:1].islower() and len(noun) >= 4 and noun not in _GENERIC_HEADS:
                yield noun, reference.end() + word.start()
                break


# a verb of reporting after a noun phrase, perhaps after when: "... commission on Wednesday declared"
_REPORTS_AFTER = re.compile(
    r"\s+(?:(?:on|this|last|late|early)\s+\w+\s+)?(?:said|says|declared|announced|reported|estimated|"
    r"confirmed|published|stated|told|reports|announces|declares|estimates|"
    # a body that decides a figure for all of its owner: "Japan's cabinet on Friday approved a budget"
    r"approved|approves|adopted|adopts|endorsed|endorses|unveiled|unveils|"
    # an event of its owner that caused the number: "Bangladesh's worst dengue outbreak killed"
    r"killed|kills|claimed|claims)\b"
    # whose figures or rules give the number: "The interior ministry's latest figures put the toll at",
    # "Under UEFA's prize structure"
    r"|(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}(?:figures|data|estimates?|count|tally|numbers|statistics|records|"
    r"report|structure|rules|formula)\b",
    re.I,
)


# "according to the", "monitoring by the", "data from": who measured or reported a number
_REPORTER_BEFORE = re.compile(
    r"\b(?:according\s+to|(?:monitoring|data|figures|estimates?|survey|count|analysis)\s+(?:by|from))\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){0,6}(?:\(\s*)?$"
)
# "(INPE) detected", "measured": the verb of one who measured the number
_MEASURES_AFTER = re.compile(
    r"\s*\)?\s*(?:detected|measured|recorded|counted|estimated|registered|logged|tallied|calculated|observed)\b",
    re.I,
)


class ArticleNames:
    """Where the article names each indexed entity, and how prominent it is."""

    def __init__(self, index: FactIndex, article: Article) -> None:
        self.index = index
        document = getattr(article, "document", None)
        self.text = document.content if document is not None else ""
        self.mentions = index.mentions_in(self.text) if self.text else {}
        self.entities = set(self.mentions)
        self.sentence_starts: list[int] = []
        doc = getattr(article, "doc", None)
        if doc is not None and self.text and doc.has_annotation("SENT_START"):
            self.sentence_starts = [sent.start_char for sent in doc.sents if sent.text.strip()]
        self.lede_end = self.sentence_starts[1] if len(self.sentence_starts) > 1 else len(self.text)
        # what the article's first sentence names: what the article is about
        self.lede = frozenset(
            entity_id for entity_id, spans in self.mentions.items() if any(start < self.lede_end for start, _ in spans)
        )
        self._words: dict[str, list[int]] | None = None

    def weight(self, entity_id: str, context: ClaimContext) -> float:
        """ARTICLE_ENTITY for an entity named in the first sentence, in the sentence before the claim's
        or twice; ARTICLE_MINOR when named once elsewhere; 0 when not named."""
        spans = self.mentions.get(entity_id)
        if not spans:
            return 0.0
        if len(spans) >= 2 or spans[0][0] < self.lede_end:
            return ARTICLE_ENTITY
        previous = self._previous_sentence_start(context.sentence_start)
        if any(previous <= start < context.sentence_start for start, _ in spans):
            return ARTICLE_ENTITY
        return ARTICLE_MINOR

    def _previous_sentence_start(self, sentence_start: int) -> int:
        earlier = [start for start in self.sentence_starts if start < sentence_start]
        return earlier[-1] if earlier else max(0, sentence_start - 300)

    def referred_to(self, context: ClaimContext) -> dict[str, list[tuple[int, int]]]:
        """Entities the sentence refers back to by a common noun of their name ("the tunnel", "the
        Siberian lake" after "Lake Baikal"), with where: only when one entity named before has that noun."""
        found: dict[str, list[tuple[int, int]]] = {}
        for noun, start in _referring_nouns(context.sentence):
            before = context.sentence_start + start
            candidates = {
                entity_id for entity_id, spans in self.mentions.items()
                if spans[0][0] < before and self._has_head(entity_id, noun)
            }
            if len(candidates) == 1:
                found.setdefault(candidates.pop(), []).append((start, start + len(noun)))
        return found

    def _has_head(self, entity_id: str, noun: str) -> bool:
        for spelling in self.index.spellings.get(entity_id, ()):
            words = spelling.split()
            if len(words) > 1 and any(part.casefold().removesuffix("'s") == noun for part in words):
                return True
        return False

    def name_weight(self, name: tuple[str, ...], context: ClaimContext) -> float:
        """As `weight`, for a name the statement spells without an entity record: the article must
        have most of its words; where its first word stands says how prominent it is."""
        if self._words is None:
            self._words = {}
            for found in WORD.finditer(self.text):
                self._words.setdefault(stem(found.group(0)), []).append(found.start())
        if sum(1 for wanted in name if wanted in self._words) * 2 <= len(name):
            return 0.0
        places = self._words.get(name[0]) or next((self._words[w] for w in name if w in self._words), [])
        if len(places) >= 2 or places[0] < self.lede_end:
            return ARTICLE_ENTITY
        previous = self._previous_sentence_start(context.sentence_start)
        if any(previous <= start < context.sentence_start for start in places):
            return ARTICLE_ENTITY
        return ARTICLE_MINOR


class SentenceNames:
    """How much the claim's sentence names an entity for this number: 1 named near it, less when
    named nearer another number, 0 not named. A spaCy entity of the sentence within a typo of a
    spelling ("Quershi") names it too, and so does a reference back by a common noun of the name."""

    def __init__(self, context: ClaimContext, index: FactIndex, names: ArticleNames) -> None:
        self.context = context
        self.index = index
        self.named = index.mentions_in(context.sentence, names.entities)
        self._someone_else: dict[tuple, bool] = {}
        # countries by their adjectives: "American soldiers" are the United States'
        self.countries: dict[str, list[tuple[int, int]]] = {}
        taken = [span for spans in self.named.values() for span in spans]
        for found in re.finditer(r"\b[A-Z][\w.]*", context.sentence):
            if any(start <= found.start() < end for start, end in taken):
                continue  # "Reform UK" is a party, not the UK
            country = country_of(found.group(0))
            if country is None:
                continue
            self.countries.setdefault(country, []).append(found.span())
            if is_adjective(found.group(0)):
                for entity_id in _entities_spelled(index, country):
                    self.named.setdefault(entity_id, []).append(found.span())
        self.mentions = {entity_id: list(spans) for entity_id, spans in self.named.items()}
        for entity_id, spans in names.referred_to(context).items():
            self.mentions.setdefault(entity_id, []).extend(spans)
        self.weights = {
            entity_id: max(context.weight_at(start, end) for start, end in spans)
            for entity_id, spans in self.mentions.items()
        }
        phrase = context.modified_phrase()
        # entities named in the phrase the number is written into ("the 543-seat Lok Sabha")
        self.in_phrase: frozenset[str] = frozenset(
            entity_id for entity_id, spans in self.mentions.items()
            if phrase is not None and any(phrase[0] <= start < phrase[1] for start, _ in spans)
        )
        if self.in_phrase:
            # "from Japan's 53.9-kilometre Seikan Tunnel": the number measures the entity it is written into
            for entity_id, spans in self.mentions.items():
                if not any(phrase[0] <= start < phrase[1] for start, _ in spans):
                    self.weights[entity_id] = min(self.weights[entity_id], OTHER_NUMBER_WEIGHT)

    def names_someone_else(
        self, own: set[str], vocabulary: frozenset[str], kind: str | None = None,
        spellings: tuple[str, ...] = (), own_spans: tuple[tuple[int, int], ...] = (),
    ) -> bool:
        """Whether a name for this number stands where the subject should ("Reform UK took five
        seats" for the House of Commons' seats): another reference entity, a spaCy entity or a
        proper noun that none of the fact's entities (`own`), `spellings` or `vocabulary` explain,
        of a kind that could take the subject's place (`kind`: a party for a party, not a leader
        for a country). Only names in the number's clause, in the phrase it is written into, or in
        its verb's subject count; not a place after "beneath" or "across", not examples after
        "including", not names nearer another number, and, when the subject is named in the
        sentence (`own_spans`), only names nearer the number than it."""
        key = (frozenset(own), vocabulary, kind, spellings, own_spans)
        answer = self._someone_else.get(key)
        if answer is None:
            # many candidate facts share their entities: each question is answered once per sentence
            answer = self._someone_else[key] = self._names_someone_else(own, vocabulary, kind, spellings, own_spans)
        return answer

    def _names_someone_else(
        self, own: set[str], vocabulary: frozenset[str], kind: str | None,
        spellings: tuple[str, ...], own_spans: tuple[tuple[int, int], ...],
    ) -> bool:
        context = self.context
        reach = min((self._distance(start, end) for start, end in own_spans), default=None)
        span_entities = {span: other for other, spans in self.mentions.items() for span in spans}
        rivals = _RIVALS.get(_KIND.get(kind, kind))
        # a proper noun inside a spaCy entity is judged with the whole entity ("Summer Olympics")
        inside = [(start, end) for start, end, _ in context.entities]
        candidates = [
            *((span, self.index.reference.get(other)) for span, other in span_entities.items() if other not in own),
            *(((start, end), label) for start, end, label in context.entities if label in _NAME_LABELS),
            *(((start, end), None) for start, end in context.proper_nouns
              if not any(low <= start and end <= high for low, high in inside)),
        ]
        own_spellings = self._spellings_of(own)
        own_spellings.update(spelling.casefold() for spelling in spellings)
        clause_start, clause_end = context.clause()
        examples = _EXAMPLES_BEFORE.search(context.sentence, clause_start, clause_end)
        for (start, end), what in candidates:
            if context.start <= start < context.end or span_entities.get((start, end)) in own:
                continue
            if not self._about_the_number(start, end, clause_start, clause_end):
                continue
            if examples is not None and start >= examples.end():
                continue  # "18 plays, among them Macbeth": examples of what is counted
            if context.is_placed(start):
                continue  # "beneath the Swiss Alps" places the number, it does not say whose it is
            if reach is None and context.weight_at(start, end) < 1.0:
                continue  # the subject is only in the article: a name nearer another number does not count
            if reach is not None and self._distance(start, end) >= reach:
                continue  # the subject is in the sentence, nearer this number than the other name
            label = getattr(what, "type", what)
            other_kind = _KIND.get(label, label)
            if rivals is not None and other_kind is not None and other_kind not in rivals:
                continue  # "Rishi Sunak's Conservatives": a leader does not stand in a country's place
            if what is not None and not isinstance(what, str):
                return True  # another entity of the reference
            folded = context.sentence[start:end].casefold()
            if any(spelling in folded or folded in spelling for spelling in own_spellings):
                continue
            if any(word in vocabulary for word in words_of(folded)):
                continue  # "Summer Olympics" in an article about the Tokyo Olympics
            return True
        return False

    def _spellings_of(self, own: set[str]) -> set[str]:
        """Every accepted spelling of the fact's entities, case-folded."""
        return {spelling.casefold() for other in own for spelling in self.index.spellings.get(other, ())}

    def only_reports(self, entity_id: str) -> bool:
        """Whether every mention of the entity in the sentence is of the one who measured or reported
        the number ("Satellite monitoring by INPE detected", "according to INPE", "INPE said")."""
        sentence = self.context.sentence
        spans = self.mentions.get(entity_id, ())
        return bool(spans) and all(
            _REPORTER_BEFORE.search(sentence, max(0, start - 60), start)
            or _REPORTS_AFTER.match(sentence, end) or _MEASURES_AFTER.match(sentence, end)
            for start, end in spans
        )

    def subject_is_another(self, own: set[str], vocabulary: frozenset[str], kinds: frozenset[str] = frozenset()) -> bool:
        """Whether the number's verb has a grammatical subject with a name in it (a proper noun the
        recogniser marks as a name) that is none of the fact's entities nor words, while the sentence
        names them, if at all, only after the number. Only a name of a kind that can stand in the
        place of one of `kinds` (the fact's subjects' kinds) counts: "The Mongolian-born wrestler, who
        arrived in Japan" names no other wrestler."""
        context = self.context
        if context.subject is None:
            return False
        low, high = context.subject
        own_starts = [start for entity_id in own for start, _ in self.mentions.get(entity_id, ())]
        if any(low <= start < high or start < context.start for start in own_starts):
            return False  # the subject names the fact's entity, or the sentence did before the number
        spellings = self._spellings_of(own)
        rivals = frozenset().union(*(_RIVALS.get(kind, frozenset()) for kind in kinds)) if kinds else None
        named = [
            (start, end) for start, end, label in context.entities
            if label in _NAME_LABELS and (rivals is None or _KIND.get(label) in rivals)
        ]
        for start, end in context.proper_nouns:
            if not (low <= start < high) or not any(a <= start < b for a, b in named):
                continue  # "Mountaineers welcomed ...": a capital at the start is no name
            word = context.sentence[start:end]
            if word.casefold() in spellings or any(stem in vocabulary for stem in words_of(word)):
                continue
            return True
        return False

    def owned_by_another(self, own: set[str], vocabulary: frozenset[str]) -> bool:
        """Whether the number is plainly another's: written into a phrase that names someone the fact
        does not ("taller than the 319-metre Chrysler Building"), or owned by a name right before it
        ("Disney's 150 million") or given to one right after it ("49.1 percent for Bolsonaro")."""
        context = self.context
        phrase = context.modified_phrase()
        if phrase is not None:
            start, end = phrase
            owners = [found for found in re.finditer(r"\b[A-Z][\w.&+'\u2019-]*", context.sentence[start:end])]
            texts = [found.group(0) for found in owners]
        else:
            found = _OWNER_BEFORE.search(context.sentence[: context.start]) or _OWNER_AFTER.match(
                context.sentence, context.end
            )
            texts = [found.group("owner")] if found else []
        if not texts:
            return False
        spellings = self._spellings_of(own)
        text = " ".join(texts)
        folded = text.casefold()
        if any(spelling in folded or folded in spelling for spelling in spellings):
            return False
        return not any(word in vocabulary for word in words_of(text))

    def vocabulary(self, entry: IndexedFact) -> frozenset[str]:
        """The stems of the fact's statement, keywords and entity names."""
        return entry.scope | frozenset().union(
            *(self.index.name_words(e) for e in (*entry.entities, *entry.subjects))
        )

    def possessed_part(self, entry: IndexedFact, generic: frozenset[str]) -> str | None:
        """The part of the fact's subject the number belongs to, when the sentence gives one: "the
        Eiffel Tower's second floor", "Volkswagen's Chinese joint ventures", "Everest base camp",
        "its Shanghai plant", "427 seats in its chamber". The owner is one of the fact's entities
        named (or referred to) before the number, or a possessive pronoun or common noun ("its",
        "the company's") in the number's clause. Only in a tagged sentence, and only words the
        fact's statement, keywords or unit do not use (nor `generic` ones)."""
        context = self.context
        if context.nouns is None:
            return None
        clause_start, clause_end = context.clause()
        allowed = set(entry.scope) | set(generic) | {word.stem for word in context.words if word.from_unit}
        owners = [
            end for entity_id in (*entry.subjects, *entry.entities)
            for start, end in self.mentions.get(entity_id, ())
            if end <= context.start and self._about_the_number(start, end, clause_start, context.start)
        ]
        owners.extend(
            found.end() for found in _POSSESSIVE.finditer(context.sentence, clause_start, clause_end)
            if found.end() <= context.start
            # after the number, only where the counted things are, next to them: "427 seats in its
            # chamber", not "4,200 feet between its towers" nor "176 people in the deadliest
            # disaster on the country's soil"
            or (
                0 <= found.start() - context.end <= _INSIDE_REACH
                and _INSIDE_BEFORE.search(context.sentence[: found.start()])
            )
        )
        for end in owners:
            words = self._nouns_after(end)
            stems = words_of(" ".join(words))
            if any(stem in _TIME_NOUNS for stem in stems):
                continue  # "in its last financial year" says when, not which part
            if stems and not all(any(similar(stem, known) for known in allowed) for stem in stems):
                if self._speaks(end, words):
                    continue  # "Indonesia's election commission on Wednesday declared ...": who says it
                return " ".join(words)
        return None

    def _speaks(self, end: int, words: list[str]) -> bool:
        """Whether the part after an owner is the one who reports or decides the number ("the country's
        statistics office said", "Japan's cabinet approved"), not a part of what is measured."""
        sentence = self.context.sentence
        last = sentence.find(words[-1], end) if words else -1
        return last >= 0 and bool(_REPORTS_AFTER.match(sentence, last + len(words[-1])))

    def _nouns_after(self, end: int) -> list[str]:
        """The nouns, adjectives and names right after an owner ("'s Chinese joint ventures", " base
        camp", "its Shanghai plant"), up to a verb, a number, a stop word or punctuation; at most three."""
        context = self.context
        possessive = re.match(r"(?:'s|\u2019s|')", context.sentence[end:])
        position = end + (possessive.end() if possessive else 0)
        tagged = (*context.nouns, *context.proper_nouns)
        words: list[str] = []
        while len(words) < 3:
            found = re.match(r"\s+([\w-]+)", context.sentence[position:])
            if found is None:
                break
            start = position + found.start(1)
            if not any(low <= start < high for low, high in tagged):
                break
            words.append(found.group(1))
            position += found.end()
        return words

    def _about_the_number(self, start: int, end: int, clause_start: int, clause_end: int) -> bool:
        context = self.context
        if clause_start <= start < clause_end:
            return True
        phrase = context.modified_phrase()
        if phrase is not None and phrase[0] <= start < phrase[1]:
            return True
        subject = context.subject
        return subject is not None and subject[0] <= start < subject[1]

    def _distance(self, start: int, end: int) -> int:
        return self.context.start - end if end <= self.context.start else max(0, start - self.context.end)

    def weight_among_alike(self, entity_id: str) -> float:
        """Like `weight`, but only numbers of the claim's kind take the name ("405 millimetres", not "up
        11.9 percent"): a fact's other entity named nearer such a number says it is that number's."""
        spans = self.mentions.get(entity_id)
        if not spans or not self.context.alike:
            return 1.0 if self.weight(entity_id) > 0 else 0.0
        if all(_COMPOUND_BEFORE.search(self.context.sentence[max(0, start - 30) : start]) for start, _ in spans):
            # "won 250 seats in the 543-seat Lok Sabha": the chamber is the place of this number too;
            # the number written into its name is only its size
            return 1.0
        return max(self.context.weight_at(start, end, alike=True) for start, end in spans)

    def weight(self, entity_id: str) -> float:
        if entity_id not in self.weights:
            near = any(
                len(spelling) >= 4 and fuzz.ratio(text.casefold(), spelling.casefold()) >= 88
                for spelling in self.index.spellings.get(entity_id, ())
                for text in self.context.entity_texts
            )
            self.weights[entity_id] = 1.0 if near else 0.0
        return self.weights[entity_id]
