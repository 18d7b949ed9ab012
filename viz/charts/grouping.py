"""Grouping of small items into one « Autre » leaf per parent, level by level, vectorised on aggregated nodes.

Rules (one per level): ``share`` groups items under PCT % of their parent's total, ``top`` keeps the N largest
(ties with the N-th value are all kept, never split arbitrarily), ``min`` keeps items >= a value, ``none`` keeps
all. An item that would be alone in its « Autre » is kept instead. Totals are preserved at every level.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from viz import fmt
from viz.errors import StudioError
from viz.i18n import t
from viz.numbers import to_number

RULES = ("share", "top", "min", "none")
MAX_AMOUNT = 1e290  # a billion such amounts still add up below float's limit (1.8e308): never an infinite total
CONTROL = r"[\x00-\x1f\x7f-\x9f]"  # invisible characters: a label holding one would break the tile ids
ITEMS = "items"  # column of group()'s output: ((label, value), ...) of the items a grouped leaf gathers
VALUE = "value"


class TreemapError(StudioError, ValueError):
    """A choice that cannot be drawn; `key` is an i18n key, `params` fill its French (or English) message."""


@dataclass(frozen=True)
class Rule:
    """How one level is grouped: kind in RULES and its parameter (percent, N, or minimum value)."""

    kind: str = "share"
    value: float = 2.0

    def validate(self) -> None:
        """Raise TreemapError when the kind is unknown or the parameter out of range."""
        if self.kind not in RULES:
            raise TreemapError("treemap.error.bad_rule", rule=self.kind)
        v = self.value
        ok = {"share": 0 <= v <= 100, "top": v >= 1 and float(v).is_integer(), "min": v >= 0, "none": True}
        if not ok[self.kind] or (isinstance(v, float) and np.isnan(v)):
            raise TreemapError("treemap.error.bad_parameter", rule=self.kind, value=v,
                               expected=t(f"treemap.error.expected.{self.kind}", "fr"))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Excluded:
    """Rows left out of the areas: zero, negative (with their total), empty and unreadable values."""

    rows: int = 0
    zero: int = 0
    negative: int = 0
    negative_total: float = 0.0
    missing: int = 0
    unreadable: int = 0
    unreadable_rows: tuple[int, ...] = ()  # first row numbers as a spreadsheet shows them (header = 1)
    column: str | None = None
    too_large: int = 0  # amounts beyond MAX_AMOUNT (or infinite): their sum would be infinite
    control_labels: int = 0  # distinct labels whose control characters were drawn as spaces

    @property
    def count(self) -> int:
        return self.zero + self.negative + self.missing + self.unreadable + self.too_large

    def sentence(self, lang: str = "fr", money: bool = True) -> str:
        """One plain sentence to show under the chart (and one about labels with control characters)."""
        labels = t("safe.treemap.control_labels", lang, count=self.control_labels) if self.control_labels else ""
        return f"{self._values_sentence(lang, money)} {labels}".strip()

    def _values_sentence(self, lang: str, money: bool) -> str:
        if self.count == 0:
            return t("treemap.excluded.none", lang)

        def part(kind: str, count: int, **params: Any) -> str:
            return t(f"treemap.excluded.{kind}" + ("_one" if count == 1 else ""), lang, count=count, **params)
        parts = []
        if self.zero:
            parts.append(part("zero", self.zero))
        if self.negative:
            total = fmt.money(self.negative_total, lang) if money else fmt.number(self.negative_total, lang)
            parts.append(part("negative", self.negative, total=total))
        if self.missing:
            parts.append(part("missing", self.missing, column=self.column))
        if self.unreadable:
            rows = ", ".join(fmt.number(r, "fr", 0) for r in self.unreadable_rows)  # thin-space groups
            rows += "…" if self.unreadable > 5 else ""
            parts.append(part("unreadable", self.unreadable, column=self.column, rows=rows))
        if self.too_large:
            parts.append(t("safe.treemap.too_large", lang, count=self.too_large, column=self.column,
                           limit=f"{MAX_AMOUNT:.0e}".replace("e+", " × 10^")))
        return part("intro", self.count, rows=fmt.number(self.rows, lang, 0), parts=", ".join(parts))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_values(values: pd.Series, decimal: str = ",", thousands: str | None = None) -> pd.Series:
    """Floats from a column of text (`1 234,56`) or numbers; NaN where empty or unreadable."""
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return values.astype("float64")
    arr = pa.array(values.astype("str"), type=pa.large_string())
    arr = pc.if_else(pc.equal(pc.utf8_trim_whitespace(arr), ""), pa.scalar(None, pa.large_string()), arr)
    if decimal == ",":
        arr = pc.replace_substring(arr, ",", ".")
    try:  # fast path: plain numbers (the common case); anything else goes through viz.numbers
        out = pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False)
        return pd.Series(np.where(np.isfinite(out), out, np.nan), index=values.index)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return to_number(values, decimal, thousands)


def leaves_of(table: pd.DataFrame, labels: list[str], value: str | None, decimal: str = ",",
              thousands: str | None = None, empty_label: str = "") -> tuple[pd.DataFrame, Excluded]:
    """Aggregate rows into one row per label path (sum of positive values, or row count) and report exclusions."""
    n = len(table)
    if value is None:
        amounts = pd.Series(np.ones(n), index=table.index)
        excluded = Excluded(rows=n)
    else:
        amounts = parse_values(table[value], decimal, thousands)
        nan = amounts.isna().to_numpy()
        empty = nan & (table[value].astype("str").str.strip() == "").to_numpy()
        unreadable = nan & ~empty
        huge = (amounts.abs() > MAX_AMOUNT).to_numpy()
        amounts = amounts.mask(huge)
        neg = (amounts < 0).to_numpy()
        first = tuple(int(i) + 2 for i in np.flatnonzero(unreadable)[:5])
        excluded = Excluded(rows=n, zero=int((amounts == 0).sum()), negative=int(neg.sum()),
                            negative_total=float(amounts[neg].sum()), missing=int(empty.sum()),
                            unreadable=int(unreadable.sum()), unreadable_rows=first, column=value,
                            too_large=int(huge.sum()))
    keep = (amounts > 0).to_numpy()
    frame, texts, control = {}, [], 0
    for i, name in enumerate(labels):
        column = table[name] if keep.all() else table[name][keep]
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        text = pd.Index(uniques).astype("str")
        has_control = np.asarray(text.str.contains(CONTROL, regex=True), dtype=bool)
        control += int(has_control.sum())
        text = (text.str.replace(CONTROL, " ", regex=True) if has_control.any() else text).str.strip()
        texts.append(np.asarray(text.where(text != "", empty_label), dtype=object))
        frame[f"_c{i}"] = codes
    frame[VALUE] = amounts.to_numpy()[keep]
    codes_cols = [f"_c{i}" for i in range(len(labels))]
    agg = pd.DataFrame(frame).groupby(codes_cols, sort=False)[VALUE].sum().reset_index()
    for i, name in enumerate(labels):
        agg[name] = texts[i][agg[f"_c{i}"].to_numpy()]
    leaves = agg.groupby(labels, sort=False)[VALUE].sum().reset_index()  # merges labels equal once stripped
    return leaves, replace(excluded, control_labels=control)


def _flag(nodes: pd.DataFrame, parent_keys: list[str], rule: Rule) -> np.ndarray:
    """Boolean mask of the nodes the rule would group (before the « lone item » exception)."""
    vals = nodes[VALUE]
    if rule.kind == "none":
        return np.zeros(len(nodes), dtype=bool)
    if rule.kind == "min":
        return (vals < rule.value).to_numpy()
    grouped = vals.groupby([nodes[k] for k in parent_keys], sort=False) if parent_keys else None
    if rule.kind == "share":
        total = grouped.transform("sum") if grouped is not None else vals.sum()
        return (vals < total * (rule.value / 100.0)).to_numpy()
    rank = grouped.rank(method="min", ascending=False) if grouped is not None \
        else vals.rank(method="min", ascending=False)
    return (rank > rule.value).to_numpy()  # ties with the N-th value share its rank and are kept


def _other_rows(small: pd.DataFrame, parent_keys: list[str], name: str, lang: str) -> pd.DataFrame:
    """One « Autre » row per parent: the sum, the label counting the items, and the items largest first."""
    ordered = small.sort_values([VALUE, name], ascending=[False, True], kind="stable")
    ordered = ordered.assign(_pair=list(zip(ordered[name].tolist(), ordered[VALUE].astype(float).tolist())))
    if parent_keys:
        other = ordered.groupby(parent_keys, sort=False).agg(
            **{VALUE: (VALUE, "sum"), "_n": (VALUE, "size"), ITEMS: ("_pair", lambda s: tuple(s))}).reset_index()
    else:
        other = pd.DataFrame({VALUE: [ordered[VALUE].sum()], "_n": [len(ordered)], ITEMS: [tuple(ordered["_pair"])]})
    other[name] = [t("treemap.other", lang, count=int(c)) for c in other["_n"]]
    return other.drop(columns="_n")


def group_leaves(leaves: pd.DataFrame, labels: list[str], rules: list[Rule], lang: str = "fr") -> pd.DataFrame:
    """Apply the rule of each level top-down; a grouped leaf stops the hierarchy (deeper labels are "")."""
    out = leaves.assign(**{ITEMS: [()] * len(leaves), "_depth": len(labels)})
    for level, name in enumerate(labels):
        rule = rules[min(level, len(rules) - 1)] if rules else Rule("none")
        active = out[out["_depth"] > level]
        done = out[out["_depth"] <= level]
        key, parent_keys = labels[:level + 1], labels[:level]
        nodes = active.groupby(key, sort=False)[VALUE].sum().reset_index()
        flag = np.array(_flag(nodes, parent_keys, rule), dtype=bool)  # a writable copy
        if parent_keys:
            per_parent = pd.Series(flag).groupby([nodes[k] for k in parent_keys], sort=False).transform("sum")
            flag &= (per_parent > 1).to_numpy()
        else:
            flag &= flag.sum() > 1
        if not flag.any():
            continue
        small = nodes[flag]
        merged = active.merge(small[key].assign(_small=True), on=key, how="left")
        is_small = merged["_small"].fillna(False).astype(bool).to_numpy()
        kept = merged.loc[~is_small].drop(columns="_small")
        other = _other_rows(small, parent_keys, name, lang)
        for deeper in labels[level + 1:]:
            other[deeper] = ""
        other = other.assign(_depth=level + 1)
        out = pd.concat([done, kept, other[labels + [VALUE, ITEMS, "_depth"]]], ignore_index=True)
    return _order(out, labels)


def _order(out: pd.DataFrame, labels: list[str]) -> pd.DataFrame:
    """Largest branches first at every level, « Autre » last within its parent, then by label (deterministic)."""
    sort_cols, ascending = [], []
    is_other = out["_depth"].to_numpy()
    for level, name in enumerate(labels):
        key = labels[:level + 1]
        size = out.groupby(key, sort=False)[VALUE].transform("sum")
        other_here = (is_other == level + 1) & (out[ITEMS].map(len) > 0).to_numpy()
        out[f"_o{level}"] = other_here
        out[f"_s{level}"] = size
        sort_cols += [f"_o{level}", f"_s{level}", name]
        ascending += [True, False, True]
    out = out.sort_values(sort_cols, ascending=ascending, kind="stable").reset_index(drop=True)
    return out[labels + [VALUE, ITEMS]]
