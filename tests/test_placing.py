"""Placing rows in départements: each way (codes, names, INSEE, postal, commune names, coordinates), tricky codes,
the best column picked, and the same counts whichever column places the rows."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from viz.geo import placing
from viz.geo.choose import PlacingError, candidates, place_table, resolve_by
from viz.geo.points import departement_of_points

# A realistic table: one place per row, every column telling the same département in its own way.
PLACES = [  # INSEE, postal, commune, département code, département name, latitude, longitude
    ("01053", "01000", "Bourg-en-Bresse", "01", "Ain", 46.2052, 5.2255),
    ("2A004", "20000", "Ajaccio", "2A", "Corse-du-Sud", 41.9268, 8.7369),
    ("2B033", "20200", "Bastia", "2B", "Haute-Corse", 42.6973, 9.4509),
    ("97422", "97430", "Le Tampon", "974", "La Réunion", -21.2779, 55.5177),
    ("97105", "97100", "Basse-Terre", "971", "Guadeloupe", 15.9985, -61.7255),
    ("97611", "97600", "Mamoudzou", "976", "Mayotte", -12.7806, 45.2279),
    ("13055", "13001", "Marseille", "13", "Bouches-du-Rhône", 43.2965, 5.3698),
    ("75056", "75001", "Paris", "75", "Paris", 48.8566, 2.3522),
    ("69381", "69001", "Lyon", "69", "Rhône", 45.7676, 4.8344),
    ("04070", "04000", "Digne-les-Bains", "04", "Alpes-de-Haute-Provence", 44.0925, 6.2356),
    ("42218", "42000", "Saint-Étienne", "42", "Loire", 45.4397, 4.3872),
    ("29019", "29200", "Brest", "29", "Finistère", 48.3904, -4.4861),
]


def places_table() -> pd.DataFrame:
    rows = pd.DataFrame(PLACES, columns=["code_insee", "code_postal", "commune", "dep", "departement", "lat", "lon"])
    rows = rows.astype({"lat": "str", "lon": "str"})
    return rows.astype("str")


def test_each_column_places_every_row_in_the_same_departement() -> None:
    table = places_table()
    expected = table["dep"].tolist()
    for method, column in [("departement", "dep"), ("departement", "departement"), ("insee", "code_insee"),
                           ("postal", "code_postal"), ("commune", "commune")]:
        result = placing.place(table, method, (column,))
        assert result.codes.tolist() == expected, (method, column)
    result = placing.place(table, "coordinates", ("lat", "lon"))
    assert result.codes.tolist() == expected


@pytest.mark.parametrize("value, expected", [
    ("13", "13"), ("1", "01"), ("01", "01"), ("2a", "2A"), ("2B", "2B"), ("974", "974"), ("976", "976"),
    ("Bouches-du-Rhône", "13"), ("BOUCHES DU RHONE", "13"), ("bouches-du-rhone", "13"), ("Corse du Sud", "2A"),
    ("Réunion", "974"), ("La Réunion", "974"), ("13 - Bouches-du-Rhône", "13"), ("Côtes-d'Armor", "22"),
    ("COTES D ARMOR", "22"), ("Val-d'Oise", "95"),
])
def test_departement_codes_and_names(value: str, expected: str) -> None:
    result = placing.place(pd.DataFrame({"d": [value]}), "departement", ("d",))
    assert result.codes.iloc[0] == expected


@pytest.mark.parametrize("value, reason", [("20", "ambiguous"), ("99", "unknown"), ("975", "outside"),
                                           ("", "empty"), ("Atlantide", "unknown")])
def test_departement_reasons(value: str, reason: str) -> None:
    result = placing.place(pd.DataFrame({"d": [value]}), "departement", ("d",))
    assert pd.isna(result.codes.iloc[0]) and result.reasons.iloc[0] == reason


@pytest.mark.parametrize("value, expected", [
    ("2A004", "2A"), ("2a004", "2A"), ("2B033", "2B"), ("1053", "01"), ("01053", "01"), ("97411", "974"),
    ("97611", "976"), ("75101", "75"), ("13201", "13"), ("69381", "69"), (" 04070 ", "04"),
])
def test_insee_codes(value: str, expected: str) -> None:
    assert placing.place(pd.DataFrame({"c": [value]}), "insee", ("c",)).codes.iloc[0] == expected


def test_insee_reasons() -> None:
    result = placing.place(pd.DataFrame({"c": ["97502", "98735", "ABCDE", "20004", None]}), "insee", ("c",))
    assert result.codes.isna().all()
    assert result.reasons.tolist() == ["outside", "outside", "unknown", "unknown", "empty"]


@pytest.mark.parametrize("value, expected", [
    ("20000", "2A"), ("20090", "2A"), ("20167", "2A"), ("20200", "2B"), ("20290", "2B"), ("20600", "2B"),
    ("4000", "04"), ("04000", "04"), ("1000", "01"), ("13001", "13"), ("13395", "13"), ("97400", "974"),
    ("97600", "976"), ("05110", "05"), ("75001", "75"),
])
def test_postal_codes_including_corsica_and_cedex(value: str, expected: str) -> None:
    assert placing.place(pd.DataFrame({"cp": [value]}), "postal", ("cp",)).codes.iloc[0] == expected


def test_postal_reasons() -> None:
    result = placing.place(pd.DataFrame({"cp": ["97500", "98000", "00000", "abc"]}), "postal", ("cp",))
    assert result.codes.isna().all()
    assert result.reasons.tolist() == ["outside", "outside", "unknown", "unknown"]


def test_commune_names_ambiguous_and_spellings() -> None:
    table = pd.DataFrame({"c": ["Saint-Martin", "ST ETIENNE", "saint-étienne", "Nulle-Part-sur-Mer", "AJACCIO"]})
    result = placing.place(table, "commune", ("c",))
    assert pd.isna(placing.place(pd.DataFrame({"c": ["Saint-Denis"]}), "commune", ("c",)).codes.iloc[0])
    assert result.codes.tolist()[1:3] == ["42", "42"] and result.codes.iloc[4] == "2A"
    assert result.reasons.tolist()[0] == "ambiguous" and result.reasons.iloc[3] == "unknown"


def test_coordinates_decimal_comma_coast_pair_and_reasons() -> None:
    table = pd.DataFrame({"lat": ["43,2965", "41.91886", "", "abc", "40.0", "-20.88", "48.85"],
                          "lon": ["5,3698", "8.73812", "", "def", "-30.0", "55.45", "2.35"]})
    result = placing.place(table, "coordinates", ("lat", "lon"))
    assert result.codes.tolist()[:2] == ["13", "2A"]  # Ajaccio's town hall is 1 km off Natural Earth's coast
    assert result.codes.tolist()[5:] == ["974", "75"]
    assert result.reasons.tolist()[2:5] == ["empty", "unreadable", "outside"]
    assert result.by_reason() == {"empty": 1, "outside": 1, "unreadable": 1}
    pair = placing.place(pd.DataFrame({"geo_point_2d": ["43.2965, 5.3698", "48.85,2.35"]}), "coordinates",
                         ("geo_point_2d",))
    assert pair.codes.tolist() == ["13", "75"]
    geopoint = placing.place(pd.DataFrame({"geopoint": ["[5.3698, 43.2965]", "[2.35, 48.85]"]}), "coordinates",
                             ("geopoint",))
    assert geopoint.codes.tolist() == ["13", "75"]
    lambert = placing.place(pd.DataFrame({"x": ["892390", "652469"], "y": ["6247035", "6862035"]}), "coordinates",
                            ("y", "x"))  # Lambert-93 metres, converted by viz.geo.positions
    assert lambert.codes.tolist() == ["13", "75"]


def test_points_on_borders_match_polygons() -> None:
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(-5, 9.5, 20_000), rng.uniform(41.3, 51.1, 20_000)
    fast = departement_of_points(lon, lat)
    from viz import reference
    import shapely
    exact = np.full(len(lon), None, dtype=object)
    hits = np.zeros(len(lon), dtype=int)
    for code, geom in reference.departement_shapes().items():
        inside = shapely.contains_xy(geom, lon, lat)
        exact[inside] = code
        hits += inside
    once = hits == 1  # simplified neighbours overlap by slivers of a few metres: either answer is fair there
    assert once.sum() > 8_000 and (fast[once] == exact[once]).all()


def test_best_column_and_same_counts_whichever_column() -> None:
    table = places_table()
    found = candidates(table)
    assert found[0].method == "departement" and found[0].columns == ("dep",)
    assert {c.method for c in found} >= {"insee", "postal", "commune", "coordinates"}
    counts = {by: place_table(table, by).codes.value_counts().to_dict()
              for by in ["dep", "departement", "code_insee", "code_postal", "commune", "coordinates"]}
    assert all(c == counts["dep"] for c in counts.values())
    assert resolve_by(table, "code_postal").method == "postal"


def test_no_column_and_bad_column_in_french() -> None:
    table = pd.DataFrame({"montant": ["12", "15"], "libelle": ["a", "b"]})
    with pytest.raises(PlacingError, match="Aucune colonne ne permet de placer"):
        place_table(table)
    with pytest.raises(PlacingError, match="n'existe pas"):
        place_table(table, "code_postal")
    with pytest.raises(PlacingError, match="ne place aucune ligne"):
        place_table(table, "libelle")


def test_unplaced_rows_have_row_numbers_and_values() -> None:
    table = pd.DataFrame({"code_postal": ["13001", "", "99999", "20000"]})
    result = place_table(table)
    rows = result.unplaced_rows(table)
    assert rows["ligne"].tolist() == [3, 4] and rows["raison"].tolist() == ["empty", "unknown"]
    assert result.to_dict()["placed"] == 2
