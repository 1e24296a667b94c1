"""Cross-document resolution found wrong on Reuters 1987, on pages written for the tests: a bare
surname written with a title ("President Harlan") joins the one full name the corpus writes with
that title, where article counts alone do not decide (int_entity_key_matches,
surname_title_salience); a company written with its legal form ("Dover Corp") is not the place
its other words name (int_entity_mentions_keyed), nor a person when the model reads its short
form as one (marts.entities)."""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts

pytestmark = pytest.mark.integration

FULL_NAMES = [
    ("budget", "President Tom Harlan presented the budget to parliament on Monday. Senator Alan "
               "Marsh said the plan cut too deep."),
    ("ports", "President Tom Harlan opened the new container port in Wexley on Tuesday. Senator "
              "Alan Marsh attended the ceremony."),
    ("schools", "President Tom Harlan promised more money for rural schools. Senator Alan Marsh "
                "asked where the money would come from."),
    ("floods", "President Tom Harlan visited the flooded valley on Wednesday. Senator Alan Marsh "
               "called for an inquiry into the dams."),
    ("trade", "President Tom Harlan signed a trade pact with three neighbours. Senator Alan Marsh "
              "voted for it in the upper house."),
]

OTHERS = {
    "library.txt": "Library opens\nPublished: March 9, 2026\n"
                   "Mary Harlan, the wife of the president, opened a library in Dover on Friday. "
                   "Senator Robert Marsh, who served in the 1990s, was remembered there.\n",
    "papers.txt": "Papers donated\nPublished: March 10, 2026\n"
                  "The papers of Senator Robert Marsh were given to the national archive.\n",
    "veto.txt": "Budget signed\nPublished: March 11, 2026\n"
                "President Harlan signed the budget on Friday. Senator Marsh voted against it.\n",
    "dover.txt": "Dover council\nPublished: March 14, 2026\n"
                 "The council of Dover met on Monday. Flooding in Dover closed two roads, and "
                 "Dover schools stayed shut.\n",
    "dover_corp.txt": "Shares\nPublished: March 15, 2026\n"
                      "Dover Corp said its quarterly profit rose 8 pct on higher sales of pumps.\n",
    "kessler.txt": "Plants to close\nPublished: March 16, 2026\n"
                   "Kessler Industries Inc said on Monday it would close two plants in Ohio. "
                   "Kessler said the closings would cut 300 jobs. Kessler also said its profit "
                   "fell. Analysts said Kessler had too many plants.\n",
    "census.txt": "Census ordered\nPublished: March 13, 2026\n"
                  "President Harlan ordered a census of farms on Sunday.\n",
    "ottawa.txt": "Trip abroad\nPublished: March 12, 2026\n"
                  "President Harlan flew to Ottawa on Saturday. Senator Marsh said the trip "
                  "was needless.\n",
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("title_salience")
    pages = {f"{name}.txt": f"{name.title()}\nPublished: March {day}, 2026\n{text}\n"
             for day, (name, text) in enumerate(FULL_NAMES, start=2)}
    return build_from(root, write_texts(root / "inputs", {**pages, **OTHERS}))


def entity_of(warehouse: Path, input_name: str, text: str) -> tuple[str, str]:
    rows = dict_rows(warehouse, f"""
        select distinct e.entity_id, e.canonical_name
        from marts.mentions as m
        inner join marts.articles as a on m.article_id = a.article_id
        inner join marts.entities as e on m.entity_id = e.entity_id
        where a.input_name = '{input_name}' and m.mention_text = '{text}'
    """)
    assert len(rows) == 1, rows
    return rows[0]["entity_id"], rows[0]["canonical_name"]


def test_a_titled_bare_surname_joins_the_full_name_written_with_that_title(
    warehouse: Path,
) -> None:
    tom = entity_of(warehouse, "budget.txt", "Tom Harlan")
    # "President Harlan" in articles that never write his full name
    assert entity_of(warehouse, "veto.txt", "Harlan") == tom
    assert entity_of(warehouse, "ottawa.txt", "Harlan") == tom
    assert entity_of(warehouse, "census.txt", "Harlan") == tom
    # his wife, named once and never titled "President", stays herself
    assert entity_of(warehouse, "library.txt", "Mary Harlan") != tom


def test_two_bearers_of_the_title_link_nothing(warehouse: Path) -> None:
    # "Senator Alan Marsh" in five articles, "Senator Robert Marsh" in two: a bare "Senator
    # Marsh" could be either
    alan = entity_of(warehouse, "budget.txt", "Alan Marsh")
    robert = entity_of(warehouse, "papers.txt", "Robert Marsh")
    bare = entity_of(warehouse, "veto.txt", "Marsh")
    assert bare not in (alan, robert)


def test_a_company_with_its_legal_form_is_not_the_place_it_is_named_after(
    warehouse: Path,
) -> None:
    town = entity_of(warehouse, "dover.txt", "Dover")
    assert town[0] == entity_of(warehouse, "library.txt", "Dover")[0]
    company = entity_of(warehouse, "dover_corp.txt", "Dover Corp")
    assert company[0] != town[0]


def test_a_company_whose_short_form_reads_as_a_person_is_a_company(warehouse: Path) -> None:
    # the model reads the three bare "Kessler"s as a person; they are the company's short form
    rows = dict_rows(warehouse, """
        select distinct e.canonical_name, e.entity_type
        from marts.mentions as m
        inner join marts.articles as a on m.article_id = a.article_id
        inner join marts.entities as e on m.entity_id = e.entity_id
        where a.input_name = 'kessler.txt' and m.mention_text like 'Kessler%'
    """)
    assert rows == [{"canonical_name": "Kessler Industries Inc", "entity_type": "ORG"}]
