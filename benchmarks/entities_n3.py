"""Cross-document entity-resolution benchmark: N3 Reuters-128 + RSS-500, through the warehouse.

Reads ``/work/shared/corpora/n3_entity_linking/n3_reuters128_rss500.jsonl`` at run time (or
``--corpora``); nothing from it is stored in the repository. Writes
``benchmarks/results/entities_n3.json``. Run from the project root:

    .venv/bin/python benchmarks/entities_n3.py

N3 links every annotated mention by hand to a DBpedia resource, or to an ``aksw.org/notInWiki``
URI when DBpedia has none. The same URI in two documents is cross-document gold: this is the
benchmark for ``marts.entities`` holding one row per real-world entity across the corpus (issue #4).

Pipeline: the 628 documents (128 whole Reuters-21578 articles, 500 RSS sentences) are written as
JSONL (``id``, ``text``; Reuters-128 also ``url`` = its Reuters-21578 document URI and ``source``
``Reuters``; the corpus has no title or date) into a temporary input folder, and
``python -m orchestration.cli run`` builds a temporary warehouse from them. Documents whose text
repeats an earlier document's are written and scored once (the warehouse would keep one article
per content anyway). ``marts.mentions`` of types PERSON, ORG, GPE, LOC, FAC, NORP (nested ones
included) are read with their ``entity_id``; offsets are mapped from ``marts.articles.body_text``
into the corpus text (``body_to_source`` of the GUM benchmark).

Gold entity: the URI, folded: percent- and ``\\uXXXX``-escapes decoded, the DBpedia resource name
(``/resource/`` or ``/page/``, English or German DBpedia alike) case-folded with underscores as
spaces; a notInWiki URI is its own entity (``notinwiki:<folded name>``). DBpedia redirects are
not resolved (nothing is downloaded): "Fed" linked to two spellings of the Federal Reserve counts
as two gold entities; such gold quirks are listed with the merged examples.

Mentions (gold has no types): headline matching is by offsets, one-to-one: every (prediction,
gold) pair whose spans share a character is a candidate; pairs are taken greedily by most shared
characters, then exact boundaries, then text order. Secondary: the EVALUATION.md text rule (per
document, folded text equal-or-contains, greedy one-to-one, as ``entities_gum.py``). Recall is
over gold mentions, per dataset; ``exact_recall`` needs identical boundaries. Precision is
reported with a caveat: N3 annotation is not exhaustive (many names are left unlinked), so an
unmatched prediction is often a correct but unannotated entity.

Resolution (over offset-matched mentions; the text-rule pairs give a secondary figure):
* split: share of gold entities (>= 1 matched mention) whose matched mentions carry more than
  one ``entity_id``; *cross-document split*: the same over gold entities whose matched mentions
  are in 2+ documents (the figure that matters here);
* merged: share of ``entity_id``s whose matched mentions belong to more than one gold entity
  (and the same over ids matched in 2+ documents);
* B-cubed P/R/F1 over matched mentions (per-mention cluster overlap, averaged), and pairwise
  (link) P/R/F1 over all mention pairs and over cross-document pairs only.

Baseline: the bare spaCy model on the corpus text, entity = label + exact text (as the GUM
benchmark), scored the same way side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from benchmarks.entities_gum import (  # noqa: E402
    PRED_TYPES,
    bare_predictions,
    body_to_source,
    fold,
    git_commit,
    git_dirty,
    match_greedy,
    prf,
    run_pipeline,
)
from orchestration.lib.entities import DEFAULT_MODEL  # noqa: E402

CORPORA = Path("/work/shared/corpora")
CORPUS_FILE = Path("n3_entity_linking") / "n3_reuters128_rss500.jsonl"
INPUT_FILE = "n3.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "entities_n3.json"
DATASETS = ("Reuters-128", "RSS-500")
MAX_EXAMPLES = 25

Span = tuple[int, int]


class Pred(NamedTuple):
    """One predicted mention, offsets in the corpus text (None when not mapped)."""

    span: Span | None
    text: str
    label: str
    entity_id: str


class Gold(NamedTuple):
    start: int
    end: int
    text: str
    key: str


class Link(NamedTuple):
    """A matched (gold mention, predicted mention) pair: the unit the resolution scores count."""

    doc_id: str
    gold_key: str
    gold_text: str
    entity_id: str
    pred_text: str
    label: str
    exact: bool


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)  # noqa: T201


# ------------------------------------------------------------------------------------------ gold
def uri_key(uri: str, mention_text: str = "") -> str:
    """The gold entity of a URI: the folded DBpedia resource name, or ``notinwiki:<name>``; a
    bare ``aksw.org/notInWiki`` (one mention in N3) is named after its mention text."""
    uri = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), uri)
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    if tail.casefold() == "notinwiki":
        tail = mention_text
    name = " ".join(unquote(tail).replace("_", " ").casefold().split())
    return f"notinwiki:{name}" if "notinwiki" in uri.casefold() else name


def load_n3(path: Path) -> tuple[list[dict[str, Any]], list[str]]:
    """The N3 documents, each text once (first occurrence), and the ids of the dropped repeats."""
    docs: list[dict[str, Any]] = []
    seen: set[str] = set()
    repeats: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            doc = json.loads(line)
            if doc["text"] in seen:
                repeats.append(doc["doc_id"])
                continue
            seen.add(doc["text"])
            docs.append(doc)
    return docs, repeats


def gold_mentions(doc: dict[str, Any]) -> list[Gold]:
    return sorted(Gold(e["start"], e["end"], e["text"], uri_key(e["uri"], e["text"]))
                  for e in doc["entities"])


def write_inputs(docs: list[dict[str, Any]], folder: Path) -> Path:
    """The documents as one JSONL input file; Reuters-128 keeps its document URI and outlet."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / INPUT_FILE
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            record: dict[str, Any] = {"id": d["doc_id"], "text": d["text"]}
            if d.get("source_url"):
                record.update(url=d["source_url"], source="Reuters")
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


# ------------------------------------------------------------------------------------ predictions
def warehouse_predictions(warehouse: Path, docs: list[dict[str, Any]]
                          ) -> tuple[list[list[Pred]], dict[str, Any]]:
    """``marts.mentions`` per document (offsets mapped into the corpus text), and facts about the
    build: documents loaded, unmapped mentions, and ``marts.entities`` names per id."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        types = ", ".join(f"'{t}'" for t in PRED_TYPES)
        rows = con.execute(f"""
            select a.input_name, m.start_char, m.end_char, m.mention_text, m.entity_type,
                m.entity_id
            from marts.mentions as m
            inner join marts.articles as a on m.article_id = a.article_id
            where m.entity_type in ({types})
            order by a.input_name, m.start_char, m.end_char desc
        """).fetchall()
        bodies = dict(con.execute("select input_name, body_text from marts.articles").fetchall())
        names = {r[0]: {"canonical_name": r[1], "entity_type": r[2], "article_count": r[3]}
                 for r in con.execute("select entity_id, canonical_name, entity_type, "
                                      "article_count from marts.entities").fetchall()}
    finally:
        con.close()
    by_doc: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for input_name, *rest in rows:
        by_doc[input_name.split("#", 1)[-1]].append(tuple(rest))
    out: list[list[Pred]] = []
    unmapped = 0
    for doc in docs:
        body = bodies.get(f"{INPUT_FILE}#{doc['doc_id']}")
        preds: list[Pred] = []
        if body is not None:
            to_source = body_to_source(body, doc["text"])
            for start, end, text, label, entity_id in by_doc.get(doc["doc_id"], []):
                span = to_source(start, end)
                unmapped += span is None
                preds.append(Pred(span, text, label, entity_id))
        out.append(preds)
    loaded = sum(f"{INPUT_FILE}#{d['doc_id']}" in bodies for d in docs)
    return out, {"documents_loaded": loaded, "unmapped_mentions": unmapped, "entities": names}


def bare_model_predictions(nlp: Any, docs: list[dict[str, Any]]) -> list[list[Pred]]:
    """The bare spaCy model on the corpus text; entity = label + exact text."""
    raw = bare_predictions(nlp, [d["text"] for d in docs])
    return [[Pred((s, e), text, label, eid) for s, e, text, label, eid in doc] for doc in raw]


# --------------------------------------------------------------------------------------- matching
def match_by_offsets(pred: Sequence[Span | None], gold: Sequence[Span]) -> list[tuple[int, int]]:
    """(pred index, gold index) pairs, one-to-one: overlapping spans, most shared characters
    first, then exact boundaries, then text order."""
    cands = []
    for j, p in enumerate(pred):
        if p is None:
            continue
        for i, g in enumerate(gold):
            shared = min(p[1], g[1]) - max(p[0], g[0])
            if shared > 0:
                cands.append((-shared, p != g, j, i))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, j, i in sorted(cands):
        if j not in used_p and i not in used_g:
            used_p.add(j)
            used_g.add(i)
            pairs.append((j, i))
    return sorted(pairs)


def match_by_text(pred: Sequence[Pred], gold: Sequence[Gold]) -> list[tuple[int, int]]:
    """The EVALUATION.md text rule (secondary): per document, folded equal-or-contains,
    greedy one-to-one in prediction order."""
    return match_greedy([fold(p.text) for p in pred], [fold(g.text) for g in gold])


def link_documents(docs: list[dict[str, Any]], preds: list[list[Pred]], by_text: bool = False
                   ) -> tuple[list[Link], dict[str, Any]]:
    """Matched pairs over all documents, and mention recall/precision per dataset."""
    links: list[Link] = []
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc, pred in zip(docs, preds, strict=True):
        gold = gold_mentions(doc)
        if by_text:
            pairs = match_by_text(pred, gold)
        else:
            pairs = match_by_offsets([p.span for p in pred], [(g.start, g.end) for g in gold])
        for j, i in pairs:
            p, g = pred[j], gold[i]
            exact = p.span == (g.start, g.end)
            links.append(Link(doc["doc_id"], g.key, g.text, p.entity_id, p.text, p.label, exact))
        for name in (doc["dataset"], "all"):
            c = counts[name]
            c["gold"] += len(gold)
            c["pred"] += len(pred)
            c["tp"] += len(pairs)
            c["exact"] += sum(pred[j].span == (gold[i].start, gold[i].end) for j, i in pairs)
    mentions = {}
    for name in (*DATASETS, "all"):
        c = counts[name]
        m = prf(c["tp"], c["pred"], c["gold"])
        m["exact_recall"] = round(c["exact"] / c["gold"], 4) if c["gold"] else 0.0
        mentions[name] = m
    return links, mentions


# ------------------------------------------------------------------------------------- resolution
def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _cross_pairs(doc_counts: Counter[str]) -> int:
    """Pairs of mentions of one cluster that lie in different documents."""
    return _pairs(sum(doc_counts.values())) - sum(_pairs(n) for n in doc_counts.values())


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _prf_rates(p: float, r: float) -> dict[str, float]:
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f(p, r), 4)}


def bcubed(links: Sequence[Link]) -> dict[str, float]:
    """B-cubed over matched mentions: per mention, the overlap of its gold and predicted
    clusters divided by the predicted (precision) or gold (recall) cluster size, averaged."""
    if not links:
        return _prf_rates(0.0, 0.0)
    gold_size = Counter(x.gold_key for x in links)
    pred_size = Counter(x.entity_id for x in links)
    cell = Counter((x.gold_key, x.entity_id) for x in links)
    p = sum(cell[x.gold_key, x.entity_id] / pred_size[x.entity_id] for x in links) / len(links)
    r = sum(cell[x.gold_key, x.entity_id] / gold_size[x.gold_key] for x in links) / len(links)
    return _prf_rates(p, r)


def pairwise(links: Sequence[Link], cross_document: bool = False) -> dict[str, Any]:
    """Link-based P/R/F1: mention pairs put together by the prediction vs by the gold.
    ``cross_document``: only pairs of mentions in different documents."""
    def count(key: Any) -> int:
        docs: dict[Any, Counter[str]] = defaultdict(Counter)
        for x in links:
            docs[key(x)][x.doc_id] += 1
        if cross_document:
            return sum(_cross_pairs(c) for c in docs.values())
        return sum(_pairs(sum(c.values())) for c in docs.values())

    both = count(lambda x: (x.gold_key, x.entity_id))
    n_pred = count(lambda x: x.entity_id)
    n_gold = count(lambda x: x.gold_key)
    out: dict[str, Any] = _prf_rates(both / n_pred if n_pred else 0.0,
                                     both / n_gold if n_gold else 0.0)
    out.update(true_pairs=both, predicted_pairs=n_pred, gold_pairs=n_gold)
    return out


def _rate(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


def split_and_merged(links: Sequence[Link]) -> dict[str, Any]:
    """Split / merged counts and rates, overall and over clusters seen in 2+ documents."""
    g_ids: dict[str, set[str]] = defaultdict(set)
    g_docs: dict[str, set[str]] = defaultdict(set)
    p_keys: dict[str, set[str]] = defaultdict(set)
    p_docs: dict[str, set[str]] = defaultdict(set)
    for x in links:
        g_ids[x.gold_key].add(x.entity_id)
        g_docs[x.gold_key].add(x.doc_id)
        p_keys[x.entity_id].add(x.gold_key)
        p_docs[x.entity_id].add(x.doc_id)
    split = [g for g, ids in g_ids.items() if len(ids) > 1]
    merged = [p for p, keys in p_keys.items() if len(keys) > 1]
    cross_g = [g for g in g_ids if len(g_docs[g]) > 1]
    cross_p = [p for p in p_keys if len(p_docs[p]) > 1]
    cross_split = [g for g in cross_g if len(g_ids[g]) > 1]
    cross_merged = [p for p in cross_p if len(p_keys[p]) > 1]
    return {
        "gold_entities_matched": len(g_ids), "split": len(split),
        "split_rate": _rate(len(split), len(g_ids)),
        "cross_document_gold_entities": len(cross_g), "cross_document_split": len(cross_split),
        "cross_document_split_rate": _rate(len(cross_split), len(cross_g)),
        "predicted_ids_matched": len(p_keys), "merged": len(merged),
        "merged_rate": _rate(len(merged), len(p_keys)),
        "cross_document_predicted_ids": len(cross_p), "cross_document_merged": len(cross_merged),
        "cross_document_merged_rate": _rate(len(cross_merged), len(cross_p)),
    }


def _group(links: Iterable[Link], key: str, names: dict[str, Any]) -> list[dict[str, Any]]:
    """Links grouped by ``key`` (``entity_id`` or ``gold_key``): texts, documents, boundaries."""
    groups: dict[str, list[Link]] = defaultdict(list)
    for x in links:
        groups[getattr(x, key)].append(x)
    out = []
    for k, xs in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        item: dict[str, Any] = {key: k, "mentions": len(xs),
                                "documents": sorted({x.doc_id for x in xs})[:10],
                                "predicted_texts": sorted({x.pred_text for x in xs}),
                                "gold_texts": sorted({x.gold_text for x in xs}),
                                "labels": sorted({x.label for x in xs}),
                                "inexact_boundaries": sum(not x.exact for x in xs)}
        if key == "entity_id" and k in names:
            item["canonical_name"] = names[k]["canonical_name"]
        out.append(item)
    return out


def examples(links: Sequence[Link], names: dict[str, Any] | None = None,
             limit: int = MAX_EXAMPLES) -> dict[str, list[dict[str, Any]]]:
    """Split cases (one gold entity, several ids) and merged cases (one id, several gold
    entities), cross-document cases first, then the most mentions."""
    names = names or {}
    by_gold: dict[str, list[Link]] = defaultdict(list)
    by_id: dict[str, list[Link]] = defaultdict(list)
    for x in links:
        by_gold[x.gold_key].append(x)
        by_id[x.entity_id].append(x)

    def order(xs: list[Link]) -> tuple[int, int]:
        return (-len({x.doc_id for x in xs}), -len(xs))

    split = sorted((xs for xs in by_gold.values() if len({x.entity_id for x in xs}) > 1),
                   key=lambda xs: (*order(xs), xs[0].gold_key))
    merged = sorted((xs for xs in by_id.values() if len({x.gold_key for x in xs}) > 1),
                    key=lambda xs: (*order(xs), xs[0].entity_id))
    return {
        "split_examples": [{"gold_entity": xs[0].gold_key,
                            "documents": len({x.doc_id for x in xs}),
                            "entity_ids": _group(xs, "entity_id", names)} for xs in split[:limit]],
        "merged_examples": [{"entity_id": xs[0].entity_id,
                             "canonical_name": names.get(xs[0].entity_id, {}).get(
                                 "canonical_name"),
                             "documents": len({x.doc_id for x in xs}),
                             "gold_entities": _group(xs, "gold_key", names)}
                            for xs in merged[:limit]],
    }


def resolution_scores(links: Sequence[Link], names: dict[str, Any] | None = None,
                      with_examples: bool = True) -> dict[str, Any]:
    out = split_and_merged(links)
    out["matched_mentions"] = len(links)
    out["bcubed"] = bcubed(links)
    out["pairwise"] = pairwise(links)
    out["pairwise_cross_document"] = pairwise(links, cross_document=True)
    if with_examples:
        out.update(examples(links, names))
    return out


# ------------------------------------------------------------------------------------------ score
def score(docs: list[dict[str, Any]], preds: list[list[Pred]],
          names: dict[str, Any] | None = None) -> dict[str, Any]:
    links, mentions = link_documents(docs, preds)
    text_links, text_mentions = link_documents(docs, preds, by_text=True)
    per_dataset = {name: split_and_merged([x for x in links if x.doc_id.startswith(name)])
                   for name in DATASETS}
    exact = [x for x in links if x.exact]
    return {
        "mentions": mentions,
        "resolution": resolution_scores(links, names),
        "resolution_by_dataset": per_dataset,
        # secondary: only the matched mentions whose boundaries equal the gold's, which takes
        # the NER boundary errors out of the resolution figures
        "resolution_exact_boundaries_secondary": resolution_scores(exact, with_examples=False),
        "text_rule_secondary": {"mentions": text_mentions,
                                "resolution": resolution_scores(text_links, with_examples=False)},
    }


def gold_summary(docs: list[dict[str, Any]]) -> dict[str, Any]:
    keys: dict[str, set[str]] = defaultdict(set)
    n: Counter[str] = Counter()
    for d in docs:
        for g in gold_mentions(d):
            keys[g.key].add(d["doc_id"])
            n[d["dataset"]] += 1
    return {"documents": len(docs), "mentions": dict(n), "gold_entities": len(keys),
            "gold_entities_in_2plus_documents": sum(len(v) > 1 for v in keys.values()),
            "notinwiki_entities": sum(k.startswith("notinwiki:") for k in keys)}


# ------------------------------------------------------------------------------------------- main
def _line(name: str, m: dict[str, Any]) -> str:
    r = m["resolution"]
    mm = m["mentions"]
    return (f"  {name:10s} recall {mm['all']['recall']:.3f} "
            f"(Reuters {mm['Reuters-128']['recall']:.3f}, RSS {mm['RSS-500']['recall']:.3f})  "
            f"split {r['split_rate']:.1%}  cross-doc split {r['cross_document_split_rate']:.1%} "
            f"({r['cross_document_split']}/{r['cross_document_gold_entities']})  merged "
            f"{r['merged_rate']:.1%}  B3 F1 {r['bcubed']['f1']:.3f}  cross-doc pair F1 "
            f"{r['pairwise_cross_document']['f1']:.3f}")


def summarize(result: dict[str, Any]) -> Iterable[str]:
    g = result["gold"]
    yield (f"N3 ({g['documents']} documents, {sum(g['mentions'].values())} gold mentions, "
           f"{g['gold_entities']} gold entities, {g['gold_entities_in_2plus_documents']} in 2+ "
           f"documents)")
    for name in ("bare_model", "warehouse"):
        yield _line(name, result[name])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=CORPORA)
    ap.add_argument("--warehouse", type=Path, default=None,
                    help="warehouse file to build and keep (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true",
                    help="score --warehouse as it is, without running the pipeline")
    ap.add_argument("--note", default=None, help="free text recorded in the result")
    ap.add_argument("--no-write", action="store_true", help="print the figures, write no JSON")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args(argv)
    if args.reuse and not args.warehouse:
        ap.error("--reuse needs --warehouse")

    import spacy

    docs, repeats = load_n3(args.corpora / CORPUS_FILE)
    progress(f"{len(docs)} documents ({len(repeats)} repeated texts dropped)")
    tmp = Path(tempfile.mkdtemp(prefix="entities_n3_"))
    try:
        warehouse = args.warehouse or tmp / "warehouse" / "news.duckdb"
        pipeline_seconds = None
        if not args.reuse:
            write_inputs(docs, tmp / "inputs")
            progress(f"building the warehouse {warehouse} (orchestration.cli run)")
            pipeline_seconds = round(run_pipeline(tmp / "inputs", warehouse,
                                                  tmp / "pipeline.log"), 1)
            progress(f"pipeline done in {pipeline_seconds} s")
        preds, facts = warehouse_predictions(warehouse, docs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    progress("scoring the warehouse")
    ours = score(docs, preds, facts["entities"])
    ours.update(pipeline_seconds=pipeline_seconds, documents_loaded=facts["documents_loaded"],
                unmapped_mentions=facts["unmapped_mentions"])
    progress(f"bare {DEFAULT_MODEL} on the corpus text")
    t0 = time.perf_counter()
    bare = score(docs, bare_model_predictions(spacy.load(DEFAULT_MODEL), docs))
    bare["seconds"] = round(time.perf_counter() - t0, 1)
    result: dict[str, Any] = {
        "benchmark": "entities_n3",
        "model": DEFAULT_MODEL,
        "spacy_version": spacy.__version__,
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpu_count": os.cpu_count()},
        "git_commit": git_commit(),
        "git_dirty": git_dirty(),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "note": args.note,
        "scored_database": "reused " + str(args.warehouse) if args.reuse
        else "fresh pipeline run",
        "corpus": str(CORPUS_FILE),
        "repeated_documents_dropped": repeats,
        "matching": "offsets, one-to-one, most shared characters first (headline); the "
                    "EVALUATION.md text rule as text_rule_secondary; see module docstring",
        "gold_entity": "folded DBpedia resource name (redirects not resolved); notInWiki URIs "
                       "as their own entities",
        "precision_caveat": "N3 annotation is not exhaustive: unmatched predictions are often "
                            "correct unannotated entities; read precision as a lower bound",
        "gold": gold_summary(docs),
        "bare_model": bare,
        "warehouse": ours,
    }
    for line in summarize(result):
        print(line)  # noqa: T201
    if not args.no_write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
        print(f"wrote {args.out}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
