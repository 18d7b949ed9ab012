"""French on every channel: argparse's usage, errors and help, inspect's kinds, no openpyxl warning."""
from __future__ import annotations

import io
import subprocess
import sys
import warnings
import zipfile

import pytest

from tests.conftest import ROOT


def run(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_usage_and_errors_are_french():
    res = run("check")
    assert res.returncode == 2
    assert res.stderr.startswith("utilisation : python -m viz check")
    assert "erreur : ces arguments sont obligatoires : FICHIER" in res.stderr
    assert "usage:" not in res.stderr and "required" not in res.stderr
    bad = run("treemap", "x.csv", "--label", "a", "--out", "t.html", "--top", "beaucoup")
    assert "valeur invalide (entier attendu)" in bad.stderr and "invalid value" not in bad.stderr


@pytest.mark.parametrize("command", ["inspect", "check", "treemap", "diff"])
def test_help_is_french_and_every_option_is_described(command):
    res = run(command, "--help")
    assert res.returncode == 0
    text = res.stdout
    assert "afficher cette aide et quitter" in text and "show this help" not in text
    assert "options:" in text and "positional arguments" not in text
    lines = text.splitlines()
    for i, line in enumerate(lines):  # an option alone on its line must have its help on the next one
        stripped = line.strip()
        if stripped.startswith("--") and len(stripped.split()) <= 2 and not stripped.endswith(("}", "]")):
            assert i + 1 < len(lines) and lines[i + 1].startswith(" " * 10), (command, line)
    assert "--json" in text or command == "treemap"


def test_inspect_prints_kinds_in_french_and_keeps_json_codes(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("code_postal;montant;gratuit\n04100;12,5;oui\n13001;3,0;non\n", encoding="utf-8")
    human = run("inspect", path).stdout
    assert "code postal" in human and "montant" in human and "oui / non" in human
    assert "boolean" not in human
    import json
    kinds = {c["name"]: c["kind"] for c in json.loads(run("inspect", path, "--json").stdout)["columns"]}
    assert kinds == {"code_postal": "code_postal", "montant": "money", "gratuit": "boolean"}


def _workbook_without_styles() -> bytes:
    import openpyxl
    book = openpyxl.Workbook()
    book.active.append(["commune", "montant"])
    book.active.append(["Gap", 12.5])
    raw = io.BytesIO()
    book.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename != "xl/styles.xml":
                data = src.read(item.filename)
                if item.filename == "[Content_Types].xml" or item.filename.endswith(".rels"):
                    data = data.replace(b"styles.xml", b"missing.xml")
                dst.writestr(item, data)
    return out.getvalue()


def test_openpyxl_style_warning_never_reaches_the_user():
    from viz.io import load_bytes
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ds = load_bytes(_workbook_without_styles(), "sans_style.xlsx")
    assert ds.original["commune"].tolist() == ["Gap"]
    assert not [w for w in caught if "style" in str(w.message)]
