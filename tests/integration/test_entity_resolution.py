"""Entity resolution rules, end to end: the real pipeline on the seed articles plus a small JSONL
file written here, then assertions on marts.mentions / marts.entities of the published warehouse."""

import json
import shutil
from collections.abc import Iterator

import duckdb
import pytest

from orchestration import settings
from tests.conftest import SEEDS, run_job

pytestmark = pytest.mark.integration

ARTICLES = [
    {
        "id": "surname",
        "title": "Senator visits plant",
        "published_at": "2024-03-04",
        "text": "Senator Margaret Okonkwo visited the Lakeside steel plant on Monday.\n\n"
                "Okonkwo said the new furnace would create 300 jobs in the region. "
                "Workers welcomed the visit, and Okonkwo promised to return in the autumn.",
    },
    {
        "id": "namesakes",
        "title": "Two Whitfields",
        "published_at": "2024-03-05",
        "text": "Prime Minister Jonathan Whitfield met his sister, the novelist Amelia Whitfield, "
                "in Oslo on Tuesday.\n\nJonathan Whitfield said the meeting was private. "
                "Amelia Whitfield told reporters she would publish a new book next year.",
    },
    {
        "id": "libya_one",
        "title": "Libya anniversary",
        "published_at": "2024-03-06",
        "text": "Libyans marked the anniversary of the fall of Muammar Qaddafi on Wednesday.\n\n"
                "Muammar Qaddafi ruled Libya for more than four decades.",
    },
    {
        "id": "libya_two",
        "title": "Libya archive",
        "published_at": "2024-03-07",
        "text": "An archive of letters written by Moammar Gadhafi was opened in Tripoli.\n\n"
                "Historians said the letters of Moammar Gadhafi shed light on the 1970s.",
    },
    {
        "id": "acronym",
        "title": "Farmers protest",
        "published_at": "2024-03-08",
        "text": "The Northern Grain Producers Association (NGPA) called for lower fuel taxes on "
                "Thursday.\n\nThe NGPA said its members would protest in the capital next week. "
                "Councillors of Lista 4 Verdi (L4V) joined them, and the L4V said it would vote "
                "against the budget.",
    },
    {
        "id": "aliases",
        "title": "Militant group",
        "published_at": "2024-03-09",
        "text": "Iraqi forces said Daesh fighters had retreated from the town. Officials said ISIS "
                "still held two villages, and that the Islamic State had lost most of its "
                "territory.",
    },
    {
        "id": "capital",
        "title": "Talks in the capital",
        "published_at": "2024-03-10",
        "text": "Delegations from Sweden and Norway arrived in Ankara on Friday for talks with "
                "Turkey about the pipeline.\n\nAnkara said on Saturday that it welcomed the "
                "proposal, while Turkey's neighbours were more cautious.",
    },
    {
        "id": "org_short",
        "title": "Reservoir approved",
        "published_at": "2024-03-11",
        "text": "The Eastmoor County Water Board approved the new reservoir on Monday.\n\n"
                "The Water Board said construction would start in May. Siemens said the Siemens "
                "Foundation would pay for a school. Reporters at KBVX News broke the story. KBVX "
                "said the mayor had resigned.",
    },
    {
        "id": "variant_parents",
        "title": "Exhibit opens",
        "published_at": "2024-03-12",
        "text": "Curator Kristen Halvorsen opened the exhibit on Friday.\n\nKristin Halvorsen said "
                "the photographs came from a private collection. Halvorsen added that the show "
                "would travel.",
    },
    {
        "id": "america",
        "title": "Plan backed",
        "published_at": "2024-03-13",
        "text": "Officials from the United States arrived on Monday. America has long backed the "
                "plan.",
    },
    {
        "id": "slips",
        "title": "Exports fall",
        "published_at": "2024-03-14",
        "text": "Analyst Margaret Hollingsworth presented the report on Monday.\n\n"
                "Ms Hollingworth said exports had fallen. The European Commission welcomed the "
                "figures, and the European Commission said it would publish its own. A spokesman "
                "for the European Comission declined to comment.",
    },
    {
        "id": "place_short",
        "title": "Treaty signed",
        "published_at": "2024-03-15",
        "text": "The treaty was signed in Washington D.C. on Monday by delegates from Mexico City. "
                "Mexico welcomed it.\n\nThe delegates left Washington on Tuesday.",
    },
    {
        "id": "given_name_full",
        "title": "County show",
        "published_at": "2024-03-17",
        "text": "The county prize went to Lucinda Marsh on Sunday. The judges praised her marrow.",
    },
    {
        "id": "given_name_one",
        "title": "Bakery reopens",
        "published_at": "2024-03-18",
        "text": "The bakery reopened on Monday. Lucinda said the ovens had been repaired.",
    },
    {
        "id": "given_name_two",
        "title": "Rain at the fete",
        "published_at": "2024-03-19",
        "text": "Rain fell on the fete. Lucinda told visitors the tent would stay open.",
    },
    {
        "id": "nasab_full",
        "title": "Conference opens",
        "published_at": "2024-03-20",
        "text": "Foreign Minister Sheikh Khalid bin Rashid Al Nuaimi opened the conference in Abu "
                "Dhabi on Monday.\n\nHe was joined by the energy minister, Saif bin Hamdan Al "
                "Nuaimi.",
    },
    {
        "id": "nasab_short",
        "title": "Talks continue",
        "published_at": "2024-03-21",
        "text": "Khalid bin Rashid said on Tuesday that the talks would continue.\n\nDelegates "
                "praised the host.",
    },
    {
        "id": "compass",
        "title": "Border incident",
        "published_at": "2024-03-16",
        "text": "Troops from South Sudan crossed the border on Friday. The South said the soldiers "
                "had been ordered back. Sudan denied it.",
    },
    {
        "id": "ny_city",
        "title": "Envoys meet",
        "published_at": "2024-03-22",
        "text": "Delegates met at the United Nations headquarters in New York on Monday.\n\n"
                "The envoys later flew back from New York.",
    },
    {
        "id": "ny_city_full",
        "title": "Exhibit moves",
        "published_at": "2024-03-23",
        "text": "The exhibit will move to New York City next year, the curators said.",
    },
    {
        "id": "ny_state",
        "title": "Museum donation",
        "published_at": "2024-03-24",
        "text": "The photographs were given to a museum in Saratoga Springs, New York, near the "
                "lake.",
    },
    {
        "id": "state_italy",
        "title": "School fees",
        "published_at": "2024-03-25",
        "text": "Schools may charge a fee fixed by the State.\n\nThe State will have to find "
                "new resources, the mayor said.",
    },
    {
        "id": "state_us",
        "title": "Visas reviewed",
        "published_at": "2024-03-26",
        "text": "Officials at the State Department met on Monday. The State said it would review "
                "the visas.",
    },
    {
        "id": "gb",
        "title": "Medals",
        "published_at": "2024-03-27",
        "text": "Athletes from GB won three medals, and the United Kingdom celebrated. The new "
                "phone has 16 GB of memory.",
    },
    {
        "id": "bushes",
        "title": "Memorial",
        "published_at": "2024-03-28",
        "text": "George W. Bush spoke at a memorial for his father, George H. W. Bush, on "
                "Wednesday.\n\nGeorge W. Bush said his father had ended the Cold War.",
    },
    {
        "id": "sisi_one",
        "title": "Summit in Cairo",
        "published_at": "2024-03-29",
        "text": "Egyptian President Abdel Fattah al-Sisi hosted the summit on Friday.",
    },
    {
        "id": "sisi_two",
        "title": "Sworn in",
        "published_at": "2024-03-30",
        "text": "Egyptian President Abdel Fattah el-Sissi was sworn in for a third term on "
                "Tuesday.\n\nEl-Sissi promised reforms.",
    },
    {
        "id": "hafez",
        "title": "Father of the regime",
        "published_at": "2024-03-31",
        "text": "Historians say Hafez al-Assad built the security state after 1970.\n\nAssad "
                "ruled for three decades.",
    },
    {
        "id": "haftar_one",
        "title": "Commander meets envoy",
        "published_at": "2024-04-01",
        "text": "Eastern commander Khalifa Haftar met the envoy on Wednesday.",
    },
    {
        "id": "haftar_two",
        "title": "Airport shelled",
        "published_at": "2024-04-02",
        "text": "Forces loyal to Khalifa Hifter shelled the airport on Thursday.",
    },
    {
        "id": "hassan_one",
        "title": "Shop opens",
        "published_at": "2024-04-03",
        "text": "The grocer Ali Hassan opened a second shop on Friday.",
    },
    {
        "id": "hassan_two",
        "title": "Match report",
        "published_at": "2024-04-04",
        "text": "The striker Ali Hossein scored twice on Saturday.",
    },
    {
        "id": "initials_defined",
        "title": "Crown prince meets envoy",
        "published_at": "2024-04-05",
        "text": "Crown Prince Mohammed bin Salman (MBS) met the envoy on Friday.\n\nMBS said the "
                "talks went well.",
    },
    {
        "id": "initials_bare",
        "title": "Fund launched",
        "published_at": "2024-04-06",
        "text": "The fund was launched on Monday. MBS said it would invest abroad.",
    },
]

SEED_GROUPS = {
    "bagheri": {"Bagheri", "Baqeri", "Mohammad Baqeri", "Mohammed Baqeri",
                "Mohammad Hossein Bagheri"},
    "cavusoglu": {"Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"},
    "erdogan": {"Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"},
    "qassemi": {"Qassemi", "Bahram Qassemi"},
    "erol": {"Erol", "Mehmet Seyfettin Erol"},
    "krg": {"KRG", "Kurdistan Regional Government"},
    "ankasam": {"ANKASAM", "Ankara Center for Crisis and Policy Studies"},
    "islamic_state": {"Daesh", "ISIS"},
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    root = tmp_path_factory.mktemp("entity_resolution")
    inputs = root / "inputs"
    shutil.copytree(SEEDS, inputs)
    with open(inputs / "resolution.jsonl", "w", encoding="utf-8") as fh:
        for article in ARTICLES:
            fh.write(json.dumps(article) + "\n")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("NEWS_INPUT_DIR", str(inputs))
        monkeypatch.setenv("NEWS_WAREHOUSE", str(root / "warehouse" / "news.duckdb"))
        monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
        settings.export_for_subprocesses()
        result = run_job()
        assert result.success
        con = duckdb.connect(str(settings.warehouse_path()), read_only=True)
        yield con
        con.close()
    settings.export_for_subprocesses()


def entity_ids(con: duckdb.DuckDBPyConnection, texts: set[str], doc: str | None = None,
               types: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
               ) -> dict[str, set[str]]:
    """mention_text -> entity_ids of its mentions (in one JSONL doc when ``doc`` is given)."""
    where = "and a.input_name = ?" if doc else ""
    params: list[object] = [list(texts), list(types)]
    if doc:
        params.append(f"resolution.jsonl#{doc}")
    rows = con.execute(
        "select m.mention_text, m.entity_id from marts.mentions as m "
        "join marts.articles as a using (article_id) "
        f"where list_contains(?, m.mention_text) and list_contains(?, m.entity_type) {where}",
        params,
    ).fetchall()
    out: dict[str, set[str]] = {}
    for text, entity_id in rows:
        out.setdefault(text, set()).add(entity_id)
    return out


def one_entity(found: dict[str, set[str]], texts: set[str]) -> str:
    assert set(found) == texts, f"missing mentions: {texts - set(found)}"
    ids = set().union(*found.values())
    assert len(ids) == 1, found
    return ids.pop()


def test_surname_after_full_name(warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"Margaret Okonkwo", "Okonkwo"}, doc="surname")
    one_entity(found, {"Margaret Okonkwo", "Okonkwo"})


def test_namesakes_stay_apart(warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"Jonathan Whitfield", "Amelia Whitfield"}, doc="namesakes")
    jonathan = one_entity({"Jonathan Whitfield": found["Jonathan Whitfield"]},
                          {"Jonathan Whitfield"})
    amelia = one_entity({"Amelia Whitfield": found["Amelia Whitfield"]}, {"Amelia Whitfield"})
    assert jonathan != amelia


def test_transliteration_variants_across_articles(warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"Muammar Qaddafi", "Moammar Gadhafi"})
    one_entity(found, {"Muammar Qaddafi", "Moammar Gadhafi"})


def test_acronym_defined_in_parentheses(warehouse: duckdb.DuckDBPyConnection) -> None:
    texts = {"Northern Grain Producers Association", "NGPA"}
    found = entity_ids(warehouse, texts, doc="acronym")
    one_entity(found, texts)
    rule = warehouse.execute(
        "select distinct resolution_rule from marts.mentions where mention_text = 'NGPA'"
    ).fetchall()
    assert rule == [("acronym_definition",)]
    # an acronym with a digit inside ("L4V" for "Lista 4 Verdi") is an acronym too
    texts = {"Lista 4 Verdi", "L4V"}
    one_entity(entity_ids(warehouse, texts, doc="acronym"), texts)


def test_alias_set_from_reference_seed(warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"Daesh", "ISIS", "Islamic State"}, doc="aliases")
    entity_id = one_entity(found, {"Daesh", "ISIS", "Islamic State"})
    name = warehouse.execute("select canonical_name, reference_key from marts.entities "
                             "where entity_id = ?", [entity_id]).fetchone()
    assert name == ("Islamic State", "islamic_state")


def test_capital_as_place_is_not_the_country(warehouse: duckdb.DuckDBPyConnection) -> None:
    rows = warehouse.execute(
        "select m.mention_text, m.entity_id, m.start_char from marts.mentions as m "
        "join marts.articles as a using (article_id) "
        "where a.input_name = 'resolution.jsonl#capital' "
        "and m.mention_text in ('Ankara', 'Turkey') order by m.start_char"
    ).fetchall()
    texts = [r[0] for r in rows]
    assert texts.count("Ankara") == 2 and "Turkey" in texts, rows
    turkey = {r[1] for r in rows if r[0] == "Turkey"}
    assert len(turkey) == 1
    place_use, government_use = [r[1] for r in rows if r[0] == "Ankara"]
    assert place_use not in turkey  # "arrived in Ankara": the city
    assert government_use in turkey  # "Ankara said": the Turkish government


def test_org_short_form_in_article(warehouse: duckdb.DuckDBPyConnection) -> None:
    texts = {"Eastmoor County Water Board", "Water Board"}
    one_entity(entity_ids(warehouse, texts, doc="org_short"), texts)
    rule = warehouse.execute(
        "select distinct resolution_rule from marts.mentions where mention_text = 'Water Board'"
    ).fetchall()
    assert rule == [("org_short_form_in_article",)]
    # a name that starts a longer name is not its short form (the company, not its foundation)
    found = entity_ids(warehouse, {"Siemens", "Siemens Foundation"}, doc="org_short")
    assert set(found) == {"Siemens", "Siemens Foundation"}
    assert found["Siemens"].isdisjoint(found["Siemens Foundation"])
    # but an outlet named without its medium word is the outlet
    texts = {"KBVX News", "KBVX"}
    one_entity(entity_ids(warehouse, texts, doc="org_short"), texts)


def test_surname_with_two_spellings_of_one_parent(warehouse: duckdb.DuckDBPyConnection) -> None:
    texts = {"Kristen Halvorsen", "Kristin Halvorsen", "Halvorsen"}
    one_entity(entity_ids(warehouse, texts, doc="variant_parents"), texts)


def test_america_is_the_united_states(warehouse: duckdb.DuckDBPyConnection) -> None:
    texts = {"United States", "America"}
    one_entity(entity_ids(warehouse, texts, doc="america"), texts)


def test_spelling_slip_in_article(warehouse: duckdb.DuckDBPyConnection) -> None:
    # a surname one slip away from a longer person name, and an org name with one slipped word
    texts = {"Margaret Hollingsworth", "Hollingworth"}
    one_entity(entity_ids(warehouse, texts, doc="slips"), texts)
    texts = {"European Commission", "European Comission"}
    one_entity(entity_ids(warehouse, texts, doc="slips"), texts)
    rules = warehouse.execute(
        "select distinct mention_text, resolution_rule from marts.mentions "
        "where mention_text in ('Hollingworth', 'European Comission') order by 1"
    ).fetchall()
    assert rules == [("European Comission", "spelling_variant_in_article"),
                     ("Hollingworth", "spelling_variant_in_article")]


def test_place_short_form_in_article(warehouse: duckdb.DuckDBPyConnection) -> None:
    # a place written without its trailing code, and a lone compass word for the one place it
    # starts; a city named after its country stays apart from the country
    texts = {"Washington D.C.", "Washington"}
    one_entity(entity_ids(warehouse, texts, doc="place_short"), texts)
    found = entity_ids(warehouse, {"Mexico City", "Mexico"}, doc="place_short")
    assert set(found) == {"Mexico City", "Mexico"}
    assert found["Mexico"].isdisjoint(found["Mexico City"])
    texts = {"South Sudan", "South"}
    south = one_entity(entity_ids(warehouse, texts, doc="compass"), texts)
    assert south not in entity_ids(warehouse, {"Sudan"}, doc="compass")["Sudan"]


def test_bare_given_names_stay_in_their_article(warehouse: duckdb.DuckDBPyConnection) -> None:
    # "Lucinda" only ever opens a person name of the corpus: two bare Lucindas in two articles
    # are not known to be one person, nor the Lucinda Marsh of a third article
    one = entity_ids(warehouse, {"Lucinda"}, doc="given_name_one")["Lucinda"]
    two = entity_ids(warehouse, {"Lucinda"}, doc="given_name_two")["Lucinda"]
    full = entity_ids(warehouse, {"Lucinda Marsh"}, doc="given_name_full")["Lucinda Marsh"]
    assert len(one) == len(two) == 1
    assert one.isdisjoint(two) and one.isdisjoint(full) and two.isdisjoint(full)
    rule = warehouse.execute(
        "select distinct resolution_rule from marts.mentions where mention_text = 'Lucinda'"
    ).fetchall()
    assert rule == [("given_name_in_article",)]


def test_arabic_name_without_its_family_name(warehouse: duckdb.DuckDBPyConnection) -> None:
    """"Khalid bin Rashid" (given bin father) is the "Khalid bin Rashid Al Nuaimi" of another
    article; "Saif bin Hamdan Al Nuaimi", who shares only the family name, stays apart."""
    full = entity_ids(warehouse, {"Khalid bin Rashid Al Nuaimi"}, doc="nasab_full")
    short = entity_ids(warehouse, {"Khalid bin Rashid"}, doc="nasab_short")
    other = entity_ids(warehouse, {"Saif bin Hamdan Al Nuaimi"}, doc="nasab_full")
    assert full and short and other
    assert full["Khalid bin Rashid Al Nuaimi"] == short["Khalid bin Rashid"]
    assert not other["Saif bin Hamdan Al Nuaimi"] & full["Khalid bin Rashid Al Nuaimi"]


@pytest.mark.parametrize("group", sorted(SEED_GROUPS))
def test_seed_spelling_group_is_one_entity(warehouse: duckdb.DuckDBPyConnection,
                                           group: str) -> None:
    texts = SEED_GROUPS[group]
    rows = warehouse.execute(
        "select m.mention_text, m.entity_id from marts.mentions as m "
        "join marts.articles as a using (article_id) "
        "where list_contains(?, m.mention_text) and a.input_name not like 'resolution.jsonl#%'",
        [list(texts)],
    ).fetchall()
    found: dict[str, set[str]] = {}
    for text, entity_id in rows:
        found.setdefault(text, set()).add(entity_id)
    one_entity(found, texts)


def test_seed_groups_are_different_entities(warehouse: duckdb.DuckDBPyConnection) -> None:
    ids = {}
    for group, texts in SEED_GROUPS.items():
        found = entity_ids(warehouse, texts)
        ids[group] = set().union(*found.values())
    flat = [i for group_ids in ids.values() for i in group_ids]
    assert len(flat) == len(set(flat)), ids


def test_no_person_entity_mixes_two_full_names(warehouse: duckdb.DuckDBPyConnection) -> None:
    """Every two-or-more-token alias of a PERSON entity shares the entity's last name up to its
    transliteration (the same first letter and consonants, doubled letters once: "sissi" /
    "sisi", "haftar" / "hifter"), except an Arabic nasab that opens a longer alias ("khalid bin
    rashid" of "khalid bin rashid nuaimi")."""
    import re

    from orchestration.lib.name_normalization import normalize_name

    rows = warehouse.execute(
        "select e.entity_id, a.alias from marts.entities as e "
        "join marts.entity_aliases as a using (entity_id) where e.entity_type = 'PERSON'"
    ).fetchall()
    aliases: dict[str, list[list[str]]] = {}
    for entity_id, alias in rows:
        aliases.setdefault(entity_id, []).append(normalize_name(alias).split())
    last_names: dict[str, set[str]] = {}
    for entity_id, names in aliases.items():
        for tokens in names:
            nasab = {"bin", "ibn", "bint"} & set(tokens[1:-1]) and any(
                len(other) > len(tokens) and other[:len(tokens)] == tokens for other in names)
            if len(tokens) >= 2 and not nasab:
                consonants = re.sub(r"(.)\1+", r"\1", re.sub("[aeiou]", "", tokens[-1]))
                last_name = tokens[-1][:1] + ":" + consonants
                last_names.setdefault(entity_id, set()).add(last_name)
    mixed = {k: v for k, v in last_names.items() if len(v) > 1}
    assert not mixed


def test_mentions_keep_offsets_and_flag_nested(warehouse: duckdb.DuckDBPyConnection) -> None:
    bad = warehouse.execute(
        "select count(*) from marts.mentions as m join marts.articles as a using (article_id) "
        "where substr(a.body_text, m.start_char + 1, m.end_char - m.start_char) "
        "is distinct from m.mention_text"
    ).fetchone()[0]
    assert bad == 0
    nested = warehouse.execute(
        "select count(*) from marts.mentions as inner_m join marts.mentions as outer_m "
        "on inner_m.article_id = outer_m.article_id and inner_m.mention_id <> outer_m.mention_id "
        "and inner_m.start_char >= outer_m.start_char and inner_m.end_char <= outer_m.end_char "
        "where inner_m.is_nested and not outer_m.is_nested"
    ).fetchone()[0]
    flagged = warehouse.execute("select count(*) from marts.mentions where is_nested").fetchone()[0]
    assert flagged >= 1 and nested == flagged


def test_entity_ids_are_stable_hashes(warehouse: duckdb.DuckDBPyConnection) -> None:
    rows = warehouse.execute(
        "select entity_id, count(*) over (partition by entity_id) from marts.entities"
    ).fetchall()
    assert rows and all(r[0].startswith("ent_") and r[1] == 1 for r in rows)


def test_new_york_is_the_city_unless_the_state_is_meant(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    city = one_entity(entity_ids(warehouse, {"New York"}, "ny_city"), {"New York"})
    assert one_entity(entity_ids(warehouse, {"New York City"}, "ny_city_full"),
                      {"New York City"}) == city
    # "Saratoga Springs, New York": the US "city, state" convention names the state
    state = one_entity(entity_ids(warehouse, {"New York"}, "ny_state"), {"New York"})
    assert state != city


def test_a_lone_generic_word_never_links_across_articles(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    italy = one_entity(entity_ids(warehouse, {"State"}, "state_italy"), {"State"})
    us = one_entity(entity_ids(warehouse, {"State"}, "state_us"), {"State"})
    assert italy != us


def test_tagged_only_alias_applies_to_tagged_spans(warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"GB", "United Kingdom"}, "gb")
    one_entity(found, {"GB", "United Kingdom"})
    rows = warehouse.execute(
        "select count(*) from marts.mentions as m join marts.articles as a using (article_id) "
        "where a.input_name = 'resolution.jsonl#gb' and m.mention_text like '%16%'").fetchone()
    assert rows[0] == 0


def test_a_name_with_an_initial_keeps_all_of_them(warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"George W. Bush", "George H. W. Bush"}, "bushes")
    son = one_entity({"George W. Bush": found["George W. Bush"]}, {"George W. Bush"})
    father = one_entity({"George H. W. Bush": found["George H. W. Bush"]}, {"George H. W. Bush"})
    assert son != father


def test_surname_with_a_doubled_letter_across_articles(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    one = entity_ids(warehouse, {"Abdel Fattah al-Sisi"}, "sisi_one")
    two = entity_ids(warehouse, {"Abdel Fattah el-Sissi", "El-Sissi"}, "sisi_two",
                     types=("PERSON",))
    one_entity({**one, **two}, {"Abdel Fattah al-Sisi", "Abdel Fattah el-Sissi", "El-Sissi"})


def test_seed_surname_yields_to_another_full_name_of_the_article(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    # the seed gives a bare "Assad" to Bashar al-Assad; this article names only his father
    found = entity_ids(warehouse, {"Hafez al-Assad", "Assad"}, "hafez", types=("PERSON",))
    hafez = one_entity(found, {"Hafez al-Assad", "Assad"})
    bashar = warehouse.execute(
        "select entity_id from marts.entities where canonical_name = 'Bashar al-Assad'"
    ).fetchall()
    assert hafez not in {row[0] for row in bashar}


def test_surname_transliterated_another_way_across_articles(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    one = entity_ids(warehouse, {"Khalifa Haftar"}, "haftar_one")
    two = entity_ids(warehouse, {"Khalifa Hifter"}, "haftar_two")
    one_entity({**one, **two}, {"Khalifa Haftar", "Khalifa Hifter"})
    # same consonants but three edits apart: two surnames, two people
    hassan = entity_ids(warehouse, {"Ali Hassan"}, "hassan_one")
    hossein = entity_ids(warehouse, {"Ali Hossein"}, "hassan_two")
    assert hassan and hossein and not hassan["Ali Hassan"] & hossein["Ali Hossein"]


def test_person_initials_hold_in_the_defining_article_only(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    found = entity_ids(warehouse, {"Mohammed bin Salman", "MBS"}, "initials_defined")
    person = one_entity(found, {"Mohammed bin Salman", "MBS"})
    bare = entity_ids(warehouse, {"MBS"}, "initials_bare")
    assert person not in set().union(*bare.values())
