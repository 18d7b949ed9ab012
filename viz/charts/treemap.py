"""Treemap: a spec (the user's choices, with defaults) and pure group()/build() functions.

Reference case: a town's budget drawn by chapter, where dozens of tiny chapters are gathered into one
« Autre » tile per parent so the chart stays readable; the source table is never changed.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from viz import fmt
from viz.charts import budget
from viz.charts.access import text_colours
from viz.charts.grouping import (ITEMS, RULES, VALUE, Excluded, Rule, TreemapError, group_leaves, leaves_of,
                                 parse_values)
from viz.charts.palettes import PALETTES
from viz.i18n import t

__all__ = ["TreemapSpec", "TreemapResult", "Rule", "Excluded", "TreemapError", "RULES", "PALETTES",
           "OTHER_COLOUR", "group", "build", "suggest", "guess_labels", "guess_value", "display_table", "table_csv",
           "check_columns"]

OTHER_COLOUR = "#BBBBBB"  # neutral grey for « Autre »
ROOT_COLOUR = "#FFFFFF"
MAX_LEVELS = 3
WRAP = 16  # characters per line of a tile's label
MIN_TEXT = 9  # px: tiles that cannot hold their label at this size show none (the tooltip and table keep it)
SEP = "\x1f"  # joins labels into node ids (a character no label contains)
MONEY_NAME = re.compile(r"montant|mt_?|^mt|cr[ée]dit|d[ée]pense|recette|budget|euro|€|prix|co[uû]t|subvention|"
                        r"amount|price|cost", re.I)


@dataclass
class TreemapSpec:
    """What the user chose (dimensions + visual options); serialises to/from a plain dict."""

    labels: list[str] = field(default_factory=list)  # 1 to 3 columns, broadest first
    value: str | None = None  # summed; None = number of rows
    rules: list[Rule] = field(default_factory=lambda: [Rule("share", 2.0)])  # one per level, the last repeats
    colour: str | None = None  # a label column (default: the first); its categories get the palette's colours
    palette: str = "okabe_ito"
    title: str = ""
    subtitle: str = ""
    source: str = ""
    note: str = ""
    lang: str = "fr"
    decimal: str = ","  # how the file writes numbers (value text is parsed with viz.numbers)
    thousands: str | None = None
    money: bool | None = None  # None = guess from the value column's name
    filters: dict[str, list[str]] = field(default_factory=dict)  # keep rows whose column is one of the values
    real_only: bool = False  # a budget: leave out order operations (transfers counted on both sides)
    width: int = 1000
    height: int = 640

    def rule_for(self, level: int) -> Rule:
        """The rule of one level (the last rule given applies to deeper levels)."""
        return self.rules[min(level, len(self.rules) - 1)] if self.rules else Rule("none")

    def is_money(self) -> bool:
        """Whether values read as euros."""
        if self.value is None:
            return False
        return bool(MONEY_NAME.search(self.value)) if self.money is None else self.money

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["rules"] = [r.to_dict() for r in self.rules]
        return data

    @staticmethod
    def from_dict(data: dict[str, Any]) -> "TreemapSpec":
        known = {f.name for f in fields(TreemapSpec)}
        values = {k: v for k, v in data.items() if k in known}
        values["labels"] = list(values.get("labels", []))
        values["rules"] = [Rule(r["kind"], float(r["value"])) for r in values.get("rules", [])]
        values["filters"] = {str(k): [str(v) for v in vs] for k, vs in (values.get("filters") or {}).items()}
        return TreemapSpec(**values)

    def filter_text(self) -> str:
        """`Sens = Dépense ; TypeOperation = Réelle` (empty without filters)."""
        sep = " ; " if self.lang == "fr" else "; "
        parts = [f"{column} = {' | '.join(values)}" for column, values in self.filters.items() if values]
        return sep.join(parts + ([t("treemap.filter.real_only", self.lang)] if self.real_only else []))


@dataclass
class TreemapResult:
    """What build() returns: the figure, the grouped table drawn, and the rows left out of the areas."""

    figure: go.Figure
    table: pd.DataFrame
    excluded: Excluded
    spec: TreemapSpec

    rows_kept: int = 0  # rows left by the filters (all rows without filters)
    rows_total: int = 0
    order_rows: int = 0  # budget order operations summed with real ones (counted twice)
    order_dropped: int = 0  # budget order operations left out (spec.real_only)
    mixed: tuple[str, int] = ("", 0)  # (column `sens`, revenue rows) when spending and revenue are summed together
    decimals: int = 0  # decimals the source writes its amounts with: exports print sums at that precision

    def sentence(self) -> str:
        """The French (or English) sentences about filtered rows and excluded values, under the chart."""
        text = self.excluded.sentence(self.spec.lang, self.spec.is_money())
        lang = self.spec.lang
        if self.order_rows:
            text = f"{text} {t('treemap.budget.order_warning', lang, count=fmt.number(self.order_rows, lang, 0))}"
        elif self.order_dropped:
            text = f"{text} {t('treemap.budget.order_dropped', lang, count=self.order_dropped)}"
        elif budget.REAL in self.spec.filters.get("TypeOperation", []):
            text = f"{text} {t('treemap.budget.real_only', lang)}"
        if self.mixed[1]:
            text = f"{text} {t('treemap.budget.mixed', lang, column=self.mixed[0])}"
        if not self.spec.filter_text():
            return text.strip()
        kept = t("treemap.filtered", lang, filters=self.spec.filter_text(), kept=fmt.number(self.rows_kept, lang, 0),
                 total=fmt.number(self.rows_total, lang, 0))
        return f"{kept} {text}"


def check_columns(table: pd.DataFrame, spec: TreemapSpec) -> None:
    """Raise TreemapError when the spec names a column the table lacks, or asks for a wrong number of levels."""
    if not spec.labels:
        raise TreemapError("treemap.error.no_label")
    if len(spec.labels) > MAX_LEVELS:
        raise TreemapError("treemap.error.too_many_labels", count=len(spec.labels))
    seen: set[str] = set()
    for name in spec.labels:
        if name in seen:
            raise TreemapError("treemap.error.duplicate_label", column=name)
        seen.add(name)
    available = ", ".join(f"« {c} »" for c in table.columns)
    for name in [*spec.labels, spec.value, spec.colour, *spec.filters]:
        if name is not None and name not in table.columns:
            raise TreemapError("treemap.error.missing_column", column=name, available=available)
    if spec.colour is not None and spec.colour not in spec.labels:
        raise TreemapError("treemap.error.colour_not_label", column=spec.colour)
    if spec.palette not in PALETTES:
        raise TreemapError("treemap.error.bad_palette", palette=spec.palette, available=", ".join(PALETTES))
    for rule in spec.rules:
        rule.validate()


def _blank_rows(table: pd.DataFrame) -> np.ndarray:
    """Rows whose every cell is empty (a blank line of the file, kept so row numbers stay the file's)."""
    blank = np.zeros(len(table), dtype=bool)
    if not len(table.columns) or not len(table):
        return blank
    candidates = np.flatnonzero(table.iloc[:, 0].isna().to_numpy() | (table.iloc[:, 0].astype("str") == "").to_numpy())
    if len(candidates):
        rest = table.iloc[candidates]
        blank[candidates] = (rest.isna() | (rest.astype("str") == "")).all(axis=1).to_numpy()
    return blank


def filtered(table: pd.DataFrame, spec: TreemapSpec) -> pd.DataFrame:
    """The rows the filters keep (values compared after trimming spaces), blank rows left out."""
    keep = ~_blank_rows(table)
    for column, values in spec.filters.items():
        if values:
            keep &= table[column].astype("str").str.strip().isin([v.strip() for v in values]).to_numpy()
    if spec.real_only:
        keep &= ~budget.order_mask(table)
    return table if keep.all() else table[keep]


def filter_choices(table: pd.DataFrame, max_values: int = 50) -> dict[str, list[str]]:
    """Columns worth filtering on (2 to `max_values` distinct trimmed values) with their values, sorted."""
    choices = {}
    for column in table.columns:
        head = table[column].iloc[:5000].astype("str").str.strip()
        if head.nunique() > max_values:
            continue
        values = pd.unique(table[column].astype("str").str.strip())
        if 2 <= len(values) <= max_values:
            choices[str(column)] = sorted(str(v) for v in values)
    return choices


def _grouped(table: pd.DataFrame, spec: TreemapSpec) -> tuple[pd.DataFrame, Excluded]:
    """Validated, filtered, aggregated and grouped leaves with the exclusion report."""
    check_columns(table, spec)
    table = filtered(table, spec)
    if table.empty:
        raise TreemapError("treemap.error.filtered_out", filters=spec.filter_text())
    leaves, excluded = leaves_of(table, spec.labels, spec.value, spec.decimal, spec.thousands,
                                 t("treemap.empty_label", spec.lang))
    if leaves.empty:
        raise TreemapError("treemap.error.nothing", column=spec.value or "")
    rules = [spec.rule_for(i) for i in range(len(spec.labels))]
    return group_leaves(leaves, spec.labels, rules, spec.lang), excluded


def group(table: pd.DataFrame, spec: TreemapSpec) -> pd.DataFrame:
    """What is drawn: the label columns, then `value`, one row per leaf; grouped leaves carry `items`."""
    return _grouped(table, spec)[0]


def _nodes(leaves: pd.DataFrame, labels: list[str]) -> pd.DataFrame:
    """Every node of the tree (root, branches, leaves) with id, parent, label, level, value and items."""
    depth = np.where(leaves[ITEMS].map(len).to_numpy() > 0, 0, len(labels))
    for level in range(len(labels) - 1, -1, -1):  # depth of a leaf = its deepest non-empty label
        depth = np.where((depth == 0) & (leaves[labels[level]].to_numpy() != ""), level + 1, depth)
    frames = []
    for level, name in enumerate(labels):
        rows = leaves[depth >= level + 1]
        key = labels[:level + 1]
        here = (depth[depth >= level + 1] == level + 1) & (rows[ITEMS].map(len).to_numpy() > 0)
        rows = rows.assign(**{ITEMS: rows[ITEMS].where(here, None)})  # items of « Autre » leaves of this level
        agg = rows.groupby(key, sort=False).agg(**{VALUE: (VALUE, "sum"), ITEMS: (ITEMS, "first")}).reset_index()
        is_leaf_other = agg[ITEMS].notna().to_numpy()
        ids = agg[key[0]].astype(str)
        for k in key[1:]:
            ids = ids + SEP + agg[k].astype(str)
        parents = "" if level == 0 else agg[key[0]].astype(str)
        for k in key[1:-1]:
            parents = parents + SEP + agg[k].astype(str)
        frames.append(pd.DataFrame({
            "id": "n" + SEP + ids + np.where(is_leaf_other, SEP + "*", ""),
            "parent": "root" if level == 0 else "n" + SEP + parents,
            "label": agg[name].astype(str), "level": level + 1, VALUE: agg[VALUE], ITEMS: agg[ITEMS]}))
    nodes = pd.concat(frames, ignore_index=True)
    root = pd.DataFrame({"id": ["root"], "parent": [""], "label": [""], "level": [0],
                         VALUE: [float(leaves[VALUE].sum())], ITEMS: [None]})
    return pd.concat([root, nodes], ignore_index=True)


def _wrapped(labels: list[str], width: int = WRAP) -> list[str]:
    """Tile labels on several short lines (plotly never wraps), so a long label fits a narrow tile."""
    import html
    import textwrap
    return ["<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(label, width) or [""])
            for label in labels]


def _tint(colour: str, share: float) -> str:
    """`colour` mixed with white (`share` of white): a lighter, still related colour."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * share):02X}" for c in rgb)


def _colours(nodes: pd.DataFrame, spec: TreemapSpec) -> list[str]:
    """Colours that never make two different sibling tiles look alike: one colour per category of the colour
    level (same category, same colour, inherited by descendants) while the palette and two tints of it suffice; with
    more categories, siblings get distinct colours by rank within their parent. Grey for « Autre », light grey
    above the colour level."""
    base = PALETTES[spec.palette]
    extended = list(base) + [_tint(c, 0.4) for c in base] + [_tint(c, 0.7) for c in base]
    level = spec.labels.index(spec.colour) + 1 if spec.colour in spec.labels else 1
    at_level = nodes[(nodes["level"] == level) & nodes[ITEMS].isna()]
    parts = nodes["id"].str.split(SEP)
    count = at_level["label"].nunique()
    palette = list(base) if count <= len(base) else extended
    if count <= len(extended):
        order = at_level.groupby("label", sort=False)[VALUE].sum().sort_values(ascending=False, kind="stable")
        position = parts.str[level].map(pd.Series(np.arange(len(order)), index=order.index))
    else:
        rank = at_level.groupby("parent", sort=False)[VALUE].rank(method="first", ascending=False) - 1
        position = parts.str[:level + 1].str.join(SEP).map(pd.Series(rank.to_numpy(), index=at_level["id"].to_numpy()))
    known = position.notna().to_numpy()
    colours = np.array(palette, dtype=object)[(position.fillna(0).astype(int) % len(palette)).to_numpy()]
    colours = np.where(known, colours, OTHER_COLOUR)
    colours = np.where(nodes["level"].to_numpy() < level, "#EEEEEE", colours)
    colours[0] = ROOT_COLOUR
    return colours.tolist()


def _amount(value: float, spec: TreemapSpec) -> str:
    """A value as the reader reads it: `1 234 567 €`, `1 234,5` or `12 lignes`."""
    if spec.value is None:
        return t("treemap.hover.count", spec.lang, value=fmt.number(value, spec.lang, 0))
    return fmt.money(value, spec.lang) if spec.is_money() else fmt.number(value, spec.lang)


def _hover(nodes: pd.DataFrame, spec: TreemapSpec) -> tuple[list[str], list[str]]:
    """Hover text (label, amount, share of parent and of total, grouped items) and the amount shown on tiles."""
    lang, total = spec.lang, float(nodes[VALUE].iloc[0])
    by_id = dict(zip(nodes["id"], zip(nodes["label"], nodes[VALUE])))
    hover, amounts = [], []
    for node_id, parent, label, value, items in zip(nodes["id"], nodes["parent"], nodes["label"],
                                                    nodes[VALUE], nodes[ITEMS]):
        amount = _amount(value, spec)
        amounts.append(amount)
        lines = [f"<b>{label or t('treemap.root', lang)}</b>", amount]
        if parent:
            p_label, p_value = by_id[parent]
            if parent != "root":
                lines.append(t("treemap.hover.of_parent", lang, share=fmt.percent(value / p_value, lang),
                               parent=p_label))
            lines.append(t("treemap.hover.of_total", lang, share=fmt.percent(value / total, lang)))
        if items:
            lines.append(t("treemap.hover.grouped", lang))
            lines += [f"· {name} : {_amount(v, spec)}" if lang == "fr" else f"· {name}: {_amount(v, spec)}"
                      for name, v in items[:12]]
            if len(items) > 12:
                lines.append(t("treemap.hover.more", lang, count=len(items) - 12))
        hover.append("<br>".join(lines))
    return hover, amounts


def _texts(spec: TreemapSpec) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
    """Title (with subtitle), the source and note annotations under the plot, and the bottom margin they need."""
    title: dict[str, Any] = {"text": spec.title, "x": 0.01, "xanchor": "left"}
    if spec.subtitle:
        title["subtitle"] = {"text": spec.subtitle}
    lines = [t("treemap.source", spec.lang, source=spec.source) if spec.source else "",
             t("treemap.filter_line", spec.lang, filters=spec.filter_text()) if spec.filter_text() else "",
             t("treemap.note", spec.lang, note=spec.note) if spec.note else ""]
    lines = [line for line in lines if line]
    notes = [{"text": "<br>".join(lines), "x": 0, "y": 0, "xref": "paper", "yref": "paper", "xanchor": "left",
              "yanchor": "top", "yshift": -8, "showarrow": False, "align": "left",
              "font": {"size": 11, "color": "#555555"}}] if lines else []
    return title, notes, 20 + 18 * len(lines)


def build(table: pd.DataFrame, spec: TreemapSpec) -> TreemapResult:
    """The treemap figure (plotly go.Treemap, ids/parents, branchvalues="total"), its table and exclusions."""
    leaves, excluded = _grouped(table, spec)
    nodes = _nodes(leaves, spec.labels)
    hover, amounts = _hover(nodes, spec)
    labels = nodes["label"].tolist()
    labels[0] = t("treemap.root_total", spec.lang, amount=amounts[0])  # « Ensemble : 27 500 000 € », not « Total »
    colours = _colours(nodes, spec)
    trace = go.Treemap(
        ids=nodes["id"].tolist(), parents=nodes["parent"].tolist(), labels=labels,
        values=nodes[VALUE].astype(float).tolist(), branchvalues="total", sort=False,
        marker={"colors": colours, "line": {"color": "#FFFFFF", "width": 1}},
        textfont={"color": text_colours(colours)},  # black or white per tile, by WCAG contrast
        hovertext=hover, hovertemplate="%{hovertext}<extra></extra>",
        customdata=np.array(list(zip(amounts, _wrapped(labels))), dtype=object),
        texttemplate="<b>%{customdata[1]}</b><br>%{customdata[0]}", textposition="top left",
        tiling={"pad": 2}, pathbar={"visible": len(spec.labels) > 1}, root={"color": ROOT_COLOUR})
    title, notes, bottom = _texts(spec)
    top = 40 + (40 if spec.title else 0) + (24 if spec.subtitle else 0)
    fig = go.Figure(trace)
    fig.update_layout(title=title, annotations=notes, separators=fmt.plotly_separators(spec.lang),
                      margin={"l": 10, "r": 10, "t": top, "b": bottom}, width=spec.width, height=spec.height,
                      font={"family": "Arial, Helvetica, sans-serif", "size": 13},
                      uniformtext={"minsize": MIN_TEXT, "mode": "hide"})  # a tile too small shows no text
    kept_rows = filtered(table, spec)
    kept = len(kept_rows) if spec.filters or spec.real_only else len(table)
    dropped = budget.order_rows(filtered(table, replace(spec, real_only=False))) if spec.real_only else 0
    return TreemapResult(figure=fig, table=leaves, excluded=excluded, spec=spec, rows_kept=kept,
                         rows_total=len(table), order_rows=budget.order_rows(kept_rows), order_dropped=dropped,
                         mixed=budget.mixed_rows(kept_rows) if spec.value else ("", 0),
                         decimals=source_decimals(table, spec))


def source_decimals(table: pd.DataFrame, spec: TreemapSpec, limit: int = 6) -> int:
    """The most decimals the value column is written with (`12 480,00` -> 2), so sums print without float
    noise (`35870770.27`, never `35870770.269999996`)."""
    if spec.value is None or spec.value not in table.columns:
        return 0
    mark = re.escape(spec.decimal or ".")
    tail = table[spec.value].astype("str").str.extract(rf"{mark}(\d+)\D*$")[0]
    return int(min(limit, tail.str.len().max())) if tail.notna().any() else 0


_CODE_NAME = re.compile(r"code|^cod|num[ée]ro|^n°|^id|siret|siren|insee|postal|ann[ée]e|year|exercice|^exer|"
                        r"t[ée]l[ée]phone|phone|^tel|matricule|pivot|^lat|^lon|latitude|longitude", re.I)
_SHARE_NAME = re.compile(r"pourcentage|percent|taux|ratio|part_|%", re.I)  # shares do not add up
_QUANTITY_NAME = re.compile(r"^nb|nbre|nombre|effectif|population|quantit|surface|superficie|puissance|capacit|"
                            r"places|total|count|longueur|poids", re.I)
_LABEL_NAME = re.compile(r"libell|label|intitul|d[ée]signation|^nom|name|objet|chapitre|fonction|nature", re.I)
_SECTION_NAME = re.compile(r"section|sens|type|d[ée]penses?.?recettes?", re.I)
_DIRECTION_NAME = re.compile(r"^sens|d[ée]penses?.?recettes?", re.I)


def _numeric_share(values: pd.Series, decimal: str, thousands: str | None) -> float:
    """Share of the non-empty cells of a sample that read as numbers."""
    sample = values.head(2000)
    filled = sample.astype("str").str.strip() != ""
    if not filled.any():
        return 0.0
    return float(parse_values(sample[filled], decimal, thousands).notna().mean())


def _positives(values: pd.Series, decimal: str, thousands: str | None) -> int:
    """How many of the first cells read as amounts above zero (a budget's MtPrev can be all zeros)."""
    return int((parse_values(values.head(5000), decimal, thousands) > 0).sum())


def guess_value(table: pd.DataFrame, decimal: str = ",", thousands: str | None = None) -> str | None:
    """The amount column: numbers (not a code, an id, a phone, a year or a share) named like money (or, failing
    that, like a quantity); the first in column order with at least half the most positive amounts (a budget's
    MtPrev can be all zeros in an account); None = count rows."""
    from viz.kinds import NUMERIC_KINDS
    from viz.kinds.batch import detect_kinds
    candidates = [c for c in table.columns if not _CODE_NAME.search(str(c))]
    kinds = detect_kinds(table[candidates]) if candidates else []
    numeric = [c for c, kind in zip(candidates, kinds) if kind in NUMERIC_KINDS
               and _numeric_share(table[c], decimal, thousands) >= 0.9]
    money = [c for c in numeric if MONEY_NAME.search(str(c)) and not _SHARE_NAME.search(str(c))]
    quantities = [c for c in numeric if _QUANTITY_NAME.search(str(c)) and not _SHARE_NAME.search(str(c))]
    positives = {c: _positives(table[c], decimal, thousands) for c in money or quantities}
    best = max(positives.values(), default=0)
    return next((c for c, n in positives.items() if best and n >= best / 2), None)


def guess_labels(table: pd.DataFrame, exclude: set[str] | None = None) -> list[str]:
    """A readable label column (labels before codes), led by up to two section-like columns (sens, section):
    spending and revenue must never be summed into one area."""
    exclude = exclude or set()
    sample = table.head(20000)
    filled = {c: float((sample[c].astype("str").str.strip() != "").mean()) for c in table.columns if c not in exclude}
    distinct = {c: sample[c].nunique() for c in filled if filled[c] >= 0.5}  # a mostly empty column labels nothing
    text = [c for c in distinct if 2 <= distinct[c] <= 1000 and _numeric_share(sample[c], ",", None) < 0.5]
    named = [c for c in text if _LABEL_NAME.search(str(c)) and not _CODE_NAME.search(str(c))]
    best = (named or text or [c for c in distinct if distinct[c] >= 2] or list(table.columns[:1]))[:1]
    sections = [c for c in text if _SECTION_NAME.search(str(c)) and distinct[c] <= 4 and c not in best]
    sections.sort(key=lambda c: not _DIRECTION_NAME.search(str(c)))  # spending/revenue before the section
    return sections[:2] + best


_CATEGORY_NAME = re.compile(r"statut|typ|cat[ée]gorie|nature|famille|secteur|th[èe]me|domaine|forme|genre", re.I)


def guess_category(table: pd.DataFrame, most: int = 30) -> list[str]:
    """A column of few categories (2 to `most` values, mostly filled, not numbers) to count rows by, those named
    like a category first (statut_juridique, typologie), then the one with the fewest values; [] when none."""
    sample = table.head(20000)
    found = []
    for column in table.columns:
        text = sample[column].astype("str").str.strip()
        distinct = text[text != ""].nunique()
        if 2 <= distinct <= most and (text != "").mean() >= 0.8 and _numeric_share(text, ",", None) < 0.5:
            found.append((not _CATEGORY_NAME.search(str(column)), distinct, str(column)))
    return [min(found)[2]] if found else []


def suggest(table: pd.DataFrame, decimal: str = ",", thousands: str | None = None, title: str = "",
            source: str = "", lang: str = "fr") -> TreemapSpec:
    """Sensible defaults from column names and contents: a readable label column and an amount column."""
    value = guess_value(table, decimal, thousands)
    labels = guess_labels(table, exclude={value} if value else set())
    if value is None:  # a count of rows reads well by category (statut, typologie), not by a name per row
        labels = guess_category(table) or labels
    filters: dict[str, list[str]] = {}
    budget_xml = budget.budget_suggestion(table)
    if budget_xml:
        labels, filters = budget_xml["labels"], budget_xml["filters"]
    elif value is not None and (direction := budget.direction_column(table)) is not None:
        filters = {direction: [budget.spending_value(table, direction)]}  # spending and revenue never summed
        labels = [name for name in labels if name != direction] or labels
    colour = labels[0] if budget_xml else (labels[-1] if labels else None)
    spec = TreemapSpec(labels=labels, value=value, title=title, source=source, lang=lang, decimal=decimal,
                       thousands=thousands, colour=colour, filters=filters)
    spec.real_only = value is not None and not budget_xml and budget.order_rows(filtered(table, spec)) > 0
    return spec


def sortable_table(result: TreemapResult) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The same table with numbers kept as numbers (a browser sorts them right) and, per column, the function
    that writes them the French way (for a pandas Styler)."""
    spec, table = result.spec, result.table
    total = float(table[VALUE].sum()) or 1.0
    out = table[spec.labels].copy()
    amount = t("treemap.col.amount" if spec.value else "treemap.col.count", spec.lang)
    share, items = t("treemap.col.share", spec.lang), t("treemap.page.items", spec.lang)
    out[amount] = table[VALUE].astype("float64").to_numpy()
    out[share] = out[amount] / total
    # a browser draws a missing number as « None »: the few grouped counts stay text, empty where nothing is grouped
    out[items] = [fmt.number(len(i), spec.lang, 0) if i else "" for i in table[ITEMS]]
    writers = {amount: lambda v: _amount(v, spec), share: lambda v: fmt.percent(v, spec.lang)}
    return out, writers


def display_table(result: TreemapResult) -> pd.DataFrame:
    """The grouped table for people: labels, amount and share of the total written the French way."""
    spec, table = result.spec, result.table
    total = float(table[VALUE].sum())
    out = table[spec.labels].copy()
    amount_title = "treemap.col.amount" if spec.value else "treemap.col.count"
    out[t(amount_title, spec.lang)] = [_amount(v, spec) for v in table[VALUE]]
    out[t("treemap.col.share", spec.lang)] = [fmt.percent(v / total, spec.lang) for v in table[VALUE]]
    out[t("treemap.page.items", spec.lang)] = [fmt.number(len(i), spec.lang, 0) if i else "" for i in table[ITEMS]]
    return out


def table_csv(result: TreemapResult) -> bytes:
    """CSV of what is drawn (label columns, then `value`), through the one safe writer: cells and column names a
    spreadsheet would run as formulas are neutralised; sums print at the source's precision (`35870770.27`)."""
    from viz.export.tables import safe_csv
    out = result.table[result.spec.labels + [VALUE]].copy()
    out[VALUE] = out[VALUE].astype("float64").round(result.decimals).map(f"{{:.{result.decimals}f}}".format)
    return safe_csv(out, sep=",")
