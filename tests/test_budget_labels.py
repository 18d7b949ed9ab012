"""Budgets people can read: M57 labels for a budget XML's codes, real operations by default, order operations named."""
import gzip
import subprocess
import sys
from pathlib import Path

import pandas as pd

from tests.fixtures import budget_xml
from viz.charts.treemap import build, suggest
from viz.io import load, load_bytes
from viz.reference import m57

ROOT = Path(__file__).resolve().parents[1]


def test_reference_rebuilds_byte_identical_from_the_official_plan(realdata, tmp_path):
    out = subprocess.run([sys.executable, "tools/build_m57.py", str(realdata / "budget-xml/plan-de-compte-M57-2018.xml")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "3861 codes" in out.stdout
    table = pd.read_csv(ROOT / "viz/reference/m57_2018.csv.gz", dtype=str, keep_default_na=False)
    assert table["famille"].value_counts().to_dict() == {"nature_compte": 3052, "fonction_compte": 480,
                                                         "fonction_ref": 232, "nature_chapitre": 54,
                                                         "fonction_chapitre": 43}
    assert gzip.decompress((ROOT / "viz/reference/m57_2018.csv.gz").read_bytes()).startswith(b"famille,code,")


def test_lookups_give_official_labels_and_chapters():
    assert m57.chapter_labels(pd.Series(["011", "930", "9343", "999"])).tolist() == [
        "Charges à caractère général", "Services généraux", "APA", ""]
    chapters = m57.nature_chapters(pd.Series(["6225", "21828", "21828", "023"]), pd.Series(["D", "D", "D", "D"]),
                                   pd.Series(["0", "0", "1", "1"]))
    assert chapters.tolist() == ["011", "21", "040", "023"]
    assert m57.is_order_chapter(chapters).tolist() == [False, False, True, True]


def test_budget_xml_lines_get_labels_not_bare_codes():
    table = load_bytes(budget_xml(), "budget.xml").original
    assert table.loc[0, "LibelleChapitreNature"] == "Charges à caractère général"
    assert table.loc[0, "LibelleNature"] == "Indemnités au comptable et aux régisseurs"
    assert table.loc[2, "ChapitreNature"] == "731"  # 7311 revenue: a real chapter
    assert table.loc[1, "ChapitreFonctionnel"] == "Solde d'exécution de la section d'investissement reporté"


def test_montpellier_every_line_labelled_and_real_spending_by_default(realdata):
    ds = load(realdata / "budget-xml/montpellier-CA-2018.xml")
    table = ds.original
    assert (table["LibelleChapitreNature"] != "").all() and (table["LibelleNature"] != "").all()
    assert (table["ChapitreFonctionnel"] == "").sum() == 2  # ContFon 511: no such chapter in the 2018 plan
    spec = suggest(table, ds.read.decimal, ds.read.thousands)
    assert spec.filters == {"Sens": ["Dépense"], "TypeOperation": ["Réelle"]}
    assert spec.labels == ["LibelleChapitreNature", "LibelleNature"] and spec.value == "MtReal"
    result = build(table, spec)
    assert round(float(result.table["value"].sum()), 2) == 410624337.33
    assert "(non renseigné)" not in set(result.table["LibelleChapitreNature"])
    assert "Charges à caractère général" in set(result.table["LibelleChapitreNature"])
    assert "Opérations réelles seulement" in result.sentence() and result.order_rows == 0


def test_order_operations_summed_with_real_ones_are_named(realdata):
    ds = load(realdata / "budget-xml/montpellier-CA-2018.xml")
    spec = suggest(ds.original, ds.read.decimal, ds.read.thousands)
    spec.filters = {"Sens": ["Dépense"]}
    result = build(ds.original, spec)
    assert result.order_rows == 6
    assert "6 lignes sont des opérations d'ordre" in result.sentence()


def test_sample_budget_csv_leaves_out_its_order_chapters_and_says_so():
    ds = load(ROOT / "sample_data/budget_primitif_2025.csv")
    spec = suggest(ds.original, ds.read.decimal, ds.read.thousands)
    assert spec.filters == {"sens": ["Dépense"]}  # spending by default: revenue is never summed with it
    assert spec.real_only  # and real operations only: order ones would count money twice
    # 5 order chapters as written, and `42`: chapter 042 whose leading zero a spreadsheet dropped
    order = (ds.original["chapitre"].isin(["021", "023", "040", "041", "042", "043", "42"])
             & ds.original["sens"].eq("Dépense")).sum()
    result = build(ds.original, spec)
    assert result.order_rows == 0 and result.order_dropped == order == 6
    assert "sont écartées, car elles compteraient deux fois" in result.sentence()
    spec.real_only = False
    result = build(ds.original, spec)
    assert result.order_rows == 6 and "comptés deux fois" in result.sentence()


def test_the_plan_itself_reads_as_a_table_of_codes(realdata):
    ds = load(realdata / "budget-xml/plan-de-compte-M57-2018.xml")
    assert ds.original.shape == (3861, 12)
    assert ds.meta.title == "Plan de comptes M57 2018"
    row = ds.original[(ds.original["famille"] == "nature_chapitre") & (ds.original["code"] == "011")].iloc[0]
    assert row["libelle"] == "Charges à caractère général" and row["type_chapitre"] == "G"
