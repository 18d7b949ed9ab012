"""The Départements and Carte pages driven by AppTest: placing, bars, choropleth, point map, upload path."""
from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from viz.io import load_bytes

ROOT = Path(__file__).resolve().parents[1]
LIEUX = ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv"


def lieux_bytes() -> bytes:
    return LIEUX.read_bytes()


def open_page(name: str, data: bytes, filename: str = "lieux.csv") -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / name), default_timeout=90)
    at.session_state["dataset"] = load_bytes(data, filename)
    return at.run()


def figure(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_departements_bars_by_statut_in_region_sud() -> None:
    at = open_page("departements.py", lieux_bytes())
    assert not at.exception and not at.error
    captions = " ".join(c.value for c in at.caption)
    assert "1 000 lignes sur 1 000 placées" in captions.replace("\u202f", " ")
    at.selectbox(key="dep_region").set_value("93").run()
    at.selectbox(key="dep_category").set_value("statut_juridique").run()
    assert not at.exception and not at.error
    traces = figure(at)["data"]
    assert {tr["name"] for tr in traces} >= {"Association", "Commune"}
    assert sum(sum(tr["x"]) for tr in traces) == 1000
    assert "Bouches-du-Rhône (13)" in traces[0]["y"]
    table = at.dataframe[-1].value
    assert set(table["code"]) == {"04", "05", "06", "13", "83", "84"}


def test_departements_choropleth_and_rate() -> None:
    at = open_page("departements.py", lieux_bytes())
    at.radio(key="dep_kind").set_value("map").run()
    at.checkbox(key="dep_rate").check().run()
    assert not at.exception and not at.error
    traces = figure(at)["data"]
    legend = [tr["name"] for tr in traces if tr.get("showlegend")]
    assert "Aucune donnée" in legend and any(name.startswith("de ") for name in legend)
    assert len([tr for tr in traces if tr.get("fill") == "toself"]) == 101


def test_departements_by_coordinates_lists_unplaced_rows() -> None:
    at = open_page("departements.py", lieux_bytes())
    at.selectbox(key="dep_by").set_value("latitude + longitude").run()
    assert not at.exception and not at.error
    captions = " ".join(c.value for c in at.caption).replace("\u202f", " ")
    assert "par les coordonnées" in captions and "lignes non placées" in captions
    assert any("Lignes non placées" in e.label for e in at.expander)


def test_departements_upload_path_and_bad_file() -> None:
    at = open_page("departements.py", lieux_bytes())
    budget = (ROOT / "sample_data" / "budget_primitif_2025.csv").read_bytes()
    at.file_uploader(key="dep_upload").set_value(("budget.csv", budget, "text/csv")).run()
    assert not at.exception
    assert at.error and "Aucune colonne ne permet de placer" in at.error[0].value
    csv = "code_postal;nombre\n20000;3\n20200;2\n4000;1\n13001;5\n".encode()
    at.file_uploader(key="dep_upload").set_value(("cp.csv", csv, "text/csv")).run()
    assert not at.exception and not at.error
    table = at.dataframe[-1].value
    assert dict(zip(table["code"], table["value"])) == {"2A": 1, "2B": 1, "04": 1, "13": 1}
    at.selectbox(key="dep_value").set_value("nombre").run()
    table = at.dataframe[-1].value
    assert dict(zip(table["code"], table["value"])) == {"2A": 3, "2B": 2, "04": 1, "13": 5}


def test_carte_points_colour_and_upload_of_large_file() -> None:
    at = open_page("carte.py", lieux_bytes())
    assert not at.exception and not at.error
    at.selectbox(key="map_colour").set_value("statut_juridique").run()
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    kinds = [layer["@@type"] for layer in deck["layers"]]
    assert kinds == ["GeoJsonLayer", "ScatterplotLayer"]
    assert "Chaque ligne est un point" in " ".join(c.value for c in at.caption)
    rows = ["lat;lon"] + [f"{43 + i % 100 / 100:.4f};{5 + i % 97 / 50:.4f}" for i in range(60_000)]
    at.file_uploader(key="map_upload").set_value(("grand.csv", "\n".join(rows).encode(), "text/csv")).run()
    assert not at.exception and not at.error
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    assert [layer["@@type"] for layer in deck["layers"]] == ["GeoJsonLayer", "ColumnLayer"]
    assert "hexagones" in " ".join(c.value for c in at.caption)
