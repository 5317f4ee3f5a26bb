"""Numeric verdicts on the labelled articles of bench/verdicts/: recall and precision of `conflicting`.

    python bench/verdicts.py [DATASET_DIR] [--claims gold|extracted] [--articles 43-58] [--verbose]

DATASET_DIR (default bench/verdicts) holds `articles/*.md` (each dated in its
front matter), `reference/` (a reference dataset) and `gold.yaml` (the
expected verdict of every numeric claim; see its header).

`--claims extracted` (the default) runs the whole pipeline: a gold claim
the extractor missed counts as a wrong verdict (and a missed conflict), and
an extracted claim not in the gold file is expected to be unverified.
`--claims gold` builds each claim from the gold file (text, value, unit,
qualifier), so that only matching and deciding are measured.

`--articles FIRST-LAST` keeps the articles whose file name starts with a
number in that range (the articles written later, say, on their own).

Prints conflicting recall, conflicting precision, verdict accuracy, and the
articles without a planted error that got a `conflicting` claim.

    python bench/verdicts.py --ordinary [BENCH_DIR]

checks ordinary news instead: the NewsQuant sentences (BENCH_DIR, default
../shared/benchmarks) against the shipped reference dataset, dated 2019 and
2024, and lists every numeric claim called conflicting (there should be none:
the shipped facts are specific enough not to match ordinary sentences).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.config import Config  # noqa: E402
from factcheck.decide.numeric import decide  # noqa: E402
from factcheck.documents import read_document  # noqa: E402
from factcheck.match.numeric import match  # noqa: E402
from factcheck.models import Claim, Finding  # noqa: E402
from factcheck.pipeline import Checker  # noqa: E402
from factcheck.reference import load_reference  # noqa: E402

DEFAULT_DATASET = ROOT / "bench" / "verdicts"


@dataclass
class Outcome:
    article: str
    text: str
    expected: str
    got: str
    message: str


def gold_claims(document, entries: list[dict], article) -> list[Claim]:
    """The gold file's claims, located in the article text."""
    claims = []
    for entry in entries:
        start = _locate(document.text, entry["text"], entry.get("occurrence", 0))
        value = entry["value"]
        value = tuple(float(part) for part in value) if isinstance(value, list) else float(value)
        claims.append(
            Claim(
                "numeric", "numeric.quantity", entry["text"], start, start + len(entry["text"]),
                article.sentence_of(start), value, entry.get("unit"), entry.get("qualifier", "exact"),
            )
        )
    return claims


def _locate(text: str, wanted: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(wanted, start + 1)
        if start < 0:
            raise SystemExit(f"gold claim {wanted!r} (occurrence {occurrence}) is not in the article")
    return start


def run_gold(checker: Checker, path: Path, entries: list[dict]) -> list[Outcome]:
    document = read_document(str(path))
    article = checker.article(document)
    claims = gold_claims(document, entries, article)
    findings = decide(claims, match(claims, article), article)
    return [
        Outcome(path.name, entry["text"], entry["verdict"], finding.verdict.value, finding.message)
        for entry, finding in zip(entries, findings)
    ]


def run_extracted(checker: Checker, path: Path, entries: list[dict]) -> list[Outcome]:
    document = read_document(str(path))
    result = checker.check(document)
    findings = [finding for finding in result.findings if finding.claim.kind == "numeric"]
    outcomes, used = [], set()
    for entry in entries:
        start = _locate(document.text, entry["text"], entry.get("occurrence", 0))
        end = start + len(entry["text"])
        found = _overlapping(findings, start, end, used)
        if found is None:
            outcomes.append(Outcome(path.name, entry["text"], entry["verdict"], "missed", "not extracted"))
            continue
        used.add(id(found))
        outcomes.append(Outcome(path.name, entry["text"], entry["verdict"], found.verdict.value, found.message))
    for finding in findings:
        if id(finding) not in used:
            outcomes.append(
                Outcome(path.name, f"[extra] {finding.claim.text}", "unverified", finding.verdict.value, finding.message)
            )
    return outcomes


def _overlapping(findings: list[Finding], start: int, end: int, used: set) -> Finding | None:
    for finding in findings:
        if id(finding) not in used and finding.claim.start < end and start < finding.claim.end:
            return finding
    return None


def scores(outcomes: list[Outcome]) -> dict[str, float]:
    expected_conflicts = sum(1 for o in outcomes if o.expected == "conflicting")
    called_conflicts = sum(1 for o in outcomes if o.got == "conflicting")
    caught = sum(1 for o in outcomes if o.expected == o.got == "conflicting")
    correct = sum(1 for o in outcomes if o.expected == o.got)
    return {
        "conflicting_recall": caught / expected_conflicts if expected_conflicts else 1.0,
        "conflicting_precision": caught / called_conflicts if called_conflicts else 1.0,
        "verdict_accuracy": correct / len(outcomes) if outcomes else 1.0,
        "claims": len(outcomes),
        "expected_conflicting": expected_conflicts,
        "called_conflicting": called_conflicts,
    }


def ordinary(bench: Path) -> int:
    """Numeric claims called conflicting in NewsQuant's sentences, against the shipped dataset."""
    import datetime as dt
    import json

    from factcheck.documents import document_from_text
    from factcheck.reference import default_reference_path

    items = json.loads((bench / "newsquant" / "NewsQuant.json").read_text(encoding="utf-8"))
    checker = Checker(load_reference(default_reference_path()), Config())
    claims = conflicting = 0
    for date in (dt.date(2019, 6, 1), dt.date(2024, 6, 1)):
        for item in items:
            result = checker.check(document_from_text(item["text"]), date)
            for finding in result.findings:
                if finding.claim.kind != "numeric":
                    continue
                claims += 1
                if finding.verdict.value == "conflicting":
                    conflicting += 1
                    print(f"{date}: {finding.claim.text!r}: {finding.message}")
    print(f"sentences: {len(items)} x 2 dates; numeric claims: {claims}; conflicting: {conflicting}")
    return 0


def _numbered_in(name: str, wanted: str) -> bool:
    first, _, last = wanted.partition("-")
    number = int(name.split("_", 1)[0]) if name[:1].isdigit() else -1
    return int(first) <= number <= int(last or first)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(DEFAULT_DATASET))
    parser.add_argument("--claims", choices=("gold", "extracted"), default="extracted")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every claim, not just the wrong ones")
    parser.add_argument("--articles", help="only the articles numbered FIRST-LAST (by file name prefix)")
    parser.add_argument("--ordinary", action="store_true", help="check NewsQuant's sentences (dataset = benchmarks dir)")
    options = parser.parse_args(argv)
    if options.ordinary:
        bench = Path(options.dataset) if options.dataset != str(DEFAULT_DATASET) else ROOT.parent / "shared" / "benchmarks"
        return ordinary(bench)

    dataset = Path(options.dataset)
    gold = yaml.safe_load((dataset / "gold.yaml").read_text(encoding="utf-8"))
    checker = Checker(load_reference(dataset / "reference"), Config())
    run = run_gold if options.claims == "gold" else run_extracted
    outcomes: list[Outcome] = []
    if options.articles:
        gold = {name: entries for name, entries in gold.items() if _numbered_in(name, options.articles)}
    for name in sorted(gold):
        outcomes.extend(run(checker, dataset / "articles" / name, gold[name]))

    for outcome in outcomes:
        if options.verbose or outcome.expected != outcome.got:
            mark = "  " if outcome.expected == outcome.got else "XX"
            print(f"{mark} {outcome.article}: {outcome.text!r} expected {outcome.expected}, got {outcome.got}: {outcome.message}")
    clean = {name for name, entries in gold.items() if all(entry["verdict"] != "conflicting" for entry in entries)}
    flagged_clean = sorted({o.article for o in outcomes if o.article in clean and o.got == "conflicting"})
    figures = scores(outcomes)
    confusion = Counter((o.expected, o.got) for o in outcomes)
    print()
    print(f"articles: {len(gold)} ({len(clean)} without a planted error); claims: {figures['claims']} ({options.claims} claims)")
    print("expected -> got: " + ", ".join(f"{e}->{g} {n}" for (e, g), n in sorted(confusion.items())))
    print(f"conflicting recall:    {figures['conflicting_recall']:.3f} ({figures['expected_conflicting']} expected)")
    print(f"conflicting precision: {figures['conflicting_precision']:.3f} ({figures['called_conflicting']} called)")
    print(f"verdict accuracy:      {figures['verdict_accuracy']:.3f}")
    print(f"clean articles with a conflicting claim: {len(flagged_clean)} {flagged_clean if flagged_clean else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
