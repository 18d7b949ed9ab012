"""Keyed steps of a replay find their rows through one key lookup per table, rebuilt only when a step could
have moved rows or changed the key."""
from __future__ import annotations

import pandas as pd
import pytest

import viz.steps._keys as keys_module
from viz.io import load_bytes
from viz.recipe import replay_report
from viz.steps import Step


def dataset(rows: int = 2000):
    table = pd.DataFrame({"id": [f"A{i:05d}" for i in range(rows)], "nom": [f" Lieu {i} " for i in range(rows)],
                          "statut": ["NC" if i % 7 == 0 else "Association" for i in range(rows)]})
    return load_bytes(table.to_csv(index=False).encode(), "lieux.csv")


def keyed(values: dict[str, str], column: str = "statut", key: str = "id") -> Step:
    return Step.new("set_cells", column, key=key, keys=[[k] for k in values], values=list(values.values()))


@pytest.fixture
def built(monkeypatch) -> list[int]:
    count: list[int] = []
    original = keys_module.KeyLookup.__init__

    def counting(self, table, columns):
        count.append(len(table))
        original(self, table, columns)

    monkeypatch.setattr(keys_module.KeyLookup, "__init__", counting)
    return count


def test_one_lookup_for_many_keyed_steps(built) -> None:
    ds = dataset()
    steps = []
    for n in range(60):
        steps.append(keyed({f"A{n:05d}": "Commune", f"A{1000 + n:05d}": "EPCI"}))
        steps.append(Step.new("strip_spaces", "nom"))
        steps.append(Step.new("blank_placeholders", "statut", values=["NC"]))
    outcomes = replay_report(ds, steps, None)
    assert all(o.applied for o in outcomes) and built == [2000]
    table = ds.working()
    assert table.loc[table["id"] == "A00007", "statut"].item() == "Commune"
    assert table.loc[table["id"] == "A01059", "statut"].item() == "EPCI"
    assert table["nom"].iloc[3] == "Lieu 3"


def test_lookup_rebuilt_after_rows_dropped_or_key_changed(built) -> None:
    ds = dataset(50)
    steps = [keyed({"A00010": "Commune"}), Step.new("drop_rows", None, rows=[0, 1, 2]),
             keyed({"A00010": "EPCI", "A00020": "EPCI"}),
             keyed({"A00020": "A99999"}, column="id"),  # the key column itself changes: lookup rebuilt
             keyed({"A00020": "Commune"}), keyed({"A99999": "Commune"})]
    outcomes = replay_report(ds, steps, None)
    assert [o.applied for o in outcomes] == [True, True, True, True, False, True]
    assert outcomes[4].reason == "recipe.skip.keys_absent"
    assert built == [50, 47, 47]
    table = ds.working()
    assert len(table) == 47 and table.loc[table["id"] == "A00010", "statut"].item() == "EPCI"
    assert table.loc[table["id"] == "A99999", "statut"].item() == "Commune"


def test_repeated_key_is_refused_whole(built) -> None:
    table = pd.DataFrame({"id": ["a", "b", "b", "c"], "v": ["1", "2", "3", "4"]})
    ds = load_bytes(table.to_csv(index=False).encode(), "t.csv")
    outcomes = replay_report(ds, [keyed({"a": "9", "c": "9"}, "v"), keyed({"a": "8", "b": "8"}, "v")], None)
    assert [o.applied for o in outcomes] == [True, False]
    assert outcomes[1].reason == "recipe.skip.keys_repeated"
    assert list(ds.working()["v"]) == ["9", "2", "3", "9"]
