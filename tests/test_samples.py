"""The sample datasets: reproducible byte for byte, read as documented, and carrying exactly the documented faults."""
from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest

from tools.make_samples import SAMPLES, write_samples
from tools.samples_common import luhn_ok
from tools.samples_lieux import communes, distance_km
from viz.io import load
from viz.numbers import to_number

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "sample_data"
README = SAMPLE_DIR / "README.md"


def documented(filename: str) -> dict[str, int]:
    """The fault counts the README states for one file: rows `| \\`key\\` | 12 | ... |` under `## \\`file\\``."""
    text = README.read_text(encoding="utf-8")
    section = text.split(f"## `{filename}`", 1)[1].split("\n## ", 1)[0]
    return {key: int(n.replace(" ", "").replace("\u202f", "")) for key, n in
            re.findall(r"^\| `([a-z0-9_]+)` \| ([\d  ]+) \|", section, flags=re.M)}


@pytest.fixture(scope="module")
def budget() -> pd.DataFrame:
    return load(SAMPLE_DIR / "budget_primitif_2025.csv").original


@pytest.fixture(scope="module")
def grants() -> pd.DataFrame:
    return load(SAMPLE_DIR / "subventions_associations_2024.csv").original


@pytest.fixture(scope="module")
def places() -> pd.DataFrame:
    return load(SAMPLE_DIR / "lieux_inclusion_numerique_paca.csv").original


def test_regenerated_files_are_byte_identical(tmp_path: Path) -> None:
    written = write_samples(tmp_path)
    for name, path in written.items():
        assert path.read_bytes() == (SAMPLE_DIR / name).read_bytes(), f"{name}: relancer tools/make_samples.py"


def test_files_stay_small() -> None:
    for name in SAMPLES:
        assert (SAMPLE_DIR / name).stat().st_size < 300_000, name


def test_budget_reads_as_documented(budget: pd.DataFrame) -> None:
    raw = (SAMPLE_DIR / "budget_primitif_2025.csv").read_bytes()
    read = load(SAMPLE_DIR / "budget_primitif_2025.csv").read
    assert (read.encoding, read.separator, read.decimal) == ("cp1252", ";", ",")
    assert raw.count(b"\r\n") == raw.count(b"\n") and b"\xa0" in raw
    assert len(budget) == documented("budget_primitif_2025.csv")["rows"]
    assert {"011", "012", "002", "001", "021", "023"} <= set(budget["chapitre"])
    assert {"002", "023"} <= set(budget["article"])


def test_budget_faults_are_all_there(budget: pd.DataFrame) -> None:
    doc = documented("budget_primitif_2025.csv")
    amounts = to_number(budget["montant_prevu"], ",", " ")
    three_digit = dict(zip(budget["chapitre"], budget["libelle_chapitre"]))
    short = budget["chapitre"].str.fullmatch(r"\d{2}") & budget.apply(
        lambda row: three_digit.get("0" + row["chapitre"]) == row["libelle_chapitre"], axis=1)
    labels = budget[["libelle_chapitre", "libelle_article"]]
    stray = (labels.apply(lambda col: (col != col.str.strip()) | col.str.contains("  ")).any(axis=1))
    assert int(short.sum()) == doc["lost_zero_chapters"]
    assert int((amounts == 0).sum()) == doc["zero_amounts"]
    assert int((amounts < 0).sum()) == doc["negative_amounts"]
    assert int((budget["montant_prevu"] == "").sum()) == doc["missing_amounts"]
    assert int(budget.duplicated().sum()) == doc["duplicate_rows"]
    assert int(stray.sum()) == doc["stray_spaces_labels"]
    assert amounts.notna().sum() == len(budget) - doc["missing_amounts"]


def test_budget_is_balanced_and_heavy_tailed(budget: pd.DataFrame) -> None:
    table = budget.assign(amount=to_number(budget["montant_prevu"], ",", " "),
                          chapter=budget["chapitre"].str.zfill(3))
    sums = table.groupby(["section", "sens"])["amount"].sum()
    for section in ("Fonctionnement", "Investissement"):
        assert math.isclose(sums[(section, "Dépense")], sums[(section, "Recette")], rel_tol=0.005)
    spent = table[(table["section"] == "Fonctionnement") & (table["sens"] == "Dépense")]
    by_chapter = spent.groupby("chapter")["amount"].sum().sort_values(ascending=False)
    assert by_chapter.iloc[:3].sum() / by_chapter.sum() > 0.8
    by_article = spent.groupby("article")["amount"].sum()
    assert (by_article / by_article.sum() < 0.01).sum() >= 50


def test_grants_read_as_documented(grants: pd.DataFrame, realdata: Path) -> None:
    import json
    read = load(SAMPLE_DIR / "subventions_associations_2024.csv").read
    assert (read.encoding, read.separator, read.decimal) == ("utf-8-sig", ";", ",")
    schema = json.loads((realdata / "scdl-subventions" / "schema.json").read_text(encoding="utf-8"))
    assert list(grants.columns) == [f["name"] for f in schema["fields"]]
    assert len(grants) == documented("subventions_associations_2024.csv")["rows"]


def test_grant_faults_are_all_there(grants: pd.DataFrame) -> None:
    doc = documented("subventions_associations_2024.csv")
    ids = grants["idBeneficiaire"]
    digits = ids.str.replace(" ", "", regex=False)
    spaced = ids.str.fullmatch(r"\d{3} \d{3} \d{3} \d{5}")
    thirteen = ids.str.fullmatch(r"\d{13}")
    fourteen = ids.str.fullmatch(r"\d{14}")
    assert int(spaced.sum()) == doc["siret_with_spaces"]
    assert int(thirteen.sum()) == doc["siret_13_digits"]
    assert all(luhn_ok("0" + s) for s in ids[thirteen])
    assert int((~digits[spaced | fourteen].map(luhn_ok)).sum()) == doc["siret_bad_luhn"]
    assert int((~grants["nature"].isin(["aide en numéraire", "aide en nature", "aide en numéraire;aide en nature",
                                        "aide en nature;aide en numéraire"])).sum()) == doc["nature_misspelt"]
    assert int(grants["dateConvention"].str.fullmatch(r"\d{2}/\d{2}/\d{4}").sum()) == doc["date_not_iso"]
    assert int(grants["dateConvention"].str.fullmatch(r"2024-\d{2}-\d{2}").sum()) == len(grants) - doc["date_not_iso"]
    assert int(grants["objet"].str.contains(r"[\w.]+@[\w.]+\.\w+").sum()) == doc["email_in_objet"]
    assert int(grants.duplicated().sum()) == doc["duplicate_rows"]
    assert to_number(grants["montant"], ",").notna().all()
    assert grants["idAttribuant"].map(luhn_ok).all()


def _reference() -> pd.DataFrame:
    return pd.DataFrame(communes())


def test_places_read_as_documented(places: pd.DataFrame) -> None:
    read = load(SAMPLE_DIR / "lieux_inclusion_numerique_paca.csv").read
    assert (read.encoding, read.separator, read.decimal) == ("utf-8", ",", ".")
    assert len(places) == documented("lieux_inclusion_numerique_paca.csv")["rows"]
    ref = _reference()
    assert set(places["code_insee"]) <= set(ref["code_insee"])
    assert set(places["code_insee"].str[:2]) == {"04", "05", "06", "13", "83", "84"}


def _coordinate_classes(places: pd.DataFrame) -> dict[str, pd.Series]:
    """Each row's coordinate fault, found from the file and the reference table only."""
    lat_text, lon_text = places["latitude"], places["longitude"]
    missing = (lat_text == "") & (lon_text == "")
    zero = lat_text.isin(["0", "0.0"]) & lon_text.isin(["0", "0.0"])
    comma = lat_text.str.contains(",") & lon_text.str.contains(",")
    lat = pd.to_numeric(lat_text.str.replace(",", ".", regex=False), errors="coerce")
    lon = pd.to_numeric(lon_text.str.replace(",", ".", regex=False), errors="coerce")
    swapped = lat.between(4, 8) & lon.between(42, 46)
    ref = _reference()
    centre = ref.groupby("code_insee")[["latitude", "longitude"]].apply(lambda g: list(zip(g.latitude, g.longitude)))
    ok = ~(missing | zero | swapped)
    far = pd.Series(False, index=places.index)
    for i in places.index[ok]:
        dist = min(distance_km(lat[i], lon[i], a, b) for a, b in centre[places.at[i, "code_insee"]])
        far[i] = dist > 2.05
    nearest_dep = pd.Series("", index=places.index)
    for i in places.index[far]:
        nearest = min(range(len(ref)), key=lambda k: distance_km(lat[i], lon[i], ref.latitude[k], ref.longitude[k]))
        nearest_dep[i] = ref.departement[nearest]
    wrong_dep = far & (nearest_dep != places["code_insee"].str[:2])
    return {"missing": missing, "zero": zero, "comma": comma, "swapped": swapped, "far": far, "wrong_dep": wrong_dep}


def test_place_faults_are_all_there(places: pd.DataFrame) -> None:
    doc = documented("lieux_inclusion_numerique_paca.csv")
    found = _coordinate_classes(places)
    assert int(found["missing"].sum()) == doc["missing_coordinates"]
    assert int(found["zero"].sum()) == doc["zero_coordinates"]
    assert int(found["comma"].sum()) == doc["decimal_comma_coordinates"]
    assert int(found["swapped"].sum()) == doc["swapped_coordinates"]
    assert int(found["far"].sum()) == int(found["wrong_dep"].sum()) == doc["wrong_departement"]
    cp = places["code_postal"]
    short = cp.str.fullmatch(r"\d{4}")
    assert int(short.sum()) == doc["postal_code_lost_zero"]
    assert set(cp[short].str.zfill(5).str[:2]) <= {"04", "05", "06"}
    pairs = set(zip(_reference()["code_insee"], _reference()["code_postal"]))
    assert all(pair in pairs for pair in zip(places["code_insee"], cp.str.zfill(5)))
    assert int(places.drop(columns="id").duplicated().sum()) == doc["duplicate_places"]
    assert places["id"].is_unique
    personal = places["courriels"].str.fullmatch(r"[a-z]+\.[a-z]+@(gmail\.com|orange\.fr|free\.fr|laposte\.net|hotmail\.fr)")
    assert int(personal.sum()) == doc["personal_emails"]
    assert int(places["telephone"].str.match(r"\+33[67]").sum()) == doc["mobile_phones"]


def test_reference_communes_match_la_poste(realdata: Path) -> None:
    """Every (INSEE, postal code) pair of tools/communes_paca.csv exists at La Poste, centre within 8 km."""
    poste = pd.read_csv(realdata / "reference" / "laposte_hexasmal.csv", sep=";", dtype=str, keep_default_na=False)
    ref = _reference()
    assert len(ref["code_insee"].unique()) >= 120
    codes = ref["code_insee"].where(ref["code_insee"] != "13055", "132" + ref["code_postal"].str[-2:])
    known = set(zip(poste["Code_commune_INSEE"], poste["Code_postal"]))
    assert all(pair in known for pair in zip(codes, ref["code_postal"]))
    gps = poste[poste["coordonnees_gps"] != ""]
    lat_lon = gps["coordonnees_gps"].str.split(",", expand=True).astype(float)
    centres = lat_lon.groupby(gps["Code_commune_INSEE"]).mean()
    far = {c for c, a, b in zip(codes, ref["latitude"], ref["longitude"]) if distance_km(a, b, *centres.loc[c]) > 8}
    assert far <= {"13004"}  # Arles (759 km²): La Poste's point is the commune's centroid, 15 km from the town
