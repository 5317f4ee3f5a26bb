"""Titles of office: which words make one, and when an article's title agrees with a reference role.

How news wording meets official titles. A reference role gives the
official title ("Special Representative for Afghanistan Reconciliation");
articles shorten it ("special envoy", "the envoy"). Two mechanisms let them
agree:

- Here, a small table of synonyms for the head word of a title that news
  style uses interchangeably (envoy = representative, spokesman =
  spokesperson, chief executive = CEO, premier = prime minister) and
  spelling variants (defence = defense). A title agrees with a role when
  its head word is the role's head word (or a synonym) and each of its
  other words appears in the role's title: "special envoy" agrees with
  "Special Representative for Afghanistan Reconciliation", "Minister" with
  "Foreign Minister"; "Defense Minister" and "Prime Minister" do not.
- In the reference, a curator who wants a wording accepted that is not a
  shortening of the official title lists the role a second time under that
  wording, with the same dates.

Words that change the rank ("vice", "deputy", "prime", "assistant") must be
in both: "President" does not agree with "Vice President". "General" after
another head word ("Attorney General", "Director-General",
"Secretary-General") is such a word, not the head: the office is a kind of
attorney, director or secretary.

Some words describe what a person did once and for all rather than an
office they hold: "founder", "co-founder", "creator", "inventor". They
never go out of date, so a role of another kind on the date does not make
them wrong (`is_lasting`).
"""
from __future__ import annotations

import re

from factcheck.spelling import fold, word_similarity

# Words that head a title: the noun a title is a kind of.
HEAD_WORDS = frozenset("""
    president minister premier chancellor secretary envoy representative ambassador
    administrator director chairman chairwoman chairperson chair ceo cfo coo executive officer
    spokesman spokeswoman spokesperson governor mayor senator congressman congresswoman
    lawmaker legislator speaker commissioner commander general admiral colonel captain
    chief king queen prince princess emperor pope monarch sultan emir sheikh ayatollah
    judge justice attorney prosecutor counsel adviser advisor diplomat negotiator
    founder cofounder creator inventor president-elect leader coach manager treasurer mufti cardinal archbishop
    bishop rabbi imam marshal superintendent inspector ombudsman auditor comptroller
    principal provost dean rector chairmen registrar head councillor councilor councilman
    councilwoman alderman alderwoman assemblyman assemblywoman
""".split())
# Titles that stand before a person's name and hardly ever begin an organisation's:
# "Councillor Margaret Thornbury" is a person even when the recogniser says otherwise.
PERSON_TITLES = frozenset("""
    president chancellor senator sen councillor councilor councilman councilwoman alderman mayor
    governor gov minister premier ambassador envoy administrator judge chairman chairwoman ceo
    spokesman spokeswoman spokesperson congressman congresswoman rep assemblyman assemblywoman
    secretary commissioner
""".split())
# Words that may stand before the head in a title.
MODIFIER_WORDS = frozenset("""
    foreign defense defence interior home finance economy economic trade commerce justice
    health education energy environment environmental agriculture labor labour transport
    transportation treasury state homeland security national international special
    prime vice deputy assistant under associate acting interim chief executive senior
    top supreme federal regional provincial first lieutenant attorney general political
    military army naval navy air force police intelligence information communications culture
    tourism sports youth water housing development planning industry mines mining oil
    petroleum science technology digital immigration veterans affairs public works
    social welfare family women human rights solicitor managing operating financial
    technical marketing legal press lead chief-of-staff staff minority majority party
    opposition ruling co-founder founding fellow permanent
""".split())
# Words before a title that qualify when it held: "former", "outgoing".
QUALIFIERS = frozenset({"former", "outgoing", "then", "ex", "erstwhile", "late"})
# Qualifiers that say what "former" says: the title is no longer held ("ex-President", "the late Pope").
_FORMER = frozenset({"ex", "erstwhile", "late"})
# Rank-changing words: a title and a role must both have them or both lack them.
RANK_WORDS = frozenset(
    {"vice", "deputy", "assistant", "under", "associate", "prime", "lieutenant", "acting", "interim", "general"}
)
# Written after a head word, these qualify it ("Attorney General", "Director-General").
_POSTPOSITIVE = frozenset({"general"})
# Heads of titles that describe a lasting fact about a person, not an office held for a time.
LASTING_HEADS = frozenset({"founder", "creator", "inventor"})
# Head words news style uses for one another.
_HEAD_SYNONYMS = [
    {"envoy", "representative"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"chairman", "chairwoman", "chairperson", "chair"},
    {"adviser", "advisor"},
    {"ceo", "chief executive", "chief executive officer"},
    {"premier", "prime minister"},
    {"lawmaker", "legislator", "congressman", "congresswoman", "representative"},
]
_SPELLINGS = {"defence": "defense", "labour": "labor", "programme": "program", "organisation": "organization"}
_JOINERS = {"of", "for", "to", "on", "and", "the", "at", "in"}
_MINISTER_OF = re.compile(r"\bminister (?:of|for) (?:the )?(\w+)(?: affairs)?\b")
_PHRASES = [
    (re.compile(r"\bchief executive(?: officer)?\b"), "ceo"),
    (re.compile(r"\bprime minister\b"), "premier"),
    # A co-founder is one of the founders: the same lasting description.
    (re.compile(r"\bco ?(founder|creator|inventor)\b"), r"\1"),
]


def normalise(title: str) -> str:
    """Folded title with British spellings, "minister of X" and synonymous phrases made uniform."""
    text = " ".join(_SPELLINGS.get(word, word) for word in fold(title).split())
    text = _MINISTER_OF.sub(r"\1 minister", text)
    text = re.sub(r"\b(\w+) affairs minister\b", r"\1 minister", text)
    for pattern, replacement in _PHRASES:
        text = pattern.sub(replacement, text)
    return text


def head_and_modifiers(title: str) -> tuple[str, list[str]]:
    """The head word of a normalised title and the words that qualify it."""
    words = normalise(title).split()
    main = []
    for word in words:
        if word in _JOINERS and main:
            break
        main.append(word)
    main = [word for word in main if word not in _JOINERS] or words
    others = [word for word in words if word not in _JOINERS]
    if not main:
        return "", []
    head = main[-1]
    if len(main) > 1 and head in _POSTPOSITIVE and main[-2] in HEAD_WORDS and main[-2] not in _POSTPOSITIVE:
        head = main[-2]
    return head, [word for word in others if word != head]


def _heads_agree(first: str, second: str) -> bool:
    if first == second:
        return True
    return any(first in group and second in group for group in _HEAD_SYNONYMS)


def _word_in(word: str, words: list[str]) -> bool:
    return any(word == other or word_similarity(word, other) >= 0.9 for other in words)


def title_agrees(said: str, role_title: str) -> bool:
    """Does the article's title `said` describe the reference role title `role_title`?"""
    said_head, said_modifiers = head_and_modifiers(said)
    role_head, role_modifiers = head_and_modifiers(role_title)
    if not said_head or not role_head:
        return False
    role_words = [role_head, *role_modifiers]
    if not _heads_agree(said_head, role_head):
        return False
    if not all(_word_in(word, role_words) for word in said_modifiers if word not in QUALIFIERS):
        return False
    said_ranks = {word for word in said_modifiers if word in RANK_WORDS}
    role_ranks = {word for word in role_modifiers if word in RANK_WORDS}
    return said_ranks == role_ranks


def same_title(first: str, second: str) -> bool:
    """Do two written titles name the same post, with the same qualifier?

    "former CEO" = "former Chief Executive Officer" (each agrees with the
    other); "CEO" != "former CEO"; "Minister" != "Foreign Minister".
    """
    first_qualifier, first_title = _split_qualifier(first)
    second_qualifier, second_title = _split_qualifier(second)
    return (
        first_qualifier == second_qualifier
        and title_agrees(first_title, second_title)
        and title_agrees(second_title, first_title)
    )


_LEADING_QUALIFIER = re.compile(r"^(" + "|".join(sorted(QUALIFIERS)) + r")(?:\s+|-)(?=\w)", re.IGNORECASE)


def _split_qualifier(title: str) -> tuple[str | None, str]:
    """("former", "President") for "former President" or "ex-President"; (None, title) without one."""
    match = _LEADING_QUALIFIER.match(title.strip())
    if match is None:
        return None, title
    return qualifier_meaning(match.group(1)), title.strip()[match.end():]


# Courtesy titles written before a name; never part of it.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr sen rep gov gen lt col sgt capt cmdr adm maj "
    "cpl pvt hon mme mlle herr frau messrs".split()
)


def is_honorific(text: str) -> bool:
    return text.lower().rstrip(".") in HONORIFICS


# Title words that are also common given names: never cut from the front of a person's name.
GIVEN_NAMES = frozenset({"dean", "prince", "king", "major", "justice", "marshal", "chance", "earl", "duke", "bishop"})


def is_title_word(word: str) -> bool:
    lowered = word.lower().strip(".")
    return lowered in HEAD_WORDS or lowered in MODIFIER_WORDS or lowered in QUALIFIERS


def is_head_word(word: str) -> bool:
    return word.lower().strip(".") in HEAD_WORDS


def is_qualifier(word: str) -> bool:
    return word.lower().strip(".-") in QUALIFIERS


def qualifier_meaning(word: str) -> str:
    """The qualifier a word stands for: "ex", "erstwhile" and "late" mean "former"."""
    lowered = word.lower().strip(".-")
    return "former" if lowered in _FORMER else lowered


def is_lasting(title: str) -> bool:
    """Does the title describe something done once and for all ("founder", "co-founder")?"""
    return head_and_modifiers(title)[0] in LASTING_HEADS


# Kinds of office. An article's title that is of the same kind as the person's
# role but not that role ("Defense Minister" for a foreign minister, "President"
# for a prime minister) is wrong; one of another kind ("party chairman" for a
# prime minister) may be a post the reference does not list.
_KINDS = [
    set("""president premier minister chancellor secretary governor mayor senator envoy representative
        ambassador administrator commissioner king queen emperor emir sultan monarch speaker lawmaker
        legislator congressman congresswoman diplomat negotiator adviser advisor""".split()),
    set("ceo chairman chairwoman chairperson chair director president cfo coo executive".split()),
    {"spokesman", "spokeswoman", "spokesperson"},
    {"general", "admiral", "commander", "colonel", "captain", "marshal"},
    {"judge", "justice", "attorney", "prosecutor", "counsel"},
]


def same_kind(said: str, role_title: str) -> bool:
    """Are both titles offices of one kind (political, corporate, military, ...)?"""
    said_head = head_and_modifiers(said)[0]
    role_head = head_and_modifiers(role_title)[0]
    return any(said_head in kind and role_head in kind for kind in _KINDS)
