"""Treemap: controls generated from TreemapSpec, the chart, what was left out, the table drawn, downloads."""
import json

import streamlit as st

from ui import state
from ui.downloads import chart_downloads
from ui.french_input import number_field
from viz.charts.treemap import (PALETTES, RULES, Rule, TreemapError, TreemapSpec, build, display_table, sortable_table,
                                suggest, table_csv)
from viz.charts.access import palette_sentence
from viz.charts.treemap_alt import alt_text
from viz.export import images
from viz.export.sheet_render import html_table, md
from viz.i18n import t

PARAMS = {"share": (0.0, 100.0, 1.0), "top": (1.0, 500.0, 1.0), "min": (0.0, None, 1000.0), "none": None}
DEFAULT_PARAM = {"share": 2.0, "top": 10.0, "min": 0.0}


@st.cache_resource(max_entries=16, show_spinner=False)
def _build(key: str, spec_json: str, _table):
    """One figure per (dataset key = file SHA-256 + steps, spec): never keyed on the DataFrame (DESIGN.md)."""
    return build(_table, TreemapSpec.from_dict(json.loads(spec_json)))


def _defaults(ds, table) -> None:
    """Fill the widgets with the spec suggested for this dataset, once per file."""
    if st.session_state.get("tm_for") == ds.read.sha256:
        return
    spec = suggest(table, ds.read.decimal, ds.read.thousands, title=ds.meta.title,
                   source=ds.meta.producer or ds.read.filename, lang=state.lang())
    st.session_state.update({"tm_for": ds.read.sha256, "tm_filter_cols": list(spec.filters),
                             **{f"tm_filter_{c}": list(v) for c, v in spec.filters.items()},
                             "tm_labels": spec.labels, "tm_value": spec.value or "",
                             "tm_rule": spec.rules[0].kind, "tm_palette": spec.palette, "tm_title": spec.title,
                             "tm_subtitle": spec.subtitle, "tm_source": spec.source, "tm_note": spec.note,
                             "tm_real_only": spec.real_only})
    for kind, value in DEFAULT_PARAM.items():
        st.session_state[f"tm_param_{kind}"] = spec.rules[0].value if kind == spec.rules[0].kind else value


def _controls(columns: list[str], numeric: list[str]) -> TreemapSpec:
    """Widgets for each field of the spec; returns the spec they describe."""
    lang = state.lang()  # bound now: option labels must not depend on when they are formatted
    left, right = st.columns(2)
    labels = left.multiselect(state.t("treemap.page.labels"), columns, key="tm_labels", max_selections=3,
                              placeholder=state.t("word.choose"))
    current = st.session_state.get("tm_value") or ""
    value = left.selectbox(state.t("treemap.page.value"), [""] + [c for c in columns if c in numeric or c == current],
                           key="tm_value",
                           format_func=lambda c: c or t("treemap.page.count", lang))
    per_level = len(labels) > 1 and bool(st.session_state.get("tm_per_level"))  # then the levels' rules rule
    rule = right.selectbox(state.t("treemap.page.rule"), RULES, key="tm_rule", disabled=per_level,
                           format_func=lambda r: t(f"treemap.page.rule.{r}", lang))
    param = 0.0
    if PARAMS[rule] is not None:
        param = _param(right, rule, f"tm_param_{rule}", per_level)
    rules = [Rule(rule, float(param))]
    if len(labels) > 1 and right.checkbox(state.t("treemap.page.per_level"), key="tm_per_level"):
        rules = [_level_rule(i, name, rule, float(param), lang) for i, name in enumerate(labels)]
    palette = right.selectbox(state.t("treemap.page.palette"), list(PALETTES), key="tm_palette",
                              format_func=lambda p: t(f"treemap.palette.{p}", lang))
    filters = _filters(lang)
    real_only = _real_only()
    with st.expander(state.t("treemap.page.texts")):
        texts = {name: st.text_input(state.t(f"treemap.page.{field}"), key=f"tm_{name}")
                 for name, field in (("title", "title_field"), ("subtitle", "subtitle"), ("source", "source"),
                                     ("note", "note"))}
    return TreemapSpec(labels=list(labels), value=value or None, rules=rules, filters=filters, real_only=real_only,
                       colour=labels[-1] if labels else None, palette=palette, lang=state.lang(), **texts)


def _real_only() -> bool:
    """A budget holding order operations: the box that leaves them out (ticked by default), else nothing."""
    ds = state.current()
    if not (st.session_state.get("tm_real_only") or state.order_rows_cached(ds.key, ds.working())):
        return False
    return st.checkbox(state.t("treemap.page.real_only"), key="tm_real_only",
                       help=state.t("treemap.page.real_only.help"))


def _filters(lang: str) -> dict[str, list[str]]:
    """Keep only some rows (e.g. Sens = Dépense, TypeOperation = Réelle): columns with few values, then values."""
    ds = state.current()
    choices = state.filter_choices_cached(ds.key, ds.working())
    for key, options in [("tm_filter_cols", list(choices))] + [(f"tm_filter_{c}", v) for c, v in choices.items()]:
        if key in st.session_state:  # fixes may have changed the values: drop choices that no longer exist
            st.session_state[key] = [v for v in st.session_state[key] if v in options]
    with st.expander(state.t("treemap.page.filters"), expanded=bool(st.session_state.get("tm_filter_cols"))):
        columns = st.multiselect(state.t("treemap.page.filter_columns"), list(choices), key="tm_filter_cols",
                                 placeholder=state.t("word.choose"),
                                 max_selections=3)
        return {c: st.multiselect(t("treemap.page.filter_values", lang, column=c), choices[c], key=f"tm_filter_{c}",
                                  placeholder=state.t("word.choose"))
                for c in columns}


def _level_rule(level: int, column: str, rule: str, param: float, lang: str) -> Rule:
    """One level's own rule (starting from the main rule): e.g. no grouping of 2 sections, top 10 chapters."""
    st.session_state.setdefault(f"tm_rule_{level}", rule)
    left, right = st.columns(2)
    kind = left.selectbox(state.t("treemap.page.level", level=level + 1, column=column), RULES,
                          key=f"tm_rule_{level}", format_func=lambda r: t(f"treemap.page.rule.{r}", lang))
    if PARAMS[kind] is None:
        return Rule(kind, 0.0)
    st.session_state.setdefault(f"tm_param_{level}_{kind}", param if kind == rule else DEFAULT_PARAM[kind])
    return Rule(kind, float(_param(right, kind, f"tm_param_{level}_{kind}")))


def _param(container, kind: str, key: str, disabled: bool = False) -> float:
    """A rule's number: amounts as French text (`1 000 000`), the share and the count without `.00`."""
    if kind == "min":
        return number_field(container, state.t(f"treemap.page.param.{kind}"), key, disabled=disabled)
    low, high, step = PARAMS[kind]
    return container.number_input(state.t(f"treemap.page.param.{kind}"), min_value=low, max_value=high, step=step,
                                  format="%g", key=key, disabled=disabled)


def _downloads(result, name: str) -> None:
    """PNG (2x), SVG, HTML (with the alt text and the data table) and CSV."""
    alt = alt_text(result, state.lang())
    table = display_table(result).astype("str")
    rows = [list(map(str, table.columns))] + table.values.tolist()
    chart_downloads(result.figure, name,
                    lambda: images.to_html(result.figure, result.spec.title, alt=alt, table_html=html_table(rows)),
                    table_csv(result))


ds = state.page("treemap.page.title", "treemap.page.intro")
table = ds.working()
if table.shape[1] == 0:
    st.warning(state.t("treemap.page.no_columns"))
    st.stop()
_defaults(ds, table)
spec = _controls([str(c) for c in table.columns], state.numeric_columns_cached(ds.key, table))
spec.decimal, spec.thousands = ds.read.decimal, ds.read.thousands
st.session_state["treemap_spec"] = spec.to_dict()  # for exports and the context sheet
try:
    result = _build(ds.key, json.dumps(spec.to_dict(), sort_keys=True), table)
except TreemapError as exc:
    st.error(exc.message(state.lang()))
    st.stop()
st.plotly_chart(result.figure, config={"displaylogo": False})
st.caption(md(result.sentence()))  # filter values are data: never read as Markdown
with st.expander(state.t("sheet.alt_label")):  # what a screen reader reads instead of the chart
    st.markdown(md(alt_text(result, state.lang())))
    st.caption(md(palette_sentence(result.figure, state.lang())))
st.subheader(state.t("treemap.page.table"))
shown, writers = sortable_table(result)  # numbers stay numbers (sorting), written the French way
st.dataframe(shown.style.format(writers, na_rep="") if shown.size <= 100_000 else display_table(result),
             hide_index=True)
_downloads(result, (ds.read.filename.rsplit(".", 1)[0] or "treemap") + "_treemap")
