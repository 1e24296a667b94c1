"""A meeting side given only as a demonym ("Austrian officials") is the place the demonym names
(seeds/reference/demonyms.csv), never a look-alike (Australia, South Africa); a named side read
as a demonym elsewhere stays named: one small build."""


import duckdb
import pytest

from tests.conftest import build_from, write_texts

ARTICLES = {
    # The two meetings name no country: their sides are demonyms only.
    "vienna.txt": (
        "Gas talks in Vienna\n\n"
        "VIENNA (Reuters) - Austrian officials met a Hungarian delegation in Vienna on Tuesday to "
        "discuss gas supplies, the foreign ministry said.\n"
    ),
    "cairo.txt": (
        "Diplomats meet in Cairo\n\n"
        "CAIRO (Reuters) - South Korean diplomats held talks with Egyptian officials in Cairo on "
        "Monday, a spokesman said.\n"
    ),
    # The corpus names each country once, and the look-alikes far more often.
    "trade.txt": (
        "Trade figures\n\n"
        "Austria, Hungary, South Korea and Egypt reported higher exports in the first quarter.\n"
    ),
    "cricket.txt": (
        "Cricket tour agreed\n\n"
        "SYDNEY (AP) - Australia and South Africa agreed on a cricket tour. Australia's sports "
        "minister said the tour would start in May, and South Africa welcomed it. Australia last "
        "toured South Africa in 2018, and Australia won.\n"
    ),
    # A firm the NER reads as a demonym in one sentence ("talks with Wedge": NORP) and as an
    # organisation in another ("Wedge Group"): one entity, and a named side of the meeting.
    "stake.txt": (
        "Northfield Medical shares rise\n\n"
        "NEW YORK, March 2 - Shares of Northfield Medical Corp rose sharply on Monday after "
        "investor LeRoy Pesch offered to buy the company.\n\n"
        "Earlier today, Wedge Group, which has a 5.5 pct stake, said it held discussions with "
        "Pesch, Northfield management and other Northfield shareholders.\n\n"
        "Pesch said he held discussions with Wedge about joining his takeover effort, in which "
        "he is offering 17 dlrs cash for each Northfield share.\n"
    ),
}


@pytest.fixture(scope="module")
def meetings(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    root = tmp_path_factory.mktemp("demonyms")
    warehouse = build_from(root, write_texts(root / "input", ARTICLES))
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(
            "select m.place_name, string_agg(p.participant_name, ' & ' "
            "order by p.participant_name) from marts.meetings as m "
            "join marts.meeting_participants as p using (meeting_id) group by all order by 1"
        ).fetchall()
    finally:
        con.close()


def test_demonyms_name_their_own_countries(meetings: list[tuple[str, str]]) -> None:
    assert ("Vienna", "Austria & Hungary") in meetings
    assert ("Cairo", "Egypt & South Korea") in meetings


def test_a_demonym_never_takes_a_look_alike_country(meetings: list[tuple[str, str]]) -> None:
    names = " & ".join(parts for _place, parts in meetings)
    assert "Australia" not in names and "South Africa" not in names


def test_a_side_named_once_and_read_as_a_demonym_once_stays_named(
    meetings: list[tuple[str, str]],
) -> None:
    # the meeting keeps both sides (it had kept only Pesch when the demonym row of the same
    # entity happened to be the one counted)
    assert (None, "LeRoy Pesch & Wedge Group") in meetings
