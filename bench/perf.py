"""Speed of factcheck as ratios against baselines measured in the same run.

    python bench/perf.py [--bench ../shared/benchmarks] [--runs 5] [--entities 1000000] [--facts 200000]
                         [--skip cold,throughput,scale]

Machines are shared and noisy, so every figure is a median of several runs
and is reported as a ratio to a baseline timed alongside it:

1. cold start: a fresh `factcheck check seeds/<seed>` process ÷ a fresh process
   that only imports spaCy and loads the same model;
2. throughput: articles per second of `factcheck check DIR` over a corpus of
   200 news-length articles (bench/corpus.py) ÷ articles per second of spaCy's
   `nlp.pipe` alone over the same texts, one process each; and the speed-up
   of `--jobs 2` over `--jobs 1`;
3. reference scale: a synthetic dataset (bench/synthetic_reference.py) of
   1,000,000 entities and 200,000 facts: first load, cached load, per-article
   check time against it ÷ against the shipped dataset, and peak memory.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
sys.path.insert(0, str(ROOT / "bench"))

import corpus  # noqa: E402
import synthetic_reference  # noqa: E402,F401  (run as a script below)


def timed(command: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start


def python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def model_name() -> str:
    from factcheck.nlp import resolve_model_name

    return resolve_model_name()


def interleaved(commands: dict[str, list[str]], runs: int, env: dict | None = None) -> dict[str, float]:
    """Median wall time of each command, run alternately so load spikes hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def cold_start(runs: int) -> list[tuple[str, str]]:
    model = model_name()
    medians = interleaved({
        "factcheck": [sys.executable, "-m", "factcheck", "check", str(SEED), "--date", "2019-10-04", "--format", "json"],
        "spacy": python(f"import spacy; spacy.load({model!r})"),
    }, runs)
    ratio = medians["factcheck"] / medians["spacy"]
    return [("cold start: factcheck check seed ÷ import spaCy + load model", f"{ratio:.2f}  (target ≤ 1.5)")]


SPACY_PIPE = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [open(path, encoding='utf-8').read() for path in sys.argv[2:]]
for _ in nlp.pipe(texts):
    pass
"""


def throughput(runs: int, bench: Path, work: Path) -> list[tuple[str, str]]:
    paths = corpus.build(work / "corpus", 200, 700, bench)
    files = [str(path) for path in paths]
    check = [sys.executable, "-m", "factcheck", "check", str(work / "corpus"), "--format", "json",
             "--fail-on", "never", "--date", "2020-01-01"]
    medians = interleaved({
        "jobs1": check + ["--jobs", "1"],
        "jobs2": check + ["--jobs", "2"],
        "spacy": [sys.executable, "-c", SPACY_PIPE, model_name(), *files],
    }, runs)
    rate = {name: len(files) / seconds for name, seconds in medians.items()}
    return [
        ("throughput: factcheck articles/s ÷ nlp.pipe articles/s", f"{rate['jobs1'] / rate['spacy']:.2f}  (target ≥ 0.6)"),
        ("  factcheck --jobs 1 / nlp.pipe, articles per second", f"{rate['jobs1']:.1f} / {rate['spacy']:.1f}"),
        ("--jobs 2 speed-up over --jobs 1", f"{medians['jobs1'] / medians['jobs2']:.2f}×  (target ≥ 1.6)"),
    ]


LOAD = """
import sys, time, resource
from factcheck.reference.load import load_reference
start = time.perf_counter()
reference = load_reference(sys.argv[1], cache=True)
seconds = time.perf_counter() - start
print(seconds, len(reference.entities), len(reference.facts),
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

PER_ARTICLE = """
import sys, time, statistics, resource, datetime
from factcheck import Checker, load_reference
from factcheck.documents import read_document
reference = load_reference(sys.argv[1], cache=True)
checker = Checker(reference)
documents = [read_document(path) for path in sys.argv[2:]]
checker.check(documents[0], datetime.date(2020, 1, 1))  # warm-up: lazy indexes, first parse
times = []
for document in documents[1:]:
    start = time.perf_counter()
    checker.check(document, datetime.date(2020, 1, 1))
    times.append(time.perf_counter() - start)
print(statistics.median(times), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def run_python(code: str, *args: str, env: dict) -> list[float]:
    output = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    if output.returncode != 0:
        raise SystemExit(f"a measurement failed:\n{output.stderr}")
    return [float(value) for value in output.stdout.split()]


def scale(runs: int, bench: Path, work: Path, entities: int, facts: int) -> list[tuple[str, str]]:
    from factcheck.reference import default_reference_path

    dataset = work / "synthetic"
    subprocess.run([sys.executable, str(ROOT / "bench" / "synthetic_reference.py"), str(dataset),
                    "--entities", str(entities), "--facts", str(facts)], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(work / "cache"))
    first, loaded_entities, loaded_facts, _ = run_python(LOAD, str(dataset), env=env)
    cached = statistics.median(run_python(LOAD, str(dataset), env=env)[0] for _ in range(runs))
    articles = [str(path) for path in corpus.build(work / "corpus", 200, 700, bench)[:21]]
    default_times, big_times, peaks = [], [], []
    for _ in range(max(1, runs // 2)):
        default_times.append(run_python(PER_ARTICLE, default_reference_path(), *articles, env=env)[0])
        big, peak = run_python(PER_ARTICLE, str(dataset), *articles, env=env)
        big_times.append(big)
        peaks.append(peak)
    return [
        (f"scale: dataset of {int(loaded_entities):,} entities, {int(loaded_facts):,} facts", ""),
        ("  cached load ÷ first load", f"{cached / first:.3f}  (target ≤ 0.25; first {first:.1f} s, cached {cached:.1f} s)"),
        ("  per-article check: large ÷ shipped dataset",
         f"{statistics.median(big_times) / statistics.median(default_times):.2f}  (target ≤ 1.5)"),
        ("  peak memory (check against the large dataset)", f"{max(peaks) / 1024:.0f} MiB"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=corpus.DEFAULT_BENCH)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--facts", type=int, default=200_000)
    parser.add_argument("--skip", default="", help="comma-separated: cold,throughput,scale")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-perf-") as scratch:
        work = Path(scratch)
        if "cold" not in skip:
            rows += cold_start(args.runs)
        if "throughput" not in skip:
            rows += throughput(max(1, args.runs // 2), args.bench, work)
        if "scale" not in skip:
            rows += scale(args.runs, args.bench, work, args.entities, args.facts)
    width = max(len(label) for label, _ in rows)
    print(f"{'measure':<{width}}  ratio / value")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    json.dump(dict(rows), sys.stderr, ensure_ascii=False)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()
