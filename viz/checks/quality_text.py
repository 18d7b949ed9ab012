"""Text cells: stray spaces, empty columns, mojibake (`Ã©`), one category spelled several ways."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz.checks.quality_base import (filled, first_rows, fold, matches, positions, quality_check, row_numbers,
                                     sample, text)
from viz.dataset import ReadInfo, Step
from viz.findings import Finding, make
from viz.i18n import t

MOJIBAKE = r"Ã[\u00a0-\u00bf\u0152-\u2122]|Â[\u00a0-\u00bf]|â€|â‚¬"
_SPACE_RUN = r"[ \u00a0\u202f\t]{2,}"


def _labels(key: str, **params: object) -> dict[str, str]:
    return {"label_fr": t(key, "fr", **params), "label_en": t(key, "en", **params)}


@quality_check("quality.whitespace")
def whitespace(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Leading or trailing spaces (non-breaking ones too) and runs of spaces inside a cell."""
    found = []
    for column in table.columns:
        values = text(table, column)
        arr = pa.array(values)
        edges = pc.not_equal(pc.utf8_trim_whitespace(arr), arr).to_numpy(zero_copy_only=False)
        double = matches(values, _SPACE_RUN)
        mask = edges | double
        if not mask.any():
            continue
        rows = row_numbers(mask)
        nbsp = int(matches(values, r"[\u00a0\u202f]")[mask].sum())
        fix = Step.new("strip_spaces", column, positions(rows), **_labels("quality.fix.whitespace", column=column))
        found.append(make("quality.whitespace", "warning" if edges.any() else "info", column, rows,
                          "quality.whitespace", fix=fix, first=first_rows(rows), edges=int(edges.sum()),
                          double=int(double.sum()), nbsp=nbsp,
                          details={"edges": int(edges.sum()), "double": int(double.sum()), "nbsp": nbsp}))
    return found


@quality_check("quality.empty_column")
def empty_column(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """Columns without a single non-blank cell."""
    found = []
    if table.empty:
        return found
    for column in table.columns:
        if not filled(pc.utf8_trim_whitespace(pa.array(text(table, column))).to_pandas()).any():
            fix = Step.new("drop_column", column, **_labels("quality.fix.empty_column", column=column))
            found.append(make("quality.empty_column", "info", column, [], "quality.empty_column",
                              count=len(table), fix=fix))
    return found


@quality_check("quality.mojibake")
def mojibake(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """UTF-8 text decoded as Windows-1252 (`Ã©` for `é`, `â‚¬` for `€`)."""
    found = []
    for column in table.columns:
        values = text(table, column)
        if not matches(values, "[ÃÂâ]").any():
            continue
        mask = matches(values, MOJIBAKE)
        if not mask.any():
            continue
        rows = row_numbers(mask)
        fix = Step.new("fix_mojibake", column, **_labels("quality.fix.mojibake", column=column))
        found.append(make("quality.mojibake", "warning", column, rows, "quality.mojibake", fix=fix,
                          first=first_rows(rows)))
    return found


def _short(value: str, limit: int = 40) -> str:
    """A value cut to `limit` characters for a message, on one line."""
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _spelling_groups(counts: pd.Series) -> dict[str, str]:
    """Map each variant spelling of a category to its most frequent spelling (case, accents, spaces, `Aide en`)."""
    keys = fold(pd.Series(counts.index, dtype="str"))
    frame = pd.DataFrame({"value": counts.index, "n": counts.to_numpy(), "key": keys.to_numpy()})
    frame = frame[frame["key"] != ""]
    distinct = set(frame["key"])
    merge = {}
    for key in distinct:
        if not key.isalpha() or len(key) < 5:
            continue
        longer = [k for k in distinct if k.endswith(" " + key) and len(k.split()) <= 4]
        if len(longer) == 1:
            merge[key] = longer[0]
    frame["group"] = frame["key"].map(lambda k: merge.get(k, k))
    mapping: dict[str, str] = {}
    for _, group in frame.groupby("group", sort=False):
        if len(group) < 2:
            continue
        canon = group.sort_values("n", ascending=False, kind="stable")["value"].iloc[0]
        canon_spaced = " ".join(canon.split())
        for value in group["value"]:
            if value != canon and " ".join(value.split()) != canon_spaced:
                mapping[value] = canon
    return mapping


@quality_check("quality.inconsistent_case")
def inconsistent_case(table: pd.DataFrame, read: ReadInfo | None = None) -> list[Finding]:
    """A category spelled several ways (`NUMERAIRE`, `numéraire`, `Aide en numéraire`)."""
    found = []
    for column in table.columns:
        values = text(table, column)
        probe = sample(values)
        if probe.empty or probe.nunique() > min(100, len(probe) // 2) or probe.str.fullmatch(r"[\d\s.,-]+").all():
            continue
        counts = values[values != ""].value_counts()
        mapping = _spelling_groups(counts) if len(counts) <= 500 else {}
        if not mapping:
            continue
        rows = row_numbers(values.isin(list(mapping)))
        shown = " ; ".join(f"« {_short(v)} » → « {_short(c)} »" for v, c in list(mapping.items())[:3])
        fix = Step.new("map_values", column, mapping=mapping, **_labels("quality.fix.inconsistent_case", column=column))
        found.append(make("quality.inconsistent_case", "warning", column, rows, "quality.inconsistent_case",
                          fix=fix, first=first_rows(rows), variants=len(mapping), shown=shown,
                          details={"mapping": mapping}))
    return found
