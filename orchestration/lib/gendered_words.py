"""The one gender lexicon: ``seeds/reference/gendered_words.csv``, read here by the NLP step and
by dbt as the seed ``gendered_words`` (staging view ``stg_reference__gendered_words``).

One row per word and kind (``word,gender,kind``), words in lower case:

* ``title``: a gendered title written before a name ("Mr.", "Sheikh", "Queen", "first lady");
* ``kinship``: a family noun ("husband", "stepdaughter"; "cousin" has no gender);
* ``royal``: a royal noun in apposition before a name ("the king, Abdullah");
* ``role``: a gendered noun of a job or role ("spokeswoman", "actress", "ayatollah");
* ``given_name``: a given name that is one gender's in every language news writes it in, in the
  norm key's spelling ("mohammad").

The quote step (:mod:`orchestration.lib.speech_verbs`) reads the titles and the role and kinship
nouns; the entity step (``int_entity_mentions_normalized``, ``int_entity_mentions_keyed``) reads
the titles, kinship and royal nouns and the given names. A word added here changes both.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

GENDERED_WORDS_PATH = (
    Path(__file__).resolve().parents[2] / "seeds" / "reference" / "gendered_words.csv"
)
KINDS = frozenset({"title", "kinship", "royal", "role", "given_name"})


@lru_cache(maxsize=8)
def gendered_words(path: Path = GENDERED_WORDS_PATH) -> tuple[tuple[str, str, str], ...]:
    """Every ``(word, gender, kind)`` row of the lexicon; gender is "m", "f" or "" (either)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        rows = tuple(
            (row["word"].strip().lower(), (row["gender"] or "").strip().lower(),
             row["kind"].strip().lower())
            for row in csv.DictReader(handle)
            if row.get("word", "").strip()
        )
    unknown = {kind for _, _, kind in rows} - KINDS
    if unknown:
        raise ValueError(f"{path}: unknown kind(s) {sorted(unknown)}; expected {sorted(KINDS)}")
    return rows


def words_of(kinds: frozenset[str], gender: str,
             path: Path = GENDERED_WORDS_PATH) -> frozenset[str]:
    """The words of the given kinds and gender."""
    return frozenset(w for w, g, k in gendered_words(path) if k in kinds and g == gender)


def titles(gender: str, path: Path = GENDERED_WORDS_PATH) -> frozenset[str]:
    """The gendered titles as tokens: each title, and its abbreviation written with a period
    ("mr" and "mr.")."""
    plain = words_of(frozenset({"title"}), gender, path)
    return plain | frozenset(f"{word}." for word in plain)
