"""Code columns (postal, INSEE, département, SIRET, SIREN, budget chapter): lost leading zeros, spaces inside."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_base import (
    ColumnFacts,
    column_facts,
    first_rows,
    name_key,
    name_tokens,
    positions,
    quality_check,
    row_numbers,
)
from viz.checks.quality_facts import regex_mask, take
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t

CODE_SPACES = r"\s*\d+(?:[\s\u00a0\u202f.']+\d+)+'?\s*"
FLOAT_CODE = r"\s*\d+\.0+\s*"  # `5419.0`: a code a spreadsheet wrote as a float, not a code with a dot inside
# Budget chapters that start with 0 and whose short form is not itself a chapter (13, 16, 20, 21, 23 are).
_ZERO_CHAPTERS = {"1": "001", "2": "002", "11": "011", "12": "012", "14": "014", "15": "015", "17": "017",
                  "22": "022", "24": "024", "40": "040", "41": "041", "42": "042", "43": "043"}


@dataclass(frozen=True)
class CodeKind:
    """A family of fixed-width codes: its width, the lengths a lost zero leaves, other valid spellings."""

    name: str
    width: int
    short: tuple[int, ...]
    other: str = r"$^"


KINDS = {
    "siret": CodeKind("siret", 14, (13, 12)),
    "siren": CodeKind("siren", 9, (8, 7)),
    "code_postal": CodeKind("code_postal", 5, (4,)),
    "code_insee": CodeKind("code_insee", 5, (4,), r"2[AB]\d{3}"),
    "code_departement": CodeKind("code_departement", 2, (1,), r"2[AB]|97\d"),
    "code_region": CodeKind("code_region", 2, (1,)),
    "chapitre": CodeKind("chapitre", 3, (1, 2), r"\d{2}"),
}


def code_kind(column: str) -> CodeKind | None:
    """The code family a column name announces (`code_postal`, `DEPARTEMENT`, `BGT_SIRET`...), if any."""
    words, key = name_tokens(column), name_key(column)
    if "siret" in key or ("id" in words and words & {"beneficiaire", "attribuant"}):
        return KINDS["siret"]
    if "siren" in key:
        return KINDS["siren"]
    if "postal" in key or "postcode" in key or words & {"cp", "zip", "zipcode"}:
        return KINDS["code_postal"]
    if "insee" in key or "codecommune" in key or "depcom" in key or words & {"cog", "codgeo", "com"}:
        return KINDS["code_insee"]
    if "departement" in key or words & {"dep", "dept", "dpt", "codedep", "departement"}:
        return KINDS["code_departement"]
    if "coderegion" in key or words & {"reg"}:
        return KINDS["code_region"]
    if "chapitre" in key or words & {"chap", "contfon", "contnat"}:
        return KINDS["chapitre"]
    return None


def luhn_ok(codes: pd.Series) -> np.ndarray:
    """Luhn key of equal-length digit strings (SIREN, SIRET), computed as one numpy array."""
    if codes.empty:
        return np.zeros(0, dtype=bool)
    width = len(codes.iloc[0])
    digits = (np.frombuffer("".join(codes).encode("ascii"), dtype=np.uint8).reshape(-1, width) - 48).astype(int)
    weights = np.where((np.arange(width)[::-1] % 2) == 1, 2, 1)
    prod = digits * weights
    return ((prod // 10 + prod % 10).sum(axis=1) % 10) == 0


def _short_codes(facts: ColumnFacts, kind: CodeKind) -> np.ndarray:
    """Per-unit mask of the values that lost their leading zeros, or all False when the column is not such codes."""
    units = facts.units
    digits = facts.unit_digits()
    length = pc.utf8_length(units).fill_null(0).to_numpy(zero_copy_only=False)
    full = digits & (length == kind.width)
    if kind.name == "chapitre":
        hit = pc.is_in(units, value_set=pa.array(list(_ZERO_CHAPTERS), type=units.type)).fill_null(False)
        short = np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)
    else:
        short = digits & np.isin(length, kind.short)
    if not short.any():
        return short
    coherent = full | short | facts.unit_match(kind.other, full=True)
    if facts.rows_in(coherent) < 0.8 * facts.rows_in(facts.unit_nonempty()):
        return np.zeros(len(units), dtype=bool)
    if kind.name in ("siret", "siren"):
        idx = np.flatnonzero(short)
        padded = pd.Series(take(units, idx).to_pylist(), dtype="str").str.zfill(kind.width)
        short[idx[~luhn_ok(padded)]] = False
    return short


def _code_columns(table: pd.DataFrame) -> Iterator[tuple[str, CodeKind, ColumnFacts]]:
    """The columns whose name announces a code (postal, INSEE, SIRET...), with their kind and facts."""
    for column in table.columns:
        kind = code_kind(column)
        if kind is not None:
            yield column, kind, column_facts(table, column)


@quality_check("quality.leading_zeros")
def leading_zeros(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Codes of a known width that lost their leading zeros (`4100` among `04100`)."""
    found = []
    for column, kind, facts in _code_columns(table):
        unit_mask = _short_codes(facts, kind)
        if not unit_mask.any():
            continue
        rows = row_numbers(facts.per_row(unit_mask))
        example = facts.values.iloc[positions(rows[:1])[0]]
        fixed = _ZERO_CHAPTERS[example] if kind.name == "chapitre" else example.zfill(kind.width)
        rule = {"values": sorted(_ZERO_CHAPTERS)} if kind.name == "chapitre" else {"lengths": list(kind.short)}
        fix = Step.new("restore_leading_zeros", column, None, width=kind.width, **rule,
                       label_fr=t("quality.fix.leading_zeros", "fr", column=column, width=kind.width),
                       label_en=t("quality.fix.leading_zeros", "en", column=column, width=kind.width))
        found.append(make("quality.leading_zeros", "warning", column, rows, "quality.leading_zeros",
                          constraint=kind.name, fix=fix, width=kind.width, first=first_rows(rows),
                          example=example, fixed=fixed, kind_fr=t(f"quality.kind.{kind.name}", "fr"),
                          kind_en=t(f"quality.kind.{kind.name}", "en"), details={"width": kind.width, "kind": kind.name}))
    return found


def _float_codes(facts: ColumnFacts, among: np.ndarray) -> np.ndarray:
    """Per-unit mask of the FLOAT_CODE values, looked for among the `among` units only (all False elsewhere)."""
    idx = np.flatnonzero(among)
    found = np.zeros(len(among), dtype=bool)
    if len(idx) and facts.has_bytes("."):  # FLOAT_CODE needs a dot
        found[idx] = regex_mask(take(facts.units, idx), FLOAT_CODE, full=True)
    return found


@quality_check("quality.code_spaces")
def code_spaces(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Codes written with spaces, dots or apostrophes inside (`82 212 742 900 014`)."""
    found = []
    for column, kind, facts in _code_columns(table):
        if not (facts.has_byte_below(0x21) or facts.has_bytes(".'") or not facts.is_ascii()):
            continue
        spaced = facts.unit_match(CODE_SPACES, full=True, skip=facts.unit_digits())
        mask = facts.per_row(spaced & ~_float_codes(facts, spaced))
        if not mask.any():
            continue
        rows = row_numbers(mask)
        fix = Step.new("remove_spaces", column,
                       label_fr=t("quality.fix.code_spaces", "fr", column=column),
                       label_en=t("quality.fix.code_spaces", "en", column=column))
        found.append(make("quality.code_spaces", "warning", column, rows, "quality.code_spaces",
                          constraint=kind.name, fix=fix, first=first_rows(rows),
                          kind_fr=t(f"quality.kind.{kind.name}", "fr"),
                          kind_en=t(f"quality.kind.{kind.name}", "en")))
    return found
