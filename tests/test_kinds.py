"""Column kinds: one detector per French format, tried on columns as portals publish them."""
import pandas as pd
import pytest

from viz.kinds import detect_kind


def col(values):
    return pd.Series(values, dtype="str")


@pytest.mark.parametrize("name,values,kind", [
    ("code_postal", ["04100", "13001", "4000", "06000"], "code_postal"),
    ("cp", ["72000", "72100", "72300"], "code_postal"),
    ("code_insee", ["01053", "2A004", "13055", "06088"], "code_insee"),
    ("com", ["04070", "05061", "84007"], "code_insee"),
    ("dep", ["01", "2A", "13", "971", "6"], "code_departement"),
    ("code_region", ["93", "84", "11"], "code_region"),
    ("siret", ["21340172201787", "130 025 265 00013", "82772807200014"], "siret"),
    ("siren_amenageur", ["552100554", "130025265"], "siren"),
    ("latitude", ["43,5260", "44.0925", "48.85"], "latitude"),
    ("lon", ["5.41423", "7.262", "-1.55"], "longitude"),
    ("geo_point_2d", ["48.85,2.35", "43.71,7.26"], "coordinates"),
    ("coordonneesXY", ["[7.48710500,48.345345]", "[2.35, 48.85]"], "coordinates"),
    ("montant", ["1 234,56", "12,5", "100"], "money"),
    ("valeur", ["1 234,56", "12,5", "100"], "number"),
    ("nb", ["12", "-3", "1 234"], "integer"),
    ("chapitre", ["011", "012", "65", "66"], "code"),
    ("date", ["2024-03-01", "01/03/2024"], "date"),
    ("maj", ["2024-03-01T12:00:00Z", "2024-03-02 08:30"], "datetime"),
    ("gratuit", ["oui", "non", "Non"], "boolean"),
    ("courriel", ["a.b@mairie-gap.fr", "contact@ville.fr"], "email"),
    ("site", ["https://www.data.gouv.fr", "www.ville-gap.fr/x"], "url"),
    ("tel", ["04 50 56 87 49", "+33 4 92 00 00 00", "0492000000"], "telephone"),
    ("nom", ["Mairie de Gap", "Médiathèque"], "text"),
    ("vide", ["", " ", ""], "empty"),
])
def test_kind(name, values, kind):
    assert detect_kind(name, col(values)) == kind


def test_latitude_needs_its_name_and_range():
    assert detect_kind("latitude", col(["95.2", "120.0"])) != "latitude"
    assert detect_kind("population", col(["43.5", "44.1"])) == "number"


def test_a_million_rows_are_detected_from_a_sample():
    values = pd.Series(["04100"] * 500_000 + ["13001"] * 500_000, dtype="str")
    assert detect_kind("code_postal", values) == "code_postal"


def test_every_finding_code_has_a_title_in_both_languages():
    from viz.findings import title
    from viz.i18n.messages_findings import TITLES
    assert title("quality.leading_zeros") == "Zéros initiaux perdus"
    assert title("quality.leading_zeros", "en") == "Lost leading zeros"
    assert title("unknown.code") == "unknown.code"
    assert all(fr and en and fr != en for fr, en in TITLES.values())


def test_commune_names_are_checked_against_the_reference():
    names = pd.Series(["Saint-Denis", "ST ETIENNE", "Aix-en-Provence", "Marseille", "Bastia", "Lyon"] * 10)
    assert detect_kind("commune", names) == "commune"
    assert detect_kind("ville", pd.Series(["New York", "Lion", "Paris", "Boston", "Berlin"] * 10)) == "text"
    assert detect_kind("nom", names) == "text"  # the column name must say commune, ville, localité…
