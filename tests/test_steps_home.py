"""Steps have a home (viz/steps/): a one-way import graph, linear replay, bounded recipes, incremental working()."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from viz.dataset import Dataset, ReadInfo
from viz.export.tables import steps_json
from viz.recipe import MAX_STEPS, RecipeError, read_steps, replay
from viz.steps import STEP_OPS, Step, apply_step


def _table(n: int = 12) -> pd.DataFrame:
    return pd.DataFrame({"cp": [str(1000 + i) for i in range(n)], "nom": [f" Nom  {i} " for i in range(n)]}).astype("str")


def test_dataset_imports_no_capability_module():
    code = ("import sys, viz.dataset; bad = [m for m in sys.modules if m in ('viz.budget_scdl', 'viz.checks', "
            "'viz.checks.quality_text', 'viz.steps.text', 'viz.steps.codes')]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_families_register_into_the_registry_on_first_lookup():
    for op in ("restore_leading_zeros", "strip_spaces", "normalise_number", "dates_to_iso", "drop_column",
               "set_cells", "blank_placeholders", "convert_scdl_budget"):
        assert op in STEP_OPS


def test_each_step_is_applied_once_in_a_replay(monkeypatch):
    calls = []
    original = STEP_OPS["strip_spaces"]
    monkeypatch.setitem(STEP_OPS, "strip_spaces", lambda table, step: calls.append(1) or original(table, step))
    steps = [Step.new("strip_spaces", "nom") for _ in range(300)]
    ds = Dataset(_table(), ReadInfo(format="csv", sha256="x"))
    replay(ds, steps)
    assert len(calls) == 300
    assert ds.working()["nom"].tolist()[0] == "Nom 0"
    assert len(calls) == 300  # the replayed table is kept: working() does not rebuild it


def test_working_applies_only_the_new_step_and_undo_stays_right(monkeypatch):
    calls = []
    original = STEP_OPS["restore_leading_zeros"]
    monkeypatch.setitem(STEP_OPS, "restore_leading_zeros", lambda t, s: calls.append(s) or original(t, s))
    ds = Dataset(_table(), ReadInfo(format="csv", sha256="x"))
    for width in range(5, 9):
        ds.with_step(Step.new("restore_leading_zeros", "cp", width=width))
        ds.working()
    assert len(calls) == 4  # one application per click, never a rebuild from the original
    assert ds.working()["cp"].iloc[0] == "00001000"
    ds.undo()
    assert ds.working()["cp"].iloc[0] == "0001000"
    ds.undo(); ds.undo(); ds.undo()
    assert ds.working()["cp"].iloc[0] == "1000"
    assert ds.original["cp"].iloc[0] == "1000"


def test_a_recipe_over_the_cap_is_refused_with_a_french_message():
    payload = json.dumps({"steps": [{"op": "strip_spaces", "column": "nom"}] * (MAX_STEPS + 1)}).encode()
    with pytest.raises(RecipeError) as err:
        read_steps(payload)
    assert "une recette en compte au plus" in err.value.message("fr")


@pytest.mark.parametrize("payload,fragment", [
    (b"[" * 100_000 + b"]" * 100_000, "imbriqué trop profondément"),
    (json.dumps([{"op": "map_values", "column": "nom", "params": {"mapping": {"a": [[[[[[[[["x"]]]]]]]]]}}}]).encode(),
     "Étape 1 : ses paramètres sont imbriqués"),
    (json.dumps([{"op": ["drop_column"]}]).encode(), "Étape 1 : opération inconnue"),
    (json.dumps([{"op": "drop_rows", "rows": [-1]}]).encode(), None),
])
def test_hostile_recipes_end_in_a_french_message(payload, fragment):
    ds = Dataset(_table(), ReadInfo(format="csv", sha256="x"))
    with pytest.raises(RecipeError) as err:
        replay(ds, read_steps(payload))
    if fragment:
        assert fragment in err.value.message("fr")
    assert ds.steps == []


def test_a_thousand_steps_file_is_read_and_replayed():
    steps = [Step.new("strip_spaces", "nom") for _ in range(1000)]
    ds = Dataset(_table(), ReadInfo(format="csv", sha256="x"))
    replay(ds, read_steps(steps_json(steps)))
    assert len(ds.steps) == 1000 and ds.working()["nom"].iloc[1] == "Nom 1"


def test_apply_step_resolves_keys_to_rows_of_this_table():
    table = pd.DataFrame({"id": ["b", "a", "c"], "v": ["1", "2", "3"]})
    step = Step.new("set_cells", "v", key="id", keys=["a", "c"], values=["20", "30"])
    assert apply_step(table, step)["v"].tolist() == ["1", "20", "30"]
    assert Step.from_dict(json.loads(json.dumps(step.to_dict()))) == step
