"""Older versions of catalogue schemas: bundled, loadable as id@version, suggested from a file's header."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from viz.checks import run_checks
from viz.io import load, load_bytes
from viz.schemas import SchemaError, load_schema
from viz.schemas.versions import ranked, version_hint, versions

ROOT = Path(__file__).resolve().parents[1]

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


# One valid row per older version bundled from datagouv/schema.data.gouv.fr and LaMednum/standard-mediation-num
BUDGET_ROW = {"BGT_NATDEC": "compte administratif", "BGT_ANNEE": "2019", "BGT_SIRET": "21340172201787",
              "BGT_NOM": "Ville de Montpellier", "BGT_CONTNAT": "011",
              "BGT_CONTNAT_LABEL": "Charges à caractère général",
              "BGT_NATURE": "60611", "BGT_NATURE_LABEL": "Eau et assainissement", "BGT_FONCTION": "020",
              "BGT_FONCTION_LABEL": "Administration générale", "BGT_SECTION": "fonctionnement", "BGT_OPBUDG": "réel",
              "BGT_CODRD": "dépense", "BGT_MTREAL": "1500.5", "BGT_ARTSPE": "non spécialisé"}
DELIB_ROW = {"COLL_NOM": "Commune de Trifouilly", "COLL_SIRET": "21860194600013", "BUDGET_ANNEE": "2019",
             "DELIB_ID": "DEL-2019-04", "DELIB_DATE": "2019-03-28", "DELIB_MATIERE_CODE": "7.5",
             "DELIB_MATIERE_NOM": "Finances\\Subventions", "DELIB_OBJET": "Subvention au club de football",
             "VOTE_EFFECTIF": "19", "VOTE_REEL": "17", "VOTE_POUR": "15", "VOTE_CONTRE": "1", "VOTE_ABSTENTION": "1",
             "DELIB_URL": "https://trifouilly.fr/deliberations/DEL-2019-04.pdf"}
MEDNUM_ROW = {"id": "lieu-1", "pivot": "21510454300014", "nom": "Espace numérique de Reims", "commune": "Reims",
              "code_postal": "51100", "code_insee": "51454", "adresse": "9 place de l'Hôtel de Ville",
              "latitude": "49.2577", "longitude": "4.0319", "telephone": "+33326778899", "date_maj": "2022-10-03",
              "services": "Prendre en main un ordinateur;Accéder à du matériel",
              "conditions_acces": "Gratuit : Je peux accéder gratuitement au lieu et à ses services",
              "labels_nationaux": "France Services;CNFS"}
OLDER = [("scdl-budget@0.7.0", BUDGET_ROW, "BGT_OPERATION"), ("scdl-budget@0.6.0", BUDGET_ROW, "BGT_CONTNAT_LABEL"),
         ("scdl-deliberations@1.1.0", DELIB_ROW, None), ("mediation-numerique@0.1.1", MEDNUM_ROW, "courriels")]


def _csv(names: list[str], row: dict[str, str]) -> bytes:
    quoted = ['"' + row.get(n, "").replace('"', '""') + '"' for n in names]
    return (",".join(names) + "\n" + ",".join(quoted) + "\n").encode()


@pytest.mark.parametrize(("ref", "row", "absent"), OLDER)
def test_older_version_header_is_suggested_that_version(ref: str, row: dict[str, str], absent: str | None) -> None:
    schema_id, version = ref.split("@")
    old = load_schema(ref)
    names = [f["name"] for f in old["fields"]]
    assert old["_meta"]["version"] == version and len(old["_meta"]["commit"]) == 40
    assert old["_meta"]["repository"] in ("datagouv/schema.data.gouv.fr", "LaMednum/standard-mediation-num")
    assert old["_meta"]["path"].endswith("schema.json")
    assert absent is None or absent not in names
    assert ranked(schema_id, names)[0][0].version == version
    hint = version_hint(load_schema(schema_id), names)[0]
    assert hint.code == "schema.version" and f"--schema {ref}" in hint.message_fr


@pytest.mark.parametrize(("ref", "row", "absent"), OLDER)
def test_cli_checks_a_file_against_an_older_version(tmp_path: Path, ref: str, row: dict[str, str],
                                                    absent: str | None) -> None:
    path = tmp_path / "fichier.csv"
    path.write_bytes(_csv([f["name"] for f in load_schema(ref)["fields"]], row))
    done = subprocess.run([sys.executable, "-m", "viz", "check", str(path), "--schema", ref, "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    report = json.loads(done.stdout)
    errors = [f for f in report["findings"] if f["code"].startswith("schema.") and f["severity"] == "error"]
    if ref.startswith("scdl-budget@"):  # the official 0.6/0.7 put a pattern on a year field (dropped in 0.8.1)
        assert [(f["code"], f["column"]) for f in errors] == [("schema.field-error", "BGT_ANNEE")]
        assert "« pattern »" in errors[0]["message"] and done.returncode == 1
    else:
        assert done.returncode == 0 and errors == [], (done.stderr, errors)
    assert report["rows"] == 1 and not [f for f in report["findings"] if f["code"] == "schema.version"]


def test_current_header_is_not_sent_to_an_older_version() -> None:
    for schema_id in ("scdl-budget", "scdl-deliberations", "mediation-numerique"):
        names = [f["name"] for f in load_schema(schema_id)["fields"]]
        assert len(versions(schema_id)) == 2 + (schema_id == "scdl-budget")
        assert ranked(schema_id, names)[0][0].current and not version_hint(load_schema(schema_id), names)


def test_deliberations_1_1_header_is_told_by_its_column_order() -> None:
    names = [f["name"] for f in load_schema("scdl-deliberations@1.1.0")["fields"]]
    assert sorted(names) == sorted(f["name"] for f in load_schema("scdl-deliberations")["fields"])
    hint = version_hint(load_schema("scdl-deliberations"), names)[0]
    assert "l'ordre des colonnes de la version 1.1.0" in hint.message_fr
    assert "(17 de ses 17 colonnes à leur place) mieux que la version 2.1.2 vérifiée ici (10 sur 17)" in hint.message_fr
    assert "column order of version 1.1.0" in hint.message_en
    dataset = load_bytes(_csv(names, DELIB_ROW), "deliberations-2019.csv")
    assert not [f for f in run_checks(dataset, load_schema("scdl-deliberations@1.1.0")) if f.severity == "error"]


def test_the_build_tool_compares_an_official_file_field_for_field(tmp_path: Path) -> None:
    current = json.loads((ROOT / "viz/schemas/scdl-budget.json").read_text(encoding="utf-8"))
    official = json.loads(json.dumps(current))
    official["fields"][1]["constraints"] = {"required": True, "pattern": "^[1-2]\\d\\d\\d$"}
    repo = tmp_path / "datagouv+schema.data.gouv.fr"
    (repo / "scdl" / "budget").mkdir(parents=True)
    for version, doc in (("0.8.3", current), ("0.8.0", official)):
        (repo / "scdl" / "budget" / "schema.json").write_text(json.dumps(doc), encoding="utf-8")
        subprocess.run(["git", "-C", str(repo), "init", "-q"], check=True)
        subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
        subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", version],
                       check=True)
    tool = [sys.executable, str(ROOT / "tools/build_schema_versions.py"), "scdl-budget", "0.8.0", str(repo / ".git")]
    same = subprocess.run([*tool, "HEAD~1", "scdl/budget/schema.json", "--check"], capture_output=True, text=True)
    assert same.returncode == 0 and "same fields" in same.stdout
    other = subprocess.run([*tool, "HEAD", "scdl/budget/schema.json", "--check"], capture_output=True, text=True)
    assert other.returncode == 1 and other.stdout.startswith("BGT_ANNEE.constraints:")


def test_every_older_version_says_where_it_comes_from() -> None:
    for path in (ROOT / "viz/schemas/versions").glob("*/*.json"):
        meta = json.loads(path.read_text(encoding="utf-8"))["_meta"]
        assert meta["version"] == path.stem and len(meta["commit"]) == 40 and meta["path"].endswith("schema.json")
        assert meta["repository"].count("/") == 1 and meta["licence"]
