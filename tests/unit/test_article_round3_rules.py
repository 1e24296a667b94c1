"""Rules written for the third held-out battery (tests/unit/article_battery_pages_3.py).

Each test fails without its rule; docs/articles.md ("Round 3") lists them.
"""

from __future__ import annotations

from datetime import date

import pytest

from orchestration.lib.article_cleaning import CleanedArticle, clean_article
from orchestration.lib.article_dates import match_stamp, numeric_date_candidates
from orchestration.lib.article_signals import parse_byline_line

STORY_1 = ("Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on "
           "Thursday to discuss the war in Gaza.")
STORY_2 = "The two ministers also reviewed trade and energy projects, the ministry said."
STORY_3 = "Fidan is due to travel to Doha on Friday."


def best(article: CleanedArticle, kind: str) -> str | None:
    sig = next((s for s in article.signals if s.kind == kind and s.rank == 1 and s.flag is None),
               None)
    return sig.value if sig else None


def best_rule(article: CleanedArticle, kind: str) -> str | None:
    sig = next((s for s in article.signals if s.kind == kind and s.rank == 1 and s.flag is None),
               None)
    return sig.rule if sig else None


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- cleaning --------------------------------------------------------------------------------


def test_a_credit_closing_the_page_does_not_take_the_last_story_sentence() -> None:
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, STORY_3,
                           "Photo: VCG"))
    assert STORY_3 in a.body_text and "Photo: VCG" not in a.body_text


def test_a_caption_standing_apart_above_a_closing_credit_is_still_removed() -> None:
    caption = "Fidan and Abdelatty shake hands in Cairo on Thursday."
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, STORY_3, "",
                           caption, "Photo: AFP"))
    assert caption not in a.body_text and STORY_3 in a.body_text


def test_a_headline_ending_in_a_place_name_with_an_apostrophe_is_a_title() -> None:
    a = clean_article(page("Deputy FM meets UN envoy in Sana'a", STORY_1, STORY_2))
    assert best(a, "title") == "Deputy FM meets UN envoy in Sana'a"


def test_a_menu_in_another_script_above_the_masthead_is_looked_past() -> None:
    a = clean_article(page("الرئيسية", "أخبار", "Al Mayadeen English",
                           "Fidan meets Abdelatty in Cairo", STORY_1, STORY_2))
    assert best(a, "source") == "Al Mayadeen English"
    assert best(a, "title") == "Fidan meets Abdelatty in Cairo"
    assert "Al Mayadeen" not in a.body_text


def test_an_acronym_spelled_out_by_the_next_line_is_a_masthead() -> None:
    a = clean_article(page("ISNA", "Iranian Students' News Agency",
                           "Iran's speaker meets Russian Duma chief in Moscow", STORY_1, STORY_2))
    assert best(a, "source") == "Iranian Students' News Agency"
    assert best(a, "title") == "Iran's speaker meets Russian Duma chief in Moscow"


def test_an_uncredited_acronym_over_a_line_it_does_not_spell_is_not_a_masthead() -> None:
    a = clean_article(page("OPEC", "Oil Ministers Meet In Vienna Today",
                           "Fidan meets Abdelatty in Cairo", STORY_1, STORY_2))
    assert best(a, "source") is None


def test_the_issuing_ministry_above_a_press_release_headline_is_not_the_title() -> None:
    a = clean_article(page("Ministry of Foreign Affairs of the Republic of Türkiye",
                           "Press Release No: 187, 12 September 2024",
                           "Regarding the Visit of Foreign Minister Hakan Fidan to Egypt",
                           STORY_1, STORY_2))
    assert best(a, "title") == "Regarding the Visit of Foreign Minister Hakan Fidan to Egypt"
    assert "Ministry of Foreign Affairs" not in a.body_text


def test_a_ministry_headline_with_no_other_headline_stays_the_title() -> None:
    a = clean_article(page("Ministry of Defence Denies Reports of Talks", STORY_1, STORY_2))
    assert best(a, "title") == "Ministry of Defence Denies Reports of Talks"


@pytest.mark.parametrize("header", ["Read Next", "Most Visited", "Trending now", "Keywords"])
def test_teaser_box_headers_take_their_links(header: str) -> None:
    teaser = "Hezbollah targets Israeli positions"
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, header, teaser))
    assert a.body_text == f"{STORY_1}\n\n{STORY_2}"


def test_a_byline_of_two_reporters_in_a_city() -> None:
    assert parse_byline_line("By Nike Ching and Anita Powell in Doha") == (
        "Nike Ching and Anita Powell", "Doha")
    a = clean_article(page("Blinken meets Qatari PM in Doha",
                           "By Nike Ching and Anita Powell in Doha", STORY_1, STORY_2))
    assert "Nike Ching" not in a.body_text


# --- furniture rows (seeds/reference/furniture_patterns.csv) ----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Staff writer",
        "0:00",
        "Follow the latest news on the Khaleej Times WhatsApp channel",
        "Subscribe to our channel",
        "News Code: 85571234",
        "Your email address will not be published.",
        "Leave a Reply",
        "Comments 12",
        "By JERUSALEM POST STAFF and REUTERS",
        "By i24NEWS",
        "Jerusalem Post Store",
        "Search Trends",
        "— AFP",
        "--SPA",
        "dh/rs (Reuters, AFP)",
        "Some information for this report came from The Associated Press and Reuters.",
        "With reporting by AFP and Reuters",
        "Skip next section Explore more",
        "#Cho Tae-yul #Saudi Arabia",
        "© Sputnik / Sergei Bobylev",
        "(c) BBC Monitoring",
        "[Video shows the two ministers shaking hands]",
        "Before it's here, it's on the Bloomberg Terminal",
        "Join the conversation: @The_NewArab",
        "Watch video 1:32",
        "۱۴۰۳/۰۸/۰۱",
        "1403/05/27",
    ],
)
def test_round3_furniture_lines_are_removed(line: str) -> None:
    # at the foot of the page, where a short line is never taken for a crosshead
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, STORY_3, line))
    assert a.body_text == f"{STORY_1}\n\n{STORY_2}\n\n{STORY_3}"


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the two ministers did not discuss the gas pipeline, officials said.",
        "Some information about the meeting came from the Egyptian presidency, he said.",
        "Staff writers at the ministry prepared the joint statement before the talks.",
    ],
)
def test_story_lines_near_the_new_rows_are_kept(line: str) -> None:
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, line, STORY_2))
    assert line in a.body_text


# --- outlets (seeds/reference/outlet_signatures.csv) ------------------------------------------


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Naharnet", "Naharnet"), ("i24NEWS", "i24NEWS"), ("KAN News", "Kan News"),
        ("RIA Novosti", "RIA Novosti"), ("Sputnik International", "Sputnik"), ("CGTN", "CGTN"),
        ("NHK WORLD-JAPAN", "NHK World-Japan"), ("DW", "DW"), ("BBC Monitoring", "BBC Monitoring"),
        ("VOA", "VOA"), ("RFE/RL", "RFE/RL"), ("euronews", "Euronews"), ("Bloomberg", "Bloomberg"),
        ("POLITICO", "Politico"), ("AP News", "Associated Press"),
    ],
)
def test_round3_mastheads_name_their_outlet(masthead: str, outlet: str) -> None:
    a = clean_article(page(masthead, "Fidan meets Abdelatty in Cairo", STORY_1, STORY_2))
    assert best(a, "source") == outlet and masthead not in a.body_text


# --- dates ----------------------------------------------------------------------------------


def test_a_solar_hijri_numeric_date_before_the_gregorian_one_is_skipped() -> None:
    assert numeric_date_candidates("1403/05/27 - 2024-08-17 14:05") == (date(2024, 8, 17),)
    st = match_stamp("1403/05/27 - 2024-08-17 14:05", near_edge=True)
    assert st is not None and st.candidates == (date(2024, 8, 17),)


def test_an_all_caps_month_stamp() -> None:
    st = match_stamp("JANUARY 11, 2025 18:42", near_edge=True)
    assert st is not None and st.candidates == (date(2025, 1, 11),)


def test_a_labelled_stamp_with_a_time_glued_to_the_date_and_a_hijri_tail() -> None:
    st = match_stamp("Published: 17:45-30 May 2024 M ـ 22 Dhu al-Qadah 1445 H")
    assert st is not None and st.rule == "published_stamp"
    assert st.candidates == (date(2024, 5, 30),)


def test_a_print_edition_line_dates_a_page_with_no_web_stamp() -> None:
    a = clean_article(page(
        "Kuwait Times", "HH the Amir receives Egyptian FM", STORY_1, STORY_2,
        "This article appeared in print on page 2 of the July 30, 2024 edition of Kuwait Times."))
    assert best(a, "published_date") == "2024-07-30"
    assert best_rule(a, "published_date") == "print_edition_stamp"
    assert "appeared in print" not in a.body_text


def test_a_web_stamp_wins_over_the_print_edition_line() -> None:
    a = clean_article(page(
        "Netanyahu and Trump meet at Mar-a-Lago", "07/26/2024 08:12 PM EDT", STORY_1, STORY_2,
        "A version of this article appeared in print on July 27, 2024."))
    assert best(a, "published_date") == "2024-07-26"
    assert "appeared in print" not in a.body_text


def test_a_monitoring_source_line_dates_the_report() -> None:
    st = match_stamp("Source: IRINN TV, Tehran, in Persian 0830 gmt 4 Oct 24")
    assert st is not None and st.rule == "monitoring_source_stamp"
    assert st.candidates == (date(2024, 10, 4),)


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        ("Riyadh, November 03, 2024, SPA -- Crown Prince Mohammed bin Salman received a phone "
         "call from the Iranian president today.", "2024-11-03"),
        ("RAMALLAH, August 22, 2024 (WAFA) – President Mahmoud Abbas received the Russian "
         "envoy in Ramallah today.", "2024-08-22"),
        ("ABU DHABI, 5th May, 2024 (WAM) -- President Sheikh Mohamed bin Zayed received King "
         "Abdullah II of Jordan today.", "2024-05-05"),
        # ambiguous: 4 May 2024 was a Saturday, 5 April 2024 a Friday
        ("Doha, 04/05/2024 (QNA) – The Amir met the Iranian President at Lusail Palace on "
         "Saturday.", "2024-05-04"),
    ],
)
def test_a_wire_dateline_with_a_full_date_dates_the_story(lede: str, expected: str) -> None:
    a = clean_article(page("Leaders meet in the Gulf capital", lede, STORY_2))
    assert best(a, "published_date") == expected
    assert best_rule(a, "published_date") == "wire_dateline_date"
    assert lede in a.body_text


def test_a_wire_dateline_without_a_year_gives_no_stated_date() -> None:
    a = clean_article(page("Leaders meet in the Gulf capital",
                           "Riyadh, November 03 (SPA) -- The crown prince received a call.",
                           STORY_2))
    assert best(a, "published_date") is None


# --- cost: prefilters must not change what matches --------------------------------------------


def test_the_combined_furniture_regex_matches_exactly_the_lines_some_row_matches() -> None:
    from orchestration.lib.article_cleaning import _any_furniture, load_furniture_patterns
    from tests.unit.article_battery_pages import PAGES, PAGES_2
    from tests.unit.article_battery_pages_3 import PAGES_3

    rows = load_furniture_patterns()
    combined = _any_furniture(tuple(f.pattern.pattern for f in rows))
    assert combined is not None
    lines = {ln.strip() for p in {**PAGES, **PAGES_2, **PAGES_3}.values()
             for ln in p.text.splitlines() if ln.strip()}
    for line in lines:
        assert bool(combined.fullmatch(line)) == any(f.pattern.fullmatch(line) for f in rows)


def test_whole_line_signatures_are_measured_and_others_are_not() -> None:
    from orchestration.lib.article_signals import _whole_line_width

    assert _whole_line_width("^Naharnet$") == 8
    assert _whole_line_width("^(?:DW|Deutsche Welle)$") == 14
    assert _whole_line_width(r"\btold Naharnet\b") > 10_000
    assert _whole_line_width("^Naharnet.*$") > 10_000


def test_a_long_line_is_never_a_banner() -> None:
    from orchestration.lib.article_signals import banner_line_outlet, load_outlet_signatures

    sigs = load_outlet_signatures()
    assert banner_line_outlet("Naharnet", sigs) == "Naharnet"
    assert banner_line_outlet("Naharnet " * 11, sigs) is None


@pytest.mark.parametrize("line", ["- Iran", "— Turkey", "#1 seed advances to the final"])
def test_bullets_and_numbered_tags_are_not_credits_or_hashtags(line: str) -> None:
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, STORY_3, line))
    assert line in a.body_text


# --- round 3b (pages written after the round-3 rules) -------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Subscribe to Israel Hayom's Daily Newsletter", "Share this article on Facebook",
     "-- (Petra) H.S"],
)
def test_round3b_furniture_lines_are_removed(line: str) -> None:
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, STORY_3, line))
    assert a.body_text == f"{STORY_1}\n\n{STORY_2}\n\n{STORY_3}"


def test_popular_now_opens_a_teaser_box() -> None:
    a = clean_article(page("Fidan meets Abdelatty in Cairo", STORY_1, STORY_2, "Popular Now",
                           "Qatar Airways announces new routes"))
    assert a.body_text == f"{STORY_1}\n\n{STORY_2}"


def test_a_title_case_agency_name_credited_in_the_dateline_is_a_masthead() -> None:
    a = clean_article(page("Petra", "Jordan News Agency",
                           "King receives phone call from Egyptian President",
                           "Amman, Aug 17 (Petra) -- King Abdullah II received a phone call on "
                           "Saturday from the Egyptian president.", STORY_2))
    assert best(a, "source") == "Jordan News Agency"
    assert best(a, "title") == "King receives phone call from Egyptian President"


def test_a_section_word_is_not_a_masthead_even_when_the_lede_uses_it() -> None:
    a = clean_article(page("World", "Leaders meet in Washington on Gaza aid",
                           "WASHINGTON — World leaders met in Washington on Tuesday to discuss "
                           "aid to Gaza.", STORY_2))
    assert best(a, "source") is None


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [("Amwaj.media", "Amwaj.media"),
     ("Egypt State Information Service", "Egypt State Information Service"),
     ("Iran International", "Iran International"), ("Israel Hayom", "Israel Hayom")],
)
def test_round3b_mastheads_name_their_outlet(masthead: str, outlet: str) -> None:
    a = clean_article(page(masthead, "Fidan meets Abdelatty in Cairo", STORY_1, STORY_2))
    assert best(a, "source") == outlet and best(a, "title") == "Fidan meets Abdelatty in Cairo"


def test_a_capitals_dateline_closed_by_a_period_takes_the_copyright_year() -> None:
    a = clean_article(page("Azerbaijani, Iranian FMs meet in Baku",
                           "BAKU, Azerbaijan, November 4. Azerbaijani Foreign Minister Jeyhun "
                           "Bayramov met his Iranian counterpart in Baku, Trend reports.",
                           STORY_2, "© 2024 Trend News Agency"))
    assert best(a, "published_date") == "2024-11-04"
    assert best_rule(a, "published_date") == "wire_dateline_page_year"
