"""Entity-mention benchmark: GUM Wikinews (news genre) through the warehouse, and GMB NER sentences.

Reads the corpora at run time from ``/work/shared/corpora`` (or ``--corpora``); nothing from them is
stored in the repository. Writes ``benchmarks/results/entities_gum.json``.

GUM (headline figures, EVALUATION.md "Entities"): the 24 ``genre: news`` documents are written as
JSONL (``id``, ``text``, ``title``, ``published_at``) into a temporary input folder, the real
pipeline runs on them (``python -m orchestration.cli run`` in a subprocess with ``NEWS_INPUT_DIR``
and ``NEWS_WAREHOUSE`` pointing at temporary paths), and ``marts.mentions`` of entity types PERSON,
ORG, GPE, LOC, FAC, NORP is scored against the gold mentions with ``is_named`` true and label
person / organization / place. Articles are joined back to GUM documents through
``marts.articles.input_name`` (``gum_news.jsonl#<doc_id>``). ``--warehouse`` with ``--reuse`` scores
an existing warehouse without running the pipeline.

Matching: per article, by text, one-to-one. After folding case and accents and dropping a leading
"the/a/an" and punctuation, a prediction matches a gold mention when one text equals or contains the
other. The one-to-one assignment is greedy in predicted-mention order (``start_char``), each
prediction taking the unmatched matching gold mention whose folded text is closest in length (first
in text order on ties): this is the assignment that reproduces the published baseline (P 0.819,
R 0.810). The maximum one-to-one assignment is also reported for reference.

By type: gold person→PERSON, organization→ORG, place→GPE/LOC/FAC; recall per gold type, precision
per predicted type group (NORP is reported on its own and has no gold type). ``typed`` figures
count a match only when the types agree.

Resolution: a gold entity is its Wikipedia link when it has one (links across articles), else its
coreference cluster. The predicted entity is ``marts.mentions.entity_id`` (the bare model: label +
exact text). Split = share of gold entities whose matched mentions carry more than one id; merged =
share of ids whose matched mentions belong to more than one gold entity.

Two secondary scorings (not the headline) show how much of the figures comes from the text rule
matching a name against a different mention: ``whole_word_secondary`` (containment only at word
boundaries) and ``offset_aligned_secondary`` (the headline rule, and the predicted span, mapped from
``body_text`` into the corpus text, must overlap the gold span).

Nested mentions ("Texas" in "University of Texas", ``marts.mentions.is_nested``) are part of the
headline figures; the same warehouse is also scored without them (``warehouse_without_nested``).

GMB: scored *directly* (not through the warehouse: 2,000 one-sentence articles would be dominated
by per-article pipeline overhead and the sentences have no article context), with the same NLP code
the pipeline runs (``build_nlp`` + ``extract_entity_spans``) on the first ``--gmb-limit`` sentences.
Gold labels per/org/geo/gpe; predicted PERSON→per, ORG→org, GPE/LOC/FAC→geo, NORP→gpe. Overall
P/R/F1 uses untyped text matching (same folding and one-to-one rule); per-type figures need the
mapped type to agree. GMB annotates adjectival demonyms ("British troops") as ``gpe``, so ours is
scored there with ``include_modifier_norp=True`` (the warehouse leaves them out, as GUM does not
annotate them).
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from orchestration.lib.entities import (  # noqa: E402
    DEFAULT_MODEL,
    build_nlp,
    extract_entity_spans,
)

CORPORA = Path("/work/shared/corpora")
PRED_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
GOLD_LABELS = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}
PRED_GROUP = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
              "NORP": "NORP"}
GMB_MAP = {"PERSON": "per", "ORG": "org", "GPE": "geo", "LOC": "geo", "FAC": "geo", "NORP": "gpe"}
GMB_LABELS = ("per", "org", "geo", "gpe")

Pred = tuple[int, int, str, str, str]  # start, end, text, label, entity id


def fold(text: str) -> str:
    """Evaluation folding: case, accents, punctuation, a leading the/a/an."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", "", text)
    text = " ".join(text.split())
    return re.sub(r"^(?:the|a|an) ", "", text)


def _matches(a: str, b: str, whole_word: bool = False) -> bool:
    """Headline rule: one folded text equals or contains the other as a raw substring ("us" is in
    "house"). ``whole_word``: containment only at word boundaries (secondary figure)."""
    if not a or not b:
        return a == b
    if whole_word:
        return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "
    return a in b or b in a


def match_greedy(pred: list[str], gold: list[str], whole_word: bool = False
                 ) -> list[tuple[int, int]]:
    """(pred index, gold index) pairs: prediction order, closest folded length, then text order."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for j, p in enumerate(pred):
        cands = [i for i, g in enumerate(gold)
                 if i not in used and _matches(p, g, whole_word)]
        if cands:
            i = min(cands, key=lambda i: (abs(len(gold[i]) - len(p)), i))
            used.add(i)
            pairs.append((j, i))
    return pairs


def match_aligned(pred: list[str], gold: list[str], pred_spans: list[tuple[int, int] | None],
                  gold_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """As :func:`match_greedy`, but a pair must also overlap in the article: the prediction's span
    (mapped into the gold text) and the gold span share a character. Text containment at another
    place of the article ("us" in "White House" three paragraphs on) is no match."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for j, p in enumerate(pred):
        span = pred_spans[j]
        if span is None:
            continue
        cands = [i for i, g in enumerate(gold)
                 if i not in used and _matches(p, g)
                 and span[0] < gold_spans[i][1] and gold_spans[i][0] < span[1]]
        if cands:
            i = min(cands, key=lambda i: (abs(len(gold[i]) - len(p)), i))
            used.add(i)
            pairs.append((j, i))
    return pairs


def body_to_source(body: str, source: str) -> Callable[[int, int], tuple[int, int] | None]:
    """Map a ``[start, end)`` span of the cleaned ``body_text`` to the corpus text it was cleaned
    from (the title line and repeated captions are dropped, so offsets shift); None when the span's
    characters are not copied verbatim from one place of the source."""
    blocks = difflib.SequenceMatcher(None, body, source, autojunk=False).get_matching_blocks()

    def to_source(start: int, end: int) -> tuple[int, int] | None:
        for a, b, size in blocks:
            if a <= start and end <= a + size:
                return b + start - a, b + end - a
        return None

    return to_source


def match_max(pred: list[str], gold: list[str], whole_word: bool = False) -> int:
    """Size of a maximum one-to-one matching (augmenting paths)."""
    adj = [[i for i, g in enumerate(gold) if _matches(p, g, whole_word)] for p in pred]
    owner: dict[int, int] = {}

    def augment(j: int, seen: set[int]) -> bool:
        for i in adj[j]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = j
                return True
        return False

    sys.setrecursionlimit(10000)
    return sum(augment(j, set()) for j in range(len(pred)))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp,
            "n_pred": n_pred, "n_gold": n_gold}


# ------------------------------------------------------------------------------------- predictors
def bare_predictions(nlp: Any, texts: list[str]) -> list[list[Pred]]:
    out = []
    for doc in nlp.pipe(texts, n_process=1, batch_size=8):
        out.append([(e.start_char, e.end_char, e.text, e.label_, f"{e.label_}|{e.text}")
                    for e in doc.ents if e.label_ in PRED_TYPES])
    return out


def our_predictions(nlp: Any, texts: list[str], include_modifier_norp: bool = False
                    ) -> list[list[Pred]]:
    out = []
    for doc in nlp.pipe(texts, n_process=1, batch_size=8):
        spans = extract_entity_spans(doc, include_modifier_norp=include_modifier_norp)
        for s in spans:
            assert doc.text[s.start_char:s.end_char] == s.text
        out.append([(s.start_char, s.end_char, s.text, s.label,
                     s.known_entity_key or f"{s.label}|{s.norm_key}")
                    for s in spans if s.label in PRED_TYPES])
    return out


# ------------------------------------------------------------------------------------- warehouse
GUM_INPUT_FILE = "gum_news.jsonl"


def write_gum_inputs(docs: list[dict[str, Any]], folder: Path) -> Path:
    """The GUM documents as one JSONL input file (``id``, ``text``, ``title``, ``published_at``)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / GUM_INPUT_FILE
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            record = {"id": d["doc_id"], "text": d["text"], "title": d.get("title"),
                      "published_at": d.get("published_at")}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def run_pipeline(input_dir: Path, warehouse: Path, log_path: Path) -> float:
    """``python -m orchestration.cli run`` into ``warehouse``; returns the wall time in seconds."""
    env = {**os.environ, "NEWS_INPUT_DIR": str(input_dir), "NEWS_WAREHOUSE": str(warehouse),
           "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "false",
           "TQDM_DISABLE": "1", "DO_NOT_TRACK": "1"}
    env.pop("NEWS_BUILD_DIR", None)
    t0 = time.perf_counter()
    with open(log_path, "w", encoding="utf-8") as log:
        done = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], cwd=ROOT,
                              env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        errors = [line for line in log_path.read_text(encoding="utf-8").splitlines()
                  if "Error" in line or "FAILURE" in line]
        raise RuntimeError(f"pipeline failed (exit {done.returncode}):\n" + "\n".join(errors[:20]))
    return time.perf_counter() - t0


def warehouse_predictions(warehouse: Path, docs: list[dict[str, Any]],
                          include_nested: bool = True) -> tuple[list[list[Pred]], int]:
    """``marts.mentions`` per GUM document (in document order) and the number of loaded docs."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        has_nested = bool(con.execute(
            "select count(*) from information_schema.columns where table_schema = 'marts' "
            "and table_name = 'mentions' and column_name = 'is_nested'").fetchone()[0])
        nested_filter = "" if include_nested or not has_nested else "and not m.is_nested"
        types = ", ".join(f"'{t}'" for t in PRED_TYPES)
        rows = con.execute(f"""
            select a.input_name, m.start_char, m.end_char, m.mention_text, m.entity_type,
                m.entity_id
            from marts.mentions as m
            inner join marts.articles as a on m.article_id = a.article_id
            where m.entity_type in ({types}) {nested_filter}
            order by a.input_name, m.start_char, m.end_char desc
        """).fetchall()
        loaded = {r[0] for r in con.execute("select input_name from marts.articles").fetchall()}
    finally:
        con.close()
    by_doc: dict[str, list[Pred]] = defaultdict(list)
    for input_name, start, end, text, label, entity_id in rows:
        by_doc[input_name.split("#", 1)[-1]].append((start, end, text, label, entity_id))
    n_loaded = sum(f"{GUM_INPUT_FILE}#{d['doc_id']}" in loaded for d in docs)
    return [by_doc.get(d["doc_id"], []) for d in docs], n_loaded


def aligned_spans(warehouse: Path, docs: list[dict[str, Any]], preds: list[list[Pred]]
                  ) -> list[list[tuple[int, int] | None]]:
    """The warehouse predictions' spans mapped from ``marts.articles.body_text`` into each GUM
    document's text (see :func:`body_to_source`)."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        bodies = dict(con.execute("select input_name, body_text from marts.articles").fetchall())
    finally:
        con.close()
    out: list[list[tuple[int, int] | None]] = []
    for doc, pred in zip(docs, preds, strict=True):
        body = bodies.get(f"{GUM_INPUT_FILE}#{doc['doc_id']}")
        if body is None:
            out.append([None] * len(pred))
            continue
        to_source = body_to_source(body, doc["text"])
        out.append([to_source(p[0], p[1]) for p in pred])
    return out


# ------------------------------------------------------------------------------------------- GUM
def load_gum(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    return [d for d in docs if d.get("genre") == "news"]


def gold_mentions(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in doc["entities"] if e["is_named"] and e["label"] in GOLD_LABELS]


def score_gum(docs: list[dict[str, Any]], preds: list[list[Pred]], whole_word: bool = False,
              aligned: list[list[tuple[int, int] | None]] | None = None) -> dict[str, Any]:
    """Scores ``preds`` against the gold of ``docs``. ``aligned``: the predictions' spans in the
    gold text, one list per document; when given, a pair must also overlap (:func:`match_aligned`)
    and the max-matching figure is not computed (reported as the greedy one)."""
    tp = n_pred = n_gold = tp_max = 0
    by_type_pred: Counter[str] = Counter()
    by_type_pred_tp: Counter[str] = Counter()
    by_type_gold: Counter[str] = Counter()
    by_type_gold_tp: Counter[str] = Counter()
    typed_tp: Counter[str] = Counter()
    g2ids: dict[str, set[str]] = defaultdict(set)
    id2g: dict[str, set[str]] = defaultdict(set)
    id_texts: dict[str, set[str]] = defaultdict(set)
    gold_texts: dict[str, set[str]] = defaultdict(set)
    errors: dict[str, Counter[str]] = {"false_positive": Counter(), "false_negative": Counter()}
    n_docs: list[str] = []
    for doc, pred in zip(docs, preds, strict=True):
        gold = gold_mentions(doc)
        gf = [fold(g["text"]) for g in gold]
        pf = [fold(p[2]) for p in pred]
        if aligned is None:
            pairs = match_greedy(pf, gf, whole_word)
            tp_max += match_max(pf, gf, whole_word)
        else:
            spans = [(g["start"], g["end"]) for g in gold]
            pairs = match_aligned(pf, gf, aligned[len(n_docs)], spans)
            tp_max += len(pairs)
        n_docs.append(doc["doc_id"])
        tp += len(pairs)
        n_pred += len(pred)
        n_gold += len(gold)
        for p in pred:
            by_type_pred[PRED_GROUP[p[3]]] += 1
        for g in gold:
            by_type_gold[GOLD_LABELS[g["label"]]] += 1
        matched_p = set()
        matched_g = set()
        for j, i in pairs:
            matched_p.add(j)
            matched_g.add(i)
            pg = PRED_GROUP[pred[j][3]]
            gg = GOLD_LABELS[gold[i]["label"]]
            by_type_pred_tp[pg] += 1
            by_type_gold_tp[gg] += 1
            if pg == gg:
                typed_tp[gg] += 1
            gold_entity = gold[i]["wikipedia"] or gold[i]["entity_id"]
            g2ids[gold_entity].add(pred[j][4])
            id2g[pred[j][4]].add(gold_entity)
            id_texts[pred[j][4]].add(pred[j][2])
            gold_texts[gold_entity].add(f"{pred[j][2]}={pred[j][4][-6:]}")
        for j, p in enumerate(pred):
            if j not in matched_p:
                errors["false_positive"][f"{p[3]}:{p[2]}"] += 1
        for i, g in enumerate(gold):
            if i not in matched_g:
                errors["false_negative"][f"{g['label']}:{g['text']}"] += 1
    by_type: dict[str, Any] = {}
    for t in ("PERSON", "ORG", "PLACE"):
        p = by_type_pred_tp[t] / by_type_pred[t] if by_type_pred[t] else 0.0
        r = by_type_gold_tp[t] / by_type_gold[t] if by_type_gold[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        tp_t = typed_tp[t]
        pt = tp_t / by_type_pred[t] if by_type_pred[t] else 0.0
        rt = tp_t / by_type_gold[t] if by_type_gold[t] else 0.0
        ft = 2 * pt * rt / (pt + rt) if pt + rt else 0.0
        by_type[t] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                      "n_pred": by_type_pred[t], "n_gold": by_type_gold[t],
                      "typed_precision": round(pt, 4), "typed_recall": round(rt, 4),
                      "typed_f1": round(ft, 4)}
    by_type["NORP"] = {"n_pred": by_type_pred["NORP"], "matched": by_type_pred_tp["NORP"],
                       "precision": round(by_type_pred_tp["NORP"] / by_type_pred["NORP"], 4)
                       if by_type_pred["NORP"] else 0.0}
    split = sum(len(v) > 1 for v in g2ids.values())
    merged = sum(len(v) > 1 for v in id2g.values())
    return {
        "overall": prf(tp, n_pred, n_gold),
        "overall_max_matching": prf(tp_max, n_pred, n_gold),
        "by_type": by_type,
        "resolution": {
            "gold_entities_matched": len(g2ids), "split": split,
            "split_rate": round(split / len(g2ids), 4) if g2ids else 0.0,
            "predicted_ids_matched": len(id2g), "merged": merged,
            "merged_rate": round(merged / len(id2g), 4) if id2g else 0.0,
            "split_examples": sorted(
                [g, sorted(gold_texts[g])] for g, v in g2ids.items() if len(v) > 1)[:200],
            "merged_examples": sorted(
                [sorted(id_texts[i]), sorted(v)] for i, v in id2g.items() if len(v) > 1)[:200],
        },
        "top_errors": {k: v.most_common(25) for k, v in errors.items()},
    }


# ------------------------------------------------------------------------------------------- GMB
def load_gmb(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
                if limit and len(rows) >= limit:
                    break
    return rows


def score_gmb(rows: list[dict[str, Any]], preds: list[list[Pred]]) -> dict[str, Any]:
    tp = n_pred = n_gold = 0
    t_tp: Counter[str] = Counter()
    t_pred: Counter[str] = Counter()
    t_gold: Counter[str] = Counter()
    for row, pred in zip(rows, preds, strict=True):
        gold = [e for e in row["entities"] if e["label"] in GMB_LABELS]
        gf = [fold(g["text"]) for g in gold]
        pf = [fold(p[2]) for p in pred]
        tp += len(match_greedy(pf, gf))
        n_pred += len(pred)
        n_gold += len(gold)
        for lab in GMB_LABELS:
            gsub = [f for f, g in zip(gf, gold, strict=True) if g["label"] == lab]
            psub = [f for f, p in zip(pf, pred, strict=True) if GMB_MAP[p[3]] == lab]
            t_tp[lab] += len(match_greedy(psub, gsub))
            t_pred[lab] += len(psub)
            t_gold[lab] += len(gsub)
    return {"overall": prf(tp, n_pred, n_gold),
            "by_type": {lab: prf(t_tp[lab], t_pred[lab], t_gold[lab]) for lab in GMB_LABELS},
            "sentences": len(rows)}


# ------------------------------------------------------------------------------------------ main
def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def git_dirty() -> bool | None:
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return bool(out.stdout.strip()) if out.returncode == 0 else None


def run_pair(texts: list[str], scorer: Callable[[list[list[Pred]]], dict[str, Any]],
             bare: Any, ours: Any, include_modifier_norp: bool = False) -> dict[str, Any]:
    t0 = time.perf_counter()
    b = scorer(bare_predictions(bare, texts))
    t1 = time.perf_counter()
    o = scorer(our_predictions(ours, texts, include_modifier_norp))
    t2 = time.perf_counter()
    b["seconds"] = round(t1 - t0, 1)
    o["seconds"] = round(t2 - t1, 1)
    return {"bare_model": b, "ours": o}


def _compact(m: dict[str, Any]) -> dict[str, Any]:
    """Figures without the long example lists (for the secondary scoring)."""
    res = {k: v for k, v in m["resolution"].items() if not k.endswith("_examples")}
    return {"overall": m["overall"], "overall_max_matching": m["overall_max_matching"],
            "by_type": m["by_type"], "resolution": res}


def _fmt(m: dict[str, Any]) -> str:
    return f"P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"


def summarize(result: dict[str, Any]) -> Iterable[str]:
    g = result["gum_news"]
    yield (f"GUM news ({g['articles_loaded']}/{g['articles']} articles in the warehouse, "
           f"{g['warehouse']['overall']['n_gold']} gold mentions)")
    for name in ("bare_model", "warehouse", "warehouse_without_nested"):
        m = g[name]
        res = m["resolution"]
        yield (f"  {name:24s} {_fmt(m['overall'])}  (max-matching F1 "
               f"{m['overall_max_matching']['f1']:.3f})  split {res['split_rate']:.1%}  "
               f"merged {res['merged_rate']:.1%}")
        for t in ("PERSON", "ORG", "PLACE"):
            bt = m["by_type"][t]
            yield (f"    {t:7s} {_fmt(bt)}  typed F1 {bt['typed_f1']:.3f}  "
                   f"(pred {bt['n_pred']}, gold {bt['n_gold']})")
        yield f"    NORP    pred {m['by_type']['NORP']['n_pred']}, matched " \
              f"{m['by_type']['NORP']['matched']}"
    ww = g.get("whole_word_secondary")
    if ww:
        yield "  secondary, whole-word containment (not the headline):"
        for name in ("bare_model", "warehouse"):
            m = ww[name]
            res = m["resolution"]
            yield (f"  {name:24s} {_fmt(m['overall'])}  split {res['split_rate']:.1%}  "
                   f"merged {res['merged_rate']:.1%}")
    al = g.get("offset_aligned_secondary")
    if al:
        yield (f"  secondary, offset-aligned (not the headline; "
               f"{al['unaligned_predictions']} predictions not mapped):")
        for name in ("bare_model", "warehouse"):
            m = al[name]
            res = m["resolution"]
            yield (f"  {name:24s} {_fmt(m['overall'])}  split {res['split_rate']:.1%}  "
                   f"merged {res['merged_rate']:.1%}")
    if "gmb" in result:
        gm = result["gmb"]
        yield f"GMB ({gm['ours']['sentences']} sentences)"
        for name in ("bare_model", "ours"):
            m = gm[name]
            types = "  ".join(f"{lab} {m['by_type'][lab]['f1']:.3f}" for lab in GMB_LABELS)
            yield f"  {name:24s} {_fmt(m['overall'])}  F1 by type: {types}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("--warehouse", type=Path, default=None,
                    help="warehouse file to build (default: a temporary folder, removed after)")
    ap.add_argument("--reuse", action="store_true",
                    help="score --warehouse as it is, without running the pipeline")
    ap.add_argument("--note", default=None, help="free text recorded in the result")
    ap.add_argument("--gmb-limit", type=int, default=2000,
                    help="number of GMB sentences to score (0 = all 10,927)")
    ap.add_argument("--no-gmb", action="store_true")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks/results/entities_gum.json")
    args = ap.parse_args(argv)
    if args.reuse and not args.warehouse:
        ap.error("--reuse needs --warehouse")

    import spacy

    docs = load_gum(args.corpora / "gum_wikinews" / "gum_wikinews.jsonl")
    tmp = Path(tempfile.mkdtemp(prefix="entities_gum_"))
    try:
        warehouse = args.warehouse or tmp / "warehouse" / "news.duckdb"
        pipeline_seconds = None
        if not args.reuse:
            input_dir = tmp / "inputs"
            write_gum_inputs(docs, input_dir)
            pipeline_seconds = round(run_pipeline(input_dir, warehouse, tmp / "pipeline.log"), 1)
        preds, n_loaded = warehouse_predictions(warehouse, docs)
        preds_flat, _ = warehouse_predictions(warehouse, docs, include_nested=False)
        preds_at = aligned_spans(warehouse, docs, preds)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    bare = spacy.load(DEFAULT_MODEL)
    t0 = time.perf_counter()
    bare_scores = score_gum(docs, bare_predictions(bare, [d["text"] for d in docs]))
    bare_scores["seconds"] = round(time.perf_counter() - t0, 1)
    ours = score_gum(docs, preds)
    bare_preds = bare_predictions(bare, [d["text"] for d in docs])
    ours["pipeline_seconds"] = pipeline_seconds
    gum: dict[str, Any] = {
        "articles": len(docs),
        "articles_loaded": n_loaded,
        "source": "warehouse marts.mentions (python -m orchestration.cli run on the GUM JSONL)",
        "scored_database": "reused " + str(warehouse) if args.reuse else "fresh pipeline run",
        "note": args.note,
        "bare_model": bare_scores,
        "warehouse": ours,
        "warehouse_without_nested": score_gum(docs, preds_flat),
        # secondary, NOT the headline: same scoring with whole-word containment
        "whole_word_secondary": {
            "matching": "as the headline, but containment only at word boundaries (folded "
                        "' a ' in ' b '), as the meetings benchmark; shows how much of the score "
                        "comes from raw-substring matches such as 'us' in 'house'",
            "bare_model": _compact(score_gum(docs, bare_preds, whole_word=True)),
            "warehouse": _compact(score_gum(docs, preds, whole_word=True)),
        },
        # secondary, NOT the headline: the headline's text rule, and the pair must also overlap
        # in the article (the gold has character offsets); removes matches of a name against a
        # different mention elsewhere in the article, which the resolution figures inherit
        "offset_aligned_secondary": {
            "matching": "as the headline, and the predicted span (mapped from body_text into the "
                        "corpus text) must overlap the gold span; greedy one-to-one",
            "unaligned_predictions": sum(span is None for doc in preds_at for span in doc),
            "bare_model": score_gum(docs, bare_preds,
                                    aligned=[[(p[0], p[1]) for p in d] for d in bare_preds]),
            "warehouse": score_gum(docs, preds, aligned=preds_at),
        },
    }
    result: dict[str, Any] = {
        "benchmark": "entities_gum",
        "model": DEFAULT_MODEL,
        "spacy_version": spacy.__version__,
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpu_count": os.cpu_count()},
        "git_commit": git_commit(),
        "git_dirty": git_dirty(),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "matching": "per article, folded text equal-or-contains, one-to-one greedy "
                    "(prediction order, closest length); see module docstring",
        "targets": {"f1": 0.87, "split_rate_below": 0.05, "merged_rate_below": 0.02},
        "gum_news": gum,
    }
    if not args.no_gmb:
        rows = load_gmb(args.corpora / "gmb_ner_sentences" / "gmb_ner_sentences.jsonl.gz",
                        args.gmb_limit or None)
        # GMB tags adjectival demonyms ("British troops") as gpe, so modifiers are kept here
        result["gmb"] = run_pair([r["text"] for r in rows], lambda p: score_gmb(rows, p),
                                 bare, build_nlp(), include_modifier_norp=True)
        result["gmb"]["source"] = "direct (build_nlp + extract_entity_spans), not the warehouse"
        result["gmb"]["ours"]["include_modifier_norp"] = True
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for line in summarize(result):
        print(line)  # noqa: T201
    print(f"wrote {args.out}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
