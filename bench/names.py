"""Names and titles: recall and precision of misspelled names and wrong titles.

    python bench/names.py [BENCHMARKS_DIR] [--dataset bench/names] [--articles 33-46] [--verbose]

1. The labelled articles of bench/names (`articles/*.md`, each dated in its
   front matter; `reference/`, a reference dataset; `gold.yaml`, every
   planted misspelling and wrong title) are checked by the whole pipeline.
   Prints recall and precision of `conflicting` names (misspellings) and
   `conflicting` attributions (wrong titles), how many suggestions are right,
   and any reference spelling that was flagged although written right. A
   name's suggestion must be the gold spelling; a title's must name the
   same post with the same qualifier by the checker's own title rules
   (`factcheck.titles.same_title`: "former CEO" is right for "former Chief
   Executive Officer", "CEO" or "former Chief Financial Officer" is not).
   `--articles FIRST-LAST` keeps the articles whose file name starts with a
   number in that range (the articles written later, say, on their own).

2. The spelling matcher alone on the pairs of BENCHMARKS_DIR/name-bench/
   cases.csv (default ../shared/benchmarks): `name1` is read as a mention of
   an entity named `name2`. The labels come from sanctions screening, where
   near misses count as matches, so rows are sorted into classes and only
   some are held to account:

   - same spelling: `is_match` true and equal once accents, case,
     apostrophes, dots and hyphens are ignored: must read as the same name;
   - typo: `is_match` true, both in Latin script, the same number of words,
     and each word equal or a typo of its counterpart (see `typo_of`: one
     edit, two in long words, or the same sound): a typo, transposition or
     transliteration: must be caught (read as the same name or a
     misspelling of it);
   - clearly different: `is_match` false and not typo-shaped: must not be
     merged (neither same nor misspelling); reported for people and for all;
   - typo-shaped but labelled different (e.g. "Snow" / "Snoe"): reported,
     not scored, since a spelling checker should flag them;
   - other true rows (other scripts, reordered or dropped words, nicknames,
     abbreviations, legal forms, joined words): out of scope for a spelling
     checker; the share it merges anyway is reported.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import Config  # noqa: E402
from factcheck.documents import read_document  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402
from factcheck.reference import load_reference  # noqa: E402
from factcheck.reference.index import NameIndex, name_index  # noqa: E402
from factcheck.reference.model import Entity, Reference  # noqa: E402
from factcheck.spelling import edit_distance, fold, same_sound  # noqa: E402
from factcheck.titles import same_title  # noqa: E402

DEFAULT_BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
DEFAULT_DATASET = ROOT / "bench" / "names"


# -- 1. labelled articles ------------------------------------------------------


def pair_up(expected: list[dict], found: list) -> tuple[list[tuple[dict, object]], list[dict], list]:
    """Match gold entries to conflicting findings: same text first, then a finding whose text ends with or holds it."""
    unused = list(found)
    pairs, missed = [], []
    for entry in expected:
        chosen = None
        for test in (
            lambda f: f.claim.text == entry["text"],
            lambda f: f.claim.text.endswith(entry["text"]),
            lambda f: entry["text"] in f.claim.text,
        ):
            chosen = next((f for f in unused if test(f)), None)
            if chosen is not None:
                break
        if chosen is None:
            missed.append(entry)
        else:
            unused.remove(chosen)
            pairs.append((entry, chosen))
    return pairs, missed, unused


def numbered_in(name: str, wanted: str) -> bool:
    first, _, last = wanted.partition("-")
    number = int(name.split("_", 1)[0]) if name[:1].isdigit() else -1
    return int(first) <= number <= int(last or first)


def right_suggestion(kind: str, expected: str, got: str | None) -> bool:
    if got == expected:
        return True
    return kind == "attribution" and got is not None and same_title(expected, got)


def score_articles(dataset: Path, verbose: bool, articles: str | None = None) -> dict:
    gold = yaml.safe_load((dataset / "gold.yaml").read_text(encoding="utf-8"))
    if articles:
        gold = {name: entries for name, entries in gold.items() if numbered_in(name, articles)}
    reference = load_reference(dataset / "reference")
    checker = Checker(reference, Config())
    totals = Counter()
    spelled_right_flagged = []
    index = name_index(reference)
    for name in sorted(gold):
        result = checker.check(read_document(str(dataset / "articles" / name)))
        for kind, key in (("name", "misspellings"), ("attribution", "wrong_titles")):
            flagged = [f for f in result.findings if f.claim.kind == kind and f.verdict.value == "conflicting"]
            pairs, missed, extra = pair_up(gold[name].get(key) or [], flagged)
            totals[f"{key}_expected"] += len(pairs) + len(missed)
            totals[f"{key}_called"] += len(flagged)
            totals[f"{key}_caught"] += len(pairs)
            totals[f"{key}_suggested"] += sum(
                1 for entry, f in pairs if right_suggestion(kind, entry["suggestion"], f.suggestion)
            )
            for entry in missed:
                print(f"MISSED  {name}: {entry['text']!r} ({key})")
            for finding in extra:
                print(f"FALSE   {name}: {finding.claim.text!r}: {finding.message}")
            for entry, finding in pairs:
                if not right_suggestion(kind, entry["suggestion"], finding.suggestion):
                    print(f"SUGGEST {name}: {entry['text']!r}: expected {entry['suggestion']!r}, got {finding.suggestion!r}")
                elif verbose:
                    print(f"ok      {name}: {finding.claim.text!r}: {finding.message}")
            if kind == "name":
                spelled_right_flagged.extend(
                    f"{name}: {f.claim.text}" for f in flagged if index.exact(f.claim.name or f.claim.text)
                )
    totals["articles"] = len(gold)
    totals["spelled_right_flagged"] = len(spelled_right_flagged)
    for line in spelled_right_flagged:
        print(f"RIGHT-BUT-FLAGGED {line}")
    return totals


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


# -- 2. name-bench pairs -------------------------------------------------------


def is_latin(text: str) -> bool:
    return all(ord(char) < 0x250 or not char.isalpha() for char in text)


def typo_of(said: str, written: str) -> bool:
    """Could one word be the other mistyped or transliterated? (the benchmark's own yardstick)

    Both words of four letters or more, no digits or Roman numerals, and one
    edit apart (two from eight letters), or sounding the same (Metaphone)
    within three edits from five letters. Shorter words ("Tom" / "Tim") are
    other names more often than typos.
    """
    if said == written:
        return True
    if min(len(said), len(written)) < 4 or not (said.isalpha() and written.isalpha()):
        return False
    if set(said) <= set("ivxlcdm") and set(written) <= set("ivxlcdm"):
        return False
    edits = edit_distance(said, written)
    if edits == 1 or (edits == 2 and min(len(said), len(written)) >= 8):
        return True
    return same_sound(said, written) and edits <= 3 and min(len(said), len(written)) >= 5


def row_class(row: dict) -> str:
    said, written = fold(row["name1"]).split(), fold(row["name2"]).split()
    match = row["is_match"] == "true"
    typo_shaped = (
        is_latin(row["name1"]) and is_latin(row["name2"]) and len(said) == len(written)
        and all(typo_of(a, b) for a, b in zip(said, written))
    )
    if match and said == written:
        return "same spelling"
    if match:
        return "typo" if typo_shaped else "out of scope"
    return "typo-shaped, labelled different" if typo_shaped else "clearly different"


def read_pair(row: dict, min_similarity: float) -> str:
    """'same', 'misspelling' or 'different': how the matcher reads name1 against name2."""
    entity_type = "person" if row["schema"] == "Person" else "organization"
    index = NameIndex(Reference(path="<pair>", entities=(Entity("candidate", row["name2"], entity_type),)))
    if index.exact(row["name1"]):
        return "same"
    if index.near(row["name1"], min_similarity):
        return "misspelling"
    return "different"


def score_pairs(cases: Path, verbose: bool) -> dict[str, Counter]:
    min_similarity = Config().name_min_similarity
    by_class: dict[str, Counter] = {}
    with open(cases, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            kind = row_class(row)
            reading = read_pair(row, min_similarity)
            merged = reading != "different"
            counts = by_class.setdefault(kind, Counter())
            counts["rows"] += 1
            counts["merged"] += merged
            counts["same"] += reading == "same"
            if kind == "clearly different" and row["schema"] == "Person":
                people = by_class.setdefault("clearly different people", Counter())
                people["rows"] += 1
                people["merged"] += merged
            wrong = (kind in ("same spelling", "typo") and not merged) or (kind == "clearly different" and merged)
            if wrong or (verbose and kind != "out of scope"):
                mark = "WRONG" if wrong else "ok   "
                print(f"{mark} [{kind}] {row['name1']!r} vs {row['name2']!r}: {reading}")
    return by_class


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmarks", nargs="?", default=str(DEFAULT_BENCHMARKS))
    parser.add_argument("--dataset", default=str(DEFAULT_DATASET))
    parser.add_argument("--articles", help="only the articles numbered FIRST-LAST (by file name prefix)")
    parser.add_argument("--verbose", "-v", action="store_true")
    options = parser.parse_args(argv)

    totals = score_articles(Path(options.dataset), options.verbose, options.articles)
    print()
    print(f"labelled articles: {totals['articles']}")
    for key, label in (("misspellings", "misspelled names"), ("wrong_titles", "wrong titles")):
        print(
            f"{label:17} recall {ratio(totals[key + '_caught'], totals[key + '_expected']):.3f}"
            f" ({totals[key + '_caught']}/{totals[key + '_expected']})"
            f"  precision {ratio(totals[key + '_caught'], totals[key + '_called']):.3f}"
            f" ({totals[key + '_caught']}/{totals[key + '_called']})"
            f"  right suggestion {totals[key + '_suggested']}/{totals[key + '_caught']}"
        )
    print(f"reference spellings written right but flagged: {totals['spelled_right_flagged']}")

    cases = Path(options.benchmarks) / "name-bench" / "cases.csv"
    if not cases.exists():
        print(f"\nname-bench: {cases} not found; skipped")
        return 0
    print()
    by_class = score_pairs(cases, options.verbose)
    print(f"\nname-bench ({cases}):")
    for kind, goal in (
        ("same spelling", "read as the same name"),
        ("typo", "caught (same or misspelling)"),
        ("clearly different", "merged (should be 0)"),
        ("clearly different people", "merged (should be 0)"),
        ("typo-shaped, labelled different", "merged (not scored)"),
        ("out of scope", "merged anyway (not scored)"),
    ):
        counts = by_class.get(kind, Counter())
        value = counts["same"] if kind == "same spelling" else counts["merged"]
        print(f"  {kind:33} {counts['rows']:4} rows  {goal}: {value} ({ratio(value, counts['rows']):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
