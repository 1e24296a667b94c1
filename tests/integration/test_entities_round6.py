"""Held-out, seed-like articles for cross-article entity resolution (entities round 6), end to
end: one module-scoped warehouse built by the real pipeline from the articles below, then every
annotated group, forbidden merge and mention checked on marts.mentions.

Written for these tests (not copied from any corpus): web pages of Middle East politics with
their furniture (outlet line, section, byline, dateline, captions, tags, footer), several outlets
reporting the same people in other spellings. `GROUPS` lists, per real-world entity, the
surface forms each article writes for it (the annotated mentions); `FORBIDDEN` lists pairs of
groups that must never share an `entity_id` (different people, a place and a government ...).

A surface is the text of the mention as the warehouse should cut it: no title, no "the", no
possessive ("Erdoğan's" is annotated "Erdoğan").

Scored before any fix of round 6 (ef2eaa4, with the dateline "TEHRAN" annotated as written): 41 of
55 groups one entity_id, 0 of 19 forbidden merges, mention recall 135 of 143."""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts

pytestmark = pytest.mark.integration

ARTICLES: dict[str, str] = {
    "h01_tehran_times.txt": (
        "Tehran Times\n"
        "Politics\n"
        "Araghchi briefs Majlis on Muscat talks\n"
        "By Staff Writer\n"
        "October 14, 2024 - 18:22\n"
        "\n"
        "TEHRAN – Foreign Minister Abbas Araghchi briefed lawmakers in the Majlis on Monday "
        "about his talks in Muscat, the parliament's news agency reported.\n"
        "\n"
        "Parliament Speaker Mohammad Bagher Ghalibaf said after the closed session that the "
        "government of President Masoud Pezeshkian had the full support of the legislature. "
        "\"Araghchi has our trust,\" Ghalibaf told reporters.\n"
        "\n"
        "Ali Bagheri Kani, the former acting foreign minister who now serves as deputy "
        "secretary of the Supreme National Security Council, also attended. Bagheri Kani told "
        "the committee that Iran would not negotiate under pressure.\n"
        "\n"
        "Foreign Minister Abbas Araghchi arrives at the Majlis in Tehran on October 14, 2024. "
        "(Photo: IRNA)\n"
        "\n"
        "Tags: Araghchi, Ghalibaf, Majlis\n"
        "Share on Facebook | Share on X\n"
        "© 2024 Tehran Times. All rights reserved.\n"
    ),
    "h02_press_tv.txt": (
        "Press TV\n"
        "Iran\n"
        "Araqchi: Iran will respond to any aggression\n"
        "Tuesday, 15 October 2024 7:41 AM\n"
        "\n"
        "Iran's Foreign Minister Abbas Araqchi says the Islamic Republic will respond to any "
        "act of aggression against its territory.\n"
        "\n"
        "Speaking at a joint press conference in Tehran, Araqchi said the Islamic Revolutionary "
        "Guard Corps (IRGC) had shown restraint. Parliament Speaker Mohammad Baqer Qalibaf "
        "praised the IRGC and said Qalibaf's office would host foreign envoys next week.\n"
        "\n"
        "President Masoud Pezeshkiyan chaired a session of the cabinet on Monday, while Chief "
        "of Staff of the Armed Forces Major General Mohammad Bagheri inspected units in the "
        "west. Bagheri said the armed forces were on full alert.\n"
        "\n"
        "Related: Pezeshkiyan meets Iraqi delegation\n"
        "Press TV’s website can also be accessed at the following alternate addresses.\n"
    ),
    "h03_iran_international.txt": (
        "Iran International\n"
        "Larijani brothers back in the spotlight\n"
        "Iran International Newsroom\n"
        "10/16/2024\n"
        "\n"
        "Ali Larijani, a former speaker of parliament, met Supreme Leader Ayatollah Ali "
        "Khamenei on Wednesday, according to a statement from his office. His brother Sadegh "
        "Larijani heads the Expediency Council.\n"
        "\n"
        "Ali Larijani was barred from the 2024 presidential race by the Guardian Council. "
        "Larijani told a weekly newspaper that the decision had been political.\n"
        "\n"
        "In a separate development, Foreign Minister Abbas Arakchi defended the IRGC after new "
        "sanctions, and Hojatoleslam Mohseni-Ejei, the judiciary chief, criticized the Majlis "
        "for slowing the budget. President Pezeshkian did not comment.\n"
        "\n"
        "Ali Larijani (left) and Sadegh Larijani at a ceremony in Tehran in 2019.\n"
        "Most viewed\n"
    ),
    "h04_rudaw.txt": (
        "Rudaw\n"
        "Kurdistan\n"
        "KDP and PUK meet Sudani over Kirkuk council\n"
        "Rudaw Digital\n"
        "ERBIL, Kurdistan Region – Delegations of the Kurdistan Democratic Party (KDP) and the "
        "Patriotic Union of Kurdistan (PUK) met Iraqi Prime Minister Mohammed Shia al-Sudani "
        "in Baghdad on Saturday to discuss the governor of Kirkuk.\n"
        "\n"
        "Sudani’s office said the meeting was positive. The prime minister also met "
        "commanders of the Popular Mobilization Forces (PMF), known in Arabic as Hashd "
        "al-Shaabi, who hold positions south of Kirkuk.\n"
        "\n"
        "The KDP has demanded that the PMF withdraw from disputed areas. Erbil province "
        "officials said the talks would resume in Erbil next week.\n"
        "\n"
        "Photo: Sudani meets KDP delegation in Baghdad. Photo: PMO\n"
        "Comment | Share\n"
    ),
    "h05_shafaq.txt": (
        "Shafaq News\n"
        "Iraq News\n"
        "Al Sudani orders inquiry into Kirkuk clashes\n"
        "2024-10-20 09:12\n"
        "\n"
        "Shafaq News/ Iraqi Prime Minister Mohammad Shia Al-Sudani on Sunday ordered an "
        "inquiry into clashes between PMF fighters and Kurdish Peshmerga near Kirkuk.\n"
        "\n"
        "A statement from Al Sudani's media office said the Popular Mobilization Units (PMU) "
        "would cooperate fully. The PUK welcomed the decision, while the KDP said it had "
        "warned Baghdad about the Hashd for months.\n"
        "\n"
        "Kirkuk governor Rebwar Taha said calm had returned to the city.\n"
        "\n"
        "Follow Shafaq News on Telegram\n"
    ),
    "h06_anadolu.txt": (
        "Anadolu Ajansı\n"
        "Turkey\n"
        "Fidan, Güler brief parliament on Syria operation\n"
        "Ahmet Yılmaz |25.10.2024 - Update : 25.10.2024\n"
        "\n"
        "ANKARA\n"
        "\n"
        "Turkish Foreign Minister Hakan Fidan and National Defense Minister Yaşar Güler briefed "
        "lawmakers on Friday about operations against the PKK in northern Syria.\n"
        "\n"
        "Parliament Speaker Numan Kurtulmuş said the briefing was held behind closed doors. "
        "Fidan said the SDF was a front for the PKK, while Güler said Turkish forces had "
        "neutralized 40 terrorists.\n"
        "\n"
        "President Recep Tayyip Erdoğan's office said Erdoğan would receive the ministers on "
        "Saturday.\n"
        "\n"
        "Hakan Fidan (R) and Yaşar Güler attend the session. (Photo: AA)\n"
        "Anadolu Agency website contains only a portion of the news stories offered to "
        "subscribers in the AA News Broadcasting System.\n"
    ),
    "h07_hurriyet_daily_news.txt": (
        "Hürriyet Daily News\n"
        "POLITICS\n"
        "Erdogan's party backs Syria plan\n"
        "ANKARA\n"
        "\n"
        "The ruling party on Oct. 26 backed the government's Syria plan after Foreign Minister "
        "Hakan Fidan and Defense Minister Yasar Guler briefed its lawmakers.\n"
        "\n"
        "Guler said the Syrian Democratic Forces (SDF), which Ankara regards as an offshoot of "
        "the PKK, must leave the border area. Speaker Numan Kurtulmus urged the opposition to "
        "back the plan.\n"
        "\n"
        "Erdogan is expected to discuss the issue with Russian President Vladimir Putin next "
        "month.\n"
        "\n"
        "Recommended\n"
        "Copyright © 2024 Hürriyet Daily News\n"
    ),
    "h08_tass.txt": (
        "TASS\n"
        "Russian Politics & Diplomacy\n"
        "Lavrov, Wang Yi discuss Middle East by phone\n"
        "MOSCOW, October 28. /TASS/.\n"
        "\n"
        "Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi discussed "
        "the situation in the Middle East by phone on Monday, the Russian Foreign Ministry said.\n"
        "\n"
        "Foreign Ministry Spokeswoman Maria Zakharova said the ministers agreed to coordinate "
        "at the UN Security Council. Kremlin Spokesman Dmitry Peskov told reporters that "
        "President Vladimir Putin and Chinese President Xi Jinping would meet in Kazan.\n"
        "\n"
        "Zakharova's briefing also covered the talks with Iranian Foreign Minister Abbas "
        "Araghchi.\n"
        "\n"
        "TASS is a world-leading news agency.\n"
    ),
    "h09_reuters.txt": (
        "Reuters\n"
        "World\n"
        "Kremlin says Putin, Xi to discuss Korea; Pyongyang warns Seoul\n"
        "By Reuters Staff\n"
        "October 29, 2024 10:15 AM GMT+3 Updated 2 hours ago\n"
        "\n"
        "MOSCOW (Reuters) - The Kremlin said on Tuesday that President Vladimir Putin would "
        "discuss North Korea with President Xi when the two men meet.\n"
        "\n"
        "Kremlin spokesman Dmitri Peskov declined to say whether Russia would host North Korean "
        "leader Kim Jong Un. Foreign Minister Sergei Lavrov said Moscow valued its ties with "
        "Pyongyang, and ministry spokeswoman Maria Zakharova accused Seoul of escalation.\n"
        "\n"
        "In Pyongyang, Kim Jong Un's sister, Kim Yo Jong, said the South would pay a heavy "
        "price. Kim Yo Jong often issues statements on behalf of her brother.\n"
        "\n"
        "Chinese Foreign Minister Wang Yi said Beijing wanted calm on the peninsula. Wang spoke "
        "after meeting Lavrov in Moscow.\n"
        "\n"
        "Reporting by Reuters; Editing by Alex Richardson\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    ),
    "h10_xinhua.txt": (
        "Xinhua\n"
        "China, Iran vow to deepen cooperation\n"
        "Source: Xinhua\n"
        "Editor: huaxia\n"
        "2024-11-02 21:05:30\n"
        "\n"
        "BEIJING, Nov. 2 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Iranian "
        "Foreign Minister Abbas Araghchi in Beijing on Saturday.\n"
        "\n"
        "Wang, also a member of the Political Bureau of the Communist Party of China Central "
        "Committee, said China supports Iran in safeguarding its sovereignty. Chinese President "
        "Xi Jinping met Iranian President Masoud Pezeshkian in Kazan last month, Wang noted.\n"
        "\n"
        "Araghchi said Iran is ready to work with China.\n"
    ),
    "h11_times_of_israel.txt": (
        "The Times of Israel\n"
        "Gallant: No plan for Gaza day after; opposition MK says 'Bibi has no strategy'\n"
        "By TOI Staff\n"
        "5 November 2024, 10:02 pm\n"
        "\n"
        "Defense Minister Yoav Gallant said Tuesday that the government had no plan for the "
        "day after the war in Gaza, hours before Prime Minister Benjamin Netanyahu fired him.\n"
        "\n"
        "Netanyahu's office said Foreign Minister Israel Katz would replace Gallant. Katz "
        "thanked the prime minister.\n"
        "\n"
        "\"Bibi has no strategy, only survival,\" said MK Gadi Eisenkot, a former IDF chief of "
        "staff. Eisenkot called on Israel's coalition partners to quit.\n"
        "\n"
        "Defense Minister Yoav Gallant (left) with Prime Minister Benjamin Netanyahu in Tel "
        "Aviv, October 28, 2024. (Haim Zach/GPO)\n"
        "Join our Community\n"
    ),
    "h12_haaretz.txt": (
        "Haaretz\n"
        "Israel News\n"
        "Galant Ousted: What It Means for Israel's War\n"
        "Amos Harel\n"
        "Nov 6, 2024\n"
        "\n"
        "Prime Minister Netanyahu dismissed Defense Minister Yoav Galant on Tuesday evening and "
        "named Israel Katz in his place.\n"
        "\n"
        "Galant, a former general, had clashed with Netanyahu over the draft law. Thousands of "
        "protesters blocked the Ayalon Highway in Tel Aviv after the announcement.\n"
        "\n"
        "Subscribe to Haaretz\n"
    ),
    "h13_arab_news.txt": (
        "Arab News\n"
        "Saudi Arabia\n"
        "Saudi crown prince chairs Cabinet session on behalf of King Salman\n"
        "SPA\n"
        "November 12, 2024 22:10\n"
        "\n"
        "RIYADH: Crown Prince Mohammed bin Salman chaired the weekly Cabinet session in Riyadh "
        "on Tuesday on behalf of King Salman.\n"
        "\n"
        "The Cabinet reviewed the outcome of the Arab-Islamic summit, where Crown Prince "
        "Mohammed bin Salman called for an end to the war in Gaza. Foreign Minister Prince "
        "Faisal bin Farhan briefed ministers on the India-GCC ministerial meeting.\n"
        "\n"
        "King Salman bin Abdulaziz thanked the leaders who attended the summit, the Saudi "
        "Press Agency said.\n"
        "\n"
        "Photo: Crown Prince Mohammed bin Salman chairs the Cabinet session. (SPA)\n"
        "Most Popular\n"
    ),
    "h14_gulf_news.txt": (
        "Gulf News\n"
        "Gulf\n"
        "Kuwait Emir receives GCC ministers\n"
        "Kuwait City: His Highness the Emir of Kuwait Sheikh Meshal Al Ahmad Al Jaber Al Sabah "
        "received GCC foreign ministers at Bayan Palace on Sunday.\n"
        "\n"
        "Sheikh Meshal told the ministers that Kuwait supported a stronger Gulf Cooperation "
        "Council. Bin Salman's envoy also attended, KUNA said.\n"
        "\n"
        "The ministers will meet again in Doha next month.\n"
        "\n"
        "Kuwait's Emir Sheikh Meshal Al Ahmad Al Jaber Al Sabah (Image: KUNA)\n"
        "Copyright © 2024 Al Nisr Publishing LLC. All rights reserved.\n"
    ),
    "h15_the_national.txt": (
        "The National\n"
        "Gulf News\n"
        "Bahrain's foreign minister in Abu Dhabi for GCC talks\n"
        "Abu Dhabi - 17 November 2024\n"
        "\n"
        "Dr Abdullatif bin Rashid Al Zayani, Bahrain's Minister of Foreign Affairs, held talks "
        "with Sheikh Abdullah bin Zayed, the UAE Minister of Foreign Affairs, on Sunday.\n"
        "\n"
        "Dr Al Zayani said the GCC states shared one vision for regional security. Sheikh "
        "Abdullah bin Zayed welcomed the visit.\n"
        "\n"
        "Updated: November 17, 2024, 6:12 PM\n"
    ),
    "h16_bna.txt": (
        "Bahrain News Agency\n"
        "Foreign Minister receives Iraqi ambassador\n"
        "Manama, Nov. 19 (BNA): Foreign Minister Dr. Abdul Latif bin Rashid Al Zayani received "
        "the Ambassador of the Republic of Iraq to the Kingdom of Bahrain on Tuesday.\n"
        "\n"
        "The minister conveyed the greetings of His Majesty King Hamad bin Isa Al Khalifa to "
        "Prime Minister Mohammed Shia Al Sudani.\n"
        "\n"
        "BNA\n"
    ),
    "h17_al_monitor.txt": (
        "Al-Monitor\n"
        "Iran's vice president and former foreign minister trade barbs\n"
        "Nov 20, 2024\n"
        "\n"
        "First Vice President Mohammad Reza Aref and Vice President for Strategic Affairs "
        "Mohammad Javad Zarif disagreed in public on Wednesday over the nuclear file.\n"
        "\n"
        "Zarif said Tehran should return to talks, while Aref said the Iranian Foreign "
        "Ministry was in charge. Iran's foreign ministry declined to comment.\n"
        "\n"
        "Zarif resigned briefly in August before Pezeshkian asked him to stay on.\n"
        "\n"
        "Read more: Iran's parliament summons Araghchi\n"
    ),
    "h18_syria_report.txt": (
        "Syria Direct\n"
        "Analysis\n"
        "From Hafez to Bashar: the end of a dynasty\n"
        "December 9, 2024\n"
        "\n"
        "AMMAN – Bashar al-Assad inherited power from his father Hafez al-Assad in 2000 and "
        "ruled for 24 years.\n"
        "\n"
        "Assad fled to Moscow on Sunday, the Kremlin said, as rebel fighters entered Damascus "
        "and toppled statues of Hafez al-Assad across the country.\n"
        "\n"
        "Lt. Gen. Maher al-Assad, his brother, who commanded the Fourth Division, was also "
        "reported to have left Syria.\n"
        "\n"
        "A statue of Hafez al-Assad lies on the ground in Hama. (Syria Direct)\n"
        "Support independent journalism\n"
    ),
    "h19_the_national_kuwait.txt": (
        "Khaleej Times\n"
        "Kuwait tightens visa rules\n"
        "KUWAIT CITY - 21 November 2024\n"
        "\n"
        "Kuwait will tighten visa rules for family visits from next month, the Interior "
        "Ministry said on Thursday.\n"
        "\n"
        "Officials in Kuwait City said the rules would not apply to GCC citizens. Djibouti and "
        "Kuwait signed a labour agreement last year.\n"
        "\n"
        "Tehran said it would seek an exemption for Iranian pilgrims.\n"
        "\n"
        "Khaleej Times - Dubai's leading news source\n"
    ),
}

# entity -> [(article prefix, surface form of the mention)]
GROUPS: dict[str, list[tuple[str, str]]] = {
    "abbas_araghchi": [
        ("h01", "Abbas Araghchi"), ("h01", "Araghchi"), ("h02", "Abbas Araqchi"),
        ("h02", "Araqchi"), ("h03", "Abbas Arakchi"), ("h08", "Abbas Araghchi"),
        ("h10", "Abbas Araghchi"), ("h10", "Araghchi"),
    ],
    "ghalibaf": [
        ("h01", "Mohammad Bagher Ghalibaf"), ("h01", "Ghalibaf"),
        ("h02", "Mohammad Baqer Qalibaf"), ("h02", "Qalibaf"),
    ],
    "pezeshkian": [
        ("h01", "Masoud Pezeshkian"), ("h02", "Masoud Pezeshkiyan"), ("h03", "Pezeshkian"),
        ("h10", "Masoud Pezeshkian"), ("h17", "Pezeshkian"),
    ],
    "ali_bagheri_kani": [("h01", "Ali Bagheri Kani"), ("h01", "Bagheri Kani")],
    "mohammad_bagheri": [("h02", "Mohammad Bagheri"), ("h02", "Bagheri")],
    "ali_larijani": [("h03", "Ali Larijani")],
    "sadegh_larijani": [("h03", "Sadegh Larijani")],
    "khamenei": [("h03", "Ali Khamenei")],
    "mohseni_ejei": [("h03", "Mohseni-Ejei")],
    "irgc": [
        ("h02", "Islamic Revolutionary Guard Corps"), ("h02", "IRGC"), ("h03", "IRGC"),
    ],
    "majlis": [("h01", "Majlis"), ("h03", "Majlis")],
    "sudani": [
        ("h04", "Mohammed Shia al-Sudani"), ("h04", "Sudani"),
        ("h05", "Mohammad Shia Al-Sudani"), ("h05", "Al Sudani"),
        ("h16", "Mohammed Shia Al Sudani"),
    ],
    "kdp": [
        ("h04", "Kurdistan Democratic Party"), ("h04", "KDP"), ("h05", "KDP"),
    ],
    "puk": [("h04", "Patriotic Union of Kurdistan"), ("h04", "PUK"), ("h05", "PUK")],
    "pmf": [
        ("h04", "Popular Mobilization Forces"), ("h04", "PMF"), ("h04", "Hashd al-Shaabi"),
        ("h05", "PMF"), ("h05", "Popular Mobilization Units"), ("h05", "PMU"),
        ("h05", "Hashd"),
    ],
    "hakan_fidan": [
        ("h06", "Hakan Fidan"), ("h06", "Fidan"), ("h07", "Hakan Fidan"),
    ],
    "yasar_guler": [
        ("h06", "Yaşar Güler"), ("h06", "Güler"), ("h07", "Yasar Guler"), ("h07", "Guler"),
    ],
    "numan_kurtulmus": [("h06", "Numan Kurtulmuş"), ("h07", "Numan Kurtulmus")],
    "erdogan": [
        ("h06", "Recep Tayyip Erdoğan"), ("h06", "Erdoğan"), ("h07", "Erdogan"),
    ],
    "pkk": [("h06", "PKK"), ("h07", "PKK")],
    "sdf": [("h06", "SDF"), ("h07", "Syrian Democratic Forces"), ("h07", "SDF")],
    "sergey_lavrov": [
        ("h08", "Sergey Lavrov"), ("h09", "Sergei Lavrov"), ("h09", "Lavrov"),
    ],
    "maria_zakharova": [
        ("h08", "Maria Zakharova"), ("h08", "Zakharova"), ("h09", "Maria Zakharova"),
    ],
    "dmitry_peskov": [("h08", "Dmitry Peskov"), ("h09", "Dmitri Peskov")],
    "wang_yi": [
        ("h08", "Wang Yi"), ("h09", "Wang Yi"), ("h09", "Wang"), ("h10", "Wang Yi"),
        ("h10", "Wang"),
    ],
    "xi_jinping": [("h08", "Xi Jinping"), ("h09", "Xi"), ("h10", "Xi Jinping")],
    "putin": [
        ("h07", "Vladimir Putin"), ("h08", "Vladimir Putin"), ("h09", "Vladimir Putin"),
    ],
    "kim_jong_un": [("h09", "Kim Jong Un")],
    "kim_yo_jong": [("h09", "Kim Yo Jong")],
    "kremlin": [("h08", "Kremlin"), ("h09", "Kremlin"), ("h18", "Kremlin")],
    "yoav_gallant": [
        ("h11", "Yoav Gallant"), ("h11", "Gallant"), ("h12", "Yoav Galant"), ("h12", "Galant"),
    ],
    "netanyahu": [
        ("h11", "Benjamin Netanyahu"), ("h11", "Netanyahu"), ("h11", "Bibi"),
        ("h12", "Netanyahu"),
    ],
    "israel_katz": [("h11", "Israel Katz"), ("h11", "Katz"), ("h12", "Israel Katz")],
    "gadi_eisenkot": [("h11", "Gadi Eisenkot"), ("h11", "Eisenkot")],
    "israel": [("h11", "Israel"), ("h12", "Israel")],
    "mohammed_bin_salman": [("h13", "Mohammed bin Salman"), ("h14", "Bin Salman")],
    "king_salman": [("h13", "Salman"), ("h13", "Salman bin Abdulaziz")],
    "faisal_bin_farhan": [("h13", "Faisal bin Farhan")],
    "gcc": [
        ("h13", "GCC"), ("h14", "GCC"), ("h14", "Gulf Cooperation Council"), ("h15", "GCC"),
        ("h19", "GCC"),
    ],
    "meshal": [
        ("h14", "Meshal Al Ahmad Al Jaber Al Sabah"), ("h14", "Meshal"),
    ],
    "kuwait": [("h14", "Kuwait"), ("h19", "Kuwait")],
    "kuwait_city": [("h19", "Kuwait City")],
    "al_zayani": [
        ("h15", "Abdullatif bin Rashid Al Zayani"), ("h15", "Al Zayani"),
        ("h16", "Abdul Latif bin Rashid Al Zayani"),
    ],
    "abdullah_bin_zayed": [("h15", "Abdullah bin Zayed")],
    "mohammad_reza_aref": [("h17", "Mohammad Reza Aref"), ("h17", "Aref")],
    "mohammad_javad_zarif": [("h17", "Mohammad Javad Zarif"), ("h17", "Zarif")],
    "iran_foreign_ministry": [
        ("h17", "Iranian Foreign Ministry"), ("h17", "Iran's foreign ministry"),
    ],
    "bashar_al_assad": [("h18", "Bashar al-Assad"), ("h18", "Assad")],
    "hafez_al_assad": [("h18", "Hafez al-Assad")],
    "maher_al_assad": [("h18", "Maher al-Assad")],
    "iran": [("h01", "Iran"), ("h10", "Iran"), ("h19", "Tehran")],
    "tehran_city": [("h01", "TEHRAN"), ("h02", "Tehran"), ("h03", "Tehran")],
    "moscow_city": [("h18", "Moscow")],
    "kirkuk": [("h04", "Kirkuk"), ("h05", "Kirkuk")],
    "djibouti": [("h19", "Djibouti")],
}

# pairs of groups that must never share an entity_id
FORBIDDEN: list[tuple[str, str]] = [
    ("ali_bagheri_kani", "mohammad_bagheri"),
    ("ali_larijani", "sadegh_larijani"),
    ("ali_larijani", "khamenei"),
    ("kim_jong_un", "kim_yo_jong"),
    ("king_salman", "mohammed_bin_salman"),
    ("king_salman", "faisal_bin_farhan"),
    ("bashar_al_assad", "hafez_al_assad"),
    ("bashar_al_assad", "maher_al_assad"),
    ("hafez_al_assad", "maher_al_assad"),
    ("mohammad_reza_aref", "mohammad_javad_zarif"),
    ("israel_katz", "israel"),
    ("kuwait", "kuwait_city"),
    ("kuwait", "meshal"),
    ("iran", "tehran_city"),
    ("moscow_city", "kremlin"),
    ("abdullah_bin_zayed", "al_zayani"),
    ("ghalibaf", "ali_bagheri_kani"),
    ("sergey_lavrov", "maria_zakharova"),
    ("wang_yi", "xi_jinping"),
]


# groups the warehouse still gets wrong, by design or for want of a safe rule (see docs/entities.md)
KNOWN_MISSES: dict[str, str] = {
    "bashar_al_assad": "by design: a bare 'Assad' in a paragraph that names no Assad before it, in "
    "an article naming Bashar and his father Hafez, stays unresolved (a wrong tie would merge "
    "father and son)",
}

# articles for single rules, built in the same warehouse (not part of the held-out score)
RULE_ARTICLES: dict[str, str] = {
    "r01_saudi_defence.txt": (
        "Saudi Gazette\n"
        "Saudi defense minister in Washington\n"
        "WASHINGTON — Defense Minister Prince Khalid bin Salman met US officials in Washington "
        "on Monday.\n"
        "\n"
        "Bin Salman said the kingdom would buy more aircraft.\n"
    ),
    "r02_ahram.txt": (
        "Ahram Online\n"
        "Egypt condemns attack on convoy\n"
        "CAIRO - Egypt condemned the attack on an aid convoy on Monday. The Foreign Ministry "
        "said those responsible must be held to account.\n"
    ),
    "r03_japan_times.txt": (
        "The Japan Times\n"
        "Tokyo protests missile launch\n"
        "TOKYO - Japan lodged a protest after the missile launch on Tuesday. The Foreign "
        "Ministry said the missile fell outside its waters.\n"
    ),
}

MENTIONS_SQL = (
    "select a.input_name, m.mention_text, m.entity_id from marts.mentions as m "
    "join marts.articles as a using (article_id)"
)


@pytest.fixture(scope="module")
def ids_by_form(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], set[str]]:
    root: Path = tmp_path_factory.mktemp("entities_round6")
    warehouse = build_from(root, write_texts(root / "input", ARTICLES | RULE_ARTICLES))
    out: dict[tuple[str, str], set[str]] = {}
    for row in dict_rows(warehouse, MENTIONS_SQL):
        out.setdefault((row["input_name"][:3], row["mention_text"]), set()).add(row["entity_id"])
    return out


def group_ids(ids_by_form: dict[tuple[str, str], set[str]], group: str) -> set[str]:
    return set().union(*(ids_by_form.get(form, set()) for form in GROUPS[group]))


def score(ids_by_form: dict[tuple[str, str], set[str]]) -> tuple[int, int, int]:
    """(groups that are exactly one entity_id with every form found, forbidden merges, annotated
    forms found)."""
    whole = sum(
        all(form in ids_by_form for form in forms) and len(group_ids(ids_by_form, g)) == 1
        for g, forms in GROUPS.items()
    )
    merged = sum(
        bool(group_ids(ids_by_form, a) & group_ids(ids_by_form, b)) for a, b in FORBIDDEN
    )
    found = sum(form in ids_by_form for forms in GROUPS.values() for form in forms)
    return whole, merged, found


def _group_param(group: str) -> object:
    if group in KNOWN_MISSES:
        return pytest.param(group, marks=pytest.mark.xfail(strict=True,
                                                           reason=KNOWN_MISSES[group]))
    return group


@pytest.mark.parametrize("group", [_group_param(g) for g in GROUPS])
def test_each_spelling_group_is_one_entity(ids_by_form: dict[tuple[str, str], set[str]],
                                           group: str) -> None:
    missing = [form for form in GROUPS[group] if form not in ids_by_form]
    assert not missing, f"no mention for {missing}"
    ids = {form: sorted(ids_by_form[form]) for form in GROUPS[group]}
    assert len(group_ids(ids_by_form, group)) == 1, ids


@pytest.mark.parametrize(("first", "second"), FORBIDDEN)
def test_different_entities_never_merge(ids_by_form: dict[tuple[str, str], set[str]],
                                        first: str, second: str) -> None:
    assert not group_ids(ids_by_form, first) & group_ids(ids_by_form, second)


def test_held_out_score(ids_by_form: dict[tuple[str, str], set[str]]) -> None:
    whole, merged, found = score(ids_by_form)
    forms = sum(len(f) for f in GROUPS.values())
    assert merged == 0
    assert whole >= len(GROUPS) - len(KNOWN_MISSES)
    assert found >= forms - 1, f"mention recall {found}/{forms}"


def test_a_seeded_nasab_yields_to_a_brother_named_in_the_article(
    ids_by_form: dict[tuple[str, str], set[str]],
) -> None:
    """"Bin Salman" is Mohammed bin Salman (seed), except in an article that names another son of
    Salman: there it is the brother the article names."""
    assert ids_by_form[("r01", "Bin Salman")] == ids_by_form[("r01", "Khalid bin Salman")]
    assert not ids_by_form[("r01", "Bin Salman")] & group_ids(ids_by_form, "mohammed_bin_salman")


def test_a_ministry_named_without_its_country_stays_in_its_article(
    ids_by_form: dict[tuple[str, str], set[str]],
) -> None:
    """Egypt's and Japan's "Foreign Ministry" are two ministries; in an article naming the
    country's ministry in full, the bare name is that ministry."""
    egypt = ids_by_form[("r02", "Foreign Ministry")]
    japan = ids_by_form[("r03", "Foreign Ministry")]
    assert egypt and japan and not egypt & japan
    russian = ids_by_form[("h08", "Russian Foreign Ministry")]
    assert ids_by_form[("h08", "Foreign Ministry")] == russian
