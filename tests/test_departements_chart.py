"""Départements bars and choropleth: aggregation, rate, région filter, classes, French legend, CSV, CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from viz.charts import classes
from viz.charts.departements import DepartementsError, DepartementsSpec, build, table_csv

ROOT = Path(__file__).resolve().parents[1]
LIEUX = ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv"


def lieux() -> pd.DataFrame:
    from viz.io import load
    return load(str(LIEUX)).working()


def small() -> pd.DataFrame:
    return pd.DataFrame({"cp": ["13001", "13002", "20000", "4000", "75001", "97400", "", "99999"],
                         "statut": ["Association", "Commune", "Association", "Commune", "Association", "Commune",
                                    "Commune", "Association"],
                         "montant": ["1 000,5", "2000", "300", "x", "50", "10", "5", "7"]})


def test_bars_count_sum_rate_and_sentence() -> None:
    result = build(small(), DepartementsSpec(by="cp"))
    assert dict(zip(result.table["code"], result.table["value"])) == {"13": 2, "2A": 1, "04": 1, "75": 1, "974": 1}
    text = result.sentence().replace("\u202f", " ")
    assert "6 lignes sur 8 placées" in text and "par le code postal" in text
    assert "1 vides" in text and "1 inconnues de la référence" in text
    summed = build(small(), DepartementsSpec(by="cp", value="montant"))
    assert summed.table.set_index("code").loc["13", "value"] == pytest.approx(3000.5)
    assert summed.unreadable_values == 1 and "ne sont pas des nombres" in summed.sentence()
    rate = build(small(), DepartementsSpec(by="cp", rate=True))
    row = rate.table.set_index("code").loc["13"]
    assert row["rate"] == pytest.approx(2 / row["population"] * 100_000)
    assert rate.figure.layout.separators == ", "


def test_bars_region_category_sorted_stacked_and_grouped() -> None:
    table = lieux()
    result = build(table, DepartementsSpec(region="93", category="statut_juridique"))
    assert set(result.table["code"]) == {"04", "05", "06", "13", "83", "84"}
    traces = result.figure.data
    assert traces[0].y[0] == "Bouches-du-Rhône (13)"  # largest first
    assert sum(sum(tr.x) for tr in traces) == 1000
    assert result.figure.layout.barmode == "relative"
    grouped = build(table, DepartementsSpec(region="93", category="statut_juridique", barmode="group",
                                            sort="code"))
    assert grouped.figure.layout.barmode == "group" and grouped.figure.data[0].y[0].endswith("(04)")
    csv = table_csv(result).decode()
    assert csv.splitlines()[0] == "code,nom,statut_juridique,value,population"


def test_region_without_rows_and_bad_inputs_in_french() -> None:
    with pytest.raises(DepartementsError, match="Aucune ligne n'est placée"):
        build(lieux(), DepartementsSpec(region="94"))
    with pytest.raises(DepartementsError, match="La région « 99 » n'existe pas"):
        build(lieux(), DepartementsSpec(region="99"))
    with pytest.raises(DepartementsError, match="La colonne « montant » n'existe pas"):
        build(lieux(), DepartementsSpec(value="montant"))


def test_choropleth_all_departements_insets_classes_and_legend() -> None:
    result = build(lieux(), DepartementsSpec(kind="map", rate=True, title="Lieux"))
    fills = [tr for tr in result.figure.data if tr.fill == "toself"]
    assert len(fills) == 101
    legend = [tr.name for tr in fills if tr.showlegend]
    assert legend[-1] == "Aucune donnée" or "Aucune donnée" in legend
    assert all(name.startswith("de ") and " à " in name for name in legend if name != "Aucune donnée")
    frames = [s for s in result.figure.layout.shapes if s.type == "rect"]
    assert len(frames) == 5  # Guadeloupe, Martinique, Guyane, La Réunion, Mayotte insets
    insets = {a.text for a in result.figure.layout.annotations}
    assert {"Guadeloupe", "Mayotte", "La Réunion"} <= insets
    region = build(lieux(), DepartementsSpec(kind="map", region="93", classes="jenks"))
    assert len([tr for tr in region.figure.data if tr.fill == "toself"]) == 6
    assert not region.figure.layout.shapes  # no insets for a metropolitan région


def test_classes_quantiles_jenks_and_labels() -> None:
    values = np.array([1, 2, 3, 10, 11, 12, 50, 52, 100, 101.0])
    assert classes.jenks_breaks(values, 4) == [1.0, 3.0, 12.0, 52.0, 101.0]
    assert classes.classify(values, [1.0, 3.0, 12.0, 52.0, 101.0]).tolist() == [0, 0, 0, 1, 1, 1, 2, 2, 3, 3]
    assert len(classes.quantile_breaks(values, 5)) == 6
    assert classes.labels([1.0, 3.0, 12.5], "fr", 1) == ["de 1 à 3", "de 3 à 12,5"]
    assert classes.breaks(np.array([4.0, 4.0]), "jenks", 5) == [4.0, 4.0]
    assert len(classes.colours("viridis", 5)) == 5


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_cli_departements_table_and_errors(tmp_path: Path) -> None:
    out, table = tmp_path / "dep.html", tmp_path / "dep.csv"
    done = run_cli("departements", str(LIEUX), "--region", "93", "--out", str(out), "--table", str(table))
    assert done.returncode == 0, done.stderr
    assert b"<html>" in out.read_bytes()[:100] and "1 000 lignes sur 1 000" in done.stderr.replace("\u202f", " ")
    frame = pd.read_csv(table, dtype=str)
    assert list(frame.columns[:3]) == ["code", "nom", "value"] and frame["value"].astype(int).sum() == 1000
    same = tmp_path / "same.csv"
    assert run_cli("departements", str(LIEUX), "--by", "code_postal", "--region", "93", "--out", str(out),
                   "--table", str(same)).returncode == 0
    assert same.read_text() == table.read_text()
    bad = run_cli("departements", str(LIEUX), "--region", "99", "--out", str(out))
    assert bad.returncode == 2 and "n'existe pas" in bad.stderr and "Traceback" not in bad.stderr
    budget = run_cli("departements", str(ROOT / "sample_data" / "budget_primitif_2025.csv"), "--out", str(out))
    assert budget.returncode == 2 and "Aucune colonne ne permet de placer" in budget.stderr


def test_sequential_palettes_written_out_are_plotlys():
    """The palettes are written out (the point map does not import plotly): they are plotly's, as chosen."""
    import plotly.colors as pcolors

    from viz.charts.classes import SEQUENTIAL
    assert SEQUENTIAL == {"blues": pcolors.sequential.Blues[2:], "viridis": pcolors.sequential.Viridis[::-1],
                          "oranges": pcolors.sequential.Oranges[2:], "purples": pcolors.sequential.Purples[2:]}
