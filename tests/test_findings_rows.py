"""Row numbers kept as numpy arrays inside Findings: every reader still sees a list of ints, the CLI an array."""
from __future__ import annotations

import dataclasses
import json
import pickle

import numpy as np
import orjson
import pandas as pd

from viz.checks import quality
from viz.checks.quality_base import LINES_ABOVE_HEADER, first_rows, row_numbers
from viz.dataset import ReadInfo
from viz.findings import Finding, RowArray, make


def _town_halls(rows: int = 300) -> pd.DataFrame:
    """A list of town halls where every third name has a stray leading space, as exports from spreadsheets do."""
    names = [("  Mairie de Vire" if i % 3 == 0 else "Mairie de Vire") for i in range(rows)]
    return pd.DataFrame({"nom": pd.array(names, dtype="str"), "code_postal": pd.array(["14500"] * rows, dtype="str")})


def test_row_numbers_are_an_int64_array_counting_title_lines() -> None:
    mask = np.array([False, True, False, True])
    assert row_numbers(mask).dtype == np.int64 and row_numbers(mask).tolist() == [3, 5]
    token = LINES_ABOVE_HEADER.set(2)  # two title lines above the header
    try:
        assert row_numbers(mask).tolist() == [5, 7]
    finally:
        LINES_ABOVE_HEADER.reset(token)
    assert first_rows(np.array([2, 1613, 40000])) == first_rows([2, 1613, 40000]) == "2, 1\u202f613, 40\u202f000"


def test_a_check_keeps_its_rows_as_an_array_until_they_are_read() -> None:
    found = [f for f in quality.check(_town_halls(), ReadInfo(format="csv")) if f.code == "quality.whitespace"]
    assert len(found) == 1
    finding = found[0]
    assert isinstance(finding.__dict__["_rows"], RowArray)  # not made into 100 Python ints yet
    expected = [i + 2 for i in range(0, 300, 3)]
    assert finding.row_array().tolist() == expected and finding.count == 100
    as_json = finding.to_json("fr")
    assert isinstance(as_json["rows"], np.ndarray)
    assert orjson.dumps(as_json, option=orjson.OPT_SERIALIZE_NUMPY) == orjson.dumps(finding.to_dict("fr"))
    assert finding.rows == expected and type(finding.rows) is list and type(finding.rows[0]) is int
    assert finding.to_dict("en")["rows"] == expected


def test_findings_with_array_rows_compare_copy_and_pickle_as_lists() -> None:
    made = make("quality.whitespace", "warning", "nom", np.array([2, 5, 9]), "quality.whitespace", edges=3,
                double=0, nbsp=0, first="2, 5, 9")
    same = make("quality.whitespace", "warning", "nom", [2, 5, 9], "quality.whitespace", edges=3, double=0, nbsp=0,
                first="2, 5, 9")
    assert made.count == 3 and "3" in made.message_fr
    assert made == same  # the array is read as a list for the comparison
    back = pickle.loads(pickle.dumps(made))
    assert back.rows == [2, 5, 9] and back == same
    moved = dataclasses.replace(made, rows=[2])
    assert moved.rows == [2] and moved.row_array().tolist() == [2]
    made.rows = [4, 6]  # pages and steps may set plain lists: kept as given
    assert made.rows == [4, 6] and made.row_array().dtype == np.int64
    plain = Finding("quality.x", "info", None, (7, 8), "x")
    assert plain.count == 2 and json.loads(orjson.dumps(plain.to_json(), option=orjson.OPT_SERIALIZE_NUMPY))[
        "rows"] == [7, 8]
