"""Known-entity ruler fed from ``seeds/reference/known_entities.csv``.

The CSV has one row per alias: ``entity_key,canonical_name,entity_type,alias,alias_kind`` where
``alias_kind`` is one of ``name``, ``acronym``, ``transliteration``, ``alias``,
``government_metonym``. Users extend it by adding rows; ``entity_key`` groups the aliases of one
real-world entity and is what the SQL resolution step should use as a strong link.

Why not spaCy's stock ``entity_ruler``: placed before ``ner`` it forces every alias to be an entity
on its own, and with ``overwrite_ents`` after ``ner`` it cuts longer names apart ("US" inside "US
Army", "Washington" inside "Washington Post"). This component runs after ``ner`` with a
case-sensitive ``PhraseMatcher`` and these precedence rules, per alias match (longest matches
first):

* no model entity overlaps the match: add it (label from the CSV, source ``ruler``);
* a model entity covers exactly the match (ignoring a leading "the" and a trailing possessive): keep
  the span, set the CSV label and the entity key (source ``ruler``);
* the match lies strictly inside a longer model entity: keep the longer entity ("US Army"), unless
  the rest of it starts with a possessive ("Kurdistan Regional Government's Head of Foreign
  Relations"), in which case the entity is cut back to the match, or the entity runs over a
  separator no name has (a comma, colon, bracket, a dash between spaces: "ISTANBUL - Volodymyr
  Zelenskyy" read as one ORG), in which case the match replaces it;
* the match partly overlaps or covers model entities: replace them with the match ("Kurdistan"/GPE +
  "Regional Government"/ORG → "Kurdistan Regional Government"/ORG).

``tagged_only`` aliases (GB for the United Kingdom, also gigabytes) and ``region_name`` aliases
("New York" for the state; news means the city) are not matched either: the SQL step applies
them to spans the model tagged, the latter only in a region context ("Saratoga Springs, New
York"). ``government_metonym`` aliases (Washington, Moscow, Ankara ...) are *not* matched: whether
"Washington" is the city or the US government is a downstream (SQL) decision; they are in the CSV so
that step can read them with :func:`load_known_entities`. Aliases are matched as written and, for
names longer than four letters, also in upper case (datelines, headlines).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_KNOWN_ENTITIES = REPO_ROOT / "seeds" / "reference" / "known_entities.csv"
ALIAS_KINDS = frozenset({"name", "acronym", "transliteration", "alias", "government_metonym",
                         "tagged_only", "region_name"})
# kinds the ruler never matches; the SQL resolution step applies them to spans the model tagged
NOT_RULED = frozenset({"government_metonym", "tagged_only", "region_name"})
REQUIRED_COLUMNS = ("entity_key", "canonical_name", "entity_type", "alias", "alias_kind")
POSSESSIVES = frozenset({"'s", "’s", "‘s", "'", "’"})

if not Doc.has_extension("ent_sources"):
    Doc.set_extension("ent_sources", default=None)


def load_known_entities(path: str | Path | None = None) -> list[dict[str, str]]:
    """Read and validate the known-entities CSV; one dict per alias row (stripped strings)."""
    path = Path(path) if path else DEFAULT_KNOWN_ENTITIES
    rows: list[dict[str, str]] = []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ValueError(f"{path}: missing columns {missing}")
        for lineno, raw in enumerate(reader, start=2):
            row = {c: (raw.get(c) or "").strip() for c in REQUIRED_COLUMNS}
            if not all(row.values()):
                raise ValueError(f"{path}:{lineno}: empty field in {row}")
            if row["alias_kind"] not in ALIAS_KINDS:
                raise ValueError(f"{path}:{lineno}: unknown alias_kind {row['alias_kind']!r}")
            row["entity_type"] = row["entity_type"].upper()
            rows.append(row)
    return rows


def span_key(start_char: int, end_char: int) -> str:
    """Key of a span in maps kept on a Doc. Strings, not tuples: docs coming back from spaCy worker
    processes are msgpack-serialized, and msgpack cannot restore tuple dictionary keys."""
    return f"{start_char}:{end_char}"


def get_sources(doc: Doc) -> dict[str, str]:
    """The ``span_key -> source`` map kept on the doc (created on first use)."""
    sources = doc._.ent_sources
    if sources is None:
        sources = {}
        doc._.ent_sources = sources
    return sources


def set_entities(doc: Doc, spans: list[tuple[Span, str]]) -> None:
    """Write non-overlapping ``(span, source)`` pairs to ``doc.ents`` and the source map.

    Overlaps are resolved in list order: an earlier span wins.
    """
    taken: set[int] = set()
    kept: list[tuple[Span, str]] = []
    for span, source in spans:
        if len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append((span, source))
    kept.sort(key=lambda pair: pair[0].start)
    doc.ents = [span for span, _ in kept]
    doc._.ent_sources = {span_key(s.start_char, s.end_char): src for s, src in kept}


def current_entities(doc: Doc) -> list[tuple[Span, str]]:
    """``doc.ents`` with their sources (``model`` when the doc has no record)."""
    sources = get_sources(doc)
    return [(e, sources.get(span_key(e.start_char, e.end_char), "model")) for e in doc.ents]


BREAKS = frozenset({"-", "\u2013", "\u2014", ",", ";", ":", "(", ")"})


def _has_break(doc: Doc, start: int, end: int) -> bool:
    """The model's span runs over a separator no name contains: a comma, colon, bracket or a
    dash between spaces ("ISTANBUL - Volodymyr Zelenskyy" read as one ORG); "Guinea-Bissau"
    has no spaces around its hyphen."""
    return any(
        doc[k].text in BREAKS and (doc[k].text not in {"-", "\u2013", "\u2014"}
                                   or bool(doc[k - 1].whitespace_))
        for k in range(start + 1, end - 1)
    )


class KnownEntityRuler:
    """Pipeline component (factory ``known_entity_ruler``); see the module docstring."""

    def __init__(self, nlp: Language, name: str, path: str | None = None) -> None:
        self.name = name
        self.path = path
        self.nlp = nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[str, str] = {}
        rows = load_known_entities(path)
        patterns: dict[str, list[Doc]] = {}
        for row in rows:
            if row["alias_kind"] in NOT_RULED:
                continue
            key = row["entity_key"]
            self.labels[key] = row["entity_type"]
            alias = row["alias"]
            forms = {alias}
            if sum(ch.isalpha() for ch in alias) > 4 and not alias.isupper():
                forms.add(alias.upper())
            patterns.setdefault(key, []).extend(nlp.make_doc(f) for f in forms)
        for key, docs in patterns.items():
            self.matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        matches = [
            (doc.vocab.strings[mid], start, end) for mid, start, end in self.matcher(doc)
        ]
        if not matches:
            return doc
        # longest first, then leftmost; drop matches overlapping an already accepted one
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        accepted: list[tuple[str, int, int]] = []
        used: set[int] = set()
        for key, start, end in matches:
            if any(i in used for i in range(start, end)):
                continue
            used.update(range(start, end))
            accepted.append((key, start, end))

        ents = current_entities(doc)
        new: list[tuple[Span, str]] = []
        removed: set[int] = set()
        for key, start, end in accepted:
            label = self.labels[key]
            overlapping = [
                (i, e) for i, (e, _) in enumerate(ents) if e.start < end and e.end > start
            ]
            span = Span(doc, start, end, label=label, span_id=key)
            if not overlapping:
                new.append((span, "ruler"))
                continue
            if len(overlapping) == 1:
                i, ent = overlapping[0]
                head = [t for t in ent[: start - ent.start] if t.lower_ != "the"]
                tail = [t for t in ent[end - ent.start:] if t.text not in POSSESSIVES]
                if ent.start <= start and ent.end >= end and (head or tail) \
                        and not _has_break(doc, ent.start, ent.end):
                    rest = doc[end:ent.end]
                    if not head and rest[0].text in POSSESSIVES:
                        removed.add(i)
                        new.append((span, "ruler"))
                    continue  # a longer name that contains the alias: keep the model's entity
            for i, ent in overlapping:
                removed.add(i)
                if _has_break(doc, ent.start, ent.end):
                    new.extend(self._beyond_break(doc, ent, start, end))
            new.append((span, "ruler"))
        kept = [pair for i, pair in enumerate(ents) if i not in removed]
        set_entities(doc, new + kept)
        return doc


    def _beyond_break(self, doc: Doc, ent: Span, start: int, end: int) -> list[tuple[Span, str]]:
        """The name on the other side of the separator of a model span the alias replaces
        ("LAHORE - Nawaz Sharif" read as one ORG: "Nawaz Sharif"), labelled by the model on its
        own words: one to four capitalized words after the alias, none of them a separator."""
        words = doc[end:ent.end] if ent.start >= start else doc[ent.start:start]
        while len(words) and words[0].text in BREAKS:
            words = words[1:]
        while len(words) and words[-1].text in BREAKS:
            words = words[:-1]
        if not 1 <= len(words) <= 4 or any(t.text in BREAKS or not t.text[:1].isupper()
                                           for t in words):
            return []
        alone = self.nlp.make_doc(words.text)
        for pipe_name, pipe in self.nlp.pipeline:
            if pipe_name == self.name:
                break
            alone = pipe(alone)
        found = [e for e in alone.ents if e.start == 0 and e.end == len(alone)]
        if not found:
            return []
        return [(Span(doc, words.start, words.end, label=found[0].label_), "model")]


@Language.factory("known_entity_ruler", default_config={"path": None})
def make_known_entity_ruler(nlp: Language, name: str, path: str | None) -> KnownEntityRuler:
    return KnownEntityRuler(nlp, name, path)


def known_entity_index(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """``entity_key -> {canonical_name, entity_type, aliases: [(alias, alias_kind), ...]}``."""
    index: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = index.setdefault(
            row["entity_key"],
            {"canonical_name": row["canonical_name"], "entity_type": row["entity_type"],
             "aliases": []},
        )
        entry["aliases"].append((row["alias"], row["alias_kind"]))
    return index
