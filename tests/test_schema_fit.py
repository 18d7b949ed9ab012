"""A catalogue schema is suggested only when it fits clearly: real published files and files built in code."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from viz.budget_scdl import conversion_step
from viz.io import load, load_bytes
from viz.schemas import load_schema
from viz.schemas.fit import best, fits

PAGE = str(Path(__file__).resolve().parents[1] / "pages" / "verifier.py")


def _columns(path: Path) -> list[str]:
    return [str(c) for c in load(path).working().columns]


@pytest.mark.parametrize("name,expected", [
    ("lieux/france-services-2020-09.geojson", None),  # once matched to IRVE: 2 of 7 required fields of médiation
    ("subventions-pays-de-la-loire/sarthe-2018-associations.csv", None),  # subsidies, but not SCDL columns
    ("irve-statique/exemple-valide-statique.csv", "irve-statique"),
    ("mediation-numerique/exemple-valide.csv", "mediation-numerique"),
    ("scdl-subventions/exemple_valide.csv", "scdl-subventions"),
    ("scdl-subventions/exemple_invalide_erreurs_colonnes.csv", "scdl-subventions"),
    ("subventions-pays-de-la-loire/maine-et-loire-conventions.csv", "scdl-subventions"),
    ("subventions-pays-de-la-loire/mayenne-2018.xlsx", "scdl-subventions"),
    ("subventions-pays-de-la-loire/vendee-2018-conventions.csv", "scdl-subventions"),
])
def test_real_files_get_their_schema_or_none(realdata: Path, name: str, expected: str | None) -> None:
    found = best(_columns(realdata / name))
    assert (found.info.id if found else None) == expected


def test_france_services_fits_mediation_only_partly(realdata: Path) -> None:
    ranked = {f.info.id: f for f in fits(_columns(realdata / "lieux/france-services-2020-09.geojson"))}
    mediation = ranked["mediation-numerique"]
    assert (mediation.required_found, mediation.required_total) == (2, 7)
    assert mediation.covered_share < 0.25 and not any(f.clear for f in ranked.values())


def test_budget_xml_fits_scdl_budget_once_converted(realdata: Path) -> None:
    ds = load(realdata / "budget-xml/montpellier-CA-2018.xml")
    assert best([str(c) for c in ds.working().columns]) is None  # TOTEM element names, not BGT_* columns
    ds.with_step(conversion_step(ds))
    found = best([str(c) for c in ds.working().columns])
    assert found is not None and found.info.id == "scdl-budget" and found.required_share == 1.0


def _header(schema_id: str, drop: int = 0, extra: int = 0) -> list[str]:
    fields = load_schema(schema_id)["fields"]
    required = [f["name"] for f in fields if (f.get("constraints") or {}).get("required")]
    rest = [f["name"] for f in fields if f["name"] not in required]
    return required[drop:] + rest + [f"colonne_locale_{i}" for i in range(extra)]


@pytest.mark.parametrize("schema_id", ["scdl-deliberations", "scdl-budget", "scdl-subventions", "irve-statique",
                                       "mediation-numerique"])
def test_each_catalogue_schema_is_found_from_its_own_header(schema_id: str) -> None:
    header = [name.upper() if i % 2 else name for i, name in enumerate(_header(schema_id, extra=3))]
    assert best(header).info.id == schema_id  # case and a few local columns do not matter


def test_missing_required_fields_or_mostly_other_columns_give_no_suggestion() -> None:
    assert best(_header("scdl-deliberations", drop=3)) is None  # 4 of 7 required fields
    assert best(_header("scdl-deliberations", extra=30)) is None  # 17 fields among 47 columns
    assert best(["date_maj", "horaires", "latitude", "longitude", "nom"]) is None  # a few common names
    assert best([]) is None


def _page(data: bytes, name: str) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["dataset"] = load_bytes(data, name)
    return at.run()


def test_page_says_no_schema_fits_and_offers_the_upload() -> None:
    data = ("nom;adresse;latitude;longitude;telephone\nFrance services Digne;1 rue X;44.09;6.23;0492000000\n"
            .encode())
    at = _page(data, "france_services.csv")
    assert not at.exception
    assert "Aucun schéma du catalogue ne correspond à ce fichier" in " ".join(i.value for i in at.info)
    assert at.radio(key="verify_schema_mode").value == "file"
    assert at.file_uploader(key="verify_schema_file") is not None
    at.radio(key="verify_schema_mode").set_value("catalogue").run()
    assert not at.exception and at.selectbox(key="verify_schema_id").value is None  # nothing preselected


def test_page_suggests_deliberations_with_its_fit() -> None:
    header = _header("scdl-deliberations")
    data = (";".join(header) + "\n" + ";".join("x" for _ in header) + "\n").encode()
    at = _page(data, "deliberations.csv")
    assert not at.exception
    box = at.selectbox(key="verify_schema_id")
    assert box.value == "scdl-deliberations"
    assert "7 champs obligatoires sur 7 présents, 100\u00a0% des colonnes" in box.format_func(box.value)
    assert not any("Aucun schéma" in i.value for i in at.info)
