"""Saved web pages: the visible story text, the page's own metadata, and input files of HTML
and web archives (WARC)."""

import json
from pathlib import Path

from orchestration.lib.html_text import declared_charset, html_page, looks_like_html
from orchestration.lib.ingest import InputDocument, Rejection, read_inputs

STORY = ("ANKARA - Turkish and Iranian military leaders held talks on Wednesday over cooperation "
         "in the Syrian conflict, officials said.")
WRAPPED = STORY.replace("cooperation ", "cooperation\n")  # the source wraps inside a paragraph
ESCAPED = ("Bagheri met his Turkish counterpart on Tuesday &amp; Defense Minister Canikli on "
           "Wednesday.")
SECOND = "Bagheri met his Turkish counterpart on Tuesday & Defense Minister Canikli on Wednesday."

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Iran's top general meets Erdogan | Ynetnews</title>
<meta property="og:site_name" content="Ynetnews">
<meta property="article:published_time" content="2017-08-16T18:30:00+03:00">
<link rel="canonical" href="https://www.ynetnews.com/articles/0,7340,L-5002.html">
<style>p {{ color: red }}</style>
<script>var teaser = "<p>Never text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<header><h1>Iran's top general meets Erdogan</h1>
<time datetime="2017-08-16">08.16.17</time></header>
<article>
<p>{WRAPPED}</p>
<figure><img src="a.jpg" alt="alt text is not visible"><figcaption>Bagheri meets with Erdogan<br>
Photo: EPA</figcaption></figure>
<p>{ESCAPED}</p>
<div hidden>Subscribe to our newsletter</div>
<div style="display: none">Hidden promo</div>
<button>Share on Facebook</button>
</article>
<aside><h2>Most read</h2>
<p>A long teaser for another story that nobody asked about at all.</p></aside>
<footer>&copy; 2017 Yedioth Internet</footer>
</body></html>
"""


def test_page_text_keeps_the_story_blocks_and_drops_what_is_not_visible_or_not_story() -> None:
    page = html_page(PAGE)
    lines = [line for line in page.text.splitlines() if line]
    assert lines == [
        "Iran's top general meets Erdogan", "08.16.17", STORY,
        "Bagheri meets with Erdogan", "Photo: EPA", SECOND, "\u00a9 2017 Yedioth Internet",
    ]
    assert "\n\n" in page.text  # blocks are paragraphs, like a page copied from a browser


def test_page_metadata_comes_from_the_head() -> None:
    assert html_page(PAGE).metadata == {
        "title": "Iran's top general meets Erdogan",  # <title> without the outlet, = <h1>
        "published_at": "2017-08-16T18:30:00+03:00",
        "source": "Ynetnews",
        "url": "https://www.ynetnews.com/articles/0,7340,L-5002.html",
    }


def test_json_ld_news_article_fills_what_meta_tags_leave_out() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Home page name", "url": "https://example.org/page"},
        {"@type": ["NewsArticle"], "headline": "Erdogan hosts Iranian general",
         "datePublished": "2017-08-16T09:00:00Z",
         "publisher": {"@type": "Organization", "name": "Daily Sabah"},
         "mainEntityOfPage": {"@id": "https://www.dailysabah.com/x"}},
    ]}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            f"<body><p>{STORY}</p></body></html>")
    assert html_page(html).metadata == {
        "title": "Erdogan hosts Iranian general", "published_at": "2017-08-16T09:00:00Z",
        "source": "Daily Sabah", "url": "https://www.dailysabah.com/x",
    }


def test_title_tag_loses_the_outlet_suffix_only_when_it_names_the_outlet() -> None:
    head = '<meta property="og:site_name" content="Al-Monitor">'
    page = html_page(f"<html><head>{head}<title>Gulf talks resume - Al-Monitor</title></head>"
                     f"<body><p>{STORY}</p></body></html>")
    assert page.metadata["title"] == "Gulf talks resume"
    page = html_page(f"<html><head><title>Iraq - Turkey talks</title></head><body><p>{STORY}</p>"
                     "</body></html>")
    assert page.metadata["title"] == "Iraq - Turkey talks"
    og = '<meta property="og:title" content="Gulf talks resume | Al-Monitor">'
    page = html_page(f"<html><head>{head}{og}</head><body><p>{STORY}</p></body></html>")
    assert page.metadata["title"] == "Gulf talks resume"


def test_the_main_article_wins_over_teasers_of_other_stories() -> None:
    html = ("<html><body><h1>Main headline</h1><p>Published <time>Aug 17, 2017</time></p>"
            "<article><h2>Teaser</h2><p>Short teaser text.</p></article>"
            f"<article><p>{STORY}</p><p>{ESCAPED}</p></article>"
            "<article><p>Another short teaser.</p></article></body></html>")
    lines = [line for line in html_page(html).text.splitlines() if line]
    assert lines == ["Main headline", "Published Aug 17, 2017", STORY, SECOND]


def test_a_missing_head_end_tag_does_not_hide_the_body() -> None:
    page = html_page(f"<html><head><title>T</title><p>{STORY}</p></html>")
    assert page.text.strip() == STORY


def test_an_unclosed_menu_is_read_rather_than_losing_the_rest_of_the_page() -> None:
    page = html_page(f"<html><body><nav><a>Home</a><p>{STORY}</p></body></html>")
    assert STORY in page.text
    assert "html_unclosed_element" in page.flags


def test_line_breaks_pre_and_tables() -> None:
    html = ("<html><body><p>First line<br>second line</p><pre>a  b\nc</pre>"
            "<table><tr><td>Name</td><td>Role</td></tr></table></body></html>")
    assert html_page(html).text.split("\n\n") == ["First line\nsecond line", "a b\nc",
                                                  "Name Role\n"]


def test_charset_declarations_and_markup_detection() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1255">') == "windows-1255"
    assert declared_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == "iso-8859-1"
    assert declared_charset(b"<html><body>no declaration</body></html>") is None
    assert looks_like_html("\ufeff  <!DOCTYPE html><html>")
    assert looks_like_html("<HTML><body>")
    assert not looks_like_html("<b>Breaking</b>: talks in Ankara")


def read_all(folder: Path) -> dict[str, InputDocument | Rejection]:
    return {item.input_name: item for item in read_inputs(folder, 1 << 20)}


def test_html_files_become_documents_with_the_page_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    hebrew = ('<html><head><meta charset="windows-1255"><title>T</title></head><body>'
              f"<p>\u05d7\u05d3\u05e9\u05d5\u05ea {STORY}</p></body></html>")
    (tmp_path / "hebrew.htm").write_bytes(hebrew.encode("cp1255"))
    (tmp_path / "latin.html").write_bytes(  # "ISO-8859-1" is read as Windows-1252, like browsers
        f'<meta charset="iso-8859-1"><p>\u201cYes,\u201d he said. {STORY}</p>'.encode("cp1252"))
    (tmp_path / "source.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><head><title>Only a title</title></head>"
                                         "<body><script>x()</script></body></html>")
    items = read_all(tmp_path)
    page = items["page.html"]
    assert isinstance(page, InputDocument) and page.input_format == "html"
    assert STORY in page.text and "<" not in page.text
    assert page.metadata["source"] == "Ynetnews"
    assert page.size_bytes == len(PAGE.encode())
    hebrew_doc = items["hebrew.htm"]
    assert isinstance(hebrew_doc, InputDocument)
    assert "\u05d7\u05d3\u05e9\u05d5\u05ea" in hebrew_doc.text
    assert hebrew_doc.encoding == "cp1255"
    latin = items["latin.html"]
    assert isinstance(latin, InputDocument) and "\u201cYes,\u201d" in latin.text
    source = items["source.txt"]
    assert isinstance(source, InputDocument) and source.text == page.text
    assert "html_markup_converted" in source.flags and source.metadata == page.metadata
    empty = items["empty.html"]
    assert isinstance(empty, Rejection) and empty.reason == "empty"
    assert "no visible text" in empty.detail


def test_jsonl_records_may_carry_html(tmp_path: Path) -> None:
    records = [
        {"id": "a", "html": PAGE},
        {"id": "b", "html": PAGE, "title": "The record's own title", "source": "Reuters"},
        {"id": "c", "text": PAGE},
        {"id": "d", "html": "<html><body></body></html>"},
        {"id": "e", "html": 42},
    ]
    (tmp_path / "pages.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    items = read_all(tmp_path)
    first, second, third = (items[f"pages.jsonl#{key}"] for key in "abc")
    assert isinstance(first, InputDocument) and STORY in first.text
    assert first.metadata["published_at"] == "2017-08-16T18:30:00+03:00"
    assert isinstance(second, InputDocument)
    assert second.metadata["title"] == "The record's own title"
    assert second.metadata["source"] == "Reuters"
    assert second.metadata["url"] == first.metadata["url"]  # the page fills what the record lacks
    assert isinstance(third, InputDocument) and third.text == first.text
    assert isinstance(items["pages.jsonl#d"], Rejection)
    assert items["pages.jsonl#d"].reason == "empty"
    assert items["pages.jsonl#e"].reason == "invalid_text"


def warc_record(kind: str, record_id: str, block: bytes, uri: str = "https://example.org/a",
                content_type: str = "application/http; msgtype=response") -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http_response(body: bytes, status: str = "200 OK", headers: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\n{headers}Content-Length: {len(body)}\r\n\r\n").encode() + body


def chunked(body: bytes) -> bytes:
    half = len(body) // 2
    parts = (body[:half], body[half:])
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts) + b"0\r\n\r\n"


def test_warc_files_give_one_document_per_page_record(tmp_path: Path) -> None:
    import gzip
    import zlib

    page = PAGE.encode("utf-8")
    hebrew = f"<html><body><p>\u05d7\u05d3\u05e9\u05d5\u05ea {STORY} Again.</p></body></html>"
    gz = zlib.compressobj(wbits=16 + zlib.MAX_WBITS)
    gzipped = gz.compress(b"<html><body><p>Gzipped. " + STORY.encode() + b"</p></body></html>")
    gzipped += gz.flush()
    records = [
        warc_record("warcinfo", "0", b"software: test crawler\r\n",
                    content_type="application/warc-fields"),
        warc_record("request", "1", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n",
                    content_type="application/http; msgtype=request"),
        warc_record("response", "2", http_response(page, headers="Content-Type: text/html\r\n")),
        warc_record("response", "3", http_response(
            hebrew.encode("cp1255"), headers="Content-Type: text/html; charset=windows-1255\r\n"),
            uri="https://example.org/he"),
        warc_record("response", "4", http_response(
            chunked(gzipped), headers="Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                                      "Content-Encoding: gzip\r\n")),
        warc_record("response", "5", http_response(b"", status="301 Moved Permanently")),
        warc_record("response", "6", http_response(b"\x89PNG\r\n", headers="Content-Type: "
                                                                              "image/png\r\n")),
        warc_record("response", "7", http_response(b"x" * 5000, headers="Content-Type: "
                                                                         "text/html\r\n")),
        warc_record("metadata", "8", b"fetchTimeMs: 12\r\n",
                    content_type="application/warc-fields"),
    ]
    data = b"".join(records)
    (tmp_path / "crawl.warc").write_bytes(data)
    # a .warc.gz holds one gzip member per record
    (tmp_path / "crawl2.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in records))
    (tmp_path / "broken.warc").write_bytes(records[2] + b"garbage that is not a record\r\n")
    (tmp_path / "not.warc").write_bytes(b"just some text\n")
    items = {item.input_name: item for item in read_inputs(tmp_path, 4000)}
    for name in ("crawl.warc", "crawl2.warc.gz"):
        got = {key: items.pop(f"{name}#urn:uuid:{key}") for key in "234567"}
        first = got["2"]
        assert isinstance(first, InputDocument) and first.input_format == "warc"
        assert STORY in first.text and first.metadata["source"] == "Ynetnews"
        assert first.metadata["url"].startswith("https://www.ynetnews.com/")  # canonical wins
        second = got["3"]
        assert isinstance(second, InputDocument)
        assert "\u05d7\u05d3\u05e9\u05d5\u05ea" in second.text
        assert second.metadata["url"] == "https://example.org/he"  # no canonical: crawled URL
        assert isinstance(got["4"], InputDocument) and got["4"].text.startswith("Gzipped.")
        assert [(got[key].reason) for key in "567"] == [
            "not_an_article", "unsupported_format", "too_large"]
        assert "301" in got["5"].detail and "image/png" in got["6"].detail
    assert isinstance(items.pop("broken.warc#urn:uuid:2"), InputDocument)
    assert items.pop("broken.warc#after1").reason == "malformed_warc"
    assert items.pop("not.warc").reason == "malformed_warc"
    assert not items  # request, metadata and warcinfo records are not documents


def test_text_decoded_twice_upstream_is_repaired(tmp_path: Path) -> None:
    from orchestration.lib.mojibake import repair_mojibake

    assert repair_mojibake("Enrique PeÃ±a Nieto") == ("Enrique Peña Nieto", 1)
    assert repair_mojibake("the minister donâ€™t") == ("the minister don\u2019t", 1)
    assert repair_mojibake("Ã¢â‚¬â„¢")[0] == "\u2019"  # damaged twice
    assert repair_mojibake("cafÃ©, Ã‰lysÃ©e")[0] == "café, Élysée"
    for clean in ("São Paulo, à », Nº 5, Ö°, naïve café", "Peña Nieto", "GÃ1⁄4len"):
        assert repair_mojibake(clean) == (clean, 0)
    (tmp_path / "a.txt").write_text("Mexican President Enrique PeÃ±a Nieto met Trump.\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": 1, "text": "PeÃ±a met Trump."}) + "\n")
    items = read_all(tmp_path)
    assert items["a.txt"].text == "Mexican President Enrique Peña Nieto met Trump.\n"
    assert "mojibake_repaired" in items["a.txt"].flags
    assert items["b.jsonl#1"].text == "Peña met Trump."
