"""Older versions of catalogue schemas: bundled, loadable as id@version, suggested from a file's header."""
from __future__ import annotations

from pathlib import Path

import pytest

from viz.checks import run_checks
from viz.io import load, load_bytes
from viz.schemas import SchemaError, load_schema
from viz.schemas.versions import ranked, version_hint, versions

# The header of a 2018 subsidy file (SCDL subventions 2.0.x: no rnaBeneficiaire, no dispositifAide)
HEADER_2018 = ["nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire",
               "idBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement",
               "idRAE", "notificationUE", "pourcentageSubvention"]


def test_versions_are_bundled_and_loadable_by_id_at_version() -> None:
    assert [v.version for v in versions("scdl-subventions")][:2] == ["2.1.1", "2.0.2"]
    old = load_schema("scdl-subventions@2.0.2")
    assert [f["name"] for f in old["fields"]] == HEADER_2018
    assert old["_meta"]["version"] == "2.0.2" and len(old["_meta"]["commit"]) == 40
    assert load_schema("scdl-subventions@2.1.1") == load_schema("scdl-subventions")
    with pytest.raises(SchemaError) as err:
        load_schema("scdl-subventions@9.9")
    assert "scdl-subventions@2.0.2" in err.value.message("fr")


def test_the_version_matching_the_header_best_is_suggested() -> None:
    assert ranked("scdl-subventions", HEADER_2018)[0][0].version == "2.0.2"
    current = HEADER_2018[:6] + ["rnaBeneficiaire"] + HEADER_2018[6:] + ["dispositifAide"]
    assert ranked("scdl-subventions", current)[0][0].version == "2.1.1"
    assert not version_hint(load_schema("scdl-subventions"), current)
    hint = version_hint(load_schema("scdl-subventions"), HEADER_2018)[0]
    assert hint.severity == "info" and "2.0.2" in hint.message_fr and "--schema scdl-subventions@2.0.2" in hint.message_fr
    assert not version_hint({"fields": [{"name": "a"}]}, ["a"])


def test_check_names_the_better_version_and_is_clean_against_it() -> None:
    row = ["Commune de Trifouilly", "21860194600013", "2018-03-01", "DEL-2018-12", "Association sportive",
           "12345678901234", "Fonctionnement", "1500", "aide en numéraire", "unique", "2018-04-01", "", "non", "1"]
    data = (",".join(HEADER_2018) + "\n" + ",".join(row) + "\n").encode()
    dataset = load_bytes(data, "subventions-2018.csv")
    codes = [f.code for f in run_checks(dataset, load_schema("scdl-subventions"))]
    assert "schema.version" in codes and "schema.missing-label" in codes
    old = [f for f in run_checks(dataset, load_schema("scdl-subventions@2.0.2")) if f.code.startswith("schema.")]
    assert [f.code for f in old if f.severity == "error"] == []


@pytest.mark.parametrize("name", ["maine-et-loire-conventions.csv", "vendee-2018-conventions.csv", "mayenne-2018.xlsx"])
def test_real_2018_subsidy_files_follow_version_2_0(realdata: Path, name: str) -> None:
    dataset = load(realdata / "subventions-pays-de-la-loire" / name)
    assert ranked("scdl-subventions", [str(c) for c in dataset.original.columns])[0][0].version == "2.0.2"


def test_irve_2_0_files_are_told_apart_from_2_3() -> None:
    old = [f["name"] for f in load_schema("irve-statique@2.0.3")["fields"]]
    assert len(old) == 39 and "cable_t2_attache" not in old
    assert ranked("irve-statique", old)[0][0].version == "2.0.3"
    assert ranked("irve-statique", old + ["cable_t2_attache"])[0][0].version == "2.3.0"


def test_the_official_irve_example_follows_the_current_version(realdata: Path) -> None:
    dataset = load(realdata / "irve-statique" / "exemple-valide-statique.csv")
    assert not version_hint(load_schema("irve-statique"), [str(c) for c in dataset.original.columns])
