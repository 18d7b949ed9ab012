"""Saved steps reloaded onto a dataset: replayed exactly, or refused with a French message and no change."""
import json

import pytest

from viz.checks import run_checks
from viz.export.tables import steps_json
from viz.io import load_bytes
from viz.recipe import RecipeError, read_steps, replay

DATA = ("nomBeneficiaire;code_postal;montant\r\n"
        "Association A;04100;1 200,50\r\n"
        "Club B ;4100;300\r\n"
        "Club B ;4100;300\r\n").encode("cp1252")


def fixed_dataset():
    ds = load_bytes(DATA, "s.csv")
    wanted = ("quality.leading_zeros", "quality.duplicate_row")  # in this order, whatever order the checks ran in
    fixes = {f.code: f.fix for f in run_checks(ds) if f.fix is not None and f.code in wanted}
    for code in wanted:
        ds.with_step(fixes[code])
    return ds


def test_saved_steps_replay_to_the_same_working_table():
    first = fixed_dataset()
    assert [s.op for s in first.steps] == ["restore_leading_zeros", "drop_rows"]
    again = load_bytes(DATA, "s.csv")
    replay(again, read_steps(steps_json(first.steps)))
    assert again.steps == first.steps
    assert again.working().equals(first.working())
    assert list(again.working()["code_postal"]) == ["04100", "04100"]
    assert list(again.original["code_postal"]) == ["04100", "4100", "4100"]  # the original never changes


@pytest.mark.parametrize("payload,fragment", [
    (b"{not json", "pas un JSON lisible"),
    (b'{"steps": 3}', "pas de liste d'étapes"),
    (json.dumps({"steps": [{"op": "format_disk"}]}).encode(), "Étape 1 : opération inconnue « format_disk »"),
    (json.dumps({"steps": [{"op": "drop_column", "column": "siret"}]}).encode(), "Étape 1 : la colonne « siret » n'existe pas"),
    (json.dumps({"steps": [{"op": "drop_rows", "rows": [0]}, {"op": "drop_rows", "rows": [7]}]}).encode(),
     "Étape 2 : elle vise des lignes au-delà des 2 lignes"),
])
def test_bad_steps_files_are_refused_and_nothing_changes(payload, fragment):
    ds = fixed_dataset()
    before = list(ds.steps)
    with pytest.raises(RecipeError) as err:
        replay(ds, read_steps(payload))
    assert fragment in err.value.message("fr")
    assert ds.steps == before
