"""Article signals: candidate facts about an article (outlet, byline, dateline) with their evidence.

Every finding is an :class:`ArticleSignal`. Several candidates of one kind may exist; the library
ranks them (``rank`` 1 = best, by flag-free first, then confidence, then position) and dbt keeps
the lowest rank per (article, kind). Nothing here guesses: no evidence, no signal.

Outlet (``kind='source'``) rules, best first
--------------------------------------------
* ``metadata_source`` (confidence 1.0): the input's ``source`` field, mapped to the canonical
  ``source_name`` when it equals a known source_id / source_name / domain.
* ``metadata_url_domain`` (0.97 for a known domain, 0.8 otherwise): the host of the input's ``url``
  (``www.``/``m.``/``amp.`` dropped), mapped through the ``domain`` column of the signatures CSV; an
  unknown host is reported as the host itself.
* ``signature_<kind>``: a row of ``seeds/reference/outlet_signatures.csv`` whose regex matches a
  line of the article. Confidence by kind (:data:`KIND_CONFIDENCE`): self_reference ("told Arab
  News") 0.9, banner ("Classifieds powered by Gulf News", a standalone "Gulf News" line) 0.85,
  stamp (Ynet's ``פרסום ראשון`` stamp) 0.85, footer 0.8, widget (outlet-specific page widgets
  such as Ynet's "See all talkbacks") 0.7, byline_author (a reporter known to write for the
  outlet) 0.55. A wire dateline ("BEIRUT (Reuters) -") or an agency copyright is *not* an outlet
  signal: newspapers reprint wire copy with both (on PolNeAR, every one of 58 Breitbart and
  HuffPost pages with an AP, AFP or Reuters dateline would have been given to the agency). The
  agency is kept as its own kind, ``wire_agency`` (:func:`parse_wire_agency`).
* ``banner_outlet_name`` (0.85, emitted by the cleaner): a line that is exactly a known outlet's
  name ("DAILY SABAH", "The Times of Israel" heading the page).
* ``text_url_domain`` (0.75, emitted by the cleaner): the known domain of a page address printed
  at the top or foot of the page.
* ``masthead_line`` (0.6, emitted by the cleaner): the masthead of an outlet the CSV does not know
  ("Shafaq News", "The Peninsula", "INA" over "Iraqi News Agency"); see
  :mod:`orchestration.lib.article_cleaning`.
  ``byline_author`` patterns are matched against the detected byline only. Lines the cleaner
  classified as photo credits, captions or wire credits are never used: "Photo: EPA", "Image
  Credit: Reuters" or "-with inputs from Reuters" name a supplier, not the publisher.

Users extend the CSV (columns ``source_id,source_name,domain,signature_kind,pattern``; ``pattern``
is a Python regex searched in one line; an empty pattern only registers the domain).

Byline and dateline rules
-------------------------
* ``name_dash_city_line``: a line "Sevil Erkuş - TEHRAN" (2-4 capitalised name words, a dash, an
  upper-case place) gives byline "Sevil Erkuş" and dateline "Tehran" (title-cased).
* ``by_line``: "By Jane Doe" (optionally ", Outlet" / "and Other Name") gives the byline.
* ``lede_dateline_prefix``: the lede starts with an upper-case place followed by a dash, colon or an
  agency in parentheses ("ANKARA - ", "TEHRAN (Reuters) - ", "ANKARA: "), or a title-case place of
  1-3 words followed by a colon ("Dubai: ") or by a wire agency ("Baghdad (AFP) – ", "Tehran, IRNA
  – "). Words such as "Update", "Photo", "Video" are excluded.
  The prefix stays in the body text (no story text is lost); only the signal is emitted.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "seeds" / "reference"
DEFAULT_OUTLET_SIGNATURES = REFERENCE_DIR / "outlet_signatures.csv"

KIND_CONFIDENCE: dict[str, float] = {
    "self_reference": 0.9,
    "banner": 0.85,
    "stamp": 0.85,
    "footer": 0.8,
    "widget": 0.7,
    "byline_author": 0.55,
}
_MAX_MATCH_CHARS = 5_000  # user regexes only ever see this many characters of a line


@dataclass(frozen=True)
class ArticleSignal:
    """One candidate fact about an article, with the rule and the text that produced it."""

    kind: str  # 'title' | 'published_date' | 'source' | 'byline' | 'dateline' | 'language'
    value: str
    rule: str
    evidence: str
    rank: int
    confidence: float
    method: str | None = None  # published_date only: 'stated' | 'inferred'
    flag: str | None = None  # e.g. 'stated_date_contradicts_text'


@dataclass(frozen=True)
class OutletSignature:
    """One row of the outlet signature reference table."""

    source_id: str
    source_name: str
    domain: str
    signature_kind: str
    pattern: re.Pattern[str] | None


def load_outlet_signatures(path: str | Path | None = None) -> list[OutletSignature]:
    """Read the outlet signature CSV (default: ``seeds/reference/outlet_signatures.csv``).

    Rows with a missing source name or an invalid regex are skipped with a warning, never raised.
    """
    return list(_load_outlet_signatures_cached(str(path or DEFAULT_OUTLET_SIGNATURES)))


def default_outlet_signatures() -> tuple[OutletSignature, ...]:
    """The reference CSV's rows as one cached tuple: the same object on every call, so the
    indexes built per signature list (banner names, canonical names) are built once."""
    return _load_outlet_signatures_cached(str(DEFAULT_OUTLET_SIGNATURES))


@lru_cache(maxsize=8)
def _load_outlet_signatures_cached(path: str) -> tuple[OutletSignature, ...]:
    rows: list[OutletSignature] = []
    p = Path(path)
    if not p.exists():
        logger.warning("outlet signature file %s not found; no text signatures used", p)
        return ()
    with p.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            name = (row.get("source_name") or "").strip()
            if not name:
                logger.warning("%s:%d: row without source_name skipped", p, n)
                continue
            raw_pattern = row.get("pattern") or ""
            compiled: re.Pattern[str] | None = None
            if raw_pattern.strip():
                try:
                    compiled = re.compile(raw_pattern)
                except re.error as exc:
                    logger.warning("%s:%d: invalid regex %r skipped (%s)", p, n, raw_pattern, exc)
                    continue
            rows.append(
                OutletSignature(
                    source_id=(row.get("source_id") or "").strip(),
                    source_name=name,
                    domain=(row.get("domain") or "").strip().lower(),
                    signature_kind=(row.get("signature_kind") or "").strip().lower(),
                    pattern=compiled,
                )
            )
    return tuple(rows)


def outlet_names(signatures: Iterable[OutletSignature]) -> set[str]:
    """Casefolded canonical outlet names, for recognising a standalone outlet-name line."""
    return {s.source_name.casefold() for s in signatures}


def host_of(url: str) -> str | None:
    """Host of a URL without ``www.``/``m.``/``amp.`` (also accepts a bare domain)."""
    url = url.strip()
    if not url:
        return None
    if "//" not in url:
        url = "//" + url
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


def outlet_for_domain(host: str, signatures: Iterable[OutletSignature]) -> str | None:
    """Canonical outlet name for a host (exact domain or a subdomain of it), else None."""
    best: tuple[int, str] | None = None
    for s in signatures:
        d = s.domain
        if d and (host == d or host.endswith("." + d)) and (best is None or len(d) > best[0]):
            best = (len(d), s.source_name)
    return best[1] if best else None


_CANONICAL_INDEX: list[tuple[object, dict[str, str]]] = []  # (signature list, index), whole


def _canonical_outlet(value: str, signatures: Iterable[OutletSignature]) -> str:
    """The table's name for an outlet given by name, id or domain (first row wins); the index
    is built once per signature list, as every metadata ``source`` asks."""
    cached = _CANONICAL_INDEX[0] if _CANONICAL_INDEX else None
    if cached is not None and cached[0] is signatures:
        index = cached[1]
    else:
        index = {}
        for s in signatures:
            for key in (s.source_name.casefold(), s.source_id.casefold(), s.domain):
                index.setdefault(key, s.source_name)
        _CANONICAL_INDEX[:] = [(signatures, index)]
    return index.get(value.strip().casefold(), value.strip())


def source_signals_from_metadata(
    metadata: Mapping[str, object] | None, signatures: Sequence[OutletSignature]
) -> list[ArticleSignal]:
    """Outlet candidates from the input's ``source`` and ``url`` fields (rank set later)."""
    out: list[ArticleSignal] = []
    if not metadata:
        return out
    source = _meta_str(metadata, "source")
    if source:
        out.append(
            ArticleSignal("source", _canonical_outlet(source, signatures), "metadata_source",
                          f"source={source}", 0, 1.0)
        )
    url = _meta_str(metadata, "url")
    host = host_of(url) if url else None
    if host:
        known = outlet_for_domain(host, signatures)
        out.append(
            ArticleSignal("source", known or host, "metadata_url_domain", f"url={url}", 0,
                          0.97 if known else 0.8)
        )
    return out


def source_signals_from_text(
    lines: Sequence[str],
    signatures: Sequence[OutletSignature],
    *,
    excluded: Iterable[int] = (),
    byline: str | None = None,
) -> list[ArticleSignal]:
    """Outlet candidates from signature regexes matched line by line.

    ``excluded`` holds line numbers that must not count (photo credits, captions, wire credits).
    ``byline_author`` signatures are matched against ``byline`` only.
    """
    skip = set(excluded)
    numbered = [(i, line) for i, line in enumerate(lines) if line and i not in skip]
    short = [(i, line) for i, line in numbered if len(line) <= SHORT_LINE]
    found: dict[tuple[str, str], ArticleSignal] = {}
    for sig in signatures:
        if sig.pattern is None:
            continue
        kind = sig.signature_kind or "self_reference"
        conf = KIND_CONFIDENCE.get(kind, 0.6)
        rule = f"signature_{kind}"
        if kind == "byline_author":
            if byline and sig.pattern.search(byline[:_MAX_MATCH_CHARS]):
                key = (sig.source_name, rule)
                found.setdefault(
                    key, ArticleSignal("source", sig.source_name, rule, byline, 0, conf)
                )
            continue
        literal = _literal_prefix(sig.pattern.pattern, sig.pattern.flags)
        # a whole-line pattern ("^Naharnet$") can only match a line as short as its longest match
        candidates = short if _whole_line_width(sig.pattern.pattern) <= SHORT_LINE else numbered
        for _i, line in candidates:
            if literal and literal not in line[:_MAX_MATCH_CHARS]:
                continue  # the pattern cannot match without its leading words ("told ")
            m = sig.pattern.search(line[:_MAX_MATCH_CHARS])
            if m:
                key = (sig.source_name, rule)
                found.setdefault(
                    key, ArticleSignal("source", sig.source_name, rule, line[:300], 0, conf)
                )
                break
    return list(found.values())


SHORT_LINE = 120


@lru_cache(maxsize=1024)
def _whole_line_width(pattern: str) -> int:
    """The longest text a pattern anchored at both ends (``^...$``) can match; a large number
    for any other pattern or one the parser cannot measure."""
    unbounded = 1 << 30
    if not (pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")):
        return unbounded
    try:
        from re import _parser  # the standard library's own regex parser

        return min(int(_parser.parse(pattern).getwidth()[1]), unbounded)
    except Exception:  # an unmeasurable pattern is tried on every line, as before
        return unbounded


_LITERAL_RUN_RE = re.compile(r"(?:\\b)?([A-Za-z0-9 ,'’-]+)")


@lru_cache(maxsize=1024)
def _literal_prefix(pattern: str, flags: int) -> str | None:
    """Words every match of ``pattern`` starts with ("told " for ``\\btold (?:the )?X\\b``),
    to skip lines without them before running the regex (a leading ``\\b`` regex has no
    fast scan); None when the pattern has none, ignores case or has a top-level ``|``."""
    if flags & (re.IGNORECASE | re.VERBOSE) or "(?" in pattern[:3]:
        return None
    if _has_top_level_alternation(pattern):
        return None
    m = _LITERAL_RUN_RE.match(pattern)
    if m is None:
        return None
    run = m.group(1)
    if pattern[m.end() : m.end() + 1] in {"?", "*", "{"}:
        run = run[:-1]  # the last character is optional
    return run if len(run) >= 3 else None


def _has_top_level_alternation(pattern: str) -> bool:
    depth, k = 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":  # a character class: "|" and parentheses inside are literal
            k += 2 if pattern[k + 1 : k + 2] == "]" else 1
            while k < len(pattern) and pattern[k] != "]":
                k += 2 if pattern[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        k += 1
    return False


BANNER_MAX_WORDS = 10  # the longest banner row ("Classifieds powered by Gulf News") has 5


def banner_line_outlet(line: str, signatures: Sequence[OutletSignature]) -> str | None:
    """Outlet name when the whole line is a banner signature or exactly a known outlet name.
    Banners and names are short: a line of more than ``BANNER_MAX_WORDS`` words is none."""
    s = line.strip()
    if not s or len(s) > 120 or len(s.split(None, BANNER_MAX_WORDS)) > BANNER_MAX_WORDS:
        return None
    names, banners = _banner_index(signatures)
    hit = names.get(s.casefold())
    for k, sig in banners:
        if hit is not None and hit[0] < k:
            break
        m = sig.pattern.search(s) if sig.pattern is not None else None
        if m and m.group(0).strip() == s:
            return sig.source_name
    return hit[1] if hit is not None else None


_BannerIndex = tuple[dict[str, tuple[int, str]], list[tuple[int, OutletSignature]]]
_BANNER_INDEX: list[tuple[Sequence[OutletSignature], _BannerIndex] | None] = [None]


def _banner_index(signatures: Sequence[OutletSignature]) -> _BannerIndex:
    """Casefolded outlet names (first row wins) and banner rows with their row numbers, built
    once per signature list (the cleaner asks for every short line of an article). The last
    list's index is kept in one slot, read and replaced whole (safe across threads)."""
    cached = _BANNER_INDEX[0]
    if cached is not None and cached[0] is signatures:
        return cached[1]
    names: dict[str, tuple[int, str]] = {}
    for k, sig in enumerate(signatures):
        names.setdefault(sig.source_name.casefold(), (k, sig.source_name))
    banners = [(k, sig) for k, sig in enumerate(signatures)
               if sig.signature_kind == "banner" and sig.pattern is not None]
    _BANNER_INDEX[0] = (signatures, (names, banners))
    return names, banners


# --- byline / dateline -------------------------------------------------------------------------

_NAME_WORD = r"[A-ZÀ-ÞĀ-ſ][\w'’.\-]*"
_BYLINE_DASH_RE = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|van|von|de|al|el|bin|der)){{1,3}})"
    r"\s+[-–—|]\s+(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+){0,3})$"
)
_BYLINE_BY_RE = re.compile(
    rf"^(?:By|by|BY)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
    rf"(?:\s+and\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})?)"
    # "By Nike Ching and Anita Powell in Doha": the reporters' place
    rf"(?:\s+in\s+(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}))?"
    r"(?:\s*[,|]\s*(?P<rest>.{1,60}))?$"
)
_DATELINE_CAPS_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\((?P<agency>[A-Za-z .&\-]{2,30})\))?"
    r"\s*[-–—:]\s*(?=[\"“‘'A-Z0-9])"
)
_DATELINE_TITLE_RE = re.compile(
    r"^(?P<place>[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){0,2}):\s+(?=[\"“A-Z])"
)
_NOT_PLACES = frozenset(
    str.split(
        """
    update updated note photo photos image video watch read analysis opinion editorial comment
    comments source sources editor exclusive breaking warning correction summary background q
    a question answer translation transcript caption credit related also see topics tags
    keywords category section published posted date time by author reporter writer contact
    email tel phone fax address website location title subject re fwd to from cc bcc listen
    live highlights advertisement sponsored disclaimer attention urgent flash alert more nb ps
    us uk un eu nato ok tv
    """
    )
)


def _title_place(place: str) -> str:
    words = []
    for w in place.split():
        words.append(w if len(w) <= 3 and w.isupper() and "." in w else w.capitalize())
    return " ".join(words)


def parse_byline_line(line: str) -> tuple[str, str | None] | None:
    """Return (author, place or None) when the line is a byline, else None."""
    s = line.strip()
    if not s or len(s) > 120:
        return None
    m = _BYLINE_DASH_RE.match(s)
    if m and not m.group("name").isupper():
        place = m.group("place")
        if place.casefold() not in _NOT_PLACES and any(c.isalpha() for c in place):
            return m.group("name"), _title_place(place)
    m = _BYLINE_BY_RE.match(s)
    if m:
        return m.group("name"), _title_place(m["place"]) if m["place"] else None
    return None


def parse_lede_dateline(line: str) -> str | None:
    """Return the title-cased place when the line opens with a dateline prefix, else None."""
    s = line.strip()[:200]
    m = _DATELINE_CAPS_RE.match(s)
    if m:
        place = m.group("place").rstrip(".-’'")
        letters = [c for c in place if c.isalpha()]
        if len(letters) >= 3 and place.casefold() not in _NOT_PLACES:
            return _title_place(place)
    m = _DATELINE_TITLE_RE.match(s) or _WIRE_DATELINE_TITLE_RE.match(s)
    if m:
        place = m.group("place")
        if not any(w.casefold() in _NOT_PLACES for w in place.replace("-", " ").split()):
            return place
    return None


# --- wire agency -------------------------------------------------------------------------------

WIRE_AGENCIES: dict[str, str] = {
    "reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press",
    "afp": "AFP", "agence france-presse": "AFP", "aa": "Anadolu Agency",
    "anadolu": "Anadolu Agency", "anadolu agency": "Anadolu Agency", "irna": "IRNA",
    "tasnim": "Tasnim News Agency", "mehr": "Mehr News Agency", "isna": "ISNA", "fars": "Fars",
    "dpa": "dpa", "xinhua": "Xinhua", "upi": "UPI", "wam": "WAM", "spa": "SPA", "kuna": "KUNA",
    "ians": "IANS", "pti": "PTI", "efe": "EFE", "ansa": "ANSA", "tass": "TASS", "sana": "SANA",
}
_AGENCY_ALT = "|".join(sorted((re.escape(k) for k in WIRE_AGENCIES), key=len, reverse=True))
_WIRE_DATELINE_RE = re.compile(
    rf"^[A-Z][\w .,'’-]{{1,60}}?\s*(?:\((?P<paren>{_AGENCY_ALT})\)|,\s*(?P<comma>{_AGENCY_ALT}))"
    r"\s*[-–—:]",
    re.IGNORECASE,
)
# "Baghdad (AFP) – ", "Tehran, IRNA – ": a title-case place before a wire agency
_WIRE_DATELINE_TITLE_RE = re.compile(
    rf"^(?P<place>[A-Z][a-zà-ÿ]+(?:[ \-][A-Z][a-zà-ÿ]+){{0,2}})\s*"
    rf"(?i:\((?:{_AGENCY_ALT})\)|,\s*(?:{_AGENCY_ALT}))\s*[-–—]\s*(?=[\"“A-Z])"
)
_WIRE_INPUTS_RE = re.compile(
    rf"^[-–—(\s]*with inputs? from\s+(?P<agency>{_AGENCY_ALT})\b", re.IGNORECASE
)


def parse_wire_agency(line: str) -> str | None:
    """The news agency that supplied the story, from a wire dateline ("BEIRUT (Reuters) -",
    "ANKARA, Turkey (AP) —", "Tehran, IRNA –") or a credit line ("-with inputs from Reuters").

    This is the story's author, not the outlet that published the page: newspapers reprint wire
    copy with its dateline, so it is a ``wire_agency`` signal, never a ``source`` one.
    """
    s = line.strip()[:200]
    m = _WIRE_DATELINE_RE.match(s)
    if m:
        return WIRE_AGENCIES[(m["paren"] or m["comma"]).casefold()]
    m = _WIRE_INPUTS_RE.match(s)
    if m:
        return WIRE_AGENCIES[m["agency"].casefold()]
    return None


# --- ranking ------------------------------------------------------------------------------------


def rank_signals(signals: Iterable[ArticleSignal]) -> list[ArticleSignal]:
    """Assign ``rank`` per kind: unflagged first, then higher confidence, then input order."""
    by_kind: dict[str, list[tuple[int, ArticleSignal]]] = {}
    for pos, s in enumerate(signals):
        by_kind.setdefault(s.kind, []).append((pos, s))
    out: list[ArticleSignal] = []
    for items in by_kind.values():
        items.sort(key=lambda t: (t[1].flag is not None, -t[1].confidence, t[0]))
        out.extend(replace(s, rank=r) for r, (_, s) in enumerate(items, start=1))
    return out


def _meta_str(metadata: Mapping[str, object], key: str) -> str | None:
    v = metadata.get(key)
    if v is None:
        return None
    s = str(v).strip()
    return s or None
