"""Held-out web-page articles for in-article and cross-article entity resolution (entities round
8), end to end: one module-scoped warehouse built by the real pipeline from the articles below,
then every annotated group, forbidden merge and mention checked on marts.mentions.

Written for these tests (not copied from any corpus), in general-news registers the older sets do
not cover: business news (companies with legal forms and short forms: Volkswagen AG / VW, Alphabet
Inc. / Google, Meta Platforms / Meta, Ford Motor Co. / Ford), sports (a club and its city:
Manchester United / Manchester, Real Madrid / Atletico Madrid / Madrid; "the Gunners"), a person
sharing a name with a company or a country (Harrison Ford, Michael Jordan), people whose title
changes (Lord Cameron / David Cameron, Sir Keir Starmer / "Sir Keir", "Mr Johnson"), honorifics
(Sheikh, Dr., Mullah), a nickname in quotes (Benjamin "Bibi" Netanyahu), relatives sharing a
surname who must not merge (Boris / Jo Johnson, Ed / David Miliband, Raúl / Fidel Castro, Sheikh
Mohammed / his son Sheikh Hamdan, Akhundzada / Akhund), organisations and their people (a party and
its leader, a ministry and its minister, the White House and the president, the IDF / Israel
Defense Forces), capitals in a crosshead, possessives with a curly apostrophe, and the round-7
leftover of a husband named only by a role ("her husband, President Trump").

`GROUPS`, `FORBIDDEN` and the form conventions are those of `test_entities_round7.py`: a form is
`(article prefix, surface)` for every mention of that text in the article, or `(article prefix,
surface, context)` for the one mention inside `context`.

Scored before any fix of round 8 (a474194): 72 of 84 groups one entity_id, 1 of 34 forbidden
merges, mention recall 130 of 138. (The very first run scored 70 / 84 and 130 / 140 with two forms
that are not in the article body: the crosshead "BIDEN'S LAST NATO SUMMIT" and a headline-only
"White House", both removed by the cleaner; they were dropped before any code changed.)
"""

from pathlib import Path

import pytest

from tests.conftest import build_from, dict_rows, write_texts
from tests.integration.test_entities_round7 import (
    MENTION_ROWS_SQL,
    Form,
    Ids,
    held_out_score,
    ids_of,
    known_param,
    located_ids,
)

pytestmark = pytest.mark.integration

ARTICLES: dict[str, str] = {
    "e01_reuters_vw.txt": (
        "Reuters\n"
        "Business\n"
        "Volkswagen to cut 35,000 German jobs by 2030 in deal with union\n"
        "By Christina Amann\n"
        "December 20, 2024 6:05 PM GMT Updated\n"
        "\n"
        "BERLIN, Dec 20 (Reuters) - Volkswagen AG agreed with the IG Metall union on Friday to "
        "cut more than 35,000 jobs in Germany by 2030, averting a wave of strikes at the "
        "carmaker's plants.\n"
        "\n"
        "VW brand chief Thomas Schaefer said the deal would save 1.5 billion euros a year. "
        "Volkswagen shares rose 1.2% in Frankfurt.\n"
        "\n"
        "IG Metall negotiator Thorsten Groeger called the agreement a Christmas miracle. "
        "Chancellor Olaf Scholz welcomed the deal.\n"
        "\n"
        "Reporting by Christina Amann; Editing by Rachel More\n"
    ),
    "e02_dw_vw.txt": (
        "DW\n"
        "Business\n"
        "What the Volkswagen deal means for Wolfsburg\n"
        "12/21/2024\n"
        "\n"
        "Volkswagen's works council chief Daniela Cavallo said the agreement protected every "
        "plant in Germany. VW chief executive Oliver Blume, who also runs Porsche AG, said costs "
        "still had to fall.\n"
        "\n"
        "Blume told reporters in Wolfsburg that Volkswagen would stop building cars at its "
        "Dresden plant next year. Porsche shares fell 2% on the news.\n"
        "\n"
        "Daniela Cavallo (left) and Oliver Blume in Wolfsburg. Image: Julian "
        "Stratenschulte/dpa/picture alliance\n"
        "Advertisement\n"
    ),
    "e03_cnbc_big_tech.txt": (
        "CNBC\n"
        "TECH\n"
        "Alphabet shares jump as Google cloud growth beats estimates\n"
        "PUBLISHED TUE, OCT 29 2024 4:05 PM EDT\n"
        "Jennifer Elias\n"
        "\n"
        "Alphabet Inc. said on Tuesday that revenue rose 15% in the third quarter as Google's "
        "cloud unit grew 35%. Chief Executive Sundar Pichai said artificial intelligence was "
        "driving demand.\n"
        "\n"
        "Meta Platforms, Facebook's parent, reports on Wednesday. Meta has said it will spend "
        "up to $40 billion this year. Mark Zuckerberg told investors in July that the spending "
        "would pay off.\n"
        "\n"
        "Pichai also said Google would buy power from small nuclear reactors. Alphabet shares "
        "rose 6% after the bell.\n"
        "\n"
        "WATCH: Why Alphabet is betting on nuclear power\n"
    ),
    "e04_sky_sports.txt": (
        "Sky Sports\n"
        "Football\n"
        "Man Utd 1-1 Arsenal: Amorim's side hold the Gunners at Old Trafford\n"
        "Sunday 9 March 2025 18:30, UK\n"
        "\n"
        "Manchester United held Arsenal to a 1-1 draw at Old Trafford on Sunday, with Bruno "
        "Fernandes scoring from a free-kick before Declan Rice levelled.\n"
        "\n"
        "Head coach Ruben Amorim said his players had shown character. Arsenal manager Mikel "
        "Arteta said the Gunners should have won.\n"
        "\n"
        "The result leaves Manchester United 14th in the table. Amorim, who joined from "
        "Sporting Lisbon in November, said the club would rebuild in the summer.\n"
        "\n"
        "Fans in Manchester will have to wait for a first home win since January.\n"
        "\n"
        "Watch Premier League highlights on Sky Sports\n"
    ),
    "e05_marca.txt": (
        "MARCA in English\n"
        "Real Madrid\n"
        "Ancelotti: Mbappe will be ready for the derby\n"
        "MADRID\n"
        "Updated 08/02/2025 - 13:10 CET\n"
        "\n"
        "Real Madrid coach Carlo Ancelotti said on Saturday that Kylian Mbappé would be fit for "
        "the derby against Atletico Madrid at the Santiago Bernabeu.\n"
        "\n"
        "\"Mbappe is ready,\" Ancelotti told a news conference in Madrid. Real Madrid lead "
        "Atletico by one point at the top of the table.\n"
        "\n"
        "The Frenchman has scored 22 goals this season.\n"
        "\n"
        "MARCA in English. All rights reserved.\n"
    ),
    "e06_automotive_news.txt": (
        "Automotive News\n"
        "Regulation & Safety\n"
        "Ford recalls 240,000 Explorers over trim pieces\n"
        "Staff report\n"
        "February 27, 2025 11:00 AM\n"
        "\n"
        "DETROIT - Ford Motor Co. is recalling about 240,000 Explorer crossovers because a trim "
        "piece can detach while driving, the company said on Thursday.\n"
        "\n"
        "Ford CEO Jim Farley has made quality his top priority. Ford shares fell 1% in New York, "
        "while rival General Motors rose.\n"
        "\n"
        "Farley said the automaker had cut warranty costs by $1 billion last year.\n"
        "\n"
        "Sign up for our daily newsletter\n"
    ),
    "e07_variety_ford.txt": (
        "Variety\n"
        "Film\n"
        "Harrison Ford on 'Captain America' and why he still does his own stunts\n"
        "By Kate Aurthur\n"
        "February 12, 2025 9:00am PT\n"
        "\n"
        "Harrison Ford has played presidents before. In \"Captain America: Brave New World,\" "
        "he plays one who turns into a giant red monster.\n"
        "\n"
        "Ford, 82, said he agreed to the role because Marvel let him do the running himself. "
        "His wife, Calista Flockhart, visited the set in Atlanta.\n"
        "\n"
        "Harrison Ford photographed in Los Angeles. Photo: Michael Buckner for Variety\n"
        "Most Popular\n"
    ),
    "e08_espn_jordan.txt": (
        "ESPN\n"
        "NBA\n"
        "Michael Jordan's Hornets stake sale closes at $3 billion\n"
        "Brian Windhorst\n"
        "Aug 3, 2023, 04:12 PM ET\n"
        "\n"
        "Michael Jordan has completed the sale of his majority stake in the Charlotte Hornets "
        "to a group led by Gabe Plotkin and Rick Schnall, the team announced Thursday.\n"
        "\n"
        "Jordan, who bought control of the team in 2010, will keep a minority share. Plotkin "
        "said Jordan had left the franchise in good shape.\n"
        "\n"
        "Copyright 2023 ESPN Internet Ventures.\n"
    ),
    "e09_bbc_johnson.txt": (
        "BBC News\n"
        "UK Politics\n"
        "Boris Johnson says brother Jo was right to quit over Brexit\n"
        "14 October 2024\n"
        "By Becky Morton, Political reporter\n"
        "\n"
        "Former Prime Minister Boris Johnson has said his brother Jo Johnson was right to "
        "resign from his government in 2019.\n"
        "\n"
        "In his memoir, Boris Johnson writes that the family was split by Brexit. Mr Johnson "
        "says the ex-premier's biggest regret is not seeing the pandemic coming.\n"
        "\n"
        "Jo Johnson, a former universities minister, said he had not yet read the book.\n"
        "\n"
        "Sir Keir Starmer said the memoir was a distraction. Sir Keir told reporters in Downing "
        "Street that the Conservatives had left a mess. Former foreign secretary Lord Cameron "
        "declined to comment.\n"
        "\n"
        "Related topics\n"
        "Boris Johnson\n"
    ),
    "e10_guardian_miliband.txt": (
        "The Guardian\n"
        "Politics\n"
        "Starmer hands Ed Miliband energy brief as cabinet takes shape\n"
        "Pippa Crerar Political editor\n"
        "Fri 5 Jul 2024 19.41 BST\n"
        "\n"
        "Keir Starmer has appointed Ed Miliband as energy secretary, handing the former Labour "
        "leader the task of delivering clean power by 2030.\n"
        "\n"
        "David Miliband, the former foreign secretary who now runs the International Rescue "
        "Committee in New York, congratulated his brother on social media.\n"
        "\n"
        "In a statement, Ed Miliband said Britain would become a clean energy superpower. "
        "Miliband added that he would meet industry leaders next week.\n"
        "\n"
        "Starmer also thanked David Cameron for his service.\n"
        "\n"
        "Most viewed\n"
    ),
    "e11_reuters_castro.txt": (
        "Reuters\n"
        "Americas\n"
        "Cuba's Raul Castro, 93, makes rare public appearance\n"
        "By Dave Sherwood\n"
        "April 16, 2025 9:30 PM GMT\n"
        "\n"
        "HAVANA, April 16 (Reuters) - Former Cuban leader Raul Castro made a rare public "
        "appearance at a Communist Party event in Havana on Wednesday.\n"
        "\n"
        "Castro, who handed the presidency to Miguel Diaz-Canel in 2018, sat beside the "
        "president. The event marked the anniversary of a speech by his late brother Fidel "
        "Castro.\n"
        "\n"
        "Diaz-Canel praised Raul Castro as a guide for the revolution.\n"
        "\n"
        "Reporting by Dave Sherwood; Editing by Sandra Maler\n"
    ),
    "e12_times_of_israel.txt": (
        "The Times of Israel\n"
        "Israel at War\n"
        "IDF chief says army ready to resume fighting in Gaza\n"
        "By Emanuel Fabian\n"
        "3 March 2025, 9:14 pm\n"
        "\n"
        "IDF Chief of Staff Lt. Gen. Herzi Halevi said on Monday that the Israel Defense Forces "
        "were ready to resume fighting in Gaza if Hamas refused to release more hostages.\n"
        "\n"
        "Prime Minister Benjamin \"Bibi\" Netanyahu met Halevi late on Sunday. Hamas's "
        "military wing said the IDF had violated the truce.\n"
        "\n"
        "Netanyahu’s office did not comment on the meeting.\n"
        "\n"
        "IDF Chief of Staff Herzi Halevi visits troops in southern Israel, March 2, 2025. "
        "(Israel Defense Forces)\n"
    ),
    "e13_ap_nato.txt": (
        "AP News\n"
        "World News\n"
        "Biden hosts NATO chief Rutte at the White House as allies weigh Ukraine aid\n"
        "By Aamer Madhani\n"
        "Updated 5:12 PM EST, November 13, 2024\n"
        "\n"
        "WASHINGTON (AP) — President Joe Biden met NATO Secretary-General Mark Rutte at the "
        "White House on Wednesday as allies weighed how to keep weapons flowing to Ukraine.\n"
        "\n"
        "The White House said the two leaders discussed air defense. Rutte, a former Dutch "
        "prime minister, told reporters that Biden had been a true friend of the alliance.\n"
        "\n"
        "BIDEN'S LAST NATO SUMMIT\n"
        "\n"
        "President-elect Donald Trump has questioned the North Atlantic Treaty Organization's "
        "cost. Trump will take office on Jan. 20.\n"
        "\n"
        "Copyright 2024 The Associated Press. All rights reserved.\n"
    ),
    "e14_dw_merz.txt": (
        "DW\n"
        "Politics\n"
        "Germany: Merz's conservatives lead as Scholz's SPD slumps\n"
        "01/10/2025\n"
        "\n"
        "Friedrich Merz, the leader of the Christian Democratic Union (CDU), is set to become "
        "Germany's next chancellor, a new poll showed on Friday. Chancellor Olaf Scholz's "
        "Social Democratic Party (SPD) trailed in third place.\n"
        "\n"
        "Former Finance Minister Christian Lindner, whose Free Democratic Party (FDP) left the "
        "coalition in November, said the CDU could not govern with the SPD. The Finance "
        "Ministry said the budget would be delayed.\n"
        "\n"
        "Merz said he would not work with the far right. Scholz told supporters in Potsdam that "
        "the race was not over.\n"
        "\n"
        "Skip next section Explore more\n"
    ),
    "e15_afghan_taliban.txt": (
        "Amu TV\n"
        "Afghanistan\n"
        "Taliban leader orders officials to leave Kabul\n"
        "Amu Report\n"
        "April 2, 2025\n"
        "\n"
        "KABUL - Taliban supreme leader Mullah Hibatullah Akhundzada has ordered senior "
        "officials to move to Kandahar, two sources told Amu.\n"
        "\n"
        "Akhundzada, who rarely appears in public, made the decision after a meeting with "
        "the Taliban prime minister, Mullah Mohammad Hassan Akhund. Taliban spokesman Zabihullah "
        "Mujahid denied the report.\n"
        "\n"
        "Mujahid said Akhund would remain in Kabul.\n"
        "\n"
        "Share this story\n"
    ),
    "e16_gulf_news.txt": (
        "Gulf News\n"
        "UAE\n"
        "Sheikh Mohammed and Sheikh Hamdan meet Jordan's King Abdullah in Dubai\n"
        "WAM\n"
        "Published: February 10, 2025 17:20\n"
        "\n"
        "Dubai: His Highness Sheikh Mohammed bin Rashid Al Maktoum, Vice-President and Prime "
        "Minister of the UAE and Ruler of Dubai, received King Abdullah II of Jordan on Monday.\n"
        "\n"
        "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, Crown Prince of Dubai, attended the "
        "meeting, as did Dr. Anwar Gargash, diplomatic adviser to the UAE President.\n"
        "\n"
        "Sheikh Mohammed said the UAE and Jordan shared a long history. Gargash later wrote on "
        "X that the talks had covered Gaza.\n"
        "\n"
        "Get the latest news in your inbox\n"
    ),
    "e17_people_melania.txt": (
        "People\n"
        "Melania Trump marks her husband's birthday at the White House\n"
        "By Staff\n"
        "Published on June 14, 2025 03:10PM EDT\n"
        "\n"
        "Melania Trump is celebrating a milestone.\n"
        "\n"
        "In a post on Saturday, Trump said she was proud of her husband, President Trump, who "
        "turned 79. The first lady shared a photo of the couple at Mar-a-Lago.\n"
        "\n"
        "Never miss a story — sign up for PEOPLE's free daily newsletter.\n"
    ),
    "e18_politico_vance.txt": (
        "POLITICO\n"
        "Congress\n"
        "Vance, Rubio sworn in as Trump picks fill the cabinet\n"
        "By Burgess Everett\n"
        "01/21/2025 07:02 PM EST\n"
        "\n"
        "WASHINGTON — Vice President JD Vance swore in Secretary of State Marco Rubio on "
        "Tuesday, hours after President Donald Trump's inauguration.\n"
        "\n"
        "Rubio, a former senator from Florida, said the State Department would put America "
        "first. Vance told reporters that Trump wanted his cabinet in place quickly.\n"
        "\n"
        "The Senate confirmed Rubio 99-0 on Monday.\n"
        "\n"
        "Filed under: Marco Rubio, JD Vance\n"
    ),
}

GROUPS: dict[str, list[Form]] = {
    "volkswagen": [
        ("e01", "Volkswagen AG"), ("e01", "VW"), ("e01", "Volkswagen"),
        ("e02", "Volkswagen"), ("e02", "VW"),
    ],
    "ig_metall": [("e01", "IG Metall")],
    "thomas_schaefer": [("e01", "Thomas Schaefer")],
    "olaf_scholz": [
        ("e01", "Olaf Scholz"), ("e14", "Olaf Scholz"), ("e14", "Scholz"),
    ],
    "frankfurt": [("e01", "Frankfurt")],
    "germany": [("e01", "Germany"), ("e02", "Germany"), ("e14", "Germany")],
    "daniela_cavallo": [("e02", "Daniela Cavallo")],
    "oliver_blume": [("e02", "Oliver Blume"), ("e02", "Blume")],
    "porsche": [("e02", "Porsche AG"), ("e02", "Porsche")],
    "wolfsburg": [("e02", "Wolfsburg")],
    "alphabet": [("e03", "Alphabet Inc."), ("e03", "Alphabet")],
    "google": [("e03", "Google")],
    "sundar_pichai": [("e03", "Sundar Pichai"), ("e03", "Pichai")],
    "meta": [("e03", "Meta Platforms"), ("e03", "Meta")],
    "zuckerberg": [("e03", "Mark Zuckerberg")],
    "manchester_united": [("e04", "Manchester United")],
    "manchester": [("e04", "Manchester")],
    "arsenal": [("e04", "Arsenal"), ("e04", "Gunners")],
    "old_trafford": [("e04", "Old Trafford")],
    "ruben_amorim": [("e04", "Ruben Amorim"), ("e04", "Amorim")],
    "mikel_arteta": [("e04", "Mikel Arteta")],
    "bruno_fernandes": [("e04", "Bruno Fernandes")],
    "declan_rice": [("e04", "Declan Rice")],
    "real_madrid": [("e05", "Real Madrid")],
    "atletico_madrid": [("e05", "Atletico Madrid"), ("e05", "Atletico")],
    "madrid": [("e05", "Madrid", "conference in Madrid")],
    "ancelotti": [("e05", "Carlo Ancelotti"), ("e05", "Ancelotti")],
    "mbappe": [("e05", "Kylian Mbappé"), ("e05", "Mbappe")],
    "ford_motor": [("e06", "Ford Motor Co."), ("e06", "Ford")],
    "jim_farley": [("e06", "Jim Farley"), ("e06", "Farley")],
    "general_motors": [("e06", "General Motors")],
    "harrison_ford": [("e07", "Harrison Ford"), ("e07", "Ford")],
    "calista_flockhart": [("e07", "Calista Flockhart")],
    "michael_jordan": [("e08", "Michael Jordan"), ("e08", "Jordan")],
    "charlotte_hornets": [("e08", "Charlotte Hornets")],
    "gabe_plotkin": [("e08", "Gabe Plotkin"), ("e08", "Plotkin")],
    "jordan": [("e16", "Jordan")],
    "boris_johnson": [
        ("e09", "Boris Johnson"), ("e09", "Johnson", "Mr Johnson says"),
    ],
    "jo_johnson": [("e09", "Jo Johnson")],
    "keir_starmer": [
        ("e09", "Keir Starmer"), ("e09", "Keir", "Sir Keir told"), ("e10", "Keir Starmer"),
        ("e10", "Starmer"),
    ],
    "david_cameron": [("e09", "Cameron"), ("e10", "David Cameron")],
    "ed_miliband": [
        ("e10", "Ed Miliband"), ("e10", "Miliband", "Miliband added"),
    ],
    "david_miliband": [("e10", "David Miliband")],
    "international_rescue_committee": [("e10", "International Rescue Committee")],
    "raul_castro": [
        ("e11", "Raul Castro"), ("e11", "Castro", "Castro, who handed"),
    ],
    "fidel_castro": [("e11", "Fidel Castro")],
    "diaz_canel": [("e11", "Miguel Diaz-Canel"), ("e11", "Diaz-Canel")],
    "havana": [("e11", "Havana")],
    "idf": [("e12", "IDF"), ("e12", "Israel Defense Forces")],
    "herzi_halevi": [("e12", "Herzi Halevi"), ("e12", "Halevi")],
    "netanyahu": [("e12", "Bibi"), ("e12", "Netanyahu")],
    "hamas": [("e12", "Hamas")],
    "gaza": [("e12", "Gaza"), ("e16", "Gaza")],
    "israel": [("e12", "Israel")],
    "joe_biden": [("e13", "Joe Biden"), ("e13", "Biden")],
    "white_house": [("e13", "White House")],
    "nato": [("e13", "NATO"), ("e13", "North Atlantic Treaty Organization")],
    "mark_rutte": [("e13", "Mark Rutte"), ("e13", "Rutte")],
    "donald_trump": [
        ("e13", "Donald Trump"), ("e13", "Trump"), ("e17", "Trump", "President Trump, who"),
        ("e18", "Donald Trump"), ("e18", "Trump", "that Trump wanted"),
    ],
    "ukraine": [("e13", "Ukraine")],
    "friedrich_merz": [("e14", "Friedrich Merz"), ("e14", "Merz")],
    "cdu": [("e14", "Christian Democratic Union"), ("e14", "CDU")],
    "spd": [("e14", "Social Democratic Party"), ("e14", "SPD")],
    "christian_lindner": [("e14", "Christian Lindner")],
    "fdp": [("e14", "Free Democratic Party"), ("e14", "FDP")],
    "finance_ministry": [("e14", "Finance Ministry")],
    "potsdam": [("e14", "Potsdam")],
    "taliban": [("e15", "Taliban")],
    "akhundzada": [("e15", "Hibatullah Akhundzada"), ("e15", "Akhundzada")],
    "akhund": [("e15", "Mohammad Hassan Akhund"), ("e15", "Akhund", "Mujahid said Akhund")],
    "mujahid": [("e15", "Zabihullah Mujahid"), ("e15", "Mujahid")],
    "kabul": [("e15", "Kabul")],
    "kandahar": [("e15", "Kandahar")],
    "sheikh_mohammed_bin_rashid": [
        ("e16", "Mohammed bin Rashid Al Maktoum"),
        ("e16", "Mohammed", "Sheikh Mohammed said"),
    ],
    "sheikh_hamdan": [("e16", "Hamdan bin Mohammed bin Rashid Al Maktoum")],
    "king_abdullah_ii": [("e16", "Abdullah II")],
    "anwar_gargash": [("e16", "Anwar Gargash"), ("e16", "Gargash")],
    "uae": [("e16", "UAE")],
    "dubai": [("e16", "Dubai", "Ruler of Dubai")],
    "melania_trump": [("e17", "Melania Trump"), ("e17", "Trump", "Saturday, Trump said")],
    "jd_vance": [("e18", "JD Vance"), ("e18", "Vance")],
    "marco_rubio": [("e18", "Marco Rubio"), ("e18", "Rubio")],
    "state_department": [("e18", "State Department")],
    "senate": [("e18", "Senate")],
}

# pairs of groups that must never share an entity_id
FORBIDDEN: list[tuple[str, str]] = [
    ("volkswagen", "porsche"),
    ("volkswagen", "oliver_blume"),
    ("alphabet", "google"),
    ("google", "sundar_pichai"),
    ("meta", "zuckerberg"),
    ("manchester_united", "manchester"),
    ("manchester_united", "arsenal"),
    ("real_madrid", "madrid"),
    ("atletico_madrid", "madrid"),
    ("real_madrid", "atletico_madrid"),
    ("ford_motor", "harrison_ford"),
    ("ford_motor", "general_motors"),
    ("michael_jordan", "jordan"),
    ("boris_johnson", "jo_johnson"),
    ("ed_miliband", "david_miliband"),
    ("david_cameron", "david_miliband"),
    ("raul_castro", "fidel_castro"),
    ("idf", "israel"),
    ("idf", "herzi_halevi"),
    ("netanyahu", "israel"),
    ("white_house", "joe_biden"),
    ("white_house", "donald_trump"),
    ("joe_biden", "donald_trump"),
    ("nato", "mark_rutte"),
    ("friedrich_merz", "cdu"),
    ("olaf_scholz", "spd"),
    ("christian_lindner", "finance_ministry"),
    ("christian_lindner", "fdp"),
    ("akhundzada", "akhund"),
    ("akhundzada", "taliban"),
    ("sheikh_mohammed_bin_rashid", "sheikh_hamdan"),
    ("dubai", "uae"),
    ("melania_trump", "donald_trump"),
    ("marco_rubio", "state_department"),
]

# groups the warehouse still gets wrong, by design or for want of a safe rule (see docs/entities.md)
KNOWN_MISSES: dict[str, str] = {
    "arsenal": "for want of a seed row: 'the Gunners' is a club's nickname no rule can read as "
    "Arsenal (the model does not even tag it)",
}
# forbidden merges the warehouse still makes, for want of a signal in the text
KNOWN_MERGES: dict[tuple[str, str], str] = {}


# articles for single rules, built in the same warehouse (not part of the held-out score)
RULE_ARTICLES: dict[str, str] = {
    "x01_crown_prince.txt": (
        "DUBAI - Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum, the Crown Prince of Dubai, "
        "opened the air show on Monday.\n"
    ),
    "x02_ruler.txt": (
        "DUBAI - Sheikh Mohammed bin Rashid Al Maktoum toured the air show on Tuesday.\n"
    ),
    "x03_brandt_wife.txt": (
        "Anna Brandt thanked the volunteers on Friday. She said her husband, former mayor "
        "Brandt, would join them next year.\n"
    ),
    "x04_peter_brandt.txt": "Peter Brandt opened the harbour festival in Kiel on Saturday.\n",
    "x05_klaus_brandt.txt": "Klaus Brandt won the regatta in Kiel on Sunday.\n",
}


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Ids:
    root: Path = tmp_path_factory.mktemp("entities_round8")
    warehouse = build_from(root, write_texts(root / "input", ARTICLES | RULE_ARTICLES))
    return located_ids(dict_rows(warehouse, MENTION_ROWS_SQL), GROUPS)


def group_ids(found: Ids, group: str) -> set[str]:
    return ids_of(found, GROUPS[group])


@pytest.mark.parametrize("group", [known_param(g, KNOWN_MISSES) for g in GROUPS])
def test_each_spelling_group_is_one_entity(ids: Ids, group: str) -> None:
    missing = [form for form in GROUPS[group] if form not in ids]
    assert not missing, f"no mention for {missing}"
    assert len(group_ids(ids, group)) == 1, {form: sorted(ids[form]) for form in GROUPS[group]}


@pytest.mark.parametrize(("first", "second"), [known_param(p, KNOWN_MERGES) for p in FORBIDDEN])
def test_different_entities_never_merge(ids: Ids, first: str, second: str) -> None:
    assert not group_ids(ids, first) & group_ids(ids, second)


def test_held_out_score(ids: Ids) -> None:
    whole, merged, recall = held_out_score(ids, GROUPS, FORBIDDEN)
    forms = sum(len(f) for f in GROUPS.values())
    assert merged <= len(KNOWN_MERGES)
    assert whole >= len(GROUPS) - len(KNOWN_MISSES)
    missed = sum(form not in ids for g in KNOWN_MISSES for form in GROUPS[g])  # "Gunners"
    assert recall >= forms - missed, f"mention recall {recall}/{forms}"


def test_a_fathers_name_inside_a_sons_nasab_is_another_person(ids: Ids) -> None:
    """"Mohammed bin Rashid Al Maktoum" is written inside "Hamdan bin Mohammed bin Rashid Al
    Maktoum" after "bin": the father, never a short form of the son's name, in one article (e16)
    or across articles."""
    son = ids[("x01", "Hamdan bin Mohammed bin Rashid Al Maktoum")]
    assert not ids[("x02", "Mohammed bin Rashid Al Maktoum")] & son
    assert ids[("x02", "Mohammed bin Rashid Al Maktoum")] == group_ids(
        ids, "sheikh_mohammed_bin_rashid")


def test_a_relative_named_by_a_kinship_noun_links_to_the_one_namesake_of_that_sex(
        ids: Ids) -> None:
    """"her husband, President Trump" (e17, an article naming only Melania Trump) is the one man
    of the corpus named Trump in full (relative_surname); "her husband, former mayor Brandt" next
    to Anna Brandt is neither Peter nor Klaus Brandt of other articles: two names fit (Klaus is
    no given name of the gender lexicon, so a candidate, never the one taken)."""
    assert ids[("e17", "Trump", "President Trump, who")] == group_ids(ids, "donald_trump")
    husband = ids[("x03", "Brandt")]
    assert not husband & (ids[("x03", "Anna Brandt")] | ids[("x04", "Peter Brandt")]
                          | ids[("x05", "Klaus Brandt")])
