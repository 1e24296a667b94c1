"""Reading a dirty input folder: every file becomes one document or one rejection with a reason."""

import codecs
import json
import os
from pathlib import Path

import pytest

from orchestration.lib.ingest import (
    InputDocument,
    Rejection,
    decode_bytes,
    discover,
    read_inputs,
    sha256_text,
)

ARTICLE = ("The minister met officials in Paris on Monday. \u201cWe agree on trade,\u201d she said "
           "at the caf\u00e9.\n")
MB = 1024 * 1024


def read_all(folder: Path, max_bytes: int = MB) -> dict[str, InputDocument | Rejection]:
    items = list(read_inputs(folder, max_bytes))
    names = [item.input_name for item in items]
    assert len(names) == len(set(names)), names
    return {item.input_name: item for item in items}


def doc(items: dict, name: str) -> InputDocument:
    item = items[name]
    assert isinstance(item, InputDocument), item
    return item


def rejected(items: dict, name: str, reason: str) -> Rejection:
    item = items[name]
    assert isinstance(item, Rejection), item
    assert item.reason == reason, item
    assert item.detail
    return item


def test_encodings_are_decoded_correctly(tmp_path: Path) -> None:
    (tmp_path / "cp1252.txt").write_bytes(ARTICLE.encode("cp1252"))
    latin = "D\u00e9j\u00e0 vu in S\u00e3o Paulo.\n"
    (tmp_path / "latin1.txt").write_bytes(latin.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(ARTICLE.encode("utf-16"))  # with BOM
    (tmp_path / "utf16be.txt").write_bytes(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"))
    (tmp_path / "utf16nobom.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    (tmp_path / "utf8bom.txt").write_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8"))
    (tmp_path / "utf8.txt").write_bytes(ARTICLE.encode("utf-8"))
    items = read_all(tmp_path)
    for name in ("cp1252.txt", "utf16.txt", "utf16be.txt", "utf16nobom.txt", "utf8bom.txt",
                 "utf8.txt"):
        assert doc(items, name).text == ARTICLE, name
    assert doc(items, "cp1252.txt").encoding == "windows-1252"
    assert "decoded_as_windows_1252" in doc(items, "cp1252.txt").flags
    assert doc(items, "latin1.txt").text == latin
    assert doc(items, "utf16.txt").encoding == "utf-16"
    assert doc(items, "utf8bom.txt").text[0] == "T"  # the BOM is not part of the text
    assert doc(items, "utf16nobom.txt").flags == ("utf16_without_bom",)
    # same text, different bytes: the same content hash
    assert len({doc(items, n).content_sha256 for n in ("cp1252.txt", "utf16.txt", "utf8.txt")}) == 1


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = ("Caf\u00e9 \u00e0 Z\u00fcrich, na\u00efve r\u00e9sum\u00e9 ".encode() * 3) + b"\xff end"
    text, encoding, flags = decode_bytes(data)
    assert encoding == "utf-8" and "invalid_utf8_replaced" in flags
    assert text.startswith("Caf\u00e9 \u00e0 Z\u00fcrich") and "\ufffd" in text


def test_empty_binary_and_nul_bytes(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t \r\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "paper.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "bundle.txt").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + os.urandom(200))
    (tmp_path / "noise.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100)
    (tmp_path / "nul.txt").write_bytes(b"Hello\x00 world, the talks went on.\x00\n")
    items = read_all(tmp_path)
    rejected(items, "empty.txt", "empty")
    assert rejected(items, "blank.txt", "empty").content_sha256 == sha256_text("  \n\t \r\n")
    assert "PNG" in rejected(items, "image.txt", "not_text").detail
    assert "PDF" in rejected(items, "paper.txt", "not_text").detail
    assert "ZIP" in rejected(items, "bundle.txt", "not_text").detail
    rejected(items, "noise.txt", "not_text")
    nul = doc(items, "nul.txt")
    assert nul.text == "Hello world, the talks went on.\n"
    assert "nul_bytes_removed" in nul.flags


def test_subfolders_unsupported_hidden_and_odd_names(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(ARTICLE)
    (tmp_path / "hash#name.txt").write_text("Hash " + ARTICLE)
    (tmp_path / "notes.csv").write_text("a,b\n")
    (tmp_path / "README").write_text("read me\n")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("never read\n")
    (tmp_path / "UPPER.TXT").write_text("Upper " + ARTICLE)
    items = read_all(tmp_path)
    assert doc(items, "a/b/deep.txt").text == ARTICLE
    assert doc(items, "hash#name.txt").text.startswith("Hash ")
    assert doc(items, "UPPER.TXT").input_format == "txt"
    rejected(items, "notes.csv", "unsupported_format")
    rejected(items, "README", "unsupported_format")
    rejected(items, ".DS_Store", "hidden")
    assert "folder" in rejected(items, ".git", "hidden").detail
    assert not any(name.startswith(".git/") for name in items)
    assert [name for _, name in discover(tmp_path)] == sorted(
        ["README", "UPPER.TXT", "a/b/deep.txt", "hash#name.txt", "notes.csv"])


def test_invalid_utf8_file_name_is_rejected_not_crashing(tmp_path: Path) -> None:
    bad = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    with open(bad, "wb") as handle:
        handle.write(ARTICLE.encode())
    items = read_all(tmp_path)
    (item,) = items.values()
    assert isinstance(item, Rejection) and item.reason == "invalid_name"
    item.input_name.encode("utf-8")  # storable


def test_symlinks_never_escape_the_input_folder(tmp_path: Path) -> None:
    inputs, outside = tmp_path / "inputs", tmp_path / "outside"
    (inputs / "real").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret " + ARTICLE)
    (inputs / "real" / "story.txt").write_text(ARTICLE)
    (inputs / "link_out.txt").symlink_to(outside / "secret.txt")
    (inputs / "dir_out").symlink_to(outside, target_is_directory=True)
    (inputs / "link_in.txt").symlink_to(inputs / "real" / "story.txt")
    (inputs / "dir_in").symlink_to(inputs / "real", target_is_directory=True)
    (inputs / "dangling.txt").symlink_to(inputs / "nowhere.txt")
    (inputs / "loop").symlink_to(inputs, target_is_directory=True)
    items = read_all(inputs)
    rejected(items, "link_out.txt", "symlink_outside_input")
    rejected(items, "dir_out", "symlink_outside_input")
    rejected(items, "dir_in", "symlinked_directory")
    rejected(items, "loop", "symlinked_directory")
    rejected(items, "dangling.txt", "vanished")
    assert doc(items, "link_in.txt").text == ARTICLE
    assert doc(items, "real/story.txt").text == ARTICLE
    assert not any("Secret" in getattr(item, "text", "") for item in items.values())
    assert not any(name.startswith(("dir_out/", "dir_in/", "loop/")) for name in items)


def test_fifo_is_rejected_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    items = read_all(tmp_path)
    rejected(items, "pipe.txt", "not_a_regular_file")
    rejected(items, "pipe.jsonl", "not_a_regular_file")


def test_file_vanishing_between_discovery_and_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text("B " + ARTICLE)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": 1, "text": ARTICLE}) + "\n")
    reader = read_inputs(tmp_path, MB)
    first = next(reader)  # the folder has been listed; a.txt read
    assert first.input_name == "a.txt"
    (tmp_path / "b.txt").unlink()
    (tmp_path / "c.jsonl").unlink()
    rest = {item.input_name: item for item in reader}
    rejected(rest, "b.txt", "vanished")
    rejected(rest, "c.jsonl", "vanished")


def test_file_changed_between_reads_is_hashed_as_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    before = doc(read_all(tmp_path), "a.txt")
    path.write_text("Changed. " + ARTICLE)
    after = doc(read_all(tmp_path), "a.txt")
    assert before.content_sha256 == sha256_text(before.text)
    assert after.content_sha256 == sha256_text(after.text) != before.content_sha256


def test_too_large_txt_is_rejected_unread_and_limit_is_inclusive(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"word " * 300)  # 1500 bytes
    (tmp_path / "fits.txt").write_bytes(b"w" * 1000)
    items = read_all(tmp_path, max_bytes=1000)
    big = rejected(items, "big.txt", "too_large")
    assert big.size_bytes == 1500
    assert len(doc(items, "fits.txt").text) == 1000


def test_jsonl_bad_lines_are_rejected_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": ARTICLE, "title": "T", "published_at": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        json.dumps({"id": "a", "text": "repeat " + ARTICLE}),
        json.dumps({"id": 7, "text": "Seven " + ARTICLE}),
        json.dumps({"id": 7.5, "text": "float id"}),
        json.dumps({"id": {"x": 1}, "text": "object id"}),
        json.dumps({"id": True, "text": "bool id"}),
        json.dumps({"text": "no id"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"id": "d", "text": "   "}),
        json.dumps({"id": "e", "text": "Nul\u0000 here " + ARTICLE, "source": {"n": 1}}),
        json.dumps({"id": "f", "text": "Lone \ud800 surrogate " + ARTICLE}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "g\nh", "text": "control char id"}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(tmp_path)
    a = doc(items, "feed.jsonl#a")
    assert a.text == ARTICLE and a.metadata["title"] == "T" and a.input_format == "jsonl"
    rejected(items, "feed.jsonl#line2", "malformed_jsonl")
    assert "missing" in rejected(items, "feed.jsonl#b", "invalid_text").detail
    assert "int" in rejected(items, "feed.jsonl#c", "invalid_text").detail
    rejected(items, "feed.jsonl#line5", "duplicate_id")
    assert doc(items, "feed.jsonl#7").text.startswith("Seven")
    for line in (7, 8, 9, 17):
        rejected(items, f"feed.jsonl#line{line}", "invalid_id")
    rejected(items, "feed.jsonl#line10", "missing_id")
    rejected(items, "feed.jsonl#line11", "malformed_jsonl")
    rejected(items, "feed.jsonl#d", "empty")
    e = doc(items, "feed.jsonl#e")
    assert "\x00" not in e.text and "nul_bytes_removed" in e.flags
    assert e.metadata["source"] == '{"n": 1}'
    f = doc(items, "feed.jsonl#f")
    f.text.encode("utf-8")
    assert "invalid_characters_replaced" in f.flags
    rejected(items, "feed.jsonl#line16", "malformed_jsonl")  # recursion, not a crash
    assert len(items) == 16  # 17 lines, one blank


def test_jsonl_huge_line_is_skipped_in_bounded_chunks(tmp_path: Path) -> None:
    huge = json.dumps({"id": "big", "text": "x" * 5000})
    good = json.dumps({"id": "ok", "text": ARTICLE})
    (tmp_path / "feed.jsonl").write_text(f"{huge}\n{good}\n{huge}")  # last line: no newline
    items = read_all(tmp_path, max_bytes=1000)
    assert rejected(items, "feed.jsonl#line1", "too_large").size_bytes == len(huge) + 1
    assert doc(items, "feed.jsonl#ok").text == ARTICLE
    assert rejected(items, "feed.jsonl#line3", "too_large").size_bytes == len(huge)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_jsonl_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    content = "\n".join(json.dumps({"id": i, "text": f"{i} {ARTICLE}"}, ensure_ascii=False)
                        for i in range(3)) + "\n"
    (tmp_path / "feed.jsonl").write_bytes(content.encode(encoding))
    items = read_all(tmp_path)
    assert [doc(items, f"feed.jsonl#{i}").text for i in range(3)] == [
        f"{i} {ARTICLE}" for i in range(3)]


def test_binary_file_named_jsonl(tmp_path: Path) -> None:
    (tmp_path / "photo.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    items = read_all(tmp_path)
    rejected(items, "photo.jsonl", "not_text")


def test_missing_input_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(read_inputs(tmp_path / "nope", MB))


LINK_LIST = (
    "Top stories\n"
    "https://www.reuters.com/world/middle-east/iran-talks-2026-11-21/\n"
    "https://www.aljazeera.com/news/2026/11/21/gaza-ceasefire-latest\n"
    "Erdogan meets Putin in Sochi\n"
    "https://apnews.com/article/turkey-russia-erdogan-putin\n"
    "Read more\n"
)
PAYWALL_STUB = (
    "Saudi crown prince meets Qatari emir in Riyadh\n"
    "Subscribe to continue reading\n"
    "This article is for subscribers only.\n"
    "Already a subscriber? Log in\n"
)


def test_link_lists_and_paywall_stubs_are_rejected_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "links.txt").write_text(LINK_LIST)
    (tmp_path / "paywall.txt").write_text(PAYWALL_STUB)
    (tmp_path / "flash.txt").write_text("Erdogan meets Putin in Sochi\n")
    (tmp_path / "story_with_paywall_end.txt").write_text(
        ARTICLE + "\nContinue reading this article by registering at no cost.\n"
    )
    (tmp_path / "story_with_links.txt").write_text(
        ARTICLE + "\nhttps://example.org/a\nhttps://example.org/b\n"
    )
    items = read_all(tmp_path)
    assert rejected(items, "links.txt", "not_an_article").detail.startswith("link list: 3 links")
    assert rejected(items, "paywall.txt", "not_an_article").detail.startswith("paywall stub")
    doc(items, "flash.txt")  # a one-line wire flash is still news
    doc(items, "story_with_paywall_end.txt")
    doc(items, "story_with_links.txt")


EMAIL_ONLY = (
    "From: Leila Haddad <leila@example.com>\n"
    "Date: Tue, Feb 11, 2025 at 7:02 AM\n"
    "Subject: Re: tomorrow\n"
    "To: Omar Nasser <omar@example.org>\n"
    "\n"
    "Call me when you land.\n"
    "Sent from my iPhone\n"
)


def test_an_email_without_an_article_is_rejected_but_a_forwarded_article_is_news(
    tmp_path: Path,
) -> None:
    (tmp_path / "email.txt").write_text(EMAIL_ONLY)
    (tmp_path / "forward.txt").write_text(EMAIL_ONLY.replace("Call me when you land.", ARTICLE))
    items = read_all(tmp_path)
    detail = rejected(items, "email.txt", "not_an_article").detail
    assert detail.startswith("e-mail without an article: 4 header lines")
    doc(items, "forward.txt")


def test_crlf_copy_of_a_page_is_the_same_text(tmp_path: Path) -> None:
    page = "Ministers meet in Paris\n\n" + ARTICLE + "\n" + ARTICLE
    (tmp_path / "a.txt").write_bytes(page.encode())
    (tmp_path / "b.txt").write_bytes(page.replace("\n", "\r\n").encode())
    (tmp_path / "c.txt").write_bytes(page.replace("\n", "\r").encode())
    items = read_all(tmp_path)
    assert doc(items, "b.txt").text == doc(items, "a.txt").text == doc(items, "c.txt").text
    assert doc(items, "b.txt").content_sha256 == doc(items, "a.txt").content_sha256
