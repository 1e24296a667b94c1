"""Capital cities for "in the Turkish capital", "the capital of Egypt" (meeting places), read
from the reference seeds SQL reads too, so users extend one file:

* ``seeds/reference/government_seats.csv`` (``name,kind,government``): the first ``capital`` row
  of a government is its capital; later ``capital`` rows are other spellings or other seats
  ("Washington D.C.", "Tel Aviv", "Kiev"). Every ``country`` row is a name of that country
  ("US", "Britain", "Türkiye").
* ``seeds/reference/demonyms.csv`` (``demonym,place_name``): a demonym names the country its
  place is a name of ("British" -> "Britain" -> United Kingdom).

Keys are folded names (``meeting_context.fold``: lower case, no accents, punctuation as spaces,
no leading article), so "U.S." and "the Turkish" are "u s" and "turkish".
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from orchestration.lib.meeting_context import fold

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@lru_cache(maxsize=4)
def capital_of(reference_dir: Path = REFERENCE_DIR) -> dict[str, str]:
    """Folded country name or demonym -> the capital city, as the seed spells it."""
    seats = _rows(reference_dir / "government_seats.csv")
    capital: dict[str, str] = {}
    for row in seats:
        if row["kind"] == "capital":
            capital.setdefault(row["government"], row["name"])
    government_of = {
        fold(row["name"]): row["government"] for row in seats if row["kind"] == "country"
    }
    out: dict[str, str] = {}
    for key, government in government_of.items():
        if government in capital:
            out.setdefault(key, capital[government])
    for row in _rows(reference_dir / "demonyms.csv"):
        government = government_of.get(fold(row["place_name"]))
        if government in capital and row["demonym"]:
            out.setdefault(fold(row["demonym"]), capital[government])
    return out


@lru_cache(maxsize=4)
def capital_cities(reference_dir: Path = REFERENCE_DIR) -> frozenset[str]:
    """Every capital city of ``capital_of``, folded."""
    return frozenset(fold(city) for city in capital_of(reference_dir).values())
