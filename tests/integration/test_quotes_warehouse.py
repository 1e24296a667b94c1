"""Quotes on the five seed articles and on seed-like pages written here, read from the published
warehouse (marts.quotes).

The pipeline really runs (spaCy, dbt, GX): the seed build is shared by the session, the seed-like
pages are built once for this module; every assertion reads the public tables. Expected quotes
are identified by their text, so the test does not depend on offsets or ids."""

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration

# (article file prefix, fragment of the quote text, words that must occur in speaker_name)
DIRECT_QUOTES: list[tuple[str, str, str]] = [
    ("000", "There have been no such visits between the two countries", "Bagheri"),
    ("000", "The negotiations regarding the Idlib issue are still ongoing", "Cavusoglu"),
    ("000", "After the Iranian chief of staff, the Russian chief of staff", "Cavusoglu"),
    ("000", "The United States gives us reports about how many weapons", "Cavusoglu"),
    ("001", "An agreement was reached to hold further high-level visits", "Kalin"),
    # paragraph continuation: no cue in its own paragraph
    ("001", "A series of activities will also be held to boost military", "Kalin"),
    # editor's brackets inside the quote
    ("001", "In that country [Iraq], which has been through so many problems", "Cavusoglu"),
    ("001", "God forbid, it could even bring it to civil war", "Cavusoglu"),
    ("002", "Intelligence sharing also comprehends an important message", "Erol"),
    ("002", "The intelligence sharing activity carried out with numerous", "Erol"),
    ("002", "In this regard, it is important to preserve the status quo", "Erol"),
    ("003", "Although Turkey and Iran have a longstanding friendship", "Qassemi"),
    ("003", "But Iran’s support for Turkey following the coup attempt", "Qassemi"),
    ("003", "Iranian authorities were in contact with their Turkish counterparts", "Qassemi"),
    ("003", "We conveyed that Iran was ready to meet any demand from Turkey", "Qassemi"),
    ("003", "We observed more cooperation between Turkish and Iranian", "Qassemi"),
    ("003", "But despite this approach by Turkey and Iran", "Qassemi"),
    ("003", "The referendum could affect you as well", "Qassemi"),
    ("003", "The region cannot tolerate more wars", "Qassemi"),
    # speaker named only by role: "the top Iranian commander pointed out"
    ("004", "We also held negotiations about [ways] to counter terrorism", "Bagheri"),
]
PARTIAL_QUOTES: list[tuple[str, str, str]] = [
    ("001", "fruitful and successful", "Kalin"),
    ("003", "immature", "Qassemi"),
    ("004", "common and similar", "Baqeri"),
]
SCARE_QUOTES = ["de-escalation zones", "Turkey increasing cooperation with Iran"]


def fold(text: str | None) -> str:
    """Lower case without accents: canonical names keep them ('Mevlüt Çavuşoğlu')."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return folded.replace("ı", "i")  # Turkish dotless i ('Kalın')


@pytest.fixture(scope="module")
def warehouse(seeds_build: dict) -> Path:
    assert seeds_build["success"]
    return seeds_build["published"]


@pytest.fixture(scope="module")
def con(warehouse: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(warehouse), read_only=True)
    yield connection
    connection.close()


def _quote(con: duckdb.DuckDBPyConnection, prefix: str, fragment: str) -> dict:
    rows = con.execute(
        """
        select q.quote_id, q.quote_kind, q.quote_text, q.speaker_name, q.speaker_entity_id,
               e.canonical_name, e.entity_type, q.quotation_id, q.continues_quote_id,
               q.attribution_rule
        from marts.quotes as q
        inner join marts.articles as a on q.article_id = a.article_id
        left join marts.entities as e on q.speaker_entity_id = e.entity_id
        where a.input_name like ? and contains(q.quote_text, ?)
        order by case q.quote_kind when 'direct' then 0 when 'partial' then 1 else 2 end,
                 length(q.quote_text)
        """,
        [f"{prefix}_%", fragment],
    ).fetchall()
    assert rows, f"no quote containing {fragment!r} in article {prefix}"
    keys = ("quote_id", "kind", "text", "speaker_name", "speaker_entity_id", "canonical_name",
            "entity_type", "quotation_id", "continues_quote_id", "rule")
    return dict(zip(keys, rows[0], strict=True))


@pytest.mark.parametrize(("prefix", "fragment", "speaker"), DIRECT_QUOTES)
def test_every_seed_direct_quote_has_the_right_speaker(
    con: duckdb.DuckDBPyConnection, prefix: str, fragment: str, speaker: str
) -> None:
    q = _quote(con, prefix, fragment)
    assert q["kind"] == "direct"
    assert q["speaker_entity_id"] is not None, q
    assert q["entity_type"] == "PERSON"
    assert fold(speaker) in fold(q["speaker_name"]), q


@pytest.mark.parametrize(("prefix", "fragment", "speaker"), PARTIAL_QUOTES)
def test_partial_quotes_are_partial_with_their_speaker(
    con: duckdb.DuckDBPyConnection, prefix: str, fragment: str, speaker: str
) -> None:
    q = _quote(con, prefix, fragment)
    assert q["kind"] == "partial"
    assert q["text"] == fragment
    assert fold(speaker) in fold(q["speaker_name"]) or fold(q["canonical_name"]) in (
        "mohammad bagheri", "mohammad baqeri"), q


def test_role_description_resolves_to_the_named_commander(
    con: duckdb.DuckDBPyConnection,
) -> None:
    q = _quote(con, "004", "We also held negotiations")
    assert fold(q["canonical_name"]) in ("mohammad bagheri", "mohammad baqeri"), q
    commander = con.execute(
        "select speaker_entity_id from marts.quotes where contains(quote_text, ?)",
        ["There have been no such visits"],
    ).fetchone()
    assert commander == (q["speaker_entity_id"],)  # the same entity across articles


def test_a_written_statement_speaks_for_an_organization(con: duckdb.DuckDBPyConnection) -> None:
    q = _quote(con, "003", "joint struggle with all terror organizations")
    assert q["kind"] in ("direct", "partial")
    assert q["speaker_entity_id"] is not None
    assert q["entity_type"] == "ORG"
    assert "turkish armed" in fold(q["speaker_name"])


def test_an_unnamed_source_stays_unnamed(con: duckdb.DuckDBPyConnection) -> None:
    rows = con.execute(
        "select speaker_name, speaker_entity_id from marts.quotes "
        "where lower(speaker_name) like '%iranian source%'"
    ).fetchall()
    assert rows, "the 'An Iranian source said ...' quotes are missing"
    assert all(entity is None for _, entity in rows)


def test_paragraph_continuation_keeps_the_speaker(con: duckdb.DuckDBPyConnection) -> None:
    q = _quote(con, "001", "A series of activities will also be held")
    assert q["rule"] == "continuation"
    first = _quote(con, "001", "An agreement was reached")
    assert q["speaker_entity_id"] == first["speaker_entity_id"]


def test_scare_quotes_in_headlines_and_terms_are_not_quotes(
    con: duckdb.DuckDBPyConnection,
) -> None:
    for term in SCARE_QUOTES:
        n = con.execute(
            "select count(*) from marts.quotes where quote_kind in ('direct', 'partial') "
            "and quote_text = ?", [term]
        ).fetchone()[0]
        assert n == 0, term


def test_a_quote_interrupted_by_its_attribution_is_one_quotation(
    con: duckdb.DuckDBPyConnection,
) -> None:
    # “The United States gives us reports ...,” he said. The latest “said they gave ...”
    first = _quote(con, "000", "The United States gives us reports")
    rows = con.execute(
        "select quote_id, quotation_id, continues_quote_id, fragment_index from marts.quotes "
        "where quotation_id = ? order by fragment_index",
        [first["quotation_id"]],
    ).fetchall()
    assert rows[0][0] == first["quote_id"] == first["quotation_id"]
    assert rows[0][2] is None and rows[0][3] == 1
    for previous, row in zip(rows, rows[1:], strict=False):
        assert row[2] == previous[0]
        assert row[3] == previous[3] + 1
    bad = con.execute(
        "select count(*) from marts.quotes as q left join marts.quotes as p "
        "on q.continues_quote_id = p.quote_id "
        "where q.continues_quote_id is not null and (p.quote_id is null "
        "or p.quotation_id <> q.quotation_id or p.article_id <> q.article_id)"
    ).fetchone()[0]
    assert bad == 0


def test_quote_offsets_index_body_text(con: duckdb.DuckDBPyConnection) -> None:
    total, wrong = con.execute(
        """
        select count(*),
               count(*) filter (where substr(a.body_text, q.start_char + 1,
                                             q.end_char - q.start_char) <> q.quote_text)
        from marts.quotes as q
        inner join marts.articles as a on q.article_id = a.article_id
        """
    ).fetchone()
    assert total >= len(DIRECT_QUOTES) + len(PARTIAL_QUOTES)
    assert wrong == 0
    spk_wrong = con.execute(
        """
        select count(*) from marts.quotes as q
        inner join marts.articles as a on q.article_id = a.article_id
        where q.speaker_start is not null
          and substr(a.body_text, q.speaker_start + 1, q.speaker_end - q.speaker_start)
              <> q.speaker_text
        """
    ).fetchone()[0]
    assert spk_wrong == 0


# ------------------------------------------------------------------------------------------------
# Seed-like pages written here (Gulf, Turkish, Iranian, Israeli, Kurdish and Lebanese outlets,
# wire datelines, a ministry statement, live blogs, translated press; captions, share buttons and
# Hebrew/Arabic menu lines), with every marts.quotes row annotated by hand before the pipeline ran
# on them: q01-q14 first (held-out score before this round's rules), r01-r12 after the first
# round of fixes, s01-s12 after the second, t01-t08 after the third, u01-u08 after the fourth,
# v01-v08 after the fifth, w01-w08 after the sixth and x01-x08 after the seventh (each held
# out again). One build for all;
# docs/quotes.md, "Seed-like articles".

SEED_LIKE: dict[str, str] = {
    "q01_reuters_baghdad.txt": (
        "Iraq says it will not be a launchpad for attacks on neighbours\n"
        "By Reuters Staff\n"
        "4 min read\n"
        "\n"
        "BAGHDAD, May 3 (Reuters) - Iraqi Prime Minister Mohammed Shia al-Sudani said on Tuesday "
        "that Baghdad would not allow armed groups to use its territory to attack neighbouring "
        "countries.\n"
        "\n"
        "\"We will not allow Iraq to become a launchpad for anyone's wars,\" said Sudani, "
        "speaking at a news conference with visiting Jordanian Foreign Minister Ayman Safadi.\n"
        "\n"
        "Safadi told reporters that Amman backed Iraq's efforts to stay out of regional "
        "conflicts.\n"
        "\n"
        "A senior Iraqi official, who spoke on condition of anonymity, said the government had "
        "received assurances from several armed factions. \"They understand the danger,\" the "
        "official said.\n"
        "\n"
        "According to the Iraqi foreign ministry, more than 40 attacks were recorded in the "
        "past month.\n"
        "\n"
        "(Reporting by Timour Azhari; Editing by Alex Richardson)\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    ),
    "q02_dailysabah_erdogan.txt": (
        "Erdoğan: Türkiye will continue its operations against terrorists\n"
        "DAILY SABAH\n"
        "ISTANBUL\n"
        "Oct 12, 2023 2:14 pm +03:00\n"
        "Share on Facebook\n"
        "Share on Twitter\n"
        "Share on WhatsApp\n"
        "\n"
        "President Recep Tayyip Erdoğan on Thursday reiterated that Türkiye will not hesitate "
        "to take action against terrorist groups in northern Syria and Iraq.\n"
        "\n"
        "“We have said it before and we say it again: We will not retreat from our fight "
        "against terrorism until the last terrorist is neutralized,” Erdoğan told members of "
        "his Justice and Development Party (AK Party) in Ankara.\n"
        "\n"
        "“Those who think they can build a terror corridor along our borders are mistaken. "
        "We will not allow it.\n"
        "\n"
        "“Our security forces are determined and ready,” he added.\n"
        "\n"
        "Erdoğan also described his recent call with U.S. President Joe Biden as "
        "“productive.”\n"
        "\n"
        "Share on Facebook\n"
        "Share on Twitter\n"
    ),
    "q03_tehrantimes_kanaani.txt": (
        "Kanaani: Tehran welcomes any initiative for regional dialogue\n"
        "Tehran Times\n"
        "TEHRAN – Iranian Foreign Ministry spokesman Nasser Kanaani has said that the Islamic "
        "Republic welcomes every initiative that leads to dialogue among the regional countries.\n"
        "\n"
        "Speaking at his weekly press conference on Monday, Kanaani emphasized that the "
        "security of the Persian Gulf must be provided by the countries of the region.\n"
        "\n"
        "The Iranian diplomat further stated: “The presence of foreign forces in the region "
        "has not brought security, but has caused instability and insecurity.”\n"
        "\n"
        "Asked about the talks with Saudi Arabia, the spokesman said, “The negotiations are "
        "moving in a positive direction and we hope to see the results soon.”\n"
        "\n"
        "He went on to say that Iran is ready to resume talks at the level of foreign ministers.\n"
        "\n"
        "Kanaani also described the recent European statement as “interventionist” and "
        "“unconstructive”.\n"
    ),
    "q04_toi_liveblog.txt": (
        "Israel at war: Live updates\n"
        "The Times of Israel\n"
        "ראשי | חדשות | ישראל | המזרח התיכון\n"
        "\n"
        "10:42 pm\n"
        "‘We will not stop until the hostages are home’: Gallant\n"
        "\n"
        "Defense Minister Yoav Gallant says Israel will keep up its military pressure on Hamas "
        "in the Gaza Strip.\n"
        "\n"
        "“The pressure is what will bring the hostages back. There is no other way,” Gallant "
        "says during a visit to the Southern Command.\n"
        "\n"
        "10:15 pm\n"
        "Opposition leader slams government over budget\n"
        "\n"
        "Opposition leader Yair Lapid writes on X (formerly Twitter): “This budget is a "
        "disgrace. It abandons the reservists and the evacuees.”\n"
        "\n"
        "9:50 pm\n"
        "IDF says rocket launcher struck in southern Lebanon\n"
        "\n"
        "The IDF says in a statement that fighter jets struck a rocket launcher used by "
        "Hezbollah near the town of Aita al-Shaab.\n"
        "\n"
        "Share\n"
        "Copy link\n"
    ),
    "q05_rudaw_erbil.txt": (
        "الرئيسية | كوردستان | العراق | العالم\n"
        "Rudaw\n"
        "KRG says salaries will be paid next week\n"
        "\n"
        "ERBIL, Kurdistan Region - The Kurdistan Regional Government (KRG) will pay the "
        "salaries of public employees next week, government spokesperson Peshawa Hawramani "
        "told Rudaw on Sunday.\n"
        "\n"
        "“The money has been transferred from Baghdad and the distribution will start on "
        "Tuesday,” Hawramani said.\n"
        "\n"
        "The spokesperson added that the KRG had fulfilled all its obligations under the "
        "federal budget law.\n"
        "\n"
        "A statement from the KRG Ministry of Finance said the ministry had received 600 "
        "billion dinars from the federal finance ministry.\n"
        "\n"
        "Photo: Rudaw\n"
        "Photo: Rudaw\n"
    ),
    "q06_naharnet_nasrallah.txt": (
        "Nasrallah warns Israel against expanding war\n"
        "Naharnet\n"
        "\n"
        "Hezbollah chief Sayyed Hassan Nasrallah warned Israel on Friday against launching a "
        "wider war on Lebanon, saying the group was ready for all scenarios.\n"
        "\n"
        "“If the enemy thinks it can impose new rules of engagement, it is mistaken,” "
        "Nasrallah said in a televised speech marking the anniversary of the 2006 war.\n"
        "\n"
        "The Hezbollah leader added that the resistance had “surprises” in store for Israel.\n"
        "\n"
        "Speaker Nabih Berri was quoted as saying that “Lebanon does not want war, but it will "
        "not surrender.”\n"
        "\n"
        "Caretaker Prime Minister Najib Mikati, for his part, told reporters: “We are "
        "making contacts with all the concerned parties to spare Lebanon the danger of "
        "war.”\n"
    ),
    "q07_wam_statement.txt": (
        "UAE condemns attack on commercial ship in Red Sea\n"
        "WAM\n"
        "ABU DHABI, 14th January, 2024 (WAM) -- The United Arab Emirates has strongly "
        "condemned the attack on a commercial vessel in the Red Sea.\n"
        "\n"
        "In a statement, the Ministry of Foreign Affairs (MoFA) affirmed that the UAE "
        "rejects all forms of violence that threaten maritime navigation.\n"
        "\n"
        "“These attacks are a violation of international law and a threat to international "
        "trade,” the ministry said.\n"
        "\n"
        "The ministry stressed the need to de-escalate and to avoid further instability in "
        "the region.\n"
        "\n"
        "Khalifa Shaheen Al Marar, Minister of State, said that the UAE would continue to "
        "work with its partners to ensure the freedom of navigation.\n"
    ),
    "q08_alarabiya_faisal.txt": (
        "Saudi FM: Normalization with Israel not possible without Palestinian state\n"
        "Al Arabiya English\n"
        "Published: 20 January ,2024: 09:12 PM GST\n"
        "\n"
        "Saudi Arabia's Foreign Minister Prince Faisal bin Farhan said on Sunday that there "
        "can be no normalization with Israel without a credible path to a Palestinian state.\n"
        "\n"
        "“Regional security can only come through peace, and peace can only come through a "
        "Palestinian state,” Prince Faisal told CNN in an interview.\n"
        "\n"
        "The Saudi foreign minister described his talks with US Secretary of State Antony "
        "Blinken as “positive and constructive.”\n"
        "\n"
        "He was quoted as saying that the Kingdom was “working hard” for a ceasefire in "
        "Gaza.\n"
        "\n"
        "Read more: Saudi crown prince receives call from Iranian president\n"
    ),
    "q09_aa_fidan.txt": (
        "Turkish foreign minister says Ankara ready to act as guarantor in Gaza\n"
        "Anadolu Agency\n"
        "Diyar Güldoğan\n"
        "\n"
        "ANKARA (AA) - Turkish Foreign Minister Hakan Fidan said on Wednesday that Türkiye is "
        "ready to take on the role of guarantor in a possible ceasefire in Gaza.\n"
        "\n"
        "Speaking at a joint news conference with his Iranian counterpart Hossein "
        "Amirabdollahian in Ankara, Fidan said: “We have presented our proposal for a "
        "guarantor mechanism to the parties. Türkiye is ready to do its part.\n"
        "\n"
        "“The international community must act before the humanitarian situation becomes "
        "even worse.”\n"
        "\n"
        "Amirabdollahian, for his part, said Tehran supported Türkiye's efforts.\n"
        "\n"
        "“The Zionist regime must stop its crimes immediately,” the Iranian minister said.\n"
        "\n"
        "*Writing by Ahmet Salih Alacacı\n"
    ),
    "q10_jpost_idf.txt": (
        "IDF: Hezbollah fired over 100 rockets at northern Israel\n"
        "The Jerusalem Post\n"
        "Photo: IDF Spokesperson's Unit\n"
        "IDF soldiers near the northern border. (photo credit: IDF SPOKESPERSON'S UNIT)\n"
        "IDF soldiers near the northern border. (photo credit: IDF SPOKESPERSON'S UNIT)\n"
        "\n"
        "Hezbollah fired more than 100 rockets at northern Israel on Tuesday, IDF "
        "Spokesperson Rear Adm. Daniel Hagari said in a televised briefing.\n"
        "\n"
        "\"Hezbollah is dragging Lebanon into a war it does not need,\" Hagari said. \"We are "
        "prepared for any scenario.\"\n"
        "\n"
        "The army's spokesman, Lt. Col. Richard Hecht, said the strikes had targeted "
        "weapons depots.\n"
        "\n"
        "A senior Israeli official said the cabinet would meet on Wednesday to discuss the "
        "northern front.\n"
    ),
    "q11_irna_irgc.txt": (
        "IRGC chief: Enemies will receive crushing response\n"
        "IRNA\n"
        "Tehran, IRNA - Commander-in-Chief of the Islamic Revolution Guards Corps (IRGC) "
        "Major General Hossein Salami said that the enemies of the Iranian nation will "
        "receive a crushing response to any aggression.\n"
        "\n"
        "Addressing a ceremony in Tehran on Thursday, the IRGC commander underlined that the "
        "Islamic Republic does not seek war but is ready to defend itself.\n"
        "\n"
        "Salami also pointed to the recent drills and said: “Our forces have reached a level "
        "of readiness that no enemy can ignore.”\n"
        "\n"
        "The general added: “The era of hit and run is over.”\n"
        "\n"
        "Meanwhile the IRGC said in a statement that its naval forces seized a foreign tanker "
        "smuggling fuel in the Persian Gulf.\n"
    ),
    "q12_k24_barzani.txt": (
        "Kurdistan24\n"
        "Barzani calls for unity among Kurdish parties\n"
        "Photo: Kurdistan24\n"
        "\n"
        "ERBIL (Kurdistan24) - Kurdistan Region President Nechirvan Barzani on Saturday called "
        "on Kurdish political parties to put aside their differences.\n"
        "\n"
        "\"Unity is our strength, and division only serves our enemies,\" said Nechirvan "
        "Barzani, addressing a conference in Erbil.\n"
        "\n"
        "Iraqi Prime Minister Mohammed Shia al-Sudani wrote on X (formerly Twitter) that he "
        "had a \"constructive\" phone call with Barzani about the budget.\n"
        "\n"
        "Meanwhile, the Patriotic Union of Kurdistan (PUK) said in a statement that it "
        "welcomed the president's call.\n"
        "\n"
        "Photo: Kurdistan24\n"
    ),
    "q13_almonitor_translated.txt": (
        "Turkish press: Ankara's new Syria policy\n"
        "Al-Monitor\n"
        "Translated from the Turkish press\n"
        "\n"
        "The Turkish daily Hurriyet reported on Monday that the Turkish army had completed "
        "its preparations for a new operation in northern Syria.\n"
        "\n"
        "According to the newspaper, the chief of general staff, General Yasar Guler, "
        "informed the president about the preparations last week.\n"
        "\n"
        "«The operation will begin when the political decision is taken,» the general told "
        "the newspaper. «Our units are ready in every sense.»\n"
        "\n"
        "Opposition leader Ozgur Ozel, on the other hand, had criticized the government, "
        "saying: «This government has no Syria policy, it only has improvisations.»\n"
        "\n"
        "Ozel said the opposition would not support any adventure.\n"
    ),
    "q14_gulfnews_doha.txt": (
        "Qatar says Gaza mediation efforts continue despite obstacles\n"
        "Gulf News\n"
        "Published: February 06, 2024 18:30\n"
        "Doha: Qatar's Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
        "Abdulrahman Al Thani told a press conference in Doha on Tuesday that mediation "
        "efforts were continuing.\n"
        "\n"
        "\"We have received a positive reply from Hamas,\" Sheikh Mohammed said. \"We are "
        "optimistic.\"\n"
        "\n"
        "Majed Al Ansari, spokesman for the Qatari foreign ministry, said the talks were at "
        "a \"sensitive stage\".\n"
        "\n"
        "'We are not going to comment on the details of the negotiations,' Al Ansari added.\n"
    ),
    "r01_presstv_baghaei.txt": (
        "Iran rejects G7 statement as 'baseless'\n"
        "Press TV\n"
        "Sunday, 16 June 2024 8:12 AM\n"
        "\n"
        "Iran's Foreign Ministry has strongly rejected the claims made against the Islamic "
        "Republic in the final statement of the G7 summit.\n"
        "\n"
        "The spokesman, Nasser Kanaani, said the statement was a repetition of \"baseless "
        "accusations\" against Iran.\n"
        "\n"
        "\"The G7 countries should be held accountable for their support of the crimes in "
        "Gaza,\" he said.\n"
        "\n"
        "According to Iran's state-run IRNA news agency, Foreign Minister Ali Bagheri Kani "
        "also summoned the Italian ambassador.\n"
    ),
    "r02_hamas_statement.txt": (
        "Hamas says it has received new ceasefire proposal\n"
        "By Nidal al-Mughrabi\n"
        "\n"
        "CAIRO, July 6 (Reuters) - Hamas said on Saturday it had received a new proposal for a "
        "ceasefire in Gaza from Egyptian and Qatari mediators.\n"
        "\n"
        "\"The movement is studying the proposal with a positive spirit,\" Hamas said in a "
        "statement.\n"
        "\n"
        "Israel's Prime Minister's Office said a delegation would travel to Cairo next week. "
        "The office declined to give further details.\n"
        "\n"
        "An Egyptian security source told Reuters that the talks could resume as early as "
        "Tuesday.\n"
    ),
    "r03_aawsat_berri.txt": (
        "Berri: Lebanon Will Not Be Dragged Into War\n"
        "Asharq Al-Awsat\n"
        "Beirut - Youssef Diab\n"
        "\n"
        "Lebanese Parliament Speaker Nabih Berri stressed that Lebanon will not be dragged "
        "into a wider war, despite the escalation on the southern border.\n"
        "\n"
        "In remarks to Asharq Al-Awsat, Berri said: \"We are committed to Resolution 1701, but "
        "Israel must stop its attacks first.\"\n"
        "\n"
        "He pointed out that contacts with Washington and Paris had not stopped.\n"
        "\n"
        "Sources close to Berri said he would meet US envoy Amos Hochstein next week.\n"
    ),
    "r04_timesofisrael_netanyahu.txt": (
        "Netanyahu vows to press on in Rafah despite US pressure\n"
        "By TOI Staff\n"
        "Follow\n"
        "\n"
        "Prime Minister Benjamin Netanyahu said Thursday that Israel would continue its "
        "operation in Rafah \"until total victory.\"\n"
        "\n"
        "\"If we have to stand alone, we will stand alone,\" Netanyahu said in a video "
        "statement. \"I have said before that if necessary, we will fight with our "
        "fingernails.\"\n"
        "\n"
        "National Security Council head Tzachi Hanegbi told Channel 12 that the army needed "
        "several more months.\n"
        "\n"
        "An Israeli official, speaking on condition of anonymity, said the cabinet had not "
        "yet approved the plan.\n"
    ),
    "r05_wam_abdullah.txt": (
        "Abdullah bin Zayed receives Egyptian Foreign Minister\n"
        "ABU DHABI, 2nd March, 2024 (WAM) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, "
        "Deputy Prime Minister and Minister of Foreign Affairs, received Sameh Shoukry, "
        "Egyptian Minister of Foreign Affairs, in Abu Dhabi today.\n"
        "\n"
        "During the meeting, H.H. Sheikh Abdullah affirmed that the UAE and Egypt share a "
        "common vision for the stability of the region.\n"
        "\n"
        "For his part, Shoukry expressed his appreciation for the UAE's support and said that "
        "coordination between the two countries had never been stronger.\n"
        "\n"
        "WAM/Hazem Hussein\n"
    ),
    "r06_kurdistan24_peshmerga.txt": (
        "Kurdistan24\n"
        "Peshmerga ministry: Unification of forces is 'a national duty'\n"
        "\n"
        "ERBIL (Kurdistan24) – The Kurdistan Region's Ministry of Peshmerga Affairs said on "
        "Monday that the unification of the Peshmerga forces would be completed by the end of "
        "the year.\n"
        "\n"
        "\"Unifying the Peshmerga is a national duty and not a choice,\" said Major General "
        "Bakhtiyar Mohammed Sadiq, secretary-general of the ministry, at a press conference in "
        "Erbil.\n"
        "\n"
        "He added that the United States and the United Kingdom were supporting the process.\n"
        "\n"
        "\"We have already unified 16 brigades,\" the general said.\n"
    ),
    "r07_hurriyet_translated.txt": (
        "Hürriyet Daily News\n"
        "Fidan: We will not accept a fait accompli in the Aegean\n"
        "ANKARA\n"
        "\n"
        "Foreign Minister Hakan Fidan has said that Türkiye will not accept any fait accompli "
        "in the Aegean and the Eastern Mediterranean.\n"
        "\n"
        "Speaking in an interview with private broadcaster NTV, Fidan said: \"Our position is "
        "clear. We are in favor of dialogue, but nobody should test our determination.\n"
        "\n"
        "\"Greece must understand that the problems can be solved only through negotiations.\n"
        "\n"
        "\"We are ready to take steps if they are ready too,\" he said.\n"
        "\n"
        "Fidan also said he would meet his Greek counterpart George Gerapetritis in New York.\n"
    ),
    "r08_ap_liveblog.txt": (
        "Live updates: Iran launches drones at Israel\n"
        "The Associated Press\n"
        "\n"
        "11:20 PM\n"
        "US says it shot down Iranian drones\n"
        "\n"
        "U.S. forces shot down several drones launched by Iran toward Israel, a U.S. official "
        "said.\n"
        "\n"
        "President Joe Biden wrote on X: \"I just met with my national security team for an "
        "update on Iran's attacks against Israel.\"\n"
        "\n"
        "10:55 PM\n"
        "Jordan closes its airspace\n"
        "\n"
        "Jordan's civil aviation authority said it had closed the kingdom's airspace to all "
        "flights.\n"
        "\n"
        "— The Associated Press\n"
    ),
    "r09_tasnim_salami.txt": (
        "Tasnim News Agency\n"
        "TEHRAN (Tasnim) – The commander of the Islamic Revolution Guards Corps (IRGC) "
        "Aerospace Force, Brigadier General Amir Ali Hajizadeh, said the force's missile "
        "capabilities have increased tenfold.\n"
        "\n"
        "«Today we are capable of hitting any target with precision,» he told Tasnim.\n"
        "\n"
        "The Iranian commander underlined that the Islamic Republic's missile program is "
        "purely defensive.\n"
        "\n"
        "Hajizadeh was quoted as saying: «The enemies know our capabilities very well.»\n"
    ),
    "r10_nationalnews_qatar.txt": (
        "The National\n"
        "Share\n"
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani on Monday called for an immediate end "
        "to the war in Gaza.\n"
        "\n"
        "\"What is happening in Gaza is a genocide,\" Sheikh Tamim told the UN General Assembly. "
        "\"The international community has failed the Palestinians.\"\n"
        "\n"
        "Dr Majed Al Ansari, adviser to the Prime Minister and official spokesman of the "
        "Ministry of Foreign Affairs, said Doha would continue its mediation efforts.\n"
        "\n"
        "\"Our role as a mediator is not over,\" Dr Al Ansari said.\n"
        "\n"
        "Updated: September 24, 2024, 6:02 PM\n"
    ),
    "r11_dailysabah_akar.txt": (
        "Defense Minister Akar: Türkiye hit 18 terrorist targets in northern Iraq\n"
        "DAILY SABAH WITH AA\n"
        "\n"
        "Defense Minister Hulusi Akar said Sunday that Turkish jets had destroyed 18 "
        "terrorist targets in northern Iraq's Qandil region.\n"
        "\n"
        "\"Our fight will continue until the last terrorist is neutralized,\" Akar told "
        "reporters during a visit to the Hakkari province. He also said the operation was "
        "carried out in full respect of Iraq's sovereignty.\n"
        "\n"
        "The Iraqi Foreign Ministry, however, condemned the strikes and summoned the Turkish "
        "ambassador. \"This is a flagrant violation of Iraqi sovereignty,\" the ministry said "
        "in a statement.\n"
    ),
    "r12_almonitor_gulf.txt": (
        "Al-Monitor\n"
        "Saudi Arabia, Iran hold talks in Beijing\n"
        "\n"
        "Saudi and Iranian officials met in Beijing on Thursday for a new round of talks, the "
        "Saudi Press Agency said.\n"
        "\n"
        "Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein "
        "Amirabdollahian discussed the reopening of embassies, SPA reported.\n"
        "\n"
        "\"The two ministers stressed the importance of following up on the implementation of "
        "the Beijing agreement,\" said a joint statement issued after the meeting.\n"
        "\n"
        "A Gulf diplomat told Al-Monitor that the talks had been \"very positive.\"\n"
    ),
    "s01_trtworld_erdogan.txt": (
        "TRT World\n"
        "Erdogan says Türkiye will not abandon Palestinians\n"
        "Facebook Twitter WhatsApp Telegram\n"
        "\n"
        "Turkish President Recep Tayyip Erdogan, speaking to reporters on his flight back from "
        "Baku, said Türkiye would never abandon the Palestinian people.\n"
        "\n"
        "Asked whether Ankara would cut trade with Israel, Erdogan replied: \"We have already "
        "taken the necessary steps. Nobody should doubt our resolve.\"\n"
        "\n"
        "The 70-year-old leader added that he had discussed the issue with Russian President "
        "Vladimir Putin.\n"
        "\n"
        "Erdogan told Putin that a ceasefire was urgent, according to a statement by the "
        "Turkish presidency.\n"
    ),
    "s02_ynet_idf.txt": (
        "Ynetnews\n"
        "דף הבית | חדשות | כלכלה | ספורט\n"
        "IDF: Hezbollah commander killed in strike\n"
        "\n"
        "The IDF said on Wednesday that it had killed a senior Hezbollah commander in an "
        "airstrike in southern Lebanon.\n"
        "\n"
        "\"We will continue to act against any threat to the residents of the north,\" IDF "
        "Chief of Staff Lt. Gen. Herzi Halevi said during a tour of the border. He said the "
        "army was preparing for an offensive.\n"
        "\n"
        "Hezbollah confirmed the death of the commander in a statement but did not say where "
        "he was killed.\n"
    ),
    "s03_guardian_baerbock.txt": (
        "German foreign minister calls for restraint on Middle East trip\n"
        "\n"
        "Germany's foreign minister, Annalena Baerbock, has called on all sides in the Middle "
        "East to show restraint, warning that the region was \"on the brink\".\n"
        "\n"
        "'Nobody can have an interest in a further escalation,' she told reporters in Amman. "
        "'This is the time for diplomacy.'\n"
        "\n"
        "Jordan's foreign minister, Ayman Safadi, said the international community had failed "
        "Gaza.\n"
        "\n"
        "Photo: Annalena Baerbock in Amman. Photograph: Reuters\n"
    ),
    "s04_enabbaladi_sharaa.txt": (
        "Enab Baladi\n"
        "Al-Sharaa: Syria will not be a threat to anyone\n"
        "\n"
        "Syria's de facto leader Ahmed al-Sharaa said on Sunday that Syria would not be a "
        "source of threat to any country, including Israel.\n"
        "\n"
        "In an interview with Al Arabiya, al-Sharaa said: \"Syria is tired of wars. What we "
        "need now is reconstruction and stability.\n"
        "\n"
        "\"We will not allow Syrian territory to be used to attack our neighbours.\n"
        "\n"
        "\"Elections could take up to four years,\" he added.\n"
    ),
    "s05_trend_aliyev.txt": (
        "Trend News Agency\n"
        "BAKU, Azerbaijan, March 12. President of Azerbaijan Ilham Aliyev has received a "
        "delegation led by the Foreign Minister of Iran, Trend reports.\n"
        "\n"
        "The head of state noted that relations between Azerbaijan and Iran are developing "
        "successfully.\n"
        "\n"
        "The Iranian foreign minister conveyed the greetings of the Iranian president to "
        "President Ilham Aliyev.\n"
        "\n"
        "\"Iran attaches great importance to its relations with Azerbaijan,\" the minister "
        "said.\n"
    ),
    "s06_shafaq_sadr.txt": (
        "Shafaq News\n"
        "Shafaq News/ Leader of the Sadrist movement Muqtada al-Sadr called on Saturday for "
        "the withdrawal of foreign forces from Iraq.\n"
        "\n"
        "In a post on X, al-Sadr wrote: \"Iraq is for the Iraqis and no one else.\"\n"
        "\n"
        "A source in the Sadrist movement told Shafaq News Agency that al-Sadr would announce "
        "new measures in the coming days.\n"
        "\n"
        "Al-Sadr's statement came after the killing of two Iraqi soldiers, according to the "
        "security media cell.\n"
    ),
    "s07_ahram_shoukry.txt": (
        "Ahram Online\n"
        "Egypt warns against displacement of Palestinians into Sinai\n"
        "\n"
        "Egypt's Foreign Minister Sameh Shoukry warned on Tuesday that any attempt to displace "
        "Palestinians into Sinai would be a red line.\n"
        "\n"
        "Shoukry made the remarks during a phone call with his US counterpart Antony Blinken, "
        "according to a foreign ministry statement.\n"
        "\n"
        "\"Egypt will not allow the liquidation of the Palestinian cause at the expense of "
        "its national security,\" Shoukry told Blinken, the statement said.\n"
        "\n"
        "The statement added that the two ministers agreed to remain in contact.\n"
    ),
    "s08_middleeasteye_liveblog.txt": (
        "Middle East Eye\n"
        "LIVE: Israel's war on Gaza\n"
        "\n"
        "14:32 BST\n"
        "UN chief: Gaza is becoming 'a graveyard for children'\n"
        "\n"
        "UN Secretary-General Antonio Guterres said on Monday that Gaza was becoming \"a "
        "graveyard for children\".\n"
        "\n"
        "\"Hundreds of girls and boys are reportedly being killed or injured every day,\" he "
        "told reporters in New York.\n"
        "\n"
        "13:50 BST\n"
        "Erdogan: Netanyahu 'will be remembered as the butcher of Gaza'\n"
        "\n"
        "Turkish President Recep Tayyip Erdogan said Israeli Prime Minister Benjamin Netanyahu "
        "would go down in history as \"the butcher of Gaza\".\n"
    ),
    "s09_aa_statement_moi.txt": (
        "Anadolu Agency\n"
        "ANKARA\n"
        "\n"
        "The Turkish Interior Ministry said Friday that 153 suspects were arrested in "
        "operations against the Daesh/ISIS terrorist group across 30 provinces.\n"
        "\n"
        "\"Our fight against terrorist organizations will continue with determination,\" "
        "Interior Minister Ali Yerlikaya said on X.\n"
        "\n"
        "According to the ministry, the suspects were planning attacks on churches and "
        "synagogues.\n"
    ),
    "s10_arabnews_hajj.txt": (
        "Arab News\n"
        "RIYADH: Saudi Arabia's Minister of Hajj and Umrah Tawfiq Al-Rabiah said the Kingdom "
        "had received more than 1.8 million pilgrims this year.\n"
        "\n"
        "\"The success of the season is the result of the efforts of all government agencies,\" "
        "Al-Rabiah told Arab News.\n"
        "\n"
        "The minister stressed that the Kingdom is keen to serve the guests of God.\n"
        "\n"
        "Officials said more than 30,000 health workers were deployed.\n"
    ),
    "s11_irna_araghchi.txt": (
        "IRNA English\n"
        "Tehran, IRNA - Iranian Foreign Minister Abbas Araghchi says that the Islamic Republic "
        "is ready for fair and balanced negotiations.\n"
        "\n"
        "Araghchi made the remarks in a meeting with the Omani foreign minister Badr Albusaidi "
        "in Tehran on Sunday.\n"
        "\n"
        "The top Iranian diplomat further noted: \"Negotiation under pressure and threat is "
        "meaningless for us.\"\n"
        "\n"
        "For his part, the Omani minister said that his country supports any step towards "
        "reducing tensions in the region.\n"
    ),
    "s12_kurdistan24_pkk.txt": (
        "Kurdistan24\n"
        "ERBIL (Kurdistan24) – The Kurdistan Workers' Party (PKK) announced on Saturday that "
        "it would lay down its arms, in a statement read by senior leader Murat Karayilan.\n"
        "\n"
        "\"This is a historic decision for peace,\" Karayilan said. \"We call on the Turkish "
        "state to take the necessary steps.\"\n"
        "\n"
        "Kurdistan Region President Nechirvan Barzani welcomed the announcement, describing it "
        "as \"a courageous step\".\n"
    ),
    "t01_aljazeera_pezeshkian.txt": (
        "Al Jazeera\n"
        "Iran's Pezeshkian tells Erdogan Tehran wants calm in region\n"
        "\n"
        "Iranian President Masoud Pezeshkian told his Turkish counterpart Recep Tayyip Erdogan "
        "in a phone call on Saturday that Tehran did not seek a wider war.\n"
        "\n"
        "Speaking to Al Jazeera, Iranian government spokeswoman Fatemeh Mohajerani said the "
        "country would respond to any attack.\n"
        "\n"
        "“We are ready — and we have always been ready — to talk,” she said. “But we will not "
        "negotiate under threat.”\n"
    ),
    "t02_saba_houthis.txt": (
        "Houthis claim attack on ship in Red Sea\n"
        "\n"
        "SANAA, Jan 10 (Reuters) - Yemen's Houthi movement said on Wednesday it had targeted a "
        "US ship in the Red Sea with several missiles.\n"
        "\n"
        "\"Our operations will continue until the aggression on Gaza stops,\" the group said in a "
        "statement read by military spokesman Yahya Saree.\n"
        "\n"
        "A spokesperson for the US Central Command said no damage was reported.\n"
    ),
    "t03_gulftoday_minister.txt": (
        "Gulf Today\n"
        "Kuwait calls for halt to escalation\n"
        "\n"
        "KUWAIT CITY: The Kuwaiti Foreign Minister Abdullah Al-Yahya said on Sunday that the "
        "region could not bear another war, adding that Kuwait supported all mediation "
        "efforts.\n"
        "\n"
        "He added:\n"
        "\n"
        "\"Dialogue is the only way to resolve the disputes between the countries of the "
        "region.\"\n"
        "\n"
        "The kingdom's foreign ministry said in a statement that Saudi Arabia shared Kuwait's "
        "position.\n"
    ),
    "t04_dailynewsegypt_sisi.txt": (
        "Daily News Egypt\n"
        "Sisi receives call from Macron on Gaza situation\n"
        "\n"
        "Egyptian President Abdel Fattah Al-Sisi received a phone call from French President "
        "Emmanuel Macron on Monday, during which they discussed the situation in Gaza.\n"
        "\n"
        "Presidential Spokesperson Ahmed Fahmy said that Al-Sisi stressed the need for an "
        "immediate ceasefire.\n"
        "\n"
        "Al-Sisi warned of the ‘catastrophic consequences’ of an Israeli operation in Rafah, "
        "according to Fahmy.\n"
    ),
    "t05_israelhayom_gantz.txt": (
        "Israel Hayom\n"
        "שתפו בפייסבוק | שתפו בוואטסאפ\n"
        "\n"
        "War cabinet minister Benny Gantz on Saturday issued an ultimatum to Prime Minister "
        "Benjamin Netanyahu.\n"
        "\n"
        "\"If you choose the path of fanatics and lead the nation to the abyss, we will be "
        "forced to quit the government,\" Gantz said at a press conference in Ramat Gan.\n"
        "\n"
        "Netanyahu's office responded that Gantz's demands would mean \"the end of the war and "
        "a defeat for Israel.\"\n"
        "\n"
        "Gantz's spokesman said the minister would not comment further.\n"
    ),
    "t06_tehrantimes_irna_quoted.txt": (
        "Tehran Times\n"
        "TEHRAN – IRNA quoted Foreign Ministry spokesman Esmaeil Baghaei as saying that Iran "
        "had received messages from Washington through Oman.\n"
        "\n"
        "Baghaei said the messages were being studied. \"We will respond at the appropriate "
        "time,\" he told reporters.\n"
        "\n"
        "Meanwhile, Parliament Speaker Mohammad Bagher Ghalibaf said the US could not be "
        "trusted, while Judiciary chief Gholam-Hossein Mohseni-Ejei said the country's "
        "sovereignty was a red line.\n"
    ),
    "t07_thenational_uae.txt": (
        "The National\n"
        "Share\n"
        "\n"
        "Dr Anwar Gargash, diplomatic adviser to the UAE President, on Tuesday said the region "
        "needed \"wisdom and restraint\".\n"
        "\n"
        "'The escalation serves no one,' Dr Gargash wrote on X. 'Reason must prevail.'\n"
        "\n"
        "Reem Al Hashimy, Minister of State for International Co-operation, told The National "
        "that humanitarian aid to Gaza would be increased.\n"
    ),
    "t08_rudaw_pm.txt": (
        "Rudaw\n"
        "ERBIL, Kurdistan Region - Kurdistan Region Prime Minister Masrour Barzani on Wednesday "
        "met with a delegation from the US Congress.\n"
        "\n"
        "\"The Kurdistan Region remains a reliable partner of the United States,\" the prime "
        "minister told the delegation, according to a readout from his office.\n"
        "\n"
        "The delegation, for its part, reaffirmed Washington's support for the Kurdistan "
        "Region, the readout added.\n"
    ),
    "u01_dailysabah_altun.txt": (
        "Daily Sabah\n"
        "Share on Facebook Share on X\n"
        "\n"
        "Erdoğan's communications director Fahrettin Altun said on Friday that disinformation "
        "campaigns targeting Türkiye would not succeed.\n"
        "\n"
        "\"We will continue to tell the truth to the world,\" said Altun, who heads the "
        "Directorate of Communications.\n"
        "\n"
        "\"They say 'Türkiye is isolated,' but the facts show otherwise,\" he added.\n"
    ),
    "u02_naharnet_riachi.txt": (
        "Naharnet\n"
        "\n"
        "Caretaker Education Minister Abbas Halabi said schools in the south would remain "
        "closed until further notice.\n"
        "\n"
        "Environment Minister Tamara el-Zein, for her part, warned of the impact of white "
        "phosphorus on farmland. \"The damage to the soil will last for years,\" she said.\n"
        "\n"
        "\"We are documenting every strike,\" the minister added.\n"
    ),
    "u03_tasnim_source.txt": (
        "Tasnim News Agency\n"
        "\n"
        "TEHRAN (Tasnim) – An informed source told Tasnim that the new round of indirect talks "
        "would be held in Muscat.\n"
        "\n"
        "«The Omani side has conveyed the messages of both parties,» the source said.\n"
        "\n"
        "The source, who asked not to be named, added that no date had been set.\n"
    ),
    "u04_jordantimes_rania.txt": (
        "Jordan Times\n"
        "\n"
        "AMMAN — Her Majesty Queen Rania on Tuesday called on the international community to "
        "act to end the suffering of children in Gaza.\n"
        "\n"
        "\"Every child deserves to be safe, no matter where they were born,\" Queen Rania said in "
        "an interview with CNN.\n"
        "\n"
        "\"Silence is complicity.\" — Queen Rania\n"
        "\n"
        "Foreign Minister Ayman Safadi told the Senate that Jordan would continue to deliver "
        "aid by air.\n"
    ),
    "u05_aa_houthis_they.txt": (
        "Anadolu Agency\n"
        "\n"
        "The Houthi group said on Monday it had launched a drone at the Israeli city of Eilat.\n"
        "\n"
        "They added that attacks would continue as long as the war on Gaza continued.\n"
        "\n"
        "\"The operation achieved its objectives,\" Houthi spokesman Yahya Saree said in a "
        "televised statement.\n"
    ),
    "u06_arabnews_transcript.txt": (
        "Arab News\n"
        "\n"
        "RIYADH: The Saudi Ministry of Foreign Affairs said in a statement on Saturday that the "
        "Kingdom condemned the storming of Al-Aqsa Mosque.\n"
        "\n"
        "\"The Kingdom affirms its categorical rejection of these practices,\" the statement "
        "said.\n"
        "\n"
        "Saudi political analyst Hamdan Al-Shehri told Arab News: \"This statement sends a "
        "clear message to the occupation authorities.\"\n"
    ),
    "u07_kurdistan24_mp.txt": (
        "Kurdistan24\n"
        "\n"
        "ERBIL (Kurdistan24) – A Kurdish lawmaker in the Iraqi parliament said the budget law "
        "violated the rights of the Kurdistan Region.\n"
        "\n"
        "\"We will not vote for a budget that cuts the salaries of our people,\" Sherwan "
        "Dubardani, a member of the Kurdistan Democratic Party (KDP) bloc, told Kurdistan24.\n"
        "\n"
        "Dubardani said the KDP would boycott the session if the articles were not amended.\n"
    ),
    "u08_timesofisrael_herzog.txt": (
        "The Times of Israel\n"
        "\n"
        "President Isaac Herzog on Sunday urged Israelis to \"lower the flames\" amid "
        "protests over the judicial overhaul.\n"
        "\n"
        "\"We are on the brink of a constitutional and social collapse,\" Herzog warned in a "
        "rare prime-time address. \"The abyss is within touching distance.\"\n"
        "\n"
        "Justice Minister Yariv Levin said in response that the reform would go ahead.\n"
    ),
    "v01_presstv_guillemets.txt": (
        "Press TV\n"
        "Leader: Resistance will not bow to pressure\n"
        "\n"
        "Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says the resistance "
        "front will not bow to the pressure of the enemies.\n"
        "\n"
        "«The resistance front is stronger than ever,» the Leader said in a meeting with "
        "officials on Wednesday. «Its enemies have failed to achieve their goals.»\n"
        "\n"
        "Ayatollah Khamenei also said that the Islamic Republic would never recognize the "
        "Zionist regime.\n"
    ),
    "v02_thenational_sudan.txt": (
        "The National\n"
        "\n"
        "KHARTOUM // The UAE has called for an immediate ceasefire in Sudan, according to a "
        "statement carried by state news agency Wam.\n"
        "\n"
        "\"The UAE reiterates its call for an immediate ceasefire,\" said Lana Nusseibeh, "
        "Assistant Minister for Political Affairs. \"Civilians must be protected.\"\n"
        "\n"
        "She said the UAE had provided $100 million in aid.\n"
    ),
    "v03_ahval_translated.txt": (
        "Ahval\n"
        "Translated from Turkish\n"
        "\n"
        "Nationalist Movement Party (MHP) leader Devlet Bahçeli has said that the PKK leader "
        "could address parliament if he declared the end of terrorism.\n"
        "\n"
        "“Let him come and speak at the parliament,” Bahçeli told his party's lawmakers, in a "
        "surprise call that shook Turkish politics.\n"
        "\n"
        "The nationalist leader's remarks were welcomed by the pro-Kurdish DEM Party, which "
        "said in a statement that it was ready to contribute to a solution.\n"
    ),
    "v04_lbci_liveblog.txt": (
        "LBCI\n"
        "\n"
        "09:14\n"
        "Mikati: We are working day and night to stop the aggression\n"
        "\n"
        "Caretaker Prime Minister Najib Mikati said the government was in constant contact "
        "with Washington and Paris.\n"
        "\n"
        "08:40\n"
        "Army: Two soldiers killed in Israeli strike\n"
        "\n"
        "The Lebanese Army said two soldiers were killed in an Israeli strike on a checkpoint "
        "in the south.\n"
    ),
    "v05_arabnews_interview.txt": (
        "Arab News\n"
        "\n"
        "LONDON: Iraq's foreign minister, Fuad Hussein, said in an interview that Baghdad "
        "would not take sides in the conflict between Iran and the US.\n"
        "\n"
        "\"Iraq has suffered enough from wars,\" Hussein said. \"We want good relations with "
        "all our neighbors and with Washington.\"\n"
        "\n"
        "Asked about the presence of US troops, the minister said the decision would be taken "
        "by the Iraqi government alone.\n"
    ),
    "v06_i24_netanyahu_office.txt": (
        "i24NEWS\n"
        "\n"
        "The Prime Minister's Office said on Tuesday that Israel would send a delegation to "
        "Doha for talks on a hostage deal.\n"
        "\n"
        "\"Israel will not end the war before all its goals are achieved,\" Netanyahu said in "
        "a video statement.\n"
        "\n"
        "Opposition leader Yair Lapid said the government was sabotaging the deal.\n"
    ),
    "v07_kuna_emir.txt": (
        "KUNA\n"
        "KUWAIT, Jan 14 (KUNA) -- His Highness the Amir Sheikh Mishal Al-Ahmad Al-Jaber "
        "Al-Sabah affirmed on Sunday that Kuwait stands by the brotherly Palestinian people.\n"
        "\n"
        "His Highness the Amir said that the international community must shoulder its "
        "responsibilities.\n"
        "\n"
        "\"Kuwait will continue to provide humanitarian aid,\" His Highness added.\n"
    ),
    "v08_haaretz_anon.txt": (
        "Haaretz\n"
        "\n"
        "Senior Israeli officials said on Sunday that the security cabinet had approved the "
        "expansion of the ground operation.\n"
        "\n"
        "\"There is no other option,\" one of the officials told Haaretz, speaking on "
        "condition of anonymity.\n"
        "\n"
        "Defense Minister Israel Katz said the army would operate \"with full force.\"\n"
    ),
    "w01_middleeastmonitor_hamas.txt": (
        "Middle East Monitor\n"
        "\n"
        "Senior Hamas official Osama Hamdan said on Thursday that the movement had not "
        "received any new proposal from the mediators.\n"
        "\n"
        "Speaking at a press conference in Beirut, Hamdan said: \"The occupation is the one "
        "obstructing the agreement.\"\n"
        "\n"
        "He stressed that any deal must include a complete withdrawal from Gaza.\n"
    ),
    "w02_aawsat_sources.txt": (
        "Asharq Al-Awsat\n"
        "Cairo - Sawsan Abu Hussein\n"
        "\n"
        "Egyptian sources told Asharq Al-Awsat that Cairo had presented a new plan for the "
        "reconstruction of Gaza.\n"
        "\n"
        "\"The plan does not include any displacement of the residents,\" one of the sources "
        "said.\n"
        "\n"
        "Egyptian Foreign Minister Badr Abdelatty had said on Monday that the plan would be "
        "presented at the Arab summit.\n"
    ),
    "w03_trt_fidan_interview.txt": (
        "TRT Haber\n"
        "\n"
        "Foreign Minister Hakan Fidan, in an interview with TRT Haber on Sunday, said Türkiye "
        "would not allow the division of Syria.\n"
        "\n"
        "\"Syria's territorial integrity is a red line for us,\" Fidan said, adding that Ankara "
        "was in contact with all parties.\n"
    ),
    "w04_irna_pezeshkian_cabinet.txt": (
        "IRNA\n"
        "\n"
        "Tehran, IRNA - President Masoud Pezeshkian said that the government would not allow "
        "the livelihood of the people to be harmed by sanctions.\n"
        "\n"
        "Addressing a cabinet meeting on Sunday, the president noted: \"We must manage the "
        "country with the resources we have.\"\n"
        "\n"
        "First Vice President Mohammad Reza Aref also said the budget deficit would be "
        "reduced.\n"
    ),
    "w05_jpost_hostage_families.txt": (
        "The Jerusalem Post\n"
        "\n"
        "The Hostages and Missing Families Forum said in a statement that the government must "
        "prioritize the return of the hostages.\n"
        "\n"
        "\"Every day that passes endangers their lives,\" the forum said.\n"
        "\n"
        "Einav Zangauker, whose son Matan is held in Gaza, told reporters: \"I will not rest "
        "until my son comes home.\"\n"
    ),
    "w06_rudaw_iraq_pm.txt": (
        "Rudaw\n"
        "\n"
        "Iraqi Prime Minister Mohammed Shia al-Sudani told Rudaw that Baghdad and Erbil had "
        "reached an agreement on oil exports.\n"
        "\n"
        "\"This agreement serves all Iraqis,\" Sudani said.\n"
        "\n"
        "Kurdistan Region Prime Minister Masrour Barzani welcomed the deal, saying it would "
        "guarantee the salaries of public employees.\n"
    ),
    "w07_wam_mbz.txt": (
        "WAM\n"
        "ABU DHABI, 5th May, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al "
        "Nahyan has affirmed that the UAE will continue to support efforts to achieve peace in "
        "the region.\n"
        "\n"
        "His Highness made the remarks during a meeting with the Secretary-General of the "
        "United Nations.\n"
        "\n"
        "\"Dialogue and diplomacy are the best way to resolve conflicts,\" His Highness said.\n"
    ),
    "w08_enabbaladi_sdf.txt": (
        "Enab Baladi\n"
        "\n"
        "The Syrian Democratic Forces (SDF) said on Tuesday that it had reached an agreement "
        "with Damascus to integrate its institutions into the state.\n"
        "\n"
        "SDF commander Mazloum Abdi said the agreement was \"a real opportunity to build a new "
        "Syria.\"\n"
        "\n"
        "A Syrian government official, who declined to be named, said the details would be "
        "worked out by committees.\n"
    ),
    "x01_reuters_blinken_doha.txt": (
        "World\n"
        "Share this article\n"
        "\n"
        "Blinken says Gaza ceasefire deal 'within reach' as talks resume\n"
        "\n"
        "By Humeyra Pamuk and Andrew Mills\n"
        "\n"
        "DOHA, June 12 (Reuters) - U.S. Secretary of State Antony Blinken said on Wednesday "
        "that a ceasefire deal for Gaza was within reach, but warned that Hamas had proposed "
        "changes that were not workable.\n"
        "\n"
        "\"We are determined to close the gaps,\" Blinken told a news conference in Doha "
        "alongside Qatar's prime minister.\n"
        "\n"
        "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the mediators "
        "would continue their efforts. \"There is still a gap, but it is narrowing,\" he said.\n"
        "\n"
        "Asked whether Israel had accepted the proposal, Blinken said: \"Israel has accepted "
        "it, and now it is up to Hamas.\"\n"
        "\n"
        "(Reporting by Humeyra Pamuk; Editing by Alex Richardson)\n"
    ),
    "x02_ap_zelensky_telegram.txt": (
        "AP News\n"
        "\n"
        "KYIV, Ukraine (AP) — Ukrainian President Volodymyr Zelenskyy wrote on Telegram on "
        "Saturday that Russia had launched more than 100 drones overnight.\n"
        "\n"
        "\"Every such attack proves that Russia does not want peace,\" Zelenskyy wrote.\n"
        "\n"
        "Kremlin spokesman Dmitry Peskov, speaking to reporters in Moscow, denied that Russian "
        "forces were targeting civilian infrastructure.\n"
        "\n"
        "Air force spokesman Yuriy Ihnat said on national television that most of the drones "
        "had been shot down.\n"
    ),
    "x03_thenational_jubeir_interview.txt": (
        "The National\n"
        "Opinion | Business | World\n"
        "\n"
        "Saudi Arabia's Minister of State for Foreign Affairs Adel Al Jubeir said the kingdom "
        "remained committed to a two-state solution.\n"
        "\n"
        "\"There will be no normalisation without a Palestinian state,\" said Mr Al Jubeir, who "
        "was speaking at a forum in Abu Dhabi on Monday.\n"
        "\n"
        "He stressed that regional security could not be achieved while the war continued.\n"
        "\n"
        "Updated: November 18, 2024, 10:12 AM\n"
    ),
    "x04_dailysabah_statement.txt": (
        "DAILY SABAH\n"
        "Politics\n"
        "\n"
        "The Turkish Foreign Ministry condemned the attack on the Turkish consulate in Mosul "
        "on Thursday.\n"
        "\n"
        "\"We expect the Iraqi authorities to find and punish those responsible,\" the "
        "ministry's statement read.\n"
        "\n"
        "Ministry spokesperson Öncü Keçeli later told reporters that no staff had been harmed.\n"
        "\n"
        "Follow Daily Sabah on Google News\n"
    ),
    "x05_toi_two_speakers.txt": (
        "The Times of Israel\n"
        "\n"
        "Defense Minister Israel Katz said Tuesday that the military would remain in the "
        "buffer zone in southern Syria, while opposition leader Yair Lapid accused the "
        "government of dragging the country into an endless war.\n"
        "\n"
        "\"We will not allow hostile forces to entrench themselves on our border,\" Katz said "
        "during a tour of the Golan Heights.\n"
        "\n"
        "Lapid, speaking at a faction meeting, said: \"This government has no strategy.\"\n"
    ),
    "x06_aljazeera_according_to.txt": (
        "Al Jazeera\n"
        "News | Sudan war\n"
        "\n"
        "At least 40 people were killed in an attack on a market in Omdurman, according to the "
        "Sudanese health ministry.\n"
        "\n"
        "\"The hospital is overwhelmed and we are running out of blood,\" a doctor at al-Nao "
        "Hospital told Al Jazeera, asking not to be named.\n"
        "\n"
        "The Rapid Support Forces denied responsibility for the attack, saying its fighters "
        "were not in the area.\n"
    ),
    "x07_kurdistan24_nested.txt": (
        "Kurdistan24\n"
        "\n"
        "ERBIL, Kurdistan Region (Kurdistan24) – KDP spokesperson Mahmoud Mohammed said on "
        "Sunday that the party would not join a government that ignored the constitution.\n"
        "\n"
        "\"When Baghdad says 'partnership', it must mean real partnership,\" Mohammed told "
        "Kurdistan24.\n"
        "\n"
        "He added that talks with the Patriotic Union of Kurdistan (PUK) would resume next "
        "week.\n"
    ),
    "x08_irna_pronoun_gap.txt": (
        "IRNA English\n"
        "\n"
        "Tehran, IRNA -- Government spokeswoman Fatemeh Mohajerani said on Tuesday that the "
        "cabinet had approved a plan to cut fuel subsidies gradually.\n"
        "\n"
        "Economy Minister Abdolnaser Hemmati had proposed the plan last month.\n"
        "\n"
        "\"No one will be left without support,\" she said at her weekly press briefing.\n"
    ),
}

# (article prefix, exact quote_text, kind, speaker: '|'-separated alternatives of which one must
# occur in speaker_name, whether speaker_entity_id is set: True, False (an unnamed source) or
# None (not checked))
SEED_LIKE_ROWS = [
    # q01
    ("q01", "Baghdad would not allow armed groups to use its territory to attack neighbouring "
     "countries", "indirect", "sudani", True),
    ("q01", "We will not allow Iraq to become a launchpad for anyone's wars", "direct",
     "sudani", True),
    ("q01", "Amman backed Iraq's efforts to stay out of regional conflicts", "indirect",
     "safadi", True),
    ("q01", "the government had received assurances from several armed factions", "indirect",
     "senior iraqi official", False),
    ("q01", "They understand the danger", "direct", "official", False),
    ("q01", "more than 40 attacks were recorded in the past month", "indirect",
     "foreign ministry", True),
    # q02
    ("q02", "We have said it before and we say it again: We will not retreat from our fight "
     "against terrorism until the last terrorist is neutralized", "direct", "erdogan", True),
    ("q02", "Those who think they can build a terror corridor along our borders are mistaken. "
     "We will not allow it.", "direct", "erdogan", True),
    ("q02", "Our security forces are determined and ready", "direct", "erdogan", True),
    ("q02", "productive.", "partial", "erdogan", True),
    ("q02", "Türkiye will not hesitate to take action against terrorist groups in northern Syria "
     "and Iraq", "indirect", "erdogan", True),
    # q03
    ("q03", "the Islamic Republic welcomes every initiative that leads to dialogue among the "
     "regional countries", "indirect", "kanaani", True),
    ("q03", "the security of the Persian Gulf must be provided by the countries of the region",
     "indirect", "kanaani", True),
    ("q03", "The presence of foreign forces in the region has not brought security, but has "
     "caused instability and insecurity.", "direct", "kanaani", True),
    ("q03", "The negotiations are moving in a positive direction and we hope to see the results "
     "soon.", "direct", "kanaani", True),
    ("q03", "Iran is ready to resume talks at the level of foreign ministers", "indirect",
     "kanaani", True),
    ("q03", "interventionist", "partial", "kanaani", True),
    ("q03", "unconstructive", "partial", "kanaani", True),
    # q04
    ("q04", "We will not stop until the hostages are home", "direct", "gallant", True),
    ("q04", "Israel will keep up its military pressure on Hamas in the Gaza Strip", "indirect",
     "gallant", True),
    ("q04", "The pressure is what will bring the hostages back. There is no other way",
     "direct", "gallant", True),
    ("q04", "This budget is a disgrace. It abandons the reservists and the evacuees.", "direct",
     "lapid", True),
    ("q04", "fighter jets struck a rocket launcher used by Hezbollah near the town of Aita "
     "al-Shaab", "indirect", "idf", True),
    # q05
    ("q05", "The money has been transferred from Baghdad and the distribution will start on "
     "Tuesday", "direct", "hawramani", True),
    ("q05", "the KRG had fulfilled all its obligations under the federal budget law",
     "indirect", "hawramani", True),
    ("q05", "the ministry had received 600 billion dinars from the federal finance ministry",
     "indirect", "ministry of finance", True),
    ("q05", "The Kurdistan Regional Government (KRG) will pay the salaries of public employees "
     "next week", "indirect", "hawramani", True),
    # q06
    ("q06", "If the enemy thinks it can impose new rules of engagement, it is mistaken",
     "direct", "nasrallah", True),
    ("q06", "surprises", "partial", "nasrallah", True),
    ("q06", "Lebanon does not want war, but it will not surrender.", "direct", "berri", True),
    ("q06", "the group was ready for all scenarios", "indirect", "nasrallah", True),
    ("q06", "the resistance had “surprises” in store for Israel", "indirect", "nasrallah", True),
    ("q06", "We are making contacts with all the concerned parties to spare Lebanon the "
     "danger of war.", "direct", "mikati", True),
    # q07
    ("q07", "the UAE rejects all forms of violence that threaten maritime navigation",
     "indirect", "foreign affairs", True),
    ("q07", "These attacks are a violation of international law and a threat to "
     "international trade", "direct", "foreign affairs", True),
    ("q07", "the UAE would continue to work with its partners to ensure the freedom of "
     "navigation", "indirect", "marar", True),
    # q08
    ("q08", "there can be no normalization with Israel without a credible path to a "
     "Palestinian state", "indirect", "faisal", True),
    ("q08", "Regional security can only come through peace, and peace can only come through a "
     "Palestinian state", "direct", "faisal", True),
    ("q08", "positive and constructive.", "partial", "faisal", True),
    ("q08", "working hard", "partial", "faisal", True),
    ("q08", "the Kingdom was “working hard” for a ceasefire in Gaza", "indirect", "faisal", True),
    # q09
    ("q09", "Türkiye is ready to take on the role of guarantor in a possible ceasefire in Gaza",
     "indirect", "fidan", True),
    ("q09", "We have presented our proposal for a guarantor mechanism to the parties. Türkiye "
     "is ready to do its part.", "direct", "fidan", True),
    ("q09", "The international community must act before the humanitarian situation becomes "
     "even worse.", "direct", "fidan", True),
    ("q09", "Tehran supported Türkiye's efforts", "indirect", "amirabdollahian", True),
    ("q09", "The Zionist regime must stop its crimes immediately", "direct",
     "amirabdollahian", True),
    # q10
    ("q10", "Hezbollah fired more than 100 rockets at northern Israel on Tuesday", "indirect",
     "hagari", True),
    ("q10", "Hezbollah is dragging Lebanon into a war it does not need", "direct", "hagari",
     True),
    ("q10", "We are prepared for any scenario.", "direct", "hagari", True),
    ("q10", "the strikes had targeted weapons depots", "indirect", "hecht", True),
    ("q10", "the cabinet would meet on Wednesday to discuss the northern front", "indirect",
     "senior israeli official", False),
    # q11
    ("q11", "the enemies of the Iranian nation will receive a crushing response to any "
     "aggression", "indirect", "salami", True),
    ("q11", "the Islamic Republic does not seek war but is ready to defend itself", "indirect",
     "salami", True),
    ("q11", "Our forces have reached a level of readiness that no enemy can ignore.", "direct",
     "salami", True),
    ("q11", "The era of hit and run is over.", "direct", "salami", True),
    ("q11", "its naval forces seized a foreign tanker smuggling fuel in the Persian Gulf",
     "indirect", "irgc|revolutionary guard", True),
    # q12
    ("q12", "Unity is our strength, and division only serves our enemies", "direct",
     "barzani", True),
    ("q12", "he had a \"constructive\" phone call with Barzani about the budget", "indirect",
     "sudani", True),
    ("q12", "constructive", "partial", "sudani", True),
    ("q12", "it welcomed the president's call", "indirect", "patriotic union", True),
    # q13
    ("q13", "the Turkish army had completed its preparations for a new operation in northern "
     "Syria", "indirect", "hurriyet", True),
    # 'the Turkish daily Hurriyet' is an ORG (a name after a media noun), so 'the newspaper' is it
    ("q13", "the chief of general staff, General Yasar Guler, informed the president about "
     "the preparations last week", "indirect", "hurriyet", True),
    ("q13", "The operation will begin when the political decision is taken", "direct",
     "guler", True),
    ("q13", "Our units are ready in every sense.", "direct", "guler", True),
    ("q13", "This government has no Syria policy, it only has improvisations.", "direct",
     "ozel", True),
    ("q13", "the opposition would not support any adventure", "indirect", "ozel", True),
    # q14
    ("q14", "mediation efforts were continuing", "indirect", "mohammed", True),
    ("q14", "We have received a positive reply from Hamas", "direct", "mohammed", True),
    ("q14", "We are optimistic.", "direct", "mohammed", True),
    ("q14", "sensitive stage", "partial", "ansari", True),
    ("q14", "the talks were at a \"sensitive stage\"", "indirect", "ansari", True),
    ("q14", "We are not going to comment on the details of the negotiations", "direct",
     "ansari", True),
    # r01
    ("r01", "the statement was a repetition of \"baseless accusations\" against Iran", "indirect",
     "kanaani", True),
    ("r01", "baseless accusations", "partial", "kanaani", True),
    ("r01", "The G7 countries should be held accountable for their support of the crimes in "
     "Gaza", "direct", "kanaani", True),
    ("r01", "Foreign Minister Ali Bagheri Kani also summoned the Italian ambassador",
     "indirect", "irna", True),
    # r02
    ("r02", "it had received a new proposal for a ceasefire in Gaza from Egyptian and Qatari "
     "mediators", "indirect", "hamas", True),
    ("r02", "The movement is studying the proposal with a positive spirit", "direct", "hamas",
     True),
    ("r02", "a delegation would travel to Cairo next week", "indirect",
     "prime minister's office", True),
    ("r02", "the talks could resume as early as Tuesday", "indirect", "egyptian security source",
     False),
    # r03
    ("r03", "Lebanon will not be dragged into a wider war, despite the escalation on the "
     "southern border", "indirect", "berri", True),
    ("r03", "We are committed to Resolution 1701, but Israel must stop its attacks first.",
     "direct", "berri", True),
    ("r03", "contacts with Washington and Paris had not stopped", "indirect", "berri", True),
    ("r03", "he would meet US envoy Amos Hochstein next week", "indirect", "sources", False),
    # r04
    ("r04", "Israel would continue its operation in Rafah \"until total victory.\"", "indirect",
     "netanyahu", True),
    ("r04", "until total victory.", "partial", "netanyahu", True),
    ("r04", "If we have to stand alone, we will stand alone", "direct", "netanyahu", True),
    ("r04", "I have said before that if necessary, we will fight with our fingernails.",
     "direct", "netanyahu", True),
    ("r04", "the army needed several more months", "indirect", "hanegbi", True),
    ("r04", "the cabinet had not yet approved the plan", "indirect", "israeli official", False),
    # r05
    ("r05", "the UAE and Egypt share a common vision for the stability of the region",
     "indirect", "abdullah", True),
    ("r05", "coordination between the two countries had never been stronger", "indirect",
     "shoukry", True),
    # r06
    ("r06", "the unification of the Peshmerga forces would be completed by the end of the year",
     "indirect", "peshmerga", True),
    ("r06", "Unifying the Peshmerga is a national duty and not a choice", "direct", "sadiq",
     True),
    ("r06", "the United States and the United Kingdom were supporting the process", "indirect",
     "sadiq", True),
    ("r06", "We have already unified 16 brigades", "direct", "sadiq", True),
    # r07
    ("r07", "Türkiye will not accept any fait accompli in the Aegean and the Eastern "
     "Mediterranean", "indirect", "fidan", True),
    ("r07", "Our position is clear. We are in favor of dialogue, but nobody should test our "
     "determination.", "direct", "fidan", True),
    ("r07", "Greece must understand that the problems can be solved only through negotiations.",
     "direct", "fidan", True),
    ("r07", "We are ready to take steps if they are ready too", "direct", "fidan", True),
    ("r07", "he would meet his Greek counterpart George Gerapetritis in New York", "indirect",
     "fidan", True),
    # r08
    ("r08", "U.S. forces shot down several drones launched by Iran toward Israel", "indirect",
     "u.s. official", False),
    ("r08", "I just met with my national security team for an update on Iran's attacks against "
     "Israel.", "direct", "biden", True),
    ("r08", "it had closed the kingdom's airspace to all flights", "indirect",
     "civil aviation authority", None),
    # r09
    ("r09", "the force's missile capabilities have increased tenfold", "indirect", "hajizadeh",
     True),
    ("r09", "Today we are capable of hitting any target with precision", "direct", "hajizadeh",
     True),
    ("r09", "the Islamic Republic's missile program is purely defensive", "indirect",
     "hajizadeh", True),
    ("r09", "The enemies know our capabilities very well.", "direct", "hajizadeh", True),
    # r10
    ("r10", "What is happening in Gaza is a genocide", "direct", "tamim", True),
    ("r10", "The international community has failed the Palestinians.", "direct", "tamim", True),
    ("r10", "Doha would continue its mediation efforts", "indirect", "ansari", True),
    ("r10", "Our role as a mediator is not over", "direct", "ansari", True),
    # r11
    ("r11", "Turkish jets had destroyed 18 terrorist targets in northern Iraq's Qandil region",
     "indirect", "akar", True),
    ("r11", "Our fight will continue until the last terrorist is neutralized", "direct", "akar",
     True),
    ("r11", "the operation was carried out in full respect of Iraq's sovereignty", "indirect",
     "akar", True),
    ("r11", "This is a flagrant violation of Iraqi sovereignty", "direct", "foreign ministry",
     True),
    # r12
    ("r12", "Saudi and Iranian officials met in Beijing on Thursday for a new round of talks",
     "indirect", "saudi press agency", True),
    ("r12", "Saudi Foreign Minister Prince Faisal bin Farhan and his Iranian counterpart Hossein "
     "Amirabdollahian discussed the reopening of embassies", "indirect", "saudi press agency|spa",
     True),
    ("r12", "The two ministers stressed the importance of following up on the implementation of "
     "the Beijing agreement", "direct", "joint statement", False),
    ("r12", "the talks had been \"very positive.\"", "indirect", "gulf diplomat", False),
    ("r12", "very positive.", "partial", "gulf diplomat", False),
    # s01
    ("s01", "Türkiye would never abandon the Palestinian people", "indirect", "erdogan", True),
    ("s01", "We have already taken the necessary steps. Nobody should doubt our resolve.",
     "direct", "erdogan", True),
    ("s01", "he had discussed the issue with Russian President Vladimir Putin", "indirect",
     "erdogan", True),
    ("s01", "a ceasefire was urgent", "indirect", "erdogan", True),
    # s02
    ("s02", "it had killed a senior Hezbollah commander in an airstrike in southern Lebanon",
     "indirect", "idf|israel defense forces", True),
    ("s02", "We will continue to act against any threat to the residents of the north",
     "direct", "halevi", True),
    ("s02", "the army was preparing for an offensive", "indirect", "halevi", True),
    # s03
    ("s03", "on the brink", "partial", "baerbock", True),
    ("s03", "the region was \"on the brink\"", "indirect", "baerbock", True),
    ("s03", "Nobody can have an interest in a further escalation", "direct", "baerbock", True),
    ("s03", "This is the time for diplomacy.", "direct", "baerbock", True),
    ("s03", "the international community had failed Gaza", "indirect", "safadi", True),
    # s04
    ("s04", "Syria would not be a source of threat to any country, including Israel",
     "indirect", "sharaa", True),
    ("s04", "Syria is tired of wars. What we need now is reconstruction and stability.",
     "direct", "sharaa", True),
    ("s04", "We will not allow Syrian territory to be used to attack our neighbours.", "direct",
     "sharaa", True),
    ("s04", "Elections could take up to four years", "direct", "sharaa", True),
    # s05
    ("s05", "relations between Azerbaijan and Iran are developing successfully", "indirect",
     "aliyev", True),
    ("s05", "Iran attaches great importance to its relations with Azerbaijan", "direct",
     "minister", False),
    # s06
    ("s06", "Iraq is for the Iraqis and no one else.", "direct", "sadr", True),
    ("s06", "al-Sadr would announce new measures in the coming days", "indirect", "source",
     False),
    ("s06", "Al-Sadr's statement came after the killing of two Iraqi soldiers", "indirect",
     "security media cell", None),
    # s07
    ("s07", "any attempt to displace Palestinians into Sinai would be a red line", "indirect",
     "shoukry", True),
    ("s07", "Egypt will not allow the liquidation of the Palestinian cause at the expense of its "
     "national security", "direct", "shoukry", True),
    ("s07", "Shoukry made the remarks during a phone call with his US counterpart Antony Blinken",
     "indirect", "foreign ministry", None),
    ("s07", "the two ministers agreed to remain in contact", "indirect", "statement", None),
    # s08
    ("s08", "a graveyard for children", "partial", "guterres", True),
    ("s08", "Gaza was becoming \"a graveyard for children\"", "indirect", "guterres", True),
    ("s08", "Hundreds of girls and boys are reportedly being killed or injured every day",
     "direct", "guterres", True),
    ("s08", "will be remembered as the butcher of Gaza", "partial", "erdogan", True),
    ("s08", "Israeli Prime Minister Benjamin Netanyahu would go down in history as \"the butcher "
     "of Gaza\"", "indirect", "erdogan", True),
    ("s08", "the butcher of Gaza", "partial", "erdogan", True),
    # s09
    ("s09", "153 suspects were arrested in operations against the Daesh/ISIS terrorist group "
     "across 30 provinces", "indirect", "interior ministry", True),
    ("s09", "Our fight against terrorist organizations will continue with determination",
     "direct", "yerlikaya", True),
    ("s09", "the suspects were planning attacks on churches and synagogues", "indirect",
     "interior ministry", True),
    # s10
    ("s10", "the Kingdom had received more than 1.8 million pilgrims this year", "indirect",
     "rabiah", True),
    ("s10", "The success of the season is the result of the efforts of all government agencies",
     "direct", "rabiah", True),
    ("s10", "the Kingdom is keen to serve the guests of God", "indirect", "rabiah", True),
    ("s10", "more than 30,000 health workers were deployed", "indirect", "officials", False),
    # s11
    ("s11", "the Islamic Republic is ready for fair and balanced negotiations", "indirect",
     "araghchi", True),
    ("s11", "Negotiation under pressure and threat is meaningless for us.", "direct",
     "araghchi", True),
    ("s11", "his country supports any step towards reducing tensions in the region", "indirect",
     "albusaidi", True),
    # s12
    ("s12", "it would lay down its arms", "indirect", "pkk|kurdistan workers", True),
    ("s12", "This is a historic decision for peace", "direct", "karayilan", True),
    ("s12", "We call on the Turkish state to take the necessary steps.", "direct", "karayilan",
     True),
    ("s12", "a courageous step", "partial", "barzani", True),
    # t01
    ("t01", "Tehran did not seek a wider war", "indirect", "pezeshkian", True),
    ("t01", "the country would respond to any attack", "indirect", "mohajerani", True),
    ("t01", "We are ready — and we have always been ready — to talk", "direct", "mohajerani",
     True),
    ("t01", "But we will not negotiate under threat.", "direct", "mohajerani", True),
    # t02
    ("t02", "it had targeted a US ship in the Red Sea with several missiles", "indirect",
     "houthi", None),
    ("t02", "Our operations will continue until the aggression on Gaza stops", "direct",
     "houthi", None),
    ("t02", "no damage was reported", "indirect", "spokesperson", False),
    # t03
    ("t03", "the region could not bear another war", "indirect", "yahya", True),
    ("t03", "Kuwait supported all mediation efforts", "indirect", "yahya", True),
    ("t03", "Dialogue is the only way to resolve the disputes between the countries of the "
     "region.", "direct", "yahya", True),
    ("t03", "Saudi Arabia shared Kuwait's position", "indirect", "foreign ministry", None),
    # t04
    ("t04", "Al-Sisi stressed the need for an immediate ceasefire", "indirect", "fahmy", True),
    ("t04", "catastrophic consequences", "partial", "sisi", True),
    ("t04", "Al-Sisi warned of the ‘catastrophic consequences’ of an Israeli operation in Rafah",
     "indirect", "fahmy", True),
    # t05
    ("t05", "If you choose the path of fanatics and lead the nation to the abyss, we will be "
     "forced to quit the government", "direct", "gantz", True),
    ("t05", "Gantz's demands would mean \"the end of the war and a defeat for Israel.\"",
     "indirect", "netanyahu", None),
    ("t05", "the end of the war and a defeat for Israel.", "partial", "netanyahu", None),
    ("t05", "the minister would not comment further", "indirect", "spokesman", None),
    # t06
    ("t06", "Iran had received messages from Washington through Oman", "indirect", "baghaei",
     True),
    ("t06", "the messages were being studied", "indirect", "baghaei", True),
    ("t06", "We will respond at the appropriate time", "direct", "baghaei", True),
    ("t06", "the US could not be trusted", "indirect", "ghalibaf", True),
    ("t06", "the country's sovereignty was a red line", "indirect", "mohseni", True),
    # t07
    ("t07", "the region needed \"wisdom and restraint\"", "indirect", "gargash", True),
    ("t07", "wisdom and restraint", "partial", "gargash", True),
    ("t07", "The escalation serves no one", "direct", "gargash", True),
    ("t07", "Reason must prevail.", "direct", "gargash", True),
    ("t07", "humanitarian aid to Gaza would be increased", "indirect", "hashimy", True),
    # t08
    ("t08", "The Kurdistan Region remains a reliable partner of the United States", "direct",
     "masrour barzani", True),
    ("t08", "The delegation, for its part, reaffirmed Washington's support for the Kurdistan "
     "Region", "indirect", "readout", None),
    # u01
    ("u01", "disinformation campaigns targeting Türkiye would not succeed", "indirect", "altun",
     True),
    ("u01", "We will continue to tell the truth to the world", "direct", "altun", True),
    ("u01", "They say 'Türkiye is isolated,' but the facts show otherwise", "direct", "altun",
     True),
    # u02
    ("u02", "schools in the south would remain closed until further notice", "indirect",
     "halabi", True),
    ("u02", "The damage to the soil will last for years", "direct", "zein", True),
    ("u02", "We are documenting every strike", "direct", "zein", True),
    # u03
    ("u03", "the new round of indirect talks would be held in Muscat", "indirect", "source",
     False),
    ("u03", "The Omani side has conveyed the messages of both parties", "direct", "source",
     False),
    ("u03", "no date had been set", "indirect", "source", False),
    # u04
    ("u04", "Every child deserves to be safe, no matter where they were born", "direct",
     "rania", True),
    # a pull quote with its speaker stays in body_text (cleaning keeps it since articles round 2)
    ("u04", "Silence is complicity.", "direct", "rania", True),
    ("u04", "Jordan would continue to deliver aid by air", "indirect", "safadi", True),
    # u05
    ("u05", "it had launched a drone at the Israeli city of Eilat", "indirect", "houthi", None),
    ("u05", "attacks would continue as long as the war on Gaza continued", "indirect", "houthi",
     None),
    ("u05", "The operation achieved its objectives", "direct", "saree", True),
    # u06
    ("u06", "the Kingdom condemned the storming of Al-Aqsa Mosque", "indirect",
     "ministry of foreign affairs", True),
    ("u06", "The Kingdom affirms its categorical rejection of these practices", "direct",
     "ministry of foreign affairs", True),
    ("u06", "This statement sends a clear message to the occupation authorities.", "direct",
     "shehri", True),
    # u07
    ("u07", "the budget law violated the rights of the Kurdistan Region", "indirect", "lawmaker",
     False),
    ("u07", "We will not vote for a budget that cuts the salaries of our people", "direct",
     "dubardani", True),
    ("u07", "the KDP would boycott the session if the articles were not amended", "indirect",
     "dubardani", True),
    # u08
    ("u08", "lower the flames", "partial", "herzog", True),
    ("u08", "We are on the brink of a constitutional and social collapse", "direct", "herzog",
     True),
    ("u08", "The abyss is within touching distance.", "direct", "herzog", True),
    ("u08", "the reform would go ahead", "indirect", "levin", True),
    # v01
    ("v01", "the resistance front will not bow to the pressure of the enemies", "indirect",
     "khamenei", True),
    ("v01", "The resistance front is stronger than ever", "direct", "khamenei", True),
    ("v01", "Its enemies have failed to achieve their goals.", "direct", "khamenei", True),
    ("v01", "the Islamic Republic would never recognize the Zionist regime", "indirect",
     "khamenei", True),
    # v02
    ("v02", "The UAE reiterates its call for an immediate ceasefire", "direct", "nusseibeh",
     True),
    ("v02", "Civilians must be protected.", "direct", "nusseibeh", True),
    ("v02", "the UAE had provided $100 million in aid", "indirect", "nusseibeh", True),
    # v03
    ("v03", "the PKK leader could address parliament if he declared the end of terrorism",
     "indirect", "bahceli", True),
    ("v03", "Let him come and speak at the parliament", "direct", "bahceli", True),
    ("v03", "it was ready to contribute to a solution", "indirect", "dem party", True),
    # v04
    ("v04", "the government was in constant contact with Washington and Paris", "indirect",
     "mikati", True),
    ("v04", "two soldiers were killed in an Israeli strike on a checkpoint in the south",
     "indirect", "lebanese army", True),
    # v05
    ("v05", "Baghdad would not take sides in the conflict between Iran and the US", "indirect",
     "hussein", True),
    ("v05", "Iraq has suffered enough from wars", "direct", "hussein", True),
    ("v05", "We want good relations with all our neighbors and with Washington.", "direct",
     "hussein", True),
    ("v05", "the decision would be taken by the Iraqi government alone", "indirect", "hussein",
     True),
    # v06
    ("v06", "Israel would send a delegation to Doha for talks on a hostage deal", "indirect",
     "prime minister's office", None),
    ("v06", "Israel will not end the war before all its goals are achieved", "direct",
     "netanyahu", True),
    ("v06", "the government was sabotaging the deal", "indirect", "lapid", True),
    # v07
    ("v07", "Kuwait stands by the brotherly Palestinian people", "indirect", "mishal", True),
    ("v07", "the international community must shoulder its responsibilities", "indirect",
     "mishal", True),
    ("v07", "Kuwait will continue to provide humanitarian aid", "direct", "mishal", True),
    # v08
    ("v08", "the security cabinet had approved the expansion of the ground operation",
     "indirect", "officials", False),
    ("v08", "There is no other option", "direct", "officials", False),
    ("v08", "the army would operate \"with full force.\"", "indirect", "katz", True),
    ("v08", "with full force.", "partial", "katz", True),
    # w01
    ("w01", "the movement had not received any new proposal from the mediators", "indirect",
     "hamdan", True),
    ("w01", "The occupation is the one obstructing the agreement.", "direct", "hamdan", True),
    ("w01", "any deal must include a complete withdrawal from Gaza", "indirect", "hamdan", True),
    # w02
    ("w02", "Cairo had presented a new plan for the reconstruction of Gaza", "indirect",
     "sources", False),
    ("w02", "The plan does not include any displacement of the residents", "direct", "sources",
     False),
    ("w02", "the plan would be presented at the Arab summit", "indirect", "abdelatty", True),
    # w03
    ("w03", "Türkiye would not allow the division of Syria", "indirect", "fidan", True),
    ("w03", "Syria's territorial integrity is a red line for us", "direct", "fidan", True),
    ("w03", "Ankara was in contact with all parties", "indirect", "fidan", True),
    # w04
    ("w04", "the government would not allow the livelihood of the people to be harmed by "
     "sanctions", "indirect", "pezeshkian", True),
    ("w04", "We must manage the country with the resources we have.", "direct", "pezeshkian",
     True),
    ("w04", "the budget deficit would be reduced", "indirect", "aref", True),
    # w05
    ("w05", "the government must prioritize the return of the hostages", "indirect", "forum",
     None),
    ("w05", "Every day that passes endangers their lives", "direct", "forum", None),
    ("w05", "I will not rest until my son comes home.", "direct", "zangauker", True),
    # w06
    ("w06", "Baghdad and Erbil had reached an agreement on oil exports", "indirect", "sudani",
     True),
    ("w06", "This agreement serves all Iraqis", "direct", "sudani", True),
    ("w06", "it would guarantee the salaries of public employees", "indirect", "masrour", True),
    # w07
    ("w07", "the UAE will continue to support efforts to achieve peace in the region",
     "indirect", "mohamed bin zayed", True),
    ("w07", "Dialogue and diplomacy are the best way to resolve conflicts", "direct",
     "mohamed bin zayed", True),
    # w08
    ("w08", "it had reached an agreement with Damascus to integrate its institutions into the "
     "state", "indirect", "syrian democratic forces|sdf", True),
    ("w08", "the agreement was \"a real opportunity to build a new Syria.\"", "indirect",
     "abdi", True),
    ("w08", "a real opportunity to build a new Syria.", "partial", "abdi", True),
    ("w08", "the details would be worked out by committees", "indirect", "official", False),
    # x01
    ("x01", "a ceasefire deal for Gaza was within reach", "indirect", "blinken", True),
    ("x01", "Hamas had proposed changes that were not workable", "indirect", "blinken", True),
    ("x01", "We are determined to close the gaps", "direct", "blinken", True),
    ("x01", "the mediators would continue their efforts", "indirect", "al thani|abdulrahman", True),
    ("x01", "There is still a gap, but it is narrowing", "direct", "al thani|abdulrahman", True),
    ("x01", "Israel has accepted it, and now it is up to Hamas.", "direct", "blinken", True),
    # x02
    ("x02", "Russia had launched more than 100 drones overnight", "indirect", "zelensk", True),
    ("x02", "Every such attack proves that Russia does not want peace", "direct", "zelensk", True),
    ("x02", "Russian forces were targeting civilian infrastructure", "indirect", "peskov", True),
    ("x02", "most of the drones had been shot down", "indirect", "ihnat", True),
    # x03
    ("x03", "the kingdom remained committed to a two-state solution", "indirect", "jubeir", True),
    ("x03", "There will be no normalisation without a Palestinian state", "direct", "jubeir", True),
    ("x03", "regional security could not be achieved while the war continued",
     "indirect", "jubeir", True),
    # x04
    ("x04", "We expect the Iraqi authorities to find and punish those responsible",
     "direct", "foreign ministry", True),
    ("x04", "no staff had been harmed", "indirect", "keceli", True),
    # x05
    ("x05", "the military would remain in the buffer zone in southern Syria",
     "indirect", "katz", True),
    ("x05", "We will not allow hostile forces to entrench themselves on our border",
     "direct", "katz", True),
    ("x05", "This government has no strategy.", "direct", "lapid", True),
    # x06
    ("x06", "The hospital is overwhelmed and we are running out of blood",
     "direct", "doctor", False),
    ("x06", "its fighters were not in the area", "indirect", "rapid support forces", True),
    ("x06", "At least 40 people were killed in an attack on a market in Omdurman",
     "indirect", "health ministry", True),
    # x07
    ("x07", "the party would not join a government that ignored the constitution",
     "indirect", "mahmoud mohammed", True),
    ("x07", "When Baghdad says 'partnership', it must mean real partnership",
     "direct", "mahmoud mohammed", True),
    ("x07", "talks with the Patriotic Union of Kurdistan (PUK) would resume next week",
     "indirect", "mahmoud mohammed", True),
    # x08
    ("x08", "the cabinet had approved a plan to cut fuel subsidies gradually",
     "indirect", "mohajerani", True),
    ("x08", "No one will be left without support", "direct", "mohajerani", True),
]


@pytest.fixture(scope="module")
def seed_like_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import build_from, write_texts

    root = tmp_path_factory.mktemp("quotes_seed_like")
    return build_from(root, write_texts(root / "input", SEED_LIKE))


@pytest.fixture(scope="module")
def seed_like_rows(seed_like_warehouse: Path) -> list[dict]:
    connection = duckdb.connect(str(seed_like_warehouse), read_only=True)
    try:
        cur = connection.execute(
            """
            select left(a.input_name, 3) as article, q.quote_kind as kind, q.quote_text as text,
                   q.speaker_name, q.speaker_entity_id, q.attribution_rule as rule
            from marts.quotes as q
            inner join marts.articles as a on q.article_id = a.article_id
            """
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    finally:
        connection.close()


@pytest.mark.parametrize(("article", "text", "kind", "speaker", "named"), SEED_LIKE_ROWS)
def test_seed_like_quote_row(
    seed_like_rows: list[dict], article: str, text: str, kind: str, speaker: str,
    named: bool | None,
) -> None:
    rows = [r for r in seed_like_rows if r["article"] == article and r["text"] == text]
    assert rows, (text, [r["text"] for r in seed_like_rows if r["article"] == article])
    row = next((r for r in rows if r["kind"] == kind), rows[0])
    assert row["kind"] == kind, row
    assert any(fold(alt) in fold(row["speaker_name"]) for alt in speaker.split("|")), row
    if named is not None:
        assert (row["speaker_entity_id"] is not None) == named, row


def test_seed_like_pages_have_no_other_quote_mark_rows(seed_like_rows: list[dict]) -> None:
    """Every direct or partial row is an annotated one: no caption, menu, share button or
    headline term became a quotation."""
    expected = {
        (p.values[0], p.values[1]) if hasattr(p, "values") else (p[0], p[1])
        for p in SEED_LIKE_ROWS
    }
    extra = [
        (r["article"], r["kind"], r["text"]) for r in seed_like_rows
        if r["kind"] != "indirect" and (r["article"], r["text"]) not in expected
    ]
    assert extra == []
