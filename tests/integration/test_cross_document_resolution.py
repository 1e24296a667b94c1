"""Cross-document entity resolution, end to end (issue #4, the errors the N3 benchmark found):
companies with and without their legal form, company short forms in the article, tickers, names
that are nothing but a legal form, seed alias sets (Fed, SEC, GM, Holland), "U.S" without its last
period, and a bare name the corpus also uses as a given name. One module-scoped warehouse built by
the real pipeline from short articles written for these tests."""

import json
from collections.abc import Iterator

import duckdb
import pytest

from tests.conftest import build_from, write_texts

pytestmark = pytest.mark.integration

ARTICLES = [
    {
        "id": "company_full",
        "title": "Halverson Tooling buys plant",
        "published_at": "2026-03-02",
        "text": "Halverson Tooling Corp said on Monday it would buy a stamping plant in Ohio "
                "for 40 mln dlrs.\n\nHalverson Tooling expects the purchase to close in May. "
                "Halverson said the price was fair, and its shares rose.",
    },
    {
        "id": "company_later",
        "title": "Tool makers",
        "published_at": "2026-03-05",
        "text": "Shares of Halverson Tooling Inc rose 3 pct on Thursday after the company "
                "reported higher quarterly profits.",
    },
    {
        "id": "company_bare_elsewhere",
        "title": "Branch",
        "published_at": "2026-03-06",
        "text": "Halverson said on Friday it would open a new branch downtown, a company "
                "spokesman said.",
    },
    {
        "id": "company_holdings",
        "title": "Publisher",
        "published_at": "2026-03-07",
        "text": "Brindlemoor Holdings Plc, the publisher, said its profit rose 12 pct in 2025. "
                "Analysts said Brindlemoor would raise its dividend.",
    },
    {
        "id": "company_holdings_two",
        "title": "Publisher two",
        "published_at": "2026-03-08",
        "text": "Brindlemoor Holdings said on Monday that it would sell its magazines to a "
                "rival publisher in London.",
    },
    {
        "id": "ticker",
        "title": "Electronics",
        "published_at": "2026-03-09",
        "text": "Dutch electronics group NV Korvaldt Electronica KRVD.AS said on Tuesday it "
                "would cut 2,000 jobs in Europe.",
    },
    {
        "id": "ticker_two",
        "title": "Electronics two",
        "published_at": "2026-03-10",
        "text": "Korvaldt Electronica reported a loss for the third quarter, the company said "
                "in Amsterdam on Wednesday.",
    },
    {
        "id": "legal_form_one",
        "title": "Brokers",
        "published_at": "2026-03-11",
        "text": "The offering is managed by Tamsin, Oakes and Co Inc, the underwriters said.",
    },
    {
        "id": "legal_form_two",
        "title": "Brokers two",
        "published_at": "2026-03-12",
        "text": "The bonds were priced by Grell, Marlow and Co Inc, according to the lead "
                "manager.",
    },
    {
        "id": "us_sentence_end",
        "title": "Chips",
        "published_at": "2026-03-13",
        "text": "The company makes memory chips in Taiwan and sells them in Europe and the U.S "
                "where it has two plants.",
    },
    {
        "id": "us_dotted",
        "title": "Trade",
        "published_at": "2026-03-14",
        "text": "U.S. officials said on Monday that talks on the trade accord would resume.",
    },
    {
        "id": "fed",
        "title": "Rates",
        "published_at": "2026-03-15",
        "text": "The Federal Reserve left interest rates unchanged on Wednesday. The Fed said "
                "inflation was easing.",
    },
    {
        "id": "fed_two",
        "title": "Rates two",
        "published_at": "2026-03-16",
        "text": "Economists expect the Fed to cut rates in June, a Reuters poll showed.",
    },
    {
        "id": "sec",
        "title": "Regulator",
        "published_at": "2026-03-17",
        "text": "The U.S. Securities and Exchange Commission fined the broker 2 mln dlrs on "
                "Tuesday.",
    },
    {
        "id": "sec_two",
        "title": "Regulator two",
        "published_at": "2026-03-18",
        "text": "The company said it had filed the documents with the SEC on Friday.",
    },
    {
        "id": "gm",
        "title": "Cars",
        "published_at": "2026-03-19",
        "text": "General Motors Corp said on Monday its car sales fell 5 pct in February.",
    },
    {
        "id": "gm_two",
        "title": "Cars two",
        "published_at": "2026-03-20",
        "text": "GM will build the new pickup truck in Michigan, the carmaker said on Tuesday.",
    },
    {
        "id": "holland",
        "title": "Tulips",
        "published_at": "2026-03-21",
        "text": "Flower exports from Holland rose sharply in the spring, traders said.",
    },
    {
        "id": "netherlands",
        "title": "Dikes",
        "published_at": "2026-03-22",
        "text": "The Netherlands will spend more on dikes, the Dutch government said on Friday.",
    },
    {
        "id": "holland_person",
        "title": "Tour",
        "published_at": "2026-03-23",
        "text": "Mr. Holland said on Friday he would tour again next year.",
    },
    {
        "id": "hyphen",
        "title": "Brokerage",
        "published_at": "2026-03-23",
        "text": "Shares of Wexford-Hale Bancorp rose after the bank reported record profits.",
    },
    {
        "id": "hyphen_two",
        "title": "Brokerage two",
        "published_at": "2026-03-24",
        "text": "Wexford Hale Bancorp Inc said on Monday it would hire 40 traders in Chicago.",
    },
    {
        "id": "state_abbreviation",
        "title": "Chip plant",
        "published_at": "2026-03-30",
        "text": "The chip maker, based in Fresno, Calif., said on Monday it would hire 300 "
                "workers.",
    },
    {
        "id": "state_name",
        "title": "Drought",
        "published_at": "2026-03-31",
        "text": "Farmers in California said on Tuesday the drought had cut their harvest by a "
                "third.",
    },
    {
        "id": "surname_full",
        "title": "Patent trial",
        "published_at": "2026-03-25",
        "text": "Defence lawyer Desmond Farrow went after the witness on Tuesday, noting that "
                "none of the engineers had testified.",
    },
    {
        "id": "surname_given",
        "title": "Tribute",
        "published_at": "2026-03-26",
        "text": "Farrow Quinlan, the coach's widow, thanked the fans on Sunday. Our thoughts "
                "go out to his wife and to all who knew him, the club said.",
    },
    {
        "id": "surname_bare",
        "title": "Obituary",
        "published_at": "2026-03-27",
        "text": "Our thoughts and prayers go out to Charlie's wife, Farrow, and their "
                "children, the club said on Monday.",
    },
    {
        "id": "surname_unique_full",
        "title": "Envoy",
        "published_at": "2026-03-28",
        "text": "Trade envoy Daniel Okafor arrived in Lagos on Monday for two days of "
                "talks.",
    },
    {
        "id": "surname_unique_bare",
        "title": "Talks",
        "published_at": "2026-03-29",
        "text": "The talks went well, Okafor told reporters in Abuja on Tuesday.",
    },
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    root = tmp_path_factory.mktemp("cross_document_resolution")
    inputs = write_texts(root / "inputs", {
        "cross.jsonl": "".join(json.dumps(article) + "\n" for article in ARTICLES),
    })
    con = duckdb.connect(str(build_from(root, inputs)), read_only=True)
    yield con
    con.close()


def mentions(con: duckdb.DuckDBPyConnection, doc: str, text: str) -> list[tuple[str, str]]:
    """(entity_id, resolution_rule) of every mention of ``text`` in the JSONL doc ``doc``."""
    rows = con.execute(
        "select m.entity_id, m.resolution_rule from marts.mentions as m "
        "join marts.articles as a using (article_id) "
        "where a.input_name = ? and m.mention_text = ?",
        [f"cross.jsonl#{doc}", text],
    ).fetchall()
    assert rows, f"no mention {text!r} in {doc}"
    return [(row[0], row[1]) for row in rows]


def entity(con: duckdb.DuckDBPyConnection, doc: str, text: str) -> str:
    """The one entity_id of the mentions of ``text`` in ``doc``."""
    ids = {entity_id for entity_id, _ in mentions(con, doc, text)}
    assert len(ids) == 1, (doc, text, ids)
    return ids.pop()


def test_company_legal_forms_are_one_entity(warehouse: duckdb.DuckDBPyConnection) -> None:
    ids = {entity(warehouse, "company_full", "Halverson Tooling Corp"),
           entity(warehouse, "company_full", "Halverson Tooling"),
           entity(warehouse, "company_later", "Halverson Tooling Inc")}
    assert len(ids) == 1, ids


def test_holdings_and_plc_are_legal_forms(warehouse: duckdb.DuckDBPyConnection) -> None:
    ids = {entity(warehouse, "company_holdings", "Brindlemoor Holdings Plc"),
           entity(warehouse, "company_holdings", "Brindlemoor"),
           entity(warehouse, "company_holdings_two", "Brindlemoor Holdings")}
    assert len(ids) == 1, ids


def test_company_short_form_in_its_article(warehouse: duckdb.DuckDBPyConnection) -> None:
    company = entity(warehouse, "company_full", "Halverson Tooling Corp")
    # the model reads the later "Halverson said" as a person; no person of the article has
    # that name, so it is the company's short form
    assert (company, "company_short_form_in_article") in mentions(
        warehouse, "company_full", "Halverson")


def test_company_short_form_never_crosses_articles(warehouse: duckdb.DuckDBPyConnection) -> None:
    company = entity(warehouse, "company_full", "Halverson Tooling Corp")
    assert entity(warehouse, "company_bare_elsewhere", "Halverson") != company


def test_ticker_and_leading_legal_form(warehouse: duckdb.DuckDBPyConnection) -> None:
    assert entity(warehouse, "ticker", "NV Korvaldt Electronica KRVD.AS") == entity(
        warehouse, "ticker_two", "Korvaldt Electronica")


def test_a_legal_form_alone_never_links_across_articles(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    one = mentions(warehouse, "legal_form_one", "Co Inc")
    two = mentions(warehouse, "legal_form_two", "Co Inc")
    assert {rule for _, rule in one + two} == {"legal_form_in_article"}
    assert not {entity_id for entity_id, _ in one} & {entity_id for entity_id, _ in two}


def test_hyphen_or_space_and_legal_form(warehouse: duckdb.DuckDBPyConnection) -> None:
    assert entity(warehouse, "hyphen", "Wexford-Hale Bancorp") == entity(
        warehouse, "hyphen_two", "Wexford Hale Bancorp Inc")


def test_state_abbreviation_is_the_state(warehouse: duckdb.DuckDBPyConnection) -> None:
    assert entity(warehouse, "state_abbreviation", "Calif.") == entity(
        warehouse, "state_name", "California")


def test_us_without_its_last_period(warehouse: duckdb.DuckDBPyConnection) -> None:
    assert entity(warehouse, "us_sentence_end", "U.S") == entity(warehouse, "us_dotted", "U.S.")


@pytest.mark.parametrize("group", [
    [("fed", "Federal Reserve"), ("fed", "Fed"), ("fed_two", "Fed")],
    [("sec", "U.S. Securities and Exchange Commission"), ("sec_two", "SEC")],
    [("gm", "General Motors Corp"), ("gm_two", "GM")],
    [("holland", "Holland"), ("netherlands", "Netherlands")],
], ids=["fed", "sec", "gm", "holland"])
def test_well_known_alias_sets(warehouse: duckdb.DuckDBPyConnection,
                               group: list[tuple[str, str]]) -> None:
    ids = {entity(warehouse, doc, text) for doc, text in group}
    assert len(ids) == 1, ids


def test_a_nickname_alias_is_not_given_to_a_person(warehouse: duckdb.DuckDBPyConnection) -> None:
    # "Holland" is a tagged_only alias of the Netherlands; "Mr. Holland" is a person
    country = entity(warehouse, "netherlands", "Netherlands")
    assert mentions(warehouse, "holland_person", "Holland") != [(country, "reference_alias")]
    assert entity(warehouse, "holland_person", "Holland") != country


def test_a_bare_name_the_corpus_uses_as_a_given_name_stays_apart(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    # "Farrow Quinlan" makes "Farrow" a given name: the widow "Farrow" is not the lawyer
    lawyer = entity(warehouse, "surname_full", "Desmond Farrow")
    assert entity(warehouse, "surname_bare", "Farrow") != lawyer
    assert entity(warehouse, "surname_given", "Farrow Quinlan") != lawyer


def test_a_bare_surname_still_links_to_the_one_full_name(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    assert entity(warehouse, "surname_unique_bare", "Okafor") == entity(
        warehouse, "surname_unique_full", "Daniel Okafor")
