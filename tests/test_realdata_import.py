"""Every real published file of ../shared/realdata is read, with the facts its README states."""
import pytest

from viz.io import load
from viz.profile import profile


def kinds(ds):
    return {p.name: p.kind for p in profile(ds.original)}


def test_montpellier_budget_xml(realdata):
    ds = load(realdata / "budget-xml/montpellier-CA-2018.xml")
    table = ds.original
    assert len(table) == 1697
    assert ds.meta.producer == "VILLE DE MONTPELLIER"
    real_d = table[(table["CodRD"] == "D") & (table["OpBudg"] == "0")]
    assert len(real_d) == 1468
    assert round(real_d["MtReal"].astype(float).sum(), 2) == 410624337.33
    assert table["Nature"].nunique() == 280 and real_d["ContFon"].nunique() == 27
    assert {"001", "002", "021", "023", "024"} <= set(table["Nature"])
    assert "001" in set(table["ContFon"])


def test_laposte_codes_keep_leading_zeros(realdata):
    ds = load(realdata / "reference/laposte_hexasmal.csv")
    assert ds.original.shape == (39192, 6) and ds.read.separator == ";"
    assert ds.original["Code_postal"].str.startswith("0").sum() == 3432
    assert ds.original["Code_commune_INSEE"].str.startswith("0").sum() == 3429
    assert ds.original["Code_commune_INSEE"].nunique() == 35099
    k = kinds(ds)
    assert k["Code_postal"] == "code_postal" and k["Code_commune_INSEE"] == "code_insee"
    assert k["coordonnees_gps"] == "coordinates"


def test_france_services_geojson(realdata):
    ds = load(realdata / "lieux/france-services-2020-09.geojson")
    table = ds.original
    assert len(table) == 908
    assert (table["latitude"].astype(float) == table["LATITUDE"].astype(float)).all()
    assert table["DEPARTEMENT"].str.fullmatch(r"[1-9]").sum() == 60
    assert table["code_postal"].str.strip("\u00a0 ").str.fullmatch(r"\d{4}").sum() == 21
    assert kinds(ds)["DEPARTEMENT"] == "code_departement"


def test_sarthe_latin1_multiline_header(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire/sarthe-2018-associations.csv")
    assert ds.read.separator == ";" and ds.read.decimal == ","
    assert ds.original.shape == (1625, 9)
    assert "Montant\nde la subvention de fonctionnement (1)" in ds.original.columns


def test_vendee_mixed_encoding_nothing_lost(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire/vendee-2018-conventions.csv")
    assert ds.read.encoding == "mixed"
    assert len(ds.original) == 114
    assert "Ã" not in "".join(ds.original["nomAttribuant"])
    assert ds.read.ragged_rows  # the comma-decimal amounts split rows: reported, kept in extra columns


def test_maine_et_loire_and_mayenne(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire/maine-et-loire-conventions.csv")
    assert ds.original.shape == (75, 16) and ds.read.separator == ";"
    assert (ds.original["idAttribuant"] == "224 900 019 000 15'").all()
    x = load(realdata / "subventions-pays-de-la-loire/mayenne-2018.xlsx")
    assert x.read.sheet == "Feuil1" and len(x.original) == 175
    names = x.original["nomBeneficiaire"]
    assert (names.str.rstrip() != names).sum() == 83


@pytest.mark.parametrize("path,rows,cols", [
    ("scdl-subventions/exemple_valide.csv", 29, 16),
    ("scdl-subventions/exemple_invalide_erreurs_cellules.csv", 29, 15),
    ("irve-statique/exemple-valide-statique.csv", 2, 40),
    ("mediation-numerique/exemple-valide.csv", 1, 32),
])
def test_schema_examples(realdata, path, rows, cols):
    ds = load(realdata / path)
    assert ds.original.shape == (rows, cols)
