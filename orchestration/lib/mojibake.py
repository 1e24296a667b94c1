"""Repair UTF-8 text that was decoded as Windows-1252 somewhere upstream ("PeÃ±a" for "Peña").

Scraped news often arrives with this damage already in the text (about 1% of the PolNeAR articles:
"Enrique PeÃ±a Nieto", "Ã©", "â€™" for an apostrophe), and a name written so never matches its
clean spelling. Each UTF-8 byte sequence seen as Windows-1252 characters is one lead character
(Â-ß for two bytes, à-ï for three, ð-ô for four) followed by exactly the continuation characters
the lead announces (bytes 0x80-0xBF: the cp1252 specials "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ" and
U+00A0-U+00BF). A sequence is replaced only when its bytes decode as UTF-8, which text written
on purpose practically never does (legit "São", "à »", "Nº" do not have that shape), and only when
the result is a letter, digit, mark of punctuation or symbol (not a control or a lone combining
mark: "Ö°" stays). Text damaged
twice ("Ã¢â‚¬â„¢") is repaired by repeating the pass.
"""

from __future__ import annotations

import re
import unicodedata

MAX_PASSES = 3


def _byte_table() -> dict[str, int]:
    """Character -> the byte it stands for, for bytes 0x80-0xFF read as cp1252 (undefined bytes
    and C1 controls read as Latin-1 map to themselves)."""
    table: dict[str, int] = {chr(byte): byte for byte in range(0x80, 0x100)}
    for byte in range(0x80, 0xA0):
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            continue
    return table


_BYTE = _byte_table()
_CONT = "".join(sorted(re.escape(ch) for ch, byte in _BYTE.items() if 0x80 <= byte <= 0xBF))
_SEQUENCE_RE = re.compile(
    f"[\u00c2-\u00df][{_CONT}]|[\u00e0-\u00ef][{_CONT}]{{2}}|[\u00f0-\u00f4][{_CONT}]{{3}}"
)


def _decoded(match: re.Match[str]) -> str:
    raw = bytes(_BYTE[ch] for ch in match.group(0))
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group(0)
    # a control or a lone combining mark is no character anybody wrote: keep the text
    return match.group(0) if unicodedata.category(fixed)[0] in "CM" else fixed


def repair_mojibake(text: str) -> tuple[str, int]:
    """The text with double-decoded UTF-8 sequences repaired, and how many were repaired."""
    repaired = 0
    for _ in range(MAX_PASSES):
        count = 0

        def fix(match: re.Match[str]) -> str:
            nonlocal count
            fixed = _decoded(match)
            count += fixed != match.group(0)
            return fixed

        text = _SEQUENCE_RE.sub(fix, text)
        repaired += count
        if not count:
            break
    return text, repaired
