"""Attributions: a title given to a named person.

Two shapes are read:

- a title before the name: "Pakistani Foreign Minister Shah Mehmood
  Qureshi", "U.S. special envoy Zalmay Khalilzad", "NASA Administrator Bill
  Nelson", "former President Barack Obama", "Pakistan's foreign minister,
  Shah Mehmood Qureshi,";
- a title in apposition after the name: "David Calhoun, Boeing's chairman,",
  "Qureshi, the foreign minister of Pakistan, said".

A title is a run of title words (`factcheck.titles`, plus the words of the
reference's role titles) holding at least one head word ("minister",
"envoy", "chairman"). Whose title it is (a country, its adjective, or an
organisation in the possessive) goes to `details["of"]`; "former" or
"outgoing" to `details["qualifier"]` ("ex-", "erstwhile" and "late" are
read as "former"). A hyphenated title ("Director-General",
"Vice-President") is read whole, though the tokenizer splits it. A title
with no name after it ("Pakistan's Foreign Minister said") is not an
attribution.
"""
from __future__ import annotations

from factcheck.demonyms import country_of
from factcheck.extract import extractor
from factcheck.extract.names import Mention, mentions
from factcheck.models import Article, Claim
from factcheck.reference.index import name_index
from factcheck.spelling import fold
from factcheck.titles import is_head_word, is_honorific, is_qualifier, is_title_word, qualifier_meaning

CHECK = "attribution.title"
_JOINERS = {"of", "for", "to"}
# title words that are also prepositions when written in lower case
_PREPOSITIONS = {"under"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
_OWNER_LABELS = {"GPE", "NORP", "ORG", "LOC"}
_CLOSERS = {",", ".", ";", ":", ")", "—", "–", "--"}
_HYPHENS = {"-", "‐", "‑"}
# Written with a hyphen before a title word: "co-founder", "co-chair".
_PREFIXES = {"co"}


class TitleReader:
    """Finds titles around person mentions in one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.doc = article.doc
        self.index = name_index(article.reference)
        owners = [entity for entity in self.doc.ents if entity.label_ in _OWNER_LABELS]
        self.owner_at_end = {entity.end: entity for entity in owners}
        self.owner_at_start = {entity.start: entity for entity in owners}

    def is_title(self, token) -> bool:
        if token.is_space or token.is_punct:
            return False
        return is_title_word(token.text) or fold(token.text) in self.index.role_words

    def is_title_part(self, position: int) -> bool:
        """A title word, or a piece of a hyphenated one ("Director-General", "ex-President", "co-founder")."""
        doc = self.doc
        token = doc[position]
        if self.is_title(token):
            return True
        if token.lower_ in _PREFIXES:
            return self._joins_title_words(position + 1)
        return self._joins_title_words(position)

    def _preposition_before_title(self, position: int, indices: list[int]) -> bool:
        """Lower-case "under" before a capitalised title is a preposition ("the first increase
        under Governor Michele Bullock"), not the start of "Under Secretary"."""
        token = self.doc[position]
        return (
            token.text in _PREPOSITIONS and bool(indices) and self.doc[indices[0]].text[:1].isupper()
        )

    def _joins_title_words(self, position: int) -> bool:
        """Is the token at `position` a hyphen between two title words, with no space around it?"""
        doc = self.doc
        if not 0 < position < len(doc) - 1 or doc[position].text not in _HYPHENS:
            return False
        before, hyphen, after = doc[position - 1], doc[position], doc[position + 1]
        if before.whitespace_ or hyphen.whitespace_:
            return False
        return (self.is_title(before) or before.lower_ in _PREFIXES) and self.is_title(after)

    def is_person(self, mention: Mention) -> bool:
        if mention.label == "PERSON" or mention.honorific:
            return True
        named = self.index.entities_named(mention.name)
        if named:
            return any(entity.type == "person" for entity in named)
        # The recogniser sometimes calls a titled name an organisation ("Chancellor Olaf Scholz").
        previous = self.doc[mention.first - 1] if mention.first > 0 else None
        return previous is not None and is_head_word(previous.text) and previous.text[:1].isupper()

    # -- a title before the name ----------------------------------------------

    def before(self, mention: Mention) -> Claim | None:
        doc = self.doc
        end = mention.first
        if end > 0 and is_honorific(doc[end - 1].text):
            return None
        if end > 1 and doc[end - 1].text == "," and self._followed_by_closer(mention.last):
            end -= 1  # "Pakistan's foreign minister, Shah Mehmood Qureshi, said"
        words = self._title_words_ending_at(end)
        if not words:
            return None
        first = words[0]
        owner, first = self._owner_before(first)
        qualifier, first = self._qualifier_before(first, words)
        return self._claim(mention, first, mention.last, words, owner, qualifier, "before")

    def _title_words_ending_at(self, end: int) -> list[int]:
        """Token indices of the title that ends right before token `end` (empty if none)."""
        doc = self.doc
        indices: list[int] = []
        position = end - 1
        while position >= 0:
            token = doc[position]
            if token.is_sent_start and position != end - 1 and not self.is_title_part(position):
                break
            if self.is_title_part(position) and not self._preposition_before_title(position, indices):
                indices.insert(0, position)
            elif token.lower_ in _JOINERS and indices and position > 0 and self.is_title(doc[position - 1]):
                indices.insert(0, position)
            elif token.lower_ == "the" and indices and position > 1 and doc[position - 1].lower_ in _JOINERS \
                    and self.is_title(doc[position - 2]):
                indices.insert(0, position)  # "Chancellor of the Exchequer"
            elif token.is_space and token.text.count("\n") <= 1 and indices:
                pass
            else:
                break
            if token.is_sent_start:
                break
            position -= 1
        while indices and doc[indices[0]].lower_ in _JOINERS:
            indices.pop(0)
        if not any(is_head_word(doc[index].text) for index in indices if not is_qualifier(doc[index].text)):
            return []
        return indices

    def _owner_before(self, first: int) -> tuple[str | None, int]:
        """Whose title: the country, nationality or organisation just before it."""
        doc = self.doc
        position = first
        if position > 0 and doc[position - 1].text in _POSSESSIVES:
            position -= 1
        owner = self.owner_at_end.get(position)
        if owner is not None:
            start = owner.start + (1 if owner[0].lower_ == "the" and len(owner) > 1 else 0)
            return doc[start:owner.end].text, start
        if position > 0 and country_of(doc[position - 1].text):
            return doc[position - 1].text, position - 1
        return None, first

    def _qualifier_before(self, first: int, words: list[int]) -> tuple[str | None, int]:
        for index in words:
            if is_qualifier(self.doc[index].text):
                return qualifier_meaning(self.doc[index].text), first
        if first > 0 and is_qualifier(self.doc[first - 1].text):
            return qualifier_meaning(self.doc[first - 1].text), first - 1
        return None, first

    def _followed_by_closer(self, last: int) -> bool:
        doc = self.doc
        return last >= len(doc) or doc[last].text in _CLOSERS or doc[last].is_sent_start

    # -- a title after the name -----------------------------------------------

    def after(self, mention: Mention) -> Claim | None:
        doc = self.doc
        position = mention.last
        if position >= len(doc) or doc[position].text != ",":
            return None
        position += 1
        if position < len(doc) and doc[position].lower_ in ("the", "a", "an"):
            position += 1
        qualifier = None
        if position < len(doc) and is_qualifier(doc[position].text):
            qualifier = qualifier_meaning(doc[position].text)
            if self._joins_title_words(position + 1):
                position += 1  # "the ex-president of ...": the hyphen is no title word
            position += 1
        owner = None
        entity = self.owner_at_start.get(position)
        if entity is not None:
            after_owner = entity.end
            if after_owner < len(doc) and doc[after_owner].text in _POSSESSIVES:
                after_owner += 1
            if after_owner < len(doc) and self.is_title_part(after_owner):
                owner, position = entity.text, after_owner
        elif position < len(doc) and country_of(doc[position].text) and position + 1 < len(doc):
            if self.is_title_part(position + 1):
                owner, position = doc[position].text, position + 1
        words: list[int] = []
        while position < len(doc) and not doc[position].is_sent_start and self.is_title_part(position):
            if is_qualifier(doc[position].text):
                qualifier = qualifier_meaning(doc[position].text)
            words.append(position)
            position += 1
        if not words or not any(is_head_word(doc[index].text) for index in words):
            return None
        if position < len(doc) and doc[position].lower_ in _JOINERS:
            position, owner = self._prepositional_tail(position, words, owner)
        if not (position >= len(doc) or doc[position].text in _CLOSERS or doc[position].pos_ in ("VERB", "AUX")):
            return None
        return self._claim(mention, mention.first, position, words, owner, qualifier, "apposition")

    def _prepositional_tail(self, position: int, words: list[int], owner: str | None) -> tuple[int, str | None]:
        """ "... of Pakistan" names the owner; "... for Afghanistan reconciliation" belongs to the title."""
        doc = self.doc
        joiner = doc[position]
        owner_start = position + 2 if position + 1 < len(doc) and doc[position + 1].lower_ == "the" else position + 1
        entity = self.owner_at_start.get(owner_start)
        if joiner.lower_ == "of" and entity is not None and owner is None:
            return entity.end, entity.text
        tail = position + 1
        while tail < len(doc) and not doc[tail].is_punct and not doc[tail].is_space and doc[tail].pos_ not in ("VERB", "AUX"):
            tail += 1
        if tail > position + 1:
            words.extend(range(position, tail))
        return tail, owner

    # -- claims ---------------------------------------------------------------

    def _claim(self, mention, first, last, words, owner, qualifier, shape) -> Claim:
        doc = self.doc
        title_words = [index for index in words if not is_qualifier(doc[index].text)]
        while title_words and doc[title_words[0]].text in _HYPHENS:
            title_words.pop(0)  # "ex-President": the title is "President"
        title = self.article.document.content[
            doc[title_words[0]].idx:doc[title_words[-1]].idx + len(doc[title_words[-1]].text)
        ]
        start = min(doc[first].idx, mention.start)
        end = max(doc[last - 1].idx + len(doc[last - 1].text), mention.end)
        details = {"of": owner, "qualifier": qualifier, "name_start": mention.start, "name_end": mention.end,
                   "shape": shape}
        return Claim(
            kind="attribution",
            check=CHECK,
            text=self.article.document.text[start:end],
            start=start,
            end=end,
            sentence=self.article.sentence_of(mention.start),
            name=mention.name,
            title=" ".join(title.split()),
            details=details,
        )


@extractor(CHECK)
def extract_attributions(article: Article) -> list[Claim]:
    reader = TitleReader(article)
    claims = []
    for mention in mentions(article):
        if not reader.is_person(mention):
            continue
        for claim in (reader.before(mention), reader.after(mention)):
            if claim is not None:
                claims.append(claim)
    return claims
