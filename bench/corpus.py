"""A reproducible corpus of news-length articles for throughput measurements.

    python bench/corpus.py OUT_DIR [--articles 200] [--words 700] [--bench ../shared/benchmarks]

Each article is built from sentences of the NewsQuant benchmark and of the
labelled articles in bench/ (verdicts/, names/), drawn with a fixed seed and
grouped into paragraphs of three sentences: realistic news prose, full of
numbers and names, and the same bytes on every run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])|(?<=[.!?][\"”’)])\s+(?=[A-Z“\"])")


def sentences(bench: Path) -> list[str]:
    found: list[str] = []
    with open(bench / "newsquant" / "NewsQuant.json", encoding="utf-8") as handle:
        found.extend(item["text"].strip() for item in json.load(handle))
    for folder in ("verdicts", "names"):
        for article in sorted((ROOT / "bench" / folder).glob("**/*.md")) + sorted((ROOT / "bench" / folder).glob("**/*.txt")):
            text = article.read_text(encoding="utf-8")
            if text.startswith("---"):
                text = text.split("---", 2)[-1]
            found.extend(part.strip() for part in _SENTENCE_END.split(text) if len(part.split()) > 4)
    return [sentence for sentence in found if sentence]


def build(out: Path, articles: int, words: int, bench: Path, seed: int = 11) -> list[Path]:
    pool = sentences(bench)
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(articles):
        chosen: list[str] = []
        while sum(len(sentence.split()) for sentence in chosen) < words:
            chosen.append(rng.choice(pool))
        paragraphs = [" ".join(chosen[index:index + 3]) for index in range(0, len(chosen), 3)]
        path = out / f"article-{number:04d}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args()
    paths = build(args.out, args.articles, args.words, args.bench)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
