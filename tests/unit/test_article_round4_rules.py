"""Rules written for the fourth held-out battery (tests/unit/article_battery_pages_4.py).

Each test fails without its rule; docs/articles.md ("Round 4") lists them.
"""

from __future__ import annotations

import pytest

from orchestration.lib.article_cleaning import CleanedArticle, clean_article

STORY_1 = ("Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on "
           "Thursday to discuss the war in Gaza.")
STORY_2 = "The two ministers also reviewed trade and energy projects, the ministry said."
STORY_3 = "Fidan is due to travel to Doha on Friday."
HEADLINE = "Fidan meets Abdelatty in Cairo"


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
    "Categories: News, East Africa, Politics",
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
