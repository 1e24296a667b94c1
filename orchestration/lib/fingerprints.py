"""MinHash fingerprints of article texts, for finding syndicated copies of one story.

Wire stories are republished by many outlets with their own furniture, headline and small edits.
Counting each copy as an independent report inflates every count the warehouse gives (how many
articles reported a meeting, how often a person is in the news). Each article's cleaned text gets a
MinHash signature over its word 5-grams; dbt then pairs articles whose signatures agree on most
positions (an estimate of the Jaccard similarity of their 5-gram sets) and groups them into stories
(`int_article_duplicate_pairs`, `int_article_stories`).

Pure code, stable across processes, machines and library versions: word hashes are CRC-32 (not
Python's salted `hash`), and the permutations use constants derived from SHA-256.
"""

import hashlib
import re
import zlib

import numpy as np

SHINGLE_WORDS = 5
SIGNATURE_SIZE = 64
# Fewer word 5-grams than this (a headline, a one-line brief) say too little to call two texts
# copies of each other: no fingerprint.
MIN_SHINGLES = 20

WORD = re.compile(r"\w+")


def _constant(label: str) -> int:
    """A fixed 64-bit constant derived from `label` (no random generator whose stream could change
    between library versions)."""
    return int.from_bytes(hashlib.sha256(label.encode()).digest()[:8], "little")


# Odd multipliers and offsets of the 64 hash permutations x -> a * x + b (mod 2**64).
_MULTIPLIERS = np.array([_constant(f"a{i}") | 1 for i in range(SIGNATURE_SIZE)], dtype=np.uint64)
_OFFSETS = np.array([_constant(f"b{i}") for i in range(SIGNATURE_SIZE)], dtype=np.uint64)
# Position weights that combine the hashes of SHINGLE_WORDS consecutive words into one.
_POSITION_WEIGHTS = np.array([1_000_003**i % 2**64 for i in range(SHINGLE_WORDS)], dtype=np.uint64)


def shingle_hashes(text: str) -> np.ndarray:
    """64-bit hashes of the distinct word 5-grams of `text` (case-folded words)."""
    words = WORD.findall(text.casefold())
    if len(words) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint64)
    word_hashes = np.fromiter((zlib.crc32(w.encode()) for w in words), dtype=np.uint64,
                              count=len(words))
    windows = np.lib.stride_tricks.sliding_window_view(word_hashes, SHINGLE_WORDS)
    with np.errstate(over="ignore"):
        combined = (windows * _POSITION_WEIGHTS).sum(axis=1, dtype=np.uint64)
    return np.unique(combined)


def minhash(text: str) -> tuple[int, list[int]] | None:
    """(number of distinct 5-grams, signature of 64 non-negative int64 values), or None when the
    text is too short to fingerprint."""
    hashes = shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    permuted = np.multiply.outer(hashes, _MULTIPLIERS)  # wraps modulo 2**64, as intended
    permuted += _OFFSETS
    # The top 63 bits, so every value fits DuckDB's BIGINT.
    signature = (permuted.min(axis=0) >> np.uint64(1)).astype(np.int64)
    return len(hashes), signature.tolist()


def estimated_similarity(a: list[int], b: list[int]) -> float:
    """Share of signature positions that agree: an estimate of the 5-gram Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)
