"""Held-out web-page articles for in-article and cross-article entity resolution (entities round
7), end to end: one module-scoped warehouse built by the real pipeline from the articles below,
then every annotated group, forbidden merge and mention checked on marts.mentions.

Written for these tests (not copied from any corpus), in registers the older sets do not cover:
families whose members share a surname (the Obamas, the Reagans, the Kennedys, the Assads, the
Sharif brothers) and one title worn by two kings (Abdullah of Jordan, the late Abdullah of Saudi
Arabia); Ukraine and Russia, Africa, South Asia, East Asia and Latin America; organisations
named by a metonym or an abbreviation (the Pentagon, Foggy Bottom, the Quai d'Orsay, the
Élysée, the UN Security Council, the UN nuclear watchdog); a party and its leader; places
written several ways, and places that are also people's names.

`GROUPS` lists, per real-world entity, the annotated mentions: `(article prefix, surface)` for
every mention of that text in the article, or `(article prefix, surface, context)` for the one
mention of `surface` inside `context` (a passage written once in the article body) when one
text names two entities in one article ("Mr. Obama" and "Mrs. Obama" are both "Obama").
`FORBIDDEN` lists pairs of groups that must never share an `entity_id`. A surface is the text as
the warehouse should cut it: no title, no "the", no possessive.

Scored before any fix of round 7 (3b9045b; two annotations corrected to the text as written before
any code changed: a context that no longer matched the edited n06, and "Moscow" put in n09
instead of n08): 55 of 77 groups one entity_id, 5 of 32 forbidden merges, mention recall 157 of
165.
"""

from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts

pytestmark = pytest.mark.integration

ARTICLES: dict[str, str] = {
    "n01_ap_obamas.txt": (
        "AP News\n"
        "Politics\n"
        "Obamas return to Chicago's South Side for presidential center opening\n"
        "By Sophia Tareen\n"
        "June 19, 2025\n"
        "\n"
        "CHICAGO (AP) — Former President Barack Obama and former first lady Michelle Obama "
        "returned to Chicago on Thursday to open the presidential center that bears their "
        "name.\n"
        "\n"
        "Mr. Obama told about 2,000 guests that the campus belonged to the neighborhood. "
        "Mrs. Obama, who grew up a few miles away, said she had waited years for the day.\n"
        "\n"
        "Obama, who taught law in the city before he entered politics, thanked the mayor, "
        "Brandon Johnson. Johnson said the project had already brought jobs.\n"
        "\n"
        "Former President Barack Obama and Michelle Obama wave to guests in Chicago, June 19, "
        "2025. (AP Photo/Erin Hooley)\n"
        "Copyright 2025 The Associated Press. All rights reserved.\n"
    ),
    "n02_people_michelle.txt": (
        "People\n"
        "Michelle Obama says her podcast gave her 'a new voice'\n"
        "By Staff\n"
        "Published on June 20, 2025 04:15PM EDT\n"
        "\n"
        "Michelle Obama is opening up about life after the White House.\n"
        "\n"
        "In a new interview, Obama said she had learned to say no. She added that her husband, "
        "former President Obama, now cooks dinner twice a week.\n"
        "\n"
        "Never miss a story — sign up for PEOPLE's free daily newsletter.\n"
    ),
    "n03_reagan_library.txt": (
        "Ventura County Star\n"
        "Local News\n"
        "Reagan Library marks Nancy Reagan's birthday\n"
        "SIMI VALLEY\n"
        "\n"
        "The Ronald Reagan Presidential Library in Simi Valley marked what would have been "
        "Nancy Reagan's 104th birthday on Thursday with a wreath at the graves of Ronald Reagan "
        "and his wife.\n"
        "\n"
        "Mrs. Reagan, who died in 2016, chaired the foundation's board for years. Visitors "
        "left roses at her grave.\n"
        "\n"
        "President Reagan's speech at the Berlin Wall is shown every hour in the museum.\n"
        "\n"
        "A new exhibit opens in March. Reagan memorabilia will be sold at auction in the fall.\n"
        "\n"
        "Subscribe for unlimited access\n"
    ),
    "n04_politico_kennedys.txt": (
        "POLITICO\n"
        "Health Care\n"
        "RFK Jr. invokes his father and uncle at HHS swearing-in\n"
        "By Adam Cancryn\n"
        "02/13/2025 06:01 PM EST\n"
        "\n"
        "WASHINGTON — Robert F. Kennedy Jr. was sworn in as health secretary on Thursday, "
        "invoking his father, Robert F. Kennedy, and his uncle, President John F. Kennedy, in "
        "a speech at the White House.\n"
        "\n"
        "Kennedy Jr. said he would take on chronic disease. His cousin Caroline Kennedy, a "
        "former ambassador to Japan, had urged senators to reject him.\n"
        "\n"
        "Caroline Kennedy called her cousin a predator in a letter last month. Kennedy Jr. did "
        "not respond to the letter.\n"
        "\n"
        "Filed under: Robert F. Kennedy Jr., Health and Human Services\n"
    ),
    "n05_bbc_assad.txt": (
        "BBC News\n"
        "Middle East\n"
        "Bashar al-Assad: the eye doctor who became a wartime ruler\n"
        "By Lina Sinjab\n"
        "8 December 2024\n"
        "\n"
        "Bashar al-Assad was never meant to rule Syria. His father, Hafez al-Assad, had "
        "groomed his elder brother Basil for the job.\n"
        "\n"
        "When Basil died in a car crash in 1994, Bashar was called home from London, where he "
        "was training as an eye doctor.\n"
        "\n"
        "Hafez died in 2000, and Bashar was confirmed as president within weeks.\n"
        "\n"
        "Image caption, Bashar al-Assad with his wife Asma in Damascus in 2021\n"
        "Related Topics\n"
    ),
    "n06_jordan_times.txt": (
        "The Jordan Times\n"
        "Local\n"
        "King receives US senators, stresses need for Gaza ceasefire\n"
        "AMMAN — His Majesty King Abdullah II on Sunday received a delegation of US "
        "senators at Al Husseiniya Palace.\n"
        "\n"
        "King Abdullah stressed the need for an immediate ceasefire in the Gaza Strip and for "
        "aid to reach Gaza without restrictions.\n"
        "\n"
        "Crown Prince Hussein attended the meeting. Abdullah also said Jordan would keep "
        "sending aid and warned against attacks on "
        "Palestinians in the West Bank.\n"
        "\n"
        "Her Majesty Queen Rania visited a school in Zarqa.\n"
    ),
    "n07_arab_news_history.txt": (
        "Arab News\n"
        "Saudi Arabia\n"
        "A decade on, King Abdullah's scholarship program still shapes the Kingdom\n"
        "January 23, 2025 00:41\n"
        "\n"
        "RIYADH: Ten years after the death of King Abdullah bin Abdulaziz, the scholarship "
        "program he founded has sent more than 200,000 Saudis abroad.\n"
        "\n"
        "The late King Abdullah launched the program in 2005. King Salman succeeded him in "
        "January 2015.\n"
        "\n"
        "The King Abdullah University of Science and Technology also bears his name.\n"
    ),
    "n08_kyiv_independent.txt": (
        "The Kyiv Independent\n"
        "Ukraine war latest\n"
        "Zelensky, Sybiha meet European ministers in Kyiv\n"
        "by Martin Fornusek\n"
        "March 3, 2025 10:12 PM\n"
        "\n"
        "President Volodymyr Zelensky met the foreign ministers of five European countries in "
        "Kyiv on March 3, his office said.\n"
        "\n"
        "Foreign Minister Andrii Sybiha, who replaced Dmytro Kuleba in September, said Kyiv "
        "needed air defense before any talks with Moscow. Sybiha thanked the ministers.\n"
        "\n"
        "Zelensky later spoke with Rafael Grossi, the head of the International Atomic Energy "
        "Agency (IAEA), about the Zaporizhzhia plant.\n"
        "\n"
        "Support independent journalism in Ukraine. Join us today.\n"
    ),
    "n09_reuters_ukraine.txt": (
        "Reuters\n"
        "Europe\n"
        "Ukraine's Zelenskiy says talks with Kremlin must include Europe\n"
        "By Tom Balmforth\n"
        "March 4, 2025 3:12 PM GMT Updated\n"
        "\n"
        "KYIV, March 4 (Reuters) - Ukrainian President Volodymyr Zelenskiy said on Tuesday "
        "that any talks with the Kremlin must include Europe.\n"
        "\n"
        "Former Defence Minister Sergei Shoigu, now secretary of Russia's Security Council, "
        "visited Pyongyang on Monday. Shoigu met North Korean leader Kim Jong Un.\n"
        "\n"
        "Zelenskiy's foreign minister, Andriy Sybiha, said Kyiv would ask the U.N. Security "
        "Council to meet this week.\n"
        "\n"
        "Reporting by Tom Balmforth; Editing by Andrew Heavens\n"
    ),
    "n10_tass_kiev.txt": (
        "TASS\n"
        "Military Operation in Ukraine\n"
        "Shoigu: Kiev regime must accept new realities\n"
        "MOSCOW, March 5. /TASS/.\n"
        "\n"
        "Secretary of the Russian Security Council Sergey Shoigu said on Wednesday that the "
        "Kiev regime must accept the realities on the ground.\n"
        "\n"
        "Shoigu said Vladimir Zelensky had no mandate to sign any agreement, as Georgia "
        "learned in 2008. Former Ukrainian "
        "foreign minister Dmitry Kuleba had admitted as much, he added.\n"
        "\n"
        "TASS is a world-leading news agency.\n"
    ),
    "n11_africanews.txt": (
        "Africanews\n"
        "Politics\n"
        "Tshisekedi, Kagame to meet in Doha as M23 holds Goma\n"
        "By Rédaction Africanews\n"
        "18/03/2025\n"
        "\n"
        "KINSHASA — Congolese President Félix Tshisekedi and Rwandan President Paul Kagame "
        "will meet in Doha on Tuesday, Qatar said, as M23 rebels hold the eastern city of "
        "Goma.\n"
        "\n"
        "Tshisekedi has accused Kagame of backing the M23. Ethiopian Prime Minister Abiy "
        "Ahmed, the chairman of the African Union (AU), welcomed the talks.\n"
        "\n"
        "Abiy said the AU stood ready to help. The AU summit in Addis Ababa last month called "
        "for a ceasefire.\n"
        "\n"
        "Copyright © 2025 Africanews\n"
    ),
    "n12_aljazeera_africa.txt": (
        "Al Jazeera\n"
        "News|Politics\n"
        "Ethiopia's Abiy meets DRC's Tshisekedi in Addis Ababa\n"
        "Published On 20 Mar 2025\n"
        "\n"
        "Ethiopia's Prime Minister Abiy Ahmed Ali has hosted Democratic Republic of the Congo "
        "President Felix Tshisekedi in Addis Ababa, his office said.\n"
        "\n"
        "Abiy told reporters that the African Union would send observers to eastern DRC. "
        "Tshisekedi thanked him.\n"
        "\n"
        "Follow Al Jazeera English:\n"
    ),
    "n13_dawn_sharifs.txt": (
        "DAWN\n"
        "Pakistan\n"
        "Shehbaz consults Nawaz on PTI talks\n"
        "Syed Irfan Raza\n"
        "Published January 8, 2025\n"
        "\n"
        "ISLAMABAD: Prime Minister Shehbaz Sharif on Tuesday met his elder brother, PML-N "
        "president Nawaz Sharif, in Lahore to discuss talks with the Pakistan Tehreek-i-Insaf "
        "(PTI).\n"
        "\n"
        "Prime Minister Sharif later told the cabinet that the government would not bow to "
        "pressure. The prime minister said the PTI must end its protests.\n"
        "\n"
        "Former prime minister Imran Khan, who has been in jail since August 2023, said the PTI "
        "would not back down. Khan wrote on X that the talks were a sham.\n"
        "\n"
        "Sharif has led the PML-N for four decades.\n"
        "\n"
        "Published in Dawn, January 8th, 2025\n"
    ),
    "n14_hindustan_times.txt": (
        "Hindustan Times\n"
        "India News\n"
        "PM Modi to visit Mumbai on Friday; Bombay High Court seeks report on traffic plan\n"
        "By HT Correspondent\n"
        "Jan 15, 2025 07:30 AM IST\n"
        "\n"
        "NEW DELHI: Prime Minister Narendra Modi will visit Mumbai on Friday to open a naval "
        "dockyard, the Prime Minister's Office said.\n"
        "\n"
        "The Bombay High Court on Tuesday sought a report from the Mumbai police on traffic "
        "arrangements for the visit. Modi will also meet Pakistan's Shehbaz Sharif at a summit "
        "next month, officials said.\n"
        "\n"
        "Catch all the latest India news here.\n"
    ),
    "n15_japan_times.txt": (
        "The Japan Times\n"
        "Politics\n"
        "Kishida, Yoon agree to deepen ties ahead of Lai inauguration\n"
        "BY GABRIEL DOMINGUEZ\n"
        "May 10, 2024\n"
        "\n"
        "TOKYO – Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed "
        "in a phone call on Friday to deepen security ties.\n"
        "\n"
        "Kishida said Tokyo and Seoul faced a severe security environment. President Yoon "
        "said he would visit Japan later this year.\n"
        "\n"
        "Both leaders plan to send envoys to the inauguration of Taiwan's president-elect, Lai "
        "Ching-te, on May 20. Lai has pledged to keep the status quo.\n"
        "\n"
        "Sign up for our newsletters.\n"
    ),
    "n16_korea_herald.txt": (
        "The Korea Herald\n"
        "National\n"
        "Yoon to send envoy to William Lai's inauguration\n"
        "By Son Ji-hyoung\n"
        "Published : May 12, 2024 - 15:03\n"
        "\n"
        "President Yoon Suk-yeol will send a special envoy to the inauguration of Taiwan's "
        "President-elect William Lai in Taipei, the presidential office said Sunday.\n"
        "\n"
        "Yoon spoke with Japanese Prime Minister Kishida on Friday. Lai, who is also known as "
        "Lai Ching-te, will take office on May 20.\n"
        "\n"
        "[email protected]\n"
    ),
    "n17_reuters_latam.txt": (
        "Reuters\n"
        "Americas\n"
        "Brazil's Lula, Mexico's Lopez Obrador discuss Venezuela vote\n"
        "By Lisandra Paraguassu\n"
        "August 8, 2024 9:41 PM GMT\n"
        "\n"
        "BRASILIA, Aug 8 (Reuters) - Brazilian President Luiz Inacio Lula da Silva and "
        "Mexican President Andres Manuel Lopez Obrador spoke by phone on Thursday about "
        "Venezuela's disputed election.\n"
        "\n"
        "Lula said Venezuela must publish the vote tallies. Lopez Obrador, who leaves office "
        "in October, said Mexico would not interfere. Claudia Sheinbaum, his successor, backed "
        "him.\n"
        "\n"
        "Reporting by Lisandra Paraguassu in Brasilia; Editing by Paul Simao\n"
    ),
    "n18_el_pais.txt": (
        "EL PAÍS English\n"
        "Mexico\n"
        "AMLO's last report: López Obrador defends his record\n"
        "MEXICO CITY - Sep 01, 2024 - 18:20 CEST\n"
        "\n"
        "Andrés Manuel López Obrador delivered his last state of the nation report on Sunday in "
        "the Zócalo of Mexico City.\n"
        "\n"
        "AMLO, as the president is known, praised his successor Claudia Sheinbaum. "
        "Luiz Inácio Lula da Silva sent a message of support, and Lula's foreign minister "
        "attended.\n"
        "\n"
        "Sign up for our weekly newsletter\n"
    ),
    "n19_defense_news.txt": (
        "Defense News\n"
        "Pentagon\n"
        "Pentagon, State Department spar over Ukraine aid timeline\n"
        "By Noah Robertson\n"
        "Jan 10, 2025, 05:47 PM\n"
        "\n"
        "WASHINGTON — The Pentagon said on Friday that the US Department of Defense had "
        "shipped the last air-defense missiles approved for Ukraine.\n"
        "\n"
        "Defense Secretary Lloyd Austin told reporters that DoD had met its commitments. "
        "Austin said the State Department was slow to approve export licenses, a charge "
        "Foggy Bottom denied.\n"
        "\n"
        "About Noah Robertson: Noah Robertson is the Pentagon reporter at Defense News.\n"
    ),
    "n20_france24.txt": (
        "France 24\n"
        "France\n"
        "Élysée, Quai d'Orsay at odds over Algeria envoy\n"
        "Issued on: 14/04/2025 - 19:02\n"
        "\n"
        "PARIS — The Élysée said on Monday that President Emmanuel Macron had recalled France's "
        "ambassador to Algeria, a decision the Quai d'Orsay had opposed.\n"
        "\n"
        "Macron spoke with Algerian President Abdelmadjid Tebboune last week. The French "
        "Foreign Ministry declined to comment.\n"
        "\n"
        "Foreign Minister Jean-Noël Barrot is due in Algiers next month.\n"
        "\n"
        "Read more on France 24\n"
    ),
    "n21_un_news.txt": (
        "UN News\n"
        "Peace and Security\n"
        "Security Council hears IAEA chief on Zaporizhzhia plant\n"
        "20 March 2025\n"
        "\n"
        "The UN Security Council met on Thursday to hear Rafael Grossi, the Director General "
        "of the International Atomic Energy Agency, on the safety of the Zaporizhzhia nuclear "
        "power plant.\n"
        "\n"
        "Grossi told the Security Council that the plant had lost external power eight times. "
        "The UN nuclear watchdog keeps a team at the site.\n"
        "\n"
        "Several members of the UNSC called for a demilitarized zone around the plant.\n"
    ),
    "n22_toi_likud.txt": (
        "The Times of Israel\n"
        "Netanyahu's Likud party leads polls as coalition rifts deepen\n"
        "By TOI Staff\n"
        "12 February 2025, 9:41 pm\n"
        "\n"
        "Prime Minister Benjamin Netanyahu's Likud party would win 27 seats if elections were "
        "held today, a Channel 12 poll found on Wednesday.\n"
        "\n"
        "Likud has gained since the ceasefire in the Gaza Strip took effect. In the West Bank, "
        "settler leaders urged Netanyahu to annex more land.\n"
        "\n"
        "Opposition leader Yair Lapid said the poll showed Israelis wanted an election in "
        "Jerusalem and across the country.\n"
        "\n"
        "Join our Community\n"
    ),
    "n23_wafa.txt": (
        "WAFA\n"
        "Occupation forces raid Al-Quds neighbourhoods\n"
        "AL-QUDS, February 13, 2025 (WAFA)\n"
        "\n"
        "Israeli occupation forces raided several neighbourhoods of occupied Al-Quds on "
        "Thursday, local sources said.\n"
        "\n"
        "In Gaza, medical sources said aid trucks had entered through the Kerem Shalom crossing. "
        "The Palestinian presidency condemned Netanyahu's plans for the West Bank.\n"
    ),
    "n24_the_hill.txt": (
        "The Hill\n"
        "House\n"
        "Jordan subpoenas former officials over Georgia probe\n"
        "BY MIKE LILLIS - 02/11/25 6:00 PM ET\n"
        "\n"
        "House Judiciary Committee Chairman Jim Jordan (R-Ohio) on Tuesday subpoenaed two "
        "former officials who worked on the Georgia election case.\n"
        "\n"
        "Jordan said the officials had refused to testify voluntarily. The committee will hold "
        "a hearing in Austin, Texas, next month.\n"
        "\n"
        "Copyright 2025 Nexstar Media Inc. All rights reserved.\n"
    ),
}

# entity -> annotated mentions: (article prefix, surface) = every mention of that text in the
# article; (article prefix, surface, context) = the one mention of surface inside context
Form = tuple[str, str] | tuple[str, str, str]

GROUPS: dict[str, list[Form]] = {
    "barack_obama": [
        ("n01", "Barack Obama"), ("n01", "Obama", "Mr. Obama told"),
        ("n01", "Obama", "Obama, who taught law"),
        ("n02", "Obama", "former President Obama"),
    ],
    "michelle_obama": [
        ("n01", "Michelle Obama"), ("n01", "Obama", "Mrs. Obama, who grew"),
        ("n02", "Michelle Obama"), ("n02", "Obama", "interview, Obama said"),
    ],
    "chicago": [("n01", "Chicago")],
    "brandon_johnson": [("n01", "Brandon Johnson"), ("n01", "Johnson")],
    "ronald_reagan": [
        ("n03", "Ronald Reagan", "graves of Ronald Reagan"),
        ("n03", "Reagan", "President Reagan's speech"),
    ],
    "nancy_reagan": [("n03", "Nancy Reagan"), ("n03", "Reagan", "Mrs. Reagan, who died")],
    "reagan_library": [("n03", "Ronald Reagan Presidential Library")],
    "rfk_jr": [
        ("n04", "Robert F. Kennedy Jr.", "WASHINGTON — Robert F. Kennedy Jr."),
        ("n04", "Kennedy Jr."),
    ],
    "rfk_sr": [("n04", "Robert F. Kennedy", "his father, Robert F. Kennedy,")],
    "jfk": [("n04", "John F. Kennedy")],
    "caroline_kennedy": [("n04", "Caroline Kennedy")],
    "bashar_al_assad": [
        ("n05", "Bashar al-Assad"), ("n05", "Bashar", "1994, Bashar was"),
        ("n05", "Bashar", "2000, and Bashar"),
    ],
    "hafez_al_assad": [("n05", "Hafez al-Assad"), ("n05", "Hafez", "Hafez died")],
    "basil_al_assad": [("n05", "Basil", "brother Basil"), ("n05", "Basil", "When Basil")],
    "asma_al_assad": [("n05", "Asma")],
    "abdullah_ii": [
        ("n06", "Abdullah II"), ("n06", "Abdullah", "King Abdullah stressed"),
        ("n06", "Abdullah", "Abdullah also said"),
    ],
    "king_abdullah_saudi": [
        ("n07", "Abdullah bin Abdulaziz"), ("n07", "Abdullah", "The late King Abdullah"),
    ],
    "king_salman": [("n07", "Salman")],
    "kaust": [("n07", "King Abdullah University of Science and Technology")],
    "crown_prince_hussein": [("n06", "Hussein")],
    "queen_rania": [("n06", "Rania")],
    "zelensky": [
        ("n08", "Volodymyr Zelensky"), ("n08", "Zelensky"), ("n09", "Volodymyr Zelenskiy"),
        ("n09", "Zelenskiy"), ("n10", "Vladimir Zelensky"),
    ],
    "sybiha": [
        ("n08", "Andrii Sybiha"), ("n08", "Sybiha"), ("n09", "Andriy Sybiha"),
    ],
    "kuleba": [("n08", "Dmytro Kuleba"), ("n10", "Dmitry Kuleba")],
    "shoigu": [
        ("n09", "Sergei Shoigu"), ("n09", "Shoigu"), ("n10", "Sergey Shoigu"),
        ("n10", "Shoigu"),
    ],
    "kyiv": [("n08", "Kyiv"), ("n09", "KYIV"), ("n09", "Kyiv"), ("n10", "Kiev")],
    "kremlin": [("n09", "Kremlin")],
    "russia_security_council": [("n10", "Russian Security Council")],
    "un_security_council": [
        ("n09", "U.N. Security Council"), ("n21", "UN Security Council"),
        ("n21", "Security Council", "told the Security Council"), ("n21", "UNSC"),
    ],
    "iaea": [
        ("n08", "International Atomic Energy Agency"), ("n08", "IAEA"),
        ("n21", "International Atomic Energy Agency"), ("n21", "IAEA"),
    ],
    "grossi": [("n08", "Rafael Grossi"), ("n21", "Rafael Grossi"), ("n21", "Grossi")],
    "zaporizhzhia": [("n08", "Zaporizhzhia"), ("n21", "Zaporizhzhia")],
    "tshisekedi": [
        ("n11", "Félix Tshisekedi"), ("n11", "Tshisekedi"), ("n12", "Felix Tshisekedi"),
        ("n12", "Tshisekedi"),
    ],
    "kagame": [("n11", "Paul Kagame"), ("n11", "Kagame")],
    "abiy_ahmed": [
        ("n11", "Abiy Ahmed"), ("n11", "Abiy"), ("n12", "Abiy Ahmed Ali"), ("n12", "Abiy"),
    ],
    "african_union": [
        ("n11", "African Union"), ("n11", "AU"), ("n12", "African Union"),
    ],
    "m23": [("n11", "M23")],
    "addis_ababa": [("n11", "Addis Ababa"), ("n12", "Addis Ababa")],
    "shehbaz_sharif": [
        ("n13", "Shehbaz Sharif"), ("n13", "Sharif", "Minister Sharif later"),
        ("n14", "Shehbaz Sharif"),
    ],
    "nawaz_sharif": [("n13", "Nawaz Sharif")],
    "sharif_unresolved": [("n13", "Sharif", "Sharif has led")],
    "imran_khan": [("n13", "Imran Khan"), ("n13", "Khan")],
    "pti": [("n13", "Pakistan Tehreek-i-Insaf"), ("n13", "PTI")],
    "modi": [("n14", "Narendra Modi"), ("n14", "Modi")],
    "mumbai": [("n14", "Mumbai")],
    "bombay_high_court": [("n14", "Bombay High Court")],
    "kishida": [
        ("n15", "Fumio Kishida"), ("n15", "Kishida"), ("n16", "Kishida"),
    ],
    "yoon": [
        ("n15", "Yoon Suk Yeol"), ("n15", "Yoon"), ("n16", "Yoon Suk-yeol"), ("n16", "Yoon"),
    ],
    "lai_ching_te": [
        ("n15", "Lai Ching-te"), ("n15", "Lai"), ("n16", "William Lai"), ("n16", "Lai"),
        ("n16", "Lai Ching-te"),
    ],
    "lula": [
        ("n17", "Luiz Inacio Lula da Silva"), ("n17", "Lula"),
        ("n18", "Luiz Inácio Lula da Silva"), ("n18", "Lula"),
    ],
    "amlo": [
        ("n17", "Andres Manuel Lopez Obrador"), ("n17", "Lopez Obrador"),
        ("n18", "Andrés Manuel López Obrador"), ("n18", "AMLO"),
    ],
    "sheinbaum": [("n17", "Claudia Sheinbaum"), ("n18", "Claudia Sheinbaum")],
    "venezuela": [("n17", "Venezuela")],
    "mexico_city": [("n18", "Mexico City")],
    "pentagon": [
        ("n19", "Pentagon", "The Pentagon said"), ("n19", "US Department of Defense"),
        ("n19", "DoD"),
    ],
    "state_department": [("n19", "State Department"), ("n19", "Foggy Bottom")],
    "lloyd_austin": [("n19", "Lloyd Austin"), ("n19", "Austin", "Austin said")],
    "austin_city": [("n24", "Austin")],
    "ukraine": [("n19", "Ukraine")],
    "macron": [("n20", "Emmanuel Macron"), ("n20", "Macron")],
    "elysee": [("n20", "Élysée")],
    "french_foreign_ministry": [("n20", "Quai d'Orsay"), ("n20", "French Foreign Ministry")],
    "tebboune": [("n20", "Abdelmadjid Tebboune")],
    "barrot": [("n20", "Jean-Noël Barrot")],
    "france": [("n20", "France")],
    "algeria": [("n20", "Algeria")],
    "netanyahu": [("n22", "Benjamin Netanyahu"), ("n22", "Netanyahu"), ("n23", "Netanyahu")],
    "likud": [("n22", "Likud")],
    "yair_lapid": [("n22", "Yair Lapid")],
    "gaza": [("n06", "Gaza"), ("n06", "Gaza Strip"), ("n22", "Gaza Strip"), ("n23", "Gaza")],
    "west_bank": [("n06", "West Bank"), ("n22", "West Bank"), ("n23", "West Bank")],
    "jerusalem": [("n22", "Jerusalem"), ("n23", "Al-Quds")],
    "jim_jordan": [("n24", "Jim Jordan"), ("n24", "Jordan", "Jordan said")],
    "georgia_state": [("n24", "Georgia")],
    "georgia_country": [("n10", "Georgia")],
    "jordan": [("n06", "Jordan")],
    "russia": [("n08", "Moscow"), ("n09", "Russia")],
}

# pairs of groups that must never share an entity_id
FORBIDDEN: list[tuple[str, str]] = [
    ("barack_obama", "michelle_obama"),
    ("ronald_reagan", "nancy_reagan"),
    ("ronald_reagan", "reagan_library"),
    ("rfk_jr", "rfk_sr"),
    ("rfk_jr", "jfk"),
    ("rfk_sr", "jfk"),
    ("rfk_jr", "caroline_kennedy"),
    ("bashar_al_assad", "hafez_al_assad"),
    ("bashar_al_assad", "basil_al_assad"),
    ("hafez_al_assad", "basil_al_assad"),
    ("abdullah_ii", "king_abdullah_saudi"),
    ("abdullah_ii", "kaust"),
    ("king_abdullah_saudi", "king_salman"),
    ("shehbaz_sharif", "nawaz_sharif"),
    ("sharif_unresolved", "shehbaz_sharif"),
    ("sharif_unresolved", "nawaz_sharif"),
    ("sybiha", "kuleba"),
    ("russia_security_council", "un_security_council"),
    ("kyiv", "kremlin"),
    ("kyiv", "russia"),
    ("iaea", "grossi"),
    ("lai_ching_te", "yoon"),
    ("lloyd_austin", "austin_city"),
    ("pentagon", "state_department"),
    ("elysee", "french_foreign_ministry"),
    ("macron", "elysee"),
    ("netanyahu", "likud"),
    ("jim_jordan", "jordan"),
    ("georgia_state", "georgia_country"),
    ("jim_jordan", "crown_prince_hussein"),
    ("brandon_johnson", "barack_obama"),
    ("mumbai", "bombay_high_court"),
]

# groups the warehouse still gets wrong, by design or for want of a safe rule (see docs/entities.md)
KNOWN_MISSES: dict[str, str] = {
    # "barack_obama" was one until round 8: "her husband, former President Obama" in an article
    # naming only Michelle Obama now links to the one man of the corpus named Obama in full
    # (relative_surname, int_entity_key_matches)
    "ronald_reagan": "for want of a signal: 'President Reagan' in an article naming Ronald and "
    "Nancy Reagan, with no gender cue and no title either full name carries, stays unresolved",
}
# forbidden merges the warehouse still makes, for want of a signal in the text
KNOWN_MERGES: dict[tuple[str, str], str] = {
    ("georgia_state", "georgia_country"): "one norm key, one seed-less place name: nothing in "
    "the text tells the US state (a US politics article) from the country",
}

# articles for single rules, built in the same warehouse (not part of the held-out score)
RULE_ARTICLES: dict[str, str] = {
    "r01_rfk_jr_alone.txt": (
        "Health secretary Robert F. Kennedy Jr. said on Monday that he would review vaccine "
        "panels.\n\nKennedy said the review would take a year.\n"
    ),
    "r02_mlk_jr.txt": (
        "Martin Luther King Jr. delivered the speech in Washington in 1963.\n"
    ),
    "r03_mlk.txt": (
        "Schools closed on Monday for the holiday honouring Martin Luther King.\n"
    ),
    "r05_lahore_brothers.txt": (
        "LAHORE - Nawaz Sharif met his brother Shehbaz Sharif at the family home on Monday.\n\n"
        "Sharif said he would not contest the by-election.\n"
    ),
    "r06_clintons.txt": (
        "DES MOINES - Hillary Clinton and former President Bill Clinton campaigned together in "
        "Des Moines on Saturday.\n\nMrs. Clinton told supporters that jobs came first. Mr. "
        "Clinton spoke for ten minutes.\n"
    ),
    "r07_bushes.txt": (
        "DALLAS - Former President George W. Bush opened an exhibit on Thursday with his father, "
        "former President George H.W. Bush, and his wife Laura Bush.\n\nMr. Bush thanked the "
        "donors.\n"
    ),
    "r08_bush_alone.txt": "Bush spoke at a fundraiser in Houston on Monday.\n",
    "r09_father_and_son.txt": (
        "Congressman Paul Ostrander endorsed the plan on Monday. His father, Paul Ostrander Sr., "
        "once held the seat.\n\nOstrander did not say when the campaign would start.\n"
    ),
    "r10_ostrander_alone.txt": "Ostrander spoke to farmers in Toledo on Friday.\n",
    "r04_kin_clause.txt": (
        "Former ferry worker Tobias Wendland was arrested on Friday.\n\nAfter calling home to "
        "speak with his mother, Wendland was put through to a lawyer instead.\n"
    ),
}

MENTION_ROWS_SQL = (
    "select a.input_name, a.body_text, m.mention_text, m.start_char, m.entity_id "
    "from marts.mentions as m join marts.articles as a using (article_id)"
)

Ids = dict[Form, set[str]]


def located_ids(rows: list[dict], groups: dict[str, list[Form]]) -> Ids:
    """Entity ids of every mention text of every article, and of every annotated form of `groups`
    found in the warehouse rows (a form with a context: the one mention inside it)."""
    plain: dict[tuple[str, str], set[str]] = {}
    at: dict[tuple[str, int, str], set[str]] = {}
    bodies: dict[str, str] = {}
    for row in rows:
        prefix = row["input_name"][:3]
        bodies[prefix] = row["body_text"]
        plain.setdefault((prefix, row["mention_text"]), set()).add(row["entity_id"])
        at.setdefault((prefix, row["start_char"], row["mention_text"]), set()).add(
            row["entity_id"])
    out: Ids = dict(plain)  # every text of every article, for the single-rule tests
    for forms in groups.values():
        for form in forms:
            if len(form) == 2:
                if form in plain:
                    out[form] = plain[form]
                continue
            prefix, surface, context = form
            body = bodies.get(prefix, "")
            assert body.count(context) <= 1, f"context not unique: {form}"
            where = body.find(context)
            if where >= 0 and (prefix, where + context.index(surface), surface) in at:
                out[form] = at[(prefix, where + context.index(surface), surface)]
    return out


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Ids:
    root: Path = tmp_path_factory.mktemp("entities_round7")
    warehouse = build_from(root, write_texts(root / "input", ARTICLES | RULE_ARTICLES))
    return located_ids(dict_rows(warehouse, MENTION_ROWS_SQL), GROUPS)


def ids_of(found: Ids, forms: list[Form]) -> set[str]:
    """The entity ids of the annotated forms found."""
    return set().union(*(found.get(form, set()) for form in forms))


def group_ids(found: Ids, group: str) -> set[str]:
    return ids_of(found, GROUPS[group])


def held_out_score(found: Ids, groups: dict[str, list[Form]],
                   forbidden: list[tuple[str, str]]) -> tuple[int, int, int]:
    """(groups that are exactly one entity_id with every form found, forbidden merges, annotated
    forms found)."""
    whole = sum(
        all(form in found for form in forms) and len(ids_of(found, forms)) == 1
        for forms in groups.values()
    )
    merged = sum(bool(ids_of(found, groups[a]) & ids_of(found, groups[b])) for a, b in forbidden)
    recall = sum(form in found for forms in groups.values() for form in forms)
    return whole, merged, recall


def score(found: Ids) -> tuple[int, int, int]:
    return held_out_score(found, GROUPS, FORBIDDEN)


def known_param(case: str | tuple[str, ...], known: Mapping[object, str]) -> object:
    """`case` as a test parameter, a strict expected failure when `known` gives its reason."""
    values = case if isinstance(case, tuple) else (case,)
    if case in known:
        return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=known[case]))
    return case


@pytest.mark.parametrize("group", [known_param(g, KNOWN_MISSES) for g in GROUPS])
def test_each_spelling_group_is_one_entity(ids: Ids, group: str) -> None:
    missing = [form for form in GROUPS[group] if form not in ids]
    assert not missing, f"no mention for {missing}"
    assert len(group_ids(ids, group)) == 1, {form: sorted(ids[form]) for form in GROUPS[group]}


@pytest.mark.parametrize(("first", "second"), [known_param(p, KNOWN_MERGES) for p in FORBIDDEN])
def test_different_entities_never_merge(ids: Ids, first: str, second: str) -> None:
    assert not group_ids(ids, first) & group_ids(ids, second)


def test_held_out_score(ids: Ids) -> None:
    whole, merged, recall = score(ids)
    forms = sum(len(f) for f in GROUPS.values())
    assert merged <= len(KNOWN_MERGES)
    assert whole >= len(GROUPS) - len(KNOWN_MISSES)
    assert recall >= forms - 1, f"mention recall {recall}/{forms}"


def test_an_agency_after_a_dateline_is_not_the_place(ids: Ids) -> None:
    """"CHICAGO (AP) —": the brackets after a dateline hold the news agency, not an acronym of
    the city."""
    assert ids[("n01", "AP")] and not ids[("n01", "AP")] & group_ids(ids, "chicago")


def test_a_generational_suffix_tells_a_son_from_his_father(ids: Ids) -> None:
    """"Robert F. Kennedy Jr." written alone in another article is the son of n04, never the
    father n04 names beside him; elsewhere a name without the suffix still finds the name with
    it ("Martin Luther King" / "Martin Luther King Jr.")."""
    son = ids[("r01", "Robert F. Kennedy Jr.")]
    assert son == group_ids(ids, "rfk_jr")
    assert not son & group_ids(ids, "rfk_sr")
    assert ids[("r01", "Kennedy")] == son
    king = ids[("r02", "Martin Luther King Jr.")]
    assert ids[("r03", "Martin Luther King")] == king


def test_a_kinship_noun_ending_a_clause_is_no_apposition(ids: Ids) -> None:
    """"to speak with his mother, Wendland was put through": the noun ends a clause (the name
    runs on into its verb), so Wendland is not a relative of anyone; he is Tobias Wendland."""
    assert ids[("r04", "Wendland")] == ids[("r04", "Tobias Wendland")]


def test_a_city_under_its_former_name_is_the_city(ids: Ids) -> None:
    """"Bombay" in "Bombay High Court" (a nested place) is Mumbai; the court stays its own."""
    assert ids[("n14", "Bombay")] == group_ids(ids, "mumbai")
    assert not group_ids(ids, "bombay_high_court") & group_ids(ids, "mumbai")


def test_a_name_after_a_dateline_dash_is_a_person_of_the_article(ids: Ids) -> None:
    """"LAHORE - Nawaz Sharif" (one ORG to the model) keeps Nawaz Sharif as a person, so the bare
    "Sharif" after the two brothers is neither of them."""
    nawaz = ids[("r05", "Nawaz Sharif")]
    assert nawaz == group_ids(ids, "nawaz_sharif")
    assert not ids[("r05", "Sharif")] & (nawaz | group_ids(ids, "shehbaz_sharif"))


def test_a_given_name_tells_a_husband_from_his_wife(ids: Ids) -> None:
    """No cue next to either full name: the gender of the given name (seeds/reference/
    given_names.csv) tells "Mrs. Clinton" and "Mr. Clinton" apart."""
    rows = ids[("r06", "Clinton")]
    assert rows == ids[("r06", "Hillary Clinton")] | ids[("r06", "Bill Clinton")]
    assert len(rows) == 2


def test_a_cue_that_leaves_two_namesakes_decides_nothing(ids: Ids) -> None:
    """"Mr. Bush" is not Laura Bush, and could be either George Bush: it stays unresolved, never
    its own name linked across articles."""
    bush = ids[("r07", "Bush")]
    assert not bush & (ids[("r07", "Laura Bush")] | ids[("r07", "George W. Bush")]
                       | ids[("r07", "George H.W. Bush")] | ids[("r08", "Bush")])


def test_a_surname_of_a_father_and_son_of_one_name_stays_unresolved(ids: Ids) -> None:
    """"Paul Ostrander" and "Paul Ostrander Sr." are two people (the suffix counts as a given name
    would): the bare "Ostrander" of a paragraph naming neither is neither, and is not the bare
    "Ostrander" of another article either."""
    bare = ids[("r09", "Ostrander")]
    assert not bare & (ids[("r09", "Paul Ostrander")] | ids[("r09", "Paul Ostrander Sr")]
                       | ids[("r10", "Ostrander")])
    assert not ids[("r09", "Paul Ostrander")] & ids[("r09", "Paul Ostrander Sr")]
