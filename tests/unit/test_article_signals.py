"""Unit tests for orchestration.lib.article_signals and orchestration.lib.language."""

from __future__ import annotations

from pathlib import Path

import pytest

from orchestration.lib.article_cleaning import clean_article
from orchestration.lib.article_signals import (
    ArticleSignal,
    host_of,
    load_outlet_signatures,
    parse_byline_line,
    parse_lede_dateline,
    parse_wire_agency,
    rank_signals,
    source_signals_from_text,
)
from orchestration.lib.language import detect_language

STORY = (
    "Officials from both countries met in the capital on Wednesday to discuss border security "
    "and trade, a government spokesman said."
)


def best_source(text: str, **kwargs: object) -> str | None:
    a = clean_article(text, **kwargs)  # type: ignore[arg-type]
    return next((s.value for s in a.signals if s.kind == "source" and s.rank == 1), None)


def test_default_signature_csv_loads() -> None:
    sigs = load_outlet_signatures()
    names = {s.source_name for s in sigs}
    assert {"Ynetnews", "Gulf News", "Arab News", "Hürriyet Daily News"} <= names
    assert all(s.pattern is not None or s.signature_kind == "domain" for s in sigs)


def test_user_extended_signature_csv(tmp_path: Path) -> None:
    csv_path = tmp_path / "sigs.csv"
    csv_path.write_text(
        "source_id,source_name,domain,signature_kind,pattern\n"
        "daily_x,The Daily X,dailyx.example,self_reference,\\btold The Daily X\\b\n"
        "bad,Bad Row,bad.example,banner,([unclosed\n",
        encoding="utf-8",
    )
    sigs = load_outlet_signatures(csv_path)
    assert [s.source_name for s in sigs] == ["The Daily X"]  # invalid regex skipped
    text = f"{STORY}\n\n“It went well,” the minister told The Daily X."
    assert best_source(text, outlet_signatures=sigs) == "The Daily X"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"{STORY}\n\n“It went well,” Erol told Arab News.", "Arab News"),
        (f"{STORY}\n\nHe told Gulf News on Wednesday in an exclusive interview that it was "
         "fine.", "Gulf News"),
        (f"Classifieds powered by Gulf News\n\n{STORY}", "Gulf News"),
        (f"Image Credit: Reuters\nThe minister arrives.\nGulf News\n\n{STORY}", "Gulf News"),
        (f"{STORY}\n\nפרסום ראשון: 08.17.17, 09:39", "Ynetnews"),
    ],
)
def test_outlet_from_text_signals(text: str, outlet: str) -> None:
    assert best_source(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        STORY,
        f"Photo: EPA\nThe minister arrives.\n\n{STORY}",
        f"Image Credit: Reuters\nThe minister arrives.\n\n{STORY}",
        f"{STORY}\n\n-with inputs from Reuters",
        f"{STORY}\n\nThe minister told Iranian state television that talks went well.",
        f"{STORY}\n\nThe minister spoke to AFP.",
    ],
)
def test_unknown_outlet_stays_unknown(text: str) -> None:
    assert best_source(text) is None


def test_byline_author_signature_has_lower_confidence() -> None:
    a = clean_article(f"Sevil Erkuş - TEHRAN\n{STORY}")
    src = next(s for s in a.signals if s.kind == "source")
    assert src.value == "Hürriyet Daily News"
    assert src.rule == "signature_byline_author"
    assert src.confidence < 0.7
    assert src.evidence == "Sevil Erkuş"


def test_credit_lines_are_excluded_from_text_matching() -> None:
    sigs = load_outlet_signatures()
    lines = ["Image Credit: Gulf News", STORY]
    assert source_signals_from_text(lines, sigs, excluded={0}) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sevil Erkuş - TEHRAN", ("Sevil Erkuş", "Tehran")),
        ("John Smith – NEW YORK", ("John Smith", "New York")),
        ("By Jane Doe", ("Jane Doe", None)),
        ("By Jane Doe, Reuters", ("Jane Doe", None)),
        ("Turkey increasing cooperation with Iran", None),
        ("ANKARA - Turkish and Iranian leaders met.", None),
        ("Photo - EPA", None),
    ],
)
def test_parse_byline_line(line: str, expected: tuple[str, str | None] | None) -> None:
    assert parse_byline_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ANKARA - Turkish and Iranian military leaders held talks.", "Ankara"),
        ("ANKARA: Following a series of talks.", "Ankara"),
        ("Dubai: Turkey and Iran have agreed.", "Dubai"),
        ("TEHRAN (Reuters) - Iran said on Monday.", "Tehran"),
        ("Update: the talks were postponed.", None),
        ("Photo: EPA", None),
        ("US - Officials said on Monday.", None),
        ("The minister said: We agree.", None),
    ],
)
def test_parse_lede_dateline(line: str, expected: str | None) -> None:
    assert parse_lede_dateline(line) == expected


def test_host_of() -> None:
    assert host_of("https://www.ynetnews.com/articles/0,7340,L-1.html") == "ynetnews.com"
    assert host_of("gulfnews.com/world") == "gulfnews.com"
    assert host_of("") is None
    assert host_of("http://[bad") is None


def test_rank_signals_prefers_unflagged_then_confidence() -> None:
    sigs = rank_signals([
        ArticleSignal("published_date", "2017-01-01", "a", "", 0, 1.0, "stated", "x"),
        ArticleSignal("published_date", "2017-01-02", "b", "", 0, 0.5, "stated"),
        ArticleSignal("published_date", "2017-01-03", "c", "", 0, 0.9, "stated"),
        ArticleSignal("title", "T", "d", "", 0, 0.1),
    ])
    ranks = {s.value: s.rank for s in sigs}
    assert ranks == {"2017-01-03": 1, "2017-01-02": 2, "2017-01-01": 3, "T": 1}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (STORY, "en"),
        ("הרמטכ\"ל האיראני נפגש עם נשיא טורקיה באנקרה ביום רביעי והשניים דנו בשיתוף הפעולה.", "he"),
        ("وصل رئيس الأركان الإيراني إلى أنقرة يوم الأربعاء لإجراء محادثات مع المسؤولين الأتراك.",
         "ar"),
        ("Начальник генштаба Ирана прибыл в Анкару в среду для переговоров с турецкими властями.",
         "ru"),
        ("Der iranische Generalstabschef ist am Mittwoch zu Gesprächen mit der Regierung in die "
         "Türkei gereist, und er wird auch den Präsidenten treffen.", "de"),
        ("İran Genelkurmay Başkanı bu hafta Ankara'ya geldi ve Türk yetkililerle görüştü, ama "
         "daha çok konu var ve bir sonraki görüşme için tarih yok.", "tr"),
        # short, name-heavy English (a wire flash): too few function words for the full test,
        # but English leads, so it is English (and annotated), with a lower score
        ("Erdogan meets Putin in Sochi", "en"),
        ("Biden hosted Modi at the White House.", "en"),
        # a tie between English and another language stays undetermined
        ("Der Kanzler traf Macron in Paris.", "und"),
        ("", "und"),
        ("1234 5678 !!!", "und"),
        ("Xyzzy plugh quux frobnicate wibble wobble", "und"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    got, score = detect_language(text)
    assert got == code
    assert 0.0 <= score <= 1.0
    if code == "und":
        assert score == 0.0
    if text in ("Erdogan meets Putin in Sochi", "Biden hosted Modi at the White House."):
        assert score <= 0.5


@pytest.mark.parametrize(("line", "agency"), [
    ("BEIRUT (Reuters) - Lebanese Prime Minister Nawaf Salam met an IMF team.", "Reuters"),
    ("ANKARA, Turkey (AP) — Erdogan met Putin in Sochi on Friday.", "Associated Press"),
    ("Baghdad (AFP) – Iraq's prime minister met the emir of Kuwait.", "AFP"),
    ("Tehran, IRNA – President Pezeshkian held a phone call.", "IRNA"),
    ("-with inputs from Reuters", "Reuters"),
    ("ANKARA - Turkish and Iranian military leaders held talks.", None),
    ("The AP reported (Reuters) later that day.", None),
])
def test_parse_wire_agency(line: str, agency: str | None) -> None:
    assert parse_wire_agency(line) == agency


def test_a_wire_dateline_is_not_the_outlet() -> None:
    from orchestration.lib.article_cleaning import clean_article

    page = ("Rivals see an opening after the debate\n"
            "WASHINGTON (AP) — Republican presidential candidates met donors in Washington on "
            "Monday, aides said.\n"
            "The meeting lasted two hours, according to people who attended it.\n")
    signals = {s.kind: s.value for s in clean_article(page).signals if s.rank == 1}
    assert "source" not in signals
    assert signals["wire_agency"] == "Associated Press"


@pytest.mark.parametrize(("line", "place"), [
    ("Baghdad (AFP) – Iraqi Prime Minister Mohammed Shia al-Sudani met the emir.", "Baghdad"),
    ("Tehran, IRNA – Iranian President Masoud Pezeshkian held a phone call.", "Tehran"),
    ("Kuwait City (KUNA) - The emir received the Iraqi prime minister.", "Kuwait City"),
    ("Officials (AFP) - said the talks went well.", None),
])
def test_title_case_place_before_a_wire_agency_is_a_dateline(line: str, place: str | None) -> None:
    assert parse_lede_dateline(line) == place
