"""Countries of actors: the hand reading of docs/countries.md, made repeatable.

Build a warehouse from the 168 PolNeAR dev and test articles and 1,500 Reuters-21578 stories
(records 8,000 onward with at least 300 characters of text), then print the rows the reading
judges: every evidence row of a person, every before-name or appositive row of an organisation,
and a seeded sample of 48 organisation-name rows:

    python benchmarks/countries_audit.py input DIR
    NEWS_INPUT_DIR=DIR NEWS_WAREHOUSE=W.duckdb python -m orchestration.cli run
    python benchmarks/countries_audit.py rows W.duckdb

The corpus text is read at run time only; nothing of it is written into the repository. The
judgments (right / wrong / unsure) are made by hand and only their tally is kept.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import duckdb

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
POLNEAR = CORPORA / "polnear_quotes" / "polnear_quotes.jsonl.gz"
REUTERS = CORPORA / "reuters21578_raw" / "reuters21578.jsonl.gz"
REUTERS_FIRST, REUTERS_COUNT, REUTERS_MIN_CHARS = 8000, 1500, 300
ORG_NAME_SAMPLE = 48


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")


def write_input(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(POLNEAR, "rt", encoding="utf-8") as src, \
            (folder / "polnear_dev_test.jsonl").open("w", encoding="utf-8") as out:
        for line in src:
            doc = json.loads(line)
            if doc["split"] in ("dev", "test"):
                out.write(json.dumps({
                    "id": doc["doc_id"], "text": doc["text"], "title": doc["title"],
                    "published_at": doc["published_at"], "publisher": doc["publisher"],
                }, ensure_ascii=False) + "\n")
    written = 0
    with gzip.open(REUTERS, "rt", encoding="utf-8") as src, \
            (folder / "reuters_8000.jsonl").open("w", encoding="utf-8") as out:
        for index, line in enumerate(src):
            if index < REUTERS_FIRST:
                continue
            doc = json.loads(line)
            if len(doc.get("text") or "") < REUTERS_MIN_CHARS:
                continue
            out.write(json.dumps({
                "id": doc["doc_id"], "text": doc["text"], "title": doc.get("title"),
                "published_at": doc.get("published_at"),
            }, ensure_ascii=False) + "\n")
            written += 1
            if written == REUTERS_COUNT:
                break


def print_rows(warehouse: Path) -> None:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        groups = {
            "people": "m.entity_type = 'PERSON'",
            "organisations, before_name and appositive":
                "m.entity_type = 'ORG' and e.rule != 'org_name'",
        }
        for label, where in groups.items():
            rows = con.execute(f"""
                select e.rule, e.country, e.evidence_text
                from analysis.entity_country_evidence as e
                join marts.mentions as m using (mention_id)
                where {where} order by e.rule, e.country, e.evidence_text""").fetchall()
            say(f"== {label}: {len(rows)} rows")
            for rule, country, text in rows:
                say(f"  {rule:12} {country:24} {text}")
        rows = con.execute(f"""
            select country, evidence_text
            from (select * from analysis.entity_country_evidence where rule = 'org_name')
            using sample {ORG_NAME_SAMPLE} rows (reservoir, 7)""").fetchall()
        say(f"== organisations, org_name: a sample of {len(rows)}")
        for country, text in rows:
            say(f"  {country:24} {text}")
    finally:
        con.close()


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "input":
        write_input(Path(argv[1]))
    elif len(argv) == 2 and argv[0] == "rows":
        print_rows(Path(argv[1]))
    else:
        sys.stderr.write(__doc__ or "")
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
