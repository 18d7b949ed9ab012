"""The point map as a static figure (PNG, SVG), as a chart kind of the context sheet, on the Carte and Exporter pages."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from viz.charts import pointmap_alt
from viz.charts.pointmap import PointMapSpec, build
from viz.charts.pointmap_static import static_map
from viz.export import images
from viz.io import load_bytes

ROOT = Path(__file__).resolve().parents[1]
TYPES = {"Commune": 120, "Association": 70, "Entreprise": 10}


def places(seed: int = 1) -> pd.DataFrame:
    """A published list of places in Bouches-du-Rhône and Var: decimal commas, a few rows without a position."""
    rng = np.random.default_rng(seed)
    kinds = np.repeat(list(TYPES), list(TYPES.values()))
    lat = rng.uniform(43.25, 43.75, len(kinds))
    lon = rng.uniform(5.0, 6.3, len(kinds))
    rows = pd.DataFrame({"nom": [f"Lieu {i}" for i in range(len(kinds))], "statut": kinds,
                         "latitude": [f"{v:.5f}".replace(".", ",") for v in lat],
                         "longitude": [f"{v:.5f}".replace(".", ",") for v in lon]}, dtype="str")
    faulty = pd.DataFrame([["Sans position", "Commune", "", ""], ["Zéro", "Association", "0", "0"],
                           ["Illisible", "Commune", "quarante-trois", "5,4"]], columns=rows.columns, dtype="str")
    return pd.concat([rows, faulty], ignore_index=True)


def browser_or_skip() -> None:
    if not images.chromium_available():
        if os.environ.get("VIZ_REQUIRE_BROWSER"):
            pytest.fail("chromium absent alors que VIZ_REQUIRE_BROWSER=1 : lancez tools/setup_tests.sh")
        pytest.skip("chromium absent : lancez tools/setup_tests.sh")


@pytest.fixture(scope="module")
def dots():
    return pointmap_alt.build(places(), PointMapSpec(colour="statut", tooltip=["nom"], title="Lieux du 13 et du 83"))


def test_outlines_then_one_trace_per_category_with_its_count(dots) -> None:
    fig = dots.figure
    outline = fig.data[0]
    assert outline.mode == "lines" and outline.fill == "toself" and outline.line.width < 1
    assert np.isnan(np.asarray(outline.x, dtype=float)).sum() >= 6  # several départements, one path
    markers = [tr for tr in fig.data if tr.mode == "markers"]
    assert [tr.name for tr in markers] == ["Commune (120)", "Association (70)", "Entreprise (10)"]
    assert [len(tr.x) for tr in markers] == [120, 70, 10]
    assert markers[0].marker.color == "#E69F00"  # Okabe-Ito, the pydeck map's first colour
    assert fig.layout.yaxis.scaleanchor == "x" and fig.layout.title.text == "Lieux du 13 et du 83"
    assert fig.layout.legend.title.text == "statut"
    assert set(dots.departements.index) <= {"13", "83", "84", "04"} and dots.departements.sum() + dots.outside == 200
    assert dots.base.left_out == {"empty": 1, "unreadable": 1, "zero": 1}


def test_words_table_caveats_and_key_figures(dots) -> None:
    alt = pointmap_alt.alt_text(dots).replace("\u202f", " ")
    assert alt.startswith("Carte de points « Lieux du 13 et du 83 » : 200 lignes dessinées sur 203")
    assert "3 lignes n'ont pas de position utilisable (1 sans coordonnées, 1 illisible, 1 à 0,0)" in alt
    assert "Régions qui comptent le plus de points : Provence-Alpes-Côte d'Azur (98 %)" in alt.replace("\xa0", " ")
    assert "Couleur selon « statut » : Commune 120, Association 70, Entreprise 10." in alt
    table = pointmap_alt.data_table(dots)
    assert list(table.columns) == ["Latitude", "Longitude", "statut", "nom"] and len(table) == 200
    assert table["Latitude"].str.match(r"^43,\d{5}$").all()
    caveats = " ".join(pointmap_alt.caveats(dots))
    assert "pas de position utilisable" in caveats and "sans tuiles" in caveats and "encart" not in caveats
    assert pointmap_alt.key_figures(dots)[0].replace("\u202f", " ") == "Points sur la carte : 200 lignes sur 203"


def test_binned_above_the_threshold() -> None:
    rng = np.random.default_rng(2)
    n = 60_000
    table = pd.DataFrame({"lat": rng.normal(45.76, 0.3, n).round(5).astype(str),
                          "lon": rng.normal(4.83, 0.4, n).round(5).astype(str)})
    result = pointmap_alt.build(table, PointMapSpec())
    fig = result.figure
    assert result.base.mode == "hexagons" and not [tr for tr in fig.data if tr.mode == "markers"]
    cells = [tr for tr in fig.data[1:] if tr.fill == "toself"]
    assert 1 <= len(cells) <= 5 and fig.layout.legend.title.text == "Lignes par hexagone"
    polygons = sum(int(np.isnan(np.asarray(tr.x, dtype=float)).sum()) for tr in cells)
    assert polygons == result.base.cells and 500 < polygons < 10_000  # one hexagon per cell, not per row
    assert len(fig.to_json()) < 2_000_000
    assert "regroupe les lignes en" in pointmap_alt.alt_text(result)
    assert pointmap_alt.data_table(result).columns[2] == "Lignes"


def test_hexagons_all_of_one_count_have_one_colour() -> None:
    """Forced hexagons on a few scattered rows: every cell holds 1 row, one class, a real rgb colour."""
    result = build(places(), PointMapSpec(mode="hexagons"))
    assert [len(rgb) for _, rgb in result.legend] == [3] * len(result.legend)
    assert static_map(result).figure.data[1].fillcolor.startswith("#")


def test_overseas_points_go_to_insets() -> None:
    table = pd.DataFrame({"latitude": ["48.8566", "45.7640", "-20.8823", "-21.1151"],
                          "longitude": ["2.3522", "4.8357", "55.4504", "55.5364"]})
    result = static_map(build(table, PointMapSpec()))
    texts = [a.text for a in result.figure.layout.annotations]
    assert "La Réunion" in texts and len(result.figure.layout.shapes) == 1
    x0, x1 = result.figure.layout.shapes[0].x0, result.figure.layout.shapes[0].x1
    dots = next(tr for tr in result.figure.data if tr.mode == "markers")
    assert sum(x0 <= x <= x1 for x in dots.x) == 2 and result.hidden == 0


def test_png_and_svg(dots) -> None:
    browser_or_skip()
    png = images.to_png(dots.figure, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    svg = images.to_svg(dots.figure)
    assert ET.fromstring(svg).tag.endswith("svg") and "Commune (120)" in svg.decode("utf-8")


def test_cli_map_png_svg_and_bad_suffix(tmp_path: Path) -> None:
    data = tmp_path / "lieux.csv"
    places().to_csv(data, sep=";", index=False)
    bad = subprocess.run([sys.executable, "-m", "viz", "map", str(data), "--out", str(tmp_path / "carte.jpg")],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert bad.returncode == 2 and "(.png, .svg)" in bad.stderr and "Traceback" not in bad.stderr
    browser_or_skip()
    for suffix, start in ((".png", b"\x89PNG"), (".svg", b"<svg")):
        out = tmp_path / f"carte{suffix}"
        done = subprocess.run([sys.executable, "-m", "viz", "map", str(data), "--colour", "statut", "--out", str(out)],
                              capture_output=True, text=True, cwd=ROOT, timeout=300)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes().startswith(start) and "200 lignes sur 203" in done.stderr.replace("\u202f", " ")


def test_sheet_of_a_session_with_a_map() -> None:
    from viz.export.sheet import build_sheet
    from viz.export.sheet_render import to_html
    ds = load_bytes(places().to_csv(sep=";", index=False).encode("utf-8"), "lieux.csv")
    spec = PointMapSpec(colour="statut", tooltip=["nom"], title="Lieux").to_dict()
    sheet = build_sheet(ds, charts=[("pointmap", spec)], images=False)
    chart = sheet.charts[0]
    assert chart.kind == "pointmap" and chart.title == "Lieux" and chart.rows_total == 200
    assert chart.table[0] == ["Latitude", "Longitude", "statut", "nom"] and len(chart.table) == 41
    assert "daltoniens" in chart.access
    page = to_html(sheet)
    assert "Carte de points « Lieux »" in page and "Chaque point est une ligne du fichier" in page
    assert "<th>Latitude</th>" in page or ">Latitude<" in page


def test_carte_page_offers_images_and_the_exporter_offers_the_map() -> None:
    data = places().to_csv(sep=";", index=False).encode("utf-8")
    at = AppTest.from_file(str(ROOT / "pages" / "carte.py"), default_timeout=120)
    at.session_state["dataset"] = load_bytes(data, "lieux.csv")
    at.run()
    assert not at.exception and not at.error
    labels = [b.label for b in at.get("download_button")]
    assert labels[-2:] == ["Page HTML (hors ligne)", "Tableau CSV"]
    if images.chromium_available():
        assert labels[:2] == ["Image PNG", "Image SVG"]
    spec = at.session_state["pointmap_spec"]
    assert spec["mode"] == "auto"
    ex = AppTest.from_file(str(ROOT / "pages" / "exporter.py"), default_timeout=180)
    ex.session_state["dataset"] = at.session_state["dataset"]
    ex.session_state["pointmap_spec"] = spec
    ex.run()
    assert not ex.exception and not ex.error
    alts = [w.value for w in ex.text_area if w.label == "Texte alternatif"]
    assert any(a.startswith("Carte de points") for a in alts)
    assert "Carte de points" in json.dumps([e.label for e in ex.expander], ensure_ascii=False)


def test_real_france_services_file(realdata) -> None:
    """908 France services (ANCT, 2020): 23 overseas in five insets, every point drawn, one category per kind."""
    from viz.io import load
    table = load(str(realdata / "lieux" / "france-services-2020-09.geojson")).working()
    result = pointmap_alt.build(table, PointMapSpec(colour="categorie", title="France services"))
    assert result.base.located == 908 and result.hidden == 0
    assert int(result.departements[["971", "972", "973", "974", "976"]].sum()) == 23
    assert [a.text for a in result.figure.layout.annotations][:5] == ["Guadeloupe", "Martinique", "Guyane",
                                                                       "La Réunion", "Mayotte"]
    assert result.categories.to_dict() == {"FS": 813, "FS itinerante": 43, "Antenne": 42, "Antenne itinerante": 10}
    alt = pointmap_alt.alt_text(result)
    assert "Occitanie" in alt and "Couleur selon « categorie » : FS 813" in alt
    assert any("en encart" in c for c in pointmap_alt.caveats(result))


def test_cli_without_chromium_says_so_in_french(tmp_path: Path) -> None:
    data = tmp_path / "lieux.csv"
    places().to_csv(data, sep=";", index=False)
    env = {**os.environ, "BROWSER_PATH": str(tmp_path / "pas-de-chromium")}
    done = subprocess.run([sys.executable, "-m", "viz", "map", str(data), "--out", str(tmp_path / "carte.png")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert done.returncode == 2 and "besoin du navigateur Chromium" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "carte.png").exists()
    html = subprocess.run([sys.executable, "-m", "viz", "map", str(data), "--out", str(tmp_path / "carte.html")],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert html.returncode == 0 and (tmp_path / "carte.html").stat().st_size > 1_000_000


def test_carte_page_starts_from_a_saved_map() -> None:
    """A project file restores the map: the Carte page opens with its colour, tooltip, mode and title."""
    data = places().to_csv(sep=";", index=False).encode("utf-8")
    at = AppTest.from_file(str(ROOT / "pages" / "carte.py"), default_timeout=120)
    at.session_state["dataset"] = load_bytes(data, "lieux.csv")
    at.session_state["pointmap_spec"] = PointMapSpec(colour="statut", tooltip=["nom", "absente"], mode="hexagons",
                                                     title="Carte sauvegardée").to_dict()
    at.run()
    assert not at.exception and not at.error
    assert at.selectbox(key="map_colour").value == "statut" and at.multiselect(key="map_tooltip").value == ["nom"]
    saved = at.session_state["pointmap_spec"]
    assert (saved["mode"], saved["title"], saved["colour"]) == ("hexagons", "Carte sauvegardée", "statut")
