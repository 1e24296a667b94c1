"""The N3 benchmark's scorer on hand-made toy inputs (no corpus text, no warehouse build): gold
URIs, offset matching, split / merged, B-cubed and pairwise figures computed by hand."""

from typing import Any

import pytest

from benchmarks.entities_n3 import (
    Link,
    Pred,
    bcubed,
    examples,
    link_documents,
    match_by_offsets,
    pairwise,
    split_and_merged,
    uri_key,
)


def link(doc: str, gold: str, entity_id: str, exact: bool = True) -> Link:
    return Link(doc, gold, gold, entity_id, entity_id, "PERSON", exact)


# gold a: 3 mentions in d1, d2, d3; gold b: 2 mentions in d1, d2; gold c: 1 mention in d3.
# Prediction: a -> X, X, Y (split across documents); b -> Z, Z; c -> Z (merged with b).
TOY = [
    link("d1", "a", "X"), link("d2", "a", "X"), link("d3", "a", "Y"),
    link("d1", "b", "Z"), link("d2", "b", "Z"),
    link("d3", "c", "Z"),
]


def test_uri_key_folds_dbpedia_names_and_keeps_notinwiki_apart() -> None:
    assert uri_key("http://dbpedia.org/resource/F%C3%A9lix_Hern%C3%A1ndez") == "félix hernández"
    assert uri_key("http://de.dbpedia.org/resource/Montedison") == uri_key(
        "http://dbpedia.org/resource/montedison")
    assert uri_key("http://dbpedia.org/resource/Coalition_Avenir_Qu\\u00E9bec") == (
        "coalition avenir québec")
    assert uri_key("http://dbpedia.org/page/Acme_Corp") == "acme corp"
    assert uri_key("http://aksw.org/notInWiki/Acme_Corp") == "notinwiki:acme corp"
    assert uri_key("http://aksw.org/notInWiki", "Jo Bloggs") == "notinwiki:jo bloggs"


def test_offset_matching_is_one_to_one_by_most_shared_characters() -> None:
    gold = [(0, 10), (20, 25)]
    # the nested (4, 8) and the outer (0, 12) both overlap gold 0: the outer shares more
    pred = [(4, 8), (0, 12), None, (21, 23), (30, 35)]
    assert match_by_offsets(pred, gold) == [(1, 0), (3, 1)]
    # equal overlap: the exact span wins
    assert match_by_offsets([(0, 6), (0, 5)], [(0, 5)]) == [(1, 0)]


def test_split_and_merged_overall_and_cross_document() -> None:
    s = split_and_merged(TOY)
    assert (s["gold_entities_matched"], s["split"]) == (3, 1)
    assert s["split_rate"] == pytest.approx(1 / 3, abs=1e-4)
    # a (3 docs) and b (2 docs) are cross-document gold entities; only a is split
    assert (s["cross_document_gold_entities"], s["cross_document_split"]) == (2, 1)
    assert s["cross_document_split_rate"] == 0.5
    # ids X, Y, Z; only Z holds two gold entities (b and c), and Z spans 3 documents
    assert (s["predicted_ids_matched"], s["merged"]) == (3, 1)
    assert (s["cross_document_predicted_ids"], s["cross_document_merged"]) == (2, 1)


def test_bcubed_by_hand() -> None:
    # precision per mention: a@X 2/2, 2/2, a@Y 1/1, b@Z 2/3, 2/3, c@Z 1/3 -> 4.667 / 6
    # recall per mention:    a@X 2/3, 2/3, a@Y 1/3, b@Z 2/2, 2/2, c@Z 1/1 -> 4.667 / 6
    b = bcubed(TOY)
    assert b["precision"] == pytest.approx(14 / 18, abs=1e-4)
    assert b["recall"] == pytest.approx(14 / 18, abs=1e-4)
    assert bcubed([link("d1", "a", "X"), link("d2", "a", "X")]) == {
        "precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_pairwise_all_and_cross_document() -> None:
    # gold pairs: a 3, b 1, c 0 = 4; predicted: X 1, Y 0, Z 3 = 4; both: a-X 1, b-Z 1 = 2
    p = pairwise(TOY)
    assert (p["true_pairs"], p["predicted_pairs"], p["gold_pairs"]) == (2, 4, 4)
    assert p["f1"] == 0.5
    # every toy mention of a cluster lies in its own document: the same pairs
    assert pairwise(TOY, cross_document=True)["true_pairs"] == 2
    # two mentions of one entity in the same document are no cross-document pair
    same_doc = [link("d1", "a", "X"), link("d1", "a", "X")]
    assert pairwise(same_doc, cross_document=True)["gold_pairs"] == 0
    assert pairwise(same_doc)["f1"] == 1.0


def test_examples_list_split_and_merged_cases() -> None:
    ex = examples(TOY, {"Z": {"canonical_name": "Zed"}})
    assert [e["gold_entity"] for e in ex["split_examples"]] == ["a"]
    assert {i["entity_id"] for i in ex["split_examples"][0]["entity_ids"]} == {"X", "Y"}
    assert [e["entity_id"] for e in ex["merged_examples"]] == ["Z"]
    assert ex["merged_examples"][0]["canonical_name"] == "Zed"
    assert [g["gold_key"] for g in ex["merged_examples"][0]["gold_entities"]] == ["b", "c"]


def test_link_documents_counts_recall_per_dataset() -> None:
    docs: list[dict[str, Any]] = [
        {"doc_id": "RSS-500-0001", "dataset": "RSS-500", "text": "Ann Lee met Bob Ray .",
         "entities": [{"start": 0, "end": 7, "text": "Ann Lee",
                       "uri": "http://aksw.org/notInWiki/Ann_Lee"},
                      {"start": 12, "end": 19, "text": "Bob Ray",
                       "uri": "http://aksw.org/notInWiki/Bob_Ray"}]},
    ]
    preds = [[Pred((0, 3), "Ann", "PERSON", "e1"), Pred(None, "Bob Ray", "PERSON", "e2")]]
    links, mentions = link_documents(docs, preds)
    assert [(x.gold_key, x.entity_id, x.exact) for x in links] == [("notinwiki:ann lee", "e1",
                                                                    False)]
    assert mentions["RSS-500"]["recall"] == 0.5
    assert mentions["RSS-500"]["exact_recall"] == 0.0
    # the text rule (secondary) matches the unmapped prediction too
    text_links, _ = link_documents(docs, preds, by_text=True)
    assert len(text_links) == 2
