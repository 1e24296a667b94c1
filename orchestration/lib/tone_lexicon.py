"""The tone lexicon articles and quotes are scored with: VADER's, as packaged by `vaderSentiment`.

`vaderSentiment` (a pinned PyPI dependency, MIT) ships `vader_lexicon.txt`: about 7,500 words and
emoticons, each with the mean valence ten raters gave it, from -4 (most negative) to +4. Nothing is
downloaded at run time: the file is read from the installed package, and only its single words
(lower-case letters, with an inner apostrophe or hyphen) are kept; emoticons and the like are of no
use on news. The package's scoring code is not used: tone is counted in dbt (`int_tone_words`),
where the news-register corrections of `seeds/reference/tone_word_overrides.csv` apply
(docs/tone.md).
"""

import re
from importlib import metadata, resources

import duckdb

from orchestration.lib import warehouse

PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"
# Bump when the selection below changes, so the stored table is reloaded.
SELECTION_VERSION = "1"

COLUMNS = ("word", "valence", "rater_sd", "source")

DDL = """
create schema if not exists raw;
create table if not exists raw.tone_lexicon (
    word varchar primary key,
    valence double not null,
    rater_sd double,
    source varchar not null
);
"""

_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


def source_label() -> str:
    """What the stored table was loaded from; a different label means reload."""
    return f"{PACKAGE} {metadata.version(PACKAGE)} {LEXICON_FILE} selection {SELECTION_VERSION}"


def parse_lexicon(text: str, source: str) -> list[tuple[str, float, float | None, str]]:
    """Rows (word, valence, rater_sd, source) of VADER's tab-separated lexicon: single words only,
    the first line of a word listed twice."""
    rows: dict[str, tuple[str, float, float | None, str]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) < 2 or not _WORD.fullmatch(fields[0]) or fields[0] in rows:
            continue
        try:
            valence = float(fields[1])
            rater_sd = float(fields[2]) if len(fields) > 2 else None
        except ValueError:
            continue
        rows[fields[0]] = (fields[0], valence, rater_sd, source)
    return list(rows.values())


def read_lexicon() -> list[tuple[str, float, float | None, str]]:
    text = resources.files(PACKAGE).joinpath(LEXICON_FILE).read_text(encoding="utf-8")
    return parse_lexicon(text, source_label())


def store_tone_lexicon(con: duckdb.DuckDBPyConnection) -> tuple[int, bool]:
    """Load the lexicon into raw.tone_lexicon unless the stored copy came from the same package
    version and selection. Returns (words, reloaded)."""
    con.execute(DDL)
    stored = con.execute("select min(source), max(source) from raw.tone_lexicon").fetchone()
    label = source_label()
    if stored == (label, label):
        return con.execute("select count(*) from raw.tone_lexicon").fetchone()[0], False
    rows = read_lexicon()
    con.execute("begin")
    try:
        con.execute("delete from raw.tone_lexicon")
        warehouse.insert_rows(con, "raw.tone_lexicon", COLUMNS, rows)
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return len(rows), True
