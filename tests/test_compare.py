"""Comparing two versions: one test per kind of change, on pairs built in code from the sample datasets."""
from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from viz.compare import compare
from viz.compare.report import changes_csv, changes_table, summary, to_json
from viz.io import load_bytes

ROOT = Path(__file__).resolve().parents[1]
LIEUX = (ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv").read_bytes()


def lieux() -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(LIEUX), dtype=str, keep_default_na=False)


def csv(table: pd.DataFrame, sep: str = ",", encoding: str = "utf-8") -> bytes:
    return table.to_csv(index=False, sep=sep).encode(encoding)


def diff(old: pd.DataFrame | bytes, new: pd.DataFrame | bytes, **kw):
    old_b = old if isinstance(old, bytes) else csv(old)
    new_b = new if isinstance(new, bytes) else csv(new)
    return compare(load_bytes(old_b, "old.csv"), load_bytes(new_b, "new.csv"), **kw)


def test_identical_versions():
    cmp = diff(LIEUX, LIEUX)
    assert cmp.identical and cmp.key.columns == ["id"] and cmp.key.source == "unique"
    assert summary(cmp) == "Les deux versions sont identiques (1\u202f000 lignes)."


def test_rows_added_removed_and_cells_changed():
    old = lieux()
    new = old.drop(index=[3, 4]).copy()
    new.loc[0, "telephone"] = "+33400000000"
    new.loc[[1, 2], "typologie"] = "TIERS_LIEU"
    extra = old.iloc[[0]].assign(id="lieu-9999", nom="Nouveau lieu")
    new = pd.concat([new, extra], ignore_index=True)
    doc = to_json(diff(old, new))
    assert doc["rows"] == {"old": len(old), "new": len(old) - 1, "added": 1, "removed": 2, "changed": 3,
                           "duplicate_keys": 0, "missing_keys": 0}
    assert doc["cells_changed"] == {"telephone": 1, "typologie": 2}
    assert doc["summary"].startswith("1 ligne ajoutée, 2 retirées, 3 modifiées, surtout sur `typologie`")
    changes = changes_table(diff(old, new))
    tel = changes[(changes["kind"] == "changed") & (changes["column"] == "telephone")].iloc[0]
    assert (tel["key"], tel["old"], tel["new"]) == ("lieu-0001", old.loc[0, "telephone"], "+33400000000")
    assert set(changes[changes["kind"] == "removed"]["key"]) == {old.loc[3, "id"], old.loc[4, "id"]}
    assert set(changes[changes["kind"] == "added"]["key"]) == {"lieu-9999"}


def test_columns_renamed_added_removed_reordered():
    old = lieux()
    new = old.rename(columns={"code_insee": "Code INSÉE", "nom": "intitule"}).drop(columns=["courriels"])
    new["horaires"] = "9h-12h"
    new = new[["id", "intitule"] + [c for c in new.columns if c not in ("id", "intitule")]]
    doc = to_json(diff(old, new))
    cols = doc["columns"]
    assert {(r["from"], r["to"], r["how"]) for r in cols["renamed"]} == {
        ("code_insee", "Code INSÉE", "spelling"), ("nom", "intitule", "content")}
    assert cols["added"] == ["horaires"] and cols["removed"] == ["courriels"] and cols["reordered"] is True
    assert doc["cells_changed"] == {} and doc["rows"]["changed"] == 0


def test_codes_that_became_numbers_and_lost_their_zeros():
    old = lieux()
    new = old.copy()
    new["code_insee"] = new["code_insee"].str.lstrip("0")
    lost = int((old["code_insee"] != new["code_insee"]).sum())
    assert lost > 0
    doc = to_json(diff(old, new))
    assert doc["lost_leading_zeros"] == {"code_insee": lost}
    assert {"column": "code_insee", "from": "code_insee", "to": "integer"} in doc["columns"]["kind_changed"]
    assert f"la colonne `code_insee` a perdu ses zéros initiaux sur {lost} lignes" in doc["summary"]


def test_each_version_read_with_its_own_encoding_separator_and_decimal():
    old = lieux()
    new = old.copy()
    new["latitude"] = new["latitude"].str.replace(".", ",", regex=False)
    new.loc[0, "nom"] = "Centre social Le Port d'Arlés"
    cmp = diff(csv(old), csv(new, sep=";", encoding="cp1252"))
    assert cmp.new.read.encoding != cmp.old.read.encoding or cmp.new.read.separator == ";"
    doc = to_json(cmp)
    assert doc["cells_changed"] == {"nom": 1}  # `43,69108` then `43.69108` is the same number


def test_numeric_totals():
    old = pd.DataFrame({"siret": ["21139990200017", "83173520400024"], "montant": ["1 000,50", "200"]})
    new = old.assign(montant=["1 000,50", "250"])
    doc = to_json(diff(csv(old, sep=";"), csv(new, sep=";")))
    assert doc["totals"] == {"montant": {"old": 1200.5, "new": 1250.5, "change": 50.0}}
    assert doc["key"] == ["siret"]


def test_duplicated_and_missing_keys_are_counted_and_listed_never_dropped():
    old = lieux()
    new = old.copy()
    new.loc[5, "id"] = new.loc[6, "id"]
    new.loc[7, "id"] = ""
    cmp = diff(old, new, key=["id"])
    doc = to_json(cmp)
    assert doc["rows"]["duplicate_keys"] == 2 and doc["rows"]["missing_keys"] == 1
    assert doc["listed"]["duplicate_keys"]["new"] == [7, 8] and doc["listed"]["missing_keys"]["new"] == [9]
    assert doc["rows"]["removed"] == 3  # the old rows whose key is no longer usable in the new version
    assert "en double" in doc["summary"]


def test_key_missing_in_one_version_falls_back_and_says_so():
    old = lieux()
    new = old.drop(columns=["pivot"])
    doc = to_json(diff(old, new, key=["pivot"]))
    assert doc["key"] == ["id"] and "La clé demandée (pivot)" in doc["notes"][0]


def test_no_key_matches_on_whole_rows():
    old = pd.DataFrame({"commune": ["Arles", "Arles", "Gap"], "service": ["a", "b", "a"]})
    new = pd.DataFrame({"commune": ["Arles", "Gap", "Nice"], "service": ["a", "a", "c"]})
    doc = to_json(diff(old, new))
    assert doc["key_source"] == "content" and doc["key"] == []
    assert (doc["rows"]["added"], doc["rows"]["removed"], doc["rows"]["changed"]) == (1, 1, 0)
    assert "contenu entier" in doc["notes"][0]


def test_completely_different_files():
    other = (ROOT / "sample_data" / "budget_primitif_2025.csv").read_bytes()
    doc = to_json(diff(LIEUX, other))
    assert doc["rows"]["removed"] == len(lieux()) and doc["rows"]["added"] > 0
    assert any("aucune colonne en commun" in n for n in doc["notes"])


def test_very_wide_files():
    old = pd.DataFrame({f"c{i}": [str(i), str(i + 1)] for i in range(2000)}).assign(id=["a", "b"])
    new = old.copy()
    new.loc[1, "c1999"] = "x"
    doc = to_json(diff(old, new, key=["id"]))
    assert doc["cells_changed"] == {"c1999": 1}


def test_schema_errors_new_fixed_and_still_there():
    sample = (ROOT / "sample_data" / "subventions_associations_2024.csv").read_bytes()
    old = pd.read_csv(io.BytesIO(sample), sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    new = old.copy()
    new.loc[0, "dateConvention"] = "15/01/2024"
    from viz.schemas import load_schema
    cmp = diff(csv(old, sep=";"), csv(new, sep=";"), schema=load_schema("scdl-subventions"))
    sides = cmp.schema
    assert sides["new"]["errors"] > sides["old"]["errors"] or sides["new_errors"]
    assert any(g["column"] == "dateConvention" for g in sides["new_errors"] + sides["still"])


def test_change_list_csv_is_neutralised():
    old = pd.DataFrame({"id": ["1", "2"], "nom": ["a", "b"]})
    new = pd.DataFrame({"id": ["1", "2"], "nom": ["a", "=HYPERLINK(\"http://x\")"]})
    out = changes_csv(diff(old, new)).decode("utf-8")
    assert out.splitlines()[0] == "key,column,old,new,kind"
    assert "'=HYPERLINK" in out and ",=HYPERLINK" not in out


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "viz", "diff", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_cli_json_on_a_pair_with_known_differences(tmp_path: Path):
    old = lieux()
    new = old.drop(index=[0]).copy()
    new.loc[1, "nom"] = "Autre nom"
    new = new.rename(columns={"commune": "Commune"})
    (tmp_path / "old.csv").write_bytes(csv(old))
    (tmp_path / "new.csv").write_bytes(csv(new, sep=";", encoding="cp1252"))
    before = hashlib.sha256((tmp_path / "new.csv").read_bytes()).hexdigest()
    done = _cli(str(tmp_path / "old.csv"), str(tmp_path / "new.csv"), "--json", "--out", str(tmp_path / "ch.csv"))
    assert done.returncode == 1, done.stderr
    doc = json.loads(done.stdout)
    assert {"key", "columns", "rows", "cells_changed"} <= set(doc)
    assert doc["key"] == ["id"]
    assert doc["columns"]["renamed"] == [{"from": "commune", "to": "Commune", "how": "spelling"}]
    assert doc["rows"]["removed"] == 1 and doc["rows"]["changed"] == 1 and doc["cells_changed"] == {"nom": 1}
    assert "1 retirée" in done.stderr
    lines = (tmp_path / "ch.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "key,column,old,new,kind" and "lieu-0002,nom," in lines[1]
    assert hashlib.sha256((tmp_path / "new.csv").read_bytes()).hexdigest() == before


def test_cli_identical_exits_0_and_unreadable_exits_2(tmp_path: Path):
    (tmp_path / "a.csv").write_bytes(LIEUX)
    (tmp_path / "empty.csv").write_bytes(b"")
    assert _cli(str(tmp_path / "a.csv"), str(tmp_path / "a.csv")).returncode == 0
    done = _cli(str(tmp_path / "a.csv"), str(tmp_path / "empty.csv"))
    assert done.returncode == 2 and "La nouvelle version ne peut pas être lue" in done.stderr
    assert "Traceback" not in done.stderr


def test_two_columns_together_make_the_key_and_camel_case_renames_are_seen():
    old = pd.DataFrame({"annee": ["2023", "2023", "2024"], "idBeneficiaire": ["1", "2", "1"], "montant": ["5", "5", "7"]})
    new = old.rename(columns={"idBeneficiaire": "ID_Beneficiaire"})
    new.loc[2, "montant"] = "8"
    doc = to_json(diff(old, new))
    assert doc["columns"]["renamed"] == [{"from": "idBeneficiaire", "to": "ID_Beneficiaire", "how": "spelling"}]
    old2 = old.assign(libelle=["A", "A", "B"])
    doc2 = to_json(diff(old2, old2.assign(montant=["5", "5", "9"])))
    assert doc2["key"] == ["annee", "idBeneficiaire"] and doc2["cells_changed"] == {"montant": 1}
