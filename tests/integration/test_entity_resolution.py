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
    # the model labels the name ORG in the second article (no title): still one person
    {
        "id": "tokayev_one",
        "title": "Central Asian leaders meet",
        "published_at": "2022-08-20",
        "text": "Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev "
                "in Tashkent on August 16.",
    },
    {
        "id": "tokayev_two",
        "title": "Water talks",
        "published_at": "2023-10-05",
        "text": "Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev in August. They "
                "discussed water sharing.",
    },
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

# Middle East politics written the way news pages write it: relatives who share a family name,
# Arabic names ending in a father's name, and one person spelled several ways across articles
FAMILY_ARTICLES = [
    {
        "id": "barzani_two",
        "title": "Kurdish leaders meet in Erbil",
        "published_at": "2024-05-01",
        "text": "ERBIL - Kurdistan Region President Nechirvan Barzani met Prime Minister "
                "Masrour Barzani on Sunday to discuss the budget dispute with Baghdad.\n\nMasoud "
                "Barzani, the leader of the Kurdistan Democratic Party (KDP), did not attend. "
                "Barzani has led the party since 1979.\n\nOfficials said the two men agreed to "
                "send a delegation. Barzani said the talks were constructive.\n\nShare this "
                "article",
    },
    {
        "id": "barzani_father",
        "title": "KDP leader speaks",
        "published_at": "2024-05-02",
        "text": "Kurdistan Democratic Party leader Masoud Barzani said on Monday that the "
                "referendum was a right.\n\nBarzani spoke in Duhok.",
    },
    {
        "id": "barzani_bare",
        "title": "Statement from Erbil",
        "published_at": "2024-05-03",
        "text": "Barzani told supporters in Erbil that the region would not give up its oil "
                "revenues.\n\nAdvertisement",
    },
    {
        "id": "barzani_son",
        "title": "PM visits Ankara",
        "published_at": "2024-05-04",
        "text": "Kurdistan Region Prime Minister Masrour Barzani arrived in Ankara on "
                "Tuesday.\n\nBarzani met Turkish officials.",
    },
    {
        "id": "assad_family",
        "title": "Syria's ruling family",
        "published_at": "2024-05-05",
        "text": "DAMASCUS (Reuters) - Syrian President Bashar al-Assad and his wife Asma "
                "al-Assad visited a hospital on Sunday. His brother Maher al-Assad commands "
                "the Fourth Division.\n\nThe family has ruled Syria since Hafez al-Assad took "
                "power in 1970.\n\nAssad did not speak to reporters.",
    },
    {
        "id": "assad_bashar",
        "title": "Assad meets envoy",
        "published_at": "2024-05-06",
        "text": "Syrian President Bashar al-Assad met the UN envoy in Damascus on "
                "Monday.\n\nAssad said the talks were useful.",
    },
    {
        "id": "saudi",
        "title": "Saudi royal family",
        "published_at": "2024-05-07",
        "text": "RIYADH - Crown Prince Mohammed bin Salman (MBS) chaired the cabinet session "
                "on Tuesday on behalf of King Salman.\n\nDefence Minister Prince Khalid bin "
                "Salman met US officials, while Foreign Minister Prince Faisal bin Farhan "
                "attended the summit. Prince Faisal bin Salman, the governor of Medina, opened "
                "a museum.\n\nKing Salman has ruled since 2015. Salman is 88.",
    },
    {
        "id": "saudi_king",
        "title": "King receives letter",
        "published_at": "2024-05-08",
        "text": "King Salman received a letter from the Emir of Kuwait on Wednesday.\n\nSalman "
                "thanked the Emir.",
    },
    {
        "id": "qatar",
        "title": "Qatar's emir hosts talks",
        "published_at": "2024-05-09",
        "text": "DOHA - Emir Sheikh Tamim bin Hamad Al Thani received the delegation on "
                "Monday. His father, Sheikh Hamad bin Khalifa Al Thani, ruled Qatar until "
                "2013.\n\nPrime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks "
                "would continue. Sheikh Hamad attended the dinner.",
    },
    {
        "id": "abbas",
        "title": "Palestinian president in Ramallah",
        "published_at": "2024-05-10",
        "text": "RAMALLAH - Palestinian President Mahmoud Abbas met the Jordanian foreign "
                "minister on Sunday.\n\nAbbas said the occupation must end.",
    },
    {
        "id": "abbas_other",
        "title": "Minister named",
        "published_at": "2024-05-11",
        "text": "Ahmad Abbas, a former banker, was named finance minister of the province on "
                "Thursday.\n\nAbbas promised to cut spending.",
    },
    {
        "id": "maliki",
        "title": "Iraqi politics",
        "published_at": "2024-05-12",
        "text": "BAGHDAD - Former prime minister Nouri al-Maliki said on Monday his coalition "
                "would back the budget.\n\nMaliki spoke at a rally in Karbala.",
    },
    {
        "id": "maliki_other",
        "title": "Saudi spokesman",
        "published_at": "2024-05-13",
        "text": "Coalition spokesman Turki al-Maliki said on Tuesday that the drone had been "
                "intercepted.\n\nAl-Maliki did not give details.",
    },
    {
        "id": "khamenei",
        "title": "Supreme leader",
        "published_at": "2024-05-14",
        "text": "TEHRAN - Supreme Leader Ayatollah Ali Khamenei addressed a crowd on Friday. "
                "His son Mojtaba Khamenei was seen at the ceremony.\n\nKhamenei said Iran would "
                "respond.",
    },
    {
        "id": "khamenei_bare",
        "title": "Leader's speech",
        "published_at": "2024-05-15",
        "text": "Iran's Supreme Leader Ali Khamenei warned on Saturday against "
                "negotiations.\n\nKhamenei spoke in Tehran.",
    },
    {
        "id": "sudani_one",
        "title": "Iraqi PM",
        "published_at": "2024-05-16",
        "text": "BAGHDAD - Iraqi Prime Minister Mohammed Shia al-Sudani met the Turkish "
                "foreign minister on Monday.\n\nAl-Sudani said water was a priority.",
    },
    {
        "id": "sudani_two",
        "title": "Budget",
        "published_at": "2024-05-17",
        "text": "Prime Minister Al Sudani presented the budget to parliament on "
                "Sunday.\n\nSudani said salaries would be paid on time.",
    },
    {
        "id": "sudani_three",
        "title": "Visit",
        "published_at": "2024-05-18",
        "text": "Iraqi Prime Minister Mohammad Shia Al Sudani arrived in Tehran on Wednesday.",
    },
    {
        "id": "abdollahian_one",
        "title": "Iranian FM",
        "published_at": "2024-05-19",
        "text": "Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Beirut on "
                "Friday.\n\nAmir-Abdollahian met Lebanese officials.",
    },
    {
        "id": "abdollahian_two",
        "title": "FM in Damascus",
        "published_at": "2024-05-20",
        "text": "Foreign Minister Hossein Amir Abdollahian visited Damascus on Saturday. "
                "Abdollahian met the Syrian president.",
    },
    {
        "id": "abdollahian_three",
        "title": "Talks",
        "published_at": "2024-05-21",
        "text": "Iran's foreign minister Hossein Amir-Abdullahian said on Monday the talks "
                "would resume.\n\nAbdullahian did not give a date.",
    },
    {
        "id": "pezeshkian_one",
        "title": "New president",
        "published_at": "2024-05-22",
        "text": "Iranian President Masoud Pezeshkian was sworn in on Tuesday.\n\nPezeshkian "
                "promised reforms.",
    },
    {
        "id": "pezeshkian_two",
        "title": "President abroad",
        "published_at": "2024-05-23",
        "text": "President Masoud Pezeshkiyan arrived in New York on Sunday. Pezeshkiyan will "
                "address the UN General Assembly.",
    },
    {
        "id": "nasrallah_one",
        "title": "Hezbollah leader",
        "published_at": "2024-05-24",
        "text": "BEIRUT - Hezbollah leader Hassan Nasrallah said in a televised speech on "
                "Friday that the group was ready.\n\nNasrallah spoke for an hour.",
    },
    {
        "id": "nasrallah_two",
        "title": "Speech",
        "published_at": "2024-05-25",
        "text": "Sayyed Hassan Nasrullah warned Israel on Monday. Nasrullah did not appear in "
                "public.",
    },
    {
        "id": "mikati_one",
        "title": "Lebanon cabinet",
        "published_at": "2024-05-26",
        "text": "Lebanese Prime Minister Najib Mikati met the central bank governor on Monday. "
                "Mikati said reforms were urgent.",
    },
    {
        "id": "mikati_two",
        "title": "Caretaker PM",
        "published_at": "2024-05-27",
        "text": "Caretaker Prime Minister Najib Miqati called for calm on Thursday.\n\nMiqati "
                "spoke in Tripoli.",
    },
    {
        "id": "netanyahu_one",
        "title": "Israeli PM",
        "published_at": "2024-05-28",
        "text": "JERUSALEM - Israeli Prime Minister Benjamin Netanyahu met the US envoy on "
                "Sunday.\n\nNetanyahu said the war would go on.",
    },
    {
        "id": "netanyahu_two",
        "title": "Coalition",
        "published_at": "2024-05-01",
        "text": "Supporters chanted “Bibi” as Netanyahu arrived at the rally on "
                "Saturday.\n\nBibi, as he is known, waved to the crowd.",
    },
    {
        "id": "netanyahu_family",
        "title": "Court case",
        "published_at": "2024-05-02",
        "text": "Yair Netanyahu, the son of the prime minister, lost a libel case on "
                "Monday.\n\nNetanyahu had posted the claims online.",
    },
    {
        "id": "turki",
        "title": "Former spy chief",
        "published_at": "2024-05-03",
        "text": "Prince Turki bin Faisal, the former intelligence chief, spoke at the forum on "
                "Monday.",
    },
    {
        "id": "faisal_king",
        "title": "History",
        "published_at": "2024-05-04",
        "text": "King Faisal was assassinated in 1975.\n\nFaisal had ruled for eleven years.",
    },
    {
        "id": "qatar_short",
        "title": "Emir travels",
        "published_at": "2024-05-05",
        "text": "DOHA - Emir Sheikh Tamim bin Hamad arrived in Paris on Monday. Sheikh Hamad, "
                "his father, stayed in Doha.",
    },
    {
        "id": "khamenei_title",
        "title": "Sermon",
        "published_at": "2024-07-01",
        "text": "Ayatollah Khamenei told worshippers on Friday that the enemy had failed.\n\n"
                "Khamenei did not name the country.",
    },
    {
        "id": "mojtaba",
        "title": "Succession",
        "published_at": "2024-07-02",
        "text": "Mojtaba Khamenei has kept a low profile for years.\n\nKhamenei, 55, studied in "
                "Qom.",
    },
    {
        "id": "gulf_names",
        "title": "Saudi-Emirati talks",
        "published_at": "2024-07-03",
        "text": "ABU DHABI (WAM) -- President Sheikh Mohamed bin Zayed Al Nahyan received Saudi "
                "Crown Prince Mohammed bin Salman on Tuesday. Sheikh Mohamed and Prince Mohammed "
                "discussed regional issues. Sheikh Mansour bin Zayed Al Nahyan and Sheikh "
                "Tahnoun bin Zayed attended.\n\nBin Zayed later hosted a dinner.",
    },
]
ARTICLES += FAMILY_ARTICLES

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


def test_a_person_the_model_labels_org_once_is_still_the_person(
    warehouse: duckdb.DuckDBPyConnection,
) -> None:
    rows = warehouse.execute(
        "select a.input_name, m.entity_type, m.entity_id from marts.mentions as m "
        "join marts.articles as a using (article_id) "
        "where m.mention_text = 'Kassym-Jomart Tokayev'").fetchall()
    assert {row[0].split("#")[-1] for row in rows} == {"tokayev_one", "tokayev_two"}
    assert {row[1] for row in rows} == {"PERSON"}
    assert len({row[2] for row in rows}) == 1, rows


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
    "sisi", "haftar" / "hifter"; a surname written in two words or one, "amir abdollahian" /
    "amirabdollahian"), except an Arabic nasab that opens a longer alias ("khalid bin rashid" of
    "khalid bin rashid nuaimi"). Entities of the reference seed are left out: the seed says
    which spellings are one person ("Mikati" / "Miqati")."""
    import re

    from orchestration.lib.name_normalization import normalize_name

    rows = warehouse.execute(
        "select e.entity_id, a.alias from marts.entities as e "
        "join marts.entity_aliases as a using (entity_id) "
        "where e.entity_type = 'PERSON' and e.reference_key is null"
    ).fetchall()
    aliases: dict[str, list[list[str]]] = {}
    for entity_id, alias in rows:
        aliases.setdefault(entity_id, []).append(normalize_name(alias).split())

    def last_names(tokens: list[str]) -> set[str]:
        out = set()
        for word in {tokens[-1], "".join(tokens[-2:])}:
            consonants = re.sub(r"(.)\1+", r"\1", re.sub("[aeiou]", "", word))
            out.add(word[:1] + ":" + consonants)
        return out

    mixed = {}
    for entity_id, names in aliases.items():
        found = [
            last_names(tokens) for tokens in names
            if len(tokens) >= 2 and not ({"bin", "ibn", "bint"} & set(tokens[1:-1]) and any(
                len(other) > len(tokens) and other[:len(tokens)] == tokens for other in names))
        ]
        if found and not set.intersection(*found):
            mixed[entity_id] = found
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


def ids_in_order(con: duckdb.DuckDBPyConnection, doc: str, text: str) -> list[str]:
    """entity_ids of the PERSON mentions ``text`` of one JSONL doc, in reading order."""
    return [row[0] for row in con.execute(
        "select m.entity_id from marts.mentions as m join marts.articles as a using (article_id) "
        "where a.input_name = ? and m.mention_text = ? and m.entity_type = 'PERSON' "
        "order by m.start_char", [f"resolution.jsonl#{doc}", text]).fetchall()]


def person(con: duckdb.DuckDBPyConnection, doc: str, text: str) -> str:
    found = ids_in_order(con, doc, text)
    assert found and len(set(found)) == 1, (doc, text, found)
    return found[0]


def test_relatives_who_share_a_family_name_stay_apart(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    groups = [
        ("barzani_two", ["Nechirvan Barzani", "Masrour Barzani", "Masoud Barzani"]),
        ("assad_family", ["Bashar al-Assad", "Asma al-Assad", "Maher al-Assad",
                          "Hafez al-Assad"]),
        ("saudi", ["Mohammed bin Salman", "Khalid bin Salman", "Faisal bin Salman",
                   "Faisal bin Farhan", "Salman"]),
        ("qatar", ["Tamim bin Hamad Al Thani", "Hamad bin Khalifa Al Thani",
                   "Mohammed bin Abdulrahman Al Thani"]),
        ("khamenei", ["Ali Khamenei", "Mojtaba Khamenei"]),
    ]
    for doc, names in groups:
        ids = [person(warehouse, doc, name) for name in names]
        assert len(set(ids)) == len(ids), (doc, dict(zip(names, ids, strict=True)))
    # across articles: father and son, two Abbases, two al-Malikis, a father and his son's nasab
    pairs = [
        (("barzani_father", "Masoud Barzani"), ("barzani_son", "Masrour Barzani")),
        (("abbas", "Mahmoud Abbas"), ("abbas_other", "Ahmad Abbas")),
        (("maliki", "Nouri al-Maliki"), ("maliki_other", "Turki al-Maliki")),
        (("saudi_king", "Salman"), ("saudi", "Mohammed bin Salman")),
        (("faisal_king", "Faisal"), ("turki", "Turki bin Faisal")),
        (("netanyahu_family", "Yair Netanyahu"), ("netanyahu_one", "Benjamin Netanyahu")),
    ]
    for one, other in pairs:
        assert person(warehouse, *one) != person(warehouse, *other), (one, other)


def test_the_father_named_in_a_nasab_is_not_the_son(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    """"Sheikh Hamad" next to "Tamim bin Hamad" is the father, never a short form of the son;
    in the full article he is "Hamad bin Khalifa Al Thani"."""
    assert person(warehouse, "qatar_short", "Hamad") \
        != person(warehouse, "qatar_short", "Tamim bin Hamad")
    assert person(warehouse, "qatar", "Hamad") \
        == person(warehouse, "qatar", "Hamad bin Khalifa Al Thani")


def test_a_bare_surname_of_several_people_of_the_article(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    """Three Barzanis in one article: the bare "Barzani" of the paragraph that names only Masoud
    Barzani is his; the one of a paragraph naming none stays unresolved — it is none of the three
    and is not linked to the "Barzani" of any other article."""
    named = {person(warehouse, "barzani_two", n)
             for n in ("Nechirvan Barzani", "Masrour Barzani", "Masoud Barzani")}
    first, second = ids_in_order(warehouse, "barzani_two", "Barzani")
    assert first == person(warehouse, "barzani_two", "Masoud Barzani")
    assert second not in named
    assert second != person(warehouse, "barzani_bare", "Barzani")
    assert second != person(warehouse, "barzani_father", "Barzani")
    # the seed's "Assad" (Bashar) yields too: a paragraph of its own, four al-Assads before it
    family = {person(warehouse, "assad_family", n)
              for n in ("Bashar al-Assad", "Asma al-Assad", "Maher al-Assad", "Hafez al-Assad")}
    assert person(warehouse, "assad_family", "Assad") not in family
    # one person of that name in the article: the surname is his
    assert person(warehouse, "barzani_son", "Barzani") \
        == person(warehouse, "barzani_son", "Masrour Barzani")
    assert person(warehouse, "netanyahu_family", "Netanyahu") \
        == person(warehouse, "netanyahu_family", "Yair Netanyahu")
    # the seed's "Khamenei" (Ali) yields to the son the article names
    assert person(warehouse, "mojtaba", "Khamenei") \
        == person(warehouse, "mojtaba", "Mojtaba Khamenei") \
        != person(warehouse, "khamenei", "Ali Khamenei")


@pytest.mark.parametrize("group", [
    [("sudani_one", "Mohammed Shia al-Sudani"), ("sudani_one", "Al-Sudani"),
     ("sudani_two", "Al Sudani"), ("sudani_two", "Sudani"),
     ("sudani_three", "Mohammad Shia Al Sudani")],
    [("abdollahian_one", "Hossein Amir-Abdollahian"), ("abdollahian_one", "Amir-Abdollahian"),
     ("abdollahian_two", "Hossein Amir Abdollahian"), ("abdollahian_two", "Abdollahian"),
     ("abdollahian_three", "Hossein Amir-Abdullahian"), ("abdollahian_three", "Abdullahian")],
    [("pezeshkian_one", "Masoud Pezeshkian"), ("pezeshkian_one", "Pezeshkian"),
     ("pezeshkian_two", "Masoud Pezeshkiyan"), ("pezeshkian_two", "Pezeshkiyan")],
    [("nasrallah_one", "Hassan Nasrallah"), ("nasrallah_one", "Nasrallah"),
     ("nasrallah_two", "Hassan Nasrullah"), ("nasrallah_two", "Nasrullah")],
    [("mikati_one", "Najib Mikati"), ("mikati_one", "Mikati"), ("mikati_two", "Najib Miqati"),
     ("mikati_two", "Miqati")],
    [("netanyahu_one", "Benjamin Netanyahu"), ("netanyahu_one", "Netanyahu"),
     ("netanyahu_two", "Netanyahu"), ("netanyahu_two", "Bibi")],
    [("khamenei", "Ali Khamenei"), ("khamenei_bare", "Ali Khamenei"),
     ("khamenei_bare", "Khamenei"), ("khamenei_title", "Khamenei")],
], ids=["sudani", "abdollahian", "pezeshkian", "nasrallah", "mikati", "netanyahu", "khamenei"])
def test_one_person_spelled_several_ways_is_one_entity(
        warehouse: duckdb.DuckDBPyConnection, group: list[tuple[str, str]]) -> None:
    ids = {(doc, text): person(warehouse, doc, text) for doc, text in group}
    assert len(set(ids.values())) == 1, ids


def test_given_names_and_a_lone_nasab_of_several_people(
        warehouse: duckdb.DuckDBPyConnection) -> None:
    """Two Mohammeds in one article: each lone given name goes to the name that writes it the same
    way; "Bin Zayed" fits three sons of Zayed and stays unresolved (not "Tahnoun bin Zayed", the
    one whose name ends with it)."""
    mbz = person(warehouse, "gulf_names", "Mohamed bin Zayed Al Nahyan")
    mbs = person(warehouse, "gulf_names", "Mohammed bin Salman")
    assert person(warehouse, "gulf_names", "Mohamed") == mbz
    assert person(warehouse, "gulf_names", "Mohammed") == mbs
    sons = {mbz, person(warehouse, "gulf_names", "Mansour bin Zayed Al Nahyan"),
            person(warehouse, "gulf_names", "Tahnoun bin Zayed")}
    assert person(warehouse, "gulf_names", "Bin Zayed") not in sons
