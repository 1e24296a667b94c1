"""The world's capitals and the cities news is filed from, from the known-entities seed (and the
armed groups and blocs that news names most).

The small English model misses or mislabels many of them (as PERSON or ORG), most often the
non-Western ones, and a meeting without its place is a worse row.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from orchestration.lib.entities import build_nlp, extract_entity_spans
from orchestration.lib.entity_ruler import load_known_entities
from orchestration.lib.meetings import extract_meetings


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp()


def labelled(nlp: spacy.Language, text: str) -> dict[str, tuple[str, str | None]]:
    doc = nlp(text)
    return {s.text: (s.label, s.known_entity_key) for s in extract_entity_spans(doc)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials from Kyiv and Warsaw met last week.", "Kyiv"),
        ("Delegates arrived in Khartoum for the conference, officials said.", "Khartoum"),
        ("Izmir said it would respond.", "Izmir"),
        ("The minister held talks in Dushanbe on Monday.", "Dushanbe"),
    ],
)
def test_capitals_and_news_cities_are_places(nlp: spacy.Language, text: str, place: str) -> None:
    label, key = labelled(nlp, text)[place]
    assert label == "GPE"
    assert key is not None


def test_spelling_variants_of_a_city_share_one_key(nlp: spacy.Language) -> None:
    out = labelled(nlp, "The convoy left Kiev for Odessa; by Friday it had reached Kyiv.")
    assert out["Kiev"] == out["Kyiv"] == ("GPE", "kyiv")
    assert out["Odessa"] == ("GPE", "odesa")


def test_government_metonyms_stay_out_of_the_gazetteer() -> None:
    # "Washington", "Moscow", "Ankara" ... are a country's government as often as its city: the
    # SQL step decides, so the gazetteer must not give them a city key of their own.
    rows = load_known_entities()
    metonyms = {r["alias"] for r in rows if r["alias_kind"] == "government_metonym"}
    names = {r["alias"] for r in rows if r["alias_kind"] != "government_metonym"}
    assert metonyms and not metonyms & names


def test_a_meeting_takes_a_city_the_model_missed_as_its_place(nlp: spacy.Language) -> None:
    doc = nlp(
        "Ukrainian President Volodymyr Zelensky held a meeting with Polish Prime Minister "
        "Donald Tusk in Kyiv on Friday."
    )
    [meeting] = extract_meetings(doc, published_date=dt.date(2024, 6, 12))
    assert meeting.place_text == "Kyiv"
    assert {p.text for p in meeting.participants} == {"Volodymyr Zelensky", "Donald Tusk"}


def test_armed_groups_from_the_seed_are_organisations(nlp: spacy.language.Language) -> None:
    out = labelled(
        nlp, "The Houthis fired a missile, Hezbollah said, while the Taliban stayed silent."
    )
    assert out["Houthis"] == ("ORG", "houthis")
    assert out["Hezbollah"] == ("ORG", "hezbollah")
    assert out["Taliban"] == ("ORG", "taliban")
