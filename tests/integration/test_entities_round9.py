"""Entities round 9: the rules from the audit of cross-document resolution on real news
(docs/entities.md, "Entities round 9"), end to end on one module-scoped warehouse built by the
real pipeline from small articles written for these tests (same constructions as the audit's
misses, other names; nothing copied from any corpus).

- A person's gender comes from the given name and gendered titles before pronouns: a "her" after
  the husband's full name does not hide that "Robert" is a man, so "Mrs. Hargrove" is Susan and
  "Mr. Hargrove" Robert (r01).
- A name written without a generational suffix is the father's: "Carl Whitmore" (r04) is "Carl R.
  Whitmore" (r03), never "Carl Whitmore Jr." (r02).
- A bare surname across articles that several full names of the corpus carry is the one bearer
  named in full in five articles or more and ten times as many as all the others that its
  titles' sex allows ("Mr. Kessler", k07); not when two bearers are both named (h08).
- A company written with its legal form whose name is one word ("Radio Holdings Inc.") is never
  the short form of a longer name ("Harbor Radio") once the legal forms are dropped from its
  key (r06).
- A capitalized word that opens a sentence and that the tagger reads as a verb, adverb,
  preposition or common noun is not part of the person's name after it ("Telling Dermot
  Ashby to resign ...", r05).
"""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts
from tests.integration.test_entities_round7 import MENTION_ROWS_SQL, Ids, located_ids

pytestmark = pytest.mark.integration

ARTICLES: dict[str, str] = {
    "r01_hargrove.txt": (
        "Hargrove campaign opens in Dayton\n"
        "\n"
        "Senator Susan Hargrove opened her campaign in Dayton on Monday. Her husband, former "
        "Governor Robert Hargrove, stood beside her and waved to the crowd.\n"
        "\n"
        "Robert Hargrove, who said she would win, left before the speeches ended.\n"
        "\n"
        "Mrs. Hargrove promised to cut taxes for small farms and to build two bridges over the "
        "river.\n"
        "\n"
        "Mr. Hargrove later told reporters that the bridges were long overdue.\n"
        "\n"
        "Mrs. Hargrove will speak in Toledo on Friday.\n"
    ),
    "r02_whitmore_son.txt": (
        "Young builder wins contract\n"
        "\n"
        "Carl Whitmore Jr. won a contract to rebuild the harbour wall in Savannah on Tuesday. "
        "The firm he founded last year employs forty people.\n"
    ),
    "r03_whitmore_father.txt": (
        "Shipping magnate retires\n"
        "\n"
        "Carl R. Whitmore, the shipping magnate, retired on Wednesday after fifty years at the "
        "company his grandfather founded in Savannah.\n"
    ),
    "r04_whitmore.txt": (
        "Port board names new chair\n"
        "\n"
        "The port board named a new chair on Thursday. Carl Whitmore, who led the board for a "
        "decade, thanked the staff.\n"
    ),
    "r05_pickering.txt": (
        "Council row deepens\n"
        "\n"
        "Dermot Ashby, the council leader, refused to resign on Monday after a vote of no "
        "confidence in Leeds.\n"
        "\n"
        "The vote was close. Telling Dermot Ashby to resign was a mistake, his deputy said later.\n"
    ),
    "r06_sky_news.txt": (
        "Broadcaster changes hands\n"
        "\n"
        "Harbor Radio will be sold to a new owner, the station said on Monday. Its parent, "
        "Radio Holdings Inc., agreed to sell it to a fund based in Toronto.\n"
        "\n"
        "Harbor Radio employs 50 journalists in Baltimore.\n"
    ),
    "r07_veto.txt": (
        "Veto threat over farm bill\n"
        "\n"
        "The White House said on Monday that it would veto the farm bill. The House passed the "
        "bill by twenty votes last week, and the Senate will vote on it in June.\n"
    ),
    "r08_marsh.txt": (
        "Marsh wins in South Dakota\n"
        "\n"
        "Governor Lena Marsh won the primary in South Dakota on Tuesday. She has done well across "
        "the South this year, winning four states.\n"
    ),
}

# a governor named in full in five articles, his sister in one; then two articles that write only
# "Mr. Kessler" / "Kessler"; and a surname two men carry, one in five articles, one in two
TOWNS = ["Albany", "Trenton", "Dover", "Hartford", "Concord"]
for number, town in enumerate(TOWNS, start=1):
    ARTICLES[f"k0{number}_kessler.txt"] = (
        f"Governor visits {town}\n"
        "\n"
        f"Governor Peter Kessler visited {town} on Monday to open a new school. Kessler said "
        "the state would pay for two more schools next year.\n"
    )
    ARTICLES[f"h0{number}_halvard.txt"] = (
        f"Mayor opens library in {town}\n"
        "\n"
        f"Mayor Peter Halvard opened a library in {town} on Tuesday. Halvard thanked the "
        "volunteers who raised the money.\n"
    )
ARTICLES["k06_ruth_kessler.txt"] = (
    "Artist shows new paintings\n"
    "\n"
    "Ruth Kessler, the governor's sister, showed twelve new paintings at a gallery in Boston on "
    "Friday.\n"
)
ARTICLES["k07_mr_kessler.txt"] = (
    "Budget talks stall\n"
    "\n"
    "Budget talks stalled on Wednesday after Mr. Kessler refused to sign the spending plan. "
    "Mr. Kessler said the plan spent too much on roads.\n"
)
ARTICLES["h06_john_halvard.txt"] = (
    "Chef wins award\n"
    "\n"
    "John Halvard, a chef from Portland, won a national award on Monday.\n"
)
ARTICLES["h07_john_halvard.txt"] = (
    "Chef opens second restaurant\n"
    "\n"
    "John Halvard opened a second restaurant in Portland on Saturday.\n"
)
ARTICLES["h08_halvard.txt"] = (
    "Library hours extended\n"
    "\n"
    "The library will stay open until nine, Mr. Halvard said on Thursday.\n"
)


# forms located by their context (the one mention inside it)
CONTEXT_FORMS = {
    "mrs": [("r01", "Hargrove", "Mrs. Hargrove promised")],
    "mr": [("r01", "Hargrove", "Mr. Hargrove later")],
}


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Ids:
    root: Path = tmp_path_factory.mktemp("entities_round9")
    warehouse = build_from(root, write_texts(root / "input", ARTICLES))
    return located_ids(dict_rows(warehouse, MENTION_ROWS_SQL), CONTEXT_FORMS)


def test_a_given_names_sex_outweighs_a_pronoun_near_the_full_name(ids: Ids) -> None:
    susan = ids[("r01", "Susan Hargrove")]
    robert = ids[("r01", "Robert Hargrove")]
    assert susan and robert and not susan & robert
    mrs = ids[("r01", "Hargrove", "Mrs. Hargrove promised")]
    mr = ids[("r01", "Hargrove", "Mr. Hargrove later")]
    assert mrs == susan
    assert mr == robert


def test_a_name_without_its_suffix_is_the_fathers_across_articles(ids: Ids) -> None:
    son = ids[("r02", "Carl Whitmore Jr.")]
    father = ids[("r03", "Carl R. Whitmore")]
    plain = ids[("r04", "Carl Whitmore")]
    assert not son & father
    assert plain == father
    assert not plain & son


def test_a_sentence_initial_verb_is_not_part_of_a_persons_name(ids: Ids) -> None:
    assert ("r05", "Telling Dermot Ashby") not in ids
    assert len(ids[("r05", "Dermot Ashby")]) == 1


def test_a_bare_surname_across_articles_is_its_one_well_known_bearer(ids: Ids) -> None:
    """"Mr. Kessler" in an article naming no Kessler in full (k07) is Peter Kessler, whom five
    articles name in full; his sister Ruth (one article) is ruled out by the title's sex and in
    any case named ten times less."""
    peter = ids[("k01", "Peter Kessler")]
    assert ids[("k07", "Kessler")] == peter
    assert not ids[("k06", "Ruth Kessler")] & peter


def test_a_bare_surname_of_two_named_bearers_stays_apart(ids: Ids) -> None:
    """"Mr. Halvard" (h08) could be the mayor (five articles) or the chef John Halvard (two
    articles, also a man): not ten times fewer, so it links to neither."""
    mayor = ids[("h01", "Peter Halvard")]
    chef = ids[("h06", "John Halvard")]
    assert not mayor & chef
    assert not ids[("h08", "Halvard")] & (mayor | chef)


def test_a_company_written_with_its_legal_form_is_no_short_form_of_another_name(ids: Ids) -> None:
    """"Radio Holdings Inc." (r06) drops its legal forms from its key ("radio"); it is still a
    company named in full, not the end of "Harbor Radio" (its station)."""
    company = {eid for form, found in ids.items() if len(form) == 2 and form[0] == "r06"
               and form[1].startswith("Radio Holdings") for eid in found}
    assert company
    assert not company & ids[("r06", "Harbor Radio")]


@pytest.mark.xfail(strict=True, reason=(
    "left in round 9: the org short form takes the last word of a name's head ('the Court' "
    "after 'the Supreme Court'), so 'the House' after 'the White House' is the White House; no "
    "signal in the article tells the House of Representatives apart"))
def test_the_house_is_not_the_white_house(ids: Ids) -> None:
    assert not ids[("r07", "House")] & ids[("r07", "White House")]


@pytest.mark.xfail(strict=True, reason=(
    "left in round 9: a lone compass word is the short form of the one two-word place of the "
    "article it opens ('the South' next to 'South Sudan'), so the US region 'the South' is "
    "South Dakota"))
def test_the_south_is_not_a_state_named_south(ids: Ids) -> None:
    assert not ids[("r08", "South")] & ids[("r08", "South Dakota")]
