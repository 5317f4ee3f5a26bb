"""Verdicts for attributions: is the title the person's role on the article's date?

- A title that agrees with a role held on the date (and whose owner, if
  written, is the role's: "Pakistani" = Pakistan) is `consistent`.
- "former X" needs a role X that ended before the date; "outgoing X" a role
  X held on the date or just ended.
- A title that agrees with a role held only before the date is out of date;
  one held only later is premature; a title of the same kind as the role
  held on the date but not that role ("Defense Minister" for the foreign
  minister), or with the wrong country, is wrong. All three are
  `conflicting`, with the right title as suggestion.
- The suggestion for an out-of-date title is the post of the same kind the
  person holds on the date ("European Council President Donald Tusk
  travels to Brussels" when he is Poland's prime minister), unless the
  sentence tells of earlier times, when the title was right: a verb in the
  past perfect ("had warned") or the current post given beside the name
  ("Mario Draghi, now Italy's prime minister"); then, and when the person
  holds no such post, it is "former" and the title.
- A lasting description ("founder", "co-founder", "inventor") is no office
  and never goes out of date: `consistent` when the reference lists it,
  `unverified` otherwise.
- A person without roles in the reference, or a title of another kind than
  any listed role (a post the reference may not list), is `unverified`.
"""
from __future__ import annotations

import datetime as dt
import re

from factcheck.demonyms import adjective_of, country_of, is_adjective
from factcheck.models import Article, Candidate, Claim, Finding, Verdict
from factcheck.reference.index import name_index
from factcheck.reference.model import Entity, Reference, Role, period_text
from factcheck.spelling import fold
from factcheck.titles import is_lasting, same_kind, title_agrees

# "outgoing" still fits a role that ended this many days before the article.
OUTGOING_GRACE_DAYS = 90
# ", now Italy's prime minister" / ", who is now ...": the writer gives the current post beside the name.
_NOW_BESIDE = re.compile(r"\s*,\s*(?:who(?: i|')s |who has been )?now\b", re.IGNORECASE)


def decide(claims: list[Claim], candidates: list[list[Candidate]], article: Article) -> list[Finding]:
    return [decide_one(claim, options, article) for claim, options in zip(claims, candidates)]


def decide_one(claim: Claim, options: list[Candidate], article: Article) -> Finding:
    if not options:
        return Finding(claim, Verdict.UNVERIFIED, f"'{claim.name}' is not in the reference, so the title cannot be checked")
    check = TitleCheck(claim, article)
    # Of several people the name may be, the one whose roles fit the title.
    ranked = sorted(options, key=lambda candidate: -check.fit_rank(candidate.record))
    entity = ranked[0].record
    return check.finding(entity, ranked[0].score)


class TitleCheck:
    def __init__(self, claim: Claim, article: Article) -> None:
        self.claim = claim
        self.article = article
        self.reference: Reference = article.reference
        self.date: dt.date = article.as_of
        self.title = claim.title or ""
        self.owner = claim.details.get("of")
        self.qualifier = claim.details.get("qualifier")

    def fits(self, role: Role) -> bool:
        return title_agrees(self.title, role.title) and owners_agree(self.owner, role.of, self.reference) is not False

    def fit_rank(self, entity: Entity) -> int:
        if any(self.fits(role) and role.holds_on(self.date) for role in entity.roles):
            return 3
        if any(self.fits(role) for role in entity.roles):
            return 2
        return 1 if entity.roles else 0

    def finding(self, entity: Entity, score: float) -> Finding:
        reference = {"id": entity.id, "name": entity.name}
        if entity.source:
            reference["source"] = entity.source
        if not entity.roles:
            return self._unverified(f"the reference lists no roles for {entity.name}", reference, score)
        current = [role for role in entity.roles if role.holds_on(self.date)]
        past = [role for role in entity.roles if role.ended_before(self.date)]
        future = [role for role in entity.roles if role.start and self.date < role.start.first_day]
        fitting = [role for role in entity.roles if self.fits(role)]
        if is_lasting(self.title):
            return self._lasting(entity, fitting, reference, score)
        if self.qualifier == "former":
            return self._former(entity, fitting, current, past, reference, score)
        if self.qualifier == "then":
            if fitting:
                return self._consistent(entity, fitting[0], reference, score)
            return self._unverified(self._no_such_role(entity), reference, score)
        for role in fitting:
            if role in current or (self.qualifier == "outgoing" and role in past and self._recently_ended(role)):
                return self._consistent(entity, role, reference, score)
        wrong_owner = [
            role for role in current
            if title_agrees(self.title, role.title) and owners_agree(self.owner, role.of, self.reference) is False
        ]
        if wrong_owner:
            role = wrong_owner[0]
            return self._conflicting(
                f"on {self.date} the reference has {entity.name} as {describe(role, self.reference)},"
                f" not {self.owner}'s",
                self._render(role), reference, score,
            )
        # The post the person held on the date, if it is of the kind the article meant and,
        # when the article names whose post it is, theirs ("IMF Managing Director" is not
        # corrected to the ECB's President, but to "former Managing Director").
        successor = next(
            (
                role for role in current
                if same_kind(self.title, role.title) and owners_agree(self.owner, role.of, self.reference) is not False
            ),
            None,
        )
        ended = [role for role in fitting if role in past]
        if ended:
            role = max(ended, key=lambda role: role.end)
            message = f"{entity.name} was {describe(role, self.reference)} until {role.end}"
            held_now = successor or next((post for post in current if same_kind(self.title, post.title)), None)
            if held_now is not None and not self._tells_of_earlier_times():
                message += f" and is {describe(held_now, self.reference)} on {self.date}"
                return self._conflicting(message, held_now.title, reference, score)
            return self._conflicting(f"{message}; on {self.date} that is a former title", f"former {self.title}",
                                     reference, score)
        upcoming = [role for role in fitting if role in future]
        if upcoming:
            role = min(upcoming, key=lambda role: role.start)
            message = f"{entity.name} became {describe(role, self.reference)} only on {role.start}, after {self.date}"
            if current:
                held = successor or current[0]
                message += f"; then {entity.name} was {describe(held, self.reference)}"
                return self._conflicting(message, held.title, reference, score)
            return self._conflicting(message, None, reference, score)
        related = [role for role in current if same_kind(self.title, role.title)]
        if related:
            role = related[0]
            return self._conflicting(
                f"on {self.date} the reference has {entity.name} as {describe(role, self.reference)},"
                f" not {self.title}",
                self._render(role), reference, score,
            )
        return self._unverified(self._no_such_role(entity), reference, score)

    def _former(self, entity, fitting, current, past, reference, score) -> Finding:
        ended = [role for role in fitting if role in past]
        if ended:
            return self._consistent(entity, max(ended, key=lambda role: role.end), reference, score)
        held = [role for role in fitting if role in current]
        if held:
            role = held[0]
            return self._conflicting(
                f"{entity.name} was still {describe(role, self.reference)} on {self.date}",
                self.title, reference, score,
            )
        return self._unverified(self._no_such_role(entity), reference, score)

    def _lasting(self, entity, fitting, reference, score) -> Finding:
        begun = [role for role in fitting if role.start is None or role.start.first_day <= self.date]
        if begun:
            return self._consistent(entity, begun[0], reference, score)
        return self._unverified(
            f"'{self.title}' describes {entity.name}, not an office held for a time;"
            f" the reference lists no such role for {entity.name}",
            reference, score,
        )

    def _tells_of_earlier_times(self) -> bool:
        """Does the sentence speak of a time before the article's, when the title may have been right?"""
        name_start, name_end = self.claim.details.get("name_start"), self.claim.details.get("name_end")
        if name_start is None or name_end is None:
            return False
        if _NOW_BESIDE.match(self.article.document.text, name_end):
            return True
        span = self.article.doc.char_span(name_start, name_end, alignment_mode="expand")
        if span is None:
            return False
        token = span.root
        while token.pos_ not in ("VERB", "AUX") and token.head is not token:
            token = token.head
        # "had warned", "had been appointed": the past perfect
        return any(child.dep_ == "aux" and child.lower_ == "had" for child in token.children)

    def _recently_ended(self, role: Role) -> bool:
        return role.end is not None and (self.date - role.end.last_day).days <= OUTGOING_GRACE_DAYS

    def _render(self, role: Role) -> str:
        """The right title, written the way the article wrote its own ("Pakistani Foreign Minister")."""
        if self.owner and role.of and owners_agree(self.owner, role.of, self.reference) is False:
            country = country_of(owner_name(role.of, self.reference) or "")
            adjective = adjective_of(country) if country else None
            if is_adjective(self.owner) and adjective:
                return f"{adjective} {role.title}"
            return f"{role.title} of {owner_name(role.of, self.reference)}"
        return role.title

    def _no_such_role(self, entity: Entity) -> str:
        held = [describe(role, self.reference) for role in entity.roles if role.holds_on(self.date)]
        listed = "; it lists " + ", ".join(held) + f" on {self.date}" if held else ""
        return f"the reference lists no role '{self.title}' for {entity.name}{listed}"

    def _consistent(self, entity: Entity, role: Role, reference: dict, score: float) -> Finding:
        message = f"the reference has {entity.name} as {describe(role, self.reference)}{period(role)}"
        return Finding(self.claim, Verdict.CONSISTENT, message, None, reference, score)

    def _conflicting(self, message: str, suggestion: str | None, reference: dict, score: float) -> Finding:
        return Finding(self.claim, Verdict.CONFLICTING, message, suggestion, reference, score)

    def _unverified(self, message: str, reference: dict, score: float) -> Finding:
        return Finding(self.claim, Verdict.UNVERIFIED, message, None, reference, score * 0.5)


def owner_name(of: str | None, reference: Reference) -> str | None:
    """A role's `of` as a name: an entity id becomes the entity's name."""
    if not of:
        return None
    record = reference.get(of)
    return record.name if isinstance(record, Entity) else of


def owner_keys(text: str, reference: Reference) -> tuple[set[str], bool]:
    """Comparison keys for an owner ("Pakistani", "U.S.", "taliban"), and whether it was recognised."""
    keys = {fold(text)}
    recognised = False
    record = reference.get(text)
    names = [text]
    if isinstance(record, Entity):
        keys.add(record.id)
        names.extend(record.spellings)
        recognised = True
    country = country_of(text)
    if country:
        names.append(country)
        keys.add("country:" + country)
        recognised = True
    index = name_index(reference)
    for name in names:
        keys.add(fold(name))
        for entity in index.entities_named(name):
            keys.add(entity.id)
            recognised = True
            country_of_entity = country_of(entity.name)
            if country_of_entity:
                keys.add("country:" + country_of_entity)
    return keys, recognised


def owners_agree(said: str | None, role_of: str | None, reference: Reference) -> bool | None:
    """True or False when both owners are known and comparable; None when either is missing or unknown."""
    if not said or not role_of:
        return None
    said_keys, said_known = owner_keys(said, reference)
    role_keys, role_known = owner_keys(role_of, reference)
    if said_keys & role_keys:
        return True
    if said_known and role_known:
        return False
    return None


def describe(role: Role, reference: Reference) -> str:
    owner = owner_name(role.of, reference)
    if not owner:
        return role.title
    record = reference.get(role.of) or next(iter(name_index(reference).entities_named(owner)), None)
    is_body = isinstance(record, Entity) and record.type in ("organization", "group")
    return f"{role.title} of {with_article(owner, is_body)}"


def with_article(name: str, is_body: bool = False) -> str:
    """'the United States', 'the European Central Bank', 'the Taliban', but 'Pakistan' and 'NASA'."""
    first = name.split()[0]
    if first.lower() == "the" or not first[:1].isupper():
        return name
    if is_body and not name.isupper():
        return f"the {name}"
    if first in {"United", "Republic", "Democratic", "Islamic", "Kingdom", "People's", "State", "Federal"}:
        return f"the {name}"
    if name in {"Taliban", "Netherlands", "Philippines", "Bahamas", "Gambia", "Vatican"} or name.endswith("Department"):
        return f"the {name}"
    return name


def period(role: Role) -> str:
    text = period_text(role.start, role.end)
    return f" {text}" if text else ""
