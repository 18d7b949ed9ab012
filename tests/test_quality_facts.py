"""The shortcuts that make quality checks fast give exactly the answers of the plain way (distinct values,
byte tests, digit test, number parsing, value counts, duplicate rows)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from viz.checks import quality_facts
from viz.checks.quality import QUALITY_CHECKS, check
from viz.checks.quality_facts import ColumnFacts, regex_mask, take
from viz.checks.quality_text import _value_counts
from viz.checks.quality_values import CANONICAL, NUMBERISH, SIMPLE_NUMBER, _parses, number_marks
from viz.steps import number_text


def _table(n: int = 3000, seed: int = 3) -> pd.DataFrame:
    """A French subsidies table with every kind of fault the checks look for, some rows repeated."""
    rng = np.random.default_rng(seed)
    pick = lambda values: rng.choice(np.array(values, dtype=object), n)
    table = pd.DataFrame({
        "code_postal": pick(["04100", "4100", "01053", "75011", "13001", "1053"]),
        "siret": pd.Series(rng.integers(10**13, 10**14 - 1, n)).astype(str).where(rng.random(n) > 0.05,
                                                                                  "82 212 742 900 014"),
        "nomBeneficiaire": pick(["Association Les Amis", "Comité des fêtes ", "CafÃ© associatif", "DUPONT Jean",
                                 "Foyer rural\u00a0", "Les  Petits Débrouillards", "M. Jean MARTIN", ""]),
        "nature": pick(["Aide en numéraire", "NUMERAIRE", "numéraire", "Aide en nature"]),
        "montant": pick(["1 234,56", "12,5 %", "1.234.567", "300", "-12,5", "250,00", "1234.5", "abc"]),
        "montant_fr": pd.Series(rng.integers(0, 10**6, n)).astype(str) + ",50",
        "dateConvention": pick(["2024-01-05", "05/02/2024", "45322", "2024-03-01 00:00:00", "2023-12-31"]),
        "contact": pick(["a@asso.fr", "", "jean.dupont@exemple.fr"]),
        "telephone": pick(["04 92 11 22 33", "", "0612345678"]),
        "vide": [""] * n,
        "blancs": pick(["", " ", "\u00a0"]),
    }).astype("str")
    return pd.concat([table, table.iloc[: n // 10]], ignore_index=True)


def _summary(findings: list) -> list:
    return [(f.code, f.column, f.rows, f.count, f.message_fr, f.message_en, f.details,
             None if f.fix is None else (f.fix.op, f.fix.rows, f.fix.params)) for f in findings]


def test_distinct_values_and_row_by_row_give_the_same_findings(monkeypatch):
    table = _table()
    monkeypatch.setattr(quality_facts, "_FEW", 2.0)   # always work on distinct values
    by_units = _summary(check(table))
    monkeypatch.setattr(quality_facts, "_FEW", -1.0)  # never: row by row
    by_rows = _summary(check(table))
    assert by_units == by_rows
    codes = {f[0] for f in by_rows}
    assert {"quality.leading_zeros", "quality.code_spaces", "quality.whitespace", "quality.empty_column",
            "quality.mojibake", "quality.inconsistent_case", "quality.numeric_text", "quality.mixed_dates",
            "quality.personal_data", "quality.duplicate_row"} <= codes


def test_shared_facts_and_one_check_at_a_time_agree():
    table = _table(seed=5)
    alone = [f for func in QUALITY_CHECKS.values() for f in func(table, None)]
    assert _summary(check(table)) == _summary(alone)


def test_duplicate_rows_match_pandas_even_with_many_columns():
    rng = np.random.default_rng(0)
    n = 20_000
    wide = pd.DataFrame({f"c{i}": rng.integers(0, 40, n).astype(str) for i in range(14)}).astype("str")
    wide = pd.concat([wide, wide.iloc[[5, 7, 5]]], ignore_index=True)
    expected = (np.flatnonzero(wide.duplicated(keep="first").to_numpy()) + 2).tolist()
    found = QUALITY_CHECKS["quality.duplicate_row"](wide, None)
    assert len(found) == 1 and found[0].rows == expected
    assert found[0].rows[-3:] == [n + 2, n + 3, n + 4]


def test_digit_shortcut_answers_like_re2():
    values = pa.array(["01053", "", "12 3", "١٢٣", "１２", "-1", "12\n", "4100", None, "2A004"])
    assert regex_mask(values, r"\d+", full=True).tolist() == regex_mask(values, r"[0-9]+", full=True).tolist()
    assert regex_mask(values, r"\d+", full=True).tolist() == [True, False, False, False, False, False, False,
                                                              True, False, False]


@pytest.mark.parametrize("decimal,thousands", [(",", None), (",", "."), (".", None), (".", ","), (",", " ")])
def test_number_parsing_shortcut_answers_like_number_text(decimal, thousands):
    texts = ["12,50", "-0,5", "1234,5", "12.5,3", "1 234,56", "12,5 %", "1.234.567", "1,234,567.8", "+3,2",
             ",5", "5,", "12.50", "1'234,5", "300 €", "abc", "1.2.3", "-12,5", "12,345", "-3.25", "7"]
    texts = [t for t in texts if not regex_mask(pa.array([t]), CANONICAL, full=True)[0]]  # what _parses is given
    assert len(texts) == 17
    units = pa.array(texts)
    simple = regex_mask(units, SIMPLE_NUMBER, full=True)
    expected = number_text(pd.Series(texts, dtype="str"), decimal, thousands).notna().to_numpy()
    assert _parses(units, decimal, thousands, simple).tolist() == expected.tolist()


@pytest.mark.parametrize("texts,decimal", [
    (["1 234,56", "12,5"], ","), (["1.234.567", "12"], ","), (["1,234,567.8"], "."), (["1.234,5"], ","),
    (["12.5", "3"], "."), (["1,234.5"], "."), ([], "."),
])
def test_number_marks_unchanged(texts, decimal):
    assert number_marks(pd.Series(texts, dtype="str"))[0] == decimal


def test_number_marks_reads_dots_as_thousands_in_a_decimal_comma_file():
    from viz.dataset import ReadInfo
    read = ReadInfo("csv", decimal=",")
    assert number_marks(pa.array(["1.234", "12.500"]), read) == (",", ".")
    assert number_marks(pa.array(["1.2345"]), read) == (".", None)


def test_value_counts_from_distinct_values_keep_pandas_order():
    rng = np.random.default_rng(1)
    values = pd.Series(rng.choice(["x", "y", "", "z", "w", "Y"], 30_000), dtype="str")
    facts = ColumnFacts(values)
    assert facts.codes is not None
    expected = values[values != ""].value_counts()
    got = _value_counts(facts)
    assert list(got.index) == list(expected.index) and got.tolist() == expected.tolist()


def test_take_on_chunked_arrays():
    chunked = pa.chunked_array([pa.array(["a", "b", "c"]), pa.array(["d", "e"]), pa.array(["f"])])
    for positions in ([5, 0, 3, 1, 4], [0, 1], [], [2, 2, 5, 0]):
        got = take(chunked, np.array(positions, dtype=np.int64)).to_pylist()
        assert got == [chunked.to_pylist()[p] for p in positions]


def test_byte_tests():
    facts = ColumnFacts(pd.Series(["04100", "Café", "a@b.fr", "x y"], dtype="str"))
    assert facts.has_bytes("@") and facts.has_bytes("é") and not facts.has_bytes("#")
    assert facts.has_byte_below(0x21) and not facts.is_ascii()
    plain = ColumnFacts(pd.Series(["04100", "75011", "1"], dtype="str"))
    assert not plain.has_byte_below(0x21) and plain.is_ascii() and not plain.has_bytes(".")
    assert not ColumnFacts(pd.Series([], dtype="str")).has_bytes("a")


def test_numberish_sample_is_what_numeric_text_reads():
    # the SIMPLE shortcut claims simple numbers are NUMBERISH: check it on a spread of them
    texts = pa.array(["0", "-1", "12,5", "1234.56", "-0,25", "99999,99", "1 234,5", "1\u202f234", "12 ", "1'234.5"])
    assert regex_mask(texts, SIMPLE_NUMBER, full=True).all()
    assert regex_mask(texts, NUMBERISH, full=True).all()


def _marks_reference(texts: list[str], decimal_read: str | None) -> tuple[str, str | None]:
    """number_marks as first written: every pattern run as a regex on every text."""
    arr = pa.array(texts, type=pa.string())

    def has(pattern: str) -> bool:
        return bool(regex_mask(arr, pattern).any())
    if has(r",\d{3}\.") or has(r"\d,\d{3},\d{3}"):
        return ".", ","
    if has(r"\d\.\d{3}\.\d{3}") or has(r"\.\d{3},"):
        return ",", "."
    if has(","):
        return ",", None
    if decimal_read == "," and has(r"^-?\d{1,3}\.\d{3}$"):
        return ",", "."
    return ".", None


def test_number_marks_answers_like_running_every_regex():
    from viz.dataset import ReadInfo
    rng = np.random.default_rng(2)
    pieces = ["1", "12", "123", "1234", ",", ".", " ", "-", "%", "000", "5"]
    for _ in range(400):
        texts = ["".join(rng.choice(pieces, rng.integers(1, 7))) for _ in range(rng.integers(0, 5))]
        for decimal_read in (None, ","):
            read = ReadInfo("csv", decimal=decimal_read) if decimal_read else None
            assert number_marks(pa.array(texts, type=pa.string()), read) == _marks_reference(texts, decimal_read), texts


def test_number_parsing_shortcut_on_random_texts():
    rng = np.random.default_rng(4)
    pieces = ["1", "23", "456", ",", ".", " ", "-", "+", "%", "€", "'", "0"]
    texts = {"".join(rng.choice(pieces, rng.integers(1, 6))) for _ in range(3000)}
    texts = sorted(t for t in texts if not regex_mask(pa.array([t]), CANONICAL, full=True)[0])
    units = pa.array(texts)
    simple = regex_mask(units, SIMPLE_NUMBER, full=True)
    assert simple.any()
    for decimal, thousands in [(",", None), (",", "."), (".", None), (".", ","), (",", " "), (".", "'")]:
        expected = number_text(pd.Series(texts, dtype="str"), decimal, thousands).notna().to_numpy()
        assert _parses(units, decimal, thousands, simple).tolist() == expected.tolist(), (decimal, thousands)


def test_facts_are_shared_inside_the_block_only_and_per_thread():
    import threading

    from viz.checks.quality_facts import column_facts, shared_facts
    table = pd.DataFrame({"nature": pd.Series(["Aide en nature", "NUMERAIRE"] * 50, dtype="str")})
    seen = []
    with shared_facts(table):
        assert column_facts(table, "nature") is column_facts(table, "nature")
        other = threading.Thread(target=lambda: seen.append(column_facts(table, "nature") is column_facts(table, "nature")))
        other.start()
        other.join()
    assert seen == [False]
    assert column_facts(table, "nature") is not column_facts(table, "nature")


def test_short_codes_hashed_as_integers_give_arrows_dictionary_exactly():
    """Packing short texts into integers gives pc.dictionary_encode's dictionary, order and indices on codes as files
    hold them (zeros lost, Corsica, spaces, empty and missing cells, NUL bytes, accents), sliced or not."""
    import pyarrow.compute as pc
    rng = np.random.default_rng(11)
    pool = ["01053", "1053", "2A004", "2B033", "75056", "", " 1053", "97411", "é", "\x00", "\x00\x00", "a\x00",
            "9999999", None]
    for n in (1, 7, 500, 5000):
        values = [pool[i] for i in rng.integers(0, len(pool), n)]
        for kind in (pa.string(), pa.large_string()):
            for arr in (pa.array(values, type=kind), pa.array(values, type=kind).slice(n // 3)):
                packed = quality_facts.short_codes(arr)
                assert packed is not None and len(packed) == len(arr)
                mine, arrows = quality_facts.dictionary_encode(arr, packed), pc.dictionary_encode(arr)
                assert mine.dictionary.equals(arrows.dictionary) and mine.indices.equals(arrows.indices)
    assert quality_facts.short_codes(pa.array(["01053", "Saint-Étienne"])) is None  # over 7 bytes: arrow's way


def test_column_of_many_insee_codes_has_the_same_facts_either_way(monkeypatch):
    """An INSEE-code column with thousands of different codes (packed integers) and the plain dictionary agree."""
    rng = np.random.default_rng(5)
    codes = pd.Series(rng.integers(1001, 95690, 60_000)).astype(str).str.zfill(5)
    codes[rng.choice(60_000, 300, replace=False)] = "1053"
    values = pd.Series(codes, dtype="str")
    fast = ColumnFacts(values)
    monkeypatch.setattr(quality_facts, "short_codes", lambda arr: None)
    plain = ColumnFacts(values)
    assert fast.units.equals(plain.units) and np.array_equal(fast.codes, plain.codes)
    assert np.array_equal(fast.weights, plain.weights) and len(fast.units) > quality_facts._MANY


def test_encoding_in_two_halves_gives_arrows_dictionary_exactly(monkeypatch):
    """Long texts with many distinct values (e-mail addresses) are encoded half by half on two threads: the same
    dictionary, order and indices as arrow's, whether a value first appears in one half, the other, or both."""
    import pyarrow.compute as pc
    rng = np.random.default_rng(8)
    for n, k in ((1, 1), (2, 2), (7, 3), (5000, 40), (30_000, 20_000)):
        values = [f"contact{v}@asso-exemple.fr" for v in rng.integers(0, k, n)]
        for kind in (pa.string(), pa.large_string()):
            for arr in (pa.array(values, type=kind), pa.array(values, type=kind).slice(n // 3)):
                halves, arrows = quality_facts.encode_halves(arr), pc.dictionary_encode(arr)
                assert halves.dictionary.equals(arrows.dictionary) and halves.indices.equals(arrows.indices)
    emails = pd.Series([f"contact{v}@asso-exemple.fr" for v in rng.integers(0, 50_000, 60_000)], dtype="str")
    monkeypatch.setattr(quality_facts, "_SPLIT_ROWS", 1000)
    split = ColumnFacts(emails)
    monkeypatch.setattr(quality_facts, "_SPLIT_ROWS", 10**9)
    plain = ColumnFacts(emails)
    assert split.units.equals(plain.units) and np.array_equal(split.codes, plain.codes)
