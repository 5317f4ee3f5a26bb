"""Score factcheck's quantity extraction and raw quantulum3 on NewsQuant, side by side.

    python bench/newsquant.py [BENCH_DIR] [--errors] [--only NAME]

BENCH_DIR defaults to ../shared/benchmarks relative to the repository root; the data
are read from BENCH_DIR/newsquant/ (NewsQuant.json and the four *-model.json sets).
Both systems run in the same process on the same sentences. The script also times
extraction against spaCy's own parse of the NewsQuant sentences.

Matching rules
--------------
- Each sentence's predictions are matched one-to-one with its gold quantities: for
  every gold quantity, in order, the first unused prediction with an equal value is
  taken, preferring one whose unit (then qualifier) also agrees. A prediction counts
  at most once; precision divides by all predictions, recall by all gold quantities.
  (The CQE paper's script may count a prediction for several gold quantities; this
  one does not.)
- Values are equal when numpy.isclose(rtol=1e-5) holds. A range equals a range with
  the same two ends in either order ("from 208 to 193" is written high-low in the
  gold data); a range never equals a single number.
- Shares: NewsQuant writes a fraction word as a fraction with a unit starting "%"
  ("half the condos" -> 0.5, "% condo"); factcheck reports shares in percent (50),
  so a percent prediction is divided by 100 against such gold quantities.
- value+unit: the prediction's unit, put in NewsQuant's vocabulary by `gold_label`
  below, must equal the gold `normalized_unit` (lower-cased), after both are mapped
  through `GOLD_ALIASES` (names that denote the same unit: "celsius" and "degree
  Celsius", "dollar" and "USD"). A counted noun ("troops") matches when its singular
  or plural is one of the words of the gold unit phrase, because NewsQuant's units
  for counts are lemmatised noun phrases with their modifiers ("different boss",
  "Kia Hyundai vehicle"). No unit matches NewsQuant's "-".
- value+qualifier (NewsQuant only; the other sets have no qualifier): NewsQuant's
  `change` is one of "=", "~", ">", "<", "up", "down". factcheck's qualifier maps
  to it as approximate -> "~", more_than and at_least -> ">", less_than and
  at_most -> "<"; an exact number (or a range) takes its direction
  (`Claim.details["change"]`, "up"/"down") if it has one, else "=". Raw quantulum3
  has no qualifiers, so all its quantities are "=".
- Raw quantulum3 units are its unit names, mapped the way the CQE evaluation maps
  them ("dimensionless" -> "-", "united states dollar" -> "dollar", ...).

Speed: spaCy's parse of the 590 NewsQuant sentences (nlp.pipe, model already loaded)
against factcheck's extraction over those parsed Docs, cold (first use in the
process, including quantulum3's one-time load) and warm (best of three further runs).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from factcheck.extract.quantities import find_quantities  # noqa: E402
from factcheck.extract.unit_lexicon import singular  # noqa: E402
from factcheck.nlp import load_model  # noqa: E402

DATASETS = ["NewsQuant", "age-model", "currency-model", "dimension-model", "temperature-model"]

# factcheck's currency codes and unit names in NewsQuant's vocabulary.
CURRENCY_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen", "CNY": "chinese yuan",
    "AUD": "australian dollar", "CAD": "canadian dollar", "HKD": "hong kong dollar", "NZD": "new zealand dollar",
    "SGD": "singaporean dollar", "MYR": "malaysian ringgit", "ILS": "shekel", "INR": "rupee", "CHF": "swiss franc",
    "MXN": "mexican peso", "BTC": "bitcoin", "TRY": "turkish lira", "ZAR": "south african rand",
    "HRK": "croatian kuna", "DKK": "danish krone", "BRL": "brazilian real", "RUB": "russian ruble",
    "KRW": "south korean won", "SEK": "swedish krona", "NOK": "norwegian krone", "cents": "cent",
    "pence": "penny", "sen": "sen",
}
# Gold names that denote the same unit as another name (both sides are mapped).
GOLD_ALIASES = {
    "percent": "percentage", "percentage points": "percentage", "basis points": "basis point",
    "celsius": "degree celsius", "fahrenheit": "degree fahrenheit", "pound-mass": "lb",
    "metric ton": "tonne", "gigaton": "gigatonne", "brake horsepower": "horsepower",
    "foot pound-force": "pound-foot", "parts-per-billion": "part per billion",
    "parts-per-million": "part per million", "revolutions per minute": "revolution per minute",
    "milliampere-hour": "milliampere hour", "square feet": "square foot", "times": "count",
    "indian rupee": "rupee", "united states dollar": "dollar", "dollar dollar": "dollar",
    "cubic centimetre": "millilitre", "degree angle": "degree", "yard yard": "yard",
    "percentage drop": "percentage", "per cent": "percentage",
    # NewsQuant labels share prices in pence ("164p") as "point".
    "point": "point", "penny": "penny",
}
EQUIVALENT = {frozenset({"penny", "point"})}
# How the CQE evaluation maps quantulum3's unit names (tagger.py there).
QUANTULUM_NAMES = {"dimensionless": "-", "unk": "-", "second of arc": "second", "minute of arc": "minute"}


QUALIFIER_SYMBOLS = {"approximate": "~", "more_than": ">", "at_least": ">", "less_than": "<", "at_most": "<"}


@dataclass
class Prediction:
    value: float | tuple[float, float]
    unit: str  # in NewsQuant's vocabulary
    change: str
    counted: bool = False  # the unit is a counted noun
    share: bool = False  # a percent


@dataclass
class Gold:
    value: float | tuple[float, float]
    unit: str
    change: str | None


def parse_gold(quantity: dict) -> Gold:
    raw = str(quantity["value"]).strip()
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = (float(part) for part in raw.split("-", 1))
        value: float | tuple[float, float] = (low, high)
    else:
        value = float(raw)
    return Gold(value, quantity.get("normalized_unit", "-").strip().lower(), quantity.get("change"))


def gold_label(unit: str | None, kind: str) -> tuple[str, bool]:
    """factcheck's unit in NewsQuant's vocabulary, and whether it is a counted noun."""
    if unit is None:
        return "-", False
    if " per " in unit:
        head, _, tail = unit.partition(" per ")
        return f"{gold_label(head, 'measure')[0]} per {gold_label(tail, 'measure')[0]}", False
    if unit in CURRENCY_NAMES:
        return CURRENCY_NAMES[unit], False
    if kind == "age":
        return f"{unit} of age", False
    if kind == "count":
        return unit.lower(), True
    return unit.lower(), False


def _alias(label: str) -> str:
    return GOLD_ALIASES.get(label, label)


def units_agree(prediction: Prediction, gold: Gold) -> bool:
    gold_unit = gold.unit
    if gold_unit.startswith("%"):
        return prediction.share
    if prediction.counted:
        words = {word for word in re.split(r"[\s\-]+", gold_unit) if word}
        forms = {prediction.unit, singular(prediction.unit).lower()}
        return bool(forms & words) or prediction.unit == gold_unit
    ours, theirs = _alias(prediction.unit), _alias(gold_unit)
    if " per " in ours and " per " in theirs:
        return all(
            _alias(a) == _alias(b) or singular(a) == singular(b)
            for a, b in zip(ours.split(" per "), theirs.split(" per "))
        )
    return ours == theirs or frozenset({ours, theirs}) in EQUIVALENT


def values_agree(prediction: Prediction, gold: Gold) -> bool:
    ours, theirs = prediction.value, gold.value
    if isinstance(ours, tuple) != isinstance(theirs, tuple):
        return False
    if isinstance(ours, tuple):
        return bool(np.allclose(sorted(ours), sorted(theirs), rtol=1e-5, atol=1e-8))
    if gold.unit.startswith("%") and prediction.share:
        ours = ours / 100.0
    return bool(np.isclose(ours, theirs, rtol=1e-5, atol=1e-8))


def match_sentence(predictions: list[Prediction], golds: list[Gold]) -> tuple[int, int, int, list]:
    """(value matches, value+unit matches, value+qualifier matches, unmatched gold)."""
    used: set[int] = set()
    value_hits = unit_hits = change_hits = 0
    missed = []
    for gold in golds:
        candidates = [i for i, p in enumerate(predictions) if i not in used and values_agree(p, gold)]
        if not candidates:
            missed.append(gold)
            continue

        def score(i: int) -> tuple[int, int]:
            return (units_agree(predictions[i], gold), predictions[i].change == gold.change)

        best = max(candidates, key=score)
        used.add(best)
        value_hits += 1
        unit_hits += units_agree(predictions[best], gold)
        change_hits += predictions[best].change == gold.change
    return value_hits, unit_hits, change_hits, missed


def factcheck_predictions(doc) -> list[Prediction]:
    predictions = []
    for quantity in find_quantities(doc):
        label, counted = gold_label(quantity.unit, quantity.kind)
        change = QUALIFIER_SYMBOLS.get(quantity.qualifier) or quantity.change or "="
        predictions.append(Prediction(quantity.value, label, change, counted, quantity.unit == "percent"))
    return predictions


def quantulum_predictions(parser, text: str) -> list[Prediction]:
    predictions = []
    for quantity in parser.parse(text):
        name = quantity.unit.name.lower()
        name = QUANTULUM_NAMES.get(name, name)
        predictions.append(Prediction(float(quantity.value), name, "=", False, name == "percentage"))
    return predictions


def score(name: str, results: list[tuple[list[Prediction], list[Gold]]], with_qualifier: bool) -> dict:
    predicted = sum(len(p) for p, _ in results)
    gold = sum(len(g) for _, g in results)
    totals = [0, 0, 0]
    for predictions, golds in results:
        hits = match_sentence(predictions, golds)
        for index in range(3):
            totals[index] += hits[index]

    def prf(hits: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return 100 * precision, 100 * recall, 100 * f1

    row = {"system": name, "value": prf(totals[0]), "value+unit": prf(totals[1])}
    row["value+qualifier"] = prf(totals[2]) if with_qualifier else None
    return row


def print_table(dataset: str, rows: list[dict], sentences: int, gold: int) -> None:
    print(f"\n{dataset}: {sentences} sentences, {gold} gold quantities")
    header = f"{'system':<12} | {'value P/R/F1':^20} | {'value+unit P/R/F1':^20} | {'value+qualifier P/R/F1':^22}"
    print(header)
    print("-" * len(header))
    for row in rows:
        cells = []
        for metric in ("value", "value+unit", "value+qualifier"):
            figures = row[metric]
            cells.append("—" if figures is None else "{:5.1f} {:5.1f} {:5.1f}".format(*figures))
        print(f"{row['system']:<12} | {cells[0]:^20} | {cells[1]:^20} | {cells[2]:^22}")


def print_errors(texts, docs, golds_per_sentence) -> None:
    for text, doc, golds in zip(texts, docs, golds_per_sentence):
        predictions = factcheck_predictions(doc)
        _, _, _, missed = match_sentence(predictions, golds)
        used = []
        wrong = []
        for prediction in predictions:
            matched = [g for g in golds if values_agree(prediction, g)]
            if not matched:
                wrong.append(prediction)
            else:
                gold = matched[0]
                if not units_agree(prediction, gold) or gold.change is not None and prediction.change != gold.change:
                    used.append((prediction, gold))
        if missed or wrong or used:
            print("*", text)
            for gold in missed:
                print(f"    MISSED  {gold.value} {gold.unit} {gold.change}")
            for prediction in wrong:
                print(f"    EXTRA   {prediction.value} {prediction.unit} {prediction.change}")
            for prediction, gold in used:
                print(f"    DIFFER  {prediction.value} {prediction.unit} {prediction.change}  gold: {gold.unit} {gold.change}")


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("bench_dir", nargs="?", default=str(ROOT.parent / "shared" / "benchmarks"))
    arguments.add_argument("--errors", action="store_true", help="list factcheck's misses and extras, sentence by sentence")
    arguments.add_argument("--only", choices=DATASETS, help="score one data set")
    options = arguments.parse_args(argv)
    folder = Path(options.bench_dir) / "newsquant"
    nlp = load_model()
    nlp("Warm up the pipeline with 3 sentences of 12 words.")

    timings = {}
    for dataset in DATASETS if options.only is None else [options.only]:
        items = json.loads((folder / f"{dataset}.json").read_text(encoding="utf-8"))
        texts = [item["text"] for item in items]
        golds = [[parse_gold(q) for q in item["quantities"]] for item in items]
        started = time.perf_counter()
        docs = list(nlp.pipe(texts))
        parse_seconds = time.perf_counter() - started

        started = time.perf_counter()
        ours = [factcheck_predictions(doc) for doc in docs]
        extract_seconds = time.perf_counter() - started
        if dataset == "NewsQuant":
            warm = []
            for _ in range(3):
                started = time.perf_counter()
                for doc in docs:
                    find_quantities(doc)
                warm.append(time.perf_counter() - started)
            timings = {"parse": parse_seconds, "cold": extract_seconds, "warm": min(warm)}

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            started = time.perf_counter()
            theirs = [quantulum_predictions(parser, text) for text in texts]
            timings.setdefault(f"quantulum3 {dataset}", time.perf_counter() - started)

        with_qualifier = any(g.change is not None for sentence in golds for g in sentence)
        rows = [
            score("factcheck", list(zip(ours, golds)), with_qualifier),
            score("quantulum3", list(zip(theirs, golds)), with_qualifier),
        ]
        print_table(dataset, rows, len(items), sum(len(g) for g in golds))
        if options.errors:
            print_errors(texts, docs, golds)

    if "parse" in timings:
        print("\nSpeed on NewsQuant (590 sentences):")
        print(f"  spaCy parse (nlp.pipe)          {timings['parse']:6.2f} s")
        print(f"  factcheck extraction, cold      {timings['cold']:6.2f} s  ratio {timings['cold'] / timings['parse']:.2f}")
        print(f"  factcheck extraction, warm      {timings['warm']:6.2f} s  ratio {timings['warm'] / timings['parse']:.2f}")
        print(f"  raw quantulum3 parse            {timings['quantulum3 NewsQuant']:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
