"""Names that are not names (orchestration/lib/entities.py, _drop_amounts_and_table_labels):
currency amounts, a wire's sign-off and the row labels of financial tables, through the real
spaCy model."""

import pytest
import spacy

from orchestration.lib.entities import TABLE_ROW, build_nlp, extract_entity_spans


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    return build_nlp()


def names(nlp: spacy.Language, text: str) -> list[str]:
    return [span.text for span in extract_entity_spans(nlp(text))]


def test_a_currency_amount_is_no_name(nlp: spacy.Language) -> None:
    found = names(nlp, "Norvia's reserves rose to 4.12 billion U.S. Dlrs at the end of March, "
                       "Finance Minister Peter Lund said.")
    assert not any("Dlrs" in name for name in found), found
    assert "Peter Lund" in found


def test_the_labels_of_a_results_table_are_no_names(nlp: spacy.Language) -> None:
    text = ("Brackwell Instruments Inc said its first quarter results were:\n\n"
            "Shr 1.05 dlrs vs 72 cts\n\nNet 3,418,000 vs 2,102,000\n\n"
            "Revs 64.8 mln vs 51.3 mln\n\nRevs 12.1 mln vs not given\n\n"
            "Canada 21.1 mln vs 16.1 mln\n\n"
            "NOTE: Brackwell Instruments Inc is based in Dayton.")
    found = names(nlp, text)
    assert not [name for name in found if name.split()[0] in {"Revs", "Shr", "Net"}], found
    assert "Brackwell Instruments Inc" in found
    assert "Canada" in found  # a place labelling a row (sales by region) is named


@pytest.mark.parametrize(("line", "is_row"), [
    ("Revs 64.8 mln vs 51.3 mln", True),
    ("Net loss 220,724 vs loss 210,120", True),
    ("Revs 106.5 mln dlrs vs 78.3 mln dlrs", True),
    ("Avg shrs 17.6 mln vs 15.7 mln", True),
    ("Revs 6,872,630 vs NA", True),
    ("Halvard Brekke 1987 vs 1986 was a good year for the firm.", False),  # a sentence goes on
    ("Peter Lund met Halvard Brekke on Friday.", False),
])
def test_a_table_row_is_a_label_and_a_figure_compared_with_vs(line: str, is_row: bool) -> None:
    assert bool(TABLE_ROW.fullmatch(line)) is is_row


def test_a_name_at_the_start_of_a_line_stays(nlp: spacy.Language) -> None:
    found = names(nlp, "Markets\n\nHalvard Brekke 1987 vs 1986 was the title of his talk in "
                       "Oslo.\n\nPeter Lund met Halvard Brekke on Friday.")
    assert found.count("Halvard Brekke") == 2, found


def test_a_wire_sign_off_is_no_mention(nlp: spacy.Language) -> None:
    found = names(nlp, "Exports to Europe rose 42.9 pct to 11.0 mln. REUTER")
    assert found == ["Europe"], found
    found = names(nlp, "Company full name Brackwell Instrumente AG. REUTER")
    assert found == ["Brackwell Instrumente AG"], found
    # a name in capitals inside the text stays
    assert "NATO" in names(nlp, "NATO said on Monday that its ships left the port.")
