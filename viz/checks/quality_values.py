"""Values stored in a shape software misreads: numbers as text (`1 234,56`), dates in several formats."""
from __future__ import annotations

import numpy as np
import pandas as pd

from viz.checks.quality_base import filled, first_rows, matches, name_tokens, quality_check, row_numbers, sample, text
from viz.checks.quality_codes import code_kind
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.steps import number_text

NUMBERISH = r"[-+]?\d[\d \u00a0\u202f.,']*(?:\s?(?:%|€|EUR))?"
CANONICAL = r"-?\d+(?:\.\d+)?"
PHONE = r"(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}"
_YMD = r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
DATE_FORMATS = {
    "iso": _YMD,
    "iso_midnight": _YMD + r"[ T]00:00(?::00(?:\.0+)?)?",
    "fr": r"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}",
    "excel": r"[2-5]\d{4}(?:\.0+)?",
}


def number_marks(values: pd.Series, read: ReadInfo | None = None) -> tuple[str, str | None]:
    """(decimal, thousands) marks a column of number texts uses: `1.234.567` and `1.234,5` use dots as thousands."""
    def has(pattern: str) -> bool:
        return bool(matches(values, pattern).any())
    if has(r",\d{3}\.") or has(r"\d,\d{3},\d{3}"):
        return ".", ","
    if has(r"\d\.\d{3}\.\d{3}") or has(r"\.\d{3},"):
        return ",", "."
    if has(","):
        return ",", None
    if read is not None and read.decimal == "," and has(r"^-?\d{1,3}\.\d{3}$"):
        return ",", "."
    return ".", None


def _is_phone_or_date_column(column: str, probe: pd.Series) -> bool:
    words = name_tokens(column)
    if words & {"tel", "telephone", "phone", "portable", "fax", "mobile", "date", "annee", "exercice"}:
        return True
    return bool(matches(probe, PHONE, full=True).mean() > 0.3)


def _odd_numbers(values: pd.Series, read: ReadInfo | None) -> tuple[np.ndarray, str, str | None]:
    """Mask of the numbers not written the canonical way (`1234.56`), and the marks they use."""
    nonempty = filled(values)
    odd = nonempty & ~matches(values, CANONICAL, full=True)
    none = np.zeros(len(values), dtype=bool)
    if not odd.any():
        return none, ".", None
    odd_values = values[odd]
    decimal, thousands = number_marks(odd_values[matches(odd_values, NUMBERISH, full=True)], read)
    parsed = number_text(odd_values, decimal, thousands).notna().to_numpy()
    if (nonempty.sum() - odd.sum()) + parsed.sum() < 0.9 * nonempty.sum():
        return none, decimal, thousands
    odd[odd] = parsed
    return odd, decimal, thousands


@quality_check("quality.numeric_text")
def numeric_text(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Numbers written as text a program cannot sum: `1 234,56`, `12,5 %`, `1.234.567`."""
    found = []
    for column in table.columns:
        values = text(table, column)
        probe = sample(values)
        if probe.empty or code_kind(column) is not None or matches(probe, NUMBERISH, full=True).mean() < 0.9:
            continue
        if _is_phone_or_date_column(column, probe):
            continue
        mask, decimal, thousands = _odd_numbers(values, read)
        if not mask.any():
            continue
        rows = row_numbers(mask)
        labels = {f"label_{lang}": t("quality.fix.numeric_text", lang, column=column) for lang in ("fr", "en")}
        fix = Step.new("normalise_number", column, decimal=decimal, thousands=thousands, **labels)
        found.append(make("quality.numeric_text", "warning", column, rows, "quality.numeric_text", fix=fix,
                          first=first_rows(rows), example=values.iloc[rows[0] - 2],
                          details={"decimal": decimal, "thousands": thousands}))
    return found


def date_masks(values: pd.Series) -> dict[str, np.ndarray]:
    """One boolean mask per date format found in the column (day and month in range)."""
    return {name: matches(values, pattern, full=True) for name, pattern in DATE_FORMATS.items()}


@quality_check("quality.mixed_dates")
def mixed_dates(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Dates written in several formats in one column (ISO, `dd/mm/yyyy`, Excel serial numbers)."""
    found = []
    for column in table.columns:
        values = text(table, column)
        probe = sample(values)
        if probe.empty or not matches(probe, r"\d{4}").any():
            continue
        probe_masks = date_masks(probe)
        if sum(m.sum() for m in probe_masks.values()) < 0.5 * len(probe):
            continue
        masks = date_masks(values)
        present = {name: int(m.sum()) for name, m in masks.items() if m.any()}
        if "excel" in present and "date" not in name_tokens(column) and len(present) == 1:
            continue
        if len(present) < 2:
            continue
        mask = masks["fr"] | masks["excel"] | masks["iso_midnight"]
        rows = row_numbers(mask)
        labels = {f"label_{lang}": t("quality.fix.mixed_dates", lang, column=column) for lang in ("fr", "en")}
        fix = Step.new("dates_to_iso", column, **labels)
        found.append(make("quality.mixed_dates", "warning", column, rows, "quality.mixed_dates", fix=fix,
                          first=first_rows(rows), iso=present.get("iso", 0), fr=present.get("fr", 0),
                          excel=present.get("excel", 0), midnight=present.get("iso_midnight", 0),
                          details=present))
    return found
