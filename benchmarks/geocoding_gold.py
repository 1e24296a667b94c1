"""Geocoding against gold Wikipedia / DBpedia links (docs/geocoding.md).

GUM Wikinews (all 43 documents) links place mentions to Wikipedia titles, and N3 (Reuters-128 and
RSS-500) links mentions to DBpedia resources, whose names are Wikipedia titles. A title that names a
gazetteer place ("Texas", "Irving,_Texas", "Washington,_D.C.", "Georgia_(country)") says which
place the mention is; titles that name no gazetteer place (a building, a team, "Masjid_al-Haram")
are out of scope and counted apart.

Expected place of a title: the gazetteer places named like its base ("Irving"), narrowed by its
qualifier (", Texas": the state; "(country)", "(U.S. state)"; a country name); when several
remain, the most prominent (a country, then a state, then the largest city), which is how
Wikipedia picks the primary topic of a bare name ("Paris", "Hyderabad").

For each gold mention with an expected place, the predicted place mention overlapping it (a GPE or
LOC of marts.mentions, offsets mapped to the corpus text) and its geocode
(analysis.place_geocodes) are scored:
- found: the mention is a place mention of the warehouse with a geocode;
- place right: the geocode is the expected place (for a city-state, its city counts for the
  country: Singapore, Hong Kong);
- country right: its country is the expected place's country.
The baseline is a bare gazetteer lookup on the same found mentions: the most prominent place of
the entity's name (intermediate.int_place_candidates), which is what a geocoder without context
does.

Usage: .venv/bin/python benchmarks/geocoding_gold.py [--no-write] [--keep DIR]
Results: benchmarks/results/geocoding_gold.json (with machine and commit).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import duckdb  # noqa: E402

from benchmarks.entities_gum import (  # noqa: E402
    body_to_source,
    fold,
    git_commit,
    git_dirty,
    run_pipeline,
)

CORPORA = ROOT.parent / "shared" / "corpora"
GUM = CORPORA / "gum_wikinews" / "gum_wikinews.jsonl"
N3 = CORPORA / "n3_entity_linking" / "n3_reuters128_rss500.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "geocoding_gold.json"
INPUT_FILE = "geocoding.jsonl"
MAX_EXAMPLES = 30
STATE_WORDS = {"us state", "u.s. state", "state", "province"}
COUNTRY_WORDS = {"country"}
CITY_WORDS = {"city"}


class GoldPlace(NamedTuple):
    doc_id: str
    corpus: str
    start: int
    end: int
    text: str
    title: str


def load_gold() -> tuple[list[dict[str, Any]], list[GoldPlace]]:
    docs: list[dict[str, Any]] = []
    gold: list[GoldPlace] = []
    for line in GUM.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        docs.append({"id": doc["doc_id"], "text": doc["text"], "title": doc.get("title"),
                     "published_at": doc.get("published_at")})
        gold += [GoldPlace(doc["doc_id"], "gum", e["start"], e["end"], e["text"], e["wikipedia"])
                 for e in doc["entities"] if e["label"] == "place" and e["wikipedia"]]
    for line in N3.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        record = {"id": doc["doc_id"], "text": doc["text"]}
        if doc.get("source_url"):
            record.update(url=doc["source_url"], source="Reuters")
        docs.append(record)
        gold += [GoldPlace(doc["doc_id"], "n3", e["start"], e["end"], e["text"],
                           unquote(e["uri"].rsplit("/", 1)[-1]))
                 for e in doc["entities"] if e["kb"] == "dbpedia"]
    return docs, gold


def write_inputs(docs: list[dict[str, Any]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / INPUT_FILE, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder


def split_title(title: str) -> tuple[str, str | None]:
    """("Irving", "Texas") for "Irving,_Texas"; ("Georgia", "country") for "Georgia_(country)"."""
    text = title.replace("_", " ").strip()
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", text)
    if match:
        return match.group(1), match.group(2)
    if ", " in text:
        base, qualifier = text.split(", ", 1)
        return base, qualifier
    return text, None


class Gazetteer:
    """The warehouse's own gazetteer tables, read once."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.places = {row[0]: row for row in con.execute(
            "select gazetteer_id, name, feature_kind, country_iso2, admin1_code, population, "
            "country from staging.stg_reference__gazetteer_places").fetchall()}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        for gazetteer_id, name in con.execute(
                "select gazetteer_id, name from staging.stg_reference__gazetteer_names"
        ).fetchall():
            self.by_name[fold(name)].add(gazetteer_id)
        countries = {row[3]: row[0] for row in self.places.values() if row[2] == "country"}
        for name, iso2 in con.execute(
                "select name_folded, iso2 from intermediate.int_country_names "
                "where name_kind = 'country' and iso2 is not null").fetchall():
            if iso2 in countries:
                self.by_name[fold(name)].add(countries[iso2])
        self.admin1_names: dict[tuple[str, str], set[str]] = defaultdict(set)
        for gazetteer_id, row in self.places.items():
            if row[2] == "admin1":
                self.admin1_names[(row[3], row[4])] |= {
                    fold(name) for name, ids in self.by_name.items() if gazetteer_id in ids}

    def same_city_state(self, gazetteer_id: str, expected: set[str]) -> bool:
        """A city-state's city for the country of the same name (Singapore, Hong Kong)."""
        _, name, kind, iso2, _, _, _ = self.places[gazetteer_id]
        return kind == "city" and any(
            self.places[e][2] == "country" and self.places[e][3] == iso2
            and gazetteer_id in self.by_name.get(fold(self.places[e][1]), set())
            for e in expected)

    def prominence(self, gazetteer_id: str) -> tuple[int, int]:
        _, _, kind, _, _, population, _ = self.places[gazetteer_id]
        rank = {"country": 3, "admin1": 2, "region": 2}.get(kind, 1)
        return rank, population or 0

    def expected(self, title: str) -> set[str]:
        base, qualifier = split_title(title)
        candidates = set(self.by_name.get(fold(base), set()))
        if not candidates:
            return set()
        if qualifier is not None:
            q = fold(qualifier)
            if q in {fold(w) for w in STATE_WORDS}:
                kept = {c for c in candidates if self.places[c][2] == "admin1"}
            elif q in COUNTRY_WORDS:
                kept = {c for c in candidates if self.places[c][2] == "country"}
            elif q in CITY_WORDS:
                kept = {c for c in candidates if self.places[c][2] == "city"}
            else:
                kept = {c for c in candidates if fold(self.places[c][6] or "") == q
                        or q in self.admin1_names.get((self.places[c][3], self.places[c][4]),
                                                      set())}
            return kept
        top = max(candidates, key=self.prominence)
        return {top}


def predictions(con: duckdb.DuckDBPyConnection, docs: list[dict[str, Any]]
                ) -> dict[str, list[dict[str, Any]]]:
    """Place mentions per document, offsets in the corpus text, with the article's geocode of the
    entity and the bare-lookup choice."""
    rows = con.execute("""
        with bare as (
            select entity_id, arg_max(gazetteer_id, (prominence, gazetteer_id)) as gazetteer_id
            from intermediate.int_place_candidates
            group by entity_id
        )
        select a.input_name, m.start_char, m.end_char, m.mention_text, m.entity_id,
            g.gazetteer_id, g.country_iso2, g.geocode_rule, g.full_name,
            bare.gazetteer_id as bare_gazetteer_id
        from marts.mentions as m
        inner join marts.articles as a on m.article_id = a.article_id
        inner join analysis.place_geocodes as g
            on m.article_id = g.article_id and m.entity_id = g.entity_id
        left join bare on m.entity_id = bare.entity_id
        """).fetchall()
    bodies = dict(con.execute("select input_name, body_text from marts.articles").fetchall())
    texts = {doc["id"]: doc["text"] for doc in docs}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mappers: dict[str, Any] = {}
    for input_name, start, end, text, _entity_id, gid, iso2, rule, full, bare_gid in rows:
        doc_id = input_name.split("#", 1)[-1]
        if doc_id not in mappers:
            mappers[doc_id] = body_to_source(bodies[input_name], texts[doc_id])
        span = mappers[doc_id](start, end)
        if span is None:
            continue
        by_doc[doc_id].append({"start": span[0], "end": span[1], "text": text,
                               "gazetteer_id": gid, "country_iso2": iso2, "rule": rule,
                               "full_name": full, "bare_gazetteer_id": bare_gid})
    return by_doc


def score(gold: list[GoldPlace], preds: dict[str, list[dict[str, Any]]],
          gazetteer: Gazetteer) -> dict[str, Any]:
    out_of_scope: Counter[str] = Counter()
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[dict[str, Any]] = []
    for g in gold:
        expected = gazetteer.expected(g.title)
        if not expected:
            out_of_scope[g.title] += 1
            continue
        expected_countries = {gazetteer.places[e][3] for e in expected}
        for key in ("all", g.corpus):
            tally[key]["gold"] += 1
        overlapping = [p for p in preds.get(g.doc_id, [])
                       if p["start"] < g.end and g.start < p["end"]]
        # "Sochi, Russia" is one gold mention and two place mentions here: the place the gold
        # mention starts with is the one it links
        pred = max(overlapping, key=lambda p: (
            (p["start"], p["end"]) == (g.start, g.end), p["start"] == g.start,
            min(p["end"], g.end) - max(p["start"], g.start),
            -abs((p["end"] - p["start"]) - (g.end - g.start))), default=None)
        if pred is None or pred["gazetteer_id"] is None:
            continue
        place_right = pred["gazetteer_id"] in expected or gazetteer.same_city_state(
            pred["gazetteer_id"], expected)
        country_right = pred["country_iso2"] in expected_countries
        bare_right = pred["bare_gazetteer_id"] in expected
        for key in ("all", g.corpus):
            tally[key]["found"] += 1
            tally[key]["place_right"] += place_right
            tally[key]["country_right"] += country_right
            tally[key]["bare_place_right"] += bare_right
        by_rule[pred["rule"]]["found"] += 1
        by_rule[pred["rule"]]["place_right"] += place_right
        if not place_right and len(wrong) < MAX_EXAMPLES:
            wrong.append({"doc_id": g.doc_id, "mention": g.text, "gold": g.title,
                          "predicted": pred["full_name"], "rule": pred["rule"]})

    def rates(c: Counter[str]) -> dict[str, Any]:
        found = c["found"] or 1
        return {"gold_places": c["gold"], "found": c["found"],
                "found_share": round(c["found"] / (c["gold"] or 1), 3),
                "place_accuracy": round(c["place_right"] / found, 3),
                "country_accuracy": round(c["country_right"] / found, 3),
                "bare_lookup_place_accuracy": round(c["bare_place_right"] / found, 3)}

    return {
        "overall": rates(tally["all"]),
        "by_corpus": {k: rates(v) for k, v in sorted(tally.items()) if k != "all"},
        "by_rule": {rule: {"found": c["found"],
                           "place_accuracy": round(c["place_right"] / (c["found"] or 1), 3)}
                    for rule, c in sorted(by_rule.items())},
        "out_of_scope_gold": {"mentions": sum(out_of_scope.values()),
                              "titles": len(out_of_scope),
                              "most_common": out_of_scope.most_common(15)},
        "wrong_examples": wrong,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    args = parser.parse_args()
    docs, gold = load_gold()
    work = args.keep or Path(tempfile.mkdtemp(prefix="geocoding-gold-"))
    try:
        inputs = write_inputs(docs, work / "inputs")
        warehouse = work / "warehouse" / "news.duckdb"
        seconds = run_pipeline(inputs, warehouse, work / "build.log")
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            gazetteer = Gazetteer(con)
            scores = score(gold, predictions(con, docs), gazetteer)
        finally:
            con.close()
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    result = {
        "benchmark": "geocoding_gold",
        "corpora": ["gum_wikinews (43 documents)", "n3_entity_linking (628 documents)"],
        "machine": {"platform": platform.platform(), "python": platform.python_version()},
        "git_commit": git_commit(), "git_dirty": git_dirty(),
        "build_seconds": round(seconds, 1),
        **scores,
    }
    text = json.dumps(result, indent=1, ensure_ascii=False)
    if args.no_write:
        sys.stdout.write(text + "\n")
    else:
        RESULTS.write_text(text + "\n", encoding="utf-8")
        sys.stdout.write(json.dumps(result["overall"]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
