"""A dirty input folder through the whole pipeline: the run succeeds, every input is accounted for,
the good articles come out, and the accounting check fails when a document is missing or doubled."""

import codecs
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from orchestration import settings
from orchestration.lib.ingest import article_id_for, sha256_text
from tests.conftest import SEEDS, Env, run_job
from tests.unit.test_html_text import http_response, warc_record

pytestmark = pytest.mark.integration

CP1252 = ("Paris, March 3 \u2014 \u201cWe will not give up,\u201d the minister told reporters "
          "at a caf\u00e9 near the \u00c9lys\u00e9e on Monday. The talks with Germany resume "
          "next week.\n")
FRENCH = ("Le ministre des affaires \u00e9trang\u00e8res a rencontr\u00e9 son homologue allemand "
          "\u00e0 Paris lundi. Les deux hommes ont discut\u00e9 de la guerre et de la paix dans "
          "la r\u00e9gion, et ils se reverront la semaine prochaine pour une nouvelle r\u00e9union "
          "avec les dirigeants de l'Union europ\u00e9enne.\n")
MIXED = ("The foreign minister met his French counterpart in Paris on Monday, officials said. "
         "The two men discussed trade and security for an hour. \u201cC'est la vie,\u201d he "
         "told reporters after the meeting with the delegation from Berlin.\n")
NO_PUNCT = " ".join(["officials from the ministry met delegates in Geneva"] * 60) + "\n"
MB = 1024 * 1024


def write_dirty_corpus(inputs: Path, outside: Path) -> dict[str, str]:
    """Generate the folder; returns {input_name: expected outcome ('article' or a reason)}."""
    seeds = sorted(SEEDS.glob("*.txt"))
    (inputs / "sub" / "deeper").mkdir(parents=True)
    outside.mkdir(parents=True)
    good = seeds[0].read_text(encoding="utf-8")
    shutil.copy(seeds[0], inputs / "good.txt")
    shutil.copy(seeds[1], inputs / "sub" / "deeper" / "nested.txt")
    (inputs / "good_copy.txt").write_text(good, encoding="utf-8")
    (inputs / "good_crlf.txt").write_bytes(good.replace("\n", "\r\n").encode())
    (inputs / "links.txt").write_text(
        "Top stories\nhttps://www.example.org/world/talks\nhttps://www.example.org/gaza\n"
        "Erdogan meets Putin in Sochi\n", encoding="utf-8")
    (inputs / "paywall.txt").write_text(
        "Saudi crown prince meets Qatari emir in Riyadh\nSubscribe to continue reading\n"
        "Already a subscriber? Log in\n", encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "blank.txt").write_bytes(b" \n\t\r\n  ")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(300))
    (inputs / "paper.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + os.urandom(300))
    (inputs / "bundle.txt").write_bytes(b"PK\x03\x04\x14\x00" + os.urandom(300))
    (inputs / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (inputs / "utf16.txt").write_bytes(("UTF-16 " + CP1252).encode("utf-16"))
    (inputs / "utf8bom.txt").write_bytes(codecs.BOM_UTF8 + ("BOM " + CP1252).encode())
    nul = ("NUL " + CP1252).encode().replace(b"minister", b"mini\x00ster")
    (inputs / "nul.txt").write_bytes(nul)
    (inputs / "french.txt").write_text(FRENCH, encoding="utf-8")
    (inputs / "mixed.txt").write_text(MIXED, encoding="utf-8")
    (inputs / "no_punctuation.txt").write_text(NO_PUNCT, encoding="utf-8")
    (inputs / "too_long_to_annotate.txt").write_text("Long. " + NO_PUNCT * 4, encoding="utf-8")
    (inputs / "huge.txt").write_bytes(b"word " * (MB // 4))  # 1.25 MB > NEWS_MAX_INPUT_MB=1
    (inputs / "hash#name.txt").write_text("Hash " + MIXED, encoding="utf-8")
    (inputs / "notes.csv").write_text("a,b\n1,2\n")
    (inputs / "page.html").write_text(html_page_of(seeds[2].read_text(encoding="utf-8")),
                                      encoding="utf-8")
    (inputs / "script_only.html").write_text("<html><body><script>render()</script></body></html>")
    crawled = f"<html><body><h1>Crawled</h1><p>Crawled. {MIXED}</p></body></html>".encode()
    (inputs / "crawl.warc").write_bytes(
        warc_record("response", "c1", http_response(crawled, headers="Content-Type: text/html\r\n"))
        + warc_record("response", "c2", http_response(b"", status="404 Not Found")))
    (inputs / "bad.warc").write_bytes(b"not a web archive\n")
    (inputs / ".hidden.txt").write_text("never loaded\n")
    (outside / "secret.txt").write_text("OUTSIDE-7f3a " + MIXED)
    (inputs / "link_out.txt").symlink_to(outside / "secret.txt")
    (inputs / "dir_out").symlink_to(outside, target_is_directory=True)
    (inputs / "mixed_link.txt").symlink_to(inputs / "mixed.txt")
    os.mkfifo(inputs / "pipe.txt")
    records = [
        json.dumps({"id": "r1", "text": "Record one. " + MIXED, "title": "Record one"}),
        "{broken json",
        json.dumps({"id": "r2"}),
        json.dumps({"id": "r3", "text": ["not", "a", "string"]}),
        json.dumps({"id": 42, "text": "Record forty-two. " + MIXED}),
        json.dumps({"id": {"nested": 1}, "text": "object id"}),
        json.dumps({"id": "r1", "text": "Repeated id. " + MIXED}),
        json.dumps({"id": "big", "text": "x" * (MB + 10)}),
        json.dumps({"id": "fr", "text": FRENCH.replace("lundi", "mardi")}),
        json.dumps({"id": "web", "html": f"<html><body><p>Web. {MIXED}</p></body></html>",
                    "source": "Record Outlet"}),
    ]
    (inputs / "feed.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return {
        "good.txt": "article", "sub/deeper/nested.txt": "article", "good_copy.txt": "duplicate",
        "good_crlf.txt": "duplicate", "links.txt": "not_an_article",
        "paywall.txt": "not_an_article",
        "empty.txt": "empty", "blank.txt": "empty", "image.txt": "not_text",
        "paper.txt": "not_text", "bundle.txt": "not_text", "cp1252.txt": "article",
        "utf16.txt": "article", "utf8bom.txt": "article", "nul.txt": "article",
        "french.txt": "article", "mixed.txt": "article", "no_punctuation.txt": "article",
        "too_long_to_annotate.txt": "article", "huge.txt": "too_large",
        "hash#name.txt": "article", "notes.csv": "unsupported_format", ".hidden.txt": "hidden",
        "link_out.txt": "symlink_outside_input", "dir_out": "symlink_outside_input",
        "mixed_link.txt": "duplicate", "pipe.txt": "not_a_regular_file",
        "feed.jsonl#r1": "article", "feed.jsonl#line2": "malformed_jsonl",
        "feed.jsonl#r2": "invalid_text", "feed.jsonl#r3": "invalid_text",
        "feed.jsonl#42": "article", "feed.jsonl#line6": "invalid_id",
        "feed.jsonl#line7": "duplicate_id", "feed.jsonl#line8": "too_large",
        "feed.jsonl#fr": "article", "page.html": "article", "script_only.html": "empty",
        "feed.jsonl#web": "article", "crawl.warc#urn:uuid:c1": "article",
        "crawl.warc#urn:uuid:c2": "not_an_article", "bad.warc": "malformed_warc",
    }


HTML_OUTLET = "The Levant Ledger"
HTML_TITLE = "Generals meet in Ankara as Turkey and Iran draw closer"


def html_page_of(text: str) -> str:
    """A saved web page around a story: metadata in the head, a menu, the story, a side box."""
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{HTML_TITLE} | {HTML_OUTLET}</title>"
        f"<meta property='og:site_name' content='{HTML_OUTLET}'>"
        "<meta property='article:published_time' content='2017-08-18T07:15:00+03:00'>"
        "<link rel='canonical' href='https://levant-ledger.example/2017/08/generals'>"
        "</head><body><nav><a href='/'>Home</a><a href='/mideast'>MENU-7c1 Mideast</a></nav>"
        f"<main><h1>{HTML_TITLE}</h1><article>{paragraphs}</article></main>"
        "<aside><p>ASIDE-7c1 Most read: a story about something else entirely.</p></aside>"
        "</body></html>"
    )


@pytest.fixture(scope="module")
def dirty(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    root = tmp_path_factory.mktemp("dirty")
    expected = write_dirty_corpus(root / "inputs", root / "outside")
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("NEWS_INPUT_DIR", str(root / "inputs"))
        monkeypatch.setenv("NEWS_WAREHOUSE", str(root / "warehouse" / "news.duckdb"))
        monkeypatch.setenv("NEWS_MAX_INPUT_MB", "1")
        monkeypatch.setenv("NEWS_MAX_ANNOTATE_CHARS", "5000")
        monkeypatch.delenv("NEWS_BUILD_DIR", raising=False)
        settings.export_for_subprocesses()
        result = run_job()
        yield {"result": result, "expected": expected, "path": settings.warehouse_path(),
               "build": settings.build_path(), "root": root}
    settings.export_for_subprocesses()


def query(path: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def test_run_succeeds_and_every_input_has_its_outcome(dirty: dict) -> None:
    assert dirty["result"].success
    path = dirty["path"]
    articles = {row[0] for row in query(path, "select input_name from raw.articles")}
    rejected = dict(query(path, "select input_name, reason from raw.rejected_inputs"))
    for name, outcome in dirty["expected"].items():
        if outcome == "article":
            assert name in articles and name not in rejected, name
        else:
            assert rejected.get(name) == outcome and name not in articles, name
    assert articles | set(rejected) == set(dirty["expected"])  # nothing else, nothing outside
    texts = query(path, "select raw_text from raw.articles")
    assert not any("OUTSIDE-7f3a" in row[0] for row in texts)


def test_accounting_model_proves_every_document(dirty: dict) -> None:
    rows = query(dirty["path"], "select input_name, outcome, is_accounted_for "
                                "from intermediate.int_input_accounting")
    assert len(rows) == len(dirty["expected"])
    assert all(row[2] for row in rows)
    assert {row[0] for row in rows} == set(dirty["expected"])


def test_decoding_and_flags_reach_the_marts(dirty: dict) -> None:
    path = dirty["path"]
    body = dict(query(path, "select input_name, body_text from marts.articles"))
    assert "\u201cWe will not give up,\u201d" in body["cp1252.txt"]
    assert "caf\u00e9" in body["cp1252.txt"] and "\u00c9lys\u00e9e" in body["cp1252.txt"]
    assert "\u201cWe will not give up,\u201d" in body["utf16.txt"]
    assert "\ufeff" not in body["utf8bom.txt"] and "\x00" not in body["nul.txt"]
    flags = dict(query(path, "select input_name, input_flags from raw.articles"))
    assert "decoded_as_windows_1252" in flags["cp1252.txt"]
    assert "nul_bytes_removed" in flags["nul.txt"]
    duplicate = query(path, "select duplicate_of_article_id from raw.rejected_inputs "
                            "where input_name = 'good_copy.txt'")
    good_text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text("utf-8")
    assert duplicate == [(article_id_for(sha256_text(good_text)),)]


def test_saved_web_pages_load_with_their_own_metadata(dirty: dict) -> None:
    path = dirty["path"]
    rows = query(path, "select a.title, a.published_date, s.source_name, a.body_text, "
                       "r.input_format, r.meta_url from marts.articles as a "
                       "join raw.articles as r using (article_id) "
                       "left join marts.sources as s using (source_id) "
                       "where a.input_name = 'page.html'")
    assert len(rows) == 1
    title, published, outlet, body, input_format, url = rows[0]
    assert (title, str(published), outlet, input_format) == (
        HTML_TITLE, "2017-08-18", HTML_OUTLET, "html")
    assert url == "https://levant-ledger.example/2017/08/generals"
    assert "MENU-7c1" not in body and "ASIDE-7c1" not in body and "<p>" not in body
    story = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[2]).read_text("utf-8")
    longest = max(story.splitlines(), key=len).strip()
    assert longest in body
    mentions = query(path, "select count(*) from marts.mentions as m join marts.articles as a "
                           "using (article_id) where a.input_name = 'page.html'")
    assert mentions[0][0] > 5
    record = query(path, "select s.source_name, a.body_text from marts.articles as a "
                         "left join marts.sources as s using (source_id) "
                         "where a.input_name = 'feed.jsonl#web'")
    assert record[0][0] == "Record Outlet" and "<" not in record[0][1]


def test_languages_and_annotation_limits(dirty: dict) -> None:
    path = dirty["path"]
    marts = {row[0]: row[1:] for row in query(
        path, "select input_name, language, is_annotated, article_id from marts.articles")}
    for name in ("french.txt", "feed.jsonl#fr"):
        language, annotated, article_id = marts[name]
        assert language == "fr" and annotated is False, name
        assert query(path, "select count(*) from marts.mentions where article_id = ?",
                     [article_id]) == [(0,)]
    assert marts["mixed.txt"][:2] == ("en", True)
    assert marts["no_punctuation.txt"][:2] == ("en", True)  # long run-on line: annotated
    assert marts["too_long_to_annotate.txt"][1] is False  # above NEWS_MAX_ANNOTATE_CHARS
    assert marts["good.txt"][1] is True


def test_accounting_check_fails_when_a_document_is_missing_or_doubled(dirty: dict,
                                                                       tmp_path: Path) -> None:
    """Tamper with copies of the build database; the dbt check must fail on each."""
    dbt_env = {**os.environ}

    def dbt_check(database: Path) -> subprocess.CompletedProcess:
        dbt_env["NEWS_BUILD_WAREHOUSE"] = str(database)
        return subprocess.run(
            [settings.dbt_executable(), "build", "--profiles-dir", ".", "--select",
             "int_input_accounting", "assert_every_input_accounted_for"],
            cwd=settings.DBT_PROJECT_DIR, env=dbt_env, capture_output=True, text=True,
        )

    tampering = {
        "intact": None,
        "missing": "delete from raw.articles where input_name = 'cp1252.txt'",
        "doubled": "insert into raw.rejected_inputs select 'rej_x', input_name, 'empty', '', 0, "
                   "content_sha256, null, loaded_at from raw.articles "
                   "where input_name = 'good.txt'",
    }
    for case, sql in tampering.items():
        copy = tmp_path / f"{case}.duckdb"
        shutil.copyfile(dirty["build"], copy)
        if sql:
            con = duckdb.connect(str(copy))
            con.execute(sql)
            con.close()
        outcome = dbt_check(copy)
        if case == "intact":
            assert outcome.returncode == 0, outcome.stdout[-2000:]
        else:
            assert outcome.returncode != 0, case
            assert "assert_every_input_accounted_for" in outcome.stdout, case


def test_an_edited_file_becomes_a_new_version_on_the_next_run(pipeline_env: Env,
                                                              tmp_path: Path) -> None:
    """Editing an input and running again must not fail a check: the raw table keeps both
    versions (one per load), the marts show the newest."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    page = inputs / "page.txt"
    page.write_text(MIXED, encoding="utf-8")
    published = pipeline_env.use(inputs)
    assert run_job().success
    page.write_text(MIXED + "Update: the talks will resume in Rome on Friday, officials said.\n",
                    encoding="utf-8")
    assert run_job().success
    versions = query(published, "select count(*) from raw.articles where input_name = 'page.txt'")
    current = query(published, "select body_text from marts.articles where input_name = 'page.txt'")
    assert versions == [(2,)] and len(current) == 1
    assert "resume in Rome" in current[0][0]
