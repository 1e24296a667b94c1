"""Offline language identification for news articles (no network, no extra packages).

Rules
-----
1. Every letter is assigned to a writing system (``latin``, ``hebrew``, ``arabic``, ``cyrillic``,
   ``greek``, ``cjk``, ``hiragana_katakana``, ``hangul``, ``devanagari``, ``thai``, ``other``) by
   Unicode code-point ranges. The dominant script wins.
2. A non-Latin script maps directly to a language code (``hebrew`` -> ``he``, ``arabic`` -> ``ar``
   or ``fa`` when Persian-only letters are frequent, ``cyrillic`` -> ``ru`` or ``uk`` when
   Ukrainian-only letters appear, ...). The score is the share of letters in that script.
3. Latin-script text is told apart by short lists of very frequent function words ("stopwords")
   per language. The best language needs at least :data:`MIN_STOPWORD_HITS` hits and at least 5% of
   the words. The score is ``script share * best hits / all stopword hits`` -- the share of the
   evidence that points to the chosen language.
   Short, name-heavy English ("Zelensky met Tusk in Kyiv on Friday.", a wire flash or a caption)
   has too few function words for that test. When the test is inconclusive but English has the
   most hits, strictly more than any other language, the text is English with half the score
   (:data:`WEAK_EVIDENCE_FACTOR`): the pipeline's model is English, and an undetermined item
   would get no entities, quotes or meetings at all. Otherwise the result is ``und``.
4. Too little text (fewer than :data:`MIN_LETTERS` letters) gives ``und`` with score 0.

Only the first :data:`MAX_CHARS` characters are examined, so the cost is bounded on huge inputs.
"""

from __future__ import annotations

import re
from collections import Counter

MAX_CHARS = 100_000
MIN_LETTERS = 20
MIN_STOPWORD_HITS = 3
WEAK_EVIDENCE_FACTOR = 0.5

# (first code point, last code point, script) -- checked after the ASCII fast path.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x00C0, 0x024F, "latin"),
    (0x1E00, 0x1EFF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x1F00, 0x1FFF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0E00, 0x0E7F, "thai"),
    (0x3040, 0x30FF, "hiragana_katakana"),
    (0x4E00, 0x9FFF, "cjk"),
    (0x3400, 0x4DBF, "cjk"),
    (0xAC00, 0xD7AF, "hangul"),
    (0x1100, 0x11FF, "hangul"),
)

_SCRIPT_LANGUAGE: dict[str, str] = {
    "hebrew": "he",
    "arabic": "ar",
    "cyrillic": "ru",
    "greek": "el",
    "cjk": "zh",
    "hiragana_katakana": "ja",
    "hangul": "ko",
    "devanagari": "hi",
    "thai": "th",
}

_PERSIAN_ONLY = frozenset("پچژگکی")
_UKRAINIAN_ONLY = frozenset("іїєґІЇЄҐ")


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _wordset(
        "the and of to in is was that with for on said has have were by from which this be are it "
        "as at his their would will not but been they its who an he she after had also"
    ),
    "fr": _wordset(
        "le la les des et est une du dans pour qui sur au avec pas il ont sont été ce aux "
        "mais ou leur cette à"
    ),
    "de": _wordset(
        "der die das und ist nicht ein eine den dem mit von zu auf für sich auch wird wurde im "
        "dass nach bei aus"
    ),
    "es": _wordset(
        "el los las del y que un una por con para es se su al lo como más pero sus fue ha "
        "sido"
    ),
    "it": _wordset(
        "il gli della che di e un una per con non sono è alla nel anche ha come ma più dei "
        "delle lo"
    ),
    "pt": _wordset(
        "o os as da do dos das em um uma que não com para por é se na no mais foi ao pelo "
        "pela"
    ),
    "nl": _wordset(
        "de het een en van is dat niet op te met voor zijn ook aan er maar om bij werd wordt "
        "naar uit"
    ),
    "tr": _wordset(
        "ve bir bu da de için ile olarak çok daha gibi olan ama ne var ki sonra kadar "
        "değil"
    ),
    "id": _wordset(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh atau "
        "sudah"
    ),
}

_ASCII_LETTER_RE = re.compile(r"[A-Za-z]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def char_script(ch: str) -> str | None:
    """Return the script name of one character, or None when it is not a letter."""
    o = ord(ch)
    if o < 0x80:
        return "latin" if ("a" <= ch <= "z" or "A" <= ch <= "Z") else None
    if not ch.isalpha():
        return None
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= o <= hi:
            return name
    return "other"


def script_counts(text: str, max_chars: int = MAX_CHARS) -> Counter[str]:
    """Count letters per script in the first ``max_chars`` characters of ``text``."""
    counts: Counter[str] = Counter()
    sample = text[:max_chars]
    if sample.isascii():  # the common case, counted in C rather than character by character
        letters = len(_ASCII_LETTER_RE.findall(sample))
        if letters:
            counts["latin"] = letters
        return counts
    for ch in sample:
        s = char_script(ch)
        if s is not None:
            counts[s] += 1
    return counts


def non_latin_share(text: str) -> float:
    """Share of the letters of ``text`` that are not Latin (0.0 when there are no letters)."""
    counts = script_counts(text, 2_000)
    total = sum(counts.values())
    if total == 0:
        return 0.0
    return 1.0 - counts.get("latin", 0) / total


def dominant_script(text: str) -> tuple[str | None, float]:
    """Return (script, share of letters) for the most frequent script, or (None, 0.0)."""
    counts = script_counts(text)
    total = sum(counts.values())
    if total == 0:
        return None, 0.0
    script, n = counts.most_common(1)[0]
    return script, n / total


def detect_language(text: str) -> tuple[str, float]:
    """Detect the language of ``text``; return (ISO 639-1 code or 'und', score in 0..1)."""
    if not isinstance(text, str):
        return "und", 0.0
    sample = text[:MAX_CHARS]
    counts = script_counts(sample)
    total = sum(counts.values())
    if total < MIN_LETTERS:
        return "und", 0.0
    script, n = counts.most_common(1)[0]
    share = n / total
    if script != "latin":
        code = _SCRIPT_LANGUAGE.get(script, "und")
        if code == "ar" and sum(sample.count(c) for c in _PERSIAN_ONLY) > 0.02 * n:
            code = "fa"
        if code == "ru" and any(c in _UKRAINIAN_ONLY for c in sample):
            code = "uk"
        return code, round(share, 3) if code != "und" else 0.0
    words = [w.lower() for w in _WORD_RE.findall(sample)[:20_000]]
    if not words:
        return "und", 0.0
    hits: Counter[str] = Counter()
    for w in words:
        for lang, stop in STOPWORDS.items():
            if w in stop:
                hits[lang] += 1
    if not hits:
        return "und", 0.0
    ranked = hits.most_common(2)
    best, best_hits = ranked[0]
    score = share * best_hits / sum(hits.values())
    if best_hits < MIN_STOPWORD_HITS or best_hits < 0.05 * len(words):
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if best == "en" and best_hits > runner_up:
            return "en", round(score * WEAK_EVIDENCE_FACTOR, 3)
        return "und", 0.0
    return best, round(score, 3)
