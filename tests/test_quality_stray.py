"""Words in a column of numbers (`N    82 584,28`) are named with their rows; placeholders, codes, phones and
columns of mixed content are not."""
from __future__ import annotations

import pandas as pd

from viz.checks import quality
from viz.io import load


def _found(table: pd.DataFrame) -> dict:
    return {f.column: f for f in quality.check(table) if f.code == "quality.not_a_number"}


def _table(**columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(columns, dtype="str")


def test_a_word_in_amounts_is_named_with_its_row():
    amounts = [f"{1000 + 37 * i} 250,00" for i in range(60)]
    amounts[41] = "N                 82 584,28"
    amounts[7] = "voir annexe"
    amounts[12] = "NC"  # a placeholder: said by quality.placeholder, not here
    amounts[20] = ""
    found = _found(_table(montant=amounts))
    finding = found["montant"]
    assert finding.rows == [9, 43] and finding.severity == "warning" and finding.fix is None
    assert finding.message_fr == ("Colonne « montant » : 2 cellules ne sont pas des nombres dans une colonne de "
                                  "nombres (« voir annexe », « N                 82 584,28 »), lignes 9, 43. Un "
                                  "total les laisserait de côté : vérifiez ce que la source voulait écrire.")


def test_codes_phones_and_mixed_columns_are_left_alone():
    n = 60
    found = _found(_table(
        code_postal=["75001"] * (n - 1) + ["CEDEX 9"],  # a code column: its own checks
        telephone=["01 23 45 67 89"] * (n - 1) + ["standard"],
        commentaire=[str(i) if i % 3 else "sans suite" for i in range(n)],  # a third of words: not a number column
        quantite=[str(i) for i in range(n)],
    ))
    assert found == {}


def test_realdata_sarthe_garbage_amount(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire/sarthe-2018-associations.csv")
    found = [f for f in quality.check(ds.original, ds.read) if f.code == "quality.not_a_number"]
    assert [(f.column.split("\n")[0], f.rows) for f in found] == [("Montant", [1623])]
    assert "« N                 82 584,28 »" in found[0].message_fr
