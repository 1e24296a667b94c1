"""The one gender lexicon (seeds/reference/gendered_words.csv): the quote step's word lists come
from it, and dbt reads the same file as its seed."""

from pathlib import Path

import yaml

from orchestration.lib import speech_verbs
from orchestration.lib.gendered_words import GENDERED_WORDS_PATH, gendered_words, titles, words_of

ROOT = Path(__file__).resolve().parents[2]


def test_the_quote_steps_lists_are_the_lexicons_words() -> None:
    assert speech_verbs.MALE_TITLES == titles("m")
    assert {"mr", "mr.", "sir", "king"} <= speech_verbs.MALE_TITLES
    assert {"mrs.", "ms", "queen", "dame"} <= speech_verbs.FEMALE_TITLES
    assert speech_verbs.FEMALE_ROLE_WORDS == words_of(frozenset({"role", "kinship"}), "f")
    assert {"spokeswoman", "wife", "actress"} <= speech_verbs.FEMALE_ROLE_WORDS
    assert {"spokesman", "husband", "ayatollah"} <= speech_verbs.MALE_ROLE_WORDS
    assert "cousin" not in speech_verbs.MALE_ROLE_WORDS | speech_verbs.FEMALE_ROLE_WORDS


def test_dbt_reads_the_same_file_as_its_seed() -> None:
    project = yaml.safe_load((ROOT / "dbt_project" / "dbt_project.yml").read_text())
    seed_dirs = {(ROOT / "dbt_project" / p).resolve() for p in project["seed-paths"]}
    assert GENDERED_WORDS_PATH.parent.resolve() in seed_dirs
    assert (ROOT / "dbt_project/models/staging/reference/stg_reference__gendered_words.sql"
            ).read_text().count("ref('gendered_words')") == 1
    assert not (GENDERED_WORDS_PATH.parent / "given_names.csv").exists()  # one file, not two


def test_a_word_a_user_adds_is_read(tmp_path: Path) -> None:
    lexicon = tmp_path / "gendered_words.csv"
    lexicon.write_text(GENDERED_WORDS_PATH.read_text() + "mx,,title\nhonourable,,title\n"
                       "dowager,f,title\n", encoding="utf-8")
    assert "dowager." in titles("f", lexicon) and "dowager" not in titles("f")
    assert "mx" not in titles("m", lexicon) | titles("f", lexicon)  # no gender: no cue


def test_every_row_has_a_known_kind_and_gender() -> None:
    rows = gendered_words()
    assert {kind for _, _, kind in rows} == {"title", "kinship", "royal", "role", "given_name"}
    assert {gender for _, gender, _ in rows} == {"m", "f", ""}
    assert len(rows) == len(set(rows))
    assert ("mohammad", "m", "given_name") in rows and ("hillary", "f", "given_name") in rows
