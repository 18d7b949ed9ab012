"""The comparison with the previous version in the context sheet: builder, HTML/Markdown, CLI, Exporter page."""
from __future__ import annotations

import html
import io
import subprocess
import sys
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from viz.compare import compare
from viz.export.sheet import Sheet, build_sheet
from viz.export.sheet_changes import comparison_doc
from viz.export.sheet_render import to_html, to_markdown
from viz.io import load_bytes

ROOT = Path(__file__).resolve().parents[1]
LIEUX = (ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv").read_bytes()
SCHEMA = {"fields": [{"name": c, "type": "string"} for c in
                     ("id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "latitude", "longitude",
                      "typologie", "statut_juridique", "telephone", "courriels", "date_maj", "services",
                      "dispositif_programmes_nationaux")],
          "primaryKey": ["id"]}
SCHEMA["fields"][5]["constraints"] = {"pattern": "^[0-9]{5}$"}
SCHEMA["fields"][9]["constraints"] = {"enum": ["BIB", "CS", "ASSO", "MUNI", "EPN", "MDS", "CCAS", "TIERS_LIEUX",
                                               "PIJ_BIJ", "FABLAB", "MJC"]}


def versions() -> tuple[bytes, bytes, pd.DataFrame]:
    """Old = the sample; new: 2 rows removed, 1 added, 3 rows changed, `code_insee` lost its zeros."""
    old = pd.read_csv(io.BytesIO(LIEUX), dtype=str, keep_default_na=False)
    new = old.drop(index=[3, 4]).copy()
    new.loc[0, "telephone"] = "+33400000000"
    new.loc[[1, 2], "typologie"] = "TIERS_LIEU"
    new["code_insee"] = new["code_insee"].str.lstrip("0")
    new = pd.concat([new, old.iloc[[0]].assign(id="lieu-9999", nom="Nouveau lieu")], ignore_index=True)
    return old.to_csv(index=False).encode(), new.to_csv(index=False, sep=";").encode(), old


def test_sheet_html_has_the_section_with_the_numbers() -> None:
    old_b, new_b, old = versions()
    old_ds, new_ds = load_bytes(old_b, "lieux_2024.csv"), load_bytes(new_b, "lieux_2025.csv")
    doc = comparison_doc(compare(old_ds, new_ds, schema=SCHEMA))
    lost = int((old["code_insee"] != old["code_insee"].str.lstrip("0")).drop(index=[3, 4]).sum())
    assert doc["rows"]["changed"] > 3 and doc["cells_changed"]["code_insee"] == lost
    sheet = build_sheet(new_ds, [], [], SCHEMA, images=False, comparison=doc)
    page = to_html(sheet)
    section = page.split('<section id="changes">')[1].split("</section>")[0]
    assert "<h2>Ce qui a changé depuis la version précédente</h2>" in section
    assert doc["summary"].split(" ;")[0] in section
    assert "Version précédente : lieux_2024.csv (1\u202f000 lignes) ; cette version : 999 lignes." in section
    assert "Lignes appariées sur : id." in section
    assert (f"Lignes ajoutées : 1 ; retirées : 2 ; modifiées : {doc['rows']['changed']}." in section)
    assert "Colonnes ajoutées : 0 ; retirées : 0 ; renommées : 0 ; de nature changée : " in section
    assert f"Colonnes les plus modifiées (cellules) : code_insee ({lost}), typologie (2), telephone (1)." in section
    schema = doc["schema"]
    new_groups = {(g["code"], g["column"]) for g in schema["new_errors"]}
    assert new_groups == {("schema.constraint-error", "code_insee"), ("schema.constraint-error", "typologie")}
    assert html.escape(f"Schéma, groupes d'erreurs nouveaux : 2 ({lost + 2} cellules) ; corrigés : 0 (0 cellule) ; "
                       f"toujours là : 0 — version précédente : valide ; cette version : cellules en erreur : "
                       f"{lost + 2}.") in section
    text = to_markdown(sheet)
    assert "## Ce qui a changé depuis la version précédente" in text and "retirées : 2" in text
    again = Sheet.from_dict(sheet.to_dict())
    assert again.changes == sheet.changes


def test_no_comparison_no_section() -> None:
    _, new_b, _ = versions()
    page = to_html(build_sheet(load_bytes(new_b, "lieux.csv"), [], [], images=False))
    assert 'id="changes"' not in page and "version précédente" not in page


def test_cli_sheet_compare(tmp_path: Path) -> None:
    old_b, new_b, _ = versions()
    (tmp_path / "v1.csv").write_bytes(old_b)
    (tmp_path / "v2.csv").write_bytes(new_b)
    out = tmp_path / "fiche.html"
    proc = subprocess.run([sys.executable, "-m", "viz", "sheet", str(tmp_path / "v2.csv"), "--compare",
                           str(tmp_path / "v1.csv"), "--no-image", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "Ce qui a changé depuis la version précédente" in page and "Lignes ajoutées : 1 ; retirées : 2" in page
    old_table = pd.read_csv(io.BytesIO(old_b), dtype=str, keep_default_na=False)
    (tmp_path / "v1_cp1252.csv").write_bytes(old_table.to_csv(index=False, sep="\t").encode("cp1252"))
    out_md = tmp_path / "fiche.md"
    proc = subprocess.run([sys.executable, "-m", "viz", "sheet", str(tmp_path / "v2.csv"), "--compare",
                           str(tmp_path / "v1_cp1252.csv"), "--compare-encoding", "cp1252", "--compare-separator", "tab",
                           "--no-image", "--out", str(out_md)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    rows_line = next(line for line in page.split("<li>") if line.startswith("Lignes ajoutées"))
    assert rows_line.split("</li>")[0].replace("\u202f", " ") in out_md.read_text(encoding="utf-8").replace("\u202f", " ")
    bad = subprocess.run([sys.executable, "-m", "viz", "sheet", str(tmp_path / "v2.csv"), "--compare",
                          str(tmp_path / "absent.csv"), "--no-image", "--out", str(tmp_path / "f.md")], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "La version précédente (--compare) ne peut pas être lue" in bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "f.md").exists()


def test_exporter_page_adds_the_comparison() -> None:
    old_b, new_b, _ = versions()
    old_ds, new_ds = load_bytes(old_b, "lieux_2024.csv"), load_bytes(new_b, "lieux_2025.csv")
    cmp = compare(old_ds, new_ds)
    at = AppTest.from_file(str(ROOT / "pages" / "exporter.py"), default_timeout=180)
    at.session_state["dataset"] = new_ds
    at.session_state["compare_result"] = (("k",), cmp)
    at.run()
    assert not at.exception and not at.error
    box = at.checkbox(key="sheet_add_comparison")
    assert box.label == "Ajouter la comparaison avec la version précédente" and box.value is True
    page = at.get("iframe")[0].proto.srcdoc
    assert "Ce qui a changé depuis la version précédente" in page and "Lignes ajoutées : 1 ; retirées : 2" in page
    shown = [e for e in at.expander if e.label == "Ce qui a changé depuis la version précédente"]
    assert shown and "Lignes ajoutées : 1 ; retirées : 2" in shown[0].markdown[0].value
    box.uncheck().run()
    assert "Ce qui a changé" not in at.get("iframe")[0].proto.srcdoc


def test_exporter_page_without_comparison_has_no_checkbox() -> None:
    _, new_b, _ = versions()
    at = AppTest.from_file(str(ROOT / "pages" / "exporter.py"), default_timeout=180)
    at.session_state["dataset"] = load_bytes(new_b, "lieux.csv")
    at.run()
    assert not at.exception and not [c for c in at.checkbox if c.key == "sheet_add_comparison"]


def test_identifiers_are_not_summed() -> None:
    old = pd.DataFrame({"idBeneficiaire": ["12118298345000", "21440109300015"], "montant": ["1000", "250.5"]})
    new = old.assign(idBeneficiaire=["12118298301001", "21440109300015"], montant=["1200", "250.5"])
    doc = comparison_doc(compare(load_bytes(old.to_csv(index=False).encode(), "a.csv"),
                                 load_bytes(new.to_csv(index=False).encode(), "b.csv")))
    assert set(doc["totals"]) == {"montant"} and doc["totals"]["montant"]["change"] == 200
    sheet = build_sheet(load_bytes(new.to_csv(index=False).encode(), "b.csv"), [], [], images=False, comparison=doc)
    assert "Total de montant : 1\u202f250,5 → 1\u202f450,5." in sheet.changes
    assert not any("idBeneficiaire :" in line and "Total" in line for line in sheet.changes)
