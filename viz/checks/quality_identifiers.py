"""Identifiers a spreadsheet damaged: SIRET in scientific notation, codes written as floats, wrong check keys,
a SIREN where a SIRET is expected."""
from __future__ import annotations

from typing import Any, Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.arrownp import text_buffers
from viz.checks.quality_base import column_facts, first_rows, quality_check, row_numbers
from viz.checks.quality_codes import code_kind
from viz.checks.quality_facts import PY_SPACE, take
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.kinds._luhn import LA_POSTE_SIREN

SCIENTIFIC = r"\s*[-+]?\d+(?:[.,]\d+)?\s*[eE]\s*[-+]?\d+\s*"
FLOAT_CODE = r"\s*\d+\.0+\s*"
_POSTE = np.frombuffer(LA_POSTE_SIREN.encode(), dtype=np.uint8) - np.uint8(48)


def _labels(key: str, **params: object) -> dict[str, str]:
    return {f"label_{lang}": t(key, lang, **params) for lang in ("fr", "en")}


def _kind_text(name: str) -> dict[str, str]:
    return {"kind_fr": t(f"quality.kind.{name}", "fr"), "kind_en": t(f"quality.kind.{name}", "en")}


def _code_cells(table: pd.DataFrame, marks: str, pattern: str) -> Iterator[tuple[str, Any, Any, np.ndarray]]:
    """(column, kind, facts, mask of the distinct values matching `pattern`) for each code column that has them;
    columns without any of the bytes in `marks` are skipped at once."""
    for column in table.columns:
        kind = code_kind(column)
        if kind is None:
            continue
        facts = column_facts(table, column)
        if not facts.has_bytes(marks):
            continue
        unit_mask = facts.unit_match(pattern, full=True)
        if unit_mask.any():
            yield column, kind, facts, unit_mask


@quality_check("quality.scientific_code")
def scientific_code(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Identifiers written in scientific notation (`3,56E+13`): the digits are gone for good."""
    found = []
    for column, kind, facts, unit_mask in _code_cells(table, "eE", SCIENTIFIC):
        rows = row_numbers(facts.per_row(unit_mask))
        example = facts.values.iloc[facts.per_row(unit_mask).argmax()]
        found.append(make("quality.scientific_code", "error", column, rows, "realfiles.scientific_code",
                          constraint=kind.name, first=first_rows(rows), example=example.strip(),
                          **_kind_text(kind.name)))
    return found


@quality_check("quality.float_code")
def float_code(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Codes written as floats (`5419.0`, `1053.0`): drop the `.0`, then restore the zeros the kind needs."""
    found = []
    for column, kind, facts, unit_mask in _code_cells(table, ".", FLOAT_CODE):
        rows = row_numbers(facts.per_row(unit_mask))
        example = facts.values.iloc[facts.per_row(unit_mask).argmax()].strip()
        fixed = example.split(".")[0].zfill(kind.width)
        fix = Step.new("drop_float_suffix", column, width=kind.width,
                       **_labels("realfiles.fix.float_code", column=column))
        found.append(make("quality.float_code", "warning", column, rows, "realfiles.float_code",
                          constraint=kind.name, fix=fix, first=first_rows(rows), example=example, fixed=fixed,
                          **_kind_text(kind.name)))
    return found


def _digits_of(facts: Any) -> tuple[pa.Array, np.ndarray, np.ndarray, pa.Array | None]:
    """The units as digit strings, without copying them: (units, mask of the units already plain ASCII digits,
    positions of the others that hold a space, those with the spaces removed as Python's `[\\s\\u00a0\\u202f]`
    does, or None). Empty units are never digits."""
    units = facts.units
    plain = np.asarray(pc.ascii_is_decimal(units).fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)
    if plain.all() or (not facts.has_byte_below(0x21) and facts.is_ascii()):  # no space anywhere
        return units, plain, np.zeros(0, dtype=np.int64), None
    rest = np.flatnonzero(~plain & facts.unit_nonempty())  # spaces are looked for in the other values only
    return units, plain, rest, pc.replace_substring_regex(take(units, rest), PY_SPACE, "")


def _text_bytes(values: pa.Array, width: int) -> np.ndarray:
    """The bytes of strings that all have `width` ASCII characters, one row per string."""
    values = values if isinstance(values, pa.Array) else values.combine_chunks()
    if not len(values):
        return np.zeros((0, width), dtype=np.uint8)
    return text_buffers(values)[1][:len(values) * width].reshape(-1, width)


def _luhn_table(doubled: bool) -> np.ndarray:
    """What an ASCII digit byte adds to a Luhn sum: the digit, or the digit sum of twice it when doubled."""
    table = np.zeros(256, dtype=np.uint8)
    for d in range(10):
        table[48 + d] = (2 * d) // 10 + (2 * d) % 10 if doubled else d
    return table


_LUHN = (_luhn_table(False), _luhn_table(True))


def luhn_units(values: pa.Array, width: int, plain: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(mask of the ASCII-digit strings of `width` characters, mask of those whose Luhn key is right);
    La Poste's SIRETs (356000000…) follow their own rule: the sum of the digits is a multiple of 5.
    `plain`: the values' ASCII-digit mask when already known."""
    if plain is None:
        plain = np.asarray(pc.ascii_is_decimal(values).fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)
    lengths = np.asarray(pc.binary_length(values).fill_null(-1).to_numpy(zero_copy_only=False))  # ASCII: bytes = chars
    shaped = (lengths == width) & plain
    idx = np.flatnonzero(shaped)
    text = _text_bytes(values if len(idx) == len(values) else take(values, idx), width)
    total = np.zeros(len(idx), dtype=np.uint8)  # at most 14 x 9
    for j in range(width):  # every second digit leftwards from the check digit's neighbour is doubled
        total += _LUHN[(width - j) % 2 == 0][text[:, j]]
    good = np.zeros(len(lengths), dtype=bool)
    good[idx] = total % 10 == 0
    if width == 14:
        poste = (text[:, :9] == _POSTE + np.uint8(48)).all(axis=1)
        plain_sum = np.zeros(int(poste.sum()), dtype=np.uint8)
        for j in range(width):
            plain_sum += _LUHN[0][text[poste, j]]
        good[idx[poste]] = plain_sum % 5 == 0
    return shaped, good


@quality_check("quality.check_key")
def check_key(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """SIRET (14 digits) or SIREN (9 digits) whose Luhn key is wrong, and SIRENs in a SIRET column."""
    found = []
    for column in table.columns:
        kind = code_kind(column)
        if kind is None or kind.name not in ("siret", "siren"):
            continue
        facts = column_facts(table, column)
        units, plain, rest, spaced = _digits_of(facts)
        widths = [(kind.width, "wrong_key")] + ([(9, "siren")] if kind.name == "siret" else [])
        for width, constraint in widths:
            shaped, good = luhn_units(units, width, plain)  # units holding spaces are not plain: not shaped here
            if spaced is not None and len(rest):
                shaped[rest], good[rest] = luhn_units(spaced, width)
            hit = shaped & (good if constraint == "siren" else ~good)
            key = "realfiles.siren_in_siret" if constraint == "siren" else "realfiles.check_key"
            found += _key_finding(facts, column, np.flatnonzero(hit), key, kind.name, constraint)
    return found


def _key_finding(facts, column: str, units: np.ndarray, key: str, kind: str, constraint: str) -> list[Finding]:
    """One finding on the rows of these units (none when there are none)."""
    if not len(units):
        return []
    mask = np.zeros(len(facts.units), dtype=bool)
    mask[units] = True
    rows = row_numbers(facts.per_row(mask))
    code = "quality.siren_in_siret" if constraint == "siren" else "quality.check_key"
    return [make(code, "warning", column, rows, key, constraint=constraint, first=first_rows(rows),
                 **_kind_text(kind))]
