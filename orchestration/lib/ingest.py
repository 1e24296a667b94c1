"""Read an input folder into documents or rejections, never raising on bad input.

Formats
- `*.txt`: one article per file. `input_name` is the path relative to the input folder.
- `*.jsonl`: one article per line, `id` and `text` required, `title`, `source`, `url`, `published_at`
  optional. `input_name` is `<relative file>#<id>`. A bad line is rejected alone; the rest of the file loads.
- Anything else in the folder is rejected as `unsupported_format` (so that nothing is silently ignored),
  except hidden files (names starting with a dot).

Decoding: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else Windows-1252 when the bytes are text-like.
Binary files (by magic number or control-byte share) are rejected. NUL bytes in otherwise-text files are
removed and the document is flagged. Files larger than the configured limit are rejected without being read.
Symlinks are followed only when their target stays inside the input folder.
"""

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl"}
METADATA_FIELDS = ("title", "source", "url", "published_at")
BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"BZh": "bzip2 archive",
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


class DecodeError(ValueError):
    """The bytes are not a text document."""


def decode_bytes(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Return (text, encoding, flags) or raise DecodeError with a readable reason."""
    for magic, kind in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"binary file ({kind})")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), ()
            except UnicodeDecodeError as error:
                raise DecodeError(f"invalid {encoding} after byte-order mark: {error}") from error
    flags: tuple[str, ...] = ()
    sample = data[:65536]
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
    try:
        text = data.decode("cp1252")
        return text, "windows-1252", (*flags, "decoded_as_windows_1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        return text, "latin-1", (*flags, "decoded_as_latin_1")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def discover(input_dir: Path) -> Iterator[tuple[Path, str]]:
    """Yield (path, input_name) for every visible file under input_dir, sorted, recursively."""
    root = input_dir
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.is_dir():
            continue
        yield path, relative.as_posix()


def read_inputs(input_dir: Path, max_bytes: int) -> Iterator[InputDocument | Rejection]:
    """Yield one InputDocument or Rejection per input document found under input_dir."""
    if not input_dir.is_dir():
        raise FileNotFoundError(f"input folder does not exist: {input_dir}")
    for path, name in discover(input_dir):
        yield from _read_path(path, name, input_dir, max_bytes)


def _read_path(
    path: Path, name: str, root: Path, max_bytes: int
) -> Iterator[InputDocument | Rejection]:
    if path.is_symlink() and not _inside(path, root):
        yield Rejection(name, "symlink_outside_input", "symlink target is outside the input folder")
        return
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES:
        yield Rejection(name, "unsupported_format", f"unsupported file type {suffix or '(none)'!r}")
        return
    try:
        size = path.stat().st_size
    except OSError as error:
        yield Rejection(name, "unreadable", f"cannot stat file: {error}")
        return
    if TEXT_SUFFIXES[suffix] == "jsonl":
        yield from _read_jsonl(path, name, max_bytes)
        return
    if size > max_bytes:
        yield Rejection(name, "too_large", f"{size} bytes exceeds the limit of {max_bytes}", size)
        return
    try:
        data = path.read_bytes()
    except OSError as error:
        yield Rejection(name, "unreadable", f"cannot read file: {error}", size)
        return
    yield _document_or_rejection(name, "txt", data, {})


def _document_or_rejection(
    name: str, fmt: str, data: bytes | str, metadata: dict[str, str | None]
) -> InputDocument | Rejection:
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    if isinstance(data, str):
        text, encoding, flags = data, "utf-8", ()
        if "\x00" in text:
            text, flags = text.replace("\x00", ""), ("nul_bytes_removed",)
    else:
        try:
            text, encoding, flags = decode_bytes(data)
        except DecodeError as error:
            return Rejection(name, "not_text", str(error), size)
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be stored
    if not text.strip():
        return Rejection(name, "empty", "no text (empty or whitespace only)", size, sha256_text(text))
    return InputDocument(name, fmt, text, encoding, size, metadata, flags)


def _read_jsonl(path: Path, name: str, max_bytes: int) -> Iterator[InputDocument | Rejection]:
    seen_ids: set[str] = set()
    try:
        handle = path.open("rb")
    except OSError as error:
        yield Rejection(name, "unreadable", f"cannot open file: {error}")
        return
    with handle:
        for line_no, raw in enumerate(handle, start=1):
            where = f"{name}#line{line_no}"
            if len(raw) > max_bytes:
                yield Rejection(where, "too_large", f"line of {len(raw)} bytes exceeds the limit")
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                yield Rejection(where, "malformed_jsonl", f"line {line_no}: {error}", len(raw))
                continue
            if not isinstance(record, dict):
                yield Rejection(where, "malformed_jsonl", f"line {line_no}: not a JSON object")
                continue
            record_id = record.get("id")
            if record_id is None or (isinstance(record_id, str) and not record_id.strip()):
                yield Rejection(where, "missing_id", f"line {line_no}: record has no 'id'", len(raw))
                continue
            record_name = f"{name}#{record_id}"
            if record_name in seen_ids:
                yield Rejection(
                    f"{where}", "duplicate_id", f"line {line_no}: id {record_id!r} repeats", len(raw)
                )
                continue
            seen_ids.add(record_name)
            text = record.get("text")
            if not isinstance(text, str):
                kind = "missing" if text is None else f"a {type(text).__name__}, not a string"
                yield Rejection(record_name, "invalid_text", f"'text' is {kind}", len(raw))
                continue
            metadata = {key: _as_text(record.get(key)) for key in METADATA_FIELDS}
            yield _document_or_rejection(record_name, "jsonl", text, metadata)


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)
