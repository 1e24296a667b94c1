"""`analysis.meeting_network` and `cli network`: who met whom and who is named with whom as
GraphML / GEXF graphs, read back with networkx (a real reader of both formats), from the real
published seeds warehouse."""

import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from orchestration.lib.network_export import (
    CO_MENTION_EDGE_COLUMNS,
    NODE_COLUMNS,
    Graph,
    export_network,
    graphml,
)
from tests.conftest import build_from, dict_rows, write_texts


@pytest.fixture(scope="module")
def published(seeds_build: dict) -> Path:
    assert seeds_build["success"]
    return Path(seeds_build["published"])


@pytest.fixture(scope="module")
def network_rows(published: Path) -> list[dict]:
    return dict_rows(published, "select * from analysis.meeting_network")


def _by_names(graph: nx.Graph) -> dict[frozenset[str], dict]:
    return {frozenset((graph.nodes[a]["label"], graph.nodes[b]["label"])): data
            for a, b, data in graph.edges(data=True)}


def test_the_network_counts_meetings_plans_and_contacts_per_pair(
        network_rows: list[dict], published: Path) -> None:
    ties = {frozenset((r["entity_name_a"], r["entity_name_b"])): r for r in network_rows}
    baqeri_erdogan = ties[frozenset(("Mohammad Bagheri", "Recep Tayyip Erdoğan"))]
    assert (baqeri_erdogan["strongest_tie"], baqeri_erdogan["held_meeting_count"]) == ("met", 1)
    phone = ties[frozenset(("Mohammad Javad Zarif", "Mevlüt Çavuşoğlu"))]
    assert (phone["strongest_tie"], phone["remote_contact_count"], phone["held_meeting_count"]) \
        == ("contact", 1, 0)
    for row in network_rows:
        assert row["entity_id_a"] < row["entity_id_b"]
        assert row["encounter_count"] == (row["held_meeting_count"] + row["planned_meeting_count"]
                                          + row["remote_contact_count"])
    met = dict_rows(published, "select entity_id_a, entity_id_b, meeting_count "
                               "from analysis.who_met_whom")
    held = {(r["entity_id_a"], r["entity_id_b"]): r["held_meeting_count"] for r in network_rows
            if r["strongest_tie"] == "met"}
    assert held == {(r["entity_id_a"], r["entity_id_b"]): r["meeting_count"] for r in met}


def test_graphml_is_read_back_with_every_pair_and_its_counts(
        published: Path, network_rows: list[dict], tmp_path: Path) -> None:
    written = export_network(published, tmp_path / "network", "graphml")
    assert [(g.name, g.path.name) for g in written] == [
        ("meetings", "meetings.graphml"), ("co_mentions", "co_mentions.graphml")]
    graph = nx.read_graphml(tmp_path / "network" / "meetings.graphml")
    assert graph.number_of_edges() == len(network_rows) == written[0].edges
    assert graph.number_of_nodes() == written[0].nodes
    edges = _by_names(graph)
    for row in network_rows:
        edge = edges[frozenset((row["entity_name_a"], row["entity_name_b"]))]
        assert edge["weight"] == row["encounter_count"]
        assert edge["strongest_tie"] == row["strongest_tie"]
    bagheri = next(n for _, n in graph.nodes(data=True) if n["label"] == "Mohammad Bagheri")
    assert bagheri["entity_type"] == "PERSON" and bagheri["held_meeting_count"] >= 3
    assert "Baqeri" in bagheri["aliases"]


def test_gexf_carries_the_dates_of_each_tie_for_gephi_timelines(
        published: Path, network_rows: list[dict], tmp_path: Path) -> None:
    export_network(published, tmp_path / "network", "gexf")
    root = ET.parse(tmp_path / "network" / "meetings.gexf").getroot()
    namespace = {"g": "http://gexf.net/1.3"}
    assert root.find("g:graph", namespace).get("mode") == "dynamic"
    spells = {(e.get("source"), e.get("target")): (e.get("start"), e.get("end"))
              for e in root.iterfind("g:graph/g:edges/g:edge", namespace)}
    for row in network_rows:
        first, last = row["first_encounter_date"], row["last_encounter_date"]
        expected = (first.isoformat(), last.isoformat()) if first else (None, None)
        assert spells[(row["entity_id_a"], row["entity_id_b"])] == expected
    graph = nx.read_gexf(tmp_path / "network" / "meetings.gexf")
    assert graph.number_of_edges() == len(network_rows)


def test_co_mention_edges_follow_the_threshold_and_the_cap(published: Path,
                                                           tmp_path: Path) -> None:
    loose = export_network(published, tmp_path / "loose", min_sentences=1)[1]
    strict = export_network(published, tmp_path / "strict", min_sentences=3)[1]
    capped = export_network(published, tmp_path / "capped", min_sentences=1,
                            max_co_mention_edges=5)[1]
    assert loose.edges > strict.edges > 0
    assert capped.edges == 5
    graph = nx.read_graphml(tmp_path / "strict" / "co_mentions.graphml")
    assert min(weight for _, _, weight in graph.edges(data="weight")) >= 3


def test_characters_xml_cannot_carry_are_dropped_not_fatal() -> None:
    node = dict.fromkeys(NODE_COLUMNS)
    graph = Graph(
        "co_mentions",
        [{**node, "entity_id": "a", "canonical_name": "Al\x0bpha"},
         {**node, "entity_id": "b", "canonical_name": "B\x00eta \U0001f600"}],
        [{"entity_id_a": "a", "entity_id_b": "b", "sentence_count": 2, "article_count": 1}],
        NODE_COLUMNS, CO_MENTION_EDGE_COLUMNS, "sentence_count",
    )
    text = ET.tostring(graphml(graph).getroot(), encoding="unicode")
    labels = sorted(n["label"] for _, n in nx.parse_graphml(text).nodes(data=True))
    assert labels == ["Alpha", "Beta \U0001f600"]


SAME_SIDE = {
    "brasilia.txt": (
        "Brazil seeks support from Britain\n\n"
        "LONDON, March 2 - Brazilian Finance Minister Dilson Funaro and central bank president "
        "Francisco Gros met British Chancellor of the Exchequer Nigel Lawson in London on Monday "
        "to discuss the country's foreign debt.\n\n"
        "Lawson told them Brazil needed a convincing economic programme, a spokesman said.\n"
    ),
    "climate.txt": (
        "Climate envoys open talks\n\n"
        "WASHINGTON, Sept. 8 - White House adviser John Podesta and climate envoy Todd Stern "
        "began negotiations with China on Tuesday.\n"
    ),
}


def test_two_people_on_the_same_side_are_no_pair_and_a_country_opposite_them_is_one(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("same_side")
    published = build_from(root, write_texts(root / "input", SAME_SIDE))
    pairs = {frozenset((r["entity_name_a"], r["entity_name_b"])): r["strongest_tie"]
             for r in dict_rows(published, "select * from analysis.meeting_network")}
    assert pairs == {frozenset(("Dilson Funaro", "Nigel Lawson")): "met",
                     frozenset(("Francisco Gros", "Nigel Lawson")): "met",
                     frozenset(("John Podesta", "China")): "met",
                     frozenset(("Todd Stern", "China")): "met"}
    met = dict_rows(published, "select participant_a, participant_b from analysis.who_met_whom")
    assert {frozenset((r["participant_a"], r["participant_b"])) for r in met} == set(pairs)
    # no person is named for China's side, so the country stays a participant
    sides = dict_rows(published, "select m.meeting_kind, list_sort(list(p.participant_name)) "
                                 "as names from marts.meetings m join marts.meeting_participants p "
                                 "using (meeting_id) group by m.meeting_id, m.meeting_kind")
    assert {"meeting_kind": "named", "names": ["China", "John Podesta", "Todd Stern"]} in sides
    [funaro] = dict_rows(published, "select counterpart_count, top_counterparts "
                                    "from analysis.entity_profiles "
                                    "where canonical_name = 'Dilson Funaro'")
    assert funaro == {"counterpart_count": 1, "top_counterparts": "Nigel Lawson (1)"}
