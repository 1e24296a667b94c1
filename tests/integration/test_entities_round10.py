"""Entities round 10: the rules from the second half of the PolNeAR audit (docs/entities.md,
"Entities round 10"), end to end on one module-scoped warehouse built by the real pipeline from
small articles written for these tests (same constructions as the audit's misses, other names;
nothing copied from any corpus).

- A bare surname of two people of the article that no title, cue or paragraph decides is the
  person the article is about when the evidence is one-sided: named first, three times or more
  and twice as often as the other (c01); not when the two are named as often (c02), nor for a
  surname naming a tenure ("the Whitcombe administration", c03), nor right after the other
  person is named (c04).
- A name the corpus writes on its own in more articles than as the end of a longer name is a
  name of its own: "the House" next to "the Blue House" (b03) is the House of b01 and b02; but
  "the Senate" after "the Oregon Senate" (o03) is still the Oregon Senate, since the longer name
  only adds a place.
- "New York" before "primary", "Gov.", "GOP" ... is the state (s01), not the city; "Washington"
  (s02) has no state row in the seed yet (strict xfail).
"""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts
from tests.integration.test_entities_round7 import MENTION_ROWS_SQL, Ids, located_ids

pytestmark = pytest.mark.integration

ARTICLES: dict[str, str] = {
    "c01_coyle.txt": (
        "Senator wins primary\n"
        "\n"
        "Senator Marian Coyle won the primary in Wisconsin on Tuesday. Marian Coyle led from the "
        "first count to the last.\n"
        "\n"
        "Her husband, Dennis Coyle, watched the results at home in Madison.\n"
        "\n"
        "Marian Coyle thanked the volunteers on Wednesday.\n"
        "\n"
        "Coyle will face a businessman from Racine in November.\n"
    ),
    "c03_whitcombe.txt": (
        "Teacher runs for mayor\n"
        "\n"
        "Nora Whitcombe opened her campaign for mayor of Tulsa on Monday. Nora Whitcombe, a "
        "teacher, spoke for an hour. Her husband, former Governor Paul Whitcombe, did not "
        "attend.\n"
        "\n"
        "Nora Whitcombe promised to fix the roads.\n"
        "\n"
        "Several aides from the Whitcombe administration joined the campaign on Tuesday.\n"
    ),
    "c04_varga.txt": (
        "Senator tours the coast\n"
        "\n"
        "Senator Lena Varga toured the coast on Monday. Lena Varga met fishermen in Astoria, and "
        "Lena Varga promised to fund the harbour.\n"
        "\n"
        "Her brother, the retired judge Tomas Varga, greeted voters at a school in Salem.\n"
        "\n"
        "Varga arrived at the school before noon.\n"
    ),
    "c02_pryce.txt": (
        "Brothers open a bakery\n"
        "\n"
        "Alan Pryce and his brother Martin Pryce opened a bakery in Leeds on Monday. Alan Pryce "
        "bakes the bread and Martin Pryce runs the shop.\n"
        "\n"
        "Pryce will open a second shop in York next year.\n"
    ),
    "b01_house.txt": (
        "Water bill passes\n"
        "\n"
        "The House passed the water bill on Monday by a wide margin. Leaders of the House said "
        "the Senate would take it up in May.\n"
    ),
    "b02_house.txt": (
        "Budget vote delayed\n"
        "\n"
        "The House delayed its vote on the budget until Friday. The House has not passed a "
        "budget on time in six years.\n"
    ),
    "b03_blue_house.txt": (
        "Veto threat over farm bill\n"
        "\n"
        "The Blue House said on Monday that it would veto the farm bill. The House passed the "
        "bill by twenty votes last week, and the Senate will vote on it in June.\n"
    ),
    "o01_senate.txt": (
        "Senate confirms judge\n"
        "\n"
        "The Senate confirmed the new judge on Tuesday after a short debate.\n"
    ),
    "o02_senate.txt": (
        "Senate recess\n"
        "\n"
        "The Senate will break for its summer recess on Friday.\n"
    ),
    "o03_oregon_senate.txt": (
        "Oregon lawmakers meet\n"
        "\n"
        "The Oregon Senate met in Salem, Oregon, on Monday. The Senate adjourned after a long "
        "debate on school funding.\n"
    ),
    "s01_new_york.txt": (
        "Primary ahead\n"
        "\n"
        "Both campaigns opened offices in New York on Monday ahead of the New York primary. "
        "New York Gov. Ellen Marsh endorsed neither candidate.\n"
    ),
    "s02_washington.txt": (
        "Party leaders split\n"
        "\n"
        "Washington GOP leaders met in Spokane on Saturday to pick delegates. The party's "
        "national chairman flew in from Washington.\n"
    ),
}

CONTEXT_FORMS = {
    "coyle": [("c01", "Coyle", "Coyle will face")],
    "pryce": [("c02", "Pryce", "Pryce will open")],
    "tenure": [("c03", "Whitcombe", "Whitcombe administration")],
    "nearest": [("c04", "Varga", "Varga arrived")],
    "house": [("b03", "House", "House passed the bill")],
    "senate": [("o03", "Senate", "Senate adjourned")],
    "ny_city": [("s01", "New York", "New York on Monday")],
    "ny_primary": [("s01", "New York", "New York primary")],
    "ny_gov": [("s01", "New York", "New York Gov.")],
    "wa_gop": [("s02", "Washington", "Washington GOP")],
    "wa_city": [("s02", "Washington", "Washington.")],
}


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Ids:
    root: Path = tmp_path_factory.mktemp("entities_round10")
    warehouse = build_from(root, write_texts(root / "input", ARTICLES))
    return located_ids(dict_rows(warehouse, MENTION_ROWS_SQL), CONTEXT_FORMS)


def test_a_bare_surname_is_the_person_the_article_is_about(ids: Ids) -> None:
    """Marian Coyle is named first and three times in full, her husband once: the bare "Coyle"
    of a paragraph naming neither, after her last full naming, is hers, never his."""
    marian = ids[("c01", "Marian Coyle")]
    dennis = ids[("c01", "Dennis Coyle")]
    assert len(marian) == 1 and not marian & dennis
    assert ids[("c01", "Coyle", "Coyle will face")] == marian


def test_a_surname_naming_a_tenure_is_not_the_articles_subject(ids: Ids) -> None:
    """"the Whitcombe administration" is the former governor's tenure: the article being about
    Nora Whitcombe does not make it hers."""
    nora = ids[("c03", "Nora Whitcombe")]
    assert nora
    assert not ids.get(("c03", "Whitcombe", "Whitcombe administration"), set()) & nora


def test_a_bare_surname_right_after_the_other_persons_name_is_not_the_subject(ids: Ids) -> None:
    """Lena Varga is the article's subject, but the bare "Varga" comes right after a paragraph
    naming her brother last: a reader takes the nearest antecedent, so it is not hers."""
    lena = ids[("c04", "Lena Varga")]
    assert lena
    assert not ids[("c04", "Varga", "Varga arrived")] & lena


def test_a_bare_surname_of_two_people_named_as_often_stays_unresolved(ids: Ids) -> None:
    alan = ids[("c02", "Alan Pryce")]
    martin = ids[("c02", "Martin Pryce")]
    assert alan and martin and not alan & martin
    assert not ids[("c02", "Pryce", "Pryce will open")] & (alan | martin)


def test_a_name_the_corpus_writes_on_its_own_is_no_short_form(ids: Ids) -> None:
    """"the House" is written on its own in two articles and as the end of "the Blue House" in
    one: in b03 it is the House of b01 / b02, not the Blue House."""
    house = ids[("b03", "House", "House passed the bill")]
    assert house and not house & ids[("b03", "Blue House")]
    assert house == ids[("b01", "House")]


def test_a_longer_name_that_only_adds_a_place_keeps_its_short_form(ids: Ids) -> None:
    """"the Senate" is on its own in more articles (o01, o02, b01, b03), but after "the Oregon
    Senate" it is the Oregon Senate: the longer name only adds a place of the corpus."""
    oregon = ids[("o03", "Oregon Senate")]
    assert oregon and ids[("o03", "Senate", "Senate adjourned")] == oregon
    assert not oregon & ids[("o01", "Senate")]


def test_a_state_named_like_a_city_before_primary_or_governor(ids: Ids) -> None:
    city = ids[("s01", "New York", "New York on Monday")]
    primary = ids[("s01", "New York", "New York primary")]
    governor = ids[("s01", "New York", "New York Gov.")]
    assert city and primary and not city & primary
    assert governor == primary


@pytest.mark.xfail(strict=True, reason=(
    "left in round 10: the seed has no Washington State row. With one (region_name 'Washington'), "
    "an article marking the state once ('Governor of Washington') and not the next time "
    "('Washington' alone) splits the state into two entities (one more GUM split), since a bare "
    "'Washington' elsewhere is the capital"))
def test_washington_before_gop_is_the_state_not_the_capital(ids: Ids) -> None:
    state = ids[("s02", "Washington", "Washington GOP")]
    capital = ids[("s02", "Washington", "Washington.")]
    assert state and capital and not state & capital
