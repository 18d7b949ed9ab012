"""The coordinate facts of ../shared/realdata/README.md, found on exactly their rows."""
from __future__ import annotations

from viz.checks.coordinates import check
from viz.io import load
import pytest

try:
    from viz.reference import communes  # noqa: F401  (built by tools/build_reference.py)
except ImportError:
    pytest.skip("référence des communes absente (viz/reference)", allow_module_level=True)



def findings(path):
    return {f.code: f for f in check(load(str(path)).working())}


def test_france_services(realdata):
    found = findings(realdata / "lieux/france-services-2020-09.geojson")
    rows = {code: list(f.rows) for code, f in found.items()}
    # Saint-Trivier-de-Courtes (01388) plotted in Jura; no swapped pair, nothing outside France
    assert rows["coord.outside_departement"] == [84]
    assert "Ain (01)" in found["coord.outside_departement"].message_fr
    assert "Jura (39)" in found["coord.outside_departement"].message_fr
    # Saint-Étienne-de-Baigorry at Orthez (858); Molsheim (643) and Ciré-d'Aunis (661) carry the code *and* the
    # point of another commune (Durrenbach, Archingeay): not in the README's list, checked by hand
    assert rows["coord.outside_commune"] == [643, 661, 858]
    assert "57,7 km" in found["coord.outside_commune"].message_fr
    for absent in ("coord.swapped", "coord.outside_france", "coord.zero", "coord.missing", "coord.out_of_range"):
        assert absent not in rows
    # 2B14, 2B10 (and 14771, 19927, which exist in neither the 2026 reference nor La Poste's 2020 file)
    assert rows["insee.unknown"] == [586, 671, 732, 733]
    mismatch = rows["insee.name_mismatch"]
    for row in (790, 791, 587, 629, 726, 803):  # 42118 x2, 14452, 02327, 97356, 45330
        assert row in mismatch
    suggestions = found["insee.name_mismatch"].details["suggestions"]
    assert suggestions[790] == suggestions[791] == "42218"
    assert (suggestions[587], suggestions[629], suggestions[726], suggestions[803]) == ("14711", "02237", "97302", "45191")
    # the others: former names or lieux-dits (Montigny-le-Roi in Val-de-Meuse, La Chaussée de Damery in Vauciennes,
    # Orée d'Anjou renumbered 49126) and the two rows above
    assert sorted(set(mismatch) - {790, 791, 587, 629, 726, 803}) == [70, 514, 572, 643, 661]


def test_mediation_numerique_point_in_aix(realdata):
    found = findings(realdata / "mediation-numerique/exemple-valide.csv")
    assert list(found["coord.outside_departement"].rows) == [2]
    assert "Marne (51)" in found["coord.outside_departement"].message_fr
    assert "Bouches-du-Rhône (13)" in found["coord.outside_departement"].message_fr
    assert not [c for c in found if c.startswith("insee.")]


def test_irve_postal_code_and_epfig(realdata):
    found = findings(realdata / "irve-statique/exemple-valide-statique.csv")
    assert list(found["insee.postal_code"].rows) == [2, 3]
    assert "75101" in found["insee.postal_code"].message_fr
    assert list(found["coord.outside_departement"].rows) == [2, 3]
    assert "Bas-Rhin (67)" in found["coord.outside_departement"].message_fr
    assert "coord.swapped" not in found  # coordonneesXY is [lon, lat]


def test_laposte_reference_empty_points(realdata):
    found = findings(realdata / "reference/laposte_hexasmal.csv")
    assert found["coord.missing"].count == 270  # coordonnees_gps "lat,lon" empty on 270 rows
    assert "coord.swapped" not in found
    # Ménessaire (21403) is an enclave of Côte-d'Or inside Nièvre that the simplified outlines do not have
    assert list(found["coord.outside_departement"].rows) == [5590]


def test_sample_lieux_planted_faults():
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "sample_data" / "lieux_inclusion_numerique_paca.csv"
    found = findings(path)
    counts = {code: f.count for code, f in found.items()}
    assert (counts["coord.missing"], counts["coord.swapped"], counts["coord.zero"]) == (40, 10, 2)
    assert counts["coord.decimal_comma"] == 20
    # 8 points moved to the nearest commune of another département: outside it, or (within 3 km of the
    # border, inside the tolerance) far from their commune
    assert counts["coord.outside_departement"] + counts["coord.outside_commune"] == 8
