"""Quality checks on data built in code (a latin-1 `;` subventions file) and on the real published files."""
from __future__ import annotations

import pandas as pd
import pytest

from viz.checks.quality import QUALITY_CHECKS, check
from viz.dataset import Dataset
from viz.io import load, load_bytes

HEADER = "nomBeneficiaire;code_postal;DEPARTEMENT;montant;nature;dateConvention;Colonne1;contact;telephone;nir;iban;nom"
LINES = [
    "Association Les Amis du Rail;04100;04;1 234,56;Aide en numéraire;2024-01-05;;a@asso.fr;;;;Club",
    "Comité des fêtes ;4100;4;12,5 %;NUMERAIRE;05/02/2024;;;04 92 11 22 33;;;Association",
    "Foyer rural\u00a0;01053;1;1.234.567;Aide en numéraire;45322;;;;1 85 05 78 006 084 91;;Amicale",
    "CafÃ© associatif;75011;75;300;numéraire;2024-03-01;;;;;FR76 3000 6000 0112 3456 7890 189;M. Jean DUPONT",
    "Comité des fêtes ;4100;4;12,5 %;NUMERAIRE;05/02/2024;;;04 92 11 22 33;;;Association",
    "Les  Petits Débrouillards;13001;13;-12,5;Aide en numéraire;2024-04-02;;;;;;DUPONT Jean",
]


@pytest.fixture
def ds() -> Dataset:
    data = "\r\n".join([HEADER, *LINES]).encode("cp1252") + b"\r\n"
    return load_bytes(data, "subventions.csv")


def _one(findings, code, column=None, constraint=None):
    hits = [f for f in findings if f.code == code and (column is None or f.column == column)
            and (constraint is None or f.constraint == constraint)]
    assert len(hits) == 1, [(f.code, f.column, f.constraint) for f in findings]
    return hits[0]


def _fix_clears(ds: Dataset, finding) -> list:
    """Apply the finding's fix; return what the same check still finds on that column."""
    before = ds.original.copy()
    ds.with_step(finding.fix)
    after = QUALITY_CHECKS[finding.code](ds.working(), ds.read)
    pd.testing.assert_frame_equal(ds.original, before)
    return [f for f in after if f.column == finding.column and f.constraint == finding.constraint]


def test_every_code_found_with_frictionless_row_numbers(ds):
    found = check(ds.original, ds.read)
    assert _one(found, "quality.leading_zeros", "code_postal").rows == [3, 6]
    dep = _one(found, "quality.leading_zeros", "DEPARTEMENT")
    assert dep.rows == [3, 4, 6] and dep.fix.options["width"] == 2
    assert _one(found, "quality.numeric_text", "montant").rows == [2, 3, 4, 6, 7]
    assert _one(found, "quality.empty_column", "Colonne1").fix.op == "drop_column"
    assert _one(found, "quality.duplicate_row").rows == [6]
    ws = _one(found, "quality.whitespace", "nomBeneficiaire")
    assert ws.rows == [3, 4, 6, 7] and ws.details["nbsp"] == 1 and ws.severity == "warning"
    case = _one(found, "quality.inconsistent_case", "nature")
    assert case.details["mapping"] == {"numéraire": "NUMERAIRE"}  # equal once folded: merged
    assert case.rows == [5]
    similar = _one(found, "quality.similar_values", "nature")  # « X » and « … X »: only asked
    assert similar.details["pairs"] == [["NUMERAIRE", "Aide en numéraire"]] and similar.fix is None
    assert _one(found, "quality.mojibake", "nomBeneficiaire").rows == [5]
    dates = _one(found, "quality.mixed_dates", "dateConvention")
    assert dates.rows == [3, 4, 6] and dates.details == {"iso": 3, "fr": 2, "excel": 1}


def test_personal_data_counts_without_quoting_values(ds):
    found = [f for f in check(ds.original, ds.read) if f.code == "quality.personal_data"]
    got = {(f.column, f.constraint): f.rows for f in found}
    assert got == {("contact", "email"): [2], ("telephone", "phone"): [3, 6], ("nir", "nir"): [4],
                   ("iban", "iban"): [5], ("nom", "person_name"): [5, 7]}
    for f in found:
        for secret in ("a@asso.fr", "04 92", "1 85 05", "FR76", "DUPONT", "Jean"):
            assert secret not in f.message_fr and secret not in f.message_en


def test_wrong_nir_key_and_iban_checksum_are_not_personal_data():
    data = "nir;iban\r\n1 85 05 78 006 084 92;FR76 3000 6000 0112 3456 7890 188\r\n".encode()
    ds = load_bytes(data, "x.csv")
    assert not [f for f in check(ds.original, ds.read) if f.code == "quality.personal_data"]


@pytest.mark.parametrize("code,column,constraint", [
    ("quality.leading_zeros", "code_postal", "code_postal"),
    ("quality.leading_zeros", "DEPARTEMENT", "code_departement"),
    ("quality.numeric_text", "montant", None),
    ("quality.empty_column", "Colonne1", None),
    ("quality.duplicate_row", None, None),
    ("quality.whitespace", "nomBeneficiaire", None),
    ("quality.inconsistent_case", "nature", None),
    ("quality.mojibake", "nomBeneficiaire", None),
    ("quality.mixed_dates", "dateConvention", None),
])
def test_fix_makes_the_finding_disappear_and_keeps_the_original(ds, code, column, constraint):
    raw = ds.raw
    finding = _one(check(ds.original, ds.read), code, column, constraint)
    assert finding.fix is not None and finding.fix.label_fr
    assert _fix_clears(ds, finding) == []
    assert ds.raw == raw and len(ds.steps) == 1


def test_fixed_values(ds):
    found = check(ds.original, ds.read)
    for code, column in [("quality.leading_zeros", "code_postal"), ("quality.numeric_text", "montant"),
                         ("quality.mojibake", "nomBeneficiaire"), ("quality.mixed_dates", "dateConvention")]:
        ds.with_step(_one(found, code, column).fix)
    work = ds.working()
    assert work["code_postal"].tolist() == ["04100", "04100", "01053", "75011", "04100", "13001"]
    assert work["montant"].tolist() == ["1234.56", "12.5", "1234567", "300", "12.5", "-12.5"]
    assert work["nomBeneficiaire"].iloc[3] == "Café associatif"
    assert work["dateConvention"].tolist() == ["2024-01-05", "2024-02-05", "2024-01-31", "2024-03-01",
                                                "2024-02-05", "2024-04-02"]
    assert ds.original["montant"].iloc[0] == "1 234,56"


def test_clean_file_has_no_quality_findings():
    data = ("code_insee;nom_commune;montant;date\r\n01053;Bourg-en-Bresse;1234.5;2024-01-01\r\n"
            "2A004;Ajaccio;-3;2024-02-01\r\n75056;Paris;12;2024-03-01\r\n").encode()
    ds = load_bytes(data, "propre.csv")
    assert check(ds.original, ds.read) == []


def test_siret_and_chapter_zeros():
    data = ("siret;chapitre\r\n21340172201787;011\r\n2130001200016;11\r\n1234567890123;65\r\n"
            "21340172201787;012\r\n").encode()
    ds = load_bytes(data, "b.csv")
    found = check(ds.original, ds.read)
    siret = _one(found, "quality.leading_zeros", "siret")
    assert siret.rows == [3]  # 1234567890123 padded fails the Luhn key: not a lost zero
    chapter = _one(found, "quality.leading_zeros", "chapitre")
    assert chapter.rows == [3]  # 65 is a real chapter, 11 lost its zero
    ds.with_step(chapter.fix)
    assert ds.working()["chapitre"].tolist() == ["011", "011", "65", "012"]


def test_france_services(realdata):
    ds = load(realdata / "lieux" / "france-services-2020-09.geojson")
    found = check(ds.original, ds.read)
    assert _one(found, "quality.leading_zeros", "DEPARTEMENT").count == 60
    cp = _one(found, "quality.leading_zeros", "code_postal")
    assert cp.count == 21
    ws = _one(found, "quality.whitespace", "code_postal")
    assert ws.count == 2 and ws.details["nbsp"] == 2
    ds.with_step(cp.fix).with_step(ws.fix)
    work = ds.working()
    assert work["code_postal"].str.fullmatch(r"\d{5}").all()
    assert ds.original["code_postal"].str.len().eq(4).sum() == 21


def test_maine_et_loire(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire" / "maine-et-loire-conventions.csv")
    found = check(ds.original, ds.read)
    attribuant = _one(found, "quality.code_spaces", "idAttribuant")
    beneficiaire = _one(found, "quality.code_spaces", "idBeneficiaire")
    assert attribuant.count == 75 and beneficiaire.count == 71
    assert _one(found, "quality.empty_column", "Colonne1").count == 75
    ds.with_step(attribuant.fix).with_step(beneficiaire.fix)
    work = ds.working()
    assert (work["idAttribuant"] == "22490001900015").all()
    assert work["idBeneficiaire"].str.fullmatch(r"\d{14}").sum() == 71


def test_mayenne(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire" / "mayenne-2018.xlsx")
    found = check(ds.original, ds.read)
    names = ds.original["nomBeneficiaire"]
    trailing = set(((names.str.rstrip() != names).to_numpy().nonzero()[0] + 2).tolist())
    assert len(trailing) == 83
    assert trailing <= set(_one(found, "quality.whitespace", "nomBeneficiaire").rows)
    assert not [f for f in found if f.code == "quality.inconsistent_case" and f.column == "nature"]
    nature = _one(found, "quality.similar_values", "nature")  # a question, never a one-click merge
    assert nature.details["pairs"] == [["NUMERAIRE", "Aide en numéraire"]] and nature.fix is None
    assert not [f for f in found if f.code == "quality.personal_data" and f.column == "nomBeneficiaire"]


def test_official_invalid_example(realdata):
    ds = load(realdata / "scdl-subventions" / "exemple_invalide_erreurs_cellules.csv")
    found = check(ds.original, ds.read)
    assert _one(found, "quality.mixed_dates", "dateConvention").rows == [5]
    assert _one(found, "quality.numeric_text", "montant").rows == [6]
    assert _one(found, "quality.numeric_text", "pourcentageSubvention").rows == [9]


def test_laposte_reference_has_no_false_alarm(realdata):
    ds = load(realdata / "reference" / "laposte_hexasmal.csv")
    assert check(ds.original, ds.read) == []


def test_sarthe_amounts(realdata):
    ds = load(realdata / "subventions-pays-de-la-loire" / "sarthe-2018-associations.csv")
    found = check(ds.original, ds.read)
    col = next(c for c in ds.original.columns if "fonctionnement" in c)
    finding = _one(found, "quality.numeric_text", col)
    assert finding.count == 1565
    ds.with_step(finding.fix)
    total = pd.to_numeric(ds.working()[col], errors="coerce").sum()
    assert round(total, 2) == 6965886.60


def test_a_negated_category_is_not_a_spelling_variant():
    """« non spécialisé » and « spécialisé » are two values (SCDL budget BGT_ARTSPE), not one spelled twice."""
    values = ["non spécialisé"] * 30 + ["spécialisé"] * 5 + ["Aide en numéraire"] * 10 + ["numéraire"] * 2
    table = pd.DataFrame({"BGT_ARTSPE": values[:35], "nature": (values[35:] * 3)[:35]}, dtype="str")
    found = {(f.code, f.column): f for f in check(table)}
    assert ("quality.inconsistent_case", "BGT_ARTSPE") not in found
    assert ("quality.similar_values", "BGT_ARTSPE") not in found
    assert ("quality.inconsistent_case", "nature") not in found
    assert found[("quality.similar_values", "nature")].details["pairs"] == [["numéraire", "Aide en numéraire"]]


def test_empty_column_required_by_the_schema_is_not_suggested_for_deletion():
    from viz.checks import run_checks
    data = "idBeneficiaire;rnaBeneficiaire;commentaire\n82772807200014;;\n31762674500012;;\n".encode()
    schema = {"fields": [{"name": "idBeneficiaire", "type": "string"}, {"name": "rnaBeneficiaire", "type": "string"}]}
    empty = {f.column: f for f in run_checks(load_bytes(data, "s.csv"), schema) if f.code == "quality.empty_column"}
    assert empty["rnaBeneficiaire"].fix is None and "le schéma la prévoit" in empty["rnaBeneficiaire"].message_fr
    assert empty["commentaire"].fix is not None and empty["commentaire"].fix.op == "drop_column"
