"""Checks rewritten for speed (arrow, distinct values) give the same answers as the row-by-row Python versions."""
from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

import viz.checks.quality  # noqa: F401  (first: the checks register in their usual order, as other tests expect)
from viz.checks.quality_facts import PY_SPACE
from viz.checks.quality_identifiers import luhn_units
from viz.checks.quality_reference import normalise
from viz.kinds._luhn import luhn_ok

TRICKY_CODES = ["1053", " 1053.0 ", "01053", "2a004", "2B033", "01\u00a0053", "\u2003 75056", "75 056", "7505.00",
                "١٠٥٣", "97133", "98000", "", "   ", None, "NC", "1e5", "13.5", "0", "123456", "ß1053", "1053\u202f"]


def _normalise_python(values: pd.Series, width: int) -> pd.Series:
    """The row-by-row pandas version the arrow one replaced (Python `re`)."""
    text = values.str.strip().str.upper().str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    text = text.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
    short = text.str.fullmatch(r"\d+") & (text.str.len() < width)
    return text.where(~short, text.str.zfill(width))


def test_py_space_is_pythons_whitespace() -> None:
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    found = pc.match_substring_regex(pa.array(chars), PY_SPACE).to_numpy(zero_copy_only=False)
    assert [c for c, hit in zip(chars, found) if hit] == [c for c in chars if c.isspace()]


def test_normalise_matches_python_version() -> None:
    for width in (5, 2):
        python = _normalise_python(pd.Series(TRICKY_CODES, dtype="str").fillna(""), width).tolist()
        arrow = normalise(pa.array(TRICKY_CODES, type=pa.string()), width).to_pylist()
        assert arrow == python


def test_luhn_units_match_luhn_ok() -> None:
    rng = np.random.default_rng(5)
    values = [str(v) for v in rng.integers(10**13, 10**14, 3000)] + [str(v) for v in rng.integers(10**8, 10**9, 3000)]
    values += ["35600000000048", "35600000000049", "356000000", "732829320", "73282932000074", "12a45678901234",
               "", "1234567890123 ", "7328293200007"]
    text = pd.Series(values, dtype="str")
    expected = luhn_ok(text)
    digits = text.str.fullmatch(r"\d+").to_numpy(dtype=bool)
    for width in (9, 14):
        shaped, good = luhn_units(pa.array(values), width)
        assert (shaped == (digits & (text.str.len().to_numpy() == width))).all()
        assert (good[shaped] == expected[shaped]).all()
        assert good[shaped].any() and (~good[shaped]).any()


def test_luhn_units_on_a_slice_and_nulls() -> None:
    values = pa.array([None, "73282932000074", "73282932000075", "732829320"])
    shaped, good = luhn_units(values.slice(1), 14)
    assert shaped.tolist() == [True, True, False] and good.tolist()[:2] == [True, False]
    shaped, good = luhn_units(values, 9)
    assert shaped.tolist() == [False, False, False, True] and good[3]


def test_first_distinct_is_pythons_sorted_order() -> None:
    from viz.checks.quality_reference import _first_distinct
    values = ["b", "a", "É", "e", "z", "2B14", "é", "1053", "a", "\u00a0x", "𝔸", "ÿ"]
    assert _first_distinct(pa.array(values), 50) == sorted(set(values))
    assert _first_distinct(pa.array(values), 3) == sorted(set(values))[:3]


def test_decimal_mark_shortcut_never_hides_a_combined_column() -> None:
    from viz.geo.detect import _combined_ok, _has_decimal_mark
    chunked = pd.Series(pd.array(["43,5;5,37"] * 3 + ["1 2"] * 3, dtype="str"))
    assert _has_decimal_mark(chunked) and _combined_ok(chunked) > 0
    plain = pd.Series(["12 34", "[5 43]", "POINT(5 43)", "", "ab"], dtype="str")
    assert not _has_decimal_mark(plain) and _combined_ok(plain) == 0.0
    assert _has_decimal_mark(pd.Series(["x", "POINT(5.3 43.2)"], dtype="str").iloc[1:])
    assert not _has_decimal_mark(pd.Series(["43.2,5.3", "12 34"], dtype="str").iloc[1:])


def test_all_distinct_counts_missing_cells_as_equal() -> None:
    from viz.checks.quality_facts import ColumnFacts
    ids = [str(i) for i in range(100)]
    assert ColumnFacts(pd.Series(ids, dtype="str")).all_distinct()
    assert ColumnFacts(pd.Series(ids[:-1] + [None], dtype="str")).all_distinct()
    assert not ColumnFacts(pd.Series(ids[:-2] + [None, None], dtype="str")).all_distinct()
    assert not ColumnFacts(pd.Series(ids[:-1] + ["7"], dtype="str")).all_distinct()


def test_duplicate_rows_beside_an_identifier_column() -> None:
    from viz.checks.quality_rows import duplicate_row
    ids = [str(i) for i in range(300)]
    table = pd.DataFrame({"id": ids, "ville": ["Lyon", "Paris", "Lille"] * 100}, dtype="str")
    assert duplicate_row(table) == []
    table.loc[299, "id"] = "0"
    table.loc[299, "ville"] = "Lyon"
    found = duplicate_row(table)
    assert len(found) == 1 and found[0].rows == [301]


def test_person_names_same_as_every_pattern_on_every_value() -> None:
    from viz.checks.quality_facts import ColumnFacts, regex_mask
    from viz.checks.quality_personal import CIVILITY, FIRST_LAST, LAST_FIRST, ORGANISATION, _person_names
    values = ["DUPONT Jean", "Jean DUPONT", "Marie-Claire MARTIN", "Association Les Amis", "M. Dupont 2",
              "Mme Durand", "Lieu 123", "DUPONT Jean 2", "Élodie LÉGER", "ÉCOLE Jules", "Garage DURAND", "", None,
              "Dr Who", "O'NEIL Sean", "jean dupont", "LES AMIS Paul", "Jean DUPONT3", "Me Lefèvre"] * 20
    arr = pa.array(values, type=pa.string())
    expected = regex_mask(arr, CIVILITY, True) | (
        (regex_mask(arr, LAST_FIRST, True) | regex_mask(arr, FIRST_LAST, True)) & ~regex_mask(arr, ORGANISATION))
    facts = ColumnFacts(pd.Series(values, dtype="str"))
    got = _person_names("nom_beneficiaire", facts)
    assert got is not None and (got == expected).all() and 0 < got.sum() < len(values)


def test_byte_facts_match_the_text() -> None:
    from viz.checks.quality_facts import ColumnFacts
    columns = [["abc", "déf", None, "x\ty"], ["12", "34"] * 50, [str(i) for i in range(200)] + ["a b"],
               ["Saint-Étienne", "€", ""] * 30, ["plain"] * 100]
    for values in columns:
        facts = ColumnFacts(pd.Series(values, dtype="str"))
        text = "".join(v for v in values if v)
        raw = text.encode("utf-8")
        for chars in ("@", "eE", ".", ",", "\t", "€", " ", "0"):
            assert facts.has_bytes(chars) == any(b in raw for b in chars.encode("utf-8")), (values[:3], chars)
        assert facts.is_ascii() == text.isascii()
        assert facts.has_byte_below(0x21) == any(b < 0x21 for b in raw)


def test_check_key_rows_same_as_row_by_row() -> None:
    from viz.checks.quality_identifiers import check_key
    rng = np.random.default_rng(9)
    good = ["73282932000074", "35600000000048", "732829320"]
    cells = [str(v) for v in rng.integers(10**13, 10**14, 400)] + good * 10
    cells += ["732 829 320 00074", "7328293200007\u00a04", "73282932000075", "732\u202f829\u202f320", " 732829320 ",
              "", "abc", "7.3e13", "1234567890123"] * 5
    table = pd.DataFrame({"siret": cells}, dtype="str")
    digits = table["siret"].str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    ok = luhn_ok(digits)
    is_digits = digits.str.fullmatch(r"[0-9]+").to_numpy(dtype=bool)
    lengths = digits.str.len().to_numpy()
    wrong = np.flatnonzero(is_digits & (lengths == 14) & ~ok) + 2
    siren = np.flatnonzero(is_digits & (lengths == 9) & ok) + 2
    found = {f.code: f.rows for f in check_key(table)}
    assert found["quality.check_key"] == wrong.tolist()
    assert found["quality.siren_in_siret"] == siren.tolist()


def test_place_index_spells_the_place_codes() -> None:
    from viz.geo.communes import commune_index, judge_codes
    if commune_index() is None:
        return
    codes = pd.Series(["75056", "75001", "2B14", "", "13055", "69123", "75001", None, "99999", "13055"], dtype="str")
    names = pd.Series(["Paris", "Paris", "Bastia", "", "Lyon", "Lyon", "Paris 1er", "", "X", "Marseille"], dtype="str")
    verdicts = judge_codes(codes, names, None, np.array(["75", "75", "2B", "", "13", "69", "75", "", "", "13"]))
    inverse, uniques = verdicts.place_index
    assert (np.asarray(uniques, dtype=object)[inverse] == verdicts.place_code).all()
    assert set(verdicts.verdict) > {""}
