"""A comparison as the CLI's JSON, a French (or English) summary sentence, and the list of changed cells."""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from viz.compare import Comparison
from viz.keys import key_array, text_array
from viz.fmt import number
from viz.i18n import t

LISTED = 1000  # row numbers listed per group in the JSON (counts are always complete)


def _line_numbers(positions: np.ndarray, header_row: int) -> list[int]:
    """Row numbers as a spreadsheet shows them (header = 1), for the first LISTED positions."""
    return (positions[:LISTED] + 2 + header_row).astype(int).tolist()


def to_json(cmp: Comparison, lang: str = "fr") -> dict[str, Any]:
    """The `diff` document of ../shared/CLI.md, plus totals, lost zeros, listed rows, notes and summary."""
    r, c = cmp.rows, cmp.columns
    oh, nh = cmp.old.read.header_row, cmp.new.read.header_row
    doc: dict[str, Any] = {
        "key": list(cmp.key.columns) if cmp.key.source != "content" else [],
        "key_source": cmp.key.source,
        "columns": {"added": c.added, "removed": c.removed,
                    "renamed": [{"from": x["from"], "to": x["to"], "how": x["how"]} for x in c.renamed],
                    "reordered": c.reordered, "kind_changed": c.kind_changed},
        "rows": {"old": int(len(cmp.old.original)), "new": int(len(cmp.new.original)), "added": int(len(r.added)),
                 "removed": int(len(r.removed)), "changed": int(len(r.changed)),
                 "duplicate_keys": int(len(r.old_dup) + len(r.new_dup)),
                 "missing_keys": int(len(r.old_empty) + len(r.new_empty))},
        "cells_changed": {k: int(len(v)) for k, v in r.cells.items()},
        "lost_leading_zeros": dict(r.lost_zeros),
        "totals": {k: {"old": o, "new": n, "change": n - o} for k, (o, n) in cmp.totals.items() if o != n},
        "listed": {"duplicate_keys": {"old": _line_numbers(r.old_dup, oh), "new": _line_numbers(r.new_dup, nh)},
                   "missing_keys": {"old": _line_numbers(r.old_empty, oh), "new": _line_numbers(r.new_empty, nh)}},
        "notes": [t(k, lang, **p) for k, p in cmp.key.notes],
        "identical": cmp.identical,
        "summary": summary(cmp, lang),
    }
    if cmp.schema is not None:
        doc["schema"] = cmp.schema
    return doc


def _n(value: int, lang: str) -> str:
    return number(int(value), lang, digits=0)


def _counted(what: str, count: int, lang: str) -> str:
    """`1 ligne ajoutée`, `37 retirées`: singular for 0 and 1 in French."""
    form = "one" if count <= 1 else "many"
    return t(f"compare.summary.{what}.{form}", lang, count=_n(count, lang))


def summary(cmp: Comparison, lang: str = "fr") -> str:
    """« 412 lignes ajoutées, 37 retirées, 1 208 modifiées, surtout sur `horaires` ; la colonne ... »."""
    r, c = cmp.rows, cmp.columns
    if cmp.identical:
        return t("compare.summary.identical", lang, rows=_n(len(cmp.new.original), lang))
    parts = [", ".join(_counted(what, count, lang) for what, count in
                       (("added", len(r.added)), ("removed", len(r.removed)), ("changed", len(r.changed))))]
    if r.cells:
        top = max(r.cells, key=lambda k: len(r.cells[k]))
        parts[0] += t("compare.summary.mostly", lang, column=top)
    for column, count in sorted(r.lost_zeros.items(), key=lambda kv: -kv[1]):
        parts.append(t("compare.summary.lost_zeros", lang, column=column, count=_n(count, lang)))
    for item in c.renamed:
        parts.append(t("compare.summary.renamed", lang, old=item["from"], new=item["to"]))
    if c.added:
        parts.append(t("compare.summary.cols_added", lang, columns=", ".join(f"`{x}`" for x in c.added[:5])))
    if c.removed:
        parts.append(t("compare.summary.cols_removed", lang, columns=", ".join(f"`{x}`" for x in c.removed[:5])))
    for item in c.kind_changed[:5]:
        parts.append(t("compare.summary.kind", lang, column=item["column"], old=t(f"kind.{item['from']}", lang),
                       new=t(f"kind.{item['to']}", lang)))
    dup = len(r.old_dup) + len(r.new_dup)
    if dup:
        parts.append(t("compare.summary.duplicates", lang, count=_n(dup, lang), columns=", ".join(cmp.key.columns)))
    return " ; ".join(parts)


def _frame(keys: pa.Array, column: str, old: pa.Array | None, new: pa.Array | None, kind: str) -> pd.DataFrame:
    """One block of the change list (every argument already taken on the same rows)."""
    n = len(keys)
    empty = pa.array([""] * n, pa.string())
    return pd.DataFrame({"key": keys.cast(pa.string()).to_pandas(), "column": column,
                         "old": (old if old is not None else empty).cast(pa.string()).to_pandas(),
                         "new": (new if new is not None else empty).cast(pa.string()).to_pandas(), "kind": kind})


def changes_table(cmp: Comparison, kinds: tuple[str, ...] = ("changed", "added", "removed")) -> pd.DataFrame:
    """One row per changed cell: key, column, old, new, kind (`changed`, `added`, `removed`); added and
    removed rows give one row per non-empty cell."""
    a, b, r = cmp.old.original, cmp.new.original, cmp.rows
    old_keys, new_keys = key_array(a, cmp.key.columns), key_array(b, cmp.key.columns)
    blocks = []
    pairs = dict((n, o) for o, n in cmp.columns.pairs)
    if "changed" in kinds:
        for column, idx in r.cells.items():
            sel_o, sel_n = pa.array(r.old_pos[idx]), pa.array(r.new_pos[idx])
            blocks.append(_frame(new_keys.take(sel_n), column, text_array(a[pairs[column]]).take(sel_o),
                                 text_array(b[column]).take(sel_n), "changed"))
    for kind, table, keys, pos, side in (("added", b, new_keys, r.added, "new"), ("removed", a, old_keys, r.removed, "old")):
        if kind not in kinds or not len(pos):
            continue
        sel = pa.array(pos)
        for column in table.columns:
            values = text_array(table[column]).take(sel)
            block = _frame(keys.take(sel), str(column), values if side == "old" else None,
                           values if side == "new" else None, kind)
            blocks.append(block[(block["old"] != "") | (block["new"] != "")])
    if not blocks:
        return pd.DataFrame({c: pd.Series(dtype="str") for c in ("key", "column", "old", "new", "kind")})
    return pd.concat(blocks, ignore_index=True)


def changes_csv(cmp: Comparison, sep: str = ",") -> bytes:
    """The change list through the studio's safe CSV writer (cells a spreadsheet would run are neutralised)."""
    from viz.export.tables import safe_csv
    return safe_csv(changes_table(cmp).astype("str"), sep=sep)


def column_counts(cmp: Comparison) -> pd.DataFrame:
    """Per paired column: cells changed, codes that lost their zeros, old and new totals (numbers only)."""
    rows = []
    for _, column in cmp.columns.pairs:
        total = cmp.totals.get(column)
        rows.append({"column": column, "changed": int(len(cmp.rows.cells.get(column, ()))),
                     "lost_zeros": int(cmp.rows.lost_zeros.get(column, 0)),
                     "old_total": None if total is None else total[0], "new_total": None if total is None else total[1]})
    table = pd.DataFrame(rows, columns=["column", "changed", "lost_zeros", "old_total", "new_total"])
    return table.sort_values("changed", ascending=False, kind="stable").reset_index(drop=True)


def filtered_changes(cmp: Comparison, kinds: tuple[str, ...], columns: list[str] | None = None,
                     limit: int = 1000) -> tuple[pd.DataFrame, int]:
    """The change list of the chosen kinds (and columns), at most `limit` rows, with the full count."""
    table = changes_table(cmp, kinds)
    if columns:
        table = table[table["column"].isin(columns)]
    return table.head(limit).reset_index(drop=True), int(len(table))
