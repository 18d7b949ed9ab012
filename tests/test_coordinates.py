"""Coordinate checks: each fault found on exactly its row, with one code per row and fault."""
from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from tests.fixtures_coords import EXPECTED, insee_table, lieux_csv, lieux_table
from viz.checks.coordinates import check
from viz.geo.analyse import CoordOptions, analyse
from viz.geo.detect import CoordColumns, detect
from viz.geo.positions import read_positions

try:
    from viz.reference import communes  # noqa: F401  (built by tools/build_reference.py)
except ImportError:
    pytest.skip("référence des communes absente (viz/reference)", allow_module_level=True)



def by_code(findings):
    return {f.code: list(f.rows) for f in findings}


def test_each_fault_on_exactly_its_row():
    found = by_code(check(lieux_table()))
    coord = {k: v for k, v in found.items() if k.startswith("coord.")}
    assert coord == EXPECTED


def test_one_position_code_per_row():
    rows = [r for code, rows in by_code(check(lieux_table())).items()
            if code.removeprefix("coord.") in ("missing", "unparseable", "zero", "swapped", "out_of_range",
                                                "outside_france", "outside_departement", "outside_commune")
            for r in rows]
    assert len(rows) == len(set(rows))


def test_messages_name_departements_and_distance():
    found = {f.code: f for f in check(lieux_table())}
    assert "Marne (51)" in found["coord.outside_departement"].message_fr
    assert "Bouches-du-Rhône (13)" in found["coord.outside_departement"].message_fr
    assert "73,1 km de Arles" in found["coord.outside_commune"].message_fr
    assert "20 km" in found["coord.outside_commune"].message_fr
    assert found["coord.swapped"].severity == "error"
    assert found["coord.outside_commune"].message_en.startswith("Coordinates")


def test_commune_threshold_is_adjustable():
    far = by_code(check(lieux_table(), CoordOptions(commune_km=80)))
    assert "coord.outside_commune" not in far
    near = by_code(check(lieux_table(), CoordOptions(commune_km=0.5)))
    assert len(near["coord.outside_commune"]) > 1


def test_insee_codes_judged_with_suggestions():
    found = {f.code: f for f in check(insee_table())}
    assert list(found["insee.postal_code"].rows) == [3]
    assert list(found["insee.unknown"].rows) == [4]
    assert list(found["insee.name_mismatch"].rows) == [5]  # ST ETIENNE (row 6) and LES SAINTES MARIES (7) fold
    assert "13004" in found["insee.postal_code"].message_fr
    assert "2B169" in found["insee.unknown"].message_fr
    assert "42218" in found["insee.name_mismatch"].message_fr and "Lay" in found["insee.name_mismatch"].message_fr
    assert found["insee.name_mismatch"].fix.op == "replace_insee"


@pytest.mark.parametrize("column,cells,order", [
    ("geo_point_2d", ["43.29,5.37", "48.85, 2.35"], "latlon"),
    ("coordonneesXY", ["[5.37, 43.29]", "[2.35,48.85]"], "lonlat"),
    ("coordonnees_gps", ["43.29;5.37", "48.85;2.35"], "latlon"),
    ("geometry", ["POINT(5.37 43.29)", "POINT (2.35 48.85)"], "latlon"),
    ("geo", ['{"lon": 5.37, "lat": 43.29}', '{"lat": 48.85, "lon": 2.35}'], "latlon"),
])
def test_combined_columns(column, cells, order):
    table = pd.DataFrame({"nom": ["a", "b"], column: cells}, dtype="str")
    cols = detect(table)
    assert cols.combined == column
    pos = read_positions(table, cols)
    assert np.allclose(pos.lat, [43.29, 48.85]) and np.allclose(pos.lon, [5.37, 2.35])


@pytest.mark.parametrize("lat,lon", [("lat", "lng"), ("Latitude", "Longitude"), ("y", "x"), ("coordonnees_y", "coordonnees_x"),
                                     ("geo_latlong_y", "geo_latlong_x"), ("LAT", "LONG"), ("latitude_wgs84", "longitude_wgs84")])
def test_pair_names(lat, lon):
    table = pd.DataFrame({"id": ["1", "2"], lon: ["5.37", "2.35"], lat: ["43.29", "48.85"]}, dtype="str")
    assert detect(table) == CoordColumns(lat=lat, lon=lon)


def test_lambert93_converted_with_pyproj():
    table = pd.DataFrame({"X": ["652469.0", "892390"], "Y": ["6862035.2", "6247035"]}, dtype="str")
    cols = detect(table)
    assert cols.crs == "lambert93"
    pos = read_positions(table, cols)
    assert abs(pos.lat[0] - 48.853) < 0.01 and abs(pos.lon[0] - 2.349) < 0.01  # Notre-Dame de Paris
    assert abs(pos.lat[1] - 43.296) < 0.01 and abs(pos.lon[1] - 5.370) < 0.02  # Marseille


def test_lambert_read_as_degrees_says_so():
    table = pd.DataFrame({"latitude": ["6862035", "6247035"], "longitude": ["652469", "892390"]}, dtype="str")
    assert detect(table).crs == "lambert93"  # detected as what it is...
    assert [f.code for f in check(table)] == ["coord.lambert93"]
    forced = CoordOptions(columns=CoordColumns(lat="latitude", lon="longitude", crs="wgs84"))
    found = {f.code: f for f in check(table, forced)}  # ...and said so when the user insists on degrees
    assert found["coord.out_of_range"].rows == [2, 3]
    assert "Lambert-93" in found["coord.out_of_range"].message_fr
    assert found["coord.out_of_range"].fix.op == "coord_from_lambert93"


def test_dms_decimal_comma_and_garbage():
    table = pd.DataFrame({"latitude": ["43°17'24\"N", "43,29", "inf", "Marseille", " 43.29 "],
                          "longitude": ["5°22'12\"E", "5,37", "5.37", "5.37", "5.37"]}, dtype="str")
    pos = read_positions(table, detect(table))
    assert np.allclose(pos.lat[[0, 1, 4]], [43.29, 43.29, 43.29]) and abs(pos.lon[0] - 5.37) < 1e-9
    assert list(pos.state) == [1, 1, 2, 2, 1]


def test_text_column_is_not_coordinates():
    table = pd.DataFrame({"commune": ["Arles", "Reims"], "coordonnees": ["près de la gare", "centre"]}, dtype="str")
    assert detect(table) is None
    assert check(table) == []


def test_user_corrects_the_detection():
    table = pd.DataFrame({"a": ["43.29", "48.85"], "b": ["5.37", "2.35"]}, dtype="str")
    assert detect(table) is None
    cols = CoordColumns(lat="a", lon="b")
    assert analyse(table, CoordOptions(columns=cols)).fault.tolist() == [0, 0]


def test_missing_column_named_by_user_is_a_french_error():
    from viz.errors import StudioError
    with pytest.raises(StudioError, match="n'existe pas"):
        analyse(lieux_table(), CoordOptions(columns=CoordColumns(lat="lat", lon="longitude")))


def test_cli_check_reports_coordinates(tmp_path):
    path = tmp_path / "lieux.csv"
    path.write_bytes(lieux_csv())
    run = subprocess.run([sys.executable, "-m", "viz", "check", str(path), "--json"], capture_output=True, text=True)
    assert run.returncode == 1
    codes = {f["code"]: f["rows"] for f in json.loads(run.stdout)["findings"]}
    assert codes["coord.swapped"] == [6] and codes["coord.outside_departement"] == [9]
    run = subprocess.run([sys.executable, "-m", "viz", "check", str(path), "--json", "--commune-km", "100",
                          "--lat", "longitude", "--lon", "latitude"], capture_output=True, text=True)
    codes = {f["code"]: f["rows"] for f in json.loads(run.stdout)["findings"]}
    assert "coord.outside_commune" not in codes and 2 in codes["coord.swapped"]


def test_declared_departement_that_does_not_exist():
    table = pd.DataFrame({"departement": ["13", "99"], "latitude": ["43.67680", "43.67680"],
                          "longitude": ["4.62780", "4.62780"]}, dtype="str")
    found = {f.code: f for f in check(table)}
    assert list(found["coord.departement_unknown"].rows) == [3]
    assert "« 99 »" in found["coord.departement_unknown"].message_fr
    assert "coord.outside_departement" not in found
