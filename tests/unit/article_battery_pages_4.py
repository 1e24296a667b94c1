# ruff: noqa: E501  (pages keep their real, long lines)
"""Fourth held-out battery: 44 messy pages of outlets and layouts rounds 1-3 lack.

Written for these tests (not copied from any outlet) in the style of outlets outside the Middle
East and of the ways a page reaches a researcher: The Guardian, The Times, the Daily Mail, Le
Monde in English, Der Spiegel International, El País English, The Hindu, The Daily Star
(Bangladesh), Nikkei Asia, SCMP, The Straits Times, The Jakarta Post, The Kyiv Independent,
Meduza, Novaya Gazeta Europe, Africanews, Premium Times, the Daily Nation, Mail & Guardian,
Buenos Aires Times, MercoPress, The Globe and Mail, ABC News (Australia), Stuff, a Substack
newsletter, two PDF-to-text press releases (running heads, page numbers, a word hyphenated at
a line end), two e-mails (a forward with "Sent from my iPhone", a newsletter whose outlet is only
in the signature), a "Saved to Pocket" copy, an RSS and an Atom dump, a Google cache and a
Wayback Machine header, two machine-translated pages, two articles glued together, a tweet
thread, a TV transcript, a preview with an event's date in its first line, a Japanese date,
"03-Nov-2024", "Nov 12th, 2024", "3rd November 2024", "Published: 11:02 BST, 21 October 2024 |
Updated: ...", "By X, Correspondent", "X | Staff Reporter", an outlet named only in a copyright
line.

Each page says what a reader would write down: the title, the publication date (or None), the
outlet (or None), story lines that must be in ``body_text`` and furniture that must not. The
battery was scored before any rule was written for it (docs/articles.md, "Round 4").
"""

from __future__ import annotations

from tests.unit.article_battery_pages import Page

PAGES_4: dict[str, Page] = {
    "f01_guardian_gmt_dotted_time": Page(
        "Skip to main content\n"
        "Skip to navigation\n"
        "Print subscriptions\n"
        "Search jobs\n"
        "The Guardian - Back to homeSupport the Guardian\n"
        "World\n"
        "Europe\n"
        "UK foreign secretary meets Ukrainian counterpart in Kyiv\n"
        "David Lammy pledges further air defence support during unannounced visit\n"
        "Dan Sabbagh Defence and security editor\n"
        "Sun 3 Nov 2024 11.02 GMT\n"
        "Share\n"
        "The UK foreign secretary, David Lammy, met his Ukrainian counterpart, Andrii Sybiha, in Kyiv on Sunday during an unannounced visit to the capital.\n"
        "Lammy said Britain would provide further air defence equipment before the winter.\n"
        "The two ministers also discussed Ukraine's path to Nato membership.\n"
        "Explore more on these topics\n"
        "Ukraine\n"
        "Reuse this content\n",
        "UK foreign secretary meets Ukrainian counterpart in Kyiv",
        "2024-11-03",
        "The Guardian",
        ("The UK foreign secretary, David Lammy, met his Ukrainian counterpart", "The two ministers also discussed Ukraine's path"),
        ("Skip to main content", "Print subscriptions", "Search jobs", "Dan Sabbagh Defence and security editor", "Explore more on these topics", "Reuse this content"),
    ),
    "f02_times_london_correspondent_byline": Page(
        "THE TIMES\n"
        "Sign in\n"
        "Subscribe\n"
        "World | Middle East\n"
        "Iran's foreign minister meets Saudi crown prince in Riyadh\n"
        "Talks signal thaw between regional rivals as Lebanon war rages\n"
        "Richard Spencer, Middle East Correspondent\n"
        "Thursday October 10 2024, 6.00pm, The Times\n"
        "Abbas Araghchi, the Iranian foreign minister, met Mohammed bin Salman, the Saudi crown prince, in Riyadh on Wednesday, the first such meeting since the war in Lebanon escalated.\n"
        "The two men discussed ways to stop the conflict from spreading, Iranian state media said.\n"
        "Araghchi later flew to Doha.\n"
        "Related articles\n"
        "Iran warns Israel against strikes on oil sites\n"
        "Copyright 2024 Times Media Ltd. All rights reserved.\n",
        "Iran's foreign minister meets Saudi crown prince in Riyadh",
        "2024-10-10",
        "The Times",
        ("Abbas Araghchi, the Iranian foreign minister, met Mohammed bin Salman", "Araghchi later flew to Doha."),
        ("Sign in", "Richard Spencer, Middle East Correspondent", "Thursday October 10 2024", "Related articles", "Iran warns Israel against strikes", "Copyright 2024 Times Media"),
    ),
    "f03_dailymail_bst_pipe": Page(
        "Home\n"
        "News\n"
        "Royal Family\n"
        "Sport\n"
        "King Charles meets Australian prime minister at Parliament House in Canberra\n"
        "By REBECCA ENGLISH, ROYAL EDITOR FOR THE DAILY MAIL\n"
        "Published: 11:02 BST, 21 October 2024 | Updated: 14:40 BST, 21 October 2024\n"
        "King Charles met Australian Prime Minister Anthony Albanese at Parliament House in Canberra on Monday during the first royal tour of the country in 13 years.\n"
        "The King and Queen Camilla were greeted by a crowd of several thousand people.\n"
        "Mr Albanese thanked the King for his long service to the Commonwealth.\n"
        "Share or comment on this article:\n"
        "Published by Associated Newspapers Ltd\n"
        "Part of the Daily Mail, The Mail on Sunday & Metro Media Group\n",
        "King Charles meets Australian prime minister at Parliament House in Canberra",
        "2024-10-21",
        "Daily Mail",
        ("King Charles met Australian Prime Minister Anthony Albanese", "Mr Albanese thanked the King"),
        ("By REBECCA ENGLISH", "Published: 11:02 BST", "Share or comment on this article", "Published by Associated Newspapers", "Part of the Daily Mail"),
    ),
    "f04_lemonde_english_with_afp": Page(
        "Le Monde\n"
        "International\n"
        "Europe\n"
        "Macron receives Scholz and Tusk in Paris to discuss Ukraine aid\n"
        "Le Monde with AFP\n"
        "Published on March 15, 2024, at 9:12 pm (Paris), updated at 11:40 pm\n"
        "Lire en français\n"
        "Subscribers only\n"
        "French President Emmanuel Macron received German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk in Paris on Friday.\n"
        "The three leaders pledged to buy more weapons for Ukraine on the world market.\n"
        "Scholz said the meeting sent a signal of unity.\n"
        "Translation of an article originally published in French on lemonde.fr; the publisher may only be liable for the French version.\n",
        "Macron receives Scholz and Tusk in Paris to discuss Ukraine aid",
        "2024-03-15",
        "Le Monde",
        ("French President Emmanuel Macron received German Chancellor Olaf Scholz", "Scholz said the meeting sent a signal of unity."),
        ("Le Monde with AFP", "Published on March 15", "Lire en français", "Subscribers only", "Translation of an article originally published"),
    ),
    "f05_spiegel_dotted_uhr": Page(
        "DER SPIEGEL\n"
        "International\n"
        "Germany\n"
        "Scholz Meets Chinese Premier Li Qiang in Berlin\n"
        "By Christoph Giesen and Matthias Gebauer\n"
        "19.06.2023, 17.42 Uhr\n"
        "Chancellor Olaf Scholz received Chinese Premier Li Qiang at the Chancellery in Berlin on Monday for talks on trade and climate cooperation.\n"
        "Li called on Germany not to politicize economic questions.\n"
        "Both governments will hold consultations on Tuesday.\n"
        "This article was originally published in German.\n"
        "© DER SPIEGEL 2023\n",
        "Scholz Meets Chinese Premier Li Qiang in Berlin",
        "2023-06-19",
        "Der Spiegel",
        ("Chancellor Olaf Scholz received Chinese Premier Li Qiang", "Both governments will hold consultations"),
        ("By Christoph Giesen", "17.42 Uhr", "This article was originally published in German.", "© DER SPIEGEL"),
    ),
    "f06_elpais_city_dash_date": Page(
        "EL PAÍS\n"
        "English\n"
        "Spain\n"
        "Sánchez meets Moroccan King Mohammed VI in Rabat\n"
        "The Spanish prime minister announced new investment in the North African country\n"
        "MIGUEL GONZÁLEZ\n"
        "Madrid - 21 feb 2024 - 15:30 CET\n"
        "Spanish Prime Minister Pedro Sánchez met King Mohammed VI of Morocco in Rabat on Wednesday and announced a new investment plan.\n"
        "The two sides also discussed migration and the reopening of customs posts in Ceuta and Melilla.\n"
        "It was Sánchez's second visit to Morocco since the two countries patched up their dispute over Western Sahara.\n"
        "Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition\n",
        "Sánchez meets Moroccan King Mohammed VI in Rabat",
        "2024-02-21",
        "El País",
        ("Spanish Prime Minister Pedro Sánchez met King Mohammed VI", "It was Sánchez's second visit to Morocco"),
        ("MIGUEL GONZÁLEZ", "Madrid - 21 feb 2024", "Sign up for our weekly newsletter"),
    ),
    "f07_thehindu_updated_top_published_bottom": Page(
        "The Hindu\n"
        "Home\n"
        "News\n"
        "National\n"
        "Jaishankar holds talks with Chinese counterpart Wang Yi in Rio\n"
        "Both sides agreed to work on resuming direct flights, the MEA said\n"
        "Updated - November 19, 2024 10:51 am IST - RIO DE JANEIRO\n"
        "Kallol Bhattacherjee\n"
        "READ LATER\n"
        "External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on the sidelines of the G20 summit in Rio de Janeiro on Monday.\n"
        "The two ministers discussed the next steps in the relationship after disengagement along the Line of Actual Control.\n"
        "They agreed that the Special Representatives would meet soon.\n"
        "SHARE\n"
        "Copy link\n"
        "Email\n"
        "Facebook\n"
        "Published - November 19, 2024 07:55 am IST\n",
        "Jaishankar holds talks with Chinese counterpart Wang Yi in Rio",
        "2024-11-19",
        "The Hindu",
        ("External Affairs Minister S. Jaishankar met Chinese Foreign Minister Wang Yi", "They agreed that the Special Representatives"),
        ("Updated - November 19", "Kallol Bhattacherjee", "READ LATER", "Copy link", "Published - November 19"),
    ),
    "f08_dailystar_bd_date_above_title": Page(
        "The Daily Star\n"
        "Sun Nov 3, 2024 05:12 PM\n"
        "Last update on: Sun Nov 3, 2024 08:40 PM\n"
        "Politics\n"
        "Yunus meets US delegation at state guest house Jamuna\n"
        "Diplomatic Correspondent\n"
        "Chief Adviser Prof Muhammad Yunus met a visiting US delegation led by Assistant Secretary Donald Lu at state guest house Jamuna in Dhaka today.\n"
        "They discussed the reform agenda of the interim government and the upcoming elections, the chief adviser's press wing said.\n"
        "The US delegation expressed support for the interim government.\n"
        "Related topic\n"
        "Bangladesh-US relations\n"
        "Donald Lu visit\n",
        "Yunus meets US delegation at state guest house Jamuna",
        "2024-11-03",
        "The Daily Star",
        ("Chief Adviser Prof Muhammad Yunus met a visiting US delegation", "The US delegation expressed support"),
        ("Last update on", "Diplomatic Correspondent", "Related topic", "Bangladesh-US relations", "Donald Lu visit"),
    ),
    "f09_nikkei_jst_staff_writer": Page(
        "Nikkei Asia\n"
        "Politics\n"
        "International relations\n"
        "Ishiba and Xi agree to pursue 'mutually beneficial' ties in first talks\n"
        "Japanese leader raises detention of Japanese nationals in China\n"
        "KENJI KAWASE, Nikkei staff writer\n"
        "November 16, 2024 07:40 JST\n"
        "LIMA -- Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met for the first time on Friday on the sidelines of the APEC summit in Lima, Peru.\n"
        "The two leaders agreed to promote a \"mutually beneficial relationship based on common strategic interests.\"\n"
        "Ishiba called for the early release of Japanese nationals detained in China.\n"
        "Copyright © 2024 Nikkei Inc. All rights reserved.\n",
        "Ishiba and Xi agree to pursue 'mutually beneficial' ties in first talks",
        "2024-11-16",
        "Nikkei Asia",
        ("LIMA -- Japanese Prime Minister Shigeru Ishiba and Chinese President Xi Jinping met", "Ishiba called for the early release"),
        ("KENJI KAWASE, Nikkei staff writer", "November 16, 2024 07:40 JST", "Copyright © 2024 Nikkei"),
    ),
    "f10_scmp_time_first_published": Page(
        "South China Morning Post\n"
        "China\n"
        "Diplomacy\n"
        "Wang Yi meets Indian counterpart in Beijing for border talks\n"
        "China's top diplomat says the two countries should be partners, not rivals\n"
        "Published: 8:30pm, 14 Jul 2025\n"
        "Updated: 10:15pm, 14 Jul 2025\n"
        "Why you can trust SCMP\n"
        "Chinese Foreign Minister Wang Yi met Indian External Affairs Minister S. Jaishankar in Beijing on Monday, the first visit by India's top diplomat to China in five years.\n"
        "Wang said the two neighbours should \"see each other as partners rather than rivals\".\n"
        "Jaishankar also met Vice-President Han Zheng.\n"
        "Advertisement\n"
        "More on this story\n"
        "Wang Yi to attend SCO foreign ministers' meeting in Tianjin\n",
        "Wang Yi meets Indian counterpart in Beijing for border talks",
        "2025-07-14",
        "South China Morning Post",
        ("Chinese Foreign Minister Wang Yi met Indian External Affairs Minister", "Jaishankar also met Vice-President Han Zheng."),
        ("Published: 8:30pm", "Why you can trust SCMP", "Advertisement", "More on this story", "Wang Yi to attend SCO"),
    ),
    "f11_straits_times_caps_caption_credit": Page(
        "The Straits Times\n"
        "Asia\n"
        "SE Asia\n"
        "Prabowo meets Anwar in Putrajaya, agrees to settle border issues\n"
        "Indonesian President Prabowo Subianto was received by Malaysian Prime Minister Anwar Ibrahim at Perdana Putra. PHOTO: BERNAMA\n"
        "Azril Annuar\n"
        "Malaysia Correspondent\n"
        "UPDATED Jan 27, 2025, 09:42 PM\n"
        "KUALA LUMPUR – Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim met in Putrajaya on Jan 27 for their annual consultation.\n"
        "The two leaders agreed to resolve remaining land and maritime boundary issues.\n"
        "They also witnessed the exchange of several memorandums of understanding.\n"
        "Join ST's WhatsApp Channel and get the latest news and must-reads.\n"
        "Copyright 2025 SPH Media Limited.\n",
        "Prabowo meets Anwar in Putrajaya, agrees to settle border issues",
        "2025-01-27",
        "The Straits Times",
        ("KUALA LUMPUR – Indonesian President Prabowo Subianto and Malaysian Prime Minister", "They also witnessed the exchange"),
        ("PHOTO: BERNAMA", "Azril Annuar", "Malaysia Correspondent", "UPDATED Jan 27", "Join ST's WhatsApp Channel", "Copyright 2025 SPH"),
    ),
    "f12_jakarta_post_bullet_dateline": Page(
        "The Jakarta Post\n"
        "Indonesia\n"
        "Politics\n"
        "Prabowo, Albanese pledge closer defense ties\n"
        "Yvette Tanamal (The Jakarta Post)\n"
        "Jakarta ● Thu, May 15, 2025\n"
        "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the Merdeka Palace in Jakarta on Thursday, in the first overseas trip of Albanese's second term.\n"
        "Both leaders agreed to strengthen defense cooperation under the agreement signed last year.\n"
        "Albanese said Indonesia was one of Australia's most important partners.\n"
        "Share\n"
        "Topics :\n"
        "Indonesia-Australia relations\n"
        "Defense cooperation\n",
        "Prabowo, Albanese pledge closer defense ties",
        "2025-05-15",
        "The Jakarta Post",
        ("Indonesian President Prabowo Subianto received Australian Prime Minister", "Albanese said Indonesia was one of"),
        ("Yvette Tanamal", "Jakarta ● Thu", "Topics :", "Indonesia-Australia relations", "Defense cooperation"),
    ),
    "f13_kyiv_independent_min_read_author_note": Page(
        "The Kyiv Independent\n"
        "Ukraine War\n"
        "Zelensky meets Polish president in Warsaw to discuss security guarantees\n"
        "by Martin Fornusek\n"
        "January 14, 2025 10:21 PM 2 min read\n"
        "President Volodymyr Zelensky met Polish President Andrzej Duda in Warsaw on Jan. 14 to discuss security guarantees for Ukraine.\n"
        "Duda said Poland would continue to support Ukraine's path to the European Union.\n"
        "Zelensky also met Prime Minister Donald Tusk.\n"
        "Note from the author:\n"
        "Hi, this is Martin. I wrote this article and I hope it was useful. Please consider supporting our journalism.\n"
        "Support independent journalism\n",
        "Zelensky meets Polish president in Warsaw to discuss security guarantees",
        "2025-01-14",
        "The Kyiv Independent",
        ("President Volodymyr Zelensky met Polish President Andrzej Duda", "Zelensky also met Prime Minister Donald Tusk."),
        ("by Martin Fornusek", "2 min read", "Note from the author", "Hi, this is Martin.", "Support independent journalism"),
    ),
    "f14_meduza_pm_time_first": Page(
        "Meduza\n"
        "News\n"
        "Putin meets Malaysian prime minister at the Kremlin\n"
        "Source: Meduza\n"
        "10:45 p.m., May 14, 2025\n"
        "Vladimir Putin met Malaysian Prime Minister Anwar Ibrahim at the Kremlin on Wednesday, Russia's state news agency TASS reported.\n"
        "The two leaders discussed energy cooperation and Malaysia's bid to join BRICS.\n"
        "Anwar invited Putin to visit Kuala Lumpur.\n"
        "We need your help. Meduza is banned in Russia, and our work depends on readers like you.\n"
        "Support Meduza\n",
        "Putin meets Malaysian prime minister at the Kremlin",
        "2025-05-14",
        "Meduza",
        ("Vladimir Putin met Malaysian Prime Minister Anwar Ibrahim", "Anwar invited Putin to visit Kuala Lumpur."),
        ("Source: Meduza", "10:45 p.m.", "We need your help.", "Support Meduza"),
    ),
    "f15_novaya_gazeta_europe_name_twice": Page(
        "Novaya Gazeta Europe\n"
        "Politics\n"
        "Lukashenko and Putin meet in Minsk to sign security pact\n"
        "Novaya Gazeta Europe\n"
        "6 December 2024, 19:33\n"
        "Belarusian leader Alexander Lukashenko hosted Russian President Vladimir Putin in Minsk on Friday, where the two leaders signed a treaty on security guarantees within the Union State.\n"
        "The treaty provides for the use of Russian nuclear weapons in the defence of Belarus.\n"
        "The two presidents also attended a meeting of the Supreme State Council.\n"
        "Subscribe to our newsletter\n",
        "Lukashenko and Putin meet in Minsk to sign security pact",
        "2024-12-06",
        "Novaya Gazeta Europe",
        ("Belarusian leader Alexander Lukashenko hosted Russian President Vladimir Putin", "Supreme State Council."),
        ("6 December 2024, 19:33", "Subscribe to our newsletter"),
    ),
    "f16_africanews_day_first_slash_with_afp": Page(
        "africanews.\n"
        "Ethiopia\n"
        "Ethiopian PM Abiy Ahmed meets Somali president in Addis Ababa\n"
        "Africanews\n"
        "with AFP\n"
        "Last updated: 12/01/2025 - 14:20\n"
        "Ethiopian Prime Minister Abiy Ahmed received Somali President Hassan Sheikh Mohamud in Addis Ababa on Sunday, weeks after the two countries agreed to restore full diplomatic ties.\n"
        "The two leaders discussed the deployment of Ethiopian troops in the new African Union mission in Somalia.\n"
        "Mohamud was accompanied by his foreign minister.\n"
        "Copyright © africanews\n",
        "Ethiopian PM Abiy Ahmed meets Somali president in Addis Ababa",
        "2025-01-12",
        "Africanews",
        ("Ethiopian Prime Minister Abiy Ahmed received Somali President", "Mohamud was accompanied by his foreign minister."),
        ("with AFP", "Last updated: 12/01/2025", "Copyright © africanews"),
    ),
    "f17_premium_times_ordinal_text_ad": Page(
        "Premium Times\n"
        "Home\n"
        "Headlines\n"
        "Tinubu receives Macron's envoy in Abuja\n"
        "By Abdulkareem Mojeed\n"
        "Nov 12th, 2024\n"
        "2 min read\n"
        "President Bola Tinubu on Tuesday received a special envoy of French President Emmanuel Macron at the Presidential Villa in Abuja.\n"
        "The envoy delivered a letter from Macron inviting Tinubu to an investment summit in Paris.\n"
        "Tinubu said Nigeria valued its partnership with France.\n"
        "Support PREMIUM TIMES' journalism of integrity and credibility\n"
        "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society.\n"
        "TEXT AD: Call Willie - +2348098788999\n",
        "Tinubu receives Macron's envoy in Abuja",
        "2024-11-12",
        "Premium Times",
        ("President Bola Tinubu on Tuesday received a special envoy", "Tinubu said Nigeria valued its partnership"),
        ("By Abdulkareem Mojeed", "2 min read", "Support PREMIUM TIMES'", "Good journalism costs a lot of money", "TEXT AD:"),
    ),
    "f18_daily_nation_ordinal_day_first": Page(
        "Nation\n"
        "News\n"
        "Politics\n"
        "Ruto hosts Tanzania's Samia at State House in Nairobi\n"
        "By Justus Wanga\n"
        "Senior Political Writer\n"
        "Nation Media Group\n"
        "3rd November 2024\n"
        "What you need to know:\n"
        "The two leaders directed their trade ministers to resolve 14 non-tariff barriers by December.\n"
        "President William Ruto on Sunday hosted Tanzanian President Samia Suluhu Hassan at State House in Nairobi for talks on trade and cross-border infrastructure.\n"
        "The two leaders also discussed the security situation in eastern Congo.\n"
        "Samia was on a one-day working visit.\n"
        "Advertisement\n",
        "Ruto hosts Tanzania's Samia at State House in Nairobi",
        "2024-11-03",
        "Daily Nation",
        ("President William Ruto on Sunday hosted Tanzanian President Samia Suluhu Hassan", "Samia was on a one-day working visit."),
        ("By Justus Wanga", "Senior Political Writer", "Nation Media Group", "3rd November 2024", "Advertisement"),
    ),
    "f19_mail_guardian_alt_text_bio": Page(
        "Mail & Guardian\n"
        "News\n"
        "Ramaphosa meets Zelensky in Pretoria as peace push stalls\n"
        "Ramaphosa Zelensky\n"
        "President Cyril Ramaphosa and Ukraine's President Volodymyr Zelensky at the Union Buildings. (Photo: GCIS)\n"
        "Lizeka Tandwa\n"
        "24 Apr 2025\n"
        "President Cyril Ramaphosa hosted Ukrainian President Volodymyr Zelensky at the Union Buildings in Pretoria on Thursday.\n"
        "Zelensky cut short his visit after a deadly Russian strike on Kyiv.\n"
        "Ramaphosa said South Africa remained ready to help bring about a ceasefire.\n"
        "Lizeka Tandwa is a political reporter at the Mail & Guardian.\n",
        "Ramaphosa meets Zelensky in Pretoria as peace push stalls",
        "2025-04-24",
        "Mail & Guardian",
        ("President Cyril Ramaphosa hosted Ukrainian President Volodymyr Zelensky", "Ramaphosa said South Africa remained ready"),
        ("(Photo: GCIS)", "Lizeka Tandwa is a political reporter", "Ramaphosa Zelensky\n"),
    ),
    "f20_buenos_aires_times_dash_date": Page(
        "Buenos Aires Times\n"
        "ARGENTINA\n"
        "Milei meets Lula for first time at Mercosur summit in Montevideo\n"
        "Argentina's president and his Brazilian counterpart shook hands but held no bilateral talks.\n"
        "6-12-2024 11:04\n"
        "by Agencies\n"
        "Argentine President Javier Milei met Brazilian President Luiz Inácio Lula da Silva for the first time on Friday at the Mercosur summit in Montevideo.\n"
        "The two leaders shook hands for the cameras but did not hold a bilateral meeting.\n"
        "Milei used his speech to call for a more flexible bloc.\n"
        "— TIMES/AFP/NA\n",
        "Milei meets Lula for first time at Mercosur summit in Montevideo",
        "2024-12-06",
        "Buenos Aires Times",
        ("Argentine President Javier Milei met Brazilian President", "Milei used his speech to call"),
        ("6-12-2024", "by Agencies", "TIMES/AFP/NA"),
    ),
    "f21_mercopress_weekday_ordinal_utc": Page(
        "MercoPress, South Atlantic News Agency\n"
        "Falkland Islands\n"
        "Falklands lawmakers meet UK minister Stephen Doughty in Stanley\n"
        "Monday, November 3rd 2025 - 08:14 UTC\n"
        "Full article 2 comments\n"
        "Members of the Legislative Assembly met UK Overseas Territories minister Stephen Doughty in Stanley on Friday during his first visit to the Falkland Islands.\n"
        "Doughty reaffirmed the UK's commitment to the Islanders' right to self-determination.\n"
        "The minister also visited the Mount Pleasant military complex.\n"
        "Top stories\n"
        "Argentina's Milei meets IMF chief\n",
        "Falklands lawmakers meet UK minister Stephen Doughty in Stanley",
        "2025-11-03",
        "MercoPress",
        ("Members of the Legislative Assembly met UK Overseas Territories minister", "The minister also visited the Mount Pleasant"),
        ("MercoPress, South Atlantic News Agency", "Full article 2 comments", "Top stories", "Argentina's Milei meets IMF chief"),
    ),
    "f22_globe_and_mail_glued_caption_credit": Page(
        "The Globe and Mail\n"
        "Politics\n"
        "Carney meets Trump at White House, says talks were 'constructive'\n"
        "Open this photo in gallery:\n"
        "Prime Minister Mark Carney speaks with U.S. President Donald Trump in the Oval Office on Tuesday.Kevin Lamarque/Reuters\n"
        "Marie Woolf\n"
        "Ottawa\n"
        "Published May 6, 2025\n"
        "Updated May 6, 2025\n"
        "Prime Minister Mark Carney met U.S. President Donald Trump at the White House on Tuesday in their first face-to-face meeting since the federal election.\n"
        "Mr. Carney told Mr. Trump that Canada would never be for sale.\n"
        "The two leaders agreed to continue talks on trade and security in the coming weeks.\n"
        "Sign up for the Politics Briefing newsletter.\n"
        "Report an editorial error\n"
        "Report a technical issue\n",
        "Carney meets Trump at White House, says talks were 'constructive'",
        "2025-05-06",
        "The Globe and Mail",
        ("Prime Minister Mark Carney met U.S. President Donald Trump", "The two leaders agreed to continue talks"),
        ("Open this photo in gallery", "Kevin Lamarque/Reuters", "Marie Woolf", "Published May 6", "Sign up for the Politics Briefing", "Report an editorial error", "Report a technical issue"),
    ),
    "f23_abc_australia_posted_updated": Page(
        "ABC News\n"
        "Albanese meets Chinese Premier Li Qiang in Canberra ahead of trade talks\n"
        "By political reporter Jake Evans\n"
        "Posted Mon 17 Jun 2024 at 5:10am, updated Mon 17 Jun 2024 at 11:32am\n"
        "Prime Minister Anthony Albanese has welcomed Chinese Premier Li Qiang to Parliament House in Canberra for the annual leaders' meeting.\n"
        "The two leaders are expected to sign agreements on trade, climate and education.\n"
        "Mr Li arrived in Australia on Saturday, visiting a panda enclosure in Adelaide.\n"
        "Get breaking news alerts directly to your phone with our app.\n",
        "Albanese meets Chinese Premier Li Qiang in Canberra ahead of trade talks",
        "2024-06-17",
        "ABC News",
        ("Prime Minister Anthony Albanese has welcomed Chinese Premier Li Qiang", "Mr Li arrived in Australia on Saturday"),
        ("By political reporter Jake Evans", "Posted Mon 17 Jun", "Get breaking news alerts"),
    ),
    "f24_stuff_nz_name_editor_lines": Page(
        "Stuff\n"
        "National\n"
        "Politics\n"
        "Luxon meets Chinese Premier Li Qiang in Wellington\n"
        "Thomas Manch\n"
        "Political Editor\n"
        "13 Jun 2024\n"
        "Prime Minister Christopher Luxon hosted Chinese Premier Li Qiang at Government House in Wellington on Thursday.\n"
        "The two leaders witnessed the signing of agreements on trade and science.\n"
        "Li is the most senior Chinese official to visit New Zealand in seven years.\n"
        "Sponsored\n"
        "© 2024 Stuff Limited\n",
        "Luxon meets Chinese Premier Li Qiang in Wellington",
        "2024-06-13",
        "Stuff",
        ("Prime Minister Christopher Luxon hosted Chinese Premier Li Qiang", "Li is the most senior Chinese official"),
        ("Thomas Manch", "Political Editor", "Sponsored", "© 2024 Stuff Limited"),
    ),
    "f25_substack_newsletter": Page(
        "The Levant Brief\n"
        "Subscribe\n"
        "Sign in\n"
        "Share this post\n"
        "Lebanon's new president meets Saudi envoy in Baabda\n"
        "Copy link\n"
        "Facebook\n"
        "Email\n"
        "Notes\n"
        "More\n"
        "Nadia Haddad\n"
        "Jan 16, 2025\n"
        "∙ Paid\n"
        "12\n"
        "3\n"
        "Share\n"
        "Lebanese President Joseph Aoun received a Saudi envoy at Baabda Palace on Thursday, the first visit by a senior Saudi official to Beirut since his election.\n"
        "The envoy said the kingdom was ready to support Lebanon's reforms.\n"
        "The visit came a week after Aoun was elected by parliament.\n"
        "Thanks for reading The Levant Brief! Subscribe for free to receive new posts and support my work.\n"
        "Type your email...\n"
        "Subscribe\n",
        "Lebanon's new president meets Saudi envoy in Baabda",
        "2025-01-16",
        "The Levant Brief",
        ("Lebanese President Joseph Aoun received a Saudi envoy", "The visit came a week after Aoun was elected"),
        ("Share this post", "Copy link", "∙ Paid", "Thanks for reading The Levant Brief", "Type your email", "Nadia Haddad"),
    ),
    "f26_pdf_press_release_running_head": Page(
        "European Commission - Press release\n"
        "President von der Leyen and President el-Sisi sign Strategic and Comprehensive Partnership\n"
        "Cairo, 17 March 2024\n"
        "President of the European Commission Ursula von der Leyen met the President of Egypt, Abdel Fattah el-Sisi, in Cairo today, together with the leaders of Belgium, Italy, Austria, Cyprus and Greece.\n"
        "The leaders signed a joint declaration on a strategic and compre-\n"
        "hensive partnership between the European Union and Egypt.\n"
        "\n"
        "European Commission - Press release                                        1\n"
        "\f\n"
        "The partnership is backed by grants and loans until 2027.\n"
        "President von der Leyen said: \"Egypt is a key partner for Europe.\"\n"
        "IP/24/1513\n"
        "Page 2 of 2\n",
        "President von der Leyen and President el-Sisi sign Strategic and Comprehensive Partnership",
        "2024-03-17",
        None,
        ("President of the European Commission Ursula von der Leyen met", "The partnership is backed by grants", "Egypt is a key partner for Europe."),
        ("European Commission - Press release", "IP/24/1513", "Page 2 of 2"),
    ),
    "f27_pdf_ministry_page_number_repeated_head": Page(
        "Ministry of Foreign Affairs of Japan\n"
        "Japan-Philippines Foreign Ministers' Meeting\n"
        "July 8, 2024\n"
        "On July 8, commencing at 10:50 a.m. for approximately 60 minutes, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting with the Honorable Enrique A. Manalo, Secretary of Foreign Affairs of the Republic of the Philippines, in Manila.\n"
        "- 1 -\n"
        "Japan-Philippines Foreign Ministers' Meeting\n"
        "1. Minister Kamikawa stated that Japan and the Philippines are strategic partners bound by a shared commitment to the rule of law.\n"
        "2. The two ministers signed the Japan-Philippines Reciprocal Access Agreement.\n"
        "- 2 -\n",
        "Japan-Philippines Foreign Ministers' Meeting",
        "2024-07-08",
        None,
        ("On July 8, commencing at 10:50 a.m.", "1. Minister Kamikawa stated that Japan", "2. The two ministers signed"),
        ("- 1 -", "- 2 -", "Ministry of Foreign Affairs of Japan"),
    ),
    "f28_email_forward_iphone": Page(
        "---------- Forwarded message ---------\n"
        "From: Leila Haddad <leila.haddad@example.com>\n"
        "Date: Tue, Feb 11, 2025 at 7:02 AM\n"
        "Subject: Egypt's FM meets Rubio in Washington\n"
        "To: Omar Nasser <omar@example.org>\n"
        "\n"
        "Egypt's foreign minister meets Rubio in Washington\n"
        "February 10, 2025 6:41 PM GMT\n"
        "WASHINGTON, Feb 10 (Reuters) - Egyptian Foreign Minister Badr Abdelatty met U.S. Secretary of State Marco Rubio in Washington on Monday, the State Department said.\n"
        "The two discussed the ceasefire in Gaza and Egypt's plan for the reconstruction of the enclave.\n"
        "Abdelatty also met members of Congress.\n"
        "Reporting by Humeyra Pamuk; Editing by Leslie Adler\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        "\n"
        "Sent from my iPhone\n",
        "Egypt's foreign minister meets Rubio in Washington",
        "2025-02-10",
        "Reuters",
        ("WASHINGTON, Feb 10 (Reuters) - Egyptian Foreign Minister Badr Abdelatty met", "Abdelatty also met members of Congress."),
        ("Forwarded message", "From: Leila Haddad", "Date: Tue, Feb 11", "Subject:", "To: Omar Nasser", "Reporting by", "Sent from my iPhone"),
    ),
    "f29_email_newsletter_outlet_in_signature": Page(
        "Subject: [The Diplomat Brief] Vietnam's To Lam meets Xi in Beijing\n"
        "Date: Thu, 22 Aug 2024 06:00:12 +0000\n"
        "\n"
        "Vietnam's To Lam meets Xi Jinping on first foreign trip as party chief\n"
        "By Sebastian Strangio\n"
        "August 20, 2024\n"
        "Vietnamese Communist Party General Secretary To Lam held talks with Chinese President Xi Jinping in Beijing on Monday, on his first overseas trip since taking the party's top job.\n"
        "The two leaders witnessed the signing of 14 cooperation agreements, including on railway links.\n"
        "To Lam also met Chinese Premier Li Qiang.\n"
        "--\n"
        "The Diplomat Brief is a weekly newsletter from The Diplomat.\n"
        "You are receiving this email because you subscribed at thediplomat.com.\n"
        "Unsubscribe\n",
        "Vietnam's To Lam meets Xi Jinping on first foreign trip as party chief",
        "2024-08-20",
        "The Diplomat",
        ("Vietnamese Communist Party General Secretary To Lam held talks", "To Lam also met Chinese Premier Li Qiang."),
        ("Subject:", "Date: Thu, 22 Aug", "By Sebastian Strangio", "The Diplomat Brief is a weekly newsletter", "You are receiving this email", "Unsubscribe"),
    ),
    "f30_pocket_saved_no_date": Page(
        "Saved to Pocket\n"
        "Erdogan hosts Hungarian PM Orban in Ankara for strategic council meeting\n"
        "hurriyetdailynews.com\n"
        "5 min read\n"
        "View Original\n"
        "ANKARA\n"
        "President Recep Tayyip Erdoğan hosted Hungarian Prime Minister Viktor Orbán in Ankara on Thursday for the High-Level Strategic Cooperation Council meeting.\n"
        "The two leaders signed agreements on energy, defense industry and education.\n"
        "Orbán said Hungary supported Türkiye's role in the region.\n"
        "Read in app\n"
        "Archive · Tags · Share\n",
        "Erdogan hosts Hungarian PM Orban in Ankara for strategic council meeting",
        None,
        "Hürriyet Daily News",
        ("President Recep Tayyip Erdoğan hosted Hungarian Prime Minister", "Orbán said Hungary supported"),
        ("Saved to Pocket", "hurriyetdailynews.com", "5 min read", "View Original", "Read in app", "Archive · Tags"),
    ),
    "f31_rss_text_dump": Page(
        "Channel: The East African - News\n"
        "Title: Ruto meets Chinese President Xi in Beijing ahead of Africa forum\n"
        "Link: https://www.theeastafrican.co.ke/tea/news/east-africa/ruto-meets-xi-in-beijing-4750000\n"
        "Published: Wed, 04 Sep 2024 14:22:10 +0300\n"
        "Author: The EastAfrican\n"
        "Description:\n"
        "Kenyan President William Ruto met Chinese President Xi Jinping at the Great Hall of the People in Beijing on Wednesday ahead of the Forum on China-Africa Cooperation summit.\n"
        "The two leaders agreed to upgrade relations to a comprehensive strategic partnership.\n"
        "Ruto also sought financing for the extension of the standard gauge railway.\n"
        "Categories: News, East Africa, Politics\n"
        "Guid: https://www.theeastafrican.co.ke/tea/news/east-africa/ruto-meets-xi-in-beijing-4750000\n",
        "Ruto meets Chinese President Xi in Beijing ahead of Africa forum",
        "2024-09-04",
        "The East African",
        ("Kenyan President William Ruto met Chinese President Xi Jinping", "Ruto also sought financing"),
        ("Channel:", "Title:", "Link: https", "Published: Wed", "Author:", "Description:", "Categories:", "Guid:"),
    ),
    "f32_atom_entry_dump": Page(
        "<entry>\n"
        "<title>Shehbaz meets Saudi crown prince in Riyadh on sidelines of investment forum</title>\n"
        "<link href=\"https://www.dawn.com/news/1869999/shehbaz-meets-saudi-crown-prince-in-riyadh\"/>\n"
        "<published>2024-10-29T18:40:12+05:00</published>\n"
        "<updated>2024-10-29T20:05:44+05:00</updated>\n"
        "<author><name>Dawn Report</name></author>\n"
        "<content type=\"text\">\n"
        "RIYADH: Prime Minister Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman in Riyadh on Tuesday on the sidelines of the Future Investment Initiative.\n"
        "The two leaders reviewed progress on Saudi investment in Pakistan.\n"
        "The prime minister also addressed a session of the forum.\n"
        "</content>\n"
        "</entry>\n",
        "Shehbaz meets Saudi crown prince in Riyadh on sidelines of investment forum",
        "2024-10-29",
        "Dawn",
        ("RIYADH: Prime Minister Shehbaz Sharif met Saudi Crown Prince", "The prime minister also addressed"),
        ("<entry>", "<title>", "<link", "<published>", "<updated>", "<author>", "<content", "</content>", "</entry>"),
    ),
    "f33_google_cache_header": Page(
        "This is Google's cache of https://www.theguardian.com/politics/2024/sep/13/starmer-biden-white-house-ukraine-missiles. It is a snapshot of the page as it appeared on 15 Sep 2024 03:12:45 GMT. The current page could have changed in the meantime. Learn more.\n"
        "Full version\n"
        "Text-only version\n"
        "View source\n"
        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.\n"
        "Starmer and Biden discuss Ukraine long-range missiles at White House\n"
        "Pippa Crerar in Washington\n"
        "Keir Starmer and Joe Biden met at the White House on Friday to discuss whether to allow Ukraine to fire long-range missiles into Russia.\n"
        "The two leaders did not announce a decision after the 90-minute meeting.\n"
        "Starmer said the talks had been \"productive\".\n",
        "Starmer and Biden discuss Ukraine long-range missiles at White House",
        "2024-09-13",
        "The Guardian",
        ("Keir Starmer and Joe Biden met at the White House on Friday", "Starmer said the talks had been"),
        ("This is Google's cache", "Full version", "Text-only version", "View source", "Tip: To quickly find", "Pippa Crerar in Washington"),
    ),
    "f34_wayback_machine_header": Page(
        "The Wayback Machine - https://web.archive.org/web/20170818061530/http://www.dailystar.com.lb/News/Lebanon-News/2017/Aug-17/416789-hariri-meets-french-ambassador.ashx\n"
        "47 captures\n"
        "18 Aug 2017 - 03 Mar 2022\n"
        "About this capture\n"
        "Hariri meets French ambassador at Grand Serail\n"
        "Aug. 17, 2017 | 06:11 PM\n"
        "The Daily Star\n"
        "BEIRUT: Prime Minister Saad Hariri met French Ambassador Bruno Foucher at the Grand Serail Thursday, discussing the situation in the region and French support for the Lebanese Army.\n"
        "Foucher conveyed an invitation for Hariri to visit Paris.\n"
        "Hariri later received a delegation from the World Bank.\n"
        "Copyrights 2017, The Daily Star - All Rights Reserved\n",
        "Hariri meets French ambassador at Grand Serail",
        "2017-08-17",
        "The Daily Star",
        ("BEIRUT: Prime Minister Saad Hariri met French Ambassador", "Hariri later received a delegation"),
        ("The Wayback Machine", "47 captures", "18 Aug 2017 - 03 Mar 2022", "About this capture", "Aug. 17, 2017 | 06:11 PM", "Copyrights 2017"),
    ),
    "f35_translated_from_arabic": Page(
        "Translated from: Arabic\n"
        "Show original\n"
        "Sisi receives King Abdullah II in El Alamein to discuss Gaza\n"
        "Al-Ahram Gate\n"
        "Sunday 18 August 2024 - 14:25\n"
        "President Abdel Fattah al-Sisi received King Abdullah II of Jordan in New Alamein on Sunday to discuss efforts to reach a ceasefire in the Gaza Strip.\n"
        "The two leaders warned against the expansion of the conflict in the region.\n"
        "The presidential spokesman said the talks also covered bilateral cooperation.\n"
        "Rate this translation\n"
        "Your feedback will be used to help improve Google Translate\n",
        "Sisi receives King Abdullah II in El Alamein to discuss Gaza",
        "2024-08-18",
        "Al-Ahram Gate",
        ("President Abdel Fattah al-Sisi received King Abdullah II", "The presidential spokesman said the talks"),
        ("Translated from: Arabic", "Show original", "Rate this translation", "Your feedback will be used"),
    ),
    "f36_translated_by_google_original_url": Page(
        "Translated by Google\n"
        "Original: https://www.kommersant.ru/doc/7634512\n"
        "Lavrov held talks with Iranian counterpart in Moscow\n"
        "Kommersant\n"
        "04/18/2025, 16:42\n"
        "Russian Foreign Minister Sergei Lavrov held talks with Iranian Foreign Minister Abbas Araghchi in Moscow on Friday.\n"
        "The ministers discussed the situation around the Iranian nuclear program and the talks between Tehran and Washington.\n"
        "Araghchi handed over a message from the Iranian leadership to Vladimir Putin.\n",
        "Lavrov held talks with Iranian counterpart in Moscow",
        "2025-04-18",
        "Kommersant",
        ("Russian Foreign Minister Sergei Lavrov held talks", "Araghchi handed over a message"),
        ("Translated by Google", "Original: https"),
    ),
    "f37_two_articles_glued": Page(
        "DAWN\n"
        "Home\n"
        "Latest\n"
        "Dar, Chinese FM hold talks in Beijing on CPEC security\n"
        "Baqir Sajjad Syed\n"
        "Published February 4, 2025\n"
        "ISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday, the Foreign Office said.\n"
        "The two sides reviewed security arrangements for Chinese nationals working in Pakistan.\n"
        "Dar also called on Vice-President Han Zheng.\n"
        "Published in Dawn, February 5th, 2025\n"
        "Zardari meets Xi in Beijing, invites him to Pakistan\n"
        "Anwar Iqbal\n"
        "Published February 5, 2025\n"
        "BEIJING: President Asif Ali Zardari met Chinese President Xi Jinping at the Great Hall of the People on Wednesday.\n"
        "Xi accepted the invitation to visit Pakistan at a mutually convenient time.\n"
        "Published in Dawn, February 6th, 2025\n",
        "Dar, Chinese FM hold talks in Beijing on CPEC security",
        "2025-02-04",
        "Dawn",
        ("ISLAMABAD: Deputy Prime Minister and Foreign Minister Ishaq Dar held talks", "Dar also called on Vice-President Han Zheng."),
        ("Baqir Sajjad Syed", "Published February 4, 2025", "Published in Dawn"),
    ),
    "f38_tweet_thread": Page(
        "Thread\n"
        "Barak Ravid\n"
        "@BarakRavid\n"
        "1/ Scoop: Israeli Strategic Affairs Minister Ron Dermer met Trump's envoy Steve Witkoff at the White House on Thursday to discuss the next phase of the Gaza deal, two sources told me.\n"
        "2/ Dermer also met national security adviser Mike Waltz, the sources said.\n"
        "3/ The meeting came days before the first phase of the ceasefire is set to expire.\n"
        "9:41 PM · Feb 27, 2025\n"
        "1.2K\n"
        "Reposts\n"
        "245\n"
        "Quotes\n"
        "3.4K\n"
        "Likes\n"
        "Show replies\n"
        "Post your reply\n",
        None,
        "2025-02-27",
        None,
        ("Ron Dermer met Trump's envoy Steve Witkoff", "Dermer also met national security adviser", "The meeting came days before"),
        ("@BarakRavid", "9:41 PM", "Reposts", "Likes", "Show replies", "Post your reply"),
    ),
    "f39_cnn_transcript": Page(
        "CNN TRANSCRIPTS\n"
        "CNN NEWSROOM\n"
        "Biden Meets Netanyahu at White House. Aired 10-11a ET\n"
        "Aired July 25, 2024 - 10:00   ET\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n"
        "[10:00:00]\n"
        "JIM SCIUTTO, CNN ANCHOR: President Biden is meeting Israeli Prime Minister Benjamin Netanyahu at the White House this morning, their first face-to-face meeting in months.\n"
        "(BEGIN VIDEOTAPE)\n"
        "JOE BIDEN, U.S. PRESIDENT: We have a lot to talk about.\n"
        "(END VIDEOTAPE)\n"
        "SCIUTTO: Netanyahu will also meet Vice President Kamala Harris later today.\n",
        "Biden Meets Netanyahu at White House",
        "2024-07-25",
        "CNN",
        ("JIM SCIUTTO, CNN ANCHOR: President Biden is meeting", "JOE BIDEN, U.S. PRESIDENT: We have a lot to talk about.", "SCIUTTO: Netanyahu will also meet"),
        ("CNN TRANSCRIPTS", "THIS IS A RUSH TRANSCRIPT", "[10:00:00]", "(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)", "Aired July 25"),
    ),
    "f40_euractiv_event_date_first_line": Page(
        "EU-China Summit, 24 July 2025, Beijing\n"
        "Euractiv\n"
        "Global Europe\n"
        "Costa and von der Leyen head to Beijing for summit as trade tensions simmer\n"
        "By Nick Alipour | Euractiv\n"
        "Jul 22, 2025\n"
        "European Council President António Costa and Commission President Ursula von der Leyen will meet Chinese President Xi Jinping in Beijing on Thursday.\n"
        "The summit, marking 50 years of diplomatic relations, was cut from two days to one.\n"
        "EU officials played down expectations of concrete results.\n"
        "Subscribe to our newsletters\n",
        "Costa and von der Leyen head to Beijing for summit as trade tensions simmer",
        "2025-07-22",
        "Euractiv",
        ("European Council President António Costa and Commission President", "EU officials played down expectations"),
        ("EU-China Summit, 24 July 2025", "By Nick Alipour", "Jul 22, 2025", "Subscribe to our newsletters"),
    ),
    "f41_kyodo_japanese_date": Page(
        "KYODO NEWS\n"
        "共同通信\n"
        "Japan, South Korea foreign ministers meet in Tokyo\n"
        "2024年11月12日 19:05\n"
        "TOKYO - Japanese Foreign Minister Takeshi Iwaya met his South Korean counterpart Cho Tae Yul in Tokyo on Tuesday, agreeing to strengthen cooperation with the United States.\n"
        "The two ministers also discussed North Korea's deployment of troops to Russia.\n"
        "Cho is on a two-day visit to Japan.\n"
        "Related coverage:\n"
        "Japan, U.S., South Korea leaders to meet in Peru\n",
        "Japan, South Korea foreign ministers meet in Tokyo",
        "2024-11-12",
        "Kyodo News",
        ("TOKYO - Japanese Foreign Minister Takeshi Iwaya met", "Cho is on a two-day visit to Japan."),
        ("2024年11月12日", "Related coverage:", "Japan, U.S., South Korea leaders to meet"),
    ),
    "f42_business_recorder_dash_month_staff_reporter": Page(
        "Business Recorder\n"
        "Pakistan\n"
        "Aurangzeb meets IMF mission chief in Islamabad\n"
        "Tahir Amin | Staff Reporter\n"
        "04-Nov-2024\n"
        "Follow us on Google News\n"
        "ISLAMABAD: Finance Minister Muhammad Aurangzeb met IMF mission chief Nathan Porter in Islamabad on Monday as the lender began an unscheduled review of the loan programme.\n"
        "The two sides discussed the revenue shortfall in the first quarter of the fiscal year.\n"
        "The mission will stay in Pakistan until November 15.\n"
        "Copyright Business Recorder, 2024\n",
        "Aurangzeb meets IMF mission chief in Islamabad",
        "2024-11-04",
        "Business Recorder",
        ("ISLAMABAD: Finance Minister Muhammad Aurangzeb met IMF mission chief", "The mission will stay in Pakistan"),
        ("Tahir Amin | Staff Reporter", "04-Nov-2024", "Follow us on Google News", "Copyright Business Recorder"),
    ),
    "f43_irish_times_outlet_only_in_copyright": Page(
        "Ireland\n"
        "Politics\n"
        "Taoiseach meets Trump in Oval Office ahead of St Patrick's Day\n"
        "Micheál Martin presented the traditional bowl of shamrock at the White House\n"
        "Pat Leahy in Washington\n"
        "Wed Mar 12 2025 - 19:25\n"
        "Taoiseach Micheál Martin met US president Donald Trump in the Oval Office on Wednesday ahead of St Patrick's Day celebrations.\n"
        "Mr Trump complained about Ireland's trade surplus with the United States.\n"
        "Mr Martin said the relationship between the two countries was strong.\n"
        "© 2025 The Irish Times DAC\n",
        "Taoiseach meets Trump in Oval Office ahead of St Patrick's Day",
        "2025-03-12",
        "The Irish Times",
        ("Taoiseach Micheál Martin met US president Donald Trump", "Mr Martin said the relationship"),
        ("Pat Leahy in Washington", "Wed Mar 12 2025", "© 2025 The Irish Times DAC"),
    ),
    "f44_iso_z_stamp_anchor_transcript": Page(
        "Sky News\n"
        "Transcript\n"
        "Lammy meets Chinese foreign minister Wang Yi in Beijing\n"
        "2024-10-18T09:00:00Z\n"
        "ANCHOR: The foreign secretary David Lammy has met China's foreign minister Wang Yi in Beijing, the first visit by a British foreign secretary to China in six years.\n"
        "CORRESPONDENT: Mr Lammy said he had raised human rights and China's support for Russia's war in Ukraine.\n"
        "ANCHOR: He will also meet Vice President Han Zheng before travelling to Shanghai.\n"
        "Watch Sky News live\n",
        "Lammy meets Chinese foreign minister Wang Yi in Beijing",
        "2024-10-18",
        "Sky News",
        ("ANCHOR: The foreign secretary David Lammy has met", "CORRESPONDENT: Mr Lammy said", "ANCHOR: He will also meet"),
        ("2024-10-18T09:00:00Z", "Watch Sky News live"),
    ),
}

# Round 4b: twelve pages written after the round-4 rules and scored before any change for them
# (docs/articles.md, "Round 4"): how far the rules carry to pages nobody fitted them to.
PAGES_4B: dict[str, Page] = {
    "g01_lexisnexis_export": Page(
        "Copyright 2024 The Japan Times Ltd.\n"
        "All Rights Reserved\n"
        "The Japan Times\n"
        "November 5, 2024 Tuesday\n"
        "SECTION: NATIONAL\n"
        "LENGTH: 312 words\n"
        "HEADLINE: Ishiba and Yoon agree to deepen security ties in phone call\n"
        "BYLINE: Gabriel Dominguez, Staff writer\n"
        "BODY\n"
        "Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol agreed to deepen security cooperation in a phone call on Tuesday.\n"
        "The two leaders also discussed North Korea's deployment of troops to Russia.\n"
        "Ishiba said he hoped to visit Seoul soon.\n"
        "LOAD-DATE: November 6, 2024\n"
        "LANGUAGE: ENGLISH\n"
        "PUBLICATION-TYPE: Newspaper\n",
        "Ishiba and Yoon agree to deepen security ties in phone call",
        "2024-11-05",
        "The Japan Times",
        ("Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol agreed", "Ishiba said he hoped to visit Seoul soon."),
        ("SECTION: NATIONAL", "LENGTH: 312 words", "HEADLINE:", "BYLINE:", "LOAD-DATE", "LANGUAGE: ENGLISH", "PUBLICATION-TYPE", "Copyright 2024"),
    ),
    "g02_factiva_export": Page(
        "Thai PM meets Cambodian leader in Bangkok to ease border tension\n"
        "By Wassana Nanuam\n"
        "412 words\n"
        "7 November 2024\n"
        "Bangkok Post\n"
        "BKKPST\n"
        "English\n"
        "(c) 2024 Post Publishing PCL. All rights reserved.\n"
        "Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet at Government House in Bangkok on Thursday.\n"
        "The two leaders agreed to set up a joint committee to settle disputes along the border.\n"
        "Hun Manet invited Paetongtarn to visit Phnom Penh.\n"
        "Document BKKPST0020241107ekb70000d\n",
        "Thai PM meets Cambodian leader in Bangkok to ease border tension",
        "2024-11-07",
        "Bangkok Post",
        ("Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet", "Hun Manet invited Paetongtarn"),
        ("By Wassana Nanuam", "412 words", "BKKPST\n", "(c) 2024 Post Publishing", "Document BKKPST"),
    ),
    "g03_apple_news_share": Page(
        "Shared from Apple News\n"
        "The Independent\n"
        "Starmer meets Meloni in Rome to discuss migration\n"
        "Starmer praised Italy's approach to stopping small boat crossings\n"
        "Archie Mitchell\n"
        "16 September 2024\n"
        "Sir Keir Starmer met Italian prime minister Giorgia Meloni in Rome on Monday for talks on illegal migration.\n"
        "The prime minister said he was interested in Italy's deal with Albania.\n"
        "The two leaders also discussed support for Ukraine.\n"
        "Get the Apple News app\n",
        "Starmer meets Meloni in Rome to discuss migration",
        "2024-09-16",
        "The Independent",
        ("Sir Keir Starmer met Italian prime minister Giorgia Meloni", "The two leaders also discussed support"),
        ("Shared from Apple News", "Archie Mitchell", "Get the Apple News app"),
    ),
    "g04_telegram_channel_post": Page(
        "Kyiv Post\n"
        "Zelensky met NATO Secretary General Mark Rutte in Kyiv on Thursday, his first visit since taking office.\n"
        "Rutte said Ukraine's path to NATO was irreversible.\n"
        "The two also discussed air defense deliveries before winter.\n"
        "👁 18.2K\n"
        "edited 14:05\n"
        "Oct 3, 2024\n"
        "Forwarded from Kyiv Post\n",
        None,
        "2024-10-03",
        "Kyiv Post",
        ("Zelensky met NATO Secretary General Mark Rutte", "The two also discussed air defense"),
        ("👁 18.2K", "edited 14:05", "Forwarded from Kyiv Post"),
    ),
    "g05_moscow_times_ap_months": Page(
        "The Moscow Times\n"
        "News\n"
        "Putin Meets Indian PM Modi in Kazan on Sidelines of BRICS Summit\n"
        "Oct. 22, 2024\n"
        "Updated: Oct. 22, 2024\n"
        "Vladimir Putin met Indian Prime Minister Narendra Modi in Kazan on Tuesday on the sidelines of the BRICS summit.\n"
        "Modi said India supported a peaceful resolution of the conflict in Ukraine.\n"
        "Putin thanked Modi for his attention to the crisis.\n"
        "A message from The Moscow Times:\n"
        "Dear readers, We are facing unprecedented challenges. Russia's Prosecutor General's Office has designated The Moscow Times as an \"undesirable\" organization.\n"
        "Support us\n",
        "Putin Meets Indian PM Modi in Kazan on Sidelines of BRICS Summit",
        "2024-10-22",
        "The Moscow Times",
        ("Vladimir Putin met Indian Prime Minister Narendra Modi", "Putin thanked Modi"),
        ("Updated: Oct. 22", "A message from The Moscow Times", "Dear readers", "Support us"),
    ),
    "g06_times_of_india_desk": Page(
        "The Times of India\n"
        "News\n"
        "India News\n"
        "PM Modi holds talks with Saudi crown prince in Jeddah\n"
        "TOI News Desk / TIMESOFINDIA.COM / Updated: Apr 22, 2025, 23:41 IST\n"
        "Share\n"
        "AA\n"
        "Prime Minister Narendra Modi held talks with Saudi Crown Prince Mohammed bin Salman in Jeddah on Tuesday.\n"
        "The two leaders co-chaired the meeting of the Strategic Partnership Council.\n"
        "Modi cut short his visit after the terror attack in Pahalgam.\n"
        "Follow us on Social Media\n",
        "PM Modi holds talks with Saudi crown prince in Jeddah",
        "2025-04-22",
        "The Times of India",
        ("Prime Minister Narendra Modi held talks with Saudi Crown Prince", "Modi cut short his visit"),
        ("TOI News Desk", "Follow us on Social Media", "AA\n"),
    ),
    "g07_hindustan_times_correspondent_city": Page(
        "Hindustan Times\n"
        "India News\n"
        "Jaishankar meets Australian counterpart Wong in Canberra\n"
        "By HT Correspondent, New Delhi\n"
        "Nov 05, 2024 02:05 PM IST\n"
        "External affairs minister S Jaishankar met Australian foreign minister Penny Wong in Canberra on Tuesday for the foreign ministers' framework dialogue.\n"
        "The two ministers discussed the situation in the Indo-Pacific.\n"
        "Jaishankar also met Prime Minister Anthony Albanese.\n"
        "Get Latest India News along with Latest News and Top Headlines from India and around the world.\n",
        "Jaishankar meets Australian counterpart Wong in Canberra",
        "2024-11-05",
        "Hindustan Times",
        ("External affairs minister S Jaishankar met Australian foreign minister Penny Wong", "Jaishankar also met Prime Minister"),
        ("By HT Correspondent", "Nov 05, 2024 02:05 PM IST", "Get Latest India News"),
    ),
    "g08_korea_herald_email_byline": Page(
        "The Korea Herald\n"
        "National\n"
        "Politics\n"
        "Yoon, Japan's Ishiba agree to keep up shuttle diplomacy\n"
        "Published : Oct. 31, 2024 - 14:05 Updated : Oct. 31, 2024 - 17:02\n"
        "By Kim Arin\n"
        "President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba agreed to keep up shuttle diplomacy in a phone call on Thursday.\n"
        "The two leaders condemned North Korea's missile launch earlier in the day.\n"
        "They also agreed to meet on the sidelines of the APEC summit in Peru.\n"
        "arin@heraldcorp.com\n",
        "Yoon, Japan's Ishiba agree to keep up shuttle diplomacy",
        "2024-10-31",
        "The Korea Herald",
        ("President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba agreed", "They also agreed to meet"),
        ("Published : Oct. 31", "By Kim Arin", "arin@heraldcorp.com"),
    ),
    "g09_inquirer_slash_byline_time_first": Page(
        "INQUIRER.net\n"
        "News\n"
        "Marcos, Vietnam's To Lam vow to boost rice trade\n"
        "By: Krixia Subingsubing - Reporter / @KSubingsubingINQ\n"
        "Philippine Daily Inquirer / 05:20 AM December 02, 2024\n"
        "President Ferdinand Marcos Jr. met Vietnamese Communist Party chief To Lam in Hanoi on Monday, where the two leaders vowed to boost trade in rice.\n"
        "The two also discussed the situation in the South China Sea.\n"
        "Marcos was on a three-day visit to Vietnam.\n"
        "Subscribe to INQUIRER PLUS to get access to The Philippine Daily Inquirer & other 70+ titles.\n",
        "Marcos, Vietnam's To Lam vow to boost rice trade",
        "2024-12-02",
        "Philippine Daily Inquirer",
        ("President Ferdinand Marcos Jr. met Vietnamese Communist Party chief To Lam", "Marcos was on a three-day visit"),
        ("By: Krixia Subingsubing", "05:20 AM December 02, 2024", "Subscribe to INQUIRER PLUS"),
    ),
    "g10_balkan_insight_project_footer": Page(
        "Balkan Insight\n"
        "Home\n"
        "News\n"
        "Serbian President Meets EU Envoy Lajcak in Belgrade\n"
        "Serbian President Aleksandar Vucic met EU special envoy Miroslav Lajcak in Belgrade on Tuesday.\n"
        "The two discussed the normalisation of relations with Kosovo.\n"
        "Lajcak will travel to Pristina on Wednesday.\n"
        "Sasa Dragojlo\n"
        "BIRN\n"
        "Belgrade\n"
        "18 February 2025\n"
        "This article was produced as part of the Resonant Voices Initiative.\n",
        "Serbian President Meets EU Envoy Lajcak in Belgrade",
        "2025-02-18",
        "Balkan Insight",
        ("Serbian President Aleksandar Vucic met EU special envoy", "Lajcak will travel to Pristina on Wednesday."),
        ("Sasa Dragojlo", "BIRN", "This article was produced as part of"),
    ),
    "g11_euobserver_german_style_date": Page(
        "EUobserver\n"
        "Foreign Affairs\n"
        "Kallas meets Chinese foreign minister Wang Yi in Brussels\n"
        "Brussels, 11. Jun 2025, 09:12\n"
        "By Andrew Rettman\n"
        "EU foreign affairs chief Kaja Kallas met Chinese foreign minister Wang Yi in Brussels on Wednesday for a strategic dialogue.\n"
        "Kallas urged China to stop supplying dual-use goods to Russia.\n"
        "Wang said China was not a party to the war in Ukraine.\n"
        "Author Bio\n"
        "Andrew Rettman is EUobserver's foreign affairs editor.\n",
        "Kallas meets Chinese foreign minister Wang Yi in Brussels",
        "2025-06-11",
        "EUobserver",
        ("EU foreign affairs chief Kaja Kallas met Chinese foreign minister", "Wang said China was not a party"),
        ("Brussels, 11. Jun 2025", "By Andrew Rettman", "Author Bio", "Andrew Rettman is EUobserver"),
    ),
    "g12_clippings_labelled_fields": Page(
        "Source: The Express Tribune\n"
        "Date: 24 September 2025\n"
        "Headline: Shehbaz meets Trump at White House\n"
        "\n"
        "Prime Minister Shehbaz Sharif met US President Donald Trump at the White House on Wednesday, the first such meeting in six years.\n"
        "The two leaders discussed trade, minerals and regional security.\n"
        "Field Marshal Asim Munir also attended the meeting.\n"
        "\n"
        "---\n"
        "Clipped by the media monitoring desk\n",
        "Shehbaz meets Trump at White House",
        "2025-09-24",
        "The Express Tribune",
        ("Prime Minister Shehbaz Sharif met US President Donald Trump", "Field Marshal Asim Munir also attended"),
        ("Source: The Express Tribune", "Date: 24 September", "Headline:", "Clipped by the media monitoring desk"),
    ),
}
