"""On large tables run_checks builds column facts two at a time and runs the quality checks beside the schema
validation: the findings must be exactly those of the one-thread way (same codes, rows, counts, messages)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from viz.checks import quality, quality_facts, run_checks
from viz.io import load

SCHEMA = {"fields": [
    {"name": "siret", "type": "string", "constraints": {"required": True, "pattern": r"^\d{14}$"}},
    {"name": "code_insee", "type": "string", "constraints": {"pattern": r"^([013-9]\d|2[AB1-9])\d{3}$"}},
    {"name": "nom", "type": "string", "constraints": {"required": True}},
    {"name": "date_convention", "type": "date"},
    {"name": "montant", "type": "number", "decimalChar": ",", "constraints": {"minimum": 0}},
    {"name": "email", "type": "string", "format": "email"},
]}


def _file(folder: Path, n: int = 4000, seed: int = 11) -> Path:
    """A `;` subsidies file with a title line above the header, faulty cells and repeated rows."""
    rng = np.random.default_rng(seed)
    pick = lambda values: rng.choice(np.array(values, dtype=object), n)
    table = pd.DataFrame({
        "siret": pd.Series(rng.integers(10**13, 10**14 - 1, n)).astype(str).where(rng.random(n) > 0.03,
                                                                                  "123 456 789"),
        "code_insee": pick(["75056", "1053", "01053", "2A004", "13055", "97411"]),
        "nom": pick(["Association Les Amis", "Comité des fêtes ", "CafÃ© associatif", "DUPONT Jean", ""]),
        "date_convention": pick(["2024-01-05", "05/02/2024", "2023-12-31", "2024-02-30"]),
        "montant": pick(["1 234,56", "12,5", "1.234.567", "300", "-12,5", "250,00"]),
        "email": pick(["a@asso.fr", "", "contact@", "jean.dupont@exemple.fr"]),
    })
    table = pd.concat([table, table.iloc[: n // 20]], ignore_index=True)
    path = folder / "subventions.csv"
    path.write_text("Subventions 2024\n" + table.to_csv(sep=";", index=False), encoding="utf-8")
    return path


def _summary(findings: list) -> list:
    return [json.dumps(f.to_dict("fr"), sort_keys=True, default=str) for f in findings]


@pytest.mark.parametrize("with_schema", [True, False])
def test_two_threads_and_one_give_the_same_findings(tmp_path: Path, monkeypatch, with_schema: bool) -> None:
    dataset = load(_file(tmp_path))
    schema = SCHEMA if with_schema else None
    monkeypatch.setattr(quality_facts, "_PARALLEL_ROWS", 10**12)  # one thread
    alone = _summary(run_checks(dataset, schema))
    monkeypatch.setattr(quality_facts, "_PARALLEL_ROWS", 0)  # two threads, whatever the size
    assert _summary(run_checks(dataset, schema)) == alone
    codes = {json.loads(f)["code"] for f in alone}
    assert {"quality.duplicate_row", "quality.numeric_text", "quality.mixed_dates"} <= codes
    if with_schema:
        assert {"schema.constraint-error", "schema.type-error"} <= codes
        first = json.loads(next(f for f in alone if json.loads(f)["code"] == "quality.duplicate_row"))
        assert 4000 + 3 in first["rows"]  # copy of the first row: the title line counts on the checks' thread too


def test_a_failing_quality_check_still_fails_the_check(tmp_path: Path, monkeypatch) -> None:
    dataset = load(_file(tmp_path, n=500))
    monkeypatch.setattr(quality_facts, "_PARALLEL_ROWS", 0)

    def broken(table: pd.DataFrame, read: object = None) -> list:
        raise ValueError("cassé")

    monkeypatch.setattr(quality, "check", broken)
    with pytest.raises(ValueError, match="cassé"):
        run_checks(dataset, SCHEMA)
