"""Turn raw articles into annotation rows: clean text, sentences, entity spans, quote and meeting
candidates, and a text fingerprint for finding copies of one story.

Pure code (no DuckDB, no Dagster): `Annotator.annotate_stream(articles)` takes `RawArticle`s and
yields `AnnotationBatch`es of plain rows keyed by table name, with offsets into the cleaned
`body_text`.
Non-English articles are cleaned and kept but not run through the English model (`is_annotated =
false`).
"""

import hashlib
import importlib.metadata
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import srsly

from orchestration import settings
from orchestration.lib.article_cleaning import CleanedArticle, clean_article
from orchestration.lib.entities import build_nlp, extract_entity_spans
from orchestration.lib.fingerprints import minhash
from orchestration.lib.meetings import extract_meetings
from orchestration.lib.quotes import extract_quotes

logger = logging.getLogger(__name__)
LIB_DIR = Path(__file__).resolve().parent

# Files whose content defines what the annotations are; a change re-annotates every document.
VERSIONED_SOURCES = ("annotate.py", "article_cleaning.py", "article_dates.py", "article_signals.py",
                     "fingerprints.py", "language.py", "entities.py", "entity_ruler.py",
                     "name_normalization.py", "gendered_words.py",
                     "quotes.py", "speech_verbs.py", "meetings.py", "meeting_chunks.py",
                     "meeting_context.py", "meeting_dates.py", "meeting_fallback.py",
                     "meeting_lexicon.py", "meeting_participants.py", "meeting_places.py",
                     "meeting_triggers.py", "meeting_capitals.py")
# The reference seeds (seeds/reference/) the NLP step reads. The others (news_media, countries,
# role_words) are read by dbt only: editing them rebuilds the models from the stored
# annotations instead of re-annotating every document. tests/unit/test_pipeline_version.py checks
# that every seed these modules name is listed here.
NLP_REFERENCE_FILES = ("demonyms.csv", "furniture_patterns.csv", "gendered_words.csv",
                       "government_seats.csv", "known_entities.csv", "name_titles.csv",
                       "outlet_signatures.csv")

COLUMNS: dict[str, tuple[str, ...]] = {
    "nlp.documents": ("article_id", "content_sha256", "pipeline_version", "body_text", "language",
                      "language_score", "is_annotated", "sentence_count", "token_count",
                      "annotated_at"),
    "nlp.removed_lines": ("article_id", "line_no", "line_text", "reason"),
    "nlp.article_fingerprints": ("article_id", "shingle_count", "minhash"),
    "nlp.article_signals": ("article_id", "kind", "value", "rule", "evidence", "rank", "confidence",
                            "method", "flag"),
    "nlp.sentences": ("article_id", "sentence_index", "paragraph_index", "start_char", "end_char",
                      "sentence_text"),
    "nlp.entity_spans": ("article_id", "span_index", "sentence_index", "start_char", "end_char",
                         "span_text", "label", "source", "title", "norm_key",
                         "known_entity_key", "alias_of", "is_nested"),
    "nlp.quote_candidates": ("article_id", "quote_index", "quote_kind", "start_char", "end_char",
                             "quote_text", "sentence_index", "speaker_text", "speaker_start",
                             "speaker_end", "speaker_label", "speaker_is_named", "cue_text",
                             "cue_start", "cue_end", "attribution", "confidence", "fragment_of"),
    "nlp.meeting_candidates": ("article_id", "candidate_index", "sentence_index", "evidence_start",
                               "evidence_end", "trigger_text", "trigger_start", "trigger_end",
                               "status", "mode", "date_text", "date_start", "date_end",
                               "meeting_date", "date_precision", "place_text", "place_start",
                               "place_end", "rule", "confidence", "date_month", "date_day",
                               "date_weekday"),
    "nlp.meeting_candidate_participants": ("article_id", "candidate_index", "participant_index",
                                           "participant_text", "start_char", "end_char", "label",
                                           "role", "resolved_by", "confidence", "reference_text"),
}


@dataclass(frozen=True)
class RawArticle:
    article_id: str
    content_sha256: str
    raw_text: str
    metadata: dict[str, str | None]


@dataclass
class AnnotationBatch:
    rows: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {table: [] for table in COLUMNS}
    )
    words: int = 0
    article_ids: list[str] = field(default_factory=list)

    def add(self, table: str, row: Sequence[Any]) -> None:
        self.rows[table].append(tuple(row))


def pipeline_version(model_name: str, reference_dir: Path) -> str:
    """Model name + version + a hash of the annotation code and the reference data it reads."""
    digest = hashlib.sha256()
    for name in VERSIONED_SOURCES:
        path = LIB_DIR / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    for name in NLP_REFERENCE_FILES:
        path = reference_dir / name
        if path.exists():
            digest.update(name.encode())
            digest.update(path.read_bytes())
    try:
        model_version = importlib.metadata.version(model_name.replace("_", "-"))
    except importlib.metadata.PackageNotFoundError:
        model_version = "unknown"
    return f"{model_name}-{model_version}+{digest.hexdigest()[:12]}"


def best_published_date(cleaned: CleanedArticle) -> date | None:
    candidates = [s for s in cleaned.signals if s.kind == "published_date"]
    for signal in sorted(candidates, key=lambda s: s.rank):
        try:
            return date.fromisoformat(signal.value[:10])
        except ValueError:
            continue
    return None


def best_signal(cleaned: CleanedArticle, kind: str) -> str | None:
    candidates = sorted((s for s in cleaned.signals if s.kind == kind), key=lambda s: s.rank)
    return candidates[0].value if candidates else None


def freeze_msgpack_registries() -> None:
    """Look srsly's msgpack encoder/decoder registries up once instead of on every call.

    spaCy ships each document back from its worker processes through `srsly.msgpack_loads`, and
    srsly asks `catalogue` for its registered decoders on every call; with `entry_points=True`
    that scans the installed packages' metadata each time (about 5 ms per document here, a fifth
    of the main process's time at scale). All encoders and decoders are registered at import
    time, so the answer never changes within a run: it is computed once and reused, in this
    process and in the worker processes forked from it.
    """
    for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders):
        if getattr(registry, "_news_frozen", False):
            continue
        frozen = registry.get_all()
        registry.get_all = lambda frozen=frozen: frozen
        registry._news_frozen = True


class Annotator:
    """Holds the loaded spaCy pipeline and streams articles through it.

    `annotate_stream` runs ONE `nlp.pipe` over the whole stream, so with `n_process > 1` the worker
    processes start once and stay busy; cleaning and the rule extractors run in this process while
    the workers parse. It yields one `AnnotationBatch` per `batch_size` articles, in input order.
    """

    def __init__(self, model_name: str, reference_dir: Path, n_process: int = 1,
                 max_chars: int | None = None) -> None:
        self.nlp = build_nlp(model_name, reference_dir)
        freeze_msgpack_registries()
        self.n_process = n_process
        # Longer bodies are kept but not annotated (is_annotated = false): see docs/robustness.md.
        self.max_chars = max_chars or settings.max_annotate_chars()
        self.version = pipeline_version(model_name, reference_dir)

    def annotate(self, articles: Iterable[RawArticle], now: datetime) -> AnnotationBatch:
        """Annotate a small batch in this process (tests, tiny corpora)."""
        merged = AnnotationBatch()
        for batch in self.annotate_stream(articles, now, batch_size=1_000_000, n_process=1):
            for table, rows in batch.rows.items():
                merged.rows[table].extend(rows)
            merged.words += batch.words
            merged.article_ids.extend(batch.article_ids)
        return merged

    def annotate_stream(self, articles: Iterable[RawArticle], now: datetime, batch_size: int,
                        n_process: int | None = None) -> Iterator[AnnotationBatch]:
        processes = self.n_process if n_process is None else n_process

        def cleaned() -> Iterator[tuple[str, tuple[RawArticle, CleanedArticle]]]:
            for article in articles:
                result = clean_article(article.raw_text, article.metadata)
                english = (result.language == "en" and bool(result.body_text.strip())
                           and len(result.body_text) <= self.max_chars)
                # Non-English documents pass through the pipe as empty texts to keep the order.
                yield (result.body_text if english else ""), (article, result)

        batch = AnnotationBatch()
        docs = self.nlp.pipe(cleaned(), as_tuples=True, batch_size=32, n_process=processes)
        for doc, (article, result) in docs:
            self._add_cleaning(batch, article, result)
            too_long = len(result.body_text) > self.max_chars
            if too_long:
                logger.warning(f"{article.article_id}: body of {len(result.body_text)} characters "
                               f"exceeds NEWS_MAX_ANNOTATE_CHARS={self.max_chars}; not annotated")
            if result.language == "en" and result.body_text.strip() and not too_long:
                self._add_doc(batch, article, result, doc, now)
            else:
                batch.add("nlp.documents", (article.article_id, article.content_sha256,
                                            self.version, result.body_text, result.language,
                                            result.language_score, False, 0, 0, now))
            batch.article_ids.append(article.article_id)
            if len(batch.article_ids) >= batch_size:
                yield batch
                batch = AnnotationBatch()
        if batch.article_ids:
            yield batch

    @staticmethod
    def _add_cleaning(batch: AnnotationBatch, article: RawArticle, result: CleanedArticle) -> None:
        for line in result.removed:
            batch.add("nlp.removed_lines", (article.article_id, line.line_no, line.text,
                                            line.reason))
        for s in result.signals:
            batch.add("nlp.article_signals", (article.article_id, s.kind, s.value, s.rule,
                                              s.evidence, s.rank, s.confidence, s.method, s.flag))
        # Every language: a syndicated copy is a copy whatever the language.
        fingerprint = minhash(result.body_text)
        if fingerprint is not None:
            batch.add("nlp.article_fingerprints", (article.article_id, *fingerprint))

    def _add_doc(self, batch: AnnotationBatch, article: RawArticle, result: CleanedArticle,
                 doc: Any, now: datetime) -> None:
        article_id = article.article_id
        sentences = list(doc.sents)
        text = doc.text  # Doc.text joins every token on each access: read it once
        paragraph = 0
        previous_end = 0
        for index, sent in enumerate(sentences):
            if "\n\n" in text[previous_end:sent.start_char]:
                paragraph += 1
            previous_end = sent.end_char
            batch.add("nlp.sentences", (article_id, index, paragraph, sent.start_char,
                                        sent.end_char, sent.text))
        for index, span in enumerate(extract_entity_spans(doc)):
            batch.add("nlp.entity_spans", (article_id, index, span.sentence_index,
                                           span.start_char, span.end_char, span.text, span.label,
                                           span.source, span.title, span.norm_key,
                                           span.known_entity_key, span.alias_of, span.nested))
        for q in extract_quotes(doc):
            batch.add("nlp.quote_candidates", (
                article_id, q.quote_index, q.quote_kind, q.start_char, q.end_char, q.quote_text,
                q.sentence_index, q.speaker_text, q.speaker_start, q.speaker_end, q.speaker_label,
                q.speaker_is_named, q.cue_text, q.cue_start, q.cue_end, q.attribution,
                q.confidence, q.fragment_of))
        published = best_published_date(result)
        dateline = best_signal(result, "dateline")
        for m in extract_meetings(doc, published, dateline):
            batch.add("nlp.meeting_candidates", (
                article_id, m.candidate_index, m.sentence_index, m.evidence_start, m.evidence_end,
                m.trigger_text, m.trigger_start, m.trigger_end, m.status, m.mode, m.date_text,
                m.date_start, m.date_end, m.meeting_date, m.date_precision, m.place_text,
                m.place_start, m.place_end, m.rule, m.confidence, m.date_month, m.date_day,
                m.date_weekday))
            for index, p in enumerate(m.participants):
                batch.add("nlp.meeting_candidate_participants", (
                    article_id, m.candidate_index, index, p.text, p.start_char, p.end_char,
                    p.label, p.role, p.resolved_by, p.confidence, p.reference_text))
        batch.words += len(doc)
        batch.add("nlp.documents", (article_id, article.content_sha256, self.version,
                                    result.body_text, result.language, result.language_score,
                                    True, len(sentences), len(doc), now))
