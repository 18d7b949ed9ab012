"""Amounts cut in two by their own decimal comma in a comma-separated file: named with rows, joined back by a
recorded rule step, and never « normalised » into a wrong number before that."""
from __future__ import annotations

import pandas as pd
import pytest

from viz.checks import quality
from viz.io import load, load_bytes
from viz.steps.base import Step

HEADER = "nomAttribuant,idBeneficiaire,objet,montant,nature,conditionsVersement,pourcentageSubvention"


def _file(rows: list[str]) -> bytes:
    return ("\n".join([HEADER] + rows) + "\n").encode("cp1252")


ROWS = [
    "Département,32416633900055,Fonctionnement 2018,100 000,00,aide en numéraire,unique,1",
    "Département,35123272300012,Refuge de Grasla,28 000,50,aide en numéraire,unique,1",
    "Département,42141605800012,Institut musical,46 600,00,aide en nature,échelonné,0.5",
    "Département,35326470800044,Festival d'été,2 500,00,aide en numéraire,unique,1",
]


def _split(ds):
    return [f for f in quality.check(ds.original, ds.read) if f.code == "quality.split_decimal"]


def test_cut_amounts_are_named_with_rows_and_example():
    ds = load_bytes(_file(ROWS), "vendee.csv")
    assert ds.read.separator == "," and ds.read.columns_expected == 7 and ds.original.shape == (4, 8)
    [finding] = _split(ds)
    assert finding.severity == "error" and finding.column == "montant" and finding.rows == [2, 3, 4, 5]
    assert finding.message_fr.startswith(
        "Colonne « montant » : la virgule sert à la fois de séparateur et de virgule décimale, et elle a coupé "
        "4 montants en deux (par exemple « 100 000 » lu dans « montant » et « 00 » dans « nature ») ; les champs "
        "suivants de ces lignes sont décalés d'une colonne, lignes 2, 3, 4, 5.")
    assert "autre ligne" not in finding.message_fr


def test_the_fix_joins_amounts_and_puts_fields_back():
    ds = load_bytes(_file(ROWS), "vendee.csv")
    [finding] = _split(ds)
    fixed = ds.with_step(finding.fix).working()
    assert list(fixed.columns) == HEADER.split(",")  # the extra column, empty now, is gone
    assert list(fixed["montant"]) == ["100 000,00", "28 000,50", "46 600,00", "2 500,00"]
    assert list(fixed["nature"]) == ["aide en numéraire", "aide en numéraire", "aide en nature", "aide en numéraire"]
    assert list(fixed["pourcentageSubvention"]) == ["1", "1", "0.5", "1"]
    assert ds.original.loc[0, "montant"] == "100 000"  # the original is never touched
    assert not [f for f in quality.check(fixed, ds.read) if f.code == "quality.split_decimal"]
    replayed = Step.from_dict(finding.fix.to_dict())  # a rule: replays from a saved recipe
    assert ds.with_step(replayed).working().equals(fixed)


def test_rows_with_a_comma_in_text_too_are_left_and_counted():
    rows = ROWS + ["Département,44000000000001,Jeux, sports et loisirs,5 000,00,aide en numéraire,unique,1"]
    ds = load_bytes(_file(rows), "vendee.csv")
    [finding] = _split(ds)
    assert finding.rows == [2, 3, 4, 5]
    assert "1 autre ligne a encore trop de champs" in finding.message_fr
    assert "elle est laissée telle quelle" in finding.message_fr
    fixed = ds.with_step(finding.fix).working()
    assert fixed.shape[1] == 9  # the row with two extra fields still needs its extra columns
    assert fixed.loc[4, "objet"] == "Jeux"  # left as read: which text was cut cannot be known


def test_numeric_text_fix_waits_for_the_join():
    """Writing `28 000` as 28000 before joining would lose its `,50`: no fix offered until the amounts are whole."""
    ds = load_bytes(_file(ROWS), "vendee.csv")
    numeric = [f for f in quality.check(ds.original, ds.read) if f.code == "quality.numeric_text"
               and f.column == "montant"]
    assert numeric and numeric[0].fix is None
    fixed = ds.with_step(_split(ds)[0].fix)
    after = [f for f in quality.check(fixed.working(), ds.read) if f.code == "quality.numeric_text"
             and f.column == "montant"]
    assert after and after[0].fix is not None


@pytest.mark.parametrize("data", [
    _file([r.replace(",00,", ".00,").replace(",50,", ".50,") for r in ROWS]),  # well-formed: nothing cut
    ("a;b;c\n1;2;3\n4 000;00;6;7\n").encode(),  # `;` file: a ragged row is not a cut amount
])
def test_no_cut_amount_where_there_is_none(data):
    assert not _split(load_bytes(data, "x.csv"))


def test_realdata_vendee_amounts_joined(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire/vendee-2018-conventions.csv")
    [finding] = _split(ds)
    assert finding.column == "montant" and finding.count == 88  # the 15-field lines of the 114
    assert "23 autres lignes ont encore trop de champs" in finding.message_fr  # 16-, 17- and 18-field lines
    fixed = ds.with_step(finding.fix).working()
    first = fixed.iloc[0]
    assert first["montant"] == "100\u00a0000,00" and first["nature"] == "aide en numéraire"
    assert first["conditionsVersement"] == "unique"
    amounts = pd.to_numeric(fixed["montant"].str.replace("\u00a0", "").str.replace(",", "."), errors="coerce")
    assert amounts.notna().sum() >= 88


def test_realdata_vendee_rows_put_back_are_no_longer_too_long(realdata):
    """The schema's extra-cell errors follow the repair: the 88 joined rows are no longer too long, the 23 rows
    with a comma in a text as well still are."""
    import json

    from viz.checks import run_checks
    ds = load(realdata / "subventions-pays-de-la-loire/vendee-2018-conventions.csv")
    schema = json.loads((realdata / "scdl-subventions/schema.json").read_text())

    def extra_rows(dataset) -> set[int]:
        return {r for f in run_checks(dataset, schema) if f.code == "schema.extra-cell" for r in f.rows}
    before = extra_rows(ds)
    fix = next(f for f in run_checks(ds, schema) if f.code == "quality.split_decimal").fix
    after = extra_rows(ds.with_step(fix))
    assert len(before) == 111 and len(after) == 23 and after < before
