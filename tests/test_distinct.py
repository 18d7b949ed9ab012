"""Distinct counts by sorted 64-bit keys equal pyarrow's hash count, and step aside for anything else."""
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pytest

from viz.distinct import distinct_number_like, mostly_distinct


def _numbers(n: int) -> list[str]:
    rng = np.random.default_rng(5)
    forms = [lambda i: f"{rng.integers(10**13):014d}", lambda i: str(i), lambda i: f"{rng.uniform(-5, 9):.6f}",
             lambda i: f"{rng.integers(10**5)},{rng.integers(100):02d}", lambda i: f"0{i % 1000}",
             lambda i: f"1 {i % 1000:03d},5", lambda i: f"+{i % 50}", lambda i: f" {i % 70}"]
    return [forms[i % len(forms)](i) for i in range(n)]


@pytest.mark.parametrize("kind", [pa.string(), pa.large_string()])
def test_same_count_as_a_hash(kind):
    values = _numbers(60_000) + ["0012", "012", "12", "12 ", "1.5", "1,5", "1.50", "-0", "0", "9999999999999999"]
    column = pa.chunked_array([pa.array(values[:25_000], kind), pa.array(values[25_000:], kind)])
    assert distinct_number_like(column) == len(pc.unique(column))
    sliced = pa.array(values, kind).slice(7, 40_000)
    assert distinct_number_like(sliced) == len(pc.unique(sliced))


@pytest.mark.parametrize("odd", ["", "  ", "-", "--", "NA", "12a", "1" * 17, "1\u00a0234", "#DIV/0!", "é"])
def test_steps_aside_for_blanks_placeholders_and_other_text(odd):
    """A value that may be blank or a placeholder, or is not number-like: the general path counts."""
    column = pa.chunked_array([pa.array(_numbers(1000) + [odd])])
    assert distinct_number_like(column) is None


def test_mostly_distinct():
    assert mostly_distinct(pa.array([str(i) for i in range(20_000)]))
    assert not mostly_distinct(pa.array([str(i % 10) for i in range(20_000)]))
    assert not mostly_distinct(pa.array([], pa.string()))


def test_every_placeholder_a_key_can_hold_steps_aside():
    """Placeholders written only with key characters (`-`, `--`...), with spaces around, are never counted here."""
    from viz.placeholders import PLACEHOLDERS
    keyable = [p for p in PLACEHOLDERS if set(p) <= set("0123456789.,-+ ")]
    assert keyable
    for p in keyable:
        for odd in (p, f" {p}", f"{p}  "):
            assert distinct_number_like(pa.array(["12", "13,5", odd])) is None, odd
    assert distinct_number_like(pa.array(["12", "-1", " -3 ", "+", "."])) == 5
    assert distinct_number_like(pa.chunked_array([], pa.string())) == 0


def test_fixed_length_chunks_give_the_same_keys_as_varied_ones():
    """A chunk of one length (SIRET) is packed another way: mixed with varied chunks, the count stays exact."""
    fixed = [f"{i * 7919 % 10**14:014d}" for i in range(3000)]
    varied = [str(i * 7919 % 10**14) for i in range(3000)] + ["0" * 14]
    column = pa.chunked_array([pa.array(fixed), pa.array(varied), pa.array(fixed[:10])])
    assert distinct_number_like(column) == len(pc.unique(column))
    assert distinct_number_like(pa.chunked_array([pa.array(["  ", "12"]), pa.array(["-", "1"])])) is None
    assert distinct_number_like(pa.array(["12", "1a"])) is None


def test_key_characters_are_exactly_the_fifteen():
    """Every byte value is tested: the fast range test accepts the 15 key characters and nothing else."""
    from viz.distinct import _key_characters
    for byte in range(256):
        data = np.frombuffer(b"12" + bytes([byte]) + b"3", dtype=np.uint8)
        assert _key_characters(data) == (chr(byte) in "0123456789.,-+ "), byte
    assert _key_characters(np.zeros(0, dtype=np.uint8))
