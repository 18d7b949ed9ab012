"""A recipe saved on one version of a file, replayed on the next: rules apply anywhere, chosen rows follow
their key, and every step says what it did or why it no longer applies (never half-way)."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from viz.checks.quality_codes import leading_zeros
from viz.checks.quality_text import whitespace
from viz.export.tables import steps_json
from viz.io import load_bytes
from viz.recipe import read_recipe, replay, replay_report
from viz.steps import Step

ROOT = Path(__file__).resolve().parents[1]
LIEUX = (ROOT / "sample_data" / "lieux_inclusion_numerique_paca.csv").read_bytes()


def lieux() -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(LIEUX), dtype=str, keep_default_na=False)


def version(table: pd.DataFrame, sep: str = ",", encoding: str = "utf-8"):
    return load_bytes(table.to_csv(index=False, sep=sep).encode(encoding), "lieux.csv")


def first_month():
    """Version 1 with its fixes: zeros restored (a rule), two hand edits on chosen rows, a column dropped."""
    base = lieux()
    base.loc[[2, 5], "nom"] = ["  Espace  public numérique ", "Médiathèque   Est"]
    ds = version(base)
    zeros = next(f for f in leading_zeros(ds.original, ds.read) if f.column == "code_postal")
    spaces = next(f for f in whitespace(ds.original, ds.read) if f.column == "nom")
    ds.with_step(zeros.fix).with_step(spaces.fix)
    ds.with_step(Step.new("set_cells", "telephone", rows=[0, 7], values=["+33400000001", "+33400000002"],
                          label_fr="Téléphones corrigés"))
    ds.with_step(Step.new("drop_rows", None, rows=[9], label_fr="Ligne de test retirée"))
    ds.with_step(Step.new("drop_column", "courriels", label_fr="Courriels retirés"))
    ds.with_step(Step.new("blank_placeholders", "statut_juridique", values=["NC", "n/a"], label_fr="NC vidés"))
    return base, ds


def test_steps_from_rules_and_keys_are_recorded_so():
    base, ds = first_month()
    kinds = [s.targeting for s in ds.steps]
    assert kinds == ["rule", "rule", "keys", "keys", "rule", "rule"]
    assert ds.steps[2].key == ("id",) and ds.steps[2].keys == ((base.loc[0, "id"],), (base.loc[7, "id"],))
    assert ds.working().loc[ds.working()["id"] == base.loc[7, "id"], "telephone"].item() == "+33400000002"


def test_recipe_replayed_on_next_month_file():
    base, ds = first_month()
    steps, source = read_recipe(steps_json(ds.steps, ds.read.sha256))
    assert source == ds.read.sha256
    nxt = base.drop(index=[7]).sample(frac=1, random_state=3).reset_index(drop=True)  # row 7 gone, order shuffled
    nxt.loc[nxt["id"] == base.loc[3, "id"], "code_postal"] = "4100"
    nxt.loc[nxt["id"] == base.loc[4, "id"], "statut_juridique"] = "NC"
    new = version(nxt, sep=";", encoding="cp1252")
    outcomes = replay_report(new, steps, source)
    applied = [o.applied for o in outcomes]
    assert applied == [True, True, False, True, True, True]
    assert "1 des 2 lignes visées (clé « id ») n'existent plus" in outcomes[2].message("fr")
    assert outcomes[0].rows >= 1 and "appliquée" in outcomes[0].message("fr")
    work = new.working().set_index("id")
    assert work.loc[base.loc[3, "id"], "code_postal"] == "04100"
    assert work.loc[base.loc[2, "id"], "nom"] == "Espace public numérique"
    assert base.loc[9, "id"] not in work.index and "courriels" not in work.columns
    assert work.loc[base.loc[0, "id"], "telephone"] == base.loc[0, "telephone"]  # the skipped step left no trace
    assert work.loc[base.loc[4, "id"], "statut_juridique"] == ""
    assert [s.op for s in new.steps] == ["restore_leading_zeros", "strip_spaces", "drop_rows", "drop_column",
                                         "blank_placeholders"]
    assert new.original.shape == nxt.shape  # the new version's original is untouched


def test_position_steps_apply_only_on_their_own_file():
    table = lieux()
    ds = version(table)
    old_style = [Step.new("map_values", "typologie", rows=[0], mapping={"CS": "Centre social"})]
    other = version(table.iloc[::-1].reset_index(drop=True))
    outcomes = replay_report(other, old_style, source_sha256=ds.read.sha256)
    assert not outcomes[0].applied and "par leur position" in outcomes[0].message("fr")
    replay(ds, read_recipe(steps_json(old_style))[0])  # an old recipe file (no source) on the same file
    assert ds.working()["typologie"].iloc[0] == "Centre social"


def test_key_repeated_in_the_new_version_skips_the_step_whole():
    base = lieux()
    step = Step.new("set_cells", "nom", key="id", keys=[base.loc[1, "id"]], values=["X"])
    dup = pd.concat([base, base.iloc[[1]]], ignore_index=True)
    outcome = replay_report(version(dup), [step], source_sha256="other")[0]
    assert not outcome.applied and "se répète" in outcome.message("fr")


def test_verifier_page_replays_a_recipe_of_another_version_step_by_step():
    from streamlit.testing.v1 import AppTest
    base = lieux()[["id", "nom", "typologie", "telephone", "courriels"]]
    ds = version(base)
    ds.with_step(Step.new("set_cells", "telephone", rows=[0, 7], values=["+33400000001", "+33400000002"]))
    ds.with_step(Step.new("drop_column", "courriels", label_fr="Courriels retirés"))
    saved = steps_json(ds.steps, ds.read.sha256)
    nxt = version(base.drop(index=[7]).reset_index(drop=True))
    at = AppTest.from_file(str(ROOT / "pages" / "verifier.py"), default_timeout=120)
    at.session_state["dataset"] = nxt
    at.session_state["verify_schema_mode"] = "none"
    at.run()
    at.file_uploader(key="verify_steps_file").set_value(("etapes.json", saved, "application/json")).run()
    assert not at.exception
    text = "\n".join(i.value for i in at.info)
    assert "1 étape appliquée sur 2" in text and "n'existent plus dans cette version" in text
    assert [s.op for s in at.session_state["dataset"].steps] == ["drop_column"]
