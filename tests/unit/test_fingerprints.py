"""Text fingerprints for finding copies of one story (orchestration/lib/fingerprints.py)."""

import os
import subprocess
import sys

from orchestration import settings
from orchestration.lib.fingerprints import (
    MIN_SHINGLES,
    SIGNATURE_SIZE,
    estimated_similarity,
    minhash,
)

SEED = (settings.PROJECT_ROOT / "seeds" / "articles" / "000_1d4aa6347adcf02c.txt").read_text()
OTHER_SEED = (settings.PROJECT_ROOT / "seeds" / "articles" / "002_3ae164b57b12bae3.txt").read_text()


def _signature(text: str) -> list[int]:
    result = minhash(text)
    assert result is not None
    return result[1]


def test_signature_has_fixed_size_and_fits_bigint() -> None:
    count, signature = minhash(SEED)
    assert count > MIN_SHINGLES
    assert len(signature) == SIGNATURE_SIZE
    assert all(0 <= value < 2**63 for value in signature)


def test_a_copy_with_other_furniture_and_small_edits_is_similar() -> None:
    copy = ("SHARE | TWEET | EMAIL\nBy Staff Writer\n"
            + SEED.replace("Wednesday", "Wed.").replace("officials said", "officials told AFP")
            + "\nRead more: Turkey news\nAll rights reserved.")
    assert estimated_similarity(_signature(SEED), _signature(copy)) >= 0.7


def test_case_and_punctuation_do_not_matter() -> None:
    assert _signature(SEED) == _signature(SEED.upper().replace(",", " ").replace(".", " ! "))


def test_different_stories_share_almost_nothing() -> None:
    assert estimated_similarity(_signature(SEED), _signature(OTHER_SEED)) < 0.1


def test_short_texts_get_no_fingerprint() -> None:
    assert minhash("Erdogan met Bagheri in Ankara on Wednesday.") is None
    assert minhash("") is None


def test_signature_is_stable_across_processes() -> None:
    """Not Python's salted hash: another interpreter with another hash seed gives the same values,
    so fingerprints written by one run compare with those of the next."""
    code = ("from orchestration.lib.fingerprints import minhash; import sys; "
            "print(minhash(sys.stdin.read())[1][:8])")
    outputs = set()
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", code], input=SEED, capture_output=True, text=True, check=True,
            cwd=settings.PROJECT_ROOT, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(done.stdout.strip())
    assert outputs == {str(_signature(SEED)[:8])}
