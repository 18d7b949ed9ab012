"""Values stored in a shape software misreads: numbers as text (`1 234,56`), dates in several formats."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_base import (
    ColumnFacts,
    column_facts,
    first_rows,
    matches,
    name_tokens,
    positions,
    quality_check,
    regex_mask,
    row_numbers,
    to_arrow,
)
from viz.checks.quality_codes import code_kind
from viz.checks.quality_facts import array_words, take, words_have_bytes
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t
from viz.steps.numbers import number_text

NUMBERISH = r"[-+]?\d[\d \u00a0\u202f.,']*(?:\s?(?:%|€|EUR))?"
CANONICAL = r"-?\d+(?:\.\d+)?"
# Digits, spaces or apostrophes between them, one `.` or `,` mark: always NUMBERISH, and number_text reads
# every one of them when the comma is a decimal or thousands mark.
SIMPLE_NUMBER = r"-?\d[\d \u00a0\u202f']*(?:[.,]\d+)?"
# number_marks' patterns: the marks a text needs and its fewest bytes to match (to skip the regex when it cannot)
_MARK_PATTERNS = {r",\d{3}\.": (",.", 5), r"\d,\d{3},\d{3}": (",", 9), r"\d\.\d{3}\.\d{3}": (".", 9),
                  r"\.\d{3},": (",.", 5), ",": (",", 1), r"^-?\d{1,3}\.\d{3}$": (".", 5)}
PHONE = r"(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}"
_YMD = r"(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
DATE_FORMATS = {
    "iso": _YMD,
    "iso_midnight": _YMD + r"[ T]00:00(?::00(?:\.0+)?)?",
    "fr": r"(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}",
    "excel": r"[2-5]\d{4}(?:\.0+)?",
}


def number_marks(values: pd.Series | pa.Array, read: ReadInfo | None = None) -> tuple[str, str | None]:
    """(decimal, thousands) marks a column of number texts uses: `1.234.567` and `1.234,5` use dots as thousands."""
    arr = to_arrow(values)
    words = array_words(arr)
    present = {mark: words_have_bytes(words, mark) for mark in ",."}
    lengths = pc.binary_length(arr).fill_null(0).to_numpy(zero_copy_only=False)

    def has(pattern: str) -> bool:
        marks, shortest = _MARK_PATTERNS[pattern]
        if not all(present[mark] for mark in marks):  # cheap answers first: a mark the texts lack
            return False
        if pattern == "," and arr.null_count == 0:
            return present[","]
        long_enough = lengths >= shortest  # ... or texts too short cannot match
        if not long_enough.any():
            return False
        return bool(regex_mask(arr if long_enough.all() else arr.filter(pa.array(long_enough)), pattern).any())
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


def _parses(units: pa.Array, decimal: str, thousands: str | None, simple: np.ndarray) -> np.ndarray:
    """Mask of the non-canonical texts number_text() can read (the same answer, without reading them all).

    number_text drops spaces and apostrophes, so a `simple` text (SIMPLE_NUMBER) becomes digits with at most
    one `.` or `,`: it reads them all when the comma is the decimal or the thousands mark. Otherwise (and
    for the other texts) number_text itself answers.
    """
    comma_ok = decimal == "," or thousands == ","
    ok = simple.copy() if comma_ok else np.zeros(len(simple), dtype=bool)
    rest = np.flatnonzero(~simple) if comma_ok else np.arange(len(simple))
    if len(rest):
        others = pd.Series(take(units, rest).to_pylist(), dtype="str")
        ok[rest] = number_text(others, decimal, thousands).notna().to_numpy()
    return ok


def _odd_numbers(facts: ColumnFacts, read: ReadInfo | None) -> tuple[np.ndarray, str, str | None]:
    """Per-unit mask of the numbers not written the canonical way (`1234.56`), and the marks they use."""
    nonempty = facts.unit_nonempty()
    comma = None  # a text with a comma is never canonical: the regex skips them (decimal-comma columns)
    if facts.has_bytes(","):
        comma = np.asarray(pc.match_substring(facts.units, ",").fill_null(False).to_numpy(zero_copy_only=False), bool)
    odd = nonempty & ~facts.unit_match(CANONICAL, full=True, skip=comma)
    none = np.zeros(len(odd), dtype=bool)
    if not odd.any():
        return none, ".", None
    odd_units = facts.units.filter(pa.array(odd))
    simple = regex_mask(odd_units, SIMPLE_NUMBER, full=True)
    numberish = simple.copy()
    if not simple.all():
        numberish[~simple] = regex_mask(odd_units.filter(pa.array(~simple)), NUMBERISH, full=True)
    decimal, thousands = number_marks(odd_units if numberish.all() else odd_units.filter(pa.array(numberish)), read)
    parsed = _parses(odd_units, decimal, thousands, simple)
    odd_rows = facts.rows_in(odd)
    odd[odd] = parsed
    if (facts.rows_in(nonempty) - odd_rows) + facts.rows_in(odd) < 0.9 * facts.rows_in(nonempty):
        return none, decimal, thousands
    return odd, decimal, thousands


@quality_check("quality.numeric_text")
def numeric_text(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Numbers written as text a program cannot sum: `1 234,56`, `12,5 %`, `1.234.567`."""
    from viz.checks.quality_split import split_column
    found, split = [], split_column(table, read)
    for column in table.columns:
        if code_kind(column) is not None:
            continue
        facts = column_facts(table, column)
        values = facts.values
        probe = facts.sample()
        if probe.empty or matches(probe, NUMBERISH, full=True).mean() < 0.9:
            continue
        if _is_phone_or_date_column(column, probe):
            continue
        unit_mask, decimal, thousands = _odd_numbers(facts, read)
        if not unit_mask.any():
            continue
        rows = row_numbers(facts.per_row(unit_mask))
        labels = {f"label_{lang}": t("quality.fix.numeric_text", lang, column=column) for lang in ("fr", "en")}
        fix = Step.new("normalise_number", column, decimal=decimal, thousands=thousands, **labels)
        if split is not None and split[0] == column:
            fix = None  # `100 000` whose `,00` sits in the next column: join the amounts first (quality.split_decimal)
        found.append(make("quality.numeric_text", "warning", column, rows, "quality.numeric_text", fix=fix,
                          first=first_rows(rows), example=values.iloc[positions(rows[:1])[0]],
                          details={"decimal": decimal, "thousands": thousands}))
    return found


def date_masks(values: pd.Series | ColumnFacts) -> dict[str, np.ndarray]:
    """One boolean mask per date format found in the column (day and month in range); per unit for facts."""
    if isinstance(values, ColumnFacts):
        return {name: values.unit_match(pattern, full=True) for name, pattern in DATE_FORMATS.items()}
    return {name: matches(values, pattern, full=True) for name, pattern in DATE_FORMATS.items()}


@quality_check("quality.mixed_dates")
def mixed_dates(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Dates written in several formats in one column (ISO, `dd/mm/yyyy`, Excel serial numbers)."""
    found = []
    for column in table.columns:
        facts = column_facts(table, column)
        probe = facts.sample()
        if probe.empty or not matches(probe, r"\d{4}").any():
            continue
        probe_masks = date_masks(probe)
        if sum(m.sum() for m in probe_masks.values()) < 0.5 * len(probe):
            continue
        masks = date_masks(facts)
        present = {name: facts.rows_in(m) for name, m in masks.items() if m.any()}
        if "excel" in present and "date" not in name_tokens(column) and len(present) == 1:
            continue
        if len(present) < 2:
            continue
        rows = row_numbers(facts.per_row(masks["fr"] | masks["excel"] | masks["iso_midnight"]))
        labels = {f"label_{lang}": t("quality.fix.mixed_dates", lang, column=column) for lang in ("fr", "en")}
        fix = Step.new("dates_to_iso", column, **labels)
        found.append(make("quality.mixed_dates", "warning", column, rows, "quality.mixed_dates", fix=fix,
                          first=first_rows(rows), iso=present.get("iso", 0), fr=present.get("fr", 0),
                          excel=present.get("excel", 0), midnight=present.get("iso_midnight", 0),
                          details=present))
    return found
