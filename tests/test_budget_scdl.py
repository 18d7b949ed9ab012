"""TOTEM budget XML → SCDL budget 0.8.3 (BGT_*): the mapping, the recorded step, and the schema check after it."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from tests.fixtures import budget_xml
from viz.budget_scdl import (
    OP,
    SCDL_FIELDS,
    conversion_step,
    convert_for_schema,
    derive_section,
    is_scdl_budget_schema,
    section_conflicts,
    to_scdl_budget,
)
from viz.checks import run_checks
from viz.checks.schema import validate
from viz.dataset import Dataset, Step
from viz.io import load, load_bytes
from viz.schemas import load_schema

MONTPELLIER = "budget-xml/montpellier-CA-2018.xml"


def _schema_names() -> list[str]:
    return [f["name"] for f in load_schema("scdl-budget")["fields"]]


def test_columns_follow_the_schema_order_and_codes_are_mapped():
    ds = load_bytes(budget_xml(), "budget.xml")
    before = ds.original.copy()
    out = to_scdl_budget(ds.original, ds.meta)
    assert list(out.columns) == _schema_names() == list(SCDL_FIELDS)
    assert out["BGT_NATURE"].tolist() == ["6225", "001", "7311"]
    assert out["BGT_FONCTION"].tolist() == ["000", "010", "020"]
    assert out["BGT_CODRD"].tolist() == ["dépense", "dépense", "recette"]
    assert set(out["BGT_OPBUDG"]) == {"réel"}
    assert out["BGT_SECTION"].tolist() == ["fonctionnement", "investissement", "fonctionnement"]
    assert set(out["BGT_NATDEC"]) == {"budget primitif"} and set(out["BGT_ANNEE"]) == {"2025"}
    assert set(out["BGT_SIRET"]) == {"21060120100015"}
    assert set(out["BGT_NOM"]) == {"COMMUNE DE SAINT-ÉTIENNE-DE-TINÉE"}
    assert out["BGT_MTREAL"].tolist() == ["12000.00", "5.50", "99000.10"]
    # not in the document: from the official M57 plan (the document says Nomenclature M57)
    assert out["BGT_CONTNAT"].tolist() == ["011", "001", "731"]
    assert out["BGT_CONTNAT_LABEL"].tolist() == ["Charges à caractère général",
                                                 "Solde d'exécution de la section d'investissement reporté",
                                                 "Fiscalité locale"]
    assert out["BGT_NATURE_LABEL"].tolist()[::2] == ["Indemnités au comptable et aux régisseurs",
                                                     "Contributions directes"]
    pd.testing.assert_frame_equal(ds.original, before)


def test_another_nomenclature_is_never_labelled_with_m57():
    data = budget_xml().replace(b'<Nomenclature V="M57-M57"/>', b'<Nomenclature V="M14-M14_COM_500_3500"/>')
    ds = load_bytes(data, "budget.xml")
    out = to_scdl_budget(ds.original, ds.meta)
    assert set(out["BGT_CONTNAT"]) == {""} and set(out["BGT_CONTNAT_LABEL"]) == {""}
    assert set(out["BGT_NATURE_LABEL"]) == {""} and set(out["BGT_FONCTION_LABEL"]) == {""}


def test_unknown_codes_are_kept_so_the_schema_shows_them_and_opbudg_1_is_ordre():
    table = pd.DataFrame({"Nature": ["021", "3021", "6811"], "ContFon": ["951", "", "936"],
                          "CodRD": ["R", "X", "D"], "OpBudg": ["1", "0", "1"], "ArtSpe": ["false", "true", "oui"],
                          "MtReal": ["10.00", "", "3.10"], "NatDec": ["02", "02", "02"]}, dtype="str")
    out = to_scdl_budget(table)
    assert out["BGT_OPBUDG"].tolist() == ["ordre", "réel", "ordre"]
    assert out["BGT_CODRD"].tolist() == ["recette", "X", "dépense"]
    assert out["BGT_ARTSPE"].tolist() == ["non spécialisé", "spécialisé", "oui"]
    assert out["BGT_SECTION"].tolist() == ["investissement", "", "fonctionnement"]  # class 3: unknown, left empty
    assert set(out["BGT_NATDEC"]) == {"décision modificative"} and set(out["BGT_SIRET"]) == {""}
    findings = validate(out, load_schema("scdl-budget"))
    enum = {f.column: f.rows for f in findings if f.code == "schema.constraint-error" and f.constraint == "enum"}
    assert enum == {"BGT_CODRD": [3], "BGT_ARTSPE": [4]}


def test_section_rule_special_chapters_classes_and_contfon_fallback_and_conflicts():
    table = pd.DataFrame({"Nature": ["6225", "21828", "001", "002", "023", "024", "45411", "", "165", "6811"],
                          "ContFon": ["930", "", "001", "002", "953", "954", "13", "942", "923", "905"]},
                         dtype="str")
    assert derive_section(table).tolist() == ["fonctionnement", "investissement", "investissement", "fonctionnement",
                                              "fonctionnement", "investissement", "investissement", "fonctionnement",
                                              "investissement", ""]
    assert section_conflicts(table) == [9]  # 6811 (class 6) filed under ContFon 905 (investissement): left empty


def test_step_is_recorded_replayable_and_only_for_budget_documents():
    ds = load_bytes(budget_xml(), "budget.xml")
    step = conversion_step(ds)
    assert step is not None and step.op == OP
    assert step.label_fr == "Convertir les lignes budgétaires au format national SCDL budget"
    ds.with_step(step)
    assert list(ds.working().columns) == list(SCDL_FIELDS) and ds.original.columns[0] == "Nature"
    assert conversion_step(ds) is None  # already converted
    replay = Dataset(original=ds.original, read=ds.read, steps=[Step.from_dict(json.loads(json.dumps(step.to_dict())))])
    pd.testing.assert_frame_equal(replay.working(), ds.working())
    ds.undo()
    assert "BGT_NATURE" not in ds.working().columns
    csv = load_bytes(b"Nature;CodRD\n6225;D\n", "n.csv")
    assert conversion_step(csv) is None  # no amount: not TOTEM lines
    totem_csv = load_bytes(b"Nature;CodRD;OpBudg;MtReal\n001;D;0;5.50\n", "lignes.csv")
    assert conversion_step(totem_csv) is not None
    assert conversion_step(load_bytes(b"a;b\n1;2\n", "a.csv")) is None


def test_convert_for_schema_recognises_the_schema_by_field_names():
    schema = load_schema("scdl-budget")
    assert is_scdl_budget_schema(schema) and not is_scdl_budget_schema(load_schema("scdl-subventions"))
    ds = load_bytes(budget_xml(), "budget.xml")
    assert not convert_for_schema(ds, load_schema("scdl-subventions")) and ds.steps == []
    assert convert_for_schema(ds, json.loads(json.dumps(schema))) and [s.op for s in ds.steps] == [OP]
    assert not convert_for_schema(ds, schema)  # never twice


def test_missing_context_columns_fall_back_to_the_metadata():
    ds = load_bytes(budget_xml(), "budget.xml")
    table = ds.original.drop(columns=["IdColl", "LibelleColl"])
    out = to_scdl_budget(table, ds.meta)
    assert set(out["BGT_SIRET"]) == {"21060120100015"} and set(out["BGT_NOM"]) == {"COMMUNE DE SAINT-ÉTIENNE-DE-TINÉE"}


def test_montpellier_converted_then_checked(realdata: Path):
    ds = load(realdata / MONTPELLIER)
    raw = ds.original
    before = raw.copy()
    out = to_scdl_budget(raw, ds.meta)
    assert list(out.columns) == _schema_names() and len(out) == 1697
    pd.testing.assert_frame_equal(raw, before)
    assert set(out["BGT_SIRET"]) == {"21340172201787"} and set(out["BGT_NATDEC"]) == {"compte administratif"}
    assert set(out["BGT_ANNEE"]) == {"2018"} and set(out["BGT_NOM"]) == {"VILLE DE MONTPELLIER"}
    real_d = out[(out["BGT_CODRD"] == "dépense") & (out["BGT_OPBUDG"] == "réel")]
    assert len(real_d) == 1468 and round(real_d["BGT_MTREAL"].astype(float).sum(), 2) == 410624337.33
    real_r = out[(out["BGT_CODRD"] == "recette") & (out["BGT_OPBUDG"] == "réel")]
    assert round(real_r["BGT_MTREAL"].astype(float).sum(), 2) == 437173552.70
    assert {"001", "002", "021", "023", "024"} <= set(out["BGT_NATURE"])
    section = dict(zip(out["BGT_NATURE"], out["BGT_SECTION"]))
    assert (section["6225"], section["21828"], section["001"], section["002"]) == (
        "fonctionnement", "investissement", "investissement", "fonctionnement")
    # independent cross-check: where ContFon is a 90x/93x chapter, the derived section agrees with it
    fon = raw["ContFon"]
    assert (out.loc[fon.str.fullmatch(r"90\d"), "BGT_SECTION"] == "investissement").all()
    assert (out.loc[fon.str.fullmatch(r"93\d"), "BGT_SECTION"] == "fonctionnement").all()
    assert section_conflicts(raw) == [] and (out["BGT_SECTION"] != "").all()
    # amounts are the XML text, untouched
    assert out["BGT_MTREAL"].tolist() == raw["MtReal"].tolist()
    assert out["BGT_MTRAR3112"].tolist() == raw["MtRAR3112"].tolist()

    # the nature chapters come from the M57 plan: the reader's own derivation agrees, order lines get order chapters
    assert out["BGT_CONTNAT"].tolist() == raw["ChapitreNature"].tolist() and (out["BGT_CONTNAT"] != "").all()
    order = out["BGT_OPBUDG"] == "ordre"
    assert order.any() and out.loc[order, "BGT_CONTNAT"].isin(["021", "023", "040", "041", "042", "043"]).all()
    assert out["BGT_CONTNAT_LABEL"].tolist() == raw["LibelleChapitreNature"].tolist()
    own = raw["LibCpte"].str.strip() != ""
    assert (out.loc[own, "BGT_NATURE_LABEL"] == raw.loc[own, "LibCpte"].str.strip()).all()  # the document first
    assert (out.loc[~own, "BGT_NATURE_LABEL"] == raw.loc[~own, "LibelleNature"]).all()

    findings = validate(out, load_schema("scdl-budget"), ds.read)
    required = [name for name, field in zip(out.columns, load_schema("scdl-budget")["fields"])
                if field.get("constraints", {}).get("required")]
    assert all((out[name] != "").all() for name in required)
    assert [f for f in findings if f.severity == "error"] == []


def test_run_checks_after_the_step_on_montpellier(realdata: Path):
    ds = load(realdata / MONTPELLIER)
    assert convert_for_schema(ds, load_schema("scdl-budget"))
    findings = run_checks(ds, load_schema("scdl-budget"))
    schema_errors = [f for f in findings if f.code.startswith("schema.") and f.severity == "error"]
    assert schema_errors == []  # ContNat and the labels filled from the M57 plan: the CA 2018 is SCDL-valid
    assert any(f.code.startswith("quality.") for f in findings)  # quality checks still run on the BGT_* table


@pytest.mark.parametrize("natdec, wording", [("01", "budget primitif"), ("03", "budget supplémentaire"),
                                             ("09", "compte administratif")])
def test_natdec_wording(natdec: str, wording: str):
    data = budget_xml().replace(b'<NatDec V="01"/>', f'<NatDec V="{natdec}"/>'.encode())
    ds = load_bytes(data, "budget.xml")
    assert set(to_scdl_budget(ds.original)["BGT_NATDEC"]) == {wording}
