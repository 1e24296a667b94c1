"""Saved web pages (`.html`) as article text plus the page's own metadata (standard library only).

A page saved from a browser or a scraper holds the story, the site's furniture and, in its `<head>`,
metadata more reliable than anything read from the text: the headline (`og:title`, JSON-LD
`headline`), the publication time (`article:published_time`, JSON-LD `datePublished`), the outlet
(`og:site_name`, JSON-LD `publisher`) and the canonical URL. `html_page` returns both:

- **text**: the visible text, one line per block element (paragraphs, headings, list items, table
  rows, captions), blank lines between blocks like a page copied from a browser, so the article
  cleaner (`article_cleaning`) reads it exactly as it reads a pasted `.txt` page. Never visible, so
  never kept: `<head>`, scripts, styles, templates, SVG, forms, and elements marked `hidden` or
  `aria-hidden="true"`. Never story, so dropped by structure: `<nav>` menus, `<aside>` boxes
  (related stories, "most read"), `<dialog>`s (cookie walls). When the page has several top-level
  `<article>` elements (the story and teasers of others), only the one with the most paragraph text
  is kept, with the page's `<h1>` and `<time>` lines before it when they are outside it.
- **metadata**: `title`, `published_at`, `source`, `url` (each None when the page does not say),
  the same fields a JSONL record may carry, so the cleaner treats them as confirmed values.

Malformed HTML is the rule on the web: the parser never raises, unclosed paragraphs are fine, and
when a dropped element (`<nav>`, `<aside>`, ...) is never closed, the page is read again without
dropping it rather than losing the rest of the page.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Content never visible in a browser, skipped on every reading.
INVISIBLE_TAGS = frozenset({
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "canvas",
})
# Visible, but never story: menus, side boxes, dialogs (cookie walls), controls. Skipped unless one
# of them is left open (then the page is read again without skipping them).
FURNITURE_TAGS = frozenset({"nav", "aside", "dialog", "menu", "button", "select", "textarea"})
VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
})
BLOCK_TAGS = frozenset({
    "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "tfoot", "thead", "tr", "ul",
})
# A start tag that can only be in the body: ends a <head> whose end tag is missing.
BODY_TAGS = BLOCK_TAGS | {"a", "span", "b", "i", "em", "strong", "img", "time"}
CELL_TAGS = frozenset({"td", "th"})

# meta name / property / itemprop -> field, most specific first
META_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("og:title", "twitter:title", "headline", "dc.title", "sailthru.title"),
    "published_at": (
        "article:published_time", "og:article:published_time", "datepublished",
        "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
        "publish_date", "article.published", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.created", "date",
    ),
    "source": ("og:site_name", "application-name", "publisher", "dc.publisher"),
    "url": ("og:url", "twitter:url"),
}
# JSON-LD types that describe the story (a NewsArticle beats a WebPage of the same page)
NEWS_LD_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
    "webpage",
})
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""",
                         re.IGNORECASE)
_SPACE_RE = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_TITLE_SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
@dataclass
class _Chunk:
    """One block's text, where it came from (top-level <article> number) and what it holds."""

    text: str
    article: int | None
    tag: str
    in_paragraph: bool
    has_time: bool


@dataclass
class HtmlPage:
    text: str
    metadata: dict[str, str | None]
    flags: tuple[str, ...] = ()


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (`<meta charset>` or http-equiv), or None."""
    match = _CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


class _Reader(HTMLParser):
    """One pass over a page: text chunks per block, and the metadata tags met on the way."""

    def __init__(self, drop_furniture: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.drop_furniture = drop_furniture
        self.chunks: list[_Chunk] = []
        self.meta: dict[str, str] = {}
        self.ld_json: list[str] = []
        self.canonical: str | None = None
        self.title_tag = ""
        self.first_h1 = ""
        self.left_open: str | None = None  # a skipped element never closed
        self._skip_tag: str | None = None  # the skipped element, counted when nested
        self._skip_depth = 0
        self._buffer: list[str] = []
        self._has_time = False
        self._pre = 0
        self._paragraph = 0
        self._in_title = False
        self._in_ld = False
        self._ld_buffer: list[str] = []
        self._in_h1 = False
        self._h1_text: list[str] = []
        self._article_depth = 0
        self._article_count = 0

    # -- structure -------------------------------------------------------------------------
    def _skippable(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in INVISIBLE_TAGS:
            return True
        if not self.drop_furniture:
            return False
        if tag in FURNITURE_TAGS:
            return True
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return True
        return "display:none" in (attrs.get("style") or "").replace(" ", "").lower()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {key.lower(): value for key, value in attrs}
        if tag == "meta":
            self._meta(named)
            return
        if tag == "link":
            if "canonical" in (named.get("rel") or "").lower().split() and named.get("href"):
                self.canonical = self.canonical or named["href"]
            return
        if tag == "script" and "ld+json" in (named.get("type") or "").lower():
            self._in_ld, self._ld_buffer = True, []
        if tag == "title" and self._skip_tag in (None, "head"):
            self._in_title = True
        if self._skip_tag == "head" and tag in BODY_TAGS:
            self._skip_tag, self._skip_depth = None, 0  # </head> was left out
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag in VOID_TAGS:
            if tag in ("br", "hr"):
                self._buffer.append("\n")
            return
        if self._skippable(tag, named):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if named.get("itemprop") == "datePublished":
            self._meta_value("datepublished", named.get("datetime") or named.get("content"))
        if tag == "time":
            self._has_time = True
            if "pubdate" in named:
                self._meta_value("pubdate", named.get("datetime"))
        if tag == "article":
            if self._article_depth == 0:
                self._flush()
                self._article_count += 1
            self._article_depth += 1
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "pre":
            self._pre += 1
        elif tag == "p":
            self._paragraph += 1
        elif tag == "h1" and not self.first_h1:
            self._in_h1, self._h1_text = True, []
        elif tag in CELL_TAGS:
            self._buffer.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:  # <div/> in XHTML: an empty element
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_ld:
            self._in_ld = False
            self.ld_json.append("".join(self._ld_buffer))
        if tag == "title":
            self._in_title = False
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in BLOCK_TAGS:
            self._flush(tag)
        if tag == "pre" and self._pre:
            self._pre -= 1
        elif tag == "p" and self._paragraph:
            self._paragraph -= 1
        elif tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.first_h1 = _squash("".join(self._h1_text))
        elif tag == "article" and self._article_depth:
            self._article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_ld:
            self._ld_buffer.append(data)
        elif self._in_title:
            self.title_tag += data
        elif self._skip_tag is None:
            # source line breaks are spaces, except in <pre>; <br> makes the lines of a block
            self._buffer.append(data if self._pre else data.replace("\n", " "))
            if self._in_h1:
                self._h1_text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        if self._skip_tag is not None and self._skip_tag not in INVISIBLE_TAGS:
            self.left_open = self._skip_tag

    # -- output ----------------------------------------------------------------------------
    def _flush(self, tag: str = "") -> None:
        if not self._buffer:
            return
        raw, self._buffer = "".join(self._buffer), []
        text = "\n".join(line for line in (_squash(part) for part in raw.split("\n")) if line)
        if text:
            article = self._article_count if self._article_depth else None
            self.chunks.append(_Chunk(text, article, tag, self._paragraph > 0 or tag == "p",
                                      self._has_time))
        self._has_time = False

    # -- metadata --------------------------------------------------------------------------
    def _meta(self, named: dict[str, str | None]) -> None:
        key = (named.get("property") or named.get("name") or named.get("itemprop") or "").lower()
        self._meta_value(key, named.get("content"))

    def _meta_value(self, key: str, value: str | None) -> None:
        if key and value and value.strip() and key not in self.meta:
            self.meta[key] = _squash(value)


def _squash(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip()


def _ld_objects(blobs: list[str]) -> list[dict]:
    """Every JSON-LD object of the page, flattened out of lists and `@graph`s."""
    found: list[dict] = []

    def visit(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            found.append(node)
            visit(node.get("@graph"))

    for blob in blobs:
        try:
            visit(json.loads(blob))
        except (ValueError, RecursionError):
            continue
    return found


def _ld_types(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _ld_text(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return _squash(value)
    if isinstance(value, dict):
        return _ld_text(value.get("name") or value.get("@id") or value.get("url"))
    if isinstance(value, list) and value:
        return _ld_text(value[0])
    return None


def _ld_metadata(blobs: list[str]) -> dict[str, str]:
    """headline / datePublished / publisher / url of the page's news-article object."""
    nodes = [node for node in _ld_objects(blobs) if _ld_types(node) & NEWS_LD_TYPES]
    # a NewsArticle beats a WebPage describing the same page
    nodes.sort(key=lambda node: "webpage" in _ld_types(node))
    out: dict[str, str] = {}
    for node in nodes:
        for key, value in (("title", node.get("headline") or node.get("name")),
                           ("published_at", node.get("datePublished")),
                           ("source", node.get("publisher")),
                           ("url", node.get("url") or node.get("mainEntityOfPage"))):
            text = _ld_text(value)
            if text and key not in out:
                out[key] = text
    return out


def _strip_site_suffix(title: str, source: str | None) -> str:
    """'Headline | Outlet' -> 'Headline' when the last part names the outlet."""
    if not source:
        return title
    for separator in _TITLE_SUFFIX_SEPARATORS:
        head, _, tail = title.rpartition(separator)
        if head and tail.strip().lower() == source.strip().lower():
            return head.strip()
    return title


def _metadata(reader: _Reader) -> dict[str, str | None]:
    ld = _ld_metadata(reader.ld_json)
    meta = reader.meta

    def first(field_name: str) -> str | None:
        for key in META_KEYS[field_name]:
            if meta.get(key):
                return meta[key]
        return ld.get(field_name)

    source = first("source")
    title = _strip_site_suffix(first("title") or "", source)  # some og:titles carry it too
    if not title:
        tag_title = _squash(reader.title_tag)
        if reader.first_h1 and (not tag_title or tag_title.startswith(reader.first_h1)):
            title = reader.first_h1  # "Headline | Outlet" in <title>, "Headline" in <h1>
        elif tag_title:
            title = _strip_site_suffix(tag_title, source)
    published = first("published_at")
    url = reader.canonical or first("url")
    return {"title": title or None, "published_at": published or None,
            "source": source or None, "url": url or None}


def _story_chunks(reader: _Reader) -> list[_Chunk]:
    """The chunks to keep: all of them, or the main <article> when the page has several."""
    chunks = reader.chunks
    articles = {chunk.article for chunk in chunks if chunk.article is not None}
    if len(articles) < 2:
        return chunks
    weight: dict[int, int] = {}
    for chunk in chunks:
        if chunk.article is not None and chunk.in_paragraph:
            weight[chunk.article] = weight.get(chunk.article, 0) + len(chunk.text)
    if not weight:
        return chunks
    main = max(sorted(weight), key=lambda number: weight[number])
    first_index = next(i for i, chunk in enumerate(chunks) if chunk.article == main)
    before = [chunk for chunk in chunks[:first_index]
              if chunk.article is None and (chunk.tag == "h1" or chunk.has_time)]
    return before + [chunk for chunk in chunks if chunk.article == main]


def _read(html: str, drop_furniture: bool) -> _Reader:
    reader = _Reader(drop_furniture=drop_furniture)
    try:
        reader.feed(html)
        reader.close()
    except (AssertionError, ValueError):  # very broken markup: keep what was read
        reader._flush()
    return reader


def html_page(html: str) -> HtmlPage:
    """The visible story text and metadata of one saved web page."""
    reader = _read(html, drop_furniture=True)
    flags: tuple[str, ...] = ()
    if reader.left_open:
        reader = _read(html, drop_furniture=False)
        flags = ("html_unclosed_element",)
    text = "\n\n".join(chunk.text for chunk in _story_chunks(reader))
    return HtmlPage(text + "\n" if text else "", _metadata(reader), flags)


def looks_like_html(text: str) -> bool:
    """True when a text is really a whole page's markup (starts with a doctype or `<html>`)."""
    return text.lstrip("\ufeff \t\r\n")[:15].lower().startswith(("<!doctype html", "<html"))
