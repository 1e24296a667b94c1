"""Write the warehouse's networks as graph files for Gephi, Cytoscape, networkx, igraph or yEd.

Two undirected graphs, each a file under the target folder:

* `meetings.<ext>`: who met whom. Edges are the rows of `analysis.meeting_network` (one per pair
  of entities that met, plan to meet or had a phone/video contact); `weight` is the number of
  encounters, `strongest_tie` says met / planned / contact.
* `co_mentions.<ext>`: who is named with whom. Edges are the pairs of
  `analysis.entity_cooccurrence` named together in at least `min_sentences` sentences, the strongest
  `max_co_mention_edges` of them; `weight` is the number of sentences.

Nodes are the entities at either end of an edge, with their `analysis.entity_profiles` columns as
attributes (label = canonical name). GraphML is read by every graph tool; GEXF is Gephi's own format
and carries each meeting edge's first-to-last encounter dates as a time interval, so Gephi's
timeline can slice the meeting network by date. The pairs are computed in dbt; this module only
reads them (the warehouse is opened read-only) and writes XML. Files are written to a staging
folder that replaces the target at the end, so a failed export leaves the previous one whole.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

NETWORK_FORMATS = ("graphml", "gexf")
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
GEXF_NS = "http://gexf.net/1.3"

NODE_COLUMNS = (
    "canonical_name", "entity_type", "country", "country_iso3", "aliases", "mention_count",
    "article_count", "story_count", "outlet_count", "first_seen_date", "last_seen_date",
    "held_meeting_count", "planned_meeting_count", "remote_contact_count", "quote_count",
    "prominence_rank",
)
MEETING_EDGE_COLUMNS = (
    "strongest_tie", "encounter_count", "held_meeting_count", "planned_meeting_count",
    "remote_contact_count", "report_count", "first_encounter_date", "last_encounter_date",
    "places", "max_confidence",
)
CO_MENTION_EDGE_COLUMNS = ("sentence_count", "article_count")

# Characters XML 1.0 cannot carry (control characters other than tab and line breaks, surrogates,
# U+FFFE/U+FFFF): an input text may hold them, and one would make the whole file unreadable.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class Graph:
    name: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    node_columns: tuple[str, ...]
    edge_columns: tuple[str, ...]
    weight_column: str


@dataclass(frozen=True)
class WrittenGraph:
    name: str
    path: Path
    nodes: int
    edges: int


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None,
           ) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _nodes_of(con: duckdb.DuckDBPyConnection, edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = sorted({edge["entity_id_a"] for edge in edges} | {edge["entity_id_b"] for edge in edges})
    columns = ", ".join(NODE_COLUMNS)
    return _dicts(con, f"select entity_id, {columns} from analysis.entity_profiles "
                       "where entity_id in (select unnest(?)) order by entity_id", [ids])


def read_graphs(con: duckdb.DuckDBPyConnection, min_sentences: int = 2,
                max_co_mention_edges: int = 5000) -> list[Graph]:
    """The meeting graph and the co-mention graph of a warehouse, as rows."""
    meeting_edges = _dicts(con, "select entity_id_a, entity_id_b, "
                                f"{', '.join(MEETING_EDGE_COLUMNS)} from analysis.meeting_network "
                                "order by entity_id_a, entity_id_b")
    co_mention_edges = _dicts(
        con,
        f"select entity_id_a, entity_id_b, {', '.join(CO_MENTION_EDGE_COLUMNS)} "
        "from analysis.entity_cooccurrence where sentence_count >= ? "
        "order by sentence_count desc, article_count desc, entity_id_a, entity_id_b limit ?",
        [min_sentences, max_co_mention_edges],
    )
    return [
        Graph("meetings", _nodes_of(con, meeting_edges), meeting_edges, NODE_COLUMNS,
              MEETING_EDGE_COLUMNS, "encounter_count"),
        Graph("co_mentions", _nodes_of(con, co_mention_edges), co_mention_edges, NODE_COLUMNS,
              CO_MENTION_EDGE_COLUMNS, "sentence_count"),
    ]


def _text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return _NOT_XML.sub("", str(value))


def _kind(values: list[Any]) -> str:
    present = [value for value in values if value is not None]
    if present and all(isinstance(value, int) and not isinstance(value, bool) for value in present):
        return "long"
    if present and all(isinstance(value, int | float) for value in present):
        return "double"
    return "string"


def _column_kinds(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> dict[str, str]:
    """GraphML and GEXF attribute types (long, double, string) from the values present."""
    return {column: _kind([row[column] for row in rows]) for column in columns}


def graphml(graph: Graph) -> ET.ElementTree:
    root = ET.Element("graphml", xmlns=GRAPHML_NS)
    node_kinds = _column_kinds(graph.nodes, graph.node_columns)
    edge_kinds = _column_kinds(graph.edges, graph.edge_columns)
    ET.SubElement(root, "key", {"id": "label", "for": "node", "attr.name": "label",
                                "attr.type": "string"})
    for column, kind in node_kinds.items():
        ET.SubElement(root, "key", {"id": f"n_{column}", "for": "node", "attr.name": column,
                                    "attr.type": kind})
    ET.SubElement(root, "key", {"id": "weight", "for": "edge", "attr.name": "weight",
                                "attr.type": "double"})
    for column, kind in edge_kinds.items():
        ET.SubElement(root, "key", {"id": f"e_{column}", "for": "edge", "attr.name": column,
                                    "attr.type": kind})
    body = ET.SubElement(root, "graph", id=graph.name, edgedefault="undirected")
    for node in graph.nodes:
        element = ET.SubElement(body, "node", id=node["entity_id"])
        ET.SubElement(element, "data", key="label").text = _text(node["canonical_name"])
        for column in graph.node_columns:
            if node[column] is not None:
                ET.SubElement(element, "data", key=f"n_{column}").text = _text(node[column])
    for index, edge in enumerate(graph.edges):
        element = ET.SubElement(body, "edge", id=f"e{index}", source=edge["entity_id_a"],
                                target=edge["entity_id_b"])
        ET.SubElement(element, "data", key="weight").text = _text(float(edge[graph.weight_column]))
        for column in graph.edge_columns:
            if edge[column] is not None:
                ET.SubElement(element, "data", key=f"e_{column}").text = _text(edge[column])
    return ET.ElementTree(root)


def gexf(graph: Graph) -> ET.ElementTree:
    root = ET.Element("gexf", xmlns=GEXF_NS, version="1.3")
    meta = ET.SubElement(root, "meta")
    ET.SubElement(meta, "creator").text = "news-warehouse"
    ET.SubElement(meta, "description").text = f"{graph.name} network"
    dated = "first_encounter_date" in graph.edge_columns
    body = ET.SubElement(root, "graph", defaultedgetype="undirected",
                         mode="dynamic" if dated else "static",
                         **({"timeformat": "date"} if dated else {}))
    for cls, rows, columns in (("node", graph.nodes, graph.node_columns),
                               ("edge", graph.edges, graph.edge_columns)):
        attributes = ET.SubElement(body, "attributes", {"class": cls})
        for index, (column, kind) in enumerate(_column_kinds(rows, columns).items()):
            ET.SubElement(attributes, "attribute", id=str(index), title=column, type=kind)
    nodes = ET.SubElement(body, "nodes")
    for node in graph.nodes:
        element = ET.SubElement(nodes, "node", id=node["entity_id"],
                                label=_text(node["canonical_name"]))
        _gexf_values(element, node, graph.node_columns)
    edges = ET.SubElement(body, "edges")
    for index, edge in enumerate(graph.edges):
        spell: dict[str, str] = {}
        if dated and edge["first_encounter_date"] is not None:
            spell = {"start": _text(edge["first_encounter_date"]),
                     "end": _text(edge["last_encounter_date"])}
        element = ET.SubElement(edges, "edge", id=f"e{index}", source=edge["entity_id_a"],
                                target=edge["entity_id_b"],
                                weight=_text(float(edge[graph.weight_column])), **spell)
        _gexf_values(element, edge, graph.edge_columns)
    return ET.ElementTree(root)


def _gexf_values(element: ET.Element, row: dict[str, Any], columns: tuple[str, ...]) -> None:
    values = ET.SubElement(element, "attvalues")
    for index, column in enumerate(columns):
        if row[column] is not None:
            ET.SubElement(values, "attvalue", {"for": str(index), "value": _text(row[column])})


WRITERS = {"graphml": graphml, "gexf": gexf}


def export_network(warehouse: Path, target: Path, fmt: str = "graphml", min_sentences: int = 2,
                   max_co_mention_edges: int = 5000) -> list[WrittenGraph]:
    """Write the meeting and co-mention graphs of `warehouse` under `target` (replaced whole)."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(NETWORK_FORMATS)}")
    if not warehouse.exists():
        raise FileNotFoundError(f"no published warehouse at {warehouse}")
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        graphs = read_graphs(con, min_sentences, max_co_mention_edges)
    finally:
        con.close()
    target = target.resolve()
    staging = target.with_name(f".{target.name}.partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    written = []
    for graph in graphs:
        tree = WRITERS[fmt](graph)
        ET.indent(tree)
        tree.write(staging / f"{graph.name}.{fmt}", encoding="utf-8", xml_declaration=True)
        written.append(WrittenGraph(graph.name, target / f"{graph.name}.{fmt}", len(graph.nodes),
                                    len(graph.edges)))
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return written
