"""seeds/reference/countries.csv gives every government of government_seats.csv its ISO codes."""

import csv
import re

from orchestration import settings


def _rows(name: str) -> list[dict[str, str]]:
    with (settings.REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_government_has_a_row_with_well_formed_codes() -> None:
    countries = {row["country"]: row for row in _rows("countries.csv")}
    governments = {row["government"] for row in _rows("government_seats.csv")
                   if row["kind"] in ("country", "capital", "seat")}
    assert sorted(governments - set(countries)) == []
    for name, row in countries.items():
        assert (row["iso2"] == "") == (row["iso3"] == ""), name
        if row["iso2"]:
            assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), name
            assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), name
    # spot checks, including a code that CSV readers take for a missing value (Namibia's "NA")
    assert (countries["Turkey"]["iso2"], countries["Turkey"]["iso3"]) == ("TR", "TUR")
    assert (countries["Namibia"]["iso2"], countries["Namibia"]["iso3"]) == ("NA", "NAM")
    assert countries["Somaliland"]["iso3"] == ""
