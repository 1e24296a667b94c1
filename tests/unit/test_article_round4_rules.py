"""Rules written for the fourth held-out battery (tests/unit/article_battery_pages_4.py).

Each test fails without its rule; docs/articles.md ("Round 4") lists them.
"""

from __future__ import annotations

import pytest

from orchestration.lib.article_cleaning import clean_article
from orchestration.lib.article_dates import match_stamp
from tests.unit.test_article_round3_rules import best, best_rule, page

STORY_1 = ("Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on "
           "Thursday to discuss the war in Gaza.")
STORY_2 = "The two ministers also reviewed trade and energy projects, the ministry said."
STORY_3 = "Fidan is due to travel to Doha on Friday."
HEADLINE = "Fidan meets Abdelatty in Cairo"




# --- furniture rows (seeds/reference/furniture_patterns.csv) ---------------------------------

FOOTER_ROWS = [
    "Skip to navigation",
    "Published by Associated Newspapers Ltd",
    "Part of the Daily Mail, The Mail on Sunday & Metro Media Group",
    "Share or comment on this article:",
    "This article was originally published in German.",
    "Translation of an article originally published in French on lemonde.fr; the publisher may "
    "only be liable for the French version.",
    "Translated by Google",
    "Translated from: Arabic",
    "Show original",
    "Original: https://www.kommersant.ru/doc/7634512",
    "Rate this translation",
    "Lire en français",
    "Subscribers only",
    "Join ST's WhatsApp Channel and get the latest news and must-reads.",
    "Support independent journalism",
    "Support Meduza",
    "We need your help. Meduza is banned in Russia, and our work depends on readers like you.",
    "Hi, this is Martin. I wrote this article and I hope it was useful. Please consider "
    "supporting our journalism.",
    "Note from the author:",
    "TEXT AD: Call Willie - +2348098788999",
    "Full article 2 comments",
    "Open this photo in gallery:",
    "Report a technical issue",
    "Get breaking news alerts directly to your phone with our app.",
    "Saved to Pocket",
    "Read in app",
    "View Original",
    "Archive · Tags · Share",
    "∙ Paid",
    "Thanks for reading The Levant Brief! Subscribe for free to receive new posts.",
    "Type your email...",
    "Share this post",
    "The Diplomat Brief is a weekly newsletter from The Diplomat.",
    "You are receiving this email because you subscribed at thediplomat.com.",
    "Unsubscribe",
    "Page 2 of 2",
    "- 1 -",
    "IP/24/1513",
    "---------- Forwarded message ---------",
    "Sent from my iPhone",
    "Guid: https://www.example.org/news/ruto-meets-xi-4750000",
    "Text-only version",
    "47 captures",
    "About this capture",
    "@BarakRavid",
    "Reposts",
    "1.2K",
    "Show replies",
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
    "[10:00:00]",
    "(BEGIN VIDEOTAPE)",
    "CNN TRANSCRIPTS",
    "Watch Sky News live",
    "by Agencies",
    "Tahir Amin | Staff Reporter",
    "Richard Spencer, Middle East Correspondent",
    "KENJI KAWASE, Nikkei staff writer",
    "Copyright © africanews",
    "Copyright Business Recorder, 2024",
    "Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS "
    "USA Edition",
]


@pytest.mark.parametrize("line", FOOTER_ROWS)
def test_page_furniture_of_round_4_is_removed(line: str) -> None:
    a = clean_article(page(HEADLINE, "November 3, 2024", STORY_1, STORY_2, STORY_3, line))
    assert line not in a.body_text
    assert all(s in a.body_text for s in (STORY_1, STORY_2, STORY_3))


# --- how the page was carried: e-mail, feed, cache, archive --------------------------------


def test_an_email_header_block_is_removed_and_its_date_is_not_the_article_date() -> None:
    a = clean_article(page(
        "---------- Forwarded message ---------", "From: Leila <leila@example.com>",
        "Date: Tue, Feb 11, 2025 at 7:02 AM", "Subject: Fidan in Cairo", "To: Omar <o@example.org>",
        "", HEADLINE, "February 10, 2025", STORY_1, STORY_2))
    assert best(a, "published_date") == "2025-02-10"
    assert best(a, "title") == HEADLINE
    assert "From:" not in a.body_text and "Subject:" not in a.body_text


def test_a_feed_item_dump_gives_title_address_and_date() -> None:
    a = clean_article(page(
        "Title: Fidan meets Abdelatty in Cairo",
        "Link: https://www.aljazeera.com/news/2024/11/3/fidan-meets-abdelatty",
        "Published: Sun, 03 Nov 2024 14:22:10 +0300", "Description:", STORY_1, STORY_2))
    assert best(a, "title") == HEADLINE and best_rule(a, "title") == "feed_title"
    assert best(a, "published_date") == "2024-11-03"
    assert best(a, "source") == "Al Jazeera"
    assert "Title:" not in a.body_text and "Link:" not in a.body_text


def test_markup_lines_of_an_atom_entry_are_removed_and_give_title_and_address() -> None:
    a = clean_article(page(
        "<entry>", f"<title>{HEADLINE}</title>",
        '<link href="https://www.aljazeera.com/news/2024/11/3/fidan"/>',
        "<published>2024-11-03T18:40:12+05:00</published>",
        "<author><name>Staff Report</name></author>", '<content type="text">', STORY_1,
        STORY_2, "</content>", "</entry>"))
    assert best(a, "title") == HEADLINE
    assert best(a, "source") == "Al Jazeera"
    assert best(a, "published_date") == "2024-11-03"
    assert "<" not in a.body_text and STORY_2 in a.body_text


def test_a_web_cache_header_is_removed_and_names_the_saved_page() -> None:
    a = clean_article(page(
        "This is Google's cache of https://www.aljazeera.com/news/2024/11/3/fidan-meets. It is a "
        "snapshot of the page as it appeared on 5 Nov 2024 03:12:45 GMT. The current page could "
        "have changed in the meantime. Learn more.", HEADLINE, STORY_1, STORY_2))
    assert best(a, "title") == HEADLINE
    assert best(a, "published_date") == "2024-11-03"
    assert best(a, "source") == "Al Jazeera"
    assert "Google's cache" not in a.body_text


def test_an_archive_header_gives_the_saved_address_not_the_capture_date() -> None:
    a = clean_article(page(
        "The Wayback Machine - https://web.archive.org/web/20241105061530/"
        "https://www.aljazeera.com/news/2024/11/3/fidan-meets", HEADLINE, STORY_1, STORY_2))
    assert best(a, "published_date") == "2024-11-03"
    assert best(a, "source") == "Al Jazeera"
    assert "Wayback" not in a.body_text and best(a, "title") == HEADLINE


def test_a_bare_domain_line_of_a_reader_app_copy_names_the_outlet() -> None:
    a = clean_article(page("Saved to Pocket", HEADLINE, "aljazeera.com", "5 min read",
                           STORY_1, STORY_2))
    assert best(a, "source") == "Al Jazeera"
    assert "aljazeera.com" not in a.body_text


# --- header, masthead, outlet ------------------------------------------------------------------


def test_a_stamp_under_a_long_menu_is_read() -> None:
    menu = ["Skip to main content", "Home", "World", "Europe", "Africa", "Asia", "Americas",
            "Sport", "Culture", "Opinion", "Europe live"]
    a = clean_article(page(*menu, HEADLINE, "Sun 3 Nov 2024 11.02 GMT", STORY_1, STORY_2,
                           STORY_3, STORY_1.replace("Thursday", "Friday"), "Reuse this content",
                           "Explore more on these topics"))
    assert best(a, "published_date") == "2024-11-03"


def test_a_masthead_is_found_over_section_labels() -> None:
    a = clean_article(page("South China Morning Post", "China", "Diplomacy", HEADLINE,
                           STORY_1, STORY_2))
    assert best(a, "source") == "South China Morning Post"
    assert best(a, "title") == HEADLINE


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("THE TIMES", "The Times"), ("KYODO NEWS", "Kyodo News"),
    ("MercoPress, South Atlantic News Agency", "MercoPress"),
    ("Novaya Gazeta Europe", "Novaya Gazeta Europe"), ("The Levant Brief", "The Levant Brief"),
])
def test_a_masthead_in_capitals_or_with_a_tagline_names_the_outlet(masthead: str,
                                                                    outlet: str) -> None:
    a = clean_article(page(masthead, HEADLINE, STORY_1, STORY_2))
    assert best(a, "source") == outlet and best(a, "title") == HEADLINE


def test_a_breadcrumb_row_is_no_title() -> None:
    a = clean_article(page("Sign in", "World | Middle East", HEADLINE, STORY_1, STORY_2))
    assert best(a, "title") == HEADLINE


@pytest.mark.parametrize(("top", "again", "outlet"), [
    ("Meduza", "Support Meduza", "Meduza"),
    ("Stuff", "© 2024 Stuff Limited", "Stuff"),
    ("DER SPIEGEL", "© DER SPIEGEL 2023", "Der Spiegel"),
    ("africanews.", "Copyright © africanews", "Africanews"),
])
def test_a_name_over_the_headline_that_the_footer_repeats_is_the_outlet(
    top: str, again: str, outlet: str
) -> None:
    a = clean_article(page(top, HEADLINE, "November 3, 2024", STORY_1, STORY_2, STORY_3, again))
    assert best(a, "source") == outlet and best_rule(a, "source") == "masthead_confirmed"


def test_a_name_repeated_only_in_story_lines_is_no_outlet() -> None:
    a = clean_article(page("Criteria", "Criteria 1", STORY_1, "Criteria 2", STORY_2))
    assert best(a, "source") is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("© 2025 The Irish Times DAC", "The Irish Times"),
    ("Copyright Business Recorder, 2024", "Business Recorder"),
    ("Copyrights 2017, The Daily Star - All Rights Reserved", "The Daily Star"),
    ("Copyright 2025 SPH Media Limited.", None),
    ("Copyright 2024 The Associated Press. All rights reserved.", None),
])
def test_a_copyright_line_names_the_outlet_but_not_a_company_or_a_wire(
    line: str, outlet: str | None
) -> None:
    a = clean_article(page(HEADLINE, STORY_1, STORY_2, STORY_3, line))
    assert best(a, "source") == outlet


def test_the_page_address_spelled_as_a_line_names_the_outlet() -> None:
    a = clean_article(page("Translated by Google", "Original: https://www.kommersant.ru/doc/7634512",
                           HEADLINE, "Kommersant", STORY_1, STORY_2))
    assert best(a, "source") == "Kommersant" and best_rule(a, "source") == "domain_named_line"


def test_a_feed_channel_and_a_newsletter_footer_name_the_outlet() -> None:
    a = clean_article(page("Channel: The East African - News", f"Title: {HEADLINE}",
                           "Author: Staff", STORY_1, STORY_2))
    assert best(a, "source") == "The East African"
    b = clean_article(page(HEADLINE, STORY_1, STORY_2, "--",
                           "The Diplomat Brief is a weekly newsletter from The Diplomat."))
    assert best(b, "source") == "The Diplomat"


def test_a_running_head_with_a_page_number_is_removed_and_is_no_title() -> None:
    a = clean_article(page("European Commission - Press release", HEADLINE, STORY_1,
                           "European Commission - Press release                      1", STORY_2))
    assert best(a, "title") == HEADLINE
    assert "Press release" not in a.body_text and STORY_2 in a.body_text


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stamp", "day"), [
    ("Thursday October 10 2024, 6.00pm, The Times", "2024-10-10"),
    ("Madrid - 21 feb 2024 - 15:30 CET", "2024-02-21"),
    ("January 14, 2025 10:21 PM 2 min read", "2025-01-14"),
    ("2024年11月12日 19:05", "2024-11-12"),
])
def test_stamps_of_round_4_are_read(stamp: str, day: str) -> None:
    st = match_stamp(stamp, near_edge=True)
    assert st is not None and st.candidates[0].isoformat() == day


def test_an_event_named_with_its_date_is_no_stamp() -> None:
    assert match_stamp("EU-China Summit, 24 July 2025, Beijing", near_edge=True) is None
    a = clean_article(page("EU-China Summit, 24 July 2025, Beijing", "Euractiv", HEADLINE,
                           "Jul 22, 2025", STORY_1, STORY_2))
    assert best(a, "published_date") == "2025-07-22"
    assert "EU-China Summit" not in a.body_text


def test_a_span_of_two_dates_is_no_stamp() -> None:
    assert match_stamp("18 Aug 2017 - 03 Mar 2022", near_edge=True) is None


def test_an_ambiguous_date_is_read_as_the_day_the_lede_names() -> None:
    lede = ("Ethiopian Prime Minister Abiy Ahmed received Somali President Hassan Sheikh Mohamud "
            "in Addis Ababa on Sunday, weeks after the two countries restored ties.")
    a = clean_article(page(HEADLINE, "Last updated: 12/01/2025 - 14:20", lede, STORY_2))
    assert best(a, "published_date") == "2025-01-12"  # a Sunday; 1 December 2025 is a Monday


def test_a_lower_case_byline_is_no_continuation_of_the_headline() -> None:
    a = clean_article(page("The Kyiv Independent", HEADLINE, "by Martin Fornusek",
                           "January 14, 2025", STORY_1, STORY_2))
    assert best(a, "title") == HEADLINE and "Fornusek" not in a.body_text


def test_a_one_word_masthead_ending_with_a_period_is_a_label() -> None:
    a = clean_article(page("africanews.", "Ethiopia", HEADLINE, STORY_1, STORY_2))
    assert a.body_text.startswith(STORY_1[:20])


# --- captions, link boxes, transcripts, bylines, addresses --------------------------------------


def test_a_credit_glued_to_a_caption_removes_the_caption() -> None:
    caption = "Fidan speaks with Abdelatty in Cairo on Thursday.Kevin Lamarque/Reuters"
    a = clean_article(page(HEADLINE, caption, "November 3, 2024", STORY_1, STORY_2))
    assert "Lamarque" not in a.body_text and STORY_1 in a.body_text


def test_a_related_topic_box_is_removed() -> None:
    a = clean_article(page(HEADLINE, STORY_1, STORY_2, "Related topic", "Turkey-Egypt relations",
                           "Hakan Fidan visit"))
    assert "Turkey-Egypt relations" not in a.body_text


def test_the_show_line_of_a_transcript_gives_the_title() -> None:
    a = clean_article(page("CNN NEWSROOM", "Fidan Meets Abdelatty in Cairo. Aired 10-11a ET",
                           "Aired November 3, 2024 - 10:00   ET",
                           "ANCHOR: " + STORY_1, "ANCHOR: " + STORY_2))
    assert best(a, "title") == "Fidan Meets Abdelatty in Cairo"
    assert best(a, "source") == "CNN"


def test_a_byline_writing_for_an_outlet_names_it() -> None:
    a = clean_article(page(HEADLINE, "By REBECCA ENGLISH, ROYAL EDITOR FOR THE DAILY MAIL",
                           "November 3, 2024", STORY_1, STORY_2))
    assert best(a, "source") == "Daily Mail" and best_rule(a, "source") == "byline_for_outlet"


def test_a_month_name_in_the_page_address_gives_the_date() -> None:
    a = clean_article(page(
        "This is Google's cache of https://www.theguardian.com/politics/2024/sep/13/starmer. It "
        "is a snapshot of the page as it appeared on 15 Sep 2024 03:12:45 GMT.", HEADLINE,
        STORY_1, STORY_2))
    assert best(a, "published_date") == "2024-09-13" and best(a, "source") == "The Guardian"


def test_a_masthead_name_under_a_translated_headline_names_the_outlet() -> None:
    a = clean_article(page("Translated from: Arabic", HEADLINE, "Al-Ahram Gate",
                           "Sunday 3 November 2024 - 14:25", STORY_1, STORY_2))
    assert best(a, "source") == "Al-Ahram Gate"
    assert best_rule(a, "source") == "masthead_below_title"


# --- round 4b: exports, clippings and more mastheads --------------------------------------------

ROWS_4B = [
    "BODY", "412 words", "Document BKKPST0020241107ekb70000d", "Shared from Apple News",
    "Get the Apple News app", "👁 18.2K", "edited 14:05", "Forwarded from Kyiv Post",
    "A message from The Moscow Times:",
    "Dear readers, We are facing unprecedented challenges this year.", "Author Bio",
    "Get Latest India News along with Latest News and Top Headlines from India and around the "
    "world.",
    "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other titles.",
    "arin@heraldcorp.com", "By: Krixia Subingsubing - Reporter / @KSubingsubingINQ",
    "This article was produced as part of the Resonant Voices Initiative.",
]


@pytest.mark.parametrize("line", ROWS_4B)
def test_page_furniture_of_round_4b_is_removed(line: str) -> None:
    a = clean_article(page(HEADLINE, "November 3, 2024", STORY_1, STORY_2, STORY_3, line))
    assert line not in a.body_text and STORY_3 in a.body_text


def test_a_database_export_gives_its_headline_and_not_its_load_date() -> None:
    a = clean_article(page(
        "Copyright 2024 The Japan Times Ltd.", "The Japan Times", "November 5, 2024 Tuesday",
        "SECTION: NATIONAL", "LENGTH: 312 words", f"HEADLINE: {HEADLINE}", "BODY", STORY_1,
        STORY_2, "LOAD-DATE: November 6, 2024", "LANGUAGE: ENGLISH"))
    assert best(a, "title") == HEADLINE and best_rule(a, "title") == "doc_title"
    assert best(a, "published_date") == "2024-11-05"
    assert "SECTION:" not in a.body_text and "LOAD-DATE" not in a.body_text


def test_a_clipping_names_its_source_and_headline() -> None:
    a = clean_article(page("Source: The Express Tribune", "Date: 3 November 2024",
                           f"Headline: {HEADLINE}", "", STORY_1, STORY_2))
    assert best(a, "source") == "The Express Tribune" and best(a, "title") == HEADLINE
    assert best(a, "published_date") == "2024-11-03"


def test_a_factiva_export_names_its_source() -> None:
    a = clean_article(page(HEADLINE, "By Wassana Nanuam", "412 words", "7 November 2024",
                           "Bangkok Post", "BKKPST", "English", STORY_1, STORY_2))
    assert best(a, "source") == "Bangkok Post" and best_rule(a, "source") == "factiva_source"
    assert "BKKPST" not in a.body_text and "English\n" not in a.body_text


@pytest.mark.parametrize(("stamp", "outlet"), [
    ("Philippine Daily Inquirer / 05:20 AM December 02, 2024", "Philippine Daily Inquirer"),
    ("Thursday October 10 2024, 6.00pm, The Times", "The Times"),
    ("TOI News Desk / Updated: Apr 22, 2025, 23:41 IST", None),
])
def test_an_outlet_named_in_the_stamp_line(stamp: str, outlet: str | None) -> None:
    a = clean_article(page(HEADLINE, stamp, STORY_1, STORY_2))
    assert best(a, "source") == outlet


@pytest.mark.parametrize(("masthead", "outlet"), [
    ("The Times of India", "The Times of India"), ("EUobserver", "EUobserver"),
    ("Balkan Insight", "Balkan Insight"),
])
def test_more_masthead_shapes(masthead: str, outlet: str) -> None:
    a = clean_article(page(masthead, "News", HEADLINE, STORY_1, STORY_2))
    assert best(a, "source") == outlet and best(a, "title") == HEADLINE


def test_a_day_with_a_period_before_the_month_is_read() -> None:
    st = match_stamp("Brussels, 11. Jun 2025, 09:12", near_edge=True)
    assert st is not None and st.candidates[0].isoformat() == "2025-06-11"


def test_an_author_block_closing_the_page_is_removed_but_a_last_answer_is_kept() -> None:
    a = clean_article(page(HEADLINE, STORY_1, STORY_2, "Sasa Dragojlo", "BIRN", "Belgrade"))
    assert "BIRN" not in a.body_text and "Dragojlo" not in a.body_text
    b = clean_article(page(HEADLINE, STORY_1, STORY_2, "Yes."))
    assert b.body_text.endswith("Yes.")


def test_an_author_bio_with_the_outlet_possessive_is_removed() -> None:
    a = clean_article(page(HEADLINE, "By Andrew Rettman", STORY_1, STORY_2,
                           "Andrew Rettman is EUobserver's foreign affairs editor."))
    assert "Rettman is" not in a.body_text


def test_a_year_first_date_keeps_its_reading_when_the_other_one_names_the_lede_weekday() -> None:
    lede = ("Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met CIA Director "
            "William Burns in Doha on Tuesday, a diplomatic source said.")
    a = clean_article(page(HEADLINE, "Published: 2024-02-07", lede, STORY_2))
    assert best(a, "published_date") == "2024-02-07"  # a Wednesday; 2 July 2024 is a Tuesday


def test_the_date_an_email_was_sent_is_used_only_when_the_page_prints_none() -> None:
    memo = page("From: Press Office <press@example.org>", "To: Editors <desk@example.org>",
                "Date: Tue, Feb 11, 2025 at 7:02 AM", "Subject: Fidan in Cairo", "",
                HEADLINE, STORY_1, STORY_2)
    a = clean_article(memo)
    assert best(a, "published_date") == "2025-02-11"
    assert best_rule(a, "published_date") == "email_sent_date"
    b = clean_article(memo.replace(HEADLINE, HEADLINE + "\nFebruary 10, 2025"))
    assert best(b, "published_date") == "2025-02-10"
