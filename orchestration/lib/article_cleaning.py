"""Article cleaning: body text without page furniture, plus title/outlet/date/byline signals.

:func:`clean_article` turns one raw article into a :class:`CleanedArticle`. It works line by line
(a line of the raw text is the unit of removal; ``line_no`` is the index in
``raw_text.splitlines()``) and never drops a line it is not sure about ("when unsure, keep it").
It never raises: any input (empty, binary-looking, NUL bytes, one huge line) gives a result, and
the work is linear in the input size (regexes only see bounded prefixes of very long lines).

Text hygiene: C0/C1 control characters (NUL, ...) and the BOM are deleted, each line is stripped,
nothing else inside a line is changed, so every line of ``body_text`` is a substring of the raw
text with control characters removed. Kept lines become paragraphs separated by one blank line
(``"\\n\\n"``); a line that continues a hard-wrapped sentence (previous line without final
punctuation, this one starting in lower case -- or any case when most lines of the article stop
mid-sentence and run on into the next line at about the text's width, i.e. the text is wrapped
at a fixed width) joins its paragraph with a single
``"\\n"``. Crossheads are not removed from hard-wrapped text (a wrapped line looks like one).

Removal reasons (``RemovedLine.reason``), in the order the passes run
----------------------------------------------------------------------
``email_header`` / ``feed_field`` / ``markup`` / ``archive_header`` / ``doc_field``
                       how the page was carried, marked before any other rule reads it
                       (:func:`_mark_transport_lines`, :func:`_mark_document_fields`): an e-mail
                       header block, an RSS item's fields, Atom markup, a web cache's or the
                       Wayback Machine's header, LexisNexis / clipping fields, Factiva's code and
                       language lines; they give the page's own address, title and outlet; an
                       archive's capture and "LOAD-DATE:" are never the article's date, an
                       e-mail's "Date:" only when the page prints none (``email_sent_date``, 0.4);
``event_heading``      a header line naming an event with its date ("EU-China Summit, 24 July
                       2025, Beijing"): not a stamp;
``footer`` / ``newsletter`` / ``byline`` (phrase tests) a reader appeal ("... readers like you."),
                       "X is a weekly newsletter from Y.", a name with its role ("Tahir Amin |
                       Staff Reporter");
``publication_stamp``  a date stamp line (Ynet ``פרסום ראשון: 08.17.17, 09:39``, "Published: ...")
                       or the ``date 2017-02-10`` prefix of a line (only the prefix is cut; the
                       removed text is recorded);
``widget_non_english`` a short line (<= 20 words) mostly in another script inside a Latin-script
                       article (Hebrew "send to a friend" / "embed the video" widgets);
from ``seeds/reference/furniture_patterns.csv`` (whole-line, case-insensitive regexes, extendable):
``navigation`` ("Search form", "You are here", "Last updated: 1 min 4 sec ago", breadcrumbs),
``social_share``, ``advertisement``, ``footer``, ``comment_widget`` ("new comment", "See all
talkbacks ...", "This will delete your current comment"), ``outlet_banner`` ("Classifieds powered
by ...", "MORE FROM Middle-East"), ``photo_credit`` ("Photo: EPA", "Image Credit: Reuters"),
``wire_credit`` ("-with inputs from Reuters"), ``video_widget``, ``widget`` (widget strings of a
known outlet, used when the article itself is not Latin-script);
``newsletter`` ("Daily Sabah Newsletter", "By signing up ..."), ``paywall`` ("Continue reading this
article by registering ...", "Already have an account? Log in"), wire footers ("Our Standards: The
Thomson Reuters Trust Principles.", Anadolu's subscription note) and contributor lines ("Associated
Press writer X contributed from Moscow.");
``outlet_banner``      the first two lines when exactly an outlet's name ("Anadolu Agency" heading
                       the page is the masthead, not a photo credit; it is also a ``source`` signal,
                       rule ``banner_outlet_name``), or the masthead of an outlet the signature
                       table does not know (``source`` rule ``masthead_line``, 0.6): the first one
                       or two lines, at most five capitalised words ending with an outlet word
                       ("Shafaq News", "The Peninsula", "Ahram Online"), a CamelCase name
                       ("AzerNews") or an agency acronym the page credits next to its dateline
                       ("INA" over "Iraqi News Agency" with "Baghdad - INA") or that the next
                       line spells out ("ISNA" over "Iranian Students' News Agency"), over a
                       headline; a menu in another script above it ("الرئيسية") is looked past;
``author_bio``         one of the last three lines starting with a name printed in the header and
                       "is a ... reporter/journalist/editor ..." ("Karwan Faidhi Dri is a Rudaw
                       reporter covering ...");
``related_links``      short non-sentence lines right under a link-box header ("Related:", "Read
                       more:", "Related Topics", "Tags", "Keywords", "Read Next", "Most
                       Visited", "Trending now"), up to a blank line or a sentence;
``separator``          a line without any letter or digit ("***");
``byline``             "Sevil Erkuş - TEHRAN", "By Jane Doe" (first 15 / last 5 non-blank lines);
``outlet_banner``      a line that is exactly a known outlet name or a ``banner`` signature
                       ("Gulf News" standing alone after a caption);
``photo_caption``      the line right after an explicit photo credit ("Photo: EPA", not a bare
                       agency name) or right before a trailing credit, when it is one caption-like
                       sentence (not when that line ends a run of story sentences: "Photo: VCG"
                       closing the page credits its picture), and any one-off line ending in a
                       credit such as "(Reuters)",
                       "(Photo: EPA)", "(AA Photo)", "(Amos Ben Gershom/GPO)" or ". Photo: X";
``repeated_caption``   a credit-tailed line that occurs more than once (all copies), and any short
                       non-sentence line that occurs more than once ("Iranian general visits
                       Turkey" twice: a video title);
``headline``           the title line; ``repeated_headline`` its other standalone copies;
``section_label`` / ``header_label`` label lines (no digit, no final punctuation or colon)
                       above the chosen headline (up to 10 words: "Politics", a ministry's name)
                       or right below it (up to 5 words: "Al-Monitor Staff", "ISTANBUL", "Edit"),
                       among the first 12 non-blank lines, before the first table or story line;
                       only when the chosen title is printed in the text; a standfirst is kept;
``headline_prefix``    a headline glued in front of the lede (only the prefix is cut);
``repeated_standfirst`` a standfirst in the header whose text is repeated later as a sentence;
``duplicate_line``     a later verbatim copy of a story sentence (the first copy is kept);
``running_head``       a PDF's running head, recurring once with a page number set apart by spaces;
``closing_label``      an author block of at most four name lines closing the page ("Sasa
                       Dragojlo" / "BIRN" / "Belgrade");
``subheading``         a crosshead inside the story: 1-12 words, no digit, at most 90
                       characters, no final punctuation, no internal sentence break, no
                       pronoun or reporting verb, no quoted sentence closing inside it (a pull
                       quote '"Silence is complicity." — Queen Rania' is story text), the
                       previous kept line ends a sentence and a capitalised line follows
                       ("Russian military chief", "Referendum in northern Iraq ‘immature’");
``blank_run``          blank lines beyond the single one that separates two lines.

Round 5 (general mechanisms, :func:`_mark_front_matter`, :func:`_mark_tail_furniture`, ...):
``front_matter``       a Markdown clipper's YAML front matter ("---" ... "---"); its "title:",
                       "source:" and "published:" are read, "created:" / "date_saved:" never;
                       "# Title", "**Label:** value", "[text](url)" and "*emphasis*" of a page
                       starting with a Markdown heading lose their marks;
``other_date_label``   a labelled date that is not the publication's ("Event date: ...",
                       "Clipped: ...");
``print_header`` / ``print_footer`` a browser's print lines ("11/16/24, 9:14 AM<tab>Title -
                       Site", "https://... 1/3"); the print's date is never read;
``aggregator_banner``  "Yahoo News", "MSN", ... heading a partner's story;
``page_title``         the page's <title> copied with it: a header line that is another header
                       line plus " - Site";
``page_meta``          "1 of 18", "18 photos", "3 min read", "9–11 minutes", "English Edition";
``header_widget``      a header line speaking to the reader or about "this article" ("Listen to
                       this article · 4 min", "Summarize this article"); labels under a
                       standfirst up to the byline or stamp are ``header_label`` too;
``tail_furniture``     from the foot up, short labels starting with a letter without final
                       punctuation, lines speaking to the reader about the page (an imperative
                       of furniture or "you"/"your" next to a page word: "Enter your email
                       address ...", "You've read 1 article ...") and e-mail contact lines,
                       until the first other line (a story sentence, "This story has been
                       updated ...", a correction, "... said. REUTER");
``author_bio``         also any role and the appositive form ("X, a former ..., is an MP ...");
``outlet_bio``         "<Masthead> is an independent news organization ..." at the foot.

Title rules (``kind='title'``): ``metadata`` (1.0); ``talkback_reference`` (0.95: the headline is
quoted by a comment widget, ``See all talkbacks "..."``); ``repeated_headline_line`` (0.9: a
headline-like line printed twice in the header or glued in front of the lede);
``stamped_headline_line`` (0.8: the headline left after a date prefix is cut, "No: 312, 21
November 2026, Press Release Regarding ...");
``first_headline_line`` (0.7: the first headline-like line -- 3 to 25 words, no final period,
not a caption, credit, banner or byline -- before the first story sentence; the name of an
issuing body, "Ministry of Foreign Affairs of the Republic of Türkiye", is passed over when
another headline-like line follows; without a metadata title, the first one sharing at least two
content words with the first story line wins over an earlier one sharing fewer, so a section
label or a sign-up line over the headline is passed over); ``front_matter_title`` and
``markdown_heading`` (0.9). When the article
starts directly with its story (seed 004) no title signal is emitted: the title stays unknown
rather than using the first sentence.

Outlets the signature table does not know (``source`` rules, :func:`_page_name_signals`):
``masthead_line`` (0.6, 0.65 when the footer names it again), ``masthead_confirmed`` (0.65),
``domain_named_line`` (0.75), ``feed_channel`` (0.7), ``doc_source`` and ``factiva_source``
(0.8), ``newsletter_footer`` (0.65), ``stamp_line_outlet`` (0.62), ``byline_for_outlet`` and
``masthead_below_title`` (0.55), ``copyright_line`` (0.5); round 5: ``syndicated_outlet`` (0.8:
the name line over the headline under an aggregator's banner), ``domain_masthead`` (0.7:
"eKathimerini.com", "Civil.ge" heading the page), ``domain_words`` (0.6: the words of an
unknown page address, "bangkokpost" -> "Bangkok Post", when no line spells it). Furniture that
confirms a masthead now includes the foot's furniture, header widgets, stamp lines and a bio
naming it after its first word ("... editor at The Diplomat"). Titles also come from ``feed_title``
/ ``doc_title`` (0.85: "Title:", "<title>", "HEADLINE:") and ``transcript_title`` (0.75).

A stamp is read anywhere above the first story sentence (at most ``HEADER_ZONE_MAX`` lines) and
among the first 10 and last 5 lines.

A page address printed as a line among the first 10 or last 5 lines gives a date from its path
(``text_url_date``) and, for a known domain only, the outlet (``source`` rule ``text_url_domain``,
0.75); the line itself is removed as ``navigation``.

The wire agency that supplied the story (``kind='wire_agency'``) is read from a wire dateline in
the first three story lines ("BEIRUT (Reuters) -", "ANKARA, Turkey (AP) —", "Tehran, IRNA –") or a
credit line ("-with inputs from Reuters"); it is never taken as the outlet.

Datelines are read from the first three story lines ("ANKARA - ", "ANKARA: ", "Dubai: ") and from
a byline ("NAME - CITY"). The dateline prefix is kept inside the lede line so no story text is
lost. See :mod:`orchestration.lib.article_signals` (outlet, byline, dateline) and
:mod:`orchestration.lib.article_dates` (publication date) for the other rules.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from orchestration.lib.article_dates import (
    StampMatch,
    copyright_year,
    event_heading,
    match_stamp,
    other_date_label,
    publication_date_signals,
    url_date,
)
from orchestration.lib.article_signals import (
    REFERENCE_DIR,
    WIRE_AGENCIES,
    ArticleSignal,
    OutletSignature,
    banner_line_outlet,
    default_outlet_signatures,
    host_of,
    load_outlet_signatures,
    outlet_for_domain,
    parse_byline_line,
    parse_lede_dateline,
    parse_wire_agency,
    rank_signals,
    source_signals_from_metadata,
    source_signals_from_text,
)
from orchestration.lib.language import detect_language, dominant_script, non_latin_share

__all__ = [
    "ArticleSignal",
    "CleanedArticle",
    "FurniturePattern",
    "RemovedLine",
    "clean_article",
    "load_furniture_patterns",
    "load_outlet_signatures",
]

logger = logging.getLogger(__name__)

DEFAULT_FURNITURE_PATTERNS = REFERENCE_DIR / "furniture_patterns.csv"
MAX_FURNITURE_LINE = 300  # furniture is short; longer lines are never matched against patterns


@dataclass(frozen=True)
class RemovedLine:
    """One line (or the prefix of one line) that is not part of the body text."""

    line_no: int  # 0-based index in raw_text.splitlines()
    text: str  # the raw line; for a cut prefix, the removed prefix
    reason: str


@dataclass(frozen=True)
class CleanedArticle:
    """The result of :func:`clean_article`."""

    body_text: str
    removed: list[RemovedLine]
    signals: list[ArticleSignal]
    language: str
    language_score: float


@dataclass(frozen=True)
class FurniturePattern:
    """One row of ``seeds/reference/furniture_patterns.csv``."""

    reason: str
    pattern: re.Pattern[str]
    description: str = ""


def load_furniture_patterns(path: str | Path | None = None) -> list[FurniturePattern]:
    """Read the furniture pattern CSV (columns ``reason,pattern,description``).

    Patterns are whole-line, case-insensitive Python regexes. Invalid rows are skipped with a
    warning.
    """
    return list(_load_furniture_cached(str(path or DEFAULT_FURNITURE_PATTERNS)))


@lru_cache(maxsize=8)
def _load_furniture_cached(path: str) -> tuple[FurniturePattern, ...]:
    p = Path(path)
    if not p.exists():
        logger.warning("furniture pattern file %s not found; no pattern furniture removed", p)
        return ()
    out: list[FurniturePattern] = []
    with p.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            reason = (row.get("reason") or "").strip()
            raw = row.get("pattern") or ""
            if not reason or not raw.strip():
                continue
            try:
                out.append(
                    FurniturePattern(reason, re.compile(raw, re.IGNORECASE),
                                     (row.get("description") or "").strip())
                )
            except re.error as exc:
                logger.warning("%s:%d: invalid regex %r skipped (%s)", p, n, raw, exc)
    return tuple(out)


@lru_cache(maxsize=8)
def _any_furniture(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One regex matching a line when any furniture pattern does: most lines are story text and
    match none, so one C-level scan replaces a Python loop over every row. The rows are still
    tried in order on a hit (the first row's reason wins). None when the rows cannot be
    combined (a back-reference or a repeated group name); then every row is tried."""
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    except re.error:
        return None


# --- line features --------------------------------------------------------------------------------

# control characters, the BOM, zero-width spaces and directional marks (ZWNJ and ZWJ are
# letters' joiners in Persian and Indic scripts and stay)
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\u200b\u200e\u200f"
                         "\u202a-\u202e\u2060]")
_SENTENCE_END_RE = re.compile(r"[.!?…][\"'’”»)\]]*$")
_INTERNAL_BREAK_RE = re.compile(r"[a-z0-9)][.!?][\"'’”]?\s+[A-Z\"“]")
_QUOTE_NORMALISE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " "})
_CREDIT_TAIL_RE = re.compile(
    r"\(\s*(?:(?:photo|image|picture|video)s?(?:\s*credits?)?\s*[:/]?\s*[^()]{1,60}|reuters|afp|"
    r"ap|epa|epa-efe|getty images|afp/getty images|ap photo[^()]{0,40}|anadolu agency|aa|irna|"
    r"xinhua|spa|wam|dpa|sana|kuna|qna|wafa|bna|mena|petra|ina|tass|efe|ansa|upi|sputnik|tasnim|"
    r"mehr|isna|fars|yonhap|kyodo|bernama|file photo|file|[^()]{1,40}\s(?:photo|photograph|pic)s?|"
    r"[^()/\s][^()/]{1,60}/[^()/]{2,60}(?:\s+via\s+[^()]{2,40})?)\s*\)\s*$",
    re.IGNORECASE,
)
# "... in Erbil on November 21, 2026. Photo: Kurdistan Region Presidency" (credit after a sentence)
_PLAIN_CREDIT_TAIL_RE = re.compile(
    r"[.!?]\s+(?:photos?|images?|pictures?)(?:\s+credits?)?\s*:\s*[^.!?:]{2,60}$", re.IGNORECASE
)
# a credit glued to a caption's last sentence ("... on Tuesday.Kevin Lamarque/Reuters")
_GLUED_CREDIT_TAIL_RE = re.compile(
    r"[.!?][\"'’”]?\s*[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){1,3}/[A-Z][\w.&'’\- ]{1,40}$"
)
# header of a link box whose following short lines are links ("Related:", "Read more:", "Tags")
_LINK_BOX_HEADER_RE = re.compile(
    r"^(?:related(?:\s+(?:articles?|stories|news|content|topics?|links|coverage|posts?|items|"
    r"videos|reading))?|"
    r"read (?:more|also)|see also|more (?:on|about) (?:this|the) (?:story|topic)|"
    r"recommended(?: for you)?|tags?|topics?|keywords?|read next|up next|popular(?: now)?|"
    r"most (?:read|popular|visited|viewed)|you may also like|more stories|latest news|top stories|"
    r"trending(?: now| news| stories)?)"
    r"\s*[:\-–—]?$",
    re.IGNORECASE,
)
_LINK_BOX_MAX_WORDS = 15
# the show line of a TV transcript: the headline, then when it aired
_AIRED_TITLE_RE = re.compile(r"^(?P<t>[A-Z][^.!?]{10,200}?)\.\s+Aired\s+[^.!?]{1,40}$")
HEADER_LABEL_MAX_WORDS = 5
ABOVE_TITLE_MAX_WORDS = 10  # above the headline: mastheads, "Republic of Türkiye Ministry of ..."
HEADER_LABEL_ZONE = 12  # label lines are looked for among the first non-blank lines only
_EXPLICIT_CREDIT_RE = re.compile(
    r"\b(?:photos?|images?|pictures?|pics?|credits?|illustrations?|photograph)\b", re.IGNORECASE
)
_TITLE_ECHO_RES = (
    re.compile(r"^See all talkbacks\s+[\"“](?P<t>.{3,300}?)[\"”]\s*$", re.IGNORECASE),
    re.compile(
        r"^(?:comments|talkbacks?|reactions|responses)\s+(?:on|to|for)\s+[\"“](?P<t>.{3,300}?)"
        r"[\"”]\s*$",
        re.IGNORECASE,
    ),
)
# the name of an issuing body heading a press release ("Ministry of Foreign Affairs of the Republic
# of Türkiye"): an institution noun with "of"/"for", then only capitalised words and particles
_INSTITUTION_RE = re.compile(
    r"^(?:The\s+|Republic\s+of\s+\S+\s+)?(?:Ministry|Embassy|Office|Presidency|Department|"
    r"Consulate(?:\s+General)?|Permanent\s+Mission|Mission|Secretariat|Council)\s+(?:of|for)\s+"
    r"(?:(?:of|the|and|for|in|to|&|[A-ZÀ-Þ][\w'’.\-]*)(?:\s+|$))+$"
)
_PRONOUN_OR_VERB_RE = re.compile(
    r"\b(?:he|she|they|we|i|it|his|her|their|our|you|said|says|told|added|asked)\b",
    re.IGNORECASE,
)
# a page's address pasted with its text ("https://www.aljazeera.com/news/2024/5/14/...")
_URL_LINE_RE = re.compile(r"(?:https?://|www\.)[^\s/]+\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)
# "Sean Mathews is a reporter at Middle East Eye based in Washington." at the foot of the page
_AUTHOR_BIO_RE = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-Þ][\w'’.\-]+){1,3})"
    r"(?:,\s+(?:a|an|the)\s+[^.;]{3,200}?,)?\s+is\s+(?:(?:a|an|the|[\w.\-]+['’]s)\s+)?"
    r"(?:[\w'’\-]+\s+){0,8}?(?:reporter|journalist|correspondent|editor|writer|columnist|"
    r"analyst|producer|contributor|fellow|author|bureau chief|consultant|director|professor|"
    r"researcher|scholar|lecturer|MP|senator|ambassador|member)s?\b"
)
# a page's foot describing its outlet ("Eurasianet is an independent news organization ...")
_OUTLET_BIO_RE = re.compile(
    r"^(?P<name>[^\W\d_][\w'’.&\- ]{1,40}?)\s+is\s+an?\s+(?:[\w-]+\s+){0,3}"
    r"(?:news|media|nonprofit|non-profit|online|digital|investigative)\s+"
    r"(?:organi[sz]ation|outlet|site|website|agency|publication|magazine|newspaper|platform)\b"
)
AUTHOR_BIO_ZONE = 3  # bios are looked for among the last non-blank lines only
AUTHOR_LINE_MAX_WORDS = 16  # "by Alan Makovsky, opinion contributor - 10/25/24 8:00 AM ET"
_CAPTION_EXCLUDED = frozenset({"photo_credit", "photo_caption", "repeated_caption", "wire_credit"})


# --- how the page was carried: e-mail, feed, web cache, archive (round 4) ------------------------

# an e-mail header line ("From: Leila <l@x.org>", "Date: Tue, Feb 11, 2025 at 7:02 AM")
_EMAIL_HEADER_RE = re.compile(r"^(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s*\S")
_FORWARD_MARK_RE = re.compile(
    r"^(?:-{2,}\s*(?:Forwarded|Original) [Mm]essage\s*-{2,}|Begin forwarded message:?)$"
)
# a feed's field lines ("Title: ...", "Link: https://...") in a text dump of an RSS item
_FEED_FIELD_RE = re.compile(
    r"^(?:Title|Link|Published|Author|Description|Guid|Categories|Channel|pubDate|Updated)\s*:"
)
_FEED_TITLE_RE = re.compile(r"^Title\s*:\s*(?P<t>\S.{1,300})$")
_FEED_LINK_RE = re.compile(r"^(?:Link|Guid|URL)\s*:\s*(?P<url>(?:https?://|www\.)\S{3,500})$")
_XML_TITLE_RE = re.compile(r"^<title(?:\s[^>]*)?>(?P<t>[^<]{3,300})</title>$")
_XML_LINK_RE = re.compile(r"^<link\b[^>]*\bhref=[\"'](?P<url>https?://[^\"']{3,500})[\"'][^>]*>$")
# the header a web cache or an archive prints over the saved page, naming the page's address
_CACHE_HEADER_RE = re.compile(
    r"^This is Google['’]s cache of (?P<url>https?://\S+?)\.?\s+It is a snapshot\b"
)
_ARCHIVE_HEADER_RE = re.compile(
    r"^The Wayback Machine\s*[-–—]\s*https?://web\.archive\.org/web/\d{4,14}[a-z_]*/"
    r"(?P<url>\S{4,500})$"
)
# "Original: https://www.kommersant.ru/doc/7634512" over a machine-translated page
_ORIGINAL_URL_RE = re.compile(
    r"^(?:Original(?: article| page)?|Source|URL|Clipped from)\s*:\s*"
    r"(?P<url>(?:https?://|www\.)\S{3,500})$"
)
# a site's address alone on a line of a reader-app copy ("hurriyetdailynews.com")
_BARE_DOMAIN_RE = re.compile(r"^(?:[a-z0-9-]{2,40}\.){1,3}[a-z]{2,6}$")
# a line of markup only ("<entry>", "<author><name>Dawn Report</name></author>")
_MARKUP_LINE_RE = re.compile(
    r"<[/!?]?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>(?:[^<>]*</?[A-Za-z][\w:.-]*\s*/?>)*"
)
_TAG_RE = re.compile(r"<[^<>]{1,300}>")
MARKUP_MAX_WORDS = 12
TRANSPORT_ZONE = 15  # e-mail, feed and cache headers are looked for among the first lines
# a browser's print of a page: "11/16/24, 9:14 AM<tab>Page title - Outlet" over the page and
# "https://... 1/3" under it (the date is the print's, never the article's)
_PRINT_HEADER_RE = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?P<title>\S.{2,300})$"
)
_PRINT_FOOTER_RE = re.compile(r"^(?P<url>https?://\S{3,500})\s+\d{1,3}/\d{1,3}$")
_FOOT_DOMAIN_RE = re.compile(r"^(?:www\.)?[A-Za-z][A-Za-z0-9-]{1,40}\.(?:com|org|net|news|media|"
                             r"info|co\.uk|co|ge|am|az|ph|my|in|pk|de|fr)$")
PRINT_FOOTER_ZONE = 3


def _mark_transport_lines(
    nonblank: Sequence[_Line], title_cands: list[tuple[str, str, float, str]]
) -> list[str]:
    """Mark the lines a page picked up on its way to the reader, before any other rule reads
    them, and return the page's own address when they name it:

    - an e-mail header block (two or more "From:" / "Date:" / "Subject:" lines, or one after a
      "Forwarded message" mark): ``email_header``; the e-mail's date is not the article's;
    - the field lines of a feed item dump (two or more of "Title:", "Link:", "Published:", ...):
      ``feed_field``; "Title: X" is the title (``feed_title``, 0.85) and "Link:" the address
      ("Published:" stays a publication stamp);
    - "<title>X</title>" of an Atom/RSS entry (``feed_title``) and its "<link href=...>";
    - "This is Google's cache of URL. ..." and "The Wayback Machine - https://web.archive.org/
      web/2017.../URL" (``archive_header``): the saved page's address, not the capture's date;
    - "Original: URL" over a machine translation and a bare domain line ("hurriyetdailynews.com")
      name the page's address too.
    """
    top = list(nonblank[:TRANSPORT_ZONE])
    urls: list[str] = []
    headers = [ln for ln in top if _EMAIL_HEADER_RE.match(ln.text[:40])]
    forwarded = any(_FORWARD_MARK_RE.match(ln.text[:80]) for ln in top)
    if len(headers) >= 2 or (headers and forwarded):
        for ln in headers:
            ln.reason = "email_header"
    _mark_document_fields(nonblank, title_cands)
    fields = [ln for ln in top if ln.reason is None and _FEED_FIELD_RE.match(ln.text[:20])]
    if len(fields) >= 2:
        for ln in fields:
            m = _FEED_TITLE_RE.match(ln.text[:320])
            if m:
                title_cands.append((m["t"].strip(), "feed_title", 0.85, ln.text))
                ln.reason = "feed_field"
            elif (m := _FEED_LINK_RE.match(ln.text[:520])) is not None:
                urls.append(m["url"])
                ln.reason = "feed_field"
    for ln in top:
        if ln.reason is not None:
            continue
        s = ln.text[:700]
        if s[:1] == "<":
            if (m := _XML_TITLE_RE.match(s)) is not None:
                title_cands.append((m["t"].strip(), "feed_title", 0.85, ln.text))
                ln.reason = "markup"
            elif (m := _XML_LINK_RE.match(s)) is not None:
                urls.append(m["url"])
                ln.reason = "markup"
        elif (m := _CACHE_HEADER_RE.match(s) or _ARCHIVE_HEADER_RE.match(s)) is not None:
            urls.append(m["url"])
            ln.reason = "archive_header"
        elif (m := _ORIGINAL_URL_RE.match(s)) is not None:
            urls.append(m["url"])
            ln.reason = "navigation"
        elif _BARE_DOMAIN_RE.match(s) and "." in s:
            urls.append(s)
            ln.reason = "navigation"
        elif (m := _PRINT_HEADER_RE.match(s)) is not None:
            ln.reason = "print_header"
    for ln in nonblank[-PRINT_FOOTER_ZONE:]:
        if ln.reason is None and (m := _PRINT_FOOTER_RE.match(ln.text[:600])) is not None:
            urls.append(m["url"])
            ln.reason = "print_footer"
        elif ln.reason is None and _FOOT_DOMAIN_RE.match(ln.text[:80]):
            urls.append(ln.text)  # "Rappler.com", "www.project-syndicate.org" at the foot
            ln.reason = "navigation"
    return urls


# a web clipper's Markdown export: YAML front matter between "---" lines, "# Title", "**Label:**
# value", "[text](url)", a line in *emphasis*
_FRONT_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,30})\s*:\s*(?P<value>.{0,500})$")
_FRONT_TITLE_KEYS = frozenset({"title", "headline"})
_FRONT_URL_KEYS = frozenset({"source", "url", "link", "original_url", "source_url"})
_FRONT_DATE_KEYS = frozenset({"published", "date_published", "date", "pubdate",
                              "published_at", "publish_date"})
FRONT_MATTER_MAX_LINES = 40
_MD_HEADING_RE = re.compile(r"^#{1,3}\s+(?P<t>\S.{0,200}?)\s*#*$")  # a heading, not "# hashtag ..."
_MD_BOLD_LABEL_RE = re.compile(r"^\*\*(?P<label>[^*]{1,40}?)\s*:?\*\*\s*:?\s*")
_MD_EMPHASIS_RE = re.compile(r"^(?P<m>\*{1,2}|_)(?P<t>[^*_].*?)(?P=m)$")
_MD_LINK_RE = re.compile(r"\[(?P<text>[^\]]{0,200})\]\((?P<url>https?://[^)\s]{3,500})\)")
_MD_LABELLED_URL_RE = re.compile(
    r"^(?:Source|URL|Link|Original|Read Original|Clipped from|Web)\s*:\s*"
    r"(?P<url>(?:https?://|www\.)\S{3,500})$", re.IGNORECASE
)
_MD_LINK_ONLY_RE = re.compile(r"^\[[^\]]{0,200}\]\(https?://[^)\s]{3,500}\)$")


def _mark_front_matter(
    nonblank: Sequence[_Line],
    title_cands: list[tuple[str, str, float, str]],
    stamps: list[StampMatch],
) -> list[str]:
    """A page saved by a Markdown web clipper (Obsidian, Omnivore, Notion, MarkDownload): its
    YAML front matter ("---" ... "---") is ``front_matter``, its "title:" the title
    (``front_matter_title``, 0.9), its "source:" / "url:" the page's address and its
    "published:" the publication date ("created:" / "date_saved:" are the copy's); a page whose
    first lines hold a "# Title" is Markdown: the heading is the title (``markdown_heading``,
    0.9), "**Label:** value" and "*emphasis*" lose their marks, a "[text](url)" keeps its text
    and gives the address, and "Source: URL" / "[Read Original](URL)" lines are
    ``navigation``. Other pages are not touched."""
    urls: list[str] = []
    front = nonblank[0].text == "---" if nonblank else False
    end = next((k for k in range(1, min(len(nonblank), FRONT_MATTER_MAX_LINES))
                if nonblank[k].text == "---"), None) if front else None
    if end is not None:
        block = nonblank[: end + 1]
        for k, ln in enumerate(block):
            ln.reason = "front_matter"
            m = _FRONT_FIELD_RE.match(ln.text)
            if m is None or k in (0, end):
                continue
            key, value = m["key"].lower(), m["value"].strip().strip("\"'")
            if value in ("|", ">", "|-", ">-") and k + 1 < end:
                value = block[k + 1].text.strip().strip("\"'")
            if not value:
                continue
            if key in _FRONT_TITLE_KEYS:
                title_cands.append((value, "front_matter_title", 0.9, ln.text[:300]))
            elif key in _FRONT_URL_KEYS and _URL_LINE_RE.match(value):
                urls.append(value)
            elif key in _FRONT_DATE_KEYS:
                st = match_stamp(f"Published: {value[:60]}")
                if st is not None:
                    stamps.append(StampMatch("published_stamp", st.candidates, ln.text[:300],
                                             st.confidence))
    rest = nonblank[end + 1 :] if end is not None else nonblank
    if end is None and not any(_MD_HEADING_RE.match(ln.text[:300]) for ln in rest[:3]):
        return urls
    for ln in rest:
        if ln.reason is not None:
            continue
        s = ln.text
        if (m := _MD_HEADING_RE.match(s[:300])) is not None:
            if not any(c[1] == "markdown_heading" for c in title_cands):
                title_cands.append((m["t"], "markdown_heading", 0.9, s[:300]))
            ln.text = m["t"]
            continue
        if (m := _MD_LABELLED_URL_RE.match(s[:520])) is not None or _MD_LINK_ONLY_RE.match(s):
            urls += [m["url"]] if m else [u["url"] for u in _MD_LINK_RE.finditer(s)]
            ln.reason = "navigation"
            continue
        if "[" in s and "](" in s:
            urls += [u["url"] for u in _MD_LINK_RE.finditer(s[:2000])]
            s = _MD_LINK_RE.sub(lambda u: u["text"], s)
        bold = _MD_BOLD_LABEL_RE.match(s)
        s = _MD_BOLD_LABEL_RE.sub(lambda b: b["label"] + ": ", s, count=1)
        if bold is not None and bold["label"] in _DOC_OUTLET_LABELS:
            ln.reason = "doc_field"  # "**Outlet:** Taipei Times": read by _page_name_signals
        if (m := _MD_EMPHASIS_RE.match(s)) is not None:
            s = m["t"]
        ln.text = s.strip()
    return urls


# the labelled fields of a database export or a clipping ("HEADLINE: ...", "LOAD-DATE: ...",
# "Source: The Express Tribune"); "Date:" / "Published:" stay publication stamps
_DOC_FIELD_RE = re.compile(
    r"^(?P<label>HEADLINE|BYLINE|SECTION|LENGTH|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|"
    r"DOCUMENT-TYPE|GRAPHIC|DATELINE|HIGHLIGHT|JOURNAL-CODE|Headline|Byline|Section|Length|"
    r"Source|Publication|Outlet|Word count|Words)\s*:\s*(?P<value>.{0,300})$"
)
_DOC_TITLE_LABELS = frozenset({"HEADLINE", "Headline"})
_DOC_OUTLET_LABELS = frozenset({"Source", "Publication", "Outlet"})
DOC_FIELDS_MIN = 2
_SOURCE_CODE_RE = re.compile(r"^[A-Z0-9]{4,10}$")
_LANGUAGE_NAMES = frozenset({"English", "Arabic", "French", "German", "Spanish", "Russian",
                             "Chinese", "Japanese", "Persian", "Turkish", "Hebrew"})


def _mark_document_fields(
    nonblank: Sequence[_Line], title_cands: list[tuple[str, str, float, str]]
) -> None:
    """The labelled fields of a LexisNexis export or a clipping: when a page has two or more
    field lines, they are ``doc_field``; "HEADLINE:" / "Headline:" is the title (``doc_title``,
    0.85). The outlet a "Source:" field names is read by :func:`_page_name_signals`. A date
    field other than the publication's ("LOAD-DATE: November 6, 2024") is not a stamp."""
    found = [(ln, m) for ln in nonblank if ln.reason is None and ":" in ln.text[:30]
             and (m := _DOC_FIELD_RE.match(ln.text[:340])) is not None]
    for k, ln in enumerate(nonblank[:HEADER_LABEL_ZONE]):  # Factiva: "412 words", date, source
        if _WORDS_LINE_RE.match(ln.text):
            for nxt in nonblank[k + 3 : k + 5]:  # the source's code ("BKKPST") and language
                if _SOURCE_CODE_RE.match(nxt.text) or nxt.text in _LANGUAGE_NAMES:
                    nxt.reason = "doc_field"
            break
    if len(found) < DOC_FIELDS_MIN:
        return
    for ln, m in found:
        ln.reason = "doc_field"
        if m["label"] in _DOC_TITLE_LABELS and m["value"].strip():
            title_cands.append((m["value"].strip(), "doc_title", 0.85, ln.text))


# reader appeals and newsletter footers recognised by a phrase anywhere in a short line ("We
# need your help. ... depends on readers like you.", "The Diplomat Brief is a weekly newsletter
# from The Diplomat."); substring tests, so no regex scans every story line for them
_APPEAL_PHRASES = ("readers like you", "please consider supporting", "please consider donating",
                   "please consider subscribing", "please consider making a donation",
                   "please consider making a contribution", "good journalism costs")
_NEWSLETTER_FROM_LINE_RE = re.compile(
    r"\bis an? (?:weekly|daily|monthly|free|fortnightly) newsletter (?:from|by)\b", re.IGNORECASE
)


# a name with its role ("Tahir Amin | Staff Reporter", "Richard Spencer, Middle East
# Correspondent", "KENJI KAWASE, Nikkei staff writer", "Political Editor")
_ROLE_ENDINGS = ("writer", "writers", "correspondent", "correspondents", "editor", "editors",
                 "reporter", "reporters", "columnist", "bureau chief")
_ROLE_BYLINE_RE = re.compile(r"^(?:by\s+)?[\w'’.\- ,|]{2,90}$", re.IGNORECASE)
ROLE_BYLINE_MAX_WORDS = 9


def _phrase_furniture(s: str) -> str | None:
    low = s.casefold()
    if ("consider" in low or "readers like" in low or "journalism costs" in low) and any(
        p in low for p in _APPEAL_PHRASES
    ):
        return "footer"
    if "newsletter" in low and _NEWSLETTER_FROM_LINE_RE.search(s):
        return "newsletter"
    if (
        low.endswith(_ROLE_ENDINGS) and len(s) <= 90 and " " in s
        and _word_count(s) <= ROLE_BYLINE_MAX_WORDS and _ROLE_BYLINE_RE.match(s)
    ):
        return "byline"
    return None


EMAIL_SENT_CONFIDENCE = 0.4  # below every stamp the page itself prints


def _email_sent_stamps(nonblank: Sequence[_Line]) -> list[StampMatch]:
    """``email_sent_date`` (0.4): the day an e-mail carrying the page was sent ("Date: Tue,
    Feb 11, 2025 at 7:02 AM"), used only when the page prints no date of its own (a memo-style
    press release; a forward is often sent the day after the article)."""
    out: list[StampMatch] = []
    for ln in nonblank[:TRANSPORT_ZONE]:
        if ln.reason == "email_header" and ln.text.startswith(("Date:", "Sent:")):
            st = match_stamp("Date:" + ln.text.split(":", 1)[1], near_edge=True)
            if st is not None:
                out.append(StampMatch("email_sent_date", st.candidates, ln.text[:300],
                                      EMAIL_SENT_CONFIDENCE))
            break
    return out


HEADER_ZONE_MAX = 40  # a page's header (menus, labels, bylines) is never longer than this


def _header_zone(nonblank: Sequence[_Line]) -> set[int]:
    """Lines above the first story sentence (at most ``HEADER_ZONE_MAX``): a stamp there is a
    stamp even under a long menu (the first ten lines are always looked at)."""
    out: set[int] = set()
    for ln in nonblank[:HEADER_ZONE_MAX]:
        if ln.reason is None and _story_like(ln.text):
            break
        out.add(ln.no)
    return out


# the last row list and its combined regex, read and replaced whole (safe across threads)
_MATCHER_LAST: list[tuple[Sequence[FurniturePattern], re.Pattern[str] | None]] = []


class _FurnitureMatcher:
    """The reason of the first furniture row a line matches, remembered per line text (the page
    top is looked at before pass 1, which asks again)."""

    def __init__(self, furniture: Sequence[FurniturePattern]) -> None:
        self.rows = furniture
        last = _MATCHER_LAST[0] if _MATCHER_LAST else None
        if last is not None and last[0] is furniture:  # the cached rows of the reference CSV
            self.any = last[1]
        else:
            self.any = _any_furniture(tuple(f.pattern.pattern for f in furniture))
            _MATCHER_LAST[:] = [(furniture, self.any)]
        self.seen: dict[str, str | None] = {}

    def reason(self, s: str) -> str | None:
        if len(s) > MAX_FURNITURE_LINE:
            return None
        if s in self.seen:
            return self.seen[s]
        hit = None
        if self.any is None or self.any.fullmatch(s):
            hit = next((f.reason for f in self.rows if f.pattern.fullmatch(s)), None)
        self.seen[s] = hit
        return hit


def _page_top(
    lead: Sequence[_Line], furniture: _FurnitureMatcher, sigs: Sequence[OutletSignature]
) -> list[_Line]:
    """The page from its masthead: the lead lines without the ones already marked (e-mail,
    cache headers) and without furniture ("Skip to main content", "Sign in", "Home")."""
    out: list[_Line] = []
    for k, ln in enumerate(lead):
        if k >= HEADER_LABEL_ZONE:
            out.extend(lead[k:])
            break
        s = ln.text
        if (ln.reason is None and k < 2 and len(s) <= AGGREGATOR_MAX_LEN
                and _fold(s) in _AGGREGATORS):
            ln.reason = "aggregator_banner"  # "Yahoo News", "MSN" over a partner's story
        if ln.reason is not None or (
            furniture.reason(s) is not None and banner_line_outlet(s, sigs) is None
        ):
            continue
        out.append(ln)
    return out


# sites that show other outlets' stories under their own banner (round 5): the outlet is the
# partner named over the headline ("Yahoo News" / "The Hill" / headline)
AGGREGATOR_MAX_LEN = 20
_AGGREGATORS = frozenset({"yahoo news", "yahoo", "yahoo finance", "msn", "google news",
                          "apple news", "flipboard", "newsbreak", "smartnews", "aol",
                          "microsoft start", "ground news", "inkl", "pressreader"})


def _ends_sentence(s: str) -> bool:
    return bool(_SENTENCE_END_RE.search(s[-12:]))


def _norm(s: str) -> str:
    """Comparison key: casefold, plain quotes, single spaces, no trailing punctuation/credit."""
    s = s[:2000].translate(_QUOTE_NORMALISE)
    s = _CREDIT_TAIL_RE.sub("", s)
    s = " ".join(s.split()).casefold()
    return s.rstrip(" .!?…:;,-–—")


def _word_count(s: str, cap: int = 200) -> int:
    return len(s[: cap * 20].split())


def _starts_upper(s: str) -> bool:
    for ch in s[:3]:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return True
        if ch not in "\"'“‘«(¿¡":
            return False
    return False


def _caption_like(s: str) -> bool:
    return (
        0 < _word_count(s) <= 45
        and len(s) <= 350
        and not _INTERNAL_BREAK_RE.search(s)
        and parse_lede_dateline(s) is None
        and s[:1] not in "\"“”'‘"
    )


# a quoted sentence closing inside the line: a pull quote with its speaker, never a crosshead
_QUOTED_SENTENCE_RE = re.compile(r"[.!?…][\"”’»]\s*[-–—,]?\s*\S")
# a headline never ends on a function word ("Sana'a" ends on a place name, not on "a")
_DANGLING_RE = re.compile(
    r"(?:^|\s)(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|that|which|who)$",
    re.IGNORECASE,
)


# a breadcrumb or menu row ("World | Middle East", "News > Politics"): short parts, no headline
_CRUMB_SPLIT_RE = re.compile(r"\s+[|>»›]\s+")


def _breadcrumb(s: str) -> bool:
    parts = _CRUMB_SPLIT_RE.split(s[:200])
    return len(parts) > 1 and all(1 <= _word_count(p) <= 3 for p in parts)


def _headline_like(s: str, latin_article: bool) -> bool:
    n = _word_count(s)
    return (
        3 <= n <= 25
        and not _breadcrumb(s)
        and not _DANGLING_RE.search(s[-12:])
        and len(s) <= 200
        and not s.endswith((".", ":", ",", ";"))
        and _starts_upper(s)
        and not _INTERNAL_BREAK_RE.search(s)
        and not (latin_article and non_latin_share(s) > 0.3)
        and parse_byline_line(s) is None
    )


def _story_like(s: str) -> bool:
    n = _word_count(s)
    if n >= 12 and _ends_sentence(s):
        return True
    return n >= 8 and parse_lede_dateline(s) is not None


def _subheading_like(s: str) -> bool:
    return (
        1 <= _word_count(s) <= 12
        and len(s) <= 90
        and not _DANGLING_RE.search(s[-12:])
        and not _ends_sentence(s)
        and not s.endswith((",", ":", ";", "-", "–", "—"))
        and _starts_upper(s)
        and not _INTERNAL_BREAK_RE.search(s)
        and not _PRONOUN_OR_VERB_RE.search(s)
        and not any(c.isdigit() for c in s)  # "Sales 1.88 billion vs 1.78 billion" is a table row
        and not _QUOTED_SENTENCE_RE.search(s)  # '"Silence is complicity." — Queen Rania'
    )


@dataclass
class _Line:
    no: int
    text: str  # control characters removed, stripped
    reason: str | None = None
    cut: int = 0
    cut_reason: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def live(self) -> bool:
        return bool(self.text) and self.reason is None

    @property
    def effective(self) -> str:
        return self.text[self.cut :].strip() if self.cut else self.text


# --- the cleaner --------------------------------------------------------------------------------


def clean_article(
    raw_text: str,
    metadata: Mapping[str, str | None] | None = None,
    *,
    outlet_signatures: Sequence[OutletSignature] | None = None,
    furniture_patterns: Sequence[FurniturePattern] | None = None,
) -> CleanedArticle:
    """Clean one article and collect its signals (see the module docstring for every rule).

    ``metadata`` may hold ``title``, ``source``, ``url`` and ``published_at``; they become the
    best-ranked signals. ``outlet_signatures`` / ``furniture_patterns`` default to the reference
    CSVs in ``seeds/reference``.
    """
    text = _coerce_text(raw_text)
    meta: Mapping[str, str | None] = metadata if isinstance(metadata, Mapping) else {}
    try:
        sigs = (
            list(outlet_signatures) if outlet_signatures is not None
            else default_outlet_signatures()
        )
        furniture = (
            list(furniture_patterns) if furniture_patterns is not None
            else _load_furniture_cached(str(DEFAULT_FURNITURE_PATTERNS))
        )
        cleaned = _clean(text, meta, sigs, furniture)
        if not cleaned.body_text.strip() and text.strip():
            # Everything looked like furniture (e.g. a one-line item taken for a headline): the
            # document is its own story, so keep every line rather than publish an empty body.
            kept = _fallback(text)
            return CleanedArticle(kept.body_text, [], cleaned.signals, kept.language,
                                  kept.language_score)
        return cleaned
    except Exception:  # the pipeline must never stop on one odd article
        logger.exception("article cleaning failed; falling back to whitespace-only cleaning")
        return _fallback(text)


def _coerce_text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bytes | bytearray):
        return bytes(raw).decode("utf-8", errors="replace")
    return raw if isinstance(raw, str) else str(raw)


def _fallback(text: str) -> CleanedArticle:
    lines = [_CONTROL_RE.sub("", ln).strip() for ln in text.splitlines()]
    body = "\n\n".join(ln for ln in lines if ln)
    lang, score = detect_language(body)
    return CleanedArticle(body, [], [], lang, score)


def _clean(
    text: str,
    meta: Mapping[str, str | None],
    sigs: Sequence[OutletSignature],
    furniture: Sequence[FurniturePattern],
) -> CleanedArticle:
    lines = [_Line(i, _CONTROL_RE.sub("", ln).strip()) for i, ln in enumerate(text.splitlines())]
    nonblank = [ln for ln in lines if not ln.blank]
    script, _ = dominant_script("\n".join(ln.text[:2000] for ln in nonblank[:500]))
    latin_article = script in (None, "latin")

    stamps: list[StampMatch] = []
    byline: tuple[str, str | None, str] | None = None
    title_cands: list[tuple[str, str, float, str]] = []  # (title, rule, confidence, evidence)
    own_urls = _mark_front_matter(nonblank, title_cands, stamps)  # a clipper's Markdown export
    own_urls += _mark_transport_lines(nonblank, title_cands)  # e-mail, feed, cache, archive
    header_ids = _header_zone(nonblank)
    edge_ids = {ln.no for ln in nonblank[:10]} | {ln.no for ln in nonblank[-5:]} | header_ids
    byline_ids = {ln.no for ln in nonblank[:15]} | {ln.no for ln in nonblank[-5:]}
    matcher = _FurnitureMatcher(furniture)
    lead = _page_top(_lead_lines(nonblank, latin_article), matcher, sigs)
    masthead_ids = {ln.no for ln in lead[:2]}
    masthead = _masthead(lead, latin_article, sigs)
    banners: list[tuple[str, str]] = []  # (outlet, line) of lines that are an outlet's name

    url_lines = [
        ln.text for ln in nonblank
        if ln.no in edge_ids and ln.reason is None and _URL_LINE_RE.fullmatch(ln.text[:500])
    ] + own_urls
    stamps += _url_line_stamps(url_lines)
    stamps += _email_sent_stamps(nonblank)

    # Pass 1: line-local furniture.
    for ln in nonblank:
        if ln.reason is not None:  # e-mail headers, feed fields, cache and archive headers
            continue
        s = ln.text
        st = match_stamp(s, near_edge=ln.no in edge_ids)
        if st is not None:
            stamps.append(st)
            if st.prefix_end is None:
                ln.reason = "publication_stamp"
                continue
            ln.cut, ln.cut_reason = st.prefix_end, "publication_stamp"
            s = ln.effective
        elif ln.no in header_ids and event_heading(s):  # "EU-China Summit, 24 July 2025, Beijing"
            ln.reason = "event_heading"
            continue
        elif ln.no in edge_ids and other_date_label(s):  # "Event date: 20 May 2025", "Clipped:"
            ln.reason = "other_date_label"
            continue
        if latin_article and _word_count(s) <= 20 and non_latin_share(s) >= 0.6:
            ln.reason = "widget_non_english"
            continue
        if masthead is not None and ln.no in masthead[0]:
            ln.reason = "outlet_banner"
            continue
        if ln.no in masthead_ids:
            outlet = banner_line_outlet(s, sigs)
            if outlet is not None:  # "Anadolu Agency" heading the page: the outlet, not a credit
                ln.reason = "outlet_banner"
                banners.append((outlet, s))
                continue
        hit = matcher.reason(s)
        if hit:
            ln.reason = hit
            continue
        if len(s) <= MAX_FURNITURE_LINE and (phrase := _phrase_furniture(s)) is not None:
            ln.reason = phrase
            continue
        if not any(c.isalnum() for c in s[:2000]):
            ln.reason = "separator"
            continue
        if len(s) <= 60 and s[:1] in _PAGE_META_FIRST and _page_meta(s):
            ln.reason = "page_meta"  # "1 of 18", "18 photos", "3 min read", "9–11 minutes"
            continue
        if s[:1] == "<" and _MARKUP_LINE_RE.fullmatch(s[:400]) and _word_count(
            _TAG_RE.sub(" ", s)
        ) <= MARKUP_MAX_WORDS:
            ln.reason = "markup"
            continue
        if ln.no in byline_ids:
            parsed = parse_byline_line(s)
            if parsed is not None:
                ln.reason = "byline"
                if byline is None:
                    byline = (parsed[0], parsed[1], s)
                continue
        outlet = banner_line_outlet(s, sigs)
        if outlet is not None:
            ln.reason = "outlet_banner"
            banners.append((outlet, s))

    # Confirmed titles (metadata, comment widgets quoting the headline, feed title fields).
    meta_title = _meta_str(meta, "title")
    if meta_title:
        title_cands.append((meta_title, "metadata", 1.0, f"title={meta_title}"))
    for ln in nonblank:
        for rx in _TITLE_ECHO_RES:
            m = rx.match(ln.text[:400])
            if m:
                title_cands.append((m["t"].strip(), "talkback_reference", 0.95, ln.text))
                break
    protected = {_norm(t) for t, *_ in title_cands}

    _mark_link_boxes(lines)
    _mark_running_heads(lines)

    # Pass 2: captions next to credits and credit-tailed captions.
    _mark_captions(lines, protected)

    # Header: everything before the first story-like line.
    header_end = next(
        (ln.no for ln in lines if ln.live and _story_like(ln.effective)
         and not _THIS_ARTICLE_RE.search(ln.effective[:300])),  # an AI summary's note
        len(lines),
    )
    header = [ln for ln in lines[:header_end] if ln.live]
    header = _mark_page_title_lines(header)
    _mark_author_bios(lines, header_end)

    # Title from the text.
    counts: dict[str, int] = {}
    for ln in header:
        k = _norm(ln.text)
        counts[k] = counts.get(k, 0) + 1
    lede_lines = [ln for ln in lines[header_end : header_end + 4] if ln.live]
    hard_wrapped = _is_hard_wrapped(lines)
    header = [ln for ln in header if not _continues_on_next_line(lines, ln, hard_wrapped)]
    for ln in header:
        if not _headline_like(ln.text, latin_article):
            continue
        glued = any(_glued_prefix_len(ln.text, ld.effective) for ld in lede_lines)
        if counts[_norm(ln.text)] >= 2 or glued:
            title_cands.append((ln.text, "repeated_headline_line", 0.9, ln.text))
            break
    stamped = next(
        (ln for ln in header
         if ln.cut_reason == "publication_stamp" and _headline_like(ln.effective, latin_article)),
        None,
    )
    if stamped is not None:  # "No: 312, 21 November 2026, Press Release Regarding the Visit ..."
        title_cands.append((stamped.effective, "stamped_headline_line", 0.8, stamped.text))
    aired = next((m for ln in header[:HEADER_LABEL_ZONE]
                  if (m := _AIRED_TITLE_RE.match(ln.text[:300]))), None)
    if aired is not None:  # "Biden Meets Netanyahu at White House. Aired 10-11a ET"
        title_cands.append((aired["t"], "transcript_title", 0.75, aired.group(0)))
    headlines = [ln for ln in header if _headline_like(ln.text, latin_article)]
    if len(headlines) > 1 and _INSTITUTION_RE.match(headlines[0].text):
        headlines = headlines[1:]  # the issuing ministry's name above a press release's headline
    first = (_lede_headline(headlines, lede_lines) if not _meta_str(meta, "title")
             else (headlines[0] if headlines else None))
    if first is not None:
        title_cands.append((first.text, "first_headline_line", 0.7, first.text))

    title_keys = _title_keys(title_cands)
    _mark_titles(lines, title_keys, header_end)
    if title_cands:
        best_title = max(title_cands, key=lambda c: c[2])[0]
        for ld in [ln for ln in lines[header_end : header_end + 4] if ln.live]:
            n = _glued_prefix_len(best_title, ld.effective)
            if n and not ld.cut:
                ld.cut, ld.cut_reason = n, "headline_prefix"
                break

    if title_cands:
        _mark_header_labels(lines, header_end, _norm(max(title_cands, key=lambda c: c[2])[0]))

    # Pass 3: duplicates, crossheads, closing labels, blank runs.
    _mark_duplicates(lines, header_end)
    _mark_closing_labels(lines, header_end)
    _mark_tail_furniture(lines, header_end)
    if not hard_wrapped:
        _mark_subheadings(lines, header_end)
    for i, ln in enumerate(lines):
        if ln.blank and (i == 0 or lines[i - 1].blank):
            ln.reason = "blank_run"

    body_text = _assemble(lines, hard_wrapped)
    removed = _removed_lines(lines)

    # Signals.
    signals: list[ArticleSignal] = []
    seen_titles: set[tuple[str, str]] = set()
    for t, rule, conf, ev in title_cands:
        if (t, rule) not in seen_titles:
            seen_titles.add((t, rule))
            signals.append(ArticleSignal("title", t, rule, ev[:500], 0, conf))
    signals += source_signals_from_metadata(meta, sigs)
    signals += _url_line_sources(url_lines, sigs)
    for outlet, line in banners[:1]:
        signals.append(ArticleSignal("source", outlet, "banner_outlet_name", line, 0, 0.85))
    signals += _page_name_signals(lines, lead, masthead, url_lines, sigs)
    excluded = {ln.no for ln in lines if ln.reason in _CAPTION_EXCLUDED}
    signals += source_signals_from_text(
        [ln.text for ln in lines], sigs, excluded=excluded, byline=byline[0] if byline else None
    )
    if byline is not None:
        signals.append(ArticleSignal("byline", byline[0], "byline_line", byline[2], 0, 0.9))
        if byline[1]:
            signals.append(
                ArticleSignal("dateline", byline[1], "name_dash_city_line", byline[2], 0, 0.9)
            )
    story = [ln for ln in lines[header_end:] if ln.live][:3]
    agency = next(
        ((a, ln.effective) for ln in story if (a := parse_wire_agency(ln.effective))), None
    ) or next(
        ((a, ln.text) for ln in lines
         if ln.reason == "wire_credit" and (a := parse_wire_agency(ln.text))), None
    )
    if agency is not None:
        signals.append(ArticleSignal("wire_agency", agency[0], "wire_dateline_or_credit",
                                     agency[1][:200], 0, 0.8))
    for ln in story:
        place = parse_lede_dateline(ln.effective)
        if place:
            signals.append(
                ArticleSignal("dateline", place, "lede_dateline_prefix", ln.effective[:200], 0,
                              0.8)
            )
            break
    page_year = copyright_year(ln.text for ln in lines if ln.reason == "footer")
    signals += publication_date_signals(stamps, body_text, meta, page_year=page_year)
    language, score = detect_language(body_text or "\n".join(ln.text for ln in nonblank))
    signals.append(
        ArticleSignal("language", language, "script_and_stopwords",
                      f"script={script or 'none'}", 0, score)
    )
    return CleanedArticle(body_text, removed, rank_signals(signals), language, score)


# Masthead of an outlet the signature table does not know ("Shafaq News", "The Peninsula",
# "Ahram Online", "INA" over "Iraqi News Agency"): see :func:`_masthead`.
_OUTLET_WORDS = frozenset(str.split(
    """news agency times post daily herald tribune gazette journal today monitor observer review
    chronicle press tv network online express star mail telegraph independent guardian national
    nation peninsula standard globe courier reporter weekly magazine english radio channel media
    insider eye voice dispatch gazeta gazette zeitung brief newsletter digest bulletin gate
    portal insight"""
))
_GENERIC_WORDS = frozenset(str.split(
    """breaking latest world top local national international business sports sport live regional
    more related tech health economy politics opinion science entertainment today's middle east
    """
))
_CAMEL_OUTLET_RE = re.compile(
    r"^[A-Z][a-z]+(?:News|Times|Post|Daily|Press|TV|Online)$"
    r"|^[A-Z]{2,4}(?i:observer|monitor|insider|news|times|post|wire)$"  # "EUobserver"
)
_ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
_DOMAIN_OUTLET_RE = re.compile(r"^[A-Z][A-Za-z0-9-]{2,30}\.(?:media|news|com|net|org|info|tv)$")
_AGENCY_WORD_RE = re.compile(r"^[A-Z][a-z]{2,9}$")  # "Petra": a masthead only when credited
_OUTLET_TAILS = frozenset({"information service", "news service", "press service",
                           "broadcasting corporation", "media group"})
_MASTHEAD_PARTICLES = frozenset({"of", "the", "al", "el", "de", "la", "and", "&"})
MASTHEAD_MAX_WORDS = 5
_ROLE_TAILS = frozenset({"desk", "staff", "team", "bureau", "reporter", "reporters",
                         "correspondent", "correspondents", "writer", "writers", "editor",
                         "editors"})
LEAD_MENU_MAX_LINES = 6  # menu lines in another script looked past at the top of a page


def _masthead_name(s: str) -> str | None:
    """The outlet name when a line reads as a masthead: at most five capitalised words, no
    final punctuation, ending with an outlet word ("News", "Times", "Gazette", "Online", ...)
    or holding one within three words ("Daily News Egypt"), or one CamelCase name ("AzerNews");
    "MENAFN - Trend News Agency" gives its first part. Section labels made only of generic
    words ("Breaking News", "World News") are not mastheads."""
    s = re.split(r"\s+[-–—|]\s+", s, maxsplit=1)[0].strip()
    if s.endswith(".") and s.count(".") == 1 and s[:-1].isupper():
        s = s[:-1]  # "THE WALL STREET JOURNAL."
    if ", " in s:  # "MercoPress, South Atlantic News Agency": the name before its tagline
        first, rest = s.split(", ", 1)
        if _OUTLET_WORDS & {w.casefold() for w in rest.split()} and len(rest.split()) <= 5:
            head = _masthead_name(first)
            if head is not None:
                return head
    words = s.split()
    if not (1 <= len(words) <= MASTHEAD_MAX_WORDS) or len(s) > 40 or s[-1:] in ".:;,?!":
        return None
    if any(not (w[:1].isupper() or w.casefold() in _MASTHEAD_PARTICLES) for w in words):
        return None
    if len(words) == 1:
        return s if (_CAMEL_OUTLET_RE.match(s) or _ACRONYM_RE.match(s)
                     or _DOMAIN_OUTLET_RE.match(s) or _AGENCY_WORD_RE.match(s)) else None
    folded = [w.casefold() for w in words]
    if folded[-1] in _ROLE_TAILS:  # "TOI News Desk", "Web Desk": a byline, not a masthead
        return None
    if all(w in _GENERIC_WORDS or w in _OUTLET_WORDS for w in folded[:-1]) and (
        folded[0] in _GENERIC_WORDS
    ):
        return None
    if folded[-1] in _OUTLET_WORDS or (len(words) <= 3 and _OUTLET_WORDS & set(folded)):
        return s
    if len(words) >= 3 and folded[-2] == "of" and folded[-3] in _OUTLET_WORDS:
        return s  # "The Times of India", "Times of Malta"
    if " ".join(folded[-2:]) in _OUTLET_TAILS:  # "Egypt State Information Service"
        return s
    return None


def _acronym_credited(acronym: str, lines: Sequence[_Line]) -> bool:
    """An agency acronym standing alone is a masthead only when the page credits it next to a
    dateline ("Baghdad - INA", "Damascus, SANA- ", "Manama, Jan. 9 (BNA):"); a section label
    such as "NATO" or "OPEC" is not."""
    a = re.escape(acronym)
    if not _ACRONYM_RE.match(acronym):  # "Petra": only "Amman, Aug 17 (Petra) --" credits it
        paren = re.compile(rf"^[A-Z][\w .,'’-]{{1,40}}?\({a}\)\s*(?:--|[-–—:])")
        return any(paren.match(ln.text[:120]) for ln in lines)
    rx = re.compile(
        rf"^(?:{a}\s*[-–—:/]|[A-Z][\w .,'’-]{{1,40}}?(?:\({a}\)|[,\-–—]\s*{a}\b))"
    )
    return any(rx.match(ln.text[:120]) for ln in lines)


def _spells_out(acronym: str, line: str) -> bool:
    """True when ``line`` is a masthead whose capitalised words' initials are ``acronym``
    ("ISNA" over "Iranian Students' News Agency")."""
    if _masthead_name(line) is None:
        return False
    initials = "".join(
        w[0] for w in line.split() if w.casefold() not in _MASTHEAD_PARTICLES and w[:1].isupper()
    )
    return initials == acronym


def _lead_lines(nonblank: Sequence[_Line], latin_article: bool) -> Sequence[_Line]:
    """The page from its first Latin-script line: a menu in another script above an English
    masthead ("الرئيسية" / "صفحه اصلی" over "Al Mayadeen English") is not the page's top."""
    if not latin_article:
        return nonblank
    for k, ln in enumerate(nonblank[:LEAD_MENU_MAX_LINES + 1]):
        if non_latin_share(ln.text) < 0.6 or _word_count(ln.text) > 20:
            return nonblank[k:]
    return nonblank


def _masthead(
    nonblank: Sequence[_Line], latin_article: bool, sigs: Sequence[OutletSignature]
) -> tuple[set[int], str, str] | None:
    """(line numbers, outlet name, evidence) of the masthead of an unknown outlet: the first one
    or two non-blank lines read as mastheads (:func:`_masthead_name`), none of them a known
    outlet's banner, and a headline-like line among the next two lines (a page header, not a
    story that starts with a capitalised phrase). Of two masthead lines ("INA" over "Iraqi News
    Agency"), the spelled-out name is the outlet. Rule ``masthead_line`` (0.6)."""
    if not latin_article or len(nonblank) < 3:
        return None
    found: list[tuple[_Line, str]] = []
    for k, ln in enumerate(nonblank[:2]):
        if banner_line_outlet(ln.text, sigs) is not None:
            return None
        name = _masthead_name(ln.text)
        if name is None:
            break
        if (
            (_ACRONYM_RE.match(ln.text) or _AGENCY_WORD_RE.match(ln.text))
            and not _acronym_credited(name, nonblank[1:12])
            and not (k == 0 and _spells_out(name, nonblank[1].text))
        ):
            break
        found.append((ln, name))
    if not found:
        return None
    if not _headline_follows(nonblank[len(found) : len(found) + MASTHEAD_LOOKAHEAD],
                             latin_article):
        return None
    spelled = [name for _, name in found
               if not (_ACRONYM_RE.match(name) or _AGENCY_WORD_RE.match(name))]
    name = spelled[0] if spelled else found[0][1]
    return {ln.no for ln, _ in found}, name, " / ".join(ln.text for ln, _ in found)[:300]


MASTHEAD_LOOKAHEAD = 7  # lines after a masthead looked at for the headline


def _headline_follows(after: Sequence[_Line], latin_article: bool) -> bool:
    """A headline among the lines after a masthead, looking past section labels ("China",
    "Diplomacy", "SE Asia"), page buttons and date stamps; the first other line decides."""
    for ln in after:
        s = ln.text
        if _headline_like(s, latin_article):
            return True
        if _label_like(s, 3) or _breadcrumb(s) or match_stamp(s, near_edge=True) is not None:
            continue
        return False
    return False


_PARTICLES_LOWER = frozenset({"of", "and", "&", "de", "la", "le", "du", "des", "al", "el"})


def _display_name(name: str) -> str:
    """An outlet name as a reader writes it: a masthead of several words in capitals ("THE
    TIMES", "KYODO NEWS", "EL PAÍS") or in lower case ("africanews") in title case; one word in
    capitals ("MENAFN"), words of up to three letters ("ABC News") and mixed-case names
    ("MercoPress") as printed."""
    name = name.strip().rstrip(".")
    letters = [c for c in name if c.isalpha()]
    if not letters or not (name.isupper() or name.islower()):
        return name
    if name.isupper() and " " not in name:
        return name  # one word in capitals is an acronym: "SCMP", "MENAFN"
    words = []
    for k, w in enumerate(name.split()):
        low = w.casefold()
        if k > 0 and low in _PARTICLES_LOWER:
            words.append(low)
        elif w.isupper() and len(w) <= 3 and low not in {"the", "der", "die", "das", "el",
                                                          "la", "le", "al"}:
            words.append(w)
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


# --- the outlet of a page the signature table does not know (round 4) -------------------------

_NAME_WORD_RE = re.compile(r"^[^\W\d_][\w'’&.\-]*$")
_COPYRIGHT_NAME_RE = re.compile(
    r"^(?:©|\(c\)|copyrights?)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?"
    r"\s*,?\s*)?(?P<name>[^\W\d_][\w'’&.\- ]{1,60}?)\s*(?:,?\s*(?:19|20)\d{2})?"
    r"\s*(?:[-–|.,]?\s*all rights reserved\.?)?\s*\.?$",
    re.IGNORECASE,
)
_CORPORATE_SUFFIX_RE = re.compile(
    r"[\s,]+(?:ltd|limited|inc|llc|plc|dac|gmbh|s\.?a|ag|pty(?:\.? ltd)?|corp|co|pcl|bhd|berhad|"
    r"tbk|k\.?k|nv|bv|spa|srl|asa|ab)\.?$",
    re.IGNORECASE,
)
# a publisher's company is not its paper ("SPH Media Limited", "Times Media Ltd")
_COMPANY_WORDS = frozenset({"media", "group", "holdings", "publishing", "publications",
                            "newspapers", "company", "enterprises", "corporation", "rights",
                            "reserved", "network", "ventures", "partners", "trust"})
_NEWSLETTER_FROM_RE = re.compile(
    r"\bnewsletter (?:from|by) (?P<name>(?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})"
)
_BYLINE_FOR_RE = re.compile(
    r",\s*(?:[\w'’-]+\s+){0,4}(?:for|FOR)\s+(?P<name>(?:THE\s+|The\s+)?[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$"
)
_FEED_CHANNEL_RE = re.compile(r"^Channel\s*:\s*(?P<name>[^|–—]{2,60}?)(?:\s+[-–—|]\s+.*)?$")
_NAME_PART_SPLIT_RE = re.compile(r"\s+[-–—|]\s+|\s*[:,]\s+|\s*\(|\)")
_CONFIRMING_REASONS = frozenset({
    "footer", "newsletter", "byline", "navigation", "paywall", "wire_credit", "outlet_banner",
    "header_label", "section_label", "social_share", "advertisement", "related_links",
    "tail_furniture", "header_widget", "publication_stamp", "outlet_bio", "author_bio",
})
COPYRIGHT_ZONE = 5  # copyright lines are looked for among the last non-blank lines


def _fold(s: str) -> str:
    """Casefolded, accents stripped, single spaces: "EL PAÍS" and "El Pais" compare equal."""
    decomposed = unicodedata.normalize("NFKD", s[:300].casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _squash(s: str) -> str:
    return "".join(c for c in _fold(s) if c.isalnum())


def _name_like(s: str) -> bool:
    """A short name line: one to four words, no digit, each capitalised (or one lower-case
    word, "africanews."), not only generic section words ("Politics", "World News")."""
    s = s.strip().rstrip(".") if s.count(".") == 1 and s.endswith(".") else s.strip()
    words = s.split()
    if not (1 <= len(words) <= 4) or len(s) > 40 or any(c.isdigit() for c in s):
        return False
    if not all(_NAME_WORD_RE.match(w) for w in words):
        return False
    if not (all(w[:1].isupper() or w.casefold() in _MASTHEAD_PARTICLES for w in words)
            or (len(words) == 1 and s.islower())):
        return False
    return not all(w.casefold() in _GENERIC_WORDS or w.casefold() in {"home", "news", "menu"}
                   for w in words)


def _named_elsewhere(name: str, lines: Sequence[_Line], own: int) -> bool:
    """True when a page's furniture names ``name`` again: a copyright line ("© 2024 Stuff
    Limited"), a support or source line ("Support Meduza", "Source: Meduza"), a newsletter
    pitch ("Thanks for reading The Levant Brief!"), a byline ("By Nick Alipour | Euractiv"),
    "Le Monde with AFP". Story sentences and titles do not count. For a name of several words,
    its first word in a copyright line counts ("Nikkei Asia", "Copyright © 2024 Nikkei Inc.").
    Only removed furniture counts: a story line or a crosshead ("Criteria 1") never does."""
    key = _fold(name.strip().rstrip("."))
    first = key.split()[0] if " " in key else ""
    rx = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    rx_first = (re.compile(rf"(?<!\w){re.escape(first)}(?!\w)")
                if len(first) >= 4 and first not in _MASTHEAD_PARTICLES else None)
    for ln in lines:
        if ln.blank or ln.no == own or ln.reason in ("headline", "repeated_headline"):
            continue
        if ln.reason not in _CONFIRMING_REASONS:  # furniture only: never a story line
            continue
        folded = _fold(ln.text)
        hit = rx.search(folded)
        if hit and (ln.reason != "author_bio" or hit.start() > 0):  # "... editor at The Diplomat"
            return True
        if rx_first is not None and ln.reason == "footer" and rx_first.search(folded):
            return True
    return False


_STAMP_NAME_PART_RE = re.compile(r"[^\W\d_][\w'’&.\-]*(?:\s+[^\W\d_][\w'’&.\-]*){0,4}")


def _stamp_line_outlet(text: str) -> str | None:
    """The outlet named inside a stamp line ("Thursday October 10 2024, 6.00pm, The Times",
    "Philippine Daily Inquirer / 05:20 AM December 02, 2024"): a part of the line between
    separators that reads as a masthead (:func:`_masthead_name`)."""
    for part in re.split(r"\s*[,|/•●·]\s*|\s+[-–—]\s+", text[:200]):
        part = part.strip()
        if not part or any(c.isdigit() for c in part) or not _STAMP_NAME_PART_RE.fullmatch(part):
            continue
        name = _masthead_name(part)
        if name is not None and " " in name and not _GENERIC_WORDS.issuperset(
            w.casefold() for w in name.split()[:-1]
        ):
            return name
    return None


# a Factiva export: headline, byline, "412 words", the date, then the source's name
_WORDS_LINE_RE = re.compile(r"^\d{1,6} words$")


def _factiva_source(nonblank: Sequence[_Line]) -> tuple[str, str] | None:
    """(outlet, evidence) of a Factiva export: the name line right after the "N words" line
    and the date line under it."""
    for k, ln in enumerate(nonblank[:HEADER_LABEL_ZONE]):
        if not _WORDS_LINE_RE.match(ln.text):
            continue
        nxt = nonblank[k + 1 : k + 3]
        if len(nxt) == 2 and _first_date_line(nxt[0].text) and _name_like(nxt[1].text):
            return _display_name(nxt[1].text), f"{ln.text} / {nxt[0].text} / {nxt[1].text}"
    return None


def _first_date_line(s: str) -> bool:
    st = match_stamp(s, near_edge=True)
    return st is not None and st.prefix_end is None


def _copyright_outlet(text: str) -> str | None:
    """The outlet a copyright line names ("© 2025 The Irish Times DAC" -> "The Irish Times"),
    without the company suffix; None for a publisher's company ("SPH Media Limited") or a wire
    agency (AP, AFP and Reuters copyright lines appear on reprints)."""
    m = _COPYRIGHT_NAME_RE.match(text.strip()[:200])
    if m is None:
        return None
    name = _CORPORATE_SUFFIX_RE.sub("", m["name"].strip(" .,-–")).strip(" .,-–")
    words = name.split()
    if not words or len(words) > 5 or words[-1].casefold() in _COMPANY_WORDS:
        return None
    bare = name.casefold().removeprefix("the ").strip()
    if bare in WIRE_AGENCIES or bare in {"copyright", "all"}:
        return None
    return _display_name(name)


def _domain_named_line(
    url_lines: Sequence[str], lines: Sequence[_Line], sigs: Sequence[OutletSignature]
) -> tuple[str, str] | None:
    """(name, evidence) when the page prints its own site's name: the first label of the page's
    address ("kommersant.ru", "theeastafrican.co.ke", "dailystar.com.lb") spelled as a short
    line or part of one ("Kommersant", "Channel: The East African - News", "The Daily Star").
    Only for a domain the signature table does not know (those are ``text_url_domain``)."""
    labels = _unknown_domain_labels(url_lines, sigs)
    if not labels:
        return None
    for ln in lines:
        text = ln.text
        if ln.reason in ("print_header", "page_title"):  # "... - The Washington Post"
            text = re.split(r"\s+[-–—|]\s+", text[:300])[-1]
        if ln.blank or _word_count(text) > 10:
            continue
        for part in _NAME_PART_SPLIT_RE.split(text[:200]):
            part = part.strip()
            if not part or not _name_like(part):
                continue
            sq = _squash(part)
            if any(sq == label or "the" + label == sq for label in labels):
                return _display_name(part), ln.text
    return None


def _unknown_domain_labels(url_lines: Sequence[str], sigs: Sequence[OutletSignature]) -> list[str]:
    """The first labels of the page's own addresses that the signature table does not know
    ("washingtonpost", "projectsyndicate"), hyphens dropped."""
    labels: list[str] = []
    for url in url_lines:
        host = host_of(url)
        if host and outlet_for_domain(host, sigs) is None:
            label = host.split(".")[0].replace("-", "")
            if len(label) >= 4 and label not in labels:
                labels.append(label)
    return labels


_DOMAIN_TAIL_WORDS = sorted(_OUTLET_WORDS - {"english", "eye", "gate"}, key=len, reverse=True)
DOMAIN_STEM_MIN = 4


def _domain_words(label: str) -> str | None:
    """An outlet name read from a page address no line spells ("bangkokpost" -> "Bangkok
    Post", "thelocal" -> "The Local", "theatlantic" -> "The Atlantic", "thedailyreporter" ->
    "The Daily Reporter"): a leading "the" and trailing outlet words ("post", "times",
    "daily", ...) split off; what is left must be one word of at least ``DOMAIN_STEM_MIN``
    letters (or nothing), and at least one of "the" or an outlet word must have been found.
    "nytimes" leaves "ny" and gives nothing."""
    rest, the = label, label.startswith("the") and len(label) > 3
    if the:
        rest = rest[3:]
    tail: list[str] = []
    while rest:
        word = next((w for w in _DOMAIN_TAIL_WORDS if rest.endswith(w) and rest != w), None)
        if word is None:
            break
        tail.insert(0, word)
        rest = rest[: -len(word)]
    if rest in _OUTLET_WORDS and (the or tail):
        tail.insert(0, rest)
        rest = ""
    if not (the or tail) or (rest and (len(rest) < DOMAIN_STEM_MIN or not rest.isalpha())):
        return None
    words = (["The"] if the else []) + ([rest.title()] if rest else []) + [w.title() for w in tail]
    return " ".join(words) if len(words) >= 2 else None


_DOMAIN_MASTHEAD_RE = re.compile(r"^(?:www\.)?(?P<name>[A-Za-z][A-Za-z0-9-]{1,40})"
                                 r"(?P<tld>\.[a-z]{2,6}(?:\.[a-z]{2})?)$")
_GENERIC_TLDS = frozenset({".com", ".net", ".org", ".info", ".news", ".media"})


def _domain_masthead(lead: Sequence[_Line]) -> tuple[str, str] | None:
    """(name, line) of a masthead printed as a domain with a capital ("eKathimerini.com",
    "Civil.ge"): the name without a generic ending (.com, .net, .org, ...), with a country
    ending as printed. A lower-case address line ("nytimes.com") is a reader view's address."""
    for ln in lead[:1]:
        m = _DOMAIN_MASTHEAD_RE.match(ln.text) if len(ln.text) <= 60 else None
        if m is None or not any(c.isupper() for c in ln.text):
            continue
        return (m["name"] if m["tld"] in _GENERIC_TLDS else ln.text), ln.text
    return None


def _syndicated_outlet(lines: Sequence[_Line]) -> tuple[str, str] | None:
    """(outlet, line) of an aggregator's copy ("Yahoo News" ... "The Hill" / headline): the
    name line right above the headline of a page under an aggregator's banner."""
    if not any(ln.reason == "aggregator_banner" for ln in lines[:HEADER_LABEL_ZONE * 2]):
        return None
    title_no = next((ln.no for ln in lines if ln.reason == "headline"), None)
    if title_no is None:
        return None
    above = [ln for ln in lines[:title_no] if not ln.blank]
    if above and _name_like(above[-1].text) and above[-1].reason != "aggregator_banner":
        return _display_name(above[-1].text), above[-1].text
    return None


def _page_name_signals(
    lines: Sequence[_Line],
    lead: Sequence[_Line],
    masthead: tuple[set[int], str, str] | None,
    url_lines: Sequence[str],
    sigs: Sequence[OutletSignature],
) -> list[ArticleSignal]:
    """Outlet signals of a page whose outlet the signature table does not know:

    - ``masthead_line`` (0.6; 0.65 when the page names it again, :func:`_named_elsewhere`);
    - ``masthead_confirmed`` (0.65): one of the first name lines above the headline that the
      page's furniture names again ("Meduza" ... "Support Meduza"; "Stuff" ... "© 2024 Stuff
      Limited"; "DER SPIEGEL" ... "© DER SPIEGEL 2023"), when no masthead was found;
    - ``masthead_below_title`` (0.55): a masthead name among the label lines right under the
      headline ("Al-Ahram Gate" under a translated headline), when none is above it;
    - ``domain_named_line`` (0.75): the page's own address spelled as a line;
    - ``feed_channel`` (0.7): "Channel: The East African - News" of a feed dump;
    - ``newsletter_footer`` (0.65): "... is a weekly newsletter from The Diplomat.";
    - ``copyright_line`` (0.5): "© 2025 The Irish Times DAC" (:func:`_copyright_outlet`).
    Names in capitals or lower case are given in title case (:func:`_display_name`)."""
    out: list[ArticleSignal] = []
    if masthead is not None:
        own = min(masthead[0])
        conf = 0.65 if _named_elsewhere(masthead[1], lines, own) else 0.6
        out.append(ArticleSignal("source", _display_name(masthead[1]), "masthead_line",
                                 masthead[2], 0, conf))
    else:
        title_no = next((ln.no for ln in lines if ln.reason == "headline"), None)
        above = [ln for ln in lead[:4] if title_no is None or ln.no < title_no][:3]
        for ln in above:
            if ln.reason in (None, "outlet_banner", "section_label", "header_label") and (
                _name_like(ln.text) and _named_elsewhere(ln.text, lines, ln.no)
            ):
                out.append(ArticleSignal("source", _display_name(ln.text), "masthead_confirmed",
                                         ln.text, 0, 0.65))
                break
        below = [ln for ln in lines if title_no is not None and ln.no > title_no
                 and not ln.blank][:3]
        for ln in below:  # "Al-Ahram Gate" between a translated headline and its stamp
            name = _masthead_name(ln.text) if ln.reason == "header_label" else None
            if name is not None and not _ACRONYM_RE.match(name) and " " in name:
                out.append(ArticleSignal("source", _display_name(name), "masthead_below_title",
                                         ln.text, 0, 0.55))
                break
    named = _domain_named_line(url_lines, lines, sigs)
    if named is not None:
        out.append(ArticleSignal("source", named[0], "domain_named_line", named[1][:300], 0, 0.75))
    else:
        spelled = next((n for label in _unknown_domain_labels(url_lines, sigs)
                        if (n := _domain_words(label)) is not None), None)
        if spelled is not None:  # "https://www.bangkokpost.com/..." -> "Bangkok Post"
            out.append(ArticleSignal("source", spelled, "domain_words", url_lines[0][:300], 0,
                                     0.6))
    syndicated = _syndicated_outlet(lines)
    if syndicated is not None:  # the partner over the headline, not the aggregator
        out.append(ArticleSignal("source", syndicated[0], "syndicated_outlet", syndicated[1],
                                 0, 0.8))
    domain_top = _domain_masthead(lead) if masthead is None else None
    if domain_top is not None:
        out.append(ArticleSignal("source", domain_top[0], "domain_masthead", domain_top[1], 0,
                                 0.7))
    nonblank = [ln for ln in lines if not ln.blank]
    for ln in nonblank[:HEADER_ZONE_MAX]:
        m = _BYLINE_FOR_RE.search(ln.text[:200]) if ln.reason == "byline" else None
        if m is not None:  # "By REBECCA ENGLISH, ROYAL EDITOR FOR THE DAILY MAIL"
            name = m["name"]
            if name.isupper():
                name = name.removeprefix("THE ")
            out.append(ArticleSignal("source", _display_name(name), "byline_for_outlet",
                                     ln.text[:300], 0, 0.55))
            break
    for ln in nonblank[:TRANSPORT_ZONE]:
        m = _FEED_CHANNEL_RE.match(ln.text[:200])
        if m and _name_like(m["name"].strip()):
            out.append(ArticleSignal("source", _display_name(m["name"].strip()), "feed_channel",
                                     ln.text, 0, 0.7))
            break
    for ln in nonblank:
        if ln.reason == "newsletter" and (m := _NEWSLETTER_FROM_RE.search(ln.text[:300])):
            out.append(ArticleSignal("source", m["name"].rstrip("."), "newsletter_footer",
                                     ln.text[:300], 0, 0.65))
            break
    for ln in nonblank:
        m = _DOC_FIELD_RE.match(ln.text[:340]) if ln.reason == "doc_field" else None
        if m is not None and m["label"] in _DOC_OUTLET_LABELS and _name_like(m["value"]):
            out.append(ArticleSignal("source", _display_name(m["value"].strip()), "doc_source",
                                     ln.text[:300], 0, 0.8))
            break
    for ln in nonblank[:HEADER_ZONE_MAX]:
        name = _stamp_line_outlet(ln.text) if ln.reason == "publication_stamp" else None
        if name is not None:  # "Philippine Daily Inquirer / 05:20 AM December 02, 2024"
            out.append(ArticleSignal("source", _display_name(name), "stamp_line_outlet",
                                     ln.text[:300], 0, 0.62))
            break
    factiva = _factiva_source(nonblank)
    if factiva is not None:
        out.append(ArticleSignal("source", factiva[0], "factiva_source", factiva[1], 0, 0.8))
    for ln in nonblank[-COPYRIGHT_ZONE:]:
        name = _copyright_outlet(ln.text) if ln.reason in (None, "footer") else None
        if name is not None:
            out.append(ArticleSignal("source", name, "copyright_line", ln.text[:300], 0, 0.5))
            break
    return out


def _mark_running_heads(lines: list[_Line]) -> None:
    """A running head of a PDF's pages ("European Commission - Press release" at the top and
    again with the page number set apart by a run of spaces, "...    1"): a short line of three
    or more words without digits that recurs, once at least with a page number: ``running_head``.
    """
    if "  " not in "\n".join(ln.text for ln in lines):
        return  # no line carries a page number set apart by spaces
    groups: dict[str, list[tuple[_Line, bool]]] = {}
    for ln in lines:
        if not ln.live or _word_count(ln.text) > 14 or _ends_sentence(ln.text):
            continue
        m = _PAGE_NUMBER_EDGE_RE.fullmatch(ln.text[:200])
        bare = m["head"] or m["tail"] if m else ln.text
        if _word_count(bare) >= 3 and not any(c.isdigit() for c in bare):
            groups.setdefault(_norm(bare), []).append((ln, m is not None))
    for group in groups.values():
        if len(group) >= 2 and any(numbered for _, numbered in group):
            for ln, _ in group:
                ln.reason = "running_head"


_PAGE_NUMBER_EDGE_RE = re.compile(r"(?P<head>\S.*?)\s{2,}\d{1,3}|\d{1,3}\s{2,}(?P<tail>\S.*)")


def _url_line_stamps(url_lines: Sequence[str]) -> list[StampMatch]:
    """A date in the path of a page address printed at the top or foot of the page
    (``text_url_date``, 0.7: below a printed stamp, above a standalone date line)."""
    out: list[StampMatch] = []
    for url in url_lines:
        d = url_date(url)
        if d is not None:
            out.append(StampMatch("text_url_date", (d,), url[:300], 0.7))
    return out


def _url_line_sources(
    url_lines: Sequence[str], sigs: Sequence[OutletSignature]
) -> list[ArticleSignal]:
    """The outlet of a printed page address, only for a known domain (``text_url_domain``,
    0.75): an unknown host may be a link to someone else's story."""
    for url in url_lines:
        host = host_of(url)
        known = outlet_for_domain(host, sigs) if host else None
        if known:
            return [ArticleSignal("source", known, "text_url_domain", url[:300], 0, 0.75)]
    return []


def _mark_author_bios(lines: list[_Line], header_end: int) -> None:
    """An author's bio at the foot of the page ("Karwan Faidhi Dri is a Rudaw reporter covering
    ..."): one of the last ``AUTHOR_BIO_ZONE`` lines, starting with a name printed in the header
    (the author line or byline) and "is a ... reporter/journalist/editor ...". A story sentence
    about someone not named in the header is never taken."""
    tail = list(islice((ln for ln in reversed(lines) if ln.no >= header_end and ln.live),
                       AUTHOR_BIO_ZONE))
    tail = [ln for ln in tail if " is " in ln.text[:400]]
    if not tail:
        return
    top = list(islice((ln for ln in lines if not ln.blank), HEADER_LABEL_ZONE))
    header_text = [ln.text.casefold() for ln in lines[:header_end] if not ln.blank] + [
        ln.text.casefold() for ln in top  # bylines under a standfirst
        if ln.no >= header_end and ln.reason in ("byline", "publication_stamp")]
    for ln in tail:
        m = _AUTHOR_BIO_RE.match(ln.text[:400])
        if m is None:
            continue
        name = m["name"].casefold()
        if any(name in h and _word_count(h) <= AUTHOR_LINE_MAX_WORDS for h in header_text):
            ln.reason = "author_bio"
    first = top[0].text if top else ""
    for ln in tail:  # "Eurasianet is an independent news organization ..." under "Eurasianet"
        m = _OUTLET_BIO_RE.match(ln.text[:300]) if ln.live else None
        if m is not None and _fold(m["name"]) == _fold(first):
            ln.reason = "outlet_bio"


def _meta_str(meta: Mapping[str, object], key: str) -> str | None:
    v = meta.get(key)
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _continues_on_next_line(lines: list[_Line], ln: _Line, hard_wrapped: bool) -> bool:
    """True when the next raw line may continue this one (it starts in lower case, or the
    article is hard-wrapped and no blank line follows)."""
    nxt = lines[ln.no + 1] if ln.no + 1 < len(lines) else None
    if nxt is None or not nxt.live:
        return False
    return hard_wrapped or nxt.effective[:1].islower()


def _glued_prefix_len(title: str, line: str) -> int:
    """Length of ``title`` at the start of ``line`` when a sentence of >= 4 words follows it."""
    t = title.strip()
    if not t or len(line) <= len(t) + 1:
        return 0
    if line[: len(t)].translate(_QUOTE_NORMALISE).casefold() != t.translate(
        _QUOTE_NORMALISE
    ).casefold():
        return 0
    rest = line[len(t) :]
    if not rest[:1].isspace() or _word_count(rest) < 4:
        return 0
    return len(t)


def _title_keys(cands: Sequence[tuple[str, str, float, str]]) -> set[str]:
    keys: set[str] = set()
    for t, rule, _conf, _ev in cands:
        keys.add(_norm(t))
        if rule == "metadata":
            for sep in (" | ", " - ", " – ", " — "):
                if sep in t:
                    keys.add(_norm(t.rsplit(sep, 1)[0]))
    keys.discard("")
    return keys


# words too common to tie a headline to its lede
_OVERLAP_STOP = frozenset(str.split(
    """about after again against also among amid ahead before being between both could during
    first from have into last like more most next over said says than that their them then there
    these they this those through told under until very were what when where which while will
    with would year years week today talks meet meets meeting held hold holds visit visits
    president minister prime foreign official officials leader leaders government state news"""
))
_WORD_RE = re.compile(r"[^\W\d_]{4,}")
LEDE_OVERLAP_MIN = 2  # shared content words that make a header line the lede's headline


def _content_words(s: str) -> set[str]:
    folded = unicodedata.normalize("NFKD", s[:400].casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return {w[:6] for w in _WORD_RE.findall(folded) if w not in _OVERLAP_STOP}


_PAGE_TITLE_SPLIT_RE = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]{2,60}$)")


def _mark_page_title_lines(header: list[_Line]) -> list[_Line]:
    """A page's ``<title>`` copied with it: a header line that is another header line plus
    " - Site" / " | Site" ("Orbán meets Erdoğan in Budapest, signs energy deals - Daily News
    Hungary" over the masthead and the headline) is ``page_title``; its site part is read by
    :func:`_domain_named_line`. Returns the header without it."""
    if len(header) < 2:
        return header
    zone = header[:HEADER_LABEL_ZONE]
    keys = {_norm(ln.text) for ln in zone}
    out: list[_Line] = list(header[HEADER_LABEL_ZONE:])
    for ln in reversed(zone):
        parts = _PAGE_TITLE_SPLIT_RE.split(ln.text[:300], maxsplit=1)
        if len(parts) == 2 and _norm(parts[0]) in keys and _word_count(parts[0]) >= 3:
            ln.reason = "page_title"
            continue
        out.insert(0, ln)
    return out


def _lede_headline(headlines: Sequence[_Line], lede_lines: Sequence[_Line]) -> _Line | None:
    """The headline is the header line the story's first paragraph is about: of the
    headline-like lines above the first story sentence, the first sharing at least
    ``LEDE_OVERLAP_MIN`` content words (stems of six letters, common news words aside) with
    the first story line, when the first headline-like line shares none; else the first
    headline-like line.
    A section label ("Politics & Policy"), a masthead's tagline ("Armenian News Agency") or a
    sign-up line over the headline shares nothing with the lede."""
    if not headlines:
        return None
    if len(headlines) == 1 or not lede_lines:
        return headlines[0]
    lede = _content_words(lede_lines[0].effective)
    overlaps = [len(_content_words(ln.text) & lede) for ln in headlines]
    if overlaps[0] > 0:  # "Peace and Security" over a Security Council story stays (UN News)
        return headlines[0]
    k = next((k for k, n in enumerate(overlaps) if n >= LEDE_OVERLAP_MIN), 0)
    return headlines[k]


def _mark_titles(lines: list[_Line], keys: set[str], header_end: int) -> None:
    if not keys:
        return
    seen_headline = False
    for ln in lines:
        if not ln.live or _norm(ln.effective) not in keys:
            continue
        if not seen_headline and ln.no < header_end:
            ln.reason = "headline"
            seen_headline = True
        else:
            ln.reason = "repeated_headline"


def _mark_captions(lines: list[_Line], protected: set[str]) -> None:
    n = len(lines)

    def usable(i: int) -> bool:
        return (
            0 <= i < n and lines[i].live and _norm(lines[i].text) not in protected
            and _caption_like(lines[i].text)
        )

    def stands_apart(i: int) -> bool:
        # A credit closing the page ("Photo: VCG" under the last paragraph) credits the page's
        # picture: the line above it is a caption only when it is not the last of a run of
        # story sentences (a blank line, furniture or the page top comes before it).
        return i == 0 or not (lines[i - 1].live and _ends_sentence(lines[i - 1].text))

    for ln in lines:
        if ln.reason != "photo_credit":
            continue
        i = ln.no
        if i > 0 and lines[i - 1].reason == "photo_caption":
            continue  # closing credit of a caption already found
        # A bare agency name ("Reuters", "Anadolu Agency") closes a caption; only an explicit
        # photo credit ("Photo: EPA", "Image Credit: Reuters") announces the caption after it.
        if usable(i + 1) and _EXPLICIT_CREDIT_RE.search(ln.text):
            lines[i + 1].reason = "photo_caption"
        elif usable(i - 1) and (i + 1 >= n or lines[i + 1].blank) and stands_apart(i - 1):
            lines[i - 1].reason = "photo_caption"

    tailed: dict[str, list[_Line]] = {}
    for ln in lines:
        if (
            ln.live and len(ln.text) <= 400
            and (_CREDIT_TAIL_RE.search(ln.text) or _PLAIN_CREDIT_TAIL_RE.search(ln.text)
                 or ("/" in ln.text[-45:] and _GLUED_CREDIT_TAIL_RE.search(ln.text[-120:])))
            and _word_count(ln.text) <= 60 and _norm(ln.text) not in protected
        ):
            tailed.setdefault(_norm(ln.text), []).append(ln)
    for group in tailed.values():
        reason = "repeated_caption" if len(group) > 1 else "photo_caption"
        for ln in group:
            ln.reason = reason


def _mark_link_boxes(lines: list[_Line]) -> None:
    """Short non-sentence lines right under a link-box header ("Related:", "Read more:",
    "Related Topics", "Tags") are links to other stories: ``related_links``. The box ends at a
    blank line or at the first line that ends a sentence (story text is never taken)."""
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        i += 1
        if ln.blank or not _LINK_BOX_HEADER_RE.match(ln.text[:80]):
            continue
        if ln.reason is None:
            ln.reason = "navigation"
        while i < n and not lines[i].blank:
            item = lines[i]
            if item.reason is None:
                if _ends_sentence(item.text) or _word_count(item.text) > _LINK_BOX_MAX_WORDS:
                    break
                item.reason = "related_links"
            i += 1


def _label_like(s: str, max_words: int = 5) -> bool:
    """A section label, author or dateline line: at most ``max_words`` words, no digit, no final
    punctuation or colon (a table row "Net 807,000 vs 2,858,000" or "Oilseed registrations were:"
    is not). A single word may end with a period ("africanews." over a headline)."""
    if s.endswith(".") and " " not in s.strip():
        s = s.rstrip(".")
    return (
        _word_count(s) <= max_words
        and not _ends_sentence(s)
        and not s.endswith((":", ",", ";", "-", "–", "—"))
        and not any(c.isdigit() for c in s)
    )


def _mark_header_labels(lines: list[_Line], header_end: int, title_key: str) -> None:
    """Short label lines right around the headline: section labels above it ("Politics",
    "Israel-Palestine") and bylines, credits and datelines below it ("Al-Monitor Staff", "Daily
    Sabah with AA", "ISTANBUL", "Edit"). Only when a headline was found among the first
    ``HEADER_LABEL_ZONE`` non-blank lines, and only up to the first line that is neither a label
    nor a standfirst (headline-like, no digit): a table or the story stops the scan. The anchor
    is the line of the chosen title; a title from metadata that the text does not print (wire
    feeds) anchors nothing, so a guessed "headline" in a table never removes its rows."""
    zone = list(islice((ln for ln in lines if not ln.blank), HEADER_LABEL_ZONE))
    nonblank = [ln for ln in zone if ln.no < header_end]
    title_at = next(
        (k for k, ln in enumerate(nonblank)
         if ln.reason == "headline" and _norm(ln.effective) == title_key),
        None,
    )
    if title_at is None:
        return
    above = [ln for ln in nonblank[:title_at] if ln.live]
    if all(_label_like(ln.effective.rstrip("."), ABOVE_TITLE_MAX_WORDS)  # "THE WALL STREET
           or _reader_address(ln.effective) or _page_meta(ln.effective)  # JOURNAL."
           for ln in above):
        for ln in above:
            ln.reason = "section_label"
    standfirst: _Line | None = None
    pending: list[_Line] = []
    for ln in zone[title_at + 1 :]:
        if not ln.live:
            if standfirst is not None and ln.reason in ("publication_stamp", "byline"):
                for p in pending:  # a byline block under the standfirst: labels up to a stamp
                    p.reason = "header_label"
                pending = []
            continue
        s = ln.effective
        if _label_like(s, HEADER_LABEL_MAX_WORDS) or _page_meta(s) or _reader_address(s) or (
            _word_count(s) <= READER_ADDRESS_MAX_WORDS and _THIS_ARTICLE_RE.search(s[:300])
        ):
            if standfirst is None:
                ln.reason = "header_label" if _label_like(s, HEADER_LABEL_MAX_WORDS) else (
                    "header_widget")
            else:
                pending.append(ln)
        elif _headline_like(s, True) and not any(c.isdigit() for c in s):
            continue
        elif standfirst is None and _ends_sentence(s) and ln.no <= header_end:
            standfirst = ln  # "The meeting came after weeks of complaints ..." over its byline
        else:
            break


# How a line addresses the reader rather than tells the story (round 5): an imperative of page
# furniture first ("Listen to this article", "Join our commenting forum", "Enter your email"),
# or "you"/"your"/"we"/"our" outside quotation marks in a line without a reporting verb. News
# sentences tell in the third person; a quote keeps its "we" inside its marks.
_IMPERATIVES = frozenset(str.split(
    """listen summarize summarise share follow subscribe sign join watch download click tap enter
    get support open save print email comment donate become advertise explore view log continue
    try give gift skip register unlock upgrade please"""
))
_READER_WORD_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ou['’](?:ve|re|ll|d))\b")
# what furniture talks about: the page, its account, its feeds
_PAGE_WORD_RE = re.compile(
    r"\b(?:newsletters?|subscri\w+|sign(?:ing)? up|e-?mail|inbox|comments?|commenting|articles?|"
    r"stor(?:y|ies)|app|twitter|facebook|instagram|telegram|whatsapp|youtube|podcast|video|"
    r"account|log ?in|register|donat\w+|sponsor\w*|advertis\w+|below|above|here|free|"
    r"notifications?|alerts?|readers?)\b|@\w",
    re.IGNORECASE,
)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")
_QUOTED_SPAN_RE = re.compile(r"[\"“][^\"“”]{0,400}[\"”]|‘[^‘’]{0,400}’")
_REPORTING_RE = re.compile(r"\b(?:said|says|told|tells|according|asked|added|reported|wrote)\b")
READER_ADDRESS_MAX_WORDS = 30
IMPERATIVE_LABEL_MAX_WORDS = 8  # "Join our commenting forum", "Listen to this article · 4 min"
# a line about the page itself: reading time, gallery counters, "this article", edition labels
_PAGE_META_RE = re.compile(
    r"^(?:[•·|\s]*\d+\s*[hm]\s*[•·|]\s*)?\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?(?:min(?:ute)?s?|photos|"
    r"images|pictures|slides)(?:\s+read)?$"
    r"|^[•·|\s]*\d+\s*[hmd]\s*[•·]"
    r"|^\d{1,3}\s+(?:of|/)\s+\d{1,3}$"
    r"|^(?:english|print|digital|international|us|uk|global) edition$",
    re.IGNORECASE,
)
# above the story only: a line about "this article" (an AI summary's note, "Summarize this
# article"); at the foot, "This story has been updated ..." is the outlet's note and stays
_THIS_ARTICLE_RE = re.compile(r"\b(?:this|the full) (?:article|story)\b", re.IGNORECASE)


_PAGE_META_FIRST = frozenset("0123456789•·|EePpDdIiUuGg")


def _reader_address(s: str) -> bool:
    """True for a short line that speaks to the reader about the page: an imperative of page
    furniture first ("Join our commenting forum", "Enter your email address", "Listen to this
    article") that is not a sentence or names the page, its account or feeds (``_PAGE_WORD_RE``:
    "Follow X on Twitter", "Watch the ad above."); or "you"/"your" outside quotation marks,
    without a reporting verb, next to such a word ("You've read 1 article in the last month").
    A sentence such as "Share adjusted for a reverse split." or an op-ed's "we" is story."""
    n = _word_count(s)
    if not s or n > READER_ADDRESS_MAX_WORDS:
        return False
    head = s[:600]
    you = "you" in head.casefold()
    if not you and s.split(None, 1)[0].strip("“\"'‘").casefold() not in _IMPERATIVES and not (
        ". " in head or "? " in head or "! " in head
    ):
        return False  # one sentence, no imperative first, no "you"
    firsts = [p.split(None, 1)[0].strip("“\"'‘").casefold()  # "Enjoying this article? Click
              for p in _SENTENCE_SPLIT_RE.split(head) if p.strip()]  # here to subscribe ..."
    imperative = any(f in _IMPERATIVES for f in firsts)
    if not imperative and not you:
        return False
    bare = _QUOTED_SPAN_RE.sub(" ", head)
    if not _PAGE_WORD_RE.search(bare):  # "Join our commenting forum": a label of at most 8 words
        return (imperative and firsts[0] in _IMPERATIVES and not _ends_sentence(s)
                and n <= IMPERATIVE_LABEL_MAX_WORDS)  # "Open interest in ... 26. REUTER"
    if imperative:
        return True
    return bool(_READER_WORD_RE.search(bare)) and not _REPORTING_RE.search(bare)


def _page_meta(s: str) -> bool:
    """True for a line about the page: "3 min read", "9–11 minutes", "18 photos", "1 of 18",
    "• 3h • 3 min read", "Summarize this article", "English Edition"."""
    return _word_count(s) <= 25 and bool(_PAGE_META_RE.search(s[:300]))


TAIL_FURNITURE_MAX = 10  # lines looked at from the foot of the page


def _mark_tail_furniture(lines: list[_Line], header_end: int) -> None:
    """The page's foot after the story (round 5): walking up from the last line, every line
    that is a short label starting with a letter, without final punctuation (at most
    ``TAIL_LABEL_MAX_WORDS`` words: "More to Read", "Become an NPR sponsor", "Te
    recomendamos") or that speaks to the reader ("Enter your email address ...", "Join our
    commenting forum") is ``tail_furniture``; the
    first line that is neither (a story sentence, a correction, a quote) stops the walk. A page
    without a story sentence above the foot keeps everything."""
    found: list[_Line] = []
    stop: _Line | None = None
    for ln in reversed(lines):  # from the foot up; most pages end on a story sentence
        if ln.no < header_end:
            break
        if not ln.live:
            continue
        if len(found) >= TAIL_FURNITURE_MAX or not _tail_furniture_line(ln.effective):
            stop = ln
            break
        found.append(ln)
    if not found or stop is None:
        return
    if not any(ln.live and _story_like(ln.effective) for ln in lines[header_end : stop.no + 1]):
        return  # no story sentence above the foot: keep everything
    for ln in found:
        ln.reason = "tail_furniture"


def _tail_furniture_line(s: str) -> bool:
    n = _word_count(s)
    label = (n <= TAIL_LABEL_MAX_WORDS and not _ends_sentence(s)
             and not s.endswith((",", ";")) and s[:1].isalpha()  # "- Iran" is a list item
             and not _SENTENCE_INSIDE_RE.search(s)  # "... the sources said. REUTER"
             # a longer label names the page ("Related video: ..."); "Image caption, Bashar
             # al-Assad with his wife Asma in Damascus in 2021" is a caption, kept
             and (n <= TAIL_SHORT_LABEL_WORDS or s.isupper()  # "THE HILL 1625 K STREET, NW"
                  or bool(_PAGE_WORD_RE.search(s))))
    contact = _word_count(s) <= READER_ADDRESS_MAX_WORDS and "@" in s and bool(
        _EMAIL_ADDRESS_RE.search(s))  # "To contact Staff Writer X, email x@paper.com."
    return label or contact or _reader_address(s) or _page_meta(s)


TAIL_LABEL_MAX_WORDS = 15
TAIL_SHORT_LABEL_WORDS = 8  # longer foot labels must name the page (``_PAGE_WORD_RE``)
_EMAIL_ADDRESS_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENTENCE_INSIDE_RE = re.compile(r"[a-z0-9)%][.!?][\"'’”)]*\s+\S")


def _mark_duplicates(lines: list[_Line], header_end: int) -> None:
    groups: dict[str, list[_Line]] = {}
    for ln in lines:
        if ln.live:
            key = _norm(ln.effective)
            if key:
                groups.setdefault(key, []).append(ln)
    for group in groups.values():
        if len(group) < 2:
            continue
        sentences = [ln for ln in group if _ends_sentence(ln.effective)]
        if not sentences and all(_word_count(ln.text) <= 25 for ln in group):
            for ln in group:
                ln.reason = "repeated_caption"
            continue
        keep = sentences[0] if sentences else group[0]
        for ln in group:
            if ln is keep:
                continue
            if ln.no < header_end and not _ends_sentence(ln.effective):
                ln.reason = "repeated_standfirst"
            else:
                ln.reason = "duplicate_line"


CLOSING_LABELS_MAX = 4


def _mark_closing_labels(lines: list[_Line], header_end: int) -> None:
    """An author block closing the page ("Sasa Dragojlo" / "BIRN" / "Belgrade" under the last
    paragraph): when every line after the last story sentence is a short label (at most four
    words, no digit, no final punctuation) and there are at most ``CLOSING_LABELS_MAX`` of
    them, they are ``closing_label``. A page without a story sentence keeps them."""
    live = [ln for ln in lines[header_end:] if ln.live]
    last = next((k for k in range(len(live) - 1, -1, -1)
                 if _ends_sentence(live[k].effective) and _word_count(live[k].effective) >= 4),
                None)
    if last is None:
        return
    tail = live[last + 1 :]
    if 0 < len(tail) <= CLOSING_LABELS_MAX and all(
        _label_like(ln.effective, 4) and _name_like(ln.effective)
        and not ln.effective.endswith(".")  # "Yes." closing an interview is an answer
        for ln in tail
    ):
        for ln in tail:
            ln.reason = "closing_label"


def _mark_subheadings(lines: list[_Line], header_end: int) -> None:
    live = [ln for ln in lines[header_end:] if ln.live]
    for k in range(1, len(live) - 1):
        ln = live[k]
        s = ln.effective
        if not _subheading_like(s):
            continue
        prev, nxt = live[k - 1].effective, live[k + 1].effective
        if _ends_sentence(prev) and _starts_upper(nxt):
            ln.reason = "subheading"


def _is_hard_wrapped(lines: list[_Line]) -> bool:
    """True when most longer lines stop mid-sentence (text wrapped at a fixed width)."""
    longer = [ln for ln in lines if ln.live and _word_count(ln.effective) >= 6]
    if len(longer) < 3:
        return False
    # An open-ended line counts only when the next raw line is story text it could continue
    # (a caption or newsletter line standing alone is not wrapping).
    # Wrapped lines are all about as wide as the text; a short open line (a headline) is not one.
    widths = sorted(len(ln.effective) for ln in longer)
    min_width = 0.7 * widths[len(widths) // 2]
    open_ended = sum(
        1 for ln in longer
        if not _ends_sentence(ln.effective) and len(ln.effective) >= min_width
        and ln.no + 1 < len(lines) and lines[ln.no + 1].live
    )
    return open_ended / len(longer) >= 0.5


def _assemble(lines: list[_Line], hard_wrapped: bool = False) -> str:
    paras: list[str] = []
    prev: _Line | None = None
    for ln in lines:
        if not ln.live:
            continue
        t = ln.effective
        if not t:
            continue
        if (
            paras and prev is not None and prev.no == ln.no - 1
            and not _ends_sentence(prev.effective)
            and not prev.effective.endswith(":")
            and (hard_wrapped or t[:1].islower())
        ):
            paras[-1] += "\n" + t
        else:
            paras.append(t)
        prev = ln
    return "\n\n".join(paras)


def _removed_lines(lines: list[_Line]) -> list[RemovedLine]:
    out: list[RemovedLine] = []
    for ln in lines:
        if ln.reason is not None:
            out.append(RemovedLine(ln.no, ln.text, ln.reason))
        elif ln.cut and ln.cut_reason:
            out.append(RemovedLine(ln.no, ln.text[: ln.cut].strip(), ln.cut_reason))
    return out
