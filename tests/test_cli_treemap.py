"""python -m viz treemap in a subprocess: outputs, the --table CSV, rules, French errors and exit codes."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_grouping import budget_csv

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", "treemap", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def budget_file(tmp_path: Path) -> Path:
    path = tmp_path / "budget_primitif_2025.csv"
    path.write_bytes(budget_csv())
    return path


def read_table(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_html_and_table_with_threshold(budget_file: Path, tmp_path: Path) -> None:
    out, table = tmp_path / "t.html", tmp_path / "t.csv"
    proc = run_cli(str(budget_file), "--label", "section", "--label", "chapitre libellé", "--value", "montant",
                   "--threshold", "5", "--out", str(out), "--table", str(table))
    assert proc.returncode == 0, proc.stderr
    assert "Toutes les lignes sont dessinées" in proc.stderr
    html = out.read_text(encoding="utf-8")
    assert "Charges de personnel" in html and "cdn.plot.ly" not in html[:5000]
    rows = read_table(table)
    assert list(rows[0]) == ["section", "chapitre libellé", "value"]
    assert sum(float(r["value"]) for r in rows) == pytest.approx(16_436_500.75)
    grouped = [r for r in rows if r["chapitre libellé"].startswith("Autre (")]
    assert [(r["section"], r["chapitre libellé"]) for r in grouped] == [
        ("Fonctionnement", "Autre (4 postes)"), ("Investissement", "Autre (2 postes)")]


def test_top_n_svg(budget_file: Path, tmp_path: Path) -> None:
    out, table = tmp_path / "t.svg", tmp_path / "t.csv"
    proc = run_cli(str(budget_file), "--label", "chapitre libellé", "--value", "montant", "--top", "3",
                   "--out", str(out), "--table", str(table))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"<svg")
    labels = [r["chapitre libellé"] for r in read_table(table)]
    assert labels == ["Charges de personnel", "Immobilisations en cours", "Immobilisations corporelles",
                      "Autre (9 postes)"]


def test_png_without_rule_counts_rows(budget_file: Path, tmp_path: Path) -> None:
    out, table = tmp_path / "t.png", tmp_path / "t.csv"
    proc = run_cli(str(budget_file), "--label", "section", "--out", str(out), "--table", str(table))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert {r["section"]: r["value"] for r in read_table(table)} == {"Fonctionnement": "11", "Investissement": "6"}


def test_missing_column_lists_available_columns(budget_file: Path, tmp_path: Path) -> None:
    proc = run_cli(str(budget_file), "--label", "chapitre", "--value", "montant", "--out", str(tmp_path / "t.html"))
    assert proc.returncode == 2
    assert "La colonne « chapitre » n'existe pas dans le fichier" in proc.stderr
    assert "« chapitre libellé »" in proc.stderr and "« montant »" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "t.html").exists()


def test_bad_output_and_bad_options(budget_file: Path, tmp_path: Path) -> None:
    proc = run_cli(str(budget_file), "--label", "section", "--out", str(tmp_path / "t.jpg"))
    assert proc.returncode == 2 and "« .jpg »" in proc.stderr
    proc = run_cli(str(budget_file), "--label", "section", "--threshold", "5", "--top", "3",
                   "--out", str(tmp_path / "t.html"))
    assert proc.returncode == 2 and "une seule règle" in proc.stderr
    proc = run_cli(str(budget_file), "--label", "section", "--threshold", "150", "--out", str(tmp_path / "t.html"))
    assert proc.returncode == 2 and "pourcentage entre 0 et 100" in proc.stderr
    proc = run_cli(str(tmp_path / "absent.csv"), "--label", "section", "--out", str(tmp_path / "t.html"))
    assert proc.returncode == 2 and "Fichier introuvable" in proc.stderr


def test_where_keeps_real_spending_of_a_real_budget(realdata, tmp_path) -> None:
    table = tmp_path / "depenses.csv"
    res = subprocess.run([sys.executable, "-m", "viz", "treemap", str(realdata / "budget-xml/montpellier-CA-2018.xml"),
                          "--label", "ChapitreFonctionnel", "--value", "MtReal", "--where", "Sens=Dépense",
                          "--where", "TypeOperation=Réelle", "--top", "5", "--out", str(tmp_path / "t.html"),
                          "--table", str(table)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    assert "Filtre : Sens = Dépense ; TypeOperation = Réelle (1\u202f468 lignes sur 1\u202f697)." in res.stderr
    rows = table.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "ChapitreFonctionnel,value"
    assert round(sum(float(r.rsplit(",", 1)[1]) for r in rows[1:]), 2) == 410624337.33
    bad = subprocess.run([sys.executable, "-m", "viz", "treemap", str(realdata / "budget-xml/montpellier-CA-2018.xml"),
                          "--label", "ContFon", "--where", "Sens", "--out", str(tmp_path / "u.html")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "attendu COLONNE=VALEUR" in bad.stderr
