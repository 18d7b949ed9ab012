"""The French administrative reference data in viz/reference/."""
import pandas as pd
import shapely

from viz import reference


def test_counts_and_codes_of_departements_and_regions():
    deps = reference.departements()
    assert len(deps) == 101
    codes = set(deps["code"])
    assert {"01", "19", "2A", "2B", "21", "95", "971", "972", "973", "974", "976"} <= codes
    assert "20" not in codes and "975" not in codes
    assert len(reference.regions()) == 18
    assert set(deps["code_region"]) == set(reference.regions()["code"])
    assert deps.set_index("code").loc["13", "nom"] == "Bouches-du-Rhône"
    assert deps["population"].sum() > 66_000_000


def test_communes_columns_types_and_known_codes():
    communes = reference.communes()
    assert list(communes.columns) == ["code_insee", "nom", "type", "code_departement", "code_region",
                                      "latitude", "longitude", "population"]
    assert 34_500 < (communes["type"] == "commune-actuelle").sum() < 36_000
    assert set(communes["type"]) == {"commune-actuelle", "arrondissement-municipal", "commune-deleguee",
                                     "commune-associee"}
    assert pd.api.types.is_string_dtype(communes["code_insee"])
    by_code = communes[communes["type"] != "commune-deleguee"].set_index("code_insee")
    assert by_code.loc["2A004", "nom"] == "Ajaccio" and by_code.loc["2A004", "code_departement"] == "2A"
    assert by_code.loc["75056", "nom"] == "Paris"
    assert by_code.loc["75101", "type"] == "arrondissement-municipal"
    assert by_code.loc["69381", "nom"].startswith("Lyon 1")
    assert by_code.loc["01053", "nom"] == "Bourg-en-Bresse"
    assert by_code.loc["97411", "code_departement"] == "974"


def test_commune_points_lie_in_their_departement():
    communes = reference.communes().dropna(subset=["latitude"])
    assert len(communes) > 14_000
    shapes = reference.departement_shapes()
    marseille = communes[communes["code_insee"] == "13055"].iloc[0]
    assert shapely.contains_xy(shapes["13"], marseille["longitude"], marseille["latitude"])
    inside = pd.Series(False, index=communes.index)
    for code, geometry in shapes.items():
        rows = communes["code_departement"] == code
        inside[rows] = shapely.contains_xy(geometry, communes.loc[rows, "longitude"], communes.loc[rows, "latitude"])
    assert inside.mean() > 0.97


def test_postal_codes_long_table():
    postal = reference.postal_codes()
    assert list(postal.columns) == ["code_postal", "code_insee"]
    assert set(postal.loc[postal["code_postal"] == "20000", "code_insee"]) == {"2A004"}
    assert "69381" in set(postal.loc[postal["code_postal"] == "69001", "code_insee"])
    assert "75101" in set(postal.loc[postal["code_postal"] == "75001", "code_insee"])
    assert postal["code_postal"].str.fullmatch(r"\d{5}").all()
    assert not postal.duplicated().any()


def test_shapes_and_geojson():
    shapes = reference.departement_shapes()
    assert set(shapes) == set(reference.departements()["code"])
    assert all(g.is_valid and not g.is_empty for g in shapes.values())
    assert shapely.contains_xy(shapes["13"], 5.3698, 43.2965)  # Vieux-Port, Marseille
    assert shapely.contains_xy(shapes["2A"], 8.80, 41.95)  # inland of Ajaccio
    ajaccio = shapely.Point(8.73812, 41.91886)  # the town hall: Natural Earth's coast is ~1 km off
    assert not shapely.contains_xy(shapes["2A"], ajaccio.x, ajaccio.y) and shapes["2A"].distance(ajaccio) < 0.03
    assert shapely.contains_xy(shapes["974"], 55.45, -20.88)  # Saint-Denis de La Réunion
    assert not shapely.contains_xy(shapes["13"], 2.35, 48.85)
    geojson = reference.departements_geojson()
    assert geojson["type"] == "FeatureCollection" and len(geojson["features"]) == 101
    assert {f["id"] for f in geojson["features"]} == set(shapes)


def test_fold_name_matches_spellings():
    names = pd.Series(["Saint-Étienne", "ST ETIENNE", "st-étienne", None, "L'Haÿ-les-Roses", "Les Abymes",
                       "STE MAXIME", "Sainte-Maxime", "Œuilly", "  La   Rochelle "])
    folded = reference.fold_name(names)
    assert folded.iloc[:3].tolist() == ["SAINT ETIENNE"] * 3
    assert pd.isna(folded.iloc[3])
    assert folded.iloc[4:].tolist() == ["HAY LES ROSES", "ABYMES", "SAINTE MAXIME", "SAINTE MAXIME", "OEUILLY",
                                        "ROCHELLE"]
    assert folded.index.equals(names.index)


def test_loaders_are_cached():
    assert reference.communes() is reference.communes()
    assert reference.departement_shapes() is reference.departement_shapes()


def test_lists_hold_exactly_what_the_tables_give():
    """The small lists `viz check` and `viz inspect` read: the distinct codes of the communes and postal tables,
    and the commune names folded as the `commune` kind folds them (rebuild: `python -m viz.reference.codes`)."""
    from viz.reference.codes import folded_names, lines_text, sorted_list
    communes = reference.communes()
    assert list(sorted_list("code_insee")) == sorted(set(communes["code_insee"]))
    assert list(sorted_list("code_postal")) == sorted(set(reference.postal_codes()["code_postal"]))
    assert list(sorted_list("commune_name")) == sorted(set(folded_names(communes)) - {""})
    assert {"2A004", "75056", "75101", "97411"} <= set(sorted_list("code_insee"))
    assert {"saint etienne", "aix en provence", "paris"} <= set(sorted_list("commune_name"))
    assert lines_text(["75001", "01000", "75001", None, ""]) == "01000\n75001\n"
