"""Tables of places built in code, each row carrying one known coordinate fault (row = frictionless row number)."""
from __future__ import annotations

import pandas as pd

HEADER = ["nom", "adresse", "commune", "code_insee", "latitude", "longitude"]
ROWS = [
    # row 2: fine
    ["Médiathèque", "1 rue de la République", "Arles", "13004", "43.67680", "4.62780"],
    ["Sans position", "3 rue du Port", "Arles", "13004", "", ""],  # 3 missing
    ["Illisible", "5 rue du Port", "Arles", "13004", "nan", "4.62780"],  # 4 unparseable
    ["Zéro", "7 rue du Port", "Arles", "13004", "0", "0"],  # 5 zero
    ["Inversé", "1 place Bellecour", "Lyon", "69123", "4.83570", "45.76400"],  # 6 swapped
    ["Hors limites", "9 rue du Port", "Arles", "13004", "143.20000", "4.62780"],  # 7 out of range
    ["Madrid", "Calle Mayor", "Arles", "13004", "40.41680", "-3.70380"],  # 8 outside France
    ["Reims à Aix", "12 bis rue de Leclercq", "Reims", "51454", "43.52609", "5.41423"],  # 9 outside département
    ["Arles à Marseille", "2 quai du Port", "Arles", "13004", "43.29650", "5.36980"],  # 10 outside commune (~ 70 km)
    ["Centre A", "1 place Kléber", "Strasbourg", "67482", "48.58340", "7.74580"],  # 11 duplicate
    ["Centre B", "5 rue des Juifs", "Strasbourg", "67482", "48.58340", "7.74580"],  # 12 duplicate
    ["Brest", "Rue de Siam", "Brest", "29019", "48.39", "-4.49"],  # 13 low precision
    ["Ajaccio", "Cours Napoléon", "Ajaccio", "2A004", "41.91920", "8.73860"],  # 14 fine (Corse)
    ["Saint-Denis", "Rue de Paris", "Saint-Denis", "97411", "-20.88230", "55.45040"],  # 15 fine (La Réunion)
    ["Virgule", "Place d'Erlon", "Reims", "51454", "49,25830", "4,03170"],  # 16 decimal comma (fine otherwise)
]
EXPECTED = {
    "coord.missing": [3], "coord.unparseable": [4], "coord.zero": [5], "coord.swapped": [6],
    "coord.out_of_range": [7], "coord.outside_france": [8], "coord.outside_departement": [9],
    "coord.outside_commune": [10], "coord.duplicate_position": [11, 12], "coord.low_precision": [13],
    "coord.decimal_comma": [16],
}


def lieux_table() -> pd.DataFrame:
    """The rows above as the studio reads a CSV: every cell text."""
    return pd.DataFrame(ROWS, columns=HEADER, dtype="str")


def lieux_csv(sep: str = ";") -> bytes:
    lines = [sep.join(HEADER)] + [sep.join(r) for r in ROWS]
    return ("\n".join(lines) + "\n").encode("utf-8")


def insee_table() -> pd.DataFrame:
    """Commune codes: fine, a postal code, a 4-character code, another commune's code, a name written otherwise."""
    rows = [
        ["Mairie", "Arles", "13200", "13004", "43.67680", "4.62780"],  # 2 fine
        ["Poste", "Arles", "13200", "13200", "43.67680", "4.62780"],  # 3 postal code as INSEE -> 13004
        ["Morosaglia", "MOROSAGLIA", "20218", "2B14", "42.43480", "9.30080"],  # 4 unknown -> 2B169
        ["Gare", "SAINT-ETIENNE", "42000", "42118", "45.43390", "4.39000"],  # 5 Lay's code -> 42218
        ["Hôtel de ville", "ST ETIENNE", "42000", "42218", "45.43390", "4.39000"],  # 6 fine: ST folded
        ["Mairie", "LES SAINTES MARIES DE LA MER", "13460", "13096", "43.45150", "4.42770"],  # 7 fine: article
    ]
    return pd.DataFrame(rows, columns=["nom", "commune", "code_postal", "code_insee", "latitude", "longitude"],
                        dtype="str")
