"""Code columns (postal, INSEE, département, SIRET, SIREN, budget chapter): lost leading zeros, spaces inside."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from viz.checks.quality_base import (as_bool, filled, first_rows, matches, name_key, name_tokens, positions,
                                     quality_check, row_numbers, text)
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t

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


def _short_codes(values: pd.Series, kind: CodeKind) -> np.ndarray:
    """Mask of the values that lost their leading zeros, or all False when the column is not such codes."""
    nonempty = filled(values)
    digits = matches(values, r"\d+", full=True)
    length = values.str.len().to_numpy()
    full = digits & (length == kind.width)
    if kind.name == "chapitre":
        short = as_bool(values.isin(list(_ZERO_CHAPTERS)))
    else:
        short = digits & np.isin(length, kind.short)
    if not short.any():
        return short
    coherent = full | short | matches(values, kind.other, full=True)
    if coherent.sum() < 0.8 * nonempty.sum():
        return np.zeros(len(values), dtype=bool)
    if kind.name in ("siret", "siren"):
        idx = np.flatnonzero(short)
        short[idx[~luhn_ok(values.iloc[idx].str.zfill(kind.width))]] = False
    return short


@quality_check("quality.leading_zeros")
def leading_zeros(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Codes of a known width that lost their leading zeros (`4100` among `04100`)."""
    found = []
    for column in table.columns:
        kind = code_kind(column)
        if kind is None:
            continue
        values = text(table, column)
        mask = _short_codes(values, kind)
        if not mask.any():
            continue
        rows = row_numbers(mask)
        example = values.iloc[rows[0] - 2]
        fixed = _ZERO_CHAPTERS[example] if kind.name == "chapitre" else example.zfill(kind.width)
        fix = Step.new("restore_leading_zeros", column, positions(rows), width=kind.width,
                       label_fr=t("quality.fix.leading_zeros", "fr", column=column, width=kind.width),
                       label_en=t("quality.fix.leading_zeros", "en", column=column, width=kind.width))
        found.append(make("quality.leading_zeros", "warning", column, rows, "quality.leading_zeros",
                          constraint=kind.name, fix=fix, width=kind.width, first=first_rows(rows),
                          example=example, fixed=fixed, kind_fr=t(f"quality.kind.{kind.name}", "fr"),
                          kind_en=t(f"quality.kind.{kind.name}", "en"), details={"width": kind.width, "kind": kind.name}))
    return found


@quality_check("quality.code_spaces")
def code_spaces(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Codes written with spaces, dots or apostrophes inside (`82 212 742 900 014`)."""
    found = []
    for column in table.columns:
        kind = code_kind(column)
        if kind is None:
            continue
        values = text(table, column)
        mask = matches(values, r"\s*\d+(?:[\s\u00a0\u202f.']+\d+)+'?\s*", full=True)
        if not mask.any():
            continue
        rows = row_numbers(mask)
        fix = Step.new("remove_spaces", column, positions(rows),
                       label_fr=t("quality.fix.code_spaces", "fr", column=column),
                       label_en=t("quality.fix.code_spaces", "en", column=column))
        found.append(make("quality.code_spaces", "warning", column, rows, "quality.code_spaces",
                          constraint=kind.name, fix=fix, first=first_rows(rows),
                          kind_fr=t(f"quality.kind.{kind.name}", "fr"),
                          kind_en=t(f"quality.kind.{kind.name}", "en")))
    return found
