"""Articles rounds 2 to 4 end to end: one small warehouse built from battery pages and bad inputs.

Checks what the unit tests cannot: the published ``marts.articles`` / ``marts.sources`` rows
(date, method, outlet, title, body) and that bad input ends in ``raw.rejected_inputs`` with a
reason.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts
from tests.unit.article_battery_pages import PAGES, PAGES_2
from tests.unit.article_battery_pages_3 import PAGES_3
from tests.unit.article_battery_pages_4 import PAGES_4, PAGES_4B
from tests.unit.article_battery_pages_5 import PAGES_5

pytestmark = pytest.mark.integration

PULL_QUOTE_PAGE = (
    "Jordan Times\n"
    "\n"
    "AMMAN — Her Majesty Queen Rania on Tuesday called on the international community to act "
    "to end the suffering of children in Gaza.\n"
    "\n"
    "\"Silence is complicity.\" — Queen Rania\n"
    "\n"
    "Foreign Minister Ayman Safadi told the Senate that Jordan would continue to deliver aid "
    "by air.\n"
)
PICKED = {
    "b01_jordantimes_nospace", "b07_tehrantimes_persian_date", "b12_tass_copyright_year",
    "b13_tass_no_year", "b26_url_line_date_only", "b11_rudaw_author_bio",
}
PICKED_2 = {"c03_ina", "c02_peninsula"}
PICKED_3 = {
    "d04_irna_solar_hijri_slash_iso", "d07_isna_persian_digits_solar", "d19_qna_slash_day_first",
    "d21_kuwait_times_print_edition", "d27_global_times_source_line",
    "d41_press_release_ministry", "d33_voa_by_and_in",
}
PICKED_4 = {
    "f28_email_forward_iphone", "f32_atom_entry_dump", "f33_google_cache_header",
    "f16_africanews_day_first_slash_with_afp", "f24_stuff_nz_name_editor_lines",
    "f40_euractiv_event_date_first_line", "f41_kyodo_japanese_date",
    "g01_lexisnexis_export", "g02_factiva_export",
}
PICKED_5 = {
    "h01_wapo_browser_print", "h05_msn_syndicated_newsweek", "h16_turkish_minute_turkish_labels",
    "h22_obsidian_clipper_front_matter", "h23_markdown_clipped_line",
    "h44_print_footer_page_title_repeat",
}
ALL_PICKED = {name: page for pages, picked in ((PAGES, PICKED), (PAGES_2, PICKED_2),
                                               (PAGES_3, PICKED_3), (PAGES_4, PICKED_4),
                                               (PAGES_4B, PICKED_4), (PAGES_5, PICKED_5))
              for name, page in pages.items() if name in picked}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("article_metadata")
    texts = {f"{name}.txt": page.text for name, page in ALL_PICKED.items()}
    texts["pull_quote.txt"] = PULL_QUOTE_PAGE
    texts["empty.txt"] = ""
    texts["cookie_wall.txt"] = (
        "We value your privacy\nAccept all\nManage preferences\n"
        "https://www.example.org/world\nhttps://www.example.org/gaza\n"
    )
    texts["terminal_teaser.txt"] = (
        "Bloomberg\nSaudi Crown Prince Meets Iran's Top Diplomat in Riyadh\n"
        "Before it's here, it's on the Bloomberg Terminal\nSubscribe now for unlimited access\n"
    )
    texts["email_only.txt"] = (
        "From: Leila Haddad <leila@example.com>\nDate: Tue, Feb 11, 2025 at 7:02 AM\n"
        "Subject: Re: tomorrow\nTo: Omar Nasser <omar@example.org>\n\nCall me when you land.\n"
    )
    inputs = write_texts(root / "inputs", texts)
    (inputs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    return build_from(root, inputs)


@pytest.fixture(scope="module")
def articles(warehouse: Path) -> dict[str, dict]:
    rows = dict_rows(
        warehouse,
        "select a.input_name, a.title, a.published_date, a.published_date_method, "
        "a.source_name, a.source_id, a.body_text from marts.articles a",
    )
    return {r["input_name"].removesuffix(".txt"): r for r in rows}


@pytest.mark.parametrize("name", sorted(ALL_PICKED))
def test_battery_page_comes_out_right(name: str, articles: dict[str, dict]) -> None:
    page = ALL_PICKED[name]
    row = articles[name]
    expected_date = date.fromisoformat(page.date) if page.date else None
    assert row["published_date"] == expected_date
    assert row["published_date_method"] == (page.method if page.date else "unknown")
    assert row["title"] == page.title
    assert row["source_name"] == page.outlet
    assert [k for k in page.kept if k not in row["body_text"]] == []
    assert [g for g in page.gone if g in row["body_text"]] == []


def test_year_inferred_from_the_copyright_line_is_marked_in_the_signals(
    warehouse: Path,
) -> None:
    rows = dict_rows(
        warehouse,
        "select s.value, s.rule, s.method from staging.stg_nlp__article_signals s "
        "join marts.articles a using (article_id) "
        "where a.input_name = 'b12_tass_copyright_year.txt' and s.kind = 'published_date' "
        "and s.rank = 1",
    )
    assert rows == [{"value": "2024-12-09", "rule": "wire_dateline_page_year",
                     "method": "inferred"}]


def test_pull_quote_survives_in_the_body(articles: dict[str, dict]) -> None:
    assert "\"Silence is complicity.\" — Queen Rania" in articles["pull_quote"]["body_text"]


def test_outlets_of_the_pages_are_sources(warehouse: Path) -> None:
    names = {r["source_name"] for r in dict_rows(warehouse, "select source_name from "
                                                            "marts.sources")}
    assert {"The Jordan Times", "TASS", "Al Jazeera", "Iraqi News Agency",
            "The Peninsula", "Iranian Students' News Agency", "VOA", "Kuwait Times"} <= names


def test_round3_dates_carry_their_rule(warehouse: Path) -> None:
    rows = dict_rows(
        warehouse,
        "select a.input_name, s.rule from staging.stg_nlp__article_signals s "
        "join marts.articles a using (article_id) "
        "where s.kind = 'published_date' and s.rank = 1 and s.flag is null "
        "and a.input_name in ('d19_qna_slash_day_first.txt', "
        "'d21_kuwait_times_print_edition.txt')",
    )
    assert {r["input_name"]: r["rule"] for r in rows} == {
        "d19_qna_slash_day_first.txt": "wire_dateline_date",
        "d21_kuwait_times_print_edition.txt": "print_edition_stamp",
    }


def test_bad_inputs_are_rejected_with_a_reason(warehouse: Path) -> None:
    rows = dict_rows(warehouse, "select input_name, reason from raw.rejected_inputs")
    reasons = {r["input_name"]: r["reason"] for r in rows}
    assert reasons.get("empty.txt") == "empty"
    assert reasons.get("binary.txt")
    assert reasons.get("cookie_wall.txt") == "not_an_article"
    assert reasons.get("terminal_teaser.txt") == "not_an_article"
    assert reasons.get("email_only.txt") == "not_an_article"


def test_round4_outlets_and_titles_carry_their_rule(warehouse: Path) -> None:
    rows = dict_rows(
        warehouse,
        "select a.input_name, s.kind, s.rule from staging.stg_nlp__article_signals s "
        "join marts.articles a using (article_id) "
        "where s.rank = 1 and s.flag is null and s.kind in ('source', 'title') "
        "and a.input_name in ('f24_stuff_nz_name_editor_lines.txt', 'g01_lexisnexis_export.txt',"
        " 'g02_factiva_export.txt')",
    )
    got = {(r["input_name"], r["kind"]): r["rule"] for r in rows}
    assert got[("f24_stuff_nz_name_editor_lines.txt", "source")] == "masthead_confirmed"
    assert got[("g01_lexisnexis_export.txt", "title")] == "doc_title"
    assert got[("g02_factiva_export.txt", "source")] == "factiva_source"


def test_round5_outlets_and_titles_carry_their_rule(warehouse: Path) -> None:
    rows = dict_rows(
        warehouse,
        "select a.input_name, s.kind, s.rule from staging.stg_nlp__article_signals s "
        "join marts.articles a using (article_id) "
        "where s.rank = 1 and s.flag is null and s.kind in ('source', 'title') "
        "and a.input_name in ('h05_msn_syndicated_newsweek.txt', "
        "'h22_obsidian_clipper_front_matter.txt', 'h23_markdown_clipped_line.txt')",
    )
    got = {(r["input_name"], r["kind"]): r["rule"] for r in rows}
    assert got[("h05_msn_syndicated_newsweek.txt", "source")] == "syndicated_outlet"
    assert got[("h22_obsidian_clipper_front_matter.txt", "title")] == "front_matter_title"
    assert got[("h23_markdown_clipped_line.txt", "source")] == "domain_words"
