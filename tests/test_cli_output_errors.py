"""An output path that cannot be written is said in French (which path, why), exit status 2, never « inattendue »."""
from __future__ import annotations

from pathlib import Path

import pytest

from viz.cli import main

SAMPLE = str(Path(__file__).resolve().parents[1] / "sample_data" / "budget_primitif_2025.csv")
PLACES = str(Path(__file__).resolve().parents[1] / "sample_data" / "lieux_inclusion_numerique_paca.csv")


def _commands(out: str) -> list[list[str]]:
    return [
        ["sheet", SAMPLE, "--out", out + ".html"],
        ["treemap", SAMPLE, "--label", "libelle_chapitre", "--value", "montant_prevu", "--out", out + ".html"],
        ["map", PLACES, "--out", out + ".html"],
        ["departements", PLACES, "--out", out + ".html"],
        ["diff", SAMPLE, SAMPLE, "--out", out + ".csv"],
    ]


@pytest.mark.parametrize("index", range(5))
def test_missing_folder_is_said_in_french(tmp_path, capsys, index):
    out = str(tmp_path / "absent" / "sortie")
    argv = _commands(out)[index]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "inattendue" not in err
    assert f"« {out}" in err and "n'existe pas" in err
    assert not (tmp_path / "absent").exists()


def test_a_file_in_place_of_a_folder_is_said_in_french(tmp_path, capsys):
    (tmp_path / "plan.txt").write_text("déjà là", encoding="utf-8")
    code = main(["sheet", SAMPLE, "--out", str(tmp_path / "plan.txt" / "fiche.html")])
    err = capsys.readouterr().err
    assert code == 2
    assert "n'est pas un dossier" in err and "inattendue" not in err
    assert (tmp_path / "plan.txt").read_text(encoding="utf-8") == "déjà là"
