"""Property test: arbitrary text through cleaning and extraction never raises, and every offset
points at its text (`body[start:end] == text`): spans, quotes, speakers, cues, meetings and
participants."""

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration import settings as app_settings
from orchestration.lib.article_cleaning import clean_article
from orchestration.lib.entities import build_nlp, extract_entity_spans
from orchestration.lib.meetings import extract_meetings
from orchestration.lib.quotes import extract_quotes

NEWS_WORDS = [
    "The", "minister", "Emmanuel", "Macron", "met", "Olaf", "Scholz", "in", "Paris", "on",
    "Monday", ".", ",", "said", "told", "reporters", "\u201cWe", "agree", "\u201d", "\"", "'",
    "talks", "will", "hold", "summit", "Berlin", "next", "week", "U.N.", "Dr.", "(", ")", "NATO",
    "according", "to", "spokesman", "-", "\u2014", "\n", "\n\n", "By", "Reuters", "2024-03-01",
    "March", "5", "meeting", "with", "his", "counterpart", "Xi", "Jinping", "virtually", "?", "!",
    "caf\u00e9", "\u00abnon\u00bb", "\u05e9\u05dc\u05d5\u05dd", "\u4f1a\u8c08", "\u00a0", "\t",
]

news_like = st.lists(st.sampled_from(NEWS_WORDS), max_size=80).map(" ".join)
any_text = st.text(max_size=400)
texts = st.one_of(news_like, any_text,
                  st.tuples(news_like, any_text, news_like).map(lambda parts: "".join(parts)))


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp(app_settings.spacy_model(), app_settings.REFERENCE_DIR)


def check(body: str, start: int | None, end: int | None, text: str | None, what: str) -> None:
    if start is None and end is None and text is None:
        return
    assert start is not None and end is not None and text is not None, what
    assert 0 <= start <= end <= len(body), (what, start, end)
    assert body[start:end] == text, (what, body[start:end], text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(raw=texts)
def test_cleaning_and_extraction_never_raise_and_keep_offsets(nlp: spacy.Language,
                                                              raw: str) -> None:
    cleaned = clean_article(raw, {"title": None, "source": None, "url": None,
                                  "published_at": None})
    body = cleaned.body_text
    assert isinstance(body, str)
    doc = nlp(body)
    assert doc.text == body
    for span in extract_entity_spans(doc):
        check(body, span.start_char, span.end_char, span.text, "entity")
    for quote in extract_quotes(doc):
        check(body, quote.start_char, quote.end_char, quote.quote_text, "quote")
        check(body, quote.speaker_start, quote.speaker_end, quote.speaker_text, "speaker")
        check(body, quote.cue_start, quote.cue_end, quote.cue_text, "cue")
    for meeting in extract_meetings(doc, None, None):
        assert 0 <= meeting.evidence_start <= meeting.evidence_end <= len(body)
        check(body, meeting.trigger_start, meeting.trigger_end, meeting.trigger_text, "trigger")
        check(body, meeting.date_start, meeting.date_end, meeting.date_text, "date")
        check(body, meeting.place_start, meeting.place_end, meeting.place_text, "place")
        for participant in meeting.participants:
            check(body, participant.start_char, participant.end_char, participant.text,
                  "participant")
