"""The tone lexicon loader (orchestration/lib/tone_lexicon.py) on a real DuckDB file."""

from pathlib import Path

import duckdb

from orchestration.lib.tone_lexicon import parse_lexicon, read_lexicon, store_tone_lexicon


def test_only_single_words_are_kept_and_the_first_of_a_repeated_word() -> None:
    text = ("$:\t-1.5\t0.8\t[-1]\n"
            "agree\t1.5\t1.1\t[1, 0]\n"
            "cover-up\t-1.2\t1.2\t[-1]\n"
            "agree\t9.9\t0.1\t[9]\n"
            "broken line\n"
            "oops\tnot-a-number\t0.1\n")
    rows = parse_lexicon(text, "test")
    assert rows == [("agree", 1.5, 1.1, "test"), ("cover-up", -1.2, 1.2, "test")]


def test_the_packaged_lexicon_has_vaders_valences() -> None:
    rows = {row[0]: row[1] for row in read_lexicon()}
    assert len(rows) > 7000
    assert rows["kill"] < -3 < 2 < rows["peace"]
    assert all(-4 <= valence <= 4 for valence in rows.values())


def test_storing_twice_loads_once(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        first = store_tone_lexicon(con)
        second = store_tone_lexicon(con)
        assert first[1] is True and second[1] is False and first[0] == second[0]
        con.execute("update raw.tone_lexicon set source = 'old'")
        third = store_tone_lexicon(con)
        assert third[1] is True
        assert con.execute("select count(*) from raw.tone_lexicon").fetchone()[0] == first[0]
    finally:
        con.close()
