"""Rules written for the fifth held-out battery (tests/unit/article_battery_pages_5.py).

Each test fails without its rule; docs/articles.md ("Round 5") lists them. The pages here are
made up for the tests, none is a battery page.
"""

from __future__ import annotations

import pytest

from orchestration.lib.article_cleaning import clean_article
from orchestration.lib.article_dates import match_stamp, other_date_label
from tests.unit.test_article_round3_rules import best, best_rule, page

STORY_1 = ("Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on "
           "Thursday to discuss the war in Gaza.")
STORY_2 = "The two ministers also reviewed trade and energy projects, the ministry said."
STORY_3 = "Fidan is due to travel to Doha on Friday."
HEADLINE = "Fidan meets Abdelatty in Cairo"


def removed_reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_article(text).removed}


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "iso", "rule"), [
    ("Publié le : 05/06/2024 - 14:05", "2024-06-05", "published_stamp"),  # day first
    ("Modifié le : 05/06/2024 - 16:30", "2024-06-05", "updated_stamp"),
    ("Yayınlanma: 04.02.2025 18:22", "2025-02-04", "published_stamp"),
    ("Güncelleme: 04.02.2025 20:01", "2025-02-04", "updated_stamp"),
    ("Опубликовано: 18.04.2025 13:40", "2025-04-18", "published_stamp"),
    ("نشر في 2025/01/07", "2025-01-07", "published_stamp"),
    ("发布时间：2024-11-15 09:30", "2024-11-15", "published_stamp"),
    ("Publicado: 03/10/2024 11:05", "2024-10-03", "published_stamp"),
    ("Diterbitkan 09/11/2024, 20:15 WIB", "2024-11-09", "published_stamp"),
])
def test_dates_under_labels_of_other_languages(line: str, iso: str, rule: str) -> None:
    st = match_stamp(line, near_edge=True)
    assert st is not None and st.rule == rule and st.candidates[0].isoformat() == iso


def test_a_foreign_published_label_wins_over_its_update_label() -> None:
    a = clean_article(page("Accueil", HEADLINE, "Modifié le : 21/06/2024 - 16:30",
                           "Publié le : 20/06/2024 - 14:05", STORY_1, STORY_2, STORY_3))
    assert best(a, "published_date") == "2024-06-20"


@pytest.mark.parametrize("line", ["Event date: 20 May 2025", "Clipped: 2024-11-03 21:14",
                                  "date_saved: 2024-07-07 10:12:44", "created: 2024-10-10"])
def test_event_and_copy_date_labels_are_never_a_stamp(line: str) -> None:
    assert other_date_label(line) and match_stamp(line, near_edge=True) is None


def test_an_event_date_line_above_the_published_one_is_removed_and_not_read() -> None:
    a = clean_article(page(HEADLINE, "Event date: 20 May 2025", "Published: 16 May 2025",
                           STORY_1, STORY_2))
    assert best(a, "published_date") == "2025-05-16"
    assert "Event date" not in a.body_text


def test_a_byline_ending_with_a_numeric_date_and_time_is_a_stamp() -> None:
    st = match_stamp("by Jane Roe, opinion contributor - 10/25/24 8:00 AM ET", near_edge=True)
    assert st is not None and st.candidates[0].isoformat() == "2024-10-25"


# --- how the page was saved --------------------------------------------------------------------


def test_clipper_front_matter_gives_title_address_and_published_date_not_created() -> None:
    a = clean_article(page(
        "---", 'title: "Fidan and Abdelatty meet in Cairo"',
        'source: "https://www.cairogazette.com/2024/fidan-abdelatty"', "published: 2024-10-08",
        "created: 2024-10-10", "tags:", '  - "clippings"', "---",
        "# Fidan and Abdelatty meet in Cairo", STORY_1, STORY_2, STORY_3))
    assert best(a, "title") == "Fidan and Abdelatty meet in Cairo"
    assert best(a, "published_date") == "2024-10-08"
    assert best(a, "source") == "Cairo Gazette"  # the address's words
    assert "created" not in a.body_text and "clippings" not in a.body_text
    assert not a.body_text.startswith("#")


def test_markdown_heading_bold_labels_and_link_lines() -> None:
    a = clean_article(page(
        "# Fidan meets Abdelatty in Cairo", "**Outlet:** Cairo Courier",
        "**Published:** December 4, 2024", "[Read Original](https://example.org/x)", "",
        STORY_1, "", STORY_2, "", "*Saved with a web clipper*"))
    assert best(a, "title") == "Fidan meets Abdelatty in Cairo"
    assert best(a, "published_date") == "2024-12-04"
    assert best(a, "source") == "Cairo Courier"
    assert "**" not in a.body_text and "Read Original" not in a.body_text


def test_a_hashtag_line_is_not_a_markdown_heading() -> None:
    long_line = "# BREAKING " + " ".join([STORY_1] * 3)
    a = clean_article(page(long_line, STORY_2))
    assert a.body_text.startswith("# BREAKING")


def test_zero_width_spaces_and_directional_marks_are_removed() -> None:
    a = clean_article(page("Fidan\u200b meets Abdelatty in Cairo\u200e",
                           "\u200f" + STORY_1, STORY_2 + "\u200b"))
    assert best(a, "title") == HEADLINE
    assert "\u200b" not in a.body_text and "\u200f" not in a.body_text


def test_a_browser_print_header_and_footer() -> None:
    a = clean_article(page(
        "11/16/24, 9:14 AM\tFidan meets Abdelatty - The Cairo Chronicle", HEADLINE,
        "November 15, 2024", STORY_1, STORY_2, STORY_3,
        "https://www.cairochronicle.com/world/2024/11/15/fidan-abdelatty/\t1/3"))
    assert best(a, "title") == HEADLINE
    assert best(a, "published_date") == "2024-11-15"  # never the print's 11/16/24
    assert best(a, "source") == "The Cairo Chronicle"
    assert "9:14 AM" not in a.body_text and "cairochronicle.com" not in a.body_text


def test_a_page_title_line_is_removed_and_names_the_site() -> None:
    a = clean_article(page(
        HEADLINE + " - Nile Daily Hub", "Nile Daily Hub", HEADLINE, "18 December 2023 16:30",
        STORY_1, STORY_2, "https://nilehub.com/fidan-abdelatty/ 1/2"))
    assert best(a, "title") == HEADLINE
    assert "- Nile Daily Hub" not in a.body_text


# --- titles ------------------------------------------------------------------------------------


def test_the_headline_is_the_header_line_the_lede_is_about() -> None:
    a = clean_article(page("Cairo Courier", "Politics & Diplomacy",
                           "Sign up to our free breaking news emails", HEADLINE, STORY_1,
                           STORY_2, STORY_3))
    assert best(a, "title") == HEADLINE
    assert best_rule(a, "title") == "first_headline_line"
    assert "Sign up to our free" not in a.body_text


# --- the page's foot and header ----------------------------------------------------------------


@pytest.mark.parametrize("foot", [
    ["More to Read", "Become a sponsor"],
    ["Join our commenting forum",
     "Join thought-provoking conversations, follow other readers and see their replies"],
    ["Enter your email address to receive our daily newsletter"],
    ["You’ve read 1 article in the last month"],
    ["To contact Staff Writer Jane Roe, email jroe@cairocourier.com."],
    ["Enjoying this article? Click here to subscribe for full access. Just $5 a month."],
])
def test_the_foot_after_the_story_is_removed(foot: list[str]) -> None:
    a = clean_article(page(HEADLINE, STORY_1, STORY_2, STORY_3, *foot))
    assert STORY_3 in a.body_text
    assert [f for f in foot if f in a.body_text] == []


@pytest.mark.parametrize("last", [
    "This story has been updated with comments from the ministry.",
    "Correction: An earlier version of this article said the talks were held in Alexandria.",
    "All these years later, we remain caught between hope and fear.",
    "Share adjusted for a one-for-two reverse split in November 1985.",
    "Open interest in the contract passed 2,000 contracts for the first time. REUTER",
    "The payment date is March 31. REUTER",
])
def test_story_lines_at_the_foot_are_kept(last: str) -> None:
    a = clean_article(page(HEADLINE, STORY_1, STORY_2, last))
    assert last in a.body_text


def test_header_lines_around_the_headline_and_under_its_standfirst() -> None:
    a = clean_article(page(
        "THE CAIRO COURIER.", "English Edition", "An expert's point of view on a current event.",
        HEADLINE, "The two ministers met for the third time this year and spoke about Gaza.",
        "Jane Roe, Courier Staff", "Verified Staff Badge", "Listen to this article · 4 min",
        "Posted Mon, Oct 14, 2024 at 4:05 pm ET", STORY_1, STORY_2, STORY_3))
    body = a.body_text
    assert "The two ministers met for the third time" in body  # the standfirst stays
    for gone in ("English Edition", "An expert's point of view", "Verified Staff Badge",
                 "Listen to this article", "THE CAIRO COURIER"):
        assert gone not in body, gone


def test_a_header_note_about_this_article_is_not_the_lede() -> None:
    a = clean_article(page(
        "Cairo Courier", HEADLINE,
        "This is AI generated summary, which may have errors. For context, always refer to the "
        "full article.", "Summarize this article for a 10 year old", "Jane Roe",
        "Apr 29, 2025 5:36 PM", STORY_1, STORY_2))
    assert "AI generated summary" not in a.body_text
    assert "Summarize this article" not in a.body_text


@pytest.mark.parametrize("line", ["1 of 18", "18 photos", "9–11 minutes", "• 3h • 3 min read"])
def test_gallery_counters_and_reading_times_are_removed_anywhere(line: str) -> None:
    a = clean_article(page(HEADLINE, STORY_1, line, STORY_2, STORY_3))
    assert line not in a.body_text


def test_author_bios_of_any_role_and_in_appositive_form() -> None:
    for bio in ("Jane Roe is a senior fellow at the Cairo Institute for Peace.",
                "Jane Roe is Middle East editor at The Cairo Courier.",
                "Jane Roe is a consultant to the Institute for Security Studies.",
                "Jane Roe, a former UN under-secretary-general, is an MP for the Wafd Party."):
        a = clean_article(page(HEADLINE, "By Jane Roe", "October 25, 2024", STORY_1, STORY_2,
                               bio))
        assert bio not in a.body_text, bio
    a = clean_article(page(HEADLINE, "By Jane Roe", STORY_1, STORY_2,
                           "Omar Said is a senior fellow at the Cairo Institute for Peace."))
    assert "Omar Said is a senior fellow" in a.body_text  # not the page's author: story


def test_an_outlet_describing_itself_at_the_foot_is_removed_and_confirms_the_masthead() -> None:
    a = clean_article(page(
        "Nilewatch", "Regions", HEADLINE, "Jane Roe", "Nov 27, 2024", STORY_1, STORY_2,
        "Nilewatch is an independent news organization that covers Egypt and Sudan."))
    assert "independent news organization" not in a.body_text
    assert best(a, "source") == "Nilewatch"


def test_a_masthead_confirmed_by_a_bio_naming_it() -> None:
    a = clean_article(page("The Diplomatist", "Magazine", HEADLINE, "By Jane Roe",
                           "November 25, 2024", STORY_1, STORY_2,
                           "Jane Roe is Middle East editor at The Diplomatist."))
    assert best(a, "source") == "The Diplomatist"


# --- outlets -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://www.bangkokpost.com/world/2894512/x", "Bangkok Post"),
    ("https://www.thelocal.de/20241008/x", "The Local"),
    ("https://www.thedailyreporter.com/news/x", "The Daily Reporter"),
])
def test_an_outlet_read_from_the_words_of_the_page_address(url: str, outlet: str) -> None:
    a = clean_article(page("Source: " + url, HEADLINE, STORY_1, STORY_2))
    assert best(a, "source") == outlet


def test_an_address_without_an_outlet_word_gives_no_outlet() -> None:
    a = clean_article(page("Source: https://www.nytimes.com/2024/11/16/x.html", HEADLINE,
                           STORY_1, STORY_2))
    assert best(a, "source") is None  # "ny" + "times": too short to be a name


def test_a_masthead_spelled_by_a_domain_line_at_the_foot() -> None:
    a = clean_article(page("Nilewatch", "Politics", HEADLINE, "Jane Roe", "Apr 29, 2025",
                           STORY_1, STORY_2, "Nilewatch.com"))
    assert best(a, "source") == "Nilewatch"
    assert "Nilewatch.com" not in a.body_text


@pytest.mark.parametrize(("top", "outlet"), [("eNilewatch.com", "eNilewatch"),
                                             ("Civil.ge", "Civil.ge")])
def test_a_masthead_printed_as_a_domain(top: str, outlet: str) -> None:
    a = clean_article(page(top, "News", HEADLINE, "24.09.2024 • 22:15", STORY_1, STORY_2))
    assert best(a, "source") == outlet


@pytest.mark.parametrize("aggregator", ["Yahoo News", "MSN"])
def test_an_aggregator_copy_names_its_partner_as_the_outlet(aggregator: str) -> None:
    a = clean_article(page(aggregator, "Sign in", "Cairo Courier", HEADLINE, "Jane Roe",
                           "Mon, February 17, 2025 at 2:10 PM UTC", STORY_1, STORY_2))
    assert best(a, "source") == "Cairo Courier"
    assert best_rule(a, "source") == "syndicated_outlet"
    assert aggregator not in a.body_text


def test_a_gallery_title_after_photos_is_no_photo_credit() -> None:
    title = "Photos: Ministers Gather in Cairo for the Gaza Reconstruction Conference"
    a = clean_article(page("Cairo Courier", title, "Jane Roe", "November 12, 2024", STORY_1,
                           "Photo: Sean Gallup / Getty Images", STORY_2))
    assert best(a, "title") == title
    assert "Sean Gallup" not in a.body_text


def test_a_caption_closing_the_page_is_no_foot_label() -> None:
    caption = "Image caption, Fidan with his Egyptian counterpart Badr Abdelatty in Cairo in 2024"
    a = clean_article(page(HEADLINE, STORY_1, STORY_2, caption, "Related Topics"))
    assert caption in a.body_text and "Related Topics" not in a.body_text
