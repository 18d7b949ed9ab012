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


def _luhn_python(code: str) -> bool:
    """The Luhn key the way a person computes it (La Poste's SIRETs: digit sum a multiple of 5)."""
    if len(code) == 14 and code.startswith("356000000"):
        return sum(int(c) for c in code) % 5 == 0
    total = 0
    for i, c in enumerate(reversed(code)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_check_keys_on_spaced_and_plain_sirets_answer_as_a_person_would() -> None:
    import re
    values = _sirets(4000, seed=9) + ["356 000 000 000 48", "35600000000049", "732 829 320", "73282932000074",
                                      "\u00a0732829320\u202f", "7328 2932 0000 74", None, "   "]
    table = pd.DataFrame({"siret": pd.array(values, dtype="str")})
    found = {f.code: f.rows for f in check(table) if f.code in ("quality.check_key", "quality.siren_in_siret")}
    wrong, siren = [], []
    for row, value in enumerate(values, start=2):
        digits = re.sub(r"[\s\u00a0\u202f]", "", value) if isinstance(value, str) else ""
        if not (digits.isascii() and digits.isdigit()):
            continue
        if len(digits) == 14 and not _luhn_python(digits):
            wrong.append(row)
        if len(digits) == 9 and _luhn_python(digits):
            siren.append(row)
    assert found["quality.check_key"] == wrong and found["quality.siren_in_siret"] == siren
    assert len(wrong) > 3000 and siren[-2:] == [4004, 4006]  # the spaced SIRENs too


def test_every_placeholder_holds_a_byte_the_column_test_looks_for() -> None:
    import sys

    from viz.checks.quality_missing import PLACEHOLDER_BYTES
    from viz.placeholders import PLACEHOLDERS
    assert all(set(word) & set(PLACEHOLDER_BYTES) for word in PLACEHOLDERS)
    lowered = pc.utf8_lower(pa.array([chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]))
    sources = {c for c, low in zip(range(sys.maxunicode + 1), lowered.to_pylist()) if set(low) & set("n-#s")}
    assert sources == {ord(c) for c in PLACEHOLDER_BYTES}  # nothing else lowers to them


def test_placeholders_found_in_words_columns_and_skipped_in_digit_columns() -> None:
    table = pd.DataFrame({"siret": pd.array(["22490001900015", " 123 456 789 ", "0"] * 50, dtype="str"),
                          "commentaire": pd.array(["N/A", "  NÉANT ", "Salle des fêtes"] * 50, dtype="str")})
    found = [f for f in check(table) if f.code == "quality.placeholder"]
    assert [(f.column, f.count, f.details["values"]) for f in found] == [("commentaire", 100, ["  NÉANT ", "N/A"])]


def test_amounts_with_decimal_commas_are_numbers_written_as_text_except_canonical_ones() -> None:
    import re
    rng = np.random.default_rng(2)
    values = [f"{v // 100},{v % 100:02d}" for v in rng.integers(100, 10**7, 3000)]
    for i, odd in zip(range(0, 3000, 150), ["12.50", "300", "-12,5", "1 234,56", "7.0", "-4", "0,5"] * 3):
        values[i] = odd
    table = pd.DataFrame({"montant": pd.array(values, dtype="str")})
    found = [f for f in check(table) if f.code == "quality.numeric_text"]
    expected = [i + 2 for i, v in enumerate(values) if not re.fullmatch(r"-?\d+(?:\.\d+)?", v)]
    assert len(found) == 1 and found[0].rows == expected and found[0].details["decimal"] == ","


def test_decimal_comma_numbers_read_as_the_general_path_reads_them() -> None:
    """`decimalChar: ","` alone takes a shortcut; with `bareNumber: true` spelled out (the same meaning) the general
    path runs: same type errors, same values, on amounts as French files write them and on random junk."""
    from viz.checks.schema_types import _numbers
    rng = np.random.default_rng(1)
    alphabet = list("0123456789,,,..  \t+-eE") + ["١", "x", "\u00a0", ""]
    for trial in range(150):
        n = int(rng.integers(1, 150))
        values = ["".join(rng.choice(alphabet, int(rng.integers(0, 8)))) for _ in range(n)]
        if trial % 2:
            values = [v if i % 3 else f"{rng.integers(0, 10**6)},{rng.integers(0, 100):02d}" for i, v in enumerate(values)]
        arr = pa.array(values, type=pa.large_string() if trial % 3 else pa.string())
        arr = arr.slice(1, n - 2) if trial % 5 == 0 and n > 3 else arr
        present = ~np.isin(np.array(arr.to_pylist(), dtype=object), ["", "0,0"])  # missingValues ["", "0,0"]
        short = _numbers(arr, {"name": "m", "type": "number", "decimalChar": ","}, present)
        general = _numbers(arr, {"name": "m", "type": "number", "decimalChar": ",", "bareNumber": True}, present)
        assert np.array_equal(short.bad, general.bad), values
        assert np.array_equal(short.values, general.values, equal_nan=True), values
