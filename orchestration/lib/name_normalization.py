"""Name normalization for entity blocking and matching.

``normalize_name(text, label)`` turns a surface form into a *norm key*: a deterministic, lowercase,
ASCII, space-separated string used to block and match mentions across articles. The steps run in
this order (each is a plain function below, so tests can target them one by one):

1. Unicode: NFKC, typographic quotes/dashes to ASCII, letters without a decomposition mapped by hand
   (``ı→i``, ``ø→o``, ``ß→ss``, ``ł→l`` ...), then NFKD with combining marks removed (diacritics
   folded: ``Çavuşoğlu → cavusoglu``), then ``casefold``.
2. Possessive: a trailing ``'s`` / ``’s`` (or a bare trailing apostrophe) is dropped.
   An inner ``'s`` before another word is dropped too (``New People's Party → new people party``).
3. Punctuation: periods and apostrophes are deleted (``U.S. → us``, ``O'Brien → obrien``), every
   other non-alphanumeric character becomes a space (``al-Assad → al assad``), whitespace is
   collapsed.
4. A leading ``the`` is dropped (``The Kurdistan Regional Government → kurdistan regional
   government``).
5. PERSON only: a generational suffix ending a name of three words or more stays the last word of
   the key (``Robert F. Kennedy Jr. → robert f kennedy jr``: not his father; the resolution step
   reads the word before it as the surname), and is set aside while titles and roles are stripped
   (``Martin Luther King Jr. → martin luther king jr``). Titles come from
   ``seeds/reference/name_titles.csv`` (users may extend it). Everything up to and including the
   *last* title found is dropped as long as a name token remains after it (``Iran's Chief of Staff
   Major General Mohammad Baqeri → mohammad bagheri``); a title at the end is a name (``Stephen
   King``). Arabic particles ``al``/``el`` inside a person name (not first, not last) are dropped
   (``Bashar al-Assad → bashar assad``), and so is a leading one written lower case or hyphenated
   (``al-Sudani → sudani``, ``Al-Thani → thani``; not ``Al Gore``). An inner hyphen joins two
   capitalized parts of one name word (``Amir-Abdollahian → amirabdollahian``), except after a
   family particle; a lower-case second part stays a word of its own (``Kim Jong-un`` = ``Kim Jong
   Un``). In a name built with ``bin``/``ibn``/``bint``, a surname with the article written solid
   loses it (``Badr bin Hamad Albusaidi = Badr bin Hamad Al Busaidi → badr bin hamad busaidi``);
   elsewhere a solid ``Al…`` is left alone (``Alvarez``, ``Albert``).
6. Token variants (``TOKEN_VARIANTS``): well-known alternative romanizations of *given* names and a
   few surnames map to one spelling (``Mohammed/Muhammad/Mohamed → mohammad``, ``Hussein/Husain →
   hossein``, ``Ibrahim → ebrahim``, ``Sergey → sergei`` ...); Ukrainian given names and their
   Russian forms (``Volodymyr/Vladimir``, ``Dmytro/Dmitri/Dmitry``, ``Andrii/Andriy/Andrei``).
7. GPE/LOC only: a leading administrative word + "of" is dropped when a name remains
   (``State of Texas → texas``, ``the Municipality of Livorno → livorno``, ``City of Toronto →
   toronto``): the same place as its bare name. Not "Republic/Kingdom of" (``Republic of China``
   is not ``China``).
8. Slavic adjective endings: a final ``-iy``, ``-yy`` (and ``-yi`` after ``sk``) becomes ``-y``
   (``Zelenskiy / Zelenskyy / Zelenskyi → zelensky``, ``Dmitriy → dmitry``).
9. Arabic/Persian spellings: "Allah" compounds written ``-ullah`` / ``-ollah`` become ``-allah``
   (``Nasrullah / Nasrallah → nasrallah``, ``Abdollahian / Abdullahian → abdallahian``), and a
   final ``-iyan`` becomes ``-ian`` (``Pezeshkiyan → pezeshkian``).
10. Character transliteration: ``q`` not followed by ``u`` becomes ``gh`` (Persian/Arabic ق written
   either way: ``Baqeri/Bagheri → bagheri``, ``Qassemi → ghassemi``). ``k`` is *not* folded: it is
   far too common in ordinary English names; the SQL matching step handles the rest with string
   similarity.

What is deliberately *not* done here: partial names are not expanded (``Tayyip Erdogan`` and ``Recep
Tayyip Erdogan`` keep different keys; ``name_tokens`` gives the tokens for last-name blocking), and
no two different tokens are merged beyond the tables above, so two people who share a surname keep
different keys when their given names differ.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TITLES_PATH = REPO_ROOT / "seeds" / "reference" / "name_titles.csv"
DEFAULT_DEMONYMS_PATH = REPO_ROOT / "seeds" / "reference" / "demonyms.csv"

# Letters that NFKD does not decompose into base letter + combining mark.
_SPECIAL_LETTERS = {
    "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
    "Œ": "OE", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "ħ": "h", "Ħ": "H",
}
# Typographic punctuation to ASCII.
_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ",
}
_TRANSLATE = str.maketrans({**_SPECIAL_LETTERS, **_PUNCT})

# Alternative romanizations of the same name token -> one spelling.
_VARIANT_GROUPS: dict[str, tuple[str, ...]] = {
    "mohammad": ("mohammed", "muhammad", "muhammed", "mohamed", "mohamad", "muhamad",
                 "mohammod", "mahomed", "mohamud"),
    "hossein": ("hussein", "husain", "hussain", "hosein", "husayn", "houssein", "hosain"),
    "hassan": ("hasan",),
    "ebrahim": ("ibrahim", "ebrahem", "ibraheem"),
    "ahmad": ("ahmed",),
    "mahmoud": ("mahmud", "mahmood", "mahmut"),
    "mustafa": ("mostafa", "moustafa", "mustapha"),
    "yusuf": ("yousef", "youssef", "yusef", "yousif", "yussuf"),
    "abdul": ("abdel", "abdoul"),
    "osama": ("usama",),
    "omar": ("umar",),
    "javad": ("jawad",),
    "reza": ("riza",),
    "sergei": ("sergey", "sergej", "serhiy", "serhii", "sergiy", "sergii"),
    "shoigu": ("shoygu",),
    "alexei": ("aleksei", "alexey", "aleksey", "oleksiy", "oleksii"),
    # Ukrainian given names and their Russian forms, both common in English news ("Volodymyr" /
    # "Vladimir Zelensky" in TASS, "Dmytro" / "Dmitry Kuleba", "Andrii" / "Andriy Sybiha")
    "vladimir": ("volodymyr", "wladimir"),
    "dmitry": ("dmitri", "dmytro", "dmitrii"),
    "andrei": ("andrey", "andriy", "andrii", "andrij"),
    "aleksandr": ("alexandr", "oleksandr"),
    "nikolai": ("nikolay", "mykola"),
    "mikhail": ("mykhailo", "mykhaylo"),
    "yury": ("yuri", "yurii", "yuriy"),
    "pavel": ("pavlo",),
    "igor": ("ihor",),
    "oleg": ("oleh",),
    "vitaly": ("vitali", "vitalii"),
    "anatoly": ("anatoli", "anatolii"),
    "gaddafi": ("qaddafi", "gadhafi", "qadhafi", "kadhafi", "gadafi"),
    "qaeda": ("qaida",),
}
TOKEN_VARIANTS: dict[str, str] = {
    variant: canonical for canonical, variants in _VARIANT_GROUPS.items() for variant in variants
}

_PARTICLES = frozenset({"al", "el"})
# "State of Texas", "Municipality of Livorno": the place itself
PLACE_PREFIXES = frozenset(
    "municipality city town village state province county prefecture district region".split()
)
_POSSESSIVE_RE = re.compile(r"(?:'s|s')$")
_Q_RE = re.compile(r"q(?!u)")
# a particle written as one: lower case ("al Sudani") or hyphenated ("Al-Sudani"), never
# "Al Gore" (a given name)
_LEADING_PARTICLE_RE = re.compile(
    r"(?:^|[\s\"'(\u201c])(?:(?:al|el)[\s\-\u2010\u2011]|(?:Al|El|AL|EL)[\-\u2010\u2011])")
_HYPHENATED_RE = re.compile(r"\b(\w+)[\-\u2010\u2011](?=(\w))")
# hyphenated to the next word but a word of their own: family particles, "Abdel-" given names
_HYPHEN_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "ben", "abu", "abd", "abdel",
                               "abdul", "abdol", "abdoul", "ad", "as", "ash", "at", "az", "an",
                               "ar", "ul", "ud"})
_GIVEN_AL_RE = re.compile(r"(?:^|\s)(?:Al|El)\s")
_KINSHIP = frozenset({"bin", "ibn", "bint"})
_JOINED_AL_RE = re.compile(r"al[a-z]{4,}$")
# Russian/Ukrainian "-ий/-ій" romanized -iy, -yy or -yi: Zelenskiy / Zelenskyy / Zelenskyi /
# Zelensky, Dmitriy / Dmitry (three letters or more before the ending; "Wang Yi" is untouched)
_SLAVIC_Y_RE = re.compile(r"(?<=[a-z]{3})(?:iy|yy|(?<=sk)yi)$")
# Arabic/Persian compounds with "Allah" romanized -ullah, -ollah or -allah (Nasrallah / Nasrullah,
# Abdullah / Abdallah, Amir-Abdollahian / Amir-Abdullahian, Rouhollah): one spelling, two letters
# or more before it ("Mullah" is untouched)
_ALLAH_RE = re.compile(r"(?<=[a-z]{2})(?:ullah|ollah)")
# Persian/Armenian surname ending "-iyan" / "-ian" (Pezeshkiyan / Pezeshkian), three letters before
_IYAN_RE = re.compile(r"(?<=[a-z]{3})iyan$")


# a generational suffix after a person's name ("Jr.", "Sr."): the key's last word, after the surname
GENERATION_SUFFIXES = frozenset({"jr", "sr"})


def fold_text(text: str) -> str:
    """Case- and diacritic-fold ``text`` (steps 1 of the module docstring); punctuation is kept."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def _strip_possessive(text: str) -> str:
    # inner possessives too: "New People's Party" and "New People Party" are one name
    text = re.sub(r"(?<=\w)'s(?=\s+\w)", "", text.rstrip())
    if text.endswith("'s"):
        return text[:-2]
    if text.endswith("s'"):
        return text[:-1]
    return text


def _punct_to_space(text: str) -> str:
    text = re.sub(r"[.']", "", text)
    text = re.sub(r"[^\w]+|_", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=8)
def _titles_cached(path: str) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            title = (row.get("title") or "").strip()
            if title:
                rows.append((title, (row.get("kind") or "").strip()))
    return tuple(rows)


def load_titles(path: str | Path | None = None) -> list[tuple[str, str]]:
    """Rows ``(title, kind)`` of the titles CSV (default ``seeds/reference/name_titles.csv``)."""
    return list(_titles_cached(str(path or DEFAULT_TITLES_PATH)))


@lru_cache(maxsize=8)
def _title_token_seqs(path: str) -> tuple[tuple[str, ...], ...]:
    seqs = {tuple(_punct_to_space(fold_text(t)).split()) for t, _ in _titles_cached(path)}
    seqs.discard(())
    return tuple(sorted(seqs, key=len, reverse=True))


def title_token_sequences(path: str | Path | None = None) -> tuple[tuple[str, ...], ...]:
    """Titles as normalized token tuples, longest first."""
    return _title_token_seqs(str(path or DEFAULT_TITLES_PATH))


def strip_title_tokens(tokens: list[str], titles_path: str | Path | None = None) -> list[str]:
    """Drop everything up to and including the last title if a token remains after it."""
    seqs = title_token_sequences(titles_path)
    cut = 0
    i = 0
    while i < len(tokens):
        for seq in seqs:
            n = len(seq)
            if tuple(tokens[i:i + n]) == seq and i + n < len(tokens):
                cut = i + n
                i += n - 1
                break
        i += 1
    return tokens[cut:]


def _variant(token: str) -> str:
    token = TOKEN_VARIANTS.get(token, token)
    token = _SLAVIC_Y_RE.sub("y", token)
    token = _IYAN_RE.sub("ian", _ALLAH_RE.sub("allah", token))
    return _Q_RE.sub("gh", token)


def _base_tokens(text: str) -> list[str]:
    text = _strip_possessive(fold_text(text))
    tokens = _punct_to_space(text).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return tokens


def _join_hyphenated(text: str) -> str:
    """A person's name word written in two capitalized parts joined by a hyphen is one word
    ("Amir-Abdollahian" = "Amirabdollahian"); not after a family particle ("al-Assad",
    "bin-Laden"), and not before a lower-case part: Korean and Cantonese given names are written
    "Jong-un" and "Jong Un" alike, and both stay two words."""
    return _HYPHENATED_RE.sub(
        lambda m: m.group(1) if m.group(2).isupper()
        and fold_text(m.group(1)) not in _HYPHEN_PARTICLES else m.group(0), text)


# a nickname in quotes inside a person's name: `Benjamin "Bibi" Netanyahu` is "benjamin netanyahu"
_NICKNAME_RE = re.compile(r"(?<=\w)\s+[\"“‘'][^\"“”‘’']{1,40}[\"”’']\s+(?=\w)")


def name_tokens(text: str, label: str = "PERSON") -> list[str]:
    """Normalized tokens of a name (the norm key split on spaces); for last-token blocking."""
    if label == "PERSON":
        text = _NICKNAME_RE.sub(" ", text)
    tokens = _base_tokens(_join_hyphenated(text) if label == "PERSON" else text)
    if label in {"GPE", "LOC"} and len(tokens) > 2 and tokens[0] in PLACE_PREFIXES \
            and tokens[1] == "of":
        tokens = tokens[2:]
    suffix: list[str] = []
    if label == "PERSON":
        if len(tokens) >= 3 and tokens[-1] in GENERATION_SUFFIXES:
            # set aside while titles are stripped ("Martin Luther King Jr.": "king" is the
            # surname), then kept: "Robert F. Kennedy Jr." is not his father
            tokens, suffix = tokens[:-1], [tokens[-1]]
        tokens = strip_title_tokens(tokens)
        if len(tokens) >= 2 and tokens[0] in _PARTICLES and _LEADING_PARTICLE_RE.search(text) \
                and not _GIVEN_AL_RE.search(text):
            tokens = tokens[1:]  # "al-Sudani", "el Sisi": the surname alone; not "Al Gore"
        if len(tokens) > 2:
            tokens = [tokens[0]] + [t for t in tokens[1:-1] if t not in _PARTICLES] + [tokens[-1]]
        if len(tokens) >= 3 and _KINSHIP.intersection(tokens[1:-1]) \
                and _JOINED_AL_RE.match(tokens[-1]):
            # "Badr bin Hamad Albusaidi" = "Badr bin Hamad Al Busaidi": in a name built with bin /
            # ibn / bint, a surname with the article written solid is the surname without it
            tokens = tokens[:-1] + [tokens[-1][2:]]
    if label == "ORG":
        tokens = ministry_tokens(tokens)
    return [_variant(t) for t in tokens] + suffix


MINISTRY_WORD_VARIANTS = {"defence": "defense"}
MINISTRY_KEY_WORDS = frozenset(
    """foreign defence defense interior health finance justice education economy oil
    information culture energy trade""".split()
)


@lru_cache(maxsize=4)
def _demonym_places(path: str) -> dict[str, str]:
    """Folded demonym -> folded place name, from ``seeds/reference/demonyms.csv``."""
    with open(path, encoding="utf-8") as fh:
        return {
            " ".join(_punct_to_space(fold_text(row["demonym"])).split()):
                " ".join(_punct_to_space(fold_text(row["place_name"])).split())
            for row in csv.DictReader(fh)
        }


def ministry_tokens(tokens: list[str]) -> list[str]:
    """A national ministry keyed by its country: "Iranian Foreign Ministry" and "Iran's foreign
    ministry" are both ``iran foreign ministry`` (demonym -> country from the demonyms seed;
    "defence" -> "defense"). Other names are returned unchanged."""
    if len(tokens) < 3 or tokens[-1] != "ministry" or tokens[-2] not in MINISTRY_KEY_WORDS:
        return tokens
    word = MINISTRY_WORD_VARIANTS.get(tokens[-2], tokens[-2])
    country = " ".join(tokens[:-2])
    place = _demonym_places(str(DEFAULT_DEMONYMS_PATH)).get(country, country)
    return place.split() + [word, "ministry"]


def normalize_name(text: str, label: str = "PERSON") -> str:
    """Return the norm key of ``text`` (see the module docstring for the exact rules)."""
    return " ".join(name_tokens(text, label))


def surname_key(text: str, label: str = "PERSON") -> str | None:
    """Last normalized token of a person name (blocking key), else None."""
    tokens = name_tokens(text, label)
    return tokens[-1] if tokens else None


def normalize_many(texts: Iterable[tuple[str, str]]) -> list[str]:
    """Vectorized helper: ``[(text, label), ...] -> [norm_key, ...]``."""
    return [normalize_name(t, lab) for t, lab in texts]
