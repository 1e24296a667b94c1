"""Web archive files (`.warc`, `.warc.gz`): the pages a crawler stored, one input document each.

News corpora are often distributed as WARC files (Common Crawl's CC-NEWS, web archives, a
newsroom's own crawls). Each `response` record (an HTTP response) or `resource` record is one
input document, named `<file>#<WARC-Record-ID>`; the other record types (`request`, `metadata`,
`warcinfo`, `revisit`, ...) describe the crawl, not documents, and are passed over. A record is read
only up to the size limit (a larger one is skipped in 1 MB chunks, never held whole), so a file of
any size streams. A `.warc.gz` file is a series of gzip members, one per record; Python's gzip
reader reads them as one stream.

`records` yields `WarcPayload`s (the body of a page, with its content type, charset and the
crawled URL) or `WarcProblem`s (a record that cannot be a document, with the reason). Turning a
payload into an article is `ingest`'s work, as for any saved page.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

MAX_HEADER_LINE = 64 * 1024
MAX_HEADER_LINES = 500
DOCUMENT_TYPES = frozenset({"response", "resource"})
_CHUNK = 1 << 20
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


@dataclass(frozen=True)
class WarcPayload:
    record_id: str
    target_uri: str | None
    content_type: str  # lower-case media type, e.g. "text/html"
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class WarcProblem:
    record_id: str
    reason: str  # a raw.rejected_inputs reason
    detail: str
    size_bytes: int | None = None


class WarcFormatError(ValueError):
    """The file is not (or stops being) a WARC file; nothing after this point can be read."""


def _headers(handle: BinaryIO) -> dict[str, str]:
    headers: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES):
        line = handle.readline(MAX_HEADER_LINE)
        if not line.strip():
            return headers
        name, sep, value = line.decode("utf-8", "replace").partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    raise WarcFormatError(f"more than {MAX_HEADER_LINES} header lines in one record")


def _skip(handle: BinaryIO, length: int) -> None:
    while length > 0:
        chunk = handle.read(min(length, _CHUNK))
        if not chunk:
            return
        length -= len(chunk)


def records(handle: BinaryIO, max_bytes: int) -> Iterator[WarcPayload | WarcProblem]:
    """Every document record of a WARC stream, in file order; raises WarcFormatError when the
    stream is not WARC (at the start, or after a damaged record)."""
    number = 0
    while True:
        line = handle.readline(MAX_HEADER_LINE)
        while line in (b"\r\n", b"\n"):  # the blank lines closing the previous record
            line = handle.readline(MAX_HEADER_LINE)
        if not line:
            return
        number += 1
        if not line.startswith(b"WARC/"):
            where = "the start" if number == 1 else f"record {number}"
            raise WarcFormatError(f"no WARC version line at {where} (found {line[:40]!r})")
        headers = _headers(handle)
        try:
            length = int(headers.get("content-length", ""))
        except ValueError as error:
            raise WarcFormatError(f"record {number} has no valid Content-Length") from error
        record_id = headers.get("warc-record-id", "").strip("<>") or f"record{number}"
        kind = headers.get("warc-type", "").lower()
        if kind not in DOCUMENT_TYPES:
            _skip(handle, length)
            continue
        if length > max_bytes:
            _skip(handle, length)
            yield WarcProblem(record_id, "too_large",
                              f"WARC {kind} record of {length} bytes exceeds the limit of "
                              f"{max_bytes}", length)
            continue
        block = handle.read(length)
        if len(block) < length:
            yield WarcProblem(record_id, "unreadable",
                              f"WARC record cut short: {len(block)} of {length} bytes", len(block))
            return
        yield _payload(record_id, kind, headers, block)


def _payload(record_id: str, kind: str, headers: dict[str, str],
             block: bytes) -> WarcPayload | WarcProblem:
    uri = headers.get("warc-target-uri") or None
    if kind == "resource":
        media, charset = _media_type(headers.get("content-type", ""))
        return _typed(WarcPayload(record_id, uri, media, charset, block), len(block))
    head, sep, body = block.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = block.partition(b"\n\n")
    lines = head.decode("iso-8859-1").splitlines()
    status = lines[0].split() if lines else []
    if len(status) < 2 or not status[0].startswith("HTTP/"):
        return WarcProblem(record_id, "malformed_warc", "response record without an HTTP status "
                           "line", len(block))
    http = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if colon:
            http[name.strip().lower()] = value.strip()
    if not status[1].startswith("2"):
        return WarcProblem(record_id, "not_an_article",
                           f"HTTP {status[1]} response ({uri or 'no URI'}), no page", len(block))
    try:
        body = _decoded_body(body, http)
    except (ValueError, zlib.error) as error:
        return WarcProblem(record_id, "not_text", f"cannot decode the HTTP body: {error}",
                           len(block))
    media, charset = _media_type(http.get("content-type", ""))
    return _typed(WarcPayload(record_id, uri, media, charset, body), len(block))


def _typed(payload: WarcPayload, size: int) -> WarcPayload | WarcProblem:
    if payload.content_type in ("text/html", "application/xhtml+xml", "text/plain", ""):
        return payload
    return WarcProblem(payload.record_id, "unsupported_format",
                       f"WARC record of type {payload.content_type} "
                       f"({payload.target_uri or 'no URI'})", size)


def _media_type(value: str) -> tuple[str, str | None]:
    media = value.split(";", 1)[0].strip().lower()
    match = _CHARSET_RE.search(value)
    return media, (match.group(1).lower() if match else None)


def _decoded_body(body: bytes, http: dict[str, str]) -> bytes:
    """The body as the server meant it: chunks joined, gzip/deflate undone."""
    if "chunked" in http.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    encoding = http.get("content-encoding", "").lower().strip()
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)
    if encoding not in ("", "identity"):
        raise ValueError(f"unsupported Content-Encoding {encoding!r}")
    return body


def _dechunk(body: bytes) -> bytes:
    out, position = bytearray(), 0
    while position < len(body):
        end = body.find(b"\r\n", position)
        if end < 0:
            raise ValueError("chunked body without a chunk size line")
        size = int(body[position:end].split(b";")[0].strip() or b"0", 16)
        if size == 0:
            break
        out += body[end + 2:end + 2 + size]
        position = end + 2 + size + 2
    return bytes(out)
