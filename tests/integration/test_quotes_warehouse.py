"""Quotes on the five seed articles, read from the published warehouse (marts.quotes).

The pipeline really runs once for the module (spaCy, dbt, GX); every assertion reads the public
tables. Expected quotes are identified by a fragment of their text, so the test does not depend on
offsets or ids."""

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration

# (article file prefix, fragment of the quote text, words that must occur in speaker_name)
DIRECT_QUOTES: list[tuple[str, str, str]] = [
    ("000", "There have been no such visits between the two countries", "Bagheri"),
    ("000", "The negotiations regarding the Idlib issue are still ongoing", "Cavusoglu"),
    ("000", "After the Iranian chief of staff, the Russian chief of staff", "Cavusoglu"),
    ("000", "The United States gives us reports about how many weapons", "Cavusoglu"),
    ("001", "An agreement was reached to hold further high-level visits", "Kalin"),
    # paragraph continuation: no cue in its own paragraph
    ("001", "A series of activities will also be held to boost military", "Kalin"),
    # editor's brackets inside the quote
    ("001", "In that country [Iraq], which has been through so many problems", "Cavusoglu"),
    ("001", "God forbid, it could even bring it to civil war", "Cavusoglu"),
    ("002", "Intelligence sharing also comprehends an important message", "Erol"),
    ("002", "The intelligence sharing activity carried out with numerous", "Erol"),
    ("002", "In this regard, it is important to preserve the status quo", "Erol"),
    ("003", "Although Turkey and Iran have a longstanding friendship", "Qassemi"),
    ("003", "But Iran’s support for Turkey following the coup attempt", "Qassemi"),
    ("003", "Iranian authorities were in contact with their Turkish counterparts", "Qassemi"),
    ("003", "We conveyed that Iran was ready to meet any demand from Turkey", "Qassemi"),
    ("003", "We observed more cooperation between Turkish and Iranian", "Qassemi"),
    ("003", "But despite this approach by Turkey and Iran", "Qassemi"),
    ("003", "The referendum could affect you as well", "Qassemi"),
    ("003", "The region cannot tolerate more wars", "Qassemi"),
    # speaker named only by role: "the top Iranian commander pointed out"
    ("004", "We also held negotiations about [ways] to counter terrorism", "Bagheri"),
]
PARTIAL_QUOTES: list[tuple[str, str, str]] = [
    ("001", "fruitful and successful", "Kalin"),
    ("003", "immature", "Qassemi"),
    ("004", "common and similar", "Baqeri"),
]
SCARE_QUOTES = ["de-escalation zones", "Turkey increasing cooperation with Iran"]


def fold(text: str | None) -> str:
    """Lower case without accents: canonical names keep them ('Mevlüt Çavuşoğlu')."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return folded.replace("ı", "i")  # Turkish dotless i ('Kalın')


@pytest.fixture(scope="module")
def warehouse(seeds_build: dict) -> Path:
    assert seeds_build["success"]
    return seeds_build["published"]


@pytest.fixture(scope="module")
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


def _quote(con: duckdb.DuckDBPyConnection, prefix: str, fragment: str) -> dict:
    rows = con.execute(
        """
        select q.quote_id, q.quote_kind, q.quote_text, q.speaker_name, q.speaker_entity_id,
               e.canonical_name, e.entity_type, q.quotation_id, q.continues_quote_id,
               q.attribution_rule
        from marts.quotes as q
        inner join marts.articles as a on q.article_id = a.article_id
        left join marts.entities as e on q.speaker_entity_id = e.entity_id
        where a.input_name like ? and contains(q.quote_text, ?)
        order by case q.quote_kind when 'direct' then 0 when 'partial' then 1 else 2 end,
                 length(q.quote_text)
        """,
        [f"{prefix}_%", fragment],
    ).fetchall()
    assert rows, f"no quote containing {fragment!r} in article {prefix}"
    keys = ("quote_id", "kind", "text", "speaker_name", "speaker_entity_id", "canonical_name",
            "entity_type", "quotation_id", "continues_quote_id", "rule")
    return dict(zip(keys, rows[0], strict=True))


@pytest.mark.parametrize(("prefix", "fragment", "speaker"), DIRECT_QUOTES)
def test_every_seed_direct_quote_has_the_right_speaker(
    con: duckdb.DuckDBPyConnection, prefix: str, fragment: str, speaker: str
) -> None:
    q = _quote(con, prefix, fragment)
    assert q["kind"] == "direct"
    assert q["speaker_entity_id"] is not None, q
    assert q["entity_type"] == "PERSON"
    assert fold(speaker) in fold(q["speaker_name"]), q


@pytest.mark.parametrize(("prefix", "fragment", "speaker"), PARTIAL_QUOTES)
def test_partial_quotes_are_partial_with_their_speaker(
    con: duckdb.DuckDBPyConnection, prefix: str, fragment: str, speaker: str
) -> None:
    q = _quote(con, prefix, fragment)
    assert q["kind"] == "partial"
    assert q["text"] == fragment
    assert fold(speaker) in fold(q["speaker_name"]) or fold(q["canonical_name"]) in (
        "mohammad bagheri", "mohammad baqeri"), q


def test_role_description_resolves_to_the_named_commander(
    con: duckdb.DuckDBPyConnection,
) -> None:
    q = _quote(con, "004", "We also held negotiations")
    assert fold(q["canonical_name"]) in ("mohammad bagheri", "mohammad baqeri"), q
    commander = con.execute(
        "select speaker_entity_id from marts.quotes where contains(quote_text, ?)",
        ["There have been no such visits"],
    ).fetchone()
    assert commander == (q["speaker_entity_id"],)  # the same entity across articles


def test_a_written_statement_speaks_for_an_organization(con: duckdb.DuckDBPyConnection) -> None:
    q = _quote(con, "003", "joint struggle with all terror organizations")
    assert q["kind"] in ("direct", "partial")
    assert q["speaker_entity_id"] is not None
    assert q["entity_type"] == "ORG"
    assert "turkish armed" in fold(q["speaker_name"])


def test_an_unnamed_source_stays_unnamed(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select speaker_name, speaker_entity_id from marts.quotes "
        "where lower(speaker_name) like '%iranian source%'"
    ).fetchall()
    assert rows, "the 'An Iranian source said ...' quotes are missing"
    assert all(entity is None for _, entity in rows)


def test_paragraph_continuation_keeps_the_speaker(con: duckdb.DuckDBPyConnection) -> None:
    q = _quote(con, "001", "A series of activities will also be held")
    assert q["rule"] == "continuation"
    first = _quote(con, "001", "An agreement was reached")
    assert q["speaker_entity_id"] == first["speaker_entity_id"]


def test_scare_quotes_in_headlines_and_terms_are_not_quotes(
    con: duckdb.DuckDBPyConnection,
) -> None:
    for term in SCARE_QUOTES:
        n = con.execute(
            "select count(*) from marts.quotes where quote_kind in ('direct', 'partial') "
            "and quote_text = ?", [term]
        ).fetchone()[0]
        assert n == 0, term


def test_a_quote_interrupted_by_its_attribution_is_one_quotation(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # “The United States gives us reports ...,” he said. The latest “said they gave ...”
    first = _quote(con, "000", "The United States gives us reports")
    rows = con.execute(
        "select quote_id, quotation_id, continues_quote_id, fragment_index from marts.quotes "
        "where quotation_id = ? order by fragment_index",
        [first["quotation_id"]],
    ).fetchall()
    assert rows[0][0] == first["quote_id"] == first["quotation_id"]
    assert rows[0][2] is None and rows[0][3] == 1
    for previous, row in zip(rows, rows[1:], strict=False):
        assert row[2] == previous[0]
        assert row[3] == previous[3] + 1
    bad = con.execute(
        "select count(*) from marts.quotes as q left join marts.quotes as p "
        "on q.continues_quote_id = p.quote_id "
        "where q.continues_quote_id is not null and (p.quote_id is null "
        "or p.quotation_id <> q.quotation_id or p.article_id <> q.article_id)"
    ).fetchone()[0]
    assert bad == 0


def test_quote_offsets_index_body_text(con: duckdb.DuckDBPyConnection) -> None:
    total, wrong = con.execute(
        """
        select count(*),
               count(*) filter (where substr(a.body_text, q.start_char + 1,
                                             q.end_char - q.start_char) <> q.quote_text)
        from marts.quotes as q
        inner join marts.articles as a on q.article_id = a.article_id
        """
    ).fetchone()
    assert total >= len(DIRECT_QUOTES) + len(PARTIAL_QUOTES)
    assert wrong == 0
    spk_wrong = con.execute(
        """
        select count(*) from marts.quotes as q
        inner join marts.articles as a on q.article_id = a.article_id
        where q.speaker_start is not null
          and substr(a.body_text, q.speaker_start + 1, q.speaker_end - q.speaker_start)
              <> q.speaker_text
        """
    ).fetchone()[0]
    assert spk_wrong == 0
