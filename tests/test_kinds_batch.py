"""detect_kinds (all columns at once) says exactly what detect_kind says column by column."""
import numpy as np
import pandas as pd

from viz.kinds import detect_kind
from viz.kinds.batch import detect_kinds


def _table(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = rows
    pick = lambda values: [values[i % len(values)] for i in range(n)]  # noqa: E731
    return pd.DataFrame({
        "email": pick(["a@b.fr", "contact@mairie.fr"]), "site": pick(["https://x.fr", "www.y.fr"]),
        "geo_point_2d": pick(["48.85,2.35", "43.6,3.87"]), "latitude": pick(["48.85", "43,6"]),
        "lon": pick(["2.35", "3,87"]), "siret": pick(["123 456 789 00012", "12345678900013"]),
        "siren": pick(["123456789"]), "dep": pick(["01", "2A", "974", "13"]), "reg": pick(["11", "84", "2"]),
        "code_postal": pick(["1000", "04100", "13090"]), "cp_like": pick(["04100", "13090", "75010"]),
        "insee": pick(["01053", "2A004"]), "com": pick(["01053", "75056"]), "tel": pick(["01 23 45 67 89"]),
        "quand": pick(["2024-01-05 12:30", "2024-01-05T08:00:00Z"]), "jour": pick(["2024-01-05", "31/12/2024"]),
        "actif": pick(["oui", "non"]), "chapitre": pick(["011", "65", "001"]), "nombres": pick(["12", "7", "0"]),
        "montant": pick(["1 234,56", "12"]), "prix_ttc": pick(["12.5", "3"]), "euros": pick(["12 €", "3,5 €"]),
        "valeur": pick(["1,5", "2,25", "3"]), "ratio": pick(["1.5", "2.25"]), "texte": pick(["Bourg", "Lyon"]),
        "vide": [""] * n, "na": pick(["NA", "", "12"]), "mixte": pick(["12", "abc", "3"]),
        "grand": [str(int(v)) for v in rng.integers(0, 10**6, n)], "cp": pick(["1000", "4100"]),
        "sans_zero": pick(["12", "345"]), "villes_cp": pick(["75010", "13090", "69001"]),
        "depense": pick(["12,5", "1.5", "3"]), "mixte_num": pick(["1,5", "1.5", "2.25", "7"]),
    })


def test_batch_equals_one_by_one_on_short_and_tall_tables():
    for rows in (1, 7, 6000):
        table = _table(rows)
        expected = [detect_kind(str(c), table[c]) for c in table.columns]
        assert detect_kinds(table) == expected, rows


def test_batch_on_an_empty_table():
    assert detect_kinds(pd.DataFrame()) == []
    assert detect_kinds(pd.DataFrame({"a": pd.Series([], dtype="str")})) == ["empty"]


def test_wide_counts_equal_profile_column():
    from viz.profile import profile_column
    from viz.profile_wide import wide_counts
    table = pd.concat([_table(rows) for rows in (1200,)], axis=1)
    table["espaces"] = [" a ", "", "  ", "NA"] * 300
    table["beaucoup"] = [f"v{i % 1500}" for i in range(1200)]
    expected = [(p.missing, p.distinct, p.examples) for p in (profile_column(str(c), table[c], kind="x") for c in table.columns)]
    assert wide_counts(table) == expected
