"""Article tone against a reader's judgments of Reuters-21578 stories (docs/tone.md).

There is no public gold for the tone of news in ../shared/corpora, so one reader labelled 110
Reuters stories (wire copy of 1987; at least 40 words) negative, neutral or positive from the
title and the first 300 characters, before seeing any score (benchmarks/tone_reuters_judgments.csv:
ids and labels only; the texts are read from the corpus at run time). Three samples:

- development_seen (30): labelled while reading the first scores; used to find news-register
  words VADER mis-scores ("free market", "licences granted", "limited partnership");
- development (40): labelled blind; then used to find the direction words ("increase", "lower");
- held_out (40): labelled blind after the last change to the overrides.

An article's label from its tone: neutral when |tone| < 1 (the band is also scored at 0.5 and
1.5), else the tone's sign. Scored: agreement with the reader (three classes); on the stories the
reader called negative or positive, how often the sign is right; the mean tone per reader class.
The baseline is bare VADER counted the same way (GDELT's formula): every word of the body in
VADER's lexicon, names included, no negation, no news-register overrides.

One reader and 110 stories: a coarse check of direction, not a precision figure.

Usage: .venv/bin/python benchmarks/tone_reuters.py [--no-write] [--keep DIR]
Results: benchmarks/results/tone_reuters.json (with machine and commit).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import platform
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from benchmarks.entities_gum import git_commit, git_dirty, run_pipeline  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578_raw" / "reuters21578.jsonl.gz"
JUDGMENTS = ROOT / "benchmarks" / "tone_reuters_judgments.csv"
RESULTS = ROOT / "benchmarks" / "results" / "tone_reuters.json"
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
BANDS = (0.5, 1.0, 1.5)


def load_judgments() -> dict[str, tuple[str, str]]:
    with JUDGMENTS.open(encoding="utf-8") as handle:
        return {row["doc_id"]: (row["sample"], row["reader_label"])
                for row in csv.DictReader(handle)}


def write_inputs(doc_ids: set[str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    found = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, \
            (folder / "reuters.jsonl").open("w", encoding="utf-8") as target:
        for line in source:
            row = json.loads(line)
            if row["doc_id"] in doc_ids:
                target.write(json.dumps({"id": row["doc_id"], "text": row["text"],
                                         "title": row.get("title"), "source": "Reuters",
                                         "published_at": row.get("published_at")}) + "\n")
                found += 1
    if found != len(doc_ids):
        raise SystemExit(f"{len(doc_ids) - found} judged stories are missing from {CORPUS}")
    return folder


def bare_vader_tone(text: str, lexicon: dict[str, float]) -> float:
    words = WORD.findall(text)
    positive = sum(1 for word in words if lexicon.get(word.lower(), 0) > 0)
    negative = sum(1 for word in words if lexicon.get(word.lower(), 0) < 0)
    return 100.0 * (positive - negative) / max(len(words), 1)


def label(tone: float, band: float) -> str:
    if abs(tone) < band:
        return "neutral"
    return "positive" if tone > 0 else "negative"


def score(rows: list[tuple[str, float]]) -> dict[str, Any]:
    """rows: (reader label, tone)."""
    result: dict[str, Any] = {"stories": len(rows)}
    for band in BANDS:
        agree = sum(1 for reader, tone in rows if label(tone, band) == reader)
        result[f"agreement_band_{band}"] = round(agree / len(rows), 3)
    polar = [(reader, tone) for reader, tone in rows if reader != "neutral"]
    result["polar_stories"] = len(polar)
    result["polar_sign_right"] = round(
        sum(1 for reader, tone in polar if tone != 0 and (tone > 0) == (reader == "positive"))
        / max(len(polar), 1), 3)
    for reader_class in ("negative", "neutral", "positive"):
        tones = [tone for reader, tone in rows if reader == reader_class]
        result[f"mean_tone_{reader_class}"] = round(sum(tones) / len(tones), 2) if tones else None
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    judgments = load_judgments()
    work = args.keep or Path(tempfile.mkdtemp(prefix="tone-reuters-"))
    try:
        inputs = write_inputs(set(judgments), work / "inputs")
        warehouse = work / "warehouse" / "news.duckdb"
        seconds = run_pipeline(inputs, warehouse, work / "build.log")
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            lexicon = dict(con.execute("select word, valence from raw.tone_lexicon").fetchall())
            scored = con.execute("""
                select split_part(a.input_name, '#', 2), t.tone, a.body_text
                from analysis.article_tone as t join marts.articles as a using (article_id)
            """).fetchall()
        finally:
            con.close()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    by_sample: dict[str, dict[str, list[tuple[str, float]]]] = {}
    for doc_id, tone, body in scored:
        sample, reader = judgments[doc_id]
        runs = by_sample.setdefault(sample, {"warehouse": [], "bare_vader": []})
        runs["warehouse"].append((reader, tone))
        runs["bare_vader"].append((reader, bare_vader_tone(body, lexicon)))
    result = {
        "benchmark": "tone_reuters",
        "corpus": "reuters21578_raw (110 stories judged by one reader)",
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
        "git_commit": git_commit(), "git_dirty": git_dirty(),
        "build_seconds": round(seconds, 1),
        "scored_stories": len(scored),
        "samples": {sample: {name: score(rows) for name, rows in runs.items()}
                    for sample, runs in sorted(by_sample.items())},
    }
    text = json.dumps(result, indent=1)
    if args.no_write:
        sys.stdout.write(text + "\n")
    else:
        RESULTS.write_text(text + "\n", encoding="utf-8")
        held_out = result["samples"].get("held_out", {})
        sys.stdout.write(json.dumps(held_out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
