"""Shortcuts of the check on large files give RE2's answers exactly (digit patterns, float codes among spaced codes)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality import check
from viz.checks.schema import _pattern, validate


def _sirets(n: int, seed: int = 4) -> list[str]:
    """SIRETs as published: most right, some with spaces, 9 or 13 digits, letters, Arabic-Indic or full-width
    digits, a trailing newline or space, empty cells."""
    rng = np.random.default_rng(seed)
    odd = ["82 212 742 900 014", "123456789", "2249000190001", "ABCDEFGHIJKLMN", "١٢٣٤٥٦٧٨٩٠١٢٣٤",
           "１２３４５６７８９０１２３４", "22490001900015\n", "22490001900015 ", "", "2249000190001é",
           "-2249000190001", "22490001900015.0"]
    values = pd.Series(rng.integers(10**13, 10**14 - 1, n)).astype(str).tolist()
    for i in rng.choice(n, len(odd) * 5, replace=False):
        values[i] = odd[i % len(odd)]
    return values


def test_a_digits_pattern_answers_as_re2() -> None:
    arr = pa.array(_sirets(5000))
    for pattern in (r"^\d{14}$", r"\d{14}", r"^[0-9]{14}$", r"^\d{9}$", r"\d{1}"):
        fast = _pattern(arr, pattern, {"name": "siret"}, [])
        slow = ~pc.match_substring_regex(arr, "^(?:" + pattern + ")$").to_numpy(zero_copy_only=False)
        assert np.array_equal(fast, slow), pattern


def test_siret_pattern_findings_on_a_published_shape_file() -> None:
    values = _sirets(3000)
    table = pd.DataFrame({"siret": pd.array(values, dtype="str")})
    schema = {"fields": [{"name": "siret", "type": "string", "constraints": {"pattern": r"^\d{14}$"}}]}
    found = [f for f in validate(table, schema) if f.constraint == "pattern"]
    expected = [i + 2 for i, v in enumerate(values) if v != "" and not (len(v) == 14 and v.isascii() and v.isdigit())]
    assert len(found) == 1 and found[0].rows == expected


def test_spaced_codes_leave_out_float_codes_only() -> None:
    """`82 212 742 900 014` is a spaced code; `5419.0` and ` 5419.00 ` are float codes (another finding)."""
    values = (["82 212 742 900 014", "5419.0", " 5419.00 ", "224.900.019", "22490001900015"] * 400)
    table = pd.DataFrame({"siret": pd.array(values, dtype="str")})
    spaced = [f for f in check(table) if f.code == "quality.code_spaces"]
    assert len(spaced) == 1
    assert spaced[0].rows == [i + 2 for i, v in enumerate(values) if v in ("82 212 742 900 014", "224.900.019")]
