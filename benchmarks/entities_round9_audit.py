"""Entities rounds 9 and 10: the hand audit of cross-document resolution (docs/entities.md).

Build a warehouse from a range of PolNeAR train articles (file order; round 9 read 0-399, round 10
read 400-839) and print what the audit reads:

    python benchmarks/entities_round9_audit.py input DIR [FIRST LAST]  # polnear_train_FIRST_LAST
    NEWS_INPUT_DIR=DIR NEWS_WAREHOUSE=W.duckdb python -m orchestration.cli run
    python benchmarks/entities_round9_audit.py top W.duckdb    # 80 entities, aliases, mentions
    python benchmarks/entities_round9_audit.py pairs W.duckdb OUT.json    # 100 candidate pairs

The corpus text is read at run time only; nothing of it is written into the repository. The
judgments (same / different / unsure, wrong merges) are made by hand and only their tally is kept.
"""
from __future__ import annotations

import gzip
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import duckdb

CORPUS = (Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear_quotes"
          / "polnear_quotes.jsonl.gz")
STOP = {"of", "the", "and", "for", "in", "on", "at", "to", "a"}


def say(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")


def fold(name: str) -> list[str]:
    """Case and diacritics folded, possessive and punctuation dropped, split into words."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"[^a-z0-9 ]+", " ", text.replace(".", "")).split()


def write_input(folder: Path, first: int = 0, last: int = 399) -> None:
    """Train articles first..last (inclusive, 0-based, file order) as one JSONL input file."""
    folder.mkdir(parents=True, exist_ok=True)
    n = -1
    with gzip.open(CORPUS, "rt", encoding="utf-8") as src, \
            (folder / f"polnear_train_{first}_{last}.jsonl").open("w", encoding="utf-8") as out:
        for line in src:
            doc = json.loads(line)
            if doc["split"] != "train":
                continue
            n += 1
            if n < first:
                continue
            if n > last:
                break
            row = {"id": doc["doc_id"], "text": doc["text"], "title": doc["title"],
                   "published_at": doc["published_at"], "publisher": doc["publisher"]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def context(con: duckdb.DuckDBPyConnection, rows: list[tuple]) -> list[str]:
    out = []
    for article_id, start, end in rows:
        body = con.execute("select body_text from marts.articles where article_id = ?",
                           [article_id]).fetchone()[0]
        out.append(body[max(0, start - 70):start].replace("\n", " ") + "[[" + body[start:end] + "]]"
                   + body[end:end + 50].replace("\n", " "))
    return out


def top(con: duckdb.DuckDBPyConnection) -> None:
    random.seed(13)
    rows = con.execute(
        "select entity_id, canonical_name, entity_type, mention_count, article_count "
        "from marts.entities order by mention_count desc, entity_id limit 80").fetchall()
    for i, (eid, name, typ, mentions, articles) in enumerate(rows, 1):
        aliases = con.execute(
            "select alias, mention_count, article_count from marts.entity_aliases "
            "where entity_id = ? order by mention_count desc", [eid]).fetchall()
        say(f"\n## {i}. {name} [{typ}] {mentions} mentions / {articles} articles  {eid}")
        say("   aliases: " + "; ".join(f"{a} ({m}/{n})" for a, m, n in aliases))
        spans = con.execute("select article_id, start_char, end_char from marts.mentions "
                            "where entity_id = ? order by mention_id", [eid]).fetchall()
        for line in context(con, random.sample(spans, min(4, len(spans)))):
            say("   ~ " + line)


def pairs(con: duckdb.DuckDBPyConnection, out: Path) -> None:
    """Distinct entities likely to be one: same type and folded last word, one name's words inside
    the other's, Jaro-Winkler >= 0.9, or an acronym of the other; the 100 with most mentions."""
    info = {}
    for eid, name, typ, mentions, articles in con.execute(
            "select entity_id, canonical_name, entity_type, mention_count, article_count "
            "from marts.entities").fetchall():
        words = fold(name)
        if words:
            info[eid] = (name, typ, mentions, articles, words)
    found: dict[tuple[str, str], set[str]] = {}

    def add(a: str, b: str, why: str) -> None:
        found.setdefault(tuple(sorted((a, b))), set()).add(why)

    by_last: dict[tuple[str, str], list[str]] = {}
    by_word: dict[str, set[str]] = {}
    initials: dict[str, set[str]] = {}
    for eid, (_, typ, _, _, words) in info.items():
        by_last.setdefault((typ, words[-1]), []).append(eid)
        for w in set(words):
            by_word.setdefault(w, set()).add(eid)
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), set()).add(eid)
            initials.setdefault("".join(w[0] for w in words if w not in STOP), set()).add(eid)
    for ids in by_last.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                add(a, b, "last_token")
    for eid, (name, _, _, _, words) in info.items():
        for other in set.intersection(*(by_word[w] for w in set(words))) - {eid}:
            add(eid, other, "tokens_contained")
        letters = re.sub(r"[^A-Za-z]", "", name)
        if (len(words) == 1 and letters.isupper() and len(letters) >= 2) or (
                len(words) > 1 and all(len(w) == 1 for w in words)):
            for other in initials.get(letters.lower(), ()):
                add(eid, other, "acronym")
    for a, b in con.execute(
            "with e as (select entity_id, lower(strip_accents(canonical_name)) as n "
            "from marts.entities) select a.entity_id, b.entity_id from e as a "
            "inner join e as b on a.entity_id < b.entity_id "
            "where jaro_winkler_similarity(a.n, b.n) >= 0.9").fetchall():
        if a in info and b in info:
            add(a, b, "jaro_winkler")
    ranked = sorted(found.items(),
                    key=lambda kv: (-(info[kv[0][0]][2] + info[kv[0][1]][2]), kv[0]))[:100]
    rows = [{"a": a, "b": b, "why": sorted(why), "a_name": info[a][0], "a_type": info[a][1],
             "a_mentions": info[a][2], "b_name": info[b][0], "b_type": info[b][1],
             "b_mentions": info[b][2]}
            for (a, b), why in ranked]
    out.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    say("candidate pairs:", len(found))
    for i, p in enumerate(rows, 1):
        say(f"{i:3d}. {p['a_name']} [{p['a_type']}] {p['a_mentions']}  ||  "
              f"{p['b_name']} [{p['b_type']}] {p['b_mentions']}   {','.join(p['why'])}")


def main() -> None:
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode == "input":
        first, last = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (0, 399)
        write_input(target, first, last)
        return
    con = duckdb.connect(str(target), read_only=True)
    if mode == "top":
        top(con)
    else:
        pairs(con, Path(sys.argv[3]))


if __name__ == "__main__":
    main()
