"""Generate large French-looking CSV files for the benchmarks (fixed seed, written in chunks)."""
from __future__ import annotations

import numpy as np
import pandas as pd

COMMUNES = [("01053", "01000", "Bourg-en-Bresse"), ("04070", "04000", "Digne-les-Bains"), ("05061", "05000", "Gap"),
            ("06088", "06000", "Nice"), ("13055", "13001", "Marseille"), ("2A004", "20000", "Ajaccio"),
            ("33063", "33000", "Bordeaux"), ("59350", "59000", "Lille"), ("67482", "67000", "Strasbourg"),
            ("75056", "75001", "Paris"), ("83137", "83000", "Toulon"), ("84007", "84000", "Avignon")]


def write_csv12(path: str, rows: int = 1_000_000, seed: int = 7, chunk: int = 250_000, encoding: str = "utf-8") -> None:
    """12 columns, `;`, decimal commas, codes with leading zeros: about 130 bytes a row (`encoding`: cp1252 as
    many portals publish)."""
    rng = np.random.default_rng(seed)
    first = True
    with open(path, "w", encoding=encoding, newline="") as out:
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            pick = rng.integers(0, len(COMMUNES), n)
            com = np.array(COMMUNES, dtype=object)[pick]
            frame = pd.DataFrame({
                "id": np.arange(start + 1, start + n + 1),
                "siret": [f"{v:014d}" for v in rng.integers(10**12, 10**14, n)],
                "code_insee": com[:, 0], "code_postal": com[:, 1], "commune": com[:, 2],
                "date": pd.to_datetime(rng.integers(17_000, 20_000, n), unit="D").strftime("%Y-%m-%d"),
                "montant": [f"{v:.2f}".replace(".", ",") for v in rng.lognormal(8, 2, n)],
                "latitude": [f"{v:.6f}" for v in rng.uniform(42, 51, n)],
                "longitude": [f"{v:.6f}" for v in rng.uniform(-4, 8, n)],
                "categorie": rng.choice(["Association", "Commune", "EPCI", "Entreprise"], n),
                "libelle": rng.choice(["Subvention de fonctionnement", "Aide à l'investissement", "Prix"], n),
                "quantite": rng.integers(0, 1000, n),
            })
            frame.to_csv(out, sep=";", index=False, header=first)
            first = False
