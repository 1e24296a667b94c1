"""Read an input folder into documents or rejections, never raising on bad input.

Formats
- `*.txt`: one article per file. `input_name` is the path relative to the input folder (POSIX `/`).
- `*.html`, `*.htm`, `*.xhtml`: one saved web page per file. The visible story text is kept and the
  page's own title, publication time, outlet and canonical URL become the document's metadata
  (`html_text`); the charset is read from a byte-order mark, else the page's declaration, else
  detected like any text. A page with no visible text is rejected `empty`.
- `*.jsonl`: one article per line, `id` (string or integer) and `text` (string) required; `title`,
  `source`, `url`, `published_at` optional. `input_name` is `<relative file>#<id>`. A bad line is
  rejected alone (its name is `<relative file>#line<N>`); the rest of the file loads. A record may
  carry the page's markup in `html` instead of `text`; the record's own metadata fields win over
  the page's.
- `*.warc`, `*.warc.gz`: web archives; each page record (`response`, `resource`) is one document
  named `<file>#<WARC-Record-ID>` (`warc`), read as a saved page; a non-page response (an image,
  an HTTP redirect or error) is rejected with the reason, a file that is not WARC `malformed_warc`.
- Markup saved as text (a `.txt` file or a JSONL `text` starting with `<!DOCTYPE html` or `<html`)
  is read as a page too, flagged `html_markup_converted`.
- Anything else in the folder is rejected as `unsupported_format`, so that nothing is silently
  ignored.
- Hidden entries (a name starting with a dot, e.g. `.DS_Store`, `.git/`) are recorded as one
  `hidden` rejection each and a hidden folder is not descended into.

Decoding (`decode_bytes`): UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without a BOM
when every other byte is NUL, UTF-8 with a few invalid bytes (replaced, flagged), else Windows-1252
(Latin-1 for the five bytes cp1252 leaves undefined). Binary files (by magic number or control-byte
share) are rejected. NUL bytes in otherwise-text files are removed and the document is flagged.

Mojibake: UTF-8 text that was decoded as Windows-1252 before it reached us ("PeÃ±a", "â€™") is
repaired (`mojibake`) and the document flagged `mojibake_repaired`.

Line endings: CRLF and lone CR become LF before the text is stored and hashed, so the same page
saved on Windows is a `duplicate` of its Unix copy, not a second article (and its meetings are not
counted twice).

Not news: a document with no story sentence that is a bare link list (two or more URL lines, the
rest short labels), a paywall stub (a headline and "Subscribe to continue reading" lines) or an
e-mail without an article (two or more "From:" / "Subject:" header lines and short lines) is
rejected `not_an_article`, with the kind and the evidence in `detail` (`not_article_reason`).
Short wire flashes without URLs or paywall notices are still articles.

Limits: a `.txt` file or one JSONL line larger than `max_bytes` is rejected `too_large` without
being read into memory (at most `max_bytes + 1` bytes are held at once). JSONL files may be larger
in total.

File system: only regular files are read (FIFOs, sockets, devices are rejected, never opened).
Symlinked files are followed only when their target stays inside the input folder; symlinked
directories are never followed (one rejection each: `symlink_outside_input`, or
`symlinked_directory` when the target is inside, whose files are loaded from their real place). A
file that disappears between discovery and reading is rejected `vanished`; one that changes while
read yields whichever bytes were read, hashed as stored. Names that are not valid UTF-8 are
rejected `invalid_name`.
"""

import codecs
import gzip
import hashlib
import io
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from orchestration.lib import warc
from orchestration.lib.html_text import declared_charset, html_page, looks_like_html
from orchestration.lib.mojibake import repair_mojibake

TEXT_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html",
                 ".xhtml": "html", ".warc": "warc", ".warc.gz": "warc"}
METADATA_FIELDS = ("title", "source", "url", "published_at")
MAX_ID_CHARS = 200
# Browsers read these declarations as Windows-1252 (the WHATWG encoding standard), and so do we.
HTML_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                        "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}
BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"PK\x05\x06": "ZIP archive",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ\x00": "xz archive",
    b"7z\xbc\xaf\x27\x1c": "7-zip archive",
    b"\xd0\xcf\x11\xe0": "MS Office document",
    b"SQLite format 3\x00": "SQLite database",
}
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


@dataclass(frozen=True)
class InputDocument:
    input_name: str
    input_format: str
    text: str
    encoding: str
    size_bytes: int
    metadata: dict[str, str | None] = field(default_factory=dict)
    flags: tuple[str, ...] = ()

    @property
    def content_sha256(self) -> str:
        return sha256_text(self.text)


@dataclass(frozen=True)
class Rejection:
    input_name: str
    reason: str
    detail: str
    size_bytes: int | None = None
    content_sha256: str | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id_for(content_sha256: str) -> str:
    """Content-addressed id: the same text always gets the same id, whatever its file name."""
    return f"art_{content_sha256[:20]}"


def storable(text: str) -> str:
    """The text with lone surrogates (not storable as UTF-8) replaced by U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


class DecodeError(ValueError):
    """The bytes are not a text document."""


def binary_kind(data: bytes) -> str | None:
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            return kind
    return None


def _looks_utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when (mostly ASCII) text has a NUL in every other byte."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, flags) or raise DecodeError with a readable reason."""
    kind = binary_kind(data)
    if kind:
        raise DecodeError(f"binary file ({kind})")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), ()
            except UnicodeDecodeError as error:
                raise DecodeError(f"invalid {encoding} after byte-order mark: {error}") from error
    sample = data[:65536]
    utf16 = _looks_utf16_without_bom(sample[: len(sample) - len(sample) % 2])
    if utf16:
        try:
            return data.decode(utf16), utf16, ("utf16_without_bom",)
        except UnicodeDecodeError:
            pass
    flags: tuple[str, ...] = ()
    if sample:
        nul_share = sample.count(0) / len(sample)
        controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 0))
        if nul_share > 0.1 or controls / len(sample) > 0.05:
            raise DecodeError("binary file (control bytes)")
    if b"\x00" in data:
        data = data.replace(b"\x00", b"")
        flags = ("nul_bytes_removed",)
    try:
        return data.decode("utf-8"), "utf-8", flags
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = sum(1 for char in replaced if ord(char) > 127) - replaced.count("\ufffd")
    if non_ascii >= 2 * bad:  # mostly valid multi-byte UTF-8 with a few stray bytes
        return replaced, "utf-8", (*flags, "invalid_utf8_replaced")
    try:
        return data.decode("cp1252"), "windows-1252", (*flags, "decoded_as_windows_1252")
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", (*flags, "decoded_as_latin_1")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _valid_name(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Entry:
    """One thing found under the input folder: a candidate file, or a reason it is not read."""

    path: Path
    input_name: str
    skip_reason: str | None = None
    skip_detail: str = ""


def walk(input_dir: Path) -> Iterator[Entry]:
    """Every entry under input_dir in path order (by name, depth first), without following
    directory symlinks and without descending into hidden folders. An explicit stack of folder
    iterators keeps deep trees from hitting the recursion limit."""
    stack: list[Iterator[Entry]] = [_folder(input_dir, "", input_dir)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif entry.skip_reason == "_folder":
            stack.append(_folder(entry.path, entry.input_name + "/", input_dir))
        else:
            yield entry


def _folder(folder: Path, prefix: str, root: Path) -> Iterator[Entry]:
    try:
        with os.scandir(folder) as handle:
            entries = sorted(handle, key=lambda e: e.name)
    except OSError as error:
        yield Entry(folder, prefix.rstrip("/") or ".", "unreadable", f"cannot list folder: {error}")
        return
    for entry in entries:
        name = prefix + entry.name
        path = Path(entry.path)
        if not _valid_name(name):
            shown = storable(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
            yield Entry(path, shown, "invalid_name", "file name is not valid UTF-8")
        elif entry.name.startswith("."):
            kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
            yield Entry(path, name, "hidden", f"hidden {kind} ignored (name starts with '.')")
        elif entry.is_symlink() and not _inside(path, root):
            yield Entry(path, name, "symlink_outside_input",
                        "symlink target is outside the input folder (not followed)")
        elif entry.is_symlink() and path.is_dir():
            yield Entry(path, name, "symlinked_directory",
                        "symlinked folder not followed; its target inside the input folder is "
                        "loaded from its real place")
        elif entry.is_dir(follow_symlinks=False):
            yield Entry(path, name, "_folder")
        else:
            yield Entry(path, name)


def discover(input_dir: Path) -> Iterator[tuple[Path, str]]:
    """Yield (path, input_name) for every candidate file under input_dir (see `walk`)."""
    for entry in walk(input_dir):
        if entry.skip_reason is None:
            yield entry.path, entry.input_name


def read_inputs(input_dir: Path, max_bytes: int) -> Iterator[InputDocument | Rejection]:
    """Yield one InputDocument or Rejection per input document found under input_dir."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder does not exist: {input_dir}")
    for entry in walk(input_dir):
        if entry.skip_reason is not None:
            yield Rejection(entry.input_name, entry.skip_reason, entry.skip_detail)
            continue
        yield from _read_path(entry.path, entry.input_name, max_bytes)


def _open_regular(path: Path, name: str) -> tuple[BinaryIO, int] | Rejection:
    """Open a regular file without blocking (never a FIFO or a device); return (handle, size)."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return Rejection(name, "vanished", "file disappeared before it could be read")
    except OSError as error:
        return Rejection(name, "unreadable", f"cannot stat file: {error}")
    if not stat.S_ISREG(status.st_mode):
        return Rejection(name, "not_a_regular_file", "not a regular file (FIFO, socket or device)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        return Rejection(name, "vanished", "file disappeared before it could be read",
                         status.st_size)
    except OSError as error:
        return Rejection(name, "unreadable", f"cannot open file: {error}", status.st_size)
    handle = os.fdopen(fd, "rb")
    opened = os.fstat(handle.fileno())
    if not stat.S_ISREG(opened.st_mode):
        handle.close()
        return Rejection(name, "not_a_regular_file", "not a regular file (replaced while read)")
    return handle, opened.st_size


def input_suffix(path: Path) -> str:
    """The suffix that names the format: `.warc.gz` as a whole, else the last one."""
    lowered = path.name.lower()
    return ".warc.gz" if lowered.endswith(".warc.gz") else path.suffix.lower()


def _read_path(path: Path, name: str, max_bytes: int) -> Iterator[InputDocument | Rejection]:
    suffix = input_suffix(path)
    if suffix not in TEXT_SUFFIXES:
        yield Rejection(name, "unsupported_format", f"unsupported file type {suffix or '(none)'!r}")
        return
    opened = _open_regular(path, name)
    if isinstance(opened, Rejection):
        yield opened
        return
    handle, size = opened
    with handle:
        if TEXT_SUFFIXES[suffix] == "jsonl":
            yield from _read_jsonl(handle, name, max_bytes)
            return
        if TEXT_SUFFIXES[suffix] == "warc":
            yield from _read_warc(handle, name, max_bytes, compressed=suffix == ".warc.gz")
            return
        if size > max_bytes:
            yield Rejection(name, "too_large", f"{size} bytes exceeds the limit of {max_bytes}",
                            size)
            return
        try:
            data = handle.read(max_bytes + 1)  # bounded even if the file grows while read
        except OSError as error:
            yield Rejection(name, "unreadable", f"cannot read file: {error}", size)
            return
    if len(data) > max_bytes:
        yield Rejection(name, "too_large", f"grew beyond the limit of {max_bytes} bytes while read",
                        len(data))
        return
    if TEXT_SUFFIXES[suffix] == "html":
        yield _html_document(name, data)
        return
    yield _document_or_rejection(name, "txt", data, {})


def decode_html(data: bytes, served_as: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode a page by its byte-order mark, else the charset the server gave (`served_as`), else
    the one the page declares, else like any text."""
    charset = None
    if not data.startswith(tuple(bom for bom, _ in BOMS)):
        charset = served_as or declared_charset(data)
    charset = HTML_CHARSET_ALIASES.get(charset or "", charset)
    if charset and binary_kind(data) is None:
        try:
            return data.decode(charset), codecs.lookup(charset).name, ()
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return decode_bytes(data)


def _html_document(
    name: str, data: bytes, fmt: str = "html", charset: str | None = None,
    url: str | None = None,
) -> InputDocument | Rejection:
    """A saved web page: its visible story text, with the page's own title, date, outlet, URL.
    `charset` is what the server said (a WARC record's HTTP header), `url` where it was fetched."""
    try:
        markup, encoding, flags = decode_html(data, charset)
    except DecodeError as error:
        return Rejection(name, "not_text", str(error), len(data))
    page = html_page(markup)
    if not page.text.strip():
        return Rejection(name, "empty", "HTML page with no visible text", len(data),
                         sha256_text(markup))
    metadata = {**page.metadata, "url": page.metadata.get("url") or url}
    return _document_or_rejection(name, fmt, page.text, metadata, (*flags, *page.flags),
                                  encoding, size=len(data))


def _read_warc(handle: BinaryIO, name: str, max_bytes: int,
               compressed: bool) -> Iterator[InputDocument | Rejection]:
    """One document per page record of a web archive (see `warc`)."""
    stream: BinaryIO = gzip.GzipFile(fileobj=handle) if compressed else handle
    seen: set[str] = set()
    try:
        for record in warc.records(stream, max_bytes):
            where = f"{name}#{record.record_id}"
            if where in seen:
                yield Rejection(where, "duplicate_id", "WARC-Record-ID repeats an earlier record")
                continue
            seen.add(where)
            if isinstance(record, warc.WarcProblem):
                yield Rejection(where, record.reason, record.detail, record.size_bytes)
            elif record.content_type == "text/plain":
                yield _document_or_rejection(where, "warc", record.body,
                                             {"url": record.target_uri})
            else:
                yield _html_document(where, record.body, "warc", record.charset,
                                     record.target_uri)
    except (warc.WarcFormatError, OSError, EOFError, zlib.error) as error:
        yield Rejection(f"{name}#after{len(seen)}" if seen else name, "malformed_warc",
                        f"cannot read on as WARC after {len(seen)} records: {error}")


def _converted_markup(
    text: str, metadata: dict[str, str | None], flags: tuple[str, ...],
) -> tuple[str, dict[str, str | None], tuple[str, ...]]:
    """A text that is a whole page's markup becomes the page's text; the record's own metadata
    wins over the page's."""
    page = html_page(text)
    merged = {key: metadata.get(key) or page.metadata.get(key) for key in METADATA_FIELDS}
    return page.text, merged, (*flags, *page.flags, "html_markup_converted")


def _document_or_rejection(
    name: str, fmt: str, data: bytes | str, metadata: dict[str, str | None],
    flags: tuple[str, ...] = (), encoding: str = "utf-8", size: int | None = None,
) -> InputDocument | Rejection:
    if size is None:
        size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if isinstance(data, str):
        text = data
        if "\x00" in text:
            text, flags = text.replace("\x00", ""), (*flags, "nul_bytes_removed")
    else:
        try:
            text, encoding, flags = decode_bytes(data)
        except DecodeError as error:
            return Rejection(name, "not_text", str(error), size)
        if looks_like_html(text):  # page source saved as .txt
            text, metadata, flags = _converted_markup(text, metadata, flags)
    safe = storable(text)  # lone surrogates cannot be stored
    if safe != text:
        text, flags = safe, (*flags, "invalid_characters_replaced")
    text, repaired = repair_mojibake(text)  # "PeÃ±a" -> "Peña"
    if repaired:
        flags = (*flags, "mojibake_repaired")
    if not text.strip():
        return Rejection(name, "empty", "no text (empty or whitespace only)", size,
                         sha256_text(text))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    why = not_article_reason(text)
    if why is not None:
        return Rejection(name, "not_an_article", why, size, sha256_text(text))
    return InputDocument(name, fmt, text, encoding, size, metadata, flags)


NOT_ARTICLE_MAX_CHARS = 20_000  # link lists and paywall stubs are short; longer texts are articles
_URL_LINE_RE = re.compile(r"^(?:[-*•·>]\s*)?(?:https?://|www\.)\S+$", re.IGNORECASE)
_PAYWALL_LINE_RE = re.compile(
    r"\b(?:continue reading|subscribe (?:to|now|today)|subscribers? only|for subscribers|"
    r"already (?:a subscriber|subscribed|have an account)|log ?in to (?:read|continue)|"
    r"register (?:for free |now )?to (?:read|continue)|premium (?:article|content)|paywall|"
    r"unlock (?:this|full) (?:article|story|access)|free articles? (?:left|remaining))\b",
    re.IGNORECASE,
)
_SENTENCE_LINE_END = (".", "!", "?", "\"", "”", "’", "'", ")")
# an e-mail's header lines ("From: ...", "Subject: ..."): an e-mail with no story is not news
_EMAIL_HEADER_LINE_RE = re.compile(r"^(?:From|To|Cc|Bcc|Date|Sent|Subject|Reply-To)\s*:\s*\S")
EMAIL_HEADERS_MIN = 2


def _is_story_sentence(line: str) -> bool:
    words = len(line.split())
    return words >= 15 or (words >= 8 and line.endswith(_SENTENCE_LINE_END))


def not_article_reason(text: str) -> str | None:
    """Why a document is not a news article (a bare link list, a paywall stub), or None.

    Only documents without a single story sentence qualify (a line of 15+ words, or 8+ words
    ending a sentence, that is not a URL or a paywall notice); when unsure, it is an article.
    """
    if len(text) > NOT_ARTICLE_MAX_CHARS:
        return None
    urls: list[str] = []
    paywall: list[str] = []
    headers: list[str] = []
    others: list[str] = []
    for raw in text.splitlines():
        ln = raw.strip()
        if not ln:
            continue
        if _EMAIL_HEADER_LINE_RE.match(ln[:40]):
            headers.append(ln)
        elif _URL_LINE_RE.match(ln):
            urls.append(ln)
        elif _PAYWALL_LINE_RE.search(ln[:500]):
            paywall.append(ln)
        elif _is_story_sentence(ln):
            return None  # an article: every input is checked on every run, so stop at once
        else:
            others.append(ln)
    if len(urls) >= 2:
        return (f"link list: {len(urls)} links and {len(others)} short lines, no story sentence "
                f"(first link {urls[0][:120]!r})")
    if paywall:
        return (f"paywall stub: {paywall[0][:120]!r} and {len(others)} other short lines, no "
                "story sentence")
    if len(headers) >= EMAIL_HEADERS_MIN:
        return (f"e-mail without an article: {len(headers)} header lines "
                f"({headers[0][:80]!r}) and {len(others)} short lines, no story sentence")
    return None


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes or None when longer than max_bytes, length) for each line; a long line is
    skipped in bounded chunks, never held whole."""
    line_no = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield line_no, raw, len(raw)
            continue
        length = len(raw)
        while True:
            chunk = handle.readline(1 << 20)
            length += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield line_no, None, length


def _decode_line(raw: bytes, first: bool) -> tuple[str, str, tuple[str, ...]]:
    if first and raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        try:
            return raw.decode("cp1252"), "windows-1252", ("decoded_as_windows_1252",)
        except UnicodeDecodeError:
            return raw.decode("latin-1"), "latin-1", ("decoded_as_latin_1",)


def _record_id(value: object) -> str | None:
    """A usable JSONL id as text, or None: strings and integers only, printable, bounded."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = storable(str(value))
    if not text.strip() or len(text) > MAX_ID_CHARS or any(ord(c) < 32 for c in text):
        return None
    return text


def _read_jsonl(handle: BinaryIO, name: str, max_bytes: int) -> Iterator[InputDocument | Rejection]:
    head = handle.peek(8)[:8] if isinstance(handle, io.BufferedReader) else b""
    kind = binary_kind(head)
    if kind:
        yield Rejection(name, "not_text", f"binary file ({kind})")
        return
    wide = next((enc for bom, enc in BOMS[1:] if head.startswith(bom)), None)
    lines: Iterator[tuple[int, bytes | None, int]]
    if wide:  # UTF-16/32 JSONL: decode as a stream, re-encode each line as UTF-8
        text_stream = io.TextIOWrapper(handle, encoding=wide, errors="replace", newline="\n")
        lines = ((n, line.encode("utf-8", "surrogatepass"), len(line))
                 for n, line in enumerate(text_stream, start=1))
    else:
        lines = _lines(handle, max_bytes)
    seen_ids: set[str] = set()
    for line_no, raw, length in lines:
        where = f"{name}#line{line_no}"
        if raw is None or length > max_bytes:
            yield Rejection(where, "too_large",
                            f"line {line_no} of {length} bytes exceeds the limit of {max_bytes}",
                            length)
            continue
        if not raw.strip():
            continue
        line, encoding, flags = _decode_line(raw, line_no == 1)
        if wide:
            encoding = wide
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as error:
            yield Rejection(where, "malformed_jsonl", f"line {line_no}: {str(error)[:200]}", length)
            continue
        if not isinstance(record, dict):
            yield Rejection(where, "malformed_jsonl", f"line {line_no}: not a JSON object", length)
            continue
        raw_id = record.get("id")
        if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
            yield Rejection(where, "missing_id", f"line {line_no}: record has no 'id'", length)
            continue
        record_id = _record_id(raw_id)
        if record_id is None:
            yield Rejection(where, "invalid_id",
                            f"line {line_no}: 'id' must be a non-empty string or an integer "
                            f"without control characters, got {type(raw_id).__name__}", length)
            continue
        record_name = f"{name}#{record_id}"
        if record_id in seen_ids:
            yield Rejection(where, "duplicate_id",
                            f"line {line_no}: id {record_id!r} repeats an earlier line", length)
            continue
        seen_ids.add(record_id)
        text = record.get("text")
        markup = record.get("html") if text is None else None
        if not isinstance(text, str) and not isinstance(markup, str):
            what = "missing" if text is None else f"a {type(text).__name__}, not a string"
            yield Rejection(record_name, "invalid_text", f"'text' is {what} (and no 'html')",
                            length)
            continue
        metadata = {key: _as_text(record.get(key)) for key in METADATA_FIELDS}
        if isinstance(markup, str) or looks_like_html(text):
            text, metadata, flags = _converted_markup(storable(markup or text), metadata, flags)
            if not text.strip():
                yield Rejection(record_name, "empty", "HTML page with no visible text", length)
                continue
        yield _document_or_rejection(record_name, "jsonl", text, metadata, flags, encoding)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    return storable(value if isinstance(value, str) else json.dumps(value))
