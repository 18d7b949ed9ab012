"""python -m viz sheet in a subprocess: Markdown/HTML/PDF from a data file or a project file, French errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from viz.charts.treemap import TreemapSpec
from viz.export.sheet import build_sheet
from viz.io import load
from viz.project import save_project

ROOT = Path(__file__).resolve().parents[1]
SUBVENTIONS = ROOT / "sample_data" / "subventions_associations_2024.csv"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", "sheet", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_markdown_with_schema_and_title(tmp_path: Path) -> None:
    out = tmp_path / "fiche.md"
    proc = run_cli(str(SUBVENTIONS), "--schema", "scdl-subventions", "--title", "Subventions 2024", "--out",
                   str(out), "--no-image")
    assert proc.returncode == 0, proc.stderr
    assert "Fiche écrite" in proc.stderr and "1 graphique, 0 image" in proc.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Subventions 2024\n")
    assert "- **Schéma** : SCDL Subventions 2.1.1" in text
    assert "schema.type\\-error" in text or "schema.type-error" in text
    assert "Texte alternatif" in text and "Chromium absent" in text


def test_html_from_a_project_file_keeps_the_edits(tmp_path: Path) -> None:
    ds = load(SUBVENTIONS)
    spec = TreemapSpec(labels=["nature"], value="montant", decimal=ds.read.decimal, title="Par nature")
    charts = [("treemap", spec.to_dict())]
    sheet = build_sheet(ds, [], charts, images=False).edit(summary="Résumé écrit par l'équipe.")
    project = tmp_path / "projet.json"
    project.write_bytes(save_project(ds, charts, sheet))
    out = tmp_path / "fiche.html"
    proc = run_cli(str(project), "--out", str(out), "--no-image")
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "<p>Résumé écrit par l&#x27;équipe.</p>" in page and "Treemap « Par nature »" in page


def test_pdf(tmp_path: Path) -> None:
    out = tmp_path / "fiche.pdf"
    proc = run_cli(str(SUBVENTIONS), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_errors_in_french(tmp_path: Path) -> None:
    proc = run_cli(str(SUBVENTIONS), "--out", str(tmp_path / "fiche.docx"))
    assert proc.returncode == 2 and "la fiche s'écrit en .md, .html ou .pdf, pas « .docx »" in proc.stderr
    proc = run_cli(str(tmp_path / "absent.csv"), "--out", str(tmp_path / "f.md"))
    assert proc.returncode == 2 and proc.stderr.startswith("Erreur : ") and "Traceback" not in proc.stderr
    bad = tmp_path / "projet.json"
    bad.write_text(json.dumps({"format": "viz-project", "version": 99}), encoding="utf-8")
    proc = run_cli(str(bad), "--out", str(tmp_path / "f.md"))
    assert proc.returncode == 2 and "Ce projet est en version 99" in proc.stderr


def test_reading_options(tmp_path: Path) -> None:
    """`--separator` and `--encoding` (common to every command) reach the sheet's reading."""
    data = "commune\tmontant\r\nArlés\t1,5\r\nGap\t2,5\r\n".encode("cp1252")
    source = tmp_path / "tab.txt"
    source.write_bytes(data)
    out = tmp_path / "fiche.md"
    proc = run_cli(str(source), "--separator", "tab", "--encoding", "cp1252", "--decimal", ",", "--out", str(out),
                   "--no-image")
    assert proc.returncode == 0, proc.stderr
    text = out.read_text(encoding="utf-8")
    assert "| commune | nom de commune | 0 |" in text and "Arlés" in text and "2 lignes, 2 colonnes" in text
