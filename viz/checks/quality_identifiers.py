"""Identifiers a spreadsheet damaged: SIRET in scientific notation, codes written as floats, wrong check keys,
a SIREN where a SIRET is expected."""
from __future__ import annotations

from typing import Any, Iterator

import numpy as np
import pandas as pd

from viz.checks.quality_base import column_facts, first_rows, quality_check, row_numbers
from viz.checks.quality_codes import code_kind
from viz.checks.quality_facts import take
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.kinds._luhn import luhn_ok

SCIENTIFIC = r"\s*[-+]?\d+(?:[.,]\d+)?\s*[eE]\s*[-+]?\d+\s*"
FLOAT_CODE = r"\s*\d+\.0+\s*"


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


def _digits_of(facts) -> tuple[np.ndarray, pd.Series]:
    """Per-unit digit strings (spaces removed) and the unit positions they come from."""
    idx = np.flatnonzero(facts.unit_nonempty())
    values = pd.Series(take(facts.units, idx).to_pylist(), dtype="str").str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    return idx, values


@quality_check("quality.check_key")
def check_key(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """SIRET (14 digits) or SIREN (9 digits) whose Luhn key is wrong, and SIRENs in a SIRET column."""
    found = []
    for column in table.columns:
        kind = code_kind(column)
        if kind is None or kind.name not in ("siret", "siren"):
            continue
        facts = column_facts(table, column)
        idx, digits = _digits_of(facts)
        lengths = digits.str.len().to_numpy()
        is_digits = digits.str.fullmatch(r"\d+").to_numpy(dtype=bool)
        good = luhn_ok(digits)
        wrong = is_digits & (lengths == kind.width) & ~good
        found += _key_finding(facts, column, idx[wrong], "realfiles.check_key", kind.name, "wrong_key")
        if kind.name == "siret":
            siren = is_digits & (lengths == 9) & good
            found += _key_finding(facts, column, idx[siren], "realfiles.siren_in_siret", kind.name, "siren")
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
