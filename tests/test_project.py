"""The project file: a session saved and loaded back to the same state; malformed or hostile files refused
with a French message and nothing loaded."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from viz import project as project_mod
from viz.charts.registry import kind_module
from viz.charts.treemap import Rule, TreemapSpec
from viz.checks import run_checks
from viz.dataset import Step
from viz.errors import StudioError
from viz.export.sheet import Sheet, build_sheet
from viz.io import CsvOptions, LoadOptions, load, load_bytes
from viz.project import ProjectError, load_project, save_project, table_hash

SAMPLES = Path(__file__).resolve().parents[1] / "sample_data"
BUDGET = SAMPLES / "budget_primitif_2025.csv"


def budget_session():
    """The sample budget with its suggested fixes, a filtered treemap with per-level rules, and an edited sheet."""
    ds = load(BUDGET)
    ds.meta.title, ds.meta.producer = "Budget primitif 2025", "Ville de Bellerive-sur-Durance"
    for finding in run_checks(ds):
        if finding.fix is not None:
            ds.with_step(finding.fix)
    spec = TreemapSpec(labels=["section", "libelle_chapitre"], value="montant_prevu", decimal=",",
                       rules=[Rule("none", 0), Rule("top", 5)], filters={"sens": ["Dépense"]}, title="Dépenses")
    charts = [("treemap", spec.to_dict())]
    sheet = build_sheet(ds, [], charts, images=False).edit(title="Où va l'argent ?", caveats="Budget voté, pas réalisé")
    return ds, charts, sheet


def figures(table, charts) -> list[str]:
    out = []
    for kind, spec in charts:
        module = kind_module(kind)
        out.append(module.build(table, module.spec_from_dict(spec)).figure.to_json())
    return out


def test_round_trip_gives_the_same_state() -> None:
    ds, charts, sheet = budget_session()
    data = save_project(ds, charts, sheet, schema="scdl-budget")
    loaded = load_project(data)
    assert loaded.dataset.steps == ds.steps and len(ds.steps) >= 2
    assert table_hash(loaded.dataset.working()) == table_hash(ds.working())
    assert loaded.dataset.read.sha256 == ds.read.sha256 and loaded.dataset.meta == ds.meta
    assert loaded.dataset.original_bytes() == BUDGET.read_bytes()
    assert loaded.charts == charts and figures(loaded.dataset.working(), loaded.charts) == figures(ds.working(), charts)
    assert Sheet.from_dict(loaded.sheet).to_dict() == sheet.to_dict() and loaded.schema == "scdl-budget"
    again = save_project(loaded.dataset, loaded.charts, Sheet.from_dict(loaded.sheet), schema=loaded.schema)
    assert json.loads(again) == json.loads(data)  # saving the loaded project writes the same file


def test_reading_options_are_kept() -> None:
    """A file read with options the user forced (here: `,` as decimal turned off) is read the same way again."""
    data = "code;valeur\r\n01053;1,5\r\n2A004;2,25\r\n".encode("cp1252")
    ds = load_bytes(data, "codes.csv", LoadOptions(csv=CsvOptions(decimal=".", encoding="latin-1")))
    loaded = load_project(save_project(ds))
    assert (loaded.dataset.read.decimal, loaded.dataset.read.encoding) == (".", "latin-1")
    assert table_hash(loaded.dataset.working()) == table_hash(ds.working())


def test_reference_to_a_file_next_to_the_project(tmp_path: Path) -> None:
    source = tmp_path / "budget.csv"
    source.write_bytes(BUDGET.read_bytes())
    ds = load(source)
    doc = json.loads(save_project(ds, embed=False))
    assert "data_base64" not in doc["source"]
    doc["source"]["path"] = "budget.csv"
    loaded = load_project(json.dumps(doc).encode(), base_dir=tmp_path)
    assert table_hash(loaded.dataset.working()) == table_hash(ds.working())
    source.write_bytes(BUDGET.read_bytes().replace(b"Fonctionnement", b"Fonctionement", 1))
    with pytest.raises(ProjectError) as err:
        load_project(json.dumps(doc).encode(), base_dir=tmp_path)
    assert "n'est plus celui du projet" in err.value.message("fr")
    source.unlink()
    with pytest.raises(ProjectError) as err:
        load_project(json.dumps(doc).encode(), base_dir=tmp_path)
    assert err.value.message("fr").startswith("Le fichier source du projet est introuvable : « budget.csv »")


def saved() -> dict:
    ds, charts, sheet = budget_session()
    return json.loads(save_project(ds, charts, sheet))


@pytest.fixture(scope="module")
def doc() -> dict:
    return saved()


def refused(document, expected: str) -> str:
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    with pytest.raises(StudioError) as err:
        load_project(data)
    message = err.value.message("fr")
    assert expected in message, message
    return message


def test_wrong_version_and_not_a_project(doc: dict) -> None:
    refused({**doc, "version": 7}, "Ce projet est en version 7 ; ce studio lit la version 1.")
    refused({**doc, "format": "autre"}, "n'est pas un projet du studio")
    refused([1, 2, 3], "n'est pas un projet du studio")
    refused(b"\xff\xfe{pas du json", "n'est pas un JSON lisible")
    refused({**doc, "steps": {"op": "drop_rows"}}, "La partie « steps » du projet est mal formée.")


def test_a_step_that_no_longer_applies(doc: dict) -> None:
    bad = Step.new("strip_spaces", "colonne_disparue", label_fr="Espaces retirés").to_dict()
    refused({**doc, "steps": doc["steps"] + [bad]}, "la colonne « colonne_disparue » n'existe pas")
    refused({**doc, "steps": [{"op": "rm_rf", "column": None}]}, "opération inconnue « rm_rf »")
    far = Step.new("drop_rows", rows=[99_999], label_fr="Lignes retirées").to_dict()
    refused({**doc, "steps": [far]}, "au-delà des 1")


def test_charts_that_do_not_fit(doc: dict) -> None:
    refused({**doc, "charts": [{"kind": "camembert", "spec": {}}]}, "type « camembert » inconnu")
    spec = {**doc["charts"][0]["spec"], "labels": ["absente"]}
    refused({**doc, "charts": [{"kind": "treemap", "spec": spec}]}, "Graphique 1 : il ne peut plus être dessiné")
    refused({**doc, "charts": [{"kind": "treemap", "spec": {"rules": [{"kind": "share"}]}}]},
            "Graphique 1 : réglages mal formés")


def test_embedded_data_tampered(doc: dict) -> None:
    source = dict(doc["source"])
    refused({**doc, "source": {**source, "data_base64": "pas du base64 !"}}, "base64 invalide")
    other = base64.b64encode(b"a;b\r\n1;2\r\n").decode()
    refused({**doc, "source": {**source, "data_base64": other}}, "n'est plus celui du projet")
    refused({**doc, "source": {"filename": "x.csv"}}, "ne dit pas d'où viennent les données")


def test_huge_or_deeply_nested_files(doc: dict, monkeypatch: pytest.MonkeyPatch) -> None:
    refused(b"[" * 200_000 + b"]" * 200_000, "imbrique plus de 16 niveaux")
    nested: dict = {}
    inner = nested
    for _ in range(40):
        inner["x"] = {}
        inner = inner["x"]
    refused({**doc, "sheet": nested}, "imbrique plus de 16 niveaux")
    monkeypatch.setattr(project_mod, "MAX_BYTES", 1000)
    refused(json.dumps(doc).encode(), "au-delà de 0 Mo, il n'est pas lu")


def test_nothing_is_loaded_when_a_part_fails(doc: dict) -> None:
    """load_project builds a new Dataset: a failure leaves no half-restored state to clean up."""
    bad = {**doc, "charts": [{"kind": "inconnu", "spec": {}}]}
    with pytest.raises(ProjectError):
        load_project(json.dumps(bad).encode())
    assert load_project(json.dumps(doc).encode()).dataset.steps
